"""``newsclean batch INPUT -o OUT.jsonl``: every page of a folder, JSONL or WARC file, a line each.

Exit codes: 0 every page extracted; 1 some page became an error record (the others are in OUT),
or INPUT or a rule file could not be read; 2 usage; 130 interrupted (rerun with ``--resume``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..batch.run import MAX_REPORTED_ERRORS, run_batch
from .common import load_rule_files
from .exits import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("needs at least 1")
    return jobs


def add_parser(subparsers: Any) -> None:
    """Add ``batch`` to the command's subparsers."""
    parser = subparsers.add_parser(
        "batch",
        help="extract every page of a folder, JSONL or WARC file into a JSONL file",
        description="Extract every page of INPUT into OUT, one JSON line per page in input "
        "order: the document with its blocks and an 'id', or {'id', 'url', 'error'} for a page "
        "that could not be read. INPUT is a folder of .html/.htm/.txt files (each may be .gz), "
        "a JSONL file with {'url', 'html'} or {'url', 'text'} per line, or a .warc/.warc.gz file "
        "(needs the [warc] extra).",
        epilog="exit codes: 0 all pages extracted; 1 some page failed (see its error record) "
        "or INPUT or a rule file is unreadable; 2 usage; 130 interrupted",
    )
    parser.add_argument("input", type=Path, metavar="INPUT", help="folder, .jsonl or .warc(.gz)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.jsonl",
                        help="where the lines go (emptied first, unless --resume)")
    parser.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                        help="worker processes (default: 1)")
    parser.add_argument("--resume", action="store_true",
                        help="skip pages whose id is already in OUT and append the others")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="your own rule set (repeatable; takes precedence over built-ins)")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    """Run the batch; print the summary on stderr; 1 when any page became an error record."""
    if args.output.resolve() == args.input.resolve():
        args.parser.error("OUT is INPUT: writing it would empty the input; name another file")
    load_rule_files(args.rules)
    progress = sys.stderr if sys.stderr.isatty() else None
    try:
        tally = run_batch(args.input, args.output, jobs=args.jobs, resume=args.resume,
                          rule_files=args.rules, progress=progress, messages=sys.stderr)
    except OSError as error:
        print(f"newsclean: error: {error.filename or args.output}: {error.strerror or error}",
              file=sys.stderr)
        return EXIT_FINDINGS
    if tally.errors > MAX_REPORTED_ERRORS:
        print(f"newsclean batch: {tally.errors - MAX_REPORTED_ERRORS} more error(s) not shown; "
              f"each error is a line with an 'error' key in {args.output}", file=sys.stderr)
    print(f"newsclean batch: {tally.summary()} -> {args.output}", file=sys.stderr)
    if tally.interrupted:
        print("newsclean batch: interrupted; run again with --resume to go on", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_FINDINGS if tally.errors else EXIT_OK
