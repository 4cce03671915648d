"""The towns of one first-level division, read from the runs of entries of its country, and
the post-office villages of a register kept apart from them."""

from __future__ import annotations

import numpy as np
import pytest

from eventcoder.gazetteer import FEATURE_CODE, Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _grouped_by_sorting(gazetteer: Gazetteer) -> dict[tuple[int, int], list[int]]:
    """Every division's populated places, by a stable sort of all of them by (country,
    division): what the look-up gave before it read a country's runs."""
    ids = np.nonzero(gazetteer._feature == FEATURE_CODE["populated_place"])[0]
    country = gazetteer._country[ids].astype(np.int64)
    admin1 = gazetteer._admin1[ids].astype(np.int64)
    order = np.argsort((country << 32) + admin1, kind="stable")
    grouped: dict[tuple[int, int], list[int]] = {}
    for c, a, i in zip(country[order].tolist(), admin1[order].tolist(),
                       ids[order].tolist(), strict=True):
        grouped.setdefault((c, a), []).append(i)
    return grouped


def test_every_division_has_the_towns_a_sort_gives(gazetteer: Gazetteer) -> None:
    expected = _grouped_by_sorting(gazetteer)
    assert len(expected) > 1000
    for (country, admin1), ids in expected.items():
        if admin1 < 0:
            continue
        keys, found = gazetteer.towns_in_admin1(gazetteer.countries[country], admin1)
        village_keys, villages = gazetteer.towns_in_admin1(
            gazetteer.countries[country], admin1, post_office=True)
        # (a register's post-office villages are kept apart from the towns, in index order)
        assert sorted(found + villages) == ids, (gazetteer.countries[country], admin1)
        assert found == sorted(found) and villages == sorted(villages)
        assert not any(gazetteer.is_post_office_village(i) for i in found)
        assert all(gazetteer.is_post_office_village(i) for i in villages)
        for names, entries in ((keys, found), (village_keys, villages)):
            assert names == [gazetteer._keys[k] if k >= 0 else ""
                             for k in gazetteer._name_key[entries].tolist()]


def test_a_country_in_several_runs_keeps_index_order(gazetteer: Gazetteer) -> None:
    countries = gazetteer._country
    starts = np.flatnonzero(countries[1:] != countries[:-1]) + 1
    run_countries = countries[np.concatenate(([0], starts))].tolist()
    several = next(c for c in dict.fromkeys(run_countries) if run_countries.count(c) > 2)
    towns_array, divisions = gazetteer._towns_of_country(several)
    # (the division of each town gathered with the towns, once per country)
    assert divisions.tolist() == gazetteer._admin1[towns_array].tolist()
    towns = towns_array.tolist()
    assert towns == sorted(towns)
    assert towns == np.flatnonzero(
        (countries == several)
        & (gazetteer._feature == FEATURE_CODE["populated_place"])).tolist()


def test_no_towns_for_an_unknown_country_or_no_division(gazetteer: Gazetteer) -> None:
    assert gazetteer.towns_in_admin1("ZZ", 0) == ([], [])
    assert gazetteer.towns_in_admin1("SY", -1) == ([], [])
