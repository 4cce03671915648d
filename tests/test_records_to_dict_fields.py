"""A record's JSON reads its fields' names once per class and writes plain values as they
are: the same dictionaries, key for key and in the same order, as a reading of
``dataclasses.fields`` on every record with every value looked at for ``to_dict``."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from eventcoder.records import Casualty, Evidence, Inferred, Location, Record, _field_names
from tests.records_factory import extraction


def _reference(value: Any) -> Any:
    """The JSON-ready form, read field by field from ``dataclasses.fields``."""
    if hasattr(value, "to_dict") and not dataclasses.is_dataclass(value):
        return value.to_dict()
    if isinstance(value, Evidence | Inferred):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        if hasattr(type(value), "record"):
            out["record"] = type(value).record
        for f in dataclasses.fields(value):
            out[f.name] = _reference(getattr(value, f.name))
        return out
    if isinstance(value, dict):
        return {k: _reference(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_reference(v) for v in value]
    return value


class _Word(str):
    """A string of another type than ``str``, as a caller may hand a record."""

    def to_dict(self) -> dict[str, str]:
        return {"word": str(self)}


@pytest.mark.parametrize("record", extraction("d1", "Twelve operations in February.",
                                              n_events=2)[1:])
def test_a_record_writes_what_its_fields_read(record: Record) -> None:
    got = record.to_dict()
    want = _reference(record)
    assert json.dumps(got) == json.dumps(want)  # the same keys in the same order


def test_the_document_keeps_its_own_reading() -> None:
    document = extraction("d2", "Five killed.")[0]
    got = document.to_dict()
    assert "text" not in got and got["n_chars"] == len("Five killed.")
    assert list(got)[:3] == ["record", "doc_id", "source"]


@pytest.mark.parametrize("cls", [Location, Casualty])
def test_field_names_are_the_dataclass_fields_in_order(cls: type) -> None:
    assert _field_names(cls) == tuple(f.name for f in dataclasses.fields(cls))


def test_a_value_of_another_type_still_gives_its_own_reading() -> None:
    casualty = Casualty(kind="killed", party=_Word("villagers"), count=3,
                        evidence=[Evidence("d3", 0, 5, "three")])
    assert casualty.to_dict()["party"] == {"word": "villagers"}
    assert casualty.to_dict()["evidence"] == [{"doc_id": "d3", "start": 0, "end": 5,
                                               "text": "three"}]
