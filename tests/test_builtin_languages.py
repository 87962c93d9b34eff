"""The generic Dutch sets (``nl``, ``liveblog``) are for pages in Dutch: a page that declares
another language is read without them; a page that declares none, and a text dump, with them."""

from __future__ import annotations

import pytest

import newsclean

DUTCH_SETS = ("nl", "liveblog")
BODY = ("<h1>Kop van het artikel over de stad</h1><p>Door Jan Jansen</p>"
        "<p>" + "Een zin over het nieuws van vandaag in de stad. " * 6 + "</p>"
        "<p>Liveblog</p>")


def page(lang: str | None) -> str:
    declared = f" lang='{lang}'" if lang is not None else ""
    return f"<html{declared}><head></head><body>{BODY}</body></html>"


@pytest.mark.parametrize(("lang", "dutch"), [
    ("nl", True), ("nl-BE", True), ("NL_nl", True), (None, True), ("en", False), ("de-DE", False),
])
def test_the_dutch_sets_apply_to_pages_in_dutch_or_in_no_declared_language(
        lang: str | None, dutch: bool) -> None:
    rulesets = newsclean.extract(page(lang)).rulesets
    for ruleset in DUTCH_SETS:
        assert (ruleset in rulesets) is dutch, (lang, ruleset)


def test_a_text_dump_gets_the_dutch_sets() -> None:
    dump = "Liveblog\nKop van het artikel\nDoor Jan Jansen\n" + "Een zin over het nieuws. " * 6
    assert set(DUTCH_SETS) <= set(newsclean.extract(dump).rulesets)


@pytest.mark.parametrize(("line", "found"), [
    ("Liveblog", True), ("   LIVE BLOG: de laatste stand", True), ("\n\n  liveblog", True),
    ("Volg onze liveblog", False), ("Livebloggers", False), ("Live-blog", False),
])
def test_the_liveblog_set_is_found_by_a_line_that_starts_with_liveblog(
        line: str, found: bool) -> None:
    dump = f"Kop van het artikel\n{line}\n" + "Een zin over het nieuws. " * 6
    assert ("liveblog" in newsclean.extract(dump).rulesets) is found, line
