"""pantau.nlp.train: the data conversions that decide what the pipeline learns."""

import os
from pathlib import Path

import pytest

from pantau.nlp.corpora import UDSentence, UDToken
from pantau.nlp.train import DEFAULT_DATA, VECTOR_TEXTS, fix_punct, posp_upos, to_gsd_conventions


def _sent(rows):
    """rows: (form, upos, head, deprel)"""
    return UDSentence([UDToken(f, f.lower(), u, "_", "_", h, d) for f, u, h, d in rows])


def test_bare_noun_modifier_becomes_compound():
    # "harga minyak naik": minyak modifies harga with no preposition
    s = _sent([("harga", "NOUN", 3, "nsubj"), ("minyak", "NOUN", 1, "nmod"), ("naik", "VERB", 0, "root")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "compound"


def test_modifier_with_preposition_or_name_stays_nmod():
    # "rumah di desa": desa has a case child, so it stays nmod
    s = _sent([("rumah", "NOUN", 0, "root"), ("di", "ADP", 3, "case"), ("desa", "NOUN", 1, "nmod")])
    to_gsd_conventions(s)
    assert s.tokens[2].deprel == "nmod"
    # "presiden Indonesia": a proper-noun modifier stays nmod (GSD does the same)
    s = _sent([("presiden", "NOUN", 0, "root"), ("Indonesia", "PROPN", 1, "nmod")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "nmod"
    # subtypes are left alone
    s = _sent([("hari", "NOUN", 0, "root"), ("minggu", "NOUN", 1, "nmod:tmod")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "nmod:tmod"


def test_name_parts_chain_and_are_proper_nouns():
    # "bertemu Menteri Keuangan Sri Mulyani": CSUI hangs every part on the first
    s = _sent([("Ia", "PRON", 2, "nsubj"), ("bertemu", "VERB", 0, "root"), ("Menteri", "PROPN", 2, "obj"),
               ("Keuangan", "NOUN", 3, "nmod"), ("Sri", "PROPN", 3, "flat:name"), ("Mulyani", "PROPN", 3, "flat:name")])
    to_gsd_conventions(s)
    assert [t.head for t in s.tokens[4:]] == [3, 5]  # Sri on Menteri (the first part), Mulyani on Sri
    assert s.tokens[3].upos == "PROPN"  # a capitalised word inside a multiword name
    # the sentence's first word and lone capitalised words keep their tag
    s = _sent([("Harga", "NOUN", 2, "nsubj"), ("naik", "VERB", 0, "root"), ("di", "ADP", 4, "case"),
               ("Pasar", "NOUN", 2, "obl")])
    to_gsd_conventions(s)
    assert [t.upos for t in s.tokens] == ["NOUN", "VERB", "ADP", "NOUN"]


def test_relations_relabelled_to_gsd_conventions():
    # "rumahnya dijual 1,5 juta pada Mei 2016 / kemarin , yaitu harga baik ; ia dituntut membayar"
    # as CSUI labels it (heads as in CSUI; only labels and three UPOS change)
    s = _sent([("rumah", "NOUN", 3, "nsubj:pass"), ("nya", "DET", 1, "det"), ("dijual", "VERB", 0, "root"),
               ("1,5", "NUM", 5, "flat"), ("juta", "NUM", 3, "obl"), ("Mei", "PROPN", 3, "obl"),
               ("2016", "NUM", 6, "flat"), ("/", "CCONJ", 9, "cc"), ("kemarin", "NOUN", 6, "conj"),
               ("yaitu", "SCONJ", 11, "mark"), ("harga", "NOUN", 3, "obl"), ("baik", "ADJ", 3, "advmod"),
               ("dituntut", "VERB", 3, "conj"), ("membayar", "VERB", 13, "advcl"), ("kaya", "ADJ", 3, "conj"),
               ("minyak", "NOUN", 15, "obl")])
    to_gsd_conventions(s)
    got = {t.form: (t.deprel, t.upos) for t in s.tokens}
    assert got["nya"] == ("nmod:poss", "PRON")
    assert got["1,5"][0] == "nummod" and got["2016"][0] == "nummod"
    assert got["/"] == ("punct", "PUNCT") and got["yaitu"] == ("case", "ADP")
    assert got["baik"][0] == "amod" and got["membayar"][0] == "xcomp" and got["minyak"][0] == "nmod"
    assert got["Mei"][0] == "obl"  # a time word keeps obl
    assert [t.head for t in s.tokens] == [3, 1, 0, 5, 3, 3, 6, 9, 6, 11, 3, 3, 3, 13, 3, 15]


def test_bare_noun_after_a_verb_is_an_object_unless_it_has_a_preposition():
    # "dikenal orang" (known by people): GSD obj; "tinggal di desa": obl with its preposition
    s = _sent([("dikenal", "VERB", 0, "root"), ("orang", "NOUN", 1, "obl"), ("tinggal", "VERB", 1, "conj"),
               ("di", "ADP", 5, "case"), ("desa", "NOUN", 3, "obl")])
    to_gsd_conventions(s)
    assert [t.deprel for t in s.tokens] == ["root", "obj", "conj", "case", "obl"]


def test_clauses_with_their_own_subordinator_or_subject_keep_their_relation():
    # "pergi karena hujan turun": the adverbial clause has its own mark and subject
    s = _sent([("pergi", "VERB", 0, "root"), ("karena", "SCONJ", 4, "mark"), ("hujan", "NOUN", 4, "nsubj"),
               ("turun", "VERB", 1, "advcl")])
    to_gsd_conventions(s)
    assert s.tokens[3].deprel == "advcl"
    # "merasa senang bahwa ..." keeps xcomp: the adjective has a clause of its own
    s = _sent([("merasa", "VERB", 0, "root"), ("senang", "ADJ", 1, "xcomp"), ("bahwa", "SCONJ", 4, "mark"),
               ("menang", "VERB", 2, "ccomp")])
    to_gsd_conventions(s)
    assert s.tokens[1].deprel == "xcomp"


def test_fix_punct_follows_the_ud_guidelines(tmp_path):
    # "Ia datang , lalu pergi ." with the comma on the root (CSUI-style): UD attaches a comma
    # before a conjunct to that conjunct.
    rows = [("Ia", "PRON", 2, "nsubj"), ("datang", "VERB", 0, "root"), (",", "PUNCT", 2, "punct"),
            ("lalu", "ADV", 5, "advmod"), ("pergi", "VERB", 2, "conj"), (".", "PUNCT", 5, "punct")]
    lines = ["# sent_id = t1", "# text = Ia datang, lalu pergi."]
    for i, (f, u, h, d) in enumerate(rows, 1):
        lines.append("\t".join([str(i), f, f.lower(), u, "_", "_", str(h), d, "_", "_"]))
    path = tmp_path / "t.conllu"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    s = _sent(rows)
    fix_punct(path, [s])
    assert s.tokens[2].head == 5
    assert [t.head for t in s.tokens if t.deprel != "punct"] == [2, 0, 5, 2]  # words untouched


def test_posp_leaves_context_dependent_forms_to_the_treebanks():
    lexicon = {"di": "ADP", "untuk": None}
    assert posp_upos("di", "PPO", lexicon) == "ADP"
    assert posp_upos("untuk", "PPO", lexicon) is None  # SCONJ or ADP by context in UD
    assert posp_upos("lalu", "ADV", lexicon) == "ADV"  # unknown to UD: POSP's table


def test_vectors_read_training_splits_only():
    assert all("dev" not in rel and "test" not in rel for rel in VECTOR_TEXTS)
    if not (DEFAULT_DATA / "ner_nergrit").exists():
        if os.environ.get("CI"):
            pytest.fail(f"{DEFAULT_DATA} is missing")
        pytest.skip("no ../shared/data")
    for rel in VECTOR_TEXTS:
        assert (Path(DEFAULT_DATA) / rel).exists(), rel


def test_silver_corpus_adds_trees_and_keeps_annotations(tmp_path):
    import spacy
    from spacy.tokens import Doc, DocBin

    from pantau.nlp.pipeline import MODEL_DIR
    from pantau.nlp.train import silver_corpus

    vocab = spacy.blank("id").vocab
    treebank = Doc(vocab, words=["Ia", "datang", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"],
                   pos=["PRON", "VERB", "PUNCT"])
    untreed = Doc(vocab, words=["Gubernur", "Budi", "Santoso", "meresmikan", "jembatan", "di", "Palu", "."],
                  ents=["O", "B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"],
                  tags=["NNO", "NNP", "NNP", "VBT", "NNO", "PPO", "NNP", "SYM"])
    # a line of two sentences, with a title period the sentence rules would keep: still one tree
    two = Doc(vocab, words="Drs . Ahmad datang . Mereka pulang .".split(),
              tags=["NNP"] * 3 + ["VBI", "SYM", "PRN", "VBI", "SYM"])
    (tmp_path / "corpus").mkdir()
    DocBin(docs=[treebank, untreed, two]).to_disk(tmp_path / "corpus" / "train.spacy")
    path = silver_corpus(MODEL_DIR, tmp_path, log=lambda *_: None)
    first, second, third = DocBin().from_disk(path).get_docs(vocab)
    assert [t.dep_ for t in third].count("ROOT") == 1  # the line is one tree, as the data set gives it
    assert [t.dep_ for t in first] == ["nsubj", "ROOT", "punct"]  # gold trees are left alone
    assert second.has_annotation("DEP")
    assert [t.dep_ for t in second].count("ROOT") == 1
    assert [(e.text, e.label_) for e in second.ents] == [("Budi Santoso", "PER"), ("Palu", "LOC")]
    assert [t.tag_ for t in second] == [t.tag_ for t in untreed]
