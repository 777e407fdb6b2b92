"""Near-duplicates and incremental story clustering (the store's add-hook).

Every newly stored article goes through :func:`assign` inside its own transaction:

1. **Near-duplicate?** A MinHash (128 permutations, word 3-shingles of the clean text) is queried
   against an LSH index (datasketch ``MinHashLSH``, threshold ``DUP_JACCARD``). The index lives in
   memory per ``Store`` and is rebuilt lazily from the signatures in ``story_articles`` (rows newer
   than the last one loaded are added before each query, so several processes writing the same
   database stay in step and a rolled-back transaction leaves nothing behind). A match whose
   estimated Jaccard similarity is at least ``DUP_JACCARD`` makes the new article a duplicate of
   the match's *original* (the earliest-published, then first-stored, article of the group). If the
   new article was published before that original, it becomes the original of the whole group. A
   duplicate joins its original's story and does not count as a separate report (it does not move
   the centroid).

2. **Which story?** The article's vector is a sublinear TF × IDF vector over its title (counted
   twice) and clean text, plus one feature per canonical entity (``e:…``) and place (``p:…``) when
   the Analysis has them, pruned to ``MAX_TERMS`` terms and L2-normalised. Candidate stories come
   from the inverted index ``story_terms`` (the ``INDEX_TERMS`` strongest centroid terms of each
   story) restricted to stories seen within ``WINDOW_DAYS`` of the article's date; at most
   ``MAX_CANDIDATES`` stories sharing the most top terms (at least ``MIN_SHARED_TERMS``; each
   term reads at most ``POSTINGS_PER_TERM`` postings, newest first) are scored, so the cost per article stays
   flat however large the store grows (no all-pairs work).

   **Merge rule**: ``sim = ½ cosine(article, story centroid) + ½ max cosine(article, one of the
   story's last RECENT_MEMBERS reports)`` and ``score = sim × exp(-gap / DECAY_DAYS)``, where
   ``gap`` is the number of days between the article's date and the story's span (0 inside it).
   The member half keeps a big story's centroid, which drifts towards generic vocabulary, from
   swallowing every article of its kind.
   The article joins the best-scoring story when ``score ≥ JOIN_MIN``; otherwise it starts a new
   story whose id is ``"S" + the founding article's id`` and never changes. Stories are never
   merged or split afterwards, so story ids stay stable across ingests.

3. **Related stories**: when an article starts a story (or joins a young one, fewer than
   ``RELATED_CHECK_MAX`` articles), stories up to ``RELATED_YEARS`` years back sharing its top terms
   are scored by plain cosine (no time decay); those with ``cosine ≥ RELATED_MIN`` that it did not
   join are linked as related — the same actors and places months apart, a follow-up, a
   different event in the same place.

Articles without a publication date are treated as having no time gap.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select, update

from pantau.stories.schema import TABLES, stories, story_articles, story_related, story_terms
from pantau.stories.text import content_words, cosine, idf, l2, max_idf, prune, shingles, tfidf, words

NUM_PERM = 128
SCHEME = "affine32"  # datasketch ≥ 2 hashing scheme; signatures are stored as uint32
DUP_JACCARD = 0.5
JOIN_MIN = 0.17
DECAY_DAYS = 20.0
WINDOW_DAYS = 45
MAX_CANDIDATES = 15
POSTINGS_PER_TERM = 50
MIN_SHARED_TERMS = 2  # a candidate story must share this many of the article's top terms
QUERY_TERMS = 15
INDEX_TERMS = 25
CENTROID_TERMS = 300
RELATED_MIN = 0.15
RELATED_YEARS = 3
RELATED_CHECK_MAX = 4
RECENT_MEMBERS = 5
RECENT_TERMS = 40
ENTITY_LABELS = {"PER", "ORG", "GPE", "LOC", "NORP", "EVT", "FAC", "PLACE"}


# -- per-article features -----------------------------------------------------------------------

def entity_keys(a: dict) -> dict[str, int]:
    """Canonical entity and place features of an Analysis (``e:…``/``p:…`` → mentions)."""
    keys: dict[str, int] = {}
    for e in a.get("entities") or []:
        if e.get("label") and e["label"] not in ENTITY_LABELS:
            continue
        name = e.get("canonical") or e.get("text")
        if not name:
            continue
        k = "e:" + str(e.get("entity_id") or name).lower()
        keys[k] = keys.get(k, 0) + 1
    for p in a.get("places") or []:
        name = p.get("geonames_id") or p.get("name")
        if name:
            k = "p:" + str(name).lower()
            keys[k] = keys.get(k, 0) + 1
    return keys


def _name_idf(key: str) -> float:
    """Weight of an entity/place feature: the mean IDF of the words of its name."""
    ws = words(key[2:])
    return sum(idf(w) for w in ws) / len(ws) if ws else max_idf()


def article_vector(a: dict) -> dict[str, float]:
    title = a.get("title") or ""
    tokens = content_words(title) * 2 + content_words(a.get("text") or "")
    keys = entity_keys(a)
    place = (a.get("dateline") or {}).get("place")
    if place:  # the dateline is cut from the text, but where a report is filed says a lot
        keys["p:" + place.lower()] = keys.get("p:" + place.lower(), 0) + 1
    extra = {k: _name_idf(k) * (1.0 + math.log(n)) for k, n in keys.items()}
    return tfidf(tokens, extra)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _shift(day: dt.date, days: int) -> str:
    return (day + dt.timedelta(days=days)).isoformat()


def gap_days(day: dt.date | None, first: str | None, last: str | None) -> float:
    if day is None:
        return 0.0
    f, l_ = _date(first), _date(last)
    if l_ and day > l_:
        return float((day - l_).days)
    if f and day < f:
        return float((f - day).days)
    return 0.0


# -- per-store state: the LSH index ------------------------------------------------------------

@dataclass
class _State:
    lsh: object
    permutations: object
    loaded_seq: int = 0
    tables_ok: bool = False
    known: set = field(default_factory=set)


def _state(store) -> _State:
    st = getattr(store, "_stories_state", None)
    if st is None:
        from datasketch import MinHash, MinHashLSH

        st = _State(lsh=MinHashLSH(threshold=DUP_JACCARD, num_perm=NUM_PERM),
                    permutations=MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations)
        store._stories_state = st
    return st


def ensure_tables(store, conn) -> None:
    st = _state(store)
    if not st.tables_ok:
        for t in TABLES:
            t.create(conn, checkfirst=True)
        st.tables_ok = True


def _load_new_signatures(store, conn) -> None:
    import numpy as np
    from datasketch import LeanMinHash, MinHash

    st = _state(store)
    rows = conn.execute(select(story_articles.c.seq, story_articles.c.article_id, story_articles.c.signature)
                        .where(story_articles.c.seq > st.loaded_seq).order_by(story_articles.c.seq)).all()
    for seq, aid, sig in rows:
        if sig and aid not in st.known:
            hv = np.frombuffer(sig, dtype=np.uint32)
            st.lsh.insert(aid, LeanMinHash(MinHash(num_perm=NUM_PERM, hashvalues=hv, scheme=SCHEME)))
            st.known.add(aid)
        st.loaded_seq = max(st.loaded_seq, seq)


def minhash(store, text: str):
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, permutations=_state(store).permutations, scheme=SCHEME)
    sh = shingles(text)
    if sh:
        mh.update_batch(sh)
    return mh


# -- the add-hook ------------------------------------------------------------------------------

def assign(store, conn, a: dict) -> dict:
    """Place one new article (Analysis dict ``a``) in the stories tables; returns what was decided."""
    import numpy as np

    ensure_tables(store, conn)
    aid = a["id"]
    if conn.execute(select(story_articles.c.seq).where(story_articles.c.article_id == aid)).first():
        return {}
    _load_new_signatures(store, conn)
    st = _state(store)
    pub = (a.get("published") or None)
    day = _date(pub)
    text = a.get("text") or ""
    mh = minhash(store, text)
    n_shingles = len(shingles(text))

    duplicate_of, story_id, became_original = None, None, None
    if n_shingles >= 5:
        dup = _find_original(conn, st, mh)
        if dup is not None:
            orig_id, orig_pub, orig_story = dup
            if day and _date(orig_pub) and day < _date(orig_pub):
                became_original = orig_id  # the new article is older: it becomes the original
                conn.execute(update(story_articles).where(
                    (story_articles.c.duplicate_of == orig_id) | (story_articles.c.article_id == orig_id))
                    .values(duplicate_of=aid))
            else:
                duplicate_of = orig_id
            story_id = orig_story

    vec = article_vector(a)
    related: dict[str, float] = {}
    if story_id is None:
        story_id, related = _choose_story(conn, vec, day)
    is_new = story_id is None
    if is_new:
        story_id = "S" + aid

    conn.execute(insert(story_articles).values(
        article_id=aid, story_id=story_id, duplicate_of=duplicate_of, published=pub,
        signature=np.asarray(mh.hashvalues, dtype=np.uint32).tobytes(), vector=vec))

    if is_new:
        conn.execute(insert(stories).values(
            id=story_id, title=_title(a), first_seen=pub, last_seen=pub, n_articles=1, n_reports=1,
            centroid=prune(vec, CENTROID_TERMS), recent=[prune(vec, RECENT_TERMS)]))
        _index_story(conn, story_id, vec, pub)
        row = None
    else:
        row = conn.execute(select(stories).where(stories.c.id == story_id)).mappings().first()
        first = min([d for d in (row["first_seen"], pub) if d], default=None)
        last = max([d for d in (row["last_seen"], pub) if d], default=None)
        values = {"n_articles": row["n_articles"] + 1, "first_seen": first, "last_seen": last}
        centroid = dict(row["centroid"])
        if duplicate_of is None and became_original is None:
            values["n_reports"] = row["n_reports"] + 1
            for k, v in vec.items():
                centroid[k] = centroid.get(k, 0.0) + v
            centroid = prune(centroid, CENTROID_TERMS)
            values["centroid"] = centroid
            values["recent"] = (list(row["recent"] or []) + [prune(vec, RECENT_TERMS)])[-RECENT_MEMBERS:]
        if became_original and (not row["first_seen"] or (pub and pub < row["first_seen"])) and a.get("title"):
            values["title"] = a["title"]
        conn.execute(update(stories).where(stories.c.id == story_id).values(**values))
        if "centroid" in values or last != row["last_seen"]:
            _index_story(conn, story_id, centroid, last)

    if duplicate_of is None and (is_new or (row and row["n_articles"] + 1 <= RELATED_CHECK_MAX)):
        for rid, score in _related_candidates(conn, vec, day, exclude=story_id).items():
            related.setdefault(rid, score)
        for rid, score in related.items():
            if rid != story_id:
                _link(conn, story_id, rid, score)
    return {"story_id": story_id, "duplicate_of": duplicate_of, "new_story": is_new}


def _find_original(conn, st: _State, mh):
    from datasketch import LeanMinHash, MinHash
    import numpy as np

    keys = st.lsh.query(mh)
    if not keys:
        return None
    rows = conn.execute(select(story_articles.c.article_id, story_articles.c.duplicate_of,
                               story_articles.c.signature).where(story_articles.c.article_id.in_(keys))).all()
    originals = set()
    for aid, dup_of, sig in rows:
        other = MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(sig, dtype=np.uint32), scheme=SCHEME)
        if mh.jaccard(other) >= DUP_JACCARD:
            originals.add(dup_of or aid)
    if not originals:
        return None
    orows = conn.execute(select(story_articles.c.article_id, story_articles.c.published, story_articles.c.seq,
                                story_articles.c.story_id).where(story_articles.c.article_id.in_(originals))).all()
    best = min(orows, key=lambda r: (r.published or "9999", r.seq))
    return best.article_id, best.published, best.story_id


def _title(a: dict) -> str:
    if a.get("title"):
        return a["title"]
    text = (a.get("text") or "").strip()
    for s in a.get("sentences") or []:
        text = a["text"][s["start"]:s["end"]].strip()
        if text:
            break
    return text[:120] + ("…" if len(text) > 120 else "")


def _top_terms(vec: dict[str, float], n: int) -> list[str]:
    return [k for k, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _index_story(conn, story_id: str, centroid: dict[str, float], last_seen: str | None) -> None:
    conn.execute(delete(story_terms).where(story_terms.c.story_id == story_id))
    rows = [{"term": t[:120], "story_id": story_id, "last_seen": last_seen} for t in _top_terms(centroid, INDEX_TERMS)]
    if rows:  # a one-word article has no terms, and an empty executemany is "INSERT ... DEFAULT VALUES"
        conn.execute(insert(story_terms), rows)


def _candidates(conn, terms: list[str], since: str | None, until: str | None = None) -> list[str]:
    """Stories sharing the most of ``terms``: each term reads at most ``POSTINGS_PER_TERM`` postings,
    newest first (index on term, last_seen), so the cost does not grow with the store."""
    counts: dict[str, int] = {}
    for t in terms:
        q = select(story_terms.c.story_id).where(story_terms.c.term == t)
        if since:
            q = q.where(story_terms.c.last_seen >= since)
        if until:
            q = q.where(story_terms.c.last_seen < until)
        for sid in conn.execute(q.order_by(story_terms.c.last_seen.desc()).limit(POSTINGS_PER_TERM)).scalars():
            counts[sid] = counts.get(sid, 0) + 1
    need = MIN_SHARED_TERMS if len(terms) >= 2 * MIN_SHARED_TERMS else 1
    return [sid for sid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES] if n >= need]


def _load_stories(conn, ids: list[str]):
    if not ids:
        return []
    return conn.execute(select(stories.c.id, stories.c.centroid, stories.c.recent, stories.c.first_seen,
                               stories.c.last_seen).where(stories.c.id.in_(ids))).all()


def similarity(vec: dict[str, float], row) -> float:
    """Half centroid cosine, half best cosine with one of the story's recent reports."""
    cen = cosine(vec, l2(row.centroid))
    mem = max((cosine(vec, l2(m)) for m in row.recent or []), default=cen)
    return 0.5 * cen + 0.5 * mem


def _choose_story(conn, vec: dict[str, float], day: dt.date | None) -> tuple[str | None, dict[str, float]]:
    """The best story to join (or None), and the near misses worth linking as related."""
    terms = [t[:120] for t in _top_terms(vec, QUERY_TERMS)]
    since = _shift(day, -WINDOW_DAYS) if day else None
    best, best_score, near = None, 0.0, {}
    for row in _load_stories(conn, _candidates(conn, terms, since)):
        if day and row.first_seen and _date(row.first_seen) > day + dt.timedelta(days=WINDOW_DAYS):
            continue
        sim = similarity(vec, row)
        score = sim * math.exp(-gap_days(day, row.first_seen, row.last_seen) / DECAY_DAYS)
        if score > best_score:
            best, best_score = row.id, score
        if sim >= RELATED_MIN:
            near[row.id] = sim
    if best_score >= JOIN_MIN:
        near.pop(best, None)
        return best, near
    return None, near


def _related_candidates(conn, vec: dict[str, float], day: dt.date | None, exclude: str) -> dict[str, float]:
    terms = [t[:120] for t in _top_terms(vec, QUERY_TERMS)]
    since = _shift(day, -365 * RELATED_YEARS) if day else None
    until = _shift(day, -WINDOW_DAYS) if day else None  # nearer stories were scored already
    out = {}
    for row in _load_stories(conn, [s for s in _candidates(conn, terms, since, until) if s != exclude]):
        sim = similarity(vec, row)
        if sim >= RELATED_MIN:
            out[row.id] = sim
    return out


def _link(conn, a: str, b: str, score: float) -> None:
    for x, y in ((a, b), (b, a)):
        if not conn.execute(select(story_related.c.story_id).where(
                (story_related.c.story_id == x) & (story_related.c.related_id == y))).first():
            conn.execute(insert(story_related).values(story_id=x, related_id=y, score=round(score, 4)))
