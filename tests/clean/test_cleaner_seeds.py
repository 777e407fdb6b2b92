"""The cleaner on the two real seed articles (read from ../shared/seeds, never copied here)."""

import re

from pantau.clean import clean_text


def _read(seeds_dir, prefix):
    return next(seeds_dir.glob(prefix + "*.txt")).read_text(encoding="utf-8")


def test_seed_000_dateline_and_boilerplate(seeds_dir):
    raw = _read(seeds_dir, "000_")
    mapped, removed, repairs, dateline = clean_text(raw)
    text = mapped.text
    assert dateline["place"] == "Istanbul"
    assert dateline["canonical_outlet"] == "ANTARA"
    for marker in ("Baca juga:", "Editor:", "Pewarta:", "Copyright"):
        assert marker not in text
    kinds = [r["kind"] for r in removed]
    assert kinds.count("editor") == 2 and "byline" in kinds and "copyright" in kinds and "related_link" in kinds
    # Every body paragraph survives whole (compare the raw paragraphs that are not boilerplate).
    boiler = {r["raw"] for r in removed}
    for para in re.split(r"\n\s*\n", raw[dateline["raw_end"]:]):
        para = para.strip()
        if not para or para in boiler or any(line.strip() in boiler for line in para.splitlines()):
            continue
        assert para in text
    assert text.startswith(raw.split("\n", 1)[0][len(dateline["raw"]):])


def test_seed_001_glued_link_text(seeds_dir):
    raw = _read(seeds_dir, "001_")
    mapped, removed, repairs, dateline = clean_text(raw)
    fixed = {(r["raw"], r["fixed"]) for r in repairs}
    assert {("RusiaPada", "Rusia Pada"), ("RusiaSerangan", "Rusia Serangan"), ("Rusiasalah", "Rusia salah")} <= fixed
    for r in repairs:
        assert mapped.text[r["start"]:r["end"]] == r["fixed"]
        assert raw[r["raw_start"]:r["raw_end"]] == r["raw"]
    assert dateline is None  # this article carries no dateline
    # Words that look glued but are not damage stay as they are.
    assert "Rusian" in mapped.text
