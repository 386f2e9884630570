"""Load files into the database: read, extract (articles) or validate (fact files), resolve, write.

Each file is one transaction: it loads whole or not at all, and a failure in one file leaves the
files already committed in place. The same input loaded twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from entente.errors import DatabaseError, EntenteError, InputError, one_line
from entente.loaders.articles import Article, is_article_file, parse_article
from entente.loaders.factfile import FactBundle
from entente.loaders.factfile_io import (
    DEFAULT_MAX_BYTES,
    is_fact_file,
    parse_fact_data,
    read_bytes,
    read_fact_file,
    validate_bundle,
)
from entente.loaders.resolve import ActorResolver
from entente.loaders.text import normalise_text, sha256_hex
from entente.loaders.upsert import own_transaction
from entente.loaders.writer import LoadResult, TextKnown, bundle_digest, write_bundle
from entente.models import Source
from entente.models.engine import is_sqlite

if TYPE_CHECKING:
    from entente.loaders.gazetteer import Gazetteer

RETRIES = 8
PARALLEL_FROM = 32
STDIN = "-"
_URL_MAX = 2000  # the lengths of sources.url and sources.title
_TITLE_MAX = 500


@dataclass(frozen=True)
class LoadOptions:
    """What the user says about the inputs that the files do not."""

    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise InputError(f"--max-bytes {self.max_bytes} must be at least 1")
        if self.url is not None and not 0 < len(self.url) <= _URL_MAX:
            raise InputError(f"--url must be 1 to {_URL_MAX} characters long")
        if self.title is not None and not 0 < len(self.title) <= _TITLE_MAX:
            raise InputError(f"--title must be 1 to {_TITLE_MAX} characters long")


@dataclass(frozen=True)
class Input:
    """One thing to load: a file path, or bytes read from standard input."""

    name: str
    path: Path | None = None
    raw: bytes | None = None


@dataclass
class FileOutcome:
    """What happened to one input."""

    name: str
    status: str  # new, replaced, unchanged, known or failed
    new_facts: int = 0
    known_facts: int = 0
    source_id: int | None = None
    error: str | None = None


@dataclass
class LoadReport:
    """What a load did, file by file."""

    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def new_facts(self) -> int:
        return sum(o.new_facts for o in self.outcomes)

    @property
    def known_facts(self) -> int:
        return sum(o.known_facts for o in self.outcomes)


def expand_inputs(
    paths: Iterable[str],
    stdin: Callable[[], bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Input]:
    """Files to load: each path, every article or fact file in a directory, ``-`` for stdin.

    Standard input is read up to one byte past ``max_bytes``: enough to refuse it when too big.
    """
    inputs: list[Input] = []
    for given in paths:
        if given == STDIN:
            raw = stdin() if stdin is not None else sys.stdin.buffer.read(max_bytes + 1)
            inputs.append(Input(name="<stdin>", raw=raw))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and (is_article_file(p) or is_fact_file(p))
            )
            # An article with a fact file beside it is loaded through its fact file.
            described = {
                p.parent / name for p in found if is_fact_file(p) for name in _text_file_of(p)
            }
            inputs.extend(Input(name=str(p), path=p) for p in found if p not in described)
        else:
            inputs.append(Input(name=str(path), path=path))
    return inputs


def _text_file_of(path: Path) -> list[str]:
    try:
        data = parse_fact_data(read_bytes(path), path)
    except EntenteError:
        return []
    source = data.get("source") if isinstance(data, dict) else None
    text_file = source.get("text_file") if isinstance(source, dict) else None
    return [text_file] if isinstance(text_file, str) else []


@dataclass(frozen=True)
class Prepared:
    """An input turned into a bundle, ready to write."""

    bundle: FactBundle
    text: str
    replace: bool  # fact files replace a source's facts; articles never do
    # The bundle's digest (writer.bundle_digest), taken here: in a parallel load that is in
    # the worker process, not in the one that writes.
    digest: str = field(init=False)

    def __post_init__(self) -> None:
        digest = bundle_digest(self.bundle, sha256_hex(normalise_text(self.text)))
        object.__setattr__(self, "digest", digest)


def _article_bundle(
    article: Article, name: str, options: LoadOptions, gazetteer: Gazetteer
) -> Prepared:
    from entente.loaders.dates import RelativeDateError
    from entente.loaders.extract import extract

    published = options.published or article.published
    try:
        bundle = extract(
            article.text,
            published=published,
            gazetteer=gazetteer,
            url=options.url or article.url,
            title=options.title or article.title,
            publisher=article.publisher,
        )
    except RelativeDateError as exc:
        message = str(exc)
        if "--published" not in message:
            message += "; say when the article was published with --published YYYY-MM-DD"
        raise InputError(message, path=name) from None
    return Prepared(bundle, article.text, replace=False)


class AlreadyLoaded(Exception):
    """An article whose text the database already holds: there is nothing to extract."""

    def __init__(self, source_id: int) -> None:
        super().__init__(source_id)
        self.source_id = source_id


def prepare(
    item: Input,
    options: LoadOptions,
    gazetteer: Callable[[], Gazetteer],
    known: Callable[[str], int | None] | None = None,
) -> Prepared:
    """Read one input and turn it into a bundle. Touches no database itself.

    ``known`` (text -> source id or None) lets a caller skip extracting an article whose text
    is already loaded: then AlreadyLoaded is raised, since a known article changes nothing.
    """
    if item.path is not None and is_fact_file(item.path):
        bundle, text = read_fact_file(item.path, max_bytes=options.max_bytes)
        source = bundle.source
        overrides = {
            "url": options.url or source.url,
            "title": options.title or source.title,
            "published_date": options.published or source.published_date,
        }
        bundle = bundle.model_copy(update={"source": source.model_copy(update=overrides)})
        return Prepared(bundle, text, replace=True)
    if item.path is not None:
        raw = read_bytes(item.path, options.max_bytes)
        suffix = item.path.suffix
    else:
        raw = item.raw or b""
        if len(raw) > options.max_bytes:
            raise InputError(
                f"is over the limit of {options.max_bytes:,} bytes (raise it with --max-bytes)",
                path=item.name,
            )
        suffix = ""
    if item.path is None and raw.lstrip().startswith((b"{", b"source:")):
        # Standard input holding a fact file rather than an article.
        path = Path("stdin.json" if raw.lstrip().startswith(b"{") else "stdin.yaml")
        bundle = validate_bundle(parse_fact_data(raw, path, item.name), item.name)
        if bundle.source.text is None:
            raise InputError("source.text: a fact file on stdin must hold its text", path=item.name)
        return Prepared(bundle, bundle.source.text, replace=True)
    article = parse_article(raw, item.name, suffix)
    if known is not None:
        source_id = known(article.text)
        if source_id is not None:
            raise AlreadyLoaded(source_id)
    return _article_bundle(article, item.name, options, gazetteer())


def _retriable(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    # Serialization failure, deadlock, a unique race, and a fact another loader's correction
    # removed between our look-up and our evidence (foreign key): all go away on a retry.
    if code in ("40001", "40P01", "23505", "23503"):
        return True
    return isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower()


def _pause(attempt: int) -> None:
    """Wait a little, longer each time and at random, so that colliding loaders drift apart."""
    time.sleep(random.uniform(0, 0.05 * 2**attempt))


class Loader:
    """Loads inputs into one database, one transaction per input."""

    def __init__(self, engine: Engine, options: LoadOptions | None = None) -> None:
        self.engine = engine
        self.options = options or LoadOptions()
        self._connection: Connection | None = None
        self._session: Session | None = None
        self._resolver: ActorResolver | None = None
        self._gazetteer: Gazetteer | None = None

    @property
    def session(self) -> Session:
        """The loader's session, on one connection kept for the whole load.

        On PostgreSQL the connection is in autocommit mode: each file's BEGIN and COMMIT are
        sent by ``write`` itself, in the pipeline with the file's statements.
        """
        if self._session is None:
            connection = self.engine.connect()
            if not is_sqlite(self.engine):
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            self._connection = connection
            self._session = Session(bind=connection, expire_on_commit=False)
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
        if self._connection is not None:
            self._connection.close()
        self._session = self._connection = None
        self._resolver = None  # it reads through the session

    def _connection_lost(self) -> bool:
        """Whether the driver connection is gone (the server ended it, the network broke):
        the loader's own statements do not go through SQLAlchemy, which would notice."""
        if self._connection is None or self._connection.invalidated:
            return False
        driver = self._connection.connection.driver_connection
        return bool(getattr(driver, "broken", False) or getattr(driver, "closed", False))

    def _drop_connection(self) -> None:
        if self._connection is not None and not self._connection.invalidated:
            self._connection.invalidate()
        self.close()

    def resolver(self) -> ActorResolver:
        if self._resolver is None:
            self._resolver = ActorResolver(self.session)
        return self._resolver

    def gazetteer(self) -> Gazetteer:
        """The extractor's gazetteer: shipped names plus the people already in the database."""
        if self._gazetteer is None:
            from entente.loaders.gazetteer import Gazetteer
            from entente.loaders.known import known_people

            with self.session.begin():
                people = known_people(self.session)
            self._gazetteer = Gazetteer.from_seeds().with_people(people)
        return self._gazetteer

    def write(self, prepared: Prepared, name: str) -> LoadResult:
        """Write one prepared input in its own transaction, retrying on a concurrent loader."""
        file_name = None if name == "<stdin>" else name
        for attempt in range(RETRIES):
            try:
                with self.session.begin():
                    resolver = self.resolver()
                    with self._transaction(prepared):
                        return write_bundle(
                            self.session,
                            prepared.bundle,
                            prepared.text,
                            resolver=resolver,
                            file_name=file_name,
                            replace=prepared.replace,
                            digest=prepared.digest,
                        )
            except TextKnown as known:  # another loader stored this text while we wrote it
                self._resolver = None  # its cache may hold rows that were rolled back
                return LoadResult(source_id=known.source_id, status="known")
            except EntenteError:
                self._resolver = None  # its cache may hold rows that were rolled back
                raise
            except DBAPIError as exc:
                self._resolver = None
                if exc.connection_invalidated or self._connection_lost():
                    self._drop_connection()  # the next file (or attempt) gets a new one
                if attempt + 1 < RETRIES and _retriable(exc):
                    _pause(attempt)
                    continue
                if isinstance(exc, IntegrityError):
                    raise InputError(f"the database refused it: {_first_line(exc)}") from None
                raise DatabaseError(f"the database failed: {_first_line(exc)}") from None
        raise DatabaseError("gave up after repeated conflicts with other loaders")

    def _transaction(self, prepared: Prepared) -> AbstractContextManager[None]:
        """The database transaction of one file, inside the session's: SQLite's began with
        the session's (BEGIN IMMEDIATE); on PostgreSQL we send BEGIN and COMMIT ourselves, and
        articles (not fact files, whose write also runs SQLAlchemy's own queries) go through
        the pipeline."""
        if is_sqlite(self.engine):
            return nullcontext()
        return own_transaction(self.session, pipeline=not prepared.replace)

    def known_source(self, text: str) -> int | None:
        """The source that holds this article text, if any."""
        sha = sha256_hex(normalise_text(text))
        try:
            with self.session.begin():
                found = self.session.execute(
                    select(Source.source_id).where(Source.content_sha256 == sha)
                ).scalar()
        except DBAPIError as exc:
            if exc.connection_invalidated or self._connection_lost():
                self._drop_connection()
            raise DatabaseError(f"the database failed: {_first_line(exc)}") from None
        return None if found is None else int(found)

    def load(self, item: Input) -> FileOutcome:
        """Load one input; an error is recorded in the outcome, never raised."""
        try:
            prepared = prepare(item, self.options, self.gazetteer, self.known_source)
        except AlreadyLoaded as loaded:
            return FileOutcome(item.name, "known", source_id=loaded.source_id)
        except EntenteError as exc:
            return failure(item, exc)
        return self.finish(item, prepared)

    def finish(self, item: Input, prepared: Prepared) -> FileOutcome:
        """Write an input prepared here or in a worker process; errors go in the outcome."""
        try:
            result = self.write(prepared, item.name)
        except EntenteError as exc:
            return failure(item, exc)
        return FileOutcome(
            item.name, result.status, result.new_facts, result.known_facts, result.source_id
        )


def failure(item: Input, exc: EntenteError) -> FileOutcome:
    """The outcome of an input that failed, with a one-line message naming it."""
    message = str(exc.in_file(item.name)) if exc.path is None else str(exc)
    return FileOutcome(item.name, "failed", error=one_line(message))


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__


def load_inputs(
    engine: Engine,
    inputs: Iterable[Input],
    options: LoadOptions | None = None,
    on_done: Callable[[FileOutcome], None] | None = None,
    workers: int | None = None,
) -> LoadReport:
    """Load every input, each in its own transaction; report what happened to each.

    Extraction is pure, so for large loads it runs in ``workers`` processes while this one
    writes, in input order; the result is the same as a serial load.
    """
    loader = Loader(engine, options)
    report = LoadReport()
    items = list(inputs)
    try:
        if workers is None:
            workers = default_workers(len(items))
        if workers > 1:
            from entente.loaders.parallel import prepared_in_workers

            outcomes = prepared_in_workers(loader, items, workers)
        else:
            outcomes = (loader.load(item) for item in items)
        for outcome in outcomes:
            report.outcomes.append(outcome)
            if on_done is not None:
                on_done(outcome)
    finally:
        loader.close()
    return report


def default_workers(count: int) -> int:
    """Extraction processes for a load of ``count`` inputs: one per core for large loads.

    Starting workers costs more than it saves below a few dozen articles.
    """
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def seed(engine: Engine) -> LoadReport:
    """Load the seed article and its curated facts shipped with entente."""
    resource = files("entente.seeds") / "seed_article.facts.yaml"
    with as_file(resource) as path:
        return load_inputs(engine, [Input(name="seeds/seed_article.facts.yaml", path=Path(path))])


def extract_only(item: Input, options: LoadOptions) -> FactBundle:
    """The bundle an article would load, without touching any database."""
    from entente.loaders.gazetteer import Gazetteer

    prepared = prepare(item, options, Gazetteer.from_seeds)
    return prepared.bundle
