"""Properties that hold for any input: extract never raises and text blocks cover the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean

LINE_PIECES = st.sampled_from(
    [
        "Lees meer",
        "Lees ook:",
        "Door: Redactie",
        "36 minuten geleden",
        "Meer uit Binnenland",
        "21 oktober 2024 — 14:23",
        "Foto: ANP",
        "Steun WNL",
        "-",
        "DEN HAAG (ANP) - ",
        "18:30",
        "Kijk de uitzending terug via NPO Start.",
        "Dit is een gewone zin van het artikel, lang genoeg.",
    ]
)
DUMPS = st.lists(st.one_of(LINE_PIECES, st.text(max_size=80)), max_size=40).map("\n".join)


def assert_covers(text: str, doc: newsclean.Document) -> None:
    """Every non-whitespace character is in exactly one block, in order."""
    position = 0
    for block in doc.blocks:
        assert block.span is not None
        start, end = block.span
        assert start >= position
        assert text[start:end] == block.text
        assert text[position:start].strip() == ""
        position = end
    assert text[position:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(DUMPS)
def test_text_dumps_never_raise_and_are_covered_exactly(text: str) -> None:
    doc = newsclean.extract(text)
    if doc.kind == "text":
        assert_covers(text, doc)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    doc = newsclean.extract(text)
    assert doc.to_json()
    if doc.kind == "text":
        assert_covers(text, doc)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_never_raise(data: bytes) -> None:
    assert newsclean.extract(data).to_json()


@settings(max_examples=100, deadline=None)
@given(DUMPS)
def test_same_input_same_output(text: str) -> None:
    assert newsclean.extract(text).to_json() == newsclean.extract(text).to_json()
