"""Extractive multi-document summary of a story (LexRank over TF-IDF sentence vectors).

Sentences come from the Analysis ``sentences`` of the story's reports (duplicates are left out,
so a reprint never fills the summary twice). Each sentence is a TF-IDF vector (same IDF as the
clustering); the similarity graph keeps edges with cosine ≥ ``EDGE_MIN`` and PageRank (damping
0.85) gives each sentence its centrality. Sentences are then taken by centrality, skipping any too
similar (cosine ≥ ``REDUNDANT``) to one already chosen, and shown in story order (article date,
then position). Very short or very long sentences are not candidates. Each summary sentence
carries its article id and offsets into that article's text.
"""

from __future__ import annotations

from pantau.stories.text import content_words, cosine, tfidf

EDGE_MIN = 0.1
REDUNDANT = 0.5
MAX_SENTENCES_PER_ARTICLE = 12
MAX_CANDIDATES = 400


def _sentences(a: dict) -> list[tuple[int, int]]:
    spans = [(s["start"], s["end"]) for s in a.get("sentences") or []]
    if not spans and a.get("text"):
        spans = [(0, len(a["text"]))]
    return spans


def summarize(analyses: list[dict], skip: set[str] = frozenset(), n: int = 5) -> list[dict]:
    cands = []
    for order, a in enumerate(analyses):
        if a["id"] in skip:
            continue
        text = a.get("text") or ""
        for pos, (s, e) in enumerate(_sentences(a)[:MAX_SENTENCES_PER_ARTICLE]):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            toks = content_words(text[s:e])
            if not 8 <= len(text[s:e].split()) <= 60 or len(toks) < 3:
                continue
            cands.append({"article_id": a["id"], "start": s, "end": e, "text": text[s:e],
                          "vec": tfidf(toks, n=40), "order": (order, pos)})
    cands = cands[:MAX_CANDIDATES]
    if not cands:
        return []
    m = len(cands)
    nbrs: list[list[tuple[int, float]]] = [[] for _ in range(m)]
    for i in range(m):
        for j in range(i + 1, m):
            w = cosine(cands[i]["vec"], cands[j]["vec"])
            if w >= EDGE_MIN:
                nbrs[i].append((j, w))
                nbrs[j].append((i, w))
    out_w = [sum(w for _, w in nb) or 1.0 for nb in nbrs]
    rank = [1.0 / m] * m
    for _ in range(30):
        rank = [0.15 / m + 0.85 * sum(rank[j] * w / out_w[j] for j, w in nbrs[i]) for i in range(m)]
    # Slight lead bias: openings of news reports carry the facts.
    scored = sorted(range(m), key=lambda i: (-(rank[i] * (1.2 if cands[i]["order"][1] == 0 else 1.0)), cands[i]["order"]))
    chosen: list[int] = []
    for i in scored:
        if all(cosine(cands[i]["vec"], cands[j]["vec"]) < REDUNDANT for j in chosen):
            chosen.append(i)
        if len(chosen) >= n:
            break
    chosen.sort(key=lambda i: cands[i]["order"])
    return [{k: cands[i][k] for k in ("text", "article_id", "start", "end")} for i in chosen]
