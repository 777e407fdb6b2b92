"""No year, date, age, percentage or amount of money is ever reported as a count of people."""

from __future__ import annotations

import re

import pytest

from pantau.ingest import read_path
from pantau.process import analyze_document
from pantau.types import RawDocument, ReadError

NUMBER = re.compile(r"\d[\d.,]*")
MONEY = re.compile(r"(?:\b(?:rp|us\$|usd|idr)\.?|[$€£¥])\s*$", re.I)
MONEY_AFTER = re.compile(r"^\s*(?:ribu|juta|miliar|triliun)?\s*(?:rupiah|dolar|dollar|euro|ringgit|yen|yuan)\b", re.I)
PERCENT_AFTER = re.compile(r"^\s*(?:%|persen\b)", re.I)
AGE_BEFORE = re.compile(r"\b(?:berusia|berumur|usia|umur)\s*$|\(\s*$", re.I)
TIME_AFTER = re.compile(r"^\s*(?:tahun|bulan|hari|pekan|minggu|jam|menit)\b", re.I)


def _analyses(paths):
    for path in paths:
        for raw in read_path(path):
            if isinstance(raw, ReadError):
                continue
            try:
                yield analyze_document(raw, published=raw.published)
            except ReadError:
                continue


def _check(a):
    problems = []
    date_spans = [(d["start"], d["end"]) for d in a.dates]
    for c in a.counts:
        where = f"{c['text']!r} in {a.source['path_or_url']}"
        if any(s < c["end"] and c["start"] < e for s, e in date_spans):
            problems.append(f"overlaps a date: {where}")
        for m in NUMBER.finditer(c["text"]):
            s, e = c["start"] + m.start(), c["start"] + m.end()
            before, after = a.text[max(0, s - 12):s], a.text[e:e + 30]
            if re.fullmatch(r"(?:19|20)\d\d", m.group(0)):
                problems.append(f"year: {where}")
            if MONEY.search(before) or MONEY_AFTER.match(after):
                problems.append(f"money: {where}")
            if PERCENT_AFTER.match(after):
                problems.append(f"percentage: {where}")
            if AGE_BEFORE.search(before):
                problems.append(f"age: {where}")
            if TIME_AFTER.match(after):
                problems.append(f"duration/age: {where}")
            if re.match(r"^/\d", after) or re.search(r"\d/$", before):
                problems.append(f"date: {where}")
    return problems


def test_seeds_have_no_non_people_counts(seeds_dir):
    problems = []
    for path in sorted(seeds_dir.glob("*.txt")):
        published = {"000": "2018-09-14", "001": "2019-05-31"}.get(path.name[:3])
        a = analyze_document(RawDocument(path.read_text(encoding="utf-8"), str(path), "text"), published=published)
        problems += _check(a)
    assert not problems, problems


def test_sample_corpus_has_no_non_people_counts(sample_corpus):
    if not sample_corpus.exists():
        pytest.skip("the sample corpus is not there yet")
    analyses = list(_analyses([sample_corpus]))
    assert analyses
    problems = [p for a in analyses for p in _check(a)]
    assert not problems, problems


def test_fixture_numbers_that_are_not_people():
    import pantau

    text = ("Pada 2019, sebanyak 45 persen warga berusia 30 tahun menerima bantuan Rp 5 juta dan US$ 200. "
            "Nurhayati (45) mengatakan gempa 5,6 magnitudo terjadi pada 14 September 2018 pukul 10.30 WIB, "
            "sejauh 12 kilometer dari pantai, selama 3 hari. Sidang digelar Selasa (20/10).")
    a = pantau.analyze(text, published="2020-10-25")
    assert a.counts == [], a.counts
