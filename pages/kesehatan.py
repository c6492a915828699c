"""Kesehatan: is immunisation on track, puskesmas by puskesmas and gampong by gampong?

Aggregates only (no names, no NIPs): cumulative coverage against the pro-rated target,
the year-end projection, UCI per gampong, drop-out against its limit, and health units
whose outcomes miss while most staff are rated Baik or better.
"""

import streamlit as st

from dashboard import charts, components, overview_blocks, queries, tables
from dashboard.i18n import t

ctx = components.context()
st.header(t("kesehatan.header"))
components.require_data(ctx)
components.sector_note(ctx, "kesehatan")
st.caption(t("kesehatan.intro", tahun=ctx.tahun))
args = (ctx.scope, ctx.version, ctx.tahun, ctx.opd)
rules = queries.rules(ctx.scope, ctx.version)
idl = queries.health_coverage(*args, "KES-IDL")
gampong, drop = queries.gampong_uci(*args), queries.drop_out(*args)
components.kpi_row(tables.health_kpis(idl, gampong, drop, rules, ctx.lang))

with components.section(t("coverage.title", tahun=ctx.tahun), t("coverage.caption")):
    kode = components.health_indicator_picker(key="kesehatan_indikator")
    coverage, name = queries.health_coverage(*args, kode), t(f"kes.short.{kode}")
    if coverage.empty:
        components.empty_state()
    else:
        names = tables.unit_names(coverage)
        unit = components.unit_picker(names, key="kesehatan_unit")
        overview_blocks.drill_link(ctx, "kesehatan", unit, names[unit])
        lines = tables.coverage_chart_input(coverage, unit, name, ctx.tahun, ctx.lang)
        st.plotly_chart(charts.build_cumulative_figure(**lines), key="kesehatan_kum")
        view = tables.coverage_view(coverage, ctx.lang)
        components.table(view, key="kesehatan_cakupan", file_stem=f"cakupan_{kode}")

with components.section(
    t("projection.title", tahun=ctx.tahun), t("projection.caption")
):
    if coverage.empty:
        components.empty_state()
    else:
        bars = tables.projection_chart_input(coverage, name, ctx.tahun, ctx.lang)
        components.capped_note(tables.bar_chart_note(bars, ctx.lang))
        view = tables.projection_view(coverage, ctx.lang)
        fig = charts.build_scorecard_figure(**bars)
        components.figure_and_table(
            fig, view, key="kesehatan_proyeksi", file_stem=f"proyeksi_{kode}"
        )

uci_caption = tables.uci_caption(rules, ctx.lang)
with components.section(t("uci.title", tahun=ctx.tahun), uci_caption):
    if gampong.empty:
        components.empty_state()
    else:
        bars = tables.gampong_chart_input(gampong, rules, ctx.lang)
        components.capped_note(tables.bar_chart_note(bars, ctx.lang))
        fig = charts.build_scorecard_figure(**bars)
        view = tables.gampong_view(gampong, tables.unit_names(idl), rules, ctx.lang)
        components.figure_and_table(fig, view, key="kesehatan_uci", file_stem="uci")

do_caption = tables.drop_out_caption(rules, ctx.lang)
with components.section(t("dropout.title", tahun=ctx.tahun), do_caption):
    if drop.empty:
        components.empty_state()
    else:
        bars = tables.drop_out_chart_input(drop, rules, ctx.tahun, ctx.lang)
        components.capped_note(tables.bar_chart_note(bars, ctx.lang))
        view = tables.drop_out_view(drop, rules, ctx.lang)
        fig = charts.build_scorecard_figure(**bars)
        components.figure_and_table(fig, view, key="kesehatan_do", file_stem="dropout")

with components.section(t("mismatch.title", tahun=ctx.tahun)):
    overview_blocks.sector_outcome(ctx, "kesehatan", key_prefix="kesehatan")
