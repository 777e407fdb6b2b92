"""Shared lexicon loading and Indonesian number parsing for the fact extractors.

Hand-written because Indonesian numerals mix digit conventions ("200.000" thousands dots,
"3,5 juta" decimal commas) with compositional number words ("dua puluh lima", "sebelas",
"seratus") and vague plurals ("ratusan", "puluhan ribu"); no installed library parses these.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def read_tsv(name: str) -> list[list[str]]:
    text = resources.files("pantau.lexicons").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def number_words() -> dict[str, tuple[float, str]]:
    return {r[0]: (float(r[1]), r[2]) for r in read_tsv("numbers_id.tsv")}


@lru_cache(maxsize=1)
def wordfreq() -> dict[str, tuple[int, int]]:
    out = {}
    for r in read_tsv("wordfreq_id.tsv"):
        if len(r) >= 3:
            try:
                out[r[0]] = (int(r[1]), int(r[2]))
            except ValueError:
                pass
    return out


def is_common_word(word: str) -> bool:
    """A word mostly written in lower case (so a capital at sentence start is not a name)."""
    f = wordfreq().get(word.lower())
    if not f:
        return False
    count, cap = f
    return count >= 3 and cap / count < 0.3


def _word_alt() -> str:
    words = sorted(number_words(), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def number_regex() -> re.Pattern:
    """One numeral: digits (with thousands dots / decimal comma) plus optional scale words, or a run
    of number words. Group 'num' spans the whole numeral."""
    w = _word_alt()
    digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+(?=\s+(?:ribu|juta|miliar|milyar|triliun)\b)"
    scale = r"(?:\s+(?:ribu|juta|miliar|milyar|triliun))*"
    words = rf"(?:{w})(?:\s+(?:{w}))*"
    return re.compile(rf"(?<![\w.,/-])(?P<num>(?:{digits}){scale}|{words})(?![\w/]|[.,]\d)", re.I)


def parse_digits(s: str) -> float | None:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    if re.fullmatch(r"\d+", s):
        return float(s)
    return None


def parse_number(s: str) -> tuple[float | None, bool]:
    """(value, vague) for a numeral matched by number_regex; (None, False) if it is not a number."""
    words = number_words()
    toks = s.lower().split()
    if not toks:
        return None, False
    first = parse_digits(toks[0])
    if first is not None:
        value = first
        for t in toks[1:]:
            if t in words and words[t][1] == "scale":
                value *= words[t][0]
            else:
                return None, False
        # Binary floats make "8,2 juta" 8199999.999999999; no news numeral has more than six decimals
        return round(value, 6), False
    total, current, vague = 0.0, 0.0, False
    seen = False
    for t in toks:
        if t not in words:
            return None, False
        v, kind = words[t]
        if kind == "unit":
            current += v
        elif kind == "whole":
            if v >= 1000:
                total += (current or 1) * v if current else v
                current = 0
            else:
                current += v
        elif kind == "mult":
            if not seen or current == 0:
                return None, False
            current = current + v if t == "belas" else current * v
        elif kind == "scale":
            if current == 0 and not vague:
                if total == 0:
                    return None, False
                total *= v
            else:
                total = (total + current) * v if vague and total == 0 else total + current * v
                current = 0
        elif kind == "vague":
            if seen:
                return None, False
            vague = True
            current = v
        seen = True
    return round(total + current, 6), vague
