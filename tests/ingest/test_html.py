import pytest

from pantau.ingest.html import (
    html_fragment_to_text,
    read_html,
    read_html_file,
    read_html_string,
    truncation_problem,
)
from pantau.types import RawDocument, ReadError

PARAS = [
    "JAKARTA - Banjir setinggi satu meter merendam permukiman warga di Kampung Melayu, "
    "Jakarta Timur, Selasa pagi.",
    "Kepala BPBD DKI Jakarta mengatakan sedikitnya 300 warga telah mengungsi ke masjid "
    "dan sekolah terdekat.",
    "\u201cKami terus memantau ketinggian air di Bendung Katulampa,\u201d kata dia.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Banjir Rendam Kampung Melayu - Kabar Nusantara</title>
<meta property="og:site_name" content="Kabar Nusantara">
<meta property="article:published_time" content="2024-03-05T06:30:00+07:00">
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/metro">Metro</a></li></ul></nav>
<article><h1>Banjir Rendam Kampung Melayu</h1>
<p>{PARAS[0]}</p>
<p>{PARAS[1]}</p>
<p>{PARAS[2]}</p>
</article>
<footer>Hak cipta 2023 Kabar Nusantara. Diperbarui 12 Januari 2023.</footer>
</body></html>
"""


def test_short_three_paragraph_article(tmp_path):
    p = tmp_path / "banjir.html"
    p.write_text(PAGE, encoding="utf-8")
    doc = read_html_file(p)
    assert isinstance(doc, RawDocument)
    assert doc.format == "html"
    assert doc.text == "\n\n".join(PARAS)  # headline not repeated, no menu, no footer
    assert doc.title == "Banjir Rendam Kampung Melayu"
    assert doc.published == "2024-03-05"
    assert doc.outlet == "Kabar Nusantara"
    assert doc.raw_html == PAGE
    assert doc.path_or_url == str(p)
    assert doc.meta["encoding"] == "utf-8"


def test_one_paragraph_page_still_extracted():
    html = (
        "<html><head><title>Cabai</title></head><body>"
        "<p>Harga cabai rawit naik di Pasar Minggu.</p></body></html>"
    )
    doc = read_html_string(html, "cabai.html")
    assert doc.text == "Harga cabai rawit naik di Pasar Minggu."
    assert doc.published is None  # no date on the page: none invented


def test_line_breaks_stay_inside_a_paragraph():
    html = (
        "<html><body><article><p>Baris pertama pengumuman.<br>Baris kedua pengumuman.</p>"
        "<p>Paragraf berikutnya tentang jadwal.</p></article></body></html>"
    )
    doc = read_html_string(html, "x.html")
    assert doc.text == (
        "Baris pertama pengumuman.\nBaris kedua pengumuman.\n\nParagraf berikutnya tentang jadwal."
    )


def test_url_source_sets_url_and_date_from_url():
    html = PAGE.replace('<meta property="article:published_time" content="2024-03-05T06:30:00+07:00">', "")
    url = "https://kabar.example/2024/03/05/banjir-kampung-melayu"
    doc = read_html_string(html, url, fmt="warc")
    assert doc.url == doc.path_or_url == url
    assert doc.format == "warc"
    assert doc.published == "2024-03-05"


def test_footer_date_is_not_taken_as_published():
    html = PAGE.replace('<meta property="article:published_time" content="2024-03-05T06:30:00+07:00">', "")
    assert read_html_string(html, "x.html").published is None


def test_cp1252_page_with_meta_charset(tmp_path):
    html = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    p = tmp_path / "lama.html"
    p.write_bytes(html.encode("cp1252"))
    doc = read_html_file(p)
    assert "\u201cKami terus memantau" in doc.text
    assert doc.meta["encoding"] == "cp1252"


def test_truncated_page(tmp_path):
    p = tmp_path / "potong.html"
    p.write_text(PAGE[: len(PAGE) // 2], encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_html_file(p)
    assert info.value.problem == "truncated HTML (no closing </html>)"
    assert str(info.value) == f"{p}: truncated HTML (no closing </html>)"


def test_fragment_ending_mid_tag():
    assert truncation_problem("<p>Satu paragraf.</p><p>Dua <a href=") == "truncated HTML (ends inside a tag)"
    assert truncation_problem(PAGE) is None
    assert truncation_problem("<p>Harga naik 5 < 6 persen</p>") is None


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
        "<html><body><nav><a href='/'>Beranda</a></nav></body></html>",
    ],
)
def test_no_article_text(html):
    with pytest.raises(ReadError) as info:
        read_html_string(html, "kosong.html")
    assert info.value.problem == "no article text found in HTML"


def test_read_html_yields_errors(tmp_path):
    png = tmp_path / "gambar.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "kosong.html"
    empty.write_bytes(b"")
    (err1,) = list(read_html(png))
    (err2,) = list(read_html(empty))
    assert "looks like PNG" in err1.problem
    assert err2.problem == "empty file"


def test_fragment_to_text():
    frag = (
        "<p>Harga beras <b>naik</b> lagi.</p><p>Baris satu<br/>baris dua</p>"
        "<script>alert(1)</script><ul><li>Poin A</li><li>Poin B</li></ul>"
    )
    assert html_fragment_to_text(frag) == (
        "Harga beras naik lagi.\n\nBaris satu\nbaris dua\n\nPoin A\n\nPoin B"
    )
    assert html_fragment_to_text("Ringkasan polos.\n\nParagraf dua.") == (
        "Ringkasan polos.\n\nParagraf dua."
    )
    assert html_fragment_to_text("") == ""
