"""The ``pantau`` command: a thin layer over ``pantau.process`` and ``pantau.Store``.

Exit codes (DESIGN.md): 0 all inputs processed; 1 some inputs failed (each named on stderr, the
rest processed and stored); 2 usage error.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from pantau import __version__

db_option = click.option("--db", envvar="PANTAU_DB", default=None, metavar="URL|PATH",
                         help="SQLAlchemy URL or SQLite file path (default: a file in the user data dir; env PANTAU_DB).")


def _err(message: str) -> None:
    click.echo(f"error: {message}", err=True)


def existing_store(db: str | None):
    """The store for the verbs that only read: a SQLite file that is not there is a usage error,
    since a typo in --db would otherwise create an empty database and answer "no articles found"."""
    from pantau.store import Store, resolve_db_url, sqlite_path

    url = resolve_db_url(db)
    path = sqlite_path(url)
    if path and not Path(path).exists():
        raise click.BadParameter(f"no Pantau database at {path} (run 'pantau ingest PATH --db {path}' first)",
                                 param_hint="--db")
    return Store(url)


def _date_option(value: str | None) -> str | None:
    from pantau.process import normalize_date

    try:
        return normalize_date(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pantau")
def main() -> None:
    """Pantau: news intelligence for Indonesian-language news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="jsonl", show_default=True,
              help="json: one JSON array; jsonl: one Analysis per line.")
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date to resolve dates against.")
@click.option("--tokens", is_flag=True, help="Add the token list (offsets, lemma, POS, head, dependency).")
def analyze(paths: tuple[str, ...], fmt: str, published: str | None, tokens: bool) -> None:
    """Analyze files without storing them; print one Analysis per article."""
    from pantau.ingest import read_paths
    from pantau.process import analyze_document
    from pantau.types import ReadError

    published = _date_option(published)
    failed = False
    results = []
    for item in read_paths(paths):
        if isinstance(item, ReadError):
            _err(str(item))
            failed = True
            continue
        try:
            analysis = analyze_document(item, published=published, with_tokens=tokens)
        except ReadError as e:
            _err(str(e))
            failed = True
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False))
        else:
            results.append(analysis.to_dict())
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


def _ingest_with_progress(store, paths, published=None, quiet=False):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from pantau.types import ReadError

    with Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[last]}"), TimeElapsedColumn(),
                  console=None, transient=False, disable=quiet or not sys.stderr.isatty()) as progress:
        task = progress.add_task("ingest", total=None, last="")

        def on_progress(_kind, item):
            label = item.source if isinstance(item, ReadError) else item.path_or_url
            progress.update(task, advance=1, last=str(label)[-60:])

        report = store.ingest(paths, published=published, on_progress=on_progress)
    for e in report.errors:
        _err(str(e))
    return report


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date to resolve dates against (overrides the sources' own).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str | None, published: str | None, quiet: bool) -> None:
    """Read sources (files, folders, JSONL, HTML, feeds, WARC), analyze them and store the results."""
    from pantau.store import Store

    published = _date_option(published)
    store = Store(db)
    report = _ingest_with_progress(store, paths, published, quiet)
    click.echo(f"stored {len(report.stored)} new article(s), {len(report.existing)} already stored, "
               f"{len(report.errors)} error(s); {store.count()} article(s) in {store.url}")
    sys.exit(0 if report.ok else 1)


def _headline(hit: dict) -> str:
    """The title, or for untitled sources (plain text) the opening words of the match."""
    if hit.get("title"):
        return hit["title"]
    words = hit.get("snippet", "").replace("\n", " ").replace("[", "").replace("]", "").split()
    return "(untitled) " + " ".join(words[:10]) + " …"


@main.command()
@click.argument("query", required=False, default="")
@db_option
@click.option("--outlet", default=None)
@click.option("--since", default=None, metavar="YYYY-MM-DD")
@click.option("--until", default=None, metavar="YYYY-MM-DD")
@click.option("--entity", default=None, help="Only articles mentioning this entity.")
@click.option("--place", default=None, help="Only articles about this place (dateline or geocoded place).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def search(query: str, db: str | None, outlet, since, until, entity, place, limit: int, as_json: bool) -> None:
    """Full-text search with filters (outlet, date range, entity, place)."""
    hits = existing_store(db).search(query, outlet=outlet, since=_date_option(since), until=_date_option(until),
                                     entity=entity, place=place, limit=limit)
    if as_json:
        click.echo(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    if not hits:
        click.echo("no articles found")
        return
    for h in hits:
        click.echo(f"{h['id']}  {h['published'] or '----------'}  {(h['outlet'] or '-'):<12}  {_headline(h)}")
        click.echo(f"    {h['snippet'].replace(chr(10), ' ')}")


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The full Analysis document.")
def show(article_id: str, db: str | None, as_json: bool) -> None:
    """Show one stored article."""
    doc = existing_store(db).get(article_id)
    if doc is None:
        _err(f"no article with id {article_id}")
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    click.echo(click.style(doc["title"] or "(untitled)", bold=True))
    dl = doc.get("dateline") or {}
    click.echo(f"id {doc['id']} · {doc['outlet'] or 'unknown outlet'} · {doc['published'] or 'date unknown'}"
               f"{' · dateline ' + dl['place'] if dl.get('place') else ''} · {doc['source']['path_or_url']}")
    click.echo()
    click.echo(doc["text"])
    click.echo()
    if doc["removed"]:
        click.echo(f"removed: " + "; ".join(f"{r['kind']}: {r['raw'][:50]}" for r in doc["removed"]))
    if doc["repairs"]:
        click.echo("repairs: " + "; ".join(f"{r['raw']} → {r['fixed']}" for r in doc["repairs"]))
    click.echo(f"{len(doc['sentences'])} sentences; pipeline: {', '.join(doc['pipeline']['components'])}")


def _export_formats() -> list[str]:
    from pantau.export import load_exporters

    return sorted(load_exporters())


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(_export_formats()), default="jsonl", show_default=True)
@db_option
def export(out: str, fmt: str, db: str | None) -> None:
    """Export the store to OUT ('-' for stdout) in one of the export formats."""
    from pantau.export import BINARY, EXPORTERS

    store = existing_store(db)
    binary = fmt in BINARY
    if out == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        n = EXPORTERS[fmt](store, stream)
    else:
        try:
            with open(out, "wb") if binary else open(out, "w", encoding="utf-8", newline="") as stream:
                n = EXPORTERS[fmt](store, stream)
        except OSError as e:
            _err(f"{out}: cannot write ({e.strerror or e})")
            sys.exit(1)
        click.echo(f"exported {n} record(s) as {fmt} to {out}")


@main.command(name="eval")
@click.option("--task", required=True,
              help="What to score: ner, tag, syntax, geo, events, facts or stories (an unknown name lists the known ones).")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="One JSON object with the headline figures as fractions.")
def eval_(task: str, gold: str, as_json: bool) -> None:
    """Evaluate Pantau on a gold file; print precision/recall/F1 (or accuracy) per label."""
    from pantau.evaluate import TASKS, load_tasks

    load_tasks()
    if task not in TASKS:
        raise click.BadParameter(f"unknown task {task!r}; known: {', '.join(sorted(TASKS)) or 'none'}",
                                 param_hint="--task")
    report = TASKS[task](gold)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{task}: " + "  ".join(f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}"
                                       for k, v in report.scores.items()))
    if report.per_label:
        click.echo(f"{'label':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
        for label, s in sorted(report.per_label.items()):
            click.echo(f"{label:<16}{s['precision']:>10.4f}{s['recall']:>10.4f}{s['f1']:>10.4f}{int(s['support']):>10}")


@main.command()
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Folder with the data sets (default: ../shared/data beside the repository).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Training config (default: configs/pantau_id.cfg).")
@click.option("--build", "build_dir", type=click.Path(file_okay=False), default=None,
              help="Folder for converted corpora and training outputs (default: build/).")
@click.option("--name", default="pantau_id", show_default=True, help="Pipeline name (pantau/models/NAME/).")
@click.option("--version", "model_version", default=None, help="Pipeline version (default: MODEL_VERSION in pantau.nlp.pipeline).")
@click.option("--max-steps", type=int, default=None, help="Override training.max_steps (quick trial runs).")
def train(data_dir, config, build_dir, name, model_version, max_steps) -> None:
    """Train the Indonesian pipeline (tagger, morphologizer, parser, NER) and ship it in pantau/models/."""
    from pantau.nlp import train as t

    overrides = {"training.max_steps": max_steps} if max_steps else None
    target = t.train_all(Path(data_dir) if data_dir else t.DEFAULT_DATA,
                         Path(build_dir) if build_dir else t.DEFAULT_BUILD,
                         Path(config) if config else t.DEFAULT_CONFIG,
                         name=name, version=model_version or t.MODEL_VERSION, overrides=overrides, ner_overrides=overrides,
                         log=click.echo)
    click.echo(f"done: {target}")


def sample_corpus_path() -> Path:
    return Path(str(resources.files("pantau.sample").joinpath("corpus")))


@main.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--serve", "serve_ui", is_flag=True, help="Then serve the web UI on the demo store.")
@click.option("--port", default=8000, show_default=True, help="Port for --serve.")
def demo(db: str | None, quiet: bool, serve_ui: bool, port: int) -> None:
    """Ingest the bundled sample corpus into a local SQLite file and show what was stored."""
    from pantau.store import Store, sqlite_path

    if db is None:
        from platformdirs import user_data_dir

        db = str(Path(user_data_dir("pantau", appauthor=False)) / "demo.db")
    corpus = sample_corpus_path()
    store = Store(db)
    click.echo(f"Ingesting the sample corpus ({corpus}) into {store.url}")
    report = _ingest_with_progress(store, [corpus], quiet=quiet)
    stats = store.stats()
    click.echo(f"\nstored {len(report.stored)} new, {len(report.existing)} already there, "
               f"{len(report.errors)} error(s); {stats['articles']} articles in the store")
    click.echo("by format:  " + ", ".join(f"{k} {v}" for k, v in sorted(stats["by_format"].items())))
    click.echo("by outlet:  " + ", ".join(f"{k or 'unknown'} {v}" for k, v in
                                          sorted(stats["by_outlet"].items(), key=lambda kv: -kv[1])))
    sample = store.search("banjir", limit=3)
    if sample:
        click.echo("\nsearch 'banjir':")
        for h in sample:
            click.echo(f"  {h['id']}  {h['published'] or '----------'}  {_headline(h)}")
    db_arg = sqlite_path(store.url) or store.url
    example = sample[0]["id"] if sample else "ARTICLE_ID"
    # Name the command as the user can run it (".venv/bin/pantau" after `make demo`).
    cmd = sys.argv[0] if "/" in sys.argv[0] and Path(sys.argv[0]).name == "pantau" else "pantau"
    click.echo("\nexplore it:")
    click.echo(f"  {cmd} search gempa --db {db_arg}")
    click.echo(f"  {cmd} search pengungsi --outlet ANTARA --json --db {db_arg}")
    click.echo(f"  {cmd} show {example} --db {db_arg}")
    click.echo(f"  {cmd} export out.jsonl --db {db_arg}")
    click.echo(f"  {cmd} stories --db {db_arg}")
    click.echo(f"  {cmd} serve --db {db_arg}        (web UI and JSON API on http://127.0.0.1:8000)")
    if serve_ui:
        from pantau.api import serve

        click.echo(f"\nserving the web UI on http://127.0.0.1:{port} (Ctrl+C to stop)")
        serve(store.url, "127.0.0.1", port)
    sys.exit(0 if report.ok else 1)


def _register_stage_verbs() -> None:
    """Verbs that live with their stage (stories, serve, ...): each module defines register(main).
    A module that does not exist is simply absent from the CLI, never a stub."""
    for module in ("pantau.stories.cli", "pantau.api.cli"):
        try:
            __import__(module, fromlist=["register"]).register(main)
        except ModuleNotFoundError as e:
            if e.name not in (module, module.rsplit(".", 1)[0]):
                raise


if __name__ == "__main__":  # pragma: no cover
    # `python -m pantau.cli`: run the importable module, so stage modules see one `pantau.cli`.
    from pantau.cli import main as _main

    _main()
else:
    _register_stage_verbs()
