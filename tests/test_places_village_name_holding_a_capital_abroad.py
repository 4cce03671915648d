"""A village of several words whose name holds a capital abroad ("the village of Puerto San
Salvador"), told with no holder beside it in a report whose places all lie in another
country, is not that capital: the whole name is read as a village the gazetteer lacks, and
the event is placed by the report's other places. Where the name's known part lies in the
report's own country it stays."""

from __future__ import annotations

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from tests.records_factory import first_event

_ELN = ("Troops on patrol in the rural area of the municipality of Tame, Arauca, were attacked "
        "on 2 March 2025 by members of the ELN in the village of Puerto San Salvador.")


def test_village_holding_a_capital_abroad_is_not_that_capital(pipeline: RulePipeline) -> None:
    doc = pipeline.analyse(document_from_text(_ELN + " Two rebels died in the combat.",
                                              published="2025-03-03", doc_id="eln"))
    village = [p for p in doc.places if "Salvador" in p.text]
    assert [(p.text, p.place) for p in village] == [("Puerto San Salvador", None)]
    location = first_event(pipeline, _ELN, published="2025-03-03").location
    assert (location.country, location.admin1) == ("CO", "Arauca"), location


def test_village_holding_a_name_of_the_reports_country_stays(pipeline: RulePipeline) -> None:
    text = ("Security forces arrested five suspects on 2 March 2025 in the village of Qara "
            "Hanjir of Kirkuk province countryside.")
    location = first_event(pipeline, text, published="2025-03-03").location
    assert location.country == "IQ", location
