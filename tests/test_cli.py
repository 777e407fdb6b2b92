"""The CLI contract: verbs, JSON output, exit codes, and a batch with bad inputs."""

import gzip
import io
import json

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pantau.cli import main

PAGE = """<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:site_name" content="Kompas"></head><body><article><h1>{title}</h1>
<p>JAKARTA, KOMPAS.com - {body}</p>
<p>Petugas gabungan terus mendata kerusakan di lokasi dan meminta warga tetap waspada terhadap hujan susulan.</p>
<p>Pemerintah daerah menyiapkan dapur umum bagi warga yang rumahnya terendam air.</p>
</article></body></html>"""


def _warc_bytes(pages):
    """A gzipped WARC with one response record per page; also returns each record's end offset."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    ends = []
    for i, (title, body) in enumerate(pages):
        payload = PAGE.format(title=title, body=body).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://contoh.id/warc/{i}", "response",
                                        payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(rec)
        ends.append(buf.tell())
    return buf.getvalue(), ends


def _bad_batch(root):
    (root / "good.txt").write_text("Jakarta (ANTARA) - Harga beras di Pasar Induk Cipinang naik lima persen.",
                                   encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "cut.html").write_text(PAGE.format(title="Longsor", body="Longsor menutup jalan.")[:160], encoding="utf-8")
    lines = [json.dumps({"title": "Satu", "text": "Makassar (ANTARA) - Mahasiswa berunjuk rasa menolak kenaikan harga BBM."}),
             '{"title": "Rusak", "text": "tidak selesai',
             json.dumps({"title": "Dua", "text": "Palu (ANTARA) - Gempa susulan kembali dirasakan warga."})]
    (root / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "windows.txt").write_bytes("Jakarta (ANTARA) - “Kami siap,” kata dia — sambil tersenyum di depan café.".encode("cp1252"))
    data, ends = _warc_bytes([("Banjir", "Banjir merendam permukiman di Jakarta Timur."),
                              ("Kebakaran", "Kebakaran melanda pasar di Jakarta Pusat.")])
    (root / "cut.warc.gz").write_bytes(data[: ends[0] + (ends[1] - ends[0]) // 2])
    return {"empty.txt", "image.txt", "cut.html", "mixed.jsonl:2", "cut.warc.gz"}


def test_batch_with_bad_inputs(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    bad = _bad_batch(batch)
    db = tmp_path / "p.db"
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db), "-q"])
    assert result.exit_code == 1, result.output
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == len(bad), errors
    for name in bad:
        assert sum(name in e for e in errors) == 1, (name, errors)
    # Every good article is stored: good.txt, windows.txt (cp1252), two JSONL lines, the first WARC record.
    out = CliRunner().invoke(main, ["search", "", "--db", str(db), "--json", "--limit", "100"])
    hits = json.loads(out.output)
    assert len(hits) == 5
    win = json.loads(CliRunner().invoke(main, ["search", "café", "--db", str(db), "--json"]).output)
    assert len(win) == 1
    shown = json.loads(CliRunner().invoke(main, ["show", win[0]["id"], "--db", str(db), "--json"]).output)
    assert "“Kami siap,” kata dia —" in shown["text"]


def test_ingest_is_idempotent_and_exports(tmp_path):
    batch = tmp_path / "b"
    batch.mkdir()
    (batch / "a.txt").write_text("Jakarta (ANTARA) - Kalimat berita pertama.", encoding="utf-8")
    (batch / "b.txt").write_text("JAKARTA, KOMPAS.com - Kalimat berita kedua.", encoding="utf-8")
    db = str(tmp_path / "p.db")
    r1 = CliRunner().invoke(main, ["ingest", str(batch), "--db", db, "-q"])
    r2 = CliRunner().invoke(main, ["ingest", str(batch), "--db", db, "-q"])
    assert r1.exit_code == r2.exit_code == 0
    assert "stored 2 new" in r1.output and "stored 0 new article(s), 2 already stored" in r2.output
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["export", str(out), "--format", "jsonl", "--db", db]).exit_code == 0
    docs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert {d["outlet"] for d in docs} == {"ANTARA", "Kompas"}
    unwritable = CliRunner().invoke(main, ["export", str(tmp_path / "no" / "dir.tsv"), "--format", "gkg", "--db", db])
    assert unwritable.exit_code == 1 and "dir.tsv: cannot write" in unwritable.output
    assert "Traceback" not in unwritable.output


@pytest.mark.parametrize("verb", [["search", "banjir"], ["show", "0123456789abcdef"], ["export", "-"], ["stories"],
                                  ["story", "S1"]])
def test_reading_verbs_do_not_create_a_missing_database(tmp_path, verb):
    typo = tmp_path / "pantua.db"
    r = CliRunner().invoke(main, [*verb, "--db", str(typo)])
    assert r.exit_code == 2 and f"no Pantau database at {typo}" in r.output
    assert not typo.exists()


def test_analyze_json_and_usage_errors(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Liputan6.com, Makassar: Ratusan mahasiswa berunjuk rasa. Mereka menolak kenaikan harga.", encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", str(f), "--format", "json", "--published", "2024-05-01"])
    assert r.exit_code == 0
    docs = json.loads(r.output)
    assert len(docs) == 1 and docs[0]["dateline"]["place"] == "Makassar" and docs[0]["published"] == "2024-05-01"
    assert CliRunner().invoke(main, ["analyze", str(f), "--published", "besok"]).exit_code == 2
    assert CliRunner().invoke(main, ["analyze"]).exit_code == 2
    assert CliRunner().invoke(main, ["frobnicate"]).exit_code == 2
    missing = CliRunner().invoke(main, ["analyze", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "nope.txt" in missing.stderr


def test_analyze_seed_000(seeds_dir):
    seed = next(seeds_dir.glob("000_*.txt"))
    r = CliRunner().invoke(main, ["analyze", str(seed), "--format", "json"])
    assert r.exit_code == 0, r.stderr
    [doc] = json.loads(r.output)
    assert doc["dateline"]["place"] == "Istanbul" and doc["outlet"] == "ANTARA"
    for marker in ("Baca juga:", "Editor:", "Pewarta:", "Copyright"):
        assert marker not in doc["text"]
    raw = seed.read_text(encoding="utf-8")
    # Every sentence of the body is still there: each body paragraph of the raw file is in the text,
    # and the sentences cover every non-space character of the text.
    boiler = {r["raw"] for r in doc["removed"]}
    paragraphs = [p.strip() for p in raw[doc["dateline"]["raw_end"]:].split("\n\n") if p.strip()]
    body = [p for p in paragraphs if not any(line.strip() in boiler for line in p.splitlines())]
    assert len(body) >= 12 and all(p in doc["text"] for p in body)
    covered = "".join(doc["text"][s["start"]:s["end"]] for s in doc["sentences"])
    assert "".join(covered.split()) == "".join(doc["text"].split())


def test_huge_document_is_an_error_not_a_crash(tmp_path):
    big = tmp_path / "besar.txt"
    big.write_text("Jakarta (ANTARA) - " + "Warga berkumpul di balai desa. " * 40_000, encoding="utf-8")
    ok = tmp_path / "kecil.txt"
    ok.write_text("Jakarta (ANTARA) - Warga berkumpul di balai desa.", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", str(big), str(ok), "--db", str(tmp_path / "p.db"), "-q"])
    assert r.exit_code == 1
    assert "besar.txt: document too large" in r.stderr
    assert "stored 1 new" in r.output
