"""Clean a JSONL file with Hugging Face ``datasets``; the second run hits the cache.

pip install 'clean-article[datasets]'
python examples/hf_datasets.py ../shared/news-dev/articles.jsonl --cache-dir /tmp/hf-cache
"""

from __future__ import annotations

import argparse

from datasets import Dataset, load_dataset

from cleaner import Config, Report
from cleaner.integrations.datasets import map_options


def clean_file(path: str, cache_dir: str, config: Config | None = None) -> Dataset:
    """The cleaned dataset of a JSONL file; ``datasets`` caches it under ``cache_dir``."""
    ds = load_dataset("json", data_files=path, split="train", cache_dir=cache_dir)
    return ds.map(**map_options(ds, config), batch_size=64)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path")
    parser.add_argument("--cache-dir", required=True)
    args = parser.parse_args()
    ds = clean_file(args.path, args.cache_dir)
    first = Report.from_dict(ds[0]["clean_article"])
    print(f"{len(ds)} rows; first: {first.title!r}, {len(first.removed)} removals")
    print("cache files:", [f["filename"] for f in ds.cache_files])


if __name__ == "__main__":
    main()
