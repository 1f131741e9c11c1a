"""Cost of the mojibake repair: this tree's cleaner beside another revision's, in one run.

    python bench/mojibake.py                       # against main
    python bench/mojibake.py --baseline HEAD~3 --rounds 7

Two corpora: clean news text (``../shared/news-dev/articles.jsonl``, or ``--news``) and the
same articles with mojibake in every paragraph that has a non-ASCII character plus one
broken sentence of ``fixtures/mojibake/wild.json`` every few paragraphs. Each round runs
both cleaners, one after the other, in fresh processes (``git archive`` of the baseline's
``src/`` on ``PYTHONPATH``); the figures are the best round of each (CPU seconds of
``normalize`` alone and of ``Cleaner.clean``, warm, compiled patterns built before timing).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"
CHAINS = ("utf-8>sloppy-windows-1252", "utf-8>macroman", "cp1252>latin-1")


def _garble(text: str, chain: str) -> str:
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs

    for step in chain.split("|"):
        if step == "nbsp2sp":
            text = text.replace("\xa0", " ")
        else:
            encoding, decoding = step.split(">")
            text = text.encode(encoding, "replace").decode(decoding, "replace")
    return text


def corpora(news: Path) -> dict[str, list[str]]:
    """The clean articles and their broken twins."""
    clean = [json.loads(line)["text"] for line in news.open(encoding="utf-8")]
    wild = json.loads((ROOT / "fixtures" / "mojibake" / "wild.json").read_text("utf-8"))
    broken_wild = [_garble(case["text"], case["chain"]) for case in wild]
    broken = []
    for n, text in enumerate(clean):
        paragraphs = text.split("\n")
        for i, paragraph in enumerate(paragraphs):
            if not paragraph.isascii():
                paragraphs[i] = _garble(paragraph, CHAINS[(n + i) % len(CHAINS)])
            if i % 4 == 0:
                paragraphs[i] += " " + broken_wild[(n + i) % len(broken_wild)]
        broken.append("\n".join(paragraphs))
    return {"news": clean, "mojibake": broken}


def worker(path: str) -> None:
    """Time this process's cleaner on the corpora in ``path``; print JSON."""
    from cleaner.pipeline import Cleaner
    from cleaner.text.normalize import normalize

    data = json.loads(Path(path).read_text("utf-8"))
    cleaner = Cleaner()
    cleaner.clean(data["news"][0])
    normalize(data["mojibake"][0])  # imports ftfy
    out = {}
    for name, texts in data.items():
        start = time.process_time()
        for text in texts:
            normalize(text)
        middle = time.process_time()
        for text in texts:
            cleaner.clean(text)
        end = time.process_time()
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        out[name] = {"mb": mb, "normalize": middle - start, "clean": end - middle}
    print(json.dumps(out))


def _baseline_src(rev: str, into: Path) -> Path:
    data = subprocess.run(
        ["git", "archive", rev, "src"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _run(src: Path, corpus: Path) -> dict[str, dict[str, float]]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(corpus)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, dict[str, float]] = json.loads(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default="main", help="git revision to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.json"
        corpus.write_text(json.dumps(corpora(args.news), ensure_ascii=False), "utf-8")
        sides = {
            args.baseline: _baseline_src(args.baseline, Path(tmp) / "base"),
            "this tree": ROOT / "src",
        }
        best: dict[str, dict[str, dict[str, float]]] = {}
        for _ in range(args.rounds):
            for label, src in sides.items():
                for corpus_name, row in _run(src, corpus).items():
                    kept = best.setdefault(label, {}).setdefault(corpus_name, row)
                    for key in ("normalize", "clean"):
                        kept[key] = min(kept[key], row[key])
    _print(best, args.baseline)


def _print(best: dict[str, dict[str, dict[str, float]]], baseline: str) -> None:
    print("| corpus | stage | " + " | ".join(best) + " | change |")
    print("| --- | --- | " + " | ".join("---:" for _ in best) + " | ---: |")
    for corpus_name in ("news", "mojibake"):
        for stage in ("normalize", "clean"):
            cells = []
            for label in best:
                row = best[label][corpus_name]
                cells.append(f"{row[stage]:.3f} s ({row['mb'] / row[stage]:.2f} MB/s)")
            before = best[baseline][corpus_name][stage]
            after = best["this tree"][corpus_name][stage]
            change = (before / after - 1) * 100
            print(
                f"| {corpus_name} | {stage} | "
                + " | ".join(cells)
                + f" | {change:+.1f} % throughput |"
            )


if __name__ == "__main__":
    main()
