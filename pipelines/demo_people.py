"""Synthetic ASN of Kota Sabang for the demo exports: names, NIPs, jabatan, profiles.

Everything here is deterministic for a seed: each OPD draws from its own
``random.Random`` / ``numpy`` generator derived from (seed, opd_kode), so an OPD's
people are the same whatever other OPDs a scale includes. The only state shared across
OPDs is the NIP registry that keeps NIPs unique (OPDs are always built in the order of
``data/reference/opd.csv``). A region scale's governments each get their own registry,
started at the numbers the governments before them issued (``demo._generate_region``),
so the NIPs are the ones one registry shared in turn would give.

The planted profile flags (``Person.flags``) are documented in ``pipelines/demo.py``.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import accumulate

import numpy as np

from pipelines.demo_catalogue import (
    APOSTROPHE_FEMALE,
    APOSTROPHE_MALE,
    FEMALE,
    FEMALE_SECOND,
    HEAD_EDU,
    HEAD_EDU_GURU,
    HEAD_EDU_KES,
    HEAD_EDU_PAR,
    MALE,
    MALE_SECOND,
    MASTER_TITLES,
    OTHER_FEMALE,
    OTHER_MALE,
    PELAKSANA,
    ROLES,
    Edu,
    Role,
)
from pipelines.demo_org import Opd, Section

# --- months ---------------------------------------------------------------------------
BASE_YEAR = 2022  # month index 0 = January 2022


def month_index(year: int, month: int) -> int:
    return (year - BASE_YEAR) * 12 + month - 1


def month_of(index: int) -> tuple[int, int]:
    return BASE_YEAR + index // 12, index % 12 + 1


def rng_pair(seed: int, name: str) -> tuple[random.Random, np.random.Generator]:
    """Independent, reproducible generators for one named part of the data."""
    key = zlib.crc32(f"{seed}:{name}".encode())
    return random.Random(f"{seed}:{name}"), np.random.default_rng([seed, key])


# --- profile flags (see pipelines/demo.py for what each one plants) -------------------
LOW = "low"  # low performer: Di Bawah hasil kerja in 2+ of the last 3 periods
STAGNANT = "stagnant"  # same Butuh Perbaikan rating for 6+ periods (subset of LOW)
RECOVERS = "recovers"  # a LOW who improves in the last months (flag moved)
STUCK = "stuck"  # same position 5+ years and no training in the last 12 months
LATE = "late"  # self-reports habitually late
INFLATE = "inflate"  # self-rating persistently above the supervisor's
ADAPTIF_FALL = "adaptif_fall"  # falling Adaptif ratings
NO_JP = "no_jp"  # competency gap and zero JP in the last two years
STAR = "star"  # high performer, high potential
PPPK_OVER = "pppk_over"  # PPPK above the 24 JP cap
PNS_UNDER = "pns_under"  # PNS below the 20 JP right

FLAG_RATES: dict[str, float] = {
    LOW: 0.03,
    STUCK: 0.04,
    LATE: 0.04,
    INFLATE: 0.05,
    ADAPTIF_FALL: 0.012,
    NO_JP: 0.02,
    STAR: 0.06,
}


@dataclass(slots=True)
class Person:
    nip: str
    nama: str
    jenis_asn: str  # PNS | PPPK | PPPK_PARUH_WAKTU
    sex: str  # L | P
    lahir: date
    opd: str
    unit_kode: str  # '' when the unit is not in data/reference/unit.csv (schools)
    unit_kerja: str
    jenis_jabatan: str
    nama_jabatan: str
    golongan: str
    pendidikan: str
    tmt_jabatan: date
    start: int  # first month index with an SKP
    end: int  # month index after the last SKP (retirement)
    atasan: str = ""  # NIP of the direct supervisor ('' = the Wali Kota)
    ability: float = 0.0
    family: str = "umum"  # competency family: kes, par, pmd, pendidikan, keuangan, umum
    head: bool = False
    flags: set[str] = field(default_factory=set)
    # the jabatan before a promotion inside the window (for the older master snapshot)
    jabatan_lama: str = ""
    golongan_lama: str = ""
    tmt_lama: date | None = None
    promoted_month: int = -1


def draw_name(r: random.Random, sex: str, birth_year: int) -> str:
    """An Acehnese / Indonesian personal name (without academic titles)."""
    u = r.random()
    if sex == "L":
        if u < 0.12:
            name = r.choice(OTHER_MALE)
        elif u < 0.15:
            name = f"{r.choice(APOSTROPHE_MALE)} {r.choice(MALE_SECOND)}"
        else:
            first = r.choice(MALE)
            if r.random() < 0.18:
                first = f"Muhammad {first}" if r.random() < 0.6 else f"M. {first}"
            name = first if r.random() < 0.25 else f"{first} {r.choice(MALE_SECOND)}"
            p = r.random()
            if p < 0.06:
                name = f"Teuku {name}"
            elif p < 0.12:
                name = f"T. {name}"
        if birth_year < 1975 and r.random() < 0.15:
            name = f"H. {name}"
        return name
    if u < 0.1:
        name = r.choice(OTHER_FEMALE)
    elif u < 0.13:
        name = f"{r.choice(APOSTROPHE_FEMALE)} {r.choice(FEMALE_SECOND)}"
    else:
        first = r.choice(FEMALE)
        name = first if r.random() < 0.3 else f"{first} {r.choice(FEMALE_SECOND)}"
        p = r.random()
        if p < 0.05 and not first.startswith("Cut"):
            name = f"Cut Nyak {name}"
        elif p < 0.11 and not first.startswith("Cut"):
            name = f"Cut {name}"
    if birth_year < 1975 and r.random() < 0.15:
        name = f"Hj. {name}"
    return name


def with_titles(name: str, gelar: str, r: random.Random, master: bool) -> str:
    """'dr.' and 'drg.' go before the name, other titles after it."""
    prefix = ""
    suffixes: list[str] = []
    for part in (g.strip() for g in gelar.split(",") if g.strip()):
        if part in ("dr.", "drg."):
            prefix = f"{part} "
        else:
            suffixes.append(part)
    if master:
        suffixes.append(r.choice(MASTER_TITLES))
    return prefix + name + (", " + ", ".join(suffixes) if suffixes else "")


# --- NIPs ----------------------------------------------------------------------------
NIP_SEQUENCE_MAX = 999  # the last three digits


class NipRegistry:
    """Keeps NIPs unique: the sequence number counts up when the first 15 digits collide
    (DOMAIN.md §2.1). ``taken`` holds, per 15-digit prefix, the numbers already issued
    elsewhere (the governments generated before this one in a region scale), so the
    next one continues after them."""

    def __init__(self, taken: dict[str, int] | None = None) -> None:
        self._seen: dict[str, int] = dict(taken or {})

    def issue(self, prefix15: str) -> str:
        n = self._seen.get(prefix15, 0) + 1
        if n > NIP_SEQUENCE_MAX:
            raise ValueError(
                f"Nomor urut NIP habis: lebih dari {NIP_SEQUENCE_MAX} pegawai dengan "
                f"15 digit awal {prefix15}."
            )
        self._seen[prefix15] = n
        return f"{prefix15}{n:03d}"

    @property
    def issued(self) -> dict[str, int]:
        """15-digit prefix -> the highest sequence number issued (taken included)."""
        return self._seen


def _ymd(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def pns_nip(reg: NipRegistry, lahir: date, tmt_cpns: tuple[int, int], sex: str) -> str:
    sex_digit = "1" if sex == "L" else "2"
    return reg.issue(f"{_ymd(lahir)}{tmt_cpns[0]:04d}{tmt_cpns[1]:02d}{sex_digit}")


def pppk_nip(
    reg: NipRegistry, lahir: date, year: int, paruh_waktu: bool, sex: str
) -> str:
    sex_digit = "1" if sex == "L" else "2"
    code = "24" if paruh_waktu else "21"
    return reg.issue(f"{_ymd(lahir)}{year:04d}{code}{sex_digit}")


# --- golongan ------------------------------------------------------------------------
GOLONGAN = (
    "I/a",
    "I/b",
    "I/c",
    "I/d",
    "II/a",
    "II/b",
    "II/c",
    "II/d",
    "III/a",
    "III/b",
    "III/c",
    "III/d",
    "IV/a",
    "IV/b",
    "IV/c",
    "IV/d",
    "IV/e",
)


def _edu_level(pendidikan: str) -> str:
    head = pendidikan.split(" ")[0]
    if pendidikan.startswith(("Profesi", "S-1 Kedokteran")):
        return "S-1+"
    return head


def pns_golongan(pendidikan: str, years: int, jenis: str, tier: str = "") -> str:
    start = {"SLTA": 4, "D-III": 6, "D-IV": 8, "S-1": 8, "S-1+": 9, "S-2": 9}.get(
        _edu_level(pendidikan), 8
    )
    cap = {"JPT": 15, "Administrator": 13, "Pengawas": 12}.get(jenis, 13)
    if tier in ("pelaksana", "terampil"):
        cap = 11 if _edu_level(pendidikan) != "SLTA" else 8  # III/d, II/d for SLTA
    floor = {"JPT": 13, "Administrator": 11, "Pengawas": 10}.get(jenis, 0)
    return GOLONGAN[max(floor, min(cap, start + max(0, years) // 4))]


def pppk_golongan(pendidikan: str) -> str:
    return {
        "SLTA": "V",
        "D-III": "VII",
        "D-IV": "IX",
        "S-1": "IX",
        "S-1+": "X",
        "S-2": "X",
    }.get(_edu_level(pendidikan), "IX")


def level_name(tier: str, years: int, pppk: bool) -> str:
    if tier == "pelaksana":
        return ""
    if tier in ("ahli", "guru"):
        if pppk or years < 6:
            return " Ahli Pertama"
        return " Ahli Muda" if years < 15 else " Ahli Madya"
    if pppk or years < 8:
        return " Terampil"
    return " Mahir" if years < 17 else " Penyelia"


# --- building the people of one OPD ---------------------------------------------------
@dataclass(frozen=True)
class Window:
    """The months a scale covers, as month indexes (0 = January 2022)."""

    first: int
    last: int  # inclusive

    @property
    def end_date(self) -> date:
        y, m = month_of(self.last)
        return date(y, m, 1)


def _birth(r: random.Random, lo: int, hi: int) -> date:
    return date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


# share of women per staff role (others 0.45)
_FEMALE_SHARE = {"bidan": 1.0, "perawat": 0.75, "guru": 0.7}
# cumulative education weights per role (random.choices(cum_weights=...))
_EDU_CUM = {k: list(accumulate(e.weight for e in r.edus)) for k, r in ROLES.items()}


class OpdBuilder:
    """Builds the people of one OPD. Small methods, one concern each."""

    def __init__(
        self, opd: Opd, n: int, seed: int, reg: NipRegistry, win: Window, chief_nip: str
    ) -> None:
        self.opd, self.n, self.reg, self.win, self.chief = opd, n, reg, win, chief_nip
        self.r, self.g = rng_pair(seed, f"people:{opd.kode}")
        self.people: list[Person] = []

    # heads ------------------------------------------------------------------------
    def _head(
        self,
        jenis: str,
        jabatan: str,
        unit_kode: str,
        unit_kerja: str,
        atasan: str,
        edu_opts: tuple[tuple[str, str], ...],
    ) -> Person:
        r = self.r
        sex = "L" if r.random() < 0.7 else "P"
        lahir = _birth(r, 1969, 1982)
        cpns_year = max(lahir.year + r.randint(23, 30), 1995)
        tmt = (cpns_year, r.choice((1, 3, 12)))
        pend, gelar = r.choice(edu_opts or HEAD_EDU.get(jenis, HEAD_EDU["Pengawas"]))
        if jenis == "Fungsional":  # school heads are teachers
            pend, gelar = r.choice(HEAD_EDU_GURU)
        nama = with_titles(draw_name(r, sex, lahir.year), gelar, r, False)
        years = self.win.end_date.year - tmt[0]
        p = Person(
            nip=pns_nip(self.reg, lahir, tmt, sex),
            nama=nama,
            jenis_asn="PNS",
            sex=sex,
            lahir=lahir,
            opd=self.opd.kode,
            unit_kode=unit_kode,
            unit_kerja=unit_kerja,
            jenis_jabatan=jenis,
            nama_jabatan=jabatan,
            golongan=pns_golongan(pend, years, jenis),
            pendidikan=pend,
            tmt_jabatan=date(
                r.randint(2015, month_of(self.win.first)[0] - 1),
                r.choice((1, 6, 10)),
                1,
            ),
            start=self.win.first,
            end=self.win.last + 1,
            atasan=atasan,
            ability=float(self.g.normal(0.5, 0.6)),
            family=self.opd.family,
            head=True,
        )
        self.people.append(p)
        return p

    # staff ------------------------------------------------------------------------
    def _asn_type(self, role: Role) -> str:
        u = self.r.random()
        _, pppk, pw = role.mix
        pppk *= 0.78  # calibrated: ~75% PNS, ~20% PPPK, ~5% paruh waktu overall
        pns = 1.0 - pppk - pw
        if u < pns:
            return "PNS"
        return "PPPK" if u < pns + pppk else "PPPK_PARUH_WAKTU"

    def _appointment(
        self, asn: str, role: Role, lahir: date, edu: Edu
    ) -> tuple[tuple[int, int], int]:
        """(TMT year-month, first month index) of a staff member."""
        r = self.r
        if asn == "PPPK_PARUH_WAKTU":
            return (2025, 10), month_index(2025, 10)
        if asn == "PPPK":
            if role.family == "pendidikan":
                year = r.choice((2022, 2022, 2023, 2024))
            elif role.family == "kes":
                year = r.choice((2022, 2023, 2023, 2024, 2025))
            else:
                year = r.choice((2023, 2024, 2024, 2025))
            month = r.choice((3, 4, 7)) if year < 2025 else r.choice((3, 7))
            return (year, month), month_index(year, month)
        earliest = lahir.year + (20 if edu.pendidikan == "SLTA" else 23)
        year = r.randint(max(earliest, 1992), min(lahir.year + 35, 2024))
        if lahir.year >= 1988 and r.random() < 0.05:  # a recent CPNS intake
            year = r.choice((2022, 2025))
        month = r.choice((1, 2, 3, 4, 12)) if year < 2022 else r.choice((3, 6))
        return (year, month), month_index(year, month)

    def _staff(self, sec: Section, role_key: str, atasan: str) -> Person:
        r, g = self.r, self.g
        role = ROLES[role_key]
        edu = r.choices(role.edus, cum_weights=_EDU_CUM[role_key])[0]
        sex = "P" if r.random() < _FEMALE_SHARE.get(role_key, 0.45) else "L"
        asn = self._asn_type(role)
        # nobody retires inside the window: a retiree stays in the latest master and
        # would look like a missing SKP in every later month
        oldest = self.win.end_date.year - 57
        lahir = _birth(r, oldest, 1999) if asn == "PNS" else _birth(r, 1978, 2001)
        tmt, start = self._appointment(asn, role, lahir, edu)
        if edu.tier == "guru" and asn == "PPPK":
            lahir = _birth(r, 1975, 1995)
        pppk = asn != "PNS"
        end_year = self.win.end_date.year
        years = end_year - tmt[0]
        jabatan = edu.jabatan + level_name(edu.tier, years, pppk)
        if asn == "PNS":
            nip = pns_nip(self.reg, lahir, tmt, sex)
            gol = pns_golongan(edu.pendidikan, years, role.jenis, edu.tier)
        else:
            nip = pppk_nip(self.reg, lahir, tmt[0], asn == "PPPK_PARUH_WAKTU", sex)
            gol = "" if asn == "PPPK_PARUH_WAKTU" else pppk_golongan(edu.pendidikan)
        master = asn == "PNS" and edu.tier in ("ahli", "guru") and r.random() < 0.08
        nama = with_titles(draw_name(r, sex, lahir.year), edu.gelar, r, master)
        retire_age = 60 if edu.tier in ("ahli", "guru") else 58
        end = (
            month_index(lahir.year + retire_age, lahir.month) + 1
            if asn == "PNS"
            else 10**6
        )
        tmt_jab = date(*tmt, 1)
        if asn == "PNS" and years > 4:
            lo = max(tmt[0] + 1, 2012)  # in post before the window (no mutasi modelled)
            hi = max(lo, month_of(self.win.first)[0] - 1)
            tmt_jab = date(r.randint(lo, hi), r.choice((1, 4, 7, 10)), 1)
        p = Person(
            nip=nip,
            nama=nama,
            jenis_asn=asn,
            sex=sex,
            lahir=lahir,
            opd=self.opd.kode,
            unit_kode=sec.unit_kode,
            unit_kerja=sec.unit_kerja,
            jenis_jabatan=role.jenis,
            nama_jabatan=jabatan,
            golongan=gol,
            pendidikan=edu.pendidikan if not master else "S-2 " + edu.pendidikan[4:],
            tmt_jabatan=tmt_jab,
            start=max(start, self.win.first),
            end=min(end, self.win.last + 1),
            atasan=atasan,
            ability=float(g.normal(0.0, 0.75)),
            family=role.family,
        )
        self._maybe_promote(p, edu, tmt, years)
        self.people.append(p)
        return p

    def _maybe_promote(
        self, p: Person, edu: Edu, tmt: tuple[int, int], years: int
    ) -> None:
        """About one in six PNS fungsional moved up a level inside the window."""
        if p.jenis_asn != "PNS" or edu.tier == "pelaksana" or self.r.random() > 0.17:
            return
        older = edu.jabatan + level_name(edu.tier, max(0, years - 5), False)
        if older == p.nama_jabatan:
            return
        month = self.r.randint(self.win.first, self.win.last - 3)
        y, m = month_of(month)
        p.jabatan_lama, p.golongan_lama, p.tmt_lama = older, p.golongan, p.tmt_jabatan
        p.nama_jabatan, p.tmt_jabatan, p.promoted_month = (
            p.nama_jabatan,
            date(y, m, 1),
            month,
        )
        idx = GOLONGAN.index(p.golongan) if p.golongan in GOLONGAN else -1
        if idx > 0:
            p.golongan_lama = GOLONGAN[idx - 1]

    # the whole OPD ----------------------------------------------------------------
    def build(self) -> list[Person]:
        opd, r = self.opd, self.r
        head_unit = opd.sections[0]
        boss_edu = {"kes": HEAD_EDU_KES, "par": HEAD_EDU_PAR}.get(
            opd.family, HEAD_EDU["JPT"]
        )
        boss = self._head(
            opd.head_jenis,
            opd.head_jabatan,
            head_unit.unit_kode,
            head_unit.unit_kerja,
            self.chief,
            boss_edu,
        )
        heads: dict[str, Person] = {}
        for sec in opd.sections:  # parents come before their children in the plan
            atasan = heads[sec.parent].nip if sec.parent else boss.nip
            heads[sec.key] = self._head(
                sec.head_jenis,
                sec.head_jabatan,
                sec.unit_kode,
                sec.unit_kerja,
                atasan,
                sec.head_edu,
            )
        kasubbag = self._kasubbag(opd.sections[0], heads[opd.sections[0].key].nip)
        n_staff = max(0, self.n - len(self.people))
        total_w = sum(s.weight for s in opd.sections)
        counts = [int(n_staff * s.weight / total_w) for s in opd.sections]
        for i in range(n_staff - sum(counts)):  # hand out the rounding remainder
            counts[i % len(counts)] += 1
        for sec, count in zip(opd.sections, counts, strict=True):
            roles = [k for k, _ in sec.staff]
            # cum_weights: the same draw as weights=, without summing them each time
            cum = list(accumulate(w for _, w in sec.staff))
            for _ in range(count):
                role = r.choices(roles, cum_weights=cum)[0]
                atasan = heads[sec.key].nip
                pelaksana = ROLES[role].jenis == PELAKSANA
                if sec is opd.sections[0] and kasubbag and pelaksana:
                    atasan = r.choice(kasubbag)  # pelaksana report to a Kasubbag
                self._staff(sec, role, atasan)
        return self.people

    def _kasubbag(self, sek: Section, sekretaris: str) -> list[str]:
        """Pengawas posts under the Sekretaris (two in an OPD of 25+ people)."""
        if self.n < 12 or self.opd.kode.startswith("KEC-"):
            return []
        titles = ["Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan"]
        if self.n < 25:
            titles = ["Kepala Subbagian Tata Usaha"]
        return [
            self._head("Pengawas", t, sek.unit_kode, sek.unit_kerja, sekretaris, ()).nip
            for t in titles
        ]


def assign_flags(
    people: Sequence[Person],
    seed: int,
    opd_kode: str,
    minimum: int = 0,
    exclude: frozenset[str] = frozenset(),
) -> None:
    """Plant the individual patterns (see pipelines/demo.py). ``minimum`` guarantees at
    least that many people per flag (used by the tiny sample scale)."""
    r, _ = rng_pair(seed, f"flags:{opd_kode}")
    staff = [p for p in people if not p.head and p.jenis_asn != "PPPK_PARUH_WAKTU"]
    if not staff:
        return
    taken: set[str] = set()
    for flag in (LOW, ADAPTIF_FALL, INFLATE, LATE, STUCK, NO_JP, STAR):
        if flag in exclude:
            continue
        pool = [p for p in staff if p.nip not in taken or flag in (LATE, INFLATE)]
        if flag == STUCK:
            pool = [p for p in pool if p.jenis_asn == "PNS" and p.promoted_month < 0]
        expected = FLAG_RATES[flag] * len(staff)
        k = int(expected) + (1 if r.random() < expected - int(expected) else 0)
        k = min(len(pool), max(k, minimum))
        for p in r.sample(pool, k):
            p.flags.add(flag)
            if flag in (LOW, STAR, ADAPTIF_FALL, NO_JP):
                taken.add(p.nip)
    lows = sorted((p for p in staff if LOW in p.flags), key=lambda p: p.nip)
    for i, p in enumerate(lows):
        if i % 2 == 0:
            p.flags.add(STAGNANT)
        elif i % 4 == 3:
            p.flags.add(RECOVERS)
    for p in staff:
        if STUCK in p.flags:
            p.tmt_jabatan = date(r.randint(2012, 2019), r.choice((1, 4, 7, 10)), 1)
        if STAR in p.flags:
            p.ability += 1.6
        if LOW in p.flags:
            p.ability -= 0.3
