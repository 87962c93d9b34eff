"""Reading rule-set TOML files into validated, immutable ``RuleSet`` values.

Every problem is a ``RuleSetError`` naming the file, the line where known, the rule id and the
field, and saying what is allowed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import regex
from lxml import etree

from ..errors import RuleSetError
from ..labels import LABEL_NAMES, Label
from .locate import SourceLines
from .model import Part, Position, Rule, RuleKind, RuleSet
from .xpaths import compile_xpath

RULESET_KEYS = frozenset({"id", "why", "extends", "domains", "fingerprints", "languages"})
TOP_LEVEL_KEYS = frozenset({"ruleset", "rule"})
COMMON_KEYS = frozenset({"id", "why", "kind", "pattern", "ignore_case", "max_chars", "min_count"})
KIND_KEYS: Mapping[RuleKind, frozenset[str]] = {
    RuleKind.MATCH: frozenset({"label", "position", "part", "xpath"}),
    RuleKind.SPLIT: frozenset(),
    RuleKind.UNIT: frozenset({"label", "take_label", "take_before", "take_after", "part",
                              "xpath", "first_is_heading"}),
    RuleKind.REGION: frozenset({"label", "inner_label", "until"}),
}
REQUIRED_KEYS: Mapping[RuleKind, frozenset[str]] = {
    RuleKind.MATCH: frozenset({"label"}),
    RuleKind.SPLIT: frozenset(),
    RuleKind.UNIT: frozenset({"label"}),
    RuleKind.REGION: frozenset({"label", "inner_label"}),
}
E = TypeVar("E", RuleKind, Position, Part)
T = TypeVar("T")

MAX_TAKE = 20
"""The most neighbours a unit rule may take on either side."""
MAX_CHARS_LIMIT = 1_000_000
"""The largest ``max_chars`` a rule may set."""
HEADER_HINTS = {
    "id": 'a short lowercase name, e.g. id = "mijnkrant"; rule ids start with it',
    "why": 'one line saying which pages the set is for, e.g. why = "Mijn Krant pages"',
}
REQUIRED_HINTS = {
    "label": f"label = one of: {', '.join(LABEL_NAMES)}",
    "inner_label": f"inner_label = the label of the region's blocks: {', '.join(LABEL_NAMES)}",
    "why": "one line saying what the rule finds and why it gets its label",
}
LABEL_HINT = "the labels are defined in docs/labels.md"
FIELDS_HINT = "every field and its values are in docs/rulesets.md"
XPATH_HINT = ("XPath 1.0 as lxml takes it, selecting elements: "
              "//div[@data-testid='article-body']//p")


def load_rules(path: str | Path) -> RuleSet:
    """Load and validate the rule set in the TOML file at ``path``."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSetError(f"cannot read the file: {exc}", path=str(source),
                           hint="check the path, and save the file as UTF-8") from exc
    return parse_rules(text, path=str(source))


def parse_rules(text: str, *, path: str = "<string>", builtin: bool = False) -> RuleSet:
    """Validate the rule set written in ``text``; ``path`` names it in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = regex.search(r"line (\d+)", str(exc))
        raise RuleSetError(
            f"not valid TOML: {exc}",
            path=path,
            line=int(line.group(1)) if line else None,
            hint="check quoting: write regexes in single-quoted TOML strings",
        ) from exc
    return _RuleSetReader(data, text, path, builtin).read()


class _RuleSetReader:
    """Walks one parsed TOML document and builds the ``RuleSet``, failing on the first error."""

    def __init__(self, data: dict[str, Any], text: str, path: str, builtin: bool) -> None:
        self.data = data
        self.lines = SourceLines(text)
        self.path = path
        self.builtin = builtin

    def fail(self, message: str, *, rule: str | None = None, field: str | None = None,
             hint: str | None = None, line: int | None = None) -> RuleSetError:
        return RuleSetError(message, path=self.path, rule=rule, field=field,
                            line=line if line is not None else self.lines.of(rule, field),
                            hint=hint)

    def read(self) -> RuleSet:
        unknown = set(self.data) - TOP_LEVEL_KEYS
        if unknown:
            raise self.fail(f"unknown top-level key {sorted(unknown)[0]!r}",
                            hint="a rule-set file has a [ruleset] table and [[rule]] tables")
        header = self.data.get("ruleset")
        if not isinstance(header, dict):
            raise self.fail("missing the [ruleset] table", hint="give at least id and why")
        ruleset_id = self.header_text(header, "id")
        why = self.header_text(header, "why")
        self.check_keys(header, RULESET_KEYS, rule=None, what="[ruleset]")
        extends = self.string_list(header, "extends")
        if ruleset_id in extends:
            raise self.fail("a rule set cannot extend itself", field="extends",
                            hint="'extends' names the other sets whose rules come after these")
        raw_rules = self.data.get("rule", [])
        if not isinstance(raw_rules, list):
            raise self.fail("'rule' must be an array of tables", hint="write each rule as a "
                            "[[rule]] table")
        rules = tuple(self.rule(raw, ruleset_id, index) for index, raw in enumerate(raw_rules))
        self.check_unique(rules)
        return RuleSet(
            id=ruleset_id,
            why=why,
            rules=rules,
            extends=extends,
            domains=tuple(d.lower() for d in self.string_list(header, "domains")),
            languages=self.languages(header),
            fingerprints=tuple(
                self.compile(p, rule=None, field="fingerprints", ignore_case=False)
                for p in self.string_list(header, "fingerprints")
            ),
            path=self.path,
            builtin=self.builtin,
        )

    def header_text(self, header: dict[str, Any], key: str) -> str:
        value = header.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"[ruleset] needs a non-empty string {key!r}", field=key,
                            hint=HEADER_HINTS[key])
        if key == "id" and not regex.fullmatch(r"[a-z0-9][a-z0-9_-]*", value):
            raise self.fail(f"ruleset id {value!r} must be lowercase letters, digits, - or _",
                            field="id", hint=HEADER_HINTS["id"])
        return value

    def languages(self, header: dict[str, Any]) -> tuple[str, ...]:
        """The set's languages: primary subtags of two or three lowercase letters."""
        found = self.string_list(header, "languages")
        for language in found:
            if not regex.fullmatch(r"[a-z]{2,3}", language):
                raise self.fail(f"language {language!r} is not a primary language subtag",
                                field="languages", hint="write 'nl', 'en', 'de' …")
        return found

    def string_list(self, header: dict[str, Any], key: str) -> tuple[str, ...]:
        value = header.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"[ruleset] {key!r} must be a list of strings", field=key,
                            hint=f'write {key} = ["…", "…"]')
        return tuple(value)

    def check_keys(self, raw: dict[str, Any], allowed: frozenset[str], *, rule: str | None,
                   what: str) -> None:
        for key in raw:
            if key not in allowed:
                raise self.fail(f"unknown key {key!r} in {what}", rule=rule, field=key,
                                hint=f"allowed: {', '.join(sorted(allowed))}")

    def check_unique(self, rules: tuple[Rule, ...]) -> None:
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                again = self.lines.declarations(rule.id)
                raise self.fail("duplicate rule id", rule=rule.id, field="id",
                                line=again[1] if len(again) > 1 else None,
                                hint="every rule id must be unique")
            seen.add(rule.id)

    def rule(self, raw: Any, ruleset_id: str, index: int) -> Rule:
        table_line = self.lines.rule_table(index)
        if not isinstance(raw, dict):
            raise self.fail("each [[rule]] must be a table", line=table_line,
                            hint="write each rule as a [[rule]] table")
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            raise self.fail("a rule has no string 'id'", field="id", line=table_line,
                            hint=f"name rules '{ruleset_id}.<label>.<name>'")
        if not rule_id.startswith(ruleset_id + "."):
            raise self.fail(f"rule id must start with the ruleset id '{ruleset_id}.'",
                            rule=rule_id, field="id",
                            hint=f"name rules '{ruleset_id}.<label>.<name>'")
        kind = self.enum(raw.get("kind", "match"), RuleKind, rule_id, "kind")
        self.check_keys(raw, COMMON_KEYS | KIND_KEYS[kind], rule=rule_id,
                        what=f"a {kind.value} rule")
        for key in sorted(REQUIRED_KEYS[kind] | {"why"}):
            if key not in raw:
                raise self.fail(f"a {kind.value} rule needs {key!r}", rule=rule_id, field=key,
                                hint=REQUIRED_HINTS[key])
        self.check_selector(raw, kind, rule_id)
        why = raw["why"]
        if not isinstance(why, str) or not why.strip():
            raise self.fail("'why' must be a non-empty one-line string", rule=rule_id, field="why",
                            hint=REQUIRED_HINTS["why"])
        ignore_case = self.typed(raw, "ignore_case", bool, False, rule_id)
        label = self.label(raw, "label", rule_id)
        return Rule(
            id=rule_id,
            why=why.strip(),
            kind=kind,
            pattern=self.compile(raw["pattern"], rule=rule_id, field="pattern",
                                 ignore_case=ignore_case) if "pattern" in raw else None,
            label=label,
            take_label=self.label(raw, "take_label", rule_id) or label,
            inner_label=self.label(raw, "inner_label", rule_id),
            until=self.compile(raw["until"], rule=rule_id, field="until",
                               ignore_case=ignore_case) if "until" in raw else None,
            position=self.enum(raw["position"], Position, rule_id, "position")
            if "position" in raw else None,
            part=self.enum(raw["part"], Part, rule_id, "part") if "part" in raw else None,
            take_before=self.count(raw, "take_before", 0, rule_id),
            take_after=self.count(raw, "take_after", 0, rule_id),
            min_count=self.count(raw, "min_count", 1, rule_id, low=1, high=1000),
            max_chars=self.count(raw, "max_chars", 1, rule_id, low=1, high=MAX_CHARS_LIMIT)
            if "max_chars" in raw else None,
            first_is_heading=self.typed(raw, "first_is_heading", bool, False, rule_id),
            ruleset=ruleset_id,
            xpath=self.xpath(raw["xpath"], rule_id) if "xpath" in raw else None,
        )

    def check_selector(self, raw: dict[str, Any], kind: RuleKind, rule_id: str) -> None:
        """A rule finds its blocks by ``pattern``, by ``xpath`` (match and unit rules), or both;
        a DOM rule has no ``position`` (write the XPath relative to the article instead)."""
        if "pattern" in raw or "xpath" in raw:
            if "xpath" in raw and "position" in raw:
                raise self.fail("a rule with 'xpath' takes no 'position'", rule=rule_id,
                                field="position",
                                hint="select the elements relative to the article in the XPath")
            return
        needed = "'pattern' or 'xpath'" if "xpath" in KIND_KEYS[kind] else "'pattern'"
        raise self.fail(f"a {kind.value} rule needs {needed}", rule=rule_id, field="pattern",
                        hint="pattern = '^Lees ook\\b' finds blocks by their text"
                        + (", xpath = '//aside//p' by their element" if "xpath" in needed else ""))

    def xpath(self, expression: Any, rule_id: str) -> Any:
        """``expression`` compiled and checked (``xpaths.compile_xpath``)."""
        if not isinstance(expression, str) or not expression.strip():
            raise self.fail("must be a non-empty XPath string", rule=rule_id, field="xpath",
                            hint=XPATH_HINT)
        try:
            return compile_xpath(expression)
        except etree.XPathError as exc:
            raise self.fail(f"bad XPath: {exc}", rule=rule_id, field="xpath",
                            hint=XPATH_HINT) from exc

    def label(self, raw: dict[str, Any], key: str, rule_id: str) -> Label | None:
        if key not in raw:
            return None
        value = raw[key]
        if not isinstance(value, str) or value not in LABEL_NAMES:
            raise self.fail(f"label {value!r} is not one of: {', '.join(LABEL_NAMES)}",
                            rule=rule_id, field=key, hint=LABEL_HINT)
        return Label(value)

    def enum(self, value: Any, enum: type[E], rule_id: str, key: str) -> E:
        allowed = [member.value for member in enum]
        if value not in allowed:
            raise self.fail(f"{value!r} is not one of: {', '.join(allowed)}",
                            rule=rule_id, field=key, hint=FIELDS_HINT)
        return enum(value)

    def typed(self, raw: dict[str, Any], key: str, kind: type[T], default: T,
                 rule_id: str) -> T:
        value = raw.get(key, default)
        if not isinstance(value, kind):
            raise self.fail(f"must be a {kind.__name__}", rule=rule_id, field=key,
                            hint=f"write {key} = true or {key} = false" if kind is bool
                            else FIELDS_HINT)
        return value

    def count(self, raw: dict[str, Any], key: str, default: int, rule_id: str, *,
              low: int = 0, high: int = MAX_TAKE) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"must be a whole number from {low} to {high}", rule=rule_id,
                            field=key, hint=f"write {key} = {max(low, 1)}, without quotes")
        return value

    def compile(self, pattern: Any, *, rule: str | None, field: str, ignore_case: bool) -> Any:
        if not isinstance(pattern, str) or not pattern:
            raise self.fail("must be a non-empty regex string", rule=rule, field=field,
                            hint=f"write the regex in single quotes: {field} = '^Lees ook\\b'")
        flags = regex.IGNORECASE if ignore_case else 0
        try:
            return regex.compile(pattern, flags)
        except regex.error as exc:
            raise self.fail(f"bad regex: {exc}", rule=rule, field=field,
                            hint="patterns use the 'regex' module syntax; \\p{Lu} etc. work"
                            ) from exc

