"""A closing attribution whose speaker is an alias-table actor after a plain descriptor.

"…, mining company Rio Tinto said.", "…, state broadcaster RTS said.": the descriptor says what the
actor is, and the actor speaks (before, such a sentence gave no quote: the rule found only names that
are not in the alias table there). Sentences written here, no devset text.
"""

import pandas as pd

from helpers import quotes


def _quotes_of(*paragraphs):
    df = pd.DataFrame({"article_id": ["931"] * len(paragraphs),
                       "paragraph_id": [f"931-p{i:02d}" for i in range(len(paragraphs))],
                       "text": list(paragraphs)})
    return quotes(df)


def test_a_table_actor_after_a_descriptor_speaks_the_clause_before_it():
    cases = [
        ("Copper exports rose by a third last year, mining company Rio Tinto said on Monday.",
         "Rio Tinto", "Copper exports rose by a third last year"),
        ("The lithium project will meet every European standard, Anglo-Australian miner Rio Tinto said.",
         "Rio Tinto", "The lithium project will meet every European standard"),
        ("The election coverage followed the law, state broadcaster RTS said in a statement.",
         "RTS", "The election coverage followed the law"),
    ]
    for text, actor, quote in cases:
        out = _quotes_of(text)
        assert list(zip(out["actor"], out["kind"], out["quote"])) == [(actor, "indirect", quote)], text


def test_the_actor_keeps_its_table_group():
    out = _quotes_of("The election coverage followed the law, state broadcaster RTS said.")
    assert list(out["group"]) == ["serbian_government"]


def test_a_descriptor_with_a_preposition_or_a_relative_names_someone_else():
    for text in ("The mine will open in 2028, the Serbian subsidiary of Rio Tinto said.",
                 "The mine will open in 2028, a lawyer for Rio Tinto said.",
                 "The vote was fair, people who know Vucic said.",
                 "Nobody will be punished, officials loyal to Vucic said."):
        out = _quotes_of(text)
        assert "Rio Tinto" not in set(out["actor"]) and "Aleksandar Vučić" not in set(out["actor"]), text


def test_a_long_descriptor_run_finishes():
    text = "The plant is safe, " + "very " * 20_000 + "large company Rio Tinto said."
    out = _quotes_of(text)
    assert len(out) <= 1
