"""The demo data generator: determinism, recognisable exports, valid NIPs, planted
patterns, and (once the warehouse exists) the end-to-end load of the sample scale.

Real files only: the generator writes into tmp_path and the tests read them back with
the loader's own header detection (pipelines.readers) and python-calamine.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from pipelines import demo, readers, schema
from pipelines import demo_people as dp
from pipelines.demo_sector import (
    IKM_LEVEL,
    SectorContext,
    ikm_answers,
    immunisation_counts,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
SCORE = {"di atas ekspektasi": 3, "sesuai ekspektasi": 2, "di bawah ekspektasi": 1}


# --- reading the exports back ---------------------------------------------------------
def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def read_tables(path: Path) -> list[tuple[str, list[dict[str, object]]]]:
    """(kind, rows as canonical column -> value) of every table in an export."""
    if path.suffix == ".xlsx":
        book = CalamineWorkbook.from_path(str(path))
        out = []
        for name in book.sheet_names:
            raw = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            rows = [[readers.cell_text(v) for v in r] for r in raw]
            match = readers.detect_header(rows)
            if match is not None:
                out.append((match.kind, _records(match, raw)))
        return out
    text = _decode(path.read_bytes())
    delimiter, match = readers.sniff_csv(text.splitlines()[:31])
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return [(match.kind, _records(match, rows))]


def _records(match: readers.HeaderMatch, raw: list) -> list[dict[str, object]]:
    """Data rows below the header, as canonical column -> cell value."""
    out = []
    for raw_row in raw[match.row_index + 1 :]:
        rec = {
            c: (raw_row[i] if i < len(raw_row) else None)
            for c, i in match.columns.items()
        }
        if any(v not in (None, "") for v in rec.values()):
            out.append(rec)
    return out


def by_kind(files: list[Path]) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = defaultdict(list)
    for f in files:
        for kind, rows in read_tables(f):
            out[kind] += rows
    return out


def period_key(value: object) -> str:
    """'2025-01' for the period spellings the generator uses ('2025' for a year)."""
    text = str(value).strip()
    months = {
        m.lower(): i + 1
        for i, m in enumerate(
            (
                "Januari",
                "Februari",
                "Maret",
                "April",
                "Mei",
                "Juni",
                "Juli",
                "Agustus",
                "September",
                "Oktober",
                "November",
                "Desember",
            )
        )
    }
    if re.fullmatch(r"\d{4}", text):
        return text
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return text
    if m := re.fullmatch(r"(\d{2})/(\d{4})", text):
        return f"{m[2]}-{m[1]}"
    if m := re.fullmatch(r"([A-Za-z]+) (\d{4})", text):
        return f"{m[2]}-{months[m[1].lower()]:02d}"
    raise AssertionError(f"unexpected period {text!r}")


def jp_value(v: object) -> float:
    return float(v) if isinstance(v, int | float) else float(str(v).replace(",", "."))


def year_of(v: object) -> int:
    if isinstance(v, date):
        return v.year
    m = re.search(r"(\d{4})", str(v))
    assert m, v
    return int(m[1])


def nip_problem(nip: object, jenis: str) -> str | None:
    """DOMAIN.md §2 rules; None when valid."""
    if not isinstance(nip, str) or not re.fullmatch(r"\d{18}", nip):
        return "shape"
    try:
        date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "birth"
    if nip[15:] == "000":
        return "seq"
    if jenis == "PNS":
        if not 1 <= int(nip[12:14]) <= 12 or nip[14] not in "12":
            return "pns"
        if int(nip[8:12]) < int(nip[:4]) + 17:
            return "tmt"
    elif nip[12:14] not in ("21", "24") or nip[14] not in "12":
        return "pppk"
    return None


# --- fixtures -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return demo.generate(tmp_path_factory.mktemp("demo") / "sample", "sample", 2026)


@pytest.fixture(scope="module")
def sample_rows(sample_files: list[Path]) -> dict[str, list[dict[str, object]]]:
    return by_kind(sample_files)


# --- scales and CLI -------------------------------------------------------------------
def test_unknown_scale_is_rejected_clearly(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Skala tidak dikenal: 'kota'"):
        demo.generate(tmp_path, "kota")
    assert demo.get_scale("aceh").cities and demo.get_scale("nasional").cities
    assert demo.main(["--scale", "kota", "--no-ingest", "--out", str(tmp_path)]) == 2
    assert not any(tmp_path.iterdir())


def test_same_seed_gives_identical_files_and_another_seed_does_not(
    tmp_path: Path, sample_files: list[Path]
) -> None:
    again = demo.generate(tmp_path / "again", "sample", 2026)
    assert [p.name for p in again] == [p.name for p in sample_files]
    for a, b in zip(sample_files, again, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    other = demo.generate(tmp_path / "other", "sample", 7)
    assert [p.name for p in other] == [p.name for p in sample_files]
    differ = [
        a.name
        for a, b in zip(sample_files, other, strict=True)
        if a.read_bytes() != b.read_bytes()
    ]
    assert len(differ) >= len(sample_files) - 2


def test_committed_sample_is_what_the_documented_command_makes(
    sample_files: list[Path],
) -> None:
    committed = sorted(
        p.name for p in SAMPLE.iterdir() if p.suffix in (".csv", ".xlsx")
    )
    assert committed == sorted(p.name for p in sample_files)
    for p in sample_files:
        assert (SAMPLE / p.name).read_bytes() == p.read_bytes(), p.name
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert (
        "python -m pipelines.demo --scale sample --seed 2026 --out data/sample"
        in readme
    )
    assert sum(p.stat().st_size for p in SAMPLE.iterdir()) < 300_000


def test_sabang_scale_writes_recognisable_exports(tmp_path: Path) -> None:
    """Every sabang file has a header the loader recognises and rows under it; the
    split follows the OPDs (one SKP file per OPD per year, one IKM file per unit per
    year, one immunisation workbook per puskesmas)."""
    files = demo.generate(tmp_path, "sabang", 2026)
    names = [p.name for p in files]
    assert len(names) == len(set(names))
    for opd in demo.SABANG_HEADCOUNT:
        for year in range(2022, 2027):
            assert sum(n.startswith(f"SKP_{opd}_{year}.") for n in names) == 1
    assert sum(n.startswith("ikm_") for n in names) == 6 * 5
    assert sum(n.startswith("Imunisasi_PKM_") for n in names) == 5
    for f in files:
        if f.suffix == ".xlsx":
            book = CalamineWorkbook.from_path(str(f))
            tables = 0
            for name in book.sheet_names:
                rows = [
                    [readers.cell_text(v) for v in r]
                    for r in book.get_sheet_by_name(name).to_python(
                        skip_empty_area=False
                    )
                ]
                match = readers.detect_header(rows)
                if match is not None:
                    tables += 1
                    assert len(rows) > match.row_index + 1, (f.name, name)
            assert tables, f.name
        else:
            head = _decode(f.read_bytes()[:65536]).splitlines()
            _, match = readers.sniff_csv(head[:31])
            assert len(head) > match.row_index + 1, f.name


# --- formats --------------------------------------------------------------------------
def test_sample_has_every_kind_in_csv_and_xlsx(sample_files: list[Path]) -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    for f in sample_files:
        tables = read_tables(f)
        assert tables, f"{f.name}: no header recognised"
        for kind, rows in tables:
            assert rows, f"{f.name}: {kind} without rows"
            kinds[kind].add(f.suffix)
    assert set(kinds) == set(schema.KINDS)
    assert {".csv", ".xlsx"} <= set().union(*kinds.values())


def test_sample_is_messy_like_real_exports(sample_files: list[Path]) -> None:
    raw = {p.name: p.read_bytes() for p in sample_files if p.suffix == ".csv"}
    assert any(b.startswith(b"\xef\xbb\xbf") for b in raw.values())  # UTF-8 with BOM
    assert any(
        not b.startswith(b"\xef\xbb\xbf") and b.isascii() is False for b in raw.values()
    )
    cp1252 = [n for n, b in raw.items() if b"\x92" in b]  # a curly apostrophe in cp1252
    assert cp1252
    with pytest.raises(UnicodeDecodeError):
        raw[cp1252[0]].decode("utf-8")
    first_lines = [_decode(b).splitlines()[0] for b in raw.values()]
    assert any(";" in line for line in first_lines) and any(
        "," in line and ";" not in line for line in first_lines
    )
    assert any(line.startswith("PEMERINTAH KOTA SABANG") for line in first_lines)
    book = CalamineWorkbook.from_path(
        str(next(p for p in sample_files if p.name.startswith("Imunisasi_PKM_Bal")))
    )
    assert "Petunjuk" in book.sheet_names


def test_headers_of_every_layout_map_to_the_intended_columns() -> None:
    from pipelines import demo_hr as hr

    skp = schema.header_lookup(schema.KINDS["skp"])
    peg = schema.header_lookup(schema.KINDS["pegawai"])
    for style in ("label", "upper", "snake", "alt"):
        for key, names in hr.SKP_COLUMNS.items():
            got = skp.get(schema.normalise_header(names[style]))
            assert got == (None if key in hr.SKP_EXTRA else key), (style, names[style])
        for key, names in hr.PEGAWAI_COLUMNS.items():
            assert peg.get(schema.normalise_header(names[style])) == key, names[style]


_TEXT = st.text(alphabet=st.sampled_from('ab ,;"\r\n’é1/'), max_size=6)
_FIELD = st.one_of(
    _TEXT,
    st.integers(-5, 10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
)
_ROW = st.one_of(
    st.lists(st.text(alphabet="ab1’é/", max_size=4), min_size=2, max_size=4),
    st.lists(_TEXT, max_size=4),
    st.lists(_FIELD, max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(_ROW, max_size=12),
    delimiter=st.sampled_from([",", ";"]),
    chunk=st.integers(1, 5),
)
@example(rows=[["a", 'b"']], delimiter=",", chunk=1)  # a quote
@example(rows=[["a", "b,c"]], delimiter=",", chunk=1)  # the delimiter
@example(rows=[["a", "b\nc"]], delimiter=";", chunk=1)  # a line break
@example(rows=[["a", "b\rc"]], delimiter=";", chunk=1)
@example(rows=[["a", "b"], [""], ["c", "d"]], delimiter=",", chunk=3)  # lone ""
@example(rows=[["a", 1], ["b", None], ["c", 1.5]], delimiter=",", chunk=2)
def test_csv_sink_writes_what_csv_writer_writes(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[object]],
    delimiter: str,
    chunk: int,
) -> None:
    """The sink's own join of plain rows gives csv.writer's bytes, and rows that
    need quoting or converting still go through csv.writer."""
    from pipelines import demo_writers

    folder = tmp_path_factory.mktemp("csv")
    style = demo_writers.Style("csv", delimiter, "cp1252", title=("JUDUL",))
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, delimiter=delimiter)
    writer.writerows([["JUDUL"], [], ["a", "b"], *rows])
    old, demo_writers.CSV_CHUNK = demo_writers.CSV_CHUNK, chunk
    try:
        sink = demo_writers.CsvSink(folder / "x.csv", ["a", "b"], style)
        sink.write(rows[:3])  # a list
        sink.write(iter(rows[3:]))  # and a generator
        sink.close()
    finally:
        demo_writers.CSV_CHUNK = old
    want = expected.getvalue().encode("cp1252", errors="replace")
    assert (folder / "x.csv").read_bytes() == want


def test_choice_shortcuts_draw_what_numpy_choice_draws() -> None:
    """The generator's shortcuts for Generator.choice (too slow per value) take the
    same values from the same stream, so the files did not change."""
    from bisect import bisect_right

    import numpy as np

    from pipelines import demo_hr as hr

    values, p = (-2, -1, 0, 1), (0.04, 0.26, 0.55, 0.15)
    cdf = hr.choice_cdf(p)
    a, b = np.random.default_rng([7, 1]), np.random.default_rng([7, 1])
    for _ in range(3000):
        assert int(a.choice(values, p=p)) == values[bisect_right(cdf, b.random())]
        assert int(a.choice(values)) == values[b.integers(len(values))]
    assert a.random() == b.random()


# --- NIPs -----------------------------------------------------------------------------
def test_nips_are_valid_and_unique_except_the_planted_bad_ones(
    sample_rows: dict[str, list[dict[str, object]]],
) -> None:
    jenis = {}
    for r in sample_rows["pegawai"]:
        jenis[r["nip"]] = "PNS" if r["jenis_asn"] == "PNS" else "PPPK"
    master = [r["nip"] for r in sample_rows["pegawai"]]
    assert len(master) == len(set(master))
    assert all(nip_problem(n, jenis[n]) is None for n in master)
    assert all(
        nip_problem(r["nip_atasan"], "PNS") is None
        for r in sample_rows["pegawai"]
        if r.get("nip_atasan")
    )
    bad = [r["nip"] for r in sample_rows["skp"] if r["nip"] not in jenis]
    assert len(bad) == 3, bad  # an Excel number, '1,98...E+17' text, 17 digits
    assert any(isinstance(b, float) for b in bad)
    assert any(isinstance(b, str) and re.fullmatch(r"\d,\d{5}E\+17", b) for b in bad)
    assert any(isinstance(b, str) and re.fullmatch(r"\d{17}", b) for b in bad)


def test_sabang_people_are_sized_and_mixed_realistically() -> None:
    scale = demo.get_scale("sabang")
    per_opd: Counter[str] = Counter()
    asn: Counter[str] = Counter()
    nips: list[str] = []
    for opd, people in demo.iter_opd_people(scale, 2026, demo.Reference.load()):
        per_opd[opd.kode] = len(people)
        heads = [p for p in people if p.jenis_jabatan == "JPT"]
        assert len(heads) == (0 if opd.kode.startswith("KEC-") else 1), opd.kode
        assert sum(p.jenis_jabatan == "Administrator" for p in people) >= 1
        for p in people:
            nips.append(p.nip)
            assert nip_problem(p.nip, "PNS" if p.jenis_asn == "PNS" else "PPPK") is None
            if p.end > dp.month_index(2026, 10):
                asn[p.jenis_asn] += 1
    assert len(nips) == len(set(nips))
    assert 2300 <= sum(per_opd.values()) <= 2500
    assert per_opd.most_common(2)[0][0] == "DISDIKBUD"
    assert per_opd["DINKES"] > per_opd["DISPAR"] > per_opd["KEC-SUKAJAYA"]
    total = sum(asn.values())
    assert 0.70 <= asn["PNS"] / total <= 0.80
    assert 0.15 <= asn["PPPK"] / total <= 0.25
    assert 0.03 <= asn["PPPK_PARUH_WAKTU"] / total <= 0.08


# --- planted patterns (sample scale) --------------------------------------------------
def _monthly(sample_rows: dict[str, list[dict[str, object]]]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in sample_rows["skp"]:
        if (
            not isinstance(r["nip"], str)
            or str(r["rating_hasil_kerja"]).lower() not in SCORE
        ):
            continue
        key = period_key(r["periode"])
        if len(key) == 7:
            out[r["nip"]].append({**r, "periode": key})
    for rows in out.values():
        rows.sort(key=lambda x: x["periode"])
    return out


def test_low_performers_and_stagnation_are_planted(
    sample_rows: dict[str, list[dict[str, object]]],
) -> None:
    monthly = _monthly(sample_rows)
    low = [
        n
        for n, rows in monthly.items()
        if sum(SCORE[str(r["rating_hasil_kerja"]).lower()] == 1 for r in rows[-3:]) >= 2
    ]
    assert low
    stagnant = [
        n
        for n, rows in monthly.items()
        if len(rows) >= 6
        and all(SCORE[str(r["rating_hasil_kerja"]).lower()] == 1 for r in rows[-6:])
    ]
    assert stagnant
    annual_bp = [
        r["nip"]
        for r in sample_rows["skp"]
        if period_key(r["periode"]) == "2025"
        and str(r["rating_hasil_kerja"]).lower() == "di bawah ekspektasi"
    ]
    assert set(low) & set(annual_bp)


def test_predikat_distribution_is_realistic() -> None:
    scale = demo.get_scale("sabang")
    people = [
        p
        for _, ps in demo.iter_opd_people(scale, 2026, demo.Reference.load())
        for p in ps
    ]
    from pipelines import demo_hr as hr

    conf = hr.OpdSkpConf(demo.Style())
    model = hr.SkpModel(people, 2026, "ALL", 0, 57, conf)
    counts: Counter[int] = Counter()
    for m in range(0, 58):
        draw = model.month(m)
        counts.update(hr.MATRIX[draw.hasil, draw.perilaku].tolist())
    total = sum(counts.values())
    share = {hr.PREDIKAT[k]: v / total for k, v in counts.items()}
    assert 0.75 <= share["Baik"] <= 0.9
    assert 0.08 <= share["Sangat Baik"] <= 0.16
    assert 0.01 <= share["Butuh Perbaikan"] <= 0.06
    assert share.get("Kurang/Misconduct", 0) < 0.01
    assert share.get("Sangat Kurang", 0) < 0.005


def test_self_ratings_lateness_and_adaptif_are_planted(
    sample_rows: dict[str, list[dict[str, object]]],
) -> None:
    monthly = _monthly(sample_rows)

    def score(v: object) -> int:
        return SCORE.get(str(v).lower(), 0)

    inflating = [
        n
        for n, rows in monthly.items()
        if sum(
            score(r["rating_hasil_kerja_mandiri"]) > score(r["rating_hasil_kerja"])
            for r in rows
        )
        >= len(rows) / 2
    ]
    assert inflating
    late = []
    for n, rows in monthly.items():
        n_late = 0
        for r in rows:
            d = r.get("tanggal_pengisian")
            if not d:
                continue
            y, mth = map(int, r["periode"].split("-"))
            end = date(y + mth // 12, mth % 12 + 1, 1)  # first day of the next month
            filed = _as_date(d)
            n_late += (filed - end).days + 1 > 5
        if n_late >= 4:
            late.append(n)
    assert late
    falling = [
        n
        for n, rows in monthly.items()
        if len(rows) >= 9
        and all(score(r.get("adaptif")) == 3 for r in rows[:3])
        and all(score(r.get("adaptif")) == 1 for r in rows[-3:])
    ]
    assert falling


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _parse_date(str(value))


def _parse_date(text: str) -> date:
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    months = (
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    )
    d, mon, y = text.split()
    return date(int(y), months.index(mon.lower()) + 1, int(d))


def test_training_and_competency_gaps_are_planted(
    sample_rows: dict[str, list[dict[str, object]]],
) -> None:
    jenis = {r["nip"]: r["jenis_asn"] for r in sample_rows["pegawai"]}
    jp: Counter[str] = Counter()
    for r in sample_rows["pelatihan"]:
        try:
            value = jp_value(r["jp"])
        except ValueError:
            continue
        if value > 0:
            jp[r["nip"]] += value
    pns = [n for n, j in jenis.items() if j == "PNS"]
    under = [n for n in pns if jp[n] < 20]
    assert 0.1 <= len(under) / len(pns) <= 0.5
    gaps = {
        r["nip"]
        for r in sample_rows["kompetensi"]
        if int(r["level_aktual"]) < int(r["level_standar"])
    }
    assert any(jp[n] == 0 for n in gaps)
    planted = demo.planted_people("sample", 2026)
    assert {
        dp.LOW,
        dp.STAGNANT,
        dp.INFLATE,
        dp.LATE,
        dp.ADAPTIF_FALL,
        dp.NO_JP,
        dp.STUCK,
    } <= set(planted)
    for nip in planted[dp.NO_JP]:
        assert jp[nip] == 0


def test_revisi_changes_ratings_of_rows_sent_before(
    sample_files: list[Path],
) -> None:
    original = next(p for p in sample_files if p.name == "SKP_DINKES_2025.xlsx")
    revisi = next(p for p in sample_files if p.name == "SKP_DINKES_2025_revisi.csv")
    assert sorted([original.name, revisi.name]) == [original.name, revisi.name]
    before = {
        (r["nip"], period_key(r["periode"])): r["rating_hasil_kerja"]
        for _, rows in read_tables(original)
        for r in rows
    }
    ((_, fixed),) = read_tables(revisi)
    assert len(fixed) == 4
    for r in fixed:
        key = (r["nip"], period_key(r["periode"]))
        assert key in before and before[key] != r["rating_hasil_kerja"]


def test_sector_patterns_are_planted() -> None:
    ref = demo.Reference.load()
    ctx = SectorContext(
        seed=2026,
        out=Path("."),
        first=0,
        last=57,
        units=ref.units,
        gampong=ref.gampong,
        puskesmas=(),
        ikm_units=(),
        tourism_units=(),
    )

    def idl(pkm: str, year: int) -> float:
        c = immunisation_counts(ctx, pkm, year)
        got = sum(sum(m) for (k, _), (_, m) in c.items() if k == "KES-IDL")
        return got / sum(n for (k, _), (n, _) in c.items() if k == "KES-IDL") * 100

    cot = [idl("PKM-COT-BAU", y) for y in range(2022, 2026)]
    assert cot == sorted(cot) and cot[0] < 82 and cot[-1] > 92
    balohan = [idl("PKM-BALOHAN", y) for y in range(2022, 2026)]
    assert max(balohan) - min(balohan) < 6 and max(balohan) < 85
    infants = sum(
        n
        for pkm in demo.PUSKESMAS
        for (k, _), (n, _) in immunisation_counts(ctx, pkm, 2024).items()
        if k == "KES-IDL"
    )
    assert 700 <= infants <= 820
    import numpy as np

    g = np.random.default_rng(1)
    km0 = [ikm_answers("DISPAR-KM0", y, 4, 400, g).mean() * 25 for y in (2022, 2026)]
    assert km0[0] < 76.6 < 76.61 < km0[1]  # grade C -> B
    bal = ikm_answers("DISPAR-BALOHAN", 2025, 2, 400, g)
    assert 65 <= bal.mean() * 25 <= 76.6 and bal.mean(axis=0).argmin() == 2  # u3
    assert set(IKM_LEVEL) == set(demo.TOURISM)


def test_sample_sector_files_show_the_contrasts(
    sample_rows: dict[str, list[dict[str, object]]],
) -> None:
    ikm = Counter(str(r["unit_layanan"]) for r in sample_rows["survei_ikm"])
    assert max(ikm.values()) >= 120 and min(ikm.values()) < 4 * 30
    rows = [
        r
        for r in sample_rows["realisasi_indikator"]
        if r["kode_indikator"] == "KES-IDL"
    ]
    per_unit: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    gampong_den: dict[tuple[str, str], float] = {}
    for r in rows:
        unit = "cot" if "cot" in str(r["unit"]).lower() else "balohan"
        if "pustu" in str(r["unit"]).lower():
            continue
        per_unit[unit][0] += jp_value(r["pembilang"])
        gampong_den[(unit, str(r["gampong"]).replace("'", "").lower()[:5])] = jp_value(
            r["penyebut"]
        )
    cov = {
        u: v[0] / sum(d for (uu, _), d in gampong_den.items() if uu == u)
        for u, v in per_unit.items()
    }
    assert cov["cot"] > cov["balohan"] + 0.08


# --- end to end -----------------------------------------------------------------------
PLANTED_REASONS = (
    "NIP tersimpan sebagai angka",  # XLSX number cell and '1,98...E+17' text
    "ditemukan 17 karakter",
    "'Cukup' tidak dikenali",
    "U7 '5'",
    "'KES-BCG' tidak ada",
    "'Pustu Jaboi' tidak ada",
    "JP '-8'",
    "'31/02/2025' bukan tanggal",
)


def test_sample_loads_end_to_end(tmp_path: Path, sample_files: list[Path]) -> None:
    warehouse = pytest.importorskip("pipelines.warehouse")
    import duckdb

    db = tmp_path / "demo.duckdb"
    summary = warehouse.ingest(sample_files, db, source="demo", progress=False)
    files = summary["files"]
    assert {f["status"] for f in files} == {"loaded"}, [
        (f["file"], f["errors"]) for f in files if f["status"] != "loaded"
    ]
    assert len(files) == len(sample_files)
    for f in files:
        assert f["rows_read"] == f["rows_loaded"] + f["rows_quarantined"], f["file"]
    assert sum(f["rows_quarantined"] for f in files) == 9
    with duckdb.connect(str(db), read_only=True) as con:
        reasons = [
            r[0] for r in con.execute("select reason from quarantine").fetchall()
        ]
        for text in PLANTED_REASONS:
            assert any(text in r for r in reasons), text
        assert sum("sebagai angka" in r for r in reasons) == 2
        where = set(con.execute("select file, row_number from quarantine").fetchall())
        documented = re.findall(
            r"^\| `([^`]+)`(?: sheet `[^`]+`)? \| (\d+) \|",
            (SAMPLE / "README.md").read_text(encoding="utf-8"),
            re.M,
        )
        assert {(f, int(n)) for f, n in documented} == where
        sources = {
            r[0] for r in con.execute("select source from import_log").fetchall()
        }
        assert sources == {"demo"}
        fixed = con.execute(
            "select count(*) from stg_skp s join raw_skp r using (nip, periode) "
            "where r._source_file = 'SKP_DINKES_2025_revisi.csv' "
            "and s._file_sha256 = r._file_sha256"
        ).fetchone()[0]
        assert fixed == 4
