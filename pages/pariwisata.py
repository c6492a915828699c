"""Pariwisata: how good is the service of each tourism unit, and is it improving?

Aggregates only (no names, no NIPs): IKM per unit with its A–D grade, the nine unsur,
the quarterly trend with reliability, complaints handled, tourist arrivals as context,
and tourism units whose outcomes miss while most staff are rated Baik or better.
"""

import streamlit as st

from dashboard import charts, components, overview_blocks, queries, tables
from dashboard import sector_views as views
from dashboard.i18n import t

ctx = components.context()
st.header(t("pariwisata.header"))
components.require_data(ctx)
components.sector_note(ctx, "pariwisata")
st.caption(t("pariwisata.intro", tahun=ctx.tahun))
overview_blocks.drill_link(ctx, "pariwisata")
args = (ctx.scope, ctx.version, ctx.tahun, ctx.opd)
rules = queries.rules(ctx.scope, ctx.version)
meta = queries.meta_build(ctx.scope, ctx.version) or {}
ikm, visits = queries.ikm_units(*args), queries.tourism_visits(*args)
aduan = queries.indicator_periods(*args, "PAR-ADUAN")
components.kpi_row(views.tourism_kpis(ikm, visits, aduan, ctx.tahun, ctx.lang))

min_n = int(tables.rule(rules, "ikm.min_responden", 30))
with components.section(t("ikm.title", tahun=ctx.tahun), t("ikm.caption", min=min_n)):
    if ikm.empty:
        components.empty_state()
    else:
        bars = views.ikm_chart_input(ikm, ctx.tahun, ctx.lang, meta.get("data_sampai"))
        fig = charts.build_scorecard_figure(**bars)
        view = views.ikm_view(ikm, rules, meta.get("data_sampai"), ctx.lang)
        components.figure_and_table(fig, view, key="pariwisata_ikm", file_stem="ikm")

with components.section(t("unsur.title", tahun=ctx.tahun), t("unsur.caption")):
    if ikm.empty:
        components.empty_state()
    else:
        heat = views.unsur_chart_input(ikm, ctx.tahun, ctx.lang)
        fig = charts.build_unsur_heatmap(**heat)
        view = views.unsur_view(ikm, ctx.lang)
        components.figure_and_table(
            fig, view, key="pariwisata_unsur", file_stem="ikm_unsur"
        )

with components.section(t("ikm.trend_title", tahun=ctx.tahun), t("ikm.trend_caption")):
    if ikm.empty:
        components.empty_state()
    else:
        lines = views.ikm_trend_input(ikm, meta.get("data_sampai"), ctx.tahun, ctx.lang)
        st.plotly_chart(charts.build_period_figure(**lines), key="pariwisata_tren")

with components.section(t("aduan.title", tahun=ctx.tahun), t("aduan.caption")):
    view = views.indicator_view(aduan, ctx.tahun, ctx.lang)
    if view.df.empty:
        components.empty_state()
    else:
        components.table(view, key="pariwisata_aduan", file_stem="pengaduan")

with components.section(t("visits.title"), t("visits.caption")):
    if visits.empty:
        components.empty_state()
    else:
        view = views.visits_view(visits, ctx.lang)
        components.table(view, key="pariwisata_kunjungan", file_stem="kunjungan")

with components.section(t("tourism_mismatch.title", tahun=ctx.tahun)):
    overview_blocks.sector_outcome(ctx, "pariwisata", key_prefix="pariwisata")
