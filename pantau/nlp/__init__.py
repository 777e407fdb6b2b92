"""The language pipeline: one spaCy ``Language`` built once per process and reused."""

from pantau.nlp.pipeline import get_nlp, MODEL_NAME

__all__ = ["get_nlp", "MODEL_NAME"]
