"""The st.* blocks of Ringkasan Kota below the city scorecard, and the leadership
blocks the sector pages share: the drill-down city → sector → OPD → unit → indicator
(kept in the URL, with links to and from the sector pages), the alerts summary, and
the outcome-vs-rating mismatch tables at OPD and unit level.

URL state of the drill-down: `?rinci_sektor=kesehatan&rinci_opd=DINKES&rinci_unit=
PKM-BALOHAN&rinci_indikator=KES-IDL` (codes, not labels, so a link copied in one
language opens in the other). Like the year filter (components._year_filter) it is
written by hand: read from the URL on a session's first run (or when a link from a
sector page changed it), written back on every run, dropped when not chosen. An older
link without `rinci_opd` still opens its unit: the OPD is taken from the unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import charts, components, queries
from dashboard import overview_views as ov
from dashboard.components import ALL, Context
from dashboard.i18n import t
from dashboard.tables import mismatch_caption, outcome_view, rule, sector_label

SECTOR_PARAM, OPD_PARAM = "rinci_sektor", "rinci_opd"
UNIT_PARAM, INDICATOR_PARAM = "rinci_unit", "rinci_indikator"
PARAMS = (SECTOR_PARAM, OPD_PARAM, UNIT_PARAM, INDICATOR_PARAM)
# The shell's filters a link must carry: the year (written by hand). OPD, sector and
# language are bound widgets: Streamlit writes them back itself after a page switch
# (passing them too would repeat them in the URL).
SHARED_PARAMS = ("tahun",)
OVERVIEW_PAGE = "../pages/ringkasan_kota.py"
# Pickers of the sector pages a drill-down link can preselect (see components).
PAGE_UNIT_PARAM, PAGE_INDICATOR_PARAM = "unit", "indikator"


def _args(ctx: Context) -> tuple:
    return (ctx.scope, ctx.version, ctx.tahun, ctx.opd, ctx.sektor)


@dataclass(frozen=True)
class Drill:
    """The chosen level codes (None = not chosen) and the keys of their pickers."""

    keys: dict[str, str]
    sektor: str | None = None
    opd: str | None = None
    unit: str | None = None
    indikator: str | None = None


def _value(key: str) -> str | None:
    value = st.session_state.get(key, ALL)
    return None if value == ALL else value


def _adopt(key: str, param: str, options: list[str], fallback: str = "") -> None:
    """Seed a drill picker from the URL on a session's first run, or when the URL
    no longer holds what this page last wrote there (a link from a sector page);
    drop a choice that is no longer an option."""
    wanted = str(st.query_params.get(param, "")) or fallback
    seen = st.session_state.get(f"{key}__url")
    if key not in st.session_state or (seen is not None and wanted != seen):
        st.session_state[key] = wanted if wanted in options else ALL
    elif st.session_state[key] not in (ALL, *options):
        st.session_state[key] = ALL


def _remember(key: str, param: str) -> None:
    value = st.session_state.get(key, ALL)
    if value == ALL:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = value
    st.session_state[f"{key}__url"] = "" if value == ALL else value


def _reset(*keys: str) -> None:
    for key in keys:
        st.session_state[key] = ALL


def shared_params() -> dict[str, str]:
    """The shell's filters a link carries (see SHARED_PARAMS)."""
    return {k: str(st.query_params[k]) for k in SHARED_PARAMS if k in st.query_params}


def _picker(
    column: st.delta_generator.DeltaGenerator,
    label: str,
    options: dict[str, str],
    all_label: str,
    key: str,
    resets: tuple[str, ...],
    enabled: bool,
) -> None:
    if not enabled:
        st.session_state[key] = ALL
        options = {}
    column.selectbox(
        label,
        [ALL, *options],
        format_func=lambda v: (
            (all_label if enabled else t("drill.locked")) if v == ALL else options[v]
        ),
        key=key,
        on_change=_reset,
        args=resets,
        disabled=not enabled,
    )


def _pickers(ctx: Context, units: pd.DataFrame, key_prefix: str) -> Drill:
    """Sector, OPD, unit and indicator pickers side by side; each deeper one opens
    once the one before it is chosen (the indicator once a sector is)."""
    keys = {p: f"{key_prefix}_{p}" for p in PARAMS}
    s_key, o_key, u_key, i_key = (keys[p] for p in PARAMS)
    sectors = [s for s in queries.sector_options(ctx.scope, ctx.version)]
    sectors = [s for s in sectors if s in set(units["sektor"])]
    _adopt(s_key, SECTOR_PARAM, sectors)
    rows = units[units["sektor"] == _value(s_key)]
    opds = ov.opd_options(rows)
    wanted_unit = str(st.query_params.get(UNIT_PARAM, ""))
    unit_opd = rows.loc[rows["unit_kode"] == wanted_unit, "opd_kode"]
    _adopt(o_key, OPD_PARAM, list(opds), str(unit_opd.iloc[0]) if len(unit_opd) else "")
    if _value(o_key) is not None:
        rows = rows[rows["opd_kode"] == _value(o_key)]
    names = ov.unit_options(rows.drop_duplicates("unit_kode"))
    _adopt(u_key, UNIT_PARAM, list(names))
    if _value(u_key) is not None:
        rows = rows[rows["unit_kode"] == _value(u_key)]
    indicators = ov.indicator_options(rows, ctx.lang)
    _adopt(i_key, INDICATOR_PARAM, list(indicators))
    cols = st.columns([1.3, 1.5, 1.4, 1.6])
    labels = {s: sector_label(s, ctx.lang) for s in sectors}
    has_sector = _value(s_key) is not None
    _picker(
        cols[0],
        t("drill.sector"),
        labels,
        t("drill.pick_sector"),
        s_key,
        (o_key, u_key, i_key),
        True,
    )
    _picker(
        cols[1], t("drill.opd"), opds, t("drill.all_opd"), o_key, (u_key,), has_sector
    )
    _picker(
        cols[2],
        t("drill.unit"),
        names,
        t("drill.all_units_opd"),
        u_key,
        (),
        _value(o_key) is not None,
    )
    _picker(
        cols[3],
        t("drill.indicator"),
        indicators,
        t("drill.all_indicators"),
        i_key,
        (),
        has_sector,
    )
    for param in PARAMS:
        _remember(keys[param], param)
    return Drill(keys, _value(s_key), _value(o_key), _value(u_key), _value(i_key))


def _crumbs(drill: Drill, units: pd.DataFrame, lang: str) -> list[tuple[str, tuple]]:
    """(label, keys to reset to return there) from the city down to the level."""
    k = drill.keys
    crumbs = [
        (
            t("drill.crumb_city", lang),
            (k[SECTOR_PARAM], k[OPD_PARAM], k[UNIT_PARAM], k[INDICATOR_PARAM]),
        )
    ]
    if drill.sektor:
        crumbs.append(
            (
                sector_label(drill.sektor, lang),
                (k[OPD_PARAM], k[UNIT_PARAM], k[INDICATOR_PARAM]),
            )
        )
    if drill.opd:
        name = ov.opd_options(units[units["opd_kode"] == drill.opd]).get(drill.opd)
        crumbs.append((name or drill.opd, (k[UNIT_PARAM], k[INDICATOR_PARAM])))
    if drill.unit:
        name = ov.unit_options(units[units["unit_kode"] == drill.unit].head(1))
        crumbs.append((name.get(drill.unit, drill.unit), (k[INDICATOR_PARAM],)))
    if drill.indikator:
        crumbs.append((ov.short_name(drill.indikator, lang), ()))
    return crumbs


def drill_down(ctx: Context, *, key_prefix: str) -> None:
    """City (averages per sector) → sector (its OPDs, unit × indicator matrix) → OPD
    (its units) → unit (its indicators by period) → indicator (across the units, or
    over the periods of the chosen unit); back one level with a button."""
    units = queries.unit_scorecard(*_args(ctx))
    if units.empty:
        components.empty_state()
        return
    drill = _pickers(ctx, units, key_prefix)
    if drill.sektor is None:
        _city_level(ctx, units, key_prefix)
        return
    crumbs = _crumbs(drill, units, ctx.lang)
    left, right = st.columns([1, 2], vertical_alignment="center")
    back_label, back_keys = crumbs[-2]
    key = f"{key_prefix}_rinci_kembali"
    left.button(
        t("drill.back_to", nama=back_label),
        key=key,
        on_click=_reset,
        args=back_keys,
        icon=":material/arrow_back:",
    )
    right.caption(" › ".join(label for label, _ in crumbs))
    _sector_page_link(ctx, drill, units)
    rows = units[units["sektor"] == drill.sektor]
    if drill.opd:
        rows = rows[rows["opd_kode"] == drill.opd]
    if drill.unit:
        name = crumbs[3][0]
        _unit_level(ctx, drill.unit, name, drill.indikator, key_prefix=key_prefix)
        return
    if drill.indikator:
        bars = ov.indicator_units_chart_input(
            rows, drill.indikator, ctx.tahun, ctx.lang
        )
        st.plotly_chart(
            charts.build_scorecard_figure(**bars), key=f"{key_prefix}_rinci_ind_chart"
        )
    if drill.opd is None:
        _opd_level_table(ctx, drill.sektor, key_prefix)
    _matrix(
        ctx,
        rows,
        crumbs[-1][0] if not drill.indikator else crumbs[-2][0],
        drill,
        key_prefix,
    )


def _city_level(ctx: Context, units: pd.DataFrame, key_prefix: str) -> None:
    st.markdown(f"**{t('drill.city_title')}**")
    st.caption(t("drill.city_caption"))
    view = ov.sector_summary_view(units, ctx.lang)
    components.table(
        view, key=f"{key_prefix}_rinci_sektor_tabel", file_stem=f"sektor_{ctx.tahun}"
    )
    for sektor in view.df[view.hidden[0]]:
        if sektor in ov.SECTOR_PAGES:
            components.page_link(
                ctx.scope,
                ov.SECTOR_PAGES[sektor],
                label=t("drill.open_sector", sektor=sector_label(sektor, ctx.lang)),
                icon=":material/open_in_new:",
                query_params=shared_params(),
            )


def _opd_level_table(ctx: Context, sektor: str, key_prefix: str) -> None:
    opds = queries.opd_outcome(ctx.scope, ctx.version, ctx.tahun, ctx.opd, sektor)
    if opds.empty:
        return
    rules = queries.rules(ctx.scope, ctx.version)
    label = sector_label(sektor, ctx.lang)
    st.markdown(f"**{t('drill.opd_title', sektor=label)}**")
    components.table(
        ov.opd_outcome_view(opds, rules, ctx.lang),
        key=f"{key_prefix}_rinci_opd_tabel",
        file_stem=f"opd_{sektor}_{ctx.tahun}",
    )


def _matrix(
    ctx: Context, rows: pd.DataFrame, scope_label: str, drill: Drill, key_prefix: str
) -> None:
    st.markdown(f"**{t('drill.matrix_title', lingkup=scope_label)}**")
    tab_matrix, tab_list = st.tabs([t("drill.tab_matrix"), t("drill.tab_list")])
    stem = f"kartu_skor_unit_{drill.opd or drill.sektor}_{ctx.tahun}"
    with tab_matrix:
        components.table(
            ov.unit_matrix_view(rows, ctx.lang),
            key=f"{key_prefix}_rinci_matriks",
            file_stem=f"matriks_{stem}",
        )
        st.caption(t("drill.matrix_legend"))
    with tab_list:
        components.table(
            ov.unit_scorecard_view(rows, ctx.lang),
            key=f"{key_prefix}_rinci_skor",
            file_stem=stem,
        )
        st.caption(t("drill.legend"))


def _unit_level(
    ctx: Context, unit: str, name: str, kode: str | None, *, key_prefix: str
) -> None:
    periods = queries.unit_periods(ctx.scope, ctx.version, ctx.tahun, ctx.opd, unit)
    if kode is not None:
        periods = periods[periods["kode_indikator"] == kode]
    if periods.empty:
        st.markdown(f"**{t('drill.unit_title', unit=name, tahun=ctx.tahun)}**")
        components.empty_state()
        return
    if kode is None:
        chart = ov.unit_chart_input(periods, name, ctx.tahun, ctx.lang)
    else:
        chart = ov.unit_indicator_chart_input(periods, kode, name, ctx.tahun, ctx.lang)
    components.figure_and_table(
        charts.build_period_figure(**chart),
        ov.unit_periods_view(periods, ctx.lang),
        key=f"{key_prefix}_rinci_periode",
        file_stem=f"indikator_{unit}_{kode or 'semua'}_{ctx.tahun}",
    )


def _sector_page_link(ctx: Context, drill: Drill, units: pd.DataFrame) -> None:
    """From the drill-down to the sector's own page, carrying the filters and, where
    that page can show it, the chosen unit and indicator."""
    page = ov.SECTOR_PAGES.get(str(drill.sektor))
    if page is None:
        return
    params = shared_params()
    label = sector_label(drill.sektor, ctx.lang)
    text = t("drill.open_sector", sektor=label)
    if drill.unit and drill.sektor == "kesehatan":
        params[PAGE_UNIT_PARAM] = drill.unit
        name = ov.unit_options(units[units["unit_kode"] == drill.unit].head(1))
        text = t("drill.open_unit", unit=name.get(drill.unit, drill.unit), sektor=label)
    if drill.indikator:
        params[PAGE_INDICATOR_PARAM] = drill.indikator
    components.page_link(
        ctx.scope, page, label=text, icon=":material/open_in_new:", query_params=params
    )


def drill_link(
    ctx: Context, sektor: str, unit: str | None = None, unit_name: str | None = None
) -> None:
    """From a sector page to its level (or one unit) in the Ringkasan Kota
    drill-down, carrying the filters."""
    params = {**shared_params(), SECTOR_PARAM: sektor}
    label = t("sector.to_drill", sektor=sector_label(sektor, ctx.lang))
    if unit:
        params[UNIT_PARAM] = unit
        label = t("sector.to_drill_unit", unit=unit_name or unit)
    components.page_link(
        ctx.scope,
        OVERVIEW_PAGE,
        label=label,
        icon=":material/account_tree:",
        query_params=params,
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
        components.page_link(
            ctx.scope,
            line.page,
            label=line.label,
            icon=line.icon,
            query_params=shared_params(),
        )


def _opd_mismatch(ctx: Context, sektor: str | None, key_prefix: str) -> None:
    rules = queries.rules(ctx.scope, ctx.version)
    opds = queries.opd_outcome(ctx.scope, ctx.version, ctx.tahun, ctx.opd, sektor)
    st.markdown(f"**{t('mismatch.opd_level')}**")
    st.caption(ov.opd_mismatch_caption(rules, ctx.lang))
    if opds.empty:
        components.empty_state("mismatch.opd_none")
        return
    components.table(
        ov.opd_outcome_view(opds, rules, ctx.lang),
        key=f"{key_prefix}_ketidaksesuaian_opd",
        file_stem=f"hasil_vs_penilaian_opd_{sektor or 'kota'}",
    )


def mismatch_table(ctx: Context, *, key_prefix: str) -> None:
    """Every sector: OPDs (all their results pooled) and units that miss their
    targets while most staff are rated Baik or better (and units too small to
    judge)."""
    _opd_mismatch(ctx, None, key_prefix)
    rules = queries.rules(ctx.scope, ctx.version)
    min_pct = rule(rules, "sinyal.ketidaksesuaian_min_pct_indikator_gagal", 50)
    units = queries.mismatch_units(*_args(ctx), min_pct)
    st.markdown(f"**{t('mismatch.unit_level')}**")
    st.caption(ov.mismatch_caption(rules, ctx.lang))
    if units.empty:
        components.empty_state("mismatch.none")
        return
    view = ov.mismatch_view(units, rules, ctx.lang)
    components.table(
        view, key=f"{key_prefix}_ketidaksesuaian", file_stem="hasil_vs_penilaian_kota"
    )


def sector_outcome(ctx: Context, sektor: str, *, key_prefix: str) -> None:
    """A sector page's outcome-vs-rating block: its OPDs, then all its units."""
    _opd_mismatch(ctx, sektor, key_prefix)
    rules = queries.rules(ctx.scope, ctx.version)
    outcome = queries.unit_outcome(ctx.scope, ctx.version, ctx.tahun, ctx.opd, sektor)
    st.markdown(f"**{t('mismatch.unit_level')}**")
    st.caption(mismatch_caption(rules, ctx.lang))
    if outcome.empty:
        components.empty_state()
        return
    components.table(
        outcome_view(outcome, rules, ctx.lang),
        key=f"{key_prefix}_hasil",
        file_stem="hasil_vs_penilaian",
    )
