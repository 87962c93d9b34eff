"""``newsclean seeds check DIR...``: validate hand-labelled seed pages; exit 1 on any problem."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..evaluate.seedcheck import check_folder
from .exits import EXIT_FINDINGS, EXIT_OK


def add_parser(subparsers: Any) -> None:
    """Add ``seeds`` and its ``check`` action to the command's subparsers."""
    seeds = subparsers.add_parser("seeds", help="work with hand-labelled seed pages")
    actions = seeds.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="check that every segment is in its page, in order, with a known label",
        description="Check seed folders: NAME.txt or NAME.html beside NAME.tsv (label<TAB>text).",
    )
    check.add_argument(
        "folders", nargs="+", type=Path, metavar="DIR", help="a folder of seed pages"
    )
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check every folder, print each problem as ``file:line: message``, and a summary."""
    total_pages = total_problems = 0
    for folder in args.folders:
        pages, problems = check_folder(folder)
        for problem in problems:
            print(problem)
        total_pages += pages
        total_problems += len(problems)
    verdict = "ok" if not total_problems else f"{total_problems} problem(s)"
    print(f"seeds check: {total_pages} page(s) in {len(args.folders)} folder(s): {verdict}")
    return EXIT_FINDINGS if total_problems else EXIT_OK
