"""Casualty wordings of incident summaries: a bomber who "had blown himself up" among the
dead, victims named after "the deceased were identified as" with no count before, two roles
of one person's staff under one determiner, a count told again by other names, and a count
before a participle told as an adjective ("the five injured persons")."""

from __future__ import annotations

import pytest

from eventcoder.casualties import combine_casualties
from eventcoder.document import split_sentences
from eventcoder.quantities import find_casualty_mentions
from eventcoder.records import Casualty


def _combined(text: str, kind: str) -> list[Casualty]:
    out = combine_casualties(find_casualty_mentions(text), text=text, doc_id="d1",
                             sentences=split_sentences(text))
    return [c for c in out if c.kind == kind]


def _killed(text: str) -> tuple[int, int]:
    """(all deaths, the attackers among them)."""
    killed = _combined(text, "killed")
    return (sum(c.count if c.count is not None else (c.low or 0) for c in killed),
            sum(c.count or 0 for c in killed if c.perpetrator))


@pytest.mark.parametrize(("text", "killed", "attackers"), [
    ("Five constables were killed and nine wounded after a suicide bomber had blown himself "
     "up at the gate of the district police lines in Bannu.", 6, 1),
    ("The woman had blown herself up in the crowded market of Maiduguri, killing three "
     "traders.", 4, 1),
], ids=["had-blown-himself-up", "had-blown-herself-up"])
def test_bomber_past_perfect(text: str, killed: int, attackers: int) -> None:
    assert _killed(text) == (killed, attackers)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen stormed a wedding party in Shinwar on Sunday. The deceased were identified as "
     "Karim Jan, Lutfullah Wardak and Bibi Zarmina. Police said no arrests were made.", 3),
    ("Rebels ambushed a bus near Kilwa. The dead were identified as driver Musa Kitenge (41) "
     "and Jean-Paul Mbala (19), while two passengers were hurt.", 2),
    ("Militants shot dead two shopkeepers in Mastung. The deceased were identified as "
     "Gul Hasan and Nazar Baloch.", 2),
    ("Two guards were killed. The deceased were identified as Ali Raza and Tariq Mehmood.", 2),
], ids=["names-only", "roles-and-ages", "names-restate-a-count", "names-after-a-passive"])
def test_dead_counted_by_name(text: str, killed: int) -> None:
    assert _killed(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("The cook and bodyguard of a tribal elder were shot dead by gunmen near Wana on "
     "Thursday.", 2),
    ("His secretary and nephew were killed when the convoy was ambushed.", 1 + 1),
    ("The manager and owner of the pharmacy was killed when a grenade was thrown inside.", 1),
    ("The cook and house guard for a district judge were shot dead outside his home.", 2),
], ids=["two-roles-plural-verb", "two-roles-of-his", "two-roles-singular-verb",
        "second-role-of-two-words"])
def test_two_roles_under_one_determiner(text: str, killed: int) -> None:
    assert _killed(text)[0] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Three border guards were killed when a mine went off beside their patrol near Chaman. "
     "One levies officer and two frontier constables died in the explosion.", 3),
    ("Two workers were killed when gunmen raided a mobile phone tower site. One technician "
     "and one watchman were killed in the attack, officials said.", 2),
    ("Two workers were killed when gunmen raided a tower site on Monday. On Tuesday one "
     "technician and one watchman were killed in another town.", 4),
], ids=["told-again-by-role", "told-again-in-the-attack", "no-word-of-the-same-incident"])
def test_count_broken_down_again(text: str, killed: int) -> None:
    assert _killed(text)[0] == killed



@pytest.mark.parametrize(("text", "wounded"), [
    ("Militants fired on a tractor near Bijapur. The dead were identified as Ramesh Kunjam "
     "and Sukhram Podiyami, while the five injured persons were identified as Lakshmi Devi, "
     "Budhram, Mrs. Kawasi, Hunga Madkam and Somaru Oyam.", 5),
    ("Four border guards were wounded when a mine exploded near their post in Tamenglong. "
     "The four injured security personnel were identified as Rakesh, N. Singh, Tomba and "
     "Ibomcha.", 4),
], ids=["counted-here", "told-again"])
def test_count_before_a_participle(text: str, wounded: int) -> None:
    assert sum(c.count or 0 for c in _combined(text, "wounded")) == wounded


def test_count_broken_down_again_in_a_clause_of_the_incident() -> None:
    text = ("Five people were killed in Lamitan on Friday. One ranger, a village guard and "
            "three farmers died when the raiders set fire to the houses of militia members.")
    assert _killed(text)[0] == 5
