import pytest

from pantau.clean.boilerplate import boilerplate_kind


@pytest.mark.parametrize("line, kind", [
    ("Baca juga: Banjir rendam ratusan rumah di Banjarmasin", "related_link"),
    ("BACA JUGA: Gempa susulan guncang Palu", "related_link"),
    ("Lihat juga: Video evakuasi warga", "related_link"),
    ("Simak juga: Harga BBM naik lagi", "related_link"),
    ("Berita terkait: Pilkada Makassar", "related_link"),
    ("Editor: Budi Santoso", "editor"),
    ("Pewarta: Siti Rahma", "byline"),
    ("Reporter: Andi Pratama", "byline"),
    ("Oleh: Dimas Saputra", "byline"),
    ("Penulis : Rina Wulandari", "byline"),
    ("(ant/rh)", "byline"),
    ("Copyright © ANTARA 2024", "copyright"),
    ("Sumber: Reuters, AFP", "source_credit"),
    ("Sumber : Xinhua/AP", "source_credit"),
    # the agency credit ANTARA puts on a line of its own under the story
    ("(ANTARA)", "source_credit"),
    ("(Reuters/ANTARA)", "source_credit"),
    ("( Xinhua / ANTARA )", "source_credit"),
    ("Hak cipta dilindungi undang-undang", "copyright"),
    ("Bagikan: Facebook Twitter WhatsApp", "share"),
    ("Facebook Twitter WhatsApp Telegram", "share"),
    ("ADVERTISEMENT", "advertisement"),
    ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
    # outlets' own house lines: Tempo's related story, Republika's credits, detik's video embed,
    # Kompas.com's long channel promotion
    ("Pilihan Editor: Menteri Tinjau Tanggul Jebol di Demak", "related_link"),
    ("Red: Fitriyan Zamzami", "editor"),
    ("Rep: Dessy Suciati", "byline"),
    ("[Gambas:Video 20detik]", "advertisement"),
    ("Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di "
     "Grup Telegram \"Kompas.com News Update\", caranya klik link https://t.me/kompascomupdate, kemudian "
     "join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.", "advertisement"),
    ("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
     "berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029", "advertisement"),
])
def test_boilerplate_lines(line, kind):
    assert boilerplate_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Warga diminta membaca juga peringatan dini dari BMKG sebelum bepergian.",
    "Editor senior itu mengatakan redaksi tidak akan mencabut berita tersebut.",
    "Orang-orang melarikan diri",
    "Para pengungsi juga membagikan makanan kepada tetangga mereka.",
    "Iklan kampanye calon bupati itu dipasang di sepanjang jalan protokol.",
    "Pilihan editor majalah itu jatuh pada laporan tentang tambang nikel.",
    "Redaksi menerima surat pembaca setiap hari.",
    "(Tim evakuasi masih bekerja hingga malam.)",
    "Sumber: data BPBD menyebutkan 12 orang tewas dalam banjir yang melanda kota itu.",
    "",
])
def test_story_lines_are_kept(line):
    assert boilerplate_kind(line) is None


def test_body_that_repeats_its_title_loses_that_line():
    # scraped JSONL often starts the text with the headline; the dateline is on the next line
    from pantau.clean import clean
    from pantau.types import RawDocument

    text = "Gempa guncang Cianjur\n\nCianjur (ANTARA) - Gempa bermagnitudo 5,6 mengguncang Cianjur.\n"
    article = clean(RawDocument(text=text, path_or_url="x.jsonl:1", format="jsonl", title="Gempa  guncang Cianjur"))
    assert article.text == "Gempa bermagnitudo 5,6 mengguncang Cianjur."
    assert [r["kind"] for r in article.removed] == ["title", "dateline"]
    # a title that is the whole text, or that is not the first line, stays
    alone = clean(RawDocument(text="Gempa guncang Cianjur", path_or_url="y", format="jsonl",
                              title="Gempa guncang Cianjur"))
    assert alone.text == "Gempa guncang Cianjur"
    later = clean(RawDocument(text="Warga panik.\n\nGempa guncang Cianjur\n", path_or_url="z", format="jsonl",
                              title="Gempa guncang Cianjur"))
    assert "Gempa guncang Cianjur" in later.text


def test_agency_credit_closing_the_last_line_is_removed():
    from pantau.clean import clean
    from pantau.types import RawDocument

    raw = ("Larantuka (ANTARA) - Gunung api itu kembali meletus.\n\n"
           "\"Kami sudah mendirikan dapur umum,\" kata Bupati. (Reuters/ANTARA)\n")
    article = clean(RawDocument(text=raw, path_or_url="x.txt", format="text"))
    assert article.text.endswith("kata Bupati.")
    credit = article.removed[-1]
    assert credit["kind"] == "source_credit" and credit["raw"] == "(Reuters/ANTARA)"
    assert raw[credit["raw_start"]:credit["raw_end"]] == "(Reuters/ANTARA)"
    # a bracket that closes an earlier line, or one that is story text, stays
    kept = "Harga naik. (ANTARA)\n\nWarga mengeluh kepada pemerintah (DPRD).\n"
    assert clean(RawDocument(text=kept, path_or_url="y.txt", format="text")).text == kept.strip()
