"""What a rule set is once loaded: immutable values, patterns compiled, everything validated."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..labels import Label


class RuleKind(StrEnum):
    """What a rule does to the blocks its pattern finds."""

    MATCH = "match"
    """A block whose text the pattern finds gets the rule's label."""

    SPLIT = "split"
    """A block is cut in two at every place the pattern matches (a glued line comes apart)."""

    UNIT = "unit"
    """A marker block labels itself and ``take_before``/``take_after`` neighbours as one item."""

    REGION = "region"
    """A header block opens a region whose blocks get ``inner_label`` until ``until`` or the end."""


class Position(StrEnum):
    """Where on the page a positional rule may fire, relative to the article's title."""

    BEFORE_TITLE = "before-title"
    """Only above the title (site header, kicker, dates of the page rather than the article)."""

    AFTER_TITLE = "after-title"
    """Only below the title."""


class Part(StrEnum):
    """The role a block plays inside one teaser card, used to assemble ``Document.teasers``."""

    TITLE = "title"
    """The card's headline."""

    SNIPPET = "snippet"
    """The card's summary text."""

    TIME = "time"
    """The card's time as shown ("36 minuten geleden", "11:30"); it closes the card."""

    MORE = "more"
    """The card's "Lees meer" link; it closes the card."""

    KICKER = "kicker"
    """The card's category label or marker ("Premium", "Binnenland")."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a rule set. ``pattern`` is a compiled ``regex`` pattern; ``xpath``, when the
    rule has one, a compiled ``lxml.etree.XPath`` that selects the elements it decides on HTML
    pages (``pattern`` is then ``None`` or narrows the rule to the blocks it finds)."""

    id: str
    why: str
    kind: RuleKind
    pattern: Any
    label: Label | None = None
    take_label: Label | None = None
    inner_label: Label | None = None
    until: Any = None
    position: Position | None = None
    part: Part | None = None
    take_before: int = 0
    take_after: int = 0
    min_count: int = 1
    max_chars: int | None = None
    first_is_heading: bool = False
    """For a unit: take the blocks before the marker only when the first of them is a heading."""
    ruleset: str = ""
    xpath: Any = None

    @property
    def is_dom(self) -> bool:
        """Whether the rule selects elements of an HTML page rather than searching block text."""
        return self.xpath is not None


@dataclass(frozen=True, slots=True)
class RuleSet:
    """A named, immutable collection of rules with the pages it applies to.

    A set applies to a page when the page's url host is one of ``domains`` (or a subdomain of
    one), when one of ``fingerprints`` is found in the page's text, or always when it names
    neither. ``extends`` names sets whose rules come after this set's rules. A set that names
    ``languages`` applies only to pages that declare one of them, or declare none.
    """

    id: str
    why: str
    rules: tuple[Rule, ...] = ()
    extends: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    fingerprints: tuple[Any, ...] = ()
    path: str = ""
    builtin: bool = False
    languages: tuple[str, ...] = ()
    """Primary language subtags (``nl``, ``en``) of the pages the set is written for."""

    def speaks(self, language: str | None) -> bool:
        """Whether the set is for pages in ``language`` (a BCP 47 tag such as ``nl-BE``; a page
        that declares none is in every language)."""
        if not self.languages or not language:
            return True
        return language.strip().lower().replace("_", "-").split("-", 1)[0] in self.languages

    @property
    def universal(self) -> bool:
        """Whether the set applies to every page (it names no domains and no fingerprints)."""
        return not self.domains and not self.fingerprints

    def rule(self, rule_id: str) -> Rule | None:
        """The rule called ``rule_id`` in this set, if any."""
        return next((r for r in self.rules if r.id == rule_id), None)
