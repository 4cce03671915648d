"""Who struck, when the lead tells only "gunmen" or "militants": the body names the group
by its members ("fighters believed to belong to X"), by the agent of a passive ("were killed
by members of X"), by blame or suspicion ("police blamed X", "suspicion fell on X") or by the
group's own word ("X said it carried out the assault"). A clause on who the group is
("which has waged an insurgency since 2009") and a claim told on a later day are no
incidents of their own."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Event


def _events(text: str, published: str) -> list[Event]:
    return [r for r in extract(text, published=published) if isinstance(r, Event)]


ATTACKERS = [
    ("members-loyal-to",
     "Militants storm police post in Lower Juba, killing 3\n\n"
     "KISMAYO, Somalia (AP) - Militants loyal to al-Shabaab stormed a police post near the "
     "town of Jamaame on Wednesday, killing three officers, a local official said.",
     "2021-04-15", "2021-04-14", "Al Shabaab"),
    ("believed-to-belong-to",
     "Gunmen seize four traders in Borno\n\n"
     "MAIDUGURI, Nigeria (Reuters) - Fighters believed to belong to Boko Haram seized four "
     "traders on the road near Damboa on Monday, residents said.",
     "2020-02-12", "2020-02-10", "Boko Haram"),
    ("killed-by-members-of",
     "Gunmen attacked a patrol of municipal police near Apatzingan on Tuesday, killing six "
     "officers. The officers were killed by members of the Jalisco New Generation Cartel, "
     "who fired from the hills, prosecutors said.",
     "2022-06-09", "2022-06-07", "Jalisco New Generation Cartel"),
    ("suspicion-fell-on",
     "Gunmen on motorbikes killed nine villagers in Ouallam in Niger's Tillaberi region on "
     "Friday, an official said. No group has claimed the attack, but suspicion fell on the "
     "Islamic State in the Greater Sahara, which is active in the border zone with Mali.",
     "2021-09-12", "2021-09-10", "Islamic State in the Greater Sahara"),
    ("police-blamed",
     "Three policemen were killed when militants attacked a checkpost in Bannu on Sunday "
     "night, police said. Police blamed the banned Tehreek-i-Taliban Pakistan for the attack.",
     "2023-03-14", "2023-03-12", "Tehrik-i-Taliban Pakistan"),
    ("said-it-carried-out",
     "Jihadists attacked an army post in Djibo on Thursday, killing eight soldiers. JNIM, "
     "al-Qaeda's affiliate in the Sahel, said on its channels that it carried out the raid.",
     "2022-11-26", "2022-11-24", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("said-its-fighters-after-a-clause",
     "Militants stormed a base near Baidoa on Monday, killing five soldiers, an officer said. "
     "Al-Shabaab, which has fought the government in Mogadishu since 2007, said in a "
     "statement that its fighters had overrun the base.",
     "2022-08-03", "2022-08-01", "Al Shabaab"),
]


NOT_INCIDENTS = [
    ("history-of-the-group",
     "Rebels attacked a navy post in Tame on Saturday, killing a marine, the army said. The "
     "ELN, which has waged an insurgency against the state since 1964, has not commented on "
     "the attack.",
     "2022-05-02", "2022-04-30", None),
    ("split-from-in-a-year",
     "Gunmen abducted six health workers near Dikwa on Tuesday. No group has claimed the "
     "kidnapping, but suspicion fell on the jihadists, who split from Boko Haram in 2016.",
     "2021-05-06", "2021-05-04", None),
    ("claimed-on-a-later-day",
     "Insurgents killed seven villagers in an attack on a village in Muidumbe district of "
     "Cabo Delgado on Saturday, local sources said. The Islamic State claimed the attack on "
     "Monday through its news agency.",
     "2021-08-10", "2021-08-07", "Islamic State"),
]


@pytest.mark.parametrize(("name", "text", "published", "day", "group"),
                         ATTACKERS + NOT_INCIDENTS,
                         ids=[c[0] for c in ATTACKERS + NOT_INCIDENTS])
def test_events_attacker_named_after_the_lead(name: str, text: str, published: str, day: str,
                                              group: str | None) -> None:
    """One incident, on its day; its attacker the group the body names (None: not asked)."""
    events = _events(text, published)
    assert [e.date_start for e in events] == [day], [(e.date_start, e.notes) for e in events]
    if group is not None:
        assert events[0].actor1 == group, events[0].notes


@pytest.mark.parametrize(("text", "published", "day", "group"), [
    ("Guerrillas attacked a police station in Saravena on Sunday, the army said. The ELN, "
     "the country's largest remaining rebel group, has not commented. The rebels have stepped "
     "up attacks since February, when fighting with former FARC dissidents in the department "
     "left dozens dead.", "2022-04-12", "2022-02-01", "National Liberation Army"),
], ids=["the-rebels"])
def test_events_the_rebels_are_the_group_named_before(text: str, published: str, day: str,
                                                      group: str) -> None:
    events = [e for e in _events(text, published) if e.date_start == day]
    assert len(events) == 1, [(e.date_start, e.actor1) for e in _events(text, published)]
    assert events[0].actor1 == group, events[0].notes
