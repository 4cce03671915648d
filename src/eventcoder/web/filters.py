"""The filters every view of the dashboard shares, read from the query string.

The same names serve the pages (``/?country=IQ&from=2025-01-01``), the JSON API and the
export links, so a filtered view can be bookmarked, shared and exported as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from eventcoder.store import EventFilter

#: Longest free-text filter value accepted.
MAX_FILTER_CHARS = 200

#: Query-string names of the shared filters, in the order the filter bar shows them.
FILTER_PARAMS = ("from", "to", "country", "admin1", "actor", "type", "sub_type", "text",
                 "min_fatalities", "min_sources", "background")


@dataclass(frozen=True, slots=True)
class SharedFilters:
    """The shared filters as given, to refill forms and build links."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    text: str | None = None
    min_fatalities: int | None = None
    min_sources: int | None = None
    background: bool = False

    def event_filter(self) -> EventFilter:
        """The store filter these mean; background events only when asked for."""
        return EventFilter(
            country=self.country.upper() if self.country else None,
            admin1=self.admin1 or None,
            actor=self.actor or None,
            event_type=self.event_type or None,
            sub_event_type=self.sub_event_type or None,
            date_from=self.date_from.isoformat() if self.date_from else None,
            date_to=self.date_to.isoformat() if self.date_to else None,
            min_fatalities=self.min_fatalities,
            min_sources=self.min_sources,
            text=self.text or None,
            include_background=self.background,
        )

    def params(self) -> dict[str, str]:
        """The filters as query-string parameters (only those set)."""
        values: dict[str, Any] = {
            "from": self.date_from, "to": self.date_to, "country": self.country,
            "admin1": self.admin1, "actor": self.actor, "type": self.event_type,
            "sub_type": self.sub_event_type, "text": self.text,
            "min_fatalities": self.min_fatalities, "min_sources": self.min_sources,
            "background": "1" if self.background else None,
        }
        return {k: str(v) for k, v in values.items() if v is not None and v != ""}

    def query(self, **extra: Any) -> str:
        """``?...`` with the filters and ``extra`` parameters, or ``""`` when there are none."""
        params = self.params()
        params.update({k: str(v) for k, v in extra.items() if v is not None})
        return "?" + urlencode(params) if params else ""


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


_DAY = r"^(\d{4}-\d{2}-\d{2})?$"
_COUNT = r"^\d{0,9}$"


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(422, f"{name}: {value!r} is not a date like 2025-01-06") from exc


def _count(value: str | None) -> int | None:
    return int(value) if value else None


def shared_filters(
    date_from: Annotated[str | None, Query(alias="from", pattern=_DAY,
                                           description="Events ending on or after this day "
                                                       "(YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=_DAY,
                                         description="Events starting on or before this day "
                                                     "(YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(max_length=8,
                                         description="ISO 3166 alpha-2 code, e.g. IQ.")] = None,
    admin1: Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                        description="First-level region (a part of its name).")]
    = None,
    actor: Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                       description="Any actor of the event (a part of its name).")]
    = None,
    event_type: Annotated[str | None, Query(alias="type", max_length=60,
                                            description="Event type, e.g. battles.")] = None,
    sub_event_type: Annotated[str | None, Query(alias="sub_type", max_length=60,
                                                description="Sub-event type.")] = None,
    text: Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                      description="Text in notes, places, actors or sources.")]
    = None,
    min_fatalities: Annotated[str | None, Query(pattern=_COUNT,
                                                description="At least this many killed.")] = None,
    min_sources: Annotated[str | None, Query(pattern=_COUNT,
                                             description="Reported by at least this many "
                                                         "documents.")] = None,
    background: Annotated[bool, Query(description="Include past events cited for context.")]
    = False,
) -> SharedFilters:
    """FastAPI dependency: the shared filters of a request (blank fields mean any)."""
    return SharedFilters(
        date_from=_day(date_from, "from"), date_to=_day(date_to, "to"),
        country=_blank_to_none(country), admin1=_blank_to_none(admin1),
        actor=_blank_to_none(actor), event_type=_blank_to_none(event_type),
        sub_event_type=_blank_to_none(sub_event_type), text=_blank_to_none(text),
        min_fatalities=_count(min_fatalities), min_sources=_count(min_sources),
        background=background,
    )


__all__ = ["FILTER_PARAMS", "MAX_FILTER_CHARS", "SharedFilters", "shared_filters"]
