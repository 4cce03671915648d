"""Wire reports of raids and strikes, each under ``fixtures/raids``, written for these tests.

A dateline names where the report was filed, not where the raid was; a person named after
being told of by role ("a senior Islamic State leader ... killed Abu Hamza") is one death;
a revised count ("revised the number of militants killed ... to 15, up from 9, after the
bodies of six more were found") replaces the first and takes the "more" into it, its
people are acted upon, and the date of the telling ("on Wednesday revised") is not the
raid's, which a finer date later in the report ("The raid on March 8") gives. A toll that
dates its incident ("the death toll from Friday's suicide bombing ... has risen to 55, up
from 46") gives the event its day, means and count; the figure a revision replaces ("after
initially reporting nine dead") is not added to it, and an army that counts its own dead
suffered the attack. "Three soldiers were killed and five others were wounded": the others
are soldiers too, and the airstrikes "in support of the operation" are the operation's, not
a tally. A translated release writes its numbers in brackets ("the killing of (4)
terrorists from the ISIS terrorist gangs"), tells the count again in the quote and names
the striker only there ("the Iraqi F-16 aircraft carried out an air strike"): four dead, the
Iraqi forces the striker, not the ISIS men hit, and "the destruction of the hideout" no one.
A headline that counts the dead under one name ("kill 6 ISIS militants") and a body that
counts them under another ("killed six Islamic State militants") tell of six, and the attacks
the militants "had been planning" are no event. A release that raises a count of wounded
("The number of U.S. service members diagnosed with traumatic brain injuries ... has risen to
34, up from 18") counts 34 of them, once, though its headline says "34 troops". A
headline that sums up the release ("the killing of (3) terrorists ... in Nineveh and Diyala")
is the body's event, placed where the body says, in the province it names after the area.
Rockets fired "in retaliation for a U.S. airstrike that killed five Iran-aligned militiamen"
are one event and the airstrike, cited as their cause, another, marked as background; the
base "housing U.S. forces" was struck, and the coalition that tells of it takes no part.
The group whose "hideouts" were destroyed was struck, and "the killing of (3) terrorists" in
a strike on it are its dead. A commander's "associates" are of his side; a base overrun "a
week" before the strike is cited, not reported. A dateline line under the headline ("Baghdad
/ INA") keeps the headline with the body's event. An incident told "earlier this week" is an
event of its own, and its "one fighter" is of the side attacked. "Iran fired missiles at the
base" names Iran's forces. "Iran-backed militia fighters" in the headline and "militants"
below are the same dead, and attacks counted "since Oct. 17" are a tally, not an event. A
village "in Konduga Local Government Area" that the gazetteer knows only in another state is
placed in that area, and the day the spokesman "told journalists in Abuja" is not the
encounter's. A release's quote that tells its ambush again near a town of the desert named
before is the same event, its one senior official killed once though the headline counts him
too, and "no casualties were recorded among our forces" are the forces' zeros. Jets that
"strike ISIS hideouts" struck ISIS, and cells that "still carry out hit-and-run attacks" are no
event; the people a ship was attacked "in solidarity with" are neither its victims nor where
it happened. A larger toll the attackers claim ("they had killed 15 policemen") does not add
to the police's three. Soldiers killed in an attack on a U.S. outpost in Syria, where Syria's
own forces are never named, are American; "hurt in Syria drone attack" names where, not who;
an attack "blamed on Iran-backed militias" is theirs. "Srinagar, Nov 17 (PTI)" and
"RAWALPINDI:" are where the report was filed, and an "encounter" is a clash, not told by the
police that "says" it. A group that "claimed responsibility" fought the army that killed its
unnamed militants, and one that "said in a claim" it killed 15 did the killing, whose lower
count stands. The killing of civilians the dead terrorists were "involved in" is no toll of
this raid, and the "many others" wounded after "including two senior commanders" are of the
whole. A quote's "Pabalan said" is the commander told of in full before, with his role.
"Eastern Congo" and "Beni territory" are the Democratic Republic's: one attack, not two in
two countries, and the group "blamed for killing thousands" in the past decade adds no toll.
"Mogadishu, 8 March (SONNA)" is a dateline too, day before month, and "two of its leaders"
are of the group counted. "the martyrdom of two fighters" is two deaths, in "the Tarmiyah
district north of Baghdad", not in Baghdad. "a Taliban official said" tells of the bombing
and takes no part in it. A ministry that "on Tuesday corrected the toll of Sunday's
airstrikes" dates them to Sunday, and its forces struck. "no indications that any civilians
were killed" is none; "an operation to arrest suspects" arrested no one; "25 passengers,
including women and children" are 25, not 21 and two of each; "the terrorist gangs of ISIS"
are the Islamic State; "A 64-year-old man and a 71-year-old woman were killed" after "killed
two civilians" are those two. A translation's "have been arrested 14 terrorists of ISIS gang
and killed 3 other" arrested and killed ISIS men, and "No casualties among the our forces" are
the forces' zeros. "A drone launched by Yemen's Houthi rebels slammed into a military camp" is a
drone strike on the army, and "An earlier report by the Saba news agency had put the toll at
two dead" is neither another event nor a place. The army's claim that it "neutralised
terrorists", with no number, adds nothing to a strike's toll of 21, and children named among
the dead did not strike; "a separatist coalition" is not the international one. "Katsina —"
opening the body is where the report was filed, not the village "in Malumfashi Local
Government Area" attacked, and "efforts are on to rescue the abducted victims and arrest the
perpetrators" arrested no one. "injured 12, including a child, regional governor Ivan Fedorov
said" wounded twelve, not the governor too; "A Russian guided bomb attack" is Russia's forces'
in a Ukrainian city though the last paragraph names more Russian places, and drones downed
"over the Belgorod and Kursk regions", as "Moscow's Defence Ministry" said, were not over
Moscow. Who "repel ISIS attack" in a headline suffered it; a force struck "(PMF)", named
again in brackets, did not strike, and "several members" killed are its own, of no number.
A leader killed "along with two of his associates" is three dead, one of them the "senior
... leader" of the headline, all of the group struck; "three more militants had died" are in
a count revised "to seven, up from four"; and "a senior Islamic State group official"
captured is "an ISIS official" told again. A figure told as what was said before ("Police
initially said six people had died", "had previously reported that 11 ...", "Earlier reports
had put the number of dead at four") is replaced by the later count, before or after it, and
the police who first told it are no party; a corrected release's "earlier release had said"
is no incident, and bare "forces" in its raid are the command's forces named above. The
wounded who "died in hospital overnight" died of the bombing told before, not in an incident
of that night. A translation's "the destroy of their hideouts" kills no one, and the
unnamed terrorists a strike killed are of the one group its report names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.inputs import document_from_text
from eventcoder.pipeline import RulePipeline
from eventcoder.records import Event

RAIDS = Path(__file__).parent / "fixtures" / "raids"

# name: (published, date_start, admin1, country, actor1, actor2, killed, wounded)
CASES = {
    "ap-helicopter-raid": ("2024-03-14", "2024-03-12", "Aleppo", "SY", "US forces",
                           "Islamic State", 3, 1),
    "reuters-revised-raid": ("2024-03-14", "2024-03-08", "Al-Anbar", "IQ", "US forces",
                             "Islamic State", 15, 2),
    "wire-raised-operation": ("2019-06-11", "2019-06-03", "Helmand", "AF", "US forces",
                              "Taliban", 22, 3),
    "mosul-named-commander": ("2021-05-16", "2021-05-15", "Nineveh", "IQ",
                              "Iraqi Security Forces", "Islamic State", 4, 0),
    "toll-risen-mosque": ("2024-10-20", "2024-10-18", "Kunduz", "AF",
                          "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
                          55, 140),
    "army-revised-own-dead": ("2024-10-17", "2024-10-13", "Mopti", "ML",
                              "Unidentified Armed Group (Mali)", "Military Forces of Mali",
                              14, 20),
    "airstrikes-in-support": ("2024-10-17", "2024-10-16", "Bay", "SO",
                              "Military Forces of Somalia", "Al Shabaab", 28, 5),
    "mt-bracketed-strike": ("2024-05-15", "2024-05-15", "Kirkuk", "IQ",
                            "Iraqi Security Forces", "Islamic State", 4, 0),
    "k24-desert-operation": ("2024-05-17", "2024-05-16", "Nineveh", "IQ",
                             "Iraqi Security Forces", "Islamic State", 6, 1),
    "mt-hideouts-for-gangs": ("2024-05-22", "2024-05-22", "Al-Anbar", "IQ",
                              "Iraqi Security Forces", "Islamic State", 3, 0),
    "wire-retaliation-rockets": ("2024-08-10", "2024-08-10", "Deir ez-Zor", "SY",
                                 "Unidentified Armed Group (Syria)", "US forces", 0, 0),
    "wire-strike-week-after": ("2024-02-15", "2024-02-13", "Jubbada Dhexe", "SO",
                               "US forces", "Al Shabaab", 4, 0),
    "ina-dateline-strike": ("2024-06-10", "2024-06-09", "Kirkuk", "IQ",
                            "Iraqi Security Forces", "Islamic State", 4, 0),
    "shafaq-ied-earlier-this-week": ("2024-09-13", "2024-09-13", "Diyala", "IQ",
                                     "Unidentified Armed Group (Iraq)", "Iraqi Security Forces",
                                     2, 4),
    "reuters-country-fired": ("2020-02-11", "2020-01-08", None, "IQ", "Military Forces of Iran",
                              "US forces", 0, 100),
    "dhq-lga-village": ("2024-06-07", "2024-06-03", "Borno", "NG", "Military Forces of Nigeria",
                        "Boko Haram", 4, 2),
    "ina-desert-ambush-leader": ("2024-03-06", "2024-03-05", "Al-Anbar", "IQ",
                                 "Iraqi Security Forces", "Islamic State", 1, 0),
    "reuters-jets-hideouts": ("2024-03-04", "2024-03-02", "Erbil", "IQ", "Iraqi Security Forces",
                              "Islamic State", 5, 0),
    "wire-checkpoint-claim": ("2024-05-15", "2024-05-14", "Ghazni", "AF", "Taliban",
                              "Police Forces of Afghanistan", 8, 2),
    "ap-outpost-drone-revised": ("2024-05-16", "2024-05-12", "Al-Hasakah", "SY",
                                 "Pro-Iran Militia (Syria)", "US forces", 2, 23),
    "wire-strike-attacks-since": ("2023-11-10", "2023-11-09", "Deir ez-Zor", "SY", "US forces",
                                  "Pro-Iran Militia (Syria)", 3, 0),
    "pna-negros-encounter": ("2023-11-20", "2023-11-19", "Central Visayas", "PH",
                             "New People's Army", "Military Forces of the Philippines", 3, 0),
    "pti-kulgam-encounter": ("2023-11-17", "2023-11-17", "Jammu and Kashmir", "IN",
                             "Unidentified Armed Group (India)", "Military Forces of India", 2,
                             1),
    "reuters-djibo-claimed": ("2023-11-20", "2023-11-19", "Sahel", "BF",
                              "Military Forces of Burkina Faso",
                              "Jama'at Nusrat al-Islam wal-Muslimin", 420, 50),
    "afp-cabo-delgado-claim": ("2023-11-21", "2023-11-18", "Cabo Delgado", "MZ",
                               "Islamic State", "Civilians (Mozambique)", 11, 0),
    "ispr-waziristan-ibo": ("2023-11-22", "2023-11-21", "Khyber Pakhtunkhwa", "PK",
                            "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
                            6, 0),
    "ap-north-kivu-village": ("2023-11-23", "2023-11-22", "Nord-Kivu", "CD",
                              "Allied Democratic Forces",
                              "Civilians (Democratic Republic of Congo)", 26, 0),
    "xinhua-shabelle-including": ("2023-11-20", "2023-11-19", "Shabeele Dhexe", "SO",
                                  "Military Forces of Somalia", "Al Shabaab", 33, 4),
    "sonna-lower-shabelle-leaders": ("2023-03-09", "2023-03-08", "Shabeele Hoose", "SO",
                                     "Military Forces of Somalia", "Al Shabaab", 15, 3),
    "nina-martyrdom-district": ("2023-03-09", "2023-03-09", "Baghdad", "IQ",
                                "Unidentified Armed Group (Iraq)", "Popular Mobilization Forces",
                                2, 3),
    "ap-mosque-official-told": ("2022-10-29", "2022-10-28", "Kunduz", "AF",
                                "Unidentified Armed Group (Afghanistan)",
                                "Civilians (Afghanistan)", 34, 43),
    "mod-corrected-toll": ("2023-01-17", "2023-01-15", "Helmand", "AF",
                           "Military Forces of Afghanistan", "Taliban", 14, 2),
    "centcom-strike-no-indications": ("2023-07-09", "2023-07-07", None, "SY",
                                      "US Central Command", "Islamic State", 1, 1),
    "reuters-jenin-operation-to-arrest": ("2023-07-05", "2023-07-04", "West Bank", "PS",
                                          "Israel Defense Forces",
                                          "Unidentified Armed Group (Palestine)", 3, 2),
    "kherson-told-one-by-one": ("2023-07-09", "2023-07-08", "Kherson", "UA",
                                "Russian Armed Forces", "Civilians (Ukraine)", 2, 5),
    "mod-translated-were-arrested": ("2024-11-08", "2024-11-07", "Diyala", "IQ",
                                     "Iraqi Security Forces", "Islamic State", 3, 0),
    "ap-marib-drone-earlier-toll": ("2024-11-08", "2024-11-07", "Marib", "YE", "Houthis",
                                    "Yemeni government forces", 4, 9),
    "punch-katsina-mosque-rescue": ("2024-11-08", "2024-11-05", "Katsina", "NG",
                                    "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
                                    7, 5),
    "reuters-zaporizhzhia-governor-said": ("2024-10-10", "2024-10-10", "Zaporizhzhia", "UA",
                                           "Russian Armed Forces", "Civilians (Ukraine)",
                                           3, 12),
    "ap-toll-revised-police-lines": ("2024-06-12", "2024-06-08", "Balochistan", "PK",
                                     "Unidentified Armed Group (Pakistan)",
                                     "Police Forces of Pakistan", 27, 94),
    "reuters-army-said-ambush-toll": ("2024-05-20", "2024-05-17", "Yobe", "NG",
                                      "Boko Haram", "Military Forces of Nigeria", 14, 9),
    "reuters-long-headline-dateline": ("2024-10-12", "2024-10-11", "Khyber Pakhtunkhwa", "PK",
                                       "Tehrik-i-Taliban Pakistan",
                                       "Military Forces of Pakistan", 13, 0),
    "smc-fighter-aircraft-den": ("2024-05-20", "2024-05-20", "Al-Anbar", "IQ",
                                 "Iraqi Security Forces", "Islamic State", 6, 0),
    "centcom-raises-toll-headline": ("2024-01-05", "2024-01-02", "Deir ez-Zor", "SY",
                                     "US forces", "Islamic State", 3, 1),
    "smc-army-aviation-gangs": ("2024-02-12", "2024-02-12", "Kirkuk", "IQ",
                                "Iraqi Security Forces", "Islamic State", 4, 0),
    "k24-drone-ministry-past-days": ("2024-06-06", "2024-06-04", "Erbil", "IQ",
                                     "Turkish Armed Forces", "Kurdistan Workers' Party", 3, 0),
    "rudaw-others-wounded-late": ("2023-12-31", "2023-12-30", "Diyala", "IQ",
                                  "Islamic State", "Peshmerga", 2, 3),
    "joc-remnants-no-losses": ("2024-02-07", "2024-02-07", "Al-Anbar", "IQ",
                               "Iraqi Security Forces", "Islamic State", 3, 0),
    "dhq-days-supreme-price": ("2024-06-06", "2024-06-03", "Zamfara", "NG",
                               "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)",
                               14, 3),
    "k24-repel-attack-headline": ("2024-05-09", "2024-05-08", "Erbil", "IQ", "Islamic State",
                                  "Peshmerga", 4, 2),
    "centcom-leader-along-with-associates": ("2024-08-25", "2024-08-23", "Idlib", "SY",
                                             "US Central Command", "Hurras al-Din", 3, 0),
    "ap-revised-up-from-more-died": ("2024-03-22", "2024-03-14", "Deir ez-Zor", "SY",
                                     "US Central Command", "Islamic State", 7, 0),
    # "killing (7) terrorists in air strikes" in the headline; "air strikes on ISIS
    # terrorist gangs hideouts" below names the group
    # Two sites, the first in Salah al-Din; "Wadi al-Zghaitoun in Kirkuk" is a valley of the
    # province, not the city's point, so the first site named is the more precise
    "smc-terrorists-headline-gangs-body": ("2024-02-15", "2024-02-15", "Salah ad Din", "IQ",
                                           "Iraqi Security Forces", "Islamic State", 7, 0),
    # "killing nine soldiers", then a monitor "put the death toll at 11 soldiers": another
    # source's figure, not a toll that rose; the lower count stands
    "ap-monitor-put-toll-higher": ("2023-08-14", "2023-08-13", "Homs", "SY", "Islamic State",
                                   "Syrian government forces", 9, 4),
    # "Police initially said six people had died", then "The death toll later rose to 16":
    # the police tell of it, and the later toll replaces their first figure
    "dawn-quetta-initially-said": ("2024-05-15", "2024-05-14", "Balochistan", "PK",
                                   "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
                                   16, 27),
    # "The army had previously reported that 11 insurgents were killed": replaced by the 23
    "premium-borno-previously-reported": ("2024-05-13", "2024-05-12", "Borno", "NG",
                                          "Military Forces of Nigeria",
                                          "Unidentified Armed Group (Nigeria)", 23, 2),
    # the earlier figure told first ("Earlier reports had put the number of dead at four");
    # "Al-Shabaab said it carried out the bombing" names the attacker
    "hiiraan-earlier-reports-put": ("2024-05-17", "2024-05-16", "Banadir", "SO",
                                    "Al Shabaab", "Civilians (Somalia)",
                                    9, 0),
    # a corrected monthly release: "An earlier release had said that nine operatives were
    # killed" is the tally's replaced figure, no incident; "forces" in the raid below are
    # the command's forces named above, and the raid is dated by its own "Jan. 22"
    # "Three more of the wounded died in hospital overnight": a later night, the same
    # bombing, whose wounded "The attack also wounded 42" are too
    "ap-died-overnight-attack-also": ("2024-05-18", "2024-05-16", "Kandahar", "AF",
                                      "Unidentified Armed Group (Afghanistan)",
                                      "Civilians (Afghanistan)", 19, 42),
    # a translation: "the destroy of their hideouts" kills no one; the "(5) terrorists"
    # struck are of the one group the report names ("the terrorist gangs of ISIS")
    "ina-translated-destroy-hideouts": ("2024-06-13", "2024-06-13", "Kirkuk", "IQ",
                                        "Iraqi Security Forces", "Islamic State", 5, 0),
    "centcom-forces-earlier-release": ("2025-02-06", "2025-01-22", "Al-Hasakah", "SY",
                                       "US Central Command", "Islamic State", 1, 0),
}


@pytest.fixture(scope="module")
def first_events() -> dict[str, Event]:
    pipeline = RulePipeline()
    out = {}
    for name, (published, *_rest) in CASES.items():
        text = (RAIDS / f"{name}.txt").read_text(encoding="utf-8")
        records = pipeline(document_from_text(text, doc_id=name, published=published))
        out[name] = next(r for r in records if isinstance(r, Event) and not r.background)
    return out


def _count(event: Event, kind: str) -> int:
    return sum(c.count or 0 for c in event.casualties if c.kind == kind)


@pytest.mark.parametrize("name", sorted(CASES))
def test_events_raid_reports_where_and_when(first_events: dict[str, Event], name: str) -> None:
    _published, date_start, admin1, country, *_rest = CASES[name]
    event = first_events[name]
    assert (event.date_start, event.location.admin1, event.location.country) == (
        date_start, admin1, country)


@pytest.mark.parametrize("name", sorted(CASES))
def test_events_raid_reports_who(first_events: dict[str, Event], name: str) -> None:
    *_head, actor1, actor2, _killed, _wounded = CASES[name]
    event = first_events[name]
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize("name", sorted(CASES))
def test_events_raid_reports_counts(first_events: dict[str, Event], name: str) -> None:
    *_head, killed, wounded = CASES[name]
    event = first_events[name]
    assert (_count(event, "killed"), _count(event, "wounded")) == (killed, wounded)
    assert event.fatalities == killed


def test_events_raid_reports_others_share_the_side(first_events: dict[str, Event]) -> None:
    event = first_events["airstrikes-in-support"]
    wounded = [c for c in event.casualties if c.kind == "wounded"]
    assert [(c.party, c.count) for c in wounded] == [("Military Forces of Somalia", 5)]


def test_events_raid_reports_support_strikes_are_no_tally() -> None:
    text = (RAIDS / "airstrikes-in-support.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="s", published="2024-10-17"))
    assert not [r for r in records if r.record == "tally"]


def test_events_raid_reports_toll_keeps_its_means(first_events: dict[str, Event]) -> None:
    assert first_events["toll-risen-mosque"].sub_event_type == "suicide_bomb"


def test_events_raid_reports_the_cell_speaks_in_the_quote() -> None:
    text = (RAIDS / "mt-bracketed-strike.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="c", published="2024-05-15"))
    [statement] = [r for r in records if r.record == "statement"]
    assert (statement.speaker, statement.organisation) == ("security media cell",) * 2


def test_events_raid_reports_plans_are_no_event() -> None:
    text = (RAIDS / "k24-desert-operation.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="k24", published="2024-05-17"))
    events = [r for r in records if isinstance(r, Event)]
    assert len(events) == 1
    assert _count(events[0], "detained") == 3


def test_events_raid_reports_raised_count_of_wounded() -> None:
    text = (RAIDS / "pentagon-raised-wounded.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="tbi", published="2024-06-14"))
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.date_start, event.location.admin1) == ("2024-06-09", "Al-Hasakah")
    wounded = [(c.party, c.count) for c in event.casualties if c.kind == "wounded"]
    assert wounded == [("US forces", 34)]
    assert event.fatalities == 0


def test_events_raid_reports_headline_is_the_body_event() -> None:
    text = (RAIDS / "mt-headline-two-provinces.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="mt", published="2024-05-21"))
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.location.name, event.location.admin1) == ("Qara Dagh", "Diyala")
    assert (event.fatalities, event.actor1) == (3, "Iraqi Security Forces")


def test_events_raid_reports_cited_cause_is_a_background_event() -> None:
    text = (RAIDS / "wire-retaliation-rockets.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="r", published="2024-08-10"))
    events = [r for r in records if isinstance(r, Event)]
    [cited] = [e for e in events if e.background]
    assert (cited.sub_event_type, cited.date_start, cited.actor1) == (
        "air_drone_strike", "2024-08-07", "US forces")
    assert (cited.location.name, cited.fatalities) == ("Albu Kamal", 5)
    [own] = [e for e in events if not e.background]
    assert not [c for c in own.casualties if c.count]


def test_events_raid_reports_unnamed_dead_are_the_named_groups(
        first_events: dict[str, Event]) -> None:
    killed = [(c.party, c.count) for c in first_events["mt-hideouts-for-gangs"].casualties
              if c.kind == "killed"]
    assert killed == [("Islamic State", 3)]


def _records(name: str, published: str) -> list:
    text = (RAIDS / f"{name}.txt").read_text(encoding="utf-8")
    return RulePipeline()(document_from_text(text, doc_id=name, published=published))


def test_events_raid_reports_retinue_is_of_the_side(first_events: dict[str, Event]) -> None:
    killed = {c.party for c in first_events["wire-strike-week-after"].casualties
              if c.kind == "killed" and c.count}
    assert killed == {"Al Shabaab"}


def test_events_raid_reports_what_the_strike_came_after_is_background() -> None:
    events = [r for r in _records("wire-strike-week-after", "2024-02-15")
              if isinstance(r, Event)]
    [cited] = [e for e in events if e.background]
    assert (cited.location.admin1, cited.actor1, cited.fatalities) == (
        "Hiiran", "Al Shabaab", 11)


def test_events_raid_reports_dateline_line_under_headline() -> None:
    records = _records("ina-dateline-strike", "2024-06-10")
    assert len([r for r in records if isinstance(r, Event)]) == 1
    assert not [r for r in records if r.record == "tally"]
    [statement] = [r for r in records if r.record == "statement" and not r.reported]
    assert statement.organisation == "Security Media Cell"


def test_events_raid_reports_earlier_this_week_is_another_event() -> None:
    records = _records("shafaq-ied-earlier-this-week", "2024-09-13")
    assert not [r for r in records if r.record == "tally"]
    events = [r for r in records if isinstance(r, Event)]
    assert len(events) == 2
    earlier = events[1]
    assert (earlier.date_start, earlier.date_end) == ("2024-09-09", "2024-09-12")
    assert (earlier.actor1, earlier.actor2) == ("Islamic State", "Popular Mobilization Forces")
    assert [(c.party, c.count) for c in earlier.casualties if c.kind == "killed"] == [
        ("Popular Mobilization Forces", 1)]


def test_events_raid_reports_attacks_since_a_day_are_a_tally() -> None:
    """"kill 3 Iran-backed militia fighters" in the headline and "killing three militants"
    below are three dead; "targeted at least 64 times since Oct. 17, injuring 62" counts a
    period that runs on to the telling, not an event on Oct. 17."""
    records = _records("wire-strike-attacks-since", "2023-11-10")
    [event] = [r for r in records if isinstance(r, Event)]
    assert event.fatalities == 3
    tallies = {(t.metric, t.value, t.period_start, t.period_end) for t in records
               if t.record == "tally"}
    assert tallies == {("attacks", 64, "2023-10-17", "2023-11-10"),
                       ("wounded", 62, "2023-10-17", "2023-11-10")}


def test_events_raid_reports_village_in_a_local_government_area(
        first_events: dict[str, Event]) -> None:
    location = first_events["dhq-lga-village"].location
    assert (location.name, location.admin1, location.geo_precision) == ("Konduga", "Borno", 2)


def test_events_raid_reports_quote_retells_the_ambush() -> None:
    records = _records("ina-desert-ambush-leader", "2024-03-06")
    [event] = [r for r in records if isinstance(r, Event)]
    zeros = {(c.kind, c.party) for c in event.casualties if c.count == 0}
    assert zeros == {("killed", "Iraqi Security Forces"), ("wounded", "Iraqi Security Forces")}
    assert [c.count for c in event.casualties if c.kind == "detained"] == [3]


@pytest.mark.parametrize(("name", "published"), [("reuters-jets-hideouts", "2024-03-04"),
                                                 ("wire-ship-drone-support", "2024-02-14")])
def test_events_raid_reports_one_event_only(name: str, published: str) -> None:
    [event] = [r for r in _records(name, published) if isinstance(r, Event)]
    assert event.actor2 != "Civilians (Palestine)"
    assert event.location.country != "PS"


def test_events_raid_reports_others_after_a_part_are_of_the_whole(
        first_events: dict[str, Event]) -> None:
    event = first_events["xinhua-shabelle-including"]
    wounded = {c.party: (c.count, c.low) for c in event.casualties if c.kind == "wounded"}
    assert wounded == {"Al Shabaab": (None, 10), "Military Forces of Somalia": (4, 4)}


def test_events_raid_reports_dateline_with_a_colon_is_not_the_place(
        first_events: dict[str, Event]) -> None:
    assert first_events["ispr-waziristan-ibo"].location.admin2 != "Rawalpindi"
    assert first_events["ispr-waziristan-ibo"].location.name == "North Waziristan"


def test_events_raid_reports_the_statement_speaker_introduced_in_full() -> None:
    [statement] = [r for r in _records("pna-negros-encounter", "2023-11-20")
                   if r.record == "statement" and not r.reported]
    assert (statement.speaker, statement.role, statement.organisation) == (
        "Ernesto Pabalan", "commander of the Army's 62nd Infantry Battalion",
        "Army's 62nd Infantry Battalion")


def test_events_raid_reports_day_month_dateline_without_a_year() -> None:
    text = (RAIDS / "sonna-lower-shabelle-leaders.txt").read_text(encoding="utf-8")
    records = RulePipeline()(document_from_text(text, doc_id="sonna"))
    [document] = [r for r in records if r.record == "document"]
    [event] = [r for r in records if isinstance(r, Event)]
    # the day and month are where the report was filed, not a year guessed for them
    assert (document.published, document.metadata["dateline"]) == (None, "8 March")
    # the village the gazetteer lacks is named, placed at the region that holds it
    assert event.location.name == "Bulo Marer"
    assert event.location.admin1 in {"Lower Shabelle", "Shabeele Hoose"}


def test_events_raid_reports_ranks_are_of_the_group_counted(
        first_events: dict[str, Event]) -> None:
    killed = [(c.party, c.count) for c in first_events["sonna-lower-shabelle-leaders"].casualties
              if c.kind == "killed"]
    assert killed == [("Al Shabaab", 2), ("Al Shabaab", 13)]


def test_events_raid_reports_district_placed_by_a_city(first_events: dict[str, Event]) -> None:
    assert first_events["nina-martyrdom-district"].location.name == "Tarmiyah"


def test_events_raid_reports_any_denied_is_none(first_events: dict[str, Event]) -> None:
    event = first_events["centcom-strike-no-indications"]
    killed = {c.party: c.count for c in event.casualties if c.kind == "killed"}
    assert killed == {"Islamic State": 1, "Civilians (Syria)": 0}


def test_events_raid_reports_what_an_operation_meant_to_do(
        first_events: dict[str, Event]) -> None:
    event = first_events["reuters-jenin-operation-to-arrest"]
    assert not [c for c in event.casualties if c.kind == "detained"]


def test_events_raid_reports_parts_without_numbers_leave_the_total_whole() -> None:
    [event] = [r for r in _records("daily-zamfara-passengers", "2023-07-10")
               if isinstance(r, Event)]
    assert (event.date_start, event.location.admin1) == ("2023-07-09", "Zamfara")
    assert [(c.kind, c.count) for c in event.casualties] == [("abducted", 25)]


def test_events_raid_reports_gangs_of_a_named_group() -> None:
    [event] = [r for r in _records("shafaq-gangs-of-isis", "2023-07-09")
               if isinstance(r, Event)]
    assert (event.actor1, event.assoc_actor_1) == ("Islamic State", [])
    assert event.location.admin1 == "Diyala"
    assert sum(c.count or 0 for c in event.casualties if c.kind == "wounded") == 2


def test_events_raid_reports_a_translated_passive_with_an_object(
        first_events: dict[str, Event]) -> None:
    event = first_events["mod-translated-were-arrested"]
    counts = {(c.kind, c.party, c.count) for c in event.casualties}
    assert counts == {("killed", "Islamic State", 3), ("detained", "Islamic State", 14),
                      ("killed", "Iraqi Security Forces", 0),
                      ("wounded", "Iraqi Security Forces", 0)}


def test_events_raid_reports_an_earlier_toll_by_an_agency_is_no_event() -> None:
    events = [r for r in _records("ap-marib-drone-earlier-toll", "2024-11-08")
              if isinstance(r, Event)]
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == [
        ("air_drone_strike", "Marib", 4)]


def test_events_raid_reports_a_claim_without_a_number_inside_the_toll() -> None:
    [event] = [r for r in _records("reuters-kidal-toll-army-claim", "2024-11-04")
               if isinstance(r, Event)]
    assert (event.sub_event_type, event.location.name, event.fatalities) == (
        "air_drone_strike", "Kidal", 21)
    assert event.actor2 == "Civilians (Mali)"
    assert event.actor1 not in {"Civilians (Mali)", "Coalition"}


def test_events_raid_reports_a_village_of_an_area_under_a_filed_from_line(
        first_events: dict[str, Event]) -> None:
    event = first_events["punch-katsina-mosque-rescue"]
    # the village the gazetteer lacks is named, placed at the area written after it (the
    # General Hospital in Malumfashi, where the hurt were taken, is no place of the attack)
    assert (event.location.name, event.location.place, event.location.admin2) == (
        "Unguwan Mantau", "Malumfashi", "Malumfashi")
    assert {c.kind for c in event.casualties} == {"killed", "wounded", "abducted"}


def test_events_raid_reports_a_capital_that_stands_for_its_state() -> None:
    events = [r for r in _records("reuters-zaporizhzhia-governor-said", "2024-10-10")
              if isinstance(r, Event)]
    assert [e.location.admin1 for e in events] == ["Zaporizhzhia", "Belgorodskaya"]
    assert not [c for c in events[0].casualties if c.party and "Fedorov" in c.party]


def test_events_raid_reports_a_ministry_s_days_are_a_tally_of_their_own() -> None:
    # 'its forces had "neutralized" five PKK terrorists ... in the past two days': a count
    # over two days, told by another teller, is no part of the drone strike's three
    records = _records("k24-drone-ministry-past-days", "2024-06-06")
    [event] = [r for r in records if isinstance(r, Event)]
    [tally] = [r for r in records if r.record == "tally"]
    assert event.fatalities == 3
    assert (tally.metric, tally.value, tally.party) == ("killed", 5, "Kurdistan Workers' Party")
    assert (tally.period_start, tally.period_end) == ("2024-06-04", "2024-06-06")
    # the Workers' Party is a party, not Iran's province of Kurdistan, nor Thailand's "PKK"
    assert not any(c.party == "Civilians (Iraq)" and c.count for c in event.casualties)



def test_events_raid_reports_an_arrest_by_an_unnamed_force_is_the_police_s() -> None:
    # "The Ministry of Interior announced ... the arrest of (7) terrorists ... after the
    # issuance of arrest warrants against them": the police arrested people, not warrants
    [event] = [r for r in _records("ina-moi-arrest-warrants", "2024-06-04")
               if isinstance(r, Event)]
    assert (event.sub_event_type, event.actor1) == ("arrests", "Police Forces of Iraq")
    assert event.location.country == "IQ"
    assert all(c.kind == "detained" and c.count for c in event.casualties)


def test_events_raid_reports_days_of_an_operation_and_its_briefer() -> None:
    # "between Monday and Wednesday" dates the operation, not a period's tally; "Two soldiers
    # paid the supreme price" are the troops' dead; the briefer's role is told before his name
    records = _records("dhq-days-supreme-price", "2024-06-06")
    [event] = [r for r in records if isinstance(r, Event)]
    assert (event.date_start, event.date_end) == ("2024-06-03", "2024-06-05")
    assert not [r for r in records if r.record == "tally"]
    [statement] = [r for r in records if r.record == "statement" and not r.reported]
    assert (statement.speaker, statement.role) == (
        "Edward Buba", "Director of Defence Media Operations")


def test_events_raid_reports_remnants_of_a_group_and_no_losses(
        first_events: dict[str, Event]) -> None:
    # "killed (3) terrorists from the remnants of ISIS terrorist gangs ... no losses were
    # recorded among our forces": the dead are ISIS's, and the forces' zeros are told
    event = first_events["joc-remnants-no-losses"]
    zeros = {(c.kind, c.party) for c in event.casualties if c.count == 0}
    assert zeros == {("killed", "Iraqi Security Forces"), ("wounded", "Iraqi Security Forces")}


def test_events_raid_reports_who_repelled_the_attack_suffered_it(
        first_events: dict[str, Event]) -> None:
    # "Peshmerga repel ISIS attack near Makhmour, one fighter martyred": the headline's
    # attack is ISIS's, and its one fighter a Peshmerga
    killed = {(c.party, c.count) for c in first_events["k24-repel-attack-headline"].casualties
              if c.kind == "killed"}
    assert killed == {("Peshmerga", 1), ("Islamic State", 3)}


def test_events_raid_reports_deaths_without_a_number_among_the_struck() -> None:
    # "An improvised explosive device struck a vehicle of the Popular Mobilization Forces
    # (PMF) ..., killing and wounding several members": the bracketed short name is the
    # force struck, not the bomb's author, and the members are its people, of no number
    [event] = [r for r in _records("shafaq-vehicle-of-several-members", "2024-07-09")
               if isinstance(r, Event)]
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "remote_explosive_landmine_ied", "Unidentified Armed Group (Iraq)",
        "Popular Mobilization Forces")
    assert (event.location.name, event.location.admin1) == ("Tuz Khurmatu", "Salah ad Din")
    people = {(c.kind, c.party, c.count, c.qualifier) for c in event.casualties}
    assert people == {("killed", "Popular Mobilization Forces", None, "unknown"),
                      ("wounded", "Popular Mobilization Forces", None, "unknown")}


def test_events_raid_reports_a_leader_named_with_his_associates(
        first_events: dict[str, Event]) -> None:
    # "kills senior Hurras al-Din leader" in the headline; "killing Abu Yusuf al-Ansari, a
    # senior leader of the al-Qaeda affiliated group Hurras al-Din, along with two of his
    # associates" below: one leader, named, and two more, all of the group struck
    killed = [(c.party, c.count) for c in
              first_events["centcom-leader-along-with-associates"].casualties
              if c.kind == "killed"]
    assert killed == [("Hurras al-Din", 1), ("Hurras al-Din", 2)]


def test_events_raid_reports_the_more_who_died_are_in_the_revised_count(
        first_events: dict[str, Event]) -> None:
    # "revised the number of Islamic State fighters killed ... to seven, up from four, saying
    # that three more militants had died of their wounds", under a headline of seven
    event = first_events["ap-revised-up-from-more-died"]
    assert [(c.party, c.count) for c in event.casualties if c.kind in {"killed", "detained"}
            ] == [("Islamic State", 7), ("Islamic State", 1)]


def test_events_raid_reports_one_official_told_twice_by_rank() -> None:
    # "captured a senior Islamic State group official", then in the command's words "the
    # detention of an ISIS official involved in the smuggling ...": one man taken
    [event] = [r for r in _records("afp-official-captured-twice-told", "2024-06-11")
               if isinstance(r, Event)]
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "arrests", "US forces", "Islamic State")
    assert (event.location.name, event.location.admin1) == ("al-Shaddadi", "Al-Hasakah")
    assert [(c.party, c.count) for c in event.casualties if c.kind == "detained"] == [
        ("Islamic State", 1)]


@pytest.mark.parametrize(("name", "party", "count"), [
    ("hiiraan-earlier-reports-put", "Civilians (Somalia)", 9),
    ("dawn-quetta-initially-said", "Civilians (Pakistan)", 16),
])
def test_events_raid_reports_replaced_figure_is_no_second_count(
        first_events: dict[str, Event], name: str, party: str, count: int) -> None:
    # the earlier figure is evidence of the one count that replaced it, whose people it names
    [killed] = [c for c in first_events[name].casualties if c.kind == "killed"]
    assert (killed.party, killed.count) == (party, count)
    assert len(killed.evidence) >= 2


def test_events_raid_reports_own_heroes_of_the_headline_told_again() -> None:
    # "the martyrdom of two of our heroes" in the headline and "two of the army fighters
    # were martyred" below are the same two dead
    [event] = [r for r in _records("joc-translated-heroes-headline", "2024-06-15")
               if isinstance(r, Event)]
    killed = sorted((c.party, c.count) for c in event.casualties if c.kind == "killed")
    assert killed == [("Iraqi Security Forces", 2), ("Islamic State", 9)]
    assert event.fatalities == 11
