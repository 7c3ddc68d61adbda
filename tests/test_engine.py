"""The engine end to end on a real knowledge base: figures, sources, refusals, derived answers, follow-ups."""

import csv

import pytest

from bot.engine import Engine, article_names
from bot.evaluate import numbers_in
from bot.knowledge.files import Source
from bot.understanding import Conversation

WANG = "Kevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017, 10 Apr 2017"


def last_answer(engine: Engine, *turns: str):
    """The answer to the last turn, after the turns before it in one conversation."""
    conversation = Conversation()
    for turn in turns[:-1]:
        engine.answer(turn, conversation)
    return engine.answer(turns[-1], conversation)


def states(text: str, *values: float) -> bool:
    found = numbers_in(text)
    return all(any(abs(n - v) <= v * 0.005 for n in found) for v in values)


@pytest.mark.parametrize(
    "question, value, year",
    [
        ("How many smartphones did Xiaomi sell in 2012?", 7.2e6, "2012"),
        ("xiaomi phone sales '13", 18.7e6, "2013"),
        ("how many handsets did they move in 2015", 70e6, "2015"),
        ("hey bot how many mobiles did xiaomi ship in 2016 lol", 58e6, "2016"),
        ("XIAOMY SMARPHONE SALES 2012!!!", 7.2e6, "2012"),
        ("@MarketFactsBot pls phones sold 2013 🙏", 18.7e6, "2013"),
        ("how many in 2013? (smartphones)", 18.7e6, "2013"),  # the phones named after: still phones
        ("team, how many did xiaomi sell in 2015", 70e6, "2015"),  # a word calling people counts nothing
    ],
)
def test_answer_figure_states_value_year_and_source(engine: Engine, question, value, year):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.intent == "sales"
    assert states(answer.text, value)
    assert year in answer.text
    assert answer.sources and "Source" in answer.text


def test_answer_figure_cites_title_and_date(engine: Engine):
    answer = engine.answer("how many phones did xiaomi sell in 2013")
    assert answer.text.startswith("Xiaomi sold 18.7 million smartphones in 2013.")
    assert answer.text.endswith(f"\u2014 Source: {WANG}")


def test_answer_2014_gives_both_figures_with_both_sources(engine: Engine):
    answer = engine.answer("how many phones in 2014?")
    assert states(answer.text, 61e6, 60e6)
    assert "disagree" in answer.text
    assert len(answer.sources) == 2


def test_answer_2016_keeps_its_qualifiers(engine: Engine):
    text = engine.answer("sales 2016").text
    assert "around 58 million" in text and "reports" in text


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did xiaomi sell in 2019?",
        "how many phones did xiaomi sell in 2011",
        "xiaomi sales 2018",
        "how many phones did xiaomi sell in 2017",
        "Q1 2015 sales",
        "sales in the first half of 2016",
    ],
)
def test_answer_unknown_period_never_gives_a_figure_as_sales(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert "don't know" in answer.text
    assert "2012-2016" in answer.text  # says what it does know


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did xiaomi sell in 2017?",
        "how many phones did xiaomi sell in 2017 in the end?",
    ],
)
def test_answer_2017_sales_is_declined_whatever_the_wording(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith("I don't know Xiaomi's smartphone sales for 2017")


def test_answer_a_2017_number_reached_is_no_yes_from_a_target(engine: Engine):
    # "did xiaomi end up hitting 70m in 2017?": the target of 70 million is no "Yes" that it happened
    answer = engine.answer("did xiaomi end up hitting 70m in 2017?")
    assert not answer.answered
    assert answer.text.startswith("I have no smartphone sales for 2017 to check the target against.")


def test_answer_2017_sales_mentions_target_only_as_target(engine: Engine):
    answer = engine.answer("how many phones did xiaomi sell in 2017")
    assert not answer.answered
    assert "Not smartphone sales" in answer.text and "target" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did Huawei sell in 2015?",
        "apple iphone sales 2014",
        "how many phones did oppo sell",
        "what is huawei worth",
        "who is the CEO of Samsung?",
        "what is xiaomi's revenue?",
        "xiaomi profit 2015",
        "how many employees does xiaomi have",
        "how many fitness trackers did xiaomi sell",
        "what's the weather in Beijing?",
        "asdfghjkl",
        "lol",
        "",
        "what is lei jun's net worth",  # a person named is no valuation of the company
        "what share of the market does xiaomi have",
        "who won the world cup",  # "world" is a word of the facts, and no name in them
        "how many phones did they sell in their first year",
        "where's xiaomi's headquarters",
        "exact number for xiaomi's q3 2015 sales?",  # a number asked for: the articles give none
        "xiaomi scooter numbers 2015",  # an unknown word beside a figure word may be what is counted
        "how many customers does xiaomi have",
        "how's your day going",
        "translate 'hello' to chinese",
        "say it in chinese pls",
        "how many ppl use xiaomi phones worldwide",  # users, not phones sold
        "should i get a xiaomi or an iphone honestly",  # an opinion asked
        "what is a startup",  # a general term to define, which no fact does
        "is 46b valuation justified",  # a judgement asked
        "whats the best xiaomi phone to buy",
        "anyone up for lunch?",  # never "launch"
        "whats an emerging market",
        "where does xiaomi rank in brand value",
        "ok but like how many xiaomi phones got sold in the states, ballpark",
        # the thing counted named before or after the question, never left out
        "scooters, how many did xiaomi sell",
        "electric scooters. how many units did xiaomi shift in 2015?",
        "how many were sold in 2015? (laptops)",
        "how many did they sell in 2015? talking about their routers btw",
        "how many were sold in 2015? power banks",  # the unknown words before the plural too
        "how many phones did xiaomi return/refund in 2015",
        "what's lei jun's phone number",
        # a question beside an answered one that the bot does not understand is no remark
        "what did xiaomi sell in 2016 and what is the price of the mi 5?",
        "who is the ceo and where did he study?",
        # opinions and judgements: the bot has none of its own
        "was jony ive right about xiaomi copying apple?",
        "is 70 million a realistic target",
        "is 58 million a lot for a phone company",
        "xiaomi phones are trash tbh, agree?",
        "how many phones did xiaomi sell in the first 9 months of 2015",
        "call my mom",
    ],
)
def test_answer_refuses_what_it_does_not_know(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    body = answer.text.split("\u2014")[0]  # the citations may quote a title with a number
    assert not states(body, 70e6) and not states(body, 18.7e6)


@pytest.mark.parametrize(
    "question, start, figure",
    [
        ("how many smart phones in 2015", "Xiaomi sold 70 million smartphones in 2015", 70e6),  # no "start"
        # an article named with its month; a year counted from another with a word between
        (
            "what did xiaomi sell last year according to the april 2017 article",
            "Xiaomi sold around 58 million",
            58e6,
        ),
        ("what was xiaomi's sales figure for the year right after 2012", "Xiaomi sold 18.7 million", 18.7e6),
        # "largest" is "biggest": the largest jump is the biggest rise; "one of the largest" is what it is
        (
            "largest yearly jump in sales?",
            "The largest year-on-year rise in Xiaomi's smartphone sales was in 2014",
            42.3e6,
        ),
        # a drop claimed against the best year: yes, it fell
        ("did xiaomi's sales drop in 2016 compared to their best year", "Yes.", 12e6),
        # signs between years: "+" a sum, "minus" a difference
        ("ok so whats 2013 + 2016", "Xiaomi's smartphone sales for 2013 and 2016 add up to", 76.7e6),
        ("sales 2013 + sales 2016", "Xiaomi's smartphone sales for 2013 and 2016 add up to", 76.7e6),
        ("2015 minus 2014", "Xiaomi's smartphone sales grew from 61 million", 9e6),
        (
            "2015 sales divided by 2013 sales",
            "Xiaomi's smartphone sales in 2015 were 3.7 (3.74) times those of 2013",
            51.3e6,
        ),
        # a remark after the question is no thing counted
        ("is it true xiaomi sold 80 million phones in 2015?? my friend swears it", "No", 70e6),
        ("sum of 2012 and 2013 sales? quick maths", "Xiaomi's smartphone sales for 2012-2013", 25.9e6),
        # years counted from an end of the figures: the earliest or the latest ones
        ("total of the first three years?", "Xiaomi's smartphone sales for 2012-2014 add up to", 86.9e6),
        ("avg over the last two years", "Xiaomi's smartphone sales averaged 64 million", 128e6),
        ("is 7.2 million right for 2012? double checking", "Yes.", 7.2e6),
        # a decimal said in passing is an amount, never the year 34
        ("so if they did 34.7 in the first half, how many in the second half of 2015", "No article", 35.3e6),
        # a bare number past a comparison word is a bound in millions, never the year 2060
        ("xiaomi sales under 40 in 2013?", "Yes.", 18.7e6),
        ("2015 sales over 75?", "No.", 70e6),
        # a movement word in any regular form, beside the measure it moves
        (
            "were xiaomi's sales declining in 2016",
            "Yes. Xiaomi's smartphone sales fell from 70 million",
            12e6,
        ),
        # the year of an amount written bare, and a choice between two bare amounts
        ("which year was 61", "That was 2014", 61e6),
        ("which year 7.2", "That was 2012", 7.2e6),
        ("xiaomi sales 2014 bro which is it 60 or 61", "Sources disagree on 2014", 60e6),
        # a number reached or not, year by year and by each source
        ("did 2016 hit 60?", "No. Xiaomi sold around 58 million", 2e6),
        ("did xiaomi hit 65m in 2014 and 2015", "No: only 2015 did.", 5e6),
        ("did xiaomi hit 60.5m in 2014 and 2015", "It depends on the source for 2014.", 0.5e6),
        ("did xiaomi hit 60m in 2014 and 2015", "Yes.", 10e6),
        # a multiple claimed: close is "almost", and a number before "times" is no year
        ("did xiaomi sell ten times more in 2015 than 2012", "Almost.", 62.8e6),
        ("was 2015 about 10 times 2012", "Yes.", 62.8e6),
        # a bare number guessed last is checked, never a year asked for
        ("2016 numbers were what, 58?", "Yes.", 58e6),
        ("2015 sales 80?", "No: 80 million", 70e6),
        # a share of the second half, which is derived
        (
            "what percent of 2015 sales came in h2",
            "No article gives Xiaomi's smartphone sales for the second",
            50.4,
        ),
        # a yes only for the years with figures: 2017 has none
        ("did xiaomi sell 70 million in both 2015 and 2017", "For 2015, yes.", 70e6),
    ],
)
def test_answer_reads_the_question_asked(engine: Engine, question, start, figure):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text
    assert states(answer.text, figure)
    assert "2011" not in answer.text and "for 34" not in answer.text


def test_answer_other_company_says_whose_figures_it_has(engine: Engine):
    text = engine.answer("how many phones did Huawei sell in 2015?").text
    assert "Huawei" in text and "Xiaomi" in text


@pytest.mark.parametrize(
    "question, label",
    [
        ("what was xiaomi's sales goal for 2015?", "Target"),
        ("what did xiaomi project for 2014", "Projection"),
        ("how many phones does xiaomi need to sell in 2017", "Target"),
    ],
)
def test_answer_targets_are_labelled(engine: Engine, question, label):
    answer = engine.answer(question)
    assert answer.answered and answer.intent == "sales_target"
    assert answer.text.startswith(f"{label}:")
    assert "sold" not in answer.text.split(".")[0]


@pytest.mark.parametrize(
    "question, values, words",
    [
        # beating or missing a mark, in other verbs: the sales against the target
        ("guess they overshot the 2015 target then", [70e6, 80e6], ["short"]),
        ("so they undershot the 2015 goal", [70e6, 100e6], ["short"]),
        ("did 2015 sales blow past the target", [70e6, 80e6], ["short"]),
        ("how much did sales grow from 2012 to 2013?", [7.2e6, 18.7e6, 11.5e6], ["+159.7%"]),
        ("growth 2015-2016", [70e6, 58e6, 12e6], ["-17.1%"]),
        ("did xiaomi sell more phones in 2015 or in 2016?", [70e6, 58e6], ["higher in 2015"]),
        ("total phones sold 2012 to 2016", [214.9e6, 213.9e6], []),
        ("total phones 2012 and 2013", [25.9e6], []),
        ("average yearly sales 2012-2013", [12.95e6], []),
        ("which was xiaomi's best year?", [70e6], ["2015"]),
        ("what was the worst year for sales", [7.2e6], ["2012"]),
        ("in which year did xiaomi sell 18.7 million phones?", [18.7e6], ["2013"]),
        ("how far was xiaomi from its 2015 goal", [30e6, 10e6], ["short"]),
        ("did xiaomi beat its 2014 projection", [40e6], ["beating"]),
        ("how many more phones does xiaomi need to sell in 2017", [12e6], ["2016"]),
        # a direction claimed of every year is checked year by year
        ("did sales grow every year", [70e6, 58e6], ["No.", "fell in 2016"]),
        ("did xiaomi's sales rise every year from 2012 to 2015", [11.5e6, 42.3e6, 41.3e6], ["Yes."]),
        # stated figures are checked, whatever the wording around them
        ("i read xiaomi did 60M in 2014, that legit?", [61e6, 60e6], []),
        ("someone in here said xiaomi's 2013 was 81.7 million, sounds off to me", [18.7e6], ["No."]),
        ("pls confirm xiaomi h1'15 = 34.7m", [34.7e6], ["Yes."]),
        ("the 34.7M figure, is that xiaomi's whole 2015?", [70e6], ["No", "first half of 2015"]),
        ("how many phones had xiaomi sold by the middle of 2015", [34.7e6], ["first half"]),
        # "between X and what they sold" is one question, the gap to the target
        ("What's the difference between Xiaomi's 2015 goal and what they actually sold?", [30e6], ["short"]),
        ("tldr on xiaomi's 2015 targets vs reality?", [70e6, 30e6], ["short"]),
        ("in which month was the 100M goal scaled back?", [100e6, 80e6], ["March"]),  # the goal named
        ("how big is the gap between the two reported 2014 figures?", [61e6, 60e6, 1e6], ["differ"]),
        ("what multiple of 2012 did xiaomi hit in 2013?", [7.2e6, 18.7e6], ["2.6 times"]),
        ("when did xiaomi lower its 2015 phone target, and to what?", [100e6, 80e6], ["March"]),
        # how people write periods: short halves, calendar years, mid-year
        ("1H15 units for xiaomi", [34.7e6], ["first half"]),
        ("xiaomi handset volume in CY2013", [18.7e6], []),
        ("midyear 2015 tally for xiaomi phones?", [34.7e6], []),
        # what the asker rules out, and remarks around the question, change nothing
        ("2015 sales, the actual number not the goal", [70e6], []),
        ("whats the 2014 number, I've seen both 60 and 61 million floating around", [61e6, 60e6], []),
        ("how many smartphones did xiaomi sell in 2013? my friend says 20 million", [18.7e6], []),
        # a share: of the year a part of it came to, of a target reached
        ("what share of xiaomi's 2015 total came in the first half?", [34.7e6, 70e6], ["49.6%"]),
        (
            "what share of the original 100m goal did xiaomi actually reach in 2015",
            [70e6, 100e6],
            ["70% of it"],
        ),
        ("2016 sales as a share of the 2017 target", [58e6, 70e6], ["82.9% of it"]),
        ("ok in english: how many phones did xiaomi sell in 2015", [70e6], []),  # no place "english"
        ("what were they expecting to sell in 2014", [40e6], ["Projection"]),  # a target, never sales
        # chatter words around a figure word are no thing counted
        ("lol this chat is wild today 😂 anyway bot, the 2013 figure?", [18.7e6], []),
        ("ngl xiaomi's 2012 number is tiny, what was it again", [7.2e6], []),
        ("wasnt it an even 60 mil for xiaomi in '14", [61e6, 60e6], ["One source says so"]),
        ("one article says 61m for 2014 and the other says 60m, which one is it??", [61e6, 60e6], ["differ"]),
        ("2012 and 2013 added together?", [25.9e6], []),
        ("wat was xaomi's 2012 nmbr", [7.2e6], []),
        ("what percentage of the 2015 goal did xiaomi reach", [70e6, 100e6, 80e6], ["87.5%"]),
        ("2014 xiaomi: was it 60 or 61 mil?", [61e6, 60e6], []),
        (
            "Please state Xiaomi's smartphone unit volume for the fiscal period ending December 2013.",
            [18.7e6],
            [],
        ),
        ("by how much do the two reports disagree about 2014?", [61e6, 60e6, 1e6], ["differ"]),
        ("diff between xiaomi's best and worst year", [70e6, 7.2e6], []),
        ("guys what was xiaomi's real phone number for 2015, not the hype one", [70e6], []),
        ("worst year in ur data for xiaomi phone sales?", [7.2e6], ["2012"]),
        ("did sales top 60 million in 2015", [70e6], ["Yes."]),
        ("what's the 80 million thing about", [80e6], ["was the sales target"]),
        ("who was top in china in q2 2015", [], ["top smartphone company in China in Q2 2015"]),
        ("fwiw can you confirm the h1 '15 print was thirty four point seven mil", [34.7e6], ["Yes."]),
        ("how many handsets did xiaomi get into customers hands in 2015", [70e6], []),
        # after the first half, what was left to reach a target
        ("after H1 2015, how many more phones did xiaomi still need for 80m", [34.7e6, 80e6, 45.3e6], []),
        ("how many phones would xiaomi have needed in H2 2015 to reach 100 million?", [65.3e6], []),
        # the revised target against sales is a gap; growth a company added is a change
        ("2015 sales as a percentage of the revised 80m target", [70e6, 80e6], ["87.5% of it"]),
        ("how many phones did xiaomi add from 2012 to 2013", [11.5e6], []),
        ("by what factor did 2013 sales exceed 2012", [7.2e6, 18.7e6], ["2.6 times"]),
        ("most recent full year of xiaomi phone sales you know about?", [58e6], ["2016"]),
        ("was the 2017 goal higher than what xiaomi sold in 2016?", [70e6, 58e6], ["Yes."]),
        ("What were Xiaomi's FY2015 smartphone shipments versus guidance?", [70e6, 80e6, 100e6], []),
        # every year in order of the figure, and "rank" asks no rank in China
        ("rank xiaomi's sales years from best to worst", [70e6, 7.2e6], ["from highest to lowest: 2015"]),
        ("xiaomi sales from lowest to highest", [7.2e6, 70e6], ["from lowest to highest: 2012"]),
        # a number named by its period is a bound for every year, never that period's figure checked
        ("how many years beat 2016's 58 million?", [], ["more than 58 million in 2 years, 2014 and 2015"]),
        ("How many years came in below the 58 million of 2016?", [], ["less than 58 million in 2 years"]),
        ("How many full years outsold the 34.7 million from H1 2015?", [], ["more than 34.7 million in 3"]),
        # ... only the years named, and "best year first" orders them too
        ("sales 2013-2016, lowest first", [18.7e6, 70e6], ["from lowest to highest: 2013: 18.7 million"]),
        ("rank the yearly sales 2012-2014, best year first", [7.2e6], ["from highest to lowest: 2014"]),
        # ... never a place in a market, which ranks companies
        ("how does xiaomi rank in china in annual smartphone sales?", [], ["number one smartphone maker"]),
        # a nickname is the company, and "sources" beside a figure asked for is no list of them
        (
            "my prof is strict about sources. xiaomi, the 'apple of china' one, how many phones in 2013?",
            [18.7e6],
            [],
        ),
        ("so was it sixty or sixty-one million in 2014? ppl in here can't agree", [61e6, 60e6], []),
    ],
)
def test_answer_derived(engine: Engine, question, values, words):
    answer = engine.answer(question)
    assert answer.answered, answer.text
    assert states(answer.text, *values), answer.text
    for word in words:
        assert word in answer.text


def test_answer_reverse_lookup_unknown_quantity(engine: Engine):
    answer = engine.answer("which year did xiaomi sell 25 million phones")
    assert not answer.answered
    assert "No year" in answer.text


def test_answer_last_year_asks_which_year(engine: Engine):
    answer = engine.answer("how many phones did xiaomi sell last year")
    assert not answer.answered
    assert "Which year" in answer.text


@pytest.mark.parametrize(
    "question, words",
    [
        ("who is the CEO of Xiaomi?", ["Lei Jun"]),
        ("who is Kevin Wang?", ["industry insider"]),
        ("what did Jony Ive say about Xiaomi?", ["theft", "denies"]),
        ("when was xiaomi founded?", ["2010"]),
        ("how much is xiaomi worth?", ["$46 billion"]),
        ("how much do xiaomi phones cost?", ["$100", "$300"]),
        ("how much does an iPhone cost?", ["$650", "$1,000"]),
        ("who are xiaomi's competitors in china?", ["Huawei", "OPPO", "Vivo"]),
        ("which countries does xiaomi sell in?", ["India", "Brazil"]),
        ("which countries other than china does xiaomi sell in", ["India", "Brazil"]),  # China left out
        # a place no fact names: say so, and where it does sell
        # one end of each company's price range against the other
        ("price gap between the priciest xiaomi and the cheapest iphone?", ["$350 apart"]),
        ("cheapest iphone vs cheapest xiaomi, how much more does the iphone cost", ["$550 apart"]),
        ("how many of the cheapest xiaomi phones would cost the same as the priciest iphone", ["10 times"]),
        # a role asked of a person is who that person is
        ("what was jony ive's job at apple?", ["Apple design chief"]),
        ("what title does lei jun hold", ["CEO"]),
        ("when will xiaomi launch in the US?", ["a few years"]),
        ("when is the Mi 6 coming out?", ["April 18"]),
        ("was xiaomi ever number one in china", ["Q2 2015"]),
        ("why is xiaomi called the apple of china?", ["Apple of China"]),
        # words the facts put another way, from knowledge/synonyms.csv and lexicon.csv
        ("what matters most to xiaomi's boss", ["customer satisfaction"]),
        ("how much are xiaomi phones", ["$100", "$300"]),
        ("cheapest xiaomi phone price?", ["$100"]),
        ("why do ppl call xiaomi the apple of china", ["Apple of China"]),
        ("when was xiaomi china's top smartphone company", ["Q2 2015"]),
    ],
)
def test_answer_company_facts(engine: Engine, question, words):
    answer = engine.answer(question)
    assert answer.answered, answer.text
    for word in words:
        assert word in answer.text


def test_answer_iphone_price_is_not_xiaomi_price(engine: Engine):
    text = engine.answer("how much does an iPhone cost?").text
    assert "$100" not in text


@pytest.mark.parametrize(
    "question, intent",
    [("xiaomi boss name?", "ceo"), ("phones numbers xiaomi thing", "sales")],
)
def test_answer_near_miss_answers_or_offers_did_you_mean(engine: Engine, question, intent):
    answer = engine.answer(question)
    if answer.answered:
        assert answer.intent == intent
    else:
        assert 0 < len(answer.suggestions) <= 3
        assert engine.kb.intents[intent].question in answer.suggestions
        assert "Did you mean" in answer.text


def test_answer_hostile_text_is_inert(engine: Engine):
    for question in [
        "'; drop table facts; --",
        "<b>sales</b> 2014 & {year} %s {0}",
        "\u202e\u200f2014 sales\x00\x1b[31m",
        "x" * 100_000,
        "💥" * 5000,
    ]:
        answer = engine.answer(question)
        assert isinstance(answer.text, str) and answer.text
    assert engine.answer("how many phones in 2013").answered


def test_answer_same_question_same_answer(engine: Engine):
    assert engine.answer("total sales 2012-2016") == engine.answer("total sales 2012-2016")


# ---- follow-ups -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "turns, value",
    [
        (["how many phones did xiaomi sell in 2013?", "and 2015?"], 70e6),
        (["how many phones did xiaomi sell in 2013?", "what about 2012"], 7.2e6),
        (["how many phones in 2015", "the year before?"], 61e6),
        (["how many phones in 2012", "and the year after"], 18.7e6),
        (["how much did sales grow from 2012 to 2013", "and 2015 to 2016?"], 12e6),
        (["xiaomi sales 2015", "and the target?"], 80e6),
        (["how many phones in the first half of 2015", "and Q3?"], None),
        # "that" is the last answer's sales, measured against another year's target
        (["what did xiaomi sell in 2016?", "how far is that from what it needs in 2017?"], 12e6),
    ],
)
def test_answer_follow_ups(engine: Engine, turns, value):
    answer = last_answer(engine, *turns)
    assert answer.answered, answer.text
    if value is not None:
        assert states(answer.text, value), answer.text


def test_answer_follow_up_other_company_is_refused(engine: Engine):
    conversation = Conversation()
    engine.answer("how many phones did xiaomi sell in 2015", conversation)
    answer = engine.answer("how about Huawei?", conversation)
    assert not answer.answered


def test_answer_follow_up_unknown_year(engine: Engine):
    conversation = Conversation()
    engine.answer("how many phones did xiaomi sell in 2015", conversation)
    assert not engine.answer("and 2019?", conversation).answered


def test_answer_without_conversation_has_no_memory(engine: Engine):
    engine.answer("what was the goal for 2015")
    answer = engine.answer("and 2013?")
    assert answer.intent == "sales"  # a bare year asks for the main figure, not the last intent


def test_conversations_do_not_mix(engine: Engine):
    first, second = Conversation(), Conversation()
    engine.answer("what was xiaomi's sales goal for 2015", first)
    engine.answer("how many phones did xiaomi sell in 2013", second)
    assert engine.answer("and 2017?", first).intent == "sales_target"
    assert states(engine.answer("and 2012?", second).text, 7.2e6)


# ---- knowledge is data ------------------------------------------------------------------------


def test_new_article_is_answered_without_code_change(knowledge_copy, tmp_path):
    with (knowledge_copy / "sources.csv").open("a") as handle:
        handle.write("huawei-2017,Huawei shipped 139 million smartphones in 2016,2017-01-20,,,\n")
    sentence = "Huawei shipped 139 million smartphones in 2016, up 29 percent."
    (knowledge_copy / "articles" / "huawei-2017.txt").write_text(sentence + "\n")
    (knowledge_copy / "facts" / "huawei-2017.csv").write_text(
        "id,subject,metric,period,value,value_to,unit,qualifiers,quoted,statement,sentence\n"
        f'sales-2016,Huawei,smartphones_sold,2016,139 million,,smartphones,,,,"{sentence}"\n'
    )
    engine = Engine.open(knowledge_copy, tmp_path / "kb.db")
    huawei = engine.answer("how many phones did huawei sell in 2016?")
    assert huawei.answered and states(huawei.text, 139e6)
    assert "Huawei shipped 139 million smartphones in 2016, 20 Jan 2017" in huawei.text
    xiaomi = engine.answer("how many phones did xiaomi sell in 2016?")
    assert states(xiaomi.text, 58e6) and not states(xiaomi.text, 139e6)


# ---- scopes, exact numbers, provenance ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did xiaomi sell in india in 2015",
        "xiaomi sales in the US 2014",
        "how many mi 6 units has xiaomi sold",
        "how much does the mi 6 cost",
        "when will the mi 7 launch",
        "how many tablets did xiaomi sell in 2015",
    ],
)
def test_answer_place_or_product_never_gets_company_wide_figures(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question, word",
    [("is xiaomi in india", "India"), ("who are xiaomi's competitors in china", "China")],
)
def test_answer_scope_narrows_facts(engine: Engine, question, word):
    answer = engine.answer(question)
    assert answer.answered and word in answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("did xiaomi sell 70 million phones in 2015?", "Yes."),
        ("did xiaomi sell 60 million phones in 2015", "No: 60 million was the figure for 2014."),
        ("did xiaomi sell 65 million phones in 2015", "No."),
        # a number that was something else is said to be that: a target is never taken for sales
        ("did xiaomi sell 80 million phones in 2015", "No: 80 million [1] was the sales target."),
        ("was the 2015 target 70 million?", "No: 70 million [1] was the smartphone sales."),
    ],
)
def test_answer_yes_or_no_before_the_figure(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start)
    assert states(answer.text, 70e6)


def test_answer_provenance_quotes_the_sentence(engine: Engine):
    answer = engine.answer("Where does the 58 million figure for 2016 come from?")
    assert answer.answered
    assert "did not really share any official numbers" in answer.text


def test_answer_month_range_is_a_half(engine: Engine):
    assert states(engine.answer("how many phones from january to june 2015").text, 34.7e6)


def test_answer_growth_of_a_quarter_is_not_yearly_growth(engine: Engine):
    answer = engine.answer("how were xiaomi sales in q3 '15 compared to a year earlier")
    assert "dropped year on year" in answer.text
    assert not states(answer.text.split("\u2014")[0], 9e6)


def test_answer_reverse_lookup_finds_a_half(engine: Engine):
    answer = engine.answer("in which period did xiaomi sell 34.7 million phones")
    assert answer.answered and "first half of 2015" in answer.text


def test_answer_follow_up_pronoun_keeps_product(engine: Engine):
    conversation = Conversation()
    engine.answer("when is the mi 6 launching", conversation)
    assert not engine.answer("how much will it cost?", conversation).answered


@pytest.fixture(scope="module")
def crowded_engine(tmp_path_factory) -> Engine:
    """knowledge/ plus yearly sales of three invented companies, as `bench` generates them."""
    from tests.conftest import KNOWLEDGE
    from tools.bench import enlarge

    folder = tmp_path_factory.mktemp("crowded")
    enlarge(KNOWLEDGE, folder / "knowledge", 3)
    return Engine.open(folder / "knowledge", folder / "knowledge.db")


def test_answer_without_company_uses_the_main_subject_and_names_it(crowded_engine: Engine):
    answer = crowded_engine.answer("how many phones were sold in 2014?")
    assert crowded_engine.main_subject == "Xiaomi"  # the company with the most facts
    assert answer.answered
    assert "Xiaomi" in answer.text and states(answer.text, 61e6, 60e6)
    assert not any(name in answer.text for name in ("Kakakax", "Kakalox", "Kakarux"))


@pytest.mark.parametrize(
    "question, company, value",
    [
        ("how many phones did Xiaomi sell in 2014?", "Xiaomi", 61e6),
        ("kakalox smartphone sales 2010", "Kakalox", 38e6),
    ],
)
def test_answer_named_company_gets_only_its_figure(crowded_engine: Engine, question, company, value):
    answer = crowded_engine.answer(question)
    assert answer.answered
    assert company in answer.text
    assert states(answer.text, value)
    others = {"Xiaomi", "Kakakax", "Kakalox", "Kakarux"} - {company}
    assert not any(name in answer.text for name in others)


def test_answer_named_company_same_as_in_small_knowledge_base(engine: Engine, crowded_engine: Engine):
    for question in ("xiaomi sales 2016", "xiaomi growth 2013 to 2014", "xiaomi sales in 2019?"):
        assert crowded_engine.answer(question).text == engine.answer(question).text


@pytest.mark.parametrize(
    "question, answered",
    [
        ("how many phones did xiaomi sell in Q3 2015?", False),  # asked for a number: there is none
        ("exact number of units sold in the third quarter of 2015", False),
        ("how did xiaomi do in Q3 2015?", True),  # asked how it went: the facts say
    ],
)
def test_answer_period_without_a_figure_is_told_but_not_a_figure(engine: Engine, question, answered):
    answer = engine.answer(question)
    assert "dropped" in answer.text and "no figure" in answer.text
    assert answer.answered is answered


# ---- a new article, a new company and a new metric, added as data only -------------------------

ACME_ARTICLE = (
    "Acme Phones sold 12 million handsets in 2015 and 20 million in 2016. "
    "Its chief executive, Jane Roe, wants to sell 30 million in 2017. "
    "Xiaomi also sold 1.5 million scooters in 2016, after 1 million in 2015. "
    "Acme Phones, headquartered in Springfield, does not publish revenue figures. "
    "In the first half of 2017 it sold 14 million."
)
ACME_HQ = "Acme Phones, headquartered in Springfield, does not publish revenue figures."
SCOOTERS = "Xiaomi also sold 1.5 million scooters in 2016, after 1 million in 2015."
ACME_SALES = "Acme Phones sold 12 million handsets in 2015 and 20 million in 2016."
ACME_H1 = "In the first half of 2017 it sold 14 million."
ACME_FACTS = [  # id, subject, metric, period, value, unit, qualifiers, quoted, sentence
    (
        "acme-2015",
        "Acme Phones",
        "smartphones_sold",
        "2015",
        "12 million",
        "smartphones",
        "estimate",
        "",
        ACME_SALES,
    ),
    ("acme-hq", "Acme Phones", "profile", "", "", "", "", "", ACME_HQ),
    ("acme-2016", "Acme Phones", "smartphones_sold", "2016", "20 million", "smartphones", "", "", ACME_SALES),
    (
        "acme-goal-2017",
        "Acme Phones",
        "sales_target",
        "2017",
        "30 million",
        "smartphones",
        "target",
        "Jane Roe (CEO)",
        "Its chief executive, Jane Roe, wants to sell 30 million in 2017.",
    ),  # fmt: skip
    (
        "acme-2017-h1",
        "Acme Phones",
        "smartphones_sold",
        "2017-H1",
        "14 million",
        "smartphones",
        "",
        "",
        ACME_H1,
    ),
    ("scooters-2016", "Xiaomi", "scooters_sold", "2016", "1.5 million", "scooters", "", "", SCOOTERS),
    ("scooters-2015", "Xiaomi", "scooters_sold", "2015", "1 million", "scooters", "", "", SCOOTERS),
]


@pytest.fixture(scope="module")
def acme_engine(tmp_path_factory) -> Engine:
    """knowledge/ plus an article about a company companies.csv does not name, and scooters sold:
    a source row, the article's text, its facts, a metric row and two lexicon words. No code."""
    import shutil

    from tests.conftest import KNOWLEDGE

    folder = tmp_path_factory.mktemp("acme") / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    with open(folder / "sources.csv", "a", encoding="utf-8") as sources:
        sources.write("acme-2018,Acme Phones had a record 2016,2018-02-01,,,\n")
    (folder / "articles" / "acme-2018.txt").write_text(ACME_ARTICLE, encoding="utf-8")
    with open(folder / "facts" / "acme-2018.csv", "w", encoding="utf-8", newline="") as facts:
        rows = csv.writer(facts)
        rows.writerow(
            [
                "id",
                "subject",
                "metric",
                "period",
                "value",
                "unit",
                "qualifiers",
                "quoted",
                "statement",
                "sentence",
            ]
        )
        # A fact with no figure says itself in its statement.
        rows.writerows((*f[:8], f[8] if f[2] == "profile" else "", f[8]) for f in ACME_FACTS)
    with open(folder / "metrics.csv", "a", encoding="utf-8") as metrics:
        metrics.write("scooters_sold,figure,scooter sales,{subject} sold {value} scooters in {period}.\n")
    with open(folder / "lexicon.csv", "a", encoding="utf-8") as lexicon:
        lexicon.write("scooters,counted,scooters_sold,\nscooter,counted,scooters_sold,\n")
    return Engine.open(folder, folder.parent / "knowledge.db")


@pytest.mark.parametrize(
    "question, values, words",
    [
        ("how many phones did acme phones sell in 2016?", [20e6], ["Acme Phones"]),
        ("how many phones did acme sell in 2016?", [20e6], ["Acme Phones"]),  # its short name, no alias row
        ("acme phones growth 2015 to 2016", [12e6, 20e6, 8e6], ["Acme Phones"]),
        ("acme phones best year", [20e6], ["2016"]),
        ("acme phones target 2017", [30e6], ["Target"]),
        ("how many phones were sold in 2016?", [58e6], ["Xiaomi"]),  # no company: the main subject, named
        ("how many scooters did xiaomi sell in 2016", [1.5e6], ["scooters"]),
        ("scooter sales growth 2015 to 2016", [1e6, 1.5e6], ["scooter sales"]),
        ("xiaomi's best year for scooters", [1.5e6], ["2016"]),
    ],
)
def test_new_article_answered_from_data_only(acme_engine: Engine, question, values, words):
    answer = acme_engine.answer(question)
    assert answer.answered, answer.text
    assert states(answer.text, *values), answer.text
    assert all(w in answer.text for w in words), answer.text


def test_new_company_gap_to_a_target_of_a_year_with_only_its_first_half(acme_engine: Engine):
    # no 2017 figure: what was left after the first half, never 2016 against the target
    answer = acme_engine.answer("how far is acme phones from its 2017 goal")
    assert answer.text.startswith(
        "After 14 million in the first half of 2017, Acme Phones needed 16 million more"
    )
    assert "2016" not in answer.text.split("\u2014")[0]  # the source's title may say 2016


def test_new_company_place_follow_up_stays_with_that_company(acme_engine: Engine):
    # "in india?" after a question about acme is about acme, never Xiaomi's markets
    conversation = Conversation()
    acme_engine.answer("how many phones did acme phones sell in 2016?", conversation)
    answer = acme_engine.answer("in india?", conversation)
    assert "markets include" not in answer.text and not answer.answered, answer.text


def test_new_company_growths_set_side_by_side_are_never_mixed(acme_engine: Engine):
    answer = acme_engine.answer("who grew faster from 2015 to 2016, acme phones or xiaomi")
    assert "grew from 12 million" in answer.text and "fell from 70 million" in answer.text, answer.text
    assert "to 20 million" in answer.text and "70 million [2] to 20 million" not in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # companies ranked, then for another year, then by how much; two companies' figures summed
        (
            ("who sold more in 2015?", "and in 2016?"),
            "Of the companies I have figures for (Acme Phones and Xiaomi): Xiaomi's smartphone sales were "
            "higher than Acme Phones' in 2016, by 38 million.",
        ),
        (
            ("who sold more in 2015?", "by how much?"),
            "Of the companies I have figures for (Acme Phones and Xiaomi): Xiaomi's smartphone sales were "
            "higher than Acme Phones' in 2015, by 58 million.",
        ),
        (
            ("acme phones 2015 sales", "and xiaomi?", "add those up"),
            "Together Acme Phones and Xiaomi come to 82 million in 2015.",
        ),
        # the other of the two companies with figures; how many times one company's figure is the other's
        (
            ("acme phones 2015 sales", "what about the other company?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("how many times more did xiaomi sell than acme phones in 2016",),
            "Xiaomi's smartphone sales were 2.9 times Acme Phones' in 2016.",
        ),
    ],
)
def test_new_company_follow_ups_keep_both_companies(acme_engine: Engine, turns, start):
    conversation = Conversation()
    for turn in turns:
        answer = acme_engine.answer(turn, conversation)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, name",
    [
        ("how many phones did zorblax sell in 2016", "Zorblax"),
        ("zorblax sold how many units in 2015?", "Zorblax"),
        ("what were norvik smartphone sales in 2015", "Norvik"),
        # a seller of several words, between "did" and the selling verb
        ("how many phones did tim cook's company sell in 2014?", "Tim Cook"),
        ("how many phones did the company from seoul sell in 2015", "Seoul"),
        ("how many phones did Acme Corp sell in 2015", "Acme"),
        ("how many phones did jack ma's company sell in 2015", "Jack Ma"),
        ("how many phones did the zorblax company sell in 2015", "Zorblax"),
        # a person sells for the company the facts say they work for, or for none the facts count
        ("how many phones did jony ive sell in 2015", "Apple"),
        ("how many phones did kevin wang sell in 2015", "Kevin Wang"),
        # a thing named with "the" that no fact names and no company noun is
        ("how many phones did the moon sell in 2014?", "Moon"),
        ("how many phones did the government sell in 2015", "Government"),
    ],
)
def test_unknown_seller_is_never_answered_with_the_main_subject(engine: Engine, question, name):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith(f"I don't know {name}'s smartphone sales"), answer.text
    assert "Xiaomi sold" not in answer.text


def test_unknown_seller_against_the_main_subject_is_no_comparison(engine: Engine):
    answer = engine.answer("did quux sell more phones than xiaomi in 2016")
    assert not answer.answered
    assert answer.sentences[0].words == "I have no smartphone sales for Quux."


@pytest.mark.parametrize(
    "question, value",
    [
        ("shaomi sold how many fones in 2012??", 7.2e6),
        ("how many phones did xiaomi really sell in 2015", 70e6),
        ("how many phones did the chinese company officially sell in 2015", 70e6),
        ("how many phones did they manage to sell in 2015", 70e6),
        ("how many did the startup sell in 2015", 70e6),  # a company noun
        ("how many did the guys sell in 2015", 70e6),  # the company's people
        ("how many phones did lei jun sell in 2015", 70e6),  # Xiaomi's CEO
        # words between "did" and "sell" that name no company
        ("how many phones did they in fact sell in 2015", 70e6),
        ("how many phones did the company run by lei jun sell in 2015", 70e6),
        ("how many phones did lei jun's team sell in 2015", 70e6),
        ("how many phones did the company you cover sell in 2015", 70e6),
    ],
)
def test_main_subject_typed_badly_is_still_the_seller(engine: Engine, question, value):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, value), answer.text


@pytest.mark.parametrize(
    "question, company",
    [
        ("opppo 2015 sales", "OPPO"),  # a doubled letter typed three times
        ("oppos sales in 2015", "OPPO"),  # an "s" with no apostrophe
        ("appel 2015 sales", "Apple"),  # two letters swapped in a longer name
    ],
)
def test_short_company_name_typed_badly_is_that_company_never_the_main_one(engine: Engine, question, company):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(f"I don't know {company}'s smartphone sales")


@pytest.mark.parametrize(
    "question", ["xiaomi vs acme phones 2016", "did acme phones or xiaomi sell more in 2016"]
)
def test_two_companies_side_by_side_never_mixed(acme_engine: Engine, question):
    answer = acme_engine.answer(question)
    assert answer.answered
    sentences = [s.words for s in answer.sentences]
    assert "Xiaomi's smartphone sales were higher than Acme Phones' in 2016, by 38 million." in sentences
    assert any(s.startswith("Acme Phones sold 20 million") for s in sentences)
    assert any(s.startswith("Xiaomi sold around 58 million") for s in sentences)


def test_two_companies_one_without_figures_is_not_a_comparison(acme_engine: Engine):
    answer = acme_engine.answer("xiaomi vs huawei 2016")
    assert not answer.answered
    assert "I have no smartphone sales for Huawei." in [s.words for s in answer.sentences]
    assert states(answer.text, 58e6) and "Huawei sold" not in answer.text


@pytest.mark.parametrize(
    "question, summary",
    [
        (
            "acme phones and xiaomi together in 2015",
            "Together Acme Phones and Xiaomi come to 82 million in 2015.",
        ),
        ("difference between xiaomi and acme phones sales in 2016", "Xiaomi's smartphone sales were higher"),
    ],
)
def test_two_companies_summed_or_set_against_each_other(acme_engine: Engine, question, summary):
    answer = acme_engine.answer(question)
    assert answer.answered and answer.sentences[0].words.startswith(summary)


@pytest.mark.parametrize(
    "last, start",
    [
        ("difference?", "Xiaomi's smartphone sales were higher than Acme Phones' in 2016, by 38 million."),
        ("gap?", "Xiaomi's smartphone sales were higher than Acme Phones' in 2016, by 38 million."),
        ("how much more did xiaomi sell", "Xiaomi's smartphone sales were higher than Acme Phones'"),
        ("growth?", "Acme Phones' smartphone sales grew from 12 million in 2015"),  # still one company's
    ],
)
def test_two_companies_in_turn_then_between_them(acme_engine: Engine, last, start):
    conversation = Conversation()
    acme_engine.answer("xiaomi 2016 sales pls", conversation)
    acme_engine.answer("and acme phones", conversation)
    answer = acme_engine.answer(last, conversation)
    assert answer.text.startswith(start), answer.text
    assert "Sources disagree" not in answer.text  # two companies are no two sources


@pytest.mark.parametrize(
    "question", ["which company sold the most phones in 2016", "who sold more phones in 2016?"]
)
def test_companies_ranked_side_by_side(acme_engine: Engine, question):
    answer = acme_engine.answer(question)
    assert answer.answered, answer.text
    sentences = [s.words for s in answer.sentences]
    assert sentences[0] == "Of the companies I have figures for (Acme Phones and Xiaomi):"
    assert "Xiaomi's smartphone sales were higher than Acme Phones' in 2016, by 38 million." in sentences
    assert answer.text.startswith(sentences[0])  # rendered too, not only in the data


@pytest.mark.parametrize(
    "question, year, value",
    [
        ("which brand sold the most phones in 2016", "2016", 58e6),
        ("who was the top seller in 2015?", "2015", 70e6),
        ("which company sold the fewest phones in 2013", "2013", 18.7e6),
    ],
)
def test_companies_ranked_with_one_company_is_declined_with_its_figure(engine: Engine, question, year, value):
    answer = engine.answer(question)
    assert not answer.answered
    assert (
        answer.sentences[0].words
        == f"For {year} I have smartphone sales only for Xiaomi, so I can't rank companies."
    )
    assert states(answer.text, value) and "best year" not in answer.text


@pytest.mark.parametrize(
    "question", ["where is acme headquartered?", "acme phones headquarters", "acme revenue"]
)
def test_metric_the_bot_lacks_answered_by_a_fact_that_speaks_of_it(acme_engine: Engine, question):
    answer = acme_engine.answer(question)
    assert answer.answered and answer.text.startswith(ACME_HQ), answer.text


@pytest.mark.parametrize("question", ["xiaomi revenue", "where is the company headquartered"])
def test_metric_the_bot_lacks_with_no_fact_that_speaks_of_it_is_declined(acme_engine: Engine, question):
    # with no company named it is the main company's, though another company's fact speaks of it
    answer = acme_engine.answer(question)
    what = "revenue" if "revenue" in question else "headquarters"
    assert not answer.answered and answer.text.startswith(f"I don't have Xiaomi's {what}")


def test_chart_of_the_company_named(acme_engine: Engine):
    answer = acme_engine.answer("chart acme phones sales")
    assert answer.chart is not None and answer.chart.years == (2015, 2016)
    assert answer.chart.title == "Acme Phones smartphone sales by year"
    huawei = acme_engine.answer("chart huawei sales")
    assert not huawei.answered and huawei.chart is None


def test_last_year_of_a_company_one_article_covers_is_that_articles(acme_engine: Engine):
    answer = acme_engine.answer("how many phones did acme sell last year?")  # dated 2018-02-01
    assert answer.text.startswith("I don't know Acme Phones' smartphone sales for 2017."), answer.text
    assert "Which year" in acme_engine.answer("xiaomi sales last year").text  # two articles, two dates


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "how many phones did acme phones sell in 2015",
            "Acme Phones sold 12 million smartphones in 2015 (an estimate).",
        ),
        ("did acme phones sell 12 million in 2015", "By an estimate, yes."),
        ("is acme phones' 2015 figure official", "No."),
    ],
)
def test_estimate_never_stated_as_a_count(acme_engine: Engine, question, start):
    assert acme_engine.answer(question).text.startswith(start)


def test_estimate_is_said_to_be_one(acme_engine: Engine):
    assert "2015 is an estimate." in acme_engine.answer("acme phones sales by year").text


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "which company sold the most phones",
            "I have smartphone sales for Acme Phones and Xiaomi. Which year?",
        ),
        (
            "which brand sold the most in 2014",
            "For 2014 I have smartphone sales only for Xiaomi",
        ),  # Acme has none
    ],
)
def test_companies_ranked_says_what_it_has(acme_engine: Engine, question, start):
    answer = acme_engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


def test_companies_ranked_after_companies_asked(acme_engine: Engine):
    conversation = Conversation()
    acme_engine.answer("xiaomi 2015", conversation)
    acme_engine.answer("acme phones 2015", conversation)
    answer = acme_engine.answer("which brand sold the most in 2016?", conversation)
    assert answer.text.startswith("Of the companies I have figures for (Acme Phones and Xiaomi):"), (
        answer.text
    )


def test_no_company_named_facts_are_the_main_subjects(acme_engine: Engine):
    assert "Lei Jun" in acme_engine.answer("who is the ceo").text


def test_follow_up_with_their_keeps_the_company(acme_engine: Engine):
    conversation = Conversation()
    acme_engine.answer("how many phones did acme phones sell in 2016", conversation)
    answer = acme_engine.answer("what was their target for 2017", conversation)
    assert "Acme Phones" in answer.text and states(answer.text, 30e6) and "Xiaomi" not in answer.text


@pytest.mark.parametrize(
    "first", ["how many phones did acme phones sell in 2016", "where is acme headquartered?"]
)
def test_new_company_topic_alone_after_it_stays_with_it(acme_engine: Engine, first):
    conversation = Conversation()
    acme_engine.answer(first, conversation)
    answer = acme_engine.answer("revenue?", conversation)  # never "I don't have Xiaomi's revenue"
    assert answer.answered and answer.text.startswith(ACME_HQ), answer.text


def test_change_between_two_years_with_none_between(tmp_path):
    """A third article giving 2015 and 2017, not 2016: growth from one to the other is its ends."""
    import shutil

    from tests.conftest import KNOWLEDGE

    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    with open(folder / "sources.csv", "a", encoding="utf-8") as sources:
        sources.write("gap-2018,Zeta Phones grows,2018-01-25,,,\n")
    text = "Zeta Phones sold 10 million phones in 2015 and 15 million in 2017."
    (folder / "articles" / "gap-2018.txt").write_text(text, encoding="utf-8")
    with open(folder / "facts" / "gap-2018.csv", "w", encoding="utf-8", newline="") as facts:
        rows = csv.writer(facts)
        rows.writerow(
            ["id", "subject", "metric", "period", "value", "unit", "qualifiers", "quoted", "sentence"]
        )
        rows.writerow(
            [
                "zeta-2015",
                "Zeta Phones",
                "smartphones_sold",
                "2015",
                "10 million",
                "smartphones",
                "",
                "",
                text,
            ]
        )
        rows.writerow(
            [
                "zeta-2017",
                "Zeta Phones",
                "smartphones_sold",
                "2017",
                "15 million",
                "smartphones",
                "",
                "",
                text,
            ]
        )
    engine = Engine.open(folder, tmp_path / "knowledge.db")
    answer = engine.answer("zeta growth 2015 to 2017")
    assert answer.answered and states(answer.text, 10e6, 15e6, 5e6), answer.text
    conversation = Conversation()
    assert states(engine.answer("zeta phones sales last year", conversation).text, 15e6)  # dated 2018
    engine.answer("xiaomi 2015", conversation)
    assert states(engine.answer("and zeta?", conversation).text, 10e6)
    engine.answer("zeta 2015", conversation)
    engine.answer("xiaomi 2015", conversation)
    who = engine.answer("who sold more?", conversation)
    assert (
        who.sentences[0].words
        == "Xiaomi's smartphone sales were higher than Zeta Phones' in 2015, by 60 million."
    )


def test_new_company_follow_ups_keep_the_company(acme_engine: Engine):
    conversation = Conversation()
    acme_engine.answer("how many phones did acme phones sell in 2015?", conversation)
    assert states(acme_engine.answer("and 2016?", conversation).text, 20e6)
    switched = acme_engine.answer("and xiaomi?", conversation)
    assert states(switched.text, 58e6) and "Acme" not in switched.text


def test_scooter_question_never_gets_a_phone_target(acme_engine: Engine):
    answer = acme_engine.answer("how many scooters in 2014")
    assert not answer.answered
    assert "40 million" not in answer.text and "Target" not in answer.text


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("did they sell twenty one million in 2013?", ["No.", "18.7 million"]),
        ("did xiaomi sell seventy million phones in 2015", ["Yes.", "70 million"]),
        ("which year did they sell seven point two million", ["2012"]),
        ("what was xiaomi's fourth best year", ["fourth best", "2013"]),
    ],
)
def test_answer_numbers_and_ranks_in_words(engine: Engine, question, words):
    answer = engine.answer(question)
    assert answer.answered
    assert all(w in answer.text for w in words)


@pytest.mark.parametrize("question", ["tenth best year", "xiaomi's 6th best year for sales"])
def test_answer_rank_past_the_years_is_declined(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert "only 5 years" in answer.text


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("according to the 2015 article, how many in 2014?", "60 million", "61 million"),
        ("what did the 2017 article say about 2014?", "61 million", "60 million"),
        ("per the older piece, 2014 sales", "60 million", "61 million"),
        ("in the newest article what were 2014 sales", "61 million", "60 million"),
    ],
)
def test_answer_from_the_article_named_first(engine: Engine, question, said, not_said):
    """The article named gives the figure; the other's, which disagrees, is said after it as such."""
    answer = engine.answer(question)
    assert answer.answered
    first, *rest = answer.sentences
    assert said in first.words and not_said not in first.words
    assert [s.words for s in rest] == [
        f"Another article disagrees: Xiaomi sold {not_said} smartphones in 2014."
    ]


def test_answer_article_without_that_figure_declines(engine: Engine):
    answer = engine.answer("what does the 2015 article say xiaomi sold in 2013")
    assert not answer.answered and "18.7" not in answer.text


@pytest.mark.parametrize(
    ("question", "words", "not_words"),
    [
        ("what did kevin wang predict?", ["70 million", "2017"], ["100 million"]),
        ("what did canalys report", ["Q3 2015"], []),
        ("what did the wall street journal report", ["priority"], []),
        ("according to techinasia what happened in q3 2015", ["dropped"], []),
    ],
)
def test_answer_what_someone_quoted_said(engine: Engine, question, words, not_words):
    answer = engine.answer(question)
    assert answer.answered
    assert all(w in answer.text for w in words)
    assert not any(w in answer.text for w in not_words)


@pytest.mark.parametrize(
    ("turns", "words", "not_words"),
    [
        (["how many in 2013", "was that more than 20 million?"], ["No.", "18.7 million"], []),
        (
            ["how much is xiaomi worth", "is that more than 40 billion?"],
            ["Yes.", "46 billion"],
            ["smartphone"],
        ),
        (
            ["sales 2014", "according to the 2015 article?"],
            ["60 million smartphones in 2014 [1]. Another article disagrees"],
            [],
        ),
        (["does xiaomi sell phones in india", "and in the US?"], ["few years"], []),
    ],
)
def test_answer_follow_up_checks_and_sources(engine: Engine, turns, words, not_words):
    conversation = Conversation()
    for turn in turns:
        answer = engine.answer(turn, conversation)
    assert answer.answered
    assert all(w in answer.text for w in words)
    assert not any(w in answer.text for w in not_words)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("does xiaomi sell phones in india", "Yes. Xiaomi's markets include"),
        (
            "is xiaomi selling in the US yet?",
            "Not yet. Expected: Xiaomi planned to launch in the US",
        ),  # a plan only
        ("does xiaomi make fitness trackers?", "Yes. Xiaomi also makes"),
        ("did jony ive accuse xiaomi of stealing", "Apple design chief Jony Ive"),
    ],
)
def test_answer_places_and_people_checked_against_the_facts(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question", ["xiaomi sales in india", "how old is lei jun", "what is lei jun's net worth"]
)
def test_answer_place_or_person_without_the_figure_is_declined(engine: Engine, question):
    assert not engine.answer(question).answered


@pytest.mark.parametrize(
    "question, start",
    [
        ("was 2016 better than 2014 for xiaomi", "No."),  # the first year named is claimed higher
        ("did xiaomi sell more in 2015 than 2013?", "Yes."),
        ("were 2013 sales lower than 2012?", "No."),  # ... or lower
        ("were 2012 sales lower than 2013?", "Yes."),
        ("did xiaomi sell more phones in 2015 or in 2016?", "2015 was higher than 2016."),  # which of two
    ],
)
def test_answer_comparison_checked_says_yes_or_no(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start, holder",
    [
        # the person's own facts never mention the role: who holds it settles the check
        ("is kevin wang the ceo", "No.", "Lei Jun is Xiaomi's CEO"),
        ("is lei jun an industry insider", "No.", "Kevin Wang is an industry insider"),
        ("is lei jun the ceo", "Yes.", "Lei Jun is Xiaomi's CEO"),
    ],
)
def test_answer_person_check_names_who_holds_the_role(engine: Engine, question, start, holder):
    text = engine.answer(question).text
    assert text.startswith(start) and holder in text


@pytest.mark.parametrize(
    "question", ["when did lei jun scale back the target", "when was the target lowered"]
)
def test_answer_target_revised_without_a_year_is_the_year_it_was_revised(engine: Engine, question):
    text = engine.answer(question).text
    assert "In March 2015" in text and "never fell" not in text


@pytest.mark.parametrize(
    "question, value",
    [
        ("how many phones did xiaomi sell in H2 2015", 35.3e6),  # derived: a number, so answered
        ("In 2016 Xiaomi sold roughly how many phones according to reports?", 58e6),
    ],
)
def test_answer_figure_asked_is_answered_with_it(engine: Engine, question, value):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, value)


@pytest.mark.parametrize(
    "question, wanted",
    [
        # A fact's word in another form is no unknown word: "deny" is the facts' "denies".
        ("does xiaomi deny the theft claim", "denies"),
        # Who wants the figure, and what for, is chatter: "my boss" is no CEO, "slide" no "aside".
        ("my boss wants xiaomi's 2016 shipments for a slide", "58 million"),
        # "head" is who leads the company, never a slip of "ahead".
        ("who is the head of xiaomi", "Lei Jun"),
        # "up against" asks for the rivals; "go up" there is no rise.
        ("who does xiaomi go up against", "Huawei"),
        # With no measure, period or number, "overtook" says which fact is meant: both rival facts.
        ("which brands overtook xiaomi in china", "OPPO"),
        # A word other words are synonyms of is a thing asked about, not a name; "operating system"
        # is one word.
        ("what OS do xiaomi phones use", "Android"),
        ("which operating system is on xiaomi phones", "Android"),
        # Being the best somewhere, with no sales word, is a fact: no figure is by place.
        ("when was xiaomi top in china", "Q2 2015"),
        # Filler is read as questions are: "what's the deal with" is chatter however it is typed.
        ("what's the deal with xiaomi being the apple of china", "popularity"),
        # Selling abroad is the facts' expanding globally.
        ("does xiaomi sell its phones overseas", "India"),
    ],
)
def test_answer_general_wording(engine: Engine, question, wanted):
    answer = engine.answer(question)
    assert answer.answered and wanted in answer.text


def test_answer_why_a_target_changed_is_what_was_said_of_it_never_another_reason(engine: Engine):
    answer = engine.answer("why did xiaomi scale back its 2015 target?")
    assert "Apple" not in answer.text and "priority" in answer.text


def test_answer_best_and_worst_years_together(engine: Engine):
    # Both named: each year; with a word for the distance, the change between the two years found.
    answer = engine.answer("best and worst years?")
    assert "2015" in answer.text and "2012" in answer.text
    answer = engine.answer("what's the difference between the best and worst year")
    assert "62.8 million" in answer.text and "largest" not in answer.text


@pytest.mark.parametrize(
    "question, wanted",
    [
        # A year measured against the best or worst year: the change between the two, never "No."
        ("how much lower were 2016 sales than the peak", "-12 million"),
        ("was 2016 lower than the best year", "Yes."),
        ("was 2013 higher than the best year", "No."),
    ],
)
def test_answer_a_year_against_the_best_year(engine: Engine, question, wanted):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(wanted) or wanted in answer.text


@pytest.mark.parametrize(
    "turns, words",
    [
        # two companies side by side, then another year: the same two, in that year
        (
            ("xiaomi vs acme phones 2015", "and 2016?"),
            ["Xiaomi's smartphone sales were higher than Acme Phones' in 2016"],
        ),
        # a new question naming no company, right after one about another company: still that one
        (("acme phones sales 2016", "what is the target for 2017?"), ["Acme Phones", "30 million"]),
        # no sales yet for the target's year: no yes, and why not
        (("acme phones target 2017", "did they hit it?"), ["I have no smartphone sales for 2017"]),
    ],
)
def test_conversation_about_another_company(acme_engine: Engine, turns, words):
    conversation = Conversation()
    for turn in turns:
        answer = acme_engine.answer(turn, conversation)
    assert all(w in answer.text for w in words), answer.text
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question", ["acme phones sales in beijing in 2016", "how many phones did xiaomi sell in norway in 2015"]
)
def test_a_place_no_figure_is_about_is_declined(acme_engine: Engine, question):
    # "beijing" is a word of the facts, "norway" of none: neither is what the company-wide figures count
    answer = acme_engine.answer(question)
    assert not answer.answered and "company-wide totals" in answer.text


def test_a_one_word_name_written_as_two_words(engine: Engine):
    answer = engine.answer("xiao mi sales 2015")
    assert answer.answered and states(answer.text, 70e6)


def test_answer_a_check_the_facts_do_not_settle_gets_no_yes(engine: Engine):
    # "the world" is a common word of the facts, not a name: the check is not settled by it
    answer = engine.answer("is xiaomi the most valuable startup in the world")
    assert not answer.text.startswith("Yes") and "second-most valuable" in answer.text


def test_answer_a_target_with_no_sales_yet_is_not_checked(engine: Engine):
    answer = engine.answer("so did xiaomi actually hit 70m in 2017 in the end?")
    assert not answer.answered and "I have no smartphone sales for 2017" in answer.text
    assert not answer.text.startswith(("Yes", "No"))


def test_answer_being_top_somewhere_is_not_settled_by_a_fact_naming_the_place(engine: Engine):
    answer = engine.answer("is xiaomi still top in china as of 2017?")
    assert not answer.text.startswith("Yes") and "upper hand" in answer.text


@pytest.mark.parametrize(
    "question, place",
    [("does xiaomi sell in europe", "Europe"), ("is xiaomi available in germany", "Germany")],
)
def test_answer_a_place_no_fact_names_is_unknown_with_where_it_sells(engine: Engine, question, place):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(f"The articles don't say so of {place}."), (
        answer.text
    )
    assert "India" in answer.text


@pytest.mark.parametrize(
    "question", ["is xiaomi one of the biggest phone makers", "is xiaomi one of the largest phone makers"]
)
def test_answer_one_of_the_biggest_is_what_the_company_is(engine: Engine, question):
    assert engine.answer(question).text.startswith("Xiaomi is one of the largest China-based")


@pytest.mark.parametrize(
    "question, start",
    [
        ("can you tell me if xiaomi hit 80m in 2015?", "No."),  # asked to say whether: a check
        ("was xiaomi number one in chinese market?", "Xiaomi was once the number one"),  # no translation
        ("what's an average year of sales?", "Xiaomi's smartphone sales averaged"),  # no term to define
        (
            "when did xiaomi hit 60m sales for the first time?",
            "The first year Xiaomi's smartphone sales were at least 60",
        ),
    ],
)
def test_answer_wording_close_to_a_decline_is_still_answered(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, never",
    [
        ("the last 2 years combined", "214.9"),  # "last 2" is no count of the years asked
        ("when did they miss 60m?", "The first year"),  # a miss is no first year at least that
    ],
)
def test_answer_never_reads_the_opposite(engine: Engine, question, never):
    assert never not in engine.answer(question).text


def test_answer_part_not_understood_is_named_beside_the_answered_one(engine: Engine):
    text = engine.answer("who is the ceo and where did he study?").text
    assert "Lei Jun" in text
    assert "I don't know \u201cwhere did he study\u201d." in text


@pytest.mark.parametrize(
    "question",
    [
        "how many in 2013? my friend says 20 million",
        # a statement read as a claim to check is a remark without its question mark
        "what did lei jun say matters most to the company? The train was packed by the way.",
    ],
)
def test_answer_remark_beside_a_question_is_left_out(engine: Engine, question):
    answer = engine.answer(question)
    assert answer.answered
    assert "I don't know" not in answer.text


def test_answer_claim_marked_as_a_question_beside_another_is_named(engine: Engine):
    text = engine.answer("the ceo lei jun founded xiaomi in 2012 right? what was first year sales").text
    assert text.startswith("I don't know \u201cthe ceo lei jun founded xiaomi in 2012 right\u201d.")


@pytest.mark.parametrize(
    "question, start",
    [
        # "market leader" is the longer expression, not "the market": no competitors' fact as a yes
        ("is oneplus the market leader in china?", "The articles don't say so"),
        # a figure put in someone's mouth: whose it is, and never a plain yes
        ("was it lei jun who said they need 70 million phones in 2017", "No: that figure is Kevin Wang's."),
        (
            "did lei jun say they sold 70 million in 2015",
            "The figure is right, but the articles don't say Lei Jun",
        ),
        (
            "did lei jun say they sold 61 million in 2014",
            "One source gives that figure, but the articles don't",
        ),
        # where a company is from is its profile, never the countries it sells in
        ("is xiaomi chinese", "Xiaomi is one of the largest China-based smartphone manufacturers"),
        ("what country is xiaomi from", "Xiaomi is one of the largest China-based smartphone manufacturers"),
        # the biggest maker is a company ranked: the profile, never the best year
        ("was xiaomi the biggest smartphone maker in the world", "In five years Xiaomi came out of nowhere"),
        # a word known by its ending alone moves no figure where no measure is named
        ("when's the new xiaomi flagship dropping", "Expected: Xiaomi's new flagship"),
    ],
)
def test_answer_reads_what_is_measured(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, years",
    [
        ("how much did xiaomi grow each year", [2013, 2014, 2015, 2016]),
        ("list the yearly changes", [2013, 2014, 2015, 2016]),
        ("yoy changes 2013 to 2015", [2014, 2015]),
    ],
)
def test_answer_each_years_change_is_listed_with_both_sources(engine: Engine, question, years):
    answer = engine.answer(question)
    assert [y for y in years if f"In {y} Xiaomi's smartphone sales" in answer.text] == years, answer.text
    if 2014 in years:  # the two 2014 figures, each paired with its neighbours
        assert states(answer.text, 42.3e6, 41.3e6), answer.text
    if 2015 in years:
        assert states(answer.text, 9e6, 10e6), answer.text
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # found by review of the session's rules: each was a right answer turned wrong
        ("what were the declines?", "Xiaomi's smartphone sales fell in 2016"),  # a plural, read as ever
        ("were sales down year on year in 2016?", "Yes."),  # "down year", then "year on year"
        ("what was the average change each year?", "Xiaomi's smartphone sales grew from 7.2 million"),
        ("sales grew every year?", "No."),  # a claim checked, not a list
        ("did they sell 61 million in 2014 and 2017?", "For 2014, one source says so."),
        ("was 2014 3.3 times 2013?", "Yes."),  # 3.26 is 3.3 as said
        ("what does xiaomi need to continue its growth?", "Kevin Wang is an industry insider"),
        ("did xiaomi announce its h1 figures after june?", "Xiaomi sold 34.7 million"),
        ("need xiaomi 2016 units asap", "Xiaomi sold around 58 million"),  # the asker's need, no target
        ("was 2016 lower than 15?", "I don't know"),  # 15 may be 2015: never 15 million
        ("were xiaomi phones under 300 in 2015?", "I don't know"),  # a price, no count of phones
        ("did sales stay above 60 million since 2014?", "No."),  # every year of the range
        ("sales dropped every year after 2014?", "No."),  # 2015 grew, from 2014
        ("did they hit 61m in 2014 or 2015?", "Yes, in 2015."),
        ("did sales keep rising from 2012 to 2016?", "No."),
    ],
)
def test_answer_review_cases(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


def test_article_names_are_title_word_pairs_no_other_title_has():
    sources = (
        Source(id="a", title="Kevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017", date="2017-04-10"),
        Source(id="b", title="Xiaomi is backing off its sales goals", date="2015"),
        Source(id="c", title="Kevin Wang on the Xiaomi slowdown", date="2016"),
    )
    names = {name: year for name, year, _ in article_names(sources, "Xiaomi")}
    # "kevin wang" is in two titles, so it names neither; the company's name and small words name none
    assert names == {"backing off": 2015}


def test_a_remark_naming_the_company_talked_about_leaves_the_conversation(engine: Engine):
    conversation = Conversation()
    engine.answer("xiaomi 2015 sales?", conversation)
    engine.answer("ugh my xiaomi broke again", conversation)
    assert (
        "from 61 million [1] in 2014 to 70 million"
        in engine.answer("growth from the year before?", conversation).text
    )


@pytest.mark.parametrize(
    "question, start",
    [
        ("how many phones did we sell in 2015", "I don't know about your own sales."),
        ("how many phones did my company sell in 2015", "I don't know about your own sales."),
        (
            "how many smartphones did the whole industry ship in 2015",
            "I don't have the whole smartphone market's",
        ),
        ("how many phones did all makers sell in 2016", "I don't have the whole smartphone market's"),
        # people the asker knows, or people in the chat, selling or buying (a company named is bought)
        ("how many phones did my uncle's shop sell in 2014?", "I don't know about anyone's own sales."),
        ("Jake, how many phones did your shop sell in 2013?", "I don't know about anyone's own sales."),
        ("@mike did u buy a xiaomi in 2014?", "I don't know about anyone's own purchases."),
        ("did anyone here get one in 2015?", "I don't know about anyone's own purchases."),
        # what people's own things cost or are worth, never the phones' price or the valuation
        ("Tom, how much did your phone cost?", "I don't know about what people's own things cost"),
        ("what's my net worth", "I don't know about what people's own things cost"),
        # a thing priced that no fact names
        ("how much is a xiaomi scooter", "I don't have Xiaomi's scooter figures"),
        # money made is no count of phones
        ("xiaomi made $70 million in 2015?", "I don't have Xiaomi's revenue."),
    ],
)
def test_seller_that_is_no_company_is_declined(engine: Engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # getting something right, buying a claim, getting numbers: no purchase
        ("did my friend get it right that xiaomi sold 70m in 2016?", "No: 70 million was the figure"),
        ("do you buy that they sold 70m in 2015?", "Yes. Xiaomi sold 70 million"),
        ("have you got a number for 2014 sales?", "Sources disagree on 2014"),
        # someone selling more than the company: the company's figure, set against others
        ("did anyone sell more phones than xiaomi in 2015?", "Xiaomi sold 70 million"),
        ("which is more affordable, xiaomi or iphone?", "Xiaomi is the cheaper"),
        ("which is more costly, xiaomi or iphone?", "Apple is the pricier"),
        ("did anybody sell more phones than them in 2014?", "Sources disagree on 2014"),
    ],
)
def test_people_in_the_chat_asking_of_figures_are_answered(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("did his company sell 70m in 2015?", "Yes. Xiaomi sold 70 million"),  # Lei Jun's: Xiaomi
        ("how much is his company worth", "Xiaomi was valued at $46 billion"),
        ("how many phones did the $46 billion startup sell in 2012", "Xiaomi sold 7.2 million"),
    ],
)
def test_seller_that_is_the_company_after_all_is_answered(engine: Engine, question, start):
    conversation = Conversation()
    engine.answer("who is lei jun", conversation)
    assert engine.answer(question, conversation).text.startswith(start)


@pytest.mark.parametrize(
    "question, name",
    [
        ("www.apple.com sales 2016", "Apple"),
        ("what did https://www.samsung.com sell in 2015?", "Samsung"),
        ("@huawei how many phones in 2016?", "Huawei"),
    ],
)
def test_company_named_by_its_handle_or_site(engine: Engine, question, name):
    answer = engine.answer(question)
    assert answer.text.startswith(f"I don't know {name}'s smartphone sales"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "my email is bob@huawei.com, xiaomi 2015 sales?",
        "@dan xiaomi 2015 sales?",
        "@MarketFactsBot 2015 sales",
        "https://t.me/x 2015 sales",
    ],
)
def test_a_person_or_bot_mentioned_names_no_company(engine: Engine, question):
    assert engine.answer(question).text.startswith("Xiaomi sold 70 million smartphones in 2015")


@pytest.mark.parametrize(
    "question, start",
    [
        # a review of the fortieth session's rules, each misfire answered as before
        (
            "lei jun said they'd sell 80 million in 2015, did they?",
            "No: 80 million [1] was the sales target.",
        ),
        (
            "everyone thought xiaomi would sell more in 2016, how many did it sell?",
            "Xiaomi sold around 58 million",
        ),
        (
            "my friend in India asked: how many phones did xiaomi sell there in 2015?",
            "I don't know the smartphone sales for India",
        ),
        (
            "I have family in Brazil. how many phones did xiaomi sell there in 2016?",
            "I don't know the smartphone sales for Brazil",
        ),
        (
            "I have a question about India. how many phones did xiaomi sell in 2015?",
            "I don't know the smartphone sales for India",
        ),
        ("my question: revenue in 2015?", "I don't have Xiaomi's revenue"),
        ("we rented a xiaomi, how many phones did they rent out in 2015?", "I don't have Xiaomi's rentals"),
        (
            "and 20% more than 2016 sales?",
            "Xiaomi's smartphone sales in 2016 (around 58 million) plus 20% is 69.6 million",
        ),
        ("how many phones did the business sell in 2015?", "Xiaomi sold 70 million"),
        ("how many phones did the compnay sell in 2015?", "Xiaomi sold 70 million"),
        ("did xiaomi hold a target of 100 million for 2015?", "Yes."),
        (
            "average sales excluding the best and worst years",
            "Xiaomi's smartphone sales averaged 45.9 million",
        ),
        # a second review: a guess checked is about the sales; other words for the company; both extremes
        ("my dad said they would sell 70m in 2015, is that true?", "Yes. Xiaomi sold 70 million"),
        ("she said they would sell 61m in 2014, was she correct?", "One source says so."),
        ("how many did the phonemaker sell in 2015?", "Xiaomi sold 70 million"),
        ("how many did the behemoth sell in 2015?", "Xiaomi sold 70 million"),
        ("my friend in india asks is it sold in his city", "I don't know the smartphone sales for India"),
        (
            "2012 minus 10m",
            "Xiaomi's smartphone sales in 2012 (7.2 million) are less than 10 million: nothing is left.",
        ),
    ],
)
def test_answer_review_of_the_fortieth_session(engine: Engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


def test_answer_a_year_asked_without_the_peak_is_no_total(engine: Engine):
    conversation = Conversation()
    engine.answer("average 2012-2016", conversation)
    text = engine.answer("which was the best year, not counting the peak year?", conversation).text
    assert "averaged" not in text, text


@pytest.mark.parametrize(
    "question, start",
    [
        # a remark that names nothing the question needs: the question alone
        ("Lei Jun is the CEO. When was the company founded?", "Xiaomi was founded in 2010"),
        ("fun fact my dog is named Xiaomi. what year did the company start?", "Xiaomi was founded in 2010"),
        # ... and one that names another company, a part of a year, a place or a base year: one question
        ("Huawei is doing great. How many phones did they sell in 2015?", "I don't know Huawei's"),
        ("Excluding the first half. How many did they sell in 2015?", "No article gives Xiaomi's smartphone"),
        (
            "Xiaomi sells phones in India. How many did they sell in 2015?",
            "I don't know the smartphone sales",
        ),
        ("iPhones are pricey. How much do they cost?", "iPhones sell for between"),
        ("just india lol. how many phones did xiaomi sell in 2015?", "I don't know the smartphone sales for"),
        ("revenue not units. how much did xiaomi sell in 2015?", "I don't have Xiaomi's revenue"),
        ("Huawei, not Xiaomi. What were Xiaomi's sales in 2015?", "I have no smartphone sales for Huawei"),
    ],
)
def test_answer_remark_before_a_question(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a source that only passed a claim on holds no role it names
        ("techinasia is a research firm?", "No."),
        ("did sales grow by 12.7m a year on average from 2012 to 2016?", "Yes."),
        ("did growth in 2014 exceed 200%?", "Yes."),
        ("Did growth in 2014 top 200 percent?", "Yes."),
        ("The original 2015 sales goal was 100 million - true?", "Yes."),
        # the worst year is not the one asked: that year's own figure too
        ("so 2016 was the worst year ever for xiaomi?", "No. Xiaomi's weakest year"),
        (
            "implied 2H15 units for Xiaomi (full year minus 1H)",
            "No article gives Xiaomi's smartphone sales for the second half",
        ),
        (
            "how many more did they need to hit the 2015 target",
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million",
        ),
        ("2013 and 2014 tallied?", "Xiaomi's smartphone sales for 2013-2014 add up to 79.7 million"),
        # a drop against a gain by size, a change judged better or worse by itself
        ("was the 2016 drop bigger than the 2015 gain", "Yes."),
        ("was the 2016 drop smaller than the 2015 gain", "No."),
        ("was growth from 2015 to 2016 worse than from 2013 to 2014?", "Yes."),
        # a share of a range's total claimed as a fraction or a percentage (70 of 214.9 million: 32.6%)
        ("is 2015 more than a third of 2012-2016 total", "No."),
        ("was 2015 over 30% of the 2012-2016 total?", "Yes."),
        # the revised or lowered target's own number
        ("Was the revised 2015 target 90 million?", "No."),
        ("was the lowered 2015 target 100m?", "No."),
        ("was the reduced 2015 goal 80 million?", "Yes."),
        ("after beating its 40m projection, did xiaomi cut the 2015 goal?", "Yes."),
        (
            "what was the target before march 2015",
            "Target: Xiaomi's original goal for 2015 was to sell 100 million",
        ),
        ("sales 2014 \u00f7 2013", "Xiaomi's smartphone sales in 2014 were 3.3 or 3.2"),
        # million and billion typed with a slip
        ("which year xiaomi sold 61 milion?", "That was 2014"),
        ("valued at 46 bilion?", "Yes."),
        # last year as seen from the year said first
        ("in 2015, what were xiaomi's sales last year?", "Sources disagree on 2014"),
        ("over the 3 years starting 2013, total sales?", "Xiaomi's smartphone sales for 2013-2015 add up to"),
        # what someone said, then the figure asked
        (
            "Lei Jun says 80 million but what were real 2015 sales?",
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # the year whose figure is nearest a number no year had
        (
            "which year came closest to 80 million?",
            "2015 came closest to 80 million, with 70 million (10 million short",
        ),
    ],
)
def test_answer_review_of_the_forty_seventh_session(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith(start), answer.text


def test_answer_worst_year_not_the_one_asked_says_its_figure(engine: Engine):
    assert "2016 had around 58 million." in engine.answer("was 2016 the worst year?").text


def test_answer_role_of_another_company_is_not_the_one_asked_with_at(engine: Engine):
    # ("Apple design chief Jony Ive" holds the role at Apple, not at Xiaomi)
    answer = engine.answer("who heads design at xiaomi?")
    assert not answer.answered
    assert not answer.text.startswith("Apple design chief")


@pytest.mark.parametrize(
    "question", ["Xiaomi's Q3 2015 unit sales?", "I heard Q3 2015 sales were 18 million - correct?"]
)
def test_answer_a_number_of_a_period_with_no_figure_is_not_answered(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert "no figure given" in answer.text


@pytest.mark.parametrize(
    "question", ["berapa banyak phone xiaomi jual pada 2015?", "hoeveel fone het xiaomi in 2015 verkoop?"]
)
def test_answer_malay_and_afrikaans_are_declined(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith("I understand questions in English.")


def test_answer_an_articles_year_dates_nothing_it_shows(engine: Engine):
    # "The 2015 article's photo ... on May 15, 2014": no speech of 2015; asked of 2015, not given
    answer = engine.answer("where did lei jun speak in 2015?")
    assert not answer.answered
    assert "Beijing" not in answer.text


@pytest.mark.parametrize(
    "question, says",
    [
        # a check of a year keeps the fact dated to another one, which settles it
        ("was the lei jun product launch photo from a 2015 event?", "May 15, 2014"),
    ],
)
def test_answer_facts_checked(engine: Engine, question, says):
    answer = engine.answer(question)
    assert answer.answered
    assert says in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        # a target reached before is asked only by "ever ... reached": no forecast, no more or less, no
        # part of a year, no other claim
        ("will xiaomi reach the 2017 target before the end of 2017?",),
        ("what's the 2017 target", "have they already reached it?"),
        ("what's the 2017 target", "did they ever reach it in the first half of a year?"),
        ("what's the 2017 target", "did they ever miss it?"),
        ("was the 2017 target ever cut?",),
    ],
)
def test_answer_a_target_reached_before_is_no_other_claim(engine: Engine, turns):
    answer = last_answer(engine, *turns)
    assert not answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("2016 sales dropped to (58m) from 2015?", "Yes."),  # a bracketed claim is still the claim
        ("did xiaomi get back to growth in 2016?", "No."),
        ("did 2014 sales top 150% of the projection?", "It depends on the source."),  # 60m is 150%, no more
        ("did the volume fall in Q3 2015?", "Yes. Xiaomi's Q3 2015 smartphone sales dropped"),
    ],
)
def test_answer_review_regressions_of_the_forty_seventh_session(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize("question", ["sales over the past 3 years", "sales in the past two years"])
def test_answer_past_years_are_counted_from_today_and_asked_about(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith("Which year do you mean?")


@pytest.mark.parametrize(
    "question, start",
    [
        # a reason asked of a number that was the target, or of beating a target missed: what was so
        ("why did Xiaomi sell 100 million phones in 2015?", "No: 100 million [1] was the sales target."),
        (
            "why did xiaomi beat its 2015 target?",
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 30 million",
        ),
        # words people use for the chief, for phones and for how fast sales moved
        ("who manages xiaomi", "Lei Jun is Xiaomi's CEO"),
        ("how many cells did xiaomi sell in 2012", "Xiaomi sold 7.2 million smartphones in 2012."),
        ("how fast did xiaomi grow in 2014?", "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013"),
    ],
)
def test_answer_premises_and_words_of_the_forty_seventh_session(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize("question", ["what happened in 2010?", "how did xiaomi do in 2010?"])
def test_answer_what_happened_in_a_year_with_no_figure_is_what_the_facts_date_to_it(engine: Engine, question):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith("Xiaomi was founded in 2010.")


def test_answer_what_happened_in_a_year_reported_only_is_no_fact_of_it(engine: Engine):
    assert engine.answer("how did xiaomi do in 2017?").text.startswith(
        "I don't know Xiaomi's smartphone sales for 2017."
    )


@pytest.mark.parametrize(
    "turns, start",
    [
        # a target of a number names which target; the cut is of it
        (("was the 2015 target of 100 million cut?",), "Yes."),
        # "in 2016 ... from last year" sets both years against each other
        (
            ("in 2016, did sales drop from last year?",),
            "Yes. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        # the year before and after of a change is the change into the year before
        (
            ("growth 2014", "and the year before and after?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012",
        ),
        # a share claimed "or more"
        (("was 2015 a third of the 2012-2016 total or more?",), "No."),
        # the photo's own date, asked after a year's talk
        (
            ("sales 2015", "when was that photo taken?"),
            "The 2015 article's photo shows Xiaomi CEO Lei Jun speaking",
        ),
        # a target restated in brackets says nothing more
        (
            ("is the 2017 target (70 million) above 2015 sales?",),
            "No. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        # what someone said is set aside; the figure after it is asked
        (
            ("kevin wang says 70 million but what were 2015 sales?",),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (("do iphones cost more than xiaomis?",), "Yes."),
    ],
)
def test_answer_second_review_of_the_forty_seventh_session(engine: Engine, turns, start):
    answer = last_answer(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "is a xiaomi not as expensive as an iphone?",
        "is an iphone at least as expensive as a xiaomi?",
        "is a xiaomi phone a tenth as expensive as an iphone?",
        "what is kevin wang's target? | did they ever reach it in 2017?",
        "what is kevin wang's target? | did they ever hit it again?",
        "was lei jun forced out?",
    ],
)
def test_answer_no_verdict_where_the_claim_is_not_plain(engine: Engine, question):
    assert not last_answer(engine, *question.split(" | ")).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    "question, start",
    [
        # last year from a year said first, only where nothing is compared
        (
            "in 2016, were sales up on last year?",
            "No. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        ("in 2015, what was the ratio to last year?", "Xiaomi's smartphone sales in 2015 were 1.1 or 1.2"),
        # a bracketed amount that names which target
        (
            "was the goal (80 million) reached?",
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 10 million",
        ),
        # "the past few years" is every year, as before
        ("what were sales in the past few years?", "Xiaomi's smartphone sales by year:"),
        # prices said in the question, and an upper bound on the multiple
        ("is a $1000 iphone 10 times more expensive than a $100 xiaomi?", "Yes."),
        ("are iphones up to 10 times more expensive than xiaomi?", "Yes."),
        # a whole year against twice its half
        ("did 2015 exceed twice h1 2015?", "Yes."),
    ],
)
def test_answer_third_review_of_the_forty_seventh_session(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


def test_answer_closest_is_of_years_only(engine: Engine):
    assert "came closest" not in engine.answer("which half came closest to 30 million?").text


@pytest.mark.parametrize(
    "question, start",
    [
        # a sum of money a fact states exactly says whose it is
        ("what is $650?", "iPhones sell for between $650 and $1,000."),
        ("what does 80 million mean?", "No year's smartphone sales were 80 million; 80 million was"),
        ("what is the 46 billion figure?", "46 billion is the valuation: Xiaomi was valued at $46 billion"),
        # the year a running total first reached a number, by every pairing of the sources
        (
            "when did cumulative sales pass 100 million?",
            "In the first half of 2015: with 34.7 million [1] that half, the total since 2012 first passed",
        ),
        ("by what year had xiaomi sold 200 million phones in total?", "In 2016:"),
        ("when did cumulative sales reach 86 million?", "It depends on the source: in 2014 by one, 2015"),
        ("when did total sales pass 300 million?", "Not by 2016, the last year I have"),
        ("starting the tally in 2012, when did total sales first top 20 million?", "In 2013: that year"),
        ("from 2013, when did sales first top 60 million?", "The first year Xiaomi's smartphone sales were"),
        # "total sales" of a number a year reached is that year's
        ("when did total sales first hit 60m?", "The first year Xiaomi's smartphone sales were at least 60"),
        # of two years named, the one nearer a number, each source's distance said
        (
            "which came closer to 70 million, 2014 or 2016?",
            "2014 came closer to 70 million, with 61 million [1] / 60 million [2] (9 million or 10 million"
            " short of it). 2016 had around 58 million [1] (12 million short of it).",
        ),
        ("was 2014 closer to 80m than 2015?", "No. 2015 came closer to 80 million"),
        # a second half no article gives, derived, against a year
        ("was H2 2015 bigger than 2013?", "Yes. Xiaomi's smartphone sales in the second half of 2015 (35.3"),
        # an article's relative year, counted from its date
        (
            'what year does "two years ago" mean in the 2017 article?',
            "In that article, “2 years ago” is 2015.",
        ),
        ("In the 2017 piece, which year does 'last year' point to?", "In that article, “last year” is 2016."),
        ("What does 'this year' mean in the Kevin Wang article?", "In that article, “this year” is 2017."),
        # how far back a year's figure was last beaten
        (
            "2016 sales were the lowest since when?",
            "2016 (around 58 million) was Xiaomi's weakest year for smartphone sales since 2013"
            " (18.7 million)."
            " Every year between, 2014 and 2015, had more.",
        ),
        ("2015 the lowest since when?", "2015 (70 million [1]) was no low: 2014, the year before, had less"),
        (
            "was 2015 the highest since when?",
            "2015 (70 million) was Xiaomi's best year for smartphone sales of all",
        ),
        ("2012 lowest since when?", "2012 (7.2 million) is the first year of Xiaomi's smartphone sales"),
        # a claim to check after its label
        ("fact check: lei jun is ceo", "Yes. Lei Jun is Xiaomi's CEO."),
        ("sanity check: h1 2015 = 34.7m", "Yes. Xiaomi sold 34.7 million smartphones in the first half"),
        # derived figures claimed: the derived half, the sources' gap, the rest to a target
        ("was h2 2015 around 35 million?", "Yes. No article gives Xiaomi's smartphone sales for the second"),
        ("were h2 2015 sales 40 million?", "No. No article gives"),
        ("the two articles' 2014 figures are 1 million apart?", "Yes. Sources disagree on 2014"),
        (
            "after h1 2015 did they need 50 million more for the 80m goal?",
            "No. After 34.7 million in the first",
        ),
        ("the 2012-to-2013 increase works out at 11.5 million?", "Yes. Xiaomi's smartphone sales grew"),
        # a year with a target and no sales, named as a number, is its target against the other's sales
        (
            "is the 2017 number higher than 2016?",
            "Yes. Xiaomi sold around 58 million smartphones in 2016, 12",
        ),
        # the best and worst years within a range, their gap
        (
            "difference between xiaomi's best and worst years 2013-2016",
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015: +51.3",
        ),
        # each year said with its own number, each checked
        ("2013 was 18.7m and 2015 was 70m, both right?", "Yes, each of them."),
        ("did they sell 70m in 2015 and 60m in 2016?", "No: not for 2016."),
        # an amount in brackets that restates its period's own figure or target claims nothing
        ("H1 2015 (34.7 million) beat the whole of 2013 (18.7 million), yes?", "Yes. Xiaomi's smartphone"),
        ("is the 2017 target (70m) more than 2016?", "Yes. For 2017 the target of 70 million is 12"),
        # ... and one that does not is still a claim, checked
        ("2015 sales (75m) beat 2014?", "No. Xiaomi sold 70 million [1] smartphones in 2015, 5 million"),
        # a target reached by a year's end is that year's
        (
            "did xiaomi reach the 80m goal by the end of 2015?",
            "No. Xiaomi sold 70 million [1] smartphones in 2015",
        ),
    ],
)
def test_answer_of_the_forty_eighth_session(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "I'm new here btw",
        "my boss is the CEO of a startup",
        "this year was a transition period for me",
        # the asker's own words in another language
        "und was war mit 2016",
        "en hoe zat het in 2016?",
    ],
)
def test_answer_the_askers_own_remarks_and_other_languages_are_not_answered(engine: Engine, question):
    assert not engine.answer(question).answered


@pytest.mark.parametrize(
    "question", ["im curious who the ceo is", "i'm looking for the ceo", "my boss wants the 2014 number"]
)
def test_answer_the_asker_asking_is_answered(engine: Engine, question):
    assert engine.answer(question).answered


def test_answer_a_month_of_a_running_total_is_not_answered(engine: Engine):
    answer = engine.answer("in which month did cumulative sales pass 100 million?")
    assert not answer.answered
    assert answer.text.startswith("I can't tell the month")


@pytest.mark.parametrize(
    "question, start",
    [
        # a total by a year's end is the years' total, not that year's sales
        (
            "did cumulative sales reach 200 million by the end of 2016?",
            "Yes. Xiaomi's smartphone sales for 2012-2016",
        ),
        (
            "had xiaomi sold 150 million phones in total by 2015?",
            "Yes. Xiaomi's smartphone sales for 2012-2015",
        ),
        # a best year "to date" or "all-time" is no running total
        (
            "when did xiaomi hit its all-time high of 70 million?",
            "The first year Xiaomi's smartphone sales were",
        ),
        ("when did total yearly sales exceed 100 million?", "Xiaomi's smartphone sales were more than 100"),
        # the year claimed closer is the one said as the subject
        ("compared with 2014, was 2016 closer to 70 million?", "No. 2014 came closer to 70 million"),
        ("relative to 2013, was 2012 closer to 10 million?", "Yes. 2012 came closer to 10 million"),
        # each year checked only where each is said beside its own number, of sales
        ("did xiaomi sell about 7 million in 2012 and about 19 million in 2013?", "Yes, each of them."),
        ("was the 2015 target 80m and 2014 sales 61m?", "Target:"),
        # the sources' gap: a bound or an opinion is no gap claimed
        ("do the two 2014 figures differ by less than 2 million?", "Sources disagree on 2014"),
        ("the sources differ by 1 million for 2014 - does it matter?", "Sources disagree on 2014"),
        # the number still needed, roughly; a second half beaten is no number needed
        ("did they need about 45 million in H2 to reach the 80 million goal?", "Yes. After 34.7 million"),
        # a sum of money said of the company talked about stays its own
        ("are their phones under $650?", "Yes. Xiaomi sells low-cost, high-quality phones"),
        # a company's superlative is what the facts say of it, never its best year
        ("is xiaomi the largest chinese phone maker?", "Xiaomi is one of the largest China-based"),
        # an amount in brackets that claims something keeps every bracket a claim
        ("was 2016 (60m) lower than 2015 (70m)?", "Yes. Xiaomi's smartphone sales were higher in 2015"),
        # a number that is the year's goal, reached by the year's end, is that goal
        ("did total sales reach 100 million by the end of 2015?", "No. Xiaomi sold 70 million [1]"),
        # "how many ..., N?" still checks the guess
        ("how many did xiaomi sell in 2013, 20 million?", "No. Xiaomi sold 18.7 million"),
        # combined, first: the running total
        ("in which year did combined sales first reach 25 million?", "In 2013: that year the total"),
        # a claim after its label, against the one who holds the role
        ("fact check: kevin wang is xiaomi's ceo", "No. Lei Jun is Xiaomi's CEO"),
        # "how far below" asks how far: no yes or no for the target it names
        ("How far below the original 100 million goal did 2015 finish?", "Target: Xiaomi's original goal"),
        # a year of no figure, asked about alone: what the facts date to it
        ("what's 2010 about?", "Xiaomi was founded in 2010."),
        # a decimal said alone is a figure in the figures' scale
        ("what's 18.7?", "That was 2013: Xiaomi sold 18.7 million smartphones in 2013."),
        # on track after the first half: at least as much as the second half still needed
        ("xiaomi's H1 2015 was 34.7m so they were on track for 80m right?", "No. After 34.7 million"),
    ],
)
def test_answer_review_of_the_forty_eighth_session(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "og target 2015?",
        "dan: 2015 sales?",
        "did lei jun go to mit?",
        "the ceo's name for me",
        "I'm after the ceo's name",
    ],
)
def test_answer_english_words_and_requests_are_not_taken_for_other_languages_or_remarks(
    engine: Engine, question
):
    answer = engine.answer(question)
    assert "I understand questions in English" not in answer.text
    assert not answer.text.startswith("Ask me about")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("do the articles agree on 2014?", "No. The articles disagree on Xiaomi's smartphone sales for 2014"),
        (
            "do both articles agree on 2015 sales?",
            "Only one article gives Xiaomi's smartphone sales for 2015",
        ),
        ("is 2014 the same in both articles?", "No. The articles disagree"),
    ],
)
def test_answer_whether_the_sources_agree_on_a_year(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, label",
    [
        ("how many phones did xiaomi sell domestically in 2015?", "China"),
        ("how many phones did xiaomi sell to Americans in 2015?", "US"),
        ("how many phones did xiaomi sell on Tmall in 2015?", "the online channel"),
        ("how many phones did xiaomi sell to women in 2016?", "women"),
        ("how many phones did xiaomi sell in tier 2 cities in 2015?", "smaller cities"),
    ],
)
def test_engine_session_56_sales_narrowed_by_a_scope_decline(engine, question, label):
    answer = engine.answer(question)
    assert not answer.answered, answer.text
    assert answer.text.startswith(f"I don't know the smartphone sales for {label}:"), answer.text
