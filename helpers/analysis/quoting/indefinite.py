"""An unnamed person a sentence opens with, as the antecedent of "he" or "the official".

"An EU official involved in the talks rejected that reading. The Commission, the official insisted,
…": "the official" is that unnamed official, not the last person named before; "A Western
ambassador is blunter: the choice, he says, …": "he" is the ambassador. The antecedent is a role
phrase with an indefinite article ("A", "An", "One") opening a sentence, as its subject; it holds
only when no person is mentioned between it and the reference.

Two more unnamed people of the same kind: "Another diplomat said …" after "a senior EU diplomat"
(:func:`another_group`: of the first one's group) and "Two young miners talk …. One of them says …"
(:func:`one_of_them`: an unnamed young miner).

Blind spots: an indefinite person in an object position ("bread from a worker at the mill. “…,” he
told me") is not taken; nor a plural ("Two officials").
"""

from __future__ import annotations

from helpers._text.fold import fold
from helpers._text.programs import re_compile
from helpers.analysis.quoting.records import Speaker
from helpers.analysis.quoting.speakers import role_speaker
from helpers.analysis.roles import role_class

#: A sentence opening with an indefinite article and its next five words (their role noun is looked for).
_OPENING = re_compile(r"\s*(?:A|An|One)\s+(?:[\w'’-]+[^\w'’-]+){0,4}[\w'’-]+")
_PERSON_KINDS = ("he", "she", "person")
_PUNCT = re_compile(r"[,.;:!?“”\"()—–]")


def indefinite_subject(para, roles, pos: int, nouns=None, same_sentence: bool = False):
    """The unnamed person a recent sentence opens with, if nothing names a person since.

    Parameters
    ----------
    para : Paragraph
        The paragraph of the reference.
    roles : RoleWords
        The role words.
    pos : int
        Where the reference ("he", "the official") starts.
    nouns : set, optional
        Role nouns the person's role must end in ("official"); any person's role noun when None.
    same_sentence : bool
        Only the sentence holding ``pos`` (else that one or the one before it).

    Returns
    -------
    tuple or None
        ``(actor, kind, group)`` of the role speaker ("unnamed EU official", "person", "eu_west"),
        or None.
    """
    si = para.sentence_of(pos)
    for k in (si,) if same_sentence else (si, si - 1):
        if k < 0:
            continue
        start, _end, _text = para.sents[k]
        m = _OPENING.match(para.text, start, min(pos, start + 80))
        cut = _role_end(roles, m.group(0), nouns) if m is not None else None
        if cut is None:
            continue
        end = m.start() + cut
        if any(x.actor is not None and x.kind in _PERSON_KINDS for x in _mentions_between(para, end, pos)):
            return None  # someone named since: the reference is theirs, not the unnamed person's
        phrase = para.text[m.start():end].strip()
        return role_speaker(phrase, "", roles)
    return None


def _role_end(roles, opening: str, nouns) -> int | None:
    """Where the opening's role noun ends ("An EU official involved in": after "official").

    The first role noun, at most three words after the article with no punctuation before it, must
    name a person (not "A court … the minister"), and one of ``nouns`` when given.
    """
    for _s, e, word in roles.words_in(opening):
        if word not in roles.role_nouns:
            continue
        head = opening[:e].split()
        if word in roles.bodies or len(head) > 5 or _PUNCT.search(opening, 0, e):
            return None
        return e if nouns is None or word in nouns else None
    return None


def _mentions_between(para, lo: int, hi: int):
    """The mentions ending by ``hi`` and starting at or after ``lo``, nearest first."""
    for m in para.mentions_before(hi):
        if m.start < lo:
            return
        yield m


#: "Another diplomat", "a second official", "yet another senior analyst": one more of an unnamed role.
_ANOTHER = re_compile(r"(?:(?:[Yy]et\s+)?[Aa]nother|[Aa]\s+(?:second|third|fourth|fifth|further))"
                      r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)")


def another_group(res, roles, phrase: str) -> str:
    """The group of "another diplomat": that of the unnamed speaker of the same role before it.

    "One senior EU diplomat said …. Another diplomat said …": the second diplomat is one more of
    the first one's kind, so of its group, when the phrase names no owner of its own ("another
    Russian diplomat" keeps Russia's).

    Returns
    -------
    str
        The group of the last unnamed role speaker whose role noun (or its class) is the phrase's;
        "" when ``phrase`` is no "another/a second <role noun>" or no such speaker spoke before.
    """
    m = _ANOTHER.fullmatch(phrase.strip())
    if m is None or roles.owner_named(phrase):
        return ""
    noun = fold(m.group("noun")).lower()
    earlier = res.unnamed_speaker({noun, *role_class(noun)}) if noun in roles.role_nouns else None
    return roles.group_of(earlier[0]) if earlier is not None else ""


#: "one of them" right before a cue ("One of them says …", "one of them told me: “…”").
_ONE_OF_THEM = re_compile(r"\b[Oo]ne\s+of\s+them\s*$")
#: A plural noun phrase of at most two words ("young miners", "student representatives"); no determiner.
_PLURAL_NP = re_compile(r"(?<![\w'’-])((?!(?:the|a|an|two|three|four|five|some|several|many|few|your|our"
                        r"|their|his|her|its|these|those|of|and|with|to|met|meet)\s)"
                        r"(?:[a-z][\w-]+\s+)?[a-z][\w-]+s)\b")
_AGENT_ENDINGS = ("tives", "ants", "ents", "ists", "ers", "ors")
_BACK = 300  # characters looked back at for the group "one of them" is one of (keeps time linear)


def one_of_them(para, roles, lo: int, pos: int):
    """"Two young miners talk …. One of them says …": one unnamed member of the group named before.

    The group is the last plural noun phrase with a role noun ("young miners", "student
    representatives") in the 300 characters before "one of them"; its speaker is one unnamed
    member ("unnamed young miner"), of the phrase's group.

    Returns
    -------
    Speaker or None
        None when no "one of them" ends at ``pos`` or no plural role phrase comes before it.
    """
    m = _ONE_OF_THEM.search(para.text, max(lo, pos - 16), pos)
    if m is None:
        return None
    last = None
    for np_ in _PLURAL_NP.finditer(para.text, max(0, m.start() - _BACK), m.start()):
        noun = fold(np_.group(1)).lower().split()[-1]
        if noun in roles.role_nouns or (noun.endswith(_AGENT_ENDINGS) and roles.has_role_noun(np_.group(1))):
            last = np_.group(1)  # "young miners"; "student representatives" (an agent noun after a role)
    if last is None:
        return None
    words = last.split()
    noun = words[-1]  # one of them: "deputies" -> deputy, "miners" -> miner
    noun = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    actor = "unnamed " + " ".join([*words[:-1], noun])
    return Speaker(m.group(0).strip(), actor, "person", roles.group_of(last))
