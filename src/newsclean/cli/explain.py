"""``newsclean explain PAGE``: every block of a page with its label, its rule, and why.

In the terminal, a table (number, label, rule id, start of the text); with ``--html OUT.html``,
the self-contained explain page of ``explain_page``.

Exit codes: 0 shown; 1 the page or a rule file cannot be read; 2 usage.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..document import Block, Document
from ..pipeline import extract
from ..rules.registry import builtin_rulesets
from .common import STDIN, load_rule_files, read_page
from .explain_page import render_explain_page
from .explanations import rule_index

FALLBACK_COLUMNS = 100
"""The table's width, in characters, when the terminal's width is unknown (a pipe)."""
MIN_TEXT_COLUMNS = 20
"""The text column is never narrower than this, even on a narrow terminal."""
ELLIPSIS = "…"


def add_parser(subparsers: Any) -> None:
    """Add ``explain`` to the command's subparsers."""
    parser = subparsers.add_parser(
        "explain",
        help="show every block of a page with its label, rule id and why",
        description="Show every block of PAGE with its label and the rule that decided it: "
        "a table in the terminal, or with --html one self-contained HTML page that colours "
        "the blocks by label and shows each rule's 'why'.",
        epilog="exit codes: 0 shown; 1 PAGE or a rule file cannot be read; 2 usage",
    )
    parser.add_argument("page", metavar="PAGE", help="page file (.html, .txt, may be .gz), or -")
    parser.add_argument("--url", help="the page's url (selects site rule sets)")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="your own rule set (repeatable; takes precedence over built-ins)")
    parser.add_argument("--html", type=Path, metavar="OUT.html",
                        help="write the explain page here instead of printing the table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Extract the page and show how each block was decided."""
    user_sets = load_rule_files(args.rules)
    doc = extract(read_page(args.page), url=args.url, rules=user_sets)
    if args.html is None:
        sys.stdout.write(render_table(doc, columns=_columns()))
        return 0
    source = "standard input" if args.page == STDIN else args.page
    page = render_explain_page(doc, source=source,
                               rules=rule_index([*user_sets, *builtin_rulesets()]))
    args.html.write_text(page, encoding="utf-8")
    print(f"newsclean explain: {len(doc.blocks)} blocks -> {args.html}", file=sys.stderr)
    return 0


def _columns() -> int:
    return shutil.get_terminal_size((FALLBACK_COLUMNS, 24)).columns


def render_table(doc: Document, *, columns: int) -> str:
    """The blocks as an aligned table ``columns`` wide, and a line of counts per label."""
    headers = ("#", "label", "rule", "text")
    rows = [(str(n), b.label.value, b.rule, b.text) for n, b in enumerate(doc.blocks, 1)]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(3)]
    text_width = max(MIN_TEXT_COLUMNS, columns - sum(widths) - 2 * len(widths) - 1)
    lines = [_row(row, widths, text_width) for row in [headers, *rows]]
    lines.append(_counts(doc.blocks))
    return "\n".join(lines) + "\n"


def _row(row: Sequence[str], widths: Sequence[int], text_width: int) -> str:
    number, label, rule, text = row
    text = " ".join(text.split())
    if len(text) > text_width:
        text = text[: text_width - len(ELLIPSIS)] + ELLIPSIS
    return (f"{number:>{widths[0]}}  {label:<{widths[1]}}  {rule:<{widths[2]}}  {text}"
            ).rstrip()


def _counts(blocks: Sequence[Block]) -> str:
    counts = Counter(block.label.value for block in blocks)
    summary = ", ".join(f"{label} {count}" for label, count in sorted(counts.items()))
    return f"{len(blocks)} blocks: {summary}" if blocks else "0 blocks"
