"""``newsclean bench``: report, JSON, exit codes, and a gate that bites through the real entry."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import COMMANDS, main

DATA = Path(__file__).parent / "data" / "evaluate"
SEEDS = DATA / "seeds"
SRC = Path(__file__).resolve().parent.parent / "src"


def newsclean_command(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a fresh process, with this checkout's package first."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip


def test_subcommands_come_from_one_table() -> None:
    assert {"bench", "seeds"} <= set(COMMANDS)


def test_bench_prints_the_table_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bench.json"
    assert main(["bench", str(SEEDS), "--json", str(out), "--no-memory", "--pages"]) == 0
    report = capsys.readouterr().out
    assert report.startswith("| corpus | tool | pages | article P |")
    assert "| seeds | newsclean | 3 |" in report
    assert "| seeds | trafilatura | 3 |" in report
    assert "| seeds | voorbeeld.nl__sectie-sport | newsclean |" in report
    data = json.loads(out.read_text(encoding="utf-8"))
    newsclean = data["corpora"][0]["tools"][0]
    assert newsclean["tool"] == "newsclean"
    assert [row["page"] for row in newsclean["pages"]] == sorted(
        p.stem for p in SEEDS.glob("*.tsv")
    )
    assert 0.0 <= newsclean["summary"]["article.f1"]["mean"] <= 1.0


def test_compare_adds_a_row_per_peer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", str(SEEDS), "--compare", "justext", "--no-memory"]) == 0
    assert "| seeds | justext | 3 |" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["bench", str(SEEDS), "--check"],
        ["bench", str(SEEDS), "--compare", "nope"],
        ["bench"],
        ["bench", str(SEEDS), "--bogus"],
    ],
)
def test_usage_errors_exit_two(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    capsys.readouterr()


def test_bad_input_exits_one_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", str(tmp_path / "absent")]) == 1
    assert "not a folder" in capsys.readouterr().err
    rules = tmp_path / "rules.toml"
    rules.write_text("[ruleset]\nid = 'x'\n", encoding="utf-8")
    assert main(["bench", str(SEEDS), "--rules", str(rules)]) == 1
    assert "rules.toml" in capsys.readouterr().err
    assert main(["bench", str(SEEDS), "--floors", str(tmp_path / "absent.toml")]) == 1
    assert "cannot read floors" in capsys.readouterr().err


def test_the_gate_bites_a_broken_rule_set(tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    pinned = newsclean_command("bench", SEEDS, "--no-memory", "--write-floors", floors)
    assert pinned.returncode == 0, pinned.stderr
    assert '"article.f1" = ' in floors.read_text(encoding="utf-8")
    passing = newsclean_command("bench", SEEDS, "--no-memory", "--floors", floors, "--check")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert f"gate ({floors}): passed" in passing.stdout
    broken = newsclean_command(
        "bench",
        SEEDS,
        "--no-memory",
        "--floors",
        floors,
        "--check",
        "--rules",
        DATA / "broken_rules.toml",
    )
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "seeds: article.precision = 0.3333 is below its floor" in broken.stdout


def test_a_changed_label_fails_the_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    floors = tmp_path / "floors.toml"
    assert main(["bench", str(corpus), "--no-memory", "--write-floors", str(floors)]) == 0
    label_file = corpus / "voorbeeld.nl__sectie-sport.tsv"
    label_file.write_text(
        label_file.read_text(encoding="utf-8") + "# note: changed\n", encoding="utf-8"
    )
    assert main(["bench", str(corpus), "--no-memory", "--floors", str(floors)]) == 0
    assert main(["bench", str(corpus), "--no-memory", "--floors", str(floors), "--check"]) == 1
    assert "the corpus or its labels changed; re-pin with --write-floors" in capsys.readouterr().out
