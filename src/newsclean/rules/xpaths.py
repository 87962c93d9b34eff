"""A rule's XPath, checked at load time so that a mistake fails there rather than on a page.

lxml compiles an expression without resolving its functions or namespace prefixes; those fail
only when evaluation reaches them, which on a real page may be never or page 3 million. So an
expression is compiled, its function calls are checked against XPath 1.0's own functions (no
namespaces are registered, so no extension function can resolve), and it is tried once on a
small page.
"""

from __future__ import annotations

from typing import Any

import regex
from lxml import etree

PROBE_PAGE = etree.fromstring("<html><body><p>probe</p></body></html>")
"""The page every XPath is tried on once at load time."""
XPATH_FUNCTIONS = frozenset({
    "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat",
    "starts-with", "contains", "substring-before", "substring-after", "substring",
    "string-length", "normalize-space", "translate", "boolean", "not", "true", "false", "lang",
    "number", "sum", "floor", "ceiling", "round",
    "node", "text", "comment", "processing-instruction",
    "and", "or", "div", "mod",
})  # fmt: skip
"""XPath 1.0's functions, its node tests, and the operators that a ``(`` may follow."""
STRING_LITERAL = regex.compile(r"'[^']*'|\"[^\"]*\"")
CALL = regex.compile(r"(?<![\w.:-])([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*\(")


def compile_xpath(expression: str) -> Any:
    """``expression`` compiled; ``etree.XPathError`` when it is not an XPath lxml can run."""
    compiled = etree.XPath(expression)
    unknown = [name for name in CALL.findall(STRING_LITERAL.sub("''", expression))
               if name not in XPATH_FUNCTIONS]
    if unknown:
        raise etree.XPathError(f"unknown function {unknown[0]}()")
    compiled(PROBE_PAGE)
    return compiled
