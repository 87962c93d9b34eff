"""What an HTML block's text looks like, in any script: running text or a short bit.

``engine.text_shape`` reads words between spaces; pages in Chinese, Japanese or Thai write
sentences without them, so here a block of such a script counts its characters instead.
"""

from __future__ import annotations

import re

import regex

MIN_RUNNING_CHARS = 60
"""Running text in a spaced script is at least this many characters long…"""
MIN_RUNNING_SPACES = 7
"""… and has at least this many spaces (eight words)."""
MIN_UNSPACED_RUNNING_CHARS = 25
"""Running text in an unspaced script (Chinese, Japanese, Thai) is at least this long."""
SENTENCE_MARK = re.compile(r"[.!?…。！？]")
"""What ends a sentence (a plain set of characters, which ``re`` finds in half the time
``regex`` takes: this is asked of every block)."""
UNSPACED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}]")


SPACES_PREFIX_CHARS = 100
"""How much of a text is counted for spaces first: running text in a spaced script has its
``MIN_RUNNING_SPACES`` within its first words, so the rest of a long text is rarely read."""


def is_running_text(text: str) -> bool:
    """Whether ``text`` reads as sentences of an article rather than a label, link or name."""
    # A full stop is found faster by ``in`` than by the pattern, and most sentences have one.
    if len(text) < MIN_UNSPACED_RUNNING_CHARS or (
            "." not in text and SENTENCE_MARK.search(text) is None):
        return False
    if text.count(" ", 0, SPACES_PREFIX_CHARS) >= MIN_RUNNING_SPACES \
            or text.count(" ") >= MIN_RUNNING_SPACES:
        return len(text) >= MIN_RUNNING_CHARS
    return UNSPACED_SCRIPT.search(text) is not None
