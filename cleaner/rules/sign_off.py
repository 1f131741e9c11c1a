"""The author's sign-off at the end of a post: a closing greeting and the name under it."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import regex

from cleaner.model import Category, Finding, Line, LineKind
from cleaner.registry import Example, Phase, Rule, register
from cleaner.rules.base import TEXT_KINDS
from cleaner.rules.phrases import Family, compiled, search
from cleaner.text.segment import Document

#: Name lines under a sign-off, at most, and the words each has at most; lines of the
#: greeting at most.
_MAX_NAME_LINES = 3
_MAX_GREETING_LINES = 3
#: Words the third line of a greeting has at least, over a name: a farewell ("Bleibt mir
#: gewogen – bis ganz bald!"), not a third formula of a list or a song.
_FAREWELL_WORDS = 4
_NAME_WORDS = 4
#: A signature: capitalised names or "Eure", "x Franzi", "XX, Die Redaktion", "– Jane"; no
#: sentence end, no digit, no address, no lower-case word but a kiss or a particle ("my love"
#: under "Take care" ends a poem; "Mayor of Springfield" signs a letter the story prints).
_SIGNATURE = regex.compile(
    r"^[\W_]*(?:(?:\p{Lu}[\p{L}'’.-]*|xx?|xo|xoxo|von|van|de|da|di|du|la|le)[\s,&–—-]*){1,4}"
    r"[!♥❤<3\s]*$"
)
#: A greeting that is a quotation or a line of dialogue, or a sentence ("Stay safe.").
_NOT_A_SIGN_OFF = regex.compile(r"^\s*[\"“„«‘‚'–—-]|[^.]\.\s*$")
#: The line above a sign-off ends a sentence; not a colon ("The letter reads:") or a verse.
_ENDS_SENTENCE = regex.compile(r"[.!?…)\"”»’]\s*$")


def _signature(line: Line) -> bool:
    return line.words <= _NAME_WORDS and bool(_SIGNATURE.match(line.plain))


def _kept_from_end(doc: Document, removed: frozenset[int]) -> Iterator[int]:
    """Indexes of the non-blank lines no earlier rule removed, the last first."""
    for i in range(len(doc.lines) - 1, -1, -1):
        if doc.lines[i].kind is not LineKind.BLANK and i not in removed:
            yield i


@register
class SignOff(Rule):
    """A sign-off closing the text: "Liebe Grüße" over "Eure Martina", "Cheers," over
    "Jane", "Bisous", "Un abrazo".

    Why: blogs and letter-style pieces end in the author's greeting and name; the reader of
    the text has no use for them, and the name is the byline's.

    Leaves alone: a greeting with more text after it than a name or two (a story that
    quotes a letter goes on), one in the middle of the text, a text that is no more than
    the greeting, a greeting in quotes, after a dialogue dash or ending in a full stop
    ("Stay safe."), one under a line that ends no sentence (a poem's last verses, "The
    letter reads:"), and one over lower-case lines ("my love"). Lines other rules removed
    after it count as gone.
    """

    code = "T005"
    name = "sign-off"
    category = Category.SIGN_OFF
    phase = Phase.AFTER
    examples = (
        Example(
            "Wir waren drei Tage in Lissabon und haben jeden Abend am Fluss gegessen. " * 2
            + "\n\nLiebe Grüße\n\nEure Martina\n",
            removed=("Liebe Grüße", "Eure Martina"),
        ),
        Example(
            "We spent three days in Lisbon and ate by the river every single night. " * 2
            + "\n\nCheers,\n",
            removed=("Cheers,",),
        ),
    )
    counterexamples = (
        "We spent three days in Lisbon and ate by the river every single night. " * 2
        + "\n\nCheers,\n\nshe wrote at the end of the letter, and then she signed it.\n",
        "Cheers,\n\nJane\n",
        "Take care\n\nof the small things, and the big ones will follow, my father said.\n\n"
        + "We spent three days in Lisbon and ate by the river every single night.\n",
    )

    def detect(self, doc: Document) -> Iterator[Finding]:
        removed = doc.removed()
        # The last kept lines, from the end: the names, the greeting (one or two lines) and
        # the line above it are all the rule reads.
        last = list(islice(_kept_from_end(doc, removed), _MAX_NAME_LINES + _MAX_GREETING_LINES + 1))
        family = compiled("sign_off")
        for n, i in enumerate(last):
            if self._greeting(doc, i, family):
                rest = last[n + 1 :]
                # "Herzlichst" over "Eure": both are the greeting; a farewell over them too
                # when a name signs it ("Bleibt mir gewogen – bis ganz bald!")
                greeting = [i]
                while (
                    rest
                    and len(greeting) < _MAX_GREETING_LINES
                    and self._greeting(doc, rest[0], family)
                    and (
                        len(greeting) < _MAX_GREETING_LINES - 1
                        or (n > 0 and doc.lines[rest[0]].words >= _FAREWELL_WORDS)
                    )
                ):
                    greeting.insert(0, rest.pop(0))
                if not any(
                    doc.prose[j] and j not in removed and doc.lines[j].kind is not LineKind.BLANK
                    for j in range(greeting[0])
                ):
                    return  # nothing but the greeting: no post to sign
                if not _ENDS_SENTENCE.search(doc.lines[rest[0]].plain):
                    return  # a verse, or a letter the text introduces
                for j in greeting:
                    yield Finding(j, j + 1, self.code, "the author's sign-off")
                for j in last[:n]:
                    yield Finding(j, j + 1, self.code, "the author's name under the sign-off")
                return
            if n == _MAX_NAME_LINES or not _signature(doc.lines[i]):
                return

    @staticmethod
    def _greeting(doc: Document, index: int, family: Family) -> bool:
        line = doc.lines[index]
        return (
            line.kind in TEXT_KINDS
            and not _NOT_A_SIGN_OFF.search(line.plain)
            and search(family, line.plain) is not None
        )
