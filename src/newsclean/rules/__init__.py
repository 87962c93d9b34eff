"""Rule sets: the data that carries newsclean's knowledge of sites and of Dutch news pages."""

from .loader import load_rules, parse_rules
from .model import Part, Position, Rule, RuleKind, RuleSet
from .registry import builtin_rulesets, select

__all__ = [
    "Part",
    "Position",
    "Rule",
    "RuleKind",
    "RuleSet",
    "builtin_rulesets",
    "load_rules",
    "parse_rules",
    "select",
]
