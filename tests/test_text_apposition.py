"""An age in apposition (helpers._text.apposition): one rule for the quote engine and the mention finder."""

import pandas as pd
import pytest

from helpers import actor_mentions, quotes
from helpers._text.apposition import age_after, aged_first_name


def _word(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize("text", ["Milica, 34, a teacher, did not hesitate.",
                                  "His friend Karim, 17, said the fares were too high.",
                                  "Her colleague Vesna, aged 52, objected."])
def test_a_first_name_with_an_age_and_a_sentence_going_on_is_a_person(text):
    name = text.split(",")[0].split()[-1]
    assert aged_first_name(text, *_word(text, name))


@pytest.mark.parametrize(("text", "word"), [
    ("The score was Partizan, 2, Zvezda, 1.", "Partizan"),            # a score: a capital after the number
    ("A woman from Zaječar, 61, said the fares were too high.", "Zaječar"),  # a town after a preposition
    ("Then the Minister, 54, said nothing.", "Minister"),               # a noun after "the"
    ("Milica, thirty-four, a teacher, did not hesitate.", "Milica"),  # an age in words: not read
])
def test_no_first_name_where_the_age_reads_otherwise(text, word):
    assert not aged_first_name(text, *_word(text, word))


def test_age_after_says_where_the_age_ends():
    text = "Ana Ilić, aged 58, a farmer"
    assert text[:age_after(text, len("Ana Ilić"))] == "Ana Ilić, aged 58"
    assert age_after(text, 0) is None
    assert age_after("Ana Ilić, 1200, a farmer", len("Ana Ilić")) is None  # no age has four digits


@pytest.mark.parametrize("text", ["Her friend Milica, 34, a teacher, said the bus fares were too high.",
                                  "A woman from Zaječar, 61, said the bus fares were too high."])
def test_quotes_and_mentions_read_an_aged_first_name_alike(text):
    """The quote's speaker is a first name alone exactly when the mention finder names that person."""
    paragraphs = pd.DataFrame({"article_id": ["a"], "paragraph_id": ["a-p01"], "text": [text]})
    sentences = paragraphs.assign(sentence_id=["a-p01-s000"])
    speakers = set(quotes(paragraphs=paragraphs)["actor"])
    named = set(actor_mentions(sentences=sentences)["actor"])
    for word in ("Milica", "Zaječar"):
        assert (word in speakers) == (word in named) == (word == "Milica" and word in text)
