"""Table views, KPIs and chart inputs of the Pariwisata and Pemberdayaan Masyarakat
pages: query results in, translated and formatted frames (TableView, Kpi, chart
arguments) out. No st.* calls; labels carry a symbol and a word, never colour alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from dashboard import config
from dashboard import formatting as fmt
from dashboard.i18n import t
from dashboard.tables import (
    Kpi,
    TableView,
    _int,
    _num,
    _pct,
    chart_locale,
    column_labels,
    rule,
    shown_status,
    status_label,
)

UNSUR = tuple(f"u{i}" for i in range(1, 10))
PMD_CODES = ("PMD-PARTISIPASI", "PMD-DANA-DESA", "PMD-KELUARGA-MISKIN", "PMD-IDM")
IDM_BANDS = ("sangat_tertinggal", "tertinggal", "berkembang", "maju", "mandiri")
IDM_SYMBOLS = {
    "sangat_tertinggal": "✖",
    "tertinggal": "▼",
    "berkembang": "▲",
    "maju": "●",
    "mandiri": "★",
}


def _date(value: Any) -> dt.date | None:
    if fmt.is_missing(value):
        return None
    return pd.Timestamp(value).date()


# --- Pariwisata -----------------------------------------------------------------------


def grade_label(mutu: Any, kinerja: Any, lang: str, berjalan: Any = False) -> str:
    """'B · Baik' (en 'B · Good'): the letter and the words, never colour alone; a
    period still running gets 'B · Baik (sementara)': a provisional grade."""
    if fmt.is_missing(mutu):
        return fmt.MISSING
    label = f"{mutu} · {t(f'mutu.{mutu}', lang)}"
    return t("ikm.provisional", lang, grade=label) if running(berjalan) else label


def running(berjalan: Any) -> bool:
    """The mart's `berjalan`: the period ends after the data cut-off."""
    return not fmt.is_missing(berjalan) and bool(berjalan)


def reliability_label(
    row: dict[str, Any], rules: dict[str, float], data_sampai: Any, lang: str
) -> str:
    """'⚠ tidak andal: hanya 17 responden (< 30)', '◐ masih berjalan ...' or
    '● andal (58 responden)'."""
    minimum = int(rule(rules, "ikm.min_responden", 30))
    n = int(row.get("n_responden") or 0)
    parts = []
    cutoff, end = _date(data_sampai), _date(row.get("periode_selesai"))
    late = cutoff is not None and end is not None and end > cutoff
    if running(row.get("berjalan")) or late:
        date = fmt.fmt_date(cutoff, lang=lang) if cutoff else fmt.MISSING
        parts.append(t("ikm.in_progress", lang, date=date))
    if not bool(row.get("andal")):
        parts.append(t("ikm.unreliable", lang, n=n, min=minimum))
    return " · ".join(parts) if parts else t("ikm.reliable", lang, n=n)


def _yearly(ikm: pd.DataFrame) -> pd.DataFrame:
    return ikm[ikm["periode_jenis"] == "tahunan"].reset_index(drop=True)


def _quarterly(ikm: pd.DataFrame) -> pd.DataFrame:
    rows = ikm[ikm["periode_jenis"] == "triwulanan"]
    return rows.sort_values(["unit_nama", "periode"], kind="stable")


def weakest_text(row: dict[str, Any], lang: str) -> str:
    """'U9 Sarana dan prasarana (2,95)'."""
    code = row.get("unsur_terlemah")
    if fmt.is_missing(code):
        return fmt.MISSING
    nrr = fmt.fmt_number(row.get("nrr_terlemah"), 2, lang=lang)
    return f"{str(code).upper()} {t(f'unsur.{code}', lang)} ({nrr})"


def ikm_view(
    ikm: pd.DataFrame, rules: dict[str, float], data_sampai: Any, lang: str
) -> TableView:
    """IKM per unit, the year first, then each quarter: grade, weakest unsur, number
    of responses and whether the IKM is reliable (or the quarter still running)."""
    rows = pd.concat([_yearly(ikm), _quarterly(ikm)], ignore_index=True)
    records = rows.to_dict("records")
    c = column_labels(
        lang,
        "unit",
        "periode",
        "ikm",
        "mutu",
        "unsur_terlemah",
        "responden",
        "keandalan",
        "target",
        "status",
    )
    view = pd.DataFrame(
        {
            c["unit"]: rows["unit_nama"],
            c["periode"]: [fmt.period_label(p, lang=lang) for p in rows["periode"]],
            c["ikm"]: rows["ikm"].astype(float),
            c["mutu"]: [
                grade_label(r["mutu"], r["kinerja_unit"], lang, r.get("berjalan"))
                for r in records
            ],
            c["unsur_terlemah"]: [weakest_text(r, lang) for r in records],
            c["responden"]: rows["n_responden"].astype("Int64"),
            c["keandalan"]: [
                reliability_label(r, rules, data_sampai, lang) for r in records
            ],
            c["target"]: rows["target"].astype(float),
            c["status"]: [
                status_label(r["status"], lang, r.get("berjalan")) for r in records
            ],
        }
    )
    return TableView(
        df=view,
        formats={
            c["ikm"]: _num(lang, 2),
            c["target"]: _num(lang, 2),
            c["responden"]: _int(lang),
        },
        status_column=c["status"],
        status_codes=pd.Series(
            [shown_status(r["status"], r.get("berjalan")) for r in records],
            dtype=object,
        ),
        widths={c["unit"]: 300, c["keandalan"]: 440, c["unsur_terlemah"]: 300},
    )


def ikm_chart_input(
    ikm: pd.DataFrame, tahun: int, lang: str, data_sampai: Any = None
) -> dict[str, Any]:
    """Bars of each unit's IKM for the year against the PAR-IKM target; the text
    carries grade letter, words, value, '⚠' when unreliable, and 'sementara' with
    hatched bars while the year is still running (a provisional grade)."""
    rows = _yearly(ikm)
    target = float(rows["target"].dropna().max()) if rows["target"].notna().any() else 0
    records = rows.to_dict("records")
    texts = [
        f"{config.STATUS_SYMBOLS.get(r['status'], '○')} "
        f"{fmt.fmt_number(r['ikm'], 2, lang=lang)} · "
        f"{grade_label(r['mutu'], r['kinerja_unit'], lang, r.get('berjalan'))}"
        + ("" if bool(r["andal"]) else f" · ⚠ {t('ikm.unreliable_short', lang)}")
        for r in records
    ]
    bars = pd.DataFrame(
        {
            "label": rows["unit_nama"],
            "value": rows["ikm"].astype(float),
            "status": rows["status"],
            "text": texts,
            "pattern": ["/" if running(r.get("berjalan")) else "" for r in records],
        }
    )
    title = t("ikm.chart_title", lang, tahun=tahun)
    if bars["pattern"].eq("/").any():
        cutoff = _date(data_sampai)
        date = fmt.fmt_date(cutoff, lang=lang) if cutoff else fmt.MISSING
        title = t("ikm.chart_title_running", lang, tahun=tahun, date=date)
    return {
        "df": bars,
        "y": "label",
        "x": "value",
        "status": "status",
        "text": "text",
        "pattern": "pattern",
        "title": title,
        "x_title": t("ikm.x_title", lang),
        "target_label": t(
            "ikm.target", lang, target=fmt.fmt_number(target, 2, lang=lang)
        ),
        "target": target or 100.0,
        "suffix": "",
        "separators": chart_locale(lang)["separators"],
    }


def unsur_chart_input(ikm: pd.DataFrame, tahun: int, lang: str) -> dict[str, Any]:
    """Long frame unit x unsur with NRR 1..4 for the heatmap; the weakest unsur of each
    unit is marked '▼' in its cell."""
    rows = _yearly(ikm)
    long = []
    for r in rows.to_dict("records"):
        for code in UNSUR:
            nrr = r[f"nrr_{code}"]
            weak = code == r["unsur_terlemah"]
            long.append(
                {
                    "unit": r["unit_nama"],
                    "unsur": f"{code.upper()} {t(f'unsur.{code}', lang)}",
                    "nrr": nrr,
                    "text": ("▼ " if weak else "") + fmt.fmt_number(nrr, 2, lang=lang),
                }
            )
    return {
        "df": pd.DataFrame(long, columns=["unit", "unsur", "nrr", "text"]),
        "x": "unsur",
        "y": "unit",
        "z": "nrr",
        "text": "text",
        "title": t("unsur.chart_title", lang, tahun=tahun),
        "colorbar_title": t("unsur.colorbar", lang),
        "separators": chart_locale(lang)["separators"],
    }


def unsur_view(ikm: pd.DataFrame, lang: str) -> TableView:
    """NRR of the nine unsur per unit (year), with the weakest named."""
    rows = _yearly(ikm)
    records = rows.to_dict("records")
    c = column_labels(lang, "unit", "unsur_terlemah", "responden")
    names = {code: f"{code.upper()} {t(f'unsur.{code}', lang)}" for code in UNSUR}
    view = pd.DataFrame(
        {
            c["unit"]: rows["unit_nama"],
            c["unsur_terlemah"]: [weakest_text(r, lang) for r in records],
            **{names[code]: rows[f"nrr_{code}"].astype(float) for code in UNSUR},
            c["responden"]: rows["n_responden"].astype("Int64"),
        }
    )
    return TableView(
        df=view,
        formats={**{names[code]: _num(lang, 2) for code in UNSUR}},
        widths={c["unit"]: 300, c["unsur_terlemah"]: 300},
        pinned=(c["unit"],),
    )


def ikm_trend_input(
    ikm: pd.DataFrame, data_sampai: Any, tahun: int, lang: str
) -> dict[str, Any]:
    """Quarterly IKM per unit against the target; '⚠' marks an unreliable quarter and
    '…' a quarter still running at the data cut-off."""
    rows = _quarterly(ikm).copy()
    cutoff = _date(data_sampai)
    in_progress = [
        running(r.get("berjalan"))
        or (cutoff is not None and _date(end) is not None and _date(end) > cutoff)
        for r, end in zip(rows.to_dict("records"), rows["periode_selesai"], strict=True)
    ]
    rows["x"] = [
        fmt.period_label(p, lang=lang, short=True)
        + (f" ({t('ikm.running_short', lang)})" if r else "")
        for p, r in zip(rows["periode"], in_progress, strict=True)
    ]
    # Only the flags are printed (six units' values would overlap); values on hover.
    rows["text"] = [
        " ".join(([] if bool(a) else ["⚠"]) + (["…"] if r else []))
        for a, r in zip(rows["andal"], in_progress, strict=True)
    ]
    rows = rows.sort_values(["unit_nama", "periode"], kind="stable")
    order = sorted(set(rows["periode"]))
    rows["_o"] = rows["periode"].map({p: i for i, p in enumerate(order)})
    rows = rows.sort_values(["_o", "unit_nama"], kind="stable")
    return {
        "df": rows,
        "x": "x",
        "y": "ikm",
        "series": "unit_kode",
        "label": "unit_nama",
        "text": "text",
        "target": "target",
        "title": t("ikm.trend_title", lang, tahun=tahun),
        "x_title": t("chart.quarter", lang),
        "y_title": t("ikm.x_title", lang),
        "target_label": t("chart.target_line", lang),
        "separators": chart_locale(lang)["separators"],
    }


def indicator_view(
    df: pd.DataFrame, tahun: int, lang: str, decimals: int = 1
) -> TableView:
    """One indicator per unit (and the city) per period of the year: value, target,
    attainment and status (e.g. complaints handled within 5 days)."""
    rows = df[df["tahun"] == tahun].reset_index(drop=True)
    c = column_labels(
        lang, "unit", "periode", "realisasi", "target", "capaian_pct", "status"
    )
    value = rows["realisasi_kumulatif"].fillna(rows["realisasi"]).astype(float)
    view = pd.DataFrame(
        {
            c["unit"]: rows["unit_nama"],
            c["periode"]: [fmt.period_label(p, lang=lang) for p in rows["periode"]],
            c["realisasi"]: value,
            c["target"]: rows["target_periode"].astype(float),
            c["capaian_pct"]: rows["capaian_pct"].astype(float),
            c["status"]: [status_label(s, lang) for s in rows["status"]],
        }
    )
    return TableView(
        df=view,
        formats={
            c["realisasi"]: _num(lang, decimals),
            c["target"]: _num(lang, decimals),
            c["capaian_pct"]: _pct(lang),
        },
        status_column=c["status"],
        status_codes=rows["status"],
        widths={c["unit"]: "medium"},
    )


def visits_view(visits: pd.DataFrame, lang: str) -> TableView:
    """Tourist arrivals per year: published figures beside the recorded ones."""
    c = column_labels(
        lang,
        "tahun",
        "ref_periode",
        "ref_nusantara",
        "ref_mancanegara",
        "ref_total",
        "kunjungan_tercatat",
        "data_sampai",
        "kunjungan_jan_apr",
        "target_kunjungan",
        "capaian_pct",
        "status",
        "sumber",
    )
    view = (
        pd.DataFrame(
            {
                c["tahun"]: visits["tahun"].astype(str),
                c["ref_periode"]: visits["referensi_periode"],
                c["ref_nusantara"]: visits["referensi_nusantara"].astype("Int64"),
                c["ref_mancanegara"]: visits["referensi_mancanegara"].astype("Int64"),
                c["ref_total"]: visits["referensi_total"].astype("Int64"),
                c["kunjungan_tercatat"]: visits["kunjungan_kumulatif"].astype(float),
                c["data_sampai"]: [
                    fmt.period_label(p, lang=lang) for p in visits["data_periode"]
                ],
                c["kunjungan_jan_apr"]: visits["kunjungan_jan_apr"].astype(float),
                c["target_kunjungan"]: visits["target_periode"].astype(float),
                c["capaian_pct"]: visits["capaian_pct"].astype(float),
                c["status"]: [
                    status_label(s, lang) if isinstance(s, str) else fmt.MISSING
                    for s in visits["status"]
                ],
                c["sumber"]: visits["referensi_sumber"],
            }
        )
        .iloc[::-1]
        .reset_index(drop=True)
    )
    counts = ("ref_nusantara", "ref_mancanegara", "ref_total", "kunjungan_tercatat")
    return TableView(
        df=view,
        formats={
            **{c[k]: _int(lang) for k in (*counts, "kunjungan_jan_apr")},
            c["target_kunjungan"]: _int(lang),
            c["capaian_pct"]: _pct(lang),
        },
        widths={c["sumber"]: "large"},
    )


def tourism_kpis(
    ikm: pd.DataFrame,
    visits: pd.DataFrame,
    aduan: pd.DataFrame,
    tahun: int,
    lang: str,
) -> list[Kpi]:
    yearly = _yearly(ikm)
    mean = yearly["ikm"].mean() if len(yearly) else None
    reliable = int(yearly["andal"].fillna(False).astype(bool).sum())
    provisional = any(running(b) for b in yearly.get("berjalan", []))
    row = visits[visits["tahun"] == tahun]
    city = aduan[(aduan["tingkat"] == "kota") & (aduan["tahun"] == tahun)]
    city = city[city["is_latest_in_year"].fillna(False).astype(bool)]
    kunjungan = row["kunjungan_kumulatif"].iloc[0] if len(row) else None
    target = row["target_periode"].iloc[0] if len(row) else None
    return [
        Kpi(
            t("kpi.ikm_mean_running" if provisional else "kpi.ikm_mean", lang),
            fmt.fmt_number(mean, 2, lang=lang),
            help=t("kpi.ikm_mean_help", lang, tahun=tahun)
            + (
                " " + t("kpi.ikm_running_help", lang, tahun=tahun)
                if provisional
                else ""
            ),
        ),
        Kpi(
            t("kpi.ikm_reliable", lang),
            f"{reliable} / {len(yearly)}",
            help=t("kpi.ikm_reliable_help", lang),
        ),
        Kpi(
            t("kpi.visits", lang),
            fmt.fmt_int(kunjungan, lang=lang),
            help=t("kpi.visits_help", lang, target=fmt.fmt_int(target, lang=lang)),
        ),
        Kpi(
            t("kpi.aduan", lang),
            fmt.fmt_pct(city["realisasi"].iloc[0] if len(city) else None, lang=lang),
            help=t("kpi.aduan_help", lang),
        ),
    ]


# --- Pemberdayaan Masyarakat ----------------------------------------------------------


def idm_label(code: Any, lang: str) -> str:
    """'● Maju' (symbol + word)."""
    if code not in IDM_SYMBOLS:
        return fmt.MISSING
    return f"{IDM_SYMBOLS[code]} {t(f'idm.{code}', lang)}"


def _value_text(value: Any, satuan: Any, lang: str) -> str:
    if fmt.is_missing(value):
        return fmt.MISSING
    if satuan == "indeks":
        return fmt.fmt_number(value, 4, lang=lang)
    return fmt.fmt_pct(value, lang=lang)


def _cell(row: dict[str, Any], lang: str) -> str:
    """'✖ 29,5% (target 68,0%)'."""
    symbol = config.STATUS_SYMBOLS.get(row["status"], "○")
    value = _value_text(row["nilai"], row["satuan"], lang)
    goal = _value_text(row["target_periode"], row["satuan"], lang)
    return f"{symbol} {value} ({t('pmd.target_short', lang)} {goal})"


def gampong_scorecard_view(outcome: pd.DataFrame, lang: str) -> TableView:
    """One row per gampong, one column per indicator: symbol, value and target."""
    c = column_labels(lang, "gampong", "kecamatan", "status_idm", "indikator_tercapai")
    names = {code: t(f"pmd.short.{code}", lang) for code in PMD_CODES}
    rows = []
    for (_kode, nama), part in outcome.groupby(
        ["gampong_kode", "gampong_nama"], sort=True
    ):
        cells = {r["kode_indikator"]: r for r in part.to_dict("records")}
        idm = cells.get("PMD-IDM", {}).get("status_idm")
        targeted = [r for r in cells.values() if r["status"] != "tanpa_target"]
        met = sum(r["status"] == "tercapai" for r in targeted)
        rows.append(
            {
                c["gampong"]: nama,
                c["kecamatan"]: part["kecamatan"].iloc[0],
                c["status_idm"]: idm_label(idm, lang),
                c["indikator_tercapai"]: f"{met} / {len(targeted)}",
                **{
                    names[k]: _cell(cells[k], lang) if k in cells else fmt.MISSING
                    for k in PMD_CODES
                },
                "_met": met,
            }
        )
    view = (
        pd.DataFrame(rows)
        .sort_values(["_met", c["gampong"]], kind="stable")
        .drop(columns="_met")
    )
    return TableView(
        df=view.reset_index(drop=True),
        widths={c["gampong"]: "medium", **{n: 200 for n in names.values()}},
        pinned=(c["gampong"],),
    )


def furthest_view(outcome: pd.DataFrame, lang: str, n: int = 3) -> TableView:
    """The `n` gampong furthest from target per indicator (by attainment), worst
    first, with value, target, attainment and the distance to the target."""
    rows = outcome[outcome["peringkat_terjauh"].le(n).fillna(False)]
    order = {code: i for i, code in enumerate(PMD_CODES)}
    rows = rows.assign(_o=rows["kode_indikator"].map(order)).sort_values(
        ["_o", "peringkat_terjauh"], kind="stable"
    )
    c = column_labels(
        lang,
        "indikator",
        "peringkat",
        "gampong",
        "kecamatan",
        "realisasi",
        "target",
        "capaian_pct",
        "selisih",
        "status",
    )
    view = pd.DataFrame(
        {
            c["indikator"]: [t(f"pmd.short.{k}", lang) for k in rows["kode_indikator"]],
            c["peringkat"]: rows["peringkat_terjauh"].astype("Int64"),
            c["gampong"]: rows["gampong_nama"],
            c["kecamatan"]: rows["kecamatan"],
            c["realisasi"]: [
                _value_text(v, s, lang)
                for v, s in zip(rows["nilai"], rows["satuan"], strict=True)
            ],
            c["target"]: [
                _value_text(v, s, lang)
                for v, s in zip(rows["target_periode"], rows["satuan"], strict=True)
            ],
            c["capaian_pct"]: rows["capaian_pct"].astype(float),
            c["selisih"]: [
                _gap_text(v, s, lang)
                for v, s in zip(rows["selisih_target"], rows["satuan"], strict=True)
            ],
            c["status"]: [status_label(s, lang) for s in rows["status"]],
        }
    ).reset_index(drop=True)
    return TableView(
        df=view,
        formats={c["capaian_pct"]: _pct(lang)},
        status_column=c["status"],
        status_codes=rows["status"].reset_index(drop=True),
    )


def _gap_text(value: Any, satuan: Any, lang: str) -> str:
    if fmt.is_missing(value):
        return fmt.MISSING
    if float(value) <= 0:
        return t("pmd.on_target", lang)
    if satuan == "indeks":
        return t("pmd.gap_index", lang, gap=fmt.fmt_number(value, 4, lang=lang))
    return t("pmd.gap_points", lang, gap=fmt.fmt_number(value, 1, lang=lang))


def furthest_chart_input(outcome: pd.DataFrame, kode: str, lang: str) -> dict[str, Any]:
    """Bars of every gampong's attainment of one indicator, the furthest first."""
    rows = outcome[outcome["kode_indikator"] == kode].sort_values(
        "peringkat_terjauh", kind="stable", na_position="last"
    )
    texts = [
        t(
            "pmd.bar_text",
            lang,
            symbol=config.STATUS_SYMBOLS.get(s, "○"),
            capaian=fmt.fmt_pct(p, lang=lang),
            nilai=_value_text(v, u, lang),
        )
        for s, p, v, u in zip(
            rows["status"],
            rows["capaian_pct"],
            rows["nilai"],
            rows["satuan"],
            strict=True,
        )
    ]
    bars = pd.DataFrame(
        {
            "label": rows["gampong_nama"],
            "value": rows["capaian_pct"].astype(float),
            "status": rows["status"],
            "text": texts,
        }
    )
    return {
        "df": bars,
        "y": "label",
        "x": "value",
        "status": "status",
        "text": "text",
        "title": t("pmd.furthest_chart", lang, indikator=t(f"pmd.short.{kode}", lang)),
        "x_title": t("chart.capaian", lang),
        "target_label": t("chart.target", lang),
        "separators": chart_locale(lang)["separators"],
    }


def pmd_trend_input(
    periods: pd.DataFrame, kode: str, tahun: int, lang: str
) -> dict[str, Any]:
    """The city's value of one indicator per period against the period's target:
    months or quarters of `tahun`; years for a yearly indicator."""
    rows = periods[periods["tingkat"] == "kota"]
    yearly = bool(len(rows)) and (rows["periode_jenis"] == "tahunan").all()
    if not yearly:
        rows = rows[rows["tahun"] == tahun]
    rows = rows.sort_values("periode_selesai").copy()
    satuan = rows["satuan"].iloc[0] if len(rows) else "%"
    rows["nilai"] = rows["realisasi_kumulatif"].fillna(rows["realisasi"])
    rows["x"] = [fmt.period_label(p, lang=lang, short=True) for p in rows["periode"]]
    rows["text"] = [_value_text(v, satuan, lang) for v in rows["nilai"]]
    rows["seri"] = t("pmd.city", lang)
    name = t(f"pmd.short.{kode}", lang)
    return {
        "df": rows,
        "x": "x",
        "y": "nilai",
        "series": "seri",
        "label": "seri",
        "text": "text",
        "target": "target_periode",
        "title": t("pmd.trend_title", lang, indikator=name),
        "x_title": t("chart.periode", lang),
        "y_title": t(f"pmd.y.{kode}", lang),
        "target_label": t("chart.target_line", lang),
        "suffix": "" if satuan == "indeks" else "%",
        "separators": chart_locale(lang)["separators"],
    }


def gampong_kpis(outcome: pd.DataFrame, lang: str) -> list[Kpi]:
    """Per indicator: gampong on target / gampong with a target; IDM: Maju or
    Mandiri."""
    kpis = []
    for code in PMD_CODES[:3]:
        rows = outcome[
            (outcome["kode_indikator"] == code) & (outcome["status"] != "tanpa_target")
        ]
        met = int((rows["status"] == "tercapai").sum())
        kpis.append(
            Kpi(
                t(f"pmd.kpi.{code}", lang),
                f"{met} / {len(rows)}" if len(rows) else fmt.MISSING,
                help=t("pmd.kpi_help", lang),
            )
        )
    idm = outcome[outcome["kode_indikator"] == "PMD-IDM"]
    good = int(idm["status_idm"].isin(["maju", "mandiri"]).sum())
    kpis.append(
        Kpi(
            t("pmd.kpi.idm", lang),
            f"{good} / {len(idm)}" if len(idm) else fmt.MISSING,
            help=t("pmd.kpi_idm_help", lang),
        )
    )
    return kpis
