"""Plotly builders of Kinerja Pegawai: DataFrame in, Figure out (no st.*).

Same rules as charts.py: labels arrive translated, colours come from config (the five
predikat colours from people_views), fonts read on a projector, and every value is
also printed or in the hover, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard import config
from dashboard.charts import _base_layout, short_labels

# Light to blue (colour-blind safe); black text stays readable on every cell.
SHARE_SCALE = ((0.0, "#F4F7FA"), (1.0, config.OKABE_ITO["sky_blue"]))


def build_share_figure(
    df: pd.DataFrame,
    *,
    colours: Mapping[str, str],
    text_colours: Mapping[str, str],
    title: str,
    x_title: str,
    separators: str = ",.",
) -> go.Figure:
    """Stacked 100% horizontal bars: one bar per `kategori` (first row on top), one
    segment per `predikat` in the order of `df`, labelled with its share."""
    categories = list(dict.fromkeys(df["kategori"]))
    short = short_labels(categories, config.MAX_LABEL_CHARS)
    fig = go.Figure()
    for predikat, rows in df.groupby("predikat", sort=False):
        fig.add_trace(
            go.Bar(
                x=rows["pct"],
                y=[short[str(c)] for c in rows["kategori"]],
                orientation="h",
                name=str(rows["label"].iloc[0]),
                marker={
                    "color": colours.get(predikat, config.OKABE_ITO["grey"]),
                    "line": {"color": "#FFFFFF", "width": 1},
                },
                text=rows["teks"],
                textposition="inside",
                insidetextanchor="middle",
                textfont={
                    "size": config.FONT_SIZE,
                    "color": text_colours.get(predikat, "#000000"),
                },
                customdata=rows[["hover", "kategori"]].to_numpy(),
                hovertemplate="%{customdata[1]}<br>"
                + str(rows["label"].iloc[0])
                + ": %{customdata[0]}<extra></extra>",
            )
        )
    _base_layout(fig, title, separators, height=max(300, 150 + 42 * len(categories)))
    fig.update_layout(
        barmode="stack",
        bargap=0.25,
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "x": 0,
            "traceorder": "normal",
            "font": {"size": config.FONT_SIZE},
        },
        margin={"l": 10, "r": 20, "t": 100, "b": 10},
    )
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        range=[0, 100],
        ticksuffix="%",
    )
    shown = [short[str(c)] for c in categories]
    fig.update_yaxes(
        type="category",
        automargin=True,
        showgrid=False,
        categoryorder="array",
        categoryarray=shown[::-1],
    )
    return fig


def build_nine_box_figure(
    *,
    z: Sequence[Sequence[float]],
    text: Sequence[Sequence[str]],
    x: Sequence[str],
    y: Sequence[str],
    title: str,
    x_title: str,
    y_title: str,
    colorbar_title: str,
    separators: str = ",.",
) -> go.Figure:
    """The 3x3 talent grid: rows = potential (first row on top), columns =
    performance; each cell prints its box number, name and head count, shaded by its
    share of the people placed."""
    fig = go.Figure(
        go.Heatmap(
            z=list(z)[::-1],
            x=list(x),
            y=list(y)[::-1],
            text=[list(r) for r in list(text)[::-1]],
            texttemplate="%{text}",
            textfont={"size": config.FONT_SIZE, "color": "#000000"},
            colorscale=[list(stop) for stop in SHARE_SCALE],
            zmin=0,
            colorbar={"title": {"text": colorbar_title}, "ticksuffix": "%"},
            hovertemplate="%{y} · %{x}<br>%{text}<extra></extra>",
            xgap=4,
            ygap=4,
        )
    )
    _base_layout(fig, title, separators, height=520)
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        showgrid=False,
        side="bottom",
    )
    fig.update_yaxes(
        title={"text": y_title, "font": {"size": config.FONT_SIZE}},
        showgrid=False,
        automargin=True,
    )
    return fig


def build_rating_history_figure(
    df: pd.DataFrame,
    *,
    colours: Mapping[str, str],
    levels: Sequence[str],
    title: str,
    periodic_label: str,
    annual_label: str,
    separators: str = ",.",
) -> go.Figure:
    """Predikat over time on a 1..5 axis named by predikat: periodic evaluations as
    a line with markers in the predikat's colour, annual ones as large diamonds."""
    order = list(dict.fromkeys(df["x"]))
    fig = go.Figure()
    periodic = df[~df["tahunan"]]
    annual = df[df["tahunan"]]
    if not periodic.empty:
        fig.add_trace(
            go.Scatter(
                x=periodic["x"],
                y=periodic["y"],
                mode="lines+markers",
                name=periodic_label,
                line={"color": config.OKABE_ITO["grey"], "width": 2},
                marker={
                    "size": 11,
                    "color": [colours.get(p, "#8C8C8C") for p in periodic["predikat"]],
                    "line": {"color": "#333333", "width": 1},
                },
                customdata=periodic["label"],
                hovertemplate="%{x}: %{customdata}<extra></extra>",
            )
        )
    if not annual.empty:
        fig.add_trace(
            go.Scatter(
                x=annual["x"],
                y=annual["y"],
                mode="markers+text",
                name=annual_label,
                marker={
                    "size": 20,
                    "symbol": "diamond",
                    "color": [colours.get(p, "#8C8C8C") for p in annual["predikat"]],
                    "line": {"color": "#000000", "width": 2},
                },
                text=annual["label"],
                textposition="top center",
                textfont={"size": config.FONT_SIZE},
                hovertemplate="%{x}: %{text}<extra></extra>",
            )
        )
    _base_layout(fig, title, separators, height=420)
    fig.update_layout(
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        margin={"l": 10, "r": 20, "t": 100, "b": 10},
    )
    fig.update_xaxes(
        type="category", categoryorder="array", categoryarray=order, tickangle=-45
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(1, len(levels) + 1)),
        ticktext=list(levels),
        range=[0.5, len(levels) + 0.9],
        automargin=True,
    )
    return fig


def build_jp_figure(
    df: pd.DataFrame,
    *,
    line: float | None,
    line_label: str,
    title: str,
    y_title: str,
    separators: str = ",.",
) -> go.Figure:
    """JP per year as labelled bars, with the 20 JP right or 24 JP cap as a line."""
    fig = go.Figure(
        go.Bar(
            x=df["tahun"],
            y=df["jp"],
            text=df["teks"],
            textposition="outside",
            textfont={"size": config.FONT_SIZE},
            marker={"color": config.OKABE_ITO["blue"]},
            hovertemplate="%{x}: %{y} JP<extra></extra>",
        )
    )
    if line is not None:
        fig.add_hline(
            y=line,
            line={"color": config.TARGET_LINE_COLOUR, "width": 2, "dash": "dash"},
            annotation_text=line_label,
            annotation_position="top left",
            annotation_font={"size": config.FONT_SIZE},
        )
    top = max([float(line or 0) * 1.3, *(float(v) * 1.2 for v in df["jp"])], default=1)
    _base_layout(fig, title, separators, height=360)
    fig.update_xaxes(type="category", showgrid=False)
    fig.update_yaxes(
        title={"text": y_title, "font": {"size": config.FONT_SIZE}},
        range=[0, max(top, 1)],
    )
    fig.update_layout(showlegend=False)
    return fig
