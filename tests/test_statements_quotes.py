"""Quotes and their speakers: titles, roles, nicknames, broken and continued quotes."""

from __future__ import annotations

import pytest

from eventcoder.document import clean_document, make_doc
from eventcoder.inputs import document_from_text
from eventcoder.mentions import Doc
from eventcoder.records import Statement
from eventcoder.statements import find_quotes, find_statements, read_statements


def _doc(text: str) -> Doc:
    return clean_document(make_doc(document_from_text(text, published="2024-04-05")))


def _statements(text: str) -> list[Statement]:
    return read_statements(_doc(text))


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('"We will not stop until the job is done," said Lt. Col. Amina Diallo, task force '
         "spokeswoman.", "Amina Diallo", "task force spokeswoman"),
        ("\u201cThe attack was repelled within the hour,\u201d Maj. Gen. Pedro Alvarez said.",
         "Pedro Alvarez", "Maj. Gen."),
        ('"Our troops are holding the line," President Olena Marchenko told reporters.',
         "Olena Marchenko", "President"),
        ('Defence Minister Ivo Petrov said: "The border remains closed to all traffic."',
         "Ivo Petrov", "Defence Minister"),
        ('"Nobody was hurt in the blast," said Brig. Gen. Samuel "Sam" Okafor, the brigade '
         "commander.", "Samuel Sam Okafor", "brigade commander"),
        ('"The network has been disrupted," said task force commander Col. Ines Berger.',
         "Ines Berger", "task force commander"),
    ],
)
def test_statements_quotes_find_speaker_and_role(text: str, speaker: str, role: str) -> None:
    [statement] = _statements(text)
    assert statement.speaker == speaker
    assert statement.role == role


def test_statements_quotes_evidence_points_at_the_quote() -> None:
    text = 'Later, "the convoy reached the town safely," said Gen. Rosa Lind, the commander.'
    [statement] = _statements(text)
    [span] = statement.evidence
    assert text[span.start : span.end] == span.text == "the convoy reached the town safely"
    assert statement.quote == "the convoy reached the town safely"


def test_statements_quotes_surname_and_pronoun_point_back() -> None:
    text = (
        '"We found three weapons caches," said Col. Hana Sato, the battalion commander.\n\n'
        '"The caches held rockets and mortar rounds," Sato continued.\n\n'
        '"They will be destroyed on site," she added.'
    )
    statements = _statements(text)
    assert [s.speaker for s in statements] == ["Hana Sato"] * 3
    assert statements[1].role == "battalion commander"


def test_statements_quotes_join_a_quote_broken_by_its_attribution() -> None:
    text = (
        '"The strikes hit two depots," said Gen. Lars Berg, "and destroyed the launchers '
        'stored there."'
    )
    [statement] = _statements(text)
    assert statement.quote == (
        "The strikes hit two depots, and destroyed the launchers stored there."
    )
    assert len(statement.evidence) == 2


def test_statements_quotes_join_a_quote_over_paragraphs() -> None:
    text = (
        'Capt. Nora Hale said: "The first patrol left at dawn and met no resistance.\n\n'
        '"The second patrol came under fire near the bridge and returned to base."'
    )
    [statement] = _statements(text)
    assert statement.speaker == "Nora Hale"
    assert statement.quote.startswith("The first patrol")
    assert statement.quote.endswith("returned to base.")
    assert len(statement.evidence) == 2


def test_statements_quotes_continue_the_last_speaker_without_attribution() -> None:
    text = (
        '"The roads are open again," said Mayor Tomas Reyes. "Schools reopen on Monday."'
    )
    [statement] = _statements(text)
    assert statement.speaker == "Tomas Reyes"
    assert len(statement.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        'The group proclaimed a "caliphate" in the territory it held.',
        'Forces carried out "12 partnered operations, 3 unilateral operations" in May.',
        'The ministry "relies heavily" on local partners.',
    ],
)
def test_statements_quotes_ignore_unattributed_quotes(text: str) -> None:
    assert _statements(text) == []


def test_statements_quotes_do_not_take_nicknames_for_quotes() -> None:
    text = 'Abu "Hamza" Rashid was arrested.'
    assert find_quotes(text) == []


def test_statements_quotes_stage_keeps_earlier_records() -> None:
    doc = _doc('"All units have returned," said Cmdr. Ada Obi, the fleet spokesperson.')
    out = find_statements(doc)
    assert len(out.records) == 1
    assert out.records[0].speaker == "Ada Obi"  # type: ignore[union-attr]


def test_statements_quotes_spans_cover_every_quoted_passage() -> None:
    from eventcoder.statements import quote_spans

    text = 'Rebels proclaimed a "liberated zone". "We will fight on," said Col. Ana Ruiz.'
    spans = quote_spans(_doc(text))
    assert [text[s:e] for s, e in spans] == ["liberated zone", "We will fight on,"]


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ('The Joint Operations Command said in a statement received by the agency, that "the '
         'remnants of the gangs were pursued into the desert."', "Joint Operations Command"),
        ('The Ministry of Water Resources said on Sunday in a statement: "the dam is safe and '
         'no water was released."', "Ministry of Water Resources"),
        ("The Provincial Crisis Cell announced a curfew in the city on Friday. The cell said "
         'that "the curfew will stay in force until further notice."', "Provincial Crisis Cell"),
    ],
)
def test_statements_quotes_organisations_the_actor_list_does_not_know(
    text: str, organisation: str
) -> None:
    # the organisation speaks, as one the actor list knows does ("US Central Command")
    [statement] = _statements(text)
    assert (statement.speaker, statement.organisation) == (organisation, organisation)


@pytest.mark.parametrize(
    ("text", "speaker", "role", "organisation"),
    [
        # The service before the title; the role and its command after the name.
        ('"The group remains a threat to the region," said U.S. Army Brig. Gen. Lena Holt, '
         "AFRICOM deputy director of operations.", "Lena Holt",
         "AFRICOM deputy director of operations", "US Africa Command"),
        # The role and its command before the title.
        ('"We will keep up the pressure," said CENTCOM commander Gen. Omar Reyes.',
         "Omar Reyes", "CENTCOM commander", "US Central Command"),
    ],
)
def test_statements_quotes_words_before_the_title(text: str, speaker: str, role: str,
                                                  organisation: str) -> None:
    [statement] = _statements(text)
    assert (statement.speaker, statement.role, statement.organisation) == (
        speaker, role, organisation)


def test_statements_quotes_pronoun_points_to_a_speaker_told_without_a_quote() -> None:
    text = ("Twelve of the wounded have returned to duty, army spokesman Col. Tomas Vidal said "
            'in a statement. "We are monitoring the others closely," he said.')
    [statement] = _statements(text)
    assert (statement.speaker, statement.role) == ("Tomas Vidal", "army spokesman")
    assert statement.quote == "We are monitoring the others closely"


def test_statements_quotes_pronoun_with_nobody_told_before_stays_unattributed() -> None:
    text = 'The base was hit twice overnight. "We are monitoring the others closely," he said.'
    assert _statements(text) == []


def test_statements_quotes_pronoun_after_a_pronoun_stays_unattributed() -> None:
    text = ('The base was hit twice. He said the damage was light. "We are monitoring the '
            'others closely," he said.')
    assert _statements(text) == []


def test_statements_quotes_surname_names_the_person_told_of_without_a_quote() -> None:
    text = ("Maj. Rodel Santos, commander of the 3rd Infantry Battalion, said troops were fired "
            "upon near the village. Two soldiers were hurt.\n\n"
            '"We will pursue them," Santos said.')
    [statement] = _statements(text)
    assert (statement.speaker, statement.role) == (
        "Rodel Santos", "commander of the 3rd Infantry Battalion")
    assert statement.organisation == "3rd Infantry Battalion"


def test_statements_quotes_surname_nobody_introduced_stays_a_surname() -> None:
    text = 'The base was hit twice. "We will pursue them," Santos said.'
    [statement] = _statements(text)
    assert (statement.speaker, statement.role) == ("Santos", None)


def test_statements_quotes_the_statement_added_is_its_issuers() -> None:
    # "The statement added" is the statement of the cell that issued it, not of the forces
    # named inside the quote it carries
    text = ('The Crisis Cell announced on Sunday that a curfew was lifted. The cell said in a '
            'statement that "the Iraqi Army and the police had secured the roads." The '
            'statement added that "the army will stay at the checkpoints."')
    speakers = [(s.speaker, s.organisation) for s in _statements(text)]
    assert speakers == [("Crisis Cell", "Crisis Cell")] * 2
