"""Sector exports of the demo: immunisation, IKM surveys, tourism, gampong programmes.

Each function writes the files of one export family and returns their paths. The
planted sector patterns are listed in the docstring of ``pipelines/demo.py``; the
numbers that carry them are the constants below (coverage by puskesmas and year, IKM by
unit and year, participation by gampong, ...).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from pipelines.demo_people import month_of, rng_pair
from pipelines.demo_writers import (
    Fmt,
    Sheet,
    Style,
    XlsxSink,
    notes_sheet,
    write_csv,
    write_xlsx,
)

# --- planted numbers ------------------------------------------------------------------
# Year-end IDL coverage (%) per puskesmas: Cot Ba'u improves, Balohan stagnates below
# target, the others sit in between.
IDL_COVERAGE: dict[str, dict[int, float]] = {
    "PKM-COT-BAU": {2022: 78, 2023: 84, 2024: 90, 2025: 94, 2026: 97},
    "PKM-BALOHAN": {2022: 83, 2023: 82, 2024: 83, 2025: 82, 2026: 83},
    "PKM-SUKAJAYA": {2022: 88, 2023: 90, 2024: 91, 2025: 93, 2026: 94},
    "PKM-SUKAKARYA": {2022: 93, 2023: 95, 2024: 97, 2025: 98, 2026: 98},
    "PKM-PRIA-LAOT": {2022: 86, 2023: 84, 2024: 88, 2025: 90, 2026: 92},
    "PKM-IBOIH": {2022: 72, 2023: 77, 2024: 83, 2025: 87, 2026: 90},
}
# Drop-out DPT-HB-Hib 1 -> MR 1 (%): Balohan stays above the 5% limit.
DROP_OUT: dict[str, dict[int, float]] = {
    "PKM-COT-BAU": {2022: 7, 2023: 5, 2024: 3.5, 2025: 2.5, 2026: 2},
    "PKM-BALOHAN": {2022: 8, 2023: 9, 2024: 8, 2025: 8.5, 2026: 9},
}
DROP_OUT_DEFAULT = 4.0
# Surviving infants per gampong per year (about 750 a year for ~43,500 people).
INFANTS: dict[str, int] = {
    "SKK-KUTA-ATEUH": 72,
    "SKK-KUTA-BARAT": 62,
    "SKK-KUTA-TIMU": 64,
    "SKK-ANEUK-LAOT": 38,
    "SKK-KRUENG-RAYA": 34,
    "SKK-PAYA-SEUNARA": 44,
    "SKK-BATEE-SHOK": 26,
    "SKK-IBOIH": 31,
    "SKJ-IE-MEULEE": 80,
    "SKJ-UJONG-KAREUNG": 40,
    "SKJ-ANOI-ITAM": 27,
    "SKJ-COT-BAU": 52,
    "SKJ-COT-ABEUK": 36,
    "SKJ-BALOHAN": 45,
    "SKJ-JABOI": 25,
    "SKJ-PAYA": 29,
    "SKJ-KEUNEUKAI": 28,
    "SKJ-BEURAWANG": 30,
}
GAMPONG_IDL_OFFSET = {"SKJ-JABOI": -9.0, "SKJ-BEURAWANG": -4.0, "SKK-BATEE-SHOK": -5.0}

# IKM (25-100) per tourism unit and year: KM0 climbs from C to B; Balohan stays at C
# with waktu penyelesaian (u3) the weakest; Anoi Itam gets too few responses in Q1/Q2.
IKM_LEVEL: dict[str, dict[int, float]] = {
    "DISPAR-TIC": {2022: 85, 2023: 86, 2024: 87, 2025: 88, 2026: 89},
    "DISPAR-KM0": {2022: 71, 2023: 74.5, 2024: 78.5, 2025: 82.5, 2026: 85.5},
    "DISPAR-IBOIH": {2022: 79, 2023: 80, 2024: 80, 2025: 81.5, 2026: 82},
    "DISPAR-SUMURTIGA": {2022: 78, 2023: 79, 2024: 80.5, 2025: 80, 2026: 81.5},
    "DISPAR-ANOIITAM": {2022: 78, 2023: 78.5, 2024: 79, 2025: 80, 2026: 80},
    "DISPAR-BALOHAN": {2022: 71, 2023: 72, 2024: 71, 2025: 72, 2026: 71.5},
}
IKM_WEAK: dict[str, dict[int, float]] = {  # unsur index (0-based) -> NRR offset
    "DISPAR-TIC": {8: -0.15, 3: 0.15},
    "DISPAR-KM0": {8: -0.3, 3: 0.2},
    "DISPAR-IBOIH": {8: -0.35, 3: 0.15},
    "DISPAR-SUMURTIGA": {8: -0.2, 5: -0.1},
    "DISPAR-ANOIITAM": {8: -0.25},
    "DISPAR-BALOHAN": {2: -0.6, 1: -0.15, 3: 0.25},
}
IKM_RESPONSES = {
    "DISPAR-TIC": 85,
    "DISPAR-KM0": 105,
    "DISPAR-IBOIH": 95,
    "DISPAR-SUMURTIGA": 60,
    "DISPAR-ANOIITAM": 45,
    "DISPAR-BALOHAN": 70,
}
QUARTER_SEASON = (0.8, 0.9, 1.25, 1.1)
# Complaints resolved within 5 working days (share) per tourism unit.
ADUAN_RATE = {
    "DISPAR-TIC": 0.95,
    "DISPAR-KM0": 0.85,
    "DISPAR-IBOIH": 0.9,
    "DISPAR-SUMURTIGA": 0.93,
    "DISPAR-ANOIITAM": 0.92,
    "DISPAR-BALOHAN": 0.62,
}
ADUAN_VOLUME = {
    "DISPAR-TIC": 12,
    "DISPAR-KM0": 15,
    "DISPAR-IBOIH": 10,
    "DISPAR-SUMURTIGA": 6,
    "DISPAR-ANOIITAM": 4,
    "DISPAR-BALOHAN": 18,
}
# Tourist visits: reported annual totals (2022, 2023) and January-April totals (2024,
# 2025) from data/reference/kunjungan_wisata.csv; the rest follows the seasonal curve.
VISITS_YEAR = {
    2022: 254_048,
    2023: 261_489,
    2024: 272_000,
    2025: 295_000,
    2026: 305_000,
}
VISITS_JAN_APR = {2024: 47_189, 2025: 63_257}
VISIT_SEASON = (0.85, 0.7, 0.75, 0.8, 0.95, 1.1, 1.45, 1.0, 0.85, 0.9, 0.95, 1.7)
LEBARAN_MONTH = {2022: 5, 2023: 4, 2024: 4, 2025: 4, 2026: 3}
# Gampong programmes: participation far below target in Jaboi, Beurawang, Keuneukai;
# slow village-fund absorption in Keuneukai (2025-2026) and Beurawang (2024).
PARTICIPATION_BASE = {"SKJ-JABOI": 0.31, "SKJ-BEURAWANG": 0.36, "SKJ-KEUNEUKAI": 0.44}
DANA_DESA_FINAL = {
    ("SKJ-KEUNEUKAI", 2025): 0.78,
    ("SKJ-KEUNEUKAI", 2026): 0.7,
    ("SKJ-BEURAWANG", 2024): 0.85,
}
DANA_DESA_CURVE = (0.0, 0.0, 0.02, 0.08, 0.18, 0.32, 0.42, 0.52, 0.62, 0.7, 0.8, 1.0)
POOR_HIGH = {"SKJ-JABOI": 0.24, "SKJ-BEURAWANG": 0.23, "SKJ-KEUNEUKAI": 0.2}

SARAN = (
    "Toilet perlu diperbaiki",
    "Petugas ramah dan informatif",
    "Tambah papan informasi berbahasa Inggris",
    "Parkir kurang luas",
    "Sinyal internet lemah",
    "Perlu tempat sampah lebih banyak",
    "Antrean terlalu lama",
    "Brosur wisata sering habis",
    "Pelayanan sudah baik",
)
SARAN_BALOHAN = (
    "Antrean loket terlalu lama",
    "Proses informasi tiket lambat",
    "Petugas loket kurang",
    "Waktu tunggu kapal tidak jelas",
)
SARAN_CP1252 = ("Café di dekat pos perlu kursi tambahan", "Pemandu’nya ramah sekali")


@dataclass
class SectorContext:
    seed: int
    out: Path
    first: int  # month index
    last: int  # month index, inclusive
    units: dict[str, dict[str, str]]
    gampong: dict[str, dict[str, str]]
    puskesmas: Sequence[str]
    ikm_units: Sequence[str]
    tourism_units: Sequence[str]
    heads: dict[str, str] = field(default_factory=dict)  # unit_kode -> head NIP
    messy: bool = True
    sample: bool = False
    files: list[Path] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return list(range(month_of(self.first)[0], month_of(self.last)[0] + 1))

    def months(self, year: int) -> list[int]:
        return [
            m
            for m in range(1, 13)
            if self.first <= (year - 2022) * 12 + m - 1 <= self.last
        ]

    def complete_quarters(self, year: int) -> list[int]:
        """Quarters of a year whose three months are all inside the window: a quarter
        still running at the end of the data is not reported yet."""
        months = set(self.months(year))
        return [q for q in range(1, 5) if {3 * q - 2, 3 * q - 1, 3 * q} <= months]

    def path(self, name: str) -> Path:
        p = self.out / name
        self.files.append(p)
        return p


def _alias(ctx: SectorContext, code: str, k: int) -> str:
    """The k-th way an operator writes a unit's name (name, then its aliases)."""
    u = ctx.units[code]
    names = [u["unit_nama"]] + [a for a in u["nama_lain"].split("|") if a]
    return names[k % len(names)]


def _gampong_name(ctx: SectorContext, code: str, k: int) -> str:
    g = ctx.gampong[code]
    names = [g["gampong_nama"]] + [a for a in g["ejaan_lain"].split("|") if a]
    return names[k % len(names)]


def _split(total: int, weights: Sequence[float], g: np.random.Generator) -> list[int]:
    """Split an integer total over weights, exactly (multinomial draw)."""
    w = np.asarray(weights, dtype=float)
    return [int(x) for x in g.multinomial(max(total, 0), w / w.sum())]


def _thin(monthly: list[int], share: float, g: np.random.Generator) -> list[int]:
    """Remove round(total x share) children, picked at random across the months, so the
    yearly loss is exact and no month goes below zero."""
    months = np.repeat(np.arange(len(monthly)), monthly)
    lost = min(len(months), max(0, int(round(len(months) * share))))
    out = np.array(monthly)
    if lost:
        np.subtract.at(out, g.choice(months, size=lost, replace=False), 1)
    return [int(x) for x in out]


def _largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    w = np.asarray(weights, dtype=float)
    raw = w / w.sum() * total
    out = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - out), kind="stable")[: total - int(out.sum())]:
        out[i] += 1
    return [int(x) for x in out]


# --- immunisation ---------------------------------------------------------------------
IMM_HEADER = (
    "Kode Indikator",
    "Unit",
    "Gampong",
    "Periode",
    "Pembilang",
    "Penyebut",
    "Realisasi",
    "Target",
)


def _imm_target(code: str, year: int) -> int:
    if code == "KES-IDL":
        return 90 if year == 2022 else 100
    return 95


def immunisation_counts(
    ctx: SectorContext, pkm: str, year: int
) -> dict[tuple[str, str], tuple[int, list[int]]]:
    """(indicator, gampong) -> (annual target infants, monthly counts Jan..Dec)."""
    _, g = rng_pair(ctx.seed, f"imm:{pkm}:{year}")
    out: dict[tuple[str, str], tuple[int, list[int]]] = {}
    season = np.array([1.0, 0.95, 1.0, 0.9, 0.95, 1.0, 1.05, 1.15, 1.0, 1.0, 1.0, 1.0])
    for gcode in sorted(
        c for c, row in ctx.gampong.items() if row["puskesmas_kode"] == pkm
    ):
        infants = int(
            round(INFANTS[gcode] * (1 + 0.01 * (year - 2022)) * (1 + g.normal(0, 0.03)))
        )
        idl = (
            IDL_COVERAGE[pkm][year]
            + GAMPONG_IDL_OFFSET.get(gcode, 0.0)
            + g.normal(0, 2)
        )
        do = DROP_OUT.get(pkm, {}).get(year, DROP_OUT_DEFAULT) / 100
        dpt_cov = idl / 100 / ((1 - do) * 0.97)
        dpt = _split(int(round(infants * dpt_cov)), season, g)
        mr = _thin(dpt, do + g.normal(0, 0.008), g)
        full = _thin(mr, 0.03, g)
        out[("KES-DPT1", gcode)] = (infants, dpt)
        out[("KES-MR1", gcode)] = (infants, mr)
        out[("KES-IDL", gcode)] = (infants, full)
    return out


def _imm_rows(
    ctx: SectorContext, pkm: str, year: int, fmt: Fmt, k: int, with_pj: bool
) -> Iterator[list[Any]]:
    counts = immunisation_counts(ctx, pkm, year)
    unit = _alias(ctx, pkm, k)
    pj = ctx.heads.get(pkm, "")
    for month in ctx.months(year):
        period = fmt.month(year, month)
        for (code, gcode), (infants, monthly) in sorted(
            counts.items(), key=lambda x: (x[0][1], x[0][0])
        ):
            n = monthly[month - 1]
            row = [
                code,
                unit,
                _gampong_name(ctx, gcode, k + month),
                period,
                fmt.num(n),
                fmt.num(infants),
                fmt.num(n / infants * 100, 2),
                fmt.num(_imm_target(code, year)),
            ]
            yield row + [pj] if with_pj else row


IMM_NOTES = (
    "PETUNJUK PENGISIAN LAPORAN IMUNISASI RUTIN",
    "1. Pembilang = jumlah bayi yang diimunisasi pada bulan laporan.",
    "2. Penyebut = sasaran bayi (surviving infant) satu tahun, diulang tiap bulan.",
    "3. Realisasi = pembilang / penyebut x 100 untuk bulan laporan.",
    "4. Kirim ke Dinas Kesehatan dan KB paling lambat tanggal 5 bulan berikutnya.",
)

IMM_LAYOUT: dict[str, tuple[Style, str]] = {
    # puskesmas -> (style, layout): 'per_year' sheets, 'one_sheet', 'csv' per year
    "PKM-COT-BAU": (Style("xlsx", period="nama", numbers="cell"), "per_year"),
    "PKM-SUKAJAYA": (Style("xlsx", period="iso", numbers="id"), "one_sheet"),
    "PKM-BALOHAN": (
        Style("xlsx", period="slash", numbers="cell"),
        "per_year_notes_first",
    ),
    "PKM-SUKAKARYA": (
        Style("xlsx", period="iso", numbers="cell", headers="upper"),
        "per_year",
    ),
    "PKM-PRIA-LAOT": (Style("xlsx", period="short", numbers="id"), "per_year"),
    "PKM-IBOIH": (Style("csv", ";", "cp1252", period="nama", numbers="id"), "csv"),
}


def _imm_header(style: Style, with_pj: bool) -> list[str]:
    header = list(IMM_HEADER) + (["NIP Penanggung Jawab"] if with_pj else [])
    return [h.upper() for h in header] if style.headers == "upper" else header


def _imm_bad_rows(
    ctx: SectorContext, pkm: str, year: int, fmt: Fmt, with_pj: bool
) -> list[list[Any]]:
    """Planted: an indicator code not in the catalogue, a unit not in the unit list."""
    if not ctx.messy:
        return []
    bad_year = ctx.years[-1] if ctx.sample else 2024
    if year != bad_year:
        return []
    months = ctx.months(year)[: (1 if ctx.sample else 12)]
    rows: list[list[Any]] = []
    if pkm == ("PKM-COT-BAU" if ctx.sample else "PKM-SUKAJAYA"):
        gname = _gampong_name(ctx, "SKJ-COT-BAU" if ctx.sample else "SKJ-PAYA", 0)
        for m in months:  # BCG is reported but is not in the indicator catalogue
            rows.append(
                [
                    "KES-BCG",
                    _alias(ctx, pkm, 0),
                    gname,
                    fmt.month(year, m),
                    fmt.num(3),
                    fmt.num(29),
                    fmt.num(10.34, 2),
                    fmt.num(100),
                ]
            )
    if pkm == "PKM-BALOHAN":
        for m in months:  # a pustu reporting on its own: not a unit in the reference
            rows.append(
                [
                    "KES-IDL",
                    "Pustu Jaboi",
                    "Jaboi",
                    fmt.month(year, m),
                    fmt.num(2),
                    fmt.num(25),
                    fmt.num(8, 2),
                    fmt.num(100),
                ]
            )
    return [r + [""] if with_pj else r for r in rows]


def write_immunisation(ctx: SectorContext) -> None:
    """One workbook per puskesmas (sheets per year), Iboih sends a CSV per year."""
    for k, pkm in enumerate(ctx.puskesmas):
        style, layout = IMM_LAYOUT[pkm]
        fmt = Fmt(style)
        with_pj = pkm in ("PKM-COT-BAU", "PKM-BALOHAN")
        header = _imm_header(style, with_pj)
        short = ctx.units[pkm]["unit_nama"].replace("Puskesmas ", "")
        title = (
            "LAPORAN IMUNISASI RUTIN (PWS IMUNISASI)",
            f"UPTD PUSKESMAS {short.upper()}",
            "DINAS KESEHATAN DAN KELUARGA BERENCANA KOTA SABANG",
        )
        slug = short.replace("'", "").replace(" ", "_")
        years = ctx.years
        if layout == "csv":
            for year in years:
                rows = list(_imm_rows(ctx, pkm, year, fmt, k, with_pj))
                rows += _imm_bad_rows(ctx, pkm, year, fmt, with_pj)
                write_csv(
                    ctx.path(f"imunisasi_pkm_{slug.lower()}_{year}.csv"),
                    header,
                    rows,
                    style,
                )
            continue
        name = f"Imunisasi_PKM_{slug}_{years[0]}-{years[-1]}.xlsx"
        if len(years) == 1:
            name = f"Imunisasi_PKM_{slug}_{years[0]}.xlsx"
        sink = XlsxSink(ctx.path(name))
        if layout == "per_year_notes_first":
            sink.add(notes_sheet(IMM_NOTES))
        if layout == "one_sheet":
            sink.sheet("Data", header, title[:2])
        for year in years:
            rows = list(_imm_rows(ctx, pkm, year, fmt, k, with_pj))
            rows += _imm_bad_rows(ctx, pkm, year, fmt, with_pj)
            if layout == "one_sheet":
                sink.write("Data", rows)
            else:
                sink.add(Sheet(str(year), header, rows, title))
        if layout == "per_year":
            sink.add(notes_sheet(IMM_NOTES))
        sink.close()


# --- IKM survey -----------------------------------------------------------------------
IKM_STYLES: dict[str, tuple[Style, tuple[str, ...]]] = {
    "DISPAR-TIC": (
        Style("csv", ",", "utf-8-sig"),
        tuple(f"U{i}" for i in range(1, 10)),
    ),
    "DISPAR-KM0": (
        Style("csv", ";", "utf-8", dates="iso"),
        tuple(f"Unsur {i}" for i in range(1, 10)),
    ),
    "DISPAR-IBOIH": (Style("csv", ";", "cp1252"), tuple(f"U{i}" for i in range(1, 10))),
    "DISPAR-SUMURTIGA": (
        Style(
            "csv",
            ",",
            "utf-8",
            title=(
                "HASIL SURVEI KEPUASAN MASYARAKAT",
                "POS LAYANAN WISATA PANTAI SUMUR TIGA",
            ),
        ),
        tuple(f"u{i}" for i in range(1, 10)),
    ),
    "DISPAR-ANOIITAM": (
        Style("csv", ",", "utf-8-sig", dates="iso"),
        tuple(f"Q{i}" for i in range(1, 10)),
    ),
    "DISPAR-BALOHAN": (
        Style("csv", ";", "utf-8-sig"),
        tuple(f"P{i}" for i in range(1, 10)),
    ),
}
IKM_HEAD = ("No Responden", "Unit Layanan", "Tanggal Survei")
IKM_TAIL = ("Jenis Kelamin", "Usia", "Pendidikan", "Saran")
EDU_RESP = ("SD", "SMP", "SMA", "SMA", "SMA", "D3", "S1", "S1", "S2")


def _quarter_level(unit: str, year: int, q: int) -> float:
    """IKM level for a quarter, moving from last year's level to this year's."""
    levels = IKM_LEVEL[unit]
    prev = levels.get(year - 1, levels[year])
    return prev + (levels[year] - prev) * q / 4


def _ikm_quarter_n(
    unit: str, year: int, q: int, g: np.random.Generator, sample: bool
) -> int:
    base = IKM_RESPONSES[unit] * QUARTER_SEASON[q - 1]
    if sample:
        base = 36 if unit == "DISPAR-TIC" else 14
    elif unit == "DISPAR-ANOIITAM" and q <= 2:
        base = 22  # too few responses for a reliable IKM (< 30)
    return max(8, int(round(base * (1 + g.normal(0, 0.12)))))


def ikm_answers(
    unit: str, year: int, q: int, n: int, g: np.random.Generator
) -> np.ndarray:
    """n x 9 answers 1..4 around the planned level (stochastic rounding)."""
    mean = _quarter_level(unit, year, q) / 25
    offsets = np.zeros(9)
    for i, v in IKM_WEAK.get(unit, {}).items():
        offsets[i] = v
    mu = mean + offsets - offsets.mean() + 0.04
    x = mu[None, :] + g.normal(0, 0.45, (n, 1)) * 0.6 + g.normal(0, 0.4, (n, 9))
    base = np.floor(x)
    ans = base + (g.random((n, 9)) < (x - base))
    return np.clip(ans, 1, 4).astype(int)


def _ikm_rows(
    ctx: SectorContext, unit: str, year: int, fmt: Fmt, k: int
) -> list[list[Any]]:
    r, g = rng_pair(ctx.seed, f"ikm:{unit}:{year}")
    name = _alias(ctx, unit, k + year)
    rows: list[list[Any]] = []
    seq = 0
    short = unit.split("-")[1]
    for q in range(1, 5):
        months = [m for m in ctx.months(year) if (m - 1) // 3 + 1 == q]
        if not months:
            continue
        n = _ikm_quarter_n(unit, year, q, g, ctx.sample) * len(months) // 3
        answers = ikm_answers(unit, year, q, n, g).tolist()
        for a in answers:
            seq += 1
            month = r.choice(months)
            day = date(year, month, r.randint(1, 28))
            saran = ""
            if r.random() < 0.12:
                pool = SARAN_BALOHAN if unit == "DISPAR-BALOHAN" else SARAN
                if fmt.s.encoding == "cp1252" and r.random() < 0.4:
                    pool = SARAN_CP1252
                saran = r.choice(pool)
            rows.append(
                [
                    f"R-{short}-{year}-{seq:04d}",
                    name,
                    fmt.date(day),
                    *a,
                    r.choice("LP"),
                    r.randint(17, 66),
                    r.choice(EDU_RESP),
                    saran,
                ]
            )
    rows.sort(key=lambda row: row[0])
    if fmt.s.encoding == "cp1252" and rows:
        rows[0][-1] = SARAN_CP1252[1]  # a curly apostrophe: byte 0x92 in Windows-1252
    return rows


def _ikm_bad(ctx: SectorContext, unit: str, year: int, rows: list[list[Any]]) -> None:
    """Planted: answers of 5 on a 1-4 scale; an impossible survey date."""
    if not ctx.messy or not rows:
        return
    if ctx.sample and unit == "DISPAR-TIC" and year == ctx.years[-1]:
        rows[3][3 + 6] = 5
    if not ctx.sample and unit == "DISPAR-KM0" and year == 2023:
        for row in rows[10:30]:
            row[3 + 6] = 5
    if not ctx.sample and unit == "DISPAR-IBOIH" and year == 2024:
        for row in rows[7:10]:
            row[2] = "31/02/2024"


def write_ikm(ctx: SectorContext) -> None:
    """One CSV per unit per year."""
    for k, unit in enumerate(ctx.ikm_units):
        style, unsur = IKM_STYLES[unit]
        if ctx.sample and unit == "DISPAR-KM0":
            style = replace(style, encoding="cp1252")
        fmt = Fmt(style)
        header = [*IKM_HEAD, *unsur, *IKM_TAIL]
        slug = unit.split("-")[1].lower()
        for year in ctx.years:
            rows = _ikm_rows(ctx, unit, year, fmt, k)
            _ikm_bad(ctx, unit, year, rows)
            write_csv(ctx.path(f"ikm_{slug}_{year}.csv"), header, rows, style)


# --- tourism visits and complaints ----------------------------------------------------
def visits_by_month(year: int, seed: int) -> list[int]:
    _, g = rng_pair(seed, f"visits:{year}")
    w = np.array(VISIT_SEASON) * (1 + g.normal(0, 0.04, 12))
    w[LEBARAN_MONTH[year] - 1] += 0.5
    total = VISITS_YEAR[year]
    if year in VISITS_JAN_APR:
        head = _largest_remainder(VISITS_JAN_APR[year], w[:4])
        return head + _largest_remainder(total - sum(head), w[4:])
    return _largest_remainder(total, w)


def write_tourism(ctx: SectorContext) -> None:
    """PAR-KUNJUNGAN monthly (workbook, a sheet per year) and PAR-ADUAN quarterly."""
    style = Style("xlsx", numbers="id", period="nama")
    fmt = Fmt(style)
    header = ["Kode Indikator", "Unit", "Periode", "Realisasi", "Target", "Keterangan"]
    title = ("REKAPITULASI KUNJUNGAN WISATAWAN KOTA SABANG", "DINAS PARIWISATA")
    target = {2022: 200_000, 2023: 250_000, 2024: 270_000, 2025: 290_000, 2026: 300_000}
    sheets = []
    for year in ctx.years:
        visits = visits_by_month(year, ctx.seed)
        rows = [
            [
                "PAR-KUNJUNGAN",
                ctx.units["DISPAR-SEKRETARIAT"]["unit_nama"],
                fmt.month(year, m),
                fmt.num(visits[m - 1]),
                fmt.num(target[year]),
                "wisnus + wisman" if m == 1 else "",
            ]
            for m in ctx.months(year)
        ]
        sheets.append(Sheet(str(year), header, rows, title))
    years = ctx.years
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    write_xlsx(ctx.path(f"Kunjungan_Wisatawan_{span}.xlsx"), sheets)
    write_aduan(ctx)


def write_aduan(ctx: SectorContext) -> None:
    style = Style("csv", ";", "utf-8", quarter="triwulan", numbers="id")
    fmt = Fmt(style)
    header = [
        "Kode Indikator",
        "Unit Layanan",
        "Periode",
        "Jumlah",
        "Jumlah Sasaran",
        "Realisasi",
    ]
    for year in ctx.years:
        _, g = rng_pair(ctx.seed, f"aduan:{year}")
        rows = []
        quarters = ctx.complete_quarters(year)
        for unit in ctx.tourism_units:
            for q in quarters:
                received = max(
                    1, int(g.poisson(ADUAN_VOLUME[unit] * QUARTER_SEASON[q - 1]))
                )
                rate = ADUAN_RATE[unit]
                if unit == "DISPAR-KM0":
                    rate = min(0.97, 0.72 + 0.06 * (year - 2022))
                done = int(g.binomial(received, rate))
                rows.append(
                    [
                        "PAR-ADUAN",
                        ctx.units[unit]["unit_nama"],
                        fmt.quarter(year, q),
                        fmt.num(done),
                        fmt.num(received),
                        fmt.num(done / received * 100, 2),
                    ]
                )
        write_csv(ctx.path(f"pengaduan_wisatawan_{year}.csv"), header, rows, style)


# --- gampong programmes (DPMG) --------------------------------------------------------
def _adults(code: str) -> int:
    return INFANTS[code] * 37


def write_gampong(ctx: SectorContext) -> None:
    codes = sorted(ctx.gampong)
    _write_partisipasi(ctx, codes)
    _write_dana_desa(ctx, codes)
    _write_miskin_idm(ctx, codes)


def _unit_for(ctx: SectorContext, code: str, k: int) -> str:
    return _alias(ctx, code, k)


def _write_partisipasi(ctx: SectorContext, codes: list[str]) -> None:
    style = Style("xlsx", quarter="tw", numbers="cell")
    fmt = Fmt(style)
    header = [
        "Kode Indikator",
        "Unit",
        "Gampong",
        "Periode",
        "Pembilang",
        "Penyebut",
        "Realisasi",
        "NIP PJ",
    ]
    pj = ctx.heads.get("DPMG-PEMBERDAYAAN", "")
    sheets = []
    for year in ctx.years:
        _, g = rng_pair(ctx.seed, f"partisipasi:{year}")
        rows = []
        quarters = ctx.complete_quarters(year)
        for i, code in enumerate(codes):
            adults = int(_adults(code) * (1 + 0.01 * (year - 2022)))
            base = PARTICIPATION_BASE.get(code)
            for q in quarters:
                if base is None:
                    rate = 0.55 + 0.2 * ((i * 7) % 10) / 10 + 0.02 * (year - 2022)
                else:
                    rate = base
                present = int(g.binomial(adults, min(0.95, rate + g.normal(0, 0.02))))
                rows.append(
                    [
                        "PMD-PARTISIPASI",
                        _unit_for(ctx, code, i + q),
                        ctx.gampong[code]["gampong_nama"],
                        fmt.quarter(year, q),
                        fmt.num(present),
                        fmt.num(adults),
                        fmt.num(present / adults * 100, 2),
                        pj,
                    ]
                )
        sheets.append(
            Sheet(
                f"TW {year}",
                header,
                rows,
                ("REKAP PARTISIPASI MUSYAWARAH GAMPONG", f"TAHUN {year}"),
            )
        )
    years = ctx.years
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    write_xlsx(ctx.path(f"Partisipasi_Musyawarah_Gampong_{span}.xlsx"), sheets)


def _write_dana_desa(ctx: SectorContext, codes: list[str]) -> None:
    style = Style("csv", ",", "utf-8-sig", period="nama", numbers="id")
    fmt = Fmt(style)
    header = [
        "Kode Indikator",
        "Nama Unit",
        "Desa",
        "Periode",
        "Pembilang",
        "Penyebut",
        "Realisasi",
    ]
    for year in ctx.years:
        _, g = rng_pair(ctx.seed, f"danadesa:{year}")
        rows = []
        months = ctx.months(year)
        for i, code in enumerate(codes):
            pagu = int(
                round((900 + 25 * ((i * 5) % 13) + 20 * (year - 2022)) * 1e6, -6)
            )
            final = DANA_DESA_FINAL.get(
                (code, year), float(np.clip(g.normal(0.96, 0.02), 0.9, 0.995))
            )
            curve = np.array(DANA_DESA_CURVE) * final
            spent = np.round(curve * pagu, -3)
            monthly = np.diff(np.concatenate([[0.0], spent]))
            for m in months:
                value = float(monthly[m - 1])
                rows.append(
                    [
                        "PMD-DANA-DESA",
                        _unit_for(ctx, code, i),
                        ctx.gampong[code]["gampong_nama"],
                        fmt.month(year, m),
                        fmt.num(value),
                        fmt.num(pagu),
                        fmt.num(value / pagu * 100, 2),
                    ]
                )
        write_csv(ctx.path(f"realisasi_dana_desa_{year}.csv"), header, rows, style)


def _write_miskin_idm(ctx: SectorContext, codes: list[str]) -> None:
    years = [y for y in ctx.years if 12 in ctx.months(y) or ctx.sample] or ctx.years
    style = Style("csv", ";", "utf-8", numbers="id")
    fmt = Fmt(style)
    rows = []
    for year in years:
        for i, code in enumerate(codes):
            families = int(_adults(code) / 2.1)
            base = POOR_HIGH.get(code, 0.1 + 0.08 * ((i * 3) % 7) / 7)
            rate = max(0.04, base - 0.008 * (year - 2022))
            poor = int(round(families * rate))
            rows.append(
                [
                    "PMD-KELUARGA-MISKIN",
                    _unit_for(ctx, code, i),
                    ctx.gampong[code]["gampong_nama"],
                    str(year),
                    fmt.num(poor),
                    fmt.num(families),
                    fmt.num(poor / families * 100, 2),
                ]
            )
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    write_csv(
        ctx.path(f"keluarga_miskin_{span}.csv"),
        [
            "Kode Indikator",
            "Unit",
            "Gampong",
            "Periode",
            "Pembilang",
            "Penyebut",
            "Realisasi",
        ],
        rows,
        style,
    )
    idm_years = ctx.years
    fmt_x = Fmt(Style("xlsx", numbers="id"))
    sheets_rows = []
    for year in idm_years:
        for i, code in enumerate(codes):
            base = 0.62 + 0.18 * ((i * 11) % 17) / 17
            if code in PARTICIPATION_BASE:
                base -= 0.04
            value = base + 0.012 * (year - 2022)
            sheets_rows.append(
                [
                    "PMD-IDM",
                    _unit_for(ctx, code, i + 1),
                    ctx.gampong[code]["gampong_nama"],
                    str(year),
                    fmt_x.num(value, 4),
                ]
            )
    span = (
        f"{idm_years[0]}-{idm_years[-1]}" if len(idm_years) > 1 else str(idm_years[0])
    )
    write_xlsx(
        ctx.path(f"IDM_Gampong_{span}.xlsx"),
        [
            Sheet(
                "IDM",
                ["Kode Indikator", "Unit", "Gampong", "Periode", "Realisasi"],
                sheets_rows,
                ("BERITA ACARA PENETAPAN STATUS IDM", "KOTA SABANG"),
            ),
            notes_sheet(
                (
                    "Sumber: Berita Acara penetapan IDM oleh DPMG Kota Sabang.",
                    "Nilai IDM = (IKS + IKE + IKL) / 3.",
                ),
                "Catatan",
            ),
        ],
    )
