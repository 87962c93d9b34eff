"""``--help`` and ``--version`` on every command and subcommand, through the real entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.cli import COMMANDS

SRC = Path(__file__).resolve().parent.parent / "src"
NESTED = (("rules", "list"), ("rules", "check"), ("rules", "show"), ("seeds", "check"))
EVERY_COMMAND = ((), *((name,) for name in COMMANDS), *NESTED)


def newsclean_command(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m newsclean ARGS`` in a fresh process, with this checkout's package first."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_every_subcommand_is_registered() -> None:
    assert {"extract", "batch", "explain", "rules", "bench", "seeds"} <= set(COMMANDS)


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_help_everywhere(command: tuple[str, ...]) -> None:
    result = newsclean_command(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: newsclean {' '.join(command)}".rstrip())


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_version_everywhere(command: tuple[str, ...]) -> None:
    result = newsclean_command(*command, "--version")
    assert result.returncode == 0
    assert result.stdout == f"newsclean {newsclean.__version__}\n"


def test_no_command_is_a_usage_error() -> None:
    result = newsclean_command()
    assert result.returncode == 2
    assert "the following arguments are required: COMMAND" in result.stderr
