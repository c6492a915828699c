"""Who is looking: sign-in, the demo role switcher, and the viewer of this session.

Three ways in, decided by configuration, deny by default:
- **Login** (the default): a local account (`python -m dashboard.users`), name and
  password checked against its argon2id hash. Nothing but the sign-in form is shown
  until it succeeds.
- **Single sign-on** (optional): when `.streamlit/secrets.toml` has an `[auth]`
  section, a "Masuk dengan SSO" button runs Streamlit's OIDC login (`st.login`, needs
  the Authlib package); the identity's e-mail must belong to a local account, which
  gives the role and scope. An unknown e-mail gets no access.
- **Demo** (`make run`): env `KINERJA_AUTH=demo` shows a role switcher and a banner.
  It is refused — with a visible error, falling back to login — unless the warehouse
  holds simulated data only (`meta_build.simulated`) or there is no warehouse yet, so
  a production warehouse can never be opened in demo mode by a stray variable.

The viewer is kept in the session state (`access.VIEWER_KEY`); `access.current_scope()`
turns it into the `Scope` every query receives.
"""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from dashboard import access, audit, db, users
from dashboard.access import ROLES, Viewer
from dashboard.i18n import t

AUTH_ENV_VAR = "KINERJA_AUTH"
DEMO_ROLE_KEY, DEMO_OPD_KEY = "demo_role", "demo_opd"
DEMO_DEFAULT_ROLE = "bkpsdm"
UNREADABLE: dict[str, Any] = {}  # meta of a warehouse whose meta_build cannot be read


def demo_requested() -> bool:
    return os.environ.get(AUTH_ENV_VAR, "").strip().lower() == "demo"


def demo_allowed(meta: dict[str, Any] | None) -> bool:
    """Demo mode only over simulated data, before any data exists, or over a file
    that cannot answer at all (every page then explains the problem instead)."""
    if not db.warehouse_exists() or meta is UNREADABLE:
        return True
    return bool(meta and meta.get("simulated"))


def sso_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml at all
        return False


def viewer(meta: dict[str, Any] | None, opd_names: dict[str, str]) -> Viewer | None:
    """The signed-in viewer, or None after drawing the sign-in form."""
    if demo_requested():
        if demo_allowed(meta):
            return _demo_viewer(opd_names)
        st.error(t("auth.demo_refused"), icon=":material/gpp_bad:")
    current = st.session_state.get(access.VIEWER_KEY)
    if isinstance(current, Viewer):
        return current
    if sso_configured() and _sso_signed_in():
        return _sso_viewer()
    _login_form()
    return None


def _remember(found: Viewer) -> Viewer:
    st.session_state[access.VIEWER_KEY] = found
    return found


# --- demo ---------------------------------------------------------------------------


def _demo_viewer(opd_names: dict[str, str]) -> Viewer:
    bar = st.sidebar.container(border=True)
    role = bar.selectbox(
        t("auth.demo_role"),
        ROLES,
        index=ROLES.index(DEMO_DEFAULT_ROLE),
        format_func=lambda code: t(f"role.{code}"),
        key=DEMO_ROLE_KEY,
        help=t("auth.demo_help"),
    )
    opd = None
    if role in users.OPD_ROLES and opd_names:
        opd = bar.selectbox(
            t("auth.demo_opd"),
            list(opd_names),
            format_func=lambda code: opd_names.get(code, code),
            key=DEMO_OPD_KEY,
        )
    st.warning(
        t("auth.demo_banner", role=t(f"role.{role}")), icon=":material/theater_comedy:"
    )
    return _remember(Viewer(name="demo", role=role, opd_kode=opd, mode="demo"))


# --- single sign-on ----------------------------------------------------------------


def _sso_signed_in() -> bool:
    try:
        return bool(st.user.is_logged_in)
    except Exception:
        return False


def _sso_viewer() -> Viewer | None:
    email = str(st.user.get("email") or "")
    account = users.by_email(email) if email else None
    if account is None:
        st.error(t("auth.sso_unknown", email=email or "-"), icon=":material/block:")
        st.button(t("auth.logout"), on_click=st.logout, key="auth_sso_logout")
        return None
    found = Viewer(account.name, account.role, account.opd_kode, "sso")
    audit.record(
        account.scope,
        page="masuk",
        action="login",
        subject_type="akun",
        subject=account.name,
        detail="sso",
        user=account.name,
    )
    return _remember(found)


# --- local login ---------------------------------------------------------------------


def _login_form() -> None:
    st.header(t("auth.title"))
    st.caption(t("auth.intro"))
    with st.form("auth_login"):
        name = st.text_input(t("auth.name"), key="auth_name")
        password = st.text_input(t("auth.password"), type="password", key="auth_pw")
        submitted = st.form_submit_button(t("auth.submit"), type="primary")
    if submitted:
        _try_login(name, password)
    if sso_configured():
        st.button(t("auth.sso"), on_click=_start_sso, key="auth_sso")


def _try_login(name: str, password: str) -> None:
    try:
        account = users.authenticate(name, password)
    except Exception as exc:  # store unreadable: say so, never let anyone in
        st.error(t("auth.store_error", detail=str(exc)), icon=":material/error:")
        return
    if account is None:
        st.error(t("auth.failed"), icon=":material/lock:")
        return
    _remember(Viewer(account.name, account.role, account.opd_kode, "login"))
    audit.record(
        account.scope,
        page="masuk",
        action="login",
        subject_type="akun",
        subject=account.name,
        user=account.name,
    )
    st.rerun()


def _start_sso() -> None:
    try:
        st.login()
    except Exception as exc:  # Authlib missing or [auth] incomplete
        st.session_state["auth_sso_error"] = str(exc)


def sign_out_button(found: Viewer) -> None:
    """Who is signed in, and 'Keluar' (not in demo mode: the switcher is there)."""
    if found.mode == "demo":
        return
    box = st.sidebar.container()
    scope = f" · {found.opd_kode}" if found.opd_kode else ""
    box.caption(
        t("auth.signed_in", name=found.name, role=t(f"role.{found.role}")) + scope
    )
    box.button(t("auth.logout"), on_click=_sign_out, args=(found,), key="auth_logout")


def _sign_out(found: Viewer) -> None:
    audit.record(
        access.Scope(found.role, found.opd_kode),
        page="masuk",
        action="logout",
        subject_type="akun",
        subject=found.name,
        user=found.name,
    )
    st.session_state.pop(access.VIEWER_KEY, None)
    if found.mode == "sso":
        st.logout()
