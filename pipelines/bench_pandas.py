"""The plain pandas baseline of the benchmark: a few page figures computed the way a
script without a warehouse would, on every rerun: read the export files with pandas,
apply the same rules (the same rows rejected, the same superseding), compute.

Figures (each also read from its mart, and compared):
- ``predikat_bulanan``: monthly SKP evaluations of the year per predikat (PermenPANRB
  6/2022 matrix), from every SKP export; mart_employee_period.
- ``ikm_unit``: IKM and responses per tourism service unit for the year, from every
  survey export; mart_ikm_unit_period (Pariwisata).

The only project code used is header recognition (which row is the header, which
column is which), since a pandas script needs that knowledge too.

    python -m pipelines.bench_pandas --exports DIR --db WAREHOUSE [--tahun Y]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from pipelines import readers, schema

RATING = {
    **dict.fromkeys(
        ["diatasekspektasi", "diatas", "atas", "3", "melebihiekspektasi"], 3
    ),
    **dict.fromkeys(["sesuaiekspektasi", "sesuai", "2"], 2),
    **dict.fromkeys(["dibawahekspektasi", "dibawah", "bawah", "1"], 1),
}
PREDIKAT_OK = {
    "sangatbaik",
    "baik",
    "butuhperbaikan",
    "perluperbaikan",
    "kurang",
    "misconduct",
    "kurangmisconduct",
    "sangatkurang",
}
MATRIX = {
    (3, 1): "Kurang/Misconduct",
    (3, 2): "Baik",
    (3, 3): "Sangat Baik",
    (2, 1): "Kurang/Misconduct",
    (2, 2): "Baik",
    (2, 3): "Baik",
    (1, 1): "Sangat Kurang",
    (1, 2): "Butuh Perbaikan",
    (1, 3): "Butuh Perbaikan",
}
MONTHS = {
    **{m.lower(): i + 1 for i, m in enumerate(schema.MONTHS_ID)},
    **{m.lower(): i + 1 for i, m in enumerate(schema.MONTHS_SHORT_ID)},
}
BERAKHLAK = (
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
)

# --------------------------------------------------------------------------- reading


def _text(value: Any) -> str | None:
    """A cell as the text a CSV would hold (dates ISO); None when empty."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return readers.cell_text(value)


def _canonical(frame: pd.DataFrame, match: readers.HeaderMatch) -> pd.DataFrame:
    cols = {name: frame.iloc[:, i] for name, i in match.columns.items()}
    out = pd.DataFrame(cols)
    return out.dropna(how="all")


def read_csv_kind(path: Path, kind: str) -> pd.DataFrame | None:
    head = readers._head(path)
    encoding = readers._source_encoding(head)
    try:
        delimiter, match = readers.sniff_csv(readers._head_lines(head, encoding))
    except readers.ReadError:
        return None
    if match.kind != kind:
        return None
    frame = pd.read_csv(
        path,
        sep=delimiter,
        skiprows=match.row_index + 1,
        header=None,
        dtype=str,
        encoding="utf-8-sig" if encoding == "utf-8" else encoding,
        keep_default_na=False,
        na_values=[""],
        names=range(len(match.headers)),
        index_col=False,
        on_bad_lines="skip",  # a shifted row: the pipeline quarantines it too
    )
    return _canonical(frame.apply(lambda s: s.str.strip()), match)


def read_xlsx_kind(path: Path, kind: str) -> pd.DataFrame | None:
    frames = []
    book = pd.read_excel(path, sheet_name=None, header=None, engine="calamine")
    for frame in book.values():
        rows = [[_text(v) for v in r] for r in frame.head(30).itertuples(index=False)]
        match = readers.detect_header(rows)
        if match is None or match.kind != kind:
            continue
        data = frame.iloc[match.row_index + 1 :].map(_text)
        frames.append(_canonical(data, match))
    return pd.concat(frames, ignore_index=True) if frames else None


def read_kind(files: Sequence[Path], kind: str) -> pd.DataFrame:
    """Every export of ``kind`` in load order, canonical columns, text values."""
    frames = []
    for path in files:
        reader = (
            read_xlsx_kind if readers.file_format(path) == "xlsx" else read_csv_kind
        )
        frame = reader(path, kind)
        if frame is not None:
            frames.append(frame)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


# --------------------------------------------------------------------------- rules


def norm(s: pd.Series) -> pd.Series:
    return s.str.lower().str.replace(r"[^a-z0-9]", "", regex=True)


def valid_nip(s: pd.Series) -> pd.Series:
    clean = s.str.replace(r"\s", "", regex=True).str.lstrip("'")
    return clean.str.fullmatch(r"\d{18}").fillna(False) & ~clean.str.endswith("000")


def parse_date(s: pd.Series) -> pd.Series:
    out = pd.to_datetime(s, format="%d/%m/%Y", errors="coerce")
    iso = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    out = out.fillna(iso)
    long = s.str.extract(r"^(\d{1,2}) ([A-Za-z]+) (\d{4})$")
    month = long[1].str.lower().map(MONTHS)
    text = long[2] + "-" + month.astype("Int64").astype(str) + "-" + long[0]
    named = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    return out.fillna(named)


def parse_period(s: pd.Series) -> pd.DataFrame:
    """(tahun, bulan) of a period text; bulan 0 for a year, NaN when not understood."""
    t = s.str.strip().str.lower()
    out = pd.DataFrame({"tahun": pd.NA, "bulan": pd.NA}, index=s.index)
    forms: list[tuple[str, Callable[[pd.DataFrame], tuple[Any, Any]]]] = [
        (r"^(\d{4})-(\d{1,2})$", lambda m: (m[0], m[1])),
        (r"^(\d{1,2})/(\d{4})$", lambda m: (m[1], m[0])),
        (r"^([a-z]+)\.? (\d{4})$", lambda m: (m[1], m[0].map(MONTHS))),
        (r"^([a-z]+)-(\d{2})$", lambda m: ("20" + m[1], m[0].map(MONTHS))),
        (r"^(\d{4})$", lambda m: (m[0], 0)),
    ]
    for pattern, pick in forms:
        m = t.str.extract(pattern)
        hit = m[0].notna() & out["tahun"].isna()
        year, month = pick(m)
        out.loc[hit, "tahun"] = pd.to_numeric(pd.Series(year, index=s.index)[hit])
        out.loc[hit, "bulan"] = pd.to_numeric(pd.Series(month, index=s.index)[hit])
    return out


def _optional_ok(s: pd.Series, ok: pd.Series) -> pd.Series:
    return s.isna() | ok


# --------------------------------------------------------------------------- figures


def predikat_bulanan(files: Sequence[Path], tahun: int) -> dict[str, int]:
    skp = read_kind(files, "skp")
    hasil = norm(skp["rating_hasil_kerja"]).map(RATING)
    perilaku = norm(skp["rating_perilaku_kerja"]).map(RATING)
    period = parse_period(skp["periode"])
    ok = valid_nip(skp["nip"]) & hasil.notna() & perilaku.notna()
    ok &= period["tahun"].notna()
    for col in ("rating_hasil_kerja_mandiri", *BERAKHLAK):
        if col in skp:
            ok &= _optional_ok(skp[col], norm(skp[col]).map(RATING).notna())
    for col in ("tanggal_pengisian", "tanggal_penilaian"):
        if col in skp:
            ok &= _optional_ok(skp[col], parse_date(skp[col]).notna())
    if "penilai_nip" in skp:
        ok &= _optional_ok(skp["penilai_nip"], valid_nip(skp["penilai_nip"]))
    if "predikat_kinerja" in skp:
        ok &= _optional_ok(
            skp["predikat_kinerja"], norm(skp["predikat_kinerja"]).isin(PREDIKAT_OK)
        )
    rows = pd.DataFrame(
        {
            "nip": skp["nip"].str.replace(r"\s", "", regex=True),
            "tahun": period["tahun"],
            "bulan": period["bulan"],
            "hasil": hasil,
            "perilaku": perilaku,
        }
    )[ok]
    latest = rows.drop_duplicates(["nip", "tahun", "bulan"], keep="last")
    year = latest[(latest["tahun"] == tahun) & (latest["bulan"] > 0)]
    pairs = zip(year["hasil"].astype(int), year["perilaku"].astype(int), strict=True)
    counts = pd.Series([MATRIX[p] for p in pairs]).value_counts()
    return {str(k): int(v) for k, v in counts.items()}


def name_key(text: str) -> str:
    s = re.sub(r"['`\u2018\u2019]", "", text.strip().lower())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)
    return re.sub(r"[^0-9a-z]+", "_", s).strip("_")


def unit_names(reference: Path) -> dict[str, str]:
    """name_key of every code, name and alias of a unit -> its code."""
    units = pd.read_csv(reference / "unit.csv", dtype=str, keep_default_na=False)
    keys: dict[str, tuple[int, str]] = {}
    for row in units.itertuples():
        names = [(0, row.unit_kode), (1, row.unit_nama)]
        names += [(2, a) for a in row.nama_lain.split("|") if a]
        for prio, name in names:
            key = name_key(name)
            if key and (key not in keys or (prio, row.unit_kode) < keys[key]):
                keys[key] = (prio, row.unit_kode)
    return {k: code for k, (_, code) in keys.items()}


def ikm_unit(files: Sequence[Path], tahun: int, reference: Path) -> dict[str, list]:
    ikm = read_kind(files, "survei_ikm")
    names = unit_names(reference)
    unit = ikm["unit_layanan"].map(lambda x: names.get(name_key(x)) if x else None)
    when = parse_date(ikm["tanggal"])
    answers = ikm[[f"u{i}" for i in range(1, 10)]].apply(pd.to_numeric, errors="coerce")
    ok = unit.notna() & when.notna() & answers.isin([1, 2, 3, 4]).all(axis=1)
    if "jenis_kelamin" in ikm:
        sex = norm(ikm["jenis_kelamin"])
        known = sex.isin(["l", "p", "lakilaki", "perempuan", "pria", "wanita"])
        ok &= _optional_ok(ikm["jenis_kelamin"], known)
    rows = answers[ok & (when.dt.year == tahun)].assign(unit=unit)
    grouped = rows.groupby("unit")
    nrr = grouped[[f"u{i}" for i in range(1, 10)]].mean()
    score = (nrr.sum(axis=1) / 9 * 25).round(2)
    n = grouped.size()
    return {u: [int(n[u]), float(score[u])] for u in sorted(score.index)}


# --------------------------------------------------------------------------- marts

MART_SQL = {
    "predikat_bulanan": (
        "select predikat_kinerja, count(*) from mart_employee_period "
        "where periode_jenis = 'bulanan' and tahun = $tahun group by all"
    ),
    "ikm_unit": (
        "select unit_kode, n_responden, ikm from mart_ikm_unit_period "
        "where periode_jenis = 'tahunan' and tahun = $tahun order by unit_kode"
    ),
}


def mart_figure(db: Path, name: str, tahun: int) -> Any:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(MART_SQL[name], {"tahun": tahun}).fetchall()
    finally:
        con.close()
    if name == "predikat_bulanan":
        return {str(k): int(v) for k, v in rows}
    return {u: [int(n), float(v)] for u, n, v in rows}


def same(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) or isinstance(b, float):
        return abs(float(a) - float(b)) < 0.0051
    return a == b


def latest_year(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        sql = (
            "select max(tahun) from mart_employee_period "
            "where periode_jenis = 'bulanan'"
        )
        return int(con.execute(sql).fetchall()[0][0])
    finally:
        con.close()


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def run(exports: Path, db: Path, tahun: int | None, reference: Path) -> dict:
    files = list(readers.iter_export_files([exports]))
    tahun = tahun or latest_year(db)
    pandas_fns: dict[str, Callable[[], Any]] = {
        "predikat_bulanan": lambda: predikat_bulanan(files, tahun),
        "ikm_unit": lambda: ikm_unit(files, tahun, reference),
    }
    out: dict[str, Any] = {"tahun": tahun, "figures": {}}
    for name, fn in pandas_fns.items():
        pandas_value, pandas_secs = _timed(fn)
        mart_times = []
        for _ in range(5):
            mart_value, secs = _timed(lambda n=name: mart_figure(db, n, tahun))
            mart_times.append(secs)
        mart_secs = sorted(mart_times)[len(mart_times) // 2]
        out["figures"][name] = {
            "pandas_secs": pandas_secs,
            "mart_secs": mart_secs,
            "ratio": pandas_secs / mart_secs if mart_secs else None,
            "match": same(pandas_value, mart_value),
            "pandas": pandas_value,
            "mart": mart_value,
        }
    return out


def reference_for(exports: Path) -> Path:
    """The reference folder the exports were loaded with."""
    region = exports / ".referensi"
    env = os.environ.get("KINERJA_REFERENCE")
    if env:
        return Path(env)
    if region.is_dir():
        return region
    return Path(__file__).resolve().parent.parent / "data" / "reference"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipelines.bench_pandas")
    ap.add_argument("--exports", type=Path, required=True)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--tahun", type=int, default=None)
    args = ap.parse_args(argv)
    result = run(args.exports, args.db, args.tahun, reference_for(args.exports))
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
