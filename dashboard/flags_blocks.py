"""The st.* blocks of Peringatan Dini: filters, the watch list with its audited
export, one flag's detail with the form to record a follow-up action, and the
follow-up register with its update form, history and whether the flag moved.

Forms save in their submit button's callback (it runs before the next rerun), so the
page drawn right after shows the new action, and a validation error keeps what the
user typed. Every individual-level list shown is written to the audit log once per
session; every download of one, each time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import actions, audit, components
from dashboard import flags_views as views
from dashboard import formatting as fmt
from dashboard import queries_flags as qf
from dashboard.access import AccessDenied, Scope
from dashboard.components import Context
from dashboard.i18n import t
from dashboard.store import StoreError

PAGE = actions.PAGE
CURRENT = "terkini"
NEW_MESSAGE = "peringatan_pesan_baru"
UPDATE_MESSAGE = "peringatan_pesan_ubah"
NEW = {
    "jenis": "peringatan_tl_jenis",
    "pemilik": "peringatan_tl_pemilik",
    "tenggat": "peringatan_tl_tenggat",
    "status": "peringatan_tl_status",
    "catatan": "peringatan_tl_catatan",
}
DEFAULT_DUE_DAYS = 14


# --- filters and data -----------------------------------------------------------------


def filters(ctx: Context) -> tuple[str | None, views.Filters]:
    """Period (current flags, or one period of the chosen year), signals, minimum
    severity (default: sedang and above), minimum persistence, follow-up state."""
    periods = qf.flag_periods(ctx.scope, ctx.version, ctx.opd)
    in_year = [p for p in periods["periode"] if str(p).startswith(str(ctx.tahun))]
    if st.session_state.get("peringatan_periode") not in (None, CURRENT, *in_year):
        del st.session_state["peringatan_periode"]  # a period of another year
    row = st.columns([3, 2, 2, 2])
    periode = row[0].selectbox(
        t("peringatan.filter.periode"),
        [CURRENT, *in_year],
        format_func=lambda p: (
            t("peringatan.filter.terkini")
            if p == CURRENT
            else fmt.period_label(p, lang=ctx.lang)
        ),
        key="peringatan_periode",
    )
    keparahan = row[1].selectbox(
        t("peringatan.filter.keparahan"),
        list(views.SEVERITIES),
        index=1,
        format_func=lambda s: t(f"peringatan.filter.min_{s}"),
        key="peringatan_keparahan",
    )
    lama = row[2].number_input(
        t("peringatan.filter.lama"),
        min_value=1,
        max_value=120,
        value=1,
        step=1,
        key="peringatan_lama",
    )
    tindak = row[3].selectbox(
        t("peringatan.filter.tindak"),
        list(views.FOLLOW_UP_FILTERS),
        format_func=lambda f: t(f"peringatan.filter.tindak_{f}"),
        key="peringatan_tindak",
    )
    sinyal = st.multiselect(
        t("peringatan.filter.sinyal"),
        list(views.SIGNALS),
        default=list(views.SIGNALS),
        format_func=lambda s: views.signal_label(s, ctx.lang),
        key="peringatan_sinyal",
    )
    chosen = views.Filters(
        sinyal=tuple(sinyal or views.SIGNALS),
        min_keparahan=keparahan or "sedang",
        min_lama=int(lama or 1),
        tindak=tindak or "semua",
    )
    return (None if periode in (None, CURRENT) else periode), chosen


def load(ctx: Context, periode: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The flags (current or of one period) with their actions attached, and every
    action of the viewer's scope and OPD filter."""
    flags = qf.watch_list(ctx.scope, ctx.version, ctx.opd, periode)
    acts = actions.list_actions(ctx.scope, ctx.opd)
    return views.attach_actions(flags, acts), acts


def counts(ctx: Context, periode: str | None) -> pd.DataFrame:
    """Flags per OPD, signal and severity (queries_flags.flag_counts)."""
    return qf.flag_counts(ctx.scope, ctx.version, ctx.opd, periode)


def crowded(flag_counts: pd.DataFrame) -> bool:
    """More flags in view than one list should hold (queries_flags.LIST_LIMIT)."""
    return int(flag_counts["n"].sum()) > qf.LIST_LIMIT if len(flag_counts) else False


def per_opd(ctx: Context, flag_counts: pd.DataFrame, filters: views.Filters) -> None:
    """Instead of a list too long to read: how many flags each OPD holds (with the
    list's signal, severity and persistence filters), and how to open one OPD's
    list (the sidebar's OPD)."""
    st.info(
        t(
            "peringatan.banyak",
            n=fmt.fmt_int(int(flag_counts["n"].sum()), lang=ctx.lang),
            batas=fmt.fmt_int(qf.LIST_LIMIT, lang=ctx.lang),
        ),
        icon=":material/filter_list:",
    )
    if filters.tindak != "semua":
        st.caption(t("peringatan.opd.tindak_nanti"))
    kept = views.filter_counts(flag_counts, filters)
    if kept.empty:
        components.empty_state("peringatan.daftar.kosong")
        return
    components.table(
        views.opd_counts_view(kept, ctx.lang),
        key="peringatan_per_opd",
        file_stem="peringatan-per-opd",
    )


def actions_only(ctx: Context) -> pd.DataFrame:
    """Every action of the viewer's scope and OPD filter (no list loaded)."""
    return actions.list_actions(ctx.scope, ctx.opd)


def noise_caption(flags: pd.DataFrame, lang: str) -> str:
    """Why the list starts at severity sedang: how many resistance flags are rendah."""
    return t(
        "peringatan.daftar.caption",
        lang,
        n=fmt.fmt_int(views.count_flags(flags, "resistensi"), lang=lang),
        rendah=fmt.fmt_int(views.count_flags(flags, "resistensi", "rendah"), lang=lang),
    )


def watch_table(ctx: Context, shown: pd.DataFrame, periode: str | None) -> None:
    """The filtered watch list, its export, and the audit entry of the view."""
    if shown.empty:
        components.empty_state("peringatan.daftar.kosong")
        return
    audit.record(
        ctx.scope,
        page=PAGE,
        action="view",
        subject_type="daftar",
        subject="peringatan_dini",
        detail=f"opd={ctx.opd or 'semua'}",
    )
    st.caption(t("peringatan.daftar.jumlah", n=fmt.fmt_int(len(shown), lang=ctx.lang)))
    view = views.watch_view(shown, ctx.lang)
    components.table(
        view,
        key="peringatan_daftar",
        file_stem=f"peringatan_dini_{periode or CURRENT}",
        audit_as=components.AuditAs(ctx.scope, PAGE, "daftar", "peringatan_dini"),
        sheet=t("nav.peringatan"),
    )
    st.caption(t("peringatan.daftar.legenda"))


# --- one flag: detail and the new-action form -----------------------------------------


def _plain(text: Any) -> str:
    """Text shown through st.markdown without being read as Markdown."""
    return fmt.md_text(text)


def _flash(key: str) -> None:
    """Show (once) what the last save of a form said."""
    found = st.session_state.pop(key, None)
    if not found:
        return
    kind, lines = found
    show = st.success if kind == "success" else st.error
    show("\n\n".join(_plain(line) for line in lines))


def flag_detail(ctx: Context, shown: pd.DataFrame, acts: pd.DataFrame) -> None:
    """Pick a flag of the list: its reason, components, actions and the form."""
    if shown.empty:
        components.empty_state("peringatan.daftar.kosong")
        return
    rows = dict(zip(views.flag_keys(shown), shown.to_dict("records"), strict=True))
    key = st.selectbox(
        t("peringatan.rinci.pilih"),
        list(rows),
        format_func=lambda k: views.flag_option(rows[k], ctx.lang),
        key="peringatan_tanda",
    )
    row = rows.get(key) if key in rows else next(iter(rows.values()))
    st.markdown(_plain(views.flag_facts(row, ctx.lang)))
    st.markdown(f"**{t('peringatan.col.alasan')}:** {_plain(row['alasan'])}")
    parts = views.component_table(row["sinyal"], row["komponen"], ctx.lang)
    if not parts.empty:
        st.dataframe(parts, hide_index=True, key="peringatan_komponen")
    mine = acts[views.run_keys(acts, shown) == views.flag_key(row)]
    if not mine.empty:
        st.markdown(f"**{t('peringatan.rinci.tindakan_ada', n=len(mine))}**")
        st.dataframe(
            views.flag_actions_view(mine, ctx.lang).df,
            hide_index=True,
            key="peringatan_tl_ini",
        )
    _new_action_form(ctx, actions.FlagRef.from_row(row))


def _new_action_form(ctx: Context, flag: actions.FlagRef) -> None:
    st.markdown(f"**{t('peringatan.form.judul')}**")
    _flash(NEW_MESSAGE)
    with st.form("peringatan_form_tl", border=False):
        left, right = st.columns(2)
        left.selectbox(
            t("peringatan.form.jenis"),
            list(actions.JENIS),
            format_func=lambda j: views.jenis_label(j, ctx.lang),
            key=NEW["jenis"],
        )
        right.text_input(
            t("peringatan.form.pemilik"),
            max_chars=actions.MAX_PEMILIK,
            placeholder=t("peringatan.form.pemilik_contoh"),
            key=NEW["pemilik"],
        )
        left.date_input(
            t("peringatan.form.tenggat"),
            value=actions.today() + dt.timedelta(days=DEFAULT_DUE_DAYS),
            format="DD/MM/YYYY",
            key=NEW["tenggat"],
        )
        right.selectbox(
            t("peringatan.form.status"),
            list(actions.STATUS),
            format_func=lambda s: views.status_label(s, ctx.lang),
            key=NEW["status"],
        )
        st.text_area(
            t("peringatan.form.catatan"),
            max_chars=actions.MAX_CATATAN,
            key=NEW["catatan"],
        )
        st.form_submit_button(
            t("peringatan.form.simpan"),
            type="primary",
            on_click=_on_record,
            args=(ctx.scope, flag),
            key="peringatan_tl_simpan",
        )


def _on_record(scope: Scope, flag: actions.FlagRef) -> None:
    state = st.session_state
    try:
        action_id = actions.record(
            scope,
            flag,
            jenis=state.get(NEW["jenis"]),
            pemilik=state.get(NEW["pemilik"]) or "",
            tenggat=state.get(NEW["tenggat"]),
            status=state.get(NEW["status"]),
            catatan=state.get(NEW["catatan"]) or "",
        )
    except actions.ActionInvalid as exc:
        state[NEW_MESSAGE] = ("error", exc.messages())
        return
    except AccessDenied:
        state[NEW_MESSAGE] = ("error", [t("peringatan.err.akses")])
        return
    except StoreError as exc:
        state[NEW_MESSAGE] = ("error", [t("peringatan.err.simpan", detail=str(exc))])
        return
    state[NEW["pemilik"]] = ""
    state[NEW["catatan"]] = ""
    who = flag.subjek_nama or flag.subjek_kode
    state[NEW_MESSAGE] = (
        "success",
        [t("peringatan.form.tersimpan", id=action_id, subjek=who)],
    )


# --- the follow-up register -----------------------------------------------------------


def _measures(ctx: Context, acts: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    people = acts["subjek_jenis"] == "pegawai"
    kodes = tuple(sorted(set(acts["subjek_kode"])))
    nips = tuple(sorted(set(acts.loc[people, "subjek_kode"])))
    units = tuple(sorted(set(acts.loc[~people, "subjek_kode"])))
    return (
        qf.flag_series(ctx.scope, ctx.version, kodes),
        qf.predikat_series(ctx.scope, ctx.version, nips),
        qf.attainment_series(ctx.scope, ctx.version, units),
    )


def follow_ups(ctx: Context, acts: pd.DataFrame) -> None:
    """Every action of the scope with its status and movement, its export, and the
    form to update one action, with that action's history."""
    if acts.empty:
        components.empty_state("peringatan.tl.kosong")
        return
    audit.record(
        ctx.scope,
        page=PAGE,
        action="view",
        subject_type="daftar",
        subject="tindak_lanjut",
        detail=f"opd={ctx.opd or 'semua'}",
    )
    moved = views.with_movement(acts, *_measures(ctx, acts), ctx.lang)
    view = views.actions_view(moved, ctx.lang)
    components.table(
        view,
        key="peringatan_register",
        file_stem="tindak_lanjut",
        audit_as=components.AuditAs(ctx.scope, PAGE, "daftar", "tindak_lanjut"),
        sheet=t("nav.peringatan"),
    )
    st.caption(t("peringatan.tl.legenda"))
    _update_block(ctx, acts)


def _update_block(ctx: Context, acts: pd.DataFrame) -> None:
    rows = {int(r["id"]): r for r in acts.to_dict("records")}
    st.markdown(f"**{t('peringatan.ubah.judul')}**")
    _flash(UPDATE_MESSAGE)
    picked = st.selectbox(
        t("peringatan.ubah.pilih"),
        list(rows),
        format_func=lambda i: views.action_option(rows[i], ctx.lang),
        key="peringatan_ubah_pilih",
    )
    row = rows.get(picked) if picked in rows else next(iter(rows.values()))
    aid = int(row["id"])
    with st.form(f"peringatan_form_ubah_{aid}", border=False):
        cols = st.columns(3)
        cols[0].selectbox(
            t("peringatan.form.status"),
            list(actions.STATUS),
            index=list(actions.STATUS).index(row["status"]),
            format_func=lambda s: views.status_label(s, ctx.lang),
            key=f"peringatan_ubah_status_{aid}",
        )
        cols[1].date_input(
            t("peringatan.form.tenggat"),
            value=actions.as_date(row["tenggat"]),
            format="DD/MM/YYYY",
            key=f"peringatan_ubah_tenggat_{aid}",
        )
        cols[2].text_input(
            t("peringatan.form.pemilik"),
            value=row["pemilik"],
            max_chars=actions.MAX_PEMILIK,
            key=f"peringatan_ubah_pemilik_{aid}",
        )
        st.text_area(
            t("peringatan.ubah.catatan"),
            max_chars=actions.MAX_CATATAN,
            key=f"peringatan_ubah_catatan_{aid}",
        )
        st.form_submit_button(
            t("peringatan.ubah.simpan"),
            on_click=_on_update,
            args=(ctx.scope, aid),
            key=f"peringatan_ubah_simpan_{aid}",
        )
    st.markdown(f"**{t('peringatan.ubah.riwayat')}**")
    components.grid(
        views.history_view(actions.history(ctx.scope, aid), ctx.lang),
        key="peringatan_riwayat",
    )


def _on_update(scope: Scope, aid: int) -> None:
    state = st.session_state
    try:
        changed = actions.update(
            scope,
            aid,
            status=state.get(f"peringatan_ubah_status_{aid}"),
            tenggat=state.get(f"peringatan_ubah_tenggat_{aid}"),
            pemilik=state.get(f"peringatan_ubah_pemilik_{aid}"),
            catatan=state.get(f"peringatan_ubah_catatan_{aid}") or "",
        )
    except actions.ActionInvalid as exc:
        state[UPDATE_MESSAGE] = ("error", exc.messages())
        return
    except (AccessDenied, actions.ActionNotFound):
        state[UPDATE_MESSAGE] = ("error", [t("peringatan.err.akses")])
        return
    except StoreError as exc:
        state[UPDATE_MESSAGE] = ("error", [t("peringatan.err.simpan", detail=str(exc))])
        return
    state[f"peringatan_ubah_catatan_{aid}"] = ""
    fields = ", ".join(t(f"peringatan.field.{f}") for f in changed)
    state[UPDATE_MESSAGE] = (
        "success",
        [t("peringatan.ubah.tersimpan", id=aid, fields=fields)],
    )
