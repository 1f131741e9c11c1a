"""Score the cleaner on the labeled news set (``fixtures/news/labels.json``).

Each non-empty line of the 194 articles in ``../shared/news-dev/articles.jsonl`` is labeled
``body`` or ``boilerplate`` (with a category). A line counts as removed when a removal in the
report covers it. Printed side by side with the unchanged input:

* boilerplate-line recall (removed boilerplate / boilerplate), per category;
* removal precision (removed boilerplate / removed) and body lines kept (share);
* boilerplate-line F1 (of recall and precision);
* shingle F1 of the output against the gold body (word 4-grams, as multisets);

per domain, macro over domains and pooled, for three runs: the unchanged input, each article
cleaned alone, and the articles file cleaned as ``clean-article batch`` does by default (a
first pass learns the lines each site repeats; each record loses its own site's).
Every body line lost is listed with the rule that took it.

A body line that repeats the title (note ``headline:``) and goes to the report's ``title``
counts as kept: the report holds it and ``--keep-title`` puts it back.

    python bench/news_score.py [--leaks] [--lost] [--json FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "fixtures" / "news" / "labels.json"
ARTICLES = ROOT.parent / "shared" / "news-dev" / "articles.jsonl"
RUNS = ("input", "clean", "learn")
SHINGLE = 4
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class LabeledLine:
    n: int
    text: str
    body: bool
    category: str | None
    note: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    domain: str
    text: str
    lines: tuple[LabeledLine, ...]


class LabelDriftError(ValueError):
    """The labels no longer match the articles' lines (a line's SHA-1 differs)."""


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load(labels: Path = LABELS, articles: Path = ARTICLES) -> list[Article]:
    """The labeled articles; raises :class:`LabelDriftError` if a line's SHA-1 does not match."""
    records = {}
    with articles.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            records[record["id"]] = record
    out = []
    for entry in json.loads(labels.read_text("utf-8"))["articles"]:
        record = records[entry["id"]]
        text_lines = record["text"].split("\n")
        lines = []
        for item in entry["lines"]:
            text = text_lines[item["n"]]
            if sha1(text) != item["sha1"]:
                raise LabelDriftError(f"article {entry['id']} line {item['n']}: SHA-1 differs")
            body = item["label"] == "body"
            lines.append(LabeledLine(item["n"], text, body, item["category"], item.get("note", "")))
        labeled = {item.n for item in lines}
        missing = [n for n, t in enumerate(text_lines) if t.strip() and n not in labeled]
        if missing:
            raise LabelDriftError(f"article {entry['id']}: lines {missing[:5]} have no label")
        out.append(Article(entry["id"], record["domain"], record["text"], tuple(lines)))
    return out


def shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


@dataclass
class Tally:
    """Line counts of one group (a domain, a category, or everything)."""

    body: int = 0
    body_lost: int = 0
    boiler: int = 0
    boiler_removed: int = 0
    shingle_common: int = 0
    shingle_gold: int = 0
    shingle_out: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    removed_by_category: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in (
            "body",
            "body_lost",
            "boiler",
            "boiler_removed",
            "shingle_common",
            "shingle_gold",
            "shingle_out",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_category.update(other.by_category)
        self.removed_by_category.update(other.removed_by_category)

    def figures(self) -> dict[str, float | None]:
        """The figures; ``None`` where undefined (no boilerplate, nothing removed, no body)."""
        removed = self.boiler_removed + self.body_lost
        recall = self.boiler_removed / self.boiler if self.boiler else None
        precision = self.boiler_removed / removed if removed else None
        kept = 1 - self.body_lost / self.body if self.body else None
        line_f1 = None
        if recall is not None:
            p = 1.0 if precision is None else precision  # nothing removed: nothing wrong
            line_f1 = 2 * recall * p / (recall + p) if recall + p else 0.0
        total = self.shingle_gold + self.shingle_out
        shingle_f1 = 2 * self.shingle_common / total if total else 1.0
        return {
            "recall": recall,
            "precision": precision,
            "line_f1": line_f1,
            "body_kept": kept,
            "shingle_f1": shingle_f1,
        }


@dataclass(frozen=True, slots=True)
class Lost:
    """A body line a run removed, with the rule that took it."""

    article: str
    domain: str
    n: int
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Leak:
    article: str
    domain: str
    n: int
    category: str
    text: str


@dataclass
class RunScore:
    pooled: Tally = field(default_factory=Tally)
    domains: dict[str, Tally] = field(default_factory=dict)
    lost: list[Lost] = field(default_factory=list)
    leaks: list[Leak] = field(default_factory=list)

    def macro(self) -> dict[str, float | None]:
        """Each figure averaged over the domains where it is defined."""
        per = [t.figures() for t in self.domains.values()]
        out: dict[str, float | None] = {}
        for key in per[0]:
            values = [v for f in per if (v := f[key]) is not None]
            out[key] = sum(values) / len(values) if values else None
        return out


#: A cleaning run: article -> (output text, {0-based line: rule code} of removed lines).
Run = Callable[[Article], tuple[str, dict[int, str]]]


def _lost(line: LabeledLine, removed: Mapping[int, str]) -> bool:
    """A body line the run removed; one that repeats the title and went to the report's
    ``title`` is kept (``--keep-title`` puts it back)."""
    code = removed.get(line.n)
    return code is not None and not (code == "title" and line.note.startswith("headline"))


def score_article(
    article: Article, output: str, removed: Mapping[int, str]
) -> tuple[Tally, list[Lost], list[Leak]]:
    """The article's counts, its body lines lost and its boilerplate lines left in."""
    tally = Tally()
    lost: list[Lost] = []
    leaks: list[Leak] = []
    gold = shingles("\n".join(line.text for line in article.lines if line.body))
    out = shingles(output)
    tally.shingle_common = sum((gold & out).values())
    tally.shingle_gold = sum(gold.values())
    tally.shingle_out = sum(out.values())
    for line in article.lines:
        if line.body:
            tally.body += 1
            if _lost(line, removed):
                tally.body_lost += 1
                lost.append(Lost(article.id, article.domain, line.n, removed[line.n], line.text))
            continue
        category = line.category or "other"
        tally.boiler += 1
        tally.by_category[category] += 1
        if line.n in removed:
            tally.boiler_removed += 1
            tally.removed_by_category[category] += 1
        else:
            leaks.append(Leak(article.id, article.domain, line.n, category, line.text))
    return tally, lost, leaks


def score_run(articles: Iterable[Article], run: Run) -> RunScore:
    score = RunScore()
    for article in articles:
        tally, lost, leaks = score_article(article, *run(article))
        score.pooled.add(tally)
        score.domains.setdefault(article.domain, Tally()).add(tally)
        score.lost += lost
        score.leaks += leaks
    return score


def _removed_lines(report: Any) -> dict[int, str]:
    """0-based input line -> rule code (``"title"`` for the title rule) of every removal."""
    out: dict[int, str] = {}
    for removal in report.removed:
        code = "title" if removal.category == "title" else removal.code
        for number in range(removal.first_line, removal.last_line + 1):
            out[number - 1] = code
    return out


def runs(articles: list[Article], source: Path = ARTICLES) -> dict[str, Run]:
    """The three runs: unchanged input, each article alone, and as ``clean-article batch
    SOURCE`` cleans it by default: a first pass learns the lines each site repeats
    (:func:`cleaner.batch.learn.learn`), then each record is cleaned with its site's lines
    (:func:`cleaner.batch.records.clean_record`)."""
    from cleaner import Cleaner, Config
    from cleaner.batch.learn import LearnJob, learn, with_profile
    from cleaner.batch.records import RecordOptions, clean_record
    from cleaner.model import Report

    plain = Cleaner()
    config = with_profile(Config(), learn(LearnJob(str(source), jsonl=True), Config()))
    batch = Cleaner(config)
    options = RecordOptions()

    def learned(article: Article) -> tuple[str, dict[int, str]]:
        record = clean_record({"domain": article.domain, "text": article.text}, batch, options)
        return record["text"], _removed_lines(Report.from_dict(record["clean_article"]))

    def alone(article: Article) -> tuple[str, dict[int, str]]:
        result = plain.clean(article.text)
        return result.text, _removed_lines(result.report)

    return {"input": lambda a: (a.text, {}), "clean": alone, "learn": learned}


def score_all(articles: list[Article], source: Path = ARTICLES) -> dict[str, RunScore]:
    return {name: score_run(articles, run) for name, run in runs(articles, source).items()}


METRICS = ("recall", "precision", "line_f1", "body_kept", "shingle_f1")


def summary(scores: Mapping[str, RunScore]) -> dict[str, Any]:
    """Plain figures: per run, ``pooled``, ``macro``, per ``domains`` and per ``categories``."""
    out: dict[str, Any] = {}
    for name, score in scores.items():
        cats = score.pooled.by_category
        out[name] = {
            "pooled": score.pooled.figures(),
            "macro": score.macro(),
            "domains": {d: t.figures() for d, t in sorted(score.domains.items())},
            "categories": {
                c: {"lines": cats[c], "recall": score.pooled.removed_by_category[c] / cats[c]}
                for c in sorted(cats)
            },
            "body_lost": len(score.lost),
        }
    return out


def _cell(value: float | None) -> str:
    return f"{'-':>11}" if value is None else f"{value:>11.3f}"


def _table(
    rows: list[tuple[str, dict[str, dict[str, float | None]]]], metric_names: tuple[str, ...]
) -> str:
    head = f"{'':<34}" + "".join(f"{m:>{11 * len(RUNS)}}" for m in metric_names)
    sub = f"{'':<34}" + "".join("".join(f"{r:>11}" for r in RUNS) for _ in metric_names)
    lines = [head, sub]
    for label, per_run in rows:
        cells = "".join("".join(_cell(per_run[r].get(m)) for r in RUNS) for m in metric_names)
        lines.append(f"{label[:34]:<34}{cells}")
    return "\n".join(lines)


def report(scores: Mapping[str, RunScore], *, leaks: bool, lost: bool) -> str:
    figures = summary(scores)
    pooled = scores["input"].pooled
    rows = [
        ("pooled", {r: figures[r]["pooled"] for r in RUNS}),
        ("macro over domains", {r: figures[r]["macro"] for r in RUNS}),
    ]
    for domain in sorted(scores["input"].domains, key=lambda d: -scores["input"].domains[d].boiler):
        t = scores["input"].domains[domain]
        label = f"{domain} ({t.body}/{t.boiler})"
        rows.append((label, {r: figures[r]["domains"][domain] for r in RUNS}))
    # Macro figures average only the domains where a figure is defined (recall: those with
    # boilerplate), so a domain with nothing to remove does not count as a perfect score.
    parts = [
        f"news-dev: {len(scores['input'].domains)} domains, "
        f"{pooled.body} body lines, {pooled.boiler} boilerplate lines "
        "(domain rows: body/boilerplate lines)",
        _table(rows, METRICS),
        "",
        "boilerplate recall per category (pooled)",
    ]
    cat_rows = []
    for category, count in sorted(pooled.by_category.items(), key=lambda kv: -kv[1]):
        cat_rows.append(
            (f"{category} ({count})", {r: figures[r]["categories"][category] for r in RUNS})
        )
    parts.append(_table(cat_rows, ("recall",)))
    for name in ("clean", "learn"):
        parts.append(f"\nbody lines lost ({name}): {len(scores[name].lost)}")
        if lost:
            parts += [
                f"  {x.domain} {x.article}:{x.n} [{x.code}] {x.text[:110]}"
                for x in scores[name].lost
            ]
    if leaks:
        parts.append(f"\nboilerplate left in (learn): {len(scores['learn'].leaks)}")
        parts += [
            f"  {x.domain} {x.article}:{x.n} [{x.category}] {x.text[:110]}"
            for x in scores["learn"].leaks
        ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--leaks", action="store_true", help="list boilerplate lines left in")
    parser.add_argument("--lost", action="store_true", help="list body lines removed")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    args = parser.parse_args(argv)
    articles = load(args.labels, args.articles)
    scores = score_all(articles, args.articles)
    print(report(scores, leaks=args.leaks, lost=args.lost))
    if args.json:
        args.json.write_text(json.dumps(summary(scores), indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
