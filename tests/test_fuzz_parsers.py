"""Property tests (hypothesis) of the parsing macros and of the whole loader.

The macros run inside one vectorised query over millions of rows: a single value that
raises (a failed cast in a CASE branch, a regex on odd text) would reject a whole
file. So every macro must return NULL or a value of its type for ANY text, and the
Indonesian spellings must round-trip. Example counts are modest and deadlines off so
the file stays fast in CI.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines import schema
from pipelines.load_raw import load_export
from pipelines.macros import install_macros

FAST = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
THIS_YEAR = dt.date.today().year

# Text with everything an export can hold: any unicode (incl. control characters and
# surrogate-free astral planes), digits and the separators the parsers look for.
NASTY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
    max_size=40,
)
SHAPED = st.text(alphabet="0123456789 .,-/+eE%'’TtWwIiVvQqSs:\t\n", max_size=25)
TEXTS = st.one_of(
    NASTY,
    SHAPED,
    st.text(alphabet="0123456789", min_size=1, max_size=30),
    st.sampled_from(["", " ", "\x00", "\u00a0", "NaN", "inf", "-0", "1e999", "\ufeff"]),
    st.just("9" * 5000),  # very long
)


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    install_macros(connection)
    yield connection
    connection.close()


def evaluate_all(
    con: duckdb.DuckDBPyConnection, exprs: list[str], values: list[str | None]
) -> list[tuple]:
    """Every expression over x for every value, in ONE vectorised query (like the
    loader: one failing value fails the whole statement). Row i: one value per expr."""
    rows = con.execute(
        f"select i, {', '.join(exprs)} from (select unnest($v) as x, "
        "generate_subscripts($v, 1) as i) order by i",
        {"v": values},
    ).fetchall()
    return [r[1:] for r in rows]


def evaluate(
    con: duckdb.DuckDBPyConnection, expr: str, values: list[str | None]
) -> list[object]:
    return [r[0] for r in evaluate_all(con, [expr], values)]


def one(con: duckdb.DuckDBPyConnection, expr: str, value: str) -> object:
    """expr over a single bound parameter (constant folding path)."""
    sql = f"select {expr.replace('x', '$x', 1)}"
    return con.execute(sql, {"x": value}).fetchall()[0][0]


# --------------------------------------------------------------------------- totality

MACRO_TYPES: dict[str, tuple[type, ...]] = {
    "id_number(x)": (float,),
    "id_integer(x)": (int,),
    "id_date(x)": (dt.date,),
    "id_period(x)": (dict,),
    "id_rating(x)": (str,),
    "id_predikat(x)": (str,),
    "nip_clean(x)": (str,),
    "nip_format_error(x)": (str,),
    "nip_error(x, 'PNS')": (str,),
    "nip_error(x, 'PPPK')": (str,),
    "norm_key(x)": (str,),
    "name_key(x)": (str,),
}


@settings(FAST, max_examples=80)
@given(values=st.lists(TEXTS, min_size=1, max_size=40))
def test_macros_never_raise_and_return_their_type(con, values: list[str]) -> None:
    values = [*values, None]
    exprs = list(MACRO_TYPES)
    for row in evaluate_all(con, exprs, values):
        got = dict(zip(exprs, row, strict=True))
        for expr, types in MACRO_TYPES.items():
            assert got[expr] is None or isinstance(got[expr], types), (expr, got)
        assert got["id_rating(x)"] in (None, *schema.RATINGS)
        assert got["id_predikat(x)"] in (None, *schema.PREDIKAT)
        assert got["id_number(x)"] is None or got["id_number(x)"] == got["id_number(x)"]
        period = got["id_period(x)"]
        if period is not None:
            assert period["jenis"] in (
                "bulanan",
                "triwulanan",
                "semesteran",
                "tahunan",
            )
            assert re.fullmatch(r"\d{4}(-\d{2}|-Q[1-4]|-S[12])?", period["label"])
            assert period["mulai"] <= period["selesai"]
            assert period["label"][:4] == str(period["mulai"].year)


@settings(FAST, max_examples=60)
@given(value=TEXTS)
def test_macros_never_raise_on_a_single_constant(con, value: str) -> None:
    # A bound parameter is constant-folded: a different code path from a column.
    exprs = [e.replace("x", "$x", 1) for e in MACRO_TYPES]
    con.execute(f"select {', '.join(exprs)}", {"x": value}).fetchall()


# --------------------------------------------------------------------------- numbers


def indonesian(value: int, fraction: str, negative: bool) -> str:
    """1234 and '5' -> '1.234,5' (thousands dots, decimal comma)."""
    text = f"{value:,}".replace(",", ".")
    if fraction:
        text += "," + fraction
    return ("-" if negative else "") + text


@FAST
@given(
    value=st.integers(min_value=0, max_value=10**12),
    fraction=st.text(alphabet="0123456789", max_size=4),
    negative=st.booleans(),
    decoration=st.sampled_from(["{}", " {} ", "{}%", "Rp {}", "Rp. {}", "{}\u00a0"]),
)
def test_indonesian_numbers_round_trip(
    con, value: int, fraction: str, negative: bool, decoration: str
) -> None:
    if decoration.startswith("Rp") and negative:
        negative = False  # 'Rp -1.000' is not a spelling exports use
    text = decoration.format(indonesian(value, fraction, negative))
    expected = float(f"{'-' if negative else ''}{value}.{fraction or '0'}")
    assert one(con, "id_number(x)", text) == pytest.approx(expected, rel=1e-12)


@FAST
@given(value=st.integers(min_value=-(10**9), max_value=10**9))
def test_integers_round_trip(con, value: int) -> None:
    text = indonesian(abs(value), "", value < 0)
    assert one(con, "id_integer(x)", text) == value


# --------------------------------------------------------------------------- dates

DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@FAST
@given(day=DATES, form=st.integers(min_value=0, max_value=6), upper=st.booleans())
def test_dates_round_trip(con, day: dt.date, form: int, upper: bool) -> None:
    month = schema.MONTHS_ID[day.month - 1]
    text = [
        day.strftime("%d/%m/%Y"),
        day.strftime("%Y-%m-%d"),
        f"{day.day} {month} {day.year}",
        f"{day.day}/{day.month}/{day.year}",
        day.strftime("%d-%m-%Y"),
        f"{day.day:02d} {month}  {day.year}",
        day.strftime("%Y/%m/%d"),
    ][form]
    assert one(con, "id_date(x)", text.upper() if upper else text) == day


@FAST
@given(
    year=st.integers(min_value=1900, max_value=2100),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=29, max_value=32),
)
def test_impossible_days_are_null(con, year: int, month: int, day: int) -> None:
    if day <= calendar.monthrange(year, month)[1]:
        return
    for text in (f"{day}/{month:02d}/{year}", f"{year}-{month:02d}-{day}"):
        assert one(con, "id_date(x)", text) is None


# --------------------------------------------------------------------------- periods


def month_forms(year: int, month: int) -> list[str]:
    name = schema.MONTHS_ID[month - 1]
    short = schema.MONTHS_SHORT_ID[month - 1]
    forms = [
        f"{year}-{month:02d}",
        f"{month:02d}/{year}",
        f"{month}/{year}",
        f"{name} {year}",
        name.upper() + f" {year}",
        f"{short} {year}",
        f"{year}/{month:02d}",
    ]
    if 1970 <= year <= 2069:
        forms.append(f"{short}-{year % 100:02d}")
    return forms


@FAST
@given(
    year=st.integers(min_value=1900, max_value=2100),
    month=st.integers(min_value=1, max_value=12),
)
def test_every_month_form_gives_the_same_period(con, year: int, month: int) -> None:
    forms = month_forms(year, month)
    got = evaluate(con, "id_period(x)", forms)
    start = dt.date(year, month, 1)
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    expected = {
        "label": f"{year}-{month:02d}",
        "jenis": "bulanan",
        "mulai": start,
        "selesai": end,
    }
    assert dict(zip(forms, got, strict=True)) == {f: expected for f in forms}


@FAST
@given(
    year=st.integers(min_value=1900, max_value=2100),
    quarter=st.integers(min_value=1, max_value=4),
)
def test_every_quarter_form_gives_the_same_period(con, year: int, quarter: int) -> None:
    roman = schema.ROMAN_QUARTERS[quarter - 1]
    forms = [
        f"TW {roman} {year}",
        f"Triwulan {quarter} {year}",
        f"triwulan {roman} {year}",
        f"{year}-Q{quarter}",
        f"Q{quarter} {year}",
        f"TW-{quarter}/{year}",
    ]
    labels = {g["label"] for g in evaluate(con, "id_period(x)", forms)}
    assert labels == {f"{year}-Q{quarter}"}
    assert one(con, "id_period(x)", f"Triwulan {quarter + 4} {year}") is None


@FAST
@given(year=st.integers(min_value=1900, max_value=2100), month=st.integers(13, 99))
def test_impossible_months_are_no_period(con, year: int, month: int) -> None:
    for text in (f"{month}/{year}", f"{year}-{month}"):
        assert one(con, "id_period(x)", text) is None


# --------------------------------------------------------------------------- NIP


@st.composite
def pns_nips(draw: st.DrawFn) -> str:
    """A valid PNS NIP (DOMAIN.md §2): birth date, TMT CPNS year and month, sex,
    sequence number."""
    birth = draw(
        st.dates(
            min_value=dt.date(1950, 1, 1), max_value=dt.date(THIS_YEAR - 20, 12, 31)
        )
    )
    tmt_year = draw(st.integers(min_value=birth.year + 18, max_value=THIS_YEAR))
    tmt_month = draw(st.integers(min_value=1, max_value=12))
    sex = draw(st.sampled_from("12"))
    seq = draw(st.integers(min_value=1, max_value=999))
    return f"{birth:%Y%m%d}{tmt_year}{tmt_month:02d}{sex}{seq:03d}"


@settings(FAST, max_examples=60)
@given(nip=pns_nips(), spacing=st.booleans())
def test_valid_pns_nip_has_no_error_and_sex_digit_3_has_one(
    con, nip: str, spacing: bool
) -> None:
    written = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if spacing else "'" + nip
    broken = nip[:14] + "3" + nip[15:]
    got = con.execute(
        "select nip_error($n, 'PNS'), nip_error($w, 'PNS'), nip_format_error($w), "
        "nip_error($b, 'PNS'), nip_error($b, 'PPPK'), nip_format_error($short), "
        "nip_format_error($zeros)",
        {
            "n": nip,
            "w": written,
            "b": broken,
            "short": nip[:17],
            "zeros": nip[:15] + "000",
        },
    ).fetchall()[0]
    assert got[:3] == (None, None, None)
    assert got[3] is not None and "jenis kelamin" in got[3]
    assert got[4] is None  # the sex digit is a PNS rule
    assert "18 digit" in got[5]
    assert "000" in got[6]


# --------------------------------------------------------------------------- loader

CELL = st.one_of(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12
    ),
    st.text(alphabet=";,\t\"'\n\r =+-/.0123456789 ", max_size=12),
    st.sampled_from(
        [
            "",
            "198609262015051001",
            "1,98609E+17",
            "Januari 2025",
            "2025-01",
            "03/02/2025",
            "Sesuai Ekspektasi",
            "Baik",
            "3",
            "24",
            "KES-IDL",
            "Puskesmas Cot Ba'u",
            "TIC Sabang",
            "PNS",
            "JUMLAH",
            "=SUM(A1:A9)",
        ]
    ),
)


def header_names(draw: st.DrawFn, kind: schema.Kind) -> list[str]:
    """Required columns under a random synonym each, plus random optional ones."""
    names = []
    for col in kind.columns:
        if not col.required and not draw(st.booleans()):
            continue
        spellings = [col.name, *col.synonyms, *([col.label] if col.label else [])]
        names.append(draw(st.sampled_from(spellings)))
    return draw(st.permutations(names))


def quote_cell(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\r", "\n")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


@st.composite
def csv_exports(draw: st.DrawFn) -> tuple[bytes, int | None]:
    """(file content, data rows it holds when a proper CSV writer wrote it)."""
    kind = draw(st.sampled_from(sorted(schema.KINDS.values(), key=lambda k: k.name)))
    header = header_names(draw, kind)
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    rows = draw(
        st.lists(
            st.lists(CELL, min_size=0, max_size=len(header) + 2),
            max_size=12,
        )
    )
    quoted = draw(st.booleans())
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    if quoted:  # a proper CSV writer: quotes a cell holding a separator, quote, CR, LF
        lines = [[quote_cell(c, delimiter) for c in r] for r in [header, *rows]]
    else:  # a hand-made export: separators and quotes inside values left as they are
        lines = [header, *rows]
    text = "".join(delimiter.join(cells) + newline for cells in lines)
    if draw(st.booleans()):
        text = "REKAP DATA KOTA SABANG" + newline + newline + text
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    # a row counts when any cell holds text (a cell of spaces is text: its row is
    # quarantined as incomplete, not dropped)
    expected = sum(any(c != "" for c in r) for r in rows) if quoted else None
    return text.encode(encoding, errors="replace"), expected


@pytest.fixture(scope="module")
def loader_con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    yield connection
    connection.close()


_counter = itertools.count()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(export=csv_exports())
def test_random_csv_never_crashes_and_rows_add_up(
    loader_con,
    tmp_path_factory: pytest.TempPathFactory,
    export: tuple[bytes, int | None],
) -> None:
    data, expected = export
    path = Path(tmp_path_factory.getbasetemp()) / f"fuzz_{next(_counter)}.csv"
    path.write_bytes(data)
    result = load_export(loader_con, path)
    if expected is not None and "biner" not in " ".join(result.errors):
        assert result.rows_read == expected  # no row lost, none invented
    assert result.status in ("loaded", "duplicate", "rejected")
    assert result.rows_read == result.rows_loaded + result.rows_quarantined
    assert min(result.rows_read, result.rows_loaded, result.rows_quarantined) >= 0
    if result.status == "rejected":
        assert result.errors and result.errors[0].strip()
        assert not result.errors[0].startswith("Gagal memuat berkas")  # no crash
    if result.status == "loaded":
        bad = loader_con.execute(
            "select count(*), count(*) filter (coalesce(trim(reason), '') = '') "
            "from quarantine where import_id = ?",
            [result.import_id],
        ).fetchall()[0]
        assert bad[1] == 0
        assert bad[0] == result.rows_quarantine_new
