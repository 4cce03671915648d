"""The dashboard's HTML pages: overview (map, timeline, table), event, tallies, API.

Pages are rendered by Jinja with autoescaping; the overview's data comes from the JSON
API through ``static/dashboard.js``, while the event and tallies pages are rendered
whole on the server, evidence marks included, so they read even without scripts.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from eventcoder.store import Store
from eventcoder.web import queries, views
from eventcoder.web.filters import SharedFilters, shared_filters

router = APIRouter(include_in_schema=False)

#: Event types in the order the legend lists them; each has a colour in app.css / common.js.
EVENT_TYPES = ("battles", "explosions_remote_violence", "violence_against_civilians",
               "protests", "riots", "strategic_developments")


def label_filter(value: Any) -> str:
    """``explosions_remote_violence`` -> ``Explosions remote violence``."""
    if value is None:
        return "—"
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]


def facet_context(store: Store, filters: SharedFilters) -> dict[str, Any]:
    """The filter bar's choices: facets with country names, and whether the chosen ones
    are among them."""
    from eventcoder.export.common import country as country_info

    found = queries.facets(store, filters.event_filter())
    for item in found["country"]:
        item["name"] = country_info(str(item["value"]))[0] or item["value"]
    chosen_country = (filters.country or "").upper()
    found["has_country"] = any(i["value"] == chosen_country for i in found["country"])
    found["has_type"] = any(i["value"] == filters.event_type for i in found["event_type"])
    return found


def base_context(request: Request, filters: SharedFilters | None = None, *,
                 filter_action: str = "/") -> dict[str, Any]:
    chosen = filters or SharedFilters()
    store: Store = request.app.state.store
    return {
        "request": request,
        "filters": chosen,
        "filter_query": chosen.query(),
        "filter_action": filter_action,
        "facets": facet_context(store, chosen),
        "event_types": EVENT_TYPES,
        "allow_ingest": bool(getattr(request.app.state, "allow_ingest", False)),
    }


def _render(http_request: Request, template: str, **context: Any) -> HTMLResponse:
    html = http_request.app.state.templates.get_template(template).render(**context)
    return HTMLResponse(html)


FiltersDep = Annotated[SharedFilters, Depends(shared_filters)]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, filters: FiltersDep) -> HTMLResponse:
    state = request.app.state
    return _render(request, "overview.html", **base_context(request, filters),
                   tiles=state.tiles or "", tiles_attribution=state.tiles_attribution)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: Annotated[str, PathParam(max_length=200)],
               filters: FiltersDep) -> HTMLResponse:
    store: Store = request.app.state.store
    view = views.event_view(store, event_id)
    if view is None:
        raise HTTPException(404, f"There is no event {event_id!r} in this store.")
    return _render(request, "event.html", **base_context(request, filters), **view,
                   explanation=store.explain(event_id), field_value=views.field_value)


@router.get("/tallies", response_class=HTMLResponse)
def tallies_page(
    request: Request, filters: FiltersDep,
    metric: Annotated[str | None, Query(max_length=60)] = None,
    verdict: Annotated[str | None, Query(pattern=r"^(consistent|mismatch|partial)?$")] = None,
) -> HTMLResponse:
    from eventcoder.store import TallyFilter

    store: Store = request.app.state.store
    tally_filter = TallyFilter(
        area=filters.country.upper() if filters.country else None, metric=metric or None,
        reporter=filters.actor,
        date_from=filters.date_from.isoformat() if filters.date_from else None,
        date_to=filters.date_to.isoformat() if filters.date_to else None)
    view = views.tallies_view(store, tally_filter)
    findings = [f for f in view["findings"] if not verdict or f.get("verdict") == verdict]
    return _render(request, "tallies.html",
                   **base_context(request, filters, filter_action="/tallies"), **view,
                   shown_findings=findings, verdict=verdict or "", metric=metric or "",
                   tally_text=views.tally_text, finding_parts=views.finding_parts)


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            endpoints.append({
                "method": method.upper(), "path": path,
                "summary": operation.get("summary") or "",
                "description": operation.get("description") or "",
                "parameters": [
                    {"name": p.get("name"), "in": p.get("in"),
                     "description": p.get("description") or (p.get("schema") or {}).get(
                         "description") or "",
                     "required": bool(p.get("required"))}
                    for p in operation.get("parameters") or []
                ],
            })
    return _render(request, "api.html", **base_context(request), endpoints=endpoints)


__all__ = ["EVENT_TYPES", "base_context", "label_filter", "router"]
