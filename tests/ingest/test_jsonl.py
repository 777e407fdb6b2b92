import json

from pantau.ingest.jsonl import read_jsonl
from pantau.types import RawDocument, ReadError

ROWS = [
    {
        "title": "Harga beras naik",
        "text": "Harga beras medium naik Rp500 per kilogram di Pasar Induk Cipinang.",
        "url": "https://warta.example/ekonomi/beras",
        "published": "2024-03-05T06:00:00+07:00",
        "outlet": "Warta Kita",
        "kategori": "ekonomi",
    },
    {"title": "Jalan tol padat", "body": "Arus mudik di Tol Cikampek padat sejak Jumat malam."},
    {"content": "Gempa magnitudo 4,5 mengguncang Cianjur tanpa menimbulkan kerusakan."},
]


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_good_lines(tmp_path):
    p = tmp_path / "berita.jsonl"
    write_lines(p, [json.dumps(r, ensure_ascii=False) for r in ROWS])
    docs = list(read_jsonl(p))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert len(docs) == 3
    first, second, third = docs
    assert first.text == ROWS[0]["text"]
    assert first.title == "Harga beras naik"
    assert first.url == first.path_or_url == "https://warta.example/ekonomi/beras"
    assert first.published == "2024-03-05"
    assert first.outlet == "Warta Kita"
    assert first.format == "jsonl"
    assert first.meta["line"] == 1 and first.meta["file"] == str(p)
    assert first.meta["extra"] == {"kategori": "ekonomi"}
    assert second.text.startswith("Arus mudik")  # "body" key
    assert second.path_or_url == f"{p}:2"
    assert third.text.startswith("Gempa")  # "content" key
    assert third.url is None


def test_one_broken_line_gives_n_minus_1_docs_and_one_error(tmp_path):
    p = tmp_path / "rusak.jsonl"
    lines = [json.dumps(r) for r in ROWS]
    lines.insert(1, '{"title": "Banjir", "text": "Air setinggi')  # cut-off line 2
    write_lines(p, lines)
    items = list(read_jsonl(p))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(docs) == 3 and len(errors) == 1
    assert errors[0].source == f"{p}:2"
    assert str(errors[0]).startswith(f"{p}:2: invalid JSON")
    assert [d.meta["line"] for d in docs] == [1, 3, 4]


def test_bad_lines_each_named(tmp_path):
    p = tmp_path / "campur.jsonl"
    write_lines(
        p,
        [
            '["bukan", "objek"]',
            '{"title": "tanpa isi"}',
            '{"text": 42}',
            '{"text": "   "}',
            "",
            '{"text": "Satu-satunya baris yang benar."}',
        ],
    )
    items = list(read_jsonl(p))
    assert [type(i).__name__ for i in items] == ["ReadError"] * 4 + ["RawDocument"]
    assert items[0].source.endswith(":1") and "JSON object" in items[0].problem
    assert items[1].source.endswith(":2") and "no article text" in items[1].problem
    assert items[2].source.endswith(":3") and "not a string" in items[2].problem
    assert items[3].source.endswith(":4") and "empty" in items[3].problem
    assert items[4].meta["line"] == 6


def test_empty_file(tmp_path):
    p = tmp_path / "kosong.jsonl"
    p.write_text("\n\n")
    (err,) = list(read_jsonl(p))
    assert isinstance(err, ReadError) and err.problem == "empty file"


def test_invalid_utf8_line_and_bom(tmp_path):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(
        b'\xef\xbb\xbf{"text": "Baris pertama dengan BOM."}\n{"text": "Caf\xe9 rusak"}\n'
    )
    doc, err = list(read_jsonl(p))
    assert doc.text == "Baris pertama dengan BOM."
    assert err.source == f"{p}:2" and "UTF-8" in err.problem


def test_unparseable_published_is_kept_in_meta(tmp_path):
    p = tmp_path / "tanggal.jsonl"
    write_lines(p, ['{"text": "Isi berita.", "published": "kemarin sore"}'])
    (doc,) = list(read_jsonl(p))
    assert doc.published is None
    assert doc.meta["published_raw"] == "kemarin sore"


def test_publication_dates_as_indonesian_sites_and_scrapers_write_them(tmp_path):
    dates = ["Senin, 04 Maret 2024 14:30 WIB", "4 Mar 2024", "04/03/2024", "Jumat 15 Agustus 2025 | 10:00 WIB",
             1709600000, 1709600000000, "31/02/2024", "kemarin", True]
    p = tmp_path / "tanggal.jsonl"
    write_lines(p, [json.dumps({"text": f"Berita nomor {i} tentang harga cabai.", "published": d})
                    for i, d in enumerate(dates)])
    got = [d.published for d in read_jsonl(p)]
    assert got == ["2024-03-04", "2024-03-04", "2024-03-04", "2025-08-15",
                   "2024-03-05", "2024-03-05", None, None, None]  # epochs are read as WIB dates
