"""Speakers told in ways a news story often uses: a role before the name after the quote
("said state prosecutor Jane Roe"), the subject of the sentence before a "he said", a
described speaker with a relative clause, and a deed "called" by the words quoted."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import _CALLED_IT, read_statements


def _statements(text: str) -> list[Statement]:
    return read_statements(RulePipeline().analyse(document_from_text(text,
                                                                     published="2023-09-14")))


def _one(text: str) -> Statement:
    found = _statements(text)
    assert len(found) == 1, [(s.speaker, s.quote) for s in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('"Every one of the dead carried a rifle. None of them was from the valley," said '
         "state prosecutor Marisol Quintero at a press conference in the capital.",
         "Marisol Quintero", "state prosecutor"),
        ("\u201cThe road will stay shut until the bridge is checked,\u201d said district police "
         "chief Amara Ndiaye on Sunday.", "Amara Ndiaye", "district police chief"),
        ('"We counted fourteen burnt cars along the highway," said regional governor Teodor '
         "Vasile.", "Teodor Vasile", "regional governor"),
    ],
)
def test_role_before_the_name_after_the_quote(text: str, speaker: str, role: str) -> None:
    found = _one(text)
    assert (found.speaker, found.role) == (speaker, role)


def test_organisation_after_the_quote_is_still_no_person() -> None:
    # the police as a body, not a role before a name
    assert not _statements('"Both men were armed when they were stopped," said the police, '
                           "adding that a third man fled.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Inspector General of Police, Halima Sesay, praised the officers for the arrests. "
         '"Nobody who plants a bomb in this city will sleep in peace," she said.',
         "Halima Sesay"),
        ("The army said two soldiers were wounded. Colonel Viktor Hrabal visited the outpost "
         "on Monday. \u201cThe men held the hill for six hours without any relief,\u201d he "
         "said.", "Viktor Hrabal"),
        ("Archbishop Paolo Renzi of Santa Lucia called on both sides to lay down arms. "
         '"The people here are tired of burying their sons," he said on Thursday.',
         "Paolo Renzi"),
    ],
)
def test_he_said_after_a_sentence_whose_subject_is_a_person(text: str, speaker: str) -> None:
    assert _one(text).speaker == speaker


def test_he_said_after_the_paragraph_goes_back_to_who_spoke() -> None:
    # the person named in another paragraph is not the subject of the sentence before
    text = ("Major Lena Okafor said the patrol returned at dusk.\n\nThe ministry thanked the "
            'troops.\n\n"We lost nobody on that road and we found the cache," she said.')
    assert _one(text).speaker == "Lena Okafor"


@pytest.mark.parametrize(
    ("text", "speaker", "anonymous"),
    [
        ("A local elected official in the district, who asked not to be named for his safety, "
         'said the figures were false. "We saw the lorries carrying the dead all night," he '
         "said.", "local elected official in the district", True),
        ("A village elder, who spoke on condition of anonymity, said the well was poisoned. "
         "\u201cThe children drank from it before anyone knew,\u201d she said.", "village elder",
         True),
        ('A local official, who declined to be identified, said: "The gunmen left on foot '
         'toward the river."', "local official", True),
    ],
)
def test_described_speaker_with_a_relative_clause(text: str, speaker: str,
                                                   anonymous: bool) -> None:
    found = _one(text)
    assert (found.speaker, found.role, found.anonymous) == (speaker, speaker, anonymous)


def test_described_speaker_is_no_name() -> None:
    found = _one('A district official said: "The gunmen left on foot toward the river."')
    assert found.speaker is None
    assert found.role == "district official"


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ("Lina Haddad, a spokeswoman for the regional council, called the shelling \u201ca "
         "crime against every family here\u201d and promised aid.", "Lina Haddad",
         "a crime against every family here"),
        ('Police chief Omar Bakr termed the raid "a great success for the force".', "Omar Bakr",
         "a great success for the force"),
        ('Senator Ruth Amsel described it as "the worst week this town has seen" on Monday.',
         "Ruth Amsel", "the worst week this town has seen"),
    ],
)
def test_words_the_speaker_called_a_deed(text: str, speaker: str, quote: str) -> None:
    found = _one(text)
    assert (found.speaker, found.quote) == (speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        'He called on the army to "stop the killing now" and left.',
        'Fighters of a group called "Sons of the Eastern Valley" attacked the post.',
        'The minister called the attackers "Sons of the Valley" in her speech.',
    ],
)
def test_called_on_or_a_name_is_no_statement(text: str) -> None:
    assert not _statements(text)


@pytest.mark.parametrize(
    "before",
    ["The mayor called the blast ", "she described it as ", "The envoy, Jo Lin, termed the "
     "killings ", "he also calls the strike ", "that Ana Ruiz describes the ceasefire as "],
)
def test_called_it_gate_lets_every_match_through(before: str) -> None:
    # the pattern runs only where the words hold "call", "descri" or "term"
    assert _CALLED_IT.search(before) is not None
    assert "call" in before or "descri" in before or "term" in before
