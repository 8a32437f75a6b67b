"""Role words: which actor group a role phrase points to ("a senior EU diplomat" -> EU and the West).

The words live in ``helpers/data/roles.csv`` (columns ``word, group, level, kind, note``), so an
instructor can edit them. A phrase's group is the group of its role word with the lowest
``level``: level 1 words decide first (think tank, institute, analyst -> experts; opposition,
students, activists -> civil society), then level 2 owners (EU, Commission, Brussels -> EU and the
West; Russian, Kremlin, Moscow -> Russia; Chinese, Beijing -> China; Serbian, Belgrade -> Serbian
government), then level 3 state roles (government, ministry, minister, president, police ->
Serbian government); level 4 roles (spokesperson, diplomat, embassy, source) name a role but no
group. ``kind`` ``role`` marks nouns for people that can head a speaker phrase ("a senior EU
diplomat said" -> the actor "unnamed EU diplomat"), ``body`` nouns for organisations ("the
Russian embassy said" -> the actor "Russian embassy"); ``outlet`` and ``company`` the proper names
of state media and of companies whose owner gives the group ("Xinhua reported" -> China; "RIA
Novosti" -> Russia; "Huawei" -> China), found wherever they are named; ``modifier``
words only qualify one. A word written in capitals in the table ("US", "RT") counts only when the
text writes it in capitals (the pronoun "us" is no role word).

Blind spots: English words only; the words are matched one phrase at a time, so "a Serbian analyst
at a Brussels think tank" is experts (level 1) whatever the nationality; state roles with no owner
named are taken as Serbia's, which holds for articles about Serbia.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers._text.fold import fold
from helpers._text.hints import caseless
from helpers._text.patterns import literal_alternation
from helpers._text.programs import re_compile
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError

ROLE_COLUMNS = ["word", "group", "level", "kind", "note"]
#: Kinds of proper names whose owner gives the group wherever they are named: state media, companies.
OWNED_KINDS = ("outlet", "company")
#: A post or office and its portfolio ("Minister for European Integration", "Office for Kosovo and
#: Metohija", "rapporteur on Serbia"): group 1 is the portfolio, up to a comma, a semicolon or an owner
#: after "of" ("Deputy Minister for European Affairs of Cyprus": Cyprus is the owner), in folded text.
_PORTFOLIO = re_compile(r"\b(?:minister|ministry|ministers|office|commissioner|rapporteur|envoy|envoys"
                        r"|representative|secretary|committee|agency|department|directorate|coordinator)"
                        r"\s+(?:for|on)\s+([^,;]{1,60}?)(?=\s+of\s|[,;]|$)")


@lru_cache(maxsize=1)
def _shipped_roles() -> pd.DataFrame:
    return pd.read_csv(data_file("roles.csv"), dtype=str, keep_default_na=False)


class RoleWords:
    """The role-word table compiled into one regex (folded text, whole words, longest first)."""

    def __init__(self, table: pd.DataFrame):
        from helpers.analysis.actors import GROUPS

        missing = [c for c in ("word", "group", "level", "kind") if c not in table.columns]
        if missing:
            raise CorpusError(f"roles.csv is missing columns {', '.join(missing)} "
                              f"(needed: {', '.join(ROLE_COLUMNS)}).")
        self.info: dict[str, tuple[int, str, str]] = {}
        self.upper_only: set[str] = set()  # written in capitals in the table: only in capitals in a text
        for i, row in table.iterrows():
            written = str(row["word"]).strip()
            word, group, kind = fold(written).lower(), str(row["group"]).strip(), str(row["kind"]).strip()
            if written.isupper():  # "US" (not the pronoun "us"), "RT"
                self.upper_only.add(word)
            if group and group not in GROUPS:
                raise CorpusError(f"roles.csv row {i + 2}: unknown group {group!r}; "
                                  f"use one of {', '.join(GROUPS)}.")
            try:
                level = int(row["level"])
            except ValueError:
                raise CorpusError(f"roles.csv row {i + 2}: level {row['level']!r} "
                                  "is not a whole number.") from None
            self.info[word] = (level, group, kind)
        # "Chinese-owned", "Belgrade-based", "Kremlin-backed": the owner word counts
        self.regex = re_compile(r"(?<![\w-])(" + literal_alternation(self.info) + r")"
                                r"(?:-(?:owned|based|backed|run|controlled|funded|led|linked|affiliated))?(?![\w-])")
        self.role_nouns = {w for w, (_l, _g, k) in self.info.items() if k in ("role", "body", *OWNED_KINDS)}
        self.bodies = {w for w, (_l, _g, k) in self.info.items() if k in ("body", *OWNED_KINDS)}
        self.outlets = {w for w, (_l, _g, k) in self.info.items() if k in OWNED_KINDS}
        self._outlet_regex = re_compile(r"(?<![\w-])(" + literal_alternation(self.outlets) + r")(?![\w])",
                                        re.I)
        # the same rule with case, for caseless(text): a necessary condition (ASCII words), faster than re.I
        self._outlet_hint = re_compile(self._outlet_regex.pattern) if all(map(str.isascii, self.outlets)) \
            else None

    def words_in(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, role word)`` of each role word in ``text`` (offsets in ``text``)."""
        folded = fold(text).lower()
        out = []
        for m in self.regex.finditer(folded):
            w = m.group(1)
            if w in self.upper_only and not text[m.start():m.end(1)].isupper():
                continue
            out.append((m.start(), m.end(1), w))
        return out

    def _group_words(self, text: str) -> list[str]:
        """The role words of ``text`` that can give a group: not a state named as a portfolio.

        "Minister for European Integration", "the Office for Kosovo and Metohija", "the rapporteur on
        Serbia": the state or region after "for"/"on" is what the post deals with, not whose it is
        (``_PORTFOLIO``, up to a comma or an owner after "of": "Minister for European Affairs of
        Cyprus"). "a spokeswoman for the Russian embassy" keeps its owner (no portfolio noun).
        """
        words = self.words_in(text)
        if " for " not in text and " on " not in text:
            return [w for _s, _e, w in words]
        spans = [m.span(1) for m in _PORTFOLIO.finditer(fold(text).lower())]
        return [w for s, _e, w in words
                if not (self.info[w][2] in ("modifier", "capital") and any(a <= s < b for a, b in spans))]

    def group_of(self, text: str) -> str:
        """The group a role phrase points to ("" when its words name no group)."""
        best = None
        for w in self._group_words(text):
            level, group, _k = self.info[w]
            if group and (best is None or level < best[0]):
                best = (level, group)
        return best[1] if best else ""

    def owner_named(self, text: str) -> bool:
        """True when ``text`` names whose the role is (a level 1 or 2 word: "EU", "Russian", "think tank")."""
        return any(self.info[w][0] <= 2 and self.info[w][1] for w in self._group_words(text))

    def head(self, text: str) -> str:
        """The last role or body noun in ``text`` ("" if none)."""
        heads = [w for _s, _e, w in self.words_in(text) if w in self.role_nouns]
        return heads[-1] if heads else ""

    def has_body_noun(self, text: str) -> bool:
        """True when ``text`` holds a word for an organisation (institute, ministry, embassy ...)."""
        return any(w in self.bodies for _s, _e, w in self.words_in(text))

    def outlets_in(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, name as written, group)`` of each state outlet or company named in ``text``."""
        out = []
        if self._outlet_hint is not None and self._outlet_hint.search(caseless(text)) is None:
            return out  # no outlet's name here (a cheap test first: see __init__)
        for m in self._outlet_regex.finditer(text):
            w = fold(m.group(1)).lower()
            if w in self.outlets and (w not in self.upper_only or m.group(1).isupper()):
                out.append((m.start(1), m.end(1), m.group(1), self.info[w][1]))
        return out

    def has_outlet(self, text: str) -> bool:
        """True when ``text`` holds the name of a state outlet ("Xinhua", "RIA Novosti")."""
        return any(w in self.outlets for _s, _e, w in self.words_in(text))

    def has_role_noun(self, text: str) -> bool:
        """True when ``text`` holds a word that can head a speaker phrase (diplomat, embassy ...)."""
        return any(w in self.role_nouns for _s, _e, w in self.words_in(text))


#: Role nouns a second reference may use for a role the article introduced with another noun: "the
#: diplomat" for an ambassador, "the Serbian leader" for the president, "the expert" for an analyst.
ROLE_CLASSES = {
    "diplomat": ("diplomat", "ambassador", "envoy", "consul"),
    "leader": ("leader", "president", "prime minister", "premier", "chancellor"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "expert": ("expert", "analyst", "economist", "researcher", "professor", "political scientist",
               "scientist"),
}


def role_class(noun: str) -> tuple[str, ...]:
    """The role nouns a second reference ``noun`` stands for ("diplomat" -> ambassador, envoy ...)."""
    noun = fold(noun).lower()
    for head, members in ROLE_CLASSES.items():
        if noun == head or noun in ("spokesman", "spokeswoman") and head == "spokesperson" \
                or noun in ("analyst", "economist") and head == "expert":
            return members
    return (noun,)


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """The shipped role words (``helpers/data/roles.csv``), compiled once."""
    return RoleWords(_shipped_roles())
