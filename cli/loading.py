"""``entente load``, ``seed``, ``extract`` and ``schema``: getting articles and facts in."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from entente.cli.context import engine_for

if TYPE_CHECKING:
    from entente.loaders.pipeline import LoadReport


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    from entente.errors import InputError

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option} {value!r} is not a real date (expected YYYY-MM-DD)") from None


def _print_report(report: LoadReport) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table("file", "status", "new facts", "known facts", "source", "error")
    for o in report.outcomes:
        table.add_row(
            o.name,
            o.status,
            str(o.new_facts),
            str(o.known_facts),
            "" if o.source_id is None else str(o.source_id),
            o.error or "",
        )
    if len(report.outcomes) <= 50:
        console.print(table)
    console.print(
        f"{len(report.outcomes)} file(s): {report.new_facts} new fact(s), "
        f"{report.known_facts} already known, {len(report.failed)} error(s)"
    )


def _finish(report: LoadReport) -> None:
    """Print the failures (one line each, on stderr) and the summary; exit 1 if any failed."""
    for failure in report.failed:
        typer.echo(f"Error: {failure.error}", err=True)
    _print_report(report)
    if report.failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the loading commands to the app."""

    @app.command()
    def load(
        ctx: typer.Context,
        paths: Annotated[
            list[str],
            typer.Argument(
                help="Articles (.txt .md .html), fact files (.yaml .json), folders, or - for stdin."
            ),
        ],
        published: Annotated[
            str | None,
            typer.Option(help="Publication date YYYY-MM-DD, for relative dates in the text."),
        ] = None,
        url: Annotated[str | None, typer.Option(help="The article's URL.")] = None,
        title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
        max_bytes: Annotated[int, typer.Option(help="Refuse files larger than this.")] = 5_242_880,
    ) -> None:
        """Load articles and fact files; each file loads whole or not at all."""
        from entente.errors import InputError
        from entente.loaders.pipeline import LoadOptions, expand_inputs, load_inputs

        options = LoadOptions(_date(published, "--published"), url, title, max_bytes)
        inputs = expand_inputs(paths, max_bytes=options.max_bytes)
        if not inputs:
            raise InputError("found no articles or fact files to load in " + ", ".join(paths))
        engine = engine_for(ctx)
        if len(inputs) > 1 and sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:
                task = progress.add_task("loading", total=len(inputs))
                report = load_inputs(
                    engine, inputs, options, on_done=lambda _: progress.advance(task)
                )
        else:
            report = load_inputs(engine, inputs, options)
        _finish(report)

    @app.command()
    def seed(ctx: typer.Context) -> None:
        """Load the seed article and its curated facts (twice changes nothing)."""
        from entente.loaders.pipeline import seed as load_seed

        _finish(load_seed(engine_for(ctx)))

    @app.command()
    def extract(
        path: Annotated[str, typer.Argument(help="An article (.txt .md .html) or - for stdin.")],
        published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
        url: Annotated[str | None, typer.Option(help="The article's URL.")] = None,
        title: Annotated[str | None, typer.Option(help="The article's title.")] = None,
        fmt: Annotated[str, typer.Option("--format", help="yaml or json.")] = "yaml",
    ) -> None:
        """Print the facts an article would load, as an editable fact file."""
        from entente.errors import InputError
        from entente.loaders.pipeline import LoadOptions, expand_inputs, extract_only
        from entente.loaders.render import render_bundle

        if fmt not in ("yaml", "json"):
            raise InputError(f"--format {fmt!r} is not yaml or json")
        options = LoadOptions(_date(published, "--published"), url, title)
        inputs = expand_inputs([path])
        if len(inputs) != 1:
            raise InputError(f"{path}: extract takes one article")
        bundle = extract_only(inputs[0], options)
        sys.stdout.write(render_bundle(bundle, fmt))

    @app.command()
    def schema() -> None:
        """Print the JSON Schema of fact files."""
        import json

        from entente.loaders.factfile import FactBundle

        typer.echo(json.dumps(FactBundle.model_json_schema(), indent=2))
