"""Offsets round-trip: a property test over generated articles with datelines, boilerplate and glue."""

from hypothesis import given, settings, strategies as st

from pantau.clean import clean_text
from pantau.clean.offsets import Edit, Mapped, OffsetMap

DATELINES = ["Jakarta (ANTARA) - ", "Banjarmasin (ANTARA News) - ", "JAKARTA, KOMPAS.com - ",
             "TEMPO.CO, Jakarta - ", "Liputan6.com, Makassar: ", "PALU, KOMPAS.com -  ", ""]
SENTENCES = [
    "Hujan deras mengguyur kota itu sejak Senin malam.",
    "Sekitar 300 warga mengungsi ke masjid terdekat, kata kepala desa.",
    "“Kami masih menunggu bantuan logistik,” ujar seorang warga.",
    "Pemerintah provinsi menetapkan status tanggap darurat selama 14 hari.",
    "Polisi menutup jalan utama karena longsor.",
    "Menurut data BPBD, lebih dari 1.200 rumah terendam air.",
    "Harga beras naik 12 persen dalam sepekan terakhir.",
]
BOILER = ["Baca juga: Banjir rendam rumah warga", "Editor: Budi Santoso", "Pewarta: Siti Rahma",
          "Copyright © ANTARA 2024", "ADVERTISEMENT", "Bagikan: Facebook Twitter WhatsApp",
          "Simak juga:  Gempa guncang Palu  "]
GLUES = [("Jakarta", "Pada"), ("Jakarta", "Serangan"), ("Makassar", "para"), ("Indonesia", "salah"),
         ("Banjarmasin", "Pada")]
NEWLINES = ["\n", "\n\n", "\r\n", "\n \n\n", "\r\n\r\n"]


@st.composite
def articles(draw):
    parts = [draw(st.sampled_from(DATELINES))]
    for i in range(draw(st.integers(1, 6))):
        if i and draw(st.booleans()):
            parts.append(draw(st.sampled_from(NEWLINES)) + draw(st.sampled_from(BOILER)))
        if i:
            parts.append(draw(st.sampled_from(NEWLINES)))
        sentence = draw(st.sampled_from(SENTENCES))
        if draw(st.integers(0, 3)) == 0:
            left, right = draw(st.sampled_from(GLUES))
            sentence = sentence[:-1] + f" di {left}{right} hari itu."
        parts.append(sentence)
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(NEWLINES)) + draw(st.sampled_from(BOILER)))
    return draw(st.sampled_from(["", "  ", "\n"])) + "".join(parts) + draw(st.sampled_from(["", "\n", " \n\n"]))


@settings(max_examples=300, deadline=None)
@given(articles())
def test_every_offset_round_trips(raw):
    mapped, removed, repairs, dateline = clean_text(raw)
    text = mapped.text
    # Kept characters map back to the same character in the raw text.
    for i, ch in enumerate(text):
        r = mapped.raw_offsets[i]
        if raw[r:r + 1] == ch:
            continue
        assert ch == " " and any(rep["start"] <= i < rep["end"] for rep in repairs), (i, ch)
    for rem in removed:
        assert raw[rem["raw_start"]:rem["raw_end"]] == rem["raw"]
        assert rem["raw"].strip() and rem["raw"] not in text.split("\n")
    for rep in repairs:
        assert text[rep["start"]:rep["end"]] == rep["fixed"]
        assert raw[rep["raw_start"]:rep["raw_end"]] == rep["raw"]
    if dateline:
        assert raw[dateline["raw_start"]:dateline["raw_end"]] == dateline["raw"]
        assert not text.startswith(dateline["raw"].strip())
    # The compact map stored with the article agrees with the per-character one.
    omap = OffsetMap.from_dict(mapped.to_offset_map().to_dict())
    for start in range(0, len(text), 7):
        end = min(len(text), start + 11)
        assert omap.to_raw(start, end) == mapped.to_raw(start, end)
    # No boilerplate survives, and no run of blank lines is left where it stood.
    assert "Baca juga" not in text and "Editor:" not in text and "\n\n\n" not in text
    assert text == text.strip()


def test_mapped_edits_compose():
    m = Mapped("abc def ghi").apply([Edit(3, 7)])  # "abc ghi"
    assert m.text == "abc ghi"
    m = m.apply([Edit(3, 3, "-")])
    assert m.text == "abc- ghi"
    assert m.to_raw(0, 3) == (0, 3)
    assert m.to_raw(5, 8) == (8, 11)
