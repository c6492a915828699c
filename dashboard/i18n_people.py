"""UI strings of Kinerja Pegawai (predikat curve, rating gap, nine-box, profile).

Part of the one translation table: merged into i18n.TEXTS. Also the labels of the
aturan.toml keys this page added ([kurva.*], [penilaian_diri]), which Tentang
Indikator lists (rule.label.<bagian.kunci> / rule.<bagian.kunci>).
"""

TEXTS: dict[str, dict[str, str]] = {
    "nav.kinerja": {"id": "Kinerja Pegawai", "en": "Staff Performance"},
    "kinerja.intro": {
        "id": (
            "Predikat kinerja pegawai tahun {tahun}: sebarannya per OPD, kesesuaiannya "
            "dengan kurva distribusi PermenPANRB 6/2022, selisih penilaian diri dengan "
            "penilaian atasan, nine-box talenta, dan profil per pegawai."
        ),
        "en": (
            "Employee performance ratings (predikat) in {tahun}: their spread per "
            "agency, whether it fits the PermenPANRB 6/2022 distribution curve, "
            "self-ratings against the supervisor's, the talent nine-box, and a profile "
            "per employee."
        ),
    },
    "kinerja.level": {"id": "Tampilkan per", "en": "Show per"},
    "kinerja.level.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "kinerja.level.unit": {"id": "Unit kerja", "en": "Work unit"},
    "kinerja.city": {
        "id": "Kota Sabang (semua OPD)",
        "en": "Kota Sabang (all agencies)",
    },
    "kinerja.or": {"id": " atau ", "en": " or "},
    "kinerja.individual_only": {
        "id": "Data per orang hanya untuk BKPSDM dan kepala OPD.",
        "en": "Individual data is for BKPSDM and heads of agencies only.",
    },
    # --- predikat and ratings ---------------------------------------------------
    "kinerja.predikat.sangat_baik": {"id": "Sangat Baik", "en": "Very good"},
    "kinerja.predikat.baik": {"id": "Baik", "en": "Good"},
    "kinerja.predikat.butuh_perbaikan": {
        "id": "Butuh Perbaikan",
        "en": "Needs improvement",
    },
    "kinerja.predikat.kurang": {"id": "Kurang/Misconduct", "en": "Poor/Misconduct"},
    "kinerja.predikat.sangat_kurang": {"id": "Sangat Kurang", "en": "Very poor"},
    "kinerja.org.istimewa": {"id": "Istimewa", "en": "Outstanding (Istimewa)"},
    "kinerja.org.baik": {"id": "Baik", "en": "Good (Baik)"},
    "kinerja.org.butuh_perbaikan": {
        "id": "Butuh Perbaikan/Cukup",
        "en": "Needs improvement/Fair (Butuh Perbaikan/Cukup)",
    },
    "kinerja.org.kurang": {"id": "Kurang", "en": "Poor (Kurang)"},
    "kinerja.org.sangat_kurang": {
        "id": "Sangat Kurang",
        "en": "Very poor (Sangat Kurang)",
    },
    "kinerja.rating.di_atas": {"id": "Di Atas Ekspektasi", "en": "Above expectations"},
    "kinerja.rating.sesuai": {"id": "Sesuai Ekspektasi", "en": "Meets expectations"},
    "kinerja.rating.di_bawah": {
        "id": "Di Bawah Ekspektasi",
        "en": "Below expectations",
    },
    "kinerja.potensi.tinggi": {"id": "Tinggi", "en": "High"},
    "kinerja.potensi.menengah": {"id": "Menengah", "en": "Medium"},
    "kinerja.potensi.rendah": {"id": "Rendah", "en": "Low"},
    "kinerja.sumber.tahunan": {"id": "SKP tahunan", "en": "Annual SKP"},
    "kinerja.sumber.periodik_terakhir": {
        "id": "Periodik terakhir (belum ada SKP tahunan)",
        "en": "Latest periodic (no annual SKP yet)",
    },
    "kinerja.sumber.campuran": {
        "id": "Sebagian besar tahunan, sisanya periodik terakhir",
        "en": "Annual, some latest periodic",
    },
    # --- KPIs -------------------------------------------------------------------
    "kinerja.kpi.rated": {"id": "Pegawai berpredikat", "en": "Employees rated"},
    "kinerja.kpi.rated_help": {
        "id": (
            "Pegawai dengan predikat tahun ini: predikat SKP tahunan, atau predikat "
            "SKP periodik terakhir bila SKP tahunan belum ada."
        ),
        "en": (
            "Employees with a rating this year: the annual SKP predikat, or the "
            "latest periodic one when there is no annual SKP yet."
        ),
    },
    "kinerja.kpi.good": {"id": "Baik ke atas", "en": "Good or better"},
    "kinerja.kpi.good_help": {
        "id": "Pangsa pegawai berpredikat Sangat Baik atau Baik.",
        "en": "Share of employees rated Very good or Good.",
    },
    "kinerja.kpi.curve": {"id": "OPD sesuai kurva", "en": "Agencies on the curve"},
    "kinerja.kpi.curve_value": {"id": "{ok} dari {total}", "en": "{ok} of {total}"},
    "kinerja.kpi.curve_help": {
        "id": (
            "OPD yang sebaran predikat pegawainya memenuhi kurva distribusi untuk "
            "predikat organisasi yang berlaku (PermenPANRB 6/2022)."
        ),
        "en": (
            "Agencies whose spread of employee predikat meets the distribution curve "
            "of the organisation predikat that applies (PermenPANRB 6/2022)."
        ),
    },
    "kinerja.kpi.self": {
        "id": "Penilaian diri di atas atasan",
        "en": "Self above supervisor",
    },
    "kinerja.kpi.self_help": {
        "id": (
            "Pangsa penilaian SKP periodik tahun ini yang rating hasil kerja menurut "
            "pegawai sendiri lebih tinggi daripada rating dari atasan."
        ),
        "en": (
            "Share of this year's periodic SKP evaluations where the employee's own "
            "rating of results is above the supervisor's."
        ),
    },
    "kinerja.kpi.pool": {
        "id": "Kelompok talenta (kotak 7–9)",
        "en": "Talent pool (boxes 7–9)",
    },
    "kinerja.kpi.pool_help": {
        "id": "Pegawai di kotak 7, 8 dan 9 nine-box: calon kelompok rencana suksesi.",
        "en": "Employees in nine-box boxes 7, 8 and 9: succession-pool candidates.",
    },
    # --- spread -----------------------------------------------------------------
    "kinerja.spread.title": {
        "id": "Sebaran predikat pegawai {tahun}",
        "en": "Spread of employee predikat, {tahun}",
    },
    "kinerja.spread.caption": {
        "id": (
            "Pangsa tiap predikat (Sangat Baik → Sangat Kurang) per OPD atau unit, "
            "dengan jumlah orangnya di tabel."
        ),
        "en": (
            "Share of each predikat (Very good → Very poor) per agency or unit; the "
            "table gives the head counts."
        ),
    },
    "kinerja.spread.chart_opd": {
        "id": "Sebaran predikat per OPD, {tahun}",
        "en": "Predikat per agency, {tahun}",
    },
    "kinerja.spread.chart_units": {
        "id": "Sebaran predikat per unit kerja, {tahun}",
        "en": "Predikat per work unit, {tahun}",
    },
    "kinerja.spread.chart_years": {
        "id": "Sebaran predikat per tahun: {name}",
        "en": "Predikat per year: {name}",
    },
    "kinerja.spread.x": {"id": "Pangsa pegawai", "en": "Share of employees"},
    "kinerja.spread.capped": {
        "id": "Grafik memuat {n} {level} dengan pegawai dinilai terbanyak dari "
        "{total}; semuanya ada di tabel di bawah grafik.",
        "en": "The chart holds the {n} {level} with the most people rated, of "
        "{total}; all of them are in the table below the chart.",
    },
    "kinerja.spread.level_opd": {"id": "OPD", "en": "agencies"},
    "kinerja.spread.level_unit": {"id": "unit kerja", "en": "work units"},
    "kinerja.spread.hover": {
        "id": "{n} dari {total} orang ({pct})",
        "en": "{n} of {total} people ({pct})",
    },
    "kinerja.spread.periodic_note": {
        "id": (
            "{n} dari {total} pegawai belum punya predikat SKP tahunan {tahun}; untuk "
            "mereka dipakai predikat SKP periodik terakhir."
        ),
        "en": (
            "{n} of {total} employees have no annual SKP predikat for {tahun} yet; "
            "their latest periodic predikat is used."
        ),
    },
    "kinerja.spread.years_note": {
        "id": "Tahun bertanda * (sebagian) memakai predikat periodik terakhir.",
        "en": "Years marked * (partly) use the latest periodic predikat.",
    },
    # --- curve ------------------------------------------------------------------
    "kinerja.kurva.title": {
        "id": "Kurva distribusi predikat (PermenPANRB 6/2022), {tahun}",
        "en": "Predikat distribution curve (PermenPANRB 6/2022), {tahun}",
    },
    "kinerja.kurva.caption": {
        "id": (
            "Predikat organisasi menentukan sebaran predikat pegawai yang diizinkan. "
            "Batas dihitung dalam orang: paling banyak p% dari n = p×n/100 dibulatkan "
            "ke bawah, paling sedikit p% = dibulatkan ke atas. Perubahan minimal = "
            "jumlah pegawai paling sedikit yang predikatnya harus berbeda agar sesuai."
        ),
        "en": (
            "The organisation's predikat decides how employee predikat may be spread. "
            "Bounds are counted in people: at most p% of n = p×n/100 rounded down, at "
            "least p% = rounded up. Smallest change = the fewest employees whose "
            "predikat would have to differ for the spread to comply."
        ),
    },
    "kinerja.kurva.whatif": {
        "id": "Predikat organisasi (bagaimana jika)",
        "en": "Organisation predikat (what if)",
    },
    "kinerja.kurva.whatif_help": {
        "id": (
            "'Yang berlaku' memakai predikat organisasi tiap OPD dari "
            "data/reference/predikat_organisasi.csv (tanpa baris: Baik). Pilih "
            "predikat lain untuk melihat unit mana yang akan sesuai."
        ),
        "en": (
            "'Applicable' uses each agency's organisation predikat from "
            "data/reference/predikat_organisasi.csv (no row: Baik). Pick another to "
            "see which units would comply."
        ),
    },
    "kinerja.kurva.applicable": {"id": "Yang berlaku", "en": "Applicable"},
    "kinerja.kurva.default_note": {
        "id": (
            "Belum ada predikat organisasi di data/reference/predikat_organisasi.csv: "
            "semua OPD diperiksa dengan predikat organisasi Baik (bawaan)."
        ),
        "en": (
            "No organisation predikat in data/reference/predikat_organisasi.csv yet: "
            "every agency is checked against organisation predikat Baik (default)."
        ),
    },
    "kinerja.kurva.reference_note": {
        "id": (
            "Predikat organisasi dari data/reference/predikat_organisasi.csv untuk "
            "{n} dari {total} baris; selebihnya Baik (bawaan)."
        ),
        "en": (
            "Organisation predikat from data/reference/predikat_organisasi.csv for "
            "{n} of {total} rows; the rest Baik (default)."
        ),
    },
    "kinerja.kurva.rules": {"id": "**{org}**: {rules}.", "en": "**{org}**: {rules}."},
    "kinerja.rule.maks_pct": {
        "id": "paling banyak {value}% {group}",
        "en": "at most {value}% {group}",
    },
    "kinerja.rule.min_pct": {
        "id": "paling sedikit {value}% {group}",
        "en": "at least {value}% {group}",
    },
    "kinerja.rule.maks_orang": {
        "id": "paling banyak {value} orang {group}",
        "en": "at most {value} people {group}",
    },
    "kinerja.rule.min_orang": {
        "id": "paling sedikit {value} orang {group}",
        "en": "at least {value} people {group}",
    },
    "kinerja.rule.none": {"id": "tidak boleh ada {group}", "en": "no {group} at all"},
    "kinerja.failed.maks_pct": {
        "id": "{group} {n} orang, maks. {bound} ({value}%)",
        "en": "{group} {n} people, max. {bound} ({value}%)",
    },
    "kinerja.failed.min_pct": {
        "id": "{group} {n} orang, min. {bound} ({value}%)",
        "en": "{group} {n} people, min. {bound} ({value}%)",
    },
    "kinerja.failed.maks_orang": {
        "id": "{group} {n} orang, maks. {bound} orang",
        "en": "{group} {n} people, max. {bound} people",
    },
    "kinerja.failed.min_orang": {
        "id": "{group} {n} orang, min. {bound} orang",
        "en": "{group} {n} people, min. {bound} people",
    },
    "kinerja.failed.none": {
        "id": "{group} {n} orang, tidak boleh ada",
        "en": "{group} {n} people, none allowed",
    },
    "kinerja.advice.step": {"id": "{n} {src} → {dst}", "en": "{n} {src} → {dst}"},
    "kinerja.advice.other": {"id": "selain {group}", "en": "other than {group}"},
    "kinerja.advice.impossible": {
        "id": "Tidak mungkin: batas minimal perlu {need} orang, yang dinilai {n}",
        "en": "Impossible: the lower bounds need {need} people, {n} rated",
    },
    "kinerja.kurva.status.sesuai": {"id": "Sesuai", "en": "Complies"},
    "kinerja.kurva.status.belum_sesuai": {
        "id": "Belum sesuai",
        "en": "Does not comply",
    },
    "kinerja.kurva.status.tidak_mungkin": {
        "id": "Tidak mungkin (terlalu sedikit orang)",
        "en": "Impossible (too few people)",
    },
    "kinerja.kurva.summary": {
        "id": (
            "{ok} dari {total} sesuai kurva; agar semuanya sesuai, paling sedikit "
            "{moves} pegawai harus berpredikat lain."
        ),
        "en": (
            "{ok} of {total} comply; for all to comply, at least {moves} employees "
            "would need another predikat."
        ),
    },
    "kinerja.kurva.summary_impossible": {
        "id": "{n} tidak mungkin sesuai karena terlalu sedikit orang dinilai.",
        "en": "{n} cannot comply because too few people are rated.",
    },
    "kinerja.kurva.legend": {
        "id": (
            "✔ Sesuai · ✖ Belum sesuai · ⊘ Tidak mungkin. ≈ = kurang dari {min} orang "
            "dinilai: di unit sekecil ini satu orang mengubah persentase dengan tajam, "
            "jadi bacalah sebagai petunjuk."
        ),
        "en": (
            "✔ Complies · ✖ Does not comply · ⊘ Impossible. ≈ = fewer than {min} "
            "people rated: one person moves the percentages sharply, so read it as a "
            "hint."
        ),
    },
    "kinerja.sumber_org.referensi": {
        "id": "berlaku (referensi)",
        "en": "applicable (reference)",
    },
    "kinerja.sumber_org.bawaan": {
        "id": "berlaku (bawaan)",
        "en": "applicable (default)",
    },
    "kinerja.sumber_org.whatif": {"id": "bagaimana jika", "en": "what if"},
    # --- self vs supervisor -----------------------------------------------------
    "kinerja.gap.title": {
        "id": "Selisih penilaian diri vs atasan, {tahun}",
        "en": "Self-rating vs the supervisor's, {tahun}",
    },
    "kinerja.gap.caption": {
        "id": (
            "SKP periodik yang memuat rating hasil kerja menurut pegawai sendiri dan "
            "menurut atasan. Selisih rata-rata dalam tingkat rating (+1 = satu tingkat "
            "di atas atasan). ▲ Sering: penilaian diri di atas atasan pada paling "
            "sedikit ambang (aturan penilaian_diri.sering_pct) penilaian."
        ),
        "en": (
            "Periodic SKP with both the employee's own rating of results and the "
            "supervisor's. Mean gap in rating levels (+1 = one level above the "
            "supervisor). ▲ Frequent: self-rating above the supervisor's in at least "
            "the threshold share (rule penilaian_diri.sering_pct) of evaluations."
        ),
    },
    "kinerja.gap.chart_opd": {
        "id": "Penilaian diri di atas atasan per OPD, {tahun}",
        "en": "Self-rating above the supervisor's per agency, {tahun}",
    },
    "kinerja.gap.chart_units": {
        "id": "Penilaian diri di atas atasan per unit kerja, {tahun}",
        "en": "Self-rating above the supervisor's per work unit, {tahun}",
    },
    "kinerja.gap.x": {
        "id": "Pangsa penilaian dengan penilaian diri di atas atasan",
        "en": "Share of evaluations with the self-rating above the supervisor's",
    },
    "kinerja.gap.limit": {"id": "Ambang sering {pct}", "en": "Frequent from {pct}"},
    "kinerja.gap.sering": {"id": "Sering", "en": "Frequent"},
    "kinerja.gap.jarang": {"id": "Tidak sering", "en": "Not frequent"},
    # --- nine-box ---------------------------------------------------------------
    "kinerja.ninebox.title": {
        "id": "Nine-box talenta, {tahun}",
        "en": "Talent nine-box, {tahun}",
    },
    "kinerja.ninebox.caption": {
        "id": (
            "Kinerja (rating hasil kerja SKP tahunan, atau predikat periodik terakhir) "
            "× potensi (asesmen terakhir), penomoran kotak PermenPANRB 3/2020. Kotak "
            "7–9 (★) = kelompok talenta. Nama kotak bukan nama resmi."
        ),
        "en": (
            "Performance (the annual SKP's rating of results, or the latest periodic "
            "predikat) × potential (latest assessment), boxes numbered as in "
            "PermenPANRB 3/2020. Boxes 7–9 (★) = talent pool. Box names are informal."
        ),
    },
    "kinerja.ninebox.chart": {
        "id": "Pegawai per kotak nine-box, {tahun}",
        "en": "Employees per nine-box cell, {tahun}",
    },
    "kinerja.ninebox.x": {"id": "Kinerja", "en": "Performance"},
    "kinerja.ninebox.y": {"id": "Potensi", "en": "Potential"},
    "kinerja.ninebox.share": {"id": "Pangsa", "en": "Share"},
    "kinerja.ninebox.people": {"id": "orang", "en": "people"},
    "kinerja.ninebox.empty": {
        "id": "Belum ada pegawai dengan kinerja dan potensi untuk tahun ini.",
        "en": "No employee has both a performance rating and a potential this year.",
    },
    "kinerja.ninebox.unplaced": {
        "id": (
            "{n} pegawai belum masuk kotak: {potensi} tanpa asesmen potensi, {kinerja} "
            "tanpa penilaian kinerja."
        ),
        "en": (
            "{n} employees have no box: {potensi} without a potential assessment, "
            "{kinerja} without a performance rating."
        ),
    },
    "kinerja.ninebox.pick": {
        "id": "Buka daftar pegawai di kotak",
        "en": "Open the list of employees in box",
    },
    "kinerja.ninebox.pick_none": {"id": "— pilih kotak —", "en": "— choose a box —"},
    "kinerja.ninebox.option": {"id": "{box} ({n} orang)", "en": "{box} ({n} people)"},
    "kinerja.ninebox.hint": {
        "id": "Pilih kotak untuk melihat siapa di dalamnya (tercatat di log audit).",
        "en": "Choose a box to see who is in it (recorded in the audit log).",
    },
    "kinerja.ninebox.open_hint": {
        "id": "Klik baris untuk membuka profil pegawai itu di bawah.",
        "en": "Click a row to open that employee's profile below.",
    },
    "kinerja.box": {"id": "Kotak {n} · {name}", "en": "Box {n} · {name}"},
    "kinerja.box.name9": {"id": "Bintang Masa Depan", "en": "Future star"},
    "kinerja.box.name8": {"id": "Performer Tinggi", "en": "High performer"},
    "kinerja.box.name7": {"id": "Potensi Tinggi", "en": "High potential"},
    "kinerja.box.name6": {"id": "Teka-teki", "en": "Enigma"},
    "kinerja.box.name5": {"id": "Pekerja Inti", "en": "Core employee"},
    "kinerja.box.name4": {"id": "Berlian Kasar", "en": "Rough diamond"},
    "kinerja.box.name3": {"id": "Performer Rata-rata", "en": "Average performer"},
    "kinerja.box.name2": {"id": "Dilema", "en": "Dilemma"},
    "kinerja.box.name1": {"id": "Risiko", "en": "Risk"},
    "kinerja.sumber9.tahunan": {"id": "SKP tahunan", "en": "Annual SKP"},
    "kinerja.sumber9.periodik_terakhir": {
        "id": "Predikat periodik terakhir",
        "en": "Latest periodic predikat",
    },
    # --- profile ----------------------------------------------------------------
    "kinerja.profile.title": {"id": "Profil pegawai", "en": "Employee profile"},
    "kinerja.profile.caption": {
        "id": (
            "Cari nama atau NIP. Predikat dari waktu ke waktu, JP per tahun terhadap "
            "hak 20 JP (PNS) atau batas 24 JP (PPPK), pelatihan, kesenjangan "
            "kompetensi asesmen terakhir, dan sinyal peringatan yang masih berlaku. "
            "Setiap profil yang dibuka tercatat di log audit."
        ),
        "en": (
            "Search a name or NIP. Predikat over time, JP per year against the 20 JP "
            "right (PNS) or the 24 JP cap (PPPK), trainings, competency gaps of the "
            "latest assessment, and the early-warning flags still current. Every "
            "profile opened is recorded in the audit log."
        ),
    },
    "kinerja.profile.pick": {
        "id": "Pegawai (nama atau NIP)",
        "en": "Employee (name or NIP)",
    },
    "kinerja.profile.search": {
        "id": "Cari pegawai (nama atau awal NIP)",
        "en": "Search an employee (name or start of the NIP)",
    },
    "kinerja.profile.search_placeholder": {
        "id": "mis. Safrizal atau 19720201",
        "en": "e.g. Safrizal or 19720201",
    },
    "kinerja.profile.search_help": {
        "id": "Ada {n} pegawai pada tahun dan OPD ini, terlalu banyak untuk satu "
        "daftar: ketik sebagian nama atau awal NIP, lalu pilih di bawah.",
        "en": "There are {n} employees in this year and OPD, too many for one "
        "list: type part of a name or the start of a NIP, then pick below.",
    },
    "kinerja.profile.search_more": {
        "id": "Lebih dari {n} pegawai cocok; {n} pertama menurut nama ditampilkan. "
        "Perjelas pencarian.",
        "en": "More than {n} employees match; the first {n} by name are shown. "
        "Narrow the search.",
    },
    "kinerja.profile.pick_none": {
        "id": "— cari pegawai —",
        "en": "— find an employee —",
    },
    "kinerja.profile.hint": {
        "id": "Ketik nama atau NIP untuk membuka profil.",
        "en": "Type a name or NIP to open a profile.",
    },
    "kinerja.profile.facts": {
        "id": ("**{nama}** · NIP {nip} · {jenis}  \n{jabatan}  \n{unit} · {opd}"),
        "en": ("**{nama}** · NIP {nip} · {jenis}  \n{jabatan}  \n{unit} · {opd}"),
    },
    "kinerja.profile.predikat": {"id": "Predikat {tahun}", "en": "Predikat {tahun}"},
    "kinerja.profile.predikat_annual": {
        "id": "Predikat SKP tahunan.",
        "en": "Predikat of the annual SKP.",
    },
    "kinerja.profile.predikat_periodic": {
        "id": "Belum ada SKP tahunan: predikat SKP periodik terakhir.",
        "en": "No annual SKP yet: the latest periodic predikat.",
    },
    "kinerja.profile.box": {"id": "Nine-box: {name}", "en": "Nine-box: {name}"},
    "kinerja.profile.box_value": {"id": "Kotak {n}", "en": "Box {n}"},
    "kinerja.profile.box_help": {
        "id": "Kinerja: {kinerja}; potensi: {potensi}.",
        "en": "Performance: {kinerja}; potential: {potensi}.",
    },
    "kinerja.profile.jp": {"id": "JP {tahun}", "en": "JP {tahun}"},
    "kinerja.profile.flags": {"id": "Sinyal berlaku", "en": "Current flags"},
    "kinerja.profile.flags_help": {
        "id": "Sinyal peringatan dini yang masih berlaku pada periode terakhir.",
        "en": "Early-warning flags that hold in the latest period.",
    },
    "kinerja.profile.flags_title": {
        "id": "Sinyal peringatan dini yang berlaku",
        "en": "Current early-warning flags",
    },
    "kinerja.profile.no_flags": {
        "id": "Tidak ada sinyal yang berlaku.",
        "en": "No current flags.",
    },
    "kinerja.profile.ratings_chart": {
        "id": "Predikat dari waktu ke waktu: {name}",
        "en": "Predikat over time: {name}",
    },
    "kinerja.profile.periodic": {"id": "SKP periodik", "en": "Periodic SKP"},
    "kinerja.profile.annual": {"id": "SKP tahunan", "en": "Annual SKP"},
    "kinerja.profile.years_title": {"id": "Per tahun", "en": "Per year"},
    "kinerja.profile.trainings_title": {
        "id": "Pelatihan yang diikuti",
        "en": "Trainings attended",
    },
    "kinerja.profile.no_trainings": {
        "id": "Belum ada pelatihan tercatat.",
        "en": "No training recorded.",
    },
    "kinerja.profile.gaps_title": {
        "id": "Kesenjangan kompetensi (asesmen terakhir)",
        "en": "Competency gaps (latest assessment)",
    },
    "kinerja.profile.no_gaps": {
        "id": "Tidak ada kesenjangan pada asesmen terakhir.",
        "en": "No gap in the latest assessment.",
    },
    "kinerja.jp.right": {"id": "hak {n} JP", "en": "right {n} JP"},
    "kinerja.jp.cap": {"id": "batas {n} JP", "en": "cap {n} JP"},
    "kinerja.jp.right_line": {"id": "Hak {n} JP (PNS)", "en": "Right {n} JP (PNS)"},
    "kinerja.jp.cap_line": {"id": "Batas {n} JP (PPPK)", "en": "Cap {n} JP (PPPK)"},
    "kinerja.jp.chart": {"id": "JP per tahun: {name}", "en": "JP per year: {name}"},
    "kinerja.jp.y": {"id": "Jam pelajaran (JP)", "en": "Learning hours (JP)"},
    "kinerja.jp_status.memenuhi": {
        "id": "Memenuhi hak 20 JP",
        "en": "Meets the 20 JP right",
    },
    "kinerja.jp_status.kurang": {
        "id": "Di bawah hak 20 JP",
        "en": "Below the 20 JP right",
    },
    "kinerja.jp_status.sesuai_batas": {
        "id": "Dalam batas 24 JP",
        "en": "Within the 24 JP cap",
    },
    "kinerja.jp_status.melebihi_batas": {
        "id": "Melebihi batas 24 JP",
        "en": "Above the 24 JP cap",
    },
    "kinerja.jalur.klasikal": {"id": "Klasikal", "en": "Classroom"},
    "kinerja.jalur.nonklasikal": {"id": "Nonklasikal", "en": "Non-classroom"},
    "kinerja.late.yes": {"id": "Terlambat {n} hari", "en": "{n} days late"},
    "kinerja.late.no": {"id": "Tepat waktu", "en": "On time"},
    "kinerja.sinyal.kinerja_rendah": {"id": "Kinerja rendah", "en": "Low performance"},
    "kinerja.sinyal.stagnasi_pegawai": {"id": "Stagnasi", "en": "Stagnation"},
    "kinerja.sinyal.resistensi": {
        "id": "Resistensi terhadap perubahan",
        "en": "Resistance to change",
    },
    "kinerja.keparahan.tinggi": {"id": "Tinggi", "en": "High"},
    "kinerja.keparahan.sedang": {"id": "Sedang", "en": "Medium"},
    "kinerja.keparahan.rendah": {"id": "Rendah", "en": "Low"},
    "kinerja.flag.line": {
        "id": "{symbol} **{severity} · {signal}** · {period}, {since}: {reason}",
        "en": "{symbol} **{severity} · {signal}** · {period}, {since}: {reason}",
    },
    "kinerja.flag.since": {
        "id": "sejak {start} ({n} periode)",
        "en": "since {start} ({n} periods)",
    },
    # --- column headers ---------------------------------------------------------
    "kinerja.col.subjek": {"id": "OPD / unit", "en": "Agency / unit"},
    "kinerja.col.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "kinerja.col.unit": {"id": "Unit kerja", "en": "Work unit"},
    "kinerja.col.dinilai": {"id": "Dinilai", "en": "Rated"},
    "kinerja.col.pct_baik": {"id": "% Baik ke atas", "en": "% Good or better"},
    "kinerja.col.sumber_predikat": {"id": "Sumber predikat", "en": "Predikat source"},
    "kinerja.col.predikat_org": {
        "id": "Predikat organisasi",
        "en": "Organisation predikat",
    },
    "kinerja.col.sumber_org": {"id": "Dasar", "en": "Basis"},
    "kinerja.col.status": {"id": "Kesesuaian kurva", "en": "Curve check"},
    "kinerja.col.aturan_gagal": {
        "id": "Aturan yang tidak terpenuhi",
        "en": "Rules not met",
    },
    "kinerja.col.perubahan": {
        "id": "Perubahan minimal (orang)",
        "en": "Smallest change (people)",
    },
    "kinerja.col.saran": {
        "id": "Perubahan terkecil (orang: dari → ke)",
        "en": "Smallest change (people: from → to)",
    },
    "kinerja.col.pegawai": {"id": "Pegawai", "en": "Employees"},
    "kinerja.col.periode_dinilai": {"id": "Penilaian", "en": "Evaluations"},
    "kinerja.col.pct_lebih_tinggi": {
        "id": "Diri > atasan (%)",
        "en": "Self > supervisor (%)",
    },
    "kinerja.col.pct_lebih_rendah": {
        "id": "Diri < atasan (%)",
        "en": "Self < supervisor (%)",
    },
    "kinerja.col.rata_selisih": {"id": "Selisih rata-rata", "en": "Mean gap"},
    "kinerja.col.penilaian_diri": {
        "id": "Penilaian diri lebih tinggi",
        "en": "Self-rating higher",
    },
    "kinerja.col.nama": {"id": "Nama", "en": "Name"},
    "kinerja.col.nip": {"id": "NIP", "en": "NIP"},
    "kinerja.col.jenis_asn": {"id": "Jenis ASN", "en": "ASN type"},
    "kinerja.col.predikat": {"id": "Predikat", "en": "Predikat"},
    "kinerja.col.kinerja": {"id": "Kinerja", "en": "Performance"},
    "kinerja.col.sumber_kinerja": {"id": "Dasar kinerja", "en": "Performance basis"},
    "kinerja.col.potensi": {"id": "Potensi", "en": "Potential"},
    "kinerja.col.periode": {"id": "Periode", "en": "Period"},
    "kinerja.col.hasil_kerja": {
        "id": "Hasil kerja (atasan)",
        "en": "Results (supervisor)",
    },
    "kinerja.col.perilaku_kerja": {"id": "Perilaku kerja", "en": "Behaviour"},
    "kinerja.col.diri": {"id": "Hasil kerja (diri)", "en": "Results (self)"},
    "kinerja.col.selisih": {"id": "Selisih diri − atasan", "en": "Self − supervisor"},
    "kinerja.col.terlambat": {"id": "Laporan mandiri", "en": "Self-report"},
    "kinerja.col.tahun": {"id": "Tahun", "en": "Year"},
    "kinerja.col.predikat_tahunan": {"id": "Predikat tahunan", "en": "Annual predikat"},
    "kinerja.col.predikat_efektif": {
        "id": "Predikat dipakai",
        "en": "Predikat used",
    },
    "kinerja.col.kotak": {"id": "Nine-box", "en": "Nine-box"},
    "kinerja.col.jp": {"id": "JP", "en": "JP"},
    "kinerja.col.jp_batas": {"id": "Hak / batas JP", "en": "JP right / cap"},
    "kinerja.col.jp_status": {"id": "Status JP", "en": "JP status"},
    "kinerja.col.kesenjangan": {
        "id": "Kesenjangan kompetensi",
        "en": "Competency gaps",
    },
    "kinerja.col.mulai": {"id": "Mulai", "en": "Start"},
    "kinerja.col.pelatihan": {"id": "Pelatihan", "en": "Training"},
    "kinerja.col.jalur": {"id": "Jalur", "en": "Route"},
    "kinerja.col.kompetensi": {"id": "Kompetensi", "en": "Competency"},
    "kinerja.col.penyelenggara": {"id": "Penyelenggara", "en": "Provider"},
    "kinerja.col.standar": {"id": "Level standar", "en": "Standard level"},
    "kinerja.col.aktual": {"id": "Level aktual", "en": "Actual level"},
    "kinerja.col.kesenjangan_level": {"id": "Kesenjangan", "en": "Gap"},
    "kinerja.col.asesmen": {"id": "Asesmen", "en": "Assessed"},
    "kinerja.col.rekomendasi": {"id": "Rekomendasi", "en": "Recommendation"},
    "kinerja.col.prioritas": {"id": "Prioritas", "en": "Priority"},
    "kinerja.col.sinyal": {"id": "Sinyal", "en": "Signal"},
    "kinerja.col.keparahan": {"id": "Keparahan", "en": "Severity"},
    "kinerja.col.sejak": {"id": "Berlangsung", "en": "Running"},
    "kinerja.col.alasan": {"id": "Alasan", "en": "Reason"},
    # --- aturan.toml keys added for this page (listed on Tentang Indikator) -------
    "rule.label.kurva.istimewa.maks_sangat_baik_pct": {
        "id": "Kurva, organisasi Istimewa: maks. Sangat Baik (%)",
        "en": "Curve, organisation Istimewa: max. Sangat Baik (%)",
    },
    "rule.label.kurva.baik.maks_baik_pct": {
        "id": "Kurva, organisasi Baik: maks. Baik (%)",
        "en": "Curve, organisation Baik: max. Baik (%)",
    },
    "rule.label.kurva.baik.min_butuh_perbaikan_kurang_orang": {
        "id": "Kurva, organisasi Baik: min. Butuh Perbaikan/Kurang (orang)",
        "en": "Curve, organisation Baik: min. Butuh Perbaikan/Kurang (people)",
    },
    "rule.label.kurva.butuh_perbaikan.min_butuh_perbaikan_pct": {
        "id": "Kurva, organisasi Butuh Perbaikan/Cukup: min. Butuh Perbaikan (%)",
        "en": "Curve, organisation Butuh Perbaikan/Cukup: min. Butuh Perbaikan (%)",
    },
    "rule.label.kurva.butuh_perbaikan.maks_sangat_baik_pct": {
        "id": "Kurva, organisasi Butuh Perbaikan/Cukup: maks. Sangat Baik (%)",
        "en": "Curve, organisation Butuh Perbaikan/Cukup: max. Sangat Baik (%)",
    },
    "rule.label.kurva.kurang.min_kurang_pct": {
        "id": "Kurva, organisasi Kurang: min. Kurang/Misconduct (%)",
        "en": "Curve, organisation Kurang: min. Kurang/Misconduct (%)",
    },
    "rule.label.kurva.kurang.min_butuh_perbaikan_pct": {
        "id": "Kurva, organisasi Kurang: min. Butuh Perbaikan (%)",
        "en": "Curve, organisation Kurang: min. Butuh Perbaikan (%)",
    },
    "rule.label.kurva.kurang.maks_sangat_baik_pct": {
        "id": "Kurva, organisasi Kurang: maks. Sangat Baik (%)",
        "en": "Curve, organisation Kurang: max. Sangat Baik (%)",
    },
    "rule.label.kurva.sangat_kurang.min_sangat_kurang_pct": {
        "id": "Kurva, organisasi Sangat Kurang: min. Sangat Kurang (%)",
        "en": "Curve, organisation Sangat Kurang: min. Sangat Kurang (%)",
    },
    "rule.label.kurva.sangat_kurang.min_kurang_butuh_perbaikan_pct": {
        "id": "Kurva, organisasi Sangat Kurang: min. Kurang/Butuh Perbaikan (%)",
        "en": "Curve, organisation Sangat Kurang: min. Kurang/Butuh Perbaikan (%)",
    },
    "rule.label.kurva.sangat_kurang.maks_sangat_baik_orang": {
        "id": "Kurva, organisasi Sangat Kurang: maks. Sangat Baik (orang)",
        "en": "Curve, organisation Sangat Kurang: max. Sangat Baik (people)",
    },
    "rule.label.penilaian_diri.sering_pct": {
        "id": "Penilaian diri di atas atasan: ambang 'sering' (%)",
        "en": "Self-rating above supervisor: 'frequent' threshold (%)",
    },
    "rule.penilaian_diri.sering_pct": {
        "id": (
            "Unit ditandai sering menilai diri lebih tinggi bila pada sekurangnya "
            "pangsa ini dari SKP periodik setahun, rating hasil kerja menurut pegawai "
            "di atas rating atasan."
        ),
        "en": (
            "A unit is marked as frequently rating itself higher when, in at least "
            "this share of its periodic SKP of the year, the employee's own rating of "
            "results is above the supervisor's."
        ),
    },
}
