"""A second opinion where the scorer finds no article, or hardly any: trafilatura's.

trafilatura (a dependency) extracts the page's main text its own way; the blocks whose text it
kept become the article's, link-heavy ones only between blocks that are not (a menu item that
repeats a phrase of the article is found in its text too). It runs only on such pages, so the
usual page never pays for it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..engine.slots import Slot
from .scorer import MainContent
from .shape import is_running_text

MIN_SURE_CHARS = 400
"""Below this much running text, the scorer's article is too small to trust on its own."""
MIN_BLOCK_WORDS = 3
"""Shorter blocks are not looked up in trafilatura's text (a word can be found anywhere)."""
MAX_LINK_DENSITY = 0.5
"""A block more link than text is taken from trafilatura's text only between blocks that are
not: a menu item that repeats a phrase of the article is found in its text too."""


def is_unsure(slots: Sequence[Slot], content: MainContent | None) -> bool:
    """Whether ``content`` is missing or holds less than ``MIN_SURE_CHARS`` of running text."""
    if content is None:
        return True
    orders = content.orders
    found = 0
    for slot in slots:
        if slot.dom is not None and slot.dom.order in orders and is_running_text(slot.text):
            found += len(slot.text)
            if found >= MIN_SURE_CHARS:
                return False  # sure: the rest of the text need not be read
    return True


def second_opinion(slots: Sequence[Slot], html: str,
                   content: MainContent | None) -> MainContent | None:
    """The scorer's ``content`` with the free blocks whose text trafilatura's extraction holds
    added to the article's blocks: those that are not link-heavy, and link-heavy ones between
    the first and the last of those."""
    try:
        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True)
    except Exception:  # a third-party extractor never makes extraction fail
        return None
    if not text:
        return None
    kept = " ".join(text.split())
    found = [slot.dom for slot in slots
             if slot.dom is not None and slot.free and len(slot.text.split()) >= MIN_BLOCK_WORDS
             and slot.text in kept]
    anchors = [dom.order for dom in found if dom.link_density <= MAX_LINK_DENSITY]
    if not anchors:
        return None
    first, last = min(anchors), max(anchors)
    orders = frozenset(dom.order for dom in found if first <= dom.order <= last)
    if content is not None:
        return MainContent(content.element, content.span, content.orders | orders)
    return MainContent(None, (min(orders), max(orders) + 1), orders)
