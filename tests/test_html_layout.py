"""The HTML layout on a page no rule set knows: the scorer's article, the frame around it."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Label

HTML_DATA = Path(__file__).parent / "data" / "html"
BLOG = (HTML_DATA / "blog-post.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def blog() -> newsclean.Document:
    return newsclean.extract(BLOG)


def labels(doc: newsclean.Document) -> dict[str, Label]:
    return {block.text: block.label for block in doc.blocks}


def test_the_article_is_found_with_its_heading(blog: newsclean.Document) -> None:
    assert blog.title == "How the old mill was saved"
    assert blog.headings == ("A wheel that turns again",)
    paragraphs = blog.body.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("For thirty years the old mill")
    assert paragraphs[-1].startswith("On Saturday it turned")


def test_hidden_text_comments_and_scripts_are_not_the_article(blog: newsclean.Document) -> None:
    assert "hidden" not in blog.body
    assert "wonderful story" not in blog.body
    assert "querySelector" not in blog.to_json()


@pytest.mark.parametrize(("text", "label"), [
    ("The Riverside Gazette", Label.CHROME),
    ("Subscribe", Label.PROMO),
    ("By Jane Miller 14 May 2024", Label.BYLINE),
    ("The mill after the new roof went on. Photo: Tom Hale", Label.CAPTION),
    ("Share on Facebook Share on X", Label.CHROME),
    ("Most read", Label.CHROME),
    ("The bridge that nobody wanted is finally finished", Label.TEASER),
    ("Privacy", Label.CHROME),
])
def test_the_frame_gets_its_labels(blog: newsclean.Document, text: str, label: Label) -> None:
    assert labels(blog)[text] is label


def test_teasers_are_one_card_per_list_item_with_an_absolute_url(
        blog: newsclean.Document) -> None:
    assert [(t.title, t.url) for t in blog.teasers] == [
        ("The bridge that nobody wanted is finally finished",
         "https://gazette.example/2024/05/bridge"),
        ("Saturday market moves to the square for the summer",
         "https://gazette.example/2024/05/market"),
    ]


def test_every_html_block_names_a_rule_or_heuristic(blog: newsclean.Document) -> None:
    rule_ids = {r.id for s in newsclean.builtin_rulesets() for r in s.rules}
    assert all(b.rule in rule_ids or b.rule.startswith("heuristic.html.") for b in blog.blocks)


def test_the_canonical_url_selects_the_site_rule_set() -> None:
    page = (Path(__file__).parent.parent / "seeds" / "nu.nl__compensatie-vertraging-trein.html")
    doc = newsclean.extract(page.read_text(encoding="utf-8"))
    assert "nu" in doc.rulesets
    assert doc.byline == "Door: NU.nl/ANP"


def test_a_listing_page_has_no_article() -> None:
    cards = "".join(f'<li><a href="/{n}">Kop van een artikel over het klimaat ({n})</a>'
                    "<p>Een korte samenvatting van dit artikel over het klimaat en de stad.</p>"
                    "</li>" for n in range(6))
    page = ('<html><head><meta property="og:type" content="website"></head><body>'
            f"<h1>Klimaat</h1><ul>{cards}</ul></body></html>")
    doc = newsclean.extract(page)
    assert doc.body == ""
    assert not doc.is_article


def test_a_page_in_an_unspaced_script_has_its_article_found() -> None:
    sentence = ("先日、不正に改造した携帯電話を販売したとして"
                "男性が逮捕されたというニュースを耳にしました。")
    page = ("<html><body><nav><a href='/'>ホーム</a></nav><h1>商品の改造について</h1>"
            f"<div class='entry'><p>{sentence}</p><p>{sentence}</p><p>{sentence}</p></div>"
            "</body></html>")
    assert newsclean.extract(page).body.count(sentence) == 3
