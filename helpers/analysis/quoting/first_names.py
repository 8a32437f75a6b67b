"""First names standing alone: "Jana, a student of English, …", "said Luka, a history student, …".

Reports name students, residents and other private people who give only a first name with an
appositive right after it (perhaps after the age: "Milica, 34, a teacher, …"). Such a name opens its
sentence or follows a speech verb; a first name with an age right after it ("His friend Karim, 17,
said") is a person wherever it stands. It is a person
(:func:`lone_first_name` for :class:`helpers.analysis.quoting.people.People`, which registers it
with its role words; :func:`lone_first_name_before` for a role speaker's appositive in
:mod:`.speakers`).

Blind spots: a first name must be capitalised and followed by an age or by "a" or "an" and a role
noun for a person; a surname of a person named before is left to that person; an adverb opening a
sentence ("Later, a spokesman …") is excluded by a short list.
"""

from __future__ import annotations

from helpers._text.apposition import AGE, aged_first_name
from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.patterns import _NOT_NAME, _PERSON
from helpers.analysis.quoting.records import Mention
from helpers.analysis.roles import role_words

#: A person's appositive with an indefinite article right after a name (", a student of English who …"),
#: perhaps after the age (", 34, a teacher").
_A_ROLE_AFTER = re_compile(r"(?:" + AGE + r")?,\s+(?:a|an)\s+([^,.;:“”\"()]{2,100})")
SAID_BEFORE = re_compile(r"\b(?:said|says|told|added|asked)\s+$")
_CLAUSE_START = re_compile(r"(?:^|[.!?:;]\s*[“”\"]?\s*|[“”\"]\s*)$")
#: Capitalised words opening a sentence that are no first name (adverbs).
_NOT_FIRST = frozenset({"yesterday", "today", "tonight", "later", "earlier", "still", "also", "instead",
                        "elsewhere", "outside", "inside", "afterwards", "again", "here", "there", "overall"})


def may_be_first_name(roles, word: str) -> bool:
    """True for a capitalised word that may be a first name: no adverb, nor a role or place word."""
    word = fold(word).lower()
    return not (word in _NOT_NAME or word in _NOT_FIRST or word.endswith("ly") or word in roles.info)


def lone_first_name(roles, text: str, m) -> Mention | None:
    """A first name alone (the ``_NAME_RE`` match ``m``) that a person's appositive follows: a person.

    "Jana, a student of English who chairs the plenum, laughed", "said Luka, a third-year history
    student": the way reports name students and residents who give only a first name. The word opens
    its sentence or follows a speech verb, is no adverb ("Later, a spokesman …"), role or place word
    of ``roles.csv``, and the appositive holds a role noun for a person (not "Bor, a mining town").
    A first name with an age after it ("Her colleague Vesna, 52, objected") is a person anywhere
    (:func:`helpers._text.apposition.aged_first_name`, the rule the mention finder uses too).
    """
    if not text.startswith(",", m.end()):
        return None  # the age and the appositive both open with a comma: the cheapest test first
    if aged_first_name(text, m.start(), m.end()) and may_be_first_name(roles, m.group(0)):
        return Mention(m.start(), m.end(), m.group(0), _PERSON)  # "His friend Karim, 17, said": an age
    app = _A_ROLE_AFTER.match(text, m.end())
    if app is None or not may_be_first_name(roles, m.group(0)) \
            or all(w in roles.bodies or w not in roles.role_nouns
                   for _s, _e, w in roles.words_in(app.group(1))):
        return None
    before = text[max(0, m.start() - 40):m.start()]
    if _CLAUSE_START.search(before) is None and SAID_BEFORE.search(before) is None:
        return None
    return Mention(m.start(), m.end(), m.group(0), _PERSON)


_LONE_FIRST = re_compile(r"\b([A-ZČĆŠŽĐ][a-zčćšžđ]{2,})$")


def lone_first_name_before(para, lo: int, comma: int) -> Mention | None:
    """A first name alone before ``comma``, opening its sentence or after a speech verb: a person.

    "Jana, a student of English, said", "said Luka, a history student, …" where the role phrase is
    the speaker phrase (the name was not registered). Not an adverb ("Later, a spokesman …") nor a
    role or place word of ``roles.csv``; None otherwise.
    """
    m = _LONE_FIRST.search(para.text, max(lo, comma - 40), comma)
    if m is None or not may_be_first_name(role_words(), m.group(1)):
        return None
    before = para.text[lo:m.start(1)]
    if before.strip(" “”\"") and SAID_BEFORE.search(before) is None:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), _PERSON)
