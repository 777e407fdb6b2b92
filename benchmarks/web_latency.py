"""p95 latency of the web UI's article, story and search pages (target: < 200 ms).

Two stores: the bundled sample corpus (as `pantau demo` builds it) and a synthetic store of
N articles (default 10,000) written directly through ``Store.add`` with hand-built Analysis
documents (entities, places, quotes, counts, dates, events, themes), bypassing the NLP pipeline.
Requests go through the ASGI app in process (FastAPI TestClient), so the figures are server time
plus a little client overhead, without network.

    python benchmarks/web_latency.py [--n 10000] [--requests 60] [--db PATH] [--skip-sample]

The synthetic store is cached at --db (default /tmp/pantau-bench-N.db) and reused if present.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORDS = ("banjir gempa warga pengungsi bantuan pemerintah provinsi kabupaten kota desa jalan rumah sekolah "
         "rumah sakit korban meninggal luka hilang polisi tentara presiden menteri gubernur bupati wali kota "
         "hujan lebat sungai meluap longsor posko logistik air bersih listrik padam harga beras naik turun "
         "pasar nelayan petani mahasiswa demo aksi unjuk rasa sidang pengadilan hakim jaksa pemilu pilkada "
         "suara rekapitulasi partai calon kampanye debat anggaran dana proyek jembatan bandara pelabuhan kapal "
         "pesawat kereta tol macet kecelakaan kebakaran hutan asap kabut vaksin demam berdarah kasus naik "
         "pekan lalu hari ini kemarin besok tahun bulan ribuan ratusan puluhan sekitar lebih dari hampir").split()
PEOPLE = [f"{a} {b}" for a in ("Ahmad", "Budi", "Siti", "Dewi", "Agus", "Rina", "Joko", "Nur", "Hendra", "Wati",
                               "Bambang", "Yusuf", "Ratna", "Eko", "Sri")
          for b in ("Santoso", "Wijaya", "Hidayat", "Saputra", "Lestari", "Nugroho", "Rahman", "Pratama",
                    "Kusuma", "Siregar", "Harahap", "Purba")]
ORGS = ["BNPB", "BMKG", "KPU", "Bawaslu", "Polri", "TNI", "Kemenkes", "PBB", "DPR", "MK", "BPBD", "Basarnas",
        "Pertamina", "PLN", "Kemensos", "BPS", "KPK", "Ombudsman", "Walhi", "PMI"]
PLACES = [("Jakarta", -6.2146, 106.8451, 1642911), ("Surabaya", -7.2492, 112.7508, 1625822),
          ("Bandung", -6.9222, 107.6069, 1650357), ("Medan", 3.5833, 98.6667, 1214520),
          ("Makassar", -5.1464, 119.4327, 1622786), ("Banjarmasin", -3.3186, 114.5944, 1650213),
          ("Palu", -0.8917, 119.8707, 1633034), ("Sigi", -1.385, 119.97, 8030393), ("Semarang", -6.9932, 110.4203, 1627896),
          ("Denpasar", -8.65, 115.2167, 1645528), ("Padang", -0.9492, 100.3543, 1633419),
          ("Pontianak", -0.0333, 109.3333, 1630789), ("Manado", 1.4873, 124.8456, 1636544),
          ("Jayapura", -2.5337, 140.7181, 2082600), ("Ambon", -3.6954, 128.1814, 1651531),
          ("Kupang", -10.1718, 123.6075, 2057087), ("Mataram", -8.5833, 116.1167, 1635882),
          ("Pekanbaru", 0.5333, 101.45, 1631761), ("Palembang", -2.9167, 104.7458, 1633070),
          ("Yogyakarta", -7.8014, 110.3647, 1621177)]
OUTLETS = ["ANTARA", "Kompas", "Tempo", "Liputan6", "Detik", "CNN Indonesia", "Republika", "Tribun"]
KINDS = ["displaced", "killed", "injured", "affected", "missing", "detained"]
ACTIONS = [("CONSULT", "040"), ("APPEAL", "020"), ("PROVIDE_AID", "073"), ("PROTEST", "140"), ("ASSAULT", "180")]


def synthetic_store(path: str, n: int, seed: int = 42) -> None:
    from pantau.analysis import Analysis, article_id
    from pantau.store import Store
    from pantau.types import RawDocument

    rnd = random.Random(seed)
    store = Store(path)
    # Articles come in stories of 2-8 reports: each story has its own made-up vocabulary, people,
    # place and dates (as real coverage does), so story clustering sees realistic clusters.
    syll = ["ka", "ri", "mu", "to", "la", "se", "nu", "pa", "di", "go", "ba", "te", "wi", "ro", "ja", "su"]
    groups = []
    while sum(len(g) for g in groups) < n:
        groups.append(range(rnd.randint(2, 8)))
    plan = []
    for gi, g in enumerate(groups):
        vocab = ["".join(rnd.choice(syll) for _ in range(rnd.randint(3, 4))) for _ in range(40)]
        start = random.Random(gi).randint(0, 700)
        plan += [(gi, vocab, start + rnd.randint(0, 6)) for _ in g]
    plan = plan[:n]
    # Bypass the later stages' per-article hooks: this store measures the web layer only.
    from pantau.store.store import Store as _S
    saved = list(_S.add_hooks)
    _S.add_hooks.clear()
    t0 = time.perf_counter()
    try:
        import datetime as _dt

        for i, (gi, vocab, offset_days) in enumerate(plan):
            grnd = random.Random(gi)
            person, person2 = grnd.sample(PEOPLE, 2)
            org = grnd.choice(ORGS)
            place, lat, lon, gid = grnd.choice(PLACES)
            value = rnd.choice([3, 12, 45, 120, 800, 1500, 3400, 12000])
            kind = rnd.choice(KINDS)
            outlet = rnd.choice(OUTLETS)
            day = (_dt.date(2023, 1, 1) + _dt.timedelta(days=offset_days)).isoformat()
            filler = lambda k: " ".join(rnd.choice(vocab) if rnd.random() < 0.6 else rnd.choice(WORDS)  # noqa: E731
                                        for _ in range(k))
            parts = [f"{place} ({outlet}) - ", f"{org}", " mencatat ", f"{value:,} warga".replace(",", "."),
                     f" {filler(25)}. ", person, " mengatakan, \"", f"Kami {filler(12)}.", "\" ", filler(60), ". ",
                     person2, f" dari {org} menyebut {filler(40)} pekan lalu di ", place, f". {filler(50)} #{i}."]
            text, offs = "", []
            for p in parts:
                offs.append((len(text), len(text) + len(p)))
                text += p
            ents = [{"text": org, "label": "ORG", "start": offs[1][0], "end": offs[1][1], "entity_id": f"org-{org.lower()}", "canonical": org},
                    {"text": person, "label": "PER", "start": offs[5][0], "end": offs[5][1], "entity_id": f"per-{person.lower().replace(' ', '-')}", "canonical": person},
                    {"text": person2, "label": "PER", "start": offs[10][0], "end": offs[10][1], "entity_id": f"per-{person2.lower().replace(' ', '-')}", "canonical": person2},
                    {"text": place, "label": "GPE", "start": offs[12][0], "end": offs[12][1], "entity_id": f"gpe-{place.lower()}", "canonical": place}]
            a = Analysis(
                id=article_id(text), source={"path_or_url": f"synthetic:{i}", "format": "text", "url": None},
                outlet=outlet, published=day, title=f"{org}: {value} warga {kind} di {place} ({i})",
                dateline={"place": place, "outlet": outlet, "start": 0, "end": 0}, language="id", text=text,
                removed=[], repairs=[], sentences=[{"start": 0, "end": len(text)}], entities=ents,
                places=[{"name": place, "start": offs[12][0], "end": offs[12][1], "country": "ID", "admin1": None,
                         "lat": lat, "lon": lon, "feature": "city", "geonames_id": gid, "confidence": 0.9}],
                quotes=[{"text": parts[7], "start": offs[7][0], "end": offs[7][1], "speaker": person,
                         "speaker_entity_id": ents[1]["entity_id"], "speaker_start": offs[5][0],
                         "speaker_end": offs[5][1], "cue": "mengatakan", "direct": True}],
                counts=[{"value": value, "text": parts[3], "start": offs[3][0], "end": offs[3][1], "qualifier": "exact",
                         "kind": kind, "unit": "people", "place": place, "source": org}],
                dates=[{"text": "pekan lalu", "start": text.index("pekan lalu"), "end": text.index("pekan lalu") + 10,
                        "value": day, "granularity": "week", "resolved_from": "published"}],
                events=[{"actor": "IDNGOV", "actor_text": org, "action": (act := rnd.choice(ACTIONS))[0], "cameo": act[1],
                         "target": "IDNCVL", "target_text": "warga", "quad_class": 1, "goldstein": 1.0, "place": place,
                         "date": day, "sentence": 0, "start": offs[1][0], "end": offs[3][1]}],
                tone=None, themes=[{"theme": "NATURAL_DISASTER", "start": offs[3][0], "end": offs[3][1]}],
                pipeline={"pantau": "bench", "model": "synthetic", "components": []})
            store.add(a, RawDocument(text=text, path_or_url=f"synthetic:{i}", format="text"))
            if (i + 1) % 2000 == 0:
                print(f"  {i + 1:,} articles written ({time.perf_counter() - t0:.0f} s)", flush=True)
    finally:
        _S.add_hooks[:] = saved


def sample_store(path: str) -> None:
    from pantau.cli import sample_corpus_path
    from pantau.store import Store

    Store(path).ingest([sample_corpus_path()])


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def measure(db: str, label: str, requests: int, seed: int = 1) -> dict:
    from fastapi.testclient import TestClient

    from pantau.api import create_app

    app = create_app(db, token="")
    c = TestClient(app)
    rnd = random.Random(seed)
    t = time.perf_counter()
    home = c.get("/index.json").json()  # also brings the stories stage up to date (one-time sync)
    warm = time.perf_counter() - t
    ids = [h["id"] for h in c.get("/search.json", params={"limit": 100}).json()["results"]]
    with app.state.store.engine.connect() as conn:
        from sqlalchemy import text
        ids += [r[0] for r in conn.execute(text("SELECT id FROM articles ORDER BY random() LIMIT 200"))]
    story_ids = [s["id"] for s in home.get("stories", [])]
    if home.get("stories_available"):
        story_ids += [s["id"] for s in c.get("/stories.json", params={"limit": 100}).json()["stories"]]
    queries = ["banjir", "gempa warga", "pengungsi", "BNPB", "harga beras", "pilkada suara", "demo mahasiswa",
               "kebakaran hutan", "Jakarta", "korban meninggal"]
    pages = {
        "article": lambda: f"/articles/{rnd.choice(ids)}",
        "story": (lambda: f"/stories/{rnd.choice(story_ids)}") if story_ids else None,
        "search": lambda: f"/search?q={rnd.choice(queries)}",
        "search+filter": lambda: f"/search?q={rnd.choice(queries)}&outlet=ANTARA&since=2024-01-01",
    }
    out = {"store": label, "articles": app.state.store.count(), "first_request_s": warm}
    for name, make in pages.items():
        if make is None:
            out[name] = None
            continue
        for _ in range(5):  # warm-up
            c.get(make())
        times = []
        for _ in range(requests):
            path = make()
            t = time.perf_counter()
            r = c.get(path)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (path, r.status_code)
        out[name] = {"p50": statistics.median(times), "p95": p95(times), "max": max(times), "n": len(times)}
    return out


def report(r: dict) -> None:
    print(f"\n{r['store']}: {r['articles']:,} articles (first request incl. one-time story sync: {r['first_request_s']:.2f} s)")
    print(f"  {'page':<15}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}   target p95 < 200 ms")
    for name in ("article", "story", "search", "search+filter"):
        m = r.get(name)
        if m is None:
            print(f"  {name:<15}{'n/a (no stories)':>30}")
            continue
        flag = "ok" if m["p95"] < 200 else "SLOW"
        print(f"  {name:<15}{m['p50']:>10.1f}{m['p95']:>10.1f}{m['max']:>10.1f}   {flag}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--db", default=None, help="synthetic store path (cached between runs)")
    ap.add_argument("--skip-sample", action="store_true")
    args = ap.parse_args()
    results = []
    if not args.skip_sample:
        tmp = Path(tempfile.mkdtemp()) / "sample.db"
        t = time.perf_counter()
        sample_store(str(tmp))
        print(f"sample corpus ingested in {time.perf_counter() - t:.1f} s")
        results.append(measure(str(tmp), "sample corpus", args.requests))
    db = args.db or os.path.join(tempfile.gettempdir(), f"pantau-bench-{args.n}.db")
    if not Path(db).exists():
        print(f"writing {args.n:,} synthetic articles to {db} …", flush=True)
        t = time.perf_counter()
        synthetic_store(db, args.n)
        print(f"  done in {time.perf_counter() - t:.0f} s")
    results.append(measure(db, f"synthetic store ({db})", args.requests))
    for r in results:
        report(r)


if __name__ == "__main__":
    main()
