"""View models of the Ringkasan Kota drill-down, alerts and mismatch blocks: query
results in, translated frames (TableView, chart arguments, alert lines) out. Pure
pandas, no st.* calls; aggregates only (unit names, never a person's name or NIP).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import config, i18n
from dashboard import formatting as fmt
from dashboard.access import MIN_GROUP_DEFAULT
from dashboard.i18n import t
from dashboard.tables import (
    TableView,
    _int,
    _mismatch_label,
    _pct,
    _trend_label,
    _value,
    chart_locale,
    column_labels,
    indicator_name,
    is_true,
    outcome_view,
    rule,
    sector_label,
    shown_status,
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


def opd_options(df: pd.DataFrame) -> dict[str, str]:
    """{opd_kode: opd_nama} of the units' OPDs, by name."""
    rows = df.drop_duplicates("opd_kode").sort_values("opd_nama", kind="stable")
    return dict(
        zip(rows["opd_kode"], rows["opd_nama"].fillna(rows["opd_kode"]), strict=True)
    )


def indicator_options(df: pd.DataFrame, lang: str) -> dict[str, str]:
    """{kode_indikator: name} of the rows' indicators, by code."""
    rows = df.drop_duplicates("kode_indikator").sort_values("kode_indikator")
    return {
        r["kode_indikator"]: indicator_name(r, lang) for r in rows.to_dict("records")
    }


def short_name(kode: str, lang: str) -> str:
    """'KES-IDL' -> 'IDL' (a matrix column header); the code when none is known."""
    key = f"ind.short.{kode}"
    return t(key, lang) if i18n.has(key) else kode


def _results(rows: pd.DataFrame) -> tuple[int, int]:
    """(results on target, results with a target)."""
    targeted = rows[rows["status"] != "tanpa_target"]
    return int((targeted["status"] == "tercapai").sum()), len(targeted)


def _share(n: int, m: int) -> str:
    return fmt.MISSING if not m else f"{n} / {m}"


def sector_summary_view(units: pd.DataFrame, lang: str) -> TableView:
    """One row per sector: its OPDs and units with indicators, unit results on
    target and the mean attainment of all its units' results (the city level of
    the drill-down)."""
    order = {s: i for i, s in enumerate(config.SECTORS)}
    c = column_labels(
        lang, "sektor", "n_opd", "n_unit", "hasil_tercapai", "rata_capaian", "kode"
    )
    records = []
    for sektor, rows in sorted(
        units.groupby("sektor"), key=lambda item: order.get(item[0], len(order))
    ):
        n, m = _results(rows)
        records.append(
            {
                c["sektor"]: sector_label(sektor, lang),
                c["n_opd"]: rows["opd_kode"].nunique(),
                c["n_unit"]: rows["unit_kode"].nunique(),
                c["hasil_tercapai"]: _share(n, m),
                c["rata_capaian"]: float(rows["capaian_pct"].mean()),
                c["kode"]: sektor,
            }
        )
    return TableView(
        df=pd.DataFrame(records, columns=list(c.values())),
        formats={
            c["rata_capaian"]: _pct(lang),
            c["n_opd"]: _int(lang),
            c["n_unit"]: _int(lang),
        },
        hidden=(c["kode"],),
    )


def _cell_code(status: Any, berjalan: Any) -> str:
    """A matrix cell's state: the status, or 'sementara' while still running."""
    return "sementara" if is_true(berjalan) else str(status)


CELL_SYMBOLS = {**config.STATUS_SYMBOLS, "sementara": "◐"}


def unit_matrix_view(rows: pd.DataFrame, lang: str) -> TableView:
    """DHIS2-style scorecard: one row per unit, one column per indicator holding the
    attainment (%) with its status symbol and a tinted cell, the unit's average and
    results on target on the right, and the indicators' averages over the units in
    the first row. Numbers stay numeric (sortable, numeric in downloads)."""
    rows = rows.reset_index(drop=True)
    c = column_labels(lang, "unit", "rata_rata", "tercapai", "kode")
    codes = sorted(rows["kode_indikator"].unique())
    headers = {k: short_name(k, lang) for k in codes}
    units = unit_options(rows.drop_duplicates("unit_kode").sort_values("unit_nama"))
    running = rows["berjalan"] if "berjalan" in rows else pd.Series(False, rows.index)
    rows = rows.assign(
        _cell=[_cell_code(s, b) for s, b in zip(rows["status"], running, strict=True)]
    )

    def pivot(values: str) -> pd.DataFrame:
        grid = rows.pivot_table(
            index="unit_kode", columns="kode_indikator", values=values, aggfunc="first"
        )
        return grid.reindex(index=list(units), columns=codes)

    grid, state = pivot("capaian_pct"), pivot("_cell")
    average = {c["unit"]: t("drill.avg_indicator_row", lang), c["kode"]: ""}
    average.update({headers[k]: float(grid[k].mean()) for k in codes})
    average[c["rata_rata"]] = float(rows["capaian_pct"].mean())
    average[c["tercapai"]] = _share(*_results(rows))
    body = pd.DataFrame({c["unit"]: list(units.values())})
    for k in codes:
        body[headers[k]] = grid[k].astype(float).to_numpy()
    body[c["rata_rata"]] = grid.mean(axis=1).to_numpy()
    body[c["tercapai"]] = [
        _share(*_results(rows[rows["unit_kode"] == u])) for u in units
    ]
    body[c["kode"]] = list(units)
    view = pd.concat([pd.DataFrame([average]), body], ignore_index=True)[body.columns]
    row_formats, cells = [], {}
    for k in codes:
        # the average row (first) keeps a plain percentage and no tint
        state_k = pd.concat([pd.Series([""]), state[k].fillna("")], ignore_index=True)
        cells[headers[k]] = state_k.map(
            lambda code: "tanpa_target" if code == "sementara" else code
        )
        for code, symbol in CELL_SYMBOLS.items():
            row_formats.append(
                (state_k == code, {headers[k]: _symbol_pct(symbol, lang)})
            )
    return TableView(
        df=view,
        formats={col: _pct(lang) for col in [*headers.values(), c["rata_rata"]]},
        row_formats=row_formats,
        cell_status=cells,
        hidden=(c["kode"],),
        widths={c["unit"]: 260},
        pinned=(c["unit"],),
    )


def _symbol_pct(symbol: str, lang: str) -> Any:
    return lambda v: (
        fmt.MISSING if fmt.is_missing(v) else f"{symbol} {fmt.fmt_pct(v, lang=lang)}"
    )


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
            c["status"]: [
                status_label(r["status"], lang, r.get("berjalan"))
                for r in df.to_dict("records")
            ],
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
    shown = pd.Series(
        [shown_status(r["status"], r.get("berjalan")) for r in df.to_dict("records")],
        dtype=object,
    )
    codes = pd.concat([pd.Series(["tanpa_target"]), shown], ignore_index=True)
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
            c["status"]: [
                status_label(r["status"], lang, r.get("berjalan"))
                for r in df.to_dict("records")
            ],
            c["kode"]: df["kode_indikator"],
        }
    )
    return TableView(
        df=view,
        formats={c["capaian_pct"]: _pct(lang)},
        row_formats=_value_formats(df, c["realisasi"], (c["target_periode"],), lang),
        status_column=c["status"],
        status_codes=pd.Series(
            [
                shown_status(r["status"], r.get("berjalan"))
                for r in df.to_dict("records")
            ],
            dtype=object,
        ),
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
        # several indicators often sit near 100%: label each line's end only
        "end_labels": frame["series"].nunique() > 1,
    }


def _bar_text(row: dict[str, Any], lang: str) -> str:
    """'▲ 78,8% (target ≥ 83,3%) · Mendekati': symbol, value and target in the
    indicator's unit, and the status word."""
    satuan = row.get("satuan") if isinstance(row.get("satuan"), str) else ""
    sign = "≤ " if row.get("arah") == "turun" else "≥ "
    value = row["realisasi_kumulatif"]
    if fmt.is_missing(value):
        value = row.get("realisasi")
    code = row["status"] if row["status"] in config.STATUS_SYMBOLS else "tanpa_target"
    text = t(
        "drill.indicator_bar",
        lang,
        simbol=config.STATUS_SYMBOLS[code],
        nilai=fmt.fmt_value(value, satuan, lang=lang),
        target=sign + fmt.fmt_value(row["target_periode"], satuan, lang=lang),
        status=t(f"status.{code}", lang),
    )
    if is_true(row.get("berjalan")):
        text = t("status.sementara", lang, status=text)
    return text


def indicator_units_chart_input(
    rows: pd.DataFrame, kode: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_scorecard_figure: one indicator across units, each
    bar the unit's attainment against its own period target (the 100% line), worst
    first, labelled with status symbol, value, target and status word."""
    part = rows[rows["kode_indikator"] == kode].sort_values(
        ["capaian_pct", "unit_nama"], kind="stable", na_position="last"
    )
    records = part.to_dict("records")
    bars = pd.DataFrame(
        {
            "label": part["unit_nama"].to_numpy(),
            "value": part["capaian_pct"].astype(float).to_numpy(),
            "status": [shown_status(r["status"], r.get("berjalan")) for r in records],
            "text": [_bar_text(r, lang) for r in records],
        }
    )
    name = indicator_name(records[0], lang) if records else kode
    return {
        "df": bars,
        "y": "label",
        "x": "value",
        "status": "status",
        "text": "text",
        "title": t("drill.indicator_chart_title", lang, indikator=name, tahun=tahun),
        "x_title": t("drill.indicator_chart_x", lang),
        "target_label": t("drill.chart_target", lang),
        "separators": chart_locale(lang)["separators"],
    }


def unit_indicator_chart_input(
    periods: pd.DataFrame, kode: str, unit: str, tahun: int, lang: str
) -> dict[str, Any]:
    """Arguments of charts.build_period_figure: one indicator of one unit over the
    periods of the year, its value (year to date for a cumulative one) against the
    period's target, each point labelled with its value."""
    rows = periods[periods["kode_indikator"] == kode].sort_values(
        "periode_selesai", kind="stable"
    )
    records = rows.to_dict("records")
    satuan = next(
        (r["satuan"] for r in records if isinstance(r.get("satuan"), str)), ""
    )
    values = rows["realisasi_kumulatif"].fillna(rows["realisasi"]).astype(float)
    name = indicator_name(records[0], lang) if records else kode
    frame = pd.DataFrame(
        {
            "x": [fmt.period_label(p, lang=lang, short=True) for p in rows["periode"]],
            "y": values.to_numpy(),
            "series": kode,
            "label": name,
            "text": [
                ("◐ " if is_true(r.get("berjalan")) else "")
                + f"{config.STATUS_SYMBOLS.get(r['status'], '○')} "
                + fmt.fmt_value(v, satuan, lang=lang)
                for r, v in zip(records, values, strict=True)
            ],
            "target": rows["target_periode"].astype(float).to_numpy(),
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
        "title": t(
            "drill.unit_indicator_title", lang, indikator=name, unit=unit, tahun=tahun
        ),
        "x_title": t("drill.chart_x", lang),
        "y_title": t("drill.value_axis", lang) + (f" ({satuan})" if satuan else ""),
        "target_label": t("drill.target_line", lang),
        "suffix": "%" if satuan == "%" else "",
        "separators": chart_locale(lang)["separators"],
    }


def opd_outcome_view(df: pd.DataFrame, rules: dict[str, float], lang: str) -> TableView:
    """OPD-level outcome vs rating: the label with the numbers behind it (results
    below the amber threshold of those with a target, mean attainment, share of all
    the OPD's staff rated Baik or better) and the units that miss."""
    min_n = int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT))
    df = df.reset_index(drop=True)
    records = df.to_dict("records")
    labels = [_mismatch_label(r, min_n, lang) for r in records]
    c = column_labels(
        lang, "opd", "kesesuaian", "hasil_belum", "pct_baik", "rata_capaian",
        "dinilai", "unit_meleset", "sektor",
    )  # fmt: skip
    view = pd.DataFrame(
        {
            c["opd"]: df["opd_nama"],
            c["kesesuaian"]: [label for label, _ in labels],
            c["hasil_belum"]: [
                fmt.MISSING
                if not r.get("n_bertarget")
                else f"{int(r['n_tidak_tercapai'])} / {int(r['n_bertarget'])} "
                f"({fmt.fmt_pct(r['pct_tidak_tercapai'], 0, lang=lang)})"
                for r in records
            ],
            c["unit_meleset"]: [_units_missing(r, lang) for r in records],
            c["pct_baik"]: df["pct_baik_ke_atas"].astype(float),
            c["rata_capaian"]: df["rata_capaian_pct"].astype(float),
            c["dinilai"]: df["n_dinilai"].astype("Int64"),
            c["sektor"]: [sector_label(s, lang) for s in df["sektor"]],
        }
    )
    hidden_text = t("suppressed", lang, n=min_n)
    suppressed = df["ditekan"].fillna(False).astype(bool)
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
        widths={c["kesesuaian"]: 330, c["opd"]: 230, c["unit_meleset"]: 340},
        pinned=(c["opd"],),
        # one sector (a sector page or the drill-down): the column says nothing
        hidden=(c["sektor"],) if df["sektor"].nunique() <= 1 else (),
    )


def _units_missing(row: dict[str, Any], lang: str) -> str:
    n = int(row.get("n_unit_meleset") or 0)
    if not n:
        return fmt.MISSING
    return t(
        "mismatch.units_missing",
        lang,
        n=n,
        dari=int(row.get("n_unit") or 0),
        nama=row.get("unit_meleset") or "",
    )


def opd_mismatch_caption(rules: dict[str, float], lang: str) -> str:
    def pct(key: str) -> str:
        return fmt.fmt_pct(rule(rules, key, 50), 0, lang=lang)

    return t(
        "mismatch.opd_caption",
        lang,
        min_pct=pct("sinyal.ketidaksesuaian_min_pct_indikator_gagal"),
        min_baik=pct("sinyal.ketidaksesuaian_min_pct_baik"),
        min_n=int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT)),
    )


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
