"""Round 18 of the mention, theme and clutter rules (issue 13, written from test16's errors): each
category of news language on sentences written for it, and a near miss that the rule leaves alone."""

import pandas as pd

from helpers.analysis.actors import actor_mentions
from helpers.analysis.coverage import tag_themes
from helpers.corpus.cleaning import clean_text


def _mentions_of(*texts):
    """(actor, match) of every mention in ``texts``, one paragraph each, in one article."""
    table = pd.DataFrame({"article_id": "980", "paragraph_id": [f"980-p{k:02d}" for k in range(len(texts))],
                          "sentence_id": [f"980-p{k:02d}-s000" for k in range(len(texts))],
                          "text": list(texts)})
    out = actor_mentions(table)
    return list(zip(out["actor"], out["match"], strict=True))


def _themes_of(*texts):
    """(paragraph number, theme) of every theme tagged in ``texts``, one text paragraph each."""
    table = pd.DataFrame({"article_id": "981", "paragraph_id": [f"981-p{k:02d}" for k in range(len(texts))],
                          "kind": "text", "text": list(texts)})
    out = tag_themes(table)
    return [(int(p[-2:]), t) for p, t in zip(out["paragraph_id"], out["theme"], strict=True)]


def _kinds(*lines):
    """(kind, text) of each paragraph of an article made of a headline and ``lines``."""
    cleaned = clean_text("A headline of the page\n\n" + "\n\n".join(lines) + "\n", "982")
    return [(p.kind, p.text) for p in cleaned.paragraphs][1:]


# ---- clutter of a post copied from a messaging channel or a newsletter (test16: a Telegram digest)

def test_a_line_of_view_and_reaction_counters_is_clutter():
    kinds = _kinds("👀 2.4K · 08:05", "❤️ 410 😂 38", "👍 12K", "🔁 96 💬 1.2K · 23:59")
    assert [k for k, _t in kinds] == ["boilerplate"] * 4


def test_a_line_with_figures_and_a_word_stays_text():
    kinds = _kinds("👍 Turnout reached 61 percent by 8 p.m.", "The count stood at 3.1K votes at 14:32.")
    assert [k for k, _t in kinds] == ["body", "body"]


def test_a_forwarding_line_names_the_source_of_a_post():
    kinds = _kinds("Forwarded from Balkan Insider", "Reposted from Nova Zora", "Shared from Info Kanal")
    assert [k for k, _t in kinds] == ["byline"] * 3


def test_a_sentence_about_a_forwarded_letter_stays_text():
    assert _kinds("Forwarded from the ministry, the letter reached the mayor a week late.")[0][0] == "body"


def test_a_sign_up_line_with_an_address_is_clutter():
    kinds = _kinds("Subscribe to The Danube Brief: danubebrief.example.org",
                   "Sign up for Morning Wire: https://wire.example.com/signup",
                   "Get Balkan Notes: www.balkannotes.example/subscribe")
    assert [k for k, _t in kinds] == ["boilerplate"] * 3


def test_a_sentence_about_subscribing_stays_text():
    line = "Subscribe to the convention: that was the advice of the ministry's lawyers."
    assert _kinds(line)[0][0] == "body"


def test_the_masthead_line_of_a_newsletter_issue_is_a_dateline():
    kinds = _kinds("The Danube Brief · No. 112 · 3 March 2026", "Morning Wire | Issue 7 | May 2, 2025",
                   "Balkan Notes • Vol. 4 • 14 September 2024")
    assert [k for k, _t in kinds] == ["dateline"] * 3


def test_a_sentence_with_a_number_and_a_year_stays_text():
    assert _kinds("Resolution No. 23 was adopted in 2026 by the assembly.")[0][0] == "body"
