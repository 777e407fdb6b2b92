"""JSON Lines: one stored Analysis document per line (with story_id / duplicate_of)."""

from __future__ import annotations

import json

from pantau.export import register


@register("jsonl")
def write_jsonl(store, stream) -> int:
    n = 0
    for doc in store.iter_documents():
        stream.write(json.dumps(doc, ensure_ascii=False) + "\n")
        n += 1
    return n
