"""Casualty mentions: kind, count, qualifier and party in every order and voice."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_casualty_mentions

Row = tuple[str, int | None, int | None, str, str | None]


def _rows(text: str) -> list[Row]:
    return [
        (m.kind, m.count, m.low, m.qualifier, m.party_text)
        for m in find_casualty_mentions(text)
        if not m.animal
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 5 soldiers near the market.", [("killed", 5, 5, "exact", "soldiers")]),
        ("Seven soldiers were killed in the ambush.", [("killed", 7, 7, "exact", "soldiers")]),
        ("The blast killed 12.", [("killed", 12, 12, "exact", None)]),
        ("Militants stormed the post, killing nine policemen.",
         [("killed", 9, 9, "exact", "policemen")]),
        ("The raid left 4 injured.", [("wounded", 4, 4, "exact", None)]),
        ("The shelling left three civilians dead.", [("killed", 3, 3, "exact", "civilians")]),
        ("Three people died in hospital.", [("killed", 3, 3, "exact", "people")]),
        ("The fire led to the death of 2 policemen.", [("killed", 2, 2, "exact", "policemen")]),
        ("The bombing claimed the lives of 14 worshippers.",
         [("killed", 14, 14, "exact", "worshippers")]),
        ("A man was shot dead in Kano.", [("killed", 1, 1, "exact", "man")]),
        ("A farmer was hacked to death by bandits.", [("killed", 1, 1, "exact", "farmer")]),
        ("Police arrested 11 suspects after the riot.",
         [("detained", 11, 11, "exact", "suspects")]),
        ("Six fishermen were kidnapped off the coast.",
         [("abducted", 6, 6, "exact", "fishermen")]),
        ("The gang took three engineers hostage.",
         [("abducted", 3, 3, "exact", "engineers")]),
        ("Two journalists were taken into custody.",
         [("detained", 2, 2, "exact", "journalists")]),
        ("At least 30 villagers were killed.", [("killed", 30, 30, "at_least", "villagers")]),
        ("More than 20 people were wounded.", [("wounded", 20, 20, "at_least", "people")]),
        ("Nearly forty protesters were arrested.",
         [("detained", 40, None, "approximately", "protesters")]),
        ("Up to 15 miners were abducted.", [("abducted", 15, None, "at_most", "miners")]),
        ("Dozens of militants were killed.", [("killed", None, 12, "unknown", "militants")]),
        ("The strike killed several fighters.", [("killed", None, 3, "unknown", "fighters")]),
        ("A 25-year-old man was stabbed to death.",
         [("killed", 1, 1, "exact", "25-year-old man")]),
        ("The militants killed him.", [("killed", 1, 1, "exact", None)]),
        ("Both guards were wounded.", [("wounded", 2, 2, "exact", "guards")]),
        ("All four troops were injured.", [("wounded", 4, 4, "exact", "troops")]),
        ("The couple were murdered at home.", [("killed", 2, 2, "exact", "couple")]),
        ("A family of five was killed when the shell hit.",
         [("killed", 5, 5, "exact", "family of five")]),
        ("Raiders shot dead a herder.", [("killed", 1, 1, "exact", "herder")]),
        ("The drone strike killed the militant.", [("killed", 1, 1, "exact", "militant")]),
        ("The operation resulted in the capture of an Al Shabaab bomb maker.",
         [("detained", 1, 1, "exact", "Al Shabaab bomb maker")]),
        ("Jets were successful in eliminating the ISIS fighters within a cave.",
         [("killed", None, 2, "unknown", "ISIS fighters")]),
    ],
)
def test_casualties_mentions_single(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attackers opened fire, injuring two and killing a third.",
         [("wounded", 2, 2, "exact", None), ("killed", 1, 1, "exact", None)]),
        ("The bomb killed two and wounded the third.",
         [("killed", 2, 2, "exact", None), ("wounded", 1, 1, "exact", None)]),
        ("31 Taliban fighters killed and 12 detained in Kunduz.",
         [("killed", 31, 31, "exact", "Taliban fighters"),
          ("detained", 12, 12, "exact", "Taliban fighters")]),
        ("One Coalition member was killed and two were wounded.",
         [("killed", 1, 1, "exact", "Coalition member"),
          ("wounded", 2, 2, "exact", "Coalition member")]),
        ("2 police and 3 civilians were killed.",
         [("killed", 2, 2, "exact", "police"), ("killed", 3, 3, "exact", "civilians")]),
        ("Gunmen killed a woman and her son and injured her husband.",
         [("killed", 1, 1, "exact", "woman"), ("killed", 1, 1, "exact", "son"),
          ("wounded", 1, 1, "exact", "husband")]),
        ("Nine soldiers were killed and sixteen others injured.",
         [("killed", 9, 9, "exact", "soldiers"), ("wounded", 16, 16, "exact", "others")]),
        ("Two soldiers paid the supreme price while three others sustained injuries.",
         [("killed", 2, 2, "exact", "soldiers"), ("wounded", 3, 3, "exact", "others")]),
        ("During the exchange of fire, two soldiers embraced shahadat.",
         [("killed", 2, 2, "exact", "soldiers")]),
        ("Two fighters were killed and three others wounded late Saturday.",
         [("killed", 2, 2, "exact", "fighters"), ("wounded", 3, 3, "exact", "others")]),
        ("The raid wounded one ISIS member and led to the detention of two others.",
         [("wounded", 1, 1, "exact", "ISIS member"), ("detained", 2, 2, "exact", "others")]),
        ("CENTCOM raises toll of Syria raid to three ISIS members killed",
         [("killed", 3, 3, "exact", "ISIS members")]),
        ("Raiders killed 1 pastoralist and wounded another.",
         [("killed", 1, 1, "exact", "pastoralist"),
          ("wounded", 1, 1, "exact", "pastoralist")]),
    ],
)
def test_casualties_mentions_several_in_one_sentence(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "party"),
    [
        ("No US troops were killed in these operations.", "killed", "US troops"),
        ("There were no injuries to US personnel.", "wounded", "US personnel"),
        ("Nobody was hurt.", "wounded", None),
        ("No one was arrested.", "detained", None),
        ("No soldiers were abducted.", "abducted", "soldiers"),
        # an initialism is one word of the party, not the end of a sentence
        ("No U.S. forces were killed.", "killed", "U.S. forces"),
        ("No U.N. peacekeepers were hurt.", "wounded", "U.N. peacekeepers"),
        ("No Peshmerga fighters were harmed, the ministry said.", "wounded",
         "Peshmerga fighters"),
    ],
)
def test_casualties_mentions_explicit_zero(text: str, kind: str, party: str | None) -> None:
    (m,) = find_casualty_mentions(text)
    assert (m.kind, m.count, m.qualifier, m.party_text) == (kind, 0, "zero", party)


@pytest.mark.parametrize(
    "text",
    [
        "Bandits shot dead three herders near the well. No one else was hurt.",
        "Two traders died when the bus hit a mine; no one else was injured, police said.",
        "The blast killed the driver, but nobody else was wounded.",
    ],
)
def test_casualties_mentions_no_one_else_adds_nobody(text: str) -> None:
    # "No one else was hurt" counts none beyond those told: not one person of a party "else"
    assert all(m.party_text != "else" and not (m.kind == "wounded" and m.count)
               for m in find_casualty_mentions(text)), _rows(text)


@pytest.mark.parametrize(
    "text",
    ["No casualties were reported.", "The device exploded without casualties.",
     "No fatalities nor injuries reported.", "There were no reports of deaths or injuries.",
     "Neither fatalities nor injuries were reported."],
)
def test_casualties_mentions_no_casualties_is_zero_killed_and_wounded(text: str) -> None:
    kinds = {(m.kind, m.count, m.qualifier) for m in find_casualty_mentions(text)}
    assert kinds == {("killed", 0, "zero"), ("wounded", 0, "zero")}


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 US forces are stationed in Syria.",
        "The coalition carried out 48 operations in February.",
        "33 partnered operations, 0 US-only operations were reported.",
        "The 4th Brigade moved 300 vehicles to the front.",
        "On 12 March 2021, the army held a parade.",
        "A 25-year-old man was questioned and released.",
        "The group captured the town of Kidal.",
        "Rebels seized 12 trucks of food.",
    ],
)
def test_casualties_mentions_no_false_positives(text: str) -> None:
    assert find_casualty_mentions(text) == []


def test_casualties_mentions_animals_are_marked() -> None:
    text = "Four US troops and one working dog were injured in these operations."
    rows = [(m.count, m.party_text, m.animal) for m in find_casualty_mentions(text)]
    assert rows == [(4, "US troops", False), (1, "working dog", True)]


@pytest.mark.parametrize(
    ("text", "animal"),
    [
        ("Bandits killed 30 cows near the river.", True),
        ("The raiders slaughtered a herd of goats.", True),
        ("The bandits killed 40 heads of cattle in the raid.", True),
        ("Villagers killed two suspected cattle thieves.", False),
        ("Gunmen killed four livestock herders near Gao.", False),
        ("Three camel traders were abducted on the road.", False),
    ],
)
def test_casualties_mentions_animals_by_the_head_word(text: str, animal: bool) -> None:
    """Animals are the head of the phrase; "cattle thieves" and "camel traders" are people."""
    marks = [m.animal for m in find_casualty_mentions(text) if m.party_text]
    assert marks and marks[0] is animal


@pytest.mark.parametrize(
    "text",
    [
        "The suicide bomber was killed in the blast.",
        "The attacker died at the scene.",
        "Both assailants were killed by guards.",
        "Police shot dead the gunman.",
    ],
)
def test_casualties_mentions_perpetrator_among_dead(text: str) -> None:
    (m,) = find_casualty_mentions(text)
    assert m.kind == "killed" and m.perpetrator


def test_casualties_mentions_offsets_point_into_text() -> None:
    text = "Officials said 22 ISIS operatives were killed and 25 detained in February."
    for m in find_casualty_mentions(text):
        assert text[m.start : m.end] == m.text
        assert m.party_start is not None and m.party_end is not None
        assert text[m.party_start : m.party_end] == m.party_text == "ISIS operatives"
        assert m.number_start is not None and m.number_end is not None
        assert text[m.number_start : m.number_end] in {"22", "25"}


def test_casualties_mentions_background_attack_is_still_a_mention() -> None:
    (m,) = find_casualty_mentions("It recalled a 2019 attack that killed 30 people.")
    assert (m.kind, m.count) == ("killed", 30)


def test_casualties_mentions_years_are_not_counts() -> None:
    assert _rows("ISIS fighters were killed in 2014.") == [
        ("killed", None, 2, "unknown", "ISIS fighters")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group has been blamed for killing thousands of villagers over the past decade.",
         []),
        ("The dead men were involved in attacks on convoys and the killing of traders.", []),
        ("The man, wanted for the abduction of aid workers, was arrested on Friday.",
         [("detained", 1, 1, "exact", "man")]),
        ("The group, accused of killing 12 farmers last week, denied it.",
         [("killed", 12, 12, "exact", "farmers")]),
    ],
)
def test_casualties_mentions_what_someone_is_blamed_for_has_no_toll(
        text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of civilians killed or wounded in Kabul rose by a third this year.", []),
        ("Troops repelled the attack, killing a number of fighters.",
         [("killed", None, 3, "unknown", "fighters")]),
    ],
)
def test_casualties_mentions_the_number_of_is_a_measure(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two traders were fatally assaulted by a crowd in Soweto.",
         [("killed", 2, 2, "exact", "traders")]),
        ("A ranger was fatally wounded by poachers near the park gate.",
         [("killed", 1, 1, "exact", "ranger")]),
        ("Unknown men fatally stabbed a taxi driver in Nyeri.",
         [("killed", 1, 1, "exact", "taxi driver")]),
    ],
)
def test_casualties_mentions_fatally_hurt_is_killed(
        text: str, expected: list[tuple[str, int, int, str, str]]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkish jets struck PKK hideouts in Avashin, killing or injuring 5 militants.",
        "The shelling killed or wounded a total of 6 soldiers near Marinka.",
    ],
)
def test_casualties_mentions_killed_or_wounded_is_of_neither_alone(text: str) -> None:
    """"killed or wounded 6": up to six of each, none known; ACLED codes no deaths."""
    rows = [(m.kind, m.count, m.low, m.high, m.qualifier) for m in find_casualty_mentions(text)]
    assert ("killed", None, 0, rows[0][3], "at_most") in rows
    assert all(r[1] is None and r[2] == 0 and r[3] in {5, 6} for r in rows)


def test_casualties_mentions_a_rounded_convention_is_coded() -> None:
    text = ("Around 3 June 2021, 9 Taliban militants were killed and wounded in an operation in "
            "Ghazni. Due to the unclear nature of fatalities, fatalities reported as half, "
            "rounded down to 4.")
    coded = [m for m in find_casualty_mentions(text) if m.coded]
    assert [(m.kind, m.count) for m in coded] == [("killed", 4)]
