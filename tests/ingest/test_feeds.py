from pantau.ingest.feeds import local_link, read_feed
from pantau.types import RawDocument, ReadError

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Warta Kita</title>
<link>https://warta.example/</link>
<item>
  <title>Harga beras naik</title>
  <link>https://warta.example/ekonomi/beras</link>
  <guid>beras-1</guid>
  <pubDate>Tue, 05 Mar 2024 06:00:00 +0700</pubDate>
  <description>Ringkasan singkat soal beras.</description>
  <content:encoded><![CDATA[<p>Harga beras premium naik di Pasar Induk Cipinang.</p><p>Pedagang menyebut pasokan dari Jawa Tengah berkurang.</p>]]></content:encoded>
</item>
<item>
  <title>Gempa di Cianjur</title>
  <link>https://warta.example/daerah/gempa</link>
  <pubDate>Wed, 06 Mar 2024 10:00:00 +0700</pubDate>
  <description>&lt;p&gt;Gempa magnitudo 4,5 mengguncang Cianjur.&lt;/p&gt;&lt;p&gt;Tidak ada korban jiwa.&lt;/p&gt;</description>
</item>
<item>
  <title>Jalan tol padat</title>
  <link>https://warta.example/metro/tol</link>
  <description>Arus kendaraan di Tol Cikampek padat sejak Jumat malam karena libur panjang.</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Kabar Atom</title>
<entry>
  <title>Sidang kabinet</title>
  <link href="https://kabar.example/politik/sidang"/>
  <id>urn:kabar:1</id>
  <updated>2024-03-06T01:00:00Z</updated>
  <published>2024-03-06T06:30:00+07:00</published>
  <content type="html">&lt;p&gt;Presiden memimpin sidang kabinet paripurna.&lt;/p&gt;&lt;p&gt;Sidang membahas harga pangan.&lt;/p&gt;</content>
</entry>
</feed>
"""

LINKED_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Longsor di Garut</title>
<meta property="og:site_name" content="Situs Lokal"></head>
<body><article><h1>Longsor di Garut</h1>
<p>Longsor menimbun dua rumah di Kecamatan Cisurupan, Garut, Kamis dini hari.</p>
<p>Petugas gabungan masih membersihkan material tanah dari badan jalan.</p>
<p>Warga diminta waspada karena hujan diperkirakan turun hingga akhir pekan.</p>
</article></body></html>
"""


def feed_with_link(link, title="Longsor di Garut"):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Warta Kita</title>
<item><title>{title}</title><link>{link}</link>
<pubDate>Thu, 07 Mar 2024 05:00:00 +0700</pubDate>
<description>Ringkasan dari feed saja.</description></item>
</channel></rss>
"""


def test_rss_entries(tmp_path):
    p = tmp_path / "warta.xml"
    p.write_text(RSS, encoding="utf-8")
    docs = list(read_feed(p))
    assert len(docs) == 3 and all(isinstance(d, RawDocument) for d in docs)
    beras, gempa, tol = docs
    assert beras.text == (
        "Harga beras premium naik di Pasar Induk Cipinang.\n\n"
        "Pedagang menyebut pasokan dari Jawa Tengah berkurang."
    )  # content:encoded wins over the description
    assert beras.title == "Harga beras naik"
    assert beras.url == beras.path_or_url == "https://warta.example/ekonomi/beras"
    # 06:00 WIB stays 5 March (feedparser's UTC struct_time would say 4 March)
    assert beras.published == "2024-03-05"
    assert beras.outlet == "Warta Kita"
    assert beras.format == "rss"
    assert beras.meta["feed_file"] == str(p) and beras.meta["entry"] == 0
    assert gempa.text == "Gempa magnitudo 4,5 mengguncang Cianjur.\n\nTidak ada korban jiwa."
    assert tol.published is None
    assert tol.text.startswith("Arus kendaraan")


def test_atom_feed(tmp_path):
    p = tmp_path / "kabar.atom"
    p.write_text(ATOM, encoding="utf-8")
    (doc,) = list(read_feed(p))
    assert doc.format == "rss"
    assert doc.outlet == "Kabar Atom"
    assert doc.published == "2024-03-06"
    assert doc.url == "https://kabar.example/politik/sidang"
    assert doc.text == "Presiden memimpin sidang kabinet paripurna.\n\nSidang membahas harga pangan."
    assert doc.meta["entry_id"] == "urn:kabar:1"


def test_entry_linking_to_local_html_reads_that_page(tmp_path):
    (tmp_path / "halaman").mkdir()
    page = tmp_path / "halaman" / "longsor.html"
    page.write_text(LINKED_PAGE, encoding="utf-8")
    p = tmp_path / "lokal.rss"
    p.write_text(feed_with_link("halaman/longsor.html"), encoding="utf-8")
    (doc,) = list(read_feed(p))
    assert doc.text.startswith("Longsor menimbun dua rumah")
    assert "Ringkasan dari feed" not in doc.text
    assert doc.raw_html == LINKED_PAGE
    assert doc.format == "rss"
    assert doc.outlet == "Warta Kita"  # the feed's title names the outlet
    assert doc.published == "2024-03-07"
    assert doc.meta["linked_file"] == str(page)


def test_entry_linking_with_file_url(tmp_path):
    page = tmp_path / "longsor.html"
    page.write_text(LINKED_PAGE, encoding="utf-8")
    p = tmp_path / "lokal.xml"
    p.write_text(feed_with_link(page.as_uri()), encoding="utf-8")
    (doc,) = list(read_feed(p))
    assert doc.text.startswith("Longsor menimbun dua rumah")
    assert doc.url == page.as_uri()  # feedparser mangles file:/// to file://; repaired
    assert doc.path_or_url == str(page)


def test_linked_page_keeps_its_canonical_url(tmp_path):
    page = tmp_path / "longsor.html"
    page.write_text(
        LINKED_PAGE.replace(
            "<title>", '<link rel="canonical" href="https://lokal.example/longsor"><title>'
        ),
        encoding="utf-8",
    )
    p = tmp_path / "lokal.xml"
    p.write_text(feed_with_link("longsor.html"), encoding="utf-8")
    (doc,) = list(read_feed(p))
    assert doc.url == "https://lokal.example/longsor"


def test_missing_or_broken_local_link_falls_back_to_entry_text(tmp_path):
    p = tmp_path / "lokal.xml"
    p.write_text(feed_with_link("tidak-ada.html"), encoding="utf-8")
    (doc,) = list(read_feed(p))
    assert doc.text == "Ringkasan dari feed saja."

    cut = tmp_path / "potong.html"
    cut.write_text(LINKED_PAGE[:200], encoding="utf-8")
    p.write_text(feed_with_link("potong.html"), encoding="utf-8")
    (doc,) = list(read_feed(p))
    assert doc.text == "Ringkasan dari feed saja."
    assert "truncated HTML" in doc.meta["linked_file_error"]


def test_local_link_never_touches_the_network(tmp_path):
    assert local_link("https://warta.example/a.html", tmp_path / "f.xml") is None
    assert local_link("", tmp_path / "f.xml") is None


def test_truncated_feed_yields_entries_before_the_cut_and_an_error(tmp_path):
    p = tmp_path / "potong.xml"
    data = RSS.encode("utf-8")
    p.write_bytes(data[: data.index(b"karena libur panjang")])
    items = list(read_feed(p))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.title for d in docs] == ["Harga beras naik", "Gempa di Cianjur"]
    assert len(errors) == 1 and items[-1] is errors[0]
    assert errors[0].source == str(p)
    assert "truncated feed" in errors[0].problem
    assert "no element found" in errors[0].problem  # the parser's own message
    assert "\n" not in str(errors[0])


def test_empty_feed_and_non_feeds(tmp_path):
    empty = tmp_path / "kosong.xml"
    empty.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Sepi</title></channel></rss>'
    )
    (err,) = list(read_feed(empty))
    assert err.problem == "feed has no entries"

    blank = tmp_path / "blank.rss"
    blank.write_bytes(b"")
    (err,) = list(read_feed(blank))
    assert err.problem == "empty file"

    text = tmp_path / "bukan.xml"
    text.write_text("Ini hanya teks biasa, bukan feed.\n")
    (err,) = list(read_feed(text))
    assert err.problem.startswith("not an RSS or Atom feed")


def test_entry_without_text(tmp_path):
    p = tmp_path / "kosong.xml"
    p.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>Tanpa isi</title><link>https://w.example/x</link></item>"
        "<item><title>Ada isi</title><description>Isi singkat berita.</description></item>"
        "</channel></rss>"
    )
    err, doc = list(read_feed(p))
    assert isinstance(err, ReadError) and err.source == "https://w.example/x"
    assert "no text" in err.problem
    assert doc.text == "Isi singkat berita." and doc.path_or_url == f"{p}#1"
