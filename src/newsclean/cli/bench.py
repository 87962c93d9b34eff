"""``newsclean bench DIR...``: score newsclean (and peers) on labelled corpora; gate on floors.

1. Read each corpus folder (its format is detected) and the rule sets given with ``--rules``.
2. Run newsclean, the reference peer (for the speed ratio) and the ``--compare`` peers on them.
3. Print the Markdown report; write ``--json`` and ``--write-floors`` if asked.
4. Compare with ``--floors``; with ``--check``, a missed floor or a changed digest exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from ..evaluate.corpus import Corpus, read_corpus
from ..evaluate.gate import check_floors, read_floors, write_floors
from ..evaluate.peers import REFERENCE_PEER, peer_names
from ..evaluate.report import render
from ..evaluate.runner import BenchResult, run_bench
from ..evaluate.tools import Tool, newsclean_tool, peer_tool
from .exits import EXIT_FINDINGS, EXIT_OK


def add_parser(subparsers: Any) -> None:
    """Add ``bench`` to the command's subparsers."""
    bench = subparsers.add_parser(
        "bench",
        help="measure newsclean (and peers) on labelled corpora; gate on pinned floors",
        description="Score newsclean per label on labelled pages, side by side with peers, "
        "and fail (--check) when a pinned floor is missed.",
    )
    bench.add_argument(
        "folders",
        nargs="+",
        type=Path,
        metavar="DIR",
        help="a corpus folder: seed format, nl-html format or the public benchmark",
    )
    bench.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a rule-set TOML file for newsclean (repeatable; used before the built-in sets)",
    )
    bench.add_argument(
        "--compare",
        metavar="TOOLS",
        default="",
        help="peers to run too: 'all' or a comma list (e.g. trafilatura,justext)",
    )
    bench.add_argument(
        "--floors", type=Path, metavar="FILE", help="the floors TOML to compare with"
    )
    bench.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when a floor is missed or a corpus digest changed (needs --floors)",
    )
    bench.add_argument(
        "--write-floors",
        type=Path,
        metavar="FILE",
        help="pin the measured figures (rounded down) and digests in FILE",
    )
    bench.add_argument(
        "--json", type=Path, metavar="OUT", help="write every figure and page row as JSON"
    )
    bench.add_argument("--pages", action="store_true", help="also print one row per page and tool")
    bench.add_argument("--no-memory", action="store_true", help="skip the peak-memory pass")
    bench.set_defaults(run=run, parser=bench)


def _corpora(folders: Sequence[Path]) -> list[Corpus]:
    corpora = [read_corpus(folder) for folder in folders]
    seen: dict[str, Path] = {}
    for corpus in corpora:
        if corpus.name in seen:
            raise CorpusError(
                f"{corpus.path}: same name {corpus.name!r} as {seen[corpus.name]}; "
                "floors are pinned by folder name, so give each corpus its own"
            )
        seen[corpus.name] = corpus.path
    return corpora


def _tools(args: argparse.Namespace) -> tuple[list[Tool], list[str]]:
    import newsclean

    try:
        names = peer_names(args.compare) if args.compare else []
    except ValueError as error:
        args.parser.error(f"--compare: {error}")
    rules = [newsclean.load_rules(path) for path in args.rules]
    tools = [newsclean_tool(rules)]
    notes = []
    for name in dict.fromkeys([REFERENCE_PEER, *names]):
        peer = peer_tool(name)
        if isinstance(peer, str):
            notes.append(peer)
        else:
            tools.append(peer)
    return tools, notes


def _gate(args: argparse.Namespace, bench: BenchResult) -> list[str]:
    if args.floors is None:
        return []
    findings = check_floors(read_floors(args.floors), bench.corpora, path=args.floors)
    verdict = "passed" if not findings else f"FAILED ({len(findings)} finding(s))"
    print(f"\ngate ({args.floors}): {verdict}")
    for finding in findings:
        print(f"- {finding}")
    return findings


def run(args: argparse.Namespace) -> int:
    """Run the benchmark the arguments describe; 1 when ``--check`` finds the gate missed."""
    if args.check and args.floors is None:
        args.parser.error("--check needs --floors FILE")
    if args.floors is not None:
        read_floors(args.floors)
    corpora = _corpora(args.folders)
    tools, notes = _tools(args)
    bench = run_bench(corpora, tools, memory=not args.no_memory)
    bench = BenchResult(bench.corpora, bench.overall, (*bench.notes, *notes))
    sys.stdout.write(render(bench, pages=args.pages))
    findings = _gate(args, bench)
    if args.json is not None:
        data = {**bench.to_dict(), "rules": [str(p) for p in args.rules], "gate": findings}
        args.json.write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if args.write_floors is not None:
        write_floors(args.write_floors, bench.corpora)
        print(f"\nfloors written to {args.write_floors}")
    return EXIT_FINDINGS if args.check and findings else EXIT_OK
