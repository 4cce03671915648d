"""The actors stage reads a text's words once, and looks for the armed words without
trying a case-blind pattern at every character, with the same actors as before."""

from __future__ import annotations

import pytest

from eventcoder import actors
from eventcoder.actors import _ARMED_WORDS, _match_actors, _may_tell_armed, _tokens, match_actors
from eventcoder.mentions import Chunks
from eventcoder.pipeline import compiled_modules

_ARMED_TEXTS = [
    "A man ARMED with a knife stabbed two guards in Velmora.",
    "Gunmen opened Fire on a bus near Tarsk.",
    "A youth went on a killing SpReE in the market of Oduna.",
    "Two men Wielding machetes attacked a farm.",
    "Police found a rifle in the car of a trader in Pelsa.",
    "Rioters burned tyres on the main road of Kessaro.",
    "Un homme arm\u00e9 a bless\u00e9 deux passants \u00e0 Lorvac.",
    "A man on a \u017fpree of attacks was caught in Brenna.",  # long s: case-blind "spree"
    "Crowds gathered in Tallin\u00e9 square; nobody was hurt.",
    "",
]


@pytest.mark.parametrize("text", _ARMED_TEXTS)
def test_armed_words_found_as_the_case_blind_pattern_finds_them(text: str) -> None:
    assert _may_tell_armed(text) == (_ARMED_WORDS.search(text) is not None)


_ACTOR_TEXTS = [
    "Soldiers of the Kestrel Army clashed with Boko Haram militants near a village.",
    "Unidentified gunmen killed a police officer; the Taliban denied any role.",
    "Protesters marched in the capital. Nigerian troops dispersed them with tear gas.",
    "Rioters from the Al-Shabaab (AS) faction attacked a market; AS fighters fled.",
]


@pytest.mark.parametrize("text", _ACTOR_TEXTS)
@pytest.mark.parametrize("country", [None, "NG", "SO", "AF"])
def test_actors_read_with_given_tokens_are_the_same(text: str, country: str | None) -> None:
    assert _match_actors(text, _tokens(text), country=country, when=None,
                         blocked_spans=[]) == match_actors(text, country=country)


@pytest.mark.skipif("eventcoder.actors" in compiled_modules(),
                    reason="a compiled module calls its own functions directly")
def test_a_text_read_for_a_second_country_is_tokenised_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.inputs import document_from_text
    from eventcoder.pipeline import RulePipeline

    text = "Imbonerakure members beat two farmers at dawn and took their goats."
    pipeline = RulePipeline(stages=("eventcoder.document.v1", "eventcoder.places.v1",
                                    "eventcoder.actors.v1"))
    seen: list[str] = []
    real = actors._Toks

    def counting(phrase: str, chunks: Chunks | None = None) -> actors._Toks:
        if phrase == text:
            seen.append(phrase)
        return real(phrase, chunks)

    monkeypatch.setattr(actors, "_Toks", counting)
    doc = pipeline.analyse(document_from_text(text, doc_id="once"))
    assert doc.actors
    assert len(seen) == 1
