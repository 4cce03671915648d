"""Print a Markdown table of two `eventcoder evaluate --json` results side by side.

docs/results.md is made from this, so its numbers are exactly what the commands printed:

    eventcoder evaluate acled.csv --split tune --json tune.json
    eventcoder evaluate acled.csv --split check --json check.json
    python scripts/results_table.py tune.json check.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _cell(measure: dict[str, Any] | None) -> str:
    if measure is None:
        return "-"
    value, n = measure["value"], measure["n"]
    if value is None:
        return f"- ({n})"
    if measure.get("unit") == "km":
        return f"{value:.1f} km ({n})"
    if measure.get("unit") == "share":
        return f"{100 * value:.1f}% ({n})"
    return f"{value} ({n})"


def table(left: dict[str, Any], right: dict[str, Any], names: tuple[str, str]) -> str:
    """The Markdown table of every measure of ``left`` and ``right``."""
    keys = list(left["measures"]) + [k for k in right["measures"] if k not in left["measures"]]
    lines = [f"| measure | {names[0]} (n) | {names[1]} (n) |", "| --- | ---: | ---: |"]
    for key in keys:
        lines.append(f"| `{key}` | {_cell(left['measures'].get(key))} | "
                     f"{_cell(right['measures'].get(key))} |")
    header = (f"{names[0]}: {left['n_rows']} rows, {left['n_failed']} failed / "
              f"{names[1]}: {right['n_rows']} rows, {right['n_failed']} failed")
    return header + "\n\n" + "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("left", type=Path)
    parser.add_argument("right", type=Path)
    parser.add_argument("--names", nargs=2, default=("tune", "check"))
    args = parser.parse_args()
    left = json.loads(args.left.read_text(encoding="utf-8"))
    right = json.loads(args.right.read_text(encoding="utf-8"))
    print(table(left, right, tuple(args.names)))  # noqa: T201 - the script's output


if __name__ == "__main__":
    main()
