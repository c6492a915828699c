"""Kebutuhan Pelatihan: who needs which training, by which route, and is the JP right
met?

Competency gaps per OPD x competency (heatmap and table), the courses to organise with
how many people in how many OPDs, PNS against the 20 JP right and PPPK against the 24
JP cap per OPD, and the priority list of people (individual access only, audit-logged).
"""

import streamlit as st

from dashboard import components, queries
from dashboard import queries_training as qt
from dashboard import training_blocks as blocks
from dashboard import training_charts as charts
from dashboard import training_views as views
from dashboard.i18n import t

ctx = components.context()
st.header(t("nav.pelatihan"))
components.require_data(ctx)
args = (ctx.scope, ctx.version, ctx.tahun, ctx.opd)
rules = queries.rules(ctx.scope, ctx.version)
meta = queries.meta_build(ctx.scope, ctx.version) or {}
guard, until = views.privacy(ctx.scope, rules), views.running_until(meta, ctx.tahun)
hak, batas = views.jp_rules(rules)
gaps, jp = qt.competency_gaps(*args), qt.jp_by_opd(*args)
counts = qt.needs_counts(ctx.scope, ctx.version, ctx.opd)
blocks.intro(ctx, until, rules)
components.kpi_row(views.training_kpis(jp, counts, rules, guard, until, ctx.lang))

heat_title = t("pelatihan.heat.title", tahun=ctx.tahun)
with components.section(heat_title, t("pelatihan.heat.caption")):
    if gaps.empty:
        components.empty_state()
    else:
        heat = views.gap_heatmap_input(gaps, guard, ctx.tahun, ctx.lang)
        components.capped_note(views.gap_heatmap_note(gaps, ctx.lang))
        view = views.gap_view(gaps, guard, ctx.lang)
        components.figure_and_table(
            charts.build_gap_heatmap(**heat),
            view,
            key="kebutuhan_kesenjangan",
            file_stem="kesenjangan_kompetensi",
        )

routes = views.routes_frame(gaps, guard, ctx.lang)
routes_title = t("pelatihan.routes.title", tahun=ctx.tahun)
with components.section(routes_title, t("pelatihan.routes.caption")):
    if routes.empty:
        components.empty_state()
    else:
        blocks.route_summary(routes, guard, ctx.lang)
        bars = views.routes_chart_input(routes, guard, ctx.tahun, ctx.lang)
        st.plotly_chart(charts.build_route_bars(**bars), key="kebutuhan_rute_chart")
        components.grouped_table(
            views.routes_view(routes, guard, ctx.lang),
            group=t("pelatihan.col.rute"),
            key="kebutuhan_rute",
            file_stem="rute_pelatihan",
        )

jp_title = t("pelatihan.jp.title", tahun=ctx.tahun) + views.so_far(until, ctx.lang)
with components.section(jp_title, t("pelatihan.jp.caption", hak=hak, batas=batas)):
    if jp.empty:
        components.empty_state()
    else:
        bars = views.jp_chart_input(jp, rules, guard, ctx.tahun, until, ctx.lang)
        components.capped_note(views.jp_chart_note(jp, guard, ctx.lang))
        view = views.jp_view(jp, rules, guard, until, ctx.lang)
        components.figure_and_table(
            charts.build_share_bars(**bars),
            view,
            key="kebutuhan_jp",
            file_stem="jp_opd",
        )

prio_caption = t("pelatihan.prio.caption", hak=hak)
with components.section(t("pelatihan.prio.title"), prio_caption):
    blocks.priority_section(ctx, meta, rules)
