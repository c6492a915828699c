"""Tentang Indikator: what does each indicator mean, how is it computed, what is the
target, and which rules apply?

Generated from the reference data in the warehouse (mart_indicator_catalogue over
ref_indikator + ref_indikator_target, and ref_aturan), the same tables the models use,
so it never drifts from what the other pages compute.
"""

import streamlit as st

from dashboard import components, queries, tables
from dashboard.i18n import t

ctx = components.context()
st.header(t("tentang.header"))
components.require_warehouse()
st.caption(t("tentang.intro"))

catalogue = queries.indicator_catalogue(ctx.scope, ctx.version, ctx.opd, ctx.sektor)
if ctx.lang == "en" and tables.english_missing(catalogue):
    st.caption(t("tentang.text_language"))
with components.section(t("catalogue.title"), t("catalogue.caption")):
    if catalogue.empty:
        components.empty_state()
    else:
        view = tables.catalogue_view(catalogue, ctx.tahun, ctx.lang)
        components.grouped_table(
            view,
            group=t("col.sektor"),
            key="tentang_katalog",
            file_stem="katalog_indikator",
        )
        st.markdown(f"**{t('catalogue.details')}**")
        components.indicator_cards(catalogue, ctx.lang)

rules = queries.rules(ctx.scope, ctx.version)
with components.section(t("rules.title"), t("rules.caption")):
    if not rules:
        components.empty_state()
    else:
        view = tables.rules_view(rules, ctx.lang)
        components.text_table(view, key="tentang_aturan", file_stem="aturan")
