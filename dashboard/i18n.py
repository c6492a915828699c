"""The one translation table of the dashboard: every UI string, in id and en.

`t("key", name=value)` returns the string in the viewer's language (Bahasa Indonesia by
default), formatted with `str.format`. The language lives in the session state key
`lang`, which the shell's language switch keeps in the URL (`?lang=English`).
Number, date and period formats are in formatting.py (locale data, not UI strings).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import config

LANG_KEY = "lang"
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}

TEXTS: dict[str, dict[str, str]] = {
    # --- shell ------------------------------------------------------------------
    "app.title": {"id": "Kinerja Sabang", "en": "Kinerja Sabang"},
    "app.tagline": {
        "id": "Pemantauan kinerja ASN Kota Sabang",
        "en": "Civil-servant performance monitoring, Kota Sabang",
    },
    "lang.label": {"id": "Bahasa / Language", "en": "Bahasa / Language"},
    "nav.ringkasan": {"id": "Ringkasan Kota", "en": "City Overview"},
    "nav.kualitas": {"id": "Kualitas Data & Impor", "en": "Data Quality & Imports"},
    "filter.heading": {"id": "Filter", "en": "Filters"},
    "filter.tahun": {"id": "Tahun", "en": "Year"},
    "filter.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "filter.sektor": {"id": "Sektor", "en": "Sector"},
    "filter.all_opd": {"id": "Semua OPD", "en": "All agencies"},
    "filter.all_sektor": {"id": "Semua sektor", "en": "All sectors"},
    "filter.share": {
        "id": (
            "Filter tersimpan di alamat halaman: salin tautan untuk berbagi tampilan "
            "ini."
        ),
        "en": "Filters are kept in the page address: copy the link to share this view.",
    },
    "asof.line": {"id": "Data per {date}", "en": "Data as of {date}"},
    "asof.built": {"id": "dibangun {when}", "en": "built {when}"},
    "asof.unknown": {
        "id": "Tanggal data belum diketahui",
        "en": "Data date not known yet",
    },
    "banner.simulated": {
        "id": "Data simulasi — bukan data ASN sebenarnya",
        "en": "Simulated data — not real civil-servant data",
    },
    "banner.simulated_detail": {
        "id": "Semua nama, NIP dan angka dibuat oleh generator demo.",
        "en": "All names, NIPs and figures were made up by the demo generator.",
    },
    "empty.no_warehouse": {
        "id": "Belum ada gudang data di `{path}`.",
        "en": "There is no data warehouse at `{path}` yet.",
    },
    "empty.how_to_load": {
        "id": (
            "Muat ekspor (CSV/XLSX dari e-Kinerja, SIASN, puskesmas, survei IKM …) "
            "dengan `python -m pipelines ingest FOLDER`, atau jalankan `make run` "
            "untuk "
            "membangun data demo. Lalu muat ulang halaman ini. Untuk memakai berkas "
            "lain, atur variabel lingkungan `KINERJA_DB`."
        ),
        "en": (
            "Load exports (CSV/XLSX from e-Kinerja, SIASN, health centres, IKM "
            "surveys …) with `python -m pipelines ingest FOLDER`, or run `make run` to "
            "build the demo data. Then reload this page. To use another file, set the "
            "`KINERJA_DB` environment variable."
        ),
    },
    "error.incomplete": {
        "id": (
            "Gudang data belum lengkap ({detail}). Jalankan `python -m pipelines build`"
            " atau impor ulang data."
        ),
        "en": (
            "The data warehouse is incomplete ({detail}). Run `python -m pipelines "
            "build` or import the data again."
        ),
    },
    "empty.no_data": {
        "id": "Belum ada data untuk pilihan filter ini.",
        "en": "No data for these filters yet.",
    },
    "empty.no_year": {
        "id": "Gudang data belum berisi data kinerja atau indikator.",
        "en": "The warehouse holds no performance or indicator data yet.",
    },
    "dl.csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "dl.xlsx": {"id": "Unduh XLSX", "en": "Download XLSX"},
    "table.truncated": {
        "id": "Menampilkan {shown} dari {total} baris; unduhan berisi semua baris.",
        "en": "Showing {shown} of {total} rows; downloads contain every row.",
    },
    "yes": {"id": "ya", "en": "yes"},
    "no": {"id": "tidak", "en": "no"},
    "dash": {"id": "–", "en": "–"},
    # --- sectors and statuses ------------------------------------------------------
    "sector.kesehatan": {"id": "Kesehatan", "en": "Health"},
    "sector.pariwisata": {"id": "Pariwisata", "en": "Tourism"},
    "sector.pemberdayaan": {
        "id": "Pemberdayaan Masyarakat",
        "en": "Community Empowerment",
    },
    "sector.layanan_dasar": {"id": "Layanan Dasar", "en": "Basic Services"},
    "sector.ekonomi": {"id": "Ekonomi", "en": "Economy"},
    "sector.tata_kelola": {"id": "Tata Kelola", "en": "Governance"},
    "status.tercapai": {"id": "Tercapai", "en": "On target"},
    "status.mendekati": {"id": "Mendekati", "en": "Near target"},
    "status.tidak_tercapai": {"id": "Belum tercapai", "en": "Below target"},
    "status.tanpa_target": {"id": "Tanpa target", "en": "No target"},
    "arah.naik": {"id": "↑ makin tinggi makin baik", "en": "↑ higher is better"},
    "arah.turun": {"id": "↓ makin rendah makin baik", "en": "↓ lower is better"},
    "tren.up": {"id": "▲ membaik", "en": "▲ improving"},
    "tren.down": {"id": "▼ memburuk", "en": "▼ worsening"},
    "tren.flat": {"id": "= tetap", "en": "= steady"},
    # --- Ringkasan Kota ------------------------------------------------------------
    "ringkasan.header": {"id": "Ringkasan Kota", "en": "City Overview"},
    "ringkasan.intro": {
        "id": (
            "Capaian indikator kota, predikat kinerja pegawai dan peringkat OPD, "
            "{tahun}."
        ),
        "en": (
            "City indicator attainment, staff performance ratings and OPD ranking, "
            "{tahun}."
        ),
    },
    "kpi.indicators": {"id": "Indikator tercapai", "en": "Indicators on target"},
    "kpi.indicators_help": {
        "id": (
            "Indikator tingkat kota pada periode terakhir {tahun} yang mencapai "
            "target, "
            "dari indikator yang bertarget ({n_tanpa} tanpa target tidak dihitung)."
        ),
        "en": (
            "City-level indicators in the latest period of {tahun} that met their "
            "target, out of those with a target ({n_tanpa} without a target not "
            "counted)."
        ),
    },
    "kpi.baik": {
        "id": "ASN berpredikat Baik ke atas",
        "en": "Staff rated Good or better",
    },
    "kpi.baik_help": {
        "id": (
            "Pegawai berpredikat Baik atau Sangat Baik dari {n} pegawai yang dinilai,"
            " {tahun}."
        ),
        "en": (
            "Staff rated Good (Baik) or Very Good out of {n} staff evaluated, {tahun}."
        ),
    },
    "unit.pp": {"id": "poin", "en": "pp"},
    "kpi.vs_year": {"id": "dibanding {tahun}", "en": "vs {tahun}"},
    "kpi.idl": {"id": "Cakupan IDL kota", "en": "City IDL coverage"},
    "kpi.idl_help": {
        "id": (
            "Imunisasi Dasar Lengkap, kumulatif sejak Januari s.d. {periode}. "
            "Target periode {target} (target tahun {target_tahun})."
        ),
        "en": (
            "Full basic immunisation, cumulative since January up to {periode}. "
            "Period target {target} (year target {target_tahun})."
        ),
    },
    "kpi.vs_target": {"id": "poin dari target", "en": "pp vs target"},
    "kpi.ikm": {"id": "Rata-rata IKM unit wisata", "en": "Average IKM, tourism units"},
    "kpi.ikm_help": {
        "id": (
            "Rata-rata Indeks Kepuasan Masyarakat {n} unit layanan wisata, {tahun} "
            "(25–100)."
        ),
        "en": (
            "Mean public-satisfaction index (IKM) of {n} tourism service units, "
            "{tahun} (25–100)."
        ),
    },
    "kpi.not_applicable": {
        "id": "Tidak ada data untuk filter ini.",
        "en": "No data for these filters.",
    },
    "scorecard.title": {
        "id": "Kartu skor kota per sektor",
        "en": "City scorecard by sector",
    },
    "scorecard.legend": {
        "id": (
            "● Tercapai: capaian ≥ 100% target periode · ▲ Mendekati: capaian ≥ ambang "
            "kuning indikator · ✖ Belum tercapai: di bawah ambang · ○ Tanpa target. "
            "Untuk indikator ↓ (mis. angka drop-out) makin rendah makin baik. Tren "
            "membandingkan capaian dengan periode sebelumnya."
        ),
        "en": (
            "● On target: attainment ≥ 100% of the period target · ▲ Near target: "
            "attainment ≥ the indicator's amber threshold · ✖ Below target: under that "
            "threshold · ○ No target. For ↓ indicators (e.g. drop-out rate) lower is "
            "better. Trend compares attainment with the previous period."
        ),
    },
    "tab.table": {"id": "Tabel", "en": "Table"},
    "tab.chart": {"id": "Grafik", "en": "Chart"},
    "trend.subheader": {"id": "Tren capaian", "en": "Attainment trend"},
    "trend.title_sector": {
        "id": "Capaian indikator kota per sektor, {tahun}",
        "en": "City indicator attainment by sector, {tahun}",
    },
    "trend.title_indicator": {
        "id": "Capaian indikator {sektor}, {tahun}",
        "en": "{sektor} indicator attainment, {tahun}",
    },
    "trend.caption": {
        "id": (
            "Rata-rata capaian (realisasi terhadap target periode) indikator kota yang "
            "bertarget, per bulan. Garis hitam putus-putus = target 100%."
        ),
        "en": (
            "Mean attainment (actual vs period target) of city indicators that have a "
            "target, per month. Dashed black line = 100% target."
        ),
    },
    "chart.month": {"id": "Bulan", "en": "Month"},
    "chart.capaian": {
        "id": "Capaian terhadap target (%)",
        "en": "Attainment vs target (%)",
    },
    "chart.target": {"id": "Target 100%", "en": "Target 100%"},
    "opd.title": {"id": "Peringkat OPD {tahun}", "en": "OPD league table {tahun}"},
    "opd.caption": {
        "id": (
            "Urutan menurut rata-rata capaian indikator, lalu % pegawai Baik ke atas. "
            "OPD dengan kurang dari {min_n} pegawai atau kelengkapan SKP di bawah "
            "{min_pct} ditandai ≈ (peringkat tidak pasti). Perubahan dibanding {prev}."
        ),
        "en": (
            "Ordered by mean indicator attainment, then % of staff rated Good or "
            "better. "
            "OPDs with fewer than {min_n} staff or SKP completeness below {min_pct} "
            "are "
            "marked ≈ (uncertain rank). Change compared with {prev}."
        ),
    },
    "rank.uncertain": {
        "id": "≈ {rank} (tidak pasti: {reason})",
        "en": "≈ {rank} (uncertain: {reason})",
    },
    "rank.few_people": {
        "id": "hanya {n} pegawai dinilai",
        "en": "only {n} staff evaluated",
    },
    "rank.no_skp": {"id": "belum ada data SKP", "en": "no SKP data yet"},
    "opd.no_data": {
        "id": "{n} OPD belum memiliki data SKP atau indikator {tahun}: {names}.",
        "en": "{n} OPDs have no SKP or indicator data for {tahun} yet: {names}.",
    },
    "rank.low_completeness": {
        "id": "kelengkapan SKP {pct}",
        "en": "SKP completeness {pct}",
    },
    "rank.new": {"id": "baru", "en": "new"},
    "suppressed": {"id": "disembunyikan (< {n} orang)", "en": "hidden (< {n} people)"},
    # --- column headers --------------------------------------------------------------
    "col.sektor": {"id": "Sektor", "en": "Sector"},
    "col.indikator": {"id": "Indikator", "en": "Indicator"},
    "col.kode": {"id": "Kode", "en": "Code"},
    "col.periode": {"id": "Periode", "en": "Period"},
    "col.realisasi": {"id": "Realisasi", "en": "Actual"},
    "col.target_periode": {"id": "Target periode", "en": "Period target"},
    "col.target_tahun": {"id": "Target tahun", "en": "Year target"},
    "col.capaian": {"id": "Capaian", "en": "Attainment"},
    "col.capaian_pct": {"id": "Capaian (%)", "en": "Attainment (%)"},
    "col.status": {"id": "Status", "en": "Status"},
    "col.arah": {"id": "Arah", "en": "Direction"},
    "col.tren": {"id": "Tren", "en": "Trend"},
    "col.peringkat": {"id": "Peringkat", "en": "Rank"},
    "col.perubahan": {"id": "Perubahan", "en": "Change"},
    "col.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "col.pegawai": {"id": "Pegawai", "en": "Staff"},
    "col.dinilai": {"id": "Dinilai", "en": "Evaluated"},
    "col.pct_baik": {"id": "% Baik ke atas", "en": "% Good or better"},
    "col.indikator_tercapai": {
        "id": "Indikator tercapai",
        "en": "Indicators on target",
    },
    "col.rata_capaian": {"id": "Rata-rata capaian (%)", "en": "Mean attainment (%)"},
    "col.kelengkapan_skp": {"id": "Kelengkapan SKP (%)", "en": "SKP completeness (%)"},
    "col.waktu": {"id": "Waktu", "en": "Time"},
    "col.berkas": {"id": "Berkas", "en": "File"},
    "col.jenis_ekspor": {"id": "Jenis ekspor", "en": "Export kind"},
    "col.baris_dibaca": {"id": "Baris dibaca", "en": "Rows read"},
    "col.baris_dimuat": {"id": "Baris dimuat", "en": "Rows loaded"},
    "col.baris_karantina": {"id": "Baris ditolak", "en": "Rows rejected"},
    "col.baris_baru": {"id": "Baris baru", "en": "New rows"},
    "col.pesan": {"id": "Pesan", "en": "Messages"},
    "col.sumber": {"id": "Sumber", "en": "Source"},
    "col.lembar": {"id": "Lembar", "en": "Sheet"},
    "col.sha": {"id": "SHA-256", "en": "SHA-256"},
    "col.baris": {"id": "Baris", "en": "Row"},
    "col.kolom": {"id": "Kolom", "en": "Column"},
    "col.alasan": {"id": "Alasan", "en": "Reason"},
    "col.nilai_asli": {"id": "Nilai asli", "en": "Original values"},
    "col.subjek": {"id": "Unit / OPD", "en": "Unit / agency"},
    "col.bulan": {"id": "Bulan", "en": "Month"},
    "col.diharapkan": {"id": "Diharapkan", "en": "Expected"},
    "col.diterima": {"id": "Diterima", "en": "Received"},
    "col.kelengkapan": {"id": "Kelengkapan (%)", "en": "Completeness (%)"},
    "col.tepat_waktu": {"id": "Tepat waktu (%)", "en": "On time (%)"},
    "col.nama_kolom": {"id": "Nama kolom", "en": "Column name"},
    "col.judul_templat": {"id": "Judul di templat", "en": "Template header"},
    "col.wajib": {"id": "Wajib", "en": "Required"},
    "col.tipe": {"id": "Tipe", "en": "Type"},
    "col.sinonim": {"id": "Judul lain yang diterima", "en": "Other accepted headers"},
    "col.contoh": {"id": "Contoh", "en": "Example"},
    # --- Kualitas Data & Impor ------------------------------------------------------
    "kualitas.header": {"id": "Kualitas Data & Impor", "en": "Data Quality & Imports"},
    "kualitas.intro": {
        "id": (
            "Apakah ekspor sudah dimuat, baris mana yang ditolak dan mengapa, dan "
            "seberapa lengkap datanya."
        ),
        "en": (
            "Did the exports load, which rows were rejected and why, and how complete"
            " the data is."
        ),
    },
    "imports.title": {"id": "Riwayat impor", "en": "Import runs"},
    "imports.caption": {
        "id": (
            "Setiap percobaan impor, termasuk berkas duplikat dan yang ditolak. "
            "Terbaru di atas."
        ),
        "en": (
            "Every import attempt, including duplicate and rejected files. Newest "
            "first."
        ),
    },
    "imports.no_journal": {
        "id": "Jurnal percobaan impor belum ada; di bawah hanya berkas yang dimuat.",
        "en": "No import-attempt journal yet; below are only the loaded files.",
    },
    "imports.log_title": {
        "id": "Berkas yang dimuat ke gudang data (import_log)",
        "en": "Files loaded into the warehouse (import_log)",
    },
    "imports.empty": {"id": "Belum ada impor.", "en": "No imports yet."},
    "kpi.files_loaded": {"id": "Berkas dimuat", "en": "Files loaded"},
    "kpi.files_duplicate": {"id": "Duplikat", "en": "Duplicates"},
    "kpi.files_rejected": {"id": "Berkas ditolak", "en": "Files rejected"},
    "kpi.rows_rejected": {"id": "Baris ditolak", "en": "Rows rejected"},
    "kpi.completeness": {"id": "Kelengkapan rata-rata", "en": "Mean completeness"},
    "kpi.completeness_help": {
        "id": "Rata-rata kelengkapan semua ekspor yang diharapkan, {tahun}.",
        "en": "Mean completeness of every expected export, {tahun}.",
    },
    "import.status.loaded": {"id": "✔ Dimuat", "en": "✔ Loaded"},
    "import.status.duplicate": {
        "id": "↺ Duplikat (tidak ada perubahan)",
        "en": "↺ Duplicate (nothing changed)",
    },
    "import.status.rejected": {"id": "✖ Ditolak", "en": "✖ Rejected"},
    "import.source.ingest": {"id": "impor", "en": "ingest"},
    "import.source.demo": {"id": "demo", "en": "demo"},
    "quarantine.title": {"id": "Baris yang ditolak", "en": "Rejected rows"},
    "quarantine.caption": {
        "id": (
            "Baris yang tidak dimuat. Nomor baris seperti terlihat di Excel (baris "
            "judul "
            "ikut dihitung). Perbaiki di berkas sumber, lalu impor ulang berkasnya."
        ),
        "en": (
            "Rows that were not loaded. Row numbers as Excel shows them (header rows "
            "included). Fix them in the source file, then import it again."
        ),
    },
    "quarantine.file_filter": {"id": "Berkas", "en": "File"},
    "quarantine.all_files": {"id": "Semua berkas", "en": "All files"},
    "quarantine.empty": {
        "id": "Tidak ada baris yang ditolak.",
        "en": "No rows were rejected.",
    },
    "completeness.title": {
        "id": "Kelengkapan data per unit dan bulan, {tahun}",
        "en": "Data completeness by unit and month, {tahun}",
    },
    "completeness.kind": {"id": "Jenis ekspor", "en": "Export kind"},
    "completeness.caption": {
        "id": (
            "Baris diterima dibanding baris yang diharapkan per unit dan bulan "
            "(100% = lengkap). Sel kosong: tidak ada baris yang diharapkan."
        ),
        "en": (
            "Rows received compared with rows expected per unit and month "
            "(100% = complete). Empty cell: no rows expected."
        ),
    },
    "completeness.chart": {
        "id": "Kelengkapan {jenis} (%), {tahun}",
        "en": "{jenis} completeness (%), {tahun}",
    },
    "completeness.empty": {
        "id": "Belum ada data kelengkapan untuk pilihan ini.",
        "en": "No completeness data for this selection yet.",
    },
    "templates.title": {"id": "Templat impor", "en": "Import templates"},
    "templates.caption": {
        "id": (
            "Setiap templat berisi judul kolom yang dikenali dan satu baris contoh; "
            "hapus baris contoh sebelum mengisi. Judul lain yang diterima tercantum di "
            "bawah. NIP ditulis sebagai teks (18 digit)."
        ),
        "en": (
            "Each template holds the recognised column headers and one example row; "
            "delete the example before filling it in. Other accepted headers are "
            "listed "
            "below. NIPs are written as text (18 digits)."
        ),
    },
    "templates.synonyms": {
        "id": "Judul kolom yang diterima: {kind}",
        "en": "Accepted column headers: {kind}",
    },
    "templates.grain": {"id": "Satu baris = {grain}", "en": "One row = {grain}"},
    "kind.skp": {"id": "SKP (e-Kinerja)", "en": "SKP (e-Kinerja)"},
    "kind.realisasi_indikator": {
        "id": "Realisasi indikator",
        "en": "Indicator actuals",
    },
    "kind.survei_ikm": {"id": "Survei IKM", "en": "IKM survey"},
    "kind.pegawai": {"id": "Data pegawai", "en": "Employee master"},
    "kind.pelatihan": {"id": "Pelatihan", "en": "Training"},
    "kind.kompetensi": {"id": "Kompetensi", "en": "Competency"},
    "kind.penghargaan": {"id": "Penghargaan", "en": "Awards"},
    "grain.pegawai": {
        "id": "satu pegawai (baris terbaru per NIP berlaku, riwayat disimpan)",
        "en": "one employee (the latest row per NIP wins, history kept)",
    },
    "grain.skp": {
        "id": "satu pegawai per periode (bulan, triwulan, semester atau tahun)",
        "en": "one employee per period (month, quarter, semester or year)",
    },
    "grain.realisasi_indikator": {
        "id": "satu indikator per unit (dan gampong) per periode",
        "en": "one indicator per unit (and gampong) per period",
    },
    "grain.survei_ikm": {"id": "satu responden", "en": "one respondent"},
    "grain.pelatihan": {
        "id": "satu pegawai per pelatihan",
        "en": "one person per course",
    },
    "grain.kompetensi": {
        "id": "satu pegawai per kompetensi per asesmen",
        "en": "one person per competency per assessment",
    },
    "grain.penghargaan": {"id": "satu penghargaan", "en": "one award"},
    "kind.unknown": {"id": "tidak dikenali", "en": "not recognised"},
}


def get_lang() -> str:
    """The viewer's language ('id' or 'en'); 'id' until the switch says otherwise."""
    try:
        lang = st.session_state.get(LANG_KEY)
    except Exception:  # outside a Streamlit run (unit tests, scripts)
        lang = None
    return lang if lang in config.LANGUAGES else config.DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, **kwargs: Any) -> str:
    """The text for `key` in `lang` (default: the viewer's language)."""
    entry = TEXTS[key]
    text = entry[lang or get_lang()]
    return text.format(**kwargs) if kwargs else text


def has(key: str) -> bool:
    """Whether `key` is in the table (for optional labels such as kind.<name>)."""
    return key in TEXTS
