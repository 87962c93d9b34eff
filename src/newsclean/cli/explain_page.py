"""The explain page: one self-contained HTML file showing a page's blocks, coloured by label.

The file has no scripts and no external assets (a Content-Security-Policy forbids both), and
every piece of page text is HTML-escaped. Each block shows its label, the id of the rule that
decided it and that rule's ``why``; a legend gives each label's colour and count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from html import escape

from ..document import Block, Document
from ..labels import Label
from ..rules.model import Rule
from .explanations import why_of

LABEL_COLOURS: Mapping[Label, tuple[str, str]] = {
    Label.TITLE: ("#fde68a", "#92400e"),
    Label.BYLINE: ("#99f6e4", "#115e59"),
    Label.DATE: ("#ddd6fe", "#5b21b6"),
    Label.BODY: ("#dcfce7", "#166534"),
    Label.HEADING: ("#d9f99d", "#3f6212"),
    Label.CAPTION: ("#fed7aa", "#9a3412"),
    Label.RELATED: ("#bae6fd", "#075985"),
    Label.TEASER: ("#c7d2fe", "#3730a3"),
    Label.PROMO: ("#fecaca", "#b91c1c"),
    Label.CHROME: ("#e5e7eb", "#374151"),
}
"""Label → (background, border and badge colour). Text is near-black on every background."""

TEXT_COLOUR = "#111827"
"""Near-black: at least 12:1 contrast on every label background."""

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; color: %(text)s; background: #fff;
       margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
.source { color: #374151; margin: 0 0 1rem; word-break: break-all; }
.legend ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; }
.legend li { display: flex; align-items: center; gap: .35rem; padding: .15rem .5rem;
             border: 1px solid #d1d5db; border-radius: .3rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: .2rem;
          border: 2px solid; }
.count { font-weight: 600; }
.warnings { background: #fef3c7; border: 1px solid #b45309; padding: .5rem 1rem; }
ol.blocks { list-style: none; padding: 0; margin: 1rem 0 0; }
.block { margin: 0 0 .35rem; padding: .35rem .7rem; border-left: .4rem solid;
         border-radius: .25rem; }
.meta { font-size: .8rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.number { color: #4b5563; min-width: 2rem; }
.badge { color: #fff; font-weight: 700; padding: 0 .4rem; border-radius: .2rem; }
.rule { font-family: ui-monospace, monospace; }
.why { color: #374151; font-style: italic; }
.text { margin: .15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
"""


def _label_css() -> str:
    rules = []
    for label, (background, accent) in LABEL_COLOURS.items():
        rules.append(f".label-{label.value} {{ background: {background}; "
                     f"border-color: {accent}; }}")
        rules.append(f".label-{label.value} .badge {{ background: {accent}; }}")
        rules.append(f".legend .label-{label.value} .swatch {{ background: {background}; "
                     f"border-color: {accent}; }}")
        rules.append(f".legend li.label-{label.value} {{ background: #fff; }}")
    return "\n".join(rules)


def render_explain_page(doc: Document, *, source: str, rules: Mapping[str, Rule]) -> str:
    """The explain page of ``doc`` as HTML; ``source`` names the page in its header, and
    ``rules`` (by id) give the ``why`` of each block's rule."""
    counts = Counter(block.label for block in doc.blocks)
    heading = doc.title or source
    facts = [source, doc.url or "", f"rule sets: {', '.join(doc.rulesets) or 'none'}",
             f"{len(doc.blocks)} blocks"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>newsclean explain: {escape(heading)}</title>",
        f"<style>{STYLE % {'text': TEXT_COLOUR}}\n{_label_css()}</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<h1 lang="nl">{escape(heading)}</h1>',
        f'<p class="source">{" · ".join(escape(f) for f in facts if f)}</p>',
        _legend(counts),
        _warnings(doc),
        "</header>",
        '<main><ol class="blocks">',
        *(_block(number, block, rules) for number, block in enumerate(doc.blocks, start=1)),
        "</ol></main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(part for part in parts if part) + "\n"


def _legend(counts: Counter[Label]) -> str:
    items = "".join(
        f'<li class="legend-item label-{label.value}" data-label="{label.value}">'
        f'<span class="swatch"></span><span class="name">{label.value}</span>'
        f'<span class="count">{counts.get(label, 0)}</span></li>'
        for label in LABEL_COLOURS
    )
    return f'<section class="legend" aria-label="Labels"><ul>{items}</ul></section>'


def _warnings(doc: Document) -> str:
    if not doc.warnings:
        return ""
    items = "".join(f"<li>{escape(warning)}</li>" for warning in doc.warnings)
    return f'<section class="warnings"><strong>Warnings</strong><ul>{items}</ul></section>'


def _block(number: int, block: Block, rules: Mapping[str, Rule]) -> str:
    label = block.label.value
    return (
        f'<li class="block label-{label}" id="b{number}" data-label="{label}" '
        f'data-rule="{escape(block.rule)}">'
        f'<div class="meta"><span class="number">{number}</span>'
        f'<span class="badge">{label}</span>'
        f'<code class="rule">{escape(block.rule)}</code>'
        f'<span class="why">{escape(why_of(block.rule, rules))}</span></div>'
        f'<p class="text" lang="nl">{escape(block.text)}</p></li>'
    )
