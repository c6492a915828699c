"""Award decisions and frozen snapshots, on the sample warehouse built by the real
pipeline and a private app store per test (conftest).

- Only BKPSDM confirms or removes; a removal needs a reason; the latest decision per
  nomination is in force and the history keeps every one (who, when, why).
- What the public role reads holds the announced columns only: no NIP, no codes.
- Decisions live in the app's store: a new import into the warehouse keeps them.
- A snapshot is a byte copy recorded in the store; after a new import into the live
  warehouse, queries inside the snapshot still return the old numbers.
"""

from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard import access, audit, awards, db, queries, snapshots
from dashboard import awards_views as views
from dashboard import queries_awards as qa
from dashboard.access import AccessDenied, Scope
from pipelines.warehouse import ingest

BKPSDM = access.FULL_ACCESS
DINKES_HEAD = Scope("kepala_opd", "DINKES")
PUBLIK = access.NO_ACCESS
NIP_18 = re.compile(r"\b\d{18}\b")


@pytest.fixture()
def live(warehouse_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The dashboard reads a private copy of the sample warehouse."""
    monkeypatch.setenv("KINERJA_DB", str(warehouse_copy))
    yield warehouse_copy
    db.release()


def _nominations(tahun: int = 2025) -> tuple[pd.DataFrame, pd.DataFrame]:
    version = db.warehouse_version()
    args = (BKPSDM, version, tahun, None, None)
    return qa.person_nominations(*args), qa.unit_nominations(*args)


def _nominee(df: pd.DataFrame, aturan: str, kelompok: str) -> awards.Nomination:
    rows = df[(df["aturan"] == aturan) & (df["kelompok"] == kelompok)]
    return awards.Nomination.from_row(rows.sort_values("peringkat").iloc[0])


def test_bkpsdm_confirms_and_the_public_sees_only_what_is_announced(live: Path) -> None:
    people, units = _nominations()
    person = _nominee(people, "asn_terbaik", "DISPAR")
    unit = _nominee(units, "ikm_terbaik", "kota")
    awards.confirm(BKPSDM, person, kutipan="Teladan pelayanan wisata 2025")
    awards.confirm(BKPSDM, unit)
    shown = awards.awardees(PUBLIK, 2025)
    assert list(shown.columns) == awards.PUBLIC_COLUMNS
    assert list(shown["subjek_nama"]) == [
        "Nurjannah, S.Par",
        "Tourist Information Center Sabang",
    ]
    assert list(shown["kutipan"]) == [
        "Teladan pelayanan wisata 2025",
        "Indeks Kepuasan Masyarakat 86,50 (mutu B) dari 149 responden",
    ]
    text = shown.astype(str).to_csv()
    assert not NIP_18.search(text)
    assert person.subjek_kode not in text and "bukti" not in shown.columns


@pytest.mark.parametrize(
    "scope",
    [DINKES_HEAD, Scope("wali_kota"), Scope("operator", "DINKES"), PUBLIK],
    ids=["kepala_opd", "wali_kota", "operator", "publik"],
)
def test_only_bkpsdm_decides(live: Path, scope: Scope) -> None:
    people, _ = _nominations()
    nominee = _nominee(people, "asn_terbaik", "DINKES")
    with pytest.raises(AccessDenied):
        awards.confirm(scope, nominee)
    with pytest.raises(AccessDenied):
        awards.remove(scope, nominee, alasan="tidak")
    assert awards.awardees(BKPSDM, 2025).empty


def test_removal_needs_a_reason_and_the_history_keeps_everything(live: Path) -> None:
    people, _ = _nominations()
    nominee = _nominee(people, "asn_terbaik", "DINKES")
    with pytest.raises(awards.DecisionInvalid) as error:
        awards.remove(BKPSDM, nominee, alasan="   ")
    assert error.value.key == "penghargaan.err.alasan"
    with pytest.raises(awards.DecisionInvalid):
        awards.confirm(BKPSDM, nominee, kutipan="")
    awards.confirm(BKPSDM, nominee)
    awards.remove(BKPSDM, nominee, alasan="Sedang menjalani hukuman disiplin")
    assert awards.awardees(BKPSDM, 2025).empty
    [current] = awards.decisions(BKPSDM, 2025).to_dict("records")
    assert (current["keputusan"], current["alasan"]) == (
        "dihapus",
        "Sedang menjalani hukuman disiplin",
    )
    awards.confirm(BKPSDM, nominee)  # changed their mind: the latest decision wins
    assert list(awards.awardees(BKPSDM, 2025)["subjek_nama"]) == ["dr. Darmawan"]
    history = awards.history(BKPSDM, 2025)
    assert list(history["keputusan"]) == ["dikonfirmasi", "dihapus", "dikonfirmasi"]
    assert set(history["decided_role"]) == {"bkpsdm"}
    writes = audit.entries()
    writes = writes[writes["action"] == "write"]
    assert len(writes) == 3
    assert set(writes["subject"]) == {nominee.subjek_kode}


def test_decisions_are_scoped_and_individual(live: Path) -> None:
    people, units = _nominations()
    awards.confirm(BKPSDM, _nominee(people, "asn_terbaik", "DINKES"))
    awards.confirm(BKPSDM, _nominee(people, "asn_terbaik", "DISPAR"))
    awards.confirm(BKPSDM, _nominee(units, "capaian_sektor", "kesehatan"))
    mine = awards.decisions(DINKES_HEAD, 2025)
    assert set(mine["opd_kode"]) == {"DINKES"} and len(mine) == 2
    assert len(awards.awardees(DINKES_HEAD, 2025)) == 2
    assert len(awards.awardees(PUBLIK, 2025)) == 3
    for scope in (PUBLIK, Scope("wali_kota")):
        with pytest.raises(AccessDenied):
            awards.decisions(scope, 2025)
        with pytest.raises(AccessDenied):
            awards.history(scope, 2025)
    assert awards.awardee_years(PUBLIK) == [2025]


def _extra_ikm(folder: Path, n: int = 20) -> Path:
    """A new IKM export for TIC: n respondents answering 1 everywhere."""
    path = folder / "ikm_tic_tambahan_2025.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["No Responden", "Unit Layanan", "Tanggal Survei"])
        for i in range(n):
            out.writerow(
                [
                    f"R-TIC-2025-9{i:03d}",
                    "Tourist Information Center Sabang",
                    "20/09/2025",
                ]
            )
    rows = path.read_text(encoding="utf-8").splitlines()
    header = rows[0] + ",U1,U2,U3,U4,U5,U6,U7,U8,U9"
    body = [r + ",1,1,1,1,1,1,1,1,1" for r in rows[1:]]
    path.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    return path


def test_confirmations_survive_a_new_import(live: Path, tmp_path: Path) -> None:
    _, units = _nominations()
    tic = _nominee(units, "ikm_terbaik", "kota")
    awards.confirm(BKPSDM, tic)
    summary = ingest([_extra_ikm(tmp_path)], live, progress=False)
    assert [f["status"] for f in summary["files"]] == ["loaded"]
    _, after = _nominations()
    row = after[after["subjek_kode"] == "DISPAR-TIC"].iloc[0]
    assert int(row["n_responden"]) == 169  # the warehouse moved on ...
    shown = views.with_decisions(after, awards.decisions(BKPSDM, 2025))
    decided = shown[shown["subjek_kode"] == "DISPAR-TIC"]
    assert list(decided["keputusan"]) == ["dikonfirmasi"]  # ... the decision stayed
    assert list(awards.awardees(PUBLIK, 2025)["kutipan"]) == [
        "Indeks Kepuasan Masyarakat 86,50 (mutu B) dari 149 responden"
    ]


def test_a_snapshot_keeps_the_old_numbers_after_an_ingest(
    live: Path, tmp_path: Path
) -> None:
    snap = snapshots.create(BKPSDM, "Upacara uji")
    assert snap.path.is_file() and snap.path.parent == snapshots.snapshot_dir()
    assert snap.sha256 == hashlib.sha256(snap.path.read_bytes()).hexdigest()
    assert snap.data_sampai and snap.data_sampai.startswith("2025-12-31")
    assert snapshots.get(snap.id) == snap
    assert [s.id for s in snapshots.list_all()] == [snap.id]
    ingest([_extra_ikm(tmp_path)], live, progress=False)

    def tic() -> tuple[float, int]:
        _, units = _nominations()
        row = units[units["subjek_kode"] == "DISPAR-TIC"].iloc[0]
        return round(float(row["ikm"]), 2), int(row["n_responden"])

    live_now = tic()
    with snapshots.reading(snap):
        frozen = tic()
        meta = queries.meta_build(BKPSDM, db.warehouse_version())
    assert frozen == (86.5, 149)
    assert live_now[1] == 169 and live_now[0] < 86.5
    assert meta["files_loaded"] == 18  # the new file is not in the snapshot
    assert tic() == live_now  # outside the block: the live warehouse again
    entry = audit.entries()
    assert list(entry["subject"]) == [snap.id]


@pytest.mark.parametrize(
    "scope", [DINKES_HEAD, Scope("operator", "DINKES"), PUBLIK], ids=str
)
def test_only_bkpsdm_and_the_mayors_office_freeze_data(
    live: Path, scope: Scope
) -> None:
    with pytest.raises(AccessDenied):
        snapshots.create(scope, "x")
    assert snapshots.create(Scope("wali_kota"), "Briefing").label == "Briefing"


def test_unknown_or_malformed_snapshot_ids(live: Path) -> None:
    assert snapshots.get("../../etc/passwd") is None
    assert snapshots.get("SNAP-20260101-000000-abcdef") is None
    assert snapshots.get(None) is None
