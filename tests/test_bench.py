"""Smoke test of the benchmark harness (pipelines.bench) at the tiny sample scale, so
it never rots: it must produce its report with the expected rows, and the pandas
baseline must compute the same numbers as the marts. No timing is asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard import page_data
from pipelines import bench


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    work = tmp_path_factory.mktemp("bench")
    out = work / "BENCHMARKS.md"
    argv = ["--scale", "sample", "--work", str(work), "--out", str(out)]
    assert bench.main([*argv, "--repeat", "1", "--no-browser"]) == 0
    results = json.loads((work / "results-sample.json").read_text(encoding="utf-8"))
    return out.read_text(encoding="utf-8"), results


def test_the_report_has_the_machine_the_targets_and_the_scale(
    report: tuple[str, dict],
) -> None:
    text, _ = report
    for heading in ("# Benchmarks", "## Machine", "## Targets", "### sample"):
        assert heading in text
    assert "DuckDB 2." in text
    assert "Validated load ≤ 2× bare `read_csv` of the same file | sample |" in text
    assert "| Validated load of the " in text
    assert "| **One SKP export in one file** (`skp-satu-berkas-20000.csv`" in text
    assert "| … the same file into a warehouse already holding SKP rows |" in text


def test_one_skp_file_is_loaded_whole_and_read_bare(report: tuple[str, dict]) -> None:
    """The target's case: every row of the one-file export is valid and loaded, and
    DuckDB's bare read_csv reads the same number of rows."""
    _, results = report
    one = results["one_file"]
    assert one["rows"] == bench.ONE_FILE_ROWS["sample"]
    assert one["load"]["status"] == "loaded"
    assert one["load"]["rows_loaded"] == one["load"]["rows_read"] == one["rows"]
    assert one["load"]["rows_quarantined"] == 0
    assert one["bare"]["rows"] == one["rows"] and not one["bare"]["failed"]
    assert bench.one_file_ratio(results) is not None
    # loaded again into a warehouse holding its first rows: all read, all valid
    later = one["load_later"]
    assert later["status"] == "loaded" and later["rows_loaded"] == one["rows"]
    assert one["before_rows"] == int(one["rows"] * bench.ONE_FILE_BEFORE_SHARE)
    assert bench.one_file_ratio(results, "load_later") is not None
    for side in ("bare", "load", "load_later"):  # the best of alternating runs
        assert len(one[side]["runs_secs"]) == bench.ONE_FILE_REPEAT
        assert one[side]["secs"] == min(one[side]["runs_secs"])


def test_every_mapped_page_has_a_row_with_cold_and_warm_times(
    report: tuple[str, dict],
) -> None:
    text, results = report
    for page in page_data.CORE:
        timings = results["pages"]["pages"][page]
        assert "error" not in timings, timings
        assert set(timings["cold"]) == {"p50", "p95", "max"}
        assert f"| {page} | {timings['calls']} |" in text


def test_the_ingest_is_measured_against_bare_read_csv(report: tuple[str, dict]) -> None:
    _, results = report
    assert results["ingest"]["rc"] == 0
    assert results["ingest"]["totals"]["rows_read"] > 0
    assert results["bare"]["rows"] > 0 and not results["bare"]["failed"]
    assert bench.ingest_figures(results)["ratio"] is not None
    assert results["ingest"]["parts"].keys() >= {"build", "checks"}


def test_the_pandas_baseline_computes_the_marts_numbers(
    report: tuple[str, dict],
) -> None:
    text, results = report
    figures = results["pandas"]["figures"]
    assert set(figures) == {"predikat_bulanan", "ikm_unit"}
    for name, figure in figures.items():
        assert figure["match"], (name, figure["pandas"], figure["mart"])
        assert f"| {name} |" in text


def test_notes_below_the_mark_survive_a_rerender(tmp_path: Path) -> None:
    out = tmp_path / "B.md"
    out.write_text(f"old table\n{bench.NOTES_MARK}\nHand-written note.\n")
    assert (
        bench.main(["--render-only", "--work", str(tmp_path), "--out", str(out)]) == 0
    )
    text = out.read_text()
    assert "old table" not in text and text.endswith("Hand-written note.\n")
