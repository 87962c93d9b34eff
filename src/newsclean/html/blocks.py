"""The visible text of a page's tree, cut into blocks, each with its place in the DOM.

The text is split at the start and at the end of every block-level element (``BLOCK_TAGS``) and
at every ``<br>``; inline elements (``a``, ``span``, ``strong`` …) stay inside their block. Inside
a block, whitespace runs collapse to one space. The tree is walked with ``etree.iterwalk``, an
iterator, so a page nested thousands deep costs no recursion.

Beside the blocks, the walk records the *span* of every block-level, linked or hinted element:
the blocks from its first to one past its last (``spans[element] == (start, end)``), which is
how DOM rules and the scorer find the blocks inside an element. A plain inline element (``b``,
``span`` without class or id) has no span of its own: its text is its block's.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import regex
from lxml import etree

from ..engine.slots import Slot
from .context import SEMANTIC_CONTAINERS, DomContext
from .hints import RANKED_HINTS, Hint, leading_rank, link_hint

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "button", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "section", "summary",
    "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br", "body", "html", "pre",
    "center", "caption", "legend", "hgroup", "option", "frameset", "noframes",
})  # fmt: skip
"""Elements whose start and end cut the text into blocks."""
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
ITEMPROP_HINTS = {"articlebody": Hint.CONTENT, "text": Hint.CONTENT, "author": Hint.BYLINE,
                  "datepublished": Hint.DATE, "datemodified": Hint.DATE}
"""schema.org microdata properties that say what an element holds."""
MICRODATA = frozenset({"author", "datepublished", "headline"})
"""Microdata properties whose first element is kept for the page's metadata."""
TAG_HINTS = {"time": Hint.DATE, "figcaption": Hint.CAPTION, "address": Hint.BYLINE}
"""Elements that say what they hold by their tag alone (when their class says nothing)."""
ITEM_TAGS = frozenset({"li", "article"})
"""Elements that hold one item of a list (a card); a link around blocks is a card too."""


@dataclass(slots=True)
class Segmentation:
    """The blocks of a page and where each element's blocks are."""

    slots: list[Slot]
    spans: dict[Any, tuple[int, int]]
    """Each spanned element's blocks, ``(first, one past last)``, in the order elements end."""
    hinted: dict[Any, Hint] = field(default_factory=dict)
    """Each element whose class, id, microdata or tag gives a hint, with its leading hint."""
    declared_bodies: list[Any] = field(default_factory=list)
    """Elements marked ``itemprop="articleBody"``: where the page says its article is."""
    microdata: dict[str, Any] = field(default_factory=dict)
    """The first element of each ``MICRODATA`` property (lowercase), for the metadata."""
    containers: dict[str, list[Any]] = field(default_factory=dict)
    """The elements of each ``SEMANTIC_CONTAINERS`` tag met, in document order."""


def segment_tree(root: Any) -> Segmentation:
    """The blocks of the (already cleaned) tree ``root``, with the spans of its elements."""
    walker = _Walker(root)
    walk = etree.iterwalk(root, events=("start", "end"))
    start, end = walker.start, walker.end
    for event, element in walk:
        if event == "end":
            end(element)
        elif start(element):
            walk.skip_subtree()
    if walker.opened is not None:
        walker.flush()
    return Segmentation(walker.slots, walker.spans, walker.hinted, walker.declared_bodies,
                        walker.microdata, walker.containers)


HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})
"""The attributes that can hide an element (``is_hidden``)."""
PLAIN = (-1, None)
"""What the walk's stack holds for an element that changes nothing around the text (a plain
inline element, or a hidden one whose subtree is skipped): only its tail is read at its end."""


def is_hidden(element: Any) -> bool:
    """Whether ``element`` is hidden: the ``hidden`` attribute, ``aria-hidden="true"``, or an
    inline style with ``display: none`` or ``visibility: hidden``."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style) and HIDING_STYLE.search(style) is not None


def link_hint_of(element: Any, names: list[str], href: str) -> Hint | None:
    """What a link (``href``, its attribute ``names``) says it holds: a byline
    (``rel="author"``), the publisher's own call (``link_hint``), or nothing."""
    return Hint.BYLINE if "rel" in names and element.get("rel") == "author" else link_hint(href)


Frame = tuple[Any, frozenset[str], tuple[Hint, ...], int, Any, Any]
"""What encloses the text being read: block element, containers, hints, heading level, item
and link. One immutable tuple, replaced (not changed) by an element that changes any of it."""


class _Walker:
    """The state of one walk: the block being gathered and what encloses it."""

    __slots__ = ("chars", "containers", "declared_bodies", "frame", "hinted", "leading",
                 "link_chars", "microdata", "opened", "pieces", "slots", "spans", "stack", "stamp",
                 "url")

    def __init__(self, root: Any) -> None:
        self.slots: list[Slot] = []
        self.spans: dict[Any, tuple[int, int]] = {}
        self.hinted: dict[Any, Hint] = {}
        self.declared_bodies: list[Any] = []
        self.microdata: dict[str, Any] = {}
        self.containers: dict[str, list[Any]] = {}
        self.leading: dict[Hashable, int] = {}
        """The rank of the leading hint (``leading_rank``) of each class attribute met on the
        page, or of each (class, id) pair when there is an id (few elements have one)."""
        self.pieces: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.url: str | None = None
        self.stamp: str | None = None
        self.opened: Frame | None = None
        """What enclosed the first word of the block being gathered; ``None`` before it."""
        self.stack: list[tuple[int, Frame | None]] = []
        self.frame: Frame = (root, frozenset(), (), 0, None, None)
        """The root itself holds the text outside every element (after ``</body>``)."""

    def start(self, element: Any) -> bool:
        """Enter ``element``; ``True`` when it is hidden and its subtree must be skipped."""
        names = element.keys()
        classes = ident = prop = href = None
        if names:
            get = element.get
            if not HIDING_ATTRIBUTES.isdisjoint(names) and is_hidden(element):
                self.stack.append(PLAIN)
                return True
            if "class" in names:
                classes = get("class")
            if "id" in names:
                ident = get("id")
            if "itemprop" in names:
                prop = get("itemprop")
        tag = element.tag
        block = tag in BLOCK_TAGS
        if block:
            if self.opened is not None:
                self.flush()
        elif tag != "a" and not (classes or ident or prop) and tag not in TAG_HINTS:
            self.stack.append(PLAIN)
            text = element.text
            if text:
                self.add(text)
            return False
        frame = self.frame
        self.stack.append((len(self.slots), frame))
        owner, containers, hints, heading, item, link = frame
        if block:
            owner = element
            if tag in SEMANTIC_CONTAINERS:
                containers = containers | {tag}
                self.containers.setdefault(tag, []).append(element)
            heading = HEADING_LEVELS.get(tag, heading)
            if tag in ITEM_TAGS:
                item = element
        elif tag == "a" and "href" in names:
            href = element.get("href")
            if href:
                link = element
        if tag == "time" and self.stamp is None:
            self.stamp = element.get("datetime")
        # What the element holds: its microdata, else its class or id, else its link or tag. The
        # class and id are read here, not in a method: this runs for most elements of a page.
        hint = self.microdata_hint(element, prop) if prop else None
        if hint is None and (classes or ident):
            key = classes if ident is None else (classes, ident)
            rank = self.leading.get(key)
            if rank is None:
                rank = self.leading[key] = leading_rank(classes, ident)
            hint = RANKED_HINTS[rank]
        if hint is None:
            hint = link_hint_of(element, names, href) if href else TAG_HINTS.get(tag)
        if hint is not None:
            self.hinted[element] = hint
            hints = (hint, *hints)
        self.frame = (owner, containers, hints, heading, item, link)
        text = element.text
        if text:
            self.add(text)
        return False

    def microdata_hint(self, element: Any, prop: str) -> Hint | None:
        """What the element's microdata property says it holds; the element is kept when the
        property marks the article's body or the page's metadata."""
        prop = prop.lower()
        if prop == "articlebody":
            self.declared_bodies.append(element)
        elif prop in MICRODATA:
            self.microdata.setdefault(prop, element)
        return ITEMPROP_HINTS.get(prop)

    def end(self, element: Any) -> None:
        """Leave ``element``: its span ends, and a block element's end ends the block."""
        first, frame = self.stack.pop()
        if frame is not None:
            # A block element owns the frame it opened: its tag need not be read again.
            block = self.frame[0] is element
            self.frame = frame
            gathering = self.opened is not None
            self.spans[element] = (first, len(self.slots) + gathering)
            if gathering and block:
                self.flush()
        tail = element.tail
        if tail:
            self.add(tail)

    def add(self, text: str) -> None:
        """Add a piece of text to the block being gathered (whitespace before its first word
        is left out: the block's text is stripped anyway)."""
        if text.isspace():
            if self.opened is not None:
                self.pieces.append(text)
            return
        self.pieces.append(text)
        self.chars += len(text)
        link = self.frame[5]
        if link is not None:
            self.link_chars += len(text)
            if self.url is None:
                self.url = link.get("href")
        if self.opened is None:
            self.opened = self.frame

    def flush(self) -> None:
        """End the block being gathered (there is one: ``opened`` is set) as a slot."""
        opened = self.opened
        assert opened is not None
        owner, containers, hints, heading, item, link = opened
        context = DomContext(owner, len(self.slots), containers, hints, heading, self.chars,
                             self.link_chars, item if item is not None else link, self.stamp,
                             owner.tag)
        text = " ".join("".join(self.pieces).split())
        # Passed by position: keywords cost a dataclass's __init__ a third more, per block.
        self.slots.append(Slot(text, None, None, self.url, context))
        self.chars = self.link_chars = 0
        self.url = self.stamp = self.opened = None
        self.pieces = []
