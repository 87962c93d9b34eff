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


PARAGRAPHS = (
    "De gemeente heeft dinsdag besloten dat de oude brug over de rivier volgend jaar wordt "
    "gesloopt.",
    "Volgens de wethouder is de brug niet meer veilig genoeg voor het drukke verkeer in de stad.",
    "Bewoners van de wijk reageren verdeeld op het besluit en willen meer inspraak bij de plannen.",
    "Een nieuwe brug moet over drie jaar klaar zijn en kost naar schatting twintig miljoen euro.",
    "De provincie betaalt een deel van de kosten, de rest komt uit de begroting van de gemeente.",
)


def article_page(article: str, *, head: str = "",
                 menu: str = "<li><a href='/nieuws'>Nieuws</a></li>") -> str:
    """A page with a menu, a headline and ``article`` (markup) under it."""
    return (f"<html><head><title>Oude brug wordt gesloopt</title>{head}</head><body>"
            f"<nav><ul><li><a href='/'>Home</a></li>{menu}</ul></nav>"
            f"<main><h1>Oude brug wordt gesloopt</h1>{article}</main></body></html>")


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_a_named_link_inside_a_paragraph_leaves_the_paragraph_in_the_article() -> None:
    linked = "Lees meer over <a class='tag' href='/tag/verkeer'>verkeer</a> in de stad."
    page = article_page(paragraphs(PARAGRAPHS[0], linked, *PARAGRAPHS[1:]) +
                        "<p><span class='tags'>Verkeer, Gemeente</span></p>")
    found = labels(newsclean.extract(page))
    assert found["Lees meer over verkeer in de stad."] is Label.BODY
    assert found["Verkeer, Gemeente"] is not Label.BODY  # the named element is all its block


def test_the_second_opinion_takes_no_menu_link_outside_the_article() -> None:
    menu = "<li><a href='/dossier/brug'>de oude brug over de rivier</a></li>"
    doc = newsclean.extract(article_page(paragraphs(*PARAGRAPHS[:2]), menu=menu))
    assert labels(doc)["de oude brug over de rivier"] is not Label.BODY
    assert doc.body.startswith(PARAGRAPHS[0])


def test_a_written_out_web_address_is_the_article_s_text() -> None:
    address = "https://www.example.org/rapport-brug"
    page = article_page(paragraphs(*PARAGRAPHS[:2], "Het rapport staat op") +
                        f"<p><a href='{address}'>{address}</a></p>" + paragraphs(*PARAGRAPHS[2:]))
    assert labels(newsclean.extract(page))[address] is Label.BODY


def test_a_subheading_after_the_text_is_not_the_headline() -> None:
    named = "Gemeente: oude brug wordt gesloopt"
    page = (f"<html><head><meta property='og:title' content='{named}'></head><body>"
            "<article><h2>Oude brug wordt volgend jaar gesloopt</h2><div>"
            f"{paragraphs(*PARAGRAPHS[:2])}<h2>{named}</h2>{paragraphs(*PARAGRAPHS[2:])}"
            "</div></article></body></html>")
    found = labels(newsclean.extract(page))
    assert found["Oude brug wordt volgend jaar gesloopt"] is Label.TITLE
    assert found[named] is Label.HEADING


def test_running_text_alone_under_a_picture_is_its_caption() -> None:
    caption = ("De oude brug, gezien vanaf de noordelijke oever. Hij wordt volgend jaar "
               "gesloopt.")
    page = article_page(paragraphs(*PARAGRAPHS[:2]) +
                        f"<div><img src='/brug.jpg'><p>{caption}</p></div>" +
                        f"<div><img src='/kaart.png'>{paragraphs(*PARAGRAPHS[2:])}</div>")
    found = labels(newsclean.extract(page))
    assert found[caption] is Label.CAPTION
    assert found[PARAGRAPHS[2]] is Label.BODY  # not alone in its element: the article's text


def test_a_quote_stays_in_the_article_whatever_its_wrapper_is_named() -> None:
    quote = "Deze brug heeft de stad honderd jaar gediend, het is tijd voor iets nieuws, zei hij."
    comment = "Eindelijk, die brug was al jaren een gevaar voor iedereen die erover moest fietsen."
    page = article_page(paragraphs(*PARAGRAPHS[:2]) +
                        f"<div class='video-embed'><blockquote><p>{quote}</p></blockquote></div>" +
                        paragraphs(*PARAGRAPHS[2:]) +
                        f"<div class='comments'><blockquote><p>{comment}</p></blockquote></div>")
    found = labels(newsclean.extract(page))
    assert found[quote] is Label.BODY
    assert found[comment] is not Label.BODY
