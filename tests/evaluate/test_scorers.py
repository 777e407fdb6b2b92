"""The gold-file scorers (pantau eval --task ner|tag|syntax) on tiny files written for Pantau."""

import json
import re

import spacy
from click.testing import CliRunner
from spacy.tokens import Span

from pantau.evaluate import TASKS, load_tasks
from pantau.evaluate.ner import score_ner, score_spans
from pantau.nlp.corpora import iob_spans, read_conllu


def test_tasks_registered():
    load_tasks()
    assert {"ner", "tag", "syntax"} <= set(TASKS)


def test_iob_spans():
    assert iob_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_score_spans_micro_and_per_label():
    gold = [{(0, 2, "PER"), (3, 4, "PLACE")}]
    pred = [{(0, 2, "PER"), (3, 5, "PLACE")}]
    total, per = score_spans(gold, pred)
    assert total["precision"] == 0.5 and total["recall"] == 0.5
    assert per["PER"]["f1"] == 1.0 and per["PLACE"]["f1"] == 0.0


def _fake_nlp():
    """A pipeline that tags 'Budi' as PER, 'Bandung' as GPE and 'Festival' as EVT."""
    nlp = spacy.blank("id")

    @spacy.Language.component("fake_ner_for_test")
    def fake(doc):
        labels = {"Budi": "PER", "Bandung": "GPE", "Festival": "EVT"}
        doc.ents = [Span(doc, t.i, t.i + 1, label=labels[t.text]) for t in doc if t.text in labels]
        return doc

    nlp.add_pipe("fake_ner_for_test")
    return nlp


def test_ner_scoring_maps_dataset_labels(tmp_path):
    gold = tmp_path / "gold.txt"
    # NERGrit-style labels; EVT is not annotated there, so predicting it costs nothing.
    gold.write_text("Budi\tB-PERSON\npergi\tO\nke\tO\nBandung\tB-PLACE\nuntuk\tO\nFestival\tO\n.\tO\n\n"
                    "Sari\tB-PERSON\ntinggal\tO\n.\tO\n", encoding="utf-8")
    report = score_ner(str(gold), nlp=_fake_nlp())
    assert report.extra["dataset"] == "nergrit"
    assert report.scores["precision"] == 1.0
    assert abs(report.scores["recall"] - 2 / 3) < 1e-9
    assert report.per_label["PLACE"]["f1"] == 1.0 and report.per_label["PER"]["recall"] == 0.5


# "Rumahnya besar." with the multiword token "Rumahnya" = "Rumah" + "nya"
RUMAHNYA = (
    "# sent_id = 1\n"
    "1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tRumah\trumah\tNOUN\t_\t_\t3\tnsubj\t_\t_\n"
    "2\tnya\tdia\tPRON\t_\t_\t1\tnmod\t_\t_\n"
    "3\tbesar\tbesar\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n"
)


def test_read_conllu_splits_multiword_tokens(tmp_path):
    path = tmp_path / "x.conllu"
    path.write_text(RUMAHNYA, encoding="utf-8")
    sent = read_conllu(path)[0]
    assert [t.form for t in sent.tokens] == ["Rumah", "nya", "besar", "."]
    assert [t.space_after for t in sent.tokens] == [False, True, False, True]
    assert sent.tokens[2].head == 0


def _two_sentences(tmp_path):
    """A multiword token in the first sentence, none in the second."""
    path = tmp_path / "two.conllu"
    path.write_text(
        RUMAHNYA +
        "# sent_id = 2\n"
        "1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tdatang\tdatang\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\tke-3\tke-3\tADJ\t_\t_\t2\tobl\t_\tSpaceAfter=No\n"
        "4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n", encoding="utf-8")
    return path


def test_read_conllu_multiword_range_ends_with_its_sentence(tmp_path):
    # token ids restart in each sentence: sentence 1's "1-2" range must not glue sentence 2's words
    second = read_conllu(_two_sentences(tmp_path))[1]
    assert [t.space_after for t in second.tokens] == [True, True, False, True]


def test_tokenizer_scored_against_gold_words(tmp_path):
    from pantau.evaluate.syntax import score_tokenizer
    from pantau.nlp.pipeline import blank_nlp

    sents = read_conllu(_two_sentences(tmp_path))
    assert score_tokenizer(blank_nlp(), sents)["tokens_f1"] == 1.0
    # spaCy's own Indonesian tokenizer keeps "Rumahnya" whole and splits "ke-3": 5 of the 8 words
    plain = score_tokenizer(spacy.blank("id"), sents)
    assert abs(plain["tokens_recall"] - 5 / 8) < 1e-9


def test_cli_eval_json(tmp_path, monkeypatch):
    from pantau.cli import main
    import pantau.evaluate.tag as tag_mod

    gold = tmp_path / "pos.txt"
    gold.write_text("Budi\tB-NNP\ndatang\tB-VBI\n.\tB-SYM\n", encoding="utf-8")
    nlp = spacy.blank("id")

    @spacy.Language.component("fake_tagger_for_test")
    def fake(doc):
        for t, tag in zip(doc, ["NNP", "VBT", "SYM"]):
            t.tag_ = tag
        return doc

    nlp.add_pipe("fake_tagger_for_test")
    monkeypatch.setattr("pantau.nlp.get_nlp", lambda: nlp)
    result = CliRunner().invoke(main, ["eval", "--task", "tag", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert abs(data["tag"] - 2 / 3) < 1e-9


def test_cli_eval_help_names_every_task_and_an_unknown_task_lists_them(tmp_path):
    from pantau.cli import main

    load_tasks()
    help_words = set(re.findall(r"[a-z]+", CliRunner().invoke(main, ["eval", "--help"]).output))
    assert set(TASKS) <= help_words
    gold = tmp_path / "gold.txt"
    gold.write_text("x\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--task", "nosuch", str(gold)])
    assert result.exit_code != 0 and "known: " + ", ".join(sorted(TASKS)) in result.output
