"""The st.* sections of Kinerja Pegawai: the spread of predikat, the curve check with
its what-if, the self-rating gap, the nine-box with the people of a box, and one
person's profile.

URL state (codes, so a link copied in one language opens in the other), written by
hand like the drill-down of Ringkasan Kota: `?tingkat=unit` (OPDs or units),
`?kurva=kurang` (the organisation predikat of the what-if; absent = the applicable
one), `?kotak=9` (the open nine-box cell), `?nip=...` (the open profile). Individual
lists and profiles are audit-logged when shown and on every download (audit.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import (
    audit,
    charts,
    components,
    queries,
    queries_people,
)
from dashboard import formatting as fmt
from dashboard import people_charts as pc
from dashboard import people_profile as profile
from dashboard import people_views as views
from dashboard.components import Context
from dashboard.i18n import t

PAGE = "kinerja_pegawai"
LEVEL_PARAM, CURVE_PARAM, BOX_PARAM, NIP_PARAM = "tingkat", "kurva", "kotak", "nip"
LEVELS = ("opd", "unit")
NONE = "-"
BOX_ORDER = (9, 8, 7, 6, 5, 4, 3, 2, 1)


@dataclass(frozen=True)
class PageData:
    """The aggregates every section reads, fetched once per run."""

    curve: pd.DataFrame
    spread: pd.DataFrame
    gap: pd.DataFrame
    boxes: pd.DataFrame
    rules: dict[str, float]

    @property
    def min_n(self) -> int:
        return views.min_group(self.rules)


def load(ctx: Context) -> PageData:
    rules = queries.rules(ctx.scope, ctx.version)
    args = (ctx.scope, ctx.version, ctx.tahun, ctx.opd)
    return PageData(
        curve=queries_people.curve(*args),
        spread=queries_people.spread(ctx.scope, ctx.version),
        gap=queries_people.rating_gap(*args, views.min_group(rules)),
        boxes=queries_people.nine_box(*args),
        rules=rules,
    )


def kpis(ctx: Context, data: PageData) -> None:
    subjects = views.spread_subjects(data.curve, by_unit=False)
    counts = views.nine_box_counts(data.boxes)
    components.kpi_row(
        views.page_kpis(subjects, data.curve, data.gap, counts, ctx.lang)
    )


# --- URL state ------------------------------------------------------------------------


def _adopt(key: str, param: str, options: list[Any], default: Any) -> None:
    """Seed a picker from the URL on the session's first run; drop a stale value."""
    if key not in st.session_state:
        wanted = str(st.query_params.get(param, ""))
        by_text = {str(o): o for o in options}
        st.session_state[key] = by_text.get(wanted, default)
    elif st.session_state[key] not in options:
        st.session_state[key] = default


def _remember(param: str, value: Any, default: Any) -> None:
    if value == default or value is None:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = str(value)


def level_picker(ctx: Context) -> bool:
    """OPDs (with the city) or units, for the spread, the curve and the gap."""
    key = "kinerja_tingkat"
    _adopt(key, LEVEL_PARAM, list(LEVELS), "opd")
    chosen = st.segmented_control(
        t("kinerja.level"),
        list(LEVELS),
        required=True,
        format_func=lambda code: t(f"kinerja.level.{code}"),
        key=key,
    )
    chosen = chosen if chosen in LEVELS else "opd"
    _remember(LEVEL_PARAM, chosen, "opd")
    return chosen == "unit"


# --- sections -------------------------------------------------------------------------


def spread_section(ctx: Context, data: PageData, by_unit: bool) -> None:
    """Stacked 100% bars per OPD (or unit) in the year, and per year."""
    subjects = views.spread_subjects(data.curve, by_unit)
    if subjects.empty:
        components.empty_state()
        return
    note = views.source_note(subjects, ctx.tahun, ctx.lang)
    if note:
        st.caption(note)
    fig = pc.build_share_figure(
        **views.spread_chart_input(subjects, ctx.tahun, by_unit, ctx.lang)
    )
    view = views.spread_view(subjects, by_unit, ctx.lang)
    components.capped_note(views.spread_capped_note(subjects, by_unit, ctx.lang))
    stem = f"sebaran_predikat_{'unit' if by_unit else 'opd'}_{ctx.tahun}"
    components.figure_and_table(fig, view, key="kinerja_sebaran", file_stem=stem)
    name = t("kinerja.city") if ctx.opd is None else str(subjects["opd_nama"].iloc[0])
    years = views.spread_years_input(data.spread, ctx.opd, name, ctx.lang)
    if not years["df"].empty:
        st.plotly_chart(pc.build_share_figure(**years), key="kinerja_sebaran_tahun")
        st.caption(t("kinerja.spread.years_note"))


def _curve_choice() -> str:
    key = "kinerja_kurva"
    _adopt(key, CURVE_PARAM, list(views.CURVE_CHOICES), views.APPLICABLE)
    chosen = st.segmented_control(
        t("kinerja.kurva.whatif"),
        list(views.CURVE_CHOICES),
        required=True,
        format_func=views.choice_label,
        key=key,
        help=t("kinerja.kurva.whatif_help"),
    )
    chosen = chosen if chosen in views.CURVE_CHOICES else views.APPLICABLE
    _remember(CURVE_PARAM, chosen, views.APPLICABLE)
    return chosen


def curve_section(ctx: Context, data: PageData, by_unit: bool) -> None:
    """The curve check with the what-if organisation predikat."""
    if data.curve.empty:
        components.empty_state()
        return
    st.caption(views.applicable_note(data.curve, ctx.lang))
    choice = _curve_choice()
    if choice != views.APPLICABLE:
        organisation = views.ORGANISATION_CODES[choice]
        st.markdown(views.rules_sentence(data.curve, organisation, ctx.lang))
    else:
        for organisation in views.ORGANISATION:
            st.caption(views.rules_sentence(data.curve, organisation, ctx.lang))
    rows = views.curve_rows(data.curve, choice, by_unit)
    if rows.empty:
        components.empty_state()
        return
    st.markdown(f"**{views.curve_summary(rows, ctx.lang)}**")
    view = views.curve_view(rows, data.min_n, ctx.lang)
    level = "unit" if by_unit else "opd"
    stem = f"kurva_predikat_{level}_{choice}_{ctx.tahun}"
    components.table(view, key="kinerja_kurva_tabel", file_stem=stem)
    st.caption(t("kinerja.kurva.legend", min=data.min_n))


def gap_section(ctx: Context, data: PageData, by_unit: bool) -> None:
    """Self-rating vs the supervisor's per unit (or OPD), frequent ones marked."""
    rows = views.gap_rows(data.gap, by_unit, data.min_n)
    if rows.empty:
        components.empty_state()
        return
    limit = views.limit_of(data.rules)
    fig = charts.build_scorecard_figure(
        **views.gap_chart_input(rows, limit, by_unit, ctx.tahun, ctx.lang),
        suffix="%",
    )
    view = views.gap_view(rows, limit, by_unit, ctx.lang)
    stem = f"selisih_penilaian_diri_{'unit' if by_unit else 'opd'}_{ctx.tahun}"
    components.figure_and_table(fig, view, key="kinerja_selisih", file_stem=stem)


def _box_choice(counts: dict[int, int], lang: str) -> Any:
    key = "kinerja_kotak"
    options = [NONE, *BOX_ORDER]
    _adopt(key, BOX_PARAM, options, NONE)
    chosen = st.selectbox(
        t("kinerja.ninebox.pick"),
        options,
        format_func=lambda b: (
            t("kinerja.ninebox.pick_none")
            if b == NONE
            else views.box_option_label(b, counts, lang)
        ),
        key=key,
    )
    _remember(BOX_PARAM, chosen, NONE)
    return chosen


def nine_box_section(ctx: Context, data: PageData) -> None:
    """Counts per box; a chosen box lists its people (individual access only)."""
    counts = views.nine_box_counts(data.boxes)
    if sum(counts.values()) == 0:
        components.empty_state("kinerja.ninebox.empty")
        return
    individual = ctx.scope.individual_access
    chart = views.nine_box_chart_input(
        counts, individual, data.min_n, ctx.tahun, ctx.lang
    )
    st.plotly_chart(pc.build_nine_box_figure(**chart), key="kinerja_9box_chart")
    note = views.unplaced_note(data.boxes, ctx.lang)
    if note:
        st.caption(note)
    if not individual:
        st.info(t("kinerja.individual_only"), icon=":material/lock:")
        return
    box = _box_choice(counts, ctx.lang)
    if box == NONE:
        st.caption(t("kinerja.ninebox.hint"))
        return
    people = queries_people.nine_box_people(
        ctx.scope, ctx.version, ctx.tahun, ctx.opd, int(box)
    )
    subject = f"kotak_9box_{box}"
    detail = f"tahun={ctx.tahun}; opd={ctx.opd or 'semua'}; {len(people)} orang"
    audit.record(
        ctx.scope,
        page=PAGE,
        action="view",
        subject_type="daftar",
        subject=subject,
        detail=detail,
    )
    st.markdown(f"**{views.box_option_label(int(box), counts, ctx.lang)}**")
    if people.empty:
        components.empty_state()
        return
    event = components.table(
        views.box_people_view(people, ctx.lang),
        key="kinerja_9box_daftar",
        file_stem=f"kotak_9box_{box}_{ctx.tahun}",
        audit_as=components.AuditAs(ctx.scope, PAGE, "daftar", subject),
        selectable=True,
    )
    _open_selected(event, people)
    st.caption(t("kinerja.ninebox.open_hint"))


def _open_selected(event: Any, people: pd.DataFrame) -> None:
    """A row picked in the box list opens that person's profile (once per pick)."""
    rows = list(getattr(getattr(event, "selection", None), "rows", []) or [])
    if not rows:
        return
    nip = str(people.iloc[rows[0]]["nip"])
    if st.session_state.get("_kinerja_dipilih") != nip:
        st.session_state["_kinerja_dipilih"] = nip
        st.session_state["kinerja_nip"] = nip


def _search_text(ctx: Context, total: int) -> str | None:
    """Above PICKER_LIMIT people the picker lists only matches of a search; a NIP
    from the link (or the person open now) is searched until something is typed."""
    typed = st.text_input(
        t("kinerja.profile.search"),
        key="kinerja_cari",
        placeholder=t("kinerja.profile.search_placeholder"),
        help=t("kinerja.profile.search_help", n=fmt.fmt_int(total, lang=ctx.lang)),
    )
    if typed and typed.strip():
        return typed.strip()
    current = st.session_state.get("kinerja_nip")
    if current and current != NONE:
        return str(current)
    wanted = str(st.query_params.get(NIP_PARAM, "")).strip()
    return wanted or None


def _person_choice(ctx: Context) -> str:
    total = queries_people.people_count(ctx.scope, ctx.version, ctx.tahun, ctx.opd)
    cari = None
    if total > queries_people.PICKER_LIMIT:
        cari = _search_text(ctx, total)
    if total > queries_people.PICKER_LIMIT and cari is None:
        people = pd.DataFrame(columns=["nip", "nama", "opd_nama", "unit_kerja"])
    else:
        people = queries_people.people(ctx.scope, ctx.version, ctx.tahun, ctx.opd, cari)
    if len(people) > queries_people.PICKER_LIMIT:
        st.caption(
            t(
                "kinerja.profile.search_more",
                n=fmt.fmt_int(queries_people.PICKER_LIMIT, lang=ctx.lang),
            )
        )
        people = people.iloc[: queries_people.PICKER_LIMIT]
    labels = profile.person_options(people)
    key = "kinerja_nip"
    _adopt(key, NIP_PARAM, [NONE, *labels], NONE)
    chosen = st.selectbox(
        t("kinerja.profile.pick"),
        [NONE, *labels],
        format_func=lambda n: (
            t("kinerja.profile.pick_none") if n == NONE else labels[n]
        ),
        key=key,
    )
    _remember(NIP_PARAM, chosen, NONE)
    return chosen


def profile_section(ctx: Context) -> None:
    """One person over time: predikat, JP, trainings, competency gaps, flags."""
    if not ctx.scope.individual_access:
        st.info(t("kinerja.individual_only"), icon=":material/lock:")
        return
    nip = _person_choice(ctx)
    if nip == NONE:
        st.caption(t("kinerja.profile.hint"))
        return
    args = (ctx.scope, ctx.version, nip)
    years = queries_people.person_years(*args)
    if years.empty:
        components.empty_state()
        return
    audit.record(
        ctx.scope, page=PAGE, action="view", subject_type="pegawai", subject=nip
    )
    periods = queries_people.person_periods(*args)
    flags = queries_people.person_flags(*args)
    st.markdown(profile.profile_facts(years, periods, ctx.lang))
    components.kpi_row(profile.profile_kpis(years, flags, ctx.tahun, ctx.lang))
    _profile_details(ctx, nip, years, periods, flags)


def _profile_details(
    ctx: Context,
    nip: str,
    years: pd.DataFrame,
    periods: pd.DataFrame,
    flags: pd.DataFrame,
) -> None:
    name = str(years.iloc[-1]["nama"])
    audit_as = components.AuditAs(ctx.scope, PAGE, "pegawai", nip)
    st.markdown(f"**{t('kinerja.profile.flags_title')}**")
    if flags.empty:
        st.caption(t("kinerja.profile.no_flags"))
    else:
        st.markdown(
            "\n".join(f"- {line}" for line in profile.flag_lines(flags, ctx.lang))
        )
        components.download_buttons(
            profile.flags_view(flags, ctx.lang).df,
            key="kinerja_profil_sinyal",
            file_stem=f"sinyal_{nip}",
            audit_as=audit_as,
        )
    if not periods.empty:
        chart = profile.ratings_chart_input(periods, name, ctx.lang)
        fig = pc.build_rating_history_figure(**chart)
        st.plotly_chart(fig, key="kinerja_profil_predikat")
        components.table(
            profile.periods_view(periods, ctx.lang),
            key="kinerja_profil_periode",
            file_stem=f"penilaian_{nip}",
            audit_as=audit_as,
        )
    st.markdown(f"**{t('kinerja.profile.years_title')}**")
    components.table(
        profile.years_view(years, ctx.lang),
        key="kinerja_profil_tahun",
        file_stem=f"tahunan_{nip}",
        audit_as=audit_as,
    )
    chart = profile.jp_chart_input(years, name, ctx.lang)
    st.plotly_chart(pc.build_jp_figure(**chart), key="kinerja_profil_jp")
    _trainings_and_gaps(ctx, nip, audit_as)


def _trainings_and_gaps(ctx: Context, nip: str, audit_as: components.AuditAs) -> None:
    trainings = queries_people.person_trainings(ctx.scope, ctx.version, nip)
    gaps = queries_people.person_gaps(ctx.scope, ctx.version, nip)
    st.markdown(f"**{t('kinerja.profile.trainings_title')}**")
    if trainings.empty:
        st.caption(t("kinerja.profile.no_trainings"))
    else:
        components.table(
            profile.trainings_view(trainings, ctx.lang),
            key="kinerja_profil_pelatihan",
            file_stem=f"pelatihan_{nip}",
            audit_as=audit_as,
        )
    st.markdown(f"**{t('kinerja.profile.gaps_title')}**")
    if gaps.empty:
        st.caption(t("kinerja.profile.no_gaps"))
    else:
        components.table(
            profile.gaps_view(gaps, ctx.lang),
            key="kinerja_profil_kesenjangan",
            file_stem=f"kesenjangan_{nip}",
            audit_as=audit_as,
        )
