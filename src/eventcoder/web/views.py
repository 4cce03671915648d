"""What the event and tallies pages show, built from the store: values, spans, comparisons.

Kept apart from the routes so the JSON API and the HTML pages show the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup

from eventcoder.store import Store, TallyFilter
from eventcoder.web import highlight as hl
from eventcoder.web import queries

#: Casualty kinds compared across sources, in this order.
CASUALTY_KINDS = ("killed", "wounded", "detained", "abducted")

#: Fields listed on the event page, in this order; others with evidence follow.
FIELD_ORDER = ("event_type", "sub_event_type", "date", "location", "actor1", "assoc_actor_1",
               "actor2", "assoc_actor_2", "fatalities", "casualties.killed",
               "casualties.wounded", "casualties.detained", "casualties.abducted", "equipment")

FIELD_LABELS = {
    "event_type": "Event type", "sub_event_type": "Sub-event type", "date": "Date",
    "location": "Location", "actor1": "Actor 1", "assoc_actor_1": "Associated with actor 1",
    "actor2": "Actor 2", "assoc_actor_2": "Associated with actor 2",
    "fatalities": "Fatalities", "casualties.killed": "Killed", "casualties.wounded": "Wounded",
    "casualties.detained": "Detained", "casualties.abducted": "Abducted",
    "equipment": "Equipment", "country": "Country", "admin1": "Admin 1", "place": "Place",
    "date_start": "Date start", "date_end": "Date end",
}


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").replace(".", ": ").capitalize())


def _casualty_text(casualty: dict[str, Any]) -> str:
    count = casualty.get("count")
    low, high = casualty.get("low"), casualty.get("high")
    qualifier = casualty.get("qualifier") or ""
    if qualifier == "zero":
        number = "none"
    elif count is None:
        number = f"an unknown number (at least {low})" if low else "an unknown number"
    elif low is not None and high is not None and low != high:
        number = f"{count} ({low}–{high})"
    else:
        number = str(count)
    prefix = {"at_least": "at least ", "approximately": "about ", "at_most": "at most "}.get(
        qualifier, "")
    party = casualty.get("party")
    return f"{prefix}{number}" + (f" {party}" if party else "")


def field_value(record: dict[str, Any], field: str) -> str:
    """A field's value as the event page writes it."""
    location = record.get("location") or {}
    kinds = record.get("actor_kinds") or {}
    if field == "date":
        start, end = record.get("date_start"), record.get("date_end")
        text = start or "unknown"
        if end and end != start:
            text = f"{start} to {end}"
        precision = record.get("time_precision")
        basis = record.get("date_basis")
        extra = ", ".join(x for x in (f"precision {precision}" if precision else "",
                                      str(basis).replace("_", " ") if basis else "") if x)
        return f"{text} ({extra})" if extra else text
    if field == "location":
        names = [location.get("name"), location.get("place")]
        shown = list(dict.fromkeys(n for n in names if n))
        where = ", ".join(str(v) for v in (*shown, location.get("admin2"),
                                           location.get("admin1"), location.get("country"))
                          if v)
        if location.get("latitude") is not None and location.get("longitude") is not None:
            where += f" ({location['latitude']:.4f}, {location['longitude']:.4f}"
            if location.get("geo_precision"):
                where += f", precision {location['geo_precision']}"
            where += ")"
        return where or "unknown"
    if field in ("actor1", "actor2"):
        name = record.get(field)
        if not name:
            return "—"
        kind = kinds.get(name)
        return f"{name} ({str(kind).replace('_', ' ')})" if kind else str(name)
    if field.startswith("casualties."):
        kind = field.split(".", 1)[1]
        items = [c for c in record.get("casualties") or [] if c.get("kind") == kind]
        return "; ".join(_casualty_text(c) for c in items) or "—"
    if field == "fatalities":
        value = record.get("fatalities")
        low, high = record.get("fatalities_low"), record.get("fatalities_high")
        text = "—" if value is None else str(value)
        if low is not None and high is not None and (low != high or low != value):
            text += f" (low {low}, high {high})"
        return text
    value = record.get(field)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if value is None or value == "":
        return "—"
    return str(value).replace("_", " ") if field in ("event_type", "sub_event_type") else str(
        value)


def _killed_like(record: dict[str, Any], kind: str) -> int | None:
    counts = [c.get("count") for c in record.get("casualties") or [] if c.get("kind") == kind]
    numbers = [int(c) for c in counts if c is not None]
    if not counts:
        return None
    return sum(numbers) if numbers else None


def event_view(store: Store, event_id: str) -> dict[str, Any] | None:
    """The event page's content: fields with evidence, sources with highlighted text,
    and the values each source gave, disagreements marked."""
    detail = store.event(event_id)
    if detail is None:
        return None
    sources: list[dict[str, Any]] = []
    field_spans: dict[str, list[dict[str, Any]]] = {}
    unmatched: list[dict[str, Any]] = []
    for index, source in enumerate(detail.get("sources") or []):
        doc_id = source["doc_id"]
        merged_here = {**detail, "evidence": {
            f: [e for e in items if (e.get("doc_id") or detail.get("doc_id")) == doc_id]
            for f, items in (detail.get("evidence") or {}).items()}, "casualties": []}
        spans = [s for s in hl.collect_spans([source.get("record") or {}, merged_here],
                                             prefix=f"src{index}-")
                 if s.doc_id == doc_id]
        text = source.get("text") or ""
        located = hl.locate(text, spans)
        for span in located.spans:
            field_spans.setdefault(span.field, []).append(
                {"span_id": span.span_id, "text": span.text or text[span.start:span.end],
                 "source_index": index, "doc_id": doc_id, "start": span.start,
                 "end": span.end})
        for span in located.unmatched:
            unmatched.append({"field": span.field, "doc_id": doc_id, "start": span.start,
                              "end": span.end, "text": span.text})
        sources.append({
            "index": index, "doc_id": doc_id, "source": source.get("source"),
            "title": source.get("title"), "published": source.get("published"),
            "url": source.get("url") if str(source.get("url") or "").startswith(
                ("http://", "https://")) else None,
            "source_event_id": source.get("source_event_id"),
            "html": hl.highlight(text, located.spans),
            "n_spans": len(located.spans),
        })
    ordered = [f for f in FIELD_ORDER if f in field_spans or f in (
        "event_type", "sub_event_type", "date", "location", "actor1", "actor2", "fatalities")]
    ordered += sorted(f for f in field_spans if f not in ordered)
    inferred = detail.get("inferred") or {}
    fields = [{"field": f, "label": label(f), "value": field_value(detail, f),
               "group": hl.field_group(f), "spans": field_spans.get(f, []),
               "inferred": inferred.get(f)} for f in ordered]
    return {"event": detail, "fields": fields, "sources": sources, "unmatched": unmatched,
            "comparison": comparison(detail)}


def comparison(detail: dict[str, Any]) -> list[dict[str, Any]]:
    """Per field, the value each source gave and whether they agree."""
    sources = detail.get("sources") or []
    rows: list[dict[str, Any]] = []
    for name, entry in (detail.get("source_values") or {}).items():
        values = entry.get("values") or {}
        rows.append({"field": name, "label": label(name),
                     "merged": _merged_value(detail, name),
                     "values": [values.get(s["doc_id"]) for s in sources],
                     "agree": bool(entry.get("agree", True))})
    for kind in CASUALTY_KINDS:
        per_source = [_killed_like(s.get("record") or {}, kind) for s in sources]
        if all(v is None for v in per_source):
            continue
        given = {v for v in per_source if v is not None}
        rows.append({"field": f"casualties.{kind}", "label": label(f"casualties.{kind}"),
                     "merged": _killed_like(detail, kind), "values": per_source,
                     "agree": len(given) <= 1})
    return rows


def _merged_value(detail: dict[str, Any], name: str) -> Any:
    location = detail.get("location") or {}
    if name == "place":
        return location.get("place") or location.get("name")
    if name in ("country", "admin1"):
        return location.get(name)
    return detail.get(name)


def tallies_view(store: Store, tally_filter: TallyFilter, *, limit: int = 500) -> dict[str, Any]:
    """The tallies page's content: trees of tallies with excerpts, and consistency findings."""
    tallies = store.tallies(tally_filter, limit=limit)
    total = store.count_tallies(tally_filter)
    findings = store.consistency(limit=None)
    roots, tied = queries.tally_forest(tallies, findings)
    doc_ids = {str(t.get("doc_id")) for t in tallies if t.get("doc_id")}
    for tally in tallies:
        for item in tally.get("evidence") or []:
            if isinstance(item, dict) and item.get("doc_id"):
                doc_ids.add(str(item["doc_id"]))
    documents = queries.document_texts(store, doc_ids)
    excerpts: dict[str, Markup] = {}
    for tally in tallies:
        excerpts[str(tally["tally_id"])] = tally_excerpt(tally, documents)
    in_mismatch: set[str] = set()
    for finding in tied:
        if finding.get("verdict") == "mismatch":
            in_mismatch.add(finding["total_id"])
            in_mismatch.update(p for p in finding["part_ids"] if p)
    groups: dict[str, list[dict[str, Any]]] = {}
    for root in roots:
        groups.setdefault(str(root.tally.get("doc_id") or ""), []).append(root.to_dict())
    by_document = [
        {"doc_id": doc_id, **{k: v for k, v in (documents.get(doc_id) or {}).items()
                              if k != "text"}, "roots": members}
        for doc_id, members in sorted(groups.items(), key=lambda kv: (
            str((documents.get(kv[0]) or {}).get("published") or ""), kv[0]))
    ]
    return {"roots": [r.to_dict() for r in roots], "by_document": by_document,
            "findings": tied, "total": total,
            "shown": len(tallies), "excerpts": excerpts, "in_mismatch": in_mismatch,
            "documents": {k: {kk: vv for kk, vv in v.items() if kk != "text"}
                          for k, v in documents.items()}}


def tally_excerpt(tally: dict[str, Any], documents: dict[str, dict[str, Any]]) -> Markup:
    """The sentences a tally was read from, its spans highlighted (first document only)."""
    spans = hl.collect_spans([tally], prefix=f"{tally.get('tally_id')}-")
    if not spans:
        return Markup("")
    doc_id = spans[0].doc_id
    text = (documents.get(doc_id) or {}).get("text") or ""
    located = hl.locate(text, [s for s in spans if s.doc_id == doc_id])
    return hl.excerpt(text, located.spans)


def tally_text(tally: dict[str, Any]) -> str:
    """``48 operations (partnered) against Islamic State``: a tally in words."""
    value = tally.get("value")
    metric = str(tally.get("metric") or "").replace("_", " ")
    parts = [f"{value if value is not None else '?'} {metric}".strip()]
    if tally.get("qualifier"):
        parts.append(f"({tally['qualifier']})")
    if tally.get("party"):
        parts.append(f"— {tally['party']}")
    return " ".join(parts)


def finding_parts(finding: dict[str, Any]) -> Sequence[dict[str, Any]]:
    """A finding's parts: the value of each and the tally it comes from, when known."""
    records = finding.get("part_records") or []
    out = []
    for index, value in enumerate(finding.get("parts") or []):
        record = records[index] if index < len(records) else None
        out.append({"value": value, "tally": record,
                    "tally_id": (record or {}).get("tally_id")})
    return out


__all__ = [
    "comparison",
    "event_view",
    "field_value",
    "finding_parts",
    "label",
    "tallies_view",
    "tally_excerpt",
    "tally_text",
]
