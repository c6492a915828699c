"""Penghargaan in AppTest against the sample warehouse (built by the real pipeline),
each test with its own app store: what each role sees, BKPSDM's decision through the
page, the snapshot shown, and presentation mode.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import access, awards, db, snapshots
from dashboard import queries_awards as qa

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGE = "../pages/penghargaan.py"
NIP_PATTERN = re.compile(r"\d{18}")
BKPSDM = access.FULL_ACCESS


def _open(
    role: str = "bkpsdm",
    opd: str | None = None,
    state: dict | None = None,
    **params: str,
) -> AppTest:
    """The page for a demo-mode role; `params` are put in the URL after switching
    to the page (a page switch starts from a clean query string)."""
    at = AppTest.from_file(str(APP), default_timeout=90)
    at.session_state["demo_role"] = role
    if opd:
        at.session_state["demo_opd"] = opd
    at.session_state["tahun"] = 2025
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.run()
    at.switch_page(PAGE).run()
    if params:
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _all_text(at: AppTest) -> str:
    """Every text the page shows: elements' values, labels, tables, options."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for name in ("value", "label", "body", "help", "options", "placeholder"):
            value = getattr(node, name, None)
            if isinstance(value, pd.DataFrame):
                parts.append(value.astype(str).to_csv())
            elif isinstance(value, (str, list, tuple)):
                parts.append(str(value))
        if getattr(node, "type", None) in ("html", "plotly_chart"):
            parts.append(str(node.proto))  # the slide's HTML, the chart's figure
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return "\n".join(parts)


def _confirm_first(aturan: str, kelompok: str | None = None) -> awards.Nomination:
    version = db.warehouse_version()
    args = (BKPSDM, version, 2025, None, None)
    frame = pd.concat([qa.person_nominations(*args), qa.unit_nominations(*args)])
    rows = frame[frame["aturan"] == aturan]
    if kelompok:
        rows = rows[rows["kelompok"] == kelompok]
    nominee = awards.Nomination.from_row(rows.sort_values("peringkat").iloc[0])
    awards.confirm(BKPSDM, nominee)
    return nominee


def test_bkpsdm_sees_every_rule_with_its_evidence(app_env: Path) -> None:
    at = _open()
    assert at.header[0].value == "Penghargaan"
    rules = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert rules == [
        "#### ASN Berkinerja Terbaik",
        "#### Capaian terbaik per sektor",
        "#### Unit paling meningkat",
        "#### IKM terbaik",
    ]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Nominasi"] == "7" and metrics["Dikonfirmasi"] == "0"
    assert metrics["Data per"] == "Desember 2025"
    people = next(f.value for f in at.dataframe if "NIP" in f.value.columns)
    first = people.iloc[0]
    assert first["Nama"] == "dr. Darmawan" and first["Peringkat"] == "★ 1"
    assert NIP_PATTERN.fullmatch(first["NIP"])
    assert first["Bukti"].startswith("Predikat tahunan 2025 Sangat Baik; 12 dari 12")
    ikm = next(
        f.value
        for f in at.dataframe
        if "Nilai peringkat" in f.value.columns
        and "Tourist Information Center Sabang" in set(f.value["Nama"])
    )
    row = ikm[ikm["Nama"] == "Tourist Information Center Sabang"].iloc[0]
    assert row["Nilai peringkat"] == "86,50"
    assert row["Keputusan"] == "○ Belum diputuskan"
    assert "Unit paling meningkat" in _all_text(at)
    infos = " ".join(i.value for i in at.info)
    assert "Memakai data terkini" in infos


def test_bkpsdm_confirms_through_the_page(app_env: Path) -> None:
    at = _open()
    at.button(key="penghargaan_konfirmasi_ikm_terbaik").click().run()
    assert not at.exception
    assert any("dikonfirmasi sebagai penerima" in s.value for s in at.success)
    [shown] = awards.awardees(access.NO_ACCESS, 2025).to_dict("records")
    assert shown["subjek_nama"] == "Tourist Information Center Sabang"
    assert shown["kutipan"] == (
        "Indeks Kepuasan Masyarakat 86,50 (mutu B) dari 149 responden"
    )
    awardees = next(f.value for f in at.dataframe if "Kutipan" in f.value.columns)
    assert list(awardees["Nama"]) == ["Tourist Information Center Sabang"]
    assert {m.label: m.value for m in at.metric}["Dikonfirmasi"] == "1"


def test_removing_without_a_reason_is_refused_on_the_page(app_env: Path) -> None:
    at = _open()
    at.button(key="penghargaan_hapus_ikm_terbaik").click().run()
    assert any("Tulis alasan penghapusan" in e.value for e in at.error)
    assert awards.history(BKPSDM, 2025).empty


def test_public_sees_only_confirmed_awardees_and_no_nip(app_env: Path) -> None:
    at = _open("publik")
    assert "Belum ada penerima penghargaan yang diumumkan." in [
        i.value for i in at.info
    ]
    person = _confirm_first("asn_terbaik", "DISPAR")
    _confirm_first("capaian_sektor", "kesehatan")
    at = _open("publik")
    text = _all_text(at)
    assert not NIP_PATTERN.search(text), "an NIP reached the public page"
    assert person.subjek_nama.replace(".", "\\.") in text  # Markdown-escaped
    assert "Puskesmas Cot Ba" in text
    # nothing that was not announced: no other nominee, no evidence, no flags
    for hidden in ("dr. Darmawan", "Bukti", "Tourist Information Center", "tanda"):
        assert hidden not in text, hidden
    assert not at.dataframe  # cards, not lists
    assert at.button(key="penghargaan_mulai")


def test_mayors_office_sees_units_and_awardees_but_no_nip(app_env: Path) -> None:
    _confirm_first("asn_terbaik", "DISPAR")
    at = _open("wali_kota")
    text = _all_text(at)
    assert not NIP_PATTERN.search(text)
    assert any("Nominasi perorangan" in i.value for i in at.info)
    awardees = next(f.value for f in at.dataframe if "Kutipan" in f.value.columns)
    assert list(awardees["Nama"]) == ["Nurjannah, S.Par"]
    assert not [b for b in at.button if b.key and "konfirmasi" in b.key]


def test_head_of_opd_sees_only_their_opd(app_env: Path) -> None:
    at = _open("kepala_opd", "DISPAR")
    people = next(f.value for f in at.dataframe if "NIP" in f.value.columns)
    assert set(people["OPD"]) == {"Dinas Pariwisata"}
    assert not [b for b in at.button if b.key and "konfirmasi" in b.key]


def test_a_chosen_snapshot_is_named_on_the_page(
    warehouse_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINERJA_DB", str(warehouse_copy))
    snap = snapshots.create(BKPSDM, "Upacara HUT Kota")
    at = _open(state={"snapshot": snap.id})  # as chosen in the selectbox
    shown = " ".join(s.value for s in at.success)
    assert snap.id in shown and "Upacara HUT Kota" in shown
    assert "31 Desember 2025" in shown
    assert at.query_params["snapshot"] == snap.id  # the id, not the option's label
    # a shared link opens the snapshot in a new session
    fresh = AppTest.from_file(str(APP), default_timeout=90)
    fresh.query_params["snapshot"] = snap.id
    fresh.session_state["tahun"] = 2025
    fresh.switch_page(PAGE).run()
    assert not fresh.exception, [e.value for e in fresh.exception]
    assert snap.id in " ".join(s.value for s in fresh.success)
    db.release()


def test_presentation_mode_shows_one_slide(app_env: Path) -> None:
    _confirm_first("ikm_terbaik")
    at = _open(tayang="1", slide="1")
    text = _all_text(at)
    assert "Penghargaan Kinerja ASN dan Unit Layanan 2025" in text
    assert "1 / " in text
    assert not at.dataframe  # the stage shows the slide only
    at.button(key="penghargaan_tayang_next").click().run()
    assert at.query_params["slide"] == "2"
    at = _open(tayang="1", slide="99")  # past the end: the last slide
    assert "Selamat kepada para penerima" in _all_text(at)
    at.button(key="penghargaan_tayang_keluar").click().run()
    assert "tayang" not in at.query_params
    assert at.dataframe  # back on the page


def test_exports_are_built_with_a_progress_indicator(app_env: Path) -> None:
    _confirm_first("ikm_terbaik")
    at = _open()
    at.button(key="penghargaan_buat_pptx").click().run()
    assert [e.label for e in at.get("status")] == ["Deck siap: 8 slide."]
    at.button(key="penghargaan_buat_pdf").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.label for e in at.get("status")] == ["Briefing siap."]
    buttons = [b.proto.label for b in at.get("download_button")]
    assert "Unduh deck PPTX" in buttons and "Unduh briefing PDF" in buttons


def test_above_the_picker_limit_the_decision_picker_holds_the_nominees(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A province has thousands of candidates per rule: the picker then lists the
    nominees (★) only and says so; the table keeps every candidate."""
    from dashboard import awards_blocks

    version = db.warehouse_version()
    people = qa.person_nominations(BKPSDM, version, 2025, None, None)
    nominees = int(people["nominasi"].sum())
    assert nominees < len(people)
    monkeypatch.setattr(awards_blocks, "PICKER_LIMIT", nominees)
    at = _open()
    picker = at.selectbox(key="penghargaan_pilih_asn_terbaik")
    assert len(picker.options) == int(people["nominasi"].sum())
    assert all(o.startswith("★") for o in picker.options)
    assert any(
        f"Pilihan memuat {int(people['nominasi'].sum())} nominasi (★) dari "
        f"{len(people)} kandidat" in c.value
        for c in at.caption
    )
    table = next(f.value for f in at.dataframe if "NIP" in f.value.columns)
    assert len(table) == len(people)


def test_above_the_picker_limit_in_nominees_the_picker_asks_for_an_opd(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard import awards_blocks

    monkeypatch.setattr(awards_blocks, "PICKER_LIMIT", 0)
    at = _open()
    assert not [s for s in at.selectbox if s.key == "penghargaan_pilih_asn_terbaik"]
    assert any("terlalu banyak untuk satu daftar" in i.value for i in at.info)
