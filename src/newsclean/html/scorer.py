"""Where the article is on a page no rule set knows: the element whose blocks are most like an
article's, and which of its blocks belong to the article.

1. Score every block: running text scores its text outside links, less its link text; short
   bits and links cost a little, table cells nothing; text in a *boilerplate region* costs its
   length. Running text that the page's JSON-LD ``articleBody`` contains scores double. A
   block that is only a web address written out is text, not a link (a source the text cites).
2. The article's element is the one whose blocks score highest in sum, with a bonus for an
   element the page marks as the article body (``itemprop="articleBody"``) or whose class or
   id says content. Sums are prefix sums over the blocks, so every element is scored at once.
3. Boilerplate regions are elements whose class, id or tag says comments, sharing, navigation,
   related links and the like. Such names on the wrappers *around* the article say nothing
   (``main-content has-sidebar``), so the element is found twice: first with only comment
   sections as boilerplate, then with every named region that does not hold that first find.
4. The article's blocks are the element's blocks, except those in boilerplate regions (but a
   quote or an embedded post in a ``blockquote`` stays unless it is in the comments), link
   lists and anything above the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import Any, NamedTuple

from ..engine.slots import Slot
from ..labels import ARTICLE_LABELS, Label
from .blocks import Segmentation
from .cards import is_card_list
from .hints import Hint
from .regions import (
    ALWAYS_BOILERPLATE,
    FRAMING_HINTS,
    INLINE_HINTS,
    boilerplate_regions,
    covered,
    unquoted,
    wrappers,
)
from .shape import MIN_UNSPACED_RUNNING_CHARS, is_running_text

FRAMING_LABELS = frozenset({Label.TITLE, Label.BYLINE, Label.DATE, Label.CAPTION, Label.RELATED})
"""Labels of the blocks around an article's text that belong to the article all the same."""
CONTROL_TAGS = frozenset({"button", "option", "summary"})
"""Elements whose text labels a control ("Load more", "Save"), not the article's text."""
CELL_TAGS = frozenset({"td", "th"})
"""Table cells: short by nature."""
GROWTH_TOLERANCE = 40
"""How much score (in characters) an ancestor of the best element may lose and still be taken
as the article's element."""
CONTENT_GROWTH_SHARE = 0.5
"""The share of the best score an ancestor named as content must keep to be taken instead."""
MAX_LEAD_GAP = 12
"""How many blocks the title may stand before the article's element for the text between
them to be its lead."""
MAX_LINK_DENSITY = 0.5
"""A block with more of its text in links than this is a link, not the article's text."""
SHORT_BLOCK_COST = 10
"""What a link, or a block decided outside the article, costs, in characters."""
SHORT_TEXT_COST = 2
"""What a short bit of plain text (a subheading, a list item) costs, in characters."""
LINK_LIST_COST = 0.25
"""What each character of a link that is not running text costs: a link list inside the
article's element is left out of its text anyway, so it need not keep the element small."""
MAX_RUNNING_LINK_DENSITY = 0.7
"""Running text may be more link than text and still be the article's (a list of news items
whose headlines link); a link list is not running text."""
DECLARED_BODY_BONUS = 1.5
"""The score factor of an element marked ``itemprop="articleBody"``."""
CONTENT_HINT_BONUS = 1.1
"""The score factor of an element whose class or id says content."""
LINKED_BODY_WEIGHT = 2
"""The factor of running text that the JSON-LD ``articleBody`` contains."""
MIN_ARTICLE_SCORE = 120
"""The score an article needs: less is a page of teasers, not an article."""
MIN_LINKED_BODY_CHARS = 200
"""A JSON-LD ``articleBody`` shorter than this is a summary, not the text."""
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
"""A block that is only a web address written out: a link that shows its address is a source
the text cites, not a link of the site's navigation, so it counts as text, not as a link."""
WEB_ADDRESS_STARTS = ("http://", "https://", "www.")
"""How a ``WEB_ADDRESS`` starts: a test cheaper than the pattern, which most links fail."""


class _Candidates(NamedTuple):
    """The elements that may be the article's, in parallel lists (so that all are scored at
    once): each spanned element and its blocks' orders ``(start, end)``, and the few elements
    with a score factor, by their index in those lists."""

    elements: Sequence[Any]
    spans: Sequence[tuple[int, int]]
    bonuses: Sequence[tuple[int, float]]


@dataclass(frozen=True, slots=True)
class MainContent:
    """The article's element and which blocks (by original order) belong to its text."""

    element: Any
    span: tuple[int, int]
    """The element's blocks, ``(first, one past last)`` by original order."""
    orders: frozenset[int]


class _Block(NamedTuple):
    """What the scorer reads of one block."""

    order: int
    chars: int
    links: float
    running: bool
    control: bool
    """A button's label, never the article's text."""
    heading: bool
    """An ``h1``–``h6``."""
    fixed: float | None
    """The block's score wherever it stands (a control, or a block a rule decided), else
    ``None``."""
    own: float
    """Its score when it stands outside every boilerplate region."""


def main_content(slots: Sequence[Slot], segmentation: Segmentation, *,
                 title: int | None = None, linked_body: str | None = None) -> MainContent | None:
    """The article's element and blocks, or ``None`` when the page holds no article."""
    count = len(segmentation.slots)
    blocks = _blocks(slots, linked_body)
    if not count or not blocks:
        return None
    regions = boilerplate_regions(segmentation)
    candidates = _candidates(segmentation)
    commented = covered([r for r in regions if r[2] in ALWAYS_BOILERPLATE], count)
    first = _best_element(candidates, _sums(blocks, commented, [False] * count))
    if first is None:
        return None
    around = wrappers(regions, first[1], _running_sums(blocks, count))
    named = regions - around
    boilerplate = covered(named, count)
    side = covered([r for r in named if r[2] not in INLINE_HINTS], count)
    sums = _sums(blocks, side, boilerplate)
    best = _best_element(candidates, sums)
    if best is None:
        return None
    best = _grown(best, segmentation, sums, side)
    framed = covered([r for r in named if r[2] not in FRAMING_HINTS], count)
    title_dom = slots[title].dom if title is not None else None
    title_order = title_dom.order if title_dom is not None else None
    orders = _article_orders(blocks, best[1], unquoted(boilerplate, segmentation, commented),
                             framed, title_order)
    if is_card_list(slots, best[1], orders, [b.running for b in blocks]):
        return None
    return MainContent(best[0], best[1], orders)


def _running_sums(blocks: list[_Block], count: int) -> list[float]:
    """Prefix sums, by block order, of running text outside links."""
    chars = [0.0] * count
    for block in blocks:
        if block.running:
            chars[block.order] += block.chars - block.links
    return [0.0, *accumulate(chars)]


def _article_orders(blocks: list[_Block], span: tuple[int, int], boilerplate: list[bool],
                    framed: list[bool], title: int | None) -> frozenset[int]:
    """The blocks of the article's text: those of its element outside boilerplate regions,
    and running text after the title in the article's header (its lead), which may sit just
    before the element. Never links, controls, anything above the title, or headings after the
    last text (the heading of the comments or of a list of links)."""
    start, end = span
    if title is not None and not start - MAX_LEAD_GAP <= title < end:
        title = None
    # The first block that may be the article's, and the first that may be its lead.
    first, lead_from = (title + 1, title + 1) if title is not None else (start, end)
    chosen = [
        (order, heading) for order, chars, links, running, control, heading, _, _ in blocks
        if first <= order < end and not control
        and links <= (MAX_RUNNING_LINK_DENSITY if running else MAX_LINK_DENSITY) * chars
        and ((start <= order and not boilerplate[order])
             or (lead_from <= order and running and not framed[order]))
    ]
    while chosen and chosen[-1][1]:
        chosen.pop()
    return frozenset(order for order, _ in chosen)


def _blocks(slots: Sequence[Slot], linked_body: str | None) -> list[_Block]:
    linked = " ".join(linked_body.split()) if linked_body and \
        len(linked_body) >= MIN_LINKED_BODY_CHARS else ""
    blocks: list[_Block] = []
    append = blocks.append
    for slot in slots:
        dom = slot.dom
        if dom is None:
            continue
        text = slot.text
        chars = len(text)
        links = 0.0
        if link_chars := dom.link_chars:  # ``link_density`` without a property call
            links = link_chars / dom.chars * chars
            if text.startswith(WEB_ADDRESS_STARTS) and WEB_ADDRESS.fullmatch(text):
                links = 0.0
        # Most blocks are too short to be running text: the call is saved for them.
        running = chars >= MIN_UNSPACED_RUNNING_CHARS and is_running_text(text)
        tag = dom.tag
        control = tag in CONTROL_TAGS
        label = slot.label
        fixed = -SHORT_TEXT_COST if control else None if label is None or label in ARTICLE_LABELS \
            else 0 if label in FRAMING_LABELS else -SHORT_BLOCK_COST
        own = _own_score(chars, links, running, running and bool(linked) and text in linked,
                         tag in CELL_TAGS)
        # ``tuple.__new__`` makes the named tuple in C, without the Python-level ``__new__``.
        append(tuple.__new__(_Block, (dom.order, chars, links, running, control,
                                      dom.heading > 0, fixed, own)))
    return blocks


def _own_score(chars: int, links: float, running: bool, linked: bool, cell: bool) -> float:
    """The score of a block outside boilerplate regions (see the module's docstring);
    ``linked``: the JSON-LD ``articleBody`` contains it; ``cell``: a table cell."""
    if running:
        weight = LINKED_BODY_WEIGHT if linked else 1
        return weight * (chars - links) - links
    if cell:
        return -links
    if links > MAX_LINK_DENSITY * chars:
        return -(SHORT_BLOCK_COST + LINK_LIST_COST * links)
    return -(SHORT_TEXT_COST + links)


def _sums(blocks: list[_Block], side: list[bool], inline: list[bool]) -> list[float]:
    """Prefix sums, by block order, of the blocks' scores. ``side``: the block is in a
    boilerplate region beside the article (comments, related links …) and costs its length;
    ``inline``: in one that belongs among the article's text (a caption, an embedded video) and
    costs as a short bit."""
    scores = [0.0] * len(side)
    for order, chars, _, _, _, _, fixed, own in blocks:
        scores[order] += fixed if fixed is not None else (
            -chars if side[order] else -SHORT_BLOCK_COST if inline[order] else own)
    return [0.0, *accumulate(scores)]


def _grown(best: tuple[Any, tuple[int, int]], segmentation: Segmentation, sums: list[float],
           side: list[bool]) -> tuple[Any, tuple[int, int]]:
    """The best element, or the widest ancestor that scores almost as well: the article's
    intro list or header around its text costs a little, but belongs to it. An ancestor the
    page names as content (``entry-content``, ``itemprop="articleBody"``) may cost more when it
    adds no boilerplate region: a product list or a table of short items is the article too."""
    element, (start, end) = best
    score = sums[end] - sums[start]
    declared = segmentation.declared_bodies
    sides = [0, *accumulate(side)]
    parent = element.getparent()
    while parent is not None:
        span = segmentation.spans.get(parent)
        if span is not None:
            named = (parent in declared or segmentation.hinted.get(parent) is Hint.CONTENT) \
                and sides[span[1]] - sides[span[0]] == sides[end] - sides[start]
            floor = score * CONTENT_GROWTH_SHARE if named else score - GROWTH_TOLERANCE
            if sums[span[1]] - sums[span[0]] >= floor:
                best = (parent, span)
            elif not named:
                break
        parent = parent.getparent()
    return best


def _best_element(candidates: _Candidates,
                  sums: list[float]) -> tuple[Any, tuple[int, int]] | None:
    """The candidate whose blocks score highest (times its bonus), above ``MIN_ARTICLE_SCORE``;
    the first of equals."""
    elements, spans, bonuses = candidates
    scores = [sums[end] - sums[start] for start, end in spans]
    for index, factor in bonuses:
        scores[index] *= factor
    top = max(scores, default=None)
    if top is None or not top > MIN_ARTICLE_SCORE:
        return None
    best = scores.index(top)  # the first of equals
    return elements[best], spans[best]


def _candidates(segmentation: Segmentation) -> _Candidates:
    """Every spanned element, with the score factors of those the page marks as the article's
    body or whose class or id says content. An element without blocks scores 0, which never
    passes ``MIN_ARTICLE_SCORE``, so it need not be left out."""
    content = Hint.CONTENT  # an enum member is looked up once, not for every element
    bonus = {element: CONTENT_HINT_BONUS for element, hint in segmentation.hinted.items()
             if hint is content}
    bonus.update(dict.fromkeys(segmentation.declared_bodies, DECLARED_BODY_BONUS))
    elements = list(segmentation.spans)
    # Only the few elements with a bonus are found by index, in one pass in C.
    marked = compress(range(len(elements)), map(bonus.__contains__, elements)) if bonus else ()
    return _Candidates(elements, list(segmentation.spans.values()),
                       [(index, bonus[elements[index]]) for index in marked])
