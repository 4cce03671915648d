"""The docs keep up with the code: every command has help with an example, every export
column is documented."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from eventcoder.cli import main
from eventcoder.export.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from eventcoder.export.flat import FLAT_COLUMNS
from eventcoder.export.ucdp import UCDP_COLUMNS

DOCS = Path(__file__).parent.parent / "docs"


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix}{name} "))
    return found


@pytest.mark.parametrize(("name", "command"), _commands(main), ids=lambda v: v
                         if isinstance(v, str) else "")
def test_docs_every_command_has_help_with_an_example(name: str,
                                                      command: click.Command) -> None:
    assert command.help and command.help.strip(), f"{name} has no help"
    assert command.get_short_help_str(), f"{name} has no one-line summary"
    if not isinstance(command, click.Group):
        assert "Example" in command.help, f"{name}: help has no 'Example:' block"


@pytest.mark.parametrize("column", sorted({*ACLED_COLUMNS, *EXTRA_COLUMNS, *UCDP_COLUMNS,
                                           *FLAT_COLUMNS}))
def test_docs_every_export_column_is_documented(column: str) -> None:
    documented = set(re.findall(r"^\| `([a-z0-9_]+)` \|",
                                (DOCS / "export-columns.md").read_text(encoding="utf-8"),
                                re.MULTILINE))
    assert column in documented
