"""Convert the public data sets into spaCy corpora under build/corpus/ (step 1 of `pantau train`).

    python scripts/convert_data.py [--data ../shared/data] [--build build]
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
    args = ap.parse_args()
    train.convert(Path(args.data), Path(args.build))
