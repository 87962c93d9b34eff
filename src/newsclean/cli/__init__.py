"""The ``newsclean`` command: subcommands registered from the table ``COMMANDS``.

Each subcommand is a module exposing ``add_parser(subparsers)``, which adds its parser, and
``run(args) -> int``. Adding a subcommand is adding a module and a line to ``COMMANDS``.

Exit codes (docs/cli.md): 0 all well; 1 findings (a floor missed, invalid seeds, a page or rule
file that could not be read, a page that failed in a batch); 2 usage (argparse's own); 130 when
interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from .. import __version__
from ..errors import NewscleanError
from .exits import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK

COMMANDS: Mapping[str, str] = {
    "extract": "newsclean.cli.extract",
    "batch": "newsclean.cli.batch",
    "explain": "newsclean.cli.explain",
    "rules": "newsclean.cli.rules",
    "bench": "newsclean.cli.bench",
    "seeds": "newsclean.cli.seeds",
}
"""Subcommand name → the module that implements it."""


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command, with every subcommand of ``COMMANDS`` added."""
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Label every block of a Dutch or Flemish news page, and measure how well.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMANDS.values():
        importlib.import_module(module_name).add_parser(subparsers)
    _add_version_everywhere(subparsers)
    return parser


def _add_version_everywhere(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Give every subcommand (and every sub-subcommand) its own ``--version``.

    argparse offers no public way to walk the subparsers; its ``choices`` and ``_actions`` are
    stable across the Python versions newsclean supports.
    """
    for subparser in subparsers.choices.values():
        subparser.add_argument("--version", action="version",
                               version=f"newsclean {__version__}")
        for action in subparser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _add_version_everywhere(action)


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return EXIT_FINDINGS


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's) and return its exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return int(args.run(args))
    except SystemExit as stop:
        return _exit_code(stop.code)
    except NewscleanError as error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining
        # again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
