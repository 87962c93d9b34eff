"""``extract()``: from a page to a labelled ``Document``."""

from __future__ import annotations

from collections.abc import Sequence

from .document import Block, Document
from .engine.apply import apply_matches, apply_regions, apply_splits, apply_units, rules_of
from .engine.layout import find_title, resolve_layout
from .engine.listings import mark_card_lists
from .engine.matching import Matcher
from .engine.slots import Slot, slots_from_text
from .engine.teasers import assemble_teasers
from .html.blocks import slots_from_html
from .inputs import DEFAULT_MAX_BYTES, InputKind, read_source
from .labels import Label
from .metadata import authors_from_byline, parse_date
from .rules.model import RuleKind, RuleSet
from .rules.registry import select

SEGMENTERS = {InputKind.TEXT: slots_from_text, InputKind.HTML: slots_from_html}
"""How each kind of input is cut into blocks."""


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
    3. Select the rule sets that apply: the caller's, the site's, the generic Dutch set.
    4. Apply their rules: split glued blocks, then matches, units and regions.
    5. Resolve the layout: find the title, the body's extent, and decide what is left.
    6. Assemble the document: blocks, article fields, teaser cards.

    ``source`` is the page as ``str`` or ``bytes``; anything else raises ``InputTypeError``.
    ``url`` selects site rule sets; ``rules`` are your own sets, which take precedence.
    A page over ``max_bytes`` (UTF-8 bytes, default 10 MiB) is read up to the last block
    boundary before the limit. Ugly input never raises: the result may be empty, and
    ``Document.warnings`` says why.
    """
    page = read_source(source, max_bytes=max_bytes)
    slots = SEGMENTERS[page.kind](page.text)
    rulesets = select(_as_sequence(rules), url=url, text=page.text)
    matcher = Matcher()
    slots = _apply(slots, rulesets, matcher)
    return _assemble(slots, page.kind, url, rulesets, (*page.warnings, *matcher.warnings))


def _as_sequence(rules: RuleSet | Sequence[RuleSet] | None) -> tuple[RuleSet, ...]:
    if rules is None:
        return ()
    if isinstance(rules, RuleSet):
        return (rules,)
    return tuple(rules)


def _apply(slots: list[Slot], rulesets: Sequence[RuleSet], matcher: Matcher) -> list[Slot]:
    slots = apply_splits(slots, rules_of(rulesets, RuleKind.SPLIT), matcher)
    apply_matches(slots, rules_of(rulesets, RuleKind.MATCH), matcher)
    apply_units(slots, rules_of(rulesets, RuleKind.UNIT), matcher)
    apply_regions(slots, rules_of(rulesets, RuleKind.REGION), matcher)
    mark_card_lists(slots)
    title = find_title(slots)
    apply_matches(slots, rules_of(rulesets, RuleKind.MATCH, positional=True), matcher, title)
    resolve_layout(slots, title)
    return slots


def _assemble(slots: Sequence[Slot], kind: InputKind, url: str | None,
              rulesets: Sequence[RuleSet], warnings: Sequence[str]) -> Document:
    blocks = tuple(
        Block(s.text, s.label or Label.CHROME, s.rule or "heuristic.chrome.footer", s.start, s.end,
              s.url)
        for s in slots
    )
    title = next((b.text for b in blocks if b.label is Label.TITLE), None)
    byline = next((b.text for b in blocks if b.label is Label.BYLINE), None)
    dated = next(((b.text, d) for b in blocks if b.label is Label.DATE
                  if (d := parse_date(b.text)) is not None), None)
    return Document(
        blocks=blocks,
        title=title,
        byline=byline,
        authors=authors_from_byline(byline) if byline else (),
        date=dated[1] if dated else None,
        date_text=dated[0] if dated else None,
        teasers=assemble_teasers(blocks, [s.unit for s in slots], [s.part for s in slots]),
        url=url,
        kind=kind.value,
        rulesets=tuple(r.id for r in rulesets),
        warnings=tuple(warnings),
    )
