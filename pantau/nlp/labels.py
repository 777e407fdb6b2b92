"""Pantau's unified entity labels and the mapping of each training/gold data set onto them.

Unified scheme (what ``doc.ents`` carries after the trained pipeline):

=======  ==========================================================================
PER      persons (NERGrit PERSON, NERP PPL)
ORG      organisations and institutions (NERGrit ORGANISATION, NERP IND)
GPE      places with a government: countries, provinces, regencies, cities, villages
LOC      other places: mountains, rivers, seas, islands, streets, regions
EVT      named events (NERP EVT)
FNB      food and beverage products (NERP FNB)
=======  ==========================================================================

The statistical NER predicts one place label, ``LOC``; the ``pantau_places`` component then types
each place as GPE or LOC (gazetteer of countries/provinces/cities, Indonesian administrative
words such as "Kabupaten", geographic feature words such as "Gunung"). For scoring against a data
set that has a single place label, GPE and LOC are collapsed back into that label.
"""

from __future__ import annotations

# data set label -> unified label used in training
NERGRIT_TO_UNIFIED = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}
NERP_TO_UNIFIED = {"PPL": "PER", "PLC": "LOC", "IND": "ORG", "EVT": "EVT", "FNB": "FNB"}

# For scoring: unified predicted label -> the label it counts as; the gold side maps through the
# tables above (places become "PLACE" on both sides).
SCORING_LABEL = {"PER": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "EVT": "EVT", "FNB": "FNB"}

DATASET_MAPS = {"nergrit": NERGRIT_TO_UNIFIED, "nerp": NERP_TO_UNIFIED}

UNIFIED_LABELS = ("PER", "ORG", "GPE", "LOC", "EVT", "FNB")


def guess_dataset(gold_labels: set[str]) -> str | None:
    """Which data set's label names a gold file uses (None: already unified)."""
    if gold_labels & set(NERGRIT_TO_UNIFIED):
        return "nergrit"
    if gold_labels & {"PPL", "PLC", "IND"}:
        return "nerp"
    return None


def gold_to_scoring(label: str, dataset: str | None) -> str:
    if dataset:
        label = DATASET_MAPS[dataset].get(label, label)
    return SCORING_LABEL.get(label, label)


# POSP (IndoNLU posp_pos-prosa) tag -> UPOS. Used for tokens whose UPOS the treebank-trained
# morphologizer leaves empty, and documented here as the reading of the POSP tagset.
POSP_TO_UPOS = {
    "NNO": "NOUN",   # common noun
    "NNP": "PROPN",  # proper noun
    "PRN": "PRON",   # personal pronoun
    "PRR": "PRON",   # relative pronoun ("yang")
    "PRI": "PRON",   # interrogative pronoun
    "PRK": "PRON",   # clitic pronoun ("-nya", "ku-")
    "VBI": "VERB",   # intransitive verb
    "VBT": "VERB",   # transitive verb
    "VBP": "VERB",   # passive verb
    "VBL": "AUX",    # linking verb ("adalah", "merupakan")
    "VBE": "VERB",   # existential verb ("ada")
    "ADJ": "ADJ",
    "ADV": "ADV",
    "ADK": "ADV",    # adverbial conjunction/kata keterangan
    "NEG": "PART",   # negation ("tidak", "bukan")
    "NUM": "NUM",
    "KUA": "DET",    # quantifier ("banyak", "beberapa", "semua")
    "ART": "DET",    # article/determiner ("itu", "ini", "para", "sang")
    "PPO": "ADP",    # preposition
    "CCN": "CCONJ",
    "CSN": "SCONJ",
    "PAR": "PART",   # particle ("pun", "lah")
    "INT": "INTJ",
    "SYM": "PUNCT",  # punctuation and symbols
    "UNS": "X",      # unknown
    "$$$": "SYM",    # currency
}
