"""The same page gives byte-identical JSON across calls, threads and processes; rule sets are
immutable values that threads share; extraction leaves no trace in module-level state."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsclean
from newsclean.engine import screen
from newsclean.html import hints
from newsclean.rules import RuleSet, parse_rules

from conftest import REPO, SEEDS

PAGES = sorted(p for p in SEEDS.iterdir() if p.suffix in {".txt", ".html"})
THREADS = 8
SHARED_RULES_TEXT = """
[ruleset]
id = "gedeeld"
why = "one rule set shared by every thread"

[[rule]]
id = "gedeeld.chrome.aside"
why = "boxes beside the article are chrome"
xpath = "//aside"
label = "chrome"

[[rule]]
id = "gedeeld.promo.nieuwsbrief"
why = "calls to subscribe to the newsletter promote the paper"
pattern = '(?i)\\bnieuwsbrief\\b'
label = "promo"
"""
SHARED_RULES = parse_rules(SHARED_RULES_TEXT, path="gedeeld.toml")
EVIL_RULES = parse_rules("""
[ruleset]
id = "traag"
why = "a catastrophic pattern, run beside the others"

[[rule]]
id = "traag.promo.slow"
why = "backtracks exponentially on a long run of a's"
pattern = '(a+)+$'
label = "promo"
""", path="traag.toml")
EVIL_PAGE = "Kop van het stuk\n" + "a" * 3000 + "!\nDit is een zin van het artikel, lang genoeg.\n"
CACHES = {
    "newsclean.html.hints._LEADING": "rank of each class name or id (name_rank), a pure function",
    "newsclean.html.hints._ATTRIBUTES": "rank of each class attribute (leading_rank)",
    "newsclean.engine.screen._SCREENS": "pattern alternations and verdicts by rule list",
}
"""Module-level containers that extraction is known to change: caches of pure functions,
bounded in size, whose content never changes a result (reported for review)."""


def source_of(path: Path) -> bytes:
    return path.read_bytes()


def as_json(path: Path, rules: tuple[RuleSet, ...] = (SHARED_RULES,)) -> str:
    return newsclean.extract(source_of(path), rules=rules).to_json()


@pytest.fixture(scope="module")
def serial() -> dict[str, str]:
    """Every seed page's JSON, extracted one after another in this thread."""
    return {path.name: as_json(path) for path in PAGES}


def test_there_are_text_and_html_pages_to_compare() -> None:
    assert {p.suffix for p in PAGES} == {".txt", ".html"}


def test_the_same_page_gives_the_same_json_on_every_call(serial: dict[str, str]) -> None:
    for path in PAGES:
        assert as_json(path) == serial[path.name], path.name


def test_a_thread_pool_sharing_rule_sets_gives_the_same_json(serial: dict[str, str]) -> None:
    work = [path for _ in range(3) for path in PAGES]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(as_json, work))
    for path, result in zip(work, results, strict=True):
        assert result == serial[path.name], path.name


def test_a_catastrophic_rule_in_one_thread_leaves_the_others_alone(
        serial: dict[str, str]) -> None:
    def evil() -> newsclean.Document:
        return newsclean.extract(EVIL_PAGE, rules=(EVIL_RULES,))

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        slow = [pool.submit(evil) for _ in range(2)]
        results = list(pool.map(as_json, PAGES))
    for path, result in zip(PAGES, results, strict=True):
        assert result == serial[path.name], path.name
    for future in slow:
        assert any("traag.promo.slow" in w for w in future.result().warnings)


CHILD = """
import hashlib, json, sys
from pathlib import Path
import newsclean
from newsclean.rules import parse_rules
rules = parse_rules(Path(sys.argv[1]).read_text(encoding="utf-8"), path="gedeeld.toml")
digests = {}
for name in sys.argv[2:]:
    doc = newsclean.extract(Path(name).read_bytes(), rules=rules)
    digests[Path(name).name] = hashlib.sha256(doc.to_json().encode("utf-8")).hexdigest()
print(json.dumps(digests))
"""


@pytest.mark.parametrize("hash_seed", ["0", "4242", "random"])
def test_another_process_gives_the_same_json(serial: dict[str, str], hash_seed: str,
                                             tmp_path: Path) -> None:
    rules = tmp_path / "gedeeld.toml"
    rules.write_text(SHARED_RULES_TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), str(rules),
                           *map(str, PAGES)], capture_output=True, text=True, env=env,
                          timeout=120, check=True, cwd=REPO)
    digests = json.loads(done.stdout)
    for path in PAGES:
        expected = hashlib.sha256(serial[path.name].encode("utf-8")).hexdigest()
        assert digests[path.name] == expected, path.name


# -- rule sets are immutable and shared ------------------------------------------------------


@pytest.mark.parametrize("field", ["id", "why", "rules", "extends", "domains", "fingerprints"])
def test_a_rule_set_cannot_be_changed(field: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(SHARED_RULES, field, getattr(SHARED_RULES, field))


@pytest.mark.parametrize("field", ["id", "label", "pattern", "xpath", "kind", "max_chars"])
def test_a_rule_cannot_be_changed(field: str) -> None:
    rule = SHARED_RULES.rules[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(rule, field, getattr(rule, field))


def test_a_rule_set_holds_only_immutable_collections() -> None:
    for ruleset in (*newsclean.builtin_rulesets(), SHARED_RULES):
        for value in (ruleset.rules, ruleset.extends, ruleset.domains, ruleset.fingerprints):
            assert isinstance(value, tuple)
        assert not hasattr(ruleset, "__dict__"), "slots: no instance dict to change"


def test_builtin_rule_sets_are_the_same_objects_on_every_call() -> None:
    first = newsclean.builtin_rulesets()
    assert newsclean.builtin_rulesets() is first
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        assert all(got is first for got in pool.map(lambda _: newsclean.builtin_rulesets(),
                                                     range(THREADS * 4)))


def test_threads_starting_at_once_share_one_copy_of_the_builtin_sets() -> None:
    script = """
        import threading
        from newsclean import builtin_rulesets
        start = threading.Barrier(8)
        got = []
        def load():
            start.wait()
            got.append(builtin_rulesets())
        threads = [threading.Thread(target=load) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(len({id(sets) for sets in got}))
    """
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip() == "1"


# -- module-level state ------------------------------------------------------------------------


def module_containers() -> dict[str, Any]:
    """Every dict, list, set and bytearray bound to a name at the top of a newsclean module."""
    found = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("newsclean") or not isinstance(module, ModuleType):
            continue
        for attribute, value in vars(module).items():
            if not attribute.startswith("__") and type(value) in (dict, list, set, bytearray):
                found[f"{name}.{attribute}"] = value
    return found


def test_extraction_changes_no_module_level_state_but_the_known_caches() -> None:
    for path in PAGES[:2]:
        as_json(path)
    before = {name: copy.copy(value) for name, value in module_containers().items()}
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(as_json, PAGES))
    newsclean.extract(EVIL_PAGE, rules=(EVIL_RULES,))
    after = module_containers()
    assert set(after) == set(before), "a module gained or lost a container"
    changed = {name for name in before if after[name] != before[name]}
    assert changed <= set(CACHES), f"module-level state changed: {sorted(changed - set(CACHES))}"


def test_a_run_in_one_thread_is_not_seen_by_another() -> None:
    seen: list[tuple[str, ...]] = []

    def clean() -> None:
        seen.append(newsclean.extract(PAGES[0].read_bytes()).warnings)

    evil = threading.Thread(target=lambda: newsclean.extract(EVIL_PAGE, rules=(EVIL_RULES,)))
    evil.start()
    others = [threading.Thread(target=clean) for _ in range(4)]
    for thread in others:
        thread.start()
    for thread in (evil, *others):
        thread.join()
    assert all(not any("traag" in w for w in warnings) for warnings in seen)


def test_purging_the_caches_empties_them_and_changes_no_result(serial: dict[str, str]) -> None:
    for path in PAGES:
        as_json(path)
    newsclean.purge_caches()
    assert not hints._LEADING
    assert not hints._ATTRIBUTES
    assert screen._SCREENS
    assert not any(s.known for s in screen._SCREENS.values())
    for path in PAGES:
        assert as_json(path) == serial[path.name], path.name
