"""The closed vocabulary of roles a block can play on a news page."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """The role a block plays on the page, decided by what it does rather than how it looks."""

    TITLE = "title"
    """The article's main headline; at most one per page, none on a page that is not an article."""

    BYLINE = "byline"
    """The author or credit line of the article, as shown ("Door: Redactie", "Bron: BELGA")."""

    DATE = "date"
    """The publication or update date line of the article, also when a programme name shares it."""

    BODY = "body"
    """The article's own text: lead, paragraphs, list items, quotes and dateline prefixes."""

    HEADING = "heading"
    """A subheading inside the article body."""

    CAPTION = "caption"
    """A photo or video caption or credit ("Foto: ANP", "Beeld …")."""

    RELATED = "related"
    """Links to other articles in or right after the body, with their lead-in ("Lees ook:")."""

    TEASER = "teaser"
    """Cards and lists advertising other articles: headline, snippet, "Lees meer", time, kicker."""

    PROMO = "promo"
    """The publisher's self-promotion: programmes, podcasts, membership, subscription, paywall."""

    CHROME = "chrome"
    """The rest of the site frame: logos, menus, list headers, share buttons, footers, ad labels."""

    @classmethod
    def parse(cls, name: str) -> Label:
        """The label called ``name``; raises ``ValueError`` listing the allowed names."""
        try:
            return cls(name)
        except ValueError:
            raise ValueError(f"{name!r} is not one of: {', '.join(LABEL_NAMES)}") from None


LABEL_NAMES: tuple[str, ...] = tuple(label.value for label in Label)

ARTICLE_LABELS: frozenset[Label] = frozenset({Label.BODY, Label.HEADING})
"""The labels whose blocks make up ``Document.body``."""
