"""Kualitas Data & Impor: did my export load? What was rejected and why? Is it complete?

Import attempts (journal + import_log), rejected rows with reasons, completeness per
unit and month, and import templates generated from pipelines.schema.
"""

import streamlit as st

from dashboard import charts, components, queries, tables
from dashboard.i18n import t
from pipelines.schema import KINDS

ctx = components.context()
st.header(t("kualitas.header"))
components.require_warehouse()
st.caption(t("kualitas.intro"))

journal = queries.import_journal(ctx.scope, ctx.journal_version)
log = queries.import_log(ctx.scope, ctx.version)
files = queries.quarantine_files(ctx.scope, ctx.version)
components.kpi_row(
    tables.import_kpis(journal, log, int(files["n_baris"].sum()), ctx.lang)
)

with st.container(border=True):
    st.subheader(t("imports.title"))
    st.caption(t("imports.caption"))
    if journal is None:
        st.info(t("imports.no_journal"))
    elif not journal.empty:
        view = tables.journal_view(journal, ctx.lang)
        components.table(view, key="kualitas_jurnal", file_stem="riwayat_impor")
    with st.expander(t("imports.log_title"), expanded=journal is None):
        if log.empty:
            components.empty_state("imports.empty")
        else:
            view = tables.import_log_view(log, ctx.lang)
            components.table(view, key="kualitas_log", file_stem="import_log")

with st.container(border=True):
    st.subheader(t("quarantine.title"))
    st.caption(t("quarantine.caption"))
    if files.empty:
        st.success(t("quarantine.empty"), icon=":material/check_circle:")
    else:
        chosen = components.file_filter(files, key="kualitas_berkas")
        rows = queries.quarantine(ctx.scope, ctx.version, chosen)
        view = tables.quarantine_view(rows, ctx.lang)
        components.table(view, key="kualitas_karantina", file_stem="baris_ditolak")

with st.container(border=True):
    st.subheader(t("completeness.title", tahun=ctx.tahun or ""))
    st.caption(t("completeness.caption"))
    kinds = queries.completeness_kinds(ctx.scope, ctx.version, ctx.tahun)
    if not kinds:
        components.empty_state("completeness.empty")
    else:
        jenis = components.kind_picker(kinds, key="kualitas_jenis")
        args = (ctx.scope, ctx.version, ctx.tahun, jenis, ctx.opd, ctx.sektor)
        grid = queries.completeness(*args)
        if grid.empty:
            components.empty_state("completeness.empty")
        else:
            cells = tables.completeness_chart_input(grid, jenis, ctx.tahun, ctx.lang)
            components.capped_note(tables.completeness_note(grid, ctx.lang))
            fig = charts.build_completeness_heatmap(**cells)
            st.plotly_chart(fig, key="kualitas_kelengkapan_chart")
            view = tables.completeness_view(grid, ctx.lang)
            components.table(view, key="kualitas_kelengkapan", file_stem="kelengkapan")

with st.container(border=True):
    st.subheader(t("templates.title"))
    st.caption(t("templates.caption"))
    components.template_downloads(KINDS, key="kualitas_templat")
