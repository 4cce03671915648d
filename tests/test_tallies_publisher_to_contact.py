"""A bulletin that names its publisher only in the lines it closes with: "This report was
produced by OCHA ...", or the contact to ask ("For further information, please contact:
Jane Roe, Head of Office, OCHA Chad, roe@un.org"): that body tells its figures, where the
bulletin names no other teller. The contact's name, office and address are not the body."""

from __future__ import annotations

import pytest

from eventcoder import extract, tallies
from eventcoder.records import Tally

_BODY = """Lake Chad: Flash Update No. 4
Since 2 September, armed raids on villages in the Kaya area killed 31 civilians and \
displaced about 5,300 people.
Partners have handed out shelter kits to 1,150 families.
"""


def _reporters(text: str) -> set[str | None]:
    return {r.reporter for r in extract(text, published="2024-09-20") if isinstance(r, Tally)}


@pytest.mark.parametrize(
    ("footer", "reporter"),
    [
        ("For further information, please contact:\nHana Lindqvist, Head of Office, OCHA "
         "Chad, lindqvist@un.org\n", "OCHA"),
        ("For more information, please contact Hana Lindqvist, Public Information Officer, "
         "UNHCR, tel. +235 66 01 02 03\n", "UNHCR"),
        ("Contact: Hana Lindqvist, Humanitarian Affairs Officer, OCHA, lindqvist@un.org\n",
         "OCHA"),
        ("This update was produced by the Office for the Coordination of Humanitarian Affairs "
         "(OCHA) in Chad.\n", "Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("This report was produced by OCHA in collaboration with humanitarian partners.\n",
         "OCHA"),
    ],
)
def test_tallies_publisher_in_the_closing_lines_tells_the_figures(footer: str,
                                                                   reporter: str) -> None:
    assert _reporters(f"{_BODY}\n{footer}") == {reporter}


def test_tallies_contact_with_no_body_names_no_teller() -> None:
    footer = ("For further information, please contact:\nHana Lindqvist, Head of Office, "
              "lindqvist@un.org\nOmar Sall, Public Information Officer, sall@un.org\n")
    assert _reporters(f"{_BODY}\n{footer}") == {None}


def test_tallies_contact_gives_way_to_a_teller_told() -> None:
    body = _BODY.replace("5,300 people.", "5,300 people, the Lake Chad Peace Observatory "
                         "said.")
    footer = "For further information, please contact: Hana Lindqvist, OCHA, lindqvist@un.org\n"
    assert _reporters(f"{body}\n{footer}") == {"Lake Chad Peace Observatory"}


@pytest.mark.parametrize("text", [
    "For further information, please contact:\nHana Lindqvist, OCHA",
    "Contact: Hana Lindqvist, OCHA",
    "Media contacts: Omar Sall",
    "Please contact the office in Bol.",
    "Contact was lost with the convoy near Bol.",
])
def test_tallies_contact_lines_gated(text: str) -> None:
    # the contact pattern runs only where "ontact" is in the text
    if tallies._CONTACT_LINES.search(text):
        assert "ontact" in text
