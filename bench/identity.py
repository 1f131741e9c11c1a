"""Identity check for speed work: the cleaner's text and report must not change.

Runs the in-process :class:`cleaner.Cleaner` (default settings, and ``markdown=True``) over
every input of fixtures/, ../shared/seed, ../shared/news-dev/articles.jsonl, the three
tiers of ../shared/dev-eval and the first ``--bench-docs`` documents of the bench corpus,
and keeps one SHA-256 digest of (text, report JSON) per input and setting.

    python bench/identity.py --write base.json    # on the commit before the change
    python bench/identity.py --check base.json    # after it: exit 1 on any difference

The rules keep memos shared by every document a process cleans, so a memo whose key misses
something its answer depends on makes an output depend on what was cleaned before it.
``--reverse`` cleans the inputs in reverse order: ``--write`` and ``--check --reverse`` on
the same commit, both with ``-j 1``, show whether any output depends on the order.

Inputs that are missing (a checkout without ../shared) are skipped, and the count printed
says how many were checked. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
DEV_EVAL_TIERS = ("full_md", "readability_md", "trafilatura_txt")

_CLEANERS: dict[str, object] = {}


def _files(label: str, folder: Path) -> Iterator[tuple[str, str]]:
    from cleaner.text.decode import InputError, decode

    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix not in (".txt", ".md") or ".expected" in path.name:
            continue
        name = f"{label}/{path.relative_to(folder)}"
        try:
            text, _ = decode(path.read_bytes())
        except InputError as error:
            text = f"\0InputError\0{error}"
        yield name, text


def _jsonl(label: str, path: Path) -> Iterator[tuple[str, str]]:
    for i, line in enumerate(path.read_bytes().splitlines()):
        text = orjson.loads(line).get("text")
        if isinstance(text, str):
            yield f"{label}#{i}", text


def inputs(bench_docs: int) -> Iterator[tuple[str, str]]:
    """(name, text) of every input, in a fixed order."""
    yield from _files("fixtures", ROOT / "fixtures")
    if (SHARED / "seed").is_dir():
        yield from _files("seed", SHARED / "seed")
    if (SHARED / "news-dev" / "articles.jsonl").is_file():
        yield from _jsonl("news-dev", SHARED / "news-dev" / "articles.jsonl")
    for tier in DEV_EVAL_TIERS:
        if (SHARED / "dev-eval" / tier).is_dir():
            yield from _files(f"dev-eval/{tier}", SHARED / "dev-eval" / tier)
    sys.path.insert(0, str(HERE))
    from bench import article  # the bench corpus: same generator, same seed

    rng = random.Random(7)
    for i in range(bench_docs):
        yield f"bench#{i}", article(rng, i)


def _digest(item: tuple[str, str]) -> tuple[str, str]:
    from cleaner import Cleaner, Config

    name, text = item
    setting = "md" if name.startswith(("fixtures", "dev-eval/full_md")) else None
    parts = []
    for key in ("plain", setting):
        if key is None:
            continue
        if key not in _CLEANERS:
            _CLEANERS[key] = Cleaner(Config(markdown=key == "md"))
        result = _CLEANERS[key].clean(text)  # type: ignore[attr-defined]
        parts.append(result.text.encode())
        parts.append(orjson.dumps(result.report.to_dict()))
    return name, hashlib.sha256(b"\0\1".join(parts)).hexdigest()


def digests(bench_docs: int, jobs: int, reverse: bool = False) -> dict[str, str]:
    items = list(inputs(bench_docs))
    if reverse:
        items.reverse()
    if jobs <= 1:
        return dict(map(_digest, items))
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return dict(pool.imap(_digest, items, chunksize=8))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the digests to this file")
    group.add_argument("--check", type=Path, help="compare against this digest file")
    parser.add_argument("--bench-docs", type=int, default=600)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--reverse", action="store_true", help="clean the inputs last first")
    args = parser.parse_args()
    now = digests(args.bench_docs, args.jobs, args.reverse)
    if args.write:
        args.write.write_bytes(orjson.dumps(now, option=orjson.OPT_INDENT_2))
        print(f"wrote {len(now)} digests to {args.write}")
        return 0
    base: dict[str, str] = orjson.loads(args.check.read_bytes())
    changed = sorted(k for k in base.keys() & now.keys() if base[k] != now[k])
    missing = sorted(base.keys() - now.keys())
    new = sorted(now.keys() - base.keys())
    for name in changed[:20]:
        print(f"changed: {name}")
    for name in missing[:5]:
        print(f"missing: {name}")
    for name in new[:5]:
        print(f"new: {name}")
    same = len(base.keys() & now.keys()) - len(changed)
    print(
        f"{same} of {len(base)} inputs identical; {len(changed)} changed, "
        f"{len(missing)} missing, {len(new)} new"
    )
    return 1 if changed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
