"""``pantau eval --task syntax FILE.conllu``: UPOS accuracy, UAS, LAS and sentence-boundary F1.

Computed on the gold tokenization (syntactic words, multiword tokens split): Docs are built from
the gold words, ten sentences to a Doc, so that sentence boundaries are predicted too. LAS
compares universal relations (subtypes after ":" are ignored, as in the CoNLL 2018 shared task);
punctuation counts. Tag accuracy is left out: the treebanks' XPOS tagsets are not POSP.

The tokenizer is scored on its own (``tokens_precision``/``recall``/``f1``): each sentence's text,
rebuilt from the gold words and their SpaceAfter, is tokenized and the token character spans are
compared with the gold syntactic words' spans, as in the CoNLL 2018 "Words" score (the surface of
an Indonesian multiword token is its parts written together: "kewenangannya" = "kewenangan" "nya").
"""

from __future__ import annotations

import collections

from spacy.tokens import Doc

from pantau.evaluate import Report, prf, register
from pantau.nlp.corpora import read_conllu

GROUP = 10


def _rel(dep: str) -> str:
    dep = dep.split(":", 1)[0].lower()
    return "root" if dep == "root" else dep


def score_tokenizer(nlp, sents) -> dict[str, float]:
    """``nlp``'s tokenizer on each sentence's rebuilt text against the gold words (see above)."""
    tp = fp = fn = 0
    for sent in sents:
        text, gold = "", set()
        for t in sent.tokens:
            start = len(text)
            text += t.form
            gold.add((start, len(text)))
            if t.space_after:
                text += " "
        pred = {(tok.idx, tok.idx + len(tok)) for tok in nlp.tokenizer(text.rstrip()) if not tok.is_space}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    s = prf(tp, fp, fn)
    return {"tokens_precision": s["precision"], "tokens_recall": s["recall"], "tokens_f1": s["f1"]}


@register("syntax")
def score_syntax(path: str, nlp=None) -> Report:
    from pantau.evaluate._common import annotate
    from pantau.nlp import get_nlp

    nlp = nlp or get_nlp()
    sents = read_conllu(path)
    groups = [sents[k:k + GROUP] for k in range(0, len(sents), GROUP)]
    docs = []
    for group in groups:
        words, spaces = [], []
        for sent in group:
            for j, t in enumerate(sent.tokens):
                words.append(t.form)
                last = j == len(sent.tokens) - 1
                spaces.append(True if last else t.space_after)
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
    docs = annotate(nlp, docs)
    n = upos = uas = las = 0
    per_rel = collections.Counter(), collections.Counter(), collections.Counter()
    sb_tp = sb_fp = sb_fn = 0
    has_parse = "parser" in nlp.pipe_names
    for group, doc in zip(groups, docs):
        i = 0
        gold_sents = set()
        for sent in group:
            start = i
            for t in sent.tokens:
                tok = doc[i]
                n += 1
                upos += tok.pos_ == t.upos
                gold_head = start + t.head - 1 if t.head else i
                if has_parse:
                    head_ok = tok.head.i == gold_head
                    uas += head_ok
                    pred_rel = "root" if tok.dep_ == "ROOT" else _rel(tok.dep_)
                    ok = head_ok and pred_rel == _rel(t.deprel)
                    las += ok
                    g = _rel(t.deprel)
                    (per_rel[0] if ok else per_rel[2])[g] += 1
                    if not ok:
                        per_rel[1][pred_rel] += 1
                i += 1
            gold_sents.add((start, i))
        pred_sents = {(s.start, s.end) for s in doc.sents}
        sb_tp += len(gold_sents & pred_sents)
        sb_fp += len(pred_sents - gold_sents)
        sb_fn += len(gold_sents - pred_sents)
    sb = prf(sb_tp, sb_fp, sb_fn)
    scores = {"upos": upos / n if n else 0.0}
    if has_parse:
        scores.update({"uas": uas / n, "las": las / n})
    scores["sent_f1"] = sb["f1"]
    scores.update(score_tokenizer(nlp, sents))
    per = {}
    if has_parse:
        tp, fp, fn = per_rel
        per = {rel: prf(tp[rel], fp[rel], fn[rel]) for rel in sorted(set(tp) | set(fn))}
    return Report("syntax", scores, per_label=per,
                  extra={"tokens": n, "sentences": len(sents), "sent_precision": sb["precision"],
                         "sent_recall": sb["recall"]})
