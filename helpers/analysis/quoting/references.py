"""Second references by a bare noun: "the commission said" after "the Electoral Commission".

News writing names an organisation in full once and then by its head noun alone ("the Republic
Electoral Commission said …  The commission said …", "the Embassy of Norway … The Embassy stresses").
The alias table may know the bare noun as another actor ("the Commission" is the European
Commission); in an article that named another organisation with that head, the bare noun refers
to it. The antecedent is looked for among the mentions before the speaker in its paragraph, then
in the previous paragraph (a bounded number of them: linear time).
"""

from __future__ import annotations

import re
from itertools import islice

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.records import Mention, Speaker
from helpers.analysis.quoting.role_holders import table_holders
from helpers.analysis.roles import role_words

_BARE_NOUN = re_compile(r"(?:[Tt]he\s+)?([A-Za-z]+)")
_REACH = 200  # mentions looked back at (as for pronouns)


def _headed_by(words: list[str], noun: str) -> bool:
    """True when ``noun`` heads a longer name: its last word, or the word before "of"."""
    if len(words) < 2:
        return False
    return words[-1] == noun or any(w == noun and nxt == "of" for w, nxt in zip(words, words[1:]))


def second_reference(para, res, roles, mention: Mention, raw: str) -> tuple[str, str] | None:
    """``(actor, kind)`` of the organisation a bare body noun refers to, or None.

    Parameters
    ----------
    para : Paragraph
        The paragraph under attribution.
    res : Resolver
        The article's speaker history (for the previous paragraph's mentions).
    roles : RoleWords
        The role words (``bodies``: the organisation nouns).
    mention : Mention
        The speaker's mention (an alias-table actor, e.g. "the commission" -> European Union).
    raw : str
        Its words as written.

    Returns
    -------
    tuple or None
        The actor and kind of the last earlier mention that is a longer name headed by the same
        noun and names another actor; None when ``raw`` is not "(the) <body noun>" or there is none.
    """
    m = _BARE_NOUN.fullmatch(raw)
    if mention.actor is None or m is None or fold(m.group(1)).lower() not in roles.bodies:
        return None
    noun = fold(m.group(1)).lower()
    for earlier in islice(para.mentions_before(mention.start), _REACH):
        words = para.folded[earlier.start:earlier.end].split()
        if earlier.actor != mention.actor and _headed_by(words, noun):
            return earlier.actor, earlier.kind
    for text, actor, kind in islice(res.prev_mentions(), _REACH):
        if actor != mention.actor and _headed_by(text.split(), noun):
            return actor, kind
    return None


_WINDOW = 1500  # characters looked back at for the owner of a bare body noun (keeps time linear)


def _owner_before(p, roles, head: str, lo: int, hi: int):
    """``(actor, group)`` of the last "<owner words> <head>" in ``p.folded[lo:hi]``, or None."""
    rx = re_compile(rf"((?:[\w'’-]+\s+){{1,3}}){re.escape(head)}s?(?!\w)")
    last = None
    for m in rx.finditer(p.folded, lo, hi):
        if roles.owner_named(p.text[m.start(1):m.end(1)]):
            last = m
    if last is None:
        return None
    owner = p.text[last.start(1):last.end(1)]
    known = p.first_mention_in(last.start(1), last.end(1), known_only=True)
    matcher = p.matcher
    if known is not None and known.actor in matcher.actor:
        return known.actor, matcher.group[matcher.actor.index(known.actor)]
    words = (owner + p.text[last.end(1):last.end()]).split()
    while words and words[0].lower() in ("the", "a", "an", "its", "their"):
        words.pop(0)
    return " ".join(words), roles.group_of(owner)


def bare_body_owner(para, res, roles, phrase: str, pos: int) -> tuple[str, str] | None:
    """The organisation a body noun with no owner refers to: "the Delegation" after "the EU delegation".

    Parameters
    ----------
    para : Paragraph
        The paragraph under attribution.
    res : Resolver
        The article's speaker history (its previous paragraph).
    roles : RoleWords
        The role words.
    phrase : str
        The speaker phrase ("The Delegation", "a spokesperson for the Delegation").
    pos : int
        Where the phrase starts in ``para``.

    Returns
    -------
    tuple or None
        ``(actor, group)``: the alias-table actor of the owner written before the same noun earlier
        (this paragraph, then the previous one; "EU" -> European Union), else that phrase as written
        ("Norwegian embassy") with its owner's group; None when the phrase names its owner or no
        earlier phrase does.
    """
    bodies = [w for _s, _e, w in roles.words_in(phrase) if w in roles.bodies]
    if not bodies or roles.owner_named(phrase):
        return None
    head = bodies[-1]
    found = _owner_before(para, roles, head, max(0, pos - _WINDOW), pos)
    prev = res.previous_paragraph()
    if found is None and prev is not None:
        found = _owner_before(prev, roles, head, max(0, len(prev.folded) - _WINDOW), len(prev.folded))
    if found is None and para.people is not None and head.capitalize() in phrase:  # "the Delegation"
        found = para.people.body_owners.get(head)
    return found


#: A capitalised body noun and "of" right before an actor: "the Delegation of the European Union".
_HEAD_OF = re_compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def note_body_owners(people, para, known: list[Mention]) -> None:
    """Remember whose "<Body> of <actor>" the article named, for "the <Body>" in any later paragraph.

    "Dnevni Pregled publishes the statement of the Delegation of the European Union to Serbia. …
    The Delegation notes that …": a capitalised body noun standing alone refers back to the body the
    article introduced by it (:func:`bare_body_owner`, after its nearer owners). Only a capitalised
    noun of ``roles.csv``'s bodies, 30 characters before an alias-table mention.

    Returns
    -------
    None
        ``people.body_owners[noun]`` becomes ``(actor, group)`` of the last such owner.
    """
    matcher, bodies = para.matcher, role_words().bodies
    for m in known:
        h = _HEAD_OF.search(para.text, max(0, m.start - 30), m.start)
        if h is not None and h.group(1).lower() in bodies and m.actor in matcher.actor:
            people.body_owners[h.group(1).lower()] = (m.actor, matcher.group[matcher.actor.index(m.actor)])


def spokesperson_owner(para, res, roles, phrase: str) -> tuple[str, str] | None:
    """The organisation an unnamed spokesperson with no owner speaks for: the one that spoke just before.

    "The Norwegian embassy said it would study the report. The findings, a spokesperson added,
    were "serious"": the embassy (a spokesperson speaks for the organisation, and an article names
    it first). Only an organisation that spoke earlier in the same paragraph counts.

    Returns
    -------
    tuple or None
        ``(actor, group)``, or None when the phrase is not a bare spokesperson or no organisation
        spoke before it in the paragraph.
    """
    if not roles.head(phrase).startswith("spokes") or roles.owner_named(phrase):
        return None
    for actor, kind in islice(reversed(res.speakers), _REACH):
        if kind == "organisation" and actor:
            matcher = para.matcher
            person = para.people.person(actor) if para.people is not None else None
            group = (matcher.group[matcher.actor.index(actor)] if actor in matcher.actor
                     else person.group if person is not None and person.group else roles.group_of(actor))
            return (actor, group) if group else None
    return None


#: Classifier words written right before a name: "the opposition Freedom Party", "the digital rights
#: group Pravo Kod", "Chinese tyre maker Dongfang" (lower-case words, or capitalised role words).
_CLASSIFIER = re_compile(r"(?:^|(?<=[\s(,;:—–]))((?:[\w'’-]+\s+){1,4})$")


def classifier_group(para, roles, mention: Mention, actor: str | None) -> str:
    """The group the words right before a name give it, when nothing else does.

    "The opposition Freedom and Justice Party said", "the digital rights group Pravo Kod warned":
    a name the alias table and the article's introductions give no group, classified by the words
    written before it in its sentence (a level 1 or 2 word of ``roles.csv``: opposition, rights
    group, Chinese ...).

    Returns
    -------
    str
        The group, or "" (an alias-table actor, a person with a group, or no such words).
    """
    if not actor or actor in para.matcher.actor:
        return ""
    person = para.people.person(actor) if para.people is not None else None
    if person is not None and person.group:
        return ""
    lo = max(0, mention.start - 60)
    m = _CLASSIFIER.search(para.text, lo, mention.start)
    if m is None:
        return ""
    words = []
    for w in reversed(m.group(1).split()):
        folded = fold(w).lower()
        if folded in ("the", "a", "an") or not (w[:1].islower() or folded in roles.info):
            break
        words.insert(0, w)
    phrase = " ".join(words)
    if not phrase or not roles.owner_named(phrase):
        return ""
    return roles.group_of(phrase)


def body_speaker(para, res, roles, sp: Speaker, pos: int) -> Speaker:
    """A role speaker with no group, given the organisation it speaks for when the text says which.

    "The Delegation" / "a spokesperson for the Delegation" after "the EU delegation"
    (:func:`bare_body_owner`); "a spokesperson added" after an organisation spoke in the paragraph
    (:func:`spokesperson_owner`). ``pos``: where the phrase starts.

    Returns
    -------
    Speaker
        ``sp`` with the organisation's group (and, for an organisation or a spokesperson, its
        actor), or ``sp`` unchanged.
    """
    body = bare_body_owner(para, res, roles, sp.raw, pos)
    if body is not None:
        return sp._replace(actor=body[0] if sp.kind == "organisation" else sp.actor, group=body[1])
    org = spokesperson_owner(para, res, roles, sp.raw) or ambassadors_embassy(para, roles, sp.raw)
    if org is not None:
        return sp._replace(actor=org[0], kind="organisation", group=org[1])
    return sp


#: Embassies as the guidelines name them, by their state's group (other states' embassies keep their words).
_EMBASSIES = {"russia": "Russian embassy", "china": "Chinese embassy"}


def ambassadors_embassy(para, roles, phrase: str) -> tuple[str, str] | None:
    """"the embassy" with no owner, in an article that introduced one state's ambassador: that embassy.

    "Russian Ambassador X said …; according to the embassy, …": the Russian embassy. ``(actor,
    group)``; None when the phrase is no bare embassy, or the article introduced no ambassador, or
    ambassadors of several groups.
    """
    if roles.head(phrase) != "embassy" or roles.owner_named(phrase) or para.people is None:
        return None
    groups = {p.group for p in para.people.by_name.values()
              if p.kind != "organisation" and p.group and "ambassador" in fold(p.role).lower()}
    groups |= {p.group for p in table_holders(para, ("ambassador",)).values() if p.group}  # the table's too
    if len(groups) != 1:
        return None
    group = groups.pop()
    return _EMBASSIES.get(group, fold(phrase).lower().removeprefix("the ").strip()), group
