"""The speed benchmark: newsclean's median ``extract`` time on each page, and the peers beside it.

    python benchmarks/speed.py                       # seeds/, 15 repeats per page
    python benchmarks/speed.py seeds ../shared/corpora/nl-text-dev --repeats 30
    python benchmarks/speed.py --compare all         # also the interleaved run against peers
    python benchmarks/speed.py DIR --cold            # every call as if no page came before

Per page: the median of ``--repeats`` timed calls (after one untimed warm-up call), slowest first,
then totals. ``--cold`` purges newsclean's between-page memos (``newsclean.purge_caches``)
before every call, outside the timing: the figure for a stream of pages from sites never seen.
With ``--compare``, the same interleaved, same-process measurement that
``newsclean bench`` makes, with peak memory.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import newsclean  # noqa: E402
from newsclean.evaluate.corpus import Page, read_corpus  # noqa: E402
from newsclean.evaluate.peers import REFERENCE_PEER, peer_names  # noqa: E402
from newsclean.evaluate.report import SPEED_COLUMNS  # noqa: E402
from newsclean.evaluate.runner import run_bench  # noqa: E402
from newsclean.evaluate.tools import Tool, newsclean_tool, peer_tool  # noqa: E402

DEFAULT_REPEATS = 15
MS_PER_SECOND = 1000


def median_ms(page: Page, repeats: int, *, cold: bool = False) -> float:
    """The median wall-clock milliseconds of ``extract`` on ``page`` over ``repeats`` calls
    (``cold``: each after ``purge_caches``)."""
    newsclean.extract(page.source, url=page.url)
    times = []
    for _ in range(repeats):
        if cold:
            newsclean.purge_caches()
        started = time.perf_counter()
        newsclean.extract(page.source, url=page.url)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * MS_PER_SECOND


def per_page_table(pages: Sequence[tuple[str, Page]], repeats: int, *,
                   cold: bool = False) -> list[str]:
    """Markdown rows: corpus, page, size, median ms, slowest first, then the totals."""
    timed = sorted(
        ((median_ms(page, repeats, cold=cold), name, page) for name, page in pages),
        key=lambda t: -t[0],
    )
    lines = ["| corpus | page | KB | median ms |", "| --- | --- | ---: | ---: |"]
    lines += [
        f"| {name} | {page.name} | {page.size / 1000:.1f} | {ms:.2f} |" for ms, name, page in timed
    ]
    total_ms = sum(ms for ms, _, _ in timed)
    total_bytes = sum(page.size for _, _, page in timed)
    if total_ms:
        lines += [
            "",
            f"{len(timed)} pages: {len(timed) / total_ms * MS_PER_SECOND:.1f} pages/s, "
            f"{total_bytes / total_ms / MS_PER_SECOND:.2f} MB/s, "
            f"median {statistics.median(ms for ms, _, _ in timed):.2f} ms/page",
        ]
    return lines


def comparison_table(folders: Sequence[Path], compare: str) -> list[str]:
    """The interleaved speed run of ``newsclean bench``: speed columns only, one row per tool."""
    tools: list[Tool] = [newsclean_tool()]
    for name in dict.fromkeys([REFERENCE_PEER, *peer_names(compare)]):
        peer = peer_tool(name)
        if isinstance(peer, Tool):
            tools.append(peer)
    bench = run_bench([read_corpus(folder) for folder in folders], tools)
    header = ["corpus", "tool", *(heading for heading, _ in SPEED_COLUMNS)]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for section in bench.sections:
        for result in section.tools:
            cells = [section.name, result.tool, *(show(result.speed) for _, show in SPEED_COLUMNS)]
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Time every page of the given corpora, then (``--compare``) the tools side by side."""
    parser = argparse.ArgumentParser(description="newsclean's extract time per page, and peers.")
    parser.add_argument("folders", nargs="*", type=Path, default=[REPO / "seeds"], metavar="DIR")
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS, help="timed calls per page")
    parser.add_argument("--compare", default="", help="peers to time too: 'all' or a comma list")
    parser.add_argument("--cold", action="store_true",
                        help="purge newsclean's between-page memos before every timed call")
    args = parser.parse_args(argv)
    corpora = [read_corpus(folder) for folder in args.folders]
    pages = [(corpus.name, page) for corpus in corpora for page in corpus.pages]
    print("\n".join(per_page_table(pages, args.repeats, cold=args.cold)))
    if args.compare:
        print()
        print("\n".join(comparison_table(args.folders, args.compare)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
