#!/usr/bin/env python3
"""Build the sample WARC file of the bundled Pantau corpus.

The articles below are fictional: they were written by the Pantau authors for
demos and tests (see pantau/sample/corpus/README.md).  This script is the
source of truth for the WARC part of the corpus; run it to regenerate

    pantau/sample/corpus/warc/sample.warc.gz

The archive holds, in order:

* one ``warcinfo`` record;
* one ``request`` record (for the first article);
* one ``response`` record per article (full HTML page, text/html; utf-8);
* two non-HTML ``response`` records (a stylesheet and a tiny PNG) that an
  article reader must skip.

Record ids and dates are derived from the article data, so the output is
byte-for-byte reproducible.

In the article bodies, ``[[Name]]`` marks a link whose trailing space was
dropped by the (simulated) scraper: it is rendered as
``<a href="...">Name</a>`` directly followed by the next word, so the
extracted text contains a glued form such as ``AnkaraRabu``.  Every glued form
is listed in pantau/sample/corpus/DAMAGE.md.

Usage: python scripts/make_sample_warc.py [--output PATH]
"""

from __future__ import annotations

import argparse
import base64
import html
import re
import uuid
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "pantau" / "sample" / "corpus" / "warc" / "sample.warc.gz"

BASE = "https://example-news.id"
WIB = timezone(timedelta(hours=7))

SITES = {
    "Liputan6.com": {
        "path": "liputan6",
        "nav": ["News", "Regional", "Bisnis", "Global", "Health", "Cek Fakta"],
        "copyright": "Liputan6.com",
    },
    "KOMPAS.com": {
        "path": "kompas",
        "nav": ["Nasional", "Regional", "Megapolitan", "Global", "Tren", "Sains"],
        "copyright": "KOMPAS.com",
    },
}

ARTICLES = [
    {
        "id": "banjir-06",
        "story": "banjir",
        "outlet": "Liputan6.com",
        "section": "regional",
        "published": "2024-03-16T15:20:00+07:00",
        "slug": "banjir-banjarmasin-surut-warga-mulai-bersihkan-rumah",
        "title": "Banjir Banjarmasin Surut, Warga Mulai Bersihkan Rumah dari Lumpur",
        "author": "Nur Aulia",
        "related": [
            ("BNPB: Lebih dari 12.000 Warga Kalsel Mengungsi", "antara/nasional/2024/03/12/bnpb-lebih-dari-12000-warga-kalsel-mengungsi"),
            ("Air Mulai Surut, Pengungsi Keluhkan Penyakit Kulit", "antara/nasional/2024/03/15/air-mulai-surut-pengungsi-banjir-banjarmasin-keluhkan-penyakit-kulit"),
        ],
        "body": """Liputan6.com, Banjarmasin: Setelah hampir sepekan terendam, sebagian besar permukiman di Kota Banjarmasin, Kalimantan Selatan, mulai bebas dari genangan pada Sabtu (16/3/2024). Warga memanfaatkan hari libur untuk membersihkan lumpur dan sampah yang terbawa arus.

Di Kelurahan Alalak Utara, puluhan warga bergotong royong menyemprot jalan kampung dengan air dari mobil pemadam kebakaran. Hamdani, warga berusia 47 tahun, mengatakan lumpur di rumahnya setebal hampir sepuluh sentimeter.

"Kasur, lemari, kulkas, semuanya rusak. Ini banjir paling parah yang saya alami sejak 2021," kata Hamdani.

BPBD Kalimantan Selatan mencatat pengungsi yang masih bertahan di posko tinggal sekitar 4.500 orang. Sebagian besar berasal dari Kabupaten Barito Kuala dan Kabupaten Hulu Sungai Tengah, yang genangannya surut lebih lambat.

Kepala Pelaksana BPBD Kalsel Ahmad Fauzi mengatakan taksiran awal kerugian akibat banjir mencapai Rp 48 miliar, meliputi kerusakan rumah, fasilitas umum, jalan, dan lahan pertanian. "Angka ini masih sementara. Tim penilai kerusakan baru mulai bekerja hari ini," ujarnya.

Sementara itu, Wali Kota Banjarmasin Syamsul Bahri mengatakan pemerintah kota akan mengerahkan 300 petugas kebersihan tambahan dan 40 truk untuk mengangkut sampah sisa banjir. Ia juga meminta perusahaan daerah air minum memprioritaskan pemulihan layanan di kawasan yang terdampak paling parah.

Hingga kini, dua orang tercatat meninggal dunia akibat banjir tersebut. Status tanggap darurat tetap berlaku hingga 24 Maret mendatang.

Simak juga: Warga Banjarmasin Evakuasi Lansia dengan Perahu Karet

Reporter: Nur Aulia
Editor: Arief Setiawan""",
    },
    {
        "id": "gempa-05",
        "story": "gempa",
        "outlet": "KOMPAS.com",
        "section": "regional",
        "published": "2024-02-24T17:45:00+07:00",
        "slug": "dua-korban-hilang-gempa-sigi-ditemukan-total-13-meninggal",
        "title": "Dua Korban Hilang Gempa Sigi Ditemukan, Total 13 Orang Meninggal",
        "author": "Erna Dwi Lestari",
        "related": [
            ("Gempa Magnitudo 6,1 Guncang Sigi, Empat Orang Meninggal", "kompas/regional/2024/02/20/gempa-magnitudo-61-guncang-sigi-empat-orang-meninggal"),
            ("Korban Gempa Sigi Jadi 11 Orang, Dua Warga Masih Hilang", "tempo/nasional/2024/02/22/korban-gempa-sigi-jadi-11-orang-dua-warga-hilang"),
        ],
        "body": """PALU, KOMPAS.com - Tim SAR gabungan menemukan dua warga yang hilang akibat longsor yang dipicu gempa bermagnitudo 6,1 di Kecamatan Lindu, Kabupaten Sigi, Sulawesi Tengah, Sabtu (24/2/2024). Keduanya ditemukan dalam keadaan meninggal dunia.

Dengan temuan itu, jumlah korban meninggal akibat gempa yang terjadi pada Selasa dini hari tersebut menjadi 13 orang.

Kepala Kantor SAR Palu, Yusuf Tandiarrang, mengatakan jasad kedua korban, seorang ayah berusia 45 tahun dan anaknya yang berusia 12 tahun, ditemukan tertimbun material longsor sedalam sekitar dua meter. "Dengan ditemukannya dua korban ini, operasi pencarian kami nyatakan selesai," kata Yusuf.

Sementara itu, kondisi pengungsi mulai menjadi perhatian. Di sejumlah titik pengungsian di Kecamatan Kulawi, warga mengeluhkan kekurangan air bersih dan lampu penerangan pada malam hari.

"Air dari pegunungan keruh sejak gempa. Kami harus antre lama menunggu tangki air datang," kata Yohana, pengungsi berusia 29 tahun.

ADVERTISEMENT

Kepala Pelaksana BPBD Sulteng Moh. Arif Lamadjido mengatakan pihaknya akan menambah empat unit mobil tangki dan memasang 20 tandon air di lokasi pengungsian. Ia menyebut jumlah pengungsi saat ini sekitar 8.100 orang setelah sebagian warga yang rumahnya rusak ringan kembali ke rumah.

Menurut Arif, pendataan kerusakan rumah hampir rampung. Hingga Sabtu, tercatat sekitar 2.700 rumah rusak, dengan hampir 800 di antaranya rusak berat.

Penulis: Kontributor Palu, Erna Dwi Lestari
Editor: Rina Wulandari""",
    },
    {
        "id": "suriah-03",
        "story": "suriah",
        "outlet": "KOMPAS.com",
        "section": "global",
        "published": "2024-03-06T22:10:00+07:00",
        "slug": "turki-dan-rusia-gelar-perundingan-di-ankara-bahas-gencatan-senjata-idlib",
        "title": "Turki dan Rusia Gelar Perundingan di Ankara, Bahas Gencatan Senjata Idlib",
        "author": "Laras Puspitasari",
        "related": [
            ("PBB: 180 Ribu Warga Idlib Mengungsi dalam Sepekan", "tempo/dunia/2024/03/05/pbb-180-ribu-warga-idlib-mengungsi-dalam-sepekan"),
            ("Serangan Udara di Pasar Ariha Tewaskan 27 Warga Sipil", "antara/dunia/2024/03/04/serangan-udara-di-pasar-ariha-tewaskan-27-warga-sipil"),
        ],
        "body": """JAKARTA, KOMPAS.com - Delegasi Turki dan Rusia bertemu di [[Ankara]]Rabu (6/3/2024) untuk membahas kemungkinan gencatan senjata di Provinsi Idlib, Suriah, setelah eskalasi kekerasan yang menewaskan puluhan warga sipil dalam sepekan terakhir.

Perundingan tingkat wakil menteri luar negeri itu berlangsung tertutup selama lebih dari enam jam. Delegasi Rusia dipimpin Wakil Menteri Luar Negeri Oleg Varenikov, sedangkan delegasi Turki dipimpin Wakil Menteri Luar Negeri Kerem Aydin.

Seusai pertemuan, Varenikov mengatakan kedua pihak sepakat bahwa situasi di Idlib harus segera distabilkan. "Kami membahas mekanisme yang konkret, termasuk pemantauan bersama. Masih ada beberapa hal yang perlu dikonsultasikan dengan pimpinan di Moskwa," ujarnya seperti dikutip kantor berita Rusia.

Aydin menyebut Turki menuntut penghentian serangan terhadap permukiman dan pembukaan koridor kemanusiaan. Menurut dia, pasukan Turki di pos-pos pengamatan tidak akan ditarik.

Perundingan itu digelar tiga hari setelah serangan udara di pasar Kota Ariha yang menewaskan 27 orang. Rusia membantah pesawatnya terlibat dalam serangan tersebut.

Baca juga: PBB: 180 Ribu Warga Idlib Mengungsi dalam Sepekan

Pengamat Timur Tengah dari Universitas Padjadjaran, Teuku Rizal Hakim, menilai kedua negara sama-sama membutuhkan jalan keluar. "Turki dan Rusia punya kepentingan berbeda di Suriah, tetapi keduanya tidak ingin berhadapan langsung. Gencatan senjata adalah pilihan paling realistis bagi keduanya," kata dia.

Menurut catatan PBB, sekitar 180.000 orang telah mengungsi dari bagian selatan Idlib sejak akhir Februari.

Penulis: Laras Puspitasari
Editor: Rina Wulandari""",
    },
    {
        "id": "bbm-02",
        "story": "bbm",
        "outlet": "Liputan6.com",
        "section": "regional",
        "published": "2024-07-02T23:05:00+07:00",
        "slug": "demo-tolak-kenaikan-bbm-di-makassar-ricuh-12-mahasiswa-diamankan",
        "title": "Demo Tolak Kenaikan BBM di Makassar Ricuh, 12 Mahasiswa Diamankan",
        "author": "Nur Aulia",
        "related": [
            ("Ribuan Mahasiswa Demo Tolak Kenaikan Harga BBM di Patung Kuda", "kompas/megapolitan/2024/07/02/ribuan-mahasiswa-demo-tolak-kenaikan-harga-bbm-di-patung-kuda"),
            ("Pemerintah Sebut Kenaikan Harga BBM Tak Terhindarkan", "tempo/bisnis/2024/07/03/pemerintah-sebut-kenaikan-harga-bbm-tak-terhindarkan"),
        ],
        "body": """Liputan6.com, Makassar: Unjuk rasa menolak kenaikan harga BBM bersubsidi di Makassar, Sulawesi Selatan, berakhir ricuh pada Selasa (2/7/2024) malam. Polisi mengamankan 12 mahasiswa, sementara dua anggota polisi mengalami luka di kepala akibat lemparan batu.

Di Makassar, para mahasiswa dari sejumlah kampus memblokade Jalan Urip Sumoharjo sejak pukul 14.00 WITA. Mereka membakar ban bekas di tengah jalan sehingga arus lalu lintas dari arah pusat kota menuju Bandara Sultan Hasanuddin lumpuh selama sekitar enam jam.

Situasi memanas menjelang magrib ketika polisi berupaya membuka blokade jalan. Sebagian mahasiswa melempari petugas dengan batu, dan polisi membalas dengan menembakkan gas air mata.

Kapolrestabes Makassar Kombes Hendra Wijaya mengatakan 12 mahasiswa yang diamankan masih menjalani pemeriksaan. "Kami menghormati hak menyampaikan pendapat. Namun, memblokade jalan nasional dan melukai petugas tidak bisa dibenarkan," kata Hendra.

Jenderal lapangan aksi, Andi Fajar, 23 tahun, membantah mahasiswa memulai kericuhan. Menurut dia, massa terpancing setelah beberapa rekannya ditarik paksa oleh aparat. "Kami datang dengan damai untuk menyuarakan keberatan rakyat atas kenaikan harga Pertalite dan Solar," ujarnya.

Kenaikan harga BBM berlaku sejak Senin (1/7). Harga Pertalite naik dari Rp 10.000 menjadi Rp 11.500 per liter, sedangkan Solar naik dari Rp 6.800 menjadi Rp 7.900 per liter.

Hingga Selasa pukul 22.00 WITA, Jalan Urip Sumoharjo sudah kembali bisa dilalui kendaraan. Petugas kebersihan masih membersihkan sisa ban yang terbakar.

Bagikan: Facebook Twitter WhatsApp

Reporter: Nur Aulia
Editor: Arief Setiawan""",
    },
]

# Non-HTML resources that a reader of the WARC must skip.
STYLESHEET = b"""body{font-family:Georgia,serif;margin:0;color:#222}
.site-header{background:#0b3d91;color:#fff;padding:8px 16px}
.read-content p{line-height:1.6;margin:0 0 1em}
.sidebar{width:300px;float:right}
"""
# 1x1 transparent PNG
PIXEL_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

LINK_RE = re.compile(r"\[\[([^\]]+)\]\]")
BOILER_LINK_RE = re.compile(r"^(Baca juga|Lihat juga|Simak juga):\s*(.+)$")
CREDIT_RE = re.compile(r"^(Penulis|Editor|Pewarta|Reporter):\s*(.+)$")


def units(body: str) -> list[str]:
    """Split a body into paragraphs; a block of boilerplate lines (credits,
    copyright) separated by single newlines yields one unit per line."""
    out = []
    for para in body.split("\n\n"):
        lines = [ln.strip() for ln in para.strip().split("\n")]
        if len(lines) > 1 and all(CREDIT_RE.match(ln) or ln.startswith("Copyright") for ln in lines):
            out.extend(lines)
        else:
            out.append(" ".join(lines))
    return out


def article_url(a: dict) -> str:
    d = a["published"][:10].replace("-", "/")
    return f"{BASE}/{SITES[a['outlet']]['path']}/{a['section']}/{d}/{a['slug']}"


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def inline(text: str) -> str:
    """Escape a paragraph and render [[Name]] as a link with no trailing space."""
    out, pos = [], 0
    for m in LINK_RE.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        name = m.group(1)
        out.append(f'<a href="{BASE}/tag/{slugify(name)}">{html.escape(name)}</a>')
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def human_date(iso: str) -> str:
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
              "Agustus", "September", "Oktober", "November", "Desember"]
    days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    dt = datetime.fromisoformat(iso)
    return f"{days[dt.weekday()]}, {dt.day} {months[dt.month - 1]} {dt.year} {dt:%H:%M} WIB"


def render_html(a: dict) -> str:
    site = SITES[a["outlet"]]
    url = article_url(a)
    home = f"{BASE}/{site['path']}"
    body_parts, credits = [], []
    for para in units(a["body"]):
        m = BOILER_LINK_RE.match(para)
        c = CREDIT_RE.match(para)
        if m:
            href = f"{home}/read/{slugify(m.group(2))}"
            body_parts.append(
                f'<p class="related-inline"><strong>{m.group(1)}:</strong> '
                f'<a href="{href}">{html.escape(m.group(2))}</a></p>')
        elif para == "ADVERTISEMENT":
            body_parts.append('<div class="ads-slot" data-slot="inarticle">ADVERTISEMENT</div>')
        elif para.startswith("Bagikan:"):
            body_parts.append(
                '<div class="share-bar">Bagikan: <a href="#" class="fb">Facebook</a> '
                '<a href="#" class="tw">Twitter</a> <a href="#" class="wa">WhatsApp</a></div>')
        elif c or para.startswith("Copyright"):
            credits.append(f"<p>{html.escape(para)}</p>")
        else:
            body_parts.append(f"<p>{inline(para)}</p>")
    first_sentence = LINK_RE.sub(r"\1", a["body"].split("\n\n")[0]).split(". ")[0].rstrip(".") + "."
    nav = "\n".join(
        f'        <li><a href="{home}/{item.lower().replace(" ", "-")}">{item}</a></li>'
        for item in site["nav"])
    related = "\n".join(
        f'          <li><a href="{BASE}/{path}">{html.escape(title)}</a></li>'
        for title, path in a["related"])
    body_html = "\n        ".join(body_parts)
    credit_html = "\n        ".join(credits)
    year = a["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <!-- Halaman contoh fiktif untuk korpus sampel Pantau -->
  <title>{html.escape(a['title'])} - {a['outlet']}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{html.escape(first_sentence)}">
  <meta name="author" content="{html.escape(a['author'])}">
  <meta property="og:site_name" content="{a['outlet']}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{html.escape(a['title'])}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:section" content="{a['section'].title()}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="{home}/static/css/main.css">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType": "article"}});</script>
</head>
<body>
  <header class="site-header">
    <div class="logo"><a href="{home}/">{a['outlet']}</a></div>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main class="container">
    <article class="read-article">
      <div class="breadcrumb"><a href="{home}/">Beranda</a> &rsaquo; <a href="{home}/{a['section']}">{a['section'].title()}</a></div>
      <h1 class="read-title">{html.escape(a['title'])}</h1>
      <div class="read-meta"><span class="read-author">{html.escape(a['author'])}</span> - <time datetime="{a['published']}">{human_date(a['published'])}</time></div>
      <div class="read-content">
        {body_html}
      </div>
      <div class="read-credit">
        {credit_html}
      </div>
    </article>
    <aside class="sidebar">
      <section class="related">
        <h3>Berita Terkait</h3>
        <ul>
{related}
        </ul>
      </section>
      <div class="ads-slot" data-slot="sidebar">ADVERTISEMENT</div>
    </aside>
  </main>
  <footer class="site-footer">
    <ul class="footer-links">
      <li><a href="{home}/tentang-kami">Tentang Kami</a></li>
      <li><a href="{home}/pedoman-media-siber">Pedoman Media Siber</a></li>
      <li><a href="{home}/kontak">Kontak</a></li>
    </ul>
    <p>&copy; {year} {site['copyright']}. Hak cipta dilindungi undang-undang.</p>
  </footer>
  <img src="{home}/static/img/pixel.png" alt="" width="1" height="1">
</body>
</html>
"""


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'pantau-sample-warc:' + name)}>"


def warc_date(iso: str, offset_s: int = 0) -> str:
    dt = datetime.fromisoformat(iso).astimezone(timezone.utc) + timedelta(seconds=offset_s)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(iso: str) -> str:
    dt = datetime.fromisoformat(iso).astimezone(timezone.utc)
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def response_record(writer: WARCWriter, uri: str, payload: bytes, content_type: str,
                    iso: str, name: str, offset_s: int = 0):
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", content_type),
            ("Content-Length", str(len(payload))),
            ("Date", http_date(iso)),
            ("Server", "nginx"),
        ],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        uri, "response",
        payload=BytesIO(payload),
        length=len(payload),
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Record-ID": record_id(name),
            "WARC-Date": warc_date(iso, offset_s),
        },
    )


def build(output: Path) -> int:
    output.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(output, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)

        info = (
            "software: pantau scripts/make_sample_warc.py (warcio)\r\n"
            "format: WARC File Format 1.0\r\n"
            "description: Pantau sample corpus - fictional Indonesian news articles "
            "written by the Pantau authors for demos and tests\r\n"
            "isPartOf: pantau-sample-corpus\r\n"
        ).encode("utf-8")
        writer.write_record(writer.create_warc_record(
            "", "warcinfo",
            payload=BytesIO(info), length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": record_id("warcinfo"),
                "WARC-Date": warc_date("2024-07-03T00:00:00+07:00"),
                "WARC-Filename": output.name,
            },
        )); n += 1

        for i, a in enumerate(ARTICLES):
            uri = article_url(a)
            if i == 0:
                req_headers = StatusAndHeaders(
                    f"GET /{uri.split('/', 3)[3]} HTTP/1.1",
                    [
                        ("Host", "example-news.id"),
                        ("User-Agent", "pantau-sample-crawler/0.1"),
                        ("Accept", "text/html,application/xhtml+xml"),
                        ("Accept-Language", "id-ID,id;q=0.9"),
                    ],
                    is_http_request=True,
                )
                writer.write_record(writer.create_warc_record(
                    uri, "request",
                    http_headers=req_headers,
                    warc_headers_dict={
                        "WARC-Record-ID": record_id("request:" + a["id"]),
                        "WARC-Date": warc_date(a["published"], 60),
                    },
                )); n += 1
            page = render_html(a).encode("utf-8")
            writer.write_record(response_record(
                writer, uri, page, "text/html; charset=utf-8", a["published"],
                "response:" + a["id"], 61)); n += 1
            if i == 0:
                # Sub-resources fetched with the first page: not articles.
                home = f"{BASE}/{SITES[a['outlet']]['path']}"
                writer.write_record(response_record(
                    writer, f"{home}/static/css/main.css", STYLESHEET, "text/css",
                    a["published"], "response:css", 62)); n += 1
                writer.write_record(response_record(
                    writer, f"{home}/static/img/pixel.png", PIXEL_PNG, "image/png",
                    a["published"], "response:png", 63)); n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"where to write the WARC (default: {DEFAULT_OUTPUT})")
    args = parser.parse_args()
    n = build(args.output)
    print(f"wrote {n} records ({len(ARTICLES)} articles) to {args.output}")


if __name__ == "__main__":
    main()
