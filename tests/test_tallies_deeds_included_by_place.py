""""The raids included 7 in A and 5 in B": parts by place of the count of raids told
before, as "The arrests included ..." are of the arrests."""

from __future__ import annotations

from eventcoder import extract
from eventcoder.records import Consistency, Tally


def _tallies(text: str, published: str) -> tuple[list[Tally], list[Consistency]]:
    found = extract(text, published=published)
    return ([r for r in found if isinstance(r, Tally)],
            [r for r in found if isinstance(r, Consistency)])


def test_tallies_raids_included_by_town() -> None:
    text = ("The army said it carried out 12 raids in Diyala during May, killing 6 militants."
            "\n\nThe raids included 7 in Baqubah and 5 in Muqdadiyah, the army said.\n")
    tallies, findings = _tallies(text, "2024-06-02")
    whole = next(t for t in tallies if t.metric == "raids" and t.value == 12)
    parts = sorted(t.value for t in tallies if t.metric == "raids" and t.parent == whole.tally_id)
    assert parts == [5, 7]
    assert [(c.total, sorted(c.parts), c.verdict) for c in findings] == [
        (12, [5, 7], "consistent")]
