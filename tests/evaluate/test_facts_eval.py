"""pantau eval --task facts: matching rules and the report shape."""

from __future__ import annotations

import json

from pantau.evaluate.facts import evaluate_file, speaker_match


def test_speaker_match_is_containment_after_normalising():
    assert speaker_match("Mevlut Cavusoglu", "Menteri  luar negeri mevlut cavusoglu")
    assert speaker_match("Kalin", "Ibrahim Kalin")
    assert not speaker_match("Kalin", "Dmitry Peskov")
    assert not speaker_match("Kalin", None)


def test_report_has_per_field_scores(tmp_path):
    text = ("Kepala BPBD Garut Asep Sumarna mengatakan sedikitnya 12 orang tewas pada Rabu. "
            "\"Kami masih mencari korban,\" ujarnya.")
    q1 = "sedikitnya 12 orang tewas pada Rabu"
    q2 = "Kami masih mencari korban"
    gold = {"text": text, "published": "2024-03-14",
            "quotes": [{"text": q1, "start": text.index(q1), "end": text.index(q1) + len(q1), "speaker": "Asep Sumarna"},
                       {"text": q2, "start": text.index(q2), "end": text.index(q2) + len(q2), "speaker": "Asep Sumarna"}],
            "counts": [{"value": 12, "qualifier": "at_least", "kind": "killed"}],
            "dates": [{"text": "Rabu", "value": "2024-03-13", "granularity": "day"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_file(str(path))
    for key in ("quotes_f1", "counts_f1", "dates_f1", "precision", "recall", "f1"):
        assert key in report.scores
    assert set(report.per_label) >= {"quotes", "counts", "dates"}
    assert report.scores["counts_f1"] == 1.0
    assert report.scores["dates_f1"] == 1.0
    assert report.scores["quotes_f1"] == 1.0


def test_dev_gold_file_is_well_formed():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "gold" / "facts_dev.jsonl"
    lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(lines) >= 40
    for d in lines:
        for q in d["quotes"]:
            assert d["text"][q["start"]:q["end"]] == q["text"]
