"""Who a speaker is.

Who a speaker is: names not in the alias table, and the article's speaker history that resolves
pronouns ("she") and anaphora ("the council") to actors named earlier.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import chain, islice

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.first_names import lone_first_name_before
from helpers.analysis.quoting.for_phrases import MEDIA_HEADS
from helpers.analysis.quoting.name_forms import extend_back
from helpers.analysis.quoting.new_subjects import new_subject
from helpers.analysis.quoting.patterns import _NOT_NAME, _ORG_HEADS, _PERSON, _THING_HEADS, _TITLES, _TOKEN
from helpers.analysis.quoting.records import Mention, Speaker
from helpers.analysis.quoting.unnamed_groups import collective_group
from helpers.analysis.roles import role_words


def name_in(text: str, s: int, e: int, known: list[Mention], starts: list[int]) -> Mention | None:
    """A capitalised name not covered by an alias, in one match ``text[s:e]`` of ``_NAME_RE``.

    Parameters
    ----------
    text : str
        The paragraph.
    s, e : int
        The match.
    known, starts : list
        The paragraph's alias-table mentions, sorted and not overlapping, and the start of each.

    Returns
    -------
    Mention or None
        ``Mention(start, end, name, kind)``: the span keeps a title or role written before the name
        (the speaker "as written"); ``name`` drops it ("Mayor Ana Petrović" -> "Ana Petrović").
        Kind: ``organisation`` when the last word is an institution word (Lab, Institute,
        Ministry ...), ``he``/``she`` after Mr/Mrs/Ms, else ``person`` (gender unknown). None for a
        known actor (the alias table decides) or when no name is left once sentence openers ("In",
        "The", "But", weekdays) are dropped. A name is two or more capitalised words, or one
        after a title ("Mayor Petrović", "Mr. Novak").
    """
    j = bisect.bisect_left(starts, e) - 1  # the last mention starting before the name ends
    if j >= 0 and known[j].end > s:
        if not _title_alias(text, known[j], e):
            return None
        s = known[j].end  # "The Russian ambassador Ivan Petrov": the alias is the name's title
    toks = [(t.start(), t.end(), t.group(0).rstrip(".").lower()) for t in _TOKEN.finditer(text, s, e)]
    while toks and toks[0][2] in _NOT_NAME:
        toks.pop(0)
    # the name follows the last title or role ("Serbian Energy Minister Dubravka Đedović")
    titles = _title_words()
    n_title = max((i + 1 for i, t in enumerate(toks[:-1]) if t[2] in titles), default=0)
    if not n_title and len(toks) >= 3 and _DESCRIPTOR.fullmatch(toks[0][2]):
        n_title = 1  # "Hydrogeologist Petar Ilić", "Dutchman Jan de Vries": a descriptor, not a first name
    name_toks = toks[n_title:]
    if not name_toks or (not n_title and len(name_toks) < 2) or name_toks[-1][2] in titles \
            or name_toks[-1][2] in _THING_HEADS:
        return None  # no name, a role phrase ("Chinese Ambassador") or a thing ("Raw Materials Act")
    name = text[name_toks[0][0]:name_toks[-1][1]]
    if len(name_toks) == 1 and toks[n_title - 1][2] in _RELIGIOUS_TITLES:
        name = text[toks[n_title - 1][0]:name_toks[-1][1]]  # "Father Dušan": a priest's name keeps the title
    lead = toks[0][2]
    kind = ("organisation" if name_toks[-1][2] in _ORG_HEADS else "he" if lead == "mr"
            else "she" if lead in ("mrs", "ms") else _PERSON)
    hit = Mention(toks[0][0], toks[-1][1], name, kind)
    # "Freedom and Justice Party": the words joined by "and" before an institution's name belong to it
    return extend_back(text, hit) if kind == "organisation" and not n_title else hit


#: A word describing a person by trade, creed or origin, not in ``roles.csv`` (a first name has no
#: such ending): "Hydrogeologist", "Archpriest", "Archbishop", "Dutchman", "Businesswoman".
_DESCRIPTOR = re_compile(r"[a-z]{3,}(?:ist|priest|bishop)|[a-z]{4,}(?:man|woman)")
#: Titles a cleric is known by with one name ("Father Dušan", "Sister Ana"): part of the name.
_RELIGIOUS_TITLES = frozenset({"father", "sister", "brother", "mother", "imam", "rabbi", "abbot", "abbess"})


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of a title before a name: the fixed titles and the role nouns for people of ``roles.csv``.

    Computed once, like the shipped role words it is made of (:func:`role_words`).
    """
    roles = role_words()
    return frozenset(_TITLES | {w for w in roles.role_nouns - roles.bodies if " " not in w})


@lru_cache(maxsize=1)
def _title_nouns() -> frozenset[str]:
    """The fixed titles and every role noun for people of ``roles.csv`` (computed once)."""
    roles = role_words()
    return frozenset(_TITLES | roles.role_nouns - roles.bodies)


def _title_alias(text: str, m: Mention, e: int) -> bool:
    """True when an alias mention ends in a title (or owns one) and two capitalised words follow it.

    "The Russian ambassador Ivan Petrov", "Kremlin spokesperson Anna Orlova": the alias ("the
    Russian ambassador" -> Russia) is the title of a person named after it, who is the actor;
    "Commission Vice-President Ana Horvat": the alias owns the title written after it.
    """
    words = text[m.start:m.end].split()
    rest = text[m.end:e].split()
    if words and fold(words[-1]).lower() not in _title_nouns():  # "Commission Vice-President X Y"
        n = next((n for n in (2, 1) if fold(" ".join(rest[:n])).lower() in _title_nouns()), 0)
        return n > 0 and len(rest) >= n + 2 and all(w[:1].isupper() for w in rest[:n + 2])
    return bool(words) and len(rest) >= 2 and all(w[:1].isupper() for w in rest[:2])


_REACH = 200  # mentions looked back at to resolve one pronoun or anaphora (keeps time linear)
#: A name after a preposition or "met" is an object ("raised the matter with Foreign Minister Marko Đurić").
_OBJECT_BEFORE = re_compile(r"(?:\b(?:with|to|by|from|for|at|of|on|met|meet|meets|called|phoned|visited"
                            r"|than)\s+"
                            r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,4})$")


def subjects_first(para, pos: int):
    """The people named before ``pos``, nearest first.

    ``(actor, kind)`` of the people named before ``pos``, nearest first, except that within the
    current and previous sentence a name in an object position waits until the subjects are given
    ("Kaja Kallas raised the matter with Marko Đurić. She stressed …": she is Kallas). A person
    named only inside a quotation is what someone said, not who said it: never an antecedent
    ("Vučić went further. “Kurti wants a war,” he said.": he is Vučić).
    """
    si = para.sentence_of(pos)
    lo = para.sents[max(0, si - 1)][0]
    waiting = []
    for m in islice(para.mentions_before(pos), _REACH):
        if para.in_quote(m.start):
            continue
        if m.start < lo and waiting:
            yield from waiting
            waiting = []
        before = para.folded[max(lo, m.start - 60):m.start]
        if m.start >= lo and _OBJECT_BEFORE.search(before) and _title_only(before):
            waiting.append((m.actor, m.kind))
        else:
            yield m.actor, m.kind
    yield from waiting


def _title_only(before: str) -> bool:
    """True when the words between a preposition and a name are a title.

    True when the words between the preposition and the name are a title (capitalised in the text
    is not known here, so: no verb-like word ending the stretch).
    """
    tail = _OBJECT_BEFORE.search(before)
    words = before[tail.start():].split()[1:] if tail else []
    return not any(w in ("and", "or", "but", "said", "says", "that") for w in words)


class Resolver:
    """Speaker history of one article: resolves pronouns and anaphora such as "the council".

    One object per article, passed explicitly to the rules (no state survives a call of
    :func:`helpers.analysis.quoting.quotes`).
    """

    def __init__(self):
        self.prev_speakers: list[tuple[str, str]] = []
        self.carried = False  # prev_speakers are not the previous paragraph's (it had none)
        self.speakers: list[tuple[str, str]] = []
        self._prev_para = None  # its mentions are looked up only if a later speaker needs them
        self.gender: dict[str, str] = {}  # actor -> "he"/"she" once a pronoun has referred to it
        self.spoken: dict[str, str] = {}  # actor -> kind of everyone attributed so far, last speaker last
        self.open_quote = None  # the Speaker of a quote left open at the end of the previous paragraph
        self.open_at_end = None  # ... of this paragraph (set by the rules)
        self.open_unattributed = -1  # where a quote no rule attributed opens and runs to the paragraph's end

    def next_paragraph(self) -> None:
        """Start a paragraph: this paragraph's speakers become the previous ones (if it had any)."""
        self.carried = not self.speakers  # the previous paragraph had none: older speakers carried over
        self.prev_speakers, self.speakers = self.speakers or self.prev_speakers, []
        self.open_quote, self.open_at_end = self.open_at_end, None
        self.open_unattributed = -1

    def end_paragraph(self, para) -> None:
        """End a paragraph: its mentions are the "previous paragraph" of the next one.

        A paragraph that is all an open quotation (its speaker named in the next one) names no one
        outside the quote: the paragraph before it stays the previous one ("… met us. | “When they
        came, … | “But nobody asked us …,” she said.": "she" is the woman who met us).
        """
        if self.open_unattributed != len(para.text) - len(para.text.lstrip()):
            self._prev_para = para

    def previous_paragraph(self):
        """The previous paragraph of the article (a ``Paragraph``), or None."""
        return self._prev_para

    def prev_mentions(self):
        """``(folded words, actor, kind)`` of the previous paragraph's actor mentions, last first."""
        para = self._prev_para
        if para is None:
            return
        for m in para.mentions_before(len(para.text) + 1):
            yield para.folded[m.start:m.end], m.actor, m.kind

    def recent_speakers(self, n: int = 6) -> list[str]:
        """The last ``n`` speakers of this paragraph, then of the previous one, most recent first."""
        out = [a for a, _k in islice(chain(reversed(self.speakers), reversed(self.prev_speakers)), n) if a]
        return list(dict.fromkeys(out))

    def remember(self, actor, kind) -> None:
        """Record an attributed speaker (and learn the gender of a person of unknown gender)."""
        if actor:
            self.speakers.append((actor, kind))
            self.spoken.pop(actor, None)
            self.spoken[actor] = kind
            if kind in ("he", "she"):
                self.gender[actor] = kind

    def resolve(self, mention: Mention | None, para, pos: int, raw: str) -> tuple[str | None, str]:
        """``(actor, kind)`` of a speaker written ``raw`` at ``pos`` (actor None when unresolved)."""
        if mention is not None and mention.actor is not None:
            return mention.actor, mention.kind
        pron = mention.kind if mention is not None else ""
        if pron in ("he", "she"):
            return self._person(pron, para, pos)
        if pron in ("it", "they"):
            return self._non_person(pron)
        return self._anaphora(raw, para, pos)

    def _person(self, pron: str, para, pos: int) -> tuple[str | None, str]:
        """The person "he" or "she" refers to.

        "he"/"she": this paragraph's speakers, then people named earlier in it, then the
        previous paragraph's speakers and people; a person of unknown gender matches both. When the
        previous paragraph had no speaker, the people it named come before the older speakers ("X
        rejected the accusations. | He told the station …" is X, not whoever spoke before).
        """
        from helpers.analysis.quoting.indefinite import indefinite_subject  # it uses role_speaker: no cycle

        opening = indefinite_subject(para, role_words(), pos, same_sentence=True)  # "A diplomat: …, he says"
        if opening is not None:
            return opening[0], pron
        fresh = new_subject(para, pos, pron, self.speakers[-1][0] if self.speakers else None, self.gender)
        if fresh is not None:  # "Her colleague Vesna, 52, objected. …, she said": the new subject
            return fresh, pron
        before = (reversed(self.prev_speakers), ((a, k) for _t, a, k in self.prev_mentions()))
        candidates = chain(reversed(self.speakers), subjects_first(para, pos),
                           *(reversed(before) if self.carried else before))
        for actor, kind in islice(candidates, _REACH):
            kind = self.gender.get(actor, kind) if kind == _PERSON else kind
            if kind == pron or kind == _PERSON:
                return actor, pron
        return None, pron

    def any_person(self, para, pos: int, among=None) -> tuple[str | None, str]:
        """The most recent person speaking or named (here, then in the previous paragraph).

        "the diplomat said" with no one of that role introduced; with ``among`` (a set of actors),
        the most recent of those ("the president" -> the actor whose aliases hold "president").

        Returns
        -------
        tuple
            ``(actor, kind)``; ``(None, "")`` when there is none.
        """
        candidates = chain(reversed(self.speakers), ((m.actor, m.kind) for m in para.mentions_before(pos)),
                           reversed(self.prev_speakers), ((a, k) for _t, a, k in self.prev_mentions()))
        if among is not None:  # a titled actor who spoke earlier in the article
            candidates = chain(candidates, reversed(self.spoken.items()))
        for actor, kind in islice(candidates, 2 * _REACH):
            if kind in ("he", "she", _PERSON) and (among is None or actor in among):
                return actor, kind
        return None, ""

    def may_hold(self, actor: str, nouns) -> bool:
        """Whether ``actor`` may be the holder of a role named by one of ``nouns`` ("the ambassador").

        False for an unnamed role speaker of another role ("unnamed mayor" is not "the ambassador");
        a named person may hold any (their role words vary: a foreign ministry's spokeswoman is "the
        diplomat").
        """
        if not actor.startswith("unnamed "):
            return True
        words = set(fold(actor[len("unnamed "):]).lower().split())
        return not words & role_words().role_nouns or bool(words & set(nouns))

    def unnamed_speaker(self, nouns, group: str = "") -> tuple[str, str] | None:
        """The last unnamed role speaker whose role noun is one of ``nouns`` ("unnamed EU official").

        "the official said" after "An EU official … told reporters": the same unnamed official, before
        any person merely named in between. ``group``: the role's owner group, when the phrase names one.

        Returns
        -------
        tuple or None
            ``(actor, kind)``, or None when no such speaker has spoken in the article.
        """
        for actor, kind in islice(reversed(self.spoken.items()), _REACH):
            if actor.startswith("unnamed ") and fold(actor.split(" from ")[0].split()[-1]).lower() in nouns \
                    and kind in ("person", "he", "she") \
                    and (not group or role_words().group_of(actor) == group):
                return actor, kind
        return None

    def _non_person(self, pron: str) -> tuple[str | None, str]:
        """"it"/"they": the most recent speaker that is not a person.

        This paragraph's speakers, then the previous paragraph's, then everyone attributed earlier in
        the article ("The resolution calls for …" | "“…,” said rapporteur X." | "It notes that …": the
        resolution's body, although a person spoke in between).
        """
        recent = chain(reversed(self.speakers), reversed(self.prev_speakers),
                       islice(reversed(self.spoken.items()), _REACH))
        for actor, kind in recent:
            if kind not in ("he", "she", _PERSON):
                return actor, kind
        return None, pron

    def _anaphora(self, raw: str, para, pos: int) -> tuple[str | None, str]:
        """"the council" -> the last mention (here, then in the previous paragraph) holding "council"."""
        words = raw.split()
        head = words[-1].lower().removesuffix("'s").removesuffix("’s").strip("'’") if words else ""
        if len(head) <= 2:
            return None, ""
        pattern = re_compile(rf"(?<!\w){re.escape(head)}(?!\w)")
        for m in islice(para.mentions_before(pos), _REACH):
            if pattern.search(para.folded[m.start:m.end]):
                return m.actor, m.kind
        for txt, actor, kind in islice(self.prev_mentions(), _REACH):
            if pattern.search(txt):
                return actor, kind
        return None, ""


# ---------------------------------------------------------------- role speakers ("a senior EU diplomat")
_TRAIL_GAP = re_compile(r"(?:\s*,)?(?:\s+(?:has|have|had|was|were|is|are|would|will|also|again|later|then|"
                        r"once|still|now|already|often|in\s+a\s+(?:statement|post|letter|interview)|on\s+\w+"
                        r"|\w+ly))*"
                        r"(?:,\s+(?:meanwhile|however|for\s+(?:his|her|its|their)\s+part|in\s+turn|too|though"
                        r"|by\s+(?:contrast|comparison)|in\s+contrast|on\s+the\s+other\s+hand|in\s+(?:response|reply)"
                        r"|likewise|similarly|nevertheless|nonetheless|instead)\s*,"
                        r"(?:\s+(?:has|have|had|also|again|later|then|\w+ly))*)?\s*$", re.I)
_TRAIL_ASIDE = re_compile(r",\s+(?:who|which|whose|speaking|writing|citing|asked|requesting|according"
                          r"|contacted|reached|interviewed|approached|quoted"
                          r"|responding|replying|answering|commenting|reacting|addressing|talking)\b"
                          r"[^,“”\"]{0,160},?\s*$", re.I)
#: A restrictive relative clause after the role noun, with no commas: "a source who attended the talks said"
_TRAIL_WHO = re_compile(r"\s+who\s+(?!(?:said|says|told|tells|added|wrote)\b)[^,;:“”\"()]{1,120}$", re.I)
#: A contact clause after the role noun, with no "who": the writer met the source ("A Commission official
#: I spoke to put it bluntly", "Officials we interviewed acknowledged", "a nurse our reporter reached said").
_TRAIL_CONTACT = re_compile(r"\s+(?:whom\s+|that\s+)?(?:I|we|our\s+(?:reporter|correspondent|crew|team)"
                            r"|this\s+(?:newspaper|magazine|reporter|portal|station))"
                            r"\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|met|interviewed|reached|contacted"
                            r"|asked|known|knew|know)\b[^,;:“”\"()]{0,80}$")
#: "A student who gave her name only as Teodora", "One nurse, who gave only her first name, Vesna,":
#: the unnamed source's given name (the actor), written after the role.
_GIVEN_NAME = re_compile(r",?\s+who\s+(?:gave|asked\s+to\s+be\s+identified|identified\s+(?:himself|herself)"
                         r"|wished\s+to\s+be\s+identified|agreed\s+to\s+be\s+identified)"
                         r"(?:\s+(?:only|by|as|his|her|their|first|name))*(?:\s*,)?"
                         r"\s+([A-ZČĆŠŽĐ][a-zčćšžđäöüéèáíóú]+)(?:\s*,)?\s*$")
_TRAIL_PLACE = re_compile(r"\s+(?:in|at|from|to|of)\s+(?:the\s+)?"
                          r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")
# "a diplomat from a NATO country", "an interlocutor from diplomatic circles"
# "Residents on both banks", "Officials from three member states": a quantifier opens the place (round 25)
_TRAIL_OF = re_compile(r"\s+(?:from|at|of|in|with|on|near|across)\s+(?:(?:a|an|the|both|all|several|some|many"
                       r"|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+[\w\s'’-]{1,60}?"
                       r"|(?!(?:our|their|his|her|its|my|your|these|those)\s)[a-z][\w'’-]*\s+[a-z][\w'’-]*)$")
# "Students protesting for a month against corruption": a participial modifier after a plural role noun
_TRAIL_PARTICIPLE = re_compile(r"(?<=s)\s+(?!(?:including|during|according|regarding)\b)[a-z]+ing\b"
                               r"[^,;:“”\"()]{0,60}$")
#: "an official familiar with the talks", "a source close to the government": what the source knows
_TRAIL_FAMILIAR = re_compile(r"\s+(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+on"
                             r"|with\s+knowledge\s+of|knowledgeable\s+about)\s[^,;:“”\"()]{1,80}$")
_ANY_PEOPLE = re_compile(r"(?:^|\s)(?:people|persons?)$", re.I)
#: A quantifier before "people": "two people", "several people", "some people" (round 25).
_COUNTED = re_compile(r"(?:two|three|four|five|several|some|many|a\s+few)\s+people$", re.I)
#: The words before a mention that make it what a source knows or is near, not the source
#: ("a source close to the government told": the source speaks, not the government).
FAMILIAR_BEFORE = re_compile(r"\b(?:familiar\s+with|close\s+to|involved\s+in|briefed\s+on"
                             r"|with\s+knowledge\s+of|knowledgeable\s+about)\s+(?:the\s+|a\s+)?$")
_DETERMINER = re_compile(r"^(?:(?:one|some|many|several|two|three|most)"
                         r"\s+of\s+(?:the|our|their|its|his|her)\s+"
                         r"|(?:a|an|the|one|two|three|several|some|many|other|another|our|their|its)\s+)",
                         re.I)
_NP_WORDS = re_compile(r"(?:^|(?<=[\s,(—–]))((?:[\w'’.-]+\s+){0,5}[\w'’.-]+)$")
_NOT_IN_ROLE = {"said", "says", "told", "that", "and", "but", "or", "which", "who", "when", "while", "after",
                "because", "if", "as", "than", "to", "with", "has", "have", "had", "was", "were", "is", "are",
                "yet", "so", "however", "still", "then"}  # "Yet two people familiar with …": not the role


def role_phrase_before(text: str, lo: int, hi: int, roles) -> tuple[str, str] | None:
    """The role phrase ending just before a cue at ``hi``.

    The role phrase ending just before a cue at ``hi`` ("A senior EU diplomat, who asked not to
    be named …, said"; "The Russian embassy in Belgrade said"): ``(phrase as written, its place
    or owner words)``, or None when the words before the cue do not end in a role noun.
    """
    head = text[max(lo, hi - 300):hi]
    head = head[:_TRAIL_GAP.search(head).start()]
    aside = _GIVEN_NAME.search(head) or _TRAIL_ASIDE.search(head) or _TRAIL_WHO.search(head) \
        or _TRAIL_CONTACT.search(head)
    if aside:
        head = head[:aside.start()]
    place = _TRAIL_FAMILIAR.search(head) or _TRAIL_PLACE.search(head) or _TRAIL_OF.search(head) \
        or _TRAIL_PARTICIPLE.search(head)
    extra = ""
    if place:
        extra, head = place.group(0), head[:place.start()]
        if place.re is _TRAIL_FAMILIAR:  # "a source close to the government": what it knows, not whose it is
            extra = ""
    m = _NP_WORDS.search(head)
    if not m:
        return None
    words = m.group(1).split()
    keep: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.lower() in _NOT_IN_ROLE and not (w.lower() == "and" and keep and i > 0
                                              and fold(words[i - 1]).lower() in roles.role_nouns):
            break  # "Western media and politicians": two role nouns joined
        keep.append(w)
    phrase = " ".join(reversed(keep))
    if place is not None and place.re is _TRAIL_FAMILIAR and _ANY_PEOPLE.search(phrase):
        return phrase, ""  # "two people familiar with the matter": sources, whatever their role
    if place is not None and _ANY_PEOPLE.search(phrase) and _COUNTED.match(phrase):
        return phrase, extra.strip()  # "two people at the federation": sources placed by where they work
    found = roles.words_in(phrase)  # the phrase must end in a role noun ("think tank", "RIA Novosti" too)
    if not found or found[-1][1] != len(phrase) or found[-1][2] not in roles.role_nouns:
        return None
    return phrase, extra.strip()


_MEDIA_HEADS = MEDIA_HEADS  # media speak as media, whatever state their adjective names


def given_name(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """The name an unnamed source gave, in a clause ending just before a cue at ``hi``.

    "A drama student who gave her name only as Teodora told us", "One nurse, who gave only her
    first name, Vesna, said": ``(name, kind)`` ("she"/"he" when the clause says "her"/"his", else
    "person"), or None when the words before the cue do not end in such a clause.
    """
    m = _GIVEN_NAME.search(text, max(lo, hi - 200), hi)
    if m is None:
        return None
    words = set(m.group(0).lower().replace(",", " ").split())
    kind = "she" if words & {"her", "herself"} else "he" if words & {"his", "himself"} else "person"
    return m.group(1), kind


def role_speaker(phrase: str, extra: str, roles) -> tuple[str, str, str]:
    """The actor, kind and group of a role phrase.

    ``(actor, kind, group)`` of a role phrase: "A senior EU diplomat" -> ("unnamed senior EU
    diplomat", "person", "eu_west"); "The Russian embassy" -> ("Russian embassy", "organisation", "russia").
    """
    core = _DETERMINER.sub("", phrase.strip())
    head = roles.head(core)
    group = roles.group_of(phrase + " " + extra)
    state_media = group in ("russia", "china") and "state" in fold(phrase).lower().split()
    if head in _MEDIA_HEADS and not state_media:
        group = "other"  # "Serbian media", "pro-government tabloids": media; Russian state television: Russia
    if head in roles.bodies:
        return core, "organisation", group
    group = collective_group(head, extra, group, roles.owner_named(phrase))  # "diplomats say": the West's
    return "unnamed " + core, "people" if head.endswith("s") else "person", group


_COMMA_BEFORE = re_compile(r",\s*$")


def appositive_name(para, start: int, lo: int, hi: int) -> Mention | None:
    """The person a role phrase starting at ``start`` stands in apposition to.

    "Wei Lan, general manager of the mill, told": a role phrase written between commas right after
    a person's name describes the name, so the name speaks, not an unnamed "general manager". None
    when no person's name ends at the comma before the phrase, or no comma closes the phrase before
    the cue at ``hi`` ("Ana Ilić, officials said, ..." is the officials' aside).
    """
    if start <= lo or "," not in para.text[start:hi] \
            or not _COMMA_BEFORE.search(para.text, max(lo, start - 4), start):
        return None
    comma = para.text.rfind(",", lo, start)
    head = para.name_ending_at(comma, lo) or para.mention_ending_at(comma)
    if head is None and _INDEFINITE.match(para.text, start):
        return lone_first_name_before(para, lo, comma)  # "Stefan, a fourth-year student, told us"
    if head is None or head.start < lo or para.folded[head.end:comma].strip() \
            or head.kind not in ("he", "she", "person"):
        return None
    return head


_INDEFINITE = re_compile(r"(?:a|an)\s", re.I)


def lone_name_group(speaker: Speaker, group: str) -> Speaker:
    """A one-word name's speaker with the group of its appositive ("Jana, a student": civil society)."""
    return speaker if speaker.group or " " in speaker.actor else speaker._replace(group=group)


#: Documents that speak for whoever issued them ("“We call for calm,” the statement said").
STATEMENT_WORDS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "release",
                             "appeal", "petition"})


def issuer(para, res, phrase: str, pos: int) -> Speaker | None:
    """The issuer of "the statement" that speaks at ``pos``: the paragraph's last speaker before it.

    "In a statement, the embassy said it was “concerned”. “We call for calm,” the statement said.":
    the embassy. Only when the paragraph named the document before the phrase (so the last speaker
    issued it); otherwise None: "the statement" is left to the role rules (no guessed issuer).
    """
    words = fold(phrase).lower().split()
    if not words or words[-1] not in STATEMENT_WORDS:
        return None
    start = para.folded.rfind(words[-1], 0, max(0, pos - len(phrase)))
    last = res.speakers[-1] if res.speakers else None
    return Speaker(phrase, *last) if start >= 0 and last is not None else None


def owner_conflict(roles, para, phrase: str, actor: str) -> bool:
    """True when the owner words of a role phrase name another group than the actor's.

    "the Serbian minister" cannot be the Russian foreign minister named before it: an anaphora
    whose owner word ("Serbian", level 1 or 2 of ``roles.csv``) gives a group that the actor (an
    alias-table actor or a person the article introduced) does not have.
    """
    if not roles.owner_named(phrase):
        return False
    matcher, people = para.matcher, para.people
    if actor in matcher.actor:
        group = matcher.group[matcher.actor.index(actor)]
    else:
        person = people.person(actor) if people is not None else None
        group = person.group if person is not None else ""
    return bool(group) and group != roles.group_of(phrase)


#: A pronoun opening a bare relative clause after a noun ("the ministry he leads"): the noun phrase ends.
_BARE_RELATIVE = re_compile(r"\s+(?:he|she|it|they|we|which|that|who)\b.*$", re.I)


def body_subject(raw: str, roles) -> Speaker | None:
    """An organisation speaker for a definite subject phrase the resolver left without an actor.

    "the Police Directorate said", "the ministry he leads claimed": a definite phrase ("the",
    "this", "its") whose head is an organisation noun of ``roles.csv`` (police, ministry, embassy,
    media …) speaks as that organisation, with the group its words give (owner words first, then
    the noun's own group: the police and a ministry are Serbia's unless an owner is named). A phrase
    with no organisation noun, or whose words give no group, stays unresolved (abstain).

    Returns
    -------
    Speaker or None
        ``Speaker(raw, actor, "organisation", group)`` (actor as :func:`role_speaker` names it), or
        None.
    """
    core = _BARE_RELATIVE.sub("", raw.strip())
    words = core.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "this", "its"):
        return None
    head = roles.head(_DETERMINER.sub("", core))
    if not head or head not in roles.bodies:
        return None
    actor, kind, group = role_speaker(core, "", roles)
    return Speaker(raw, actor, kind, group) if group and kind == "organisation" else None
