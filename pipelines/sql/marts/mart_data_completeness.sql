-- mart_data_completeness: one row per subject (OPD or unit) x export kind x month.
-- What is expected of each kind is documented in int_completeness_counted:
--   skp (per OPD): every employee of the master, every month between the first and last
--     periodic SKP month in the warehouse (not before the employee's first SKP);
--   realisasi_indikator (per unit): every (indicator, unit) pair that ever reported, once
--     per period of its usual cadence, up to the latest reported period;
--   survei_ikm (per tourism service unit): aturan ikm.min_responden responses per
--     quarter, shown in the quarter's last month.
-- kelengkapan_pct = diterima / diharapkan x 100 (received beyond the expectation does not
-- count above 100); tepat_waktu_pct only for skp.

with completeness as (

    select * from int_completeness_counted

),

final as (

    select
        -- ids
        subjek_jenis,
        subjek_kode,
        jenis_ekspor,
        periode,
        opd_kode,

        -- dimensions
        subjek_nama,
        tahun,
        bulan,

        -- measures
        diharapkan,
        diterima,
        kelengkapan_pct,
        tepat_waktu_pct

    from completeness

)

select * from final
