"""Read articles (.txt, .md, .html or stdin) into plain text with what metadata they carry."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from entente.errors import InputError
from entente.loaders.text import normalise_text

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MD_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HTML_START = re.compile(rb"\s*<(!doctype\s+html|html|head|meta)\b", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


@dataclass(frozen=True)
class Article:
    """An article's text and the metadata found in it."""

    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None


def _declared_charset(raw: bytes) -> str | None:
    """The encoding an HTML page declares in its first bytes (<meta charset=...>), if any."""
    head = raw[:4096]
    if not _HTML_START.match(head):
        return None
    found = _META_CHARSET.search(head)
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_text(raw: bytes, name: str) -> str:
    """Decode an article's bytes when the encoding is clear, else refuse.

    Clear means: UTF-8 (with or without BOM), UTF-16 with a BOM, or an HTML page that declares
    its charset. Guessing between legacy 8-bit encodings is not clear, so such text is refused.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(
                "is not valid UTF-16 text despite its byte-order mark", path=name
            ) from None
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            declared = _declared_charset(raw)
            if declared is None or declared == "utf-8":
                raise InputError(
                    f"is not UTF-8 text (bad byte 0x{raw[exc.start]:02x} at offset "
                    f"{exc.start}); convert it to UTF-8 first",
                    path=name,
                ) from None
            try:
                text = raw.decode(declared)
            except (UnicodeDecodeError, LookupError):  # LookupError: not a text encoding
                raise InputError(
                    f"is not valid {declared} text, the encoding the page declares", path=name
                ) from None
    if "\x00" in text or len(_CONTROL.findall(text)) > max(3, len(text) // 1000):
        raise InputError("is binary data, not text", path=name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from UTF-16
        raise InputError("is not valid text (it holds a lone surrogate)", path=name) from None
    return text


def _markdown_to_text(text: str) -> tuple[str, str | None]:
    title = None
    first = re.search(r"^\s{0,3}#\s+(.+)$", text, re.MULTILINE)
    if first:
        title = first.group(1).strip()
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_MARKUP.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return text, title


def _html_to_article(raw: str, name: str) -> Article:
    import trafilatura  # heavy: only when an HTML file is loaded

    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if document is None or not getattr(document, "text", None):
        raise InputError("holds no article text that could be found in the HTML", path=name)
    published = None
    date_text = getattr(document, "date", None)
    if date_text:
        try:
            published = dt.date.fromisoformat(str(date_text)[:10])
        except ValueError:
            published = None
    return Article(
        text=str(getattr(document, "text", "")),
        title=getattr(document, "title", None) or None,
        url=getattr(document, "url", None) or None,
        published=published,
        publisher=getattr(document, "sitename", None) or None,
    )


def parse_article(raw: bytes, name: str, suffix: str) -> Article:
    """The article in a file's bytes, by its suffix (.html, .md or plain text)."""
    text = decode_text(raw, name)
    suffix = suffix.lower()
    if suffix in (".html", ".htm") or (
        suffix == "" and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    ):
        article = _html_to_article(text, name)
    elif suffix in (".md", ".markdown"):
        body, title = _markdown_to_text(text)
        article = Article(text=body, title=title)
    else:
        article = Article(text=text)
    clean = normalise_text(article.text)
    if not clean:
        raise InputError("is empty (expected the text of a news article)", path=name)
    return Article(clean, article.title, article.url, article.published, article.publisher)


def is_article_file(path: Path) -> bool:
    """Whether a path is named like an article."""
    return path.suffix.lower() in ARTICLE_SUFFIXES
