import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pantau.ingest.warc import read_warc
from pantau.types import RawDocument, ReadError

TOPICS = [
    ("Banjir di Kampung Melayu", "Banjir setinggi satu meter merendam ratusan rumah warga."),
    ("Harga cabai naik", "Harga cabai rawit di Pasar Minggu naik menjadi Rp80.000 per kilogram."),
    ("Longsor di Garut", "Longsor menimbun dua rumah di Kecamatan Cisurupan pada Kamis dini hari."),
    ("Sidang kabinet", "Presiden memimpin sidang kabinet paripurna membahas harga pangan."),
]


def page(title, lead, date=None):
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>{meta}'
        f"</head><body><article><h1>{title}</h1><p>{lead}</p>"
        "<p>Petugas gabungan masih berada di lokasi untuk membantu warga sekitar.</p>"
        "<p>Pemerintah daerah berjanji menyalurkan bantuan dalam waktu dekat.</p>"
        "</article></body></html>"
    )


def response(writer, uri, body, status="200 OK", ctype="text/html; charset=utf-8", date=None):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    headers = {"WARC-Date": date} if date else None
    rec = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
    )
    writer.write_record(rec)


def build_warc(path, gzip=True, pages=TOPICS, boundaries=None):
    """Write a small archive; return the byte offset where each HTML page's record ends.

    ``boundaries``, when given, collects the end offset of every record.
    """
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    marks = boundaries if boundaries is not None else []

    def write(rec):
        w.write_record(rec)
        marks.append(buf.tell())

    write(w.create_warcinfo_record(path.name, {"software": "pantau-tests"}))
    ends = []
    for i, (title, lead) in enumerate(pages):
        uri = f"https://warta.example/berita/{i}"
        if i == 1:  # noise between pages: a request, a 404 and an image
            write(
                w.create_warc_record(
                    uri,
                    "request",
                    payload=io.BytesIO(b""),
                    http_headers=StatusAndHeaders(
                        "GET /berita/1 HTTP/1.1", [("Host", "warta.example")], is_http_request=True
                    ),
                )
            )
            response(w, "https://warta.example/hilang", b"<html><body><p>Tidak ditemukan</p></body></html>", status="404 Not Found")
            marks.append(buf.tell())
            response(w, "https://warta.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
            marks.append(buf.tell())
        date = "2024-03-05T07:00:00+07:00" if i == 0 else None
        response(w, uri, page(title, lead, date).encode("utf-8"), date="2024-03-08T02:00:00Z")
        marks.append(buf.tell())
        ends.append(buf.tell())
    path.write_bytes(buf.getvalue())
    return ends


@pytest.mark.parametrize("gzip, name", [(True, "arsip.warc.gz"), (False, "arsip.warc")])
def test_reads_html_responses_only(tmp_path, gzip, name):
    p = tmp_path / name
    build_warc(p, gzip=gzip)
    docs = list(read_warc(p))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.title for d in docs] == [t for t, _ in TOPICS]
    first = docs[0]
    assert first.format == "warc"
    assert first.path_or_url == first.url == "https://warta.example/berita/0"
    assert first.text.startswith(TOPICS[0][1])
    assert "\n\n" in first.text
    assert first.raw_html.startswith("<!DOCTYPE html>")
    assert first.meta["warc_file"] == str(p)
    assert first.meta["warc_record_id"].startswith("<urn:uuid:")
    assert first.published == "2024-03-05"  # the page's own date wins
    assert "published_from" not in first.meta
    assert docs[1].published == "2024-03-08"  # no date on the page: WARC-Date
    assert docs[1].meta["published_from"] == "WARC-Date"


def test_truncated_gz_yields_records_before_the_cut_and_an_error(tmp_path):
    p = tmp_path / "arsip.warc.gz"
    ends = build_warc(p)
    data = p.read_bytes()
    cut = len(data) // 2
    p.write_bytes(data[:cut])
    items = list(read_warc(p))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, ReadError)]
    complete = sum(1 for end in ends if end <= cut)
    assert complete >= 1 and complete < len(TOPICS)
    assert [d.title for d in docs] == [t for t, _ in TOPICS[:complete]]
    assert len(errors) == 1 and items[-1] is errors[0]
    assert errors[0].source == str(p)
    assert errors[0].problem.startswith("truncated or corrupt WARC: ")


def test_truncated_plain_warc(tmp_path):
    p = tmp_path / "arsip.warc"
    ends = build_warc(p, gzip=False)
    data = p.read_bytes()
    cut = ends[1] + 40  # inside the third page's record header
    p.write_bytes(data[:cut])
    items = list(read_warc(p))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "ReadError"]
    assert "truncated or corrupt WARC" in items[-1].problem


def test_every_cut_is_reported(tmp_path):
    p = tmp_path / "arsip.warc.gz"
    boundaries = []
    ends = build_warc(p, pages=TOPICS[:2], boundaries=boundaries)
    data = p.read_bytes()
    for cut in range(ends[0] + 1, len(data), 7):
        if cut in boundaries:
            continue  # a cut between two gzip members cannot be told from a shorter file
        p.write_bytes(data[:cut])
        items = list(read_warc(p))
        assert isinstance(items[-1], ReadError), cut
        assert all(not isinstance(i, RawDocument) or i.text.endswith("waktu dekat.") for i in items)


def test_corrupt_gzip_in_the_middle(tmp_path):
    p = tmp_path / "arsip.warc.gz"
    ends = build_warc(p)
    data = bytearray(p.read_bytes())
    mid = (ends[1] + ends[2]) // 2
    data[mid : mid + 8] = b"\x00" * 8
    p.write_bytes(bytes(data))
    items = list(read_warc(p))
    assert isinstance(items[-1], ReadError)
    assert "truncated or corrupt WARC" in items[-1].problem
    assert sum(isinstance(i, RawDocument) for i in items) >= 2


def test_not_a_warc_and_empty(tmp_path):
    p = tmp_path / "palsu.warc"
    p.write_text("Ini bukan arsip WARC.\n")
    (err,) = list(read_warc(p))
    assert err.problem.startswith("not a WARC file")

    gz = tmp_path / "palsu.warc.gz"
    import gzip

    gz.write_bytes(gzip.compress(b"hanya teks biasa"))
    (err,) = list(read_warc(gz))
    assert err.problem.startswith("not a WARC file")

    empty = tmp_path / "kosong.warc"
    empty.write_bytes(b"")
    (err,) = list(read_warc(empty))
    assert err.problem == "empty file"


def test_archive_without_html_pages(tmp_path):
    p = tmp_path / "sepi.warc.gz"
    build_warc(p, pages=[])
    (err,) = list(read_warc(p))
    assert "no HTML pages" in err.problem


def test_page_without_text_is_an_error_for_that_record(tmp_path):
    p = tmp_path / "arsip.warc.gz"
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    response(w, "https://warta.example/kosong", b"<html><body><script>x()</script></body></html>")
    response(w, "https://warta.example/isi", page(*TOPICS[0]).encode())
    p.write_bytes(buf.getvalue())
    err, doc = list(read_warc(p))
    assert isinstance(err, ReadError) and err.source == "https://warta.example/kosong"
    assert "no article text" in err.problem and str(p) in err.problem
    assert doc.title == TOPICS[0][0]


def test_charset_from_http_header(tmp_path):
    p = tmp_path / "lama.warc.gz"
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    html = page("Kutipan", "\u201cKami siap,\u201d kata dia \u2014 warga sudah mengungsi sejak pagi.")
    html = html.replace('<meta charset="utf-8">', "")
    response(w, "https://warta.example/kutipan", html.encode("cp1252"), ctype="text/html; charset=windows-1252")
    p.write_bytes(buf.getvalue())
    (doc,) = list(read_warc(p))
    assert doc.text.startswith("\u201cKami siap,\u201d kata dia \u2014")
    assert doc.meta["encoding"] == "cp1252"
