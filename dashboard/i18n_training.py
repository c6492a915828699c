"""UI strings of Kebutuhan Pelatihan (gaps, routes, JP, priority list).

Part of the one translation table: merged into i18n.TEXTS.
"""

TEXTS: dict[str, dict[str, str]] = {
    "nav.pelatihan": {"id": "Kebutuhan Pelatihan", "en": "Training Needs"},
    "pelatihan.intro": {
        "id": "Siapa butuh pelatihan apa pada {tahun}: kesenjangan kompetensi per OPD "
        "(level aktual di bawah standar pada asesmen terakhir), rute pengembangan yang "
        "disarankan, pemenuhan hak {hak} JP PNS dan batas {batas} JP PPPK, dan daftar "
        "prioritas per orang.",
        "en": "Who needs which training in {tahun}: competency gaps per agency (actual "
        "level below the standard in the latest assessment), the recommended "
        "development routes, the {hak} JP right of PNS and the {batas} JP cap of "
        "PPPK, and the priority list of people.",
    },
    "pelatihan.running_year": {
        "id": "Tahun {tahun} masih berjalan: data sampai {date}. JP di halaman ini "
        "adalah JP sejauh ini; PNS yang belum mencapai {hak} JP masih punya sisa tahun "
        "untuk memenuhinya.",
        "en": "{tahun} is still running: data up to {date}. JP on this page are JP so "
        "far; PNS below {hak} JP still have the rest of the year to reach it.",
    },
    "pelatihan.sector_ignored": {
        "id": "Filter sektor tidak dipakai di halaman ini; pilih OPD untuk "
        "mempersempit.",
        "en": "The sector filter does not apply on this page; choose an agency to "
        "narrow it down.",
    },
    "pelatihan.so_far": {
        "id": " (sejauh ini, s.d. {date})",
        "en": " (so far, up to {date})",
    },
    "pelatihan.city": {
        "id": "Kota Sabang (semua OPD)",
        "en": "Kota Sabang (all agencies)",
    },
    # --- KPIs
    "pelatihan.kpi.gaps": {
        "id": "ASN dengan kesenjangan",
        "en": "Staff with a gap",
    },
    "pelatihan.kpi.gaps_help": {
        "id": "Dari {dinilai} ASN yang sudah diasesmen ({pct}) punya minimal satu "
        "kompetensi dengan level aktual di bawah standar pada asesmen terakhir.",
        "en": "Of {dinilai} assessed staff ({pct}) have at least one competency whose "
        "actual level is below the standard in the latest assessment.",
    },
    "pelatihan.kpi.pns": {"id": "PNS ≥ {hak} JP", "en": "PNS with ≥ {hak} JP"},
    "pelatihan.kpi.pns_so_far": {
        "id": "PNS ≥ {hak} JP sejauh ini",
        "en": "PNS with ≥ {hak} JP so far",
    },
    "pelatihan.kpi.pns_help": {
        "id": "{n} dari {total} PNS mencapai hak minimal {hak} JP per tahun (PP "
        "11/2017 jo. PP 17/2020); {kurang} PNS masih di bawahnya",
        "en": "{n} of {total} PNS reached the right of at least {hak} JP a year (PP "
        "11/2017 as amended by PP 17/2020); {kurang} PNS are still below it",
    },
    "pelatihan.kpi.pppk": {
        "id": "PPPK di atas batas {batas} JP",
        "en": "PPPK above the {batas} JP cap",
    },
    "pelatihan.kpi.pppk_help": {
        "id": "Dari {total} PPPK (termasuk paruh waktu). PPPK paling banyak {batas} JP "
        "per tahun masa perjanjian kerja (PP 49/2018 Pasal 40 ayat 1); di atasnya "
        "perlu diperiksa",
        "en": "Of {total} PPPK (part-time included). PPPK may take at most {batas} JP "
        "per contract year (PP 49/2018 Art. 40(1)); more needs checking",
    },
    "pelatihan.kpi.priority": {
        "id": "Prioritas tinggi saat ini",
        "en": "High priority now",
    },
    "pelatihan.kpi.priority_help": {
        "id": "Saat ini {orang} orang punya kesenjangan terbuka; yang prioritas tinggi "
        "berkinerja rendah pada periode terakhir ({rendah} orang) atau PNS di bawah "
        "{hak} JP pada {tahun}.",
        "en": "{orang} people have an open gap now; high priority are low performers "
        "in their latest period ({rendah} people) or PNS below {hak} JP in {tahun}.",
    },
    "pelatihan.kpi.none": {
        "id": "Belum ada data untuk pilihan ini.",
        "en": "No data for this selection yet.",
    },
    "pelatihan.kpi.hidden": {
        "id": "Disembunyikan: kurang dari 5 orang (perlindungan data pribadi).",
        "en": "Hidden: fewer than 5 people (personal data protection).",
    },
    # --- heatmap
    "pelatihan.heat.title": {
        "id": "Kesenjangan kompetensi per OPD, {tahun}",
        "en": "Competency gaps per agency, {tahun}",
    },
    "pelatihan.heat.caption": {
        "id": "Angka di sel = jumlah ASN dengan level aktual di bawah standar pada "
        "asesmen terakhir (s.d. akhir tahun); warna = persentasenya dari ASN yang "
        "diasesmen pada kompetensi itu, makin gelap makin besar (untuk sedikit OPD "
        "persentase juga tertulis di bawah angka; semua angka ada di tabel). Sel "
        "kosong: belum ada yang diasesmen. Kompetensi dengan kesenjangan terbanyak di "
        "atas, OPD dengan kesenjangan terbanyak di kiri.",
        "en": "Number in a cell = staff whose actual level is below the standard in "
        "their latest assessment (up to the year's end); colour = their share of the "
        "staff assessed on that competency, darker = larger (with few agencies the "
        "share is also printed under the number; every figure is in the table). Empty "
        "cell: nobody assessed yet. Competencies with the most gaps on top, agencies "
        "with the most gaps on the left.",
    },
    "pelatihan.heat.chart_title": {
        "id": "ASN dengan kesenjangan per kompetensi dan OPD, {tahun} "
        "(angka = orang, warna = % dari yang diasesmen)",
        "en": "Staff with a gap per competency and agency, {tahun} "
        "(number = people, colour = % of those assessed)",
    },
    "pelatihan.heat.colorbar": {"id": "% dengan kesenjangan", "en": "% with a gap"},
    "pelatihan.jp.capped": {
        "id": "Grafik memuat {n} OPD dengan pangsa PNS memenuhi hak JP terendah dari "
        "{total}; semuanya ada di tabel di bawah grafik.",
        "en": "The chart holds the {n} agencies with the lowest share of PNS meeting "
        "the JP right, of {total}; all of them are in the table below the chart.",
    },
    "pelatihan.heat.capped": {
        "id": "Grafik memuat {n} OPD dengan kesenjangan terbanyak dari {total}; "
        "semuanya ada di tabel di bawah grafik.",
        "en": "The chart holds the {n} agencies with the most gaps, of {total}; all "
        "of them are in the table below the chart.",
    },
    "pelatihan.heat.hover": {
        "id": "{opd}<br>{kompetensi}: {n} dari {dinilai} diasesmen ({pct})<br>"
        "rata-rata kesenjangan {rata} level",
        "en": "{opd}<br>{kompetensi}: {n} of {dinilai} assessed ({pct})<br>"
        "mean gap {rata} levels",
    },
    "pelatihan.heat.hover_hidden": {
        "id": "Kurang dari {min} orang diasesmen: disembunyikan",
        "en": "Fewer than {min} people assessed: hidden",
    },
    # --- routes
    "pelatihan.routes.title": {
        "id": "Rute pengembangan yang perlu diselenggarakan, {tahun}",
        "en": "Development routes to organise, {tahun}",
    },
    "pelatihan.routes.caption": {
        "id": "Satu baris per pelatihan yang direkomendasikan untuk kesenjangan itu "
        "(peta kompetensi–pelatihan BKPSDM, Peraturan LAN 10/2018: klasikal atau "
        "nonklasikal seperti coaching, mentoring, e-learning, magang): berapa orang "
        "membutuhkannya, di berapa OPD, dan total JP (orang × JP pelatihan) untuk "
        "rencana pengembangan kompetensi.",
        "en": "One row per course recommended for the gap (BKPSDM's "
        "competency–training map, Peraturan LAN 10/2018: classroom or non-classroom "
        "such as coaching, mentoring, e-learning, internships): how many people need "
        "it, in how many agencies, and the total JP (people × course JP) for the "
        "development plan.",
    },
    "pelatihan.routes.top": {
        "id": "**{n} kebutuhan terbesar:**",
        "en": "**The {n} largest needs:**",
    },
    "pelatihan.routes.summary": {
        "id": "{course}: {people} di {opds}",
        "en": "{course}: {people} in {opds}",
    },
    "pelatihan.routes.bar_text": {
        "id": "{people} · {opds} · {bentuk}",
        "en": "{people} · {opds} · {bentuk}",
    },
    "pelatihan.unit.orang": {"id": "orang", "en": "people"},
    "pelatihan.unit.orang_one": {"id": "orang", "en": "person"},
    "pelatihan.unit.opd": {"id": "OPD", "en": "agencies"},
    "pelatihan.unit.opd_one": {"id": "OPD", "en": "agency"},
    "pelatihan.routes.chart_title": {
        "id": "Orang yang membutuhkan tiap pelatihan, {tahun}",
        "en": "People needing each course, {tahun}",
    },
    "pelatihan.routes.x_title": {"id": "Orang", "en": "People"},
    # --- JP
    "pelatihan.jp.title": {
        "id": "Pemenuhan JP per OPD, {tahun}",
        "en": "Training hours (JP) per agency, {tahun}",
    },
    "pelatihan.jp.caption": {
        "id": "PNS berhak atas pengembangan kompetensi minimal {hak} JP per tahun (1 "
        "JP = 45 menit); PPPK paling banyak {batas} JP per tahun masa perjanjian "
        "kerja, jadi PPPK di atas {batas} JP perlu diperiksa (batas ini tidak berlaku "
        "untuk JPT utama/madya). JP dihitung per tahun tanggal mulai pelatihan; "
        "klasikal dan nonklasikal dijumlahkan untuk semua ASN.",
        "en": "PNS have a right to at least {hak} JP of competency development a year "
        "(1 JP = 45 minutes); PPPK may take at most {batas} JP per contract year, so "
        "PPPK above {batas} JP need checking (the cap does not apply to JPT "
        "utama/madya posts). JP count in the year the course started; classroom and "
        "non-classroom JP are summed over all staff.",
    },
    "pelatihan.jp.chart_title": {
        "id": "PNS dengan ≥ {hak} JP per OPD, {tahun}",
        "en": "PNS with ≥ {hak} JP per agency, {tahun}",
    },
    "pelatihan.jp.x_title": {
        "id": "% PNS dengan ≥ {hak} JP",
        "en": "% of PNS with ≥ {hak} JP",
    },
    "pelatihan.jp.target": {
        "id": "Semua PNS ≥ {hak} JP",
        "en": "All PNS ≥ {hak} JP",
    },
    "pelatihan.jp.bar_text": {
        "id": "{pct} · {n} PNS < {hak} JP",
        "en": "{pct} · {n} PNS < {hak} JP",
    },
    "pelatihan.jp.hover": {
        "id": "{opd}<br>{n} dari {total} PNS ≥ {hak} JP<br>rata-rata {rata} JP per PNS",
        "en": "{opd}<br>{n} of {total} PNS ≥ {hak} JP<br>mean {rata} JP per PNS",
    },
    # --- priority list
    "pelatihan.prio.title": {
        "id": "Daftar prioritas pelatihan per orang",
        "en": "Training priority list per person",
    },
    "pelatihan.prio.caption": {
        "id": "Urutan: 1 kinerja rendah dan PNS di bawah {hak} JP, 2 kinerja rendah, "
        "3 PNS di bawah {hak} JP, 4 kesenjangan saja (bobot di aturan.toml); dalam "
        "prioritas yang sama, JP paling sedikit lalu kesenjangan terbesar lebih dulu, "
        "dan baris satu orang berurutan. Daftar ini memuat nama dan NIP: setiap "
        "tampilan dan unduhan dicatat di log audit.",
        "en": "Order: 1 low performer and PNS below {hak} JP, 2 low performer, 3 PNS "
        "below {hak} JP, 4 gap only (weights in aturan.toml); within a priority, the "
        "fewest JP and then the largest gap first, one person's rows together. This "
        "list holds names and NIPs: every view and download is written to the audit "
        "log.",
    },
    "pelatihan.prio.no_access": {
        "id": "Daftar prioritas per orang hanya untuk BKPSDM dan kepala OPD.",
        "en": "The per-person priority list is for BKPSDM and heads of agencies only.",
    },
    "pelatihan.prio.none": {
        "id": "Tidak ada kesenjangan kompetensi terbuka untuk pilihan ini.",
        "en": "No open competency gap for this selection.",
    },
    "pelatihan.prio.none_match": {
        "id": "Tidak ada baris yang cocok dengan filter ini.",
        "en": "No rows match these filters.",
    },
    "pelatihan.prio.other_year": {
        "id": "Daftar prioritas selalu memakai asesmen terakhir dan JP tahun data "
        "terakhir ({tahun}), bukan tahun yang dipilih ({chosen}).",
        "en": "The priority list always uses the latest assessment and the JP of the "
        "latest data year ({tahun}), not the chosen year ({chosen}).",
    },
    "pelatihan.prio.capped": {
        "id": "Daftar memuat {n} kebutuhan teratas menurut prioritas dari {total} "
        "kebutuhan terbuka; saring di bawah berlaku pada {n} baris ini. Pilih OPD di "
        "bilah samping untuk melihat daftar OPD itu seluruhnya.",
        "en": "The list holds the first {n} needs by priority of {total} open needs; "
        "the filters below apply to these {n} rows. Pick an OPD in the sidebar to see "
        "that OPD's whole list.",
    },
    "pelatihan.prio.count": {
        "id": "{n} kebutuhan dari {orang} orang (dari {total} kebutuhan terbuka).",
        "en": "{n} needs of {orang} people (of {total} open needs).",
    },
    "pelatihan.prio.both": {
        "id": "Kinerja rendah & < {hak} JP",
        "en": "Low performer & < {hak} JP",
    },
    "pelatihan.prio.low": {"id": "Kinerja rendah", "en": "Low performer"},
    "pelatihan.prio.jp": {"id": "< {hak} JP", "en": "< {hak} JP"},
    "pelatihan.prio.gap": {"id": "Kesenjangan saja", "en": "Gap only"},
    "pelatihan.filter.jenis": {"id": "Jenis kompetensi", "en": "Competency type"},
    "pelatihan.filter.rute": {"id": "Rute", "en": "Route"},
    "pelatihan.filter.all": {"id": "Semua", "en": "All"},
    "pelatihan.filter.high": {
        "id": "Hanya prioritas tinggi",
        "en": "High priority only",
    },
    "pelatihan.filter.high_help": {
        "id": "Kinerja rendah pada periode terakhir atau PNS di bawah {hak} JP tahun "
        "ini.",
        "en": "Low performer in the latest period or PNS below {hak} JP this year.",
    },
    "pelatihan.why.low": {
        "id": "kinerja rendah pada periode terakhir",
        "en": "low performer in the latest period",
    },
    "pelatihan.why.jp_below": {
        "id": "baru {jp} dari hak {hak} JP pada {tahun}",
        "en": "only {jp} of the {hak} JP right in {tahun}",
    },
    "pelatihan.why.jp_met": {
        "id": "{jp} JP pada {tahun}, hak {hak} JP terpenuhi",
        "en": "{jp} JP in {tahun}, the {hak} JP right is met",
    },
    "pelatihan.why.jp_cap": {
        "id": "{jp} JP pada {tahun} (batas PPPK {batas} JP)",
        "en": "{jp} JP in {tahun} (PPPK cap {batas} JP)",
    },
    "pelatihan.why.jp_over": {
        "id": "{jp} JP pada {tahun}, melebihi batas PPPK {batas} JP",
        "en": "{jp} JP in {tahun}, above the PPPK cap of {batas} JP",
    },
    "pelatihan.why.so_far": {"id": " (sejauh ini)", "en": " (so far)"},
    "pelatihan.why.gap": {
        "id": "kesenjangan {k} level pada {kompetensi} (aktual {aktual}, standar "
        "{standar}, asesmen {tanggal})",
        "en": "a {k}-level gap in {kompetensi} (actual {aktual}, standard {standar}, "
        "assessed {tanggal})",
    },
    "pelatihan.why.default_route": {
        "id": "rute bawaan: kompetensi belum ada di peta pelatihan",
        "en": "default route: the competency is not in the training map yet",
    },
    # --- labels of codes
    "pelatihan.jalur.klasikal": {"id": "Klasikal", "en": "Classroom"},
    "pelatihan.jalur.nonklasikal": {"id": "Nonklasikal", "en": "Non-classroom"},
    "pelatihan.bentuk.pelatihan": {"id": "Pelatihan", "en": "Training course"},
    "pelatihan.bentuk.coaching": {"id": "Coaching", "en": "Coaching"},
    "pelatihan.bentuk.mentoring": {"id": "Mentoring", "en": "Mentoring"},
    "pelatihan.bentuk.e_learning": {"id": "E-learning", "en": "E-learning"},
    "pelatihan.bentuk.magang": {"id": "Magang", "en": "Internship"},
    "pelatihan.bentuk.team_building": {"id": "Team building", "en": "Team building"},
    "pelatihan.bentuk.benchmarking": {
        "id": "Studi tiru (benchmarking)",
        "en": "Benchmarking visit",
    },
    "pelatihan.jenis.manajerial": {"id": "Manajerial", "en": "Managerial"},
    "pelatihan.jenis.sosial_kultural": {
        "id": "Sosial kultural",
        "en": "Socio-cultural",
    },
    "pelatihan.jenis.teknis": {"id": "Teknis", "en": "Technical"},
    "pelatihan.asn.PNS": {"id": "PNS", "en": "PNS"},
    "pelatihan.asn.PPPK": {"id": "PPPK", "en": "PPPK"},
    "pelatihan.asn.PPPK_PARUH_WAKTU": {
        "id": "PPPK paruh waktu",
        "en": "Part-time PPPK",
    },
    # --- column headers
    "pelatihan.col.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "pelatihan.col.kompetensi": {"id": "Kompetensi", "en": "Competency"},
    "pelatihan.col.jenis": {"id": "Jenis kompetensi", "en": "Competency type"},
    "pelatihan.col.dinilai": {"id": "Diasesmen", "en": "Assessed"},
    "pelatihan.col.n_kesenjangan": {"id": "Dengan kesenjangan", "en": "With a gap"},
    "pelatihan.col.pct_kesenjangan": {
        "id": "% dengan kesenjangan",
        "en": "% with a gap",
    },
    "pelatihan.col.rata_kesenjangan": {
        "id": "Rata-rata kesenjangan (level)",
        "en": "Mean gap (levels)",
    },
    "pelatihan.col.jalur": {"id": "Jalur", "en": "Route"},
    "pelatihan.col.bentuk": {"id": "Bentuk", "en": "Form"},
    "pelatihan.col.rute": {"id": "Rute", "en": "Route"},
    "pelatihan.col.rekomendasi": {
        "id": "Rekomendasi pelatihan",
        "en": "Recommended course",
    },
    "pelatihan.col.jp_per_orang": {"id": "JP per orang", "en": "JP per person"},
    "pelatihan.col.orang": {"id": "Orang", "en": "People"},
    "pelatihan.col.jumlah_opd": {"id": "Jumlah OPD", "en": "Agencies"},
    "pelatihan.col.jp_total": {"id": "Total JP", "en": "Total JP"},
    "pelatihan.col.sebaran": {"id": "Sebaran per OPD", "en": "Spread over agencies"},
    "pelatihan.col.pns": {"id": "PNS", "en": "PNS"},
    "pelatihan.col.pns_memenuhi": {"id": "PNS ≥ {hak} JP", "en": "PNS ≥ {hak} JP"},
    "pelatihan.col.pct_pns_memenuhi": {
        "id": "% PNS ≥ {hak} JP",
        "en": "% PNS ≥ {hak} JP",
    },
    "pelatihan.col.pns_kurang": {"id": "PNS < {hak} JP", "en": "PNS < {hak} JP"},
    "pelatihan.col.so_far_suffix": {"id": " sejauh ini", "en": " so far"},
    "pelatihan.col.pns_tanpa_jp": {"id": "PNS tanpa JP", "en": "PNS with no JP"},
    "pelatihan.col.rata_jp_pns": {
        "id": "Rata-rata JP PNS",
        "en": "Mean JP per PNS",
    },
    "pelatihan.col.pppk": {"id": "PPPK", "en": "PPPK"},
    "pelatihan.col.pppk_melebihi": {
        "id": "PPPK > {batas} JP",
        "en": "PPPK > {batas} JP",
    },
    "pelatihan.col.rata_jp_pppk": {
        "id": "Rata-rata JP PPPK",
        "en": "Mean JP per PPPK",
    },
    "pelatihan.col.jp_klasikal": {"id": "JP klasikal", "en": "Classroom JP"},
    "pelatihan.col.jp_nonklasikal": {"id": "JP nonklasikal", "en": "Non-classroom JP"},
    "pelatihan.col.pct_nonklasikal": {
        "id": "% JP nonklasikal",
        "en": "% non-classroom JP",
    },
    "pelatihan.col.prioritas": {"id": "Prioritas", "en": "Priority"},
    "pelatihan.col.nama": {"id": "Nama", "en": "Name"},
    "pelatihan.col.nip": {"id": "NIP", "en": "NIP"},
    "pelatihan.col.unit_kerja": {"id": "Unit kerja", "en": "Work unit"},
    "pelatihan.col.jenis_asn": {"id": "Jenis ASN", "en": "Staff type"},
    "pelatihan.col.kesenjangan_level": {
        "id": "Kesenjangan (level)",
        "en": "Gap (levels)",
    },
    "pelatihan.col.jp_pelatihan": {"id": "JP pelatihan", "en": "Course JP"},
    "pelatihan.col.jp_tahun": {"id": "JP {tahun}", "en": "JP {tahun}"},
    "pelatihan.col.alasan": {"id": "Alasan", "en": "Reason"},
}
