"""The export kinds the pipeline accepts: canonical columns, types, header synonyms.

This module is the single source of truth for what an export may look like. The
loader recognises a kind from its header with it, the raw tables take their columns
from it, the import templates offered for download are generated from it, and the
README's input table is checked against it (tests/test_conventions.py). It imports
nothing but the standard library, so the dashboard may use it too (for templates)
without touching DuckDB.

Header matching: a header cell is normalised (lower case, accents and punctuation turned
into single underscores, trimmed), then looked up among the canonical name and its
synonyms. So "Nama Pegawai", "NAMA_PEGAWAI" and " nama  pegawai " all match `nama`.

Column types (what the loader turns text into; a value that fails goes to quarantine):
- ``text``      trimmed text; empty -> NULL
- ``nip``       18-digit NIP / NI PPPK kept as text (DOMAIN.md §2); spaces and a leading
                apostrophe are removed; an NIP that arrived as a number is rejected
- ``date``      dd/mm/yyyy, yyyy-mm-dd, Excel serial, "12 Januari 2025", "Januari 2025"
- ``period``    2025-01, 01/2025, Januari 2025, Jan-25, TW I 2025, Triwulan 1 2025,
                Semester 1 2025, 2025 -> period_type, period_start, period label
- ``number``    Indonesian numbers: "1.234,5", "85,5", "1.234", also "85.5", "85,5%"
- ``integer``   a number without a fraction
- ``rating``    Di Atas / Sesuai / Di Bawah Ekspektasi (many spellings; 3/2/1)
- ``predikat``  Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang
- ``likert4``   an IKM answer 1..4
- ``level``     a competency level 1..5
- ``enum``      one of ``values`` (after normalisation, with ``value_synonyms``)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TYPES = (
    "text",
    "nip",
    "date",
    "period",
    "number",
    "integer",
    "rating",
    "predikat",
    "likert4",
    "level",
    "enum",
)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    values: tuple[str, ...] = ()  # for enum: the canonical values
    # normalised value -> canonical value
    value_synonyms: dict[str, str] = field(default_factory=dict)
    label: str = ""  # the human header used in import templates
    example: str = ""  # an example value for the template
    description: str = ""


@dataclass(frozen=True)
class Kind:
    name: str
    title_id: str
    title_en: str
    grain: str
    columns: tuple[Column, ...]
    # a later row with the same key supersedes the earlier one
    natural_key: tuple[str, ...]

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if not c.required)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def normalise_header(cell: object) -> str:
    """' Nama Pegawai ' -> 'nama_pegawai'; 'Tgl. Lahir' -> 'tgl_lahir'."""
    text = "" if cell is None else str(cell)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^0-9a-zA-Z]+", "_", text.strip().lower())
    return text.strip("_")


def _c(name: str, type_: str, required: bool = False, *synonyms: str, **kw) -> Column:
    return Column(name, type_, required, tuple(synonyms), **kw)


JENIS_ASN = _c(
    "jenis_asn",
    "enum",
    True,
    "status_asn",
    "status_kepegawaian",
    "jenis_pegawai",
    "status_pegawai",
    "jenis_kepegawaian",
    values=("PNS", "PPPK", "PPPK_PARUH_WAKTU"),
    value_synonyms={
        "pns": "PNS",
        "cpns": "PNS",
        "pegawai_negeri_sipil": "PNS",
        "pppk": "PPPK",
        "p3k": "PPPK",
        "pppk_penuh_waktu": "PPPK",
        "pppk_paruh_waktu": "PPPK_PARUH_WAKTU",
        "paruh_waktu": "PPPK_PARUH_WAKTU",
        "p3k_paruh_waktu": "PPPK_PARUH_WAKTU",
    },
    label="Jenis ASN",
    example="PNS",
)

JENIS_KELAMIN = dict(
    values=("L", "P"),
    value_synonyms={
        "l": "L",
        "laki_laki": "L",
        "laki": "L",
        "pria": "L",
        "1": "L",
        "m": "L",
        "p": "P",
        "perempuan": "P",
        "wanita": "P",
        "2": "P",
        "f": "P",
        "w": "P",
    },
)

BERAKHLAK = (
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
)

PEGAWAI = Kind(
    name="pegawai",
    title_id="Data pegawai (SIASN)",
    title_en="Employee master (SIASN)",
    grain="one row per employee; the latest row per NIP wins, history kept",
    natural_key=("nip",),
    columns=(
        _c("nip", "nip", True, "nip_baru", "nip_pegawai", "nomor_induk_pegawai",
           "ni_pppk", "nip_ni_pppk", "nip_nipppk", "nip_18_digit",
           label="NIP", example="198609262015051001"),
        _c("nama", "text", True, "nama_pegawai", "nama_lengkap", "nama_asn",
           label="Nama Pegawai", example="Cut Nyak Aminah, S.Kep"),
        JENIS_ASN,
        _c("opd", "text", True, "perangkat_daerah", "skpd", "instansi", "nama_opd",
           "unit_organisasi_induk", "opd_induk",
           label="OPD", example="Dinas Kesehatan dan Keluarga Berencana"),
        _c("unit_kerja", "text", True, "unor", "satuan_kerja", "unit",
           "nama_unit_kerja",
           "unit_organisasi", label="Unit Kerja", example="Puskesmas Cot Ba'u"),
        _c("jenis_jabatan", "enum", True, "jenis_jab", "kelompok_jabatan",
           values=("JPT", "Administrator", "Pengawas", "Fungsional", "Pelaksana"),
           value_synonyms={
               "jpt": "JPT", "jpt_pratama": "JPT", "jabatan_pimpinan_tinggi": "JPT",
               "struktural_eselon_ii": "JPT", "eselon_ii": "JPT",
               "administrator": "Administrator", "eselon_iii": "Administrator",
               "pengawas": "Pengawas", "eselon_iv": "Pengawas",
               "fungsional": "Fungsional", "jft": "Fungsional",
               "jabatan_fungsional": "Fungsional",
               "pelaksana": "Pelaksana", "jfu": "Pelaksana",
               "fungsional_umum": "Pelaksana",
               "jabatan_pelaksana": "Pelaksana",
           },
           label="Jenis Jabatan", example="Fungsional"),
        _c("nama_jabatan", "text", True, "jabatan", "nama_jab",
           label="Nama Jabatan", example="Perawat Ahli Pertama"),
        _c("golongan", "text", False, "gol_ruang", "golongan_ruang", "pangkat_golongan",
           "gol", label="Golongan", example="III/a"),
        _c("jenis_kelamin", "enum", False, "jk", "sex", "l_p", "gender",
           label="Jenis Kelamin", example="P", **JENIS_KELAMIN),
        _c("tanggal_lahir", "date", False, "tgl_lahir", label="Tanggal Lahir",
           example="26/09/1986"),
        _c("tmt_jabatan", "date", False, "tmt_jab", "tmt_jabatan_terakhir",
           label="TMT Jabatan", example="01/03/2021"),
        _c("nip_atasan", "nip", False, "nip_atasan_langsung", "atasan_nip",
           label="NIP Atasan", example="197501012000031002"),
        _c("pendidikan", "text", False, "pendidikan_terakhir", "tingkat_pendidikan",
           label="Pendidikan", example="S1"),
    ),
)

SKP = Kind(
    name="skp",
    title_id="Penilaian kinerja (SKP, e-Kinerja)",
    title_en="Performance evaluation (SKP, e-Kinerja)",
    grain="one row per employee per period (month, quarter, semester or year)",
    natural_key=("nip", "periode"),
    columns=(
        _c("nip", "nip", True, "nip_pegawai", "pegawai_nip", "nip_baru",
           "nip_yang_dinilai",
           label="NIP", example="198609262015051001"),
        _c("periode", "period", True, "periode_penilaian", "bulan", "masa_penilaian",
           "periode_skp", label="Periode", example="Januari 2025"),
        _c("rating_hasil_kerja", "rating", True, "hasil_kerja", "rating_hasil",
           "kat_rating_hasil_kerja", "rating_hasil_kerja_atasan",
           label="Rating Hasil Kerja", example="Sesuai Ekspektasi"),
        _c("rating_perilaku_kerja", "rating", True, "perilaku_kerja", "rating_perilaku",
           "kat_rating_perilaku_kerja", "rating_perilaku_kerja_atasan",
           label="Rating Perilaku Kerja", example="Sesuai Ekspektasi"),
        _c("predikat_kinerja", "predikat", False, "predikat",
           "predikat_kinerja_pegawai",
           label="Predikat Kinerja", example="Baik"),
        _c("penilai_nip", "nip", False, "nip_penilai", "nip_atasan",
           "nip_pejabat_penilai",
           label="NIP Penilai", example="197501012000031002"),
        _c("rating_hasil_kerja_mandiri", "rating", False, "rating_mandiri",
           "penilaian_mandiri", "rating_hasil_kerja_pegawai", "self_rating",
           label="Rating Hasil Kerja Mandiri", example="Di Atas Ekspektasi"),
        _c("tanggal_pengisian", "date", False, "tgl_pengisian", "tanggal_lapor",
           "tanggal_pelaporan", "tanggal_input", "tgl_input",
           label="Tanggal Pengisian", example="03/02/2025"),
        _c("tanggal_penilaian", "date", False, "tgl_penilaian", "tanggal_dinilai",
           label="Tanggal Penilaian", example="10/02/2025"),
        *(
            _c(v, "rating", False, f"nilai_{v}", f"perilaku_{v}",
               label=v.replace("_", " ").title(), example="Sesuai Ekspektasi")
            for v in BERAKHLAK
        ),
    ),
)

REALISASI = Kind(
    name="realisasi_indikator",
    title_id="Realisasi indikator sektor",
    title_en="Sector indicator attainment",
    grain="one row per indicator per unit (and gampong) per period",
    natural_key=("kode_indikator", "unit", "gampong", "periode"),
    columns=(
        _c("kode_indikator", "text", True, "kode", "indikator_kode", "id_indikator",
           "kd_indikator", label="Kode Indikator", example="KES-IDL"),
        _c("unit", "text", True, "unit_kerja", "nama_unit", "puskesmas", "unit_layanan",
           "fasilitas", label="Unit", example="Puskesmas Cot Ba'u"),
        _c("periode", "period", True, "bulan", "periode_laporan", "masa",
           label="Periode", example="2025-01"),
        _c("realisasi", "number", True, "capaian", "nilai", "nilai_realisasi", "hasil",
           label="Realisasi", example="7,1"),
        _c("target", "number", False, "target_periode", "nilai_target",
           label="Target", example="100"),
        _c("pembilang", "number", False, "numerator", "jumlah", "jumlah_capaian",
           label="Pembilang", example="5"),
        _c("penyebut", "number", False, "denominator", "sasaran", "jumlah_sasaran",
           label="Penyebut", example="70"),
        _c("nip_penanggung_jawab", "nip", False, "penanggung_jawab_nip", "nip_pj",
           label="NIP Penanggung Jawab", example="198609262015051001"),
        _c("gampong", "text", False, "desa", "kelurahan", "desa_kelurahan",
           "nama_gampong",
           label="Gampong", example="Cot Ba'u"),
    ),
)

SURVEI_IKM = Kind(
    name="survei_ikm",
    title_id="Survei kepuasan masyarakat (IKM)",
    title_en="Service-quality survey (IKM)",
    grain="one row per respondent",
    # no natural key: identical answers are kept, once per file row
    natural_key=(),
    columns=(
        _c("unit_layanan", "text", True, "unit", "unit_pelayanan", "nama_unit_layanan",
           "layanan", "lokasi_layanan", label="Unit Layanan",
           example="Tourist Information Center Sabang"),
        _c("tanggal", "date", True, "tanggal_survei", "tgl_survei", "tgl",
           "waktu_survei",
           label="Tanggal", example="14/07/2025"),
        *(
            _c(f"u{i}", "likert4", True, f"unsur_{i}", f"u_{i}", f"unsur{i}", f"q{i}",
               f"p{i}", label=f"U{i}", example="3")
            for i in range(1, 10)
        ),
        _c("id_responden", "text", False, "responden", "no_responden",
           "nomor_responden",
           "id", label="ID Responden", example="R-0001"),
        _c("jenis_kelamin", "enum", False, "jk", "l_p", "sex", label="Jenis Kelamin",
           example="L", **JENIS_KELAMIN),
        _c("usia", "integer", False, "umur", label="Usia", example="34"),
        _c("pendidikan", "text", False, "pendidikan_terakhir", label="Pendidikan",
           example="SMA"),
        _c("saran", "text", False, "saran_masukan", "komentar", "masukan",
           label="Saran", example="Toilet perlu diperbaiki"),
    ),
)

PELATIHAN = Kind(
    name="pelatihan",
    title_id="Riwayat pelatihan / pengembangan kompetensi",
    title_en="Training records",
    grain="one row per person per course",
    natural_key=("nip", "nama_pelatihan", "tanggal_mulai"),
    columns=(
        _c("nip", "nip", True, "nip_peserta", "nip_pegawai", label="NIP",
           example="198609262015051001"),
        _c("nama_pelatihan", "text", True, "pelatihan", "nama_diklat", "diklat",
           "nama_kegiatan", "judul_pelatihan", label="Nama Pelatihan",
           example="Pelatihan Pelayanan Prima"),
        _c("jp", "number", True, "jumlah_jp", "jam_pelajaran", "jpl", "durasi_jp",
           label="JP", example="24"),
        _c("tanggal_mulai", "date", True, "tgl_mulai", "mulai", "tanggal",
           "tanggal_pelaksanaan", label="Tanggal Mulai", example="03/03/2025"),
        _c("tanggal_selesai", "date", False, "tgl_selesai", "selesai",
           label="Tanggal Selesai", example="05/03/2025"),
        _c("jalur", "enum", False, "jalur_pengembangan", "metode", "jenis_pelatihan",
           values=("klasikal", "nonklasikal"),
           value_synonyms={
               "klasikal": "klasikal", "classical": "klasikal",
               "nonklasikal": "nonklasikal", "non_klasikal": "nonklasikal",
               "non_classical": "nonklasikal",
           },
           label="Jalur", example="klasikal"),
        _c("kompetensi", "text", False, "kompetensi_dikembangkan", "bidang_kompetensi",
           label="Kompetensi", example="Pelayanan Publik"),
        _c("penyelenggara", "text", False, "lembaga", "instansi_penyelenggara",
           label="Penyelenggara", example="BPSDM Aceh"),
    ),
)

KOMPETENSI = Kind(
    name="kompetensi",
    title_id="Asesmen kompetensi",
    title_en="Competency assessment",
    grain="one row per person per competency per assessment",
    natural_key=("nip", "kompetensi", "tanggal_asesmen"),
    columns=(
        _c("nip", "nip", True, "nip_pegawai", "nip_peserta", label="NIP",
           example="198609262015051001"),
        _c("kompetensi", "text", True, "nama_kompetensi", "kompetensi_jabatan",
           label="Kompetensi", example="Pelayanan Publik"),
        _c("level_standar", "level", True, "standar", "level_standar_jabatan",
           "standar_kompetensi", "level_dibutuhkan", label="Level Standar",
           example="3"),
        _c("level_aktual", "level", True, "aktual", "level_hasil", "hasil_asesmen",
           "level_dimiliki", label="Level Aktual", example="2"),
        _c("tanggal_asesmen", "date", True, "tgl_asesmen", "tanggal",
           "tanggal_penilaian",
           label="Tanggal Asesmen", example="15/05/2025"),
        _c("jenis", "enum", False, "jenis_kompetensi", "kelompok_kompetensi",
           values=("manajerial", "sosial_kultural", "teknis"),
           value_synonyms={
               "manajerial": "manajerial", "sosial_kultural": "sosial_kultural",
               "sosiokultural": "sosial_kultural", "sosio_kultural": "sosial_kultural",
               "teknis": "teknis",
           },
           label="Jenis", example="teknis"),
        _c("potensi", "enum", False, "tingkat_potensi", "kategori_potensi",
           values=("rendah", "menengah", "tinggi"),
           value_synonyms={
               "rendah": "rendah", "menengah": "menengah", "sedang": "menengah",
               "tinggi": "tinggi",
           },
           label="Potensi", example="menengah"),
    ),
)

PENGHARGAAN = Kind(
    name="penghargaan",
    title_id="Penghargaan yang diberikan",
    title_en="Awards given",
    grain="one row per award",
    natural_key=("penerima", "nama_penghargaan", "tanggal"),
    columns=(
        _c("penerima", "text", True, "nip_penerima", "nip_atau_unit",
           "penerima_penghargaan",
           label="Penerima (NIP atau Unit)", example="198609262015051001"),
        _c("nama_penghargaan", "text", True, "penghargaan", "jenis_penghargaan",
           label="Nama Penghargaan", example="ASN Teladan"),
        _c("tanggal", "date", True, "tanggal_penghargaan", "tgl", "tanggal_diberikan",
           label="Tanggal", example="17/08/2025"),
        _c("kategori", "text", False, "kategori_penghargaan", label="Kategori",
           example="Pelayanan Publik"),
        _c("keterangan", "text", False, "catatan", "deskripsi", label="Keterangan",
           example="Inovasi layanan imunisasi keliling"),
    ),
)

KINDS: dict[str, Kind] = {
    k.name: k for k in (PEGAWAI, SKP, REALISASI, SURVEI_IKM, PELATIHAN, KOMPETENSI,
                        PENGHARGAAN)
}

# Indonesian month names as exports and the interface write them (the parsing macros in
# sql/macros.sql accept these and more spellings).
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
MONTHS_SHORT_ID = (
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
)
ROMAN_QUARTERS = ("I", "II", "III", "IV")

# Canonical values of the rating and predikat types.
RATINGS = ("Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi")
RATING_SCORE = {"Di Bawah Ekspektasi": 1, "Sesuai Ekspektasi": 2,
"Di Atas Ekspektasi": 3}
PREDIKAT = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct",
"Sangat Kurang")
PREDIKAT_SCORE = {
    "Sangat Kurang": 1,
    "Kurang/Misconduct": 2,
    "Butuh Perbaikan": 3,
    "Baik": 4,
    "Sangat Baik": 5,
}


def header_lookup(kind: Kind) -> dict[str, str]:
    """Normalised header text -> canonical column name, for one kind."""
    out: dict[str, str] = {}
    for col in kind.columns:
        for alias in (col.name, *col.synonyms, normalise_header(col.label)):
            out.setdefault(normalise_header(alias), col.name)
    return out


# --- Raw table layout (shared by the loader, the models and their tests) -------------

_SQL_TYPE = {
    "text": "VARCHAR",
    "nip": "VARCHAR",
    "enum": "VARCHAR",
    "rating": "VARCHAR",
    "predikat": "VARCHAR",
    "date": "DATE",
    "number": "DOUBLE",
    "integer": "INTEGER",
    "likert4": "INTEGER",
    "level": "INTEGER",
}

# Codes the loader resolves against the reference data, added after the kind's columns.
RESOLVED_CODES: dict[str, tuple[str, ...]] = {
    "pegawai": ("opd_kode", "unit_kode"),
    "realisasi_indikator": ("unit_kode", "gampong_kode"),
    "survei_ikm": ("unit_kode",),
    "penghargaan": ("penerima_jenis", "unit_kode"),
}

LINEAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("_import_id", "VARCHAR"),
    ("_file_sha256", "VARCHAR"),
    ("_source_file", "VARCHAR"),
    ("_source_sheet", "VARCHAR"),
    ("_source_row", "INTEGER"),
    ("_loaded_at", "TIMESTAMP"),
    ("_row_hash", "HUGEINT"),
)


def raw_table(kind: Kind | str) -> str:
    """The raw table of a kind: 'raw_<kind>'."""
    name = kind if isinstance(kind, str) else kind.name
    return f"raw_{KINDS[name].name}"


def raw_columns(kind: Kind | str) -> list[tuple[str, str]]:
    """(column, DuckDB type) of a kind's raw table, in order: canonical columns (a
    period column expands to periode, periode_jenis, periode_mulai, periode_selesai),
    resolved codes, lineage."""
    k = KINDS[kind] if isinstance(kind, str) else kind
    cols: list[tuple[str, str]] = []
    for c in k.columns:
        if c.type == "period":
            cols += [
                (c.name, "VARCHAR"),
                (f"{c.name}_jenis", "VARCHAR"),
                (f"{c.name}_mulai", "DATE"),
                (f"{c.name}_selesai", "DATE"),
            ]
        else:
            cols.append((c.name, _SQL_TYPE[c.type]))
    cols += [(code, "VARCHAR") for code in RESOLVED_CODES.get(k.name, ())]
    cols += list(LINEAGE_COLUMNS)
    return cols


def raw_table_ddl(kind: Kind | str) -> str:
    """CREATE TABLE IF NOT EXISTS for a kind's raw table (names from code only)."""
    cols = ",\n    ".join(f"{name} {typ}" for name, typ in raw_columns(kind))
    return f"create table if not exists {raw_table(kind)} (\n    {cols}\n)"
