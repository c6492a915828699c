"""People exports of the demo: employee master, SKP, training, competency, awards.

SKP ratings are drawn per OPD and month with numpy (one vector per month for all the
OPD's people), then turned into rows with precomputed strings, so the per-row Python
work is one list build. The planted individual patterns come from ``Person.flags`` (see
``pipelines/demo.py``).
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import repeat
from typing import Any

import numpy as np

from pipelines import demo_people as dp
from pipelines.demo_people import Person, month_of, rng_pair
from pipelines.demo_writers import MONTHS_ID, Fmt, Style
from pipelines.schema import BERAKHLAK

PREDIKAT = (
    "Sangat Baik",
    "Baik",
    "Butuh Perbaikan",
    "Kurang/Misconduct",
    "Sangat Kurang",
)
_PREDIKAT = np.array(PREDIKAT, dtype=object)
# PermenPANRB 6/2022 matrix: [hasil][perilaku] (1 Di Bawah, 2 Sesuai, 3 Di Atas)
# -> index into PREDIKAT
MATRIX = np.array(
    [
        [0, 0, 0, 0],
        [0, 4, 2, 2],  # hasil Di Bawah: Sangat Kurang, Butuh Perbaikan, Butuh Perbaikan
        [0, 3, 1, 1],  # hasil Sesuai: Kurang/Misconduct, Baik, Baik
        [0, 3, 1, 0],  # hasil Di Atas: Kurang/Misconduct, Baik, Sangat Baik
    ]
)
# A supplied predikat that contradicts the matrix (typed by hand):
# index -> what was typed
CONTRADICTION = np.array([1, 0, 1, 1, 2])
ADAPTIF = BERAKHLAK.index("adaptif")


def choice_cdf(p: Sequence[float]) -> list[float]:
    """The cumulative distribution numpy's ``Generator.choice(a, p=p)`` searches: with
    it, ``a[bisect_right(cdf, g.random())]`` draws the same value from the same
    stream, without choice's per-call overhead."""
    cdf = np.cumsum(np.asarray(p, dtype=float))
    cdf /= cdf[-1]
    return cdf.tolist()


# --- headers --------------------------------------------------------------------------
def _hdr(label: str, upper: str, snake: str, alt: str) -> dict[str, str]:
    return {"label": label, "upper": upper, "snake": snake, "alt": alt}


SKP_COLUMNS: dict[str, dict[str, str]] = {
    "no": _hdr("No", "NO", "no", "No."),
    "nip": _hdr("NIP", "NIP", "nip", "NIP Pegawai"),
    "nama": _hdr("Nama", "NAMA PEGAWAI", "nama", "Nama Pegawai"),
    "periode": _hdr("Periode", "PERIODE", "periode", "Bulan"),
    "rating_hasil_kerja": _hdr(
        "Rating Hasil Kerja", "RATING HASIL KERJA", "rating_hasil_kerja", "Hasil Kerja"
    ),
    "rating_perilaku_kerja": _hdr(
        "Rating Perilaku Kerja",
        "RATING PERILAKU KERJA",
        "rating_perilaku_kerja",
        "Perilaku Kerja",
    ),
    "predikat_kinerja": _hdr(
        "Predikat Kinerja", "PREDIKAT", "predikat_kinerja", "Predikat"
    ),
    "penilai_nip": _hdr(
        "NIP Penilai", "NIP ATASAN", "penilai_nip", "NIP Pejabat Penilai"
    ),
    "rating_hasil_kerja_mandiri": _hdr(
        "Rating Hasil Kerja Mandiri",
        "PENILAIAN MANDIRI",
        "rating_hasil_kerja_mandiri",
        "Rating Mandiri",
    ),
    "tanggal_pengisian": _hdr(
        "Tgl Pengisian", "TANGGAL PENGISIAN", "tanggal_pengisian", "Tanggal Lapor"
    ),
    "tanggal_penilaian": _hdr(
        "Tanggal Penilaian", "TGL PENILAIAN", "tanggal_penilaian", "Tanggal Dinilai"
    ),
    **{
        v: _hdr(
            v.replace("_", " ").title(),
            v.replace("_", " ").upper(),
            v,
            "Nilai " + v.replace("_", " ").title(),
        )
        for v in BERAKHLAK
    },
}
SKP_FULL = (
    "no",
    "nip",
    "nama",
    "periode",
    "rating_hasil_kerja",
    "rating_perilaku_kerja",
    "predikat_kinerja",
    "penilai_nip",
    "rating_hasil_kerja_mandiri",
    "tanggal_pengisian",
    "tanggal_penilaian",
    *BERAKHLAK,
)
SKP_SLIM = (
    "nip",
    "nama",
    "periode",
    "rating_hasil_kerja",
    "rating_perilaku_kerja",
    "penilai_nip",
    "rating_hasil_kerja_mandiri",
    "tanggal_pengisian",
)
SKP_EXTRA = ("no", "nama")  # columns that are not part of the SKP kind

PEGAWAI_COLUMNS: dict[str, dict[str, str]] = {
    "nip": _hdr("NIP", "NIP", "nip", "NIP Baru"),
    "nama": _hdr("Nama Pegawai", "NAMA", "nama", "Nama Lengkap"),
    "jenis_asn": _hdr("Jenis ASN", "STATUS PEGAWAI", "jenis_asn", "Status Kepegawaian"),
    "opd": _hdr("OPD", "PERANGKAT DAERAH", "opd", "Perangkat Daerah"),
    "unit_kerja": _hdr("Unit Kerja", "UNIT KERJA", "unit_kerja", "Unor"),
    "jenis_jabatan": _hdr(
        "Jenis Jabatan", "JENIS JABATAN", "jenis_jabatan", "Kelompok Jabatan"
    ),
    "nama_jabatan": _hdr("Nama Jabatan", "JABATAN", "nama_jabatan", "Jabatan"),
    "golongan": _hdr("Golongan", "GOL/RUANG", "golongan", "Gol/Ruang"),
    "jenis_kelamin": _hdr("Jenis Kelamin", "L/P", "jenis_kelamin", "JK"),
    "tanggal_lahir": _hdr("Tanggal Lahir", "TGL LAHIR", "tanggal_lahir", "Tgl Lahir"),
    "tmt_jabatan": _hdr("TMT Jabatan", "TMT JABATAN", "tmt_jabatan", "TMT Jabatan"),
    "nip_atasan": _hdr("NIP Atasan", "NIP ATASAN", "nip_atasan", "NIP Atasan Langsung"),
    "pendidikan": _hdr("Pendidikan", "PENDIDIKAN", "pendidikan", "Pendidikan Terakhir"),
}


def headers(
    columns: dict[str, dict[str, str]], keys: Sequence[str], style: Style
) -> list[str]:
    return [columns[k][style.headers] for k in keys]


# --- employee master ------------------------------------------------------------------
JENIS_ASN_TEXT = {"PNS": "PNS", "PPPK": "PPPK", "PPPK_PARUH_WAKTU": "PPPK Paruh Waktu"}
JENIS_JAB_ALT = {
    "JPT": "JPT Pratama",
    "Fungsional": "JFT",
    "Pelaksana": "Pelaksana",
    "Administrator": "Administrator",
    "Pengawas": "Pengawas",
}


def pegawai_row(
    p: Person, fmt: Fmt, opd_text: str, older: bool, alt: bool
) -> list[Any]:
    """One master row; ``older`` gives the jabatan before an in-window promotion."""
    promoted = older and p.promoted_month >= 0
    jabatan = p.jabatan_lama if promoted else p.nama_jabatan
    gol = p.golongan_lama if promoted else p.golongan
    tmt = p.tmt_lama if promoted and p.tmt_lama else p.tmt_jabatan
    sex = ("Laki-laki" if p.sex == "L" else "Perempuan") if alt else p.sex
    jenis = JENIS_JAB_ALT[p.jenis_jabatan] if alt else p.jenis_jabatan
    return [
        p.nip,
        p.nama,
        JENIS_ASN_TEXT[p.jenis_asn],
        opd_text,
        p.unit_kerja,
        jenis,
        jabatan,
        gol,
        sex,
        fmt.date(p.lahir),
        f"{MONTHS_ID[tmt.month - 1]} {tmt.year}" if alt else fmt.date(tmt),  # TMT: 1st
        p.atasan,
        p.pendidikan,
    ]


# --- SKP ratings ----------------------------------------------------------------------
@dataclass
class OpdSkpConf:
    """What an OPD's SKP files look like and which OPD-level patterns they carry."""

    style: Style
    columns: tuple[str, ...] = SKP_FULL
    late_rate: float = 0.03  # base share of late self-reports
    contradiction_rate: float = 0.003  # supplied predikat contradicting the matrix
    missing_months: tuple[int, ...] = ()  # month indexes the OPD never sent
    unit_shift: dict[str, float] = field(
        default_factory=dict
    )  # unit_kode -> rating lift
    opd_shift: float = 0.0
    before: tuple[int, Style] | None = None  # (year, style used for earlier years)

    def style_for(self, year: int) -> Style:
        if self.before is not None and year < self.before[0]:
            return self.before[1]
        return self.style


@dataclass
class MonthDraw:
    idx: np.ndarray  # positions of the people rated this month
    hasil: np.ndarray
    perilaku: np.ndarray
    mandiri: np.ndarray  # 0 = no self-assessment
    isi: np.ndarray  # days after period end the self-report came (-99 = none)
    nilai: np.ndarray  # days after period end the supervisor rated
    berakhlak: np.ndarray  # (k, 7)
    predikat: np.ndarray  # supplied predikat index


class SkpModel:
    """Draws the monthly and annual ratings of one OPD's people."""

    def __init__(
        self,
        people: Sequence[Person],
        seed: int,
        opd: str,
        first: int,
        last: int,
        conf: OpdSkpConf,
    ) -> None:
        self.people, self.first, self.last, self.conf = people, first, last, conf
        r, self.g = rng_pair(seed, f"skp:{opd}")
        n = len(people)
        shift = np.array(
            [conf.unit_shift.get(p.unit_kode, 0.0) + conf.opd_shift for p in people]
        )
        self.ability = np.array([p.ability for p in people]) + shift
        self.slope = self.g.normal(0.0, 0.12, n)
        self.start = np.array([p.start for p in people])
        self.end = np.array([p.end for p in people])

        def flag(name: str) -> np.ndarray:
            return np.array([name in p.flags for p in people], dtype=bool)

        self.low, self.stagnant = flag(dp.LOW), flag(dp.STAGNANT)
        self.recovers, self.inflate = flag(dp.RECOVERS), flag(dp.INFLATE)
        self.adaptif_fall, late = flag(dp.ADAPTIF_FALL), flag(dp.LATE)
        span = last - first
        lo, hi = max(first, last - 28), max(first, last - 8 if span > 14 else first + 3)
        self.low_start = np.where(self.low, self.g.integers(lo, hi + 1, n), 10**6)
        self.late_p = np.where(late, 0.6, conf.late_rate)
        self.missing_p = np.where(late, 0.05, 0.006)
        self.counts: dict[int, np.ndarray] = {}  # year -> (n, 2, 4) rating counts
        self.last_adaptif = np.full(n, 2)

    def _active(self, m: int) -> np.ndarray:
        act = (self.start <= m) & (m < self.end)
        act &= self.g.random(len(act)) > 0.004  # an occasional missing evaluation
        return np.flatnonzero(act)

    def month(self, m: int) -> MonthDraw:
        g, idx = self.g, self._active(m)
        k = len(idx)
        ab = self.ability[idx] + self.slope[idx] * (m - self.first) / 12
        z = ab + g.normal(0, 0.55, k)
        hasil = np.where(z > 1.1, 3, np.where(z < -2.1, 1, 2))
        w = 0.6 * ab + 0.35 + g.normal(0, 0.6, k)
        perilaku = np.where(w > 0.9, 3, np.where(w < -1.75, 1, 2))
        hasil, perilaku = self._plant_low(m, idx, hasil, perilaku)
        mandiri = self._self_rating(idx, hasil)
        late = g.random(k) < self.late_p[idx]
        isi = np.where(late, g.integers(6, 29, k), g.integers(-3, 6, k))
        missing = g.random(k) < self.missing_p[idx]
        isi = np.where(missing, -99, isi)
        mandiri = np.where(missing, 0, mandiri)
        nilai = np.where(missing, g.integers(5, 16, k), isi + g.integers(1, 11, k))
        noise = g.choice((-1, 0, 1), size=(k, 7), p=(0.07, 0.86, 0.07))
        berakhlak = np.clip(perilaku[:, None] + noise, 1, 3)
        fall = self.adaptif_fall[idx]
        if fall.any():
            back = self.last - m
            berakhlak[fall, ADAPTIF] = 3 if back >= 8 else (2 if back >= 4 else 1)
        self.last_adaptif[idx] = berakhlak[:, ADAPTIF]
        pred = MATRIX[hasil, perilaku]
        wrong = g.random(k) < self.conf.contradiction_rate
        pred = np.where(wrong, CONTRADICTION[pred], pred)
        self._count(m, idx, hasil, perilaku)
        return MonthDraw(idx, hasil, perilaku, mandiri, isi, nilai, berakhlak, pred)

    def _plant_low(
        self, m: int, idx: np.ndarray, hasil: np.ndarray, perilaku: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        low = self.low[idx] & (m >= self.low_start[idx])
        if not low.any():
            return hasil, perilaku
        back = self.last - m
        recovering = self.recovers[idx] & (back <= 3)
        low &= ~recovering
        draw = self.g.random(len(idx)) < 0.7
        hasil = np.where(low & draw, 1, hasil)
        if back in (0, 2):  # 2+ of the last 3 periods
            hasil = np.where(low, 1, hasil)
        stuck = low & self.stagnant[idx] & (back <= 8)
        hasil = np.where(stuck, 1, hasil)
        perilaku = np.where(stuck | (low & (hasil == 1)), 2, perilaku)
        return hasil, perilaku

    def _self_rating(self, idx: np.ndarray, hasil: np.ndarray) -> np.ndarray:
        u = self.g.random(len(idx))
        up = np.where(self.inflate[idx], u < 0.85, u < 0.1)
        mandiri = np.where(self.inflate[idx] & up, 3, hasil + up)
        mandiri = np.where(u > 0.985, hasil - 1, mandiri)
        return np.clip(mandiri, 1, 3)

    def _count(
        self, m: int, idx: np.ndarray, hasil: np.ndarray, perilaku: np.ndarray
    ) -> None:
        year = month_of(m)[0]
        c = self.counts.setdefault(year, np.zeros((len(self.people), 2, 4), dtype=int))
        np.add.at(c, (idx, 0, hasil), 1)
        np.add.at(c, (idx, 1, perilaku), 1)

    def annual(self, year: int) -> MonthDraw:
        """The annual evaluation: the most frequent monthly rating (ties -> Sesuai);
        a low performer with 3+ Di Bawah months gets Butuh Perbaikan."""
        c = self.counts.get(year)
        g = self.g
        if c is None:
            return MonthDraw(
                *(np.zeros(0, dtype=int) for _ in range(6)),
                np.zeros((0, 7), dtype=int),
                np.zeros(0, dtype=int),
            )
        idx = np.flatnonzero(c[:, 0, 1:].sum(axis=1) >= 3)
        k = len(idx)

        def modal(part: int) -> np.ndarray:
            counts = c[idx, part, 1:].astype(float)
            counts[:, 1] += 0.5  # ties go to Sesuai
            return counts.argmax(axis=1) + 1

        hasil, perilaku = modal(0), modal(1)
        low = self.low[idx] & (c[idx, 0, 1] >= 3)
        hasil = np.where(low, 1, hasil)
        perilaku = np.where(low, 2, perilaku)
        mandiri = self._self_rating(idx, hasil)
        late = g.random(k) < self.late_p[idx]
        isi = np.where(late, g.integers(6, 40, k), g.integers(1, 6, k))
        nilai = isi + g.integers(3, 20, k)
        berakhlak = np.repeat(perilaku[:, None], 7, axis=1)
        berakhlak[:, ADAPTIF] = self.last_adaptif[idx]
        pred = MATRIX[hasil, perilaku]
        return MonthDraw(idx, hasil, perilaku, mandiri, isi, nilai, berakhlak, pred)


class SkpRows:
    """Turns draws into rows of one file's layout."""

    def __init__(
        self, people: Sequence[Person], fmt: Fmt, columns: Sequence[str]
    ) -> None:
        self.people, self.fmt, self.columns = people, fmt, tuple(columns)
        self.nips = [p.nip for p in people]
        self.names = [p.nama for p in people]
        self.penilai = [p.atasan for p in people]
        self.rating = ("", fmt.rating[1], fmt.rating[2], fmt.rating[3])
        self.no = 0
        self.pos = {c: i for i, c in enumerate(self.columns)}
        self._rt = np.array(self.rating, dtype=object)
        self._nips = np.array(self.nips, dtype=object)
        self._names = np.array(self.names, dtype=object)
        self._penilai = np.array(self.penilai, dtype=object)

    def _dates(self, end: date) -> list[Any]:
        return [self.fmt.date(end + timedelta(days=d)) for d in range(-3, 60)]

    def rows(self, d: MonthDraw, period: str, end: date) -> list[list[Any]]:
        """The rows of one draw, built column by column (numpy look-ups of
        precomputed strings) and zipped into rows."""
        k = len(d.idx)
        if not k:
            return []
        # day offsets -3..59 after the period end; -99 (no self-report) -> ''
        dates = np.array([*self._dates(end), ""], dtype=object)
        rt = self._rt
        idx = d.idx
        isi = np.where(d.isi == -99, len(dates) - 4, d.isi)
        first = self.no + 1
        self.no += k
        number: Any = range(first, first + k)
        if self.fmt.s.fmt == "csv":  # csv.writer writes str(int): the same text
            number = map(str, number)
        col: dict[str, Any] = {
            "no": number,
            "nip": self._nips[idx].tolist(),
            "nama": self._names[idx].tolist(),
            "periode": repeat(period, k),
            "rating_hasil_kerja": rt[d.hasil].tolist(),
            "rating_perilaku_kerja": rt[d.perilaku].tolist(),
            "predikat_kinerja": _PREDIKAT[d.predikat].tolist(),
            "penilai_nip": self._penilai[idx].tolist(),
            "rating_hasil_kerja_mandiri": rt[d.mandiri].tolist(),
            "tanggal_pengisian": dates[isi + 3].tolist(),
            "tanggal_penilaian": dates[d.nilai + 3].tolist(),
        }
        for v_i, v in enumerate(BERAKHLAK):
            col[v] = rt[d.berakhlak[:, v_i]].tolist()
        return list(map(list, zip(*(col[c] for c in self.columns), strict=True)))


def month_end(m: int) -> date:
    y, mo = month_of(m)
    return date(y, mo, calendar.monthrange(y, mo)[1])


# --- training -------------------------------------------------------------------------
@dataclass(frozen=True)
class Course:
    nama: str
    jp: int
    jalur: str
    kompetensi: str
    penyelenggara: str
    family: str = "umum"  # who takes it
    tier: str = ""  # '' anyone; 'pengawas' only heads


COMMON = (
    Course(
        "Webinar Literasi Digital ASN",
        3,
        "nonklasikal",
        "Pemanfaatan Teknologi Digital",
        "BKPSDM Kota Sabang",
    ),
    Course(
        "Bimtek e-Kinerja dan SKP PermenPANRB 6/2022",
        8,
        "klasikal",
        "Orientasi pada Hasil",
        "BKPSDM Kota Sabang",
    ),
    Course(
        "Sosialisasi Manajemen Talenta ASN",
        4,
        "nonklasikal",
        "Pengembangan Diri dan Orang Lain",
        "BKPSDM Kota Sabang",
    ),
    Course(
        "Webinar Moderasi Beragama",
        2,
        "nonklasikal",
        "Perekat Bangsa",
        "Kementerian Agama",
    ),
)
SECTOR = (
    Course(
        "Pelatihan Manajemen Terpadu Balita Sakit (MTBS)",
        40,
        "klasikal",
        "Pelayanan Publik",
        "Bapelkes Aceh",
        "kes",
    ),
    Course(
        "Pelatihan Asuhan Persalinan Normal",
        40,
        "klasikal",
        "Pelayanan Publik",
        "Poltekkes Kemenkes Aceh",
        "kes",
    ),
    Course(
        "Pelatihan Implementasi Kurikulum Merdeka",
        32,
        "nonklasikal",
        "Mengelola Perubahan",
        "Balai Guru Penggerak Aceh",
        "pendidikan",
    ),
    Course(
        "Pelatihan Guru Penggerak",
        60,
        "nonklasikal",
        "Pengembangan Diri dan Orang Lain",
        "Kemendikbudristek",
        "pendidikan",
    ),
    Course(
        "Bimtek Sapta Pesona dan Sadar Wisata",
        16,
        "klasikal",
        "Pelayanan Wisata dan Hospitality",
        "Kemenparekraf",
        "par",
    ),
    Course(
        "Bimtek Siskeudes dan Pelaporan APBG",
        16,
        "klasikal",
        "Pengelolaan Keuangan Gampong",
        "Kemendes PDTT",
        "pmd",
    ),
)
FAMILY_KOMPETENSI = {
    "kes": ("Pengelolaan Imunisasi", "Surveilans Kesehatan"),
    "par": (
        "Manajemen Destinasi Wisata",
        "Pelayanan Wisata dan Hospitality",
        "Bahasa Inggris Pariwisata",
    ),
    "pmd": ("Fasilitasi Pemberdayaan Masyarakat", "Pengelolaan Keuangan Gampong"),
    "keuangan": ("Perencanaan dan Penganggaran", "Pengadaan Barang dan Jasa"),
    "pendidikan": ("Pemanfaatan Teknologi Digital", "Analisis Data"),
    "umum": (
        "Pemanfaatan Teknologi Digital",
        "Analisis Data",
        "Perencanaan dan Penganggaran",
    ),
}
PENYELENGGARA = ("BPSDM Aceh", "BKPSDM Kota Sabang", "LAN RI", "Pusdiklat Kemendagri")


def catalogue_courses(ref: Sequence[dict[str, str]]) -> list[Course]:
    """Courses of data/reference/kompetensi_pelatihan.csv, with the families that take
    the technical ones."""
    family_of = {
        k: fam for fam, ks in FAMILY_KOMPETENSI.items() for k in ks if fam != "umum"
    }
    out = []
    for row in ref:
        fam = (
            family_of.get(row["kompetensi"], "umum")
            if row["jenis"] == "teknis"
            else "umum"
        )
        tier = "pengawas" if "kepemimpinan" in row["rekomendasi_pelatihan"] else ""
        org = (
            "Bapelkes Aceh"
            if fam == "kes"
            else PENYELENGGARA[len(row["kompetensi"]) % 4]
        )
        out.append(
            Course(
                row["rekomendasi_pelatihan"],
                int(row["jp"]),
                row["jalur"],
                row["kompetensi"],
                org,
                fam,
                tier,
            )
        )
    return out


def jp_plan(p: Person, year: int, g: np.random.Generator, last: int) -> int:
    """JP a person gets in a year (the planted 20 JP / 24 JP patterns live here)."""
    if dp.NO_JP in p.flags and year >= month_of(last)[0] - 1:
        return 0
    # t[g.integers(len(t))] is what g.choice(t) draws, without its overhead
    if p.jenis_asn == "PPPK_PARUH_WAKTU":
        return _JP_PARUH_WAKTU[g.integers(len(_JP_PARUH_WAKTU))]
    if p.jenis_asn == "PPPK":
        if dp.PPPK_OVER in p.flags:
            return int(g.integers(28, 46))
        return _JP_PPPK[g.integers(len(_JP_PPPK))]
    if dp.PNS_UNDER in p.flags or g.random() < 0.08:
        return _JP_PNS_UNDER[g.integers(len(_JP_PNS_UNDER))]
    return int(g.integers(20, 72))


_JP_PARUH_WAKTU = (0, 0, 3, 8, 10)
_JP_PPPK = (0, 8, 11, 14, 16, 18, 20, 22, 24)
_JP_PNS_UNDER = (0, 3, 8, 10, 12, 14, 16, 18)


def _jp_cap(p: Person, target: int) -> int:
    """Most JP a person's courses may add up to: a planned shortfall stays one."""
    if p.jenis_asn != "PNS" and dp.PPPK_OVER not in p.flags:
        return 24
    if target < 20:
        return 19
    return 1000


class CoursePools:
    """The courses open to each (family, is a Pengawas), each with the number of the
    first equal course of the catalogue (a course is taken at most once)."""

    def __init__(self, courses: Sequence[Course]) -> None:
        self.courses = courses
        self._pools: dict[tuple[str, bool], list[tuple[Course, int]]] = {}

    def pool(self, p: Person) -> list[tuple[Course, int]]:
        key = (p.family, p.jenis_jabatan == "Pengawas")
        pool = self._pools.get(key)
        if pool is None:
            first = [self.courses.index(c) for c in self.courses]
            pool = self._pools[key] = [
                (c, first[i])
                for i, c in enumerate(self.courses)
                if c.family in ("umum", key[0]) and (not c.tier or key[1])
            ]
        return pool


def pick_courses(
    p: Person,
    target: int,
    courses: Sequence[Course] | CoursePools,
    g: np.random.Generator,
) -> list[Course]:
    pools = courses if isinstance(courses, CoursePools) else CoursePools(courses)
    pool = pools.pool(p)
    chosen: list[Course] = []
    taken: set[int] = set()
    total = 0
    cap = _jp_cap(p, target)
    for _ in range(12):
        if total >= target:
            break
        room = min(max(target - total, 4) + 6, cap - total)
        fit = [(c, k) for c, k in pool if c.jp <= room and k not in taken]
        if not fit:
            break
        c, k = fit[int(g.integers(len(fit)))]
        chosen.append(c)
        taken.add(k)
        total += c.jp
    return chosen


def training_rows(
    people: Sequence[Person],
    year: int,
    courses: Sequence[Course],
    seed: int,
    opd: str,
    first: int,
    last: int,
    fmt: Fmt,
) -> Iterator[list[Any]]:
    """Courses one OPD's people took in a year: [nip, nama_pelatihan, jp, mulai,
    selesai, jalur, kompetensi, penyelenggara]."""
    _, g = rng_pair(seed, f"training:{opd}:{year}")
    y_first = max(first, (year - 2022) * 12)
    y_last = min(last, (year - 2022) * 12 + 11)
    pools = CoursePools(courses)
    jp_text = {c.jp: fmt.num(c.jp) for c in courses}
    for p in people:
        lo, hi = max(y_first, p.start), min(y_last, p.end - 1)
        if hi < lo:
            continue
        target = jp_plan(p, year, g, last)
        if dp.STUCK in p.flags:
            hi = min(hi, last - 12)
            if hi < lo:
                continue
        share = (hi - lo + 1) / 12
        if share < 1:
            target = int(target * share)
        for c in pick_courses(p, target, pools, g):
            m = int(g.integers(lo, hi + 1))
            y, mo = month_of(m)
            start = date(y, mo, int(g.integers(1, 25)))
            days = max(0, min(c.jp // 8, 20) - 1)
            yield [
                p.nip,
                c.nama,
                jp_text[c.jp],
                fmt.date(start),
                fmt.date(start + timedelta(days=days)),
                c.jalur,
                c.kompetensi,
                c.penyelenggara,
            ]


def plant_training_flags(people: Sequence[Person], seed: int, opd: str) -> None:
    """~25% of PNS below the 20 JP right in a year, a few PPPK above the 24 JP cap."""
    r, _ = rng_pair(seed, f"jpflags:{opd}")
    for p in people:
        if p.jenis_asn == "PNS" and not p.head and r.random() < 0.18:
            p.flags.add(dp.PNS_UNDER)
        if p.jenis_asn == "PPPK" and r.random() < 0.06:
            p.flags.add(dp.PPPK_OVER)


# --- competency assessment ------------------------------------------------------------
MANAGERIAL = (
    "Integritas",
    "Kerja Sama",
    "Komunikasi",
    "Orientasi pada Hasil",
    "Pelayanan Publik",
    "Pengembangan Diri dan Orang Lain",
    "Mengelola Perubahan",
    "Pengambilan Keputusan",
)


_ASSESSED = frozenset({dp.NO_JP, dp.STAR, dp.LOW})  # always assessed
_DELTA = (-2, -1, 0, 1)  # level_aktual - level_standar
_DELTA_P = (0.04, 0.26, 0.55, 0.15)
_DELTA_CDF = choice_cdf(_DELTA_P)


def _standard(p: Person, jenis: str) -> int:
    if p.jenis_jabatan in ("JPT", "Administrator"):
        return 4
    if p.jenis_jabatan == "Pengawas" or "Ahli" in p.nama_jabatan:
        return 3
    return 3 if jenis == "teknis" and "Mahir" in p.nama_jabatan else 2


def kompetensi_rows(
    people: Sequence[Person],
    year: int,
    seed: int,
    opd: str,
    share: float,
    when: date,
    jenis_of: dict[str, str],
    fmt: Fmt,
) -> Iterator[list[Any]]:
    """[nip, kompetensi, level_standar, level_aktual, tanggal, jenis, potensi]."""
    r, g = rng_pair(seed, f"kompetensi:{opd}:{year}")
    m = (when.year - 2022) * 12 + when.month - 1
    level = fmt.integer
    for p in people:
        if not (p.start <= m < p.end) or p.jenis_asn == "PPPK_PARUH_WAKTU":
            continue
        forced = not p.flags.isdisjoint(_ASSESSED)
        if not (p.head or forced or r.random() < share):
            continue
        z = p.ability + g.normal(0, 0.5)
        potensi = "tinggi" if z > 0.9 else ("rendah" if z < -0.7 else "menengah")
        names = r.sample(MANAGERIAL, 3) + ["Perekat Bangsa"]
        names += r.sample(FAMILY_KOMPETENSI[p.family], 1 + (r.random() < 0.4))
        day = fmt.date(when + timedelta(days=r.randint(0, 20)))
        gap_forced = dp.NO_JP in p.flags
        lift = 1 if z > 1.2 else 0
        for i, k in enumerate(names):
            jenis = jenis_of.get(k, "teknis")
            std = _standard(p, jenis)
            # = g.choice(_DELTA, p=_DELTA_P): one uniform draw against the same cdf
            delta = _DELTA[bisect_right(_DELTA_CDF, g.random())] + lift
            if gap_forced and i == len(names) - 1:
                delta = -1 - int(r.random() < 0.4)
            actual = min(max(std + delta, 1), 5)
            yield [p.nip, k, level(std), level(actual), day, jenis, potensi]


# --- awards ---------------------------------------------------------------------------
def person_awards(
    people: Sequence[Person],
    years: Sequence[int],
    seed: int,
    opd: str,
    last: int,
    fmt: Fmt,
) -> Iterator[list[Any]]:
    """Satyalancana Karya Satya for 10/20/30 years of service; ASN Teladan for a
    star."""
    r, _ = rng_pair(seed, f"awards:{opd}")
    stars = sorted((p for p in people if dp.STAR in p.flags), key=lambda p: p.nip)
    for year in years:
        aug = (year - 2022) * 12 + 7
        for p in people:
            if p.jenis_asn != "PNS" or not (p.start <= aug < p.end) or aug > last:
                continue
            service = year - int(p.nip[8:12])
            if service in (10, 20, 30) and r.random() < 0.6:
                roman = {10: "X", 20: "XX", 30: "XXX"}[service]
                yield [
                    p.nip,
                    f"Satyalancana Karya Satya {roman} Tahun",
                    fmt.date(date(year, 8, 17)),
                    "Tanda Kehormatan",
                    "Keputusan Presiden Republik Indonesia",
                ]
        nov = (year - 2022) * 12 + 10
        if stars and nov <= last and r.random() < 0.5:
            p = stars[r.randrange(len(stars))]
            yield [
                p.nip,
                "ASN Teladan Kota Sabang",
                fmt.date(date(year, 11, 29)),
                "Kinerja",
                "Diserahkan pada peringatan HUT KORPRI",
            ]


UNIT_AWARDS = (
    # (year, penerima, nama, kategori, keterangan)
    (
        2023,
        "Puskesmas Sukakarya",
        "Puskesmas Berprestasi Tingkat Kota",
        "Pelayanan Publik",
        "Cakupan imunisasi dasar lengkap tertinggi",
    ),
    (
        2025,
        "Puskesmas Cot Ba’u",
        "Puskesmas Berprestasi Tingkat Kota",
        "Pelayanan Publik",
        "Kenaikan cakupan IDL paling konsisten sejak 2022",
    ),
    (
        2024,
        "Tourist Information Center Sabang",
        "Unit Layanan Wisata Terbaik",
        "Pelayanan Publik",
        "IKM tertinggi di antara unit layanan wisata",
    ),
    (
        2023,
        "Gampong Iboih",
        "Gampong Terbaik Lomba Gampong Tingkat Kota",
        "Pemberdayaan",
        "Juara I lomba gampong",
    ),
    (
        2025,
        "Gampong Cot Ba'u",
        "Gampong Terbaik Lomba Gampong Tingkat Kota",
        "Pemberdayaan",
        "Juara I lomba gampong; BUMG transportasi wisata",
    ),
    (
        2024,
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Inovasi Pelayanan Publik",
        "Inovasi",
        "Layanan adminduk jemput bola ke gampong",
    ),
)
