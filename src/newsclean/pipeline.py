"""``extract()``: from a page to a labelled ``Document``."""

from __future__ import annotations

from collections.abc import Sequence

from .document import Block, Document, new_block
from .engine.apply import (
    apply_matches,
    apply_regions,
    apply_splits,
    apply_units,
    reserve_positional,
    rules_of,
)
from .engine.layout import find_title, resolve_layout
from .engine.listings import mark_card_lists
from .engine.matching import Matcher
from .engine.screen import Screen, forget_texts
from .engine.slots import Segments, Slot, slots_from_text
from .engine.teasers import assemble_teasers
from .html.hints import forget_names
from .html.page import segment_html
from .inputs import DEFAULT_MAX_BYTES, InputKind, Page, read_source
from .labels import Label
from .metadata import authors_from_byline, parse_date
from .rules.model import RuleKind, RuleSet
from .rules.registry import select


class TextLayout:
    """Text dumps: the line heuristics of ``engine.layout``; no DOM for DOM rules."""

    dom = None

    def region_end(self, slots: Sequence[Slot], header: int) -> int:
        """A list header's region may run to the end of the dump."""
        return len(slots)

    def find_title(self, slots: Sequence[Slot]) -> int | None:
        """The headline-like block above the first paragraph."""
        return find_title(slots)

    def resolve(self, slots: list[Slot], title: int | None) -> None:
        """Decide every free block around the title and the body's extent."""
        resolve_layout(slots, title)

    def complete(self, document: Document) -> Document:
        """A dump declares nothing beyond its text: the document is complete."""
        return document


def segment_text(page: Page) -> Segments:
    """A text dump's lines as blocks, with the text layout."""
    return Segments(slots_from_text(page.text), TextLayout())


SEGMENTERS = {InputKind.TEXT: segment_text, InputKind.HTML: segment_html}
"""How each kind of input is cut into blocks (and which layout resolves them)."""


def extract(
    source: str | bytes,
    *,
    url: str | None = None,
    rules: RuleSet | Sequence[RuleSet] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Label every block of a news page and read the article out of it.

    1. Read the input: check its type, decode bytes, tell HTML from a text dump.
    2. Segment it into blocks (lines of a dump; visible block elements of HTML).
    3. Select the rule sets that apply: the caller's, the site's (by the url, else the url the
       page declares), the generic Dutch set; a set written for other languages than the one
       the page declares is left out.
    4. Apply their rules: split glued blocks, then matches, units and regions.
    5. Resolve the layout: find the title, the body's extent, and decide what is left.
    6. Assemble the document: blocks, article fields, teaser cards, and what an HTML page
       declares in its markup (date, authors, canonical url, language).

    ``source`` is the page as ``str`` or ``bytes``; anything else raises ``InputTypeError``.
    ``url`` selects site rule sets; ``rules`` are your own sets, which take precedence.
    A page over ``max_bytes`` (UTF-8 bytes, default 10 MiB) is read up to the last block
    boundary before the limit. Ugly input never raises: the result may be empty, and
    ``Document.warnings`` says why.
    """
    page = read_source(source, max_bytes=max_bytes)
    segments = SEGMENTERS[page.kind](page)
    rulesets = select(_as_sequence(rules), url=url or segments.own_url,
                      text=segments.visible_text(page.text), language=segments.language)
    matcher = Matcher()
    slots = _apply(segments, rulesets, matcher)
    warnings = (*page.warnings, *segments.warnings, *matcher.warnings)
    return segments.layout.complete(_assemble(slots, page.kind, url, rulesets, warnings))


def purge_caches() -> None:
    """Forget what extraction remembers of earlier pages: the hints of class names, ids and
    class attributes, and the rule screens' verdicts on block texts. These memos never change a
    result (they hold results of pure functions) and are bounded; purging frees their memory,
    or times a page as if no page had come before it (``benchmarks/speed.py --cold``)."""
    forget_names()
    forget_texts()


def _as_sequence(rules: RuleSet | Sequence[RuleSet] | None) -> tuple[RuleSet, ...]:
    if rules is None:
        return ()
    if isinstance(rules, RuleSet):
        return (rules,)
    return tuple(rules)


def _apply(segments: Segments, rulesets: Sequence[RuleSet], matcher: Matcher) -> list[Slot]:
    layout = segments.layout
    dom = layout.dom
    positional = rules_of(rulesets, RuleKind.MATCH, positional=True)
    screen = Screen.of([r for kind in RuleKind for r in rules_of(rulesets, kind)] + positional)
    slots = apply_splits(segments.slots, rules_of(rulesets, RuleKind.SPLIT), matcher, screen)
    matches = rules_of(rulesets, RuleKind.MATCH, dom=dom is not None)
    apply_matches(slots, matches, matcher, screen=screen, dom=dom)
    apply_units(slots, rules_of(rulesets, RuleKind.UNIT, dom=dom is not None), matcher, screen, dom)
    apply_regions(slots, rules_of(rulesets, RuleKind.REGION), matcher, screen, layout.region_end)
    mark_card_lists(slots)
    reserve_positional(slots, positional, matcher, screen)
    title = layout.find_title(slots)
    apply_matches(slots, positional, matcher, title, screen)
    layout.resolve(slots, title)
    return slots


def _assemble(slots: Sequence[Slot], kind: InputKind, url: str | None,
              rulesets: Sequence[RuleSet], warnings: Sequence[str]) -> Document:
    blocks = tuple([
        new_block(s.text, s.label or Label.CHROME, s.rule or "heuristic.chrome.footer", s.start,
                  s.end, s.url)
        for s in slots
    ])
    # Labels are looked for in a list of them, which C searches: most pages have no date line.
    labels = [b.label for b in blocks]
    title = _first_text(blocks, labels, Label.TITLE)
    byline = _first_text(blocks, labels, Label.BYLINE)
    date_lines = [b.text for b in blocks if b.label is Label.DATE] if Label.DATE in labels else []
    dated = next(((text, d) for text in date_lines if (d := parse_date(text)) is not None), None)
    return Document(
        blocks=blocks,
        title=title,
        byline=byline,
        authors=authors_from_byline(byline) if byline else (),
        date=dated[1] if dated else None,
        date_text=dated[0] if dated else None,
        teasers=assemble_teasers(slots),
        url=url,
        kind=kind.value,
        rulesets=tuple(r.id for r in rulesets),
        warnings=tuple(warnings),
    )


def _first_text(blocks: Sequence[Block], labels: list[Label], label: Label) -> str | None:
    """The text of the first of ``blocks`` (whose labels are ``labels``) labelled ``label``."""
    return blocks[labels.index(label)].text if label in labels else None
