"""Signal marts (mart_flags, mart_training_needs): given rows -> expected flags.

Each signal gets a small hand-built history with known flags and near misses that
must not flag; thresholds come from aturan.toml [sinyal] (ref_aturan) and one test
changes a threshold to show the flags follow the rules file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from model_helpers import (
    build,
    employee,
    fetch,
    insert_raw,
    new_warehouse,
    set_rule,
    skp,
)

from pipelines.checks import run_checks

ATAS, SESUAI, BAWAH = "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
BAIK = (SESUAI, SESUAI)  # -> Baik (4)
BP = (BAWAH, SESUAI)  # -> Butuh Perbaikan (3)
SK = (BAWAH, BAWAH)  # -> Sangat Kurang (1)
MONTHS = [f"2025-{m:02d}" for m in range(1, 13)]


def nip(i: int) -> str:
    """A valid PNS NIP (born 1980-01-01, CPNS 2005-01, male), sequence i."""
    return f"198001012005011{i:03d}"


def month_end(label: str) -> dt.date:
    y, m = int(label[:4]), int(label[5:])
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def on_time(label: str) -> dt.date:
    return month_end(label) + dt.timedelta(days=2)


def late(label: str) -> dt.date:
    return month_end(label) + dt.timedelta(days=6)  # limit is 5 days


def history(who: str, ratings: list[tuple[str, str]], **extra: object) -> list[dict]:
    """Monthly SKPs from 2025-01, submitted on time unless extra overrides."""
    rows = []
    for label, (hasil, perilaku) in zip(MONTHS, ratings, strict=False):
        row = skp(who, label, hasil, perilaku, tanggal_pengisian=on_time(label))
        row.update(extra)
        rows.append(row)
    return rows


def flags(con: duckdb.DuckDBPyConnection, sinyal: str) -> list[tuple]:
    rows = fetch(
        con,
        "select subjek_kode, periode, keparahan, pertama_muncul, lama_periode "
        "from mart_flags where sinyal = ? order by subjek_kode, periode",
        [sinyal],
    )
    return [tuple(r.values()) for r in rows]


def reason(con: duckdb.DuckDBPyConnection, sinyal: str, who: str, periode: str) -> str:
    [(text,)] = con.execute(
        "select alasan from mart_flags where sinyal = ? and subjek_kode = ? "
        "and periode = ?",
        [sinyal, who, periode],
    ).fetchall()
    return text


@pytest.fixture()
def wh() -> Iterator[duckdb.DuckDBPyConnection]:
    con = new_warehouse()
    yield con
    con.close()


# ---------------------------------------------------------------- kinerja_rendah


def test_low_performer_two_of_last_three_and_annual(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    a, b = nip(1), nip(2)
    insert_raw(wh, "pegawai", [employee(a), employee(b)])
    # a: BP in Feb and May only (exactly 1 of every last 3 up to May: near miss),
    # then Jun BP (2 of 3), Jul BP (3 of 3), Aug Baik (2 of 3), Sep Baik (1 of 3)
    insert_raw(wh, "skp", history(a, [BAIK, BP, BAIK, BAIK, BP, BP, BP, BAIK, BAIK]))
    insert_raw(wh, "skp", [
        skp(a, "2025", *SK),  # annual Sangat Kurang -> tinggi
        skp(b, "2024", *BP),  # annual Butuh Perbaikan -> sedang
        skp(b, "2025", *BAIK),
    ])
    build(wh)
    assert flags(wh, "kinerja_rendah") == [
        (a, "2025", "tinggi", "2025", 1),
        (a, "2025-06", "sedang", "2025-06", 1),
        (a, "2025-07", "tinggi", "2025-06", 2),  # 3 of 3
        (a, "2025-08", "sedang", "2025-06", 3),
        (b, "2024", "sedang", "2024", 1),
    ]
    text = reason(wh, "kinerja_rendah", a, "2025-08")
    assert "2 dari 3 periode terakhir" in text
    assert "Berlangsung 3 periode berturut-turut sejak 2025-06" in text
    assert "Sangat Kurang" in reason(wh, "kinerja_rendah", a, "2025")
    assert run_checks(wh) == []


def test_low_performer_threshold_is_read_from_the_rules(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    a = nip(1)
    insert_raw(wh, "pegawai", [employee(a)])
    insert_raw(wh, "skp", history(a, [BAIK, BP, BAIK]))
    build(wh)
    assert flags(wh, "kinerja_rendah") == []
    set_rule(wh, "sinyal", "kinerja_rendah_min_periode", 1)
    build(wh)
    assert flags(wh, "kinerja_rendah") == [
        (a, "2025-02", "sedang", "2025-02", 1),
        (a, "2025-03", "sedang", "2025-02", 2),
    ]


# ---------------------------------------------------------------- stagnasi_pegawai


def test_person_stagnation_rating_component(wh: duckdb.DuckDBPyConnection) -> None:
    flat, improving = nip(1), nip(2)
    insert_raw(wh, "pegawai", [
        employee(flat) | {"tmt_jabatan": dt.date(2024, 1, 1)},
        employee(improving) | {"tmt_jabatan": dt.date(2024, 1, 1)},
    ])
    insert_raw(wh, "skp", history(flat, [BP] * 7))
    # below Baik for 6 periods but rising from Sangat Kurang: no flag
    insert_raw(wh, "skp", history(improving, [SK, SK, BP, BP, BP, BP]))
    build(wh)
    assert flags(wh, "stagnasi_pegawai") == [
        (flat, "2025-06", "sedang", "2025-06", 1),
        (flat, "2025-07", "sedang", "2025-06", 2),
    ]
    assert "6 dari 6 periode terakhir" in reason(
        wh, "stagnasi_pegawai", flat, "2025-06"
    )


def test_person_stagnation_position_component(wh: duckdb.DuckDBPyConnection) -> None:
    five_years, trained = nip(1), nip(2)
    insert_raw(wh, "pegawai", [
        # 1 Feb 2020 + 5 years = 1 Feb 2025: Jan (ends 31 Jan) is 5 years minus one day
        employee(five_years) | {"tmt_jabatan": dt.date(2020, 2, 1)},
        employee(trained) | {"tmt_jabatan": dt.date(2010, 1, 1)},
    ])
    insert_raw(wh, "skp", history(five_years, [BAIK] * 3))
    insert_raw(wh, "skp", history(trained, [BAIK] * 7))
    # training on 15 Jun 2024: within 12 months of 31 May 2025, not of 30 Jun 2025
    insert_raw(wh, "pelatihan", [
        dict(nip=trained, nama_pelatihan="Pelayanan Prima", jp=24,
             tanggal_mulai=dt.date(2024, 6, 15), jalur="klasikal"),
    ])
    build(wh)
    assert flags(wh, "stagnasi_pegawai") == [
        (five_years, "2025-02", "rendah", "2025-02", 1),
        (five_years, "2025-03", "rendah", "2025-02", 2),
        (trained, "2025-06", "rendah", "2025-06", 1),
        (trained, "2025-07", "rendah", "2025-06", 2),
    ]
    text = reason(wh, "stagnasi_pegawai", five_years, "2025-02")
    assert "5 tahun (TMT 01/02/2020)" in text and "12 bulan" in text


# ---------------------------------------------------------------- resistensi


def components(con: duckdb.DuckDBPyConnection, who: str, periode: str) -> dict:
    [(text,)] = con.execute(
        "select komponen from mart_flags where sinyal = 'resistensi' "
        "and subjek_kode = ? and periode = ?",
        [who, periode],
    ).fetchall()
    return {c["komponen"]: c for c in json.loads(text)}


def test_resistance_components_and_near_misses(wh: duckdb.DuckDBPyConnection) -> None:
    lateish, inflate3, inflate4 = nip(1), nip(2), nip(3)
    insert_raw(wh, "pegawai", [employee(n) for n in (lateish, inflate3, inflate4)])
    rows = history(lateish, [BAIK] * 6)
    for i in (1, 3, 5):  # Feb, Apr, Jun late: 2 of 5 in May, 3 of 6 in June
        rows[i]["tanggal_pengisian"] = late(MONTHS[i])
    insert_raw(wh, "skp", rows)
    # self-rating above the supervisor's (Sesuai) in 3 of 6 (near miss) / 4 of 6
    insert_raw(wh, "skp", [
        r | {"rating_hasil_kerja_mandiri": ATAS if i in (0, 2, 4) else SESUAI}
        for i, r in enumerate(history(inflate3, [BAIK] * 6))
    ])
    insert_raw(wh, "skp", [
        r | {"rating_hasil_kerja_mandiri": ATAS if i in (0, 2, 4, 5) else SESUAI}
        for i, r in enumerate(history(inflate4, [BAIK] * 6))
    ])
    build(wh)
    assert flags(wh, "resistensi") == [
        (lateish, "2025-06", "rendah", "2025-06", 1),
        (inflate4, "2025-06", "rendah", "2025-06", 1),
    ]
    got = components(wh, lateish, "2025-06")
    assert got["laporan"] == {
        "komponen": "laporan", "uraian": "laporan mandiri terlambat atau tidak diisi",
        "nilai": 3.0, "dari": 6.0, "ambang": 3.0, "aktif": True,
    }
    assert [c["aktif"] for c in got.values()] == [True, False, False, False]
    assert "3 dari 6 periode terakhir" in reason(wh, "resistensi", lateish, "2025-06")
    assert components(wh, inflate4, "2025-06")["penilaian_diri"]["nilai"] == 4.0


def test_resistance_adaptif_fall_and_zero_jp(wh: duckdb.DuckDBPyConnection) -> None:
    adaptif, no_jp, some_jp = nip(1), nip(2), nip(3)
    insert_raw(wh, "pegawai", [employee(n) for n in (adaptif, no_jp, some_jp)])
    insert_raw(wh, "skp", [
        r | {"adaptif": a}
        for r, a in zip(history(adaptif, [BAIK] * 6),
                        [ATAS, ATAS, ATAS, SESUAI, SESUAI, SESUAI], strict=True)
    ])
    insert_raw(wh, "skp", history(no_jp, [BAIK] * 3) + history(some_jp, [BAIK] * 3))
    insert_raw(wh, "kompetensi", [
        dict(nip=no_jp, kompetensi="Analisis Data", level_standar=3, level_aktual=2,
             tanggal_asesmen=dt.date(2025, 2, 10)),
        dict(nip=some_jp, kompetensi="Analisis Data", level_standar=3, level_aktual=2,
             tanggal_asesmen=dt.date(2025, 2, 10)),
    ])
    insert_raw(wh, "pelatihan", [
        dict(nip=some_jp, nama_pelatihan="E-learning", jp=2,
             tanggal_mulai=dt.date(2024, 9, 1), jalur="nonklasikal"),
    ])
    build(wh)
    # the gap is open from the February assessment; no JP -> flagged Feb and Mar
    assert flags(wh, "resistensi") == [
        (adaptif, "2025-06", "rendah", "2025-06", 1),
        (no_jp, "2025-02", "rendah", "2025-02", 1),
        (no_jp, "2025-03", "rendah", "2025-02", 2),
    ]
    assert components(wh, adaptif, "2025-06")["adaptif_turun"]["nilai"] == 1.0
    assert "turun dari 3,00 ke 2,00" in reason(wh, "resistensi", adaptif, "2025-06")
    assert "0 JP dalam 12 bulan terakhir padahal ada 1 kesenjangan" in reason(
        wh, "resistensi", no_jp, "2025-02"
    )


def test_resistance_two_components_is_sedang_and_threshold_changes_flags(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    both, three = nip(1), nip(2)
    insert_raw(wh, "pegawai", [employee(both), employee(three)])
    insert_raw(wh, "skp", [
        r | {"rating_hasil_kerja_mandiri": ATAS, "tanggal_pengisian": None}
        for r in history(both, [BAIK] * 4)
    ])
    insert_raw(wh, "skp", [
        r | {"rating_hasil_kerja_mandiri": ATAS if i < 3 else SESUAI}
        for i, r in enumerate(history(three, [BAIK] * 6))
    ])
    build(wh)
    assert flags(wh, "resistensi") == [
        (both, "2025-03", "rendah", "2025-03", 1),  # 3 missing of 3
        (both, "2025-04", "sedang", "2025-03", 2),  # + self-rating above 4 of 4
    ]
    set_rule(wh, "sinyal", "resistensi_diri_min", 3)
    build(wh)
    assert (three, "2025-03", "rendah", "2025-03", 1) in flags(wh, "resistensi")
    assert (both, "2025-03", "sedang", "2025-03", 1) in flags(wh, "resistensi")


# ---------------------------------------------------------------- stagnasi_unit


def aduan(unit: str, label: str, pct: float) -> dict:
    """PAR-ADUAN (ratio, non-cumulative, yearly target 90%) for one month."""
    return dict(kode_indikator="PAR-ADUAN", unit=unit, unit_kode=unit, periode=label,
                realisasi=pct, pembilang=pct * 10, penyebut=1000)


def test_unit_stagnation_slope_below_and_at_the_threshold(
    wh: duckdb.DuckDBPyConnection,
) -> None:
    # target 90%: capaian = realisasi / 90 * 100. Flat unit: 72% every month
    # (capaian 80, slope 0). Rising unit: +0.45 points of realisation a month =
    # +0.5 capaian points per period: exactly the threshold, not flagged.
    rows = [aduan("DISPAR-TIC", label, 72.0) for label in MONTHS[:7]]
    rows += [aduan("DISPAR-KM0", label, 72.0 + 0.45 * i)
             for i, label in enumerate(MONTHS[:7])]
    insert_raw(wh, "realisasi_indikator", rows)
    build(wh)
    assert flags(wh, "stagnasi_unit") == [
        ("DISPAR-TIC", "2025-06", "tinggi", "2025-06", 1),
        ("DISPAR-TIC", "2025-07", "tinggi", "2025-06", 2),
    ]
    text = reason(wh, "stagnasi_unit", "DISPAR-TIC", "2025-06")
    assert "PAR-ADUAN (capaian 80,0%, kemiringan +0,00 poin/periode selama 6" in text
    set_rule(wh, "sinyal", "stagnasi_unit_maks_kemiringan", 0.6)
    build(wh)
    assert [f[:2] for f in flags(wh, "stagnasi_unit")] == [
        ("DISPAR-KM0", "2025-06"), ("DISPAR-KM0", "2025-07"),
        ("DISPAR-TIC", "2025-06"), ("DISPAR-TIC", "2025-07"),
    ]


# ---------------------------------------------------------------- training needs


def test_training_needs_priority_and_routes(wh: duckdb.DuckDBPyConnection) -> None:
    low, under, exact, pppk = nip(1), nip(2), nip(3), "199001012020012002"
    insert_raw(wh, "pegawai", [employee(low), employee(under), employee(exact),
                               employee(pppk, "PPPK")])
    insert_raw(wh, "skp", history(low, [BP, BP]) + history(under, [BAIK, BAIK])
               + history(exact, [BAIK, BAIK]) + history(pppk, [BP, BP]))
    gap = dict(kompetensi="Pelayanan Publik", level_standar=3, level_aktual=2,
               tanggal_asesmen=dt.date(2025, 1, 15))
    insert_raw(wh, "kompetensi", [
        gap | {"nip": low}, gap | {"nip": under}, gap | {"nip": exact},
        gap | {"nip": pppk},
        # closed later: the latest assessment counts, no gap
        gap | {"nip": exact, "level_aktual": 3, "tanggal_asesmen": dt.date(2025, 2, 1)},
        # not in kompetensi_pelatihan.csv: default route
        dict(nip=exact, kompetensi="Bahasa Aceh", level_standar=2, level_aktual=1,
             tanggal_asesmen=dt.date(2025, 1, 15)),
    ])
    insert_raw(wh, "pelatihan", [
        dict(nip=under, nama_pelatihan="A", jp=19.5, tanggal_mulai=dt.date(2025, 1, 5)),
        dict(nip=exact, nama_pelatihan="A", jp=20, tanggal_mulai=dt.date(2025, 1, 5)),
    ])
    build(wh)
    rows = fetch(wh, """
        select nip, kompetensi, kesenjangan, jalur, bentuk, jp, jp_tahun_ini,
            jp_status, kinerja_rendah, prioritas
        from mart_training_needs order by prioritas, nip""")
    assert [tuple(r.values()) for r in rows] == [
        (low, "Pelayanan Publik", 1, "klasikal", "pelatihan", 24.0, 0.0, "kurang",
         True, 1),
        (pppk, "Pelayanan Publik", 1, "klasikal", "pelatihan", 24.0, 0.0,
         "sesuai_batas", True, 2),
        (under, "Pelayanan Publik", 1, "klasikal", "pelatihan", 24.0, 19.5, "kurang",
         False, 3),
        (exact, "Bahasa Aceh", 1, "nonklasikal", "coaching", 10.0, 20.0, "memenuhi",
         False, 4),
    ]
    [text] = [r["alasan"] for r in fetch(
        wh, "select alasan from mart_training_needs where nip = ?", [under])]
    assert "19,5 dari hak 20 JP pada tahun 2025" in text
    assert run_checks(wh) == []


# ---------------------------------------------------------------- sample warehouse


def test_signal_marts_on_the_sample(sample_warehouse: Path) -> None:
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        [(n_flags, n_empty)] = con.execute(
            "select count(*), count(*) filter (where coalesce(trim(alasan), '') = '') "
            "from mart_flags"
        ).fetchall()
        [(n_needs,)] = con.execute(
            "select count(*) from mart_training_needs"
        ).fetchall()
    finally:
        con.close()
    assert n_flags > 0 and n_empty == 0
    assert n_needs > 0
