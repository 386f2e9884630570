"""Prepare (read and extract) inputs in worker processes while the main process writes.

Extraction is a pure function of the text, the options and the gazetteer, so workers need no
database of their own except to skip articles whose text is already loaded. Results come back
in input order, so the writes, and therefore the database, are the same as a serial load's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from entente.errors import EntenteError

if TYPE_CHECKING:
    from entente.loaders.gazetteer import Gazetteer, KnownPerson
    from entente.loaders.pipeline import FileOutcome, Input, Loader, LoadOptions


@dataclass
class _WorkerState:
    url: str
    options: LoadOptions
    people: list[KnownPerson]
    gazetteer: Gazetteer | None = None
    engine: Any = None

    def get_gazetteer(self) -> Gazetteer:
        if self.gazetteer is None:
            from entente.loaders.gazetteer import Gazetteer

            self.gazetteer = Gazetteer.from_seeds().with_people(self.people)
        return self.gazetteer

    def known(self, text: str) -> int | None:
        from sqlalchemy import select

        from entente.loaders.text import normalise_text, sha256_hex
        from entente.models import Source
        from entente.models.engine import make_engine

        if self.engine is None:
            self.engine = make_engine(self.url, reader=True)
        sha = sha256_hex(normalise_text(text))
        with self.engine.connect() as connection:
            found = connection.execute(
                select(Source.source_id).where(Source.content_sha256 == sha)
            ).scalar()
        return None if found is None else int(found)


_STATE: _WorkerState | None = None


# Workers run at a lower priority than the process that writes. The writer (and, on PostgreSQL,
# the server process it waits for) is the one step every article passes in order; when it has
# to wait for a core behind its own workers, the whole load waits. At a lower priority the
# workers take the cores whenever the writer does not need them, so nothing is lost when the
# machine is otherwise idle. (On a shared 2-core machine: faster in 12 of 14 A/B pairs.)
WORKER_NICENESS = 10


def _start(url: str, options: LoadOptions, people: list[KnownPerson]) -> None:
    global _STATE
    with suppress(OSError):
        os.nice(WORKER_NICENESS)
    _STATE = _WorkerState(url, options, people)


def _prepare(item: Input) -> tuple[str, Any]:
    """Prepare one input in a worker: ("ok", Prepared), ("known", id) or ("error", message)."""
    from entente.loaders.pipeline import AlreadyLoaded, failure, prepare

    assert _STATE is not None
    try:
        return "ok", prepare(item, _STATE.options, _STATE.get_gazetteer, _STATE.known)
    except AlreadyLoaded as loaded:
        return "known", loaded.source_id
    except EntenteError as exc:
        # Our exceptions do not survive pickling; the outcome (plain data) does.
        return "error", failure(item, exc)


def _warm_up() -> None:
    """Import the extractor and fill its caches here, so that every forked worker has them."""
    import datetime as dt

    from entente.loaders.extract import extract
    from entente.loaders.gazetteer import Gazetteer

    extract(
        "Two ministers met in the capital on 1 May 2000 and pledged $1 million in aid.",
        published=dt.date(2000, 5, 2),
        gazetteer=Gazetteer.from_seeds(),
    )


def prepared_in_workers(loader: Loader, items: list[Input], workers: int) -> Iterator[FileOutcome]:
    """Outcomes of loading ``items``: prepared by ``workers`` processes, written here."""
    from entente.loaders.known import known_people
    from entente.loaders.pipeline import FileOutcome

    with loader.session.begin():
        people = known_people(loader.session)
    _warm_up()
    url = loader.engine.url.render_as_string(hide_password=False)
    # fork: workers start at once with the modules already imported; they open no connection
    # of the parent's (each makes its own engine).
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start, initargs=(url, loader.options, people)) as pool:
        for item, (tag, value) in zip(items, pool.imap(_prepare, items, chunksize=4), strict=True):
            if tag == "ok":
                yield loader.finish(item, value)
            elif tag == "known":
                yield FileOutcome(item.name, "known", source_id=value)
            else:
                yield value
