"""People and organisations an article introduces that the alias table does not know.

A name (two or more capitalised words, see :func:`~helpers.analysis.quoting.speakers.name_in`) is
registered with the role words around it: a title or role before it in its clause ("Russian
Foreign Ministry spokeswoman Maria Zakharova", "the Minister for European Integration, Nemanja
Starović") or an appositive after it ("Vladimir Pešić, an economist at the University of
Belgrade,"). Its group comes from those words (:mod:`helpers.analysis.roles`); an organisation's
group from its own words ("Belgrade Centre for Security Policy" -> experts). Later, the surname
alone ("Kallas said", "Đurić, for his part, said") refers to the person introduced earlier.

Blind spots: a name is recognised by capitals, so a lower-case name or a one-word name without a
title is missed; two people sharing a surname in one article are not told apart (the last one
introduced wins); a role far from the name (another clause) is not seen.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import numpy as np

from helpers._text.apposition import age_after
from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting import introductions as intro
from helpers.analysis.quoting import patterns as pat
from helpers.analysis.quoting import registry as reg
from helpers.analysis.quoting.collectives import _overlaps, collectives_outside, media_collectives
from helpers.analysis.quoting.envoys import envoy_group, state_title_group
from helpers.analysis.quoting.first_names import lone_first_name
from helpers.analysis.quoting.for_phrases import without_client, without_for_phrases
from helpers.analysis.quoting.name_forms import (
    _ORG_TAIL,
    _after_portfolio,
    _lower_portfolio,
    _without_place,
    extend_organisation,
)
from helpers.analysis.quoting.organisations import POLL_BY, Organisations, appositive_group
from helpers.analysis.quoting.patterns import _NAME_RE, _NAME_WORD, _NOT_NAME, _ORG_HEADS, _PERSON, CUES
from helpers.analysis.quoting.records import Mention
from helpers.analysis.quoting.registry import NameTable, employer_group
from helpers.analysis.quoting.speakers import name_in
from helpers.analysis.roles import RoleWords, role_words

_BOUNDARY = re_compile(r"[.;:!?“”\"()\[\]—–]")
_STOP_BEFORE = {"that", "and", "but", "with", "told", "met", "said", "says", "by", "from", "at", "on",
                "as", "while", "when", "after", "before", "which", "who", "according", "between", "against",
                "in", "visited", "called", "urged", "accused", "asked"}
#: "Minister for European Integration": the portfolio, not the owner; it ends before "of <Name>" ("Deputy
#: Minister for European Affairs of Cyprus": Cyprus is the owner).
_PORTFOLIO = re_compile(r"\bfor\b(?:(?!\s+of\s+(?:the\s+)?[A-Z])[^,])*")
_TITLE_OF_NEXT = re_compile(rf"\s+[a-z]+\s+{_NAME_WORD}")  # "Russian Foreign Ministry spokeswoman Maria ..."
_APPOSITION = re_compile(r",\s+(?:who\s+(?:is|was|heads|leads|chairs|runs|directs|founded|co-founded|advises"
                         r"|headed|led|chaired|ran|directed|advised"
                         r"|(?:works|worked|writes|wrote|teaches|taught|tracks|covers|studies|researches)"
                         r"\b[^,.;:“”\"()]{0,60}?\b(?:for|at|with))\s+)?"
                         r"(?P<role>(?:(?:a|an|the|its|his|her)\s+)?"
                         r"[^,.;:“”\"()]{2,100}?)\s*(?=[,.;:)]|$)")
#: A relative clause inside an appositive that tells what the person did, not whom they work for
#: ("a technician who returned from Germany"): the states it names give no group (joining the
#: protests still does).
_RELATIVE_DEED = re_compile(r"\s+(?:who|that)\s+(?!(?:is|was|are|were|heads|leads|chairs|runs|directs|works"
                            r"|worked|represents|represented|coordinates|coordinated|organises|organised"
                            r"|organizes|organized|advises|advised|speaks|spoke|serves|served|sits|sat)\b)"
                            r"[a-z]+\b")
_OF_BODY_AFTER = re_compile(r"\s+(?:of|from|at)\s+(?P<role>(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+(?:[A-Z][\w'’-]*|for|of|and|on|the))*)")
_WHO = re_compile(r"\b(?:who|which|whose)\b")  # a relative clause: its verbs are not the sentence's cue
_STATE_GROUPS = ("eu_west", "russia", "china", "serbian_government")  # not "who organised the protests"
_LOCATION = re_compile(r"\b(?:in|at|from|to|near|of)\s+$")
#: A region named by its compass point ("in western Serbia", "in the north of Kosovo"): a place only.
_COMPASS_PLACE = re_compile(r"\bin\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)(?:\s+of)?\s+"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
#: Where an organisation is ("a company in western Serbia", "a group based in Niš"): no owner.
_SITED_IN = re_compile(r"\b(?:based\s+|located\s+)?in\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west|central)[a-z-]*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
_AFTER_CONNECTOR = re_compile(r"\b(?:(?:for|of|on)\s+(?:the\s+)?"
                             r"|(?:of|for)\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+)$")  # of A, B and
#: A portfolio listing its fields ("Minister of Labour, Employment and Social Affairs"): its commas
#: separate fields, not an appositive.
_LISTED_FIELDS = re_compile(r"\b(?:of|for)\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+){1,3},?\s+and\s+[A-Z][\w'’-]+")
#: A diplomat's title names the state they are accredited to before the name ("Ambassador to Croatia ...").
_ACCREDITED_TO = re_compile(r"\b(?:ambassador|envoy|consul|representative|delegate|emissary)s?"
                            r"\s+to\s+(?:the\s+)?$", re.I)
_ARTICLE = re_compile(r"(?:a|an|the)\s", re.I)
_THE_BEFORE = re_compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re_compile(r"\s+[a-z][a-z-]+")
_CAP_WORD = re_compile(rf"(?<![\w’'-]){_NAME_WORD}")
_SPACE = re_compile(r"\s")
_TWO_CAPITALS = re_compile(r"[A-Z]{2}")


def name_key(name: str) -> str:
    """A name folded for lookup: case, diacritics, and "Dj" = "Đ" ("Djedovic" = "Đedović")."""
    return fold(name).lower().replace("dj", "d")


class Person(NamedTuple):
    """Someone the article introduced: the name, its group ("" when no role says), kind and role words."""

    name: str
    group: str
    kind: str
    role: str


def _joins_title(words: list[str], i: int, keep: list[str]) -> bool:
    """True for an "and" inside a portfolio, or an "on" inside a body's name.

    "and" between two capitalised words of a portfolio ("Minister of Mining and Energy", not
    "President Vučić and Foreign Minister Đurić"); "on" between two capitalised words ("the
    Committee on International Affairs", not "on Monday").
    """
    if words[i] == "on" and i > 0 and words[i - 1][:1].isupper() and keep and keep[-1][:1].isupper():
        return True  # "Committee on Foreign Affairs": "on" between two capitalised words of a name
    if words[i] == "on" and i > 0 and keep and _person_role(words[i - 1]):
        return True  # "the Parliament's rapporteur on Serbia, X": a portfolio, as "Minister for ..."
    return (words[i] == "and" and i > 1 and words[i - 1][:1].isupper() and bool(keep)
            and keep[-1][:1].isupper()
            and any(w in ("of", "for") for w in words[max(0, i - 5):i - 1]))


def _role_before(text: str, start: int, titled: bool = False) -> str:
    """The role words just before a name in its clause.

    The role words just before a name in its clause: "Foreign Minister", "the Minister for
    European Integration," (an appositive before the name), "Political analyst".
    """
    seg = text[max(0, start - 120):start]
    cut = max((m.end() for m in _BOUNDARY.finditer(seg)), default=0)
    seg = _LISTED_FIELDS.sub(lambda m: m.group(0).replace(",", ""), seg[cut:])  # one portfolio, no appositive
    parts = seg.split(",")
    appositive = len(parts) > 1 and not parts[-1].strip()  # "the Head of …, Ambassador X"
    tail = parts[-1] if parts[-1].strip() or len(parts) == 1 else parts[-2]
    words = tail.split()
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        bare = fold(w).lower().strip(".,'’")
        if (bare in _STOP_BEFORE or w.islower() and bare.endswith("ed") and len(bare) > 4) \
                and not _joins_title(words, i, keep) \
                and not (bare in ("in", "to") and i and (pat._POSTED.fullmatch(words[i - 1].lower())
                                                         or _person_role(" ".join(words[max(0, i - 2):i])))):
            # a verb ("received") ends the title; "ambassador in Belgrade" does not
            break
        keep.append(w)
        if len(keep) >= 12:  # "the Ambassador of the People's Republic of China to Serbia": 10
            break
    if (keep and not titled and not keep[0][:1].isupper()
            and fold(keep[0]).lower().strip(".,'’") not in role_words().info
            and not _lower_portfolio(" ".join(reversed(keep)))):
        return ""  # the word next to the name is no title ("EU members like the Czech Republic")
    if titled and appositive and not _person_role(tail):
        return ""  # "…with Russia's Gazprom, Energy Minister X told": a clause, the title is the name's own
    return " ".join(reversed(keep))


def _person_role(words: str) -> bool:
    """True when ``words`` hold a role noun for a person (head, minister), not only an organisation."""
    roles = role_words()
    return any(w in roles.role_nouns and w not in roles.bodies for _s, _e, w in roles.words_in(words))


def _role_after(text: str, end: int, roles: RoleWords) -> str:
    """An appositive after a name holding a role noun or a group word.

    An appositive after a name that holds a role noun (", an economist at the University of Belgrade,")
    or a group word (", a retired teacher who has organised the protests,"); without one, a body
    named right after the name whose words give a group (" of the Sava Policy Institute").
    """
    end = age_after(text, end) or end  # "Milica, 34, a teacher": the appositive after the age
    end = paren.end() if (paren := pat.PAREN_ASIDE.match(text, end)) else end  # "X (ONN), a coalition"
    m = _APPOSITION.match(text, end, min(len(text), end + 130))
    if m is None:  # "Ana Kovač of the Sava Policy Institute": her body, if its words say what it is
        body = _OF_BODY_AFTER.match(text, end, min(len(text), end + 130))
        return body.group("role") if body is not None and roles.has_body_noun(body.group("role")) \
            and roles.group_of(body.group("role")) else ""
    if not _FINITE_CUES.isdisjoint(_WHO.split(m.group("role").lower(), maxsplit=1)[0].split()):
        return ""  # ", the diplomat recalled that …": a clause with its own speaker (not "who was posted")
    role = m.group("role")
    rel = _RELATIVE_DEED.search(role)
    deed = role[rel.start():] if rel is not None else ""
    if deed and not roles.has_role_noun(deed) and roles.group_of(deed) in _STATE_GROUPS:
        role = role[:rel.start()]  # "a technician who returned from Germany": a place, not an employer
    return role if roles.has_role_noun(role) or roles.group_of(role) or pat._POSSESSOR.search(role) else ""


#: Speech verbs in the past or third person (not "state", "notes", nor "called", which names things).
_NAMING_VERBS = ("called", "termed", "dubbed", "labelled", "labeled", "described")
_FINITE_CUES = frozenset(c for c in CUES["finite"] if " " not in c and c not in _NAMING_VERBS
                         and (c.endswith("ed") or c in ("said", "says", "told", "tells", "wrote", "writes")))
_CUE_WORDS = "|".join(sorted((re.escape(c) for c in CUES["finite"]), key=len, reverse=True))
#: "X said", "X, 64, said", "X of the Y Party said", "X of the ruling Party of Progress (PP) said": a
#: name that speaks.
_SPEECH_AFTER = re_compile(rf"(?:\s+(?:of|from)\s+the\s+(?:(?:ruling|governing|opposition)\s+)?[A-Z][\w'’-]*"
                           rf"(?:\s+(?:[A-Z][\w'’-]*|of|and|for)){{0,5}}(?:\s+\([A-Z]{{2,8}}\))?)?"
                           rf"\s*(?:,[^,;:“”\"]{{1,120}},\s*|,\s*)?"
                           rf"(?:(?:has|have|had|also|later|then|[a-z]+ly)\s+)*"
                           rf"(?:{_CUE_WORDS})\b")
_SPEECH_BEFORE = re_compile(rf"\b(?:{_CUE_WORDS})\s+$")


def _speaks(text: str, hit: Mention) -> bool:
    """True when a name is the speaker of a cue next to it.

    True when a name is the speaker of a cue next to it ("said Snežana Radovanović", "Radovanović,
    64, said"): a person introduced by speaking, with no role words around the name.
    """
    return bool(_SPEECH_AFTER.match(text, hit.end)
                or _SPEECH_BEFORE.search(text, max(0, hit.start - 30), hit.start))


def _inside_known(known: list[Mention], starts: list[int], pos: int) -> bool:
    """True when ``pos`` falls inside one of the (sorted, non-overlapping) alias mentions ``known``."""
    j = bisect.bisect_right(starts, pos) - 1
    return j >= 0 and known[j].start <= pos < known[j].end


class People:
    """The people and organisations one article introduced, in reading order."""

    def __init__(self, roles: RoleWords | None = None, alias_groups: dict | None = None):
        self.roles = roles or role_words()
        self.alias_groups = alias_groups or {}  # alias-table actor -> group: "CRTA's director" is CRTA's
        self._known: list[Mention] = []  # the alias-table mentions of the last register() call
        self.table_orgs: dict[str, str] = {}  # word -> group of the table organisations named before
        self.by_name = NameTable(index_roles=True)  # folded name -> Person, indexed: see registry.py
        self.by_surname: dict[str, Person] = {}
        self.titles: list[tuple[int, int]] = []  # title spans before the names of the last register() call
        self.appositions: list[tuple[int, int]] = []  # ", an economist at the University of Belgrade,"
        self.documents: dict[str, str] = {}  # "report" -> the organisation that published it
        self.others: list[Mention] = []  # names of the last register() call with no role: antecedents only
        self._last: tuple[int, Person | None] = (-1, None)  # the last person registered in the paragraph
        self.untitled: dict[str, str] = {}  # surname -> full name of a person named with no role yet
        self.full_names: dict[str, str] = {}  # surname -> every full name registered with no role
        self.orgs = Organisations(self.roles)  # "the oil company NIS", "told Xinhua": see organisations.py
        self.home_group = ""  # the state of the article's dateline ("MOSCOW, 18 February.")
        self.in_parliament = False  # the article speaks of MEPs: "Parliament" is the European Parliament
        self.before = ""  # the end of the text read before this one: its last sentence may name a collective
        self.company_owners: set[str] = set()  # groups of foreign firms so far: "a Chinese battery maker"
        self.company_names: set[str] = set()  # their names: "the Chinese-owned Hengda Tyre plant"
        self.table_seen: dict[str, tuple] = {}  # table person -> (place, order, kind): role_holders.py
        self.body_owners: dict[str, tuple] = {}  # "Delegation" -> (actor, group): references.note_body_owners

    def wanted(self, text: str) -> bool:
        """True when ``text`` may hold a name (a capital letter after its first character)."""
        return bool(self.by_surname or self.orgs.known or self.untitled) \
            or _CAP_WORD.search(text, 1) is not None \
            or _TWO_CAPITALS.search(text) is not None

    def person(self, name: str) -> Person | None:
        """The person registered under ``name`` (a full name), if any."""
        return self.by_name.get(fold(name).lower())

    def by_role(self, noun: str, bodies: bool = False, also=(), group: str = "", prefer=(),
                skip=()) -> Person | None:
        """The person introduced last whose role words hold ``noun``.

        The person introduced last whose role words hold ``noun`` ("the ambassador" -> Ambassador Li
        Ming); with ``bodies``, the name introduced with an organisation noun ("the company" ->
        "Huaxin Copper, the Chinese-owned company that runs the smelter"). ``also``: other nouns of
        the role's class ("the diplomat" -> an ambassador); ``group``: the person's group must be it;
        ``prefer``: names tried first, most recent first (the last speakers: of two ministers, "the
        minister" is the one who spoke last, not the one introduced last); ``skip``: folded names passed over.
        """
        nouns = re_compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in (noun, *also)) + r")(?!['’]s\b)")
        recent = [p for p in map(self.person, prefer) if p is not None]
        for person in recent + list(reversed(list(self.by_name.values()))):
            role = fold(person.role).lower()
            if skip and fold(person.name).lower() in skip:
                continue  # named only after the reference
            if bodies and not role.startswith(fold(person.name).lower()) \
                    and not intro.classified(role, fold(person.name).lower(), (noun, *also)):
                continue  # the noun must describe the name (an appositive; "the coalition X"), not title it
            if (bodies or person.kind != "organisation") and (not group or person.group == group) \
                    and nouns.search(role):
                return person
        return None

    def canonical(self, name: str) -> Person | None:
        """The person a shorter or longer form of a name refers to.

        The person a shorter form of a name refers to ("von Beckerath" -> Andreas von Beckerath), or a
        longer one that ends with the person's name (a title word the name match kept).
        """
        person = self.person(name)
        if person is None and name.split():
            person = self.surname(name.split()[-1])
            full, short = name_key(person.name) if person is not None else "", name_key(name)
            if person is not None and not (full.endswith(short) or short.endswith(" " + full)
                                           or full.startswith(short + " ")):  # "Ambassador Li": Li Ming
                person = None  # "Economy Bojan Krstić" (a portfolio before the name) is Bojan Krstić
        return person

    def surname(self, word: str) -> Person | None:
        """The person a surname refers to ("Kallas" -> Kaja Kallas), if one was introduced."""
        return self.by_surname.get(name_key(word).removesuffix("'s").removesuffix("’s"))

    def register(self, text: str, known: list[Mention], starts=None, scanned=None) -> list[tuple]:
        """Register the names of one paragraph (``scanned``: its ``_NAME_RE`` matches, if found already)."""
        out = []
        done = 0
        self.home_group = self.home_group or intro.dateline_group(self.roles, text)
        owners, names = intro.company_owners(self.roles, text)
        self.company_owners |= owners
        self.company_names |= names
        self.titles, self.appositions = [], []
        self.others = []
        self._last = (-1, None)  # (end, person) of the paragraph's last person: "A and B" may share a title
        places = [m for m in known if m.kind == "place"]
        place_starts = [m.start for m in places]
        known = [m for m in known if m.kind != "place"]  # "Belgrade Centre for ...", "Serbia Alexander ..."
        starts = [m.start for m in known]
        reg.note_table_orgs(self.table_orgs, self._known, self.alias_groups)  # the paragraph before
        self._known = known
        for m in _NAME_RE.finditer(text) if scanned is None else scanned:
            if m.start() < done:
                continue  # inside an organisation's name
            if _SPACE.search(m.group(0)) is None:  # one word: no name for name_in (two words, or a title)
                hit = self._single_org(text, m) if _ORG_TAIL.match(text, m.end()) \
                    else None if not text.startswith(",", m.end()) or self.surname(m.group(0)) \
                    or name_key(m.group(0)) in self.full_names else lone_first_name(self.roles, text, m)
            else:
                hit = name_in(text, m.start(), m.end(), known, starts) or self._single_org(text, m)
            if hit is None or _inside_known(known, starts, hit.start):
                continue  # no name (most capitalised words); "Government" in "the Government of Serbia"
            conn = _AFTER_CONNECTOR.search(text, max(0, m.start() - 40), m.start())
            if conn is not None and self._titled_before(text, conn.start()):  # not "the case of Ana Ilić"
                hit = _after_portfolio(text, hit)  # "Minister of Environmental Protection Sara Pavkov"
            elif len(hit.actor.split()) > 2 \
                    and _ACCREDITED_TO.search(text, max(0, m.start() - 40), m.start()):
                hit = _after_portfolio(text, hit)  # "Ambassador to Croatia Oleg Demin": a state, a name
            if hit is None:
                continue
            if hit.kind != "organisation" and not self.roles.has_role_noun(hit.actor):
                hit = _without_place(text, hit, places, place_starts)
                if hit is None:
                    continue
            if hit.kind != "organisation" and self.roles.head(hit.actor.split()[-1]) \
                    and not self.roles.has_body_noun(hit.actor):
                continue  # a role, not a name ("High Representative", "Special Representative")
            if hit.kind == "organisation" or self.roles.has_body_noun(hit.actor):
                hit = extend_organisation(text, hit)
                nxt = _TITLE_OF_NEXT.match(text, hit.end)
                if nxt and self.roles.has_role_noun(nxt.group(0).split()[0]):
                    continue  # the organisation is part of a person's title
            person = self._person_of(text, hit)
            if (person is None and hit.kind != "organisation" and not pat._PLACE_AFTER.match(text, hit.end)
                    and not _LOCATION.search(text, max(0, hit.start - 6), hit.start)
                    and not (_THE_BEFORE.search(text, max(0, hit.start - 4), hit.start)
                             and _NOUN_AFTER.match(text, hit.end))):  # "the Novi Sad tragedy": a modifier
                self.others.append(hit)  # a person, perhaps: a pronoun may refer to it
                if 2 <= len(hit.actor.split()) <= 3 and hit.kind != "organisation" \
                        and not intro.BODY_BEFORE.search(text, max(0, hit.start - 40), hit.start):
                    self.full_names[name_key(hit.actor.split()[-1])] = intro.without_listed_portfolio(
                        text, hit)  # "Minister X" later
                if intro.untitled_subject(self.roles, text, hit):
                    self.untitled.setdefault(name_key(hit.actor.split()[-1]), hit.actor)
            if person is not None:
                out.append((hit, person))
                self._last = (hit.end, person) if person.kind != "organisation" else (-1, None)
                done = hit.end
                self._title_span(text, hit)
        return out

    def _titled_before(self, text: str, pos: int) -> bool:
        """True when the word before a connector at ``pos`` is a title ("Minister of …"), not "that of"."""
        words = text[max(0, pos - 40):pos].split()
        last = words[-1] if words else ""
        return last[:1].isupper() or fold(last).lower() in self.roles.role_nouns | pat._TITLES

    def _title_span(self, text: str, hit: Mention) -> None:
        """Record the title written right before a person's name ("Russian Ambassador to Serbia")."""
        if hit.kind == "organisation":
            return
        app = _APPOSITION.match(text, hit.end, min(len(text), hit.end + 130))
        first = app.group("role").split()[:2] if app is not None else [""]  # "chief economist at …"
        if (first[0].lower() in ("a", "an", "the", "former") or self.roles.has_role_noun(" ".join(first))) \
                and _role_after(text, hit.end, self.roles):  # the employer belongs to the person
            self.appositions.append((hit.end, app.end()))
        name_start = text.find(hit.actor, hit.start, hit.end)
        name_start = hit.start if name_start < 0 else name_start
        before = _role_before(text, hit.start, name_start > hit.start)
        title = before + " " + text[hit.start:name_start]
        back = text[max(0, hit.start - 400):hit.start]  # bounded (linear time): the title lies within 120
        if before and self.roles.has_role_noun(title) \
                and back.rstrip().rstrip(",").rstrip().endswith(before.rstrip()):
            self.titles.append((text.rfind(before, 0, hit.start), name_start))

    def _single_org(self, text: str, m) -> Mention | None:
        """"University of Belgrade": one institution word followed by "of"/"for" and a name."""
        if not _ORG_TAIL.match(text, m.end()):
            return None  # no "of"/"for"/"on" and a name after it (tested first: the cheapest)
        words = m.group(0).split()
        while words and fold(words[0]).lower() in _NOT_NAME:
            words.pop(0)
        if len(words) != 1 or fold(words[0]).lower() not in _ORG_HEADS:
            return None
        return Mention(m.end() - len(words[0]), m.end(), words[0], "organisation")

    def _person_of(self, text: str, hit: Mention) -> Person | None:
        if " " not in hit.actor and name_key(hit.actor) in self.full_names:  # "Minister Ilić": Ana Ilić,
            hit = hit._replace(actor=self.full_names[name_key(hit.actor)])  # named before with no role
        key = fold(hit.actor).lower()
        known = self.canonical(hit.actor)  # "Ambassador von Beckerath" -> Andreas von Beckerath
        if known is not None:
            return known
        roles, body = self.roles, False  # body: a name its appositive calls an organisation
        if POLL_BY.search(text, max(0, hit.start - 80), hit.start):  # "a poll by X": a pollster
            person = Person(hit.actor, roles.group_of("pollster"), "organisation", f"{hit.actor} pollster")
        elif hit.kind == "organisation" or roles.has_body_noun(hit.actor):
            if not roles.has_role_noun(hit.actor):
                return None  # an organisation whose words say nothing about it ("Road Initiative")
            app = _role_after(text, hit.end, roles)  # ", a digital rights group,": what it is decides first
            app = app if _ARTICLE.match(app) and roles.has_body_noun(app) else ""
            app = _SITED_IN.sub("", app)  # "a defence company in western Serbia": where it is, not whose
            group = appositive_group(roles, app) or roles.group_of(hit.actor)
            person = Person(hit.actor, group, "organisation", f"{hit.actor} {app}".strip())
        else:
            titled = text.find(hit.actor, hit.start, hit.end) > hit.start  # "chief Kaja Kallas"
            role = (_role_before(text, hit.start, titled) + " " + text[hit.start:hit.end] + " "
                    + _role_after(text, hit.end, roles)).strip()
            if not roles.has_role_noun(role):
                role = intro.shared_title(self.roles, self._last, text, hit) or role
            place = _LOCATION.search(text, max(0, hit.start - 6), hit.start)
            if not roles.has_role_noun(role) and (not _speaks(text, hit) or place):
                return None  # no role around it and no speech ("a reporter from Novi Sad told": a place)
            if roles.group_of(hit.actor.split()[-1]):
                return None  # no surname is a state or capital: "Open Code Serbia" is an organisation
            role = without_client(role)  # "the lawyer representing the villagers": not theirs
            owner = pat._POSTING.sub(r"\1 ", without_for_phrases(roles, role, _PORTFOLIO))  # no posting
            owner = intro.without_posting(owner)  # "TV Sokol's reporter in Brussels": not Brussels's
            owner = intro.without_portfolio(owner)  # "European Integration Minister": a portfolio, not the EU
            owner = _COMPASS_PLACE.sub("", owner)  # "a farmer in eastern Serbia": a region, not the state
            group = (intro.parliament_group(self.in_parliament, role)  # "the Parliament's rapporteur"
                     or employer_group(role, self.orgs.known, self.by_name)  # "director of Open Code Serbia"
                     or intro.possessor_group(roles, self.by_name, role)
                     or reg.table_possessor_group(self, role, hit.start)
                     or intro.named_possessor_group(roles, self.by_name, role)
                     or intro.company_group(role, self.company_owners, self.company_names)
                     or intro.pronoun_owner_group(roles, role, text, hit.start, self.before, self.by_name)
                     or intro.its_organisation_group(self.by_name, role)  # "Its director X": the last one
                     or intro.capital_group(roles, owner, text, hit.start)  # "told reporters in Prishtina"
                     or state_title_group(roles, role, text, hit.start)  # "Montenegro … . Minister"
                     or intro.home_state(roles, owner, self.home_group)
                     or intro.level_one_group(roles, role, text, hit.end) or roles.group_of(owner)
                     or intro.alias_employer_group(text, hit, role, self._known, self.alias_groups)
                     or envoy_group(roles, role, text, hit.start, hit.end, self.before)  # "Ambassador X"
                     or intro.exemplified_group(roles, self.before + text[max(0, hit.start - 300):hit.start]))
            group = group or intro.protest_group(roles, text, hit, role)  # a private person: "a farmer"
            body = intro.names_a_body(roles, text, hit.end) \
                or intro.BODY_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None  # "group X"
            group = appositive_group(roles, role, group) if body else group  # "X, the Chinese company"
            person = Person(hit.actor, group, "organisation" if body else hit.kind, role)
        self.by_name[key] = person
        if person.kind != "organisation" or body:  # short forms too: "Javor" for "Javor Namenska"
            words = hit.actor.split()
            if person.kind != "organisation" or len(words) == 2:  # not "Smederevo" of "Clean Air Smederevo"
                self.by_surname[name_key(words[-1])] = person
            if len(words) == 2 and name_key(words[0]) not in self.by_surname:
                # family name first: "Zhang Wei" -> "Zhang argued"
                self.by_surname[name_key(words[0])] = person
        return person

    def names_in(self, text: str, known: list[Mention], scanned=None) -> list[Mention]:  # noqa: D417
        """Register the names of one paragraph and return them as mentions.

        Register the names of one paragraph and return them with the surnames of people introduced
        so far, as mentions ``(start, end, full name, kind)``, outside the alias-table ``known`` mentions.
        """
        found = [Mention(h.start, h.end, p.name, p.kind) for h, p in self.register(text, known, [], scanned)]
        spans = [(m.start, m.end) for m in known]
        if self.by_surname or self.untitled:  # else no surname can be found
            found += [Mention(s, e, p.name, p.kind)
                      for s, e, p in self.surnames_in(text, [(m.start, m.end) for m in found] + spans)]
        for s, e, name, group in self.orgs.find(text, [(m.start, m.end) for m in found] + spans):
            app = _role_after(text, e, self.roles)  # ", a Belgrade-based monitoring group,": what it is
            self.by_name.setdefault(fold(name).lower(), Person(name, group, "organisation", f"{name} {app}"))
            found.append(Mention(s, e, name, "organisation"))
        found.sort()
        self.documents.update(intro.published_documents(text, found))
        self.passed(text)
        return found

    def passed(self, text: str) -> None:
        """Remember the end of a text read (the next one's first name may exemplify its collective)."""
        self.before = text[-600:] + " "

    def surnames_in(self, text: str, taken: list[tuple[int, int]]):
        """Each registered surname standing alone in ``text``.

        ``(start, end, person)`` of each registered surname standing alone in ``text`` (outside
        ``taken`` spans, i.e. not part of a longer name or mention).
        """
        if not self.by_surname and not self.untitled:
            return
        spans = sorted(taken)  # each capitalised word is looked up: time linear in the text
        j = 0
        for m in _CAP_WORD.finditer(text):
            while j < len(spans) and spans[j][1] <= m.start():
                j += 1
            if j < len(spans) and spans[j][0] < m.end():
                continue
            word = m.group(0)
            if fold(word).lower() in _NOT_NAME:
                continue
            person = self.surname(word)
            if person is None and name_key(word) in self.untitled:  # named with no role: alone before a verb?
                lo = max(0, m.start() - 40)  # a bounded look back: linear time
                alone = (pat._VERB_NEXT.match(text, m.end())
                         and not pat._CAP_BEFORE.search(text, lo, m.start()))
                person = self._untitled_person(word) if alone else None
            if person is not None:
                yield m.start(), m.end(), person

    def _untitled_person(self, word: str) -> Person | None:
        """A person first named with no role, now by surname alone ("Kostić is unconvinced"): no group."""
        name = self.untitled.pop(name_key(word), None)
        if name is None or self.person(name) is not None:
            return None
        person = Person(name, "", _PERSON, name)
        self.by_name[fold(name).lower()] = person
        self.by_surname[name_key(word)] = person
        return person


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True when ``[s, e)`` lies inside one of the sorted, non-overlapping ``spans``."""
    j = bisect.bisect_right(spans, (s, float("inf"))) - 1
    return j >= 0 and spans[j][0] <= s and e <= spans[j][1]


def introduced_in(texts, aids, hits, matcher, lo: int, hi: int) -> tuple[list, list]:
    """Names not in the alias table, for :func:`helpers.analysis.actors.actor_mentions`.

    Parameters
    ----------
    texts, aids : list of str
        The sentences in reading order and their article ids.
    hits : numpy array
        The alias matches (at least those of sentences lo..hi-1), one row ``(sentence index, start,
        end, alias row)`` each, in sentence order.
    matcher : helpers.analysis.actors._Matcher
        The compiled alias table the hits come from.
    lo, hi : int
        The sentences to read: lo..hi-1, where ``lo`` starts an article (the registry of names
        runs per article). Slices of a large corpus run in worker processes, in order (see
        :func:`helpers._text.parallel.map_slices`): joined, they give what one pass over all
        sentences gives.

    Returns
    -------
    rows : list of tuple
        ``(sentence index, start, end, name, group)`` of each introduced name or surname; ``group``
        is the group its role words point to, else ``"other"``.
    drop : list of int
        Rows of ``hits`` that are place names inside an organisation's name ("Belgrade" in
        "Belgrade Centre for Security Policy", "University of Belgrade").
    """
    first, last = np.searchsorted(hits[:, 0], [lo, hi]).tolist()  # hits are in sentence order
    by_sentence: dict[int, list] = {}
    for k, (i, s, e, r) in enumerate(hits[first:last].tolist(), start=first):
        by_sentence.setdefault(i, []).append((k, s, e, r))
    rows, drop = [], []
    people, current = None, None
    kind = matcher.kind
    for i in range(lo, hi):
        text = texts[i]
        if aids[i] != current:
            people, current = People(), aids[i]
        mine = by_sentence.get(i, ())
        if not people.wanted(text):  # no name; media may open the sentence ("Western media have ...")
            people.passed(text)
            rows += [(i, a, b, actor, group) for a, b, actor, group in media_collectives(text)
                     if not _overlaps(sorted((s, e) for _k, s, e, _r in mine), a, b)]
            continue
        named = people.names_in(text, [Mention(s, e, matcher.actor[r], kind[r]) for _k, s, e, r in mine])
        apps = sorted(people.appositions)
        if apps:
            named = [m for m in named if m.kind != "organisation" or not _inside(apps, m.start, m.end)]
        for m in named:
            person = people.person(m.actor)
            rows.append((i, m.start, m.end, m.actor, (person.group if person else "") or "other"))
        rows += collectives_outside(i, text, people.roles, mine, named)
        if apps:
            drop += [k for k, s, e, r in mine if kind[r] not in ("he", "she") and _inside(apps, s, e)]
        orgs = sorted((m.start, m.end) for m in named if m.kind == "organisation")
        titles = sorted(people.titles)
        if (orgs or titles) and mine:  # nothing lies inside no span
            drop += [k for k, s, e, r in mine if kind[r] == "place" and _inside(orgs, s, e)
                     or _inside(titles, s, e) and not (text[e:e + 2] in ("'s", "’s")
                                                       and kind[r] in ("he", "she"))]
            # "Russian Ambassador to Serbia X" is one mention; "Putin's adviser X" names two actors
    return rows, drop
