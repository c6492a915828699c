"""Region scales of the demo (aceh, nasional): each government generated like Sabang,
with its own names and codes, loaded with the region's reference data."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from pipelines import demo, demo_region
from pipelines.warehouse import ingest


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_scales_add_up_to_their_headcount() -> None:
    for name, total in (("aceh", 120_000), ("nasional", 4_300_000)):
        cities = demo.get_scale(name).cities
        asn = demo_region.SABANG_ASN * sum(c.factor for c in cities)
        assert abs(asn - total) < 1, name
    assert demo.get_scale("aceh").cities[0].code == ""  # Kota Sabang, unchanged


def test_names_are_made_the_citys_own() -> None:
    city = demo_region.City("1108", "Aceh Besar", "Kabupaten", 1.0)
    assert demo_region.localise("RSUD Kota Sabang", city) == "RSUD Kabupaten Aceh Besar"
    assert demo_region.localise("Dinas Sosial", city) == "Dinas Sosial Aceh Besar"
    assert demo_region.prefixed("DINKES", city) == "1108-DINKES"
    sabang = demo.get_scale("aceh").cities[0]
    assert demo_region.localise("Dinas Sosial", sabang) == "Dinas Sosial"


def test_the_region_reference_has_unique_codes_and_names(tmp_path: Path) -> None:
    cities = demo.get_scale("aceh").cities
    out = demo_region.write_region_reference(demo.SABANG_REFERENCE, tmp_path, cities)
    units = _rows(out / "unit.csv")
    assert len(units) == len(cities) * len(_rows(demo.SABANG_REFERENCE / "unit.csv"))
    assert len({u["unit_kode"] for u in units}) == len(units)
    assert len({u["unit_nama"].lower() for u in units}) == len(units)
    opd = {o["opd_kode"] for o in _rows(out / "opd.csv")}
    assert {u["opd_kode"] for u in units} <= opd
    assert "1108-DINKES" in opd and "DINKES" in opd


@pytest.fixture(scope="module")
def tiny_region(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """Two small governments (Sabang and Aceh Besar), one year, loaded."""
    cities = tuple(replace(c, factor=0.02) for c in demo.get_scale("aceh").cities[:1])
    cities += (demo_region.City("1108", "Aceh Besar", "Kabupaten", 0.02),)
    demo.SCALES["test-region"] = replace(
        demo.get_scale("nasional"), name="test-region", cities=cities
    )
    work = tmp_path_factory.mktemp("region")
    try:
        demo.generate(work / "exports", "test-region", 2026)
    finally:
        del demo.SCALES["test-region"]
    db = work / "region.duckdb"
    pytest.MonkeyPatch().setenv(
        "KINERJA_REFERENCE", str(demo.region_reference_dir(work / "exports"))
    )
    try:
        summary = ingest([work / "exports"], db, progress=False, source="demo")
    finally:
        pytest.MonkeyPatch().delenv("KINERJA_REFERENCE", raising=False)
    return db, summary


def test_a_region_loads_every_file_and_keeps_the_governments_apart(
    tiny_region: tuple[Path, dict],
) -> None:
    db, summary = tiny_region
    assert summary["totals"]["rejected"] == 0
    with duckdb.connect(str(db), read_only=True) as con:
        opds = {
            r[0]
            for r in con.sql("select distinct opd_kode from stg_pegawai").fetchall()
        }
        units = {
            r[0]
            for r in con.sql("select unit_kode from mart_ikm_unit_period").fetchall()
        }
    assert "DINKES" in opds and "1108-DINKES" in opds
    assert "DISPAR-KM0" in units and "1108-DISPAR-KM0" in units
