"""Groups of earlier decades that GTD's summaries name: Spain's Basque separatists (by
their English name or their Basque one; their abbreviation alone is read as a group of
that name already), El Salvador's guerrilla front (whose name holds "National Liberation
Front", the name of a Syrian group) and Greece's Revolutionary Organization 17 November.
Each is read as the group, not as an unidentified armed group or the other front."""

from __future__ import annotations

import pytest

from tests.found_records import main_event_of


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("09/12/1985: Gunmen of Basque Fatherland and Freedom shot and killed a retired army "
         "colonel in Pamplona, Navarre, Spain.", "Basque Fatherland and Freedom"),
        ("02/20/1996: A car bomb killed a police officer in Irun, Gipuzkoa, Spain. Euskadi "
         "Ta Askatasuna claimed responsibility for the attack.",
         "Basque Fatherland and Freedom"),
        ("06/06/1991: Basque Fatherland and Freedom (ETA) claimed the bombing of a bank in "
         "Logrono, La Rioja, Spain, which wounded two clerks.",
         "Basque Fatherland and Freedom"),
        ("03/30/1988: FMLN guerrillas attacked an army post in San Miguel, El Salvador, "
         "killing four soldiers.", "Farabundo Marti National Liberation Front"),
        ("10/14/1990: The Farabundo Marti National Liberation Front (FMLN) claimed an attack "
         "on a power station in Usulutan, El Salvador.",
         "Farabundo Marti National Liberation Front"),
        ("05/28/1997: Assailants shot and killed a shipowner in Piraeus, Attica, Greece. "
         "Revolutionary Organization 17 November claimed responsibility for the incident.",
         "Revolutionary Organization 17 November"),
    ],
)
def test_a_group_of_an_earlier_decade_is_read_as_itself(text: str, group: str) -> None:
    event = main_event_of(text)
    assert group in (event.actor1, *event.assoc_actor_1), (event.actor1, event.assoc_actor_1)


def test_a_date_of_november_names_no_group() -> None:
    event = main_event_of("On 17 November 1995, gunmen shot and killed a banker in "
                          "Athens, Greece.")
    assert event.actor1 != "Revolutionary Organization 17 November"
