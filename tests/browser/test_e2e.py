"""Browser test: the real server (python -m streamlit run dashboard/app.py) in Chromium.

Catches what AppTest cannot: launcher and import faults, navigation links, and filters
that live in the URL. Needs Debian's /usr/bin/chromium; skipped without it, except under
CI=true, where a missing browser fails the run. Screenshots go to /tmp/screens/.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENS = Path("/tmp/screens")
# Navigation title -> the page heading it opens.
PAGES = {
    "Ringkasan Kota": "Ringkasan Kota",
    "Kesehatan": "Kesehatan",
    "Pariwisata": "Pariwisata",
    "Pemberdayaan Masyarakat": "Pemberdayaan Masyarakat",
    "Kualitas Data & Impor": "Kualitas Data & Impor",
    "Tentang Indikator": "Tentang Indikator",
}
TIMEOUT_MS = 60_000


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing; CI must install Debian's chromium")
    pytest.skip(f"{CHROMIUM} is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text()}")


@pytest.fixture(scope="module")
def server(
    sample_warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    _need_chromium()
    port = _free_port()
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    env = {
        **os.environ,
        "KINERJA_DB": str(sample_warehouse),
        "KINERJA_STORE": str(sample_warehouse.parent / "e2e_store.sqlite"),
        "KINERJA_AUTH": "demo",
    }
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard/app.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
    ]
    with log.open("w") as out:
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1440, "height": 2400})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    yield tab
    context.close()


def _heading(tab: object) -> object:
    return tab.locator('[data-testid="stMain"] h2').first


def _settle(tab: object) -> None:
    """Wait until Streamlit has finished the current script run (a click right after a
    load can otherwise land before bound widgets have written the URL)."""
    # Twice: the first run after a load can be followed at once by a second one (bound
    # widgets writing the URL), which re-renders the widgets a click is aimed at.
    for _ in range(2):
        tab.wait_for_timeout(400)
        tab.locator(
            '[data-testid="stApp"][data-test-script-state="notRunning"]'
        ).wait_for()


def _sidebar_select(tab: object, label: str) -> object:
    return tab.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text=label
    )


def _shot(tab: object, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("title", list(PAGES))
def test_each_page_opens_from_the_navigation(
    server: str, page: object, title: str
) -> None:
    page.goto(server)
    _heading(page).wait_for()
    page.get_by_role("link", name=title).click()
    heading = page.locator('[data-testid="stMain"] h2', has_text=PAGES[title])
    heading.wait_for()
    _settle(page)
    assert heading.is_visible()
    assert page.locator('[data-testid="stException"]').count() == 0
    _shot(page, "e2e_" + title.split()[0].lower())


def test_filters_live_in_the_url(server: str, page: object, browser: object) -> None:
    page.goto(server)
    _heading(page).wait_for()
    _settle(page)
    _sidebar_select(page, "Sektor").locator("input").click()
    page.get_by_role("option", name="Kesehatan").click()
    page.wait_for_url(re.compile(r"sektor=Kesehatan"))
    _settle(page)
    shared = page.url
    assert "sektor=Kesehatan" in shared

    other = browser.new_context(viewport={"width": 1440, "height": 2400}).new_page()
    other.set_default_timeout(TIMEOUT_MS)
    other.goto(shared)
    _heading(other).wait_for()
    _settle(other)
    chosen = _sidebar_select(other, "Sektor").locator("input").input_value()
    assert chosen == "Kesehatan"
    assert other.locator('[data-testid="stException"]').count() == 0
    _shot(other, "e2e_sektor_kesehatan")
    other.context.close()


def test_language_switch_is_kept_in_the_url(server: str, page: object) -> None:
    page.goto(server)
    _heading(page).wait_for()
    _settle(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    english = sidebar.get_by_text("English", exact=True)
    for attempt in range(3):  # a click landing during a rerun is lost: click again
        english.click()
        try:
            page.wait_for_url(re.compile(r"lang=English"), timeout=20_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            _settle(page)
    page.locator('[data-testid="stMain"] h2', has_text="City Overview").wait_for()
    _settle(page)
    url = page.url
    page.goto(url)
    page.locator('[data-testid="stMain"] h2', has_text="City Overview").wait_for()
    _settle(page)
    page.get_by_role("link", name="Data Quality & Imports").click()
    page.locator(
        '[data-testid="stMain"] h2', has_text="Data Quality & Imports"
    ).wait_for()
    page.wait_for_url(re.compile(r"/kualitas_data\?(.*&)?lang=English"))
    _settle(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    _shot(page, "e2e_english_quality")


def _main_select(tab: object, label: str) -> object:
    """The main area's selectbox whose label is exactly `label`."""
    exact = tab.locator(
        '[data-testid="stWidgetLabel"]', has_text=re.compile(rf"^{re.escape(label)}$")
    )
    return tab.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').filter(
        has=exact
    )


def _choose(tab: object, label: str, option: str) -> None:
    """Pick `option` in a main-area selectbox; a rerun that closes the list between
    opening and clicking is retried (a user would simply open it again)."""
    for attempt in range(3):
        _main_select(tab, label).locator("input").click()
        try:
            tab.get_by_role("option", name=option).click(timeout=15_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
            _settle(tab)
    _settle(tab)


def test_a_copied_drill_down_link_reopens_the_same_level(
    server: str, page: object, browser: object
) -> None:
    """Ringkasan Kota: city -> Kesehatan -> DINKES -> Puskesmas Balohan, kept in the
    URL; the copied link opens the same level in a fresh browser, and the link to
    the sector page opens Kesehatan on that puskesmas."""
    page.goto(server)
    _heading(page).wait_for()
    _settle(page)
    _choose(page, "Sektor", "Kesehatan")
    _choose(page, "OPD", "Dinas Kesehatan dan Keluarga Berencana")
    _choose(page, "Unit", "Puskesmas Balohan")
    page.wait_for_url(re.compile(r"rinci_unit=PKM-BALOHAN"))
    shared = page.url
    assert "rinci_sektor=kesehatan" in shared and "rinci_opd=DINKES" in shared

    other = browser.new_context(viewport={"width": 1440, "height": 2400}).new_page()
    other.set_default_timeout(TIMEOUT_MS)
    other.goto(shared)
    _heading(other).wait_for()
    _settle(other)
    assert _main_select(other, "Unit").locator("input").input_value() == (
        "Puskesmas Balohan"
    )
    assert _main_select(other, "Sektor").locator("input").input_value() == "Kesehatan"
    crumbs = "Kota Sabang › Kesehatan › Dinas Kesehatan dan Keluarga Berencana › "
    other.get_by_text(crumbs + "Puskesmas Balohan").wait_for()
    assert other.locator('[data-testid="stException"]').count() == 0
    _shot(other, "e2e_rincian_balohan")

    other.get_by_role(
        "link", name="Buka Puskesmas Balohan di halaman Kesehatan"
    ).click()
    other.locator('[data-testid="stMain"] h2', has_text="Kesehatan").wait_for()
    other.wait_for_url(re.compile(r"/kesehatan\?(.*&)?unit=PKM-BALOHAN"))
    _settle(other)
    picker = _main_select(other, "Puskesmas / kota").locator("input")
    assert picker.input_value() == "Puskesmas Balohan"
    assert other.locator('[data-testid="stException"]').count() == 0
    other.context.close()
