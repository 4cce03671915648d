"""A lead that sums up several incidents ("killed 20 soldiers ... in attacks on Sunday and
Monday") and the sentences that tell each: each incident's dead are its own, the sum is
added to none of them, and a count over all of them ("neutralised in the response to the
two attacks") to none either. A force whose convoy "was ambushed" was struck, and the dead
named again by their initials in brackets ("(VDP)") did not strike."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Event


def test_summed_incidents_each_keep_their_own_dead() -> None:
    text = ("Gunmen killed 11 soldiers and four vigilantes in attacks on Friday and Saturday "
            "in northern Mali, military sources said. A first attack targeted a camp in "
            "Boni on Friday, killing seven soldiers. On Saturday, an army patrol was "
            "ambushed near Hombori, killing four soldiers and four members of the Dan Na "
            "Ambassagou (DNA) militia. The army said \"about thirty terrorists were "
            "neutralised\" in its response to the two attacks.")
    events = sorted((r for r in extract(text, published="2024-02-05") if isinstance(r, Event)),
                    key=lambda e: e.date_start or "")
    assert [(e.date_start, e.fatalities) for e in events] == [
        ("2024-02-02", 7), ("2024-02-03", 8)]
    ambush = events[1]
    assert ambush.actor2 is not None and ambush.actor2.startswith("Military Forces of Mali")
    assert ambush.actor1 is not None and ambush.actor1.startswith("Unidentified Armed Group")
