"""The editable reference data stays unambiguous: a name written in an export must
resolve to exactly one unit, OPD or gampong (matched the way the loader matches)."""

from __future__ import annotations

import duckdb
import pytest

from pipelines.macros import install_macros
from pipelines.reference import load_reference

NAMES_SQL = {
    "ref_unit": "select unit_kode as kode, unnest(list_concat([unit_kode, unit_nama], "
    "string_split(coalesce(nama_lain, ''), '|'))) as nama from ref_unit",
    "ref_opd": "select opd_kode as kode, unnest([opd_kode, opd_nama, opd_singkatan]) "
    "as nama from ref_opd",
    "ref_gampong": "select gampong_kode as kode, unnest(list_concat([gampong_kode, "
    "gampong_nama], string_split(coalesce(ejaan_lain, ''), '|'))) as nama "
    "from ref_gampong",
}


@pytest.mark.parametrize("table", sorted(NAMES_SQL))
def test_every_name_and_alias_points_to_one_code(mem_con: duckdb.DuckDBPyConnection,
                                                 table: str) -> None:
    install_macros(mem_con)
    load_reference(mem_con)
    clashes = mem_con.execute(
        f"select name_key(nama) as k, list(distinct kode order by kode) as kode "
        f"from ({NAMES_SQL[table]}) where nullif(trim(nama), '') is not null "
        "group by k having count(distinct kode) > 1"
    ).fetchall()
    assert clashes == [], f"{table}: names shared by several codes: {clashes}"
