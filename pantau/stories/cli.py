"""``pantau stories`` and ``pantau story``: the stories stage's verbs (registered by pantau.cli)."""

from __future__ import annotations

import json
import sys

import click

from pantau.cli import _date_option, db_option, existing_store


def _store(db):
    import pantau.stories  # noqa: F401  (hooks and tables)

    return existing_store(db)


@click.command(name="stories")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only stories active on or after this date.")
@click.option("--limit", default=50, show_default=True, help="At most this many stories (0: all).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable list.")
def stories_cmd(since: str | None, limit: int, db: str | None, as_json: bool) -> None:
    """List stories with size, span and top entities, most recently active first."""
    from pantau.stories import list_stories

    rows = list_stories(_store(db), since=_date_option(since), limit=limit or None)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no stories")
        return
    for r in rows:
        span = f"{r['first_seen'] or '?'}..{r['last_seen'] or '?'}"
        who = ", ".join(e["canonical"] for e in r["entities"]) or ", ".join(r["terms"])
        flag = " [trending]" if r["trending"] else ""
        click.echo(f"{r['id']}  {r['size']:>3} art ({r['reports']} rep)  {span}{flag}  {r['title'] or ''}")
        if who:
            click.echo(f"{'':19}{who}")


@click.command(name="story")
@click.argument("story_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The Story document (DESIGN.md).")
def story_cmd(story_id: str, db: str | None, as_json: bool) -> None:
    """One story: summary, timeline, top entities and places, claims ledger."""
    from pantau.stories import get_story

    doc = get_story(_store(db), story_id)
    if doc is None:
        click.echo(f"error: no story {story_id}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    e = click.echo
    e(f"{doc['id']}  {doc['title'] or ''}")
    e(f"{doc['size']} article(s), {doc['reports']} report(s), {len(doc['duplicates'])} duplicate(s); "
      f"{doc['first_seen']} .. {doc['last_seen']}{'  [trending]' if doc['trending'] else ''}")
    if doc["related"]:
        e("related: " + ", ".join(doc["related"]))
    e("\nSummary")
    for s in doc["summary"]:
        e(f"  - {s['text']}  [{s['article_id']} {s['start']}:{s['end']}]")
    if doc["entities"]:
        e("\nEntities: " + ", ".join(f"{x['canonical']} ({x['mentions']})" for x in doc["entities"]))
    if doc["places"]:
        e("Places:   " + ", ".join(f"{x['name']} ({x['mentions']})" for x in doc["places"]))
    e("Terms:    " + ", ".join(doc["terms"]))
    if doc["claims"]:
        e("\nClaims ledger")
        for g in doc["claims"]:
            w = g["window"]
            e(f"  {g['kind']} @ {g['place'] or '-'}  {w[0]}..{w[1]}  {g['status'].upper()}")
            for c in g["claims"]:
                e(f"      {c['text'] or c['value']!s:<30} ({c['qualifier'] or 'exact'}) source: {c['source'] or '-'}; "
                  f"{c['outlet'] or '-'} {c['published'] or ''}  [{c['article_id']} {c['start']}:{c['end']}]")
    e("\nTimeline")
    for t in doc["timeline"]:
        ref = t["ref"]
        if t["kind"] == "article":
            what = (ref.get("title") or "") + (f"  (duplicate of {ref['duplicate_of']})" if ref.get("duplicate_of") else "")
            what = f"{ref.get('outlet') or '-'}: {what}"
        elif t["kind"] == "count":
            what = f"{ref.get('text')} [{ref.get('kind')}] {ref.get('source') or ''}"
        elif t["kind"] == "quote":
            what = f"{ref.get('speaker') or '?'}: “{(ref.get('text') or '')[:80]}”"
        else:
            what = f"{ref.get('actor_text') or ref.get('actor')} {ref.get('action')} {ref.get('target_text') or ''}"
        e(f"  {t['date'] or '----------'}  {t['kind']:<7} {t['article_id']}  {what}")


def register(main: click.Group) -> None:
    main.add_command(stories_cmd)
    main.add_command(story_cmd)
