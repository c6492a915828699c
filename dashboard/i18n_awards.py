"""UI strings of Penghargaan (nominations, presentation mode, exports).

Part of the one translation table: merged into i18n.TEXTS.
"""

_RULES = {
    "asn_terbaik": ("ASN Berkinerja Terbaik", "Best-performing civil servant"),
    "capaian_sektor": (
        "Capaian terbaik per sektor",
        "Best attainment in each sector",
    ),
    "unit_meningkat": ("Unit paling meningkat", "Most improved unit"),
    "ikm_terbaik": ("IKM terbaik", "Best service satisfaction (IKM)"),
}

TEXTS: dict[str, dict[str, str]] = {
    "nav.penghargaan": {"id": "Penghargaan", "en": "Awards"},
    "penghargaan.intro": {
        "id": (
            "Nominasi penghargaan {tahun} dari aturan yang terdokumentasi (bagian "
            "[penghargaan] di aturan.toml), masing-masing dengan buktinya. BKPSDM "
            "mengonfirmasi atau menghapus nominasi; keputusan disimpan di penyimpanan "
            "aplikasi, bukan di gudang data."
        ),
        "en": (
            "Award nominations for {tahun} from documented rules (section "
            "[penghargaan] of aturan.toml), each with its evidence. BKPSDM confirms or "
            "removes nominees; decisions are kept in the app's store, not in the "
            "warehouse."
        ),
    },
    **{
        f"penghargaan.aturan.{code}": {"id": names[0], "en": names[1]}
        for code, names in _RULES.items()
    },
    "penghargaan.aturan_rinci.asn_terbaik": {
        "id": (
            "Per OPD: predikat tahunan Sangat Baik; minimal {min_periode} penilaian "
            "periodik dalam tahun itu, minimal {min_pct}% di antaranya Baik ke atas; "
            "tanpa tanda peringatan dini pada tahun itu dan tanpa tanda aktif. "
            "Peringkat menurut jumlah penilaian periodik Sangat Baik, lalu persentase "
            "Baik ke atas; {maks_opd} peringkat teratas per OPD dinominasikan (★; "
            "nilai sama berbagi peringkat)."
        ),
        "en": (
            "Per OPD: annual predikat Sangat Baik; at least {min_periode} periodic "
            "evaluations in the year, at least {min_pct}% of them Baik or better; no "
            "early-warning flag in the year and none current. Ranked by the number of "
            "periodic Sangat Baik, then the share Baik or better; the top {maks_opd} "
            "rank(s) per OPD are nominated (★; ties share a rank)."
        ),
    },
    "penghargaan.aturan_rinci.capaian_sektor": {
        "id": (
            "Per sektor: unit dengan minimal {min_ind} indikator bertarget, rata-rata "
            "capaian minimal {min_capaian}% dan tanpa tanda peringatan unit yang masih "
            "terbuka di akhir tahun. Peringkat menurut rata-rata capaian, lalu jumlah "
            "indikator tercapai; {maks_sektor} peringkat teratas per sektor "
            "dinominasikan (★)."
        ),
        "en": (
            "Per sector: units with at least {min_ind} indicators with a target, a "
            "mean attainment of at least {min_capaian}% and no unit flag open at the "
            "year's end. Ranked by mean attainment, then indicators on target; the top "
            "{maks_sektor} rank(s) per sector are nominated (★)."
        ),
    },
    "penghargaan.aturan_rinci.unit_meningkat": {
        "id": (
            "Seluruh kota: rata-rata capaian naik minimal {min_poin} poin dibanding "
            "tahun sebelumnya (kedua tahun minimal {min_ind} indikator bertarget), "
            "tanpa tanda peringatan unit yang masih terbuka di akhir tahun. Peringkat "
            "menurut kenaikan; {maks} peringkat teratas dinominasikan (★)."
        ),
        "en": (
            "City-wide: mean attainment up by at least {min_poin} points on the year "
            "before (both years with at least {min_ind} indicators with a target), no "
            "unit flag open at the year's end. Ranked by the increase; the top {maks} "
            "rank(s) are nominated (★)."
        ),
    },
    "penghargaan.aturan_rinci.ikm_terbaik": {
        "id": (
            "Seluruh kota: IKM tahunan unit layanan yang andal (minimal {min_resp} "
            "responden) dan minimal {min_ikm} (batas bawah mutu B). Peringkat menurut "
            "IKM, lalu jumlah responden; {maks} peringkat teratas dinominasikan (★)."
        ),
        "en": (
            "City-wide: the yearly IKM of a service unit, reliable (at least "
            "{min_resp} responses) and at least {min_ikm} (the lower bound of grade "
            "B). Ranked by IKM, then the number of responses; the top {maks} rank(s) "
            "are nominated (★)."
        ),
    },
    "penghargaan.judul.asn_terbaik": {
        "id": "ASN Berkinerja Terbaik {tahun}",
        "en": "Best-performing Civil Servant {tahun}",
    },
    "penghargaan.judul.capaian_sektor": {
        "id": "Capaian Terbaik Sektor {sektor} {tahun}",
        "en": "Best Attainment, {sektor} Sector {tahun}",
    },
    "penghargaan.judul.unit_meningkat": {
        "id": "Unit Paling Meningkat {tahun}",
        "en": "Most Improved Unit {tahun}",
    },
    "penghargaan.judul.ikm_terbaik": {
        "id": "Pelayanan Terbaik (IKM) {tahun}",
        "en": "Best Public Service (IKM) {tahun}",
    },
    "penghargaan.jenis_unit.puskesmas": {"id": "Puskesmas", "en": "Health centre"},
    "penghargaan.jenis_unit.layanan_wisata": {
        "id": "Unit layanan wisata",
        "en": "Tourism service unit",
    },
    "penghargaan.jenis_unit.gampong": {"id": "Gampong", "en": "Village (gampong)"},
    "penghargaan.jenis_unit.sekretariat": {"id": "Sekretariat", "en": "Secretariat"},
    "penghargaan.jenis_unit.bidang": {"id": "Bidang", "en": "Division"},
    "penghargaan.jenis_unit.opd": {"id": "OPD", "en": "Agency (OPD)"},
    "penghargaan.jenis_unit.rumah_sakit": {"id": "Rumah sakit", "en": "Hospital"},
    "penghargaan.keputusan.dikonfirmasi": {"id": "Dikonfirmasi", "en": "Confirmed"},
    "penghargaan.keputusan.dihapus": {"id": "Dihapus", "en": "Removed"},
    "penghargaan.keputusan.belum": {"id": "Belum diputuskan", "en": "Not decided"},
    "penghargaan.poin": {"id": "{n} poin", "en": "{n} points"},
    "penghargaan.kota": {"id": "Kota Sabang", "en": "Kota Sabang"},
    "penghargaan.kosong": {
        "id": "Tidak ada kandidat yang memenuhi aturan ini untuk pilihan filter ini.",
        "en": "No candidate meets this rule for these filters.",
    },
    # KPIs
    "penghargaan.kpi.nominasi": {"id": "Nominasi", "en": "Nominees"},
    "penghargaan.kpi.nominasi_help": {
        "id": (
            "Kandidat dalam batas nominasi aturannya (★), dari daftar yang boleh Anda "
            "lihat."
        ),
        "en": "Candidates within their rule's nomination limit (★) that you may see.",
    },
    "penghargaan.kpi.dikonfirmasi": {"id": "Dikonfirmasi", "en": "Confirmed"},
    "penghargaan.kpi.dihapus": {"id": "Dihapus", "en": "Removed"},
    "penghargaan.kpi.data": {"id": "Data per", "en": "Data as of"},
    "penghargaan.kpi.data_help": {
        "id": "Bulan terakhir yang dicakup data terpilih (snapshot atau data terkini).",
        "en": "The last month the chosen data covers (snapshot or live data).",
    },
    # columns
    "penghargaan.col.keputusan": {"id": "Keputusan", "en": "Decision"},
    "penghargaan.col.peringkat": {"id": "Peringkat", "en": "Rank"},
    "penghargaan.col.nama": {"id": "Nama", "en": "Name"},
    "penghargaan.col.nip": {"id": "NIP", "en": "NIP"},
    "penghargaan.col.jabatan": {"id": "Jabatan / jenis", "en": "Position / kind"},
    "penghargaan.col.unit": {"id": "Unit", "en": "Unit"},
    "penghargaan.col.opd": {"id": "OPD", "en": "OPD"},
    "penghargaan.col.kelompok": {"id": "Sektor", "en": "Sector"},
    "penghargaan.col.nilai": {"id": "Nilai peringkat", "en": "Ranking value"},
    "penghargaan.col.bukti": {"id": "Bukti", "en": "Evidence"},
    "penghargaan.col.alasan": {"id": "Alasan / kutipan", "en": "Reason / citation"},
    "penghargaan.col.data_sampai": {"id": "Data per", "en": "Data as of"},
    "penghargaan.col.penghargaan": {"id": "Penghargaan", "en": "Award"},
    "penghargaan.col.kutipan": {"id": "Kutipan", "en": "Citation"},
    "penghargaan.col.waktu": {"id": "Waktu (WIB)", "en": "Time (WIB)"},
    "penghargaan.col.oleh": {"id": "Oleh", "en": "By"},
    "penghargaan.col.snapshot": {"id": "Snapshot", "en": "Snapshot"},
    # snapshot
    "penghargaan.snapshot.pilih": {
        "id": "Data yang dipakai",
        "en": "Data in use",
    },
    "penghargaan.snapshot.help": {
        "id": (
            "Snapshot = salinan beku gudang data. Upacara dan briefing memakai satu "
            "snapshot, sehingga angka di panggung, di berkas dan di layar sama walau "
            "ekspor baru masuk. Pilihan ini tersimpan di tautan (?snapshot=...)."
        ),
        "en": (
            "A snapshot is a frozen copy of the warehouse. A ceremony or briefing uses "
            "one snapshot, so the numbers on stage, in the files and on screen are the "
            "same even if new exports arrive. The choice is kept in the link "
            "(?snapshot=...)."
        ),
    },
    "penghargaan.snapshot.opsi_langsung": {
        "id": "Data terkini (belum dibekukan)",
        "en": "Live data (not frozen)",
    },
    "penghargaan.snapshot.opsi": {
        "id": "{label} · data per {tanggal} · {id}",
        "en": "{label} · data as of {tanggal} · {id}",
    },
    "penghargaan.snapshot.buat": {
        "id": "Bekukan data sekarang",
        "en": "Freeze data now",
    },
    "penghargaan.snapshot.label": {
        "id": "Nama snapshot (mis. Upacara 17 Agustus)",
        "en": "Snapshot name (e.g. 17 August ceremony)",
    },
    "penghargaan.snapshot.simpan": {"id": "Buat snapshot", "en": "Create snapshot"},
    "penghargaan.snapshot.menyalin": {
        "id": "Menyalin gudang data…",
        "en": "Copying the warehouse…",
    },
    "penghargaan.snapshot.dibuat": {
        "id": "Snapshot {id} dibuat dan dipilih.",
        "en": "Snapshot {id} created and selected.",
    },
    "penghargaan.snapshot.gagal": {
        "id": "Snapshot tidak dapat dibuat: {e}",
        "en": "The snapshot could not be created: {e}",
    },
    "penghargaan.snapshot.langsung": {
        "id": (
            "Memakai data terkini: angka dapat berubah saat ekspor baru dimuat. "
            "Bekukan data sebelum menyiapkan upacara atau briefing."
        ),
        "en": (
            "Using live data: numbers may change when new exports are loaded. Freeze "
            "the data before preparing a ceremony or a briefing."
        ),
    },
    "penghargaan.snapshot.aktif": {
        "id": (
            "Snapshot {id} «{label}» · data per {tanggal} · dibekukan oleh {oleh} "
            "pada {waktu} WIB. Halaman ini, presentasi dan berkasnya memakai data ini."
        ),
        "en": (
            "Snapshot {id} «{label}» · data as of {tanggal} · frozen by {oleh} on "
            "{waktu} WIB. This page, the presentation and the files use this data."
        ),
    },
    # nominations
    "penghargaan.nominasi.judul": {
        "id": "Nominasi {tahun} dan buktinya",
        "en": "Nominations {tahun} and their evidence",
    },
    "penghargaan.nominasi.caption": {
        "id": (
            "Setiap kandidat yang memenuhi aturan, dengan peringkat dan bukti; ★ = "
            "dalam batas nominasi. Keputusan: ● dikonfirmasi, ✖ dihapus, ○ belum "
            "diputuskan."
        ),
        "en": (
            "Every candidate meeting a rule, with rank and evidence; ★ = within the "
            "nomination limit. Decision: ● confirmed, ✖ removed, ○ not decided."
        ),
    },
    "penghargaan.pegawai.tanpa_akses": {
        "id": (
            "Nominasi perorangan (nama dan NIP) hanya untuk BKPSDM dan kepala OPD; "
            "penerima yang sudah dikonfirmasi tampil di bawah."
        ),
        "en": (
            "Individual nominations (names and NIPs) are for BKPSDM and heads of OPD "
            "only; confirmed awardees are shown below."
        ),
    },
    "penghargaan.putuskan.judul": {
        "id": "Konfirmasi atau hapus nominasi (BKPSDM)",
        "en": "Confirm or remove a nominee (BKPSDM)",
    },
    "penghargaan.putuskan.kandidat": {"id": "Kandidat", "en": "Candidate"},
    "penghargaan.putuskan.pilih_opd": {
        "id": "Ada {n} nominasi pada pilihan ini, terlalu banyak untuk satu daftar "
        "pilihan: pilih OPD di bilah samping untuk memutuskan nominasi OPD itu.",
        "en": "There are {n} nominees in this view, too many for one picker: pick an "
        "OPD in the sidebar to decide on that OPD's nominees.",
    },
    "penghargaan.putuskan.terbatas": {
        "id": "Pilihan memuat {n} nominasi (★) dari {total} kandidat; pilih OPD di "
        "bilah samping untuk memutuskan kandidat lain OPD itu.",
        "en": "The picker holds the {n} nominees (★) of {total} candidates; pick an "
        "OPD in the sidebar to decide on that OPD's other candidates.",
    },
    "penghargaan.putuskan.kutipan": {
        "id": "Kutipan yang diumumkan",
        "en": "Citation to announce",
    },
    "penghargaan.putuskan.kutipan_help": {
        "id": (
            "Teks singkat untuk kartu penerima dan deck; dilihat publik. Jangan "
            "cantumkan NIP atau data pribadi lain."
        ),
        "en": (
            "A short text for the awardee card and the deck, seen by the public. Do "
            "not include NIPs or other personal data."
        ),
    },
    "penghargaan.putuskan.alasan": {
        "id": "Alasan penghapusan (wajib untuk menghapus)",
        "en": "Reason for removal (required to remove)",
    },
    "penghargaan.putuskan.konfirmasi": {"id": "Konfirmasi", "en": "Confirm"},
    "penghargaan.putuskan.hapus": {"id": "Hapus dari nominasi", "en": "Remove"},
    "penghargaan.putuskan.dikonfirmasi": {
        "id": "{nama} dikonfirmasi sebagai penerima.",
        "en": "{nama} confirmed as an awardee.",
    },
    "penghargaan.putuskan.dihapus": {
        "id": "{nama} dihapus dari nominasi.",
        "en": "{nama} removed from the nominations.",
    },
    "penghargaan.putuskan.gagal": {
        "id": "Keputusan tidak tersimpan: {e}",
        "en": "The decision was not saved: {e}",
    },
    "penghargaan.err.kutipan": {
        "id": "Isi kutipan yang akan diumumkan.",
        "en": "Enter the citation to announce.",
    },
    "penghargaan.err.kutipan_panjang": {
        "id": "Kutipan paling banyak {maks} karakter.",
        "en": "The citation may have at most {maks} characters.",
    },
    "penghargaan.err.alasan": {
        "id": "Tulis alasan penghapusan.",
        "en": "Write the reason for the removal.",
    },
    "penghargaan.err.alasan_panjang": {
        "id": "Alasan paling banyak {maks} karakter.",
        "en": "The reason may have at most {maks} characters.",
    },
    "penghargaan.err.aturan": {
        "id": "Nominasi ini tidak berasal dari aturan yang dikenal.",
        "en": "This nomination does not come from a known rule.",
    },
    "penghargaan.riwayat.judul": {
        "id": "Riwayat keputusan ({n})",
        "en": "Decision history ({n})",
    },
    "penghargaan.riwayat.kosong": {
        "id": "Belum ada keputusan.",
        "en": "No decision yet.",
    },
    # awardees
    "penghargaan.penerima.judul": {
        "id": "Penerima penghargaan {tahun}",
        "en": "Awardees {tahun}",
    },
    "penghargaan.penerima.caption": {
        "id": (
            "Hanya penerima yang dikonfirmasi BKPSDM, dengan apa yang diumumkan: nama, "
            "jabatan atau unit, penghargaan dan kutipan."
        ),
        "en": (
            "Only awardees confirmed by BKPSDM, with what is announced: name, position "
            "or unit, award and citation."
        ),
    },
    "penghargaan.penerima.kosong": {
        "id": "Belum ada penerima yang dikonfirmasi untuk tahun dan filter ini.",
        "en": "No confirmed awardee for this year and these filters yet.",
    },
    # charts
    "penghargaan.grafik.judul": {"id": "Grafik untuk panggung", "en": "Stage charts"},
    "penghargaan.grafik.caption": {
        "id": (
            "Grafik yang sama di presentasi, deck PPTX dan briefing PDF. ★ dan warna "
            "emas = penerima (atau nominasi bila belum ada yang dikonfirmasi). Unduh "
            "PNG lewat ikon kamera di pojok grafik."
        ),
        "en": (
            "The same charts as in the presentation, the PPTX deck and the PDF "
            "briefing. ★ and gold = awardee (or nominee while none is confirmed). "
            "Download a PNG with the camera icon in the chart's corner."
        ),
    },
    "penghargaan.grafik.sektor_judul": {
        "id": "Capaian rata-rata unit per sektor {tahun}",
        "en": "Mean unit attainment per sector {tahun}",
    },
    "penghargaan.grafik.sektor": {
        "id": "Rata-rata capaian indikator bertarget unit-unit setiap sektor",
        "en": "Mean attainment of the units' indicators with a target, per sector",
    },
    "penghargaan.grafik.capaian_sektor": {
        "id": "Rata-rata capaian indikator bertarget {tahun}, kandidat yang memenuhi",
        "en": "Mean attainment of indicators with a target {tahun}, eligible units",
    },
    "penghargaan.grafik.unit_meningkat": {
        "id": "Kenaikan rata-rata capaian dibanding tahun sebelumnya (poin), {tahun}",
        "en": "Increase in mean attainment on the year before (points), {tahun}",
    },
    "penghargaan.grafik.ikm_terbaik": {
        "id": "Indeks Kepuasan Masyarakat tahunan {tahun}, unit yang andal",
        "en": "Yearly Community Satisfaction Index {tahun}, reliable units",
    },
    "penghargaan.sumbu.capaian_sektor": {"id": "Capaian (%)", "en": "Attainment (%)"},
    "penghargaan.sumbu.unit_meningkat": {
        "id": "Kenaikan (poin)",
        "en": "Increase (points)",
    },
    "penghargaan.sumbu.ikm_terbaik": {"id": "IKM (25–100)", "en": "IKM (25–100)"},
    "penghargaan.acuan.capaian_sektor": {"id": "Target 100%", "en": "Target 100%"},
    "penghargaan.acuan.ikm_terbaik": {
        "id": "Mutu A ≥ 88,31",
        "en": "Grade A ≥ 88.31",
    },
    # slides
    "penghargaan.slide.kota": {
        "id": "Pemerintah Kota Sabang",
        "en": "Government of Kota Sabang",
    },
    "penghargaan.slide.data": {
        "id": "Data per {tanggal}",
        "en": "Data as of {tanggal}",
    },
    "penghargaan.slide.snapshot": {
        "id": "Snapshot {id} ({label})",
        "en": "Snapshot {id} ({label})",
    },
    "penghargaan.slide.langsung": {
        "id": "Data terkini, belum dibekukan",
        "en": "Live data, not frozen",
    },
    "penghargaan.slide.belum": {
        "id": "Penerima segera diumumkan",
        "en": "Awardees to be announced",
    },
    "penghargaan.slide.belum_rinci": {
        "id": "Belum ada penerima yang dikonfirmasi BKPSDM.",
        "en": "No awardee has been confirmed by BKPSDM yet.",
    },
    "penghargaan.slide.terima_kasih": {
        "id": "Selamat kepada para penerima",
        "en": "Congratulations to the awardees",
    },
    # event, presentation
    "penghargaan.acara.nama": {"id": "Nama acara", "en": "Event name"},
    "penghargaan.acara.tanggal": {"id": "Tanggal acara", "en": "Event date"},
    "penghargaan.acara.bawaan": {
        "id": "Penghargaan Kinerja ASN dan Unit Layanan {tahun}",
        "en": "Civil Service and Public Service Awards {tahun}",
    },
    "penghargaan.tayang.judul": {
        "id": "Presentasi dan ekspor",
        "en": "Presentation and exports",
    },
    "penghargaan.tayang.intro": {
        "id": (
            "Slide layar penuh untuk panggung: judul, grafik, satu kartu per penerima. "
            "Deck PPTX dan briefing PDF memakai slide dan angka yang sama."
        ),
        "en": (
            "Full-screen slides for the stage: title, charts, one card per awardee. "
            "The PPTX deck and the PDF briefing use the same slides and numbers."
        ),
    },
    "penghargaan.tayang.tema": {"id": "Tema", "en": "Theme"},
    "penghargaan.tayang.tema.terang": {"id": "☀ Terang", "en": "☀ Light"},
    "penghargaan.tayang.tema.gelap": {"id": "☾ Gelap", "en": "☾ Dark"},
    "penghargaan.tayang.tema_terang": {"id": "☀ Terang", "en": "☀ Light"},
    "penghargaan.tayang.tema_gelap": {"id": "☾ Gelap", "en": "☾ Dark"},
    "penghargaan.tayang.timer": {"id": "Ganti slide otomatis", "en": "Auto-advance"},
    "penghargaan.tayang.timer_off": {
        "id": "Manual (keyboard)",
        "en": "Manual (keyboard)",
    },
    "penghargaan.tayang.timer_s": {"id": "Tiap {n} detik", "en": "Every {n} seconds"},
    "penghargaan.tayang.mulai": {
        "id": "Mulai presentasi ({n} slide)",
        "en": "Start presentation ({n} slides)",
    },
    "penghargaan.tayang.caption": {
        "id": (
            "Di presentasi: ← → pindah slide, Home ke awal, Esc keluar; F11 untuk "
            "layar penuh peramban. Tautan menyimpan slide, tema dan timer."
        ),
        "en": (
            "In the presentation: ← → move, Home goes to the start, Esc leaves; F11 "
            "for the browser's full screen. The link keeps the slide, theme and timer."
        ),
    },
    "penghargaan.tayang.prev": {"id": "Slide sebelumnya (←)", "en": "Previous (←)"},
    "penghargaan.tayang.next": {"id": "Slide berikutnya (→)", "en": "Next (→)"},
    "penghargaan.tayang.first": {"id": "Slide pertama (Home)", "en": "First (Home)"},
    "penghargaan.tayang.keluar": {"id": "Keluar (Esc)", "en": "Leave (Esc)"},
    "penghargaan.tayang.keys": {
        "id": "← → pindah · Home awal · Esc keluar",
        "en": "← → move · Home start · Esc leave",
    },
    # exports
    "penghargaan.ekspor.pptx": {
        "id": "Siapkan deck PPTX",
        "en": "Build the PPTX deck",
    },
    "penghargaan.ekspor.pdf": {
        "id": "Siapkan briefing PDF",
        "en": "Build the PDF briefing",
    },
    "penghargaan.ekspor.menyusun_pptx": {
        "id": "Menyusun deck PPTX…",
        "en": "Building the PPTX deck…",
    },
    "penghargaan.ekspor.menyusun_pdf": {
        "id": "Menyusun briefing PDF…",
        "en": "Building the PDF briefing…",
    },
    "penghargaan.ekspor.siap": {
        "id": "Deck siap: {n} slide.",
        "en": "Deck ready: {n} slides.",
    },
    "penghargaan.ekspor.siap_pdf": {"id": "Briefing siap.", "en": "Briefing ready."},
    "penghargaan.ekspor.unduh_pptx": {"id": "Unduh deck PPTX", "en": "Download PPTX"},
    "penghargaan.ekspor.unduh_pdf": {"id": "Unduh briefing PDF", "en": "Download PDF"},
    "penghargaan.ekspor.caption": {
        "id": (
            "Deck: grafik asli PowerPoint yang dapat disunting, satu kartu per "
            "penerima. Briefing untuk kantor Wali Kota: sampul dengan filter, tanggal "
            "data dan snapshot; kartu skor kota, sorotan sektor, penerima."
        ),
        "en": (
            "Deck: native, editable PowerPoint charts, one card per awardee. Briefing "
            "for the mayor's office: cover with the filters, data date and snapshot; "
            "city scorecard, sector highlights, awardees."
        ),
    },
    # PDF
    "penghargaan.pdf.judul": {
        "id": "Briefing Kinerja Kota Sabang {tahun}",
        "en": "Kota Sabang Performance Briefing {tahun}",
    },
    "penghargaan.pdf.untuk": {
        "id": "Untuk Kantor Wali Kota Sabang",
        "en": "For the Office of the Mayor of Sabang",
    },
    "penghargaan.pdf.kunci": {"id": "Keterangan", "en": "Details"},
    "penghargaan.pdf.data_per": {"id": "Data per", "en": "Data as of"},
    "penghargaan.pdf.snapshot": {"id": "Snapshot", "en": "Snapshot"},
    "penghargaan.pdf.dibuat": {"id": "Dibuat", "en": "Made"},
    "penghargaan.pdf.dibuat_oleh": {
        "id": "{waktu} oleh {oleh}",
        "en": "{waktu} by {oleh}",
    },
    "penghargaan.pdf.simulasi": {
        "id": "DATA SIMULASI: bukan data sebenarnya Kota Sabang.",
        "en": "SIMULATED DATA: not Kota Sabang's real data.",
    },
    "penghargaan.pdf.isi": {
        "id": (
            "Isi: 1. Ringkasan kartu skor kota · 2. Sorotan sektor · 3. Penerima "
            "penghargaan. Angka sama dengan dasbor pada snapshot yang sama."
        ),
        "en": (
            "Contents: 1. City scorecard summary · 2. Sector highlights · 3. Awardees. "
            "The numbers match the dashboard on the same snapshot."
        ),
    },
    "penghargaan.pdf.bagian1": {
        "id": "1. Ringkasan kartu skor kota {tahun}",
        "en": "1. City scorecard summary {tahun}",
    },
    "penghargaan.pdf.bagian2": {
        "id": "2. Sorotan sektor {tahun}",
        "en": "2. Sector highlights {tahun}",
    },
    "penghargaan.pdf.bagian3": {
        "id": "3. Penerima penghargaan {tahun}",
        "en": "3. Awardees {tahun}",
    },
    "penghargaan.pdf.sektor_baris": {
        "id": (
            "{sektor}: rata-rata capaian unit {capaian} ({n_unit} unit; {n} dari {m} "
            "indikator unit tercapai)"
        ),
        "en": (
            "{sektor}: mean unit attainment {capaian} ({n_unit} units; {n} of {m} "
            "unit indicators on target)"
        ),
    },
    # public role
    "penghargaan.publik.intro": {
        "id": "Penerima penghargaan {tahun} yang telah diumumkan.",
        "en": "The announced awardees of {tahun}.",
    },
    "penghargaan.publik.kosong": {
        "id": "Belum ada penerima penghargaan yang diumumkan.",
        "en": "No awardee has been announced yet.",
    },
}
