"""View models: turn query results into what a page shows (pure pandas, no st.*).

Each `*_view` returns a `TableView`: a DataFrame with translated headers whose numbers
stay numeric (sortable, and numeric in XLSX downloads), plus per-column display formats
(Indonesian or English) and the column holding a traffic-light status, if any. KPI
builders return `Kpi` values ready for components.kpi_row.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dashboard import config, i18n
from dashboard import formatting as fmt
from dashboard.access import MIN_GROUP_DEFAULT, Scope
from dashboard.i18n import t

Formatter = Callable[[Any], str]


@dataclass
class TableView:
    df: pd.DataFrame
    formats: dict[str, Formatter] = field(default_factory=dict)
    # Per-row formats: (row mask, {column: formatter}) applied after `formats`.
    row_formats: list[tuple[pd.Series, dict[str, Formatter]]] = field(
        default_factory=list
    )
    status_column: str | None = None  # cells tinted by config.STATUS_TINTS
    status_codes: pd.Series | None = None  # the status code of each row
    # several tinted columns (a unit x indicator matrix): column -> status code per row
    cell_status: dict[str, pd.Series] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()  # in downloads, not on screen
    widths: dict[str, str | int] = field(
        default_factory=dict
    )  # "small"|"medium"|"large"|px
    pinned: tuple[str, ...] = ()  # stay visible when the table scrolls sideways
    row_height: int | None = None  # taller rows let long text wrap onto two lines


@dataclass(frozen=True)
class Kpi:
    label: str
    value: str
    delta: str | None = None
    help: str | None = None
    delta_color: str = "normal"  # "normal" | "inverse" | "off"


def column_labels(lang: str, *keys: str) -> dict[str, str]:
    """Translated column headers, keyed by their i18n key without the 'col.' prefix."""
    return {k: t(f"col.{k}", lang) for k in keys}


def _pct(lang: str, decimals: int = 1) -> Formatter:
    return lambda v: fmt.fmt_pct(v, decimals, lang=lang)


def _num(lang: str, decimals: int = 1) -> Formatter:
    return lambda v: fmt.fmt_number(v, decimals, lang=lang)


def _int(lang: str) -> Formatter:
    return lambda v: fmt.fmt_int(v, lang=lang)


def sector_label(code: Any, lang: str) -> str:
    key = f"sector.{code}"
    return i18n.t(key, lang) if i18n.has(key) else str(code)


def status_label(code: Any, lang: str, berjalan: Any = False) -> str:
    """'tercapai' -> '● Tercapai' (symbol + text, never colour alone). A period still
    running at the data cut-off is not graded: '◐ Sementara (▲ Mendekati)'."""
    code = code if code in config.STATUS_SYMBOLS else "tanpa_target"
    label = f"{config.STATUS_SYMBOLS[code]} {t(f'status.{code}', lang)}"
    if is_true(berjalan):
        return t("status.sementara", lang, status=label)
    return label


def shown_status(code: Any, berjalan: Any = False) -> str:
    """The status code a cell is tinted by: grey ('tanpa_target') while the period
    is still running (provisional, not a grade)."""
    return "tanpa_target" if is_true(berjalan) else str(code)


def is_true(value: Any) -> bool:
    """A flag column value (NaN, None and NA are false)."""
    return not fmt.is_missing(value) and bool(value)


def indicator_name(row: Any, lang: str) -> str:
    name = row.get("nama_en") if lang == "en" else row.get("nama_id")
    return name if isinstance(name, str) and name else str(row.get("kode_indikator"))


# --- Ringkasan Kota -------------------------------------------------------------------


def _trend_label(current: Any, previous: Any, lang: str) -> str:
    if fmt.is_missing(current) or fmt.is_missing(previous):
        return fmt.MISSING
    change = float(current) - float(previous)
    if abs(change) < 0.5:
        return t("tren.flat", lang)
    return t("tren.up" if change > 0 else "tren.down", lang)


def _sector_order(codes: pd.Series) -> pd.Series:
    order = {s: i for i, s in enumerate(config.SECTORS)}
    return codes.map(lambda s: order.get(s, len(order)))


def _unit_stats(units: pd.DataFrame | None) -> pd.DataFrame:
    """Per indicator across its units (each in its graded period): mean attainment,
    units on target and units with a target."""
    columns = ["rata_unit", "n_unit_tercapai", "n_unit_bertarget"]
    if units is None or units.empty:
        return pd.DataFrame(columns=columns)
    targeted = units["status"] != "tanpa_target"
    return pd.DataFrame(
        {
            "rata_unit": units.groupby("kode_indikator")["capaian_pct"].mean(),
            "n_unit_tercapai": (units["status"] == "tercapai")
            .groupby(units["kode_indikator"])
            .sum(),
            "n_unit_bertarget": targeted.groupby(units["kode_indikator"]).sum(),
        }
    )


def _share_text(n: Any, m: Any) -> str:
    return fmt.MISSING if fmt.is_missing(m) or not int(m) else f"{int(n)} / {int(m)}"


def _mean(values: pd.Series) -> float:
    return float(values.mean()) if values.notna().any() else float("nan")


def _sector_average(
    sektor: str, part: pd.DataFrame, units: pd.DataFrame | None, lang: str
) -> dict[str, Any]:
    """The first row of a sector's group: mean attainment of its city indicators and
    of all its units' results, and how many are on target."""
    targeted = part[part["status"] != "tanpa_target"]
    unit_rows = (
        units[units["sektor"] == sektor] if units is not None else pd.DataFrame()
    )
    unit_targeted = (
        unit_rows[unit_rows["status"] != "tanpa_target"]
        if not unit_rows.empty
        else unit_rows
    )
    return {
        "sektor": sector_label(sektor, lang),
        "indikator": t(
            "scorecard.sector_avg",
            lang,
            n=int((targeted["status"] == "tercapai").sum()),
            m=len(targeted),
        ),
        "capaian_pct": _mean(part["capaian_pct"]),
        "rata_unit": _mean(unit_rows["capaian_pct"])
        if not unit_rows.empty
        else float("nan"),
        "unit_tercapai": _share_text(
            (unit_targeted["status"] == "tercapai").sum() if len(unit_targeted) else 0,
            len(unit_targeted),
        ),
        "_status": "",  # an average, not a graded result: no tint
        "_satuan": "",
        "_arah": "naik",
    }


def _scorecard_row(
    row: dict[str, Any], stats: pd.DataFrame, lang: str
) -> dict[str, Any]:
    kode = row["kode_indikator"]
    stat = stats.loc[kode].to_dict() if kode in stats.index else {}
    return {
        "sektor": sector_label(row["sektor"], lang),
        "indikator": indicator_name(row, lang),
        "periode": fmt.period_label(row["periode"], lang=lang, short=True),
        "realisasi": row["realisasi_kumulatif"],
        "target_periode": row["target_periode"],
        "target_tahun": row["target"],
        "capaian_pct": row["capaian_pct"],
        "status": status_label(row["status"], lang, row.get("berjalan")),
        "tren": _trend_label(row["capaian_pct"], row["capaian_sebelumnya"], lang),
        "rata_unit": stat.get("rata_unit", float("nan")),
        "unit_tercapai": _share_text(
            stat.get("n_unit_tercapai", 0), stat.get("n_unit_bertarget")
        ),
        "arah": t(f"arah.{row['arah']}", lang)
        if row["arah"] in ("naik", "turun")
        else row["arah"],
        "kode": kode,
        "_status": shown_status(row["status"], row.get("berjalan")),
        "_satuan": row["satuan"] if isinstance(row["satuan"], str) else "",
        "_arah": row["arah"] if row["arah"] in ("naik", "turun") else "naik",
    }


SCORECARD_COLUMNS = (
    "sektor", "indikator", "periode", "realisasi", "target_periode", "target_tahun",
    "capaian_pct", "status", "tren", "rata_unit", "unit_tercapai", "arah", "kode",
)  # fmt: skip


def scorecard_view(
    df: pd.DataFrame, lang: str, units: pd.DataFrame | None = None
) -> TableView:
    """City scorecard: one row per indicator, grouped by sector, each sector opened
    by its average row (mean attainment of its city indicators and of its units'
    results). `units` (queries.unit_scorecard) adds, per indicator, the mean
    attainment across units and how many units are on target (DHIS2-style averages
    on rows and columns)."""
    df = df.assign(_order=_sector_order(df["sektor"])).sort_values(
        ["_order", "kode_indikator"], kind="stable"
    )
    stats = _unit_stats(units)
    rows: list[dict[str, Any]] = []
    for sektor, part in df.groupby("sektor", sort=False):
        rows.append(_sector_average(str(sektor), part, units, lang))
        rows.extend(_scorecard_row(r, stats, lang) for r in part.to_dict("records"))
    c = column_labels(lang, *SCORECARD_COLUMNS)
    frame = pd.DataFrame(
        rows, columns=[*SCORECARD_COLUMNS, "_status", "_satuan", "_arah"]
    )
    view = frame[list(SCORECARD_COLUMNS)].rename(columns=c)
    for key in (
        "realisasi",
        "target_periode",
        "target_tahun",
        "capaian_pct",
        "rata_unit",
    ):
        view[c[key]] = pd.to_numeric(view[c[key]], errors="coerce").astype(float)
    row_formats = []
    pairs = set(zip(frame["_satuan"], frame["_arah"], strict=True))
    for unit, direction in pairs:
        mask = (frame["_satuan"] == unit) & (frame["_arah"] == direction)
        sign = "≤ " if direction == "turun" else "≥ "
        formats = {c["realisasi"]: _value(unit, lang)}
        for col in (c["target_periode"], c["target_tahun"]):
            formats[col] = _value(unit, lang, prefix=sign)
        row_formats.append((mask, formats))
    return TableView(
        df=view,
        formats={c["capaian_pct"]: _pct(lang), c["rata_unit"]: _pct(lang)},
        row_formats=row_formats,
        status_column=c["status"],
        status_codes=frame["_status"],
        hidden=(c["target_tahun"], c["arah"], c["kode"]),
        widths={c["indikator"]: 290},
        pinned=(c["indikator"],),  # stays in view when the table scrolls sideways
    )


def _value(satuan: str, lang: str, prefix: str = "") -> Formatter:
    """Format a value in its unit; targets get '≥ ' or '≤ ' (direction of 'better')."""

    def format_value(value: Any) -> str:
        text = fmt.fmt_value(value, satuan, lang=lang)
        return text if text == fmt.MISSING else prefix + text

    return format_value


def overview_kpis(
    scorecard: pd.DataFrame,
    staff: pd.DataFrame,
    ikm: pd.DataFrame,
    tahun: int,
    lang: str,
) -> list[Kpi]:
    """The four headline numbers of Ringkasan Kota."""
    return [
        _kpi_indicators(scorecard, tahun, lang),
        _kpi_staff(staff, tahun, lang),
        _kpi_idl(scorecard, lang),
        _kpi_ikm(ikm, tahun, lang),
    ]


def _kpi_indicators(scorecard: pd.DataFrame, tahun: int, lang: str) -> Kpi:
    label = t("kpi.indicators", lang)
    with_target = scorecard[scorecard["status"] != "tanpa_target"]
    n_tanpa = int((scorecard["status"] == "tanpa_target").sum())
    if with_target.empty:
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    on_target = int((with_target["status"] == "tercapai").sum())
    return Kpi(
        label,
        f"{on_target} / {len(with_target)}",
        help=t("kpi.indicators_help", lang, tahun=tahun, n_tanpa=n_tanpa),
    )


def _year_row(df: pd.DataFrame, tahun: int) -> dict[str, Any] | None:
    rows = df[df["tahun"] == tahun]
    return None if rows.empty else rows.iloc[0].to_dict()


def _change_since(
    now: dict[str, Any],
    before: dict[str, Any] | None,
    column: str,
    tahun: int,
    lang: str,
    digits: int = 1,
) -> tuple[str, str] | None:
    """(signed change of `column` since last year, 'dibanding <tahun-1>'), or None
    when last year has no value."""
    if before is None or fmt.is_missing(before[column]):
        return None
    change = fmt.fmt_signed(now[column] - before[column], digits, lang=lang)
    return change, t("kpi.vs_year", lang, tahun=tahun - 1)


def _kpi_staff(staff: pd.DataFrame, tahun: int, lang: str) -> Kpi:
    label = t("kpi.baik", lang)
    now, before = _year_row(staff, tahun), _year_row(staff, tahun - 1)
    if now is None or fmt.is_missing(now["pct_baik_ke_atas"]):
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    change = _change_since(now, before, "pct_baik_ke_atas", tahun, lang)
    delta = f"{change[0]} {t('unit.pp', lang)} {change[1]}" if change else None
    return Kpi(
        label,
        fmt.fmt_pct(now["pct_baik_ke_atas"], lang=lang),
        delta=delta,
        help=t(
            "kpi.baik_help",
            lang,
            n=fmt.fmt_int(now["n_dinilai"], lang=lang),
            tahun=tahun,
        ),
    )


def _kpi_idl(scorecard: pd.DataFrame, lang: str) -> Kpi:
    label = t("kpi.idl", lang)
    rows = scorecard[scorecard["kode_indikator"] == "KES-IDL"]
    if rows.empty:
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    row = rows.iloc[0]
    delta = None
    if not fmt.is_missing(row["target_periode"]):
        change = row["realisasi_kumulatif"] - row["target_periode"]
        delta = f"{fmt.fmt_signed(change, lang=lang)} {t('kpi.vs_target', lang)}"
    return Kpi(
        label,
        fmt.fmt_pct(row["realisasi_kumulatif"], lang=lang),
        delta=delta,
        help=t(
            "kpi.idl_help",
            lang,
            periode=fmt.period_label(row["periode"], lang=lang),
            target=fmt.fmt_pct(row["target_periode"], lang=lang),
            target_tahun=fmt.fmt_pct(row["target"], lang=lang),
        ),
    )


def _kpi_ikm(ikm: pd.DataFrame, tahun: int, lang: str) -> Kpi:
    label = t("kpi.ikm", lang)
    now, before = _year_row(ikm, tahun), _year_row(ikm, tahun - 1)
    if now is None or fmt.is_missing(now["ikm"]):
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    change = _change_since(now, before, "ikm", tahun, lang, digits=2)
    delta = f"{change[0]} {change[1]}" if change else None
    help_text = t("kpi.ikm_help", lang, n=int(now["n_unit"]), tahun=tahun)
    if is_true(now.get("berjalan")):  # the year is still running: provisional
        label = t("kpi.ikm_running", lang)
        help_text += " " + t("kpi.ikm_running_help", lang, tahun=tahun)
    return Kpi(
        label,
        fmt.fmt_number(now["ikm"], 2, lang=lang),
        delta=delta,
        help=help_text,
    )


def trend_series(df: pd.DataFrame, by_indicator: bool, lang: str) -> pd.DataFrame:
    """Adds `label` (sector or indicator name, viewer's language) to trend rows."""
    out = df.copy()
    if by_indicator:
        out["label"] = [indicator_name(r, lang) for r in out.to_dict("records")]
    else:
        out["label"] = [sector_label(s, lang) for s in out["seri"]]
    return out


def rule(rules: dict[str, float], key: str, default: float) -> float:
    value = rules.get(key)
    return default if value is None else value


def _rank_text(row: dict[str, Any], rules: dict[str, float], lang: str) -> str:
    rank = row.get("peringkat")
    if fmt.is_missing(rank):
        return fmt.MISSING
    rank = int(rank)
    if row.get("peringkat_pasti") is not False:
        return str(rank)
    min_n = rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT)
    min_pct = rule(rules, "data.min_kelengkapan_pct", 80)
    reasons = []
    evaluated = row.get("n_dinilai")
    if not fmt.is_missing(evaluated) and evaluated < min_n:
        reasons.append(t("rank.few_people", lang, n=int(evaluated)))
    completeness = row.get("kelengkapan_skp_pct")
    if fmt.is_missing(completeness):
        reasons.append(t("rank.no_skp", lang))
    elif completeness < min_pct:
        pct = fmt.fmt_pct(completeness, 1 if completeness < 10 else 0, lang=lang)
        reasons.append(t("rank.low_completeness", lang, pct=pct))
    if not reasons and isinstance(row.get("alasan_tidak_pasti"), str):
        reasons.append(row["alasan_tidak_pasti"])
    reason = "; ".join(reasons) or fmt.MISSING
    return t("rank.uncertain", lang, rank=rank, reason=reason)


def _rank_change(row: dict[str, Any], lang: str) -> str:
    now, before = row.get("peringkat"), row.get("peringkat_sebelumnya")
    if fmt.is_missing(now):
        return fmt.MISSING
    if fmt.is_missing(before):
        return t("rank.new", lang)
    moved = int(before) - int(now)
    if moved == 0:
        return "="
    return f"▲ {moved}" if moved > 0 else f"▼ {-moved}"


def has_league_data(df: pd.DataFrame) -> pd.Series:
    """OPDs with staff evaluated or indicators measured in the year."""
    return (df["n_dinilai"].fillna(0) > 0) | (df["n_indikator"].fillna(0) > 0)


def opd_view(
    df: pd.DataFrame, rules: dict[str, float], scope: Scope, lang: str
) -> TableView:
    """OPD league table of the OPDs with data. Uncertain ranks read '≈ 7 (tidak pasti:
    ...)'. For roles without individual access, shares over fewer than
    min_orang_agregat people are hidden."""
    min_n = rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT)
    df = df[has_league_data(df)].reset_index(drop=True)
    records = df.to_dict("records")
    c = column_labels(
        lang,
        "peringkat",
        "perubahan",
        "opd",
        "sektor",
        "pegawai",
        "dinilai",
        "pct_baik",
        "indikator_tercapai",
        "rata_capaian",
        "kelengkapan_skp",
    )
    pct_baik = df["pct_baik_ke_atas"].astype(float)
    if not scope.individual_access:
        pct_baik = pct_baik.where(df["n_dinilai"].fillna(0) >= min_n)
    view = pd.DataFrame(
        {
            c["peringkat"]: [_rank_text(r, rules, lang) for r in records],
            c["opd"]: df["opd_nama"],
            c["pegawai"]: df["n_pegawai"].astype("Int64"),
            c["pct_baik"]: pct_baik,
            c["indikator_tercapai"]: [
                fmt.MISSING
                if not r.get("n_indikator")
                else f"{int(r['n_tercapai'])} / {int(r['n_indikator'])}"
                for r in records
            ],
            c["rata_capaian"]: df["rata_capaian_pct"].astype(float),
            c["perubahan"]: [_rank_change(r, lang) for r in records],
            c["sektor"]: [sector_label(s, lang) for s in df["sektor"]],
            c["dinilai"]: df["n_dinilai"].astype("Int64"),
            c["kelengkapan_skp"]: df["kelengkapan_skp_pct"].astype(float),
        }
    )
    return TableView(
        df=view,
        formats={
            c["pegawai"]: _int(lang),
            c["dinilai"]: _int(lang),
            c["pct_baik"]: _pct(lang),
            c["rata_capaian"]: _pct(lang),
            c["kelengkapan_skp"]: _pct(lang, 0),
        },
        hidden=(c["dinilai"], c["sektor"], c["kelengkapan_skp"]),
    )


# --- Kualitas Data & Impor ------------------------------------------------------------


def kind_label(kind: Any, lang: str) -> str:
    if fmt.is_missing(kind) or not kind:
        return t("kind.unknown", lang)
    key = f"kind.{kind}"
    return i18n.t(key, lang) if i18n.has(key) else str(kind)


def _errors_text(value: Any) -> str:
    """A JSON list (or list) of messages -> one line joined with '; '."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return "" if fmt.is_missing(value) else str(value)


def _import_status(status: Any, lang: str) -> str:
    key = f"import.status.{status}"
    return i18n.t(key, lang) if i18n.has(key) else str(status)


def _imports_frame(
    df: pd.DataFrame, time_col: str, sha_col: str, lang: str
) -> TableView:
    c = column_labels(
        lang,
        "waktu",
        "berkas",
        "jenis_ekspor",
        "status",
        "baris_dibaca",
        "baris_dimuat",
        "baris_karantina",
        "baris_baru",
        "pesan",
        "sumber",
        "sha",
    )
    source = df["source"].map(
        lambda s: t(f"import.source.{s}", lang) if s in ("ingest", "demo") else s
    )
    view = pd.DataFrame(
        {
            c["status"]: [_import_status(s, lang) for s in df["status"]],
            c["berkas"]: df["file"],
            c["jenis_ekspor"]: [kind_label(k, lang) for k in df["kind"]],
            c["baris_dibaca"]: df["rows_read"].astype("Int64"),
            c["baris_dimuat"]: df["rows_loaded"].astype("Int64"),
            c["baris_karantina"]: df["rows_quarantined"].astype("Int64"),
            c["pesan"]: [_errors_text(e) for e in df["errors"]],
            c["waktu"]: [fmt.fmt_datetime(v, lang=lang) for v in df[time_col]],
            c["baris_baru"]: df["rows_new"].astype("Int64"),
            c["sumber"]: source,
            c["sha"]: df[sha_col].map(lambda s: s[:12] if isinstance(s, str) else s),
        }
    )
    ints = ("baris_dibaca", "baris_dimuat", "baris_karantina", "baris_baru")
    return TableView(
        df=view,
        formats={c[k]: _int(lang) for k in ints},
        hidden=(c["sha"], c["sumber"], c["baris_baru"]),
        widths={c["status"]: 230, c["pesan"]: "large"},
    )


def journal_view(df: pd.DataFrame, lang: str) -> TableView:
    """Every import attempt (journal), newest first."""
    return _imports_frame(df, "at", "sha256", lang)


def import_log_view(df: pd.DataFrame, lang: str) -> TableView:
    """Loaded files (import_log)."""
    return _imports_frame(df, "started_at", "file_sha256", lang)


def import_kpis(
    journal: pd.DataFrame | None, log: pd.DataFrame, n_rejected_rows: int, lang: str
) -> list[Kpi]:
    statuses = journal["status"] if journal is not None else log["status"]
    count = statuses.value_counts()
    return [
        Kpi(
            t("kpi.files_loaded", lang), fmt.fmt_int(count.get("loaded", 0), lang=lang)
        ),
        Kpi(
            t("kpi.files_duplicate", lang),
            fmt.fmt_int(count.get("duplicate", 0), lang=lang),
        ),
        Kpi(
            t("kpi.files_rejected", lang),
            fmt.fmt_int(count.get("rejected", 0), lang=lang),
        ),
        Kpi(t("kpi.rows_rejected", lang), fmt.fmt_int(n_rejected_rows, lang=lang)),
    ]


def _raw_values_text(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    try:
        data = json.loads(value)
    except json.JSONDecodeError:
        return value
    if isinstance(data, dict):
        return " · ".join(f"{k}: {v}" for k, v in data.items())
    return str(data)


def quarantine_view(df: pd.DataFrame, lang: str) -> TableView:
    """Rejected rows: file, sheet, row number, column, reason, original values."""
    c = column_labels(
        lang,
        "berkas",
        "lembar",
        "baris",
        "jenis_ekspor",
        "kolom",
        "alasan",
        "nilai_asli",
        "waktu",
    )
    view = pd.DataFrame(
        {
            c["berkas"]: df["file"],
            c["baris"]: df["row_number"].astype("Int64"),
            c["kolom"]: df["column_name"],
            c["alasan"]: df["reason"],
            c["nilai_asli"]: [_raw_values_text(v) for v in df["raw_values"]],
            c["lembar"]: df["sheet"],
            c["jenis_ekspor"]: [kind_label(k, lang) for k in df["kind"]],
            c["waktu"]: [fmt.fmt_datetime(v, lang=lang) for v in df["quarantined_at"]],
        }
    )
    if view[c["lembar"]].isna().all():
        view = view.drop(columns=[c["lembar"]])
    if not view[c["nilai_asli"]].astype(bool).any():
        view = view.drop(columns=[c["nilai_asli"]])
    return TableView(
        df=view,
        formats={c["baris"]: str},
        hidden=(c["waktu"],),
        widths={c["alasan"]: 520, c["nilai_asli"]: "large"},
    )


def completeness_view(df: pd.DataFrame, lang: str) -> TableView:
    """Completeness per subject and month, long format (one row per subject x month)."""
    c = column_labels(
        lang,
        "subjek",
        "bulan",
        "diharapkan",
        "diterima",
        "kelengkapan",
        "tepat_waktu",
    )
    view = pd.DataFrame(
        {
            c["subjek"]: df["subjek_nama"],
            c["bulan"]: [fmt.period_label(p, lang=lang) for p in df["periode"]],
            c["diharapkan"]: df["diharapkan"].astype("Int64"),
            c["diterima"]: df["diterima"].astype("Int64"),
            c["kelengkapan"]: df["kelengkapan_pct"].astype(float),
            c["tepat_waktu"]: df["tepat_waktu_pct"].astype(float),
        }
    )
    if view[c["tepat_waktu"]].isna().all():
        view = view.drop(columns=[c["tepat_waktu"]])
    return TableView(
        df=view,
        formats={
            c["diharapkan"]: _int(lang),
            c["diterima"]: _int(lang),
            c["kelengkapan"]: _pct(lang, 0),
            c["tepat_waktu"]: _pct(lang, 0),
        },
    )


def mean_completeness(df: pd.DataFrame) -> float | None:
    values = df["kelengkapan_pct"].dropna()
    return None if values.empty else float(values.mean())


def synonyms_view(kind: Any, lang: str) -> TableView:
    """The accepted headers of one export kind (pipelines.schema.Kind)."""
    c = column_labels(
        lang,
        "judul_templat",
        "nama_kolom",
        "wajib",
        "tipe",
        "sinonim",
        "contoh",
    )
    rows = [
        {
            c["judul_templat"]: col.label or col.name,
            c["nama_kolom"]: col.name,
            c["wajib"]: t("yes" if col.required else "no", lang),
            c["tipe"]: col.type,
            c["sinonim"]: ", ".join(col.synonyms),
            c["contoh"]: col.example,
        }
        for col in kind.columns
    ]
    return TableView(df=pd.DataFrame(rows))


# --- chart inputs ---------------------------------------------------------------------


def chart_locale(lang: str) -> dict[str, Any]:
    """Month tick labels and number separators for charts in the viewer's language."""
    return {
        "month_labels": list(fmt.MONTHS_SHORT["en" if lang == "en" else "id"]),
        "separators": fmt.PLOTLY_SEPARATORS["en" if lang == "en" else "id"],
    }


def scorecard_bars(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Scorecard rows with a target, for the bar chart: label, capaian, status, text."""
    rows = df[df["status"] != "tanpa_target"]
    rows = rows.assign(_order=_sector_order(rows["sektor"])).sort_values(
        ["_order", "kode_indikator"], kind="stable"
    )
    return pd.DataFrame(
        {
            "label": [indicator_name(r, lang) for r in rows.to_dict("records")],
            "capaian_pct": rows["capaian_pct"].astype(float).to_numpy(),
            "status": rows["status"].to_numpy(),
            "text": [
                f"{config.STATUS_SYMBOLS.get(s, '')} {fmt.fmt_pct(v, lang=lang)}"
                for s, v in zip(rows["status"], rows["capaian_pct"], strict=True)
            ],
        }
    )


def opd_caption(
    df: pd.DataFrame, rules: dict[str, float], tahun: int, lang: str
) -> str:
    """How the league is ordered, what ≈ means, and which OPDs have no data yet."""
    text = t(
        "opd.caption",
        lang,
        min_n=int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT)),
        min_pct=fmt.fmt_pct(rule(rules, "data.min_kelengkapan_pct", 80), 0, lang=lang),
        prev=tahun - 1,
    )
    missing = df.loc[~has_league_data(df), "opd_singkatan"].fillna(df["opd_kode"])
    if len(missing):
        names = ", ".join(sorted(missing))
        text += " " + t("opd.no_data", lang, n=len(missing), tahun=tahun, names=names)
    return text


def trend_title(sektor: str | None, tahun: int, lang: str) -> str:
    """Per sector when no sector is chosen, else per indicator of that sector."""
    if sektor is None:
        return t("trend.title_sector", lang, tahun=tahun)
    return t(
        "trend.title_indicator", lang, sektor=sector_label(sektor, lang), tahun=tahun
    )


# At most this many rows (OPDs or units) in the completeness heatmap: those with the
# lowest completeness (a province has hundreds; the table keeps every one).
COMPLETENESS_CHART_MAX = 40


def _completeness_lowest(df: pd.DataFrame) -> list[str]:
    mean = df.groupby("subjek_nama")["kelengkapan_pct"].mean()
    ranked = sorted(mean.index, key=lambda name: (mean[name], str(name)))
    return ranked[:COMPLETENESS_CHART_MAX]


def completeness_note(df: pd.DataFrame, lang: str) -> str | None:
    """Says how many subjects the heatmap leaves to the table, if any."""
    total = int(df["subjek_nama"].nunique())
    return capped_text("completeness.capped", COMPLETENESS_CHART_MAX, total, lang)


def completeness_chart_input(
    df: pd.DataFrame, jenis: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_completeness_heatmap, translated; the
    COMPLETENESS_CHART_MAX subjects with the lowest completeness."""
    if df["subjek_nama"].nunique() > COMPLETENESS_CHART_MAX:
        df = df[df["subjek_nama"].isin(_completeness_lowest(df))]
    return {
        "df": df,
        "x": "bulan",
        "y": "subjek_nama",
        "z": "kelengkapan_pct",
        "title": t(
            "completeness.chart", lang, jenis=kind_label(jenis, lang), tahun=tahun
        ),
        "x_title": t("col.bulan", lang),
        "y_title": t("col.subjek", lang),
        "colorbar_title": "%",
        **chart_locale(lang),
    }


def scorecard_chart_input(df: pd.DataFrame, lang: str) -> dict[str, Any]:
    """Arguments of charts.build_scorecard_figure for the scorecard rows."""
    return {
        "df": scorecard_bars(df, lang),
        "y": "label",
        "x": "capaian_pct",
        "status": "status",
        "text": "text",
        "title": t("scorecard.title", lang),
        "x_title": t("chart.capaian", lang),
        "target_label": t("chart.target", lang),
        "separators": chart_locale(lang)["separators"],
    }


def trend_chart_input(
    df: pd.DataFrame, sektor: str | None, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_trend_figure: per sector, or per indicator of the
    chosen sector."""
    by_indicator = sektor is not None
    return {
        "df": trend_series(df, by_indicator, lang),
        "x": "bulan_ke",
        "y": "capaian_pct",
        "series": "seri",
        "label": "label",
        "title": trend_title(sektor, tahun, lang),
        "x_title": t("chart.month", lang),
        "y_title": t("chart.capaian", lang),
        "target_label": t("chart.target", lang),
        "colours": None if by_indicator else config.SECTOR_COLOURS,
        **chart_locale(lang),
    }


# --- Kesehatan ------------------------------------------------------------------------


def _ok_status(ok: Any) -> str:
    """True -> 'tercapai', False -> 'tidak_tercapai', unknown -> 'tanpa_target' (for
    the cell tint and bar colour; the label carries the meaning in words)."""
    if fmt.is_missing(ok):
        return "tanpa_target"
    return "tercapai" if bool(ok) else "tidak_tercapai"


def _latest(df: pd.DataFrame) -> pd.DataFrame:
    """Each unit's latest month of the year, the city first."""
    rows = df[df["is_latest_in_year"].fillna(False).astype(bool)]
    rows = rows.assign(_unit=rows["tingkat"] != "kota")
    rows = rows.sort_values(["_unit", "unit_nama"], kind="stable")
    return rows.drop(columns="_unit").reset_index(drop=True)


def unit_names(df: pd.DataFrame) -> dict[str, str]:
    """unit_kode -> unit_nama of a query result (the city first)."""
    latest = df.drop_duplicates("unit_kode")
    latest = latest.sort_values("tingkat", key=lambda s: s != "kota", kind="stable")
    return dict(zip(latest["unit_kode"], latest["unit_nama"], strict=True))


def coverage_view(df: pd.DataFrame, lang: str) -> TableView:
    """Coverage per puskesmas (and the city) in its latest month: the month's own
    figure, the year-to-date figure, the target to date and for the year."""
    rows = _latest(df)
    c = column_labels(
        lang,
        "puskesmas",
        "data_sampai",
        "cakupan_kumulatif",
        "target_sd_bulan",
        "target_tahun_pct",
        "capaian_pct",
        "status",
        "cakupan_bulan",
    )
    view = pd.DataFrame(
        {
            c["puskesmas"]: rows["unit_nama"],
            c["data_sampai"]: [fmt.period_label(p, lang=lang) for p in rows["periode"]],
            c["cakupan_kumulatif"]: rows["realisasi_kumulatif"].astype(float),
            c["target_sd_bulan"]: rows["target_periode"].astype(float),
            c["target_tahun_pct"]: rows["target"].astype(float),
            c["capaian_pct"]: rows["capaian_pct"].astype(float),
            c["status"]: [status_label(s, lang) for s in rows["status"]],
            c["cakupan_bulan"]: rows["realisasi"].astype(float),
        }
    )
    pcts = ("cakupan_kumulatif", "target_sd_bulan", "target_tahun_pct")
    return TableView(
        df=view,
        formats={**{c[k]: _pct(lang) for k in (*pcts, "capaian_pct", "cakupan_bulan")}},
        status_column=c["status"],
        status_codes=rows["status"],
        widths={c["puskesmas"]: "medium"},
    )


def _projection_label(row: dict[str, Any], lang: str) -> tuple[str, str]:
    """(label, status code) of the year-end outlook of one unit."""
    projected, target = row.get("proyeksi_akhir_tahun"), row.get("target")
    if fmt.is_missing(projected) or fmt.is_missing(target):
        return fmt.MISSING, "tanpa_target"
    ok = float(projected) >= float(target) - 1e-9
    final = int(row.get("bulan_ke") or 0) >= 12
    keys = (
        ("projection.met", "projection.missed")
        if final
        else ("projection.will_meet", "projection.will_miss")
    )
    return t(keys[0] if ok else keys[1], lang), _ok_status(ok)


def projection_view(df: pd.DataFrame, lang: str) -> TableView:
    """Year-end outlook per puskesmas: cumulative ÷ months elapsed × 12 vs the year's
    target ('Diperkirakan tidak tercapai'); a complete year shows the actual."""
    rows = _latest(df)
    outlook = [_projection_label(r, lang) for r in rows.to_dict("records")]
    c = column_labels(
        lang,
        "puskesmas",
        "data_sampai",
        "bulan_berjalan",
        "cakupan_kumulatif",
        "proyeksi",
        "target_tahun_pct",
        "perkiraan",
    )
    view = pd.DataFrame(
        {
            c["puskesmas"]: rows["unit_nama"],
            c["perkiraan"]: [label for label, _ in outlook],
            c["proyeksi"]: rows["proyeksi_akhir_tahun"].astype(float),
            c["target_tahun_pct"]: rows["target"].astype(float),
            c["cakupan_kumulatif"]: rows["realisasi_kumulatif"].astype(float),
            c["bulan_berjalan"]: rows["bulan_ke"].astype("Int64"),
            c["data_sampai"]: [fmt.period_label(p, lang=lang) for p in rows["periode"]],
        }
    )
    return TableView(
        df=view,
        formats={
            c["proyeksi"]: _pct(lang),
            c["target_tahun_pct"]: _pct(lang),
            c["cakupan_kumulatif"]: _pct(lang),
            c["bulan_berjalan"]: _int(lang),
        },
        status_column=c["perkiraan"],
        status_codes=pd.Series([code for _, code in outlook], dtype=object),
        widths={c["perkiraan"]: 280},
    )


def _bars(
    labels: Any, values: Any, oks: list[Any], lang: str, decimals: int = 1
) -> pd.DataFrame:
    codes = [_ok_status(ok) for ok in oks]
    return pd.DataFrame(
        {
            "label": list(labels),
            "value": [float(v) if not fmt.is_missing(v) else None for v in values],
            "status": codes,
            "text": [
                f"{config.STATUS_SYMBOLS[code]} {fmt.fmt_pct(v, decimals, lang=lang)}"
                for code, v in zip(codes, values, strict=True)
            ],
        }
    )


# At most this many bars in a per-unit bar chart (a province has hundreds of
# puskesmas and gampong): the furthest from the target; the table keeps every row.
BAR_CHART_MAX = 40


def _worst_bars(bars: pd.DataFrame, worst: str) -> pd.DataFrame:
    """Above BAR_CHART_MAX bars, the BAR_CHART_MAX worst (lowest values when
    `worst` is 'low', highest when 'high'; unknown values last), in their original
    order; ``attrs['total']`` keeps how many there were."""
    if len(bars) <= BAR_CHART_MAX:
        return bars
    missing = float("inf") if worst == "low" else float("-inf")
    values = pd.to_numeric(bars["value"], errors="coerce").fillna(missing)
    ranked = values.sort_values(ascending=worst == "low", kind="stable")
    kept = bars.loc[sorted(ranked.index[:BAR_CHART_MAX])].copy()
    kept.attrs["total"] = len(bars)
    return kept


def bar_chart_note(chart: dict[str, Any], lang: str) -> str | None:
    """Says how many bars a capped chart (_worst_bars) leaves to the table."""
    df = chart["df"]
    return capped_text("chart.capped", len(df), df.attrs.get("total") or 0, lang)


def capped_text(
    key: str, shown: int, total: int, lang: str, **extra: str
) -> str | None:
    """The note of a chart that holds `shown` of its table's `total` rows (i18n `key`
    with {n} and {total}), or None when it holds them all."""
    if total <= shown:
        return None
    return t(
        key,
        lang,
        n=fmt.fmt_int(shown, lang=lang),
        total=fmt.fmt_int(total, lang=lang),
        **extra,
    )


def _bar_input(
    bars: pd.DataFrame,
    title: str,
    x_title: str,
    target: float,
    target_label: str,
    lang: str,
    worst: str = "low",
) -> dict[str, Any]:
    bars = _worst_bars(bars.reset_index(drop=True), worst)
    return {
        "df": bars,
        "y": "label",
        "x": "value",
        "status": "status",
        "text": "text",
        "title": title,
        "x_title": x_title,
        "target_label": target_label,
        "target": target,
        "separators": chart_locale(lang)["separators"],
    }


def projection_chart_input(
    df: pd.DataFrame, indikator: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Bars of projected year-end coverage per puskesmas against the year's target."""
    rows = _latest(df)
    target = (
        float(rows["target"].dropna().max()) if rows["target"].notna().any() else 100.0
    )
    oks = [
        None if fmt.is_missing(p) or fmt.is_missing(g) else float(p) >= float(g) - 1e-9
        for p, g in zip(rows["proyeksi_akhir_tahun"], rows["target"], strict=True)
    ]
    final = bool(len(rows)) and int(rows["bulan_ke"].min()) >= 12
    key = "projection.chart_actual" if final else "projection.chart_title"
    return _bar_input(
        _bars(rows["unit_nama"], rows["proyeksi_akhir_tahun"], oks, lang),
        t(key, lang, indikator=indikator, tahun=tahun),
        t("projection.x_title", lang),
        target,
        t("projection.target", lang, target=fmt.fmt_pct(target, 0, lang=lang)),
        lang,
    )


def coverage_chart_input(
    df: pd.DataFrame, unit_kode: str, indikator: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_cumulative_figure for one unit (or the city)."""
    rows = df[df["unit_kode"] == unit_kode].sort_values("bulan_ke")
    target = rows["target"].dropna()
    target_text = fmt.fmt_pct(target.iloc[-1], 0, lang=lang) if len(target) else "–"
    unit = str(rows["unit_nama"].iloc[0]) if len(rows) else unit_kode
    return {
        "df": rows,
        "x": "bulan_ke",
        "cumulative": "realisasi_kumulatif",
        "monthly": "realisasi",
        "target": "target_periode",
        "title": t(
            "coverage.chart_title", lang, indikator=indikator, unit=unit, tahun=tahun
        ),
        "y_title": t("coverage.y_title", lang),
        "x_title": t("chart.month", lang),
        "cumulative_label": t("coverage.legend_cumulative", lang),
        "monthly_label": t("coverage.legend_monthly", lang),
        "target_label": t("coverage.legend_target", lang, target=target_text),
        **chart_locale(lang),
    }


def uci_line(rules: dict[str, float], bulan_ke: Any) -> float:
    """The UCI threshold pro-rated to the month (the PWS line)."""
    month = 12 if fmt.is_missing(bulan_ke) else int(bulan_ke)
    return rule(rules, "imunisasi.ambang_uci_pct", 80) * month / 12


def uci_label(uci: Any, bulan_ke: Any, lang: str) -> str:
    """'● UCI' / '✖ Belum UCI' in December; '● Sesuai jalur UCI' before."""
    if fmt.is_missing(uci):
        return t("uci.unknown", lang)
    final = fmt.is_missing(bulan_ke) or int(bulan_ke) >= 12
    if final:
        return t("uci.reached" if uci else "uci.not_reached", lang)
    return t("uci.on_track" if uci else "uci.off_track", lang)


def gampong_view(
    df: pd.DataFrame, names: dict[str, str], rules: dict[str, float], lang: str
) -> TableView:
    """Each gampong's cumulative IDL coverage against the UCI line, with its UCI
    status as symbol + text."""
    c = column_labels(
        lang,
        "gampong",
        "status_uci",
        "cakupan_kumulatif",
        "garis_uci",
        "puskesmas",
        "kecamatan",
        "data_sampai",
        "status_target",
    )
    view = pd.DataFrame(
        {
            c["gampong"]: df["gampong_nama"],
            c["status_uci"]: [
                uci_label(u, m, lang)
                for u, m in zip(df["uci"], df["bulan_ke"], strict=True)
            ],
            c["cakupan_kumulatif"]: df["realisasi_kumulatif"].astype(float),
            c["garis_uci"]: [uci_line(rules, m) for m in df["bulan_ke"]],
            c["puskesmas"]: [names.get(u, u) for u in df["unit_kode"]],
            c["kecamatan"]: df["kecamatan"],
            c["data_sampai"]: [fmt.period_label(p, lang=lang) for p in df["periode"]],
            c["status_target"]: [status_label(s, lang) for s in df["status"]],
        }
    ).reset_index(drop=True)
    return TableView(
        df=view,
        formats={c["cakupan_kumulatif"]: _pct(lang), c["garis_uci"]: _pct(lang)},
        status_column=c["status_uci"],
        status_codes=pd.Series([_ok_status(u) for u in df["uci"]], dtype=object),
        hidden=(c["status_target"],),
    )


def uci_count(df: pd.DataFrame) -> tuple[int, int]:
    """(gampong on track / reaching UCI, gampong with a known status)."""
    known = df["uci"].dropna().astype(bool)
    return int(known.sum()), int(len(known))


def gampong_chart_input(
    df: pd.DataFrame, rules: dict[str, float], lang: str
) -> dict[str, Any]:
    """Bars of cumulative IDL coverage per gampong against the UCI line."""
    month = df["bulan_ke"].max() if len(df) else 12
    line = uci_line(rules, month)
    latest = df.loc[df["bulan_ke"] == month, "periode"]
    periode = fmt.period_label(latest.iloc[0] if len(latest) else None, lang=lang)
    return _bar_input(
        _bars(df["gampong_nama"], df["realisasi_kumulatif"], list(df["uci"]), lang),
        t("uci.chart_title", lang, periode=periode),
        t("coverage.y_title", lang),
        line,
        t("uci.line", lang, value=fmt.fmt_pct(line, 1, lang=lang)),
        lang,
    )


def drop_out_ok(value: Any, rules: dict[str, float]) -> bool | None:
    if fmt.is_missing(value):
        return None
    return float(value) <= rule(rules, "imunisasi.batas_drop_out_pct", 5) + 1e-9


def drop_out_view(df: pd.DataFrame, rules: dict[str, float], lang: str) -> TableView:
    """Cumulative drop-out per puskesmas (and the city) against the limit."""
    limit = rule(rules, "imunisasi.batas_drop_out_pct", 5)
    oks = [drop_out_ok(v, rules) for v in df["realisasi_kumulatif"]]
    c = column_labels(
        lang,
        "puskesmas",
        "status",
        "dropout_kumulatif",
        "batas",
        "dropout_bulan",
        "data_sampai",
    )
    labels = {True: t("dropout.ok", lang), False: t("dropout.over", lang)}
    view = pd.DataFrame(
        {
            c["puskesmas"]: df["unit_nama"],
            c["status"]: [labels.get(ok, fmt.MISSING) for ok in oks],
            c["dropout_kumulatif"]: df["realisasi_kumulatif"].astype(float),
            c["batas"]: limit,
            c["dropout_bulan"]: df["realisasi"].astype(float),
            c["data_sampai"]: [fmt.period_label(p, lang=lang) for p in df["periode"]],
        }
    ).reset_index(drop=True)
    pcts = ("dropout_kumulatif", "batas", "dropout_bulan")
    return TableView(
        df=view,
        formats={c[k]: _pct(lang) for k in pcts},
        status_column=c["status"],
        status_codes=pd.Series([_ok_status(ok) for ok in oks], dtype=object),
    )


def drop_out_chart_input(
    df: pd.DataFrame, rules: dict[str, float], tahun: int, lang: str
) -> dict[str, Any]:
    limit = rule(rules, "imunisasi.batas_drop_out_pct", 5)
    oks = [drop_out_ok(v, rules) for v in df["realisasi_kumulatif"]]
    return _bar_input(
        _bars(df["unit_nama"], df["realisasi_kumulatif"], oks, lang),
        t("dropout.chart_title", lang, tahun=tahun),
        t("dropout.x_title", lang),
        limit,
        t("dropout.limit", lang, batas=fmt.fmt_pct(limit, 0, lang=lang)),
        lang,
        worst="high",
    )


def _mismatch_label(row: dict[str, Any], min_n: int, lang: str) -> tuple[str, str]:
    flag = row.get("mismatch")
    if fmt.is_missing(flag) and not row.get("n_dinilai"):
        # e.g. a gampong: no staff sit there; the OPD level judges its outcomes
        return t("mismatch.no_staff", lang), "tanpa_target"
    if fmt.is_missing(flag):
        return t("mismatch.unknown", lang, n=min_n), "tanpa_target"
    if bool(flag):
        return t("mismatch.yes", lang), "tidak_tercapai"
    return t("mismatch.no", lang), "tercapai"


def outcome_view(df: pd.DataFrame, rules: dict[str, float], lang: str) -> TableView:
    """Units with indicators missed vs share of staff rated Baik or better. The mart
    already hides the share of units with fewer than min_orang_agregat people."""
    min_n = int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT))
    records = df.to_dict("records")
    labels = [_mismatch_label(r, min_n, lang) for r in records]
    c = column_labels(
        lang,
        "unit",
        "kesesuaian",
        "indikator_belum",
        "rata_capaian",
        "pct_baik",
        "dinilai",
    )
    view = pd.DataFrame(
        {
            c["unit"]: df["unit_nama"],
            c["kesesuaian"]: [label for label, _ in labels],
            c["indikator_belum"]: [
                fmt.MISSING
                if not r.get("n_bertarget")
                else f"{int(r['n_tidak_tercapai'])} / {int(r['n_bertarget'])}"
                for r in records
            ],
            c["rata_capaian"]: df["rata_capaian_pct"].astype(float),
            c["pct_baik"]: df["pct_baik_ke_atas"].astype(float),
            c["dinilai"]: df["n_dinilai"].astype("Int64"),
        }
    ).reset_index(drop=True)
    hidden_text = t("suppressed", lang, n=min_n)
    suppressed = df["ditekan"].fillna(False).astype(bool).reset_index(drop=True)
    return TableView(
        df=view,
        formats={
            c["rata_capaian"]: _pct(lang),
            c["pct_baik"]: _pct(lang),
            c["dinilai"]: _int(lang),
        },
        row_formats=[(suppressed, {c["pct_baik"]: lambda _v: hidden_text})],
        status_column=c["kesesuaian"],
        status_codes=pd.Series([code for _, code in labels], dtype=object),
        widths={c["kesesuaian"]: 420},
    )


def health_kpis(
    idl: pd.DataFrame,
    gampong: pd.DataFrame,
    drop: pd.DataFrame,
    rules: dict[str, float],
    lang: str,
) -> list[Kpi]:
    """City IDL coverage, gampong UCI, city drop-out, puskesmas expected to miss."""
    city = idl[(idl["tingkat"] == "kota") & idl["is_latest_in_year"].astype(bool)]
    return [
        _kpi_idl(city.assign(kode_indikator="KES-IDL"), lang),
        _kpi_uci(gampong, rules, lang),
        _kpi_drop_out(drop, rules, lang),
        _kpi_projected_miss(idl, lang),
    ]


def _kpi_uci(gampong: pd.DataFrame, rules: dict[str, float], lang: str) -> Kpi:
    label = t("kpi.uci", lang)
    n_uci, n = uci_count(gampong)
    if not n:
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    month = gampong["bulan_ke"].max()
    latest = gampong.loc[gampong["bulan_ke"] == month, "periode"].iloc[0]
    return Kpi(
        label,
        f"{n_uci} / {n}",
        help=t(
            "kpi.uci_help",
            lang,
            ambang=fmt.fmt_pct(
                rule(rules, "imunisasi.ambang_uci_pct", 80), 0, lang=lang
            ),
            periode=fmt.period_label(latest, lang=lang),
            pct=fmt.fmt_pct(100 * n_uci / n, lang=lang),
        ),
    )


def _kpi_drop_out(drop: pd.DataFrame, rules: dict[str, float], lang: str) -> Kpi:
    label = t("kpi.dropout", lang)
    city = drop[drop["tingkat"] == "kota"]
    if city.empty or fmt.is_missing(city["realisasi_kumulatif"].iloc[0]):
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    row = city.iloc[0]
    limit = rule(rules, "imunisasi.batas_drop_out_pct", 5)
    change = float(row["realisasi_kumulatif"]) - limit
    return Kpi(
        label,
        fmt.fmt_pct(row["realisasi_kumulatif"], lang=lang),
        delta=f"{fmt.fmt_signed(change, lang=lang)} {t('kpi.vs_limit', lang)}",
        delta_color="inverse",
        help=t(
            "kpi.dropout_help",
            lang,
            periode=fmt.period_label(row["periode"], lang=lang),
            batas=fmt.fmt_pct(limit, 0, lang=lang),
        ),
    )


def _kpi_projected_miss(idl: pd.DataFrame, lang: str) -> Kpi:
    label = t("kpi.projected_miss", lang)
    rows = _latest(idl)
    rows = rows[(rows["tingkat"] == "unit") & rows["proyeksi_akhir_tahun"].notna()]
    if rows.empty:
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    miss = int((rows["proyeksi_akhir_tahun"] < rows["target"] - 1e-9).sum())
    target = fmt.fmt_pct(rows["target"].max(), 0, lang=lang)
    return Kpi(
        label,
        f"{miss} / {len(rows)}",
        help=t("kpi.projected_miss_help", lang, target=target),
    )


# --- Tentang Indikator ----------------------------------------------------------------

RULE_UNITS = {
    "ambang_uci_pct": "%",
    "batas_drop_out_pct": "%",
    "capaian_maks_pct": "%",
    "min_kelengkapan_pct": "%",
    "min_responden": "unit.responden",
    "hak_pns": "unit.jp",
    "batas_pppk": "unit.jp",
    "hari_batas_pengisian": "unit.hari",
    "min_orang_agregat": "unit.orang",
}
RULE_ORDER = ("imunisasi", "ikm", "jp", "skp", "indikator", "data")


def _targets(value: Any) -> list[dict[str, Any]]:
    if value is None or isinstance(value, float):
        return []
    return [dict(item) for item in value]


def target_for_year(value: Any, tahun: int | None) -> float | None:
    """The all-units target of `tahun` from a catalogue `targets` list."""
    for item in _targets(value):
        if item.get("tahun") == tahun and not item.get("unit_kode"):
            return float(item["target"])
    return None


def targets_text(value: Any, satuan: str | None, lang: str) -> str:
    """'2021: 95,0% · 2022: 90,0% · …' (unit-specific targets named)."""
    parts = []
    for item in _targets(value):
        text = fmt.fmt_value(item.get("target"), satuan, lang=lang)
        unit = item.get("unit_kode")
        if unit:
            text = t("catalogue.unit_target", lang, unit=unit, value=text)
        parts.append(f"{item.get('tahun')}: {text}")
    return " · ".join(parts) or fmt.MISSING


def satuan_label(satuan: Any, lang: str) -> Any:
    """An indicator's unit in the viewer's language ('indeks' -> 'index')."""
    key = f"unit.{satuan}"
    return t(key, lang) if isinstance(satuan, str) and i18n.has(key) else satuan


CATALOGUE_TEXTS = ("definisi", "formula", "sumber", "catatan")


def catalogue_text(row: dict[str, Any], field: str, lang: str) -> Any:
    """A long catalogue text in the viewer's language: `<field>_en` in English (the
    Indonesian text when the reference file leaves the English one empty)."""
    if lang == "en":
        english = row.get(f"{field}_en")
        if isinstance(english, str) and english.strip():
            return english
    return row.get(field)


def english_missing(catalogue: pd.DataFrame) -> bool:
    """True when an Indonesian catalogue text has no English version."""
    for name in CATALOGUE_TEXTS:
        if name not in catalogue or f"{name}_en" not in catalogue:
            return True
        has_id = catalogue[name].fillna("").astype(str).str.strip() != ""
        has_en = catalogue[f"{name}_en"].fillna("").astype(str).str.strip() != ""
        if (has_id & ~has_en).any():
            return True
    return False


def _yes_no_cumulative(value: Any, lang: str) -> str:
    key = "catalogue.cumulative" if value == "ya" else "catalogue.not_cumulative"
    return t(key, lang)


def catalogue_view(df: pd.DataFrame, tahun: int | None, lang: str) -> TableView:
    """One row per indicator, grouped by sector; the long texts are in the download
    (and in the details below the table)."""
    df = df.assign(_order=_sector_order(df["sektor"])).sort_values(
        ["_order", "kode_indikator"], kind="stable"
    )
    records = df.to_dict("records")
    target_col = t("col.target_tahun_x", lang, tahun=tahun or "")
    c = column_labels(
        lang,
        "sektor",
        "kode",
        "indikator",
        "satuan",
        "arah",
        "kumulatif",
        "ambang_kuning",
        "target_semua",
        "konfirmasi",
        "definisi",
        "rumus",
        "sumber_data",
        "catatan",
        "opd",
    )
    view = pd.DataFrame(
        {
            c["sektor"]: [sector_label(s, lang) for s in df["sektor"]],
            c["kode"]: df["kode_indikator"],
            c["indikator"]: [indicator_name(r, lang) for r in records],
            target_col: [target_for_year(r["targets"], tahun) for r in records],
            c["arah"]: [
                t(f"arah.{a}", lang) if a in ("naik", "turun") else a
                for a in df["arah"]
            ],
            c["konfirmasi"]: [
                t("catalogue.unconfirmed", lang) if u else fmt.MISSING
                for u in df["belum_terkonfirmasi"]
            ],
            c["satuan"]: [satuan_label(u, lang) for u in df["satuan"]],
            c["kumulatif"]: [_yes_no_cumulative(k, lang) for k in df["kumulatif"]],
            c["ambang_kuning"]: df["ambang_kuning_pct"].astype(float),
            c["target_semua"]: [
                targets_text(r["targets"], r["satuan"], lang) for r in records
            ],
            c["definisi"]: [catalogue_text(r, "definisi", lang) for r in records],
            c["rumus"]: [catalogue_text(r, "formula", lang) for r in records],
            c["sumber_data"]: [catalogue_text(r, "sumber", lang) for r in records],
            c["catatan"]: [catalogue_text(r, "catatan", lang) for r in records],
            c["opd"]: df["opd_nama"],
        }
    ).reset_index(drop=True)
    satuan = df["satuan"].fillna("").reset_index(drop=True)
    arah = df["arah"].fillna("naik").reset_index(drop=True)
    row_formats = []
    for unit, direction in {(u, a) for u, a in zip(satuan, arah, strict=True)}:
        mask = (satuan == unit) & (arah == direction)
        sign = "≤ " if direction == "turun" else "≥ "
        row_formats.append((mask, {target_col: _value(unit, lang, prefix=sign)}))
    return TableView(
        df=view,
        formats={c["ambang_kuning"]: _pct(lang, 0)},
        row_formats=row_formats,
        hidden=(
            c["target_semua"],
            c["definisi"],
            c["rumus"],
            c["sumber_data"],
            c["catatan"],
            c["opd"],
        ),
        widths={c["indikator"]: 380, c["konfirmasi"]: 250},
    )


def indicator_details(row: dict[str, Any], lang: str) -> tuple[str, str]:
    """(expander title, markdown body) of one indicator: definition, formula, unit,
    direction, amber threshold, yearly targets, source and notes."""
    title = f"{row['kode_indikator']} · {indicator_name(row, lang)}"
    ambang = row.get("ambang_kuning_pct")
    meta = t(
        "catalogue.meta",
        lang,
        satuan=satuan_label(row.get("satuan"), lang) or fmt.MISSING,
        arah=t(f"arah.{row.get('arah')}", lang)
        if row.get("arah") in ("naik", "turun")
        else fmt.MISSING,
        kumulatif=_yes_no_cumulative(row.get("kumulatif"), lang),
        ambang=fmt.fmt_pct(ambang, 0, lang=lang),
        opd=row.get("opd_nama") or row.get("opd_kode") or fmt.MISSING,
    )
    lines = [f"*{meta}*", ""]
    fields = (
        ("catalogue.definition", catalogue_text(row, "definisi", lang)),
        ("catalogue.formula", catalogue_text(row, "formula", lang)),
        (
            "catalogue.targets",
            targets_text(row.get("targets"), row.get("satuan"), lang),
        ),
        ("catalogue.source", catalogue_text(row, "sumber", lang)),
        ("catalogue.notes", catalogue_text(row, "catatan", lang)),
    )
    for key, value in fields:
        if isinstance(value, str) and value.strip():
            lines.append(f"**{t(key, lang)}:** {value}  ")
    if row.get("belum_terkonfirmasi"):
        lines.append("")
        lines.append(t("catalogue.unconfirmed", lang))
    return title, "\n".join(lines)


def rules_view(rules: dict[str, float], lang: str) -> TableView:
    """Every rule of ref_aturan with its value in its unit and what it means."""
    order = {b: i for i, b in enumerate(RULE_ORDER)}
    keys = sorted(rules, key=lambda k: (order.get(k.split(".")[0], 99), k))
    c = column_labels(lang, "aturan", "nilai", "arti", "kunci")
    rows = []
    for key in keys:
        kunci = key.split(".", 1)[-1]
        unit = RULE_UNITS.get(kunci, "")
        value = fmt.fmt_number(
            rules[key], 0 if float(rules[key]).is_integer() else 2, lang=lang
        )
        if unit == "%":
            value += "%"
        elif unit:
            value += f" {t(unit, lang)}"
        label_key, meaning_key = f"rule.label.{key}", f"rule.{key}"
        rows.append(
            {
                c["aturan"]: t(label_key, lang) if i18n.has(label_key) else key,
                c["nilai"]: value,
                c["arti"]: t(meaning_key, lang) if i18n.has(meaning_key) else "",
                c["kunci"]: key,
            }
        )
    return TableView(
        df=pd.DataFrame(rows, columns=list(c.values())),
        widths={c["arti"]: "large"},
        row_height=60,
    )


def _rule_pct(rules: dict[str, float], key: str, default: float, lang: str) -> str:
    value = rule(rules, key, default)
    return fmt.fmt_pct(value, 0 if float(value).is_integer() else 1, lang=lang)


def uci_caption(rules: dict[str, float], lang: str) -> str:
    ambang = _rule_pct(rules, "imunisasi.ambang_uci_pct", 80, lang)
    return t("uci.caption", lang, ambang=ambang)


def drop_out_caption(rules: dict[str, float], lang: str) -> str:
    batas = _rule_pct(rules, "imunisasi.batas_drop_out_pct", 5, lang)
    return t("dropout.caption", lang, batas=batas)


def mismatch_caption(rules: dict[str, float], lang: str) -> str:
    min_n = int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT))
    return t("mismatch.caption", lang, min_n=min_n)
