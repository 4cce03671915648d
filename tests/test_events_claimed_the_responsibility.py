"""A claim told with an article, "claimed the responsibility of the attack", "took the
responsibility for the blast", names the group that struck, as "claimed responsibility"
does: for a group the actor list knows and for one only the claim names."""

from __future__ import annotations

import pytest

from tests.records_factory import perpetrators


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 12 October 2013, unknown men blew up a gas pipeline near Dera Bugti, "
         "Balochistan, Pakistan. The Taliban claimed the responsibility of the attack.",
         "Taliban"),
        ("On 12 October 2013, unknown men blew up a rail bridge near Turbat, Balochistan, "
         "Pakistan. The Kech Freedom Army (KFA) claimed the responsibility of the blast.",
         "Kech Freedom Army"),
        ("On 12 October 2013, a bomb went off at a telephone mast near Khuzdar, Balochistan, "
         "Pakistan. The Kech Freedom Army later took the responsibility for the bombing.",
         "Kech Freedom Army"),
    ],
    ids=["known-group", "group-named-by-the-claim", "took-the-responsibility"],
)
def test_the_claim_names_the_group(text: str, group: str) -> None:
    assert group in perpetrators(text)
