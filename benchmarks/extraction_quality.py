"""How well the extractor recovers the gold facts of the development corpus, and how fast.

Runs ``extract`` over every ``tests/corpus/*.txt`` (with the publication date of its gold file)
and prints precision, recall and F1 per kind of fact, for the whole corpus and for its odd- and
even-numbered halves (develop on one, check that the other does not drop), a line for the seed
article, and the mean extraction time per article after warm-up.

    .venv/bin/python benchmarks/extraction_quality.py [-v] [--corpus DIR] [NN ...]

``-v`` also lists, per article, the facts that were missed or extra; numbers (``03 17``) limit
the run to those articles. ``--corpus DIR`` reads another folder of articles with gold files
(the held-out set, ``tests/heldout``); the seed-article line is then left out. Keep a held-out
set held out: read its totals, not its ``-v`` list.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import yaml

from entente.loaders.articles import parse_article
from entente.loaders.extract import extract
from entente.loaders.extract.scoring import KINDS, BundleScores, Score, score_bundle
from entente.loaders.factfile import (
    AgreementIn,
    AidFlowIn,
    FactBundle,
    MeetingIn,
    RelationIn,
    StatementIn,
)
from entente.loaders.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SEED_TEXT = ROOT / "seeds" / "seed_article.txt"
SEED_GOLD = ROOT / "seeds" / "seed_article.facts.yaml"
SEED_PUBLISHED = dt.date(2026, 1, 6)


def load_gold(path: Path) -> FactBundle:
    """A gold fact file, parsed and validated."""
    return FactBundle.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _line(name: str, score: Score) -> str:
    return (
        f"{name:<12} P {score.precision:5.2f}  R {score.recall:5.2f}  F1 {score.f1:5.2f}"
        f"   (tp {score.tp}, fp {score.fp}, fn {score.fn})"
    )


def describe(item: object) -> str:
    """One line for a fact, for the error list."""
    quote = ""
    evidence = getattr(item, "evidence", None)
    if evidence:
        quote = " | " + evidence[0].quote[:90]
    if isinstance(item, MeetingIn):
        sides = sorted(p.represents or p.actor for p in item.participants)
        return (
            f"{item.kind.value} {sides} {item.start_date}..{item.end_date} "
            f"@{item.location}/{item.location_country} {item.modality.value}{quote}"
        )
    if isinstance(item, AgreementIn):
        return (
            f"{item.kind.value}/{item.status.value} {sorted(item.parties)} {item.title!r} "
            f"{item.sectors}{quote}"
        )
    if isinstance(item, AidFlowIn):
        return (
            f"{item.donor} -> {item.recipient} {item.amount} {item.currency} "
            f"{item.flow_type.value}/{item.status.value}/{item.modality.value}{quote}"
        )
    if isinstance(item, StatementIn):
        return f"{item.kind.value} {sorted(item.speakers)} -> {item.target}{quote}"
    if isinstance(item, RelationIn):
        return f"{item.actor} {item.kind.value} {item.other}{quote}"
    return repr(item)


def _number(path: Path) -> int:
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def _corpus(argv: list[str]) -> Path:
    """The folder ``--corpus DIR`` names, else the development corpus."""
    if "--corpus" in argv:
        at = argv.index("--corpus")
        if at + 1 >= len(argv):
            raise SystemExit("--corpus needs a folder")
        return Path(argv[at + 1])
    return CORPUS


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    corpus = _corpus(argv)
    only = {a for a in argv if a.isdigit()}
    gazetteer = Gazetteer.from_seeds()
    totals = {
        "all": BundleScores.empty(),
        "odd": BundleScores.empty(),
        "even": BundleScores.empty(),
    }
    articles = [
        p
        for p in sorted(corpus.glob("*.facts.yaml"))
        if not only or p.name.split("-", 1)[0] in only
    ]
    timings: list[float] = []
    words = 0
    for gold_path in articles:
        gold = load_gold(gold_path)
        text_path = gold_path.parent / (gold.source.text_file or "")
        # The text `entente load` would extract from: HTML and Markdown are cleaned first.
        text = parse_article(text_path.read_bytes(), text_path.name, text_path.suffix).text
        words += len(text.split())
        extract(text, published=gold.source.published_date, gazetteer=gazetteer)  # warm-up
        began = time.perf_counter()
        predicted = extract(text, published=gold.source.published_date, gazetteer=gazetteer)
        timings.append(time.perf_counter() - began)
        scores = score_bundle(predicted, gold, gazetteer)
        totals["all"].add(scores)
        totals["odd" if _number(gold_path) % 2 else "even"].add(scores)
        if verbose:
            lines = []
            for kind in KINDS:
                extra, missed = scores.leftovers.get(kind, ([], []))
                lines += [f"    {kind} extra:  {describe(x)}" for x in extra]
                lines += [f"    {kind} missed: {describe(x)}" for x in missed]
            if lines:
                print(f"--- {text_path.name} (published {gold.source.published_date})")
                print("\n".join(lines))
    print(f"corpus: {len(articles)} articles")
    for kind in KINDS:
        print(_line(kind, getattr(totals["all"], kind)))
    for half in ("odd", "even"):
        parts = [f"{kind} {getattr(totals[half], kind).f1:.2f}" for kind in KINDS]
        print(f"{half + ' half':<12} F1: " + ", ".join(parts))
    if SEED_GOLD.exists() and not only and corpus == CORPUS:
        seed_gold = load_gold(SEED_GOLD)
        seed = extract(SEED_TEXT.read_text(encoding="utf-8"), published=SEED_PUBLISHED)
        scores = score_bundle(seed, seed_gold, gazetteer)
        parts = [f"{kind} {getattr(scores, kind).f1:.2f}" for kind in KINDS]
        print("seed article F1: " + ", ".join(parts))
    if timings:
        mean_ms = 1000 * sum(timings) / len(timings)
        print(
            f"speed: {mean_ms:.2f} ms per article (mean of {len(timings)}, "
            f"{words / len(timings):.0f} words on average)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
