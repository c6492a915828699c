"""View models of the Ringkasan Kota drill-down, alerts and mismatch blocks: query
results in, translated frames (TableView, chart arguments, alert lines) out. Pure
pandas, no st.* calls; aggregates only (unit names, never a person's name or NIP).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import formatting as fmt
from dashboard.access import MIN_GROUP_DEFAULT
from dashboard.i18n import t
from dashboard.tables import (
    TableView,
    _pct,
    _trend_label,
    _value,
    chart_locale,
    column_labels,
    indicator_name,
    outcome_view,
    rule,
    sector_label,
    status_label,
)

SECTOR_PAGES = {
    "kesehatan": "../pages/kesehatan.py",
    "pariwisata": "../pages/pariwisata.py",
    "pemberdayaan": "../pages/pemberdayaan.py",
}
QUALITY_PAGE = "../pages/kualitas_data.py"


def unit_options(df: pd.DataFrame) -> dict[str, str]:
    """{unit_kode: unit_nama} in the order of the query (by name)."""
    return dict(zip(df["unit_kode"], df["unit_nama"], strict=True))


def _value_formats(
    df: pd.DataFrame, realisasi: str, targets: tuple[str, ...], lang: str
) -> list[tuple[pd.Series, dict[str, Any]]]:
    satuan = df["satuan"].fillna("").reset_index(drop=True)
    arah = df["arah"].fillna("naik").reset_index(drop=True)
    formats = []
    for unit, direction in {(u, a) for u, a in zip(satuan, arah, strict=True)}:
        mask = (satuan == unit) & (arah == direction)
        sign = "≤ " if direction == "turun" else "≥ "
        cells = {realisasi: _value(unit, lang)}
        cells.update({col: _value(unit, lang, prefix=sign) for col in targets})
        formats.append((mask, cells))
    return formats


def unit_scorecard_view(df: pd.DataFrame, lang: str) -> TableView:
    """One sector's scorecard: each unit x indicator in its latest period of the year
    (status symbol + text, trend arrow), after a sector average row."""
    df = df.reset_index(drop=True)
    c = column_labels(
        lang, "unit", "indikator", "periode", "realisasi", "target_periode",
        "capaian_pct", "status", "tren", "kode",
    )  # fmt: skip
    view = pd.DataFrame(
        {
            c["unit"]: df["unit_nama"],
            c["indikator"]: [indicator_name(r, lang) for r in df.to_dict("records")],
            c["periode"]: [
                fmt.period_label(p, lang=lang, short=True) for p in df["periode"]
            ],
            c["realisasi"]: df["realisasi_kumulatif"]
            .fillna(df["realisasi"])
            .astype(float),
            c["target_periode"]: df["target_periode"].astype(float),
            c["capaian_pct"]: df["capaian_pct"].astype(float),
            c["status"]: [status_label(s, lang) for s in df["status"]],
            c["tren"]: [
                _trend_label(a, b, lang)
                for a, b in zip(
                    df["capaian_pct"], df["capaian_sebelumnya"], strict=True
                )
            ],
            c["kode"]: df["kode_indikator"],
        }
    )
    targeted = df[df["status"] != "tanpa_target"]
    average = {
        c["unit"]: t("drill.avg_row", lang),
        c["indikator"]: t(
            "drill.avg_text",
            lang,
            n=int((targeted["status"] == "tercapai").sum()),
            m=len(targeted),
        ),
        c["periode"]: "",
        c["capaian_pct"]: float(df["capaian_pct"].mean())
        if df["capaian_pct"].notna().any()
        else float("nan"),
        c["status"]: "",
        c["tren"]: "",
        c["kode"]: "",
    }
    view = pd.concat([pd.DataFrame([average]), view], ignore_index=True)[view.columns]
    codes = pd.concat([pd.Series(["tanpa_target"]), df["status"]], ignore_index=True)
    formats = _value_formats(
        pd.concat([pd.DataFrame([{"satuan": "", "arah": "naik"}]), df]),
        c["realisasi"],
        (c["target_periode"],),
        lang,
    )
    return TableView(
        df=view,
        formats={c["capaian_pct"]: _pct(lang)},
        row_formats=formats,
        status_column=c["status"],
        status_codes=codes,
        hidden=(c["kode"],),
        widths={c["indikator"]: 360, c["unit"]: 190, c["tren"]: 110},
        pinned=(c["unit"],),
    )


def unit_periods_view(df: pd.DataFrame, lang: str) -> TableView:
    """One unit's indicators over the periods of the year."""
    df = df.sort_values(["kode_indikator", "periode_selesai"], kind="stable")
    df = df.reset_index(drop=True)
    c = column_labels(
        lang, "indikator", "periode", "realisasi", "target_periode", "capaian_pct",
        "status", "kode",
    )  # fmt: skip
    view = pd.DataFrame(
        {
            c["indikator"]: [indicator_name(r, lang) for r in df.to_dict("records")],
            c["periode"]: [
                fmt.period_label(p, lang=lang, short=True) for p in df["periode"]
            ],
            c["realisasi"]: df["realisasi_kumulatif"]
            .fillna(df["realisasi"])
            .astype(float),
            c["target_periode"]: df["target_periode"].astype(float),
            c["capaian_pct"]: df["capaian_pct"].astype(float),
            c["status"]: [status_label(s, lang) for s in df["status"]],
            c["kode"]: df["kode_indikator"],
        }
    )
    return TableView(
        df=view,
        formats={c["capaian_pct"]: _pct(lang)},
        row_formats=_value_formats(df, c["realisasi"], (c["target_periode"],), lang),
        status_column=c["status"],
        status_codes=df["status"],
        hidden=(c["kode"],),
        widths={c["indikator"]: "large"},
    )


def unit_chart_input(
    df: pd.DataFrame, unit: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_period_figure: each indicator's attainment against
    its period target (100%) over the periods of the year."""
    rows = df[df["capaian_pct"].notna()].sort_values("periode_selesai", kind="stable")
    frame = pd.DataFrame(
        {
            "x": [fmt.period_label(p, lang=lang, short=True) for p in rows["periode"]],
            "y": rows["capaian_pct"].astype(float).round(1),
            "series": rows["kode_indikator"],
            "label": [indicator_name(r, lang) for r in rows.to_dict("records")],
            "text": [fmt.fmt_pct(v, 0, lang=lang) for v in rows["capaian_pct"]],
            "target": 100.0,
        }
    )
    return {
        "df": frame,
        "x": "x",
        "y": "y",
        "series": "series",
        "label": "label",
        "text": "text",
        "target": "target",
        "title": t("drill.chart_title", lang, unit=unit, tahun=tahun),
        "x_title": t("drill.chart_x", lang),
        "y_title": t("drill.chart_y", lang),
        "target_label": t("drill.chart_target", lang),
        "suffix": "%",
        "separators": chart_locale(lang)["separators"],
    }


@dataclass(frozen=True)
class Alert:
    page: str
    label: str
    icon: str
    n: int


def alert_lines(
    alerts: pd.DataFrame, journal: pd.DataFrame | None, lang: str
) -> list[Alert]:
    """One line per alert count, each pointing at the page with the details."""
    lines: list[Alert] = []
    rows = alerts.to_dict("records")
    for row in rows:
        kunci, n, dari = row["kunci"], int(row["n"] or 0), int(row["dari"] or 0)
        if kunci == "karantina" or not dari:
            continue
        sektor = row.get("sektor")
        page = SECTOR_PAGES.get(str(sektor), QUALITY_PAGE)
        label = t(
            f"alerts.{kunci}",
            lang,
            n=fmt.fmt_int(n, lang=lang),
            dari=fmt.fmt_int(dari, lang=lang),
            sektor=sector_label(sektor, lang),
        )
        icon = ":material/warning:" if n else ":material/check_circle:"
        lines.append(Alert(page, label, icon, n))
    quarantine = next((r for r in rows if r["kunci"] == "karantina"), None)
    rejected = 0
    if journal is not None and not journal.empty:
        rejected = int((journal["status"] == "rejected").sum())
    n_rows = int(quarantine["n"] or 0) if quarantine else 0
    n_files = int(quarantine["dari"] or 0) if quarantine else 0
    label = t(
        "alerts.karantina",
        lang,
        n=fmt.fmt_int(n_rows, lang=lang),
        dari=fmt.fmt_int(n_files, lang=lang),
        ditolak=fmt.fmt_int(rejected, lang=lang),
    )
    icon = ":material/warning:" if n_rows or rejected else ":material/check_circle:"
    lines.append(Alert(QUALITY_PAGE, label, icon, n_rows + rejected))
    order = [*SECTOR_PAGES.values(), QUALITY_PAGE]
    return sorted(lines, key=lambda line: order.index(line.page))


def mismatch_view(df: pd.DataFrame, rules: dict[str, float], lang: str) -> TableView:
    """outcome_view of every sector's flagged units, with the sector and the
    indicators missed of those with a target."""
    view = outcome_view(df, rules, lang)
    frame = view.df.copy()
    frame.insert(
        1,
        t("col.sektor", lang),
        [sector_label(s, lang) for s in df["sektor"].reset_index(drop=True)],
    )
    view.df = frame
    view.widths = {t("col.kesesuaian", lang): 330, t("col.unit", lang): 230}
    return view


def mismatch_caption(rules: dict[str, float], lang: str) -> str:
    min_n = int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT))
    return t("mismatch.city_caption", lang, min_n=min_n)
