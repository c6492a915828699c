"""Region scales of the demo (aceh, nasional): each government generated like Sabang,
with its own names and codes, loaded with the region's reference data."""

from __future__ import annotations

import csv
import sys
import types
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import numpy as np
import pytest

from pipelines import demo, demo_region
from pipelines import demo_people as dp
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


@pytest.fixture(scope="module", autouse=True)
def _plain_main() -> Iterator[None]:
    """Worker processes (spawn) re-run the parent's ``__main__`` script. After an
    AppTest in the same pytest process that is a Streamlit page (Streamlit's script
    runner leaves it in sys.modules), which must not run in a worker: give the
    workers an empty one, as a guarded CLI entry point would."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
        yield


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


# --- worker processes and NIPs across governments -------------------------------------
@pytest.fixture(scope="module")
def three_governments(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[demo.Scale, dict[int, list[Path]], Path]]:
    """Sabang and two kabupaten at half Sabang's size (big enough for NIP prefixes to
    collide across governments), generated in one process and in two."""
    cities = (
        replace(demo.get_scale("aceh").cities[0], factor=0.5),
        demo_region.City("1108", "Aceh Besar", "Kabupaten", 0.5),
        demo_region.City("1109", "Pidie", "Kabupaten", 0.5),
    )
    scale = replace(demo.get_scale("nasional"), name="test-three", cities=cities)
    demo.SCALES[scale.name] = scale
    work = tmp_path_factory.mktemp("three")
    try:
        files = {
            jobs: demo.generate(work / f"jobs{jobs}", scale.name, 2026, jobs=jobs)
            for jobs in (1, 2)
        }
    finally:
        del demo.SCALES[scale.name]
    yield scale, files, work


def test_the_files_are_the_same_whatever_the_number_of_processes(
    three_governments: tuple[demo.Scale, dict[int, list[Path]], Path],
) -> None:
    _, files, work = three_governments
    one, two = files[1], files[2]
    assert [p.relative_to(work / "jobs1") for p in one] == [
        p.relative_to(work / "jobs2") for p in two
    ]
    assert len({p.parent for p in one}) == 3
    for a, b in zip(one, two, strict=True):
        assert a.read_bytes() == b.read_bytes(), a


def _master_nips(files: list[Path]) -> dict[str, list[str]]:
    """Government folder -> NIPs of its latest employee master."""
    out: dict[str, list[str]] = {}
    for p in files:
        if p.name == "DATA_ASN_PEMKO_SABANG_2025-12.csv":
            with p.open(newline="", encoding="utf-8-sig") as fh:
                out[p.parent.name] = [r[0] for r in csv.reader(fh, delimiter=";")][1:]
    return out


def test_nips_are_unique_across_governments_and_numbered_from_001(
    three_governments: tuple[demo.Scale, dict[int, list[Path]], Path],
) -> None:
    """DOMAIN.md §2.1: the last three digits start at 001 and count up only when the
    first 15 collide, over the whole region, as one registry shared by the
    governments in turn numbers them."""
    scale, files, work = three_governments
    nips = _master_nips(files[2])
    assert len(nips) == 3
    every = [n for ns in nips.values() for n in ns]
    assert len(every) == len(set(every)) > 3000
    assert all(len(n) == 18 and n.isdigit() for n in every)
    numbers: dict[str, list[int]] = {}
    governments: dict[str, set[str]] = {}
    for folder, ns in nips.items():
        for n in ns:
            numbers.setdefault(n[:15], []).append(int(n[15:]))
            governments.setdefault(n[:15], set()).add(folder)
    for prefix, seq in numbers.items():
        assert sorted(seq) == list(range(1, len(seq) + 1)), prefix
    assert sum(len(g) > 1 for g in governments.values()) >= 3  # hand-overs happen
    reg, expected = dp.NipRegistry(), []
    for i in range(len(scale.cities)):
        city_sc, city_seed, ref, _ = demo._city_parts(
            demo.CityTask(work, scale, 2026, i)
        )
        for _, people in demo.iter_opd_people(city_sc, city_seed, ref, reg):
            expected += [p.nip for p in people]
    assert sorted(every) == sorted(expected)


def _counts(issued: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
    keys = sorted(issued)
    return np.array(keys, dtype=np.int64), np.array(
        [issued[k] for k in keys], dtype=np.int64
    )


def test_nip_numbers_continue_after_the_governments_before() -> None:
    counts = [_counts({100: 2, 200: 1}), _counts({100: 1, 300: 1})]
    counts.append(_counts({100: 1, 200: 3}))
    taken, top = demo._nip_taken(counts)
    as_dicts = [dict(zip(k.tolist(), n.tolist(), strict=True)) for k, n in taken]
    assert as_dicts == [{}, {100: 2}, {100: 3, 200: 1}]
    assert top == 4
    reg = dp.NipRegistry({"197001012000011": 3})
    assert reg.issue("197001012000011") == "197001012000011004"
    assert reg.issue("197001012000012") == "197001012000012001"
    with pytest.raises(ValueError, match="Nomor urut NIP habis"):
        demo._nip_taken([_counts({100: 990}), _counts({100: 10})])
    with pytest.raises(ValueError, match="Nomor urut NIP habis"):
        dp.NipRegistry({"197001012000011": 999}).issue("197001012000011")


def test_jobs_must_be_at_least_one(tmp_path: Path) -> None:
    args = ["--scale", "sample", "--no-ingest", "--out", str(tmp_path)]
    assert demo.main([*args, "--jobs", "0"]) == 2
    assert not any(tmp_path.iterdir())
    with pytest.raises(ValueError, match="minimal 1"):
        demo.generate(tmp_path, "aceh", 2026, jobs=0)
