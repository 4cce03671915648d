"""Count the CPU instructions the pipeline's stages spend per ACLED note, with valgrind.

Usage::

    python bench/bench_instructions.py --acled acled.csv [--stages places,events] [--every 8]
        [--passes 2] [--whole]

CPU-second timings of one run move by up to a third on a shared machine; instruction counts
do not (see ``docs/speed.md``). For each stage this runs the stages before it once, then the
stage itself once to warm it (every name seen once, every lazy table built), then
``--passes`` more times, under ``valgrind --tool=cachegrind --cache-sim=no`` with hash
randomisation and address randomisation off; the same run with no extra pass is subtracted,
so the count is that of one warm pass. ``--whole`` counts instead what
``bench/bench_extract.py`` times on the short notes: one first pass of the whole pipeline
(document from text, every stage, the records) after ``prepare_batch``, less the same run with
no note, so first sight of every name is included. Needs valgrind and setarch (util-linux).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _run_stages(acled: Path, every: int, first: int, last: int, passes: int) -> None:
    """The measured body: stages ``first..last`` over every ``every``-th note."""
    from eventcoder.document import make_doc
    from eventcoder.inputs import document_from_text
    from eventcoder.pipeline import RulePipeline
    from eventcoder.registry import STAGES

    with acled.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[::every]
    names = RulePipeline().stage_names
    states = [make_doc(document_from_text(r["notes"], doc_id=r["event_id_cnty"]))
              for r in rows]
    for name in names[:first]:
        func = STAGES[name].func
        states = [func(state) for state in states]
    funcs = [STAGES[name].func for name in names[first:last + 1]]
    for _ in range(1 + passes):
        for state in states:
            for func in funcs:
                state = func(state)


def _run_whole(acled: Path, every: int, passes: int) -> None:
    """The measured body of ``--whole``: the benchmark's loop, over ``passes`` times the notes."""
    from eventcoder.inputs import document_from_text
    from eventcoder.pipeline import RulePipeline, prepare_batch

    with acled.open(newline="", encoding="utf-8") as handle:
        texts = [r["notes"] for r in list(csv.DictReader(handle))[::every] if r["notes"].strip()]
    pipeline = RulePipeline()
    prepare_batch(pipeline)
    for number, text in enumerate(texts * passes):
        pipeline(document_from_text(text, doc_id=f"d{number}"))


def _count(acled: Path, every: int, first: int, last: int, passes: int) -> int:
    command = [
        "setarch", "-R", "valgrind", "--tool=cachegrind", "--cache-sim=no",
        "--cachegrind-out-file=/dev/null", sys.executable, __file__, "--acled", str(acled),
        "--every", str(every), f"--inner={first},{last},{passes}",
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = _REFS.search(done.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, required=True, help="ACLED csv with a notes column.")
    parser.add_argument("--stages", default="", help="Comma-separated stage names (short, as "
                        "'places'); all stages one by one when empty.")
    parser.add_argument("--every", type=int, default=8, help="Take every n-th note.")
    parser.add_argument("--passes", type=int, default=2, help="Warm passes counted.")
    parser.add_argument("--whole", action="store_true", help="Count one first pass of the "
                        "whole pipeline, as bench_extract.py times it, not the stages.")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        first, last, passes = (int(x) for x in args.inner.split(","))
        if first < 0:
            _run_whole(args.acled, args.every, passes)
        else:
            _run_stages(args.acled, args.every, first, last, passes)
        return
    from eventcoder.pipeline import RulePipeline

    names = RulePipeline().stage_names
    short = [name.split(".")[1] for name in names]
    wanted = [s for s in args.stages.split(",") if s] or short
    with args.acled.open(newline="", encoding="utf-8") as handle:
        notes = len(list(csv.DictReader(handle))[::args.every])
    if args.whole:
        with args.acled.open(newline="", encoding="utf-8") as handle:
            notes = sum(1 for r in list(csv.DictReader(handle))[::args.every]
                        if r["notes"].strip())
        base = _count(args.acled, args.every, -1, -1, 0)
        more = _count(args.acled, args.every, -1, -1, 1)
        print(f"{notes} notes, whole pipeline, first pass: "
              f"{(more - base) / notes / 1e6:.3f} million instructions per note")
        return
    print(f"{notes} notes, million instructions per note on one warm pass")
    print("| stage | million instructions per note |\n| --- | ---: |")
    for stage in wanted:
        index = short.index(stage)
        base = _count(args.acled, args.every, index, index, 0)
        more = _count(args.acled, args.every, index, index, args.passes)
        print(f"| {stage} | {(more - base) / notes / args.passes / 1e6:.3f} |", flush=True)


if __name__ == "__main__":
    main()
