"""The private text engine: every tool of the course finds words through it.

One policy turns a term into a pattern (:mod:`helpers._text.patterns`), so the same term finds
the same places in ``kwic``, ``labels``, ``naming``, ``tag_themes``, ``frame_scores``,
``actor_mentions``, ``timeline_mentions`` and the views' highlighting:

* case, diacritics and curly quotes are ignored (:func:`helpers._text.fold.fold`); ``dj`` in a
  term also finds ``Đ`` (``Djedovic`` finds "Đedović");
* a space matches white space or a hyphen; a hyphen matches a hyphen, white space or nothing;
* ``*`` ending a word is a wildcard (``sanction*``); matches are whole words; ``Russia`` finds
  "Russia's" and "Russia’s";
* a term in capitals (``US``, ``EU``, ``NIS``) matches capitals only.

Modules (each one idea):

``fold``        folding (same length as the text: offsets carry over), sentences, words;
``patterns``    term -> normal form (:func:`term_key`) -> regex (:func:`term_regex`, :func:`compile_trie`);
``scan``        :class:`Lexicon`: the matches of many terms in one text, overlaps resolved by name;
``batch``       :func:`scan` over many texts (parallel on a large corpus, incremental cache);
``quotation``   :func:`quotation_spans`: where a text stands inside quotation marks (linear time);
``apposition`` an age after a name ("Milica, 34, a teacher"): a first name alone, for quotes and mentions;
``lexicon``     :func:`prepare_lexicon`: a lexicon table or dict checked and given its keys;
``joined``      one regex pass over many texts joined; ``parallel``: the process pool;
``programs``    :func:`re_compile`: every regex of the package compiles through it (large ones are
                kept compiled between sessions).

The API for views (highlighting): ``find_terms(text, terms)`` returns ``[(start, end, term), ...]``
with offsets in ``text`` and the term (as given) that matched, exactly where the analyses find it;
``term_regex(term)`` is the compiled pattern of one term for folded text (``fold(text)``), without
the capitals rule for acronyms (``find_terms`` applies it).
"""

from helpers._text.patterns import is_acronym, term_key, term_regex
from helpers._text.quotation import quotation_spans
from helpers._text.scan import Lexicon, compile_lexicon, find_terms

__all__ = ["Lexicon", "compile_lexicon", "find_terms", "is_acronym", "quotation_spans", "term_key",
           "term_regex"]
