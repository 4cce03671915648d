from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.inputs import read_inputs


def _write_corpus(folder: Path) -> None:
    (folder / "good.txt").write_text("Gunmen killed two farmers in Kaduna, Nigeria on Monday.",
                                     encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Caf\xe9 attack".encode("latin-1"))
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "a", "text": "Protesters rallied in Lagos.", "published": "2024-05-02"})
        + "\n{not json}\n"
        + json.dumps({"id": "b", "text": ""}) + "\n",
        encoding="utf-8",
    )


def test_inputs_broken_files_become_documents_with_errors(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    docs = {d.doc_id: d for d in read_inputs([str(tmp_path)])}
    assert docs["good"].error is None
    assert "empty" in (docs["empty"].error or "")
    assert "binary" in (docs["binary"].error or "")
    assert "UTF-8" in (docs["latin1"].error or "")
    assert docs["a"].error is None and docs["a"].published == "2024-05-02"
    assert "invalid JSON" in (docs[f"{tmp_path}/lines.jsonl:2"].error or "")
    assert "empty" in (docs["b"].error or "")


def test_inputs_extract_batch_goes_on_and_exits_nonzero(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    documents = [r for r in records if r["record"] == "document"]
    assert len(documents) == 7
    failed = {r["doc_id"] for r in documents if r.get("error")}
    assert {"empty", "binary", "latin1", "b"} <= failed
    assert "good" not in failed
    assert "binary" in result.stderr


def test_inputs_text_with_no_conflict_gives_a_document_and_no_event(tmp_path: Path) -> None:
    path = tmp_path / "recipe.txt"
    path.write_text("Whisk the eggs with sugar, then fold in the flour and bake for an hour.",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["record"] for r in records] == ["document"]


def test_inputs_ten_megabyte_text_is_processed(tmp_path: Path) -> None:
    sentence = "Clashes were reported near the border and two soldiers were wounded. "
    path = tmp_path / "big.txt"
    path.write_text(sentence * (10_000_000 // len(sentence)), encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exit_code == 0, result.output[-500:]
    first = json.loads(result.stdout.splitlines()[0])
    assert first["record"] == "document" and first.get("error") is None


def test_inputs_stdin_and_bad_published_flag(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["extract", "-", "--published", "2025-01-06"],
                           input="Militants attacked a checkpoint in Diyala on Sunday.")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])
    assert doc["published"] == "2025-01-06" and doc["published_basis"] == "given"
    bad = runner.invoke(main, ["extract", "-", "--published", "06/01/2025"], input="x")
    assert bad.exit_code == 2
    assert "2025-01-06" in bad.output
