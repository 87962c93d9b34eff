"""Which block of an HTML page is its headline.

A rule's title wins. Otherwise the headline is the free block most like the title the page's
own metadata gives (``og:title``, JSON-LD ``headline``, the ``<title>`` with and without the
site's name): word overlap, with a head start for an ``h1`` and for any heading. An
``h2``–``h6`` that follows running text inside the element around it is a subheading of that
text, never the headline (which comes before the text). Without metadata to go by, or when
nothing is like it, it is the longest ``h1`` that reads like a headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from ..engine.slots import Slot
from ..engine.text_shape import MAX_TITLE_CHARS
from ..labels import Label
from .meta import PageMeta, title_without_site
from .shape import is_running_text

MIN_TITLE_WORDS = 2
"""An ``h1`` of one word is a logo or a section name, not a headline."""
MIN_LIKENESS = 0.6
"""How alike (Dice coefficient of their word sets) a block and the metadata's title must be."""
H1_HEAD_START = 0.4
"""What being an ``h1`` adds to a block's likeness."""
HEADING_HEAD_START = 0.1
"""What being any other heading adds."""
HEAD_STARTS = (0.0, H1_HEAD_START, *[HEADING_HEAD_START] * 5)
"""What a block's heading level (0: none, 1–6: ``h1``–``h6``) adds to its likeness."""
MAX_LENGTH_RATIO = 3
"""A block more than this many times longer or shorter than the title is not the title."""
PERFECT_LIKENESS = 1.0
"""The likeness of a block with exactly the title's words, before any head start."""
SUBHEADING_LEVEL = 2
"""``h2`` and deeper are subheadings inside the article (and may follow its text)."""
WORD = re.compile(r"\w+")


def find_html_title(slots: Sequence[Slot], meta: PageMeta) -> int | None:
    """The index of the headline block, or ``None``."""
    # Both scans read every block: ``label`` is compared directly (``free`` is a property) and
    # the title label is looked up once.
    title_label = Label.TITLE
    for i, slot in enumerate(slots):
        if slot.label is title_label:
            return i
    names = [n for n in {meta.title, meta.page_title,
                         title_without_site(meta.page_title or "", meta.site_name)} if n]
    found = _most_alike(slots, names) if names else None
    if found is not None:
        return found
    headlines = [i for i, slot in enumerate(slots)
                 if slot.label is None and (dom := slot.dom) is not None and dom.heading == 1
                 and len(slot.text) <= MAX_TITLE_CHARS
                 and len(_words(slot.text)) >= MIN_TITLE_WORDS]
    return max(headlines, key=lambda i: len(slots[i].text), default=None)


def _most_alike(slots: Sequence[Slot], names: list[str]) -> int | None:
    """The free block most like one of ``names`` (first of equals), if alike enough.

    Candidates are weighed headings first: once a heading is alike enough, the blocks that
    could not beat it even with the title's very words are never tokenized."""
    targets = [(_words(name), len(name)) for name in names]
    shortest = min(length for _, length in targets) / MAX_LENGTH_RATIO
    longest = min(max(length for _, length in targets) * MAX_LENGTH_RATIO, MAX_TITLE_CHARS)
    sized = [(HEAD_STARTS[dom.heading], i) for i, slot in enumerate(slots)
             if slot.label is None and (dom := slot.dom) is not None
             and shortest <= len(slot.text) <= longest]
    best, best_rank = None, (MIN_LIKENESS, 0)  # (likeness, -index): must beat MIN_LIKENESS
    for head_start, i in sorted(sized, key=itemgetter(0), reverse=True):  # stable: index order
        if PERFECT_LIKENESS + head_start < best_rank[0]:
            break  # neither this block nor any after it can win
        text = slots[i].text
        words = _words(text)
        if len(words) < MIN_TITLE_WORDS:
            continue
        likeness = max((_dice(words, target) for target, length in targets
                        if length <= MAX_LENGTH_RATIO * len(text)
                        and len(text) <= MAX_LENGTH_RATIO * length), default=0.0)
        rank = (likeness + head_start, -i)  # of equally alike blocks, the first wins
        # Asked last: walking the blocks before is dearer than weighing words, and rarely needed.
        if rank > best_rank and not _is_subheading(slots, i):
            best, best_rank = i, rank
    return best


def _is_subheading(slots: Sequence[Slot], index: int) -> bool:
    """Whether block ``index`` is an ``h2``–``h6`` with running text before it inside the
    element around it: a subheading of the article's text, not its headline."""
    dom = slots[index].dom
    if dom is None or dom.heading < SUBHEADING_LEVEL:
        return False
    parent = dom.element.getparent()
    if parent is None:
        return False
    for slot in reversed(slots[:index]):
        if slot.dom is None or not _within(slot.dom.element, parent):
            return False
        if is_running_text(slot.text):
            return True
    return False


def _within(element: Any, ancestor: Any) -> bool:
    """Whether ``element`` is ``ancestor`` or sits inside it."""
    while element is not None:
        if element is ancestor:
            return True
        element = element.getparent()
    return False


def _words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.casefold()))


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
