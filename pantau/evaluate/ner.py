"""``pantau eval --task ner FILE``: entity-level micro P/R/F1 on a token<TAB>tag (IOB/BIO) file.

Gold labels are mapped onto Pantau's unified scheme (``pantau.nlp.labels``): NERGrit PERSON→PER,
ORGANISATION→ORG, PLACE→PLACE; NERP PPL→PER, IND→ORG, PLC→PLACE, EVT, FNB; a file already in the
unified scheme is scored as is, with GPE and LOC collapsed into PLACE. Predicted GPE and LOC count
as PLACE; predicted labels the data set does not annotate (e.g. EVT, FNB on NERGrit) are ignored.
A hit needs the exact token span and label. The pipeline runs on the gold tokens.
"""

from __future__ import annotations

import collections

from pantau.evaluate import Report, prf, register
from pantau.nlp.corpora import iob_spans, read_columns
from pantau.nlp.labels import DATASET_MAPS, SCORING_LABEL, gold_to_scoring, guess_dataset


def score_spans(gold: list[set], pred: list[set]) -> tuple[dict, dict]:
    tp = collections.Counter()
    fp = collections.Counter()
    fn = collections.Counter()
    for g, p in zip(gold, pred):
        for span in p:
            (tp if span in g else fp)[span[2]] += 1
        for span in g:
            if span not in p:
                fn[span[2]] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    per = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    total = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return total, per


@register("ner")
def score_ner(path: str, nlp=None) -> Report:
    from pantau.evaluate._common import annotate, gold_docs
    from pantau.nlp import get_nlp

    nlp = nlp or get_nlp()
    sents = read_columns(path)
    raw_labels = {t.split("-", 1)[1] for s in sents for _, t in s if "-" in t and t != "O"}
    dataset = guess_dataset(raw_labels)
    annotated = set(DATASET_MAPS[dataset].values()) if dataset else set(raw_labels)
    annotated = {SCORING_LABEL.get(lab, lab) for lab in annotated}
    gold = [{(s, e, gold_to_scoring(lab, dataset)) for s, e, lab in iob_spans([t for _, t in sent])}
            for sent in sents]
    docs = annotate(nlp, gold_docs(nlp, (([w for w, _ in sent], None) for sent in sents)))
    pred = []
    for doc in docs:
        spans = set()
        for ent in doc.ents:
            lab = SCORING_LABEL.get(ent.label_, ent.label_)
            if lab in annotated:
                spans.add((ent.start, ent.end, lab))
        pred.append(spans)
    total, per = score_spans(gold, pred)
    return Report("ner", {"precision": total["precision"], "recall": total["recall"], "f1": total["f1"]},
                  per_label=per, extra={"dataset": dataset or "unified", "sentences": len(sents),
                                        "gold_entities": int(total["support"])})
