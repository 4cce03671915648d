"""Regular-expression pieces built from the lexicons' word lists, shared by the stages."""

from __future__ import annotations

import re
from collections.abc import Iterable


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first (so that "air strike" is tried
    before "air"), a space in a phrase matching any run of whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
