"""Helpers shared by the gold-file scorers: read JSONL gold, run the pipeline on gold text or
gold tokenization."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc


def gold_docs(nlp, sentences: Iterable[tuple[list[str], list[bool] | None]]) -> list[Doc]:
    docs = []
    for words, spaces in sentences:
        docs.append(Doc(nlp.vocab, words=list(words), spaces=list(spaces) if spaces else None))
    return docs


def annotate(nlp, docs: list[Doc], batch_size: int = 128) -> list[Doc]:
    """Every pipeline component on pre-tokenized Docs (the tokenizer does not run)."""
    return list(nlp.pipe(docs, batch_size=batch_size))


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSONL gold file."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                yield lineno, json.loads(line)


def linked_doc(gold: dict):
    """The linked Doc for a gold passage ({"text", "published"?, "dateline_place"?}): the language
    pipeline plus Pantau's extractors and linkers, with the passage's publication date and dateline."""
    from pantau.process import pipeline

    nlp = pipeline()
    doc = nlp.make_doc(gold["text"])
    doc._.published = gold.get("published")
    doc._.dateline_place = gold.get("dateline_place")
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
