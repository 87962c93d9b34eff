"""Grouping teaser blocks into cards: headline, snippet, time, link."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..document import Block, Teaser
from ..labels import Label
from ..rules.model import Part
from .text_shape import is_prose

CLOSING_PARTS = frozenset({Part.TIME, Part.MORE})
"""Parts that end a card in a list that has no unit rule to group it."""
CONTENT_PARTS = frozenset({None, Part.TITLE, Part.SNIPPET})


def assemble_teasers(blocks: Sequence[Block], units: Sequence[int | None],
                     parts: Sequence[Part | None]) -> tuple[Teaser, ...]:
    """The teaser cards among ``blocks``: one per unit, else cut after each time or "Lees meer"."""
    return tuple(_card(blocks, parts, group) for group in _groups(blocks, units, parts))


def _groups(blocks: Sequence[Block], units: Sequence[int | None],
            parts: Sequence[Part | None]) -> Iterator[list[int]]:
    current: list[int] = []
    for i, block in enumerate(blocks):
        if block.label is not Label.TEASER or (current and not _same_card(units, current[-1], i)):
            if current:
                yield current
            current = []
        if block.label is not Label.TEASER:
            continue
        current.append(i)
        if units[i] is None and parts[i] in CLOSING_PARTS:
            yield current
            current = []
    if current:
        yield current


def _same_card(units: Sequence[int | None], previous: int, current: int) -> bool:
    """Blocks of one unit form one card; blocks of no unit run on until a closing part."""
    if units[previous] is None and units[current] is None:
        return True
    return units[previous] == units[current]


def _card(blocks: Sequence[Block], parts: Sequence[Part | None], group: list[int]) -> Teaser:
    def texts(part: Part) -> list[str]:
        return [blocks[i].text for i in group if parts[i] is part]

    content = [blocks[i].text for i in group if parts[i] in CONTENT_PARTS]
    title = next(iter(texts(Part.TITLE)), None)
    snippet = next(iter(texts(Part.SNIPPET)), None)
    plain = [blocks[i].text for i in group if parts[i] is None]
    if title is None and plain and (len(content) > 1 or not is_prose(plain[0])):
        title = plain.pop(0)
    if snippet is None and plain:
        snippet = " ".join(plain)
    return Teaser(
        title=title,
        snippet=snippet,
        time=next(iter(texts(Part.TIME)), None),
        url=next((blocks[i].url for i in group if blocks[i].url), None),
        blocks=tuple(group),
    )
