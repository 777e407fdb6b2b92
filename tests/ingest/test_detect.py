import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import pantau.ingest as ingest
from pantau.ingest import detect_format, read_path, read_paths
from pantau.types import RawDocument, ReadError

HTML = (
    "<!DOCTYPE html><html><head><title>Pasar murah</title></head><body><article>"
    "<p>Pemerintah Kota Depok menggelar pasar murah di sebelas kecamatan.</p>"
    "<p>Warga dapat membeli beras dan minyak goreng dengan harga di bawah pasar.</p>"
    "</article></body></html>"
)
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Warta</title>'
    "<item><title>Satu</title><description>Isi berita pertama.</description></item>"
    "</channel></rss>"
)
ATOM = (
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
    "<entry><title>Dua</title><summary>Isi berita kedua.</summary></entry></feed>"
)


def warc_bytes(gz):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    w.write_record(
        w.create_warc_record(
            "https://warta.example/pasar", "response", payload=io.BytesIO(HTML.encode()), http_headers=http
        )
    )
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("a.txt", "text"),
        ("a.TEXT", "text"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.html", "html"),
        ("a.HTM", "html"),
        ("a.xhtml", "html"),
        ("a.xml", "rss"),
        ("a.rss", "rss"),
        ("a.atom", "rss"),
        ("a.rdf", "rss"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("a.arc.gz", "warc"),
    ],
)
def test_detect_by_extension(tmp_path, name, fmt):
    p = tmp_path / name
    p.write_text("isi apa saja")  # the extension decides, not the content
    assert detect_format(p) == fmt


@pytest.mark.parametrize(
    "content, fmt",
    [
        (RSS.encode(), "rss"),
        (ATOM.encode(), "rss"),
        (b"<rss version='2.0'></rss>", "rss"),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "rss"),
        (HTML.encode(), "html"),
        (b"  <html><body><p>Halo</p></body></html>", "html"),
        (warc_bytes(False), "warc"),
        (warc_bytes(True), "warc"),
        (b'{"text": "Isi berita."}\n', "jsonl"),
        ("Berita biasa tanpa markup.\n".encode(), "text"),
        (gzip.compress(b"bukan warc"), "text"),
    ],
)
def test_detect_by_sniffing(tmp_path, content, fmt):
    p = tmp_path / "berkas.dat"
    p.write_bytes(content)
    assert detect_format(p) == fmt


def make_tree(root):
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text("Berita pertama tentang pasar murah.\n")
    (root / "b" / "c.jsonl").write_text(
        json.dumps({"text": "Berita dari JSONL."}) + "\n" + "{rusak\n"
    )
    (root / "b" / "d.html").write_text(HTML)
    (root / "e.xml").write_text(RSS)
    (root / "f.warc.gz").write_bytes(warc_bytes(True))
    (root / "g.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    # skipped inside folders:
    (root / ".tersembunyi.txt").write_text("tidak dibaca")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("tidak dibaca")
    (root / "README.md").write_text("# catatan")
    (root / "alat.py").write_text("print(1)")
    (root / "alat.pyc").write_bytes(b"\x00\x01")


def test_read_paths_folder(tmp_path):
    make_tree(tmp_path)
    items = list(read_paths([tmp_path]))
    summary = [
        (type(i).__name__, (i.format if isinstance(i, RawDocument) else i.source)) for i in items
    ]
    assert summary == [
        ("RawDocument", "text"),  # a.txt
        ("RawDocument", "rss"),  # e.xml
        ("RawDocument", "warc"),  # f.warc.gz
        ("ReadError", str(tmp_path / "g.png")),
        ("RawDocument", "jsonl"),  # b/c.jsonl
        ("ReadError", f"{tmp_path / 'b' / 'c.jsonl'}:2"),
        ("RawDocument", "html"),  # b/d.html
    ]
    assert "looks like PNG" in items[3].problem


def test_explicit_files_are_always_read(tmp_path):
    make_tree(tmp_path)
    (doc,) = list(read_paths([tmp_path / "README.md"]))
    assert doc.text == "# catatan" and doc.format == "text"
    (doc,) = list(read_path(tmp_path / ".tersembunyi.txt"))
    assert doc.text == "tidak dibaca"


def test_missing_path_url_and_empty_folder(tmp_path):
    (tmp_path / "kosong").mkdir()
    items = list(
        read_paths(
            [
                tmp_path / "tidak-ada.txt",
                "https://warta.example/berita/1",
                tmp_path / "kosong",
                str(tmp_path / "ada.txt"),
            ]
        )
    )
    assert str(items[0]) == f"{tmp_path / 'tidak-ada.txt'}: no such file or directory"
    assert str(items[1]) == (
        "https://warta.example/berita/1: fetching URLs is not supported yet; "
        "download the page and pass the file"
    )
    assert items[2].source == str(tmp_path / "kosong")
    assert items[3].problem == "no such file or directory"
    assert len(items) == 4


def test_unexpected_reader_failure_becomes_read_error(tmp_path, monkeypatch):
    def boom(path):
        yield RawDocument(text="sebelum", path_or_url=str(path), format="text")
        raise RuntimeError("pustaka\nmeledak")

    monkeypatch.setitem(ingest.FORMATS, "text", boom)
    p = tmp_path / "a.txt"
    p.write_text("x")
    q = tmp_path / "b.html"
    q.write_text(HTML)
    items = list(read_paths([p, q]))
    assert items[0].text == "sebelum"
    assert isinstance(items[1], ReadError)
    assert str(items[1]) == f"{p}: unexpected error: RuntimeError: pustaka meledak"
    assert isinstance(items[2], RawDocument) and items[2].format == "html"


def test_forced_format(tmp_path):
    p = tmp_path / "berita.dat"
    p.write_text(HTML)
    (doc,) = list(read_path(p, fmt="text"))
    assert doc.format == "text" and doc.text == HTML
    (err,) = list(read_path(p, fmt="pdf"))
    assert "unknown format" in err.problem


def test_read_paths_accepts_a_single_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Satu berita saja.")
    (doc,) = list(read_paths(str(p)))
    assert doc.text == "Satu berita saja."
