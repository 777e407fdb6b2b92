"""The per-article path: RawDocument → clean → spaCy Doc → Analysis.

Kept free of I/O and storage so that the same code runs in the CLI, the API and Spark workers.
"""

from __future__ import annotations

import datetime as dt

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pantau.analysis import Analysis, build_analysis
from pantau.extract import add_extractors
from pantau.link import add_linkers
from pantau.clean import clean
from pantau.nlp import get_nlp
from pantau.types import Article, RawDocument, ReadError, internal_error

if not Doc.has_extension("dateline_place"):
    Doc.set_extension("dateline_place", default=None)

# spaCy's own default limit; larger inputs are almost always whole dumps, not articles.
MAX_CHARS = 1_000_000


def normalize_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO date or datetime string, None when absent; ValueError when unreadable."""
    if value is None or value == "":
        return None
    value = str(value).strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise ValueError(f"not a date (expected YYYY-MM-DD): {value!r}") from None


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The language pipeline plus Pantau's fact extractors and linkers (built once per process).

    Linkers run last: events read the dates the extractors found."""
    return add_linkers(add_extractors(get_nlp()))


def analyze_document(raw: RawDocument, published: str | None = None, with_tokens: bool = False) -> Analysis:
    """Analyze one raw document. Raises ReadError for input that cannot be analyzed."""
    return process_document(raw, published, with_tokens)[1]


def process_document(raw: RawDocument, published: str | None = None,
                     with_tokens: bool = False) -> tuple[Article, Analysis]:
    """The cleaned Article (with its offset map back to the raw text) and its Analysis."""
    if len(raw.text) > MAX_CHARS:
        raise ReadError(raw.path_or_url, f"document too large ({len(raw.text):,} characters; limit {MAX_CHARS:,})")
    if not raw.text.strip():
        raise ReadError(raw.path_or_url, "no text")
    nlp = pipeline()  # outside the guard below: a pipeline that cannot load stops the batch at once
    pub = normalize_date(published) or normalize_date(raw.published)
    try:
        return _process(raw, nlp, pub, with_tokens)
    except ReadError:
        raise
    except Exception as err:  # a bug hit by one document: report it against that document, go on
        raise ReadError(raw.path_or_url, internal_error("analysing it", err)) from err


def _process(raw: RawDocument, nlp: Language, pub: str | None, with_tokens: bool) -> tuple[Article, Analysis]:
    article = clean(raw)
    if not article.text.strip():
        raise ReadError(raw.path_or_url, "nothing left after removing boilerplate")
    doc = nlp.make_doc(article.text)
    doc._.published = pub  # relative dates ("Jumat", "pekan lalu") resolve against it
    # The dateline is cut from the text, but its place is context for geocoding and events.
    doc._.dateline_place = (article.dateline or {}).get("place")
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return article, build_analysis(article, doc, nlp, published=pub, with_tokens=with_tokens)


def analyze(text: str, published: str | None = None, outlet: str | None = None,
            title: str | None = None, source: str = "<string>") -> Analysis:
    """Analyze one article given as a string (the scripting entry point, ``pantau.analyze``)."""
    raw = RawDocument(text=text, path_or_url=source, format="text", title=title,
                      published=normalize_date(published), outlet=outlet)
    return analyze_document(raw)
