"""What an HTML page declares about itself: title, authors, date, canonical url, language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import newsclean
from newsclean.html.jsonld import linked_article
from newsclean.html.meta import title_without_site

HTML_DATA = Path(__file__).parent / "data" / "html"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def page(head: str, body: str = "<p>Een alinea.</p>", lang: str = "nl") -> str:
    return f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"


def test_the_blog_post_fixture_declares_everything() -> None:
    doc = newsclean.extract((HTML_DATA / "blog-post.html").read_text(encoding="utf-8"))
    assert doc.title == "How the old mill was saved"
    assert doc.authors == ("Jane Miller", "Tom Hale")
    assert doc.date == datetime(2024, 5, 14, 10, 30, tzinfo=AMSTERDAM)
    assert doc.canonical_url == "https://gazette.example/2024/05/old-mill"
    assert doc.language == "en-GB"


def test_the_declared_fields_survive_the_json_round_trip() -> None:
    doc = newsclean.extract((HTML_DATA / "blog-post.html").read_text(encoding="utf-8"))
    again = newsclean.Document.from_json(doc.to_json())
    assert again == doc
    assert again.to_dict()["canonical_url"] == doc.canonical_url


@pytest.mark.parametrize(("head", "date"), [
    ('<meta property="article:published_time" content="2024-11-04T10:15:22+01:00">',
     datetime(2024, 11, 4, 10, 15, 22, tzinfo=AMSTERDAM)),
    ('<script type="application/ld+json">{"@type": "NewsArticle", '
     '"datePublished": "2024-11-04T09:15:22Z"}</script>',
     datetime(2024, 11, 4, 10, 15, 22, tzinfo=AMSTERDAM)),
    ('<meta name="pubdate" content="2024-11-04">', datetime(2024, 11, 4, tzinfo=AMSTERDAM)),
])
def test_the_date_comes_from_structured_data(head: str, date: datetime) -> None:
    assert newsclean.extract(page(head)).date == date


def test_a_time_element_dates_a_page_without_metadata() -> None:
    body = ('<article><h1>Kop van het artikel</h1><time datetime="2024-03-12T06:00:00+01:00">'
            "12 maart 2024</time><p>" + "Een zin over het nieuws van vandaag. " * 5
            + "</p></article>")
    assert newsclean.extract(page("", body)).date == datetime(2024, 3, 12, 6, 0, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Treinreizigers krijgen geld terug | NU - Het laatste nieuws", None,
     "Treinreizigers krijgen geld terug"),
    ("De Standaard | Klimaattop mislukt opnieuw in Bakoe", "De Standaard",
     "Klimaattop mislukt opnieuw in Bakoe"),
    ("Kort", None, "Kort"),
])
def test_the_site_name_comes_off_the_page_title(title: str, site: str | None,
                                                  expected: str) -> None:
    assert title_without_site(title, site) == expected


def test_json_ld_is_read_from_graphs_and_lists_and_bad_json_is_skipped() -> None:
    linked = linked_article([
        "{not json",
        '[{"@type": "Organization", "name": "Krant"}, {"@graph": [{"@type": ["Thing", '
        '"ReportageNewsArticle"], "headline": "Kop", "author": "Piet", '
        '"articleBody": "De tekst.", "inLanguage": "nl-BE"}]}]',
    ])
    assert (linked.headline, linked.authors, linked.body, linked.language) == (
        "Kop", ("Piet",), "De tekst.", "nl-BE")


def test_a_collection_page_is_a_listing() -> None:
    linked = linked_article(['{"@type": "CollectionPage", "name": "Klimaat"}'])
    assert linked.listing
    assert linked.headline is None


def test_microdata_completes_what_the_head_does_not_say() -> None:
    body = ('<article><h1 itemprop="headline">Kop uit microdata</h1>'
            '<span itemprop="author">Anna de Vries</span>'
            '<meta itemprop="datePublished" content="2023-02-01T08:00:00+01:00">'
            "<p>" + "Een zin over het nieuws van vandaag. " * 5 + "</p></article>")
    doc = newsclean.extract(page("", body))
    assert doc.title == "Kop uit microdata"
    assert doc.authors == ("Anna de Vries",)
    assert doc.date == datetime(2023, 2, 1, 8, 0, tzinfo=AMSTERDAM)


def test_a_text_dump_declares_nothing() -> None:
    doc = newsclean.extract("Kop van het artikel\nEen alinea van het artikel met tekst.\n")
    assert (doc.canonical_url, doc.language) == (None, None)


def test_a_utc_declaration_of_the_local_time_shown_is_read_as_local() -> None:
    head = '<meta property="article:published_time" content="2024-10-21T14:23:00+00:00">'
    body = ("<article><h1>Kop van het artikel</h1><p class='date'>21 oktober 2024 — 14:23</p>"
            "<p>" + "Een zin over het nieuws van vandaag. " * 5 + "</p></article>")
    assert newsclean.extract(page(head, body)).date == datetime(2024, 10, 21, 14, 23,
                                                                 tzinfo=AMSTERDAM)
    assert newsclean.extract(page(head)).date == datetime(2024, 10, 21, 16, 23, tzinfo=AMSTERDAM)


def test_a_listing_page_gets_no_title_from_its_metadata() -> None:
    doc = newsclean.extract(page('<meta property="og:title" content="Klimaat | De Krant">',
                                 "<ul><li><a href='/a'>Een kop</a></li></ul>"))
    assert doc.title is None


def test_a_set_written_for_dutch_is_left_out_on_a_page_in_english() -> None:
    from newsclean.rules import parse_rules

    dutch = parse_rules('[ruleset]\nid = "mijn"\nwhy = "w"\nlanguages = ["nl"]\n[[rule]]\n'
                        'id = "mijn.chrome.kop"\nwhy = "w"\npattern = "^Kop"\nlabel = "chrome"\n')
    body = "<h1>Kop van het artikel</h1><p>" + "Een zin over het nieuws. " * 5 + "</p>"
    for lang, applies in (("nl-BE", True), ("en", False)):
        doc = newsclean.extract(page("", body, lang=lang), rules=dutch)
        assert ("mijn" in doc.rulesets) is applies
    assert "mijn" in newsclean.extract("Kop van het artikel\n", rules=dutch).rulesets


def test_a_language_must_be_a_primary_subtag() -> None:
    from newsclean.rules import parse_rules

    with pytest.raises(newsclean.RuleSetError, match="languages"):
        parse_rules('[ruleset]\nid = "mijn"\nwhy = "w"\nlanguages = ["Dutch"]\n')
