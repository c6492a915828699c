"""Chart builders: trace types, axis titles, the target line, readable fonts."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import charts, config

MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agu",
    "Sep",
    "Okt",
    "Nov",
    "Des",
]


@pytest.fixture()
def trend_df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "seri": ["kesehatan"] * 3 + ["pariwisata"] * 3,
            "label": ["Kesehatan"] * 3 + ["Pariwisata"] * 3,
            "bulan_ke": [1, 2, 3, 1, 2, 3],
            "capaian_pct": [90.0, 95.5, 101.0, 80.0, 85.0, 120.0],
        }
    )


def _trend(df: pd.DataFrame, **kw) -> go.Figure:
    args = dict(
        x="bulan_ke",
        y="capaian_pct",
        series="seri",
        label="label",
        title="Capaian indikator kota per sektor, 2025",
        x_title="Bulan",
        y_title="Capaian terhadap target (%)",
        target_label="Target 100%",
        month_labels=MONTHS,
        colours=config.SECTOR_COLOURS,
    )
    return charts.build_trend_figure(df, **{**args, **kw})


def test_trend_has_one_line_per_series(trend_df: pd.DataFrame) -> None:
    fig = _trend(trend_df)
    assert [trace.type for trace in fig.data] == ["scatter", "scatter"]
    assert [trace.name for trace in fig.data] == ["Kesehatan", "Pariwisata"]
    assert all(trace.mode == "lines+markers" for trace in fig.data)
    assert list(fig.data[0].y) == [90.0, 95.5, 101.0]


def test_trend_series_differ_by_colour_dash_and_marker(trend_df: pd.DataFrame) -> None:
    first, second = _trend(trend_df).data
    assert first.line.color == config.SECTOR_COLOURS["kesehatan"]
    assert second.line.color == config.SECTOR_COLOURS["pariwisata"]
    assert first.line.dash != second.line.dash
    assert first.marker.symbol != second.marker.symbol


def test_trend_axis_titles_and_month_ticks(trend_df: pd.DataFrame) -> None:
    fig = _trend(trend_df)
    assert fig.layout.title.text == "Capaian indikator kota per sektor, 2025"
    assert fig.layout.xaxis.title.text == "Bulan"
    assert fig.layout.yaxis.title.text == "Capaian terhadap target (%)"
    assert list(fig.layout.xaxis.ticktext) == MONTHS
    assert fig.layout.yaxis.ticksuffix == "%"


def test_trend_has_a_target_line_at_100(trend_df: pd.DataFrame) -> None:
    fig = _trend(trend_df)
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert len(lines) == 1
    assert lines[0].y0 == lines[0].y1 == 100
    assert lines[0].line.dash == "dash"
    assert any(a.text == "Target 100%" for a in fig.layout.annotations)
    low, high = fig.layout.yaxis.range
    assert low < 100 < high and high >= 120  # the highest point stays visible


def test_trend_fonts_are_readable_on_a_projector(trend_df: pd.DataFrame) -> None:
    fig = _trend(trend_df)
    assert fig.layout.font.size >= 14
    assert fig.layout.xaxis.tickfont.size >= 14
    assert fig.layout.yaxis.tickfont.size >= 14
    assert fig.layout.title.font.size >= 14


def test_trend_uses_indonesian_number_separators(trend_df: pd.DataFrame) -> None:
    assert _trend(trend_df).layout.separators == ",."
    assert _trend(trend_df, separators=".,").layout.separators == ".,"


def test_scorecard_bars_are_coloured_by_status_and_labelled() -> None:
    df = pd.DataFrame(
        {
            "label": ["Cakupan IDL", "Angka drop-out"],
            "capaian_pct": [104.2, 79.7],
            "status": ["tercapai", "tidak_tercapai"],
            "text": ["● 104,2%", "✖ 79,7%"],
        }
    )
    fig = charts.build_scorecard_figure(
        df,
        y="label",
        x="capaian_pct",
        status="status",
        text="text",
        title="Kartu skor",
        x_title="Capaian terhadap target (%)",
        target_label="Target 100%",
    )
    (bar,) = fig.data
    assert bar.type == "bar" and bar.orientation == "h"
    assert list(bar.y) == ["Angka drop-out", "Cakupan IDL"]  # first row at the top
    assert list(bar.marker.color) == [
        config.STATUS_COLOURS["tidak_tercapai"],
        config.STATUS_COLOURS["tercapai"],
    ]
    assert list(bar.text) == ["✖ 79,7%", "● 104,2%"]  # symbol + value, not colour alone
    assert fig.layout.xaxis.title.text == "Capaian terhadap target (%)"
    (target,) = fig.layout.shapes
    assert target.x0 == target.x1 == 100


def test_completeness_heatmap_rows_units_columns_months() -> None:
    df = pd.DataFrame(
        {
            "subjek_nama": ["Puskesmas Iboih", "Puskesmas Iboih", "Puskesmas Balohan"],
            "bulan": [1, 2, 1],
            "kelengkapan_pct": [100.0, 50.0, 0.0],
        }
    )
    fig = charts.build_completeness_heatmap(
        df,
        x="bulan",
        y="subjek_nama",
        z="kelengkapan_pct",
        title="Kelengkapan",
        x_title="Bulan",
        y_title="Unit / OPD",
        colorbar_title="%",
        month_labels=MONTHS,
    )
    (heat,) = fig.data
    assert heat.type == "heatmap"
    assert list(heat.x) == MONTHS
    assert set(heat.y) == {"Puskesmas Iboih", "Puskesmas Balohan"}
    assert (heat.zmin, heat.zmax) == (0, 100)
    row = list(heat.y).index("Puskesmas Iboih")
    assert list(heat.z[row][:2]) == [100.0, 50.0]
    assert fig.layout.xaxis.title.text == "Bulan"
    assert fig.layout.yaxis.title.text == "Unit / OPD"
    assert heat.texttemplate  # the value is printed in each cell


def _period_df(values: dict[str, list[float]]) -> pd.DataFrame:
    rows = []
    for series, ys in values.items():
        for i, y in enumerate(ys):
            rows.append(
                {"x": f"P{i + 1}", "y": y, "series": series, "label": series,
                 "text": f"{y:.0f}%", "target": 100.0}
            )  # fmt: skip
    return pd.DataFrame(rows)


def _period_figure(df: pd.DataFrame, end_labels: bool) -> object:
    return charts.build_period_figure(
        df, x="x", y="y", series="series", label="label", text="text",
        target="target", title="t", x_title="x", y_title="y", target_label="T",
        end_labels=end_labels,
    )  # fmt: skip


def test_end_labels_of_series_ending_close_together_do_not_overlap() -> None:
    # the drill-down's unit chart: four indicators, three ending within 3 points
    df = _period_df(
        {"IDL": [90, 95, 99], "DPT": [92, 96, 100], "MR": [91, 97, 101],
         "DO": [60, 50, 48]}
    )  # fmt: skip
    fig = _period_figure(df, end_labels=True)
    lines = [trace for trace in fig.data if trace.name != "T"]
    assert all(trace.mode == "lines+markers" for trace in lines)  # no point labels
    labels = sorted(fig.layout.annotations, key=lambda a: a.y)
    assert [a.text for a in labels] == ["<b>48%</b>", "<b>99%</b>", "<b>100%</b>",
                                        "<b>101%</b>"]  # fmt: skip
    top, bottom = fig.layout.yaxis.range[1], fig.layout.yaxis.range[0]
    gap = (top - bottom) * 0.075
    ys = [a.y for a in labels]
    assert all(b - a >= gap - 1e-9 for a, b in zip(ys, ys[1:], strict=False))
    assert all(a.x == "P3" and a.xanchor == "left" for a in labels)
    # every value still in the hover
    assert all("%{y}" in trace.hovertemplate for trace in lines)


def test_a_single_series_keeps_its_point_labels() -> None:
    fig = _period_figure(_period_df({"IDL": [20, 40, 60]}), end_labels=False)
    line = next(trace for trace in fig.data if trace.name == "IDL")
    assert line.mode == "lines+markers+text" and list(line.text) == [
        "20%",
        "40%",
        "60%",
    ]
    assert not fig.layout.annotations


def test_scorecard_bars_wrap_long_names_and_hatch_provisional_values() -> None:
    df = pd.DataFrame(
        {
            "label": ["Loket Informasi Wisata Pelabuhan Balohan", "TIC"],
            "value": [72.5, 88.3],
            "status": ["tidak_tercapai", "tercapai"],
            "text": ["✖ 72,5 (sementara)", "● 88,3"],
            "pattern": ["/", ""],
        }
    )
    fig = charts.build_scorecard_figure(
        df, y="label", x="value", status="status", text="text", title="IKM",
        x_title="IKM", target_label="Target", target=85.0, suffix="",
        pattern="pattern",
    )  # fmt: skip
    (bar,) = fig.data
    assert list(bar.marker.pattern.shape) == ["", "/"]  # drawn bottom-up
    assert bar.marker.pattern.fillmode == "overlay"  # the status colour stays
    ticks = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True))
    assert ticks["Loket Informasi Wisata Pelabuhan Balohan"] == (
        "Loket Informasi Wisata<br>Pelabuhan Balohan"
    )
    assert ticks["TIC"] == "TIC"


def test_a_label_longer_than_its_bar_goes_after_it_in_dark_text() -> None:
    df = pd.DataFrame(
        {
            "label": ["Gampong Jaboi", "Gampong Paya"],
            "value": [38.0, 110.0],
            "status": ["tidak_tercapai", "tercapai"],
            "text": ["✖ 26,8% (target ≥ 70,0%) · Belum tercapai", "● 77,2%"],
        }
    )
    fig = charts.build_scorecard_figure(
        df, y="label", x="value", status="status", text="text", title="t",
        x_title="x", target_label="Target",
    )  # fmt: skip
    (bar,) = fig.data  # drawn bottom-up: Paya first
    assert list(bar.textposition) == ["inside", "outside"]
    assert list(bar.textfont.color) == [
        config.STATUS_TEXT_COLOURS["tercapai"],
        "#14212B",
    ]


def test_short_labels_never_merge_two_names() -> None:
    """A chart category per label: two OPDs of a province whose names start alike
    keep distinct labels (their ends), within the length limit."""
    names = [
        "Dinas Pendidikan dan Kebudayaan Jawa Barat",
        "Dinas Pendidikan dan Kebudayaan Jawa Timur",
        "Dinas Pendidikan dan Kebudayaan Jawa Barat",  # repeated: one label
        "Dinas Kesehatan dan Keluarga Berencana",
        "Dinas Kesehatan dan Keluarga Berencana Aceh Barat",
        "BKPSDM",
        "Unit " + "x" * 40 + " 1",
        "Unit " + "x" * 40 + " 1 ",  # differs only by a trailing space
    ]
    labels = charts.short_labels(names, 34)
    assert len(labels) == len(set(names))
    assert len(set(labels.values())) == len(labels)
    assert all(len(v) <= 34 + charts.COLLIDED_EXTRA_CHARS for v in labels.values())
    assert labels["BKPSDM"] == "BKPSDM"
    # colliding names keep their distinct end: whole when it fits, else first and
    # last words
    assert labels["Dinas Pendidikan dan Kebudayaan Jawa Barat"] == (
        "Dinas Pendidikan dan Kebudayaan Jawa Barat"
    )
    longer = charts.short_labels(
        [
            "Dinas Pendidikan dan Kebudayaan Kalimantan Selatan",
            "Dinas Pendidikan dan Kebudayaan Kalimantan Timur",
        ],
        34,
    )
    assert list(longer.values()) == [
        "Dinas Pendidikan … Kalimantan Selatan",
        "Dinas Pendidikan … Kalimantan Timur",
    ]
    # a name alone in its cut keeps the plain end cut
    alone = charts.short_labels(["Dinas Lingkungan Hidup dan Kebersihan Sabang"], 34)
    assert list(alone.values()) == ["Dinas Lingkungan Hidup dan Kebers…"]


def test_share_bars_of_alike_names_stay_apart() -> None:
    from dashboard import people_charts

    names = [f"Dinas Pendidikan dan Kebudayaan Provinsi {p}" for p in ("A", "B", "C")]
    df = pd.DataFrame(
        [
            {
                "kategori": n,
                "predikat": p,
                "label": p,
                "pct": 50.0,
                "teks": "50%",
                "hover": "x",
            }
            for n in names
            for p in ("Baik", "Sangat Baik")
        ]
    )
    fig = people_charts.build_share_figure(
        df, colours={}, text_colours={}, title="t", x_title="x"
    )
    assert len(set(fig.data[0].y)) == 3
    assert list(fig.layout.yaxis.categoryarray) == list(fig.data[0].y)[::-1]
