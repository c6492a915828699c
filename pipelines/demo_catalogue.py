"""Catalogues of the demo generator: names, jabatan roles, OPD structure.

Kept as compact text tables (parsed once at import) so the lists stay readable and the
code that uses them (``pipelines/demo_people.py``) stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

# fmt: off


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split("|") if n.strip())


# --- names ----------------------------------------------------------------------------
MALE = _names("""
    Zulkifli|Rahmat|Safrizal|Husaini|Zulfikar|Fadhil|Iskandar|Syahrul|Irwansyah|Mukhlis|
    Khairul|Nasruddin|Azhari|Munawar|Bukhari|Saiful|Rizki|Fauzan|Hendra|Jufri|Marzuki|
    Yusri|Taufik|Ridwan|Faisal|Ilham|Maulana|Rahmadi|Junaidi|Samsul|Mahdi|Hasballah|
    Nurdin|Yusuf|Armia|Zainal|Sulaiman|Mirza|Teguh|Irfan|Razali|Darmawan|Hamdani|Syukri|
    Murdani|Agussalim|Fakhrurrazi|Khairuddin|Nazaruddin|Zulhelmi|Rusli|Ikhsan|Akmal|
    Mustafa|Anwar|Mahmud|Jamaluddin|Mukhtar|Rizal|Wahyudi""")
MALE_SECOND = _names("""
    Abdullah|Ibrahim|Ali|Hasan|Yusuf|Ismail|Usman|Daud|Ishak|Hanafiah|Syam|Amin|Fahmi|
    Saputra|Fitra|Akbar|Mulyadi|Arif|Aziz|Hidayat|Nazar|Putra|Rahman|Hakim|Effendi|Basyah""")
FEMALE = _names("""
    Nurul|Fitriani|Mawaddah|Rahmah|Nurhayati|Yusnidar|Rosmawati|Zuraida|Safrina|Nurlaila|
    Ernawati|Syarifah|Rizka|Nanda|Putri|Dewi|Mutia|Intan|Nur Aini|Fauziah|Hayatun|
    Maulidar|Salmiah|Raihan|Ulfa|Husna|Nadia|Fitri|Rina|Desi|Rahmi|Zahratul|Khairunnisa|
    Riska|Linda|Eka|Wardah|Cut Meutia|Suryani|Marlina|Yuliana|Hasnidar|Nurjannah|Asmaul|
    Zuhra|Munawarah|Mardhiah|Sakdiah|Lailan|Rosnani""")
FEMALE_SECOND = _names("""
    Hidayati|Yanti|Sari|Wati|Fitria|Rahmawati|Aminah|Zahara|Ulfah|Husna|Safitri|Meutia|
    Fajriah|Hasanah|Azizah|Maghfirah|Yusuf|Ibrahim|Ismail|Amalia|Khairani|Nufus|Rizqa|
    Saputri""")
# People from elsewhere in Indonesia who live and work in Sabang.
OTHER_MALE = _names("""
    Agus Setiawan|Dedi Kurniawan|Budi Santoso|Roy Tarigan|Hotma Simanjuntak|
    Eko Prasetyo|Andi Saputra|Hendri Siregar|Rudi Hartono|Yoga Pratama|Doni Nasution|
    Joko Susilo""")
OTHER_FEMALE = _names("""
    Sri Wahyuni|Rina Marlina|Dewi Lestari|Rosmaida Sitorus|Endang Susanti|Yanti Harahap|
    Ratna Sari|Siti Aisyah|Novi Andriani|Lilis Suryani""")
# Names with an apostrophe or an accent (they exercise Windows-1252 exports).
APOSTROPHE_MALE = _names("Ma’ruf|Mu’amar|Sa’dullah|Mu’min|Ma’mun")
APOSTROPHE_FEMALE = _names("Nur’aini|Sa’diah|Ru’yatul|Désy Ratnasari|Zulfa’ni")
PELAKSANA = "Pelaksana"
MASTER_TITLES = ("M.Si", "M.M", "M.Kes", "M.AP", "M.Pd", "M.T", "M.H")


# --- jabatan roles --------------------------------------------------------------------
@dataclass(frozen=True)
class Edu:
    jabatan: str  # base of nama_jabatan, e.g. 'Perawat'
    tier: str  # ahli | terampil | pelaksana | guru
    pendidikan: str  # as written in SIASN
    gelar: str  # academic titles, ',' separated
    weight: float


@dataclass(frozen=True)
class Role:
    jenis: str  # jenis_jabatan
    edus: tuple[Edu, ...]
    mix: tuple[float, float, float]  # PNS, PPPK, PPPK paruh waktu
    family: str = "umum"  # competency family: kes, par, pmd, pendidikan, keuangan, umum


# role | jenis_jabatan | family | PNS PPPK paruh-waktu
#   - jabatan | tier | pendidikan | gelar | weight
ROLE_TABLE = """
perawat | Fungsional | kes | .72 .28 0
  - Perawat | terampil | D-III Keperawatan | A.Md.Kep | .55
  - Perawat | ahli | S-1 Keperawatan/Ners | S.Kep, Ners | .45
bidan | Fungsional | kes | .7 .3 0
  - Bidan | terampil | D-III Kebidanan | A.Md.Keb | .65
  - Bidan | ahli | D-IV Kebidanan | S.Tr.Keb | .35
dokter | Fungsional | kes | .85 .15 0
  - Dokter | ahli | S-1 Kedokteran/Profesi Dokter | dr. | .85
  - Dokter Gigi | ahli | S-1 Kedokteran Gigi | drg. | .15
sanitarian | Fungsional | kes | .75 .25 0
  - Sanitarian | terampil | D-III Kesehatan Lingkungan | A.Md.KL | .6
  - Sanitarian | ahli | S-1 Kesehatan Masyarakat | S.KM | .4
nutrisionis | Fungsional | kes | .75 .25 0
  - Nutrisionis | terampil | D-III Gizi | A.Md.Gz | .6
  - Nutrisionis | ahli | S-1 Gizi | S.Gz | .4
farmasi | Fungsional | kes | .75 .25 0
  - Asisten Apoteker | terampil | D-III Farmasi | A.Md.Farm | .6
  - Apoteker | ahli | Profesi Apoteker | S.Farm, Apt. | .4
kesmas | Fungsional | kes | .8 .2 0
  - Epidemiolog Kesehatan | ahli | S-1 Kesehatan Masyarakat | S.KM | .4
  - Penyuluh Kesehatan Masyarakat | ahli | S-1 Kesehatan Masyarakat | S.KM | .35
  - Pranata Laboratorium Kesehatan | terampil | D-III Analis Kesehatan | A.Md.AK | .25
rekam_medis | Fungsional | kes | .7 .3 0
  - Perekam Medis | terampil | D-III Rekam Medis | A.Md.RMIK | 1
spesialis | Fungsional | kes | 1 0 0
  - Dokter Spesialis | ahli | S-2 Spesialis | dr., Sp.PD | .3
  - Dokter Spesialis | ahli | S-2 Spesialis | dr., Sp.A | .25
  - Dokter Spesialis | ahli | S-2 Spesialis | dr., Sp.OG | .25
  - Dokter Spesialis | ahli | S-2 Spesialis | dr., Sp.B | .2
radiografer | Fungsional | kes | .7 .3 0
  - Radiografer | terampil | D-III Radiologi | A.Md.Rad | 1
  - Fisioterapis | terampil | D-III Fisioterapi | A.Md.Ftr | 1
guru | Fungsional | pendidikan | .66 .34 0
  - Guru | guru | S-1 Pendidikan | S.Pd | .7
  - Guru | guru | S-1 Pendidikan Agama Islam | S.Pd.I | .15
  - Guru | guru | S-1 Pendidikan Bahasa Inggris | S.Pd | .15
pamong_budaya | Fungsional | pendidikan | .8 .2 0
  - Pamong Budaya | ahli | S-1 Sejarah | S.Hum | 1
  - Pustakawan | terampil | D-III Perpustakaan | A.Md | 1
pariwisata | Fungsional | par | .8 .2 0
  - Adyatama Kepariwisataan dan Ekonomi Kreatif | ahli | S-1 Pariwisata | S.Par | .5
  - Adyatama Kepariwisataan dan Ekonomi Kreatif | ahli | S-1 Ekonomi | S.E | .5
pengelola_par | Pelaksana | par | .6 .3 .1
  - Pengelola Pariwisata | pelaksana | S-1 Pariwisata | S.Par | .5
  - Pemandu Wisata | pelaksana | D-III Bahasa Inggris | A.Md | .3
  - Pemandu Wisata | pelaksana | SLTA | | .2
psm | Fungsional | pmd | .8 .2 0
  - Penggerak Swadaya Masyarakat | ahli | S-1 Sosiologi | S.Sos | .6
  - Penggerak Swadaya Masyarakat | ahli | S-1 Ilmu Pemerintahan | S.IP | .4
pemgam | Pelaksana | pmd | .75 .2 .05
  - Pengelola Administrasi Pemerintahan Gampong | pelaksana | S-1 Ekonomi | S.E | .6
  - Pengelola Keuangan Gampong | pelaksana | S-1 Akuntansi | S.Ak | .4
kebijakan | Fungsional | umum | .85 .15 0
  - Analis Kebijakan | ahli | S-1 Ilmu Pemerintahan | S.IP | .4
  - Perencana | ahli | S-1 Ekonomi Pembangunan | S.E | .3
  - Pranata Komputer | ahli | S-1 Teknik Informatika | S.Kom | .3
arsip | Fungsional | umum | .75 .25 0
  - Arsiparis | terampil | D-III Kearsipan | A.Md | .5
  - Pranata Komputer | terampil | D-III Manajemen Informatika | A.Md.Kom | .5
keuangan | Fungsional | keuangan | .85 .15 0
  - Analis Keuangan Pusat dan Daerah | ahli | S-1 Akuntansi | S.Ak | .5
  - Analis Keuangan Pusat dan Daerah | ahli | S-1 Ekonomi | S.E | .5
auditor | Fungsional | keuangan | .95 .05 0
  - Auditor | ahli | S-1 Akuntansi | S.E, Ak. | .5
  - Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah | ahli | S-1 Hukum | S.H | .5
sdm | Fungsional | umum | .85 .15 0
  - Analis Sumber Daya Manusia Aparatur | ahli | S-1 Psikologi | S.Psi | .5
  - Analis Sumber Daya Manusia Aparatur | ahli | S-1 Administrasi Negara | S.AP | .5
polpp | Fungsional | umum | .7 .2 .1
  - Polisi Pamong Praja | terampil | SLTA | | .6
  - Polisi Pamong Praja | ahli | S-1 Hukum | S.H | .4
teknis | Fungsional | umum | .8 .2 0
  - Teknik Jalan dan Jembatan | ahli | S-1 Teknik Sipil | S.T | .4
  - Penata Ruang | ahli | S-1 Perencanaan Wilayah dan Kota | S.T | .3
  - Teknik Pengairan | terampil | D-III Teknik Sipil | A.Md.T | .3
perhubungan | Fungsional | umum | .75 .2 .05
  - Penguji Kendaraan Bermotor | terampil | D-III Transportasi | A.Md.Tra | .6
  - Analis Transportasi | ahli | S-1 Teknik Sipil | S.T | .4
lingkungan | Fungsional | umum | .8 .2 0
  - Pengendali Dampak Lingkungan | ahli | S-1 Teknik Lingkungan | S.T | .6
  - Pengawas Lingkungan Hidup | ahli | S-1 Biologi | S.Si | .4
sosial | Fungsional | umum | .8 .2 0
  - Pekerja Sosial | ahli | S-1 Kesejahteraan Sosial | S.Sos | .6
  - Penyuluh Sosial | ahli | S-1 Sosiologi | S.Sos | .4
dukcapil | Fungsional | umum | .8 .2 0
  - Administrator Database Kependudukan | ahli | S-1 Teknik Informatika | S.Kom | .5
  - Pranata Komputer | terampil | D-III Manajemen Informatika | A.Md.Kom | .5
perizinan | Fungsional | umum | .8 .2 0
  - Analis Perizinan | ahli | S-1 Hukum | S.H | .5
  - Penata Perizinan | ahli | S-1 Administrasi Negara | S.AP | .5
pertanian | Fungsional | umum | .8 .2 0
  - Penyuluh Pertanian | ahli | S-1 Pertanian | S.P | .4
  - Penyuluh Perikanan | ahli | S-1 Perikanan | S.Pi | .4
  - Pengawas Perikanan | terampil | D-III Perikanan | A.Md.Pi | .2
hukum_humas | Fungsional | umum | .9 .1 0
  - Perancang Peraturan Perundang-undangan | ahli | S-1 Hukum | S.H | .35
  - Pranata Hubungan Masyarakat | ahli | S-1 Ilmu Komunikasi | S.I.Kom | .35
  - Pengelola Pengadaan Barang/Jasa | ahli | S-1 Teknik Sipil | S.T | .3
pelaksana | Pelaksana | umum | .72 .18 .1
  - Pengadministrasi Perkantoran | pelaksana | SLTA | | .3
  - Penata Layanan Operasional | pelaksana | S-1 Administrasi Negara | S.AP | .25
  - Pengolah Data dan Informasi | pelaksana | S-1 Ekonomi | S.E | .2
  - Penata Layanan Operasional | pelaksana | S-1 Sosiologi | S.Sos | .1
  - Pengelola Umum Operasional | pelaksana | D-III Akuntansi | A.Md | .15
operator | Pelaksana | umum | .25 .15 .6
  - Operator Layanan Operasional | pelaksana | SLTA | | .6
  - Pengelola Umum Operasional | pelaksana | SLTA | | .4
"""


def _parse_roles(text: str) -> dict[str, Role]:
    roles: dict[str, tuple[str, str, tuple[float, ...], list[Edu]]] = {}
    key = ""
    for line in (raw.strip() for raw in text.strip().splitlines()):
        parts = [p.strip() for p in line.lstrip("- ").split("|")]
        if line.startswith("-"):
            jabatan, tier, pendidikan, gelar, weight = parts
            roles[key][3].append(Edu(jabatan, tier, pendidikan, gelar, float(weight)))
        else:
            key, jenis, family, mix = parts
            roles[key] = (jenis, family, tuple(float(x) for x in mix.split()), [])
    return {k: Role(j, tuple(e), (m[0], m[1], m[2]), f)
            for k, (j, f, m, e) in roles.items()}


ROLES: dict[str, Role] = _parse_roles(ROLE_TABLE)

# Head posts by jenis_jabatan: (pendidikan, gelar) options
HEAD_EDU = {
    "JPT": (("S-2 Administrasi Publik", "S.STP, M.Si"), ("S-2 Manajemen", "S.E, M.M"),
            ("S-2 Ilmu Hukum", "S.H, M.H"), ("S-2 Teknik Sipil", "S.T, M.T")),
    "Administrator": (("S-2 Administrasi Publik", "S.Sos, M.Si"),
                      ("S-1 Ekonomi", "S.E"), ("S-1 Ilmu Pemerintahan", "S.STP"),
                      ("S-2 Manajemen", "S.E, M.M")),
    "Pengawas": (("S-1 Administrasi Negara", "S.AP"), ("S-1 Ekonomi", "S.E"),
                 ("S-1 Sosiologi", "S.Sos"), ("S-1 Hukum", "S.H")),
}
HEAD_EDU_KES = (("S-2 Kesehatan Masyarakat", "S.KM, M.Kes"),
                ("S-1 Kedokteran/Profesi Dokter", "dr."),
                ("S-2 Kesehatan Masyarakat", "dr., M.Kes"))
HEAD_EDU_PAR = (("S-1 Pariwisata", "S.Par"), ("S-2 Manajemen", "S.E, M.M"))
HEAD_EDU_GURU = (("S-2 Manajemen Pendidikan", "S.Pd, M.Pd"), ("S-1 Pendidikan", "S.Pd"))


# --- OPD structure --------------------------------------------------------------------
def mix(text: str) -> tuple[tuple[str, float], ...]:
    """'pelaksana .6, arsip .2' -> (('pelaksana', 0.6), ('arsip', 0.2))"""
    pairs = (item.split() for item in text.split(","))
    return tuple((role, float(w)) for role, w in pairs)


# Staff roles of the OPDs without special sections (weights of a random draw).
GENERIC_STAFF: dict[str, tuple[tuple[str, float], ...]] = {
    "SETDA": mix("hukum_humas .35, kebijakan .2, pelaksana .35, operator .1"),
    "SETDPRK": mix("pelaksana .6, arsip .2, operator .2"),
    "INSP": mix("auditor .75, pelaksana .25"),
    "BAPPEDA": mix("kebijakan .7, pelaksana .3"),
    "BPKD": mix("keuangan .65, pelaksana .35"),
    "BKPSDM": mix("sdm .6, arsip .15, pelaksana .25"),
    "DPUPR": mix("teknis .55, pelaksana .3, operator .15"),
    "DISHUB": mix("perhubungan .5, pelaksana .25, operator .25"),
    "DINSOS": mix("sosial .6, pelaksana .4"),
    "DLHK": mix("lingkungan .3, pelaksana .3, operator .4"),
    "DISDUKCAPIL": mix("dukcapil .6, pelaksana .4"),
    "DPMPTSP": mix("perizinan .6, pelaksana .4"),
    "DKPP": mix("pertanian .65, pelaksana .35"),
    "SATPOLPP": mix("polpp .8, pelaksana .2"),
    "KEC-SUKAKARYA": mix("pelaksana .8, operator .2"),
    "KEC-SUKAJAYA": mix("pelaksana .8, operator .2"),
}

BIDANG: dict[str, tuple[str, ...]] = {
    k: _names(v) for k, v in {
        "SETDA": "Bagian Pemerintahan|Bagian Hukum|Bagian Perekonomian dan SDA|"
                 "Bagian Pengadaan Barang/Jasa|Bagian Umum|"
                 "Bagian Protokol dan Komunikasi",
        "SETDPRK": "Bagian Persidangan|Bagian Keuangan",
        "INSP": "Inspektur Pembantu Wilayah I|Inspektur Pembantu Wilayah II",
        "BAPPEDA": "Bidang Perencanaan Ekonomi|Bidang Perencanaan Sosial Budaya|"
                   "Bidang Penelitian dan Pengembangan",
        "BPKD": "Bidang Anggaran|Bidang Perbendaharaan|Bidang Akuntansi|"
                "Bidang Pendapatan",
        "BKPSDM": "Bidang Mutasi dan Promosi|Bidang Pengembangan Kompetensi",
        "DPUPR": "Bidang Bina Marga|Bidang Sumber Daya Air|Bidang Penataan Ruang",
        "DISHUB": "Bidang Lalu Lintas|Bidang Pelayaran",
        "DINSOS": "Bidang Rehabilitasi Sosial|Bidang Perlindungan dan Jaminan Sosial",
        "DLHK": "Bidang Kebersihan|Bidang Pengendalian Pencemaran",
        "DISDUKCAPIL": "Bidang Pendaftaran Penduduk|Bidang Pencatatan Sipil",
        "DPMPTSP": "Bidang Perizinan|Bidang Penanaman Modal",
        "DKPP": "Bidang Perikanan|Bidang Pertanian",
        "SATPOLPP": "Bidang Penegakan Perda|Bidang Wilayatul Hisbah",
    }.items()
}

HEAD_TITLE: dict[str, str] = {
    "SETDA": "Sekretaris Daerah",
    "SETDPRK": "Sekretaris Dewan Perwakilan Rakyat Kota",
    "INSP": "Inspektur",
    "RSUD": "Direktur Rumah Sakit Umum Daerah",
    "SATPOLPP": "Kepala Satuan Polisi Pamong Praja dan Wilayatul Hisbah",
    "KEC-SUKAKARYA": "Camat Sukakarya",
    "KEC-SUKAJAYA": "Camat Sukajaya",
}

# Puskesmas staff mix and the share of DINKES staff in each puskesmas.
PUSKESMAS_STAFF = mix("perawat .34, bidan .26, dokter .08, sanitarian .06, "
                       "nutrisionis .06, farmasi .06, kesmas .06, rekam_medis .04, "
                       "operator .04")
PUSKESMAS_WEIGHT = {"PKM-COT-BAU": 0.16, "PKM-SUKAJAYA": 0.12, "PKM-BALOHAN": 0.12,
                    "PKM-SUKAKARYA": 0.15, "PKM-PRIA-LAOT": 0.10, "PKM-IBOIH": 0.08}
TOURISM_UNITS = ("DISPAR-TIC", "DISPAR-KM0", "DISPAR-IBOIH", "DISPAR-SUMURTIGA",
                 "DISPAR-ANOIITAM", "DISPAR-BALOHAN")
SCHOOLS_SD = 24
SCHOOLS_SMP = 8
# fmt: on
