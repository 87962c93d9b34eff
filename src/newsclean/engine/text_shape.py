"""What a block's text looks like: prose, a title, a subheading, a list item, a short link.

Only the shape of the text, in any language; what the words mean lives in rule sets.
"""

from __future__ import annotations

import regex

from ..dutch import NAME_PARTICLES

MIN_PROSE_CHARS = 60
"""A paragraph of running text is at least this many characters long."""
MIN_PROSE_WORDS = 8
"""… and has at least this many words."""
MAX_TITLE_CHARS = 250
"""A headline is at most this many characters long."""
MAX_HEADLINE_SENTENCES = 2
"""A headline holds at most this many sentences ("Eén op de vijf stopt. Wat gaat er mis?")."""
MAX_HEADING_CHARS = 120
"""A subheading is at most this many characters long."""
MAX_HEADING_WORDS = 16
"""… and has at most this many words."""
MAX_CREDIT_WORDS = 5
"""A photo credit ("Foto: ANP", "© Mirjam Stoffels") has at most this many words."""
MAX_CAPTION_CHARS = 300
"""A photo caption is at most this many characters long."""
MIN_TEASER_WORDS = 4
"""A free block after the article needs this many words to be a teaser rather than chrome."""

WORD = regex.compile(r"\w+")
SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*(?:\s|$)")
CLAUSE_END = regex.compile(r"[.,;:…]$")
SENTENCE_FINAL = regex.compile(r"[.!?…][\"'”’»)\]]*$")
PARAGRAPH_END = regex.compile(r"[.…][\"'”’»)\]]*$")
NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}'’.-][\p{L}\p{M}'’.-]*"
PARTICLES = r"(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+)*"
PERSON_NAME = regex.compile(
    r"^(?!(?:De|Het|Een)\s)" + NAME_WORD + r"(?:\s+" + PARTICLES + NAME_WORD + r"){1,3}$")
LIST_ITEM = regex.compile(r"^(?:[•·▪●◦‣*–-]|\d{1,2}[.)])\s")


def word_count(text: str) -> int:
    """How many ``\\w+`` words ``text`` has."""
    return len(WORD.findall(text))


def is_prose(text: str) -> bool:
    """Whether ``text`` reads as running text: long enough and made of sentences."""
    return (
        len(text) >= MIN_PROSE_CHARS
        and SENTENCE_END.search(text) is not None
        and word_count(text) >= MIN_PROSE_WORDS
    )


def is_paragraph(text: str) -> bool:
    """Whether ``text`` is a body paragraph rather than a headline that happens to hold a
    sentence: running text that ends like a paragraph, or too long to be a headline."""
    return is_prose(text) and (
        PARAGRAPH_END.search(text) is not None
        or len(text) > MAX_TITLE_CHARS
        or len(SENTENCE_END.findall(text)) > MAX_HEADLINE_SENTENCES)


def is_person_name(text: str) -> bool:
    """Whether ``text`` is just a person's name ("Lotte Vermaas", "Ann Van den Broek")."""
    return PERSON_NAME.search(text) is not None


def is_list_item(text: str) -> bool:
    """Whether ``text`` starts like an item of a bulleted or numbered list."""
    return LIST_ITEM.search(text) is not None


def is_title_like(text: str) -> bool:
    """Whether ``text`` could be a headline: short, one line, not ending a clause."""
    return len(text) <= MAX_TITLE_CHARS and not CLAUSE_END.search(text) and word_count(text) > 0


def is_heading_like(text: str) -> bool:
    """Whether ``text`` could be a subheading inside a body."""
    return (
        len(text) <= MAX_HEADING_CHARS
        and 0 < word_count(text) <= MAX_HEADING_WORDS
        and not CLAUSE_END.search(text)
        and not is_list_item(text)
    )


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (possibly inside closing quotes)."""
    return SENTENCE_FINAL.search(text) is not None
