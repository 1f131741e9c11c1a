"""The built-in detectors, one module per family; importing this package registers them."""

from cleaner.rules import (
    bio,
    blocks,
    bylines_elsewhere,
    captions,
    footer,
    header,
    links,
    page,
    postmeta,
    promo,
    related,
    repetition,
    tail,
)

__all__ = [
    "bio",
    "blocks",
    "bylines_elsewhere",
    "captions",
    "footer",
    "header",
    "links",
    "page",
    "postmeta",
    "promo",
    "related",
    "repetition",
    "tail",
]
