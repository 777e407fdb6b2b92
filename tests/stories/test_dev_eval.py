"""The labelled dev set through ``pantau eval --task stories`` and the CLI verbs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

DEV = Path(__file__).resolve().parents[1] / "gold" / "stories_dev"


def test_dev_set_shape():
    rows = [json.loads(line) for f in sorted(DEV.glob("*.jsonl")) for line in f.read_text().splitlines() if line]
    assert len(rows) >= 80 and len({r["story"] for r in rows}) >= 12
    urls = {r["url"] for r in rows}
    assert all(r["duplicate_of"] in urls for r in rows if r["duplicate_of"])


def test_dev_eval_and_cli(tmp_path):
    from pantau.evaluate.stories import score_stories

    report = score_stories(str(DEV))
    assert report.scores["bcubed_f1"] >= 0.9, report.scores
    assert report.scores["dup_f1"] >= 0.95, report.scores


def test_cli_stories_and_story(tmp_path):
    from pantau.cli import main

    db = str(tmp_path / "c.db")
    one = tmp_path / "a.jsonl"
    rows = [json.loads(line) for line in (DEV / "stories_2019.jsonl").read_text().splitlines() if line][:3]
    one.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(one), "--db", db, "-q"]).exit_code == 0
    res = runner.invoke(main, ["stories", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    listed = json.loads(res.output)
    assert listed and {"id", "size", "first_seen", "last_seen", "entities"} <= set(listed[0])
    res = runner.invoke(main, ["story", listed[0]["id"], "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["id"] == listed[0]["id"]
    res = runner.invoke(main, ["story", listed[0]["id"], "--db", db])
    assert res.exit_code == 0 and "Summary" in res.output
    assert runner.invoke(main, ["story", "Snope", "--db", db]).exit_code == 1
