"""``pantau eval --task tag FILE``: fine-grained (POSP) tag accuracy on token<TAB>tag columns.

Tags written as "B-NNO" (IndoNLU's POSP files) are read as "NNO". The pipeline runs on the gold
tokens; ``token.tag_`` is compared. The per-label table gives each tag's P/R/F1.
"""

from __future__ import annotations

import collections

from pantau.evaluate import Report, prf, register
from pantau.nlp.corpora import read_columns, strip_bio


@register("tag")
def score_tags(path: str, nlp=None) -> Report:
    from pantau.evaluate._common import annotate, gold_docs
    from pantau.nlp import get_nlp

    nlp = nlp or get_nlp()
    sents = read_columns(path)
    docs = annotate(nlp, gold_docs(nlp, (([w for w, _ in s], None) for s in sents)))
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    right = total = 0
    for sent, doc in zip(sents, docs):
        for (_, gold), tok in zip(sent, doc):
            gold = strip_bio(gold)
            pred = tok.tag_
            total += 1
            if pred == gold:
                right += 1
                tp[gold] += 1
            else:
                fp[pred] += 1
                fn[gold] += 1
    per = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in sorted(set(tp) | set(fn) | set(fp)) if lab}
    return Report("tag", {"tag": right / total if total else 0.0, "accuracy": right / total if total else 0.0},
                  per_label=per, extra={"tokens": total})
