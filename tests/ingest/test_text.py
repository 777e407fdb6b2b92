import pytest

from pantau.ingest.text import binary_kind, decode_bytes, read_text, read_text_file
from pantau.types import RawDocument, ReadError

ARTICLE = (
    "Pemerintah Kota Bogor menutup sementara Jalan Suryakencana.\n\n"
    "Penutupan dilakukan untuk perbaikan saluran air yang rusak akibat hujan deras.\n"
)


def test_utf8_file(tmp_path):
    p = tmp_path / "berita.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    doc = read_text_file(p)
    assert isinstance(doc, RawDocument)
    assert doc.text == ARTICLE
    assert doc.format == "text"
    assert doc.path_or_url == str(p)
    assert doc.meta["encoding"] == "utf-8"


def test_utf8_bom_is_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    doc = read_text_file(p)
    assert doc.text == ARTICLE
    assert not doc.text.startswith("\ufeff")


def test_cp1252_curly_quotes_and_dash(tmp_path):
    text = "\u201cKami siap,\u201d kata dia \u2014 warga Cianjur sudah mengungsi sejak pagi."
    p = tmp_path / "lama.txt"
    p.write_bytes(text.encode("cp1252"))
    doc = read_text_file(p)
    assert doc.text == text
    assert doc.meta["encoding"] == "cp1252"


def test_latin1_input(tmp_path):
    text = "Kafe di Jalan Braga menjual caf\u00e9 au lait \u2014 ramai setiap akhir pekan."
    p = tmp_path / "latin.txt"
    p.write_bytes(text.encode("cp1252"))
    assert read_text_file(p).text == text
    text2 = "Caf\u00e9 na\u00efve di Bandung buka 24 jam, kata pemiliknya."
    p.write_bytes(text2.encode("latin-1"))
    assert read_text_file(p).text == text2


def test_utf16_with_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(ARTICLE.encode("utf-16"))
    doc = read_text_file(p)
    assert doc.text == ARTICLE
    assert doc.meta["encoding"] == "utf-16"


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (looks like PNG), not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like PDF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "looks like ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "looks like GZIP"),
        (b"Berita\x00\x00\x00 rusak", "NUL bytes"),
        (bytes(range(1, 9)) * 20, "control characters"),
    ],
)
def test_bad_files(tmp_path, data, problem):
    p = tmp_path / "buruk.txt"
    p.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_text_file(p)
    assert problem in info.value.problem
    assert str(info.value).startswith(str(p) + ": ")
    assert "\n" not in str(info.value)


def test_read_text_yields_error_instead_of_raising(tmp_path):
    p = tmp_path / "kosong.txt"
    p.write_bytes(b"")
    (item,) = list(read_text(p))
    assert isinstance(item, ReadError)
    assert str(item) == f"{p}: empty file"


def test_undecodable_bytes(tmp_path):
    # Every high byte in a row: not UTF-8, and charset-normalizer finds no fit.
    p = tmp_path / "acak.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 3)
    with pytest.raises(ReadError) as info:
        read_text_file(p)
    assert info.value.problem.startswith("undecodable")


def test_decode_bytes_prefers_declared_encoding():
    data = "Harga élite".encode("latin-1")
    assert decode_bytes(data, "x", declared="latin-1") == ("Harga élite", "iso8859-1")


def test_binary_kind_text_is_none():
    assert binary_kind(ARTICLE.encode()) is None
    assert binary_kind(b"\x89PNG\r\n\x1a\n") == "PNG"


# --- what a plain-text file itself says: the date in its name, the headline on its first line ---

HEADED = (
    "Banjir bandang terjang Agam, sembilan warga hilang\n\n"
    "Agam (ANTARA) - Banjir bandang melanda empat nagari di Kabupaten Agam, Rabu malam.\n\n"
    "Warga mengungsi ke masjid dan sekolah terdekat.\n"
)


def _read(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_text_file(p)


def test_date_at_the_start_of_the_file_name_is_the_publication_date(tmp_path):
    doc = _read(tmp_path, "2025-03-06-antara-banjir-bandang-agam.txt", ARTICLE)
    assert doc.published == "2025-03-06"
    assert doc.meta["published_from"] == "file name"


@pytest.mark.parametrize("name", ["berita.txt", "2025-13-06-bulan-salah.txt", "20250306.txt",
                                  "arsip-2025-03-06.txt", "2025-03-061.txt"])
def test_no_date_in_the_file_name(tmp_path, name):
    doc = _read(tmp_path, name, ARTICLE)
    assert doc.published is None
    assert "published_from" not in doc.meta


def test_first_line_set_off_by_a_blank_line_is_the_headline(tmp_path):
    doc = _read(tmp_path, "agam.txt", HEADED)
    assert doc.title == "Banjir bandang terjang Agam, sembilan warga hilang"
    assert doc.meta["title_from"] == "first line"
    assert doc.text == HEADED  # the reader keeps the raw text; the cleaner removes the line


@pytest.mark.parametrize("text", [
    ARTICLE,  # a sentence: it ends with a period
    "Agam (ANTARA) - Banjir bandang melanda Agam\n\nWarga mengungsi.\n",  # a dateline paragraph
    "Oleh: Rina Anggraini\n\nBanjir bandang melanda Agam.\n",  # a byline
    "Banjir bandang terjang Agam\nWarga mengungsi ke masjid.\n",  # no blank line after it
    "Banjir bandang terjang Agam\n\n",  # nothing after it
    "JAKARTA, KOMPAS.com -\n\nBanjir bandang melanda Agam.\n",  # a dateline on its own line
    " ".join(["kata"] * 30) + "\n\nWarga mengungsi.\n",  # too long for a headline
])
def test_not_a_headline(tmp_path, text):
    assert _read(tmp_path, "x.txt", text).title is None


def test_headline_is_cut_and_the_dateline_found_below_it(tmp_path):
    from pantau.clean import clean

    article = clean(_read(tmp_path, "2025-03-06-antara-agam.txt", HEADED))
    assert article.text.startswith("Banjir bandang melanda empat nagari")
    assert article.outlet == "ANTARA"
    assert article.dateline["place"] == "Agam"
    kinds = {r["kind"]: r for r in article.removed}
    title = kinds["title"]
    assert HEADED[title["raw_start"]:title["raw_end"]] == "Banjir bandang terjang Agam, sembilan warga hilang"
