"""Which rule sets apply to a page, and in what order of precedence.

Precedence, highest first (the first rule that decides a block wins):

1. the caller's own rule sets, in the order given;
2. built-in sets whose ``domains`` match the page's url;
3. built-in sets whose ``fingerprints`` are found in the page's text;
4. sets pulled in through ``extends`` (a set always comes before the sets it extends);
5. universal built-in sets (no domains, no fingerprints): the generic Dutch set ``nl``.

A caller's set that names domains or fingerprints applies only where they match, like a
built-in one; a caller's set that names neither applies to every page. Given the language the
page declares, a set written for other languages is left out (its fingerprints are not searched
when leaving it out moves no other set).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ..errors import RuleSetError
from .loader import parse_rules
from .model import RuleSet

BUILTIN_PACKAGE = "newsclean.rulesets"
BUILTIN_LOADING = threading.Lock()
"""Held while the built-in sets load, so that threads starting at once share one copy."""
FINGERPRINT_TIMEOUT_SECONDS = 0.25
"""The longest one fingerprint may search a page; one that takes longer counts as absent."""


def builtin_rulesets() -> tuple[RuleSet, ...]:
    """The rule sets shipped with newsclean, validated together (loaded once per process; every
    caller, in every thread, gets the same immutable values)."""
    with BUILTIN_LOADING:
        return _load_builtin()


@cache
def _load_builtin() -> tuple[RuleSet, ...]:
    """The sets read from the package's TOML files, checked together."""
    folder = resources.files(BUILTIN_PACKAGE)
    sets = tuple(
        parse_rules(entry.read_text(encoding="utf-8"), path=f"newsclean/rulesets/{entry.name}",
                    builtin=True)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    )
    check_together(sets)
    return sets


def check_together(sets: Sequence[RuleSet]) -> None:
    """Refuse ruleset ids or rule ids used twice, and ``extends`` that name no set or loop."""
    by_id: dict[str, RuleSet] = {}
    rule_owner: dict[str, str] = {}
    for ruleset in sets:
        if ruleset.id in by_id:
            raise RuleSetError(f"ruleset id {ruleset.id!r} is already used by "
                               f"{by_id[ruleset.id].path}", path=ruleset.path, field="id",
                               hint="give each rule set its own id (and its rules ids that "
                               "start with it)")
        by_id[ruleset.id] = ruleset
        for rule in ruleset.rules:
            if rule.id in rule_owner:
                raise RuleSetError(f"rule id is already used in {rule_owner[rule.id]}",
                                   path=ruleset.path, rule=rule.id, field="id",
                                   hint="rule ids are unique across all rule sets: rename one")
            rule_owner[rule.id] = ruleset.path
    for ruleset in sets:
        for parent in ruleset.extends:
            if parent not in by_id:
                raise RuleSetError(f"extends {parent!r}, which is not a known rule set",
                                   path=ruleset.path, field="extends",
                                   hint=f"known: {', '.join(sorted(by_id))}")
        _check_no_cycle(ruleset, by_id)


def _check_no_cycle(start: RuleSet, by_id: dict[str, RuleSet]) -> None:
    stack: list[tuple[str, tuple[str, ...]]] = [(start.id, (start.id,))]
    while stack:
        current, trail = stack.pop()
        for parent in by_id[current].extends:
            if parent == start.id:
                raise RuleSetError("'extends' forms a cycle: " + " -> ".join((*trail, parent)),
                                   path=start.path, field="extends",
                                   hint="a set extends only the more general sets it builds on; "
                                   "remove one link of the cycle")
            if parent not in trail:
                stack.append((parent, (*trail, parent)))


def host_of(url: str | None) -> str:
    """The lowercase host of ``url`` without a leading ``www.``; empty when there is none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:  # a malformed url ("https://site.nl[x/…", an open IPv6 bracket)
        return ""
    return host.removeprefix("www.")


def host_domains(host: str) -> frozenset[str]:
    """The domains that match ``host``: the host itself and every domain it is a subdomain of
    (``a.nu.nl``: ``a.nu.nl``, ``nu.nl``, ``nl``)."""
    labels = host.split(".")
    return frozenset(".".join(labels[i:]) for i in range(len(labels)))


def select(
    user_sets: Sequence[RuleSet], *, url: str | None, text: str, language: str | None = None
) -> tuple[RuleSet, ...]:
    """The rule sets that apply to this page, highest precedence first; with ``language`` (the
    one the page declares), only the sets written for it (``RuleSet.speaks``)."""
    builtin = builtin_rulesets()
    by_id = {s.id: s for s in builtin} | {s.id: s for s in user_sets}
    host = host_of(url)
    matching_domains = host_domains(host)

    def found_in_text(ruleset: RuleSet) -> bool:
        return any(fingerprint_found(f, text) for f in ruleset.fingerprints)

    def applies(ruleset: RuleSet) -> bool:
        return (ruleset.universal or not matching_domains.isdisjoint(ruleset.domains)
                or found_in_text(ruleset))

    by_domain = [s for s in builtin if host and not matching_domains.isdisjoint(s.domains)]
    placed_by_domain = {s.id for s in by_domain}
    inert = _inert(builtin, user_sets, language)
    tiers = (
        [s for s in user_sets if applies(s)],
        by_domain,
        # a set that its domain matches already has its place, a tier higher
        [s for s in builtin if s.id not in placed_by_domain and s.id not in inert
         and found_in_text(s)],
    )
    ordered: list[RuleSet] = []
    for ruleset in (s for tier in tiers for s in tier):
        _add_with_parents(ruleset, by_id, ordered)
    for ruleset in builtin:
        if ruleset.universal:
            _add_with_parents(ruleset, by_id, ordered)
    return tuple(s for s in _children_first(ordered) if s.speaks(language))


def _inert(builtin: Sequence[RuleSet], user_sets: Sequence[RuleSet],
           language: str | None) -> set[str]:
    """The built-in sets whose fingerprints need no search: ``language`` leaves them out, they
    pull in no parents and no set extends them, so whether they apply moves no other set."""
    left_out = {s.id for s in builtin if s.languages and not s.extends and not s.speaks(language)}
    if not left_out:
        return left_out
    return left_out - {parent for s in (*builtin, *user_sets) for parent in s.extends}


def fingerprint_found(fingerprint: Any, text: str) -> bool:
    """Whether the compiled ``fingerprint`` is in ``text``, searched within a time bound."""
    try:
        return fingerprint.search(text, timeout=FINGERPRINT_TIMEOUT_SECONDS) is not None
    except TimeoutError:
        return False


def _children_first(ordered: list[RuleSet]) -> tuple[RuleSet, ...]:
    """``ordered`` with every set moved ahead of the sets it extends, otherwise kept in order."""
    placed: list[RuleSet] = []
    visiting: set[str] = set()

    def place(ruleset: RuleSet) -> None:
        if ruleset.id in visiting or any(p.id == ruleset.id for p in placed):
            return
        visiting.add(ruleset.id)
        for child in ordered:
            if ruleset.id in child.extends:
                place(child)
        placed.append(ruleset)

    for ruleset in ordered:
        place(ruleset)
    return tuple(placed)


def _add_with_parents(ruleset: RuleSet, by_id: dict[str, RuleSet], ordered: list[RuleSet]) -> None:
    """Append ``ruleset`` and then, breadth first, the sets it extends, each only once."""
    queue = [ruleset]
    while queue:
        current = queue.pop(0)
        if any(s.id == current.id for s in ordered):
            continue
        ordered.append(current)
        queue.extend(by_id[p] for p in current.extends if p in by_id)
