"""The reading of a sentence for its sites, done with fewer steps: the look for a site word
by the sentence's runs of letters, the fold of its tokens in one piece, and the walk over
its tokens from preposition to preposition. Each gives what the plain reading gives."""

from __future__ import annotations

from eventcoder.mentions import text_chunks
from eventcoder.places import (
    _SITE_NAME_CONNECTORS,
    _SITE_TOKEN,
    _capital,
    _folded_site_words,
    _may_name_site,
    _named_site_words,
    _preposition_end,
    _site_at,
    _site_tokens,
    find_sites,
    normalise,
    site_words,
)

TEXTS = [
    "Gunmen opened fire at the crowded Velmo Street bus station and the market in Tarvo.",
    "A grenade went off on a narrow shopping street in front of the Orsin mosque at dusk.",
    "The Kessa Hotel bombing followed a raid at the Pelgrave bank, the stationery shop and "
    "the bakery near the old quarry.",
    "Two men were taken to hospital after clashes at the Dunmore checkpoint; a third died "
    "at the hospital.",
    "Officials told reporters at the ministry that a shell hit the school in the same "
    "province (Varn).",
    "Protesters gathered outside the Rue Anselme Darve courthouse, near a pharmacy, at 4pm.",
    "STATIONS, MARKETS-and roads: no site-word here? marketplace, schoolyard, 12th-street.",
    "Militants' shelling of Brask\u2019s market wounded people at Caf\u00e9 Lumi\u00e8re.",
    "Fighting at at the the bridge, in in the village and on on the road near near Olmo.",
    "A bomb hit the crowd at the Meet At Noon market and the Inside Out cafe on Friday.",
    'He said: "Stop!" Then (at Olmo), near Tarvo?; Brask\u2019s, Caf\u00e9., ok:) x-. \u00bd,',
    "",
    "x",
]


def _reference_sites(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``find_sites`` as a walk over every token reads a sentence: each token asked whether
    a preposition opens there, each asked whether it is an attack noun."""
    words = site_words()
    tok = _site_tokens(text, start, end)
    folded, n = tok.folded, len(tok.folded)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < n:
        after = _preposition_end(tok, i)
        if after < 0 or after >= n:
            i += 1
            continue
        site = _site_at(tok, after)
        if site is None or any(w in words.telling_words for w in folded[max(0, i - 6):i]):
            i += 1
            continue
        found = [site]
        j = site[1]
        while j + 1 < n and folded[j] in {"and", ","}:
            more = _site_at(tok, j + 1 + (folded[j] == "," and folded[j + 1] == "and"))
            if more is None:
                break
            found.append(more)
            j = more[1]
        for lo, hi in found:
            if folded[hi - 1] in words.care_heads and (
                    folded[lo] not in words.determiners
                    or any(w in words.care_verbs for w in folded[max(0, i - 4):i])):
                continue
            spans.append((tok.starts[lo], tok.ends[hi - 1]))
        i = j
    for k in range(1, n):
        if folded[k] not in words.attack_nouns or not _capital(tok, k - 1):
            continue
        first = k - 1
        while first > 0 and (_capital(tok, first - 1) or (
                folded[first - 1] in _SITE_NAME_CONNECTORS and first - 1 > 0)):
            first -= 1
        if any(folded[x] in words.heads or folded[x] in words.prefixes
               for x in range(first, k)) and not any(
                s <= tok.starts[first] < e for s, e in spans):
            spans.append((tok.starts[first], tok.ends[k - 1]))
    spans.sort()
    return spans


def test_site_word_look_is_the_pattern_s_search() -> None:
    assert _named_site_words() is not None  # the words are letters alone: the set is used
    pattern = site_words().named_word
    for text in TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1, 5):
                sentence = text[start:end]
                if sentence.isascii():
                    assert _may_name_site(sentence) == (
                        pattern.search(sentence.lower()) is not None), sentence


def test_site_word_look_finds_words_only_whole() -> None:
    assert _may_name_site("They met at the Bus Station.")
    assert not _may_name_site("They bought stationery and marketing leaflets.")
    assert _may_name_site("a (market)")
    assert not _may_name_site("")


def test_words_closed_by_marks_are_the_pattern_s_tokens() -> None:
    for text in TEXTS:
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1, 4):
                matches = list(_SITE_TOKEN.finditer(text, start, end))
                for found in (_site_tokens(text, start, end),
                              _site_tokens(text, start, end, text_chunks(text))):
                    assert found.starts == [m.start() for m in matches]
                    assert found.ends == [m.end() for m in matches]
                    assert found.raw == [m.group() for m in matches]


def test_tokens_fold_as_each_alone() -> None:
    for text in TEXTS:
        raw = _site_tokens(text, 0, len(text)).raw
        assert _folded_site_words(raw) == [
            w.lower() if w.isascii() else normalise(w) for w in raw]
    assert _folded_site_words([]) == []
    assert _folded_site_words(["ABC", "D-E", ","]) == ["abc", "d-e", ","]


def test_walk_from_preposition_to_preposition_finds_what_every_token_finds() -> None:
    for text in TEXTS:
        chunks = text_chunks(text)
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1, 7):
                found = find_sites(text, start, end, chunks)
                assert found == find_sites(text, start, end) == _reference_sites(
                    text, start, end), text[start:end]


def test_sites_after_repeated_prepositions_and_in_lists() -> None:
    def sites(text: str) -> list[str]:
        return [text[s:e] for s, e in find_sites(text, 0, len(text))]

    assert sites(TEXTS[8]) == ["the the bridge", "the village", "the road"]
    assert sites(TEXTS[0]) == ["the crowded Velmo Street bus station", "the market"]
    assert sites(TEXTS[1]) == ["a narrow shopping street", "the Orsin mosque"]
    assert sites(TEXTS[2]) == ["The Kessa Hotel"]
    # a preposition written with a capital inside a site's name opens no site of its own
    assert sites(TEXTS[9]) == ["the Meet At Noon market", "the Inside Out cafe"]
