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

from ..errors import RuleSetError
from ..labels import LABEL_NAMES, Label
from .model import Part, Position, Rule, RuleKind, RuleSet

RULESET_KEYS = frozenset({"id", "why", "extends", "domains", "fingerprints"})
TOP_LEVEL_KEYS = frozenset({"ruleset", "rule"})
COMMON_KEYS = frozenset({"id", "why", "kind", "pattern", "ignore_case", "max_chars", "min_count"})
KIND_KEYS: Mapping[RuleKind, frozenset[str]] = {
    RuleKind.MATCH: frozenset({"label", "position", "part"}),
    RuleKind.SPLIT: frozenset(),
    RuleKind.UNIT: frozenset({"label", "take_label", "take_before", "take_after", "part"}),
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


def load_rules(path: str | Path) -> RuleSet:
    """Load and validate the rule set in the TOML file at ``path``."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSetError(f"cannot read the file: {exc}", path=str(source)) from exc
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
        self.lines = text.splitlines()
        self.path = path
        self.builtin = builtin

    def fail(self, message: str, *, rule: str | None = None, field: str | None = None,
             hint: str | None = None) -> RuleSetError:
        return RuleSetError(message, path=self.path, rule=rule, field=field,
                            line=self.line_of(rule, field), hint=hint)

    def line_of(self, rule: str | None, field: str | None) -> int | None:
        """The line that declares ``rule`` (or its ``field`` below it), where it can be found."""
        if rule is None:
            return None
        declaration = regex.compile(r"^\s*id\s*=\s*[\"']" + regex.escape(rule) + r"[\"']")
        for number, line in enumerate(self.lines, start=1):
            if declaration.search(line):
                return self._field_line(number, field) or number
        return None

    def _field_line(self, start: int, field: str | None) -> int | None:
        if field is None:
            return None
        key = regex.compile(r"^\s*" + regex.escape(field) + r"\s*=")
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if number > start and line.strip().startswith("["):
                return None
            if key.search(line):
                return number
        return None

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
        raw_rules = self.data.get("rule", [])
        if not isinstance(raw_rules, list):
            raise self.fail("'rule' must be an array of tables: write [[rule]]")
        rules = tuple(self.rule(raw, ruleset_id) for raw in raw_rules)
        self.check_unique(rules)
        return RuleSet(
            id=ruleset_id,
            why=why,
            rules=rules,
            extends=self.string_list(header, "extends"),
            domains=tuple(d.lower() for d in self.string_list(header, "domains")),
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
            raise self.fail(f"[ruleset] needs a non-empty string {key!r}", field=key)
        if key == "id" and not regex.fullmatch(r"[a-z0-9][a-z0-9_-]*", value):
            raise self.fail(f"ruleset id {value!r} must be lowercase letters, digits, - or _",
                            field="id")
        return value

    def string_list(self, header: dict[str, Any], key: str) -> tuple[str, ...]:
        value = header.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"[ruleset] {key!r} must be a list of strings", field=key)
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
                raise self.fail("duplicate rule id", rule=rule.id, field="id",
                                hint="every rule id must be unique")
            seen.add(rule.id)

    def rule(self, raw: Any, ruleset_id: str) -> Rule:
        if not isinstance(raw, dict):
            raise self.fail("each [[rule]] must be a table")
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            raise self.fail("a rule has no string 'id'", field="id",
                            hint=f"name rules '{ruleset_id}.<label>.<name>'")
        if not rule_id.startswith(ruleset_id + "."):
            raise self.fail(f"rule id must start with the ruleset id '{ruleset_id}.'",
                            rule=rule_id, field="id")
        kind = self.enum(raw.get("kind", "match"), RuleKind, rule_id, "kind")
        self.check_keys(raw, COMMON_KEYS | KIND_KEYS[kind], rule=rule_id,
                        what=f"a {kind.value} rule")
        for key in REQUIRED_KEYS[kind] | {"why", "pattern"}:
            if key not in raw:
                raise self.fail(f"a {kind.value} rule needs {key!r}", rule=rule_id, field=key)
        why = raw["why"]
        if not isinstance(why, str) or not why.strip():
            raise self.fail("'why' must be a non-empty one-line string", rule=rule_id, field="why")
        ignore_case = self.typed(raw, "ignore_case", bool, False, rule_id)
        label = self.label(raw, "label", rule_id)
        return Rule(
            id=rule_id,
            why=why.strip(),
            kind=kind,
            pattern=self.compile(raw["pattern"], rule=rule_id, field="pattern",
                                 ignore_case=ignore_case),
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
            ruleset=ruleset_id,
        )

    def label(self, raw: dict[str, Any], key: str, rule_id: str) -> Label | None:
        if key not in raw:
            return None
        value = raw[key]
        if not isinstance(value, str) or value not in LABEL_NAMES:
            raise self.fail(f"label {value!r} is not one of: {', '.join(LABEL_NAMES)}",
                            rule=rule_id, field=key)
        return Label(value)

    def enum(self, value: Any, enum: type[E], rule_id: str, key: str) -> E:
        allowed = [member.value for member in enum]
        if value not in allowed:
            raise self.fail(f"{value!r} is not one of: {', '.join(allowed)}",
                            rule=rule_id, field=key)
        return enum(value)

    def typed(self, raw: dict[str, Any], key: str, kind: type[T], default: T,
                 rule_id: str) -> T:
        value = raw.get(key, default)
        if not isinstance(value, kind):
            raise self.fail(f"must be a {kind.__name__}", rule=rule_id, field=key)
        return value

    def count(self, raw: dict[str, Any], key: str, default: int, rule_id: str, *,
              low: int = 0, high: int = MAX_TAKE) -> int:
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"must be a whole number from {low} to {high}", rule=rule_id,
                            field=key)
        return value

    def compile(self, pattern: Any, *, rule: str | None, field: str, ignore_case: bool) -> Any:
        if not isinstance(pattern, str) or not pattern:
            raise self.fail("must be a non-empty regex string", rule=rule, field=field)
        flags = regex.IGNORECASE if ignore_case else 0
        try:
            return regex.compile(pattern, flags)
        except regex.error as exc:
            raise self.fail(f"bad regex: {exc}", rule=rule, field=field,
                            hint="patterns use the 'regex' module syntax; \\p{Lu} etc. work"
                            ) from exc

