"""A province since split in two or more keeps its old name in reports ("in Pagalungan,
Maguindanao", now Maguindanao del Norte and del Sur): the name no entry bears is read as
the region of its parts, placed at the province that holds them. Where the report writes it
as the first-level division before the country, that is the division it states."""

from __future__ import annotations

from eventcoder.pipeline import RulePipeline
from eventcoder.places import SPLIT_REGION_REASON
from tests.places_text import places_in
from tests.records_factory import only_event

NO_COUNTRY = ("On 2 June 2022, two farmers were shot dead by unknown gunmen in Pagalungan, "
              "Maguindanao, while tending their rice fields.")
WITH_COUNTRY = ("On 2 June 2022, two farmers were shot dead by unknown gunmen in Pagalungan, "
                "Maguindanao, Philippines.")


def test_places_split_region_read_at_the_province_of_its_parts() -> None:
    mention = places_in(NO_COUNTRY)["Maguindanao"]
    assert mention.place is not None
    assert mention.place.feature == "admin1"
    assert mention.place.country == "PH"
    assert mention.reason is not None and mention.reason.startswith(SPLIT_REGION_REASON)
    assert mention.geo_precision == 3


def test_events_split_region_gives_the_province(pipeline: RulePipeline) -> None:
    location = only_event(pipeline, NO_COUNTRY).location
    assert location.country == "PH"
    assert location.admin1 == "Autonomous in Muslim Mindanao"


def test_events_split_region_before_the_country_is_the_stated_division(
        pipeline: RulePipeline) -> None:
    location = only_event(pipeline, WITH_COUNTRY).location
    assert location.admin1 == "Maguindanao"


def test_events_former_division_after_a_split_region_stands(pipeline: RulePipeline) -> None:
    text = ("On 9 August 2011, militants blew up a girls' school in Waziristan, Federally "
            "Administered Tribal Areas, Pakistan.")
    assert only_event(pipeline, text).location.admin1 == "Federally Administered Tribal Areas"


def test_places_parts_that_are_provinces_hold_no_one_province() -> None:
    text = "On 2 June 2022, militiamen on camels raided a market in Darfur, killing a trader."
    mention = places_in(text).get("Darfur")
    assert mention is None or mention.place is None or mention.place.feature == "country"


def test_places_split_form_keys_are_the_keys_of_the_forms_written_out() -> None:
    from eventcoder.gazetteer import name_key, normalise, token_key
    from eventcoder.places import _SPLIT_FORMS, _joined_key, _split_form_keys

    for name in ("Tolkhana", "Al Kelwani", "El-Mardoum", "Dasht-e Varun", "\u1e28arz\u016bn",
                 "Ma'qurah", "'Amrit Qala'", "Zarq\u0101\u02bc Bay", "Ash Shurayf"):
        keys = [token_key(token) for token in normalise(name).split()]
        assert _joined_key(keys) == name_key(name)
        assert _split_form_keys(keys) == [name_key(form.format(name)) for form in _SPLIT_FORMS]
