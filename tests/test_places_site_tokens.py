"""The tokens a sentence is read into for the sites it names, found chunk by chunk: the
same as the site pattern's matches over the whole span."""

from __future__ import annotations

from eventcoder.mentions import text_chunks
from eventcoder.places import _SITE_TOKEN, _site_tokens, find_sites

TEXTS = [
    "Herders clashed with farmers near Olvara on 12 March; 3 were killed and 1,250 fled.",
    "  Two  U.S.-led patrols\twere ambushed\nat the Corven bridge (4) times.  ",
    "Militants' shelling of Brask\u2019s market wounded people at Caf\u00e9 Lumi\u00e8re.",
    "Over 2.000 people marched to the S\u00e4by square - 42nd-floor_office, \u00bd mile",
    "",
    "   ",
    "x",
]


def test_site_tokens_are_the_pattern_s_matches() -> None:
    for text in TEXTS:
        for start in range(0, len(text) + 1, 2):
            for end in range(start, len(text) + 1, 3):
                matches = list(_SITE_TOKEN.finditer(text, start, end))
                for found in (_site_tokens(text, start, end),
                              _site_tokens(text, start, end, text_chunks(text))):
                    assert found.starts == [m.start() for m in matches]
                    assert found.ends == [m.end() for m in matches]
                    assert found.raw == [m.group() for m in matches]


def test_sites_are_the_same_read_from_the_document_chunks() -> None:
    text = ("Gunmen opened fire at the crowded Velmo Street bus station. Two shops near the "
            "Rue Anselme Darve market burned; the Lido Verra cafe attack followed.")
    chunks = text_chunks(text)
    for start, end in [(0, 59), (60, len(text)), (0, len(text)), (5, 40)]:
        assert find_sites(text, start, end, chunks) == find_sites(text, start, end)
    assert find_sites(text, 0, 59)
