"""Tone: GDELT's seven V2Tone components from an Indonesian tone lexicon (``doc._.tone``).

* positive / negative: percentage of words that are positive / negative (weighted by the
  lexicon's 0–1 weights; a word after a negator — tidak, tak, bukan, belum — flips polarity);
* tone = positive − negative; polarity = positive + negative;
* activity_density: percentage of words that are event triggers (pantau/lexicons/event_verbs_id.tsv);
* self_group_density: percentage of words that are first-person pronouns (saya, aku, kami, kita);
* word_count: words (tokens with a letter).
The lexicon (pantau/lexicons/tone_id.tsv) is built by scripts/build_tone_lexicon.py.
"""

from __future__ import annotations

import re

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pantau.link.lexicon import rows

if not Doc.has_extension("tone"):
    Doc.set_extension("tone", default=None)

NEGATORS = {"tidak", "tak", "bukan", "belum", "tanpa", "jangan"}
SELF_GROUP = {"saya", "aku", "kami", "kita", "ku", "kamilah", "kitalah"}


@lru_cache(maxsize=1)
def tone_lexicon() -> dict[str, float]:
    return {r[0]: int(r[1]) * float(r[2]) for r in rows("tone_id.tsv")}


@lru_cache(maxsize=1)
def activity_words() -> frozenset[str]:
    return frozenset(r[0] for r in rows("event_verbs_id.tsv") if " " not in r[0] and r[3:4] != ["noun"])


def compute_tone(words: list[str]) -> dict:
    lex = tone_lexicon()
    act = activity_words()
    pos = neg = 0.0
    active = selfg = 0
    for i, w in enumerate(words):
        base = w[:-3] if w.endswith("nya") and w not in lex else w
        v = lex.get(w, lex.get(base, 0.0))
        if v and i > 0 and words[i - 1] in NEGATORS:
            v = -v
        if v > 0:
            pos += v
        elif v < 0:
            neg -= v
        if w in act or base in act:
            active += 1
        if w in SELF_GROUP:
            selfg += 1
    n = len(words)
    if n == 0:
        return {"tone": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "activity_density": 0.0,
                "self_group_density": 0.0, "word_count": 0}
    p, q = 100 * pos / n, 100 * neg / n
    return {"tone": round(p - q, 4), "positive": round(p, 4), "negative": round(q, 4), "polarity": round(p + q, 4),
            "activity_density": round(100 * active / n, 4), "self_group_density": round(100 * selfg / n, 4),
            "word_count": n}


_LETTER = re.compile(r"[^\W\d_]")  # any letter (what str.isalpha accepts), one C-level scan


@Language.component("pantau_tone")
def tone_component(doc: Doc) -> Doc:
    words = [t.lower_ for t in doc if _LETTER.search(t.text)]
    doc._.tone = compute_tone(words)
    return doc
