"""Why a block got its label: the deciding rule's ``why``, or the heuristic's explanation.

Rules carry their ``why`` in their rule set. Heuristics are named ``heuristic.*`` and documented
in the docstrings of ``engine/layout.py``, ``engine/listings.py`` and ``html/layout.py``;
``HEURISTIC_WHY`` says the same in a sentence a reader of the explain page understands, and a
test (tests/test_cli_explain.py) fails when an id named in the package has no entry here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..rules.model import Rule, RuleSet

HEURISTIC_PREFIX = "heuristic."

HEURISTIC_WHY: Mapping[str, str] = {
    "heuristic.title": "The headline-like block right above the article's first paragraph.",
    "heuristic.caption.credited": "A short text beside a photo credit ('Foto: …', '© …') near "
    "the title.",
    "heuristic.byline.name": "A bare person's name right beside the article's date line.",
    "heuristic.body.prose": "Running text or a list item between the title and the end of the "
    "article.",
    "heuristic.body.short": "A short sentence inside the article's body.",
    "heuristic.heading": "A short line inside the body that is followed by running text.",
    "heuristic.chrome.header": "Something above the article that no rule claimed: the site's "
    "header.",
    "heuristic.chrome.in-body": "A short fragment inside the body that is not a sentence.",
    "heuristic.teaser.after-body": "Headline- or prose-like text below the article: another "
    "story's teaser.",
    "heuristic.chrome.footer": "A short bit below the article that no rule claimed: the site's "
    "footer.",
    "heuristic.teaser.card-list": "Part of a list of cards: headlines keep being followed by a "
    "date or time stamp, so the page lists stories rather than telling one.",
    "heuristic.html.title": "The headline: the block the page's metadata names as its title, "
    "else its h1.",
    "heuristic.html.body": "A block of the page's main content, after the title.",
    "heuristic.html.heading": "An h2–h6 heading inside the page's main content.",
    "heuristic.html.caption": "A figure caption or photo credit (figcaption, a 'caption' class).",
    "heuristic.html.byline": "A short block the page marks as its author (class, rel, "
    "microdata).",
    "heuristic.html.date": "A short block with a digit that the page marks as a date, or a "
    "<time>.",
    "heuristic.html.related": "A box of links inside the article (a 'related' class).",
    "heuristic.html.teaser": "A card or list item that links to another article.",
    "heuristic.html.promo": "A box the page marks as its own promotion (newsletter, app, …).",
    "heuristic.html.chrome": "The rest of the site frame: menus, headers, footers, share "
    "buttons, ads.",
}
"""Each heuristic's id → what it decided, in one sentence."""

UNKNOWN_WHY = "No explanation is known for this id."


def rule_index(rulesets: Iterable[RuleSet]) -> dict[str, Rule]:
    """Every rule of ``rulesets`` by its id; an earlier set wins when two share an id."""
    index: dict[str, Rule] = {}
    for ruleset in rulesets:
        for rule in ruleset.rules:
            index.setdefault(rule.id, rule)
    return index


def why_of(rule_id: str, rules: Mapping[str, Rule]) -> str:
    """Why the rule or heuristic ``rule_id`` decides what it does."""
    rule = rules.get(rule_id)
    if rule is not None:
        return rule.why
    return HEURISTIC_WHY.get(rule_id, UNKNOWN_WHY)
