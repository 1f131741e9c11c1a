"""Batch benchmark for clean-article: throughput, I/O floor, peak memory, per-stage profile.

Generates a corpus of scraped-looking articles (navigation, share/subscribe prompts,
copyright lines, HTML and markdown residue, some mojibake), then measures in one run:

* folder mode and JSONL mode at -j 1 and -j 2 (the real CLI, as a subprocess; wall time
  includes start-up), in documents/s and MB/s of input;
* the I/O floor of each mode (read + decode + JSON decode/encode + write, no cleaning) and
  the ratio pipeline / floor;
* peak RSS of a JSONL run over a generated input of ``--big-mb`` MB (main process and
  the sum over its workers, sampled from /proc);
* start-up: ``clean-article`` on a small file with a warm and a cold pattern cache, and
  ``--version``, beside ``python -c pass`` (medians of 10, run in turn);
* a per-stage profile of the default pipeline (normalize, markup/parse, rules,
  extraction/render, I/O), so the slowest stage is visible.

Run: ``python bench/bench.py`` (see bench/README.md). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
from startup import print_start_up

WORDS = [
    "the",
    "council",
    "said",
    "budget",
    "river",
    "school",
    "harbour",
    "museum",
    "festival",
    "library",
    "station",
    "market",
    "winter",
    "farmers",
    "bridge",
    "election",
    "hospital",
    "teachers",
    "rainfall",
    "tourism",
    "orchestra",
    "railway",
    "village",
    "minister",
    "announced",
    "report",
    "would",
    "could",
    "after",
    "before",
    "during",
    "students",
    "police",
    "energy",
    "prices",
    "housing",
    "company",
    "workers",
    "union",
    "strike",
    "court",
    "judge",
    "ruling",
    "climate",
]
NAV = "[Home](/) | [News](/news) | [Politics](/politics) | [Sport](/sport) | [Contact](/contact)"
BOILER = [
    "Share this article on Facebook",
    "Follow us on Twitter and Instagram",
    "Subscribe to our newsletter for the latest news",
    "Sign up for our daily briefing",
    "Copyright © 2024 Example Media Ltd. All rights reserved.",
    "Read more: [Related story](https://example.org/related/story-123)",
    "Advertisement",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
    "Photo: Reuters",
    "Tags: [Politics](/tag/politics), [Economy](/tag/economy)",
]
MOJIBAKE = ["cafÃ©", "naÃ¯ve", "â€œquotedâ€\x9d", "donâ€™t", "SÃ£o Paulo"]
RESIDUE = ['<div class="ad"></div>', "&nbsp;", "<br/>", "**bold**", "[link](https://x.org/a)"]


def article(rng: random.Random, i: int) -> str:
    """One article of a few KB with boilerplate, residue and, sometimes, mojibake."""

    def sentence() -> str:
        words = [rng.choice(WORDS) for _ in range(rng.randint(8, 22))]
        if rng.random() < 0.15:
            words.insert(rng.randrange(len(words)), rng.choice(RESIDUE))
        if rng.random() < 0.05:
            words.insert(rng.randrange(len(words)), rng.choice(MOJIBAKE))
        return " ".join(words).capitalize() + "."

    lines = [NAV, "", f"# {sentence()[:-1]}", "", f"By Reporter {i % 37} | 12 March 2024", ""]
    lines += [*rng.sample(BOILER, 2), ""]
    for _ in range(rng.randint(4, 14)):
        lines += [" ".join(sentence() for _ in range(rng.randint(2, 6))), ""]
        if rng.random() < 0.2:
            lines += [rng.choice(BOILER), ""]
    lines += [*rng.sample(BOILER, 3), "", NAV, ""]
    return "\n".join(lines)


def make_corpus(root: Path, count: int, seed: int = 7) -> tuple[Path, Path, int]:
    """A folder of .txt files and the same documents as one JSONL file."""
    rng = random.Random(seed)
    folder = root / "corpus"
    folder.mkdir(parents=True)
    total = 0
    with open(root / "corpus.jsonl", "wb") as jsonl:
        for i in range(count):
            text = article(rng, i)
            data = text.encode()
            total += len(data)
            (folder / f"doc_{i:05d}.txt").write_bytes(data)
            jsonl.write(orjson.dumps({"id": i, "url": f"https://example.org/{i}", "text": text}))
            jsonl.write(b"\n")
    return folder, root / "corpus.jsonl", total


def make_big_jsonl(path: Path, megabytes: int, seed: int = 11) -> int:
    """A JSONL file of at least ``megabytes`` MB (distinct documents, streamed out)."""
    rng = random.Random(seed)
    size = i = 0
    with open(path, "wb") as handle:
        while size < megabytes * 1_000_000:
            line = orjson.dumps({"id": i, "text": article(rng, i)}) + b"\n"
            handle.write(line)
            size += len(line)
            i += 1
    return i


def cli(*args: str) -> list[str]:
    exe = shutil.which("clean-article") or str(Path(sys.executable).parent / "clean-article")
    return [exe, *args]


def _tree_rss(pid: int) -> tuple[int, int, int]:
    """(RSS of pid, RSS summed over pid and its descendants, largest RSS of one
    descendant) in bytes, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))

    def rss(p: int) -> int:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    total, largest, stack, seen = 0, 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        size = rss(p)
        total += size
        if p != pid:
            largest = max(largest, size)
        stack.extend(children.get(p, []))
    return rss(pid), total, largest


def timed_run(
    cmd: list[str], *, samples: list[tuple[int, int, int]] | None = None
) -> tuple[float, int, int]:
    """Run ``cmd``; return (seconds, peak RSS of the main process, peak RSS of the tree).
    With ``samples``, RSS is sampled every 0.1 s and each (main, tree, largest worker)
    sample appended."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_main = peak_tree = 0
    while proc.poll() is None:
        if samples is not None:
            main, tree, worker = _tree_rss(proc.pid)
            samples.append((main, tree, worker))
            peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return elapsed, peak_main, peak_tree


def quarter_peaks(samples: list[tuple[int, int, int]]) -> list[int]:
    """Peak tree RSS in each quarter of the run: flat figures mean memory does not grow."""
    size = max(1, len(samples) // 4)
    quarters = [samples[i * size : (i + 1) * size] for i in range(3)] + [samples[3 * size :]]
    return [max((tree for _, tree, _ in q), default=0) for q in quarters]


def floor_folder(folder: Path, out: Path) -> float:
    """Read, decode, encode and write every file: the I/O floor of folder mode."""
    from cleaner.io import atomic_output
    from cleaner.text.decode import decode

    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        text, _ = decode(path.read_bytes())
        with atomic_output(out / path.name, fsync=False) as handle:
            handle.write(text.encode())
    return time.perf_counter() - start


def floor_jsonl(src: Path, dst: Path) -> float:
    """Read, JSON-decode, JSON-encode and write every line: the I/O floor of JSONL mode."""
    from cleaner.io import jsonl_writer, open_read

    start = time.perf_counter()
    with open_read(src) as handle, jsonl_writer(dst) as out:
        for line in handle:
            record = orjson.loads(line)
            out.write(orjson.dumps(record) + b"\n")
    return time.perf_counter() - start


def in_process(folder: Path) -> float:
    """CPU seconds of ``Cleaner.clean`` over every document, text already in memory (one
    core, after one warm-up document, so that compiling the patterns is not counted)."""
    from cleaner import Cleaner

    texts = [path.read_text("utf-8") for path in sorted(folder.iterdir())]
    cleaner = Cleaner()
    cleaner.clean(texts[0])
    start = time.process_time()
    for text in texts:
        cleaner.clean(text)
    return time.process_time() - start


def profile(folder: Path, limit: int) -> dict[str, float]:
    """Seconds per stage of the default pipeline over the first ``limit`` documents."""
    from cleaner import Cleaner
    from cleaner.model import LineKind, Report
    from cleaner.report import extract
    from cleaner.text.normalize import normalize
    from cleaner.text.segment import Document, render

    cleaner = Cleaner()
    stages = dict.fromkeys(("I/O", "normalize", "markup/parse", "rules", "extraction"), 0.0)
    out = Path(tempfile.mkdtemp(prefix="ca-prof-"))
    for path in sorted(folder.iterdir())[:limit]:
        t0 = time.perf_counter()
        text = path.read_bytes().decode()
        t1 = time.perf_counter()
        normalized, _ = normalize(text, cleaner.fix_codes)
        t2 = time.perf_counter()
        doc = Document.parse(normalized)
        t3 = time.perf_counter()
        findings = cleaner._detect(doc)
        t4 = time.perf_counter()
        report = Report(chars_in=len(text))
        removed = cleaner._decide(doc, findings, report)
        kept = [line for i, line in enumerate(doc.lines) if i not in removed]
        result = render(kept, markdown=False)
        report.urls, report.emails = extract.links(doc.lines)
        payload = orjson.dumps(report.to_dict())
        t5 = time.perf_counter()
        (out / path.name).write_bytes(result.encode())
        (out / (path.name + ".json")).write_bytes(payload)
        t6 = time.perf_counter()
        stages["I/O"] += (t1 - t0) + (t6 - t5)
        stages["normalize"] += t2 - t1
        stages["markup/parse"] += t3 - t2
        stages["rules"] += t4 - t3
        stages["extraction"] += t5 - t4
        assert LineKind.BLANK  # the pipeline's own types are importable
    shutil.rmtree(out)
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1500, help="documents in the corpus")
    parser.add_argument("--big-mb", type=int, default=110, help="size of the peak-RSS input")
    parser.add_argument("--profile-docs", type=int, default=300)
    parser.add_argument("--skip-big", action="store_true", help="skip the peak-RSS run")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="ca-bench-"))
    try:
        run(root, args)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path, args: argparse.Namespace) -> None:
    # The runs keep their compiled patterns here, not in the user's cache directory.
    os.environ["CLEAN_ARTICLE_CACHE_DIR"] = str(root / "cache")
    folder, jsonl, total = make_corpus(root, args.docs)
    mb = total / 1e6
    print(f"corpus: {args.docs} documents, {mb:.1f} MB of text, {os.cpu_count()} cores\n")
    rows = []
    floor_f = floor_folder(folder, root / "floor_folder")
    floor_j = floor_jsonl(jsonl, root / "floor.jsonl")
    rows.append(("folder I/O floor", "-", floor_f))
    rows.append(("jsonl I/O floor", "-", floor_j))
    results: dict[tuple[str, str], float] = {}
    for jobs in ("1", "2"):
        out = root / f"out_folder_{jobs}"
        seconds, _, _ = timed_run(cli("batch", str(folder), "--out", str(out), "-q", "-j", jobs))
        results[("folder", jobs)] = seconds
        rows.append(("folder", jobs, seconds))
        dst = root / f"out_{jobs}.jsonl"
        seconds, _, _ = timed_run(cli("batch", str(jsonl), "--out", str(dst), "-q", "-j", jobs))
        results[("jsonl", jobs)] = seconds
        rows.append(("jsonl", jobs, seconds))
    rows.append(("in-process (CPU)", "1", in_process(folder)))
    print(f"{'mode':<18}{'-j':>4}{'seconds':>10}{'docs/s':>10}{'MB/s':>9}{'vs floor':>10}")
    for mode, jobs, seconds in rows:
        floor = floor_f if mode.startswith("folder") else floor_j
        ratio = floor / seconds
        print(
            f"{mode:<18}{jobs:>4}{seconds:>10.2f}{args.docs / seconds:>10.1f}"
            f"{mb / seconds:>9.2f}{ratio:>10.3f}"
        )
    for mode in ("folder", "jsonl"):
        print(
            f"{mode}: -j 2 speed-up over -j 1: {results[(mode, '1')] / results[(mode, '2')]:.2f}x"
        )

    print_start_up(root)

    stages = profile(folder, args.profile_docs)
    sample_mb = sum(p.stat().st_size for p in sorted(folder.iterdir())[: args.profile_docs]) / 1e6
    whole = sum(stages.values())
    print(f"\nper-stage profile, -j 1, {args.profile_docs} documents ({sample_mb:.1f} MB):")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(
            f"  {name:<14}{seconds:>8.2f} s {seconds / whole:>6.1%}"
            f"{sample_mb / seconds if seconds else 0:>10.1f} MB/s"
        )

    if not args.skip_big:
        big = root / "big.jsonl"
        count = make_big_jsonl(big, args.big_mb)
        size = big.stat().st_size / 1e6
        cmd = cli("batch", str(big), "--out", str(root / "big_out.jsonl.zst"), "-q", "-j", "2")
        samples: list[tuple[int, int, int]] = []
        seconds, peak_main, peak_tree = timed_run(cmd, samples=samples)
        quarters = " / ".join(f"{peak / 1e6:.0f}" for peak in quarter_peaks(samples))
        print(
            f"\npeak RSS, JSONL -j 2 on {size:.0f} MB ({count} records, {seconds:.0f} s, "
            f"{size / seconds:.2f} MB/s): main process {peak_main / 1e6:.0f} MB, "
            f"main + workers {peak_tree / 1e6:.0f} MB, largest worker "
            f"{max(w for _, _, w in samples) / 1e6:.0f} MB; "
            f"main + workers by quarter of the run: {quarters} MB"
        )


if __name__ == "__main__":
    main()
