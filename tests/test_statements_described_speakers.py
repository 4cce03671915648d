"""Speakers a report describes without naming them, and roles told before a name."""

from __future__ import annotations

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_statements


def _statements(text: str) -> list[Statement]:
    return read_statements(RulePipeline().analyse(document_from_text(text,
                                                                     published="2024-05-10")))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('A woman from Kidal told the newspaper that "the gunmen came at night and took '
         'everything."', "woman from Kidal"),
        ("A farmer near Mopti told a local radio station: \u201cThey burned the granaries "
         "first.\u201d", "farmer near Mopti"),
        ('"The gunmen came at night and took everything," a resident of Gao told Reuters by '
         "phone.", "resident of Gao"),
        ('A resident of Gao told Reuters by phone: "The gunmen came at night."',
         "resident of Gao"),
        ("\u201cThe shooting lasted two hours,\u201d said a teacher in Ansongo by phone.",
         "teacher in Ansongo"),
        ("'They came at dawn on motorbikes,' one of the herders said.".replace("'", '"'),
         "one of the herders"),
    ],
)
def test_statements_described_speaker_is_a_role_not_a_name(text: str, role: str) -> None:
    # a person the report describes but does not name: no name, the description as role
    [found] = _statements(text)
    assert (found.speaker, found.role) == (None, role)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('An army spokesman, Maj. Idrissa Kone, said: "We repelled the attack at dawn."',
         "Idrissa Kone", "army spokesman"),
        ('"We repelled the attack at dawn," an army spokesman, Maj. Idrissa Kone, said.',
         "Idrissa Kone", "army spokesman"),
        ("\u201cWe held the bridge all night,\u201d a police spokeswoman, Capt. Rosa Mwangi, "
         "told reporters.", "Rosa Mwangi", "police spokeswoman"),
        ('A spokesman for the governor, Ali Hassan Nur, said: "Nobody was hurt in the blast."',
         "Ali Hassan Nur", "spokesman for the governor"),
    ],
)
def test_statements_role_told_first_loses_its_article(text: str, speaker: str,
                                                      role: str) -> None:
    # "An army spokesman, Maj. X, said": the article opens the phrase, not the role
    [found] = _statements(text)
    assert (found.speaker, found.role) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The road was closed for two days," the Daily Monitor reported.', "Daily Monitor"),
        ("\u201cNo aid has reached the camp since March,\u201d the Sahel Relief Network said.",
         "Sahel Relief Network"),
    ],
)
def test_statements_body_told_by_its_name_after_the(text: str, speaker: str) -> None:
    # a body no list knows, told by its capitalised name: the name without its article
    [found] = _statements(text)
    assert (found.speaker, found.organisation) == (speaker, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a claim posted online: the group's words, told after "saying"
        ("The Islamic State West Africa Province (ISWAP) claimed the attack in a post on "
         'its channel, saying its fighters had struck "a camp of the apostate militias".',
         "Islamic State West Africa Province"),
        ("Al-Shabaab claimed the bombing in a statement on its website, saying its fighters "
         "had hit \u201ca base of the crusader forces and their allies\u201d.", "Al Shabaab"),
    ],
)
def test_statements_group_saying_after_its_deed(text: str, speaker: str) -> None:
    # the group's name, read as a group by the actors stage, is no person's name
    [found] = _statements(text)
    assert (found.speaker, found.organisation) == (speaker, speaker)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # where the official is, not the body they speak for
        ("\u201cRefugees must be safe in the camps,\u201d said Nadia Rahman, a spokeswoman "
         "for the agency in Cox\u2019s Bazar.", None),
        ('"Nobody is safe on that road," said Ali Omar Dheere, a spokesman in Kismayo.',
         None),
        # a place's body keeps its place
        ('"We received eleven wounded," said Dr. Sami Karim, director of Hawija general '
         "hospital.", "Hawija general hospital"),
    ],
)
def test_statements_place_after_a_role_is_no_organisation(text: str,
                                                         organisation: str | None) -> None:
    [found] = _statements(text)
    assert found.organisation == organisation


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Al-Shabaab said its fighters had overrun the post near Dhobley. A spokesman for the "
         'group, Abdiasis Abu Musab, said: "The post was completely destroyed by our men."',
         "Al Shabaab"),
        # no group told before: no organisation
        ('"We did not attack the market," said Abu Musab Hassan, a spokesman for the group.',
         None),
    ],
)
def test_statements_spokesman_for_the_group_told_before(text: str,
                                                        organisation: str | None) -> None:
    [found] = _statements(text)
    assert found.organisation == organisation
