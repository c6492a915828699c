"""Plotly builders of Kebutuhan Pelatihan: DataFrame in, Figure out (no st.*).

Same rules as dashboard/charts.py: translated labels arrive from the caller, fonts read
on a projector, colour-blind-safe colours, and every value is also printed as text, so
colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard import config
from dashboard.charts import _base_layout, short_labels

# Sequential single-hue scale (ColorBrewer Blues): light = few with a gap, dark = many;
# readable for every kind of colour blindness and in grey-scale prints.
GAP_SCALE = (
    (0.0, "#F7FBFF"),
    (0.25, "#C6DBEF"),
    (0.5, "#6BAED6"),
    (0.75, "#2171B5"),
    (1.0, "#08306B"),
)
BAR_COLOUR = config.OKABE_ITO["blue"]
# Klasikal solid blue, nonklasikal hatched orange: told apart without colour too.
JALUR_COLOURS = {
    "klasikal": config.OKABE_ITO["blue"],
    "nonklasikal": config.OKABE_ITO["orange"],
}
JALUR_PATTERNS = {"klasikal": "", "nonklasikal": "/"}


def build_gap_heatmap(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    text: str,
    hover: str,
    x_order: Sequence[str],
    y_order: Sequence[str],
    zmax: float,
    title: str,
    colorbar_title: str,
    separators: str = ",.",
) -> go.Figure:
    """Rows = competencies (most gaps on top), columns = OPDs (most gaps left), cell
    colour = share of assessed staff with a gap, cell text = number and share. Empty
    cells: nobody in the OPD was assessed on that competency."""
    grid = df.pivot_table(index=y, columns=x, values=z, aggfunc="first", dropna=False)
    labels = df.pivot_table(index=y, columns=x, values=text, aggfunc="first")
    hovers = df.pivot_table(index=y, columns=x, values=hover, aggfunc="first")
    rows, columns = list(y_order)[::-1], list(x_order)
    grid = grid.reindex(index=rows, columns=columns)
    labels = labels.reindex(index=rows, columns=columns).fillna("")
    hovers = hovers.reindex(index=rows, columns=columns).fillna("")
    x_short = short_labels(columns, 16)
    y_short = short_labels(rows, config.MAX_LABEL_CHARS)
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(dtype=float),
            x=[x_short[str(c)] for c in columns],
            y=[y_short[str(r)] for r in rows],
            zmin=0,
            zmax=zmax,
            colorscale=[list(stop) for stop in GAP_SCALE],
            colorbar={
                "title": {"text": colorbar_title, "side": "right"},
                "ticksuffix": "%",
                "thickness": 14,
                "len": min(1.0, 420 / max(420, 46 * len(rows))),
                "yanchor": "top",
                "y": 1.0,
            },
            text=labels.to_numpy(),
            texttemplate="%{text}",
            textfont={"size": config.TICK_SIZE},
            customdata=hovers.to_numpy(),
            hovertemplate="%{customdata}<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    _base_layout(fig, title, separators, height=max(360, 200 + 42 * len(rows)))
    fig.update_xaxes(
        title={"text": ""},
        showgrid=False,
        side="top",
        tickangle=-45 if len(columns) > 6 else 0,
    )
    fig.update_yaxes(automargin=True, showgrid=False)
    fig.update_layout(
        title={"y": 0.995, "yref": "container", "yanchor": "top"},
        margin={"l": 10, "r": 10, "t": 170 if len(columns) > 6 else 100, "b": 10},
    )
    return fig


def build_route_bars(
    df: pd.DataFrame,
    *,
    series_names: Mapping[str, str],
    title: str,
    x_title: str,
    separators: str = ",.",
) -> go.Figure:
    """Horizontal bars of people per course (first row on top), one trace per jalur:
    klasikal solid blue, nonklasikal hatched orange, each bar labelled in words."""
    fig = go.Figure()
    order = list(df["label"])
    for jalur, name in series_names.items():
        rows = df[df["jalur"] == jalur]
        if rows.empty:
            continue
        fig.add_trace(
            go.Bar(
                x=rows["n"],
                y=rows["label"],
                orientation="h",
                name=name,
                marker={
                    "color": JALUR_COLOURS.get(jalur, config.OKABE_ITO["grey"]),
                    "pattern": {"shape": JALUR_PATTERNS.get(jalur, "")},
                    "line": {"color": "#333333", "width": 1},
                },
                text=rows["text"],
                textposition="outside",
                textfont={"size": config.TICK_SIZE},
                customdata=rows["hover"],
                hovertemplate="%{customdata}<br>%{text}<extra></extra>",
                cliponaxis=False,
            )
        )
    top = float(df["n"].max()) if len(df) else 1.0
    _base_layout(fig, title, separators, height=max(320, 140 + 34 * len(df)))
    fig.update_layout(
        barmode="overlay",
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "x": 0,
            "font": {"size": config.FONT_SIZE},
        },
        margin={"l": 10, "r": 30, "t": 100, "b": 10},
    )
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        range=[0, top * 1.6],
    )
    fig.update_yaxes(
        automargin=True,
        showgrid=False,
        categoryorder="array",
        categoryarray=order[::-1],
    )
    return fig


def build_share_bars(
    df: pd.DataFrame,
    *,
    title: str,
    x_title: str,
    target_label: str,
    separators: str = ",.",
    target: float = 100.0,
) -> go.Figure:
    """Horizontal bars of a share (0..100 %) per OPD, first row on top, against a
    dashed target line; each row's value and meaning is written in a column of text
    right of the line, so no label ever crosses it."""
    rows = df.iloc[::-1]
    label_x = target * 1.03
    fig = go.Figure(
        [
            go.Bar(
                x=rows["value"],
                y=rows["label"],
                orientation="h",
                marker={
                    "color": BAR_COLOUR,
                    "line": {"color": "#333333", "width": 1},
                },
                customdata=rows["hover"],
                hovertemplate="%{customdata}<extra></extra>",
            ),
            go.Scatter(
                x=[label_x] * len(rows),
                y=rows["label"],
                mode="text",
                text=rows["text"],
                textposition="middle right",
                textfont={"size": config.TICK_SIZE},
                hoverinfo="skip",
                cliponaxis=False,
            ),
        ]
    )
    fig.add_vline(
        x=target,
        line={"color": config.TARGET_LINE_COLOUR, "width": 2, "dash": "dash"},
        annotation_text=target_label,
        annotation_position="top",
        annotation_font={"size": config.FONT_SIZE},
    )
    _base_layout(fig, title, separators, height=max(300, 110 + 40 * len(rows)))
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        ticksuffix="%",
        range=[0, target * 1.6],
        tickvals=[0, 20, 40, 60, 80, 100],
    )
    fig.update_yaxes(automargin=True, showgrid=False)
    fig.update_layout(showlegend=False, bargap=0.3, margin={"t": 90})
    return fig
