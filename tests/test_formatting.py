"""Indonesian (and English) formats of numbers, percentages, dates and periods."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from dashboard import formatting as fmt


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, 1, "1.234,5"),
        (0.5, 1, "0,5"),
        (-1234.5, 1, "-1.234,5"),
        (1234567.891, 2, "1.234.567,89"),
        (999.95, 1, "1.000,0"),  # rounding carries into the thousands
        (0, 1, "0,0"),
        (-0.04, 1, "0,0"),  # no "-0,0"
        (12345, 0, "12.345"),
        (7, 0, "7"),
    ],
)
def test_number_indonesian(value: float, decimals: int, expected: str) -> None:
    assert fmt.fmt_number(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, 1, "1,234.5"),
        (0.5, 1, "0.5"),
        (-1234.5, 1, "-1,234.5"),
        (12345, 0, "12,345"),
    ],
)
def test_number_english(value: float, decimals: int, expected: str) -> None:
    assert fmt.fmt_number(value, decimals, lang="en") == expected


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, pd.NaT, math.inf])
def test_missing_values_are_a_dash(missing: object) -> None:
    assert fmt.fmt_number(missing) == "–"
    assert fmt.fmt_pct(missing) == "–"
    assert fmt.fmt_int(missing) == "–"


def test_percentages() -> None:
    assert fmt.fmt_pct(85.24) == "85,2%"
    assert fmt.fmt_pct(85.25, 0) == "85%"
    assert fmt.fmt_pct(100) == "100,0%"
    assert fmt.fmt_pct(1234.56) == "1.234,6%"
    assert fmt.fmt_pct(-3.45) == "-3,5%"  # half away from zero
    assert fmt.fmt_pct(85.24, lang="en") == "85.2%"


def test_signed_change() -> None:
    assert fmt.fmt_signed(1.5) == "+1,5"
    assert fmt.fmt_signed(-2) == "-2,0"
    assert fmt.fmt_signed(0) == "0,0"
    assert fmt.fmt_signed(None) == "–"


@pytest.mark.parametrize(
    ("value", "satuan", "expected"),
    [
        (85.24, "%", "85,2%"),
        (82.514, "indeks", "82,51"),
        (0.7071, "indeks", "0,707"),
        (261489, "orang", "261.489"),
        (12.25, "hari", "12,3"),  # half up, not banker's rounding
        (None, "%", "–"),
    ],
)
def test_value_in_its_unit(value: float | None, satuan: str, expected: str) -> None:
    assert fmt.fmt_value(value, satuan) == expected


def test_dates() -> None:
    assert fmt.fmt_date(dt.date(2025, 1, 12)) == "12 Januari 2025"
    assert fmt.fmt_date(dt.date(2025, 8, 17)) == "17 Agustus 2025"
    assert fmt.fmt_date(pd.Timestamp("2025-12-31 23:59")) == "31 Desember 2025"
    assert fmt.fmt_date("2025-03-01") == "1 Maret 2025"
    assert fmt.fmt_date(dt.date(2025, 1, 12), lang="en") == "12 January 2025"
    assert fmt.fmt_date(None) == "–"
    assert fmt.fmt_date("bukan tanggal") == "–"


def test_datetimes() -> None:
    moment = dt.datetime(2025, 10, 3, 8, 5)
    assert fmt.fmt_datetime(moment) == "3 Oktober 2025 08.05"
    assert fmt.fmt_datetime(moment, lang="en") == "3 October 2025 08:05"
    assert fmt.fmt_datetime(pd.NaT) == "–"


@pytest.mark.parametrize(
    ("periode", "indonesian", "english"),
    [
        ("2025-01", "Januari 2025", "January 2025"),
        ("2025-12", "Desember 2025", "December 2025"),
        ("2025-Q1", "Triwulan I 2025", "Q1 2025"),
        ("2025-Q4", "Triwulan IV 2025", "Q4 2025"),
        ("2025-S1", "Semester I 2025", "H1 2025"),
        ("2025-S2", "Semester II 2025", "H2 2025"),
        ("2025", "2025", "2025"),
    ],
)
def test_period_labels(periode: str, indonesian: str, english: str) -> None:
    assert fmt.period_label(periode) == indonesian
    assert fmt.period_label(periode, lang="en") == english


def test_short_period_labels() -> None:
    assert fmt.period_label("2025-08", short=True) == "Agu 2025"
    assert fmt.period_label("2025-Q3", short=True) == "TW III 2025"
    assert fmt.period_label("2025-S1", short=True) == "Sem I 2025"
    assert fmt.period_label("2025-08", short=True, lang="en") == "Aug 2025"


@pytest.mark.parametrize("odd", ["2025-13", "2025-Q5", "Jan-25", ""])
def test_unknown_period_labels_pass_through(odd: str) -> None:
    assert fmt.period_label(odd) == odd


def test_period_label_of_missing_value() -> None:
    assert fmt.period_label(None) == "–"
