"""Readings of who spoke that reports of many armies and languages share: words a force's
noun opens without "that" ("The army said troops killed ..."), ranks written other ways
("Cpt.", "Superintendent"), names with particles ("de la Cruz", "van der Meer") opening a
sentence, and an office told with what it is of before the name ("Minister of Defence
Jane Roe")."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement
from eventcoder.statements import _REPORTED_BARE


def _statements(text: str) -> list[Statement]:
    return [s for s in extract(text, published="2024-05-10") if isinstance(s, Statement)]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The navy said troops killed nine pirates off the coast of Puntland.",
         "troops killed nine pirates off the coast of Puntland"),
        ("The Ethiopian government said federal forces had retaken the town of Dessie.",
         "federal forces had retaken the town of Dessie"),
        ("The ministry said Russian forces shot down 14 drones over Kursk overnight.",
         "Russian forces shot down 14 drones over Kursk overnight"),
        ("Colonel Amadou Sow said gunmen stormed a checkpoint near Segou.",
         "gunmen stormed a checkpoint near Segou"),
    ],
)
def test_statements_words_opening_on_a_force_noun(text: str, what: str) -> None:
    found = _statements(text)
    assert [(s.verb, s.quote, s.reported) for s in found] == [("said", what, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a headline: no full stop, no clause told
        "Somalia says troops repelled assault on border post",
        # "is said to have": no one spoke
        "The brigade is said to have lost many soldiers in the fighting near Bakhmut.",
    ],
)
def test_statements_force_noun_opening_not_read_where_no_words_are_told(text: str) -> None:
    assert _statements(text) == []


def test_statements_force_noun_opening_needs_its_verb() -> None:
    # (the pattern runs only where a reporting verb is in the sentence: its gate)
    m = _REPORTED_BARE.search("The army said troops killed four bandits in Zamfara.")
    assert m is not None and m.group("bare_noun") == "troops killed"
    assert _REPORTED_BARE.search("The army said troops in the area near the town.") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The ship was hit twice," said Cpt. Lucia Ferreira, spokeswoman for the navy.',
         "Lucia Ferreira"),
        ("Police spokesperson Superintendent Musa Adamu said the blast killed four people in "
         "Kano.", "Musa Adamu"),
        ('"We held the bridge," Wing Commander Farid Khan told reporters.', "Farid Khan"),
    ],
)
def test_statements_ranks_written_other_ways(text: str, speaker: str) -> None:
    assert [s.speaker for s in _statements(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Capt. Juan Pablo de los Rios, spokesman of the navy, said the crew had been "
         "rescued near Tumaco.", "Juan Pablo de los Rios", "spokesman of the navy"),
        ("Gen. Pieter van der Meer, commander of the mission, said the convoy reached Gao "
         "without incident.", "Pieter van der Meer", "commander of the mission"),
    ],
)
def test_statements_name_with_particles_then_role(text: str, speaker: str, role: str) -> None:
    [found] = _statements(text)
    assert (found.speaker, found.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organisation"),
    [
        ("Minister of Defence Jane Roe said the army would pursue the attackers.",
         "Jane Roe", "Minister of Defence", "Ministry of Defence"),
        ('"We will not give up the town," said Minister of Foreign Affairs Omar Said Ali.',
         "Omar Said Ali", "Minister of Foreign Affairs", "Ministry of Foreign Affairs"),
        ("Deputy Governor of Lakes State Mary Ajak said 30 cattle keepers were abducted.",
         "Mary Ajak", "Deputy Governor of Lakes State", "-"),
    ],
)
def test_statements_office_of_a_body_then_the_name(text: str, speaker: str, role: str,
                                                   organisation: str) -> None:
    [found] = _statements(text)
    assert (found.speaker, found.role) == (speaker, role)
    if organisation != "-":
        assert found.organisation == organisation
    # (the words after "of" are no organisation of their own)
    assert found.organisation not in ("Defence", "Foreign Affairs", "Lakes State")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Ukrainian President Olena Marchenko said on Telegram that missiles hit a power "
         "station in Poltava.", "Olena Marchenko", "Ukrainian President"),
        ('"We condemn this attack," Sudanese Prime Minister Kamal Idris Osman said.',
         "Kamal Idris Osman", "Sudanese Prime Minister"),
        ('"We condemn this attack," U.S. Secretary of State Jane Roe said.',
         "Jane Roe", "U.S. Secretary of State"),
    ],
)
def test_statements_state_adjective_before_an_office(text: str, speaker: str,
                                                     role: str) -> None:
    # (the state's adjective or initials are part of the office the report writes)
    [found] = _statements(text)
    assert (found.speaker, found.role) == (speaker, role)


def test_statements_adjective_before_a_rank_is_not_an_office() -> None:
    # (a rank after a state's adjective keeps its own reading: no office of a state)
    [found] = _statements('"The bridge is ours," Ukrainian Gen. Ivan Petrenko told reporters.')
    assert found.speaker == "Ivan Petrenko"
    assert found.role != "Ukrainian Gen."


@pytest.mark.parametrize(
    "text",
    [
        "According to Omar Haji Farah, the district commissioner, six herders died in the raid.",
        "Six herders died in the raid, according to Omar Haji Farah, the district commissioner.",
    ],
)
def test_statements_according_to_a_name_then_its_role(text: str) -> None:
    [found] = _statements(text)
    assert (found.speaker, found.role, found.verb) == (
        "Omar Haji Farah", "district commissioner", "according to")
    assert found.quote.lower() == "six herders died in the raid"


def test_statements_according_to_a_name_then_words_that_are_no_role() -> None:
    # (the words after the name's comma open what was told: no role in them)
    [found] = _statements("According to Omar Haji Farah, the attackers fled toward the river.")
    assert (found.speaker, found.role) == ("Omar Haji Farah", None)
    assert found.quote == "the attackers fled toward the river"


def test_statements_according_to_a_name_needs_according() -> None:
    # (the patterns run only where "ccording" is in the sentence: their gate)
    from eventcoder.statements import _ACCORDING_NAMED_CLOSING, _ACCORDING_NAMED_OPENING
    text = "Six herders died in the raid, said Omar Haji Farah, the district commissioner."
    assert _ACCORDING_NAMED_CLOSING.match(text) is None
    assert _ACCORDING_NAMED_OPENING.match(text) is None


def test_statements_authorities_told_after_the_words() -> None:
    [found] = _statements("Nine villagers died when the bridge was shelled, regional authorities "
                          "said.")
    assert (found.speaker, found.verb, found.quote) == (
        "regional authorities", "said", "Nine villagers died when the bridge was shelled")


@pytest.mark.parametrize("participle", ["adding", "saying", "noting"])
def test_statements_words_then_who_then_more_words_added(participle: str) -> None:
    # ("..., the army said, adding that ...": the words before are still the army's)
    text = (f"Twelve soldiers are missing near Mopti, the Malian army said, {participle} that "
            "reinforcements had been sent.")
    found = [s for s in _statements(text) if s.quote == "Twelve soldiers are missing near Mopti"]
    assert [(s.speaker, s.reported) for s in found] == [("Military Forces of Mali", True)]


@pytest.mark.parametrize("staff", ["Army Staff", "Defence Staff", "Naval Staff"])
def test_statements_chief_of_a_staff_names_no_staff_organisation(staff: str) -> None:
    # ("the Chief of Army Staff": an office of the forces, not a body called "Army Staff")
    [found] = _statements(f'"The road is open again," said Gen. Jane Roe, the Chief of {staff}.')
    assert (found.speaker, found.role) == ("Jane Roe", f"Chief of {staff}")
    assert found.organisation != staff


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The Islamic State group claimed responsibility for the bombing in a statement on its "
         "Amaq agency.", "responsibility for the bombing"),
        ("The Islamic State group claimed responsibility for the bombing in Jalalabad.",
         "responsibility for the bombing in Jalalabad"),
        ("The Islamic State group later claimed credit for the raid, saying its fighters had "
         "burned two vehicles.", "credit for the raid"),
    ],
)
def test_statements_claim_of_responsibility(text: str, what: str) -> None:
    found = [s for s in _statements(text) if s.verb == "claimed"]
    assert [(s.speaker, s.quote, s.reported) for s in found] == [("Islamic State", what, True)]


def test_statements_claim_by_no_one_is_no_statement() -> None:
    assert _statements("A bomb hit the market in Jalalabad. No group has claimed "
                       "responsibility for the attack.") == []


def test_statements_claim_needs_its_gate() -> None:
    # (the pattern runs only where "claimed responsibility" or the like is in the sentence)
    from eventcoder.statements import _CLAIM_GATES, _REPORTED_CLAIM
    text = "The group claimed responsibility for the attack."
    found = _REPORTED_CLAIM.search(text)
    assert found is not None
    assert any(gate in found.group(0) for gate in _CLAIM_GATES)
    assert _REPORTED_CLAIM.search("The group claimed the town after a long siege.") is None
