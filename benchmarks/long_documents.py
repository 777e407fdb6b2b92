"""Long-document benchmark: does the analyze path stay linear in a document's length?

Every extra component that compares each entity with each place, or each sentence with every actor,
is quadratic in the length of one document; news articles are short enough to hide it, but a
transcript or a whole-day live blog is not. This reads the same sentences once as 20-sentence
documents (the baseline, as in speed.py) and once as documents of --long sentences each, and prints
words/s of both and their ratio (long over short). A ratio far below 1 is a quadratic step.

Text: the sentences of ../shared/data/ner_nerp/train.txt and ner_nergrit/train.txt, detokenized.

    python benchmarks/long_documents.py [--data ../shared/data] [--long 2000] [--docs 2] [--json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from speed import load_documents  # noqa: E402


def words_per_second(docs: list[str]) -> tuple[float, int]:
    from pantau.process import analyze_document
    from pantau.types import RawDocument

    words = sum(len(d.split()) for d in docs)
    t0 = time.perf_counter()
    for i, d in enumerate(docs):
        analyze_document(RawDocument(text=d, path_or_url=f"doc{i}", format="text"), published="2024-03-01")
    return words / (time.perf_counter() - t0), words


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--long", type=int, default=2000, help="sentences per long document")
    ap.add_argument("--docs", type=int, default=2, help="long documents to read")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from pantau.process import pipeline

    pipeline()  # load once, outside the timings
    short_docs = load_documents(Path(args.data), per_doc=20)[: args.long * args.docs // 20]
    # the same text, cut into --docs documents (at the 20-sentence document boundaries)
    per = len(short_docs) // args.docs
    long_docs = [" ".join(short_docs[k * per:(k + 1) * per]) for k in range(args.docs)]
    short_wps, words = words_per_second(short_docs)
    long_wps, _ = words_per_second(long_docs)
    result = {"words": words, "short_docs": len(short_docs), "long_docs": len(long_docs),
              "long_doc_chars": max(len(d) for d in long_docs), "short_words_per_s": round(short_wps),
              "long_words_per_s": round(long_wps), "ratio_long_over_short": round(long_wps / short_wps, 3),
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{words:,} words: {len(short_docs)} documents of 20 sentences, then {len(long_docs)} of "
              f"{args.long} ({result['long_doc_chars']:,} characters)")
        print(f"  short documents  {short_wps:10,.0f} words/s  (baseline)")
        print(f"  long documents   {long_wps:10,.0f} words/s  ratio {result['ratio_long_over_short']:.3f}")
        print(f"  peak memory      {result['peak_rss_mb']:,} MB")
    return result


if __name__ == "__main__":
    main()
