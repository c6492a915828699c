"""Views of one person's profile on Kinerja Pegawai (individual level): facts, KPIs,
predikat over time, evaluations, years with JP, trainings, competency gaps and current
flags. Pure pandas, no st.*; split from people_views.py to keep both small.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from dashboard import formatting as fmt
from dashboard.i18n import t
from dashboard.people_views import (
    PREDIKAT,
    PREDIKAT_COLOURS,
    box_name,
    cols,
    potensi_label,
    predikat_label,
    rating_label,
)
from dashboard.tables import Kpi, TableView, chart_locale

SEVERITY_SYMBOLS = {"tinggi": "✖", "sedang": "▲", "rendah": "●"}
SEVERITY_STATUS = {
    "tinggi": "tidak_tercapai",
    "sedang": "mendekati",
    "rendah": "tanpa_target",
}


def person_options(people: pd.DataFrame) -> dict[str, str]:
    """NIP -> 'Nama · NIP · unit' (the select box filters on any part of it)."""
    return {
        str(r.nip): f"{r.nama} · {r.nip} · {r.unit_kerja}"
        for r in people.itertuples(index=False)
    }


def profile_facts(years: pd.DataFrame, periods: pd.DataFrame, lang: str) -> str:
    """Who the person is: name, NIP, ASN type, position, OPD and unit (Markdown)."""
    latest = years.iloc[-1]
    jabatan = fmt.MISSING
    if not periods.empty:
        last = periods.iloc[-1]
        jabatan = " · ".join(
            str(v) for v in (last["nama_jabatan"], last["jenis_jabatan"]) if v
        )
    return t(
        "kinerja.profile.facts",
        lang,
        nama=fmt.md_text(latest["nama"]),
        nip=latest["nip"],
        jenis=fmt.md_text(latest["jenis_asn"] or fmt.MISSING),
        jabatan=fmt.md_text(jabatan),
        opd=fmt.md_text(latest["opd_nama"] or fmt.MISSING),
        unit=fmt.md_text(latest["unit_kerja"] or fmt.MISSING),
    )


def _year_row(years: pd.DataFrame, tahun: int) -> Any:
    rows = years[years["tahun"] == tahun]
    return rows.iloc[0] if len(rows) else None


def _jp_text(row: Any, lang: str) -> str:
    total = fmt.fmt_number(row["jp_total"], 0, lang=lang)
    if not fmt.is_missing(row["jp_hak"]):
        limit = t("kinerja.jp.right", lang, n=fmt.fmt_int(row["jp_hak"], lang=lang))
    elif not fmt.is_missing(row["jp_batas"]):
        limit = t("kinerja.jp.cap", lang, n=fmt.fmt_int(row["jp_batas"], lang=lang))
    else:
        return f"{total} JP"
    return f"{total} / {limit}"


def profile_kpis(
    years: pd.DataFrame, flags: pd.DataFrame, tahun: int, lang: str
) -> list[Kpi]:
    """Predikat of the year, nine-box, JP against the right or cap, current flags."""
    row = _year_row(years, tahun)
    if row is None:
        row = years.iloc[-1]
    annual = not fmt.is_missing(row["predikat_tahunan"])
    box = row["kotak_9box"]
    jp_status = row["jp_status"]
    return [
        Kpi(
            t("kinerja.profile.predikat", lang, tahun=int(row["tahun"])),
            predikat_label(row["predikat_efektif"], lang),
            help=t(
                "kinerja.profile.predikat_annual"
                if annual
                else "kinerja.profile.predikat_periodic",
                lang,
            ),
        ),
        Kpi(
            t(
                "kinerja.profile.box",
                lang,
                name=""
                if fmt.is_missing(box)
                else t(f"kinerja.box.name{int(box)}", lang),
            ),
            fmt.MISSING
            if fmt.is_missing(box)
            else t("kinerja.profile.box_value", lang, n=int(box)),
            help=t(
                "kinerja.profile.box_help",
                lang,
                kinerja=rating_label(row["kinerja_9box"], lang),
                potensi=potensi_label(row["potensi"], lang),
            ),
        ),
        Kpi(
            t("kinerja.profile.jp", lang, tahun=int(row["tahun"])),
            _jp_text(row, lang),
            help=t(f"kinerja.jp_status.{jp_status}", lang)
            if isinstance(jp_status, str)
            else None,
        ),
        Kpi(
            t("kinerja.profile.flags", lang),
            fmt.fmt_int(len(flags), lang=lang),
            help=t("kinerja.profile.flags_help", lang),
        ),
    ]


def _period_order(periods: pd.DataFrame) -> pd.DataFrame:
    """Periodic evaluations by end date; the annual one after that year's December."""
    return periods.assign(
        _annual=(periods["periode_jenis"] == "tahunan").astype(int)
    ).sort_values(["periode_selesai", "_annual"], kind="stable")


def ratings_chart_input(periods: pd.DataFrame, name: str, lang: str) -> dict[str, Any]:
    """Predikat per period (1 Sangat Kurang .. 5 Sangat Baik): periodic ones as a line,
    annual ones as large diamonds, each point labelled with its predikat."""
    ordered = _period_order(periods)
    df = pd.DataFrame(
        {
            "x": [
                fmt.period_label(p, lang=lang, short=True) for p in ordered["periode"]
            ],
            "y": ordered["skor_predikat"].astype(float),
            "tahunan": (ordered["periode_jenis"] == "tahunan").to_numpy(),
            "predikat": ordered["predikat_kinerja"].to_numpy(),
            "label": [predikat_label(p, lang) for p in ordered["predikat_kinerja"]],
        }
    )
    return {
        "df": df,
        "colours": PREDIKAT_COLOURS,
        "levels": [predikat_label(p, lang) for p in reversed(PREDIKAT)],
        "title": t("kinerja.profile.ratings_chart", lang, name=name),
        "periodic_label": t("kinerja.profile.periodic", lang),
        "annual_label": t("kinerja.profile.annual", lang),
        "separators": chart_locale(lang)["separators"],
    }


def periods_view(periods: pd.DataFrame, lang: str) -> TableView:
    """Every evaluation, newest first: ratings, predikat, own rating, lateness."""
    ordered = _period_order(periods).iloc[::-1]
    c = cols(
        lang,
        "periode",
        "hasil_kerja",
        "perilaku_kerja",
        "predikat",
        "diri",
        "selisih",
        "terlambat",
    )
    df = pd.DataFrame(
        {
            c["periode"]: [fmt.period_label(p, lang=lang) for p in ordered["periode"]],
            c["hasil_kerja"]: [
                rating_label(r, lang) for r in ordered["rating_hasil_kerja"]
            ],
            c["perilaku_kerja"]: [
                rating_label(r, lang) for r in ordered["rating_perilaku_kerja"]
            ],
            c["predikat"]: [
                predikat_label(p, lang) for p in ordered["predikat_kinerja"]
            ],
            c["diri"]: [
                rating_label(r, lang) for r in ordered["rating_hasil_kerja_mandiri"]
            ],
            c["selisih"]: ordered["selisih_mandiri"].astype(float),
            c["terlambat"]: [
                fmt.MISSING
                if fmt.is_missing(late)
                else t("kinerja.late.yes", lang, n=int(days))
                if bool(late)
                else t("kinerja.late.no", lang)
                for late, days in zip(
                    ordered["terlambat"], ordered["hari_terlambat"], strict=True
                )
            ],
        }
    )
    return TableView(
        df=df, formats={c["selisih"]: lambda v: fmt.fmt_signed(v, 0, lang=lang)}
    )


def years_view(years: pd.DataFrame, lang: str) -> TableView:
    """Per year: annual predikat, nine-box, JP against the right (PNS) or cap."""
    c = cols(
        lang,
        "tahun",
        "predikat_tahunan",
        "predikat_efektif",
        "kotak",
        "potensi",
        "jp",
        "jp_batas",
        "jp_status",
        "kesenjangan",
    )
    df = pd.DataFrame(
        {
            c["tahun"]: years["tahun"].astype(str),
            c["predikat_tahunan"]: [
                predikat_label(p, lang) for p in years["predikat_tahunan"]
            ],
            c["predikat_efektif"]: [
                predikat_label(p, lang) for p in years["predikat_efektif"]
            ],
            c["kotak"]: [
                fmt.MISSING if fmt.is_missing(b) else box_name(int(b), lang)
                for b in years["kotak_9box"]
            ],
            c["potensi"]: [potensi_label(p, lang) for p in years["potensi"]],
            c["jp"]: years["jp_total"].astype(float),
            c["jp_batas"]: years["jp_hak"].fillna(years["jp_batas"]).astype(float),
            c["jp_status"]: [
                t(f"kinerja.jp_status.{s}", lang) if isinstance(s, str) else fmt.MISSING
                for s in years["jp_status"]
            ],
            c["kesenjangan"]: years["n_kesenjangan_kompetensi"].astype(int),
        }
    ).iloc[::-1]
    return TableView(
        df=df.reset_index(drop=True),
        formats={
            c["jp"]: lambda v: fmt.fmt_number(v, 0, lang=lang),
            c["jp_batas"]: lambda v: fmt.fmt_number(v, 0, lang=lang),
        },
    )


def jp_chart_input(years: pd.DataFrame, name: str, lang: str) -> dict[str, Any]:
    """JP per year as bars against the 20 JP right (PNS) or the 24 JP cap (PPPK)."""
    right = years["jp_hak"].dropna()
    cap = years["jp_batas"].dropna()
    if len(right):
        line, label = (
            float(right.iloc[-1]),
            t("kinerja.jp.right_line", lang, n=fmt.fmt_int(right.iloc[-1], lang=lang)),
        )
    elif len(cap):
        line, label = (
            float(cap.iloc[-1]),
            t("kinerja.jp.cap_line", lang, n=fmt.fmt_int(cap.iloc[-1], lang=lang)),
        )
    else:
        line, label = None, ""
    df = pd.DataFrame(
        {
            "tahun": years["tahun"].astype(int).astype(str),
            "jp": years["jp_total"].astype(float),
            "teks": [fmt.fmt_number(v, 0, lang=lang) for v in years["jp_total"]],
        }
    )
    return {
        "df": df,
        "line": line,
        "line_label": label,
        "title": t("kinerja.jp.chart", lang, name=name),
        "y_title": t("kinerja.jp.y", lang),
        "separators": chart_locale(lang)["separators"],
    }


def trainings_view(trainings: pd.DataFrame, lang: str) -> TableView:
    c = cols(lang, "mulai", "pelatihan", "jalur", "kompetensi", "penyelenggara", "jp")
    df = pd.DataFrame(
        {
            c["mulai"]: [
                fmt.fmt_date(d, lang=lang) for d in trainings["tanggal_mulai"]
            ],
            c["pelatihan"]: trainings["nama_pelatihan"],
            c["jalur"]: [
                t(f"kinerja.jalur.{j}", lang) if j in ("klasikal", "nonklasikal") else j
                for j in trainings["jalur"]
            ],
            c["kompetensi"]: trainings["kompetensi"],
            c["penyelenggara"]: trainings["penyelenggara"],
            c["jp"]: trainings["jp"].astype(float),
        }
    )
    return TableView(
        df=df,
        formats={c["jp"]: lambda v: fmt.fmt_number(v, 0, lang=lang)},
        widths={c["pelatihan"]: "large"},
    )


def gaps_view(gaps: pd.DataFrame, lang: str) -> TableView:
    c = cols(
        lang,
        "kompetensi",
        "standar",
        "aktual",
        "kesenjangan_level",
        "asesmen",
        "jalur",
        "rekomendasi",
        "jp",
        "prioritas",
    )
    df = pd.DataFrame(
        {
            c["kompetensi"]: gaps["kompetensi"],
            c["standar"]: gaps["level_standar"].astype(int),
            c["aktual"]: gaps["level_aktual"].astype(int),
            c["kesenjangan_level"]: gaps["kesenjangan"].astype(int),
            c["asesmen"]: [fmt.fmt_date(d, lang=lang) for d in gaps["tanggal_asesmen"]],
            c["jalur"]: [
                t(f"kinerja.jalur.{j}", lang) if j in ("klasikal", "nonklasikal") else j
                for j in gaps["jalur"]
            ],
            c["rekomendasi"]: gaps["rekomendasi_pelatihan"],
            c["jp"]: gaps["jp"].astype(float),
            c["prioritas"]: gaps["prioritas"].astype(int),
        }
    )
    return TableView(
        df=df,
        formats={c["jp"]: lambda v: fmt.fmt_number(v, 0, lang=lang)},
        widths={c["rekomendasi"]: "large"},
    )


def flag_lines(flags: pd.DataFrame, lang: str) -> list[str]:
    """One Markdown line per current flag: severity symbol and word, signal, period,
    persistence, then the reason with its numbers (wraps, unlike a grid cell)."""
    lines = []
    for row in flags.itertuples(index=False):
        lines.append(
            t(
                "kinerja.flag.line",
                lang,
                symbol=SEVERITY_SYMBOLS.get(row.keparahan, "●"),
                severity=t(f"kinerja.keparahan.{row.keparahan}", lang),
                signal=t(f"kinerja.sinyal.{row.sinyal}", lang),
                period=fmt.period_label(row.periode, lang=lang),
                since=t(
                    "kinerja.flag.since",
                    lang,
                    start=fmt.period_label(row.pertama_muncul, lang=lang),
                    n=int(row.lama_periode),
                ),
                reason=row.alasan,
            )
        )
    return lines


def flags_view(flags: pd.DataFrame, lang: str) -> TableView:
    c = cols(lang, "sinyal", "keparahan", "periode", "sejak", "alasan")
    severity = flags["keparahan"].reset_index(drop=True)
    df = pd.DataFrame(
        {
            c["sinyal"]: [t(f"kinerja.sinyal.{s}", lang) for s in flags["sinyal"]],
            c["keparahan"]: [
                f"{SEVERITY_SYMBOLS.get(k, '●')} {t(f'kinerja.keparahan.{k}', lang)}"
                for k in flags["keparahan"]
            ],
            c["periode"]: [fmt.period_label(p, lang=lang) for p in flags["periode"]],
            c["sejak"]: [
                t(
                    "kinerja.flag.since",
                    lang,
                    start=fmt.period_label(s, lang=lang),
                    n=int(n),
                )
                for s, n in zip(
                    flags["pertama_muncul"], flags["lama_periode"], strict=True
                )
            ],
            c["alasan"]: flags["alasan"],
        }
    )
    return TableView(
        df=df,
        status_column=c["keparahan"],
        status_codes=severity.map(SEVERITY_STATUS),
        widths={c["alasan"]: "large"},
        row_height=60,
    )
