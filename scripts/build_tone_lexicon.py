#!/usr/bin/env python
"""Build pantau/lexicons/tone_id.tsv: the Indonesian tone lexicon read by pantau.link.tone.

Words are induced from the SmSA training split (IndoNLP/indonlu smsa_doc-sentiment-prosa,
Apache-2.0; ../shared/data/sentiment_smsa/train.tsv) by smoothed log-odds of a word occurring in
positive vs negative documents (document frequency, minimum count, significance by z-score),
then merged with a hand-written news-domain list (NEWS below; the news list wins on conflicts).
The dev split is used only to print a sanity check (lexicon polarity vs label).
Run: python scripts/build_tone_lexicon.py [--data ../shared/data/sentiment_smsa]
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pantau" / "lexicons" / "tone_id.tsv"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
MIN_COUNT = 12
MIN_Z = 2.5
MAX_WORDS = 1500
MAX_DF = 0.05  # words in more than 5% of documents are function words, not tone words
FUNCTION = set("tidak tak bukan belum yang dan atau di ke dari ini itu juga ada akan bisa sudah lebih sangat "
               "saya kami kita aku dia ia mereka anda kamu nya pun lagi masih hanya saja sih deh dong".split())

# News-domain words (Pantau authors): reviews say little about war, disaster or diplomacy.
NEWS_NEG = """tewas terbunuh membunuh pembunuhan korban luka-luka terluka cedera serangan menyerang diserang
gempur menggempur bom pengeboman ledakan meledak tembak ditembak penembakan perang pertempuran bertempur konflik
krisis bencana banjir gempa longsor tsunami kebakaran kekeringan kelaparan wabah pandemi penyakit kematian meninggal
pengungsi mengungsi melarikan kabur diusir terusir kekerasan teror teroris terorisme militan pemberontak ancaman
mengancam menuduh tuduhan mengecam kecaman mengutuk protes memprotes demonstrasi kerusuhan bentrok bentrokan
ditangkap penangkapan ditahan penjara korupsi suap tersangka terdakwa sanksi embargo gagal kegagalan rusak
kerusakan hancur menghancurkan tragedi duka khawatir kekhawatiran kecemasan takut ketakutan bahaya berbahaya parah
mengeluh keluhan menyalahkan menolak penolakan ketegangan tegang eskalasi invasi ofensif genosida pembantaian
kejahatan kriminal miskin kemiskinan pengangguran inflasi resesi defisit kerugian merugi anjlok turun merosot
lumpuh darurat sengketa perselisihan ketidaksepakatan kecelakaan tenggelam hilang sandera penculikan diculik""".split()
NEWS_POS = """damai perdamaian sepakat kesepakatan menyepakati perjanjian gencatan kerja kerjasama bantuan membantu
menolong selamat diselamatkan pulih pemulihan aman keamanan stabil stabilitas solusi dukungan mendukung sukses
berhasil keberhasilan prestasi tumbuh pertumbuhan meningkat naik untung keuntungan sejahtera kesejahteraan
harapan berharap optimis menyambut rekonsiliasi dialog persahabatan bersahabat melindungi perlindungan
dibebaskan membebaskan menang kemenangan penghargaan apresiasi terima kasih bangga""".split()


def words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentiment_smsa"))
    args = ap.parse_args()
    data = Path(args.data)
    pos, neg = Counter(), Counter()
    npos = nneg = 0
    for line in open(data / "train.tsv", encoding="utf-8"):
        text, _, label = line.rstrip("\n").rpartition("\t")
        if label == "positive":
            pos.update(words(text)); npos += 1
        elif label == "negative":
            neg.update(words(text)); nneg += 1
    scored = []
    a = 0.5  # add-a smoothing
    for w in set(pos) | set(neg):
        p, n = pos[w], neg[w]
        if p + n < MIN_COUNT or len(w) < 3 or (p + n) / (npos + nneg) > MAX_DF or w in FUNCTION:
            continue
        lo = math.log((p + a) / (npos - p + a)) - math.log((n + a) / (nneg - n + a))
        var = 1 / (p + a) + 1 / (npos - p + a) + 1 / (n + a) + 1 / (nneg - n + a)
        z = lo / math.sqrt(var)
        if abs(z) >= MIN_Z:
            scored.append((abs(z), w, lo))
    scored.sort(reverse=True)
    lex = {}
    for _, w, lo in scored[:MAX_WORDS]:
        lex[w] = (1 if lo > 0 else -1, round(min(abs(lo), 3.0) / 3.0, 3), "smsa")
    for w in NEWS_NEG:
        lex[w] = (-1, 1.0, "news")
    for w in NEWS_POS:
        lex[w] = (1, 1.0, "news")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Pantau Indonesian tone lexicon (built by scripts/build_tone_lexicon.py; do not edit by hand).\n"
                  "# Source: SmSA train split, IndoNLP/indonlu smsa_doc-sentiment-prosa (Apache-2.0): words whose\n"
                  f"#   smoothed log-odds of occurring in positive vs negative documents has |z| >= {MIN_Z}\n"
                  f"#   (document frequency >= {MIN_COUNT} and <= {MAX_DF:.0%} of documents, function words left out;\n"
                  f"#   at most {MAX_WORDS}), weight = min(|log-odds|, 3) / 3;\n"
                  "#   plus a news-domain list written by the Pantau authors (source 'news', weight 1).\n"
                  "# Columns: word<TAB>polarity (+1/-1)<TAB>weight (0-1)<TAB>source\n")
        for w in sorted(lex):
            s, wt, src = lex[w]
            out.write(f"{w}\t{s:+d}\t{wt}\t{src}\n")
    # sanity check on dev
    dev = data / "dev.tsv"
    if dev.exists():
        ok = tot = 0
        for line in open(dev, encoding="utf-8"):
            text, _, label = line.rstrip("\n").rpartition("\t")
            if label not in ("positive", "negative"):
                continue
            score = sum(lex[w][0] * lex[w][1] for w in WORD.findall(text.lower()) if w in lex)
            tot += 1
            ok += (score > 0) == (label == "positive")
        print(f"dev sanity: sign agrees with label on {ok}/{tot} positive/negative documents ({ok / tot:.1%})")
    print(f"wrote {len(lex)} words to {OUT}")


if __name__ == "__main__":
    main()
