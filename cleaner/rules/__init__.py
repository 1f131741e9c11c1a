"""The built-in detectors, one module per family; importing this package registers them."""

from cleaner.rules import (
    bio,
    blocks,
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
