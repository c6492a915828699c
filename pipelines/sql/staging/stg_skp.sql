-- stg_skp: performance evaluations, one row per nip x periode.
-- Superseding: per (nip, periode) the row with the latest _loaded_at, then the highest
-- _source_row, wins.

with source as (

    select * from raw_skp

),

-- Only the keys loaded more than once (few) are ranked, so the wide table is
-- never sorted; the losers are then cut out by rowid. superseded and latest read
-- raw_skp itself: rowid exists on the table only, and a CTE read three
-- times would be materialised whole.
repeated_keys as (

    select nip, periode
    from source
    where nip is not null
        and periode is not null
    group by nip, periode
    having count(*) > 1

),

superseded as (

    select raw_skp.rowid as row_id
    from raw_skp
    semi join repeated_keys
        on raw_skp.nip = repeated_keys.nip
        and raw_skp.periode = repeated_keys.periode
    qualify row_number() over (
        partition by raw_skp.nip, raw_skp.periode
        order by raw_skp._loaded_at desc, raw_skp._source_row desc
    ) > 1

),

latest as (

    select raw_skp.*
    from raw_skp
    anti join superseded
        on raw_skp.rowid = superseded.row_id
    where raw_skp.nip is not null
        and raw_skp.periode is not null

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
