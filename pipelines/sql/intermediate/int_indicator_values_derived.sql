-- int_indicator_values_derived: values of the derived ('turunan') indicators, one row per
-- tingkat x kode_indikator x unit_kode x periode, in the layout of
-- int_indicator_periods_aggregated:
--   KES-DO  (unit and kota) drop-out DPT-HB-Hib 1 -> Campak/MR 1, on year-to-date counts:
--           (DPT1 ytd - MR1 ytd) / DPT1 ytd x 100; realisasi is the same on the period's
--           own counts. Only periods where both DPT1 and MR1 counts were reported.
--   KES-UCI (kota) share of gampong on track for UCI (int_indicator_gampong_accumulated.uci,
--           latest value up to the period), among the gampong that reported KES-IDL in
--           that year up to the period (n_gampong).
--   PAR-IKM (unit and kota) the quarter's IKM (25..100) from int_ikm_scored.

with aggregated as (

    select * from int_indicator_periods_aggregated

),

gampong_values as (

    select * from int_indicator_gampong_accumulated

),

ikm as (

    select * from int_ikm_scored

),

dpt1 as (

    select * from aggregated where kode_indikator = 'KES-DPT1'

),

mr1 as (

    select * from aggregated where kode_indikator = 'KES-MR1'

),

drop_out as (

    select
        dpt1.tingkat,
        'KES-DO' as kode_indikator,
        dpt1.unit_kode,
        dpt1.periode,
        dpt1.periode_jenis,
        dpt1.tahun,
        dpt1.bulan_ke,
        dpt1.pembilang - mr1.pembilang as pembilang,
        dpt1.pembilang as penyebut,
        case
            when dpt1.pembilang > 0
                then 100.0 * (dpt1.pembilang - mr1.pembilang) / dpt1.pembilang
        end as realisasi,
        case
            when dpt1.pembilang_kumulatif > 0
                then 100.0 * (dpt1.pembilang_kumulatif - mr1.pembilang_kumulatif)
                    / dpt1.pembilang_kumulatif
        end as realisasi_kumulatif,
        dpt1.pembilang_kumulatif - mr1.pembilang_kumulatif as pembilang_kumulatif,
        dpt1.pembilang_kumulatif as penyebut_tahun,
        cast(null as double) as target_dilaporkan,
        dpt1.n_gampong,
        dpt1.periode_mulai,
        dpt1.periode_selesai
    from dpt1
    inner join mr1
        on dpt1.tingkat = mr1.tingkat
        and dpt1.unit_kode = mr1.unit_kode
        and dpt1.periode = mr1.periode
    where dpt1.pembilang is not null
        and mr1.pembilang is not null

),

idl_gampong as (

    select * from gampong_values where kode_indikator = 'KES-IDL'

),

idl_periods as (

    select distinct periode, periode_jenis, tahun, bulan_ke, periode_mulai, periode_selesai
    from idl_gampong

),

idl_status_at_period as (

    select
        idl_periods.*,
        idl_gampong.gampong_kode,
        idl_gampong.uci
    from idl_periods
    inner join idl_gampong
        on idl_gampong.tahun = idl_periods.tahun
        and idl_gampong.periode_jenis = idl_periods.periode_jenis
        and idl_gampong.periode_selesai <= idl_periods.periode_selesai
    qualify row_number() over (
        partition by idl_periods.periode, idl_gampong.gampong_kode
        order by idl_gampong.periode_selesai desc
    ) = 1

),

uci as (

    select
        'kota' as tingkat,
        'KES-UCI' as kode_indikator,
        'KOTA' as unit_kode,
        periode,
        any_value(periode_jenis) as periode_jenis,
        any_value(tahun) as tahun,
        any_value(bulan_ke) as bulan_ke,
        cast(count(*) filter (where uci) as double) as pembilang,
        cast(count(*) as double) as penyebut,
        100.0 * count(*) filter (where uci) / count(*) as realisasi,
        100.0 * count(*) filter (where uci) / count(*) as realisasi_kumulatif,
        cast(count(*) filter (where uci) as double) as pembilang_kumulatif,
        cast(count(*) as double) as penyebut_tahun,
        cast(null as double) as target_dilaporkan,
        count(*) as n_gampong,
        any_value(periode_mulai) as periode_mulai,
        any_value(periode_selesai) as periode_selesai
    from idl_status_at_period
    group by periode

),

ikm_quarters as (

    select
        tingkat,
        'PAR-IKM' as kode_indikator,
        unit_kode,
        periode,
        periode_jenis,
        tahun,
        cast(month(periode_selesai) as integer) as bulan_ke,
        cast(null as double) as pembilang,
        cast(null as double) as penyebut,
        ikm as realisasi,
        ikm as realisasi_kumulatif,
        cast(null as double) as pembilang_kumulatif,
        cast(null as double) as penyebut_tahun,
        cast(null as double) as target_dilaporkan,
        0 as n_gampong,
        periode_mulai,
        periode_selesai
    from ikm
    where periode_jenis = 'triwulanan'

),

final as (

    select * from drop_out
    union all by name
    select * from uci
    union all by name
    select * from ikm_quarters

)

select * from final
