"""UI strings of Peringatan Dini (watch lists, follow-up actions).

Part of the one translation table: merged into i18n.TEXTS. Every key but the page
title starts with `peringatan.`.
"""

TEXTS: dict[str, dict[str, str]] = {
    "nav.peringatan": {"id": "Peringatan Dini", "en": "Early Warning"},
    "peringatan.intro": {
        "id": (
            "Pegawai dan unit yang ditandai oleh aturan sinyal (aturan.toml "
            "[sinyal]), dengan alasan dan angka di baliknya, tindak lanjut yang "
            "dicatat BKPSDM atau kepala OPD, dan apakah tanda bergerak sesudahnya."
        ),
        "en": (
            "Staff and units flagged by the signal rules (aturan.toml [sinyal]), with "
            "the reason and the numbers behind each flag, the follow-up actions "
            "recorded by BKPSDM or the head of the OPD, and whether the flag moved "
            "afterwards."
        ),
    },
    # --- signals ------------------------------------------------------------------
    "peringatan.sinyal.kinerja_rendah": {
        "id": "Kinerja rendah",
        "en": "Low performance",
    },
    "peringatan.sinyal.stagnasi_pegawai": {
        "id": "Stagnasi pegawai",
        "en": "Staff stagnation",
    },
    "peringatan.sinyal.resistensi": {
        "id": "Resistensi terhadap perubahan",
        "en": "Resistance to change",
    },
    "peringatan.sinyal.stagnasi_unit": {
        "id": "Stagnasi unit",
        "en": "Unit stagnation",
    },
    "peringatan.sinyal.ketidaksesuaian_hasil": {
        "id": "Hasil tidak selaras dengan penilaian",
        "en": "Outcomes vs ratings mismatch",
    },
    "peringatan.sinyal_singkat.kinerja_rendah": {
        "id": "Kinerja rendah",
        "en": "Low performance",
    },
    "peringatan.sinyal_singkat.stagnasi_pegawai": {
        "id": "Stagnasi pegawai",
        "en": "Staff stagnation",
    },
    "peringatan.sinyal_singkat.resistensi": {"id": "Resistensi", "en": "Resistance"},
    "peringatan.sinyal_singkat.stagnasi_unit": {
        "id": "Stagnasi unit",
        "en": "Unit stagnation",
    },
    "peringatan.sinyal_singkat.ketidaksesuaian_hasil": {
        "id": "Hasil ≠ penilaian",
        "en": "Outcome ≠ rating",
    },
    "peringatan.sinyal_help.kinerja_rendah": {
        "id": (
            "Predikat di bawah Baik pada SKP tahunan terakhir, atau pada 2 dari 3 SKP "
            "periodik terakhir."
        ),
        "en": (
            "Predikat below Baik in the latest annual SKP, or in 2 of the last 3 "
            "periodic ones."
        ),
    },
    "peringatan.sinyal_help.stagnasi_pegawai": {
        "id": (
            "Tanpa perbaikan predikat selama 6 periode di bawah Baik, atau 5+ tahun di "
            "jabatan yang sama tanpa pelatihan 12 bulan terakhir."
        ),
        "en": (
            "No improvement over 6 periods below Baik, or 5+ years in the same "
            "position with no training in the last 12 months."
        ),
    },
    "peringatan.sinyal_help.resistensi": {
        "id": (
            "Gabungan komponen terbuka: laporan mandiri terlambat, penilaian diri di "
            "atas atasan, nol JP padahal ada kesenjangan, nilai Adaptif menurun."
        ),
        "en": (
            "Transparent components: late self-reports, self-rating above the "
            "supervisor's, zero JP despite a gap, falling Adaptif ratings."
        ),
    },
    "peringatan.sinyal_help.stagnasi_unit": {
        "id": "Indikator unit datar 6 periode sementara di bawah target.",
        "en": "A unit indicator flat over 6 periods while below target.",
    },
    "peringatan.sinyal_help.ketidaksesuaian_hasil": {
        "id": (
            "Target indikator unit terlewat sementara sebagian besar pegawainya "
            "berpredikat Baik ke atas."
        ),
        "en": (
            "The unit misses its indicator targets while most of its staff are rated "
            "Good or better."
        ),
    },
    # --- severity, status, kinds, movement ----------------------------------------
    "peringatan.keparahan.tinggi": {"id": "Tinggi", "en": "High"},
    "peringatan.keparahan.sedang": {"id": "Sedang", "en": "Medium"},
    "peringatan.keparahan.rendah": {"id": "Rendah", "en": "Low"},
    "peringatan.status.direncanakan": {"id": "Direncanakan", "en": "Planned"},
    "peringatan.status.berjalan": {"id": "Berjalan", "en": "In progress"},
    "peringatan.status.selesai": {"id": "Selesai", "en": "Done"},
    "peringatan.status.dibatalkan": {"id": "Dibatalkan", "en": "Cancelled"},
    "peringatan.jenis.coaching": {"id": "Coaching", "en": "Coaching"},
    "peringatan.jenis.pelatihan": {"id": "Pelatihan", "en": "Training"},
    "peringatan.jenis.sosialisasi": {"id": "Sosialisasi", "en": "Briefing"},
    "peringatan.jenis.mentoring": {"id": "Mentoring", "en": "Mentoring"},
    "peringatan.jenis.rapat": {"id": "Rapat/pertemuan", "en": "Meeting"},
    "peringatan.jenis.lainnya": {"id": "Lainnya", "en": "Other"},
    "peringatan.gerak.membaik": {"id": "Membaik", "en": "Improved"},
    "peringatan.gerak.belum_berubah": {"id": "Belum berubah", "en": "No change yet"},
    "peringatan.gerak.memburuk": {"id": "Memburuk", "en": "Worse"},
    "peringatan.gerak.belum_ada_data": {
        "id": "Belum ada data setelah tindakan",
        "en": "No data after the action yet",
    },
    "peringatan.gerak.capaian": {
        "id": "capaian rata-rata {pct} ({n} indikator, {periode})",
        "en": "mean attainment {pct} ({n} indicator(s), {periode})",
    },
    "peringatan.tanda.aktif": {
        "id": "masih aktif · {keparahan}",
        "en": "still on · {keparahan}",
    },
    "peringatan.tanda.berakhir": {"id": "berakhir", "en": "ended"},
    "peringatan.tanda.tidak_diketahui": {
        "id": "belum diketahui",
        "en": "not known yet",
    },
    "peringatan.terlambat": {"id": "⚠ Terlambat", "en": "⚠ Overdue"},
    "peringatan.tl_belum": {"id": "– belum ada", "en": "– none yet"},
    "peringatan.lama_sejak": {
        "id": "{n} periode berturut-turut sejak {periode}",
        "en": "{n} periods in a row since {periode}",
    },
    "peringatan.sejak": {"id": "sejak {periode}", "en": "since {periode}"},
    "peringatan.per_periode": {"id": "periode", "en": "period"},
    "peringatan.riwayat.dibuat": {"id": "Dicatat", "en": "Recorded"},
    "peringatan.riwayat.diperbarui": {"id": "Diperbarui", "en": "Updated"},
    "peringatan.field.status": {"id": "status", "en": "status"},
    "peringatan.field.tenggat": {"id": "tenggat", "en": "due date"},
    "peringatan.field.pemilik": {"id": "penanggung jawab", "en": "owner"},
    "peringatan.field.catatan": {"id": "catatan", "en": "note"},
    # --- resistance components ----------------------------------------------------
    "peringatan.komp.laporan": {
        "id": "Laporan mandiri terlambat atau tidak diisi",
        "en": "Self-report late or missing",
    },
    "peringatan.komp.penilaian_diri": {
        "id": "Penilaian diri di atas penilaian atasan",
        "en": "Self-rating above the supervisor's",
    },
    "peringatan.komp.jp_nol": {
        "id": "Tanpa JP padahal ada kesenjangan kompetensi",
        "en": "No training hours (JP) despite a competency gap",
    },
    "peringatan.komp.adaptif_turun": {
        "id": "Nilai Adaptif menurun",
        "en": "Falling Adaptif rating",
    },
    "peringatan.komp_singkat.laporan": {"id": "Laporan telat", "en": "Late reports"},
    "peringatan.komp_singkat.penilaian_diri": {
        "id": "Nilai diri > atasan",
        "en": "Self > supervisor",
    },
    "peringatan.komp_singkat.jp_nol": {"id": "Tanpa JP", "en": "No JP"},
    "peringatan.komp_singkat.adaptif_turun": {
        "id": "Adaptif turun",
        "en": "Adaptif drop",
    },
    "peringatan.komp.dari": {
        "id": "{n} dari {dari} periode",
        "en": "{n} of {dari} periods",
    },
    "peringatan.komp.ambang_min": {"id": "aktif bila ≥ {n}", "en": "on at ≥ {n}"},
    "peringatan.komp.jp_nilai": {
        "id": "{jp} JP dalam {bulan} bulan, {gap} kesenjangan terbuka",
        "en": "{jp} JP in {bulan} months, {gap} open gaps",
    },
    "peringatan.komp.jp_ambang": {
        "id": "aktif bila ≤ {n} JP dan ada kesenjangan",
        "en": "on at ≤ {n} JP with an open gap",
    },
    "peringatan.komp.adaptif_nilai": {
        "id": "turun {n} poin",
        "en": "down {n} points",
    },
    "peringatan.komp.aktif": {"id": "● Ya, aktif", "en": "● Yes, on"},
    "peringatan.komp.tidak_aktif": {"id": "○ Tidak", "en": "○ No"},
    # --- columns ------------------------------------------------------------------
    "peringatan.col.subjek": {"id": "Pegawai / unit", "en": "Staff / unit"},
    "peringatan.col.nip": {"id": "NIP", "en": "NIP"},
    "peringatan.col.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "peringatan.col.unit": {"id": "Unit kerja", "en": "Work unit"},
    "peringatan.col.sinyal": {"id": "Sinyal", "en": "Signal"},
    "peringatan.col.keparahan": {"id": "Keparahan", "en": "Severity"},
    "peringatan.col.periode": {"id": "Periode", "en": "Period"},
    "peringatan.col.sejak": {"id": "Pertama muncul", "en": "First raised"},
    "peringatan.col.lama": {"id": "Lama (periode)", "en": "Persisted (periods)"},
    "peringatan.col.alasan": {"id": "Alasan", "en": "Reason"},
    "peringatan.col.komponen": {"id": "Komponen", "en": "Components"},
    "peringatan.col.tindak_lanjut": {"id": "Tindak lanjut", "en": "Follow-up"},
    "peringatan.col.pemilik": {"id": "Penanggung jawab", "en": "Owner"},
    "peringatan.col.tenggat": {"id": "Tenggat", "en": "Due date"},
    "peringatan.col.terlambat": {"id": "Terlambat?", "en": "Overdue?"},
    "peringatan.col.nilai": {"id": "Nilai", "en": "Value"},
    "peringatan.col.ambang": {"id": "Ambang", "en": "Threshold"},
    "peringatan.col.aktif": {"id": "Aktif?", "en": "On?"},
    "peringatan.col.indikator": {"id": "Indikator", "en": "Indicator"},
    "peringatan.col.capaian": {"id": "Capaian terakhir", "en": "Latest attainment"},
    "peringatan.col.kemiringan": {
        "id": "Kemiringan (poin/periode)",
        "en": "Slope (points/period)",
    },
    "peringatan.col.n_periode": {"id": "Periode dilihat", "en": "Periods seen"},
    "peringatan.col.jenis": {"id": "Jenis tindakan", "en": "Action"},
    "peringatan.col.status": {"id": "Status", "en": "Status"},
    "peringatan.col.gerak": {"id": "Sesudah tindakan", "en": "After the action"},
    "peringatan.col.sebelum": {"id": "Sebelum", "en": "Before"},
    "peringatan.col.sesudah": {"id": "Sesudah", "en": "After"},
    "peringatan.col.tanda_sesudah": {"id": "Tanda kini", "en": "Flag now"},
    "peringatan.col.catatan": {"id": "Catatan", "en": "Note"},
    "peringatan.col.catatan_terakhir": {"id": "Catatan terakhir", "en": "Latest note"},
    "peringatan.col.dicatat": {"id": "Dicatat", "en": "Recorded"},
    "peringatan.col.oleh": {"id": "Oleh", "en": "By"},
    "peringatan.col.waktu": {"id": "Waktu (WIB)", "en": "Time (WIB)"},
    "peringatan.col.perubahan": {"id": "Perubahan", "en": "Change"},
    # --- KPIs ---------------------------------------------------------------------
    "peringatan.kpi.ditindaklanjuti": {
        "id": "Tanda ditindaklanjuti",
        "en": "Flags with follow-up",
    },
    "peringatan.kpi.ditindaklanjuti_help": {
        "id": (
            "{n} dari {dari} tanda punya tindak lanjut yang tidak dibatalkan "
            "(semua keparahan)."
        ),
        "en": (
            "{n} of {dari} flags have a follow-up action not cancelled (any severity)."
        ),
    },
    "peringatan.kpi.tanpa": {
        "id": "Sedang/tinggi tanpa tindak lanjut",
        "en": "Medium/high without follow-up",
    },
    "peringatan.kpi.tanpa_help": {
        "id": "Tanda berkeparahan sedang atau tinggi yang belum punya tindak lanjut.",
        "en": "Flags of medium or high severity with no follow-up action yet.",
    },
    "peringatan.kpi.terbuka": {"id": "Tindakan berjalan", "en": "Open actions"},
    "peringatan.kpi.terbuka_help": {
        "id": "Tindakan berstatus direncanakan atau berjalan (OPD yang dipilih).",
        "en": "Actions planned or in progress (the chosen OPD).",
    },
    "peringatan.kpi.terlambat": {"id": "Tindakan terlambat", "en": "Overdue actions"},
    "peringatan.kpi.terlambat_help": {
        "id": (
            "Tindakan yang belum selesai/dibatalkan dan tenggatnya sudah lewat "
            "(tenggat hari ini belum terlambat)."
        ),
        "en": (
            "Actions not done or cancelled whose due date has passed (due today is "
            "not overdue yet)."
        ),
    },
    # --- filters ------------------------------------------------------------------
    "peringatan.filter.periode": {"id": "Periode", "en": "Period"},
    "peringatan.filter.terkini": {
        "id": "Terkini (tanda yang masih aktif)",
        "en": "Current (flags still on)",
    },
    "peringatan.filter.sinyal": {"id": "Sinyal", "en": "Signals"},
    "peringatan.filter.keparahan": {"id": "Keparahan", "en": "Severity"},
    "peringatan.filter.min_tinggi": {"id": "●●● Tinggi saja", "en": "●●● High only"},
    "peringatan.filter.min_sedang": {
        "id": "●●○ Sedang ke atas",
        "en": "●●○ Medium and above",
    },
    "peringatan.filter.min_rendah": {
        "id": "●○○ Semua (termasuk rendah)",
        "en": "●○○ All (including low)",
    },
    "peringatan.filter.lama": {
        "id": "Berlangsung minimal (periode)",
        "en": "Persisted at least (periods)",
    },
    "peringatan.filter.tindak": {"id": "Tindak lanjut", "en": "Follow-up"},
    "peringatan.filter.tindak_semua": {"id": "Semua", "en": "All"},
    "peringatan.filter.tindak_ada": {
        "id": "Sudah ada tindak lanjut",
        "en": "With a follow-up",
    },
    "peringatan.filter.tindak_tanpa": {
        "id": "Belum ada tindak lanjut",
        "en": "Without a follow-up",
    },
    "peringatan.filter.tindak_terlambat": {
        "id": "Tindak lanjut terlambat",
        "en": "Follow-up overdue",
    },
    # --- watch list ---------------------------------------------------------------
    "peringatan.daftar.title": {"id": "Daftar pantau", "en": "Watch list"},
    "peringatan.banyak": {
        "id": "Ada {n} tanda pada pilihan ini, lebih dari {batas} untuk satu daftar. "
        "Pilih OPD di bilah samping untuk membuka daftar pantau OPD itu; jumlah tanda "
        "per OPD di bawah (terbanyak di atas).",
        "en": "There are {n} flags in this view, more than {batas} for one list. Pick "
        "an OPD in the sidebar to open that OPD's watch list; the flags per OPD are "
        "below (most first).",
    },
    "peringatan.opd.opd": {"id": "OPD", "en": "OPD"},
    "peringatan.opd.jumlah": {"id": "Jumlah tanda", "en": "Flags"},
    "peringatan.opd.serius": {"id": "Sedang/tinggi", "en": "Medium/high"},
    "peringatan.opd.tindak_nanti": {
        "id": "Filter tindak lanjut berlaku pada daftar pantau satu OPD: jumlah di "
        "bawah menghitung semua tanda yang lolos filter sinyal, keparahan dan lama "
        "berlangsung.",
        "en": "The follow-up filter applies to one OPD's watch list: the counts below "
        "include every flag passing the signal, severity and persistence filters.",
    },
    "peringatan.daftar.caption": {
        "id": (
            "Diurutkan dari yang paling parah dan paling lama. Bawaannya keparahan "
            "sedang ke atas: sinyal resistensi sangat peka (satu komponen saja sudah "
            "menandai) — {n} tanda resistensi, {rendah} di antaranya rendah. Pilih "
            "'Semua' pada Keparahan untuk melihat semuanya."
        ),
        "en": (
            "Most severe and longest-running first. By default severity medium and "
            "above: the resistance signal is sensitive (one component is enough to "
            "flag) — {n} resistance flags, {rendah} of them low. Choose 'All' under "
            "Severity to see every flag."
        ),
    },
    "peringatan.daftar.jumlah": {
        "id": "{n} tanda sesuai filter.",
        "en": "{n} flags match the filters.",
    },
    "peringatan.daftar.kosong": {
        "id": "Tidak ada tanda yang sesuai filter.",
        "en": "No flag matches the filters.",
    },
    "peringatan.daftar.legenda": {
        "id": (
            "Keparahan: ●●● tinggi, ●●○ sedang, ●○○ rendah. Komponen resistensi: ● "
            "aktif, ○ tidak aktif, dengan nilai dan ambangnya. Alasan ditulis oleh "
            "pipeline dalam bahasa Indonesia. Unduhan XLSX menyimpan NIP sebagai teks "
            "dan dicatat di log audit."
        ),
        "en": (
            "Severity: ●●● high, ●●○ medium, ●○○ low. Resistance components: ● on, "
            "○ off, with their value and threshold. Reasons are written by the "
            "pipeline in Indonesian. The XLSX download keeps NIPs as text and is "
            "recorded in the audit log."
        ),
    },
    # --- one flag -----------------------------------------------------------------
    "peringatan.rinci.title": {
        "id": "Rincian tanda & catat tindak lanjut",
        "en": "Flag detail & record a follow-up",
    },
    "peringatan.rinci.caption": {
        "id": (
            "Pilih tanda dari daftar di atas (mengikuti filternya) untuk melihat "
            "alasannya dan mencatat tindakan. Tindakan melekat pada tanda (subjek, "
            "sinyal, periode pertama muncul), jadi tetap ada setelah impor baru."
        ),
        "en": (
            "Pick a flag of the list above (it follows the filters) to see its reason "
            "and record an action. An action is attached to the flag (subject, signal, "
            "first period), so it stays after new imports."
        ),
    },
    "peringatan.rinci.pilih": {"id": "Tanda", "en": "Flag"},
    "peringatan.rinci.tindakan_ada": {
        "id": "Tindak lanjut yang sudah dicatat ({n})",
        "en": "Follow-up actions recorded ({n})",
    },
    "peringatan.form.judul": {
        "id": "Catat tindak lanjut baru",
        "en": "Record a new follow-up action",
    },
    "peringatan.form.jenis": {"id": "Jenis tindakan", "en": "Kind of action"},
    "peringatan.form.pemilik": {"id": "Penanggung jawab", "en": "Owner"},
    "peringatan.form.pemilik_contoh": {
        "id": "mis. Kasubbag Umum, atau nama atasan langsung",
        "en": "e.g. head of general affairs, or the direct supervisor",
    },
    "peringatan.form.tenggat": {"id": "Tenggat", "en": "Due date"},
    "peringatan.form.status": {"id": "Status", "en": "Status"},
    "peringatan.form.catatan": {"id": "Catatan", "en": "Notes"},
    "peringatan.form.simpan": {"id": "Simpan tindak lanjut", "en": "Save action"},
    "peringatan.form.tersimpan": {
        "id": "Tindak lanjut #{id} untuk {subjek} tersimpan.",
        "en": "Follow-up action #{id} for {subjek} saved.",
    },
    # --- the register -------------------------------------------------------------
    "peringatan.tl.title": {
        "id": "Tindak lanjut dan hasilnya",
        "en": "Follow-up actions and their effect",
    },
    "peringatan.tl.caption": {
        "id": (
            "Semua tindakan OPD yang dipilih. 'Sesudah tindakan' membandingkan "
            "periode yang berakhir sebelum dan sesudah tanggal tindakan dicatat: "
            "tanda berakhir atau keparahan turun = membaik; lalu predikat (pegawai) "
            "atau capaian rata-rata indikator (unit, selisih > 1 poin)."
        ),
        "en": (
            "Every action of the chosen OPD. 'After the action' compares the periods "
            "ending before and after the day the action was recorded: the flag ended "
            "or its severity fell = improved; then the predikat (staff) or the mean "
            "indicator attainment (units, a change of more than 1 point)."
        ),
    },
    "peringatan.tl.kosong": {
        "id": (
            "Belum ada tindak lanjut yang dicatat. Pilih tanda di atas dan isi "
            "formulirnya."
        ),
        "en": (
            "No follow-up action recorded yet. Pick a flag above and fill in the form."
        ),
    },
    "peringatan.tl.legenda": {
        "id": (
            "▲ membaik, ◆ belum berubah, ▼ memburuk, … belum ada data setelah "
            "tindakan. ⚠ Terlambat: belum selesai dan tenggat sudah lewat."
        ),
        "en": (
            "▲ improved, ◆ no change yet, ▼ worse, … no data after the action yet. "
            "⚠ Overdue: not done and past its due date."
        ),
    },
    "peringatan.ubah.judul": {
        "id": "Perbarui tindak lanjut",
        "en": "Update a follow-up action",
    },
    "peringatan.ubah.pilih": {"id": "Tindakan", "en": "Action"},
    "peringatan.ubah.catatan": {
        "id": "Catatan perkembangan (ditambahkan ke riwayat)",
        "en": "Progress note (added to the history)",
    },
    "peringatan.ubah.simpan": {"id": "Simpan perubahan", "en": "Save changes"},
    "peringatan.ubah.tersimpan": {
        "id": "Tindak lanjut #{id} diperbarui: {fields}.",
        "en": "Follow-up action #{id} updated: {fields}.",
    },
    "peringatan.ubah.riwayat": {
        "id": "Riwayat tindakan ini",
        "en": "History of this action",
    },
    # --- validation ---------------------------------------------------------------
    "peringatan.err.jenis": {
        "id": "Pilih jenis tindakan.",
        "en": "Choose the kind of action.",
    },
    "peringatan.err.pemilik": {
        "id": "Penanggung jawab wajib diisi.",
        "en": "The owner is required.",
    },
    "peringatan.err.pemilik_panjang": {
        "id": "Penanggung jawab paling banyak {maks} karakter.",
        "en": "The owner may have at most {maks} characters.",
    },
    "peringatan.err.tenggat": {
        "id": "Tenggat wajib diisi dengan tanggal yang sah.",
        "en": "The due date is required and must be a valid date.",
    },
    "peringatan.err.tenggat_awal": {
        "id": "Tenggat tidak boleh sebelum tanda muncul ({tanggal}).",
        "en": "The due date cannot be before the flag was raised ({tanggal}).",
    },
    "peringatan.err.tenggat_jauh": {
        "id": "Tenggat lebih dari 3 tahun ke depan; periksa tahunnya.",
        "en": "The due date is more than 3 years ahead; check the year.",
    },
    "peringatan.err.status": {"id": "Pilih status.", "en": "Choose a status."},
    "peringatan.err.catatan": {
        "id": "Catatan paling banyak {maks} karakter (sekarang {n}).",
        "en": "Notes may have at most {maks} characters (now {n}).",
    },
    "peringatan.err.tanpa_perubahan": {
        "id": "Tidak ada perubahan untuk disimpan.",
        "en": "Nothing changed to save.",
    },
    "peringatan.err.akses": {
        "id": "Tindak lanjut ini di luar wewenang Anda (OPD lain).",
        "en": "This follow-up action is outside your scope (another OPD).",
    },
    "peringatan.err.simpan": {
        "id": "Tidak tersimpan: {detail}",
        "en": "Not saved: {detail}",
    },
}
