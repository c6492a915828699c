"""Ringkasan Kota: is the city's public service getting better, sector by sector?

Aggregates only (no names, no NIPs): KPI row, alerts linking to the sector pages, city
scorecard by sector, drill-down to units (state in the URL), attainment trend, the OPD
league table and units whose outcomes miss while most staff are rated Baik.
"""

import streamlit as st

from dashboard import charts, components, overview_blocks, queries, tables
from dashboard.i18n import t

ctx = components.context()
st.header(t("ringkasan.header"))
components.require_data(ctx)
st.caption(t("ringkasan.intro", tahun=ctx.tahun))
args = (ctx.scope, ctx.version, ctx.tahun, ctx.opd, ctx.sektor)

scorecard, units = queries.scorecard(*args), queries.unit_scorecard(*args)
staff, ikm = queries.staff_summary(*args), queries.ikm_summary(*args)
components.kpi_row(tables.overview_kpis(scorecard, staff, ikm, ctx.tahun, ctx.lang))
with components.section(t("alerts.title", tahun=ctx.tahun), t("alerts.caption")):
    overview_blocks.alerts_summary(ctx)

with st.container(border=True):
    st.subheader(t("scorecard.title"))
    if scorecard.empty:
        components.empty_state()
    else:
        tab_table, tab_chart = st.tabs([t("tab.table"), t("tab.chart")])
        with tab_table:
            view = tables.scorecard_view(scorecard, ctx.lang, units)
            components.grouped_table(
                view,
                group=t("col.sektor"),
                key="ringkasan_skor",
                file_stem=f"kartu_skor_{ctx.tahun}",
            )
        with tab_chart:
            bars = tables.scorecard_chart_input(scorecard, ctx.lang)
            fig = charts.build_scorecard_figure(**bars)
            st.plotly_chart(fig, key="ringkasan_skor_chart")
        st.caption(t("scorecard.legend"))

with components.section(t("drill.title", tahun=ctx.tahun), t("drill.caption")):
    overview_blocks.drill_down(ctx, key_prefix="ringkasan")

by_indicator = ctx.sektor is not None
trend_query = queries.trend_by_indicator if by_indicator else queries.trend_by_sector
trend = trend_query(*args)
with st.container(border=True):
    st.subheader(t("trend.subheader"))
    if trend.empty:
        components.empty_state()
    else:
        lines = tables.trend_chart_input(trend, ctx.sektor, ctx.tahun, ctx.lang)
        fig = charts.build_trend_figure(**lines)
        st.plotly_chart(fig, key="ringkasan_tren_chart")
        st.caption(t("trend.caption"))

league = queries.opd_league(*args)
with st.container(border=True):
    st.subheader(t("opd.title", tahun=ctx.tahun))
    if league.empty:
        components.empty_state()
    else:
        rules = queries.rules(ctx.scope, ctx.version)
        view = tables.opd_view(league, rules, ctx.scope, ctx.lang)
        components.table(
            view, key="ringkasan_opd", file_stem=f"peringkat_opd_{ctx.tahun}"
        )
        st.caption(tables.opd_caption(league, rules, ctx.tahun, ctx.lang))

with components.section(t("mismatch.city_title", tahun=ctx.tahun)):
    overview_blocks.mismatch_table(ctx, key_prefix="ringkasan")
