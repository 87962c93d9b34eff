"""Boilerplate regions: the elements whose class, id or tag says their text is not the
article's (comments, sharing, navigation, related links, captions …), as spans of blocks.

Names on the wrappers *around* the article say nothing (``main-content has-sidebar``): a named
region that holds most of the running text of a first find is the article's wrapper, and not
boilerplate (``wrappers``).
"""

from __future__ import annotations

from itertools import accumulate

from .blocks import Segmentation
from .hints import Hint

BOILERPLATE_HINTS = frozenset({
    Hint.COMMENT, Hint.SHARE, Hint.RELATED, Hint.TEASER, Hint.PROMO, Hint.AD, Hint.NAV,
    Hint.FOOTER, Hint.HEADER, Hint.SIDEBAR, Hint.META, Hint.BYLINE, Hint.CONSENT, Hint.CAPTION,
    Hint.MEDIA,
})  # fmt: skip
"""Hints of elements whose text is not the article's."""
BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu"})
"""Elements whose text is not the article's, by their tag."""
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
WRAPPER_SHARE = 0.5
"""A named region holding this share of the first find's running text wraps the article."""

Region = tuple[int, int, Hint | None]
"""A boilerplate region: its blocks' orders ``[start, end)`` and its hint (``None``: by tag)."""


def boilerplate_regions(segmentation: Segmentation) -> list[Region]:
    """The spans of the elements that hints or tags mark as boilerplate, with their hint."""
    spans = segmentation.spans
    regions: list[Region] = [
        (*span, hint) for element, hint in segmentation.hinted.items()
        if hint in BOILERPLATE_HINTS and (span := spans.get(element)) is not None]
    regions += [(*span, TAG_HINTS.get(element.tag)) for element, span in spans.items()
                if element.tag in BOILERPLATE_TAGS]
    return [region for region in regions if region[0] < region[1]]


def covered(regions: list[Region], count: int) -> list[bool]:
    """For each block order, whether one of ``regions`` covers it."""
    depth = [0] * (count + 1)
    for start, end, _ in regions:
        depth[start] += 1
        depth[end] -= 1
    return list(map(bool, accumulate(depth[:count])))  # the depth is never below 0


def wrappers(regions: list[Region], span: tuple[int, int],
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
