"""Building the spaCy pipeline Pantau reads Indonesian with.

``get_nlp()`` loads the trained pipeline shipped in ``pantau/models/pantau_id/`` (tokenizer rules,
POSP tagger, UPOS morphologizer, UD parser, NER, lookup lemmas, GPE/LOC typing; see its README).
Where it is missing (or ``PANTAU_MODEL=blank``), it falls back to spaCy's blank Indonesian
language with Pantau's tokenizer and paragraph-aware sentence splitting. ``PANTAU_MODEL=PATH``
loads another trained pipeline directory. Components are registered by name so that configs and
trained pipelines can reuse them.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

MODEL_NAME = "pantau_id"
MODEL_VERSION = "0.9.1"  # what `pantau train` writes into the model's meta by default
BLANK_NAME = "blank-id-sentencizer"
BLANK_VERSION = "0.1.0"
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / MODEL_NAME


@Language.component("pantau_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always ends a sentence: headings and sub-heads ("Orang-orang melarikan diri")
    carry no final punctuation, and the sentencizer alone would glue them to the next sentence."""
    # Token objects only where a rule can fire: this runs on every token of every article.
    texts = [t.text for t in doc]
    for i, text in enumerate(texts):
        if i == 0:
            doc[0].is_sent_start = True
            continue
        if text.isspace():
            doc[i].is_sent_start = False  # whitespace stays with the sentence before it
            continue
        prev = texts[i - 1]
        if prev.isspace():
            if "\n" in prev:
                doc[i].is_sent_start = True
        elif prev == "." and i > 1 and ((_is_title(texts[i - 2]) and text[:1].isalnum())
                                        or _period_inside_word(texts[i - 2], text)):
            # "Dr . Soetomo", "R . Ahmad", "JL . KS Tubun No . 3", "E . hemisphaerica": a title,
            # address abbreviation or initial whose period was split off (gold tokenizations,
            # scraped text) is not a sentence end; nor is "1 . 890" or "jawapos . com", one
            # number or address split at its period.
            doc[i].is_sent_start = False
        elif prev in _FINAL and text in _QUOTE_MARKS and _opens_quote(doc[i]):
            # 'kata dia. “…Itu' : the sentencizer would hang the opening quote on the sentence before.
            doc[i].is_sent_start = True
            for follower in doc[i + 1 : i + 3]:
                if follower.is_space:
                    break
                follower.is_sent_start = False
                if not follower.is_punct:
                    break
    return doc


_FINAL = {".", "!", "?", "…", "..."}
_QUOTE_MARKS = {"“", "‘", "«", '"', "'"}  # the marks _opens_quote can accept


def _is_title(word: str) -> bool:
    """``word``, before a split-off ".", is a capitalised abbreviation from the tokenizer's list or
    a single capital letter (an initial). The period may be glued to it (raw text) or spaced
    (pre-tokenized text, where every token is followed by a space: "Drs . Ahmad Hamid" in NERGrit
    is one name there too)."""
    return (len(word) == 1 and word.isupper()) or (word[:1].isupper() and (word + ".").lower() in abbreviations())


# Second-level and top-level domains news text cites ("detik.com", "jakarta.go.id"): lower-case,
# never the first word of an Indonesian sentence.
_DOMAIN_PARTS = frozenset({"com", "net", "org", "co", "id", "go", "ac", "or", "tv", "info", "biz", "news"})


def _period_inside_word(left: str, right: str) -> bool:
    """The "." between ``left`` and ``right`` was split out of one word by a tokenization (gold
    files, scraped text): a thousands separator between digit groups ("1 . 890") or a dot in a
    domain name ("jawapos . com"). Pre-tokenized text spaces every token, so whitespace cannot
    tell these from sentence ends."""
    if left.isdigit() and len(left) <= 3 and right.isdigit() and len(right) == 3:
        return True
    return right in _DOMAIN_PARTS and left[-1:].isalnum()


# Short forms of Muhammad and Abdul that begin many names ("Muh. Yusran"). The tokenizer splits
# their period off, as the NER's training data does, but no sentence ends there.
NAME_ABBREVIATIONS = ("muh.", "moh.", "mohd.", "moch.", "mhd.", "abd.")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Lower-cased, so that capitalised variants ("JL.", "NO.") match too."""
    from pantau.nlp.tokenizer import ABBREVIATIONS

    return frozenset(a.lower() for a in ABBREVIATIONS) | frozenset(NAME_ABBREVIATIONS)


def _opens_quote(token) -> bool:
    if token.text in ("“", "‘", "«"):
        return True
    return token.text in ('"', "'") and not token.whitespace_ and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _sentencizer_punct() -> list[str]:
    # An ellipsis opens quotes ("“…Itu adalah ...") as often as it ends sentences: not a boundary.
    return [c for c in Sentencizer.default_punct_chars if c not in ("…",)]


def add_sentence_rules(nlp: Language, before: str | None = None) -> None:
    """pantau_paragraphs + sentencizer; before the parser in trained pipelines (it respects them)."""
    kw = {"before": before} if before else {}
    nlp.add_pipe("pantau_paragraphs", **kw)
    nlp.add_pipe("sentencizer", config={"punct_chars": _sentencizer_punct()}, **kw)


def add_rule_components(nlp: Language, lemmas: dict[str, str]) -> None:
    """Pantau's rule components around a trained pipeline (used when assembling it)."""
    from pantau.nlp import components  # noqa: F401

    add_sentence_rules(nlp, before="parser" if "parser" in nlp.pipe_names else None)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("pantau_punct", after="parser")
        nlp.add_pipe("pantau_name_rels", after="pantau_punct")
    lem = nlp.add_pipe("pantau_lemmas")
    lem.table = dict(lemmas)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("pantau_places", after="ner")


def blank_nlp() -> Language:
    from pantau.nlp.tokenizer import create_tokenizer_for

    nlp = spacy.blank("id")
    nlp.tokenizer = create_tokenizer_for(nlp)
    add_sentence_rules(nlp)
    nlp.meta["name"] = BLANK_NAME
    nlp.meta["version"] = BLANK_VERSION
    return nlp


def load_model(path: str | Path) -> Language:
    from thinc.api import use_ops

    # registered names (components also imports name_features, name_relations and punct)
    from pantau.nlp import components, ensemble, half_store, tokenizer  # noqa: F401

    # thinc's CPU ops multiply matrices with blis by default; numpy's OpenBLAS runs the same float32
    # products 2.3-2.9x faster on this project's machines (AMD EPYC, AVX-512), which makes the
    # whole pipeline about 28% faster (benchmarks/speed.py). Models keep the ops they were built
    # with, so this only affects the pipeline loaded here; training keeps spaCy's defaults.
    with use_ops("numpy", use_blis=False):
        return spacy.load(path)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline (built once per process)."""
    choice = os.environ.get("PANTAU_MODEL", "")
    if choice == "blank":
        return blank_nlp()
    path = Path(choice) if choice else MODEL_DIR
    if (path / "config.cfg").exists():
        from pantau.nlp.vectors_cache import cache_static_vectors

        nlp = load_model(path)
        cache_static_vectors(nlp)  # the shared pipeline only predicts
        return nlp
    if choice:
        raise FileNotFoundError(f"PANTAU_MODEL={choice}: no trained pipeline there")
    return blank_nlp()


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('name', MODEL_NAME)}-{nlp.meta.get('version', MODEL_VERSION)}"
