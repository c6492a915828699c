"""Step 3 of the pipeline: data checks on the built models.

Every check is declared in the lists below (unique keys, not-null columns, accepted
values, ranges, row rules, contract columns). ``run_checks(con)`` turns each declaration
into one query; relation and column names come only from these lists, values go in as
parameters. A failing check returns a ``CheckFailure`` with up to ``SAMPLE_SIZE`` sample
rows; the warehouse then refuses to swap the new build in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb

from pipelines.schema import PREDIKAT, RATINGS

SAMPLE_SIZE = 5

PERIODE_JENIS = ("bulanan", "triwulanan", "semesteran", "tahunan")
STATUS = ("tercapai", "mendekati", "tidak_tercapai", "tanpa_target")
MUTU = ("A", "B", "C", "D")
KINERJA_UNIT = ("Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik")
JP_STATUS = ("memenuhi", "kurang", "melebihi_batas", "sesuai_batas")
POTENSI = ("rendah", "menengah", "tinggi")
UNSUR = tuple(f"u{i}" for i in range(1, 10))
KOTAK_9BOX = tuple(str(i) for i in range(1, 10))
SINYAL = (
    "kinerja_rendah", "stagnasi_pegawai", "stagnasi_unit", "resistensi",
    "ketidaksesuaian_hasil",
)
KEPARAHAN = ("tinggi", "sedang", "rendah")
STATUS_IDM = ("sangat_tertinggal", "tertinggal", "berkembang", "maju", "mandiri")


@dataclass(frozen=True)
class CheckFailure:
    check: str  # e.g. 'unique', 'not_null', 'accepted_values', 'range', 'row_rule'
    relation: str
    message: str  # Indonesian, names the columns and the number of bad rows
    sample: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class UniqueKey:
    relation: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class NotNull:
    relation: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class AcceptedValues:
    relation: str
    column: str
    values: tuple[str, ...]  # compared as text (so 1..9 is written '1'..'9')


@dataclass(frozen=True)
class Range:
    relation: str
    column: str
    minimum: float | None = None
    maximum: float | None = None
    maximum_rule: tuple[str, str] | None = None  # (bagian, kunci) of ref_aturan
    what: str = ""  # why the range holds, for the message


@dataclass(frozen=True)
class RowRule:
    name: str
    relation: str
    condition: str  # SQL boolean every row must satisfy (NULL counts as satisfied)
    message: str
    optional: bool = False  # skip when the relation does not exist


# ---------------------------------------------------------------- the contract

CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "mart_employee_period": (
        "nip", "nama", "jenis_asn", "opd_kode", "opd_nama", "sektor", "unit_kerja",
        "unit_kode", "jenis_jabatan", "nama_jabatan", "periode", "periode_jenis",
        "periode_mulai", "periode_selesai", "tahun", "rating_hasil_kerja",
        "rating_perilaku_kerja", "skor_hasil_kerja", "skor_perilaku_kerja",
        "predikat_kinerja", "skor_predikat", "predikat_dilaporkan",
        "predikat_sesuai_matriks", "rating_hasil_kerja_mandiri", "selisih_mandiri",
        "tanggal_pengisian", "hari_terlambat", "terlambat", "penilai_nip",
        "skor_adaptif", "nip_valid", "nip_catatan", "_file_sha256", "_source_row",
        "_loaded_at",
    ),
    "mart_indicator_attainment": (
        "tingkat", "kode_indikator", "nama_id", "nama_en", "sektor", "opd_kode",
        "opd_nama", "unit_kode", "unit_nama", "periode", "periode_jenis",
        "periode_mulai", "periode_selesai", "tahun", "bulan_ke", "arah", "satuan",
        "kumulatif", "pembilang", "penyebut", "realisasi", "realisasi_kumulatif",
        "target", "target_periode", "capaian_pct", "status", "ambang_kuning_pct",
        "n_gampong", "is_latest_in_year",
    ),
    "mart_indicator_gampong": (
        "kode_indikator", "gampong_kode", "gampong_nama", "kecamatan", "unit_kode",
        "periode", "tahun", "bulan_ke", "pembilang", "penyebut", "realisasi_kumulatif",
        "target", "capaian_pct", "status", "uci",
    ),
    "mart_ikm_unit_period": (
        "unit_kode", "unit_nama", "opd_kode", "periode", "periode_jenis", "tahun",
        "n_responden", *(f"nrr_u{i}" for i in range(1, 10)), "ikm_nilai", "ikm",
        "mutu", "kinerja_unit", "unsur_terlemah", "unsur_terlemah_nama",
        "nrr_terlemah", "andal", "target", "status",
    ),
    "mart_employee_year": (
        "nip", "nama", "jenis_asn", "opd_kode", "opd_nama", "unit_kerja", "tahun",
        "predikat_tahunan", "rating_hasil_kerja_tahunan", "potensi", "kotak_9box",
        "jp_total", "jp_klasikal", "jp_nonklasikal", "jp_hak", "jp_batas",
        "jp_status", "n_kesenjangan_kompetensi", "n_periode_dinilai",
        "n_periode_terlambat",
    ),
    "mart_opd_period": (
        "opd_kode", "opd_nama", "opd_singkatan", "sektor", "tahun", "n_pegawai",
        "n_dinilai", "n_sangat_baik", "n_baik", "n_butuh_perbaikan", "n_kurang",
        "n_sangat_kurang", "pct_baik_ke_atas", "n_indikator", "n_tercapai",
        "n_mendekati", "n_tidak_tercapai", "rata_capaian_pct", "kelengkapan_skp_pct",
        "pct_jp_memenuhi", "peringkat", "peringkat_pasti", "alasan_tidak_pasti",
    ),
    "mart_data_completeness": (
        "subjek_jenis", "subjek_kode", "subjek_nama", "opd_kode", "jenis_ekspor",
        "periode", "tahun", "bulan", "diharapkan", "diterima", "kelengkapan_pct",
        "tepat_waktu_pct",
    ),
    "mart_sector_trend": (
        "sektor", "opd_kode", "tahun", "bulan", "periode", "n_indikator",
        "n_tercapai", "capaian_jumlah", "capaian_rata_pct",
    ),
    "mart_unit_outcome_rating": (
        "unit_kode", "tahun", "opd_kode", "unit_nama", "jenis_unit", "opd_nama",
        "sektor", "ditekan", "mismatch", "n_dinilai", "pct_baik_ke_atas",
        "n_indikator", "n_bertarget", "n_tercapai", "n_mendekati", "n_tidak_tercapai",
        "rata_capaian_pct", "data_sampai",
    ),
    "mart_indicator_catalogue": (
        "kode_indikator", "opd_kode", "nama_id", "nama_en", "sektor", "opd_nama",
        "tingkat_unit", "satuan", "arah", "agregasi", "kumulatif", "formula",
        "definisi", "sumber", "catatan", "belum_terkonfirmasi", "ambang_kuning_pct",
        "targets", "tahun_pertama", "tahun_terakhir",
    ),
    "mart_tourism_visits": (
        "tahun", "referensi_periode", "referensi_nusantara", "referensi_mancanegara",
        "referensi_total", "referensi_sumber", "data_periode", "data_bulan_ke",
        "kunjungan_kumulatif", "kunjungan_jan_apr", "target", "target_periode",
        "capaian_pct", "status",
    ),
    "mart_gampong_outcome": (
        "gampong_kode", "kode_indikator", "tahun", "unit_kode", "gampong_nama",
        "kecamatan", "nama_id", "nama_en", "arah", "satuan", "periode", "bulan_ke",
        "nilai", "target", "target_periode", "capaian_pct", "status",
        "selisih_target", "peringkat_terjauh", "status_idm",
    ),
    "mart_flags": (
        "subjek_jenis", "subjek_kode", "subjek_nama", "opd_kode", "opd_nama",
        "unit_kerja", "sinyal", "periode", "tahun", "keparahan", "pertama_muncul",
        "lama_periode", "terkini", "alasan", "komponen", "n_periode_buruk",
        "n_periode_dilihat",
    ),
    "mart_training_needs": (
        "nip", "nama", "opd_kode", "opd_nama", "jenis_asn", "kompetensi", "jenis",
        "level_standar", "level_aktual", "kesenjangan", "jalur", "bentuk",
        "rekomendasi_pelatihan", "jp", "jp_tahun_ini", "jp_status", "kinerja_rendah",
        "prioritas", "alasan", "urutan_prioritas",
    ),
    "mart_training_gap_opd": (
        "opd_kode", "opd_nama", "tahun", "kompetensi", "jenis", "jalur", "bentuk",
        "rekomendasi_pelatihan", "jp", "n_dinilai", "n_kesenjangan",
        "pct_kesenjangan", "rata_kesenjangan",
    ),
    "mart_training_opd": (
        "opd_kode", "opd_nama", "tahun", "tahun_berjalan", "n_pns", "n_pns_memenuhi",
        "n_pns_kurang", "pct_pns_memenuhi", "n_pppk", "n_pppk_melebihi_batas",
        "jp_klasikal", "jp_nonklasikal", "jp_total",
    ),
}

# ---------------------------------------------------------------- declarations

UNIQUE_KEYS: tuple[UniqueKey, ...] = (
    UniqueKey("stg_pegawai", ("nip",)),
    UniqueKey("stg_skp", ("nip", "periode")),
    UniqueKey(
        "stg_realisasi_indikator",
        ("kode_indikator", "unit_kode", "gampong_kode", "periode"),
    ),
    UniqueKey("stg_survei_ikm", ("_file_sha256", "_source_sheet", "_source_row")),
    UniqueKey("stg_pelatihan", ("nip", "nama_pelatihan", "tanggal_mulai")),
    UniqueKey("stg_kompetensi", ("nip", "kompetensi", "tanggal_asesmen")),
    UniqueKey("stg_penghargaan", ("penerima", "nama_penghargaan", "tanggal")),
    UniqueKey("mart_employee_period", ("nip", "periode")),
    UniqueKey(
        "mart_indicator_attainment",
        ("tingkat", "kode_indikator", "unit_kode", "periode"),
    ),
    UniqueKey("mart_indicator_gampong", ("kode_indikator", "gampong_kode", "periode")),
    UniqueKey("mart_ikm_unit_period", ("unit_kode", "periode")),
    UniqueKey("mart_employee_year", ("nip", "tahun")),
    UniqueKey("mart_opd_period", ("opd_kode", "tahun")),
    UniqueKey("mart_sector_trend", ("sektor", "opd_kode", "tahun", "bulan")),
    UniqueKey(
        "mart_data_completeness",
        ("subjek_jenis", "subjek_kode", "jenis_ekspor", "periode"),
    ),
    UniqueKey("mart_unit_outcome_rating", ("unit_kode", "tahun")),
    UniqueKey("mart_indicator_catalogue", ("kode_indikator",)),
    UniqueKey("mart_tourism_visits", ("tahun",)),
    UniqueKey("mart_gampong_outcome", ("gampong_kode", "kode_indikator", "tahun")),
    UniqueKey("mart_flags", ("subjek_jenis", "subjek_kode", "sinyal", "periode")),
    UniqueKey("mart_training_needs", ("nip", "kompetensi")),
    UniqueKey("mart_training_needs", ("urutan_prioritas",)),
    UniqueKey("mart_training_gap_opd", ("opd_kode", "tahun", "kompetensi")),
    UniqueKey("mart_training_opd", ("opd_kode", "tahun")),
)

NOT_NULLS: tuple[NotNull, ...] = (
    NotNull("stg_pegawai", ("nip", "opd_kode")),
    NotNull("stg_skp", ("nip", "periode", "periode_jenis", "periode_selesai")),
    NotNull(
        "stg_realisasi_indikator",
        ("kode_indikator", "unit_kode", "periode", "periode_selesai"),
    ),
    NotNull("stg_survei_ikm", ("unit_kode", "tanggal")),
    NotNull("stg_pelatihan", ("nip", "nama_pelatihan", "tanggal_mulai")),
    NotNull("stg_kompetensi", ("nip", "kompetensi", "tanggal_asesmen")),
    NotNull("stg_penghargaan", ("penerima", "nama_penghargaan", "tanggal")),
    NotNull("mart_employee_period", ("nip", "periode", "tahun", "nip_valid")),
    NotNull(
        "mart_indicator_attainment",
        ("tingkat", "kode_indikator", "unit_kode", "periode", "tahun", "status"),
    ),
    NotNull(
        "mart_indicator_gampong",
        ("kode_indikator", "gampong_kode", "periode", "status"),
    ),
    NotNull(
        "mart_ikm_unit_period",
        ("unit_kode", "periode", "n_responden", "ikm", "mutu", "unsur_terlemah",
         "status"),
    ),
    NotNull("mart_employee_year", ("nip", "tahun", "jp_total")),
    NotNull("mart_opd_period", ("opd_kode", "tahun", "peringkat_pasti")),
    NotNull(
        "mart_data_completeness",
        ("subjek_jenis", "subjek_kode", "jenis_ekspor", "periode", "diharapkan",
         "diterima"),
    ),
    NotNull(
        "mart_unit_outcome_rating",
        ("unit_kode", "tahun", "ditekan", "n_dinilai", "n_indikator"),
    ),
    NotNull(
        "mart_indicator_catalogue",
        ("kode_indikator", "nama_id", "sektor", "arah", "belum_terkonfirmasi"),
    ),
    NotNull("mart_tourism_visits", ("tahun",)),
    NotNull(
        "mart_gampong_outcome",
        ("gampong_kode", "kode_indikator", "tahun", "periode", "status"),
    ),
    NotNull(
        "mart_flags",
        ("subjek_jenis", "subjek_kode", "sinyal", "periode", "tahun", "keparahan",
         "pertama_muncul", "lama_periode", "terkini", "alasan"),
    ),
    NotNull(
        "mart_training_needs",
        ("nip", "kompetensi", "level_standar", "level_aktual", "jalur", "bentuk",
         "rekomendasi_pelatihan", "jp", "jp_tahun_ini", "kinerja_rendah",
         "prioritas", "alasan"),
    ),
    NotNull(
        "mart_training_gap_opd",
        ("opd_kode", "tahun", "kompetensi", "jalur", "bentuk",
         "rekomendasi_pelatihan", "jp", "n_dinilai", "n_kesenjangan",
         "pct_kesenjangan"),
    ),
    NotNull(
        "mart_training_opd",
        ("opd_kode", "tahun", "tahun_berjalan", "n_pegawai", "n_pns",
         "n_pns_memenuhi", "n_pns_kurang", "n_pppk", "n_pppk_melebihi_batas",
         "jp_total"),
    ),
)

ACCEPTED_VALUES: tuple[AcceptedValues, ...] = (
    AcceptedValues("stg_skp", "periode_jenis", PERIODE_JENIS),
    AcceptedValues("stg_skp", "rating_hasil_kerja", RATINGS),
    AcceptedValues("stg_skp", "rating_perilaku_kerja", RATINGS),
    AcceptedValues("stg_skp", "predikat_kinerja", PREDIKAT),
    AcceptedValues("stg_realisasi_indikator", "periode_jenis", PERIODE_JENIS),
    AcceptedValues("mart_employee_period", "predikat_kinerja", PREDIKAT),
    AcceptedValues("mart_employee_period", "predikat_dilaporkan", PREDIKAT),
    AcceptedValues("mart_employee_period", "rating_hasil_kerja", RATINGS),
    AcceptedValues("mart_employee_period", "rating_perilaku_kerja", RATINGS),
    AcceptedValues("mart_employee_period", "rating_hasil_kerja_mandiri", RATINGS),
    AcceptedValues("mart_employee_period", "periode_jenis", PERIODE_JENIS),
    AcceptedValues("mart_indicator_attainment", "tingkat", ("unit", "kota")),
    AcceptedValues("mart_indicator_attainment", "status", STATUS),
    AcceptedValues("mart_indicator_attainment", "periode_jenis", PERIODE_JENIS),
    AcceptedValues("mart_indicator_attainment", "arah", ("naik", "turun")),
    AcceptedValues("mart_indicator_gampong", "status", STATUS),
    AcceptedValues("mart_indicator_gampong", "periode_jenis", PERIODE_JENIS),
    AcceptedValues("mart_ikm_unit_period", "mutu", MUTU),
    AcceptedValues("mart_ikm_unit_period", "kinerja_unit", KINERJA_UNIT),
    AcceptedValues("mart_ikm_unit_period", "status", STATUS),
    AcceptedValues("mart_ikm_unit_period", "periode_jenis", ("triwulanan", "tahunan")),
    AcceptedValues("mart_ikm_unit_period", "unsur_terlemah", UNSUR),
    AcceptedValues("mart_employee_year", "predikat_tahunan", PREDIKAT),
    AcceptedValues("mart_employee_year", "rating_hasil_kerja_tahunan", RATINGS),
    AcceptedValues("mart_employee_year", "jp_status", JP_STATUS),
    AcceptedValues("mart_employee_year", "potensi", POTENSI),
    AcceptedValues("mart_employee_year", "kotak_9box", KOTAK_9BOX),
    AcceptedValues("mart_data_completeness", "subjek_jenis", ("opd", "unit")),
    AcceptedValues(
        "mart_data_completeness",
        "jenis_ekspor",
        ("skp", "realisasi_indikator", "survei_ikm"),
    ),
    AcceptedValues("mart_indicator_catalogue", "arah", ("naik", "turun")),
    AcceptedValues("mart_indicator_catalogue", "kumulatif", ("ya", "tidak")),
    AcceptedValues(
        "mart_indicator_catalogue",
        "agregasi",
        ("rasio", "jumlah", "rata_rata", "turunan"),
    ),
    AcceptedValues("mart_tourism_visits", "status", STATUS),
    AcceptedValues("mart_gampong_outcome", "status", STATUS),
    AcceptedValues("mart_gampong_outcome", "arah", ("naik", "turun")),
    AcceptedValues("mart_gampong_outcome", "status_idm", STATUS_IDM),
    AcceptedValues("mart_flags", "subjek_jenis", ("pegawai", "unit")),
    AcceptedValues("mart_flags", "sinyal", SINYAL),
    AcceptedValues("mart_flags", "keparahan", KEPARAHAN),
    AcceptedValues("mart_training_needs", "jalur", ("klasikal", "nonklasikal")),
    AcceptedValues("mart_training_needs", "jp_status", JP_STATUS),
    AcceptedValues("mart_training_gap_opd", "jalur", ("klasikal", "nonklasikal")),
)

_SHARE = "persentase dari suatu keseluruhan"
RANGES: tuple[Range, ...] = (
    Range("mart_employee_period", "skor_hasil_kerja", 1, 3),
    Range("mart_employee_period", "skor_perilaku_kerja", 1, 3),
    Range("mart_employee_period", "skor_predikat", 1, 5),
    Range("mart_employee_period", "skor_adaptif", 1, 3),
    Range("mart_employee_period", "hari_terlambat", 0, None),
    Range(
        "mart_indicator_attainment", "capaian_pct", 0,
        maximum_rule=("indikator", "capaian_maks_pct"),
        what="dibatasi aturan indikator.capaian_maks_pct",
    ),
    Range(
        "mart_indicator_gampong", "capaian_pct", 0,
        maximum_rule=("indikator", "capaian_maks_pct"),
        what="dibatasi aturan indikator.capaian_maks_pct",
    ),
    Range("mart_ikm_unit_period", "ikm", 25, 100, what="IKM konversi 25–100"),
    Range("mart_ikm_unit_period", "ikm_nilai", 1, 4, what="nilai IKM 1–4"),
    *(
        Range("mart_ikm_unit_period", f"nrr_u{i}", 1, 4, what="NRR unsur 1–4")
        for i in range(1, 10)
    ),
    Range("mart_ikm_unit_period", "n_responden", 1, None),
    Range("mart_employee_year", "jp_total", 0, None),
    Range("mart_employee_year", "kotak_9box", 1, 9),
    Range("mart_opd_period", "pct_baik_ke_atas", 0, 100, what=_SHARE),
    Range("mart_opd_period", "kelengkapan_skp_pct", 0, 100, what=_SHARE),
    Range("mart_opd_period", "pct_jp_memenuhi", 0, 100, what=_SHARE),
    Range("mart_opd_period", "peringkat", 1, None),
    Range("mart_sector_trend", "bulan", 1, 12),
    Range("mart_data_completeness", "kelengkapan_pct", 0, 100, what=_SHARE),
    Range("mart_data_completeness", "tepat_waktu_pct", 0, 100, what=_SHARE),
    Range("mart_data_completeness", "diharapkan", 0, None),
    Range("mart_data_completeness", "diterima", 0, None),
    Range("mart_unit_outcome_rating", "pct_baik_ke_atas", 0, 100, what=_SHARE),
    Range("mart_unit_outcome_rating", "n_dinilai", 0, None),
    Range("mart_tourism_visits", "kunjungan_kumulatif", 0, None),
    Range("mart_tourism_visits", "referensi_total", 0, None),
    Range("mart_tourism_visits", "data_bulan_ke", 1, 12),
    Range(
        "mart_gampong_outcome", "capaian_pct", 0,
        maximum_rule=("indikator", "capaian_maks_pct"),
        what="dibatasi aturan indikator.capaian_maks_pct",
    ),
    Range("mart_gampong_outcome", "peringkat_terjauh", 1, None),
    Range("mart_flags", "lama_periode", 1, None),
    Range("mart_flags", "n_periode_buruk", 0, None),
    Range("mart_flags", "n_komponen_aktif", 1, 4),
    Range("mart_training_needs", "kesenjangan", 1, None),
    Range("mart_training_needs", "prioritas", 1, None),
    Range("mart_training_needs", "jp_tahun_ini", 0, None),
    Range("mart_training_gap_opd", "n_dinilai", 1, None),
    Range("mart_training_gap_opd", "pct_kesenjangan", 0, 100, what=_SHARE),
    Range("mart_training_gap_opd", "rata_kesenjangan", 1, None),
    Range("mart_training_opd", "pct_pns_memenuhi", 0, 100, what=_SHARE),
    Range("mart_training_opd", "pct_jp_nonklasikal", 0, 100, what=_SHARE),
    Range("mart_training_opd", "jp_total", 0, None),
)

ROW_RULES: tuple[RowRule, ...] = (
    RowRule(
        "import_log_rows",
        "import_log",
        "rows_read = rows_loaded + rows_quarantined",
        "rows_read harus sama dengan rows_loaded + rows_quarantined",
        optional=True,
    ),
    RowRule(
        "predikat_check_consistent",
        "mart_employee_period",
        "predikat_sesuai_matriks = (predikat_dilaporkan = predikat_kinerja)",
        "predikat_sesuai_matriks harus sama dengan (predikat_dilaporkan = "
        "predikat_kinerja)",
    ),
    RowRule(
        "opd_predikat_counts",
        "mart_opd_period",
        "n_dinilai = n_sangat_baik + n_baik + n_butuh_perbaikan + n_kurang "
        "+ n_sangat_kurang",
        "n_dinilai harus sama dengan jumlah pegawai per predikat",
    ),
    RowRule(
        "opd_indicator_counts",
        "mart_opd_period",
        "n_tercapai + n_mendekati + n_tidak_tercapai <= n_indikator",
        "jumlah indikator per status melebihi n_indikator",
    ),
    RowRule(
        "jp_parts",
        "mart_employee_year",
        "jp_klasikal + jp_nonklasikal <= jp_total + 1e-9",
        "jp_klasikal + jp_nonklasikal melebihi jp_total",
    ),
    RowRule(
        "received_not_above_expected",
        "mart_data_completeness",
        "jenis_ekspor = 'survei_ikm' or diterima <= diharapkan",
        "diterima melebihi diharapkan",
    ),
    RowRule(
        "unit_outcome_indicator_counts",
        "mart_unit_outcome_rating",
        "n_tercapai + n_mendekati + n_tidak_tercapai = n_bertarget "
        "and n_bertarget <= n_indikator",
        "jumlah indikator per status harus sama dengan n_bertarget (<= n_indikator)",
    ),
    RowRule(
        "unit_outcome_suppressed",
        "mart_unit_outcome_rating",
        "not ditekan or (pct_baik_ke_atas is null and mismatch is null)",
        "unit dengan terlalu sedikit pegawai dinilai harus disembunyikan",
    ),
    RowRule(
        "gampong_idm_status_only_on_idm",
        "mart_gampong_outcome",
        "(status_idm is null) = (kode_indikator <> 'PMD-IDM' or nilai is null)",
        "status_idm hanya (dan selalu) diisi pada baris PMD-IDM yang bernilai",
    ),
    RowRule(
        "flag_window_counts",
        "mart_flags",
        "n_periode_buruk <= n_periode_dilihat",
        "n_periode_buruk melebihi n_periode_dilihat",
    ),
    RowRule(
        "flag_reason_filled",
        "mart_flags",
        "length(trim(alasan)) > 0 and (sinyal <> 'resistensi' or komponen is not null)",
        "setiap sinyal harus punya alasan (dan komponen untuk resistensi)",
    ),
    RowRule(
        "training_gap_consistent",
        "mart_training_needs",
        "kesenjangan = level_standar - level_aktual and level_aktual < level_standar",
        "kesenjangan harus sama dengan level_standar - level_aktual (> 0)",
    ),
    RowRule(
        "training_gap_opd_counts",
        "mart_training_gap_opd",
        "n_kesenjangan <= n_dinilai and jumlah_kesenjangan >= n_kesenjangan",
        "n_kesenjangan melebihi n_dinilai, atau jumlah_kesenjangan kurang dari "
        "n_kesenjangan",
    ),
    RowRule(
        "training_opd_counts",
        "mart_training_opd",
        "n_pns_memenuhi + n_pns_kurang = n_pns and n_pns + n_pppk <= n_pegawai "
        "and n_pppk_melebihi_batas <= n_pppk "
        "and n_dengan_kesenjangan <= n_dinilai_kompetensi",
        "jumlah PNS memenuhi + kurang harus sama dengan n_pns (dan PNS + PPPK <= "
        "n_pegawai, PPPK melebihi batas <= n_pppk, berkesenjangan <= dinilai)",
    ),
)

# --- Kinerja Pegawai: the predikat curve, its organisation-predikat reference file and
# the trainings attended, declared in one block.
PREDIKAT_ORGANISASI = (
    "Istimewa", "Baik", "Butuh Perbaikan/Cukup", "Kurang", "Sangat Kurang",
)
CONTRACT_COLUMNS["mart_predikat_curve"] = (
    "tingkat", "subjek_kode", "subjek_nama", "opd_kode", "opd_nama", "tahun",
    "predikat_organisasi", "predikat_organisasi_berlaku", "berlaku",
    "sumber_predikat_organisasi", "sumber_predikat", "n_dinilai", "n_sangat_baik",
    "n_baik", "n_butuh_perbaikan", "n_kurang", "n_sangat_kurang", "pct_sangat_baik",
    "pct_baik", "pct_butuh_perbaikan", "pct_kurang", "pct_sangat_kurang", "sesuai",
    "layak", "aturan_gagal", "perubahan_minimal", "saran", "langkah", "rincian",
    "kecil",
)
CONTRACT_COLUMNS["mart_rating_gap"] = (
    "tahun", "tingkat", "opd_kode", "opd_nama", "unit_kode", "unit_nama", "n_pegawai",
    "n_periode", "n_diri_lebih_tinggi", "n_diri_lebih_rendah", "rata_selisih",
)
CONTRACT_COLUMNS["mart_employee_training"] = (
    "nip", "nama", "opd_kode", "unit_kode", "nama_pelatihan", "tahun", "jalur",
    "kompetensi", "penyelenggara", "jp", "tanggal_mulai", "tanggal_selesai",
)
UNIQUE_KEYS += (
    UniqueKey(
        "mart_predikat_curve",
        ("tingkat", "subjek_kode", "tahun", "predikat_organisasi"),
    ),
    UniqueKey("mart_employee_training", ("nip", "nama_pelatihan", "tanggal_mulai")),
    UniqueKey("mart_rating_gap", ("tahun", "tingkat", "opd_kode", "unit_kode")),
)
NOT_NULLS += (
    NotNull(
        "mart_predikat_curve",
        ("tingkat", "subjek_kode", "tahun", "predikat_organisasi", "berlaku",
         "n_dinilai", "sesuai", "layak", "kecil", "langkah", "rincian"),
    ),
    NotNull("mart_employee_training", ("nip", "nama_pelatihan", "tanggal_mulai")),
)
ACCEPTED_VALUES += (
    AcceptedValues("mart_predikat_curve", "tingkat", ("kota", "opd", "unit")),
    AcceptedValues("mart_predikat_curve", "predikat_organisasi", PREDIKAT_ORGANISASI),
    AcceptedValues(
        "mart_predikat_curve", "predikat_organisasi_berlaku", PREDIKAT_ORGANISASI
    ),
    AcceptedValues(
        "mart_predikat_curve", "sumber_predikat",
        ("tahunan", "periodik_terakhir", "campuran"),
    ),
    AcceptedValues(
        "mart_predikat_curve", "sumber_predikat_organisasi", ("referensi", "bawaan")
    ),
)
RANGES += (
    Range("mart_predikat_curve", "n_dinilai", 1, None),
    Range("mart_predikat_curve", "perubahan_minimal", 0, None),
    Range("mart_employee_training", "jp", 0, None),
    Range("mart_rating_gap", "n_pegawai", 1, None),
)
ROW_RULES += (
    RowRule(
        "curve_counts",
        "mart_predikat_curve",
        "n_dinilai = n_sangat_baik + n_baik + n_butuh_perbaikan + n_kurang "
        "+ n_sangat_kurang",
        "n_dinilai harus sama dengan jumlah pegawai per predikat",
    ),
    RowRule(
        "curve_rules_complete",
        "mart_predikat_curve",
        "aturan_lengkap",
        "batas kurva distribusi tidak lengkap: periksa bagian [kurva.*] di "
        "data/reference/aturan.toml",
    ),
    RowRule(
        "curve_change_consistent",
        "mart_predikat_curve",
        "case when sesuai then perubahan_minimal = 0 "
        "when layak then perubahan_minimal > 0 else perubahan_minimal is null end",
        "perubahan_minimal harus 0 bila sesuai, > 0 bila belum sesuai tetapi layak, "
        "dan kosong bila tidak layak",
    ),
    RowRule(
        "organisation_predikat_known",
        "ref_predikat_organisasi",
        # one rule for the whole optional file (it may be empty): filled, known
        # values, and one row per OPD and year
        "tahun is not null and opd_kode is not null "
        "and coalesce(replace(lower(predikat_organisasi), ' ', '') in ('istimewa', "
        "'baik', 'butuhperbaikan', 'cukup', 'butuhperbaikan/cukup', 'kurang', "
        "'sangatkurang'), false) "
        "and (opd_kode = 'KOTA' or opd_kode in (select opd_kode from ref_opd)) "
        "and (select count(*) from ref_predikat_organisasi as other "
        "where other.opd_kode = ref_predikat_organisasi.opd_kode "
        "and other.tahun = ref_predikat_organisasi.tahun) = 1",
        "data/reference/predikat_organisasi.csv: setiap baris perlu opd_kode (kode "
        "OPD di opd.csv, atau KOTA), tahun dan predikat_organisasi (Istimewa, Baik, "
        "Butuh Perbaikan/Cukup, Kurang atau Sangat Kurang), satu baris per OPD dan "
        "tahun",
        optional=True,
    ),
)

# --- Leadership views: the OPD-level outcome-vs-rating mart, periods still running at
# the data cut-off (berjalan) and the English texts of the catalogue, in one block.
CONTRACT_COLUMNS["mart_opd_outcome_rating"] = (
    "opd_kode", "tahun", "opd_nama", "opd_singkatan", "sektor", "ditekan", "mismatch",
    "unit_meleset", "n_dinilai", "pct_baik_ke_atas", "n_unit", "n_indikator",
    "n_hasil", "n_bertarget", "n_tercapai", "n_mendekati", "n_tidak_tercapai",
    "pct_tidak_tercapai", "rata_capaian_pct", "n_unit_meleset", "data_sampai",
)
CONTRACT_COLUMNS["mart_indicator_attainment"] += (
    "berjalan", "is_latest_graded_in_year",
)
CONTRACT_COLUMNS["mart_ikm_unit_period"] += ("berjalan",)
CONTRACT_COLUMNS["mart_indicator_catalogue"] += (
    "formula_en", "definisi_en", "sumber_en", "catatan_en",
)
UNIQUE_KEYS += (UniqueKey("mart_opd_outcome_rating", ("opd_kode", "tahun")),)
NOT_NULLS += (
    NotNull(
        "mart_opd_outcome_rating",
        ("opd_kode", "tahun", "ditekan", "n_dinilai", "n_hasil", "n_unit_meleset"),
    ),
    NotNull("mart_indicator_attainment", ("berjalan", "is_latest_graded_in_year")),
    NotNull("mart_ikm_unit_period", ("berjalan",)),
)
RANGES += (
    Range("mart_opd_outcome_rating", "pct_baik_ke_atas", 0, 100, what=_SHARE),
    Range("mart_opd_outcome_rating", "pct_tidak_tercapai", 0, 100, what=_SHARE),
)
ROW_RULES += (
    RowRule(
        "opd_outcome_counts",
        "mart_opd_outcome_rating",
        "n_tercapai + n_mendekati + n_tidak_tercapai = n_bertarget "
        "and n_bertarget <= n_hasil and n_unit_meleset <= n_unit",
        "jumlah hasil per status harus sama dengan n_bertarget (<= n_hasil), dan "
        "n_unit_meleset tidak melebihi n_unit",
    ),
    RowRule(
        "opd_outcome_suppressed",
        "mart_opd_outcome_rating",
        "not ditekan or (pct_baik_ke_atas is null and mismatch is null)",
        "OPD dengan terlalu sedikit pegawai dinilai harus disembunyikan",
    ),
    RowRule(
        "running_period_not_yearly",
        "mart_indicator_attainment",
        "not berjalan or periode_jenis <> 'tahunan'",
        "nilai tahunan tidak pernah berjalan (ditetapkan sekali setahun)",
    ),
)

# --- Penghargaan: award nominations (aturan [penghargaan]), declared in one block.
AWARD_RULES = ("asn_terbaik", "capaian_sektor", "unit_meningkat", "ikm_terbaik")
CONTRACT_COLUMNS["mart_award_nominations"] = (
    "tahun", "aturan", "subjek_jenis", "subjek_kode", "subjek_nama", "nip", "jabatan",
    "unit_kode", "unit_nama", "opd_kode", "opd_nama", "sektor", "aturan_urutan",
    "kelompok", "nilai", "peringkat", "n_kandidat", "nominasi", "predikat_tahunan",
    "n_periode", "n_baik_ke_atas", "n_sangat_baik", "pct_baik_ke_atas", "n_bertarget",
    "n_tercapai", "rata_capaian_pct", "rata_capaian_sebelumnya", "kenaikan_poin", "ikm",
    "mutu", "kinerja_unit", "n_responden", "berjalan", "data_sampai", "bukti",
    "kutipan",
)
UNIQUE_KEYS += (
    UniqueKey(
        "mart_award_nominations", ("tahun", "aturan", "subjek_jenis", "subjek_kode")
    ),
)
NOT_NULLS += (
    NotNull(
        "mart_award_nominations",
        ("tahun", "aturan", "subjek_jenis", "subjek_kode", "subjek_nama", "nilai",
         "peringkat", "n_kandidat", "nominasi", "bukti", "kutipan"),
    ),
)
ACCEPTED_VALUES += (
    AcceptedValues("mart_award_nominations", "aturan", AWARD_RULES),
    AcceptedValues("mart_award_nominations", "subjek_jenis", ("pegawai", "unit")),
)
RANGES += (Range("mart_award_nominations", "peringkat", 1, None),)
ROW_RULES += (
    RowRule(
        "award_subject_kind",
        "mart_award_nominations",
        "(aturan = 'asn_terbaik') = (subjek_jenis = 'pegawai') "
        "and (subjek_jenis = 'pegawai') = (nip is not null) "
        "and peringkat <= n_kandidat",
        "asn_terbaik menominasikan pegawai (dengan NIP), aturan lain unit (tanpa "
        "NIP); peringkat tidak melebihi jumlah kandidat",
    ),
)


# ---------------------------------------------------------------- running


def _relations(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> list[str]:
    rows = con.execute(
        "select column_name from information_schema.columns "
        "where table_schema = 'main' and table_name = ? order by ordinal_position",
        [relation],
    ).fetchall()
    return [r[0] for r in rows]


def _sample(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    row = con.execute(f"select count(*) from ({sql})", params).fetchone()
    return int(row[0]) if row else 0


def _missing(relation: str) -> CheckFailure:
    return CheckFailure("exists", relation, f"relasi {relation} tidak ada")


def check_contract(con: duckdb.DuckDBPyConnection) -> list[CheckFailure]:
    """Every contract mart exists and has every contract column."""
    failures: list[CheckFailure] = []
    existing = _relations(con)
    for mart, wanted in CONTRACT_COLUMNS.items():
        if mart not in existing:
            failures.append(_missing(mart))
            continue
        have = set(_columns(con, mart))
        absent = [c for c in wanted if c not in have]
        if absent:
            failures.append(
                CheckFailure(
                    "contract_columns",
                    mart,
                    f"kolom kontrak tidak ada di {mart}: {', '.join(absent)}",
                )
            )
    return failures


def check_unique(
    con: duckdb.DuckDBPyConnection, spec: UniqueKey
) -> CheckFailure | None:
    cols = ", ".join(spec.columns)
    sql = (
        f"select {cols}, count(*) as n_baris from {spec.relation} "
        f"group by {cols} having count(*) > 1"
    )
    n = _count(con, sql, [])
    if n == 0:
        return None
    return CheckFailure(
        "unique",
        spec.relation,
        f"kunci ({cols}) tidak unik: {n} nilai kunci muncul lebih dari sekali",
        _sample(con, f"{sql} order by n_baris desc limit {SAMPLE_SIZE}"),
    )


def check_not_null(
    con: duckdb.DuckDBPyConnection, spec: NotNull
) -> list[CheckFailure]:
    failures = []
    for col in spec.columns:
        sql = f"select * from {spec.relation} where {col} is null"
        n = _count(con, sql, [])
        if n:
            failures.append(
                CheckFailure(
                    "not_null",
                    spec.relation,
                    f"kolom {col} kosong pada {n} baris",
                    _sample(con, f"{sql} limit {SAMPLE_SIZE}"),
                )
            )
    return failures


def check_accepted(
    con: duckdb.DuckDBPyConnection, spec: AcceptedValues
) -> CheckFailure | None:
    col = spec.column
    sql = (
        f"select cast({col} as varchar) as nilai, count(*) as n_baris "
        f"from {spec.relation} where {col} is not null "
        f"and cast({col} as varchar) not in (select unnest(?::varchar[])) group by 1"
    )
    params = [list(spec.values)]
    n = _count(con, sql, params)
    if n == 0:
        return None
    return CheckFailure(
        "accepted_values",
        spec.relation,
        f"kolom {col} berisi {n} nilai di luar yang diizinkan "
        f"({', '.join(spec.values)})",
        _sample(con, f"{sql} limit {SAMPLE_SIZE}", params),
    )


def check_range(con: duckdb.DuckDBPyConnection, spec: Range) -> CheckFailure | None:
    col = spec.column
    conditions: list[str] = []
    params: list[Any] = []
    if spec.minimum is not None:
        conditions.append(f"{col} < ?")
        params.append(spec.minimum)
    if spec.maximum is not None:
        conditions.append(f"{col} > ?")
        params.append(spec.maximum)
    if spec.maximum_rule is not None:
        conditions.append(
            f"{col} > (select max(nilai) from ref_aturan "
            "where bagian = ? and kunci = ?)"
        )
        params.extend(spec.maximum_rule)
    sql = f"select * from {spec.relation} where {' or '.join(conditions)}"
    n = _count(con, sql, params)
    if n == 0:
        return None
    low = "" if spec.minimum is None else f"{spec.minimum:g}"
    high = (
        f"{spec.maximum:g}" if spec.maximum is not None
        else ".".join(spec.maximum_rule) if spec.maximum_rule else ""
    )
    why = f" ({spec.what})" if spec.what else ""
    return CheckFailure(
        "range",
        spec.relation,
        f"kolom {col} di luar rentang [{low}, {high}]{why} pada {n} baris",
        _sample(con, f"{sql} limit {SAMPLE_SIZE}", params),
    )


def check_row_rule(
    con: duckdb.DuckDBPyConnection, spec: RowRule
) -> CheckFailure | None:
    sql = f"select * from {spec.relation} where not coalesce(({spec.condition}), true)"
    n = _count(con, sql, [])
    if n == 0:
        return None
    return CheckFailure(
        spec.name,
        spec.relation,
        f"{spec.message} ({n} baris)",
        _sample(con, f"{sql} limit {SAMPLE_SIZE}"),
    )


def _row_rule_failure(
    con: duckdb.DuckDBPyConnection, spec: RowRule
) -> CheckFailure | None:
    try:
        return check_row_rule(con, spec)
    except duckdb.Error as exc:  # e.g. a column the rule needs is missing
        return CheckFailure(
            spec.name, spec.relation, f"pemeriksaan tidak dapat dijalankan: {exc}"
        )


def run_checks(con: duckdb.DuckDBPyConnection) -> list[CheckFailure]:
    """Run every declared check; return the failures (empty when all pass)."""
    failures = check_contract(con)
    existing = _relations(con)
    columns: dict[str, set[str]] = {}
    reported: set[tuple[str, str]] = {
        (f.relation, "") for f in failures if f.check == "exists"
    }

    def present(
        relation: str, needed: tuple[str, ...] = (), optional: bool = False
    ) -> bool:
        """True when the relation and the columns a check needs exist; else reports."""
        if relation not in existing:
            if not optional and (relation, "") not in reported:
                failures.append(_missing(relation))
                reported.add((relation, ""))
            return False
        have = columns.setdefault(relation, set(_columns(con, relation)))
        absent = [c for c in needed if c not in have]
        for col in absent:
            if (relation, col) not in reported:
                message = f"kolom {col} tidak ada di {relation}"
                failures.append(CheckFailure("exists", relation, message))
                reported.add((relation, col))
        return not absent

    for spec in UNIQUE_KEYS:
        if present(spec.relation, spec.columns) and (f := check_unique(con, spec)):
            failures.append(f)
    for spec in NOT_NULLS:
        if present(spec.relation, spec.columns):
            failures.extend(check_not_null(con, spec))
    for spec in ACCEPTED_VALUES:
        if present(spec.relation, (spec.column,)) and (f := check_accepted(con, spec)):
            failures.append(f)
    for spec in RANGES:
        if present(spec.relation, (spec.column,)) and (f := check_range(con, spec)):
            failures.append(f)
    for spec in ROW_RULES:
        if present(spec.relation, optional=spec.optional) and (
            f := _row_rule_failure(con, spec)
        ):
            failures.append(f)
    return failures

CONTRACT_COLUMNS["mart_import_file_opd"] = ("file_sha256", "opd_kode")
UNIQUE_KEYS += (UniqueKey("mart_import_file_opd", ("file_sha256", "opd_kode")),)
NOT_NULLS += (NotNull("mart_import_file_opd", ("file_sha256", "opd_kode")),)
