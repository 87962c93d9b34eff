"""Deciding what no rule decided on an HTML page, from the DOM around each block.

Each decision is named by a ``heuristic.html.*`` id:

==============================  ===============================================================
``heuristic.html.title``        the headline: the block the page's metadata names, else an h1
``heuristic.html.body``         a block of the main content (``scorer``; ``fallback`` where the
                                scorer finds hardly any) after the title
``heuristic.html.heading``      an ``h2``–``h6`` of the main content
``heuristic.html.caption``      a figure caption or credit (``figcaption``, ``caption`` class,
                                running text alone under a picture: ``captions``)
``heuristic.html.byline``       a short block marked as the author (class, ``rel``, microdata)
``heuristic.html.date``         a short block with a digit marked as a date or ``<time>``
``heuristic.html.related``      a link box inside the article (``related`` class)
``heuristic.html.teaser``       a card or list item that links to another article
``heuristic.html.promo``        a box the page marks as its own promotion (newsletter, app …)
``heuristic.html.chrome``       everything else: menus, headers, footers, share buttons, ads
==============================  ===============================================================
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import count
from typing import Any
from urllib.parse import urljoin

from ..document import Document
from ..engine.slots import Slot
from ..engine.text_shape import MIN_TEASER_WORDS, is_prose, word_count
from ..labels import Label
from .blocks import Segmentation
from .context import DomContext
from .dates import published_date
from .domrules import DomSelection
from .fallback import is_unsure, second_opinion
from .hints import Hint
from .meta import PageMeta
from .scorer import MainContent, main_content
from .title import SUBHEADING_LEVEL, find_html_title

HINT_LABELS: Mapping[Hint, Label] = {
    Hint.CAPTION: Label.CAPTION,
    Hint.MEDIA: Label.CAPTION,
    Hint.BYLINE: Label.BYLINE,
    Hint.DATE: Label.DATE,
    Hint.RELATED: Label.TEASER,
    Hint.TEASER: Label.TEASER,
    Hint.PROMO: Label.PROMO,
    Hint.AD: Label.CHROME,
    Hint.SHARE: Label.CHROME,
    Hint.NAV: Label.CHROME,
    Hint.FOOTER: Label.CHROME,
    Hint.HEADER: Label.CHROME,
    Hint.CONSENT: Label.CHROME,
    Hint.COMMENT: Label.CHROME,
}
"""The label a free block outside the article takes from the nearest hint around it."""
HEURISTIC_RULES: Mapping[Label, str] = {label: f"heuristic.html.{label.value}" for label in Label}
"""The id of the heuristic that gives each label to a block outside the article."""
MAX_BYLINE_CHARS = 120
"""A longer block marked as the author is the author's bio, not a byline."""
MAX_DATE_CHARS = 80
"""A longer block marked as a date is not a date line."""
TEASER_LINK_DENSITY = 0.5
"""A card's headline is mostly link text."""
STAMP_LABELS = frozenset({Label.BYLINE, Label.DATE})
"""Labels that hints give only near the article: elsewhere they stamp teaser cards."""
FRAME_CONTAINERS = frozenset({"nav", "footer", "header"})
"""Containers of the site's frame: what sits in them outside the article is chrome."""
LIST_LABELS = frozenset({Label.TEASER, Label.RELATED})
"""Labels of lists whose heading is the list's header (chrome), not one of its cards; also
the labels of the blocks whose link is kept, made absolute."""
MAX_TRAILER_BLOCKS = 6
"""How many blocks below the article an author line or date may stand (outside any card)."""
# The members the per-block loops return: a member looked up on an enum class costs a slow
# attribute lookup (``EnumType`` hooks it) every time, a module name does not.
CHROME, TEASER, RELATED = Label.CHROME, Label.TEASER, Label.RELATED


class HtmlLayout:
    """The layout of one HTML page: its tree, blocks' spans and metadata."""

    def __init__(self, root: Any, segmentation: Segmentation, meta: PageMeta, html: str) -> None:
        self.root = root
        self.segmentation = segmentation
        self.meta = meta
        self.html = html
        self.dom = DomSelection(root, segmentation.spans)
        """DOM rules select this page's elements."""
        self.stamp: str | None = None
        """The ``datetime`` of a ``<time>`` in the article's date line, once resolved."""


    def complete(self, document: Document) -> Document:
        """The document completed from the page's markup: the publication time from structured
        data, the date line's ``<time>`` or text, or ``htmldate``; the authors structured data
        names (they beat a line of text); the title of an article where no block gave one;
        canonical url and language."""
        meta = self.meta
        date = published_date(meta.published or self.stamp, document.date_text, self.html)
        title = document.title or (meta.title if document.is_article else None)
        return replace(document, title=title,
                       authors=meta.authors or document.authors, date=date,
                       canonical_url=meta.canonical_url, language=meta.language)

    def region_end(self, slots: Sequence[Slot], header: int) -> int:
        """A list header's region ends with its section: the nearest element around the header
        that holds more than the header itself."""
        dom = slots[header].dom
        element = dom.element if dom is not None else None
        spans = self.segmentation.spans
        while element is not None:
            span = spans.get(element)
            if span is not None and span[1] - span[0] > 1:
                return next((i for i in range(header + 1, len(slots))
                             if (d := slots[i].dom) is not None and d.order >= span[1]),
                            len(slots))
            element = element.getparent()
        return len(slots)

    def find_title(self, slots: Sequence[Slot]) -> int | None:
        """The headline block: a rule's, the one the metadata names, or the longest h1."""
        return find_html_title(slots, self.meta)

    def resolve(self, slots: list[Slot], title: int | None) -> None:
        """Title, then the main content's body and headings, then every other free block."""
        if title is not None and slots[title].free:
            slots[title].decide(Label.TITLE, "heuristic.html.title")
        content = main_content(slots, self.segmentation, title=title,
                               linked_body=self.meta.article_body)
        if not self.meta.listing and is_unsure(slots, content):
            content = second_opinion(slots, self.html, content) or content
        _decide_free(slots, content, _near_article(slots, title, content))
        _group_cards(slots)
        date = Label.DATE
        self.stamp = next((s.dom.stamp for s in slots
                           if s.label is date and s.dom is not None and s.dom.stamp), None)
        base = self.meta.canonical_url
        if base:
            joined: dict[str, str] = {}  # a card's links often repeat one address
            for slot in slots:
                if slot.url and slot.label in LIST_LABELS:
                    url = joined.get(slot.url)
                    if url is None:
                        url = joined[slot.url] = _absolute(base, slot.url)
                    slot.url = url


def _group_cards(slots: Sequence[Slot]) -> None:
    """Teaser blocks that no rule grouped form one card per list item or link around them."""
    units = count(1 + max((s.unit for s in slots if s.unit is not None), default=0))
    by_item: dict[int, int] = {}
    for slot in slots:
        if slot.label is TEASER and slot.unit is None and slot.dom is not None \
                and (item := slot.dom.item) is not None:
            if id(item) not in by_item:
                by_item[id(item)] = next(units)
            slot.unit = by_item[id(item)]


def _absolute(base: str, href: str) -> str:
    """``href`` made absolute against ``base``, or as written when either is malformed."""
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def _near_article(slots: Sequence[Slot], title: int | None,
                  content: MainContent | None) -> tuple[int, int]:
    """The block orders from the title (or the article's start) to the article's end: where
    author and date hints mark the article's own byline and date."""
    start, end = content.span if content is not None else (0, 0)
    dom = slots[title].dom if title is not None else None
    if dom is not None:
        start = dom.order
        end = max(end, start + 1)
    return start, end


def _decide_free(slots: Sequence[Slot], content: MainContent | None,
                 near: tuple[int, int]) -> None:
    """Label every free block: body or heading in the article's text, else by what is around
    it (``_outside_label``)."""
    orders = content.orders if content is not None else frozenset()
    article = content.span if content is not None else (0, 0)
    body, heading = Label.BODY, Label.HEADING
    for slot in slots:
        dom = slot.dom
        if slot.label is not None or dom is None:
            continue
        if dom.order in orders:
            label = heading if dom.heading >= SUBHEADING_LEVEL else body
        else:
            label = _outside_label(slot.text, dom, article, near)
        slot.decide(label, HEURISTIC_RULES[label])


def _outside_label(text: str, dom: DomContext, article: tuple[int, int],
                   near: tuple[int, int]) -> Label:
    """The label of a block outside the article's text: by its hints, its containers, its
    shape. ``article``: the blocks of the article's element (a teaser list there is related
    links). Author and date hints count only ``near`` the article (elsewhere they stamp
    cards); a heading over a list of cards is the list's header."""
    if dom.tag == "button":
        return CHROME
    label = _hinted_label(text, dom, near)
    if label is not None:
        if label in LIST_LABELS and dom.heading and dom.item is None:
            return CHROME
        return RELATED if label is TEASER and article[0] <= dom.order < article[1] else label
    if (dom.heading and dom.item is None) or not dom.containers.isdisjoint(FRAME_CONTAINERS):
        return CHROME
    return TEASER if _is_card_text(text, dom) else CHROME


def _hinted_label(text: str, dom: DomContext, near: tuple[int, int]) -> Label | None:
    """The label the nearest telling hint gives, if the block fits it. A byline or date hint
    tells only near the article, or just below it outside any card (``_stamps_article``)."""
    for hint in dom.hints:
        label = HINT_LABELS.get(hint)
        if label is None:
            continue
        if label not in STAMP_LABELS:
            return label
        if not _stamps_article(dom, near):
            continue
        if label is Label.BYLINE and len(text) > MAX_BYLINE_CHARS:
            return CHROME
        if label is Label.DATE and (len(text) > MAX_DATE_CHARS
                                    or not any(c.isdigit() for c in text)):
            return CHROME
        return label
    return None


def _stamps_article(dom: DomContext, near: tuple[int, int]) -> bool:
    """Whether an author or date hint on the block marks the article's own byline or date:
    it stands ``near`` the article, or a few blocks below it outside any card."""
    start, end = near
    return start <= dom.order < end or (
        dom.order >= end and dom.item is None and dom.order - end < MAX_TRAILER_BLOCKS)


def _is_card_text(text: str, dom: DomContext) -> bool:
    """Whether a block reads as part of a card that advertises another article."""
    if dom.item is None:
        return False
    if dom.link_density > TEASER_LINK_DENSITY:
        return word_count(text) >= MIN_TEASER_WORDS
    return is_prose(text)
