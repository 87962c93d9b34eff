"""Grouping teaser blocks into cards: headline, snippet, time, link."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..document import Teaser
from ..labels import Label
from ..rules.model import Part
from .slots import Slot
from .text_shape import is_prose

CLOSING_PARTS = frozenset({Part.TIME, Part.MORE})
"""Parts that end a card in a list that has no unit rule to group it."""
CONTENT_PARTS = frozenset({None, Part.TITLE, Part.SNIPPET})


def assemble_teasers(slots: Sequence[Slot]) -> tuple[Teaser, ...]:
    """The teaser cards among the decided ``slots``: one per unit, else cut after each time or
    "Lees meer"; a card's ``blocks`` are the indexes of its slots."""
    return tuple(_card(slots, group) for group in _groups(slots))


def _groups(slots: Sequence[Slot]) -> Iterator[list[int]]:
    """The teaser blocks in runs of neighbours, each run cut where a card ends."""
    current: list[int] = []
    for i in [i for i, slot in enumerate(slots) if slot.label is Label.TEASER]:
        if current and (i != current[-1] + 1 or not _same_card(slots[current[-1]], slots[i])):
            yield current
            current = []
        current.append(i)
        if slots[i].unit is None and slots[i].part in CLOSING_PARTS:
            yield current
            current = []
    if current:
        yield current


def _same_card(previous: Slot, current: Slot) -> bool:
    """Blocks of one unit form one card; blocks of no unit run on until a closing part."""
    return previous.unit == current.unit


def _card(slots: Sequence[Slot], group: list[int]) -> Teaser:
    texts: dict[Part | None, list[str]] = {}
    content = 0
    for i in group:
        texts.setdefault(slots[i].part, []).append(slots[i].text)
        content += slots[i].part in CONTENT_PARTS
    plain = texts.get(None, [])
    title = _first(texts, Part.TITLE)
    snippet = _first(texts, Part.SNIPPET)
    if title is None and plain and (content > 1 or not is_prose(plain[0])):
        title = plain.pop(0)
    if snippet is None and plain:
        snippet = " ".join(plain)
    return Teaser(
        title=title,
        snippet=snippet,
        time=_first(texts, Part.TIME),
        url=next((slots[i].url for i in group if slots[i].url), None),
        blocks=tuple(group),
    )


def _first(texts: dict[Part | None, list[str]], part: Part) -> str | None:
    """The text of the card's first block that plays ``part``, if any."""
    found = texts.get(part)
    return found[0] if found else None
