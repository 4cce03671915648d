"""A document's stable id and content hash come from one hash of its normalised text: the
same report, however its blanks are written, gets the same id and hash."""

from __future__ import annotations

import pytest

from eventcoder import inputs
from eventcoder.inputs import content_hash, document_from_text, stable_doc_id


def test_stable_id_is_the_content_hash_prefix() -> None:
    text = "Gunmen  attacked a convoy near Velmora on 3 March,\nkilling two drivers."
    doc = document_from_text(text)
    assert doc.content_hash == content_hash(text)
    assert doc.doc_id == stable_doc_id(text) == "d" + content_hash(text)[:16]
    assert document_from_text(" ".join(text.split())).doc_id == doc.doc_id


def test_a_given_id_is_kept() -> None:
    doc = document_from_text("Two farmers were abducted in Orvanja.", doc_id="note-7")
    assert doc.doc_id == "note-7"
    assert doc.content_hash == content_hash("Two farmers were abducted in Orvanja.")


def test_text_hashed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = inputs.content_hash

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(inputs, "content_hash", counted)
    document_from_text("Police dispersed a march in Tellaro with tear gas.")
    assert len(calls) == 1
