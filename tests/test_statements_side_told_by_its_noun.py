"""A side told by its common noun ("The rebels said", "Rebels said", "the rebel group
said") is written one way however the sentence opens: the noun without its article, an
organisation whose name is the one the actors stage reads in the phrase, where it reads
one."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-08-12") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The rebels said they had cut the road to the airport.", "rebels"),
        ("Rebels said they had cut the road to the airport.", "rebels"),
        ("The rebel group said it had cut the road to the airport.", "rebel group"),
        ("The insurgents said they had cut the road to the airport.", "insurgents"),
        ("Insurgents said they had cut the road to the airport.", "insurgents"),
        ("The armed rebels told reporters they had cut the road to the airport.",
         "armed rebels"),
        ('"We have cut the road to the airport," the rebels said.', "rebels"),
        ("\u201cWe have cut the road to the airport,\u201d said the rebel group.",
         "rebel group"),
        ("According to the rebels, they had cut the road to the airport.", "rebels"),
    ],
)
def test_statements_side_told_by_its_noun_one_form(sentence: str, speaker: str) -> None:
    found = _statements(sentence)
    assert [(s.speaker, s.role) for s in found] == [(speaker, None)], found


def test_statements_side_told_by_its_noun_keeps_the_organisation_read() -> None:
    # each way of telling the same side gives the organisation the actors stage reads there
    text = ("Fighters of the Blue Nile front attacked an army post near Kurmuk in Sudan on "
            "Monday. The rebels said they had seized two trucks. Rebels said four soldiers "
            "died. The rebel group said it would hold the post. According to the rebels, "
            "the post had been empty for a week.")
    found = _statements(text)
    assert [s.speaker for s in found] == ["rebels", "rebels", "rebel group", "rebels"]
    organisations = {s.organisation for s in found}
    assert len(organisations) == 1 and None not in organisations, found


def test_statements_side_told_by_its_noun_no_organisation_for_unnamed_gunmen() -> None:
    # militants the report names no group for are no one's organisation
    found = _statements("The militants said they had burned the depot near the river.")
    assert [(s.speaker, s.organisation) for s in found] == [("militants", None)]


def test_statements_named_group_with_its_noun_keeps_its_name() -> None:
    # a named group before the noun is the group's name, not a side told by the noun
    found = _statements("Houthi rebels said they had struck a tanker in the Red Sea.")
    assert len(found) == 1 and found[0].speaker is not None
    assert "rebels" not in found[0].speaker.lower(), found


@pytest.mark.parametrize("clause", [", who hold the hills,", ", who asked for talks last week,"])
def test_statements_side_then_a_clause_about_it(clause: str) -> None:
    # the clause tells of the side; the words after the verb are what it said
    found = _statements(f"The rebels{clause} said they had cut the road to the airport.")
    assert [(s.speaker, s.quote) for s in found] == [
        ("rebels", "they had cut the road to the airport")], found


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Al Shabaab fighters overran an army base near Baidoa on Monday. The militants said "
         "that they had seized three trucks.", "Al Shabaab"),
        ("Fighters of the Allied Democratic Forces raided a village in Beni territory. "
         "\u201cWe hold the road now,\u201d the rebels said.", "Allied Democratic Forces"),
        ("ISWAP attacked a base in Borno State on Friday, killing six soldiers. Five of its "
         "men died, according to the insurgents.", "Islamic State West Africa Province"),
    ],
)
def test_fighters_told_by_their_noun_speak_for_the_only_group_named(
        text: str, organisation: str) -> None:
    """Fighters told by their common noun after the story has named one armed group, and
    no other, speak for that group (not for the country's generic rebels or gunmen)."""
    found = _statements(text)
    assert [s.organisation for s in found] == [organisation], found


def test_fighters_told_by_their_noun_after_two_groups_speak_for_neither() -> None:
    text = ("Al Shabaab and the Islamic State fought near Bosaso on Monday. The militants said "
            "that they had seized three trucks.")
    assert [s.organisation for s in _statements(text)] == [None]


def test_a_groups_parent_told_of_it_is_not_a_second_group() -> None:
    text = ("JNIM, al Qaeda's affiliate in the Sahel, ambushed a convoy near Dori on Monday. "
            "The jihadists said that they had burned eleven trucks.")
    assert [s.organisation for s in _statements(text)] == [
        "Jama'at Nusrat al-Islam wal-Muslimin"]
