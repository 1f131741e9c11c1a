"""Teasers of a site's videos left in the text: a labelled video headline ("VIDÉO. Chaleur
extrême : comment rafraîchir son logement", "WATCH: Drone footage shows ...") or a call to
watch over the player's running time ("Guarda gli highlights della partita" / "02:51")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner.model import Category, Finding, LineKind
from cleaner.registry import Example, Rule, register
from cleaner.text.segment import Document

#: A video's label before its headline: capitals and a separator ("VIDEO:", "VIDÉO.",
#: "WATCH |"), or "Video:" with its colon; a headline, not a link ("Video: https://...").
_LABELLED = regex.compile(
    r"^[\W_]*(?:(?-i:VIDEO|VIDÉO|VÍDEO|VIDEOS|VIDÉOS|VÍDEOS|WATCH)\s*[.:|–—-]|"
    r"(?:video|vidéo|vídeo)\s*:)\s*(?!https?:|www\.)[\p{L}\p{N}\"“„'‘«¿¡]",
    regex.IGNORECASE,
)
#: A call to watch: "Watch the highlights", "Assista aos melhores momentos", "Guarda gli
#: highlights", "Regardez la vidéo"; a teaser only over a running time.
_WATCH = regex.compile(
    r"^[\W_]*(?:watch|assista|assistir|guarda|mira|regardez|veja|sehen sie|schauen sie)\b",
    regex.IGNORECASE,
)
#: A player's running time alone on its line: "01:42", "1:02:10".
_RUNNING_TIME = regex.compile(r"^\s*(?:\d{1,2}:)?[0-5]?\d:[0-5]\d\s*$")
_TEASER_WORDS = 20


@register
class VideoTeaser(Rule):
    """A teaser of one of the site's videos: a headline under a video label ("VIDÉO. Chaleur
    extrême : comment rafraîchir son logement", "WATCH: Drone footage shows flames"), or a
    call to watch over the player's running time ("Assista aos melhores momentos" /
    "03:05"), with that running time.

    Why: a page embeds its videos between the paragraphs; the extractor keeps the player's
    headline and its duration as lines of their own.

    Leaves alone: the text's first line (a video page's own title); a line of more than 20
    words; a label over a link ("Video: https://youtu.be/...", the article's own pointer); a
    call to watch ("Watch the sky after midnight") with no running time under it; a time
    alone under any other line (a live blog's "10:15" over its entry).
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
        "The comet will be visible all week from the northern hemisphere. " * 2
        + "\n\nWatch the sky after midnight, when the moon has set.\n\n"
        + "Astronomers expect the tail to grow as it nears the sun. " * 2
        + "\n",
        "The council voted on Tuesday to repair the old bridge over the river. " * 2
        + "\n\nVideo: https://youtu.be/YmRrq0qTRXY\n\n"
        + "Work starts in May and will take a year, the council said. " * 2
        + "\n",
        "Live: storm reaches the coast\n\n10:15\n\nThe storm made landfall near the harbour."
        "\n\n09:50\n\nWinds of 120 km/h were measured on the island.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        first = doc.next_content(-1)
        for i, line in enumerate(doc.lines):
            if i == first or line.kind is LineKind.BLANK or not 0 < line.words <= _TEASER_WORDS:
                continue
            below = doc.next_content(i)
            timed = below is not None and bool(_RUNNING_TIME.match(doc.lines[below].plain))
            if _LABELLED.match(line.plain) or (timed and _WATCH.match(line.plain)):
                end = below + 1 if timed and below is not None else i + 1
                yield Finding(i, end, self.code, "teaser of a video")
