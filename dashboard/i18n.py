"""The one translation table of the dashboard: every UI string, in id and en.

`t("key", name=value)` returns the string in the viewer's language (Bahasa Indonesia by
default), formatted with `str.format`. The language lives in the session state key
`lang`, which the shell's language switch keeps in the URL (`?lang=English`).
Number, date and period formats are in formatting.py (locale data, not UI strings).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from dashboard import (
    config,
    i18n_access,
    i18n_awards,
    i18n_flags,
    i18n_people,
    i18n_training,
)

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
            "membandingkan capaian dengan periode sebelumnya. Baris pertama tiap "
            "sektor: rata-rata sektor. Rata-rata unit: capaian rata-rata indikator "
            "itu atas semua unit; unit tercapai: berapa unit mencapai targetnya. "
            "Triwulan yang masih berjalan tidak dinilai: kartu skor memakai periode "
            "terakhir yang sudah selesai."
        ),
        "en": (
            "● On target: attainment ≥ 100% of the period target · ▲ Near target: "
            "attainment ≥ the indicator's amber threshold · ✖ Below target: under that "
            "threshold · ○ No target. For ↓ indicators (e.g. drop-out rate) lower is "
            "better. Trend compares attainment with the previous period. First row "
            "of each sector: the sector average. Mean of units: the indicator's mean "
            "attainment over all units; units on target: how many reach their "
            "target. A quarter still running is not graded: the scorecard uses the "
            "latest finished period."
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
    "chart.capped": {
        "id": "Grafik memuat {n} yang terjauh dari target dari {total}; semuanya ada "
        "di tabel di bawah grafik.",
        "en": "The chart holds the {n} furthest from the target, of {total}; all of "
        "them are in the table below the chart.",
    },
    "completeness.capped": {
        "id": "Grafik memuat {n} OPD/unit dengan kelengkapan terendah dari {total}; "
        "semuanya ada di tabel di bawah grafik.",
        "en": "The chart holds the {n} agencies/units with the lowest completeness, "
        "of {total}; all of them are in the table below the chart.",
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
    # --- Kesehatan -------------------------------------------------------------------
    "nav.kesehatan": {"id": "Kesehatan", "en": "Health"},
    "kesehatan.header": {"id": "Kesehatan", "en": "Health"},
    "kesehatan.intro": {
        "id": (
            "Imunisasi {tahun}: cakupan per puskesmas dan gampong terhadap target, "
            "status UCI, angka drop-out, proyeksi akhir tahun, dan kesesuaian hasil "
            "dengan penilaian pegawai. Hanya angka agregat."
        ),
        "en": (
            "Immunisation {tahun}: coverage by health centre and gampong against "
            "target, UCI status, drop-out rate, year-end projection, and how outcomes "
            "match staff ratings. Aggregates only."
        ),
    },
    "kesehatan.sector_ignored": {
        "id": (
            "Halaman ini khusus sektor Kesehatan; filter sektor \u201c{sektor}\u201d "
            "tidak dipakai di sini."
        ),
        "en": (
            "This page covers the Health sector only; the sector filter "
            "\u201c{sektor}\u201d does not apply here."
        ),
    },
    "kesehatan.indicator": {"id": "Indikator cakupan", "en": "Coverage indicator"},
    "kesehatan.unit": {"id": "Puskesmas / kota", "en": "Health centre / city"},
    "kes.short.KES-IDL": {"id": "IDL", "en": "IDL"},
    "kes.short.KES-DPT1": {"id": "DPT-HB-Hib 1", "en": "DPT-HB-Hib 1"},
    "kes.short.KES-MR1": {"id": "Campak/MR 1", "en": "Measles/MR 1"},
    "coverage.title": {
        "id": "Cakupan imunisasi per puskesmas, {tahun}",
        "en": "Immunisation coverage by health centre, {tahun}",
    },
    "coverage.caption": {
        "id": (
            "Cakupan dihitung kumulatif sejak Januari (bayi yang sudah diimunisasi ÷ "
            "sasaran bayi setahun). Angka satu bulan saja menyesatkan: bandingkan "
            "cakupan kumulatif dengan target s.d. bulan itu (target tahun × bulan/12)."
        ),
        "en": (
            "Coverage is cumulative since January (infants immunised ÷ the year's "
            "target infants). A single month's figure misleads: compare cumulative "
            "coverage with the target to date (year target × month/12)."
        ),
    },
    "coverage.chart_title": {
        "id": "Cakupan {indikator} kumulatif, {unit} {tahun}",
        "en": "Cumulative {indikator} coverage, {unit} {tahun}",
    },
    "coverage.legend_cumulative": {
        "id": "Cakupan kumulatif",
        "en": "Cumulative coverage",
    },
    "coverage.legend_monthly": {
        "id": "Cakupan bulan itu saja",
        "en": "That month alone",
    },
    "coverage.legend_target": {
        "id": "Target s.d. bulan (target {target} × bulan/12)",
        "en": "Target to date ({target} × month/12)",
    },
    "coverage.y_title": {
        "id": "Cakupan (% sasaran bayi)",
        "en": "Coverage (% of target infants)",
    },
    "projection.title": {
        "id": "Puskesmas mana yang diperkirakan tidak mencapai target {tahun}?",
        "en": "Which health centres will miss the {tahun} target at the current pace?",
    },
    "projection.caption": {
        "id": (
            "Proyeksi akhir tahun = cakupan kumulatif ÷ jumlah bulan berjalan × 12 "
            "(laju rata-rata sejauh ini). Untuk tahun yang sudah lengkap (data s.d. "
            "Desember) ditampilkan hasil sebenarnya."
        ),
        "en": (
            "Year-end projection = cumulative coverage ÷ months elapsed × 12 (the "
            "average pace so far). For a complete year (data up to December) the "
            "actual result is shown."
        ),
    },
    "projection.chart_title": {
        "id": "Proyeksi cakupan {indikator} akhir tahun {tahun}",
        "en": "Projected year-end {indikator} coverage, {tahun}",
    },
    "projection.chart_actual": {
        "id": "Cakupan {indikator} akhir tahun {tahun} (hasil)",
        "en": "Year-end {indikator} coverage, {tahun} (actual)",
    },
    "projection.x_title": {
        "id": "Cakupan akhir tahun (%)",
        "en": "Year-end coverage (%)",
    },
    "projection.target": {"id": "Target {target}", "en": "Target {target}"},
    "projection.will_meet": {
        "id": "● Diperkirakan tercapai",
        "en": "● Expected to meet",
    },
    "projection.will_miss": {
        "id": "✖ Diperkirakan tidak tercapai",
        "en": "✖ Expected to miss",
    },
    "projection.met": {"id": "● Tercapai (hasil akhir)", "en": "● Met (final)"},
    "projection.missed": {
        "id": "✖ Tidak tercapai (hasil akhir)",
        "en": "✖ Missed (final)",
    },
    "uci.title": {
        "id": "Status UCI per gampong, {tahun}",
        "en": "UCI status by gampong, {tahun}",
    },
    "uci.caption": {
        "id": (
            "Gampong mencapai UCI bila cakupan IDL kumulatif ≥ {ambang} (aturan). "
            "Sebelum Desember dibandingkan dengan garis UCI s.d. bulan itu "
            "({ambang} × bulan/12); pada Desember ini status UCI tahun itu."
        ),
        "en": (
            "A gampong reaches UCI when its cumulative IDL coverage is ≥ {ambang} "
            "(rules). Before December it is compared with the UCI line to date "
            "({ambang} × month/12); in December this is the year's UCI status."
        ),
    },
    "uci.chart_title": {
        "id": "Cakupan IDL kumulatif per gampong s.d. {periode}",
        "en": "Cumulative IDL coverage by gampong up to {periode}",
    },
    "uci.line": {
        "id": "Garis UCI s.d. bulan {value}",
        "en": "UCI line to date {value}",
    },
    "uci.reached": {"id": "● UCI", "en": "● UCI reached"},
    "uci.not_reached": {"id": "✖ Belum UCI", "en": "✖ UCI not reached"},
    "uci.on_track": {"id": "● Sesuai jalur UCI", "en": "● On track for UCI"},
    "uci.off_track": {"id": "✖ Di bawah jalur UCI", "en": "✖ Below the UCI line"},
    "uci.unknown": {"id": "○ Tidak diketahui", "en": "○ Unknown"},
    "dropout.title": {
        "id": "Angka drop-out DPT-HB-Hib 1 → Campak/MR per puskesmas, {tahun}",
        "en": "Drop-out DPT-HB-Hib 1 → measles/MR by health centre, {tahun}",
    },
    "dropout.caption": {
        "id": (
            "Drop-out = (DPT-HB-Hib 1 − Campak/MR 1) ÷ DPT-HB-Hib 1 × 100, kumulatif "
            "sejak Januari; makin rendah makin baik, batas ≤ {batas}."
        ),
        "en": (
            "Drop-out = (DPT-HB-Hib 1 − measles/MR 1) ÷ DPT-HB-Hib 1 × 100, "
            "cumulative since January; lower is better, limit ≤ {batas}."
        ),
    },
    "dropout.chart_title": {
        "id": "Drop-out kumulatif (%), {tahun}",
        "en": "Cumulative drop-out (%), {tahun}",
    },
    "dropout.x_title": {"id": "Drop-out (%)", "en": "Drop-out (%)"},
    "dropout.limit": {"id": "Batas {batas}", "en": "Limit {batas}"},
    "dropout.ok": {"id": "● Dalam batas", "en": "● Within limit"},
    "dropout.over": {"id": "✖ Melebihi batas", "en": "✖ Above limit"},
    "mismatch.title": {
        "id": "Hasil vs penilaian pegawai: OPD dan unit kesehatan, {tahun}",
        "en": "Outcomes vs staff ratings: health agencies and units, {tahun}",
    },
    "mismatch.caption": {
        "id": (
            "Tidak selaras: setidaknya separuh indikator unit belum tercapai "
            "(di bawah ambang kuning) padahal lebih dari separuh pegawainya "
            "berpredikat Baik atau Sangat Baik. Unit dengan kurang dari {min_n} "
            "pegawai dinilai tidak ditampilkan persentasenya."
        ),
        "en": (
            "Mismatch: at least half of the unit's indicators are below target "
            "(under the amber threshold) while more than half of its staff are rated "
            "Good or Very Good. Shares for units with fewer than {min_n} staff rated "
            "are hidden."
        ),
    },
    "mismatch.yes": {
        "id": "⚠ Tidak selaras: target terlewat, pegawai dinilai Baik",
        "en": "⚠ Mismatch: targets missed, staff rated Good",
    },
    "mismatch.no": {"id": "● Selaras", "en": "● Consistent"},
    "mismatch.unknown": {
        "id": "○ Tidak dinilai (< {n} pegawai)",
        "en": "○ Not assessed (< {n} staff)",
    },
    "kpi.uci": {"id": "Gampong UCI", "en": "Gampong reaching UCI"},
    "kpi.uci_help": {
        "id": (
            "Gampong dengan cakupan IDL kumulatif di atas garis UCI ({ambang} × "
            "bulan/12) s.d. {periode}: {pct}."
        ),
        "en": (
            "Gampong whose cumulative IDL coverage is above the UCI line ({ambang} × "
            "month/12) up to {periode}: {pct}."
        ),
    },
    "kpi.dropout": {"id": "Drop-out kota", "en": "City drop-out"},
    "kpi.dropout_help": {
        "id": (
            "Drop-out DPT-HB-Hib 1 → Campak/MR kumulatif s.d. {periode}; batas ≤ "
            "{batas}."
        ),
        "en": (
            "Cumulative drop-out DPT-HB-Hib 1 → measles/MR up to {periode}; limit "
            "≤ {batas}."
        ),
    },
    "kpi.vs_limit": {"id": "poin dari batas", "en": "pp vs limit"},
    "kpi.projected_miss": {
        "id": "Proyeksi tidak tercapai",
        "en": "Expected to miss",
    },
    "kpi.projected_miss_help": {
        "id": (
            "Puskesmas yang proyeksi cakupan IDL akhir tahunnya (cakupan kumulatif ÷ "
            "bulan berjalan × 12; hasil akhir bila data sudah s.d. Desember) di bawah "
            "target {target}."
        ),
        "en": (
            "Health centres whose projected year-end IDL coverage (cumulative ÷ months "
            "elapsed × 12; the actual once December is in) is below the {target} "
            "target."
        ),
    },
    "col.puskesmas": {"id": "Puskesmas / kota", "en": "Health centre / city"},
    "col.unit": {"id": "Unit", "en": "Unit"},
    "col.gampong": {"id": "Gampong", "en": "Gampong"},
    "col.kecamatan": {"id": "Kecamatan", "en": "District"},
    "col.data_sampai": {"id": "Data s.d.", "en": "Data up to"},
    "col.bulan_berjalan": {"id": "Bulan berjalan", "en": "Months elapsed"},
    "col.cakupan_bulan": {"id": "Cakupan bulan itu (%)", "en": "That month (%)"},
    "col.cakupan_kumulatif": {
        "id": "Cakupan kumulatif (%)",
        "en": "Cumulative coverage (%)",
    },
    "col.target_sd_bulan": {"id": "Target s.d. bulan (%)", "en": "Target to date (%)"},
    "col.target_tahun_pct": {"id": "Target tahun (%)", "en": "Year target (%)"},
    "col.proyeksi": {"id": "Proyeksi akhir tahun (%)", "en": "Projected year-end (%)"},
    "col.perkiraan": {"id": "Perkiraan", "en": "Outlook"},
    "col.garis_uci": {"id": "Garis UCI s.d. bulan (%)", "en": "UCI line to date (%)"},
    "col.status_uci": {"id": "Status UCI", "en": "UCI status"},
    "col.status_target": {"id": "Terhadap target IDL", "en": "Against the IDL target"},
    "col.dropout_kumulatif": {
        "id": "Drop-out kumulatif (%)",
        "en": "Cumulative drop-out (%)",
    },
    "col.dropout_bulan": {"id": "Drop-out bulan itu (%)", "en": "That month (%)"},
    "col.batas": {"id": "Batas (%)", "en": "Limit (%)"},
    "col.dpt1_bulan": {"id": "DPT-HB-Hib 1 bulan itu", "en": "DPT-HB-Hib 1 that month"},
    "col.indikator_belum": {
        "id": "Indikator belum tercapai",
        "en": "Indicators below target",
    },
    "col.kesesuaian": {"id": "Hasil vs penilaian", "en": "Outcome vs rating"},
    # --- Tentang Indikator ------------------------------------------------------------
    "nav.tentang": {"id": "Tentang Indikator", "en": "About the Indicators"},
    "tentang.header": {"id": "Tentang Indikator", "en": "About the Indicators"},
    "tentang.intro": {
        "id": (
            "Katalog indikator dan aturan yang dipakai semua halaman, dibaca langsung "
            "dari data referensi di gudang data (data/reference), jadi selalu sama "
            "dengan yang dihitung."
        ),
        "en": (
            "The indicator catalogue and the rules every page uses, read straight "
            "from the reference data in the warehouse (data/reference), so it always "
            "matches what is computed."
        ),
    },
    "tentang.text_language": {
        "id": (
            "Sebagian teks indikator belum punya versi bahasa Inggris (kolom *_en di "
            "data/reference/indikator.csv) dan ditampilkan dalam Bahasa Indonesia."
        ),
        "en": (
            "Some indicator texts have no English version yet (the *_en columns of "
            "data/reference/indikator.csv) and are shown in Bahasa Indonesia."
        ),
    },
    "catalogue.title": {"id": "Katalog indikator", "en": "Indicator catalogue"},
    "catalogue.caption": {
        "id": (
            "Status hijau bila capaian ≥ 100% target periode; kuning bila capaian ≥ "
            "ambang kuning indikator; merah di bawahnya. Indikator kumulatif "
            "dibandingkan dengan target tahun × bulan/12. ⚠ = catatan menyebut fakta "
            "yang belum terkonfirmasi."
        ),
        "en": (
            "Green when attainment ≥ 100% of the period target; amber when attainment "
            "≥ the indicator's amber threshold; red below it. Cumulative indicators "
            "are compared with the year target × month/12. ⚠ = the note names a fact "
            "that is not confirmed yet."
        ),
    },
    "catalogue.details": {"id": "Rincian per indikator", "en": "Details per indicator"},
    "catalogue.definition": {"id": "Definisi", "en": "Definition"},
    "catalogue.formula": {"id": "Rumus", "en": "Formula"},
    "catalogue.source": {"id": "Sumber data", "en": "Data source"},
    "catalogue.notes": {"id": "Catatan", "en": "Notes"},
    "catalogue.targets": {"id": "Target per tahun", "en": "Targets per year"},
    "catalogue.meta": {
        "id": "Satuan {satuan} · {arah} · {kumulatif} · ambang kuning {ambang} · {opd}",
        "en": "Unit {satuan} · {arah} · {kumulatif} · amber threshold {ambang} · {opd}",
    },
    "catalogue.cumulative": {
        "id": "kumulatif sejak Januari",
        "en": "cumulative since January",
    },
    "catalogue.not_cumulative": {"id": "per periode", "en": "per period"},
    "catalogue.unconfirmed": {
        "id": "⚠ Ada fakta belum terkonfirmasi",
        "en": "⚠ Some facts not confirmed yet",
    },
    "catalogue.confirmed": {"id": "–", "en": "–"},
    "catalogue.unit_target": {"id": "{unit}: {value}", "en": "{unit}: {value}"},
    "rules.title": {"id": "Aturan yang berlaku", "en": "Rules in force"},
    "rules.caption": {
        "id": (
            "Dari data/reference/aturan.toml (dapat diubah BKPSDM; berlaku setelah "
            "`python -m pipelines build`)."
        ),
        "en": (
            "From data/reference/aturan.toml (BKPSDM may edit it; applies after "
            "`python -m pipelines build`)."
        ),
    },
    "col.aturan": {"id": "Aturan", "en": "Rule"},
    "col.nilai": {"id": "Nilai", "en": "Value"},
    "col.arti": {"id": "Arti", "en": "Meaning"},
    "col.kunci": {"id": "Kunci", "en": "Key"},
    "col.satuan": {"id": "Satuan", "en": "Unit"},
    "col.kumulatif": {"id": "Kumulatif", "en": "Cumulative"},
    "col.ambang_kuning": {"id": "Ambang kuning (%)", "en": "Amber threshold (%)"},
    "col.target_tahun_x": {"id": "Target {tahun}", "en": "Target {tahun}"},
    "col.target_semua": {"id": "Target per tahun", "en": "Targets per year"},
    "col.definisi": {"id": "Definisi", "en": "Definition"},
    "col.rumus": {"id": "Rumus", "en": "Formula"},
    "col.sumber_data": {"id": "Sumber data", "en": "Data source"},
    "col.catatan": {"id": "Catatan", "en": "Notes"},
    "col.konfirmasi": {"id": "Konfirmasi", "en": "Confirmation"},
    "rule.label.imunisasi.ambang_uci_pct": {"id": "Ambang UCI", "en": "UCI threshold"},
    "rule.imunisasi.ambang_uci_pct": {
        "id": (
            "Gampong mencapai UCI bila cakupan IDL kumulatifnya minimal nilai ini "
            "(sumber berbeda: 80% nasional, 85% di beberapa provinsi)."
        ),
        "en": (
            "A gampong reaches UCI when its cumulative IDL coverage is at least this "
            "(sources differ: 80% national, 85% in several provinces)."
        ),
    },
    "rule.label.imunisasi.batas_drop_out_pct": {
        "id": "Batas drop-out",
        "en": "Drop-out limit",
    },
    "rule.imunisasi.batas_drop_out_pct": {
        "id": (
            "Drop-out DPT-HB-Hib 1 → Campak/MR harus tetap pada atau di bawah "
            "nilai ini."
        ),
        "en": "Drop-out DPT-HB-Hib 1 → measles/MR must stay at or below this.",
    },
    "rule.label.ikm.min_responden": {
        "id": "Minimal responden IKM",
        "en": "Minimum IKM responses",
    },
    "rule.ikm.min_responden": {
        "id": "IKM dari responden lebih sedikit dari ini ditandai kurang andal.",
        "en": "An IKM from fewer responses than this is marked unreliable.",
    },
    "rule.label.jp.hak_pns": {"id": "Hak JP PNS", "en": "PNS training right"},
    "rule.jp.hak_pns": {
        "id": "PNS berhak atas pengembangan kompetensi minimal sekian JP per tahun.",
        "en": "PNS have a right to at least this many training hours (JP) a year.",
    },
    "rule.label.jp.batas_pppk": {"id": "Batas JP PPPK", "en": "PPPK training cap"},
    "rule.jp.batas_pppk": {
        "id": "PPPK paling banyak sekian JP pengembangan kompetensi per tahun.",
        "en": "PPPK may take at most this many training hours (JP) a year.",
    },
    "rule.label.skp.hari_batas_pengisian": {
        "id": "Batas keterlambatan laporan",
        "en": "Late-report limit",
    },
    "rule.skp.hari_batas_pengisian": {
        "id": (
            "Laporan mandiri SKP terlambat bila diisi lebih dari sekian hari setelah "
            "periodenya berakhir."
        ),
        "en": (
            "An SKP self-report is late when submitted more than this many days after "
            "its period ends."
        ),
    },
    "rule.label.indikator.capaian_maks_pct": {
        "id": "Batas atas capaian",
        "en": "Attainment cap",
    },
    "rule.indikator.capaian_maks_pct": {
        "id": (
            "Capaian dibatasi pada nilai ini agar satu pencilan tidak mendominasi "
            "rata-rata."
        ),
        "en": "Attainment is capped at this so one outlier does not dominate averages.",
    },
    "rule.label.data.min_orang_agregat": {
        "id": "Minimal orang per agregat",
        "en": "Minimum people per aggregate",
    },
    "rule.data.min_orang_agregat": {
        "id": (
            "Unit dengan pegawai lebih sedikit dari ini diperingkat \u201ctidak "
            "pasti\u201d dan angka agregatnya disembunyikan bagi peran tanpa akses "
            "individu."
        ),
        "en": (
            "Units with fewer people than this are ranked as uncertain and their "
            "aggregates are hidden from roles without individual access."
        ),
    },
    "rule.label.data.min_kelengkapan_pct": {
        "id": "Minimal kelengkapan data",
        "en": "Minimum data completeness",
    },
    "rule.data.min_kelengkapan_pct": {
        "id": (
            "Unit dengan kelengkapan data di bawah nilai ini diperingkat "
            "\u201ctidak pasti\u201d."
        ),
        "en": "Units whose data completeness is below this are ranked as uncertain.",
    },
    # --- Pariwisata ------------------------------------------------------------------
    "nav.pariwisata": {"id": "Pariwisata", "en": "Tourism"},
    "pariwisata.header": {"id": "Pariwisata", "en": "Tourism"},
    "pariwisata.intro": {
        "id": (
            "Kualitas layanan wisata {tahun}: Indeks Kepuasan Masyarakat (IKM) per "
            "unit layanan dengan mutu A–D, sembilan unsur survei, tren per triwulan, "
            "pengaduan yang ditindaklanjuti, dan kunjungan wisatawan sebagai konteks. "
            "Hanya angka agregat."
        ),
        "en": (
            "Tourism service quality {tahun}: the public satisfaction index (IKM) per "
            "service unit with its A–D grade, the nine survey elements, the trend by "
            "quarter, complaints handled, and tourist arrivals as context. "
            "Aggregates only."
        ),
    },
    "pariwisata.sector_ignored": {
        "id": (
            "Halaman ini khusus sektor Pariwisata; filter sektor \u201c{sektor}\u201d "
            "tidak dipakai di sini."
        ),
        "en": (
            "This page covers the Tourism sector only; the sector filter "
            "\u201c{sektor}\u201d does not apply here."
        ),
    },
    "ikm.title": {
        "id": "IKM per unit layanan wisata, {tahun}",
        "en": "IKM by tourism service unit, {tahun}",
    },
    "ikm.caption": {
        "id": (
            "IKM = rata-rata nilai sembilan unsur (skala 1–4) × 25. Mutu: A Sangat "
            "Baik ≥ 88,31; B Baik ≥ 76,61; C Kurang Baik ≥ 65,00; D Tidak Baik "
            "(PermenPANRB 14/2017). IKM dari kurang dari {min} responden ditandai "
            "tidak andal; triwulan yang belum selesai pada tanggal data ditandai "
            "masih berjalan."
        ),
        "en": (
            "IKM = mean score of the nine elements (scale 1–4) × 25. Grade: A Very "
            "good ≥ 88.31; B Good ≥ 76.61; C Poor ≥ 65.00; D Very poor "
            "(PermenPANRB 14/2017). An IKM from fewer than {min} responses is marked "
            "unreliable; a quarter not finished at the data date is marked in "
            "progress."
        ),
    },
    "ikm.chart_title": {
        "id": "IKM tahunan per unit, {tahun}",
        "en": "Yearly IKM by unit, {tahun}",
    },
    "ikm.x_title": {"id": "IKM (25–100)", "en": "IKM (25–100)"},
    "ikm.target": {"id": "Target {target}", "en": "Target {target}"},
    "ikm.unreliable": {
        "id": "⚠ tidak andal: hanya {n} responden (< {min})",
        "en": "⚠ unreliable: only {n} responses (< {min})",
    },
    "ikm.unreliable_short": {"id": "tidak andal", "en": "unreliable"},
    "ikm.reliable": {
        "id": "● andal ({n} responden)",
        "en": "● reliable ({n} responses)",
    },
    "ikm.in_progress": {
        "id": "◐ masih berjalan (data s.d. {date})",
        "en": "◐ in progress (data to {date})",
    },
    "ikm.trend_title": {
        "id": "IKM per triwulan, {tahun}",
        "en": "IKM by quarter, {tahun}",
    },
    "ikm.trend_caption": {
        "id": (
            "⚠ = tidak andal (terlalu sedikit responden); … = triwulan masih berjalan."
        ),
        "en": "⚠ = unreliable (too few responses); … = quarter still in progress.",
    },
    "unsur.title": {
        "id": "Sembilan unsur pelayanan per unit, {tahun}",
        "en": "The nine service elements by unit, {tahun}",
    },
    "unsur.caption": {
        "id": (
            "Nilai rata-rata (NRR, 1–4) tiap unsur; ▼ menandai unsur terlemah unit "
            "itu. Jingga = rendah, biru = tinggi."
        ),
        "en": (
            "Mean score (NRR, 1–4) of each element; ▼ marks the unit's weakest "
            "element. Orange = low, blue = high."
        ),
    },
    "unsur.chart_title": {
        "id": "NRR per unsur, {tahun}",
        "en": "Mean score per element, {tahun}",
    },
    "unsur.colorbar": {"id": "NRR", "en": "NRR"},
    "unsur.u1": {"id": "Persyaratan", "en": "Requirements"},
    "unsur.u2": {
        "id": "Sistem, mekanisme dan prosedur",
        "en": "Systems, mechanisms and procedures",
    },
    "unsur.u3": {"id": "Waktu penyelesaian", "en": "Completion time"},
    "unsur.u4": {"id": "Biaya/tarif", "en": "Cost/fee"},
    "unsur.u5": {
        "id": "Produk spesifikasi jenis pelayanan",
        "en": "Service product specification",
    },
    "unsur.u6": {"id": "Kompetensi pelaksana", "en": "Staff competence"},
    "unsur.u7": {"id": "Perilaku pelaksana", "en": "Staff conduct"},
    "unsur.u8": {
        "id": "Penanganan pengaduan, saran dan masukan",
        "en": "Handling of complaints and suggestions",
    },
    "unsur.u9": {"id": "Sarana dan prasarana", "en": "Facilities"},
    "mutu.A": {"id": "Sangat Baik", "en": "Very good"},
    "mutu.B": {"id": "Baik", "en": "Good"},
    "mutu.C": {"id": "Kurang Baik", "en": "Poor"},
    "mutu.D": {"id": "Tidak Baik", "en": "Very poor"},
    "aduan.title": {
        "id": "Pengaduan wisatawan ditindaklanjuti ≤ 5 hari kerja, {tahun}",
        "en": "Tourist complaints handled within 5 working days, {tahun}",
    },
    "aduan.caption": {
        "id": "Persentase pengaduan per unit dan triwulan terhadap target.",
        "en": "Share of complaints per unit and quarter against the target.",
    },
    "visits.title": {"id": "Kunjungan wisatawan", "en": "Tourist arrivals"},
    "visits.caption": {
        "id": (
            "Konteks: angka resmi yang diberitakan (Dinas Pariwisata; sebagian hanya "
            "Januari–April) di samping kunjungan tercatat dalam data (kumulatif, "
            "terhadap target yang diproporsikan ke bulan). Kolom Januari–April dapat "
            "dibandingkan langsung dengan angka Januari–April."
        ),
        "en": (
            "Context: the published figures (tourism office, as reported; some cover "
            "January–April only) beside the visits recorded in the data (cumulative, "
            "against the target pro-rated to the month). The January–April column "
            "compares directly with the January–April figures."
        ),
    },
    "tourism_mismatch.title": {
        "id": "Hasil vs penilaian pegawai: OPD dan unit pariwisata, {tahun}",
        "en": "Outcomes vs staff ratings: tourism agencies and units, {tahun}",
    },
    "kpi.ikm_mean": {"id": "Rata-rata IKM unit", "en": "Mean unit IKM"},
    "kpi.ikm_mean_help": {
        "id": "Rata-rata IKM tahunan {tahun} dari unit layanan wisata yang disurvei.",
        "en": "Mean yearly IKM {tahun} of the surveyed tourism service units.",
    },
    "kpi.ikm_reliable": {
        "id": "Unit dengan IKM andal",
        "en": "Units with a reliable IKM",
    },
    "kpi.ikm_reliable_help": {
        "id": "Unit yang IKM tahunannya berasal dari cukup responden.",
        "en": "Units whose yearly IKM comes from enough responses.",
    },
    "kpi.visits": {
        "id": "Kunjungan tercatat (kumulatif)",
        "en": "Recorded visits (to date)",
    },
    "kpi.visits_help": {
        "id": "Kunjungan wisatawan sejak Januari; target s.d. bulan data: {target}.",
        "en": "Tourist visits since January; target to the data month: {target}.",
    },
    "kpi.aduan": {
        "id": "Pengaduan ≤ 5 hari (kota)",
        "en": "Complaints ≤ 5 days (city)",
    },
    "kpi.aduan_help": {
        "id": "Persentase pengaduan ditindaklanjuti ≤ 5 hari kerja, periode terakhir.",
        "en": "Share of complaints handled within 5 working days, latest period.",
    },
    "col.ikm": {"id": "IKM", "en": "IKM"},
    "col.mutu": {"id": "Mutu · kinerja unit", "en": "Grade · unit performance"},
    "col.unsur_terlemah": {"id": "Unsur terlemah (NRR)", "en": "Weakest element (NRR)"},
    "col.responden": {"id": "Responden", "en": "Responses"},
    "col.keandalan": {"id": "Keandalan", "en": "Reliability"},
    "col.target": {"id": "Target", "en": "Target"},
    "col.tahun": {"id": "Tahun", "en": "Year"},
    "col.ref_periode": {"id": "Cakupan angka resmi", "en": "Published figure covers"},
    "col.ref_nusantara": {"id": "Nusantara (resmi)", "en": "Domestic (published)"},
    "col.ref_mancanegara": {"id": "Mancanegara (resmi)", "en": "Foreign (published)"},
    "col.ref_total": {"id": "Total (resmi)", "en": "Total (published)"},
    "col.kunjungan_tercatat": {
        "id": "Kunjungan tercatat (kumulatif)",
        "en": "Recorded visits (cumulative)",
    },
    "col.kunjungan_jan_apr": {
        "id": "Tercatat Januari–April",
        "en": "Recorded January–April",
    },
    "col.target_kunjungan": {
        "id": "Target s.d. bulan data",
        "en": "Target to the data month",
    },
    "chart.quarter": {"id": "Triwulan", "en": "Quarter"},
    "chart.periode": {"id": "Periode", "en": "Period"},
    "chart.target_line": {"id": "Target", "en": "Target"},
    # --- Pemberdayaan Masyarakat -----------------------------------------------------
    "nav.pemberdayaan": {
        "id": "Pemberdayaan Masyarakat",
        "en": "Community Empowerment",
    },
    "pemberdayaan.header": {
        "id": "Pemberdayaan Masyarakat",
        "en": "Community Empowerment",
    },
    "pemberdayaan.intro": {
        "id": (
            "Hasil program per gampong {tahun}: partisipasi musyawarah, penyerapan "
            "dana desa (kumulatif terhadap target yang diproporsikan), keluarga "
            "miskin (makin rendah makin baik) dan Indeks Desa Membangun dengan "
            "statusnya. Hanya angka agregat."
        ),
        "en": (
            "Programme outcomes per gampong {tahun}: participation in village "
            "meetings, village-fund absorption (cumulative against the pro-rated "
            "target), poor households (lower is better) and the Village Development "
            "Index with its status. Aggregates only."
        ),
    },
    "pemberdayaan.sector_ignored": {
        "id": (
            "Halaman ini khusus sektor Pemberdayaan Masyarakat; filter sektor "
            "\u201c{sektor}\u201d tidak dipakai di sini."
        ),
        "en": (
            "This page covers the Community Empowerment sector only; the sector "
            "filter \u201c{sektor}\u201d does not apply here."
        ),
    },
    "pmd.scorecard_title": {
        "id": "Kartu skor gampong, {tahun}",
        "en": "Gampong scorecard, {tahun}",
    },
    "pmd.scorecard_caption": {
        "id": (
            "Nilai terakhir tiap indikator pada tahun itu terhadap target periodenya: "
            "● tercapai, ▲ mendekati, ✖ belum tercapai. Status IDM (Permendesa "
            "2/2016): Sangat Tertinggal ≤ 0,491; Tertinggal ≤ 0,599; Berkembang "
            "≤ 0,707; Maju ≤ 0,815; Mandiri > 0,815. Gampong dengan paling sedikit "
            "indikator tercapai di atas."
        ),
        "en": (
            "Each indicator's latest value of the year against that period's target: "
            "● on target, ▲ near target, ✖ below target. IDM status (Permendesa "
            "2/2016): Very underdeveloped ≤ 0.491; Underdeveloped ≤ 0.599; "
            "Developing ≤ 0.707; Advanced ≤ 0.815; Self-reliant > 0.815. Gampong "
            "with the fewest indicators on target first."
        ),
    },
    "pmd.furthest_title": {
        "id": "Gampong terjauh dari target, {tahun}",
        "en": "Gampong furthest from target, {tahun}",
    },
    "pmd.furthest_caption": {
        "id": (
            "Diurutkan menurut capaian (nilai ÷ target; untuk keluarga miskin target "
            "÷ nilai). Tabel: tiga gampong terjauh per indikator."
        ),
        "en": (
            "Ranked by attainment (value ÷ target; for poor households target ÷ "
            "value). Table: the three furthest gampong per indicator."
        ),
    },
    "pmd.furthest_chart": {
        "id": "Capaian {indikator} per gampong (terjauh di atas)",
        "en": "{indikator} attainment by gampong (furthest first)",
    },
    "pmd.indicator": {"id": "Indikator", "en": "Indicator"},
    "pmd.bar_text": {
        "id": "{symbol} {capaian} · nilai {nilai}",
        "en": "{symbol} {capaian} · value {nilai}",
    },
    "pmd.trend_title": {
        "id": "{indikator}: Kota Sabang per periode",
        "en": "{indikator}: Kota Sabang by period",
    },
    "pmd.trend_section": {
        "id": "Tren per indikator, {tahun}",
        "en": "Trend by indicator, {tahun}",
    },
    "pmd.trend_caption": {
        "id": (
            "Nilai kota per bulan atau triwulan terhadap target periode (dana desa: "
            "kumulatif terhadap target yang diproporsikan ke bulan). Indikator "
            "tahunan ditampilkan per tahun."
        ),
        "en": (
            "The city's value by month or quarter against the period's target "
            "(village fund: cumulative against the target pro-rated to the month). "
            "Yearly indicators are shown by year."
        ),
    },
    "pmd.city": {"id": "Kota Sabang", "en": "Kota Sabang"},
    "pmd.target_short": {"id": "target", "en": "target"},
    "pmd.on_target": {"id": "sudah mencapai target", "en": "on target"},
    "pmd.gap_points": {"id": "kurang {gap} poin", "en": "{gap} points short"},
    "pmd.gap_index": {"id": "kurang {gap}", "en": "{gap} short"},
    "pmd.short.PMD-PARTISIPASI": {
        "id": "Partisipasi musyawarah",
        "en": "Participation",
    },
    "pmd.short.PMD-DANA-DESA": {
        "id": "Penyerapan dana desa",
        "en": "Village fund absorption",
    },
    "pmd.short.PMD-KELUARGA-MISKIN": {"id": "Keluarga miskin", "en": "Poor households"},
    "pmd.short.PMD-IDM": {"id": "IDM", "en": "IDM"},
    "pmd.y.PMD-PARTISIPASI": {"id": "Partisipasi (%)", "en": "Participation (%)"},
    "pmd.y.PMD-DANA-DESA": {
        "id": "Dana desa terserap (%)",
        "en": "Village fund absorbed (%)",
    },
    "pmd.y.PMD-KELUARGA-MISKIN": {
        "id": "Keluarga miskin (%)",
        "en": "Poor households (%)",
    },
    "pmd.y.PMD-IDM": {"id": "IDM (0–1)", "en": "IDM (0–1)"},
    "pmd.kpi.PMD-PARTISIPASI": {
        "id": "Gampong capai target partisipasi",
        "en": "Gampong on participation target",
    },
    "pmd.kpi.PMD-DANA-DESA": {
        "id": "Gampong capai target dana desa",
        "en": "Gampong on village-fund target",
    },
    "pmd.kpi.PMD-KELUARGA-MISKIN": {
        "id": "Gampong capai target keluarga miskin",
        "en": "Gampong on poor-household target",
    },
    "pmd.kpi.idm": {
        "id": "Gampong Maju atau Mandiri",
        "en": "Gampong Advanced or Self-reliant",
    },
    "pmd.kpi_help": {
        "id": "Gampong yang mencapai target / gampong yang punya target.",
        "en": "Gampong on target / gampong with a target.",
    },
    "pmd.kpi_idm_help": {
        "id": "Status IDM Maju (> 0,707) atau Mandiri (> 0,815).",
        "en": "IDM status Advanced (> 0.707) or Self-reliant (> 0.815).",
    },
    "pmd_mismatch.title": {
        "id": "Hasil vs penilaian pegawai: DPMG dan gampong, {tahun}",
        "en": "Outcomes vs staff ratings: DPMG and the gampong, {tahun}",
    },
    "idm.sangat_tertinggal": {"id": "Sangat Tertinggal", "en": "Very underdeveloped"},
    "idm.tertinggal": {"id": "Tertinggal", "en": "Underdeveloped"},
    "idm.berkembang": {"id": "Berkembang", "en": "Developing"},
    "idm.maju": {"id": "Maju", "en": "Advanced"},
    "idm.mandiri": {"id": "Mandiri", "en": "Self-reliant"},
    "col.status_idm": {"id": "Status IDM", "en": "IDM status"},
    "col.selisih": {"id": "Jarak ke target", "en": "Distance to target"},
    "unit.hari": {"id": "hari", "en": "days"},
    "unit.jp": {"id": "JP", "en": "JP"},
    "unit.orang": {"id": "orang", "en": "people"},
    "unit.indeks": {"id": "indeks", "en": "index"},
    "unit.responden": {"id": "responden", "en": "responses"},
    # --- Ringkasan Kota: drill-down, alerts, mismatch --------------------------
    "drill.title": {
        "id": "Rincian per unit, {tahun}",
        "en": "Details by unit, {tahun}",
    },
    "drill.caption": {
        "id": (
            "Turun dari kota ke sektor (OPD-nya dan matriks unit × indikator dengan "
            "rata-rata), ke OPD, ke unit (indikatornya per periode) dan ke satu "
            "indikator (per unit, atau per periode untuk unit terpilih). Pilihan "
            "tersimpan di alamat halaman: salin tautannya untuk membuka tampilan "
            "yang sama."
        ),
        "en": (
            "Go down from the city to a sector (its agencies and the unit × "
            "indicator matrix with averages), to an agency, to a unit (its "
            "indicators by period) and to one indicator (across units, or by period "
            "for the chosen unit). The choice is kept in the page address: copy the "
            "link to reopen the same view."
        ),
    },
    "drill.sector": {"id": "Sektor", "en": "Sector"},
    "drill.unit": {"id": "Unit", "en": "Unit"},
    "drill.pick_sector": {"id": "— pilih sektor —", "en": "— pick a sector —"},
    "drill.crumb_city": {"id": "Kota Sabang", "en": "Kota Sabang"},
    "drill.unit_title": {
        "id": "Indikator {unit} per periode, {tahun}",
        "en": "Indicators of {unit} by period, {tahun}",
    },
    "drill.avg_row": {"id": "Rata-rata sektor", "en": "Sector average"},
    "drill.avg_text": {
        "id": "{n} / {m} indikator unit tercapai",
        "en": "{n} / {m} unit indicators on target",
    },
    "drill.legend": {
        "id": (
            "Status terhadap target periode sesuai arah indikator (● tercapai, "
            "▲ mendekati, ✖ belum tercapai); tren: ▲ membaik / ▼ memburuk dibanding "
            "periode sebelumnya. Baris pertama: rata-rata capaian seluruh unit sektor."
        ),
        "en": (
            "Status against the period target in the indicator's direction "
            "(● on target, ▲ close, ✖ below target); trend: ▲ improving / ▼ worsening "
            "against the previous period. First row: mean attainment of the sector's "
            "units."
        ),
    },
    "drill.chart_title": {
        "id": "Capaian indikator {unit} per periode, {tahun}",
        "en": "Indicator attainment of {unit} by period, {tahun}",
    },
    "drill.chart_x": {"id": "Periode", "en": "Period"},
    "drill.chart_y": {
        "id": "Capaian terhadap target periode (%)",
        "en": "Attainment vs period target (%)",
    },
    "drill.chart_target": {"id": "Target periode (100%)", "en": "Period target (100%)"},
    "alerts.title": {"id": "Peringatan, {tahun}", "en": "Alerts, {tahun}"},
    "alerts.caption": {
        "id": (
            "Jumlah saja (tanpa nama pegawai); klik untuk membuka halaman rinciannya."
        ),
        "en": "Counts only (no staff names); click to open the page with the details.",
    },
    "alerts.kota_meleset": {
        "id": "{sektor}: {n} dari {dari} indikator kota belum tercapai",
        "en": "{sektor}: {n} of {dari} city indicators not on target",
    },
    "alerts.idl_proyeksi": {
        "id": "{n} dari {dari} puskesmas diproyeksikan tidak mencapai target IDL",
        "en": "{n} of {dari} health centres projected to miss the IDL target",
    },
    "alerts.ikm_lemah": {
        "id": "{n} dari {dari} unit wisata dengan mutu IKM C/D atau IKM belum andal",
        "en": "{n} of {dari} tourism units with IKM grade C/D or an unreliable IKM",
    },
    "alerts.gampong_meleset": {
        "id": "{n} dari {dari} gampong dengan indikator belum tercapai",
        "en": "{n} of {dari} gampong with an indicator below target",
    },
    "alerts.ketidaksesuaian": {
        "id": (
            "{sektor}: {n} dari {dari} unit dinilai dengan hasil tidak selaras "
            "dengan penilaian pegawai"
        ),
        "en": (
            "{sektor}: {n} of {dari} assessed units with outcomes inconsistent "
            "with staff ratings"
        ),
    },
    "alerts.karantina": {
        "id": (
            "{n} baris ditolak (karantina) dari {dari} berkas · "
            "{ditolak} berkas ditolak"
        ),
        "en": (
            "{n} rows rejected (quarantine) from {dari} files · "
            "{ditolak} files rejected"
        ),
    },
    "alerts.none": {"id": "Tidak ada peringatan.", "en": "No alerts."},
    "mismatch.city_title": {
        "id": "Hasil vs penilaian pegawai: OPD dan unit tidak selaras, {tahun}",
        "en": "Outcomes vs staff ratings: inconsistent agencies and units, {tahun}",
    },
    "mismatch.city_caption": {
        "id": (
            "Unit semua sektor yang target indikatornya terlewat padahal sebagian "
            "besar "
            "pegawainya berpredikat Baik ke atas; unit yang sama-sama meleset tetapi "
            "kurang dari {min_n} pegawainya dinilai ditampilkan sebagai tidak dinilai. "
            "Unit tanpa pegawai (gampong) dinilai di tingkat OPD di atas."
        ),
        "en": (
            "Units of every sector that miss their indicator targets while most of "
            "their staff are rated Good or better; units that miss as much but have "
            "fewer than {min_n} staff rated are shown as not assessed. Units without "
            "staff (gampong) are judged at the agency level above."
        ),
    },
    "mismatch.none": {
        "id": (
            "Tidak ada unit dengan hasil yang tidak selaras dengan penilaian pegawai."
        ),
        "en": "No unit whose outcomes are inconsistent with its staff ratings.",
    },
    # --- Leadership views (issue 3): averages, drill levels, links, OPD mismatch ---
    "status.sementara": {
        "id": "◐ Sementara ({status})",
        "en": "◐ Provisional ({status})",
    },
    "scorecard.sector_avg": {
        "id": "Rata-rata sektor · {n} / {m} indikator kota tercapai",
        "en": "Sector average · {n} / {m} city indicators on target",
    },
    "col.rata_unit": {"id": "Rata-rata unit (%)", "en": "Mean of units (%)"},
    "col.unit_tercapai": {"id": "Unit tercapai", "en": "Units on target"},
    "col.rata_rata": {"id": "Rata-rata (%)", "en": "Average (%)"},
    "col.tercapai": {"id": "Tercapai", "en": "On target"},
    "col.n_unit": {"id": "Unit", "en": "Units"},
    "col.n_opd": {"id": "OPD", "en": "Agencies"},
    "col.hasil_tercapai": {"id": "Hasil tercapai", "en": "Results on target"},
    "col.hasil_belum": {
        "id": "Hasil di bawah ambang",
        "en": "Results below threshold",
    },
    "col.unit_meleset": {
        "id": "Unit yang meleset",
        "en": "Units missing their targets",
    },
    "kpi.ikm_running": {
        "id": "Rata-rata IKM unit wisata (sementara)",
        "en": "Average IKM, tourism units (provisional)",
    },
    "kpi.ikm_running_help": {
        "id": "Tahun {tahun} masih berjalan: IKM dari jawaban sejauh ini, belum final.",
        "en": "{tahun} is still running: IKM from the responses so far, not final.",
    },
    "kpi.ikm_mean_running": {
        "id": "Rata-rata IKM unit (sementara)",
        "en": "Mean unit IKM (provisional)",
    },
    "ikm.provisional": {"id": "{grade} (sementara)", "en": "{grade} (provisional)"},
    "ikm.running_short": {"id": "sementara", "en": "provisional"},
    "ikm.chart_title_running": {
        "id": "IKM tahunan per unit, {tahun} — sementara (data s.d. {date}, arsir)",
        "en": "Yearly IKM by unit, {tahun} — provisional (data to {date}, hatched)",
    },
    "drill.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "drill.indicator": {"id": "Indikator", "en": "Indicator"},
    "drill.all_opd": {"id": "— semua OPD sektor ini —", "en": "— every agency —"},
    "drill.all_units_opd": {
        "id": "— semua unit OPD ini —",
        "en": "— every unit of this agency —",
    },
    "drill.all_indicators": {
        "id": "— semua indikator —",
        "en": "— every indicator —",
    },
    "drill.locked": {"id": "—", "en": "—"},
    "drill.back_to": {"id": "Kembali ke {nama}", "en": "Back to {nama}"},
    "drill.city_title": {
        "id": "Rata-rata per sektor (unit)",
        "en": "Averages by sector (units)",
    },
    "drill.city_caption": {
        "id": (
            "Hasil semua unit tiap sektor pada periode terakhir yang dinilai; pilih "
            "sektor untuk turun ke OPD, unit dan indikator."
        ),
        "en": (
            "Every unit's results per sector in the latest graded period; pick a "
            "sector to go down to agency, unit and indicator."
        ),
    },
    "drill.opd_title": {
        "id": "OPD sektor {sektor}: hasil vs penilaian pegawai",
        "en": "Agencies of {sektor}: outcomes vs staff ratings",
    },
    "drill.matrix_title": {
        "id": "Kartu skor unit × indikator · {lingkup}",
        "en": "Scorecard unit × indicator · {lingkup}",
    },
    "drill.tab_matrix": {"id": "Matriks", "en": "Matrix"},
    "drill.tab_list": {"id": "Daftar dengan tren", "en": "List with trend"},
    "drill.matrix_legend": {
        "id": (
            "Sel: capaian terhadap target periode (● tercapai, ▲ mendekati, ✖ belum "
            "tercapai, ◐ sementara). Baris pertama: rata-rata tiap indikator atas "
            "unit; kolom Rata-rata: rata-rata tiap unit atas indikatornya."
        ),
        "en": (
            "Cell: attainment against the period target (● on target, ▲ near, "
            "✖ below, ◐ provisional). First row: each indicator's mean over the units; "
            "Average column: each unit's mean over its indicators."
        ),
    },
    "drill.avg_indicator_row": {
        "id": "Rata-rata indikator",
        "en": "Indicator average",
    },
    "drill.indicator_chart_title": {
        "id": "{indikator} per unit, {tahun}",
        "en": "{indikator} by unit, {tahun}",
    },
    "drill.indicator_chart_x": {
        "id": "Capaian terhadap target periode (%)",
        "en": "Attainment vs period target (%)",
    },
    "drill.indicator_bar": {
        "id": "{simbol} {nilai} (target {target}) · {status}",
        "en": "{simbol} {nilai} (target {target}) · {status}",
    },
    "drill.unit_indicator_title": {
        "id": "{indikator} · {unit}, {tahun}",
        "en": "{indikator} · {unit}, {tahun}",
    },
    "drill.value_axis": {"id": "Realisasi", "en": "Actual"},
    "drill.target_line": {"id": "Target periode", "en": "Period target"},
    "drill.open_sector": {
        "id": "Buka halaman {sektor}",
        "en": "Open the {sektor} page",
    },
    "drill.open_unit": {
        "id": "Buka {unit} di halaman {sektor}",
        "en": "Open {unit} on the {sektor} page",
    },
    "sector.to_drill": {
        "id": "Rincian unit {sektor} di Ringkasan Kota (matriks, indikator per unit)",
        "en": "{sektor} units in the City Overview drill-down (matrix, by unit)",
    },
    "sector.to_drill_unit": {
        "id": "Lihat {unit} di rincian Ringkasan Kota",
        "en": "See {unit} in the City Overview drill-down",
    },
    "alerts.ketidaksesuaian_opd": {
        "id": (
            "{sektor}: {n} dari {dari} OPD dinilai dengan hasil tidak selaras "
            "dengan penilaian pegawai"
        ),
        "en": (
            "{sektor}: {n} of {dari} assessed agencies with outcomes inconsistent "
            "with staff ratings"
        ),
    },
    "mismatch.opd_level": {"id": "Tingkat OPD", "en": "Agency level"},
    "mismatch.no_staff": {
        "id": "○ Tanpa pegawai di unit ini (lihat tingkat OPD)",
        "en": "○ No staff in this unit (see the agency level)",
    },
    "mismatch.unit_level": {"id": "Tingkat unit", "en": "Unit level"},
    "mismatch.opd_caption": {
        "id": (
            "Semua hasil indikator OPD (tiap unit, atau kota bila tidak diukur per "
            "unit) digabung: tidak selaras bila setidaknya {min_pct} di bawah ambang "
            "kuning padahal lebih dari {min_baik} pegawai OPD berpredikat Baik ke "
            "atas. Menangkap OPD yang pegawainya tidak duduk di unit berindikator "
            "(mis. DPMG: indikator per gampong). OPD dengan kurang dari {min_n} "
            "pegawai dinilai tidak dinilai."
        ),
        "en": (
            "All the agency's indicator results (each unit, or the city when not "
            "measured per unit) pooled: inconsistent when at least {min_pct} are "
            "below the amber threshold while more than {min_baik} of the agency's "
            "staff are rated Good or better. Catches agencies whose staff do not sit "
            "in the units with indicators (e.g. DPMG: indicators per gampong). "
            "Agencies with fewer than {min_n} staff rated are not assessed."
        ),
    },
    "mismatch.opd_none": {
        "id": "Tidak ada OPD dengan indikator yang dinilai tahun ini.",
        "en": "No agency with graded indicators this year.",
    },
    "mismatch.units_missing": {
        "id": "{n} dari {dari}: {nama}",
        "en": "{n} of {dari}: {nama}",
    },
    "ind.short.KES-IDL": {"id": "IDL", "en": "IDL"},
    "ind.short.KES-DPT1": {"id": "DPT-HB-Hib 1", "en": "DPT-HB-Hib 1"},
    "ind.short.KES-MR1": {"id": "Campak/MR 1", "en": "Measles/MR 1"},
    "ind.short.KES-DO": {"id": "Drop-out ↓", "en": "Drop-out ↓"},
    "ind.short.KES-UCI": {"id": "Gampong UCI", "en": "UCI gampong"},
    "ind.short.PAR-IKM": {"id": "IKM", "en": "IKM"},
    "ind.short.PAR-KUNJUNGAN": {"id": "Kunjungan", "en": "Visits"},
    "ind.short.PAR-ADUAN": {"id": "Aduan ≤ 5 hari", "en": "Complaints ≤ 5 days"},
    "ind.short.PMD-PARTISIPASI": {"id": "Partisipasi", "en": "Participation"},
    "ind.short.PMD-DANA-DESA": {"id": "Dana desa", "en": "Village fund"},
    "ind.short.PMD-KELUARGA-MISKIN": {
        "id": "Keluarga miskin ↓",
        "en": "Poor households ↓",
    },
    "ind.short.PMD-IDM": {"id": "IDM", "en": "IDM"},
}


def _merge_parts() -> None:
    """Pages with many strings keep them in their own i18n_<area>.py module; they are
    merged here into the one table (a key may be defined only once)."""
    for part in (i18n_people, i18n_flags, i18n_training, i18n_awards, i18n_access):
        clash = set(TEXTS) & set(part.TEXTS)
        if clash:
            raise KeyError(f"i18n keys defined twice: {sorted(clash)}")
        TEXTS.update(part.TEXTS)


_merge_parts()


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
