"""Boilerplate of the seventh round (issue 15), found on real extractor output of other sites:
a republishing note at the head ("This article originally appeared on VICE US."), a hat tip
in brackets, an agency's rights terms, a shop button, a blog's links to the posts before and
after, a theme's date badge run together ("Mai062018"), and an old blog system's page frame
(A010); Chinese and Japanese news sites' credit, source, reprint, share and paywall lines;
an author's bio under its label in text with no blank lines. Look-alike body lines stay."""

from __future__ import annotations

import pytest

from cleaner import clean
from removals import BODY, assert_goes, assert_stays, between_paragraphs, removed_codes

REMOVED = [
    ("This article originally appeared on VICE US.", "L001"),
    ("(via Geeks Are Sexy)", "L001"),
    ("Die Rechte sämtlicher Texte sind beim Katholischen Medienzentrum.", "L002"),
    ("Jede Weiterverbreitung ist honorarpflichtig.", "L002"),
    ("Die Speicherung in elektronischen Datenbanken ist nicht erlaubt.", "L002"),
    ("Storage in electronic databases is not permitted.", "L002"),
    ("Den Beef Maker bei Amazon ansehen", "A005"),
    ("Jetzt bei Otto bestellen", "A005"),
    ("View on Amazon", "A005"),
    ("« Energie sparen | Startseite | Weltrekord für den Waldschutz »", "A005"),
    ("- THE END -", "A005"),
    ("Facebook https://fb.me/prachatai", "S001"),
    # Chinese and Japanese news sites
    ("责任编辑：张珺", "B001"),
    ("【编辑：姚昊】", "B001"),
    ("执笔/叨叨姐、胡一刀&李小飞刀", "B001"),
    ("来源：证券时报", "L001"),
    ("（资料来源：参考消息、海外网等）", "L001"),
    ("原标题：视界丨这个中国人习以为常的地方 为何老外却说“了不得”？", "L001"),
    ("转载请注明出处：快科技", "L002"),
    ("澎湃新闻报料：4009-20-4009   澎湃新闻，未经授权不得转载", "L002"),
    ("10月4日，旅游专列开往襄阳。 通讯员刘娟 摄", "L005"),
    ("图片均来自网络", "L005"),
    ("共享充电宝。视觉中国 资料", "L005"),
    ("分享到", "A005"),
    ("上一篇 : 今日股市行情分析--2019年8月19日", "A005"),
    ("当前位置：首页 > 快讯", "A005"),
    ("更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）", "S001"),
    ("- 微博：快科技官方 快科技(原驱动之家)官方微博", "S001"),
    ("违法和不良信息举报电话：010-62675637", "C001"),
    ("声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议", "L003"),
    ("この記事は会員限定です。電子版に登録すると続きをお読みいただけます。", "A003"),
    ("記事保存", "A005"),
]

KEPT = [
    "This story first appeared to him in a dream, he told the court on the second day.",
    "(via the old road over the pass, which the council closed in the winter)",
    "Die Rechte der Autoren sind in dem neuen Gesetz besser geschützt als bisher, sagte sie.",
    "Ich wollte die Pfanne bei Amazon kaufen, aber sie war schon ausverkauft.",
    "« Wir haben keine Wahl », sagte die Ministerin am Abend.",
    "作者认为这个问题很重要。",
    "他用手机扫描二维码付款。",
    "关注这个公众号的人越来越多。",
    "我们走进工作室。我们拍摄",
    "编辑部的同事们都很高兴。",
    "来源于生活的艺术往往更打动人心，这是他多年来的体会。",
    "记者在现场看到，数百名市民排队等候。",
    "他说：“上一篇文章写得太仓促了，这一篇要慢慢来。”",
    "首页设计得很漂亮，用户都很喜欢。",
]


@pytest.mark.parametrize(("line", "code"), REMOVED)
def test_goes_between_paragraphs(line: str, code: str) -> None:
    assert_goes(between_paragraphs(line), line, code)


@pytest.mark.parametrize("line", KEPT)
def test_body_line_stays(line: str) -> None:
    assert_stays(line)


def test_republishing_note_over_the_text_goes() -> None:
    text = f"This article originally appeared on VICE US.\n{BODY}\n"
    assert removed_codes(text) == {"This article originally appeared on VICE US.": "L001"}
    assert clean(text).report.source == "VICE US"


def test_date_badge_run_together_is_the_dateline() -> None:
    text = f"Come Together\nMai062018\n{BODY}\n"
    result = clean(text)
    assert removed_codes(text)["Mai062018"] == "H003"
    assert result.report.date == "2018-05-06"


def test_a_word_and_a_year_are_no_date_badge() -> None:
    text = f"Come Together\nMai 2018\n{BODY}\n"
    assert "Mai 2018" not in removed_codes(text)


#: An old blog system's page, as an extractor that took the whole page gives it.
FRAME_PAGE = (
    "Briefe - 26 Oktober 2010 - Blog - Bilder, News, Geschichte und Schleifen!\n"
    "Willkommen\nGast\n|\nRSS\nHauptseite\n|\nRegistrieren\n|\nLogin\nMenü\nBlog\nFotoalben\n"
    "Statistik\nInsgesamt online:\n1\nGäste:\n1\n"
    "Briefe\n"
    f"{BODY}\n{BODY}\n"
    "Tags:\nDenken\n,\nBilder\n| Rating:\n0.0\n/\n0\nKommentare insgesamt:\n0\nVorname *:\n"
    "Email *:\nCode *:\n"
)


def test_page_frame_over_and_under_the_post_goes() -> None:
    result = clean(FRAME_PAGE)
    codes = removed_codes(FRAME_PAGE)
    for line in ("Willkommen", "Login", "Insgesamt online:", "Rating:", "Vorname *:"):
        assert codes.get(line) == "A010" or any(
            k.strip(" |") == line.strip(" |") for k, v in codes.items() if v == "A010"
        )
    assert result.text.splitlines()[:2] == [
        "Briefe - 26 Oktober 2010 - Blog - Bilder, News, Geschichte und Schleifen!",
        "Briefe",
    ]
    assert BODY.strip() in result.text


def test_short_lines_between_the_frame_and_the_text_stay() -> None:
    page = "Home\nLogin\nRegister\nSearch\nRSS\nContact\nImprint\nArchive\nSpring Poem\n"
    page += "The snow\nis gone\nfrom the hill\n" + BODY + "\n"
    kept = clean(page).text
    for line in ("Spring Poem", "The snow", "is gone", "from the hill"):
        assert line in kept.splitlines()
    assert "Login" not in kept.splitlines()


def test_a_list_of_site_words_inside_the_text_stays() -> None:
    items = "Home\nSearch\nLogin\nMenu\nSettings\nProfile\nHelp\nAbout\n"
    text = f"{BODY}\n{items}{BODY}\n"
    assert not any(code == "A010" for code in removed_codes(text).values())


def test_the_frame_needs_three_labels() -> None:
    items = "Home\nWinter\nSpring\nSummer\nAutumn\nRain\nSnow\nWind\nSun\n"
    text = f"{items}{BODY}\n"
    assert not any(code == "A010" for code in removed_codes(text).values())


def test_chinese_date_is_read() -> None:
    text = f"标题\n发布时间： 2019年9月26日 10:09\n{BODY}\n"
    assert clean(text).report.date == "2019-09-26"


def test_bio_under_its_label_in_text_with_no_blank_lines() -> None:
    bio = "Martin Gerecke ist Rechtsanwalt bei CMS in Hamburg. Er berät Unternehmen im Medienrecht."
    text = f"{BODY}\n{BODY}\nÜber den Autor\n{bio}\n"
    result = clean(text)
    assert bio not in result.text
    assert result.report.bio == bio


def test_bare_author_label_takes_the_closing_bio_only() -> None:
    bio = "ist Gründungspartner der Kanzlei Dr. Schulte und Partner Rechtsanwälte in Berlin."
    assert removed_codes(f"{BODY}\n{BODY}\nAUTOR\n{bio}\n")[bio] == "B001"
    reply = "Liebe Astrid, die Tasche ist wirklich nicht zu groß, es passt alles hinein."
    thread = f"{BODY}\n{BODY}\nAutor\n{reply}\nEinen schönen Abend\n"
    assert reply in clean(thread).text
    byline = f"Autor\nJane Doe\n{BODY}\n"
    assert "Jane Doe" in clean(byline).text
