"""Heuristics for what no rule decided: the title, the body's extent, and the rest of the page.

Each decision is named by a ``heuristic.*`` id, just as rules are named by theirs:

==============================  ==========================================================
``heuristic.title``             the headline-like block right above the first paragraph
``heuristic.caption.credited``  a short text beside a photo credit ("Foto: …", "© …")
``heuristic.byline.name``       a bare person's name right beside the article's date line
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
from ..rules.model import Part
from .slots import Slot
from .text_shape import (
    MAX_CAPTION_CHARS,
    MAX_CREDIT_WORDS,
    MIN_TEASER_WORDS,
    ends_sentence,
    is_heading_like,
    is_list_item,
    is_paragraph,
    is_person_name,
    is_prose,
    is_title_like,
    word_count,
)

SKIPPED_ABOVE_TITLE = frozenset(
    {Label.CAPTION, Label.DATE, Label.BYLINE, Label.PROMO, Label.CHROME}
)
"""Labels of blocks that may stand between a headline and the first paragraph."""
ARTICLE_META = frozenset({Label.DATE, Label.BYLINE})
"""Labels of the lines that stand right below an article's title."""
MAX_SUBTITLE_WORDS = 2
"""A title candidate this short may be a box heading ("Samenvatting") below the real title."""
BODY_STOPPERS = frozenset({Label.TEASER})
"""A block with one of these labels ends the body: the article never runs into a list."""


def find_title(slots: Sequence[Slot]) -> int | None:
    """The index of the title: decided by a rule, or the headline-like block above the first
    paragraph with only captions, dates, bylines, promos or chrome in between.

    A short candidate below the byline or date ("Samenvatting") gives way to a headline above
    them: the title stands above its byline and date.
    """
    for i, slot in enumerate(slots):
        if slot.label is Label.TITLE:
            return i
    first_prose = next((i for i, s in enumerate(slots) if s.free and is_paragraph(s.text)),
                       _first_prose(slots, 0))
    if first_prose is None:
        return None
    nearest = _headline_above(slots, first_prose)
    if nearest is None or word_count(slots[nearest].text) > MAX_SUBTITLE_WORDS:
        return nearest
    above = _headline_above(slots, nearest, after_meta=True)
    return above if above is not None else nearest


def _headline_above(slots: Sequence[Slot], index: int, *, after_meta: bool = False) -> int | None:
    """The nearest free headline-like block above ``index`` across skippable blocks (and, with
    ``after_meta``, only if a byline or date lies between)."""
    passed_meta = False
    for i in range(index - 1, -1, -1):
        slot = slots[i]
        if (slot.reserved or _above_credit(slots, i)) and slot.free:
            continue
        if slot.free:
            if not is_title_like(slot.text) or (after_meta and not passed_meta):
                return None
            return i
        if (slot.label not in SKIPPED_ABOVE_TITLE and slot.part is not Part.TIME) or slot.boundary:
            return None
        passed_meta = passed_meta or slot.label in ARTICLE_META
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
    _name_bylines(slots)
    if title is not None and end is not None:
        _head_captions(slots, title, end)
    top = title if title is not None else (start if end is not None else len(slots))
    for slot in slots[:top]:
        if slot.free:
            slot.decide(Label.CHROME, "heuristic.chrome.header")
    if start is not None and end is not None:
        _resolve_body(slots, start, end)
    for slot in slots:
        if slot.free:
            _resolve_outside(slot)


def _is_credit(slot: Slot) -> bool:
    return slot.label is Label.CAPTION and word_count(slot.text) <= MAX_CREDIT_WORDS


def _above_credit(slots: Sequence[Slot], index: int) -> bool:
    """Whether the block at ``index`` stands right above a photo credit (so it is a caption)."""
    return index + 1 < len(slots) and _is_credit(slots[index + 1])


def _head_captions(slots: list[Slot], title: int, end: int) -> None:
    """Photo captions around their credit line: in the article's head, the text right above a
    credit; further down, the short text right below a credit that ends its run of text."""
    in_head = True
    for i in range(title + 1, end):
        slot = slots[i]
        if slot.free and len(slot.text) <= MAX_CAPTION_CHARS:
            below = slots[i + 1] if i + 1 < len(slots) else None
            if (in_head and below is not None and _is_credit(below)) or (
                    _is_credit(slots[i - 1]) and (below is None or not below.free)):
                slot.decide(Label.CAPTION, "heuristic.caption.credited")
        in_head = in_head and not slot.free


def _name_bylines(slots: list[Slot]) -> None:
    """A free block that is only a person's name, right beside a date line, is the byline."""
    for i, slot in enumerate(slots):
        if not slot.free or not is_person_name(slot.text):
            continue
        neighbours = slots[max(i - 1, 0):i] + slots[i + 1:i + 2]
        if any(n.label is Label.DATE for n in neighbours):
            slot.decide(Label.BYLINE, "heuristic.byline.name")


def _first_prose(slots: Sequence[Slot], start: int) -> int | None:
    return next((i for i in range(start, len(slots))
                 if slots[i].free and is_prose(slots[i].text)), None)


def _body_end(slots: Sequence[Slot], start: int) -> int | None:
    """One past the last running-text block before the first list; ``None`` without any.

    A single teaser card or stamp inside the article (one that a paragraph follows) does not end
    the body; a list header, or a card that no paragraph follows, does.
    """
    last = None
    i = start
    while i < len(slots):
        slot = slots[i]
        if slot.boundary:
            break
        if slot.label in BODY_STOPPERS:
            after = _after_unit(slots, i)
            if after >= len(slots) or not (slots[after].free and is_paragraph(slots[after].text)):
                break
            i = after
            continue
        if slot.free and (is_prose(slot.text) or is_list_item(slot.text)):
            last = i
        i += 1
    return None if last is None else last + 1


def _after_unit(slots: Sequence[Slot], index: int) -> int:
    """The index just past the unit that ``slots[index]`` belongs to."""
    unit = slots[index].unit
    if unit is None:
        return index + 1
    while index < len(slots) and slots[index].unit == unit:
        index += 1
    return index


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
