"""Loading rule sets: located errors for every kind of mistake, and the precedence of user sets."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Label, RuleSetError, load_rules
from newsclean.rules import parse_rules
from newsclean.rules.registry import check_together

from conftest import SEEDS

GOOD_HEADER = '[ruleset]\nid = "mine"\nwhy = "test set"\n'


def rule(body: str) -> str:
    return GOOD_HEADER + '\n[[rule]]\nid = "mine.x"\nwhy = "because"\n' + body


@pytest.mark.parametrize(
    ("text", "message", "field"),
    [
        (
            rule("pattern = 'x'\nlabel = 'promos'\n"),
            "label 'promos' is not one of: title, byline",
            "label",
        ),
        (
            rule("pattern = 'x'\nlabel = 'promo'\ncolour = 'red'\n"),
            "unknown key 'colour'",
            "colour",
        ),
        (rule("pattern = '(unclosed'\nlabel = 'promo'\n"), "bad regex", "pattern"),
        (rule("pattern = 'x'\n"), "a match rule needs 'label'", "label"),
        (rule("pattern = 'x'\nlabel = 'promo'\nkind = 'paint'\n"), "'paint' is not one of", "kind"),
        (
            rule("pattern = 'x'\nlabel = 'promo'\ntake_before = 2\n"),
            "unknown key 'take_before'",
            "take_before",
        ),
        (
            rule("kind = 'unit'\npattern = 'x'\nlabel = 'promo'\ntake_before = 99\n"),
            "whole number from 0 to 20",
            "take_before",
        ),
        (
            rule("kind = 'region'\npattern = 'x'\nlabel = 'chrome'\n"),
            "needs 'inner_label'",
            "inner_label",
        ),
        (
            rule("pattern = 'x'\nlabel = 'promo'\nposition = 'everywhere'\n"),
            "'everywhere' is not one of",
            "position",
        ),
    ],
)
def test_rule_errors_name_file_rule_and_field(text: str, message: str, field: str) -> None:
    with pytest.raises(RuleSetError) as caught:
        parse_rules(text, path="mine.toml")
    error = caught.value
    assert message in str(error)
    assert error.path == "mine.toml"
    assert error.rule == "mine.x"
    assert error.field == field
    assert str(error).startswith("mine.toml:")


def test_located_line_of_a_bad_field() -> None:
    text = rule("pattern = 'x'\nlabel = 'promos'\n")
    with pytest.raises(RuleSetError) as caught:
        parse_rules(text, path="mine.toml")
    assert caught.value.line == text.splitlines().index("label = 'promos'") + 1


def test_duplicate_rule_ids_are_refused() -> None:
    text = rule("pattern = 'x'\nlabel = 'promo'\n") + (
        '\n[[rule]]\nid = "mine.x"\nwhy = "again"\npattern = "y"\nlabel = "chrome"\n'
    )
    with pytest.raises(RuleSetError, match="duplicate rule id"):
        parse_rules(text, path="mine.toml")


def test_rule_ids_must_carry_the_ruleset_namespace() -> None:
    text = GOOD_HEADER + '[[rule]]\nid = "other.x"\nwhy = "w"\npattern = "x"\nlabel = "promo"\n'
    with pytest.raises(RuleSetError, match=r"must start with the ruleset id 'mine\.'"):
        parse_rules(text, path="mine.toml")


def test_malformed_toml_gives_the_line() -> None:
    with pytest.raises(RuleSetError) as caught:
        parse_rules(GOOD_HEADER + "[[rule]\n", path="broken.toml")
    assert caught.value.line == 4
    assert "not valid TOML" in str(caught.value)


def test_missing_header_and_unknown_top_level_key() -> None:
    with pytest.raises(RuleSetError, match=r"missing the \[ruleset\] table"):
        parse_rules('[[rule]]\nid = "a.b"\n', path="x.toml")
    with pytest.raises(RuleSetError, match="unknown top-level key 'rules'"):
        parse_rules(GOOD_HEADER + "[[rules]]\n", path="x.toml")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError, match="cannot read the file"):
        load_rules(tmp_path / "absent.toml")


def test_extends_cycle_and_unknown_parent_are_refused() -> None:
    a = parse_rules('[ruleset]\nid = "a"\nwhy = "w"\nextends = ["b"]\n', path="a.toml")
    b = parse_rules('[ruleset]\nid = "b"\nwhy = "w"\nextends = ["a"]\n', path="b.toml")
    with pytest.raises(RuleSetError, match="cycle: a -> b -> a"):
        check_together([a, b])
    with pytest.raises(RuleSetError, match="not a known rule set"):
        check_together([a])


def test_builtin_rulesets_load_and_every_rule_explains_itself() -> None:
    sets = newsclean.builtin_rulesets()
    assert {"nl", "wnl", "npo", "anp"} <= {s.id for s in sets}
    for ruleset in sets:
        for each in ruleset.rules:
            assert each.why
            assert "\n" not in each.why


def test_user_rule_set_takes_precedence_over_builtin(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[ruleset]\nid = "mine"\nwhy = "treat the WNL membership call as chrome"\n'
        '[[rule]]\nid = "mine.chrome.word-lid"\nwhy = "test"\npattern = \'Word lid van WNL\'\n'
        'label = "chrome"\n',
        encoding="utf-8",
    )
    page = (SEEDS / "003_298991e1911e9b04.txt").read_text(encoding="utf-8")
    doc = newsclean.extract(page, rules=load_rules(path))
    block = next(b for b in doc.blocks if "Word lid van WNL" in b.text)
    assert (block.label, block.rule) == (Label.CHROME, "mine.chrome.word-lid")
    assert doc.rulesets[0] == "mine"


def test_user_set_with_domains_applies_only_on_its_site() -> None:
    mine = parse_rules(
        '[ruleset]\nid = "mine"\nwhy = "w"\ndomains = ["example.nl"]\n'
        '[[rule]]\nid = "mine.promo.all"\nwhy = "w"\npattern = "."\nlabel = "promo"\n',
        path="mine.toml",
    )
    page = "Kop van het stuk\nDit is een zin van het artikel die lang genoeg is om tekst te zijn.\n"
    elsewhere = newsclean.extract(page, url="https://other.nl/a", rules=[mine])
    here = newsclean.extract(page, url="https://www.example.nl/a", rules=[mine])
    assert "mine" not in elsewhere.rulesets
    assert {b.label for b in here.blocks} == {Label.PROMO}
