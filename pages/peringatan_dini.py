"""Peringatan Dini: who is flagged, why, what is being done about it, and did it help?

Individual level (BKPSDM, or the head of an OPD for their own OPD): the watch lists of
mart_flags (low performance, stagnation of people and units, resistance to change,
outcome vs rating mismatch) with their reasons and resistance components, follow-up
actions recorded in the app's own store (owner, due date, status, history), whether
the flag moved after each action, and the XLSX export for follow-up meetings.
"""

import streamlit as st

from dashboard import components
from dashboard import flags_blocks as blocks
from dashboard import flags_views as views
from dashboard.i18n import t

ctx = components.context()
st.header(t("nav.peringatan"))
components.require_data(ctx)
st.caption(t("peringatan.intro"))

periode, filters = blocks.filters(ctx)
counts = blocks.counts(ctx, periode)
if blocks.crowded(counts):  # a province: flags per OPD, one OPD's list on request
    acts = blocks.actions_only(ctx)
    components.kpi_row(views.signal_kpis(counts, ctx.lang))
    with components.section(
        t("peringatan.daftar.title"), blocks.noise_caption(counts, ctx.lang)
    ):
        blocks.per_opd(ctx, counts, filters)
else:
    flags, acts = blocks.load(ctx, periode)
    components.kpi_row(views.signal_kpis(flags, ctx.lang))
    components.kpi_row(views.follow_up_kpis(flags, acts, ctx.lang))
    shown = views.filter_flags(flags, filters)

    with components.section(
        t("peringatan.daftar.title"), blocks.noise_caption(flags, ctx.lang)
    ):
        blocks.watch_table(ctx, shown, periode)

    with components.section(t("peringatan.rinci.title"), t("peringatan.rinci.caption")):
        blocks.flag_detail(ctx, shown, acts)

with components.section(t("peringatan.tl.title"), t("peringatan.tl.caption")):
    blocks.follow_ups(ctx, acts)
