"""Batch learning (on by default): each site's recurring lines, learned in a first pass and
removed from that site's records only; the same output at any -j and on --resume."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, Config
from cleaner.cli.app import app
from cleaner.exitcodes import ExitCode
from cleaner.profile import Learner, document_keys, line_key

FOOTER_A = "The Daily Briefing arrives every morning at six"
FOOTER_B = "Follow the Harbour Gazette on Mastodon for more"
TOPICS = ["bridge", "school", "harbour", "library", "stadium", "museum", "station", "market"]
BODY = (
    "The council met on Tuesday and voted to repair the old {topic} after a long debate "
    "that lasted well into the night, the mayor said."
)


def _records() -> list[dict[str, object]]:
    """Eight records of a.example with its footer, eight of b.example with its own; the last
    two of b.example also quote a.example's footer line (once each: not b's template)."""
    rows: list[dict[str, object]] = []
    for i, topic in enumerate(TOPICS):
        rows.append(
            {"id": i, "domain": "a.example", "text": f"{BODY.format(topic=topic)}\n\n{FOOTER_A}\n"}
        )
    for i, topic in enumerate(TOPICS):
        extra = f"\n\n{FOOTER_A}" if i >= 6 else ""
        url = f"https://www.b.example/news/{i}"
        text = f"{BODY.format(topic=topic).replace('council', 'board')}{extra}\n\n{FOOTER_B}\n"
        rows.append({"id": 10 + i, "url": url, "text": text})
    return rows


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["batch", *args, "-q"])
    assert result.exit_code == 0, result.output
    return result.output


def _read(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_each_sites_footer_goes_from_its_own_records_only(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", _records())
    out = tmp_path / "out.jsonl"
    _run(str(source), "--out", str(out), "-j", "1")
    rows = _read(out)
    a, b = rows[:8], rows[8:]
    assert all(FOOTER_A not in str(r["text"]) for r in a)
    assert all(FOOTER_B not in str(r["text"]) for r in b)
    # a.example's footer, quoted in two b.example records, stays there
    assert [FOOTER_A in str(r["text"]) for r in b] == [False] * 6 + [True] * 2
    removal = next(x for x in a[0]["clean_article"]["removed"] if x["code"] == "R001")  # type: ignore[index]
    assert removal["text"] == FOOTER_A
    assert "a.example" in removal["reason"]
    profile = orjson.loads((tmp_path / "out.jsonl.profile.json").read_bytes())
    assert set(profile["sites"]) == {"a.example", "b.example"}


def test_profile_of_a_file_cleaned_into_a_new_folder_goes_in_its_state_folder(
    tmp_path: Path,
) -> None:
    source = _write(tmp_path / "in.jsonl", _records())
    _run(str(source), "--out", f"{tmp_path / 'new'}/", "-j", "1")
    assert (tmp_path / "new" / "in.jsonl").is_file()
    assert (tmp_path / "new" / ".clean-article" / "profile.json").is_file()


def test_a_refused_run_writes_no_profile(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, topic in enumerate(TOPICS):
        (src / f"a{i}.txt").write_text(f"{BODY.format(topic=topic)}\n\n{FOOTER_A}\n", "utf-8")
    result = CliRunner().invoke(app, ["batch", str(src), "--out", str(src / "sub"), "-q"])
    assert result.exit_code == 2, result.output
    assert not (src / "sub").exists()


def test_no_learn_gives_the_output_of_each_record_cleaned_alone(tmp_path: Path) -> None:
    rows = _records()
    source = _write(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    _run(str(source), "--out", str(out), "-j", "1", "--no-learn")
    cleaner = Cleaner()
    assert [r["text"] for r in _read(out)] == [cleaner.clean(str(r["text"])).text for r in rows]
    assert not (tmp_path / "out.jsonl.profile.json").exists()


def test_same_output_at_any_jobs_and_on_resume(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.jsonl", _records() * 3)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        _run(str(source), "--out", str(out), "-j", jobs)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"R001" in outputs[0]
    folder = tmp_path / "shards"
    folder.mkdir()
    _write(folder / "s1.jsonl", _records()[:8])
    _write(folder / "s2.jsonl", _records()[8:])
    first = tmp_path / "first"
    _run(str(folder), "--out", str(first), "-j", "2")
    done = {p.name: p.read_bytes() for p in first.glob("*.jsonl")}
    assert all(FOOTER_A not in str(r["text"]) for r in _read(first / "s1.jsonl"))
    (first / "s2.jsonl").unlink()  # as if stopped before the second shard
    _run(str(folder), "--out", str(first), "-j", "1", "--resume")
    assert {p.name: p.read_bytes() for p in first.glob("*.jsonl")} == done


def test_a_folder_is_one_site_and_read_as_the_run_reads_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i, topic in enumerate(TOPICS):
        (src / f"a{i}.txt").write_text(f"{BODY.format(topic=topic)}\n\n{FOOTER_A}\n", "utf-8")
        (src / f"b{i}.md").write_text(f"{BODY.format(topic=topic)}\n\n{FOOTER_B}\n", "utf-8")
    out = tmp_path / "out"
    _run(str(src), "--out", str(out), "-j", "2", "--glob", "a*.txt")
    assert FOOTER_A not in (out / "a1.txt").read_text("utf-8")
    profile = orjson.loads((out / ".clean-article" / "profile.json").read_bytes())
    lines = [e["line"] for e in profile["sites"]["*"]]
    assert lines == [FOOTER_A]  # b*.md is not part of the run: its footer is not learned
    assert profile["total_documents"] == 8


def test_a_given_profile_and_the_learned_lines_both_apply(tmp_path: Path) -> None:
    extra = "Read the Harbour Gazette on paper"
    rows = [
        *_records(),
        {"domain": "b.example", "text": f"{BODY.format(topic='pier')}\n\n{extra}\n"},
    ]
    source = _write(tmp_path / "in.jsonl", rows)
    given = tmp_path / "given.json"
    given.write_text(orjson.dumps({"sites": {"b.example": [extra]}}).decode(), "utf-8")
    out = tmp_path / "out.jsonl"
    _run(str(source), "--out", str(out), "-j", "1", "--profile", str(given))
    texts = [str(r["text"]) for r in _read(out)]
    assert extra not in texts[-1]
    assert all(FOOTER_B not in t for t in texts[8:])


def test_stdin_is_not_learned_by_default(tmp_path: Path) -> None:
    data = b"".join(orjson.dumps(r) + b"\n" for r in _records())
    result = CliRunner().invoke(app, ["batch", "-", "--out", "-", "--no-report"], input=data)
    assert result.exit_code == 0, result.output
    assert FOOTER_A in result.output


def test_r001_names_the_records_site() -> None:
    profile = {"a.example": frozenset({line_key(FOOTER_A)})}
    cleaner = Cleaner(Config(profile=profile, select=("R001",)))
    text = f"{BODY.format(topic='bridge')}\n\n{FOOTER_A}\n"
    assert FOOTER_A not in cleaner.clean(text, site="www.a.example").text
    assert FOOTER_A in cleaner.clean(text, site="b.example").text
    # a document whose site is not named: every site's lines, as with --profile alone
    removed = cleaner.clean(text).report.removed
    assert [r.reason for r in removed] == [
        "line recurs across the articles of a.example (learned profile)"
    ]


def _letters(n: int) -> str:
    return "".join(chr(ord("a") + int(d)) for d in str(n))


def test_learner_memory_is_bounded_over_all_sites() -> None:
    learner = Learner(max_keys=40, max_seen=25)
    for n in range(60):
        words = _letters(n)
        text = f"{BODY.format(topic=words)}\n\n{FOOTER_A}\n\nOne-off line {words} here\n"
        learner.add(f"s{n % 3}.example", *document_keys(text))
        assert learner._keys <= 40
        assert learner._seen <= 25
    profile = learner.profile()
    assert {e.line for es in profile.sites.values() for e in es} == {FOOTER_A}
    assert profile.total == 60


def test_ray_arrow_batches_clean_each_row_with_its_sites_lines() -> None:
    from extras import need

    need("ray", "ray")  # the ray extra (not the test extra) brings Ray and pyarrow
    pa = need("pyarrow", "ray")

    from cleaner.batch.records import RecordOptions
    from cleaner.integrations.ray import _CleanColumns

    profile = {"a.example": frozenset({line_key(FOOTER_A)})}
    text = f"{BODY.format(topic='bridge')}\n\n{FOOTER_A}\n"
    table = pa.table({"domain": ["a.example", "b.example"], "text": [text, text]})
    out = _CleanColumns(Config(profile=profile), RecordOptions())(table)
    assert [FOOTER_A in t for t in out.column("text").to_pylist()] == [False, True]


def test_ctrl_c_while_learning_exits_130_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.batch import learn

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(learn, "learn", stop)
    source = _write(tmp_path / "in.jsonl", _records())
    result = CliRunner().invoke(app, ["batch", str(source), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


#: The command line with a learning worker that SIGKILLs itself on a document holding KILLME.
LEARN_KILLER = """
import os, signal
import cleaner.batch.learn as learn
keys = learn.document_keys
def dying(text):
    if "KILLME" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return keys(text)
learn.document_keys = dying
from cleaner.cli.app import main
main()
"""


def _run_learn_killer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    cli = [sys.executable, "-c", LEARN_KILLER, "batch", *map(str, args), "-j", "2"]
    return subprocess.run(cli, capture_output=True, text=True, timeout=120, check=False)


def test_a_record_that_kills_its_learning_worker_is_named_exit_5(tmp_path: Path) -> None:
    rows = [{"id": i, "text": ("KILLME " if i == 40 else "") + f"Line {i}."} for i in range(60)]
    source = _write(tmp_path / "in.jsonl", rows)
    result = _run_learn_killer(source, "--out", tmp_path / "o.jsonl")
    assert result.returncode == ExitCode.WORKER_DIED, result.stderr
    assert f"while learning, on record {source}:41" in " ".join(result.stderr.split())


def test_a_file_that_kills_its_learning_worker_is_named_exit_5(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for i in range(30):
        (source / f"a{i:02}.txt").write_text(("KILLME " if i == 20 else "") + f"Text {i}.")
    result = _run_learn_killer(source, "--out", tmp_path / "out")
    assert result.returncode == ExitCode.WORKER_DIED, result.stderr
    assert "while learning, on a20.txt" in " ".join(result.stderr.split())


def test_resume_after_a_learning_kill_leaves_the_record_out_of_learning(tmp_path: Path) -> None:
    rows = [{"id": i, "text": ("KILLME " if i == 40 else "") + f"Line {i}."} for i in range(60)]
    source, out = _write(tmp_path / "in.jsonl", rows), tmp_path / "o.jsonl"
    assert _run_learn_killer(source, "--out", out).returncode == ExitCode.WORKER_DIED
    [error] = map(orjson.loads, (tmp_path / "o.errors.jsonl").read_bytes().splitlines())
    reason = error["reason"].split(" (")[0]
    assert (error["line"], reason) == (41, "killed its worker process while learning")
    again = _run_learn_killer(source, "--out", out, "--resume")
    assert again.returncode == 0, again.stderr
    stderr = " ".join(again.stderr.split())
    assert f"resume: not learning from {source}:41, which kills its worker process" in stderr
    assert f"resume: {source}:41 did not kill a worker when cleaned alone: cleaned" in stderr
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == list(range(60))


def test_resume_after_a_learning_kill_leaves_the_file_out_of_learning(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    for i in range(30):
        (source / f"a{i:02}.txt").write_text(("KILLME " if i == 20 else "") + f"Text {i}.")
    assert _run_learn_killer(source, "--out", out).returncode == ExitCode.WORKER_DIED
    failures = out / ".clean-article" / "failures.jsonl"
    [failure] = map(orjson.loads, failures.read_bytes().splitlines())
    reason = failure["reason"].split(" (")[0]
    assert (failure["path"], reason) == ("a20.txt", "killed its worker process while learning")
    again = _run_learn_killer(source, "--out", out, "--resume")
    assert again.returncode == 0, again.stderr
    stderr = " ".join(again.stderr.split())
    assert "resume: not learning from a20.txt, which kills its worker" in stderr
    assert "resume: a20.txt did not kill a worker when cleaned alone" in stderr
    assert sorted(p.name for p in out.glob("*.txt")) == sorted(p.name for p in source.iterdir())
