"""Text features for the stories stage: word tokens, TF-IDF vectors and shingles.

IDF comes from Pantau's shipped word-frequency list (``lexicons/wordfreq_id.tsv``), not from the
store, so an article's vector never changes after it is computed (stable story assignment, no
document-frequency table to update on every ingest). Words absent from the list — mostly names of
people, places and organisations — get the highest weight, which is what story clustering wants.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
SHINGLE_RE = re.compile(r"\w+", re.UNICODE)

# Function words and newsroom verbs that say nothing about what a story is about.
STOPWORDS = frozenset("""
yang dan di ke dari pada untuk dengan dalam ini itu atau juga tidak akan telah sudah masih
ada adalah oleh karena bahwa saat sejak para serta agar namun tetapi tapi kata katanya
mengatakan menyatakan menjelaskan menyebutkan ujar ujarnya tutur tuturnya ucap jelas jelasnya
kepada bagi hingga sampai lebih kurang sekitar hari senin selasa rabu kamis jumat sabtu minggu
pekan bulan tahun lalu kemarin besok lagi yakni yaitu sebagai seperti secara antara tersebut
dia ia mereka kami kita saya anda nya pun lah kah tak belum bisa dapat harus perlu sangat
banyak beberapa semua setiap lain baru pula pihak hal cara usai setelah sebelum ketika jika
kalau maka sehingga sedangkan meski meskipun walaupun bila apabila terhadap tentang melalui
sebuah seorang satu dua tiga empat lima enam tujuh delapan sembilan sepuluh puluh ratus ribu
juta miliar triliun persen pukul wib wita wit januari februari maret april mei juni juli agustus
september oktober november desember antara kompas com tempo co detik liputan
okezone tribunnews cnn republika merdeka sindonews kumparan viva suara antaranews
""".split())

MAX_TERMS = 80  # terms kept per article vector


@lru_cache(maxsize=1)
def _freq() -> tuple[dict[str, int], float]:
    from pantau.clean.repair import load_lexicon

    freq = {w: s.count for w, s in load_lexicon().freq.items()}
    return freq, float(sum(freq.values()) or 1)


def idf(word: str) -> float:
    freq, total = _freq()
    return math.log((total + 1.0) / (freq.get(word, 0) + 1.0))


@lru_cache(maxsize=1)
def max_idf() -> float:
    return idf("\x00")


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text or "")]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if len(w) > 2 and w not in STOPWORDS]


def l2(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm else {}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def prune(vec: dict[str, float], n: int) -> dict[str, float]:
    if len(vec) <= n:
        return vec
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def tfidf(tokens: list[str], extra: dict[str, float] | None = None, n: int = MAX_TERMS) -> dict[str, float]:
    """Sublinear-TF × IDF over ``tokens`` (+ ``extra`` weighted features), pruned, L2-normalised."""
    counts = Counter(tokens)
    vec = {w: (1.0 + math.log(c)) * idf(w) for w, c in counts.items()}
    for k, v in (extra or {}).items():
        vec[k] = vec.get(k, 0.0) + v
    return l2(prune(vec, n))


def shingles(text: str, k: int = 3) -> list[bytes]:
    """Word k-shingles (lower-cased, numbers kept) of a text, as bytes for MinHash."""
    toks = [t.lower() for t in SHINGLE_RE.findall(text or "")]
    if len(toks) < k:
        return [" ".join(toks).encode("utf-8")] if toks else []
    return list({" ".join(toks[i:i + k]).encode("utf-8") for i in range(len(toks) - k + 1)})
