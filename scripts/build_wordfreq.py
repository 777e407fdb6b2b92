#!/usr/bin/env python3
"""Build Pantau's Indonesian word-frequency list (``pantau/lexicons/wordfreq_id.tsv``).

The list feeds the glued-word repairer (``pantau.clean.repair``): it must know which
strings are ordinary Indonesian words, how frequent they are, and which of them occur
as capitalised names ("Rusia", "Jokowi") rather than common words ("pada", "salah").

Sources: the TRAIN splits of three IndoNLU data sets (IndoNLP/indonlu, Apache-2.0),
found under ``../shared/data`` relative to the repository root:

* ``pos_posp/train.txt``      token<TAB>POS tag (lower-cased text; tag NNP = proper noun)
* ``ner_nerp/train.txt``      token<TAB>NER tag (the same sentences as POSP; counted once)
* ``ner_nergrit/train.txt``   token<TAB>NER tag (cased text)
* ``sentiment_smsa/train.tsv`` text<TAB>label (lower-cased reviews and comments)

Deliberately NOT used: the dev splits and the Universal Dependencies treebanks
(``ud_id_*``, CC BY-SA). They stay out so that the test suite can use them as held-out
text when it measures how often the repairer splits a correct word.

Output columns (one word per line, sorted by descending count):

``word``   the lower-cased form (letters only; tokens with digits or punctuation are
           dropped, hyphenated tokens such as "pos-pos" contribute their parts)
``count``  occurrences in all sources
``cap``    occurrences as a capitalised name: in cased text (NERGrit) written in title
           case ("Rusia") anywhere but at the start of a sentence, or tagged as a named
           entity; in the lower-cased POSP text, tagged NNP (proper noun)
``obs``    occurrences in the sources where name-hood can be observed (POSP + NERGrit),
           i.e. the denominator for ``cap``; SMSA is lower-cased and untagged

Sentences that occur more than once (NERP repeats POSP) are counted once.
Words rarer than ``--min-count`` (default 1, i.e. none) are dropped; the full list
is about 0.45 MB.

Usage::

    python scripts/build_wordfreq.py [--data DIR] [--out FILE] [--min-count N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
DEFAULT_OUT = REPO_ROOT / "pantau" / "lexicons" / "wordfreq_id.tsv"

# A word is a run of Unicode letters (no digits, no underscore).
_LETTERS = re.compile(r"[^\W\d_]+")

# (relative path, kind, tag scheme)
TOKEN_FILES = [
    ("pos_posp/train.txt", "posp"),
    ("ner_nerp/train.txt", "nerp"),
    ("ner_nergrit/train.txt", "nergrit"),
]
TSV_FILES = [
    ("sentiment_smsa/train.tsv", "smsa"),
]

# Named-entity labels that mark names (NERP's FNB, food and beverage, is left out: it
# labels dishes such as "nasi goreng", which are common words).
_NAME_LABELS = {"PERSON", "PLACE", "ORGANISATION", "PPL", "PLC", "IND", "EVT"}


def read_token_file(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences as lists of (token, tag) from a token<TAB>tag file."""
    sent: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            tok, _, tag = line.partition("\t")
            sent.append((tok, tag.strip()))
    if sent:
        yield sent


def read_tsv_texts(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield the text column of a text<TAB>label file as (token, "") lists."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = line.rstrip("\n").rsplit("\t", 1)[0]
            toks = text.split()
            if toks:
                yield [(t, "") for t in toks]


def word_parts(token: str) -> list[str]:
    """The letter-only parts of a token: "pos-pos" -> ["pos", "pos"]; "2018" -> []."""
    if _LETTERS.fullmatch(token):
        return [token]
    parts = token.split("-")
    if len(parts) > 1 and all(_LETTERS.fullmatch(p) for p in parts):
        return parts
    return []


def is_title(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def is_name_tag(kind: str, tag: str) -> bool:
    if kind == "posp":
        return tag.endswith("NNP")
    if kind in ("nerp", "nergrit"):
        return tag[2:] in _NAME_LABELS if tag[:2] in ("B-", "I-") else False
    return False


def count_words(data: Path) -> tuple[Counter, Counter, Counter, dict]:
    count: Counter = Counter()
    cap: Counter = Counter()
    obs: Counter = Counter()
    seen_sentences: set[int] = set()
    stats: dict = {}

    sources: list[tuple[str, str, Iterable[list[tuple[str, str]]]]] = []
    for rel, kind in TOKEN_FILES:
        sources.append((rel, kind, read_token_file(data / rel)))
    for rel, kind in TSV_FILES:
        sources.append((rel, kind, read_tsv_texts(data / rel)))

    for rel, kind, sentences in sources:
        n_sent = n_dup = n_tok = 0
        cased = kind == "nergrit"
        observable = kind in ("posp", "nergrit")
        for sent in sentences:
            n_sent += 1
            key = hash(tuple(t.lower() for t, _ in sent))
            if key in seen_sentences:
                n_dup += 1
                continue
            seen_sentences.add(key)
            first = True
            for tok, tag in sent:
                parts = word_parts(tok)
                if not parts:
                    if any(ch.isalnum() for ch in tok):
                        first = False
                    continue
                name_tag = is_name_tag(kind, tag)
                for part in parts:
                    low = part.lower()
                    count[low] += 1
                    n_tok += 1
                    if observable:
                        obs[low] += 1
                        if name_tag or (cased and not first and is_title(part)):
                            cap[low] += 1
                    first = False
        stats[rel] = {"sentences": n_sent, "duplicates_skipped": n_dup, "words": n_tok}
    return count, cap, obs, stats


HEADER = """\
# Pantau Indonesian word-frequency list (wordfreq_id.tsv)
# Covers: lower-cased Indonesian word forms (letters only) with their frequencies,
#   used by pantau.clean.repair to tell known words from glued ones.
# Built by scripts/build_wordfreq.py from the TRAIN splits of IndoNLU data sets
#   (IndoNLP/indonlu, https://github.com/IndoNLP/indonlu, license Apache-2.0):
#   posp_pos-prosa (pos_posp/train.txt), nerp_ner-prosa (ner_nerp/train.txt; same
#   sentences as POSP, counted once), nergrit_ner-grit (ner_nergrit/train.txt),
#   smsa_doc-sentiment-prosa (sentiment_smsa/train.tsv).
# Not used: dev splits and Universal Dependencies treebanks (kept as held-out text).
# Contains words and counts only, no sentences. {kept}
#   Tokens with digits or punctuation are left out.
# Columns: word<TAB>count<TAB>cap<TAB>obs
#   count = occurrences in all sources
#   cap   = occurrences as a capitalised name (title case outside sentence start in
#           NERGrit, a named-entity tag in NERGrit, or the NNP tag in POSP)
#   obs   = occurrences in the sources where name-hood is observable (POSP, NERGrit)
# Words: {n_words}; running words counted: {n_tokens}.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data directory")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV")
    ap.add_argument("--min-count", type=int, default=1, help="drop rarer words (default 1: keep all)")
    args = ap.parse_args(argv)

    data: Path = args.data
    missing = [rel for rel, _ in TOKEN_FILES + TSV_FILES if not (data / rel).is_file()]
    if missing:
        print(f"missing input files under {data}: {', '.join(missing)}", file=sys.stderr)
        return 1

    count, cap, obs, stats = count_words(data)
    words = [w for w, c in count.items() if c >= args.min_count]
    words.sort(key=lambda w: (-count[w], w))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            HEADER.format(
                kept=(
                    "Every word seen is kept."
                    if args.min_count <= 1
                    else f"Words seen fewer than {args.min_count} times are left out."
                ),
                n_words=len(words),
                n_tokens=sum(count.values()),
            )
        )
        for w in words:
            fh.write(f"{w}\t{count[w]}\t{cap[w]}\t{obs[w]}\n")

    for rel, st in stats.items():
        print(f"{rel}: {st}", file=sys.stderr)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(words)} words, {size / 1024:.0f} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
