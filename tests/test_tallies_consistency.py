"""Totals against their parts: consistent, mismatch (explained) or partial."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.tallies import TallyItem, check_consistency, link_parents

MAY = (date(2022, 5, 1), date(2022, 5, 31))


def _tally(
    value: int,
    metric: str = "strikes",
    *,
    area: tuple[str, ...] = ("SO",),
    label: str | None = None,
    names: tuple[str, ...] = (),
    qualifier: str | None = None,
    party: str | None = None,
    total: bool = False,
    sentence: int = 1,
) -> TallyItem:
    return TallyItem(
        start=0, end=1, value=value, metric=metric, sentence=sentence, qualifier=qualifier,
        party=party, total=total, area=list(area), area_names=list(names),
        area_label=label, period=MAY,
    )


def test_tallies_consistency_names_the_qualifier_that_matches_the_total() -> None:
    total = _tally(70, "operations", area=("AF", "PK"), qualifier="counter-insurgency",
                   total=True, sentence=0)
    parts = [
        _tally(41, "operations", area=("AF",), label="Afghanistan", qualifier="joint"),
        _tally(5, "operations", area=("AF",), label="Afghanistan", qualifier="unilateral"),
        _tally(29, "operations", area=("PK",), label="Pakistan", qualifier="joint"),
        _tally(3, "operations", area=("PK",), label="Pakistan", qualifier="unilateral"),
    ]
    verdict, text = check_consistency(total, parts)
    assert verdict == "mismatch"
    assert "breakdown sums to 78" in text
    assert "Afghanistan 41 joint + 5 unilateral; Pakistan 29 joint + 3 unilateral" in text
    assert "the total equals the joint operations only (41 + 29 = 70)" in text


def test_tallies_consistency_names_the_area_that_matches_the_total() -> None:
    total = _tally(12, area=("ML", "NE"), total=True, sentence=0)
    parts = [_tally(12, area=("ML",), label="Mali"), _tally(4, area=("NE",), label="Niger")]
    verdict, text = check_consistency(total, parts)
    assert verdict == "mismatch"
    assert "the total equals Mali only (12 = 12)" in text


def test_tallies_consistency_accepts_parts_that_add_up() -> None:
    total = _tally(30, "killed", area=("NG",), party="Boko Haram", total=True, sentence=0)
    parts = [
        _tally(18, "killed", area=("NG",), names=("Borno",), label="Borno", party="Boko Haram"),
        _tally(12, "killed", area=("NG",), names=("Yobe",), label="Yobe", party="Boko Haram"),
    ]
    verdict, text = check_consistency(total, parts)
    assert verdict == "consistent"
    assert text.startswith("30 killed (Boko Haram) reported in total")


@pytest.mark.parametrize(
    ("parts", "missing"),
    [
        ([_tally(9, area=("IQ",), label="Iraq")], "SY"),
        ([_tally(9, area=("IQ",), label="Iraq", qualifier="partnered"),
          _tally(2, area=("SY",), label="Syria", qualifier="partnered"),
          _tally(1, area=("SY",), label="Syria", qualifier="US-only")], "Iraq gives no US-only"),
    ],
)
def test_tallies_consistency_calls_an_incomplete_breakdown_partial(
    parts: list[TallyItem], missing: str
) -> None:
    total = _tally(20, area=("IQ", "SY"), total=True, sentence=0)
    verdict, text = check_consistency(total, parts)
    assert verdict == "partial"
    assert missing in text
    assert "unaccounted" in text


def test_tallies_consistency_flags_parts_exceeding_the_total_even_if_incomplete() -> None:
    total = _tally(10, area=("IQ", "SY"), total=True, sentence=0)
    verdict, text = check_consistency(total, [_tally(13, area=("IQ",), label="Iraq")])
    assert verdict == "mismatch"
    assert "3 more than the total" in text


def test_tallies_consistency_links_parts_to_the_smallest_enclosing_total() -> None:
    items = [
        _tally(50, area=("IQ", "SY"), total=True, sentence=0),
        _tally(30, area=("IQ",), sentence=1),
        _tally(12, area=("IQ",), names=("Anbar",), sentence=2),
        _tally(20, area=("SY",), sentence=3),
        _tally(7, "killed", area=("SY",), party="Islamic State", sentence=3),
        _tally(3, "killed", area=("SY",), party="US forces", sentence=4),
    ]
    assert link_parents(items) == {1: 0, 2: 1, 3: 0}


def test_tallies_consistency_detainees_of_any_party_are_part_of_the_suspects_held() -> None:
    total = _tally(112, "detained", area=("IQ",), party="suspects", total=True, sentence=0)
    part = _tally(40, "detained", area=("IQ",), names=("Al-Anbar",), party="Islamic State")
    killed = _tally(12, "killed", area=("IQ",), names=("Al-Anbar",), party="Islamic State")
    soldiers = _tally(30, "killed", area=("IQ",), party="soldiers", total=True, sentence=0)
    assert link_parents([total, part, soldiers, killed]) == {1: 0}
