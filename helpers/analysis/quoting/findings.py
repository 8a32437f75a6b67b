"""Findings of documents and reports in the present tense (round 26).

**Plural sources that "show" or "find".**
"Data from the Customs Administration show that …", "…, the bank's figures show.", "National Bank data
show that …": a document reports a proposition (GUIDELINES: "a poll/data by X found/showed" is a cue of
indirect speech). The singular forms ("shows", "finds") were cues already; the plural present forms
"show" and "find" are cues only when a plural document noun is their subject (the noun right before the
verb, or before a "from/of/by X" phrase), so that "such demands show that …", "candidates must show …"
or "we find that …" stay no cue (a thing shown, an obligation, the author's own reasoning).

**"reports that"**: the present tense of "reported" ("The Centre for Human Rights reports that …", "Our
correspondent, Ana Ilić, reports that …", "The daily reports that …"). "reports" is as often a plural noun
("following reports that …", "media reports that …", "the reports that …"): it is a cue only before "that"
and after a word that is no determiner, preposition, adjective of news or plural subject noun.
"""

from __future__ import annotations

from helpers._text.programs import re_compile

#: The plural present forms of the finding verbs: cues only after a document subject.
DOCUMENT_ONLY_CUES = frozenset({"show", "find"})
#: Plural nouns of documents that report what they found (folded text).
_DOC_PLURALS = ("data|figures|statistics|numbers|results|records|documents|polls|surveys|studies"
                "|estimates|findings|reports")
#: Participles between a document and its source ("records obtained by X", "figures published by X").
_DOC_PARTICIPLES = "published|obtained|compiled|released|collected|seen|gathered|provided"
#: A plural document noun, with an optional "(obtained) from/of/by/on X" of at most 80 characters and an
#: optional relative aside (", which records …,"), ending where the cue starts (searched in a window of 240
#: characters before the cue: bounded, linear time).
_DOC_SUBJECT = re_compile(rf"\b(?:{_DOC_PLURALS})"
                          rf"(?:\s+(?:{_DOC_PARTICIPLES}\s+)?(?:from|of|by|on|for|at)\s+[^,.;:“”\"]{{1,80}}?)?"
                          r"(?:,\s+(?:which|who)\s+[^,.;:“”\"]{1,100},)?"
                          r"\s+(?:also\s+|now\s+|clearly\s+|consistently\s+)?$")
_WINDOW = 240


def document_subject_before(folded: str, start: int) -> bool:
    """True when a plural document noun is the subject of the cue at ``start``.

    Parameters
    ----------
    folded : str
        The folded paragraph (lower case, see ``helpers._text.fold``).
    start : int
        Where the cue word ("show", "find") starts.

    Returns
    -------
    bool
        True for "customs data show", "figures from the Statistical Office show", "the bank's figures
        show"; False for "such demands show", "candidates must show", "we find".
    """
    return _DOC_SUBJECT.search(folded, max(0, start - _WINDOW), start) is not None


#: "reports"/"report" as a speech verb: the present tense of "reported".
REPORT_CUES = frozenset({"reports"})
#: Words before "reports" that make it a noun ("following reports that", "media reports that", "the
#: reports that") or whose verb would be "report" (plural subjects: "police", "media").
_NOUN_REPORTS = re_compile(r"(?<![\w'’-])(?:a|an|the|these|those|such|his|her|its|their|our|my|your|of|in"
                           r"|on|by|to|with|from|about|amid|despite|following|after|over|and|or|but|recent|new|renewed"
                           r"|latest|earlier|unconfirmed|several|many|some|numerous|repeated|persistent|false|media"
                           r"|press|news|police|intelligence|denied|dismissed|rejected|confirmed|cited|read|saw"
                           r"|seen|received|\d+)\s+\Z")
_THAT_AFTER = re_compile(r"\s+that\b")


def reports_is_a_verb(folded: str, start: int, end: int) -> bool:
    """True when "reports" at ``start:end`` is the speech verb ("The Centre reports that …").

    Parameters
    ----------
    folded : str
        The folded paragraph (lower case).
    start, end : int
        Where the word "reports" starts and ends.

    Returns
    -------
    bool
        True before "that" and after a word that is no determiner, preposition or noun-making word;
        False for "following reports that …", "media reports that …" and "reports of …".
    """
    return (_THAT_AFTER.match(folded, end) is not None
            and _NOUN_REPORTS.search(folded, max(0, start - 40), start) is None)
