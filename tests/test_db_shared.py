"""dashboard.db keeps one read-only database per warehouse version and hands out a
cursor per query: a swapped-in build is seen by the next query, a removed file is
reported as missing, and queries from many threads share the database safely."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import db


@pytest.fixture()
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "w.duckdb"
    _build(path, 1)
    db.release()  # databases of other tests' warehouses do not count here
    monkeypatch.setenv("KINERJA_DB", str(path))
    yield path
    db.release()


def _build(path: Path, value: int) -> None:
    """A finished build at ``path``, swapped in the way the pipeline does it."""
    tmp = path.with_name(path.name + ".tmp")
    with duckdb.connect(str(tmp)) as con:
        con.execute("create table t as select $v as v", {"v": value})
    os.replace(tmp, path)


def test_a_swapped_in_build_is_seen_by_the_next_query(live: Path) -> None:
    assert db.query_df("select v from t")["v"].tolist() == [1]
    _build(live, 2)
    assert db.query_df("select v from t")["v"].tolist() == [2]
    _build(live, 3)
    assert db.query_df("select v from t")["v"].tolist() == [3]
    assert len([k for k in db._DATABASES if k[0] == str(live)]) <= db._KEEP


def test_a_removed_warehouse_is_missing(live: Path) -> None:
    db.query_df("select v from t")
    live.unlink()
    with pytest.raises(db.WarehouseMissing):
        db.query_df("select v from t")


def test_an_unreadable_file_is_incomplete(live: Path) -> None:
    db.release()
    shutil.copyfile(__file__, live)  # not a DuckDB file
    with pytest.raises(db.WarehouseIncomplete):
        db.query_df("select 1")


def test_threads_share_the_database(live: Path) -> None:
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(20):
                assert db.query_df("select v from t")["v"].tolist() == [1]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_query_results_keep_the_dtypes_of_duckdb_df(live: Path) -> None:
    """query_df(large=True) goes through Arrow (fast for text) but gives what .df()
    gives: dates as datetime64, sums of integers as float64, nullable integers and
    booleans, an all-NULL or empty text column as object."""
    sql = (
        "select date '2026-01-31' + i::int as d, sum(i) over () as s, "
        "case when i > 0 then i::int end as n, case when i > 0 then i > 1 end as b, "
        "cast(null as varchar) as x, 'Teuku ' || i as nama, [i, i] as l "
        "from range(3) r(i)"
    )
    with duckdb.connect() as con:
        expected = con.execute(sql).df()
        empty = con.execute(f"select * from ({sql}) where false").df()
    got = db.query_df(sql, large=True)
    pd.testing.assert_frame_equal(got.drop(columns="l"), expected.drop(columns="l"))
    assert [list(v) for v in got["l"]] == [[0, 0], [1, 1], [2, 2]]
    assert str(got["n"].dtype) == "Int32" and str(got["b"].dtype) == "boolean"
    got_empty = db.query_df(f"select * from ({sql}) where false", large=True)
    assert list(got_empty.dtypes.astype(str)) == list(empty.dtypes.astype(str))
