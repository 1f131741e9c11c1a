"""Web addresses in text: the URL pattern and the URL-line test that the link rules (K),
the promo rules (P) and the report's link extraction share. No rule in it."""

from __future__ import annotations

import regex

from cleaner.model import Line

TLDS = (
    "com|org|net|edu|gov|info|io|co|uk|de|fr|es|ca|au|ch|at|eu|us|ru|it|nl|pl|be|blog|news"
    "|se|dk|fi|cz|sk|hu|pt|br|mx|cl|pe|uy|ve|jp|ie|nz|za|tv|app|dev|ro|gr|lu|li"
)
URL = rf"(?:(?:https?|ftp)://\S+|www\.\S+|(?:[\w-]+\.)+(?:{TLDS})(?:/\S*)?)"
#: What every :data:`URL` match holds (same flags): a cheap test before the costly pattern.
URL_HINT = rf"://|www\.|\.(?:{TLDS})"
_URL_LINE = regex.compile(rf"^[\W_]*{URL}(?:[\s,;|]+{URL})*[\W_]*$", regex.IGNORECASE)


#: A line that is one e-mail address.
_EMAIL_LINE = regex.compile(r"\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")


def is_email_line(line: Line) -> bool:
    """Whether the line's text is one e-mail address."""
    return "@" in line.plain and _EMAIL_LINE.fullmatch(line.plain) is not None


def is_url_line(line: Line) -> bool:
    """Whether the line's text is nothing but URLs or domain names."""
    if "." not in line.plain and ":" not in line.plain:
        return False  # every URL has "://", "www." or ".TLD" (see URL_HINT)
    return bool(_URL_LINE.match(line.plain, timeout=1.0))
