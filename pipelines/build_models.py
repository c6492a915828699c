"""Step 2 of the pipeline: build the stg -> int -> mart models from pipelines/sql/.

Each model is one pure ``select`` in ``pipelines/sql/<layer>/<name>.sql``. This module
wraps it as ``create or replace view|table <name> as ...`` (staging and intermediate are
views, marts are tables, except the intermediate models of ``TABLE_MODELS``) in the
explicit order of ``MODELS``: no dependency resolver, a model may only read relations
listed before it (and the raw_*, ref_* tables the loader creates). Relation names come
from ``MODELS`` only, never from input.

The models call DuckDB macros from ``pipelines.macros`` (e.g. ``nip_error``). The loader
installs them on every connection; ``build_all`` installs them too when they are missing
(e.g. a connection that never ran the loader).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import duckdb

SQL_DIR = Path(__file__).resolve().parent / "sql"

# layer -> how the relation is materialised
MATERIALISATION: dict[str, str] = {
    "staging": "view",
    "intermediate": "view",
    "marts": "table",
}

# Intermediate models built as tables: each is read by several later models (a view
# would be evaluated again by every one of them) and is small next to the SKP rows.
# The SKP grain itself is materialised once, as mart_employee_period; every later
# model that needs SKP rows reads that table, not stg_skp / int_skp_scored.
TABLE_MODELS: frozenset[str] = frozenset(
    {
        "int_employees_current",  # the master: ~1 row per ASN, read by ~15 models
        "int_data_cutoff_found",  # one row, read by most marts and meta_build
        "int_employee_years_enumerated",  # nip x tahun, read by 5 models
        "int_competency_assessments_latest",  # read per person and per OPD
    }
)

# The build order. Each entry is (layer, relation name = file stem).
MODELS: tuple[tuple[str, str], ...] = (
    # staging: latest row per natural key of every raw table
    ("staging", "stg_pegawai"),
    ("staging", "stg_skp"),
    ("staging", "stg_realisasi_indikator"),
    ("staging", "stg_survei_ikm"),
    ("staging", "stg_pelatihan"),
    ("staging", "stg_kompetensi"),
    ("staging", "stg_penghargaan"),
    # intermediate: rules and re-graining
    ("intermediate", "int_predikat_from_matrix"),
    ("intermediate", "int_employees_current"),
    ("intermediate", "int_skp_scored"),
    # the SKP grain, built once here: the models below read it instead of stg_skp
    ("marts", "mart_employee_period"),
    ("intermediate", "int_data_cutoff_found"),
    ("intermediate", "int_indicator_targets_resolved"),
    ("intermediate", "int_ikm_scored"),
    ("intermediate", "int_indicator_periods_aggregated"),
    ("intermediate", "int_indicator_gampong_accumulated"),
    ("intermediate", "int_indicator_values_derived"),
    ("intermediate", "int_indicator_attainment_scored"),
    ("intermediate", "int_jp_summed_per_year"),
    ("intermediate", "int_employee_years_enumerated"),
    ("intermediate", "int_competency_assessments_latest"),
    ("intermediate", "int_competency_gaps_counted"),
    ("intermediate", "int_nine_box_placed"),
    ("intermediate", "int_completeness_counted"),
    # marts: public, stable tables read by the dashboard
    ("marts", "mart_indicator_attainment"),
    ("marts", "mart_indicator_gampong"),
    ("marts", "mart_ikm_unit_period"),
    ("marts", "mart_employee_year"),
    ("marts", "mart_data_completeness"),
    ("marts", "mart_opd_period"),
    ("marts", "mart_sector_trend"),
    ("marts", "mart_unit_outcome_rating"),
    ("marts", "mart_opd_outcome_rating"),
    # signals: views over the marts above, then the signal marts (PRODUCT.md §5)
    ("intermediate", "int_signal_low_performance_evaluated"),
    ("intermediate", "int_signal_person_stagnation_evaluated"),
    ("intermediate", "int_signal_resistance_evaluated"),
    ("intermediate", "int_signal_unit_stagnation_evaluated"),
    ("intermediate", "int_signal_mismatch_evaluated"),
    ("intermediate", "int_signal_runs_measured"),
    ("marts", "mart_flags"),
    ("marts", "mart_training_needs"),
    ("marts", "mart_training_gap_opd"),
    ("marts", "mart_training_opd"),
    ("marts", "mart_import_file_opd"),
    ("marts", "mart_indicator_catalogue"),
    ("marts", "mart_tourism_visits"),
    ("marts", "mart_gampong_outcome"),
    # Kinerja Pegawai: the predikat curve (PermenPANRB 6/2022) and trainings attended
    ("intermediate", "int_predikat_curve_evaluated"),
    ("intermediate", "int_predikat_curve_moves"),
    ("marts", "mart_predikat_curve"),
    ("marts", "mart_employee_training"),
    ("marts", "mart_rating_gap"),
    # Penghargaan: award nominations from the rules of aturan [penghargaan]
    ("marts", "mart_award_nominations"),
)

MART_NAMES: tuple[str, ...] = tuple(name for layer, name in MODELS if layer == "marts")

log = logging.getLogger(__name__)


def _layer_of(name: str) -> str:
    for layer, model in MODELS:
        if model == name:
            return layer
    raise KeyError(f"unknown model: {name}")


def sql_path(name: str) -> Path:
    """The .sql file of a model listed in MODELS."""
    return SQL_DIR / _layer_of(name) / f"{name}.sql"


def model_sql(name: str) -> str:
    """The model's select, without a trailing semicolon."""
    return sql_path(name).read_text(encoding="utf-8").strip().rstrip(";").strip()


def materialisation(name: str) -> str:
    """'view' or 'table': how a model in MODELS is built."""
    layer = _layer_of(name)
    return "table" if name in TABLE_MODELS else MATERIALISATION[layer]


def create_statement(name: str) -> str:
    """`create or replace view|table <name> as <select>` for a model in MODELS."""
    return f"create or replace {materialisation(name)} {name} as\n{model_sql(name)}"


def _install_macros(con: duckdb.DuckDBPyConnection) -> None:
    """Install the loader's macros unless this connection already has them."""
    (present,) = con.execute(
        "select count(*) from duckdb_functions() "
        "where function_name = 'nip_error' and function_type = 'macro'"
    ).fetchone()
    if present:
        return
    from pipelines.macros import install_macros

    install_macros(con)


def build_model(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Build one model (its upstream relations must exist)."""
    con.execute(create_statement(name))


def _drop_stale(con: duckdb.DuckDBPyConnection) -> None:
    """Drop models whose materialisation would clash (a view named like a table)."""
    rows = con.execute(
        "select table_name, table_type from information_schema.tables "
        "where table_schema = 'main'"
    ).fetchall()
    existing = {name: typ for name, typ in rows}
    for _, name in MODELS:
        want_view = materialisation(name) == "view"
        typ = existing.get(name)
        if typ is None:
            continue
        is_view = typ.upper() == "VIEW"
        if is_view and not want_view:
            con.execute(f"drop view {name}")
        elif not is_view and want_view:
            con.execute(f"drop table {name}")


def build_all(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Build every model in MODELS order; return the names built."""
    _install_macros(con)
    _drop_stale(con)
    built: list[str] = []
    for _, name in MODELS:
        started = time.perf_counter()
        build_model(con, name)
        if materialisation(name) == "table":
            (n,) = con.execute(f"select count(*) from {name}").fetchone()
            log.info("%s: %d rows (%.2fs)", name, n, time.perf_counter() - started)
        built.append(name)
    return built
