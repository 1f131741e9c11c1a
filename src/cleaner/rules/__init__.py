"""The built-in detectors, one module per family; importing this package registers them."""

from . import bio, footer, header, links, promo, repetition

__all__ = ["bio", "footer", "header", "links", "promo", "repetition"]
