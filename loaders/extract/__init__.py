"""Rule-based extraction of facts (meetings, agreements, aid flows, stances) from article text."""

from entente.loaders.extract.pipeline import build_document, extract

__all__ = ["build_document", "extract"]
