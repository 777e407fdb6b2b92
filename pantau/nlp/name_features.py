"""Gazetteer features for the NER's embedding: is this token a known given name, a known family
name, the start or inside of a known place name, or the start or inside of the name of an
Indonesian province, regency, district or village?

Why: the NER's misses are names that its 8.4k training sentences do not contain (on NERGrit dev it
finds 90% of the entities that training contains and 60% of the others). A pretrained language
model would bring that knowledge; here it comes from name lists that ship in pip packages. The
lists are soft evidence, not rules: the code of each token is one more hashed feature next to
NORM, PREFIX, SUFFIX and SHAPE, so the model learns how far to trust "Jackson" or "Ada" in context.

Lists (``pantau/models/gazetteer/``): ``names_id.tsv``, given and family names of Faker's person
providers in all locales (built by ``build_names`` at training time); the place gazetteer of
``pantau.nlp.places`` (countries, provinces, GeoNames cities15000); and ``regions_id.tsv``, the
names of Indonesia's 38 provinces, 514 regencies and cities, 7,285 districts and 83,762 villages
(``build_regions``, from the idn-area-data package). The regions have their own pair of codes: the
list is noisier than the place gazetteer, and the small places it adds are those the NER missed.
Matching is case-insensitive, because NERP's text is lower-cased; so that "kata" (a Faker surname)
or "tiba" (a town) do not fire on every sentence, ``names_id.tsv`` also lists Indonesian common
words (POSP training tokens that are rarely tagged as proper nouns), and a common word gets no name
code and no one-word place or region code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import List

import numpy
from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from pantau.nlp.places import curated_place

NAMES = Path(__file__).resolve().parents[1] / "models" / "gazetteer" / "names_id.tsv"
REGIONS = NAMES.with_name("regions_id.tsv")

GIVEN, FAMILY, PLACE_START, PLACE_INSIDE, REGION_START, REGION_INSIDE = 1, 2, 4, 8, 16, 32
MAX_PLACE_TOKENS = 4


def _first_words(names) -> dict[str, int]:
    """First word of each name → the most words a name starting with it has (names of up to
    MAX_PLACE_TOKENS words that start with a letter)."""
    longest: dict[str, int] = {}
    for name in names:
        parts = name.split(" ")
        if len(parts) <= MAX_PLACE_TOKENS and parts[0][:1].isalpha():
            longest[parts[0]] = max(longest.get(parts[0], 0), len(parts))
    return longest


def _rows(path: Path):
    """The columns of each line of one of the shipped TSV lists (no comments, no blank lines)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], set[str], list[tuple]]:
    """(word → name code, common words, [(names, first word → longest name in words, start bit,
    inside bit)] for places and for Indonesian regions), case-folded: one dict lookup per token,
    and a join only where a name can start."""
    from pantau.nlp.places import _gazetteer

    # the NER was trained with these codes: without them it would quietly degrade
    if not NAMES.exists():
        raise FileNotFoundError(f"{NAMES}: the NER's name list is missing (pantau train rebuilds it)")
    if not REGIONS.exists():
        raise FileNotFoundError(f"{REGIONS}: the NER's list of Indonesian regions is missing "
                                "(scripts/build_regions.py rebuilds it)")
    word_codes: dict[str, int] = {}
    common: set[str] = set()
    for name, kind in (row[:2] for row in _rows(NAMES)):
        word = name.casefold()
        if kind == "common":
            common.add(word)
        else:
            word_codes[word] = word_codes.get(word, 0) | (GIVEN if kind == "given" else FAMILY)
    for word in common:
        word_codes.pop(word, None)
    regions = set(_region_levels())
    lists = [(names, _first_words(names), start, inside)
             for names, start, inside in ((_gazetteer(), PLACE_START, PLACE_INSIDE),
                                          (regions, REGION_START, REGION_INSIDE))]
    return word_codes, common, lists


@lru_cache(maxsize=1)
def _region_levels() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows(REGIONS)}


def is_name_word(word: str) -> bool:
    """A given or family name in the name list that is not also a common word ("Budi", "Retno";
    not "Makanan")."""
    return word.casefold() in _tables()[0]


def region_level(name: str) -> str | None:
    """"province", "regency", "district" or "village" for an Indonesian region name ("Sigi" →
    regency), the highest level it names; None for other words."""
    return _region_levels().get(" ".join(name.split()).casefold())


def is_region(name: str) -> bool:
    """An Indonesian province or regency, or a country or province of the curated list ("Sigi",
    "Jawa Barat", "RI"): the region an office is named for. Not the district and village names
    (too many are also given names) nor GeoNames towns."""
    return region_level(name) in ("province", "regency") or curated_place(name) == "GPE"


def gazetteer_codes(words: list[str]) -> list[int]:
    """One code per word: a bit set of GIVEN, FAMILY, PLACE_START, PLACE_INSIDE, REGION_START,
    REGION_INSIDE (longest name first; a one-word name that is a common word does not count)."""
    word_codes, common, lists = _tables()
    folded = [w.casefold() for w in words]
    codes = [word_codes.get(w, 0) for w in folded]
    n = len(words)
    for names, longest, start, inside in lists:
        i = 0
        while i < n:
            step = 1
            for length in range(min(longest.get(folded[i], 0), n - i), 0, -1):
                if (length > 1 or folded[i] not in common) and " ".join(folded[i:i + length]) in names:
                    codes[i] |= start
                    for j in range(i + 1, i + length):
                        codes[j] |= inside
                    step = length
                    break
            i += step
    return codes


@registry.layers("pantau.GazetteerFeatures.v1")
def GazetteerFeatures(dropout: float = 0.0) -> Model[List[Doc], List[Ints2d]]:
    """Docs → one (n_tokens, 1) uint64 column of gazetteer codes per Doc (no parameters).

    In training, each token's code is cleared with probability ``dropout``: the lists cover only
    some names, and a model that always sees them learns that a capitalized word without a code
    is not a name (NERGrit's Indonesian names that no list holds)."""

    def forward(model, docs, is_train):
        cols = []
        for doc in docs:
            codes = numpy.asarray(gazetteer_codes([t.text for t in doc]), dtype="uint64")
            if is_train and dropout:
                codes[numpy.random.random(len(codes)) < dropout] = 0  # seeded by spaCy's fix_random_seed
            cols.append(model.ops.asarray2i(codes.reshape(-1, 1), dtype="uint64"))
        return cols, lambda d_cols: []

    return Model("gazetteer_features", forward)


@registry.architectures("pantau.GazetteerMultiHashEmbed.v1")
def GazetteerMultiHashEmbed(width: int, attrs: List[str], rows: List[int], include_static_vectors: bool,
                            gazetteer_rows: int = 64, gazetteer_dropout: float = 0.0,
                            gazetteer_width: int | None = None) -> Model[List[Doc], List[Floats2d]]:
    """spaCy's ``MultiHashEmbed.v2`` with one more hashed column: the token's gazetteer code,
    embedded in ``gazetteer_width`` dimensions (default ``width``; 64 codes need few)."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings = [HashEmbed(width, r, column=i, seed=8 + i, dropout=0.0) for i, r in enumerate(rows)]
    gazetteer_width = gazetteer_width or width
    embeddings.append(HashEmbed(gazetteer_width, gazetteer_rows, column=len(attrs), seed=8 + len(attrs),
                                dropout=0.0))
    concat_size = width * (len(attrs) + include_static_vectors) + gazetteer_width
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    features = chain(concatenate(FeatureExtractor(attrs), GazetteerFeatures(gazetteer_dropout)), list2ragged(),
                     with_array(concatenate(*embeddings)))
    if include_static_vectors:
        features = concatenate(features, StaticVectors(width, dropout=0.0))
    return chain(features, max_out, ragged2list())


def common_words(posp_train: Path, min_count: int = 3, max_proper: float = 0.2) -> set[str]:
    """Case-folded words seen at least ``min_count`` times in POSP's training split and tagged as
    proper nouns (NNP) at most ``max_proper`` of the time."""
    from collections import Counter

    from pantau.nlp.corpora import read_columns

    total: Counter = Counter()
    proper: Counter = Counter()
    for sent in read_columns(posp_train):
        for word, tag in sent:
            w = word.casefold()
            total[w] += 1
            proper[w] += tag.endswith("NNP")
    return {w for w, n in total.items() if n >= min_count and proper[w] <= max_proper * n and w.isalpha()}


def build_names(data: Path, path: Path = NAMES, log=print) -> Path:
    """Write ``names_id.tsv`` (word, given|family|common): given and family names from Faker's person
    providers, all locales, Latin-script single words only (romanized lists where a locale has
    them); common words from POSP's training split (``common_words``)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        except (ImportError, AttributeError):  # pragma: no cover - a broken locale
            continue
        for attr, value in vars(provider).items():
            target = given if attr.startswith("first_") else family if attr.startswith("last_") else None
            if target is None or not isinstance(value, (dict, list, tuple, set, frozenset)):
                continue
            for name in value:
                if isinstance(name, str) and len(name) > 1 and name.isascii() and name.isalpha() \
                        and name[0].isupper():
                    target.add(name)
    common = common_words(Path(data) / "pos_posp" / "train.txt")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# Pantau name list: word<TAB>given|family|common. Built by pantau.nlp.name_features.build_names\n"
                 "# from Faker's person providers (all locales; MIT license) and the words of the POSP training\n"
                 "# split that are rarely proper nouns (Apache-2.0). Do not edit by hand.\n")
        for kind, words in (("given", given), ("family", family), ("common", common)):
            for word in sorted(words):
                fh.write(f"{word}\t{kind}\n")
    _tables.cache_clear()
    log(f"names: {len(given)} given, {len(family)} family, {len(common)} common words → {path}")
    return path


IDN_AREA_DATA = "idn-area-data@4.0.1"  # npm package: Indonesia's provinces, regencies, districts, villages
_REGION_NAME = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*(?: [^\W\d_]+(?:[-'][^\W\d_]+)*)*")
LEVELS = {"provinces": "province", "regencies": "regency", "districts": "district", "villages": "village"}


def fetch_area_data(into: Path) -> Path:
    """Unpack the ``idn-area-data`` npm package into ``into`` with ``npm pack`` (Node.js and npm
    must be installed; build scripts only: the derived files ship with Pantau) and return its
    ``data/`` folder."""
    import subprocess
    import tarfile

    out = subprocess.run(["npm", "pack", IDN_AREA_DATA, "--silent"], cwd=into, check=True,
                         capture_output=True, text=True).stdout.split()[-1]
    with tarfile.open(Path(into) / out) as tar:
        tar.extractall(into, filter="data")
    return Path(into) / "package" / "data"


def build_regions(area_data: Path, path: Path = REGIONS, log=print) -> Path:
    """Write ``regions_id.tsv`` (name, level): the names of Indonesia's provinces, regencies and
    cities (with and without "Kabupaten"/"Kota"), districts (kecamatan) and villages (desa,
    kelurahan), case-folded, from the CSV files of the ``idn-area-data`` npm package (``data/``
    of the unpacked package; ODbL). GeoNames' cities15000 holds only the large towns; the NER's
    misses on places are mostly the small ones ("Karangdowo", "Kebayoran Lama"). Names with
    digits, slashes or brackets ("Blok 15", "Lalai I/II") are left out: no tokenizer splits them
    the way the lookup would need."""
    import csv

    area_data = Path(area_data)
    rows: dict[str, str] = {}
    for level, kind in LEVELS.items():
        with (area_data / f"{level}.csv").open(encoding="utf-8", newline="") as fh:
            for rec in csv.DictReader(fh):
                name = " ".join(rec["name"].split()).casefold()
                forms = [name]
                for prefix in ("kabupaten ", "kota "):
                    if level == "regencies" and name.startswith(prefix):
                        forms.append(name[len(prefix):])
                for form in forms:
                    if _REGION_NAME.fullmatch(form):
                        rows.setdefault(form, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# Indonesian region names, case-folded: name<TAB>level (province|regency|district|village).\n"
                 f"# Built by pantau.nlp.name_features.build_regions from the npm package {IDN_AREA_DATA}\n"
                 "# (data: Open Database License, ODbL 1.0; this file is a derivative database under the\n"
                 "# same license: https://opendatacommons.org/licenses/odbl/1-0/). Do not edit by hand.\n")
        for name in sorted(rows):
            fh.write(f"{name}\t{rows[name]}\n")
    _tables.cache_clear()
    log(f"regions: {len(rows)} names → {path}")
    return path
