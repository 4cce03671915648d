"""Words a report tells without quoting them: "X said that ...", "..., a resident said."."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Statement
from eventcoder.statements import read_reported


def _reported(text: str) -> list[Statement]:
    return read_reported(RulePipeline().analyse(document_from_text(text,
                                                                   published="2024-05-10")))


@pytest.mark.parametrize(
    ("text", "speaker", "role", "quote"),
    [
        ("A woman from Kidal told the newspaper that the gunmen came at night and took "
         "everything.", None, "woman from Kidal", "the gunmen came at night and took everything"),
        ("A resident of Gao told Reuters by phone that the fighters left before dawn.", None,
         "resident of Gao", "the fighters left before dawn"),
        ("Three drivers were killed and two tankers burned, a transport union official said.",
         None, "transport union official", "Three drivers were killed and two tankers burned"),
        ("Two of the wounded were children, said Dr. Amina Yusuf, the hospital director.",
         "Amina Yusuf", "hospital director", "Two of the wounded were children"),
        ("Police commander Yusuf Dahir said on Monday that five suspects had been arrested "
         "in Baidoa.", "Yusuf Dahir", "Police commander", "five suspects had been arrested in "
         "Baidoa"),
    ],
)
def test_statements_reported_speaker_and_words(text: str, speaker: str | None,
                                               role: str | None, quote: str) -> None:
    [found] = _reported(text)
    assert (found.speaker, found.role, found.quote) == (speaker, role, quote)
    assert found.reported
    [span] = found.evidence
    assert span.text == quote


@pytest.mark.parametrize(
    "text",
    [
        # a clause, not a speaker, before the verb
        "A man who police said was a militant commander was arrested near Garissa on Friday.",
        "The convoy left after the governor said the road was safe again.",
        # a quote is read as a quote, not again as reported words
        'The minister said that "nobody will be spared" in the search for the bombers.',
        # too short to tell anything
        "He said that again.",
        # no reporting verb at all
        "Gunmen killed four farmers near Jos on Sunday.",
    ],
)
def test_statements_reported_not_read(text: str) -> None:
    assert _reported(text) == []


def test_statements_reported_dateline_left_out() -> None:
    text = ("MOPTI, May 9 - Gunmen burned a granary in a village near Mopti overnight, the "
            "regional governor's office said.")
    [found] = _reported(text)
    assert found.quote.startswith("Gunmen burned a granary")


def test_statements_reported_and_quoted_in_one_report() -> None:
    text = ("Gunmen attacked a police post near Garissa on Tuesday. Interior Minister Jane "
            "Otieno said that four officers were killed and two wounded. \u201cWe will find "
            "those responsible,\u201d she told reporters.")
    found = [r for r in extract(text, published="2024-05-10") if isinstance(r, Statement)]
    assert sorted((s.speaker, s.reported) for s in found) == [
        ("Jane Otieno", False), ("Jane Otieno", True)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Local media reported that four herders were killed near Mopti.", 1),
        ("Local media reported on Monday that four herders were killed near Mopti.", 1),
        ("Four herders were killed near Mopti, the Mopti Herald reported.", 1),
        # "reported" that reports nothing: the sentence is not looked at
        ("Four herders were reportedly killed near Mopti, with two more reported missing.", 0),
    ],
)
def test_statements_reported_gate_on_reported(text: str, count: int) -> None:
    # the words a sentence must hold before its patterns are tried
    assert len(_reported(text)) == count


@pytest.mark.parametrize(
    ("text", "speaker", "role", "quote"),
    [
        # no "that": the clause opens right after the verb
        ("County official Ruth Achol said four schools had been closed near Bor.",
         "Ruth Achol", "County official", "four schools had been closed near Bor"),
        # the role told first, the name set off by commas; a short quote inside the words
        ('A spokesman for the group, Hassan Abdi Geedi, said the base was "completely '
         'destroyed".', "Hassan Abdi Geedi", "spokesman for the group",
         'the base was "completely destroyed"'),
        # a clause that tells of the speaker before the verb
        ("A trader who survived the attack told the radio by phone that he hid in a well.",
         None, "trader who survived the attack", "he hid in a well"),
    ],
)
def test_statements_reported_other_wordings(text: str, speaker: str | None, role: str,
                                            quote: str) -> None:
    [found] = _reported(text)
    assert (found.speaker, found.role, found.quote) == (speaker, role, quote)


def test_statements_reported_speaker_asking_not_to_be_named() -> None:
    text = ("A police officer in Garissa, who asked not to be named because he was not "
            "authorised to speak, said that two of the dead were teachers.")
    [found] = _reported(text)
    assert (found.speaker, found.anonymous, found.quote) == (
        "police officer in Garissa", True, "two of the dead were teachers")


def test_statements_reported_force_of_the_country_speaks() -> None:
    text = ("Gunmen killed six herders near Jos, Nigeria, on Sunday. Police said three "
            "suspects had been arrested in the village.")
    [found] = _reported(text)
    assert (found.speaker, found.organisation) == ("Police Forces of Nigeria",
                                                   "Police Forces of Nigeria")


_GATED = [
    "The ministry said\tthat four officers were killed near Mandera.",
    "Police told reporters three suspects were held in Garissa.",
    "Three drivers were killed,\ta transport union official said.",
    "Two of the wounded were children, said Dr. Amina Yusuf, the hospital director.",
    "The governor insisted the road was safe, though two buses were burned on it.",
    "Four herders were killed near Mopti on Sunday.",
    "The ministry reported in a statement that seven guards were killed near Bossaso.",
    "Seven guards were killed in the raid, the regional radio reported late Tuesday.",
]


@pytest.mark.parametrize("sentence", _GATED)
def test_statements_reported_gates_hold_every_match(sentence: str) -> None:
    # a pattern is tried only where the words every match of it holds are in the sentence
    from eventcoder import statements

    if statements._REPORTED_THAT.search(sentence):
        assert "that" in sentence
    if statements._REPORTED_BARE.search(sentence):
        assert any(verb in sentence for verb in statements._BARE_VERBS)
    if statements._REPORTED_AFTER.match(sentence):
        assert "," in sentence
    if any(p.search(sentence) for p in (statements._REPORTED_THAT, statements._REPORTED_BARE,
                                        statements._REPORTED_AFTER)):
        assert any(word in sentence for word in statements._REPORTING_GATE)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The ministry reported in a statement that seven guards were killed near Bossaso.",
         "seven guards were killed near Bossaso"),
        ("Seven guards were killed in the raid near Bossaso, Somali police reported late "
         "Tuesday.", "Seven guards were killed in the raid near Bossaso"),
    ],
)
def test_statements_reported_by_the_verb_reported(text: str, quote: str) -> None:
    # "reported" with words between it and "that", or a day after it, reports words too
    assert [s.quote for s in _reported(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Governor Halima Sani visited the wounded. She said the ambush that killed the "
         "herders had been planned for weeks.",
         "the ambush that killed the herders had been planned for weeks"),
        ("The district officer, Peter Okello, toured the camp. He says a raid that left "
         "nine dead was carried out by cattle thieves.",
         "a raid that left nine dead was carried out by cattle thieves"),
        ("Commander Idris Bako spoke on Friday. He added the convoy that came under fire "
         "had lost two trucks.", "the convoy that came under fire had lost two trucks"),
        ("Governor Halima Sani visited the wounded. She said on Monday the ambush that "
         "killed the herders had been planned.",
         "the ambush that killed the herders had been planned"),
    ],
)
def test_that_after_a_noun_opens_no_reported_words(text: str, quote: str) -> None:
    """"He said the attack that killed them was planned": "that" opens a relative clause of
    the subject, and what was said opens on the determiner after the verb."""
    assert [s.quote for s in _reported(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A nurse told the newspaper that eleven children were treated.",
         "eleven children were treated"),
        ("The militia denied the accusations that its men burned the granary.",
         "its men burned the granary"),
        ("The ministry said in a statement on its website that two guards were hurt.",
         "two guards were hurt"),
    ],
)
def test_that_after_whom_where_or_words_told_opens_the_words(text: str, quote: str) -> None:
    """"told the newspaper that", "in a statement that", "denied the accusations that": the
    "that" opens what was told."""
    assert [s.quote for s in _reported(text)] == [quote]
