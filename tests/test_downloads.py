"""CSV/XLSX downloads: NIPs stay text, formulas never run, templates match schema."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard import downloads
from pipelines.schema import KINDS

NIP = "198609262015051001"


def _sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def test_xlsx_keeps_an_18_digit_nip_as_text() -> None:
    df = pd.DataFrame({"NIP": [NIP], "Nama": ["Cut Nyak Aminah"]})
    ws = _sheet(downloads.to_xlsx_bytes(df))
    cell = ws["A2"]
    assert cell.value == NIP
    assert cell.data_type == "s"
    assert cell.number_format == "@"


def test_xlsx_detects_nip_like_columns_by_value() -> None:
    df = pd.DataFrame({"Penerima": [NIP, "197501012000031002"]})
    ws = _sheet(downloads.to_xlsx_bytes(df))
    assert [ws["A2"].value, ws["A3"].value] == [NIP, "197501012000031002"]
    assert ws["A2"].number_format == "@"


def test_xlsx_nip_that_arrived_as_a_number_is_written_as_digits() -> None:
    df = pd.DataFrame({"nip_penilai": [197501012000031002]})
    ws = _sheet(downloads.to_xlsx_bytes(df))
    assert ws["A2"].value == "197501012000031002"
    assert ws["A2"].data_type == "s"


@pytest.mark.parametrize(
    "text", ["=1+1", "+62811", "-2+3", "@SUM(A1)", '=HYPERLINK("x")']
)
def test_xlsx_neutralises_formula_like_text(text: str) -> None:
    df = pd.DataFrame({"Alasan": [text]})
    ws = _sheet(downloads.to_xlsx_bytes(df))
    cell = ws["A2"]
    assert cell.data_type == "s"  # a literal string, never a formula
    assert cell.value == "'" + text


def test_xlsx_keeps_numbers_and_dates_typed() -> None:
    df = pd.DataFrame(
        {
            "Capaian": [85.25, None],
            "Tanggal": [dt.date(2025, 1, 12), None],
            "Jumlah": pd.array([3, None], dtype="Int64"),
        }
    )
    ws = _sheet(downloads.to_xlsx_bytes(df))
    assert [c.value for c in ws[1]] == ["Capaian", "Tanggal", "Jumlah"]
    assert ws["A2"].value == 85.25 and ws["A2"].data_type == "n"
    assert ws["B2"].value.date() == dt.date(2025, 1, 12)
    assert ws["C2"].value == 3
    assert ws["A3"].value is None and ws["C3"].value is None
    assert ws.freeze_panes == "A2"


def test_csv_indonesian_uses_semicolon_and_decimal_comma() -> None:
    df = pd.DataFrame({"NIP": [NIP], "Capaian": [85.5], "Alasan": ["=1+1"]})
    text = downloads.to_csv_bytes(df, lang="id").decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "NIP;Capaian;Alasan"
    assert lines[1] == f"{NIP};85,5;'=1+1"


def test_csv_english_uses_comma_and_decimal_point() -> None:
    df = pd.DataFrame({"NIP": [NIP], "Capaian": [85.5]})
    data = downloads.to_csv_bytes(df, lang="en")
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8 accents
    assert data.decode("utf-8-sig").splitlines()[1] == f"{NIP},85.5"


@pytest.mark.parametrize("name", sorted(KINDS))
def test_templates_carry_every_label_and_one_example_row(name: str) -> None:
    kind = KINDS[name]
    labels = [c.label or c.name for c in kind.columns]
    ws = _sheet(downloads.template_xlsx(kind))
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == labels
    assert len(rows) == 2
    csv_header = downloads.template_csv(kind).decode("utf-8-sig").splitlines()[0]
    assert csv_header.split(";") == labels


def test_template_nip_example_stays_text() -> None:
    kind = KINDS["skp"]
    ws = _sheet(downloads.template_xlsx(kind))
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("NIP") + 1)
    assert cell.value == kind.column("nip").example
    assert cell.data_type == "s"


def test_template_numbers_are_numbers() -> None:
    kind = KINDS["realisasi_indikator"]
    ws = _sheet(downloads.template_xlsx(kind))
    header = [c.value for c in ws[1]]
    assert ws.cell(row=2, column=header.index("Realisasi") + 1).value == 7.1
