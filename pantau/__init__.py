"""Pantau: news intelligence for Indonesian-language news.

Scripting API::

    import pantau
    a = pantau.analyze(text, published="2024-03-14")
    a.to_dict()
    store = pantau.Store("pantau.db")
    store.ingest(["articles/"])
    store.search("banjir")
"""

__version__ = "0.1.0"


def __getattr__(name):
    # Lazy, so that `import pantau` stays cheap and the CLI starts fast.
    if name == "analyze":
        from pantau.process import analyze

        return analyze
    if name == "Analysis":
        from pantau.analysis import Analysis

        return Analysis
    if name == "Store":
        from pantau.store import Store

        return Store
    raise AttributeError(name)


__all__ = ["analyze", "Analysis", "Store", "__version__"]
