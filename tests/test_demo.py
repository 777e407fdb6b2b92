"""`pantau demo` on the bundled sample corpus, and what the corpus must contain."""

import re
from collections import Counter

from click.testing import CliRunner

from pantau.cli import main
from pantau.clean import clean
from pantau.ingest import read_paths
from pantau.types import ReadError


def _documents(corpus):
    items = list(read_paths([corpus]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert not errors, errors
    return items


def test_corpus_covers_every_format_and_dateline_style(sample_corpus):
    docs = _documents(sample_corpus)
    assert len(docs) >= 30
    assert set(Counter(d.format for d in docs)) >= {"text", "jsonl", "html", "rss", "warc"}
    outlets = Counter(clean(d).dateline["canonical_outlet"] for d in docs if clean(d).dateline)
    assert len(outlets) >= 3, outlets


def test_repairs_on_sample_corpus_are_exactly_the_planted_damage(sample_corpus):
    """Over every word of the sample corpus the repairer splits no correct word: the only splits
    are the glued forms the authors planted (listed in DAMAGE.md)."""
    planted = set(re.findall(r"^\|\s*[^|]+\|\s*`?(\w+)`?\s*\|\s*`?([\w ]+?)`?\s*\|", (sample_corpus / "DAMAGE.md")
                             .read_text(encoding="utf-8"), flags=re.M))
    planted = {(g, f) for g, f in planted if " " in f}
    assert len(planted) >= 6
    found = Counter()
    for d in _documents(sample_corpus):
        for r in clean(d).repairs:
            found[(r["raw"], r["fixed"])] += 1
    wrong = set(found) - planted
    print(f"sample corpus: {sum(found.values())} repairs, {len(wrong)} not planted")
    assert wrong == set(), wrong
    # Recall is limited by the word list: names it has never seen ("Idlib", "Sigi") are not split,
    # by design (both halves must be known words).
    assert len(set(found) & planted) >= 0.7 * len(planted)


def test_demo_ingests_the_sample_corpus(tmp_path):
    db = tmp_path / "demo.db"
    r = CliRunner().invoke(main, ["demo", "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output + r.stderr
    assert "explore it" in r.output and "pantau search" in r.output
    n = int(re.search(r"(\d+) articles in the store", r.output).group(1))
    assert n >= 30
    again = CliRunner().invoke(main, ["demo", "--db", str(db), "-q"])
    assert again.exit_code == 0 and "stored 0 new" in again.output
