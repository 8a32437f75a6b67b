"""Round 23 (issue 13): more kinds of web clutter copied with an article.

Each rule has at least three wordings of its own (invented, as sites print them) and a near miss: a
sentence of prose sharing the rule's words that stays body. Every rule is also tried on a
100,000-character line (it must finish; no timing is asserted).
"""

import pytest

from helpers.corpus.cleaning import clean_text
from helpers.corpus.line_rules import boilerplate_patterns

RULES = [
    ("share line with a colon", "share",
     ["Share this interview: Facebook | X | LinkedIn", "Share this article: Facebook, WhatsApp, Email",
      "Share this report: X · Telegram", "Share this piece: Facebook | X"],
     ["Share this view: Serbia must choose, the minister said."]),
    ("log in to comment", "boilerplate",
     ["Join the discussion: log in or create an account to comment.",
      "Log in or register to comment", "Sign in or sign up to join the conversation."],
     ["Log in or register to vote, the electoral commission told citizens abroad."]),
    ("newsletter platform's closing line", "boilerplate",
     ["Thanks for reading The Example Letter! Subscribe for free to receive new posts and support my work.",
      "Thank you for reading Balkan Notes. Subscribe to get the next issue.",
      "Thanks for reading! Subscribe for free to receive new posts."],
     ["Thanks for reading the report, the minister told MPs, who had not read it."]),
    ("newsletter header with dots", "byline",
     ["The Example Ledger · by Mira Petrov · 5 May 2026", "Balkan Notes · by Ivo Marek",
      "Danube Letters • by Lena Fischer • 3 June 2025"],
     ["The talks · by all accounts · went badly for Belgrade."]),
    ("from our correspondent with a name", "byline",
     ["From our correspondent Lena Fischer, Belgrade (translated from the German)",
      "By our correspondent Ivo Marek, Skopje", "From our Balkans correspondent Mira Petrov."],
     ["From our correspondent's notes, it is clear that the talks failed."]),
    ("outlet and role before the name", "byline",
     ["By Example Times staff reporter Mia Wong", "By Danube Post correspondent Ivo Marek",
      "BY Balkan Herald staff writer Lena Fischer"],
     ["By Monday the staff reporter had left Belgrade."]),
    ("credit to a desk", "byline",
     ["Compiled by the foreign desk with agencies", "Written by our news desk.",
      "Edited by the Balkans team with wire services"],
     ["Compiled by the foreign desk, the list of detainees runs to 40 names."]),
    ("consent banner with its notice", "cookie",
     ["We value your privacy. We and our 214 partners use cookies to store and access information.",
      "We value your privacy! Choose what we may store on your device.",
      "We value your privacy. Click Accept to agree to our use of data."],
     ["We value your privacy, the minister told citizens worried about the new cameras."]),
    ("pointer to the outlet's section", "related_link",
     ["For more Example Monitor reporting on Serbia, please visit our Serbia page.",
      "For more on the elections, see our coverage.",
      "For more stories like this, follow our Balkans section."],
     ["For more than a decade, Serbia has courted our partners in the east and the west."]),
    ("contact line", "byline",
     ["press.office@example.org | +381 11 000 0000", "media@example.eu",
      "info@example.rs, tel. +381 21 123 456"],
     ["Write to press@example.org if you want to complain, the ministry said."]),
    ("update note", "dateline",
     ["This story has been updated to include comment from the ministry.",
      "This article was updated with the final results.",
      "This report has been corrected to reflect the date of the vote."],
     ["This story has been updated many times in the tabloids, the minister complained."]),
    ("editors' initials", "byline", ["jr/bk/mw", "ab/cd", "mko/js"],
     ["He wrote jr/bk on the draft and sent it back."]),
    ("publisher and series label", "boilerplate",
     ["Example Policy Forum | Policy Brief No. 21 | November 2026", "Danube Institute | Working Paper 7",
      "Belgrade Example Centre | Issue Brief #3 | Energy"],
     ["The institute | policy brief series was launched in 2019 with no numbers."]),
    ("embedded post placeholder", "video",
     ["Embedded post from X (@example_rs) · View on X", "Embedded video from YouTube",
      "Embedded tweet from Twitter (@ngo.example) | View on Twitter"],
     ["Embedded post from X shows the minister at the rally, the fact-checkers said."]),
    ("tag list after the heading", "tags",
     ["Explore more on these topics: Serbia, Europe, Protest", "More on these topics: Lithium, Jadar"],
     ["Explore more on these topics, the minister told students, and you will see the truth."]),
]


@pytest.mark.parametrize("rule,kind,line", [(r, k, line) for r, k, lines, _ in RULES for line in lines])
def test_each_round23_rule_classifies_its_clutter(rule, kind, line):
    res = clean_text(f"The European Commission said Serbia must align with EU sanctions on Russia.\n{line}\n")
    assert [p.kind for p in res.paragraphs] == ["body", kind], (rule, line, res.paragraphs[1].note)


@pytest.mark.parametrize("rule,line", [(r, line) for r, _, _, near in RULES for line in near])
def test_each_round23_rule_leaves_its_near_miss_prose_as_body(rule, line):
    res = clean_text(f"{line}\nAnother sentence of the article follows here.\n")
    assert [p.kind for p in res.paragraphs] == ["body", "body"], (rule, line, res.paragraphs[0].note)


def test_every_rule_finishes_on_a_long_line():
    lines = ["Share this interview: " + "Facebook | " * 10_000, "For more " + "a " * 50_000,
             "x" * 64 + "@" + "a." * 50_000, "We value your privacy. " + "cookies " * 13_000,
             "Thanks for reading " + "the " * 25_000 + "! Subscribe", "ab/" * 34_000,
             "By " + "Example " * 13_000 + "staff reporter Mia Wong"]
    for line in lines:
        assert len(line) > 100_000
        for regex, *_rest in boilerplate_patterns():
            regex.search(line)  # each finishes: no nested or adjacent unbounded quantifiers
