"""Words as the benchmark counts them: ``\\w+`` runs, exactly as the public benchmark does."""

from __future__ import annotations

import regex

TOKEN_PATTERN = regex.compile(r"\w+")
"""A token is a maximal run of word characters (Unicode letters, digits, underscore)."""


def tokenize(text: str | None) -> list[str]:
    """The ``\\w+`` tokens of ``text``, in order, case kept; ``[]`` for ``None`` or ``""``."""
    if not text:
        return []
    return TOKEN_PATTERN.findall(text)  # type: ignore[no-any-return]
