"""Pure plotly builders: DataFrame in, Figure out. No st.* calls, no side effects.

Every label arrives translated (the caller passes it); colours come from config. Fonts
are large enough for a projector (>= 14 px), and series differ by colour AND dash AND
marker, so they stay distinct for colour-blind readers and in grey-scale prints.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard import config

CHAR_PX = 9.0  # about one character of a bar label at config.FONT_SIZE, in pixels
BAR_PLOT_PX = 800  # the plot width a bar chart is assumed to get on a wide page


def shorten(text: str, limit: int) -> str:
    """Cut `text` to `limit` characters with an ellipsis; the hover keeps the full
    text."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Names whose end-cut labels collide (a province's 'Dinas Pendidikan dan Kebudayaan
# …' of every regency) may use this many more characters, to keep their distinct end.
COLLIDED_EXTRA_CHARS = 10


def _cut_middle(text: str, limit: int) -> str:
    """The first words and as many last words as fit, at most `limit` characters:
    'Dinas Pendidikan … Kalimantan Selatan' (the end is where names of one kind
    differ). A text without a fitting last word is cut at the end."""
    if len(text) <= limit:
        return text
    words = text.split()
    head = " ".join(words[:2])
    if len(head) > limit // 2:
        head = words[0][: limit // 2]
    budget = limit - len(head) - 3
    tail: list[str] = []
    for word in reversed(words[2:]):
        if len(" ".join([word, *tail])) > budget:
            break
        tail.insert(0, word)
    return f"{head} … {' '.join(tail)}" if tail else shorten(text, limit)


def short_labels(names: Sequence[object], limit: int) -> dict[str, str]:
    """A short label for each distinct name, never the same for two names (a chart
    category per label: equal labels would merge bars). Cut at the end to `limit`
    characters; names whose cut labels collide keep their first and last words
    instead (up to COLLIDED_EXTRA_CHARS more); still equal, numbered."""
    distinct = list(dict.fromkeys(str(n) for n in names))
    labels = {n: shorten(n, limit) for n in distinct}
    taken: dict[str, list[str]] = {}
    for name, label in labels.items():
        taken.setdefault(label, []).append(name)
    for group in (g for g in taken.values() if len(g) > 1):
        for name in group:
            labels[name] = _cut_middle(name, limit + COLLIDED_EXTRA_CHARS)
    seen: dict[str, int] = {}
    for name in distinct:
        label = labels[name]
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            suffix = f" ({seen[label]})"
            labels[name] = shorten(label, limit + COLLIDED_EXTRA_CHARS - len(suffix))
            labels[name] += suffix
    return labels


def _base_layout(fig: go.Figure, title: str, separators: str, height: int) -> None:
    fig.update_layout(
        title={
            "text": title,
            "font": {"size": config.TITLE_SIZE},
            "x": 0,
            "xanchor": "left",
        },
        font={"family": config.FONT_FAMILY, "size": config.FONT_SIZE},
        separators=separators,
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        plot_bgcolor="white",
        hoverlabel={"font": {"size": config.FONT_SIZE}},
    )
    grid = {"showgrid": True, "gridcolor": "#E3E8EC", "zeroline": False}
    fig.update_xaxes(tickfont={"size": config.TICK_SIZE}, **grid)
    fig.update_yaxes(tickfont={"size": config.TICK_SIZE}, **grid)


def _legend_space(names: list[str]) -> int:
    """Pixels below the plot for a horizontal legend: long names (indicators) stack one
    per line, short ones (sectors) share a line."""
    if not names:
        return 0
    if max(len(name) for name in names) > 28:
        return 30 * len(names)
    return 30 * (1 + len(names) // 5)


def _series_style(index: int, colour: str | None) -> dict:
    n = len(config.LINE_DASHES)
    return {
        "line": {
            "color": colour
            or config.SERIES_COLOURS[index % len(config.SERIES_COLOURS)],
            "width": 3,
            "dash": config.LINE_DASHES[index % n],
        },
        "marker": {"size": 9, "symbol": config.MARKER_SYMBOLS[index % n]},
    }


def build_trend_figure(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    series: str,
    label: str,
    title: str,
    x_title: str,
    y_title: str,
    target_label: str,
    month_labels: Sequence[str],
    colours: Mapping[str, str] | None = None,
    separators: str = ",.",
    target: float = 100.0,
) -> go.Figure:
    """Monthly attainment lines (one per `series`) against a horizontal target line.

    x: month number 1..12; y: attainment in %; label: the legend text column."""
    fig = go.Figure()
    for index, (key, rows) in enumerate(df.groupby(series, sort=False)):
        rows = rows.sort_values(x)
        name = str(rows[label].iloc[0])
        fig.add_trace(
            go.Scatter(
                x=rows[x],
                y=rows[y],
                mode="lines+markers",
                name=name,
                hovertemplate=f"{name}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
                **_series_style(index, (colours or {}).get(key)),
            )
        )
    fig.add_hline(
        y=target,
        line={"color": config.TARGET_LINE_COLOUR, "width": 2, "dash": "dash"},
        annotation_text=target_label,
        annotation_position="right",
        annotation_font={"size": config.FONT_SIZE},
    )
    values = [float(v) for v in df[y].dropna()]
    top = max([target * 1.1] + [v + 8 for v in values])
    bottom = max(0.0, min([target * 0.8] + [v - 10 for v in values]))
    legend_space = _legend_space([trace.name for trace in fig.data])
    _base_layout(fig, title, separators, height=400 + legend_space)
    fig.update_layout(
        legend={
            "orientation": "h",
            "yanchor": "top",
            "y": -0.26,  # below the month ticks and the axis title (plot is 280 px)
            "x": 0,
            "font": {"size": config.FONT_SIZE},
        },
        margin={"l": 10, "r": 120, "t": 60, "b": 60 + legend_space},
    )
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        tickmode="array",
        tickvals=list(range(1, 13)),
        ticktext=list(month_labels),
        range=[0.6, 12.4],
    )
    fig.update_yaxes(
        title={"text": y_title, "font": {"size": config.FONT_SIZE}},
        ticksuffix="%",
        range=[bottom, top],
    )
    return fig


def build_scorecard_figure(
    df: pd.DataFrame,
    *,
    y: str,
    x: str,
    status: str,
    text: str,
    title: str,
    x_title: str,
    target_label: str,
    separators: str = ",.",
    target: float = 100.0,
    suffix: str = "%",
    pattern: str | None = None,
) -> go.Figure:
    """Horizontal bars of attainment per indicator, coloured by status and labelled with
    the status symbol and value (so colour is never the only cue). `suffix` is the
    axis tick suffix ('%' for attainment, '' for an index such as the IKM). `pattern`
    names a column of bar fill patterns ('/' hatches a provisional value, '' none).
    Long category names wrap onto two lines (the hover keeps them whole)."""
    rows = df.iloc[::-1]  # first row at the top
    colours = [
        config.STATUS_COLOURS.get(s, config.OKABE_ITO["grey"]) for s in rows[status]
    ]
    marker: dict = {"color": colours, "line": {"color": "#333333", "width": 1}}
    if pattern is not None:
        marker["pattern"] = {
            "shape": list(rows[pattern].fillna("")),
            "fillmode": "overlay",  # stripes over the status colour
            "fgcolor": "#14212B",
            "fgopacity": 0.35,
            "size": 14,
            "solidity": 0.15,
        }
    names = [str(name) for name in rows[y]]
    right = max([target * 1.25] + [float(v) * 1.1 for v in df[x].dropna()])
    # A label longer than its bar goes after the bar, in dark text (estimated for a
    # plot about BAR_PLOT_PX wide; the status colour's own text colour inside).
    fits = [
        float(v) >= len(str(t)) * CHAR_PX * right / BAR_PLOT_PX
        for v, t in zip(rows[x].fillna(0), rows[text], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=rows[x].fillna(0),
            y=names,
            orientation="h",
            marker=marker,
            text=rows[text],
            textposition=["inside" if ok else "outside" for ok in fits],
            insidetextanchor="start",
            textfont={
                "size": config.FONT_SIZE,
                "color": [
                    config.STATUS_TEXT_COLOURS.get(s, "#000000") if ok else "#14212B"
                    for s, ok in zip(rows[status], fits, strict=True)
                ],
            },
            cliponaxis=False,
            constraintext="none",
            hovertemplate="%{y}<br>%{text}<extra></extra>",
        )
    )
    fig.add_vline(
        x=target,
        line={"color": config.TARGET_LINE_COLOUR, "width": 2, "dash": "dash"},
        annotation_text=target_label,
        annotation_position="top",
        annotation_font={"size": config.FONT_SIZE},
    )
    _base_layout(fig, title, separators, height=max(300, 90 + 44 * len(rows)))
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        ticksuffix=suffix,
        range=[0, right],
    )
    fig.update_yaxes(
        automargin=True,
        showgrid=False,
        tickmode="array",
        tickvals=names,
        ticktext=[_wrap_label(name, 26) for name in names],
    )
    fig.update_layout(showlegend=False, bargap=0.3)
    return fig


def build_completeness_heatmap(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    title: str,
    x_title: str,
    y_title: str,
    colorbar_title: str,
    month_labels: Sequence[str],
    separators: str = ",.",
) -> go.Figure:
    """Rows = units, columns = months 1..12, cell = completeness % (0..100) with the
    value printed in the cell."""
    grid = df.pivot_table(index=y, columns=x, values=z, aggfunc="mean")
    grid = grid.reindex(columns=range(1, 13)).sort_index(ascending=False)
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=list(month_labels),
            y=list(grid.index),
            zmin=0,
            zmax=100,
            colorscale=[list(stop) for stop in config.COMPLETENESS_SCALE],
            colorbar={"title": {"text": colorbar_title}, "ticksuffix": "%"},
            texttemplate="%{z:.0f}",
            textfont={"size": config.TICK_SIZE},
            hovertemplate="%{y}<br>%{x}: %{z:.0f}%<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    _base_layout(fig, title, separators, height=max(320, 130 + 30 * len(grid.index)))
    fig.update_xaxes(title={"text": x_title}, showgrid=False, tickangle=0)
    names = [str(name) for name in grid.index]
    short = short_labels(names, config.MAX_LABEL_CHARS)
    fig.update_yaxes(
        title={"text": y_title},
        automargin=True,
        showgrid=False,
        tickmode="array",
        tickvals=names,
        ticktext=[short[name] for name in names],
    )
    return fig


def build_cumulative_figure(
    df: pd.DataFrame,
    *,
    x: str,
    cumulative: str,
    monthly: str,
    target: str,
    title: str,
    x_title: str,
    y_title: str,
    cumulative_label: str,
    monthly_label: str,
    target_label: str,
    month_labels: Sequence[str],
    separators: str = ",.",
) -> go.Figure:
    """Year-to-date coverage (solid line, values printed) against the target pro-rated
    to each month (dashed black line), with each month's own figure as light bars
    behind them. x: month number 1..12; values in %. Line style, markers and the
    legend tell the three apart without colour."""
    rows = df.sort_values(x)
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            x=rows[x],
            y=rows[monthly],
            name=monthly_label,
            marker={
                "color": config.OKABE_ITO["sky_blue"],
                "opacity": 0.55,
                "line": {"color": "#2B6C8F", "width": 1},
            },
            hovertemplate=f"{monthly_label}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=rows[x],
            y=rows[target],
            mode="lines",
            name=target_label,
            line={"color": config.TARGET_LINE_COLOUR, "width": 2.5, "dash": "dash"},
            hovertemplate=f"{target_label}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=rows[x],
            y=rows[cumulative],
            mode="lines+markers+text",
            name=cumulative_label,
            text=rows[cumulative],
            texttemplate="%{y:.1f}",
            # Labels on the side away from the target line, so they never touch it.
            textposition=[
                "top left" if c >= g else "bottom right"
                for c, g in zip(
                    rows[cumulative].fillna(0), rows[target].fillna(0), strict=True
                )
            ],
            textfont={"size": config.TICK_SIZE, "color": config.OKABE_ITO["blue"]},
            line={"color": config.OKABE_ITO["blue"], "width": 4},
            marker={"size": 10, "symbol": "circle"},
            hovertemplate=f"{cumulative_label}<br>%{{x}}: %{{y:.1f}}%<extra></extra>",
        )
    )
    values = [float(v) for col in (cumulative, target) for v in rows[col].dropna()]
    top = max([100.0] + values) * 1.15
    _base_layout(fig, title, separators, height=520)
    fig.update_layout(
        legend={
            "orientation": "h",
            "yanchor": "top",
            "y": -0.2,
            "x": 0,
            "font": {"size": config.FONT_SIZE},
        },
        margin={"l": 10, "r": 20, "t": 60, "b": 110},
        bargap=0.35,
    )
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        tickmode="array",
        tickvals=list(range(1, 13)),
        ticktext=list(month_labels),
        range=[0.4, 12.6],
    )
    fig.update_yaxes(
        title={"text": y_title, "font": {"size": config.FONT_SIZE}},
        ticksuffix="%",
        range=[-0.07 * top, top],  # room for a label under a low first month
    )
    return fig


def build_period_figure(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    series: str,
    label: str,
    text: str,
    target: str,
    title: str,
    x_title: str,
    y_title: str,
    target_label: str,
    suffix: str = "",
    separators: str = ",.",
    end_labels: bool = False,
) -> go.Figure:
    """Lines per `series` over ordered period labels (quarters or months, in the order
    of `df`), each point labelled with `text`, against the period's target (dashed
    black line, the mean target of the series in that period).

    `end_labels`: label only each series' last point, to the right of the plot,
    pushed apart so labels of series ending close together never overlap (every
    point's value stays in the hover); for several series near the same value."""
    order = list(dict.fromkeys(df[x]))
    fig = go.Figure()
    goal = df.groupby(x, sort=False)[target].mean().reindex(order)
    if goal.notna().any():  # first, so the series and their labels draw over it
        fig.add_trace(
            go.Scatter(
                x=order,
                y=list(goal),
                mode="lines",
                name=target_label,
                line={"color": config.TARGET_LINE_COLOUR, "width": 2.5, "dash": "dash"},
                hovertemplate=f"{target_label}<br>%{{x}}: %{{y}}<extra></extra>",
            )
        )
    ends: list[tuple[float, str, str]] = []
    for index, (_key, rows) in enumerate(df.groupby(series, sort=False)):
        name = str(rows[label].iloc[0])
        style = _series_style(index, None)
        last = rows[rows[y].notna()].tail(1)
        if end_labels and len(last):
            ends.append(
                (
                    float(last[y].iloc[0]),
                    str(last[text].iloc[0]),
                    style["line"]["color"],
                )
            )
        fig.add_trace(
            go.Scatter(
                x=rows[x],
                y=rows[y],
                mode="lines+markers" if end_labels else "lines+markers+text",
                name=name,
                text=rows[text],
                # Labels on the side away from the target line, so they never touch.
                textposition=[
                    "bottom center" if pd.notna(g) and v < g else "top center"
                    for v, g in zip(rows[y], goal.reindex(rows[x]), strict=True)
                ],
                textfont={"size": config.FONT_SIZE},
                hovertemplate=f"{name}<br>%{{x}}: %{{y}} %{{text}}<extra></extra>",
                **style,
            )
        )
    values = [float(v) for col in (y, target) for v in df[col].dropna()]
    top = max(values, default=100.0) * 1.12
    low = min(values, default=0.0)
    # room below the lowest point for a label printed under it
    bottom = min(low * 0.85, low - 0.12 * (top - low))
    for value, caption, colour in _spread(ends, gap=(top - bottom) * 0.075):
        fig.add_annotation(
            x=order[-1],
            y=value,
            text=f"<b>{caption}</b>",
            showarrow=False,
            xanchor="left",
            xshift=14,
            font={"size": config.FONT_SIZE, "color": colour},
        )
    legend_space = 30 * ((len(fig.data) + 1) // 2)  # two legend entries per line
    _base_layout(fig, title, separators, height=420 + legend_space)
    fig.update_layout(
        legend={
            "orientation": "h",
            "yanchor": "top",
            "y": -0.22,
            "x": 0,
            "font": {"size": config.FONT_SIZE},
        },
        margin={
            "l": 10,
            "r": 80 if ends else 20,
            "t": 60,
            "b": 70 + legend_space,
        },
    )
    fig.update_xaxes(
        title={"text": x_title, "font": {"size": config.FONT_SIZE}},
        type="category",
        categoryorder="array",
        categoryarray=order,
    )
    fig.update_yaxes(
        title={"text": y_title, "font": {"size": config.FONT_SIZE}},
        ticksuffix=suffix,
        range=[bottom, top],
    )
    return fig


def _spread(
    labels: list[tuple[float, str, str]], gap: float
) -> list[tuple[float, str, str]]:
    """Label positions (value, text, colour) sorted by value and pushed up so that
    neighbours are at least `gap` apart, then centred back on the values' mean so
    the group does not drift upwards."""
    ordered = sorted(labels, key=lambda item: item[0])
    placed: list[float] = []
    for value, _text, _colour in ordered:
        placed.append(value if not placed else max(value, placed[-1] + gap))
    if placed:
        drift = (sum(placed) - sum(v for v, _, _ in ordered)) / len(placed)
        placed = [p - drift for p in placed]
        for i in range(1, len(placed)):  # re-apply the gap after centring
            placed[i] = max(placed[i], placed[i - 1] + gap)
    return [
        (p, text, colour) for p, (_v, text, colour) in zip(placed, ordered, strict=True)
    ]


def build_unsur_heatmap(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    text: str,
    title: str,
    colorbar_title: str,
    separators: str = ",.",
) -> go.Figure:
    """Rows = units, columns = the nine unsur (in the order of `df`), cell = NRR 1..4
    with the value printed (the weakest marked in the text), so the colour is never
    the only cue. Low = orange-red, high = blue (colour-blind safe)."""
    columns = list(dict.fromkeys(df[x]))
    units = list(dict.fromkeys(df[y]))
    grid = df.pivot_table(index=y, columns=x, values=z, aggfunc="mean")
    labels = df.pivot_table(index=y, columns=x, values=text, aggfunc="first")
    grid = grid.reindex(index=units[::-1], columns=columns)
    labels = labels.reindex(index=units[::-1], columns=columns)
    short = short_labels(grid.index, config.MAX_LABEL_CHARS)
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=[_wrap(str(c), 10) for c in columns],
            y=[short[str(u)] for u in grid.index],
            zmin=1,
            zmax=4,
            colorscale=[list(stop) for stop in config.COMPLETENESS_SCALE],
            colorbar={"title": {"text": colorbar_title}},
            text=labels.to_numpy(),
            texttemplate="%{text}",
            textfont={"size": config.FONT_SIZE},
            customdata=[[str(c) for c in columns]] * len(grid.index),
            hovertemplate="%{y}<br>%{customdata}: %{z:.2f}<extra></extra>",
            xgap=3,
            ygap=3,
        )
    )
    _base_layout(fig, title, separators, height=max(320, 200 + 70 * len(units)))
    fig.update_xaxes(showgrid=False, tickangle=0, side="bottom")
    fig.update_yaxes(automargin=True, showgrid=False)
    return fig


def _wrap_label(text: str, width: int, lines: int = 2) -> str:
    """'Loket Informasi Wisata Pelabuhan Balohan' -> 'Loket Informasi Wisata<br>
    Pelabuhan Balohan': a long category name on up to `lines` lines."""
    parts = textwrap.wrap(text, width, break_long_words=False) or [text]
    if len(parts) > lines:
        parts = [*parts[: lines - 1], shorten(" ".join(parts[lines - 1 :]), width)]
    return "<br>".join(parts)


def _wrap(text: str, width: int, lines: int = 2) -> str:
    """'U2 Sistem, mekanisme dan prosedur' -> 'U2<br>Sistem,<br>mekanisme…': the code on
    its own line, then the name on up to `lines` lines of about `width` characters."""
    code, _, name = text.partition(" ")
    parts = textwrap.wrap(name, width, break_long_words=False)
    if len(parts) > lines:
        parts = [*parts[: lines - 1], shorten(" ".join(parts[lines - 1 :]), width)]
    return "<br>".join([f"<b>{code}</b>", *parts])
