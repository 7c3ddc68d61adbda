"""Company facts ranked by their own words: no phrasings, the kind of answer checked."""

import pytest

from bot.answer import Source  # noqa: F401 - the Fact dataclass lives beside the knowledge reader
from bot.knowledge.files import Fact
from bot.understanding import Ask, FactIndex, FactQuery
from bot.understanding.facts_search import quoted_by_description, stem


def fact(
    id: str, statement: str, metric: str = "profile", value: float | None = None, subjects=("Acme",)
) -> Fact:
    return Fact(id, "src", tuple(subjects), metric, "2016", value, None, "", (), "", statement, statement)


FACTS = [
    fact("boss", "Jane Roe is Acme's chief executive; she founded it in 2009.", "ceo"),
    fact("price", "Acme sells its phones for between $50 and $90.", "phone_price", 50),
    fact("launch", "The Rocket 2 is expected to launch in May 2017.", "launch"),
    fact("plants", "Acme builds its phones in Vietnam and Mexico.", "plants"),
    fact(
        "rival", "Acme's main rival is Zeta, which it overtook in 2016.", "rivals", subjects=("Acme", "Zeta")
    ),
]
INDEX = FactIndex(FACTS, {}, {"boss": "ceo"}, places=("Vietnam", "Mexico"))


def answer(words, asks=(), subjects=(), scopes=()):
    return INDEX.answer(FactQuery(tuple(words), tuple(asks), subjects, scopes))


@pytest.mark.parametrize(
    "words, asks, best",
    [
        (["boss"], (Ask.WHO,), "boss"),  # a synonym
        (["executiv"], (Ask.WHO,), "boss"),  # a typo, after stemming
        (["phones", "cost", "sells"], (Ask.HOW_MUCH,), "price"),
        (["rocket", "launching"], (Ask.WHEN,), "launch"),
        (["phones", "built"], (Ask.WHERE,), "plants"),
        (["overtook"], (), "rival"),
    ],
)
def test_answer_finds_the_fact(words, asks, best):
    assert [f.id for f in answer(words, asks)][:1] == [best]


@pytest.mark.parametrize(
    "words, asks",
    [
        (["phones"], ()),  # a word half the facts have says nothing
        (["launch"], (Ask.WHO,)),  # a "who" question needs a person
        (["revenue"], ()),
        ([], ()),
    ],
)
def test_answer_declines_when_nothing_fits(words, asks):
    assert answer(words, asks) == []


def test_answer_a_product_alone_is_not_what_is_asked_about_it():
    assert answer(["rocket", "2", "colour"], (), scopes=("Rocket 2",)) == []
    assert [f.id for f in answer(["rocket", "2", "launch"], (), scopes=("Rocket 2",))] == ["launch"]


def test_answer_only_facts_of_the_companies_named():
    assert [f.id for f in answer(["overtook"], (), subjects=("Zeta",))] == ["rival"]
    assert answer(["overtook"], (), subjects=("Other",)) == []


def test_answer_a_person_named_must_be_in_the_fact():
    assert [f.id for f in answer(["jane", "roe", "founded"])] == ["boss"]
    assert answer(["john", "roe", "founded"]) == [] or answer(["john", "roe", "founded"])[0].id == "boss"


@pytest.mark.parametrize(
    "word, stemmed",
    [
        ("launched", "launch"),
        ("launches", "launch"),
        ("launching", "launch"),
        ("makes", "mak"),
        ("make", "mak"),
    ],
)
def test_stem_same_on_both_sides(word, stemmed):
    assert stem(word) == stemmed


def shared_sentence_fact(id: str, statement: str, sentence: str, metric: str = "aims") -> Fact:
    quoted = "Jo Bloggs (CEO)"
    return Fact(id, "src", ("Acme",), metric, "2016", None, None, "", (), quoted, statement, sentence)


# Two facts from one article sentence: the word only the sentence has says less than the statement's.
SHARED = "The CEO said Acme needs to focus on phones, and named three aims: speed, price and reach."
RANKED_FACTS = [
    shared_sentence_fact("focus", "Jo Bloggs said Acme needs to focus on phones.", SHARED),
    shared_sentence_fact("aims", "Jo Bloggs named three aims for Acme: speed, price and reach.", SHARED),
    shared_sentence_fact("hopes", "Jo Bloggs hopes for a good year.", "Jo Bloggs hopes for a good year."),
    shared_sentence_fact("wins", "Acme had the upper hand over Zeta at home.", "Acme beat Zeta.", "rivals"),
]
RANKED_INDEX = FactIndex(RANKED_FACTS, {}, {"upper hand": "beat", "homeland": "home"})


@pytest.mark.parametrize(
    "words, details, best",
    [
        (["focus"], (), "focus"),  # "focus" is in both facts' sentence, but only one fact says it
        (["acme"], ("three",), "aims"),  # "Bloggs' three ...": a number word tells the facts apart
        (["overtook", "beat", "homeland"], (), "wins"),  # an expression read as one word
    ],
)
def test_rank_prefers_what_the_fact_itself_says(words, details, best):
    ranked = RANKED_INDEX.rank(FactQuery(tuple(words), details=details))
    assert ranked[0].fact.id == best


def test_answer_a_company_named_in_two_words_is_no_person():
    founded = fact("founded", "Bolt Mobile was founded in 2011.", "founded", subjects=("Bolt Mobile",))
    founder = fact(
        "founder", "Ann Lee founded Bolt Mobile with two engineers.", "profile", subjects=("Bolt Mobile",)
    )
    index = FactIndex([*FACTS, founded, founder], {}, {})
    ranked = index.rank(FactQuery(("founded",), (Ask.WHO,), ("Bolt Mobile",)))
    assert [r.fact.id for r in ranked][:1] == ["founder"]
    assert Ask.WHO not in index.kinds[-2] and Ask.WHO in index.kinds[-1]


def test_answer_a_word_only_another_companys_facts_use_is_about_that_company():
    ours = fact("ours", "Acme's new flagship, the Rocket 2, launches in May 2017.", "launch")
    theirs = fact(
        "theirs", "Bolt Mobile will launch its Bolt K5 on April 2, 2020.", "launch", subjects=("Bolt Mobile",)
    )
    sold = fact("sold", "Acme sold 6.5 million phones in 2017.", "smartphones_sold", 6.5e6)
    # Bolt Mobile has an article of its own: facts enough to be a company asked about
    more = [
        fact(f"bolt-{i}", f"Bolt Mobile fact {i}.", "profile", subjects=("Bolt Mobile",)) for i in range(4)
    ]
    index = FactIndex([*FACTS, ours, theirs, sold, *more], {}, {})
    # "k5" is read "k 5", as the question reads it; the "5" of "6.5 million" is no word
    found = index.answer(FactQuery(("k", "5", "launch"), (Ask.WHEN,), (), (), main_subject="Acme"))
    assert [f.id for f in found][:1] == ["theirs"]


def test_explaining_difference_is_a_reason_of_that_year_speaking_of_a_gap():
    reason = fact(
        "gap", "Acme says the gap between its 2016 figure and IDC's comes from phones shipped late."
    )
    other_reason = fact("slump", "Acme's 2016 sales fell because of a price war.")  # a reason, no gap
    figure = fact(
        "idc", "IDC puts Acme's 2016 sales at 2.6 million; the gap comes from shipping.", value=2.6e6
    )
    index = FactIndex([reason, other_reason, figure, *FACTS], {}, {})
    assert index.explaining_difference(("Acme",), 2016) == [reason]
    assert index.explaining_difference(("Zeta",), 2016) == []  # another company's
    assert index.explaining_difference(("Acme",), 2015) == []  # another year


@pytest.mark.parametrize(
    "statement, says",
    [
        ("Acme is a phone maker based in Istanbul, Turkey.", True),  # where it is based is its headquarters
        ("Acme is headquartered in Springfield.", True),
        ("Acme has its hq in Oslo.", True),  # as the lexicon says it
        ("Acme is one of the largest China-based phone makers.", False),  # half of a word, no place named
        ("Acme is based on open-source designs.", False),
    ],
)
def test_speaking_of_headquarters(statement, says):
    index = FactIndex([fact("hq", statement)], {}, {}, absent_phrases={"headquarters": ("hq", "head office")})
    assert bool(index.speaking_of(index.facts, ["headquarters"])) is says


def quoted_fact(id: str, quoted: str) -> Fact:
    return Fact(id, "src", ("Acme",), "aims", "2016", None, None, "", (), quoted, "A claim.", "A claim.")


def test_quoted_by_description_names_each_one_described_once():
    facts = [
        quoted_fact("a", "Jo Bloggs, industry insider"),
        quoted_fact("b", "Ann Lee (CEO), per the Daily News"),
        quoted_fact("c", "Max Power, analyst"),
        quoted_fact("d", "Sam Hill, analyst"),  # two analysts: the word names neither
        quoted_fact("e", "Acme"),  # no description
    ]
    assert quoted_by_description(facts) == {"insider": "jo bloggs", "ceo": "ann lee"}


def test_answer_chat_near_an_articles_sentence_is_no_question_of_its_fact():
    insider = Fact(
        "insider", "src", ("Acme",), "insider", "2017", None, None, "", (), "",
        "Jo Bloggs says Acme must sell 9 million phones in 2017.",
        "Jo Bloggs says Acme must sell 9 million phones in 2017 to pick up where it left off.",
    )  # fmt: skip
    index = FactIndex([insider, *FACTS], {}, {})
    chat = FactQuery(("pick", "kids"), (), (), (), unknown=("kids",))
    assert index.answer(chat) == []
    # ... but a question naming the company the sentence is about still finds it
    asked = FactQuery(("pick", "kids"), (), ("Acme",), (), unknown=("kids",))
    assert [f.id for f in index.answer(asked)] == ["insider"]


def test_answer_a_word_of_its_own_is_no_slip_of_a_facts_word():
    # "lunch" is a slip of "launch" only where it is no word of its own
    assert [f.id for f in INDEX.answer(FactQuery(("lunch",)))] == ["launch"]
    own = FactIndex(FACTS, {}, {"boss": "ceo"}, own_words=frozenset({"lunch"}))
    assert own.answer(FactQuery(("lunch",))) == []
    assert [f.id for f in own.answer(FactQuery(("rocket", "launch")))] == ["launch"]


def test_rank_who_said_prefers_the_fact_naming_every_year_asked():
    # "who said 2017 needs to match 2015?": the fact that names both years, over a shorter one naming one
    facts = [
        fact("short", "Jane Roe said Acme needs to focus on phones.", "focus"),
        fact(
            "both", "Analyst John Poe said Acme needs to sell 9 million in 2017, as many as in 2015.", "need"
        ),
    ]
    index = FactIndex(facts, {}, {})
    query = FactQuery(("needs", "match"), (Ask.WHO,), years=(2017, 2015))
    assert [r.fact.id for r in index.rank(query)][:1] == ["both"]
    assert [r.fact.id for r in index.rank(FactQuery(("needs",), (Ask.WHO,)))][:1] == ["short"]


def test_answer_a_word_the_statement_says_itself_beats_the_metrics_name():
    # every fact of the metric "plans" carries its name; the one whose statement says "plan" fits
    # "what did jane say about plans?" best, though it is the longest
    facts = [
        fact("short", "Jane Roe expects a strong 2017 for Acme.", "plans", subjects=("Acme", "Jane Roe")),
        fact(
            "said",
            "Jane Roe said Acme cares most about quality: the 9 million target is not its first plan.",
            "plans",
            subjects=("Acme", "Jane Roe"),
        ),
    ]
    index = FactIndex([*FACTS, *facts], {"plans": "what Jane Roe said about plans"}, {})
    query = FactQuery(("jane", "roe", "plans"), (Ask.WHAT, Ask.SAID))
    assert [f.id for f in index.answer(query)][:2] == ["said", "short"]
