"""Numbers, percentages, dates and periods the Indonesian way (English when lang='en').

Indonesian: 1.234,5 · 85,2% · 12 Januari 2025 · pukul 14.30 · Triwulan I 2025.
English:    1,234.5 · 85.2% · 12 January 2025 · 14:30 · Q1 2025.
A missing value (None, NaN, NaT) is shown as an en dash.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pipelines.schema import MONTHS_ID, MONTHS_SHORT_ID, ROMAN_QUARTERS

MISSING = "–"

MONTHS = {
    "id": MONTHS_ID,
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
MONTHS_SHORT = {
    "id": MONTHS_SHORT_ID,
    "en": (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ),
}
ROMAN = ROMAN_QUARTERS
# Plotly's `separators`: decimal mark then thousands mark.
PLOTLY_SEPARATORS = {"id": ",.", "en": ".,"}

_PERIOD_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PERIOD_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_PERIOD_SEMESTER = re.compile(r"^(\d{4})-S([12])$")
_PERIOD_YEAR = re.compile(r"^(\d{4})$")


def is_missing(value: Any) -> bool:
    """None, NaN, pandas NA/NaT."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT
    except (TypeError, ValueError):  # pandas NA raises on bool()
        return True


def _lang(lang: str | None) -> str:
    return "en" if lang == "en" else "id"


def fmt_number(value: Any, decimals: int = 1, *, lang: str | None = "id") -> str:
    """1234.5 -> '1.234,5' (id) or '1,234.5' (en); None -> '–'."""
    if is_missing(value):
        return MISSING
    number = float(value)
    if math.isinf(number):
        return MISSING
    # Half away from zero (12,25 -> 12,3), as people round, not banker's rounding.
    step = Decimal(1).scaleb(-decimals)
    rounded = Decimal(repr(number)).quantize(step, rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0,0"
    if _lang(lang) == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_int(value: Any, *, lang: str | None = "id") -> str:
    """12345 -> '12.345' (id) or '12,345' (en)."""
    return fmt_number(value, 0, lang=lang)


def fmt_pct(value: Any, decimals: int = 1, *, lang: str | None = "id") -> str:
    """85.24 (already a percentage) -> '85,2%' (id) or '85.2%' (en)."""
    text = fmt_number(value, decimals, lang=lang)
    return text if text == MISSING else f"{text}%"


def fmt_signed(value: Any, decimals: int = 1, *, lang: str | None = "id") -> str:
    """A change: +1,5 / -2,0 / 0,0."""
    text = fmt_number(value, decimals, lang=lang)
    if text == MISSING or text.startswith("-") or text.strip("0,.") == "":
        return text
    return f"+{text}"


def fmt_value(value: Any, satuan: str | None, *, lang: str | None = "id") -> str:
    """An indicator value in its unit: '%' -> '85,2%', 'indeks' -> '82,51' or '0,707',
    'orang' -> '12.345', anything else one decimal."""
    if is_missing(value):
        return MISSING
    unit = (satuan or "").strip().lower()
    if unit == "%":
        return fmt_pct(value, 1, lang=lang)
    if unit == "indeks":
        return fmt_number(value, 2 if abs(float(value)) >= 10 else 3, lang=lang)
    if unit in {"orang", "jumlah", "kunjungan", "unit"}:
        return fmt_int(value, lang=lang)
    return fmt_number(value, 1, lang=lang)


def month_name(month: int, *, lang: str | None = "id", short: bool = False) -> str:
    """1 -> 'Januari' / 'January' (or 'Jan')."""
    table = MONTHS_SHORT if short else MONTHS
    return table[_lang(lang)][int(month) - 1]


def _as_date(value: Any) -> dt.date | None:
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _as_datetime(value: Any) -> dt.datetime | None:
    if is_missing(value):
        return None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def fmt_date(value: Any, *, lang: str | None = "id") -> str:
    """date(2025, 1, 12) -> '12 Januari 2025' / '12 January 2025'."""
    day = _as_date(value)
    if day is None:
        return MISSING
    return f"{day.day} {month_name(day.month, lang=lang)} {day.year}"


def fmt_datetime(value: Any, *, lang: str | None = "id") -> str:
    """'12 Januari 2025 14.30' (id, as PUEBI writes times) / '12 January 2025 14:30'."""
    moment = _as_datetime(value)
    if moment is None:
        return MISSING
    sep = ":" if _lang(lang) == "en" else "."
    return f"{fmt_date(moment, lang=lang)} {moment.hour:02d}{sep}{moment.minute:02d}"


def period_label(periode: Any, *, lang: str | None = "id", short: bool = False) -> str:
    """'2025-01' -> 'Januari 2025'; '2025-Q1' -> 'Triwulan I 2025' (en 'Q1 2025');
    '2025-S1' -> 'Semester I 2025' (en 'H1 2025'); '2025' -> '2025'.
    short=True: 'Jan 2025', 'TW I 2025', 'Sem I 2025'. Unknown labels pass through."""
    if is_missing(periode):
        return MISSING
    text = str(periode).strip()
    english = _lang(lang) == "en"
    if m := _PERIOD_MONTH.match(text):
        month = int(m.group(2))
        if 1 <= month <= 12:
            return f"{month_name(month, lang=lang, short=short)} {m.group(1)}"
    if m := _PERIOD_QUARTER.match(text):
        q, year = int(m.group(2)), m.group(1)
        if english:
            return f"Q{q} {year}"
        return f"{'TW' if short else 'Triwulan'} {ROMAN[q - 1]} {year}"
    if m := _PERIOD_SEMESTER.match(text):
        half, year = int(m.group(2)), m.group(1)
        if english:
            return f"H{half} {year}"
        return f"{'Sem' if short else 'Semester'} {ROMAN[half - 1]} {year}"
    return text


MARKDOWN_SPECIALS = "\\`*_{}[]<>()#+-.!|~$"


def md_text(value: Any) -> str:
    """A value (a name, a note, a reason from an export) shown through st.markdown as
    plain text: every Markdown/HTML special character is escaped, so a name like
    `![x](http://…)` or `<b>` can neither load a remote image nor format the page."""
    text = "" if is_missing(value) else str(value)
    for char in MARKDOWN_SPECIALS:
        text = text.replace(char, "\\" + char)
    return text
