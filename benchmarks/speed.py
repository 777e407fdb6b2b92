"""Speed benchmark: words per second of (a) spaCy's blank Indonesian tokenizer, (b) Pantau's
trained pipeline, (c) the full ``pantau.process.analyze_document`` path, on the same Indonesian
running text in one process and one thread; printed as absolute figures and as ratios over (a),
with the peak resident memory after each stage. The baseline is the median of fifteen passes
taken before, between and after the other stages, so that the machine's drift is sampled.

Text: the sentences of ../shared/data/ner_nerp/train.txt and ner_nergrit/train.txt, detokenized
(no space before , . ! ? ; : ) and none after ( ), 20 sentences to a document; repeated until
it holds at least --min-words words (words = non-space tokens of the blank tokenizer).

    python benchmarks/speed.py [--data ../shared/data] [--min-words 200000] [--json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
             "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

NO_SPACE_BEFORE = {",", ".", "!", "?", ";", ":", ")"}
NO_SPACE_AFTER = {"("}
BLANK_PASSES = 5


def detokenize(tokens: list[str]) -> str:
    out = []
    for i, tok in enumerate(tokens):
        if i and tok not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            out.append(" ")
        out.append(tok)
    return "".join(out)


def load_documents(data: Path, per_doc: int = 20) -> list[str]:
    from pantau.nlp.corpora import read_columns

    sents = []
    for rel in ("ner_nerp/train.txt", "ner_nergrit/train.txt"):
        sents += [detokenize([w for w, _ in s]) for s in read_columns(data / rel)]
    return [" ".join(sents[k:k + per_doc]) for k in range(0, len(sents), per_doc)]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--min-words", type=int, default=200_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    import spacy
    from thinc.api import set_current_ops, NumpyOps

    set_current_ops(NumpyOps())
    base_docs = load_documents(Path(args.data))
    blank = spacy.blank("id")
    base_words = sum(sum(1 for t in blank.tokenizer(d) if not t.is_space) for d in base_docs)
    reps = max(1, -(-args.min_words // base_words))
    docs = base_docs * reps
    words = base_words * reps

    results = {}

    # The baseline takes about a second, so one pass swings with the machine: on these shared
    # 2-core machines its speed drifts by 15-30% over the minutes the other stages take. So five
    # passes run before, five between and five after the other two stages, and the baseline is
    # the median of all fifteen. Each pass covers the whole text, like the stages it is compared
    # with (passes over a small chunk would keep the text in the CPU cache and flatter it).
    passes: list[float] = []

    def time_blank() -> None:
        for _ in range(BLANK_PASSES):
            t0 = time.perf_counter()
            for d in docs:
                blank.tokenizer(d)
            passes.append(time.perf_counter() - t0)

    time_blank()
    blank_rss = peak_mb()

    from pantau.nlp import get_nlp
    from pantau.nlp.pipeline import model_label

    nlp = get_nlp()
    nlp("Pemanasan.")  # load lazily initialised tables outside the timing
    t0 = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=64):
        pass
    results["pantau_pipeline"] = {"seconds": time.perf_counter() - t0, "peak_rss_mb": peak_mb()}
    time_blank()

    from pantau.process import analyze_document, pipeline
    from pantau.types import RawDocument

    pipeline()
    t0 = time.perf_counter()
    for i, d in enumerate(docs):
        analyze_document(RawDocument(text=d, path_or_url=f"bench-{i}", format="text"))
    results["analyze_document"] = {"seconds": time.perf_counter() - t0, "peak_rss_mb": peak_mb()}
    time_blank()
    results = {"blank_tokenizer": {"seconds": statistics.median(passes), "peak_rss_mb": blank_rss,
                                   "passes_words_per_second": [round(words / p) for p in passes]},
               **results}

    base = words / results["blank_tokenizer"]["seconds"]
    for r in results.values():
        r["words_per_second"] = words / r["seconds"]
        r["ratio_over_blank"] = r["words_per_second"] / base
    report = {"words": words, "documents": len(docs), "model": model_label(nlp),
              "components": nlp.pipe_names, "threads": 1, "results": results}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{words:,} words in {len(docs):,} documents; model {report['model']}; one thread")
        print(f"{'stage':<20}{'words/s':>14}{'ratio':>10}{'seconds':>10}{'peak RSS MB':>14}")
        for name, r in results.items():
            print(f"{name:<20}{r['words_per_second']:>14,.0f}{r['ratio_over_blank']:>10.2%}"
                  f"{r['seconds']:>10.1f}{r['peak_rss_mb']:>14.0f}")
    return report


if __name__ == "__main__":
    main()
