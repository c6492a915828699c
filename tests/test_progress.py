"""The stderr progress bar: drawn from DuckDB's own statement progress, never stdout."""

from __future__ import annotations

import io

import duckdb

from pipelines.progress import enable_tracking, render, tracking


def test_render_clamps_and_fills() -> None:
    assert render("a.csv", 0, 0) == "a.csv  [····················]    0%  0 dtk"
    assert render("a.csv", 50, 3.4) == "a.csv  [##########··········]   50%  3 dtk"
    assert render("a.csv", 140, 12) == "a.csv  [####################]  100%  12 dtk"
    assert render("a.csv", -1, 0).count("#") == 0


def test_tracking_draws_a_bar_for_a_long_statement_and_erases_it() -> None:
    con = duckdb.connect()
    enable_tracking(con)
    con.execute("set progress_bar_time = 0")  # track from the first millisecond
    con.execute("create table t as select range as i from range(30000000)")
    out = io.StringIO()
    with tracking(con, "[1/1] besar.csv", stream=out, enabled=True):
        # a few long statements, however fast the machine, until one was drawn
        for _ in range(20):
            con.execute("select count(distinct i % 1000003) from t").fetchall()
            if "%" in out.getvalue():
                break
    text = out.getvalue()
    assert "[1/1] besar.csv  [" in text and "%" in text
    assert text.endswith("\r\033[K")  # the bar is erased when the file is done


def test_tracking_is_silent_when_not_a_terminal() -> None:
    con = duckdb.connect()
    enable_tracking(con)
    out = io.StringIO()  # StringIO is not a tty: nothing is drawn
    with tracking(con, "kecil.csv", stream=out):
        con.execute("select 42").fetchall()
    assert out.getvalue() == ""


def test_duckdb_prints_no_bar_of_its_own(capfd) -> None:
    con = duckdb.connect()
    enable_tracking(con)
    con.execute("set progress_bar_time = 0")
    con.execute("select count(*) from range(20000000)").fetchall()
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""
