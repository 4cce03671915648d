"""A given name that is also a month ("June", "May", "Jan") names a person where a person's
name stands: before a surname, before the role told of her between commas, or before her
kin."""

from __future__ import annotations

import pytest

from tests.records_factory import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("On 9 October 2017, in Enugu, Nigeria, robbers attacked a shop. June and her "
         "daughter were wounded.", 0, 2),
        ("On 9 October 2017, in Enugu, Nigeria, robbers attacked a shop. May and his "
         "brother were killed.", 2, 0),
        ("On 9 October 2017, in Gdansk, Poland, a man attacked shoppers with a knife. "
         "Jan Wisniewski and his wife were wounded.", 0, 2),
    ],
    ids=["june-and-kin", "may-and-kin", "jan-surname-and-kin"],
)
def test_month_word_as_a_given_name(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)

