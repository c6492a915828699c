"""View models of Penghargaan (pure pandas, no st.*): the nomination tables with the
decision in force, the KPI row, the chart data of each rule, the awardee cards and the
slide list that the page, the presentation mode, the PPTX deck and the PDF briefing
all draw from, so the numbers on stage, in the files and on screen are the same
values, rounded once here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dashboard import awards, config, i18n
from dashboard import formatting as fmt
from dashboard.i18n import t
from dashboard.tables import Kpi, TableView, sector_label

RULES = awards.RULES
UNIT_RULES = ("capaian_sektor", "unit_meningkat", "ikm_terbaik")
DECISION_SYMBOLS = {"dikonfirmasi": "●", "dihapus": "✖", "belum": "○"}
DECISION_TINT = {"dikonfirmasi": "tercapai", "dihapus": "tidak_tercapai", "belum": ""}
WRAP_ROW_HEIGHT = 72  # three lines of text in a data grid row
# Decimals of the number each rule ranks by (the same on screen, slides and files).
DECIMALS = {
    "asn_terbaik": 0,
    "capaian_sektor": 1,
    "unit_meningkat": 1,
    "ikm_terbaik": 2,
}


# --- labels ---------------------------------------------------------------------------


def rule_label(aturan: str, lang: str) -> str:
    return t(f"penghargaan.aturan.{aturan}", lang) if aturan in RULES else aturan


def award_title(aturan: str, tahun: Any, sektor: Any, lang: str) -> str:
    """'Unit dengan Capaian Terbaik Sektor Kesehatan 2025' and the like."""
    if aturan not in RULES:
        return str(aturan)
    return t(
        f"penghargaan.judul.{aturan}",
        lang,
        tahun=tahun,
        sektor=sector_label(sektor, lang) if not fmt.is_missing(sektor) else "",
    )


def unit_kind_label(code: Any, lang: str) -> str:
    key = f"penghargaan.jenis_unit.{code}"
    return t(key, lang) if i18n.has(key) else str(code or "")


def decision_label(code: Any, lang: str) -> str:
    code = code if code in DECISION_SYMBOLS else "belum"
    return f"{DECISION_SYMBOLS[code]} {t(f'penghargaan.keputusan.{code}', lang)}"


def value_text(aturan: str, value: Any, lang: str) -> str:
    """The ranking number as shown: '12', '114,1%', '+12,8 poin', '87,59'."""
    if fmt.is_missing(value):
        return fmt.MISSING
    if aturan == "capaian_sektor":
        return fmt.fmt_pct(value, 1, lang=lang)
    if aturan == "unit_meningkat":
        return t("penghargaan.poin", lang, n=fmt.fmt_signed(value, 1, lang=lang))
    return fmt.fmt_number(value, DECIMALS.get(aturan, 1), lang=lang)


# --- nominations with their decisions -------------------------------------------------


def with_decisions(nominations: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """Each candidate with the decision in force (keputusan: dikonfirmasi, dihapus or
    'belum'), who decided, when and why."""
    columns = [*awards.KEY, "keputusan", "alasan", "decided_by", "decided_at"]
    found = (
        decisions[columns].copy() if len(decisions) else pd.DataFrame(columns=columns)
    )
    found["tahun"] = found["tahun"].astype(int)
    found["subjek_kode"] = found["subjek_kode"].astype(str)
    out = nominations.copy()
    out["tahun"] = out["tahun"].astype(int)
    out["subjek_kode"] = out["subjek_kode"].astype(str)
    merged = out.merge(found, on=awards.KEY, how="left")
    merged["keputusan"] = merged["keputusan"].fillna("belum")
    return merged


def decision_counts(df: pd.DataFrame) -> dict[str, int]:
    """Nominees, confirmed and removed among the candidates shown."""
    if df.empty:
        return {"nominasi": 0, "dikonfirmasi": 0, "dihapus": 0}
    return {
        "nominasi": int(df["nominasi"].fillna(False).astype(bool).sum()),
        "dikonfirmasi": int((df["keputusan"] == "dikonfirmasi").sum()),
        "dihapus": int((df["keputusan"] == "dihapus").sum()),
    }


def kpis(
    people: pd.DataFrame | None,
    units: pd.DataFrame,
    meta: dict[str, Any],
    lang: str,
) -> list[Kpi]:
    """Nominees, confirmed, removed (of the candidates the viewer may see) and the
    data date of the (frozen) data."""
    parts = [p for p in (people, units) if p is not None and not p.empty]
    both = pd.concat(parts, ignore_index=True) if parts else units
    counts = decision_counts(both)
    return [
        Kpi(
            t("penghargaan.kpi.nominasi", lang),
            fmt.fmt_int(counts["nominasi"], lang=lang),
            help=t("penghargaan.kpi.nominasi_help", lang),
        ),
        Kpi(
            t("penghargaan.kpi.dikonfirmasi", lang),
            fmt.fmt_int(counts["dikonfirmasi"], lang=lang),
        ),
        Kpi(
            t("penghargaan.kpi.dihapus", lang),
            fmt.fmt_int(counts["dihapus"], lang=lang),
        ),
        Kpi(
            t("penghargaan.kpi.data", lang),
            _month(meta.get("data_sampai"), lang),
            help=t("penghargaan.kpi.data_help", lang),
        ),
    ]


def _month(value: Any, lang: str) -> str:
    """A month-end data date as 'Oktober 2026' (fits a KPI tile)."""
    if fmt.is_missing(value):
        return fmt.MISSING
    return fmt.period_label(str(value)[:7], lang=lang)


NOMINATION_COLUMNS = (
    "nama", "kelompok", "opd", "keputusan", "peringkat", "nilai", "bukti", "nip",
    "jabatan", "unit", "alasan", "data_sampai",
)  # fmt: skip


def nomination_view(df: pd.DataFrame, aturan: str, lang: str) -> TableView:
    """The candidates of one rule: decision (symbol + word), rank (★ within the
    nomination limit), who, the ranking number, the evidence and any reason."""
    rows = df[df["aturan"] == aturan]
    c = {k: t(f"penghargaan.col.{k}", lang) for k in NOMINATION_COLUMNS}
    # a group column for the sector rule only (one label per group, not per row)
    group = (
        rows["kelompok"].map(
            {k: sector_label(k, lang) for k in rows["kelompok"].unique()}
        )
        if aturan == "capaian_sektor"
        else None
    )
    frame = pd.DataFrame(
        {
            c["keputusan"]: rows["keputusan"].map(lambda k: decision_label(k, lang)),
            c["peringkat"]: [
                f"{'★ ' if bool(n) else ''}{int(p)}"
                for p, n in zip(rows["peringkat"], rows["nominasi"], strict=True)
            ],
            c["nama"]: rows["subjek_nama"],
            c["nip"]: rows["nip"] if "nip" in rows else None,
            c["jabatan"]: [
                unit_kind_label(j, lang) if aturan in UNIT_RULES else j
                for j in rows["jabatan"]
            ],
            c["unit"]: rows["unit_nama"],
            c["opd"]: rows["opd_nama"],
            c["kelompok"]: group,
            c["nilai"]: [value_text(aturan, v, lang) for v in rows["nilai"]],
            c["bukti"]: rows["bukti"],
            c["alasan"]: rows["alasan"].fillna(""),
            c["data_sampai"]: rows["data_sampai"].map(
                lambda d: fmt.fmt_date(d, lang=lang)
            ),
        }
    ).reset_index(drop=True)[[c[k] for k in NOMINATION_COLUMNS]]
    hidden: tuple[str, ...] = (c["data_sampai"],)
    if aturan in UNIT_RULES:  # a unit is its own subject: no NIP, no unit column
        frame = frame.drop(columns=[c["nip"], c["unit"]])
    if aturan != "capaian_sektor":
        frame = frame.drop(columns=[c["kelompok"]])
    return TableView(
        df=frame,
        status_column=c["keputusan"],
        status_codes=pd.Series(
            [DECISION_TINT.get(k, "") for k in rows["keputusan"]], index=frame.index
        ),
        hidden=hidden,
        widths={c["bukti"]: 460, c["nama"]: 220},
        pinned=(c["nama"],),
        row_height=WRAP_ROW_HEIGHT,
    )


def choice_label(row: dict[str, Any], lang: str) -> str:
    """One candidate in the decision picker: '★ 1 · Name · 114,1% · ● Dikonfirmasi'."""
    star = "★ " if bool(row.get("nominasi")) else ""
    parts = [
        f"{star}{int(row['peringkat'])}",
        str(row["subjek_nama"]),
        value_text(str(row["aturan"]), row.get("nilai"), lang),
    ]
    if row["aturan"] == "capaian_sektor":
        parts.insert(1, sector_label(row.get("kelompok"), lang))
    if row["aturan"] == "asn_terbaik" and not fmt.is_missing(row.get("opd_nama")):
        parts.insert(1, str(row["opd_nama"]))
    return " · ".join(parts) + f" · {decision_label(row.get('keputusan'), lang)}"


# --- awardees -------------------------------------------------------------------------


AWARDEE_COLUMNS = ("penghargaan", "nama", "jabatan", "unit", "kutipan")


def awardee_view(awardees: pd.DataFrame, lang: str) -> TableView:
    """Confirmed awardees, announced columns only (safe for every role)."""
    c = {k: t(f"penghargaan.col.{k}", lang) for k in AWARDEE_COLUMNS}
    frame = pd.DataFrame(
        {
            c["penghargaan"]: [
                award_title(a, y, s, lang)
                for a, y, s in zip(
                    awardees["aturan"],
                    awardees["tahun"],
                    awardees["sektor"],
                    strict=True,
                )
            ],
            c["nama"]: awardees["subjek_nama"],
            c["jabatan"]: [
                unit_kind_label(j, lang) if k == "unit" else j
                for j, k in zip(
                    awardees["jabatan"], awardees["subjek_jenis"], strict=True
                )
            ],
            c["unit"]: [
                _place(k, u, o)
                for k, u, o in zip(
                    awardees["subjek_jenis"],
                    awardees["unit_nama"],
                    awardees["opd_nama"],
                    strict=True,
                )
            ],
            c["kutipan"]: awardees["kutipan"],
        }
    )
    return TableView(df=frame, widths={c["kutipan"]: 420}, row_height=WRAP_ROW_HEIGHT)


def _place(kind: Any, unit: Any, opd: Any) -> str:
    """Where the awardee works: a unit's OPD, a person's unit and OPD."""
    return str(opd or "") if kind == "unit" else _unit_line(unit, opd)


def _unit_line(unit: Any, opd: Any) -> str:
    parts = [str(p) for p in (unit, opd) if isinstance(p, str) and p.strip()]
    unique = list(dict.fromkeys(parts))
    return " · ".join(unique)


def history_view(history: pd.DataFrame, lang: str) -> TableView:
    """Every decision, newest first: when, who, what, on which nominee, why."""
    c = {
        k: t(f"penghargaan.col.{k}", lang)
        for k in (
            "waktu",
            "oleh",
            "keputusan",
            "penghargaan",
            "nama",
            "alasan",
            "snapshot",
        )
    }
    frame = pd.DataFrame(
        {
            c["waktu"]: history["decided_at"].map(
                lambda v: fmt.fmt_datetime(local_time(v), lang=lang)
            ),
            c["oleh"]: history["decided_by"] + " (" + history["decided_role"] + ")",
            c["keputusan"]: history["keputusan"].map(lambda k: decision_label(k, lang)),
            c["penghargaan"]: [
                award_title(a, y, s, lang)
                for a, y, s in zip(
                    history["aturan"], history["tahun"], history["sektor"], strict=True
                )
            ],
            c["nama"]: history["subjek_nama"],
            c["alasan"]: history["alasan"].where(
                history["keputusan"] == "dihapus", history["kutipan"]
            ),
            c["snapshot"]: history["snapshot_id"].fillna("–"),
        }
    )
    return TableView(df=frame, widths={c["alasan"]: 380})


def local_time(value: Any) -> Any:
    """An ISO UTC timestamp as Sabang time (WIB, UTC+7) without a zone."""
    if isinstance(value, dt.datetime):
        moment = value
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    wib = dt.timezone(dt.timedelta(hours=7))
    return moment.astimezone(wib).replace(tzinfo=None)


# --- charts, cards and slides ---------------------------------------------------------


@dataclass(frozen=True)
class ChartData:
    """One bar chart, its numbers already rounded as shown everywhere."""

    key: str
    title: str
    subtitle: str
    categories: list[str]
    values: list[float]
    labels: list[str]
    highlight: list[bool]
    axis_title: str
    suffix: str = ""
    decimals: int = 1
    reference: float | None = None
    reference_label: str = ""


@dataclass(frozen=True)
class Card:
    """One awardee as announced."""

    award: str
    name: str
    role: str
    unit: str
    citation: str
    kind: str  # pegawai | unit


@dataclass(frozen=True)
class Slide:
    kind: str  # title | chart | card | closing | empty
    title: str
    subtitle: str = ""
    lines: tuple[str, ...] = ()
    chart: ChartData | None = None
    card: Card | None = None


@dataclass(frozen=True)
class DeckInfo:
    """The event and the data it stands on (title slide, PDF cover, file names)."""

    event: str
    tahun: int
    event_date: dt.date
    snapshot_id: str | None
    snapshot_label: str | None
    data_sampai: Any
    lang: str
    filters: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    created_by: str = "-"

    def data_line(self) -> str:
        return t(
            "penghargaan.slide.data",
            self.lang,
            tanggal=fmt.fmt_date(self.data_sampai, lang=self.lang),
        )

    def snapshot_line(self) -> str:
        if self.snapshot_id:
            return t(
                "penghargaan.slide.snapshot",
                self.lang,
                id=self.snapshot_id,
                label=self.snapshot_label or "",
            )
        return t("penghargaan.slide.langsung", self.lang)

    def file_stem(self) -> str:
        tag = self.snapshot_id or "langsung"
        return f"penghargaan_{self.tahun}_{tag}"


def _rounded(values: pd.Series, decimals: int) -> list[float]:
    """Half away from zero, like fmt.fmt_number, so bars and labels agree."""
    return [
        float(fmt.fmt_number(v, decimals, lang="en").replace(",", "")) for v in values
    ]


def rule_charts(
    units: pd.DataFrame, confirmed: set[tuple[str, str]], tahun: int, lang: str
) -> list[ChartData]:
    """One chart per unit rule (per sector for capaian_sektor): every candidate with
    its ranking number; the confirmed awardees (`confirmed`: (aturan, name))
    highlighted, the nominees while nothing of that chart is confirmed."""
    charts: list[ChartData] = []
    for aturan in UNIT_RULES:
        rows = units[units["aturan"] == aturan]
        groups = (
            list(dict.fromkeys(rows["kelompok"]))
            if aturan == "capaian_sektor"
            else [None]
        )
        for group in groups:
            part = rows if group is None else rows[rows["kelompok"] == group]
            if part.empty:
                continue
            charts.append(_rule_chart(part, aturan, group, confirmed, tahun, lang))
    return charts


def _rule_chart(
    part: pd.DataFrame,
    aturan: str,
    group: Any,
    confirmed: set[tuple[str, str]],
    tahun: int,
    lang: str,
) -> ChartData:
    decimals = DECIMALS[aturan]
    part = part.sort_values(["peringkat", "subjek_nama"])
    chosen = [(aturan, str(n)) in confirmed for n in part["subjek_nama"]]
    if not any(chosen):
        chosen = [bool(n) for n in part["nominasi"]]
    values = _rounded(part["nilai"], decimals)
    reference = {"capaian_sektor": 100.0, "ikm_terbaik": 88.31}.get(aturan)
    return ChartData(
        key=f"{aturan}_{group or 'kota'}",
        title=award_title(aturan, tahun, group, lang),
        subtitle=t(f"penghargaan.grafik.{aturan}", lang, tahun=tahun),
        categories=[str(n) for n in part["subjek_nama"]],
        values=values,
        labels=[value_text(aturan, v, lang) for v in values],
        highlight=chosen,
        axis_title=t(f"penghargaan.sumbu.{aturan}", lang),
        suffix="%" if aturan == "capaian_sektor" else "",
        decimals=decimals,
        reference=reference,
        reference_label=t(f"penghargaan.acuan.{aturan}", lang)
        if reference is not None
        else "",
    )


def sector_chart(sectors: pd.DataFrame, tahun: int, lang: str) -> ChartData | None:
    """Mean attainment of the units of each sector (the briefing's first chart)."""
    if sectors.empty:
        return None
    order = {s: i for i, s in enumerate(config.SECTORS)}
    rows = sectors.assign(_o=sectors["sektor"].map(order)).sort_values("_o")
    values = _rounded(rows["rata_capaian_pct"], 1)
    return ChartData(
        key="sektor",
        title=t("penghargaan.grafik.sektor_judul", lang, tahun=tahun),
        subtitle=t("penghargaan.grafik.sektor", lang),
        categories=[sector_label(s, lang) for s in rows["sektor"]],
        values=values,
        labels=[fmt.fmt_pct(v, 1, lang=lang) for v in values],
        highlight=[False] * len(values),
        axis_title=t("penghargaan.sumbu.capaian_sektor", lang),
        suffix="%",
        decimals=1,
        reference=100.0,
        reference_label=t("penghargaan.acuan.capaian_sektor", lang),
    )


def cards(awardees: pd.DataFrame, lang: str) -> list[Card]:
    """The confirmed awardees as cards, in rule order."""
    out = []
    for row in awardees.to_dict("records"):
        kind = str(row["subjek_jenis"])
        role = (
            unit_kind_label(row["jabatan"], lang)
            if kind == "unit"
            else str(row["jabatan"] or "")
        )
        unit = _place(kind, row["unit_nama"], row["opd_nama"])
        out.append(
            Card(
                award=award_title(row["aturan"], row["tahun"], row["sektor"], lang),
                name=str(row["subjek_nama"]),
                role=role,
                unit=unit,
                citation=str(row["kutipan"] or ""),
                kind=kind,
            )
        )
    return out


def build_slides(
    info: DeckInfo,
    charts: list[ChartData],
    deck_cards: list[Card],
    *,
    public: bool = False,
) -> list[Slide]:
    """Title, the charts (none for the public role), one card per awardee, closing.
    `public`: the title and closing slides carry the date only (no data date or
    snapshot: the public view reads the announced awardees, not the warehouse)."""
    lang = info.lang
    data_lines = () if public else (info.data_line(), info.snapshot_line())
    slides = [
        Slide(
            kind="title",
            title=info.event,
            subtitle=t("penghargaan.slide.kota", lang),
            lines=(fmt.fmt_date(info.event_date, lang=lang), *data_lines),
        )
    ]
    slides += [
        Slide(kind="chart", title=c.title, subtitle=c.subtitle, chart=c) for c in charts
    ]
    if deck_cards:
        slides += [
            Slide(kind="card", title=card.award, card=card) for card in deck_cards
        ]
    else:
        slides.append(
            Slide(
                kind="empty",
                title=t("penghargaan.slide.belum", lang),
                subtitle=t("penghargaan.slide.belum_rinci", lang),
            )
        )
    slides.append(
        Slide(
            kind="closing",
            title=t("penghargaan.slide.terima_kasih", lang),
            subtitle=t("penghargaan.slide.kota", lang),
            lines=data_lines,
        )
    )
    return slides


def confirmed_names(awardees: pd.DataFrame) -> set[tuple[str, str]]:
    """(aturan, name) of the confirmed awardees (announced data, every role)."""
    return set(
        zip(awardees["aturan"], awardees["subjek_nama"].astype(str), strict=True)
    )


# --- the briefing's tables ------------------------------------------------------------


def formatted_rows(
    view: TableView, columns: list[str] | None = None
) -> list[list[str]]:
    """The cells of a TableView as the page shows them (formats and per-row formats
    applied), for the PDF briefing."""
    frame = view.df
    keep = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    out: list[list[str]] = []
    for index in frame.index:
        cells = []
        for column in keep:
            value = frame.at[index, column]
            formatter = view.formats.get(column)
            for mask, formats in view.row_formats:
                if bool(mask.get(index, False)) and column in formats:
                    formatter = formats[column]
            if formatter is not None:
                text = formatter(value)
            else:
                text = fmt.MISSING if fmt.is_missing(value) else str(value)
            cells.append(text)
        out.append(cells)
    return out
