"""``newsclean extract PATH... | -``: the clean article of each page, as JSON, text or Markdown."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..document import Document
from ..labels import Label
from ..pipeline import extract
from ..rules.loader import load_rules

STDIN = "-"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the article of each page",
        description="Extract the article from each page (a file, or - for standard input). "
        "One page prints indented JSON; several print one JSON line each.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="page file, or - for stdin")
    parser.add_argument("--format", choices=sorted(FORMATS), default="json",
                        help="output form (default: json)")
    parser.add_argument("--url", help="the page's url (selects site rule sets)")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="your own rule set (repeatable; takes precedence over built-ins)")
    parser.add_argument("--blocks", action="store_true",
                        help="with json: include every block with its label and rule id")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rulesets = [load_rules(path) for path in args.rules]
    render = FORMATS[args.format]
    failures = 0
    for path in args.paths:
        try:
            source = sys.stdin.buffer.read() if path == STDIN else Path(path).read_bytes()
        except OSError as error:
            print(f"newsclean: error: cannot read {path}: {error.strerror}", file=sys.stderr)
            failures += 1
            continue
        doc = extract(source, url=args.url, rules=rulesets)
        print(render(doc, blocks=args.blocks, single=len(args.paths) == 1))
    return 1 if failures else 0


def as_json(doc: Document, *, blocks: bool, single: bool) -> str:
    data = doc.to_dict()
    if not blocks:
        del data["blocks"]
    return json.dumps(data, ensure_ascii=False, indent=2 if single else None)


def as_text(doc: Document, *, blocks: bool, single: bool) -> str:
    head = [line for line in (doc.title, doc.byline, doc.date_text) if line]
    return "\n".join(head) + ("\n\n" if head else "") + doc.body + "\n"


def as_markdown(doc: Document, *, blocks: bool, single: bool) -> str:
    lines = [f"# {doc.title}", ""] if doc.title else []
    meta = " · ".join(x for x in (doc.byline, doc.date_text) if x)
    if meta:
        lines += [f"*{meta}*", ""]
    for block in doc.labelled(Label.BODY, Label.HEADING):
        lines += [f"## {block.text}" if block.label is Label.HEADING else block.text, ""]
    return "\n".join(lines)


FORMATS: Mapping[str, Callable[..., str]] = {
    "json": as_json,
    "text": as_text,
    "markdown": as_markdown,
}
"""Output form name → renderer."""
