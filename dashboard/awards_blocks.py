"""The st.* blocks of Penghargaan: the snapshot bar, the data of the page read from
the chosen snapshot, the nominations per rule with BKPSDM's decision panel, the
confirmed awardees, the decision history, presentation settings and the exports
(PPTX deck, PDF briefing) built with a progress indicator, and the public view.

Decisions save in their button's callback (it runs before the next rerun), so the
page drawn right after shows them. Individual-level lists (nominations of people)
are written to the audit log once per session when shown, and each download of one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import (
    access,
    audit,
    awards,
    components,
    db,
    downloads,
    exports_pdf,
    exports_pptx,
    presentation,
    queries,
    snapshots,
)
from dashboard import awards_views as views
from dashboard import formatting as fmt
from dashboard import queries_awards as qa
from dashboard.access import AccessDenied, Scope
from dashboard.components import Context
from dashboard.i18n import t
from dashboard.store import StoreError
from dashboard.tables import sector_label

PAGE = awards.PAGE
LIVE = "langsung"
SNAPSHOT_KEY = "snapshot"  # ?snapshot=SNAP-... (shareable link)
MESSAGE = "penghargaan_pesan"
BUILT = "penghargaan_berkas"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@dataclass
class PageData:
    """What the page shows, all read from one warehouse file (live or frozen)."""

    meta: dict[str, Any]
    rules: dict[str, float]
    units: pd.DataFrame
    people: pd.DataFrame | None  # None: the role has no individual access
    decisions: pd.DataFrame
    awardees: pd.DataFrame
    sectors: pd.DataFrame
    scorecard: pd.DataFrame


# --- snapshot -------------------------------------------------------------------------


def snapshot_bar(ctx: Context) -> snapshots.Snapshot | None:
    """Choose the frozen data the page (and its exports) stand on; BKPSDM and the
    mayor's office can freeze the live data now."""
    if presentation.is_on():  # the stage draws no widgets above the slide
        chosen = snapshots.get(str(st.query_params.get(SNAPSHOT_KEY, "")))
        return chosen if chosen is not None and chosen.available else None
    found = [s for s in snapshots.list_all() if s.available]
    names = {s.id: s for s in found}
    # The id is written into the URL by hand (a bound widget would keep the option's
    # label there, which changes with the language).
    if st.session_state.get(SNAPSHOT_KEY) not in (LIVE, *names):
        wanted = str(st.query_params.get(SNAPSHOT_KEY, ""))
        st.session_state[SNAPSHOT_KEY] = wanted if wanted in names else LIVE
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    chosen = left.selectbox(
        t("penghargaan.snapshot.pilih"),
        [LIVE, *names],
        format_func=lambda key: _snapshot_option(names.get(key), ctx.lang),
        key=SNAPSHOT_KEY,
        help=t("penghargaan.snapshot.help"),
    )
    if chosen == LIVE:
        st.query_params.pop(SNAPSHOT_KEY, None)
    else:
        st.query_params[SNAPSHOT_KEY] = chosen
    if ctx.scope.role in snapshots.SNAPSHOT_ROLES:
        with right.popover(t("penghargaan.snapshot.buat"), icon=":material/ac_unit:"):
            st.text_input(
                t("penghargaan.snapshot.label"),
                key="penghargaan_snapshot_label",
                max_chars=snapshots.MAX_LABEL,
            )
            st.button(
                t("penghargaan.snapshot.simpan"),
                key="penghargaan_snapshot_simpan",
                on_click=_on_snapshot,
                args=(ctx.scope,),
                type="primary",
            )
    active = names.get(chosen) if chosen != LIVE else None
    _flash()
    if active is None:
        st.info(t("penghargaan.snapshot.langsung"), icon=":material/sensors:")
    else:
        st.success(_snapshot_line(active, ctx.lang), icon=":material/ac_unit:")
    return active


def _snapshot_option(found: snapshots.Snapshot | None, lang: str) -> str:
    if found is None:
        return t("penghargaan.snapshot.opsi_langsung", lang)
    return t(
        "penghargaan.snapshot.opsi",
        lang,
        label=found.label,
        tanggal=fmt.fmt_date(found.data_sampai, lang=lang),
        id=found.id,
    )


def _snapshot_line(found: snapshots.Snapshot, lang: str) -> str:
    return t(
        "penghargaan.snapshot.aktif",
        lang,
        id=found.id,
        label=found.label,
        tanggal=fmt.fmt_date(found.data_sampai, lang=lang),
        oleh=found.created_by,
        waktu=fmt.fmt_datetime(views.local_time(found.created_at), lang=lang),
    )


def _on_snapshot(scope: Scope) -> None:
    label = st.session_state.get("penghargaan_snapshot_label", "")
    try:
        with st.spinner(t("penghargaan.snapshot.menyalin")):
            made = snapshots.create(scope, label)
    except (snapshots.SnapshotError, StoreError, AccessDenied) as exc:
        st.session_state[MESSAGE] = ("error", t("penghargaan.snapshot.gagal", e=exc))
        return
    st.session_state[SNAPSHOT_KEY] = made.id
    st.session_state[MESSAGE] = (
        "success",
        t("penghargaan.snapshot.dibuat", id=made.id),
    )


def _flash() -> None:
    found = st.session_state.pop(MESSAGE, None)
    if found:
        kind, text = found
        (st.success if kind == "success" else st.error)(text)


# --- data -----------------------------------------------------------------------------


def load(ctx: Context, snapshot: snapshots.Snapshot | None) -> PageData:
    """Every dataset of the page from the chosen snapshot (or the live file)."""
    scope, tahun = ctx.scope, int(ctx.tahun or 0)
    with snapshots.reading(snapshot):
        version = db.warehouse_version()
        args = (scope, version, tahun, ctx.opd, ctx.sektor)
        meta = queries.meta_build(scope, version) or {}
        rules = queries.rules(scope, version)
        units = qa.unit_nominations(*args)
        people = qa.person_nominations(*args) if scope.individual_access else None
        sectors = qa.sector_attainment(*args)
        scorecard = queries.scorecard(*args)
    decisions = (
        awards.decisions(scope, tahun)
        if scope.individual_access
        else pd.DataFrame(columns=awards.DECISION_COLUMNS)
    )
    found = _filtered(awards.awardees(scope, tahun), ctx)
    return PageData(
        meta=meta,
        rules=rules,
        units=views.with_decisions(units, decisions),
        people=None if people is None else views.with_decisions(people, decisions),
        decisions=decisions,
        awardees=found,
        sectors=sectors,
        scorecard=scorecard,
    )


def _filtered(found: pd.DataFrame, ctx: Context) -> pd.DataFrame:
    """Awardees of the sidebar's OPD and sector filters."""
    keep = pd.Series(True, index=found.index)
    if ctx.opd is not None:
        keep &= found["opd_kode"] == ctx.opd
    if ctx.sektor is not None:
        keep &= found["sektor"] == ctx.sektor
    return found[keep].reset_index(drop=True)


# --- deck -----------------------------------------------------------------------------


# Kept outside the widgets' own state, so presentation mode (no widgets) keeps them:
EVENT = "_penghargaan_acara"  # (name, date) of the event
PUBLIC_YEAR = "_penghargaan_publik_tahun"  # the public view's year


def event(ctx: Context) -> tuple[str, dt.date]:
    """The event's name and date (title slide, PDF cover): as chosen in this session,
    else the default name for the year and today."""
    name, day = st.session_state.get(EVENT, ("", None))
    default = t("penghargaan.acara.bawaan", tahun=ctx.tahun)
    return (name or default), (day or dt.date.today())


def event_form(ctx: Context) -> None:
    """Edit the event's name and date (kept outside the widgets' own state, so
    presentation mode, which does not draw them, keeps the values)."""
    name, day = event(ctx)

    def remember() -> None:
        st.session_state[EVENT] = (
            awards.clean_text(st.session_state.get("penghargaan_acara")),
            st.session_state.get("penghargaan_acara_tanggal"),
        )

    left, right = st.columns([3, 1])
    left.text_input(
        t("penghargaan.acara.nama"),
        value=name,
        key="penghargaan_acara",
        max_chars=120,
        on_change=remember,
    )
    right.date_input(
        t("penghargaan.acara.tanggal"),
        value=day,
        key="penghargaan_acara_tanggal",
        format="DD/MM/YYYY",
        on_change=remember,
    )


def deck(
    ctx: Context,
    data: PageData,
    snapshot: snapshots.Snapshot | None,
    event: tuple[str, dt.date],
) -> tuple[list[views.Slide], views.DeckInfo]:
    """The slides (title, charts, one card per awardee, closing) and the deck's
    identity, shared by presentation mode, the PPTX and the PDF."""
    info = views.DeckInfo(
        event=event[0],
        tahun=int(ctx.tahun or 0),
        event_date=event[1],
        snapshot_id=snapshot.id if snapshot else None,
        snapshot_label=snapshot.label if snapshot else None,
        data_sampai=data.meta.get("data_sampai"),
        lang=ctx.lang,
        filters=_filters(ctx),
        created_by=access.current_user(),
    )
    confirmed = views.confirmed_names(data.awardees)
    charts = []
    overview = views.sector_chart(data.sectors, info.tahun, ctx.lang)
    if overview is not None:
        charts.append(overview)
    charts += views.rule_charts(data.units, confirmed, info.tahun, ctx.lang)
    slides = views.build_slides(info, charts, views.cards(data.awardees, ctx.lang))
    return slides, info


def _filters(ctx: Context) -> tuple[tuple[str, str], ...]:
    opds = queries.opd_options(ctx.scope, ctx.version)
    names = dict(zip(opds["opd_kode"], opds["opd_nama"], strict=True))
    return (
        (t("filter.tahun"), str(ctx.tahun)),
        (
            t("filter.opd"),
            names.get(ctx.opd, t("filter.all_opd")) if ctx.opd else t("filter.all_opd"),
        ),
        (
            t("filter.sektor"),
            sector_label(ctx.sektor, ctx.lang)
            if ctx.sektor
            else t("filter.all_sektor"),
        ),
    )


def footer_line(info: views.DeckInfo) -> str:
    return f"{info.event} · {info.data_line()} · {info.snapshot_line()}"


# --- nominations ----------------------------------------------------------------------


def record_export(scope: Scope, list_name: str, kind: str, rows: int) -> None:
    """Audit-log one download of an individual-level list (or a deck with names)."""
    audit.record(
        scope,
        page=PAGE,
        action="export",
        subject_type="daftar",
        subject=list_name,
        detail=f"{kind}, {rows} baris",
    )


def to_xlsx(df: pd.DataFrame) -> bytes:
    """XLSX of a list: NIP as text, formula-like text neutralised (downloads.py)."""
    return downloads.to_xlsx_bytes(df, sheet=t("nav.penghargaan"))


def download_row(
    ctx: Context, df: pd.DataFrame, *, key: str, file_stem: str, audited: bool
) -> None:
    """CSV and XLSX of a table; individual-level ones are written to the audit log."""
    components.download_buttons(
        df,
        key=key,
        file_stem=file_stem,
        audit_as=components.AuditAs(ctx.scope, PAGE, "daftar", file_stem)
        if audited
        else None,
        sheet=t("nav.penghargaan"),
    )


def nominations(
    ctx: Context, data: PageData, snapshot: snapshots.Snapshot | None
) -> None:
    """One block per rule: how it works, its candidates with the evidence and the
    decision in force, the downloads and, for BKPSDM, the decision panel."""
    if data.people is None:
        st.info(t("penghargaan.pegawai.tanpa_akses"), icon=":material/lock:")
    for aturan in views.RULES:
        people = aturan == "asn_terbaik"
        if people and data.people is None:
            continue
        rows = data.people if people else data.units
        rows = rows[rows["aturan"] == aturan] if rows is not None else pd.DataFrame()
        st.markdown(f"#### {views.rule_label(aturan, ctx.lang)}")
        st.caption(rule_caption(aturan, data.rules, ctx.lang))
        if rows.empty:
            components.empty_state("penghargaan.kosong")
            continue
        if people:
            audit.record(
                ctx.scope,
                page=PAGE,
                action="view",
                subject_type="daftar",
                subject="nominasi_asn_terbaik",
                detail=f"tahun={ctx.tahun} opd={ctx.opd or 'semua'}",
            )
        view = views.nomination_view(rows, aturan, ctx.lang)
        components.grid(view, key=f"penghargaan_{aturan}")
        download_row(
            ctx,
            view.df,
            key=f"penghargaan_{aturan}",
            file_stem=f"nominasi_{aturan}_{ctx.tahun}",
            audited=people,
        )
        if ctx.scope.role in awards.DECIDER_ROLES:
            decision_panel(ctx, rows, aturan, snapshot)


def rule_caption(aturan: str, rules: dict[str, float], lang: str) -> str:
    def rule(key: str, default: float) -> str:
        return fmt.fmt_number(rules.get(f"penghargaan.{key}", default), 0, lang=lang)

    return t(
        f"penghargaan.aturan_rinci.{aturan}",
        lang,
        min_periode=rule("asn_min_periode", 6),
        min_pct=rule("asn_min_pct_baik", 100),
        maks_opd=rule("asn_maks_per_opd", 1),
        min_ind=rule("unit_min_indikator", 2),
        min_capaian=rule("sektor_min_capaian_pct", 100),
        maks_sektor=rule("sektor_maks_per_sektor", 1),
        min_poin=rule("meningkat_min_poin", 5),
        maks=rule("meningkat_maks" if aturan == "unit_meningkat" else "ikm_maks", 1),
        min_ikm=fmt.fmt_number(
            rules.get("penghargaan.ikm_min_nilai", 76.61), 2, lang=lang
        ),
        min_resp=fmt.fmt_number(rules.get("ikm.min_responden", 30), 0, lang=lang),
    )


# Above this many candidates of a rule the decision picker lists the nominees only.
PICKER_LIMIT = 2_000


def decision_panel(
    ctx: Context, rows: pd.DataFrame, aturan: str, snapshot: snapshots.Snapshot | None
) -> None:
    """Confirm (with the citation to announce) or remove (with a reason) one
    candidate of the rule. Above PICKER_LIMIT candidates (a province) the picker
    holds the nominees (★) only, and above PICKER_LIMIT nominees it asks for an OPD
    (the sidebar's), whose candidates it then lists."""
    picked = rows if len(rows) <= PICKER_LIMIT else rows[rows["nominasi"].astype(bool)]
    with st.expander(t("penghargaan.putuskan.judul"), icon=":material/gavel:"):
        if len(picked) > PICKER_LIMIT:
            st.info(
                t(
                    "penghargaan.putuskan.pilih_opd",
                    n=fmt.fmt_int(len(picked), lang=ctx.lang),
                ),
                icon=":material/filter_list:",
            )
            return
        records = picked.to_dict("records")
        by_code = {str(r["subjek_kode"]): r for r in records}
        if len(picked) < len(rows):
            st.caption(
                t(
                    "penghargaan.putuskan.terbatas",
                    n=fmt.fmt_int(len(picked), lang=ctx.lang),
                    total=fmt.fmt_int(len(rows), lang=ctx.lang),
                )
            )
        if not records:
            return
        code = st.selectbox(
            t("penghargaan.putuskan.kandidat"),
            list(by_code),
            format_func=lambda c: views.choice_label(by_code[c], ctx.lang),
            key=f"penghargaan_pilih_{aturan}",
        )
        chosen = by_code[code]
        st.caption(str(chosen["bukti"]))
        cite_key = f"penghargaan_kutipan_{aturan}_{code}"
        st.text_area(
            t("penghargaan.putuskan.kutipan"),
            value=str(chosen["kutipan"]),
            key=cite_key,
            max_chars=awards.MAX_KUTIPAN,
            help=t("penghargaan.putuskan.kutipan_help"),
        )
        reason_key = f"penghargaan_alasan_{aturan}_{code}"
        st.text_input(
            t("penghargaan.putuskan.alasan"),
            key=reason_key,
            max_chars=awards.MAX_ALASAN,
        )
        nomination = awards.Nomination.from_row(chosen)
        snap_id = snapshot.id if snapshot else None
        left, right, _ = st.columns([1, 1, 3])
        left.button(
            t("penghargaan.putuskan.konfirmasi"),
            key=f"penghargaan_konfirmasi_{aturan}",
            type="primary",
            icon=":material/check_circle:",
            on_click=_on_decide,
            args=(ctx.scope, nomination, "confirm", cite_key, snap_id),
        )
        right.button(
            t("penghargaan.putuskan.hapus"),
            key=f"penghargaan_hapus_{aturan}",
            icon=":material/remove_circle:",
            on_click=_on_decide,
            args=(ctx.scope, nomination, "remove", reason_key, snap_id),
        )


def _on_decide(
    scope: Scope,
    nomination: awards.Nomination,
    what: str,
    text_key: str,
    snapshot_id: str | None,
) -> None:
    text = st.session_state.get(text_key, "")
    try:
        if what == "confirm":
            awards.confirm(scope, nomination, kutipan=text, snapshot_id=snapshot_id)
            message = t(
                "penghargaan.putuskan.dikonfirmasi", nama=nomination.subjek_nama
            )
        else:
            awards.remove(scope, nomination, alasan=text, snapshot_id=snapshot_id)
            message = t("penghargaan.putuskan.dihapus", nama=nomination.subjek_nama)
    except awards.DecisionInvalid as exc:
        st.session_state[MESSAGE] = ("error", t(exc.key, **exc.params))
        return
    except (AccessDenied, StoreError) as exc:
        st.session_state[MESSAGE] = ("error", t("penghargaan.putuskan.gagal", e=exc))
        return
    st.session_state[MESSAGE] = ("success", message)


# --- awardees, history ----------------------------------------------------------------


def awardee_list(ctx: Context, data: PageData) -> None:
    if data.awardees.empty:
        components.empty_state("penghargaan.penerima.kosong")
        return
    view = views.awardee_view(data.awardees, ctx.lang)
    components.grid(view, key="penghargaan_penerima")
    download_row(
        ctx,
        view.df,
        key="penghargaan_penerima",
        file_stem=f"penerima_penghargaan_{ctx.tahun}",
        audited=False,
    )


def decision_history(ctx: Context) -> None:
    if not ctx.scope.individual_access:
        return
    found = awards.history(ctx.scope, ctx.tahun)
    with st.expander(
        t("penghargaan.riwayat.judul", n=len(found)), icon=":material/history:"
    ):
        if found.empty:
            components.empty_state("penghargaan.riwayat.kosong")
        else:
            components.grid(
                views.history_view(found, ctx.lang), key="penghargaan_riwayat"
            )


def charts(ctx: Context, slides: list[views.Slide]) -> None:
    """The slides' charts, one tab each, as they will appear on stage (light)."""
    found = [s.chart for s in slides if s.chart is not None]
    if not found:
        components.empty_state("penghargaan.kosong")
        return
    theme = presentation.theme_of("terang")
    for tab, chart in zip(st.tabs([c.title for c in found]), found, strict=True):
        with tab:
            st.caption(chart.subtitle)
            height = 160 + 52 * len(chart.categories)
            st.plotly_chart(
                presentation.figure(chart, theme, ctx.lang, height=height),
                config=presentation.chart_config(chart),
                theme=None,
                key=f"penghargaan_grafik_{chart.key}",
            )


# --- presentation and exports ---------------------------------------------------------


def stage_settings(slides: list[views.Slide]) -> None:
    """Theme and timer (kept in the URL), the slide count, and the start button."""
    left, mid, right = st.columns([2, 2, 2], vertical_alignment="bottom")
    current = st.query_params.get(presentation.THEME_PARAM, "terang")
    theme = left.segmented_control(
        t("penghargaan.tayang.tema"),
        list(presentation.THEMES),
        default=current if current in presentation.THEMES else "terang",
        required=True,
        format_func=lambda name: t(f"penghargaan.tayang.tema.{name}"),
        key="penghargaan_tema",
    )
    if theme and theme != "terang":  # the default stays out of the link
        st.query_params[presentation.THEME_PARAM] = theme
    else:
        st.query_params.pop(presentation.THEME_PARAM, None)
    seconds = mid.selectbox(
        t("penghargaan.tayang.timer"),
        presentation.TIMER_CHOICES,
        format_func=lambda s: (
            t("penghargaan.tayang.timer_off")
            if not s
            else t("penghargaan.tayang.timer_s", n=s)
        ),
        key="penghargaan_timer",
    )
    if seconds:
        st.query_params[presentation.TIMER_PARAM] = str(seconds)
    else:
        st.query_params.pop(presentation.TIMER_PARAM, None)
    right.button(
        t("penghargaan.tayang.mulai", n=len(slides)),
        key="penghargaan_mulai",
        type="primary",
        icon=":material/slideshow:",
        on_click=presentation.start,
    )
    st.caption(t("penghargaan.tayang.caption"))


def exports(
    ctx: Context,
    data: PageData,
    slides: list[views.Slide],
    info: views.DeckInfo,
) -> None:
    """Build the PPTX deck or the PDF briefing on request (with a progress
    indicator), then offer the file; each download is written to the audit log."""
    theme = st.query_params.get(presentation.THEME_PARAM, "terang")
    # A built file is offered only while it matches what the page shows now.
    fingerprint = repr((info, [s.title for s in slides], len(data.awardees), theme))
    built: dict[str, tuple[str, str, bytes]] = st.session_state.setdefault(BUILT, {})
    left, right = st.columns(2)
    if left.button(
        t("penghargaan.ekspor.pptx"),
        key="penghargaan_buat_pptx",
        icon=":material/slideshow:",
    ):
        with st.status(t("penghargaan.ekspor.menyusun_pptx")) as status:
            payload = exports_pptx.build(slides, info, theme)
            done = t("penghargaan.ekspor.siap", n=len(slides))
            status.update(label=done, state="complete", expanded=False)
        built["pptx"] = (fingerprint, info.file_stem(), payload)
    if right.button(
        t("penghargaan.ekspor.pdf"),
        key="penghargaan_buat_pdf",
        icon=":material/picture_as_pdf:",
    ):
        with st.status(t("penghargaan.ekspor.menyusun_pdf")) as status:
            payload = exports_pdf.build(briefing(ctx, data, slides, info))
            done = t("penghargaan.ekspor.siap_pdf")
            status.update(label=done, state="complete", expanded=False)
        built["pdf"] = (fingerprint, f"briefing_{info.file_stem()}", payload)
    for column, kind in ((left, "pptx"), (right, "pdf")):
        if built.get(kind, ("",))[0] != fingerprint:
            continue
        _, stem, payload = built[kind]
        column.download_button(
            t(f"penghargaan.ekspor.unduh_{kind}"),
            data=payload,
            file_name=f"{stem}.{kind}",
            mime=PPTX_MIME if kind == "pptx" else "application/pdf",
            key=f"penghargaan_unduh_{kind}",
            icon=":material/download:",
            on_click=record_export,
            args=(ctx.scope, stem, kind, len(data.awardees)),
            type="primary",
        )
    st.caption(t("penghargaan.ekspor.caption"))


def briefing(
    ctx: Context, data: PageData, slides: list[views.Slide], info: views.DeckInfo
) -> exports_pdf.Briefing:
    return exports_pdf.from_frames(
        info,
        scorecard=data.scorecard,
        sectors=data.sectors,
        charts=[s.chart for s in slides if s.chart is not None],
        awardees=data.awardees,
        simulated=bool(data.meta.get("simulated")),
    )


# --- the public role ------------------------------------------------------------------


def public_page(ctx: Context) -> None:
    """Confirmed awardees only, as announced: cards and the presentation."""
    years = awards.awardee_years(ctx.scope)
    if not years:
        components.empty_state("penghargaan.publik.kosong")
        return
    kept = st.session_state.get(PUBLIC_YEAR)
    tahun = kept if kept in years else years[0]
    if not presentation.is_on():  # the stage draws no widget above the slide

        def remember() -> None:
            st.session_state[PUBLIC_YEAR] = st.session_state["penghargaan_publik_tahun"]

        tahun = st.selectbox(
            t("filter.tahun"),
            years,
            index=years.index(tahun),
            key="penghargaan_publik_tahun",
            on_change=remember,
        )
    found = awards.awardees(ctx.scope, tahun)
    info = views.DeckInfo(
        event=t("penghargaan.acara.bawaan", tahun=tahun),
        tahun=int(tahun),
        event_date=dt.date.today(),
        snapshot_id=None,
        snapshot_label=None,
        data_sampai=None,
        lang=ctx.lang,
    )
    slides = views.build_slides(info, [], views.cards(found, ctx.lang), public=True)
    if presentation.is_on():
        presentation.show(slides, ctx.lang, info.event)
        st.stop()
    st.caption(t("penghargaan.publik.intro", tahun=tahun))
    for card in views.cards(found, ctx.lang):
        with st.container(border=True):
            st.markdown(f"**★ {_plain(card.award)}**")
            st.markdown(f"### {_plain(card.name)}")
            st.markdown(" · ".join(_plain(x) for x in (card.role, card.unit) if x))
            if card.citation:
                st.markdown(f"> {_plain(card.citation)}")
    stage_settings(slides)


def _plain(text: Any) -> str:
    """Text shown through st.markdown without being read as Markdown or HTML."""
    value = "" if fmt.is_missing(text) else str(text)
    for char in "\\`*_{}[]<>()#+-.!|~$":
        value = value.replace(char, "\\" + char)
    return value
