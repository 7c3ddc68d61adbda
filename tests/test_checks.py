"""Yes or no for checks of company facts: settled only by a figure, a year or a name."""

import pytest

from bot.answering.checks import denies, fact_verdict, order_claimed, ranking_verdict
from bot.engine import Engine
from bot.knowledge.files import Fact


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is Lei Jun the CEO?", "Yes."),
        ("is lei jun the ceo of xiaomi, right?", "Yes."),
        ("is tim cook the ceo of xiaomi", "No."),
        ("was Xiaomi founded in 2010?", "Yes."),
        ("was xiaomi founded in 2012??", "No."),
        ("xiaomi started in 2011 didn't it", "No."),
        ("is xiaomi valued at 46 billion?", "Yes."),
        ("is xiaomi worth 50 billion dollars", "No."),
        # a statement to check, and a role given to another company
        ("so kevin wang is xiaomi's CEO, right?", "No."),
        ("lei jun is xiaomi's ceo right", "Yes."),
        ("lei jun is the ceo of huawei yes?", "No."),
        # ... with the possessive typed without its apostrophe, or the role said first
        ("kevin wang is xiaomis ceo right", "No."),
        ("the ceo of xiaomi is kevin wang", "No."),
        ("the ceo of xiaomi is lei jun", "Yes."),
        ("is lei jun the ceo of apple?", "No."),
        ("is jony ive the design chief of xiaomi?", "No."),
        ("is jony ive apple's design chief", "Yes."),
        # a bare number is said in the figure's own scale: nobody claims 70 phones were sold
        ("he says 2015 was 70, is that true", "Yes."),
        ("somebody here says 2015 was 80, true?", "No: 80 million"),
    ],
)
def test_fact_verdict_settles_checks(engine: Engine, question, verdict):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith(verdict)


@pytest.mark.parametrize("question", ["is lei jun still the ceo?", "is xiaomi still valued at 46 billion?"])
def test_fact_verdict_still_is_never_settled_by_a_dated_fact(engine: Engine, question):
    # a fact of 2015 says nothing of now: the facts as dated, no bare yes (a market's rankings are
    # dated too, and the latest says how things stood last: "still number one?" No)
    answer = engine.answer(question)
    assert answer.answered and not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize("question", ["does xiaomi sell only in india?", "is xiaomi sold just in brazil?"])
def test_fact_verdict_only_there_is_never_settled_by_a_fact_naming_the_place(engine: Engine, question):
    # its markets name India and Brazil among others: that says nothing of "only"
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith("Xiaomi's markets include"), answer.text


@pytest.mark.parametrize("question", ["who is the ceo of xiaomi", "when was xiaomi founded"])
def test_fact_verdict_none_for_plain_questions(engine: Engine, question):
    frame = engine.understand(question)
    facts = engine.fact_index.facts
    assert fact_verdict(frame, facts, engine.fact_index.person_words) == ""
    assert not engine.answer(question).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question, verdict",
    [
        # what the facts say only to deny is no "Yes": "not the No. 1 priority"
        ("was the 80m goal a priority for lei jun?", ""),
        ("was lei jun the one who said the target is not a priority", "Yes."),
        ("is lei jun the ceo?", "Yes."),
    ],
)
def test_fact_verdict_denied_role(engine: Engine, question, verdict):
    frame = engine.understand(question)
    facts = engine.fact_index.facts
    assert fact_verdict(frame, facts, engine.fact_index.person_words) == verdict


def test_fact_verdict_unknown_person_asked_what_they_said_is_declined(engine: Engine):
    assert not engine.answer("what did tim cook say about xiaomi").answered


# "Is Kevin Wang the CEO?" is settled by who the CEO is (tests/test_engine.py); no fact names a founder.
@pytest.mark.parametrize("question", ["is kevin wang the founder", "is lei jun the founder"])
def test_fact_verdict_role_not_in_the_fact_gives_no_verdict(engine: Engine, question):
    assert not engine.answer(question).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "verdict", "says"),
    [
        ("iphones sell for 100 to 300 dollars right?", "No.", "iPhones sell for between $650 and $1,000"),
        ("do xiaomi phones cost $100 to $300", "Yes.", "Xiaomi sells low-cost"),
        ("are iphones $650 to $1000?", "Yes.", "iPhones sell"),
        # a bound claimed of some one of them: yes as soon as one end clears it
        ("any xiaomi phones above $250?", "Yes.", "Xiaomi sells low-cost"),
        ("any iphones under $600?", "No.", "iPhones sell"),
    ],
)
def test_fact_verdict_price_ranges(engine: Engine, question, verdict, says):
    answer = engine.answer(question)
    assert answer.text.startswith(verdict) and says in answer.text


def test_a_sum_of_money_is_never_a_count_of_units_sold(engine: Engine):
    # "over 500 dollars" once read as sales over 500 units
    answer = engine.answer("xiaomi sells phones for over 500 dollars?")
    assert answer.text.startswith("No. Xiaomi sells low-cost, high-quality phones for between $100 and $300.")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # an end of a range named is that end, not anywhere in the range (newcomer trial 13)
        ("is the cheapest xiaomi phone $150", "No."),
        ("is the priciest iphone $900", "No."),
        ("is the cheapest iphone $650?", "Yes."),
        # a sum in another currency is no sum in dollars
        ("is xiaomi valued at 46 billion yuan", "No."),
        # a fact that says something changed gives no plain yes to "still"
        ("is xiaomi still number one in china in 2017", "No. In China, Huawei, OPPO and Vivo"),
        # an approximate figure from reports is neither exact nor official
        ("did they sell exactly 58 million in 2016", "Roughly: that figure is approximate."),
        ("did xiaomi sell 58 million in 2016 according to official numbers", "Not officially"),
    ],
)
def test_fact_verdict_ends_currencies_and_changes(engine: Engine, question, verdict):
    assert engine.answer(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "statement, labels, denied",
    [
        ("Norvik Mobile has no plans to enter China or the United States.", ["China"], True),
        ("It does not sell phones in India.", ["India"], True),
        (
            "It hadn't completely expanded globally yet - its markets include China, India, Brazil.",
            ["India"],
            False,
        ),
        ("Xiaomi's markets include China, India and Brazil.", ["China"], False),
    ],
)
def test_denies_only_what_is_denied_of_the_place(statement, labels, denied):
    assert denies(statement, labels) is denied


@pytest.mark.parametrize(
    "statement",
    ["Xiaomi sells not only in China but also in India.", "Sales did not slow in China."],
)
def test_denies_no_negation_of_being_there(statement):
    assert not denies(statement, ["China"])


def test_fact_verdict_no_owner_of_a_role_across_a_comma(engine):
    from bot.answering.checks import _role_of_another
    from bot.knowledge.files import Fact

    said = "Bolt Mobile's growth came from Southeast Asia, CEO Ann Lee said."
    fact = Fact("g", "src", ("Bolt Mobile",), "markets", "2020", None, None, "", (), "", said, said)
    assert not _role_of_another(fact, ["ceo"], ("Bolt Mobile",), ["ann", "lee"])
    owned = "Apple design chief Jony Ive once called the designs theft."
    other = Fact("o", "src", ("Xiaomi",), "jony_ive", "2015", None, None, "", (), "", owned, owned)
    assert _role_of_another(other, ["design", "chief"], ("Xiaomi",), ["jony", "ive"])


@pytest.mark.parametrize(
    ("text", "subjects", "claimed"),
    [
        ("is huawei ahead of xiaomi in china", ("Huawei", "Xiaomi"), (("Huawei",), ("Xiaomi",))),
        ("is xiaomi behind huawei at home", ("Xiaomi", "Huawei"), (("Huawei",), ("Xiaomi",))),
        ("xiaomi passed huawei in china by 2017", ("Xiaomi", "Huawei"), (("Xiaomi",), ("Huawei",))),
        (
            "in 2017 huawei oppo and vivo were all trailing xiaomi",
            ("Huawei", "OPPO", "Vivo", "Xiaomi"),
            (("Xiaomi",), ("Huawei", "OPPO", "Vivo")),
        ),
        ("xiaomi was #1 in china in 2017", ("Xiaomi",), (("Xiaomi",), ("all",))),
        ("was xiaomi #1 in the second quarter of 2015", ("Xiaomi",), (("Xiaomi",), ("all",))),
        ("is xiaomi behind the market leader", ("Xiaomi",), None),  # below first place: no claim of it
        # a pick between two, or two companies in no order
        ("who leads in china, xiaomi or huawei", ("Xiaomi", "Huawei"), None),
        ("xiaomi and huawei in china", ("Xiaomi", "Huawei"), None),
    ],
)
def test_order_claimed_reads_who_is_said_to_lead(text, subjects, claimed):
    assert order_claimed(text, subjects) == claimed


def ranking(ahead: tuple[str, ...], behind: tuple[str, ...]) -> Fact:
    return Fact("r", "s", ("Xiaomi",), "china_rank", "2017", None, None, "", (), "", "s", "s", ahead, behind)


@pytest.mark.parametrize(
    ("claim", "fact", "verdict"),
    [
        ((("Huawei",), ("Xiaomi",)), ranking(("Huawei", "OPPO"), ("Xiaomi",)), "Yes."),
        ((("Xiaomi",), ("OPPO",)), ranking(("Huawei", "OPPO"), ("Xiaomi",)), "No."),
        ((("Huawei",), ("OPPO",)), ranking(("Huawei", "OPPO"), ("Xiaomi",)), ""),  # both ahead
        ((("Xiaomi",), ("all",)), ranking(("Huawei", "OPPO"), ("Xiaomi",)), "No."),
        ((("Huawei",), ("all",)), ranking(("Huawei", "OPPO"), ("Xiaomi",)), ""),  # one of several ahead
        ((("Xiaomi",), ("all",)), ranking(("Xiaomi",), ("all",)), "Yes."),
        ((("Huawei",), ("all",)), ranking(("Xiaomi",), ("all",)), "No."),
        ((("Xiaomi",), ("Apple",)), ranking(("Xiaomi",), ("all",)), "Yes."),  # the leader is ahead of all
        ((("Apple",), ("Xiaomi",)), ranking(("Xiaomi",), ("all",)), "No."),
    ],
)
def test_ranking_verdict_against_one_ranking(claim, fact, verdict):
    assert ranking_verdict(claim, fact) == verdict


@pytest.mark.parametrize(
    "question",
    [
        "Is Kevin Wang described as an industry insider?",
        "did lei jun name three directions?",
        "is xiaomi known as the apple of china?",
        "Is Xiaomi known for selling cheap Android devices in developing countries?",
        "was lei jun constantly pushed by everyone to give the forecast?",
    ],
)
def test_fact_verdict_yes_when_the_fact_says_every_word_claimed(engine: Engine, question):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    "question",
    [
        # a number the fact does not say, or a word it passes over
        "did lei jun name four directions?",
        "did lei jun name three important directions in may?",
        "did lei jun found xiaomi?",
        # a word the fact qualifies: "second-most", "one of the largest", "not", "hadn't", "once"
        "is xiaomi the largest china-based smartphone manufacturer?",
        "was the 80 million goal the top priority?",
        "is the sales target the no. 1 priority?",
        "has xiaomi completely expanded globally?",
        "did jony ive recently call xiaomi's designs theft?",
        # a claim said in the negative
        "kevin wang isn't an industry insider?",
        "nobody calls xiaomi the apple of china?",
        # the words the other way round, across clauses, or with words between
        "did xiaomi call apple's designs theft?",
        "did lei jun push everyone to give the forecast?",
        "xiaomi is one of the most valuable startups in china?",
        "is kevin wang an insider at xiaomi?",
        "in 2015 was china's smartphone market saturated with huawei?",
        "is canalys techinasia's research firm?",
        # a synonym's claim: "theft" is Jony Ive's word, which Xiaomi denies
        "did xiaomi steal designs?",
        # the halves of a compound apart: "low-cost, high-quality"
        "is xiaomi's quality low?",
        # only rumoured, or a condition
        "the mi 6 launched on april 18?",
        "does xiaomi continue its growth?",
        # a claim about "it" or "they", or one so only in the fact's year
        "is it the top smartphone company in china?",
        "Is Xiaomi five years old?",
        "Is the hype surrounding Xiaomi dying down?",
        # a topic, a request or a liking, no claim
        "xiaomi ceo?",
        "tell me about xiaomi fitness trackers?",
        "i like xiaomi fitness trackers?",
    ],
)
def test_fact_verdict_no_yes_for_less_than_the_fact_says(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.text.startswith("Yes"), answer.text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # one thing swapped for another of its kind the fact gives: the month its statement gives,
        # words in quotes no fact says, the opposite half of a pair
        ("The data naming Xiaomi China's top smartphone company in Q2 2015 came out in July, right?", "No."),
        ("Jony Ive called Xiaomi's designs 'lazy', didn't he?", "No."),
        ("According to the 2015 article Xiaomi plans to launch in the US in 'a few months'?", "No."),
        ("Xiaomi's phones are described as low-cost and low-quality - agree?", "No."),
        # ... and the same claims as the articles make them
        ("did jony ive call xiaomi's designs 'theft'?", "Yes."),
        ("Is Xiaomi called the second-most valuable private tech company in the world?", "Yes."),
    ],
)
def test_fact_verdict_one_thing_swapped(engine: Engine, question, verdict):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    "question",
    [
        # a name mistyped is no other name; the claim's other words must be the fact's
        "Did Canalis report that Xiaomi's Q3 2015 sales dropped?",
        "was the photo taken in may?",
        "did lei jun say customer 'satisfaction' matters most?",
    ],
)
def test_fact_verdict_no_swap_without_a_counterpart(engine: Engine, question):
    assert not engine.answer(question).text.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        # a place, a person or a source the facts do not name is no contradiction of one they do
        "Did Lei Jun speak in Beijing?",
        "Did Lei Jun speak in Europe?",
        "Did Jun speak at the WIC in Wuzhen?",
        "Did Jonathan Ive call Xiaomi's designs theft?",
        # another word of the same kind is no opposite
        "Does Xiaomi sell good-quality phones?",
        "Is Xiaomi a Chinese-based manufacturer?",
        # a number that is one article's only, asked as both articles' without saying so
        "Checking both articles: did Xiaomi sell 61 million in 2014?",
        # a month bounding a time, or a time that might be, is no month claimed
        "was lei jun photographed at a launch before june 2014?",
        "was the mi 6 expected before may?",
        "could the mi 6 launch in may?",
    ],
)
def test_fact_verdict_no_false_no(engine: Engine, question):
    assert not engine.answer(question).text.startswith("No"), question


@pytest.mark.parametrize(
    "question",
    [
        # words in quotes the fact says, in a claim that turns their meaning round
        "Did Jun say the 80 million target is 'the No. 1 priority'?",
        "Did Xiaomi say the 'magic number' is 70 million?",
        # a word the fact puts between those claimed
        "Is Xiaomi the second-most valuable tech company?",
        # a second goal is the revised one
        "Was their second goal for 2015 to sell 100 million?",
        "Was their first goal for 2015 to sell 80 million?",
        "Did both articles say Xiaomi sold 70 million in 2015?",
    ],
)
def test_fact_verdict_no_false_yes(engine: Engine, question):
    assert not engine.answer(question).text.startswith("Yes"), question


@pytest.mark.parametrize(
    "question, start",
    [
        # where a range of prices starts is its low end
        ("xiaomi phones start at $200?", "No. Xiaomi sells low-cost, high-quality phones for between $100"),
        ("xiaomi phones start at $100?", "Yes. Xiaomi sells low-cost"),
        ("iphones start at $700?", "No. iPhones sell for between $650 and $1,000."),
        # "cheaper than" a sum is a bound, not a price claimed
        ("is a xiaomi cheaper than $400?", "Yes. Xiaomi sells low-cost"),
        ("is an iphone more expensive than $600?", "Yes. iPhones sell for between $650 and $1,000."),
    ],
)
def test_check_session_56_prices_by_their_start_and_bound(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a number said to be what someone said, against the figures he gave
        ("did kevin wang say 100 million?", "No. Kevin Wang is an industry insider"),
        ("did kevin wang say 70 million?", "Yes. Kevin Wang is an industry insider"),
    ],
)
def test_fact_verdict_session_60_a_number_someone_said(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text
