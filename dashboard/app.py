"""Kinerja Sabang — entry point and shell.

Start with `python -m streamlit run dashboard/app.py` (plain `streamlit run` breaks the
`from dashboard import ...` imports). The shell sets up the page, the language switch,
the shared filters (kept in the URL), the data-as-of line and the simulated-data banner,
then runs the selected page. A missing or incomplete warehouse becomes a friendly
message on every page, never a traceback.
"""

from __future__ import annotations

import streamlit as st

from dashboard import access, components, db, queries
from dashboard.i18n import t

st.set_page_config(
    page_title="Kinerja Sabang",
    page_icon=":material/insights:",
    layout="wide",
)

brand = st.sidebar.container()
lang = components.language_switch()
brand.markdown(f"**{t('app.title')}**")
brand.caption(t("app.tagline"))

page = st.navigation(
    [
        st.Page(
            "../pages/ringkasan_kota.py",
            title=t("nav.ringkasan"),
            icon=":material/location_city:",
            default=True,
        ),
        st.Page(
            "../pages/kesehatan.py",
            title=t("nav.kesehatan"),
            icon=":material/vaccines:",
        ),
        st.Page(
            "../pages/pariwisata.py",
            title=t("nav.pariwisata"),
            icon=":material/beach_access:",
        ),
        st.Page(
            "../pages/pemberdayaan.py",
            title=t("nav.pemberdayaan"),
            icon=":material/groups:",
        ),
        st.Page(
            "../pages/kualitas_data.py",
            title=t("nav.kualitas"),
            icon=":material/fact_check:",
        ),
        st.Page(
            "../pages/tentang_indikator.py",
            title=t("nav.tentang"),
            icon=":material/menu_book:",
        ),
    ]
)

scope = access.current_scope()
try:
    if db.warehouse_exists():
        version = db.warehouse_version()
        meta = queries.meta_build(scope, version)
        components.sidebar_filters(scope, version)
        components.simulated_banner(meta)
        components.data_as_of(meta, lang)
    page.run()
except db.WarehouseError as error:
    components.warehouse_problem(error)
