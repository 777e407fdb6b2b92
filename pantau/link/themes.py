"""Themes: news-monitoring themes (GDELT GKG theme names where one exists) matched with
Indonesian term lists (pantau/lexicons/themes_id.tsv) by a PhraseMatcher on lower-case text;
``doc._.themes`` = [{"theme", "start", "end", "text"}] with character offsets.

Rows whose theme is ``NOT`` are phrases in which a shorter term means something else
("penangkapan ikan" is fishing, not an arrest): no theme is matched inside them."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pantau.link.lexicon import rows

if not Doc.has_extension("themes"):
    Doc.set_extension("themes", default=None)


NOT = "NOT"


class ThemeMatcher:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        terms: dict[str, list[str]] = {}
        for r in rows("themes_id.tsv"):
            terms.setdefault(r[0], []).append(r[1])
        for theme, ts in terms.items():
            self.matcher.add(theme, list(nlp.tokenizer.pipe(ts)))

    def __call__(self, doc: Doc) -> Doc:
        seen, out = set(), []
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -m[2]))
        blocked = {i for mid, s, e in matches if doc.vocab.strings[mid] == NOT for i in range(s, e)}
        for mid, s, e in matches:
            theme = doc.vocab.strings[mid]
            if theme == NOT or blocked.intersection(range(s, e)):
                continue
            span = doc[s:e]
            key = (theme, span.start_char)
            if key in seen:
                continue
            seen.add(key)
            out.append({"theme": theme, "start": span.start_char, "end": span.end_char, "text": span.text})
        doc._.themes = out
        return doc


@Language.factory("pantau_themes")
def make_theme_matcher(nlp: Language, name: str) -> ThemeMatcher:
    return ThemeMatcher(nlp)
