"""Table views, KPIs and chart inputs of Kinerja Pegawai: query results in, translated
and formatted frames out (pure pandas, no st.*). Statuses carry a symbol and a word,
never colour alone; the five predikat keep one order (Sangat Baik first) and one
colour each everywhere.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from dashboard import config
from dashboard import formatting as fmt
from dashboard.i18n import t
from dashboard.tables import (
    Kpi,
    TableView,
    _int,
    _pct,
    capped_text,
    chart_locale,
    rule,
)

PREDIKAT = (
    "Sangat Baik",
    "Baik",
    "Butuh Perbaikan",
    "Kurang/Misconduct",
    "Sangat Kurang",
)
PREDIKAT_SLUG = {
    "Sangat Baik": "sangat_baik",
    "Baik": "baik",
    "Butuh Perbaikan": "butuh_perbaikan",
    "Kurang/Misconduct": "kurang",
    "Sangat Kurang": "sangat_kurang",
}
PREDIKAT_SCORE = {p: 5 - i for i, p in enumerate(PREDIKAT)}
# Okabe-Ito, from blue (best) through yellow to vermillion (worst): colour-blind safe,
# and the text drawn on each keeps a contrast of at least 4.5:1.
PREDIKAT_COLOURS = {
    "Sangat Baik": config.OKABE_ITO["blue"],
    "Baik": config.OKABE_ITO["sky_blue"],
    "Butuh Perbaikan": config.OKABE_ITO["yellow"],
    "Kurang/Misconduct": config.OKABE_ITO["orange"],
    "Sangat Kurang": config.OKABE_ITO["vermillion"],
}
PREDIKAT_TEXT_COLOURS = {p: "#000000" for p in PREDIKAT} | {"Sangat Baik": "#FFFFFF"}

ORGANISATION = (
    "Istimewa",
    "Baik",
    "Butuh Perbaikan/Cukup",
    "Kurang",
    "Sangat Kurang",
)
# What-if choices (URL values): the applicable predikat, or one of the five.
APPLICABLE = "berlaku"
ORGANISATION_CODES = {
    "istimewa": "Istimewa",
    "baik": "Baik",
    "butuh_perbaikan": "Butuh Perbaikan/Cukup",
    "kurang": "Kurang",
    "sangat_kurang": "Sangat Kurang",
}
CURVE_CHOICES = (APPLICABLE, *ORGANISATION_CODES)
CURVE_STATUS = {  # code -> (status colour key, symbol)
    "sesuai": ("tercapai", "✔"),
    "belum_sesuai": ("tidak_tercapai", "✖"),
    "tidak_mungkin": ("tanpa_target", "⊘"),
}

# Nine-box (DOMAIN.md §3): potential rows top to bottom, performance columns.
POTENSI = ("tinggi", "menengah", "rendah")
KINERJA = ("Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi")
BOXES = {
    ("tinggi", "Di Bawah Ekspektasi"): 6,
    ("tinggi", "Sesuai Ekspektasi"): 8,
    ("tinggi", "Di Atas Ekspektasi"): 9,
    ("menengah", "Di Bawah Ekspektasi"): 3,
    ("menengah", "Sesuai Ekspektasi"): 5,
    ("menengah", "Di Atas Ekspektasi"): 7,
    ("rendah", "Di Bawah Ekspektasi"): 1,
    ("rendah", "Sesuai Ekspektasi"): 2,
    ("rendah", "Di Atas Ekspektasi"): 4,
}
TALENT_POOL = (7, 8, 9)
RATING_SLUG = {
    "Di Atas Ekspektasi": "di_atas",
    "Sesuai Ekspektasi": "sesuai",
    "Di Bawah Ekspektasi": "di_bawah",
}


# --- labels ---------------------------------------------------------------------------


def cols(lang: str, *names: str) -> dict[str, str]:
    """Translated column headers of this page (keys kinerja.col.<name>)."""
    return {name: t(f"kinerja.col.{name}", lang) for name in names}


def predikat_label(value: Any, lang: str) -> str:
    """'Kurang/Misconduct' -> 'Kurang/Misconduct' (id) / 'Poor/Misconduct' (en)."""
    if value not in PREDIKAT_SLUG:
        return fmt.MISSING if fmt.is_missing(value) else str(value)
    return t(f"kinerja.predikat.{PREDIKAT_SLUG[value]}", lang)


def group_label(values: Any, lang: str) -> str:
    """['Butuh Perbaikan', 'Kurang/Misconduct'] -> 'Butuh Perbaikan atau Kurang/...'."""
    return t("kinerja.or", lang).join(predikat_label(v, lang) for v in values)


def organisation_label(value: Any, lang: str | None = None) -> str:
    for code, name in ORGANISATION_CODES.items():
        if value == name:
            return t(f"kinerja.org.{code}", lang)
    return fmt.MISSING if fmt.is_missing(value) else str(value)


def choice_label(code: str, lang: str | None = None) -> str:
    """A what-if option: 'Yang berlaku' or an organisation predikat."""
    if code == APPLICABLE:
        return t("kinerja.kurva.applicable", lang)
    return organisation_label(ORGANISATION_CODES[code], lang)


def rating_label(value: Any, lang: str) -> str:
    if value not in RATING_SLUG:
        return fmt.MISSING if fmt.is_missing(value) else str(value)
    return t(f"kinerja.rating.{RATING_SLUG[value]}", lang)


def potensi_label(value: Any, lang: str) -> str:
    if value not in POTENSI:
        return fmt.MISSING if fmt.is_missing(value) else str(value)
    return t(f"kinerja.potensi.{value}", lang)


def box_name(box: int, lang: str) -> str:
    """9 -> 'Kotak 9 · Bintang Masa Depan'."""
    return t("kinerja.box", lang, n=box, name=t(f"kinerja.box.name{box}", lang))


# --- spread of predikat ---------------------------------------------------------------


def _counts(row: Any) -> dict[str, int]:
    return {p: int(row[f"n_{PREDIKAT_SLUG[p]}"]) for p in PREDIKAT}


def spread_subjects(curve: pd.DataFrame, by_unit: bool) -> pd.DataFrame:
    """One row per subject with its counts: the city and OPDs, or units."""
    rows = curve[curve["berlaku"]]
    if by_unit:
        return rows[rows["tingkat"] == "unit"].reset_index(drop=True)
    return rows[rows["tingkat"].isin(["kota", "opd"])].reset_index(drop=True)


def _subject_name(row: Any, lang: str) -> str:
    if row["tingkat"] == "kota":
        return t("kinerja.city", lang)
    return str(row["subjek_nama"])


def _long_shares(frame: pd.DataFrame, category: pd.Series, lang: str) -> pd.DataFrame:
    """One row per category x predikat: share (%), count, text and colours."""
    parts = []
    for (_, row), name in zip(frame.iterrows(), category, strict=True):
        counts, total = _counts(row), int(row["n_dinilai"])
        for p in PREDIKAT:
            share = 100.0 * counts[p] / total if total else 0.0
            parts.append(
                {
                    "kategori": name,
                    "predikat": p,
                    "label": predikat_label(p, lang),
                    "pct": share,
                    "n": counts[p],
                    "n_dinilai": total,
                    "teks": fmt.fmt_pct(share, 0, lang=lang) if share >= 6 else "",
                    "hover": t(
                        "kinerja.spread.hover",
                        lang,
                        n=fmt.fmt_int(counts[p], lang=lang),
                        total=fmt.fmt_int(total, lang=lang),
                        pct=fmt.fmt_pct(share, 1, lang=lang),
                    ),
                }
            )
    return pd.DataFrame(parts)


# At most this many OPD (or unit) bars in the spread chart (a province has hundreds);
# the table under the chart keeps every row.
SPREAD_CHART_MAX = 40


def spread_chart_subjects(subjects: pd.DataFrame) -> pd.DataFrame:
    """The city row and, above SPREAD_CHART_MAX others, the SPREAD_CHART_MAX with the
    most people rated (ties by name), in their original order."""
    city = subjects["tingkat"] == "kota"
    others = subjects[~city]
    if len(others) <= SPREAD_CHART_MAX:
        return subjects
    ranked = others.assign(_nama=others["subjek_nama"].astype(str)).sort_values(
        ["n_dinilai", "_nama"], ascending=[False, True], kind="stable"
    )
    keep = city | subjects.index.isin(ranked.index[:SPREAD_CHART_MAX])
    return subjects[keep].reset_index(drop=True)


def spread_capped_note(subjects: pd.DataFrame, by_unit: bool, lang: str) -> str | None:
    """Says how many subjects the chart leaves to the table, if any."""
    others = int((subjects["tingkat"] != "kota").sum())
    level = t(f"kinerja.spread.level_{'unit' if by_unit else 'opd'}", lang)
    return capped_text(
        "kinerja.spread.capped", SPREAD_CHART_MAX, others, lang, level=level
    )


def spread_chart_input(
    subjects: pd.DataFrame, tahun: int, by_unit: bool, lang: str
) -> dict[str, Any]:
    """Stacked 100% bars, one per OPD (or unit), the city first; at most
    SPREAD_CHART_MAX besides the city (spread_chart_subjects)."""
    subjects = spread_chart_subjects(subjects)
    names = [_subject_name(r, lang) for _, r in subjects.iterrows()]
    key = "kinerja.spread.chart_units" if by_unit else "kinerja.spread.chart_opd"
    return {
        "df": _long_shares(subjects, pd.Series(names), lang),
        "colours": PREDIKAT_COLOURS,
        "text_colours": PREDIKAT_TEXT_COLOURS,
        "title": t(key, lang, tahun=tahun),
        "x_title": t("kinerja.spread.x", lang),
        "separators": chart_locale(lang)["separators"],
    }


def spread_years_input(
    spread: pd.DataFrame, opd: str | None, name: str, lang: str
) -> dict[str, Any]:
    """Stacked 100% bars of the city (or one OPD) per year."""
    rows = (
        spread[spread["tingkat"] == "kota"]
        if opd is None
        else spread[(spread["tingkat"] == "opd") & (spread["subjek_kode"] == opd)]
    )
    rows = rows.sort_values("tahun", ascending=False).reset_index(drop=True)
    years = pd.Series([_year_text(r, lang) for _, r in rows.iterrows()])
    return {
        "df": _long_shares(rows, years, lang),
        "colours": PREDIKAT_COLOURS,
        "text_colours": PREDIKAT_TEXT_COLOURS,
        "title": t("kinerja.spread.chart_years", lang, name=name),
        "x_title": t("kinerja.spread.x", lang),
        "separators": chart_locale(lang)["separators"],
    }


def _year_text(row: Any, lang: str) -> str:
    """'2026*' when the year has no annual predikat yet for everyone."""
    year = str(int(row["tahun"]))
    return year if row["sumber_predikat"] == "tahunan" else f"{year}*"


def spread_view(subjects: pd.DataFrame, by_unit: bool, lang: str) -> TableView:
    """Counts per predikat (and the share Baik or better) per subject."""
    c = cols(lang, "subjek", "opd", "dinilai", "pct_baik", "sumber_predikat")
    labels = {p: predikat_label(p, lang) for p in PREDIKAT}
    df = pd.DataFrame(
        {
            c["subjek"]: [_subject_name(r, lang) for _, r in subjects.iterrows()],
            c["opd"]: subjects["opd_nama"].fillna(""),
            c["dinilai"]: subjects["n_dinilai"].astype(int),
            **{
                labels[p]: subjects[f"n_{PREDIKAT_SLUG[p]}"].astype(int)
                for p in PREDIKAT
            },
            c["pct_baik"]: 100.0
            * (subjects["n_sangat_baik"] + subjects["n_baik"])
            / subjects["n_dinilai"],
            c["sumber_predikat"]: [
                t(f"kinerja.sumber.{s}", lang) for s in subjects["sumber_predikat"]
            ],
        }
    )
    formats = {c["pct_baik"]: _pct(lang), c["dinilai"]: _int(lang)}
    formats.update({labels[p]: _int(lang) for p in PREDIKAT})
    return TableView(
        df=df,
        formats=formats,
        widths={c["subjek"]: "large"},
        hidden=() if by_unit else (c["opd"],),
    )


def source_note(subjects: pd.DataFrame, tahun: int, lang: str) -> str | None:
    """Say when (part of) the year's predikat is the latest periodic one (counted
    once: the city row when shown, else the sum of the rows, which do not overlap)."""
    city = subjects[subjects["tingkat"] == "kota"]
    rows = city if len(city) else subjects
    total = int(rows["n_dinilai"].sum())
    annual = int(rows["n_dari_tahunan"].sum())
    if total == 0 or annual == total:
        return None
    return t(
        "kinerja.spread.periodic_note",
        lang,
        tahun=tahun,
        n=fmt.fmt_int(total - annual, lang=lang),
        total=fmt.fmt_int(total, lang=lang),
    )


# --- the curve ------------------------------------------------------------------------


def curve_rows(curve: pd.DataFrame, choice: str, by_unit: bool) -> pd.DataFrame:
    """The rows of one what-if choice: each subject's applicable predikat or one of
    the five for all; OPDs (with the city) or units."""
    if choice == APPLICABLE:
        rows = curve[curve["berlaku"]]
    else:
        rows = curve[curve["predikat_organisasi"] == ORGANISATION_CODES[choice]]
    levels = ["unit"] if by_unit else ["kota", "opd"]
    return rows[rows["tingkat"].isin(levels)].reset_index(drop=True)


def curve_status(row: Any) -> str:
    if bool(row["sesuai"]):
        return "sesuai"
    return "belum_sesuai" if bool(row["layak"]) else "tidak_mungkin"


def curve_status_label(code: str, lang: str) -> str:
    return f"{CURVE_STATUS[code][1]} {t(f'kinerja.kurva.status.{code}', lang)}"


def _number(value: Any, lang: str) -> str:
    value = float(value)
    return fmt.fmt_number(value, 0 if value.is_integer() else 1, lang=lang)


def rule_text(item: dict[str, Any], lang: str) -> str:
    """One rule of the curve in words: 'paling banyak 70% Baik'."""
    group = group_label(item["kelompok"], lang)
    if item["batas"] == "maks" and float(item["nilai"]) == 0:
        return t("kinerja.rule.none", lang, group=group)
    key = f"kinerja.rule.{item['batas']}_{item['satuan']}"
    return t(key, lang, group=group, value=_number(item["nilai"], lang))


def rules_sentence(curve: pd.DataFrame, organisation: str, lang: str) -> str:
    """'Baik: paling banyak 70% Baik; paling sedikit 1 orang Butuh Perbaikan ...'."""
    rows = curve[curve["predikat_organisasi"] == organisation]
    if rows.empty:
        return ""
    items = json.loads(rows.iloc[0]["rincian"])
    text = "; ".join(rule_text(item, lang) for item in items)
    return t(
        "kinerja.kurva.rules",
        lang,
        org=organisation_label(organisation, lang),
        rules=text,
    )


def _failed_text(row: Any, lang: str) -> str:
    """The failing rules with their numbers, compact: 'Baik 34 orang, maks. 28 (70%)'
    (the mart's aturan_gagal says the same in full sentences)."""
    if bool(row["sesuai"]):
        return ""
    parts = []
    for item in json.loads(row["rincian"]):
        if item["terpenuhi"]:
            continue
        none = item["batas"] == "maks" and int(item["batas_orang"]) == 0
        key = "none" if none else f"{item['batas']}_{item['satuan']}"
        parts.append(
            t(
                f"kinerja.failed.{key}",
                lang,
                group=group_label(item["kelompok"], lang),
                n=fmt.fmt_int(item["jumlah"], lang=lang),
                bound=fmt.fmt_int(item["batas_orang"], lang=lang),
                value=_number(item["nilai"], lang),
            )
        )
    return "; ".join(parts)


def _advice_text(row: Any, lang: str) -> str:
    """The smallest change as steps: '5 Sangat Baik → Kurang/Misconduct; ...' (the
    mart's saran says the same in full sentences)."""
    if bool(row["sesuai"]):
        return ""
    if not bool(row["layak"]):
        need = sum(
            int(item["batas_orang"])
            for item in json.loads(row["rincian"])
            if item["batas"] == "min"
        )
        return t(
            "kinerja.advice.impossible",
            lang,
            need=fmt.fmt_int(need, lang=lang),
            n=fmt.fmt_int(row["n_dinilai"], lang=lang),
        )
    steps = []
    for step in json.loads(row["langkah"]):
        source = group_label(step["dari"], lang)
        target = (
            group_label(step["ke"], lang)
            if step["ke"]
            else t("kinerja.advice.other", lang, group=source)
        )
        steps.append(
            t(
                "kinerja.advice.step",
                lang,
                n=fmt.fmt_int(step["jumlah"], lang=lang),
                src=source,
                dst=target,
            )
        )
    return "; ".join(steps)


def curve_view(rows: pd.DataFrame, min_n: int, lang: str) -> TableView:
    """One row per subject: the organisation predikat applied, the counts, whether
    the spread complies, the failing rules and the smallest change."""
    c = cols(
        lang,
        "subjek",
        "opd",
        "predikat_org",
        "sumber_org",
        "dinilai",
        "status",
        "aturan_gagal",
        "perubahan",
        "saran",
    )
    labels = {p: predikat_label(p, lang) for p in PREDIKAT}
    status = pd.Series([curve_status(r) for _, r in rows.iterrows()], dtype=object)
    names = [
        _subject_name(r, lang) + (" ≈" if bool(r["kecil"]) else "")
        for _, r in rows.iterrows()
    ]
    df = pd.DataFrame(
        {
            c["subjek"]: names,
            c["status"]: [curve_status_label(s, lang) for s in status],
            c["perubahan"]: rows["perubahan_minimal"].astype("Int64"),
            c["saran"]: [_advice_text(r, lang) for _, r in rows.iterrows()],
            c["aturan_gagal"]: [_failed_text(r, lang) for _, r in rows.iterrows()],
            c["predikat_org"]: [
                organisation_label(v, lang) for v in rows["predikat_organisasi"]
            ],
            c["sumber_org"]: [
                t(f"kinerja.sumber_org.{s}", lang)
                if bool(b)
                else t("kinerja.sumber_org.whatif", lang)
                for s, b in zip(
                    rows["sumber_predikat_organisasi"], rows["berlaku"], strict=True
                )
            ],
            c["dinilai"]: rows["n_dinilai"].astype(int),
            **{labels[p]: rows[f"n_{PREDIKAT_SLUG[p]}"].astype(int) for p in PREDIKAT},
        }
    )
    formats = {c["dinilai"]: _int(lang), c["perubahan"]: _int(lang)}
    formats.update({labels[p]: _int(lang) for p in PREDIKAT})
    return TableView(
        df=df,
        formats=formats,
        status_column=c["status"],
        status_codes=status.map(lambda s: CURVE_STATUS[s][0]),
        widths={c["subjek"]: 300, c["saran"]: 380, c["aturan_gagal"]: 380},
        hidden=() if (rows["tingkat"] == "unit").any() else (c["opd"],),
        row_height=60,
    )


def curve_summary(rows: pd.DataFrame, lang: str) -> str:
    """'12 dari 21 sesuai; 357 pegawai perlu berpredikat lain agar semua sesuai'."""
    judged = rows[rows["tingkat"] != "kota"]
    ok = int(judged["sesuai"].sum())
    moves = judged["perubahan_minimal"].dropna().sum()
    impossible = int((~judged["layak"]).sum())
    text = t(
        "kinerja.kurva.summary",
        lang,
        ok=fmt.fmt_int(ok, lang=lang),
        total=fmt.fmt_int(len(judged), lang=lang),
        moves=fmt.fmt_int(moves, lang=lang),
    )
    if impossible:
        text += " " + t(
            "kinerja.kurva.summary_impossible",
            lang,
            n=fmt.fmt_int(impossible, lang=lang),
        )
    return text


def applicable_note(curve: pd.DataFrame, lang: str) -> str:
    """Which organisation predikat applies: from the reference file, or Baik."""
    rows = curve[curve["berlaku"] & (curve["tingkat"] != "unit")]
    given = rows[rows["sumber_predikat_organisasi"] == "referensi"]
    if given.empty:
        return t("kinerja.kurva.default_note", lang)
    return t(
        "kinerja.kurva.reference_note",
        lang,
        n=fmt.fmt_int(len(given), lang=lang),
        total=fmt.fmt_int(len(rows), lang=lang),
    )


# --- self-rating vs the supervisor's --------------------------------------------------


def gap_rows(gap: pd.DataFrame, by_unit: bool, min_n: int) -> pd.DataFrame:
    """Units (or OPDs) with their share of self-ratings above the supervisor's,
    highest first."""
    level = "unit" if by_unit else "opd"
    rows = gap[gap["tingkat"] == level].copy()
    rows["pct_lebih_tinggi"] = 100.0 * rows["n_diri_lebih_tinggi"] / rows["n_periode"]
    rows["pct_lebih_rendah"] = 100.0 * rows["n_diri_lebih_rendah"] / rows["n_periode"]
    rows["nama"] = rows["unit_nama"] if by_unit else rows["opd_nama"]
    rows["kecil"] = rows["n_pegawai"] < min_n
    return rows.sort_values(
        ["pct_lebih_tinggi", "rata_selisih", "nama"], ascending=[False, False, True]
    ).reset_index(drop=True)


def _gap_status(pct: float, limit: float) -> str:
    return "sering" if pct >= limit else "jarang"


def gap_view(rows: pd.DataFrame, limit: float, by_unit: bool, lang: str) -> TableView:
    """The self-rating gap per unit (or OPD), frequent inflation marked."""
    c = cols(
        lang,
        "unit",
        "opd",
        "pegawai",
        "periode_dinilai",
        "pct_lebih_tinggi",
        "pct_lebih_rendah",
        "rata_selisih",
        "penilaian_diri",
    )
    status = pd.Series([_gap_status(p, limit) for p in rows["pct_lebih_tinggi"]])
    names = [
        str(n) + (" ≈" if bool(k) else "")
        for n, k in zip(rows["nama"], rows["kecil"], strict=True)
    ]
    where = (
        {c["unit"]: names, c["opd"]: rows["opd_nama"]} if by_unit else {c["opd"]: names}
    )
    df = pd.DataFrame(
        {
            **where,
            c["penilaian_diri"]: [
                f"{'▲' if s == 'sering' else '●'} {t(f'kinerja.gap.{s}', lang)}"
                for s in status
            ],
            c["pct_lebih_tinggi"]: rows["pct_lebih_tinggi"].astype(float),
            c["pct_lebih_rendah"]: rows["pct_lebih_rendah"].astype(float),
            c["rata_selisih"]: rows["rata_selisih"].astype(float),
            c["pegawai"]: rows["n_pegawai"].astype(int),
            c["periode_dinilai"]: rows["n_periode"].astype(int),
        }
    )
    return TableView(
        df=df,
        formats={
            c["pegawai"]: _int(lang),
            c["periode_dinilai"]: _int(lang),
            c["pct_lebih_tinggi"]: _pct(lang),
            c["pct_lebih_rendah"]: _pct(lang),
            c["rata_selisih"]: lambda v: fmt.fmt_signed(v, 2, lang=lang),
        },
        status_column=c["penilaian_diri"],
        status_codes=status.map({"sering": "tidak_tercapai", "jarang": "tercapai"}),
        widths={next(iter(where)): "large"},
    )


def gap_chart_input(
    rows: pd.DataFrame, limit: float, by_unit: bool, tahun: int, lang: str
) -> dict[str, Any]:
    """Horizontal bars of the share above the supervisor's, the limit as a line."""
    shown = rows.head(25)
    status = [
        "tidak_tercapai" if p >= limit else "tercapai"
        for p in shown["pct_lebih_tinggi"]
    ]
    df = pd.DataFrame(
        {
            "nama": shown["nama"].astype(str),
            "pct": shown["pct_lebih_tinggi"].astype(float),
            "status": status,
            "teks": [
                f"{'▲' if s == 'tidak_tercapai' else '●'} "
                f"{fmt.fmt_pct(p, 1, lang=lang)}"
                for s, p in zip(status, shown["pct_lebih_tinggi"], strict=True)
            ],
        }
    )
    key = "kinerja.gap.chart_units" if by_unit else "kinerja.gap.chart_opd"
    return {
        "df": df,
        "y": "nama",
        "x": "pct",
        "status": "status",
        "text": "teks",
        "title": t(key, lang, tahun=tahun),
        "x_title": t("kinerja.gap.x", lang),
        "target_label": t(
            "kinerja.gap.limit", lang, pct=fmt.fmt_pct(limit, 0, lang=lang)
        ),
        "target": float(limit),
        "separators": chart_locale(lang)["separators"],
    }


# --- nine-box -------------------------------------------------------------------------


def nine_box_counts(counts: pd.DataFrame) -> dict[int, int]:
    """People per box 1..9 (0 for an empty box)."""
    placed = counts.dropna(subset=["kotak_9box"])
    found = placed.groupby("kotak_9box")["n"].sum()
    return {box: int(found.get(box, 0)) for box in range(1, 10)}


def unplaced_note(counts: pd.DataFrame, lang: str) -> str | None:
    """Why some people have no box: no potential assessed, or no rating."""
    rest = counts[counts["kotak_9box"].isna()]
    if rest.empty:
        return None
    no_potential = int(rest.loc[rest["potensi"].isna(), "n"].sum())
    no_rating = int(rest.loc[rest["kinerja_9box"].isna(), "n"].sum())
    return t(
        "kinerja.ninebox.unplaced",
        lang,
        n=fmt.fmt_int(int(rest["n"].sum()), lang=lang),
        potensi=fmt.fmt_int(no_potential, lang=lang),
        kinerja=fmt.fmt_int(no_rating, lang=lang),
    )


def count_text(n: int, individual: bool, min_n: int, lang: str) -> str:
    """A box count; below min_n shown as '< 5' to roles without individual access."""
    if not individual and 0 < n < min_n:
        return f"< {min_n}"
    return fmt.fmt_int(n, lang=lang)


def nine_box_chart_input(
    counts: dict[int, int], individual: bool, min_n: int, tahun: int, lang: str
) -> dict[str, Any]:
    """The 3x3 grid: rows = potential (high on top), columns = performance."""
    total = sum(counts.values()) or 1
    z, text = [], []
    for potensi in POTENSI:
        z_row, text_row = [], []
        for kinerja in KINERJA:
            box = BOXES[(potensi, kinerja)]
            n = counts[box]
            z_row.append(100.0 * n / total)
            pool = " ★" if box in TALENT_POOL else ""
            text_row.append(
                f"<b>{box}{pool}</b> {t(f'kinerja.box.name{box}', lang)}<br>"
                f"<b>{count_text(n, individual, min_n, lang)}</b> "
                f"{t('kinerja.ninebox.people', lang)}"
            )
        z.append(z_row)
        text.append(text_row)
    return {
        "z": z,
        "text": text,
        "x": [rating_label(k, lang) for k in KINERJA],
        "y": [potensi_label(p, lang) for p in POTENSI],
        "title": t("kinerja.ninebox.chart", lang, tahun=tahun),
        "x_title": t("kinerja.ninebox.x", lang),
        "y_title": t("kinerja.ninebox.y", lang),
        "colorbar_title": t("kinerja.ninebox.share", lang),
        "separators": chart_locale(lang)["separators"],
    }


def box_option_label(box: int, counts: dict[int, int], lang: str) -> str:
    return t(
        "kinerja.ninebox.option",
        lang,
        box=box_name(box, lang),
        n=fmt.fmt_int(counts.get(box, 0), lang=lang),
    )


def box_people_view(people: pd.DataFrame, lang: str) -> TableView:
    """The people of one box (individual level)."""
    c = cols(
        lang,
        "nama",
        "nip",
        "opd",
        "unit",
        "jenis_asn",
        "predikat",
        "kinerja",
        "sumber_kinerja",
        "potensi",
    )
    df = pd.DataFrame(
        {
            c["nama"]: people["nama"],
            c["nip"]: people["nip"].astype(str),
            c["opd"]: people["opd_nama"],
            c["unit"]: people["unit_kerja"],
            c["jenis_asn"]: people["jenis_asn"],
            c["predikat"]: [
                predikat_label(p, lang) for p in people["predikat_efektif"]
            ],
            c["kinerja"]: [rating_label(k, lang) for k in people["kinerja_9box"]],
            c["sumber_kinerja"]: [
                t(f"kinerja.sumber9.{s}", lang) if isinstance(s, str) else fmt.MISSING
                for s in people["sumber_kinerja_9box"]
            ],
            c["potensi"]: [potensi_label(p, lang) for p in people["potensi"]],
        }
    )
    return TableView(df=df, widths={c["nama"]: "medium"}, pinned=(c["nama"],))


# --- KPIs -----------------------------------------------------------------------------


def page_kpis(
    subjects: pd.DataFrame,
    curve: pd.DataFrame,
    gap: pd.DataFrame,
    counts: dict[int, int],
    lang: str,
) -> list[Kpi]:
    """Rated people, Baik or better, OPDs (units) on the curve, talent pool."""
    top = subjects[subjects["tingkat"].isin(["kota"])]
    if top.empty:
        top = subjects
    rated = int(top["n_dinilai"].sum())
    good = int((top["n_sangat_baik"] + top["n_baik"]).sum())
    applicable = curve[curve["berlaku"] & (curve["tingkat"] == "opd")]
    gap_all = gap[gap["tingkat"] == "opd"]
    periods = int(gap_all["n_periode"].sum())
    above = int(gap_all["n_diri_lebih_tinggi"].sum())
    pool = sum(counts[b] for b in TALENT_POOL)
    return [
        Kpi(
            t("kinerja.kpi.rated", lang),
            fmt.fmt_int(rated, lang=lang),
            help=t("kinerja.kpi.rated_help", lang),
        ),
        Kpi(
            t("kinerja.kpi.good", lang),
            fmt.fmt_pct(100.0 * good / rated if rated else None, 1, lang=lang),
            help=t("kinerja.kpi.good_help", lang),
        ),
        Kpi(
            t("kinerja.kpi.curve", lang),
            t(
                "kinerja.kpi.curve_value",
                lang,
                ok=fmt.fmt_int(int(applicable["sesuai"].sum()), lang=lang),
                total=fmt.fmt_int(len(applicable), lang=lang),
            ),
            help=t("kinerja.kpi.curve_help", lang),
        ),
        Kpi(
            t("kinerja.kpi.self", lang),
            fmt.fmt_pct(100.0 * above / periods if periods else None, 1, lang=lang),
            help=t("kinerja.kpi.self_help", lang),
        ),
        Kpi(
            t("kinerja.kpi.pool", lang),
            fmt.fmt_int(pool, lang=lang),
            help=t("kinerja.kpi.pool_help", lang),
        ),
    ]


def limit_of(rules: dict[str, float]) -> float:
    """aturan penilaian_diri.sering_pct (20 by default)."""
    return rule(rules, "penilaian_diri.sering_pct", 20)


def min_group(rules: dict[str, float]) -> int:
    return int(rule(rules, "data.min_orang_agregat", 5))
