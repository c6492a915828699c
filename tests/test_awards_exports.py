"""The ceremony deck (PPTX), the mayor's briefing (PDF) and the table downloads of
Penghargaan, opened the way a user's tool would open them: python-pptx for the deck,
pypdf's text extraction for the PDF, openpyxl for the XLSX.

The data are the sample warehouse's nominations with confirmed awardees in a
private store, frozen in a snapshot; every number asserted is the one the page shows.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pypdf import PdfReader

from dashboard import access, awards, db, exports_pdf, exports_pptx, queries, snapshots
from dashboard import awards_blocks as blocks
from dashboard import awards_views as views
from dashboard import queries_awards as qa
from dashboard.downloads import to_csv_bytes

BKPSDM = access.FULL_ACCESS
NIP_18 = re.compile(r"^\d{18}$")


@pytest.fixture()
def deck_data(warehouse_copy: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """Confirmed awardees, a snapshot, and the slides as the page builds them."""
    monkeypatch.setenv("KINERJA_DB", str(warehouse_copy))
    snap = snapshots.create(BKPSDM, "Upacara 2025")
    with snapshots.reading(snap):
        version = db.warehouse_version()
        args = (BKPSDM, version, 2025, None, None)
        people, units = qa.person_nominations(*args), qa.unit_nominations(*args)
        sectors, scorecard = qa.sector_attainment(*args), queries.scorecard(*args)
        meta = queries.meta_build(BKPSDM, version)
    for df in (people, units):
        for row in df[df["nominasi"]].to_dict("records"):
            awards.confirm(BKPSDM, awards.Nomination.from_row(row), snapshot_id=snap.id)
    found = awards.awardees(BKPSDM, 2025)
    info = views.DeckInfo(
        event="Penghargaan Kinerja 2025",
        tahun=2025,
        event_date=dt.date(2026, 8, 17),
        snapshot_id=snap.id,
        snapshot_label=snap.label,
        data_sampai=meta["data_sampai"],
        lang="id",
        filters=(("Tahun", "2025"), ("OPD", "Semua OPD"), ("Sektor", "Semua sektor")),
        created_by="demo",
    )
    charts = [views.sector_chart(sectors, 2025, "id")]
    charts += views.rule_charts(units, views.confirmed_names(found), 2025, "id")
    slides = views.build_slides(info, charts, views.cards(found, "id"))
    yield {
        "snap": snap,
        "info": info,
        "slides": slides,
        "charts": charts,
        "awardees": found,
        "people": people,
        "units": units,
        "sectors": sectors,
        "scorecard": scorecard,
    }
    db.release()


def _texts(slide) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def test_the_deck_holds_the_expected_slides_titles_and_numbers(deck_data: dict) -> None:
    payload = exports_pptx.build(deck_data["slides"], deck_data["info"])
    deck = Presentation(io.BytesIO(payload))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles == [
        "Penghargaan Kinerja 2025",
        "Capaian rata-rata unit per sektor 2025",
        "Capaian Terbaik Sektor Kesehatan 2025",
        "Capaian Terbaik Sektor Pariwisata 2025",
        "Capaian Terbaik Sektor Pemberdayaan Masyarakat 2025",
        "Pelayanan Terbaik (IKM) 2025",
        *["ASN Berkinerja Terbaik 2025"] * 3,
        "Capaian Terbaik Sektor Kesehatan 2025",
        "Capaian Terbaik Sektor Pariwisata 2025",
        "Capaian Terbaik Sektor Pemberdayaan Masyarakat 2025",
        "Pelayanan Terbaik (IKM) 2025",
        "Selamat kepada para penerima",
    ]
    cover = _texts(deck.slides[0])
    assert deck_data["snap"].id in cover and "Data per 31 Desember 2025" in cover
    assert "17 Agustus 2026" in cover
    # every slide's footer names the snapshot and the slide number
    assert all(deck_data["snap"].id in _texts(s) for s in deck.slides)
    assert f"6 / {len(titles)}" in _texts(deck.slides[5])


def test_chart_slides_are_native_charts_with_the_pages_numbers(
    deck_data: dict,
) -> None:
    deck = Presentation(
        io.BytesIO(exports_pptx.build(deck_data["slides"], deck_data["info"]))
    )
    ikm_slide = deck.slides[5]
    [frame] = [s for s in ikm_slide.shapes if s.has_chart]
    chart = frame.chart
    assert chart.chart_type == XL_CHART_TYPE.BAR_CLUSTERED
    plot = chart.plots[0]
    assert list(plot.categories) == [
        "Tourist Information Center Sabang",
        "UPTD Kawasan Wisata Tugu Kilometer Nol",
    ]
    assert list(plot.series[0].values) == [86.5, 80.17]
    # the awardee's bar carries ★ and the value as the page writes it
    label = plot.series[0].points[0].data_label.text_frame.text
    assert label == "★ 86,50"
    units = deck_data["units"]
    page = views.nomination_view(
        views.with_decisions(units, awards.decisions(BKPSDM, 2025)), "ikm_terbaik", "id"
    ).df
    assert list(page["Nilai peringkat"]) == ["86,50", "80,17"]
    health = [s for s in deck.slides[2].shapes if s.has_chart][0].chart.plots[0]
    assert list(health.categories) == ["Puskesmas Cot Ba'u"]
    assert list(health.series[0].values) == [114.1]


def test_awardee_cards_carry_name_role_unit_and_citation(deck_data: dict) -> None:
    deck = Presentation(
        io.BytesIO(exports_pptx.build(deck_data["slides"], deck_data["info"], "gelap"))
    )
    cards = [_texts(s) for s in deck.slides if "ASN Berkinerja" in s.shapes.title.text]
    darmawan = next(text for text in cards if "dr. Darmawan" in text)
    assert "Predikat kinerja tahunan 2025 Sangat Baik" in darmawan
    assert "Dinas Kesehatan" in darmawan
    text = "\n".join(_texts(s) for s in deck.slides)
    assert not re.search(r"\d{18}", text), "no NIP in the deck"


def _pdf_text(payload: bytes) -> str:
    reader = PdfReader(io.BytesIO(payload))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_briefing_holds_cover_sections_and_numbers(deck_data: dict) -> None:
    brief = exports_pdf.from_frames(
        deck_data["info"],
        scorecard=deck_data["scorecard"],
        sectors=deck_data["sectors"],
        charts=deck_data["charts"],
        awardees=deck_data["awardees"],
        simulated=True,
        made_at=dt.datetime(2026, 8, 10, 1, 30, tzinfo=dt.UTC),
    )
    payload = exports_pdf.build(brief)
    assert payload.startswith(b"%PDF")
    text = _pdf_text(payload)
    flat = " ".join(text.split())
    for expected in (
        "Briefing Kinerja Kota Sabang 2025",
        "Untuk Kantor Wali Kota Sabang",
        deck_data["snap"].id,
        "Upacara 2025",
        "31 Desember 2025",
        "Semua OPD",
        "Semua sektor",
        "10 Agustus 2026 08.30 WIB",
        "DATA SIMULASI",
        "1. Ringkasan kartu skor kota 2025",
        "2. Sorotan sektor 2025",
        "3. Penerima penghargaan 2025",
        "dr. Darmawan",
        "86,50",
        "114,1%",
    ):
        assert expected in flat, expected
    scorecard = deck_data["scorecard"]
    graded = scorecard[scorecard["status"] != "tanpa_target"]
    on_target = int((graded["status"] == "tercapai").sum())
    assert f"Indikator tercapai: {on_target} / {len(graded)}" in flat
    # the scorecard rows as Ringkasan Kota formats them
    first = brief.scorecard_rows[1]
    assert first[1] in flat and first[5] in flat
    assert not re.search(r"\d{18}", flat), "no NIP in the briefing"
    assert len(PdfReader(io.BytesIO(payload)).pages) >= 3


def test_nomination_downloads_keep_nips_and_neutralise_formulas(
    deck_data: dict,
) -> None:
    people = views.with_decisions(deck_data["people"], awards.decisions(BKPSDM, 2025))
    view = views.nomination_view(people, "asn_terbaik", "id")
    df = view.df.copy()
    hostile = ['=HYPERLINK("http://x","klik")', "+62 811", "-1+1", "@SUM(A1)"]
    df.loc[df.index[: len(hostile)], "Nama"] = hostile
    book = openpyxl.load_workbook(io.BytesIO(blocks.to_xlsx(df)))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    nip_col, name_col = header.index("NIP") + 1, header.index("Nama") + 1
    nips = [sheet.cell(row=r, column=nip_col) for r in range(2, sheet.max_row + 1)]
    assert nips and all(NIP_18.match(str(c.value)) for c in nips)
    assert all(c.data_type == "s" and c.number_format == "@" for c in nips)
    assert list(df["NIP"]) == [c.value for c in nips]  # all 18 digits, unchanged
    names = [sheet.cell(row=r, column=name_col) for r in range(2, 2 + len(hostile))]
    assert [c.value for c in names] == ["'" + h for h in hostile]
    assert all(c.data_type == "s" for c in names)
    csv_text = to_csv_bytes(df, lang="id").decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and f";{df['NIP'].iloc[0]};" in csv_text


def test_awardee_download_has_no_codes(deck_data: dict) -> None:
    view = views.awardee_view(deck_data["awardees"], "id")
    assert list(view.df.columns) == [
        "Penghargaan",
        "Nama",
        "Jabatan / jenis",
        "Unit",
        "Kutipan",
    ]
    book = openpyxl.load_workbook(io.BytesIO(blocks.to_xlsx(view.df)))
    values = [str(c.value) for row in book.active.iter_rows() for c in row]
    assert not any(re.search(r"\d{18}", v) for v in values)
    assert "Tourist Information Center Sabang" in values
