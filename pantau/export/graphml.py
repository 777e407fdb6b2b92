"""Entity co-occurrence graph as GraphML (``pantau export --format graphml``): one node per
entity (cross-article ``entity_id`` when the store has linked it, else the canonical name), an
edge between two entities for each article mentioning both, ``weight`` = number of such articles."""

from __future__ import annotations

from itertools import combinations

import networkx as nx

from pantau.export import register


@register("graphml")
def write_graphml(store, stream) -> int:
    try:
        import pantau.link.store  # noqa: F401  (entity ids on stored documents)
    except ImportError:
        pass
    g = nx.Graph()
    for doc in store.iter_documents():
        nodes = {}
        for e in doc.get("entities") or []:
            key = e.get("entity_id") or f"{e['label']}:{e.get('canonical') or e['text']}"
            if key not in nodes:
                nodes[key] = e
                if key not in g:
                    g.add_node(key, label=e.get("canonical") or e["text"], type=e["label"], mentions=0, articles=0)
                g.nodes[key]["articles"] += 1
            g.nodes[key]["mentions"] += 1
        for a, b in combinations(sorted(nodes), 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
            else:
                g.add_edge(a, b, weight=1)
    for line in nx.generate_graphml(g):
        stream.write(line + "\n")
    return g.number_of_nodes()
