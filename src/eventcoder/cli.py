"""The ``eventcoder`` command group.

Each command lives in a module of :mod:`eventcoder.commands` that exposes
``COMMANDS``; this module only gathers them, so built-in commands are added the
same way a plug-in's would be. Commands import heavy libraries inside their
bodies to keep start-up fast.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil

import click

from eventcoder import commands as _commands_pkg


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventcoder")
@click.option("-v", "--verbose", count=True, help="More diagnostics on standard error.")
def main(verbose: int) -> None:
    """Turn conflict reporting into a structured, source-linked event dataset.

    Example:

        eventcoder extract report.txt --published 2025-01-06
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(_commands_pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{_commands_pkg.__name__}.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            main.add_command(command)


_register_commands()
