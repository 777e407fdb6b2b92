"""Readers for the training/gold formats: CoNLL-U (UD), token<TAB>tag columns (IndoNLU POSP,
NERP, NERGrit). They return plain Python structures, from which ``pantau.nlp.train`` builds spaCy
DocBins and ``pantau.evaluate`` builds gold Docs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UDToken:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based; 0 = root
    deprel: str
    space_after: bool = True


@dataclass
class UDSentence:
    tokens: list[UDToken] = field(default_factory=list)  # syntactic words (multiword tokens split)
    sent_id: str = ""


def read_conllu(path: str | Path) -> list[UDSentence]:
    """Syntactic words of each sentence; a multiword token's SpaceAfter goes to its last word and
    its parts are written without spaces between them."""
    sents: list[UDSentence] = []
    cur = UDSentence()
    mwt_end = -1
    mwt_space = True
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur.tokens:
                    sents.append(cur)
                cur = UDSentence()
                mwt_end = -1  # token ids restart with each sentence
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    cur.sent_id = line.split("=", 1)[-1].strip()
                continue
            cols = line.split("\t")
            if len(cols) < 10:
                continue
            tid = cols[0]
            if "." in tid:
                continue  # empty nodes
            misc = cols[9]
            if "-" in tid:
                a, b = tid.split("-")
                mwt_end = int(b)
                mwt_space = "SpaceAfter=No" not in misc
                continue
            i = int(tid)
            if i <= mwt_end:
                space = mwt_space if i == mwt_end else False
            else:
                space = "SpaceAfter=No" not in misc
            cur.tokens.append(UDToken(cols[1], cols[2], cols[3], cols[4], cols[5],
                                      int(cols[6]) if cols[6] not in ("_", "") else 0, cols[7], space))
    if cur.tokens:
        sents.append(cur)
    return sents


def read_columns(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) pairs from a two-column file (blank line between sentences)."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                parts = line.rsplit(None, 1)
            if len(parts) < 2:
                continue
            cur.append((parts[0], parts[-1].strip()))
    if cur:
        sents.append(cur)
    return sents


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from IOB1/IOB2/BIO tags (an I- without B- starts a span)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or not tag or "-" not in tag:
            if start is not None:
                spans.append((start, i, label))
            start, label = None, None
            continue
        prefix, lab = tag.split("-", 1)
        if prefix in ("B", "S") or start is None or lab != label:
            if start is not None:
                spans.append((start, i, label))
            start, label = i, lab
        if prefix in ("E", "S"):
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


def strip_bio(tag: str) -> str:
    """POSP writes every tag as "B-XXX"."""
    return tag[2:] if tag[:2] in ("B-", "I-") else tag
