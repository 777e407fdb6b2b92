from pantau.nlp import get_nlp


def _sents(text):
    return [s.text.strip() for s in get_nlp()(text).sents if s.text.strip()]


def test_pipeline_is_built_once():
    assert get_nlp() is get_nlp()


def test_line_breaks_end_sentences():
    # A sub-head without final punctuation is its own sentence.
    assert _sents("Warga mulai kembali\nAir sudah surut di sebagian besar desa. Sekolah dibuka lagi.") == [
        "Warga mulai kembali", "Air sudah surut di sebagian besar desa.", "Sekolah dibuka lagi."]


def test_opening_quote_starts_the_next_sentence():
    assert _sents("Ia menolak berkomentar. “…Semua sudah kami laporkan.” Rapat ditunda.") == [
        "Ia menolak berkomentar.", "“…Semua sudah kami laporkan.”", "Rapat ditunda."]


def test_whitespace_never_forms_a_sentence():
    doc = get_nlp()("Satu kalimat.\n\n\nDua kalimat.")
    assert all(s.text.strip() for s in doc.sents)


def _gold_sents(text, space_after_every_token=False):
    """Sentences of a gold-style tokenization, written with spaces between the words: the
    period is split off every abbreviation, as in the UD treebanks and some scraped text. The
    Doc has no space before "." and "," unless ``space_after_every_token`` (IOB/CoNLL files)."""
    from spacy.tokens import Doc

    nlp = get_nlp()
    words = text.split()
    spaces = [space_after_every_token or after not in ".," for after in words[1:] + ["."]]
    return [s.text for s in nlp(Doc(nlp.vocab, words=words, spaces=spaces)).sents]


def test_split_off_title_period_is_not_a_sentence_end():
    assert _gold_sents("Rapat dipimpin Dr . Soetomo dan R . Ahmad . Semua hadir .") == [
        "Rapat dipimpin Dr. Soetomo dan R. Ahmad.", "Semua hadir."]


def test_split_off_abbreviation_period_before_a_number_or_any_case():
    # "JL." (an upper-cased "Jl.") and "No." before a house number are not sentence ends either
    assert _gold_sents("Kantornya di JL . Merdeka No . 12 Kupang . Warga datang .") == [
        "Kantornya di JL. Merdeka No. 12 Kupang.", "Warga datang."]


def test_split_off_periods_inside_names_numbers_and_domains_in_spaced_text():
    assert _gold_sents("Siswa mendukung Drs . Ahmad Hamid dan H . Sujono . Rapat usai .", True) == [
        "Siswa mendukung Drs . Ahmad Hamid dan H . Sujono .", "Rapat usai ."]
    assert _gold_sents("Menurut jawapos . com , tercatat 1 . 890 peserta . Semua lulus .", True) == [
        "Menurut jawapos . com , tercatat 1 . 890 peserta .", "Semua lulus ."]
    # a number or a lower-case word after a real sentence end still starts a sentence
    assert _gold_sents("Ia lulus pada 2006 . 12 orang hadir . kamu datang ?", True) == [
        "Ia lulus pada 2006 .", "12 orang hadir .", "kamu datang ?"]


def test_punct_fixer_follows_the_ud_guidelines():
    from pantau.nlp.punct import fix_punct

    # "Budi , kata polisi , tiba ." with both commas and the period hung on the root by a parser
    forms = ["Budi", ",", "kata", "polisi", ",", "tiba", "."]
    punct = [f in ",." for f in forms]
    heads = [5, 5, 5, 2, 5, -1, 5]
    new = fix_punct(forms, punct, heads)
    assert new[6] == 5
    # each comma goes to the lower of its neighbouring units' highest projective nodes
    assert new[1] == 0 and new[4] == 2
    assert [h for k, h in enumerate(new) if not punct[k]] == [5, 5, 2, -1]  # words keep their heads
    # a final period hung on the subject goes up to the clause it ends
    assert fix_punct(["Dia", "tiba", "."], [False, False, True], [1, -1, 0]) == [1, -1, 1]
    # quotes go to the head of what they enclose, and punctuation loses its children
    forms = ["Dia", "berkata", '"', "siap", '"', "."]
    punct = [False, False, True, False, True, True]
    new = fix_punct(forms, punct, [1, -1, 1, 2, 1, 1])
    assert new == [1, -1, 3, 1, 3, 1]


def test_punct_fixer_never_makes_a_cycle():
    # Brackets the tagger did not call PUNCT, around a lone mark that it did: step 2 hangs the
    # brackets on the mark, and the mark must not then go below a bracket. That cycle made the
    # next mark's path walk loop without end (an untrained pipeline's silver parse ran out of
    # memory); a subprocess, so that a regression fails instead of hanging the suite.
    import json
    import subprocess
    import sys

    code = ("import json; from pantau.nlp.punct import fix_punct; print(json.dumps("
            "fix_punct(['a', '(', '*', ')', ',', 'b'], [0, 0, 1, 0, 1, 0], [-1, 0, 0, 0, 0, 0])))")
    # a few seconds at most: the old endless walk grew its list by gigabytes a minute
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=15, check=True)
    heads = json.loads(out.stdout)
    for start in range(len(heads)):
        node, steps = start, 0
        while node >= 0:
            node, steps = heads[node], steps + 1
            assert steps <= len(heads), f"cycle through {start}: {heads}"
    assert heads[1] == heads[3] == 2  # the brackets still enclose the mark


def test_pipeline_reattaches_punctuation_after_the_parser():
    nlp = get_nlp()
    assert nlp.pipe_names.index("pantau_punct") == nlp.pipe_names.index("parser") + 1
    doc = nlp("Presiden, kata juru bicara itu, akan tiba di Ankara pada Jumat.")
    for tok in doc:
        if tok.pos_ == "PUNCT":
            assert not list(tok.children)
            lo, hi = sorted((tok.i, tok.head.i))
            assert all(tok.head.is_ancestor(doc[k]) for k in range(lo + 1, hi))
    assert len(list(doc.sents)) == 1


def test_cached_static_vectors_change_no_prediction():
    from pantau.nlp.pipeline import MODEL_DIR, load_model
    from pantau.nlp.vectors_cache import cache_static_vectors

    texts = ["Presiden Joko Widodo tiba di Bandung, Jawa Barat, pada Senin (3/6).",
             "Sekitar 3,5 juta warga Suriah mengungsi ke Turki, kata juru bicara PBB."]
    plain, cached = load_model(MODEL_DIR), load_model(MODEL_DIR)
    # the syntax tok2vec and each NER member's
    expected = sum(1 for _, proc in cached.pipeline if hasattr(proc, "model")
                   for layer in proc.model.walk() if layer.name == "static_vectors")
    assert expected == 1 + len(cached.config["components"]["ner_tok2vec"]["model"]["*"])
    assert cache_static_vectors(cached) == expected
    assert cache_static_vectors(cached) == 0  # installed once
    layers = [[layer for layer in nlp.get_pipe(name).model.walk() if layer.name == "static_vectors"][0]
              for nlp in (plain, cached) for name in ("tok2vec",)]
    doc = plain.make_doc(texts[0])
    assert (layers[0].predict([doc]).data == layers[1].predict([doc]).data).all()  # cased words
    for _ in range(2):  # cold, then warm cache
        for a, b in zip(plain.pipe(texts), cached.pipe(texts)):
            assert [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in a] == \
                   [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in b]


def test_vector_row_cache_starts_over_when_full():
    import numpy
    from pantau.nlp.pipeline import MODEL_DIR, load_model
    from pantau.nlp.vectors_cache import RowCache

    vectors = load_model(MODEL_DIR).vocab.vectors
    keys = numpy.asarray([vectors.strings.add(w) for w in "warga mengungsi ke Turki warga".split()],
                         dtype="uint64")
    cache = RowCache(vectors, max_types=3)
    first = cache.get(keys[:3])
    assert len(cache.index) == 3
    rows = cache.get(keys)  # two new types: over the bound, so the cache starts over
    assert len(cache.index) == 4
    assert numpy.allclose(rows, vectors.get_batch(keys)) and numpy.allclose(first, rows[:3])


def test_abbreviated_first_name_is_not_a_sentence_end():
    # "Muh." and "Abd." begin many Indonesian names; the tokenizer splits their period off
    assert _sents("Pasangan Muh. Yusran Daeng Naba dan Abd. Rahman menang. Rapat usai.") == [
        "Pasangan Muh. Yusran Daeng Naba dan Abd. Rahman menang.", "Rapat usai."]
