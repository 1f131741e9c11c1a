"""The tags under a tag box's label alone on its line after the article (H016)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Fact, Finding, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import after_most_prose
from cleaner.rules.prefilter import FLAGS
from cleaner.text.segment import Document

#: A tag box's label and nothing else on its line: "Tags", "More about", "Schlagwörter:".
#: Words that also head an article's own list ("Topics" over a call for papers' topics,
#: "Themen" over a council's agenda, "Region" over a flattened table) are none.
_LABEL_ALONE = regex.compile(
    r"^[\W_]*(?P<label>tags|tagged(?: with)?|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|"
    r"mots[- ]clés|étiquettes|etiquetas|etichette|trefwoorden|taggar|tagi|more about|"
    r"related topics|related tags|explore more on these topics|themen dieses artikels|"
    r"sujets associés|temas relacionados|tópicos relacionados|argomenti correlati)"
    r"\s*[:：]?[\W_]*$",
    FLAGS,
)
#: The kinds of line a label may be: text or a heading.
_LABEL_KINDS = (LineKind.TEXT, LineKind.HEADING)
#: A tag has at most this many words, and a box at most this many tags.
_TAG_WORDS = 4
_MAX_TAGS = 15
#: How a sentence, a clause or a label ends: no tag does.
_NOT_TAG_END = regex.compile(r"[.!?:;,…]\W*$")
_LETTER = regex.compile(r"\p{L}")


@register
class TagBox(Rule):
    """The tags under a tag box's label alone on its line after the article: "Tags" over
    "Energy bills" and "Saving money", "More about" over "NHS", "A&E", "Hospitals",
    "Schlagwörter" over "Wärmepumpe", "Heizungsgesetz".

    Why: a tag box flattened by the extractor leaves its label on one line and each tag on
    its own; H004 reads only a label with its values after a colon on the same line. The
    tags go to ``tags`` under the label.

    The label is a tag box's alone on its line ("Tags", "Tagged with", "More about",
    "Related topics", "Schlagwörter", "Mots-clés", "Etiquetas", ...), with or without a
    colon, after half of the article's prose; every line that stays after it, to the end of
    the text, is a tag: at most four words with a letter, no full stop, colon, comma or
    other sentence end after it, no prose; at most fifteen of them.

    Leaves alone: labels that also head an article's own list ("Topics" over a call for
    papers' topics, "Themen" over a council's agenda, "Region" or "Category" over a table),
    a label before half of the prose, and a label with anything after it that is no tag (a
    sentence, a long line), or with more than fifteen lines after it.
    """

    code = "H016"
    name = "tag-box"
    category = Category.TAXONOMY
    phase = Phase.LAST  # judged on the lines that stay, the end of the text as it will be
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 4
            + "\n\nMore about\n\nEnergy bills\n\nSaving money\n",
            removed=("More about", "Energy bills", "Saving money"),
            facts={"tags": {"More about": ["Energy bills", "Saving money"]}},
        ),
    )
    counterexamples = (
        # A sentence under the label: the article goes on.
        "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n\nMore about\n\nThe works on the bridge start in May.\n",
        # A label that heads an article's own list too: a call for papers' topics.
        "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n\nTopics\n\nBridge maintenance\n\nRiver ecology\n",
        # The label before half of the prose: a part of the article.
        "More about\n\nEnergy bills\n\n"
        + "The council voted on Tuesday to repair the old bridge over the river. " * 4
        + "\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        tags: list[int] = []
        for i in range(len(doc.lines) - 1, -1, -1):
            line = doc.lines[i]
            if line.kind is LineKind.BLANK:
                continue
            m = _LABEL_ALONE.match(line.plain) if line.kind in _LABEL_KINDS else None
            if m is not None:
                break
            if i in removed:
                continue  # a widget another rule took, under the tags or between them
            if len(tags) == _MAX_TAGS or not self._tag(doc, i):
                return
            tags.append(i)
        else:
            return
        if not tags or not after_most_prose(doc, i):
            return
        label = " ".join(m.group("label").split())
        if i not in removed:
            yield Finding(i, i + 1, self.code, "label of the article's tags")
        for t in reversed(tags):
            fact = Fact(f"tag:{label}", doc.lines[t].plain.strip())
            yield Finding(t, t + 1, self.code, "tag of the article", (fact,))

    @staticmethod
    def _tag(doc: Document, index: int) -> bool:
        line = doc.lines[index]
        text = line.plain.strip()
        return (
            line.kind in (LineKind.TEXT, LineKind.LIST_ITEM)
            and 1 <= line.words <= _TAG_WORDS
            and not doc.prose[index]
            and bool(_LETTER.search(text))
            and not _NOT_TAG_END.search(text)
        )
