"""The public surface: names, input types, the Document's shape and its JSON round trip."""

from __future__ import annotations

import dataclasses

import pytest

import newsclean
from newsclean import Document, InputTypeError, Label

from conftest import SEEDS

WNL_PAGE = (SEEDS / "003_298991e1911e9b04.txt").read_text(encoding="utf-8")


def test_public_names_are_pinned() -> None:
    assert sorted(newsclean.__all__) == [
        "Block",
        "Document",
        "InputTypeError",
        "Label",
        "NewscleanError",
        "RuleSet",
        "RuleSetError",
        "Teaser",
        "__version__",
        "builtin_rulesets",
        "extract",
        "load_rules",
        "purge_caches",
    ]


def test_labels_are_the_ten_of_the_label_guide() -> None:
    assert [label.value for label in Label] == [
        "title",
        "byline",
        "date",
        "body",
        "heading",
        "caption",
        "related",
        "teaser",
        "promo",
        "chrome",
    ]


@pytest.mark.parametrize("bad", [None, 42, 4.2, ["tekst"], object()])
def test_anything_but_str_or_bytes_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        newsclean.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        newsclean.extract(bad)  # type: ignore[arg-type]


def test_bytes_and_str_give_the_same_document() -> None:
    assert newsclean.extract(WNL_PAGE.encode("utf-8")) == newsclean.extract(WNL_PAGE)


def test_cp1252_bytes_are_decoded_with_a_warning() -> None:
    page = "Café in Zaandam sluit de deuren na veertig jaar\n".encode("cp1252")
    doc = newsclean.extract(page)
    assert doc.blocks[0].text.startswith("Café")
    assert any("cp1252" in w for w in doc.warnings)


@pytest.mark.parametrize("empty", ["", "   \n\t\n", b""])
def test_empty_input_gives_an_empty_document(empty: str | bytes) -> None:
    doc = newsclean.extract(empty)
    assert doc.blocks == ()
    assert doc.title is None
    assert doc.body == ""


def test_document_is_immutable() -> None:
    doc = newsclean.extract(WNL_PAGE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.title = "iets anders"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.blocks[0].label = Label.BODY  # type: ignore[misc]


def test_json_round_trip_is_exact() -> None:
    doc = newsclean.extract(WNL_PAGE, url="https://wnl.tv/x")
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.to_json() == doc.to_json()
    assert doc.to_dict()["date"] == "2024-10-21T14:23:00+02:00"


def test_spans_point_into_the_input() -> None:
    doc = newsclean.extract(WNL_PAGE)
    for block in doc.blocks:
        assert block.span is not None
        start, end = block.span
        assert WNL_PAGE[start:end] == block.text


def test_every_block_names_a_rule_or_heuristic() -> None:
    doc = newsclean.extract(WNL_PAGE)
    rule_ids = {r.id for s in newsclean.builtin_rulesets() for r in s.rules}
    for block in doc.blocks:
        assert block.rule in rule_ids or block.rule.startswith("heuristic."), block.rule
