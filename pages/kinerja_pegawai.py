"""Kinerja Pegawai: is the spread of predikat honest and within the PermenPANRB
6/2022 curve, who rates themselves above their supervisor, who is in the talent pool,
and how has one person done over time?

For BKPSDM (all OPDs) and heads of OPD (their own OPD, applied in the data layer).
Individual lists and profiles are audit-logged; see dashboard/people_blocks.py.
"""

import streamlit as st

from dashboard import components
from dashboard import people_blocks as blocks
from dashboard.i18n import t

ctx = components.context()
st.header(t("nav.kinerja"))
components.require_data(ctx)
st.caption(t("kinerja.intro", tahun=ctx.tahun))
data = blocks.load(ctx)
blocks.kpis(ctx, data)
by_unit = blocks.level_picker(ctx)

with components.section(
    t("kinerja.spread.title", tahun=ctx.tahun), t("kinerja.spread.caption")
):
    blocks.spread_section(ctx, data, by_unit)

with components.section(
    t("kinerja.kurva.title", tahun=ctx.tahun), t("kinerja.kurva.caption")
):
    blocks.curve_section(ctx, data, by_unit)

with components.section(
    t("kinerja.gap.title", tahun=ctx.tahun), t("kinerja.gap.caption")
):
    blocks.gap_section(ctx, data, by_unit)

with components.section(
    t("kinerja.ninebox.title", tahun=ctx.tahun), t("kinerja.ninebox.caption")
):
    blocks.nine_box_section(ctx, data)

with components.section(t("kinerja.profile.title"), t("kinerja.profile.caption")):
    blocks.profile_section(ctx)
