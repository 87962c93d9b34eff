"""``newsclean rules list|check|show``: the rule sets that exist, checking files, one rule.

- ``list``: every built-in set with its scope (domains, fingerprints or universal), its number
  of rules and its file.
- ``check FILE...``: validate rule-set files alone and together with the built-in sets; every
  problem is printed located (file, line, rule, field) and the exit code is 1.
- ``show ID``: a rule's set, kind, label, pattern and ``why`` (or a set's, or a heuristic's);
  an unknown id exits 1 with the closest known ids as a suggestion.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import RuleSetError
from ..rules.loader import load_rules
from ..rules.model import Rule, RuleSet
from ..rules.registry import BUILTIN_PACKAGE, builtin_rulesets, check_together
from .common import load_rule_files
from .exits import EXIT_FINDINGS, EXIT_OK
from .explanations import HEURISTIC_WHY

MAX_SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.6
"""How alike (0..1, difflib's ratio) an id must be to an unknown one to be suggested."""
SHOWN_FIELDS = ("position", "part", "take_label", "take_before", "take_after", "inner_label",
                "until", "min_count", "max_chars")
"""Optional rule fields, shown by ``show`` when they differ from their defaults."""
FIELD_DEFAULTS: Mapping[str, object] = {"take_before": 0, "take_after": 0, "min_count": 1}
LISTED_DOMAINS = 4
"""``list`` names this many of a set's domains and counts the rest; ``show`` names them all."""


def add_parser(subparsers: Any) -> None:
    """Add ``rules`` and its actions to the command's subparsers."""
    rules = subparsers.add_parser(
        "rules", help="list, check and show rule sets",
        description="List the built-in rule sets, validate rule-set files, or show one rule.",
        epilog="exit codes: 0 ok; 1 a file has a problem, or the id is unknown; 2 usage")
    actions = rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every built-in rule set: id, scope, rules, file",
                                 description="List every built-in rule set.")
    listing.set_defaults(run=run_list)
    check = actions.add_parser(
        "check", help="validate rule-set files; exit 1 on any problem",
        description="Validate each FILE, then all of them together with the built-in sets "
        "(duplicate ids, 'extends' naming an unknown set). Problems name file, line, rule "
        "and field.")
    check.add_argument("files", nargs="+", metavar="FILE", help="a rule-set TOML file")
    check.set_defaults(run=run_check)
    show = actions.add_parser(
        "show", help="show a rule (or a set, or a heuristic) and its why",
        description="Show the rule, rule set or heuristic called ID.")
    show.add_argument("id", metavar="ID", help="e.g. wnl.promo.steun, wnl, heuristic.title")
    show.add_argument("--rules", action="append", default=[], metavar="FILE",
                      help="also look in this rule set (repeatable)")
    show.set_defaults(run=run_show)


def _builtin_file(ruleset: RuleSet) -> str:
    return str(resources.files(BUILTIN_PACKAGE).joinpath(Path(ruleset.path).name))


def scope_of(ruleset: RuleSet, *, max_domains: int | None = None) -> str:
    """Where a set applies: its domains (the first ``max_domains`` and a count of the rest),
    its number of fingerprints, or everywhere."""
    if ruleset.universal:
        return "universal"
    parts = []
    if ruleset.domains:
        shown = ruleset.domains[:max_domains]
        more = len(ruleset.domains) - len(shown)
        parts.append("domains: " + ", ".join(shown) + (f" +{more} more" if more else ""))
    if ruleset.fingerprints:
        parts.append(f"fingerprints: {len(ruleset.fingerprints)}")
    return "; ".join(parts)


def run_list(args: argparse.Namespace) -> int:
    """Print one row per built-in rule set."""
    rows = [("id", "scope", "rules", "file")] + [
        (s.id, scope_of(s, max_domains=LISTED_DOMAINS), str(len(s.rules)), _builtin_file(s))
        for s in builtin_rulesets()]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for ruleset_id, scope, count, path in rows:
        print(f"{ruleset_id:<{widths[0]}}  {scope:<{widths[1]}}  {count:>{widths[2]}}  {path}")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Validate every file; print ``ok`` lines on stdout and located problems on stderr."""
    loaded: list[RuleSet] = []
    problems = 0
    for path in args.files:
        try:
            ruleset = load_rules(path)
        except RuleSetError as error:
            print(f"newsclean: error: {error}", file=sys.stderr)
            problems += 1
            continue
        loaded.append(ruleset)
        print(f"{path}: ok (rule set {ruleset.id!r}, {len(ruleset.rules)} rules)")
    replaced = {s.id for s in loaded}
    try:
        check_together([*loaded, *(s for s in builtin_rulesets() if s.id not in replaced)])
    except RuleSetError as error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        problems += 1
    verdict = "ok" if not problems else f"{problems} problem(s)"
    print(f"rules check: {len(args.files)} file(s): {verdict}")
    return EXIT_FINDINGS if problems else EXIT_OK


def _rule_lines(rule: Rule, ruleset: RuleSet) -> list[tuple[str, str]]:
    where = _builtin_file(ruleset) if ruleset.builtin else ruleset.path
    lines = [("rule", rule.id), ("set", f"{ruleset.id} ({where})"), ("kind", rule.kind.value),
             ("label", rule.label.value if rule.label else "-"),
             ("pattern", rule.pattern.pattern)]
    for name in SHOWN_FIELDS:
        value = getattr(rule, name)
        if name == "take_label" and value == rule.label:
            continue
        if value is not None and value != FIELD_DEFAULTS.get(name):
            lines.append((name, getattr(value, "pattern", getattr(value, "value", str(value)))))
    return [*lines, ("why", rule.why)]


def _set_lines(ruleset: RuleSet) -> list[tuple[str, str]]:
    where = _builtin_file(ruleset) if ruleset.builtin else ruleset.path
    return [("set", ruleset.id), ("file", where), ("scope", scope_of(ruleset)),
            ("extends", ", ".join(ruleset.extends) or "-"), ("rules", str(len(ruleset.rules))),
            ("why", ruleset.why)]


def _heuristic_lines(rule_id: str) -> list[tuple[str, str]]:
    return [("rule", rule_id), ("kind", "heuristic (built into the engine, no pattern)"),
            ("why", HEURISTIC_WHY[rule_id])]


def _lookup(rulesets: Sequence[RuleSet]) -> dict[str, Callable[[], list[tuple[str, str]]]]:
    """Every id ``show`` knows → how to describe it; earlier sets win."""
    found: dict[str, Callable[[], list[tuple[str, str]]]] = {
        rule_id: partial(_heuristic_lines, rule_id) for rule_id in HEURISTIC_WHY}
    for ruleset in reversed(rulesets):
        found[ruleset.id] = partial(_set_lines, ruleset)
        for rule in ruleset.rules:
            found[rule.id] = partial(_rule_lines, rule, ruleset)
    return found


def run_show(args: argparse.Namespace) -> int:
    """Describe the id, or say it is unknown and suggest the closest ids."""
    known = _lookup([*load_rule_files(args.rules), *builtin_rulesets()])
    describe = known.get(args.id)
    if describe is None:
        close = difflib.get_close_matches(args.id, known, n=MAX_SUGGESTIONS,
                                          cutoff=SUGGESTION_CUTOFF)
        hint = (f"did you mean {' or '.join(repr(c) for c in close)}?" if close
                else "see 'newsclean rules list' for the rule sets")
        print(f"newsclean: error: no rule or rule set {args.id!r}; {hint}", file=sys.stderr)
        return EXIT_FINDINGS
    lines = describe()
    width = max(len(name) for name, _ in lines)
    for name, value in lines:
        print(f"{name:<{width}}  {value}")
    return EXIT_OK
