"""A town whose own name opens with an Arabic article is written as often without it
("near Ayyat" for Al 'Ayyat, "Dir'iyah" for Ad Dir'iyah): the rest, spelled letter for letter,
is the town's own name, read before towns abroad that only share its key. A large town
spelled so but for a letter keeps its reading over a smaller one less its article."""

from __future__ import annotations

from tests.places_text import places_in


def test_places_town_named_without_its_article() -> None:
    mention = places_in("Masked men shot a shepherd near Ayyat late on Friday.")["Ayyat"]
    assert mention.place is not None
    assert mention.place.country == "EG"


def test_places_town_without_its_article_before_a_namesake_by_key() -> None:
    mention = places_in("Two guards were hurt when a bomb went off in Dir'iyah.")["Dir'iyah"]
    assert mention.place is not None
    assert mention.place.country == "SA"


def test_places_large_town_spelled_otherwise_kept_over_a_quarter_less_its_article() -> None:
    mention = places_in("Masked men shot a shepherd near Unayzah late on Friday.")["Unayzah"]
    assert mention.place is not None
    assert mention.place.country == "SA"


def test_places_short_word_is_no_town_less_its_article() -> None:
    from eventcoder.places import _article_dropped

    assert _article_dropped("ayyat", "al ayyat")
    assert not _article_dropped("ain", "al ain")
    assert not _article_dropped("ayyat", "bir ayyat")
