"""The rule catalogue: importing this package fills :mod:`cleaner.registry` with every rule.

The registry is a plain table that modules register into and that never imports them:
this package imports the detector families (one module each) and the text modules whose
fixes (N, M) register themselves. Read the catalogue from here (``detectors``, ``fixes``,
``all_rules``, ``lookup``, ``select_codes``), so it is complete when read.
"""

from cleaner.registry import all_rules, detectors, fixes, lookup, select_codes
from cleaner.rules import (
    between,
    bio,
    blocks,
    bylines_elsewhere,
    calls,
    captions,
    crumbs,
    end_lists,
    footer,
    frame,
    head_names,
    head_residue,
    header,
    links,
    page,
    postmeta,
    promo,
    prompts,
    related,
    repetition,
    sign_off,
    tag_box,
    tail,
    teasers,
    threads,
    videos,
)
from cleaner.text import markup, normalize

__all__ = [
    "all_rules",
    "between",
    "bio",
    "blocks",
    "bylines_elsewhere",
    "calls",
    "captions",
    "crumbs",
    "detectors",
    "end_lists",
    "fixes",
    "footer",
    "frame",
    "head_names",
    "head_residue",
    "header",
    "links",
    "lookup",
    "markup",
    "normalize",
    "page",
    "postmeta",
    "promo",
    "prompts",
    "related",
    "repetition",
    "select_codes",
    "sign_off",
    "tag_box",
    "tail",
    "teasers",
    "threads",
    "videos",
]
