"""Penghargaan: who is recognised at the ceremony, and why?

Nominations from documented rules (aturan [penghargaan]: ASN berkinerja terbaik per
OPD, best attainment per sector, most improved unit, best IKM) with their evidence;
BKPSDM confirms or removes nominees (kept in the app's store). Everything stands on a
chosen frozen snapshot of the data, so the stage, the deck, the PDF briefing and the
screen show the same numbers. Presentation mode shows full-screen slides (keyboard or
timer, light or dark). The public role sees the confirmed awardees only.
"""

import streamlit as st

from dashboard import awards_blocks as blocks
from dashboard import awards_views as views
from dashboard import components, presentation
from dashboard.i18n import t

ctx = components.context()
st.header(t("nav.penghargaan"))
if ctx.scope.role == "publik":
    blocks.public_page(ctx)
    st.stop()
components.require_data(ctx)
st.caption(t("penghargaan.intro", tahun=ctx.tahun))

snapshot = blocks.snapshot_bar(ctx)
data = blocks.load(ctx, snapshot)
slides, info = blocks.deck(ctx, data, snapshot, blocks.event(ctx))
if presentation.is_on():
    presentation.show(slides, ctx.lang, blocks.footer_line(info))
    st.stop()

components.kpi_row(views.kpis(data.people, data.units, data.meta, ctx.lang))

with components.section(
    t("penghargaan.nominasi.judul", tahun=ctx.tahun), t("penghargaan.nominasi.caption")
):
    blocks.nominations(ctx, data, snapshot)
    blocks.decision_history(ctx)

with components.section(
    t("penghargaan.penerima.judul", tahun=ctx.tahun), t("penghargaan.penerima.caption")
):
    blocks.awardee_list(ctx, data)

with components.section(t("penghargaan.grafik.judul"), t("penghargaan.grafik.caption")):
    blocks.charts(ctx, slides)

with components.section(t("penghargaan.tayang.judul"), t("penghargaan.tayang.intro")):
    blocks.event_form(ctx)
    blocks.stage_settings(slides)
    blocks.exports(ctx, data, slides, info)
