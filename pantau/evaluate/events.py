"""``pantau eval --task events FILE``: event coding against JSONL gold.

Gold lines: {"text", "published"?, "events": [{"action", "actor", "target"}]}. A predicted event
matches a gold event of the same text when the PLOVER type is equal and actor and target agree:
codes agree when equal or when both start with the same country code (ISO alpha-3), so
"TURGOV" matches "TUR", and a bare agent type matches that agent of any country, so "COP"
matches "IDNCOP"; a null gold target matches only a null prediction... or any target when
the gold says "*". Each gold event is matched at most once.
"""

from __future__ import annotations


from pantau.evaluate import Report, prf, register
from pantau.evaluate._common import linked_doc, read_jsonl

AGENTS = {"GOV", "MIL", "REB", "OPP", "CVL", "REF", "IGO", "COP", "JUD", "LEG", "MED", "NGO", "BUS", "SPY", "LAB",
          "EDU", "REL"}


def code_match(gold, pred) -> bool:
    if gold == "*":
        return True
    if not gold or not pred:
        return not gold and not pred
    if gold == pred:
        return True
    g3, p3 = gold[:3], pred[:3]
    if g3 in AGENTS and len(gold) == 3:
        # a bare agent type in the gold ("COP": the text names no country) matches the agent
        # whatever country the coder inferred ("IDNCOP")
        return g3 in (p3, pred[3:6])
    return g3 == p3


@register("events")
def score_events(path: str) -> Report:
    tp = fp = fn = 0
    per: dict[str, list[int]] = {}
    errors = []
    for _lineno, g in read_jsonl(path):
        doc = linked_doc(g)
        preds = list(doc._.events or [])
        used = set()
        for ge in g["events"]:
            hit = None
            for k, pe in enumerate(preds):
                if k in used or pe["action"] != ge["action"]:
                    continue
                if code_match(ge["actor"], pe["actor"]) and code_match(ge.get("target"), pe.get("target")):
                    hit = k
                    break
            c = per.setdefault(ge["action"], [0, 0, 0])
            if hit is None:
                fn += 1
                c[2] += 1
                errors.append({"id": g.get("id"), "missed": ge})
            else:
                used.add(hit)
                tp += 1
                c[0] += 1
        for k, pe in enumerate(preds):
            if k not in used:
                fp += 1
                per.setdefault(pe["action"], [0, 0, 0])[1] += 1
                errors.append({"id": g.get("id"), "spurious": {x: pe[x] for x in ("action", "actor", "target")}})
    s = prf(tp, fp, fn)
    return Report("events", {"precision": s["precision"], "recall": s["recall"], "f1": s["f1"]},
                  per_label={k: prf(*v) for k, v in per.items()}, extra={"errors": errors})
