"""CSV and XLSX bytes of a DataFrame, safe to open in Excel.

- NIP-like columns (a name containing 'nip', or values of 15+ digits) are written as
  text, so an 18-digit NIP never turns into 1,98609E+17.
- Text starting with = + - @ (or a tab / carriage return) gets a leading apostrophe, so
  a spreadsheet never runs it as a formula (CSV/formula injection).
- CSV for Indonesian readers uses ';' and a decimal comma (what Excel expects in an
  Indonesian locale); English uses ',' and a decimal point. Both are UTF-8 with a BOM.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from pipelines import schema

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_LONG_DIGITS = re.compile(r"^\d{15,}$")
CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_HEADER_FILL = PatternFill("solid", fgColor="EEF4F8")


def neutralise(value: object) -> object:
    """'=1+1' -> "'=1+1"; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def nip_like_columns(df: pd.DataFrame) -> list[str]:
    """Columns to keep as text: named like an NIP, or holding only 15+ digit values."""
    found = []
    for col in df.columns:
        if "nip" in str(col).lower():
            found.append(col)
            continue
        values = df[col].dropna()
        if len(values) and values.astype(str).str.match(_LONG_DIGITS).all():
            found.append(col)
    return found


def _as_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _safe_frame(df: pd.DataFrame, text_columns: Iterable[str]) -> pd.DataFrame:
    out = df.copy()
    for col in text_columns:
        out[col] = out[col].map(lambda v: None if _is_missing(v) else _as_text(v))
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    return out


def to_csv_bytes(
    df: pd.DataFrame, *, lang: str = "id", text_columns: Iterable[str] | None = None
) -> bytes:
    """The table as CSV (UTF-8 with BOM; ';' and decimal comma for Indonesian)."""
    text_cols = list(text_columns) if text_columns is not None else nip_like_columns(df)
    safe = _safe_frame(df, text_cols)
    sep, decimal = (",", ".") if lang == "en" else (";", ",")
    return safe.to_csv(index=False, sep=sep, decimal=decimal).encode("utf-8-sig")


def _cell_value(value: object) -> object:
    if _is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        value = value.item()
    if isinstance(value, (list, dict, tuple, set)):
        value = str(value)
    return value


def to_xlsx_bytes(
    df: pd.DataFrame,
    *,
    sheet: str = "Data",
    text_columns: Iterable[str] | None = None,
) -> bytes:
    """The table as an XLSX workbook: bold header, frozen first row, filters, NIP-like
    columns stored as text, formula-like strings neutralised."""
    text_cols = (
        set(text_columns) if text_columns is not None else set(nip_like_columns(df))
    )
    safe = _safe_frame(df, text_cols)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31] or "Data"
    ws.append([str(c) for c in safe.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for row in safe.itertuples(index=False, name=None):
        ws.append([_cell_value(v) for v in row])
    for idx, col in enumerate(safe.columns, start=1):
        letter = get_column_letter(idx)
        as_text = col in text_cols
        for (cell,) in ws.iter_rows(min_row=2, min_col=idx, max_col=idx):
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text
            if as_text:
                cell.number_format = "@"
            elif isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "dd/mm/yyyy"
        width = max([len(str(col))] + [len(str(v)) for v in safe[col].head(200)])
        ws.column_dimensions[letter].width = min(max(10, width + 2), 60)
    ws.freeze_panes = "A2"
    if len(safe.columns):
        ws.auto_filter.ref = ws.dimensions
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# --- Import templates, generated from pipelines.schema.KINDS --------------------------


def template_frame(kind: schema.Kind) -> pd.DataFrame:
    """One-row template: the human headers (labels) and each column's example."""
    columns = [c.label or c.name for c in kind.columns]
    return pd.DataFrame([[c.example for c in kind.columns]], columns=columns)


def template_text_columns(kind: schema.Kind) -> list[str]:
    """Template columns to store as text: NIPs, dates and periods as typed by users."""
    keep_text = {"nip", "text", "date", "period", "enum", "rating", "predikat"}
    return [c.label or c.name for c in kind.columns if c.type in keep_text]


def template_csv(kind: schema.Kind, *, lang: str = "id") -> bytes:
    frame = template_frame(kind)
    return to_csv_bytes(frame, lang=lang, text_columns=template_text_columns(kind))


_NUMERIC_TYPES = {"number", "integer", "likert4", "level"}


def _example_number(text: str) -> float | int | str:
    """'7,1' -> 7.1, '24' -> 24 (so Excel stores numbers as numbers)."""
    try:
        number = (
            float(text.replace(".", "").replace(",", "."))
            if "," in text
            else float(text)
        )
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


def template_xlsx(kind: schema.Kind) -> bytes:
    frame = template_frame(kind)
    for col in kind.columns:
        if col.type in _NUMERIC_TYPES:
            label = col.label or col.name
            frame[label] = frame[label].map(_example_number).astype(object)
    return to_xlsx_bytes(
        frame, sheet=kind.name, text_columns=template_text_columns(kind)
    )
