-- stg_skp: performance evaluations, one row per nip x periode.
-- Superseding: per (nip, periode) the row with the latest _loaded_at, then the highest
-- _source_row, wins.

with source as (

    select * from raw_skp

),

latest as (

    select *
    from source
    where nip is not null
        and periode is not null
    qualify row_number() over (
        partition by nip, periode
        order by _loaded_at desc, _source_row desc
    ) = 1

),

final as (

    select
        -- ids
        nip,
        periode,
        penilai_nip,

        -- dimensions
        periode_jenis,
        cast(year(periode_selesai) as integer) as tahun,
        cast(month(periode_selesai) as integer) as bulan_ke,
        rating_hasil_kerja,
        rating_perilaku_kerja,
        predikat_kinerja,
        rating_hasil_kerja_mandiri,
        berorientasi_pelayanan,
        akuntabel,
        kompeten,
        harmonis,
        loyal,
        adaptif,
        kolaboratif,

        -- dates
        periode_mulai,
        periode_selesai,
        tanggal_pengisian,
        tanggal_penilaian,

        -- lineage
        _import_id,
        _file_sha256,
        _source_file,
        _source_sheet,
        _source_row,
        _loaded_at,
        _row_hash

    from latest

)

select * from final
