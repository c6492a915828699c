"""st.* blocks of Kebutuhan Pelatihan that hold more than a layout call: the intro
with the running-year note, the route summary, and the priority list with its filters,
its audit-logged view and its audit-logged downloads (PRODUCT.md §7).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import audit, components
from dashboard import formatting as fmt
from dashboard import queries_training as queries
from dashboard import training_views as views
from dashboard.components import ALL, Context
from dashboard.i18n import get_lang, t

PAGE = "kebutuhan_pelatihan"
LIST = "prioritas_pelatihan"
N_SUMMARY = 5  # routes named in the summary above the route table


def intro(ctx: Context, until: dt.date | None, rules: dict[str, float]) -> None:
    """What the page answers; a running year's JP are JP so far; the sector filter is
    not used here (OPDs are)."""
    hak, batas = views.jp_rules(rules)
    st.caption(t("pelatihan.intro", tahun=ctx.tahun, hak=hak, batas=batas))
    if until is not None:
        st.info(
            t(
                "pelatihan.running_year",
                tahun=ctx.tahun,
                hak=hak,
                date=fmt.fmt_date(until, lang=ctx.lang),
            ),
            icon=":material/schedule:",
        )
    if ctx.sektor is not None:
        st.info(t("pelatihan.sector_ignored"), icon=":material/info:")


def route_summary(routes: pd.DataFrame, guard: views.Privacy, lang: str) -> None:
    """The courses most needed, one sentence each ('…: 447 orang di 21 OPD')."""
    keep = [not guard.hides(n) for n in routes["n_dinilai"]]
    shown = routes[pd.Series(keep, index=routes.index, dtype=bool)]
    top = shown.sort_values(["n_orang", "kompetensi"], ascending=[False, True])
    lines = [
        f"- **{views.route_label(r['jalur'], r['bentuk'], lang)}** — "
        + views.route_text(r, guard, lang)
        for r in top.head(N_SUMMARY).to_dict("records")
    ]
    if lines:
        st.markdown(t("pelatihan.routes.top", n=len(lines)) + "\n\n" + "\n".join(lines))


# --- priority list --------------------------------------------------------------------


def priority_section(
    ctx: Context, meta: dict[str, Any], rules: dict[str, float]
) -> None:
    """The people to train first, for roles with individual access only."""
    if not ctx.scope.individual_access:
        components.empty_state("pelatihan.prio.no_access")
        return
    needs = queries.priority_list(ctx.scope, ctx.version, ctx.opd)
    if needs.empty:
        components.empty_state("pelatihan.prio.none")
        return
    tahun_ini = int(needs["tahun_ini"].max())
    if ctx.tahun != tahun_ini:
        st.info(
            t("pelatihan.prio.other_year", tahun=tahun_ini, chosen=ctx.tahun),
            icon=":material/info:",
        )
    total = queries.priority_total(ctx.scope, ctx.version, ctx.opd)
    if total > len(needs):
        st.info(
            t(
                "pelatihan.prio.capped",
                n=fmt.fmt_int(len(needs), lang=ctx.lang),
                total=fmt.fmt_int(total, lang=ctx.lang),
            ),
            icon=":material/filter_list:",
        )
    chosen = _filters(needs, views.jp_rules(rules)[0])
    rows = views.filtered(needs, chosen)
    scope_text = f"opd={ctx.opd or 'semua'}"
    audit.record(
        ctx.scope,
        page=PAGE,
        action="view",
        subject_type="daftar",
        subject=LIST,
        detail=scope_text,
    )
    lang = ctx.lang
    st.caption(
        t(
            "pelatihan.prio.count",
            n=fmt.fmt_int(len(rows), lang=lang),
            orang=fmt.fmt_int(rows["nip"].nunique(), lang=lang),
            total=fmt.fmt_int(len(needs), lang=lang),
        )
    )
    if rows.empty:
        components.empty_state("pelatihan.prio.none_match")
        return
    until = views.running_until(meta, tahun_ini)
    view = views.priority_view(rows, until, ctx.opd is not None, lang)
    components.table(
        view,
        key="kebutuhan_prioritas",
        file_stem="prioritas_pelatihan",
        audit_as=components.AuditAs(
            ctx.scope, PAGE, "daftar", LIST, detail=_detail(scope_text, chosen)
        ),
    )


def _detail(scope_text: str, chosen: views.PriorityFilter) -> str:
    parts = [scope_text]
    if chosen.jenis:
        parts.append(f"jenis={chosen.jenis}")
    if chosen.rute:
        parts.append(f"rute={chosen.rute}")
    if chosen.high_only:
        parts.append("prioritas_tinggi")
    return "; ".join(parts)


def _filters(needs: pd.DataFrame, hak: str) -> views.PriorityFilter:
    """Competency type, route and 'only high priority' (the OPD is the sidebar's)."""
    lang = get_lang()
    jenis_options, rute_options = views.filter_options(needs)
    left, middle, right = st.columns([1, 1, 1], vertical_alignment="bottom")
    jenis = left.selectbox(
        t("pelatihan.filter.jenis"),
        [ALL, *jenis_options],
        format_func=lambda j: (
            t("pelatihan.filter.all") if j == ALL else views.jenis_label(j, lang)
        ),
        key="kebutuhan_filter_jenis",
    )
    rute = middle.selectbox(
        t("pelatihan.filter.rute"),
        [ALL, *rute_options],
        format_func=lambda r: (
            t("pelatihan.filter.all") if r == ALL else views.route_option_label(r, lang)
        ),
        key="kebutuhan_filter_rute",
    )
    high = right.toggle(
        t("pelatihan.filter.high"),
        key="kebutuhan_filter_tinggi",
        help=t("pelatihan.filter.high_help", hak=hak),
    )
    return views.PriorityFilter(
        jenis=None if jenis in (None, ALL) else jenis,
        rute=None if rute in (None, ALL) else rute,
        high_only=bool(high),
    )
