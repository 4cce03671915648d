"""The word lists that let a document skip a pattern's searches stay in step with the pattern.

Each pattern searched in windows (before a trigger, a place, an actor) is first looked up
once per document by a few words, one of which each of its matches holds. A pattern given
a new alternative whose words are not on its list would silently stop matching in texts
that hold none of the others: each alternative of the pattern's word group must name one.
"""

from __future__ import annotations

import re

import pytest

from eventcoder import events, quantities
from eventcoder.events import _group_end, _may_hold, _split_alternatives


def _groups(pattern: str) -> list[list[str]]:
    """The alternatives of the whole pattern and of each of its groups, outermost first,
    where there are two or more."""
    found = [_split_alternatives(pattern)]
    for index in range(len(pattern)):
        if pattern.startswith("(?:", index) and (index == 0 or pattern[index - 1] != "\\"):
            end = _group_end(pattern[index:])
            if end > 0:
                found.append(_split_alternatives(pattern[index + 3:index + end]))
    return [alternatives for alternatives in found if len(alternatives) > 1]


def _word_group_complete(pattern: str, words: tuple[str, ...]) -> bool:
    """Whether every alternative of the pattern's word group (the group most of whose
    alternatives name a word, the outermost of equals) names one; a pattern without such
    a group must name one outside any."""
    groups = _groups(pattern)
    named = [sum(any(word in a for word in words) for a in alternatives) for alternatives in groups]
    if not any(named):
        return any(word in pattern for word in words)
    best = named.index(max(named))
    return named[best] == len(groups[best])


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (events._UNREALISED, events._UNREALISED_WORDS),
        (quantities.FREED_BEFORE, events._FREED_WORDS),
        (events._INTERVENTION, events._INTERVENTION_WORDS),
        (events._AFTER_A_DEED, events._AFTER_WORDS),
        (events._AT_A_GATHERING, events._AT_A_GATHERING_WORDS),
        (events._CAUSE_CLAUSE, events._CAUSE_WORDS),
        (events._CAUSE_CLAUSE, events._CAUSE_CLAUSE_WORDS),
        (events._TOLD_IN, events._TOLD_IN_WORDS),
        (events._FOR_WHOM, events._FOR_WHOM_WORDS),
        (events._NEW_EVENT_CUE, events._NEW_EVENT_WORDS),
        (events._HELD_BY, events._HELD_BY_WORDS),
        (events._CLAIM, events._CLAIMED_WORDS),
        (events._SUSPECTED, events._CLAIMED_WORDS),
        (events._BLAMED_ON, events._CLAIMED_WORDS),
        (events._PASSIVE_BY, ("by",)),
        (events._TELLER_BEFORE, ("says", "said", "according")),
        (quantities._FREEING, quantities._FREEING_WORDS),
        (quantities._DEEDS, quantities._DEEDS_WORDS),
        (quantities._IN_EARLIER_ONES, quantities._EARLIER_WORDS),
        (events._TWO_WAY, events._TWO_WAY_WORDS),
        (events._SUMMED_UP, events._SUMMED_UP_WORDS),
        (events._EARLIER_DEED, events._EARLIER_DEED_WORDS),
        (events._PROTESTED_OVER, events._PROTESTED_OVER_WORDS),
        (events._GATHERING_DEED, events._GATHERING_DEED_WORDS),
        (events._EARLIER_RIOT_BEFORE, events._EARLIER_RIOT_WORDS),
        (events._TARGET_CUE, events._TARGET_CUE_WORDS),
        (events._OFFICE_OF, events._OFFICE_WORDS),
        (events._UNINVOLVED_BEFORE, events._UNINVOLVED_WORDS),
        (events._BACKER_BEFORE, events._BACKER_WORDS),
        (events._STRUCK_BY, events._STRUCK_BY_WORDS),
        (events._CROWD_KILLED, events._CROWD_KILLED_WORDS),
        (events._STRUCK_CRIMINAL, events._STRUCK_CRIMINAL_WORDS),
        (events._STRIKES_TOLD_TOGETHER, events._STRIKES_TOLD_WORDS),
        (events._LOSSES_OF_BEFORE, ("losses",)),
        (events._CARRIED_BY, events._CARRIED_BY_WORDS),
        (events._MET_A_DEVICE, events._MET_A_DEVICE_WORDS),
        (events._MOST_OF_THEM, events._MOST_OF_THEM_WORDS),
        (events._AGAINST_THE, ("against",)),
        (events._AMENDED_ON, ("updated", "corrected", "revised", "amended")),
        (events._LEFT_BY, ("poster", "leaflet", "pamphlet")),
        (events._ATTEMPT_BY, ("attempt", "bid")),
        (events._OPERATION, events._OPERATION_WORDS),
        (events._REASON_CUE, events._REASON_WORDS),
        (events._REVISION_WORDS, events._REVISED_WORDS),
        (events._PRESENCE_OF, ("presence",)),
        (events._ITS_RELEASE_ON, events._RELEASE_WORDS),
        (events._TOWN_OF, events._TOWN_WORDS),
        (events._FLED_THE_FIGHTING, events._FLED_WORDS),
        (events._BOMBER_TAKEN, events._BOMBER_TAKEN_WORDS),
        (events._FORCES_STRUCK, events._FORCES_STRUCK_WORDS),
        (events._DRIVEN_OFF, events._DRIVEN_OFF_WORDS),
        (events._PAST_DEED_CUE, events._PAST_DEED_WORDS),
        (events._PAST_DEED_CUE, events._CAUSE_WORDS),
        (events._SINCE_EVENT, ("since",)),
        (events._LONG_AFTER, ("after",)),
        (events._YEAR_DEED, events._YEAR_DEED_WORDS),
        (events._PAST_STRETCH, events._PAST_STRETCH_WORDS),
        (events._PAST_STRETCH, events._CAUSE_WORDS),
        (events._CONDEMNS_AFTER, events._CONDEMNS_WORDS),
        (events._MADE_BEFORE, events._MADE_WORDS),
        (events._BORNE, events._BORNE_WORDS),
        (events._GATHERING_ATTACKED, events._GATHERING_HAND_WORDS),
        (events._GATHERING_ATTACKED, events._GATHERING_ATTACK_WORDS),
        (events._DEFIED_BEFORE, events._DEFIED_WORDS),
        (events._UNKNOWN_PLACE_IN, events._UNKNOWN_PLACE_WORDS),
        (events._GATHERING_DEED, events._GATHERING_DEED_VERBS),
    ],
)
def test_each_alternative_names_a_word(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    assert all(word == word.lower() for word in words)
    assert _word_group_complete(pattern.pattern.lower(), words), (
        f"an alternative of {pattern.pattern!r} names none of {words}")


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (events._TOLD_IN.pattern.replace("|stated)", "|stated|explained)"),
         events._TOLD_IN_WORDS),
        (events._CLAIM.pattern.replace("took responsibility|", "took responsibility|owned up|"),
         events._CLAIMED_WORDS),
        (events._HELD_BY.pattern.replace("|weapons|", "|weapons|arsenals?|"),
         events._HELD_BY_WORDS),
        (events._PASSIVE_BY.pattern.replace("by", "via"), ("by",)),
    ],
)
def test_an_alternative_without_its_word_is_caught(pattern: str, words: tuple[str, ...]) -> None:
    assert not _word_group_complete(pattern.lower(), words)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Gunmen killed two farmers in Kaduna.", ("vow", "plan"), False),
        ("Gunmen vowed to kill two farmers in Kaduna.", ("vow", "plan"), True),
        ("GUNMEN PLANNED TO ATTACK THE VILLAGE.", ("vow", "plan"), True),
        # Case-blind patterns pair "ſ" with "s" and the Kelvin sign with "k": not ASCII,
        # a text always may hold a match.
        ("Gunmen killed two farmers in Kaduna \u017fupport.", ("support",), True),
        ("Protesters gathered in Zürich.", ("dispers",), True),
    ],
)
def test_may_hold(text: str, words: tuple[str, ...], expected: bool) -> None:
    assert _may_hold(text, words) is expected


@pytest.mark.parametrize(
    ("text", "fighting"),
    [
        ("Militiamen clashed with herders near Torit, leaving four dead.", True),
        ("Heavy fighting broke out between the two clans at dawn.", True),
        ("Four soldiers were wounded on both sides of the ridge.", True),
        ("Gunmen shot dead four herders near Torit.", False),
    ],
)
def test_two_way_fighting_gated_by_its_words(text: str, fighting: bool) -> None:
    # the look for the words decides for the whole text before any window is searched
    lowered = text.lower()
    found = events._may_hold(lowered, events._TWO_WAY_WORDS) and (
        events._TWO_WAY.search(lowered) is not None)
    assert found is fighting
    assert (events._TWO_WAY.search(lowered) is not None) is fighting


@pytest.mark.parametrize(
    ("text", "pattern", "words"),
    [
        ("The grain depot in Velmora was badly damaged by a car bomb on Sunday.",
         events._STRUCK_BY, events._STRUCK_BY_WORDS),
        ("Marchers dragged the driver from his van and beat him to death.",
         events._CROWD_KILLED, events._CROWD_KILLED_WORDS),
        ("An alleged drug trafficker was shot near the market of Ostrava Nova.",
         events._STRUCK_CRIMINAL, events._STRUCK_CRIMINAL_WORDS),
        ("Police said the victim had prior convictions for robbery in Dunmere.",
         events._STRUCK_CRIMINAL, events._STRUCK_CRIMINAL_WORDS),
    ],
)
def test_a_text_that_matches_is_not_skipped(text: str, pattern: re.Pattern[str],
                                            words: tuple[str, ...]) -> None:
    # the patterns of the struck target, the crowd's killing and the criminal struck are
    # searched only in texts holding one of their words: a match must hold one
    searched = text if pattern is events._STRUCK_BY else text.lower()
    assert pattern.search(searched) is not None
    assert _may_hold(text.lower(), words)
    assert not _may_hold("Gunmen opened fire on a bus near Velmora.", words)


@pytest.mark.parametrize(
    ("window", "pattern", "words"),
    [
        # each way _BLAMED_ON names the doer before a group's name
        ("Police blamed the ambush on ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The bombing was attributed to ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The raid was carried out by ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("Officials suspected the involvement of ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The blast bore the hallmarks of ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The gunmen identified themselves as fighters of ", events._BLAMED_ON,
         events._BLAMED_ON_WORDS),
        ("The kidnappers said they belonged to ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The men claimed to be members of ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The abductors called themselves ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("Suspicion fell on the ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("THE GOVERNOR ACCUSED THE BANNED ", events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("The herders were shot by gunmen loyal to ", events._BLAMED_ON,
         events._BLAMED_ON_WORDS),
        ("Witnesses identified the gunman as Tomas Rivera, 31, a member of the ",
         events._BLAMED_ON, events._BLAMED_ON_WORDS),
        ("Police identified the attacker as Musa Lado, a commander of a cell of the banned ",
         events._BLAMED_ON, events._BLAMED_ON_WORDS),
        # each way _COMPANIONS joins others to the one named
        ("Kobo was killed along with two guards ", events._COMPANIONS, events._COMPANION_WORDS),
        ("the driver, together with three passengers ", events._COMPANIONS,
         events._COMPANION_WORDS),
        ("a teacher as well as two pupils ", events._COMPANIONS, events._COMPANION_WORDS),
        ("his brother as were two cousins ", events._COMPANIONS, events._COMPANION_WORDS),
    ],
)
def test_a_window_that_matches_holds_a_word(window: str, pattern: re.Pattern[str],
                                            words: tuple[str, ...]) -> None:
    # searched only in windows that hold one of the words: a match must hold one
    assert pattern.search(window) is not None
    assert events._window_may_hold(window, words)


@pytest.mark.parametrize(
    ("window", "words", "expected"),
    [
        ("Gunmen opened fire on a bus near ", events._BLAMED_ON_WORDS, False),
        ("two guards were killed ", ("well", "with"), False),
        ("Rebels were SUSPECTED of the ", ("suspect",), True),
        # not ASCII: a case-blind pattern may pair other letters with ASCII ones
        ("Gunmen opened fire near Zürich on ", events._BLAMED_ON_WORDS, True),
    ],
)
def test_window_may_hold(window: str, words: tuple[str, ...], expected: bool) -> None:
    assert events._window_may_hold(window, words) is expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Jets carried out three airstrikes near Velmora on Monday.", True),
        ("Insurgents staged 2 coordinated raids on police posts.", True),
        ("Troops launched four operations in the valley.", True),
        ("Jets carried out an airstrike near Velmora on Monday.", False),
        ("Two strikers were arrested at the mill.", False),
    ],
)
def test_strikes_told_together_same_as_the_pattern(text: str, told: bool) -> None:
    folded = text.lower()
    found = events._strikes_told_together(folded, 0, len(folded))
    assert (found is not None) is told
    whole = events._STRIKES_TOLD_TOGETHER.search(folded, 0, len(folded))
    assert (found.span() if found else None) == (whole.span() if whole else None)
