"""An article's own outlet, named by a short form, is named by the catalogue's name of that outlet.

A news article often names the outlet that publishes it by a short form: its initials ("told REN",
"CNW reported", "according to AW's sources") or one word of its name ("Glasnik's questions" in
*Večernji Glasnik*). The text never writes the full name, but the corpus catalogue does (its
``outlet`` column), and a student who adds an article writes that row. So when
:func:`helpers.analysis.actors.actor_mentions` knows the corpus folder of its sentences (it loaded
the corpus itself, or the sentences come from :func:`helpers.load_sentences`), a name the alias
table does not know that is a short form of the article's own outlet is reported under the
outlet's catalogue name. Nothing else changes: a name of the alias table keeps its actor, an
acronym of another organisation keeps its own name, and sentences without a known folder are
left as they are.

The catalogue's name of an outlet is its ``outlet`` cell up to a parenthesis or a comma
("Radio Europa Nova (REN; invented public broadcaster)" -> ``Radio Europa Nova``; "CNS, China
News Service" -> ``CNS``, the name written first). Its short forms: an acronym written first in
the parenthesis (``REN``), the initials of its capitalised words (``CNW`` for China News Wire,
``AW`` for Associated Wire) and each of its distinctive words of four or more letters written
alone (``Glasnik``; not generic words such as "Radio", "Daily", "News" or "Press"). A cell that
describes rather than names (a word in lower case other than "of", "the", "for" ...: "Invented
news site", "Presidency press service") has no short forms.
"""
from __future__ import annotations

import re

import pandas as pd

#: Words of outlet names too common to name the outlet when written alone.
GENERIC_WORDS = frozenset("""
    agency balance balkan balkans brief broadcaster business capital centre center channel civic
    commission council daily defence delegation desk digest eastern edition english europe european evening
    foreign forum global government group herald info institute integrity international journal
    letter live long magazine markets media ministry monitor morning national network news newsletter
    northern online open parliament policy portal post president presidency press public radio read
    regional relations report republic research review rights road security service seven silk social
    southern space state strategic student studies studio tech television times today union view
    watch website weekly western wire world
""".split())
#: Small words a name may write in lower case ("Centre for Civic Space", "Le Quotidien du Sud").
NAME_PARTICLES = frozenset("of the for on and to in at du de la le na i u".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_POSSESSIVE = re.compile(r"['’]s?$")


def outlet_forms(outlet) -> tuple[str, frozenset]:
    """The catalogue name of an outlet and the short forms that name it in its own articles.

    Parameters
    ----------
    outlet : str
        An ``outlet`` cell of a catalogue ("Radio Europa Nova (REN; invented broadcaster)").

    Returns
    -------
    tuple
        ``(name, forms)``: ``("Radio Europa Nova", frozenset({"REN", "Europa", "Nova"}))``; an empty
        name and no forms for an empty cell.
    """
    if not isinstance(outlet, str) or not outlet.strip():
        return "", frozenset()
    head, _, paren = outlet.partition("(")
    name = head.split(",")[0].strip()
    words = _WORD.findall(name)
    if any(w[0].islower() and w not in NAME_PARTICLES for w in words):
        return name, frozenset()  # a description ("Invented rewrite of ...", "Dnevni pregled online")
    forms = set()
    first = re.split(r"[;,:]", paren)[0].strip()
    if _ACRONYM.fullmatch(first):
        forms.add(first)
    initials = "".join(w[0] for w in words if w[0].isupper() and w != "The")
    if len(initials) >= 2 and len(words) >= 2:
        forms.add(initials)
    if len(words) >= 2:
        forms.update(w for w in words if len(w) >= 4 and w[0].isupper() and w.lower() not in GENERIC_WORDS)
    forms.discard(name)
    return name, frozenset(forms)


def own_outlet_names(mentions: pd.DataFrame, source) -> pd.DataFrame:
    """``mentions`` with names that are short forms of the article's own outlet renamed to it.

    Parameters
    ----------
    mentions : DataFrame
        Rows of :func:`helpers.analysis.actors.actor_mentions` (columns ``article_id``, ``actor``,
        ``alias``; changed in place and returned).
    source : Corpus or DataFrame
        The corpus the sentences come from, or the sentences table: its ``attrs["corpus_folder"]``
        (set by :func:`helpers.load_sentences`) names the folder; without one nothing changes.

    Returns
    -------
    DataFrame
        ``mentions``; only rows with an empty ``alias`` (a name the alias table does not know) whose
        ``actor`` (without a possessive) is a short form of its article's outlet are renamed.
    """
    folder = getattr(source, "folder", None) or getattr(source, "attrs", {}).get("corpus_folder")
    unknown = mentions["alias"].eq("") if len(mentions) else None
    if not folder or unknown is None or not unknown.any():
        return mentions
    from helpers.corpus.loading import load_corpus
    try:
        articles = source.articles if hasattr(source, "articles") else load_corpus(folder).articles
    except Exception:  # noqa: BLE001 - a folder that cannot be read leaves the names as found
        return mentions
    renames = {}  # (article_id, short form) -> the outlet's name
    for aid, outlet in zip(articles["article_id"].astype(str), articles["outlet"]):
        name, short = outlet_forms(outlet)
        renames.update(((aid, form), name) for form in short)
    if not renames:
        return mentions
    rows = unknown.to_numpy().nonzero()[0]
    aids = mentions["article_id"].astype(str).to_numpy()[rows]
    names = [renames.get((a, _POSSESSIVE.sub("", str(actor))))
             for a, actor in zip(aids, mentions["actor"].to_numpy()[rows], strict=True)]
    hit = [k for k, n in enumerate(names) if n]
    if hit:
        col = mentions.columns.get_loc("actor")
        mentions.iloc[rows[hit], col] = [names[k] for k in hit]
    return mentions
