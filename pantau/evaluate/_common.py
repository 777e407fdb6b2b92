"""Helpers shared by the gold-file scorers: run the pipeline on gold tokenization."""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc


def gold_docs(nlp, sentences: Iterable[tuple[list[str], list[bool] | None]]) -> list[Doc]:
    docs = []
    for words, spaces in sentences:
        docs.append(Doc(nlp.vocab, words=list(words), spaces=list(spaces) if spaces else None))
    return docs


def annotate(nlp, docs: list[Doc], batch_size: int = 128) -> list[Doc]:
    """Every pipeline component on pre-tokenized Docs (the tokenizer does not run)."""
    return list(nlp.pipe(docs, batch_size=batch_size))
