"""Fixes M008 and M009: the words a page break, an advertisement or a lost read-more link
left inside a paragraph ("... [mehr]", "Continued below...")."""

from __future__ import annotations

import regex

from cleaner.registry import fix
from cleaner.text.tags_and_links import Sink, ensure_sink
from cleaner.text.timeouts import timeout_for

#: A read-more marker in brackets, left where its link was lost, at the end of a teaser.
_READ_MORE = regex.compile(
    r"(?<=\S)\s*(?:\*\*|__)?\[\s*(?:czytaj (?:więcej|dalej)|więcej|mehr|weiterlesen|read more"
    r"|more|continue reading|lire la suite|la suite|leer más|seguir leyendo|continua a leggere)"
    r"\s*\]"
    r"(?:\*\*|__)?\s*$",
    regex.IGNORECASE,
)


@fix(
    "M008",
    "read-more-marker",
    examples=[
        ("Die Stadt baut eine Brücke. [mehr]", "Die Stadt baut eine Brücke."),
        ("Ruszyła budowa mostu. **[ czytaj więcej]**", "Ruszyła budowa mostu."),
    ],
    counterexamples=["[mehr]", "Er sagte, man müsse [...]"],
)
def drop_read_more(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Drop a bracketed read-more marker that ends a line of text ("... [czytaj więcej]").

    Why: the marker stood for a link to the rest of a teaser; its words are not the text's.
    A line that is only the marker is left to the rules, and "[...]", an omission in a
    quotation, is not a marker.
    """
    if not text.rstrip(" *_").endswith("]"):
        return text, 0
    m = _READ_MORE.search(text, timeout=timeout_for(text))
    if not m:
        return text, 0
    ensure_sink(sink).dropped.append(m.group(0).strip())
    return text[: m.start()], 1


#: Words that stood for a page break or an advertisement inside a paragraph: "Continued
#: below...", "Story continues below advertisement", "L'article continue ci-dessous".
_GLUE_WORDS = (
    r"continued below|continued on (?:the )?next page|continue reading below"
    r"|(?:the )?(?:story|article|content) continues below(?: (?:the )?(?:advertisement|ad))?"
    r"|fortsetzung unten|(?:der )?(?:artikel|text) (?:geht|wird) (?:unten|unter(?:halb)? der"
    r" (?:anzeige|werbung)) (?:weiter|fortgesetzt)|(?:lesen sie )?weiter(?:lesen)? nach der"
    r" (?:anzeige|werbung)"
    r"|suite ci-dessous|l['’]article continue (?:ci-dessous|après (?:la |cette )?publicité)"
    r"|la suite après (?:la |cette )?publicité"
    r"|(?:(?:la noticia|el artículo|la nota) )?continúa (?:abajo|debajo|después de la"
    r" publicidad|tras la publicidad)"
    r"|(?:(?:a matéria|o artigo|a reportagem|a notícia) )?continua (?:abaixo|após a publicidade"
    r"|depois da publicidade)"
    r"|(?:l['’]articolo )?continua (?:sotto|dopo la pubblicità)"
)
_GLUE_PAREN = r"\(\s*(?:continued|fortsetzung|suite|continúa|continua|continuação)\s*\)"
#: What parts the glue from the next sentence: dots, an ellipsis or a colon and any space
#: ("Continued below...The council"), or a dash or nothing, then space.
_GLUE_GAP = r"(?:(?:\.{1,3}|…|:)\s*|[-–—]?\s+)"
#: The next sentence: a capital, a digit, a quote or a bracket.
_SENTENCE_AHEAD = r"(?=(?-i:[\p{Lu}\p{N}\"“„«'‘(\[]))"
#: The glue at the start of a line, before a sentence; between two sentences; or at the end
#: of a line, after one (a full stop or a closing quote or bracket).
_GLUE_START = regex.compile(
    rf"^\s*(?:{_GLUE_PAREN}|{_GLUE_WORDS})\s*{_GLUE_GAP}{_SENTENCE_AHEAD}",
    regex.IGNORECASE,
)
_GLUE_MID = regex.compile(
    rf"(?<=[.!?…\"”»)\]])\s+(?:{_GLUE_PAREN}|{_GLUE_WORDS})\s*{_GLUE_GAP}{_SENTENCE_AHEAD}",
    regex.IGNORECASE,
)
_GLUE_END = regex.compile(
    rf"(?:(?<=\S)\s*{_GLUE_PAREN}|(?<=[.!?…\"”»)\]])\s+(?:{_GLUE_WORDS}))\s*(?:\.{{2,}}|…|:)?\s*$",
    regex.IGNORECASE,
)
_GLUE_GATE = regex.compile(r"ontin|fortsetz|suite|weiter", regex.IGNORECASE)
#: The gate's words: substrings of the lower-cased text exactly when the gate matches, on
#: text without the four non-ASCII letters that fold onto ASCII ones under IGNORECASE
#: (dotted and dotless I, long s, Kelvin sign; no other character lower-cases to ASCII).
_GLUE_WORDS_LOWER = ("ontin", "fortsetz", "suite", "weiter")
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def _may_hold_glue(text: str) -> bool:
    """``_GLUE_GATE.search(text)``, by substring tests on the lower-cased text."""
    if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        return _GLUE_GATE.search(text) is not None
    lower = text.lower()
    return any(word in lower for word in _GLUE_WORDS_LOWER)


@fix(
    "M009",
    "pagination-glue",
    examples=[
        (
            "Continued below... In August 2013, the court set him free.",
            "In August 2013, the court set him free.",
        ),
        (
            "The mayor spoke at length. Story continues below advertisement",
            "The mayor spoke at length.",
        ),
        ("(Continued) The council met again.", "The council met again."),
        ("Continued below...The council met again.", "The council met again."),
        (
            "The mayor spoke at length. Continued below... The council met again.",
            "The mayor spoke at length. The council met again.",
        ),
        (
            "Der Rat tagte erneut. Der Artikel geht unter der Anzeige weiter",
            "Der Rat tagte erneut.",
        ),
        ("L'article continue ci-dessous : Le conseil a voté.", "Le conseil a voté."),
        ("La noticia continúa abajo. El consejo votó.", "El consejo votó."),
        ("O conselho votou. Continua após a publicidade", "O conselho votou."),
        ("Il consiglio ha votato. L'articolo continua sotto", "Il consiglio ha votato."),
    ],
    counterexamples=[
        "Story continues below",
        "Continued below-average rainfall has dried the fields.",
        "The river continued below the bridge and out to sea.",
        "Continued below the surface, the water was cold.",
        "He said. Continued below the bridge, the river ran dry.",
        "The level continued below 2 metres.",
    ],
)
def drop_pagination_glue(text: str, sink: Sink | None = None) -> tuple[str, int]:
    """Drop the words a page break or an advertisement left at the start or the end of a
    paragraph: "Continued below...", "(Continued)", "Story continues below advertisement",
    "Der Artikel geht unter der Anzeige weiter", "L'article continue ci-dessous", "La
    noticia continúa abajo", "Continua após a publicidade", "L'articolo continua sotto".

    Why: the words pointed past a page break or an ad; the paragraph they are glued to is
    the article's and stays. A line that is only the marker is left to the rules; at the
    start the marker must stand before a sentence (a capital, a digit, a quote), at the
    end after one, and inside a line between two, so "Continued below the surface, ..."
    keeps its words.
    """
    if not _may_hold_glue(text):
        return text, 0
    out = ensure_sink(sink)
    changes = 0
    for pattern, joint in ((_GLUE_START, ""), (_GLUE_MID, " "), (_GLUE_END, "")):
        m = pattern.search(text, timeout=timeout_for(text))
        while m and text[: m.start()].strip() + text[m.end() :].strip():
            out.dropped.append(m.group(0).strip())
            text = (text[: m.start()] + joint + text[m.end() :]).strip()
            changes += 1
            m = pattern.search(text, timeout=timeout_for(text))
    return text, changes
