"""Kinerja Sabang — entry point and shell.

Start with `python -m streamlit run dashboard/app.py` (plain `streamlit run` breaks the
`from dashboard import ...` imports). The shell sets up the page and the language
switch, signs the viewer in (auth.py: login, SSO, or the demo role switcher), registers
only the pages the viewer's role may open (access.PAGE_ROLES), draws the shared filters
(kept in the URL), the data-as-of line and the simulated-data banner, then runs the
selected page. A missing or incomplete warehouse becomes a friendly message on every
page, never a traceback.
"""

from __future__ import annotations

import streamlit as st

from dashboard import access, auth, components, db, queries
from dashboard.i18n import t

st.set_page_config(
    page_title="Kinerja Sabang",
    page_icon=":material/insights:",
    layout="wide",
)

# Page file stem -> (title key, icon), in menu order; who sees which: access.PAGE_ROLES.
PAGES = {
    "ringkasan_kota": ("nav.ringkasan", "location_city"),
    "kesehatan": ("nav.kesehatan", "vaccines"),
    "pariwisata": ("nav.pariwisata", "beach_access"),
    "pemberdayaan": ("nav.pemberdayaan", "groups"),
    "kinerja_pegawai": ("nav.kinerja", "groups_2"),
    "peringatan_dini": ("nav.peringatan", "notification_important"),
    "kebutuhan_pelatihan": ("nav.pelatihan", "school"),
    "penghargaan": ("nav.penghargaan", "emoji_events"),
    "kualitas_data": ("nav.kualitas", "fact_check"),
    "tentang_indikator": ("nav.tentang", "menu_book"),
    "log_audit": ("nav.audit", "policy"),
}


def _pages_for(role: str) -> list[st.Page]:
    allowed = [name for name in PAGES if access.may_open(role, name)]
    return [
        st.Page(
            f"../pages/{name}.py",
            title=t(PAGES[name][0]),
            icon=f":material/{PAGES[name][1]}:",
            default=index == 0,
        )
        for index, name in enumerate(allowed)
    ]


def _shell_meta() -> tuple[dict | None, dict[str, str], str | None]:
    """meta_build and the OPD names (no personal data) before anyone signs in."""
    if not db.warehouse_exists():
        return None, {}, None
    version = db.warehouse_version()
    try:
        meta = queries.meta_build(access.FULL_ACCESS, version)
        opds = queries.opd_options(access.FULL_ACCESS, version)
    except db.WarehouseError:
        return auth.UNREADABLE, {}, version
    return meta, dict(zip(opds["opd_kode"], opds["opd_nama"], strict=True)), version


brand = st.sidebar.container()
lang = components.language_switch()
brand.markdown(f"**{t('app.title')}**")
brand.caption(t("app.tagline"))

meta, opd_names, version = _shell_meta()
viewer = auth.viewer(meta, opd_names)
if viewer is None:
    st.stop()
auth.sign_out_button(viewer)
pages = _pages_for(viewer.role)
if not pages:
    st.info(t("auth.no_pages", role=t(f"role.{viewer.role}")), icon=":material/block:")
    st.stop()
page = st.navigation(pages)

scope = viewer.scope
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
