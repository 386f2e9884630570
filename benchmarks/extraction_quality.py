"""How well the extractor recovers the gold facts of the development corpus, and how fast.

Runs ``extract`` over every ``tests/corpus/*.txt`` (with the publication date of its gold file)
and prints precision, recall and F1 per kind of fact, a line for the seed article, and the mean
extraction time per article after warm-up.

    .venv/bin/python benchmarks/extraction_quality.py [-v]

``-v`` also lists, per article, the facts that were missed or extra.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import yaml

from entente.loaders.extract import extract
from entente.loaders.extract.scoring import BundleScores, Score, score_bundle
from entente.loaders.factfile import FactBundle
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


def _empty() -> BundleScores:
    return BundleScores(Score(), Score(), Score(), Score())


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    gazetteer = Gazetteer.from_seeds()
    total = _empty()
    articles = sorted(CORPUS.glob("*.facts.yaml"))
    timings: list[float] = []
    for gold_path in articles:
        gold = load_gold(gold_path)
        text_path = gold_path.parent / (gold.source.text_file or "")
        text = text_path.read_text(encoding="utf-8")
        extract(text, published=gold.source.published_date, gazetteer=gazetteer)  # warm-up
        began = time.perf_counter()
        predicted = extract(text, published=gold.source.published_date, gazetteer=gazetteer)
        timings.append(time.perf_counter() - began)
        scores = score_bundle(predicted, gold, gazetteer)
        total.add(scores)
        if verbose:
            print(f"--- {text_path.name}")
            for kind in ("meetings", "agreements", "aid_flows", "people"):
                s: Score = getattr(scores, kind)
                if s.fp or s.fn:
                    print(f"    {kind}: tp {s.tp} fp {s.fp} fn {s.fn}")
    print(f"corpus: {len(articles)} articles")
    for kind in ("meetings", "agreements", "aid_flows", "people"):
        print(_line(kind, getattr(total, kind)))
    if SEED_GOLD.exists():
        seed_gold = load_gold(SEED_GOLD)
        seed = extract(SEED_TEXT.read_text(encoding="utf-8"), published=SEED_PUBLISHED)
        scores = score_bundle(seed, seed_gold, gazetteer)
        parts = [
            f"{kind} {getattr(scores, kind).f1:.2f}"
            for kind in ("meetings", "agreements", "aid_flows", "people")
        ]
        print("seed article F1: " + ", ".join(parts))
    if timings:
        words = sum(
            len((p.parent / (load_gold(p).source.text_file or "")).read_text().split())
            for p in articles
        )
        mean_ms = 1000 * sum(timings) / len(timings)
        print(
            f"speed: {mean_ms:.2f} ms per article (mean of {len(timings)}, "
            f"{words / len(timings):.0f} words on average)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
