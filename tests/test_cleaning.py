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


def test_every_rule_names_a_known_kind():
    from helpers.corpus.cleaning import PARAGRAPH_KINDS, boilerplate_patterns

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
