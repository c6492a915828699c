-- int_skp_scored: every SKP evaluation (nip x periode) with the predikat computed from
-- the PermenPANRB 6/2022 matrix, the check of a supplied predikat against it, the
-- self-rating gap and the lateness of the self-report.
-- Late: tanggal_pengisian > periode_selesai + aturan skp.hari_batas_pengisian days
-- (submitting exactly on the limit day is on time). NULL when no date was given.

with skp as (

    select * from stg_skp

),

matrix as (

    select * from int_predikat_from_matrix

),

rules as (

    select
        max(nilai) filter (where kunci = 'hari_batas_pengisian') as hari_batas_pengisian
    from ref_aturan
    where bagian = 'skp'

),

rating_scores as (

    select distinct
        rating_hasil_kerja as rating,
        skor_hasil_kerja as skor
    from matrix

),

scored as (

    select
        skp.*,
        matrix.predikat_kinerja as predikat_matriks,
        matrix.skor_hasil_kerja,
        matrix.skor_perilaku_kerja,
        matrix.skor_predikat,
        mandiri.skor as skor_hasil_kerja_mandiri,
        adaptif.skor as skor_adaptif
    from skp
    left join matrix
        on skp.rating_hasil_kerja = matrix.rating_hasil_kerja
        and skp.rating_perilaku_kerja = matrix.rating_perilaku_kerja
    left join rating_scores as mandiri
        on skp.rating_hasil_kerja_mandiri = mandiri.rating
    left join rating_scores as adaptif
        on skp.adaptif = adaptif.rating

),

timed as (

    select
        scored.*,
        scored.periode_selesai
            + cast(rules.hari_batas_pengisian as integer) as batas_pengisian,
        date_diff(
            'day',
            scored.periode_selesai + cast(rules.hari_batas_pengisian as integer),
            scored.tanggal_pengisian
        ) as hari_lewat_batas
    from scored
    cross join rules

),

final as (

    select
        -- ids
        nip,
        periode,
        penilai_nip,

        -- dimensions
        periode_jenis,
        tahun,
        bulan_ke,
        rating_hasil_kerja,
        rating_perilaku_kerja,
        predikat_matriks as predikat_kinerja,
        predikat_kinerja as predikat_dilaporkan,
        case
            when predikat_kinerja is null then null
            else predikat_kinerja = predikat_matriks
        end as predikat_sesuai_matriks,
        rating_hasil_kerja_mandiri,
        adaptif as rating_adaptif,

        -- measures
        skor_hasil_kerja,
        skor_perilaku_kerja,
        skor_predikat,
        skor_hasil_kerja_mandiri - skor_hasil_kerja as selisih_mandiri,
        skor_adaptif,
        case
            when tanggal_pengisian is null then null
            else greatest(hari_lewat_batas, 0)
        end as hari_terlambat,
        case
            when tanggal_pengisian is null then null
            else tanggal_pengisian > batas_pengisian
        end as terlambat,

        -- dates
        periode_mulai,
        periode_selesai,
        tanggal_pengisian,
        tanggal_penilaian,
        batas_pengisian,

        -- lineage
        _file_sha256,
        _source_row,
        _loaded_at

    from timed

)

select * from final
