"""Hostile pages: each case returns a document within a time bound, never raises, and keeps text
where it belongs (see docs/robustness.md).

Every case runs under a deadline. Cases whose work holds the GIL while it could hang (a regex
search) run in a child process that is killed at the deadline; the rest run in a daemon thread,
so a hang fails its test instead of stalling the suite.
"""

from __future__ import annotations

import gzip
import json
import random
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

import newsclean
from newsclean import Document, InputTypeError

from conftest import SEEDS

T = TypeVar("T")
TEXT_SEED = (SEEDS / "003_298991e1911e9b04.txt").read_text(encoding="utf-8")
HTML_SEED = (SEEDS / "ad.nl__brand-in-loods.html").read_text(encoding="utf-8")
QUICK_SECONDS = 5.0
"""The bound for a small hostile page (it takes milliseconds; the slack is for slow CI)."""
BIG_PAGE_SECONDS = 30.0
"""The bound for a 50 MB page (about 3 s here for a text dump, 10 s for HTML)."""
DEEP_PAGE_SECONDS = 15.0
"""The bound for a page nested 100,000 deep (it takes about 1 s here)."""
SCREEN_SECONDS = 3.0
"""The bound for a page whose 40 lines each defeat a user pattern (one timeout is 0.25 s)."""
FIFTY_MB = 50 * 1000 * 1000
MAX_BYTES = 10 * 1024 * 1024
"""The documented default of ``max_bytes``."""
DEPTH = 100_000
PARAGRAPH = "Dit is een gewone zin van het artikel, lang genoeg om als alinea te gelden."
SECRET = "GEHEIM"
"""Text that a case hides in the page; it must never reach a block."""


def bounded(seconds: float, work: Callable[[], T]) -> T:
    """``work()``'s result, failing the test when it takes longer than ``seconds``."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the test below
            outcome["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    started = time.perf_counter()
    worker.start()
    worker.join(seconds)
    elapsed = time.perf_counter() - started
    if worker.is_alive() or elapsed > seconds:
        pytest.fail(f"took longer than {seconds}s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


def extract_within(seconds: float, source: str | bytes, *, round_trip: bool = True,
                   **options: Any) -> Document:
    """``newsclean.extract(source, **options)`` under a deadline; its JSON, written as UTF-8
    and read back, is the same document (skipped for big pages, where it only costs time)."""
    doc = bounded(seconds, lambda: newsclean.extract(source, **options))
    if round_trip:
        assert Document.from_json(doc.to_json().encode("utf-8").decode("utf-8")) == doc
    return doc


def in_child(seconds: float, script: str) -> dict[str, Any]:
    """Run ``script`` (which prints one JSON object) in a fresh interpreter, killed at the
    deadline; its JSON."""
    try:
        done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], timeout=seconds,
                              capture_output=True, text=True, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"took longer than {seconds}s")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def html_page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def article(middle: str = "") -> str:
    """An article page with ``middle`` between its paragraphs."""
    paragraphs = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(4))
    return html_page(f"<article><h1>Kop van het artikel over de brand</h1>{paragraphs}{middle}"
                     f"{paragraphs}</article>")


def texts(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


# -- the input contract ----------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 42, ["tekst"], {"html": "x"}, Path("page.html")],
                         ids=["none", "int", "list", "dict", "path"])
def test_only_str_and_bytes_are_taken(bad: object) -> None:
    with pytest.raises(InputTypeError, match="str or bytes") as caught:
        newsclean.extract(bad)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize("source", [bytearray(b"Kop\nTekst van de pagina.\n"),
                                    memoryview(b"Kop\nTekst van de pagina.\n")],
                         ids=["bytearray", "memoryview"])
def test_bytes_like_values_are_read_as_bytes(source: bytearray | memoryview) -> None:
    assert newsclean.extract(source) == newsclean.extract(bytes(source))  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", " \n\t\r\n ", b"", b"\r\n  \n", "\u00a0\u2003\n"],
                         ids=["str", "whitespace", "bytes", "whitespace-bytes", "unicode-spaces"])
def test_empty_or_blank_input_is_an_empty_document(empty: str | bytes) -> None:
    doc = extract_within(QUICK_SECONDS, empty)
    assert (doc.blocks, doc.title, doc.body, doc.teasers) == ((), None, "", ())


# -- binary files served as pages -------------------------------------------------------------


def _random_bytes(size: int) -> bytes:
    return random.Random(6).randbytes(size)


BINARIES = {
    "random-bytes": (_random_bytes(64 * 1024), "binary data"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(4096), "PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _random_bytes(4096), "JPEG image"),
    "gif": (b"GIF89a\x01\x00\x01\x00" + _random_bytes(512), "GIF image"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n"
            + _random_bytes(4096), "PDF document"),
    "zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + _random_bytes(4096), "zip archive"),
    "gzipped-page": (gzip.compress(HTML_SEED.encode("utf-8")), "gzip-compressed"),
    "html-start-then-binary": (b"<html><body>" + _random_bytes(8192), "binary data"),
}


@pytest.mark.parametrize("name", list(BINARIES))
def test_binary_served_as_a_page_reads_as_empty_with_a_warning(name: str) -> None:
    data, what = BINARIES[name]
    doc = extract_within(QUICK_SECONDS, data)
    assert doc.blocks == ()
    assert any(what in w and "not a page" in w for w in doc.warnings), doc.warnings


# -- 50 MB pages ------------------------------------------------------------------------------


def test_50_mb_text_dump_is_cut_at_a_line_and_says_so() -> None:
    page = (TEXT_SEED.rstrip("\n") + "\n") * (FIFTY_MB // len(TEXT_SEED.encode("utf-8")) + 1)
    doc = extract_within(BIG_PAGE_SECONDS, page, round_trip=False)
    assert any(f"over max_bytes={MAX_BYTES}" in w for w in doc.warnings), doc.warnings
    last = doc.blocks[-1]
    assert last.end is not None
    assert page[last.start:last.end] == last.text
    assert page[last.end:].lstrip(" \t\r").startswith("\n"), "the cut fell inside a line"
    read = len(page[:last.end].encode("utf-8"))
    assert MAX_BYTES - 64 * 1024 < read <= MAX_BYTES


def test_50_mb_html_bytes_are_cut_at_a_block_and_say_so() -> None:
    start, end = HTML_SEED.index("<body"), HTML_SEED.rindex("</body>")
    body = HTML_SEED[start:end]
    copies = FIFTY_MB // len(body.encode("utf-8")) + 1
    page = (HTML_SEED[:start] + body * copies + HTML_SEED[end:]).encode("utf-8")
    doc = extract_within(BIG_PAGE_SECONDS, page, round_trip=False)
    assert any("over max_bytes" in w for w in doc.warnings), doc.warnings
    assert not any("UTF-8" in w for w in doc.warnings), "the cut split a character"
    assert doc.kind == "html"
    assert len(doc.blocks) > 1000


def test_50_mb_single_line_is_one_block_cut_at_the_limit() -> None:
    doc = extract_within(BIG_PAGE_SECONDS, "woord " * (FIFTY_MB // 6), round_trip=False)
    assert any("over max_bytes" in w for w in doc.warnings)
    assert len(doc.blocks) == 1
    assert len(doc.blocks[0].text) <= MAX_BYTES


def test_a_cut_never_splits_a_character() -> None:
    page = ("Één zin met ë, ï en € erin.\n" * 100).encode("utf-8")
    for limit in range(900, 960):
        doc = newsclean.extract(page, max_bytes=limit)
        assert "\ufffd" not in texts(doc)
        assert not any("UTF-8" in w for w in doc.warnings), (limit, doc.warnings)


# -- nesting 100,000 deep ---------------------------------------------------------------------

DEEP_PAGES = {
    "div-closed": html_page("<div>" * DEPTH + "diep verborgen woord" + "</div>" * DEPTH),
    "b-closed": html_page("<p>" + "<b>" * DEPTH + "diep verborgen woord" + "</b>" * DEPTH + "</p>"),
    "div-unclosed": html_page("<div>" * DEPTH + "diep verborgen woord"),
    "list-and-span": html_page("<ul><li><span>" * (DEPTH // 3) + "diep verborgen woord"),
    "table-cells": html_page("<table><tr><td>" * (DEPTH // 3) + "diep verborgen woord"),
    "article-around-depth": article("<div>" * DEPTH + "<p>diep verborgen woord</p>"
                                    + "</div>" * DEPTH),
}


@pytest.mark.parametrize("name", list(DEEP_PAGES))
def test_nesting_100000_deep_keeps_the_text(name: str) -> None:
    doc = extract_within(DEEP_PAGE_SECONDS, DEEP_PAGES[name])
    assert "diep verborgen woord" in texts(doc)
    if name == "article-around-depth":
        assert f"{PARAGRAPH} (3)" in doc.body


def test_hidden_text_stays_hidden_in_a_page_too_deep_to_parse() -> None:
    hidden = (f'<div hidden><p>{SECRET} {PARAGRAPH}</p></div>'
              f'<p style="display:none">{SECRET} {PARAGRAPH}</p>')
    page = article(hidden + "<div>" * 3000 + "<p>Diep.</p>" + "</div>" * 3000)
    doc = extract_within(QUICK_SECONDS, page)
    assert SECRET not in texts(doc)


def test_a_text_node_of_ten_million_characters_is_kept() -> None:
    page = html_page("<p>" + "woord " * 1_700_000 + "</p><p>Tweede alinea.</p>")
    doc = extract_within(BIG_PAGE_SECONDS, page, round_trip=False)
    assert "Tweede alinea." in texts(doc)


# -- malformed urls --------------------------------------------------------------------------

BAD_URL = "https://www.standaard.be[cnt/dmf20241102"
"""A url that ``urllib.parse`` refuses (an opening IPv6 bracket), found by the fuzzer."""


@pytest.mark.parametrize("url", [BAD_URL, "http://[::1", "http://]x[/", "//[", "nu.nl:99999999"])
def test_a_malformed_url_argument_selects_no_site(url: str) -> None:
    doc = extract_within(QUICK_SECONDS, TEXT_SEED, url=url)
    assert doc.url == url
    assert doc.blocks


@pytest.mark.parametrize(("canonical", "href"), [(BAD_URL, "/nieuws/1"),
                                                 ("https://www.nu.nl/a", "http://[x/y")],
                         ids=["bad-canonical", "bad-href"])
def test_a_malformed_url_in_the_page_never_raises(canonical: str, href: str) -> None:
    teasers = "".join(f'<li><a href="{href}">Een ander artikel over iets dat nieuws is ({n})</a>'
                      "</li>" for n in range(3))
    page = article(f'<ul class="teasers">{teasers}</ul>').replace(
        "<head>", f'<head><link rel="canonical" href="{canonical}">', 1)
    doc = extract_within(QUICK_SECONDS, page)
    assert f"{PARAGRAPH} (3)" in doc.body


def test_text_after_the_body_never_raises() -> None:
    doc = extract_within(QUICK_SECONDS, article().replace("</body>", "</body>Na de body."))
    assert f"{PARAGRAPH} (3)" in doc.body


# -- broken encodings -------------------------------------------------------------------------

CAFE = "Café één “citaat” — ’s avonds"
CAFE_PAGE = html_page(f"<h1>{CAFE}</h1><p>{PARAGRAPH}</p>")
ENCODINGS = {
    "invalid-utf8": (b"<p>" + CAFE.encode("utf-8") + b" \xff\xfe\xc3(\xa0\xa1 en verder</p>",
                     [CAFE, "en verder"]),
    "cp1252-text": (f"{CAFE}\n{PARAGRAPH}\n".encode("cp1252"), [CAFE, PARAGRAPH]),
    "cp1252-html": (CAFE_PAGE.encode("cp1252"), [CAFE, PARAGRAPH]),
    "mixed-utf8-and-cp1252": (f"{CAFE}\n".encode() + f"{CAFE}\n".encode("cp1252"),
                              [f"{CAFE}\n{CAFE}"]),
    "utf16-le-bom": (b"\xff\xfe" + CAFE_PAGE.encode("utf-16-le"), [CAFE, PARAGRAPH]),
    "utf16-be-bom": (b"\xfe\xff" + CAFE_PAGE.encode("utf-16-be"), [CAFE, PARAGRAPH]),
    "utf16-le-no-bom": (CAFE_PAGE.encode("utf-16-le"), [CAFE, PARAGRAPH]),
    "utf16-be-no-bom": (CAFE_PAGE.encode("utf-16-be"), [CAFE, PARAGRAPH]),
    "utf16-text-no-bom": (f"{CAFE}\n{PARAGRAPH}\n".encode("utf-16-le"), [CAFE, PARAGRAPH]),
    "meta-utf8-but-cp1252": (html_page(f"<p>{CAFE}</p>", '<meta charset="utf-8">')
                             .encode("cp1252"), [CAFE]),
    "meta-latin1-but-utf8": (html_page(f"<p>{CAFE}</p>", '<meta charset="iso-8859-1">')
                             .encode("utf-8"), [CAFE]),
    "meta-utf16-on-ascii-bytes": (html_page(f"<p>{CAFE}</p>", '<meta charset="utf-16">')
                                  .encode("utf-8"), [CAFE]),
    "meta-unknown-charset": (html_page(f"<p>{CAFE}</p>", '<meta charset="x-klingon">')
                             .encode("utf-8"), [CAFE]),
    "meta-shift-jis-but-cp1252": (html_page(f"<p>{CAFE}</p>", '<meta charset="shift_jis">')
                                  .encode("cp1252"), ["Caf"]),
    "truncated-utf8-at-the-end": (f"{PARAGRAPH}\n{CAFE}".encode()[:-1], [PARAGRAPH]),
}


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_broken_encodings_decode_with_replacement(name: str) -> None:
    data, expected = ENCODINGS[name]
    doc = extract_within(QUICK_SECONDS, data)
    for text in expected:
        assert text in texts(doc), (text, texts(doc))


# -- NUL bytes and lone surrogates ------------------------------------------------------------


def test_nul_bytes_in_a_text_dump_stay_in_place() -> None:
    page = f"Kop\x00 van het stuk\n{PARAGRAPH}\x00\n\x00\n{PARAGRAPH}\n"
    doc = extract_within(QUICK_SECONDS, page)
    assert [b.text for b in doc.blocks][:2] == ["Kop\x00 van het stuk", f"{PARAGRAPH}\x00"]
    for block in doc.blocks:
        assert page[block.start:block.end] == block.text


def test_nul_bytes_in_html_bytes_do_not_end_the_page() -> None:
    page = article("<p>Na de nul\x00 komt nog tekst.</p>").encode("utf-8")
    doc = extract_within(QUICK_SECONDS, page)
    assert "Na de nul" in texts(doc)
    assert f"{PARAGRAPH} (3)" in texts(doc)


def test_lone_surrogates_in_a_text_dump_become_replacement_characters() -> None:
    page = f"Kop \ud800 van het stuk\n{PARAGRAPH} \udfff\n"
    doc = extract_within(QUICK_SECONDS, page)
    repaired = page.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert [b.text for b in doc.blocks] == ["Kop \ufffd van het stuk", f"{PARAGRAPH} \ufffd"]
    for block in doc.blocks:
        assert repaired[block.start:block.end] == block.text
    assert any("surrogate" in w for w in doc.warnings)


def test_lone_surrogates_in_html_do_not_end_the_page() -> None:
    doc = extract_within(QUICK_SECONDS, article("<p>Een half teken \udc80 hier.</p>"))
    assert "Een half teken \ufffd hier." in texts(doc)
    assert f"{PARAGRAPH} (3)" in texts(doc)


# -- entities: no expansion, nothing external -------------------------------------------------

LAUGHS = "".join(
    f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n else "lol"}">' for n in range(10))
BOMBS = {
    "billion-laughs": f"<!DOCTYPE html [{LAUGHS}]>"
                      "<html><body><h1>&lol9;</h1><p>&lol9; &lol8;</p></body></html>",
    "billion-laughs-xhtml": f'<?xml version="1.0"?>\n<!DOCTYPE html [{LAUGHS}]>'
                            '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol9;</p>'
                            "</body></html>",
    "quadratic-blowup": '<!DOCTYPE html [<!ENTITY a "' + "a" * 100_000 + '">]><html><body><p>'
                        + "&a;" * 10_000 + "</p></body></html>",
}


@pytest.mark.parametrize("form", ["str", "bytes"])
@pytest.mark.parametrize("name", list(BOMBS))
def test_entity_bombs_stay_small(name: str, form: str) -> None:
    page = BOMBS[name]
    doc = extract_within(QUICK_SECONDS, page if form == "str" else page.encode("utf-8"))
    assert "lol" * 20 not in doc.to_json()
    assert len(doc.to_json()) < 2 * len(page) + 10_000


EXTERNAL = {
    "general-entity": '<!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}">]>'
                      "<html><body><h1>Kop &xxe;</h1><p>Tekst &xxe; hier.</p></body></html>",
    "parameter-entity": '<!DOCTYPE html [<!ENTITY % xxe SYSTEM "{url}"> %xxe;]>'
                        "<html><body><p>Tekst hier.</p></body></html>",
    "xml-declared": '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}">]>'
                    '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&xxe;</p></body></html>',
    "external-dtd": '<!DOCTYPE html SYSTEM "{url}"><html><body><p>&xxe;</p></body></html>',
    "xinclude": '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
                '<p><xi:include href="{url}" parse="text"/></p></body></html>',
    "resources": '<html><head><link rel="stylesheet" href="{url}"><script src="{url}"></script>'
                 '</head><body><img src="{url}"><iframe src="{url}"></iframe>'
                 '<object data="{url}"></object><p>Tekst hier.</p></body></html>',
}


@pytest.mark.parametrize("name", list(EXTERNAL))
def test_external_files_are_never_read(name: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{SECRET}-uit-een-bestand\n", encoding="utf-8")
    page = EXTERNAL[name].format(url=secret.as_uri())
    for source in (page, page.encode("utf-8")):
        doc = extract_within(QUICK_SECONDS, source)
        assert SECRET not in doc.to_json()


@pytest.mark.parametrize("name", list(EXTERNAL))
def test_nothing_is_fetched_from_the_network(name: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        url = f"http://127.0.0.1:{server.getsockname()[1]}/secret.dtd"
        extract_within(QUICK_SECONDS, EXTERNAL[name].format(url=url))
        server.settimeout(0.05)
        with pytest.raises(TimeoutError):
            server.accept()


# -- comments, processing instructions and CDATA ----------------------------------------------

MARKUP_NOT_TEXT = {
    "comment-in-head": (f"<!-- {SECRET} -->", ""),
    "comment-between-paragraphs": ("", f"<!-- {SECRET} een lange zin in commentaar die als "
                                       "alinea van het artikel zou kunnen gelden -->"),
    "comment-inside-a-paragraph": ("", f"<p>Zichtbaar <!-- {SECRET} --> en zichtbaar.</p>"),
    "comment-holding-markup": ("", f"<!-- <p>{SECRET} in een alinea in commentaar.</p> -->"),
    "conditional-comment": ("", f"<!--[if IE]><p>{SECRET} alleen voor oude browsers.</p>"
                                "<![endif]-->"),
    "processing-instruction": ("", f'<?php echo "{SECRET}"; ?>'),
    "xml-stylesheet-pi": ('<?xml-stylesheet href="style.xsl"?>', f"<?{SECRET} data?>"),
    "cdata-in-body": ("", f"<![CDATA[{SECRET} in cdata]]>"),
    "cdata-in-paragraph": ("", f"<p>Voor <![CDATA[{SECRET}]]> na.</p>"),
    "cdata-in-svg": ("", f"<svg><text><![CDATA[{SECRET}]]></text></svg>"),
    "comment-before-doctype": ("", ""),
}


@pytest.mark.parametrize("name", list(MARKUP_NOT_TEXT))
def test_comments_pis_and_cdata_never_become_text(name: str) -> None:
    head, middle = MARKUP_NOT_TEXT[name]
    page = article(middle).replace("<head>", f"<head>{head}", 1)
    if name == "comment-before-doctype":
        page = f"<!-- {SECRET} -->\n{page}"
    doc = extract_within(QUICK_SECONDS, page)
    assert SECRET not in doc.to_json()
    assert f"{PARAGRAPH} (3)" in doc.body


# -- catastrophic regexes in user rules -------------------------------------------------------

EVIL_SET = '''
import json, time
import newsclean
from newsclean.rules import parse_rules
rules = parse_rules("""
[ruleset]
id = "evil"
why = "a rule set with a catastrophic pattern"
{header}
[[rule]]
id = "evil.{kind}.slow"
why = "backtracks exponentially on a long run of a's"
{rule}
""", path="evil.toml")
page = {page}
started = time.perf_counter()
doc = newsclean.extract(page, rules=rules)
print(json.dumps({{"seconds": time.perf_counter() - started, "warnings": doc.warnings,
                  "labels": [b.label.value for b in doc.blocks], "title": doc.title,
                  "rulesets": doc.rulesets}}))
'''
A_LINE = '"a" * 5000 + "!"'
TEXT_WITH_A_LINE = f'"Kop van het artikel over de brand\\n" + {A_LINE} + "\\n" + {PARAGRAPH!r}'
TEXT_WITH_A_REGION = (f'"Kop van het artikel over de brand\\n" + {PARAGRAPH!r}'
                      f' + "\\nMeer nieuws\\n" + {A_LINE}'
                      ' + "\\nNog een kop van een ander artikel\\n"')
HTML_WITH_A_LINE = (f'"<html><body><h1>Kop van het artikel over de brand</h1><p>" + {A_LINE} + '
                    f'"</p><p>" + {PARAGRAPH!r} * 3 + "</p></body></html>"')
CATASTROPHIC = {
    "match-on-text": ("", "promo", "pattern = '(a+)+$'\nlabel = 'promo'", TEXT_WITH_A_LINE),
    "match-on-html": ("", "promo", "pattern = '(a+)+$'\nlabel = 'promo'", HTML_WITH_A_LINE),
    "split": ("", "split", "kind = 'split'\npattern = '(a|a)+$'", TEXT_WITH_A_LINE),
    "region-until": ("", "region", "kind = 'region'\npattern = '^Meer nieuws$'\nlabel = 'chrome'\n"
                     "inner_label = 'teaser'\nuntil = '(a+)+$'", TEXT_WITH_A_REGION),
}


@pytest.mark.parametrize("name", list(CATASTROPHIC))
def test_a_catastrophic_user_regex_is_skipped_with_a_warning(name: str) -> None:
    header, kind, rule, page = CATASTROPHIC[name]
    result = in_child(20, EVIL_SET.format(header=header, kind=kind, rule=rule, page=page))
    assert result["seconds"] < QUICK_SECONDS
    assert any(f"evil.{kind}.slow" in w and "timed out" in w for w in result["warnings"])
    assert "body" in result["labels"], "extraction did not go on after the timeout"


def test_a_catastrophic_fingerprint_counts_as_absent() -> None:
    script = EVIL_SET.format(header="fingerprints = ['(a+)+$']", kind="promo",
                             rule="pattern = '^Kop'\nlabel = 'promo'", page=TEXT_WITH_A_LINE)
    result = in_child(20, script)
    assert result["seconds"] < QUICK_SECONDS
    assert "evil" not in result["rulesets"]


def test_a_catastrophic_regex_costs_one_timeout_not_one_per_line() -> None:
    lines = '"".join("a" * (5000 + i) + "!\\n" for i in range(40))'
    page = f'"Kop van het artikel over de brand\\n" + {lines} + {PARAGRAPH!r}'
    script = EVIL_SET.format(header="", kind="promo", rule="pattern = '(a+)+$'\nlabel = 'promo'",
                             page=page)
    result = in_child(SCREEN_SECONDS, script)
    assert result["seconds"] < SCREEN_SECONDS
