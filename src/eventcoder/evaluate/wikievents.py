"""Score extraction against WikiEvents: news articles with event triggers and argument spans.

WikiEvents annotates every KAIROS event mention of a text; eventcoder records
conflict events with their casualties. The two meet on four kinds of mention
(attack, death, injury, arrest) and on three arguments (place, attacker,
victim); ``docs/evaluation.md`` gives the correspondence.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from eventcoder.evaluate.metrics import Scores, failed_documents, normalise_name
from eventcoder.records import Document, Event, Evidence, Record

log = logging.getLogger(__name__)

Kind = Literal["attack", "death", "injury", "arrest"]
KINDS: tuple[Kind, ...] = ("attack", "death", "injury", "arrest")
Role = Literal["place", "attacker", "victim"]
ROLES: tuple[Role, ...] = ("place", "attacker", "victim")

#: KAIROS event type prefix -> the kind of mention it is scored as.
KAIROS_KINDS: dict[str, Kind] = {
    "Conflict.Attack": "attack",
    "Life.Die": "death",
    "Life.Injure": "injury",
    "Justice.ArrestJailDetain": "arrest",
}
#: KAIROS argument role -> the argument it is scored as.
KAIROS_ROLES: dict[str, Role] = {
    "Place": "place",
    "Attacker": "attacker",
    "Killer": "attacker",
    "Injurer": "attacker",
    "Jailer": "attacker",
    "Victim": "victim",
    "Target": "victim",
    "Detainee": "victim",
}
#: eventcoder event types that count as an attack.
ATTACK_EVENT_TYPES = frozenset({"battles", "explosions_remote_violence",
                                "violence_against_civilians"})
CASUALTY_KINDS: dict[str, Kind] = {"killed": "death", "wounded": "injury", "detained": "arrest"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(slots=True)
class GoldMention:
    """One annotated event mention of a scored kind, with its scored arguments."""

    mention_id: str
    kind: Kind
    event_type: str
    trigger: Span
    sentence: tuple[int, int]
    arguments: list[tuple[Role, Span]] = field(default_factory=list)


@dataclass(slots=True)
class WikiDoc:
    """A WikiEvents document: its rebuilt text and its scored mentions."""

    row_id: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def rebuild_text(sentences: Sequence[Any]) -> str:
    """The article text with sentences at the offsets their tokens give.

    The distributed ``text`` field glues sentences together ("...in SyriaThe desert"),
    while token offsets count one or two characters between sentences. A one-character
    gap after a sentence ending in punctuation becomes a space; other gaps become line
    breaks (a headline or a paragraph end), so offsets stay those of the annotation.
    """
    text = ""
    for tokens, sentence_text in sentences:
        if not tokens:
            continue
        start = int(tokens[0][1])
        gap = start - len(text)
        if gap > 0:
            after_stop = text.rstrip()[-1:] in {".", "!", "?", "\u201d", '"'}
            text += " " if gap == 1 and after_stop else "\n" * gap
        elif gap < 0:
            raise ValueError(f"sentence at {start} overlaps the previous one")
        text += sentence_text
    return text


def doc_from_json(data: Mapping[str, Any]) -> WikiDoc:
    """A :class:`WikiDoc` from one line of WikiEvents JSONL."""
    sentences = data.get("sentences") or []
    text = rebuild_text(sentences) if sentences else str(data.get("text", ""))
    tokens: list[tuple[int, int]] = []
    sentence_spans: list[tuple[int, int]] = []
    for sentence_tokens, _ in sentences:
        for _, start, end in sentence_tokens:
            tokens.append((int(start), int(end)))
        if sentence_tokens:
            sentence_spans.append((int(sentence_tokens[0][1]), int(sentence_tokens[-1][2])))
        else:
            sentence_spans.append((0, 0))

    def span(first: int, last: int) -> Span:
        start, end = tokens[first][0], tokens[last - 1][1]
        return Span(start, end, text[start:end])

    entities = {e["id"]: e for e in data.get("entity_mentions") or []}
    mentions: list[GoldMention] = []
    for item in data.get("event_mentions") or []:
        event_type = str(item.get("event_type", ""))
        kind = next((k for prefix, k in KAIROS_KINDS.items() if event_type.startswith(prefix)),
                    None)
        if kind is None:
            continue
        trigger = item["trigger"]
        sent_idx = int(trigger.get("sent_idx", 0))
        mention = GoldMention(
            mention_id=str(item.get("id")),
            kind=kind,
            event_type=event_type,
            trigger=span(int(trigger["start"]), int(trigger["end"])),
            sentence=sentence_spans[sent_idx] if sent_idx < len(sentence_spans) else (0, 0),
        )
        for argument in item.get("arguments") or []:
            role = KAIROS_ROLES.get(str(argument.get("role")))
            entity = entities.get(argument.get("entity_id"))
            if role is None or entity is None:
                continue
            mention.arguments.append((role, span(int(entity["start"]), int(entity["end"]))))
        mentions.append(mention)
    return WikiDoc(row_id=str(data.get("doc_id", "")), text=text, mentions=mentions)


def iter_wikievents(path: Path) -> Iterator[WikiDoc]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield doc_from_json(json.loads(line))
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                log.warning("%s:%d: skipped, not a WikiEvents document (%s)", path, number, exc)


def read_wikievents(path: Path) -> list[WikiDoc]:
    """All documents of a WikiEvents JSONL file."""
    return [d for d in iter_wikievents(path) if d.row_id]


# --- predictions -----------------------------------------------------------------------------


@dataclass(slots=True)
class Predicted:
    """One predicted mention of a scored kind, with what can fill each argument."""

    kind: Kind
    spans: list[Evidence]
    values: dict[Role, list[str]]
    argument_spans: dict[Role, list[Evidence]]


def _spans(event: Event, prefixes: Sequence[str]) -> list[Evidence]:
    return [e for key, spans in event.evidence.items() if key.startswith(tuple(prefixes))
            for e in spans]


def predicted_mentions(records: Sequence[Record]) -> list[Predicted]:
    """The attack, death, injury and arrest mentions a document's events stand for."""
    out: list[Predicted] = []
    for record in records:
        if not isinstance(record, Event):
            continue
        event = record
        places = [v for v in (event.location.name, event.location.place, event.location.admin1,
                              event.location.admin2) if v]
        attackers = [a for a in (event.actor1, *event.assoc_actor_1) if a]
        victims = [a for a in (event.actor2, *event.assoc_actor_2) if a]
        place_spans = _spans(event, ("location",))
        attacker_spans = _spans(event, ("actor1", "assoc_actor_1"))
        victim_spans = _spans(event, ("actor2", "assoc_actor_2"))
        all_spans = [e for spans in event.evidence.values() for e in spans]
        if event.event_type in ATTACK_EVENT_TYPES:
            out.append(Predicted("attack", all_spans,
                                 {"place": places, "attacker": attackers, "victim": victims},
                                 {"place": place_spans, "attacker": attacker_spans,
                                  "victim": victim_spans}))
        if event.sub_event_type == "arrests" and not any(
            c.kind == "detained" for c in event.casualties
        ):
            out.append(Predicted("arrest", all_spans,
                                 {"place": places, "attacker": attackers, "victim": victims},
                                 {"place": place_spans, "attacker": attacker_spans,
                                  "victim": victim_spans}))
        for casualty in event.casualties:
            kind = CASUALTY_KINDS.get(casualty.kind)
            if kind is None or casualty.qualifier == "zero" or casualty.count == 0:
                continue
            party = [casualty.party] if casualty.party else []
            out.append(Predicted(kind, list(casualty.evidence) or all_spans,
                                 {"place": places, "attacker": attackers,
                                  "victim": party + victims},
                                 {"place": place_spans, "attacker": attacker_spans,
                                  "victim": list(casualty.evidence) + victim_spans}))
    return out


def _value_matches(gold: str, values: Sequence[str]) -> bool:
    gold_words = set(normalise_name(gold).split())
    if not gold_words:
        return False
    for value in values:
        words = set(normalise_name(value).split())
        if words and (gold_words <= words or words <= gold_words):
            return True
    return False


def argument_found(role: Role, gold: Span, candidates: Sequence[Predicted]) -> bool:
    """Whether a predicted mention of the same kind fills the argument: a span of that field
    overlaps the annotated one, or a value has the same words (one's words within the other's)."""
    for predicted in candidates:
        if any(s.start < gold.end and gold.start < s.end for s in predicted.argument_spans[role]):
            return True
        if _value_matches(gold.text, predicted.values[role]):
            return True
    return False


def score_wikievents(
    docs: Sequence[WikiDoc], predictions: Mapping[str, Sequence[Record]]
) -> Scores:
    """Score predicted records (by document id) against WikiEvents annotations."""
    scores = Scores(format="wikievents", n_rows=len(docs))
    for kind in KINDS:
        for name in ("doc_precision", "doc_recall"):
            scores.measure(f"{kind}.{name}", kind,
                           f"{kind} events: document-level {name.split('_')[1]}")
        scores.measure(f"{kind}.mention_recall", kind,
                       f"share of annotated {kind} mentions with a predicted {kind} in the "
                       "same sentence")
    for doc in docs:
        records = predictions.get(doc.row_id, [])
        scores.failed.extend(failed_documents(records))
        predicted = predicted_mentions(records)
        for kind in KINDS:
            gold_here = [m for m in doc.mentions if m.kind == kind]
            pred_here = [p for p in predicted if p.kind == kind]
            if pred_here:
                scores.measures[f"{kind}.doc_precision"].add(bool(gold_here))
            if gold_here:
                scores.measures[f"{kind}.doc_recall"].add(bool(pred_here))
            for mention in gold_here:
                lo, hi = mention.sentence
                hit = any(s.start < hi and lo < s.end for p in pred_here for s in p.spans)
                scores.measures[f"{kind}.mention_recall"].add(hit)
                if not hit:
                    scores.error(doc.row_id, f"{kind} mention", mention.trigger.text, None, 1.0,
                                 doc.text[lo:hi])
                for role, argument in mention.arguments:
                    found = argument_found(role, argument, pred_here)
                    scores.measure(f"{role}.recall", role,
                                   f"share of annotated {role} arguments (of the four kinds) "
                                   "filled by a predicted mention of the same kind").add(found)
                    if not found:
                        values = sorted({v for p in pred_here for v in p.values[role]})
                        scores.error(doc.row_id, f"{role} argument", argument.text, values or None,
                                     1.0, doc.text[lo:hi])
    return scores


def documents_for(docs: Sequence[WikiDoc]) -> list[Document]:
    """The documents the extractor reads: the rebuilt article text, no publication date."""
    from eventcoder.inputs import document_from_text

    return [document_from_text(doc.text, doc_id=doc.row_id) for doc in docs]
