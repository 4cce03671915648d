"""Patterns that rarely match, searched only in texts holding one of their words.

A revised count, a body "in the presence of" a force, a release's day, a town named as
"the village of X", people driven off by a fight and a gathering's intervention are told
in few reports; a text holding none of the words each match needs skips the search. The
word lists are checked against the patterns in ``test_events_pattern_words``; here each
gate lets through the texts its pattern matches, and each reading it gates, read with the
gate in place, finds the match and changes what the report is coded as (a count told as
revised, a day told as a release's, a town named as one, a fight told as the cause of
flight, those whose presence drew a force acted upon).
"""

from __future__ import annotations

import re

import pytest

from eventcoder import events, extract
from eventcoder.events import _may_hold, _window_may_hold
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event


@pytest.mark.parametrize(
    ("pattern", "words", "text"),
    [
        (events._REVISION_WORDS, events._REVISED_WORDS,
         "The toll was later revised upward by the district office."),
        (events._REVISION_WORDS, events._REVISED_WORDS,
         "The number of dead ROSE overnight in Velmora."),
        (events._ITS_RELEASE_ON, events._RELEASE_WORDS,
         "The brigade said in its earlier statement on "),
        (events._TOWN_OF, events._TOWN_WORDS,
         "Gunmen struck near the village of Orlamund on Sunday."),
        (events._BOMBER_TAKEN, events._BOMBER_TAKEN_WORDS,
         "a suicide bomber was apprehended at the gate of the market."),
        (events._FORCES_STRUCK, events._FORCES_STRUCK_WORDS,
         "insurgents ambushed an army convoy on the road to kelvara."),
        (events._DRIVEN_OFF, events._DRIVEN_OFF_WORDS,
         "the fighting uprooted some 40 households near the ford"),
        (events._FLED_THE_FIGHTING, events._FLED_WORDS,
         "the clash forced some 200 families to flee their homes"),
        (events._FLED_THE_FIGHTING, events._FLED_WORDS,
         "residents were displaced following heavy shelling of the ridge"),
        (events._PROTESTED_OVER, events._PROTESTED_OVER_WORDS,
         "Traders RALLIED in the square against the "),
        (events._PROTESTED_OVER, events._PROTESTED_OVER_WORDS,
         "women held a sit-in to denounce the "),
        (events._GATHERING_DEED, events._GATHERING_DEED_WORDS,
         "farmers protesting the new levy stormed the tax office"),
        (events._GATHERING_DEED, events._GATHERING_DEED_WORDS,
         "marchers torched two buses"),
        (events._AFTER_A_DEED, events._AFTER_WORDS,
         "troops were sent to the valley in the wake of repeated "),
        (events._AT_A_GATHERING, events._AT_A_GATHERING_WORDS,
         "gendarmes fired on protesting youths"),
        (events._AT_A_GATHERING, events._AT_A_GATHERING_WORDS,
         "two nurses who took part in a sit-in were shot"),
        (events._AT_A_GATHERING, events._AT_A_GATHERING_WORDS,
         "three teachers were killed during the sitins at the ministry"),
        (events._AFTER_A_DEED, events._AFTER_WORDS,
         "a curfew was imposed on the town FOLLOWING a "),
    ],
)
def test_a_text_the_pattern_matches_passes_its_gate(pattern: re.Pattern[str],
                                                     words: tuple[str, ...], text: str) -> None:
    assert pattern.search(text) is not None
    assert _may_hold(text, words)
    assert _window_may_hold(text, words)


def test_sit_without_a_sit_in_leaves_the_gathering_unsearched() -> None:
    # "sit" alone is inside "position", "situation" and "visit": no gathering word
    text = ("Two soldiers were killed at a position near the border during a visit "
            "by the governor; the situation was tense.")
    assert events._AT_A_GATHERING.search(text) is None
    assert not _may_hold(text, events._AT_A_GATHERING_WORDS)


def test_a_gathering_sentence_without_intervention_words_is_no_intervention() -> None:
    lowered = ("hundreds of traders marched to the governor's office. "
               "police officers later dispersed the crowd with tear gas.")
    first = lowered.index(".") + 1
    sentences = [(0, first), (first + 1, len(lowered))]
    assert events._intervened(lowered, sentences)
    assert not events._intervened(lowered, sentences[:1])
    assert not _window_may_hold(lowered[:first], events._INTERVENTION_WORDS)


def _events(text: str, published: str = "2024-05-21") -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


def _lead(text: str, published: str = "2024-05-21") -> Event:
    found = _events(text, published)
    assert found
    return found[0]


def test_a_count_told_as_revised_is_marked() -> None:
    event = _lead("The army revised the number of soldiers killed in the ambush in Tillaberi "
                  "region on Monday to six.")
    assert event.fatalities == 6
    assert "revised.killed" in event.inferred


def test_the_day_of_an_earlier_communique_is_a_reporting_day() -> None:
    text = "In a previous communique on 8 May the army said two soldiers were wounded."
    doc = RulePipeline().analyse(document_from_text(text, published="2024-05-12"))
    days = [m for m in doc.dates if text[m.start:m.end] == "8 May"]
    assert len(days) == 1
    assert events.is_reporting_date(text, days[0])


def test_a_town_named_as_one_names_the_location() -> None:
    event = _lead("An airstrike hit a house in Idlib province on Monday, killing three "
                  "civilians. The strike took place near the village of Qarvenzi.")
    assert event.location is not None and event.location.name == "Qarvenzi"


def test_people_who_fled_a_fight_are_the_news() -> None:
    event = _lead("On 3 March 2022, about 150 households from Sitio Bantayan, Kabankalan, "
                  "Negros Occidental, evacuated amid an encounter between the NPA and the army.")
    assert (event.event_type, event.sub_event_type) == ("strategic_developments", "other")


def test_those_whose_presence_drew_the_force_are_acted_upon() -> None:
    event = _lead("On reported presence of militants, police conducted a search operation in "
                  "Peshawar district on Sunday, killing 2 militants.")
    assert event.actor1 == "Police Forces of Pakistan"


def test_a_grenade_is_looked_for_only_at_its_words() -> None:
    # The look-behinds before "grenade" take no text: the pattern is tried only at words
    # starting "hand grenade" or "grenade", not scanned over every text holding the word.
    grenade = next(gp for gp in events.load_triggers().patterns
                   if gp.sub_event_type == "grenade")
    assert grenade.ungated is None
    assert set(grenade.starts) == {"hand grenade", "grenade"}
    assert events.literal_starts("(?<!stun )(?<=a )(?:hand )?grenades?") == {"hand grenade",
                                                                            "grenade"}


@pytest.mark.parametrize(
    ("text", "thrown"),
    [("Riot police threw stun grenades at the marchers in Dorvel.", False),
     ("A man threw a hand grenade into the bar in Dorvel.", True),
     ("Police used a smoke grenade and then a grenade was thrown at them.", True)],
)
def test_a_grenade_gated_still_sees_the_words_before_it(text: str, thrown: bool) -> None:
    found = events.find_triggers(text)
    assert any(t.sub_event_type == "grenade" for t in found) is thrown
