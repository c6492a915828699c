-- mart_import_file_opd: which OPDs' data each loaded file holds (one row per file × OPD).
--
-- Scopes the import pages for the data operator of one OPD (PRODUCT.md §7): such an
-- operator sees the import attempts and quarantined rows of files that carry rows of
-- their OPD, and of files that carry no attributable row at all (a file rejected as a
-- whole, or whose every row was quarantined: nothing of any OPD was loaded from it),
-- never of files that hold only other OPDs' rows.
-- A file is attributed from its loaded rows: employee master rows by their own OPD;
-- SKP, training and competency rows by the current OPD of the NIP in the master;
-- indicator and survey rows by their unit's OPD; awards by the unit or the NIP.

with

employees as (

    select nip, opd_kode from stg_pegawai

),

units as (

    select unit_kode, opd_kode from ref_unit

),

attributed as (

    select _file_sha256 as file_sha256, opd_kode from raw_pegawai
    union all
    select s._file_sha256, e.opd_kode
    from raw_skp as s inner join employees as e on e.nip = s.nip
    union all
    select p._file_sha256, e.opd_kode
    from raw_pelatihan as p inner join employees as e on e.nip = p.nip
    union all
    select k._file_sha256, e.opd_kode
    from raw_kompetensi as k inner join employees as e on e.nip = k.nip
    union all
    select r._file_sha256, u.opd_kode
    from raw_realisasi_indikator as r inner join units as u on u.unit_kode = r.unit_kode
    union all
    select i._file_sha256, u.opd_kode
    from raw_survei_ikm as i inner join units as u on u.unit_kode = i.unit_kode
    union all
    select a._file_sha256, coalesce(u.opd_kode, e.opd_kode)
    from raw_penghargaan as a
    left join units as u on u.unit_kode = a.unit_kode
    left join employees as e on e.nip = a.penerima

),

final as (

    select distinct file_sha256, opd_kode
    from attributed
    where file_sha256 is not null and opd_kode is not null

)

select * from final
