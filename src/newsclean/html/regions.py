"""Boilerplate regions: the elements whose class, id or tag says their text is not the
article's (comments, sharing, navigation, related links, captions …), as spans of blocks.

An inline element (a link, a ``span``) names a region only when it holds at least half of its
blocks' text, or when it names one of the article's own bits (its byline or date, a caption, an
embed: ``INLINE_HINTS``): a tag link inside a paragraph names itself, not the paragraph.

Names on the wrappers *around* the article say nothing (``main-content has-sidebar``): a named
region that holds most of the running text of a first find is the article's wrapper, and not
boilerplate (``wrappers``). Nor is a quote (a ``blockquote``) outside the comments, whatever
the names around it say (``unquoted``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from lxml import etree

from ..engine.slots import Slot
from .blocks import BLOCK_TAGS, Segmentation
from .hints import Hint

BOILERPLATE_HINTS = frozenset({
    Hint.COMMENT, Hint.SHARE, Hint.RELATED, Hint.TEASER, Hint.PROMO, Hint.AD, Hint.NAV,
    Hint.FOOTER, Hint.HEADER, Hint.SIDEBAR, Hint.META, Hint.BYLINE, Hint.CONSENT, Hint.CAPTION,
    Hint.MEDIA,
})  # fmt: skip
"""Hints of elements whose text is not the article's."""
BOILERPLATE_TAGS = ("nav", "aside", "footer", "header", "form", "menu")
"""Elements whose text is not the article's, by their tag (semantic containers, which the walk
lists by tag)."""
ALWAYS_BOILERPLATE = frozenset({Hint.COMMENT})
"""Hints that make a region boilerplate however much running text it holds."""
TAG_HINTS = {"header": Hint.HEADER, "nav": Hint.NAV, "footer": Hint.FOOTER}
"""The hint a boilerplate tag stands for, where it matters."""
FRAMING_HINTS = frozenset({Hint.HEADER, Hint.META})
"""Regions around the headline inside the article (its header, its meta line): running text
there after the title is the article's lead."""
INLINE_HINTS = frozenset({Hint.CAPTION, Hint.MEDIA, Hint.BYLINE, Hint.META, Hint.DATE})
"""Boilerplate that sits among the article's text (captions, embeds, its byline): it costs
as a short bit, not its length, so the article is not cut in two around it."""
INLINE_REGION_SHARE = 0.5
"""An inline element (a link, a ``span``) whose name says boilerplate beside the article (tags,
more, share …) marks its blocks as such only when it holds at least this share of their text.
(Inline bylines, dates and captions, ``INLINE_HINTS``, mark their blocks whatever their share.)"""
WRAPPER_SHARE = 0.5
"""A named region holding this share of the first find's running text wraps the article."""

Region = tuple[int, int, Hint | None]
"""A boilerplate region: its blocks' orders ``[start, end)`` and its hint (``None``: by tag)."""


def boilerplate_regions(segmentation: Segmentation) -> set[Region]:
    """The spans of the elements that hints or tags mark as boilerplate, with their hint; each
    once (nested wrappers often share a span and a hint), and none without blocks."""
    spans = segmentation.spans
    slots = segmentation.slots
    regions: set[Region] = set()
    for element, hint in segmentation.hinted.items():
        if hint not in BOILERPLATE_HINTS or (span := spans.get(element)) is None:
            continue
        start, end = span
        region = (start, end, hint)
        # A region already found (a menu's item and its link) is not weighed again.
        if start < end and region not in regions and (
                hint in INLINE_HINTS or element.tag in BLOCK_TAGS
                or _holds_its_blocks(element, span, slots)):
            regions.add(region)
    for tag in BOILERPLATE_TAGS:
        for element in segmentation.containers.get(tag, ()):
            start, end = spans[element]
            if start < end:
                regions.add((start, end, TAG_HINTS.get(tag)))
    return regions


def _holds_its_blocks(element: Any, span: tuple[int, int], slots: list[Slot]) -> bool:
    """Whether the inline ``element`` holds ``INLINE_REGION_SHARE`` of the text of its blocks,
    ``span`` (whitespace collapsed in both, as in a block's text; ``span`` is not empty)."""
    start, end = span
    total = len(slots[start].text) if end - start == 1 else sum(
        len(slot.text) for slot in slots[start:end])
    floor = INLINE_REGION_SHARE * total
    # Its text before any child often decides (a menu link is its block): the subtree is
    # written out only when not, and only when there is one. lxml writes it in C, faster
    # than joining ``itertext()``.
    return _reaches(element.text or "", floor) or (len(element) > 0 and _reaches(
        etree.tostring(element, method="text", encoding=str, with_tail=False), floor))


def _reaches(text: str, floor: float) -> bool:
    """Whether ``text``, its whitespace collapsed, is at least ``floor`` long."""
    return len(text) >= floor and len(" ".join(text.split())) >= floor  # collapsing only shortens


def covered(regions: Iterable[Region], count: int) -> list[bool]:
    """For each block order, whether one of ``regions`` covers it."""
    depth = [0] * (count + 1)
    for start, end, _ in regions:
        depth[start] += 1
        depth[end] -= 1
    return list(map(bool, accumulate(depth[:count])))  # the depth is never below 0


def unquoted(boilerplate: list[bool], segmentation: Segmentation,
             commented: list[bool]) -> list[bool]:
    """``boilerplate`` (for each block order) less the quoted blocks (in a ``blockquote``)
    outside the comments: a quote or an embedded post is the article's text, whatever the
    names of the embed's wrapper say (``video-container``, ``social-embed``)."""
    quotes = segmentation.containers.get("blockquote")
    if not quotes:
        return boilerplate
    kept = boilerplate.copy()
    for quote in quotes:
        start, end = segmentation.spans[quote]
        for order in range(start, end):
            kept[order] = kept[order] and commented[order]
    return kept


def wrappers(regions: Iterable[Region], span: tuple[int, int],
             running: list[float]) -> set[Region]:
    """The named regions that hold most of the running text of ``span`` (the first find):
    wrappers around the article, whatever their names say (``content has-sidebar``)."""
    start, end = span
    total = running[end] - running[start]
    return {
        region for region in regions
        if region[2] not in ALWAYS_BOILERPLATE and region[0] < end and start < region[1]
        and running[min(end, region[1])] - running[max(start, region[0])] >= WRAPPER_SHARE * total
    }
