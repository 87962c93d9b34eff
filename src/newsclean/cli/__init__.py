"""The ``newsclean`` command: subcommands registered from the table ``COMMANDS``.

Each subcommand is a module exposing ``add_parser(subparsers)``, which adds its parser, and
``run(args) -> int``. Adding a subcommand is adding a module and a line to ``COMMANDS``.

Exit codes: 0 all well; 1 findings (a floor missed, invalid seeds, unreadable input); 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Mapping, Sequence

from .. import __version__
from ..errors import NewscleanError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

COMMANDS: Mapping[str, str] = {
    "extract": "newsclean.cli.extract",
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
    return parser


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
