"""The serve and demo commands: help, the demo store, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import main
from eventcoder.commands.web import _allowed_hosts, example_reports
from eventcoder.store import open_store


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_web_commands_have_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--no-browser" in result.output


def test_web_commands_demo_builds_store(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db), "--no-serve"])
    assert result.exit_code == 0, result.output
    lines = [line for line in example_reports().read_text(encoding="utf-8").splitlines()
             if line.strip()]
    store = open_store(db)
    summary = store.summary()
    assert summary["documents"] == len(lines) and summary["failed"] == 0
    assert summary["events"] > 0 and summary["tallies"] > 0
    assert f"{summary['documents']} documents, {summary['events']} events" in result.output
    store.close()
    again = CliRunner().invoke(main, ["demo", "--db", str(db), "--no-serve"])
    assert again.exit_code == 0 and "exists" in again.output
    assert open_store(db).summary()["documents"] == summary["documents"]


def test_web_commands_serve_refuses_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db"),
                                       "--no-browser"])
    assert result.exit_code != 0
    assert "does not exist" in result.output
    assert not (tmp_path / "none.db").exists()


def test_web_commands_demo_needs_a_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "--db", "postgresql://x/y", "--no-serve"])
    assert result.exit_code != 0


@pytest.mark.parametrize(("host", "allowed"), [
    ("127.0.0.1", ["127.0.0.1", "[::1]", "localhost"]),
    ("192.0.2.7", ["127.0.0.1", "192.0.2.7", "[::1]", "localhost"]),
    ("0.0.0.0", ["*"]),
])
def test_web_commands_allowed_hosts(host: str, allowed: list[str]) -> None:
    assert _allowed_hosts(host) == allowed
