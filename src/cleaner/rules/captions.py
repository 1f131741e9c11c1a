"""Picture residue: credit lines left where an image stood."""

from __future__ import annotations

from ..model import Category, Finding
from ..registry import register
from ..segment import Document
from .base import LineRule


@register
class ImageCredit(LineRule):
    """A line that is only a picture credit: "Foto: Kay Nietfeld", "Crédits photos : AFP".

    Why: the picture is gone from the text, its credit line is left standing between
    paragraphs or under the article; it names a photographer or an agency, not article text.

    Leaves alone: sentence-like lines ("Photo: the mayor said ..." of eight words or more
    ending in a full stop), lines over twelve words, and captions that only end in a credit
    (the caption may be text the reader needs).
    """

    code = "L005"
    name = "image-credit"
    category = Category.IMAGE_CREDIT
    family = "image_credit"
    max_words = 12
    reason = "picture credit"
    examples = (
        "Foto: Kay Nietfeld/dpa\n",
        "(Credit: Jane Doe / Example Agency)\n",
        "Crédits photos : Bestimage\n",
    )
    counterexamples = (
        "Fotografen zeigten sich am Dienstag enttäuscht über die neue Regelung.\n",
        "Photo: the mayor said the new bridge will open in the spring of next year.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if doc.prose[index]:
            return None
        return super().match(doc, index)
