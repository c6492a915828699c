"""View models of Peringatan Dini (pure pandas, no st.*).

- Watch list: the flags of mart_flags with their follow-up actions attached (by the
  stable flag key), filtered by signal, severity, persistence and follow-up state, and
  shaped into a `TableView` whose every row says who, what, how bad (symbol + word,
  never colour alone), since when, why, and, for resistance, each component with its
  value and threshold.
- Movement: for each action, the flagged subject's state before and after the day the
  action was recorded, from the warehouse: is the flag still on, did the severity
  change, and did the measure move (a person's predikat score; a unit's attainment).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import actions, i18n
from dashboard import formatting as fmt
from dashboard.actions import FLAG_KEY, WIB
from dashboard.i18n import t
from dashboard.tables import Kpi, TableView, _int

SIGNALS = (
    "kinerja_rendah",
    "stagnasi_pegawai",
    "resistensi",
    "stagnasi_unit",
    "ketidaksesuaian_hasil",
)
SEVERITIES = ("tinggi", "sedang", "rendah")
SEVERITY_RANK = {"rendah": 1, "sedang": 2, "tinggi": 3}
SEVERITY_SYMBOLS = {"tinggi": "●●●", "sedang": "●●○", "rendah": "●○○"}
# Table tint per severity (config.STATUS_TINTS keys; the text carries the meaning).
SEVERITY_TINT = {"tinggi": "tidak_tercapai", "sedang": "mendekati", "rendah": "x"}
STATUS_SYMBOLS = {
    "direncanakan": "○",
    "berjalan": "◐",
    "selesai": "●",
    "dibatalkan": "✖",
}
MOVEMENTS = ("membaik", "belum_berubah", "memburuk", "belum_ada_data")
MOVEMENT_SYMBOLS = {
    "membaik": "▲",
    "belum_berubah": "◆",
    "memburuk": "▼",
    "belum_ada_data": "…",
}
FOLLOW_UP_FILTERS = ("semua", "ada", "tanpa", "terlambat")
# Streamlit's grid wraps long text only in rows taller than 4rem (64 px): three lines.
WRAP_ROW_HEIGHT = 72
# A unit's mean attainment must move by more than this (percentage points) to count
# as better or worse after an action.
ATTAINMENT_TOLERANCE_PP = 1.0
_GAPS = re.compile(r"terbuka:\s*(\d+)")
_MONTHS = re.compile(r"dalam\s+(\d+)\s+bulan")


# --- labels ---------------------------------------------------------------------------


def signal_label(code: Any, lang: str) -> str:
    return t(f"peringatan.sinyal.{code}", lang) if code in SIGNALS else str(code)


def severity_label(code: Any, lang: str) -> str:
    """'tinggi' -> '●●● Tinggi' (symbol + word)."""
    if code not in SEVERITY_SYMBOLS:
        return fmt.MISSING
    return f"{SEVERITY_SYMBOLS[code]} {t(f'peringatan.keparahan.{code}', lang)}"


def status_label(code: Any, lang: str) -> str:
    """'berjalan' -> '◐ Berjalan'."""
    if code not in STATUS_SYMBOLS:
        return fmt.MISSING
    return f"{STATUS_SYMBOLS[code]} {t(f'peringatan.status.{code}', lang)}"


def jenis_label(code: Any, lang: str) -> str:
    return t(f"peringatan.jenis.{code}", lang) if code in actions.JENIS else str(code)


def movement_label(code: Any, lang: str) -> str:
    """'membaik' -> '▲ Membaik'."""
    if code not in MOVEMENT_SYMBOLS:
        return fmt.MISSING
    return f"{MOVEMENT_SYMBOLS[code]} {t(f'peringatan.gerak.{code}', lang)}"


def _labels(lang: str, *keys: str) -> dict[str, str]:
    return {k: t(f"peringatan.col.{k}", lang) for k in keys}


def _text(value: Any) -> str:
    return "" if fmt.is_missing(value) else str(value)


# --- components -----------------------------------------------------------------------


def parse_components(komponen: Any) -> list[dict[str, Any]]:
    """mart_flags.komponen (JSON text) as a list of dicts; [] when absent or broken."""
    if fmt.is_missing(komponen) or not str(komponen).strip():
        return []
    try:
        parsed = json.loads(str(komponen))
    except json.JSONDecodeError:
        return []
    return (
        [p for p in parsed if isinstance(p, dict)] if isinstance(parsed, list) else []
    )


def _num(value: Any, lang: str, decimals: int = 0) -> str:
    return fmt.fmt_number(value, decimals, lang=lang)


def _resistance_value(part: dict[str, Any], lang: str) -> tuple[str, str]:
    """(value, threshold) of one resistance component, in words."""
    code, value, limit = part.get("komponen"), part.get("nilai"), part.get("ambang")
    if code in ("laporan", "penilaian_diri"):
        shown = t(
            "peringatan.komp.dari",
            lang,
            n=_num(value, lang),
            dari=_num(part.get("dari"), lang),
        )
        return shown, t("peringatan.komp.ambang_min", lang, n=_num(limit, lang))
    if code == "jp_nol":
        uraian = str(part.get("uraian") or "")
        gaps = _GAPS.search(uraian)
        months = _MONTHS.search(uraian)
        shown = t(
            "peringatan.komp.jp_nilai",
            lang,
            jp=_num(value, lang, 1),
            bulan=months.group(1) if months else "12",
            gap=gaps.group(1) if gaps else fmt.MISSING,
        )
        return shown, t("peringatan.komp.jp_ambang", lang, n=_num(limit, lang))
    if code == "adaptif_turun":
        shown = t("peringatan.komp.adaptif_nilai", lang, n=_num(value, lang, 2))
        return shown, t("peringatan.komp.ambang_min", lang, n=_num(limit, lang, 1))
    return _num(value, lang, 1), _num(limit, lang, 1)


def _active_label(active: Any, lang: str) -> str:
    key = "peringatan.komp.aktif" if bool(active) else "peringatan.komp.tidak_aktif"
    return t(key, lang)


def component_table(sinyal: Any, komponen: Any, lang: str) -> pd.DataFrame:
    """The detail of a flag's components: for resistance each component with value,
    threshold and whether it fired; for unit stagnation each flat indicator."""
    parts = parse_components(komponen)
    if sinyal == "resistensi":
        c = _labels(lang, "komponen", "nilai", "ambang", "aktif")
        rows = []
        for part in parts:
            value, limit = _resistance_value(part, lang)
            rows.append(
                {
                    c["komponen"]: t(f"peringatan.komp.{part.get('komponen')}", lang),
                    c["nilai"]: value,
                    c["ambang"]: limit,
                    c["aktif"]: _active_label(part.get("aktif"), lang),
                }
            )
        return pd.DataFrame(rows, columns=list(c.values()))
    if sinyal == "stagnasi_unit":
        c = _labels(lang, "indikator", "capaian", "kemiringan", "n_periode")
        rows = [
            {
                c["indikator"]: f"{p.get('kode_indikator')} · {p.get('nama') or ''}",
                c["capaian"]: fmt.fmt_pct(p.get("capaian_pct"), 1, lang=lang),
                c["kemiringan"]: fmt.fmt_signed(p.get("kemiringan"), 2, lang=lang),
                c["n_periode"]: _num(p.get("n_periode"), lang),
            }
            for p in parts
        ]
        return pd.DataFrame(rows, columns=list(c.values()))
    return pd.DataFrame()


def component_summary(sinyal: Any, komponen: Any, lang: str) -> str:
    """One line for the watch list: '● Laporan terlambat 5/6 (≥ 3) · ○ ...' for
    resistance (● fired, ○ not), the flat indicators for unit stagnation."""
    parts = parse_components(komponen)
    if sinyal == "resistensi":
        items = []
        for part in parts:
            symbol = "●" if part.get("aktif") else "○"
            name = t(f"peringatan.komp_singkat.{part.get('komponen')}", lang)
            value, limit = _resistance_value(part, lang)
            items.append(f"{symbol} {name}: {value} ({limit})")
        return " · ".join(items)
    if sinyal == "stagnasi_unit":
        return " · ".join(
            f"{p.get('kode_indikator')} "
            f"{fmt.fmt_pct(p.get('capaian_pct'), 1, lang=lang)} "
            f"({fmt.fmt_signed(p.get('kemiringan'), 2, lang=lang)}/"
            f"{t('peringatan.per_periode', lang)})"
            for p in parts
        )
    return ""


# --- actions on the watch list --------------------------------------------------------


def flag_key(row: Any) -> str:
    """The flag's stable key as one string (for pickers and joins)."""
    return "|".join(_text(row[k]) for k in FLAG_KEY)


def flag_keys(df: pd.DataFrame) -> pd.Series:
    """flag_key of every row, vectorised."""
    if df.empty:
        return pd.Series([], index=df.index, dtype=object)
    parts = [df[k].astype("string").fillna("") for k in FLAG_KEY]
    return (parts[0] + "|" + parts[1] + "|" + parts[2] + "|" + parts[3]).astype(object)


def _main_action(rows: pd.DataFrame) -> pd.Series:
    """The action a meeting looks at first: an overdue one, else the open one due
    soonest, else the latest closed one."""
    ranked = rows.assign(
        _open=~rows["status"].isin(actions.CLOSED),
        _late=rows["terlambat"].astype(bool),
    ).sort_values(
        ["_late", "_open", "tenggat", "id"],
        ascending=[False, False, True, False],
        kind="stable",
    )
    return ranked.iloc[0]


def run_keys(acts: pd.DataFrame, flags: pd.DataFrame) -> pd.Series:
    """The flag key each action belongs to. Normally its own key; but when older
    periods were imported later and a run now starts earlier, the action belongs to
    the flag of the same subject, signal and series whose run (first period to the
    flag's period) contains the action's first period."""
    keys = flag_keys(acts)
    known = set(flag_keys(flags))
    for index in acts.index[~keys.isin(known)]:
        action = acts.loc[index]
        start = actions.period_end(action["pertama_muncul"])
        series = _series(action["subjek_jenis"], action["pertama_muncul"])
        same = flags[
            (flags["subjek_jenis"] == action["subjek_jenis"])
            & (flags["subjek_kode"] == action["subjek_kode"])
            & (flags["sinyal"] == action["sinyal"])
        ]
        for flag in same.to_dict("records"):
            first = actions.period_end(flag["pertama_muncul"])
            last = actions.period_end(flag["periode"])
            if (
                start is not None
                and first is not None
                and last is not None
                and _series(flag["subjek_jenis"], flag["periode"]) == series
                and first <= start <= last
            ):
                keys[index] = flag_key(flag)
                break
    return keys


def attach_actions(flags: pd.DataFrame, acts: pd.DataFrame) -> pd.DataFrame:
    """Each flag with its follow-up: n_tindakan (all actions), ada_tindakan (any not
    cancelled), and the main action's status, owner, due date and whether any open
    action of the flag is overdue."""
    out = flags.copy()
    out["kunci"] = flag_keys(out)
    empty: dict[str, Any] = {
        "n_tindakan": 0,
        "ada_tindakan": False,
        "tl_status": None,
        "tl_pemilik": None,
        "tl_tenggat": None,
        "tl_terlambat": False,
    }
    summary: dict[str, dict[str, Any]] = {}
    if len(acts):
        keyed = acts.assign(kunci=run_keys(acts, out))
        for key, rows in keyed.groupby("kunci", sort=False):
            main = _main_action(rows)
            summary[str(key)] = {
                "n_tindakan": len(rows),
                "ada_tindakan": bool((rows["status"] != "dibatalkan").any()),
                "tl_status": main["status"],
                "tl_pemilik": main["pemilik"],
                "tl_tenggat": actions.as_date(main["tenggat"]),
                "tl_terlambat": bool(rows["terlambat"].any()),
            }
    for column in empty:
        out[column] = [summary.get(k, empty)[column] for k in out["kunci"]]
    out["n_tindakan"] = out["n_tindakan"].astype(int)
    out["ada_tindakan"] = out["ada_tindakan"].astype(bool)
    out["tl_terlambat"] = out["tl_terlambat"].astype(bool)
    return out


@dataclass(frozen=True)
class Filters:
    sinyal: tuple[str, ...] = SIGNALS
    min_keparahan: str = "sedang"
    min_lama: int = 1
    tindak: str = "semua"


def _kept(df: pd.DataFrame, filters: Filters) -> tuple[pd.Series, pd.Series]:
    """Rows passing the signal, severity and persistence filters; severity ranks."""
    floor = SEVERITY_RANK.get(filters.min_keparahan, 1)
    rank = df["keparahan"].map(SEVERITY_RANK).fillna(0)
    keep = (
        df["sinyal"].isin(filters.sinyal)
        & (rank >= floor)
        & (df["lama_periode"].fillna(0) >= filters.min_lama)
    )
    return keep, rank


def filter_counts(counts: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The flag counts (queries_flags.flag_counts) that the list's signal, severity
    and persistence filters keep. The follow-up filter needs each flag's actions:
    it applies to one OPD's list."""
    if counts.empty:
        return counts
    keep, _ = _kept(counts, filters)
    return counts[keep]


def filter_flags(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Apply the watch-list filters and sort: most severe, longest-running first."""
    if df.empty:
        return df
    keep, rank = _kept(df, filters)
    if filters.tindak == "ada":
        keep &= df["ada_tindakan"]
    elif filters.tindak == "tanpa":
        keep &= ~df["ada_tindakan"]
    elif filters.tindak == "terlambat":
        keep &= df["tl_terlambat"]
    order = {s: i for i, s in enumerate(SIGNALS)}
    return (
        df[keep]
        .assign(
            _rank=rank[keep],
            _order=df.loc[keep, "sinyal"].map(order),
        )
        .sort_values(
            ["_rank", "lama_periode", "_order", "subjek_nama", "subjek_kode"],
            ascending=[False, False, True, True, True],
            kind="stable",
        )
        .drop(columns=["_rank", "_order"])
    )


def _weights(flags: pd.DataFrame) -> pd.Series:
    """How many flags each row stands for: 1 in a list of flags, ``n`` in the counts
    of queries_flags.flag_counts."""
    if "n" in flags.columns:
        return flags["n"].fillna(0).astype(int)
    return pd.Series(1, index=flags.index, dtype=int)


def count_flags(flags: pd.DataFrame, sinyal: str, keparahan: str | None = None) -> int:
    """Flags of one signal (and severity) in a list of flags or in flag counts."""
    if flags.empty:
        return 0
    keep = flags["sinyal"] == sinyal
    if keparahan is not None:
        keep &= flags["keparahan"] == keparahan
    return int(_weights(flags)[keep].sum())


def signal_kpis(flags: pd.DataFrame, lang: str) -> list[Kpi]:
    """Flags per signal, with the rule and the severity split on hover (a list of
    flags, or the counts per OPD, signal and severity)."""
    kpis = []
    for code in SIGNALS:
        split = " · ".join(
            f"{t(f'peringatan.keparahan.{s}', lang)} "
            f"{fmt.fmt_int(count_flags(flags, code, s), lang=lang)}"
            for s in SEVERITIES
        )
        kpis.append(
            Kpi(
                label=t(f"peringatan.sinyal_singkat.{code}", lang),
                value=fmt.fmt_int(count_flags(flags, code), lang=lang),
                help=t(f"peringatan.sinyal_help.{code}", lang) + " " + split,
            )
        )
    return kpis


def opd_counts_view(counts: pd.DataFrame, lang: str) -> TableView:
    """One row per OPD, most flags first: all flags, those of severity sedang or
    above, and the flags of each signal (numbers with thousands separators)."""
    if counts.empty:
        return TableView(pd.DataFrame())
    weight = _weights(counts)
    serious = (
        counts["keparahan"].map(SEVERITY_RANK).fillna(0) >= SEVERITY_RANK["sedang"]
    )
    frame = counts.assign(
        _n=weight, _serius=weight.where(serious, 0), _opd=counts["opd_nama"].fillna("–")
    )
    per_signal = frame.pivot_table(
        index="_opd", columns="sinyal", values="_n", aggfunc="sum", fill_value=0
    )
    totals = frame.groupby("_opd")[["_n", "_serius"]].sum()
    out = (
        totals.join(per_signal)
        .fillna(0)
        .sort_values(["_n", "_serius"], ascending=False)
    )
    columns = {
        "_n": t("peringatan.opd.jumlah", lang),
        "_serius": t("peringatan.opd.serius", lang),
        **{s: t(f"peringatan.sinyal_singkat.{s}", lang) for s in SIGNALS},
    }
    out = out.reindex(columns=list(columns), fill_value=0).astype(int)
    out = out.rename(columns=columns).reset_index(names=t("peringatan.opd.opd", lang))
    opd = t("peringatan.opd.opd", lang)
    return TableView(
        out,
        formats={c: _int(lang) for c in columns.values()},
        pinned=(opd,),
        widths={opd: "large"},
    )


def follow_up_kpis(flags: pd.DataFrame, acts: pd.DataFrame, lang: str) -> list[Kpi]:
    """Flags with a follow-up, serious flags without one, open and overdue actions."""
    n = len(flags)
    with_action = int(flags["ada_tindakan"].sum()) if n else 0
    serious = flags["keparahan"].map(SEVERITY_RANK).fillna(0) >= 2 if n else []
    untouched = int((serious & ~flags["ada_tindakan"]).sum()) if n else 0
    open_acts = int((~acts["status"].isin(actions.CLOSED)).sum()) if len(acts) else 0
    late = int(acts["terlambat"].sum()) if len(acts) else 0

    def number(value: int) -> str:
        return fmt.fmt_int(value, lang=lang)

    return [
        Kpi(
            label=t("peringatan.kpi.ditindaklanjuti", lang),
            value=number(with_action),
            help=t(
                "peringatan.kpi.ditindaklanjuti_help",
                lang,
                n=number(with_action),
                dari=number(n),
            ),
        ),
        Kpi(
            label=t("peringatan.kpi.tanpa", lang),
            value=number(untouched),
            help=t("peringatan.kpi.tanpa_help", lang),
        ),
        Kpi(
            label=t("peringatan.kpi.terbuka", lang),
            value=number(open_acts),
            help=t("peringatan.kpi.terbuka_help", lang),
        ),
        Kpi(
            label=t("peringatan.kpi.terlambat", lang),
            value=number(late),
            help=t("peringatan.kpi.terlambat_help", lang),
        ),
    ]


def watch_view(df: pd.DataFrame, lang: str) -> TableView:
    """The watch list table (also the XLSX for follow-up meetings: NIP as text)."""
    c = _labels(
        lang,
        "subjek",
        "nip",
        "sinyal",
        "keparahan",
        "alasan",
        "komponen",
        "sejak",
        "lama",
        "tindak_lanjut",
        "pemilik",
        "tenggat",
        "terlambat",
        "opd",
        "unit",
        "periode",
    )
    people = df["subjek_jenis"] == "pegawai"
    view = pd.DataFrame(
        {
            c["subjek"]: df["subjek_nama"].fillna(df["subjek_kode"]).astype(str),
            c["nip"]: df["subjek_kode"].where(people, None),
            c["sinyal"]: [signal_label(s, lang) for s in df["sinyal"]],
            c["keparahan"]: [severity_label(s, lang) for s in df["keparahan"]],
            c["alasan"]: df["alasan"],
            c["komponen"]: [
                component_summary(s, k, lang)
                for s, k in zip(df["sinyal"], df["komponen"], strict=True)
            ],
            c["sejak"]: [
                fmt.period_label(p, lang=lang, short=True) for p in df["pertama_muncul"]
            ],
            c["lama"]: df["lama_periode"].astype("Int64"),
            c["tindak_lanjut"]: [
                _follow_up_text(s, n, lang)
                for s, n in zip(df["tl_status"], df["n_tindakan"], strict=True)
            ],
            c["pemilik"]: df["tl_pemilik"],
            c["tenggat"]: df["tl_tenggat"],
            c["terlambat"]: [
                t("peringatan.terlambat", lang) if late else ""
                for late in df["tl_terlambat"]
            ],
            c["opd"]: df["opd_nama"],
            c["unit"]: df["unit_kerja"],
            c["periode"]: [
                fmt.period_label(p, lang=lang, short=True) for p in df["periode"]
            ],
        }
    ).reset_index(drop=True)
    codes = df["keparahan"].map(SEVERITY_TINT).reset_index(drop=True)
    return TableView(
        df=view,
        formats={c["tenggat"]: lambda v: fmt.fmt_date(v, lang=lang)},
        status_column=c["keparahan"],
        status_codes=codes,
        widths={
            c["subjek"]: 190,
            c["nip"]: 150,
            c["sinyal"]: 150,
            c["keparahan"]: 95,
            c["alasan"]: 420,
            c["komponen"]: 380,
        },
        pinned=(c["subjek"],),
        row_height=WRAP_ROW_HEIGHT,
    )


def _follow_up_text(status: Any, n: Any, lang: str) -> str:
    if fmt.is_missing(status) or not n:
        return t("peringatan.tl_belum", lang)
    label = status_label(status, lang)
    return label if int(n) == 1 else f"{label} (+{int(n) - 1})"


def flag_facts(row: Any, lang: str) -> str:
    """'●●● Tinggi · Kinerja rendah · Dinas X / Unit Y · Des 2025 · 8 periode sejak
    Mei 2025'."""
    where = " / ".join(
        dict.fromkeys(
            x for x in (_text(row["opd_nama"]), _text(row["unit_kerja"])) if x
        )
    )
    return " · ".join(
        part
        for part in (
            severity_label(row["keparahan"], lang),
            signal_label(row["sinyal"], lang),
            where,
            fmt.period_label(row["periode"], lang=lang),
            t(
                "peringatan.lama_sejak",
                lang,
                n=fmt.fmt_int(row["lama_periode"], lang=lang),
                periode=fmt.period_label(row["pertama_muncul"], lang=lang),
            ),
        )
        if part
    )


def flag_option(row: Any, lang: str) -> str:
    """A picker label: '●●● Nama (NIP) · Kinerja rendah · sejak Mei 2025'."""
    who = _text(row["subjek_nama"]) or _text(row["subjek_kode"])
    if row["subjek_jenis"] == "pegawai":
        who = f"{who} ({row['subjek_kode']})"
    since = fmt.period_label(row["pertama_muncul"], lang=lang, short=True)
    return (
        f"{SEVERITY_SYMBOLS.get(row['keparahan'], '')} {who} · "
        f"{signal_label(row['sinyal'], lang)} · "
        f"{t('peringatan.sejak', lang, periode=since)}"
    )


# --- movement after an action ---------------------------------------------------------


def _action_day(created_at: Any) -> dt.date:
    """The day (WIB) an action was recorded, from its UTC timestamp."""
    moment = dt.datetime.fromisoformat(str(created_at))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(WIB).date()


def _series(subjek_jenis: str, periode: Any) -> str:
    """Which run of flags a period belongs to: people have a periodic and an annual
    series; units one per period type."""
    label = str(periode)
    if len(label) == 4:
        return "tahunan"
    if subjek_jenis == "pegawai":
        return "periodik"
    return (
        "triwulanan" if "-Q" in label else "semesteran" if "-S" in label else "bulanan"
    )


def _days(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.date


@dataclass(frozen=True)
class Movement:
    gerak: str  # one of MOVEMENTS
    sebelum: str  # the measure before, in words with its period
    sesudah: str  # the measure after
    tanda: str  # the flag after the action: on (with severity) / ended / unknown


def _split(rows: pd.DataFrame, day: dt.date) -> tuple[pd.DataFrame, pd.DataFrame]:
    if rows.empty:
        return rows, rows
    ends = _days(rows["periode_selesai"])
    return rows[ends <= day], rows[ends > day]


def _person_measure(rows: pd.DataFrame, lang: str) -> tuple[float | None, str]:
    if rows.empty:
        return None, fmt.MISSING
    last = rows.iloc[-1]
    period = fmt.period_label(last["periode"], lang=lang, short=True)
    return float(last["skor_predikat"]), f"{last['predikat_kinerja']} ({period})"


def _unit_measure(
    before: pd.DataFrame, after: pd.DataFrame, lang: str
) -> tuple[float | None, float | None, str, str]:
    """Mean attainment over indicators with a value on both sides of the action."""
    if before.empty or after.empty:
        return None, None, fmt.MISSING, fmt.MISSING
    first = before.groupby("kode_indikator").tail(1).set_index("kode_indikator")
    last = after.groupby("kode_indikator").tail(1).set_index("kode_indikator")
    both = first.index.intersection(last.index)
    if both.empty:
        return None, None, fmt.MISSING, fmt.MISSING
    old, new = first.loc[both], last.loc[both]

    def words(side: pd.DataFrame) -> str:
        period = fmt.period_label(side["periode"].iloc[-1], lang=lang, short=True)
        return t(
            "peringatan.gerak.capaian",
            lang,
            pct=fmt.fmt_pct(side["capaian_pct"].mean(), 1, lang=lang),
            n=fmt.fmt_int(len(side), lang=lang),
            periode=period,
        )

    return (
        float(old["capaian_pct"].mean()),
        float(new["capaian_pct"].mean()),
        words(old),
        words(new),
    )


def assess(
    action: Any,
    flags: pd.DataFrame,
    predikat: pd.DataFrame,
    attainment: pd.DataFrame,
    lang: str,
) -> Movement:
    """Did the flagged subject move after the day the action was recorded?

    - no evaluated period of the flag's series ends after that day:
      belum_ada_data;
    - the flag is off in the latest evaluated period after it: membaik;
    - else the severity (now vs the last flagged period up to that day), then the
      measure (predikat score; mean attainment, ±ATTAINMENT_TOLERANCE_PP) decide
      membaik / memburuk; otherwise belum_berubah.
    """
    day = _action_day(action["created_at"])
    jenis, kode, sinyal = (
        action["subjek_jenis"],
        action["subjek_kode"],
        action["sinyal"],
    )
    series = _series(jenis, action["pertama_muncul"])
    mine = flags[(flags["subjek_kode"] == kode) & (flags["sinyal"] == sinyal)]
    mine = mine[[_series(jenis, p) == series for p in mine["periode"]]]
    flag_before, flag_after = _split(mine, day)
    now_on = flag_after[flag_after["terkini"].astype(bool)]
    if jenis == "pegawai":
        rows = predikat[predikat["nip"] == kode]
        rows = rows[[_series(jenis, p) == series for p in rows["periode"]]]
        before, after = _split(rows, day)
        old, old_text = _person_measure(before, lang)
        new, new_text = _person_measure(after, lang)
        tolerance = 0.0
    else:
        rows = attainment[attainment["unit_kode"] == kode]
        rows = rows[[_series(jenis, p) == series for p in rows["periode"]]]
        if sinyal == "stagnasi_unit" and not flag_before.empty:
            flat = {
                p.get("kode_indikator")
                for p in parse_components(flag_before["komponen"].iloc[-1])
            }
            rows = rows[rows["kode_indikator"].isin(flat)] if flat else rows
        before, after = _split(rows, day)
        old, new, old_text, new_text = _unit_measure(before, after, lang)
        tolerance = ATTAINMENT_TOLERANCE_PP
    if after.empty:
        tanda = t("peringatan.tanda.tidak_diketahui", lang)
        return Movement("belum_ada_data", old_text, new_text, tanda)
    if now_on.empty:
        return Movement(
            "membaik", old_text, new_text, t("peringatan.tanda.berakhir", lang)
        )
    severity_now = now_on["keparahan"].iloc[-1]
    tanda = t(
        "peringatan.tanda.aktif", lang, keparahan=severity_label(severity_now, lang)
    )
    was = (
        flag_before["keparahan"].iloc[-1]
        if not flag_before.empty
        else action["keparahan_tanda"]
    )
    change = SEVERITY_RANK.get(severity_now, 0) - SEVERITY_RANK.get(was, 0)
    if change < 0:
        return Movement("membaik", old_text, new_text, tanda)
    if change > 0:
        return Movement("memburuk", old_text, new_text, tanda)
    if old is not None and new is not None:
        if new > old + tolerance:
            return Movement("membaik", old_text, new_text, tanda)
        if new < old - tolerance:
            return Movement("memburuk", old_text, new_text, tanda)
    return Movement("belum_berubah", old_text, new_text, tanda)


def with_movement(
    acts: pd.DataFrame,
    flags: pd.DataFrame,
    predikat: pd.DataFrame,
    attainment: pd.DataFrame,
    lang: str,
) -> pd.DataFrame:
    """The actions with gerak, sebelum, sesudah and tanda_sesudah columns."""
    out = acts.copy()
    found = [
        assess(row, flags, predikat, attainment, lang) for _, row in acts.iterrows()
    ]
    out["gerak"] = [m.gerak for m in found]
    out["sebelum"] = [m.sebelum for m in found]
    out["sesudah"] = [m.sesudah for m in found]
    out["tanda_sesudah"] = [m.tanda for m in found]
    return out


def actions_view(df: pd.DataFrame, lang: str) -> TableView:
    """The follow-up register: every action with its status and what moved since."""
    c = _labels(
        lang,
        "subjek",
        "nip",
        "sinyal",
        "jenis",
        "status",
        "terlambat",
        "gerak",
        "sebelum",
        "sesudah",
        "tanda_sesudah",
        "pemilik",
        "tenggat",
        "catatan_terakhir",
        "dicatat",
        "oleh",
        "sejak",
    )
    people = df["subjek_jenis"] == "pegawai"
    view = pd.DataFrame(
        {
            c["subjek"]: df["subjek_nama"].where(
                df["subjek_nama"].astype(str).str.len() > 0, df["subjek_kode"]
            ),
            c["nip"]: df["subjek_kode"].where(people, None),
            c["sinyal"]: [signal_label(s, lang) for s in df["sinyal"]],
            c["jenis"]: [jenis_label(j, lang) for j in df["jenis"]],
            c["status"]: [status_label(s, lang) for s in df["status"]],
            c["terlambat"]: [
                t("peringatan.terlambat", lang) if late else ""
                for late in df["terlambat"]
            ],
            c["gerak"]: [movement_label(g, lang) for g in df["gerak"]],
            c["sebelum"]: df["sebelum"],
            c["sesudah"]: df["sesudah"],
            c["tanda_sesudah"]: df["tanda_sesudah"],
            c["pemilik"]: df["pemilik"],
            c["tenggat"]: [actions.as_date(d) for d in df["tenggat"]],
            c["catatan_terakhir"]: df["catatan"],
            c["dicatat"]: [_action_day(a) for a in df["created_at"]],
            c["oleh"]: [
                _who(u, r, lang)
                for u, r in zip(df["created_by"], df["created_role"], strict=True)
            ],
            c["sejak"]: [
                fmt.period_label(p, lang=lang, short=True) for p in df["pertama_muncul"]
            ],
        }
    ).reset_index(drop=True)
    day = lambda v: fmt.fmt_date(v, lang=lang)  # noqa: E731
    return TableView(
        df=view,
        formats={c["tenggat"]: day, c["dicatat"]: day},
        widths={
            c["subjek"]: 190,
            c["nip"]: 150,
            c["jenis"]: 130,
            c["status"]: 130,
            c["terlambat"]: 110,
            c["catatan_terakhir"]: 320,
            c["sebelum"]: 200,
            c["sesudah"]: 200,
            c["gerak"]: 180,
        },
        pinned=(c["subjek"],),
        row_height=WRAP_ROW_HEIGHT,
    )


def flag_actions_view(df: pd.DataFrame, lang: str) -> TableView:
    """The actions already recorded on one flag (short form, beside its detail)."""
    c = _labels(lang, "jenis", "pemilik", "tenggat", "status", "terlambat", "catatan")
    view = pd.DataFrame(
        {
            c["jenis"]: [jenis_label(j, lang) for j in df["jenis"]],
            c["pemilik"]: df["pemilik"],
            c["tenggat"]: [
                fmt.fmt_date(actions.as_date(d), lang=lang) for d in df["tenggat"]
            ],
            c["status"]: [status_label(s, lang) for s in df["status"]],
            c["terlambat"]: [
                t("peringatan.terlambat", lang) if late else ""
                for late in df["terlambat"]
            ],
            c["catatan"]: df["catatan"],
        }
    ).reset_index(drop=True)
    return TableView(df=view)


def _who(user: Any, role: Any, lang: str) -> str:
    """'demo (Kepala OPD)': the account and its role when the action was written."""
    key = f"role.{role}"
    return f"{user} ({t(key, lang) if i18n.has(key) else role})"


def _change_value(field: str, value: str, lang: str) -> str:
    if field == "status":
        return status_label(value, lang)
    if field == "tenggat":
        return fmt.fmt_date(actions.as_date(value), lang=lang)
    return value


def _detail_text(detail: Any, lang: str) -> str:
    """'status: direncanakan -> berjalan' -> ': status ○ Direncanakan → ◐ Berjalan'."""
    if fmt.is_missing(detail) or not str(detail).strip():
        return ""
    parts = []
    for item in str(detail).split("; "):
        field, _, change = item.partition(": ")
        old, _, new = change.partition(" -> ")
        name = (
            t(f"peringatan.field.{field}", lang) if field in actions.FIELDS else field
        )
        parts.append(
            f"{name} {_change_value(field, old, lang)} → "
            f"{_change_value(field, new, lang)}"
        )
    return ": " + "; ".join(parts)


def history_view(df: pd.DataFrame, lang: str) -> TableView:
    """Who changed what and when on one action, oldest first."""
    c = _labels(lang, "waktu", "oleh", "perubahan", "status", "tenggat", "catatan")
    view = pd.DataFrame(
        {
            c["waktu"]: [
                fmt.fmt_datetime(
                    dt.datetime.fromisoformat(str(a)).astimezone(WIB), lang=lang
                )
                for a in df["at"]
            ],
            c["oleh"]: [
                _who(u, r, lang)
                for u, r in zip(df["user_name"], df["role"], strict=True)
            ],
            c["perubahan"]: [
                t(f"peringatan.riwayat.{ch}", lang) + _detail_text(d, lang)
                for ch, d in zip(df["change"], df["detail"], strict=True)
            ],
            c["status"]: [status_label(s, lang) for s in df["status"]],
            c["tenggat"]: [actions.as_date(d) for d in df["tenggat"]],
            c["catatan"]: df["catatan"],
        }
    )
    return TableView(
        df=view,
        formats={c["tenggat"]: lambda v: fmt.fmt_date(v, lang=lang)},
        widths={c["catatan"]: "large"},
    )


def action_option(row: Any, lang: str) -> str:
    """A picker label for an action: '#3 · Nama · Kinerja rendah · ◐ Berjalan'."""
    who = _text(row["subjek_nama"]) or _text(row["subjek_kode"])
    return (
        f"#{int(row['id'])} · {who} · {signal_label(row['sinyal'], lang)} · "
        f"{jenis_label(row['jenis'], lang)} · {status_label(row['status'], lang)}"
    )
