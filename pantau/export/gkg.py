"""GDELT Global Knowledge Graph 2.1 (``pantau export --format gkg``): one tab-separated row per
stored article, the 27 columns of the GKG 2.1 codebook in order, no header row. Fields Pantau
has no values for (GCAM, images, embeds, translation info) are empty; V2.1DATE is 0 for an article
with no publication date, as the codebook has it for unknown dates."""

from __future__ import annotations

from pantau.export import register
from pantau.export.gdelt_common import clean, gdelt_date, loc_fields

COUNT_TYPES = {"killed": "KILL", "injured": "WOUND", "displaced": "DISPLACED", "refugees": "REFUGEES",
               "sheltered": "SHELTERED", "detained": "ARREST", "missing": "MISSING", "affected": "AFFECT",
               "population": "POPULATION", "troops": "TROOPS"}


def _f(x) -> str:
    return clean(x).replace(";", " ").replace("#", " ").replace(",", " ")


def _count_location(count: dict, places: list[dict]) -> str:
    """A count's location fields (type#name#country#ADM1#lat#lon#feature): the geocoded mention of
    the place the count is given for that is nearest to it, else empty fields."""
    named = [p for p in places if count.get("place") and p.get("name") == count["place"]]
    if not named:
        return "######"
    return _v1_location(loc_fields(min(named, key=lambda p: abs(p["start"] - count.get("start", 0)))))


def _v1_location(lf: dict) -> str:
    """One V1 location block: type#name#country#ADM1#lat#lon#feature."""
    return f"{lf['type']}#{lf['fullname']}#{lf['country']}#{lf['adm1']}#{lf['lat']}#{lf['lon']}#{lf['feature']}"


# V2.1ENHANCEDDATES resolution codes (GKG 2.1 codebook): 3 a day with its year, 2 a month with its
# year, 1 a year alone (4, a day and month without a year, does not occur: Pantau resolves the year).
def _date_block(value: str, start: int) -> str | None:
    parts = value.split("-")
    if not all(x.isdigit() for x in parts):
        return None
    if len(parts) == 3:
        return f"3#{int(parts[1])}#{int(parts[2])}#{parts[0]}#{start}"
    if len(parts) == 2:
        return f"2#{int(parts[1])}#0#{parts[0]}#{start}"
    if len(parts) == 1:
        return f"1#0#0#{parts[0]}#{start}"
    return None


def gkg_row(doc: dict, n: int) -> list[str]:
    date = gdelt_date(doc.get("published"))
    places = doc.get("places") or []
    ents = doc.get("entities") or []
    themes = doc.get("themes") or []
    counts = doc.get("counts") or []
    v1counts, v21counts = [], []
    for c in counts:
        ctype = COUNT_TYPES.get(c.get("kind") or "", "OTHER")
        base = f"{ctype}#{int(c['value']) if c.get('value') is not None else ''}#{_f(c.get('unit') or '')}#"
        base += _count_location(c, places)
        v1counts.append(base)
        v21counts.append(base + f"#{c.get('start', '')}")
    v1loc, v2loc = [], []
    for p in places:
        lf = loc_fields(p)
        v1 = _v1_location(lf)
        if v1 not in v1loc:
            v1loc.append(v1)
        v2loc.append(f"{lf['type']}#{lf['fullname']}#{lf['country']}#{lf['adm1']}##{lf['lat']}#{lf['lon']}#"
                     f"{lf['feature']}#{p['start']}")
    persons = [e for e in ents if e["label"] in ("PER", "PERSON")]
    orgs = [e for e in ents if e["label"] == "ORG"]

    def names(es, enhanced):
        if enhanced:
            return ";".join(f"{_f(e.get('canonical') or e['text'])},{e['start']}" for e in es)
        return ";".join(dict.fromkeys(_f(e.get("canonical") or e["text"]) for e in es))

    tone = doc.get("tone") or {}
    tone_s = ",".join(str(tone.get(k, 0)) for k in ("tone", "positive", "negative", "polarity", "activity_density",
                                                    "self_group_density", "word_count")) if tone else ""
    dates = [b for b in (_date_block(d.get("value") or "", d["start"]) for d in doc.get("dates") or []) if b]
    quotes = "#".join(f"{q['start']}|{q['end'] - q['start']}|{clean(q.get('cue') or '').replace('|', ' ')}|"
                      f"{clean(q['text']).replace('|', ' ').replace('#', ' ')}" for q in doc.get("quotes") or [])
    allnames = ";".join(f"{_f(e['text'])},{e['start']}" for e in ents if e["label"] not in ("GPE", "LOC"))
    amounts = ";".join(f"{c['value']},{_f(c.get('unit') or c.get('kind') or '')},{c['start']}" for c in counts
                       if c.get("value") is not None)
    source = doc.get("source") or {}
    url = source.get("url") or source.get("path_or_url") or ""
    return [
        f"{date or '00000000000000'}-{n}", date or "0", "1", clean(doc.get("outlet") or ""), clean(url),
        ";".join(v1counts), ";".join(v21counts),
        ";".join(dict.fromkeys(t["theme"] for t in themes)), ";".join(f"{t['theme']},{t['start']}" for t in themes),
        ";".join(v1loc), ";".join(v2loc), names(persons, False), names(persons, True), names(orgs, False),
        names(orgs, True), tone_s, ";".join(dates), "", "", "", "", "", quotes, allnames, amounts, "", "",
    ]


@register("gkg")
def write_gkg(store, stream) -> int:
    n = 0
    for doc in store.iter_documents():
        stream.write("\t".join(clean(v) for v in gkg_row(doc, n)) + "\n")
        n += 1
    return n
