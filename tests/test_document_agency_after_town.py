"""Agency datelines as regional agencies write them: the town then the agency after a comma
("Hama, SANA- ...") or a dash ("Kirkuk - INA" alone on a line), and a town with a full date
before the agency in brackets ("Niamey, March 3, 2024 (ANP) -"), which dates the report."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Document


@pytest.mark.parametrize(
    ("text", "filed_from", "source"),
    [
        ("Hama, SANA- Two civilians were martyred on Friday when a landmine exploded in the "
         "eastern countryside of Hama.", "Hama", "Syrian Arab News Agency"),
        ("Aden, Saba- Three soldiers were killed on Monday in a Houthi attack in Lahij.",
         "Aden", "Saba News Agency"),
        ("Kirkuk - INA\n\nTwo soldiers were killed on Monday when an explosive device went "
         "off near Daquq.", "Kirkuk", "Iraqi News Agency"),
    ],
)
def test_document_town_then_agency(text: str, filed_from: str, source: str) -> None:
    document = next(r for r in extract(text, published="2024-03-09")
                    if isinstance(r, Document))
    assert (document.metadata.get("filed_from"), document.source) == (filed_from, source)


@pytest.mark.parametrize(
    ("text", "published", "source"),
    [
        ("Ouagadougou, March 3, 2024 (AIB) - Soldiers repelled an attack on a post near "
         "Djibo on Friday.", "2024-03-03", "Burkina Information Agency"),
        ("Tripoli, 12 May 2024 (LANA) - Clashes broke out on Saturday in the outskirts of "
         "Zawiya.", "2024-05-12", "Libya News Agency"),
    ],
)
def test_document_mixed_case_wire_dateline_with_year(text: str, published: str,
                                                     source: str) -> None:
    document = next(r for r in extract(text) if isinstance(r, Document))
    assert (document.published, document.published_basis, document.source) == (
        published, "in_text", source)
