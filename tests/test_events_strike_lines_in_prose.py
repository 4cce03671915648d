"""A strike release whose lead counts its strikes and whose next sentences tell them place
by place ("Coalition forces conducted 6 strikes ... Near Raqqa, 3 strikes ... Near Abu
Kamal, 3 strikes ..."): the lead is the tally, each place's sentence an event, with the
lead's striker and day; a sentence above a list of strike lines that tells the strikes
over whole countries sums them up, no event of its own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.actors import lower_ascii
from eventcoder.document import clean_document, make_doc
from eventcoder.events import _leads_of_strike_lines, _prose_strike_lines
from eventcoder.inputs import document_from_text
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


@pytest.mark.parametrize(("text", "published", "striker", "day", "places"), [
    ("Coalition forces conducted 6 strikes against ISIS in Syria on May 3. Near Raqqa, 3 "
     "strikes destroyed two fighting positions. Near Abu Kamal, 3 strikes engaged an ISIS "
     "tactical unit.", "2017-05-04", "Coalition", "2017-05-03", ["Raqqa", "Abu Kamal"]),
    ("Coalition military forces conducted 9 strikes against ISIS targets in Iraq and Syria "
     "yesterday. Near Mosul, five strikes destroyed a tunnel. Near Raqqa, four strikes "
     "engaged two tactical units.", "2016-11-20", "Coalition", "2016-11-19",
     ["Mosul", "Raqqa"]),
    ("U.S. Africa Command conducted three airstrikes against al-Shabaab in Somalia on 9 "
     "March. Near Jilib, two strikes killed five militants. Near Kunyo Barrow, one strike "
     "destroyed a checkpoint.", "2019-03-11", "US Africa Command", "2019-03-09",
     ["Jilib", "Kunyo Barrow"]),
    ("Coalition forces conducted 8 strikes against ISIS in Syria on June 2, killing 11 "
     "fighters. Near Hajin, 5 strikes killed seven fighters. Near Abu Kamal, 3 strikes "
     "killed four fighters.", "2018-06-03", "Coalition", "2018-06-02", ["Hajin", "Abu Kamal"]),
    ("On Oct. 4, Coalition military forces conducted seven strikes against ISIS in Iraq. "
     "Near Tal Afar, four strikes destroyed a weapons cache. Near Kirkuk, three strikes "
     "engaged an ISIS unit.", "2017-10-05", "Coalition", "2017-10-04", ["Tal Afar", "Kirkuk"]),
], ids=["raqqa-abu-kamal", "yesterday", "africom", "killed-in-the-lead", "day-first"])
def test_events_strike_lines_in_prose(text: str, published: str, striker: str, day: str,
                                      places: list[str]) -> None:
    events = _events(text, published)
    assert [e.location.name for e in events if e.location] == places, [e.notes for e in events]
    assert all(e.actor1 == striker and e.date_start == day for e in events), \
        [e.notes for e in events]


def test_events_strike_lines_keep_their_own_dead() -> None:
    events = _events(
        "Coalition forces conducted 8 strikes against ISIS in Syria on June 2, killing 11 "
        "fighters. Near Hajin, 5 strikes killed seven fighters. Near Abu Kamal, 3 strikes "
        "killed four fighters.", "2018-06-03")
    assert [e.fatalities for e in events] == [7, 4]


def test_events_one_place_after_a_count_is_no_list() -> None:
    # one sentence of a place after the count: the strikes told once more, one event
    events = _events("Coalition forces conducted 3 strikes against ISIS in Syria on May 3. "
                     "Near Raqqa, 3 strikes destroyed two fighting positions.", "2017-05-04")
    assert len(events) == 1


def test_events_summary_above_strike_lines_is_no_event() -> None:
    text = ("Coalition airstrikes go on against ISIS in Iraq and Syria\n\n"
            "SOUTHWEST ASIA, March 9, 2017 - Coalition forces continued to attack ISIS "
            "terrorists in Syria and Iraq yesterday, officials said.\n\n"
            "Coalition military forces conducted 6 strikes consisting of 9 engagements "
            "against ISIS targets.\n\n"
            "Strikes in Syria\n\n"
            "Fighter aircraft conducted two strikes consisting of three engagements in "
            "Syria:\n\n"
            "-- Near Raqqa, one strike destroyed a supply route.\n"
            "-- Near Palmyra, one strike destroyed a mortar.\n\n"
            "Strikes in Iraq\n\n"
            "Fighter aircraft conducted four strikes against ISIS targets in Iraq:\n\n"
            "-- Near Mosul, three strikes destroyed a vehicle bomb workshop.\n"
            "-- Near Hit, one strike destroyed a fighting position.\n")
    names = [e.location.name for e in _events(text, "2017-03-09") if e.location]
    # the strikes told over Syria and Iraq together are the lines', no event of Syria
    assert "Syria" not in names and "Iraq" not in names, names
    assert {"Raqqa", "Mosul", "Hit"} <= set(names), names


@pytest.mark.parametrize(("syria", "iraq"), [
    (["Raqqa", "Palmyra"], ["Mosul", "Hit"]),
    (["Raqqa", "Dayr Az Zawr"], ["Mosul", "Rutbah"]),
    (["Palmyra"], ["Mosul", "Hit"]),
], ids=["palmyra-last", "dayr-az-zawr-last", "one-syrian-line"])
def test_events_last_line_of_a_list_above_the_next_lead(syria: list[str],
                                                        iraq: list[str]) -> None:
    # the next country's heading and lead below a list's last line are no part of it: the
    # last line keeps its own event, the first line below them its striker and day
    lines_sy = "".join(f"-- Near {p}, one strike destroyed a fighting position.\n"
                       for p in syria)
    lines_iq = "".join(f"-- Near {p}, one strike destroyed a mortar system.\n" for p in iraq)
    text = ("SOUTHWEST ASIA, March 9, 2017 - Coalition forces continued to attack ISIS "
            "terrorists in Syria and Iraq yesterday, officials said.\n\n"
            f"Coalition military forces conducted {len(syria) + len(iraq)} strikes against "
            "ISIS targets.\n\n"
            "Strikes in Syria\n\n"
            f"Fighter aircraft conducted {len(syria)} strikes against ISIS targets in "
            f"Syria:\n\n{lines_sy}\n"
            "Strikes in Iraq\n\n"
            f"Fighter aircraft conducted {len(iraq)} strikes against ISIS targets in "
            f"Iraq:\n\n{lines_iq}")
    events = _events(text, "2017-03-09")
    assert [e.location.name for e in events if e.location] == syria + iraq, \
        [e.notes for e in events]
    assert all(e.actor1 == "Coalition" and e.date_start == "2017-03-08" for e in events), \
        [e.notes for e in events]


@pytest.mark.parametrize(("lead", "found"), [
    ("Coalition forces conducted 2 strikes in Syria on May 3.", {1: 0, 2: 0}),
    ("Coalition forces attacked militants in Syria on May 3.", {}),
], ids=["three-strike-words", "two-strike-words"])
def test_events_prose_strike_lines_pass_their_gate_at_its_least(lead: str,
                                                                 found: dict[int, int]) -> None:
    # a lead that counts the strikes and two lines that count theirs say "strike" three
    # times, the fewest the look lets through; with two, it looks no further
    text = (f"{lead} Near Raqqa, one strike destroyed a bunker. Near Tabqa, one strike hit "
            "a truck.")
    doc = clean_document(make_doc(document_from_text(text, doc_id="t")))
    assert _prose_strike_lines(doc.text, lower_ascii(doc.text), doc.sentences) == found


@pytest.mark.parametrize("mark", ["--", "-", "\u2013", "\u2014", "\u2022", "*"])
def test_events_strike_list_leads_under_every_mark(mark: str) -> None:
    # a list of strike lines marked by a dash, a single hyphen or a bullet alike: the lead
    # closed by a colon and the heading above it open the list
    lines = "".join(f"{mark} Near {p}, one strike destroyed a bunker.\n"
                    for p in ("Tikrit", "Samarra"))
    text = ("Strikes in Iraq\n\n"
            f"Bombers conducted two strikes against militant targets in Iraq:\n\n{lines}")
    doc = clean_document(make_doc(document_from_text(text, doc_id="t")))
    assert _leads_of_strike_lines(doc.text, lower_ascii(doc.text), doc.sentences) == {0, 1}
    # a text with no line opening on "near" is passed over, whatever its marks and colons
    plain = text.replace("Near", "By")
    assert _leads_of_strike_lines(plain, lower_ascii(plain), doc.sentences) == set()


def test_events_protest_list_in_a_report_of_a_labour_strike_keeps_its_summary() -> None:
    # a list of protests is no list of strikes, though the report tells of a labour strike:
    # the protest told over the country above it stays an event of its own
    text = ("Dock workers in Mombasa have been on strike since Monday over unpaid wages.\n\n"
            "Separately, nurses protested in Kenya on Friday over delayed salaries, a union "
            "said.\n\n"
            "Protests were also held in several towns on Saturday:\n\n"
            "- In Kisumu, traders protested against new market fees.\n"
            "- In Nakuru, students protested over fees.\n")
    names = [e.location.name for e in _events(text, "2024-03-11") if e.location]
    assert names == ["Kenya", "Kisumu", "Nakuru"], names
