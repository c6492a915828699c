"""The conventions of CONVENTIONS.md that a machine can check, so they stay true."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import string
from pathlib import Path

import pytest

from dashboard import i18n

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "pages").glob("*.py"))
APP = (ROOT / "dashboard" / "app.py").read_text(encoding="utf-8")
ACCESS = (ROOT / "dashboard" / "access.py").read_text(encoding="utf-8")
MAX_PAGE_LINES = 80
SQL_SELECT = re.compile(r"\bselect\s+[\w\s\*,\.\(\)]+?\s+from\s+\w+", re.IGNORECASE)
# Page file -> the i18n key of its navigation title.
PAGE_TITLE_KEYS = {
    "ringkasan_kota.py": "nav.ringkasan",
    "kesehatan.py": "nav.kesehatan",
    "pariwisata.py": "nav.pariwisata",
    "pemberdayaan.py": "nav.pemberdayaan",
    "kualitas_data.py": "nav.kualitas",
    "tentang_indikator.py": "nav.tentang",
    "kinerja_pegawai.py": "nav.kinerja",
    "peringatan_dini.py": "nav.peringatan",
    "kebutuhan_pelatihan.py": "nav.pelatihan",
    "log_audit.py": "nav.audit",
    "penghargaan.py": "nav.penghargaan",
}


def _page_ids() -> list[str]:
    return [p.name for p in PAGES]


def test_there_are_pages() -> None:
    assert PAGES, "pages/ is empty"


@pytest.mark.parametrize("page", PAGES, ids=_page_ids())
def test_every_page_is_registered_in_the_navigation(page: Path) -> None:
    assert f'"{page.stem}": ("nav.' in APP, "add the page to app.PAGES"
    assert f'"{page.stem}":' in ACCESS, "say which roles see it in access.PAGE_ROLES"


@pytest.mark.parametrize("page", PAGES, ids=_page_ids())
def test_pages_hold_no_sql_and_no_duckdb(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "duckdb" not in text.lower()
    assert not SQL_SELECT.search(text), "SQL belongs in dashboard/queries.py"


@pytest.mark.parametrize("page", PAGES, ids=_page_ids())
def test_pages_are_thin(page: Path) -> None:
    lines = page.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_PAGE_LINES, f"{page.name} has {len(lines)} lines"


@pytest.mark.parametrize("page", PAGES, ids=_page_ids())
def test_pages_follow_streamlit_guidance(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "st.title(" not in text, "the shell draws the title; pages use st.header"
    assert "__main__" not in text
    assert "st.header(" in text


@pytest.mark.parametrize("page", PAGES, ids=_page_ids())
def test_page_widget_keys_carry_the_page_prefix(page: Path) -> None:
    prefix = page.stem.split("_")[0] + "_"
    keys = re.findall(r"key=\"([^\"]+)\"", page.read_text(encoding="utf-8"))
    assert all(k.startswith(prefix) for k in keys), keys


def test_no_custom_url_path() -> None:
    assert "url_path" not in APP


def test_every_page_has_an_apptest_expectation() -> None:
    tree = ast.parse((ROOT / "tests" / "test_app.py").read_text(encoding="utf-8"))
    expected: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "EXPECTED_HEADER" for t in node.targets
        ):
            expected = ast.literal_eval(node.value)
    assert set(expected) == {p.name for p in PAGES}


def test_every_page_has_a_translated_title() -> None:
    assert set(PAGE_TITLE_KEYS) == {p.name for p in PAGES}
    for key in PAGE_TITLE_KEYS.values():
        assert f'("{key}", ' in APP


def test_only_db_imports_duckdb() -> None:
    for path in sorted((ROOT / "dashboard").glob("*.py")):
        imports_duckdb = re.search(
            r"^\s*(import|from)\s+duckdb\b", path.read_text(), re.M
        )
        assert bool(imports_duckdb) == (path.name == "db.py"), path.name


QUERY_MODULES = sorted((ROOT / "dashboard").glob("queries*.py"))


def _query_module(path: Path) -> object:
    return importlib.import_module(f"dashboard.{path.stem}")


def test_query_functions_are_cached_and_scoped() -> None:
    """Every public cached function of dashboard/queries*.py takes (scope, version)."""
    total = 0
    for path in QUERY_MODULES:
        module = _query_module(path)
        functions = [
            (name, obj)
            for name, obj in vars(module).items()
            if not name.startswith("_") and hasattr(obj, "clear") and callable(obj)
        ]
        total += len(functions)
        for name, cached in functions:
            params = list(inspect.signature(cached.__wrapped__).parameters)
            assert params[:2] == ["scope", "version"], f"{path.name}: {name}"
    assert total >= 10


@pytest.mark.parametrize("path", QUERY_MODULES, ids=[p.name for p in QUERY_MODULES])
def test_dashboard_sql_uses_parameters_not_string_formatting(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for name, value in vars(_query_module(path)).items():
        if name.endswith("_SQL"):
            assert "{" not in value, f"{name} looks formatted"
    assert ".format(" not in text
    assert not re.search(r"query_(df|one)\(\s*f[\"']", text)


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("key", sorted(i18n.TEXTS))
def test_i18n_has_both_languages(key: str) -> None:
    entry = i18n.TEXTS[key]
    assert set(entry) == {"id", "en"}, key
    assert entry["id"].strip() and entry["en"].strip(), key
    assert _placeholders(entry["id"]) == _placeholders(entry["en"]), key


def test_ui_strings_come_from_i18n() -> None:
    """Every t("...") key used by the dashboard and pages exists in the table."""
    modules = sorted((ROOT / "dashboard").glob("*.py"))
    sources = [*PAGES, *(m for m in modules if not m.name.startswith("i18n"))]
    used = set()
    for path in sources:
        used |= set(
            re.findall(r"\bt\(\s*\"([a-z_.]+)\"", path.read_text(encoding="utf-8"))
        )
    assert used, "no t() calls found"
    assert used <= set(i18n.TEXTS), sorted(used - set(i18n.TEXTS))


def test_readme_mentions_every_page_title() -> None:
    readme = ROOT / "README.md"
    assert readme.is_file(), "README.md is missing"
    text = readme.read_text(encoding="utf-8")
    for key in PAGE_TITLE_KEYS.values():
        assert i18n.TEXTS[key]["id"] in text, i18n.TEXTS[key]["id"]


def test_readme_input_table_matches_the_export_schema() -> None:
    """Every kind in pipelines/schema.py has a README row naming its required columns
    (the nine IKM answers u1..u9 are written as 'u1 … u9')."""
    from pipelines.schema import KINDS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for kind in KINDS.values():
        prefix = f"| `{kind.name}` |"
        rows = [line for line in text.splitlines() if line.startswith(prefix)]
        assert rows, f"README has no input row for {kind.name}"
        required = [c for c in kind.required if not re.fullmatch(r"u\d", c)]
        for column in required:
            assert column in rows[0], f"README row of {kind.name} lacks {column}"


def test_page_links_go_through_the_role_check() -> None:
    """st.page_link to a page the role lacks raises; components.page_link checks."""
    for path in [*PAGES, *sorted((ROOT / "dashboard").glob("*.py"))]:
        if path.name == "components.py":
            continue
        assert "st.page_link(" not in path.read_text(encoding="utf-8"), path.name
