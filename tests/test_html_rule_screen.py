"""The rule screen is only a speed-up: with or without it, every page gets the same labels."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
import newsclean.pipeline
from newsclean.engine.screen import Screen, anchored_at_start
from newsclean.rules import parse_rules

from conftest import SEEDS

PAGES = sorted([*SEEDS.glob("*.txt"), *SEEDS.glob("*.html"),
                *(Path(__file__).parent / "data" / "html").glob("*.html")])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_screened_and_unscreened_rules_agree(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = page.read_text(encoding="utf-8")
    screened = newsclean.extract(text)
    monkeypatch.setattr(newsclean.pipeline.Screen, "of", classmethod(lambda cls, rules: None))
    assert newsclean.extract(text) == screened


@pytest.mark.parametrize(("pattern", "anchored"), [
    ("^a|^b", True), ("^a|b", False), ("^(a|b)", True), ("^[|]x", True), (r"^\|x|y", False),
    ("a", False), (r"^(?=.*?x)(?:a|b)|^(?:c)", True), ("^[[:alpha:]|]x", False),
])
def test_only_patterns_anchored_in_every_branch_count_as_anchored(pattern: str,
                                                                  anchored: bool) -> None:
    assert anchored_at_start(pattern) is anchored


def test_patterns_with_back_references_are_not_screened() -> None:
    ruleset = parse_rules('[ruleset]\nid = "mijn"\nwhy = "w"\n[[rule]]\nid = "mijn.x"\n'
                          'why = "w"\npattern = \'(\\w)\\1\'\nlabel = "chrome"\n')
    screen = Screen.of(ruleset.rules)
    assert screen is None or not screen.covers(ruleset.rules[0])
