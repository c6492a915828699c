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


def _pct(lang: str, decimals: int = 1) -> Formatter:
    return lambda v: fmt.fmt_pct(v, decimals, lang=lang)


def _num(lang: str, decimals: int = 1) -> Formatter:
    return lambda v: fmt.fmt_number(v, decimals, lang=lang)


def _int(lang: str) -> Formatter:
    return lambda v: fmt.fmt_int(v, lang=lang)


def sector_label(code: Any, lang: str) -> str:
    key = f"sector.{code}"
    return i18n.t(key, lang) if i18n.has(key) else str(code)


def status_label(code: Any, lang: str) -> str:
    """'tercapai' -> '● Tercapai' (symbol + text, never colour alone)."""
    code = code if code in config.STATUS_SYMBOLS else "tanpa_target"
    return f"{config.STATUS_SYMBOLS[code]} {t(f'status.{code}', lang)}"


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


def scorecard_view(df: pd.DataFrame, lang: str) -> TableView:
    """City scorecard: one row per indicator, grouped by sector."""
    df = df.assign(_order=_sector_order(df["sektor"])).sort_values(
        ["_order", "kode_indikator"], kind="stable"
    )
    c = {
        k: t(f"col.{k}", lang)
        for k in (
            "sektor",
            "indikator",
            "periode",
            "realisasi",
            "target_periode",
            "target_tahun",
            "capaian_pct",
            "status",
            "tren",
            "arah",
            "kode",
        )
    }
    view = pd.DataFrame(
        {
            c["sektor"]: [sector_label(s, lang) for s in df["sektor"]],
            c["indikator"]: [indicator_name(r, lang) for r in df.to_dict("records")],
            c["periode"]: [
                fmt.period_label(p, lang=lang, short=True) for p in df["periode"]
            ],
            c["realisasi"]: df["realisasi_kumulatif"].astype(float),
            c["target_periode"]: df["target_periode"].astype(float),
            c["target_tahun"]: df["target"].astype(float),
            c["capaian_pct"]: df["capaian_pct"].astype(float),
            c["status"]: [status_label(s, lang) for s in df["status"]],
            c["tren"]: [
                _trend_label(a, b, lang)
                for a, b in zip(
                    df["capaian_pct"], df["capaian_sebelumnya"], strict=True
                )
            ],
            c["arah"]: [
                t(f"arah.{a}", lang) if a in ("naik", "turun") else a
                for a in df["arah"]
            ],
            c["kode"]: df["kode_indikator"],
        }
    ).reset_index(drop=True)
    satuan = df["satuan"].fillna("").reset_index(drop=True)
    arah = df["arah"].fillna("naik").reset_index(drop=True)
    row_formats = []
    for unit, direction in {(u, a) for u, a in zip(satuan, arah, strict=True)}:
        mask = (satuan == unit) & (arah == direction)
        sign = "≤ " if direction == "turun" else "≥ "
        formats = {c["realisasi"]: _value(unit, lang)}
        for col in (c["target_periode"], c["target_tahun"]):
            formats[col] = _value(unit, lang, prefix=sign)
        row_formats.append((mask, formats))
    return TableView(
        df=view,
        formats={c["capaian_pct"]: _pct(lang)},
        row_formats=row_formats,
        status_column=c["status"],
        status_codes=df["status"].reset_index(drop=True),
        hidden=(c["target_tahun"], c["arah"], c["kode"]),
        widths={c["indikator"]: "large"},
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


def _kpi_staff(staff: pd.DataFrame, tahun: int, lang: str) -> Kpi:
    label = t("kpi.baik", lang)
    now, before = _year_row(staff, tahun), _year_row(staff, tahun - 1)
    if now is None or fmt.is_missing(now["pct_baik_ke_atas"]):
        return Kpi(label, fmt.MISSING, help=t("kpi.not_applicable", lang))
    delta = None
    if before is not None and not fmt.is_missing(before["pct_baik_ke_atas"]):
        change = now["pct_baik_ke_atas"] - before["pct_baik_ke_atas"]
        since = t("kpi.vs_year", lang, tahun=tahun - 1)
        delta = f"{fmt.fmt_signed(change, lang=lang)} {t('unit.pp', lang)} {since}"
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
    delta = None
    if before is not None and not fmt.is_missing(before["ikm"]):
        change = now["ikm"] - before["ikm"]
        since = t("kpi.vs_year", lang, tahun=tahun - 1)
        delta = f"{fmt.fmt_signed(change, 2, lang=lang)} {since}"
    return Kpi(
        label,
        fmt.fmt_number(now["ikm"], 2, lang=lang),
        delta=delta,
        help=t("kpi.ikm_help", lang, n=int(now["n_unit"]), tahun=tahun),
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
    c = {
        k: t(f"col.{k}", lang)
        for k in (
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
    }
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
    c = {
        k: t(f"col.{k}", lang)
        for k in (
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
    }
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
    c = {
        k: t(f"col.{k}", lang)
        for k in (
            "berkas",
            "lembar",
            "baris",
            "jenis_ekspor",
            "kolom",
            "alasan",
            "nilai_asli",
            "waktu",
        )
    }
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
    c = {
        k: t(f"col.{k}", lang)
        for k in (
            "subjek",
            "bulan",
            "diharapkan",
            "diterima",
            "kelengkapan",
            "tepat_waktu",
        )
    }
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
    c = {
        k: t(f"col.{k}", lang)
        for k in (
            "judul_templat",
            "nama_kolom",
            "wajib",
            "tipe",
            "sinonim",
            "contoh",
        )
    }
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


def completeness_chart_input(
    df: pd.DataFrame, jenis: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_completeness_heatmap, translated."""
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
