"""The blank-separated chunks a document's text is read into once, and the tokenisers that
start from them: the same tokens as when each reads the text alone."""

from __future__ import annotations

import pickle

from eventcoder.actors import _Toks, find_actors
from eventcoder.document import clean_document, make_doc
from eventcoder.mentions import (
    Doc,
    chunks_in,
    doc_chunks,
    replace_doc,
    split_with_offsets,
    text_chunks,
)
from eventcoder.places import find_places
from eventcoder.quantities import _tokenize, find_casualties
from eventcoder.records import Document

TEXTS = [
    "Herders clashed with farmers near Olvara on 12 March; 3 were killed and 1,250 fled.",
    "  Two  U.S.-led patrols\twere ambushed\nat the Corven bridge (4) times.  ",
    "Militants' shelling of Brask's market wounded (9) people, police said: \"neutralised\".",
    "Über 2.000 Menschen protestierten in Säby - 1 250 wanted persons; 2.5 km away.",
    "",
    "   ",
    "x",
    "a.b,c d_e 3rd 42nd-floor",
]


def _offsets_and_chunks(text: str, start: int, end: int) -> tuple[list[int], list[str]]:
    words = text[start:end].split()
    offsets: list[int] = []
    pos = start
    for word in words:
        pos = text.index(word, pos)
        offsets.append(pos)
        pos += len(word)
    return offsets, words


def test_the_chunks_of_a_span_are_those_of_the_span_read_alone() -> None:
    for text in TEXTS:
        chunks = text_chunks(text)
        assert list(chunks[2]) == text.split()
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                offsets, words = chunks_in(chunks, start, end)
                expected = _offsets_and_chunks(text, start, end)
                assert (list(offsets), list(words)) == expected, (text, start, end)
                assert split_with_offsets(text, start, end) == expected
        assert chunks_in(chunks, 5, 2) == ((), ())


def test_a_doc_keeps_its_chunks_only_for_the_text_they_were_read_from() -> None:
    text = "Rebels shelled Port Vardin on 4 June, killing 2."
    doc = clean_document(make_doc(Document(doc_id="c1", text=text)))
    # (compiled, a fixed-length tuple field is rebuilt on each read: its items are kept)
    assert doc.chunks is not None and doc_chunks(doc)[1] is doc.chunks[1]
    assert list(doc.chunks[2]) == doc.text.split()
    other = replace_doc(doc, text=doc.text.upper())
    assert doc_chunks(other)[1] is not doc.chunks[1]
    assert list(doc_chunks(other)[2]) == other.text.upper().split()
    bare = Doc(Document(doc_id="c2", text=text), text)
    assert bare.chunks is None and doc_chunks(bare) == text_chunks(text)
    back = pickle.loads(pickle.dumps(doc))
    assert back == doc and back.chunks == doc.chunks


def test_numbers_are_tokenised_alike_from_the_document_chunks() -> None:
    for text in TEXTS:
        chunks = text_chunks(text)
        for start in range(0, len(text) + 1, 3):
            for end in range(start, len(text) + 1, 4):
                alone, shared = _tokenize(text, start, end), _tokenize(text, start, end, chunks)
                assert (alone.raw, alone.low, alone.start, alone.end, alone.bracketed,
                        alone.spaced_thousands) == (
                    shared.raw, shared.low, shared.start, shared.end, shared.bracketed,
                    shared.spaced_thousands), (text, start, end)


def test_actor_tokens_are_alike_from_the_document_chunks() -> None:
    for text in TEXTS:
        alone, shared = _Toks(text), _Toks(text, text_chunks(text))
        assert (alone.starts, alone.ends, alone.raws, alone.lows, alone.joinable) == (
            shared.starts, shared.ends, shared.raws, shared.lows, shared.joinable)


def test_stages_read_the_same_with_and_without_kept_chunks() -> None:
    text = ("Gunmen attacked a convoy near Olvara on 3 May, killing 4 soldiers and wounding "
            "at least 11; police said 2 suspects were detained.")
    doc = find_places(clean_document(make_doc(Document(doc_id="c3", text=text))))
    assert doc.chunks is not None
    bare = replace_doc(doc, chunks=None)
    assert find_casualties(doc).casualties == find_casualties(bare).casualties
    assert find_casualties(doc).quantities == find_casualties(bare).quantities
    assert find_actors(doc).actors == find_actors(bare).actors
