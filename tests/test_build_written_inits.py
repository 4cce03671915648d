"""Dataclasses of the compiled modules that write their ``__init__`` out by hand.

mypyc compiles the methods a class's source holds, but a method that ``@dataclass``
generates runs interpreted; the classes built once per word or mention therefore spell
their ``__init__`` out. Each must take the fields in their order, with their defaults, and
set every one, or a field added later would be left unset.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPILED = ("records", "mentions", "document", "places", "actors", "dates", "quantities",
            "casualties", "windows", "tallies", "events", "statements")


def _written_inits() -> list[tuple[str, str, ast.FunctionDef]]:
    found = []
    for module in COMPILED:
        tree = ast.parse((ROOT / "src" / "eventcoder" / f"{module}.py").read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(
                    "dataclass" in ast.unparse(d) for d in node.decorator_list):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        found.append((module, node.name, item))
    return found


WRITTEN = _written_inits()


def test_the_classes_built_per_word_write_their_init_out() -> None:
    names = {f"{module}.{name}" for module, name, _init in WRITTEN}
    assert {"places._Span", "events.Trigger", "quantities._NP", "dates._Atom",
            "mentions.Doc"} <= names
    assert {f"records.{name}" for name in ("Document", "Event", "Location", "Casualty",
                                           "Tally", "Consistency", "Statement",
                                           "Evidence")} <= names
    # built once or more per name a note holds, by the places and actors stages
    assert {"mentions.Place", "mentions.PlaceMention", "mentions.ActorMention"} <= names


@pytest.mark.parametrize(("module", "name", "init"), WRITTEN,
                         ids=[f"{m}.{n}" for m, n, _i in WRITTEN])
def test_a_written_init_takes_and_sets_every_field(
        module: str, name: str, init: ast.FunctionDef) -> None:
    cls = getattr(importlib.import_module(f"eventcoder.{module}"), name)
    fields = dataclasses.fields(cls)
    params = [a.arg for a in init.args.args[1:]]
    assert params == [f.name for f in fields]
    defaults = init.args.defaults
    with_default = [f for f in fields if f.default is not dataclasses.MISSING
                    or f.default_factory is not dataclasses.MISSING]
    assert len(defaults) == len(with_default)
    for f, default in zip(with_default, defaults, strict=True):
        written = ast.literal_eval(default)
        if f.default_factory is not dataclasses.MISSING:
            assert written is None, f.name  # the body builds a fresh value
        else:
            assert written == f.default, f.name
    assigned: set[object] = set()
    for node in ast.walk(init):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            assigned.add(node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                node.func.attr == "__setattr__") and isinstance(node.args[1], ast.Constant):
            assigned.add(node.args[1].value)
    assert assigned == {f.name for f in fields}


def _written_reduces() -> list[tuple[str, str, ast.FunctionDef]]:
    """The ``__reduce__`` written beside each written ``__init__``."""
    found = []
    for module, name, _init in WRITTEN:
        tree = ast.parse((ROOT / "src" / "eventcoder" / f"{module}.py").read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                found.extend((module, name, item) for item in node.body
                             if isinstance(item, ast.FunctionDef) and item.name == "__reduce__")
    return found


REDUCES = _written_reduces()


def test_the_mention_records_pickle_by_their_fields() -> None:
    names = {f"{module}.{name}" for module, name, _reduce in REDUCES}
    assert {"mentions.Place", "mentions.PlaceMention", "mentions.ActorMention",
            "mentions.Doc", "records.Evidence"} <= names


@pytest.mark.parametrize(("module", "name", "reduce"), REDUCES,
                         ids=[f"{m}.{n}" for m, n, _r in REDUCES])
def test_a_written_reduce_gives_every_field_in_order(
        module: str, name: str, reduce: ast.FunctionDef) -> None:
    """Compiled, a class with a written ``__init__`` pickles only through ``__reduce__``:
    one that left out a field added later would lose it on the way to another process."""
    cls = getattr(importlib.import_module(f"eventcoder.{module}"), name)
    fields = [f.name for f in dataclasses.fields(cls)]
    calls = [node for node in ast.walk(reduce) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Name) and node.func.id == "_by_fields"]
    if calls:  # the fields read by name, in order
        return
    given = [node for node in ast.walk(reduce) if isinstance(node, ast.Tuple)
             and all(isinstance(e, ast.Attribute) for e in node.elts) and node.elts]
    assert len(given) == 1
    assert [e.attr for e in given[0].elts if isinstance(e, ast.Attribute)] == fields


@pytest.mark.parametrize("label", ["town", "unresolved"])
def test_place_mentions_copy_hash_and_pickle_back_equal(label: str) -> None:
    import copy
    import pickle

    from eventcoder.mentions import Place, PlaceMention

    town = Place("Lomara", "KE", "populated_place", -1.25, 36.5, admin1="Rift Plain",
                 admin2="Upper Tana", population=18_400, geonames_id=7_100_245)
    mention = (PlaceMention(30, 36, "Lomara", town, 2, "near", 0.75, "only entry")
               if label == "town" else PlaceMention(4, 11, "Zerbani", None, reason="unknown"))
    back = pickle.loads(pickle.dumps(mention))
    assert back == mention and hash(back) == hash(mention) and repr(back) == repr(mention)
    assert [getattr(back, f.name) for f in dataclasses.fields(PlaceMention)] == [
        getattr(mention, f.name) for f in dataclasses.fields(PlaceMention)]
    assert copy.deepcopy(mention) == mention and copy.copy(mention) == mention
    assert dataclasses.replace(mention, score=0.5).score == 0.5
    assert dataclasses.asdict(back) == dataclasses.asdict(mention)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("theatre", [(), ("ML", "BF")])
def test_actor_mentions_copy_hash_and_pickle_back_equal(theatre: tuple[str, ...]) -> None:
    import copy
    import pickle

    from eventcoder.mentions import ActorMention

    plain = ActorMention(5, 12, "gunmen", "Unidentified Armed Group", "unidentified_armed_group")
    named = ActorMention(40, 58, "the Dawn Brigade", "Dawn Brigade", "rebel_group", "ML",
                         "Dawn Brigade (Mali)", 2, False, 0.9, "suspected", theatre)
    for mention in (plain, named):
        back = pickle.loads(pickle.dumps(mention))
        assert back == mention and hash(back) == hash(mention)
        assert repr(back) == repr(mention)
        assert copy.deepcopy(mention) == mention
        assert dataclasses.astuple(back) == dataclasses.astuple(mention)
    assert plain.score == 1.0 and plain.theatre == () and plain.generic is False
    assert named.theatre == theatre and named != plain


def test_a_doc_copy_changes_only_the_fields_named_and_pickles_back_equal() -> None:
    import pickle

    from eventcoder.mentions import Doc, replace_doc
    from eventcoder.records import Document

    text = "Rebels shelled Port Vardin on 4 June."
    doc = Doc(Document(doc_id="n1", text=text, published="2021-06-05"), text,
              sentences=((0, len(text)),), stages=("a.v1",))
    copy = replace_doc(doc, tally_sentences=(), text=text.upper())
    assert copy.text == text.upper() and copy.tally_sentences == ()
    assert [getattr(copy, f.name) for f in dataclasses.fields(Doc)
            if f.name not in ("text", "tally_sentences")] == [
        getattr(doc, f.name) for f in dataclasses.fields(Doc)
        if f.name not in ("text", "tally_sentences")]
    assert replace_doc(copy, tally_sentences=None).tally_sentences is None
    assert pickle.loads(pickle.dumps(copy)) == copy
    assert copy.published is not None and copy.published.isoformat() == "2021-06-05"


@pytest.mark.parametrize(("entry", "feature", "base", "exact", "lowered"), [
    (0, "populated_place", 3.5, True, 0.0),
    (41_207, "admin2", -1.25, False, 0.8),
    (9, "admin1", 0.0, True, 2.0),
])
def test_a_candidate_made_by_tuple_new_is_the_named_tuple_of_its_fields(
        entry: int, feature: str, base: float, exact: bool, lowered: float) -> None:
    import pickle

    from eventcoder.places import _Candidate, _candidate

    made = _candidate(entry, feature, "TZ", 4, 17, base, exact, lowered)
    named = _Candidate(entry, feature, "TZ", 4, 17, base, exact, lowered)
    assert type(made) is _Candidate and made == named and hash(made) == hash(named)
    assert repr(made) == repr(named) and made._asdict() == named._asdict()
    assert (made.entry, made.feature, made.base, made.exact, made.lowered) == (
        entry, feature, base, exact, lowered)
    assert made._replace(base=base + 1.5) == named._replace(base=base + 1.5)
    assert pickle.loads(pickle.dumps(made)) == named
