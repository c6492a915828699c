"""Region scales of the demo (``aceh``, ``nasional``): many governments, each one
generated the way Sabang is.

A region is a list of ``City`` (a kabupaten/kota, or a whole province at national
scale). Every city gets Sabang's organisation plan, its planted patterns and its messy
exports, with its own seed, a headcount scaled by ``City.factor`` and names made its
own (``localise``): "Dinas Kesehatan dan Keluarga Berencana" becomes "Dinas Kesehatan
dan Keluarga Berencana Aceh Besar", "RSUD Kota Sabang" becomes "RSUD Kabupaten Aceh
Besar". Internally the generator keeps Sabang's codes (its planners and planted units
are keyed by them); the region's reference data (``write_region_reference``) prefixes
every OPD, unit and gampong code with the city's BPS code ("1108-DINKES"), so the loader
resolves each city's names to that city's codes. A city without a code (Kota Sabang in
``aceh``) keeps Sabang's codes and names unchanged.

The reference folder is written next to the exports, in ``<out>/.referensi/`` (hidden,
so ingesting the folder never takes it for an export); point ``KINERJA_REFERENCE`` at it
when loading, building or checking a region warehouse (``demo`` does it itself).
"""

from __future__ import annotations

import csv
import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REGION_REFERENCE_DIR = ".referensi"
# code columns of any other reference file: its rows are repeated for every city
CODE_NAMES = ("opd_kode", "unit_kode", "gampong_kode", "puskesmas_kode")
SABANG_ASN = 2400  # the sabang scale's headcount (sum of demo.SABANG_HEADCOUNT)


@dataclass(frozen=True)
class City:
    """One government of a region scale."""

    code: str  # BPS code ('' = Sabang's own codes and names, unchanged)
    name: str  # 'Aceh Besar'
    kind: str  # 'Kabupaten' | 'Kota' | 'Provinsi'
    factor: float  # headcount relative to Sabang's

    @property
    def folder(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")
        return f"{self.code or '1172'}-{slug}"

    @property
    def label(self) -> str:
        return self.code or "1172"

    @property
    def full_name(self) -> str:
        return f"{self.kind} {self.name}"


def _cities(
    rows: Sequence[tuple[str, str, str, float]], total: int, fixed: dict[str, float]
) -> tuple[City, ...]:
    """Cities with factors so that the headcounts add up to about ``total``: the
    cities in ``fixed`` keep their factor, the others share the rest by weight."""
    rest = total / SABANG_ASN - sum(fixed.values())
    weight = sum(w for code, _, _, w in rows if code not in fixed)
    return tuple(
        City(code, name, kind, fixed.get(code, rest * w / weight))
        for code, name, kind, w in rows
    )


# Aceh's 23 kabupaten/kota (BPS codes); weights roughly follow their ASN numbers.
ACEH_ROWS = (
    ("", "Sabang", "Kota", 1.0),  # Sabang itself, exactly as the sabang scale plans it
    ("1101", "Simeulue", "Kabupaten", 0.9),
    ("1102", "Aceh Singkil", "Kabupaten", 0.8),
    ("1103", "Aceh Selatan", "Kabupaten", 1.6),
    ("1104", "Aceh Tenggara", "Kabupaten", 1.5),
    ("1105", "Aceh Timur", "Kabupaten", 2.2),
    ("1106", "Aceh Tengah", "Kabupaten", 1.6),
    ("1107", "Aceh Barat", "Kabupaten", 1.5),
    ("1108", "Aceh Besar", "Kabupaten", 2.6),
    ("1109", "Pidie", "Kabupaten", 2.6),
    ("1110", "Bireuen", "Kabupaten", 2.3),
    ("1111", "Aceh Utara", "Kabupaten", 3.4),
    ("1112", "Aceh Barat Daya", "Kabupaten", 1.0),
    ("1113", "Gayo Lues", "Kabupaten", 0.9),
    ("1114", "Aceh Tamiang", "Kabupaten", 1.6),
    ("1115", "Nagan Raya", "Kabupaten", 1.2),
    ("1116", "Aceh Jaya", "Kabupaten", 0.9),
    ("1117", "Bener Meriah", "Kabupaten", 1.1),
    ("1118", "Pidie Jaya", "Kabupaten", 1.1),
    ("1171", "Banda Aceh", "Kota", 2.0),
    ("1173", "Langsa", "Kota", 1.2),
    ("1174", "Lhokseumawe", "Kota", 1.3),
    ("1175", "Subulussalam", "Kota", 0.7),
)
ACEH_CITIES = _cities(ACEH_ROWS, 120_000, {"": 1.0})

# Indonesia's 38 provinces, each one government of the national scale (weights roughly
# follow population). A province here stands for all the governments inside it.
NASIONAL_ROWS = (
    ("11", "Aceh", "Provinsi", 5.4),
    ("12", "Sumatera Utara", "Provinsi", 15.1),
    ("13", "Sumatera Barat", "Provinsi", 5.6),
    ("14", "Riau", "Provinsi", 6.6),
    ("15", "Jambi", "Provinsi", 3.6),
    ("16", "Sumatera Selatan", "Provinsi", 8.7),
    ("17", "Bengkulu", "Provinsi", 2.1),
    ("18", "Lampung", "Provinsi", 9.2),
    ("19", "Kepulauan Bangka Belitung", "Provinsi", 1.5),
    ("21", "Kepulauan Riau", "Provinsi", 2.1),
    ("31", "DKI Jakarta", "Provinsi", 10.7),
    ("32", "Jawa Barat", "Provinsi", 49.9),
    ("33", "Jawa Tengah", "Provinsi", 37.5),
    ("34", "DI Yogyakarta", "Provinsi", 3.7),
    ("35", "Jawa Timur", "Provinsi", 41.4),
    ("36", "Banten", "Provinsi", 12.3),
    ("51", "Bali", "Provinsi", 4.4),
    ("52", "Nusa Tenggara Barat", "Provinsi", 5.5),
    ("53", "Nusa Tenggara Timur", "Provinsi", 5.5),
    ("61", "Kalimantan Barat", "Provinsi", 5.6),
    ("62", "Kalimantan Tengah", "Provinsi", 2.7),
    ("63", "Kalimantan Selatan", "Provinsi", 4.2),
    ("64", "Kalimantan Timur", "Provinsi", 3.9),
    ("65", "Kalimantan Utara", "Provinsi", 0.7),
    ("71", "Sulawesi Utara", "Provinsi", 2.7),
    ("72", "Sulawesi Tengah", "Provinsi", 3.1),
    ("73", "Sulawesi Selatan", "Provinsi", 9.2),
    ("74", "Sulawesi Tenggara", "Provinsi", 2.7),
    ("75", "Gorontalo", "Provinsi", 1.2),
    ("76", "Sulawesi Barat", "Provinsi", 1.5),
    ("81", "Maluku", "Provinsi", 1.9),
    ("82", "Maluku Utara", "Provinsi", 1.3),
    ("91", "Papua Barat", "Provinsi", 0.6),
    ("92", "Papua Barat Daya", "Provinsi", 0.6),
    ("94", "Papua", "Provinsi", 1.1),
    ("95", "Papua Selatan", "Provinsi", 0.5),
    ("96", "Papua Tengah", "Provinsi", 1.4),
    ("97", "Papua Pegunungan", "Provinsi", 1.5),
)
NASIONAL_CITIES = _cities(NASIONAL_ROWS, 4_300_000, {})


# --- names and codes ------------------------------------------------------------------
def localise(text: str, city: City) -> str:
    """A Sabang name as the same office of ``city`` would be called."""
    if not city.code or not text:
        return text
    if "Kota Sabang" in text:
        return text.replace("Kota Sabang", city.full_name)
    if "Sabang" in text:
        return text.replace("Sabang", city.name)
    return f"{text} {city.name}"


def _aliases(text: str, city: City) -> str:
    return "|".join(localise(a, city) for a in text.split("|") if a)


def prefixed(code: str, city: City) -> str:
    """The region code of one of Sabang's codes ('DINKES' -> '1108-DINKES')."""
    return f"{city.code}-{code}" if city.code and code else code


# columns holding codes, names and '|'-separated aliases, per reference file
CODE_COLUMNS = {
    "opd.csv": ("opd_kode",),
    "unit.csv": ("unit_kode", "opd_kode", "gampong_kode"),
    "gampong.csv": ("gampong_kode", "puskesmas_kode"),
}
NAME_COLUMNS = {
    "opd.csv": ("opd_nama", "opd_singkatan"),
    "unit.csv": ("unit_nama",),
    "gampong.csv": ("gampong_nama", "kecamatan", "mukim"),
}
ALIAS_COLUMNS = {"unit.csv": ("nama_lain",), "gampong.csv": ("ejaan_lain",)}


def localised_row(name: str, row: dict[str, str], city: City) -> dict[str, str]:
    """A reference row with the city's names (codes unchanged: the generator's view)."""
    out = dict(row)
    for col in NAME_COLUMNS.get(name, ()):
        out[col] = localise(row[col], city)
    for col in ALIAS_COLUMNS.get(name, ()):
        out[col] = _aliases(row[col], city)
    return out


def region_row(name: str, row: dict[str, str], city: City) -> dict[str, str]:
    """A reference row of the region: the city's names and prefixed codes."""
    out = localised_row(name, row, city)
    for col in CODE_COLUMNS.get(name, ()):
        out[col] = prefixed(row[col], city)
    return out


# --- the region's reference folder ----------------------------------------------------
def read_csv_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _write_csv_rows(
    path: Path, header: list[str], rows: Iterable[dict[str, str]]
) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _per_city(
    rows: list[dict[str, str]], cities: Sequence[City]
) -> Iterable[dict[str, str]]:
    for city in cities:
        for row in rows:
            yield {
                k: prefixed(v, city) if k in CODE_NAMES else v for k, v in row.items()
            }


def _region_rows(
    name: str, rows: list[dict[str, str]], cities: Sequence[City]
) -> Iterable[dict[str, str]]:
    if name in CODE_COLUMNS:
        return (region_row(name, r, c) for c in cities for r in rows)
    if name == "indikator.csv":  # the owning OPD: the first city's
        return ({**r, "opd_kode": prefixed(r["opd_kode"], cities[0])} for r in rows)
    if name == "indikator_target.csv":  # unit targets for every city's unit
        return (
            {**r, "unit_kode": prefixed(r["unit_kode"], c)}
            for r in rows
            for c in (cities if r["unit_kode"] else cities[:1])
        )
    if rows and set(CODE_NAMES) & set(rows[0]):
        return _per_city(rows, cities)
    return rows


def write_region_reference(base: Path, out: Path, cities: Sequence[City]) -> Path:
    """Write the region's reference folder ``out`` from Sabang's folder ``base``."""
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(base.iterdir()):
        if path.suffix == ".csv":
            header, rows = read_csv_rows(path)
            _write_csv_rows(
                out / path.name, header, _region_rows(path.name, rows, cities)
            )
        elif path.is_file():
            shutil.copyfile(path, out / path.name)
    return out
