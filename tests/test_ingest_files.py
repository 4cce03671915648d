"""Ingest from files and folders: every good document stored, every bad one named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.ingest import MAX_FILE_BYTES, ingest
from eventcoder.pipeline import RulePipeline
from eventcoder.store import open_store
from tests.store_backends import backend_fixture

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
GOOD = [str(CORPUS / "reports"), str(CORPUS / "web"), str(CORPUS / "wires.jsonl"),
        str(CORPUS / "notes.csv")]

store_url = backend_fixture()


def test_ingest_reads_every_kind_of_file_once(store_url: str, pipeline: RulePipeline) -> None:
    with open_store(store_url) as store:
        first = ingest(store, GOOD, extractor=pipeline, batch_size=3)
        assert (first.seen, first.added, first.failed) == (10, 10, 0)
        again = ingest(store, GOOD, extractor=pipeline)
        assert (again.seen, again.added, again.skipped) == (10, 0, 10)
        docs = {d["doc_id"]: d for d in store.documents(limit=None)}
        assert len(docs) == 10
        assert {"afgoye-ambush", "goma-drone", "wire-0412", "csv-2"} <= set(docs)
        assert docs["wire-0415"]["source"] == "Gulf Desk"
        assert docs["csv-1"]["published"] == "2024-01-09"
        assert docs["csv-1"]["origin"].endswith("notes.csv:2")
        page = store.document("goma-drone")
        assert page is not None
        assert "drone strike hit a crowded market" in page["text"]
        assert "Copyright" not in page["text"] and "Home" not in page["text"]
        assert page["title"] == "Drone strike hits market near Goma"
        assert [r["status"] for r in store.runs()] == ["done", "done"]


def test_ingest_overrides_source_and_date(tmp_path: Path, pipeline: RulePipeline) -> None:
    with open_store(tmp_path / "c.db") as store:
        ingest(store, [str(CORPUS / "reports" / "bamako-protest.txt"),
                       str(CORPUS / "wires.jsonl")],
               published="2024-04-21", source="Desk Edition", extractor=pipeline)
        docs = store.documents(limit=None)
    assert {(d["published"], d["source"], d["published_basis"]) for d in docs} == {
        ("2024-04-21", "Desk Edition", "given")}


def test_ingest_reads_a_named_csv_column(tmp_path: Path, pipeline: RulePipeline) -> None:
    path = tmp_path / "export.csv"
    path.write_text('key,story\nk1,"Gunmen killed three herders near Gao, Mali, '
                    'on 2 June 2024."\n', encoding="utf-8")
    with open_store(tmp_path / "c.db") as store:
        missing = ingest(store, [str(path)], extractor=pipeline)
        assert missing.failed == 1
        assert "no text column" in store.errors()[0]["error"]
        found = ingest(store, [str(path)], text_column="story", extractor=pipeline)
        assert found.added == 1
        assert store.errors() == []


def _broken_corpus(folder: Path) -> dict[str, str]:
    """Good reports mixed with broken members; returns the broken names and their reasons."""
    folder.mkdir()
    for name in ("afgoye-ambush.txt", "kharkiv-shelling.txt", "maiduguri-arrests.txt"):
        (folder / name).write_bytes((CORPUS / "reports" / name).read_bytes())
    (folder / "scan.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "blank.txt").write_bytes(b"  \n\n ")
    (folder / "latin1.txt").write_bytes("Caf\u00e9 attack in Bangui".encode("latin-1"))
    with (folder / "dump.txt").open("wb") as handle:
        line = b"Fighting was reported in several districts of the city again. " * 16 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    (folder / "lines.jsonl").write_bytes(
        json.dumps({"id": "ok-line", "text": "Police arrested 3 protesters in Dakar on "
                                             "1 June 2024."}).encode() + b"\n"
        + b"{not json\n"
        + json.dumps({"id": "no-text"}).encode() + b"\n"
        + json.dumps({"id": "empty-text", "text": ""}).encode() + b"\n")
    (folder / "page.html").write_bytes(b"<html><body><script>var a = 1;</script></body></html>")
    return {
        "scan.txt": "binary",
        "blank.txt": "empty",
        "latin1.txt": "invalid UTF-8",
        "dump.txt": "too large",
        "lines.jsonl:2": "invalid JSON",
        "lines.jsonl:3": "string 'text'",
        "lines.jsonl:4": "empty",
        "page.html": "no article text",
    }


def test_ingest_stores_good_documents_and_names_every_broken_one(
    tmp_path: Path, pipeline: RulePipeline
) -> None:
    broken = _broken_corpus(tmp_path / "corpus")
    assert (tmp_path / "corpus" / "dump.txt").stat().st_size > MAX_FILE_BYTES
    with open_store(tmp_path / "c.db") as store:
        summary = ingest(store, [str(tmp_path / "corpus")], extractor=pipeline)
        assert (summary.added, summary.failed) == (4, len(broken))
        errors = store.errors()
        assert len(errors) == len(broken)
        for name, reason in broken.items():
            [error] = [e for e in errors if e["origin"].endswith(name)]
            assert reason in error["error"]
            assert name.split(":")[0] in error["error"]
        again = ingest(store, [str(tmp_path / "corpus")], extractor=pipeline)
        assert (again.added, again.failed, store.count_documents()) == (0, 0, 4 + len(broken))


@pytest.mark.parametrize("name", ["missing.txt", "missing-folder"])
def test_ingest_names_a_missing_input(tmp_path: Path, pipeline: RulePipeline, name: str) -> None:
    with open_store(tmp_path / "c.db") as store:
        summary = ingest(store, [str(tmp_path / name)], extractor=pipeline)
        assert summary.failed == 1
        assert "no such file or folder" in store.errors()[0]["error"]
