"""The result of an extraction: every block of the page, labelled, plus the article's fields."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from .labels import ARTICLE_LABELS, Label

BODY_SEPARATOR = "\n\n"
"""What joins the body's paragraphs and subheadings in ``Document.body``."""


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the page: its visible text, its label and the rule that decided the label.

    ``start`` and ``end`` are character offsets into the input as ``extract`` read it (after
    decoding bytes), so ``source[start:end] == text`` for plain-text input. Blocks that have no
    single contiguous place in the input (HTML) carry ``None``.
    """

    text: str
    label: Label
    rule: str
    start: int | None = None
    end: int | None = None
    url: str | None = None

    @property
    def span(self) -> tuple[int, int] | None:
        """``(start, end)`` in the input, or ``None`` when the block has no single place there."""
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)

    def to_dict(self) -> dict[str, Any]:
        """The block as plain JSON-ready values."""
        return {
            "text": self.text,
            "label": self.label.value,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        """The block that ``to_dict`` described."""
        return cls(
            text=data["text"],
            label=Label.parse(data["label"]),
            rule=data["rule"],
            start=data.get("start"),
            end=data.get("end"),
            url=data.get("url"),
        )


_set_text, _set_label, _set_rule, _set_start, _set_end, _set_url = (
    vars(Block)[f.name].__set__ for f in fields(Block))
"""The setters of ``Block``'s slots, in field order (a field added to ``Block`` fails here until
``new_block`` sets it too)."""


def new_block(text: str, label: Label, rule: str, start: int | None, end: int | None,
              url: str | None) -> Block:
    """``Block(text, label, rule, start, end, url)``, made in half the time: a frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``, which looks the field up by name,
    and a page has hundreds of blocks. ``Block`` has no ``__post_init__`` for this to skip."""
    block = object.__new__(Block)
    _set_text(block, text)
    _set_label(block, label)
    _set_rule(block, rule)
    _set_start(block, start)
    _set_end(block, end)
    _set_url(block, url)
    return block


@dataclass(frozen=True, slots=True)
class Teaser:
    """One card of a teaser list: what it shows, and which blocks of the page it is made of."""

    title: str | None
    snippet: str | None
    time: str | None
    url: str | None = None
    blocks: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The teaser as plain JSON-ready values."""
        return {
            "title": self.title,
            "snippet": self.snippet,
            "time": self.time,
            "url": self.url,
            "blocks": list(self.blocks),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Teaser:
        """The teaser that ``to_dict`` described."""
        return cls(
            title=data.get("title"),
            snippet=data.get("snippet"),
            time=data.get("time"),
            url=data.get("url"),
            blocks=tuple(data.get("blocks", ())),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """A page, split into labelled blocks, with the article's fields read from them.

    Every visible piece of the page is in ``blocks``; nothing is dropped. The article itself is
    ``title``, ``byline``/``authors``, ``date`` and ``body``.
    """

    blocks: tuple[Block, ...] = ()
    title: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: datetime | None = None
    date_text: str | None = None
    teasers: tuple[Teaser, ...] = ()
    url: str | None = None
    kind: str = "text"
    rulesets: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    canonical_url: str | None = None
    """The url the page declares as its own (``<link rel="canonical">``, ``og:url``); HTML only."""
    language: str | None = None
    """The language the page declares (``<html lang>``, ``Content-Language``); HTML only."""

    @property
    def body(self) -> str:
        """The article's paragraphs and subheadings, in page order, joined by blank lines."""
        return BODY_SEPARATOR.join(b.text for b in self.blocks if b.label in ARTICLE_LABELS)

    def labelled(self, *labels: Label) -> tuple[Block, ...]:
        """The blocks carrying any of ``labels``, in page order."""
        wanted = frozenset(labels)
        return tuple(b for b in self.blocks if b.label in wanted)

    @property
    def headings(self) -> tuple[str, ...]:
        """The subheadings inside the body."""
        return tuple(b.text for b in self.labelled(Label.HEADING))

    @property
    def related(self) -> tuple[Block, ...]:
        """"Lees ook"-style links in or right after the body, with their lead-ins."""
        return self.labelled(Label.RELATED)

    @property
    def promos(self) -> tuple[Block, ...]:
        """The publisher's own promotion blocks."""
        return self.labelled(Label.PROMO)

    @property
    def captions(self) -> tuple[Block, ...]:
        """Photo and video captions and credits."""
        return self.labelled(Label.CAPTION)

    @property
    def is_article(self) -> bool:
        """Whether the page holds an article (it has body text)."""
        return any(b.label in ARTICLE_LABELS for b in self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """The document as plain JSON-ready values; ``from_dict`` reads it back."""
        return {
            "url": self.url,
            "kind": self.kind,
            "title": self.title,
            "byline": self.byline,
            "authors": list(self.authors),
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "body": self.body,
            "teasers": [t.to_dict() for t in self.teasers],
            "blocks": [b.to_dict() for b in self.blocks],
            "rulesets": list(self.rulesets),
            "warnings": list(self.warnings),
            "canonical_url": self.canonical_url,
            "language": self.language,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The document as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The document that ``to_dict`` described (``body`` is derived, so it is not read)."""
        date = data.get("date")
        return cls(
            blocks=tuple(Block.from_dict(b) for b in data.get("blocks", ())),
            title=data.get("title"),
            byline=data.get("byline"),
            authors=tuple(data.get("authors", ())),
            date=datetime.fromisoformat(date) if date else None,
            date_text=data.get("date_text"),
            teasers=tuple(Teaser.from_dict(t) for t in data.get("teasers", ())),
            url=data.get("url"),
            kind=data.get("kind", "text"),
            rulesets=tuple(data.get("rulesets", ())),
            warnings=tuple(data.get("warnings", ())),
            canonical_url=data.get("canonical_url"),
            language=data.get("language"),
        )

    @classmethod
    def from_json(cls, text: str) -> Document:
        """The document that ``to_json`` wrote."""
        return cls.from_dict(json.loads(text))
