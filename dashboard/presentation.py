"""Presentation mode: full-screen slides for the ceremony stage, inside Streamlit.

One chart or one awardee card per slide (awards_views.build_slides), large type, Kota
Sabang branding drawn with text and colour only (no image fetched from anywhere), a
light and a dark theme, moved by keyboard (← → Home, Esc to leave; Streamlit's button
shortcuts) or on a timer (an `st.fragment(run_every=...)` that advances one slide per
interval). The state is in the URL, so a link reopens the same slide:
`?tayang=1&slide=3&tema=gelap&timer=20` (plus the page's `snapshot=` and `tahun=`).

Every text that comes from data (names, units, citations) is escaped with
html.escape before it enters HTML; the CSS is static. In presentation mode the
sidebar, the header and the shell's banners are hidden by CSS (set_page_config can
be called only once, by the shell).
"""

from __future__ import annotations

import html
import time
from dataclasses import dataclass

import plotly.graph_objects as go
import streamlit as st

from dashboard import config
from dashboard import formatting as fmt
from dashboard.awards_views import Card, ChartData, Slide
from dashboard.i18n import t

SHOW_PARAM, SLIDE_PARAM, THEME_PARAM, TIMER_PARAM = "tayang", "slide", "tema", "timer"
TIMER_CHOICES = (0, 10, 20, 30, 60)  # seconds per slide; 0 = by keyboard only
_SHOWN_AT = "penghargaan_slide_shown_at"
_INDEX = "penghargaan_slide_index"


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    accent: str  # the city's sea blue
    gold: str  # highlights and the award line
    panel: str
    bar: str  # bars that are not highlighted


THEMES = {
    "terang": Theme(
        "terang",
        background="#FFFFFF",
        text="#0E2233",
        muted="#4A5C6A",
        accent="#0072B2",
        gold="#B07800",
        panel="#EEF4F8",
        bar="#8FB8D6",
    ),
    "gelap": Theme(
        "gelap",
        background="#0B1B2B",
        text="#F4F7FA",
        muted="#B8C6D2",
        accent="#56B4E9",
        gold="#F0C24B",
        panel="#13283D",
        bar="#4F7CA0",
    ),
}


def theme_of(name: str | None) -> Theme:
    return THEMES.get(str(name or ""), THEMES["terang"])


# --- charts ---------------------------------------------------------------------------


def figure(
    chart: ChartData, theme: Theme, lang: str, *, height: int = 640
) -> go.Figure:
    """Horizontal bars, first rank on top, values printed; highlighted bars (the
    awardees) in gold AND marked with ★ in their label, so colour is never the only
    cue. The numbers are ChartData's, the same as the deck and the PDF."""
    names = chart.categories[::-1]
    values = chart.values[::-1]
    marks = chart.highlight[::-1]
    labels = [
        f"★ {label}" if mark else label
        for label, mark in zip(chart.labels[::-1], marks, strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=values,
            y=[
                f"<b>{html.escape(n)}</b>" if m else html.escape(n)
                for n, m in zip(names, marks, strict=True)
            ],
            orientation="h",
            marker={
                "color": [theme.gold if m else theme.bar for m in marks],
                "line": {"color": theme.text, "width": 1},
            },
            text=labels,
            textposition="outside",
            cliponaxis=False,
            textfont={"size": 24, "color": theme.text},
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    if chart.reference is not None:
        fig.add_vline(
            x=chart.reference,
            line={"color": theme.muted, "width": 2, "dash": "dash"},
            annotation_text=chart.reference_label,
            annotation_position="top",
            annotation_font={"size": 18, "color": theme.muted},
        )
    top = max([*values, chart.reference or 0.0]) or 1.0
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 40, "t": 30, "b": 60},
        paper_bgcolor=theme.background,
        plot_bgcolor=theme.background,
        font={"family": config.FONT_FAMILY, "size": 22, "color": theme.text},
        separators=fmt.PLOTLY_SEPARATORS.get(lang, ",."),
        showlegend=False,
        bargap=0.25,
    )
    fig.update_xaxes(
        title={"text": chart.axis_title, "font": {"size": 20}},
        range=[0, top * 1.22],
        ticksuffix=chart.suffix,
        gridcolor=theme.panel,
        zeroline=False,
        tickfont={"size": 18},
    )
    fig.update_yaxes(automargin=True, tickfont={"size": 22})
    return fig


def chart_config(chart: ChartData) -> dict:
    """Plotly's toolbar keeps 'download as PNG' (twice the size, a clear file name)."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": chart.key, "scale": 2},
    }


# --- HTML pieces (every data text escaped) --------------------------------------------


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def css(theme: Theme) -> str:
    """Full-screen stage: no sidebar, header or shell banners; the theme's colours."""
    return f"""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"],
[data-testid="stDecoration"], .stAlert, [data-testid="stCaptionContainer"],
[data-testid="stElementContainer"]:has(.stAlert),
[data-testid="stElementContainer"]:has([data-testid="stCaptionContainer"]),
[data-testid="stElementContainer"]:has(h2) {{
  display: none !important;
}}
.stButton button, [data-baseweb="select"] > div {{
  background: {theme.panel} !important; color: {theme.text} !important;
  border-color: {theme.muted} !important;
}}
.stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"] {{
  background: {theme.background} !important; color: {theme.text} !important;
}}
[data-testid="stMainBlockContainer"] {{
  max-width: 100% !important; padding: 0.8rem 2.5rem 0.3rem 2.5rem !important;
}}
h2 {{ display: none !important; }}
.ks-brand {{ display: flex; justify-content: space-between; align-items: center;
  border-bottom: 6px solid {theme.accent}; padding-bottom: 0.5rem;
  color: {theme.text}; font-size: 1.35rem; letter-spacing: 0.12em; }}
.ks-brand b {{ color: {theme.accent}; }}
.ks-brand .ks-gold {{ color: {theme.gold}; letter-spacing: 0; }}
.ks-stage {{ min-height: 60vh; display: flex; flex-direction: column;
  justify-content: center; align-items: center; text-align: center;
  color: {theme.text}; padding: 1rem 3rem; }}
.ks-title {{ font-size: clamp(2.4rem, 4.6vw, 5.2rem); font-weight: 800;
  line-height: 1.1; margin: 0.3em 0; color: {theme.text}; }}
.ks-sub {{ font-size: clamp(1.4rem, 2.2vw, 2.6rem); color: {theme.accent};
  font-weight: 700; }}
.ks-line {{ font-size: clamp(1.1rem, 1.5vw, 1.8rem); color: {theme.muted};
  margin-top: 0.4em; }}
.ks-star {{ font-size: clamp(3rem, 6vw, 6.5rem); color: {theme.gold};
  line-height: 1; }}
.ks-award {{ font-size: clamp(1.5rem, 2.4vw, 2.8rem); color: {theme.gold};
  font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }}
.ks-name {{ font-size: clamp(2.8rem, 5.4vw, 6.2rem); font-weight: 800;
  line-height: 1.08; margin: 0.25em 0 0.15em 0; }}
.ks-role {{ font-size: clamp(1.4rem, 2.3vw, 2.7rem); color: {theme.text}; }}
.ks-unit {{ font-size: clamp(1.2rem, 1.9vw, 2.2rem); color: {theme.muted}; }}
.ks-quote {{ font-size: clamp(1.3rem, 2vw, 2.4rem); margin-top: 0.9em;
  padding: 0.6em 1.2em; background: {theme.panel}; border-left: 8px solid
  {theme.gold}; border-radius: 6px; max-width: 80%; }}
.ks-chart-title {{ font-size: clamp(1.8rem, 2.8vw, 3.2rem); font-weight: 800;
  color: {theme.text}; margin-top: 0.6rem; }}
.ks-chart-sub {{ font-size: clamp(1.1rem, 1.5vw, 1.7rem); color: {theme.muted}; }}
.ks-keys {{ color: {theme.muted}; font-size: 0.9rem; }}
.ks-foot {{ display: flex; justify-content: space-between; color: {theme.muted};
  font-size: 1.05rem; border-top: 2px solid {theme.panel}; padding-top: 0.4rem; }}
</style>"""


def brand_html(theme: Theme, lang: str) -> str:
    return (
        '<div class="ks-brand"><span><b>◆ '
        + _e(t("penghargaan.slide.kota", lang).upper())
        + '</b></span><span class="ks-gold">'
        + _e(t("app.title", lang))
        + "</span></div>"
    )


def footer_html(slide_no: int, total: int, line: str) -> str:
    return (
        f'<div class="ks-foot"><span>{_e(line)}</span>'
        f"<span>{slide_no} / {total}</span></div>"
    )


def card_html(card: Card) -> str:
    parts = [
        '<div class="ks-stage">',
        '<div class="ks-star">★</div>',
        f'<div class="ks-award">{_e(card.award)}</div>',
        f'<div class="ks-name">{_e(card.name)}</div>',
    ]
    if card.role:
        parts.append(f'<div class="ks-role">{_e(card.role)}</div>')
    if card.unit:
        parts.append(f'<div class="ks-unit">{_e(card.unit)}</div>')
    if card.citation:
        parts.append(f'<div class="ks-quote">“{_e(card.citation)}”</div>')
    parts.append("</div>")
    return "".join(parts)


def text_html(slide: Slide) -> str:
    star = '<div class="ks-star">★</div>' if slide.kind != "empty" else ""
    lines = "".join(f'<div class="ks-line">{_e(line)}</div>' for line in slide.lines)
    return (
        f'<div class="ks-stage">{star}<div class="ks-title">{_e(slide.title)}</div>'
        f'<div class="ks-sub">{_e(slide.subtitle)}</div>{lines}</div>'
    )


def chart_head_html(slide: Slide) -> str:
    return (
        f'<div class="ks-chart-title">{_e(slide.title)}</div>'
        f'<div class="ks-chart-sub">{_e(slide.subtitle)}</div>'
    )


# --- state ----------------------------------------------------------------------------


def is_on() -> bool:
    return st.query_params.get(SHOW_PARAM) == "1"


def start(first: int = 1) -> None:
    """Enter presentation mode at slide `first` (button callback)."""
    st.query_params[SHOW_PARAM] = "1"
    st.query_params[SLIDE_PARAM] = str(first)
    st.session_state.pop(_INDEX, None)


def stop() -> None:
    for name in (SHOW_PARAM, SLIDE_PARAM):
        st.query_params.pop(name, None)
    st.session_state.pop(_INDEX, None)


def _timer() -> int:
    value = str(st.query_params.get(TIMER_PARAM, "0"))
    return int(value) if value.isdigit() and int(value) in TIMER_CHOICES else 0


def _index(total: int) -> int:
    """The current slide (0-based): the session's, else the URL's ?slide=N."""
    if _INDEX not in st.session_state:
        wanted = str(st.query_params.get(SLIDE_PARAM, "1"))
        st.session_state[_INDEX] = int(wanted) - 1 if wanted.isdigit() else 0
    index = min(max(int(st.session_state[_INDEX]), 0), max(total - 1, 0))
    st.session_state[_INDEX] = index
    return index


def _go(index: int, total: int) -> None:
    st.session_state[_INDEX] = min(max(index, 0), max(total - 1, 0))
    st.session_state[_SHOWN_AT] = time.monotonic()


def _set_timer() -> None:
    seconds = st.session_state.get("penghargaan_tayang_timer", 0)
    if seconds:
        st.query_params[TIMER_PARAM] = str(seconds)
    else:
        st.query_params.pop(TIMER_PARAM, None)
    st.session_state[_SHOWN_AT] = time.monotonic()


# --- the stage ------------------------------------------------------------------------


def show(slides: list[Slide], lang: str, footer_line: str) -> None:
    """Draw the presentation (the caller stops the page afterwards)."""
    theme = theme_of(st.query_params.get(THEME_PARAM))
    st.html(css(theme))
    seconds = _timer()
    _stage(slides, lang, footer_line, theme, seconds)


def _stage(
    slides: list[Slide], lang: str, footer_line: str, theme: Theme, seconds: int
) -> None:
    @st.fragment(run_every=seconds or None)
    def stage() -> None:
        total = len(slides)
        index = _index(total)
        now = time.monotonic()
        shown_at = st.session_state.setdefault(_SHOWN_AT, now)
        if seconds and now - shown_at >= seconds - 0.5:
            index = (index + 1) % total  # the timer wraps to the title slide
            _go(index, total)
        st.query_params[SLIDE_PARAM] = str(index + 1)
        slide = slides[index]
        st.html(brand_html(theme, lang))
        if slide.kind == "chart" and slide.chart is not None:
            st.html(chart_head_html(slide))
            st.plotly_chart(
                figure(slide.chart, theme, lang, height=_chart_height(slide.chart)),
                config=chart_config(slide.chart),
                theme=None,  # our colours and fonts, not Streamlit's chart theme
                key=f"penghargaan_slide_chart_{index}",
            )
        elif slide.kind == "card" and slide.card is not None:
            st.html(card_html(slide.card))
        else:
            st.html(text_html(slide))
        st.html(footer_html(index + 1, total, footer_line))
        _controls(index, total, theme)

    stage()


def _chart_height(chart: ChartData) -> int:
    """Tall enough for the bars, short enough for a 1080p stage with the title."""
    return max(320, min(600, 140 + 70 * len(chart.categories)))


def _controls(index: int, total: int, theme: Theme) -> None:
    """◀ ▶ (arrow keys), first slide (Home), theme, timer, leave (Esc)."""
    row = st.columns([1, 1, 1, 2, 2, 2, 3], vertical_alignment="center")
    row[0].button(
        "◀",
        key="penghargaan_tayang_prev",
        on_click=_go,
        args=(index - 1, total),
        shortcut="Left",
        help=t("penghargaan.tayang.prev"),
    )
    row[1].button(
        "▶",
        key="penghargaan_tayang_next",
        on_click=_go,
        args=(index + 1, total),
        shortcut="Right",
        help=t("penghargaan.tayang.next"),
    )
    row[2].button(
        "◀◀",
        key="penghargaan_tayang_first",
        on_click=_go,
        args=(0, total),
        shortcut="Home",
        help=t("penghargaan.tayang.first"),
    )
    other = "gelap" if theme.name == "terang" else "terang"
    # Theme, timer and leaving change the whole page (CSS, the fragment's interval):
    # they rerun the app, not only this fragment.
    if row[3].button(
        t(f"penghargaan.tayang.tema_{other}"), key="penghargaan_tayang_tema"
    ):
        st.query_params[THEME_PARAM] = other
        st.rerun(scope="app")
    current = _timer()
    chosen = row[4].selectbox(
        t("penghargaan.tayang.timer"),
        TIMER_CHOICES,
        index=TIMER_CHOICES.index(current),
        format_func=lambda s: (
            t("penghargaan.tayang.timer_off")
            if not s
            else t("penghargaan.tayang.timer_s", n=s)
        ),
        key="penghargaan_tayang_timer",
        on_change=_set_timer,
        label_visibility="collapsed",
    )
    if chosen != current:
        st.rerun(scope="app")
    if row[5].button(
        t("penghargaan.tayang.keluar"), key="penghargaan_tayang_keluar", shortcut="Esc"
    ):
        stop()
        st.rerun(scope="app")
    row[6].html(f'<div class="ks-keys">{_e(t("penghargaan.tayang.keys"))}</div>')
