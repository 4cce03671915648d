"""The actors' and the quantities' tokenisers read a text chunk by blank-separated chunk and
take a chunk of letters (or digits) whole; the tokens must be those one scan of each
tokeniser's pattern over the whole text gives, offset for offset."""

from __future__ import annotations

import pytest

from eventcoder.actors import _ASCII_PLAIN_TOKEN_GAP, _gap_ok, _Toks
from eventcoder.quantities import (
    _ASCII_GAP_TOKEN,
    _GAP_TOKEN,
    _tokenize,
    _unbracketed_numbers,
)

TEXTS = [
    "",
    "   ",
    "x",
    "On 14 March, raiders torched 3 huts in Bakori; 1,250 people fled.",
    "Around 2.5 km east of the U.S.-run base, a blast wounded (7) guards...",
    "Militiamen  attacked\tthe\nmarket at 06:30 -- police said 12,000,000 naira was taken",
    "A.B.C. members and NPF-led units met at Kilometre 9/10 (near Ade-Oye), per reports.",
    "\u00a0Gunmen\u2003abducted\u3000four traders\u2009near\u202fOturkpo.",
    "Séléka fighters killed ½ dozen herders and ²3 cattle in Bambari; 4.000 fled.",
    "the police-station's gate: ", "- , . ;", "2020-05-03/04", "a\x1cb\x1fc d",
    "Tanks,artillery;and drones.Attacked the town",
    # chunks of one word between marks, read without the pattern, beside chunks of several
    "(Kavumu), [Bunia] {Mahagi}. \"Aru\" <Djugu>; #12 *Irumu* Beni! Oicha? ~Mambasa~ &",
    "@Logo- -Tchomia- ...Kasenyi... /Boga/ +7 =8= |Komanda| --- ^ $40 %9 `x`",
    "Lubero,Butembo (Kirumba,) \x01Kanyabayonga\x02 a-b-c 1.2.3 (U.S.), (A&B)",
]


def _quantities_reference(text: str, offset: int, end: int) -> tuple[list[str], list[int]]:
    raw: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = offset
    for gap, token in (_ASCII_GAP_TOKEN if text.isascii() else _GAP_TOKEN).findall(
            text, offset, end):
        pos += len(gap)
        starts.append(pos)
        raw.append(token)
        pos += len(token)
        ends.append(pos)
    if text.find("(", offset, end) >= 0:
        raw, starts, ends = _unbracketed_numbers(raw, starts, ends)
    return raw, starts + ends


@pytest.mark.parametrize("text", TEXTS)
def test_quantities_tokens_are_those_of_one_scan(text: str) -> None:
    for offset in range(0, len(text) + 1, 7):
        for end in (len(text), min(len(text), offset + 23)):
            tokens = _tokenize(text, offset, end)
            raw, offsets = _quantities_reference(text, offset, end)
            assert tokens.raw == raw
            assert tokens.start + tokens.end == offsets
            assert tokens.low == [t.lower() for t in raw]


@pytest.mark.parametrize("text", [t.replace("'", "") for t in TEXTS if t.isascii()])
def test_actors_tokens_are_those_of_one_scan(text: str) -> None:
    starts: list[int] = []
    raws: list[str] = []
    joinable: list[bool] = []
    pos = 0
    for gap, raw in _ASCII_PLAIN_TOKEN_GAP.findall(text):
        if raws:
            joinable.append(gap == " " or _gap_ok(gap, raws[-1]))
        pos += len(gap)
        starts.append(pos)
        raws.append(raw)
        pos += len(raw)
    toks = _Toks(text)
    assert toks.raws == raws
    assert toks.starts == starts
    assert toks.ends == [s + len(r) for s, r in zip(starts, raws, strict=True)]
    assert toks.joinable == [*joinable, False]
