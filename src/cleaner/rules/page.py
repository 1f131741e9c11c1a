"""Page-chrome rules: ad labels, cookie banners and paywall prompts left in the text."""

from __future__ import annotations

from ..model import Category
from ..registry import register
from .base import LineRule


@register
class AdvertisementLabel(LineRule):
    """A line that is only an ad label: "Advertisement", "Anzeige", "Publicité", "Reklama".

    Why: the ad itself is gone from the text, its label is left standing between paragraphs.

    Leaves alone: sentences that talk about advertising; the line must be the label alone.
    """

    code = "A001"
    name = "advertisement-label"
    category = Category.ADVERTISEMENT
    family = "advertisement"
    max_words = 8
    reason = "label of an ad slot"
    examples = ("Advertisement\n", "- Anzeige -\n")
    counterexamples = (
        "Advertisement revenue fell by a third in the last quarter, the company said.\n",
    )


@register
class CookieNotice(LineRule):
    """A cookie or privacy consent banner: "This website uses cookies to improve ...".

    Why: page chrome from the consent layer, not part of any article.

    Leaves alone: long paragraphs (an article about cookie law) and sentences about
    cookies without the banner's wording.
    """

    code = "A002"
    name = "cookie-notice"
    category = Category.COOKIE_NOTICE
    family = "cookie_notice"
    max_words = 60
    reason = "cookie consent banner"
    examples = (
        "This website uses cookies to improve your experience.\n",
        "Wir verwenden Cookies.\n",
    )
    counterexamples = (
        "The regulator said cookies that track users need consent under the new law.\n",
    )


@register
class PaywallPrompt(LineRule):
    """A paywall or login prompt: "Subscribe to continue reading", "Bereits Abonnent?".

    Why: the prompt replaces the rest of the article; it is not text of it.

    Leaves alone: sentences that report on subscriptions.
    """

    code = "A003"
    name = "paywall-prompt"
    category = Category.PAYWALL
    family = "paywall"
    max_words = 25
    reason = "paywall or login prompt"
    examples = (
        "Subscribe to continue reading.\n",
        "Wählen Sie Ihren Zugang und lesen Sie weiter:\n",
    )
    counterexamples = (
        "Readers who subscribe to continue reading print papers are getting older.\n",
    )
