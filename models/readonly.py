"""Run an analyst's SQL so that it can never write, on SQLite and on PostgreSQL.

SQLite: the file is opened read-only (``mode=ro``) and an authorizer refuses anything but reading
(so ATTACH, which could create another file, and PRAGMA writes are refused too). PostgreSQL: one
statement only, starting with a reading keyword, sent through the extended query protocol (so the
server itself refuses a second statement hidden from our check), in a session whose transactions
are all READ ONLY, with a statement timeout, rolled back at the end. On both, functions that act
outside the query (dblink, large-object files, killing other sessions) are refused by name.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine

from entente.errors import DatabaseError, InputError, ReadOnlyError
from entente.models.database import sqlite_path
from entente.models.engine import parse_url, resolve_url

DEFAULT_TIMEOUT_S = 30.0
_READING = ("select", "with", "values", "table", "explain", "show")
_STRINGS_AND_COMMENTS = re.compile(
    r"\$([A-Za-z_]\w*)?\$.*?\$\1\$"  # PostgreSQL dollar quoting: $$...$$, $tag$...$tag$
    r"|[Ee]'(?:[^'\\]|\\.|'')*'"  # PostgreSQL E'...' strings with backslash escapes
    r"|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/",
    re.S,
)
_WRITING = re.compile(
    r"\b(insert|update|delete|merge|upsert|replace\s+into|drop|create|alter|truncate|grant|"
    r"revoke|attach|detach|copy|vacuum|reindex|pragma|refresh|cluster|import)\b",
    re.I,
)
_OUTSIDE = re.compile(
    r"\b(dblink\w*|lo_\w+|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|"
    r"pg_rotate_logfile|pg_promote|pg_switch_wal|pg_create_restore_point|pg_file_\w+|"
    r"pg_read_file|pg_read_binary_file|pg_ls_dir|set_config|pg_advisory\w*|pg_stat_reset\w*|"
    r"load_extension|writefile|readfile|edit)\s*\(",
    re.I,
)
_READ_PRAGMAS = frozenset(
    {"table_info", "table_xinfo", "index_list", "index_info", "foreign_key_list", "table_list"}
)


@dataclass
class QueryResult:
    """Column names and rows of a query."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def _strip(sql: str) -> str:
    return _STRINGS_AND_COMMENTS.sub(" ", sql)


def check_single_reading_statement(sql: str) -> None:
    """Refuse more than one statement, or one that does not start by reading."""
    bare = _strip(sql).strip().rstrip(";").strip()
    if not bare:
        raise InputError("the query is empty")
    if ";" in bare:
        raise ReadOnlyError("entente sql runs one statement at a time; remove the ';'")
    first = bare.split(None, 1)[0].lower()
    if first not in _READING:
        raise ReadOnlyError(
            f"entente sql is read-only: {first.upper()} is refused "
            "(use SELECT, WITH, VALUES or EXPLAIN)"
        )
    writing = _WRITING.search(bare)
    if writing:
        raise ReadOnlyError(f"entente sql is read-only: {writing.group(0).upper()} is refused")
    if first == "explain" and re.search(r"\banaly[sz]e\b", bare, re.I):
        raise ReadOnlyError("entente sql is read-only: EXPLAIN ANALYZE runs the statement; refused")
    outside = _OUTSIDE.search(bare)
    if outside:
        raise ReadOnlyError(
            f"entente sql is read-only: {outside.group(1)}() acts outside the query; refused"
        )


def _authorizer(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    allowed = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION}
    allowed.add(getattr(sqlite3, "SQLITE_RECURSIVE", 33))
    if action in allowed:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _READ_PRAGMAS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _run_sqlite(url: str, sql: str, timeout_s: float) -> QueryResult:
    path = sqlite_path(url)
    if path is None or not path.exists():
        raise DatabaseError(f"no database at {path} (create it with `entente db upgrade`)")
    # Quoted, so that a '?' or '#' in the file name cannot end the path and drop mode=ro.
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=timeout_s)
    try:
        connection.set_authorizer(_authorizer)
        deadline = time.monotonic() + timeout_s
        connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            cursor = connection.execute(sql)
            rows = cursor.fetchall()
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if "not authorized" in message or "readonly" in message or "read-only" in message:
                raise ReadOnlyError(
                    f"entente sql is read-only: the statement was refused ({message})"
                ) from None
            if "interrupted" in message:
                raise DatabaseError("the query ran too long and was stopped") from None
            raise InputError(f"the query failed: {message}") from None
        except (sqlite3.Warning, sqlite3.ProgrammingError) as exc:
            # "You can only execute one statement at a time" (a Warning before Python 3.12).
            raise ReadOnlyError(f"entente sql runs one statement at a time ({exc})") from None
        columns = [d[0] for d in cursor.description or []]
        return QueryResult(columns, [tuple(r) for r in rows])
    finally:
        connection.close()


def _run_postgresql(url: str, sql: str, timeout_s: float) -> QueryResult:
    import psycopg

    engine: Engine = create_engine(parse_url(url), connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as plain:
            connection = plain.execution_options(postgresql_readonly=True)
            # Session-wide too: were a statement ever to end this transaction, the next one
            # would still be read-only and timed.
            connection.exec_driver_sql("SET SESSION default_transaction_read_only = on")
            milliseconds = max(1, int(timeout_s * 1000))  # 0 would mean no limit at all
            connection.exec_driver_sql(f"SET SESSION statement_timeout = {milliseconds}")
            driver = connection.connection.driver_connection
            assert driver is not None  # only a detached connection has none
            cursor = driver.cursor()
            try:
                # prepare=True: the extended query protocol, which takes one statement only.
                cursor.execute(sql, prepare=True)
                columns = [d.name for d in cursor.description or []]
                rows = [tuple(r) for r in cursor.fetchall()] if cursor.description else []
            except psycopg.Error as exc:
                lines = str(exc).strip().splitlines()
                message = lines[0] if lines else type(exc).__name__
                if "multiple commands" in message:
                    raise ReadOnlyError(
                        "entente sql runs one statement at a time (the server found more)"
                    ) from None
                if "read-only transaction" in message:
                    raise ReadOnlyError(
                        f"entente sql is read-only: the statement was refused ({message})"
                    ) from None
                if "statement timeout" in message:
                    raise DatabaseError(
                        f"the query ran longer than {timeout_s:g} s and was stopped "
                        "(raise --timeout)"
                    ) from None
                raise InputError(f"the query failed: {message}") from None
            finally:
                connection.rollback()
            return QueryResult(columns, rows)
    finally:
        engine.dispose()


def run_readonly(url: str | None, sql: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> QueryResult:
    """Run one reading statement; refuse anything that could write."""
    url = resolve_url(url)
    if not timeout_s > 0:
        raise InputError(f"--timeout {timeout_s:g} must be more than 0 seconds")
    check_single_reading_statement(sql)
    if parse_url(url).get_backend_name() == "sqlite":
        return _run_sqlite(url, sql, timeout_s)
    return _run_postgresql(url, sql, timeout_s)
