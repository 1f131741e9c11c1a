"""Teasers of a site's videos left in the text: a labelled video headline ("VIDÉO. Chaleur
extrême : comment rafraîchir son logement", "WATCH: Drone footage shows ...") or a call to
watch over the player's running time ("Guarda gli highlights della partita" / "02:51")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.text.segment import Document

#: A video's label before its headline, in capitals with a separator ("VIDEO:", "VIDÉO.",
#: "WATCH |"); a headline, not a link ("VIDEO: https://..."). "Video:" in small letters
#: opens a spec sheet's line ("Video: 4K at 60fps") as often as a teaser.
_LABELLED = regex.compile(
    r"^[\W_]*(?:VIDEO|VIDÉO|VÍDEO|VIDEOS|VIDÉOS|VÍDEOS|WATCH)\s*[.:|–—-]\s*"
    r"(?!https?:|www\.)[\p{L}\p{N}\"“„'‘«¿¡]"
)
#: A line of a spec sheet or a fact box: a short label and its value ("Battery: 5000 mAh").
_LABEL_VALUE = regex.compile(r"^[\W_]*[\p{L}][\p{L}\p{N} /&-]{0,24}:\s+\S")
#: A call to watch: "Watch the highlights", "Assista aos melhores momentos", "Guarda gli
#: highlights", "Regardez la vidéo"; a teaser only over a running time.
_WATCH = regex.compile(
    r"^[\W_]*(?:watch|assista|assistir|guarda|mira|regardez|veja|sehen sie|schauen sie)\b",
    regex.IGNORECASE,
)
#: A player's running time alone on its line: "01:42", "1:02:10"; a text with more such lines
#: is a live blog or a recipe's timings, not a page with a video or two.
_RUNNING_TIME = regex.compile(r"^\s*(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\s*$")
_MAX_RUNNING_TIMES = 2
_TEASER_WORDS = 20
#: A call to watch over a running time is a headline: short, with no sentence's end.
_WATCH_WORDS = 14
_SENTENCE_END = regex.compile(r"[.:;!?,]\W*$")


@register
class VideoTeaser(Rule):
    """A teaser of one of the site's videos: a headline under a video label ("VIDÉO. Chaleur
    extrême : comment rafraîchir son logement", "WATCH: Drone footage shows flames"), or a
    call to watch over the player's running time ("Assista aos melhores momentos" /
    "03:05"), with that running time.

    Why: a page embeds its videos between the paragraphs; the extractor keeps the player's
    headline and its duration as lines of their own.

    Leaves alone: the text's first line, and a line above the first paragraph with no running
    time under it (a video page's own title, under the site's name or not); a line of more than 20
    words; a label in small letters ("Video: 4K at 60fps", a spec sheet's line) or over a
    link ("VIDEO: https://..."); a labelled line in a list or among "Label: value" lines; a
    call to watch that is a sentence ("Watch the timer closely, ...:") or has no running
    time under it; and running times in a text with more than two of them (a live blog's
    "10:15" over each entry).
    """

    code = "G013"
    name = "video-teaser"
    category = Category.RELATED
    examples = (
        Example(
            "The council voted on Tuesday to repair the old bridge over the river. " * 2
            + "\n\nWATCH: Drone footage shows the old bridge from above\n\n01:58\n\n"
            + "Work starts in May and will take a year, the council said. " * 2
            + "\n",
            removed=("WATCH: Drone footage shows the old bridge from above", "", "01:58"),
        ),
        Example(
            "O Ipiranga venceu o Paulistano por 2 a 1 neste domingo, na Arena Tietê. " * 2
            + "\n\nAssista aos melhores momentos de Ipiranga 2 x 1 Paulistano\n\n03:05\n\n"
            + "Com 21 pontos, o Ipiranga sobe para o 15º lugar na tabela. " * 2
            + "\n",
            removed=("Assista aos melhores momentos de Ipiranga 2 x 1 Paulistano", "", "03:05"),
        ),
    )
    counterexamples = (
        # The article's own title under the site's name, with no running time under it.
        "SkyWatch Report\n\nWATCH: Spray Lines Over Tucson and the Pilots Won't Talk\n\n"
        + "A reader sent us this footage on Sunday morning, and it is the clearest yet. " * 2
        + "\n",
        "The comet will be visible all week from the northern hemisphere. " * 2
        + "\n\nWatch the sky after midnight, when the moon has set.\n\n"
        + "Astronomers expect the tail to grow as it nears the sun. " * 2
        + "\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 2
        + "\n\nVideo: https://youtu.be/YmRrq0qTRXY\n\n"
        + "Work starts in May and will take a year, the council said. " * 2
        + "\n",
        "The phone is fast and its screen is bright in sunlight, our tests show. " * 2
        + "\n\nDisplay: 6.1 inches, 120 Hz\n\nVIDEO: 4K at 60fps\n\nBattery: 3,900 mAh\n",
        "Boil the eggs for exactly six and a half minutes, then cool them in ice water. "
        * 2
        + "\n\nWatch the timer closely, since even thirty seconds more will firm up the yolk:"
        "\n\n6:30\n\nPeel them under running water.\n",
        "Live: storm reaches the coast\n\n10:15\n\nThe storm made landfall near the harbour."
        "\n\n09:50\n\nWinds of 120 km/h were measured on the island.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        first = doc.next_content(-1)
        times = {i for i, line in enumerate(doc.lines) if _RUNNING_TIME.match(line.plain)}
        if len(times) > _MAX_RUNNING_TIMES:
            times = set()  # a live blog's or a recipe's times, not a player's
        for i, line in enumerate(doc.lines):
            if i == first or line.kind is LineKind.BLANK or not 0 < line.words <= _TEASER_WORDS:
                continue
            labelled = bool(_LABELLED.match(line.plain))
            watch = bool(_WATCH.match(line.plain))
            if not (labelled or watch):
                continue
            below = doc.next_content(i)
            time = below if below in times else None  # the player's running time under it
            if time is None and doc.in_head(i):
                continue  # the article's own title ("WATCH: ...") under the site's name
            if labelled and not self._in_fact_list(doc, i):
                end = i + 1 if time is None else time + 1
                yield Finding(i, end, self.code, "teaser of a video")
            elif (
                time is not None
                and watch
                and line.words <= _WATCH_WORDS
                and not _SENTENCE_END.search(line.plain)
            ):
                yield Finding(i, time + 1, self.code, "teaser of a video")

    @staticmethod
    def _in_fact_list(doc: Document, index: int) -> bool:
        """Whether a line is a list's item or stands beside a "Label: value" line."""
        if doc.lines[index].kind is LineKind.LIST_ITEM:
            return True
        near = (doc.next_content(index, -1), doc.next_content(index))
        return any(j is not None and _LABEL_VALUE.match(doc.lines[j].plain) for j in near)
