"""Views of Kebutuhan Pelatihan: query results in, translated frames (TableView, Kpi,
chart arguments) out. Pure pandas, no st.* calls.

- Competency gaps per OPD x competency (heatmap + table), the routes to organise
  (one row per recommended course, with how many people in how many OPDs), JP
  compliance per OPD (PNS against the 20 JP right, PPPK against the 24 JP cap) and the
  priority list of people.
- Privacy (PRODUCT.md §7): for roles without individual access, a count over fewer
  than `data.min_orang_agregat` people is shown as "< 5" and left out of downloads.
- A year still running (data cut-off before 31 December) has JP *so far*: labels and
  reasons say "sejauh ini" instead of calling people non-compliant.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import formatting as fmt
from dashboard.access import MIN_GROUP_DEFAULT, Scope
from dashboard.charts import shorten
from dashboard.i18n import has, t
from dashboard.tables import Kpi, TableView, _int, _num, _pct, capped_text, rule

CITY = "__kota__"  # opd_kode of the city-wide total row
JALUR = ("klasikal", "nonklasikal")
WIDE_CELLS_MAX_OPD = 8  # up to this many OPD columns a cell also prints its share
HEATMAP_MAX_OPD = 25  # OPD columns in the gap heatmap (a province has hundreds)
JP_CHART_MAX_OPD = 40  # OPD bars in the JP chart: the lowest shares
SPREAD_CHARS = 70  # the spread over OPDs on screen (downloads carry all of it)


# --- shared helpers -------------------------------------------------------------------


@dataclass(frozen=True)
class Privacy:
    """Whether small groups must be hidden from this viewer, and below what size."""

    individual_access: bool
    min_n: int = MIN_GROUP_DEFAULT

    def hides(self, n: Any) -> bool:
        """True when an aggregate over `n` people must not be shown."""
        if self.individual_access:
            return False
        return fmt.is_missing(n) or int(n) < self.min_n

    @property
    def mark(self) -> str:
        return f"< {self.min_n}"


def privacy(scope: Scope, rules: dict[str, float]) -> Privacy:
    """The viewer's suppression rule (aturan data.min_orang_agregat)."""
    min_n = int(rule(rules, "data.min_orang_agregat", MIN_GROUP_DEFAULT))
    return Privacy(individual_access=scope.individual_access, min_n=min_n)


def _labels(lang: str, *keys: str) -> dict[str, str]:
    return {k: t(f"pelatihan.col.{k}", lang) for k in keys}


def _code_label(prefix: str, code: Any, lang: str) -> str:
    key = f"pelatihan.{prefix}.{code}"
    if has(key):
        return t(key, lang)
    return fmt.MISSING if fmt.is_missing(code) else str(code).replace("_", " ")


def jalur_label(code: Any, lang: str) -> str:
    """'klasikal' -> 'Klasikal' / 'Classroom'."""
    return _code_label("jalur", code, lang)


def bentuk_label(code: Any, lang: str) -> str:
    """'e_learning' -> 'E-learning'; unknown forms pass through readable."""
    return _code_label("bentuk", code, lang)


def jenis_label(code: Any, lang: str) -> str:
    """Competency type: 'manajerial' -> 'Manajerial' / 'Managerial'."""
    return _code_label("jenis", code, lang)


def asn_label(code: Any, lang: str) -> str:
    """'PPPK_PARUH_WAKTU' -> 'PPPK paruh waktu' / 'Part-time PPPK'."""
    return _code_label("asn", code, lang)


def route_label(jalur: Any, bentuk: Any, lang: str) -> str:
    """'Nonklasikal · E-learning'."""
    return f"{jalur_label(jalur, lang)} · {bentuk_label(bentuk, lang)}"


def running_until(meta: dict[str, Any] | None, tahun: Any) -> dt.date | None:
    """The data cut-off when it falls before 31 December of `tahun`: that year's JP
    are JP so far (None for a finished year or an unknown cut-off)."""
    if not meta or fmt.is_missing(meta.get("data_sampai")) or fmt.is_missing(tahun):
        return None
    cutoff = _date(meta["data_sampai"])
    if cutoff is None or cutoff >= dt.date(int(tahun), 12, 31):
        return None
    return cutoff


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def so_far(until: dt.date | None, lang: str) -> str:
    """' (sejauh ini, s.d. 31 Oktober 2026)' for a running year, else ''."""
    if until is None:
        return ""
    return t("pelatihan.so_far", lang, date=fmt.fmt_date(until, lang=lang))


def _opd_short(row: dict[str, Any]) -> str:
    name = row.get("opd_singkatan")
    if isinstance(name, str) and name:
        return name
    return str(row.get("opd_nama") or row.get("opd_kode"))


def _hide(frame: pd.DataFrame, mask: pd.Series, columns: list[str]) -> pd.DataFrame:
    """Blank the `columns` of the masked rows (their numbers never leave the server)."""
    out = frame.copy()
    for column in columns:
        out[column] = out[column].astype(float).where(~mask)
    return out


def _suppressed_formats(
    mask: pd.Series, columns: list[str], mark: str
) -> list[tuple[pd.Series, dict[str, Any]]]:
    if not mask.any():
        return []
    return [(mask, dict.fromkeys(columns, lambda _v: mark))]


# --- competency gaps: heatmap and table ---------------------------------------------


def _order(gaps: pd.DataFrame, column: str) -> list[str]:
    """Values of `column` by their total number of gaps (most first), then by name."""
    totals = gaps.groupby(column)["n_kesenjangan"].sum()
    return sorted(totals.index, key=lambda v: (-totals[v], str(v)))


def _cell_text(row: dict[str, Any], guard: Privacy, with_share: bool, lang: str) -> str:
    """The number with a gap; with its share below it when the cells are wide enough
    (few OPDs), else the share is the colour and the hover (and the table)."""
    if guard.hides(row["n_dinilai"]):
        return guard.mark
    number = f"<b>{fmt.fmt_int(row['n_kesenjangan'], lang=lang)}</b>"
    if not with_share:
        return number
    return f"{number}<br>{fmt.fmt_number(row['pct_kesenjangan'], 0, lang=lang)}%"


def _cell_hover(row: dict[str, Any], guard: Privacy, lang: str) -> str:
    if guard.hides(row["n_dinilai"]):
        return t("pelatihan.heat.hover_hidden", lang, min=guard.min_n)
    return t(
        "pelatihan.heat.hover",
        lang,
        opd=row["opd_nama"],
        kompetensi=row["kompetensi"],
        n=fmt.fmt_int(row["n_kesenjangan"], lang=lang),
        dinilai=fmt.fmt_int(row["n_dinilai"], lang=lang),
        pct=fmt.fmt_pct(row["pct_kesenjangan"], lang=lang),
        rata=fmt.fmt_number(row["rata_kesenjangan"], 1, lang=lang),
    )


def heatmap_opds(gaps: pd.DataFrame) -> list[str]:
    """The OPD codes the heatmap shows: those with the most gaps (HEATMAP_MAX_OPD)."""
    return _order(gaps, "opd_kode")[:HEATMAP_MAX_OPD]


def gap_heatmap_note(gaps: pd.DataFrame, lang: str) -> str | None:
    """Says how many OPDs the heatmap leaves to the table, if any."""
    total = int(gaps["opd_kode"].nunique())
    return capped_text("pelatihan.heat.capped", HEATMAP_MAX_OPD, total, lang)


def _column_names(records: list[dict[str, Any]]) -> dict[str, str]:
    """Each OPD's column name: its short name, or its full name where two OPDs share
    a short name (every regency has its 'Disdikbud')."""
    short: dict[str, set[str]] = {}
    for r in records:
        short.setdefault(_opd_short(r), set()).add(str(r["opd_kode"]))
    return {
        str(r["opd_kode"]): (
            _opd_short(r)
            if len(short[_opd_short(r)]) == 1
            else str(r.get("opd_nama") or r["opd_kode"])
        )
        for r in records
    }


def gap_heatmap_input(
    gaps: pd.DataFrame, guard: Privacy, tahun: int, lang: str
) -> dict[str, Any]:
    """Cells competency x OPD: colour = share of assessed staff with a gap, text = the
    number with a gap and that share (or '< 5' when hidden); the HEATMAP_MAX_OPD OPDs
    with the most gaps (the table under it has every OPD)."""
    opds = heatmap_opds(gaps)
    shown = gaps[gaps["opd_kode"].isin(opds)]
    records = shown.to_dict("records")
    with_share = shown["opd_kode"].nunique() <= WIDE_CELLS_MAX_OPD
    names = _column_names(records)
    cells = pd.DataFrame(
        {
            "opd": [names[str(r["opd_kode"])] for r in records],
            "kompetensi": shown["kompetensi"].to_numpy(),
            "pct": [
                None if guard.hides(r["n_dinilai"]) else float(r["pct_kesenjangan"])
                for r in records
            ],
            "text": [_cell_text(r, guard, with_share, lang) for r in records],
            "hover": [_cell_hover(r, guard, lang) for r in records],
        }
    )
    x_order = [names[code] for code in opds]
    top = max([50.0, *[float(v) for v in cells["pct"].dropna()]])
    return {
        "df": cells,
        "x": "opd",
        "y": "kompetensi",
        "z": "pct",
        "text": "text",
        "hover": "hover",
        "x_order": x_order,
        "y_order": _order(shown, "kompetensi"),
        "zmax": math.ceil(top / 10) * 10,
        "title": t("pelatihan.heat.chart_title", lang, tahun=tahun),
        "colorbar_title": t("pelatihan.heat.colorbar", lang),
        "separators": fmt.PLOTLY_SEPARATORS["en" if lang == "en" else "id"],
    }


def gap_view(gaps: pd.DataFrame, guard: Privacy, lang: str) -> TableView:
    """One row per OPD x competency, in the heatmap's order."""
    opd_rank = {code: i for i, code in enumerate(_order(gaps, "opd_kode"))}
    k_rank = {name: i for i, name in enumerate(_order(gaps, "kompetensi"))}
    df = gaps.assign(
        _o=gaps["opd_kode"].map(opd_rank), _k=gaps["kompetensi"].map(k_rank)
    ).sort_values(["_o", "_k"], kind="stable")
    c = _labels(
        lang,
        "opd",
        "kompetensi",
        "jenis",
        "dinilai",
        "n_kesenjangan",
        "pct_kesenjangan",
        "rata_kesenjangan",
        "jalur",
        "bentuk",
    )
    view = pd.DataFrame(
        {
            c["opd"]: df["opd_nama"].to_numpy(),
            c["kompetensi"]: df["kompetensi"].to_numpy(),
            c["jenis"]: [jenis_label(j, lang) for j in df["jenis"]],
            c["dinilai"]: df["n_dinilai"].astype(float).to_numpy(),
            c["n_kesenjangan"]: df["n_kesenjangan"].astype(float).to_numpy(),
            c["pct_kesenjangan"]: df["pct_kesenjangan"].astype(float).to_numpy(),
            c["rata_kesenjangan"]: df["rata_kesenjangan"].astype(float).to_numpy(),
            c["jalur"]: [jalur_label(j, lang) for j in df["jalur"]],
            c["bentuk"]: [bentuk_label(b, lang) for b in df["bentuk"]],
        }
    )
    mask = pd.Series([guard.hides(n) for n in df["n_dinilai"]], index=view.index)
    numbers = [
        c["dinilai"],
        c["n_kesenjangan"],
        c["pct_kesenjangan"],
        c["rata_kesenjangan"],
    ]
    return TableView(
        df=_hide(view, mask, numbers),
        formats={
            c["dinilai"]: _int(lang),
            c["n_kesenjangan"]: _int(lang),
            c["pct_kesenjangan"]: _pct(lang),
            c["rata_kesenjangan"]: _num(lang),
        },
        row_formats=_suppressed_formats(mask, numbers, guard.mark),
        widths={c["opd"]: "medium", c["kompetensi"]: "medium"},
    )


# --- routes to organise ---------------------------------------------------------------


def routes_frame(gaps: pd.DataFrame, guard: Privacy, lang: str) -> pd.DataFrame:
    """One row per recommended course with a need: people, OPDs, JP to deliver and
    the spread over OPDs (largest first; '< 5' for hidden small groups)."""
    need = gaps[gaps["n_kesenjangan"] > 0]
    keys = ["jalur", "bentuk", "rekomendasi_pelatihan", "kompetensi", "jp"]
    rows = []
    for (jalur, bentuk, course, kompetensi, jp), part in need.groupby(keys):
        part = part.sort_values(["n_kesenjangan", "opd_kode"], ascending=[False, True])
        spread = [
            f"{_opd_short(r)} "
            + (guard.mark if guard.hides(r["n_dinilai"]) else str(r["n_kesenjangan"]))
            for r in part.to_dict("records")
        ]
        n = int(part["n_kesenjangan"].sum())
        rows.append(
            {
                "jalur": jalur,
                "bentuk": bentuk,
                "rute": route_label(jalur, bentuk, lang),
                "rekomendasi_pelatihan": course,
                "kompetensi": kompetensi,
                "jp": float(jp),
                "n_orang": n,
                "n_opd": len(part),
                "jp_total": n * float(jp),
                "n_dinilai": int(part["n_dinilai"].sum()),
                "sebaran": " · ".join(spread),
            }
        )
    columns = [
        "jalur",
        "bentuk",
        "rute",
        "rekomendasi_pelatihan",
        "kompetensi",
        "jp",
        "n_orang",
        "n_opd",
        "jp_total",
        "n_dinilai",
        "sebaran",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    if frame.empty:
        return frame
    totals = frame.groupby("rute")["n_orang"].transform("sum")
    return (
        frame.assign(_rute_total=totals)
        .sort_values(
            ["jalur", "_rute_total", "rute", "n_orang", "kompetensi"],
            ascending=[True, False, True, False, True],
            kind="stable",
        )
        .drop(columns="_rute_total")
        .reset_index(drop=True)
    )


def counted(n: Any, word: str, lang: str) -> str:
    """'447 orang', '1 person', '21 agencies', '< 5 people': the number with its
    word (singular in English for exactly one)."""
    if isinstance(n, str):
        return f"{n} {t(f'pelatihan.unit.{word}', lang)}"
    one = "_one" if int(n) == 1 else ""
    return f"{fmt.fmt_int(n, lang=lang)} {t(f'pelatihan.unit.{word}{one}', lang)}"


def route_text(row: dict[str, Any], guard: Privacy, lang: str) -> str:
    """'E-learning wawasan kebangsaan dan moderasi: 447 orang di 21 OPD'."""
    n = guard.mark if guard.hides(row["n_dinilai"]) else row["n_orang"]
    return t(
        "pelatihan.routes.summary",
        lang,
        course=row["rekomendasi_pelatihan"],
        people=counted(n, "orang", lang),
        opds=counted(row["n_opd"], "opd", lang),
    )


def routes_view(routes: pd.DataFrame, guard: Privacy, lang: str) -> TableView:
    """The 'what to organise' list, grouped by route (jalur · bentuk)."""
    c = _labels(
        lang,
        "rute",
        "rekomendasi",
        "kompetensi",
        "jp_per_orang",
        "orang",
        "jumlah_opd",
        "jp_total",
        "sebaran",
    )
    view = pd.DataFrame(
        {
            c["rute"]: routes["rute"].to_numpy(),
            c["rekomendasi"]: routes["rekomendasi_pelatihan"].to_numpy(),
            c["kompetensi"]: routes["kompetensi"].to_numpy(),
            c["jp_per_orang"]: routes["jp"].astype(float).to_numpy(),
            c["orang"]: routes["n_orang"].astype(float).to_numpy(),
            c["jumlah_opd"]: routes["n_opd"].astype(float).to_numpy(),
            c["jp_total"]: routes["jp_total"].astype(float).to_numpy(),
            c["sebaran"]: routes["sebaran"].to_numpy(),
        }
    )
    mask = pd.Series([guard.hides(n) for n in routes["n_dinilai"]], index=view.index)
    hidden_numbers = [c["orang"], c["jp_total"]]
    return TableView(
        df=_hide(view, mask, hidden_numbers),
        formats={
            c["sebaran"]: lambda v: shorten(str(v), SPREAD_CHARS),
            c["jp_per_orang"]: _int(lang),
            c["orang"]: _int(lang),
            c["jumlah_opd"]: _int(lang),
            c["jp_total"]: _int(lang),
        },
        row_formats=_suppressed_formats(mask, hidden_numbers, guard.mark),
        widths={c["rekomendasi"]: "large", c["sebaran"]: "large"},
        row_height=56,
    )


def routes_chart_input(
    routes: pd.DataFrame, guard: Privacy, tahun: int, lang: str
) -> dict[str, Any]:
    """Bars of people per course (most first), colour and hatching by jalur, labelled
    with people, OPDs and the form, so colour is never the only cue."""
    keep = [not guard.hides(n) for n in routes["n_dinilai"]]
    shown = routes[pd.Series(keep, index=routes.index, dtype=bool)]
    shown = shown.sort_values(["n_orang", "kompetensi"], ascending=[False, True])
    bars = pd.DataFrame(
        {
            "label": shown["kompetensi"].to_numpy(),
            "n": shown["n_orang"].astype(float).to_numpy(),
            "jalur": shown["jalur"].to_numpy(),
            "text": [
                t(
                    "pelatihan.routes.bar_text",
                    lang,
                    people=counted(r["n_orang"], "orang", lang),
                    opds=counted(r["n_opd"], "opd", lang),
                    bentuk=bentuk_label(r["bentuk"], lang),
                )
                for r in shown.to_dict("records")
            ],
            "hover": [
                f"{r['rekomendasi_pelatihan']} ({fmt.fmt_int(r['jp'], lang=lang)} JP)"
                for r in shown.to_dict("records")
            ],
        }
    )
    return {
        "df": bars,
        "series_names": {j: jalur_label(j, lang) for j in JALUR},
        "title": t("pelatihan.routes.chart_title", lang, tahun=tahun),
        "x_title": t("pelatihan.routes.x_title", lang),
        "separators": fmt.PLOTLY_SEPARATORS["en" if lang == "en" else "id"],
    }


# --- JP compliance per OPD ------------------------------------------------------------

_SUMMED = (
    "n_pegawai",
    "n_pns",
    "n_pns_memenuhi",
    "n_pns_kurang",
    "n_pns_tanpa_jp",
    "jumlah_jp_pns",
    "n_pppk",
    "n_pppk_melebihi_batas",
    "jumlah_jp_pppk",
    "jp_klasikal",
    "jp_nonklasikal",
    "jp_total",
    "n_dinilai_kompetensi",
    "n_dengan_kesenjangan",
)


def city_total(jp: pd.DataFrame, lang: str) -> dict[str, Any]:
    """The OPD rows added up, with shares and means recomputed from the sums."""
    row: dict[str, Any] = {c: float(jp[c].sum()) for c in _SUMMED}
    row.update(
        opd_kode=CITY,
        opd_nama=t("pelatihan.city", lang),
        opd_singkatan=t("pelatihan.city", lang),
    )
    row["pct_pns_memenuhi"] = _share(row["n_pns_memenuhi"], row["n_pns"])
    row["rata_jp_pns"] = _ratio(row["jumlah_jp_pns"], row["n_pns"])
    row["rata_jp_pppk"] = _ratio(row["jumlah_jp_pppk"], row["n_pppk"])
    split = row["jp_klasikal"] + row["jp_nonklasikal"]
    row["pct_jp_nonklasikal"] = _share(row["jp_nonklasikal"], split)
    return row


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _share(part: float, whole: float) -> float | None:
    return 100.0 * part / whole if whole else None


def with_city_row(jp: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The city total first, then the OPDs (just the OPD when there is one)."""
    if len(jp) <= 1:
        return jp.reset_index(drop=True)
    return pd.concat([pd.DataFrame([city_total(jp, lang)]), jp], ignore_index=True)


def jp_view(
    jp: pd.DataFrame,
    rules: dict[str, float],
    guard: Privacy,
    until: dt.date | None,
    lang: str,
) -> TableView:
    """PNS against the JP right and PPPK against the cap, per OPD (city first)."""
    hak, batas = jp_rules(rules)
    df = with_city_row(jp, lang)
    c = _labels(
        lang,
        "opd",
        "pns",
        "pns_memenuhi",
        "pct_pns_memenuhi",
        "pns_kurang",
        "pns_tanpa_jp",
        "rata_jp_pns",
        "pppk",
        "pppk_melebihi",
        "rata_jp_pppk",
        "jp_klasikal",
        "jp_nonklasikal",
        "pct_nonklasikal",
    )
    for key in ("pns_memenuhi", "pct_pns_memenuhi", "pns_kurang"):
        c[key] = t(f"pelatihan.col.{key}", lang, hak=hak)
    c["pppk_melebihi"] = t("pelatihan.col.pppk_melebihi", lang, batas=batas)
    if until is not None:
        c["pns_kurang"] += t("pelatihan.col.so_far_suffix", lang)
    view = pd.DataFrame(
        {
            c["opd"]: df["opd_nama"].to_numpy(),
            c["pns"]: df["n_pns"].astype(float).to_numpy(),
            c["pct_pns_memenuhi"]: df["pct_pns_memenuhi"].astype(float).to_numpy(),
            c["pns_memenuhi"]: df["n_pns_memenuhi"].astype(float).to_numpy(),
            c["pns_kurang"]: df["n_pns_kurang"].astype(float).to_numpy(),
            c["pns_tanpa_jp"]: df["n_pns_tanpa_jp"].astype(float).to_numpy(),
            c["pppk"]: df["n_pppk"].astype(float).to_numpy(),
            c["pppk_melebihi"]: df["n_pppk_melebihi_batas"].astype(float).to_numpy(),
            c["rata_jp_pns"]: df["rata_jp_pns"].astype(float).to_numpy(),
            c["rata_jp_pppk"]: df["rata_jp_pppk"].astype(float).to_numpy(),
            c["jp_klasikal"]: df["jp_klasikal"].astype(float).to_numpy(),
            c["jp_nonklasikal"]: df["jp_nonklasikal"].astype(float).to_numpy(),
            c["pct_nonklasikal"]: df["pct_jp_nonklasikal"].astype(float).to_numpy(),
        }
    )
    pns_cols = [
        c["pns"],
        c["pns_memenuhi"],
        c["pct_pns_memenuhi"],
        c["pns_kurang"],
        c["pns_tanpa_jp"],
        c["rata_jp_pns"],
    ]
    pppk_cols = [c["pppk"], c["pppk_melebihi"], c["rata_jp_pppk"]]
    split_cols = [c["jp_klasikal"], c["jp_nonklasikal"], c["pct_nonklasikal"]]
    pns_mask = pd.Series([guard.hides(n) for n in df["n_pns"]], index=view.index)
    pppk_mask = pd.Series([guard.hides(n) for n in df["n_pppk"]], index=view.index)
    all_mask = pd.Series([guard.hides(n) for n in df["n_pegawai"]], index=view.index)
    view = _hide(
        _hide(_hide(view, pns_mask, pns_cols), pppk_mask, pppk_cols),
        all_mask,
        split_cols,
    )
    formats = {col: _int(lang) for col in (*pns_cols, *pppk_cols, *split_cols)}
    formats.update(
        {
            c["pct_pns_memenuhi"]: _pct(lang),
            c["rata_jp_pns"]: _num(lang),
            c["rata_jp_pppk"]: _num(lang),
            c["pct_nonklasikal"]: _pct(lang),
        }
    )
    return TableView(
        df=view,
        formats=formats,
        row_formats=[
            *_suppressed_formats(pns_mask, pns_cols, guard.mark),
            *_suppressed_formats(pppk_mask, pppk_cols, guard.mark),
            *_suppressed_formats(all_mask, split_cols, guard.mark),
        ],
        widths={c["opd"]: "large"},
        pinned=(c["opd"],),
    )


def jp_rules(rules: dict[str, float]) -> tuple[str, str]:
    hak = rule(rules, "jp.hak_pns", 20)
    batas = rule(rules, "jp.batas_pppk", 24)
    return fmt.fmt_number(hak, 0), fmt.fmt_number(batas, 0)


def _jp_chart_rows(jp: pd.DataFrame, guard: Privacy) -> pd.DataFrame:
    """The OPDs with PNS the viewer may see, lowest share with the JP right first."""
    shown = [n > 0 and not guard.hides(n) for n in jp["n_pns"]]
    rows = jp[pd.Series(shown, index=jp.index, dtype=bool)]
    return rows.sort_values(["pct_pns_memenuhi", "opd_nama"], kind="stable")


def jp_chart_note(jp: pd.DataFrame, guard: Privacy, lang: str) -> str | None:
    """Says how many OPDs the JP chart leaves to the table, if any."""
    total = len(_jp_chart_rows(jp, guard))
    return capped_text("pelatihan.jp.capped", JP_CHART_MAX_OPD, total, lang)


def jp_chart_input(
    jp: pd.DataFrame,
    rules: dict[str, float],
    guard: Privacy,
    tahun: int,
    until: dt.date | None,
    lang: str,
) -> dict[str, Any]:
    """Bars of the share of PNS with at least the JP right per OPD (lowest on top;
    the JP_CHART_MAX_OPD lowest), each labelled with the share and how many are
    still below it."""
    hak, _ = jp_rules(rules)
    rows = _jp_chart_rows(jp, guard).head(JP_CHART_MAX_OPD)
    names = _column_names(rows.to_dict("records"))
    return {
        "df": pd.DataFrame(
            {
                "label": [names[str(code)] for code in rows["opd_kode"]],
                "value": rows["pct_pns_memenuhi"].astype(float).to_numpy(),
                "text": [
                    t(
                        "pelatihan.jp.bar_text",
                        lang,
                        pct=fmt.fmt_pct(r["pct_pns_memenuhi"], lang=lang),
                        n=fmt.fmt_int(r["n_pns_kurang"], lang=lang),
                        hak=hak,
                    )
                    for r in rows.to_dict("records")
                ],
                "hover": [
                    t(
                        "pelatihan.jp.hover",
                        lang,
                        opd=r["opd_nama"],
                        n=fmt.fmt_int(r["n_pns_memenuhi"], lang=lang),
                        total=fmt.fmt_int(r["n_pns"], lang=lang),
                        hak=hak,
                        rata=fmt.fmt_number(r["rata_jp_pns"], 1, lang=lang),
                    )
                    for r in rows.to_dict("records")
                ],
            }
        ),
        "title": t("pelatihan.jp.chart_title", lang, hak=hak, tahun=tahun)
        + so_far(until, lang),
        "x_title": t("pelatihan.jp.x_title", lang, hak=hak),
        "target_label": t("pelatihan.jp.target", lang, hak=hak),
        "separators": fmt.PLOTLY_SEPARATORS["en" if lang == "en" else "id"],
    }


# --- KPIs -----------------------------------------------------------------------------


def training_kpis(
    jp: pd.DataFrame,
    counts: dict[str, Any],
    rules: dict[str, float],
    guard: Privacy,
    until: dt.date | None,
    lang: str,
) -> list[Kpi]:
    """Staff with a gap, PNS at the JP right, PPPK above the cap, high priority now."""
    total = city_total(jp, lang) if len(jp) else None
    return [
        _kpi_gaps(total, guard, lang),
        _kpi_pns(total, rules, guard, until, lang),
        _kpi_pppk(total, rules, guard, until, lang),
        _kpi_priority(counts, rules, guard, lang),
    ]


def _missing_kpi(label: str, lang: str) -> Kpi:
    return Kpi(label, fmt.MISSING, help=t("pelatihan.kpi.none", lang))


def _kpi_gaps(total: dict[str, Any] | None, guard: Privacy, lang: str) -> Kpi:
    label = t("pelatihan.kpi.gaps", lang)
    if total is None or not total["n_dinilai_kompetensi"]:
        return _missing_kpi(label, lang)
    if guard.hides(total["n_dinilai_kompetensi"]):
        return Kpi(label, guard.mark, help=t("pelatihan.kpi.hidden", lang))
    return Kpi(
        label,
        fmt.fmt_int(total["n_dengan_kesenjangan"], lang=lang),
        help=t(
            "pelatihan.kpi.gaps_help",
            lang,
            dinilai=fmt.fmt_int(total["n_dinilai_kompetensi"], lang=lang),
            pct=fmt.fmt_pct(
                _share(total["n_dengan_kesenjangan"], total["n_dinilai_kompetensi"]),
                lang=lang,
            ),
        ),
    )


def _kpi_pns(
    total: dict[str, Any] | None,
    rules: dict[str, float],
    guard: Privacy,
    until: dt.date | None,
    lang: str,
) -> Kpi:
    hak, _ = jp_rules(rules)
    key = "pelatihan.kpi.pns_so_far" if until else "pelatihan.kpi.pns"
    label = t(key, lang, hak=hak)
    if total is None or not total["n_pns"]:
        return _missing_kpi(label, lang)
    if guard.hides(total["n_pns"]):
        return Kpi(label, guard.mark, help=t("pelatihan.kpi.hidden", lang))
    return Kpi(
        label,
        fmt.fmt_pct(total["pct_pns_memenuhi"], lang=lang),
        help=t(
            "pelatihan.kpi.pns_help",
            lang,
            n=fmt.fmt_int(total["n_pns_memenuhi"], lang=lang),
            total=fmt.fmt_int(total["n_pns"], lang=lang),
            kurang=fmt.fmt_int(total["n_pns_kurang"], lang=lang),
            hak=hak,
        )
        + so_far(until, lang),
    )


def _kpi_pppk(
    total: dict[str, Any] | None,
    rules: dict[str, float],
    guard: Privacy,
    until: dt.date | None,
    lang: str,
) -> Kpi:
    _, batas = jp_rules(rules)
    label = t("pelatihan.kpi.pppk", lang, batas=batas)
    if total is None or not total["n_pppk"]:
        return _missing_kpi(label, lang)
    if guard.hides(total["n_pppk"]):
        return Kpi(label, guard.mark, help=t("pelatihan.kpi.hidden", lang))
    return Kpi(
        label,
        fmt.fmt_int(total["n_pppk_melebihi_batas"], lang=lang),
        help=t(
            "pelatihan.kpi.pppk_help",
            lang,
            total=fmt.fmt_int(total["n_pppk"], lang=lang),
            batas=batas,
        )
        + so_far(until, lang),
    )


def _kpi_priority(
    counts: dict[str, Any], rules: dict[str, float], guard: Privacy, lang: str
) -> Kpi:
    hak, _ = jp_rules(rules)
    label = t("pelatihan.kpi.priority", lang)
    n_orang = counts.get("n_orang")
    if fmt.is_missing(n_orang) or not n_orang:
        return _missing_kpi(label, lang)
    if guard.hides(n_orang):
        return Kpi(label, guard.mark, help=t("pelatihan.kpi.hidden", lang))
    return Kpi(
        label,
        fmt.fmt_int(counts["n_prioritas"], lang=lang),
        help=t(
            "pelatihan.kpi.priority_help",
            lang,
            orang=fmt.fmt_int(n_orang, lang=lang),
            rendah=fmt.fmt_int(counts["n_kinerja_rendah"], lang=lang),
            hak=hak,
            tahun=int(counts["tahun_ini"]),
        ),
    )


# --- priority list --------------------------------------------------------------------


@dataclass(frozen=True)
class PriorityFilter:
    jenis: str | None = None  # competency type, None = all
    rute: str | None = None  # 'jalur:bentuk', None = all
    high_only: bool = False  # only rows with a priority reason (skor_prioritas > 0)


def _route_code(jalur: Any, bentuk: Any) -> str:
    return f"{jalur}:{bentuk}"


def route_option_label(code: str, lang: str) -> str:
    """'nonklasikal:e_learning' -> 'Nonklasikal · E-learning'."""
    jalur, _, bentuk = code.partition(":")
    return route_label(jalur, bentuk, lang)


def filter_options(needs: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Competency types and routes ('jalur:bentuk') present in the list, sorted."""
    jenis = sorted(str(j) for j in needs["jenis"].dropna().unique())
    routes = {
        _route_code(j, b) for j, b in zip(needs["jalur"], needs["bentuk"], strict=True)
    }
    return jenis, sorted(routes)


def filtered(needs: pd.DataFrame, chosen: PriorityFilter) -> pd.DataFrame:
    """The rows the filters keep, in the query's priority order."""
    keep = pd.Series(True, index=needs.index)
    if chosen.jenis is not None:
        keep &= needs["jenis"] == chosen.jenis
    if chosen.rute is not None:
        codes = [
            _route_code(j, b)
            for j, b in zip(needs["jalur"], needs["bentuk"], strict=True)
        ]
        keep &= pd.Series(codes, index=needs.index) == chosen.rute
    if chosen.high_only:
        keep &= needs["skor_prioritas"] > 0
    return needs[keep]


def _below_right(row: dict[str, Any]) -> bool:
    return not fmt.is_missing(row["jp_hak"]) and row["jp_tahun_ini"] < row["jp_hak"]


def priority_label(row: dict[str, Any], lang: str) -> str:
    """'1 · Kinerja rendah & < 20 JP': the mart's number and why, in words."""
    low, below = bool(row["kinerja_rendah"]), _below_right(row)
    hak = fmt.fmt_number(row["jp_hak"], 0, lang=lang) if below else ""
    if low and below:
        why = t("pelatihan.prio.both", lang, hak=hak)
    elif low:
        why = t("pelatihan.prio.low", lang)
    elif below:
        why = t("pelatihan.prio.jp", lang, hak=hak)
    else:
        why = t("pelatihan.prio.gap", lang)
    return f"{int(row['prioritas'])} · {why}"


def jp_text(value: Any, lang: str) -> str:
    """JP as people write them: '20', '19,5' (one decimal only when there is one)."""
    if fmt.is_missing(value):
        return fmt.MISSING
    digits = 0 if float(value).is_integer() else 1
    return fmt.fmt_number(value, digits, lang=lang)


def _jp_reason(row: dict[str, Any], until: dt.date | None, lang: str) -> str | None:
    jp = jp_text(row["jp_tahun_ini"], lang)
    tahun = int(row["tahun_ini"])
    if not fmt.is_missing(row["jp_hak"]):
        hak = fmt.fmt_number(row["jp_hak"], 0, lang=lang)
        key = "pelatihan.why.jp_below" if _below_right(row) else "pelatihan.why.jp_met"
        text = t(key, lang, jp=jp, hak=hak, tahun=tahun)
    elif not fmt.is_missing(row["jp_batas"]):
        batas = fmt.fmt_number(row["jp_batas"], 0, lang=lang)
        over = row["jp_tahun_ini"] > row["jp_batas"]
        key = "pelatihan.why.jp_over" if over else "pelatihan.why.jp_cap"
        text = t(key, lang, jp=jp, batas=batas, tahun=tahun)
    else:
        return None
    return text + (t("pelatihan.why.so_far", lang) if until is not None else "")


def reason(row: dict[str, Any], until: dt.date | None, lang: str) -> str:
    """Why this person is on the list, the priority reasons first: 'Kinerja rendah
    pada periode terakhir; baru 8 dari hak 20 JP pada 2026 (sejauh ini); kesenjangan
    1 level pada Integritas (aktual 2, standar 3, asesmen 20 Mei 2026)'."""
    parts = []
    if row["kinerja_rendah"]:
        parts.append(t("pelatihan.why.low", lang))
    jp_text = _jp_reason(row, until, lang)
    if jp_text:
        parts.append(jp_text)
    parts.append(
        t(
            "pelatihan.why.gap",
            lang,
            k=int(row["kesenjangan"]),
            kompetensi=row["kompetensi"],
            aktual=int(row["level_aktual"]),
            standar=int(row["level_standar"]),
            tanggal=fmt.fmt_date(row["tanggal_asesmen"], lang=lang),
        )
    )
    if row["rute_bawaan"]:
        parts.append(t("pelatihan.why.default_route", lang))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def priority_view(
    needs: pd.DataFrame, until: dt.date | None, one_opd: bool, lang: str
) -> TableView:
    """The priority list: one row per person x competency with a gap."""
    tahun = int(needs["tahun_ini"].max()) if len(needs) else ""
    c = _labels(
        lang,
        "prioritas",
        "nama",
        "nip",
        "kompetensi",
        "kesenjangan_level",
        "rute",
        "rekomendasi",
        "jp_pelatihan",
        "alasan",
        "unit_kerja",
        "opd",
        "jenis_asn",
        "jenis",
    )
    c["jp_tahun"] = t("pelatihan.col.jp_tahun", lang, tahun=tahun) + (
        t("pelatihan.col.so_far_suffix", lang) if until is not None else ""
    )
    records = needs.to_dict("records")
    view = pd.DataFrame(
        {
            c["prioritas"]: [priority_label(r, lang) for r in records],
            c["nama"]: needs["nama"].to_numpy(),
            c["nip"]: needs["nip"].astype(str).to_numpy(),
            c["kompetensi"]: needs["kompetensi"].to_numpy(),
            c["kesenjangan_level"]: needs["kesenjangan"].astype(float).to_numpy(),
            c["rute"]: [
                route_label(j, b, lang)
                for j, b in zip(needs["jalur"], needs["bentuk"], strict=True)
            ],
            c["rekomendasi"]: needs["rekomendasi_pelatihan"].to_numpy(),
            c["jp_pelatihan"]: needs["jp"].astype(float).to_numpy(),
            c["jp_tahun"]: needs["jp_tahun_ini"].astype(float).to_numpy(),
            c["alasan"]: [reason(r, until, lang) for r in records],
            c["unit_kerja"]: needs["unit_kerja"].to_numpy(),
            c["opd"]: needs["opd_nama"].to_numpy(),
            c["jenis_asn"]: [asn_label(a, lang) for a in needs["jenis_asn"]],
            c["jenis"]: [jenis_label(j, lang) for j in needs["jenis"]],
        }
    )
    hidden = (c["jenis"], c["opd"]) if one_opd else (c["jenis"],)
    return TableView(
        df=view,
        formats={
            c["kesenjangan_level"]: _int(lang),
            c["jp_pelatihan"]: _int(lang),
            c["jp_tahun"]: lambda v: jp_text(v, lang),
        },
        hidden=hidden,
        widths={
            c["prioritas"]: "medium",
            c["nama"]: "medium",
            c["rekomendasi"]: "medium",
            c["alasan"]: "large",
        },
        pinned=(c["prioritas"], c["nama"]),
        row_height=56,
    )
