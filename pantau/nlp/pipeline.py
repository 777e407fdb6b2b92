"""Building the spaCy pipeline Pantau reads Indonesian with.

Until the trained pipeline exists (issue: trained tokenizer/tagger/parser/NER), this is spaCy's
blank Indonesian language with Pantau's paragraph-aware sentence splitting. Components are
registered by name so that configs and later trained pipelines can reuse them.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

MODEL_NAME = "blank-id-sentencizer"
MODEL_VERSION = "0.1.0"


@Language.component("pantau_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headings and sub-heads ("Orang-orang melarikan diri")
    carry no final punctuation, and the sentencizer alone would glue them to the next sentence."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
        elif token.is_space:
            token.is_sent_start = False  # whitespace stays with the sentence before it
        elif doc[i - 1].is_space and "\n" in doc[i - 1].text:
            token.is_sent_start = True
        elif _opens_quote(token) and doc[i - 1].text in _FINAL:
            # 'kata dia. “…Itu' : the sentencizer would hang the opening quote on the sentence before.
            token.is_sent_start = True
            for follower in doc[i + 1 : i + 3]:
                if follower.is_space:
                    break
                follower.is_sent_start = False
                if not follower.is_punct:
                    break
    return doc


_FINAL = {".", "!", "?", "…", "..."}


def _opens_quote(token) -> bool:
    if token.text in ("“", "‘", "«"):
        return True
    return token.text in ('"', "'") and not token.whitespace_ and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline (built once per process)."""
    nlp = spacy.blank("id")
    nlp.add_pipe("pantau_paragraphs")
    # An ellipsis opens quotes ("“…Itu adalah ...") as often as it ends sentences: not a boundary.
    punct = [c for c in Sentencizer.default_punct_chars if c not in ("…",)]
    nlp.add_pipe("sentencizer", config={"punct_chars": punct})
    nlp.meta["name"] = MODEL_NAME
    nlp.meta["version"] = MODEL_VERSION
    return nlp


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('name', MODEL_NAME)}-{nlp.meta.get('version', MODEL_VERSION)}"
