"""The words of a count told as changed from one given before: one lexicon for every reader.

A teller that gives a count anew says so in a few ways, and the readers of counts
(:mod:`eventcoder.casualties`, :mod:`eventcoder.quantities`, :mod:`eventcoder.tallies`,
:mod:`eventcoder.events` and :mod:`eventcoder.reconcile`) all read them from here:

* the count set anew by its teller: "the army revised the toll", "in an updated statement",
  "a corrected release", "the correction";
* the count that moved: "the toll rose to six", "has risen", "climbed", "increased",
  "jumped", "was raised", "was lowered", "was reduced";
* the verbs that take the count as their object and bring it to a figure: "revised the
  number to 37", "corrected the toll to 12", "amended the figure to 9", "brought the count
  to 40";
* the words between a toll and its figure when they follow it directly: "the death toll
  was later revised to three", "was lowered to 9", "revised down to 37".

Each reader takes the part of the lexicon its slot admits (a sentence's cue, a verb right
before "the number", a word inside "the toll ... to N") and says which part in its own
words; the words themselves are written here only.

A correction of a release by itself ("An earlier version of this release misstated the
number ...", "Correction:", "has been updated to reflect", "CORRECTED", "Editor's note") is
read by :func:`corrects_itself`: such a release tells the count it now gives as the
revision of the one it gave before.
"""

from __future__ import annotations

import re
from typing import Final

#: The count set anew by its teller, in the forms a report uses.
SET_ANEW: Final = ("revised", "revises", "revising", "updated", "updating",
                   "corrected", "correcting", "correction")
#: The count that moved, up or down.
MOVED: Final = ("rose", "risen", "climbed", "increased", "jumped", "raised", "lowered",
                "reduced")
#: Verbs that take the count as their object and bring it to a figure ("revised the
#: number to 37").
BRINGS_TO: Final = ("revised", "corrected", "lowered", "raised", "updated", "amended",
                    "brought")
#: The participles of a count brought to a new figure by what was just told: ", bringing
#: the death toll to 50", "raising the total to", "taking", "pushing", "lifting".
BRINGING: Final = ("bringing", "raising", "taking", "pushing", "lifting")
#: Words read between a toll and its figure when they follow it directly ("the death
#: toll was later revised to three", "was lowered to 9", "revised down to 37").
TOLL_CHANGED: Final = frozenset({"revised", "lowered", "down"})


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


def words_pattern(*words: str) -> re.Pattern[str]:
    """A case-blind pattern for any of ``words`` as a whole word."""
    return re.compile(rf"\b(?:{_alternation(words)})\b", re.IGNORECASE)


#: Every word of a count told as changed, as a whole word: the cue a count's own sentence
#: (or its evidence) carries when the count is a revision.
COUNT_CHANGED: Final = words_pattern(*SET_ANEW, *MOVED)

#: A verb that brings the count, its object, to a figure, as a pattern part.
BRINGS_TO_PART: Final = _alternation(BRINGS_TO)

#: A participle of BRINGING, as a pattern part.
BRINGING_PART: Final = _alternation(BRINGING)

#: A release that says it corrects itself, or a count it gives anew: "An earlier version of
#: this release misstated the number ...", "Correction:", "has been updated to reflect",
#: "CORRECTED", "Editor's note", "the total for March is now 27, not 25", "revised figures".
SELF_CORRECTION: Final = re.compile(
    r"\b(?:an\s+earlier\s+version\s+of\s+this|correction\s*:|corrected\b|editor'?s\s+note|"
    r"(?:has|have)\s+been\s+(?:updated|corrected|amended|revised)|"
    r"(?:updated|corrected|amended|revised)\s+(?:release|statement|figures?|count|"
    r"total|version|toll|number)|misstated|"
    r"is\s+now\s+\d[\d,]*\s*,?\s+not\s+\d)", re.IGNORECASE)


#: A word each match of ``SELF_CORRECTION`` holds, in some case: the search runs over the
#: whole of every report with events, and few say they correct themselves.
SELF_CORRECTION_WORDS: Final = ("earlier", "correct", "editor", "updated", "amended",
                                "revised", "misstated", "now")


def corrects_itself(text: str) -> bool:
    """Whether a release or report says it gives a count anew, correcting an earlier one."""
    if text.isascii():  # (case-blind matching pairs some other letters with ASCII ones)
        lowered = text.lower()
        if not any(word in lowered for word in SELF_CORRECTION_WORDS):
            return False
    return SELF_CORRECTION.search(text) is not None
