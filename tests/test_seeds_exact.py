"""The two pages the project started from come out exactly as hand-labelled."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import newsclean

from conftest import SEEDS, read_gold

ZEELANDNET = "000_f8f0579d831aafe8"
WNL = "003_298991e1911e9b04"


def extract_seed(name: str) -> tuple[newsclean.Document, list[tuple[str, str]]]:
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    return newsclean.extract(text), read_gold(SEEDS / f"{name}.tsv")


@pytest.mark.parametrize("name", [ZEELANDNET, WNL])
def test_every_block_has_its_hand_label(name: str) -> None:
    doc, gold = extract_seed(name)
    assert [(b.label.value, b.text) for b in doc.blocks] == gold


@pytest.mark.parametrize("name", [ZEELANDNET, WNL])
def test_body_is_exactly_the_article_paragraphs_and_subheadings(name: str) -> None:
    doc, gold = extract_seed(name)
    expected = "\n\n".join(text for label, text in gold if label in {"body", "heading"})
    assert doc.body == expected


def test_wire_story_fields_and_teasers() -> None:
    doc, _ = extract_seed(ZEELANDNET)
    assert doc.title == "Rutte: steun Pyongyang aan Russen bedreigt wereldwijde veiligheid"
    assert doc.authors == ()
    assert doc.date is None
    assert [t.time for t in doc.teasers] == [
        "36 minuten geleden",
        "38 minuten geleden",
        "1 uur geleden",
        "3 uur geleden",
        "3 uur geleden",
        "3 uur geleden",
        "4 uur geleden",
    ]
    assert all(t.snippet and t.title is None for t in doc.teasers)
    assert doc.teasers[1].snippet is not None
    assert doc.teasers[1].snippet.startswith("WASHINGTON (ANP) - De Amerikaanse president")


def test_wnl_article_fields_and_teasers() -> None:
    doc, _ = extract_seed(WNL)
    assert doc.title is not None
    assert doc.title.startswith("Inzet Noord-Koreaanse militairen in Oekraïne")
    assert doc.byline == "Door: Redactie"
    assert doc.authors == ("Redactie",)
    assert doc.date == datetime(2024, 10, 21, 14, 23, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert doc.headings == ("Rusland haalt banden aan met Noord-Korea", "Reactie Rutte")
    assert len(doc.teasers) == 11
    assert all(t.title and t.snippet for t in doc.teasers)
    assert doc.teasers[0].title == "BBB: Amsterdam kan wel wat boerenverstand gebruiken"
    assert [b.text for b in doc.related] == [
        "Lees ook:",
        "Nederland stelt 271 miljoen beschikbaar voor granaten voor Oekraïne",
    ]
    assert len(doc.promos) == 8


def test_wnl_rule_sets_are_found_by_fingerprint_and_by_url() -> None:
    text = (SEEDS / f"{WNL}.txt").read_text(encoding="utf-8")
    by_text = newsclean.extract(text)
    by_url = newsclean.extract(text, url="https://www.wnl.tv/2024/10/21/x/")
    assert by_text.rulesets[:2] == ("wnl", "npo")
    assert by_url.rulesets == by_text.rulesets
