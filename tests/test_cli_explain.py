"""``newsclean explain`` through the real entry point: the table, the HTML page, bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli.explanations import HEURISTIC_WHY

DATA = Path(__file__).parent / "data" / "cli"
SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "newsclean"
ARTICLE_TEXT = DATA / "artikel.txt"
ARTICLE_HTML = DATA / "artikel.html"
MIJNKRANT_URL = "https://www.mijnkrant.nl/nieuws/fietsbrug"
HEURISTIC_ID = re.compile(r"(?<=[\"'`])heuristic\.[a-z0-9][a-z0-9.-]*[a-z0-9](?=[\"'`])")
"""A heuristic's id as a string literal or a ``literal`` in a docstring."""
LABELS = ("title", "byline", "date", "body", "heading", "caption", "related", "teaser",
          "promo", "chrome")


def newsclean_command(*args: str | Path, stdin: str | None = None
                      ) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a fresh process, with this checkout's package first."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SRC), os.environ.get("PYTHONPATH")])), "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_the_table_has_a_row_per_block_and_a_count_line() -> None:
    result = newsclean_command("explain", ARTICLE_TEXT, "--url", MIJNKRANT_URL,
                               "--rules", DATA / "mijnkrant.toml")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "label", "rule", "text"]
    assert lines[6].split()[:3] == ["6", "promo", "mijnkrant.promo.club"]
    assert lines[7].split()[:3] == ["7", "title", "heuristic.title"]
    assert all(len(line) <= 100 for line in lines[:-1])
    assert lines[-1].startswith("27 blocks: body 4, byline 1,")


def test_the_html_page_is_one_self_contained_escaped_file(tmp_path: Path) -> None:
    out = tmp_path / "explain.html"
    result = newsclean_command("explain", ARTICLE_HTML, "--html", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"newsclean explain: 16 blocks -> {out}\n"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    for outside in ("<script", "<link", " src="):
        assert outside not in page
    assert "&lt;script&gt;alert(&quot;dit is tekst, geen code&quot;)&lt;/script&gt;" in page
    for label in LABELS:
        assert f'<li class="legend-item label-{label}" data-label="{label}">' in page
    assert page.count('<li class="block ') == 16
    assert "A block of the page&#x27;s main content, after the title." in page


def test_standard_input_is_a_page() -> None:
    result = newsclean_command("explain", "-", stdin=ARTICLE_TEXT.read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert "heuristic.title" in result.stdout


def test_a_missing_page_or_a_bad_rule_file_exits_1(tmp_path: Path) -> None:
    missing = newsclean_command("explain", tmp_path / "weg.html")
    assert missing.returncode == 1
    assert missing.stderr == (
        f"newsclean: error: cannot read {tmp_path / 'weg.html'}: no such file\n")
    bad = newsclean_command("explain", ARTICLE_TEXT, "--rules", DATA / "kapot.toml")
    assert bad.returncode == 1
    assert "kapot.toml:9: rule 'kapot.promo.club': field 'label'" in bad.stderr
    assert newsclean_command("explain").returncode == 2


def _named_heuristics() -> set[str]:
    return {match for path in PACKAGE.rglob("*.py") if path.parent.name != "cli"
            for match in HEURISTIC_ID.findall(path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("rule_id", sorted(_named_heuristics()))
def test_every_heuristic_named_in_the_package_is_explained(rule_id: str) -> None:
    assert rule_id in HEURISTIC_WHY, (
        f"{rule_id} decides blocks but has no entry in newsclean/cli/explanations.py")
