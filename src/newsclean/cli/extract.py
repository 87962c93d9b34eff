"""``newsclean extract PATH... | -``: the clean article of each page, as JSON, text or Markdown.

One page prints its document (indented JSON, or text, or Markdown). Several pages print one JSON
line each, with the page's ``path`` added, or, as text and Markdown, each page under a
``==> PATH <==`` line. ``--blocks`` adds every block with its label and rule id.

Exit codes: 0 every page printed; 1 a page or a rule file could not be read (the other pages are
still printed); 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

from ..document import Document
from ..labels import Label
from ..pipeline import extract
from .common import STDIN, PageReadError, load_rule_files, read_page
from .exits import EXIT_FINDINGS, EXIT_OK


def add_parser(subparsers: Any) -> None:
    """Add ``extract`` to the command's subparsers."""
    parser = subparsers.add_parser(
        "extract",
        help="print the article of each page",
        description="Extract the article from each page (a file, .gz too, or - for standard "
        "input). One page prints its document; several print one JSON line each (with "
        "'path'), or each page's text under a '==> PATH <==' line.",
        epilog="exit codes: 0 all pages printed; 1 a page or a rule file could not be read "
        "(the other pages are still printed); 2 usage",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="page file, or - for stdin")
    parser.add_argument("--format", choices=sorted(FORMATS), default="json",
                        help="output form (default: json)")
    parser.add_argument("--url", help="the page's url (selects site rule sets); with several "
                        "pages, it is used for each")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="your own rule set (repeatable; takes precedence over built-ins)")
    parser.add_argument("--blocks", action="store_true",
                        help="also give every block with its label and rule id")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print each page's document; report unreadable pages on stderr and go on."""
    rulesets = load_rule_files(args.rules)
    render = FORMATS[args.format]
    several = len(args.paths) > 1
    failures = 0
    for path in args.paths:
        try:
            doc = extract(read_page(path), url=args.url, rules=rulesets)
        except PageReadError as error:
            print(f"newsclean: error: {error}", file=sys.stderr)
            failures += 1
            continue
        except Exception as error:
            # Extraction is not meant to raise; if it does, the other pages still get printed.
            print(f"newsclean: error: {path}: extraction failed: {type(error).__name__}: "
                  f"{error}", file=sys.stderr)
            failures += 1
            continue
        name = "standard input" if path == STDIN else path
        sys.stdout.write(render(doc, blocks=args.blocks, path=name if several else None))
    return EXIT_FINDINGS if failures else EXIT_OK


def as_json(doc: Document, *, blocks: bool, path: str | None) -> str:
    """The document as JSON: indented for one page, one line (with ``path``) for several."""
    data = doc.to_dict()
    if not blocks:
        del data["blocks"]
    if path is None:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return json.dumps({"path": path, **data}, ensure_ascii=False) + "\n"


def _head(path: str | None) -> str:
    return f"==> {path} <==\n" if path is not None else ""


def as_text(doc: Document, *, blocks: bool, path: str | None) -> str:
    """Title, byline and date lines, then the body; with ``blocks``, ``label TAB rule TAB text``
    for every block."""
    if blocks:
        return _head(path) + "".join(f"{b.label.value}\t{b.rule}\t{b.text}\n"
                                     for b in doc.blocks)
    head = [line for line in (doc.title, doc.byline, doc.date_text) if line]
    text = "\n".join(head) + ("\n\n" if head else "") + doc.body
    return _head(path) + text.rstrip("\n") + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def as_markdown(doc: Document, *, blocks: bool, path: str | None) -> str:
    """The article as Markdown; with ``blocks``, a table of every block."""
    if blocks:
        rows = [f"| {n} | {b.label.value} | `{b.rule}` | {_cell(b.text)} |"
                for n, b in enumerate(doc.blocks, start=1)]
        return _head(path) + "\n".join(["| # | label | rule | text |", "|---|---|---|---|",
                                        *rows]) + "\n"
    lines = [f"# {doc.title}", ""] if doc.title else []
    meta = " · ".join(x for x in (doc.byline, doc.date_text) if x)
    if meta:
        lines += [f"*{meta}*", ""]
    for block in doc.labelled(Label.BODY, Label.HEADING):
        lines += [f"## {block.text}" if block.label is Label.HEADING else block.text, ""]
    return _head(path) + "\n".join(lines).rstrip("\n") + "\n"


FORMATS: Mapping[str, Callable[..., str]] = {
    "json": as_json,
    "text": as_text,
    "markdown": as_markdown,
}
"""Output form name → renderer."""
