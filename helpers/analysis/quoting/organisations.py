"""Organisations an article names without a title, recognised from the words around the name.

A short name the alias table does not know ("NIS", "Xinhua", "Srbijagas", "RIA Novosti") is an
organisation when its context says so:

* an organisation noun right before it: "the oil company NIS", "state news agency Xinhua",
  "the tabloid Informer";
* an appositive after it whose head is an organisation noun: "NIS, the oil company majority-owned
  by Gazprom Neft," (not when the appositive names a person's role: "an analyst at the institute");
* the source or owner position of a verb: "told Xinhua", "told the Global Courier", "in a
  statement to Balkan Lens", "in an interview with RIA Novosti",
  "according to Srbijagas", "majority-owned by Gazprom Neft", "supplied by Huawei".

Its group comes from the role words of that context (:mod:`helpers.analysis.roles`: "the
state news agency" of China -> China), else ``other``; a company named by its own name is ``other``
whoever owns it ("Huaxin Copper, the Chinese-owned company": GUIDELINES, Companies). Later in the
same article the bare name counts too ("NIS said", "NIS's refinery").

Blind spots: a name in none of these positions is missed ("Gazprom raised prices"); a person's
name in a source position ("told Popović") is reported as an organisation; a capitalised phrase
that is not an actor after "according to" ("according to Article 5") is reported as one.
"""

from __future__ import annotations

import re

from helpers._text.fold import fold
from helpers._text.hints import word_finder
from helpers._text.programs import re_compile
from helpers.analysis.quoting.patterns import _NAME_WORD, _NOT_NAME
from helpers.analysis.quoting.registry import NameTable
from helpers.analysis.roles import RoleWords

_ACRONYM = r"[A-Z]{2,6}(?![a-z])"
_TOKEN = rf"(?:{_ACRONYM}|{_NAME_WORD})"
_NAME = rf"(?P<n>{_TOKEN}(?:\s+{_TOKEN}){{0,2}})(?![\w’'-])"
#: Nouns that say a name is an organisation (the head of "the oil company NIS").
_ORG_NOUNS = (r"company|companies|firm|agency|broadcaster|newspaper|tabloid|daily|outlet|portal|channel"
              r"|operator|producer|giant|bank|supplier|monopoly|group|network|manufacturer|utility|conglomerate"
              r"|corporation|maker|station|website|magazine|weekly|watchdog|ngo|association|organisation"
              r"|organization|broadcasting|television|radio|wire|service|think\s+tank|pollster|contractor")
_BEFORE = re_compile(rf"(?<![\w-])(?:{_ORG_NOUNS})\s+{_NAME}")
_AFTER = re_compile(rf"{_NAME},\s+(?P<app>(?:the|a|an|its|their)\s+[^,.;:“”\"()]{{0,60}}?"
                    rf"(?<![\w-])(?:{_ORG_NOUNS}))(?![\w-])")
_SOURCE = re_compile(rf"(?<!\w)(?:told(?:\s+the)?|interview\s+with|interviewed\s+by|according\s+to"
                     rf"|quoted\s+by|(?:statement|statements|comments?|remarks)\s+to(?:\s+the)?"
                     rf"|reported\s+by|(?:owned|supplied|built|operated|run|controlled|published|broadcast)\s+by)\s+{_NAME}")
#: Organisation nouns that name a company: a company named by its own name is ``other`` whoever owns it
#: (GUIDELINES, Companies: "Huaxin Copper, the Chinese-owned company" is other; "Chinese firms" is China).
_COMPANY_NOUNS = frozenset({"company", "companies", "firm", "producer", "giant", "bank", "supplier",
                            "monopoly", "manufacturer", "utility", "conglomerate", "corporation", "maker",
                            "contractor"})
_ORG_NOUN = re_compile(rf"(?<![\w-])(?:{_ORG_NOUNS})(?![\w-])")
_CLAUSE_START = re_compile(r"[^,.;:!?“”\"()—–]{0,60}$")
#: Whole words one of which each rule's match holds (case-sensitive, like the rules; each stands between
#: non-word characters there): a text without them is not scanned ("think tank" holds "think").
_NOUN_HINTS = frozenset(n.split("\\s+")[0] for n in _ORG_NOUNS.split("|"))
_SOURCE_HINTS = frozenset({"told", "interview", "interviewed", "according", "by", "statement", "statements",
                           "comment", "comments", "remarks"})
#: Which of the hint words a text holds, in one pass (the same set as its words intersected with them).
_HINT_WORDS = word_finder(_NOUN_HINTS | _SOURCE_HINTS)
_POSSESSIVE_END = re_compile(r"[’']s$")
_PREPOSITION = re_compile(r"\b(?:at|of|for|with|by|from|in|to)\s")
#: The author of a poll or survey is a pollster, whatever place or client its description names ("a poll
#: published last month by the Belgrade agency X", "a poll of 1,100 adults by the agency X", "an exit
#: poll for TV Prva by the agency X"): looked for in the 80 characters before the name.
POLL_BY = re_compile(r"\b(?:opinion\s+)?(?:poll|polls|survey|surveys)\b"
                     r"(?:[^.;:,“”\"()]|(?<=\d),(?=\d)){0,50}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_POLL_WORDS = re_compile(r"\b(?:poll|polls|survey|surveys)\b", re.I)


def _rules_for(text: str) -> list[re.Pattern]:
    """The rules of :func:`context_names` that may match ``text`` (a cheap necessary condition)."""
    words = set(_HINT_WORDS.findall(text))
    nouns = not words.isdisjoint(_NOUN_HINTS)
    rules = [_BEFORE] if nouns else []
    if nouns and "," in text:
        rules.append(_AFTER)
    if not words.isdisjoint(_SOURCE_HINTS):
        rules.append(_SOURCE)
    return rules


def _clean(name: str) -> str:
    """The name without a possessive ending ("NIS's" -> "NIS")."""
    return _POSSESSIVE_END.sub("", name)


def _names_a_company(context: str) -> bool:
    """Whether the last organisation noun of ``context`` (at most about 60 characters) names a company."""
    nouns = _ORG_NOUN.findall(context)
    return bool(nouns) and nouns[-1].lower() in _COMPANY_NOUNS


def appositive_group(roles: RoleWords, app: str, group: str | None = None) -> str:
    """The group an organisation's words give it: ``other`` when they call it a company.

    Parameters
    ----------
    roles : RoleWords
        The role words that give the group.
    app : str
        The words around its name ("a digital rights group", "the Chinese-owned company that runs
        the smelter").
    group : str, optional
        The group found for it so far; default: the group of the role words of ``app``.

    Returns
    -------
    str
        ``other`` for a company named by its own name, whoever owns it (GUIDELINES, Companies);
        else ``group``.
    """
    group = roles.group_of(app) if group is None else group
    return "other" if group and _names_a_company(app) else group


def context_names(text: str, roles: RoleWords):
    """``(start, end, name, group)`` of each name introduced as an organisation in ``text``.

    Parameters
    ----------
    text : str
        One sentence or paragraph.
    roles : RoleWords
        The role words that give the group.

    Returns
    -------
    generator of tuple
        ``(start, end, name, group)``; ``group`` is ``""`` when the context names none.
    """
    polls = _POLL_WORDS.search(text) is not None  # a poll's author may be named here (cheap gate)
    for regex in _rules_for(text):
        for m in regex.finditer(text):
            name = _clean(m.group("n"))
            words = [fold(w).lower() for w in name.split()]
            if words[0] in _NOT_NAME or words[0] in roles.info and words[0] not in roles.outlets:
                continue  # "told the ...", "the agency Serbian ...": no name ("Open Code Serbia" is one)
            if regex is _AFTER:
                app = m.group("app")
                if any(roles.info[w][2] == "role" for _s, _e, w in roles.words_in(app)):
                    continue  # "Vera Tomić, an analyst at the institute": a person
                context = app
            elif regex is _SOURCE:
                if roles.has_role_noun(name) and not roles.has_body_noun(name):
                    continue  # "told the High Representative": a person's role, not a name
                context = ""  # "A minister told Tanjug": the subject's words are not the name's
            else:
                before = _CLAUSE_START.search(text, max(0, m.start() - 60), m.start())
                context = (before.group(0) if before else "") + text[m.start():m.start("n")]
                cut = list(_PREPOSITION.finditer(context))  # the name's own noun phrase: "(Researchers at)
                context = context[cut[-1].end():] if cut else context  # the digital rights group X"
            own = roles.group_of(name) if roles.has_outlet(name) else ""
            if own:  # "told Xinhua": a state outlet is its owner's, whatever the context
                yield m.start("n"), m.start("n") + len(name), name, own
                continue
            at = m.start("n")
            if polls and regex is not _AFTER and POLL_BY.search(text, max(0, at - 80), at):
                yield m.start("n"), m.start("n") + len(name), name, roles.group_of("pollster")
                continue  # "a poll by the Belgrade agency X": a pollster, whatever the place
            group = roles.group_of(context)
            state_word = any(roles.info[w][0] == 3 for _s, _e, w in roles.words_in(context))
            if group == "serbian_government" and not state_word:
                group = ""  # "the Serbian oil monopoly NIS": a company, not the state (no state word)
            if group and _names_a_company(context):
                group = "other"  # "Huaxin Copper, the Chinese-owned company": named by its own name
            yield m.start("n"), m.start("n") + len(name), name, group


class Organisations:
    """The organisations one article introduced by context, and their later bare mentions."""

    _RUN = re_compile(rf"(?<![\w’'-]){_TOKEN}(?:\s+{_TOKEN}){{0,2}}")

    def __init__(self, roles: RoleWords):
        self.roles = roles
        self.known = NameTable()  # folded name -> (name, group), in order of registration
        self._firsts: set[str] = set()  # the part before the first space of each known name (see find)

    def _remember(self, key: str, record: tuple[str, str]) -> tuple[str, str]:
        """``known.setdefault(key, record)``, noting the first word of ``key`` (kept as ``known`` grows)."""
        self._firsts.add(key.partition(" ")[0])
        return self.known.setdefault(key, record)

    def find(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """Organisations named in ``text`` outside the ``taken`` spans.

        Those introduced here are registered; those introduced before count by their bare name.

        Returns
        -------
        list of tuple
            ``(start, end, name, group)``, sorted.
        """
        mask = None  # 1 where a character is taken (made on first use): linear in the text

        def free(s: int, e: int) -> bool:
            nonlocal mask
            if mask is None:
                mask = bytearray(len(text))
                for a, b in taken:
                    mask[a:b] = b"\x01" * (b - a)
            if 1 in mask[s:e]:
                return False
            mask[s:e] = b"\x01" * (e - s)
            return True

        out = []
        for s, e, name, group in self.roles.outlets_in(text):  # state media, companies: named anywhere
            e += 2 if text[e:e + 2] in ("'s", "’s") else 0  # "NIS's refinery", as for other bare names
            if free(s, e):
                self._remember(fold(name).lower(), (name, group))
                out.append((s, e, name, group))
        for s, e, name, group in context_names(text, self.roles):
            if free(s, e):
                key = fold(name).lower()
                name, group = self._remember(key, (name, group or "other"))
                out.append((s, e, name, group))
        if self.known:  # each run of capitalised words is looked up: time linear in the text
            # a known name starts with the first word of the run: the runs whose first word starts
            # none are skipped (the part before the first space of the folded words is compared)
            firsts = self._firsts
            for m in self._RUN.finditer(text):
                words = _clean(m.group(0)).split()
                if fold(words[0]).lower().partition(" ")[0] not in firsts:
                    continue
                for k in range(len(words), 0, -1):  # the longest known name at the start of the run
                    hit = self.known.get(fold(" ".join(words[:k])).lower())
                    if hit is not None:
                        end = m.start() + len(" ".join(m.group(0).split()[:k]))
                        end += 2 if text[end:end + 2] in ("'s", "’s") and k == len(words) else 0
                        if free(m.start(), end):
                            out.append((m.start(), end, hit[0], hit[1]))
                        break
        return sorted(set(out))
