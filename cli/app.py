"""The ``entente`` command: global options, the sub-commands and the one error boundary.

Commands stay thin: they parse options, call one library function and print. Every error a user
can cause (``EntenteError``) and every database failure becomes one line on stderr and exit code
1 here, never a traceback. Heavy libraries are imported inside commands, so ``--help`` is fast.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from entente import __version__


class _Boundary(TyperGroup):
    """The top-level group: turns our errors into one line and exit code 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = describe_error(exc, ctx.obj if isinstance(ctx.obj, dict) else None)
            if message is None:
                raise  # Typer's own exits and usage errors, and real bugs, pass through
            from entente.errors import one_line

            typer.echo(f"Error: {one_line(message)}", err=True)
            raise typer.Exit(1) from None


def describe_error(exc: BaseException, options: dict[str, Any] | None = None) -> str | None:
    """One line for an error a user can meet, or None for a bug (which should show)."""
    from entente.errors import EntenteError

    if isinstance(exc, EntenteError):
        return _scrub(str(exc), options)
    module = type(exc).__module__
    if module.startswith("alembic") and type(exc).__name__ == "CommandError":
        # A revision that does not exist, or a downgrade past what the history allows.
        return _scrub(f"migration: {_first_line(exc)}", options)
    if module.startswith(("sqlalchemy", "psycopg", "sqlite3")):
        orig = getattr(exc, "orig", None) or exc
        first = _first_line(orig)
        if "no such table" in first or ("does not exist" in first and "relation" in first):
            return "the database has no entente schema yet (run `entente db upgrade`)"
        return _scrub(f"database error: {first}", options)
    return None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _scrub(message: str, options: dict[str, Any] | None) -> str:
    """Remove the database password from a message, wherever it came from."""
    from entente.models.engine import hide_password, resolve_url

    return hide_password(message, resolve_url((options or {}).get("url")))


app = typer.Typer(
    cls=_Boundary,
    name="entente",
    help="entente: a relational fact database of international relations, built from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"entente {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="ENTENTE_DATABASE_URL",
            help="Database URL: sqlite:///FILE (default sqlite:///entente.db) or "
            "postgresql://USER@HOST/DB. Also from $ENTENTE_DATABASE_URL.",
            show_envvar=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """entente: a relational fact database of international relations, built from news."""
    ctx.obj = {"url": db}


def _register() -> None:
    from entente.cli import db, listing, loading

    app.add_typer(db.app, name="db")
    loading.register(app)
    listing.register(app)


_register()


def main() -> None:
    """Entry point of the ``entente`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Error: interrupted", err=True)
        sys.exit(130)
