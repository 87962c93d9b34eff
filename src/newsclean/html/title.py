"""Which block of an HTML page is its headline.

A rule's title wins. Otherwise the headline is the free block most like the title the page's
own metadata gives (``og:title``, JSON-LD ``headline``, the ``<title>`` with and without the
site's name): word overlap, with a head start for an ``h1`` and for any heading. Without
metadata to go by, or when nothing is like it, it is the longest ``h1`` that reads like a
headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..engine.slots import Slot
from ..engine.text_shape import MAX_TITLE_CHARS
from ..labels import Label
from .meta import PageMeta, title_without_site

MIN_TITLE_WORDS = 2
"""An ``h1`` of one word is a logo or a section name, not a headline."""
MIN_LIKENESS = 0.6
"""How alike (Dice coefficient of their word sets) a block and the metadata's title must be."""
H1_HEAD_START = 0.4
"""What being an ``h1`` adds to a block's likeness."""
HEADING_HEAD_START = 0.1
"""What being any other heading adds."""
MAX_LENGTH_RATIO = 3
"""A block more than this many times longer or shorter than the title is not the title."""
WORD = re.compile(r"\w+")


def find_html_title(slots: Sequence[Slot], meta: PageMeta) -> int | None:
    """The index of the headline block, or ``None``."""
    for i, slot in enumerate(slots):
        if slot.label is Label.TITLE:
            return i
    candidates = [i for i, slot in enumerate(slots)
                  if slot.free and slot.dom is not None and len(slot.text) <= MAX_TITLE_CHARS]
    names = [n for n in {meta.title, meta.page_title,
                         title_without_site(meta.page_title or "", meta.site_name)} if n]
    found = _most_alike(slots, candidates, names) if names else None
    if found is not None:
        return found
    headlines = [i for i in candidates if (dom := slots[i].dom) is not None and dom.heading == 1
                 and len(_words(slots[i].text)) >= MIN_TITLE_WORDS]
    return max(headlines, key=lambda i: len(slots[i].text), default=None)


def _most_alike(slots: Sequence[Slot], candidates: list[int], names: list[str]) -> int | None:
    """The candidate most like one of ``names`` (first of equals), if alike enough."""
    targets = [(_words(name), len(name)) for name in names]
    shortest = min(length for _, length in targets) / MAX_LENGTH_RATIO
    longest = max(length for _, length in targets) * MAX_LENGTH_RATIO
    best, best_likeness = None, MIN_LIKENESS
    for i in candidates:
        text = slots[i].text
        if not shortest <= len(text) <= longest:
            continue
        words = _words(text)
        if len(words) < MIN_TITLE_WORDS:
            continue
        likeness = max((_dice(words, target) for target, length in targets
                        if length <= MAX_LENGTH_RATIO * len(text)
                        and len(text) <= MAX_LENGTH_RATIO * length), default=0.0)
        dom = slots[i].dom
        heading = dom.heading if dom is not None else 0
        likeness += H1_HEAD_START if heading == 1 else HEADING_HEAD_START if heading else 0.0
        if likeness > best_likeness:
            best, best_likeness = i, likeness
    return best


def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.casefold()))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
