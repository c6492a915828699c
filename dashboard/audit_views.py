"""The audit log as a table and headline numbers (pure pandas, no st.*)."""

from __future__ import annotations

import pandas as pd

from dashboard import formatting as fmt
from dashboard.actions import WIB
from dashboard.i18n import t
from dashboard.tables import Kpi, TableView

COLUMNS = {
    "at": "audit.col.at",
    "user_name": "audit.col.user",
    "role": "audit.col.role",
    "scope_opd": "audit.col.scope",
    "page": "audit.col.page",
    "action": "audit.col.action",
    "subject_type": "audit.col.subject_type",
    "subject": "audit.col.subject",
    "detail": "audit.col.detail",
}


def filtered(entries: pd.DataFrame, search: str, action: str | None) -> pd.DataFrame:
    """Entries whose user, subject or detail contains `search`, of one action."""
    rows = entries
    if action:
        rows = rows[rows["action"] == action]
    needle = search.strip().lower()
    if needle:
        text = (
            rows[["user_name", "subject", "detail", "page"]]
            .fillna("")
            .astype(str)
            .agg(" ".join, axis=1)
            .str.lower()
        )
        rows = rows[text.str.contains(needle, regex=False)]
    return rows


def kpis(entries: pd.DataFrame, lang: str) -> list[Kpi]:
    people = entries[entries["subject_type"] == "pegawai"]["subject"].nunique()
    exports = int((entries["action"] == "export").sum())
    return [
        Kpi(t("audit.kpi_entries", lang), fmt.fmt_int(len(entries), lang=lang)),
        Kpi(
            t("audit.kpi_users", lang),
            fmt.fmt_int(entries["user_name"].nunique(), lang=lang),
        ),
        Kpi(t("audit.kpi_subjects", lang), fmt.fmt_int(people, lang=lang)),
        Kpi(t("audit.kpi_exports", lang), fmt.fmt_int(exports, lang=lang)),
    ]


def wib_text(stamp: object) -> str:
    """An entry's time (stored as ISO 8601 UTC) as Sabang reads it: WIB, sortable
    ('2026-11-28 09:29:15'); text that is not a time is shown as it is."""
    when = pd.to_datetime(stamp, errors="coerce", utc=True)
    if pd.isna(when):
        return fmt.MISSING if stamp is None or pd.isna(stamp) else str(stamp)
    return when.tz_convert(WIB).strftime("%Y-%m-%d %H:%M:%S")


def log_view(entries: pd.DataFrame, lang: str) -> TableView:
    """Newest first; actions and roles in words; subjects stay text (NIPs intact)."""
    df = entries[list(COLUMNS)].copy()
    df["at"] = df["at"].map(wib_text)
    df["action"] = df["action"].map(lambda a: t(f"audit.action.{a}", lang))
    df["role"] = df["role"].map(lambda r: t(f"role.{r}", lang))
    df["scope_opd"] = df["scope_opd"].fillna("—")
    df = df.rename(columns={c: t(k, lang) for c, k in COLUMNS.items()})
    return TableView(df=df, widths={t("audit.col.detail", lang): "large"})
