"""Pemberdayaan Masyarakat: are the programmes reaching every gampong?

Aggregates only (no names, no NIPs): per gampong participation, village-fund
absorption, poor households and the IDM with its status band; the gampong furthest
from target; trends per indicator; DPMG units whose outcomes miss while most staff are
rated Baik or better.
"""

import streamlit as st

from dashboard import charts, components, overview_blocks, queries
from dashboard import sector_views as views
from dashboard.i18n import t

ctx = components.context()
st.header(t("pemberdayaan.header"))
components.require_data(ctx)
components.sector_note(ctx, "pemberdayaan")
st.caption(t("pemberdayaan.intro", tahun=ctx.tahun))
overview_blocks.drill_link(ctx, "pemberdayaan")
args = (ctx.scope, ctx.version, ctx.tahun, ctx.opd)
outcome = queries.gampong_outcome(*args)
if not outcome.empty:
    components.kpi_row(views.gampong_kpis(outcome, ctx.lang))

title, caption = t("pmd.scorecard_title", tahun=ctx.tahun), t("pmd.scorecard_caption")
with components.section(title, caption):
    if outcome.empty:
        components.empty_state()
    else:
        view = views.gampong_scorecard_view(outcome, ctx.lang)
        components.table(view, key="pemberdayaan_skor", file_stem="kartu_gampong")

title, caption = t("pmd.furthest_title", tahun=ctx.tahun), t("pmd.furthest_caption")
with components.section(title, caption):
    kode = components.code_picker(
        views.PMD_CODES,
        label=t("pmd.indicator"),
        prefix="pmd.short.",
        key="pemberdayaan_indikator",
    )
    if outcome.empty:
        components.empty_state()
    else:
        bars = views.furthest_chart_input(outcome, kode, ctx.lang)
        fig = charts.build_scorecard_figure(**bars)
        view = views.furthest_view(outcome, ctx.lang)
        components.figure_and_table(
            fig, view, key="pemberdayaan_terjauh", file_stem="gampong_terjauh"
        )

with components.section(
    t("pmd.trend_section", tahun=ctx.tahun), t("pmd.trend_caption")
):
    periods = queries.indicator_periods(*args, kode)
    if periods.empty:
        components.empty_state()
    else:
        lines = views.pmd_trend_input(periods, kode, ctx.tahun, ctx.lang)
        st.plotly_chart(charts.build_period_figure(**lines), key="pemberdayaan_tren")

with components.section(t("pmd_mismatch.title", tahun=ctx.tahun)):
    overview_blocks.sector_outcome(ctx, "pemberdayaan", key_prefix="pemberdayaan")
