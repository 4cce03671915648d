"""Armed men who abduct and then say whom they serve ("the men said they belonged to the X",
"the abductors claimed to be members of the X", "the kidnappers called themselves the X")
are that group: the group is the perpetrator, never the people taken. Men who abduct and
name no group are an unidentified armed group."""

from __future__ import annotations

import pytest

from tests.records_factory import perpetrators


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2012, in Tessalit, Kidal, Mali, armed men abducted a nurse. The men said "
        "they belonged to the Adrar Resistance Army.",
        "On 9 March 2012, in Tessalit, Kidal, Mali, armed men abducted three drivers. The "
        "abductors claimed to belong to the Adrar Resistance Army.",
        "On 9 March 2012, in Tessalit, Kidal, Mali, armed men abducted two engineers. The "
        "kidnappers called themselves the Adrar Resistance Army.",
    ],
    ids=["said-they-belonged", "claimed-to-belong", "called-themselves"],
)
def test_the_group_the_abductors_name_is_the_perpetrator(text: str) -> None:
    found = perpetrators(text)
    assert found and found[0] == "Adrar Resistance Army", found


@pytest.mark.parametrize(
    "text",
    [
        "On 9 March 2012, in Zhob, Balochistan, Pakistan, men abducted two engineers from "
        "their camp. No group claimed responsibility.",
        "On 9 March 2012, in Zhob, Balochistan, Pakistan, armed men abducted a teacher. The "
        "men said they belonged to the Adrar Resistance Army.",
    ],
    ids=["no-group", "named-group"],
)
def test_abductors_are_never_civilians(text: str) -> None:
    found = perpetrators(text)
    assert found and not found[0].startswith("Civilians"), found


def test_the_victim_s_own_word_names_no_abductor() -> None:
    text = ("On 9 March 2012, in Tessalit, Kidal, Mali, armed men abducted a trader. He said "
            "he belonged to the Adrar Traders Union.")
    assert all("Union" not in p for p in perpetrators(text))
