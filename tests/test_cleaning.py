"""One test per defect listed in shared/facts/sources.md, plus property tests of the cleaner."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cleaning_log, load_articles, load_paragraphs, load_sentences
from helpers.corpus.cleaning import clean_text, fix_line


def paras(aid, kind=None):
    p = load_paragraphs()
    p = p[p.article_id == aid]
    return p if kind is None else p[p.kind == kind]


def log(aid, kind=None):
    lg = cleaning_log()
    lg = lg[lg.article_id == aid]
    return lg if kind is None else lg[lg.kind == kind]


def text(aid):
    return load_articles().set_index("article_id").loc[aid, "text"]


# ----------------------------------------------------------------- 000 AP wire report
def test_000_captions_kept_once_and_repeats_marked():
    # The file holds 10 caption lines (5 unique + 5 exact repeats); the original facts notes miscounted 11.
    assert len(paras("000", "caption")) == 5
    dups = paras("000", "duplicate")
    assert len(dups) == 5 and dups.duplicate_of.notna().all()
    assert "AP Photo" not in text("000")
    assert len(log("000", "caption")) == 5 and len(log("000", "duplicate")) == 5


def test_000_stray_dmv_lines_removed_and_logged():
    stray = paras("000", "stray")
    assert list(stray.text) == ["DMV"] * 4
    assert len(log("000", "stray")) == 4
    assert "DMV" not in text("000")


def test_000_dagger_stands_for_closing_quote_and_space():
    t = text("000")
    assert "†" not in t
    assert "to “get concrete” about its proclaimed goal" in t
    assert "autocracies,” von der Leyen said" in t
    assert "“minimum force” despite" in t
    residue = log("000", "quote_residue")
    assert residue.before.str.count("†").sum() == 5


def test_000_trailing_a_euro_stands_for_closing_quote():
    t = text("000")
    assert "â€" not in t
    assert "where the European Union stands.”" in t
    assert "diplomacy instead of aggression.”" in t
    assert log("000", "quote_residue").before.str.count("â€").sum() == 2


def test_000_plain_ascii_closing_quotes_made_curly():
    t = text("000")
    assert "“We want to count on Serbia as a reliable partner.”" in t
    assert "sanctions against Russia,” von der Leyen said" in t
    assert "“tough winter” and urged" in t
    assert len(log("000", "straight_quote")) >= 2


@pytest.mark.parametrize("context", [
    "[…] also pressed President Aleksandar Vucic",
    "in response to a […] that killed 16 people",
    "have been accused of […] against the demonstrators",
    "strategic goal, […] and stalled on democratic reforms",
    "But […] claiming police used",
    "An […] offers funds",
])
def test_000_stripped_hyperlinks_flagged_not_invented(context):
    assert context in text("000")
    s = load_sentences()
    hit = s[(s.article_id == "000") & s.text.str.contains(context, regex=False)]
    assert len(hit) == 1 and hit.gap.all()
    gaps = log("000", "gap")
    assert gaps.after.str.contains(context, regex=False).sum() == 1
    assert gaps.note.str.len().min() > 10  # every gap carries a note saying what is missing


def test_000_gap_marks_are_the_only_change_to_the_words():
    # Removing the markers gives back the raw words: nothing invented.
    lg = log("000", "gap")
    for before, after in zip(lg.before, lg.after):
        assert re.sub(r" ?\[…\] ?", " ", after).replace("  ", " ").strip() == before.strip()


# ----------------------------------------------------------------- 001 Balkan View
def test_001_lost_first_letter_restored_from_repairs_table():
    assert text("001").startswith("Serbia has reaffirmed its close ties")
    rep = log("001", "replace")
    assert len(rep) == 1 and rep.iloc[0].before.startswith("erbia has")


def test_001_inline_subheads_marked():
    assert list(paras("001", "subhead").text) == [
        "Moscow ties deepen", "‘Steel friendship’ with China", "Maduro and Lukashenko ties",
        "Arms trade and Iran link", "EU leverage questioned",
    ]
    s = load_sentences()
    assert not s.text.isin(paras("001", "subhead").text).any()  # subheads are not body sentences


def test_001_trailing_blank_lines_logged():
    assert len(log("001", "trailing_blank")) == 1


# ----------------------------------------------------------------- 002 NGO appeal
def test_002_header_boilerplate():
    kinds = dict(zip(paras("002").text, paras("002").kind))
    assert kinds["13.10.2023."] == "dateline"
    assert kinds["SHARE"] == "boilerplate"
    assert kinds["Press Release:"] == "boilerplate"
    assert kinds["Tags: An appeal"] == "boilerplate"
    headline = "An appeal: A democratic Serbia is a precondition for a European Western Balkans region"
    assert kinds[headline] == "headline"


def test_002_non_breaking_spaces_replaced_and_counted():
    assert not load_articles().text.str.contains("\u00a0").any()
    assert not load_paragraphs().text.str.contains("\u00a0").any()
    assert log("002", "nbsp").before.str.count("\u00a0").sum() == 34


def test_002_indented_numbered_list():
    items = paras("002", "list_item")
    assert [t[:2] for t in items.text] == ["1.", "2.", "3.", "4.", "5."]
    assert len(log("002", "indent")) >= 5


def test_002_signatories_marked():
    sig = paras("002", "signatory")
    assert len(sig) == 12
    assert sig.text.iloc[0] == "Autonomous Women’s Centre"
    assert sig.text.iloc[-1] == "Youth Initiative for Human Rights"


def test_002_related_block_and_its_dates_are_not_the_article():
    rel = paras("002", "related")
    assert rel.text.iloc[0] == "RELATED" and len(rel) == 10
    assert "10.11.2025" not in text("002") and "Integrity Network" not in text("002")
    art = load_articles().set_index("article_id").loc["002"]
    assert str(art.published.date()) == "2023-10-13"


# ----------------------------------------------------------------- 003 ECFR
def test_003_headline_standfirst_and_closing_repeat():
    assert list(paras("003", "headline").text) == ["Bound to Russia: Serbia’s disruptive neutrality"]
    sf = paras("003", "standfirst")
    assert len(sf) == 1 and "liability to the EU and NATO" in sf.text.iloc[0]
    assert text("003").count("The deepening relationship between Belgrade and Moscow has long") == 0


def test_003_caption_twice_long_and_short():
    assert len(paras("003", "caption")) == 1
    short = paras("003", "duplicate")
    assert len(short) == 1 and "Shortened repeat" in short.note.iloc[0]
    assert "(AP Photo" not in text("003")


def test_003_pull_quote_kept_once():
    pq = paras("003", "pull_quote")
    assert len(pq) == 1 and pq.text.iloc[0].startswith("Russia sees the Balkans as a theatre")
    assert text("003").count("Russia sees the Balkans as a theatre") == 1


def test_003_disclaimer_orphan_title_newsletter_privacy():
    bp = set(paras("003", "boilerplate").text)
    assert "Senior Policy Fellow" in bp
    assert "Subscribe to our weekly newsletter" in bp
    assert any(t.startswith("The European Council on Foreign Relations does not take") for t in bp)
    assert any(t.startswith("We will store your email address") for t in bp)
    for phrase in ("Senior Policy Fellow", "newsletter", "collective positions", "privacy notice"):
        assert phrase not in text("003")


# ----------------------------------------------------------------- 004 RT rewrite
def test_004_no_text_defects_only_headline():
    assert set(log("004").kind) == {"headline"}
    assert len(paras("004", "body")) == 6


# ----------------------------------------------------------------- whole corpus
def test_no_body_sentence_lost():
    p = load_paragraphs(kinds=["body", "list_item"])
    s = load_sentences()
    joined = s.groupby("paragraph_id").text.apply(" ".join)
    for pid, t in zip(p.paragraph_id, p.text):
        assert re.sub(r"\s+", " ", joined[pid]) == re.sub(r"\s+", " ", t)


def test_every_raw_line_is_in_the_text_or_the_log():
    lg = cleaning_log()
    for row in load_paragraphs().itertuples():
        logged = ((lg.article_id == row.article_id) & (lg.line == row.line)).any()
        text = load_articles().set_index("article_id").loc[row.article_id, "text"]
        assert logged or row.raw.strip() in text


def test_mojibake_fixed_with_ftfy_keeping_curly_quotes():
    broken = "The European Unionâ€™s top official said â€œget concreteâ€\x9d."
    fixed, changes = fix_line(broken)
    assert fixed == "The European Union’s top official said “get concrete”."
    assert changes[0][0] == "mojibake"


def test_html_entities_are_not_unescaped():
    # "&lt;" in an article is text; the widgets escape it again for display.
    assert clean_text("a &lt;b&gt; c.").text == "a &lt;b&gt; c."


# ----------------------------------------------------------------- properties
# A "line" holds no line break; everything else in Unicode is allowed.
line = st.text(alphabet=st.characters(blacklist_characters="\r\n"), max_size=60)
lines = st.lists(line | st.sampled_from(["DMV", "SHARE", "  1. An item.", "RELATED", "a†b “c†d",
                                        "x\u00a0 y"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_cleaning_never_raises(raw):
    clean_text(raw)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_cleaning_is_idempotent(ls):
    once = clean_text("\n".join(ls)).text
    assert clean_text(once).text == once


@settings(max_examples=300, deadline=None)
@given(lines)
def test_every_raw_line_in_output_or_log(ls):
    res = clean_text("\n".join(ls))
    logged = {e["line"] for e in res.log}
    for e in res.log:  # joined hard-wrapped lines are logged once, for the range they cover
        if e["kind"] == "unwrap":
            logged |= set(range(e["line"], e["line"] + e["before"].count("\n") + 1))
    for i, line in enumerate(ls, start=1):
        if line.strip() and i not in logged:
            assert line.strip() in res.text


# ------------------------------------------------------------- text copied from a web page
WEB_CLUTTER = {
    "share": ["Share this article", "Share", "Facebook Twitter Email", "Share on Facebook",
              "Facebook | X | LinkedIn", "Share: Facebook | X | Viber | Email",
              "Share on Facebook · Share on X · Email"],
    "advertisement": ["ADVERTISEMENT", "Advertisement", "Sponsored content",
                      "Story continues below advertisement", "Scroll to continue reading"],
    "cookie": ["We use cookies to improve your experience on our site.",
               "This website uses cookies. Accept all cookies", "Manage your privacy settings"],
    "byline": ["By Euronews", "By Jane Doe, Reuters", "BY MARKO PETROVIC",
               "By Ana Ivanović and Petar Marković",
               "Reporting by Ivana Sekularac; Editing by Alex Richardson",
               "By Jovana Gec | The Associated Press",
               "Press Service of the President of the Republic",
               "Signed: Eco Guard, Civic Initiative Podrinje",
               "The author is a Belgrade-based journalist.",
               "Ana Marković is a senior fellow at a think tank in Belgrade.",
               "Dr. Ana Ivić and Petar Marković are analysts at an invented institute in Novi Sad.",
               "Bureau for Media Relations of the Government of the Republic of Serbia",
               "Press contacts: Ana Ivić, +381 11 000 000", "Author: the editorial staff"],
    "caption": ["Serbian President speaks to the media in Belgrade. Copyright Darko Vojinovic/AP",
                "Protesters in Novi Sad, 1 November 2025. Copyright AFP", "Photo: EPA/Andrej Cukic",
                "Credit: Reuters/Marko Djurica", "© Tanjug/Sava Radovanović"],
    "related_link": ["READ MORE", "Related articles", "Read more: EU leaders meet in Brussels",
                     "Related: Serbia signs gas deal with Russia", "You may also like", "Read next",
                     "Further reading:", "Latest news", "Top stories", "Trending now", "Don't miss",
                     "In case you missed it", "More on Serbia", "Also on Example Media", "Related coverage",
                     "Read next: Kosovo talks stall again", "Up next | Lithium mine protests",
                     "More on this topic: Kosovo talks | Lithium", "For more information: Growth Plan"],
    "tags": ["Topics: Serbia, EU, Russia", "Keywords: sanctions, gas", "Filed under: Europe"],
    "video": ["Watch: Vucic speaks to reporters", "To view this video please enable JavaScript",
              "Video player loading", "03:45", "Now playing"],
    "boilerplate": ["Home > News > Europe", "Home / Politics", "Comments (47)", "12 Comments",
                    "Leave a comment", "Privacy policy | Terms of use | Contact us",
                    "© 2025 Example Media. All rights reserved.", "Sign up for our daily newsletter"],
    "dateline": ["Published: 15/10/2025 - 14:05", "Updated on 15 October 2025 at 14:05",
                 "Brussels, 22 April 2025", "12.11.2025. 08:41", "7 April 2025", "April 7, 2025"],
}

BODY_LINES = [
    "By 2030, Serbia hopes to join the European Union, officials said.",
    "By Tuesday, the government had not answered.",
    "Share prices in Belgrade fell after the announcement.",
    "The photo of the meeting was shared widely on social media.",
    "Vučić said the country would not share its plans with Moscow.",
    "Copyright law was among the chapters opened in 2019, the ministry said.",
    "Read more carefully, the statement says less than it seems.",
    "Watch what they do, not what they say, an analyst told the conference.",
    "Cookies were handed out to protesters by residents of Novi Sad.",
    "The advertisement campaign by the ruling party cost millions, the report found.",
    "Related talks in Brussels ended without agreement on Thursday.",
    "Belgrade, a city of two million, voted on Sunday.",
    "Marko Đurić is a former foreign minister and said so again on Monday.",
    "Home rule was never on the agenda in Kosovo, the envoy said.",
    "Signed agreements with China cover rail and steel, the ministry said.",
    "More on Serbia's plans will be announced next week, the minister said.",
    "Latest news from Brussels suggests a delay, diplomats said.",
    "Top stories on state television ignored the protest.",
    "Don't miss the point: the deal is about gas, the analyst said.",
    "Vučić and Putin were journalists once, he joked.",
    "Story: the minister said everything was fine.",
]


@pytest.mark.parametrize("kind,line", [(k, line) for k, lines in WEB_CLUTTER.items() for line in lines])
def test_web_page_clutter_gets_its_own_kind(kind, line):
    raw = f"The European Commission said Serbia must align with EU sanctions on Russia.\n{line}\n"
    res = clean_text(raw)
    assert [p.kind for p in res.paragraphs] == ["body", kind], (line, [p.kind for p in res.paragraphs])
    assert res.paragraphs[1].raw == line  # nothing removed: the raw line is kept
    assert any(e["line"] == 2 and e["kind"] == kind for e in res.log)  # logged
    assert line not in res.text  # not analysed


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_text_that_resembles_clutter_stays_body(line):
    res = clean_text(f"{line}\nAnother sentence of the article follows here.\n")
    assert [p.kind for p in res.paragraphs] == ["body", "body"], line


def test_a_headline_under_a_read_more_heading_is_a_related_link():
    res = clean_text("First paragraph of the story.\nREAD MORE\nSerbia and Russia sign gas deal\n"
                     "EXCLUSIVE: How a steel mill was saved\n“We will decide,” Vučić said.\n")
    assert [p.kind for p in res.paragraphs] == ["body", "related_link", "related_link", "related_link",
                                                "body"]


def test_the_catalogue_headline_is_found_below_a_label_or_kicker_pasted_above_it_but_not_deep_in_the_text():
    title = "Government and Brussels at odds over the oil deadline"
    res = clean_text(f"Translated from the Serbian daily\nPOLITICS\n{title}\n"
                     "The talks went on, the minister said.\n", headline=title)
    assert [p.kind for p in res.paragraphs] == ["body", "body", "headline", "body"]
    body = "\n".join(f"Paragraph {n} of the story, the minister said." for n in range(6))
    res = clean_text(f"{body}\n{title}\n", headline=title)  # the same words far down: not the headline
    assert res.paragraphs[-1].kind == "body"


def test_the_catalogue_headline_stays_the_headline_even_when_a_clutter_rule_fits_its_shape():
    for title in ("Live: Farmers block the Novi Sad ring road for a third day",
                  "Watch: how a bridge vote unfolded"):
        res = clean_text(f"{title}\nThe blockade began at dawn, police said.\n", headline=title)
        assert [p.kind for p in res.paragraphs] == ["headline", "body"]
    # without the catalogue's headline the same line is still read as a live/video label
    res = clean_text("Live: Farmers block the Novi Sad ring road for a third day\n"
                     "The blockade began at dawn.\n")
    assert res.paragraphs[0].kind != "body"


def test_every_rule_names_a_known_kind():
    from helpers.corpus.cleaning import PARAGRAPH_KINDS
    from helpers.corpus.line_rules import boilerplate_patterns

    rules = boilerplate_patterns()
    assert len(rules) >= 25 and all(kind in PARAGRAPH_KINDS for _, kind, _, _, _ in rules)


# ------------------------------------------------------------- hard-wrapped text
WRAPPED = (
    "Belgrade weighs a winter gas deal\n"
    "\n"
    "The government in Belgrade said on Monday that it would sign a new\n"
    "gas contract with Russia before the winter, despite pressure from the\n"
    "European Union to reduce its dependence on Russian energy.\n"
    "\n"
    "\u201cWe have no other choice,\u201d the minister told reporters. \u201cOur\n"
    "citizens need heat, and we will not let them freeze this year.\u201d\n"
    "\n"
    "Analysts in Brussels said the deal would complicate Serbia's well-\n"
    "known accession talks, which have stalled since 2021, and called it\n"
    "a step in the wrong direction.\n"
)


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    res = clean_text(WRAPPED)
    texts = [p.text for p in res.paragraphs]
    assert texts[1].startswith("The government") and texts[1].endswith("Russian energy.")
    assert texts[2] == ("\u201cWe have no other choice,\u201d the minister told reporters. "
                        "\u201cOur citizens need heat, and we will not let them freeze this year.\u201d")
    assert "well-known accession talks" in texts[3]
    unwrap = [e for e in res.log if e["kind"] == "unwrap"]
    assert [e["line"] for e in unwrap] == [3, 7, 10]
    assert res.paragraphs[1].raw == WRAPPED.splitlines()[2] + "\n" + WRAPPED.splitlines()[3] + "\n" + \
        WRAPPED.splitlines()[4]


def test_indentation_marks_paragraphs_when_there_are_no_blank_lines():
    raw = ("    The government in Belgrade said on Monday that it would sign a new\n"
           "gas contract with Russia before the winter, despite pressure from\n"
           "the European Union.\n"
           "    Analysts in Brussels said the deal would complicate Serbia's\n"
           "accession talks, which have stalled since 2021, and called it a\n"
           "step in the wrong direction for the country.\n")
    texts = [p.text for p in clean_text(raw).paragraphs]
    assert len(texts) == 2 and texts[0].endswith("European Union.") and texts[1].startswith("Analysts")


def test_one_paragraph_per_line_is_never_unwrapped():
    from corpus_tools import SEEDS

    for path in sorted(SEEDS.glob("*.txt")):
        res = clean_text(path.read_bytes().decode("utf-8", "replace"))
        assert not any(e["kind"] == "unwrap" for e in res.log), path.name
    short_lines = "Serbia said no.\nBrussels said yes.\nMoscow said nothing.\nBeijing was silent.\n"
    assert len(clean_text(short_lines).paragraphs) == 4


# One case per general rule for text copied from a web page: clutter lines (invented, as many sites
# print them) get the rule's kind; a near-miss sentence of prose that shares the rule's words stays body.
WEB_RULES = [
    ("agency credit in brackets", "byline",
     ["(Reporting by Marta Kovač in Podgorica; Writing by Lena Fischer; Editing by Hugh Grant-Lowe)",
      "Additional reporting by Petra Novak in Zagreb", "[Editing by Sam Holmes]"],
     ["Reporting by Reuters found that the talks had stalled in March.",
      "Editing by hand, the clerk changed three names on the voter roll."]),
    ("contributed to this report", "byline",
     ["Associated Press writers Ivo Marek in Skopje and Dana Rolf in Vienna contributed to this report.",
      "Staff reporter Lea Marin contributed reporting from Sarajevo."],
     ["Several EU members contributed to this report's funding, the ministry said.",
      "China contributed more to the project than any other lender."]),
    ("source or translation line", "byline",
     ["Source: Radio Danube, evening news, 3 March.", "Via: Balkan Wire", "Translation: the editorial desk"],
     ["Sources close to the government said the talks had stalled."]),
    ("republication note", "byline",
     ["This article was originally published by Example Insight and is republished with permission.",
      "Originally published in Example Weekly."],
     ["First published in 2019, the report was widely cited in Brussels.",
      "The story was first published by state media, which later deleted it."]),
    ("edited for length", "byline",
     ["This conversation has been lightly edited for clarity.",
      "Ivo Marek heads a research centre in Skopje. The interview was condensed and edited for length."],
     ["The interview was edited for length, the broadcaster said, but critics disagreed.",
      "Ana Ilić has chaired the assembly's foreign affairs committee since spring. She spoke to us in her "
      "office about the accession talks, the new media law and the gas deal with Moscow. The interview "
      "has been edited for length."]),
    ("signature line", "byline",
     ["Assoc. Prof. Lana Horvat, Faculty of Economics, University of Split",
      "Dr Tomas Berg, Centre for Southeast European Studies",
      "Nina Kralj, Institute for Regional Policy, Ljubljana"],
     ["Dr Tomas Berg, an economist at the Centre for Southeast European Studies, disagreed.",
      "Prof. Lana Horvat, Faculty of Economics, said the plan was unrealistic.",
      "Novi Sad, Belgrade and Niš"]),
    ("further signatories", "byline",
     ["… and 2,400 other signatures", "and 37 more organisations (list attached)"],
     ["And 2,400 other signatories joined the appeal on Monday, the organisers said."]),
    ("agency or staff credit", "byline", ["Staff and agencies", "Agence France-Presse", "Reuters"],
     ["Reuters could not verify the footage."]),
    ("author's job title", "byline", ["Balkans correspondent", "Europe Editor", "Senior Reporter"],
     ["She was a correspondent in Moscow for ten years."]),
    ("byline lead words", "byline", ["Story by Mia Wong", "Text and photos by Dana Rolf"],
     ["Story by story, the paper dismantled the claim."]),
    ("contact line", "byline",
     ["Contact: Press Office, +381 00 000 000", "Email: press@example.org", "Media inquiries: Ivo Marek"],
     ["Contact with Moscow: the minister met the ambassador twice."]),
    ("place and date", "dateline", ["Skopje, 4 March", "ZAGREB, Feb. 12", "Podgorica, Tuesday 3 June 2025"],
     ["Skopje, 4 March: thousands marched to parliament."]),
    ("date and time", "dateline",
     ["Tuesday 3 June 2025 14.05 BST", "June 3, 2025 at 2:05 pm ET",
      "3 June 2025 | 14:05", "2025-06-03T14:05:00Z",
      "June 14, 2025 · 4 min read"],
     ["June 3 was the day the talks collapsed."]),
    ("time stamp", "dateline", ["14:05 CET", "2.05pm", "9 am"], ["At 14:05 the polls closed."]),
    ("relative time", "dateline", ["2 hours ago", "Yesterday, 18:30", "Just now", "5 min ago"],
     ["2 hours ago the minister resigned."]),
    ("age of the article", "dateline", ["This article is more than 3 years old"],
     ["This article is more than a summary of the talks, the editor said."]),
    ("published or updated", "dateline",
     ["Updated 3 hours ago", "Posted 3h ago",
      "Last modified on Tue 3 Jun 2025 14.05 BST", "Posted 14:05 | 4 min read"],
     ["Updated figures show 3 million voters turned out on Sunday.",
      "Published in 2019, the study was ignored by the government."]),
    ("page header with a date", "dateline",
     ["News | Europe | 03.06.2025 14:05", "Statement | Foreign Ministry | 12 Feb 2025, 09:30"],
     ["The vote was split 12 | 8 | 3 on 4 March, officials said."]),
    ("two-level breadcrumb", "boilerplate", ["Sport / Football", "World › Europe", "Opinion | Columns"],
     ["Brussels/Belgrade talks resume", "Either / or: Serbia's choice"]),
    ("button label", "boilerplate",
     ["Skip to main content", "Load more", "Listen to this article", "Menu", "Text size", "Breaking news",
      "Was this article helpful?"],
     ["Load more coal, the plant manager ordered.", "Breaking news of the arrest spread quickly."]),
    ("wire dateline", "dateline", ["BELGRADE, Serbia —", "SKOPJE (Reuters) -"],
     ["BELGRADE, Serbia — Thousands of students marched on Sunday."]),
    ("reading time", "boilerplate", ["Reading time: 4 min", "6 min read", "Listen · 5:12"],
     ["It is a 6 min read of a 90-page report."]),
    ("comment counter", "boilerplate",
     ["Comments: 12", "Join the discussion", "View all 58 comments", "14 replies"],
     ["Comments made by the minister angered Brussels."]),
    ("end of a press release", "boilerplate", ["###", "-ENDS-", "Notes to editors:"],
     ["Notes to editors were attached to the EU statement, officials said."]),
    ("newsletter box", "boilerplate",
     ["Skip past newsletter promotion", "Enter your email address",
      "Get the morning briefing delivered to your inbox",
      "By signing up, you agree to our privacy policy and terms of use."],
     ["Subscribe to the view that Serbia must choose, and you miss the point."]),
    ("advertisement label", "advertisement",
     ["– Advertisement –", "Article continues after advertisement", "Sponsored by Acme Bank", "Ad Feedback"],
     ["Presented by the minister as a victory, the deal was criticised."]),
    ("copy link", "share",
     ["Copy link to clipboard", "Link copied!", "120 shares", "Tweet this", "Send any friend a story"],
     ["120 shares changed hands on the Belgrade exchange."]),
    ("follow us", "share",
     ["Follow us on Instagram and TikTok", "Follow Balkan Daily on X for the latest news",
      "Join our WhatsApp channel", "Download our free app"],
     ["Follow the money on Telegram, the opposition urged its supporters.",
      "Get the app removed, the regulator told the company."]),
    ("caption label", "caption", ["Image source, Example Agency", "Image caption, Miners at the pit in Bor"],
     ["Image, not substance, drives the campaign, critics say."]),
    ("credit closing a caption", "caption",
     ["Miners leave the pit in Bor. (Credit: Ivo Marek / Example Agency)",
      "Protesters in front of parliament. Credit: Dana Rolf"],
     ["The bank extended credit: Serbia's debt rose.",
      "Credit: the government says it deserves it for the growth figures."]),
    ("photo by", "caption", ["Photo by Lena Fischer/Example Agency", "Illustration by Mia Wong"],
     ["Photos by Reuters show police beating protesters."]),
    ("photographer and agency", "caption",
     ["A voter at a polling station in Niš. Marta Kovač/Reuters", "The refinery in Pančevo. Getty Images"],
     ["The minister repeated the claim in an interview with Reuters."]),
    ("link prompt", "related_link",
     ["Click here to read the full statement", "Read the full report here.",
      "Download the report (PDF, 2 MB)"],
     ["Read the full report, and you will see that the figures do not add up.",
      "Click here, the website told users, and the data was gone."]),
    ("full document elsewhere", "related_link",
     ["The full text of the declaration is available on the council's website.",
      "The complete study (120 pages) can be downloaded here."],
     ["The full report is available only to member states, which angered the opposition."]),
    ("more labels for related links", "related_link",
     ["Further information: Growth Plan factsheet | Q&A", "Learn more: accession talks explained",
      "Useful links"],
     ["Learn more languages, the minister told pupils."]),
    ("tag heading", "tags", ["Topics", "Explore more on these topics"],
     ["Topics such as lithium dominated the debate."]),
    ("byline with a date", "byline",
     ["By Mia Wong, Reuters | June 3, 2025 | 4 min read", "By Lena Fischer in Skopje"],
     ["By Monday, Brussels had still not replied.", "By Monday in Brussels, the mood had changed.",
      "By Christmas, Serbia had signed the deal."]),
    ("live-blog and gallery controls", "boilerplate",
     ["Show key events only", "Pinned post", "Newest first", "3 new posts", "View gallery", "12 photos"],
     ["Three new posts were created at the ministry, officials said."]),
    ("log in to comment", "boilerplate", ["Loading comments…", "Log in to comment"],
     ["Log in to comment sections was blocked for users in Serbia, the site said."]),
    ("photo credit line", "caption",
     ["AP Photo/Ivo Marek", "Dana Rolf/Reuters", "Getty Images", "Lena Fischer/AFP via Getty Images"],
     ["Getty Images sold the photo to several newspapers."]),
    ("consent banner", "cookie", ["We value your privacy", "Do not sell or share my personal information"],
     ["We value your privacy, the minister told citizens worried about the new cameras."]),
    ("reproduction notice", "boilerplate",
     ["This material may not be published, broadcast, rewritten or redistributed without permission."],
     ["The report may not be published before the summit, diplomats said."]),
    ("copyright footer", "boilerplate",
     ["Copyright © 2025 Example Media Ltd", "Copyright 2024-2025 Balkan Example Network"],
     ["Copyright reform was one of the chapters opened in 2021, the ministry said.",
      "2024 was the year Serbia's copyright law changed."]),
    ("press release label", "boilerplate",
     ["FOR IMMEDIATE RELEASE", "Embargoed until 00:01 CET, 4 June 2025"],
     ["The press release was withdrawn an hour later."]),
    ("standards and corrections", "boilerplate",
     ["Our Standards: Example Trust Principles", "Report an error"],
     ["Our standards of living are falling, the union leader said."]),
    ("partner links heading", "related_link",
     ["Around the web", "From our partners", "More stories from Example TV", "Most viewed"],
     ["Around the web of alliances, Belgrade keeps every door open."]),
    ("video label", "video", ["Duration 2:31", "Watch the full interview", "Live updates"],
     ["Live updates from the count were broadcast by state television."]),
    # round 8 (themes8): kinds of clutter the practice splits showed that no rule had
    ("two credits on one line", "byline",
     ["Words by Lena Fischer. Photographs by Ivo Marek.",
      "Text by Mia Wong; photos by Dana Rolf/Example Agency"],
     ["Words by politicians are cheap. Photos by activists tell another story.",
      "Words by Vučić were answered. Photos by Reuters show the crowd."]),
    ("a staff byline", "byline",
     ["By Example News staff", "By Balkan Wire staff | Published: May 4, 2026 09:15 AM"],
     ["By Example News standards, the turnout was low."]),
    ("full programme elsewhere", "related_link",
     ["Listen to the full interview in the Example Radio app.",
      "Watch the full debate on our YouTube channel", "Listen to the whole episode here"],
     ["Listen to the full interview and you will hear a different story, the editor said.",
      "Watch the full speech: he never mentions Kosovo."]),
    ("publication series label", "boilerplate",
     ["Policy Brief 7/2026 | Energy Security Programme", "Working Paper No. 12, Centre for Example Studies",
      "Commentary #41"],
     ["Report 12 of the commission found no wrongdoing.", "Analysis 2026: the year Serbia chose."]),
    ("embedded social post", "video",
     ["Skip Instagram post by @example.city", "View original post on X", "Allow Twitter content?",
      "Skip X post by @example_police | View original post on X", "End of Telegram post"],
     ["Skip X post office queues, the minister told pensioners.",
      "View the original post on X, where the minister called the students traitors."]),
    ("date and time with a separator", "dateline", ["04.05.2026 | 09:15", "4/5/2026 – 09:15"],
     ["04.05.2026 was the day the talks ended, at 09:15."]),
    ("page header with one separator", "dateline",
     ["Live blog | Updated 4 May 2026, 09:15 CET", "Analysis | 12 Feb 2026"],
     ["Turnout on 4 May | the commission's figure | was 58 percent."]),
    ("heading of further information", "related_link", ["For more information:", "For further information"],
     ["For more information, the ministry referred reporters to its website."]),
    ("download with its size", "related_link",
     ["Download the full study (PDF, 1.4 MB)", "Read the complete report (DOCX, 300 KB)"],
     ["Download the full study, the minister urged, before you criticise it."]),
    # round 14 (rules14m): clutter lines of test12 and of earlier splits that no rule had
    ("a date and time on a line of their own", "dateline",
     ["Novi Pazar, 03.11.2026, 08:10", "2 October 2026, 11:05 (updated 12:30)",
      "05.10.2026 (updated 18:02 05.10.2026)", "June 9, 2026 6:15 PM GMT+2 Updated 3 hours ago",
      "News - Energy - 17-09-2026 - 10:45"],
     ["On 2 October 2026, at 11:05, the minister resigned.",
      "Novi Pazar, 03.11.2026: the council voted to close the school."]),
    ("a sign-up line for the outlet's channel", "boilerplate",
     ["Subscribe to our Viber channel for breaking news from the region",
      "Follow our WhatsApp channel for daily updates"],
     ["Subscribe to our values or leave, the party leader told his critics."]),
    ("newsletter header and footer", "boilerplate",
     ["Forwarded this email? Sign up here to get the Danube Brief every Friday.",
      "You are receiving this because you signed up for Danube Brief. Unsubscribe | Manage preferences"],
     ["You are receiving this letter because the ministry wants your vote, the mayor wrote."]),
    ("a media player's time display", "video", ["0:00 / 4:12", "1:02:10 / 1:45:00"],
     ["The vote was 12 / 3 in favour."]),
    ("a byline of the outlet's own staff", "byline",
     ["By our Zagreb staff", "From our Brussels correspondent"],
     ["By our own estimate, turnout was low."]),
    ("credits of assistance, translation and editing", "byline",
     ["— With assistance from Jelena Marić", "Translated from Hungarian by Petra Nagy.", "Editor: Li Hua"],
     ["With assistance from Brussels, the town got new water pipes.",
      "Translated from German by officials, the letter was read aloud in parliament."]),
    # round 15 (rules15m): a play button before the prompt, the player's place after it
    ("full programme in the page's player", "related_link",
     ["▶ Watch the full debate in the player above", "► Listen to the whole interview on the page below"],
     ["Watch the full debate above all for the minister's answer, the editor wrote."]),
    # round 16 (rules16m): an email newsletter copied from an inbox, a podcast page, an op-ed's end
    ("newsletter's link to its web version", "boilerplate",
     ["View this email in your browser", "Having trouble viewing this email? View it online."],
     ["View the ministry's letter in your browser before the vote, the councillor urged residents."]),
    ("newsletter's prompt to forward it", "boilerplate",
     ["Enjoying Danube Notes? Forward it to a friend.", "Forward this email to a colleague"],
     ["Forward it to a friend, the mayor told the clerk who had asked for the contract."]),
    ("newsletter footer: unsubscribe and update preferences", "boilerplate",
     ["Unsubscribe | Update your preferences | Danube Notes, Trg Slobode 3, Novi Sad"],
     ["Unsubscribe from the party, he told members, and the preferences of voters will change."]),
    ("sponsor block of a newsletter", "advertisement",
     ["PRESENTED BY NORTHLINE RAIL - Vienna to Sofia overnight. Book now.",
      "Sponsored by Sava Logistics: containers from Bar in two days."],
     ["Sponsored by the European Union, the programme trained 300 judges in Niš."]),
    ("an arrow after a related-link heading", "related_link", ["Read more →", "Related stories →"],
     ["Read more → and you will see the figures, the editor said."]),
    ("full episode with its length in brackets", "related_link",
     ["Listen to the full episode (41 min) in the player above."],
     ["Listen to the full episode (41 min) and you will hear the minister contradict himself, he said."]),
    ("note about the op-ed's author", "byline",
     ["The author is the Ambassador of the Republic of Example to Serbia.",
      "The writer is a former mayor of Subotica"],
     ["The author is a former diplomat who served in Moscow. His book is out in May.",
      "The author is not named in the report, the ministry said."]),
]


@pytest.mark.parametrize("rule,kind,line", [(r, k, line) for r, k, lines, _ in WEB_RULES for line in lines])
def test_each_web_rule_classifies_its_clutter(rule, kind, line):
    res = clean_text(f"The European Commission said Serbia must align with EU sanctions on Russia.\n{line}\n")
    assert [p.kind for p in res.paragraphs] == ["body", kind], (rule, line, res.paragraphs[1].note)
    assert res.paragraphs[1].raw == line and line not in res.text  # kept raw, logged, not analysed


@pytest.mark.parametrize("rule,line", [(r, line) for r, _, _, near in WEB_RULES for line in near])
def test_each_web_rule_leaves_its_near_miss_prose_as_body(rule, line):
    res = clean_text(f"{line}\nAnother sentence of the article follows here.\n")
    assert [p.kind for p in res.paragraphs] == ["body", "body"], (rule, line, res.paragraphs[0].note)


def test_a_line_under_a_read_more_arrow_button_stays_text():
    # "Read more →" closes the item above it (a newsletter's link button): the next item is text
    res = clean_text("Ministers meet in Niš on Monday to sign the rail deal.\nRead more →\n"
                     "Quote of the week: a seat at every table and a bill at none\n")
    assert [p.kind for p in res.paragraphs] == ["body", "related_link", "body"]
    res = clean_text("Ministers meet in Niš on Monday to sign the rail deal.\nRead more:\n"
                     "Serbia signs a rail deal with Hungary\n")
    assert [p.kind for p in res.paragraphs] == ["body", "related_link", "related_link"]


def test_headlines_ending_in_a_question_mark_under_a_related_heading_are_links():
    res = clean_text("First paragraph of the story.\nRelated coverage\n"
                     "What does the gas deal mean for Serbia?\nEU opens a new chapter with Montenegro\n"
                     "The minister said talks would go on.\n")
    kinds = [p.kind for p in res.paragraphs]
    assert kinds == ["body", "related_link", "related_link", "related_link", "body"]


def test_links_under_a_further_information_heading_are_related_links():
    res = clean_text("The Commission will report in the autumn.\nFor more information:\n"
                     "Serbia: the state of the talks (background page)\nEnlargement in brief\n"
                     "The talks resume in May, officials said.\n")
    assert [p.kind for p in res.paragraphs] == ["body", "related_link", "related_link", "related_link",
                                                "body"]


def test_each_size_band_is_gated_by_a_pattern_holding_all_its_anchored_rules():
    """A gate that fails must rule out every anchored rule of its band (it may hold a few more)."""
    from helpers.corpus.line_rules import _rules_by_size

    sizes, bands = _rules_by_size()
    assert sizes == sorted(sizes)
    for band, unanchored, gate, needless, needs in bands:
        anchored = [r.pattern for r in band if r.anchored]
        assert (gate is None) == (not anchored)
        assert gate is None or set(anchored) <= set(gate.patterns)
        assert unanchored == [r for r in band if not r.anchored]
        assert needless == [r for r in unanchored if r.needs is None]
        assert set(needs) == {w for r in unanchored for w in r.needs or ()}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("a .!?…:;\"”’')][\n")), max_size=12).map("".join))
def test_the_end_of_sentence_test_agrees_with_its_regex(s):
    from helpers.corpus.cleaning import _TERMINAL, _ends_sentence

    assert _ends_sentence(s) == bool(_TERMINAL.search(s))


def test_a_section_label_line_with_middle_dots_or_bullets_is_a_breadcrumb_not_text():
    from helpers.corpus.cleaning import clean_text

    text = ("Politics · Serbia\n\nWorld • Europe\n\nSerbia · a country between East and West, as its leaders "
            "say every day.\n\nBelgrade said no to the plan on Monday, officials said in a statement.\n")
    kinds = [p.kind for p in clean_text(text).paragraphs]
    assert kinds == ["boilerplate", "boilerplate", "body", "body"]


def test_a_date_written_in_serbian_on_a_line_of_its_own_is_a_dateline_not_text():
    for line in ("Beograd, 7. decembar 2025.", "7. decembar 2025.", "Novi Sad, subota, 6. decembra 2025."):
        res = clean_text(f"{line}\nThe minister said the talks would go on.\n")
        assert [p.kind for p in res.paragraphs] == ["dateline", "body"], line
    res = clean_text("Beograd, 7. decembar 2025. je bio hladan dan, rekao je ministar.\n")
    assert res.paragraphs[0].kind == "body"  # a sentence that starts with the date stays text


PDF_COPY = (
    "The government in Belgrade said on Monday that it would sign a new gas\n"
    "contract with Russia before the winter, despite pressure from the govern-\n"
    "ment's partners, and a spokeswoman for the cabinet said that the anti-\n"
    "government protests would not change that, nor would the small pro-\n"
    "European opposition, whose leaders are well-known critics of the well-\n"
    "known deal and of the talks that began in the spring in the capital.\n"
    "– 4 –\n"
    "had offered funding for a new pipeline, the minister said, but all the\n"
    "terms of the offer were never published and the talks stalled in May.\n"
    "___________________\n"
    "1 European Commission, Serbia 2021 Report, Brussels, p. 3.\n"
    "2 Interview with the authors, Belgrade, 20 November 2025.\n"
)


def test_a_pdf_copy_joins_words_broken_at_a_line_end_hyphen_and_keeps_compounds_and_page_numbers_apart():
    res = clean_text(PDF_COPY)
    kinds = [(p.kind, p.text) for p in res.paragraphs]
    first = kinds[0][1]
    assert "from the government's partners" in first  # a word split for the line: joined
    assert "the anti-government protests" in first  # the first part makes compounds: hyphen kept
    assert "of the well-known deal" in first  # written with the hyphen elsewhere in the text: kept
    assert "small pro-European opposition" in first  # goes on with a capital: kept
    assert kinds[1] == ("boilerplate", "– 4 –")  # the page number is a line of its own, not analysed
    assert kinds[2][0] == "body" and kinds[2][1].startswith("had offered funding")
    assert not any(p.text.startswith("– 4 –") for p in res.paragraphs if p.kind == "body")
    assert [(p.kind, p.text[:2]) for p in res.paragraphs[3:]] == [  # footnotes below a rule: not analysed
        ("boilerplate", "__"), ("boilerplate", "1 "), ("boilerplate", "2 ")]
    assert kinds[2][1].endswith("stalled in May.")
    numbered = clean_text("Serbia said no.\n1 Brussels said yes.\n")  # no line of underscores: text
    assert [p.kind for p in numbered.paragraphs] == ["body", "body"]


def test_a_running_page_header_and_bare_page_numbers_of_a_pdf_copy_are_not_text():
    header = "Balkan Policy Institute | Working Paper 12/2025"
    pages = [f"{header}\n\nThe government said on page {n} that it would sign the contract, the minister "
             f"said.\n\n{n}\n" for n in (1, 2, 3)]
    res = clean_text("\n".join(pages))
    kinds = [(p.kind, p.text[:12]) for p in res.paragraphs]
    assert [k for k, t in kinds if t.startswith("Balkan")] == ["boilerplate", "duplicate", "duplicate"]
    assert [k for k, t in kinds if t in ("1", "2", "3")] == ["boilerplate"] * 3
    assert sum(k == "body" for k, _ in kinds) == 3
    twice = clean_text(f"{header}\nText one, the minister said.\n{header}\nText two.\n")
    assert twice.paragraphs[0].kind == "body"  # a line that comes back once is not taken for a header
