"""Names of people and organisations the alias table does not know: how each is written as an actor.

:func:`helpers.analysis.actors.actor_mentions` reports names found with their role words (see
:mod:`helpers.analysis.quoting.people`). This module turns the words found into an actor name
(titles and honorifics dropped: "Prof. Dr Ana Ilić" -> "Ana Ilić") and drops what is no actor's
name: a region ("the Western Balkans"), a bare honorific ("Mrs"), a plural abbreviation ("MPs").
:func:`plain_people` finds people that reporting introduces with no title: "a student who gave her
name only as Mila", "Ana Ilić, 58, ...", "Ana Ilić of the Green Party said", and parties named with
their side ("the opposition Freedom and Justice Party").

Blind spots: English titles only; a name written with its title in another language keeps it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from helpers._text.apposition import AGE, aged_first_name
from helpers._text.fold import fold
from helpers._text.hints import has_any
from helpers._text.programs import re_compile

#: Courtesy and academic titles: written before a name, never part of it ("Dr Ana Ilić", "Mrs von der Leyen").
HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame",
                        "professor", "ambassador"})


#: A region named with a compass word is a place, not a person or a body ("the Middle East", "Western
#: Balkans", "Central Asia"), nor is its last word a surname ("in the East").
_REGION = re_compile(r"(?:the\s+)?(?:Middle|Far|Near|Western|Eastern|Northern|Southern|Central|South|North"
                     r"|East|West)(?:[\s-](?:East|West|Eastern|Western))?\s+(?:East|West|Balkans|Europe|Asia"
                     r"|Africa|America|Mediterranean)")


#: "Belgrade-based Centre for Civic Space": where the body sits, not part of its name.
_BASED_IN = re_compile(r"[A-Z][\w’'-]*-based\s+(?=[A-Z])")
#: "residents of the village of Donja Breza", "on the streets of Stara Pazova": a settlement named as a place.
_PLACE_OF = re_compile(r"(?<![\w-])(?:village|town|city|municipality|streets|outskirts|suburbs?)\s+of\s+$")
#: "the Safe City project", "the Smart Border programme": the name of a thing, not of an actor.
_THING_AFTER = re_compile(r"\s+(?:project|programme|program|scheme|platform|app|network|system)s?\b")
#: "supporters outside the Cultural Centre", "in front of the Youth Hall": a building named as a place.
_BUILDING_BEFORE = re_compile(r"(?<![\w-])(?:outside|in\s+front\s+of|opposite|across\s+from)\s+(?:the\s+)?$")
#: "MPs", "Serbian MPs", "NGOs": a plural of an abbreviation names a group of people, not one actor.
_PLURAL_ABBREVIATION = re_compile(r"(?:[A-Z][a-z]+\s+)?[A-Z]{2,}s")


def _bare_name(actor: str) -> str:
    """A name without the titles written before it: "Prof. Dr Ana Ilić" -> "Ana Ilić".

    Leading honorifics and singular role nouns of ``roles.csv`` ("Presenter Ana Ilić", "Rapporteur
    Ana Ilić") are dropped while two words remain ("Students Against Surveillance", a plural, is a
    name); a name that is only honorifics ("Mrs") gives ""; where a body is based is no part of its
    name ("Belgrade-based Centre for Civic Space" -> "Centre for Civic Space").
    """
    from helpers.analysis.roles import role_words

    info = role_words().info
    actor = _BASED_IN.sub("", actor) if _BASED_IN.match(actor) and " " in actor else actor
    words = actor.split()
    if all(fold(w).lower() in HONORIFICS for w in words):
        return ""
    while len(words) > 2:
        first = fold(words[0]).lower()
        if first not in HONORIFICS and (info.get(first, (0, "", ""))[2] != "role" or first.endswith("s")):
            break
        words = words[1:]
    return " ".join(words)


_NEXT_CAPITAL = re_compile(r"\s+([A-Z][\w’'-]*)")


def _in_other_name(text: str, e: int, actor: str) -> bool:
    """True when the capitalised word after a one-word short form at ``..e`` is not the name's own.

    "Novi" for "Novi Horizont" is not a use of it in "since Novi Sad": the words go on as another
    name.
    """
    m = _NEXT_CAPITAL.match(text, e, e + 40)
    return m is not None and m.group(1) not in actor.split()


#: A middle initial and a surname after a name that stops at the initial: "Dragan" + " J. Vučićević".
_INITIAL_AFTER = re_compile(r"\s+[A-Z]\.\s+[A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w’'-]+")


#: Lower-case words of a name in Serbian, which capitalises only its first word: "Digitalni štit", "Nova reč"
#: (a word with a letter that English never writes: č, ć, š, ž, đ).
_LOWER_SERBIAN = re_compile(r"(?:\s+[a-zčćšžđ]*[čćšžđ][a-zčćšžđ]*)+(?![\w’'-])")


def _with_lower_words(row: tuple, texts: list | None) -> tuple:
    """``row`` with the lower-case Serbian words written right after its name ("Digitalni" + " štit")."""
    i, s, e, actor, group = row
    m = _LOWER_SERBIAN.match(texts[i], e) if texts is not None and actor else None
    if m is None or not texts[i][s:e].endswith(actor.split()[-1]):
        return row
    return i, s, m.end(), f"{actor}{m.group(0)}", group


def _with_initial(row: tuple, texts: list | None) -> tuple:
    """``row`` with the middle initial and surname written right after its name ("Dragan J. Vučićević")."""
    i, s, e, actor, group = row
    m = _INITIAL_AFTER.match(texts[i], e) if texts is not None and actor else None
    if m is None or not texts[i][s:e].endswith(actor.split()[-1]):
        return row
    return i, s, m.end(), f"{actor}{m.group(0)}".replace("  ", " "), group


def clean_names(extra: list, dateline: dict, texts: list | None = None, aids: list | None = None) -> list:
    """The rows ``extra`` of names found outside the table, as actors.

    Parameters
    ----------
    extra : list of tuple
        ``(sentence index, start, end, words found, group)`` of each name.
    dateline : dict
        ``{sentence index: end of its dateline}``: a name before that end is the dateline's.
    texts : list of str, optional
        The sentences: a one-word short form of a longer name followed by a capitalised word
        that is not the name's ("Novi" of "Novi Horizont" in "Novi Sad") is part of another name.
    aids : list of str, optional
        The article of each sentence (with ``texts``): a name written before "project",
        "programme" ... is a thing's, and so are its short forms in the same article.

    Returns
    -------
    list of tuple
        ``(sentence index, start, end, actor, group)``: ``actor`` is the name without its title
        (:func:`_bare_name`), with a middle initial and surname written right after a name that
        stops at the initial ("Columnist Dragan" -> "Dragan J. Vučićević"); regions, settlements
        named as places ("the village of Donja Breza", "the streets of Stara Pazova"), buildings named
        as places ("outside the Cultural Centre"), names of things ("the Safe City project"), bare honorifics
        and plural abbreviations are left out.
    """
    rows = [(i, s, e, _bare_name(actor), group) for i, s, e, actor, group in extra
            if not _REGION.fullmatch(actor) and s >= dateline[i]
            and not (texts is not None and (_PLACE_OF.search(texts[i], max(0, s - 30), s)
                                            or _BUILDING_BEFORE.search(texts[i], max(0, s - 30), s)))
            and not (texts is not None and " " in actor and " " not in texts[i][s:e].strip()
                     and _in_other_name(texts[i], e, actor))]
    if texts is not None and aids is not None:  # a thing's name, and its short forms in the same article
        things = {(aids[i], actor) for i, _s, e, actor, _g in rows if _THING_AFTER.match(texts[i], e, e + 12)}
        rows = [row for row in rows if (aids[row[0]], row[3]) not in things] if things else rows
    return [_with_lower_words(_with_initial(row, texts), texts) for row in rows
            if row[3] and not _PLURAL_ABBREVIATION.fullmatch(row[3])]  # "Mrs" alone is no name


_WORD = r"[A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w’'-]+"
#: "who gave her name only as Mila", "who gave only his first name, Marko", "introduced himself only as
#: Marko", "identified only as Ana K."
_ONLY_AS = re_compile(r"\b(?:gave\s+(?:her|his|their)\s+(?:first\s+)?name\s+only\s+as"
                      r"|gave\s+only\s+(?:her|his|their)\s+first\s+name,?"
                      r"|(?:introduced|identified)\s+(?:herself|himself|themselves)\s+only\s+as"
                      r"|identified\s+only\s+as)\s+(?P<name>" + _WORD + r"(?:\s+[A-Z]\.)?)")
#: "said Luka, a third-year student", "Mila, a nurse from Niš, said": a first name alone, introduced by a
#: person's role in apposition (the role noun is checked against ``roles.csv``: "Kragujevac, a city" is
#: no person); "a law student named Mila"
_FIRST_NAME = r"(?P<name>[A-ZÀ-ÖØ-ÞČĆŠŽĐ][a-zà-öø-ÿčćšžđ]+)(?![\w’'-])"
_FIRST_APPOSITION = re_compile(r"(?:^|(?<=[.!?”\"]\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\basked\s)"
                               r"|(?<=\badded\s))" + _FIRST_NAME
                               + r",\s+an?\s+(?P<app>[\w-]+(?:\s+[a-z][\w-]*){0,3})")
_NAMED = re_compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:named|called)\s+" + _FIRST_NAME)
#: "Ana Ilić, 58, has farmed ...": a name with an age in apposition
_AGED = re_compile(r"(?<![\w’'-])(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){1,2})" + AGE)
_AGE_HINT = re_compile(AGE)  # the end of _AGED alone: a fast search (a comma first) tried before the rule
#: "Marija Jović keeps the letters": a first name and a surname of the region's -ić family (Jović,
#: Petrović, Đurić, written Jovic, Petrovic in ASCII) are a person's name even with no role around it
_IC_NAME = re_compile(r"(?<![\w’'-])(?P<name>" + _WORD + r"\s+[A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w’'-]*"
                      r"(?:ić|ovic|evic|ivic))(?![\w’'-])")
#: "Ana Ilić of the Green-Left Front said": a politician named with the party
_OF_PARTY = re_compile(r"(?<![\w’'-])(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){1,2})\s+of\s+the\s+"
                       r"(?P<party>" + _WORD + r"(?:\s+(?:(?:and|of|for|the)\s+)?" + _WORD + r"){0,5})")
#: "the opposition Freedom and Justice Party", "the ruling Party of Progress": a party named with its side
_SIDE_PARTY = re_compile(r"\b(?P<side>opposition|ruling)\s+"
                         r"(?P<name>(?:" + _WORD + r"\s+(?:(?:and|of|for)\s+)?){0,4}"
                         r"(?:Party|Front|Movement|Alliance|Coalition|League)(?:\s+(?:of|for)\s+" + _WORD
                         + r"(?:\s+(?:and\s+)?" + _WORD + r"){0,3})?)(?![\w’'-])")
#: "Politika wrote that", ", Kommersant reported", "Balkan Lens obtained": a name opening a clause as the
#: subject of a publishing verb is an outlet (or a writer): an actor either way
_PUBLISHING = ("reported", "reports", "wrote", "writes", "learns", "learned", "revealed", "reveals",
               "obtained", "published")
_PUBLISHER = re_compile(r"(?P<name>" + _WORD + r"(?:\s+" + _WORD + r"){0,2})\s+(?:" + "|".join(_PUBLISHING)
                        + r")\b")
# a clause opens here (not after an initial: "Dragan J. Vučićević wrote")
_CLAUSE_OPENS = re_compile(r"(?:^|(?<![A-Z])[.;:!?]\s+|,\s+)$")
#: Sentence adverbs written with a capital at a sentence start: no part of a name.
_ADVERBS = frozenset({"yesterday", "today", "tomorrow", "meanwhile", "later", "earlier", "then", "now",
                      "also", "last", "this", "next", "recently", "previously", "separately", "instead"})


def _publisher(name: str) -> bool:
    """True when ``name`` may be an outlet or a writer: a name, not a plural ("Critics") or an adverb."""
    words = name.split()
    return (_is_name(name) and fold(words[0]).lower() not in _ADVERBS
            and not (len(words) == 1 and name.endswith("s")))
_PARTY_HEADS = frozenset({"party", "front", "movement", "alliance", "coalition", "league", "bloc", "union"})
_CLAUSE_START = re_compile(r"[.;:!?“”\"()—–]")


def _group_before(text: str, start: int) -> str:
    """The group of the role words in the clause before ``start`` ("a law student who": civil_society)."""
    from helpers.analysis.roles import role_words

    lo = max(0, start - 120)
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, lo, start)), default=lo)
    return role_words().group_of(text[cut:start])


def _side_group(side: str) -> str:
    """The group of a party named with its side: the role words of "opposition party"/"ruling party"."""
    from helpers.analysis.roles import role_words

    return role_words().group_of(f"{side} party")


def _is_name(words: str) -> bool:
    """True when no word of ``words`` is a role, an honorific or a function word ("The", "Minister")."""
    from helpers.analysis.quoting.patterns import _NOT_NAME
    from helpers.analysis.roles import role_words

    info = role_words().info
    return not any(fold(w).lower() in HONORIFICS or fold(w).lower() in _NOT_NAME or fold(w).lower() in info
                   for w in words.split())


def _first_names(text: str) -> list:
    """``(start, end, group)`` of first names introduced by a person's role ("Mila, a student of law")."""
    from helpers.analysis.roles import role_words

    roles = role_words()
    hits = []
    for m in _FIRST_APPOSITION.finditer(text):
        name = m.group("name")
        noun = next((w for w in m.group("app").split() if roles.info.get(w, (0, "", ""))[2] == "role"), "")
        if noun and _is_name(name) and fold(name).lower() not in _ADVERBS:
            hits.append((m.start("name"), m.end("name"), roles.info[noun][1]))
    for m in _NAMED.finditer(text):
        noun = m.group("noun")
        if roles.info.get(noun, (0, "", ""))[2] == "role" and _is_name(m.group("name")):
            hits.append((m.start("name"), m.end("name"), roles.info[noun][1]))
    return hits


def plain_people(texts: list, taken: list) -> list:
    """People and parties introduced with no title.

    "who gave her name only as Mila", "Ana Ilić, 58,", "Ana Ilić of the Y Party", a name opening
    a clause as the subject of a publishing verb ("Politika wrote that", ", Kommersant reported"),
    and a party named with its side: "the opposition Freedom and Justice Party" (civil society, as the role
    word "opposition" says), "the ruling Unity Party".

    Parameters
    ----------
    texts : list of str
        The sentences.
    taken : list of tuple
        ``(sentence index, start, end)`` of the mentions already found: a name overlapping one is
        left to it.

    Returns
    -------
    list of tuple
        ``(sentence index, start, end, actor, group)`` of each person or party: the group of the
        role words in the clause before the name ("a law student who gave her name only as Mila"
        -> ``civil_society``; "opposition" -> ``civil_society``), else ``other``. Linear time: a
        few regex passes over each sentence.
    """
    by_sentence: dict = {}
    for i, s, e in taken:
        by_sentence.setdefault(i, []).append((s, e))
    out = []
    for i, text in enumerate(texts):
        if not text:
            continue
        hits = [(m.start("name"), m.end("name"), _group_before(text, m.start()))
                for m in _ONLY_AS.finditer(text)] if " only " in text else []
        # each rule below runs only on a text holding what it cannot match without (a cheap test)
        hits += _first_names(text) if ", a" in text or "named " in text or "called " in text else []
        hits += [(m.start("name"), m.end("name"), "") for m in _AGED.finditer(text)
                 if _is_name(m.group("name"))] if _AGE_HINT.search(text) else []
        hits += [(m.start("name"), m.end("name"), "") for m in _OF_PARTY.finditer(text)
                 if _is_name(m.group("name"))
                 and not _PARTY_HEADS.isdisjoint(w.lower() for w in re.split(r"[\s-]+", m.group("party")))
                 ] if " of the " in text else []
        hits += [(m.start("name"), m.end("name"), "") for m in _IC_NAME.finditer(text)
                 if _is_name(m.group("name"))] if "ić" in text or "vic" in text else []
        hits += [(m.start("name"), m.end("name"), "") for m in _PUBLISHER.finditer(text)
                 if _CLAUSE_OPENS.search(text, max(0, m.start() - 4), m.start())
                 and _publisher(m.group("name"))] if has_any(text, _PUBLISHING) else []
        hits += [(m.start("name"), m.end("name"), _side_group(m.group("side")))
                 for m in _SIDE_PARTY.finditer(text)] if "pposition " in text or "uling " in text else []
        if hits:
            out += [(i, s, e, text[s:e], group or "other")
                    for s, e, group in _free(hits, by_sentence.get(i, []))]
    return out


def _free(hits: list, taken: list) -> list:
    """The ``hits`` ``(start, end, group)`` that overlap no span of ``taken`` nor an earlier hit.

    Sorted sweeps with bisect (linear time up to a log factor, also for thousands of names in
    one sentence): a span of ``taken`` overlaps ``s..e`` when the largest end among the spans
    starting before ``e`` is beyond ``s``.
    """
    taken = sorted(taken)
    starts = [a for a, _b in taken]
    reach, far = [], -1
    for _a, b in taken:
        far = max(far, b)
        reach.append(far)
    out, last = [], -1
    for s, e, group in sorted(hits, key=lambda h: (h[0], -h[1])):
        k = bisect_left(starts, e)
        if k and reach[k - 1] > s or s < last:
            continue
        out.append((s, e, group))
        last = e
    return out


_CAPITALISED = re_compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w’'-]+")
_NAME_BEFORE = re_compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-ÞČĆŠŽĐ][\w’'.-]*)\s+$")


def _surnames(aids: list, extra: list, texts: list) -> dict:
    """``{article: {folded surname: (actor, group, sentence, end)}}`` of the people among ``extra``.

    A person is a name of two or three words that looks like a person's
    (:func:`helpers.analysis.employers.is_person_name`) and has no organisation noun right before
    it ("an association called Clean Air Smederevo": the town is no surname); a surname two people
    of one article share is nobody's (``None``).
    """
    from helpers.analysis.employers import is_person_name
    from helpers.analysis.quoting.introductions import BODY_BEFORE

    people: dict = {}
    for i, s, e, actor, group in sorted(extra):
        words = actor.split()
        if not 2 <= len(words) <= 3 or not is_person_name(actor) \
                or BODY_BEFORE.search(texts[i], max(0, s - 40), s):
            continue
        per = people.setdefault(aids[i], {})
        key = fold(words[-1]).lower()
        if key in per and (per[key] is None or per[key][0] != actor):
            per[key] = None
        else:
            per.setdefault(key, (actor, group, i, e))
    return people


def later_surnames(texts: list, aids: list, extra: list, taken: list) -> list:
    """Later uses of the surnames of people outside the table: "Milica Tomić ..." then "Tomić, 58, ...".

    Parameters
    ----------
    texts, aids : list of str
        The sentences and their article ids, in reading order.
    extra : list of tuple
        ``(sentence index, start, end, actor, group)`` of the names found outside the table.
    taken : list of tuple
        ``(sentence index, start, end)`` of the mentions already found: a surname inside one is left
        to it.

    Returns
    -------
    list of tuple
        ``(sentence index, start, end, actor, group)`` of each capitalised word, after the person's
        first mention in the same article, that is the person's surname (possessive ending left
        out) and is not written after another capitalised word that may be a first name ("Ana
        Tomić" is another person; "Minister Tomić" is the same). Linear time: one pass over the
        capitalised words of the articles that name such people.
    """
    people = _surnames(aids, extra, texts)
    if not any(people.values()):
        return []
    by_sentence: dict = {}
    for i, s, e in [*taken, *((row[0], row[1], row[2]) for row in extra)]:
        by_sentence.setdefault(i, []).append((s, e))
    from helpers.analysis.quoting.patterns import _NOT_NAME
    from helpers.analysis.roles import role_words

    info = role_words().info
    out = []
    for i, text in enumerate(texts):
        per = people.get(aids[i])
        if not per or not text:
            continue
        hits = []
        for m in _CAPITALISED.finditer(text):
            word = re.sub(r"[’']s$", "", m.group(0))
            rec = per.get(fold(word).lower())
            if rec is None or (i, m.start()) < (rec[2], rec[3]):
                continue
            before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before is not None and fold(before.group(1)).lower().rstrip(".") not in (
                    info.keys() | HONORIFICS | _NOT_NAME):
                continue  # "Ana Tomić": another person of that surname
            hits.append((m.start(), m.start() + len(word), rec[:2]))  # (actor, group) rides along
        out += [(i, s, e, actor, group) for s, e, (actor, group) in _free(hits, by_sentence.get(i, []))]
    return out


#: "Milica, 34, a teacher", "Her grandson Luka, 16, said": a capitalised word with an age after it,
#: kept where :func:`helpers._text.apposition.aged_first_name` (the quote engine's rule too) reads a
#: first name alone ("Partizan, 2, Zvezda, 1" is a score, "a woman from Zaječar, 61," names a town)
_FIRST_AGED = re_compile(r"(?<![\w’'-])(?P<name>" + _WORD + r")(?=" + AGE + r")")


def aged_first_names(texts: list, aids: list, extra: list, taken: list) -> list:
    """People named by a first name alone with their age: "Milica, 34, a teacher, did not hesitate".

    Run after :func:`later_surnames`: a surname of a person named in the article ("Tomić, 58,"
    after "Milica Tomić", or after two people of that surname) is no first name.

    Parameters
    ----------
    texts, aids : list of str
        The sentences and their article ids, in reading order.
    extra : list of tuple
        ``(sentence index, start, end, actor, group)`` of the names found outside the table.
    taken : list of tuple
        ``(sentence index, start, end)`` of the mentions already found: a name overlapping one (or
        one of ``extra``) is left to it.

    Returns
    -------
    list of tuple
        ``(sentence index, start, end, actor, group)`` of each first name (group ``other``: the age
        says nothing of a side). Linear time: one regex pass over the sentences with an age.
    """
    surnames = {(aids[row[0]], fold(row[3].split()[-1]).lower()) for row in extra if " " in row[3]}
    by_sentence: dict = {}
    for i, s, e in [*taken, *(row[:3] for row in extra)]:
        by_sentence.setdefault(i, []).append((s, e))
    out = []
    for i, text in enumerate(texts):
        if not text or not _AGE_HINT.search(text):
            continue
        hits = [(m.start("name"), m.end("name"), "") for m in _FIRST_AGED.finditer(text)
                if aged_first_name(text, m.start("name"), m.end("name")) and _is_name(m.group("name"))
                and (aids[i], fold(m.group("name")).lower()) not in surnames]
        out += [(i, s, e, text[s:e], "other") for s, e, _g in _free(hits, by_sentence.get(i, []))]
    return out
