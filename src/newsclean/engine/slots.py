"""The working state of one extraction: the page's blocks while rules and heuristics label them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

import regex

from ..labels import Label
from ..rules.model import Part

if TYPE_CHECKING:
    from ..document import Document
    from ..html.context import DomContext
    from ..html.meta import PageMeta
    from .apply import DomRules

LINE = regex.compile(r"[^\n\r]+")


@dataclass(slots=True)
class Slot:
    """A block being decided. Lives only inside one ``extract`` call."""

    text: str
    start: int | None
    end: int | None
    url: str | None = None
    dom: DomContext | None = None
    """Where an HTML block sits in the page (tag, containers, links); ``None`` in a text dump."""
    label: Label | None = None
    rule: str | None = None
    part: Part | None = None
    unit: int | None = None
    """Blocks closed as one item by the same unit rule share this number."""
    boundary: bool = False
    """The block heads a list (a region header): the article's body cannot run past it."""
    reserved: bool = False
    """A positional rule will decide the block once the title is known: it is no title."""

    def decide(self, label: Label, rule: str, part: Part | None = None) -> None:
        self.label = label
        self.rule = rule
        if part is not None:
            self.part = part

    @property
    def free(self) -> bool:
        """Whether no rule or heuristic has labelled the block yet."""
        return self.label is None


def slots_from_text(text: str) -> list[Slot]:
    """One slot per non-blank line, stripped, with its span in ``text``."""
    slots = []
    for line in LINE.finditer(text):
        raw = line.group()
        stripped = raw.strip()
        if stripped:
            start = line.start() + (len(raw) - len(raw.lstrip()))
            slots.append(Slot(stripped, start, start + len(stripped)))
    return slots


def split_slot(slot: Slot, cuts: list[int]) -> list[Slot]:
    """``slot`` cut at the character offsets ``cuts``; pieces are stripped, spans kept exact."""
    pieces = []
    bounds = [0, *sorted(set(cuts)), len(slot.text)]
    for left, right in pairwise(bounds):
        raw = slot.text[left:right]
        stripped = raw.strip()
        if not stripped:
            continue
        offset = left + (len(raw) - len(raw.lstrip()))
        start = None if slot.start is None else slot.start + offset
        end = None if start is None else start + len(stripped)
        pieces.append(Slot(stripped, start, end, slot.url, slot.dom))
    return pieces


class Layout(Protocol):
    """How one kind of page (text dump, HTML) finds its title and decides what rules left free."""

    @property
    def dom(self) -> DomRules | None:
        """How DOM rules select blocks on this page (``None``: a text dump, no DOM)."""

    def region_end(self, slots: Sequence[Slot], header: int) -> int:
        """One past the last block the region a list header opens may reach."""

    def find_title(self, slots: Sequence[Slot]) -> int | None:
        """The index of the title block, if the page has one."""

    def resolve(self, slots: list[Slot], title: int | None) -> None:
        """Decide every block still free."""

    def complete(self, document: Document) -> Document:
        """The assembled document, completed from what the page declares beyond its blocks."""


@dataclass(slots=True)
class Segments:
    """A page cut into blocks, with the layout that resolves them and what the page declares."""

    slots: list[Slot]
    layout: Layout
    meta: PageMeta | None = None
    """What an HTML page's markup says about its article; ``None`` for a text dump."""
    warnings: tuple[str, ...] = ()

    @property
    def language(self) -> str | None:
        """The language the page declares (HTML's ``lang``), if any."""
        return self.meta.language if self.meta is not None else None

    @property
    def own_url(self) -> str | None:
        """The url the page declares as its own (HTML's canonical link), if any."""
        return self.meta.canonical_url if self.meta is not None else None

    def visible_text(self, source: str) -> str:
        """The text rule-set fingerprints are looked for in: a dump as it is; an HTML page's
        visible blocks, one per line (so its markup and scripts never trip a fingerprint)."""
        if self.meta is None:
            return source
        return "\n".join([slot.text for slot in self.slots])
