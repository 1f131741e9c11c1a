"""The hand-labeled probe articles of ``tests/probes/`` (sites and genres outside the labeled
news set, scored by ``bench/probe_score.py``): no body line is lost, and at least a floor of
boilerplate lines is caught in each file."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from types import ModuleType

import pytest

from conftest import ROOT

PROBES = ROOT / "tests" / "probes"

#: Boilerplate lines of each probe file the cleaner catches at least.
#: Third round (when written: 231 of 242 site lines, 154 before the round's rules; 52 of 52
#: held-out lines, written after the first rules and 48 before the last few, 38 on the
#: round's base; 41 of 41 of a second held-out set, 31 before its own fixes, 27 on the
#: base). The look-alike and the adversarial files hold body lines only (verses of one
#: word, numbers over a list, notes and "About" lines inside a story).
#: Fourth round: 111 of 182 held-out lines on the round's base (dceb895, scored before any
#: rule of this round), more after its rules (the figure is then no longer held-out).
#: Sixth round: a development set of 36 articles (21 not in English; outlets made up, page
#: shapes of real sites), 244 of 386 caught on the round's base (da82ac6), 323 after its
#: rules; developed against, so not held-out.
#: Eleventh round: 24 articles a helper wrote without seeing the rules (made-up outlets, the
#: footers of reader-funded, syndicated and CMS-built news sites as newspaper extracts them),
#: 120 of 153 caught both on the round's base (fdd52ec) and after its first rules (7fb71c9),
#: 148 once read; developed against from then on. A second set of 30 articles (made-up news
#: portals, TV stations, tabloids, platforms), written the same way: 167 of 258 caught on the
#: base and after the round's first rules, 218 once read. Its writer labeled a press
#: release's "About <company>" heading and paragraph body; they are boilerplate here, as the
#: news set's guide has it ("bio: a paragraph about ... the publishing organisation").
#: A third (30 articles, 8 of them in German, French, Spanish, Italian and Portuguese): 187 of
#: 232 on the base, 190 mid-round, 210 once read. A fourth (30 articles of the news corpora's
#: kinds of sites): 137 of 193 on the base, 144 at the round's end; only its one lost line
#: (since kept) was read then; its leaks were read in the thirteenth round. A fifth (30 articles in
#: trafilatura's shape, 8 not in English, written in the twelfth round): 156 of 211 on that
#: round's base (13a5e25) and after its first rules, 183 once read (182 after the review).
#: Two more (30 articles each, of small and partisan sites and of big commercial sites),
#: written in that round too, scored blind only: 170 of 286 and 237 of 306 on the base, 176
#: and 242 at the round's end; their leaks are unread (only unseen14's lost line was read:
#: a story's headline under a "Trending Now" box, which G009 took as a teaser; kept since,
#: and the box's one teaser with it, so 241). unseen11's and unseen13's leaks were read in
#: the thirteenth round: 148 and 208 once read (after that round's review took back the
#: shapes that matched body lines). Two sets written in the thirteenth round: unseen15 (30
#: articles in German, French, Spanish, Portuguese and Italian), 166 of 257 on the round's
#: base (9ec997f) and after its first rules, 204 once read; unseen16 (30 English articles in
#: trafilatura's shape, of trade press, science offices, local TV, newsletters and press
#: releases), scored blind only: 187 of 289 on the base, 202 before the round's second
#: review, 200 at its end, unread. unseen14, still unread: 244 at that round's end. Two
#: more written late in that round and scored blind only: unseen17 (30 English articles of
#: news sites in 16 countries), 178 of 228 at the base and the end (its two lost lines,
#: prompts a story quoted, were read and kept); unseen18 (30 markdown articles in
#: readability's shape, 12 not in English), 196 -> 199 of 213.
#: Fourteenth round: four sets written by helpers who never saw the rules, scored blind only
#: (their leaks unread; their lost lines read): unseen19 (30 English articles of small,
#: partisan and reader-funded sites), 156 of 204 on the round's base (3cf7862), 157 at its
#: end; unseen20 (30 articles in trafilatura's shape, 18 not in English), 261 -> 262 of 314;
#: unseen21 (30 heads of news sites in 15 countries, 10 not in English), 312 -> 320 of 430;
#: unseen22 (30 articles of the news corpora's kinds of sites), 168 -> 169 of 266.
#: unseen14, 16, 17 and 18 stay unread: 244 -> 248, 200 -> 203, 178 -> 179, 199 -> 199.
#: Fifteenth round: unseen22's, unseen16's and unseen17's leaks were read (185, 221 and 195
#: once read and narrowed after two reviews); two new sets written by helpers who never saw
#: the rules, scored blind only: unseen23 (30 articles of the news corpora's kinds of sites,
#: 4 not in English), 170 of 241 on the round's base (83a1750), 172 at its end; unseen24 (30
#: articles of news sites, 15 not in English, half in trafilatura's shape), 255 -> 256 of
#: 314. Their one lost line each on the base was read and is kept since ("Friday Close", a
#: copyright notice a sentence quotes). unseen14's leaks were read at the round's end: 250 ->
#: 256 (259 before a review took back two of the phrases).
#: Sixteenth round: datelines with an update, a reading time or an age, and a zone below the
#: head of eight lines: unseen14 256 -> 260, unseen16 221 -> 222, unseen19 160 -> 161,
#: unseen21 320 -> 333. Two new sets written by helpers who never saw the rules, scored
#: blind only (leaks unread): unseen25 (30 articles of the news corpora's kinds of sites,
#: newsletter platforms and blogs), 264 of 372 on the round's base (d476369), unseen26 (30
#: articles of regional papers, broadcasters, trade press and university news, 15 not in
#: English), 166 of 258; neither loses a line. H016 (tags under a label alone after the
#: article): unseen21 333 -> 344, unseen9 229 -> 233, unseen7 341 -> 342. Listen and
#: reading-time buttons, article tools: unseen21 344 -> 355, unseen14 260 -> 261, unseen24
#: (blind) 256 -> 257. The author's name and outlet over a "Published" line (H011):
#: unseen21 355 -> 360, unseen14 261 -> 262, unseen19 161 -> 162. unseen20's leaks read
#: (notices and prompts of non-English sites): 262 -> 282, unseen15 215 -> 216, unseen26
#: (blind) 167 -> 168. unseen19's leaks read (bios naming the site's desk, share bars,
#: contacts and tip lines, interview and review bylines): 162 -> 174, unseen20 282 -> 284,
#: unseen21 360 -> 362; blind: unseen23 172 -> 175, unseen24 257 -> 258, unseen25 267 ->
#: 268, unseen26 168 -> 169. A review then narrowed H016 (tag box labels only; "Topics",
#: "Themen", "Tópicos" head articles' own lists), the eight-line zone (a byline with its word,
#: a date under the author's name or with a publishing label) and H011's outlet (over a
#: "Published" line only): unseen21 362 -> 355, unseen14 262 -> 261, unseen7 342 -> 341;
#: blind: unseen25 268 -> 265, unseen26 169 -> 168. Review credits in German, French and
#: Spanish, the appeal to support the site's journalism: unseen20 284 -> 285. unseen18's and
#: unseen13's last leaks read (charity notes, rating widgets, paywall limits, newsletter
#: footers, affiliate notices in other languages): unseen13 214 -> 225, unseen18 199 -> 209,
#: unseen11 153 -> 154, unseen20 285 -> 286; blind unseen25 265 -> 266. A second review
#: narrowed the round's phrases (bios naming a desk only for the byline's author, contacts
#: with the author's social account, tip lines with the site's address after the verb, no
#: "Interview by"/"Review by" bylines, no Spanish "Normas de participación", receive and app
#: prompts for the site's own news only): unseen19 174 -> 173, unseen20 286 -> 283; blind:
#: unseen23 175 -> 172, unseen24 258 -> 257. Podcast and newsletter widgets, a post's
#: categories, a publisher's company registration, a law firm's alert's close: unseen16 222
#: -> 230 (an embedded post's attribution, "— Name (@handle) date", was tried and taken back:
#: three writers and a dev-eval page label it the article's). A third review narrowed the
#: last phrases (Portuguese and Italian closing bios taken back; WhatsApp and receive prompts
#: need "nossas"/"nuestras"; paywall limits, affiliate notices and dates with a clause after a
#: colon or dash stay): unseen13 225 -> 223, unseen11 154 -> 153. unseen22's last leaks read
#: (labelled disclaimers, affiliate notices in the site's name, a forum's frame, comment
#: moderation notes): 185 -> 199 (blind unseen23 172 -> 173, back to 172 once a fourth review
#: narrowed these phrases: a labelled disclaimer needs a notice after its colon, "I'm not a
#: doctor" a "nothing here is medical advice", a nonprofit note must end the line). unseen27
#: (30 articles of all kinds, 10 not in English), written at the round's end by a helper who
#: never saw the rules and scored blind: 188 of 248 at both the round's base (d476369) and its
#: end, 2 -> 1 lost.
#: Seventeenth round: two new sets written by helpers who never saw the rules, scored blind
#: (leaks unread; lost lines read): unseen28 (30 articles of local papers in seven English-
#: speaking countries, blogs, NGOs and think tanks, and news sites in German, Dutch, Swedish,
#: Danish and Czech), 191 of 254 on the round's base (f9fa727); unseen29 (30 articles of trade,
#: tech and sports news, agencies and aggregators, and news sites in French, Spanish,
#: Portuguese, Italian and Romanian), 150 of 252. Each lost one line on the base, kept since: a
#: Swedish politician's party letter "(C)" (L002 read it as a copyright sign) and a quoted
#: prompt in single marks that a sentence talks about (S002). unseen23's and unseen24's leaks
#: were read (bios of the byline's author over a notice, sites' notices in the footer run,
#: captions by their credit, dated bylines, newsletter and comment widgets): 172 -> 186 and
#: 257 -> 272. Two reviews then narrowed the round's shapes (5560 -> 5545 in all). At the
#: round's end, blind: unseen25 266 -> 267, unseen26 168 -> 170, unseen27 188 -> 188,
#: unseen28 191 -> 192, unseen29 150 -> 152 (0 lost); all files 5503 -> 5545 of 6686.
#: unseen30 (30 articles of health, finance, food and travel sites, English news of ten
#: countries, news in eight other languages), written at the round's end by a helper who never
#: saw the rules and scored blind: 169 of 223 at both the round's base and its end, 0 lost.
#: unseen31 (opinion, longform, newsletters, universities and think tanks; local TV, radio and
#: city papers of six English-speaking countries and police and government releases; news in
#: German, Dutch, Polish, Swedish and Norwegian) and unseen32 (health, environment, religion,
#: education and culture sites; donation-funded alternative and community blogs; news in
#: French, Spanish, Portuguese, Italian and German), written at the next round's start by
#: helpers who never saw the rules: 207 of 290 (4 lost) and 158 of 229 (1 lost) at its base.
#: Their lost lines were read: two corrections (now kept, see KNOWN_LOST's note), a notice
#: quoted in a headline (L002, now kept), and a short title under a section label that A011
#: reads as a second section name (still lost, with the standfirst going to the title). At
#: the round's end (labels as now, corrections body): all files 6074 -> 6093 of 7423, lost
#: 23 -> 13; blind unseen27 188 -> 189, unseen28 192 -> 193, unseen29 152 -> 153, unseen30
#: 169 -> 169, unseen31 207 -> 208, unseen32 158 -> 158.
#: unseen33 (business, markets, tech, science, gaming and sports sites; regional papers and
#: broadcasters of Australia, Canada, Nigeria, Kenya, Singapore and the Philippines and wire
#: copy on aggregators; news in Brazilian Portuguese, Latin American Spanish, Swiss and
#: Canadian French, regional Italian and Austrian German) and unseen34 (lifestyle, food,
#: travel, automotive, real-estate, legal and trade magazines; fact-checkers, investigative
#: nonprofits, student papers, church, union and NGO news; general and local news in German,
#: French, Spanish, Italian and Portuguese), written at the forty-third round's start by
#: helpers who never saw the rules, scored blind through it: 188 of 287 (0 lost) and 142 of
#: 236 (1 lost: a headline naming "All Rights Reserved" in quotes, kept since) at its base,
#: 190 and 142 (0 lost) at its end. unseen27-32 were read as dev sets that round: 191, 197,
#: 159, 171, 211, 160 at its end (rules for their comment rules, tip lines, newsletter
#: pitches and funding notes reached 197, 203, 155, 183, 215, 165 and were taken out after
#: three reviews; see fixtures/review_kept).
CAUGHT_FLOOR = {
    "unseen3_sites.txt": 233,
    "unseen3_lookalike.txt": 0,
    "unseen3_holdout.txt": 52,
    "unseen3_holdout2.txt": 41,
    "unseen3_adversarial.txt": 0,
    "unseen4_holdout.txt": 169,
    "unseen7_dev.txt": 341,
    "unseen8_newscorpus.txt": 148,
    "unseen9_news.txt": 234,
    "unseen10_news.txt": 214,
    "unseen11_news.txt": 155,
    "unseen12_news.txt": 186,
    "unseen13_news.txt": 223,
    "unseen14_news.txt": 263,
    "unseen15_news.txt": 214,
    "unseen16_news.txt": 233,
    "unseen17_news.txt": 196,
    "unseen18_news.txt": 209,
    "unseen19_news.txt": 175,
    "unseen20_news.txt": 284,
    "unseen21_news.txt": 355,
    "unseen22_news.txt": 201,
    "unseen23_news.txt": 187,
    "unseen24_news.txt": 275,
    "unseen25_news.txt": 268,
    "unseen26_news.txt": 175,
    "unseen27_news.txt": 191,
    "unseen28_news.txt": 197,
    "unseen29_news.txt": 159,
    "unseen30_news.txt": 171,
    "unseen31_news.txt": 211,
    "unseen32_news.txt": 160,
    "unseen33_news.txt": 190,
    "unseen34_news.txt": 142,
}

#: Body lines a probe file is known to lose, each with why: a wire recap's "UP NEXT" heading
#: over the next game goes as site chrome (A005 takes "Up next" above a video's next clip);
#: a court story's closing helpline line goes as the notice sites append to such stories
#: (L003; its writer labeled it body, a call the news set's guide leaves open); a photo
#: essay's images, markup alone on their lines, go as K002 takes every bare image (their
#: writer labeled them body; each line is in the report). unseen20's and unseen21's writers
#: labeled as body lines this project labels boilerplate on every other set: a government
#: release's "Notes to editors" and its points (C002/C004: the notes for the press, as the
#: news set's guide has a release's contact and background), a health page's "Quellen:" line
#: under its related box (G009: a "Source: ..." line is source attribution in the guide), a sports
#: recap's "UP NEXT" (as unseen9's), and a German kicker over the headline under three
#: section names (A011: another writer labeled such a kicker, "Generalsanierung", boilerplate).
#: (unseen27's article's last sentence over the footer, "We will be reading the remaining
#: comment entries ... and will publish a follow-up.", lost at a round's base, is kept since
#: "follow-up" names no site's ask.) Correction notes ("Correction: An earlier version of this
#: story misstated ... It is 112, not 121.") are body: ten writers labeled them so, five
#: (unseen10, 12, 13, 15) boilerplate, relabeled body when H005 stopped taking them.
KNOWN_LOST = {
    "unseen9_news.txt": {"UP NEXT"},
    "unseen31_news.txt": {
        "The Last Keepers",
        "How the lighthouse service ended, and what the men who kept it remember",
    },
    "unseen20_news.txt": {
        "Notes to editors",
        "- The fund was first opened in January 2024 and paid out £18.6 million to 1,240 farm"
        " businesses.",
        "- Applications close on 30 June 2025. Full guidance will be published on 25 March.",
        "Quellen: Deutscher Wetterdienst, Hitzewarnsystem; Robert Koch-Institut, Wochenbericht"
        " zur hitzebedingten Mortalität 2024",
    },
    "unseen21_news.txt": {"UP NEXT", "Förderstau bei Wärmepumpen"},
    "unseen18_news.txt": {
        "![Workers rake salt at dawn on the northern pans]"
        "(https://www.meridianmag.com/media/2024/09/salt-01.jpg)",
        "![A woman pushes a cart along a narrow causeway]"
        "(https://www.meridianmag.com/media/2024/09/salt-02.jpg)",
        "![Salt mounds glowing pink at sunset](https://www.meridianmag.com/media/2024/09/salt-03.jpg)",
    },
    "unseen12_news.txt": {
        "If you or someone you know is experiencing domestic violence, the county's 24-hour"
        " crisis line is 555-0177."
    },
}


@cache
def _probe_score() -> ModuleType:
    path = ROOT / "bench" / "probe_score.py"
    spec = importlib.util.spec_from_file_location("probe_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["probe_score"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(CAUGHT_FLOOR))
def test_the_probe_articles_keep_every_body_line(name: str) -> None:
    probe_score = _probe_score()
    score = probe_score.score(probe_score.load(PROBES / name))
    assert {line for _, _, line in score.lost or []} == KNOWN_LOST.get(name, set())
    assert score.caught >= CAUGHT_FLOOR[name]
