"""``newsclean rules list|check|show`` through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import newsclean

DATA = Path(__file__).parent / "data" / "cli"
SRC = Path(__file__).resolve().parent.parent / "src"


def newsclean_command(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a fresh process, with this checkout's package first."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_list_shows_every_builtin_set_with_scope_count_and_file() -> None:
    result = newsclean_command("rules", "list")
    assert result.returncode == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert set(rows) == {s.id for s in newsclean.builtin_rulesets()}
    for ruleset in newsclean.builtin_rulesets():
        row = rows[ruleset.id]
        assert f"  {len(ruleset.rules)}  " in row
        assert row.endswith(f"rulesets{os.sep}{Path(ruleset.path).name}")
        assert Path(row.split()[-1]).is_file()
    assert "universal" in rows["nl"]
    assert "domains: wnl.tv" in rows["wnl"]


def test_check_accepts_a_good_file() -> None:
    result = newsclean_command("rules", "check", DATA / "mijnkrant.toml")
    assert result.returncode == 0
    assert result.stdout == (f"{DATA / 'mijnkrant.toml'}: ok (rule set 'mijnkrant', 1 rules)\n"
                             "rules check: 1 file(s): ok\n")


def test_check_names_every_problem_and_exits_1(tmp_path: Path) -> None:
    clash = tmp_path / "clash.toml"
    clash.write_text('[ruleset]\nid = "clash"\nwhy = "w"\n\n[[rule]]\nid = "clash.a"\n'
                     'why = "w"\npattern = "x"\nlabel = "promo"\n\n[[rule]]\nid = "clash.a"\n'
                     'why = "w"\npattern = "y"\nlabel = "promo"\n', encoding="utf-8")
    not_toml = tmp_path / "kapot2.toml"
    not_toml.write_text('[ruleset]\nid = "x\n', encoding="utf-8")
    missing = tmp_path / "weg.toml"
    result = newsclean_command("rules", "check", DATA / "kapot.toml", DATA / "mijnkrant.toml",
                               clash, not_toml, missing)
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"newsclean: error: {DATA / 'kapot.toml'}:9: rule "
                                "'kapot.promo.club': field 'label': label 'promos' is not one of")
    assert errors[1].startswith(f"newsclean: error: {clash}:")
    assert "'clash.a'" in errors[1]
    assert "duplicate rule id" in errors[1]
    assert errors[2].startswith(f"newsclean: error: {not_toml}:2: not valid TOML")
    assert errors[3].startswith(f"newsclean: error: {missing}: cannot read the file")
    assert result.stdout.endswith("rules check: 5 file(s): 4 problem(s)\n")


def test_check_refuses_a_rule_id_a_builtin_set_uses(tmp_path: Path) -> None:
    copy = tmp_path / "copy.toml"
    copy.write_text('[ruleset]\nid = "wnl2"\nwhy = "w"\n', encoding="utf-8")
    assert newsclean_command("rules", "check", copy).returncode == 0
    twice = newsclean_command("rules", "check", copy, copy)
    assert twice.returncode == 1
    assert "ruleset id 'wnl2' is already used" in twice.stderr


def test_show_a_rule() -> None:
    result = newsclean_command("rules", "show", "wnl.promo.steun")
    assert result.returncode == 0
    fields = dict(line.split(None, 1) for line in result.stdout.splitlines())
    rule = next(s for s in newsclean.builtin_rulesets() if s.id == "wnl").rule("wnl.promo.steun")
    assert rule is not None
    assert fields["rule"] == "wnl.promo.steun"
    assert fields["set"].startswith("wnl (")
    assert fields["kind"] == "match"
    assert fields["label"] == "promo"
    assert fields["pattern"] == rule.pattern.pattern
    assert fields["why"] == rule.why


def test_show_a_set_a_heuristic_and_an_own_rule() -> None:
    ruleset = newsclean_command("rules", "show", "nl")
    assert ruleset.returncode == 0
    assert "scope    universal" in ruleset.stdout
    heuristic = newsclean_command("rules", "show", "heuristic.title")
    assert heuristic.returncode == 0
    assert "kind  heuristic" in heuristic.stdout
    own = newsclean_command("rules", "show", "mijnkrant.promo.club",
                            "--rules", DATA / "mijnkrant.toml")
    assert own.returncode == 0
    assert f"mijnkrant ({DATA / 'mijnkrant.toml'})" in own.stdout


def test_show_an_unknown_id_suggests_the_closest() -> None:
    result = newsclean_command("rules", "show", "wnl.promo.stuen")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        "newsclean: error: no rule or rule set 'wnl.promo.stuen'; did you mean 'wnl.promo.steun'")
    nothing = newsclean_command("rules", "show", "zzzzzz")
    assert nothing.returncode == 1
    assert "see 'newsclean rules list'" in nothing.stderr


def test_usage_errors_exit_2() -> None:
    assert newsclean_command("rules").returncode == 2
    assert newsclean_command("rules", "check").returncode == 2
    assert newsclean_command("rules", "frobnicate").returncode == 2
