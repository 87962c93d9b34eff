"""Corpus readers, their detection, the digest, seed files and visible text."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from newsclean.errors import CorpusError
from newsclean.evaluate.corpus import GoldKind, PageKind, read_corpus
from newsclean.evaluate.seedfile import read_seed_file, url_from_name
from newsclean.evaluate.visible import text_to_html, visible_blocks
from newsclean.labels import Label

DATA = Path(__file__).parent / "data" / "evaluate"


def test_seed_folder_reads_text_and_html_pages() -> None:
    corpus = read_corpus(DATA / "seeds")
    assert corpus.format == "seeds"
    assert corpus.name == "seeds"
    pages = {page.name: page for page in corpus.pages}
    assert sorted(pages) == [
        "voorbeeld.be__brand-haven",
        "voorbeeld.nl__raad-stemt-in",
        "voorbeeld.nl__sectie-sport",
    ]
    html = pages["voorbeeld.be__brand-haven"]
    assert html.kind is PageKind.HTML
    assert html.gold is GoldKind.FULL
    assert html.url == "https://www.voorbeeld.be/regio/brand-haven"
    text = pages["voorbeeld.nl__raad-stemt-in"]
    assert text.kind is PageKind.TEXT
    assert text.url == "https://voorbeeld.nl/"
    assert [s.label for s in text.segments[:3]] == [Label.CHROME, Label.TITLE, Label.BYLINE]
    assert text.segments[1].line == 3
    assert text.size == (DATA / "seeds" / "voorbeeld.nl__raad-stemt-in.txt").stat().st_size


def test_url_comes_from_the_name_prefix() -> None:
    assert url_from_name("hln.be__de-krant_noodzakelijk~abae8b0f") == "https://hln.be/"
    assert url_from_name("nu.nl-1721884119") is None
    assert url_from_name("001__x") is None


def test_digest_changes_when_a_label_changes(tmp_path: Path) -> None:
    copy = tmp_path / "seeds"
    shutil.copytree(DATA / "seeds", copy)
    before = read_corpus(copy).digest
    assert before == read_corpus(DATA / "seeds").digest
    label_file = copy / "voorbeeld.nl__sectie-sport.tsv"
    label_file.write_text(
        label_file.read_text(encoding="utf-8").replace("chrome\tSport", "teaser\tSport"),
        encoding="utf-8",
    )
    assert read_corpus(copy).digest != before


def test_nl_html_gold_is_body_and_headings_with_fields() -> None:
    (page,) = read_corpus(DATA / "nl_html").pages
    assert page.gold is GoldKind.ARTICLE_BLOCKS
    assert [s.label for s in page.segments] == [Label.BODY, Label.HEADING, Label.BODY]
    assert page.metadata["byline"] == "Door: Redactie Zwolle"
    assert len(page.not_body) == 3


def write_public(folder: Path) -> None:
    (folder / "html_gz").mkdir(parents=True)
    html = "<html><body><p>Body text of the page here.</p></body></html>"
    (folder / "html_gz" / "abc.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    truth = {"abc": {"articleBody": "Body text of the page here.", "url": "https://example.com/a"}}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def test_public_benchmark_folder(tmp_path: Path) -> None:
    write_public(tmp_path / "bench")
    corpus = read_corpus(tmp_path / "bench")
    (page,) = corpus.pages
    assert corpus.format == "public"
    assert page.gold is GoldKind.ARTICLE_TEXT
    assert page.url == "https://example.com/a"
    assert "Body text" in page.source


def test_a_folder_of_several_formats_is_refused(tmp_path: Path) -> None:
    write_public(tmp_path / "mixed")
    shutil.copy(DATA / "seeds" / "voorbeeld.nl__sectie-sport.txt", tmp_path / "mixed")
    shutil.copy(DATA / "seeds" / "voorbeeld.nl__sectie-sport.tsv", tmp_path / "mixed")
    with pytest.raises(CorpusError, match="several formats \\(seeds, public\\)"):
        read_corpus(tmp_path / "mixed")


def test_an_empty_or_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no labelled pages found"):
        read_corpus(tmp_path)
    with pytest.raises(CorpusError, match="not a folder"):
        read_corpus(tmp_path / "nope")


def test_invalid_seed_labels_stop_the_benchmark() -> None:
    with pytest.raises(CorpusError, match="run `newsclean seeds check`"):
        read_corpus(DATA / "bad_seeds")


def test_seed_file_parsing_locates_problems() -> None:
    seed = read_seed_file(DATA / "bad_seeds" / "kapot.tsv")
    assert seed.url == "ftp://voorbeeld.nl/kapot"
    assert [(p.line, p.message.split(":")[0]) for p in seed.problems] == [
        (5, "label 'bodyy' is not one of"),
        (7, "no TAB"),
    ]
    assert len(seed.segments) == 5


def test_visible_blocks_skip_what_no_reader_sees() -> None:
    page = (
        "<html><head><title>T</title><script>x()</script></head><body>"
        "<nav><a>Home</a> <a>Sport</a></nav><p>Een <b>vette</b>\n  zin<br>na de br</p>"
        "<div hidden>weg</div><p style='display: none'>ook weg</p>"
        "<template>sjabloon</template>staart</body></html>"
    )
    assert visible_blocks(page) == ["Home Sport", "Een vette zin", "na de br", "staart"]
    assert visible_blocks("") == []


def test_text_pages_become_one_paragraph_per_line() -> None:
    html = text_to_html("Kop & <meer>\n\nTweede regel\n")
    assert "<p>Kop &amp; &lt;meer&gt;</p>\n<p>Tweede regel</p>" in html
    assert visible_blocks(html) == ["Kop & <meer>", "Tweede regel"]
