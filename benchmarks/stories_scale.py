"""Stories stage at scale: 10,000 synthetic articles clustered one by one; the cost per article must stay flat.

Synthetic articles are made quickly from a bank of Indonesian sentence frames filled with each
synthetic story's own names, places and topic words (plus shared filler), published over ~500 days
with overlapping stories, and a share of lightly edited reprints. The NLP pipeline is bypassed:
Analysis-like dicts go straight to the stories add-hook (``pantau.stories.cluster.assign``) on a
real SQLite store, one transaction per article, exactly as ``Store.add`` runs it.

Prints articles/s over the first 1,000 articles and over the articles 9,001–10,000 (i.e. with
~10k already stored), and their ratio (≈ 1 means flat per-article cost), plus B-cubed F1 of the
synthetic clustering as a sanity check.

    python benchmarks/stories_scale.py [--n 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FRAMES = [
    "{P1} mengatakan pemerintah akan segera menangani persoalan {T1} di {L1} dalam waktu dekat.",
    "Menurut {O1}, sedikitnya {N} warga di {L1} terdampak oleh {T1} sejak awal pekan.",
    "Warga {L2} mengeluhkan {T2} yang belum juga tertangani meski sudah dilaporkan kepada {O1}.",
    "{O2} menyatakan akan mengirim tim tambahan ke {L1} untuk memantau {T1} dan {T3}.",
    "Dalam rapat di {L2}, {P2} meminta semua pihak bekerja sama mengatasi {T2}.",
    "Sejumlah pengamat menilai langkah {P1} soal {T3} terlambat dan kurang terkoordinasi.",
    "{P2} dari {O2} menyebutkan kerugian akibat {T1} diperkirakan mencapai Rp{N} miliar.",
    "Aparat gabungan masih berjaga di sekitar {L1} hingga situasi dinyatakan aman.",
    "Kepala {O1} {P1} memastikan bantuan untuk warga {L2} sudah disalurkan sejak kemarin.",
    "Kondisi {T2} di {L1} menjadi perhatian karena berdampak pada kegiatan ekonomi warga.",
    "{P2} berharap masalah {T3} di {L2} tidak terulang pada tahun-tahun mendatang.",
    "Data {O2} menunjukkan {N} orang terpaksa mengungsi ke lokasi yang lebih aman.",
]
FILLER = [
    "Situasi di lapangan terus dipantau oleh petugas.",
    "Masyarakat diminta tetap tenang dan mengikuti arahan resmi.",
    "Informasi lebih lanjut akan disampaikan dalam konferensi pers berikutnya.",
    "Sejumlah relawan juga turun membantu di lokasi.",
    "Pemerintah daerah berjanji memberikan perkembangan secara berkala.",
]
VERBS = ["menyoroti", "membahas", "mempersoalkan", "menjelaskan", "meninjau", "menanggapi", "mengkritik"]
TOPICS = ["banjir", "longsor", "kebakaran", "kemacetan", "kekeringan", "wabah", "inflasi", "pemogokan", "pemilihan",
          "korupsi", "gempa", "pencemaran", "abrasi", "harga beras", "pengangguran", "sampah", "kriminalitas",
          "demonstrasi", "gagal panen", "krisis air", "tawuran", "penipuan daring", "kecelakaan", "erupsi"]


def _name(rng: random.Random, parts: int = 2) -> str:
    syl = ["ka", "ra", "su", "di", "ma", "to", "ni", "wa", "lo", "be", "ha", "ti", "yo", "ga", "pe", "ru", "sa", "an"]
    return " ".join("".join(rng.choice(syl) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts))


def _vocabulary() -> list[str]:
    """Mid-frequency Indonesian words from Pantau's word list: each story gets its own handful."""
    from pantau.clean.repair import load_lexicon

    ranked = sorted(load_lexicon().freq.items(), key=lambda kv: -kv[1].count)
    return [w for w, _ in ranked[2000:20000] if len(w) > 3]


def make_stories(n_stories: int, rng: random.Random) -> list[dict]:
    vocab = _vocabulary()
    out = []
    for _ in range(n_stories):
        out.append({"P": [_name(rng) for _ in range(3)], "O": ["Badan " + _name(rng, 1), "Dinas " + _name(rng, 1)],
                    "L": [_name(rng, 1) for _ in range(3)], "T": rng.sample(TOPICS, 3),
                    "W": rng.sample(vocab, 40)})
    return out


def make_article(story: dict, rng: random.Random) -> str:
    sents = []
    for frame in rng.sample(FRAMES, 4):
        sents.append(frame.format(P1=story["P"][0], P2=rng.choice(story["P"][1:]), O1=story["O"][0],
                                  O2=story["O"][1], L1=story["L"][0], L2=rng.choice(story["L"][1:]),
                                  T1=story["T"][0], T2=story["T"][1], T3=story["T"][2],
                                  N=rng.randint(2, 900) * rng.choice([1, 10, 100])))
        w = rng.sample(story["W"], 6)
        sents[-1] = sents[-1][:-1] + f", terutama soal {w[0]}, {w[1]} dan {w[2]}."
        sents.append(f"{rng.choice(story['P'])} {rng.choice(VERBS)} {w[3]} {w[4]} di {rng.choice(story['L'])} "
                     f"dan {w[5]}.")
        w = rng.sample(story["W"], 5)
        sents.append(f"{w[0].capitalize()} {w[1]} {rng.choice(story['P'])} {w[2]} {w[3]} {w[4]}.")
        if rng.random() < 0.3:
            sents.append(rng.choice(FILLER))
    return " ".join(sents)


def corpus(n: int, seed: int = 7):
    """n Analysis-like dicts in publication order, with gold story labels; ~10 % are reprints."""
    rng = random.Random(seed)
    stories = make_stories(max(1, n // 8), rng)
    start = dt.date(2020, 1, 1)
    days = max(1, n // 20)
    # each story lives for a few days around its own start date
    starts = sorted((rng.randrange(days), i) for i in range(len(stories)))
    arts, recent = [], []
    per_day: dict[int, list[int]] = {}
    for d0, i in starts:
        for _ in range(8):
            per_day.setdefault(min(days - 1, d0 + int(rng.expovariate(0.5))), []).append(i)
    for day in range(days):
        for i in per_day.get(day, []):
            if recent and rng.random() < 0.1:
                orig = rng.choice(recent[-50:])
                words = orig["text"].split()
                for _ in range(3):
                    words[rng.randrange(len(words))] = rng.choice(["juga", "pun", "itu", "tersebut"])
                text, label = " ".join(words), orig["_story"]
            else:
                text, label = make_article(stories[i], rng), i
            a = {"id": hashlib.sha256(text.encode()).hexdigest()[:16], "text": text, "title": None,
                 "published": (start + dt.timedelta(days=day)).isoformat(), "outlet": "SYN",
                 "sentences": [], "entities": [], "places": [], "_story": label}
            arts.append(a)
            recent.append(a)
    return arts[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    import pantau.stories  # noqa: F401
    from pantau.evaluate.stories import bcubed
    from pantau.store import Store
    from pantau.stories.cluster import assign

    t0 = time.perf_counter()
    arts = corpus(args.n)
    print(f"generated {len(arts)} synthetic articles in {time.perf_counter() - t0:.1f}s")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        marks = {}
        pred = {}
        t = time.perf_counter()
        window = min(1000, len(arts))
        for k, a in enumerate(arts, 1):
            with store.engine.begin() as conn:
                res = assign(store, conn, a)
            pred[a["id"]] = res.get("story_id")
            if k == window:
                marks["first"] = window / (time.perf_counter() - t)
            if k == len(arts) - window:
                t_last = time.perf_counter()
            if k % 2000 == 0:
                print(f"  {k} articles stored", flush=True)
        last = window / (time.perf_counter() - t_last) if len(arts) > window else marks["first"]
        store.engine.dispose()
    gold = {a["id"]: str(a["_story"]) for a in arts}
    f1 = bcubed(gold, {k: pred[k] for k in gold})["f1"]
    print(f"articles/s at 1k stored:  {marks['first']:.1f}  (first {window} articles)")
    print(f"articles/s at {len(arts) // 1000}k stored: {last:.1f}  (last {window} articles)")
    print(f"ratio (at {len(arts) // 1000}k / at 1k): {last / marks['first']:.2f}")
    print(f"synthetic clustering B-cubed F1: {f1:.3f}")


if __name__ == "__main__":
    main()
