"""The audit log (PRODUCT.md §7): who looked at or exported individual-level data.

Every view of a person's data, every individual-level list and every download of one is
recorded in the app's store (`store.py`, never the warehouse) with who, when, which
page, which person or unit, and which export. A view is recorded once per session for
the same page and subject (a Streamlit rerun is not a new look); an export every time.
`bkpsdm` reads the log on the Kualitas Data page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import store
from dashboard.access import Scope, current_user

_SEEN_KEY = "_audit_seen"
ACTIONS = ("view", "export", "write", "login", "logout")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def record(
    scope: Scope,
    *,
    page: str,
    action: str,
    subject_type: str,
    subject: str | None = None,
    detail: str = "",
    user: str | None = None,
) -> None:
    """Append one entry (views: once per session, page and subject). `user` defaults
    to the signed-in viewer."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action: {action!r}")
    if action == "view" and _seen(page, subject_type, subject, detail):
        return
    with store.connect() as con, store.transaction(con):
        con.execute(
            "insert into audit_log (at, user_name, role, scope_opd, page, action,"
            " subject_type, subject, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _now(),
                user or current_user(),
                scope.role,
                scope.opd_kode,
                page,
                action,
                subject_type,
                subject,
                detail,
            ),
        )


def _seen(page: str, subject_type: str, subject: str | None, detail: str) -> bool:
    """True when this session already recorded the same view (then skip it)."""
    try:
        seen = st.session_state.setdefault(_SEEN_KEY, set())
    except Exception:  # outside a Streamlit run: record every call
        return False
    key = (page, subject_type, subject, detail)
    if key in seen:
        return True
    seen.add(key)
    return False


def entries(limit: int = 5_000, subject: str | None = None) -> pd.DataFrame:
    """The newest entries first (optionally for one subject)."""
    sql = "select * from audit_log"
    params: list[Any] = []
    if subject:
        sql += " where subject = ?"
        params.append(subject)
    sql += " order by id desc limit ?"
    params.append(int(limit))
    with store.connect() as con:
        rows = con.execute(sql, params).fetchall()
    columns = [
        "id",
        "at",
        "user_name",
        "role",
        "scope_opd",
        "page",
        "action",
        "subject_type",
        "subject",
        "detail",
    ]
    return pd.DataFrame([dict(r) for r in rows], columns=columns)
