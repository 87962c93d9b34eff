"""How ``extract``'s time and memory grow with the page: 1×, 10× and 100× a seed page (text and
HTML), a 50 MB page (cut at the default ``max_bytes``) and a page nested 100,000 deep.

    python benchmarks/scaling.py                 # every case, a Markdown table on stdout
    python benchmarks/scaling.py --repeats 5     # more timed runs per small page

Each case runs in a fresh interpreter, after one warm-up extraction of a small page (so that
loading the built-in rule sets is not counted). Columns:

- ``ms``: the median wall-clock time of ``--repeats`` runs (one run for pages over 1 MB);
- ``µs/KB``: that time per KB read (a page over ``max_bytes`` is read up to the limit), flat
  when time grows linearly;
- ``Python peak MiB``: the peak of Python's own allocations during one run (``tracemalloc``);
- ``RSS peak MiB``: how far the process's peak resident memory rose above what it held before
  the run, the input included (``ru_maxrss``; counts lxml's C allocations, which tracemalloc
  does not see).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import newsclean  # noqa: E402
from newsclean.inputs import DEFAULT_MAX_BYTES  # noqa: E402

TEXT_SEED = REPO / "seeds" / "003_298991e1911e9b04.txt"
HTML_SEED = REPO / "seeds" / "ad.nl__brand-in-loods.html"
FIFTY_MB = 50 * 1000 * 1000
DEPTH = 100_000
BIG_PAGE_BYTES = 1_000_000
"""Pages larger than this are timed once, not ``--repeats`` times."""
DEFAULT_REPEATS = 3
MB = 1024 * 1024
"""A mebibyte, the unit of the memory and size columns."""
KB = 1000
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def text_page(copies: int) -> str:
    """The text seed repeated ``copies`` times."""
    seed = TEXT_SEED.read_text(encoding="utf-8").rstrip("\n") + "\n"
    return seed * copies


def html_page(copies: int) -> str:
    """The HTML seed with its ``<body>`` content repeated ``copies`` times."""
    seed = HTML_SEED.read_text(encoding="utf-8")
    start = seed.index(">", seed.index("<body")) + 1
    end = seed.rindex("</body>")
    return seed[:start] + seed[start:end] * copies + seed[end:]


def to_size(build: Callable[[int], str], size: int) -> str:
    """The page ``build`` makes, with enough copies to reach ``size`` UTF-8 bytes."""
    one, two = (len(build(copies).encode("utf-8")) for copies in (1, 2))
    step = two - one
    return build(max(size - (one - step), 0) // step + 1)


CASES: dict[str, Callable[[], str]] = {
    "text 1×": lambda: text_page(1),
    "text 10×": lambda: text_page(10),
    "text 100×": lambda: text_page(100),
    "html 1×": lambda: html_page(1),
    "html 10×": lambda: html_page(10),
    "html 100×": lambda: html_page(100),
    "text 50 MB": lambda: to_size(text_page, FIFTY_MB),
    "html 50 MB": lambda: to_size(html_page, FIFTY_MB),
    "div ×100,000 deep": lambda: ("<html><body>" + "<div>" * DEPTH + "diep" + "</div>" * DEPTH
                                  + "</body></html>"),
    "b ×100,000 deep": lambda: ("<html><body><p>" + "<b>" * DEPTH + "diep" + "</b>" * DEPTH
                                + "</p></body></html>"),
}
"""Each case's page, built in the child process that measures it."""


def resident_mb() -> float:
    """The process's resident memory now, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / MB


def measure(name: str, repeats: int) -> dict[str, float | int | str]:
    """Time and memory of ``extract`` on the page of case ``name`` (run in a child process)."""
    page = CASES[name]()
    size = len(page.encode("utf-8"))
    newsclean.extract("Kop\nEen zin van een artikel om de regels te laden.\n")
    before = resident_mb()
    times = []
    for _ in range(1 if size > BIG_PAGE_BYTES else repeats):
        started = time.perf_counter()
        doc = newsclean.extract(page)
        times.append(time.perf_counter() - started)
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
    tracemalloc.start()
    newsclean.extract(page)
    python_peak = tracemalloc.get_traced_memory()[1] / MB
    tracemalloc.stop()
    return {"case": name, "bytes": size, "blocks": len(doc.blocks),
            "ms": statistics.median(times) * 1000, "python_mb": python_peak,
            "rss_mb": max(rss_peak, 0.0), "cut": any("max_bytes" in w for w in doc.warnings)}


def run_case(name: str, repeats: int) -> dict[str, float | int | str]:
    """``measure(name)`` in a fresh interpreter."""
    done = subprocess.run([sys.executable, __file__, "--case", name, "--repeats", str(repeats)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def table(rows: list[dict[str, float | int | str]]) -> list[str]:
    """The results as a Markdown table."""
    lines = ["| case | input MiB | blocks | ms | µs/KB | Python peak MiB | RSS peak MiB |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        size = float(row["bytes"])
        read = min(size, DEFAULT_MAX_BYTES)
        note = " (cut at max_bytes)" if row["cut"] else ""
        lines.append(
            f"| {row['case']}{note} | {size / MB:.2f} | {row['blocks']} | {row['ms']:.1f} | "
            f"{float(row['ms']) * 1000 / (read / KB):.1f} | {row['python_mb']:.1f} | "
            f"{row['rss_mb']:.1f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS,
                        help=f"timed runs per page up to 1 MB (default {DEFAULT_REPEATS})")
    parser.add_argument("--case", choices=list(CASES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        print(json.dumps(measure(args.case, args.repeats)))
        return 0
    rows = []
    for name in CASES:
        rows.append(run_case(name, args.repeats))
        print(f"measured {name}", file=sys.stderr)
    print("\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
