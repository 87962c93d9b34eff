"""Every way a rule set can be wrong, each a ``RuleSetError`` that names the file, the line
(where it can be known), the rule and the field, and gives a hint.

A case is a rule-set file as text: the line the error must name ends in ``# <-``; a case without
that marker names no line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from newsclean import RuleSetError, load_rules
from newsclean.rules import parse_rules
from newsclean.rules.registry import check_together

PATH = "mijnkrant.toml"
HEADER = '[ruleset]\nid = "mijnkrant"\nwhy = "Mijn Krant pages"\n'
MARK = "# <-"


@dataclass(frozen=True)
class Case:
    """A broken rule-set file and what its error must say."""

    text: str
    message: str
    rule: str | None
    field: str | None
    hint: str

    @property
    def line(self) -> int | None:
        marked = [n for n, line in enumerate(self.text.splitlines(), 1) if line.endswith(MARK)]
        return marked[0] if marked else None


def rule(body: str, rule_id: str = "mijnkrant.promo.club") -> str:
    """A file with the good header and one rule whose fields are ``body``."""
    return f'{HEADER}\n[[rule]]\nid = "{rule_id}"\nwhy = "the paper\'s club"\n{body}\n'


CASES = {
    # malformed TOML
    "toml-unclosed-table": Case(HEADER + "[[rule]  # <-\n", "not valid TOML", None, None,
                                "single-quoted"),
    "toml-unterminated-string": Case(rule("pattern = '^Word lid  # <-\nlabel = 'promo'"),
                                     "not valid TOML", None, None, "single-quoted"),
    "toml-regex-in-double-quotes": Case(rule('pattern = "^Lees\\s+ook"  # <-\nlabel = "related"'),
                                        "not valid TOML", None, None, "single-quoted"),
    # the [ruleset] table
    "header-no-id": Case('[ruleset]\nwhy = "w"\n', "needs a non-empty string 'id'", None, "id",
                         'id = "mijnkrant"'),
    "header-bad-id": Case('[ruleset]\nid = "Mijn Krant"  # <-\nwhy = "w"\n', "must be lowercase",
                          None, "id", 'id = "mijnkrant"'),
    "header-no-why": Case('[ruleset]\nid = "mijnkrant"\nwhy = ""  # <-\n',
                          "needs a non-empty string 'why'", None, "why", "one line"),
    "header-unknown-key": Case(HEADER + 'colour = "red"  # <-\n', "unknown key 'colour' in "
                               "[ruleset]", None, "colour", "allowed: domains, extends"),
    "header-extends-not-a-list": Case(HEADER + 'extends = "npo"  # <-\n',
                                      "'extends' must be a list of strings", None, "extends",
                                      'extends = ["'),
    "header-domains-not-strings": Case(HEADER + "domains = [1, 2]  # <-\n",
                                       "'domains' must be a list of strings", None, "domains",
                                       'domains = ["'),
    "header-extends-itself": Case(HEADER + 'extends = ["mijnkrant"]  # <-\n',
                                  "cannot extend itself", None, "extends", "other sets"),
    "header-bad-fingerprint": Case(HEADER + "fingerprints = ['(Mijn Krant']  # <-\n",
                                   "bad regex", None, "fingerprints", "'regex' module"),
    # the [[rule]] tables
    "rules-not-an-array": Case('rule = "x"\n' + HEADER, "'rule' must be an array of tables",
                               None, None, "[[rule]]"),
    "rule-not-a-table": Case("rule = [1]\n" + HEADER, "each [[rule]] must be a table", None,
                             None, "[[rule]]"),
    "rule-no-id": Case(HEADER + '[[rule]]  # <-\nwhy = "w"\npattern = "x"\nlabel = "promo"\n',
                       "a rule has no string 'id'", None, "id", "'mijnkrant.<label>.<name>'"),
    "rule-outside-namespace": Case(rule("pattern = 'x'\nlabel = 'promo'", "krant.promo.club")
                                   .replace('"krant.promo.club"', '"krant.promo.club"  # <-'),
                                   "must start with the ruleset id 'mijnkrant.'",
                                   "krant.promo.club", "id", "'mijnkrant.<label>.<name>'"),
    # unknown keys
    "unknown-key": Case(rule("pattern = 'x'\nlabel = 'promo'\ncolour = 'red'  # <-"),
                        "unknown key 'colour' in a match rule", "mijnkrant.promo.club",
                        "colour", "allowed: "),
    "key-of-another-kind": Case(rule("pattern = 'x'\nlabel = 'promo'\ntake_after = 2  # <-"),
                                "unknown key 'take_after' in a match rule",
                                "mijnkrant.promo.club", "take_after", "allowed: "),
    # unknown labels and values
    "unknown-label": Case(rule("pattern = 'x'\nlabel = 'promos'  # <-"),
                          "label 'promos' is not one of: title, byline", "mijnkrant.promo.club",
                          "label", "docs/labels.md"),
    "unknown-take-label": Case(rule("kind = 'unit'\npattern = 'x'\nlabel = 'teaser'\n"
                                    "take_label = 'teasers'  # <-"),
                               "label 'teasers' is not one of", "mijnkrant.promo.club",
                               "take_label", "docs/labels.md"),
    "unknown-inner-label": Case(rule("kind = 'region'\npattern = 'x'\nlabel = 'chrome'\n"
                                     "inner_label = 'Teaser'  # <-"),
                                "label 'Teaser' is not one of", "mijnkrant.promo.club",
                                "inner_label", "docs/labels.md"),
    "unknown-kind": Case(rule("pattern = 'x'\nlabel = 'promo'\nkind = 'paint'  # <-"),
                         "'paint' is not one of: match, split", "mijnkrant.promo.club", "kind",
                         "docs/rulesets.md"),
    "unknown-part": Case(rule("pattern = 'x'\nlabel = 'teaser'\npart = 'headline'  # <-"),
                         "'headline' is not one of: title, snippet", "mijnkrant.promo.club",
                         "part", "docs/rulesets.md"),
    "unknown-position": Case(rule("pattern = 'x'\nlabel = 'promo'\nposition = 'top'  # <-"),
                             "'top' is not one of: before-title", "mijnkrant.promo.club",
                             "position", "docs/rulesets.md"),
    # missing fields
    "no-why": Case(HEADER + '[[rule]]\nid = "mijnkrant.promo.club"  # <-\npattern = "x"\n'
                   'label = "promo"\n', "a match rule needs 'why'", "mijnkrant.promo.club", "why",
                   "one line"),
    "empty-why": Case(HEADER + '[[rule]]\nid = "mijnkrant.promo.club"\nwhy = " "  # <-\n'
                      'pattern = "x"\nlabel = "promo"\n', "'why' must be a non-empty",
                      "mijnkrant.promo.club", "why", "one line"),
    "no-label": Case(rule("pattern = 'x'").replace('id = "mijnkrant.promo.club"',
                                                   'id = "mijnkrant.promo.club"  # <-'),
                     "a match rule needs 'label'", "mijnkrant.promo.club", "label",
                     "label = one of: title"),
    "no-inner-label": Case(rule("kind = 'region'\npattern = 'x'\nlabel = 'chrome'")
                           .replace('id = "mijnkrant.promo.club"',
                                    'id = "mijnkrant.promo.club"  # <-'),
                           "a region rule needs 'inner_label'", "mijnkrant.promo.club",
                           "inner_label", "inner_label = the label"),
    "no-pattern-nor-xpath": Case(rule("label = 'promo'").replace(
        'id = "mijnkrant.promo.club"', 'id = "mijnkrant.promo.club"  # <-'),
        "a match rule needs 'pattern' or 'xpath'", "mijnkrant.promo.club", "pattern", "xpath ="),
    "split-without-pattern": Case(rule("kind = 'split'").replace(
        'id = "mijnkrant.promo.club"', 'id = "mijnkrant.promo.club"  # <-'),
        "a split rule needs 'pattern'", "mijnkrant.promo.club", "pattern", "pattern = '^Lees"),
    # bad regexes
    "bad-regex": Case(rule("pattern = '(Word lid'  # <-\nlabel = 'promo'"), "bad regex",
                      "mijnkrant.promo.club", "pattern", "'regex' module"),
    "bad-regex-in-until": Case(rule("kind = 'region'\npattern = 'x'\nlabel = 'chrome'\n"
                                    "inner_label = 'teaser'\nuntil = '[Meer'  # <-"),
                               "bad regex", "mijnkrant.promo.club", "until", "'regex' module"),
    "empty-pattern": Case(rule("pattern = ''  # <-\nlabel = 'promo'"),
                          "must be a non-empty regex string", "mijnkrant.promo.club", "pattern",
                          "single quotes"),
    "pattern-not-a-string": Case(rule("pattern = 42  # <-\nlabel = 'promo'"),
                                 "must be a non-empty regex string", "mijnkrant.promo.club",
                                 "pattern", "single quotes"),
    # bad XPath
    "xpath-syntax": Case(rule("xpath = '//div[@class='  # <-\nlabel = 'promo'"), "bad XPath",
                         "mijnkrant.promo.club", "xpath", "XPath 1.0"),
    "xpath-unknown-function": Case(rule("xpath = '//div[shout(.)]'  # <-\nlabel = 'promo'"),
                                   "bad XPath", "mijnkrant.promo.club", "xpath", "XPath 1.0"),
    "xpath-unknown-prefix": Case(rule("xpath = '//og:meta'  # <-\nlabel = 'promo'"),
                                 "bad XPath", "mijnkrant.promo.club", "xpath", "XPath 1.0"),
    "xpath-empty": Case(rule("xpath = ' '  # <-\nlabel = 'promo'"),
                        "must be a non-empty XPath string", "mijnkrant.promo.club", "xpath",
                        "XPath 1.0"),
    "xpath-with-position": Case(rule("xpath = '//aside'\nlabel = 'promo'\n"
                                     "position = 'after-title'  # <-"),
                                "a rule with 'xpath' takes no 'position'",
                                "mijnkrant.promo.club", "position", "relative to the article"),
    # wrong types and ranges
    "ignore-case-not-bool": Case(rule("pattern = 'x'\nlabel = 'promo'\nignore_case = 'yes'  # <-"),
                                 "must be a bool", "mijnkrant.promo.club", "ignore_case",
                                 "ignore_case = true"),
    "take-before-out-of-range": Case(rule("kind = 'unit'\npattern = 'x'\nlabel = 'teaser'\n"
                                          "take_before = 99  # <-"),
                                     "whole number from 0 to 20", "mijnkrant.promo.club",
                                     "take_before", "without quotes"),
    "min-count-zero": Case(rule("pattern = 'x'\nlabel = 'promo'\nmin_count = 0  # <-"),
                           "whole number from 1 to 1000", "mijnkrant.promo.club", "min_count",
                           "without quotes"),
    "max-chars-a-string": Case(rule("pattern = 'x'\nlabel = 'promo'\nmax_chars = '80'  # <-"),
                               "whole number from 1 to", "mijnkrant.promo.club", "max_chars",
                               "without quotes"),
    # duplicate ids
    "duplicate-rule-id": Case(rule("pattern = 'x'\nlabel = 'promo'")
                              + '\n[[rule]]\nid = "mijnkrant.promo.club"  # <-\nwhy = "again"\n'
                              "pattern = 'y'\nlabel = 'chrome'\n", "duplicate rule id",
                              "mijnkrant.promo.club", "id", "unique"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_broken_file_names_file_line_rule_field_and_a_hint(name: str) -> None:
    case = CASES[name]
    with pytest.raises(RuleSetError) as caught:
        parse_rules(case.text, path=PATH)
    error = caught.value
    assert case.message in error.reason
    assert (error.path, error.line, error.rule, error.field) == (
        PATH, case.line, case.rule, case.field)
    assert error.hint is not None
    assert case.hint in error.hint
    where = f"{PATH}:{case.line}" if case.line else PATH
    assert str(error).startswith(where + ":")
    assert str(error).endswith(f"(hint: {error.hint})")


# -- problems between files -------------------------------------------------------------------


def test_a_ruleset_id_used_by_two_files_is_refused() -> None:
    first = parse_rules(rule("pattern = 'x'\nlabel = 'promo'"), path="a.toml")
    second = parse_rules(rule("pattern = 'y'\nlabel = 'chrome'", "mijnkrant.chrome.menu"),
                         path="b.toml")
    with pytest.raises(RuleSetError) as caught:
        check_together([first, second])
    error = caught.value
    assert "ruleset id 'mijnkrant' is already used by a.toml" in error.reason
    assert (error.path, error.rule, error.field) == ("b.toml", None, "id")
    assert error.hint is not None
    assert "its own id" in error.hint


def test_a_rule_id_reused_in_another_set_is_refused() -> None:
    first = parse_rules(rule("pattern = 'x'\nlabel = 'promo'"), path="a.toml")
    second = replace(parse_rules(HEADER.replace("mijnkrant", "ander"), path="b.toml"),
                     rules=first.rules)
    with pytest.raises(RuleSetError) as caught:
        check_together([first, second])
    error = caught.value
    assert "rule id is already used in a.toml" in error.reason
    assert (error.path, error.rule, error.field) == ("b.toml", "mijnkrant.promo.club", "id")
    assert error.hint is not None
    assert "unique across all rule sets" in error.hint


@pytest.mark.parametrize("chain", [("a", "b"), ("a", "b", "c")], ids=["two-sets", "three-sets"])
def test_a_cycle_in_extends_is_refused(chain: tuple[str, ...]) -> None:
    sets = [
        parse_rules(f'[ruleset]\nid = "{name}"\nwhy = "w"\n'
                    f'extends = ["{chain[(i + 1) % len(chain)]}"]\n', path=f"{name}.toml")
        for i, name in enumerate(chain)
    ]
    with pytest.raises(RuleSetError) as caught:
        check_together(sets)
    error = caught.value
    assert "'extends' forms a cycle: " + " -> ".join((*chain, chain[0])) in error.reason
    assert (error.path, error.field) == ("a.toml", "extends")
    assert error.hint is not None
    assert "remove one link" in error.hint


def test_extends_naming_no_known_set_lists_the_known_ones() -> None:
    lonely = parse_rules(HEADER + 'extends = ["npo"]\n', path=PATH)
    with pytest.raises(RuleSetError) as caught:
        check_together([lonely])
    assert (caught.value.path, caught.value.field) == (PATH, "extends")
    assert caught.value.hint == "known: mijnkrant"


# -- files ------------------------------------------------------------------------------------


def test_a_missing_file_is_named_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(RuleSetError) as caught:
        load_rules(tmp_path / "absent.toml")
    assert caught.value.path == str(tmp_path / "absent.toml")
    assert caught.value.hint is not None
    assert "check the path" in caught.value.hint


def test_a_file_that_is_not_utf8_is_named_with_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(rule("pattern = 'Caf\xe9'\nlabel = 'promo'").encode("latin-1"))
    with pytest.raises(RuleSetError) as caught:
        load_rules(path)
    assert "cannot read the file" in caught.value.reason
    assert caught.value.hint is not None
    assert "UTF-8" in caught.value.hint


def test_an_error_in_a_loaded_file_carries_its_path(tmp_path: Path) -> None:
    path = tmp_path / PATH
    path.write_text(CASES["unknown-label"].text, encoding="utf-8")
    with pytest.raises(RuleSetError) as caught:
        load_rules(path)
    assert str(caught.value).startswith(f"{path}:{CASES['unknown-label'].line}: rule ")
