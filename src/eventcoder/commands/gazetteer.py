"""``eventcoder gazetteer``: build the gazetteer file and look names up in it."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Build the place gazetteer or look names up in it.

    Example:

        eventcoder gazetteer lookup "Deir ez-Zor"
    """


@gazetteer_group.command("build")
@click.option("--from", "dump", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="GeoNames dump (allCountries.zip or .txt); default: the "
              "GeoNames data that installed packages ship.")
@click.option("--admin1", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="GeoNames admin1CodesASCII.txt (division names).")
@click.option("--admin2", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="GeoNames admin2Codes.txt (district names).")
@click.option("--min-population", type=int, default=0, show_default=True,
              help="Leave out populated places smaller than this (dump only).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the file; default: the package's own gazetteer.")
def build_command(dump: Path | None, admin1: Path | None, admin2: Path | None,
                  min_population: int, out: Path | None) -> None:
    """Build a gazetteer file from GeoNames data.

    With --from, every populated place, division and natural feature of the dump is
    taken; point EVENTCODER_GAZETTEER at the file written to use it.

    Example:

        eventcoder gazetteer build --from allCountries.zip --admin1 admin1CodesASCII.txt \\
            --out ~/geonames/gazetteer.npz
    """
    from eventcoder.gazetteer import DEFAULT_PATH
    from eventcoder.gazetteer_build import build_from_geonames_dump, build_from_packages

    target = out or DEFAULT_PATH
    if dump is not None:
        counts = build_from_geonames_dump(dump, target, admin1_codes=admin1,
                                          admin2_codes=admin2, min_population=min_population)
    else:
        try:
            counts = build_from_packages(target)
        except ImportError as exc:
            raise click.ClickException(
                f"{exc}; install the build dependencies with pip install 'eventcoder[gazetteer]'"
            ) from exc
    summary = ", ".join(f"{value} {name}" for name, value in counts.items())
    click.echo(f"wrote {target}: {summary}", err=True)


@gazetteer_group.command("lookup")
@click.argument("name")
@click.option("--country", "countries", multiple=True, metavar="ISO2",
              help="Prefer places in this country (repeatable).")
@click.option("--gazetteer", "path", default=None, help="Gazetteer file to use.")
@click.option("--limit", type=int, default=10, show_default=True)
def lookup_command(name: str, countries: tuple[str, ...], path: str | None, limit: int) -> None:
    """Print the places a name may denote, one JSON object a line, best first.

    Example:

        eventcoder gazetteer lookup "Dayr az-Zawr" --country SY
    """
    from dataclasses import asdict

    from eventcoder.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(path)
    wanted = {c.upper() for c in countries}
    places = gazetteer.lookup(name)
    if wanted:
        places = [p for p in places if p.country in wanted] + [
            p for p in places if p.country not in wanted
        ]
    if not places:
        raise click.ClickException(f"no place named {name!r} in {gazetteer.source}")
    for place in places[:limit]:
        click.echo(json.dumps(asdict(place), ensure_ascii=False))


COMMANDS: list[click.Command] = [gazetteer_group]
