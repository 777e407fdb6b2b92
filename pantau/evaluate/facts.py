"""``pantau eval --task facts FILE``: quotes, counts and dates against a JSONL gold file.

Each gold line is an Analysis subset: ``{"text", "published", "quotes", "counts", "dates"}``. Every
passage runs through ``pantau.analyze(text, published=...)`` and the facts are matched one-to-one:

- quote: the quoted spans overlap by at least 80% of the longer span, and the speaker matches
  (case/whitespace-normalised; gold's name equals or is contained in the predicted speaker, or the other
  way round); a quote whose span matches but whose speaker does not counts as a wrong prediction.
- count: same value, qualifier and kind.
- date: same resolved value and granularity.

Report.scores holds micro precision/recall/F1 per field (``quotes_f1`` ...) and over all fields
(``precision``/``recall``/``f1``); per_label holds the per-field table (plus ``quotes_span``: spans
only, ignoring the speaker).
"""

from __future__ import annotations

import re

from pantau.evaluate import Report, prf, register
from pantau.evaluate._common import read_jsonl


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "")).strip().casefold()


def speaker_match(gold: str | None, pred: str | None) -> bool:
    g, p = _norm(gold), _norm(pred)
    if not g and not p:
        return True
    if not g or not p:
        return False
    return g == p or g in p or p in g


def _overlap(gs: int, ge: int, ps: int, pe: int) -> float:
    inter = max(0, min(ge, pe) - max(gs, ps))
    longest = max(ge - gs, pe - ps, 1)
    return inter / longest


def _quote_span(q: dict, text: str, pred_text: str) -> tuple[int, int]:
    """Gold offsets, re-located by the quoted text when the analysed text differs from the gold text."""
    s, e = q["start"], q["end"]
    if text == pred_text:
        return s, e
    i = pred_text.find(q["text"])
    return (i, i + len(q["text"])) if i >= 0 else (-1, -1)


def _match(gold: list, pred: list, same) -> int:
    used = set()
    tp = 0
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                used.add(j)
                tp += 1
                break
    return tp


def score_passage(d: dict, a) -> dict[str, tuple[int, int, int]]:
    text = a.text
    res = {}
    gq = [(q, _quote_span(q, d["text"], text)) for q in d.get("quotes", [])]

    def q_same(gpair, p, with_speaker=True):
        g, (gs, ge) = gpair
        if gs < 0 or _overlap(gs, ge, p["start"], p["end"]) < 0.8:
            return False
        return not with_speaker or speaker_match(g.get("speaker"), p.get("speaker"))

    tp = _match(gq, a.quotes, q_same)
    res["quotes"] = (tp, len(a.quotes) - tp, len(gq) - tp)
    tp = _match(gq, a.quotes, lambda g, p: q_same(g, p, False))
    res["quotes_span"] = (tp, len(a.quotes) - tp, len(gq) - tp)

    def c_same(g, p):
        return (float(g["value"]) == float(p["value"]) and g.get("qualifier") == p.get("qualifier")
                and g.get("kind") == p.get("kind"))

    tp = _match(d.get("counts", []), a.counts, c_same)
    res["counts"] = (tp, len(a.counts) - tp, len(d.get("counts", [])) - tp)

    def d_same(g, p):
        return g.get("value") == p.get("value") and g.get("granularity") == p.get("granularity")

    tp = _match(d.get("dates", []), a.dates, d_same)
    res["dates"] = (tp, len(a.dates) - tp, len(d.get("dates", [])) - tp)
    return res


def evaluate_file(path: str, verbose: bool = False) -> Report:
    import pantau

    totals = {k: [0, 0, 0] for k in ("quotes", "quotes_span", "counts", "dates")}
    n = 0
    errors = []
    for lineno, d in read_jsonl(path):
        a = pantau.analyze(d["text"], published=d.get("published"))
        n += 1
        res = score_passage(d, a)
        for k, (tp, fp, fn) in res.items():
            totals[k][0] += tp
            totals[k][1] += fp
            totals[k][2] += fn
            if fp or fn:
                errors.append({"line": lineno, "field": k, "fp": fp, "fn": fn})
    per_label = {k: prf(*v) for k, v in totals.items()}
    scores: dict[str, float] = {}
    for k in ("quotes", "counts", "dates"):
        scores[f"{k}_precision"] = per_label[k]["precision"]
        scores[f"{k}_recall"] = per_label[k]["recall"]
        scores[f"{k}_f1"] = per_label[k]["f1"]
    all3 = [sum(totals[k][i] for k in ("quotes", "counts", "dates")) for i in range(3)]
    overall = prf(*all3)
    scores.update(precision=overall["precision"], recall=overall["recall"], f1=overall["f1"])
    return Report(task="facts", scores=scores, per_label=per_label,
                  extra={"passages": n, "mismatches": errors if verbose else len(errors)})


@register("facts")
def facts(path: str) -> Report:
    return evaluate_file(path)
