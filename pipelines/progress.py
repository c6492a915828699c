"""A progress bar on stderr for long files.

DuckDB tracks the progress of a running statement (`query_progress()`) once it has run
for `progress_bar_time` ms; its own bar would print to stdout and spoil `--json`, so
printing is switched off and this module draws the bar itself on stderr from a small
polling thread. Short statements never show a bar; long reads, validations and inserts
of a big export do, with the file's position in the run and the elapsed time:

    [3/12] SKP_DINKES_2025.csv  [##########··········]  51%  7 dtk

The bar is drawn only when stderr is a terminal (a log file gets the per-file lines of
warehouse.py instead) and is erased when the file is done.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import duckdb

WIDTH = 20
POLL_SECONDS = 0.25


def enable_tracking(con: duckdb.DuckDBPyConnection) -> None:
    """Let DuckDB measure statement progress without printing its own bar."""
    con.execute("set enable_progress_bar = true")
    con.execute("set enable_progress_bar_print = false")


def render(label: str, percent: float, seconds: float) -> str:
    """'label  [#####···············]  25%  3 dtk' (percent clamped to 0..100)."""
    pct = max(0.0, min(100.0, percent))
    filled = int(round(WIDTH * pct / 100))
    bar = "#" * filled + "·" * (WIDTH - filled)
    return f"{label}  [{bar}]  {pct:3.0f}%  {seconds:.0f} dtk"


@contextmanager
def tracking(
    con: duckdb.DuckDBPyConnection,
    label: str,
    stream: TextIO | None = None,
    enabled: bool | None = None,
) -> Iterator[None]:
    """Draw a bar for whatever statement `con` is running until the block ends."""
    out = stream if stream is not None else sys.stderr
    if enabled is None:
        enabled = bool(getattr(out, "isatty", lambda: False)())
    if not enabled:
        yield
        return
    stop = threading.Event()
    started = time.perf_counter()
    drawn = threading.Event()

    def poll() -> None:
        while not stop.wait(POLL_SECONDS):
            try:
                percent = con.query_progress()
            except duckdb.Error:
                return
            if percent >= 0:
                elapsed = time.perf_counter() - started
                out.write("\r" + render(label, percent, elapsed) + "\033[K")
                out.flush()
                drawn.set()

    thread = threading.Thread(target=poll, name="progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        if drawn.is_set():
            out.write("\r\033[K")
            out.flush()
