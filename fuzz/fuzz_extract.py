"""A coverage-guided fuzz target for ``newsclean.extract`` (atheris, libFuzzer); not run in CI.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_extract.py /tmp/newsclean-corpus -max_total_time=300 -max_len=65536

The first argument is the corpus folder: it is created if missing and, when empty, seeded with
copies of the pages in ``seeds/`` (a folder inside this repository is refused, so the corpus
never lands in it). Every other argument goes to libFuzzer (``-help=1`` lists them). A crash
(an exception, or a broken invariant) is written by libFuzzer as ``crash-<sha1>`` in the
current folder; replay one with ``python fuzz/fuzz_extract.py crash-<sha1>``.

Each input is read as bytes, or (when its first byte is odd) as text decoded with
``surrogateescape`` so that lone surrogates reach ``extract`` too. Invariants: ``extract``
never raises; a text dump's blocks cover its text exactly; the JSON encodes as UTF-8 and reads
back as the same document.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsclean
    from newsclean import Document

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PAGE_SUFFIXES = (".txt", ".html")
SURROGATES = dict.fromkeys(range(55296, 57344), "�")
"""Lone surrogates as ``extract`` reads them (replaced one for one)."""


def seed_corpus(corpus: Path) -> None:
    """Create ``corpus`` if needed and, when it is empty, copy the seed pages into it."""
    if corpus.resolve().is_relative_to(REPO):
        sys.exit(f"fuzz_extract: {corpus} is inside the repository; give a folder outside it, "
                 "e.g. /tmp/newsclean-corpus")
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    for page in sorted(SEEDS.iterdir()):
        if page.suffix in PAGE_SUFFIXES:
            shutil.copyfile(page, corpus / page.name)


def source_of(data: bytes) -> str | bytes:
    """The input as ``extract`` gets it: bytes, or text with lone surrogates in it."""
    if data[:1] and data[0] % 2:
        return data[1:].decode("utf-8", errors="surrogateescape")
    return data[1:]


def check_covers(text: str, doc: Document) -> None:
    """Every non-whitespace character of a text dump is in exactly one block, in order."""
    position = 0
    for block in doc.blocks:
        if block.start is None or block.end is None or block.start < position:
            raise AssertionError(f"block out of place: {block!r}")
        if text[block.start:block.end] != block.text or text[position:block.start].strip():
            raise AssertionError(f"block does not cover its span: {block!r}")
        position = block.end
    if text[position:].strip():
        raise AssertionError("text after the last block")


def test_one_input(data: bytes) -> None:
    source = source_of(data)
    doc = newsclean.extract(source)
    json = doc.to_json()
    if Document.from_json(json.encode("utf-8").decode("utf-8")) != doc:
        raise AssertionError("the JSON does not read back as the same document")
    if doc.kind == "text" and isinstance(source, str):
        check_covers(source.translate(SURROGATES), doc)


def main() -> None:
    corpus = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is None:
        sys.exit(__doc__)
    if Path(corpus).is_dir() or not Path(corpus).exists():
        seed_corpus(Path(corpus))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
