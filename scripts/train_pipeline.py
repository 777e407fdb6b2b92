"""Train and assemble the Indonesian pipeline (the same as `pantau train`).

    python scripts/train_pipeline.py [--data ../shared/data] [--build build] [--max-steps N]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pantau.nlp import train  # noqa: E402

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(train.DEFAULT_DATA))
    ap.add_argument("--build", default=str(train.DEFAULT_BUILD))
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps (trial runs)")
    args = ap.parse_args()
    ov = {"training.max_steps": args.max_steps} if args.max_steps else None
    train.train_all(Path(args.data), Path(args.build), overrides=ov, ner_overrides=ov)
