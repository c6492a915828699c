"""Small st.* building blocks shared by the shell and the pages.

URL state: the shell's widgets keep their value in the query string with the widget
key as the parameter name (`?tahun=2024&opd=...&sektor=...&lang=English`). OPD, sector
and language use `bind="query-params"`: Streamlit seeds the widget from the URL on load,
writes changes back, and drops a parameter whose value is the default (all OPDs, all
sectors, Indonesian), which reopens the same view. The year is written by hand on every
run, because its default (the latest year) moves when newer data arrives. Pages read the
chosen values with `context()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from dashboard import access, audit, config, db, downloads, queries
from dashboard import formatting as fmt
from dashboard.i18n import LANG_KEY, LANGUAGE_NAMES, get_lang, t
from dashboard.tables import (
    Kpi,
    TableView,
    indicator_details,
    kind_label,
    sector_label,
    synonyms_view,
)

ALL = "semua"  # the "no filter" option of OPD and sector (default: never in the URL)
YEAR_KEY, OPD_KEY, SECTOR_KEY = "tahun", "opd", "sektor"
WRAP_ROW_HEIGHT = 64  # st.dataframe wraps a cell's text only in rows taller than this


@dataclass(frozen=True)
class Context:
    scope: access.Scope
    version: str | None
    journal_version: str | None
    lang: str
    tahun: int | None
    opd: str | None
    sektor: str | None


def context() -> Context:
    """What a page needs: scope, warehouse version, language and the shared filters."""
    state = st.session_state
    opd, sektor = state.get(OPD_KEY), state.get(SECTOR_KEY)
    return Context(
        scope=access.current_scope(),
        version=db.warehouse_version(),
        journal_version=db.journal_version(),
        lang=get_lang(),
        tahun=state.get(YEAR_KEY),
        opd=None if opd in (None, ALL) else opd,
        sektor=None if sektor in (None, ALL) else sektor,
    )


# --- shell ----------------------------------------------------------------------------


def language_switch() -> str:
    """Bahasa Indonesia (default) / English, kept in the URL as ?lang=English."""
    st.sidebar.segmented_control(
        t("lang.label"),
        options=list(config.LANGUAGES),
        default=config.DEFAULT_LANGUAGE,
        required=True,
        format_func=LANGUAGE_NAMES.get,
        key=LANG_KEY,
        bind="query-params",
    )
    return get_lang()


def _adopt_sector_from_url(sectors: list[str]) -> None:
    """A bound widget keeps its option *label* in the URL, and sector labels follow the
    language. A link copied just after a language switch can therefore carry the label
    of the other language (?lang=English&sektor=Kesehatan). On a session's first run,
    map such a label to its code so the link still opens the same view."""
    if SECTOR_KEY in st.session_state:
        return
    wanted = st.query_params.get(SECTOR_KEY)
    if not wanted:
        return
    for code in sectors:
        if wanted in {sector_label(code, lang) for lang in config.LANGUAGES}:
            st.session_state[SECTOR_KEY] = code
            return


def _year_filter(bar: Any, years: list[int]) -> None:
    """The year, always written into the URL (?tahun=2026), also when it is the
    latest: a copied link must reopen the same year after newer data arrives, so it is
    not left to `bind=`, which drops a value equal to the default."""
    chosen = st.session_state.get(YEAR_KEY)
    if chosen not in years:
        wanted = str(st.query_params.get(YEAR_KEY, ""))
        chosen = int(wanted) if wanted.isdigit() and int(wanted) in years else years[0]
        st.session_state[YEAR_KEY] = chosen
    bar.selectbox(t("filter.tahun"), years, key=YEAR_KEY)
    st.query_params[YEAR_KEY] = str(st.session_state[YEAR_KEY])


def sidebar_filters(scope: access.Scope, version: str | None) -> None:
    """Year, OPD and sector filters in the sidebar, bound to the URL query string."""
    years = queries.years(scope, version)
    if not years:
        return
    sectors = queries.sector_options(scope, version)
    _adopt_sector_from_url(sectors)
    bar = st.sidebar
    bar.subheader(t("filter.heading"))
    _year_filter(bar, years)
    opds = queries.opd_options(scope, version)
    names = dict(zip(opds["opd_kode"], opds["opd_nama"], strict=True))
    bar.selectbox(
        t("filter.opd"),
        [ALL, *names],
        format_func=lambda code: t("filter.all_opd") if code == ALL else names[code],
        key=OPD_KEY,
        bind="query-params",
    )
    lang = get_lang()
    bar.selectbox(
        t("filter.sektor"),
        [ALL, *sectors],
        format_func=lambda s: (
            t("filter.all_sektor") if s == ALL else sector_label(s, lang)
        ),
        key=SECTOR_KEY,
        bind="query-params",
    )
    bar.caption(t("filter.share"))


def data_as_of(meta: dict[str, Any] | None, lang: str) -> None:
    """'Data per 30 September 2025 · dibangun 3 Oktober 2025 08.15'."""
    if not meta or fmt.is_missing(meta.get("data_sampai")):
        st.caption(t("asof.unknown"))
        return
    line = t("asof.line", date=fmt.fmt_date(meta["data_sampai"], lang=lang))
    if not fmt.is_missing(meta.get("built_at")):
        line += " · " + t(
            "asof.built", when=fmt.fmt_datetime(meta["built_at"], lang=lang)
        )
    st.caption(line)


def simulated_banner(meta: dict[str, Any] | None) -> None:
    """A clearly visible warning when the warehouse holds demo data."""
    if meta and bool(meta.get("simulated")):
        st.warning(
            f"**{t('banner.simulated')}** — {t('banner.simulated_detail')}",
            icon=":material/science:",
        )


def no_warehouse() -> None:
    """Empty state when no warehouse file exists yet: how to load data."""
    st.info(
        t("empty.no_warehouse", path=db.db_path()) + "\n\n" + t("empty.how_to_load"),
        icon=":material/database:",
    )


def warehouse_problem(error: db.WarehouseError) -> None:
    """A warehouse that exists but cannot answer (missing table, unreadable file)."""
    if isinstance(error, db.WarehouseMissing):
        no_warehouse()
    else:
        st.warning(t("error.incomplete", detail=str(error)), icon=":material/build:")


# --- page blocks ----------------------------------------------------------------------


def empty_state(key: str = "empty.no_data", **kwargs: Any) -> None:
    st.info(t(key, **kwargs), icon=":material/info:")


def kpi_row(kpis: list[Kpi]) -> None:
    """Headline numbers side by side, each with an explanation on hover."""
    for column, kpi in zip(st.columns(len(kpis)), kpis, strict=True):
        column.metric(
            kpi.label,
            kpi.value,
            delta=kpi.delta,
            delta_color=kpi.delta_color,
            help=kpi.help,
            border=True,
        )


def _tint(codes: pd.Series, column: str, frame: pd.DataFrame) -> pd.DataFrame:
    styles = pd.DataFrame("", index=frame.index, columns=frame.columns)
    styles[column] = [
        f"background-color: {config.STATUS_TINTS.get(c, '#FFFFFF')}; color: #14212B"
        for c in codes.reindex(frame.index)
    ]
    return styles


def _styled(view: TableView, shown: pd.DataFrame) -> Styler | pd.DataFrame:
    plain = view.status_column is None and not view.cell_status
    if not view.formats and not view.row_formats and plain:
        return shown
    styler = shown.style.format(view.formats, na_rep=fmt.MISSING)
    for mask, formats in view.row_formats:
        rows = mask.reindex(shown.index).fillna(False).to_numpy()
        for column, formatter in formats.items():
            styler = styler.format(
                formatter, subset=pd.IndexSlice[shown.index[rows], [column]]
            )
    if view.status_column is not None and view.status_codes is not None:
        styler = styler.apply(
            partial(_tint, view.status_codes, view.status_column), axis=None
        )
    for column, codes in view.cell_status.items():
        if column in shown.columns:
            styler = styler.apply(partial(_tint, codes, column), axis=None)
    return styler


@dataclass(frozen=True)
class AuditAs:
    """An individual-level table: each click on its download buttons writes one
    'export' entry to the audit log (who is taken from the session)."""

    scope: access.Scope
    page: str
    subject_type: str
    subject: str | None
    detail: str = ""


def table(
    view: TableView,
    *,
    key: str,
    file_stem: str,
    audit_as: AuditAs | None = None,
    selectable: bool = False,
    sheet: str = "Data",
) -> Any:
    """A table with CSV and XLSX download buttons (downloads carry every row; with
    `audit_as` each download is audit-logged). With `selectable`, a click selects a
    row and the selection event is returned."""
    df = view.df
    shown = df.head(config.MAX_TABLE_ROWS)
    if len(df) > len(shown):
        lang = get_lang()
        st.caption(
            t(
                "table.truncated",
                shown=fmt.fmt_int(len(shown), lang=lang),
                total=fmt.fmt_int(len(df), lang=lang),
            )
        )
    event = _dataframe(view, shown, key=key, selectable=selectable)
    download_buttons(df, key=key, file_stem=file_stem, audit_as=audit_as, sheet=sheet)
    return event


def grouped_table(view: TableView, *, group: str, key: str, file_stem: str) -> None:
    """One table per value of `group` (e.g. per sector, as a scorecard's domains), then
    one pair of download buttons for the whole table."""
    for index, (name, rows) in enumerate(view.df.groupby(group, sort=False)):
        st.markdown(f"**{name}**")
        part = TableView(
            df=rows,
            formats=view.formats,
            row_formats=view.row_formats,
            status_column=view.status_column,
            status_codes=view.status_codes,
            cell_status=view.cell_status,
            hidden=(*view.hidden, group),
            widths=view.widths,
            pinned=view.pinned,
            row_height=view.row_height,
        )
        _dataframe(part, rows, key=f"{key}_{index}")
    download_buttons(view.df, key=key, file_stem=file_stem)


def _dataframe(
    view: TableView, shown: pd.DataFrame, *, key: str, selectable: bool = False
) -> Any:
    row = view.row_height or 35
    # Rows tall enough to wrap long text (reasons, notes) show fewer before scrolling.
    visible = config.TABLE_VISIBLE_ROWS if row < WRAP_ROW_HEIGHT else 10
    height = 38 + row * min(max(len(shown), 1), visible)
    selection: dict[str, Any] = (
        {"on_select": "rerun", "selection_mode": "single-row"} if selectable else {}
    )
    return st.dataframe(
        _styled(view, shown),
        hide_index=True,
        height=height,
        row_height=view.row_height,
        placeholder=fmt.MISSING,
        column_order=[c for c in shown.columns if c not in view.hidden],
        column_config={
            c: st.column_config.Column(
                width=view.widths.get(c), pinned=c in view.pinned
            )
            for c in {*view.widths, *view.pinned}
        },
        key=f"{key}_table",
        **selection,
    )


def page_link(
    scope: access.Scope,
    page: str,
    *,
    label: str,
    icon: str | None = None,
    query_params: dict[str, Any] | None = None,
) -> None:
    """st.page_link when the viewer's role has that page; otherwise the same words
    as plain text (a page not registered for the role cannot, and must not, be
    linked)."""
    if access.may_open(scope.role, Path(page).stem):
        st.page_link(page, label=label, icon=icon, query_params=query_params)
    else:
        st.markdown(f"{icon or ''} {fmt.md_text(label)}".strip())


def capped_note(note: str | None) -> None:
    """The caption of a chart that holds only part of its table's rows, if any."""
    if note:
        st.caption(note)


def grid(view: TableView, *, key: str) -> None:
    """A table without downloads (e.g. a small history under a form)."""
    _dataframe(view, view.df.head(config.MAX_TABLE_ROWS), key=key)


def _record_export(audit_as: AuditAs, file_name: str, n_rows: int) -> None:
    detail = f"{file_name}; {n_rows} baris"
    audit.record(
        audit_as.scope,
        page=audit_as.page,
        action="export",
        subject_type=audit_as.subject_type,
        subject=audit_as.subject,
        detail=f"{detail}; {audit_as.detail}" if audit_as.detail else detail,
    )


def download_buttons(
    df: pd.DataFrame,
    *,
    key: str,
    file_stem: str,
    audit_as: AuditAs | None = None,
    sheet: str = "Data",
) -> None:
    """'Unduh CSV' and 'Unduh XLSX', generated only when clicked; with `audit_as`
    each click is written to the audit log."""
    lang = get_lang()
    left, right, _ = st.columns([1, 1, 4])
    csv = partial(downloads.to_csv_bytes, df, lang=lang)
    xlsx = partial(downloads.to_xlsx_bytes, df, sheet=sheet)
    files = (
        (left, "csv", csv, downloads.CSV_MIME),
        (right, "xlsx", xlsx, downloads.XLSX_MIME),
    )
    for column, kind, data, mime in files:
        name = f"{file_stem}.{kind}"
        column.download_button(
            t(f"dl.{kind}"),
            data=data,
            file_name=name,
            mime=mime,
            key=f"{key}_{kind}",
            on_click=_record_export if audit_as else "ignore",
            args=(audit_as, name, len(df)) if audit_as else None,
            icon=":material/download:",
        )


def template_downloads(kinds: dict[str, Any], *, key: str) -> None:
    """One row per export kind: title, grain, CSV and XLSX templates; then the accepted
    headers of each kind in an expander."""
    lang = get_lang()
    for name, kind in kinds.items():
        title = kind.title_en if lang == "en" else kind.title_id
        text, csv_col, xlsx_col = st.columns([4, 1, 1], vertical_alignment="center")
        text.markdown(f"**{title}** · `{name}`")
        csv_col.download_button(
            "CSV",
            data=partial(downloads.template_csv, kind, lang=lang),
            file_name=f"templat_{name}.csv",
            mime=downloads.CSV_MIME,
            key=f"{key}_{name}_csv",
            on_click="ignore",
            icon=":material/download:",
        )
        xlsx_col.download_button(
            "XLSX",
            data=partial(downloads.template_xlsx, kind),
            file_name=f"templat_{name}.xlsx",
            mime=downloads.XLSX_MIME,
            key=f"{key}_{name}_xlsx",
            on_click="ignore",
            icon=":material/download:",
        )
        with st.expander(t("templates.synonyms", kind=title)):
            st.caption(t("templates.grain", grain=t(f"grain.{name}")))
            st.dataframe(synonyms_view(kind, lang).df, hide_index=True)


def require_data(ctx: Context) -> None:
    """Stop the page with the right empty state when there is nothing to show: no
    warehouse (the shell explains how to load one) or no year with data."""
    if not db.warehouse_exists():
        raise db.WarehouseMissing(str(db.db_path()))
    if ctx.tahun is None:
        empty_state("empty.no_year")
        st.stop()


def require_warehouse() -> None:
    """Raise WarehouseMissing (the shell shows how to load data) when there is none."""
    if not db.warehouse_exists():
        raise db.WarehouseMissing(str(db.db_path()))


def file_filter(files: pd.DataFrame, *, key: str) -> str | None:
    """Choose one file with rejected rows (or all), kept in the URL."""
    counts = dict(zip(files["file"], files["n_baris"], strict=True))
    lang = get_lang()

    def label(name: str) -> str:
        if name == ALL:
            return t("quarantine.all_files")
        return f"{name} ({fmt.fmt_int(counts[name], lang=lang)})"

    chosen = st.selectbox(
        t("quarantine.file_filter"),
        [ALL, *counts],
        format_func=label,
        key=key,
        bind="query-params",
    )
    return None if chosen in (None, ALL) else chosen


def kind_picker(kinds: list[str], *, key: str) -> str:
    """Choose one export kind (completeness); the first one by default."""
    lang = get_lang()
    chosen = st.segmented_control(
        t("completeness.kind"),
        kinds,
        default=kinds[0],
        required=True,
        format_func=lambda k: kind_label(k, lang),
        key=key,
    )
    return chosen if chosen in kinds else kinds[0]


# --- sector pages ---------------------------------------------------------------------

HEALTH_COVERAGE_CODES = ("KES-IDL", "KES-DPT1", "KES-MR1")


@contextmanager
def section(title: str, caption: str | None = None) -> Iterator[None]:
    """A bordered block with a subheader and an optional caption."""
    with st.container(border=True):
        st.subheader(title)
        if caption:
            st.caption(caption)
        yield


def sector_note(ctx: Context, sektor: str) -> None:
    """A page about one sector ignores another sector filter, and says so."""
    if ctx.sektor is not None and ctx.sektor != sektor:
        label = sector_label(ctx.sektor, ctx.lang)
        st.info(t(f"{sektor}.sector_ignored", sektor=label), icon=":material/info:")


INDICATOR_PARAM, UNIT_PARAM = "indikator", "unit"  # a sector page's pickers in the URL


def _seed_from_url(key: str, param: str, options: list[str]) -> None:
    """A picker of a sector page opens on the option a link asked for (the
    Ringkasan Kota drill-down links here with ?unit=... or ?indikator=...): on a
    session's first run, or when the URL changed since this picker wrote it."""
    wanted = str(st.query_params.get(param, ""))
    seen = st.session_state.get(f"{key}__url")
    fresh = key not in st.session_state or (seen is not None and wanted != seen)
    if fresh or st.session_state.get(key) not in options:
        st.session_state[key] = wanted if wanted in options else options[0]


def _write_to_url(key: str, param: str, value: str, default: str) -> None:
    """Keep a non-default choice in the URL so a copied link reopens it."""
    if value == default:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = value
    st.session_state[f"{key}__url"] = "" if value == default else value


def health_indicator_picker(*, key: str) -> str:
    """IDL (default), DPT-HB-Hib 1 or Campak/MR 1 coverage (kept in ?indikator=)."""
    codes = list(HEALTH_COVERAGE_CODES)
    _seed_from_url(key, INDICATOR_PARAM, codes)
    chosen = st.segmented_control(
        t("kesehatan.indicator"),
        codes,
        required=True,
        format_func=lambda code: t(f"kes.short.{code}"),
        key=key,
    )
    chosen = chosen if chosen in codes else codes[0]
    _write_to_url(key, INDICATOR_PARAM, chosen, codes[0])
    return chosen


def unit_picker(names: dict[str, str], *, key: str) -> str:
    """Choose the city or one unit (the first option by default; kept in ?unit=)."""
    codes = list(names)
    _seed_from_url(key, UNIT_PARAM, codes)
    chosen = st.selectbox(t("kesehatan.unit"), codes, format_func=names.get, key=key)
    chosen = chosen if chosen in names else codes[0]
    _write_to_url(key, UNIT_PARAM, chosen, codes[0])
    return chosen


def figure_and_table(fig: Any, view: TableView, *, key: str, file_stem: str) -> None:
    """A chart above its table (with the table's downloads)."""
    st.plotly_chart(fig, key=f"{key}_chart")
    table(view, key=key, file_stem=file_stem)


def indicator_cards(catalogue: pd.DataFrame, lang: str) -> None:
    """One expander per indicator with its full catalogue text."""
    for row in catalogue.to_dict("records"):
        title, body = indicator_details(row, lang)
        with st.expander(title):
            st.markdown(body)


def text_table(view: TableView, *, key: str, file_stem: str) -> None:
    """A small table of long texts as Markdown (it wraps, unlike a data grid), with
    the same CSV and XLSX downloads as table()."""
    df = view.df

    def cell(value: Any) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(cell(c) for c in df.columns) + " |",
        "|" + "---|" * len(df.columns),
        *(
            "| " + " | ".join(cell(v) for v in row) + " |"
            for row in df.itertuples(index=False)
        ),
    ]
    st.markdown("\n".join(lines))
    download_buttons(df, key=key, file_stem=file_stem)


def code_picker(codes: tuple[str, ...], *, label: str, prefix: str, key: str) -> str:
    """Choose one indicator code (the first by default; kept in ?indikator=), shown
    as t(prefix + code)."""
    options = list(codes)
    _seed_from_url(key, INDICATOR_PARAM, options)
    chosen = st.segmented_control(
        label,
        options,
        required=True,
        format_func=lambda code: t(f"{prefix}{code}"),
        key=key,
    )
    chosen = chosen if chosen in options else options[0]
    _write_to_url(key, INDICATOR_PARAM, chosen, options[0])
    return chosen
