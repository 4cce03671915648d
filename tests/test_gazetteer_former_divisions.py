"""Former first-level divisions (countryinfo's province lists) by name and initials."""

from __future__ import annotations

import pytest

from eventcoder.gazetteer import former_division


@pytest.mark.parametrize(
    ("iso2", "written", "expected"),
    [
        ("PK", "Federally Administered Tribal Areas", "Federally Administered Tribal Areas"),
        ("PK", "FATA", "Federally Administered Tribal Areas"),
        ("KE", "North Eastern Province", "North Eastern"),
        ("KE", "Rift Valley", "Rift Valley"),
        ("NP", "Sagarmatha", "Sagarmatha"),
        ("IQ", "At Ta'mim", "At Ta'mim"),
        ("NP", "Bheri", "Bheri"),
        # Today's divisions (Mexico City is also "Distrito Federal", see
        # tests/test_places_division_names.py), another country's former one, and short
        # capitals are none.
        ("MX", "Distrito Federal", None),
        ("PK", "Punjab", None),
        ("IQ", "Kirkuk", None),
        ("IN", "North Eastern", None),
        ("PK", "FA", None),
        (None, "FATA", None),
    ],
)
def test_gazetteer_former_division(iso2: str | None, written: str,
                                   expected: str | None) -> None:
    assert former_division(iso2, written) == expected
