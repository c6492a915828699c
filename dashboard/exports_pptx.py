"""The ceremony deck as PPTX (python-pptx), from the same slides as presentation mode.

16:9 slides on a plain background (light or dark theme), Kota Sabang branding as text
and a coloured band (no image from anywhere), each slide's title in its title
placeholder (so the outline view and screen readers see it):
- title slide: the event, its date, the data date and the snapshot id;
- chart slides: native, editable bar charts (XL_CHART_TYPE.BAR_CLUSTERED) holding the
  exact rounded numbers the page shows, the awardees' bars in gold with ★ in their
  data label (not colour alone), number format with the same decimals;
- one card slide per confirmed awardee: award, name, jabatan, unit, citation;
- a closing slide.
Every slide's footer repeats the data date, the snapshot id and the slide number.
"""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from dashboard.awards_views import Card, ChartData, DeckInfo, Slide
from dashboard.i18n import t
from dashboard.presentation import Theme, theme_of

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
_TITLE_ONLY = 5  # layout of the default template with a title placeholder only
FONT = "Calibri"
PER_CHAR_EM = 0.68  # width of one bold character, in em, for fitting text


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _text(
    slide,
    text: str,
    *,
    left: int,
    top: int,
    width: int,
    height: int,
    size: int,
    colour: str,
    bold: bool = False,
    align: PP_ALIGN = PP_ALIGN.CENTER,
) -> None:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size, run.font.bold, run.font.name = Pt(size), bold, FONT
    run.font.color.rgb = _rgb(colour)


def fitted_size(text: str, width_in: float, largest: int, smallest: int) -> int:
    """The largest font size (pt) at which `text` fits on one line of `width_in`
    inches (about 0.68 em per character: bold sans as LibreOffice and PowerPoint
    render it, with room to spare), never below `smallest`."""
    per_char = PER_CHAR_EM / 72  # inches per point of font size, per character
    fits = int(width_in / (max(len(text), 1) * per_char))
    return max(smallest, min(largest, fits))


def _rect(slide, left: int, top: int, width: int, height: int, colour: str) -> None:
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(colour)
    shape.line.fill.background()


def _frame(prs, theme: Theme, info: DeckInfo, number: int, total: int):
    """A slide with the background, the city band and the footer."""
    slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_ONLY])
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = _rgb(theme.background)
    lang = info.lang
    inner = WIDTH - 2 * MARGIN
    _text(
        slide,
        "◆ " + t("penghargaan.slide.kota", lang).upper(),
        left=MARGIN,
        top=Inches(0.2),
        width=inner // 2,
        height=Inches(0.45),
        size=16,
        colour=theme.accent,
        bold=True,
        align=PP_ALIGN.LEFT,
    )
    _text(
        slide,
        t("app.title", lang),
        left=MARGIN + inner // 2,
        top=Inches(0.2),
        width=inner // 2,
        height=Inches(0.45),
        size=16,
        colour=theme.gold,
        align=PP_ALIGN.RIGHT,
    )
    _rect(slide, MARGIN, Inches(0.7), inner, Inches(0.07), theme.accent)
    footer = f"{info.data_line()} · {info.snapshot_line()}"
    _text(
        slide,
        footer,
        left=MARGIN,
        top=HEIGHT - Inches(0.5),
        width=inner - Inches(1.2),
        height=Inches(0.35),
        size=11,
        colour=theme.muted,
        align=PP_ALIGN.LEFT,
    )
    _text(
        slide,
        f"{number} / {total}",
        left=WIDTH - MARGIN - Inches(1.2),
        top=HEIGHT - Inches(0.5),
        width=Inches(1.2),
        height=Inches(0.35),
        size=11,
        colour=theme.muted,
        align=PP_ALIGN.RIGHT,
    )
    return slide


def _title(slide, text: str, theme: Theme, *, top: int, height: int, size: int):
    """The slide's title in its placeholder, placed and styled for the theme."""
    shape = slide.shapes.title
    shape.left, shape.top = MARGIN, top
    shape.width, shape.height = WIDTH - 2 * MARGIN, height
    frame = shape.text_frame
    frame.text = text
    frame.word_wrap = True
    for paragraph in frame.paragraphs:
        paragraph.alignment = PP_ALIGN.CENTER
        for run in paragraph.runs:
            run.font.size, run.font.bold, run.font.name = Pt(size), True, FONT
            run.font.color.rgb = _rgb(theme.text)


def _text_slide(prs, slide: Slide, theme: Theme, info: DeckInfo, n: int, total: int):
    page = _frame(prs, theme, info, n, total)
    if slide.kind != "empty":
        _text(
            page,
            "★",
            left=MARGIN,
            top=Inches(1.0),
            width=WIDTH - 2 * MARGIN,
            height=Inches(0.9),
            size=54,
            colour=theme.gold,
        )
    _title(page, slide.title, theme, top=Inches(1.9), height=Inches(1.8), size=44)
    _text(
        page,
        slide.subtitle,
        left=MARGIN,
        top=Inches(3.8),
        width=WIDTH - 2 * MARGIN,
        height=Inches(0.7),
        size=28,
        colour=theme.accent,
        bold=True,
    )
    for i, line in enumerate(slide.lines):
        _text(
            page,
            line,
            left=MARGIN,
            top=Inches(4.6) + i * Inches(0.5),
            width=WIDTH - 2 * MARGIN,
            height=Inches(0.45),
            size=20,
            colour=theme.muted,
        )


def _card_slide(prs, card: Card, theme: Theme, info: DeckInfo, n: int, total: int):
    page = _frame(prs, theme, info, n, total)
    inner = WIDTH - 2 * MARGIN
    _text(
        page,
        "★",
        left=MARGIN,
        top=Inches(0.85),
        width=inner,
        height=Inches(0.8),
        size=48,
        colour=theme.gold,
    )
    _title(page, card.award, theme, top=Inches(1.6), height=Inches(0.9), size=26)
    for run in page.shapes.title.text_frame.paragraphs[0].runs:
        run.font.color.rgb = _rgb(theme.gold)
    size = fitted_size(card.name, 12.0, 50, 32)
    lines_needed = 1 if len(card.name) * PER_CHAR_EM * size / 72 <= 12.0 else 2
    name_height = Inches(0.2 + 1.25 * lines_needed * size / 72)
    _text(
        page,
        card.name,
        left=MARGIN,
        top=Inches(2.5),
        width=inner,
        height=name_height,
        size=size,
        colour=theme.text,
        bold=True,
    )
    lines = [(card.role, 26, theme.text), (card.unit, 22, theme.muted)]
    top = Inches(2.5) + name_height + Inches(0.05)
    for text, size, colour in lines:
        if text:
            _text(
                page,
                text,
                left=MARGIN,
                top=top,
                width=inner,
                height=Inches(0.55),
                size=size,
                colour=colour,
            )
            top += Inches(0.55)
    if card.citation:
        left, width = MARGIN + Inches(1.2), inner - Inches(2.4)
        box = max(top + Inches(0.1), Inches(5.05))
        _rect(page, left, box, width, Inches(1.3), theme.panel)
        _rect(page, left, box, Inches(0.12), Inches(1.3), theme.gold)
        _text(
            page,
            f"“{card.citation}”",
            left=left + Inches(0.3),
            top=box + Inches(0.05),
            width=width - Inches(0.5),
            height=Inches(1.2),
            size=22,
            colour=theme.text,
        )


def _chart_slide(
    prs,
    slide: Slide,
    chart: ChartData,
    theme: Theme,
    info: DeckInfo,
    n: int,
    total: int,
):
    page = _frame(prs, theme, info, n, total)
    size = fitted_size(slide.title, 12.0, 30, 22)
    _title(page, slide.title, theme, top=Inches(0.85), height=Inches(0.8), size=size)
    _text(
        page,
        slide.subtitle,
        left=MARGIN,
        top=Inches(1.6),
        width=WIDTH - 2 * MARGIN,
        height=Inches(0.45),
        size=18,
        colour=theme.muted,
    )
    data = CategoryChartData(number_format=_number_format(chart))
    data.categories = chart.categories
    data.add_series(chart.axis_title, chart.values)
    frame = page.shapes.add_chart(
        XL_CHART_TYPE.BAR_CLUSTERED,
        MARGIN,
        Inches(2.1),
        WIDTH - 2 * MARGIN,
        HEIGHT - Inches(2.75),
        data,
    )
    _style_chart(frame.chart, chart, theme)


def _number_format(chart: ChartData) -> str:
    digits = "0" if chart.decimals == 0 else "0." + "0" * chart.decimals
    return digits + ('"%"' if chart.suffix == "%" else "")


def _style_chart(native, chart: ChartData, theme: Theme) -> None:
    native.has_legend = False
    native.font.size, native.font.name = Pt(16), FONT
    native.font.color.rgb = _rgb(theme.text)
    categories = native.category_axis
    categories.reverse_order = True  # the first rank on top, as on screen
    categories.tick_labels.font.size = Pt(16)
    categories.format.line.color.rgb = _rgb(theme.muted)
    values = native.value_axis
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = _rgb(theme.panel)
    values.minimum_scale = 0
    values.maximum_scale = max([*chart.values, chart.reference or 0.0]) * 1.2 or 1.0
    values.tick_labels.font.size = Pt(14)
    values.tick_labels.number_format = _number_format(chart)
    values.tick_labels.number_format_is_linked = False
    plot = native.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = _number_format(chart)
    labels.number_format_is_linked = False
    labels.position = XL_LABEL_POSITION.OUTSIDE_END
    labels.font.size, labels.font.bold = Pt(16), True
    series = plot.series[0]
    # A point with its own label gives the series its own label list: the other
    # points need the series-level setting too, or they lose their values.
    own = series.data_labels
    own.show_value = True
    own.number_format = _number_format(chart)
    own.number_format_is_linked = False
    own.position = XL_LABEL_POSITION.OUTSIDE_END
    own.font.size, own.font.bold = Pt(16), True
    for index, highlighted in enumerate(chart.highlight):
        point = series.points[index]
        point.format.fill.solid()
        point.format.fill.fore_color.rgb = _rgb(
            theme.gold if highlighted else theme.bar
        )
        point.format.line.color.rgb = _rgb(theme.text)
        if highlighted:  # ★ and the value as shown on screen
            frame = point.data_label.text_frame
            frame.text = f"★ {chart.labels[index]}"
            for run in frame.paragraphs[0].runs:
                run.font.size, run.font.bold = Pt(16), True
                run.font.color.rgb = _rgb(theme.text)
            point.data_label.position = XL_LABEL_POSITION.OUTSIDE_END


def build(slides: list[Slide], info: DeckInfo, theme_name: str = "terang") -> bytes:
    """The deck as PPTX bytes."""
    theme = theme_of(theme_name)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    prs.core_properties.title = info.event
    prs.core_properties.subject = info.snapshot_line()
    prs.core_properties.author = info.created_by
    total = len(slides)
    for number, slide in enumerate(slides, start=1):
        if slide.kind == "chart" and slide.chart is not None:
            _chart_slide(prs, slide, slide.chart, theme, info, number, total)
        elif slide.kind == "card" and slide.card is not None:
            _card_slide(prs, slide.card, theme, info, number, total)
        else:
            _text_slide(prs, slide, theme, info, number, total)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()
