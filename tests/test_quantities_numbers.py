"""Number expressions: digits, words, vague amounts and qualifiers."""

from __future__ import annotations

import pytest

from eventcoder.quantities import find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("1,200", 1200, 1200, 1200, "exact"),
        ("2.000", 2000, 2000, 2000, "exact"),
        ("12,000,000 people", 12000000, 12000000, 12000000, "exact"),
        ("7", 7, 7, 7, "exact"),
        ("twenty-two", 22, 22, 22, "exact"),
        ("twenty two", 22, 22, 22, "exact"),
        ("one hundred and five", 105, 105, 105, "exact"),
        ("one hundred and twenty-one", 121, 121, 121, "exact"),
        ("two thousand and forty-six", 2046, 2046, 2046, "exact"),
        ("three hundred sixty-two", 362, 362, 362, "exact"),
        ("a hundred", 100, 100, 100, "exact"),
        ("three thousand four hundred", 3400, 3400, 3400, "exact"),
        ("two million", 2000000, 2000000, 2000000, "exact"),
        ("1.5 million", 1500000, 1500000, 1500000, "exact"),
        ("a dozen", 12, 12, 12, "exact"),
        ("half a dozen", 6, 6, 6, "exact"),
        ("a couple of", 2, 2, 2, "exact"),
        ("both", 2, 2, 2, "exact"),
        ("at least 5", 5, 5, None, "at_least"),
        ("at least thirty", 30, 30, None, "at_least"),
        ("more than 20", 20, 20, None, "at_least"),
        ("over 300", 300, 300, None, "at_least"),
        ("nearly 40", 40, None, 40, "approximately"),
        ("almost fifty", 50, None, 50, "approximately"),
        ("about 12", 12, None, None, "approximately"),
        ("approximately 200", 200, None, None, "approximately"),
        ("around 60", 60, None, None, "approximately"),
        ("some 30", 30, None, None, "approximately"),
        ("up to 15", 15, None, 15, "at_most"),
        ("as many as 9", 9, None, 9, "at_most"),
        ("30-40", 30, 30, 40, "approximately"),
        ("between 5 and 10", 5, 5, 10, "approximately"),
        ("five or six", 5, 5, 6, "approximately"),
        ("several", None, 3, None, "unknown"),
        ("dozens of", None, 12, None, "unknown"),
        ("scores of", None, 20, None, "unknown"),
        ("hundreds of", None, 100, None, "unknown"),
        ("tens of", None, 10, None, "unknown"),
        ("a number of", None, 3, None, "unknown"),
        ("0", 0, 0, 0, "zero"),
        ("zero", 0, 0, 0, "zero"),
        ("11 ISIS operatives detained.z", 11, 11, 11, "exact"),
        ("14.", 14, 14, 14, "exact"),
    ],
)
def test_quantities_parse_number(
    text: str, value: int | None, low: int | None, high: int | None, qualifier: str
) -> None:
    number = parse_number(text)
    assert number is not None
    assert (number.value, number.low, number.high, number.qualifier) == (
        value,
        low,
        high,
        qualifier,
    )


@pytest.mark.parametrize("text", ["", "soldiers", "the attack", "2.5", "11th", "5km", "2014"])
def test_quantities_parse_number_rejects_non_counts(text: str) -> None:
    number = parse_number(text)
    assert number is None or number.value is None and number.low is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("On 3 May 2020, 12 people were killed and 4 wounded.", [12, 4]),
        ("A 25-year-old man and his 30 year old brother were shot.", []),
        ("In 2014, about 2,000 US forces were stationed at 3 bases.", [2000, 3]),
        ("The 120mm mortar hit at 13:00, 50% of the town burned.", []),
        ("Forty-eight operations and twenty-two killed.", [48, 22]),
    ],
)
def test_quantities_find_quantities_skips_dates_ages_units(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


def test_quantities_find_quantities_offsets_point_into_text() -> None:
    text = "Officials said at least 17 fighters died."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == q.text == "at least 17"
    assert q.qualifier == "at_least"
