"""JSON Lines: the lossless export, which ``eventcoder import`` reads back.

Documents (with their texts) come first, then merged events and tallies with the
records each source gave and the reconciliation decisions, then consistency
findings and statements. Importing the file into an empty store and exporting it
again gives the same file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventcoder.store import EventFilter, Store


def write(store: Store, path: Path, filters: EventFilter | None = None) -> int:
    """Write the store (or the events ``filters`` selects and their documents); returns
    how many events."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for item in store.dump(filters):
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            count += item.get("record") == "event"
    return count
