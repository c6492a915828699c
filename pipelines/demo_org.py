"""Organisation plans of the demo: the sections (sekretariat, bidang, puskesmas, UPTD,
schools) of each OPD, who heads them and which roles staff them."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipelines.demo_catalogue import (
    BIDANG,
    GENERIC_STAFF,
    HEAD_EDU_GURU,
    HEAD_EDU_KES,
    HEAD_EDU_PAR,
    HEAD_TITLE,
    PUSKESMAS_STAFF,
    PUSKESMAS_WEIGHT,
    SCHOOLS_SD,
    SCHOOLS_SMP,
    TOURISM_UNITS,
    mix,
)

Staff = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Section:
    key: str
    unit_kode: str  # '' when not a reference unit (schools)
    unit_kerja: str
    head_jenis: str  # jenis_jabatan of the head
    head_jabatan: str
    parent: str  # key of the supervising section ('' = the OPD head)
    staff: Staff  # (role, weight)
    weight: float  # share of the OPD's staff
    head_edu: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Opd:
    kode: str
    nama: str
    singkatan: str
    sektor: str
    head_jabatan: str
    head_jenis: str  # JPT (a Camat is an Administrator)
    sections: tuple[Section, ...]
    family: str = "umum"


class _Plan:
    """Collects the sections of one OPD."""

    def __init__(
        self, kode: str, units: dict[str, dict[str, str]], only: Sequence[str] | None
    ) -> None:
        self.kode, self.units, self.only = kode, units, only
        self.sections: list[Section] = []

    def keep(self, code: str) -> bool:
        return self.only is None or code in self.only

    def unit(self, code: str) -> tuple[str, str]:
        return code, self.units[code]["unit_nama"]

    def add(
        self,
        key: str,
        unit: tuple[str, str],
        jenis: str,
        title: str,
        staff: Staff,
        weight: float,
        parent: str = "",
        edu: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.sections.append(
            Section(key, *unit, jenis, title, parent, staff, weight, edu)
        )

    def sekretariat(
        self,
        unit: tuple[str, str],
        staff: Staff,
        weight: float,
        title: str = "Sekretaris",
    ) -> None:
        self.add(f"{self.kode}-SEK", unit, "Administrator", title, staff, weight)


def _dinkes(p: _Plan) -> str:
    staff = mix("pelaksana .5, kesmas .3, arsip .2")
    p.sekretariat(p.unit("DINKES-SEKRETARIAT"), staff, 0.10)
    if p.keep("DINKES-P2P"):
        p.add(
            "DINKES-P2P",
            p.unit("DINKES-P2P"),
            "Administrator",
            "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
            mix("kesmas .6, perawat .2, pelaksana .2"),
            0.07,
        )
    for code, weight in PUSKESMAS_WEIGHT.items():
        if p.keep(code):
            unit = p.unit(code)
            short = unit[1].replace("Puskesmas ", "")
            p.add(
                code,
                unit,
                "Pengawas",
                f"Kepala UPTD Puskesmas {short}",
                PUSKESMAS_STAFF,
                weight,
                edu=HEAD_EDU_KES,
            )
    return "kes"


def _rsud(p: _Plan) -> str:
    u = p.unit("RSUD-SABANG")
    p.sekretariat(
        u,
        mix("pelaksana .5, rekam_medis .3, operator .2"),
        0.15,
        "Kepala Bagian Tata Usaha",
    )
    p.add(
        "RSUD-YANMED",
        u,
        "Administrator",
        "Kepala Bidang Pelayanan Medik",
        mix("dokter .3, spesialis .25, farmasi .2, radiografer .15, kesmas .1"),
        0.3,
        edu=HEAD_EDU_KES,
    )
    p.add(
        "RSUD-KEP",
        u,
        "Administrator",
        "Kepala Bidang Keperawatan",
        mix("perawat .7, bidan .3"),
        0.55,
        edu=HEAD_EDU_KES,
    )
    return "kes"


def _dispar(p: _Plan) -> str:
    sek = p.unit("DISPAR-SEKRETARIAT")
    p.sekretariat(sek, mix("pelaksana .6, pariwisata .4"), 0.16)
    p.add(
        "DISPAR-DEST",
        sek,
        "Administrator",
        "Kepala Bidang Destinasi Pariwisata",
        mix("pariwisata 1"),
        0.06,
    )
    p.add(
        "DISPAR-PEM",
        sek,
        "Administrator",
        "Kepala Bidang Pemasaran Pariwisata",
        mix("pariwisata 1"),
        0.06,
    )
    for code in TOURISM_UNITS:
        if p.keep(code):
            unit = p.unit(code)
            lead = "Kepala" if unit[1].startswith("UPTD") else "Koordinator"
            p.add(
                code,
                unit,
                "Pengawas",
                f"{lead} {unit[1]}",
                mix("pengelola_par .75, pariwisata .1, operator .15"),
                0.12,
                "DISPAR-DEST",
                HEAD_EDU_PAR,
            )
    return "par"


def _dpmg(p: _Plan) -> str:
    p.sekretariat(p.unit("DPMG-SEKRETARIAT"), mix("pelaksana .7, pemgam .3"), 0.34)
    for code, title, staff, weight in (
        (
            "DPMG-PEMBERDAYAAN",
            "Kepala Bidang Pemberdayaan Masyarakat",
            "psm .85, pelaksana .15",
            0.36,
        ),
        (
            "DPMG-PEMERINTAHAN-GAMPONG",
            "Kepala Bidang Pemerintahan Gampong",
            "pemgam .7, psm .3",
            0.30,
        ),
    ):
        if p.keep(code):
            p.add(code, p.unit(code), "Administrator", title, mix(staff), weight)
    return "pmd"


def _disdikbud(p: _Plan) -> str:
    u = p.unit("DISDIKBUD-UTAMA")
    p.sekretariat(u, mix("pelaksana .7, arsip .3"), 0.03)
    p.add(
        "DISDIKBUD-DIKDAS",
        u,
        "Administrator",
        "Kepala Bidang Pendidikan Dasar",
        mix("pelaksana 1"),
        0.015,
    )
    p.add(
        "DISDIKBUD-BUD",
        u,
        "Administrator",
        "Kepala Bidang Kebudayaan",
        mix("pamong_budaya 1"),
        0.015,
    )
    for i in range(1, SCHOOLS_SD + SCHOOLS_SMP + 1):
        sd = i <= SCHOOLS_SD
        name = f"SD Negeri {i} Sabang" if sd else f"SMP Negeri {i - SCHOOLS_SD} Sabang"
        p.add(
            f"SCH-{i}",
            ("", name),
            "Fungsional",
            "Guru Ahli Madya (Kepala Sekolah)",
            mix("guru .92, operator .08"),
            0.94 * (0.022 if sd else 0.052),
            "DISDIKBUD-DIKDAS",
            HEAD_EDU_GURU,
        )
    return "pendidikan"


def _kecamatan(p: _Plan) -> str:
    u, staff = p.unit(f"{p.kode}-UTAMA"), GENERIC_STAFF[p.kode]
    p.add(f"{p.kode}-SEK", u, "Administrator", "Sekretaris Kecamatan", staff, 0.5)
    p.add(
        f"{p.kode}-PEM",
        u,
        "Pengawas",
        "Kepala Seksi Pemerintahan",
        staff,
        0.5,
        f"{p.kode}-SEK",
    )
    return "umum"


def _generic(p: _Plan) -> str:
    u, staff = p.unit(f"{p.kode}-UTAMA"), GENERIC_STAFF[p.kode]
    title = {
        "SETDA": "Kepala Bagian Umum",
        "SETDPRK": "Kepala Bagian Umum",
        "INSP": "Sekretaris Inspektorat",
    }.get(p.kode, "Sekretaris")
    p.sekretariat(u, mix("pelaksana .7, arsip .3"), 0.25, title)
    for b in BIDANG[p.kode]:
        head = b if b.startswith("Inspektur") else f"Kepala {b}"
        p.add(
            f"{p.kode}-{zlib.crc32(b.encode()):x}",
            u,
            "Administrator",
            head,
            staff,
            0.75 / len(BIDANG[p.kode]),
        )
    return "umum"


PLANNERS: dict[str, Callable[[_Plan], str]] = {
    "DINKES": _dinkes,
    "RSUD": _rsud,
    "DISPAR": _dispar,
    "DPMG": _dpmg,
    "DISDIKBUD": _disdikbud,
    "KEC-SUKAKARYA": _kecamatan,
    "KEC-SUKAJAYA": _kecamatan,
}


def plan_opd(
    opd_row: dict[str, str],
    units: dict[str, dict[str, str]],
    only_units: Sequence[str] | None,
) -> Opd:
    """The sections of one OPD (``only_units`` keeps a subset, for the sample)."""
    kode, nama = opd_row["opd_kode"], opd_row["opd_nama"]
    plan = _Plan(kode, units, only_units)
    family = PLANNERS.get(kode, _generic)(plan)
    head_jenis = "Administrator" if kode.startswith("KEC-") else "JPT"
    return Opd(
        kode,
        nama,
        opd_row["opd_singkatan"],
        opd_row["sektor"],
        HEAD_TITLE.get(kode, f"Kepala {nama}"),
        head_jenis,
        tuple(plan.sections),
        family,
    )
