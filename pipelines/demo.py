"""Demo data for Kinerja Sabang: realistic, messy OPD exports, deterministic for a seed.

``generate(out_dir, scale, seed)`` writes CSV/XLSX exports of all seven kinds the way
Sabang's OPDs would send them; ``run_demo(db_path, ...)`` generates them and loads them
with ``pipelines.warehouse.ingest(..., source='demo')``. Regenerate the committed
sample:

    python -m pipelines.demo --scale sample --seed 2026 --out data/sample --no-ingest

Scales (a scale is only a parameter set, see ``SCALES``):
- ``sample``: DINKES, DISPAR, DPMG, ~40 people, 12 months of 2025, a few IKM answers.
- ``sabang``: every OPD of data/reference/opd.csv, ~2,400 ASN (PNS ~75%, PPPK ~20%,
  PPPK paruh waktu ~5%), monthly SKP 2022-01..2026-10 plus annual SKP 2022-2025, and the
  sector exports for the same months.
- ``aceh``: the 23 kabupaten/kota of Aceh, ~120,000 ASN, the same months as sabang
  (~7.4 million SKP rows); ``nasional``: the 38 provinces, ~4.3 million ASN, 2025
  only (~56 million SKP rows). Each government is generated the way Sabang is (its
  own seed, names and codes; Kota Sabang itself is in ``aceh`` unchanged), see
  ``demo_region``. Their SKP comes as one e-Kinerja CSV export per government and
  year (``SKP_<bps>_<year>.csv``, the government's own style), every other export per
  government as in Sabang, in one folder per government; the region's reference data
  is written to ``<out>/.referensi/`` and used for the ingest (``KINERJA_REFERENCE``).
Rows are streamed per OPD and month to CSV sinks / openpyxl write-only sheets; no
whole-scale list is built, so memory stays bounded at every scale. Region scales run
their governments in worker processes (``generate(..., jobs=N)``, ``--jobs N``,
default the number of CPUs), one government per process at a time; a first pass
counts every government's NIP prefixes so that the NIPs, and so every file, are the
same whatever the number of processes (``_generate_region``). nasional takes ~6
minutes on 2 shared cores, aceh ~30 s.
Randomness comes only from ``random.Random`` / ``numpy.random.default_rng`` seeded with
(seed, part name); no wall clock (XLSX timestamps are fixed), so the same seed gives
byte-identical files.

Modules: ``demo`` (scales, orchestration, CLI), ``demo_people`` (people, NIPs, flags),
``demo_org`` (OPD sections), ``demo_catalogue`` (names, jabatan roles), ``demo_hr``
(master, SKP, training, competency, awards rows), ``demo_sector`` (immunisation, IKM,
tourism, gampong programmes), ``demo_writers`` (CSV/XLSX sinks and value formats).

Planted patterns (what the signals of PRODUCT.md §5 should find):

People (``demo_people`` flags, drawn per OPD; ``planted_people()`` lists them):
- ``low`` (~3% of staff): hasil kerja Di Bawah Ekspektasi in 70% of months from a start
  month in the last 8-28 months, always in 2 of the last 3 periods, and an annual
  Butuh Perbaikan for a year with 3+ such months. Half of them are ``stagnant``
  (Butuh Perbaikan in each of the last 9 periods); a quarter ``recovers`` in the last
  3 months (a flag that moved).
- ``stuck`` (~4%): same position since 2012-2019 (tmt_jabatan) and no training in the
  last 12 months.
- ``late`` (~4%): self-reports late (>5 days after the period) in ~60% of periods, or
  missing. One OPD, DLHK, is late in ~32% of all periods (others ~3%).
- ``inflate`` (~5%): rating_hasil_kerja_mandiri Di Atas in ~85% of periods while the
  supervisor mostly says Sesuai.
- ``adaptif_fall`` (~1%): Adaptif Di Atas, then Sesuai (last 4-7 months), then Di Bawah
  (last 4 months). Only in OPDs whose export has the BerAKHLAK columns.
- ``no_jp`` (~2%): an open competency gap (level_aktual < level_standar in the latest
  assessment) and zero JP in the last two years.
- ``pns_under`` (~18% of PNS, plus ~8% by chance): below 20 JP a year;
  ``pppk_over`` (~6% of PPPK): above the 24 JP cap. PPPK paruh waktu get 0-10 JP.
- ``star`` (~6%): high ability (Sangat Baik often), potensi tinggi, ASN Teladan awards.
- Predikat (sabang, seed 2026): monthly ~87% Baik, ~12% Sangat Baik, ~2% Butuh
  Perbaikan, ~0.2% Kurang/Misconduct, ~0.1% Sangat Kurang; annual ~87% / 12% / 1%.
  A supplied predikat contradicts the matrix in ~0.3% of rows (SATPOLPP: ~5%, typed
  by hand).
Units:
- Puskesmas Cot Ba'u: IDL year-end coverage 78 -> 84 -> 90 -> 94 -> 97 (improving),
  drop-out falling 7% -> 2%. Puskesmas Iboih also improves (72 -> 90).
- Puskesmas Balohan: IDL flat at ~78-80% every year (target 100): stagnating; its
  drop-out stays 8-9% (> 5%); gampong Jaboi ~9 points lower (no UCI). Its staff are
  rated above average (outcome vs rating mismatch).
- DPMG: staff rated above average while Jaboi (~31%), Beurawang (~36%) and Keuneukai
  (~44%) stay far below the participation target (60-70%); Keuneukai absorbs only 78%
  of its village fund in 2025 (70% in 2026), Beurawang 85% in 2024.
- Tourism: UPTD Tugu Kilometer Nol IKM rises from C (~71) to B (~85); Loket Informasi
  Wisata Pelabuhan Balohan stays at C (~71-72) with u3 (waktu penyelesaian) the weakest
  unsur and only ~62% of complaints resolved in 5 days; Pos Layanan Wisata Anoi Itam
  gets fewer than 30 responses in Q1 and Q2 (unreliable IKM). Visits follow the
  reported totals (2022: 254,048; 2023: 261,489; Jan-Apr 2024: 47,189; Jan-Apr 2025:
  63,257) with July and December peaks and a Lebaran bump.
Data completeness: Kecamatan Sukajaya never sent April-June 2023, DKPP November 2024;
DPUPR, DISHUB and Kecamatan Sukakarya have not sent the last month yet. Nobody
retires inside the window (a retiree would stay in the latest master and look like a
missing SKP); the employee master comes as two SIASN snapshots (January of the first
year, XLSX, and the last month, CSV) so promotions show as history.

Messy on purpose (``SABANG_PLANTS`` / ``SAMPLE_PLANTS``; each bad row must end in
quarantine with a reason): an NIP as an Excel number cell (XLSX), an NIP as
'1,98609E+17' text (CSV), a 17-digit NIP, an unknown rating text, an impossible date
(31/02), an IKM answer of 5, a unit not in the unit list (Pustu Jaboi), an indicator
code not in the catalogue (KES-BCG), a negative JP. At sabang scale that is 161 bad
rows of ~186,000 (~0.09%): SKP 98 (40 number cells in DINKES March 2025, 25
'1,9...E+17' in DISPAR May 2024, 10 17-digit NIPs in BPKD July 2022, 15 'Cukup' in
SATPOLPP February 2025, 8 '31/02/2024' in DLHK January 2024), realisasi 24, IKM 23,
pelatihan 16; data/sample/README.md lists the sample's nine. One corrected re-export
(``SKP_DINKES_<year>_revisi.csv``) repeats June rows of DINKES with changed ratings so
superseding is visible. Also: CSV with comma and semicolon; UTF-8 with and without
BOM and Windows-1252; title rows above headers; human headers and synonyms; Indonesian
numbers; dates dd/mm/yyyy, yyyy-mm-dd, '3 Februari 2025' and date cells; periods
'2025-01', '01/2025', 'Januari 2025', 'Jan-25', 'TW I 2025', 'Triwulan 1 2025', '2025';
workbooks with a sheet per year or per data set and a 'Petunjuk' sheet without a table.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import shutil
import sys
import time
import zlib
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from pipelines import demo_hr as hr
from pipelines import demo_people as dp
from pipelines import demo_region as region
from pipelines.demo_org import Opd, plan_opd
from pipelines.demo_people import Person, Window, month_index, month_of
from pipelines.demo_sector import (
    SectorContext,
    write_gampong,
    write_ikm,
    write_immunisation,
    write_tourism,
)
from pipelines.demo_writers import CsvSink, Fmt, Style, XlsxSink, notes_sheet

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 2026
ENV_REFERENCE = "KINERJA_REFERENCE"

# --- scales ---------------------------------------------------------------------------
SABANG_HEADCOUNT = {
    "SETDA": 110,
    "SETDPRK": 40,
    "INSP": 35,
    "BAPPEDA": 40,
    "BPKD": 55,
    "BKPSDM": 40,
    "DINKES": 400,
    "RSUD": 320,
    "DISPAR": 60,
    "DPMG": 40,
    "DISDIKBUD": 840,
    "DPUPR": 70,
    "DISHUB": 55,
    "DINSOS": 35,
    "DLHK": 60,
    "DISDUKCAPIL": 35,
    "DPMPTSP": 30,
    "DKPP": 55,
    "SATPOLPP": 60,
    "KEC-SUKAKARYA": 20,
    "KEC-SUKAJAYA": 20,
}
PUSKESMAS = (
    "PKM-COT-BAU",
    "PKM-SUKAJAYA",
    "PKM-BALOHAN",
    "PKM-SUKAKARYA",
    "PKM-PRIA-LAOT",
    "PKM-IBOIH",
)
TOURISM = (
    "DISPAR-TIC",
    "DISPAR-KM0",
    "DISPAR-IBOIH",
    "DISPAR-SUMURTIGA",
    "DISPAR-ANOIITAM",
    "DISPAR-BALOHAN",
)


@dataclass(frozen=True)
class Plant:
    """A bad value planted in an export (it must be quarantined by the loader)."""

    what: str  # nip_number | nip_sci | nip_17 | rating_unknown | date_impossible
    opd: str
    year: int
    month: int
    count: int


@dataclass(frozen=True)
class Scale:
    name: str
    headcount: dict[str, int]
    first: tuple[int, int]
    last: tuple[int, int]
    puskesmas: tuple[str, ...]
    ikm_units: tuple[str, ...]
    tourism_units: tuple[str, ...]
    only_units: dict[str, tuple[str, ...]] | None = None
    flag_minimum: int = 0
    sample: bool = False
    plants: tuple[Plant, ...] = ()
    revisi: tuple[str, int, int, int] | None = None  # (opd, year, month, rows)
    kompetensi: tuple[tuple[date, float, str], ...] = ()  # (date, share, 'csv'|'xlsx')
    skp_styles: dict[str, hr.OpdSkpConf] = field(default_factory=dict)
    # region scales: the governments, each generated like Sabang (demo_region)
    cities: tuple[region.City, ...] = ()
    # False: the employee master and training records come as CSV (a province's
    # SIASN export is far beyond what anyone handles as a workbook)
    people_xlsx: bool = True


T_SKP = ("PEMERINTAH KOTA SABANG", "REKAP PENILAIAN KINERJA BULANAN")


def _sabang_styles() -> dict[str, hr.OpdSkpConf]:
    c = hr.OpdSkpConf
    m = month_index
    return {
        "SETDA": c(Style("csv", ",", "utf-8")),
        "SETDPRK": c(
            Style(
                "csv", ";", "utf-8-sig", period="nama", headers="upper", ratings="upper"
            )
        ),
        "INSP": c(Style("xlsx", period="slash", dates="cell")),
        "BAPPEDA": c(Style("csv", ",", "utf-8", dates="iso", headers="snake")),
        "BPKD": c(Style("csv", ";", "cp1252", period="nama", ratings="upper")),
        "BKPSDM": c(Style("xlsx", dates="cell", headers="alt")),
        "DINKES": c(
            Style("xlsx", period="nama", dates="cell", title=T_SKP),
            unit_shift={"PKM-BALOHAN": 0.5},
            before=(2025, Style("csv", ";", "utf-8-sig", period="nama")),
        ),
        "RSUD": c(Style("csv", ",", "utf-8-sig", headers="alt")),
        "DISPAR": c(
            Style(
                "csv", ";", "cp1252", period="slash", title=(*T_SKP, "DINAS PARIWISATA")
            )
        ),
        "DPMG": c(Style("xlsx", period="iso", dates="long"), opd_shift=0.4),
        "DISDIKBUD": c(Style("csv", ",", "utf-8")),
        "DPUPR": c(
            Style("csv", ";", "utf-8-sig", headers="alt"),
            hr.SKP_SLIM,
            missing_months=(m(2026, 10),),
        ),
        "DISHUB": c(
            Style("csv", ",", "utf-8", period="short"),
            hr.SKP_SLIM,
            missing_months=(m(2026, 10),),
        ),
        "DINSOS": c(Style("csv", ",", "utf-8", dates="iso", ratings="lower")),
        "DLHK": c(Style("csv", ";", "utf-8", title=T_SKP), late_rate=0.32),
        "DISDUKCAPIL": c(Style("csv", ",", "utf-8-sig", period="short")),
        "DPMPTSP": c(Style("xlsx", dates="cell", period="nama")),
        "DKPP": c(Style("csv", ";", "cp1252"), missing_months=(m(2024, 11),)),
        "SATPOLPP": c(
            Style("csv", ",", "utf-8", headers="upper"), contradiction_rate=0.05
        ),
        "KEC-SUKAKARYA": c(
            Style("xlsx", dates="cell", title=T_SKP), missing_months=(m(2026, 10),)
        ),
        "KEC-SUKAJAYA": c(
            Style("xlsx", period="slash"),
            missing_months=(m(2023, 4), m(2023, 5), m(2023, 6)),
        ),
    }


def _sample_styles() -> dict[str, hr.OpdSkpConf]:
    c = hr.OpdSkpConf
    return {
        "DINKES": c(
            Style("xlsx", period="nama", dates="cell", title=T_SKP),
            unit_shift={"PKM-BALOHAN": 0.5},
        ),
        "DISPAR": c(Style("csv", ";", "cp1252", period="slash", title=T_SKP)),
        "DPMG": c(
            Style("csv", ",", "utf-8-sig", dates="iso", headers="alt"), opd_shift=0.4
        ),
    }


SABANG_PLANTS = (
    Plant("nip_number", "DINKES", 2025, 3, 40),
    Plant("nip_sci", "DISPAR", 2024, 5, 25),
    Plant("nip_17", "BPKD", 2022, 7, 10),
    Plant("rating_unknown", "SATPOLPP", 2025, 2, 15),
    Plant("date_impossible", "DLHK", 2024, 1, 8),
)
SAMPLE_PLANTS = (
    Plant("nip_number", "DINKES", 2025, 3, 1),
    Plant("nip_sci", "DISPAR", 2025, 5, 1),
    Plant("nip_17", "DISPAR", 2025, 8, 1),
    Plant("rating_unknown", "DPMG", 2025, 2, 1),
)

SCALES: dict[str, Scale] = {
    "sample": Scale(
        name="sample",
        headcount={"DINKES": 20, "DISPAR": 14, "DPMG": 9},
        first=(2025, 1),
        last=(2025, 12),
        puskesmas=("PKM-COT-BAU", "PKM-BALOHAN"),
        ikm_units=("DISPAR-TIC", "DISPAR-KM0"),
        tourism_units=("DISPAR-TIC", "DISPAR-KM0"),
        only_units={
            "DINKES": ("DINKES-SEKRETARIAT", "PKM-COT-BAU", "PKM-BALOHAN"),
            "DISPAR": ("DISPAR-SEKRETARIAT", "DISPAR-TIC", "DISPAR-KM0"),
            "DPMG": ("DPMG-SEKRETARIAT", "DPMG-PEMBERDAYAAN"),
        },
        flag_minimum=1,
        sample=True,
        plants=SAMPLE_PLANTS,
        revisi=("DINKES", 2025, 6, 4),
        kompetensi=((date(2025, 5, 12), 0.6, "csv"),),
        skp_styles=_sample_styles(),
    ),
    "sabang": Scale(
        name="sabang",
        headcount=SABANG_HEADCOUNT,
        first=(2022, 1),
        last=(2026, 10),
        puskesmas=PUSKESMAS,
        ikm_units=TOURISM,
        tourism_units=TOURISM,
        plants=SABANG_PLANTS,
        revisi=("DINKES", 2025, 6, 20),
        kompetensi=((date(2023, 5, 8), 0.35, "xlsx"), (date(2025, 5, 12), 0.55, "csv")),
        skp_styles=_sabang_styles(),
    ),
}
SCALES["aceh"] = replace(
    SCALES["sabang"],
    name="aceh",
    kompetensi=((date(2023, 5, 8), 0.35, "csv"), (date(2025, 5, 12), 0.55, "csv")),
    cities=region.ACEH_CITIES,
    people_xlsx=False,
)
SCALES["nasional"] = replace(
    SCALES["aceh"],
    name="nasional",
    first=(2025, 1),
    last=(2025, 12),
    kompetensi=((date(2025, 5, 12), 0.55, "csv"),),
    cities=region.NASIONAL_CITIES,
)
PLANNED_SCALES: tuple[str, ...] = ()  # every scale of PRODUCT.md §8 is available


def get_scale(name: str) -> Scale:
    if name in SCALES:
        return SCALES[name]
    if name in PLANNED_SCALES:
        raise ValueError(
            f"Skala '{name}' belum tersedia di generator demo; "
            f"yang tersedia: {', '.join(SCALES)}."
        )
    raise ValueError(f"Skala tidak dikenal: '{name}'. Pilihan: {', '.join(SCALES)}.")


# --- reference data -------------------------------------------------------------------
SABANG_REFERENCE = ROOT / "data" / "reference"


def reference_dir() -> Path:
    return Path(os.environ.get(ENV_REFERENCE) or SABANG_REFERENCE)


def read_reference(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    with open((folder or reference_dir()) / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@dataclass
class Reference:
    opd: list[dict[str, str]]
    units: dict[str, dict[str, str]]
    gampong: dict[str, dict[str, str]]
    kompetensi: list[dict[str, str]]

    @classmethod
    def load(cls, folder: Path | None = None) -> Reference:
        return cls(
            read_reference("opd.csv", folder),
            {u["unit_kode"]: u for u in read_reference("unit.csv", folder)},
            {g["gampong_kode"]: g for g in read_reference("gampong.csv", folder)},
            read_reference("kompetensi_pelatihan.csv", folder),
        )

    def localised(self, city: region.City) -> Reference:
        """Sabang's reference with ``city``'s names (codes unchanged)."""
        return Reference(
            [region.localised_row("opd.csv", r, city) for r in self.opd],
            {
                k: region.localised_row("unit.csv", r, city)
                for k, r in self.units.items()
            },
            {
                k: region.localised_row("gampong.csv", r, city)
                for k, r in self.gampong.items()
            },
            self.kompetensi,
        )


# --- people ---------------------------------------------------------------------------
def iter_opd_people(
    scale: Scale,
    seed: int,
    ref: Reference,
    reg: dp.NipRegistry | None = None,
    flags: bool = True,
) -> Iterator[tuple[Opd, list[Person]]]:
    """(OPD plan, people) for each OPD of the scale, in opd.csv order, flags planted
    (``flags=False``: only the people, for counting NIPs). ``reg`` keeps NIPs unique
    across the governments of a region scale."""
    reg = reg if reg is not None else dp.NipRegistry()
    win = Window(month_index(*scale.first), month_index(*scale.last))
    chief = ""
    for row in ref.opd:
        kode = row["opd_kode"]
        if kode not in scale.headcount:
            continue
        only = scale.only_units.get(kode) if scale.only_units else None
        opd = plan_opd(row, ref.units, only)
        people = dp.OpdBuilder(
            opd, scale.headcount[kode], seed, reg, win, chief
        ).build()
        if kode == "SETDA":
            chief = people[0].nip  # the Sekda rates the heads of OPD
        if not flags:
            yield opd, people
            continue
        conf = scale.skp_styles[kode]
        exclude = (
            frozenset() if "adaptif" in conf.columns else frozenset({dp.ADAPTIF_FALL})
        )
        dp.assign_flags(people, seed, kode, scale.flag_minimum, exclude)
        hr.plant_training_flags(people, seed, kode)
        yield opd, people


def planted_people(
    scale: str = "sample", seed: int = DEFAULT_SEED
) -> dict[str, list[str]]:
    """flag -> NIPs carrying it (for tests and for explaining the demo)."""
    out: dict[str, list[str]] = {}
    for _, people in iter_opd_people(get_scale(scale), seed, Reference.load()):
        for p in people:
            for f in sorted(p.flags):
                out.setdefault(f, []).append(p.nip)
    return out


# --- the generator --------------------------------------------------------------------
class Generation:
    """One run of ``generate``: holds the open cross-OPD sinks and the file list."""

    def __init__(
        self,
        out: Path,
        scale: Scale,
        seed: int,
        ref: Reference,
        skp_export: tuple[str, Style] | None = None,
    ) -> None:
        """``skp_export`` = (government, style): one SKP CSV per year for every OPD
        (region scales) instead of one file per OPD and year."""
        self.out, self.scale, self.seed, self.ref = out, scale, seed, ref
        self.skp_export = skp_export
        self.skp_sinks: dict[int, CsvSink] = {}
        self.first, self.last = month_index(*scale.first), month_index(*scale.last)
        self.years = list(range(scale.first[0], scale.last[0] + 1))
        self.files: list[Path] = []
        self.heads: dict[str, str] = {}
        self.courses = hr.catalogue_courses(ref.kompetensi)
        self.jenis_of = {k["kompetensi"]: k["jenis"] for k in ref.kompetensi}
        self._open_sinks()

    def path(self, name: str) -> Path:
        p = self.out / name
        self.files.append(p)
        return p

    # cross-OPD files ------------------------------------------------------------------
    def _open_sinks(self) -> None:
        s = self.scale
        y0, y1 = self.years[0], self.years[-1]
        self.master_old: XlsxSink | CsvSink | None = None
        if not s.sample:  # an older SIASN snapshot first: the later one supersedes it
            self.master_old = self._master_old_sink(y0)
        self.master_new_style = Style("csv", ";", "utf-8-sig", headers="upper")
        last_y, last_m = month_of(self.last)
        self.master_new = CsvSink(
            self.path(f"DATA_ASN_PEMKO_SABANG_{last_y}-{last_m:02d}.csv"),
            hr.headers(
                hr.PEGAWAI_COLUMNS, list(hr.PEGAWAI_COLUMNS), self.master_new_style
            ),
            self.master_new_style,
        )
        self.training: dict[int, tuple[Any, Style]] = {}
        for year in self.years:
            self.training[year] = self._training_sink(year)
        self.kompetensi = [
            self._kompetensi_sink(when, fmt) for when, _, fmt in s.kompetensi
        ]
        award_style = Style("csv", ",", "utf-8")
        span = f"{y0}-{y1}" if y1 > y0 else str(y0)
        self.awards = (
            CsvSink(
                self.path(f"penghargaan_asn_{span}.csv"),
                [
                    "Penerima (NIP atau Unit)",
                    "Nama Penghargaan",
                    "Tanggal",
                    "Kategori",
                    "Keterangan",
                ],
                award_style,
            ),
            Fmt(award_style),
        )

    def _master_old_sink(self, y0: int) -> XlsxSink | CsvSink:
        title = ("DATA ASN PEMERINTAH KOTA SABANG", f"Keadaan Januari {y0}")
        name = f"DATA_ASN_PEMKO_SABANG_{y0}-01"
        if not self.scale.people_xlsx:
            self.master_old_style = Style(
                "csv", ",", "utf-8", title=title, headers="alt"
            )
            header = hr.headers(
                hr.PEGAWAI_COLUMNS, list(hr.PEGAWAI_COLUMNS), self.master_old_style
            )
            return CsvSink(self.path(f"{name}.csv"), header, self.master_old_style)
        self.master_old_style = Style("xlsx", dates="cell", headers="alt")
        sink = XlsxSink(self.path(f"{name}.xlsx"))
        sink.sheet(
            "DATA ASN",
            hr.headers(
                hr.PEGAWAI_COLUMNS, list(hr.PEGAWAI_COLUMNS), self.master_old_style
            ),
            title,
        )
        return sink

    TRAIN_HEADER = [
        "NIP",
        "Nama Pelatihan",
        "JP",
        "Tanggal Mulai",
        "Tanggal Selesai",
        "Jalur",
        "Kompetensi",
        "Penyelenggara",
    ]

    def _training_sink(self, year: int) -> tuple[Any, Style]:
        variants = {
            2022: Style("xlsx", dates="cell", numbers="cell"),
            2025: Style("xlsx", dates="dmy", numbers="id"),
        }
        if not self.scale.people_xlsx:
            variants = {}
        style = variants.get(year) or (
            Style("csv", ",", "utf-8")
            if year % 2
            else Style("csv", ";", "utf-8-sig", dates="iso")
        )
        if style.fmt == "csv":
            return CsvSink(
                self.path(f"riwayat_pelatihan_{year}.csv"), self.TRAIN_HEADER, style
            ), style
        sink = XlsxSink(self.path(f"Riwayat_Pelatihan_ASN_{year}.xlsx"))
        sink.sheet(
            f"Pelatihan {year}",
            self.TRAIN_HEADER,
            ("REKAP PENGEMBANGAN KOMPETENSI ASN", f"TAHUN {year}"),
        )
        return sink, style

    def _kompetensi_sink(self, when: date, fmt: str) -> tuple[Any, Style, date]:
        header = [
            "NIP",
            "Kompetensi",
            "Level Standar",
            "Level Aktual",
            "Tanggal Asesmen",
            "Jenis Kompetensi",
            "Potensi",
        ]
        if fmt == "csv":
            style = Style("csv", ",", "utf-8-sig", dates="iso")
            return (
                CsvSink(
                    self.path(f"hasil_asesmen_kompetensi_{when.year}.csv"),
                    header,
                    style,
                ),
                style,
                when,
            )
        style = Style("xlsx", dates="cell")
        sink = XlsxSink(self.path(f"Hasil_Asesmen_Kompetensi_{when.year}.xlsx"))
        sink.add(
            notes_sheet(
                (
                    "Hasil asesmen kompetensi oleh UPT Penilaian Kompetensi.",
                    "Level 1-5; standar sesuai standar kompetensi jabatan.",
                )
            )
        )
        sink.sheet(
            "Hasil", header, ("HASIL ASESMEN KOMPETENSI ASN", f"TAHUN {when.year}")
        )
        return sink, style, when

    @staticmethod
    def _write(
        sink: Any,
        rows: Sequence[Sequence[Any]] | Iterator[list[Any]],
        sheet: str | None = None,
    ) -> None:
        if isinstance(sink, XlsxSink):
            sink.write(sheet, rows)
        else:
            sink.write(rows)

    # per OPD --------------------------------------------------------------------------
    def add_opd(self, opd: Opd, people: list[Person]) -> None:
        for p in people:
            if p.head and p.unit_kode:
                self.heads.setdefault(p.unit_kode, p.nip)
        self._master_rows(opd, people)
        self._skp_files(opd, people)
        self._training_rows(opd, people)
        for sink, style, when in self.kompetensi:
            share = next(s for d, s, _ in self.scale.kompetensi if d == when)
            self._write(
                sink,
                hr.kompetensi_rows(
                    people,
                    when.year,
                    self.seed,
                    opd.kode,
                    share,
                    when,
                    self.jenis_of,
                    Fmt(style),
                ),
            )
        sink, fmt = self.awards
        sink.write(
            hr.person_awards(people, self.years, self.seed, opd.kode, self.last, fmt)
        )

    def _master_rows(self, opd: Opd, people: list[Person]) -> None:
        fmt = Fmt(self.master_new_style)
        self.master_new.write(
            hr.pegawai_row(p, fmt, opd.nama, False, False)
            for p in people
            if p.end > self.last
        )
        if self.master_old is not None:
            fmt_old = Fmt(self.master_old_style)
            text = opd.singkatan if len(opd.nama) > 40 else opd.nama
            self._write(
                self.master_old,
                (
                    hr.pegawai_row(p, fmt_old, text, True, True)
                    for p in people
                    if p.start <= self.first < p.end
                ),
                "DATA ASN",
            )

    def _training_rows(self, opd: Opd, people: list[Person]) -> None:
        for year, (sink, style) in self.training.items():
            rows = list(
                hr.training_rows(
                    people,
                    year,
                    self.courses,
                    self.seed,
                    opd.kode,
                    self.first,
                    self.last,
                    Fmt(style),
                )
            )
            self._plant_training(opd.kode, year, rows)
            self._write(sink, rows)

    def _plant_training(self, opd: str, year: int, rows: list[list[Any]]) -> None:
        """Planted: a negative JP and an impossible start date."""
        target = ("DINKES", self.years[-1]) if self.scale.sample else ("SETDA", 2024)
        if (opd, year) != target or len(rows) < 10:
            return
        sample = self.scale.sample
        negative, impossible = (
            (rows[2:3], rows[6:7]) if sample else (rows[2:10], rows[20:28])
        )
        for row in negative:
            row[2] = "-" + str(row[2])
        for row in impossible:
            row[3] = f"31/02/{year}"

    # SKP ------------------------------------------------------------------------------
    def _skp_files(self, opd: Opd, people: list[Person]) -> None:
        conf = self.scale.skp_styles[opd.kode]
        model = hr.SkpModel(people, self.seed, opd.kode, self.first, self.last, conf)
        for year in self.years:
            months = [
                m
                for m in range(month_index(year, 1), month_index(year, 12) + 1)
                if self.first <= m <= self.last
            ]
            full_year = len(months) == 12
            SkpFile(self, opd, people, conf, year).write(
                model, months, full_year, self._skp_sink(year)
            )

    def _skp_sink(self, year: int) -> CsvSink | None:
        """The government's SKP export of the year (region scales only)."""
        if self.skp_export is None:
            return None
        if year not in self.skp_sinks:
            who, style = self.skp_export
            style = replace(style, title=(*style.title, f"{who.upper()} TAHUN {year}"))
            header = hr.headers(hr.SKP_COLUMNS, hr.SKP_FULL, style)
            label = self.out.name.split("-")[0]
            path = self.path(f"SKP_{label}_{year}.csv")
            self.skp_sinks[year] = CsvSink(path, header, style)
        return self.skp_sinks[year]


class SkpFile:
    """One OPD-year SKP export (plus the corrected re-export when planned)."""

    def __init__(
        self,
        gen: Generation,
        opd: Opd,
        people: list[Person],
        conf: hr.OpdSkpConf,
        year: int,
    ) -> None:
        self.gen, self.opd, self.people, self.conf, self.year = (
            gen,
            opd,
            people,
            conf,
            year,
        )
        self.style = conf.style_for(year)
        self.fmt = Fmt(self.style)
        self.rows = hr.SkpRows(people, self.fmt, conf.columns)
        self.header = hr.headers(hr.SKP_COLUMNS, conf.columns, self.style)
        # bad values go to rows of people who carry no planted pattern (else to anyone
        # but a head or a low performer)
        plain = [p.nip for p in people if not p.flags and not p.head]
        spare = [p.nip for p in people if not p.head and dp.LOW not in p.flags]
        self.plain = set(plain) if len(plain) >= 8 else set(plain) | set(spare)
        self.name = f"SKP_{opd.kode}_{year}"

    def write(
        self,
        model: hr.SkpModel,
        months: list[int],
        full_year: bool,
        shared: CsvSink | None = None,
    ) -> None:
        """Write the OPD's year, into its own file or into ``shared`` (the
        government's export of the year, closed by the caller)."""
        style = self.style
        title = (
            (*style.title, f"{self.opd.nama.upper()} TAHUN {self.year}")
            if style.title
            else ()
        )
        if shared is not None:
            sink: Any = shared
        elif style.fmt == "xlsx":
            sink: Any = XlsxSink(self.gen.path(f"{self.name}.xlsx"))
            sink.sheet("Bulanan", self.header, title)
        else:
            sink = CsvSink(
                self.gen.path(f"{self.name}.csv"),
                self.header,
                replace(style, title=title),
            )
        revisi = None
        for m in months:
            draw = model.month(m)
            if m in self.conf.missing_months:
                continue
            y, mo = month_of(m)
            rows = self.rows.rows(draw, self.fmt.month(y, mo), hr.month_end(m))
            self._plant(mo, rows)
            Generation._write(sink, rows, "Bulanan")
            if self._is_revisi(mo):
                revisi = (m, draw)
        if full_year:
            draw = model.annual(self.year)
            rows = self.rows.rows(draw, str(self.year), date(self.year, 12, 31))
            if style.fmt == "xlsx":
                sink.sheet(
                    "Tahunan", self.header, (f"PENILAIAN KINERJA TAHUNAN {self.year}",)
                )
            Generation._write(sink, rows, "Tahunan")
        if shared is None:
            self._close(sink)
        if revisi is not None:
            self._write_revisi(*revisi)

    def _close(self, sink: Any) -> None:
        if self.style.fmt == "xlsx":
            sink.add(
                notes_sheet(
                    (
                        "Petunjuk: ekspor e-Kinerja, satu baris per pegawai per "
                        "periode.",
                        "Rating: Di Atas / Sesuai / Di Bawah Ekspektasi "
                        "(PermenPANRB 6/2022).",
                        "NIP ditulis sebagai teks 18 digit.",
                    )
                )
            )
        sink.close()

    def _is_revisi(self, month: int) -> bool:
        rv = self.gen.scale.revisi
        return rv is not None and rv[:3] == (self.opd.kode, self.year, month)

    def _plant(self, month: int, rows: list[list[Any]]) -> None:
        pos = {c: i for i, c in enumerate(self.conf.columns)}
        for plant in self.gen.scale.plants:
            if (plant.opd, plant.year, plant.month) != (
                self.opd.kode,
                self.year,
                month,
            ):
                continue
            victims = [r for r in rows if r[pos["nip"]] in self.plain][: plant.count]
            for r in victims:
                nip = r[pos["nip"]]
                if plant.what == "nip_number":
                    r[pos["nip"]] = float(nip)
                elif plant.what == "nip_sci":
                    r[pos["nip"]] = f"{float(nip):.5E}".replace(".", ",")
                elif plant.what == "nip_17":
                    r[pos["nip"]] = nip[:-1]
                elif plant.what == "rating_unknown":
                    r[pos["rating_hasil_kerja"]] = "Cukup"
                elif plant.what == "date_impossible":
                    r[pos["tanggal_pengisian"]] = f"31/02/{self.year}"
                self.plain.discard(nip)

    def _write_revisi(self, m: int, draw: hr.MonthDraw) -> None:
        """Rows of one month sent again with corrected ratings (supervisor's fix)."""
        n = self.gen.scale.revisi[3]  # type: ignore[index]
        order = sorted(range(len(draw.idx)), key=lambda j: -int(draw.perilaku[j]))
        pick = sorted(
            [
                j
                for j in order
                if self.people[int(draw.idx[j])].nip in self.plain
                and draw.hasil[j] == 2
            ][:n]
        )
        if not pick:  # a tiny OPD (test regions) has nobody to correct
            return
        sub = hr.MonthDraw(
            *(
                a[pick]
                for a in (
                    draw.idx,
                    draw.hasil,
                    draw.perilaku,
                    draw.mandiri,
                    draw.isi,
                    draw.nilai,
                    draw.berakhlak,
                    draw.predikat,
                )
            )
        )
        sub.hasil = sub.hasil + 1  # Sesuai -> Di Atas Ekspektasi after review
        sub.predikat = hr.MATRIX[sub.hasil, sub.perilaku]
        style = Style("csv", ",", "utf-8", period="iso")
        fmt = Fmt(style)
        rows = hr.SkpRows(self.people, fmt, hr.SKP_FULL).rows(
            sub, fmt.month(*month_of(m)), hr.month_end(m)
        )
        sink = CsvSink(
            self.gen.path(f"{self.name}_revisi.csv"),
            hr.headers(hr.SKP_COLUMNS, hr.SKP_FULL, style),
            style,
        )
        sink.write(rows)
        sink.close()


def generate(
    out_dir: Path,
    scale: str = "sabang",
    seed: int = DEFAULT_SEED,
    jobs: int | None = None,
    progress: bool = False,
) -> list[Path]:
    """Write the demo exports of a scale into out_dir; return the files written.

    Region scales generate their governments in ``jobs`` worker processes (default:
    the number of CPUs); the files are the same whatever ``jobs`` is. ``progress``
    reports each finished government on stderr."""
    sc, processes = get_scale(scale), _jobs(jobs)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if sc.cities:
        return _generate_region(out, sc, seed, processes, progress)
    ref = Reference.load()
    gen = Generation(out, sc, seed, ref)
    for opd, people in iter_opd_people(sc, seed, ref):
        gen.add_opd(opd, people)
    _close_people_files(gen)
    return gen.files + _write_sector(gen, ref, seed)


def _jobs(jobs: int | None) -> int:
    if jobs is None:
        return os.cpu_count() or 1
    if jobs < 1:
        raise ValueError(f"Jumlah proses (--jobs) minimal 1, bukan {jobs}.")
    return jobs


def _write_sector(gen: Generation, ref: Reference, seed: int) -> list[Path]:
    """The sector exports (immunisation, IKM, tourism, gampong programmes)."""
    sc, out = gen.scale, gen.out
    ctx = SectorContext(
        seed=seed,
        out=out,
        first=gen.first,
        last=gen.last,
        units=ref.units,
        gampong=ref.gampong,
        puskesmas=sc.puskesmas,
        ikm_units=sc.ikm_units,
        tourism_units=sc.tourism_units,
        heads=gen.heads,
        messy=True,
        sample=sc.sample,
    )
    write_immunisation(ctx)
    write_ikm(ctx)
    write_tourism(ctx)
    write_gampong(ctx)
    return ctx.files


# --- region scales (aceh, nasional) ---------------------------------------------------
def region_reference_dir(out_dir: Path) -> Path:
    """Where a region scale's reference data is written (inside the export folder,
    hidden from the ingest's folder walk)."""
    return Path(out_dir) / region.REGION_REFERENCE_DIR


def _city_styles() -> list[Style]:
    """The CSV looks of Sabang's OPD exports, one per government in turn."""
    styles: list[Style] = []
    for conf in _sabang_styles().values():
        for style in (conf.style, *(conf.before[1:] if conf.before else ())):
            if style.fmt == "csv" and style not in styles:
                styles.append(style)
    return styles


def _city_scale(sc: Scale, city: region.City, style: Style) -> Scale:
    """Sabang's plan for one government: its headcount, its export style."""
    confs = {
        k: replace(c, style=style, columns=hr.SKP_FULL, before=None)
        for k, c in sc.skp_styles.items()
    }
    heads = {k: max(2, round(n * city.factor)) for k, n in sc.headcount.items()}
    return replace(sc, headcount=heads, skp_styles=confs, cities=())


def _city_seed(seed: int, city: region.City) -> int:
    return seed if not city.code else zlib.crc32(f"{seed}:{city.code}".encode())


@dataclass(frozen=True)
class CityTask:
    """One government of a region scale, as a worker process gets it."""

    out: Path
    scale: Scale
    seed: int
    index: int  # position in scale.cities
    # NIPs the governments before this one issued: 15-digit prefixes (as integers,
    # ascending) and how many numbers each already has
    nip_prefixes: np.ndarray | None = None
    nip_taken: np.ndarray | None = None

    @property
    def city(self) -> region.City:
        return self.scale.cities[self.index]

    @property
    def size(self) -> float:
        return self.city.factor


def _generate_region(
    out: Path, sc: Scale, seed: int, jobs: int = 1, progress: bool = False
) -> list[Path]:
    """Every government of a region scale into its own folder under ``out``, and
    the region's reference data into ``out/.referensi``.

    Two passes, each spread over ``jobs`` processes: the first only draws each
    government's people and counts its NIP prefixes (the first 15 digits); from the
    counts every government learns how many numbers each prefix already has in the
    governments before it, so its NIPs continue after them, exactly as one registry
    shared in city order would number them (DOMAIN.md §2.1: 001 first, counting up
    on a collision). The second pass writes the files. Nothing depends on which
    process ran which government, so the output is the same for any ``jobs``."""
    region.write_region_reference(
        SABANG_REFERENCE, region_reference_dir(out), sc.cities
    )
    tasks = [CityTask(out, sc, seed, i) for i in range(len(sc.cities))]
    started = time.perf_counter()
    pool = None
    if jobs > 1 and len(tasks) > 1:  # spawn: no forked state, any platform
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(min(jobs, len(tasks)), mp_context=context)
    try:
        counts = _run_cities(_city_nip_counts, tasks, pool)
        taken, top = _nip_taken(counts)
        if progress:
            print(
                f"NIP {len(tasks)} pemerintah dihitung dalam "
                f"{time.perf_counter() - started:.1f} dtk "
                f"(nomor urut tertinggi {top:03d})",
                file=sys.stderr,
            )
        tasks = [
            replace(t, nip_prefixes=prefixes, nip_taken=n)
            for t, (prefixes, n) in zip(tasks, taken, strict=True)
        ]
        report = _city_reporter(len(tasks)) if progress else None
        files = _run_cities(_city_files, tasks, pool, report)
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    if pool is not None:
        pool.shutdown()
    return [f for city_files in files for f in city_files]


def _run_cities(
    work: Any,
    tasks: list[CityTask],
    pool: ProcessPoolExecutor | None,
    report: Any = None,
) -> list[Any]:
    """``work(task)`` for every task, in ``pool``'s worker processes (the largest
    governments first, so the processes finish together) or in this process; the
    results in task order."""
    results: list[Any] = [None] * len(tasks)
    if pool is None:
        for i, task in enumerate(tasks):
            results[i] = work(task)
            if report:
                report(task, results[i])
        return results
    order = sorted(range(len(tasks)), key=lambda i: (-tasks[i].size, i))
    futures = {pool.submit(work, tasks[i]): i for i in order}
    for future in as_completed(futures):
        i = futures[future]
        results[i] = future.result()
        if report:
            report(tasks[i], results[i])
    return results


def _city_reporter(total: int) -> Any:
    """Prints each finished government on stderr."""
    done, started = [0], time.perf_counter()

    def report(task: CityTask, files: list[Path]) -> None:
        done[0] += 1
        print(
            f"[{done[0]}/{total}] {task.city.full_name}: {len(files)} berkas "
            f"({time.perf_counter() - started:.0f} dtk berjalan)",
            file=sys.stderr,
            flush=True,
        )

    return report


def _city_parts(task: CityTask) -> tuple[Scale, int, Reference, Style]:
    """The government's own scale, seed, reference names and SKP export style."""
    styles = _city_styles()
    style = styles[task.index % len(styles)]
    city = task.city
    base = Reference.load(SABANG_REFERENCE)
    return (
        _city_scale(task.scale, city, style),
        _city_seed(task.seed, city),
        base.localised(city),
        style,
    )


def _city_nip_counts(task: CityTask) -> tuple[np.ndarray, np.ndarray]:
    """First pass: the government's people only; its NIP prefixes (as integers,
    ascending) and how many people share each."""
    city_sc, city_seed, ref, _ = _city_parts(task)
    reg = dp.NipRegistry()
    for _ in iter_opd_people(city_sc, city_seed, ref, reg, flags=False):
        pass
    issued = reg.issued
    prefixes = np.fromiter(map(int, issued), dtype=np.int64, count=len(issued))
    n = np.fromiter(issued.values(), dtype=np.int64, count=len(issued))
    order = np.argsort(prefixes)
    return prefixes[order], n[order]


def _nip_taken(
    counts: Sequence[tuple[np.ndarray, np.ndarray]],
) -> tuple[list[tuple[np.ndarray, np.ndarray]], int]:
    """Per government, the prefixes the governments before it used and how many
    numbers they took; and the highest sequence number of the region."""
    prefixes = np.concatenate([p for p, _ in counts])
    n = np.concatenate([c for _, c in counts])
    city = np.concatenate([np.full(len(p), i) for i, (p, _) in enumerate(counts)])
    order = np.lexsort((city, prefixes))  # by prefix, then in city order
    prefixes, n, city = prefixes[order], n[order], city[order]
    before = np.cumsum(n) - n  # numbers issued before this row, any prefix
    first = np.ones(len(prefixes), dtype=bool)
    first[1:] = prefixes[1:] != prefixes[:-1]
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(first)), 0))
    taken = before - before[group_start]  # ... of this prefix, by earlier cities
    top = int((taken + n).max()) if len(n) else 0
    if top > dp.NIP_SEQUENCE_MAX:
        raise ValueError(
            f"Nomor urut NIP habis: {top} pegawai berbagi 15 digit awal NIP yang "
            f"sama (maksimal {dp.NIP_SEQUENCE_MAX})."
        )
    out = []
    for i in range(len(counts)):
        keep = (city == i) & (taken > 0)
        out.append((prefixes[keep], taken[keep]))
    return out, top


def _city_files(task: CityTask) -> list[Path]:
    """Second pass: the government's exports, its NIPs continuing after the
    numbers the governments before it took."""
    city_sc, city_seed, ref, style = _city_parts(task)
    taken: dict[str, int] = {}
    if task.nip_prefixes is not None and task.nip_taken is not None:
        taken = {
            f"{p:015d}": n
            for p, n in zip(
                task.nip_prefixes.tolist(), task.nip_taken.tolist(), strict=True
            )
        }
    reg = dp.NipRegistry(taken)
    return _generate_city(task.out, city_sc, city_seed, ref, task.city, style, reg)


def _generate_city(
    out: Path,
    city_sc: Scale,
    city_seed: int,
    ref: Reference,
    city: region.City,
    style: Style,
    reg: dp.NipRegistry,
) -> list[Path]:
    """One government's exports (its own scale, seed and names) into its folder."""
    folder = out / city.folder
    folder.mkdir(parents=True, exist_ok=True)
    gen = Generation(folder, city_sc, city_seed, ref, (city.full_name, style))
    for opd, people in iter_opd_people(city_sc, city_seed, ref, reg):
        gen.add_opd(opd, people)
    _close_people_files(gen)
    return gen.files + _write_sector(gen, ref, city_seed)


def _close_people_files(gen: Generation) -> None:
    """Add the unit awards (given at the HUT KORPRI in November) and close the
    files that stayed open across the OPD loop."""
    sink, fmt = gen.awards
    sink.write(
        [who, name, fmt.date(date(year, 11, 29)), cat, note]
        for year, who, name, cat, note in hr.UNIT_AWARDS
        if gen.first <= month_index(year, 11) <= gen.last
    )
    sink.close()
    gen.master_new.close()
    if gen.master_old is not None:
        gen.master_old.close()
    for sink, _ in gen.training.values():
        sink.close()
    for sink, _, _ in gen.kompetensi:
        sink.close()
    for sink in gen.skp_sinks.values():
        sink.close()


# --- demo warehouse -------------------------------------------------------------------
def default_out_dir(scale: str, seed: int) -> Path:
    return ROOT / "data" / "demo_exports" / f"{scale}-{seed}"


def prepare_out_dir(scale: str, seed: int, out_dir: Path | str | None) -> Path:
    """The folder to write into: ``out_dir`` as given (files of the same names are
    overwritten, nothing else is touched), or data/demo_exports/<scale>-<seed>/, wiped
    first so no stale export is ingested."""
    if out_dir is not None:
        return Path(out_dir)
    out = default_out_dir(scale, seed)
    if out.exists():
        shutil.rmtree(out)
    return out


@contextmanager
def _reference_of(scale: str, out: Path) -> Iterator[None]:
    """Load with the region's reference data (region scales), restoring the
    environment afterwards."""
    if not get_scale(scale).cities:
        yield
        return
    old = os.environ.get(ENV_REFERENCE)
    os.environ[ENV_REFERENCE] = str(region_reference_dir(out))
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(ENV_REFERENCE, None)
        else:
            os.environ[ENV_REFERENCE] = old


def run_demo(
    db_path: Path | str,
    scale: str = "sabang",
    seed: int = DEFAULT_SEED,
    out_dir: Path | str | None = None,
    *,
    progress: bool = True,
    jobs: int | None = None,
) -> dict:
    """Generate the exports (into data/demo_exports/<scale>-<seed>/, wiped first, unless
    out_dir is given; region scales in ``jobs`` processes) and load them with
    warehouse.ingest(source='demo')."""
    get_scale(scale)  # fail fast on an unknown scale
    out = prepare_out_dir(scale, seed, out_dir)
    t0 = time.perf_counter()
    files = generate(out, scale, seed, jobs, progress)
    t1 = time.perf_counter()
    if progress:
        print(
            f"Demo '{scale}' (seed {seed}): {len(files)} berkas dibuat di {out} "
            f"dalam {t1 - t0:.1f} dtk",
            file=sys.stderr,
        )
    from pipelines.warehouse import ingest

    with _reference_of(scale, out):
        summary = ingest(files, Path(db_path), source="demo", progress=progress)
    if progress:
        print(f"Dimuat dalam {time.perf_counter() - t1:.1f} dtk", file=sys.stderr)
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m pipelines.demo",
        description="Buat data ekspor demo Kinerja Sabang.",
    )
    ap.add_argument(
        "--scale", default="sabang", help="sample | sabang | aceh | nasional"
    )
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument(
        "--out", type=Path, default=None, help="folder tujuan berkas ekspor"
    )
    ap.add_argument(
        "--db", type=Path, default=None, help="berkas DuckDB (default KINERJA_DB)"
    )
    ap.add_argument(
        "--no-ingest", action="store_true", help="hanya buat berkas, tanpa memuat"
    )
    ap.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="proses paralel untuk skala wilayah (aceh, nasional); bawaan: jumlah CPU",
    )
    args = ap.parse_args(argv)
    try:
        get_scale(args.scale)
        _jobs(args.jobs)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.no_ingest:
        out = prepare_out_dir(args.scale, args.seed, args.out)
        t0 = time.perf_counter()
        files = generate(out, args.scale, args.seed, args.jobs, progress=True)
        print(
            f"{len(files)} berkas dibuat di {out} dalam "
            f"{time.perf_counter() - t0:.1f} dtk"
        )
        return 0
    db = args.db or Path(
        os.environ.get("KINERJA_DB") or ROOT / "data" / "warehouse.duckdb"
    )
    summary = run_demo(db, args.scale, args.seed, args.out, jobs=args.jobs)
    bad = [f for f in summary.get("files", []) if f.get("status") == "rejected"]
    return 1 if bad else 0


if __name__ == "__main__":
    # run the imported module's main, so worker processes get (and pickle) classes
    # and functions of ``pipelines.demo``, not of ``__main__``
    from pipelines import demo as _demo

    raise SystemExit(_demo.main())
