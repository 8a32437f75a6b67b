"""Ministries, embassies and governments named by portfolio or state: one mention of the institution.

GUIDELINES (speakers, actor mentions): ministries are actors of their own, named "Ministry of X"
("The Interior Ministry", "the finance ministry", "Serbia's interior ministry" -> ``Ministry of
Interior`` / ``Ministry of Finance``), and embassies are named by their state's adjective ("China's
embassy in Belgrade" -> ``Chinese embassy``). The state written in the institution's name is part of
that one mention, not a mention of the state as well.

:func:`institution_mentions` finds

* a portfolio word before "ministry", with "the", a state's possessive or a state's adjective in front:
  "The Interior Ministry", "the finance ministry", "Serbia's defence ministry", "the Russian foreign
  ministry" (a bare "the ministry" is an anaphor, not a name, and is left alone);
* a state's possessive before a ministry's full name: "Serbia's Ministry of Defence";
* a state's possessive before "embassy": "China's embassy", "Russia's embassy in Belgrade"; and "the US
  embassy" (``US embassy``, not a mention of the United States);
* the police of a state or its capital: "Kosovo police", "Kosovo's police", "Hungarian police", "police
  in Kosovo", "Belgrade's police" -> ``Kosovo police``, ``Hungarian police``, ``Serbian police`` (the
  alias table reads a bare "police" as Serbia's; GUIDELINES: Kosovo's institutions are ``other``);
* "the government" or "the authorities" of a state: "the Government of Kosovo" -> ``Kosovo
  government``, "the authorities of Serbia" -> ``Serbian government`` (the actor the state's name
  stands for in ``actors.csv``; not a bare "the government", which the alias table reads as Serbia's).

A ministry with no owner or with Serbia as owner is Serbia's (``serbian_government``), as the role
word "ministry" says in ``roles.csv``; another state's ministry keeps that state's group and name
("Russian Ministry of Finance"). Linear time: one regex pass per sentence holding "inistry" or "mbassy".

Blind spots: English only; portfolios outside ``PORTFOLIOS`` ("the ministry of family care") are found
only when capitalised (by :mod:`helpers.analysis.quoting.people`); states outside ``ADJECTIVES`` keep
"<State>'s embassy" as a mention of the state.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers._text.hints import caseless, has_any
from helpers._text.programs import re_compile
from helpers.analysis.home_bodies import home_bodies
from helpers.analysis.roles import role_words

#: Portfolio words and the name of the ministry they stand for.
PORTFOLIOS = {"interior": "Interior", "finance": "Finance", "defence": "Defence", "defense": "Defense",
              "justice": "Justice", "health": "Health", "energy": "Energy", "economy": "Economy",
              "education": "Education", "culture": "Culture", "environment": "Environment",
              "agriculture": "Agriculture", "foreign": "Foreign Affairs", "labour": "Labour",
              "labor": "Labor", "trade": "Trade", "mining": "Mining", "information": "Information",
              "transport": "Transport"}
#: A state's name and its adjective (the embassy of Russia is the "Russian embassy").
ADJECTIVES = {"Serbia": "Serbian", "Russia": "Russian", "China": "Chinese", "Ukraine": "Ukrainian",
              "Germany": "German", "France": "French", "Hungary": "Hungarian", "Croatia": "Croatian",
              "Italy": "Italian", "Austria": "Austrian", "Slovenia": "Slovenian", "Turkey": "Turkish",
              "Britain": "British", "America": "American", "Japan": "Japanese", "Poland": "Polish",
              "Greece": "Greek", "Bulgaria": "Bulgarian", "Romania": "Romanian", "Montenegro": "Montenegrin",
              "Bosnia": "Bosnian", "Albania": "Albanian", "Kosovo": "Kosovo", "Israel": "Israeli",
              "Iran": "Iranian", "India": "Indian", "Belarus": "Belarusian", "Spain": "Spanish",
              "Sweden": "Swedish", "Norway": "Norwegian", "Canada": "Canadian", "Czechia": "Czech"}
_STATE = "|".join(sorted(map(re.escape, ADJECTIVES), key=len, reverse=True))
_PORTFOLIO = "|".join(sorted(PORTFOLIOS, key=len, reverse=True))
_CAPITALISED = "|".join(sorted(sorted({v.split()[0] for v in PORTFOLIOS.values()}), key=len, reverse=True))
_ADJECTIVE = "|".join(sorted(sorted({re.escape(a) for a in ADJECTIVES.values()}), key=len, reverse=True))
#: The state of each adjective ("Russian" -> Russia): the owner of "the Russian foreign ministry".
STATE_OF = {adjective: state for state, adjective in ADJECTIVES.items()}
_MINISTRY = re_compile(rf"(?:(?P<owner>{_STATE})['’]s\s+|(?<![\w-])(?P<the>[Tt]he)\s+"
                       rf"|(?<![\w-])(?P<adj>{_ADJECTIVE})\s+)"
                       rf"(?P<p>(?i:{_PORTFOLIO}))\s+(?i:ministry)(?![\w-])"
                       rf"|(?<![\w-])(?P<p2>{_CAPITALISED})\s+Ministry(?![\w-])")
_FULL_MINISTRY = re_compile(rf"(?<![\w-])(?P<owner>{_STATE})['’]s\s+(?=Ministry\s+of\s+[A-Z])")
_EMBASSY = re_compile(rf"(?<![\w-])(?P<owner>{_STATE})['’]s\s+(?i:embassy)(?![\w-])")
#: "the US embassy": the state's acronym is the alias of the state, but the words name its embassy.
_US_EMBASSY = re_compile(r"(?<![\w.-])(?:US|U\.S\.|United\s+States)\s+(?i:embassy)(?![\w-])")
#: Capitals whose police is their state's ("Belgrade's police" is the Serbian police).
CAPITALS = {"Belgrade": "Serbia", "Pristina": "Kosovo", "Prishtina": "Kosovo", "Moscow": "Russia",
            "Beijing": "China", "Budapest": "Hungary", "Zagreb": "Croatia", "Podgorica": "Montenegro"}
_OWNER = "|".join(sorted([*map(re.escape, ADJECTIVES), *CAPITALS], key=len, reverse=True))
# "Kosovo police", "Kosovo's police", "Hungarian police", "Belgrade's police", "police in Kosovo"
_POLICE = re_compile(rf"(?<![\w-])(?:(?P<owner>{_OWNER})(?:['’]s)?|(?P<adj>{_ADJECTIVE}))"
                     rf"\s+(?:[Pp]olice|POLICE)(?![\w-])"
                     rf"|(?<![\w-])[Pp]olice\s+in\s+(?:the\s+)?(?P<where>{_STATE})(?![\w-])")
# "the Government of Kosovo", "the authorities of Serbia": the government the name says, one mention
_GOVERNMENT = re_compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:[Gg]overnment|[Aa]uthorities)\s+of\s+(?:the\s+)?"
                         r"(?:Republic\s+of\s+)?(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![\w-])")

# a state that is a party to relations or recognition: "relations with Kosovo", "between Kosovo and
# Serbia", "recognise Kosovo", "Kosovo's institutions" (for a state the alias table does not read as a
# government everywhere: "Kosovo" alone is mostly a territory or a topic, "the Kosovo issue", "in Kosovo")
_PARTY = (r"(?:(?:relations|relationship|normali[sz]ation|dialogue|talks|agreement|ties)\s+(?:between|with)"
          r"|between|recogni[sz](?:e|es|ed|ing)[”\"]?|recognition\s+of)\s+(?P<state>{states})"
          r"(?![\w’'-])(?!\s+(?:issue|question|problem|conflict|war|status|independence)\b)"
          r"|(?<![\w-])(?P<owner>{states})['’]s\s+(?:institutions|documents|licen[cs]e\s+plates|diplomas"
          r"|(?i:prime|foreign|interior)\s+(?i:minister)|(?i:president)|leadership|leaders)(?![\w-])"
          r"(?!,?\s+[A-Z])")  # not a title before a name: "Kosovo's Prime Minister Albin Kurti"


@lru_cache(maxsize=1)
def _party_rule() -> re.Pattern:
    """The regex of ``_PARTY`` for the states of ``ADJECTIVES`` that are no place alias of the table."""
    states = sorted((re.escape(s) for s in ADJECTIVES if s not in _places()), key=len, reverse=True)
    return re_compile(_PARTY.format(states="|".join(states) or "(?!)"))


@lru_cache(maxsize=1)
def _party_states() -> tuple[str, ...]:
    """The states of :func:`_party_rule` (those of ``ADJECTIVES`` that are no place alias of the table)."""
    return tuple(s for s in ADJECTIVES if s not in _places())


@lru_cache(maxsize=1)
def _party_hint() -> re.Pattern:
    """The names of the states of :func:`_party_rule` alone: a cheap test before the rule."""
    states = sorted((re.escape(s) for s in _party_states()), key=len, reverse=True)
    return re_compile(r"(?<![\w-])(?:" + ("|".join(states) or "(?!)") + r")(?![\w-])")


def _names_party_state(text: str) -> bool:
    """True when ``text`` names a state of :func:`_party_rule` (as a word): a cheap test before the rule.

    A substring test first: the regex runs only on a text holding one of the names.
    """
    return has_any(text, _party_states()) and _party_hint().search(text) is not None


_WORD_BEFORE = re_compile(r"[A-Z][\w'’-]*\s+$")


#: Serbian ministries whose name is longer than their portfolio word: "the energy ministry" in a
#: report on Serbia is the Ministry of Mining and Energy (the name the gold of eight splits uses), "the
#: environment ministry" the Ministry of Environmental Protection (gold of test4, test12, test13, test18).
SERBIAN_NAMES = {"Energy": "Mining and Energy", "Environment": "Environmental Protection"}


def _ministry(owner: str | None, portfolio: str) -> tuple[str, str]:
    """(actor, group) of the ministry of ``portfolio`` belonging to ``owner`` (a state's name or None)."""
    name = PORTFOLIOS.get(portfolio.lower(), portfolio.title())
    if owner in (None, "Serbia"):
        return f"Ministry of {SERBIAN_NAMES.get(name, name)}", "serbian_government"
    name = f"Ministry of {name}"
    adjective = ADJECTIVES[owner]
    return f"{adjective} {name}", role_words().group_of(adjective) or "other"


#: Other wordings of a portfolio in a ministry's full name: one name per ministry (GUIDELINES).
SAME_PORTFOLIO = {"Internal Affairs": "Interior", "the Interior": "Interior"}
# "Interior Ministry", "the Russian Foreign Ministry", "Yugoslav federal foreign ministry"
_ADJECTIVAL = re_compile(r"(?:[Tt]he\s+)?(?:(?P<adj>[A-Z][\w’'-]+)\s+)?(?P<fed>[Ff]ederal\s+)?"
                         r"(?P<p>[A-Za-z]+)\s+[Mm]inistry")
# "Serbian Ministry of Finance", "Ministry of Foreign Affairs of the Republic of Serbia"
_FULL_NAME = re_compile(r"(?:[Tt]he\s+)?(?:(?P<adj>[A-Z][\w’'-]+)\s+)?(?P<name>(?:Federal\s+)?Ministry\s+"
                        r"(?:of|for)\s+(?:the\s+)?(?P<p>.+?))(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                        r"(?P<state>[A-Z][\w’'-]+)(?:\s+and\s+Herzegovina)?)?")


def canonical_ministry(name: str) -> str:
    """One name for a ministry, whatever its wording (GUIDELINES, speakers: ministries by name).

    "Ministry of <portfolio>": the portfolio written after "ministry" ("Interior Ministry" ->
    ``Ministry of Interior``; "foreign" is "Foreign Affairs"; "Internal Affairs" and "the Interior" are
    "Interior"); Serbia's ministries without their state ("Serbian Ministry of Finance" -> ``Ministry
    of Finance``), another state's after its adjective ("the Russian Foreign Ministry", "Ministry of
    Foreign Affairs of Bosnia and Herzegovina" -> ``Russian Ministry of Foreign Affairs``, ``Bosnian
    Ministry of Foreign Affairs``). Any other name is returned unchanged.

    Returns
    -------
    str
        The canonical name, or ``name`` itself.
    """
    text = " ".join(str(name).split())
    short = _ADJECTIVAL.fullmatch(text)
    if short is not None and (short.group("p").lower() in PORTFOLIOS or short.group("p")[0].isupper()):
        portfolio = PORTFOLIOS.get(short.group("p").lower(), short.group("p").title())
        text = (f"{short.group('adj') + ' ' if short.group('adj') else ''}"
                f"{'Federal ' if short.group('fed') else ''}Ministry of {portfolio}")
    full = _FULL_NAME.fullmatch(text)
    if full is None:
        return str(name)
    adjective, state = full.group("adj"), full.group("state")
    owner = re.split(r"['’]s$", adjective)[0] if adjective else None
    if owner != adjective:  # "Serbia's Ministry of Finance", "Russia's Ministry of Defence"
        if owner not in ADJECTIVES:
            return str(name)
        adjective = ADJECTIVES[owner]
    if state is not None:
        if state not in ADJECTIVES or adjective:
            return str(name)
        adjective = ADJECTIVES[state]
    portfolio = full.group("p")
    head = full.group("name")[: full.start("p") - full.start("name")]  # "Ministry of (the) "
    body = head + SAME_PORTFOLIO.get(portfolio, portfolio)
    body = body.replace("of the Interior", "of Interior")
    return body if adjective in (None, "Serbian") else f"{adjective} {body}"


def institution_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, actor, group)`` of each ministry, embassy, government or police in ``text``.

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    list of tuple
        ``(start, end, actor, group)``, in reading order; ``start``/``end`` cover the state's
        possessive when there is one ("Serbia's interior ministry"). For "Serbia's Ministry of
        Defence" only the possessive is returned, with an empty actor: the caller joins it to the
        name that follows.
    """
    party = _names_party_state(text)
    if "inistry" not in text and "mbassy" not in text and " of " not in text and "olice" not in text \
            and "OLICE" not in text and not party:
        return []
    low = caseless(text)  # each rule scans only a text holding a word it cannot match without
    out = []
    for m in _MINISTRY.finditer(text) if "ministry" in low else ():
        if m.group("p2") and _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Russian Foreign Ministry", "Kremlin Interior Ministry": another owner's (or a name)
        portfolio = m.group("p") or m.group("p2")
        actor, group = _ministry(m.group("owner") or STATE_OF.get(m.group("adj")), portfolio)
        start = m.start("p2") if m.group("p2") else m.start()
        out.append((start, m.end(), actor, group))
    for m in _FULL_MINISTRY.finditer(text) if "ministry" in low else ():
        out.append((m.start(), m.end(), "", ""))
    for m in _EMBASSY.finditer(text) if "embassy" in low else ():
        adjective = ADJECTIVES[m.group("owner")]
        out.append((m.start(), m.end(), f"{adjective} embassy", role_words().group_of(adjective) or "other"))
    for m in _US_EMBASSY.finditer(text) if "embassy" in low else ():
        out.append((m.start(), m.end(), "US embassy", role_words().group_of("American") or "other"))
    for m in _GOVERNMENT.finditer(text) if has_any(text, ("overnment", "uthorities")) else ():
        actor, group = _government_of(m.group("state"))
        if actor:
            out.append((m.start(), m.end(), actor, group))
    # "relations with Kosovo": the state as a party
    for m in _party_rule().finditer(text) if party else ():
        at = "state" if m.group("state") else "owner"
        actor, group = _government_of(m.group(at))
        out.append((m.start(at), m.end(at), actor, group))
    for m in _POLICE.finditer(text) if has_any(text, ("olice", "OLICE")) else ():
        actor, group = _police_of(m.group("owner"), m.group("adj"), m.group("where"))
        if actor:
            out.append((m.start(), m.end(), actor, group))
    return sorted(out)


def _police_of(owner: str | None, adjective: str | None, where: str | None) -> tuple[str, str]:
    """(actor, group) of the police of a state (or its capital) named by name, adjective or "in <state>".

    Serbia's police is the table's ``Serbian police``; another state's is "<adjective> police" in the
    group its adjective gives (``other`` when none: "Kosovo police"); "police in Serbia" is ``("", "")``
    (the alias table's "police" already reads it).
    """
    state = CAPITALS.get(owner, owner) if owner else where
    if adjective:
        state = next(k for k, v in ADJECTIVES.items() if v == adjective)
    if state == "Serbia":
        return ("", "") if where else ("Serbian police", "serbian_government")
    adjective = ADJECTIVES[state]
    return f"{adjective} police", role_words().group_of(adjective) or "other"


@lru_cache(maxsize=1)
def _places() -> dict:
    """``{place alias: (actor, group)}`` of the shipped alias table (the first row of an alias wins)."""
    from helpers.analysis.actors import actor_aliases

    table = actor_aliases()
    table = table[table["kind"] == "place"]
    out: dict = {}
    for alias, actor, group in zip(table["alias"], table["actor"], table["group"], strict=True):
        out.setdefault(alias, (actor, group))
    return out


def _government_of(state: str) -> tuple[str, str]:
    """(actor, group) of the government of ``state``.

    The actor its name stands for in ``actors.csv`` ("Serbia" -> Serbian government, "Pristina"
    -> Kosovo government); else, for a state of ``ADJECTIVES``, "<state> government" in the group
    its adjective gives (``other`` when none: "Kosovo government"); else ``("", "")``.
    """
    known = _places().get(state)
    if known:
        return known
    if state not in ADJECTIVES:
        return "", ""  # "the Government of the EU": no state's name, left to the alias table
    return f"{state} government", role_words().group_of(ADJECTIVES[state]) or "other"


def takes_possessive(actor) -> bool:
    """True when a state's possessive before a mention of ``actor`` joins that mention.

    "Serbia's Ministry of Defence" is one mention of the ministry, starting at "Serbia's" (see
    :func:`with_institutions`), also when the ministry is an actor of the alias table.

    Returns
    -------
    bool
        Whether ``actor`` names a ministry.
    """
    return "inistry" in str(actor)


# "Parliament says ...", "that Parliament would keep watching": the European Parliament's own style
# (no article) in a text about its work; not "the Parliament" (an anaphor), "Serbia's Parliament",
# "the Serbian Parliament", "Parliament Speaker X" or "Speaker of Parliament" (a national parliament)
_BARE_PARLIAMENT = re_compile(r"(?<![\w’'-])Parliament(?![\w’'-])(?!\s+[Ss]peaker)")
# the word before it: none, a clause mark or a lower-case word other than "the" and "of"
_WORD_BEFORE_PARLIAMENT = re_compile(r"(?:^|[,;:(“\"]\s*|(?<![\w’'-])(?!(?:the|of)\s)[a-z]+\s+)$")
# an article about the European Parliament's work names it or its members
_EP_TEXT = re_compile(r"(?<![\w-])(?:MEPs?|European Parliament)(?![\w-])")


def _bare_parliaments(texts: list, aids: list) -> list[tuple[int, int, int, str, str]]:
    """``(sentence, start, end, "European Union", "eu_west")`` of each bare "Parliament" of an EP text.

    Only in an article whose sentences name the European Parliament or MEPs (GUIDELINES: Parliament
    -> ``European Union``; gold of test4, test9 and test12): elsewhere a bare "Parliament" may be a
    national one. Two passes over the sentences, a bounded look back: linear time.
    """
    named = {aids[i] for i, t in enumerate(texts)  # the regex only where it can match (a substring test)
             if t and ("MEP" in t or "European Parliament" in t) and _EP_TEXT.search(t)}
    return [(i, m.start(), m.end(), "European Union", "eu_west")
            for i, t in enumerate(texts) if aids[i] in named and "Parliament" in t
            for m in _BARE_PARLIAMENT.finditer(t)
            if _WORD_BEFORE_PARLIAMENT.search(t, max(0, m.start() - 30), m.start())]


def _canonical_ministries(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` with each ministry the alias table does not know under its :func:`canonical_ministry` name."""
    if not len(out):
        return out
    named = out["actor"].astype(str)
    rows = named.str.contains("inistry", regex=False) & (out["alias"] == "")
    if not rows.any():
        return out
    out = out.copy()
    out.loc[rows, "actor"] = named[rows].map(canonical_ministry)
    return out


def with_institutions(out: pd.DataFrame, texts: list, aids: list, pids: list, sids: list,
                      aliases=(), kinds=()) -> pd.DataFrame:
    """``out`` (a mention table with the sentence index ``_i``) with the institutions of ``texts`` added.

    A ministry or embassy found by :func:`institution_mentions` replaces the mentions it overlaps
    (the state in "Serbia's interior ministry", the bare "Interior Ministry" of the same words); a
    state's possessive before a ministry's full name joins that name's mention, and another state's
    ministry is named and grouped by its state ("Ukraine's Ministry of Defence" -> ``Ukrainian Ministry
    of Defence``); every ministry takes its one name (:func:`canonical_ministry`). ``aids``, ``pids``
    and ``sids`` are the article, paragraph and sentence ids of ``texts``. A ministry inside the title
    of a person of the alias table (``aliases`` of kind he/she in ``kinds``) stays the person's:
    "Serbia's interior ministry spokesman Ivica Dačić" is one mention of Dačić.

    Returns
    -------
    DataFrame
        The columns of ``out``, sorted by sentence (``_i``) and ``start``.
    """
    out = _canonical_ministries(out)
    found = [(i, *hit) for i, t in enumerate(texts)
             if t and ("inistry" in t or "mbassy" in t or " of " in t or "olice" in t or "OLICE" in t
                       or _names_party_state(t))
             for hit in institution_mentions(t)] + _bare_parliaments(texts, aids) + home_bodies(texts, aids)
    if not found:
        return out
    wanted = {i for i, *_rest in found}
    by_i: dict[int, list] = {}
    for k, i, s, e in zip(out.index, out["_i"].tolist(), out["start"].tolist(), out["end"].tolist(),
                          strict=True):
        if i in wanted:
            by_i.setdefault(i, []).append((k, s, e))
    drop, rows, moved = set(), [], {}
    people = {a for a, k in zip(aliases, kinds, strict=True) if k in ("he", "she")}
    for i, s, e, actor, group in found:
        here = by_i.get(i, [])
        if not actor:  # "Serbia's" before "Ministry of Defence": the possessive joins the name after it
            nxt = [k for k, a, _b in here if e <= a <= e + 1 and takes_possessive(out.at[k, "actor"])]
            if nxt:
                drop.update(k for k, a, b in here if a < e and b > s)
                moved[nxt[0]] = s
            continue
        if any(a <= s and b > e and out.at[k, "alias"] in people for k, a, b in here):
            continue  # inside a table person's title: "Serbia's interior ministry spokesman X" is X's
        drop.update(k for k, a, b in here if a < e and b > s)
        rows.append({"article_id": aids[i], "paragraph_id": pids[i], "sentence_id": sids[i], "actor": actor,
                     "group": group, "alias": "", "match": texts[i][s:e], "start": s, "end": e,
                     "text": texts[i], "_i": i})
    out = out.drop(index=sorted(drop))
    if moved:
        out = out.copy()
        for k, s in moved.items():
            out.at[k, "start"] = s
            out.at[k, "match"] = texts[out.at[k, "_i"]][s:out.at[k, "end"]]
            owner = re.split(r"['’]", out.at[k, "match"], maxsplit=1)[0]
            name = str(out.at[k, "actor"])
            if owner != "Serbia" and owner in ADJECTIVES and name.startswith("Ministry"):
                adjective = ADJECTIVES[owner]  # "Ukraine's Ministry of Defence": Ukraine's ministry
                out.at[k, "actor"] = f"{adjective} {name}"
                out.at[k, "group"] = role_words().group_of(adjective) or "other"
    if rows:
        out = pd.concat([out, pd.DataFrame(rows, columns=out.columns)], ignore_index=True)
    return out.sort_values(["_i", "start"], kind="stable").reset_index(drop=True)
