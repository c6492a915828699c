"""Each declared check catches a planted bad row.

A small warehouse (every export kind, so every staging model and mart has rows) is
built once into a file; every test works on a private copy, plants one bad row in one
relation, and expects run_checks to report exactly that kind of failure there. A view is
first turned into a table with the same rows so a row can be planted in it.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from model_helpers import (
    build,
    insert_raw,
    new_warehouse,
    populate_example,
    survey_row,
)

from pipelines.checks import (
    ACCEPTED_VALUES,
    CONTRACT_COLUMNS,
    NOT_NULLS,
    RANGES,
    ROW_RULES,
    UNIQUE_KEYS,
    AcceptedValues,
    CheckFailure,
    NotNull,
    Range,
    RowRule,
    UniqueKey,
    check_accepted,
    check_contract,
    check_not_null,
    check_range,
    check_row_rule,
    check_unique,
    run_checks,
)


@pytest.fixture(scope="module")
def built_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checks") / "example.duckdb"
    mem = new_warehouse()
    populate_example(mem)
    # 30 IKM responses (a reliable yearly IKM): one award nomination to plant in
    answers = [4, 4, 3, 4, 4, 3, 4, 4, 3]
    day = dt.date(2025, 4, 2)
    insert_raw(mem, "survei_ikm", [survey_row("DISPAR-KM0", day, answers)] * 30)
    mem.execute(f"attach '{path}' as disk")
    mem.execute("copy from database memory to disk")
    mem.close()
    con = duckdb.connect(str(path))
    build(con)  # builds the views and macros inside the file itself
    con.close()
    return path


@pytest.fixture()
def con(built_file: Path, tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(built_file, copy)
    connection = duckdb.connect(str(copy))
    yield connection
    connection.close()


def as_table(con: duckdb.DuckDBPyConnection, relation: str) -> None:
    """Replace a view by a table with the same rows (a table is left as it is)."""
    [(kind,)] = con.execute(
        "select table_type from information_schema.tables where table_name = ?",
        [relation],
    ).fetchall()
    if kind == "VIEW":
        con.execute(f"create table planted as select * from {relation}")
        con.execute(f"drop view {relation}")
        con.execute(f"alter table planted rename to {relation}")
    (n,) = con.execute(f"select count(*) from {relation}").fetchone()
    assert n > 0, f"{relation} has no row to plant in"


def one_row(relation: str, where: str = "true") -> str:
    return f"rowid = (select min(rowid) from {relation} where {where})"


def test_a_clean_build_passes(con: duckdb.DuckDBPyConnection) -> None:
    assert run_checks(con) == []


@pytest.mark.parametrize("spec", UNIQUE_KEYS, ids=lambda s: s.relation)
def test_unique_key_catches_a_duplicate(
    con: duckdb.DuckDBPyConnection, spec: UniqueKey
) -> None:
    as_table(con, spec.relation)
    assert check_unique(con, spec) is None
    con.execute(f"insert into {spec.relation} select * from {spec.relation} limit 1")
    failure = check_unique(con, spec)
    assert failure is not None and failure.check == "unique"
    assert "tidak unik" in failure.message
    assert failure.sample and failure.sample[0]["n_baris"] == 2


NOT_NULL_CASES = [(spec, col) for spec in NOT_NULLS for col in spec.columns]


@pytest.mark.parametrize(("spec", "column"), NOT_NULL_CASES,
                         ids=[f"{s.relation}.{c}" for s, c in NOT_NULL_CASES])
def test_not_null_catches_an_empty_value(
    con: duckdb.DuckDBPyConnection, spec: NotNull, column: str
) -> None:
    relation = spec.relation
    as_table(con, relation)
    assert check_not_null(con, spec) == []
    con.execute(f"update {relation} set {column} = null where {one_row(relation)}")
    [failure] = check_not_null(con, spec)
    assert failure.check == "not_null"
    assert failure.message == f"kolom {column} kosong pada 1 baris"


def _column_type(con: duckdb.DuckDBPyConnection, relation: str, column: str) -> str:
    [(typ,)] = con.execute(
        "select data_type from information_schema.columns "
        "where table_name = ? and column_name = ?",
        [relation, column],
    ).fetchall()
    return typ


@pytest.mark.parametrize("spec", ACCEPTED_VALUES,
                         ids=[f"{s.relation}.{s.column}" for s in ACCEPTED_VALUES])
def test_accepted_values_catches_an_unknown_value(
    con: duckdb.DuckDBPyConnection, spec: AcceptedValues
) -> None:
    as_table(con, spec.relation)
    bad = "bogus" if _column_type(con, spec.relation, spec.column) == "VARCHAR" else 42
    con.execute(
        f"update {spec.relation} set {spec.column} = ? where {one_row(spec.relation)}",
        [bad],
    )
    failure = check_accepted(con, spec)
    assert failure is not None and failure.check == "accepted_values"
    assert spec.column in failure.message
    assert failure.sample == [{"nilai": str(bad), "n_baris": 1}]


def _outside(con: duckdb.DuckDBPyConnection, spec: Range) -> float:
    if spec.maximum is not None:
        return spec.maximum + 1
    if spec.maximum_rule is not None:
        (cap,) = con.execute(
            "select nilai from ref_aturan where bagian = ? and kunci = ?",
            list(spec.maximum_rule),
        ).fetchone()
        return cap + 1
    assert spec.minimum is not None
    return spec.minimum - 1


RANGE_IDS = [f"{s.relation}.{s.column}" for s in RANGES]


@pytest.mark.parametrize("spec", RANGES, ids=RANGE_IDS)
def test_range_catches_a_value_outside(
    con: duckdb.DuckDBPyConnection, spec: Range
) -> None:
    as_table(con, spec.relation)
    assert check_range(con, spec) is None
    con.execute(
        f"update {spec.relation} set {spec.column} = ? where {one_row(spec.relation)}",
        [_outside(con, spec)],
    )
    failure = check_range(con, spec)
    assert failure is not None and failure.check == "range"
    assert f"kolom {spec.column} di luar rentang" in failure.message
    assert "pada 1 baris" in failure.message


BOUNDED_BOTH_WAYS = [
    s for s in RANGES
    if s.minimum is not None and (s.maximum is not None or s.maximum_rule is not None)
]


@pytest.mark.parametrize(
    "spec",
    BOUNDED_BOTH_WAYS,
    ids=[f"{s.relation}.{s.column}" for s in BOUNDED_BOTH_WAYS],
)
def test_range_catches_a_value_below(
    con: duckdb.DuckDBPyConnection, spec: Range
) -> None:
    assert spec.minimum is not None
    as_table(con, spec.relation)
    con.execute(
        f"update {spec.relation} set {spec.column} = ? where {one_row(spec.relation)}",
        [spec.minimum - 1],
    )
    failure = check_range(con, spec)
    assert failure is not None and "pada 1 baris" in failure.message


# How to break each row rule (SQL written here, relation names from the declarations).
ROW_RULE_PLANTS: dict[str, list[str]] = {
    "import_log_rows": [
        "create table import_log (rows_read integer, rows_loaded integer, "
        "rows_quarantined integer)",
        "insert into import_log values (10, 8, 1), (10, 9, 1)",
    ],
    "predikat_check_consistent": [
        "update mart_employee_period set predikat_dilaporkan = 'Sangat Kurang', "
        "predikat_sesuai_matriks = true where "
        + one_row("mart_employee_period", "predikat_kinerja <> 'Sangat Kurang'"),
    ],
    "opd_predikat_counts": [
        "update mart_opd_period set n_dinilai = n_dinilai + 1 where "
        + one_row("mart_opd_period"),
    ],
    "opd_indicator_counts": [
        "update mart_opd_period set n_tercapai = n_indikator + 1 where "
        + one_row("mart_opd_period"),
    ],
    "jp_parts": [
        "update mart_employee_year set jp_klasikal = jp_total + 5 where "
        + one_row("mart_employee_year"),
    ],
    "received_not_above_expected": [
        "update mart_data_completeness set diterima = diharapkan + 1 where "
        + one_row("mart_data_completeness", "jenis_ekspor = 'skp'"),
    ],
    "unit_outcome_indicator_counts": [
        "update mart_unit_outcome_rating set n_tercapai = n_tercapai + 1 where "
        + one_row("mart_unit_outcome_rating"),
    ],
    "flag_window_counts": [
        "update mart_flags set n_periode_buruk = n_periode_dilihat + 1 where "
        + one_row("mart_flags", "n_periode_dilihat is not null"),
    ],
    "flag_reason_filled": [
        "update mart_flags set alasan = ' ' where " + one_row("mart_flags"),
    ],
    "training_gap_consistent": [
        "update mart_training_needs set kesenjangan = kesenjangan + 1 where "
        + one_row("mart_training_needs"),
    ],
    "gampong_idm_status_only_on_idm": [
        "update mart_gampong_outcome set status_idm = 'maju' where "
        + one_row("mart_gampong_outcome", "kode_indikator <> 'PMD-IDM'"),
    ],
    "unit_outcome_suppressed": [
        "update mart_unit_outcome_rating set pct_baik_ke_atas = 100 where "
        + one_row("mart_unit_outcome_rating", "ditekan"),
    ],
    "training_gap_opd_counts": [
        "update mart_training_gap_opd set n_kesenjangan = n_dinilai + 1 where "
        + one_row("mart_training_gap_opd"),
    ],
    "training_opd_counts": [
        "update mart_training_opd set n_pns_kurang = n_pns_kurang + 1 where "
        + one_row("mart_training_opd"),
    ],
    "curve_counts": [
        "update mart_predikat_curve set n_dinilai = n_dinilai + 1 where "
        + one_row("mart_predikat_curve"),
    ],
    "curve_rules_complete": [
        "update mart_predikat_curve set aturan_lengkap = false where "
        + one_row("mart_predikat_curve"),
    ],
    "curve_change_consistent": [
        "update mart_predikat_curve set perubahan_minimal = 0 where "
        + one_row("mart_predikat_curve", "not sesuai and layak"),
    ],
    "award_subject_kind": [
        "update mart_award_nominations set nip = '199001012020012002' where "
        + one_row("mart_award_nominations", "subjek_jenis = 'unit'"),
    ],
    "organisation_predikat_known": [
        "insert into ref_predikat_organisasi values ('DINKES', 2025, 'Bagus', '')"
    ],
    "opd_outcome_counts": [
        "update mart_opd_outcome_rating set n_tercapai = n_tercapai + 1 where "
        + one_row("mart_opd_outcome_rating"),
    ],
    "opd_outcome_suppressed": [
        "update mart_opd_outcome_rating set pct_baik_ke_atas = 100, ditekan = true "
        "where " + one_row("mart_opd_outcome_rating"),
    ],
    "running_period_not_yearly": [
        "update mart_indicator_attainment set berjalan = true where "
        + one_row("mart_indicator_attainment", "periode_jenis = 'tahunan'"),
    ],
}


def test_every_row_rule_has_a_plant() -> None:
    assert set(ROW_RULE_PLANTS) == {r.name for r in ROW_RULES}


@pytest.mark.parametrize("spec", ROW_RULES, ids=lambda s: s.name)
def test_row_rule_catches_a_bad_row(
    con: duckdb.DuckDBPyConnection, spec: RowRule
) -> None:
    for sql in ROW_RULE_PLANTS[spec.name]:
        con.execute(sql)
    failure = check_row_rule(con, spec)
    assert failure is not None and failure.check == spec.name
    assert "(1 baris)" in failure.message
    assert len(failure.sample) == 1


def test_optional_import_log_may_be_absent(con: duckdb.DuckDBPyConnection) -> None:
    assert "import_log" not in {
        r[0] for r in con.execute("select table_name from information_schema.tables")
        .fetchall()
    }
    assert run_checks(con) == []


@pytest.mark.parametrize("mart", sorted(CONTRACT_COLUMNS))
def test_contract_catches_a_missing_column(
    con: duckdb.DuckDBPyConnection, mart: str
) -> None:
    column = CONTRACT_COLUMNS[mart][-1]
    con.execute(f"alter table {mart} drop column {column}")
    assert check_contract(con) == [
        CheckFailure(
            "contract_columns", mart, f"kolom kontrak tidak ada di {mart}: {column}"
        )
    ]


def test_run_checks_reports_a_planted_row_and_a_missing_column(
    con: duckdb.DuckDBPyConnection,
) -> None:
    con.execute(
        "insert into mart_employee_year select * from mart_employee_year limit 1"
    )
    con.execute("alter table mart_ikm_unit_period drop column mutu")
    failures = {(f.check, f.relation, f.message) for f in run_checks(con)}
    assert ("exists", "mart_ikm_unit_period",
            "kolom mutu tidak ada di mart_ikm_unit_period") in failures
    assert ("unique", "mart_employee_year",
            "kunci (nip, tahun) tidak unik: 1 nilai kunci muncul lebih dari sekali"
            ) in failures


def test_contract_catches_a_missing_mart(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("drop table mart_opd_period")
    failures = run_checks(con)
    assert [f for f in failures if f.check == "exists"] == [
        CheckFailure("exists", "mart_opd_period", "relasi mart_opd_period tidak ada")
    ]


def test_missing_staging_model_is_reported(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("drop view stg_skp")
    assert CheckFailure("exists", "stg_skp", "relasi stg_skp tidak ada") in run_checks(
        con
    )
