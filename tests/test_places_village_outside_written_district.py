"""A village read in another district of its province, well beyond the one district the
text writes out as such ("in X municipality, ..., residents of Y village"), is a village
of that district the gazetteer lacks, not a namesake across the province: it is left
unresolved and the event is placed at the district."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from tests.places_text import places_in
from tests.records_factory import only_event

TEXT = ("On 6 June 2021, in Calvillo municipality, Aguascalientes, residents of Asientos "
        "village blocked a road to demand water.")


def test_places_village_of_another_district_left_unresolved() -> None:
    mention = places_in(TEXT)["Asientos"]
    assert mention.place is None


def test_events_placed_at_the_district_written(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, TEXT).location
    assert location.place == "Calvillo"
