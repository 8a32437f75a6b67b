"""How an article introduces people the alias table does not know (helpers for ``people.py``).

Three habits of news writing: one plural title shared by two names ("The foreign ministers of
Denmark and Portugal, Lars Holm and Rita Sousa"); a post named by its organisation's noun ("Ana
Ristić, the group's director"); a profile's subject named with no role at all ("Jelena Kostić keeps
the minutes ...", a person once her surname returns alone); a document that speaks for its
publisher ("Free Press Lab published its annual report ... The report found ...", "the authors noted").
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from helpers._text.apposition import age_after
from helpers._text.fold import fold
from helpers._text.hints import caseless, has_any
from helpers._text.programs import re_compile
from helpers.analysis.quoting import patterns as pat
from helpers.analysis.quoting.for_phrases import LAWYER_ROLE
from helpers.analysis.quoting.organisations import _ORG_NOUNS, context_names
from helpers.analysis.quoting.patterns import _NOT_NAME, _ORG_HEADS, _PERSON
from helpers.analysis.quoting.records import Mention
from helpers.analysis.quoting.registry import last_named_group
from helpers.analysis.roles import role_words


def shared_title(roles, last, text: str, hit: Mention) -> str:
    """The plural title of the name just before "and" ("The foreign ministers of X and Y, A and B").

    ``last``: ``(end, person)`` of the paragraph's last person. Returns "" unless ``hit`` follows
    "A and" and A's title is plural.
    """
    end, prev = last
    if prev is None or not pat._AND_GAP.fullmatch(text, end, hit.start):
        return ""
    head = roles.head(prev.role)
    return prev.role if head.endswith("s") and roles.has_role_noun(head) else ""


def possessor_group(roles, people, role: str) -> str:
    """"the group's director": the group of the organisation introduced last with that noun.

    ``people``: the registered records (a :class:`~helpers.analysis.quoting.registry.NameTable`
    indexed by role words). "" when the role has no "the <noun>'s" or no organisation was introduced
    with the noun (its name or its appositive).
    """
    noun = fold(pat.owner_noun(role)[1]).lower()  # "the group's director", "a lawyer for the group"
    if noun not in roles.bodies and noun not in _ORG_HEADS:
        return ""
    org = people.last_with_role_word(noun, "organisation")
    return org.group if org is not None else ""


_SENTENCE_END = re_compile(r"[.!?][”\"]?\s+")
_ITS = re_compile(r"\s*its\s+[a-z]", re.I)


def its_organisation_group(people, role: str) -> str:
    """"Its general manager, X" with no organisation named in the paragraph: the article's last one.

    ``people``: the registered records (:class:`~helpers.analysis.quoting.registry.NameTable`). The
    organisation introduced last whose group is known (not ``other``: a newspaper the story was told
    to is not the owner); "" when the role does not open with "its" or none is known.
    """
    if not _ITS.match(role):
        return ""
    for person in reversed(list(people.values())):
        if person.kind == "organisation" and person.group and person.group != "other":
            return person.group
    return ""
_OWNER_PRONOUN = re_compile(r"\s*(?:its|their)\s+[a-z]", re.I)


def pronoun_owner_group(roles, role: str, text: str, start: int, before: str = "", people=None) -> str:
    """"Its leader, X", "Their spokeswoman, X": the group of the organisation introduced just before.

    The organisation is the last one that the paragraph's 300 characters before the name
    introduce by context (:func:`~helpers.analysis.quoting.organisations.context_names`: "The
    Green Future Association, a rights group, ..."); without one, the owner is what the sentence
    before is about, and its role words give the group ("Activists from the Green Circle marched.
    Their spokesman, ..." -> civil society). A paragraph that opens with the role looks at the last
    sentence of the text before it (``before``: "… The watchdog also found …" / "Its spokesman, X,
    said"). "" when the role does not open with "its"/"their" or the words give no group (or ``other``).
    An organisation the article registered (``people``) named last in those characters decides first
    (:func:`~helpers.analysis.quoting.registry.last_named_group`: "The Centre for X, a watchdog group").
    """
    if not _OWNER_PRONOUN.match(role):
        return ""
    lo = max(0, start - 300)  # a bounded look back: linear time
    if people and (registered := last_named_group(people, text[lo:start])):
        return registered
    named = [group for _s, _e, _name, group in context_names(text[lo:start], roles) if group]
    if named:
        return named[-1] if named[-1] != "other" else ""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    if not ends:  # the paragraph opens with "Its spokesman, X": the previous paragraph's last sentence
        tail = before.rstrip()[-300:]
        last = [m.end() for m in _SENTENCE_END.finditer(tail)]
        return roles.group_of(tail[last[-1] if last else 0:]) if tail else ""
    before = text[ends[-2] if len(ends) > 1 else lo:ends[-1]]  # the sentence before: "activists … marched."
    return roles.group_of(before)


#: A wire dateline opening the first paragraph: "MOSCOW, 18 February." / "BELGRADE, April 14 - ".
_DATELINE_CITY = re_compile(r"\s*([A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)?)"
                            r"(?:\s*\([^()]{1,30}\))?\s*(?:,|[–—-]{1,2}\s)")


def dateline_group(roles, text: str) -> str:
    """The group of the capital a dateline opening ``text`` names ("MOSCOW, 18 February." -> russia).

    A wire report is written from its dateline: a government title with no owner in it ("Deputy
    Foreign Minister Alexander Petrov") is that state's. "" when ``text`` opens with no dateline
    in capitals or its city is no capital of ``roles.csv``.
    """
    m = _DATELINE_CITY.match(text)
    return roles.group_of(m.group(1).title()) if m is not None else ""


def home_state(roles, owner: str, home: str) -> str:
    """The dateline's state for a government title that names no owner (``home``); else "".

    Only where the title alone would give the default government group (level 3 words of
    ``roles.csv``: minister, president, official ...).
    """
    if not home or roles.owner_named(owner) or roles.group_of(owner) != "serbian_government":
        return ""
    return home


#: "Hengda's general manager in Serbia": a named possessor, the role, and where the post is.
_NAMED_POSSESSOR = re_compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*)['’]s\s")
_POSSESSIVE_POSTING = re_compile(r"(['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+)\s+in\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w'’-]*\s*)+")


def named_possessor_group(roles, people, role: str) -> str:
    """"Hengda's general manager": the group of the organisation introduced with that name word.

    ``people``: the registered records (:class:`~helpers.analysis.quoting.registry.NameTable`).
    "" when the role opens with no named possessor, the possessor is a state or capital (its own
    role words decide: "Russia's ambassador"), or no organisation with a known group holds it.
    """
    m = _NAMED_POSSESSOR.match(role)
    if m is None or roles.group_of(m.group(1)):
        return ""
    org = people.last_with_role_word(fold(m.group(1)).lower(), "organisation")
    return org.group if org is not None and org.group != "other" else ""


#: A capital written before a journalist's post names where the post is ("a former Brussels correspondent").
_CITY_POST = re_compile(r"\b([A-Z][a-z]+)\s+(?=(?:correspondent|reporter|bureau\s+chief)s?\b)")


def without_posting(owner: str) -> str:
    """The owner words without the place of a post.

    The place of a post held for a named owner ("X's reporter in Brussels") or of a journalist's post
    named by its capital ("a former Brussels correspondent", not the EU's; "a Russian correspondent"
    keeps its nationality).
    """
    owner = _POSSESSIVE_POSTING.sub(r"\1 ", owner)
    info = role_words().info
    return _CITY_POST.sub(lambda m: "" if info.get(fold(m.group(1)).lower(), ("",) * 3)[2] == "capital"
                          else m.group(0), owner)


#: A portfolio written before its title ("European Integration Minister", "EU Affairs Minister"): the
#: minister's field, not the owner (Serbia has a minister for European integration).
_PORTFOLIO_BEFORE = re_compile(r"\b(?:European|EU)\s+(?:[Ii]ntegration|[Aa]ffairs)\b")


def without_portfolio(owner: str) -> str:
    """The owner words without a portfolio written before the title ("European Integration Minister")."""
    return _PORTFOLIO_BEFORE.sub("", owner)


def untitled_subject(roles, text: str, hit: Mention) -> bool:
    """True for a plain two- or three-word name opening a clause before a verb ("Ana Ilić keeps").

    Not a place or an entity: no role, group or institution word in it.
    """
    words = hit.actor.split()
    if hit.kind != _PERSON or not 2 <= len(words) <= 3 or hit.actor != text[hit.start:hit.end] \
            or roles.words_in(hit.actor) \
            or any(fold(w).lower() in _ORG_HEADS or fold(w).lower() in _NOT_NAME for w in words):
        return False
    aged = age_after(text, hit.end)  # "Ana Ilić, 34, is one of them": the verb comes after the age
    return bool(pat._CLAUSE_OPEN.search(text[max(0, hit.start - 3):hit.start])
                and pat._VERB_NEXT.match(text, hit.end if aged is None else aged + 1))


_PUBLISHING_VERBS = ("published", "released", "issued", "presented", "launched", "unveiled")
_PUBLISHED = re_compile(r"\b(?:" + "|".join(_PUBLISHING_VERBS) + r")\s+"
                        r"(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(report|study|survey|analysis|review|index|audit)\b")
#: A document and its publisher after "by" ("a report by the Sava Centre"): the publisher follows.
_DOCUMENT_NOUNS = ("report", "study", "survey", "analysis", "review", "index", "audit")
_DOCUMENT_BY = re_compile(r"\b(" + "|".join(_DOCUMENT_NOUNS) + r")\s+by\s+", re.I)
#: What a document's publisher may be called once the document was introduced.
DOCUMENT_WORDS = frozenset({"report", "study", "survey", "analysis", "review", "index", "audit", "authors"})


def published_documents(text: str, found: list[Mention]) -> dict[str, str]:
    """``{noun: organisation}`` for "<organisation> published its <adjectives> <noun>" in ``text``.

    ``found``: the paragraph's introduced names (the publisher is the last organisation before the
    verb). "authors" then also stands for the publisher.
    """
    out: dict[str, str] = {}
    orgs = [f for f in found if f.kind == "organisation"]  # sorted: one pass over both (linear time)
    k, last = 0, None
    # the regex needs one of the verbs: a substring test per verb first is much cheaper
    published = _PUBLISHED.finditer(text) if has_any(text, _PUBLISHING_VERBS) else ()
    for m in published:
        while k < len(orgs) and orgs[k].end <= m.start():
            last, k = orgs[k].actor, k + 1
        if last is not None:
            out[m.group(1).lower()] = out["authors"] = last
    k = 0
    low = caseless(text)  # the rule needs "by" and a document's noun: a substring test first is cheaper
    by = _DOCUMENT_BY.finditer(text) if "by" in low and has_any(low, _DOCUMENT_NOUNS) else ()
    for m in by:  # "a new report by the Sava Centre", "a March survey by Norstat"
        while k < len(orgs) and orgs[k].start < m.end():
            k += 1
        if k < len(orgs) and orgs[k].start - m.end() <= 40:
            out[m.group(1).lower()] = out["authors"] = orgs[k].actor
    return out


_EMPLOYER_BEFORE = re_compile(r"\b(?:of|at|for|from|with|heads|leads|chairs|runs|directs)\s+(?:the\s+)?$",
                              re.I)
#: The actor right after a person's name is the person's party or employer ("Ana Ilić of the SNS").
_OF_RIGHT_AFTER = re_compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _post_after(text: str, end: int) -> bool:
    """True when a person's post follows a name as its attribute ("KFOR spokesperson", "CRTA director")."""
    roles = role_words()
    nxt = text[end:end + 30].split()[:1]
    word = fold(nxt[0]).lower().strip(",.;:") if nxt and text[end:end + 1].isspace() else ""
    return word in roles.role_nouns and word not in roles.bodies


def alias_employer_group(text: str, hit: Mention, role: str, known: list[Mention], groups: dict) -> str:
    """The group of an alias-table actor a person's role names as employer or principal.

    "CRTA's programme director Ana Ilić", "Ana Ilić, the programme director of CRTA", "Putin's adviser
    Pavel Orlov", "KFOR spokesperson Marco Bellini", "Ana Ilić of the ruling party": the person works
    for the actor, so shares its group. Only a possessive ("X's"), an employer's preposition (of, at,
    for, from, with) or a verb of leading (heads, leads, chairs, runs, directs: "who heads the SNS
    caucus") before the actor or a post right after it ("KFOR spokesperson") counts ("the
    ambassador to Serbia" names a posting, not an employer).

    Parameters
    ----------
    text : str
        The paragraph.
    hit : Mention
        The person's name.
    role : str
        The person's role words as written around the name.
    known : list of Mention
        The paragraph's alias-table mentions.
    groups : dict
        Alias-table actor -> group.

    Returns
    -------
    str
        The group of the first such actor inside the role, or "" (none, or a group ``other``).
    """
    if not groups:
        return ""
    lo = bisect.bisect_left(known, hit.start - 90, key=lambda m: m.start)  # sorted: a window (linear time)
    for m in islice(known, lo, None):
        if m.start >= hit.end + 140:
            break
        if m.actor not in groups or (text[m.start:m.end] not in role  # "Ana Ilić of the ruling party said"
                                     and not _OF_RIGHT_AFTER.fullmatch(text, hit.end, m.start)):
            continue
        possessive = text[m.end:m.end + 2] in ("'s", "’s")
        if (possessive or _EMPLOYER_BEFORE.search(text, max(0, m.start - 14), m.start)
                or _post_after(text, m.end)) and groups[m.actor] != "other":
            return groups[m.actor]
    return ""


_PARENTHESIS_AFTER = re_compile(r"\s*\(([^()]{1,40})\)")
#: Where a clause inside a role starts: its words are about something else ("took office after … protests").
_CLAUSE_IN_ROLE = re_compile(r"\b(?:who|which|that|after|before|when|since|while|took|has|had|is|was)\b")


def level_one_group(roles, role: str, text: str, end: int) -> str:
    """The group of a level 1 word of ``roles.csv`` in a person's role, or in a parenthesis after the name.

    "Lars Berg, a Hungarian member of the Patriots for Europe group" and "Rapporteur Eva Lund (EPP,
    SE)": membership of a European Parliament group (or of a think tank, an NGO: level 1 words)
    decides before the nationality, even where the portfolio and posting are cut from the owner
    words.

    Returns
    -------
    str
        The group, or "" when neither holds a level 1 word.
    """
    extra = _PARENTHESIS_AFTER.match(text, end)
    role = role[:m.start()] if (m := _CLAUSE_IN_ROLE.search(role)) is not None else role  # not "… who …"
    words = role + (" " + extra.group(1) if extra is not None else "")
    for _s, _e, w in roles.words_in(words):
        level, group, _kind = roles.info[w]
        if level == 1 and group:
            return group
    return ""


_BODY_APPOSITIVE = re_compile(r"\s*,\s+(?:a|an|the)\s+([^,;:“”\"()]{1,100})", re.I)


_AFTER_HEAD = re_compile(r"\s(?:of|from|at|for|in|on|behind|with|that|which|who|whose|and|based|owned|run"
                         r"|founded|set)\b")


def names_a_body(roles, text: str, end: int) -> bool:
    """True when the appositive after a name ending at ``end`` says that the name is an organisation.

    "Jinlong Copper, the Chinese company behind the mine,": an appositive right after the name opens
    with an article and the head of its noun phrase is a word for an organisation (company, group,
    party ...), so the name is the company's, not a person's ("Ana Ilić, the head of the rights
    group,": "head"; "Ana Ilić, who works for the company,": no article).
    """
    m = _BODY_APPOSITIVE.match(text, end)
    if m is None:
        return False
    head = _AFTER_HEAD.split(m.group(1), maxsplit=1)[0].rstrip()  # "the Chinese company" (behind …)
    found = roles.words_in(head)
    return bool(found) and found[-1][1] == len(head) and found[-1][2] in roles.bodies


#: Words that end a sentence's subject (auxiliaries and speech verbs; past forms in -ed are tested apart).
_SUBJECT_ENDS = frozenset({"have", "has", "had", "is", "are", "was", "were", "will", "would", "can",
                           "could", "say", "says", "said", "told", "tell", "do", "did", "does", "may",
                           "might", "should"})
#: An organisation noun right before a name ("the digital rights group Civic Lens", "an association
#: called Clean Water Pančevo"): no person.
BODY_BEFORE = re_compile(rf"(?<![\w-])(?:{_ORG_NOUNS}|NGO)(?:\s+(?:called|named|known\s+as))?\s+$")
#: An adverbial opening a sentence before its subject ("In Belgrade, ", "Since the spring, ").
_LEAD_ADVERBIAL = re_compile(r"[“\"]?(?:In|At|On|Since|After|Before|Outside|Meanwhile|Elsewhere|Back|Across"
                             r"|Throughout|From|Later|Earlier|Yesterday|Today|There|Here|But|And|Yet)\b"
                             r"[^,.;:“”\"]{0,40},\s+")
#: Marks that open a quotation: a sentence starting with one is speech.
_OPENING_MARKS = frozenset("“\"„«‘'")
_CLAUSE_END = re_compile(r"[.!?][”\"]?\s+|:\s+")


def _subject_group(roles, sentence: str) -> str:
    """The group of a collective the first words of ``sentence`` name ("Opposition politicians accused …").

    A level 1 word of ``roles.csv`` (opposition, residents, activists, analysts) among the words
    before the verb (at most six, after an opening adverbial or dateline) with a plural noun for
    people or organisations, or a level 2 owner with a plural role noun ("Chinese officials"). A
    sentence inside quotation marks is someone's speech, not the narrator's collective (""The Chinese
    engineers worked in the rain," said a welder. X, a civil engineer, said …").
    """
    if sentence.lstrip()[:1] in _OPENING_MARKS:
        return ""
    date = _DATELINE_CITY.match(sentence)  # "SOMBOR – Residents …": the dateline is no subject
    sentence = sentence[date.end():] if date is not None else sentence
    m = _LEAD_ADVERBIAL.match(sentence)
    words = []
    for w in sentence[m.end() if m else 0:].split()[:6]:
        if words and (w in _SUBJECT_ENDS or w.endswith("ed") and w.islower() and w not in ("hundred", "red")):
            break  # the verb: "Pro-government tabloids have called the activists …" is about the tabloids
        words.append(w)
    found = roles.words_in(" ".join(words))
    people = [w for _s, _e, w in found if roles.info[w][2] == "role" and w.endswith("s")]
    if not people and not any(roles.info[w][2] == "body" and w.endswith("s") for _s, _e, w in found):
        return ""  # one person ("Historian Ana Ilić said …") is no collective
    for _s, _e, w in found:
        level, group, kind = roles.info[w]
        if level == 1 and group and kind == "role":
            return group
    owners = [roles.info[w][1] for _s, _e, w in found if roles.info[w][0] == 2 and roles.info[w][1]]
    return owners[0] if owners and people else ""


def exemplified_group(roles, before: str) -> str:
    """The group of the collective a person is introduced as one of.

    News writing names a collective, then one of its members: "Opposition politicians accused the
    government. Jelena Ilić, an MP for the Civic Bloc, said …"; "Residents have blocked the road
    since May. Ana Perić, who keeps bees nearby, says …"; "the opposition joined in too: Ivan Kos
    argued …". ``before``: the text before the name (the previous paragraph's end, then this one's).
    The collective is the subject of the sentence before the name's, or any collective of a clause
    ended by a colon just before it. Only for a person whose own role words give no group.

    Returns
    -------
    str
        The collective's group (``roles.csv``: a level 1 role word, or a state's plural officials),
        or "" when no collective opens the sentence before.
    """
    ends = list(_CLAUSE_END.finditer(before))
    if not ends or BODY_BEFORE.search(before[-40:]):
        return ""
    last = ends[-1]
    if last.group(0).startswith(":") and len(before) - last.end() <= 20:  # "… rode it too: Ivan Kos argued"
        clause = before[ends[-2].end() if len(ends) > 1 else 0:last.start()]
        for _s, _e, w in roles.words_in(clause[-120:]):
            level, group, kind = roles.info[w]
            if level == 1 and group and kind == "role":
                return group
    start = ends[-2].end() if len(ends) > 1 else 0
    return _subject_group(roles, before[start:last.end()])


#: The end of a portfolio listing its fields ("Minister of Construction, Transport and "): the next
#: capitalised word is the last field, not a first name.
_LISTED_PORTFOLIO = re_compile(r"\b(?:Minister|Ministry|Secretary|Commissioner)\s+(?:of|for)\s+"
                               r"[^.;:“”\"]{0,60}\band\s+$")


def without_listed_portfolio(text: str, hit: Mention) -> str:
    """A three-word name without the last field of a portfolio before it ("… and Welfare Ana Kostić")."""
    words = hit.actor.split()
    if len(words) == 3 and _LISTED_PORTFOLIO.search(text, max(0, hit.start - 100), hit.start):
        return " ".join(words[1:])
    return hit.actor


#: Words that make an article one about the European Parliament ("MEPs", "the European Parliament").
EP_CONTEXT = re_compile(r"\bMEPs?\b|\bEuropean Parliament\b")
_PARLIAMENT = re_compile(r"\bParliament\b")


def parliament_group(in_parliament: bool, words: str) -> str:
    """"eu_west" for "Parliament" with no owner in an article about the European Parliament; else "".

    A press release or report on the European Parliament ("MEPs note …", ``in_parliament``) calls
    it "Parliament" or "the Parliament": "Parliament says that …", "the Parliament's rapporteur".
    A parliament with an owner word before it ("the Serbian Parliament", "Hungary's National
    Assembly") or a lower-case "parliament" keeps the group its words give.

    Returns
    -------
    str
        "eu_west" or "".
    """
    if not in_parliament:
        return ""
    for m in _PARLIAMENT.finditer(words):
        before = words[:m.start()].split()
        if not before or before[-1][:1].islower() or before[-1] in ("The", "This"):
            return "eu_west"
    return ""


#: The nouns of a firm and its sites: whoever holds a post "of the plant" works for its owner.
_COMPANY_NOUN_WORDS = ("company", "firm", "plant", "factory", "manufacturer", "maker", "producer",
                       "subsidiary", "investor", "contractor")
_COMPANY_NOUNS = "(?:" + "|".join(_COMPANY_NOUN_WORDS) + ")"
#: "A Chinese battery manufacturer", "the Chinese-owned Hengda Tyre plant": a nationality word (its
#: own or with -owned/-built/-run/-funded/-backed), up to four words, one firm (not "Chinese
#: companies" in general: the article's own firm may be another's).
_COMPANY_OWNER = re_compile(r"\b([A-Z][a-z]+)(?:-(?:owned|built|run|funded|backed|based))?\s+"
                            r"((?:(?!(?:the|a|an|and|or|of|in|on|at|to|that|which|who|with|by|for|from"
                            r"|is|are|was|were|has|have|had|runs?|owns?)\b)"
                            r"(?:[A-Z][\w'’-]*|[a-z][\w-]*(?:[^s\W]|ss))\s+){0,4}?)"
                            + _COMPANY_NOUNS + r"\b")
#: A post held in a firm: "the company's chairman", "general manager of the plant", "runs the
#: company's Serbian subsidiary".
_COMPANY_POST = re_compile(r"\b(?:the|its)\s+" + _COMPANY_NOUNS + r"(?:['’]s\b|\b)", re.I)


def _foreign_owner(roles, word: str) -> str:
    """The group of a nationality word of ``roles.csv`` (level 2) other than Serbia's, else ""."""
    level, group, _kind = roles.info.get(fold(word.split("-")[0]).lower(), (0, "", ""))  # "Chinese-owned"
    return group if level == 2 and group != "serbian_government" else ""


def company_owners(roles, text: str) -> tuple[set[str], set[str]]:
    """The groups of the nationality words ``text`` puts before a firm, and the names it gives such firms.

    ``({"china"}, {"hengda tyre"})`` for "the Chinese-owned Hengda Tyre plant". Only a foreign
    owner counts (a level 2 word of ``roles.csv`` whose group is not the Serbian government:
    "Serbian companies" are ``other``, GUIDELINES: Companies). Linear in ``text``.
    """
    groups, names = set(), set()
    if not has_any(text, _COMPANY_NOUN_WORDS):  # the rule needs a firm's noun: a substring test first
        return groups, names
    for m in _COMPANY_OWNER.finditer(text):
        owners = {g for w in (m.group(1), *m.group(2).split()) if (g := _foreign_owner(roles, w))}
        if not owners:
            continue
        groups |= owners  # "Chinese and Russian firms": two owners
        name = [w for w in m.group(2).split() if w[:1].isupper() and not _foreign_owner(roles, w)]
        if name:
            names.add(fold(" ".join(name)).lower())
    return groups, names


def company_group(role: str, owners: set[str], names: set[str]) -> str:
    """A post in a firm ("the company's chairman", "Hengda's general manager"): the firm's owner's group.

    ``owners``/``names``: what :func:`company_owners` found in the article so far. The group of the
    one foreign owner the article gave its firms; ``other`` when it gave none or several (a company
    named by its own name is ``other``, whoever owns it: GUIDELINES, Companies; "the company's
    Serbian subsidiary" is not the Serbian government). "" when the role names no firm.
    """
    possessor = _NAMED_POSSESSOR.match(role)
    named = possessor is not None and any(n.split()[0] == fold(possessor.group(1)).lower() for n in names)
    if not named and _COMPANY_POST.search(role) is None:
        return ""
    return next(iter(owners)) if len(owners) == 1 else "other"


#: "told reporters in Prishtina", "welcomed ... in Budapest on Friday": where the sentence puts the person.
_IN_CAPITAL = re_compile(r"\bin\s+([A-Z][a-z]+)\b")
_QUOTE_MARK = re_compile(r"[“”\"]")
#: Where the reported words begin: "that", a quotation mark or a colon.
_REPORTED = re_compile(r"\bthat\b|[“”\"]|:")


def capital_group(roles, owner: str, text: str, start: int) -> str:
    """A government title with no owner, introduced in a sentence set in a foreign capital: its state.

    "Prime Minister Albin Kurti told reporters in Prishtina" -> other (Kosovo); "Prime Minister X
    welcomed Serbian President Y in Budapest" -> eu_west. Only where the title alone would give the
    default government group (level 3 words of ``roles.csv``), only a capital of ``roles.csv``
    (kind ``capital``) other than Belgrade, and only before the reported words ("said that the
    talks in Rome ..." is no place of the speaker) and after a quotation the sentence opens with
    ("“…,” government spokesman X told a briefing in Budapest"). The sentence is read within 300
    characters of the name (linear time). "" otherwise.
    """
    if roles.owner_named(owner) or roles.group_of(owner) != "serbian_government":
        return ""
    lo = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    stop = _SENTENCE_END.search(text, start, start + 300)
    lo = ends[-1] if ends else lo
    lo = max((lo, *(m.end() for m in _QUOTE_MARK.finditer(text, lo, start))))  # "“…,” X told in Budapest"
    sentence = text[lo:stop.start() if stop else start + 300]
    sentence = _REPORTED.split(sentence, maxsplit=1)[0]  # not a place in what was said ("that ... in Rome")
    for m in _IN_CAPITAL.finditer(sentence):
        _level, group, kind = roles.info.get(fold(m.group(1)).lower(), (0, "", ""))
        if kind == "capital" and group and group != "serbian_government":
            return group
    return ""


#: What people who oppose something do: "blocking a drilling site", "collected signatures against"; it
#: also marks an article that reports a protest (residents speak as protesters there: table.py).
PROTEST_ACT = re_compile(r"\b(?:protest(?:s|ed|ing|ers?)?|block(?:ed|ing|ade|ades)|petitions?|signatures"
                         r"|rall(?:y|ies|ied)|march(?:ed|es|ing)|demonstrat(?:ed|ing|ions?|ors?)|sit-ins?"
                         r"|gatherings?|vigils?)\b",  # "a teacher who joined the gathering"
                         re.I)


#: People who cover a protest for the media speak of their work (GUIDELINES: media are other).
_MEDIA_ROLE = re_compile(r"\b(?:reporters?|journalists?|correspondents?|editor(?:-in-chief)?|photographers?"
                         r"|camera(?:man|men|woman)|presenters?|anchors?)\b", re.I)


def protest_group(roles, text: str, hit: Mention, role: str = "") -> str:
    """A person no role word groups, whose sentence tells of protest: civil society.

    "X, a farmer who was fined after blocking a drilling site, ..."; "X, a retired teacher, said the
    village had collected 640 signatures against the project" (GUIDELINES: local people speaking as
    protesters are civil society). Only the sentence that introduces the name (within 300
    characters: linear time), after the name only up to a "that", quotation mark or colon (what
    someone claimed about protests is no protest of theirs); "" when it tells of none or ``role``
    names a media post ("a reporter who covered the protests") or a lawyer (who acts for a client).
    """
    if _MEDIA_ROLE.search(role) or LAWYER_ROLE.search(role):
        return ""  # "a reporter who covered the protests", "the lawyer representing the protesters"
    lo = max(0, hit.start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hit.start)]
    stop = _SENTENCE_END.search(text, hit.end, hit.end + 300)
    after = text[hit.end:stop.start() if stop else hit.end + 300]
    after = _REPORTED.split(after, maxsplit=1)[0]  # not "claimed that ... until the protests ended"
    sentence = text[ends[-1] if ends else lo:hit.end] + after
    return roles.group_of("protesters") if PROTEST_ACT.search(sentence) else ""


def classified(role: str, name: str, nouns) -> bool:
    """True when ``role`` (folded) ends with "<noun> <name>": a classifier before the name.

    "the coalition zdrava zemlja", "the citizens' group clean air": the noun says what the name is,
    so "the coalition" later refers to it (as to a name its appositive describes). A title before
    a person's name ("embassy spokesman ...") ends with another word and does not count.
    """
    head = role.removesuffix(" " + name).rstrip()
    return head != role and any(head == n or head.endswith(" " + n) for n in nouns)
