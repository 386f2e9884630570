"""Listing and query commands: actors, meetings, agreements, aid, show and sql."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import typer

from entente.cli.context import database_url, engine_for
from entente.cli.output import Format, print_document, print_rows

if TYPE_CHECKING:
    from entente.models.queries import Filters

Country = Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-3 code, e.g. PAK.")]
ActorName = Annotated[str | None, typer.Option("--actor", help="Part of an actor's name.")]
Since = Annotated[str | None, typer.Option("--since", help="On or after YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option("--until", help="On or before YYYY-MM-DD.")]
Fmt = Annotated[
    Format,
    typer.Option(
        "--format", help="auto (a table on a terminal, CSV in a pipe), table, csv or json."
    ),
]
Limit = Annotated[int | None, typer.Option("--limit", help="At most this many rows.")]


def _filters(
    country: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    kind: str | None = None,
) -> Filters:
    from entente.errors import InputError
    from entente.models.queries import Filters

    def day(value: str | None, option: str) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise InputError(
                f"{option} {value!r} is not a real date (expected YYYY-MM-DD)"
            ) from None

    if country is not None and not (len(country) == 3 and country.isalpha()):
        raise InputError(f"--country {country!r} is not an ISO 3166 alpha-3 code (e.g. PAK)")
    return Filters(country, actor, day(since, "--since"), day(until, "--until"), kind, limit)


def _list(ctx: typer.Context, query: str, filters: Filters, fmt: Format) -> None:
    from entente.models import queries
    from entente.models.engine import make_session

    engine = engine_for(ctx)
    with make_session(engine) as session:
        rows = getattr(queries, query)(session, filters)
    print_rows(rows, fmt)


_FACT_LISTINGS = [
    ("meetings", "list_meetings", "List meetings with their participants (from v_meetings)."),
    (
        "agreements",
        "list_agreements",
        "List agreements with their parties and sectors (from v_agreements).",
    ),
    ("aid", "list_aid_flows", "List aid flows (from v_aid_flows)."),
]


def _fact_listing(query: str) -> Any:
    """A listing command over one kind of fact, with the filters they all share."""

    def command(
        ctx: typer.Context,
        country: Country = None,
        actor: ActorName = None,
        since: Since = None,
        until: Until = None,
        fmt: Fmt = Format.AUTO,
        limit: Limit = None,
    ) -> None:
        _list(ctx, query, _filters(country, actor, since, until, limit), fmt)

    return command


def register(app: typer.Typer) -> None:
    """Add the listing commands to the app."""

    @app.command()
    def actors(
        ctx: typer.Context,
        kind: Annotated[str | None, typer.Option(help="state, person, organization, ...")] = None,
        country: Country = None,
        actor: ActorName = None,
        fmt: Fmt = Format.AUTO,
        limit: Limit = None,
    ) -> None:
        """List actors (from v_actors)."""
        _list(ctx, "list_actors", _filters(country, actor, None, None, limit, kind), fmt)

    for name, query, doc in _FACT_LISTINGS:
        app.command(name, help=doc)(_fact_listing(query))

    @app.command()
    def show(
        ctx: typer.Context,
        kind: Annotated[
            str, typer.Argument(help="actor, meeting, agreement, aid, statement or relation.")
        ],
        fact_id: Annotated[int, typer.Argument(metavar="ID", help="The row's id.")],
        fmt: Annotated[str, typer.Option("--format", help="yaml or json.")] = "yaml",
    ) -> None:
        """Print one fact with its details and evidence."""
        from entente.models.engine import make_session
        from entente.models.queries import show_fact

        engine = engine_for(ctx)
        with make_session(engine) as session:
            document = show_fact(session, kind, fact_id)
        print_document(document, Format.JSON if fmt == "json" else Format.TABLE)

    @app.command()
    def sql(
        ctx: typer.Context,
        query: Annotated[str, typer.Argument(help="One SELECT (or WITH, VALUES, EXPLAIN).")],
        fmt: Fmt = Format.AUTO,
        timeout: Annotated[
            float, typer.Option(help="Stop the query after this many seconds.")
        ] = 30.0,
    ) -> None:
        """Run a read-only SQL query; anything that could write is refused."""
        from entente.models.readonly import run_readonly

        result = run_readonly(database_url(ctx), query, timeout)
        columns = _unique(result.columns)
        rows: list[dict[str, Any]] = [dict(zip(columns, r, strict=True)) for r in result.rows]
        print_rows(rows, fmt, columns)


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique (a.name, b.name -> name, name_2), so no value hides another."""
    seen: set[str] = set()
    unique = []
    for name in columns:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}_{n}"
        seen.add(candidate)
        unique.append(candidate)
    return unique
