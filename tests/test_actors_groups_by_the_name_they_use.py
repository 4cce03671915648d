"""A group told by the name its men use: "about 20 men calling themselves the X abducted",
"a group calling itself the X set fire to", "members of a group known as the X". The name
is a group the report holds to have acted, where it holds a word of an armed organisation;
a society or a council so called is none."""

from __future__ import annotations

import pytest

from tests.records_factory import perpetrators


@pytest.mark.parametrize(
    "text",
    [
        "On 17 February 2013, in Mokokchung, Nagaland, India, about 15 men calling themselves "
        "the Ao Hills Liberation Army (AHLA) abducted two contractors.",
        "On 17 February 2013, in Mokokchung, Nagaland, India, a group calling itself the Ao "
        "Hills Liberation Army set fire to a timber depot.",
        "On 17 February 2013, in Mokokchung, Nagaland, India, members of a group known as the "
        "Ao Hills Liberation Army shot dead a village headman.",
    ],
    ids=["men-calling-themselves", "group-calling-itself", "group-known-as"],
)
def test_the_name_they_use_is_the_group(text: str) -> None:
    assert "Ao Hills Liberation Army" in perpetrators(text)


def test_a_society_so_called_is_no_group() -> None:
    text = ("On 17 February 2013, in Mokokchung, Nagaland, India, gunmen set fire to a timber "
            "depot. A group called the Ao Hills Welfare Society condemned the attack.")
    assert all("Welfare Society" not in p for p in perpetrators(text))
