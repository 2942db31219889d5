"""End to end in a real headless Chromium against `streamlit run` on loopback.

A visitor opens a shared leaderboard link, narrows it with the search box and downloads the CSV; a
reviewer logs in through the login page, submits a review from the workbench and it is in the store;
a user (an organisation's admin) logs in, opens the organisation dashboard and casts a vote.
Screenshots of the main pages are saved under test-artifacts/app/.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import select

from aibaas.auth import create_organization
from aibaas.config import Settings
from aibaas.store.models import Review, Vote
from tests.app.conftest import APP, PASSWORD, People
from tests.conftest import free_port

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "app"
pytestmark = pytest.mark.slow  # starts a Streamlit server and a browser: ~20 s per test


@pytest.fixture
def server(demo_settings: Settings, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = dict(
        os.environ, AIBAAS_DATA_DIR=str(demo_settings.data_dir), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false"
    )
    log = (tmp_path / "streamlit.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(APP),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError(f"streamlit did not start; see {tmp_path / 'streamlit.log'}")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService("/usr/bin/chromedriver"))
    driver.execute_cdp_cmd(
        "Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path / "dl")}
    )
    try:
        yield driver
    finally:
        driver.quit()


def _wait_text(driver: webdriver.Chrome, text: str, timeout: float = 30) -> None:
    WebDriverWait(driver, timeout).until(ec.text_to_be_present_in_element((By.TAG_NAME, "body"), text))


def _settle(driver: webdriver.Chrome) -> None:
    """Wait until Streamlit is not running the script any more."""
    WebDriverWait(driver, 30).until_not(
        ec.presence_of_element_located((By.CSS_SELECTOR, "[data-testid='stStatusWidget']"))
    )


def test_visitor_filters_the_leaderboard_and_downloads_csv(server, browser, tmp_path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.get(f"{server}/leaderboard?scenario=review&window=90d")
    _wait_text(browser, "recomputed from daily history")
    _settle(browser)
    search = WebDriverWait(browser, 30).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "input[aria-label='Search model or provider']"))
    )
    search.send_keys("anthropic", Keys.ENTER)
    _wait_text(browser, "2 models")
    _settle(browser)
    assert "search=anthropic" in browser.current_url and "scenario=review" in browser.current_url
    browser.save_screenshot(str(ARTIFACTS / "leaderboard.png"))

    button = next(b for b in browser.find_elements(By.TAG_NAME, "button") if "Download CSV" in b.text)
    button.click()
    folder = tmp_path / "dl"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not list(folder.glob("*.csv")):
        time.sleep(0.2)
    [download] = list(folder.glob("*.csv"))
    rows = list(csv.DictReader(download.open(encoding="utf-8")))
    assert download.name == "aibaas-leaderboard-review-90d-anthropic.csv"
    assert len(rows) == 2 and {r["provider"] for r in rows} == {"demo-anthropic"}

    for page, marker in (("model_profile", "Score by judge source"), ("trends", "Side by side")):
        browser.get(f"{server}/{page}")
        _wait_text(browser, marker)
        _settle(browser)
        browser.save_screenshot(str(ARTIFACTS / f"{page}.png"))


def _displayed(driver: webdriver.Chrome, css: str, text: str | None = None) -> WebElement:
    """The first displayed element matching `css` (and containing `text`), waiting for it: the login
    page's hidden tabs hold look-alikes, and elements appear while the script still runs."""

    def find(d: webdriver.Chrome) -> WebElement | bool:
        for element in d.find_elements(By.CSS_SELECTOR, css):
            if element.is_displayed() and (text is None or text in element.text):
                return element
        return False

    found: WebElement = WebDriverWait(driver, 30, ignored_exceptions=[StaleElementReferenceException]).until(
        find
    )
    return found


def _button(driver: webdriver.Chrome, text: str) -> WebElement:
    return _displayed(driver, "button[data-testid^='stBaseButton']", text)


def _log_in(driver: webdriver.Chrome, server: str, who: str) -> None:
    """A fresh session on the login page, signed in through its form."""
    driver.get(f"{server}/login")
    _wait_text(driver, "Forgot password")
    _displayed(driver, "input[aria-label='Email']").send_keys(f"{who}@example.com")
    _displayed(driver, "input[aria-label='Password']").send_keys(PASSWORD)
    _button(driver, "Log in").click()
    _wait_text(driver, "You are logged in")
    _settle(driver)


def _open(driver: webdriver.Chrome, title: str, marker: str) -> None:
    """Follow a sidebar link: the same browser session, so the sign-in is kept."""
    _displayed(driver, "[data-testid='stSidebarNav'] a", title).click()
    _wait_text(driver, marker)
    _settle(driver)


def test_reviewer_reviews_and_user_votes_after_logging_in(server, browser, people: People) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _log_in(browser, server, "reviewer")
    _open(browser, "Reviewer workbench", "Submit review and next")
    browser.save_screenshot(str(ARTIFACTS / "workbench.png"))
    _button(browser, "Submit review and next").click()
    _wait_text(browser, "Saved your review of")
    with people.ctx.sessions() as db:
        review = db.scalars(select(Review)).one()
    assert review.reviewer_id == people.ids["reviewer"] and set(review.rubric_scores.values()) == {3}

    create_organization(people.ctx, people.ids["voter"], "Acme Labs")
    _log_in(browser, server, "voter")
    _open(browser, "Benchmarks", "No private benchmark has run yet")
    browser.save_screenshot(str(ARTIFACTS / "org_dashboard.png"))
    _open(browser, "Community voting", "Which answer is better?")
    browser.save_screenshot(str(ARTIFACTS / "voting.png"))
    _button(browser, "Submit vote").click()
    _wait_text(browser, "Thanks! A was")
    with people.ctx.sessions() as db:
        vote = db.scalars(select(Vote)).one()
    assert vote.voter_id == people.ids["voter"] and vote.model_a and vote.model_b
