"""The public functions: :func:`quotes` (one row per quotation) and :func:`share_of_voice`."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers._text.fold import fold, word_count
from helpers._text.parallel import map_slices, total_chars
from helpers.analysis.actors import GROUPS, _matcher, _short_names
from helpers.analysis.institutions import canonical_ministry
from helpers.analysis.quoting.introductions import EP_CONTEXT, PROTEST_ACT
from helpers.analysis.quoting.marks import normalise_marks
from helpers.analysis.quoting.paragraph import AliasWords, Paragraph
from helpers.analysis.quoting.patterns import UNKNOWN_GROUP
from helpers.analysis.quoting.people import People
from helpers.analysis.quoting.references import note_body_owners
from helpers.analysis.quoting.reuse import SentenceMentions
from helpers.analysis.quoting.role_holders import note_table_people
from helpers.analysis.quoting.rules import paragraph_quotes
from helpers.analysis.quoting.speakers import Resolver
from helpers.errors import CorpusError, choice_error, require_same_articles, require_table

QUOTE_COLUMNS = ["article_id", "paragraph_id", "sentence_id", "speaker", "actor", "group", "cue", "quote",
                 "kind", "words", "text"]
VOICE_COLUMNS = ["article_id", "short", "group", "quotes", "words", "share"]


class _LoaderSentences:
    """paragraph_id -> the loader's ``(start, end, text)`` sentences of that paragraph.

    Only the sentence ranges are found here (numpy); a paragraph's list is built when it is asked
    for (:meth:`get`), in the worker process that analyses the paragraph on a large corpus.
    """

    def __init__(self, corpus):
        sents = corpus.sentences
        s_pids = sents["paragraph_id"].to_numpy()
        self._range: dict = {}
        if not len(s_pids):
            return
        self._start, self._end = sents["start"].tolist(), sents["end"].tolist()
        self._text = sents["text"].tolist()
        cut = np.flatnonzero(s_pids[1:] != s_pids[:-1]) + 1  # a paragraph's sentences are adjacent
        first = np.concatenate([[0], cut])
        last = np.concatenate([cut, [len(s_pids)]])
        self._range = dict(zip(s_pids[first].tolist(), zip(first.tolist(), last.tolist(), strict=True),
                               strict=True))

    def get(self, pid) -> list | None:
        """The sentences of paragraph ``pid`` (None when the loader has none)."""
        got = self._range.get(pid)
        if got is None:
            return None
        start, end, text = self._start, self._end, self._text
        return [(start[k], end[k], text[k]) for k in range(*got)]


def _group(speaker, group_of: dict, people: People) -> str:
    """A speaker's group.

    A speaker's group: the alias table's, a role speaker's, the role of a person the article
    introduced, else ``"other"`` (empty when the speaker is unresolved).
    """
    actor = speaker.actor
    if not actor:
        return ""
    if actor in group_of:
        return group_of[actor]
    if speaker.group:
        return speaker.group
    person = people.person(actor)
    if person is not None and person.group:
        return person.group
    return people.roles.group_of(actor) or UNKNOWN_GROUP  # an organisation's own words ("… Policy Lab")


def quotes(paragraphs=None, aliases=None, mentions=None) -> pd.DataFrame:
    """Every quotation in the body paragraphs, with its speaker: one row per quotation.

    Parameters
    ----------
    paragraphs : DataFrame, optional
        Columns ``article_id, paragraph_id, text`` in reading order (default:
        ``load_paragraphs(kinds=BODY_KINDS)``). Any corpus with these columns works.
    aliases : DataFrame, optional
        An edited alias table (see :func:`helpers.analysis.actors.actor_aliases`) used to resolve
        speakers. Adding an alias changes only the attributions of that actor.
    mentions : DataFrame, optional
        The table :func:`helpers.analysis.actors.actor_mentions` returned for the sentences of
        these paragraphs, with the same ``aliases`` and no ``actors``/``groups`` filter: its alias
        matches are reused instead of matching again (a saving for large corpora; the rows are the
        same). Nothing is remembered between calls: reuse is only what you pass here.

    Returns
    -------
    DataFrame
        One row per quotation, columns ``article_id, paragraph_id, sentence_id, speaker, actor,
        group, cue, quote, kind, words, text``:

        - ``sentence_id``: the sentence where the quote starts (numbered per article as in
          ``load_sentences()`` when the whole article is passed);
        - ``speaker``: the words naming the speaker as written ("von der Leyen", "she", "A senior
          EU diplomat", "officials");
        - ``actor``: the resolved actor: an alias-table actor, a person or organisation the
          article introduced ("Maria Zakharova"), or a role speaker ("unnamed senior EU
          diplomat", "Russian embassy"); empty when unresolved;
        - ``group``: the actor's group (alias table, else the role words, else ``"other"``;
          empty when unresolved);
        - ``cue``: the speech verb or phrase ("said", "put it", "according to"; empty for a
          continued quote);
        - ``quote``: the quoted or reported words; ``kind``: ``"direct"`` (inside quote marks) or
          ``"indirect"`` (reported speech); ``words``: word count of ``quote``;
        - ``text``: the paragraph (the evidence).

    Notes
    -----
    Method: rules, no model (see :mod:`helpers.analysis.quoting`; Entman 1993 for why sourcing is
    framing). Blind spots: English cues only; paraphrase without a speech verb is missed; pronoun
    and role resolution are heuristics (the last person of the right gender or role); a bare
    passive agent ("described by officials") stays unresolved; indirect spans run to the end of
    the clause.
    """
    corpus = None
    split_of: dict | _LoaderSentences = {}
    if paragraphs is None:
        from helpers.corpus.cleaning import BODY_KINDS
        from helpers.corpus.loading import load_corpus
        corpus = load_corpus()  # once: paragraphs and sentences from the same reading of the folder
        paragraphs = corpus.paragraphs[corpus.paragraphs["kind"].isin(BODY_KINDS)]
        split_of = _LoaderSentences(corpus)  # the loader split each paragraph already
    paragraphs = require_table(paragraphs, ["article_id", "paragraph_id", "text"], "paragraphs",
                               "load_paragraphs()")
    if "sentence_id" in paragraphs.columns and paragraphs["paragraph_id"].duplicated().any():
        raise CorpusError("quotes() reads paragraphs, and this table has one row per sentence (several rows "
                          "share a paragraph_id): a quotation that runs over two sentences would be lost. "
                          "Pass load_paragraphs(kinds=BODY_KINDS) (or leave paragraphs out).")
    matcher = _matcher(aliases)
    known = SentenceMentions(mentions, matcher) if mentions is not None else None
    group_of = dict(zip(matcher.actor, matcher.group, strict=True))
    alias_words = AliasWords(matcher)  # once per call, not per paragraph
    originals = ["" if not isinstance(t, str) else t for t in paragraphs["text"].tolist()]
    aids = paragraphs["article_id"].astype(str).tolist()
    pids = paragraphs["paragraph_id"].astype(str).tolist()

    in_parliament = {a for a, t in zip(aids, originals, strict=True)  # the regex only where it can match
                     if ("MEP" in t or "European Parliament" in t) and EP_CONTEXT.search(t)}
    protesting = set()  # residents speak as protesters in an article that reports a protest
    for a, t in zip(aids, originals, strict=True):
        if a not in protesting and PROTEST_ACT.search(t):  # the regex stops for an article once it matched
            protesting.add(a)

    def find(lo: int, hi: int) -> list[tuple]:
        """Rows for paragraphs lo..hi-1, which start an article.

        Rows (with the paragraph's index instead of its text) for paragraphs lo..hi-1, which
        start an article: the speaker history and sentence numbers run within an article.
        """
        found_rows: list[tuple] = []
        current_article, n_sent, resolver, people, role_groups = None, 0, Resolver(), None, {}
        open_before: list[tuple] = []  # quotes left open with no speaker, that the next paragraph may go on
        for i in range(lo, hi):
            aid, pid = aids[i], pids[i]
            if aid != current_article:
                current_article, n_sent, resolver, role_groups, open_before = aid, 0, Resolver(), {}, []
                people = People(None, group_of)  # alias groups: "CRTA's director" is CRTA's
                people.in_parliament = aid in in_parliament  # "Parliament says": the European Parliament
            text = normalise_marks(originals[i])  # « », „ “, 'single', – dash speech -> “ ” and ‘ ’
            para = Paragraph(text, fold(text), matcher, split_of.get(pid), people=people,
                             alias_words=alias_words)
            para.protest_article = aid in protesting  # "Residents say …": protesters only where they protest
            if known is not None:
                sids = [f"{pid}-s{n_sent + k:03d}" for k in range(len(para.sents))]
                para._hits = known.paragraph(text, para.sents, sids)
            resolver.next_paragraph()
            if people.wanted(text):
                before, known_here = len(people.by_name.rank), para.known_mentions()
                named = people.names_in(text, known_here, para.name_matches())  # one scan for both
                para.set_named(named, people.others)
                para.introduced = note_table_people(people, known_here, named, before)  # "the minister"
                note_body_owners(people, para, known_here)  # "the Delegation of the European Union"
            else:
                people.passed(text)
            found = paragraph_quotes(para, resolver) if para.may_quote() else []
            lead = len(text) - len(text.lstrip())
            for k, f in enumerate(found):
                sid = f"{pid}-s{n_sent + para.sentence_of(f.start):03d}"
                if f.speaker.group:  # a role speaker keeps its group when a pronoun refers to it later
                    role_groups[f.speaker.actor] = f.speaker.group
                speaker = f.speaker if f.speaker.group else f.speaker._replace(
                    group=role_groups.get(f.speaker.actor, ""))
                group = _group(speaker, group_of, people)
                if k == 0 and f.start == lead and f.kind == "direct":  # a quote over paragraphs: one speaker
                    found_rows += [(aid, o_pid, o_sid, speaker.raw, speaker.actor or "", group, "", said,
                                    "direct", word_count(said), o_i)
                                   for o_pid, o_sid, said, o_i in open_before]
                found_rows.append((aid, pid, sid, speaker.raw, speaker.actor or "", group, f.cue, f.quote,
                                   f.kind, word_count(f.quote), i))
            if resolver.open_unattributed != lead:
                open_before = []  # the quote left open here does not go on from the paragraph before
            if resolver.open_unattributed >= 0:  # "“When they came, … | “But …,” she said.": she said both
                at = resolver.open_unattributed
                o_sid = f"{pid}-s{n_sent + para.sentence_of(at):03d}"
                open_before.append((pid, o_sid, text[at + 1:].strip(), i))
            resolver.end_paragraph(para)
            n_sent += len(para.sents)
        return found_rows

    starts = [i for i in range(1, len(aids)) if aids[i] != aids[i - 1]]
    rows = [r[:-1] + (originals[r[-1]],)
            for part in map_slices(find, len(originals), total_chars(originals), cuts=starts) for r in part]
    out = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    out["words"] = out["words"].astype(int)
    ministries = out["actor"].str.contains("inistry", regex=False) & ~out["actor"].str.startswith("unnamed")
    out.loc[ministries, "actor"] = out.loc[ministries, "actor"].map(canonical_ministry)  # as actor_mentions
    return out


def share_of_voice(quotes_table=None, articles=None, by="group") -> pd.DataFrame:
    """Each source's share of quoted words by actor group (or by actor).

    Parameters
    ----------
    quotes_table : DataFrame, optional
        Output of :func:`quotes` (default: ``quotes()`` on the shipped corpus).
    articles : DataFrame, optional
        Table with ``article_id`` (and ``short``) listing the sources to report, so that a source
        that quotes nobody still appears (with zeros); quotes of other articles are left out.
        Default: ``load_articles()`` (the course's corpus; a ``quotes_table`` of articles it does not
        hold raises :class:`CorpusError`): a corpus passed to :func:`quotes` should be passed here
        too.
    by : {"group", "actor"}
        Count by actor group (all seven groups listed, zeros included) or by actor (only actors
        quoted somewhere).

    Returns
    -------
    DataFrame
        Columns ``article_id, short, group`` (or ``actor``), ``quotes, words, share``: ``quotes``
        counts quotations (direct and indirect), ``words`` their words, ``share`` = words / all
        quoted words of that source (0 when the source quotes nobody). Unresolved speakers are
        counted under ``"unresolved"``.

    Notes
    -----
    Method: word counts of :func:`quotes` rows (sourcing as framing, Entman 1993). Blind spots: a
    long indirect clause weighs as much as a quote; a paraphrase without a speech verb gives no
    voice here; a role speaker's group is only as good as its role words.
    """
    if by not in ("group", "actor"):
        raise choice_error("by", by, ["group", "actor"])
    if quotes_table is None:
        quotes_table = quotes()
    elif not isinstance(quotes_table, pd.DataFrame) or not {"article_id", "actor", "group", "words"} <= set(
            quotes_table.columns):
        raise CorpusError("quotes_table must be the DataFrame returned by quotes() (columns article_id, "
                          "actor, group, words, ...).")
    if articles is None:  # the course's corpus: a ledger of another corpus would lose its articles
        from helpers.corpus.loading import load_articles
        articles = load_articles()
        require_same_articles(quotes_table["article_id"].unique(), articles["article_id"], "quotes_table",
                              "share_of_voice")
    articles = require_table(articles, ["article_id"], "articles", "load_articles()")
    ids = list(dict.fromkeys(articles["article_id"].astype(str)))
    if "short" in articles.columns:
        names = dict(zip(articles["article_id"].astype(str), articles["short"]))
    else:
        names = _short_names(ids, articles)
    q = quotes_table.copy()
    q["article_id"] = q["article_id"].astype(str)
    q = q[q["article_id"].isin(ids)]
    q[by] = q[by].fillna("").replace("", "unresolved")
    agg = q.groupby(["article_id", by]).agg(quotes=("words", "size"), words=("words", "sum"))
    if by == "group":
        keys = list(GROUPS) + (["unresolved"] if (q["group"] == "unresolved").any() else [])
        grid = pd.MultiIndex.from_product([ids, keys], names=["article_id", by])
        agg = agg.reindex(grid, fill_value=0)
    out = agg.reset_index()
    out[["quotes", "words"]] = out[["quotes", "words"]].astype(int)
    totals = out.groupby("article_id")["words"].transform("sum")
    out["share"] = (out["words"] / totals.where(totals > 0)).fillna(0.0).astype(float)
    out.insert(1, "short", out["article_id"].map(names))
    order = {a: i for i, a in enumerate(ids)}
    out = out.sort_values(["article_id", by], key=lambda s: s.map(order) if s.name == "article_id" else s,
                          kind="stable").reset_index(drop=True)
    return out[["article_id", "short", by, "quotes", "words", "share"]]
