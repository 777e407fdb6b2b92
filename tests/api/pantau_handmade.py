"""Hand-made Analysis documents (with places, counts, quotes, events…) and a hand-made Story
provider, for testing the web UI before the extractors, geocoder and stories stage fill them.

Facts are given by the substring they cover; offsets are computed here so they are always right.
"""

from __future__ import annotations

from pantau.analysis import Analysis, article_id
from pantau.types import RawDocument


def _at(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def make_analysis(*, title: str, text: str, outlet: str, published: str, entities=(), places=(), quotes=(),
                  counts=(), dates=(), events=(), themes=(), dateline_place: str | None = None) -> Analysis:
    def span(sub, nth=0):
        s, e = _at(text, sub, nth)
        return {"start": s, "end": e}

    ents = [{"text": t, "label": label, **span(t, n), "entity_id": eid, "canonical": canon or t}
            for (t, label, eid, canon, n) in [(*e, 0) if len(e) == 4 else e for e in entities]]
    pls = [{"name": name, **span(sub), "country": cc, "admin1": adm, "lat": lat, "lon": lon, "feature": feat,
            "geonames_id": gid, "confidence": 0.9} for (sub, name, cc, adm, lat, lon, feat, gid) in places]
    qs = [{"text": q, **span(q), "speaker": spk, "speaker_entity_id": spk_id,
           "speaker_start": _at(text, spk)[0], "speaker_end": _at(text, spk)[1], "cue": cue, "direct": True}
          for (q, spk, spk_id, cue) in quotes]
    cs = [{"value": v, "text": sub, **span(sub), "qualifier": qual, "kind": kind, "unit": "people", "place": pl,
           "source": src} for (sub, v, qual, kind, pl, src) in counts]
    ds = [{"text": sub, **span(sub), "value": v, "granularity": "day", "resolved_from": "published"} for (sub, v) in dates]
    evs = [{"actor": a, "actor_text": at, "action": act, "cameo": cameo, "target": tg, "target_text": tt,
            "quad_class": 1, "goldstein": gs, "place": pl, "date": d, "sentence": 0, **span(sub)}
           for (sub, a, at, act, cameo, tg, tt, gs, pl, d) in events]
    ths = [{"theme": th, **span(sub)} for (sub, th) in themes]
    return Analysis(
        id=article_id(text), source={"path_or_url": f"handmade:{published}:{title[:20]}", "format": "text", "url": None},
        outlet=outlet, published=published, title=title,
        dateline={"place": dateline_place, "outlet": outlet, "start": 0, "end": 0} if dateline_place else None,
        language="id", text=text, removed=[{"kind": "editor", "raw": "Editor: Budi Santoso", "raw_start": 0, "raw_end": 20}],
        repairs=[], sentences=[{"start": 0, "end": len(text)}], entities=ents, places=pls, quotes=qs, counts=cs,
        dates=ds, events=evs, tone=None, themes=ths,
        pipeline={"pantau": "test", "model": "handmade", "components": ["handmade"]},
    )


BANJARMASIN = ("Banjarmasin", "Banjarmasin", "ID", "Kalimantan Selatan", -3.3186, 114.5944, "city", 1650213)
KALSEL = ("Kalimantan Selatan", "Kalimantan Selatan", "ID", None, -3.0926, 115.2838, "admin1", 1641897)
SIGI = ("Sigi", "Sigi", "ID", "Sulawesi Tengah", -1.385, 119.97, "city", 8030393)
PALU = ("Palu", "Palu", "ID", "Sulawesi Tengah", -0.8917, 119.8707, "city", 1633034)
IDLIB = ("Idlib", "Idlib", "SY", None, 35.9306, 36.6339, "city", 169388)
ISTANBUL = ("Istanbul", "Istanbul", "TR", None, 41.0138, 28.9497, "city", 745044)

XSS_TITLE = "<script>alert('judul')</script> Banjir"
XSS_TEXT = ("Warga melapor <img src=x onerror=alert(1)> di posko. Tulisan <script>document.title='pwned'</script> "
            "muncul di laman. Tautan <a href=\"javascript:alert(2)\">klik</a> juga ada.")


def handmade_documents() -> list[tuple[Analysis, RawDocument]]:
    docs = []
    t1 = ("Banjarmasin (ANTARA) - Badan Nasional Penanggulangan Bencana (BNPB) mencatat 3.400 warga mengungsi "
          "akibat banjir yang merendam Banjarmasin, Kalimantan Selatan, pada Senin (11/3/2024). "
          "Kepala Pusat Data BNPB Abdul Muhari mengatakan, \"Kami terus memantau ketinggian air dan menyalurkan "
          "bantuan logistik ke posko pengungsian.\" BNPB mengirim bantuan ke Banjarmasin.")
    docs.append(make_analysis(
        title="Banjir rendam Banjarmasin, 3.400 warga mengungsi", text=t1, outlet="ANTARA", published="2024-03-11",
        dateline_place="Banjarmasin",
        entities=[("Badan Nasional Penanggulangan Bencana", "ORG", "hm-bnpb", "BNPB"), ("BNPB", "ORG", "hm-bnpb", "BNPB", 0),
                  ("Abdul Muhari", "PER", "hm-abdul-muhari", "Abdul Muhari"), ("BNPB", "ORG", "hm-bnpb", "BNPB", 1)],
        places=[("Banjarmasin", *BANJARMASIN[1:]), ("Kalimantan Selatan", *KALSEL[1:])],
        quotes=[("Kami terus memantau ketinggian air dan menyalurkan bantuan logistik ke posko pengungsian.",
                 "Abdul Muhari", "hm-abdul-muhari", "mengatakan")],
        counts=[("3.400 warga mengungsi", 3400, "exact", "displaced", "Banjarmasin", "BNPB")],
        dates=[("Senin (11/3/2024)", "2024-03-11")],
        events=[("BNPB mengirim bantuan", "IDNGOV", "BNPB", "PROVIDE_AID", "073", "IDNCVL", "warga", 7.4,
                 "Banjarmasin", "2024-03-11")],
        themes=[("banjir", "NATURAL_DISASTER_FLOOD")]))
    t2 = ("Banjarmasin, KOMPAS.com - Pemerintah Provinsi Kalimantan Selatan menyebut lebih dari 5.000 warga mengungsi "
          "di Banjarmasin akibat banjir. Gubernur Sahbirin Noor meminta BNPB menambah perahu karet. "
          "\"Kami butuh perahu karet tambahan,\" kata Sahbirin Noor.")
    docs.append(make_analysis(
        title="Pemprov Kalsel: lebih dari 5.000 warga Banjarmasin mengungsi", text=t2, outlet="Kompas",
        published="2024-03-12", dateline_place="Banjarmasin",
        entities=[("Pemerintah Provinsi Kalimantan Selatan", "ORG", "hm-pemprov-kalsel", "Pemprov Kalsel"),
                  ("Sahbirin Noor", "PER", "hm-sahbirin-noor", "Sahbirin Noor"), ("BNPB", "ORG", "hm-bnpb", "BNPB")],
        places=[("Banjarmasin", *BANJARMASIN[1:])],
        quotes=[("Kami butuh perahu karet tambahan,", "Sahbirin Noor", "hm-sahbirin-noor", "kata")],
        counts=[("lebih dari 5.000 warga mengungsi", 5000, "more_than", "displaced", "Banjarmasin", "Pemprov Kalsel")],
        events=[("meminta BNPB", "IDNGOV", "Sahbirin Noor", "APPEAL", "020", "IDNGOV", "BNPB", 3.0, "Banjarmasin",
                 "2024-03-12")],
        themes=[("banjir", "NATURAL_DISASTER_FLOOD")]))
    t3 = ("Palu (ANTARA) - Gempa magnitudo 6,1 mengguncang Kabupaten Sigi, Sulawesi Tengah. BMKG mencatat sembilan "
          "orang meninggal dan 120 orang luka-luka. Kepala BMKG Dwikorita Karnawati meminta warga tetap tenang.")
    docs.append(make_analysis(
        title="Gempa Sigi: sembilan orang meninggal", text=t3, outlet="ANTARA", published="2024-02-21",
        dateline_place="Palu",
        entities=[("BMKG", "ORG", "hm-bmkg", "BMKG"), ("Dwikorita Karnawati", "PER", "hm-dwikorita", "Dwikorita Karnawati"),
                  ("BMKG", "ORG", "hm-bmkg", "BMKG", 1)],
        places=[("Sigi", *SIGI[1:]), ("Palu", *PALU[1:])],
        counts=[("sembilan orang meninggal", 9, "exact", "killed", "Sigi", "BMKG"),
                ("120 orang luka-luka", 120, "exact", "injured", "Sigi", "BMKG")],
        events=[("meminta warga", "IDNGOV", "BMKG", "APPEAL", "020", "IDNCVL", "warga", 3.0, "Sigi", "2024-02-21")],
        themes=[("Gempa", "NATURAL_DISASTER_EARTHQUAKE")]))
    t4 = ("Istanbul (ANTARA News) - Menteri Luar Negeri Turki Mevlut Cavusoglu bertemu Menteri Luar Negeri Rusia "
          "Sergei Lavrov membahas gencatan senjata di Idlib. \"Kami sepakat menjaga gencatan senjata,\" kata Cavusoglu.")
    docs.append(make_analysis(
        title="Turki dan Rusia bahas gencatan senjata di Idlib", text=t4, outlet="ANTARA", published="2024-03-08",
        dateline_place="Istanbul",
        entities=[("Mevlut Cavusoglu", "PER", "hm-mevlut-cavusoglu", "Mevlut Cavusoglu"),
                  ("Sergei Lavrov", "PER", None, "Sergei Lavrov"), ("Turki", "GPE", "hm-turki", "Turki"),
                  ("Rusia", "GPE", "hm-rusia", "Rusia"), ("Cavusoglu", "PER", "hm-mevlut-cavusoglu", "Mevlut Cavusoglu")],
        places=[("Istanbul", *ISTANBUL[1:]), ("Idlib", *IDLIB[1:])],
        quotes=[("Kami sepakat menjaga gencatan senjata,", "Cavusoglu", "hm-mevlut-cavusoglu", "kata")],
        events=[("bertemu Menteri Luar Negeri Rusia", "TUR", "Turki", "CONSULT", "040", "RUS", "Rusia", 1.0, "Istanbul",
                 "2024-03-08")],
        themes=[("gencatan senjata", "CEASEFIRE")]))
    docs.append(make_analysis(
        title=XSS_TITLE, text=XSS_TEXT, outlet="Banua Pos", published="2024-03-13",
        entities=[("<img src=x onerror=alert(1)>", "ORG", None, "<img src=x onerror=alert(1)>")],
        places=[("posko", "<b>posko</b>", "ID", None, -3.31, 114.6, "city", None)],
        counts=[("<script>document.title='pwned'</script>", 1, "exact", "other", None, None)]))
    return [(a, RawDocument(text=a.text, path_or_url=a.source["path_or_url"], format="text", title=a.title,
                            published=a.published, outlet=a.outlet)) for a in docs]


def add_handmade(store) -> list[str]:
    ids = []
    for analysis, raw in handmade_documents():
        store.add(analysis, raw)
        ids.append(analysis.id)
    return ids


class HandmadeStories:
    """A stories provider with one hand-made Story document over the hand-made flood articles."""

    def __init__(self, ids: list[str]):
        self.ids = ids
        a1, a2 = ids[0], ids[1]
        self.story = {
            "id": "banjir-kalsel-2024", "title": "Banjir Kalimantan Selatan", "articles": [a1, a2],
            "duplicates": [], "related": [], "first_seen": "2024-03-11", "last_seen": "2024-03-12", "trending": True,
            "summary": [{"text": "BNPB mencatat 3.400 warga mengungsi akibat banjir di Banjarmasin.", "article_id": a1,
                         "start": 0, "end": 10},
                        {"text": "Pemprov Kalsel menyebut lebih dari 5.000 warga mengungsi.", "article_id": a2,
                         "start": 0, "end": 10}],
            "timeline": [{"date": "2024-03-11", "kind": "article", "article_id": a1, "ref": {"title": "Banjir rendam"}},
                         {"date": "2024-03-11", "kind": "count", "article_id": a1, "ref": {"text": "3.400 warga mengungsi"}},
                         {"date": "2024-03-11", "kind": "event", "article_id": a1, "ref": {"action": "PROVIDE_AID"}},
                         {"date": "2024-03-12", "kind": "article", "article_id": a2, "ref": {"title": "Pemprov Kalsel"}},
                         {"date": "2024-03-12", "kind": "count", "article_id": a2, "ref": {"text": "5.000 warga"}},
                         {"date": "2024-03-12", "kind": "quote", "article_id": a2, "ref": {"text": "Kami butuh perahu"}},
                         {"date": "2024-03-14", "kind": "article", "article_id": a1, "ref": {"title": "later"}}],
            "entities": [{"entity_id": "hm-bnpb", "canonical": "BNPB", "mentions": 4},
                         {"entity_id": "hm-abdul-muhari", "canonical": "Abdul Muhari", "mentions": 1},
                         {"entity_id": "hm-sahbirin-noor", "canonical": "Sahbirin Noor", "mentions": 2}],
            "claims": [
                {"kind": "displaced", "place": "Banjarmasin", "window": ["2024-03-11", "2024-03-12"], "status": "conflict",
                 "claims": [{"value": 3400, "qualifier": "exact", "source": "BNPB", "outlet": "ANTARA",
                             "published": "2024-03-11", "article_id": a1, "start": 0, "end": 0},
                            {"value": 5000, "qualifier": "more_than", "source": "Pemprov Kalsel", "outlet": "Kompas",
                             "published": "2024-03-12", "article_id": a2, "start": 0, "end": 0}]},
                {"kind": "killed", "place": "Banjarmasin", "window": ["2024-03-11", "2024-03-11"], "status": "single",
                 "claims": [{"value": 2, "qualifier": "exact", "source": "BPBD", "outlet": "ANTARA",
                             "published": "2024-03-11", "article_id": a1, "start": 0, "end": 0}]},
            ],
        }

    def list_stories(self, store, limit=20, offset=0, since=None):
        return [self.story][offset:offset + limit]

    def get_story(self, store, story_id):
        return self.story if story_id == self.story["id"] else None
