"""Security and intelligence services told by their initials (FSB, NDS, ISI, DGSE, SBU) as
the side that raids: each its own state's force, the initials read only where the service
works where they are read for another body ("ISI" in Iraq is the Islamic State of Iraq)."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder import extract
from eventcoder.actors import resolve_actor
from eventcoder.records import Event

_DAY = date(2019, 3, 1)


@pytest.mark.parametrize(("phrase", "iso", "name", "acled_name"), [
    ("FSB officers", "RU", "Federal Security Service",
     "Police Forces of Russia (2000-) Federal Security Service"),
    ("Russia's Federal Security Service", "RU", "Federal Security Service",
     "Police Forces of Russia (2000-) Federal Security Service"),
    ("the FSB", "UA", "Federal Security Service",
     "Police Forces of Russia (2000-) Federal Security Service"),
    ("ISI officials", "PK", "Inter-Services Intelligence",
     "Military Forces of Pakistan (2018-) Inter-Services Intelligence"),
    ("DGSE agents", "ML", "Directorate-General for External Security",
     "Military Forces of France (2017-)"),
    ("NDS special forces", "AF", "National Directorate of Security",
     "Police Forces of Afghanistan (2014-) National Directorate of Security"),
])
def test_actors_security_service_by_initials(phrase: str, iso: str, name: str,
                                             acled_name: str) -> None:
    found = resolve_actor(phrase, country=iso, when=_DAY)
    assert found is not None
    assert (found.name, found.acled_name) == (name, acled_name)


@pytest.mark.parametrize(("phrase", "iso"), [
    ("ISI fighters", "IQ"),  # the Islamic State of Iraq, not Pakistan's service
    ("the FSB", "GB"),  # initials of other bodies elsewhere
])
def test_actors_service_initials_elsewhere_are_not_the_service(phrase: str, iso: str) -> None:
    found = resolve_actor(phrase, country=iso, when=_DAY)
    assert found is None or found.name not in (
        "Inter-Services Intelligence", "Federal Security Service")


@pytest.mark.parametrize(("text", "published", "actor1", "killed", "detained"), [
    ("Nalchik, 6 November 2018 - FSB officers killed three gunmen who opened fire when "
     "they were surrounded in a house in Baksan on Monday, the National Antiterrorism "
     "Committee said.", "2018-11-06", "Federal Security Service", 3, 0),
    ("Quetta, 14 February 2019 - ISI operatives arrested four suspected militants in a raid "
     "in Pishin on Wednesday, officials said.", "2019-02-14",
     "Inter-Services Intelligence", 0, 4),
    ("Paris, 2 June 2020 - DGSE agents detained two jihadists in a raid near Menaka on "
     "Sunday, the ministry of the armed forces said.", "2020-06-02",
     "Directorate-General for External Security", 0, 2),
    ("Kabul, 20 April 2019 - NDS special forces killed five Taliban fighters in a night "
     "raid in Chaparhar district of Nangarhar province on Friday, the agency said.",
     "2019-04-20", "National Directorate of Security", 5, 0),
    ("Kyiv, 11 August 2022 - The SBU detained three saboteurs in a raid in Mykolaiv on "
     "Wednesday, the service said.", "2022-08-11", "Armed Forces of Ukraine", 0, 3),
])
def test_events_a_security_service_raids(text: str, published: str, actor1: str,
                                         killed: int, detained: int) -> None:
    events = [r for r in extract(text, published=published, doc_id="s")
              if isinstance(r, Event)]
    assert len(events) == 1
    event = events[0]
    assert event.actor1 == actor1
    assert sum(c.count or 0 for c in event.casualties if c.kind == "killed") == killed
    assert sum(c.count or 0 for c in event.casualties if c.kind == "detained") == detained


@pytest.mark.parametrize(("text", "published", "actor1", "actor2"), [
    ("Nalchik, 3 August 2018\n\n03.08.2018 in the village Baksan, in course of the "
     "counter-terrorist operation, were liquidated bandits 2. The bandits offered armed "
     "resistance to the employees of the FSB.", "2018-08-03", "Federal Security Service",
     "Unidentified Armed Group (Russia)"),
    ("Peshawar, 9 May 2019\n\nDuring an intelligence-based operation near Bannu, were "
     "killed terrorists 4. The terrorists opened fire on the ISI team before they were "
     "killed.", "2019-05-09", "Inter-Services Intelligence",
     "Unidentified Armed Group (Pakistan)"),
])
def test_events_a_service_named_only_as_the_one_resisted_is_the_other_side(
        text: str, published: str, actor1: str, actor2: str) -> None:
    (event,) = [r for r in extract(text, published=published, doc_id="s")
                if isinstance(r, Event)]
    assert (event.actor1, event.actor2) == (actor1, actor2)
