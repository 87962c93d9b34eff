"""Heuristics for what no rule decided: the title, the body's extent, and the rest of the page.

Each decision is named by a ``heuristic.*`` id, just as rules are named by theirs:

==============================  ==========================================================
``heuristic.title``             the headline-like block right above the first paragraph
``heuristic.body.prose``        running text or list items between the title and the end
``heuristic.body.short``        a short sentence inside the body
``heuristic.heading``           a short line inside the body followed by running text
``heuristic.chrome.header``     anything above the article
``heuristic.chrome.in-body``    a short fragment inside the body that is not a sentence
``heuristic.teaser.after-body`` headline- or prose-like text below the article
``heuristic.chrome.footer``     the remaining short bits below the article
==============================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Sequence

from ..labels import Label
from .slots import Slot
from .text_shape import (
    MIN_TEASER_WORDS,
    ends_sentence,
    is_heading_like,
    is_list_item,
    is_prose,
    is_title_like,
    word_count,
)

SKIPPED_ABOVE_TITLE = frozenset(
    {Label.CAPTION, Label.DATE, Label.BYLINE, Label.PROMO, Label.CHROME}
)
"""Labels of blocks that may stand between a headline and the first paragraph."""
BODY_STOPPERS = frozenset({Label.TEASER})
"""A block with one of these labels ends the body: the article never runs into a list."""


def find_title(slots: Sequence[Slot]) -> int | None:
    """The index of the title: decided by a rule, or the headline-like block above the first
    paragraph with only captions, dates, bylines, promos or chrome in between."""
    for i, slot in enumerate(slots):
        if slot.label is Label.TITLE:
            return i
    first_prose = next((i for i, s in enumerate(slots) if s.free and is_prose(s.text)), None)
    if first_prose is None:
        return None
    for i in range(first_prose - 1, -1, -1):
        slot = slots[i]
        if slot.free:
            return i if is_title_like(slot.text) else None
        if slot.label not in SKIPPED_ABOVE_TITLE or slot.boundary:
            return None
    return None


def resolve_layout(slots: list[Slot], title: int | None) -> None:
    """Decide every block still free, around the title and the body's extent."""
    start = title + 1 if title is not None else _first_prose(slots, 0)
    end = _body_end(slots, start) if start is not None else None
    if title is not None and slots[title].free:
        if end is None:
            title = None
        else:
            slots[title].decide(Label.TITLE, "heuristic.title")
    top = title if title is not None else (start if end is not None else len(slots))
    for slot in slots[:top]:
        if slot.free:
            slot.decide(Label.CHROME, "heuristic.chrome.header")
    if start is not None and end is not None:
        _resolve_body(slots, start, end)
    for slot in slots:
        if slot.free:
            _resolve_outside(slot)


def _first_prose(slots: Sequence[Slot], start: int) -> int | None:
    return next((i for i in range(start, len(slots))
                 if slots[i].free and is_prose(slots[i].text)), None)


def _body_end(slots: Sequence[Slot], start: int) -> int | None:
    """One past the last running-text block before the first list; ``None`` without any."""
    last = None
    for i in range(start, len(slots)):
        slot = slots[i]
        if slot.boundary or slot.label in BODY_STOPPERS:
            break
        if slot.free and (is_prose(slot.text) or is_list_item(slot.text)):
            last = i
    return None if last is None else last + 1


def _resolve_body(slots: list[Slot], start: int, end: int) -> None:
    free = [i for i in range(start, end) if slots[i].free]
    for position, i in enumerate(free):
        text = slots[i].text
        following = free[position + 1] if position + 1 < len(free) else None
        if is_prose(text) or is_list_item(text):
            slots[i].decide(Label.BODY, "heuristic.body.prose")
        elif is_heading_like(text) and following is not None and _opens_text(slots[following]):
            slots[i].decide(Label.HEADING, "heuristic.heading")
        elif ends_sentence(text):
            slots[i].decide(Label.BODY, "heuristic.body.short")
        else:
            slots[i].decide(Label.CHROME, "heuristic.chrome.in-body")


def _opens_text(slot: Slot) -> bool:
    return is_prose(slot.text) or is_list_item(slot.text) or ends_sentence(slot.text)


def _resolve_outside(slot: Slot) -> None:
    text = slot.text
    if word_count(text) >= MIN_TEASER_WORDS and (is_prose(text) or is_title_like(text)):
        slot.decide(Label.TEASER, "heuristic.teaser.after-body")
    else:
        slot.decide(Label.CHROME, "heuristic.chrome.footer")
