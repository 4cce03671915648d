"""How news articles name who spoke: "he told the AP" after "..., said Col. X, a commander"
is X; "X, the ministry's spokesperson, told Kurdistan24 that "..."" is X; a capitalised office
before a name ("District Police Officer Y") is Y's role, no organisation; a courtesy title
("Mr Z") is no role and names the person introduced in full before; "speaking to reporters
in Bosaso" is no part of a role; "the spokesman for the Kabul security command" is of that
command; "the agency" is the agency named in full before, "and" inside its name."""

from __future__ import annotations

import pytest

from eventcoder import extract
from eventcoder.records import Statement


def _statements(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.speaker, s.role, s.organisation) for s in extract(text, published="2024-06-04")
            if isinstance(s, Statement) and not s.reported]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants stormed the checkpoint before dawn, said Maj. Yusuf Dahir, a police "
     "commander in the district. \"They came from the forest on foot,\" he told reporters.",
     ("Yusuf Dahir", "police commander in the district", None)),
    ("Col. Aref Salim, the brigade's spokesperson, told Rudaw that \"the attackers used "
     "night-vision equipment in the assault.\"",
     ("Aref Salim", "brigade's spokesperson", None)),
    ("\"The attackers were repulsed after an hour,\" Station House Officer Kamran Ali said.",
     ("Kamran Ali", "Station House Officer", None)),
    ("The herders were attacked at dawn, a community leader, Ibrahim Garba, said. \"We "
     "buried eleven of them on Friday,\" Mr Garba told reporters.",
     ("Ibrahim Garba", None, None)),
    ("\"We destroyed their camp and seized weapons,\" said Gen. Ali Nur, the commander of "
     "the Jubbaland forces, speaking to journalists in Kismayo on Monday.",
     ("Ali Nur", "commander of the Jubbaland forces", "Jubbaland")),
    ("Najib Omari, the spokesman for the Herat police command, said the bomb was hidden in a "
     "cart. \"Three suspects were detained,\" Omari said.",
     ("Najib Omari", "spokesman for the Herat police command", "Herat police command")),
])
def test_statements_article_attributions(
        text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    found = _statements(text)
    assert found and found[-1] == expected, found


def test_statements_agency_named_in_full_with_and() -> None:
    text = ("The Counter Terrorism and Intelligence Directorate announced on Monday the arrest "
            "of four suspects in Basra. The directorate said in a statement that \"its "
            "teams arrested the four men in the Zubair district.\"")
    assert [s[0] for s in _statements(text)] == [
        "Counter Terrorism and Intelligence Directorate"]
