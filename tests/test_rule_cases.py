"""Rule cases: every built-in rule proves, on a small page, what it labels and what it leaves alone.

Each file in ``rule_cases/`` holds ``[[case]]`` tables:

    rule   = the rule id under test
    page   = a small page (text dump or HTML)
    url    = optional page url (selects site rule sets)
    expect = blocks the rule must decide: [{ text = "…", label = "…" }]
    reject = texts of blocks the rule must not decide (near misses)

A split rule never decides a block, so its cases say what the page is cut into instead:

    pieces = texts that must come out as blocks of their own, cut out of a glued line of the
             page by the rule under test (a piece that is a line of the page proves nothing)
    whole  = texts of lines that the rule must not cut and that stay one block (near misses)
"""

from __future__ import annotations

import tomllib
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import Label
from newsclean.rules.model import Rule

CASES_DIR = Path(__file__).parent / "rule_cases"


def load_cases() -> list[Any]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            for number, case in enumerate(tomllib.load(handle)["case"], start=1):
                cases.append(pytest.param(case, id=f"{case['rule']}#{path.stem}-{number}"))
    return cases


CASES = load_cases()
RULES = {rule.id: rule for ruleset in newsclean.builtin_rulesets() for rule in ruleset.rules}


def block_named(doc: newsclean.Document, text: str) -> newsclean.Block:
    found = [b for b in doc.blocks if b.text == text]
    assert found, f"no block has the text {text!r}; blocks: {[b.text for b in doc.blocks]}"
    return found[0]


@pytest.mark.parametrize("case", CASES)
def test_rule_case(case: dict[str, Any]) -> None:
    assert any(case.get(key) for key in ("expect", "reject", "pieces", "whole")), (
        "a case needs expect, reject, pieces or whole"
    )
    doc = newsclean.extract(case["page"], url=case.get("url"))
    for wanted in case.get("expect", []):
        block = block_named(doc, wanted["text"])
        assert (block.rule, block.label) == (case["rule"], Label(wanted["label"]))
    for text in case.get("reject", []):
        assert block_named(doc, text).rule != case["rule"]
    pieces, whole = case.get("pieces", []), case.get("whole", [])
    if pieces or whole:
        rule = RULES[case["rule"]]
        lines = {line.strip() for line in case["page"].splitlines()}
        for text in pieces:
            assert text not in lines, f"{text!r} is a line of the page already: nothing was split"
            assert text in cut_by(rule, case["page"]), f"{rule.id} does not cut out {text!r}"
            block_named(doc, text)
        for text in whole:
            assert cut_by(rule, text) == {text}, f"{rule.id} cuts {text!r}"
            block_named(doc, text)


def cut_by(rule: Rule, page: str) -> set[str]:
    """The pieces that ``rule`` alone cuts the lines of ``page`` into."""
    pieces = set()
    for line in (raw.strip() for raw in page.splitlines()):
        bounds = [0, *(m.start() for m in rule.pattern.finditer(line) if m.start() > 0), len(line)]
        pieces.update(line[a:b].strip() for a, b in pairwise(bounds))
    return pieces


def test_every_builtin_rule_has_a_case() -> None:
    covered = {
        param.values[0]["rule"]
        for param in CASES
        if param.values[0].get("expect") or param.values[0].get("pieces")
    }
    assert sorted(RULES.keys() - covered) == [], "rules without a positive case"
    assert sorted(covered - RULES.keys()) == [], "cases for rules that do not exist"
