"""DOM rules: an ``xpath`` field beside ``pattern``, validated at load, applied on HTML pages."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, RuleSetError
from newsclean.rules import parse_rules

HEADER = '[ruleset]\nid = "mijn"\nwhy = "test"\n'
PAGE = """<html><body>
<h1>Gemeente opent nieuw zwembad in de wijk</h1>
<div class="tekst">
<p>Het nieuwe zwembad heeft een wedstrijdbad en een instructiebad, zegt de wethouder.</p>
<p>Lees ook: het oude bad gaat dicht</p></div>
<ul class="lijst"><li><a href="/a">Eerste ander artikel over de stad</a><div>10:15</div></li>
<li><a href="/b">Tweede ander artikel over de stad</a><div>09:40</div></li></ul>
</body></html>"""


def rules(body: str) -> newsclean.RuleSet:
    return parse_rules(HEADER + body, path="mijn.toml")


@pytest.mark.parametrize(("body", "field", "message"), [
    ('[[rule]]\nid = "mijn.x"\nwhy = "w"\nxpath = "//div[@class="\nlabel = "body"\n',
     "xpath", "bad XPath"),
    ('[[rule]]\nid = "mijn.x"\nwhy = "w"\nxpath = "//p[geen-functie(.)]"\nlabel = "body"\n',
     "xpath", "bad XPath"),
    ('[[rule]]\nid = "mijn.x"\nwhy = "w"\nxpath = "//x:p"\nlabel = "body"\n', "xpath", "bad XPath"),
    ('[[rule]]\nid = "mijn.x"\nwhy = "w"\nxpath = ""\nlabel = "body"\n', "xpath", "non-empty"),
    ('[[rule]]\nid = "mijn.x"\nwhy = "w"\nlabel = "body"\n', "pattern", "'pattern' or 'xpath'"),
    ('[[rule]]\nid = "mijn.x"\nkind = "split"\nwhy = "w"\nxpath = "//p"\n', "xpath",
     "unknown key"),
    ('[[rule]]\nid = "mijn.x"\nwhy = "w"\nxpath = "//p"\nposition = "after-title"\n'
     'label = "body"\n', "position", "no 'position'"),
])
def test_a_bad_dom_rule_is_a_located_error(body: str, field: str, message: str) -> None:
    with pytest.raises(RuleSetError) as caught:
        rules(body)
    error = caught.value
    assert (error.path, error.rule, error.field) == ("mijn.toml", "mijn.x", field)
    assert message in str(error)


def test_a_match_rule_labels_the_blocks_of_the_elements_it_selects() -> None:
    mine = rules('[[rule]]\nid = "mijn.chrome.tekst"\nwhy = "w"\n'
                 'xpath = \'//div[@class="tekst"]\'\npattern = \'^Lees ook\'\nlabel = "related"\n')
    doc = newsclean.extract(PAGE, rules=mine)
    decided = {b.text: (b.label, b.rule) for b in doc.blocks}
    assert decided["Lees ook: het oude bad gaat dicht"] == (Label.RELATED, "mijn.chrome.tekst")
    assert decided[
        "Het nieuwe zwembad heeft een wedstrijdbad en een instructiebad, zegt de wethouder."
    ][1] != "mijn.chrome.tekst"


def test_a_unit_rule_closes_each_element_as_one_teaser_card_with_its_url() -> None:
    mine = rules('[[rule]]\nid = "mijn.teaser.item"\nkind = "unit"\nwhy = "w"\n'
                 'xpath = \'//ul[@class="lijst"]/li\'\nlabel = "teaser"\npart = "title"\n')
    doc = newsclean.extract(PAGE, rules=mine, url="https://krant.example/x")
    cards = [t for t in doc.teasers if t.title and "ander artikel" in t.title]
    assert [(c.title, c.url) for c in cards] == [
        ("Eerste ander artikel over de stad", "/a"),
        ("Tweede ander artikel over de stad", "/b"),
    ]
    assert all(len(c.blocks) == 2 for c in cards)


def test_min_count_counts_selected_elements() -> None:
    mine = rules('[[rule]]\nid = "mijn.chrome.lijst"\nwhy = "w"\nxpath = "//ul/li"\n'
                 'min_count = 3\nlabel = "chrome"\n')
    doc = newsclean.extract(PAGE, rules=mine)
    assert all(b.rule != "mijn.chrome.lijst" for b in doc.blocks)


def test_dom_rules_do_nothing_on_a_text_dump() -> None:
    mine = rules('[[rule]]\nid = "mijn.chrome.alles"\nwhy = "w"\nxpath = "//*"\n'
                 'label = "chrome"\n')
    doc = newsclean.extract("Kop van het artikel\nEen alinea van het artikel met tekst.\n",
                            rules=mine)
    assert all(b.rule != "mijn.chrome.alles" for b in doc.blocks)


def test_a_site_dom_rule_wins_over_a_generic_text_rule() -> None:
    """DOM rules take their place among text rules in precedence order: the caller's set
    comes before the generic Dutch set, whose clock-time rule would label '10:15' a teaser."""
    page = PAGE.replace("<div>", "<div class='tijd'>")
    assert {b.text: b.rule for b in newsclean.extract(page).blocks}["10:15"] != "mijn.chrome.tijd"
    mine = rules('[[rule]]\nid = "mijn.chrome.tijd"\nwhy = "w"\n'
                 'xpath = \'//div[@class="tijd"]\'\nlabel = "chrome"\n')
    doc = newsclean.extract(page, rules=mine)
    assert {b.text: b.rule for b in doc.blocks}["10:15"] == "mijn.chrome.tijd"
