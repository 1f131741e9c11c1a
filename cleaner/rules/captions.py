"""Picture residue: credit lines left where an image stood."""

from __future__ import annotations

from cleaner.model import Category, Finding
from cleaner.registry import Example, register
from cleaner.rules.base import LineRule
from cleaner.rules.phrases import search
from cleaner.text.segment import Document


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
        Example("Foto: Kay Nietfeld/dpa\n"),
        Example("(Credit: Jane Doe / Example Agency)\n"),
        Example("Crédits photos : Bestimage\n"),
    )
    counterexamples = (
        "Fotografen zeigten sich am Dienstag enttäuscht über die neue Regelung.\n",
        "Photo: the mayor said the new bridge will open in the spring of next year.\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        if doc.prose[index]:
            return None
        return super().match(doc, index)


#: A caption's words at most; with an agency's credit ("Foto: Galli/Malteser"), more.
_CAPTION_WORDS = 20
_LONG_CAPTION_WORDS = 40


@register
class Caption(LineRule):
    """A short picture caption that ends in its credit: "Das Hermelin ist im Winter gut
    getarnt. (mlharing / iStock.com)", "Roman Prymula, photo: Archives du Gouvernement".

    Why: the picture is gone from the text; the caption describes it and the credit names a
    photographer or an agency.

    Up to 40 words when the credit names two sources with a slash ("Bild: Gregory
    Batardon/Theater St. Gallen", "Foto: Galli/Malteser"): an agency's credit, as captions
    carry it. Credits in brackets after the caption's full stop ("... outside Gate 3. (Celia
    Ortega / Workers' Horizon)"), a photographer in capitals and an agency ("JORGE ZAPATA
    (EFE)") and "(Foto Nordest/Rossi)" count too; a name and an affiliation in brackets inside
    a sentence ("... two economists (Anna Berg / Uppsala University).") do not.

    Leaves alone: other lines over 20 words (a longer caption can carry facts of the
    article, and a paragraph may end in a credit), and lines that mention a photo without a
    credit label ("She showed me a photo of it.").
    """

    code = "L006"
    name = "caption"
    category = Category.IMAGE_CREDIT
    family = "caption"
    max_words = _LONG_CAPTION_WORDS
    reason = "picture caption with its credit"
    examples = (
        Example(
            "Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. "
            "(mlharing / iStock.com)\n"
        ),
        Example("Roman Prymula, photo: Archives du Gouvernement tchèque\n"),
        Example(
            "Ein Kippmoment in Rain: Die lachende Menge wird zum Mob und treibt ihr Opfer immer"
            " weiter in die Enge, bis es keinen Ausweg mehr gibt. Bild: Gregory Batardon/Theater\n"
        ),
    )
    counterexamples = (
        "She showed me a photo of the old harbour, taken by her grandfather in 1952.\n",
        "The new prison wing opened in May, yet more than half of its cells are still empty and"
        " the guards have no lockers. Photo: Jane Doe\n",
    )

    def match(self, doc: Document, index: int) -> Finding | None:
        line = doc.lines[index]
        m = search(self.pattern(), line.plain)
        if not m:
            return None
        if line.words > _CAPTION_WORDS and "/" not in line.plain[m.start() :]:
            return None
        return self.finding(index, index + 1)


@register
class FigureCaption(LineRule):
    """A numbered or labelled figure caption: "Abbildung 4: klassische Schwachschicht.".

    Why: the figure is gone from the text; its caption describes a picture the reader no
    longer has.

    Leaves alone: sentences that refer to a figure ("Figure 2 shows the trend") and lines
    where the label does not open the line.
    """

    code = "L007"
    name = "figure-caption"
    category = Category.IMAGE_CREDIT
    family = "figure_caption"
    max_words = 60
    reason = "figure caption"
    examples = (
        Example("Abbildung 4: klassische Schwachschicht.\n"),
        Example("Figure 2: Snow depth on the glacier in March, measured from the air.\n"),
        Example("From left: Council leader Jane Doe, the mayor and the city engineer.\n"),
    )
    counterexamples = (
        "Figure 2 shows the trend: the figure rose to 4 percent in March.\n",
        "From left to right, the whole council voted for the repairs on Tuesday.\n",
    )
