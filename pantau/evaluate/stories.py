"""``pantau eval --task stories DIR``: story clustering and near-duplicate links on a labelled set.

DIR holds JSONL files (or is one JSONL file) of articles with ``title``, ``text``, ``url``,
``published``, ``outlet`` and the gold fields ``story`` (label) and ``duplicate_of`` (url of the
original, or null). The articles are ingested one by one, in publication order, into a temporary
store (the stories stage runs as it would in production); then

- clustering is scored with B-cubed precision/recall/F1 over articles (predicted story id vs gold
  story label);
- duplicate detection is scored as P/R/F1 over (article, original) links.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from pantau.evaluate import Report, prf, register
from pantau.evaluate._common import read_jsonl


def read_gold(path: str | Path) -> list[dict]:
    path = Path(path)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows = [g for f in files for _lineno, g in read_jsonl(f)]
    rows.sort(key=lambda r: (r.get("published") or "9999"))  # stable: file order within a day
    return rows


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    items = list(gold)
    g_members: dict[str, set] = {}
    p_members: dict[str, set] = {}
    for i in items:
        g_members.setdefault(gold[i], set()).add(i)
        p_members.setdefault(pred[i], set()).add(i)
    p = r = 0.0
    for i in items:
        same_p = p_members[pred[i]]
        same_g = g_members[gold[i]]
        both = len(same_p & same_g)
        p += both / len(same_p)
        r += both / len(same_g)
    p, r = p / len(items), r / len(items)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def run_store(rows: list[dict], db_path: str):
    """Ingest ``rows`` one by one into a store at ``db_path``; url -> (article id, story, duplicate)."""
    import pantau.stories  # noqa: F401  (hooks)
    from pantau.process import normalize_date, process_document
    from pantau.store import Store
    from pantau.types import RawDocument

    store = Store(db_path)
    url_to_id = {}
    for r in rows:
        raw = RawDocument(text=r["text"], path_or_url=r["url"], format="jsonl", title=r.get("title"),
                          published=normalize_date(r.get("published")), outlet=r.get("outlet"), url=r["url"])
        article, analysis = process_document(raw)
        store.add(analysis, raw, offset_map=article.offset_map.to_dict())
        url_to_id[r["url"]] = analysis.id
    out = {}
    for url, aid in url_to_id.items():
        doc = store.get(aid)
        out[url] = (aid, doc.get("story_id"), doc.get("duplicate_of"))
    return store, out


@register("stories")
def score_stories(path: str) -> Report:
    rows = read_gold(path)
    with tempfile.TemporaryDirectory() as tmp:
        store, pred = run_store(rows, str(Path(tmp) / "eval.db"))
        store.engine.dispose()
    id_to_url = {}
    for r in rows:
        id_to_url.setdefault(pred[r["url"]][0], r["url"])
    gold_story = {r["url"]: r["story"] for r in rows}
    pred_story = {r["url"]: pred[r["url"]][1] for r in rows}
    clus = bcubed(gold_story, pred_story)
    gold_links = {(r["url"], r["duplicate_of"]) for r in rows if r.get("duplicate_of")}
    pred_links = set()
    for r in rows:
        aid, _, dup = pred[r["url"]]
        if dup:
            pred_links.add((r["url"], id_to_url.get(dup, dup)))
        elif id_to_url[aid] != r["url"]:  # identical clean text: the store kept one copy
            pred_links.add((r["url"], id_to_url[aid]))
    tp = len(gold_links & pred_links)
    dup = prf(tp, len(pred_links - gold_links), len(gold_links - pred_links))
    n_pred = len(set(pred_story.values()))
    return Report("stories", {
        "bcubed_precision": clus["precision"], "bcubed_recall": clus["recall"], "bcubed_f1": clus["f1"],
        "dup_precision": dup["precision"], "dup_recall": dup["recall"], "dup_f1": dup["f1"],
    }, per_label={"clustering (B-cubed)": {**clus, "support": len(rows)}, "duplicates": dup},
        extra={"articles": len(rows), "gold_stories": len(set(gold_story.values())), "predicted_stories": n_pred,
               "false_links": sorted(pred_links - gold_links), "missed_links": sorted(gold_links - pred_links)})
