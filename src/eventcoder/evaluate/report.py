"""Show scores: a table in the terminal, JSON for machines, an HTML page with pictures.

The pictures (confusion heatmaps, predicted-against-coded scatter plots) are
inline SVG written here, so the page needs no library, no network and no
script to be read.
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventcoder.evaluate.metrics import Confusion, Scores

# --- terminal --------------------------------------------------------------------------------


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "share":
        return f"{100 * value:.1f}%"
    if unit == "km":
        return f"{value:.1f} km"
    return f"{value:.3g}"


def rich_tables(scores: Scores) -> list[Any]:
    """Rich renderables: the measures, then the most frequent confusions of each matrix."""
    from rich.table import Table

    title = f"{scores.format}: {scores.n_rows} rows"
    split = scores.meta.get("split")
    if split and split != "all":
        title += f" ({split} half)"
    measures = Table(title=title)
    measures.add_column("field")
    measures.add_column("measure")
    measures.add_column("value", justify="right")
    measures.add_column("n", justify="right")
    previous = None
    for key, measure in scores.measures.items():
        name = key.split(".", 1)[1] if "." in key else key
        measures.add_row(measure.field if measure.field != previous else "", name,
                         format_value(measure.value, measure.unit), str(measure.n))
        previous = measure.field
    tables: list[Any] = [measures]
    for name, confusion in scores.confusions.items():
        errors = confusion.top_errors(8)
        if not errors:
            continue
        table = Table(title=f"{name}: most frequent errors")
        table.add_column("coded")
        table.add_column("predicted")
        table.add_column("rows", justify="right")
        for coded, predicted, count in errors:
            table.add_row(coded, predicted, str(count))
        tables.append(table)
    if scores.failed:
        table = Table(title=f"{len(scores.failed)} document(s) failed")
        table.add_column("error")
        for error in scores.failed[:10]:
            table.add_row(error)
        tables.append(table)
    return tables


# --- JSON ------------------------------------------------------------------------------------


def write_json(scores: Scores, path: Path) -> None:
    path.write_text(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2) + "\n",
                    encoding="utf-8")


# --- SVG pictures ----------------------------------------------------------------------------


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _heat_colour(share: float, correct: bool) -> str:
    """White to blue for the diagonal, white to red elsewhere."""
    share = max(0.0, min(1.0, share))
    if correct:
        r, g, b = 255 - int(205 * share), 255 - int(145 * share), 255 - int(55 * share)
    else:
        r, g, b = 255 - int(35 * share), 255 - int(195 * share), 255 - int(195 * share)
    return f"rgb({r},{g},{b})"


def confusion_svg(confusion: Confusion, *, max_labels: int = 24) -> str:
    """A heatmap: coded labels down, predicted across, each row shaded by its share."""
    labels = confusion.labels[:max_labels]
    if not labels:
        return "<p>No rows.</p>"
    cell = 34
    left = 12 + 7 * max(len(label) for label in labels)
    top = left
    # Column labels lean right at 60 degrees: leave room for the last ones.
    size_w = left + cell * len(labels) + 20 + 4 * max(len(label) for label in labels)
    size_h = top + cell * len(labels) + 20
    row_totals = Counter[str]()
    for (gold, _), count in confusion.counts.items():
        row_totals[gold] += count
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size_w}" height="{size_h}" '
        f'font-family="sans-serif" font-size="11" role="img" '
        f'aria-label="confusion matrix of {_esc(confusion.name)}">'
    ]
    for i, label in enumerate(labels):
        y = top + i * cell + cell / 2 + 4
        parts.append(f'<text x="{left - 6}" y="{y:.0f}" text-anchor="end">{_esc(label)}</text>')
        x = left + i * cell + cell / 2 + 4
        parts.append(f'<text x="{x:.0f}" y="{top - 6}" text-anchor="start" '
                     f'transform="rotate(-60 {x:.0f} {top - 6})">{_esc(label)}</text>')
    for i, gold in enumerate(labels):
        total = row_totals.get(gold, 0)
        for j, predicted in enumerate(labels):
            count = confusion.counts.get((gold, predicted), 0)
            agrees = gold == predicted or (gold, predicted) in confusion.accepted
            share = count / total if total else 0.0
            x, y = left + j * cell, top + i * cell
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" stroke="#ddd" '
                f'fill="{_heat_colour(share, agrees)}">'
                f"<title>coded {_esc(gold)}, predicted {_esc(predicted)}: {count} "
                f"({100 * share:.0f}% of the row)</title></rect>"
            )
            if count:
                colour = "#fff" if share > 0.6 else "#222"
                parts.append(f'<text x="{x + cell / 2:.0f}" y="{y + cell / 2 + 4:.0f}" '
                             f'text-anchor="middle" fill="{colour}">{count}</text>')
    parts.append(f'<text x="{left}" y="{size_h - 4}" fill="#555">rows: coded; columns: '
                 "predicted</text>")
    parts.append("</svg>")
    return "".join(parts)


def _log_scale(value: float, top: float, length: float) -> float:
    return length * math.log1p(value) / math.log1p(top) if top > 0 else 0.0


def _ticks(top: int) -> list[int]:
    ticks = [0]
    for base in (1, 10, 100, 1000, 10000):
        for step in (1, 2, 5):
            if base * step <= top:
                ticks.append(base * step)
    return ticks


def scatter_svg(pairs: Sequence[tuple[str, int, int]], *, name: str) -> str:
    """Predicted against coded counts on log(1 + n) axes; a dot's area grows with its rows."""
    if not pairs:
        return "<p>No rows.</p>"
    counts = Counter((coded, predicted) for _, coded, predicted in pairs)
    top = max(max(c, p) for c, p in counts) or 1
    plot, margin = 360, 48
    width = height = plot + margin + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="11" role="img" '
        f'aria-label="predicted against coded {_esc(name)}">',
        f'<rect x="{margin}" y="10" width="{plot}" height="{plot}" fill="#fafafa" '
        'stroke="#ccc"/>',
        f'<line x1="{margin}" y1="{10 + plot}" x2="{margin + plot}" y2="10" stroke="#999" '
        'stroke-dasharray="4 3"/>',
    ]
    for tick in _ticks(top):
        offset = _log_scale(tick, top, plot)
        parts.append(f'<text x="{margin + offset:.1f}" y="{plot + 26}" '
                     f'text-anchor="middle">{tick}</text>')
        parts.append(f'<text x="{margin - 6}" y="{10 + plot - offset + 4:.1f}" '
                     f'text-anchor="end">{tick}</text>')
    for (coded, predicted), n in sorted(counts.items()):
        x = margin + _log_scale(coded, top, plot)
        y = 10 + plot - _log_scale(predicted, top, plot)
        radius = 2.5 + 1.5 * math.sqrt(n)
        colour = "#2b6cb0" if coded == predicted else "#c53030"
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" '
                     f'fill-opacity="0.55"><title>coded {coded}, predicted {predicted}: '
                     f"{n} row(s)</title></circle>")
    parts.append(f'<text x="{margin + plot / 2}" y="{plot + 44}" text-anchor="middle">coded '
                 f"{_esc(name)}</text>")
    parts.append(f'<text x="14" y="{10 + plot / 2}" text-anchor="middle" '
                 f'transform="rotate(-90 14 {10 + plot / 2})">predicted {_esc(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bars_svg(scores: Scores) -> str:
    """One horizontal bar per share measure."""
    shares = [(k, value) for k, m in scores.measures.items()
              if m.unit == "share" and (value := m.value) is not None]
    if not shares:
        return ""
    row, label_w, bar_w = 20, 12 + 7 * max(len(k) for k, _ in shares), 300
    height = row * len(shares) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" '
             f'height="{height}" font-family="sans-serif" font-size="11" role="img" '
             'aria-label="measures">']
    for i, (key, value) in enumerate(shares):
        y = 5 + i * row
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_esc(key)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{bar_w}" height="{row - 6}" '
                     'fill="#eee"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{bar_w * value:.1f}" '
                     f'height="{row - 6}" fill="#2b6cb0"/>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 13}">{100 * value:.1f}%</text>')
    parts.append("</svg>")
    return "".join(parts)


# --- HTML ------------------------------------------------------------------------------------

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1200px; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.text { max-width: 640px; font-size: 0.9em; color: #333; }
.figures { display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; }
code { background: #f4f4f4; padding: 1px 4px; }
"""


def _value_html(value: Any) -> str:
    if value is None:
        return "<em>none</em>"
    if isinstance(value, list):
        return "; ".join(_esc(v) for v in value) or "<em>none</em>"
    return _esc(value)


def render_html(scores: Scores, *, errors_per_field: int = 10) -> str:
    """A self-contained page: measures, heatmaps, scatter plots and the worst errors."""
    meta = scores.meta
    title = f"eventcoder evaluation: {scores.format}"
    out = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{_esc(title)}</title>"
           f"<style>{_STYLE}</style></head><body>", f"<h1>{_esc(title)}</h1>"]
    out.append(f"<p>{scores.n_rows} rows from <code>{_esc(meta.get('path', ''))}</code>, split "
               f"<code>{_esc(meta.get('split', 'all'))}</code>; {len(scores.failed)} document(s) "
               "failed. Measures are defined in docs/evaluation.md.</p>")
    out.append("<h2>Measures</h2><table><tr><th>measure</th><th>value</th><th>hits</th>"
               "<th>n</th><th>definition</th></tr>")
    for key, measure in scores.measures.items():
        hits = f"{measure.hits:g}" if measure.unit == "share" else ""
        shown = format_value(measure.value, measure.unit)
        out.append(f"<tr><td>{_esc(key)}</td><td class=num>{shown}</td>"
                   f"<td class=num>{hits}</td><td class=num>{measure.n}</td>"
                   f"<td>{_esc(measure.description)}</td></tr>")
    out.append("</table>")
    out.append(bars_svg(scores))
    if scores.confusions:
        out.append("<h2>Confusion matrices</h2><div class=figures>")
        for name, confusion in scores.confusions.items():
            out.append(f"<figure><figcaption>{_esc(name)}</figcaption>"
                       f"{confusion_svg(confusion)}</figure>")
        out.append("</div>")
    if scores.pairs:
        out.append("<h2>Predicted against coded counts</h2><div class=figures>")
        for name, pairs in scores.pairs.items():
            out.append(f"<figure><figcaption>{_esc(name)} ({len(pairs)} rows; dashed: equal)"
                       f"</figcaption>{scatter_svg(pairs, name=name)}</figure>")
        out.append("</div>")
    worst = scores.worst_errors(errors_per_field)
    if worst:
        out.append("<h2>Worst errors</h2><table><tr><th>field</th><th>row</th><th>coded</th>"
                   "<th>predicted</th><th>text</th></tr>")
        for error in worst:
            out.append(f"<tr><td>{_esc(error.field)}</td><td>{_esc(error.row_id)}</td>"
                       f"<td>{_value_html(error.coded)}</td>"
                       f"<td>{_value_html(error.predicted)}</td>"
                       f"<td class=text>{_esc(error.text)}</td></tr>")
        out.append("</table>")
    if scores.failed:
        out.append("<h2>Failed documents</h2><ul>")
        out.extend(f"<li>{_esc(error)}</li>" for error in scores.failed[:50])
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def write_html(scores: Scores, path: Path) -> None:
    path.write_text(render_html(scores), encoding="utf-8")
