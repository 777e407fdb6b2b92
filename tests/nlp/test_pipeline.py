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


def test_split_off_title_period_is_not_a_sentence_end():
    from spacy.tokens import Doc

    nlp = get_nlp()
    # gold tokenizations (and some scraped text) split the period off "Dr." and initials
    words = ["Rapat", "dipimpin", "Dr", ".", "Soetomo", "dan", "R", ".", "Ahmad", ".", "Semua", "hadir", "."]
    spaces = [True, True, False, True, True, True, False, True, False, True, True, False, False]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    assert [s.text for s in doc.sents] == ["Rapat dipimpin Dr. Soetomo dan R. Ahmad.", "Semua hadir."]
