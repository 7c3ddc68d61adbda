"""Routing: declined before anything is looked up when the question is not one the facts answer."""

import pytest

from bot.answer import AnswerKind
from bot.answering import wording
from bot.answering.router import employer_named
from bot.engine import Engine
from bot.knowledge.store import build
from tests.test_engine import states

FIGURES = ("61", "60", "70", "58", "18.7", "7.2", "34.7", "46")


@pytest.mark.parametrize(
    "question, start",
    [
        ("did xiaomi sell about 35m in the first half of 2015?", "Roughly, yes."),
        ("did xiaomi sell around 60 million in 2016", "Roughly, yes."),
        ("did xiaomi sell 35m in h1 2015", "No."),  # said exactly, it is not
        ("did xiaomi sell about 100 million in 2015", "No: 100 million"),  # 70 is no "about 100"
        ("did xiaomi sell about 20m in 2013", "No."),  # 18.7 is more than 5% away
        ("xiaomi basically did 35m in H1 2015", "Roughly, yes."),
        ("did xiaomi sell more or less 60 million in 2016", "Roughly, yes."),
        ("so basically xiaomi sold 34.7m in h1 2015?", "Yes."),  # hedged, but the very figure
        # a part of a year offered against the whole: which one had the figure
        (
            "did xiaomi sell 34.7m phones in H1 2015 or in all of 2015?",
            "In the first half of 2015, not the whole",
        ),
        ("did xiaomi sell about 58 million in 2016", "Yes."),  # the figure "around 58 million" itself
    ],
)
def test_route_rough_claims_rounded_as_written(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "2016 sales were what % of 2015's?",
            "Xiaomi's smartphone sales in 2016 (around 58 million) were 82.9% of 2015's",
        ),
        (  # the whole is the first year after "of", never a later one
            "what percentage of 2015 was 2016?",
            "Xiaomi's smartphone sales in 2016 (around 58 million) were 82.9% of 2015's",
        ),
        (
            "what percentage of 2014 sales was 2013",
            "Xiaomi's smartphone sales in 2013 (18.7 million [1]) were 30.7%",
        ),
        (
            "by mid-2015, what fraction of the 80M target had Xiaomi reached?",
            "Xiaomi's 34.7 million in the first half",
        ),
        ("Was the second half of 2015 stronger than the first half?", "Yes."),
        ("photo caption - who is in the picture?", "The photo of Lei Jun"),
        ("what do you personally think of Lei Jun?", "I have no opinions or predictions of my own"),
        (
            "is lei jun a good ceo",
            "I have no opinions or predictions of my own",
        ),  # never "Yes. Lei Jun is the CEO"
        ("should i buy xiaomi phones", "I have no opinions or predictions of my own"),
        # found by a second review: each was a wrong answer on the way
        (
            "did lei jun set a 100 million target for 2015?",
            "Yes.",
        ),  # a figure quoting nobody is nobody else's
        ("did lei jun set a target of about 70 million for 2017?", "No: that figure is Kevin Wang's."),
        (
            "best year 2012-2016 excluding 2015 and 2014",
            "Xiaomi's best year for smartphone sales in 2012, 2013 and 2016",
        ),
        (
            "total 2012-2016 except for 2016",
            "Xiaomi's smartphone sales for 2012-2015 add up to 156.9 million",
        ),
        (
            "did sales rise from 2014 to the first half of 2015?",
            "Sources disagree on 2014",
        ),  # no "Yes." for a half
        ("was the 2016 number not official?", "Yes."),
        ("how far off was 2016 from 2015?", "Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("so kevin wang is xiaomi's CEO", "No. Lei Jun is Xiaomi's CEO"),  # a conclusion to check, no "?"
        ("who won the match last night?", "I don't know about sports results."),
        ("did lei jun call xiaomis designs theft", "No. Apple design chief Jony Ive"),  # "call" is "known"
        (
            "we are arguing in the group: was 2015 the best year?",
            "Yes. Xiaomi's best year",
        ),  # chatter, a colon
        (
            "scooters: how many in 2015",
            "I don't have Xiaomi's scooters figures",
        ),  # a thing counted before the colon
        (
            "Did Xiaomi ever reach the 70 million level before 2017?",
            "Yes. Xiaomi's smartphone sales were at least 70",
        ),
        (
            "did they ever hit the 100m milestone",
            "No. Xiaomi's smartphone sales were at least 100 million in no year",
        ),
        ("wat wuz xiaomis valyuation", "Xiaomi was valued at $46 billion"),
        ("who called 70 million the 'magic number'?", "Target: According to industry insider Kevin Wang"),
        (
            "what's the date on the Kevin Wang article?",
            "\u201cKevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017\u201d is dated 10 April 2017.",
        ),
        ("when was the 2015 article written", "\u201cThe CEO of the second-most valuable startup"),
        # an article named by its title's words, or by what it is about; "dated" is no "donated"
        (
            "when is the article by Kevin Wang dated?",
            "\u201cKevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017\u201d is dated 10 April 2017.",
        ),
        ("when was the article about the sales goals written", "\u201cThe CEO of the second-most valuable"),
        ("was jony ive the one who called xiaomis designs theft", "Yes. Apple design chief Jony Ive"),
    ],
)
def test_route_shares_halves_photo_and_opinions(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # found by review: each was a wrong answer on the way
        (
            "what percent of the 2015 target was 2014 sales?",
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short of the 2015 target",
        ),  # two measures of two years: 2014's sales against the 2015 target, as a share of it
        (
            "what percent of sales in 2014 was 2016?",
            "Xiaomi's smartphone sales in 2016 (around 58 million [1]) were 95.1%",
        ),
        ("xiaomi pc sales 2015", "I don't have Xiaomi's pc"),
        ("what accounts for the drop in 2016?", "Xiaomi's smartphone sales fell"),
        ("how much of a drop was there in 2016?", "Xiaomi's smartphone sales fell"),
        ("what were xiaomi's original sales figures for 2015?", "Xiaomi sold 70 million"),
        ("ceo?", "Lei Jun is Xiaomi's CEO"),  # a fact asked for by its name, alone
        ("besides fitness trackers, how many phones did xiaomi sell in 2015?", "Xiaomi sold 70 million"),
        ("what were worldwide phone sales in 2015?", "I don't have the whole smartphone market's sales."),
        ("how many phones did xiaomi sell worldwide in 2015", "Xiaomi sold 70 million"),
        # a month bounds which target: never the one set in march for "before march"
        ("what was the 2015 goal before march", "Target: Xiaomi's original goal for 2015 was to sell 100"),
        ("was the 2015 goal after march 100 million?", "No. Target:"),
        ("was the 2015 target before march 100m?", "Yes. Target:"),
        # a share of a target another year's sales reached; with no year, each target's gap
        ("share of the 2017 target reached in 2016?", "Xiaomi's around 58 million in 2016 was 82.9%"),
        ("what share of the target did they hit?", "Xiaomi sold 61 million [1] smartphones in 2014, beating"),
        ("2015 target achievement in percent?", "Xiaomi sold 70 million [1] smartphones in 2015, 30 million"),
        # from a newcomer trial
        ("did xiaomi sell roughly 60 million phones in 2014", "Roughly, yes."),  # 61 and 60 both are
        ("how many phones did xiaomi sell last month", "I don't have Xiaomi's figures for a single month."),
        ("did lei jun set a 70 million target for 2017", "No: that figure is Kevin Wang's."),
        (
            "what does kevin wang think about huawei",
            "The articles don't say what Kevin Wang said about Huawei.",
        ),
        ("what did canalys report", "Xiaomi's Q3 2015"),  # a company quoted, asked about itself
        # ... and for the period it reported on: what it said, with its name; never its own sales
        ("what did canalys report for q3 2015", "Xiaomi's Q3 2015 smartphone sales dropped"),
        (
            "canalys q3 2015?",
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no"
            " figure given; per Canalys",
        ),
        ("canalys 2015 sales?", "I don't know Canalys' smartphone sales"),
        ("how many phones did canalys sell in q3 2015", "I don't know Canalys' smartphone sales"),
        ("total 2012-2016 excluding 2016", "Xiaomi's smartphone sales for 2012-2015 add up to 156.9 million"),
        # a reason asked for a figure or a multiple that is not so: what was so, no reason for another
        ("why did xiaomi sell 100 million phones in 2016?", "No. Xiaomi sold around 58 million smartphones"),
        ("why did xiaomi's sales double in 2016?", "No. Xiaomi's smartphone sales in 2016 were 0.83 times"),
        ("why did xiaomi sell 58 million phones in 2016?", "Xiaomi said it is in a transition period"),
        # ... a size of change or a gap is no level to deny
        ("why did xiaomi sell 12m fewer phones in 2016?", "Xiaomi said it is in a transition period"),
        ("why did xiaomi miss by 30m in 2015?", "I don't know why"),
        # a year judged: how it went against the year before; the figure asked outright is the figure
        (
            "was 2016 a good year?",
            "Xiaomi sold around 58 million smartphones in 2016 (according to reports). Xiaomi's smartphone"
            " sales fell",
        ),
        ("this chat is wild, the 2013 figure?", "Xiaomi sold 18.7 million smartphones in 2013."),
        # a shortfall of a year with no sales: none, never another year's
        ("how much did xiaomi fall short in 2017?", "I don't know Xiaomi's smartphone sales for 2017."),
        (
            "H1 2015 vs all of 2013, which is bigger?",
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) against 2013",
        ),
    ],
)
def test_route_review_cases(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "median annual sales 2012-2016",
            "The median of Xiaomi's smartphone sales over 2012-2016 (5 years) was 58",
        ),
        # 2014 in the middle: each source's median
        (
            "median xiaomi sales 2013-2015",
            "The median of Xiaomi's smartphone sales over 2013-2015 (3 years) was 61",
        ),
        ("median of the targets", "I can't work out"),  # one year's targets are no list of figures
    ],
)
def test_route_median_of_the_years(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, said",
    [
        # a half spread over its own months and days (January-June 2015: 181 days)
        ("average monthly sales in the first half of 2015", "about 5.78 million a month"),
        ("how many phones a day did xiaomi sell in h1 2015", "about 192,000 a day"),
    ],
)
def test_route_half_spread_over_its_parts(engine: Engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # a year left out of the years compared, whichever words leave it out
        (
            "best year apart from 2015",
            "Xiaomi's best year for smartphone sales in 2012, 2013, 2014 and 2016 was 2014",
        ),
        (
            "aside from 2012, what was the worst year",
            "Xiaomi's weakest year for smartphone sales in 2013-2016 was 2013",
        ),
        # ("besides 2012" before a question asking which year leaves it out, as "other than" does)
        ("besides 2012, what was the worst year", "Xiaomi's weakest year for smartphone sales in 2013-2016"),
        (
            "other than 2012 which year was under 20 million",
            "Xiaomi's smartphone sales were less than 20 million",
        ),
        ("total apart from 2016", "Xiaomi's smartphone sales for 2012-2015 add up to"),
        # ... and what else it makes, apart from phones
        ("anything besides phones?", "Xiaomi also makes a number of other products"),
        # how a period went, never what a phone goes for
        ("how did q3 2015 go for xiaomi", "Xiaomi's Q3 2015 smartphone sales dropped"),
        ("how much do iphones go for", "iPhones sell for between"),
        ("how does a xiaomi phone go for compared to an iphone?", "Xiaomi is the cheaper: its phone"),
        ("other than xiaomi, which brands sell phones in china?", "In 2015 China's smartphone market"),
        # other companies' figures, which no article gives
        (
            "which company sold 18.7 million phones in 2013 besides xiaomi",
            "The articles give no other company's",
        ),
        (
            "who else sold 70 million in 2015",
            "The articles give no other company's figures: I only have Xiaomi's.",
        ),
    ],
)
def test_route_left_out_and_other_companies(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_is_a_company_from_somewhere_is_never_a_plain_yes(engine: Engine):
    assert not engine.answer("is apple a chinese company?").text.startswith("Yes")


def test_route_one_year_alone_is_that_years_figure(engine: Engine):
    assert states(engine.answer("2014?").text, 61e6, 60e6)


def test_route_making_a_target_is_reaching_it(engine: Engine):
    # making a target is reaching it: the gap, never the target read back
    assert "10 million (12.5%) short" in engine.answer("did they make the 80m goal or nah").text


@pytest.mark.parametrize(
    ("question", "values"),
    [("total phone sales 2014", (61e6, 60e6)), ("what was the total for 2013", (18.7e6,))],
)
def test_route_total_of_one_year_is_its_figure(engine: Engine, question, values):
    answer = engine.answer(question)
    assert answer.intent == "sales"  # the figure, not a sum of one year beside itself
    assert states(answer.text, *values)


@pytest.mark.parametrize(
    "question",
    [
        "Xiaomi 在 2014 sold 多少",  # a few words in another script ask what no English reading knows
        "小米 2015 sales",
    ],
)
def test_route_words_in_another_script_are_declined(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith("I understand questions in English.")


def test_route_greeting_in_another_script_before_an_english_question(engine: Engine):
    answer = engine.answer("Привет! how many phones did xiaomi sell in 2013?")
    assert answer.answered and states(answer.text, 18.7e6), answer.text


@pytest.mark.parametrize(
    "question, values",
    [
        ("the 100m target was silly. what did they really sell in 2015?", [70e6]),
        ("after backing off the sales goal, what did the company actually deliver in 2015?", [70e6]),
        ("ok so the 40 million projection for 2014 \u2014 what did they actually do?", [61e6, 60e6]),
    ],
)
def test_route_outcome_asked_over_the_plan_named(engine: Engine, question, values):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, *values), answer.text
    assert "Target" not in answer.text and "Projection" not in answer.text, answer.text  # the sales


@pytest.mark.parametrize(
    "question, start",
    [
        ("what did lei jun actually do about the target?", "Target: In March 2015, CEO Lei Jun"),  # his doing
        ("the target aside, did they actually sell 70m in 2015?", "Yes."),  # a claim, checked
        ("the 2017 target: what did they actually sell?", "I don't know Xiaomi's smartphone sales for 2017"),
        (
            "what fraction of the original 2015 target did they actually sell?",
            "Xiaomi's 70 million",
        ),  # a share
        ("Was 100 million Xiaomi's 2015 goal or what it actually sold?", "100 million"),  # which it is
        ("what did xiaomi actually do about the 2015 target?", "Target: Xiaomi's original goal"),  # no sales
        ("with the 80m target, what did xiaomi really sell in 2015 besides phones?", "Xiaomi also makes"),
    ],
)
def test_route_outcome_words_beside_a_plan_that_ask_no_outcome(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question", ["how many days in 2015", "how many weeks were there in 2016?", "how many holidays in 2014"]
)
def test_route_days_of_a_year_are_the_calendar(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith("I don't know about the calendar."), answer.text


def test_route_days_asked_of_something_else_are_no_calendar(engine: Engine):
    answer = engine.answer("how many weeks in q3 2015 did sales drop?")
    assert answer.text.startswith("Xiaomi's Q3 2015 smartphone sales dropped"), answer.text


@pytest.mark.parametrize(
    "question, said",
    [
        ("How many phones did Xiaomi sell outside China in 2015?", "smartphone sales outside China"),
        ("xiaomi sales in countries other than china 2016", "smartphone sales outside China"),
        ("How many phones did Xiaomi sell abroad in 2016?", "for abroad"),
    ],
)
def test_route_sales_somewhere_else_than_a_place_are_declined(engine: Engine, question, said):
    answer = engine.answer(question)
    assert not answer.answered and said in answer.text and "company-wide totals" in answer.text


def test_route_where_else_it_sells_is_the_markets_fact(engine: Engine):
    answer = engine.answer("where does xiaomi sell outside china")
    assert answer.answered and "India, Brazil" in answer.text


@pytest.mark.parametrize(
    "question, opening",
    [
        ("hi", "Hi!"),
        ("hello bot", "Hi!"),
        ("thanks!", "You're welcome!"),
        ("who are you?", "I'm a bot"),
        ("what can you do", "I'm a bot"),
        ("are you able to help?", "I'm a bot"),  # "able" is a modal word, no fact's topic
        ("what", "Ask me a whole question."),
        ("why?", "Ask me a whole question."),
        ("sales", "Ask me a whole question."),  # one word alone, to begin with
        ("target?", "Ask me a whole question."),
        ("/start", "Ask me a whole question."),
        ("bye", "Bye!"),
        ("guys I'm heading out, see you tomorrow", "Bye!"),  # leaving, never a headline asked for
        ("best wishes, Tom", "Bye!"),  # wishes ask for no best year
        ("good luck", "Bye!"),
        ("good job", "Ask me about"),  # praise, not the CEO's job
        ("what time is it?", "I don't know about the time."),
        ("ty bot ur the best", "You're welcome!"),  # praise of the bot, no best year
        ("how do you say hello in chinese", "I don't know about translation."),
        # a judgement said of a year, an amount or a person asks nothing of them
        ("2015 was a great year for me", "Ask me about"),
        ("lmao 2016 was rough for them huh", "Ask me about"),
        ("70 million is a lot of phones", "Ask me about"),
        ("lei jun seems like a cool guy", "Ask me about"),
    ],
)
def test_route_small_talk_never_gets_a_fact(engine: Engine, question, opening):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(opening)
    assert not any(figure in answer.text for figure in FIGURES) and not answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "小米2015年卖了多少手机？",
        "华为2016年卖了多少部手机",
        "Сколько телефонов продала Huawei в 2015?",
        "¿Cuántos teléfonos vendió Xiaomi en 2015?",
        "Wie viele Handys hat Xiaomi 2015 verkauft?",
        "Combien de téléphones Xiaomi a-t-il vendu en 2015 ?",
        "xiaomi ne 2015 mein kitne phone beche bhai",  # Hindi in Latin letters
        "berapa ponsel xiaomi terjual tahun 2015",  # Indonesian
        "wer ist der chef von xiaomi",  # words English shares ("chef") among German ones
        "hej hur många telefoner sålde xiaomi 2015",  # Swedish
        "ilang phone ang nabenta ng xiaomi noong 2015",  # Tagalog
        "quanto vale a xiaomi",  # Portuguese
        "siapa ceo xiaomi",  # a loan word and a name are no English question
    ],
)
def test_route_other_languages_declined_in_english(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith("I understand questions in English")
    assert not answer.sources


@pytest.mark.parametrize(
    "question, said",
    [
        ("what's xiaomi's revenue?", "I don't have Xiaomi's revenue"),
        ("huawei profit 2015", "I don't have Huawei's profit"),
        ("operating costs 2016", "I don't have Xiaomi's costs"),
        # what a phone costs the company to make is no price it sells for
        ("how much does it cost xiaomi to produce one handset", "I don't have Xiaomi's costs"),
        ("xiaomi manufacturing costs per phone", "I don't have Xiaomi's costs"),
        ("how many employees does xiaomi have", "I don't have Xiaomi's employees"),
        ("xiaomi market share 2015", "I don't have Xiaomi's market share"),
        ("how many scooters did xiaomi sell", "I don't have Xiaomi's scooters figures"),
        ("xiaomi scooter sales 2016", "I don't have Xiaomi's scooter figures"),
        ("What was the amount of goodwill in 2015?", "I don't have Xiaomi's goodwill"),
        ("What was Xiaomi's current ratio in 2016?", "I don't have Xiaomi's current ratio"),  # no sales ratio
        ("What was the total R&D expense in 2016?", "I don't have Xiaomi's research spending"),
        ("How many user accounts did Xiaomi have in 2016?", "I don't have Xiaomi's user accounts"),
        ("How many phones did Xiaomi sell on Singles' Day 2015?", "I don't have Xiaomi's Singles' Day sales"),
        ("What were the restructuring charges in 2015?", "I don't have Xiaomi's restructuring charges"),
        ("what was the change in accounts receivable from 2014 to 2015", "I don't have Xiaomi's receivables"),
        (
            "What percentage of total sales came from international markets in 2014?",
            "I can't work out \u201cpercentage of total\u201d",
        ),
        ("what was the net income attributable to shareholders in 2015", "I don't have Xiaomi's income"),
        ("what is the square root of 2015 sales", "I can't work out \u201csquare root\u201d"),
    ],
)
def test_route_metrics_the_articles_lack_are_named_and_declined(engine: Engine, question, said):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(said)


def test_route_derived_figures_stay_honest_where_sources_disagree(engine: Engine):
    answer = engine.answer("did xiaomi sell more in 2014 or 2015")
    assert "9 million or 10 million more" in answer.text
    assert states(answer.text, 61e6, 60e6, 70e6)


@pytest.mark.parametrize(
    "question, start",
    [
        ("i think xiaomi sold like 80 million in 2015", "No: 80 million [1] was the sales target."),
        # what was said about a year's sales is not any reason given that year
        ("what did xiaomi say about sales in 2015", "I don't know that one."),
        ("what did xiaomi say about its 2016 slump", "Xiaomi said it is in a transition period"),
    ],
)
def test_route_what_was_said_is_never_a_stray_fact(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # an age is the years since the founding, never the founding facts alone
        (
            "how old was xiaomi in 2016?",
            "Xiaomi was 6 years old in 2016, counting from its founding in 2010.",
        ),
        ("how old was xiaomi in 2008", "Xiaomi did not exist yet in 2008"),
        ("how old was xiaomi when the 2017 article came out", "Xiaomi was 7 years old in 2017"),
        # an article's own word for that year stands beside the count
        (
            "how old was xiaomi in 2015",
            "Xiaomi was 5 years old in 2015, counting from its founding in 2010 [1]. "
            "Xiaomi was five years old in 2015 [2].",
        ),
        # a year named by an age or by years after the founding: that year's sales
        ("sales 3 years after founding", "Xiaomi sold 18.7 million smartphones in 2013."),
        ("how many phones did xiaomi sell at age 5?", "Xiaomi sold 70 million smartphones in 2015"),
        ("sales when xiaomi was five years old", "Xiaomi sold 70 million smartphones in 2015"),
        # a step on from the year an age names
        (
            "back when xiaomi was five years old, what did it sell the year before",
            "Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2]",
        ),
        # the year a figure names, then the age in it
        ("how old was xiaomi when it sold 7.2 million phones", "Xiaomi was 2 years old in 2012"),
        # an age claimed, checked
        ("was xiaomi five years old in 2014", "No. Xiaomi was 4 years old in 2014"),
        ("xiaomi was 6 years old in 2016 right?", "Yes. Xiaomi was 6 years old in 2016"),
        # a product's age, a buyer's, a kid's: no company's age
        ("how old was the mi 6 in 2017", "I don't know"),
        ("what age were xiaomi buyers in 2014?", "I don't know"),
        ("did xiaomi sell phones to 5 year old kids?", "I don't know"),
        # a person's age is nowhere in the articles
        ("how old was lei jun in 2015", "I don't know"),
    ],
)
def test_route_age_counts_from_the_founding(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("sales in the year before the target was cut", "Sources disagree on 2014"),
        ("sales the year after xiaomi beat its 40m projection", "Xiaomi sold 70 million smartphones in 2015"),
        ("how many phones did xiaomi sell the year after the 100m goal", "Xiaomi sold around 58 million"),
    ],
)
def test_route_year_beside_a_target_is_that_years_sales(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_why_question_goes_to_the_facts(engine: Engine):
    answer = engine.answer("why were xiaomi's sales lower in 2016?")
    assert answer.answered and "transition period" in answer.text


@pytest.mark.parametrize("question", ["what year did sales go down", "when did xiaomi's sales drop"])
def test_route_which_year_fell(engine: Engine, question):
    answer = engine.answer(question)
    assert answer.answered and answer.years == (2016,)
    assert "fell in 2016" in answer.text and states(answer.text, 70e6, 58e6)


@pytest.mark.parametrize(
    "question, answered, start, values",
    [
        (
            "which years did xiaomi sell more than 60 million?",
            True,
            "Xiaomi's smartphone sales were more",
            [70e6],
        ),
        ("did they sell over 70 million in 2015", True, "No.", [70e6]),
        ("was 2016 xiaomi's worst year?", True, "No. Xiaomi's weakest year", [7.2e6]),
        ("was 2015 the best year", True, "Yes.", [70e6]),
        ("second best year?", True, "Xiaomi's second best year", [61e6, 60e6]),
        ("the year after 2014?", True, "Xiaomi sold 70 million", [70e6]),
        (
            "how many did xiaomi sell the year after it sold 61 million?",
            True,
            "Xiaomi sold 70 million",
            [70e6],
        ),
        ("the year before its best year?", True, "Sources disagree on 2014", [61e6, 60e6]),
        ("total sales up to 2014", True, "Xiaomi's smartphone sales for 2012-2014 add up", [86.9e6, 85.9e6]),
        ("by how much was the 2015 goal cut?", True, "The 2015 sales target went from", [100e6, 80e6, 20e6]),
        # the first year over a number, and whether any year ever reached it
        (
            "which year did xiaomi first sell more than 50 million phones",
            True,
            "The first year Xiaomi's smartphone sales were more than 50 million was 2014",
            [60e6, 61e6],
        ),
        (
            "when did xiaomi pass 10 million",
            True,
            "Xiaomi's smartphone sales were more than 10 million",
            [18.7e6],
        ),
        ("did xiaomi ever reach 100m phones in a year?", True, "No.", [70e6]),
        ("did xiaomi ever sell 70 million phones in a year", True, "Yes.", [70e6]),
        # a margin stated is checked against each target and source
        ("Xiaomi beat its 2014 projection by 30 million, correct?", True, "No.", [21e6, 20e6]),
        ("xiaomi missed the 80m target by 10m in 2015 right?", True, "Yes.", [10e6]),
        ("2015 sales came in 10m below the scaled-back target, correct?", True, "Yes.", [10e6, 80e6]),
        (
            "xiaomi missed the 2015 target by 30 million?",
            True,
            "Yes, against the target of 100 million",
            [30e6],
        ),
        # sales or a target: what the number was, and the sales beside it
        (
            "did xiaomi sell 80 million in 2015 or was that just the goal",
            True,
            "80 million [1] was a target.",
            [70e6],
        ),
        ("did they target 80 million for 2015?", True, "Yes.", [80e6]),  # one article, two goals
        ("is the 70 million for 2017 an actual sales figure or a target?", True, "It was a target.", [70e6]),
        # every year from the founding
        (
            "total sales from founding to 2016",
            True,
            "Xiaomi's smartphone sales for 2012-2016 add up",
            [214.9e6],
        ),
        # one year's sales against another year's target, the one named
        (
            "gap between 2016 sales and the revised 2015 goal",
            True,
            "Xiaomi sold around 58 million",
            [22e6, 80e6],
        ),
        (
            "how far short of the original 2015 target were they",
            True,
            "Xiaomi sold 70 million",
            [30e6, 100e6],
        ),
        ("was the 2017 goal higher than what xiaomi sold in 2016?", True, "Yes.", [12e6]),
        ("is the 2017 target higher than what they sold in 2015?", True, "No.", [70e6]),
        # "under" claims the side named first is the lower one; a year beside a year compares them
        ("is the 2017 target under 3 times 2013 sales", True, "No.", [56.1e6, 70e6]),
        ("was 2013 below 2014", True, "Yes.", [18.7e6, 61e6, 60e6]),
        ("did 2016 come in under what they sold in 2015", True, "Yes.", [58e6, 70e6]),
        ("was 2016 above 2015?", True, "No.", [58e6, 70e6]),
        # a margin claimed on one side: "by more than", "by less than", "by at least"
        ("was 2015 more than 2014 by over 10 million", True, "No.", [9e6, 10e6]),
        ("did sales grow by more than 10m from 2014 to 2015", True, "No.", [9e6, 10e6]),
        ("did sales grow by over 5 million from 2012 to 2013", True, "Yes.", [11.5e6]),
        ("did they beat the 2014 projection by more than 25 million?", True, "No.", [21e6]),
        ("did 2015 miss the 80m target by less than 15m", True, "Yes.", [10e6]),
        ("did 2015 beat 2014 by more than 8m", True, "Yes.", [9e6, 10e6]),
        ("did 2015 beat 2014 by 10m", True, "One source says so.", [9e6, 10e6]),  # sales, not targets
        # a sum offered against a year; a year set against another in a clause before the question
        (
            "which is bigger: 2012 and 2013 combined, or 2016?",
            True,
            "Xiaomi's smartphone sales: 2012",
            [25.9e6],
        ),
        ("was 2016 alone more than 2012 and 2013 together", True, "Yes.", [25.9e6, 58e6]),
        ("compared to 2015, was 2016 lower?", True, "Yes.", [70e6, 58e6, 12e6]),
        ("relative to 2013, was 2014 higher", True, "Yes.", [18.7e6]),
        ("how did 2015 go against the target", True, "Xiaomi sold 70 million", [30e6, 100e6]),
        ("how did 2015 stack up against the goal", True, "Xiaomi sold 70 million", [10e6, 80e6]),
        # a number supposed in a year is measured against the year asked, or the year before
        (
            "if they sell 70 million in 2017, how much would sales grow?",
            True,
            "Xiaomi sold around 58",
            [12e6, 20.7],
        ),
        ("if they sold 58m in 2016, how much did sales fall?", True, "Xiaomi sold 70 million", [12e6, 17.1]),
        (
            "if 2013 had been 30m, how much would 2014 have grown?",
            True,
            "Xiaomi sold 61 million",
            [31e6, 103.3],
        ),
        (
            "what would xiaomi's 2015 growth have been at 80 million?",
            True,
            "Xiaomi sold 61 million",
            [19e6, 20e6],
        ),
        (
            "if xiaomi had hit 100 million in 2015, how much growth would that be over 2014?",
            True,
            "Xiaomi sold 61 million",
            [39e6, 40e6],
        ),
        (
            "did they beat 70m in 2015?",
            True,
            "No: the same, not more. Xiaomi sold 70 million smartphones in 2015, the same as",
            [70e6],
        ),
        # signs and slashes between years; a part of a year over the year is its share
        ("2015 > 2014?", True, "Yes.", [70e6, 61e6, 60e6]),
        ("2015/2012", True, "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times", [9.7]),
        ("h1 2015 / 2015 total?", True, "Xiaomi's smartphone sales in the first half of 2015", [49.6]),
        ("2014 vs 2015 %?", True, "Xiaomi's smartphone sales grew", [14.8, 16.7]),
        # the target's cut checked: its way, by the margin or percent claimed
        (
            "was the target cut by 20 million?",
            True,
            "Yes. The 2015 sales target went from 100 million",
            [80e6],
        ),
        ("was the 2015 target cut by 30 million?", True, "No. The 2015 sales target", [20e6]),
        ("did the target drop by 25%?", True, "No. The 2015 sales target", [20e6]),
        ("did they lower the goal?", True, "Yes. The 2015 sales target", [100e6, 80e6]),
        # ... a part, a month, a person, a count or the numbers claimed, each checked
        ("did they cut the target in half?", True, "No. The 2015 sales target", [20e6]),
        ("did they cut the target by a fifth?", True, "Yes. The 2015 sales target", [20e6]),
        ("was the target cut in july?", True, "No. The 2015 sales target", [80e6]),
        ("did kevin wang cut the target?", True, "No. The 2015 sales target", [80e6]),
        ("was the target cut twice?", True, "No. The 2015 sales target", [80e6]),
        ("in 2015, was the target cut to 70m?", True, "No. The 2015 sales target", [80e6]),
        ("was the goal cut from 100m to 80m?", True, "Yes. The 2015 sales target", [80e6]),
        ("did they cut the 2015 target again?", True, "The 2015 sales target", [80e6]),  # unchecked
        ("was the 2015 target cut before july?", True, "The 2015 sales target", [80e6]),  # unchecked
        ("was the target cut to 100m?", True, "No. The 2015 sales target", [80e6]),
        ("was the target cut to a fifth?", True, "No. The 2015 sales target", [80e6]),
        ("after beating its 40m projection, did xiaomi cut the 2015 goal?", True, "Yes. The 2015", [80e6]),
        ("was 2016 short of 2015 by 12m?", True, "Yes.", [12e6]),
        ("compared to the 100 million goal, did 2015 come in 30m lower?", True, "Yes. Xiaomi", [30e6]),
        # "trail", "fall short of" claim the first year lower; "compared to the target" is no cut
        ("did 2016 trail 2015 by more than 10 million?", True, "Yes.", [12e6]),
        ("did 2016 fall short of 2014 by more than 1 million?", True, "Yes.", [2e6, 3e6]),
        ("compared to the target, was 2015 lower?", True, "Xiaomi sold 70 million", [30e6, 100e6]),
        ("H1: 2015 sales?", True, "Xiaomi sold 34.7 million", [34.7e6]),  # a period, no speaker
        ("did the target rise from 2014 to 2015?", True, "Yes. Xiaomi's sales target grew", [40e6, 100e6]),
        # a year against the average of every year, by how much, each 2014 figure with its own average
        ("how much higher was 2015 than the average?", True, "Xiaomi sold 70 million", [27.02e6, 27.22e6]),
        (
            "by how much did 2016 exceed the average?",
            True,
            "Xiaomi sold around 58 million",
            [15.02e6, 42.98e6],
        ),
        ("how does 2014 compare with the average?", True, "Xiaomi sold 61 million", [18.02e6, 17.22e6]),
        ("2014 average of the two sources", True, "Sources disagree on 2014", [60.5e6]),
        # the sources set against each other, not the list of articles
        ("how big is the discrepancy between the sources on 2014", True, "Sources disagree on 2014", [1e6]),
        ("how far apart are the articles on 2014", True, "Sources disagree on 2014", [61e6, 60e6, 1e6]),
        # a change spread over its years
        ("average growth per year 2012 to 2015", True, "Xiaomi's smartphone sales grew", [62.8e6, 20.93e6]),
        # a year named by the target set for it
        (
            "how many phones did xiaomi sell the year it set the 100m goal",
            True,
            "Xiaomi sold 70 million",
            [70e6],
        ),
        # whether a target was hit, said first
        ("did xiaomi beat the 2014 projection", True, "Yes.", [40e6]),
        ("did xiaomi miss its 2015 target", True, "Yes.", [70e6]),
        # a year's figure spread over its months or days, and whether a figure is official
        ("how many phones did xiaomi sell per month in 2015", True, "Xiaomi sold 70 million", [70e6, 5.83e6]),
        ("how many a month in 2015", True, "Xiaomi sold 70 million", [70e6, 5.83e6]),  # no measure named
        ("xiaomi daily sales 2016", True, "Xiaomi sold around 58 million", [158e3]),
        ("is the 2016 number official", True, "No.", [58e6]),
        ("was the h1 2015 figure official", True, "Yes.", [34.7e6]),
    ],
)
def test_route_derived_questions(engine: Engine, question, answered, start, values):
    answer = engine.answer(question)
    assert answer.answered is answered and answer.text.startswith(start), answer.text
    assert states(answer.text, *values)


@pytest.mark.parametrize(
    "question",
    [
        "if xiaomi had sold 80 million in 2017, what would the 2012-2016 total be?",  # a year outside it
        "if 2016 had matched 2015, what would the total be?",
        "if xiaomi hits kevin wang's number, what's the growth over 2016 in percent?",
        # a figure changed in a what-if, asked of more than that figure
        "imagine xiaomi sold 5 million more in 2016, what would the total be?",
        "suppose the valuation were doubled, what would it be?",  # a fact's figure, not worked on
    ],
)
def test_route_what_if_is_declined_never_answered_with_real_figures(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith("That's a what-if"), answer.text
    assert "214.9 million" not in answer.text and "-17.1%" not in answer.text


def test_route_what_if_inside_a_total_is_worked_out_then_as_reported(engine: Engine):
    answer = engine.answer("if xiaomi had sold 80 million in 2015, what would the 2012-2016 total be?")
    assert answer.answered and answer.text.startswith("With 80 million in 2015, Xiaomi's smartphone sales")
    assert states(answer.text, 224.9e6, 223.9e6, 214.9e6, 213.9e6), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("if i remember right they sold 61m in 2014?", "One source says so."),  # a hedge, no what-if
        ("if xiaomi had kept its first-half 2015 pace all year, how many?", "At the pace of the first half"),
        ("if 2016 had matched 2015, how many more phones?", "Xiaomi's smartphone sales were higher in 2015"),
        # one year's figure changed: worked out on that figure
        (
            "what if 2015 was 10% more?",
            "Xiaomi's smartphone sales in 2015 (70 million) plus 10% is 77 million.",
        ),
        (
            "if 2013 sales had doubled, how many?",
            "Double Xiaomi's smartphone sales in 2013 (18.7 million) is 37.4",
        ),
        ("xiaomi sold 70 million in 2015, what if it was 10% less?", "Xiaomi's smartphone sales in 2015 (70"),
    ],
)
def test_route_if_without_a_what_if_is_answered(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_revised_target_is_not_sources_disagreeing(engine: Engine):
    assert "disagree" not in engine.answer("by how much was the 2015 goal cut?").text


def test_route_fact_about_two_companies_needs_both(engine: Engine):
    answer = engine.answer("xiaomi or uber, which is more valuable?")
    assert not answer.answered and "46" not in answer.text


@pytest.mark.parametrize(
    "question, year, start",
    [
        ("biggest growth year?", 2014, "The largest year-on-year rise"),
        ("biggest jump between consecutive years?", 2014, "The largest year-on-year rise"),
        ("which year had the biggest drop", 2016, "The largest year-on-year drop"),
    ],
)
def test_route_largest_change_from_one_year_to_the_next(engine: Engine, question, year, start):
    answer = engine.answer(question)
    assert answer.answered and answer.years == (year,) and answer.text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("did xiaomi sell 70.3 million phones in 2015?", "No."),  # a number is never near enough
        ("did xiaomi sell at least 70 million phones in 2015?", "Yes."),  # "at least" includes it
        ("did xiaomi sell 999999999999999999999999999999 million in 2015", "I don't know"),
        ("total sales between 2016 and 2012", "Xiaomi's smartphone sales for 2012-2016 add up"),
        ("does this apply to 2015 sales?", "Xiaomi sold 70 million"),  # "apply" is no slip of Apple
        ("did they sell twenty one million phones in 2013?", "No. Xiaomi sold 18.7 million"),  # 21 million
    ],
)
def test_route_numbers_read_exactly(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_two_questions_in_one_message_answered_in_turn(engine: Engine):
    answer = engine.answer("how many phones xiaomi sold in 2015 and what was their target")
    assert answer.answered and states(answer.text, 70e6, 100e6, 80e6)
    assert "40 million" not in answer.text  # the target asked is 2015's, after the first question


def test_two_questions_one_unanswerable_is_not_answered(engine: Engine):
    answer = engine.answer("sales in 2015; and revenue?")
    assert not answer.answered and states(answer.text, 70e6) and "revenue" in answer.text


@pytest.mark.parametrize(
    "question, kind",
    [
        ("how many phones did xiaomi sell in 2014?", "answered"),
        ("what's xiaomi's revenue?", "declined"),
        ("how many phones did xiaomi sell in 2031?", "declined"),
        ("¿cuántos teléfonos vendió xiaomi en 2015?", "declined"),
        ("what can you do?", "about_bot"),
        ("thanks!", "chatter"),
        ("lol", "chatter"),
        ("\U0001f44d", "chatter"),
        ("how about scooters?", "not_understood"),
        ("sales 2014? and thanks", "answered"),  # small talk among questions is left out
        ("sales 2014? and what's the revenue?", "declined"),  # answered only when each part is
    ],
)
def test_route_says_what_it_made_of_the_question(engine: Engine, question, kind):
    # What a group chat hears depends on it: chatter and what was not understood are not said there.
    assert engine.answer(question).kind == kind


@pytest.mark.parametrize(
    "question, says",
    [
        # asked when someone spoke, the date of the event, not what they are quoted saying
        ("when did the ceo speak at that launch event in beijing", "May 15, 2014"),
        # "who said" wants someone quoted by name: "data published in August" names nobody
        ("who said hitting 80 million was no longer the number one priority", "Lei Jun"),
        # "published" asks for a source; naming what a fact says, that fact's own source
        ("when were the figures putting xiaomi on top in china published", "August 2015"),
        ("what did lei jun say the company must concentrate on", "focus on smartphones"),
        # half the question in one fact of a kind, half in another: said together
        ("which brands overtook xiaomi in its homeland", "upper hand"),
        # the number and year name the fact, whatever its metric: a target, though asked as a "figure"
        ("who came up with that 70 million number for 2017", "Kevin Wang"),
    ],
)
def test_route_fact_questions_find_the_fact_that_answers_them(engine: Engine, question, says):
    answer = engine.answer(question)
    assert answer.answered and says in answer.text


@pytest.mark.parametrize(
    "question, values",
    [
        # "saying" in the asker's story: nobody the facts quote is named, the figure is asked for
        (
            "my cousin keeps saying xiaomi was massive in 2013, how many units did they actually sell?",
            ("18.7",),
        ),
        ("so like what's the deal with xiaomi's 2012 numbers", ("7.2",)),
        ("hw many fones did xiaomi sel in 2016", ("58",)),
    ],
)
def test_route_chat_around_a_figure_question_is_ignored(engine: Engine, question, values):
    answer = engine.answer(question)
    assert answer.answered and all(v in answer.text for v in values)


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did they sell in the year the company was founded?",
        "sales in the year xiaomi was founded",
        "xiaomi sales in its founding year?",
        "phones sold in the year of its founding",
    ],
)
def test_route_year_named_by_an_event_is_that_year(engine: Engine, question):
    # The founding fact is a year (2010): its sales are asked for, and the articles have none.
    answer = engine.answer(question)
    assert not answer.answered and answer.intent != "founded"
    assert "2010" in answer.text and "sales" in answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("sales the year of the valuation", "Xiaomi sold 70 million smartphones in 2015"),
        ("sales in the year xiaomi was valued at 46 billion", "Xiaomi sold 70 million smartphones in 2015"),
        ("xiaomi sales the year before the mi 6", "Xiaomi sold around 58 million smartphones in 2016"),
        ("sales the year lei jun spoke in wuzhen", "Xiaomi sold 70 million smartphones in 2015"),
        ("sales the year after the target cut", "Xiaomi sold around 58 million smartphones in 2016"),
        # a year named by its sales figure
        ("what was the target the year they sold 61 million", "Projection: Xiaomi projected 40 million"),
        # a year an event's own fact gives stays that year
        ("sales the year after it was founded", "I don't know Xiaomi's smartphone sales for 2011"),
    ],
)
def test_route_year_named_by_a_fact_is_that_facts_year(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_event_without_selling_is_the_fact(engine: Engine):
    assert engine.answer("when was xiaomi founded").intent == "founded"


@pytest.mark.parametrize("question", ["where did lei jun study", "where was lei jun born"])
def test_route_where_a_person_did_what_no_fact_says_is_declined(engine: Engine, question):
    # who the person is does not say where they were born
    assert not engine.answer(question).answered


@pytest.mark.parametrize("question", ["is lei jun married?", "does lei jun have kids"])
def test_route_yes_no_of_a_person_on_a_word_known_nowhere_is_declined(engine: Engine, question):
    # only the name is known: who he is says nothing of that
    assert not engine.answer(question).answered


@pytest.mark.parametrize(
    "question, start",
    [("is lei jun the ceo", "Yes."), ("Does Xiaomi accept Ive's accusation?", "Apple design chief")],
)
def test_route_yes_no_of_a_person_on_known_words_is_answered(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start)


def test_route_the_first_of_a_ranking_the_facts_do_not_name_is_declined(engine: Engine):
    # the facts rank Xiaomi second: they do not say which startup is first
    answer = engine.answer("what is the most valuable startup in the world")
    assert not answer.answered and answer.text.startswith("The articles don't say which.")


@pytest.mark.parametrize(
    "question, start",
    [
        # the end of a range a company owns is named after it: "xiaomi's most expensive"
        (
            "what's the gap between apple's cheapest and xiaomi's most expensive",
            "The cheapest Apple phone ($650)",
        ),
        ("gap between the priciest xiaomi and the cheapest iphone", "The priciest Xiaomi phone ($300)"),
        # "top" ends a range the facts give, no word a fact must share; one end named for both
        ("difference between iphone and xiaomi top prices?", "The priciest Apple phone ($1,000) and"),
        (
            "how many times pricier is the top iphone than the top xiaomi",
            "The priciest Apple phone ($1,000) costs 3.33 times the priciest Xiaomi phone ($300).",
        ),
        ("is the cheapest iphone pricier than the top xiaomi?", "Yes. The cheapest Apple phone ($650)"),
        ("is the top xiaomi price above the cheapest iphone?", "No. The priciest Xiaomi phone ($300)"),
        # a multiple claimed of two ends is checked as a multiple, a margin claimed is not guessed at
        (
            "is the cheapest iphone more than triple the top xiaomi?",
            "No. The cheapest Apple phone ($650) costs 2.17",
        ),
        (
            "Is the cheapest iPhone more than double the most expensive Xiaomi phone?",
            "Yes. The cheapest Apple",
        ),
        (
            "is the top iphone over $800 more than the top xiaomi?",
            "The priciest Apple phone ($1,000) and the",
        ),
        # a sum of money over a year's units is worked out; dollars as a multiple of phones is not
        (
            "divide xiaomi's valuation by 2015 sales",
            "Xiaomi's valuation of $46 billion [1] (2015) over its 70",
        ),
        ("how many times its 2015 sales is xiaomi's valuation", "I can't divide the valuation by a year's"),
        # a month beside an announcement dates it, no month's sales
        ("what sales did xiaomi announce in july?", "Xiaomi sold 34.7 million smartphones in the first half"),
        # a year's sales against a target, asked as a multiple: the multiple too
        (
            "how many times xiaomi's 2012 sales is the 2017 target?",
            "Xiaomi sold 7.2 million smartphones in 2012, 62.8 million short of the 2017 target of 70 "
            "million (10.3% of it, 89.7% below it; the target is 872.2% above the sales, 9.72x them).",
        ),
        # where someone was photographed is the photo's place, not what he said
        ("Where was Lei Jun photographed speaking at a product launch?", "The 2015 article's photo shows"),
        ("where did lei jun say 80m was no longer the priority?", "Target: Later in 2015 Lei Jun said"),
        # "serves as" is no series of figures
        ("who serves as ceo?", "Lei Jun is Xiaomi's CEO"),
        # a bound checked of the end of a range named
        ("is the top xiaomi price over $250?", "Yes. Xiaomi sells low-cost"),
        ("is the cheapest xiaomi above $150?", "No. Xiaomi sells low-cost"),
        # "cheap" is the low end: how many of one for the other
        ("how many cheap xiaomis for one top iphone?", "The priciest Apple phone ($1,000) costs 10 times"),
        ("how many top xiaomis for one cheap iphone?", "The cheapest Apple phone ($650) costs 2.17 times"),
        (
            "how much more is the cheapest iphone than the priciest xiaomi in percent?",
            "The cheapest Apple phone ($650) and the priciest Xiaomi phone ($300) are $350 apart. "
            "The dearer costs 116.7% more; the cheaper 53.8% less.",
        ),
        # no end named: both ends and the middles
        (
            "how many times pricier are iphones than xiaomis",
            "Apple against Xiaomi, phone prices of each range: low ends $650 vs $100 (6.5 times); "
            "high ends $1,000 vs $300 (3.33 times); middles $825 vs $200 (4.12 times).",
        ),
        # a change checked with no way it went claimed: the size either way
        ("was the difference between 2015 and 2016 12m?", "Yes. Xiaomi's smartphone sales fell"),
        ("was the change from 2015 to 2016 10 million?", "No. Xiaomi's smartphone sales fell"),
        # "within" an amount with no "of": the size of a change, at most that much
        ("was the drop in 2016 within 15m?", "Yes. Xiaomi's smartphone sales fell from 70 million"),
        ("was the drop in 2016 within 10m?", "No. Xiaomi's smartphone sales fell from 70 million"),
        # "all years", "none of the years": every year checked, one failing is a no
        ("were all years above 10m?", "No. Xiaomi's smartphone sales were more than 10 million in 4 years"),
        ("none of the years were below 10m?", "No. Xiaomi's smartphone sales were at least 10 million in 4"),
        ("none of the years were below 5m?", "Yes. Xiaomi's smartphone sales were at least 5 million in 5"),
        # what the facts date to a quarter, asked as what happened then
        ("what happened in q2 2015?", "Xiaomi was the top smartphone company in China in Q2 2015"),
        ("how did xiaomi do in q2 2015?", "Xiaomi was the top smartphone company in China in Q2 2015"),
        ("xiaomi q2 2015", "I don't know Xiaomi's smartphone sales for Q2 2015."),
        (
            "how many phones did xiaomi sell in march",
            "I don't know Xiaomi's smartphone sales for March of any year.",
        ),
        ("By how many units was the 2015 goal cut in March?", "The 2015 sales target went from 100 million"),
        ("Is hitting 80 million still Lei Jun's number one priority?", "Target: Later in 2015 Lei Jun said"),
        # "clear" a target is to get past it
        ("did xiaomi clear the 2015 target?", "No. Xiaomi sold 70 million [1] smartphones in 2015"),
        # an event beside the year it names: the sales of that year, none here
        ("xiaomi's sales in 2010 when it was founded", "I don't know Xiaomi's smartphone sales for 2010"),
        # the two halves of a year, the second derived
        (
            "was xiaomi's second half of 2015 bigger or smaller than the first half",
            "Xiaomi's smartphone sales in 2015",
        ),
        ("did xiaomi sell more in h2 2015 than h1", "Yes."),
        # either way asked: the side it is on, never a bare yes or no
        ("over or under 60 million in 2016?", "Less than 60 million."),
        ("over/under 15M in 2013?", "At least 15 million."),
        ("did sales go up or down in 2016?", "Down. Xiaomi's smartphone sales fell"),
        ("100 million phones in 2015 - sales or goal?", "100 million was a target."),
        ("was 70 million in 2015 sales or a target?", "70 million was actual smartphone sales."),
        ("is 40 million the 2014 projection or sales?", "40 million [1] was a projection."),
        ("which half of 2015 was stronger?", "Xiaomi's smartphone sales in 2015: 34.7 million"),
        ("did they sell more in the first or second half of 2015", "Xiaomi's smartphone sales in 2015: 34.7"),
        # two ranges: each change, and which was bigger
        (
            "which was larger: the 2013-2014 jump or the 2014-2015 jump?",
            "Xiaomi's smartphone sales, 2013-2014: from 18.7 million",
        ),
        ("was growth from 2013 to 2014 bigger than growth from 2014 to 2015?", "Yes."),
        ("was the 2014-2015 rise bigger than 2013-2014?", "No."),
        ("was h1 2015 bigger than h2", "No."),
        # the part worked from is not the part asked for
        (
            "how many in the back half of 2015, going by the full-year and H1 figures?",
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        (
            "so what's the implied H2 2015 number then",
            "No article gives Xiaomi's smartphone sales for the second half",
        ),
        ("is xiaomi the most valuable startup", "No."),  # the second-most, in so many words
        (
            "is xiaomi the biggest phone maker in china",
            "Xiaomi is one of the largest",
        ),  # "one of the biggest" says no no
        ("why were sales lower", "Xiaomi said it is in a transition period"),
        ("what reason did xiaomi give for its lower numbers?", "Xiaomi said it is in a transition period"),
        ("why did sales grow", "I don't know why: the articles give no reason for that."),
        # words describing the target are no claim that it was missed (review of this change)
        ("did xiaomi hit the scaled down target in 2015?", "No."),
        ("did they hit the 2015 target or fall short?", "Xiaomi sold 70 million"),  # both ways: no verdict
        ("did xiaomi beat the scaled-down 2015 target by 10 million?", "No."),
        ("was 2015 bigger than 2014, in short?", "Yes."),
        # a figure over a year is no margin; two margins claim none
        ("xiaomi sold 70 million over 2015, short of the 80m target, right?", "Xiaomi sold 70 million"),
        ("did xiaomi exceed the 2014 projection by 20m or 21m?", "Xiaomi sold 61 million"),
        # the first year over a number, asked of a year
        ("was 2016 the first year over 50m?", "No."),
        ("was 2014 the first year over 50m?", "Yes."),
        ("did sales exceed 60m for the first time in 2015?", "It depends on the source."),
        # "u.s." is the place, not "you s"
        ("how many phones did xiaomi sell in the u.s. in 2015?", "I don't know the smartphone sales for US"),
        # the end of a range named before a possessive name
        (
            "gap between the cheapest xiaomi's phone and the most expensive iphone",
            "The cheapest Xiaomi phone ($100)",
        ),
        # a number minus the first half is no second half
        ("80 million minus h1 2015", "I don't know that one."),  # was the derived second half
        # "as opposed to" after a comparative compares
        ("did they sell more in 2015 as opposed to 2014?", "Yes."),
        # a year left out of every year: the best of the others
        ("which year had the highest sales, not 2015?", "Xiaomi's best year for smartphone sales in 2012"),
        # a request for a calculation with a question mark is no check
        ("2015 sales vs the 80 million target?", "Xiaomi sold 70 million"),
        # which target a check names
        ("was the final 2015 target 100 million?", "No."),
        # rankings: another scope, or "one of", give no verdict
        ("is xiaomi the most valuable chinese startup?", "Xiaomi was the second-most valuable startup"),
        ("is xiaomi the largest phone maker in china?", "Xiaomi is one of the largest"),
        # a target spread over months is the pace it asks for (a half is spread over its own: see below)
        ("what was the 2017 target per month?", "Target: According to industry insider Kevin Wang"),
        # "2015 %" is a year and a percent sign, never the number 2015 percent; "2013-14 %" two years
        ("growth 2013-14 %", "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013 to 61 million"),
        ("growth 2014 - 15 %", "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million"),
        (
            "xiaomi yoy growth 2014 -> 2015 %",
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million",
        ),
        # "by midyear" is the first half; the revised goal is the one named
        (
            "what percentage of the revised 2015 goal had xiaomi sold by midyear",
            "Xiaomi's 34.7 million in the first half of 2015 was 43.4% of its target of 80 million.",
        ),
        ("2015 sales not the first half", "Xiaomi sold 70 million"),  # a half set aside with no comma
        ("how many phones in H2 to hit the 100m goal", "After 34.7 million in the first half of 2015"),
        ("after H1 2015, how many more for 80m", "After 34.7 million in the first half of 2015"),
        (
            "is it true xiaomi sold 80 million phones in 2015",
            "No: 80 million [1] was the sales target",
        ),  # cited
        # words of code in another sense are no request for code (review of this change)
        (
            "I'm writing a script for a youtube video, how many phones did xiaomi sell in 2014?",
            "Sources disagree",
        ),
        # a number checked half by half is no comparison of the halves
        ("did sales in each half of 2015 exceed 30 million?", "I can't work out"),
        # two spans' changes by their size; two spans' sales are no changes
        ("was the 2014-2016 decline smaller than the 2015-2016 decline?", "Yes."),
        ("was the 2015-2016 drop smaller than the 2012-2013 rise?", "No."),
        # "or" between two years offers no two sides of the number
        ("did they sell over 60 million in 2015 or 2016?", "Yes. Xiaomi sold 70 million"),  # either year
        # a fact with no year keeps none beside a dated figure
        ("xiaomi's valuation and its 2016 sales", "Xiaomi was valued at $46 billion"),
    ],
)
def test_route_answers_start(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, says",
    [
        # the article's photo and its credit are facts of their own (data), not part of who the CEO is
        ("who took the lei jun photo", "ChinaFotoPress via Getty Images"),
        ("where was the photo of lei jun taken", "Beijing"),
        ("who is the ceo of xiaomi", "Lei Jun is Xiaomi's CEO [1]. Xiaomi's CEO is Lei Jun [2]."),
        ("when's the mi 6 supposed to launch", "April 2017"),  # "supposed" is "expected" (synonym data)
    ],
)
def test_route_photo_and_launch_facts(engine: Engine, question, says):
    answer = engine.answer(question)
    assert answer.answered and says in answer.text, answer.text


@pytest.mark.parametrize(
    "question, says",
    [
        # two spans' changes, each, and which was bigger
        (
            "which was larger: the 2013-2014 jump or the 2014-2015 jump?",
            "The rise over 2013-2014 was the bigger",
        ),
        ("the 2014-2015 jump vs the 2013-2014 jump", "+9 million (+14.8%); or from 60 million [2]"),
        ("compare the 2012-13 change with the 2015-16 change", "rose over 2012-2013 and fell over 2015-2016"),
        # a margin over a target as a share of it: "by what percent did they beat it?"
        ("how much did 2014 sales exceed the projection, in percent?", "by 21 million (52.5% above it"),
        (
            "2014 sales vs the 2015 target",
            "39 million short of the 2015 target of 100 million [2] (61% of it, 39%",
        ),
        # the change named before a share of a year is that change's share
        ("what was the 2016 drop as a percentage of 2015 sales?", "The difference, 12 million, is 17.1%"),
        # the ratio of two years named in that order
        ("what's the ratio of 2015 to 2016 sales?", "in 2015 were 1.21 times those of 2016"),
        ("ratio of 2016 to 2015 sales", "in 2016 were 0.83 times (82.9%) those of 2015"),
        ("ratio between 2012 and 2013 sales", "in 2013 were 2.6 times those of 2012"),
        ("2015/2016 ratio", "in 2015 were 1.21 times those of 2016"),  # divided as written
        ("2016 sales divided by 2015 sales", "in 2016 were 0.83 times (82.9%) those of 2015"),
        # two targets of one year named by their numbers: the revision
        ("difference between the 100m and the 80m goal?", "went from 100 million to 80 million: -20 million"),
        (
            "how much did the target shrink in percent?",
            "went from 100 million to 80 million: -20 million (-20%; the last is 80% of the first, 0.8x)",
        ),
        # ... but targets of two years are set against each other
        (
            "difference between the 40m projection and the 100m goal",
            "The 2014 projection of 40 million is 60",
        ),
        ("2013 sales times two?", "is 37.4 million"),
        # a figure asked in another unit is said in it too
        ("how many lakh phones in 2015", "In lakh: 700 lakh."),
        ("2014 sales in lakhs", "In lakh: 610 lakh or 600 lakh."),
        ("xiaomi sales 2016 in crore?", "In crore: 5.8 crore."),
        ("2013 sales in thousands", "In thousands: 18,700 thousand."),
        ("2013 sales in words", "In words: eighteen million seven hundred thousand."),
        ("2014 sales as a full number", "In full: 61,000,000 or 60,000,000."),
        ("how many mil phones did they sell in 2013?", "Xiaomi sold 18.7 million smartphones in 2013."),
        # a year against "target" with no year of its own: that year's sales against its target
        ("xiaomi 2015 vs target", "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short"),
        (
            "xiaomi target vs actual 2015",
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
    ],
)
def test_route_derived_readings(engine: Engine, question, says):
    answer = engine.answer(question)
    assert answer.answered and says in answer.text, answer.text


@pytest.mark.parametrize(
    "part, whole, said", [(70e6, 100e6, "70%"), (70e6, 80e6, "87.5%"), (58e6, 70e6, "82.9%")]
)
def test_wording_share_is_unsigned_and_whole_where_whole(part, whole, said):
    assert wording.share(part, whole) == said


def test_route_why_targets_were_lower_is_no_sales_reason(engine: Engine):
    # the reason sales fell (the transition) is no reason for a target (review of this change)
    assert "transition" not in engine.answer("why were the targets lower?").text


@pytest.mark.parametrize(
    "question",
    [
        "tell me about xiaomi",
        "what is xiaomi?",
        "xiaomi overview",
        "background on xiaomi pls",
        "any info on xiaomi",
        # "us" asked to be told is no country
        "TELL US ABOUT XIAOMI",
        "can you tell us about xiaomi",
    ],
)
def test_route_a_company_named_alone_is_what_it_is(engine: Engine, question):
    answer = engine.answer(question)
    assert answer.answered, answer.text
    assert answer.sentences[0].words == "Xiaomi is one of the largest China-based smartphone manufacturers."
    assert all(s.words.startswith("Xiaomi is ") for s in answer.sentences if s.words)


@pytest.mark.parametrize("question", ["xiaomi sales overview", "give me the rundown on xiaomi sales"])
def test_route_an_overview_of_sales_is_the_figures(engine: Engine, question):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, 7.2e6, 58e6), answer.text


@pytest.mark.parametrize(
    "question", ["what does xiaomi mean", "what does the name xiaomi mean", "what do you mean"]
)
def test_route_mean_as_a_verb_is_no_average(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and "averaged" not in answer.text, answer.text


def test_route_mean_as_a_noun_is_the_average(engine: Engine):
    answer = engine.answer("what does the mean of 2013 and 2015 come to")
    assert answer.answered and states(answer.text, 44.35e6), answer.text


@pytest.mark.parametrize(
    "question",
    ["xiaomi global rank 2015", "what is xiaomis rank worldwide", "was xiaomi number one in the world?"],
)
def test_route_a_rank_in_one_place_is_no_world_rank(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith("The articles don't say that worldwide, only in China."), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("is xiaomi the most valuable startup in the world", "No."),  # said of the world
        ("was xiaomi ever number one in china", "Yes. Xiaomi was the top smartphone company in China in Q2"),
        ("where is xiaomi from", "Xiaomi is one of the largest China-based"),
        ("is xiaomi an american company?", "Xiaomi is one of the largest China-based"),  # not its US launch
    ],
)
def test_route_ranks_and_origins_said_of_their_place(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("remind me who runs xiaomi?", "Lei Jun is Xiaomi's CEO"),  # asking to be reminded, no word of it
        ("what does kevin wang do for a living?", "Kevin Wang is an industry insider"),
    ],
)
def test_route_people_asked_about_in_everyday_words(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("what happened in march 2015 at xiaomi", "Target: In March 2015, CEO Lei Jun scaled"),
        ("what did lei jun do in march 2015", "Target: In March 2015, CEO Lei Jun scaled"),
        ("what happened in july 2015", "Xiaomi sold 34.7 million smartphones in the first half"),
    ],
)
def test_route_what_happened_in_a_month_is_what_the_facts_date_to_it(engine: Engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question", ["how many phones did xiaomi sell in march 2015", "what happened in june 2015"]
)
def test_route_a_month_no_fact_dates_or_counts_is_declined(engine: Engine, question):
    assert not engine.answer(question).answered


@pytest.mark.parametrize(
    "question", ["what is lei jun's role", "lei jun's job?", "what title does lei jun have"]
)
def test_route_a_persons_role_is_the_fact_saying_who_they_are(engine: Engine, question):
    assert engine.answer(question).text.startswith("Lei Jun is Xiaomi's CEO."), question


@pytest.mark.parametrize(
    "question, values",
    [
        ("fine. xiaomi 2015?", [70e6]),
        ("describe xiaomi's sales history", [7.2e6, 18.7e6]),
        ("xiaomi lifetime sales", [214.9e6, 213.9e6]),
    ],
)
def test_route_chat_verbs_and_total_words_around_a_figure(engine: Engine, question, values):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, *values), answer.text


@pytest.mark.parametrize("question", ["was xiaomi number 1 in india", "is xiaomi the top brand in brazil"])
def test_route_selling_in_a_place_is_no_rank_there(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.text.startswith("Yes"), answer.text
    assert answer.text.startswith("The articles don't say so of"), answer.text


def test_route_a_product_named_in_the_plural_is_still_that_product(engine: Engine):
    answer = engine.answer("how many mi bands sold 2015")
    assert not answer.answered and "Mi Band" in answer.text and "70 million" not in answer.text


@pytest.mark.parametrize(
    "question, shares",
    [
        ("ok what % of 2012-16 total is 2015", ["32.6%", "32.7%"]),
        ("2014 as a share of the 2012-2016 total", ["28.4%", "28.1%"]),  # each source with its own total
    ],
)
def test_route_a_year_as_a_share_of_a_ranges_total(engine: Engine, question, shares):
    answer = engine.answer(question)
    assert answer.answered and all(s in answer.text for s in shares), answer.text
    assert "805.6%" not in answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "did xiaomi share official 2016 numbers",
            "Xiaomi did not share official 2016",
        ),  # a verb: no market share
        ("xiaomi did not share official numbers?", "Xiaomi did not share official 2016"),
        ("xiaomi hasn't shared its 2016 numbers", "Xiaomi sold around 58 million"),
        ("has xiaomi's share grown?", "I don't have Xiaomi's market share"),  # its share: a noun
        # no reason is given, only that they did not
        (
            "why didnt xiaomi share its 2016 sales",
            "The articles don't say why. What they say: Xiaomi did not share official 2016",
        ),
        ("xiaomi share 2015", "I don't have Xiaomi's market share."),
    ],
)
def test_route_share_as_a_verb_is_no_market_share(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, values",
    [
        ("in the 2017 article, how many phones did xiaomi sell last year?", [58e6]),
        ("how many phones did xiaomi sell last year according to the 2015 article", [60e6]),
    ],
)
def test_route_last_year_of_the_article_named(engine: Engine, question, values):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, *values), answer.text


def test_route_last_year_of_no_article_named_is_asked_back(engine: Engine):
    assert engine.answer("how many phones did xiaomi sell last year").text.startswith(
        "Which year do you mean?"
    )


@pytest.mark.parametrize(
    "question, values",
    [
        ("what did the 2015 article say xiaomi sold the previous year?", [60e6]),
        ("how many did xiaomi sell the year before the kevin wang article", [58e6]),
        ("according to the 2017 piece, what did xiaomi sell the year before it was written", [58e6]),
    ],
)
def test_route_year_counted_from_the_article_named(engine: Engine, question, values):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, *values), answer.text
    assert "by year" not in answer.text, answer.text  # one year's figure, never every year


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did xiaomi sell next year",
        "sales the year after?",
        "what did they sell the previous year",
        "sales the year before the article?",  # no article named by a word like "sales"
    ],
)
def test_route_year_counted_from_no_year_is_asked_back(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(
        "Which year do you mean? I need a year to count from"
    )


def test_route_year_claimed_a_part_of_another_with_none_talked_about_is_no_guess(engine: Engine):
    answer = engine.answer("is it less than half of 2015?")
    assert not answer.answered and not answer.text.startswith(("Yes", "No")), answer.text


def test_route_when_sales_first_fell_tells_the_quarter_that_fell_too(engine: Engine):
    answer = engine.answer("when did xiaomi sales first drop year on year")
    assert "fell in 2016" in answer.text and "Q3 2015 smartphone sales dropped" in answer.text


def test_route_exports_are_a_metric_the_articles_lack(engine: Engine):
    answer = engine.answer("how many phones did xiaomi export")
    assert not answer.answered and answer.text.startswith("I don't have Xiaomi's exports.")


@pytest.mark.parametrize(
    "question, values, absent",
    [
        ("how much did 2014 sales exceed 40 million", [21e6, 20e6], "Yes."),
        ("by how much did 2015 sales exceed 50 million", [20e6], "grew from"),
        ("how many more than 40 million did they sell in 2014", [21e6, 20e6], "Yes."),
        ("gap between 2016 sales and kevin wang's target", [58e6, 12e6, 70e6], "I don't know"),
    ],
)
def test_route_margins_over_a_number_or_a_target_named_by_who_gave_it(
    engine: Engine, question, values, absent
):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, *values), answer.text
    assert not answer.text.startswith(absent)
    assert absent == "Yes." or absent not in answer.text


def test_route_whether_a_number_was_exceeded_is_still_a_check(engine: Engine):
    assert engine.answer("did 2014 sales exceed 40 million").text.startswith("Yes.")


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "does xiaomi's yearly mean exceed 50 million?",
            "No. Xiaomi's smartphone sales averaged",
        ),  # the noun
        ("all time high sales", "Xiaomi's best year"),
        ("all-time low?", "Xiaomi's weakest year"),
        ("what did the 2016 article say about 2014 sales", "I have no article of 2016"),
        ("can you tell me the source of the data showing xiaomi on top in china?", "Xiaomi was the top"),
    ],
)
def test_route_review_of_the_seventh_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize("question", ["is xiaomi popular in brazil?", "how fast are xiaomi's phones?"])
def test_route_no_yes_and_no_growth_for_what_no_fact_says(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.text.startswith("Yes") and "grew" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("what do your numbers say about 2015 sales", "Xiaomi sold 70 million"),  # a figure, not the sources
        ("what do the numbers say about 2015 sales", "Xiaomi sold 70 million"),
        ("where are your numbers from", "My figures come from 2 articles"),
    ],
)
def test_route_the_bots_numbers_asked_for_a_year_are_the_figure(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("who was the top smartphone company in china in q2 2015", "Xiaomi was the top smartphone company"),
        ("who said the target 'is not the No. 1 priority'?", "Lei Jun said what Xiaomi cares about most"),
    ],
)
def test_route_who_was_first_is_a_company_unless_who_said_it(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


def test_route_who_founded_a_company_no_fact_names_is_declined(engine: Engine):
    assert not engine.answer("who founded xiaomi").answered


@pytest.mark.parametrize(
    "question, start",
    [
        ("is xiaomi still growing?", "No. Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("the 70 million for 2017, is that xiaomi's official target?", "No: that figure is Kevin Wang's"),
        ("was 80 million the official 2015 target", "Yes."),  # the CEO's: the company's own
        ("how many phones did lei jun promise for 2015?", "Target: Xiaomi's original goal"),
        # the latest figure, and every year's so far
        ("xiaomi latest numbers", "Xiaomi sold around 58 million smartphones in 2016"),
        ("up to date sales figures", "Xiaomi sold around 58 million smartphones in 2016"),
        ("sales to date", "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million"),
        ("give me the most up to date sales figure for 2014", "Sources disagree on 2014"),  # no "most"
        ("sales in the last year of the data", "Xiaomi's smartphone sales by year: 2016: around 58 million"),
        ("xiaomi sales 2015 vs. 2016 (in %)", "Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("xiaomi 2013 sales rounded", "Xiaomi sold 18.7 million smartphones in 2013."),  # no "founded"
    ],
)
def test_route_latest_change_official_targets_and_promises(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, values, start",
    [
        (
            "if xiaomi had kept its first-half 2015 pace all year how many phones would that be",
            [69.4e6],
            "At the",
        ),
        ("was xiaomi on pace for 80M after the first half of 2015?", [69.4e6, 10.6e6], "No."),
        ("How many more phones did Xiaomi sell in all of 2016 than in the first half of 2015?", [23.3e6], ""),
        ("so xiaomi never had a down year", [58e6], "Xiaomi's smartphone sales fell in 2016"),
        ("by what percent did q3 2015 sales drop year on year", [], "Xiaomi's Q3 2015"),
    ],
)
def test_route_a_halfs_pace_all_of_a_year_and_down_years(engine: Engine, question, values, start):
    answer = engine.answer(question)
    assert states(answer.text, *values) and answer.text.startswith(start), answer.text
    assert answer.answered == bool(values)  # no figure for Q3: told, not answered


@pytest.mark.parametrize(
    "question, values, words",
    [
        ("bruh what's the magic number xiaomi gotta hit in 2017", [70e6], []),  # chat, no measure
        (
            "i read xiaomi set a giant 2015 target and then quietly cut it, what did they cut it to",
            [80e6],
            [],
        ),
        (
            "they started small then exploded, so how much did they sell in 2012 and then in 2013",
            [7.2e6, 18.7e6],
            [],
        ),
        ("my friend works at a shop, what do xiaomi phones cost", [], ["$100", "$300"]),
        ("which outlet cited canalys on xiaomi's q3 slump?", [], ["TechInAsia"]),
    ],
)
def test_route_chat_around_a_question_is_no_measure(engine: Engine, question, values, words):
    answer = engine.answer(question)
    assert answer.answered and states(answer.text, *values), answer.text
    assert all(w in answer.text for w in words), answer.text


@pytest.mark.parametrize(
    "question", ["how many stores does xiaomi have", "how many workers does xiaomi have"]
)
def test_route_counts_the_articles_lack_are_still_declined(engine: Engine, question):
    assert engine.answer(question).text.startswith("I don't have Xiaomi's")


@pytest.mark.parametrize(
    "question, start",
    [
        ("xiaomi's CEO is Tim Cook", "No. Lei Jun is Xiaomi's CEO"),
        ("xiaomi's best year was 2015", "Yes."),
        ("xiaomi's ceo is who", "Lei Jun is Xiaomi's CEO"),  # a question after all
    ],
)
def test_route_a_statement_of_what_something_of_a_company_is_is_checked(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        ("would xiaomi have fallen short of 80 million at the h1 2015 pace?", "Yes."),
        ("was xiaomi on pace in h1 2015 to hit its target?", "No. At the pace of the first half of 2015"),
        ("what was the monthly pace of sales in the first half of 2015?", "Xiaomi sold 34.7 million"),
        (
            "how many phones did xiaomi sell in all of 2014 and 2015?",
            "Xiaomi's smartphone sales for 2014-2015",
        ),
        ("how many phones did xiaomi sell in india last year?", "I have no smartphone sales for India."),
        ("how reliable is your data?", "My figures come from 2 articles"),
        ("what do your numbers say about 2015 sales", "Xiaomi sold 70 million"),
    ],
)
def test_route_second_review_of_the_seventh_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "What was Xiaomi's compound annual growth rate from 2012 to 2015?",
            "Xiaomi's smartphone sales grew",
        ),
        ("100m goal how short", "Xiaomi sold 70 million [1] smartphones in 2015, 30 million"),
        ("what do you think about Lei Jun", "I have no opinions"),
    ],
)
def test_route_growth_rates_shortfalls_and_opinions(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.fixture
def tallis_engine(knowledge_copy, tmp_path) -> Engine:
    """knowledge/ plus a new article as data only: its source row, its text and its facts."""
    with open(knowledge_copy / "sources.csv", "a", encoding="utf-8") as sources:
        sources.write("tallis-2018,Tallis bets on the Orbit 5,2018-05-22,,,\n")
    sentence = (
        "The company says it sold 2.9 million in 2016; IDC says 2.6 million, a gap put down to shipping."
    )
    (knowledge_copy / "articles" / "tallis-2018.txt").write_text(sentence, encoding="utf-8")
    header = "id,subject,metric,period,value,value_to,unit,qualifiers,quoted,statement,sentence\n"
    rows = (
        f'own,Tallis,smartphones_sold,2016,2.9 million,,smartphones,official,Tallis,,"{sentence}"\n'
        f'idc,Tallis,smartphones_sold,2016,2.6 million,,smartphones,estimate,IDC,,"{sentence}"\n'
        'gap,Tallis,profile,2016,,,,,Tallis,"According to Tallis, the gap between its figure and '
        f'IDC\'s comes from phones shipped to retailers at the end of the year.","{sentence}"\n'
        f'hq,Tallis,profile,2018,,,,,,"Tallis is a phone maker based in Istanbul, Turkey.","{sentence}"\n'
        f'plant,Tallis,profile,2018,,,,,,"Tallis assembles its phones at a plant in Gebze.","{sentence}"\n'
    )
    (knowledge_copy / "facts" / "tallis-2018.csv").write_text(header + rows, encoding="utf-8")
    build(knowledge_copy, tmp_path / "kb.db")
    return Engine.open(knowledge_copy, tmp_path / "kb.db")


def test_route_why_figures_differ_gives_the_reason_the_facts_give(tallis_engine: Engine):
    text = tallis_engine.answer("why do tallis 2016 numbers differ").text
    assert "2.9 million" in text and "2.6 million" in text
    assert "comes from phones shipped to retailers" in text and "don't say why" not in text
    # Xiaomi's 2014 figures come with no reason, and that is said
    assert "The articles don't say why they differ" in tallis_engine.answer("why two numbers for 2014?").text


@pytest.mark.parametrize(
    "question, start",
    [
        ("where is tallis headquartered?", "Tallis is a phone maker based in Istanbul"),
        ("tallis hq?", "Tallis is a phone maker based in Istanbul"),
        ("where does tallis make its phones", "Tallis assembles its phones at a plant in Gebze"),
        ("where are tallis phones made", "Tallis assembles its phones at a plant in Gebze"),
        ("where is talis headquartered?", "Tallis is a phone maker based in Istanbul"),  # "ll" typed once
        ("where is xiaomi headquartered?", "I don't have Xiaomi's headquarters"),  # "China-based" says none
    ],
)
def test_route_a_new_companys_places_from_data_only(tallis_engine: Engine, question, start):
    assert tallis_engine.answer(question).text.startswith(start)


@pytest.mark.parametrize("question", ["what devices does xiaomi sell", "what does xiaomi sell"])
def test_route_what_is_sold_is_the_products_not_the_yearly_figures(engine: Engine, question):
    text = engine.answer(question).text
    assert "fitness trackers" in text and "7.2 million" not in text


BOT_ITSELF, CODE = "I'm a bot that answers questions", "I don't know about writing code."


@pytest.mark.parametrize(
    "question, start",
    [
        # a decade outside the figures, as its years
        ("how many did xiaomi sell in the 90s", "I don't know Xiaomi's smartphone sales for 1990-1999."),
        # the bot itself gets no fact
        ("how old are you?", BOT_ITSELF),
        ("are you made by xiaomi?", BOT_ITSELF),
        ("how much does it cost to use you?", BOT_ITSELF),
        ("can you browse the internet?", BOT_ITSELF),
        # a company's facts asked of "you" are the bot's, which it has none of: Xiaomi is not "you"
        ("who is your CEO?", BOT_ITSELF),
        ("when were you founded?", BOT_ITSELF),
        ("how many phones have you sold?", BOT_ITSELF),
        # nor does a request for code
        ("write python code to sum numbers", CODE),
        ("Write me a SQL query for xiaomi sales", CODE),
        ("can you generate a pandas dataframe of the sales figures?", CODE),
        ("print('hello world')", CODE),
    ],
)
def test_route_declined_with(engine: Engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start, given",
    [
        (
            "whats lei juns 2017 sales goal?",
            "The articles give no target for 2017 from Lei Jun. They give:",
            True,
        ),
        ("what was kevin wang's 2015 target", "The articles give no target for 2015 from Kevin Wang.", True),
        ("what was lei jun's 2015 target", "Target: In March 2015, CEO Lei Jun scaled", False),  # his own
    ],
)
def test_route_a_target_named_by_someone_who_gave_none(engine: Engine, question, start, given):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text
    assert answer.answered is not given


@pytest.mark.parametrize(
    "question", ["xiaomi is kinda cool ngl", "xiaomi cool", "xiaomi is awesome", "xiaomi rocks"]
)
def test_route_remark_on_a_company_is_chatter(engine: Engine, question):
    # nothing asked of the company named: no profile, no figure
    assert engine.answer(question).kind is AnswerKind.CHATTER


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "what year did xiaomi hit 18.7m",
            "The first year Xiaomi's smartphone sales were at least 18.7 million was 2013",
        ),
        (
            "when did they first hit 60 million",
            "The first year Xiaomi's smartphone sales were at least 60 million was 2014",
        ),
        ("when did xiaomi reach 100m", "Xiaomi's smartphone sales were at least 100 million in no year"),
    ],
)
def test_route_when_a_number_was_reached_is_the_first_year_at_least_that(engine: Engine, question, start):
    # no target named: nothing is measured against one ("No. 18.7 million is less than the target")
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        ("does xiaomi sell fitness trackers?", "Yes. Xiaomi also makes"),  # whether, not how many
        ("did xiaomi sell many fitness trackers", "I don't know the smartphone sales for fitness trackers"),
        ("who was china's top smartphone company in Q2 2015?", "Xiaomi was the top smartphone company"),
    ],
)
def test_route_things_sold_and_companies_asked_who_are_facts(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, scope",
    [
        ("how many phones did xiaomi sell online in 2015?", "the online channel"),
        ("xiaomi phones sold through carriers 2015", "carriers"),
        ("xiaomi sales offline 2014", "offline stores"),
        ("how many budget phones did xiaomi sell", "budget phones"),
    ],
)
def test_route_a_channel_or_kind_of_phone_is_never_the_company_total(engine: Engine, question, scope):
    answer = engine.answer(question)
    assert not answer.answered
    assert answer.text.startswith(f"I don't know the smartphone sales for {scope}"), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # sales on one side of a target: measured against it, with the claim checked
        (
            "were 2015 sales above the target?",
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 30 million",
        ),
        (
            "was 2015 sales above the 80 million target",
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        (
            "were 2015 sales below the goal?",
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30 million",
        ),
        (
            "were 2014 sales over the projection",
            "Yes. Xiaomi sold 61 million [1] smartphones in 2014, beating",
        ),
        (
            "2015 sales were under the 80 million goal?",
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        ("did 2015 sales exceed the 80 million goal", "No. Xiaomi sold 70 million [1] smartphones in 2015"),
        # "more than 80 million" is a number every figure is checked against, target or not
        ("did xiaomi sell more than the 80 million target in 2015?", "No. Xiaomi sold 70 million"),
        ("did xiaomi sell fewer than the 100m target in 2015?", "Yes. Xiaomi sold 70 million"),
        # ... but a sales target's own number is the target checked
        ("was the 2015 sales target more than 90 million", "It depends on the source. Target:"),
        # a number said to be what was sold, beside a target: the sales checked, the target named
        (
            "my boss says xiaomi sold 80m in 2015 since that was the goal",
            "No: 80 million [1] was the sales target",
        ),
        ("xiaomi sold 40 million in 2014 as projected right", "No: 40 million [1] was the sales target"),
        # ... and a claim about the target, said or asked, checked against the year's sales
        (
            "so 2015 sales matched the 80m goal",
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 10 million",
        ),
        (
            "xiaomi sold 70 million in 2015, beating the goal?",
            "No. Xiaomi sold 70 million [1] smartphones in 2015",
        ),
        ("xiaomi sold 70m in 2015 and missed the 80m target", "Yes. Xiaomi sold 70 million [1] smartphones"),
        (
            "they sold 61m in 2014 and beat the projection",
            "Yes. Xiaomi sold 61 million [1] smartphones in 2014",
        ),
        # from the review: a year with no sales gets no yes or no; a margin claimed is no plain claim;
        # the number said to be sold is checked too
        ("were 2017 sales above the target?", "I have no smartphone sales for 2017 to check the target"),
        ("did xiaomi sell more than the 70 million target in 2017?", "I have no smartphone sales for 2017"),
        ("did xiaomi beat its 2014 projection by more than 50 million?", "No. Xiaomi sold 61 million [1]"),
        ("xiaomi sold 50 million in 2014, beating the projection", "No. Xiaomi sold 61 million [1]"),
        ("xiaomi sold 61 million in 2014, beating the projection", "Yes. Xiaomi sold 61 million [1]"),
        ("how much do xiaomi phones cost in stores?", "Xiaomi sells low-cost, high-quality phones"),
        # either of two margins offered: the figures, no yes or no
        ("did xiaomi exceed the 2014 projection by 20m or 21m?", "Xiaomi sold 61 million"),
    ],
)
def test_route_sales_on_one_side_of_a_target(engine: Engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


def test_route_a_word_like_a_channel_is_no_channel(engine: Engine):
    # "carried" is no "carriers": a channel is a phrase, never a loosely matched word
    assert "carriers" not in engine.answer("which outlet carried the canalys report?").text


@pytest.mark.parametrize(
    "question, start",
    [
        # a fact that gives no reason is no answer to why: said so, with the fact
        ("why are xiaomi phones so cheap", "The articles don't say why. What they say: Xiaomi sells"),
        ("why did xiaomi's Q3 2015 sales drop", "The articles don't say why."),
        ("why did sales fall in 2016", "Xiaomi said it is in a transition period"),  # a reason given
        ("why is xiaomi called the apple of china", 'Xiaomi is known as the "Apple of China" for its'),
        # a year's reasons are reasons about its sales, never any fact of that year
        ("why was 2015 xiaomi's best year", "I don't know why"),
    ],
)
def test_route_why_is_answered_by_a_reason_only(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # the article's date is no date of the event: said so, with the fact
        ("when did lei jun become ceo", "The articles don't say when. What they say: Lei Jun is"),
        ("when did jony ive call the designs theft", "The articles don't say when."),
        ("when was xiaomi founded", "Xiaomi was founded in 2010"),
        ("when was xiaomi top in china", "Xiaomi was the top smartphone company in China in Q2 2015"),
    ],
)
def test_route_when_is_answered_by_a_date_only(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_who_wrote_an_article_is_declined_with_the_articles(engine: Engine):
    answer = engine.answer("who wrote the 2015 article")
    assert not answer.answered
    assert answer.text.startswith("The articles don't name who wrote them. My figures come from 2 articles")
    assert answer.sentences[0].words == "The articles don't name who wrote them."


@pytest.mark.parametrize(
    "question, start",
    [
        # two amounts that are one year's targets before and after the cut: that cut
        ("the cut from 100m to 80m is what percent", "The 2015 sales target went from 100 million to 80"),
        (
            "what percent was the cut from 70 million to 58 million?",
            "Xiaomi's smartphone sales fell in 2016",
        ),
        # a size or a path claimed is no plain "which way": no bare Yes from the ends ("threefold"
        # is three times, checked)
        (
            "did sales grow threefold from 2014 to 2015?",
            "No. Xiaomi's smartphone sales in 2015 were 1.1 or 1.2",
        ),
        # ... and "ever" asks of each year within the span, never the change between its ends
        (
            "did xiaomi's sales ever drop between 2012 and 2016?",
            "Yes. Xiaomi's smartphone sales fell in 2016",
        ),
        (
            "Did Xiaomi's sales ever decline between 2012 and 2016?",
            "Yes. Xiaomi's smartphone sales fell in 2016",
        ),
        # not from year to year, though Q3 2015's fell year on year
        ("did sales ever fall between 2012 and 2015", "Not from year to year, but a quarter's did."),
        ("did sales ever fall between 2012 and 2014", "No."),
        ("did sales ever grow between 2014 and 2016", "Yes. Xiaomi's smartphone sales grew in 2015"),
        ("did xiaomi sell over a million fitness trackers?", "I don't know the smartphone sales for fitness"),
        ("who founded the company?", "I don't know that one."),
        ("have sales returned to 2015 levels by 2016?", "Xiaomi sold 70 million"),
        ("is my friend right about 61m in 2014?", "One source says so."),
        (
            "what's the 2014 total according to the 2017 article's number for 2014?",
            "Xiaomi sold 61 million smartphones in 2014.",
        ),
        ("was the 2014 projection lower than 2013?", "I don't know Xiaomi's sales target for 2013"),
        ("how many phones did xiaomi sell in 2015? who knew", "Xiaomi sold 70 million"),  # a remark
    ],
)
def test_route_second_review_of_the_tenth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "value, per, said",
    [
        (70e6, 1e5, "700"),
        (34.7e6, 1e7, "3.47"),
        (18.7e6, 1e3, "18,700"),
        (58e6, 1e9, "0.058"),
        (7.25e6, 1e6, "7.25"),
    ],
)
def test_wording_in_unit_drops_trailing_zeros(value, per, said):
    assert wording.in_unit(value, per) == said


@pytest.mark.parametrize(
    "value, said",
    [
        (18.7e6, "eighteen million seven hundred thousand"),
        (61e6, "sixty-one million"),
        (46e9, "forty-six billion"),
        (1_234_567, "one million two hundred thirty-four thousand five hundred sixty-seven"),
        (0, "zero"),
    ],
)
def test_wording_number_in_words(value, said):
    assert wording.number_in_words(value) == said


def test_wording_year_runs():
    assert wording.year_runs([2019, 2010, 2011, 2017, 2018]) == [(2010, 2011), (2017, 2019)]


@pytest.mark.parametrize(
    "question, start",
    [
        # a sum of years set against other years: each side's sum, which is higher
        (
            "were 2012 and 2013 sales combined more than 2016",
            "No. Xiaomi's smartphone sales: 2012 and 2013 together, 25.9 million; 2016, around 58 million. "
            "2016 was higher, by 32.1 million.",
        ),
        (  # 2014's two figures: two sums, and the gap as two figures
            "is 2015 more than 2013 and 2014 combined",
            "No. Xiaomi's smartphone sales: 2015, 70 million [1]; 2013 and 2014 together, 79.7 million [1] "
            "or 78.7 million [1] [2]. 2013 and 2014 together were higher, by 8.7 million or 9.7 million.",
        ),
        (
            "2015+2016 combined vs 2012-2014 combined",
            "Xiaomi's smartphone sales: 2015 and 2016 together, 128",
        ),
        ("were 2012 and 2013 combined less than 2016?", "Yes."),
        # a part of another year: the year claimed over the one it is measured against
        ("was 2013 less than half of 2014", "Yes."),
        ("is 2013 more than a quarter of 2015", "Yes."),  # 18.7 of 70 million is 26.7%
        ("was 2016 more than half of 2015", "Yes."),
        ("is 2015 less than double 2013", "No."),
        ("was 2014 more than three times 2013", "Yes."),
        # a year's target against another year's sales, so many times
        (
            "were 2016 sales more than half the 2015 goal",
            "Yes. Half the 2015 target: 50 million or 40 million.",
        ),
        ("were 2016 sales less than half the 2015 goal", "No."),
        (
            "was the 2015 goal more than double 2014 sales",
            "No. Twice the 2014 figure: 120 million or 122 million.",
        ),
        ("is the 2017 target above the 2014 sales", "Yes. Xiaomi sold 61 million [1] smartphones in 2014"),
        ("was the 2015 goal higher than 2014 actual", "Yes. Xiaomi sold 61 million [1] smartphones in 2014"),
        # a target as a multiple of another year's sales: never the 2014 projection
        ("the 2015 target was how many times 2014 sales", "Xiaomi sold 61 million [1] smartphones in 2014,"),
        # either: both, each with its year
        ("is 70 million 2015 sales or the 2017 target?", "Both: 70 million was actual smartphone sales"),
        # two numbers compared as written, and the figure each is
        (
            "is 58 million more than 60 million",
            "No: 58 million is less than 60 million. Xiaomi sold around 58 million [1] smartphones in 2016.",
        ),
        ("is 100 million less than 80 million?", "No: 100 million is more than 80 million. Target:"),
        (
            "is 5 million more than 3 million",
            "Yes. Xiaomi's smartphone sales were more than 3 million",
        ),  # no figure
    ],
)
def test_route_sums_parts_and_numbers_checked_as_claimed(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_part_claimed_is_said_as_a_share(engine: Engine):
    text = engine.answer("is 2013 more than a quarter of 2015").text
    assert "Xiaomi's smartphone sales in 2013 were 26.7% of those in 2015." in text


@pytest.mark.parametrize(
    "times, said",
    [(0.5, "Half"), (0.25, "A quarter of"), (1 / 3, "A third of"), (2.0, "Twice"), (3.0, "3 times")],
)
def test_wording_times_said(times, said):
    assert wording.times_said(times) == said


@pytest.mark.parametrize(
    "question, start",
    [
        (
            "what's the smallest yearly increase",
            "The smallest year-on-year rise in Xiaomi's smartphone sales was in 2015",
        ),
        (
            "lowest growth year",
            "The lowest year-on-year change in Xiaomi's smartphone sales was in 2016",
        ),  # a fall
        ("how many mln phones xiaomi 2015", "Xiaomi sold 70 million smartphones in 2015"),  # a unit, no fact
        ("xiaomi 2016 units in mn", "Xiaomi sold around 58 million smartphones in 2016"),
        ("what did xiaomi say about the transition period", "Xiaomi said it is in a transition period"),
        # a year beaten is the one measured against, with a pronoun too; no target is named
        ("did they beat 2014 in 2015", "Yes. Xiaomi's smartphone sales were higher in 2015"),
        ("did xiaomi beat its 2015 sales in 2016", "No. Xiaomi's smartphone sales were higher in 2015"),
        ("did 2015 exceed 2014", "Yes."),
        # a target as a share of sales: the target over the sales, never the other way round
        (
            "the revised 2015 target as a percentage of 2015 sales",
            "Xiaomi's 2015 target of 80 million [1] was 114.3% of its smartphone sales in 2015 "
            "(70 million [2]).",
        ),
        (
            "2015 sales as a percentage of the revised target",
            "Xiaomi's 70 million [1] in 2015 was 87.5% of its",
        ),
    ],
)
def test_route_smallest_rise_units_and_periods(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # the review's cases: a change claimed ("more than double in 2013") is the later year over the earlier
        ("did 2012 sales more than double in 2013?", "Yes."),
        ("did sales more than triple in 2014 vs 2013?", "Yes."),
        ("was 2013 three times 2014?", "No."),  # the first year claimed a multiple of the second
        # a claim about a sum: its multiple checked, a percentage or a margin left unjudged
        ("were 2012 and 2013 combined more than a third of 2015?", "Yes."),
        ("were 2013 and 2014 combined more than twice 2015?", "No."),
        ("were 2013 and 2014 combined 20% more than 2015?", "Xiaomi's smartphone sales: 2013 and 2014"),
        (
            "was H1 2015 more than 2012 and 2014 combined?",
            "No. Xiaomi's smartphone sales: the first half of 2015",
        ),
        (
            "give me the 2012-2014 total and tell me if 2016 was lower than 2015",
            "Xiaomi's smartphone sales for",
        ),
        ("they said they would sell 80 million in 2015", "Yes. Target: "),  # a target said, checked
        ("[09:15] Max: total 2012-2014?", "Xiaomi's smartphone sales for 2012-2014 add up to 86.9 million"),
        ("how many phones every 10 seconds in 2015?", "I don't know"),  # no rate worked out, no total
        ("he is 34.7 sure about h1 2015", "Xiaomi sold 34.7 million"),
        ("were 2013 and 2014 combined more than double 2015?", "No."),
        ("did 2013 and 2014 together beat 2015?", "Yes. Xiaomi's smartphone sales: 2013 and 2014 together"),
        ("Max said 2013 was 18.7m", "Yes. Xiaomi sold 18.7 million"),  # a name, no "maximum"
        ("was 2016 worse than 2014?", "Yes. Xiaomi's smartphone sales were higher in 2014"),  # no "worst"
        ("worst year?", "Xiaomi's weakest year for smartphone sales in 2012-2016 was 2012"),
    ],
)
def test_route_review_of_the_fifteenth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a span is the years together; both sources' totals are checked
        (
            "did xiaomi sell over 150m from 2012 to 2015?",
            "Yes. Xiaomi's smartphone sales for 2012-2015 add up to",
        ),
        (
            "did xiaomi sell fewer than 80 million phones from 2012 to 2014?",
            "Together, no; year by year, yes.",
        ),
        ("did xiaomi sell over 150m in total from 2012 to 2015?", "Yes."),
        # a number no year has is the years' total; 131 million is one source's
        ("did xiaomi sell 25.9 million in 2012-2013?", "Yes. Xiaomi's smartphone sales for 2012-2013 add up"),
        ("did xiaomi sell 131 million in 2014 and 2015?", "It depends on the source."),
        ("did xiaomi sell 100 million in 2014 and 2015?", "No."),
        # "in 2012 and 2013" may mean either: where the readings differ, both
        ("in 2012 and 2013 did xiaomi sell more than 10 million?", "Together, yes; year by year, no."),
        # "each year" is year by year
        ("did xiaomi sell more than 50m each year from 2014 to 2016?", "Yes. Sources disagree on 2014"),
        ("did xiaomi sell more than 20m each year from 2013 to 2016?", "No. Xiaomi sold 18.7 million"),
    ],
)
def test_route_claims_of_several_years_are_checked_on_their_total(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a change's size claimed, in percent of the earlier year or in units, by every source
        ("did sales grow by 20% in 2015?", "No. Xiaomi's smartphone sales grew"),
        ("did sales fall by 20% in 2016?", "No. Xiaomi's smartphone sales fell"),
        ("did sales drop 17% in 2016?", "Yes."),
        ("did sales grow 14.8% in 2015?", "It depends on the source."),  # 16.7% with 60 million
        ("did sales fall by 12 million in 2016?", "Yes."),
        ("did sales grow by 20% in 2016?", "No."),  # the wrong way
        # a span asked "how many" of: each year, then their total
        (
            "how many phones did xiaomi sell between 2012 and 2014?",
            "Xiaomi sold 7.2 million smartphones in 2012",
        ),
    ],
)
def test_route_changes_checked_by_their_size_and_spans_totalled(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_span_asked_how_many_of_gives_its_total(engine: Engine):
    text = engine.answer("how many phones did xiaomi sell before 2015?").text
    assert "add up to 86.9 million [1] (85.9 million with 60 million [2] for 2014)" in text
    each = engine.answer("how many phones did xiaomi sell each year from 2012 to 2014?").text
    assert "add up to" not in each


@pytest.mark.parametrize(
    "question, start",
    [
        # a share of a target claimed, checked; a percentage is never a period asked for
        (
            "was 2016 less than 60% of the 100m goal?",
            "Yes. Xiaomi's around 58 million [1] in 2016 was 58% of its 2015",
        ),
        ("did xiaomi hit at least 85% of the 80m goal?", "Yes. Xiaomi's 70 million [1] in 2015 was 87.5%"),
        ("did xiaomi reach 90% of the 80m goal?", "No."),
        ("was the drop in 2016 bigger than 15 percent?", "Yes. Xiaomi's smartphone sales fell"),
        ("was the drop in 2016 smaller than 15 percent?", "No."),
    ],
)
def test_route_shares_and_sizes_claimed_in_percent(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("was h1 2015 about half of 2015?", "Yes. Xiaomi's smartphone sales in the first half of 2015"),
        ("did the first half make up more than half of 2015?", "No."),  # 49.6%; "first half" claims nothing
        ("was h1 2015 more than 40% of 2015?", "Yes."),
    ],
)
def test_route_a_part_of_a_year_claimed_as_its_share(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a year against the average of a span, or of the latest years counted
        (
            "was 2016 above the 2012-2016 average?",
            "Yes. Xiaomi sold around 58 million [1] smartphones in 2016, 15.02",
        ),
        (
            "2016 vs the five year average?",
            "Xiaomi sold around 58 million [1] smartphones in 2016, 15.02 million",
        ),
        (
            "was 2013 below the three year average?",
            "Yes. Xiaomi sold 18.7 million [1] smartphones in 2013, 44.3",
        ),
        # a bare year after "was" is that year's sales, against another year's target
        (
            "how far above the 2014 projection was 2015?",
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million more",
        ),
    ],
)
def test_route_a_year_against_an_average_or_a_target_of_another_year(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    ["how close did 2016 get to the 2015 figure?", "how many phones short was 2016 of 2015?"],
)
def test_route_a_gap_between_two_years_compares_them(engine: Engine, question):
    assert engine.answer(question).text.startswith(
        "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2016 (around 58 million)"
    )


@pytest.mark.parametrize(
    "question, start",
    [
        # a fraction of a target or of a year claimed: the fraction's figure, and the side it is on
        ("was h1 2015 more than half of the 80 million target", "No. Xiaomi's 34.7 million"),
        ("was h1 2015 more or less than half of the 80 million goal", "Less than half."),
        ("was h1 2015 at least half of full-year 2015", "No."),
        ("xiaomi reached 70% of its original goal?", "Yes. Xiaomi's 70 million [1] in 2015 was 70%"),
        ("how much of the 80m target was left after H1?", "After 34.7 million in the first half of 2015"),
        # a what-if in percent is no reported figure
        ("what would 2015 sales be if they hit 100% of the original goal?", "That's a what-if"),
        # ... but a year's figure changed by one is worked out, as "2015 sales plus 10%" is
        (
            "if they had sold 10% more in 2015, how many?",
            "Xiaomi's smartphone sales in 2015 (70 million) plus",
        ),
        # "match" reaches a figure; "does 70m match" asks whether the number is it
        ("if 2016 had matched 2015, how many more?", "Xiaomi's smartphone sales were higher in 2015"),
        ("did they match the 2015 target?", "No. Xiaomi sold 70 million [1]"),
        ("does 70m match the 2017 target?", "As Kevin Wang's figure"),
    ],
)
def test_route_fractions_what_ifs_and_matching(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_fraction_claimed_says_the_fractions_figure(engine: Engine):
    assert (
        "Half of 80 million is 40 million."
        in engine.answer("was h1 2015 more than half of the 80m goal?").text
    )


@pytest.mark.parametrize(
    "question, start",
    [
        # a part of a year against whole years together, and the multiple between two periods
        (
            "H1 2015 vs 2012+2013",
            "Xiaomi's smartphone sales: the first half of 2015, 34.7 million [1]; 2012 and",
        ),
        ("was H1 2015 more than 2012 and 2013 combined?", "Yes."),
        (
            "how many times 2012 was H1 2015?",
            "Xiaomi's smartphone sales in 2012 (7.2 million [1]) against the first",
        ),
        # the target named first: its margin over the sales in percent of them too
        (
            "how much did the 2017 target exceed 2016 sales, in percent?",
            "Xiaomi sold around 58 million smartphones",
        ),
    ],
)
def test_route_parts_of_years_against_sums_and_targets_over_sales(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_multiples_and_percent_of_the_sales_are_said(engine: Engine):
    assert "4.8 times as much" in engine.answer("how many times 2012 was H1 2015?").text
    text = engine.answer("how much did the 2017 target exceed 2016 sales, in percent?").text
    assert "the target is 20.7% above the sales" in text


@pytest.mark.parametrize(
    "question, start",
    [
        # found by review: a total asked wins over "or not", "either way", "ever", "in all"
        (
            "did xiaomi sell more than 200m in all from 2012 to 2016?",
            "Yes. Xiaomi's smartphone sales for 2012-2016",
        ),
        ("did xiaomi sell more than 120m in total in 2015 and 2016, or not?", "Yes."),
        ("yes or no: did xiaomi sell over 150m from 2012 to 2015?", "Yes."),
        # a number within a year's reach: both readings where they differ; "stay above" is each year
        ("did xiaomi sell under 20 million in 2012 and 2013?", "Together, no; year by year, yes."),
        ("did they sell over 65m from 2015 to 2016?", "Together, yes; year by year, no."),
        ("did sales stay above 60m from 2014 to 2016?", "No."),  # 2016 fails by every source
        # one year's figure claimed of several, or of either
        ("did xiaomi sell 70 million in 2015 and 2016?", "No: only 2015 had 70 million."),
        ("did xiaomi sell 70 million in 2014 or 2015?", "Yes, in 2015."),
        # a level is no size of the change; a size in units is rounded as written
        ("did sales grow by 42 million in 2014?", "It depends on the source."),  # 42.3 or 41.3
        # to reach a share is to get at least that far, by each target
        ("did xiaomi reach 85% of the 2015 goal?", "It depends on which target."),
        ("did xiaomi achieve 150% of its 2014 projection?", "Yes."),
        # a month after the bound, the targets a month bounds
        ("what was the goal from march to december 2015?", "Target: In March 2015, CEO Lei Jun scaled"),
        ("what was the 2015 goal after march?", "Target: In March 2015, CEO Lei Jun scaled"),
        ("how many phones did xiaomi sell at most in a year?", "Xiaomi's best year"),
        # another's average is not in the articles; matching a year is reaching it
        (
            "was 2016 above the market average?",
            "The articles give no market average, only Xiaomi's own figures.",
        ),
        ("did xiaomi match 2015 in 2016?", "No."),
        ("did 2016 match 2015?", "No."),
    ],
)
def test_route_review_of_the_seventeenth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a level the later year reached, on its side, by every source
        ("did sales grow to 70 million in 2015?", "Yes."),
        ("did sales rise to 61m in 2014?", "It depends on the source."),
        ("did sales fall below 60m in 2016?", "Yes."),
        ("did sales grow to 80m in 2015?", "No."),
        # ... over a range, or "ever": some year of it, never only the last against the first
        ("did xiaomi sales climb above 65 million between 2013 and 2016", "Yes."),
        ("did they ever sell fewer than 10m between 2012 and 2016", "Yes."),
        ("did sales ever top 100m between 2012 and 2016", "No."),
        # the number set against a year's figure
        ("is 70 million more than xiaomi sold in 2014?", "Yes. Sources disagree on 2014"),
        ("is 80m more than they sold in 2015", "Yes. Xiaomi sold 70 million"),
        ("was 60 million less than their 2016 sales", "No. Xiaomi sold around 58 million"),
        # a number beside a total is checked, asked yes or no or not
        ("total 2012-2015 over 150m?", "Yes. Xiaomi's smartphone sales for 2012-2015 add up to"),
    ],
)
def test_route_levels_reached_and_totals_checked(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # found by the second review: "to 2016" is a year, no level; "combined" wins over "stay"
        ("Did sales fall by 12 million from 2015 to 2016?", "Yes."),
        ("Did sales fall by an amount of 12 million in 2016?", "Yes."),
        (
            "Did combined sales for 2015 and 2016 remain above 120 million?",
            "Yes. Xiaomi's smartphone sales for 2015",
        ),
        # "or", "either": one year is enough; "both": every one
        (
            "More than 60 million in 2014 or 2016?",
            "Xiaomi's smartphone sales were more than 60 million in no year",
        ),
        ("did xiaomi sell over 10 million in either 2012 or 2013?", "Yes."),
        ("Did Xiaomi sell 70 million in both 2015 and 2016?", "No: only 2015 had 70 million."),
        # a threshold on a change: the level reached ("below"), else the change's size
        ("did sales fall below 50m in 2016?", "No."),
        ("did sales rise above 80m in 2015?", "No."),
        ("did sales grow at least 10 million in 2015?", "It depends on the source."),
        ("did sales fall by 12 in 2016?", "Yes."),  # a bare number beside a change is in millions
        ("Did Xiaomi reach half of the 2015 goal in the first half?", "No."),
        ("did they sell more than 200m in total?", "Yes. Xiaomi's smartphone sales for 2012-2016 add up to"),
    ],
)
def test_route_review_two_of_the_seventeenth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # an English word of its own is never read as a slip of one the bot knows
        ("you are so smart", "Ask me about Xiaomi's smartphone sales"),
        ("this bot is sharp", "I'm a bot that answers questions"),
        ("how many headphones did xiaomi sell in 2015", "I don't have Xiaomi's headphones figures"),
        # a reason asked for in other words than "why"
        ("what caused the q3 2015 drop", "The articles don't say why."),
        # the one asking sold them
        ("how many phones did I sell in 2015", "I don't know about your own sales."),
        # a bare number a movement reached is a level in the figures' scale, never a year
        ("sales fell to 58 in 2016", "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("did sales fall to 50 in 2016", "No. Xiaomi's smartphone sales fell from 70 million in 2015"),
        # days of the week and "available" are chat
        ("ugh monday. xiaomi's valuation plz", "Xiaomi was valued at $46 billion"),
        ("is xiaomi available in brazil", "Yes. Xiaomi's markets include"),
        # the best year against its neighbour, never the biggest change of all
        (
            "how much higher was the best year than the year before",
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million [1] in 2015",
        ),
        (
            "how did the worst year compare to the year after",
            "Xiaomi's smartphone sales grew from 7.2 million",
        ),
        # one year at an end of the figures
        (
            "how many phones did xiaomi sell in the first year in the data",
            "Xiaomi's smartphone sales by year: 2012",
        ),
        ("what was their first year", "I can't work out"),  # the first year of business, no figure
        # what the bot itself can do
        ("can you speak chinese", "I'm a bot that answers questions"),
        # what is yet to happen is no figure; a later year's target is said to be one
        (
            "will sales grow over the next three years?",
            "The articles make no forecast of Xiaomi's smartphone",
        ),
        ("how much will they sell next year", "The articles make no forecast of Xiaomi's smartphone sales."),
        ("will you tell me xiaomi's sales", "Xiaomi's smartphone sales by year"),  # asked now
        # a fiscal year across two calendar years is no pair of them; a season's two years are
        ("xiaomi sales FY2015/16", "I don't know Xiaomi's smartphone sales for 16."),
        ("xiaomi sales 2015/16", "Xiaomi sold 70 million smartphones in 2015"),
        # a count written with no commas is a count
        ("did xiaomi sell 70000000 phones in 2015", "Yes. Xiaomi sold 70 million"),
        # a range open at one end: "2012 onwards", a total "from 2014" or "as of 2016"
        (
            "need the xiaomi numbers for every year pls, 2012 onwards",
            "Xiaomi's smartphone sales by year: 2012",
        ),
        ("total sales from 2014", "Xiaomi's smartphone sales for 2014-2016 add up to 189 million"),
        ("cumulative sales as of 2016", "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million"),
        (
            "what did xiaomi sell in 2015 on average",
            "Xiaomi's smartphone sales averaged 70 million",
        ),  # no range
        (
            "xiaomi sales over the last two years of data",
            "Xiaomi's smartphone sales by year: 2015: 70 million",
        ),
        ("did sales ever dip between 2012 and 2016 lol", "Yes. Xiaomi's smartphone sales fell in 2016"),
        # a percent cleared "in a year", "ever": each year's change against the year before, not the span's
        ("did sales ever grow more than 300% in a year", "No. The largest rise in Xiaomi's smartphone sales"),
        ("did sales ever fall more than 10% in a year", "Yes. Xiaomi's smartphone sales fell in 2016"),
        ("did sales ever grow at least 15% year on year", "Yes. Xiaomi's smartphone sales grew in 2013"),
        ("was there a year with growth over 100%", "Yes. Xiaomi's smartphone sales grew in 2013"),
        # two numbers apart, as written, with what each is; a year beside "its" year
        ("How far is 58 million from 100 million?", "100 million is 42 million more than 58 million."),
        ("was xiaomi's 2016 below its 2014?", "Yes. Xiaomi's smartphone sales were higher in 2014"),
        # a change for each year, named as a noun, is listed; claimed with a verb, checked
        ("yearly change in sales", "In 2013 Xiaomi's smartphone sales grew from 7.2 million"),
        ("annual growth each year", "In 2013 Xiaomi's smartphone sales grew from 7.2 million"),
        ("xiaomi sales rose each year", "No. Xiaomi's smartphone sales fell in 2016"),
        # found by the session's review: each new reading kept to what it means
        ("my boss will ask me: what was xiaomi's best year", "Xiaomi's best year for smartphone sales"),
        ("asking cause my boss wants it, what did xiaomi sell in 2015?", "Xiaomi sold 70 million"),
        ("for my sales report, what did xiaomi sell in 2014?", "Sources disagree on 2014"),
        ("can you read me the 2015 figure?", "Xiaomi sold 70 million"),
        ("did they ever sell over 65m in both 2014 and 2015?", "No."),
        ("did sales fall below 20m between 2013 and 2016?", "No."),  # no fall took them there
        ("did sales ever fall below 20m between 2012 and 2016", "Yes."),  # where they stood
        (
            "ignore the 2014 discrepancy, what did they sell in 2014 and 2015 combined?",
            "Xiaomi's smartphone sales for 2014-2015 add up to 131 million",
        ),
        ("what was the first year with figures above 15m?", "The first year Xiaomi's smartphone sales were"),
        ("2013 sales and the next 2 years total?", "Xiaomi's smartphone sales for 2013-2015 add up to 149.7"),
        ("how many phones did sharp sell", "I don't know Sharp's smartphone sales"),
        # ... and by the second review: chat words are slips again, "cause" is "because"
        ("did sales slip to 58 in 2016?", "Yes. Xiaomi's smartphone sales fell from 70 million"),
        ("cause sales fell in 2016 right", "Yes. Xiaomi's smartphone sales fell from 70 million"),
        ("compute total sales 2012-2016", "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million"),
        (
            "did sales ever grow more than 700%?",
            "Yes. Xiaomi's smartphone sales grew from 7.2 million in 2012",
        ),
        (
            "express the 2015 growth as a percentage",
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014",
        ),
        (
            "growth in the latest year",
            "Xiaomi's smartphone sales fell from 70 million in 2015",
        ),  # the last change
        ("compute the 2013 to 2015 growth", "Xiaomi's smartphone sales grew from 18.7 million in 2013"),
        # the two years at an end, and the gap between them, which is no target's
        ("gap between the top two years", "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70"),
        (
            "what's the difference between the best and second best year",
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70",
        ),
    ],
)
def test_route_review_of_the_nineteenth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # "higher than", "bigger than" put a side on the number, as "more than" does
        ("were 2015 sales higher than 60 million", "Yes."),
        ("was 2013 lower than 20m", "Yes."),
        ("were sales in 2014 larger than 65m", "No."),
        ("was the 2016 drop bigger than 10 million", "Yes."),
        ("was the 2014 jump bigger than 40 million", "Yes."),
        # the change said to be under a number sizes the change (9 or 10 million)
        ("was growth from 2014 to 2015 under 10 million", "It depends on the source."),
        ("was the 2016 decline below 10 million", "No."),
        ("did sales fall below 60m in 2016", "Yes."),  # the level they fell to
        ("did 2015 come in above 100m", "No."),
        # each year's growth from the year before, one year against the other
        (
            "Which year saw faster percentage growth, 2013 or 2015?",
            "Xiaomi's smartphone sales grew faster in 2013",
        ),
        ("which year saw bigger growth, 2014 or 2015?", "Xiaomi's smartphone sales, 2013-2014"),
        # a year's figure against a number: how far from it
        ("2016 vs 100 million", "Xiaomi sold around 58 million smartphones in 2016, 42 million short of 100"),
        ("2013 vs 20 million", "Xiaomi sold 18.7 million smartphones in 2013, 1.3 million short of 20"),
        # found by the review of this session's rules: each kept to its own wording
        ("compared to those in 2015, were 2016 sales lower?", "Yes."),
        ("was there an increase to above 65m in 2015?", "Yes."),
        (
            "against the 80m goal, how did they do in 2015?",
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million",
        ),
        ("did xiaomi come in at the top in china?", "Xiaomi was the top smartphone company in China"),
        (
            "is the mi 6 launch a week away from april 10, 2017?",
            "Rumoured: April 18, 2017 was the most probable launch day for the Mi 6",
        ),
        (
            "as of 2016 how much did sales fall from last year?",
            "Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        ("as of the end of 2015, what was the year's target?", "Target: Xiaomi's original goal for 2015"),
        (
            "was the original 2015 target higher than 90m?",
            "Yes. The 2015 target of 100 million is 10 million more",
        ),
        ("h1 2015 vs 34.7 million", "Yes. Xiaomi sold 34.7 million smartphones in the first half of 2015"),
        # one year's growth against another's, the first named claimed
        ("was 2015 growth bigger than 2014 growth?", "No. In 2015: from 61 million"),
        ("did xiaomi grow more in 2013 than 2014?", "No. In 2013: from 7.2 million [1] to 18.7 million"),
        # the distance to a number, asked
        (
            "how far below 60m was 2016?",
            "Xiaomi sold around 58 million smartphones in 2016, 2 million short of 60",
        ),
        # a spread checked against the number claimed
        ("did they sell over 6 million a month in 2015?", "No."),
        ("was the 2017 target about 5.8m a month?", "Yes."),
        # who leads in a market has the upper hand there, not a company's chief executive
        ("who leads in china now?", "In China, Huawei, OPPO and Vivo had the upper hand"),
        ("who leads xiaomi", "Lei Jun is Xiaomi's CEO"),
        # a half against another year's target: that half's figure, never the year's
        (
            "did the first half of 2015 exceed the 2014 projection?",
            "No. Xiaomi sold 34.7 million smartphones in the first half",
        ),
        # "above half of": a side of the fraction
        ("were h1 2015 sales above half of the 80m target?", "No."),
        # "down by", "up 11.5m": a change, by that much
        ("was 2016 down by over 5 million from 2015?", "Yes. Xiaomi's smartphone sales fell"),
        ("was 2016 down 12 million", "Yes. Xiaomi's smartphone sales fell"),
        # a year and its rate, nothing else named: that year's figure, spread
        ("2014 per month", "Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2]"),
        ("2013 per week", "Xiaomi sold 18.7 million smartphones in 2013. Spread evenly over 2013"),
        # one year's sales as a share of another year's target
        (
            "what % of the 2017 target did xiaomi sell in 2015?",
            "Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target",
        ),
        (
            "what percent of the 2017 target did xiaomi sell in 2016",
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # the change between the two halves of 2015: both halves, and by how much in percent
        (
            "difference between h1 and h2 2015",
            "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half",
        ),
        # a year ranked among the years up to it
        (
            "was 2014 the best year so far",
            "Yes. Xiaomi's best year for smartphone sales in 2012-2014 was 2014",
        ),
        ("was 2013 a record at the time?", "Yes. Xiaomi's best year for smartphone sales in 2012-2013"),
        ("was 2016 the worst year at that point", "No."),
        # a year counted from an article's own year
        (
            "how many phones did xiaomi sell in the year the 2015 article was written",
            "Xiaomi sold 70 million",
        ),
        ("how many phones did xiaomi sell the year before the 2017 article", "Xiaomi sold around 58 million"),
        ("how many phones did xiaomi sell two years before the 2017 article", "Xiaomi sold 70 million"),
        # "from 2013 to 70m": the year takes no unit from the number after it
        (
            "xiaomi grew from 18.7m in 2013 to 70m in 2015",
            "Xiaomi's smartphone sales grew from 18.7 million in 2013",
        ),
    ],
)
def test_route_sides_of_a_number_of_the_twenty_first_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "value, said",
    [(61 / 18.7, "3.3"), (0.829, "0.83"), (1.0, "1.0"), (0.5, "0.5"), (1.25, "1.25"), (1.75, "1.75")],
)
def test_wording_multiple(value, said):
    assert wording.multiple(value) == said


@pytest.mark.parametrize(
    "question, start",
    [
        # either way offered: the first year named, on the side it is
        ("was 2016 better or worse than 2014 for xiaomi", "2016 was lower than 2014."),
        ("did they sell more in 2015 or 2016?", "2015 was higher than 2016."),
        ("which was higher, 2013 or 2014?", "Xiaomi's smartphone sales were higher in 2014"),  # asks which
        ("did 2016 beat 2014 or not?", "No."),  # "or not": a yes or no
        (
            "when's the mi6 dropping",
            "Rumoured: April 18, 2017 was the most probable launch day for the Mi 6",
        ),  # "mi6" in scopes.csv
    ],
)
def test_compare_either_way_says_the_side_of_the_year_named_first(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_compare_either_way_says_no_side_of_a_target_as_a_year(engine: Engine):
    # a target is set against the sales here: "2015 was higher than 2017" would name no figure asked
    assert not engine.answer("was 2015 higher or lower than the 2017 target?").text.startswith("2015 was")


@pytest.mark.parametrize(
    "question, start",
    [
        # "clear" a number is to pass it; "w/" is "with"
        (
            "which year did xiaomi first clear 50 million handsets",
            "The first year Xiaomi's smartphone sales were more",
        ),
        (
            "how big was xiaomi's drop in 2016 compared w/ the prior year",
            "Xiaomi's smartphone sales fell from 70",
        ),
        # a year's sales against a target the same: said to be the same
        (
            "is the 2017 goal higher than what they did in 2015?",
            "No. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        # hearsay from someone somewhere is a claim checked
        ("somebody in the office said 60 mil for xiaomi in 2014. legit??", "One source says so."),
        ("a guy at work says 80m in 2015", "No: 80 million [1] was the sales target."),
        ("someone on reddit said 2016 was 58m", "Yes. Xiaomi sold around 58 million"),
        # a span of years sold: each year, then what they add up to
        ("phones sold 2013 to 2015 inclusive", "Xiaomi sold 18.7 million smartphones in 2013"),
        # the middle of one company's range, and how wide it is
        ("midpoint of the iphone price band", "The middle of Apple's range of phone prices is $825."),
        ("spread of xiaomi's price range", "Xiaomi's range of phone prices is $200 wide."),
        ("cheapest iphone divided by cheapest xiaomi = ?", "The cheapest Apple phone ($650) costs 6.5 times"),
        # a meal in passing is no launch misspelt
        (
            "We were arguing over lunch. Xiaomi's phone sales in 2015?",
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        ("where's xiaomi from", "Xiaomi is one of the largest China-based"),
        # the one target a person gave is that year's
        ("did xiaomi reach kevin wang's target", "I have no smartphone sales for 2017"),
        # one ranked above the company, which a second place does not name; a number is checked
        ("which startup is worth more than xiaomi", "The articles don't say which."),
        ("was xiaomi worth more than 40 billion?", "Yes. Xiaomi was valued at $46 billion"),
        # a sum of money before a comma is still a sum
        ("iPhones start at $500, right?", "No. iPhones sell for between $650 and $1,000."),
        ("best year as of 2017", "Xiaomi's best year for smartphone sales in 2012-2016 was 2015"),
        # the side named last before the comparative is the one claimed
        ("the 2017 target: did 2016 sales exceed it?", "No. Xiaomi sold around 58 million"),
        ("2016 sales vs 2017 target: is the target bigger?", "Yes. Xiaomi sold around 58 million"),
        ("was 2014 up or down vs 2015?", "Down."),
        ("2012 vs 2013 rise or fall?", "Up."),  # a movement, in time
        ("xiaomi 2014 to 2015 % up?", "Xiaomi's smartphone sales grew from 61 million [1] in 2014"),
        # which way a change went, asked either way, said first
        ("2016 vs 2014, up or down?", "Down. Xiaomi's smartphone sales fell from 61 million"),
        # ... but two years named in time order, or "between" them, ask the way it went
        ("up or down: xiaomi 2014 vs 2015", "Up. Xiaomi's smartphone sales grew"),
        ("did sales go up or down between 2015 and 2016?", "Down. Xiaomi's smartphone sales fell"),
        # smashing a number is beating it; "tho", "across" ask nothing of their own; "series" lists
        ("so they smashed 100M in 2015 yeah? 🚀", "No. Xiaomi sold 70 million [1] smartphones in 2015"),
        (
            "did they double up in 2015 tho",
            "No. Xiaomi's smartphone sales in 2015 were 1.1 or 1.2 (1.15 or 1.17) times",
        ),
        ("avg per year across 2012–2016", "Xiaomi's smartphone sales averaged 42.98 million a year"),
        ("give me the xiaomi series from 2013 through 2015", "Xiaomi sold 18.7 million smartphones in 2013"),
    ],
)
def test_route_review_of_the_twenty_fifth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_span_of_years_sold_adds_them_up(engine: Engine):
    answer = engine.answer("units sold 2013 thru 2016")
    assert "add up to 207.7 million [1] (206.7 million with 60 million [2] for 2014)" in answer.text


@pytest.mark.parametrize(
    "person, company",
    [
        ("jony ive", "Apple"),  # "Apple design chief Jony Ive"
        ("lei jun", "Xiaomi"),  # "Lei Jun is Xiaomi's CEO"
        ("kevin wang", ""),  # "an industry insider": no company of his
    ],
)
def test_route_works_for_reads_the_role_beside_both(engine: Engine, person, company):
    assert engine.router._works_for(person) == company


def test_route_company_of_a_person_named_asks_of_that_company(engine: Engine):
    # Apple's valuation is not in the articles: declined, never Xiaomi's
    answer = engine.answer("what is jony ive's company worth?")
    assert not answer.answered
    assert "46 billion" not in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("is huawei ahead of xiaomi in china?", "Yes. In China, Huawei, OPPO and Vivo had the upper hand"),
        ("is xiaomi behind oppo at home?", "Yes. In China, Huawei, OPPO and Vivo"),
        ("xiaomi passed huawei in china by 2017", "No. In China, Huawei, OPPO and Vivo"),
        (
            "was xiaomi ahead of huawei in china in q2 2015?",
            "Yes. Xiaomi was the top smartphone company in China",
        ),
        ("huawei was #1 in china in q2 2015", "No. Xiaomi was the top smartphone company"),
        ("xiaomi was #1 in china in 2017?", "No. In China, Huawei"),
        # ever / always: over every ranking, the one that settles it first
        (
            "was xiaomi ever number one in china?",
            "Yes. Xiaomi was the top smartphone company in China in Q2 2015",
        ),
        ("hasn't xiaomi always been behind huawei in china?", "No. Xiaomi was the top smartphone company"),
        # a pick between two: the rankings, latest first
        ("who is ahead in china, huawei or xiaomi?", "In China, Huawei, OPPO and Vivo had the upper hand"),
    ],
)
def test_route_companies_in_order_from_the_rankings(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "is huawei number one in china?",  # one of three ahead: not said to be first
        "was huawei number one in china in 2015?",  # Q2's ranking settles no whole year
        "is oneplus the market leader in china?",  # the latest ranking does not name it
        "did xiaomi beat apple in china",  # a leader's ranking says nothing of a time not asked
        "how far behind huawei is xiaomi in china?",  # a distance no ranking gives
        "when did huawei overtake xiaomi in china?",
        "was xiaomi number one in china after june 2015?",
        "samsung was number one globally in 2015?",
    ],
)
def test_route_companies_in_order_unsettled_is_declined(engine: Engine, question):
    assert not engine.answer(question).answered


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # one year's share of the years listed with it, the year written twice
        ("2015 share of 2014 and 2015 combined", ["53.4% of the 2014-2015 total of 131 million", "53.8%"]),
        ("what percentage of the 2012 and 2013 total came from 2012?", ["27.8% of the 2012-2013 total"]),
        ("2012's share of 2012 and 2016 combined", ["11% of the 2012 and 2016 total of 65.2 million"]),
        # the best or worst year found, set among the years the words name
        ("combined sales of the best and worst years", ["2012 and 2015 add up to 77.2 million"]),
        ("average of the best and worst years", ["averaged 38.6 million a year over 2012 and 2015"]),
        ("sum of 2012 and the peak year", ["2012 and 2015 add up to 77.2 million"]),
        ("total sales in the years before the peak", ["2012-2014 add up to 86.9 million", "85.9 million"]),
        ("combined sales in the best year and the year after", ["2015-2016 add up to 128 million"]),
        ("average of the worst year and the year after", ["averaged 12.95 million a year over 2012-2013"]),
        # ... or left out of the years asked (every year, where none is named)
        ("average sales excluding the worst year", ["averaged 51.92 million a year over 2013-2016", "51.67"]),
        ("total sales 2012-2015 without the best year", ["2012-2014 add up to 86.9 million", "85.9 million"]),
        ("total 2014-2016 without the worst year", ["2014-2015 add up to 131 million", "130 million"]),
    ],
)
def test_route_years_picked_out_are_summed_and_shared(engine: Engine, question, said):
    text = engine.answer(question).text
    assert all(part in text for part in said), text


@pytest.mark.parametrize(
    "question",
    [
        "what's the gap between 2015's 70 million and 2016's 58 million as a percent of 2016?",
        "so the 2015 total was their best since they started?",
    ],
)
def test_route_a_year_written_twice_is_no_share_of_a_list(engine: Engine, question):
    assert "total of" not in engine.answer(question).text and "add up" not in engine.answer(question).text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did huawei say about xiaomi?", "The articles quote nobody from Huawei"),
        ("did tim cook say anything about xiaomi?", "The articles quote nobody named Tim Cook"),
        ("what did lei jun say about the mi 6?", "The articles don't quote Lei Jun on the Mi 6."),
    ],
)
def test_route_a_speaker_never_quoted_is_told_so(engine: Engine, question, said):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(said)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did lei jun say about customer satisfaction?", "customer satisfaction"),
        ("what did kevin wang say?", "70 million"),
        ("what did canalys say about xiaomi?", "Q3 2015"),
        ("why do some ppl say 61M and others 60M for xiaomi in 2014", "61 million"),
    ],
)
def test_route_a_speaker_quoted_or_pointed_at_is_answered(engine: Engine, question, said):
    answer = engine.answer(question)
    assert answer.answered and said in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a percentage against the base the question names, besides the shortfall's share of the target
        (
            "how much bigger was the 100m target than actual 2015 sales in percent?",
            "(70% of it); the target is 42.9% above the sales",
        ),
        (
            "by what percent did the 2014 projection fall below actual 2014 sales?",
            "the projection is 34.4% below",
        ),
        (
            "the original 2015 target was what percent higher than the revised one?",
            "the first is 25% above the last",
        ),
        (
            "the original 2015 target was how many percent higher than the 2017 target?",
            "30 million (42.9%) more",
        ),
        # "by how much" alone asks the amount: no other base is added
        (
            "by how much did xiaomi beat its 2014 projection?",
            "(52.5% above it, 152.5% of it). Xiaomi sold 60",
        ),
    ],
)
def test_route_percent_against_the_base_named(engine: Engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("average of H1 and H2 2015", "about 35 million a half on average"),
        ("average half-year sales in 2015", "about 35 million a half on average"),
        ("h1 plus h2 2015", "Xiaomi sold 70 million smartphones in 2015"),
        # a half worked out from the year named beside it is still that half
        ("how many in the second half of 2015 if you combine the full-year and h1 numbers", "35.3 million"),
    ],
)
def test_route_parts_making_up_a_year(engine: Engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("how old was xiaomi when it first sold over 50 million phones?", "Xiaomi was 4 years old in 2014"),
        ("how old was xiaomi in its worst sales year?", "Xiaomi was 2 years old in 2012"),
        ("how old was xiaomi when annual sales first fell?", "Xiaomi was 6 years old in 2016"),
        ("how many years after founding did xiaomi have its best year?", "Xiaomi was 5 years old in 2015"),
    ],
)
def test_route_age_in_the_year_the_figures_name(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_age_where_the_sources_disagree_on_the_year_is_no_age_of_a_year_picked(engine: Engine):
    # 2014 was 61 million or 60 million: "first over 60 million" is 2014 or 2015
    assert "4 years old" not in engine.answer("how old was xiaomi when it first sold over 60 million?").text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # an order denied is the claim turned round; a question opened by a denied verb is not
        ("huawei is not ahead of xiaomi in china", "No. In China, Huawei, OPPO and Vivo"),
        ("huawei was not behind xiaomi in china in q2 2015", "No. Xiaomi was the top smartphone company"),
        ("xiaomi is no longer #1 in china", "Yes. In China, Huawei, OPPO and Vivo"),
        ("isn't huawei ahead of xiaomi in china?", "Yes. In China, Huawei, OPPO and Vivo"),
        ("isn't it true xiaomi was never number one in china?", "No. Xiaomi was the top smartphone company"),
        ("huawei was never ahead of xiaomi in china", "No. In China, Huawei, OPPO and Vivo"),
    ],
)
def test_route_companies_in_order_denied(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "was apple ever number one in china?",  # two dated rankings settle no "ever" of a company unranked
        "apple was #1 in china",
        "is xiaomi tanking?",  # no place in the market said
    ],
)
def test_route_companies_in_order_no_verdict(engine: Engine, question):
    assert not engine.answer(question).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        ("sum of the year before the peak and the peak", "86.9 million"),
        ("sum of the worst year and the year after the peak", "77.2 million"),
        ("average of the year before and after the peak", "over 2016 (1 year"),
        ("2012 and 2013 as a share of 2012 to 2015", "7.5%"),
        ("2013 and 2014 share of 2012-2014", "70.2%"),
    ],
)
def test_route_years_around_an_extreme_or_shared_left_when_unsure(engine: Engine, question, not_said):
    assert not_said not in engine.answer(question).text


def test_route_a_speaker_named_by_initials_is_quoted(engine: Engine):
    assert "customer satisfaction" in engine.answer("what did wsj say about lei jun?").text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        (
            "how much more was 70m than 7.2m",
            "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2012",
        ),
        ("how much more was 2014 than the 7.2 million year", "Xiaomi's smartphone sales were higher in 2014"),
    ],
)
def test_route_years_named_by_their_figures(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("Q1+Q2 2015 sales", "Xiaomi sold 34.7 million smartphones in the first half of 2015"),
        ("Q3 and Q4 2015 combined", "No article gives Xiaomi's smartphone sales for the second half of 2015"),
    ],
)
def test_route_quarters_making_up_a_half(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # code review: a passive leading verb trails; a "not" outside the claim denies nothing
        ("was xiaomi overtaken by huawei in china in 2017?", "Yes. In China, Huawei"),
        ("is huawei ahead of xiaomi in china or not?", "Yes. In China, Huawei"),
        ("don't you think huawei is ahead of xiaomi in china?", "Yes. In China, Huawei"),
        ("so huawei, oppo and vivo are ahead of xiaomi in china now?", "Yes. In China, Huawei"),
        ("xiaomi used to be number one in china", "Yes. Xiaomi was the top smartphone company"),
    ],
)
def test_route_companies_in_order_review(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "is xiaomi behind the market leader in china?",  # behind the leader is no claim of first place
        "will xiaomi ever be number one in china again?",  # the rankings are of the past
        "will xiaomi pass huawei in china?",
        "was xiaomi ahead of huawei in china?",  # once, and not by 2017: no verdict
    ],
)
def test_route_companies_in_order_review_no_verdict(engine: Engine, question):
    assert not engine.answer(question).text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("as of 2016, what share of 2014 and 2015 combined came in 2015?", "53.4% of the 2014-2015 total"),
        ("2015's share of 2014 and 2015 combined, per the 2017 article", "53.4% of the 2014-2015 total"),
        ("by what percent was the 2017 target below the 2015 target?", "(12.5% or 30% of 2015's)"),
        ("average monthly sales in h1 and h2 2015", "about 5.83 million a month"),
        ("average sales after the best year", "Xiaomi sold around 58 million smartphones in 2016"),
        ("which article mentions the us?", "US is named in the 2015 article. Xiaomi's markets"),
    ],
)
def test_route_review_of_figures_worked_out(engine: Engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize("question", ["total sales up to the peak", "total sales since the peak"])
def test_route_up_to_or_since_an_extreme_is_left_as_asked(engine: Engine, question):
    assert "add up to" not in engine.answer(question).text


@pytest.mark.parametrize(
    "question",
    ["are you better than chatgpt?", "can you answer in chinese?", "say something funny about lei jun"],
)
def test_route_questions_of_the_bot_itself_get_no_fact(engine: Engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith("I'm a bot that answers questions")


def test_route_an_iphone_written_apart_is_apple(engine: Engine):
    assert engine.answer("i phone price").text.startswith("iPhones sell for between $650 and $1,000.")


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("is xiaomi a chinese company?", "Xiaomi is one of the largest China-based smartphone manufacturers"),
        # "the chinese company" only names it: still the sales asked
        (
            "how many did the chinese company I mean xiaomi sell in 2012",
            "Xiaomi sold 7.2 million smartphones",
        ),
    ],
)
def test_route_what_a_company_is(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_public_company_asked_gets_the_private_company_fact(engine: Engine):
    assert "(private tech company)" in engine.answer("is xiaomi a public company?").text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("who's bigger in china, xiaomi or vivo?", "In China, Huawei, OPPO and Vivo had the upper hand"),
        ("are vivo phones outselling xiaomi at home?", "Yes. In China, Huawei, OPPO and Vivo"),
        ("xiaomi vs huawei in china", "In China, Huawei, OPPO and Vivo had the upper hand"),
    ],
)
def test_route_companies_in_order_picked_or_set_side_by_side(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "did xiaomi sell more phones than apple in china in 2015?",  # no ranking names Apple
        "who is ahead of xiaomi, apple or huawei?",
    ],
)
def test_route_companies_in_order_of_a_company_no_ranking_names(engine: Engine, question):
    assert not engine.answer(question).text.startswith(("Yes", "No", "Xiaomi was the top"))


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        # second review: a quoted source named in any case is mentioned; one extreme from another,
        # and numbers in a percentage with no years written, are left as asked
        ("which article mentions techinasia", "no mention"),
        ("how old was xiaomi in its worst year since its best year", "5 years old in 2015"),
        ("how much more was 70m than 58m in percent", "-17.1%"),
    ],
)
def test_route_second_review_of_the_thirty_fourth_session(engine: Engine, question, not_said):
    assert not_said not in engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # a market's leader asked with no company named: its rankings, never the chief executive
        (
            "who leads china?",
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017. — Source",
        ),
        (
            "who was top in china?",
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017 [1]. Xiaomi",
        ),
        (
            "who is number one in the chinese market now?",
            "In China, Huawei, OPPO and Vivo had the upper hand",
        ),
        ("who was top in china in q2 2015", "Xiaomi was the top smartphone company in China in Q2 2015"),
        # a time no ranking is kept for
        ("who led china in 2016?", "The articles don't say who led China then; they rank companies there in"),
        ("which phone maker was #1 in china in q3 2015?", "The articles don't say who led China then"),
        # a dated ranking that names no leader, only who was ahead of Xiaomi
        ("who was first in china in 2017?", "The articles don't say which company led China then. In China"),
    ],
)
def test_route_leader_of_a_market(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, answered",
    [
        ("who led china in 2016?", False),
        ("who was first in china in 2017?", False),
        ("who leads china?", True),
    ],
)
def test_route_leader_of_a_market_answered(engine: Engine, question, answered):
    assert engine.answer(question).answered is answered


def test_route_leader_of_a_market_leaves_a_company_chief_alone(engine: Engine):
    assert engine.answer("who leads xiaomi?").text.startswith("Lei Jun")


@pytest.mark.parametrize(
    "question, start",
    [
        # the low point of a series, and a peak or trough named by its year
        ("what was the trough?", "Xiaomi's weakest year for smartphone sales in 2012-2016 was 2012"),
        (
            "high-water mark for xiaomi shipments?",
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        ("What was the peak-to-trough decline in Xiaomi's volumes?", "The largest year-on-year drop"),
        (
            "How much lower were 2016 sales than the 2015 peak?",
            "Xiaomi's smartphone sales were higher in 2015",
        ),
        # a shortfall in percent is of the year fallen short of
        ("2016 shortfall versus 2015 as a percentage", "Xiaomi's smartphone sales were higher in 2015"),
        # a year missed is a year against a year; a target missed is the gap to it
        ("did 2016 miss 2015?", "Yes. Xiaomi's smartphone sales were higher in 2015"),
        ("Did Xiaomi's 2016 volumes beat or miss 2015's level?", "2016 was lower than 2015."),
        ("Why did Xiaomi miss the 80 million target?", "I don't know why"),
        # a half's ratio to the other half, and the year net of a half
        ("H2 2015 vs H1 2015 ratio", "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half"),
        (
            "2015 full-year number net of H1",
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        # the part of a year said to have fallen; none said of the others
        (
            "In what quarter of 2015 did Xiaomi's sales drop year on year?",
            "Xiaomi's Q3 2015 smartphone sales dropped",
        ),
        (
            "which quarter of 2016 did sales fall?",
            "The articles don't say in which part of 2016 smartphone sales fell.",
        ),
        ("entry-level iphone price?", "iPhones sell for between $650 and $1,000."),
    ],
)
def test_route_review_of_the_thirty_fifth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, said",
    [
        ("2016 shortfall versus 2015 as a percentage", "(17.1% of 2015's)"),
        ("H2 2015 vs H1 2015 ratio", "The ratio of the second half to the first is 1.02."),
        ("ratio of h1 to h2 2015", "The ratio of the first half to the second is 0.98."),
    ],
)
def test_route_review_of_the_thirty_fifth_session_says(engine: Engine, question, said):
    assert said in engine.answer(question).text


def test_route_a_quarter_no_fact_names_is_declined(engine: Engine):
    assert not engine.answer("what quarter of 2015 did sales grow?").answered


def test_route_a_year_named_by_a_fact_said_once_in_the_past_is_no_year(engine: Engine):
    # "Jony Ive once called ...": the article's year reports it; when it was said is not given
    answer = engine.answer("How many phones did Xiaomi sell the year Jony Ive called its designs theft?")
    assert not answer.answered
    assert "70 million" not in answer.text


def test_route_a_target_named_by_who_gave_it_the_same_as_a_year(engine: Engine):
    text = engine.answer("Is Kevin Wang's 2017 number the same as 2015 sales?").text
    assert text.startswith("Yes. Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target")


@pytest.mark.parametrize(
    "question, start",
    [
        # a review of the session's changes: each of these got worse and was mended
        ("how many phones did xiaomi sell the year before it was top in china", "Sources disagree on 2014"),
        (
            "what percentage growth is needed from 2016 to reach 2015's level again?",
            "Xiaomi's smartphone sales were higher in 2015",
        ),
        (
            "total sales from 2012 trough 2015",
            "Xiaomi's smartphone sales for 2012-2015 add up to 156.9 million",
        ),
        ("y was 2015 the best year", "I don't know why"),
        ("Xiaomi's biggest rival?", "In 2015 China's smartphone market was saturated with competing brands"),
        ("did 2015 record sales beat 2014", "Yes. Xiaomi's smartphone sales were higher in 2015"),
        (
            "which years were lower than 2016's sales?",
            "Xiaomi's smartphone sales were less than 58 million (the 2016 figure)",
        ),
    ],
)
def test_route_second_review_of_the_thirty_fifth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_year_below_a_years_level_is_no_figure_of_that_year(engine: Engine):
    assert not engine.answer("Which years were below 2016's level?").answered


@pytest.mark.parametrize(
    "question, start",
    [
        ("Xiaomi 1H2015 units", "Xiaomi sold 34.7 million smartphones in the first half of 2015"),
        ("Xiaomi units 2013 / units 2012", "Xiaomi's smartphone sales in 2013 were 2.6 times those of 2012."),
        (
            "what fraction came in H1 2015?",
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 49.6%",
        ),
        (
            "Tom says 2015 was the best year, Jake says 2014. who's right?",
            "Xiaomi's best year for smartphone sales",
        ),
    ],
)
def test_route_analyst_shorthand(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        # a code review of the session's changes: each of these was answered with a wrong figure
        "which phone model was the top seller in china?",
        "who had the biggest drop in china?",
        "who leads the china team?",
        "how many did they sell last week, and in 2015?",
    ],
)
def test_route_third_review_of_the_thirty_fifth_session_declines(engine: Engine, question):
    assert not engine.answer(question).answered


@pytest.mark.parametrize(
    "question, start",
    [
        ("which years had sales under 2014?", "Xiaomi's smartphone sales were less than 60 million"),
        ("xiaomi is one of the chinese brands, how many did it sell in 2015?", "Xiaomi sold 70 million"),
        ("2015 sales removing h1?", "No article gives Xiaomi's smartphone sales for the second half of 2015"),
        ("Units 2013 / Units 2012", "Xiaomi's smartphone sales in 2013 were 2.6 times those of 2012."),
        ("what percent did sales grow in h1 2015?", "Xiaomi sold 34.7 million smartphones in the first half"),
        (
            "who was top in china?",
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017 [1].",
        ),
    ],
)
def test_route_third_review_of_the_thirty_fifth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # "per" names a source as "according to" does; a research firm quoted gave no unit figure
        (
            "Xiaomi's 2015 unit sales per Canalys",
            "The articles give no smartphone sales for 2015 from Canalys.",
        ),
        ("2015 sales per month", "Xiaomi sold 70 million smartphones in 2015"),
    ],
)
def test_route_a_figure_per_a_source(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a target named by who gave it, by name or by the description the article gives them
        (
            "what's the difference between 2015 sales and wang's number?",
            "Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target of 70 million",
        ),
        (
            "the insider's number vs 2016 sales",
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # a cut is no target set against sales
        ("did kevin wang cut the 2015 target?", "No"),
    ],
)
def test_route_target_named_by_who_gave_it(engine: Engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        # the year of a target named by its number: that year's sales
        ("sales in the year of the 100m goal?", "Xiaomi sold 70 million smartphones in 2015"),
        ("sales in the year of the 40 million projection", "Sources disagree on 2014"),
    ],
)
def test_route_year_of_a_target_named_by_its_number(engine: Engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        # a number worked into a year's figure, the year said alone
        (
            "what is 2013 plus 10m?",
            "Xiaomi's smartphone sales in 2013 (18.7 million) plus 10 million is 28.7 million",
        ),
        ("2015 minus 12m", "Xiaomi's smartphone sales in 2015 (70 million) minus 12 million is 58 million"),
        # ... or an amount more or less than a year's figure, asked for; asked whether, it is a check
        (
            "what's 5 million less than 2013?",
            "Xiaomi's smartphone sales in 2013 (18.7 million) minus 5 million is 13.7 million",
        ),
        (
            "what is 10m more than 2015's sales?",
            "Xiaomi's smartphone sales in 2015 (70 million) plus 10 million",
        ),
        ("is 10m more than 2014?", "No."),
    ],
)
def test_route_a_number_worked_into_a_year_said_alone(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, said",
    [
        # a year named by something no fact dates: said so, never every year's figure
        ("how many did they sell the year my son was born?", "my son was born"),
        ("sales in the year Jony Ive called them thieves?", "Jony Ive called them thieves"),
    ],
)
def test_route_year_named_by_nothing_known_is_declined(engine: Engine, question, said):
    answer = engine.answer(question)
    assert (
        not answer.answered
        and answer.text == f"I can't tell from the articles which year \u201c{said}\u201d is."
    )


@pytest.mark.parametrize(
    "question, start",
    [
        # ... but a year the facts do date, or one asked for, is answered
        (
            "how many did they sell the year it was founded?",
            "I don't know Xiaomi's smartphone sales for 2010",
        ),
        ("how many did they sell the year after they sold 18.7m?", "Sources disagree on 2014"),
        ("what was the year they sold the most?", "Xiaomi's best year for smartphone sales"),
    ],
)
def test_route_year_named_by_a_fact_or_asked(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a span asked from its later year back to the earlier: that way first, then as it happened
        (
            "change from 2014 to 2013?",
            "From 2014 back to 2013, Xiaomi's smartphone sales went from 61 million [1] to 18.7 million [1]:"
            " -42.3 million (-69.3%); or from 60 million [2] to 18.7 million [1]: -41.3 million (-68.8%)."
            " Xiaomi's smartphone sales grew from 18.7 million [1] in 2013",
        ),
        ("growth from 2016 back to 2015", "From 2016 back to 2015, Xiaomi's smartphone sales went from"),
        ("change 2013 to 2015", "Xiaomi's smartphone sales grew from 18.7 million in 2013"),  # as it happened
        # a fall named is the fall as it happened; a dash is no way back
        ("by how much did sales fall from 2016 to 2015", "Xiaomi's smartphone sales fell from 70 million"),
        ("change 2014 - 2013", "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013"),
        # averages set apart are each side's yearly average, also as a ratio
        (
            "how many times more is avg 2015-2016 than avg 2012-2014",
            "Xiaomi's smartphone sales: the 2015-2016 average, 64 million [1] a year; the 2012-2014 average",
        ),
    ],
)
def test_route_change_asked_backwards(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a year left out of nothing is declined, never answered with that year's figure
        ("excluding 2014?", "I can't work out “excluding 2014”"),
        ("minus 2014", "I can't work out “minus 2014”"),
        # a reason asked of a figure said rounded, as people say it, is no premise to deny
        ("why did xiaomi sell 7m in 2012?", "I don't know why"),
        ("why did xiaomi sell 100m in 2016?", "No. Xiaomi sold around 58 million smartphones in 2016"),
        # a claim asked with a question mark is still checked
        ("the ceo of xiaomi is kevin wang?", "No. Lei Jun is Xiaomi's CEO"),
        ("xiaomi's worth 64bn innit", "No. Xiaomi was valued at $46 billion"),
        # ... but a thing asked for, told by a clause, is no claim
        ("the annual goal it was measured against after March?", "Projection: Xiaomi projected 40 million"),
        # a number someone else gave is theirs, whatever the person named said
        ("did lei jun say 70 million for 2017?", "No: that was Kevin Wang."),
        ("did kevin wang say 80 million for 2015?", "No: that was Lei Jun."),
        # an average claimed, checked; one said rounded is so, roughly
        ("avg sales in 2015 and 2016 was 65 million, yes?", "No. Xiaomi's smartphone sales averaged 64"),
        ("was the average 2012-2016 43 million?", "Yes. Xiaomi's smartphone sales averaged 42.98"),
        ("average 2012-2016 was 42.8m?", "It depends on the source."),  # 42.78 by one source only
        # a bare year set against a target is that year's sales
        ("is the 2017 target 12 million above 2016?", "Yes. Xiaomi sold around 58 million smartphones"),
        # a model of the company's own is no company-wide figure
        ("How many Mi 3 phones were sold in 2013?", "I don't know the smartphone sales for Mi 3"),
        # a loss of units is a fall
        ("did xiaomi lose 12 million units in 2016?", "Yes. Xiaomi's smartphone sales fell from 70 million"),
        # the size of a shortfall, or of a target beaten, claimed of a year: against its targets
        ("was the 2015 shortfall 10 million?", "Yes, against the target of 80 million"),
        ("did xiaomi fall short by 10 million in 2015?", "Yes, against the target of 80 million"),
        ("did they overshoot by 25m in 2014?", "No. Xiaomi sold 61 million [1] smartphones in 2014"),
        # a role another company's fact gives is not the company's own
        ("who is xiaomi's design chief?", "I don't know that one."),
        ("who is apple's design chief?", "Apple design chief Jony Ive"),
        # a month after its year, a part glued to its year
        ("sales 2015 february", "I don't know Xiaomi's smartphone sales for February 2015"),
        ("how many phones did xiaomi sell in 2015H1?", "Xiaomi sold 34.7 million smartphones in the"),
        # "kindly share" asks for it, no market share
        ("what was the total sold from 2012 to 2016, kindly share", "Xiaomi's smartphone sales for"),
        # a target's margin over a year's sales, claimed, is checked
        ("is the 2017 target 10m more than 2016?", "No. Xiaomi sold around 58 million"),
        ("is the 2017 target 12 million more than the 2016 figure?", "Yes."),
        ("is the 2017 target of 70m more than 2016?", "Yes."),  # the target's own number, no margin
        ("was the 2015 target 20m more than 2014?", "It depends on the source."),
        # who did something is no role of another company's
        ("who criticized xiaomi's design?", "Apple design chief Jony Ive"),
        ("kevin wang works at apple?", "The articles don't say which company Kevin Wang works for."),
        # "jun" after a year is Lei Jun, a short month only at the end
        ("in 2015 jun said what about the target?", "Target: In March 2015"),
        # a place or light lost or shed is no drop in sales; a word misspelt stays a word
        ("did xiaomi lose 1st place in china?", "Xiaomi was once the number one"),
        ("can you shed some light on 2016 sales?", "Xiaomi sold around 58 million"),
        ("what is the diferencia between 2015 and 2016 sales?", "Xiaomi's smartphone sales fell from 70"),
        # an average offered two ways gets no verdict; a change a year claimed is checked as such
        ("was the avg 2012-2015 more like 39m or 40m?", "Xiaomi's smartphone sales averaged 39.23"),
        ("average annual increase 2012-2016 was 12.7m?", "Yes."),
        ("average growth 2012 to 2016 was 50% a year?", "No."),
        ("did sales drop 12.7m a year on average 2012-2016?", "No."),  # they rose so much
        ("average annual growth 2014-2016 was -2.5%?", "It depends on the source."),
        ("annual growth 2012-2016 was 68.5%?", "Yes."),
        ("growth 2015-2016 was -17.1%?", "Yes."),
        # a month after its year in a question of what was told dates it, no month's sales
        ("the 2015 march cut was to 80m?", "Target: In March 2015"),
        ("34.7m was announced 2015 july right?", "Yes."),
        # what something is, asked with a question mark and no number, gets no bare verdict
        ("xiaomi is from india?", "Xiaomi's markets include"),
        ("the projection was beaten?", "Xiaomi sold 61 million"),
        ("did they lose 1 position in china?", "Xiaomi was once the number one"),
        # a blank left at the end asks for it, no claim
        ("the figure 2016 dropped to?", "Xiaomi's smartphone sales fell"),
        # a margin to a year's targets, however said
        ("shortfall vs target in 2015 was 10m?", "Yes, against the target of 80 million"),
        ("did they fall short by 10m in 2015?", "Yes, against the target of 80 million"),
        ("did they beat it by 21m in 2014?", "It depends on the source."),
        # beating a number is more than it
        ("first year they beat 70m", "Xiaomi's smartphone sales were more than 70 million in no year"),
        ("growth in the subsequent year after 2014?", "Xiaomi's smartphone sales grew from 61 million"),
        ("the difference between the 2012-2016 average and 2016?", "Xiaomi sold around 58 million [1]"),
    ],
)
def test_route_session_46_cases(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "statement, name, tied",
    [
        ("Apple design chief Jony Ive once called Xiaomi's designs theft", "jony ive", True),
        ("Lei Jun is Xiaomi's CEO.", "lei jun", True),
        ("Xiaomi CEO Lei Jun speaks during a product launch", "lei jun", True),
        # a role with no company, or a company named only as what he speaks of, ties him to none
        ("Kevin Wang is an industry insider; he said Xiaomi needs to sell 70 million", "kevin wang", False),
        ("In March 2015, CEO Lei Jun scaled the goal back", "lei jun", False),
    ],
)
def test_employer_named_only_where_a_company_is_his(statement, name, tied):
    assert employer_named(statement, name) is tied


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("how many years between 2012 and xiaomi's best year?", "From 2012 to 2015 is 3 years."),
        ("how many years between the worst year and 2016?", "From 2012 to 2016 is 4 years."),
        ("how many years after 2012 was the best year?", "From 2012 to 2015 is 3 years."),
        ("how many years before 2016 was their peak?", "From 2015 to 2016 is 1 year."),
        # the years whose figures two numbers are, asked as the time it took
        ("how long did it take to go from 7.2m to 70m", "From 2012 to 2015 is 3 years."),
        (
            "how long did it take xiaomi to go from 7.2 million in 2012 to 70 million?",
            "From 2012 to 2015 is 3",
        ),
        ("how long did it take them to get from 18.7m to 61m?", "From 2013 to 2014 is 1 year."),
    ],
)
def test_route_years_between_a_year_and_an_extreme(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "Who is quoted or cited in the 2017 article?",
            "The 2017 article quotes or cites Kevin Wang (industry insider), Lei Jun (CEO) and Xiaomi.",
        ),
        (
            "which sources does the 2015 article rely on?",
            "Canalys (a research firm), TechInAsia, Lei Jun (CEO), the Wall Street Journal",
        ),
        (
            "what is the title of the 2017 article?",
            "The 2017 article is titled “Kevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017”",
        ),
        ("what's the headline of the kevin wang piece?", "The 2017 article is titled “Kevin Wang"),
        (
            "tl;dr the Kevin Wang piece",
            "Xiaomi's smartphone sales — 2012: 7.2 million; 2013: 18.7 million; 2014: 61 million",
        ),
        (
            "whats the gist of the 2015 article",
            "Xiaomi's original goal for 2015 was to sell 100 million phones.",
        ),
        # what they say of another company: the facts naming it
        ("What do the articles say about Apple?", "iPhones sell for between $650 and $1,000."),
        ("what do the articles say about huawei?", "Huawei, OPPO and Vivo had the upper hand"),
    ],
)
def test_route_the_articles_themselves(engine, question, says):
    answer = engine.answer(question)
    assert says in answer.text and answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    ["which news outlet published the 2015 article?", "is the 2015 article from the Wall Street Journal?"],
)
def test_route_a_publisher_no_source_gives_is_declined(engine, question):
    answer = engine.answer(question)
    assert answer.text.startswith("I don't know who published") and not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("what company does jony ive work for?", "Jony Ive works for Apple."),
        ("where does lei jun work?", "Lei Jun works for Xiaomi."),
    ],
)
def test_route_the_company_a_person_works_for(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "start", "answered"),
    [
        # the cut claimed by its number or month: the one the articles give was of 2015
        (
            "Did Lei Jun trim the target to 80 million back in March 2014?",
            "No: the articles give a cut of the 2015",
            True,
        ),
        # no cut given of that year's target: not the same as none made, so no "No"
        ("did they cut the 2017 target?", "The articles give no cut of a 2017 target", False),
        ("was the goal lowered in 2016?", "The articles give no cut of a 2016 target", False),
    ],
)
def test_route_a_cut_claimed_in_a_year_without_one(engine, question, start, answered):
    answer = engine.answer(question)
    assert answer.text.startswith(start) and answer.answered is answered, answer.text
    assert "scaled the 2015 goal back to 80 million" in answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # each side's date: the one its fact gives, an article's own, or one written
        (
            "how many months between the March target cut and the July sales announcement?",
            "From March 2015 to July 2015 is 4 months.",
        ),
        (
            "how many days from the 2017 article to april 18?",
            "From 10 April 2017 to 18 April 2017 is 8 days.",
        ),
        (
            "how long between the product launch in the photo and the july 2015 announcement?",
            "From 15 May 2014 to July 2015 is 14 months.",
        ),
        (
            "how many days between the march cut and the july announcement?",
            "From March 2015 to July 2015 is 4 months. The articles give no day",
        ),
    ],
)
def test_route_time_between_events(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a person's title, a remark's author, a company's own role: never the articles themselves
        ("what is the title of kevin wang in the article", "Kevin Wang is an industry insider"),
        ("who is the author of the theft comment in the article", "Apple design chief Jony Ive"),
        ("what did xiaomi's ceo say?", "Lei Jun said"),
        # a gap asked of a list is no sum of it
        (
            "combined gap of 2014 sales and the 2014 projection",
            "Xiaomi sold 61 million [1] smartphones in 2014, beating",
        ),
        # the purpose, then "more than a year" with no margin named: the target against that year
        ("to hit the 2014 projection, did they need more phones than in 2013?", "Yes."),
    ],
)
def test_route_reviewed_wordings(engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_rate_is_never_spread_again(engine):
    assert "you name" not in engine.answer("at 2 million a week, how many phones in 2016?").text


def test_route_another_companys_ceo_is_never_lei_jun(engine):
    answer = engine.answer("what did apple's ceo say?")
    assert not answer.answered and "what Lei Jun said about Apple" not in answer.text, answer.text


def test_route_time_between_events_in_the_unit_asked(engine):
    answer = engine.answer(
        "In years and months, how long from the pictured Beijing launch to the Mi 6's expected date?"
    )
    assert answer.text.startswith("From 15 May 2014 to 18 April 2017 is 2 years and 11 months."), answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # what the articles say of a year's figure or target, in their own words
        (
            "what do the articles say about 2014 sales?",
            "Xiaomi sold 60 million smartphones in 2014. The 2015 article says",
        ),
        (
            "quote the article on 2013 sales",
            "Xiaomi sold 18.7 million smartphones in 2013. The 2017 article says",
        ),
        ("what do the articles say about the 2015 target?", "Target: Xiaomi's original goal for 2015"),
        # two articles named by their years: both, neither year asked about
        (
            "The 2014 number, as the 2017 piece gives it and as the 2015 piece gives it?",
            "Sources disagree on 2014",
        ),
        # a claim said of both articles that only one makes
        ("did both articles say xiaomi sold 61 million in 2014", "No: only one source says so."),
        # the goal's own verb: "to sell" names the target, not sales
        ("Was Xiaomi's first goal for 2015 to sell 100 million phones?", "Yes."),
        # the year closest to a target named, and an extreme year with the year next to it
        ("which year came closest to the 2014 projection?", "2016 came closest to 40 million"),
        # a claim of someone's figure, said as a statement asked
        ("Kevin Wang says Xiaomi must sell 80 million phones in 2017?", "No:"),
        ("Kevin Wang says Xiaomi must sell 70 million phones in 2017?", "Yes."),
        # a margin between two prices, claimed
        ("The cheapest iPhone costs $300 more than the most expensive Xiaomi phone?", "No."),
        ("The cheapest iPhone costs $350 more than the most expensive Xiaomi phone?", "Yes."),
        # the article that gives a fact's number
        ("which article says 46 billion?", "Xiaomi was valued at $46 billion"),
        # the articles ordered by their dates
        ("Which article is older?", "The 2015 article is the older"),
        ("Which of the two articles came out later?", "The 2017 article is the newer"),
        (
            "In its best year and in the year right after, how many handsets did Xiaomi sell?",
            "Xiaomi sold 70 million",
        ),
    ],
)
def test_route_session_51_wordings(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("xiaomi's market value?", "Xiaomi was valued at $46 billion"),
        ("whats the going rate for a xiaomi phone", "Xiaomi sells low-cost, high-quality phones"),
        # an accounting provision is no slip of a target's revision
        ("What was the warranty provision for fiscal 2015?", "I don't have Xiaomi's provisions."),
    ],
)
def test_route_company_words_of_value_and_price(engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_route_a_year_an_article_gives_only_in_part(engine):
    answer = engine.answer("what does the 2015 article say about 2015 sales?")
    assert not answer.answered
    assert "Not the whole year, but part of it: Xiaomi sold 34.7 million smartphones" in answer.text


@pytest.mark.parametrize("question", ["which article mentions IDC?", "does either article mention IDC?"])
def test_route_a_name_no_article_mentions(engine, question):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith("I find no mention of IDC"), answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # the latest (or first) year past a number, or past a year's figure times a factor
        (
            "latest yr xiaomi sold under 20 mil??",
            "The most recent year Xiaomi's smartphone sales were less than 20 million was 2013",
        ),
        (
            "Which is the most recent year that Xiaomi sold less than in 2014?",
            "The most recent year Xiaomi's smartphone sales were less than 60 million",
        ),
        (
            "In which year did sales first exceed twice the 2013 total?",
            "The first year Xiaomi's smartphone sales were more than 37.4 million"
            " (twice the 2013 figure) was 2014",
        ),
        ("Did Xiaomi's yearly sales ever reach four times the 2013 figure?", "No."),
        (
            "which years sold less than a third of what xiaomi did in 2015",
            "Xiaomi's smartphone sales were less than 23.33 million (a third of the 2015 figure) in 2 years",
        ),
        # a number said with the period it is the figure of: the bound, not a claim of that period
        (
            "In how many years were full-year sales smaller than the 34.7 million Xiaomi sold"
            " in the first half of 2015?",
            "Xiaomi's smartphone sales were less than 34.7 million in 2 years, 2012 and 2013",
        ),
        ("did they sell more than the 61 million of 2014 in 2015?", "Yes. Xiaomi sold 70 million"),
        # the year nearest a number, a target's number or another period's figure (never that year)
        ("what year comes closest to sixty-six million phones sold?", "2015 came closest to 66 million"),
        ("which year got nearest to the 80 million goal?", "2015 came closest to 80 million"),
        ("which year's sales were closest to the first half of 2015?", "2013 came closest to 34.7 million"),
        ("what yr had sales most similar to 2013", "2012 came closest to 18.7 million"),
        # several years, each said beside its number, asked as a plain statement
        ("so that's 18.7M in 2013, 70M in 2015 and 58M in 2016?", "Yes, each of them."),
        ("18.7m in 2013 and 61m in 2015", "No: not for 2015."),
        # a year's targets claimed in the order they were set; one that was no target
        ("Was the 2015 goal first 100 million phones and later 80 million?", "Yes."),
        ("was the 2015 goal 100m and then 70m?", "No."),
        # "the cut" names the target's revision, its size checked
        ("was the cut 20 million?", "Yes. The 2015 sales target went from 100 million to 80 million"),
        ("was the cut 30 million?", "No. The 2015 sales target went from 100 million to 80 million"),
        # the opposite comparison word of what a fact says
        ("did xiaomi say sales were higher than usual?", "No. Xiaomi said it is in a transition period"),
        # an age in the year a figure was sold
        ("how old was xiaomi in the year it sold 70 million phones", "Xiaomi was 5 years old in 2015"),
        # each company's own figure asked: the ones known answer their part
        (
            "How many phones did Huawei and Xiaomi each sell in 2016?",
            "I have no smartphone sales for Huawei.",
        ),
    ],
)
def test_route_session_52_wordings(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a month of sales passing a number is known of no month
        (
            "In which month of 2015 did Xiaomi's sales pass 50 million units?",
            "I can't work out “which month”",
        ),
        # one company asked, another naming the year: not answered for the one asked
        (
            "huawei sold how many phones the year xiaomi sold 58 million?",
            "I have no smartphone sales for Huawei.",
        ),
        # no half is searched for the year nearest a number
        ("which half came closest to 35 million?", "No year in my data has 35 million."),
    ],
)
def test_route_session_52_declines(engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # the month a target was cut is a fact's month, still answered
        ("in which month was the 100M goal scaled back?", "In March 2015."),
        # "wasn't 2016 lower?" is the sales', never the target's
        ("wasn't 2016 lower than 2015?", "Yes. Xiaomi's smartphone sales were higher in 2015"),
        # a number in a claim of two years is each year's, never a bound named by a period
        ("did they sell 60 million in 2014 and 2015?", "No: only 2014 had 60 million."),
        ("did the mi 6 launch get expected in may 2017?", "Expected: Xiaomi's new flagship"),
    ],
)
def test_route_session_52_left_as_they_were(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a number of a year that is its target, not its sales, still bounds another year's check
        ("Did 2015 sell more than the 40 million of 2014?", "Yes. Xiaomi sold 70 million"),
        ("Did 2016 sell less than the 80 million of 2015?", "Yes. Xiaomi sold around 58 million"),
        # a number said as a year's figure that no figure of that year is: corrected
        ("which years were below the 50 million of 2016?", "No. Xiaomi sold around 58 million"),
        # a claim of the latest year, asked: checked of it, never a search
        ("Was the latest year xiaomi reported under 20 million?", "No. Xiaomi sold around 58 million"),
        # the month of an announcement is a fact's month
        ("In which month did Xiaomi announce it had sold over 34 million?", "Xiaomi sold 34.7 million"),
        # a year's figure times a factor, whichever comparison word comes before it
        (
            "What was the most recent year sales were below triple the 2013 level?",
            "The most recent year Xiaomi's smartphone sales were less than 56.1 million",
        ),
    ],
)
def test_route_session_52_bounds_and_claims(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_a_persons_age_in_the_year_of_a_figure_is_never_the_companys(engine):
    answer = engine.answer("How old was the CEO the year Xiaomi sold 70m?")
    assert "years old" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a period's figure misquoted as a bound: checked against the number, and the period set right
        (
            "did they sell more than the 50m of 2014 in 2016?",
            "Yes. Xiaomi sold around 58 million smartphones in 2016 (according to reports) [1]. "
            "But the figure for 2014 was not 50 million.",
        ),
        # "the revision": the cut's size, or the revised target's own number
        ("was the revision 20 million?", "Yes. The 2015 sales target went from 100 million to 80 million"),
        ("was the revision 80 million?", "Yes. The 2015 sales target went from 100 million to 80 million"),
        ("was the revision 30 million?", "No. The 2015 sales target went from 100 million to 80 million"),
        # a margin between a year's two targets, and the way the cut went
        ("was the new goal 20 million lower than the original?", "Yes. The 2015 sales target went"),
        ("was the revised goal 20m above the first one?", "No. The 2015 sales target went"),
        ("was the original goal 20m higher than the revised one?", "Yes. The 2015 sales target went"),
        # a margin of sales to the revised target
        (
            "in 2015 they were 10 million below the revised goal?",
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target",
        ),
        # an age in the year of a figure no year sold: what the number was
        (
            "how old was xiaomi the year it sold 100 million phones?",
            "No year's smartphone sales were 100 million; 100 million was the sales target",
        ),
        ("how old was xiaomi when it sold 34.7 million phones?", "Xiaomi was five years old in 2015."),
        # the year nearest another year's figure, no sales word said
        ("which year was most like 2016?", "2014 came closest to 58 million"),
        ("which year was closest to 2013?", "2012 came closest to 18.7 million"),
        # "since founding": every year, unless an age is asked
        ("total sales since founding?", "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million"),
        ("how many years since founding?", "Xiaomi was founded in 2010"),
        # a year's figure worked out
        ("what's three quarters of 2016 sales?", "Three quarters of Xiaomi's smartphone sales in 2016"),
        ("what is 5x 2012 sales", "5 times Xiaomi's smartphone sales in 2012 (7.2 million) is 36 million."),
        (
            "what's 40% of 2016?",
            "40% of Xiaomi's smartphone sales in 2016 (around 58 million) is 23.2 million.",
        ),
        ("how many phones in y2015", "Xiaomi sold 70 million smartphones in 2015"),
        # where the asker is narrows nothing
        ("i'm in india right now, how many phones did xiaomi sell in 2015?", "Xiaomi sold 70 million"),
        # a doubled letter typed once
        ("was 2016 beter than 2014", "No. Xiaomi's smartphone sales were higher in 2014"),
        # years searched past a year's target, past a band, or never past a number
        (
            "which years had sales under the 2014 projection?",
            "Xiaomi's smartphone sales were less than 40 million in 2 years, 2012 and 2013",
        ),
        (
            "did they ever beat the original 2015 goal?",
            "No. Xiaomi's smartphone sales were more than 100 million in no year",
        ),
        (
            "besides 2014, which years topped 50 million?",
            "Xiaomi's smartphone sales were more than 50 million in 2 years, 2015 and 2016",
        ),
        ("did xiaomi never sell fewer than 7 million phones in a year?", "Yes."),
        ("they never sold more than 20m until 2014?", "Yes."),
        (
            "what years had sales not between 20 and 60 million?",
            "Xiaomi's smartphone sales were not between 20 million and 60 million in 3 years, 2012, 2013 and",
        ),
        # a change claimed by its sign
        ("so 2015 to 2016 was -12 million?", "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("so 2015 to 2016 was +12 million?", "No. Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("so xiaomi sold 60m over the projection of 40m in 2014?", "Yes. Xiaomi sold 61 million [1]"),
    ],
)
def test_route_session_53_wordings(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_what_someone_said_elsewhere_gets_no_yes(engine):
    # Lei Jun spoke of customer satisfaction in Wuzhen; "a transition" was Xiaomi's own word in 2017
    answer = engine.answer("lei jun said in wuzhen that sales were down because of a transition, right?")
    assert not answer.text.startswith("Yes"), answer.text
    assert "customer satisfaction" in answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # "each"/"both" of two companies is no "each year" in one company's part; declined as a whole
        ("did xiaomi and huawei each sell over 50m?", "I have no smartphone sales for Huawei. Yes."),
        (
            "did xiaomi and oppo sell more than 100 million in both 2015 and 2016?",
            "I have no smartphone sales for OPPO. No.",
        ),
        # the asker's own country asked narrows the question to it
        (
            "I live in india, how many xiaomi phones were sold in my country in 2015?",
            "I don't know the smartphone sales for India",
        ),
    ],
)
def test_route_session_53_declines(engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # more every year: a rise claimed of each year over the one before
        ("did xiaomi sell more every year?", "No. Xiaomi's smartphone sales fell in 2016"),
        (
            "is it true xiaomi has sold more phones every single year?",
            "No. Xiaomi's smartphone sales fell in 2016",
        ),
        # "never mind" and "... or never?" claim no "never"
        ("never mind. did they ever sell more than 65 million in a year?", "Yes."),
        # "never ... before 2015": 2014 is before it, and the sources split on it
        ("did they never sell more than 60m before 2015?", "It depends on the source."),
        # "outside of 2015" leaves a year out; it is no band's outside
        (
            "outside of 2015, which years sold between 50 and 65 million?",
            "Xiaomi's smartphone sales were between 50 million and 65 million in 2 years, 2014 and 2016",
        ),
    ],
)
def test_route_session_53_review_cases(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_targets_above_a_target_are_no_sales_search(engine):
    # the subject is a target: no year's sales are searched past the 2014 projection
    answer = engine.answer("which years had a target above the 2014 projection?")
    assert "smartphone sales were more than 40 million" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a hedge on the asker's memory is no word of the question
        (
            "iirc 2013 was the 18.7 mil year for xiaomi. yeah?",
            "Yes. Xiaomi sold 18.7 million smartphones in 2013",
        ),
        ("xiaomi did about 60 mil in 2016 if memory serves", "Roughly, yes. Xiaomi sold around 58 million"),
        ("correct me if im wrong but 2014 was 50m", "No. Sources disagree on 2014"),
        # what went wrong asks why
        ("what went wrong for xiaomi in 2016?", "Xiaomi said it is in a transition period"),
        # two questions apart at a comma are both answered
        ("who is the ceo, who is kevin wang?", "Lei Jun is Xiaomi's CEO"),
        # "since" a year was something gives a reason: the claim is checked, no years counted from it
        ("since 2013 was the worst year, how many did they sell?", "No. Xiaomi's weakest year"),
        ("since 2016 was xiaomi's best year, how many did it sell?", "No. Xiaomi's best year"),
        # a question after "and" about a thing is its own question, not the thing the first counts
        ("who is kevin wang and when is the mi 6 out?", "Kevin Wang is an industry insider"),
        # a way claimed "in" two years: each against the year before it, not one against the other
        ("did sales fall in both 2015 and 2016?", "No. Xiaomi's smartphone sales grew in 2015"),
        ("did sales rise in 2015 and in 2016?", "No. Xiaomi's smartphone sales fell in 2016"),
        ("did sales fall between 2015 and 2016?", "Yes. Xiaomi's smartphone sales fell from 70 million"),
        # a known number pointed at, said to be of a period with no figure: whose it is
        (
            "the 34.7 million first-half number was for 2014, wasn't it",
            "No: 34.7 million was the figure for the first",
        ),
        (
            "kevin wang's 70m target is for 2016 if I remember",
            "No: 70 million was the sales target for 2017.",
        ),
        # the amount is the fact's, but not the month or the period claimed of it
        (
            "Was the 34.7 million announced in March?",
            "No. Xiaomi sold 34.7 million smartphones in the first half",
        ),
        ("Did Xiaomi announce 34.7 million for the full year 2015?", "No. Xiaomi sold 34.7 million"),
        (
            "did xiaomi sell 34.7 million for the full year 2015?",
            "No: 34.7 million was the figure for the first half",
        ),
        # sales as a multiple of the target, checked
        (
            "did 2014 sales double the projection?",
            "No. Xiaomi sold 61 million [1] smartphones in 2014, beating",
        ),
        # whether figures are made up asks where they come from
        ("are you making these numbers up?", "My figures come from 2 articles"),
        # which of two years, or whether it is current: no yes or no
        ("Is the $46 billion valuation from 2015 or 2017?", "Xiaomi was valued at $46 billion"),
        ("is the 46 billion valuation current?", "Xiaomi was valued at $46 billion"),
        # both halves named: each half's figure, the second worked out
        ("h1 and h2 2015 sales", "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half"),
        (
            "How many the Xiaomi sold in half first of 2015?",
            "Xiaomi sold 34.7 million smartphones in the first",
        ),
    ],
)
def test_route_session_54_wordings(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a way claimed over a span the figures went the other way
        (
            "why did xiaomi's sales fall from 2013 to 2014?",
            "They didn't: Xiaomi's smartphone sales rose in 2014.",
        ),
        # ... and over a whole year one quarter of which fell, with that quarter's fact
        (
            "why did sales fall in 2015?",
            "They didn't over the whole year: Xiaomi's smartphone sales rose in 2015.",
        ),
    ],
)
def test_route_why_against_the_figures_refutes_the_premise(engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a number not pointed at, of a year with no figure: nothing is known of that year either way
        ("did xiaomi sell 7.2m in 2011?", "I don't know Xiaomi's smartphone sales for 2011."),
        # ... nor a number set against a target of a year with none, nor another measure's number there
        ("was 2016 below the 80 million goal?", "I don't know Xiaomi's sales target for 2016."),
        ("is 70 million the 2017 sales?", "I don't know Xiaomi's smartphone sales for 2017."),
    ],
)
def test_route_number_claimed_of_a_year_without_one(engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


def test_route_what_happened_after_a_cut_claims_no_fall(engine):
    # the cut was of the goal: no fall of sales is claimed, so none is refuted
    answer = engine.answer("what happened to sales after the 2015 goal was cut?")
    assert answer.text.startswith("Xiaomi sold 70 million"), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # "exactly" holds to the claim's own digits, round or not
        (
            "did they sell exactly 200m from 2012 to 2016?",
            "No. Xiaomi's smartphone sales for 2012-2016 add up",
        ),
        ("did they sell exactly 80m in 2013 and 2014?", "No."),
        # "since 2014 was there ...?" counts from 2014; a reason needs its subject's noun
        ("since 2014 was there a drop in sales?", "Xiaomi's smartphone sales fell in 2016"),
        # a way claimed in two years, the first with no year before it: the change between them
        ("did sales grow in 2012 and 2013?", "Yes. Xiaomi's smartphone sales grew from 7.2 million"),
        # "make up" the rest of a year is no question of where figures come from
        (
            "did the second half make up the rest of 2015?",
            "No article gives Xiaomi's smartphone sales for the",
        ),
        # a half named after "for the" is no price "sold for"
        (
            "did they sell 34.7 million for the first half, or the full year?",
            "That was the first half of 2015",
        ),
        # a number of units named in a where or when question points at the fact stating it
        (
            "where did lei jun speak about the 80 million?",
            "Target: Later in 2015 Lei Jun said hitting the 80",
        ),
        ("when was the 80 million target set?", "That was 2015: Target: In March 2015, CEO Lei Jun scaled"),
        # a figure claimed of one article that is the other's: no, and whose it is
        (
            "did the 2015 article say 61 million for 2014?",
            "No. Xiaomi sold 60 million smartphones in 2014 [1]. 61",
        ),
        # "the year before" an article's own year, with a number claimed of it
        (
            "the 2015 article says xiaomi sold 60 million the year before, right?",
            "Yes. Xiaomi sold 60 million",
        ),
        # second review: "since YEAR was the ...?" with no clause after a comma counts from that year
        ("since 2013 was the total more than 200m?", "Yes. Xiaomi's smartphone sales for 2013-2016 add up"),
        # ... a reason's question naming a year of its own still gets that year's figure
        ("since 2015 was their best year, how many did they sell in 2016?", "No. Xiaomi's best year"),
        # "a half of 2015" is a share, no "each half"
        ("was h1 a half of 2015 sales?", "Yes. Xiaomi's smartphone sales in the first half of 2015"),
        # a topic asked of a company named by its figure: the topic, no boost of the figure's fact
        ("when was the company that sold 70 million founded?", "Xiaomi was founded in 2010"),
    ],
)
def test_route_session_54_review_cases(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a number said of when it was told, or sales claimed of a year with no figure: no "No"
        ("the 58m came out in 2017?", "I don't know Xiaomi's smartphone sales for 2017."),
        ("did they sell the 7.2m in 2011 too?", "I don't know Xiaomi's smartphone sales for 2011."),
        ("the 80m goal came in march 2015, right?", "I don't know Xiaomi's sales target for March 2015."),
    ],
)
def test_route_session_54_review_declines(engine, question, start):
    answer = engine.answer(question)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did q3 2015 sales fall by 10%?",
        "was q3 2015 the second drop?",
        "did q3 2015 sales fall quarter on quarter?",
        "did q3 2015 sales fall sharply?",
    ],
)
def test_route_a_quarters_way_settles_no_more_than_it_says(engine, question):
    # the fact says Q3 2015 fell year on year for the first time, with no figure: no yes or no to more
    answer = engine.answer(question)
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did q3 2015 sales drop from the previous quarter?",
        "did xiaomi officially report falling q3 2015 sales?",
        "is xiaomi still worth $50 billion?",
    ],
)
def test_route_third_review_no_yes_or_no(engine, question):
    # a quarter's fact says nothing of the quarter before or of who reported it; a 2015 valuation
    # says nothing of "still"
    answer = engine.answer(question)
    assert not answer.text.startswith(("Yes", "No")), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # names typed with a slip, read as the names the facts give
        ("who is lei jung", "Lei Jun is Xiaomi's CEO"),
        ("what did kevin wong say", "Kevin Wang is an industry insider"),
        # a year that flopped is one whose sales fell
        ("did xiaomi flop in 2016", "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("did xiaomi flop in 2015?", "No. Xiaomi's smartphone sales grew"),
        # how rich a startup is: its valuation; a ripoff is what the facts call theft
        ("how rich is xiaomi", "Xiaomi was valued at $46 billion"),
        ("is xiaomi a ripoff of apple", "Apple design chief Jony Ive once called Xiaomi's designs"),
    ],
)
def test_route_session_54_slang_and_slips(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a year ranked below the first, measured against the first
        (
            "how much less did xiaomi sell in its second best year than in its best?",
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million [1] in 2015",
        ),
        (
            "how many times more did xiaomi sell in its best year than in its second best?",
            "Xiaomi's smartphone sales in 2015 were 1.1 or 1.2 (1.15 or 1.17) times those of 2014",
        ),
        # the ordinal goes with the extreme it stands before
        (
            "2nd best year vs the worst year",
            "Xiaomi's smartphone sales grew from 7.2 million [1] in 2012 to 61",
        ),
        (
            "best year vs 2nd worst year",
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million",
        ),
        (
            "2nd best and worst years?",
            "Xiaomi's second best year for smartphone sales in 2012-2016 was 2014, with 61 million [1] / 60",
        ),
    ],
)
def test_route_session_55_ranked_extremes(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a reported figure claimed to be the company's own word, or someone's it never quotes
        (
            "According to Xiaomi, it sold 58 million phones in 2016?",
            "Not officially: that figure comes from reports.",
        ),
        (
            "According to Kevin Wang, Xiaomi sold 58 million in 2016?",
            "No: that figure comes from reports, not from Kevin Wang.",
        ),
        (
            "lei jun said they sold 58m in 2016, right?",
            "No: that figure comes from reports, not from Lei Jun.",
        ),
        # ... but the reports themselves, or nobody named, are what the figure is
        ("according to reports xiaomi sold 58m in 2016?", "Yes. Xiaomi sold around 58 million"),
        # ... and a figure someone is quoted for is theirs
        ("According to Kevin Wang, Xiaomi needs 70 million in 2017?", "Yes. Target: According to industry"),
    ],
)
def test_route_session_55_sources_claimed(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a claim called false: its yes or no the other way round
        ("Am I wrong that 2013 was 18.7 million?", "No. Xiaomi sold 18.7 million smartphones in 2013."),
        ("Am I wrong that 2013 was 20 million?", "Yes. Xiaomi sold 18.7 million smartphones in 2013."),
        (
            "Is it a myth that Xiaomi sold 70 million in 2015?",
            "No. Xiaomi sold 70 million smartphones in 2015",
        ),
        # a target cleared, named by its number: that year's sales against it
        ("Did Xiaomi exceed the 80 million goal?", "No. Xiaomi sold 70 million [1] smartphones in 2015, 10"),
        (
            "Did Xiaomi exceed the 40 million projection?",
            "Yes. Xiaomi sold 61 million [1] smartphones in 2014",
        ),
        # a target of a year with no sales claimed by a number it was not
        (
            "Did Xiaomi hit its 2017 target of 80 million?",
            "No: the 80 million sales target was for 2015, not 2017; 2017's was 70 million. I have no "
            "smartphone sales for 2017 to check the target against.",
        ),
        # a cut claimed in the right month of the wrong year
        (
            "the target got cut from 100m to 80m in march 2016",
            "No: the articles give a cut of the 2015 target, not of a 2016 one.",
        ),
        (
            "the target got cut from 100m to 80m in march 2015",
            "Yes. The 2015 sales target went from 100 million",
        ),
        # a reported figure said to be confirmed by the company
        ("xiaomi sold 58m in 2016, confirmed by xiaomi", "Not officially: that figure comes from reports."),
        # crushing it is doing well, never a slip of "crashed"; a crash is a fall, never "cash"
        ("Xiaomi crushed it in 2016, didn't they?", "No. Xiaomi's smartphone sales fell from 70 million"),
        ("did sales crash in 2016?", "Yes. Xiaomi's smartphone sales fell from 70 million"),
    ],
)
def test_route_session_55_claims_checked(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a quantity is the number sold, never the Italian "quanti" of a question in another language
        ("h1 2015 qty?", "Xiaomi sold 34.7 million smartphones in the first half of 2015"),
        ("2015 quantity?", "Xiaomi sold 70 million smartphones in 2015"),
        # a friend called by name in another language is chat around an English question
        ("amigo, xiaomi 2014 sold phones how many", "Sources disagree on 2014: Xiaomi sold 61 million"),
        ("yaar who is boss of xiaomi", "Lei Jun is Xiaomi's CEO"),
        # a change from a year with no year after it named: from that year to the next
        (
            "how much did sales drop from 2015",
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58",
        ),
        (
            "how much did sales grow from 2014",
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70",
        ),
        # a semester is a half of the year
        (
            "How many phones did Xiaomi sell in the first semester of 2015?",
            "Xiaomi sold 34.7 million smartphones",
        ),
        # the years before or after the best year, as "before 2015" reads
        (
            "How many phones did Xiaomi sell before its best year?",
            "Xiaomi's smartphone sales by year: 2012: 7.2 million [1]; 2013: 18.7 million [1]; 2014",
        ),
        (
            "How many phones did Xiaomi sell after its best year?",
            "Xiaomi's smartphone sales by year: 2016: around 58",
        ),
        # ... but "one year after their peak" is the year after it
        (
            "one year after their peak, what did sales come to?",
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
    ],
)
def test_route_session_55_terse_wordings(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_session_55_the_time_asked_is_chat(engine):
    answer = engine.answer("what time now")
    assert not answer.answered and answer.text.startswith("I don't know about the time."), answer.text


def test_route_session_55_a_change_from_the_last_year_declines(engine):
    # from 2016 on is into 2017, which has no sales
    answer = engine.answer("how much did sales grow from 2016")
    assert not answer.answered and answer.text.startswith("I don't know Xiaomi's smartphone sales for 2017.")


def test_route_session_55_a_debt_in_the_chat_is_no_price(engine):
    answer = engine.answer("@mike you owe me 5 bucks")
    assert not answer.answered and answer.text.startswith("I don't know about money owed"), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # another year's sales against a target named by its number: not read as that target's year
        ("did they exceed the 80 million goal in 2014?", "No. Projection: Xiaomi projected 40 million"),
        # someone named in passing is no source claimed; the reports named are the figure's source
        ("did lei jun's xiaomi sell around 58m in 2016, per reports?", "Yes. Xiaomi sold around 58 million"),
        # a target's change from a year is that year's revision
        ("how much did the target drop from 2015?", "The 2015 sales target went from 100 million to 80"),
        # "time now" inside a question is no question of the time
        ("how have sales changed over time now?", "Xiaomi's smartphone sales grew from 7.2 million in 2012"),
        # a slip of "launch" is never read as the chat word "lunch"
        ("when will xiaomi luanch in the us?", "Expected: Xiaomi planned to launch in the US"),
        # right before the best year: the one year before it
        ("how many did they sell right before their best year?", "Sources disagree on 2014"),
        # "did they miss ...?" of a target that was another year's: no bare no, which would say they did not
        ("did they miss their 2017 target of 80m?", "The 80 million sales target was for 2015, not 2017"),
    ],
)
def test_route_session_55_review_cases(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_session_55_a_quantity_of_what_it_lacks_declines(engine):
    answer = engine.answer("quantity of stores?")
    assert not answer.answered and answer.text.startswith("I don't have Xiaomi's stores."), answer.text


def test_route_session_55_who_said_a_year_must_match_another(engine):
    answer = engine.answer("who said 2017 needs to match 2015")
    assert answer.text.startswith("Target: According to industry insider Kevin Wang"), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a revised target's number said to be the original: not so, and what the original was
        (
            "wasn't the original target 80m?",
            "No: the original 2015 sales target was 100 million; 80 million was what it was revised to.",
        ),
        ("was the original target 100m?", "Yes: the original 2015 sales target was 100 million."),
        # ... and with no "original" said, the year that number was a target
        ("was the target 80m?", "That was 2015: Target: In March 2015"),
    ],
)
def test_route_session_55_original_target_claimed(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_session_55_a_target_reached_in_a_year_with_no_sales_declines(engine):
    # reaching a target in a year with no sales asks of that year's sales, never the number against it
    answer = engine.answer("Did Xiaomi hit the 100 million target in 2017?")
    assert not answer.answered and answer.text.startswith("I don't know Xiaomi's smartphone sales for 2017.")


@pytest.mark.parametrize(
    "question, start",
    [
        # a year found by its rank, then checked against the number (not every year over it)
        ("was the second best year over 61 million?", "No. Sources disagree on 2014: Xiaomi sold 61 million"),
        ("was the third best year above 15 million?", "Yes. Xiaomi sold around 58 million smartphones"),
        ("was the best year above 100 million?", "No. Xiaomi sold 70 million smartphones in 2015"),
        ("was the second worst year over 20m?", "No. Xiaomi sold 18.7 million smartphones in 2013."),
        # ... and a figure claimed of it
        ("was the best year 61m?", "No: 61 million was the figure for 2014."),
        ("was the worst year 7.2 million?", "Yes. Xiaomi sold 7.2 million smartphones in 2012."),
        # ... and a number beaten by that year, as far from it
        (
            "did the best year beat 65m?",
            "Yes. Xiaomi sold 70 million smartphones in 2015, 5 million (7.7%) more",
        ),
        # a claim of the past asked with "is it true": the past, not how things stand now
        ("is it true xiaomi was #1 in china?", "Xiaomi was once the number one"),
        ("is it true xiaomi is #1 in china now?", "No. In China, Huawei, OPPO and Vivo"),
    ],
)
def test_route_session_56_extremes_checked_and_claims_of_the_past(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # what someone said of sales, stated with no question mark, is checked as a claim
        ("Lei Jun said they sold 75 million in 2015", "No. Xiaomi sold 70 million smartphones in 2015"),
        (
            "Lei Jun said xiaomi sold 70 million in 2015",
            "The figure is right, but the articles don't say Lei Jun",
        ),
        # ... and a target's figure said to be someone's who never gave it
        ("Lei Jun said xiaomi needs to sell 70 million in 2017", "No: that figure is Kevin Wang's."),
        # a research firm named as the source of a figure is no company asked about
        (
            "Canalys said xiaomi sold 34.7 million in the first half of 2015",
            "The figure is right, but the articles don't say Canalys said it.",
        ),
        (
            "according to canalys, xiaomi sold 34.7 million in the first half of 2015?",
            "The figure is right, but the articles don't say Canalys said it.",
        ),
        # what someone said of a target they gave stays what they said
        (
            "lei jun said he was pushed to give the 80 million forecast for 2015",
            'Lei Jun said he was "constantly',
        ),
    ],
)
def test_route_session_56_figures_said_by_someone(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a place in a market asked with no market named: the one market the companies are ranked in
        ("is huawei ahead of xiaomi?", "Yes. In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi"),
        ("was xiaomi behind huawei in 2017?", "Yes. In China, Huawei, OPPO and Vivo had the upper hand"),
        (
            "was xiaomi ahead of huawei in q2 2015?",
            "Yes. Xiaomi was the top smartphone company in China in Q2",
        ),
    ],
)
def test_route_session_56_rank_in_the_one_market_ranked(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_session_56_size_against_a_company_unranked_by_size_declines(engine):
    # "bigger" may be worth or sales: no ranking of a market settles it
    answer = engine.answer("is xiaomi bigger than huawei?")
    assert not answer.answered and answer.text.startswith("I have no smartphone sales for Huawei."), (
        answer.text
    )


@pytest.mark.parametrize(
    "question, start",
    [
        # a research firm as the source of what is said of sales, with no company named: the main one
        (
            "according to canalys, they sold 34.7 million in h1 2015?",
            "The figure is right, but the articles don't say Canalys said it.",
        ),
        ("according to canalys, did q3 2015 sales drop?", "Yes. Xiaomi's Q3 2015 smartphone sales dropped"),
        (
            "canalys data shows xiaomi sold 70m in 2015?",
            "The figure is right, but the articles don't say Canalys",
        ),
        (
            "lei jun announced they sold 70 million in 2015",
            "The figure is right, but the articles don't say Lei Jun",
        ),
    ],
)
def test_route_session_56_sources_named_of_sales(engine, question, start):
    answer = engine.answer(question)
    assert answer.answered and answer.text.startswith(start), answer.text


def test_route_session_56_a_count_someone_never_gave_declines(engine):
    answer = engine.answer("How many phones did Canalys say Xiaomi sold in 2015?")
    assert not answer.answered and answer.text.startswith(
        "The articles give no smartphone sales for 2015 from Canalys."
    )


def test_route_session_56_a_unit_asked_of_no_figure_declines(engine):
    answer = engine.answer("q3 2015 shipments in millions")
    assert not answer.answered and "(no figure given)" in answer.text, answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # each of the two years found, against its own number, in the order asked
        (
            "was the best year over 61m and the worst under 10m?",
            "Yes. Xiaomi sold 70 million smartphones in 2015, its most successful year since it was founded"
            " in 2010. Yes. Xiaomi sold 7.2 million smartphones in 2012.",
        ),
        (
            "was the worst year under 10m and the best over 75m?",
            "Yes. Xiaomi sold 7.2 million smartphones in 2012. No. Xiaomi sold 70 million smartphones"
            " in 2015",
        ),
        (
            "was their peak year above 65 million and their weakest below 5 million?",
            "Yes. Xiaomi sold 70 million smartphones in 2015, its most successful year since it was founded"
            " in 2010. No. Xiaomi sold 7.2 million smartphones in 2012.",
        ),
        # ... with both numbers on one side
        (
            "was the best year over 61m and the worst over 10m?",
            "Yes. Xiaomi sold 70 million smartphones in 2015, its most successful year since it was founded"
            " in 2010. No. Xiaomi sold 7.2 million smartphones in 2012.",
        ),
    ],
)
def test_route_session_57_best_and_worst_each_checked(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # two parts of a year set side by side, one of which no figure gives
        (
            "did xiaomi sell more in Q2 2015 or Q3 2015?",
            "I don't know Xiaomi's smartphone sales for Q2 2015.",
        ),
        (
            "was q3 2015 better than q2 2015?",
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given)."
            " I don't know Xiaomi's smartphone sales for Q2 2015.",
        ),
        (
            "Since Xiaomi sold 34.7 million in Q3 2015, how did Q4 compare?",
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given). I"
            " don't know Xiaomi's smartphone sales for Q4 2015.",
        ),
        # ... and the two halves, which both have one
        ("h1 vs h2 2015", "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half"),
        # an article named with words between its year and "article"
        (
            "according to the 2015 business article, how many phones did xiaomi sell and ship 'last year'?",
            "Xiaomi sold 60 million smartphones in 2014 [1]. Another article disagrees: Xiaomi sold 61",
        ),
        (
            "the 2017 gizmochina piece, what did it say 2016 sales were?",
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        # a cut said as chopped
        (
            "how much did they chop off the 2015 goal in march",
            "The 2015 sales target went from 100 million to 80 million",
        ),
    ],
)
def test_route_session_57_parts_articles_and_cuts(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a year named by the number it reached, as by the number it sold
        (
            "what did xiaomi sell the year it hit 70m",
            "That was 2015: Xiaomi sold 70 million smartphones in 2015",
        ),
        ("how many did they sell the year they hit 60m", "That was 2014: Xiaomi sold 60 million smartphones"),
        # "the top company" is a place in a market, asked now
        ("is xiaomi the top company in china?", "No. In China, Huawei, OPPO and Vivo"),
        # one phone ranked against others is nothing the figures say
        ("what was the best phone of 2015?", "I can't work out “the best phone” from the figures."),
        ("the best phone year?", "Xiaomi's best year for smartphone sales in 2012-2016 was 2015"),
    ],
)
def test_route_session_57_years_ranks_and_remarks(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # the change into the year after (or before) an extreme year, never the largest change
        (
            "what was the growth in the year after the best year?",
            "Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        ("growth the year after the peak?", "Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("which year saw the biggest jump over the year before?", "The largest year-on-year rise"),
        # "by 2014 sales" is the year's own figure, no span up to it
        (
            "what share of the 80 million target was reached by 2014 sales?",
            "Xiaomi sold 61 million [1] smartphones in 2014, 19 million short of the 2015 target of 80",
        ),
    ],
)
def test_route_session_57_steps_from_an_extreme_and_figures_by_a_year(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # the total of the years past a number, however the years are said
        (
            "total of all years above 50 million?",
            "Xiaomi's smartphone sales for 2014-2016 add up to 189 million",
        ),
        (
            "total sales in years below 20 million?",
            "Xiaomi's smartphone sales for 2012-2013 add up to 25.9 million.",
        ),
        # ... never a check of the total
        (
            "was the total over all the years above 200m?",
            "Yes. Xiaomi's smartphone sales for 2012-2016 add up to",
        ),
    ],
)
def test_route_session_57_total_of_the_years_past_a_number(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a projection of another year, taken for the year asked: its own year checked first
        (
            "did Xiaomi beat its 40 million projection in 2015?",
            "Yes. The 40 million projection was for 2014, not 2015. Xiaomi sold 61 million [1] smartphones"
            " in 2014, beating its projection",
        ),
        (
            "was the 40m projection beaten in 2016?",
            "Yes. The 40 million projection was for 2014, not 2016.",
        ),
        # ... or a later year's, an outsider's: the year asked against its own targets first
        (
            "Did Xiaomi hit its 70 million target in 2015?",
            "The 70 million target was Kevin Wang's, for 2017, not 2015. Xiaomi sold 70 million [1]"
            " smartphones in 2015, 30 million (30%) short of its target of 100 million",
        ),
        ("Xiaomi's goal of 70 million in 2015 - did it meet it?", "The 70 million goal was Kevin"),
        ("did xiaomi beat the 80m target in 2014?", "No. The 80 million target was for 2015, not 2014."),
        # ... not where the target's year is said, nor a measure against it
        ("did 2015 beat the 2014 projection?", "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30"),
        (
            "were 2016 sales below the 80m target?",
            "Yes. Xiaomi sold around 58 million [1] smartphones in 2016, 22",
        ),
    ],
)
def test_route_session_58_another_years_target_taken_for_the_year(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # an event the facts place elsewhere: no, and where it was
        ("Did Lei Jun speak at a product launch in Wuzhen?", "No. The 2015 article's photo shows"),
        ("was the product launch in wuzhen?", "No. The 2015 article's photo shows"),
        (
            "did lei jun speak at the world internet conference in beijing?",
            "No. Target: Later in 2015 Lei Jun said hitting the 80 million goal",
        ),
        # ... the thing a fact is of is an event too; the fact's own words name its place
        ("was the photo taken in wuzhen?", "No. The 2015 article's photo shows"),
        ("did xiaomi launch in india in a few years?", "No. Expected: Xiaomi planned to launch in the US"),
        # ... the place the facts say is yes, unless the fact's date says no
        ("was the photo taken in beijing?", "Yes. The 2015 article's photo shows"),
        ("Did Lei Jun speak at a product launch in Beijing in May 2015?", "No. The 2015 article's photo"),
        ("did lei jun talk about customer satisfaction in wuzhen?", "Yes. Lei Jun said what Xiaomi cares"),
        # ... words of reporting or one word name no event
        ("Did the WSJ report Lei Jun's comments from Wuzhen?", "Yes. Lei Jun said"),
        ("Is the Wall Street Journal the outlet credited with Lei Jun's Wuzhen quote?", "Yes. Lei Jun said"),
    ],
)
def test_route_session_58_event_said_of_another_place(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a place below the first in a market: no ranking names it
        (
            "who was second in china in q2 2015?",
            "The articles don't say which company was second in China. Xiaomi was the top smartphone",
        ),
        ("who was number two in china in 2017?", "The articles don't say which company was number two"),
        ("which is the second largest phone maker in china?", "The articles don't say which company was"),
        # ... "the second quarter" is a period, the leader asked
        (
            "who was the top smartphone company in china in the second quarter of 2015?",
            "Xiaomi was the top smartphone company in China in Q2 2015",
        ),
        ("is xiaomi the second most valuable startup?", "Yes. Xiaomi was valued at $46 billion"),
    ],
)
def test_route_session_58_place_below_the_first(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # confirmed by the company: whether the figure is official
        ("did xiaomi confirm selling 58 million phones in 2016?", "Not officially: that figure comes from"),
        ("did xiaomi confirm the 2016 figure?", "No. Xiaomi sold around 58 million smartphones in 2016"),
        # ... "confirm for me" asks the bot
        (
            "Confirm for me: Xiaomi sold around 58 million phones last year (2016).",
            "Yes. Xiaomi sold around 58 million smartphones in 2016",
        ),
    ],
)
def test_route_session_58_confirmed_by_the_company(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # each year's change against the other's, with the company's name or "its" before a year
        ("was xiaomi's 2016 drop bigger than its 2013 growth?", "Yes. Xiaomi's smartphone sales, 2015-2016"),
        ("was 2015's rise smaller than xiaomi's 2014 jump?", "Yes. Xiaomi's smartphone sales, 2014-2015"),
    ],
)
def test_route_session_58_each_years_change_with_its_owner(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # hedges said as "some", "ca.", "circa", "almost": checked roughly, never a thing asked
        ("Did Xiaomi sell some 7 million in 2012?", "Roughly, yes. Xiaomi sold 7.2 million"),
        ("did xiaomi sell ca. 7 million in 2012?", "Roughly, yes. Xiaomi sold 7.2 million"),
        ("Xiaomi sold almost 60 million phones in 2016?", "Roughly, yes. Xiaomi sold around 58 million"),
        ("circa 70 million in 2015?", "Yes. Xiaomi sold 70 million"),
        # ... "some" before no number is no hedge
        ("did xiaomi sell some phones in 2012?", "Xiaomi sold 7.2 million"),
    ],
)
def test_route_session_58_hedges_before_a_number(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # one article's figure asked, where the other gives another: both, each with its source
        (
            "According to the April 2017 piece, what were Xiaomi's 2014 smartphone sales?",
            "Xiaomi sold 61 million smartphones in 2014 [1]. Another article disagrees: Xiaomi sold 60"
            " million smartphones in 2014 [2].",
        ),
        # ... none where the articles agree or only one gives the figure
        ("2017 article 2013 sales?", "Xiaomi sold 18.7 million smartphones in 2013."),
    ],
)
def test_route_session_58_another_article_disagrees(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text
    assert "disagrees" not in answer.text or "2014" in question


@pytest.mark.parametrize(
    "question, start",
    [
        # money asked with a dollar sign is earnings, which the articles lack
        ("yo how much $$ did xiaomi make in 2k16 lol", "I don't have Xiaomi's earnings."),
        # the target a year was started with is its first, never the founding
        ("what sales target did xiaomi start 2015 with?", "Target: Xiaomi's original goal for 2015 was"),
        ("which goal did xiaomi enter 2015 with?", "Target: Xiaomi's original goal for 2015 was"),
        # a step from a peak named by its year: the year stepped to
        ("what did they sell in the year right before the 2015 peak?", "Sources disagree on 2014"),
    ],
)
def test_route_session_58_money_first_targets_and_named_peaks(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # a cut between two targets claimed of another year: no, with the cut there was
        (
            "Did Xiaomi scale back its goal from 100 million to 80 million in 2014?",
            "No: the articles give a cut of the 2015 target, not of a 2014 one.",
        ),
        ("did xiaomi cut its goal from 100m to 80m in 2015?", "Yes. The 2015 sales target went from 100"),
        ("the cut from 100m to 80m is what percent?", "The 2015 sales target went from 100 million to 80"),
    ],
)
def test_route_session_58_a_cut_of_two_targets_claimed_of_another_year(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # from a review: a remark naming the year or article the question needs is kept with it
        ("sales grew in 2014 but what was the growth rate?", "Xiaomi's smartphone sales grew from 18.7"),
        ("per the 2015 article but how many did they sell in 2014?", "Xiaomi sold 60 million smartphones"),
        ("Tim Cook would hate this but who's xiaomi's ceo", "Lei Jun is Xiaomi's CEO"),
        # ... a likeness to a year is the claim's own check, never two verdicts
        ("did sales hit 70m in 2015, same as 2014?", "No: only 2015 did."),
        # ... a target of another year with both checks agreeing keeps its verdict
        ("did they hit the 80m target in 2016?", "No. The 80 million target was for 2015, not 2016."),
        ("did 2016 sales beat the 80m target?", "No. Xiaomi sold around 58 million [1] smartphones in 2016"),
        # ... "second" of a time or a report ranks nothing
        ("who was top in china in the second three months of 2015?", "Xiaomi was the top smartphone"),
        # ... a header of letters run into a year that names the measure is a heading
        ("sales2015: how many?", "Xiaomi sold 70 million smartphones in 2015"),
        # ... a year started with a number claimed is checked against its first target
        ("did they start 2015 with an 80m target?", "No. Target: Xiaomi's original goal for 2015"),
    ],
)
def test_route_session_58_review_cases(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # from a second review: "they" after a remark on another company is that company
        ("huawei is big but what did they sell in 2015?", "I don't know Huawei's smartphone sales"),
        # ... never a company that only reports, nor one coinciding with a piece of an alias ("cool")
        (
            "canalys says q3 dropped, but how many did they sell in the first half of 2015?",
            "Xiaomi sold 34.7",
        ),
        ("the fitness trackers are cool, but how many smartphones did they sell in 2015?", "Xiaomi sold 70"),
        ("jony ive hates them but who is the ceo?", "Lei Jun is Xiaomi's CEO"),
        # ... the other article left out when asked
        ("what does the 2017 article say about 2014 sales, ignoring the other?", "Xiaomi sold 61 million"),
        # ... a target of a later year missed either way keeps its "No."
        ("did they reach their 80 million goal in 2014?", "No. The 80 million goal was for 2015, not 2014."),
        # ... an event word after the place is what was spoken of, no event placed
        ("did he speak in wuzhen about the photo?", "Target: Later in 2015 Lei Jun said"),
    ],
)
def test_route_session_58_second_review_cases(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text
    if "ignoring" in question:
        assert "disagrees" not in answer.text


@pytest.mark.parametrize(
    "question, start",
    [
        # the company's own word asked of a figure from reports
        ("was the 58 million figure for 2016 given by xiaomi itself?", "Not officially"),
        ("is the 58m for 2016 from the company?", "Not officially"),
        # a number expected is checked against the targets, never the sales
        ("did xiaomi expect 61 million in 2014?", "No: 61 million [1] was the smartphone sales"),
        ("was xiaomi expecting 100 million in 2015?", "Yes. Target: Xiaomi's original goal"),
        # a claim called false after it
        ("the 18.7 million for 2013 is wrong?", "No. Xiaomi sold 18.7 million"),
    ],
)
def test_route_session_59_claims_official_expected_and_called_false(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # a place asked of facts that name none: declined, with what the best says
        ("where did kevin wang make his prediction?", "The articles don't say where. Kevin Wang is"),
        ("where did jony ive make the theft remark?", "The articles don't say where. Apple design chief"),
        # ... never where a fact names the place, or the outlet that reported it is asked
        ("where is xiaomi based?", "Xiaomi is one of the largest China-based"),
        ("where was the Canalys finding about Xiaomi reported?", "Xiaomi's Q3 2015 smartphone sales"),
        # someone the articles never quote, asked what they called a thing: and who did
        ("what did Tim Cook call xiaomi's designs?", "The articles quote nobody named Tim Cook"),
        ("did tim cook call xiaomi's designs theft", "No. Apple design chief Jony Ive"),
    ],
)
def test_route_session_59_places_never_said_and_speakers_never_quoted(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # a thing made that no fact names: not said, with what the facts say is made
        ("does xiaomi make drones", "The articles don't say whether Xiaomi makes drones. Xiaomi also makes"),
        ("does xiaomi make fitness trackers", "Yes. Xiaomi also makes a number of other products"),
    ],
)
def test_route_session_59_a_product_never_named(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # review: a rank among the years after a claim, a role someone holds, someone who is nobody named
        ("xiaomi sold 58m in 2016. was that their lowest sales since 2013?", "Yes. Xiaomi sold around 58"),
        ("does lei jun make the decisions?", "Lei Jun said"),
        ("what did critics call xiaomi?", 'Xiaomi is known as the "Apple of China"'),
    ],
)
def test_route_session_59_review_of_the_claims_and_speakers(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # second review: a target of another year equalled is reached, never beaten
        (
            "did xiaomi beat its 2017 target in 2015?",
            "No. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        (
            "did 2015 sales reach the 2017 target?",
            "Yes. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        # ... "you" asked what it makes of something, or asked to make a chart, is no company
        ("what do you make of the 2016 drop?", "Xiaomi's smartphone sales fell from 70 million"),
    ],
)
def test_route_session_59_second_review(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # a calculation asked of a change is worked into the change, never into a year's figure
        (
            "what's half of the 2016 decline?",
            "Half of the fall in Xiaomi's smartphone sales from 2015 to 2016 (12 million) is 6 million.",
        ),
        (
            "double the 2015 growth",
            "Double the rise in Xiaomi's smartphone sales from 2014 to 2015 (9 million or 10 million) is "
            "18 million or 20 million",
        ),
        (
            "the gap between 2013 and 2014 sales, halved?",
            "Half of the rise in Xiaomi's smartphone sales from 2013 to 2014 (42.3 million or 41.3 million) "
            "is 21.15 million or 20.65 million",
        ),
        # ... and declined where it is a gap to a target, or between targets
        ("what's half of the 2015 shortfall?", "I can work a number into a year"),
        ("double the gap between the original and revised 2015 targets", "I can work a number into"),
        # a year's own figure is still the year's
        ("what's half of 2016 sales?", "Half of Xiaomi's smartphone sales in 2016 (around 58 million) is 29"),
    ],
)
def test_route_session_60_a_calculation_of_a_change(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # a year's change set against a span's, in the order named
        ("was the 2016 drop bigger than the 2014-2015 gain?", "Yes. Xiaomi's smartphone sales, 2015-2016"),
        ("was the 2014-2015 gain bigger than the 2016 drop?", "No. Xiaomi's smartphone sales, 2014-2015"),
    ],
)
def test_route_session_60_a_years_change_against_a_spans(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # the top spot, the top three of a market: a place in it, checked against its rankings
        ("is xiaomi in the top three in china now?", "No. In China, Huawei, OPPO and Vivo"),
        ("did xiaomi lose the top spot in china?", "Xiaomi was once the number one"),
        ("was xiaomi in the top 3 in china in q2 2015?", "Yes. Xiaomi was the top smartphone"),
        # ... and the top years are still the best years' sales
        ("what were xiaomi's top three years?", "Xiaomi's smartphone sales by year: 2014"),
    ],
)
def test_route_session_60_a_top_spot_in_a_market(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # phones counted by what befell them, a word no fact knows: not the phones sold
        ("how many xiaomi phones caught fire in 2015?", "The articles give Xiaomi's smartphone"),
        ("how many xiaomi phones were hacked in 2015?", "The articles give Xiaomi's smartphone"),
        # ... phones bought are phones sold, and a word elsewhere is no deed
        ("how many xiaomi phones were bought in 2013?", "Xiaomi sold 18.7 million smartphones in 2013."),
        ("how many mi phones went out the door in 2013", "Xiaomi sold 18.7 million smartphones in 2013."),
    ],
)
def test_route_session_60_phones_counted_by_another_deed(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # someone no article names said to set a target: no, with the target as given
        ("did tim cook set xiaomi's 100 million target?", "No. The articles don't say Tim Cook gave it."),
        ("was the 100m goal set by steve?", "No. The articles don't say Steve gave it."),
        # ... an outsider's number said to be the company's own
        ("is kevin wang's 70 million a xiaomi target?", "No: that figure is Kevin Wang's, not the company's"),
        ("did xiaomi say it expects to sell 70 million in 2017?", "No: that figure is Kevin Wang's"),
        # ... and the company's own, or the outsider's said to be his, stay yes
        ("did xiaomi set a 100 million target?", "Yes. Target: Xiaomi's original goal for 2015"),
        ("did kevin wang say xiaomi needs 70 million in 2017?", "Yes. Target: According to industry insider"),
    ],
)
def test_route_session_60_who_gave_a_target(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # the target before someone cut it: the target as first set leads
        ("What was Xiaomi's 2015 goal before Lei Jun scaled it back?", "Target: Xiaomi's original goal"),
    ],
)
def test_route_session_60_a_target_before_its_cut(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # review: whether sales doubled is a check, never a calculation of the change
        ("after the 2013 jump, had sales doubled?", "Yes. Xiaomi's smartphone sales in 2013 were 2.6 times"),
        # ... a change over a span, and a change of the other direction or in percent
        ("half the change from 2013 to 2015", "Half of the rise in Xiaomi's smartphone sales from 2013"),
        ("half of the drop in 2014", "I can work a number into a year's figure"),
        ("half of the 2016 drop in percent", "I can work a number into a year's figure"),
        # ... an amount claimed beside the sides of three years: a side that fails is a no, sides that
        # hold leave the margin unchecked
        ("was 2016 more than 20 million lower than 2015 but higher than 2013?", "Xiaomi's smartphone sales"),
        ("were 2016 sales lower than 2015 but higher than 2014 by more than 10%?", "No."),
        # ... the best year's top spot is a year; words of selling said otherwise are sales
        ("which year was the top spot for sales?", "Xiaomi's best year for smartphone sales"),
        ("how many phones were snapped up in 2015?", "Xiaomi sold 70 million smartphones in 2015"),
        ("how many phones reportedly in 2016?", "Xiaomi sold around 58 million smartphones in 2016"),
        ("how many xiaomi phones had battery problems in 2015?", "The articles give Xiaomi's smartphone"),
        # ... when sales were last above a number, and a part of a year asked lately
        ("what year were sales most recently above 60 million?", "Xiaomi's smartphone sales were more than"),
        ("what were xiaomi's sales of late 2014?", "I don't know Xiaomi's smartphone sales for late 2014"),
        # ... a figure and a colon is no chat stamp; a place and a dash before a year stays asked
        ("7.2 million: which year?", "That was 2012"),
        ("Asia - 2015 sales?", "I don't have Xiaomi's asia figures"),
    ],
)
def test_route_session_60_review(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text


@pytest.mark.parametrize(
    "question, start",
    [
        # second review: lately with a bound is still the latest year
        ("did xiaomi sell more than 60 million lately?", "No. Xiaomi sold around 58 million smartphones"),
        # ... what an outsider said, asked of him, is his; the goal before the cut is the first
        ("did kevin wang say xiaomi's target is 70 million?", "Yes. Target: According to industry insider"),
        ("what was the goal before lei jun scaled it back?", "Target: Xiaomi's original goal for 2015"),
        # ... a dotted day before who spoke, and holding the top spot is a place in a market
        ("10.04 Bob: sales in 2015?", "Xiaomi sold 70 million smartphones in 2015"),
        ("when did xiaomi hold the top spot?", "Xiaomi was the top smartphone company in China in Q2 2015"),
    ],
)
def test_route_session_60_second_review(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start), engine.answer(question).text
