"""Turn the public benchmark's pages into one JSONL file for ``newsclean batch``.

    python benchmarks/make_jsonl.py /tmp/scrapinghub.jsonl
    python benchmarks/make_jsonl.py OUT.jsonl --corpus ../shared/corpora/scrapinghub
    newsclean batch /tmp/scrapinghub.jsonl -o /tmp/out.jsonl --jobs 2

Each line is ``{"id": <page id>, "url": <url from ground-truth.json>, "html": <page>}``, in the
order of the page ids. The output is written where the command line says, never into the repo:
the corpus's text stays out of it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from newsclean.inputs import decode  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "scrapinghub"
GOLD_FILE = "ground-truth.json"
PAGES_FOLDER = "html_gz"
PAGE_SUFFIX = ".html.gz"


def main() -> int:
    """Write the JSONL file and say how many records it holds."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="the JSONL file to write (outside the repo)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"the benchmark folder (default: {DEFAULT_CORPUS})")
    args = parser.parse_args()
    if args.output.resolve().is_relative_to(REPO):
        parser.error(f"{args.output} is inside the repo; write it elsewhere (e.g. /tmp)")
    gold = json.loads((args.corpus / GOLD_FILE).read_text(encoding="utf-8"))
    pages = sorted((args.corpus / PAGES_FOLDER).glob(f"*{PAGE_SUFFIX}"))
    with args.output.open("w", encoding="utf-8") as out:
        for page in pages:
            page_id = page.name.removesuffix(PAGE_SUFFIX)
            html, _ = decode(gzip.decompress(page.read_bytes()))
            record = {"id": page_id, "url": gold.get(page_id, {}).get("url"), "html": html}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(pages)} records -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
