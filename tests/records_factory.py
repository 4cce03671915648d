"""Hand-built documents and records for the store, ingest and export tests, and the one
event the pipeline finds in a short report written for a test."""

from __future__ import annotations

from eventcoder.inputs import content_hash, document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import (
    Casualty,
    Consistency,
    Document,
    Event,
    Evidence,
    Location,
    Record,
    Statement,
    Tally,
)


def document(doc_id: str, text: str, *, published: str | None = "2024-03-05",
             source: str | None = "Daily Wire Service") -> Document:
    return Document(doc_id=doc_id, text=text, published=published, source=source,
                    published_basis="given" if published else "unknown",
                    content_hash=content_hash(text), extractor="test")


def event(doc_id: str, n: int = 1, *, country: str = "SO", place: str = "Baidoa",
          admin1: str = "Bay", day: str = "2024-03-02", killed: int | None = 4,
          event_type: str = "explosions_remote_violence",
          sub_event_type: str = "remote_explosive_landmine_ied",
          actor1: str = "Al Shabaab", actor2: str | None = "Military Forces of Somalia",
          latitude: float | None = 3.11, longitude: float | None = 43.65) -> Event:
    casualties = [] if killed is None else [
        Casualty(kind="killed", party=actor2, count=killed, low=killed, high=killed + 2,
                 evidence=[Evidence(doc_id, 0, 5, "Five")])
    ]
    return Event(
        event_id=f"{doc_id}:e{n}", doc_id=doc_id, event_type=event_type,
        sub_event_type=sub_event_type, date_start=day, date_end=day, time_precision=1,
        date_basis="stated",
        location=Location(name=place, place=place, country=country, admin1=admin1,
                          latitude=latitude, longitude=longitude, geo_precision=1),
        actor1=actor1, actor2=actor2, actor_kinds={actor1: "rebel_group",
                                                   **({actor2: "state_forces"} if actor2 else {})},
        casualties=casualties, fatalities=killed, equipment=["IED"],
        notes=f"On {day}, {actor1} detonated an IED near {place}.",
        evidence={"event_type": [Evidence(doc_id, 10, 20, "detonated")]}, confidence=0.8,
        extractor="test",
    )


def extraction(doc_id: str, text: str, *, n_events: int = 1, **event_kwargs: object
               ) -> list[Record]:
    """A document with events, a tally, its consistency finding and a statement."""
    records: list[Record] = [document(doc_id, text)]
    records += [event(doc_id, n, **event_kwargs) for n in range(1, n_events + 1)]  # type: ignore[arg-type]
    records.append(Tally(tally_id=f"{doc_id}:t1", doc_id=doc_id, reporter="AMISOM",
                         period_start="2024-02-01", period_end="2024-02-29", area=["SO"],
                         metric="operations", value=12,
                         evidence=[Evidence(doc_id, 0, 4, "12 o")]))
    records.append(Consistency(doc_id=doc_id, total=12, parts=[7, 5], parts_sum=12,
                               verdict="consistent", explanation="7 + 5 = 12",
                               total_tally=f"{doc_id}:t1", metric="operations"))
    records.append(Statement(doc_id=doc_id, speaker="Ali Hassan", quote="We will respond.",
                             role="spokesman", organisation="Somali National Army"))
    return records


def first_event(pipeline: RulePipeline, text: str, published: str | None = None) -> Event:
    """The first event the pipeline finds in ``text``; fails where there is none."""
    records = pipeline(document_from_text(text, published=published))
    events = [r for r in records if isinstance(r, Event)]
    assert events, text
    return events[0]


def main_event(pipeline: RulePipeline, text: str, published: str | None = None) -> Event:
    """The first event, background aside, the pipeline finds in ``text``; fails where there
    is none."""
    records = pipeline(document_from_text(text, published=published))
    events = [r for r in records if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


def only_event(pipeline: RulePipeline, text: str, published: str | None = None) -> Event:
    """The one event (background aside) the pipeline finds in ``text``; fails otherwise."""
    records = pipeline(document_from_text(text, doc_id="t", published=published))
    events = [r for r in records if isinstance(r, Event) and not r.background]
    assert len(events) == 1, [e.to_dict() for e in events]
    return events[0]


def perpetrators(text: str) -> list[str]:
    """The actor1 and its associates of the main event of a short report: who struck, as
    the GTD's perpetrator is scored."""
    from eventcoder import extract
    from eventcoder.evaluate.metrics import main_event

    main = main_event(list(extract(text)))
    assert main is not None
    return [a for a in [main.actor1, *main.assoc_actor_1] if a]


def totals(text: str) -> tuple[int, int]:
    """The killed and wounded of the main event of a short report, as the GTD's nkill and
    nwound are scored."""
    from eventcoder import extract
    from eventcoder.evaluate.metrics import main_event, predicted_killed, predicted_wounded

    main = main_event(list(extract(text)))
    return predicted_killed(main), predicted_wounded(main)


def extracted_event(text: str) -> Event:
    """The first event, background aside, that ``eventcoder.extract`` finds in ``text``;
    fails where there is none."""
    from eventcoder import extract

    events = [r for r in extract(text) if isinstance(r, Event) and not r.background]
    assert events, text
    return events[0]


def casualty_total(text: str, kind: str) -> int:
    """The people of one fate ("killed", "wounded") the casualty mentions of ``text`` add up
    to once combined, a count of none known taken at its low bound."""
    from eventcoder.casualties import combine_casualties
    from eventcoder.quantities import find_casualty_mentions

    total = 0
    for c in combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1"):
        if c.kind == kind:
            total += c.count if c.count is not None else (c.low or 0)
    return total
