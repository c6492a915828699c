"""Log Audit: who looked at or downloaded individual-level data (BKPSDM only).

The log lives in the app's own store (dashboard/store.py), never in the warehouse, so
no rebuild loses it. Registered only for the bkpsdm role (access.PAGE_ROLES).
"""

import streamlit as st

from dashboard import audit, audit_views, components
from dashboard.i18n import t

ctx = components.context()
st.header(t("audit.header"))
st.caption(t("audit.intro"))
entries = audit.entries()
if entries.empty:
    components.empty_state("audit.empty")
    st.stop()
left, right = st.columns([2, 1])
search = left.text_input(t("audit.filter_subject"), key="log_audit_search")
actions = [None, *audit.ACTIONS]
action = right.selectbox(
    t("audit.filter_action"),
    actions,
    format_func=lambda a: (
        t("audit.all_actions") if a is None else t(f"audit.action.{a}")
    ),
    key="log_audit_action",
)
rows = audit_views.filtered(entries, search, action)
components.kpi_row(audit_views.kpis(rows, ctx.lang))
components.table(
    audit_views.log_view(rows, ctx.lang), key="log_audit", file_stem="log_audit"
)
