"""Who appears in each article: actor mentions found with an editable alias table.

Framing is partly a matter of *who* gets into the story (Entman 1993: selection and salience).
This module counts explicit mentions of a fixed inventory of actors (Vučić, von der Leyen, the EU,
Russia, protesters, analysts ...) grouped into the course's actor groups
(``serbian_government, eu_west, russia, china, civil_society, experts, other``).

Method (dictionary-based): every alias in ``helpers/data/actors.csv`` is folded with
:func:`helpers._text.fold.fold` (so Vučić = Vucic = VUCIC) and all aliases go into one compiled
alternation regex, longest alias first, with word boundaries. Each sentence is scanned once:

* **longest match wins**, no double counting: "European Commission President Ursula von der Leyen"
  is one mention of von der Leyen, not also one of the Commission; "Serbia's populist leader" is
  Vučić, not Serbia;
* adjacent aliases of the same actor merge: "Russia's Foreign Intelligence Service (SVR)" is one
  mention;
* aliases written in upper case in the table (EU, US, NATO, SVR, UN) only match upper case, so the
  pronoun "us" is not the United States;
* aliases of kind ``place`` (Serbia, Belgrade, Moscow, Brussels ...) stand for a government; their
  *location* uses are not counted: "in Belgrade", "visited Belgrade", "his visit to Moscow",
  "Vučić's Moscow visit", route or border compounds ("the Belgrade-Budapest railway") and the
  dateline ("BELGRADE, Serbia (AP) —");
* adjectives are not aliases: "Serbian riot police" is the police, but "Serbian" on its own
  ("Serbian citizens", "Serbian-made weapons") is not a mention of the government.

Names the table does not know are reported too when role words go with them (``names=True``,
see :func:`actor_mentions`).

Blind spots: pronouns ("he", "it", "we") and anaphoric descriptions ("the country", "the council")
are **not** resolved here (out of scope: see :func:`helpers.analysis.quoting.quotes` for the narrow pronoun
rule used for speakers); elliptical coordination ("Serbian and Russian officials") counts only the
Russian officials; "the government", "the regime", "police" are assumed to be Serbia's, which holds
for the five seeds but must be checked for a new article; a mention is not a role (being criticised
and criticising both count). Five articles are a tiny sample.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers._text.fold import fold
from helpers._text.hints import word_start_gated
from helpers._text.parallel import map_slices, total_chars
from helpers._text.patterns import compile_trie, is_acronym, term_key
from helpers._text.programs import re_compile
from helpers._text.scan import Lexicon
from helpers.analysis import outlets, place_uses, unknown_names
from helpers.analysis.unknown_names import HONORIFICS, clean_names, later_surnames, plain_people
from helpers.corpus.paths import data_file
from helpers.errors import CorpusError, choice_error, require_table
from helpers.keys import GROUPS  # the actor groups (key -> label, description), defined once

ALIAS_COLUMNS = ["actor", "group", "alias", "kind", "note"]
KINDS = ("he", "she", "place", "organisation", "people")
MENTION_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "actor", "group", "alias", "match",
                   "start", "end", "text"]

# ------------------------------------------------------------------ shared matching helpers
def _fold_many(texts) -> list[str]:
    """``[fold(t) for t in texts]``, with None and NaN folded to ``""`` (other values as ``str``)."""
    return [fold(t) if isinstance(t, str) else
            ("" if t is None or (isinstance(t, float) and t != t) else fold(str(t))) for t in texts]


_is_acronym = is_acronym  # the engine's rule: a one-word term of 2-4 capitals matches capitals only


def _compile_terms(terms, argument: str, lookahead: bool = False) -> re.Pattern:
    """One regex for a whole list of ``terms`` (see :func:`helpers._text.patterns.compile_trie`).

    Term ``i`` ends in the empty named group ``t<i>`` (``m.lastgroup``; the first of identical
    terms), ``m.end(m.lastgroup)`` is where it ends; with ``lookahead=True`` the matches are
    zero-width, so terms that overlap are all found. The acronym rule is the caller's (or use
    :class:`helpers._text.scan.Lexicon`, which applies it).
    """
    terms = list(terms)
    if not terms:
        raise CorpusError(f"{argument}: the dictionary is empty. Give at least one term.")
    return compile_trie(tuple(term_key(t) for t in terms), argument, lookahead)


def _names(value, argument: str, allowed) -> list[str] | None:
    """Normalise a name filter (str or list) and check every name against ``allowed``."""
    if value is None:
        return None
    vals = [value] if isinstance(value, str) else list(value)
    if not vals:
        raise CorpusError(f"{argument} is empty. "
                          f"Give one or more of: {', '.join(sorted(map(str, allowed)))}.")
    by_fold = {fold(str(a)): a for a in allowed}
    out = []
    for v in vals:
        hit = by_fold.get(fold(str(v)))
        if hit is None:
            raise choice_error(argument, v, allowed)
        out.append(hit)
    return out


def _short_names(article_ids, table=None) -> dict:
    """article_id -> short name.

    See :func:`helpers.corpus.loading.source_names`; the id itself when unknown.
    """
    from helpers.corpus.loading import source_names
    return source_names(article_ids, table)


# ------------------------------------------------------------------ the alias table
@lru_cache(maxsize=1)
def _shipped_aliases() -> pd.DataFrame:
    return pd.read_csv(data_file("actors.csv"), dtype=str, keep_default_na=False)


def actor_aliases() -> pd.DataFrame:
    """Return the alias table (``helpers/data/actors.csv``).

    Returns
    -------
    DataFrame
        One row per alias, columns ``actor, group, alias, kind, note``. ``kind`` (optional when
        you pass your own table) is ``he``/``she`` for a person (used to resolve a speaker's
        pronoun in :func:`helpers.analysis.quoting.quotes`), ``place`` for a country or city name
        standing for a government (its location uses are not counted), ``organisation`` or
        ``people``. Edit a copy and pass it as ``aliases=`` to :func:`actor_mentions` or
        :func:`helpers.analysis.quoting.quotes`.
    """
    return _shipped_aliases().copy()


def actor_groups() -> pd.DataFrame:
    """Return the actor groups (keys fixed for the whole course).

    Returns
    -------
    DataFrame
        Columns ``group, label, description``, one row per group.
    """
    return pd.DataFrame([(g, lab, d) for g, (lab, d) in GROUPS.items()],
                        columns=["group", "label", "description"])


def _prepare_aliases(aliases) -> pd.DataFrame:
    if aliases is None:
        table = _shipped_aliases()
    elif isinstance(aliases, dict):
        raise CorpusError("aliases must be a DataFrame with columns actor, group, alias (kind and note "
                          "optional), e.g. an edited copy of actor_aliases().")
    else:
        table = require_table(aliases, ["actor", "group", "alias"], "aliases", "actor_aliases()")
    table = table.copy()
    for col in ("kind", "note"):
        if col not in table.columns:
            table[col] = ""
    table = table[ALIAS_COLUMNS].fillna("").astype(str)
    table["alias"] = table["alias"].str.strip()
    if (table["alias"] == "").any() or (table["actor"].str.strip() == "").any():
        bad = table.index[(table["alias"] == "") | (table["actor"].str.strip() == "")][0]
        raise CorpusError(f"aliases: row {bad} has an empty actor or alias. Fill it in or delete the row.")
    bad_groups = sorted(set(table["group"]) - set(GROUPS))
    if bad_groups:
        raise choice_error("aliases group", bad_groups[0], GROUPS)
    bad_kinds = sorted(set(table["kind"]) - set(KINDS) - {""})
    if bad_kinds:
        raise choice_error("aliases kind", bad_kinds[0], KINDS)
    return table.reset_index(drop=True)


class _Matcher:
    """Compiled alias table: finds non-overlapping actor mentions in texts."""

    # location uses of place names, datelines, quantified groups: see helpers/analysis/place_uses.py
    _PLACE_BEFORE = word_start_gated(place_uses.PLACE_BEFORE, fallback=True)  # searched before every place
    _ARTICLE_BEFORE = place_uses.ARTICLE_BEFORE
    _QUANTIFIED = place_uses.QUANTIFIED
    _BEFORE_PARTY = place_uses.BEFORE_PARTY
    _PLACE_AFTER = place_uses.PLACE_AFTER
    _PLACE_PART = place_uses.PLACE_PART
    _BETWEEN = place_uses.BETWEEN
    _TITLE_WORDS = place_uses.TITLE_WORDS
    _DATELINE = place_uses.DATELINE
    _POSSESSIVE = place_uses.POSSESSIVE
    _IN_NAME = place_uses.IN_NAME
    # a capitalised word before a one-word body alias that is no article or possessive: "Electoral Commission"
    _NAME_WORD_BEFORE = re_compile(r"(?<![\w’'-])(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|But|And"
                                   r"|EU)\s)[A-Z][\w’'-]*(?<!['’]s)\s+$")

    def __init__(self, table: pd.DataFrame):
        self.table = table
        # "Đurić" is also written "Djuric": each alias with Đ/đ gets a second key with Dj/dj (fold
        # reads Đ as D), found as the same table row
        variants = [(a.replace("Đ", "Dj").replace("đ", "dj"), row)
                    for row, a in enumerate(table["alias"]) if "Đ" in a or "đ" in a]
        self.row_of = list(range(len(table))) + [row for _a, row in variants]
        self.lexicon = Lexicon(tuple(term_key(a) for a in [*table["alias"], *(a for a, _r in variants)]),
                               None, "aliases")
        self.place = list(table["kind"] == "place")
        self.actor = list(table["actor"])
        self.group = list(table["group"])
        self.alias = list(table["alias"])
        self.kind = list(table["kind"])
        from helpers.analysis.roles import role_words
        roles = role_words()
        # a person's alias that is a role ("Russian ambassador", "Serbian President"), not a name
        # a person's one-word alias: a surname ("Vučić", "Kos"); not an acronym or a role
        self.surname = [k in ("he", "she") and " " not in a and not a.isupper() and not roles.has_role_noun(a)
                        for a, k in zip(self.alias, self.kind)]
        # a plural collective ("Western embassies", "Chinese companies"): a number before it counts members
        self.plural = [k in ("people", "organisation") and a.endswith("s") and not a.split()[-1].isupper()
                       for a, k in zip(self.alias, self.kind)]
        # a one-word organisation alias that is no acronym ("Commission"): inside a longer name it is not it
        self.one_word_body = [k == "organisation" and " " not in a and not a.isupper()
                              for a, k in zip(self.alias, self.kind)]
        self.role_alias = [k in ("he", "she") and roles.has_role_noun(a)
                           for a, k in zip(self.alias, self.kind)]
        # a person's capitalised name is a name only where the text capitalises it ("Grant", not "the grant")
        self.proper = [k in ("he", "she") and a[:1].isupper() for a, k in zip(self.alias, self.kind)]
        # the capitalised words of an organisation's alias: "the Commission" is the EU's, "the
        # electoral commission" is not; "Informer" the daily, "an informer" not (see _common_noun)
        self.capitals = [tuple(i for i, w in enumerate(a.split()) if w[:1].isupper())
                         if k in ("organisation", "people") else () for a, k in zip(self.alias, self.kind)]
        # no alias holds a sentence end (a full stop followed by white space): no single alias match
        # can span two sentences (two adjacent matches merged into one mention can: see
        # helpers.analysis.quoting.reuse.SentenceMentions.paragraph)
        self.sentence_safe = not any(re.search(r"[.!?…]\S*\s", a) for a in self.alias)

    def find(self, text: str, folded: str) -> list[tuple[int, int, int]]:
        """``(start, end, row)`` of each mention in ``text`` (row = index in the alias table)."""
        out: list[tuple[int, int, int]] = []
        dateline = self._DATELINE.match(text)
        skip_to = dateline.end() if dateline else 0
        row_of, place = self.row_of, self.place  # longest first, acronyms in capitals
        found = [(s, e, row_of[k]) for s, e, k in self.lexicon.find(text, folded, "none")]
        pairs = {s for s, _e, row in found if place[row] and text[s - 1:s] == "-"}  # "China-Serbia"
        located = -1  # where the last place name read as a location ends
        capitals, surname, plural, lowered = self.capitals, self.surname, self.plural, []
        for s, e, row in found:
            if s < skip_to or (out and out[-1][:2] == (s, e)):  # the same alias twice in the table: the first
                continue
            if capitals[row] and self._common_noun(text[s:e], row):
                lowered += [(s, e, row)] if text[s:s + 4] == "the " else []  # "the union": see below
                continue
            if self.proper[row] and text[s].islower():
                continue
            if surname[row] and self._first_name_before(text, s):
                continue  # "Ana Kos" is not "Kos" (Marta Kos) of the table
            if plural[row] and (self._QUANTIFIED.search(folded, max(0, s - 20), s)
                                or place_uses.MEMBERS.search(text, max(0, s - 8), s)
                                or place_uses.MEMBERS_OF.match(text, e)
                                and self.group[row] != "civil_society"):  # students of a faculty protest
                continue
            if self.one_word_body[row] and self._NAME_WORD_BEFORE.search(text, max(0, s - 40), s):
                continue  # "the Republic Electoral Commission": a word of another body's name
            if self.kind[row] in ("people", "organisation") and text[e - 1:e].islower() \
                    and self._BEFORE_PARTY.match(text, e, e + 80):
                continue
            if place[row] and self._location(text, folded, s, e, pairs, located):
                located = e
                continue
            if (out and self.actor[out[-1][2]] == self.actor[row]
                    and self._BETWEEN.fullmatch(text[out[-1][1]:s])
                    and ("," not in text[out[-1][1]:s]  # "the Council, the Commission": a list of two
                         or {self.kind[row], self.kind[out[-1][2]]} & {"he", "she"})):
                prev = out.pop()  # adjacent aliases of one actor: one mention
                if text[e:e + 1] == ")" and "(" in text[prev[1]:s]:
                    e += 1
                out.append((prev[0], e, prev[2]))
                continue
            if out and self._titled(text, out[-1], s, row):
                out[-1] = (out[-1][0], e, row)  # "Kremlin spokesman Dmitry Peskov": one mention of the person
                continue
            out.append((s, e, row))
        if lowered and out:  # after the same actor's name: "with the EU ... that of the union"
            out = sorted(out + [h for h in lowered if any(self.actor[r] == self.actor[h[2]] and b <= h[0]
                                                          for _a, b, r in out)])
        return self._merge_titles(text, out) if len(out) > 1 else out

    def _location(self, text: str, folded: str, s: int, e: int, pairs: set, located: int) -> bool:
        """True when the place name at ``s``..``e`` is a location, not a government.

        See :mod:`helpers.analysis.place_uses`: "in Belgrade", "his Moscow visit", "Belgrade's
        Savski Venac district", "a Belgrade institute", "University of Belgrade"; a place joined by
        "and"/"or" to a location just before it is a location too ("flights between Moscow and
        Belgrade", "in Russia or China", "in Germany, Hungary and Slovakia"; ``located`` is where
        the last location ended); a place inside a compound of lower-case words ("the one-China
        principle") names no government; nor does a city before an outlet's name ("the Belgrade
        daily Danas"); after "trust in", "friends in" it is the state ("trust in China", "his old
        friends in Moscow"); a capital is its government as the seat of a judgement or a decision
        ("will be read in Brussels", "decisions taken in Brussels") and as the source of goods ("the
        gas from Moscow").
        """
        possessive = self._POSSESSIVE.match(text[e:e + 3])
        capital = text[s:e] in place_uses.CAPITAL_CITIES
        if place_uses.stands_for_government(text, s, capital):
            return False  # "will be read in Brussels", "one foot in Moscow": the government
        back = s - 60 if s > 60 else 0
        return bool(not possessive and (self._PLACE_BEFORE.search(folded, back, s)
                                        or not capital  # "the gas from Moscow": the government
                                        and place_uses.GOODS_BEFORE.search(folded, back, s))
                    and not place_uses.TRUST_IN.search(folded, max(0, s - 30), s)
                    or self._PLACE_AFTER.match(text[e:e + 60]) and e + 1 not in pairs
                    or self._PLACE_PART.match(text, e, e + 80)
                    or self._ARTICLE_BEFORE.search(folded, max(0, s - 4), s)
                    and not text[s:e].isupper() and e + 1 not in pairs
                    or self._IN_NAME.search(text, max(0, s - 50), s)
                    or 0 <= located < s and not possessive
                    and (place_uses.COORDINATED.fullmatch(text, located, s)
                         or place_uses.LISTED.fullmatch(text, located, s)
                         and place_uses.LIST_GOES_ON.match(text, e))
                    or place_uses.IN_COMPOUND.search(text, max(0, s - 30), s)
                    or place_uses.city_route(text, s, e) or place_uses.after_place_in(text, s, e)
                    or place_uses.THE_BEFORE.search(folded, max(0, s - 5), s)
                    and place_uses.HOME_OF_NAME.match(text, e))

    # a title before a name ends at a clause mark or at a word that cannot be in a title
    _CLAUSE_MARK = re_compile(r"[.;:!?“”\"()\[\]—–,]")
    _TITLE_STOP = frozenset({"that", "and", "but", "with", "told", "met", "said", "says", "by", "from", "at",
                             "on", "as", "while", "when", "after", "before", "which", "who", "according",
                             "between", "against", "in", "called", "urged", "accused", "asked", "for",
                             "a", "an", "is", "was", "are", "were", "has", "have", "had", "will", "would"})

    def _title_start(self, text: str, s: int) -> int:
        """Where the title written right before the name at ``s`` starts (``s`` when there is none).

        The title is the run of words before the name in its clause, up to a word that cannot be
        in a title (a verb, "and", "a"), holding a role noun: "Russian Ambassador to Belgrade",
        "Russia's ambassador", "EU Enlargement Commissioner". Bounded look back: linear time.
        """
        lo = max(0, s - 80)
        seg = text[lo:s]
        cut = max((m.end() for m in self._CLAUSE_MARK.finditer(seg)), default=0)
        start = s
        for m in reversed(list(re.finditer(r"\S+", seg[cut:]))):
            word = fold(m.group(0)).lower().strip("'’")
            if word in self._TITLE_STOP or m.group(0).islower() and word.endswith("ed") and len(word) > 4:
                break
            start = lo + cut + m.start()
        if start == s:
            return s
        from helpers.analysis.roles import role_words
        poss = [m.end() for m in re.finditer(r"['’]s\s", text[start:s])]  # "Xi's greetings to X": no title
        return start if role_words().has_role_noun(text[start + (poss[-1] if poss else 0):s]) else s

    def _merge_titles(self, text: str, out: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Aliases inside a person's title join the person's mention.

        "Russian Ambassador to Belgrade Alexander Botsan-Kharchenko", "Russia's ambassador X", "EU
        Enlargement Commissioner X": one mention of the person (GUIDELINES: titles belong to the
        person), when the person is in the table; the names of people the table does not know get
        the same treatment in :mod:`helpers.analysis.quoting.people`.
        """
        res: list[tuple[int, int, int]] = []
        for s, e, row in out:
            if res and self.kind[row] in ("he", "she") and not self.role_alias[row]:
                lo = self._title_start(text, s)
                while res and res[-1][0] >= lo and (self.kind[res[-1][2]] not in ("he", "she")
                                                     or self.role_alias[res[-1][2]]):
                    s = res.pop()[0]
            res.append((s, e, row))
        return res

    _WORD_BEFORE = re_compile(r"(?<![\w’'.-])([A-Z][\w’'-]*)\s+$")

    def _first_name_before(self, text: str, s: int) -> bool:
        """True when a capitalised word that may be a first name stands right before ``s``.

        A surname alias ("Kos") after another first name ("Prime Minister Lidija Kos") is another
        person; a title ("Commissioner Kos"), an honorific ("Mrs"), a possessive ("Russia's Putin"),
        a word in capitals or a function word ("But Kos") is no first name.
        """
        m = self._WORD_BEFORE.search(text, max(0, s - 30), s)
        if m is None:
            return False
        word = m.group(1)
        key = fold(word).lower()
        from helpers.analysis.quoting.patterns import _NOT_NAME
        from helpers.analysis.roles import role_words
        return not (word.isupper() or key.endswith(("'s", "’s")) or key in _NOT_NAME or key in HONORIFICS
                    or key in role_words().info)

    def _common_noun(self, match: str, row: int) -> bool:
        """True when a word capitalised in an organisation's alias is written in lower case in ``match``.

        "The commission said" (an electoral commission named earlier) is not the alias "the
        Commission"; words in capitals ("THE COMMISSION") still match.
        """
        words = match.split()
        if len(words) != len(self.alias[row].split()):
            return False
        return any(words[i].islower() for i in self.capitals[row])

    def _titled(self, text: str, prev: tuple[int, int, int], s: int, row: int) -> bool:
        """True when ``prev`` and a role noun form a person's title.

        True when the alias ``prev`` (an organisation or a state) and a role noun form the title
        of the person alias starting at ``s`` ("Kremlin spokesman Dmitry Peskov").
        """
        if self.kind[row] not in ("he", "she") or self.kind[prev[2]] in ("he", "she"):
            return False
        between = text[prev[1]:s]
        if not self._TITLE_WORDS.fullmatch(between):
            return False
        from helpers.analysis.roles import role_words
        roles = role_words()
        return any(roles.info[w][2] == "role" for _a, _b, w in roles.words_in(between))


@lru_cache(maxsize=8)
def _matcher_for_shipped() -> _Matcher:
    return _Matcher(_prepare_aliases(None))


def _matcher(aliases) -> _Matcher:
    return _matcher_for_shipped() if aliases is None else _Matcher(_prepare_aliases(aliases))


def _dateline_ends(matcher: _Matcher, texts: list, rows) -> dict:
    """``{sentence index: end of its dateline}`` for the sentences of ``rows`` (one match each).

    "BELGRADE, Feb. 18 (Xinhua) --": a name before that end is the dateline's, not a mention.
    """
    ends = {}
    for i in {row[0] for row in rows}:
        m = matcher._DATELINE.match(texts[i])
        ends[i] = m.end() if m else 0
    return ends


def _mention_table(hits, texts, aids, pids, sids, matcher) -> pd.DataFrame:
    """The alias matches ``hits`` as a mention table.

    The alias matches ``hits`` (sentence index, start, end, alias row) as a mention table (with
    the sentence index in a helper column ``_i``).
    """
    idx, starts, ends, rows = (hits[:, k] for k in range(4))

    def pick(values, at) -> np.ndarray:
        return np.asarray(values, dtype=object)[at]

    return pd.DataFrame({
        "article_id": pick(aids, idx), "paragraph_id": pick(pids, idx), "sentence_id": pick(sids, idx),
        "actor": pick(matcher.actor, rows), "group": pick(matcher.group, rows),
        "alias": pick(matcher.alias, rows),
        "match": np.asarray([texts[i][s:e] for i, s, e in zip(idx.tolist(), starts.tolist(), ends.tolist())],
                            dtype=object),
        "start": starts, "end": ends, "text": pick(texts, idx), "_i": idx,
    }, columns=[*MENTION_COLUMNS, "_i"])


def _slice_mentions(texts: list, aids: list, pids: list, sids: list, matcher: _Matcher,
                    names: bool) -> pd.DataFrame:
    """The mention table of ``texts``, whole articles in reading order (see :func:`actor_mentions`).

    The alias matches, then (with ``names``) the names the table does not know, ministries,
    embassies and bodies; mentions inside a named person's title dropped. Columns
    ``MENTION_COLUMNS`` and ``_i``, the index of the sentence in ``texts``.
    """
    found = [(i, s, e, r) for i, text in enumerate(texts) for s, e, r in matcher.find(text, fold(text))]
    hits = np.asarray(found, dtype=np.int64).reshape(-1, 4)
    out = _mention_table(hits, texts, aids, pids, sids, matcher)
    if names:  # people and organisations the table does not know, found with their role words
        from helpers.analysis.quoting.people import introduced_in

        extra, drop = introduced_in(texts, aids, hits, matcher, 0, len(texts))
        if drop:
            out = out.drop(index=drop)
        if extra:
            extra = clean_names(extra, _dateline_ends(matcher, texts, extra), texts, aids)
        taken = [(i, s, e) for i, s, e in zip(out["_i"].tolist(), out["start"].tolist(), out["end"].tolist(),
                                              strict=True)] + [row[:3] for row in extra]
        extra = extra + plain_people(texts, taken)  # "who gave her name only as Mila", "Ana Ilić, 58,"
        extra = extra + later_surnames(texts, aids, extra, taken)  # "Milica Tomić ..." then "Tomić, 58,"
        extra = extra + unknown_names.aged_first_names(texts, aids, extra, taken)  # "Milica, 34,"
        if extra:
            i, s, e, actor, group = (list(c) for c in zip(*extra, strict=True))
            found = pd.DataFrame({
                "article_id": [aids[k] for k in i], "paragraph_id": [pids[k] for k in i],
                "sentence_id": [sids[k] for k in i], "actor": actor, "group": group, "alias": "",
                "match": [texts[k][a:b] for k, a, b in zip(i, s, e, strict=True)], "start": s, "end": e,
                "text": [texts[k] for k in i], "_i": i}, columns=[*MENTION_COLUMNS, "_i"])
            out = pd.concat([out, found], ignore_index=True).sort_values(["_i", "start"], kind="stable")
        from helpers.analysis.institutions import with_institutions  # "the finance ministry"
        out = with_institutions(out, texts, aids, pids, sids, matcher.alias, matcher.kind)
        from helpers.analysis.bodies import with_bodies  # "the Archive of Public Gatherings"
        out = with_bodies(out, texts, aids, pids, sids)
        from helpers.analysis.acronyms import with_acronyms  # "Elektroprivreda Srbije (EPS)", then "EPS"
        out = with_acronyms(out, texts, aids, pids, sids, matcher.alias, matcher.kind)
    from helpers.analysis.employers import title_rows

    out = out.drop(index=title_rows(out, matcher.alias, matcher.kind))
    return out.drop(index=place_uses.sanction_targets(out))  # "sanctions on Russia"


def actor_mentions(sentences=None, aliases=None, actors=None, groups=None, by=None,
                   names=True) -> pd.DataFrame:
    """Every mention of an actor in the body sentences: one row per mention.

    Parameters
    ----------
    sentences : DataFrame, optional
        Columns ``article_id, paragraph_id, sentence_id, text`` in reading order (default:
        ``load_sentences()``). Any corpus with these columns works (a subset, a student's article,
        10,000 articles).
    aliases : DataFrame, optional
        An edited copy of :func:`actor_aliases` (columns ``actor, group, alias``; ``kind``, ``note``
        optional).
    actors, groups : str or list, optional
        Keep only these actors / groups. Unknown names raise ``CorpusError`` listing the allowed ones.
    by : {None, "actor", "group"}
        ``None`` (default): one row per mention; ``"actor"`` or ``"group"``: counts per source.
    names : bool, default True
        Also report people and organisations the alias table does not know, found as names with
        role words around them ("Political analyst Dragan Popović", "the Belgrade Centre for
        Security Policy") and, later in the same article, their surnames ("Popović"); short
        organisation names introduced by their context ("the oil company NIS", "told Xinhua",
        "according to Srbijagas"; see :mod:`helpers.analysis.quoting.organisations`) and their
        later bare uses; people and parties introduced with no title ("a student who gave her
        name only as Mila", "Ana Ilić, 58,", "Marija Jović keeps ...", "the opposition X Party",
        "Politika wrote that"; see :func:`helpers.analysis.unknown_names.plain_people`).

    Returns
    -------
    DataFrame
        With ``by=None``: columns ``article_id, paragraph_id, sentence_id, actor, group, alias,
        match, start, end, text``. ``alias`` is the canonical alias from the table that matched,
        empty for a name not in the table (its ``actor`` is the name without the title and its
        ``group`` the one its role words point to, see :mod:`helpers.analysis.roles`, else
        ``"other"``); ``match`` the words exactly as printed; ``start``/``end`` character offsets
        in the sentence ``text``. With ``by="actor"`` or ``"group"``: columns ``article_id,
        short, actor`` (or ``group``), ``mentions, sentences, share`` (share of that source's
        mentions), the same as ``actor_mentions().groupby(["article_id", "group"]).size()``.

    Notes
    -----
    Method: dictionary look-up (see the module docstring): longest alias wins, adjacent aliases of
    one actor merge, upper-case aliases match upper case only, location uses of place names are
    dropped ("in central Belgrade"; "in Serbia's internal affairs" is the state), datelines
    ("BELGRADE (AP) —", "MOSCOW, 14 March.") are skipped; then names with role words (see
    :mod:`helpers.analysis.quoting.people`), ministries and embassies named by portfolio or state
    (:mod:`helpers.analysis.institutions`); a named person's title and employer are part of the
    person's mention (:mod:`helpers.analysis.employers`). Source of the idea: Entman (1993), framing as
    selection and salience. Blind spots: pronouns and anaphora ("he", "the country", "the
    council") are not counted; role phrases without a name ("Serbian officials", "the
    authorities") are counted only when they are aliases; a name with no role words around it is
    not reported; a mention says nothing about whether the actor is praised, blamed or merely
    named.
    """
    if by not in (None, "actor", "group"):
        raise choice_error("by", by, ["actor", "group"])
    corpus = None
    if sentences is None:
        from helpers.corpus.loading import load_corpus
        corpus = load_corpus()  # its sentences are only read here: no copy
    sentences = require_table(corpus.sentences if corpus is not None else sentences,
                              ["article_id", "paragraph_id", "sentence_id", "text"], "sentences",
                              "load_sentences()", copy=corpus is None)
    matcher = _matcher(aliases)
    keep_actors = _names(actors, "actors", sorted(set(matcher.actor)))
    keep_groups = _names(groups, "groups", GROUPS)

    texts = ["" if not isinstance(t, str) else t for t in sentences["text"].tolist()]
    aids = sentences["article_id"].astype(str).tolist()
    pids = sentences["paragraph_id"].astype(str).tolist()
    sids = sentences["sentence_id"].astype(str).tolist()

    def find(lo: int, hi: int) -> pd.DataFrame:
        """The mentions of sentences lo..hi-1 (whole articles), without the ``text`` column.

        Every step works within an article, so the slices of a large corpus are analysed whole in
        worker processes and their tables joined in order (the sentence text is added back here,
        not sent between processes).
        """
        part = _slice_mentions(texts[lo:hi], aids[lo:hi], pids[lo:hi], sids[lo:hi], matcher, names)
        part["_i"] += lo
        return part.drop(columns="text")

    cuts = [i for i in range(1, len(aids)) if aids[i] != aids[i - 1]]
    parts = map_slices(find, len(texts), total_chars(texts), cuts=cuts)
    out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    out.insert(MENTION_COLUMNS.index("text"), "text", np.asarray(texts, dtype=object)[out["_i"].to_numpy()]
               if len(out) else pd.Series([], dtype=object))
    out = outlets.own_outlet_names(out.drop(columns="_i"), sentences if corpus is None else corpus)
    if keep_actors is not None:
        out = out[out["actor"].isin(keep_actors)]
    if keep_groups is not None:
        out = out[out["group"].isin(keep_groups)]
    out = out.reset_index(drop=True)
    out[["start", "end"]] = out[["start", "end"]].astype(int)
    if by is None:
        return out
    agg = (out.groupby(["article_id", by], sort=True)
           .agg(mentions=("match", "size"), sentences=("sentence_id", "nunique")).reset_index())
    totals = agg.groupby("article_id")["mentions"].transform("sum")
    agg["share"] = (agg["mentions"] / totals).astype(float)
    agg.insert(1, "short", agg["article_id"].map(_short_names(agg["article_id"].unique(), sentences)))
    return agg
