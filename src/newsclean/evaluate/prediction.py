"""What a tool said about a page, in the one shape every tool's answer is scored in."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import BODY_SEPARATOR, Document
from ..labels import ARTICLE_LABELS, Label


@dataclass(frozen=True, slots=True)
class Prediction:
    """A tool's labelled blocks for one page, plus the article fields it read.

    A peer yields only a body text: one ``body`` block with ``body_only`` set, so it is scored on
    the article and its shingles and never on labels it does not claim to give.
    """

    blocks: tuple[tuple[Label, str], ...] = ()
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    """The publication date as ISO 8601 text, if the tool read one."""
    body_only: bool = False
    error: str | None = None
    """Why the tool failed on this page (its blocks are then empty); ``None`` when it did not."""

    @property
    def body(self) -> str:
        """The article's text: body and heading blocks in order, joined by blank lines."""
        return BODY_SEPARATOR.join(text for label, text in self.blocks if label in ARTICLE_LABELS)

    @classmethod
    def from_document(cls, document: Document) -> Prediction:
        """newsclean's answer: every block with its label, and the article fields."""
        return cls(
            blocks=tuple((block.label, block.text) for block in document.blocks),
            title=document.title,
            byline=document.byline or (", ".join(document.authors) or None),
            date=document.date.isoformat() if document.date else None,
        )

    @classmethod
    def from_body(cls, text: str | None) -> Prediction:
        """A peer's answer: its body text, or nothing."""
        blocks = ((Label.BODY, text),) if text and text.strip() else ()
        return cls(blocks=blocks, body_only=True)

    @classmethod
    def failure(cls, error: BaseException, *, body_only: bool) -> Prediction:
        """An empty answer recording that the tool raised ``error`` on the page."""
        return cls(body_only=body_only, error=f"{type(error).__name__}: {error}")
