"""The lexicon: expressions matched exactly and longest first, single words forgiven one slip."""

import pytest

from bot.understanding.lexicon import FuzzyWords, Lexicon, Role, Tolerance, base_forms

ROWS = [
    ("sold", "sales", ""),
    ("sales", "sales", "noun"),
    ("need to sell", "metric", "sales_target"),
    ("total", "operation", "total"),
    ("growth", "operation", "rise"),
    ("come from", "operation", "sources"),
    ("en", "foreign", ""),
    ("decline", "operation", "fall"),
    ("dipped", "operation", "fall"),
    ("surpass", "operation", "gap"),
    ("mean", "operation", "average"),
]


def scan(text: str, **options):
    return [(h.typed, h.role, h.means) for h in Lexicon(ROWS).scan(text.split(), **options)]


def test_scan_longest_expression_first():
    assert scan("how many do they need to sell") == [("need to sell", Role.METRIC, "sales_target")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an expression running past small talk wins: a figure is asked, not a judgement
        ("did they fail to sell", [("fail to sell", Role.OPERATION, "gap")]),
        ("did they fail", [("did they fail", Role.SMALLTALK, "judgement")]),
        ("did they fail at it", [("did they fail", Role.SMALLTALK, "judgement")]),
    ],
)
def test_scan_small_talk_gives_way_to_an_expression_running_past_it(text, found):
    rows = [*ROWS, ("did they fail", "smalltalk", "judgement"), ("fail to sell", "operation", "gap")]
    assert [(h.typed, h.role, h.means) for h in Lexicon(rows).scan(text.split())] == found


def test_scan_forgives_one_slip():
    assert scan("totl grwoth") == [("totl", Role.OPERATION, "total"), ("grwoth", Role.OPERATION, "rise")]
    assert scan("sole") == []  # four letters, one changed: too easy to confuse with "sold"


def test_scan_never_guesses_a_known_word_or_a_foreign_one():
    assert scan("solid", known=frozenset({"solid"})) == []
    assert scan("ein") == []


def test_scan_never_reads_a_word_of_its_own_as_a_slip():
    lexicon = Lexicon([*ROWS, ("totals", "word", "")])
    assert [h.typed for h in lexicon.scan(["totals", "totl"])] == ["totl"]
    assert lexicon.own_words == frozenset({"totals"})
    assert all(e.role is not Role.WORD for e in lexicon.entries)


def test_lexicon_words_that_are_no_company_are_no_word_to_read():
    lexicon = Lexicon([*ROWS, ("christmas", "no_company", "")])
    assert lexicon.no_company == frozenset({"christmas"})
    assert "christmas" not in lexicon.words
    assert lexicon.scan(["christmas"]) == []


@pytest.mark.parametrize(
    "word, means",
    [
        ("declining", "fall"),
        ("declines", "fall"),
        ("dipping", "fall"),  # the list holds "dipped"; "dipp" is "dip" with its consonant doubled
        ("surpasses", "gap"),
        ("growths", "rise"),
        ("meaning", None),  # "mean" is an average in no other form
    ],
)
def test_scan_reads_a_movement_word_in_any_regular_form(word, means):
    assert [h for _, _, h in scan(word)] == ([means] if means else [])


@pytest.mark.parametrize(
    "word, forms",
    [
        ("rising", ["ris", "rise", "rised"]),
        ("dipping", ["dipp", "dippe", "dip", "dipped"]),
        ("ran", []),  # too short for an ending
    ],
)
def test_base_forms_of_a_word(word, forms):
    assert list(base_forms(word, ("ing",))) == forms


def test_scan_phrases_only_and_skip():
    assert scan("where does it come from sales", phrases_only=True) == [
        ("come from", Role.OPERATION, "sources")
    ]
    assert scan("come from sales", skip=frozenset({0, 1})) == [("sales", Role.SALES, "noun")]


@pytest.mark.parametrize(
    "word, found",
    [("phnoes", "phones"), ("xiaomy", None), ("phones", "phones"), ("pho", None), ("12345", None)],
)
def test_fuzzy_words_closest(word, found):
    assert FuzzyWords(["phones", "sales"], Tolerance()).closest(word) == found


@pytest.mark.parametrize(
    "word, found",
    [
        ("power", None),  # a short word with another first letter is another word, no slip
        ("lowr", "lower"),
        ("xhipped", "shipped"),  # a longer word keeps enough of itself
        ("shiped", "shipped"),
    ],
)
def test_fuzzy_words_short_words_keep_their_first_letter(word, found):
    assert FuzzyWords(["lower", "shipped"], Tolerance()).closest(word) == found


@pytest.mark.parametrize(
    "word, found",
    [
        ("yaer", "year"),  # two letters typed the other way round cost a short word too much of its ratio
        ("waht", "what"),
        ("ayer", None),  # the first letter is kept
        ("pre", None),  # three letters: a swap makes another word as often as a slip ("per")
    ],
)
def test_fuzzy_words_two_letters_swapped(word, found):
    assert FuzzyWords(["year", "what", "per"], Tolerance(min_length=3, swaps=True)).closest(word) == found


def test_fuzzy_words_swaps_only_where_asked():
    assert FuzzyWords(["unit"], Tolerance()).closest("unti") is None  # "unti" is "until" typed short
