"""HTML pages into blocks: the seed labellers' block rule, visibility, and the DOM context."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean.html.blocks import segment_tree
from newsclean.html.parse import parse_html
from newsclean.html.visibility import drop_invisible

from conftest import SEEDS, read_gold

HTML_SEEDS = sorted(SEEDS.glob("*.html"))


def blocks_of(page: str) -> list[str]:
    root = parse_html(page).root
    drop_invisible(root)
    body = root.find("body")
    return [slot.text for slot in segment_tree(body if body is not None else root).slots]


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("seed", HTML_SEEDS, ids=lambda p: p.stem)
def test_blocks_are_the_hand_labelled_segments(seed: Path) -> None:
    """Every block is one gold segment, or consecutive segments that a labeller split it into
    (whitespace aside: where HTML puts spaces between inline elements is not visible)."""
    gold = [squeeze(text) for _, text in read_gold(seed.with_suffix(".tsv"))]
    position = 0
    for block in blocks_of(seed.read_text(encoding="utf-8")):
        covered = ""
        while position < len(gold) and len(covered) < len(squeeze(block)):
            covered += gold[position]
            position += 1
        assert covered == squeeze(block), f"block {block!r} is not the next gold segment(s)"
    assert position == len(gold), f"gold segments left over: {gold[position:position + 3]}"


@pytest.mark.parametrize(("markup", "blocks"), [
    ("<p>een <b>vet</b> woord</p>", ["een vet woord"]),
    ("<div>boven<br>onder</div>", ["boven", "onder"]),
    ("<div>voor<p>midden</p>na</div>", ["voor", "midden", "na"]),
    ("<ul><li>een</li><li>twee</li></ul>", ["een", "twee"]),
    ("<table><tr><td>cel 1</td><td>cel 2</td></tr></table>", ["cel 1", "cel 2"]),
    ("<blockquote>citaat</blockquote>", ["citaat"]),
    ("<p>a&amp;b &eacute;&#233; &nbsp;c</p>", ["a&b éé c"]),
    ("<p>  veel \n\t  witruimte  </p>", ["veel witruimte"]),
    ("<span>los</span><span>geplakt</span>", ["losgeplakt"]),
])
def test_the_block_rule(markup: str, blocks: list[str]) -> None:
    assert blocks_of(f"<html><body>{markup}</body></html>") == blocks


@pytest.mark.parametrize("markup", [
    "<script>zichtbaar()</script>", "<style>.x{}</style>", "<noscript>geen js</noscript>",
    "<template><p>sjabloon</p></template>", "<p hidden>verborgen</p>",
    "<p aria-hidden='true'>verborgen</p>", "<div style='display: none'><p>verborgen</p></div>",
    "<p style='VISIBILITY:hidden'>verborgen</p>", "<!-- commentaar -->", "<?pi instructie?>",
    "<![CDATA[cdata]]>", "<svg><title>icoon</title></svg>",
])
def test_what_a_reader_never_sees_is_no_block(markup: str) -> None:
    assert blocks_of(f"<html><body><p>voor</p>{markup}<p>na</p></body></html>") == ["voor", "na"]


def test_the_text_after_a_hidden_element_stays() -> None:
    page = "<html><body><p>begin <span hidden>weg</span>en einde</p></body></html>"
    assert blocks_of(page) == ["begin en einde"]


def test_a_block_knows_its_place_in_the_dom() -> None:
    page = """<html><body><main><article class="story">
        <h2 class="title">Kop</h2>
        <ul class="related-list"><li><a href="/x">Een <b>link</b></a> en tekst</li></ul>
        </article></main><footer>Voet</footer></body></html>"""
    root = parse_html(page).root
    slots = segment_tree(root.find("body")).slots
    heading, item, foot = (slot.dom for slot in slots)
    assert heading is not None
    assert item is not None
    assert foot is not None
    assert (heading.tag, heading.heading, heading.containers) == ("h2", 2, {"main", "article"})
    assert item.tag == "li"
    assert item.item is not None
    assert slots[1].url == "/x"
    assert 0.4 < item.link_density < 0.6
    assert [h.value for h in item.hints][:1] == ["related"]
    assert foot.within("footer")
    assert [slot.dom.order for slot in slots if slot.dom] == [0, 1, 2]


def test_html_blocks_carry_no_span_into_the_input() -> None:
    doc = newsclean.extract("<html><body><p>Een alinea van het artikel.</p></body></html>")
    assert doc.kind == "html"
    assert all(block.span is None for block in doc.blocks)


def test_a_page_nested_3000_deep_is_read_flat_with_a_warning() -> None:
    page = "<html><body>" + "<div>" * 3000 + "diep" + "</div>" * 3000 + "<p>na</p></body></html>"
    doc = newsclean.extract(page)
    assert [block.text for block in doc.blocks] == ["diep", "na"]
    assert any("libxml2 gave up" in warning for warning in doc.warnings)
