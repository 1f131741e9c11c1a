"""The ``learn`` command: build a profile of lines that
recur across a corpus's documents, for ``clean --profile``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cleaner.cli.common import CliError
from cleaner.cli.options import Encoding
from cleaner.exitcodes import ExitCode


def learn_command(
    corpus: Annotated[
        Path,
        typer.Argument(
            metavar="CORPUS",
            help="A folder of .txt/.md files, or a JSONL file (.jsonl, .gz, .zst; '-' is stdin).",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="FILE", help="Write the profile JSON here.")
    ],
    text_field: Annotated[
        str, typer.Option("--text-field", metavar="NAME", help="The text field of JSONL records.")
    ] = "text",
    min_docs: Annotated[
        int,
        typer.Option(
            "--min-docs", metavar="N", help="A line must stand in at least this many documents."
        ),
    ] = 3,
    min_share: Annotated[
        float,
        typer.Option(
            "--min-share",
            metavar="SHARE",
            help="... and in at least this share of its site's documents.",
        ),
    ] = 0.05,
    max_words: Annotated[
        int,
        typer.Option(
            "--max-words", metavar="N", help="Learn only lines of at most this many words."
        ),
    ] = 20,
    encoding: Encoding = None,
) -> None:
    """Learn the short lines that recur across a corpus, into a profile.

    Lines are grouped by site when JSONL records have a `domain` or `url` field. The
    profile is JSON you can review, then use with --profile.

    Example:

      clean-article learn pages.jsonl.zst --out profile.json

      clean-article page.txt --profile profile.json
    """
    learn(corpus, out, text_field, min_docs, min_share, max_words, encoding)


def learn(
    corpus: Path,
    out: Path,
    text_field: str,
    min_docs: int,
    min_share: float,
    max_words: int,
    encoding: str | None,
) -> None:
    """Learn the profile of ``corpus`` and write it to ``out``; a failure is a CliError."""
    from cleaner.io import atomic_write_bytes
    from cleaner.profile import iter_corpus, learn_profile

    if str(corpus) != "-" and not corpus.exists():
        raise CliError(f"{corpus}: no such file or folder", ExitCode.BAD_INPUT)
    try:
        texts = iter_corpus(corpus, text_field=text_field, encoding=encoding)
        profile = learn_profile(texts, min_docs=min_docs, min_share=min_share, max_words=max_words)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{corpus}: {exc.strerror or exc}", ExitCode.BAD_INPUT) from None
    try:
        atomic_write_bytes(out, profile.to_json())
    except OSError as exc:
        raise CliError(f"{out}: {exc.strerror or exc}", ExitCode.OUTPUT_ERROR) from None
    typer.echo(f"clean-article: learned {profile.summary()} -> {out}", err=True)
