"""The explain page as a person sees it, in a real headless Chromium driven through Selenium.

Chromium and its driver come from Debian (``apt-get install chromium chromium-driver``; ``bash
.ci/run`` installs them). Without them these tests skip, saying so; everything else must hold.
The machine has no network, so Chromium runs with every background service off and a fresh
profile. A full-page screenshot is written to a temporary folder (its path is printed).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.cli.explanations import UNKNOWN_WHY

DATA = Path(__file__).parent / "data" / "cli"
SRC = Path(__file__).resolve().parent.parent / "src"
PAGE = DATA / "artikel.txt"
URL = "https://www.mijnkrant.nl/nieuws/fietsbrug"
RULES = DATA / "mijnkrant.toml"
CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)
CHROMEDRIVER = shutil.which("chromedriver")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1200,900",
)  # fmt: skip
MIN_CONTRAST = 4.5
"""WCAG AA's least contrast ratio for body text."""
SEVERE = "SEVERE"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="headless Chromium is not installed: apt-get install chromium chromium-driver "
    "(bash .ci/run installs them)",
)


@pytest.fixture(scope="module")
def explain_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The explain page of the test article, made by the real command."""
    out = tmp_path_factory.mktemp("explain") / "artikel.html"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    subprocess.run(
        [sys.executable, "-m", "newsclean", "explain", str(PAGE), "--url", URL,
         "--rules", str(RULES), "--html", str(out)],
        check=True, capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def document() -> newsclean.Document:
    return newsclean.extract(PAGE.read_bytes(), url=URL, rules=[newsclean.load_rules(RULES)])


@pytest.fixture(scope="module")
def browser(explain_page: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Chromium showing the explain page."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                              options=options)
    try:
        driver.get(explain_page.as_uri())
        yield driver
    finally:
        driver.quit()


def _rgb(colour: str) -> tuple[int, int, int]:
    """``rgb(r, g, b)`` or ``rgba(r, g, b, a)`` as computed by the browser."""
    inner = colour[colour.index("(") + 1 : colour.index(")")]
    red, green, blue = (int(float(part)) for part in inner.split(",")[:3])
    return red, green, blue


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _style(browser: Any, element: Any, name: str) -> str:
    return str(browser.execute_script(
        "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", element, name))


def test_the_blocks_show_in_document_order(browser: Any, document: newsclean.Document) -> None:
    blocks = browser.find_elements("css selector", "li.block")
    assert [b.find_element("css selector", ".text").text for b in blocks] == [
        block.text for block in document.blocks]
    assert all(b.is_displayed() for b in blocks)
    tops = [b.rect["y"] for b in blocks]
    assert tops == sorted(tops), "a block shows above the one before it"
    assert len(set(tops)) == len(tops), "two blocks overlap"


def test_each_block_shows_its_label_rule_and_why(browser: Any,
                                                 document: newsclean.Document) -> None:
    blocks = browser.find_elements("css selector", "li.block")
    for element, block in zip(blocks, document.blocks, strict=True):
        assert element.find_element("css selector", ".badge").text == block.label.value
        assert element.find_element("css selector", ".rule").text == block.rule
        why = element.find_element("css selector", ".why").text
        assert why, block.rule
        assert why != UNKNOWN_WHY, block.rule
    promo = next(e for e in blocks if e.get_attribute("data-rule") == "mijnkrant.promo.club")
    assert promo.find_element("css selector", ".why").text == (
        "'Word lid van de Mijn Krant Club' promotes the paper's membership.")


def test_every_label_colour_is_in_the_legend(browser: Any, document: newsclean.Document) -> None:
    legend = {item.get_attribute("data-label"): item
              for item in browser.find_elements("css selector", ".legend li")}
    assert set(legend) == {label.value for label in newsclean.Label}
    swatches = {label: _rgb(_style(browser, item.find_element("css selector", ".swatch"),
                                   "background-color"))
                for label, item in legend.items()}
    assert len(set(swatches.values())) == len(swatches), "two labels share a colour"
    for element in browser.find_elements("css selector", "li.block"):
        label = element.get_attribute("data-label")
        assert _rgb(_style(browser, element, "background-color")) == swatches[label], label
    for label in newsclean.Label:
        count = legend[label.value].find_element("css selector", ".count").text
        assert int(count) == len(document.labelled(label)), label


def test_the_text_is_readable_on_every_colour(browser: Any) -> None:
    for element in browser.find_elements("css selector", "li.block"):
        text = element.find_element("css selector", ".text")
        ratio = contrast(_rgb(_style(browser, text, "color")),
                         _rgb(_style(browser, element, "background-color")))
        assert ratio >= MIN_CONTRAST, (element.get_attribute("data-label"), ratio)


def test_page_text_stays_text(browser: Any) -> None:
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.find_elements("css selector", "en") == []
    assert any("<en>" in e.text for e in browser.find_elements("css selector", ".text"))


def test_no_console_errors_and_no_outside_requests(browser: Any) -> None:
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == SEVERE]
    assert errors == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_a_screenshot_of_the_whole_page(browser: Any,
                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    size = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
    shot = browser.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
    path = tmp_path_factory.mktemp("explain-screenshot") / "explain.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    assert path.read_bytes().startswith(b"\x89PNG")
    print(f"explain page screenshot: {path}")
