"""Tests for the scans the quotation rules share: what each one finds, whatever way it is written.

Speed work rewrote some of these scans (a pattern that starts with one class of characters, a scan
read only as far as asked, a cheap test before a costly regex, alias words indexed once per call).
Each test states what the scan must find, so a rewrite that finds something else fails here.
"""

import re

import pandas as pd
import pytest

from helpers import actor_mentions, quotes
from helpers._text.fold import fold
from helpers._text.patterns import MatchStarts
from helpers.analysis.actors import _matcher
from helpers.analysis.quoting.marks import normalise_marks
from helpers.analysis.quoting.paragraph import AliasWords
from helpers.analysis.quoting.patterns import (
    _AND_VERB,
    _CLAUSE_STOP_RE,
    _CLAUSE_THEN_SPEAKER,
    _DASH_ASIDE,
    _ING_NOT_VERB,
    _PARTICIPLES,
    _SPEAKER_LAST_CUE,
)
from helpers.analysis.quoting.records import Mention
from helpers.errors import CorpusError

#: The clause stops as first written: one alternation, each branch with its own comma or semicolon.
_PLAIN_STOP = re.compile(
    r",\s+(?:" + "|".join(sorted(_PARTICIPLES)) + r")\b"
    + "|,?" + _DASH_ASIDE + r"|;(?=\s)|,?\s+" + _AND_VERB  # round 23: a semicolon ends a clause
    + rf"|,\s+(?!(?:{_ING_NOT_VERB})\b)[a-z]{{2,}}ing\b"
    r"|,\s+which\s+(?:he|she|they|it)\s+(?:\w+\s+)?(?:described|called|termed|labelled|labeled)\b"
    r"|,\s+(?:although|even\s+though)\b(?![^,.;:“”\"]{0,40},)"  # round 23: a concessive clause
    r"|,\s+(?:while|whereas)\s+[^.;:“”\"]{1,120}?\b(?:said|says|say|told|tells|claimed|claims"
    r"|argued|argues|insisted|insists|estimated|estimates|reported|reports|put\s+it)\b", re.I)

_STOP_TEXTS = [
    "He said the plan was fair, adding that it would pass.",
    "The deal – signed in May – was fair; – he said.",
    "She noted the costs and described the plan as a betrayal.",
    "She noted the costs,  and then called on the ministry to act.",
    "It was a good deal, coming a week after the vote, while critics said it was not.",
    "The plan, which he described as historic, passed, whereas the opposition says it failed.",
    "Police said 5,000 came; the organisers said 20,000, although the count was rough.",
    "The road, although costly, was built; – he said, even though it was late.",
    "A, B , C ; D\tand  said E,\u2014 F, including G, morning H, NOTING I",
    "",
]


@pytest.mark.parametrize("text", _STOP_TEXTS)
def test_clause_stops_are_those_of_the_plain_alternation(text):
    """A reported clause stops at the same places as with the pattern as first written (a participle
    cue, a dash aside, "and" with a second speech verb, a trailing participle, "which he described",
    a contrast with its own speaker; since round 23 a semicolon and a concessive clause)."""
    found = [m.span() for m in _CLAUSE_STOP_RE.finditer(text)]
    assert found == [m.span() for m in _PLAIN_STOP.finditer(text)]
    assert found or not text


def test_match_starts_reads_only_as_far_as_asked_and_finds_what_finditer_finds():
    """``first_from`` gives the first start at or after a position, as a full ``finditer`` would, and
    leaves the rest of the text unread."""
    text = "a, b, c, d, e"
    starts = MatchStarts(re.compile(r",\s"), text)
    assert starts.first_from(0) == 1
    assert starts.starts == [1]  # nothing further read yet
    assert starts.first_from(2) == 4
    assert starts.first_from(11) is None
    assert starts.starts == [m.start() for m in re.finditer(r",\s", text)]
    assert starts.first_from(5) == 7  # asking again, further back, needs no new reading


def test_match_starts_keeps_finditers_non_overlapping_matches():
    """Matches that finditer skips because an earlier match covers them are not found either."""
    starts = MatchStarts(re.compile(r"aa"), "aaaa")
    assert starts.first_from(1) == 2  # "aaaa" has matches at 0 and 2, not at 1


def test_alias_words_give_the_actors_whose_aliases_hold_a_word():
    """"the president said": the actors of the alias rows holding "president", of one group when asked."""
    matcher = _matcher(None)
    words = AliasWords(matcher)
    expected = {a for a, al in zip(matcher.actor, matcher.alias, strict=True)
                if "president" in fold(al).lower().split()}
    assert expected  # the shipped table has presidents
    assert words.actors(("president",)) == expected
    group = matcher.group[matcher.actor.index(sorted(expected)[0])]
    assert words.actors(("president",), group) == {a for a in expected
                                                   if matcher.group[matcher.actor.index(a)] == group}
    assert words.actors(("no-such-word",)) == set()


@pytest.mark.parametrize("sentence", [
    "Moscow is fully aware of the risks, Kremlin spokesperson Dmitry Peskov has stated.",
    "The deal will go ahead, the ministry said on Monday.",
    "The talks were useful, a senior EU diplomat told reporters in Brussels.",
])
def test_the_cheap_test_lets_every_clause_then_speaker_sentence_through(sentence):
    """A sentence the clause-then-speaker rule matches always passes the cheap test before it."""
    assert _CLAUSE_THEN_SPEAKER.match(sentence)
    assert _SPEAKER_LAST_CUE.search(sentence)


def test_the_cheap_test_stops_a_sentence_without_those_cues():
    assert _SPEAKER_LAST_CUE.search("The plan, however, was never put to a vote.") is None


@pytest.mark.parametrize("text, expected", [
    ("– No one will leave, – he added.", "“ No one will leave, ” he added."),
    ("\n — We stay — she said", "\n “ We stay”, she said"),
    ("\n — We stay — and we wait here", "\n “ We stay — and we wait here"),
    ("He called it a «betrayal».", "He called it a “betrayal”."),
    ("He said: 'we stay' and left.", "He said: ‘we stay’ and left."),
    ("Plain text, no marks – and a dash.", "Plain text, no marks – and a dash."),
])
def test_marks_of_every_style_are_still_rewritten(text, expected):
    """Dash speech opening a paragraph (after white space too), guillemets and straight single quotes
    are rewritten; a dash inside a sentence is not (and a dash closes speech after a comma, or right
    before the attribution: "— We stay — she said")."""
    out = normalise_marks(text)
    assert len(out) == len(text)
    assert out == expected


def test_a_mentions_table_from_another_alias_table_is_refused():
    """quotes(mentions=...) refuses a table whose actor is not in the alias table it resolves with."""
    paragraphs = pd.DataFrame({"article_id": ["900"], "paragraph_id": ["900-p00"],
                               "text": ["Vučić said that the plan was fair."]})
    sentences = paragraphs.assign(sentence_id="900-p00-s000")
    table = actor_mentions(sentences)
    assert len(table)
    wrong = table.assign(actor="Nobody In The Table")
    with pytest.raises(CorpusError, match="not in the alias table"):
        quotes(paragraphs, mentions=wrong)


# ---------------------------------------------------------------- one _NAME_RE scan per paragraph (perf26)
def _registry(people):
    """What a People object has registered: names, surnames, organisations, the last call's spans."""
    return ({k: tuple(v) for k, v in people.by_name.items()}, dict(people.by_surname), dict(people.untitled),
            dict(people.full_names), {k: v for k, v in people.orgs.known.items()}, people.titles,
            people.appositions, people.others, dict(people.documents))


def _article_paragraphs():
    """The seeds' body paragraphs as ``quotes`` reads them, article by article."""
    from helpers import BODY_KINDS, load_paragraphs

    paras = load_paragraphs(kinds=BODY_KINDS)
    seeds = [[normalise_marks(t) for t in group["text"]]
             for _aid, group in paras.groupby("article_id", sort=False)]
    return [*seeds, [  # names at the very start and end of a paragraph, surnames and organisations later
        "Ana Ilić, an economist at the University of Belgrade, said prices would rise.",
        "Ilić added that the state oil company NIS told Tanjug it would comply, "
        "Political analyst Dragan Popović said.",
        "Popović and Ilić disagreed. “We will see,” said Milan Novak of the Danube Policy Lab.",
    ]]


def test_names_in_given_the_scanned_name_matches_registers_what_its_own_scan_registers():
    """``names_in(text, known, scanned)`` with the paragraph's ``_NAME_RE`` matches is the old path:
    the same names returned and the same registry after every paragraph of every seed article."""
    from helpers.analysis.quoting.patterns import _NAME_RE
    from helpers.analysis.quoting.people import People

    matcher = _matcher(None)
    checked = 0
    for texts in _article_paragraphs():
        own, shared = People(), People()
        for text in texts:
            known = sorted(Mention(s, e, matcher.actor[r], matcher.kind[r])
                           for s, e, r in matcher.find(text, fold(text)))
            scanned = list(_NAME_RE.finditer(text))
            assert shared.names_in(text, known, scanned) == own.names_in(text, known)
            assert _registry(shared) == _registry(own)
            checked += 1
    assert checked > 40


@pytest.mark.parametrize("upto", [None, 0, 30, 120])
def test_paragraph_name_matches_are_the_lazy_scans_matches(upto):
    """After :meth:`Paragraph.name_matches`, the rules' look-ups read that list: the same starts and ends
    as the lazy scan of a paragraph that never listed them, however far they ask."""
    from helpers.analysis.quoting.paragraph import Paragraph
    from helpers.analysis.quoting.patterns import _NAME_RE

    matcher = _matcher(None)
    text = ("Foreign Minister Marko Đurić met Ambassador Li Ming in Belgrade. Ana Ilić, an economist at the "
            "University of Belgrade, said the Danube Policy Lab was wrong, and Mr. Novak agreed.")
    lazy = Paragraph(text, fold(text), matcher)
    listed = Paragraph(text, fold(text), matcher)
    assert [m.span() for m in listed.name_matches()] == [m.span() for m in _NAME_RE.finditer(text)]
    assert listed._name_matches(upto) == lazy._name_matches(upto)
    assert listed._name_matches() == lazy._name_matches()
