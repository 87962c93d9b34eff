"""Properties of ``extract`` on generated pages (hypothesis): it never raises, a text dump is
covered exactly, an HTML page's body holds only text a reader sees, and the output is the same
every time.

The strategies build what crawls bring: text dumps of Dutch news lines, glued lines, giant lines,
odd whitespace and control characters; HTML pages as random trees of real tags with random
attributes (hidden, inline styles, aria-hidden, classes that hint at boilerplate).
"""

from __future__ import annotations

import html
from typing import Any

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsclean
from newsclean import Document
from newsclean.labels import ARTICLE_LABELS

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=200)
HIDDEN_MARK = "VERBORGEN"
"""The text every hidden element opens with: it must never reach a block."""
SURROGATE = regex.compile(r"[\ud800-\udfff]")
WHITESPACE = regex.compile(r"\s+")
TOKEN = regex.compile(r"\w+")

# -- text dumps ------------------------------------------------------------------------------

NEWS_LINES = st.sampled_from([
    "Lees meer", "Lees ook:", "Door: Redactie", "36 minuten geleden", "Meer uit Binnenland",
    "21 oktober 2024 — 14:23", "Foto: ANP", "Steun WNL", "DEN HAAG (ANP) - ", "18:30",
    "Kijk de uitzending terug via NPO Start.", "Word lid van WNL", "Deel dit artikel",
    "Het kabinet wil dat gemeenten sneller woningen bouwen, zo blijkt uit een brief aan de Kamer.",
    "Inzet Noord-Koreaanse militairen in Oekraïne betekent ‘serieuze escalatie’",
    "Premium", "Binnenland", "Volg ons op Facebook", "Advertentie", "Reacties (12)",
])  # fmt: skip
ODD_CHARS = st.sampled_from(["\r", "\r\n", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u00a0",
                             "\x00", "\x1c", "\ufeff", "\u200b", " ", "\n\n\n"])
GLUED = st.tuples(NEWS_LINES, NEWS_LINES).map("".join)
GIANT = st.tuples(NEWS_LINES, st.integers(200, 2000)).map(lambda p: " ".join([p[0]] * p[1]))
LINES = st.one_of(NEWS_LINES, GLUED, st.text(max_size=60), ODD_CHARS, GIANT)
DUMPS = st.lists(st.tuples(LINES, st.sampled_from(["\n", "\r\n", "\r", "", " \n"])),
                 max_size=40).map(lambda parts: "".join(line + end for line, end in parts))
WITH_SURROGATES = st.text(alphabet=st.characters(codec=None, categories=["Cs", "Ll", "Zs", "Cc"]),
                          max_size=200)


def assert_covers(text: str, doc: Document) -> None:
    """Every non-whitespace character of ``text`` is in exactly one block, in order."""
    position = 0
    for block in doc.blocks:
        assert block.start is not None
        assert block.end is not None
        assert block.start >= position
        assert text[block.start:block.end] == block.text
        assert not text[position:block.start].strip()
        position = block.end
    assert not text[position:].strip()


def assert_stable(source: str | bytes, doc: Document) -> None:
    """Another call gives byte-identical JSON, and the JSON reads back as the same document."""
    json = doc.to_json()
    assert newsclean.extract(source).to_json() == json
    assert Document.from_json(json) == doc


@FUZZ
@given(DUMPS)
def test_text_dumps_are_covered_exactly(text: str) -> None:
    doc = newsclean.extract(text)
    if doc.kind == "text":
        assert_covers(text, doc)
    assert_stable(text, doc)


@FUZZ
@given(WITH_SURROGATES)
def test_lone_surrogates_are_covered_as_replacement_characters(text: str) -> None:
    doc = newsclean.extract(text)
    if doc.kind == "text":
        assert_covers(SURROGATE.sub("\ufffd", text), doc)
    doc.to_json().encode("utf-8")


@FUZZ
@given(DUMPS, st.sampled_from(["utf-8", "cp1252", "utf-16", "utf-16-le", "latin-1"]))
def test_encoded_dumps_never_raise(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    doc = newsclean.extract(data)
    assert_stable(data, doc)


# -- HTML pages ------------------------------------------------------------------------------

BLOCK_TAGS = ["div", "p", "section", "article", "aside", "nav", "header", "footer", "main",
              "ul", "ol", "li", "h1", "h2", "h3", "figure", "figcaption", "blockquote", "table",
              "tr", "td", "form", "button"]
INLINE_TAGS = ["a", "span", "b", "strong", "em", "i", "time", "small", "label"]
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "textarea", "select"]
CLASSES = ["article-body", "content", "related", "teaser", "share", "nav", "footer", "byline",
           "author", "caption", "promo", "newsletter", "ad", "comments", "card", "kicker",
           "has-sidebar", "text"]
HIDING = [{"hidden": ""}, {"style": "display:none"}, {"style": "DISPLAY : none !important"},
          {"style": "visibility: hidden"}, {"aria-hidden": "true"}]
SENTENCES = st.sampled_from([
    "Het kabinet wil dat gemeenten sneller woningen bouwen, zo blijkt uit een brief.",
    "De brand in de loods aan de Industrieweg was rond middernacht onder controle.",
    "Volgens de politie raakte niemand gewond.", "Lees ook", "Deel dit artikel", "Foto: ANP",
    "Door: Redactie", "21 oktober 2024", "36 minuten geleden", "Meer nieuws", "Premium",
    "Tom &amp; Jerry", "a < b", "Café één", "“citaat”",
])  # fmt: skip
WORDS = st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), min_size=1,
                max_size=30)
GIANT_TEXT = st.tuples(SENTENCES, st.integers(50, 400)).map(lambda p: " ".join([p[0]] * p[1]))
TEXTS = st.one_of(SENTENCES, WORDS.map(html.escape), GIANT_TEXT,
                  st.tuples(SENTENCES, SENTENCES).map("\n".join))
ATTRIBUTES = st.fixed_dictionaries({}, optional={
    "class": st.lists(st.sampled_from(CLASSES), min_size=1, max_size=3).map(" ".join),
    "id": st.sampled_from(CLASSES),
    "href": st.sampled_from(["/nieuws/1", "https://example.nl/a", "#"]),
    "style": st.sampled_from(["color: red", "display:block", "margin:0"]),
    "aria-hidden": st.just("false"),
    "itemprop": st.sampled_from(["articleBody", "author", "datePublished"]),
})


def element(tag: str, attributes: dict[str, str], children: list[str]) -> str:
    attrs = "".join(f' {name}="{html.escape(value)}"' if value else f" {name}"
                    for name, value in attributes.items())
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


def _nodes(children: Any) -> Any:
    hidden = st.tuples(st.sampled_from(BLOCK_TAGS + INLINE_TAGS), st.sampled_from(HIDING),
                       children).map(lambda t: element(t[0], t[1], [f"{HIDDEN_MARK} ", *t[2]]))
    visible = st.tuples(st.sampled_from(BLOCK_TAGS + INLINE_TAGS), ATTRIBUTES, children).map(
        lambda t: element(*t))
    invisible = st.tuples(st.sampled_from(INVISIBLE_TAGS), children).map(
        lambda t: element(t[0], {}, [f"{HIDDEN_MARK} ", *t[1]]))
    return st.one_of(visible, visible, hidden, invisible)


TREES = st.recursive(TEXTS | st.sampled_from(["<br>", "<hr>", "<img src='x.jpg' alt='foto'>"]),
                     lambda children: _nodes(st.lists(children, max_size=6)), max_leaves=40)
PAGES = st.tuples(st.lists(TREES, min_size=1, max_size=6), SENTENCES).map(
    lambda t: f"<!DOCTYPE html><html><head><title>{t[1]}</title></head>"
              f"<body>{''.join(t[0])}</body></html>")


NEVER_SHOWN = ("head", "title", "script", "style", "noscript", "template", "svg", "math",
               "iframe", "object", "embed", "canvas", "video", "audio", "select", "textarea")
"""Elements a browser shows no text of (form fields and embeds show a box, not text)."""
HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def squeezed(text: str) -> str:
    return WHITESPACE.sub("", text)


def visible_text(page: str) -> str:
    """The text a reader sees on ``page``, without whitespace: what ``NEVER_SHOWN`` elements,
    comments, processing instructions and hidden elements (``hidden``, ``aria-hidden="true"``,
    ``display: none``, ``visibility: hidden``) hold is gone, the text after them stays."""
    parser = etree.HTMLParser(huge_tree=True, no_network=True)
    root = etree.fromstring(page, parser)
    if root is None:
        return ""
    doomed = [e for e in root.iter() if not isinstance(e.tag, str) or e.tag in NEVER_SHOWN
              or e.get("hidden") is not None or e.get("aria-hidden") == "true"
              or HIDING_STYLE.search(e.get("style") or "")]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            if element.tail:
                previous = element.getprevious()
                if previous is not None:
                    previous.tail = (previous.tail or "") + element.tail
                else:
                    parent.text = (parent.text or "") + element.tail
            parent.remove(element)
    return squeezed("".join(root.itertext()))


@FUZZ
@given(PAGES)
def test_html_body_holds_only_visible_text(page: str) -> None:
    doc = newsclean.extract(page)
    seen = visible_text(page)
    for block in doc.blocks:
        if block.label in ARTICLE_LABELS:
            unseen = [token for token in TOKEN.findall(block.text) if token not in seen]
            assert not unseen, (unseen, block.text)
            assert squeezed(block.text) in seen, block.text
    if HIDDEN_MARK not in seen:
        assert all(HIDDEN_MARK not in block.text for block in doc.blocks)
    assert_stable(page, doc)


@FUZZ
@given(PAGES, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_html_bytes_never_raise(page: str, encoding: str) -> None:
    data = page.encode(encoding, errors="replace")
    doc = newsclean.extract(data)
    assert_stable(data, doc)
