"""The briefing for the mayor's office as PDF (fpdf2), A4 portrait.

- Cover: the title, the filters (year, OPD, sector), the data date, the snapshot id
  and label (or "live data"), who made it and when, and a warning on simulated data.
- 1 City scorecard summary: how many indicators are on target, then the Ringkasan
  Kota scorecard itself (the rows and formatted cells of tables.scorecard_view).
- 2 Sector highlights: the mean attainment per sector and each award rule's chart,
  drawn as vector bars from the same ChartData as the slides and the deck (the
  awardees' bars in gold and marked ★), with one line per sector.
- 3 Awardees: the confirmed awardees as announced.
Every page's footer repeats the data date, the snapshot id and the page number.

Fonts: DejaVu Sans (Debian's fonts-dejavu-core, present wherever fontconfig is) for
the status symbols and Indonesian text; without it, the PDF core font Helvetica with
the symbols spelled in ASCII.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from fpdf import FPDF
from fpdf.enums import TableCellFillMode
from fpdf.fonts import FontFace

from dashboard import formatting as fmt
from dashboard import tables
from dashboard.awards_views import (
    ChartData,
    DeckInfo,
    awardee_view,
    formatted_rows,
    local_time,
)
from dashboard.i18n import t

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
)
BLUE = (0, 114, 178)
GOLD = (176, 120, 0)
GOLD_FILL = (240, 194, 75)
BAR = (143, 184, 214)
INK = (14, 34, 51)
MUTED = (74, 92, 106)
PANEL = (238, 244, 248)
_ASCII = {
    "●": "*",
    "▲": "^",
    "✖": "x",
    "○": "o",
    "◐": "~",
    "★": "*",
    "◆": "*",
    "–": "-",
    "—": "-",
    "“": '"',
    "”": '"',
    "…": "...",
    "≥": ">=",
    "≤": "<=",
    "→": "->",
    "↑": "^",
    "↓": "v",
}


@dataclass
class Briefing:
    """Everything the briefing prints, already translated and formatted."""

    info: DeckInfo
    made_at: dt.datetime
    simulated: bool
    status_counts: list[tuple[str, str]]
    scorecard_header: list[str]
    scorecard_rows: list[list[str]]
    sector_lines: list[str]
    charts: list[ChartData]
    awardee_header: list[str]
    awardee_rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


class _Pdf(FPDF):
    def __init__(self, footer_text: str, unicode_font: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.unicode_font = unicode_font
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(16, 16, 16)

    def clean(self, text: object) -> str:
        value = "" if text is None else str(text)
        if self.unicode_font:
            return value
        for char, plain in _ASCII.items():
            value = value.replace(char, plain)
        return value.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.font_family, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, self.clean(self.footer_text), align="L")
        self.set_x(-40)
        self.cell(24, 5, f"{self.page_no()} / {{nb}}", align="R")


def _fonts(pdf: _Pdf) -> str:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            return "DejaVu"
    pdf.unicode_font = False
    return "helvetica"


def _heading(pdf: _Pdf, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(pdf.font_family, "B", 14)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, 8, pdf.clean(text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*BLUE)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    pdf.set_text_color(*INK)


def _paragraph(
    pdf: _Pdf,
    text: str,
    size: float = 10,
    bold: bool = False,
    colour: tuple[int, int, int] = INK,
) -> None:
    pdf.set_font(pdf.font_family, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, 5.2, pdf.clean(text), new_x="LMARGIN", new_y="NEXT", align="L")


def _table(
    pdf: _Pdf,
    header: list[str],
    rows: list[list[str]],
    widths: tuple[int, ...],
    size: float = 8.5,
) -> None:
    pdf.set_font(pdf.font_family, "", size)
    pdf.set_draw_color(200, 210, 218)
    pdf.set_fill_color(*PANEL)  # the banded rows (fpdf2 fills with the current colour)
    pdf.set_text_color(*INK)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=size * 0.54,
        headings_style=FontFace(
            emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE
        ),
        cell_fill_color=PANEL,
        cell_fill_mode=TableCellFillMode.ROWS,
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        for text in header:
            head.cell(pdf.clean(text))
        for values in rows:
            row = table.row()
            for text in values:
                row.cell(pdf.clean(text))
    pdf.ln(2)


def _cover(pdf: _Pdf, brief: Briefing) -> None:
    info, lang = brief.info, brief.info.lang
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_fill_color(*GOLD_FILL)
    pdf.rect(0, 38, pdf.w, 2.5, style="F")
    pdf.set_xy(16, 11)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.font_family, "B", 12)
    pdf.cell(0, 6, pdf.clean(t("penghargaan.slide.kota", lang).upper()))
    pdf.set_xy(16, 19)
    pdf.set_font(pdf.font_family, "B", 20)
    pdf.cell(0, 10, pdf.clean(t("penghargaan.pdf.judul", lang, tahun=info.tahun)))
    pdf.set_xy(16, 52)
    _paragraph(pdf, t("penghargaan.pdf.untuk", lang), size=12, bold=True)
    pdf.ln(4)
    rows = [
        *[[label, value] for label, value in info.filters],
        [
            t("penghargaan.pdf.data_per", lang),
            fmt.fmt_date(info.data_sampai, lang=lang),
        ],
        [t("penghargaan.pdf.snapshot", lang), info.snapshot_line()],
        [
            t("penghargaan.pdf.dibuat", lang),
            t(
                "penghargaan.pdf.dibuat_oleh",
                lang,
                waktu=_when(brief.made_at, lang),
                oleh=info.created_by,
            ),
        ],
    ]
    _table(pdf, [t("penghargaan.pdf.kunci", lang), ""], rows, (45, 133), size=11)
    if brief.simulated:
        _paragraph(
            pdf, t("penghargaan.pdf.simulasi", lang), size=11, bold=True, colour=GOLD
        )
    pdf.ln(4)
    _paragraph(pdf, t("penghargaan.pdf.isi", lang), size=10)
    for note in brief.notes:
        _paragraph(pdf, note, size=9)


def _when(moment: dt.datetime, lang: str) -> str:
    return fmt.fmt_datetime(local_time(moment), lang=lang) + " WIB"


def _bar_chart(pdf: _Pdf, chart: ChartData, lang: str) -> None:
    """Horizontal bars (first rank on top) with the values printed."""
    rows = len(chart.categories)
    needed = 14 + 7 * rows
    if pdf.get_y() + needed > pdf.h - 20:
        pdf.add_page()
    pdf.set_font(pdf.font_family, "B", 10.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(0, 5.5, pdf.clean(chart.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.font_family, "", 8.5)
    pdf.set_text_color(*MUTED)
    pdf.multi_cell(0, 4.5, pdf.clean(chart.subtitle), new_x="LMARGIN", new_y="NEXT")
    label_w, left = 62.0, pdf.l_margin
    area = pdf.w - pdf.r_margin - left - label_w - 24
    top = max([*chart.values, chart.reference or 0.0]) or 1.0
    scale = area / (top * 1.05)
    y0 = pdf.get_y() + 1.5
    for i, (name, value, label, mark) in enumerate(
        zip(chart.categories, chart.values, chart.labels, chart.highlight, strict=True)
    ):
        y = y0 + i * 7
        pdf.set_xy(left, y)
        pdf.set_font(pdf.font_family, "B" if mark else "", 8.5)
        pdf.set_text_color(*INK)
        text = pdf.clean(name)
        while pdf.get_string_width(text) > label_w - 2 and len(text) > 4:
            text = text[:-2].rstrip() + "…" if pdf.unicode_font else text[:-4] + "..."
        pdf.cell(label_w, 6, text, align="R")
        pdf.set_fill_color(*(GOLD_FILL if mark else BAR))
        pdf.set_draw_color(*INK)
        width = max(0.0, float(value)) * scale
        pdf.rect(left + label_w + 1, y + 0.8, width, 4.6, style="DF")
        pdf.set_xy(left + label_w + 2 + width, y)
        pdf.cell(22, 6, pdf.clean(f"★ {label}" if mark else label))
    if chart.reference is not None:
        x = left + label_w + 1 + chart.reference * scale
        pdf.set_draw_color(*MUTED)
        pdf.set_dash_pattern(dash=1.2, gap=1.0)
        pdf.line(x, y0, x, y0 + rows * 7)
        pdf.set_dash_pattern()
        pdf.set_xy(x - 30, y0 + rows * 7)
        pdf.set_font(pdf.font_family, "", 7.5)
        pdf.set_text_color(*MUTED)
        pdf.cell(60, 4, pdf.clean(chart.reference_label), align="C")
    pdf.set_xy(left, y0 + rows * 7 + 6)


def build(brief: Briefing) -> bytes:
    """The briefing as PDF bytes."""
    info, lang = brief.info, brief.info.lang
    footer = f"{t('app.title', lang)} · {info.data_line()} · {info.snapshot_line()}"
    pdf = _Pdf(footer, unicode_font=True)
    pdf.set_font(_fonts(pdf), "", 10)
    pdf.set_title(t("penghargaan.pdf.judul", lang, tahun=info.tahun))
    pdf.set_author(info.created_by)
    pdf.set_creator(t("app.title", lang))
    pdf.set_subject(info.snapshot_line())
    _cover(pdf, brief)

    pdf.add_page()
    _heading(pdf, t("penghargaan.pdf.bagian1", lang, tahun=info.tahun))
    _paragraph(pdf, "  ·  ".join(f"{k}: {v}" for k, v in brief.status_counts))
    pdf.ln(1)
    if brief.scorecard_rows:
        _table(
            pdf,
            brief.scorecard_header,
            brief.scorecard_rows,
            (28, 56, 19, 19, 20, 17, 23),
        )
    else:
        _paragraph(pdf, t("empty.no_data", lang))

    _heading(pdf, t("penghargaan.pdf.bagian2", lang, tahun=info.tahun))
    for line in brief.sector_lines:
        _paragraph(pdf, "• " + line if pdf.unicode_font else "- " + line)
    pdf.ln(2)
    for chart in brief.charts:
        _bar_chart(pdf, chart, lang)

    _heading(pdf, t("penghargaan.pdf.bagian3", lang, tahun=info.tahun))
    if brief.awardee_rows:
        _table(pdf, brief.awardee_header, brief.awardee_rows, (38, 34, 30, 30, 46))
    else:
        _paragraph(pdf, t("penghargaan.slide.belum_rinci", lang))
    return bytes(pdf.output())


SCORECARD_KEYS = (
    "sektor", "indikator", "periode", "realisasi", "target_periode", "capaian_pct",
    "status",
)  # fmt: skip


def from_frames(
    info: DeckInfo,
    *,
    scorecard: pd.DataFrame,
    sectors: pd.DataFrame,
    charts: list[ChartData],
    awardees: pd.DataFrame,
    simulated: bool,
    made_at: dt.datetime | None = None,
) -> Briefing:
    """The briefing's content from the page's data: the Ringkasan Kota scorecard
    exactly as that page formats it, the sector means, the slides' charts and the
    confirmed awardees."""
    lang = info.lang
    labels = tables.column_labels(lang, *SCORECARD_KEYS)
    rows: list[list[str]] = []
    counts: list[tuple[str, str]] = []
    if not scorecard.empty:
        view = tables.scorecard_view(scorecard, lang)
        rows = formatted_rows(view, [labels[k] for k in SCORECARD_KEYS])
        graded = scorecard[scorecard["status"] != "tanpa_target"]
        on_target = int((graded["status"] == "tercapai").sum())
        counts.append((t("kpi.indicators", lang), f"{on_target} / {len(graded)}"))
        for code in ("tercapai", "mendekati", "tidak_tercapai", "tanpa_target"):
            n = int((scorecard["status"] == code).sum())
            counts.append((tables.status_label(code, lang), str(n)))
    lines = [
        t(
            "penghargaan.pdf.sektor_baris",
            lang,
            sektor=tables.sector_label(r["sektor"], lang),
            capaian=fmt.fmt_pct(r["rata_capaian_pct"], 1, lang=lang),
            n_unit=fmt.fmt_int(r["n_unit"], lang=lang),
            n=fmt.fmt_int(r["n_tercapai"], lang=lang),
            m=fmt.fmt_int(r["n_bertarget"], lang=lang),
        )
        for r in sectors.to_dict("records")
    ]
    people = awardee_view(awardees, lang) if not awardees.empty else None
    return Briefing(
        info=info,
        made_at=made_at or dt.datetime.now(dt.UTC),
        simulated=simulated,
        status_counts=counts,
        scorecard_header=[labels[k] for k in SCORECARD_KEYS],
        scorecard_rows=rows,
        sector_lines=lines,
        charts=charts,
        awardee_header=list(people.df.columns) if people is not None else [],
        awardee_rows=formatted_rows(people) if people is not None else [],
    )
