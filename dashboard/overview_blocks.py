"""The st.* blocks of Ringkasan Kota below the city scorecard: the drill-down from the
city to a sector's units and one unit's indicators (kept in the URL), the alerts
summary with links to the sector pages, and the outcome-vs-rating mismatch table.

URL state of the drill-down: `?rinci_sektor=kesehatan&rinci_unit=PKM-BALOHAN` (codes,
not labels, so a link copied in one language opens in the other). Like the year filter
(components._year_filter) it is written by hand: read from the URL on a session's first
run, written back on every run, dropped at the city level.
"""

from __future__ import annotations

import streamlit as st

from dashboard import charts, components, queries
from dashboard import overview_views as ov
from dashboard.components import ALL, Context
from dashboard.i18n import t
from dashboard.tables import rule, sector_label

SECTOR_PARAM, UNIT_PARAM = "rinci_sektor", "rinci_unit"


def _args(ctx: Context) -> tuple:
    return (ctx.scope, ctx.version, ctx.tahun, ctx.opd, ctx.sektor)


def _adopt(key: str, param: str, options: list[str]) -> None:
    """Seed a drill picker from the URL (first run) and drop a stale choice."""
    if key not in st.session_state:
        wanted = str(st.query_params.get(param, ""))
        st.session_state[key] = wanted if wanted in options else ALL
    elif st.session_state[key] not in (ALL, *options):
        st.session_state[key] = ALL


def _remember(param: str, value: str) -> None:
    if value == ALL:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = value


def _reset(*keys: str) -> None:
    for key in keys:
        st.session_state[key] = ALL


def drill_down(ctx: Context, *, key_prefix: str) -> None:
    """City -> sector (each unit's scorecard) -> unit (its indicators by period)."""
    s_key, u_key = f"{key_prefix}_{SECTOR_PARAM}", f"{key_prefix}_{UNIT_PARAM}"
    units = queries.unit_scorecard(*_args(ctx))
    sectors = [s for s in queries.sector_options(ctx.scope, ctx.version)]
    sectors = [s for s in sectors if s in set(units["sektor"])]
    _adopt(s_key, SECTOR_PARAM, sectors)
    if units.empty:
        components.empty_state()
        return
    left, right = st.columns(2)
    sektor = left.selectbox(
        t("drill.sector"),
        [ALL, *sectors],
        format_func=lambda s: (
            t("drill.pick_sector") if s == ALL else sector_label(s, ctx.lang)
        ),
        key=s_key,
        on_change=_reset,
        args=(u_key,),
    )
    _remember(SECTOR_PARAM, sektor)
    rows = units[units["sektor"] == sektor]
    names = ov.unit_options(rows.drop_duplicates("unit_kode"))
    _adopt(u_key, UNIT_PARAM, list(names))
    if sektor == ALL:
        st.session_state[u_key] = ALL
        _remember(UNIT_PARAM, ALL)
        st.info(t("drill.hint"), icon=":material/info:")
        return
    unit = right.selectbox(
        t("drill.unit"),
        [ALL, *names],
        format_func=lambda u: t("drill.all_units") if u == ALL else names[u],
        key=u_key,
    )
    _remember(UNIT_PARAM, unit)
    label = sector_label(sektor, ctx.lang)
    if unit == ALL:
        st.button(
            t("drill.back_city"),
            key=f"{key_prefix}_rinci_kembali_kota",
            on_click=_reset,
            args=(s_key, u_key),
            icon=":material/arrow_back:",
        )
        st.markdown(f"**{t('drill.sector_title', sektor=label)}**")
        view = ov.unit_scorecard_view(rows, ctx.lang)
        stem = f"kartu_skor_unit_{sektor}_{ctx.tahun}"
        components.table(view, key=f"{key_prefix}_rinci_skor", file_stem=stem)
        st.caption(t("drill.legend"))
        return
    st.button(
        t("drill.back_sector", sektor=label),
        key=f"{key_prefix}_rinci_kembali_sektor",
        on_click=_reset,
        args=(u_key,),
        icon=":material/arrow_back:",
    )
    _unit_detail(ctx, unit, names[unit], key_prefix=key_prefix)


def _unit_detail(ctx: Context, unit: str, name: str, *, key_prefix: str) -> None:
    periods = queries.unit_periods(ctx.scope, ctx.version, ctx.tahun, ctx.opd, unit)
    if periods.empty:
        st.markdown(f"**{t('drill.unit_title', unit=name, tahun=ctx.tahun)}**")
        components.empty_state()
        return
    fig = charts.build_period_figure(
        **ov.unit_chart_input(periods, name, ctx.tahun, ctx.lang)
    )
    components.figure_and_table(
        fig,
        ov.unit_periods_view(periods, ctx.lang),
        key=f"{key_prefix}_rinci_periode",
        file_stem=f"indikator_{unit}_{ctx.tahun}",
    )


def alerts_summary(ctx: Context) -> None:
    """Counts only, each a link to the page with the details."""
    counts = queries.alerts(*_args(ctx))
    journal = queries.import_journal(ctx.scope, ctx.journal_version)
    lines = ov.alert_lines(counts, journal, ctx.lang)
    if not lines:
        components.empty_state("alerts.none")
        return
    for line in lines:
        st.page_link(line.page, label=line.label, icon=line.icon)


def mismatch_table(ctx: Context, *, key_prefix: str) -> None:
    """Units of every sector that miss their targets while most staff are rated Baik
    or better (and those too small to judge)."""
    rules = queries.rules(ctx.scope, ctx.version)
    min_pct = rule(rules, "sinyal.ketidaksesuaian_min_pct_indikator_gagal", 50)
    units = queries.mismatch_units(*_args(ctx), min_pct)
    st.caption(ov.mismatch_caption(rules, ctx.lang))
    if units.empty:
        components.empty_state("mismatch.none")
        return
    view = ov.mismatch_view(units, rules, ctx.lang)
    components.table(
        view, key=f"{key_prefix}_ketidaksesuaian", file_stem="hasil_vs_penilaian_kota"
    )
