"""Follow-ups fill only the slots they leave open; a new question starts afresh."""

import pytest

from bot.engine import Engine
from bot.understanding import Conversation, Operation
from bot.understanding.conversation import asked_again_of_a_year_named, asked_again_with_a_year_swapped
from tests.test_engine import states


def talk(engine: Engine, *turns: str):
    """The last turn's resolved frame and answer, after the turns before it."""
    conversation = Conversation()
    for turn in turns[:-1]:
        engine.answer(turn, conversation)
    return engine.understand(turns[-1], conversation), engine.answer(turns[-1], conversation)


@pytest.mark.parametrize(
    "turns, years, operation",
    [
        (("sales in 2013", "and 2015?"), (2015,), None),
        (("sales in 2013", "and 2015?", "add those up"), (2013, 2015), Operation.TOTAL),
        (("sales in 2013", "and 2015?", "difference between them"), (2013, 2015), Operation.CHANGE),
        (("sales in 2013", "and the best?"), (), Operation.BEST),  # best never inherits a year
        (("which was the best year?", "and the year before?"), (2014,), None),  # the year the answer found
        (("which was the best year?", "what was the target that year?"), (2015,), None),
        (("growth 2013 to 2014", "and 2015?"), (2015,), Operation.CHANGE),
        # one end of the last two years moved, named by its preposition or set against
        (("sales 2012", "growth to the year after?", "and to 2015?"), (2012, 2015), Operation.CHANGE),
        (
            ("xiaomi sales 2016", "down from 2015 by how much?", "and from 2014?"),
            (2014, 2016),
            Operation.CHANGE,
        ),
        (("xiaomi 2016 sales", "2016 vs 2012?", "and vs 2013?"), (2016, 2013), Operation.COMPARE),
        (("xiaomi sales 2013", "how much less than 2015?", "and 2016?"), (2013, 2016), Operation.COMPARE),
        (("xiaomi sales 2014 vs 2013 difference", "and vs 2012"), (2014, 2012), Operation.COMPARE),
        (("total 2012-2014", "and to 2016?"), (2012, 2013, 2014, 2015, 2016), Operation.TOTAL),  # every year
        (("growth 2014 to 2015", "and into 2016?"), (2016,), Operation.CHANGE),  # the change into 2016
        (("sales in 2013", "how many phones did xiaomi sell in 2016?"), (2016,), None),  # fresh
        (("best year?", "and the worst?", "by how much did they differ?"), (2012, 2015), Operation.CHANGE),
        # "then" after several years is a particle; after one year it is that year
        (("sales in 2015", "and 2016?", "whats the total then"), (2015, 2016), Operation.TOTAL),
        (("which was the best year?", "how much did it grow then?"), (2015,), Operation.CHANGE),
        # steps keep counting from the year the last answer named
        (("xiaomi 2016?", "and the year before that?", "and before that one?"), (2014,), None),
        # a change with a step is between that year and the one stepped to
        (("xiaomi 2013", "that year's growth over the year before?"), (2012, 2013), Operation.CHANGE),
        (("what about 2013", "growth from that year to the next?"), (2013, 2014), Operation.CHANGE),
        # "then" alone steps on a year; "overall" after growth is the growth over the whole span
        (("xiaomi 2013", "and then?"), (2014,), None),
        (("growth 2013 to 2014", "and then?"), (2015,), Operation.CHANGE),  # from the year before
        (
            ("growth 2012 to 2015", "and 2015 to 2016", "overall 2012 to 2016?"),
            (2012, 2016),
            Operation.CHANGE,
        ),
        (("growth 2012 to 2015", "overall total 2012 to 2016?"), (2012, 2016), Operation.TOTAL),
        # a percentage asked alone is the last comparison's, as a change
        (("xiaomi 2015 target", "how far short?", "and in percent?"), (2015,), Operation.GAP),
        (("2015 vs 2016", "as a percentage?"), (2015, 2016), Operation.CHANGE),
        # the year a "which year" answer found, not every year
        (("which year had 61 million?", "and the growth?"), (2014,), Operation.CHANGE),
        (("which year did sales fall?", "by how much in percent?"), (2015, 2016), Operation.CHANGE),
        (("years when xiaomi's sales grew", "and when they fell?"), (), Operation.CHANGE),  # asked anew
        (("what's canalys", "and the growth?"), (), Operation.CHANGE),  # a fact's year is no year asked
        # "the two years before that" are both years, "two years before that" the one
        (("xiaomi 2014", "and the two years before that combined?"), (2012, 2013), Operation.TOTAL),
        (("xiaomi 2013", "the three years after that, added up"), (2014, 2015, 2016), Operation.TOTAL),
        (("xiaomi 2016", "two years before that?"), (2014,), None),
        # "per year?" after a growth spreads it over its years; "compounded?" too
        (("growth from 2013 to 2015", "per year?"), (2013, 2015), Operation.CHANGE),
        (("growth 2012 to 2015", "compounded?"), (2012, 2015), Operation.CHANGE),
        (("growth 2012 to 2015", "and the average sales?"), (2012, 2013, 2014, 2015), Operation.AVERAGE),
        # "lower than the best year" after the worst: that year against the best one found
        (("what was the worst year?", "how much lower than the best year?"), (2012,), Operation.BEST),
        # ... and after one year asked, that year; never when both extremes are named
        (("xiaomi sales 2013?", "how far below the best year?"), (2013,), Operation.BEST),
        (("xiaomi sales 2016?", "best year vs worst?"), (), Operation.BEST),
        # "the decline after?" after a year: from that year to the next
        (("xiaomi 2015 sales", "and what was the decline after?"), (2015, 2016), Operation.CHANGE),
        (("xiaomi 2015 sales", "and the drop afterwards?"), (2015, 2016), Operation.CHANGE),
        # "by how much in percent?" after a check against a target: that gap again
        (
            ("xiaomi's 2014 sales", "did they beat the projection?", "by how much in percent?"),
            (2014,),
            Operation.GAP,
        ),
        (("xiaomi 2015 vs 2014", "by how much in percent?"), (2014, 2015), Operation.CHANGE),
        # a year compared in percent: the change from the year asked, not from the year before it
        (("2014 sales?", "and how does 2016 compare, in percent?"), (2014, 2016), Operation.CHANGE),
        (("2013 sales", "how does 2015 compare percentage-wise"), (2013, 2015), Operation.CHANGE),
        (("xiaomi 2014", "2016 percent drop compared yoy"), (2016,), Operation.CHANGE),  # from 2015
        # actual sales compared in percent after a target: against that target
        (
            ("what was the 2014 projection?", "how do actual sales compare, in percent?"),
            (2014,),
            Operation.GAP,
        ),
        # a margin asked after a target and then its year's sales: the sales against that target
        (("2014 projection", "and actual?", "by what %?"), (2014,), Operation.GAP),
        (("2014 projection", "vs sales", "diff?"), (2014,), Operation.GAP),
        (("2014 projection", "and actual?", "and 2015?"), (2015,), None),
        (("2014 projection", "and actual?", "growth yoy?"), (2014,), Operation.CHANGE),  # its own change
        (("2015 goal", "2015 sales", "did they grow?"), (2015,), Operation.CHANGE),
        (("2015 target", "2015 sales", "% off?"), (2015,), Operation.GAP),
        (
            ("what was the 2015 target?", "how did actual sales compare to it, up or down?"),
            (2015,),
            Operation.GAP,
        ),
        # "the final result" is the year's sales, not the final (revised) target
        (("2015 original goal", "how did the final result compare in percent"), (2015,), Operation.GAP),
        # a check of "those two years", "both": the years asked
        (("xiaomi 2015", "and 2016", "more than 120m across those two years?"), (2015, 2016), None),
        (("xiaomi 2015", "and 2016", "more than 50m in both?"), (2015, 2016), None),
        (("2012 sales", "and 2013?", "more than 20m combined?"), (2012, 2013), Operation.TOTAL),
        (("2015 sales", "2016 sales", "did those add up to more than 120m?"), (2015, 2016), Operation.TOTAL),
        (
            ("did xiaomi sell more than 50m in 2016?", "and more than 60m?"),
            (2016,),
            None,
        ),  # the same year again
    ],
)
def test_resolve_fills_years_and_operation(engine: Engine, turns, years, operation):
    frame, _ = talk(engine, *turns)
    assert (frame.years, frame.operation) == (years, operation)


def test_resolve_never_changes_its_input(engine: Engine):
    conversation = Conversation()
    engine.answer("sales in 2013", conversation)
    read = engine.reader.read("and 2015?")
    engine.understand("and 2015?", conversation)
    assert read == engine.reader.read("and 2015?") and conversation.frame.years == (2013,)


def test_resolve_another_company_keeps_the_question(engine: Engine):
    frame, answer = talk(engine, "xiaomi sales 2016", "and huawei?")
    assert frame.subjects == ("Huawei",) and frame.years == (2016,)
    assert not answer.answered and "58" not in answer.text


def test_resolve_pronoun_after_a_fact_is_about_the_person_it_named(engine: Engine):
    _, answer = talk(engine, "who said xiaomi needs to sell 70 million in 2017?", "who is he?")
    assert answer.answered and answer.text.startswith("Kevin Wang is an industry insider")


def test_resolve_they_after_a_list_of_rivals_is_the_rivals(engine: Engine):
    # "they" after an answer that named several other companies is those companies: no Xiaomi figure.
    frame, answer = talk(
        engine, "who are the brands beating xiaomi at home?", "how many did they sell in 2016?"
    )
    assert "Xiaomi" not in frame.subjects and not answer.answered and "58" not in answer.text
    # One other company named in passing (Apple) leaves "they" the company asked about.
    _, answer = talk(engine, "who called xiaomi's designs theft?", "how many phones did they sell in 2015?")
    assert answer.answered and "70 million" in answer.text


def test_resolve_rest_of_the_year_is_derived_from_two_sources(engine: Engine):
    _, answer = talk(
        engine, "how many phones did xiaomi sell in the first half of 2015?", "and the rest of the year?"
    )
    assert answer.answered and "35.3 million" in answer.text and "derived" in answer.text
    assert len(answer.sources) == 2


def test_resolve_unknown_year_follow_up_is_never_the_last_year(engine: Engine):
    _, answer = talk(engine, "sales in 2013", "and 2100?")
    assert not answer.answered and "18.7" not in answer.text


def test_remember_bounds_the_years_asked(engine: Engine):
    conversation = Conversation()
    for year in range(2000, 2030):
        engine.answer(f"sales in {year}", conversation)
    assert len(conversation.years_asked) == 12


def test_resolve_another_company_and_year_with_chatter(engine: Engine):
    frame, answer = talk(engine, "xiaomi 2014", "ok what about apple in 2015")
    assert frame.subjects == ("Apple",) and frame.years == (2015,)
    assert not answer.answered and answer.text.startswith("I don't know Apple's smartphone sales")


@pytest.mark.parametrize(
    "turns, start",
    [
        (
            ("when was xiaomi founded?", "how many phones did it sell that year?"),
            "I don't know Xiaomi's smartphone sales for 2010",
        ),
        (
            ("when was xiaomi founded?", "how many phones did it sell that year?", "and two years later?"),
            "Xiaomi sold 7.2 million",
        ),
        (("xiaomi sales 2015", "what was the goal?"), "Target: Xiaomi's original goal for 2015"),
        (
            ("how many phones in 2016?", "what is the 2017 goal?", "how much more is that?"),
            "For 2017 the target of 70 million is 12 million (+20.7%) more",
        ),
        (("xiaomi 2014 sales", "was that above the projection?", "by how much?"), "Xiaomi sold 61 million"),
        (("who is xiaomi's ceo", "what did he say about the 80 million target?"), "Target:"),
        (("xiaomi sales in 2013", "and in 2012", "ratio?"), "Xiaomi's smartphone sales in 2013 were 2.6 "),
        # small talk between turns leaves the conversation where it was
        (("xiaomi sales 2014", "lol ok", "and the year after"), "Xiaomi sold 70 million"),
        (("xiaomi sales 2012", "thanks!", "and 2013?"), "Xiaomi sold 18.7 million"),
        # a fact about the company after a figure: the company carries, the year does not
        (("xiaomi sales 2016", "who's their ceo?"), "Lei Jun"),
        (("xiaomi sales 2016", "how much do their phones cost?"), "Xiaomi sells low-cost"),
        # "it" after an answer naming a product is the product; after anything else, the company
        (("what's xiaomi's next flagship phone", "when is it launching?"), "Rumoured: April 18, 2017"),
        (("who's the ceo", "when was it founded?"), "Xiaomi was founded in 2010"),
        # where an answer comes from, however asked ("do you know" in "how do you know" is no filler)
        (
            ("xiaomi sales 2012", "where's that from?"),
            "Xiaomi sold 7.2 million smartphones in 2012. The 2017 article says",
        ),
        (
            ("xiaomi sales 2012", "how do you know"),
            "Xiaomi sold 7.2 million smartphones in 2012. The 2017 article says",
        ),
        # the gap between the years asked, or the years the last answers named
        (("what did xiaomi sell in 2015 and 2016", "gap between them?"), "Xiaomi's smartphone sales fell"),
        (
            ("which year was worst", "and best", "what's the gap between them"),
            "Xiaomi's smartphone sales grew",
        ),
        # the rest of the year, and what was left to reach a target after its first half
        (
            ("how many in h1 2015", "and the full year", "what's that minus the first half"),
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        (
            ("first half 2015", "how much more did they need to hit 80m after that"),
            "After 34.7 million in the first half of 2015, Xiaomi needed 45.3 million more",
        ),
        # a ratio for a year already asked is against the other year asked
        (
            ("xiaomi 2012", "and 2016", "how many times more in 2016"),
            "Xiaomi's smartphone sales in 2016 were 8.1 (8.06) times those of 2012",
        ),
        # "that one" after a target is that target, beaten or not
        (
            ("what was the 2015 goal", "what about the year before", "did they beat that one"),
            "Yes. Xiaomi sold",
        ),
        (("what was the 2015 goal", "did they hit it"), "No. Xiaomi sold 70 million"),
        # "what about 2017": the year the check is about, which has no sales, not 2015's against it
        (
            ("xiaomi sales in 2015?", "what about 2017 - did they hit it?"),
            "I have no smartphone sales for 2017 to check the target against.",
        ),
        (("xiaomi 2014 target", "and 2015, did they reach it?"), "No. Xiaomi sold 70 million"),
        # a target stated, then whether it was reached: sales against it, not the target confirmed
        (
            ("at the start of 2015 xiaomi aimed for 100 million. did they get there?",),
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        # a vague part of a year is declined for sales, and is the year for a target
        (("what was the goal at the start of 2015?",), "Target: Xiaomi's original goal for 2015"),
        (
            ("how many phones did xiaomi sell in the holiday quarter of 2015",),
            "I don't know Xiaomi's smartphone sales for the holiday season of 2015.",
        ),
        (("xiaomi 2015 sales", "and in late 2015?"), "I don't know Xiaomi's smartphone sales for late 2015."),
        # a number no target is, after one year's sales: that year's sales against it
        (
            ("hey bot, xiaomi units 2016?", "how much short of 100 million"),
            "Xiaomi sold around 58 million smartphones in 2016, 42 million short of 100 million "
            "(72.4% more to reach it).",
        ),
        (
            ("number of phones xiaomi sold 2014", "how short of 50m was that"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 11 million (22%) more than 50 million. "
            "Xiaomi sold 60 million [2] smartphones in 2014, 10 million (20%) more than 50 million.",
        ),
        # ... and a target's number is that target
        (
            ("xiaomi 2015", "how far from 100 million"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target",
        ),
        # "last year" in a follow-up counts from the year talked about, never repeats it
        (("how many smartphones xiaomi shift in 2015?", "and last year?"), "Sources disagree on 2014"),
        (("xiaomi 2016 sales pls", "and last year's?"), "Xiaomi sold 70 million smartphones in 2015"),
        # an outlet the articles quote, for a figure it never gave: said so, with the articles' figure
        (
            ("what did the wall street journal report for 2015 sales",),
            "The articles give no smartphone sales for 2015 from Wall Street Journal. They give: Xiaomi",
        ),
        (("what did canalys report for q3 2015",), "Xiaomi's Q3 2015 smartphone sales dropped year on year"),
        # the years a multiple was reached from the year before, by every pairing of sources
        (
            ("in which year did xiaomi sales triple",),
            "Xiaomi's smartphone sales tripled in 2014: 60 million [1] after 18.7 million [2], 3.2 times; "
            "or 61 million [2] after 18.7 million [2], 3.3 times.",
        ),
        (("did sales ever double year over year",), "Yes. Xiaomi's smartphone sales doubled in 2013"),
        (("when did sales quadruple",), "Xiaomi's smartphone sales never quadrupled from one year"),
        # the best or worst few years, by their figures
        (
            ("average of the two best years",),
            "Xiaomi's smartphone sales averaged 65.5 million a year over 2014-2015",
        ),
        (
            ("average of the 3 worst years",),
            "Xiaomi's smartphone sales averaged 27.97 million a year over 2012, 2013 and 2016",
        ),
        (("worst two years",), "Xiaomi's smartphone sales by year: 2012: 7.2 million; 2013: 18.7 million."),
        # years counted by the way sales went, and "not grow" asks the other way
        (
            ("how many years did xiaomi sales grow",),
            "Xiaomi's smartphone sales grew in 3 of the 4 years after 2012: 2013, 2014 and 2015.",
        ),
        (("which year didn't see growth",), "Xiaomi's smartphone sales fell in 2016"),
        (("did sales not grow in 2016?",), "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        (("did sales grow every year?",), "No. Xiaomi's smartphone sales fell in 2016"),
        # sums and rankings of targets are of the company's own, an outsider's figure said to be left out
        (
            ("sum of all xiaomi sales targets",),
            "Xiaomi's sales target for 2014-2015 add up to 140 million [1] (120 million with 80 million [1] "
            "for 2015). Kevin Wang's 70 million for 2017 is left out: an outsider's figure",
        ),
        (("lowest target",), "Xiaomi's weakest year for sales target in 2014-2015 was 2014, with 40 million"),
        # ... unless its year is asked
        (
            ("total of the 2015 and 2017 targets",),
            "Xiaomi's sales target for 2015 and 2017 add up to 170 million",
        ),
        # "plus the next year": both years, added up
        (
            ("xiaomi 2012 sales pls", "plus the next year?"),
            "Xiaomi's smartphone sales for 2012-2013 add up to 25.9 million.",
        ),
        (
            ("xiaomi sales 2016?", "add the year before"),
            "Xiaomi's smartphone sales for 2015-2016 add up to 128 million.",
        ),
        # growth after a span of three years or more is over the span, first year to last
        (
            ("xiaomi units 2012 thru 2014", "growth in %?"),
            "Xiaomi's smartphone sales grew from 7.2 million [1] in 2012 to 61 million [1] in 2014",
        ),
        (
            ("how many phones did xiaomi sell 2012-2016", "change?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to around 58 million in 2016",
        ),
        # a year's figure spread over its quarters, asked as an average
        (
            ("quarterly average 2012",),
            "Xiaomi sold 7.2 million smartphones in 2012. Spread evenly over 2012, that is about 1.8",
        ),
        # a fact asked in passing leaves the figures asked before it to work on
        (
            ("xiaomi 2013 and 2014 sales?", "what's the valuation btw?", "sum?"),
            "Xiaomi's smartphone sales for 2013-2014 add up to 79.7 million [1]",
        ),
        (
            ("xiaomi 2012 and 2013 sales?", "who's the ceo again?", "growth?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 18.7 million in 2013",
        ),
        (
            ("xiaomi shipped how many in 2013", "who is kevin wang btw", "ok back to sales - double it"),
            "Double Xiaomi's smartphone sales in 2013 (18.7 million) is 37.4 million.",
        ),
        # a number no target is, in one question: the year's sales against it
        (
            ("how far is 2014 from 70 million",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 9 million short of 70 million "
            "(14.8% more to reach it). Xiaomi sold 60 million [2] smartphones in 2014, 10 million short of "
            "70 million (16.7% more to reach it).",
        ),
        (
            ("is 70 million more than the 2014 projection",),
            "Yes. 70 million is 30 million more than the 2014 projection",
        ),
        # from a review of the session's changes: each rule only where it belongs
        (
            ("xiaomi 2016 sales", "change from last year?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        (("was 2016 over 15% lower than 2015?",), "Yes."),
        (("was 2015 more than 10% higher than 2014?",), "Yes."),
        (("the 2015 target was 100m phones sold",), "Yes. Target: Xiaomi's original goal for 2015"),
        (("did they sell more or less 70 million in 2015?",), "Yes. Xiaomi sold 70 million"),
        (
            ("xiaomi holiday sales 2015",),
            "I don't know Xiaomi's smartphone sales for the holiday season of 2015.",
        ),
        (
            ("xiaomi 2015 sales", "12 million less in 2016?"),
            "Yes. Xiaomi's smartphone sales were higher in 2015",
        ),
        (
            ("is 2014 roughly 3 times 18.7?",),
            "Yes. Xiaomi's smartphone sales in 2014 were 3.3 or 3.2 (3.26 or 3.21) times",
        ),
        (
            ("2013 sales", "2014 and 2015 sales", "total of all three years?"),
            "Xiaomi's smartphone sales for 2013-2015 add up to 149.7",
        ),
        (("did shipments fall 2016",), "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        (
            ("xiaomi 2015", "0% more?"),
            "Xiaomi's smartphone sales in 2015 (70 million) plus 0% is 70 million.",
        ),
        (
            ("xiaomi 2015 sales", "did they beat last year?"),
            "Yes. Xiaomi's smartphone sales were higher in 2015",
        ),
        (
            ("xiaomi h1 2015", "and last year?"),
            "I don't know Xiaomi's smartphone sales for the first half of 2014.",
        ),
        (
            ("2014 and 2015 sales", "plus the next year?"),
            "Xiaomi's smartphone sales for 2014-2016 add up to 189 million [1]",
        ),
        (
            ("which were the two best years for growth?",),
            "The largest year-on-year rise in Xiaomi's smartphone sales was in 2014",
        ),
        (
            ("what was the original goal for 2015 vs 2014 sales?",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short",
        ),
        (
            ("xiaomi 2015 sales", "20% of it was h1?"),
            "No. Xiaomi's smartphone sales in the first half of 2015",
        ),
        (
            ("xiaomi 2015 sales", "was that more than last year?"),
            "Yes. Xiaomi's smartphone sales were higher",
        ),
        (
            ("xiaomi 2016 sales", "so 17% down?"),
            "Yes. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),  # the fall checked, no 17% of it worked out
        (
            ("take the total excluding 2015",),
            "Xiaomi's smartphone sales for 2012, 2013, 2014 and 2016 add up to",
        ),
        (("xiaomi 2016 sales", "and two years ago?"), "Sources disagree on 2014"),
        (("two years ago how many did xiaomi sell",), "Which year do you mean?"),
        (
            ("growth from the start of 2013 to 2015",),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70",
        ),
        (
            ("how many had they sold by the start of 2016?",),
            "I don't know Xiaomi's smartphone sales for early 2016.",
        ),
        # one year against the average year, with every source's average
        (
            ("was 2016 above the average",),
            "Yes. Xiaomi sold around 58 million [1] smartphones in 2016, 15.02 million or 15.22 million "
            "(34.9% or 35.6%) above the 2012-2016 average of 42.98 million or 42.78 million a year [2].",
        ),
        (("was 2013 below average",), "Yes. Xiaomi sold 18.7 million"),
        # a dispute over a figure is settled by the sources, both of them
        (
            ("my friend says xiaomi sold 60 million in 2014, I say 61, who is correct",),
            "Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2]",
        ),
        # the articles themselves: how many, their headlines
        (("how many articles do you have",), "My figures come from 2 articles:"),
        # after the best and worst years, between the two; "the runner-up" is the second
        (
            ("best and worst years", "difference?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70 million in 2015",
        ),
        (
            ("best year", "and the runner-up?"),
            "Xiaomi's second best year for smartphone sales in 2012-2016 was 2014",
        ),
        (
            ("worst year", "and the next worst?"),
            "Xiaomi's second weakest year for smartphone sales in 2012-2016 was 2013",
        ),
        # a best year, total or average over every year but those left out
        (
            ("excluding 2015, what was the best year",),
            "Xiaomi's best year for smartphone sales in 2012, 2013, 2014 and 2016 was 2014",
        ),
        (("total without 2014",), "Xiaomi's smartphone sales for 2012, 2013, 2015 and 2016 add up to"),
        # the years not past a number are on its other side
        (
            ("which year did xiaomi not sell over 50 million",),
            "Xiaomi's smartphone sales were at most 50 million in 2 years, 2012 and 2013",
        ),
        # a change claimed in percent is checked, of the year it is measured against
        (("is 2015 20% more than 2014",), "No. Xiaomi's smartphone sales were higher in 2015"),
        (("was 2016 17% lower than 2015",), "Yes. Xiaomi's smartphone sales were higher in 2015"),
        (("was 2014 226% higher than 2013",), "One source says so."),
        # fractions and percentages of a year's figure
        (
            ("a quarter of 2016 sales",),
            "A quarter of Xiaomi's smartphone sales in 2016 (around 58 million) is 14.5",
        ),
        (
            ("what's 20% more than 2016 sales",),
            "Xiaomi's smartphone sales in 2016 (around 58 million) plus 20% is 69.6",
        ),
        (
            ("what is 10% of 2015 sales",),
            "10% of Xiaomi's smartphone sales in 2015 (70 million) is 7 million.",
        ),
        # a bare year set against another year's target is that year's sales
        (
            ("2016 vs the original 2015 goal",),
            "Xiaomi sold around 58 million [1] smartphones in 2016, 42 million short",
        ),
        (
            ("2013 vs 2014 projection",),
            "Xiaomi sold 18.7 million [1] smartphones in 2013, 21.3 million short",
        ),
        # a plan, an intention or an ambition for a year is its target, never its sales
        (("what was the plan for 2015",), "Target: Xiaomi's original goal for 2015 was to sell 100 million"),
        (("how many did xiaomi intend to sell in 2015",), "Target: Xiaomi's original goal for 2015"),
        # ... but a number said to be sold is checked as sales, and a plan for a place is a fact
        (("2015 = 100m phones sold, since that was the plan",), "No: 100 million [1] was the sales target."),
        (("When does Xiaomi plan to go into the US?",), "Expected: Xiaomi planned to launch in the US"),
        # "did it beat 2014?" after a year's sales: the two years' sales, no target
        (("xiaomi 2015 sales", "did it beat 2014?"), "Yes. Xiaomi's smartphone sales were higher in 2015"),
        (("xiaomi 2016 sales", "did it top 2015"), "No. Xiaomi's smartphone sales were higher in 2015"),
        (
            ("xiaomi 2015 sales", "did it beat the 2014 projection?"),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30 million more",
        ),
        # a sum after a question of two years is of those two, not of every year asked on the way
        (
            ("xiaomi 2012", "and 2013", "2015 vs 2016", "sum?"),
            "Xiaomi's smartphone sales for 2015-2016 add up to 128 million.",
        ),
        # a product's date asked after a figure is that product's, no figure of it
        (
            ("xiaomi 2015 sales", "when's the mi 6 out btw"),
            "Expected: Xiaomi's new flagship, the Mi 6, was expected",
        ),
        # a sign, a slash or "less" work an amount or a number into the last figure
        (
            ("xiaomi 2015 sales", "+5 million?"),
            "Xiaomi's smartphone sales in 2015 (70 million) plus 5 million is 75",
        ),
        (
            ("xiaomi 2015 sales", "-10m"),
            "Xiaomi's smartphone sales in 2015 (70 million) minus 10 million is 60",
        ),
        (
            ("xiaomi 2015 sales", "and 5 million less?"),
            "Xiaomi's smartphone sales in 2015 (70 million) minus 5",
        ),
        (
            ("xiaomi 2015 sales", "that / 4"),
            "Xiaomi's smartphone sales in 2015 (70 million) divided by 4 is 17.5",
        ),
        # "halve it" after who or where: the figure asked before, not the person
        (
            ("xiaomi 2013 sales", "who's the ceo again?", "halve it"),
            "Half of Xiaomi's smartphone sales in 2013 (18.7 million) is 9.35 million.",
        ),
        # a month alone after a year: that month, which no figure gives ("and in march?" is no question
        # of what happened then, which "what happened in march?" is)
        (("xiaomi 2015 sales", "and january?"), "I don't know Xiaomi's smartphone sales for January 2015."),
        (("xiaomi 2015", "and in march?"), "I don't know Xiaomi's smartphone sales for March 2015."),
        (
            ("xiaomi 2015", "what happened in march?"),
            "Target: In March 2015, CEO Lei Jun scaled the 2015 goal back",
        ),
        # ... and after what happened in a month, what happened in the next
        (
            ("what happened with xiaomi in july 2015", "and in august?"),
            "Xiaomi was the top smartphone company in China in Q2 2015",
        ),
        # what happened, asked alone after a plan: the sales of the plan's year; and then a multiple
        # asked is of the plan
        (("what was xiaomi's 2014 projection?", "what did they end up with?"), "Sources disagree on 2014"),
        (("xiaomi 2015 target", "and actually?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("who is xiaomi's ceo?", "actually?"), "Ask me"),  # after a fact, chat
        (
            ("what was the 2014 projection?", "and actual?", "how did it turn out?"),
            "Sources disagree on 2014",
        ),
        (
            (
                "what was the 2015 target?",
                "how many did they sell that year?",
                "how many times more than a year earlier?",
            ),
            "Xiaomi's smartphone sales in 2015 were 1.1 or 1.2",
        ),
        (
            ("how many phones did xiaomi sell in 2015?", "what was the actual total?"),
            "Xiaomi sold 70 million",
        ),
        # a month alone after a target asked: the month a word of the target's facts (the March cut)
        (
            ("what was the revised 2015 goal?", "the real number?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (("best year?", "actually?"), "Ask me"),  # after a ranking, chat
        # an article's figure asked of the other: checked against both
        (
            ("the older article says 60m for 2014, does the newer one agree?",),
            "One source says so. Sources disagree on 2014",
        ),
        # "ever" past a number: any year, never the one asked before
        (
            ("xiaomi 2016 sales", "did they ever sell more than 60m?"),
            "Yes. Xiaomi's smartphone sales were more",
        ),
        # a month asked once, declined, is not carried on
        (
            ("sales 2015", "and in may?", "growth?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014",
        ),
        # an unknown company named once, declined, is not carried on
        (("sales 2015", "and Honor?", "and 2016?"), "Xiaomi sold around 58 million smartphones in 2016"),
        (("what was the 2015 goal?", "and in march?"), "Target: In March 2015, CEO Lei Jun scaled"),
        (
            ("xiaomi's 2014 forecast", "and the real number?", "how many times bigger?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million [2] by 21"
            " million (52.5% above it, 152.5% of it), 1.5 times it.",
        ),
        # a follow-up naming only a company nobody knows: never the main subject's figure
        (("xiaomi sales 2015", "and Honor?"), "I don't know Honor's smartphone sales"),
        (("xiaomi 2015 target", "and Honor's target?"), "I don't know Honor's sales target"),
        (("xiaomi 2013 sales", "the following one?"), "Sources disagree on 2014"),
        (
            ("sales for 2013 and 2014 pls", "by what %?"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013",
        ),
        # a number worked into the last figure, every source's
        (
            ("xiaomi 2013 sales?", "minus 10 million?"),
            "Xiaomi's smartphone sales in 2013 (18.7 million) minus 10 million is 8.7 million.",
        ),
        (
            ("xiaomi 2013 sales?", "times 4?"),
            "Four times Xiaomi's smartphone sales in 2013 (18.7 million) is 74.8 million.",
        ),
        (
            ("2015 sales", "what is 20% of that"),
            "20% of Xiaomi's smartphone sales in 2015 (70 million) is 14 million.",
        ),
        (
            ("2015 sales", "and 10% more?"),
            "Xiaomi's smartphone sales in 2015 (70 million) plus 10% is 77 million.",
        ),
        (
            ("xiaomi 2014 sales plus 5 million",),
            "Xiaomi's smartphone sales in 2014 (61 million [1]) plus 5 million is 66 million. "
            "Xiaomi's smartphone sales in 2014 (60 million [2]) plus 5 million is 65 million. Sources",
        ),
        (
            ("2015 sales divided by 4",),
            "Xiaomi's smartphone sales in 2015 (70 million) divided by 4 is 17.5 million.",
        ),
        # why it dropped, after two years compared: the later one's reason
        (
            ("xiaomi 2016 sales", "how does that compare to 2015", "why did it drop"),
            "Xiaomi said it is in a transition period",
        ),
        # "they" are the rivals just named, measured against the company named
        (
            ("who are xiaomis competitors in china", "did they sell more than xiaomi"),
            "I have no smartphone sales",
        ),
        # a company named by its place in the last answer
        (
            (
                "who's ahead of xiaomi in china in 2017?",
                "how many phones did the first one you mentioned sell?",
            ),
            "I don't know Huawei's smartphone sales",
        ),
        # a correction keeps the rest of the question: the first half, the difference
        (
            ("how many phones did xiaomi sell in the first half of 2016?", "oops, 2015 I mean"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (
            ("difference between 2015 and 2016 sales?", "I mean between 2013 and 2015"),
            "Xiaomi's smartphone sales grew",
        ),
        (("what did xiaomi sell in 2016", "oops typo, 2015 not 16"), "Xiaomi sold 70 million"),
        # the years asked, by their order
        (
            ("how many phones did xiaomi sell in 2013", "2014?", "ratio of the second to the first?"),
            "Xiaomi's smartphone sales in 2014 were 3.3 or 3.2 (3.26 or 3.21) times",
        ),
        # a change against a year named with "vs", after small talk
        (
            ("2016 sales?", "🤔", "percent drop vs 2015?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        # shares of the year and of a target, after the first half
        (
            (
                "full-year 2015 sales",
                "and the first half?",
                "so how much of the year's total was that, in percent?",
            ),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 49.6% of the year's",
        ),
        (
            ("what was the first-half 2015 number", "what share of the original 100m goal is that"),
            "Xiaomi's 34.7 million in the first half of 2015 was 34.7% of its target of 100 million",
        ),
        # a gap asked of the target just named
        (
            ("xiaomi 2015 sales?", "and the original goal", "so how many short?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        # a bare two-digit year in a short follow-up, and chat spellings
        (("2012 xiaomi sales", "and 13?"), "Xiaomi sold 18.7 million smartphones in 2013"),
        (("xiaomi sold how many in 2015", "n 16"), "Xiaomi sold around 58 million"),
        (("xiaomi sales 2015", "k", "the one b4 that?"), "Sources disagree on 2014"),
        # the last question again, or with its company or product corrected
        (("xiaomi sold 61 million in 2014 right?", "are you sure?"), "One source says so."),
        (("who's the ceo of huawei", "sorry, xiaomi"), "Lei Jun is Xiaomi's CEO"),
        (("xiaomi 2015 sales", "are you certain?"), "Xiaomi sold 70 million"),  # never "a certain amount"
        (("sales in 2015", "in lakh?"), "Xiaomi sold 70 million smartphones in 2015, its most successful"),
        (
            ("xiaomi 2013 sales pls", "in thousands?"),
            "Xiaomi sold 18.7 million smartphones in 2013. In thousands",
        ),
        # the year named after "on", "below", "than" is the one measured against
        (
            ("xiaomi phone sales 2015", "and the growth on 2014 in percent"),
            "Xiaomi's smartphone sales grew from 61",
        ),
        (
            ("xiaomi 2016 sales", "percent below 2015?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        # "this year" is now, which the bot asks about, never the year talked about
        (("xiaomi sales 2016", "and this year?"), "Which year do you mean?"),
        # "the one in between" the last two years asked
        (("xiaomi 2013", "2015", "and the one in between?"), "Sources disagree on 2014"),
        (
            ("xiaomi 2014 sales", "2016 sales", "what's the difference in between?"),
            "Xiaomi's smartphone sales fell from 61",
        ),
        (
            ("xiaomi 2012", "and 2015", "what about the years in between?"),
            "Xiaomi sold 18.7 million smartphones in 2013",
        ),
        # a year counted from the figure asked before a question about a person
        (("xiaomi 2015 sales", "who is lei jun", "and the year before?"), "Sources disagree on 2014"),
        # a message not understood and naming nothing leaves the conversation where it was
        (
            ("xiaomi sales in 2016", "do you like cats?", "how much lower than 2015 was that?"),
            "Xiaomi's smartphone sales were higher in 2015",
        ),
        # one article's two targets for a year are a revision, not a disagreement
        (
            ("xiaomi 2015 targets", "difference between the two?"),
            "The 2015 sales target went from 100 million to 80 million",
        ),
        (("when is the mi 5 launching?", "typo, mi 6"), "Rumoured: April 18, 2017"),
        # a new question announced, and a city asked of the last fact
        (("first half 2015?", "new q: who is Kevin Wang?"), "Kevin Wang is an industry insider"),
        (
            ("when was the photo of lei jun at the product launch taken?", "which city was that in?"),
            "The 2015 article's photo shows Xiaomi CEO Lei Jun",
        ),
        # a year named by its place among the years asked
        (
            ("sales in 2012 and 2013?", "the first one you said, what was it again?"),
            "Xiaomi sold 7.2 million",
        ),
        # a guess to check is a yes or no question
        (("2016 sales", "i guess that was less than 2015"), "Yes."),
        # a half named after a gap to a target: that half's figure, or what was left after it
        (
            (
                "what was the first-half 2015 number",
                "what share of the original 100m goal is that",
                "h1 2015",
            ),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (
            ("how far short of the 2015 target were they", "and in the first half?"),
            "After 34.7 million in the first half",
        ),
        # by place among the companies the last answer named: the last, and one past the end
        (
            ("who's ahead of xiaomi in china in 2017?", "how many did the last one you named sell?"),
            "I don't know Vivo's",
        ),
        (
            ("who's ahead of xiaomi in china in 2017?", "sales of the third one you mentioned?"),
            "I don't know Vivo's",
        ),
        # "it" after a best year is that year; a miss asked after a target check is that gap
        (
            ("best year", "by how much was it better than 2014"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70",
        ),
        (
            ("was the 80m target hit", "by how much missed"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million",
        ),
        # the other article: the same question, from the articles the last answer did not cite
        (
            ("what does the 2017 article give for xiaomi's 2014 sales?", "and the other article?"),
            "Xiaomi sold 60 million smartphones in 2014 [1]. Another article disagrees: Xiaomi sold 61",
        ),
        (
            ("how many phones in 2014 per the 2017 article", "what does the other article say"),
            "Xiaomi sold 60 million",
        ),
        # a year set aside in front of the one meant
        (("how many phones did xiaomi sell in 2015", "not 2015, 2014"), "Sources disagree on 2014"),
        # best, worst and the biggest change look across every year, never just the last asked
        (("xiaomi sales 2014", "best year overall?"), "Xiaomi's best year for smartphone sales in 2012-2016"),
        (("xiaomi sales 2013", "which year was the biggest drop"), "The largest year-on-year drop"),
        # steps written loosely, a year named by its place, a number written bare or roughly
        (("xiaomi 2015", "one year earlier?"), "Sources disagree on 2014"),
        (("xiaomi 2016", "how about 2 years prior"), "Sources disagree on 2014"),
        (("xiaomi 2016 sales", "and the year prior"), "Xiaomi sold 70 million"),
        (("xiaomi 2013", "two years on?"), "Xiaomi sold 70 million"),
        (("xiaomi 2012 sales", "and 2013", "whats the first one again"), "Xiaomi sold 7.2 million"),
        (("xiaomi 2015 sales", "wasnt it 80?"), "No: 80 million [1] was the sales target."),
        (("xiaomi 2013", "you sure it wasnt 17.8?"), "No. Xiaomi sold 18.7 million"),
        (("xiaomi sales 2014", "so it was 61?"), "One source says so."),
        (("xiaomi h1 2015 sales", "so like 35m?"), "Roughly, yes. Xiaomi sold 34.7 million"),
        # "that year" after a fact that dates one thing, or after the target revised
        (("when was xiaomi top in china", "how many phones did it sell that year"), "Xiaomi sold 70 million"),
        (
            ("when did lei jun scale back the goal", "how many did they sell that year"),
            "Xiaomi sold 70 million",
        ),
        (
            ("when is the mi 6 launching", "sales that year?"),
            "I don't know Xiaomi's smartphone sales for 2017",
        ),
        # an amount after a fact checks that fact
        (("xiaomi prices", "so max 300 bucks?"), "Yes. Xiaomi sells"),
        (("xiaomi prices", "so max $400?"), "No. Xiaomi sells"),
        (("xiaomi valuation", "so 50 billion?"), "No. Xiaomi was valued at $46 billion"),
        # what is left of a target after a half, the half's share, how much of a target was met
        (
            ("xiaomi h1 2015 sales", "how much left to hit 80m"),
            "After 34.7 million in the first half of 2015",
        ),
        (
            ("xiaomi h1 2015 sales", "what % of 2015 total is that"),
            "Xiaomi's smartphone sales in the first half",
        ),
        (
            ("xiaomi 2015 target", "% of goal achieved?"),
            "Xiaomi's 70 million [1] in 2015 was 70% of its target",
        ),
        (
            ("xiaomi 2016", "what % of 2015 is that"),
            "Xiaomi's smartphone sales in 2016 (around 58 million) were 82.9%",
        ),
        # the companies a fact named, a set-aside company, the change just asked about, the best year
        (
            ("Which competitors are named in the 2017 article?", "how many phones did they sell?"),
            "I have no smartphone sales for Huawei, OPPO or Vivo.",
        ),
        (
            (
                "How many phones did Xiaomi sell in 2012?",
                "what about Huawei?",
                "ok forget Huawei, what about Xiaomi the year after?",
            ),
            "Xiaomi sold 18.7 million",
        ),
        (
            ("Q3 2015 sales fell, right?", "by how many units?"),
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given)",
        ),
        (
            ("Xiaomi's worst year in the data?", "how many times bigger was the best year than that?"),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times those of 2012.",
        ),
        (
            ("What were 2015 sales?", "and how much of the revised target was that?"),
            "Xiaomi's 70 million [1] in 2015 was 87.5%",
        ),
        (
            ("Who is the CEO of Xiaomi?", "was he the one who called the designs theft?"),
            "No. Apple design chief Jony Ive",
        ),
        # found by review: a bare number after a change, "the first one" beside a company, the measure kept
        (("xiaomi 2015 growth", "wasnt it 15?"), "I don't know"),
        (
            ("xiaomi sales 2014", "xiaomi sales 2015", "what was the target for the first one?"),
            "Projection: Xiaomi projected 40 million",
        ),
        (
            ("xiaomi sales 2015", "is that more than the 2014 projection"),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30 million more",
        ),
        (
            ("xiaomi avg sales 2012 to 2016", "and without 2016"),
            "Xiaomi's smartphone sales averaged 39.23 million a year over 2012-2015",
        ),
        (
            ("xiaomi 2015 sales", "what was the target", "so did they hit it", "by how much"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        (
            ("xiaomi 2013", "what percent of the 2015 target is that"),
            "Xiaomi's 18.7 million [1] in 2013 was 18.7% of its 2015 target",
        ),
        (
            ("xiaomi 2014", "is that more than the 2015 h1"),
            "Yes. Xiaomi's smartphone sales in 2014 (61 million [1]) against the first half of 2015",
        ),
        (
            ("xiaomi 2013 sales", "in March of that year?"),
            "I don't know Xiaomi's smartphone sales for March 2013. I have them for 2012-2016 and",
        ),
        (
            ("hows the weather in beijing", "and 2015?"),
            "Xiaomi sold 70 million",
        ),  # off topic leaves no place behind
        (("xiaomi 2012", "the year after next?"), "Sources disagree on 2014"),
        (("xiaomi 2016", "the year before last?"), "Sources disagree on 2014"),
        (
            ("did sales ever fall?", "when?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        (
            ("xiaomi 2015 sales", "what was the target", "how far off?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        (
            ("how much did lei jun cut the 2015 target by", "percentage reduction?"),
            "The 2015 sales target went from 100 million to 80 million",
        ),
        (
            ("xiaomi 2013 sales", "were 2015 sales about double that?"),
            "No. Xiaomi's smartphone sales in 2015 were 3.7 (3.74) times those of 2013.",  # not about double
        ),
        (
            ("xiaomi 2014 sales", "as a share of the original 2015 goal?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short of the 2015 target",
        ),
        (
            ("xiaomi 2016 sales", "who said that?"),
            "Xiaomi sold around 58 million smartphones in 2016 (according to reports). The 2017 article says",
        ),
        (("what was the 2017 target", "who said that?"), "Target: According to industry insider Kevin Wang"),
        (("2016 sales?", "the 2017 target is what percent of that?"), "I can't work out"),  # never inverted
        (("was 2016 lower than 2015?", "how far off?"), "Xiaomi's smartphone sales were higher in 2015"),
        (("what was the best year?", "when?"), "Xiaomi's best year"),  # no "Yes."
        (
            ("did they hit the 2015 target?", "by how much did sales grow?"),
            "Xiaomi's smartphone sales grew from 61 million",
        ),
        # a multiple of another year, written "3x"
        (
            ("xiaomi 2014", "so basically 3x 2013?"),
            "Xiaomi's smartphone sales in 2014 were 3.3 or 3.2 (3.26 or 3.21) times",
        ),
        # "he" after a fact is its person, even beside the company named
        (("who is kevin wang", "what number does he say xiaomi needs"), "Kevin Wang is an industry insider"),
        # a year named with no "than" before it is what is checked; "than 2014" measures the last answer
        (("xiaomi 2015", "was 2014 higher"), "No. Xiaomi's smartphone sales were higher in 2015"),
        (("xiaomi 2012", "was 2015 lower?"), "No. Xiaomi's smartphone sales were higher in 2015"),
        (("xiaomi 2013", "was it higher in 2014?"), "Yes. Xiaomi's smartphone sales were higher in 2014"),
        (("xiaomi 2013", "is that more than 2014?"), "No. Xiaomi's smartphone sales were higher in 2014"),
        (
            ("xiaomi 2015", "was it higher than it was in 2014"),
            "Yes. Xiaomi's smartphone sales were higher in 2015",
        ),
        (("xiaomi 2015", "did they outsell 2014?"), "Yes. Xiaomi's smartphone sales were higher in 2015"),
        (
            ("xiaomi 2016", "was that above or below 2014"),
            "2016 was lower than 2014. Xiaomi's smartphone sales",
        ),
        # a half against a whole year; "higher or lower?" asks which, with no yes or no
        (
            ("xiaomi h1 2015", "compare to all of 2014"),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) against 2014 (61 million",
        ),
        (("xiaomi h1 2015", "was 2014 higher or lower?"), "Xiaomi's smartphone sales in 2014 (61 million"),
        # "for the year" after a half is the whole year
        (("h1 2015 number?", "what was the target for the year"), "Target: Xiaomi's original goal for 2015"),
        (("h1 2015", "sales for the year?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("xiaomi h1 2015", "and the annual goal?"), "Target: Xiaomi's original goal for 2015"),
        (("xiaomi 2015", "and 2014 also 70?"), "No: 70 million was the figure for 2015. Sources disagree"),
        # a year's sales against a target named next, and a target against a year's sales named next
        (
            ("xiaomi 2015", "compared to the 2017 target?"),
            "Xiaomi sold 70 million smartphones in 2015, the same as",
        ),
        (
            ("what was the 2015 target", "compare to 2014 sales"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39",
        ),
        # "the other article" after an answer citing both is no one article: the number against both
        (
            ("did xiaomi sell 61 million phones in 2014?", "the other article says 60 though"),
            "One source says so.",
        ),
        # a check of a multiple is declined, never answered for the figure multiplied
        (("xiaomi 2015", "double it", "is that above the 100m target?"), "I can't work out"),
        # a bound on a bare number is a bound in millions, never an amount checked as equal: 70 is
        # not "above 70"
        (("was 2014 above 60 million?", "and 2015 above 70?"), "No."),
        (("xiaomi 2014", "was it more than 60?"), "It depends on the source"),
        (("xiaomi 2016 sales", "was it at least 50?"), "Yes."),
        (
            ("xiaomi 2016", "how far from 70?"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short",
        ),
        # "he" after a person: what he is reported predicting, no one else's targets
        (("who is kevin wang", "what did he predict?"), "Kevin Wang is an industry insider"),
        # a half said by a month: of the year's sales asked before, never of the target
        (("xiaomi 2015 sales", "and before july"), "Xiaomi sold 34.7 million"),
        (("what was the 2015 goal", "and after june?"), "Target:"),
        # "18 months" counts time: no amount checked, never a "No." about 18 million
        (("xiaomi 2013", "and 18 months later?"), "I don't know"),
        # sales measured against a target, then the target's own revision
        (
            ("what share of the 2015 target did h1 reach?", "how much was it cut?"),
            "The 2015 sales target went",
        ),
        (("xiaomi 2015 sales vs the goal?", "what was the revised one?"), "The 2015 sales target went"),
        # picking one of two disagreeing figures: neither article says which, so both
        (
            ("why are there two numbers for xiaomi 2014 sales", "which one is right?"),
            "Sources disagree on 2014",
        ),
        (("how many phones xiaomi 2014", "ok just give me one number"), "Sources disagree on 2014"),
        (("xiaomi 2015", "which one is right?"), "Xiaomi sold 70 million smartphones in 2015"),
        # "that year" after an answer that named one: the best year, a fact's year
        (
            ("in what year did xiaomi have its best year", "the first half figure that year"),
            "Xiaomi sold 34.7",
        ),
        # a correction to the whole year drops the half; a target that changed was not always one figure
        (("xiaomi h1 2015 sales", "ugh meant full year 2015"), "Xiaomi sold 70 million smartphones in 2015"),
        (("xiaomi 2015 target 80 million right?", "was it always 80?"), "No: it was also 100 million."),
        # ... nor kept at the first figure, when the same article gives it cut afterwards
        (("xiaomi 2015 target", "did they keep it at 100 million?"), "No: it was cut to 80 million."),
        (("xiaomi 2015 target", "did they keep it at 80 million?"), "Yes."),
        (("xiaomi 2014", "was it always 61 million?"), "One source says so."),  # sources disagree: no change
        # the last figure times a number, for each source's figure
        (
            ("xiaomi 2013", "double that?"),
            "Double Xiaomi's smartphone sales in 2013 (18.7 million) is 37.4 million.",
        ),
        (
            ("xiaomi h1 2015", "double it"),
            "Double Xiaomi's smartphone sales in the first half of 2015 (34.7 million)",
        ),
        (
            ("xiaomi 2014", "half"),
            "Half of Xiaomi's smartphone sales in 2014 (61 million [1]) is 30.5 million.",
        ),
        # another year alone after a part of a year: that part of the other year
        (("wat was the h1 number for 2016", "and for 2015?"), "Xiaomi sold 34.7 million smartphones"),
        (
            ("h1 2015", "what about 2014"),
            "No article gives Xiaomi's smartphone sales for the first half of 2014;",
        ),
        # "the other half": the half of the same year the last question did not ask
        (
            ("first half 2015 sales xiaomi?", "and the other half?"),
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        # "their 2015 peak": the year says which the peak is; that answer measured against it
        (
            ("xiaomi 2016", "how far below their 2015 peak is that?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        # whether it sells in a place, after a year's figure: where it sells, no figure of that year
        (("xiaomi 2015", "does it sell in india"), "Yes. Xiaomi's markets include"),
        # a number checked against the year just asked
        (
            ("xiaomi 2016", "did they reach 60m?"),
            "No. Xiaomi sold around 58 million smartphones in 2016",
        ),
        # "revised" says which target the year's sales are compared with, no change of it asked
        (
            ("xiaomi 2015", "compared with the revised target"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target",
        ),
        # "growth by 2014": the year the change runs to, never a change of 2,014 million
        (
            ("xiaomi 2012 sales", "growth by 2014?"),
            "Xiaomi's smartphone sales grew from 7.2 million [1] in 2012 to 61",
        ),
        (
            ("xiaomi 2013 sales", "growth by 2015?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70",
        ),
        # another target named by its version is no longer the last one's number
        (
            ("xiaomi sales 2015", "vs the 80 million goal?", "and vs the original goal?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target of 100",
        ),
        # a bare number close to the amount just checked is another amount; else a year written short
        (("did xiaomi sell 60 million in 2014?", "and 61?"), "One source says so. Sources disagree on 2014"),
        (("2012 xiaomi sales", "and 13?"), "Xiaomi sold 18.7 million smartphones in 2013"),
        # after a target asked, sales named are checked, and a number alone is that year's sales against it
        (("2015 target?", "did sales reach 70 million?"), "Yes. Xiaomi sold 70 million smartphones in 2015"),
        (("what was the 2015 goal?", "did they hit 70m?"), "Yes. Xiaomi sold 70 million smartphones in 2015"),
        # a target known by its number, with nothing else asked: the year's sales against it
        (
            ("sales 2015", "and the 100 million goal"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target",
        ),
        (
            ("xiaomi 2014", "what about the 40m projection"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million",
        ),
        # ... and after a target asked: sales reach a number, a target does not
        (
            ("what was the 2015 target?", "did they hit 80?"),
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target",
        ),
        # a target and a year's sales asked in turn, then compared: the one against the other
        (
            ("2015 sales", "2017 target", "was the target higher?"),
            "No. Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target",
        ),
        (
            (
                "Xiaomi sales target 2017?",
                "how many did they sell in 2016?",
                "so how many more do they need?",
            ),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # every year from the one asked on: 2016 fell
        (
            ("xiaomi sales 2012?", "did they grow every year after that?"),
            "No. Xiaomi's smartphone sales fell in 2016",
        ),
        (("xiaomi 2014", "has it gone up every year since?"), "No. Xiaomi's smartphone sales fell in 2016"),
        # the last figure in percent; a count of the years asked; checks of the year a look-up found
        (
            ("sales in 2015", "and how much of that was in the first half?", "what percent?"),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 49.6%",
        ),
        (("sales growth 2012 to 2015", "in %"), "Xiaomi's smartphone sales grew from 7.2 million in 2012"),
        (
            ("xiaomi 2013", "2014", "2015", "total of those 3"),
            "Xiaomi's smartphone sales for 2013-2015 add up to 149.7 million",
        ),
        (
            ("what year did xiaomi do 58m", "was that official"),
            "No. Xiaomi sold around 58 million smartphones in 2016",
        ),
        (("which year did xiaomi sell 18.7m", "and 7.2m?"), "That was 2012"),
        # a person's first name alone names the target they gave
        (
            ("xiaomi 2016 sales", "how short of kevin's number is that"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # a word alone after a product: of that product, whose price no fact gives
        (("what is the mi 6", "price?"), "I don't know that one."),
        (("xiaomi fitness tracker name", "price?"), "I don't know that one."),
        (("xiaomi prices", "iphone?"), "iPhones sell for between $650 and $1,000."),
        # a metric the articles lack, then another year: still that metric, never the year's sales
        (("whats xiaomi revenue", "in 2015 i mean"), "I don't have Xiaomi's revenue."),
        (("xiaomi profit", "what about 2016"), "I don't have Xiaomi's profit."),
        (("xiaomi revenue", "ok what about sales in 2015"), "Xiaomi sold 70 million smartphones in 2015"),
        # a place declined, then everywhere: the company-wide figure
        (
            ("how many phones did xiaomi sell in 2015 in the uk", "hm ok globally"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # a whole year's (or a half's) figure spread over its months, days or quarters; a target's pace
        (("xiaomi 2015 phone sales", "per month?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("xiaomi 2015 sales", "on average per quarter?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("h1 2015", "per month?"), "Xiaomi sold 34.7 million"),  # over its own six months
        (("xiaomi 2017 target", "per month?"), "Target: According to industry insider Kevin Wang"),
        # a year added to the last figure: the two together, a half kept as a half
        (
            ("xiaomi 2013", "plus 2016 sales"),
            "Xiaomi's smartphone sales for 2013 and 2016 add up to 76.7 million.",
        ),
        (
            ("h1 2015 sales", "plus 2013 sales"),
            "Xiaomi sold 18.7 million smartphones in 2013 [1]. Xiaomi sold 34.7 million",
        ),
        # whether the other article agrees, after both were cited: the two side by side
        (("xiaomi shipments 2014", "does the other article agree"), "Sources disagree on 2014"),
        # "minus" a year after a total leaves it out; from a sum it was never in, no such sum
        (
            ("xiaomi 2013 to 2016 total", "minus 2014"),
            "Xiaomi's smartphone sales for 2013, 2015 and 2016 add up to 146.7 million.",
        ),
        # the years beside the one asked, each of them; a part of the year after
        (
            ("xiaomi 2013", "the next two years combined"),
            "Xiaomi's smartphone sales for 2014-2015 add up to 131 million [1]",
        ),
        (
            ("xiaomi sales in 2015", "what about the first half of the next year"),
            "I don't know Xiaomi's smartphone sales for the first half of 2016.",
        ),
        (
            ("xiaomi 2013 to 2016 total", "leave out 2014"),
            "Xiaomi's smartphone sales for 2013, 2015 and 2016 add up to 146.7 million.",
        ),
        (
            ("average 2012-2016", "and less 2016?"),
            "Xiaomi's smartphone sales averaged 39.23 million a year over 2012-2015",
        ),
        (("xiaomi 2013", "plus 2016", "and minus 2012"), "I can't work out"),
        # an operation after two years set apart: the same two, not the year between them
        (
            ("difference between 2014 and 2012?", "ratio?"),
            "Xiaomi's smartphone sales in 2014 were 8.5 or 8.3",
        ),
        # a month alone after a year's or a half's figure: that month's figure, which there is none of
        (
            ("xiaomi h1 2015", "how many in july alone?"),
            "I don't know Xiaomi's smartphone sales for July",
        ),
        (("how many in 2015", "and in march only?"), "I don't know Xiaomi's smartphone sales for March 2015"),
        # ... after what they did in a year: what happened that month
        (("what did they do in 2015", "and in march?"), "Target: In March 2015, CEO Lei Jun scaled"),
        # "he" after a person, with a year of its own: still that person
        (("who is kevin wang", "what does he think xiaomi needs to do in 2017"), "Kevin Wang is an industry"),
        (("who is lei jun", "what did he say in 2017"), "Lei Jun is expecting"),
        # chat words around a follow-up ask nothing: no "wait" figures, no company "Gimme"
        (
            ("how many phones did xiaomi sell in 2014?", "wait which article says 60?"),
            "Xiaomi sold 60 million",
        ),
        (("gimme xiaomi numbers for 2012", "same for 2016"), "Xiaomi sold around 58 million"),
        # a claim heard, with no year of its own: the last figure checked
        (("xiaomi 2013 sales", "someone said 20 million"), "No. Xiaomi sold 18.7 million"),
        (("xiaomi 2014 sales", "my friend says 61m"), "One source says so."),
        # a ranking after a list of companies or places: of them, never Xiaomi's best year
        (("who are xiaomi's rivals", "which one sold the most"), "I have smartphone sales only for Xiaomi"),
        (("xiaomi's markets", "which is the biggest"), "I don't know about a ranking"),
        (("when was xiaomi founded", "which was their best year"), "Xiaomi's best year for smartphone sales"),
        # the figure a person gave is that target, and an earlier year beside it that year's sales
        (("What's Kevin Wang's 2017 number?",), "Target: According to industry insider Kevin Wang"),
        (("kevin's number", "what's that as % growth over 2016?"), "For 2017 the target of 70 million is 12"),
        (("xiaomi 2017 target", "vs 2016?"), "For 2017 the target of 70 million is 12 million (+20.7%)"),
        (("xiaomi 2015 target", "vs 2016"), "I don't know Xiaomi's sales target for 2016"),
        # what the articles never say of a person, said as theirs, never their role again
        (("xiaomi ceo", "how old is he"), "I don't have Lei Jun's personal details."),
        (("who is kevin wang", "how old is he"), "I don't have Kevin Wang's personal details."),
        (("who's xiaomi's ceo", "does he speak english"), "I don't have Lei Jun's personal details."),
        # a month alone after a year's or a half's figure: no monthly figure; nor a best month
        (("h1 2015 sales", "what about july?"), "I don't know Xiaomi's smartphone sales for July"),
        (("2015 sales?", "and in march alone?"), "I don't know Xiaomi's smartphone sales for March 2015"),
        (("2015 sales", "which month was best?"), "I can't work out \u201cwhich month\u201d"),
        # a year taken from one year's figure: their difference
        (
            ("2016 sales", "minus 2013"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to around 58",
        ),
        (("2015 sales", "minus 2014"), "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70"),
        (("2015 sales", "minus the 2016 figure"), "Xiaomi's smartphone sales fell from 70 million in 2015"),
        (("2013 sales", "minus the 2012 number?"), "Xiaomi's smartphone sales grew from 7.2 million in 2012"),
        # ... but never a target's year as the sales': the 2015 target less 2016's sales is no change
        (("xiaomi 2015 target", "minus the 2016 sales"), "Xiaomi sold around 58 million smartphones in 2016"),
        # one year measured against the one asked before, however it is joined
        (
            ("xiaomi sales 2015", "difference with 2013?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70",
        ),
        (
            ("xiaomi sales 2014", "difference with 2012?"),
            "Xiaomi's smartphone sales grew from 7.2 million [1] in 2012 to 61",
        ),
        (
            ("xiaomi sales 2015", "how many times 2012?"),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times those of 2012",
        ),
        (
            ("xiaomi sales 2015", "divided by 2012?"),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times those of 2012",
        ),
        (
            ("xiaomi sales 2013", "2014 pls", "% chg"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013",
        ),
        # a year corrected is no longer asked: what follows works on the year meant
        (
            ("xiaomi sales 2013", "2014", "no wait 2012", "difference?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 18.7 million in 2013",
        ),
        (
            ("xiaomi sales 2013", "and 2016", "no sorry 2015", "sum?"),
            "Xiaomi's smartphone sales for 2013 and 2015 add up to 88.7 million",
        ),
        (
            ("xiaomi sales 2015", "2014", "sorry, i meant 2016 not 2014", "difference?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        # ... and the second year of a question of two, replaced
        (
            ("growth 2012 to 2013", "make it 2015"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70",
        ),
        (
            ("growth 2012 to 2013", "sorry, to 2015"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70",
        ),
        (
            ("xiaomi sales 2016 vs 2014", "sorry i meant vs 2015"),
            "Xiaomi's smartphone sales were higher in 2015:",
        ),
        (
            ("total 2012-2013", "make that 2014"),
            "Xiaomi's smartphone sales for 2012-2014 add up to 86.9 million",
        ),
        (("xiaomi sales 2015", "make it 2014"), "Sources disagree on 2014: Xiaomi sold 61 million"),
        (("xiaomi 2015 target", "make it 2014"), "Projection: Xiaomi projected 40 million phones for 2014"),
        # a target revised is the target's own change, never the whole year against the half before
        (
            ("first half 2015 sales", "and the original 2015 goal before they cut it?"),
            "The 2015 sales target went",
        ),
        # the place a target was spoken of narrows no date of its change
        (("what did lei jun say in wuzhen", "and when did xiaomi cut the target to 80m?"), "In March 2015."),
        # a time asked after what could not be worked out is of that, never the span's figures
        (("xiaomi's quarterly sales dropped for the first time", "when was that?"), "I can't work out"),
        # a two-digit year as chat writes it, after a year's figure
        (("sales 2015", "nd 13?"), "Xiaomi sold 18.7 million smartphones in 2013."),
        (("sales 2015", "wht about 13"), "Xiaomi sold 18.7 million smartphones in 2013."),
        (("sales 2016", "vs 15?"), "Xiaomi's smartphone sales were higher in 2015"),
        # "subtract them" after two figures: their difference
        (("sales 2015", "sales 2016", "subtract them"), "Xiaomi's smartphone sales fell from 70 million"),
        # a person's company: said where a fact ties them to one, declined where none does
        (
            ("what did jony ive say about xiaomi?", "which company does he work for?"),
            "Jony Ive works for Apple. Apple design chief",
        ),
        (("who is kevin wang?", "who does he work for?"), "The articles don't say which company Kevin Wang"),
        # the markets asked after a year's figure are of no year
        (("xiaomi sales 2014", "which countries do they sell in"), "Xiaomi's markets include China"),
        # the least or most "of those", or "which was ...", among the years just asked
        (
            ("xiaomi sales 2013", "2014?", "2015?", "which was smallest?"),
            "Xiaomi's weakest year for smartphone sales in 2013-2015 was 2013",
        ),
        (
            ("compare 2013, 2014 and 2016", "which was worst?"),
            "Xiaomi's weakest year for smartphone sales in 2013, 2014 and 2016 was 2013",
        ),
        (
            ("xiaomi sales 2014", "2015?", "2016?", "which was the lowest of those?"),
            "Xiaomi's weakest year for smartphone sales in 2014-2016 was 2016",
        ),
        (
            ("xiaomi sales 2013", "2014", "which year was the best?"),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),  # "which year" is every year's
        # one year's sales, then a target named with no year: that year's sales against it
        (
            ("xiaomi sales 2015", "vs the 80 million target?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        (
            ("xiaomi sales 2015", "compared with the target?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
        (
            ("xiaomi sales 2014", "vs the projection?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating",
        ),
        (("xiaomi 2015 sales", "was it above target?"), "No. Xiaomi sold 70 million [1] smartphones in 2015"),
        (
            ("xiaomi sales 2015", "minus the 80 million target?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        (
            ("xiaomi first half 2015", "what % of the 80 million target?"),
            "Xiaomi's 34.7 million in the first half of 2015 was 43.4% of its target of 80 million",
        ),
        (
            ("xiaomi sales 2015", "and the target?"),
            "Target: Xiaomi's original goal for 2015",
        ),  # the target itself
        (("xiaomi 2015 target", "vs the goal"), "Xiaomi's sales target, highest first"),  # no sales asked
        # a change asked in a word or two after two years asked in turn: between them
        (
            ("2013 sales", "and 2014", "sales difference?"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013 to 61 million",
        ),
        # sales measured against the target just asked, that year
        (
            ("2014 projection", "how many times bigger were actual sales?"),
            "Xiaomi sold 61 million [1]"
            " smartphones in 2014, beating its projection of 40 million [2] by 21 million"
            " (52.5% above it, 152.5% of it)",
        ),
        (
            ("2015 sales", "the revised goal?", "difference?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
        (("xiaomi 2015 target", "difference?"), "The 2015 sales target went from 100 million to 80 million"),
        # from the review of the eleventh session
        (
            ("xiaomi sales 2014", "vs the 100 million goal?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39",
        ),
        (
            ("2013 sales", "actually also 2014", "add those up"),
            "Xiaomi's smartphone sales for 2013-2014 add up",
        ),
        (
            ("growth from 2013 to 2015", "sorry i meant from 2012"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70 million in 2015",
        ),
        (
            ("2013 sales", "2014 sales", "which was their best year ever?"),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        (
            ("xiaomi sales 2013", "when was xiaomi founded?", "and sales the year after?"),
            "I don't know Xiaomi's smartphone sales for 2011",
        ),
        # "actual?" after a target: what was sold that year
        (("the 2014 projection", "actual?"), "Sources disagree on 2014: Xiaomi sold 61 million"),
        (("xiaomi 2015 goal", "and the actual number?"), "Xiaomi sold 70 million smartphones in 2015"),
        (
            ("xiaomi 2015 forecast", "and what did they actually do?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (("xiaomi 2017 target", "and actual?"), "I don't know Xiaomi's smartphone sales for 2017"),
        # "and the next?" after a year counted on: one more on
        (("sales 2012", "next year?", "and the next?"), "Sources disagree on 2014"),
        (
            ("xiaomi sales 2015", "previous year?", "and the previous?"),
            "Xiaomi sold 18.7 million smartphones in 2013",
        ),
        # a year counted on after an aside with no year (the valuation) is from the figure before it
        (
            ("xiaomi sales 2016", "what is their valuation", "and their sales the year before?"),
            "Xiaomi sold 70",
        ),
        (("xiaomi sales 2013", "what is the valuation?", "and the year after?"), "Sources disagree on 2014"),
        (("xiaomi sales 2015", "who is the ceo?", "and the year before?"), "Sources disagree on 2014"),
        # "between them" after a year the sources disagree on: the two sources' figures
        (("2014 sales", "difference between them?"), "Sources disagree on 2014: Xiaomi sold 61 million"),
        (("xiaomi 2013 and 2015", "difference between them?"), "Xiaomi's smartphone sales grew from 18.7"),
        (("and which outlet carried that?",), "I don't know that one."),  # no "married"
        # "that" is claimed, the year after "than" measured against: 70 million is no more than 100
        (
            ("2017 target?", "is that more than the 2015 target?"),
            "No. Xiaomi's sales target was higher in 2015",
        ),
        (("2014 sales?", "were they bigger than 2015?"), "No. Xiaomi's smartphone sales were higher in 2015"),
        # the years asked, added up, against the year named
        (
            ("2013", "2014", "are they together more than 2015?"),
            "Yes. Xiaomi's smartphone sales: 2013 and 2014",
        ),
        (
            ("2012 sales", "2013 sales", "add them up and compare to 2016"),
            "Xiaomi's smartphone sales: 2012 and",
        ),
        (("2013", "2014", "plus 2015"), "Xiaomi's smartphone sales for 2013-2015 add up to 149.7 million"),
        # "the period" is the years asked, never the "transition period" fact
        (
            ("2012 sales", "2016 sales", "growth over the period?"),
            "Xiaomi's smartphone sales grew from 7.2 million",
        ),
        (
            ("sales 2014", "and 2016", "which year was better"),
            "Xiaomi's smartphone sales were higher in 2014",
        ),
        (
            ("sales 2014", "and 2016", "which year was worse?"),  # "worse" compares, it is no "worst"
            "Xiaomi's smartphone sales were higher in 2014",
        ),
        (("2017 target", "2015 actual"), "Xiaomi sold 70 million smartphones in 2015"),  # sales, no target
        # "those two": the last two years asked; "beat it" after a target is that target
        (
            ("2015 sales", "2012", "2013", "are those two together more than 2014?"),
            "No. Xiaomi's smartphone sales: 2012",
        ),
        (
            ("2015 target", "did they beat it in 2015 or 2016?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million",
        ),
        # a year left out of what never had it, or out of a change's two ends, is no figure
        (("xiaomi 2015 target", "excluding 2014?"), "I can't work out “excluding 2014”"),
        (("growth 2013 to 2014", "sans 2014?"), "I can't work out “sans 2014”"),
        (("2015 sales", "minus 2014"), "Xiaomi's smartphone sales grew from 61 million [1] in 2014"),
        (("2015 sales", "ok so what's that minus 2014?"), "Xiaomi's smartphone sales grew from 61 million"),
        (("2015 sales", "subtracting 2014?"), "Xiaomi's smartphone sales grew from 61 million [1] in 2014"),
        (("best year?", "excluding 2015?"), "Xiaomi's best year for smartphone sales in 2012, 2013"),
        # a correction naming the year asked is still that year
        (("xiaomi smartphone sales 2015", "wait, not 2015 — 2014"), "Sources disagree on 2014"),
        # years counted from the last one, however said
        (("sales 2015", "and prior to that?"), "Sources disagree on 2014"),
        (("sales 2016", "and the year before the year before?"), "Sources disagree on 2014"),
        (("sales 2013", "a couple years later?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("sales 2013", "a decade later?"), "I don't know Xiaomi's smartphone sales for 2023"),
        # "the half" after a year is its first half; "the rest" after a first half is the second
        (("sales 2016", "and the half?"), "I don't know Xiaomi's smartphone sales for the first half"),
        (("H1 2015 sales", "and the rest?"), "No article gives Xiaomi's smartphone sales for the second"),
        # ... and after a whole year, the other years
        (("sales 2015", "and the rest of the years?"), "Xiaomi's smartphone sales by year: 2012: 7.2"),
        # a short follow-up in another language is declined
        (("sales 2015", "ve 2013 yılında?"), "I understand questions in English"),
        (("sales 2015", "ja vuonna 2013?"), "I understand questions in English"),
        # the two years beside the one asked, and the years since or before it
        (("sales 2015", "both years before?"), "Xiaomi sold 18.7 million smartphones in 2013"),
        (("sales 2014", "since then?"), "Xiaomi's smartphone sales by year: 2014: 61 million"),
        (("sales 2014", "and before then?"), "Xiaomi's smartphone sales by year: 2012: 7.2 million; 2013"),
        (("sales 2013", "after that?"), "Sources disagree on 2014"),  # the year after, as ever
        # a person asked how many he sold, or said: his words, never the company's sales
        (("who is kevin wang?", "how many phones did he sell?"), "I don't have a figure for that."),
        (("who is kevin wang?", "how many phones did he say they need?"), "Kevin Wang is an industry"),
        # a figure and a valuation are not added up
        (("sales 2015", "how much is xiaomi worth?", "sum them"), "I can't work out “sum them”"),
        (("total 2012-2014", "and the rest of the years?"), "Xiaomi's smartphone sales for 2015-2016 add up"),
        (("total sales up to 2014", "and the rest of the years?"), "Xiaomi's smartphone sales for 2015-2016"),
        (("sales 2012-2014", "the valuation?", "sum them"), "Xiaomi's smartphone sales for 2012-2014 add up"),
    ],
)
def test_conversation_answers(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, years, since",
    [
        (("xiaomi sales 2013", "and 2015 and the year before?"), (2015, 2014), None),
        (("total sales 2013", "and since 2014?"), (), 2014),
        (("sales 2015", "which years had more than 60 million?"), (), None),  # a new question
    ],
)
def test_resolve_years_named_in_a_follow_up(engine: Engine, turns, years, since):
    frame, _ = talk(engine, *turns)
    assert (frame.years, frame.since_year) == (years, since)


def test_remember_the_main_subject_named_or_not_is_one_topic(engine: Engine):
    _, answer = talk(engine, "sales 2014", "xiaomi sales 2015", "add those up")
    assert states(answer.text, 131e6, 130e6)


def test_resolve_pronoun_beside_a_named_company_starts_afresh(engine: Engine):
    # "its" is Xiaomi's own here, not the last question's: no year or sales carried over.
    frame, answer = talk(
        engine, "sales in 2013", "and 2014?", "in which countries does xiaomi sell its phones?"
    )
    assert (frame.years, frame.metric) == ((), None)
    assert answer.answered and "India" in answer.text


@pytest.mark.parametrize(
    "turns, start, value",
    [
        # "that" is the last answer: the target measured against the sales named
        (
            ("xiaomi's 2017 target", "how does that compare with 2016 sales"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
            12e6,
        ),
        (("what was the 2015 target", "how does that compare with sales"), "Xiaomi sold 70 million", 30e6),
        # a check of the last answer keeps its year, and "that" comes first
        (("how many phones did xiaomi sell in 2015", "was that their best year?"), "Yes.", 70e6),
        (("how many phones did xiaomi sell in 2016", "is that more than 2014?"), "No.", 58e6),
        (("sales in 2015", "how does that compare with 2016"), "Xiaomi's smartphone sales were higher", 12e6),
        (("how many phones did xiaomi sell in 2015", "was that more than the year before?"), "Yes.", 9e6),
        # "that" is the target: checked against the sales, both ways round
        (("xiaomi's 2017 target?", "is that more than they sold in 2016?"), "Yes.", 12e6),
        (("xiaomi's 2017 target?", "is that less than they sold in 2016?"), "No.", 12e6),
        # a share of a year named alone is of the last answer, never a market share
        (("xiaomi 2016 sales", "percent of 2015?"), "Xiaomi's smartphone sales in 2016", 82.9),
        (("xiaomi 2013 sales", "as a share of 2015?"), "Xiaomi's smartphone sales in 2013", 26.7),
        # ... and a change in percent from a year's figure named is from that year to the last answer's
        (
            ("sales 2015", "how much was that vs the 2013 number in %?"),
            "Xiaomi's smartphone sales grew",
            274.3,
        ),
        (("sales 2015", "and vs the 2013 number in %?"), "Xiaomi's smartphone sales grew", 274.3),
        (("sales 2016", "growth from the 2015 level?"), "Xiaomi's smartphone sales fell", 17.1),
    ],
)
def test_resolve_that_is_the_last_answer(engine: Engine, turns, start, value):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start) and states(answer.text, value)


def test_resolve_they_is_the_company_not_the_last_answer(engine: Engine):
    # "they" is Xiaomi: the question is about 2016 alone, not a comparison with the Q3 2015 answer
    turns = (
        "how many phones did xiaomi sell in Q3 2015",
        "why were sales lower in 2016, how many did they sell",
    )
    frame, _ = talk(engine, *turns)
    assert frame.years == (2016,)


@pytest.mark.parametrize(
    "chatter", ["got it", "+1", "10/10", "interesting", "wow that's a lot", "that's insane", "wait what", "k"]
)
def test_resolve_chatter_after_a_question_is_no_follow_up(engine: Engine, chatter):
    # Said after an answer, it asks nothing: answering the last question again is noise.
    frame, answer = talk(engine, "how many phones did xiaomi sell in 2013?", chatter)
    assert (frame.metric, frame.years) == (None, ())
    assert answer.kind == "chatter" and "18.7" not in answer.text


def test_resolve_chatter_leaves_the_conversation_to_follow_up(engine: Engine):
    _, answer = talk(engine, "how many phones did xiaomi sell in 2013?", "got it", "and 2014?")
    assert "61 million" in answer.text


def test_resolve_why_after_a_figure_with_no_reason_is_no_repeat(engine: Engine):
    # The figure again is no reason: a group reply "why?" must not repeat the answer.
    _, answer = talk(engine, "how many phones did xiaomi sell in 2013?", "why?")
    assert not answer.answered and "18.7" not in answer.text and "no reason" in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("sales 2016", "vs 2015?", "why?"),
        ("xiaomi sales 2015", "and in 2016 it dropped by how much?", "why?"),
    ],
)
def test_resolve_why_alone_after_a_fall_is_the_reason_for_the_later_year(engine: Engine, turns):
    # the reason given for 2016's lower sales, and no fact of 2015 beside it
    _, answer = talk(engine, *turns)
    assert answer.answered and "transition period" in answer.text and "Apple" not in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        (("xiaomi sold 18.7 million, what year was that", "and the year they sold 70?"), "That was 2015"),
        (("which year did xiaomi sell 61 million", "and 58?"), "That was 2016"),
        (
            ("did xiaomi ever sell 100 million", "and 70?"),
            "Yes. Xiaomi's smartphone sales were at least 70 million",
        ),
    ],
)
def test_resolve_bare_number_after_an_amount_is_another_amount(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


@pytest.mark.parametrize(
    "turns, start",
    [
        (("who is kevin wang", "what does he do"), "Kevin Wang is an industry insider"),
        (("lei jun", "what does he do"), "Lei Jun is Xiaomi's CEO."),
    ],
)
def test_resolve_question_of_the_person_named_is_no_chatter(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


def test_resolve_unknown_thing_of_the_person_named_is_declined(engine: Engine):
    _, answer = talk(engine, "who is kevin wang", "what's his twitter")
    assert not answer.answered


def test_resolve_median_of_the_years_asked(engine: Engine):
    _, answer = talk(engine, "sales 2012", "2013", "2014", "2015", "median of all those")
    assert answer.text.startswith(
        "The median of Xiaomi's smartphone sales over 2012-2015 (4 years) was 39.85"
    )


def test_resolve_how_much_below_a_number_is_the_margin(engine: Engine):
    _, answer = talk(engine, "xiaomi 2015", "how much was that below 100m")
    assert answer.text.startswith("Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short")


@pytest.mark.parametrize(
    "turns, start",
    [
        (("xiaomi 2016 sales", "how many years after founding?"), "Xiaomi was 6 years old in 2016"),
        (("xiaomi 2012 sales", "and how old was the company then?"), "Xiaomi was 2 years old in 2012"),
        (("when was xiaomi founded", "how old is it in 2017?"), "Xiaomi was 7 years old in 2017"),
        (
            ("when was xiaomi founded", "how old is it in 2017?", "and in 2016?"),
            "Xiaomi was 6 years old in 2016",
        ),
        (
            ("when was xiaomi founded", "xiaomi age when it sold 7.2 million"),
            "Xiaomi was 2 years old in 2012",
        ),
    ],
)
def test_resolve_age_after_a_year_is_the_age_that_year(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


def test_resolve_whether_the_company_agrees_with_a_claim_is_what_it_said(engine: Engine):
    _, answer = talk(engine, "what did jony ive say about xiaomi", "did xiaomi agree?")
    assert answer.answered and "denies" in answer.text


@pytest.mark.parametrize(
    "turns, words",
    [
        # a question with a period answered by a fact is followed up as that fact, not as sales
        (("what phone is xiaomi launching in april 2017?", "when exactly?"), ["April 18"]),
        # another company with only a figure word asks the last question of it
        (("how much is an iphone", "and xiaomi's phones?"), ["$100", "$300"]),
        # why two figures: the sources disagree, and neither says why
        (
            ("what did xiaomi sell in 2014", "wait why are there two numbers?"),
            ["61 million", "60 million", "don't say why"],
        ),
        # a quoted person after sales is his words about the company, not a figure
        (("xiaomi 2016 sales", "ok switching topics, what did Jony Ive say about them?"), ["theft"]),
        # "ahead of" is who beat it; "their" then the rivals, whose sales the bot has not
        (
            ("who's ahead of xiaomi in china now?", "what were their sales in 2016?"),
            ["no smartphone sales for Huawei"],
        ),
        (
            ("anyway, xiaomi's 2013 sales?", "and how much is that up from 2012 in raw units"),
            ["+11.5 million"],
        ),
        # the year a "best year" answer named, against the one asked now
        (("which year did xiaomi sell the most?", "how many more than 2014?"), ["9 million or 10 million"]),
        (("2013 sales?", "how many times that did they do in 2016"), ["3.1 times"]),
        # a target, then how far sales are from it, however it is asked
        (("what's xiaomi's 2017 target", "how much more than 2016 sales is that?"), ["12 million"]),
        (("xiaomi 2016 sales", "and 2017's magic number", "percent increase needed?"), ["+20.7%"]),
        (("h1 2015 xiaomi?", "so what did the second half come to, given the full year?"), ["35.3 million"]),
        # the products the last answer named are what "those" sold: sales the bot does not have
        (("what other stuff does xiaomi make", "how many of those did they sell?"), ["fitness trackers"]),
        # "those" are what the last fact named: who laid them out is who it quotes
        (("what are xiaomi's three directions", "who laid those out?"), ["Lei Jun"]),
        # "them" is the company, not the nickname just asked about
        (("why is xiaomi called the apple of china", "who accused them of copying?"), ["Jony Ive"]),
        (("what was xiaomi's first 2015 goal?", "when did they lower it?", "to what?"), ["80 million"]),
        (("xiaomi first half 2015", "what percent of the year is that"), ["49.6%"]),
        # after two years compared, "by how many?" is between them
        (("xiaomi 2015 vs 2014?", "by how many units exactly?"), ["9 million", "10 million"]),
        (("H1 2015 sales?", "and how many more would they need to get to the 80m target?"), ["45.3 million"]),
        # "that year" after a month is the whole year
        (
            ("where was lei jun in may 2014", "how many phones did xiaomi sell that year"),
            ["61 million", "60 million"],
        ),
        (("what did xiaomi sell in 2012?", "how many times more in 2015?"), ["9.7 (9.72) times"]),
        # a share of a target named by its number, for the period asked before
        (
            ("xiaomi h1 2015", "what fraction of the 80m target is that"),
            ["43.4% of its target of 80 million"],
        ),
        (("xiaomi 2015", "what % of 100m is that"), ["70% of its target"]),
        (("how many did xiaomi sell in 2014", "why do the numbers differ?"), ["differ by 1 million"]),
        (("xiaomi h1 2015?", "so what was left for h2, given the full year total"), ["35.3 million"]),
        (("anyway what did they sell in 2015", "and the year after, was it up or down?"), ["fell"]),
        # a fact answer is followed up as that fact, not as a best year
        (("was xiaomi ever top in china", "when was that?"), ["Q2 2015"]),
        # after a gap, a question of sales of its own is the figure, no gap again
        (
            (
                "what's the 2015 target",
                "lol they missed it huh",
                "what did they actually sell in the first half",
            ),
            ["34.7 million"],
        ),
        (
            ("xiaomi H1 2015", "and the whole year?", "how does that compare with the revised goal?"),
            ["short of its target of 80 million"],
        ),
        # a place a fact question named is no scope of the sales asked next
        (("when was xiaomi china's top smartphone company?", "and when did its sales first drop?"), ["fell"]),
        # a year alone after a fact asks that fact of the year; after a figure and an aside, the figure
        (("who are xiaomi's competitors?", "and in 2017?"), ["Huawei, OPPO and Vivo", "2017"]),
        (("who was the ceo in 2017?", "and in 2015?"), ["Lei Jun"]),
        (("xiaomi 2013?", "how much do their phones cost btw", "ok and 2014?"), ["61 million", "60 million"]),
    ],
)
def test_resolve_follow_up_of_a_fact(engine: Engine, turns, words):
    _, answer = talk(engine, *turns)
    for word in words:
        assert word in answer.text


def test_conversation_bare_number_is_no_year_outside_a_short_follow_up(engine: Engine):
    # "13" is a year only as a short follow-up of a question about years; "10/10" is chatter
    frame, _ = talk(engine, "2012 xiaomi sales", "how many phones did they sell in total across 13 countries")
    assert 2013 not in frame.all_years
    frame, _ = talk(engine, "2012 xiaomi sales", "10/10")
    assert 2010 not in frame.all_years


@pytest.mark.parametrize(
    "turns, value",
    [
        (("xiaomi 2014 sales according to the 2017 article", "and according to the 2015 one?"), 60e6),
        (("what does the 2015 article say about 2014 sales", "and the 2017 one?"), 61e6),
    ],
)
def test_resolve_an_article_named_by_its_year_alone(engine: Engine, turns, value):
    _, answer = talk(engine, *turns)
    assert answer.answered and states(answer.text, value) and "70 million" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns",
    [("how many phones did xiaomi sell in 2014", "difference?"), ("xiaomi 2014", "whats the difference")],
)
def test_resolve_a_difference_after_one_disputed_year_is_between_the_sources(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert "They differ by 1 million." in answer.text, answer.text


def test_resolve_a_difference_after_an_undisputed_year_is_the_change(engine: Engine):
    _, answer = talk(engine, "xiaomi 2015", "difference?")
    assert states(answer.text, 9e6, 10e6), answer.text


@pytest.mark.parametrize(
    "turns", [("xiaomi 2015 sales", "what are the sources for your data?"), ("where do you get your data",)]
)
def test_resolve_the_bots_own_sources_are_the_articles(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith("My figures come from 2 articles"), answer.text


@pytest.mark.parametrize(
    "turns, values",
    [
        (("did sales ever fall", "by how much"), [70e6, 58e6, 12e6]),  # the fall found, from the year before
        (("2014 figures from each article", "average of the two"), [60.5e6]),  # the sources' mean
        (("how many phones by end of 2013 cumulative",), [25.9e6]),  # every year up to that one
        (("who said xiaomi needs 70m",), [70e6]),
    ],
)
def test_resolve_derived_from_what_the_last_answer_found(engine: Engine, turns, values):
    _, answer = talk(engine, *turns)
    assert answer.answered and states(answer.text, *values), answer.text
    assert "50.8 million" not in answer.text and "Lei Jun said" not in answer.text


@pytest.mark.parametrize(
    "turns, values, absent",
    [
        (("xiaomi h1 2015", "and the full year?", "what share was h1?"), [34.7e6, 70e6], "did not share"),
        (("sum of 2013 and 2015", "and the average", "what about 2014 alone?"), [61e6, 60e6], "averaged"),
        (("xiaomi 2014", "who reported the 60 million?"), [60e6], "61 million"),
        # a share of a target, and again of another one: never what was left to sell
        (("H1 2015 sales?", "what share of the target is that?"), [34.7, 43.4], "more in the second half"),
        (("H1 2015 sales?", "what share of the target is that?", "and of the original one?"), [34.7], "43.4"),
        (("what was h1 2015?", "what % of the full year?", "and of the 80m goal?"), [43.4], "45.3"),
        (
            ("what was the 2015 goal?", "how much of it was left after the first half?"),
            [65.3e6, 45.3e6],
            "can't",
        ),
        # a share carried to the next target named: by its number, its version, its year
        (("h1 2015 sales", "what percent of the 80m goal?", "and of the 100m goal?"), [34.7], "65.3"),
        (
            ("xiaomi 2015 sales", "what share of the original target?", "and of the revised one?"),
            [87.5],
            "grew",
        ),
        (("2016 sales?", "what share of 2015 is that?"), [82.9], "market share"),
        (("2016 sales?", "what share of 2015 is that?", "and of the 2017 target?"), [82.9], "Target:"),
        (("first half of 2015?", "What share of 2015 is that?", "And of the 2017 target?"), [49.6], "100%"),
        (
            ("xiaomi 2015 sales", "What percent of the 80m goal was that?", "And the original one?"),
            [70.0],
            "87.5",
        ),
        (("2012 sales", "2016 sales", "More than 100 million across all years?"), [214.9e6], "65.2"),
        (("xiaomi 2016 sales", "and 2015 was 70?", "so they fell by 12?"), [12e6], "for 12"),
    ],
)
def test_resolve_follow_ups_on_a_share_a_year_alone_and_who_reported(engine: Engine, turns, values, absent):
    _, answer = talk(engine, *turns)
    assert answer.answered and states(answer.text, *values), answer.text
    assert absent not in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        (("what was the goal for 2015", "difference?"), "The 2015 sales target went from 100 million to 80"),
        (("goal for 2015", "average of the two?"), "I can't average one year's targets"),
        (("how many phones in 2014?", "ok then"), "Sources disagree on 2014"),  # no step on
        (("how many phones in 2014?", "what are your sources for that?"), "Xiaomi sold 60 million"),
        (("what's xiaomi's valuation in 2017?", "no, the one in the 2015 article"), "I don't know that one"),
    ],
)
def test_resolve_review_of_the_seventh_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        (("how did xiaomi's first half of 2015 compare to all of 2014?", "what % of 2014 is that?"),
         "Xiaomi's smartphone sales in the first half of 2015 (34.7 million"),
        (("xiaomi h1 2015", "what % of 2014 is that?"), "Xiaomi's smartphone sales in the first half"),
        (("who said xiaomi needs 70 million in 2017?", "what's his job?"), "Kevin Wang is an industry"),
        (("did xiaomi beat its 2015 goal?", "did it beat its 2014 one?"), "Yes. Xiaomi sold 61 million"),
    ],
)  # fmt: skip
def test_resolve_the_half_the_person_and_the_years_one_carried(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_resolve_to_what_after_a_target_cut_is_that_years_targets(engine: Engine):
    _, answer = talk(engine, "when did lei jun cut the target?", "to what?")
    assert "scaled the 2015 goal back to 80 million" in answer.text and "2017" not in answer.text


def test_resolve_that_pace_all_year_after_a_half(engine: Engine):
    _, answer = talk(engine, "xiaomi h1 2015", "if they kept that pace all year?")
    assert states(answer.text, 69.4e6, 70e6), answer.text


@pytest.mark.parametrize(
    "turns, values, start",
    [
        (("what did xiaomi sell in 2014?", "and how much more did they sell in 2015?"), [9e6, 10e6], ""),
        (("best year for xiaomi?", "and what happened the year after?"), [58e6], "Xiaomi sold around 58"),
        (("kevin wang's 2017 target for xiaomi?", "how much above 2016 sales is that?"), [12e6], ""),
        (("xiaomi sold 100 million phones in 2015", "wait really?"), [70e6], "No:"),
        (("what is the mi 6?", "how many were sold?"), [], "I don't know the smartphone sales for Mi 6"),
    ],
)
def test_resolve_more_than_the_last_the_year_after_and_a_products_count(engine: Engine, turns, values, start):
    _, answer = talk(engine, *turns)
    assert states(answer.text, *values) and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        (("how many in the first half of 2015?", "was 2015 bigger than 2014?"), "Yes."),  # the whole year
        (("how many in 2015?", "how far is that from the 2017 target?"), "Xiaomi sold 70 million"),
        (("how many in 2014?", "so how much more did they need to sell in 2015 to hit 100 million?"),
         "Xiaomi sold 70 million [1] smartphones in 2015, 30 million"),
        (("does xiaomi sell in india?", "how many phones were sold?"), "Xiaomi's smartphone sales by year"),
        (("total sales by end of 2013", "and 2015?"), "Xiaomi's smartphone sales for 2012-2015"),
    ],
)  # fmt: skip
def test_resolve_second_review_of_the_seventh_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_resolve_growth_to_a_year_is_from_the_last_year(engine: Engine):
    frame, answer = talk(engine, "xiaomi 2012", "growth to 2016")
    assert frame.years == (2012, 2016) and states(answer.text, 50.8e6), answer.text


@pytest.mark.parametrize(
    "turns, values",
    [
        (("xiaomi 2015", "how much below the 80m goal?"), [10e6]),
        (("xiaomi 2014", "how far above 40 million?"), [21e6, 20e6]),
    ],
)
def test_resolve_how_far_from_a_number_is_the_last_answers_margin(engine: Engine, turns, values):
    _, answer = talk(engine, *turns)
    assert states(answer.text, *values) and "in 2 years" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        (("xiaomi 2015 sales", "what's that as a share of total 2012-2015 sales"),
         "Xiaomi's smartphone sales in 2015 (70 million [1]) were 44.6% of the 2012-2015 total"),
        (("xiaomi 2014", "which article says 60"), "Xiaomi sold 60 million smartphones in 2014."),
        (("which article says 61?",), "Xiaomi sold 61 million smartphones in 2014."),
    ],
)  # fmt: skip
def test_resolve_a_share_of_a_range_and_which_article_says_a_number(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text
    assert "972.2%" not in answer.text


def test_conversation_newspaper_asked_is_whoever_the_fact_cites(engine: Engine):
    _, answer = talk(
        engine, "where did lei jun say customer satisfaction matters most", "which newspaper reported that"
    )
    assert "Wall Street Journal" in answer.text and "best year" not in answer.text


@pytest.mark.parametrize(
    "turns, spread",
    [
        (("xiaomi 2015 phone sales", "per month?"), "about 5.83 million a month on average"),
        (("xiaomi 2015 sales", "on average per quarter?"), "about 17.5 million a quarter on average"),
        (("xiaomi 2014", "monthly?"), "about 5.08 million or 5 million a month on average"),
        (("xiaomi 2016", "how many a day"), "about 158,000 a day on average"),  # a leap year
        (("2015 sales", "avg per half?"), "about 35 million a half on average"),
    ],
)
def test_conversation_spread_over_the_year_is_an_average(engine: Engine, turns, spread):
    _, answer = talk(engine, *turns)
    assert answer.answered and spread in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, start, never",
    [
        # a number reached in the year just asked: that year's sales, never its target
        (("xiaomi 2015", "did they reach 70m?"), "Yes. Xiaomi sold 70 million", "target"),
        (("xiaomi 2014", "did they reach 61m?"), "It depends on the source.", "projection"),
        # "total" of one other year replaces the year; only "plus", "add", "together" add it
        (("2015 sales", "what about total sales in 2014?"), "Sources disagree on 2014", "131"),
        # the last figure against the target named, never the target alone
        (("2016 sales", "was it above the 2017 target?"), "No. Xiaomi sold around 58 million", "Yes."),
    ],
)
def test_conversation_checks_of_the_last_year(engine: Engine, turns, start, never):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start) and never not in answer.text.split("\u2014")[0], answer.text


@pytest.mark.parametrize(
    "turns, values",
    [
        # one year against the other year asked, never against itself
        (("2015 sales", "2016 sales", "how many fewer in 2016?"), (70e6, 58e6, 12e6)),
        (("xiaomi sales 2015", "and 2016", "how many less in 2016?"), (12e6,)),
        # "the gap" after two years is between them
        (("xiaomi sales in 2013", "and 2016", "what's the gap"), (39.3e6,)),
        (("2014", "2015", "gap?"), (9e6, 10e6)),
        (("2015", "2016", "gap in percent?"), (12e6,)),
        (("2015", "2016", "how big is the gap"), (12e6,)),
    ],
)
def test_conversation_gap_between_the_years_asked(engine: Engine, turns, values):
    _, answer = talk(engine, *turns)
    assert answer.answered and states(answer.text, *values), answer.text


@pytest.mark.parametrize(
    "turns, answered",
    [
        (("what's the gap",), False),  # nothing before it: between what?
        # no target's gap: the two prices just asked, one against the other
        (("What's the cheapest iPhone?", "and the priciest Xiaomi?", "gap?"), True),
    ],
)
def test_conversation_gap_with_no_figures_before_is_not_a_target_gap(engine: Engine, turns, answered):
    _, answer = talk(engine, *turns)
    assert answer.answered is answered and "short of" not in answer.text and "beating" not in answer.text


def test_conversation_later_year_checked_against_the_earlier_asked(engine: Engine):
    _, answer = talk(engine, "sales 2014", "sales 2015", "is 2015 higher?")
    assert answer.text.startswith("Yes."), answer.text


@pytest.mark.parametrize(
    "turns, values, never",
    [
        # a correction setting a measure aside asks for the other
        (("What was the 2015 target?", "sorry, sales not target"), (70e6,), "Target"),
        (("2015 goal", "i meant the sales, not the goal"), (70e6,), "Target"),
        # "the second" after the first half is the second half, derived
        (("first half of 2015?", "and the second?"), (35.3e6,), "34.7 million smartphones in the first"),
    ],
)
def test_conversation_corrections_and_the_next_part(engine: Engine, turns, values, never):
    _, answer = talk(engine, *turns)
    assert states(answer.text, *values) and not answer.text.startswith(never), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the ends of the years asked, and the years asked sorted by their figure
        (
            ("sales 2013", "and 2014", "and 2015", "growth from the first to the last?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        (
            ("xiaomi sales 2016", "and 2014", "and 2015", "sort them"),
            "Xiaomi's smartphone sales from highest",
        ),
        (("2013", "2012", "order them from lowest"), "Xiaomi's smartphone sales from lowest to highest"),
    ],
)
def test_conversation_first_to_last_and_sorted(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # about the bot, or an opinion asked, after a figure or a person: never a follow-up
        (("xiaomi sales 2015", "and your name?"), "I'm a bot"),
        (("who is kevin wang", "is he right?"), "I have no opinions"),
        # a model's share of the year's phones: a product the figures are not split by
        (("how many phones did xiaomi sell in 2015", "how many of them were Mi 5s?"), "I don't know"),
    ],
)
def test_conversation_chat_and_models_after_a_question(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a year left out of an answer over every year: the same, over the others
        (
            ("best year", "excluding 2015?"),
            "Xiaomi's best year for smartphone sales in 2012, 2013, 2014 and 2016",
        ),
        (
            ("worst year", "and without 2012?"),
            "Xiaomi's weakest year for smartphone sales in 2013-2016 was 2013",
        ),
        (("total sales", "minus 2016?"), "Xiaomi's smartphone sales for 2012-2015 add up to 156.9 million"),
        # another year measured from the same number
        (
            ("how far was 2016 from the 70m target", "and 2014?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 9 million short of 70 million",
        ),
        (
            ("how far was 2016 from 70m", "and 2013?"),
            "Xiaomi sold 18.7 million smartphones in 2013, 51.3 million short",
        ),
        # the other end of the changes, not of the years
        (
            ("xiaomi biggest jump in sales?", "and the smallest?"),
            "The smallest year-on-year rise in Xiaomi's",
        ),
        (("biggest drop?", "and the smallest?"), "The smallest year-on-year drop"),
        # the year a "which year" answer found, checked against its target
        (
            ("which year did xiaomi sell 70 million", "was that more than the target?"),
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        # a target against another year's sales
        (
            ("xiaomi 2015 target of 80 million", "how much more is that than 2014 sales?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 19 million short of the 2015 target of 80",
        ),
        (
            ("xiaomi 2014 sales", "was it a record at the time?"),
            "Yes. Xiaomi's best year for smartphone sales in 2012-2014",
        ),
        # the last answer beside several years; a half checked against a number
        (
            ("xiaomi 2016 sales", "how does that stack up against 2015 and 2014?"),
            "Xiaomi's smartphone sales, highest first: 2015",
        ),
        (
            ("xiaomi 2015 H1 sales", "over 35 million?"),
            "No. Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (
            ("xiaomi 2015 H2", "and H1?", "difference?"),
            "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half",
        ),
        (("xiaomi 2016", "did they beat 2014 expectations?"), "Yes."),
        (
            ("2016 vs 100 million", "what about against 2014?"),
            "Xiaomi's smartphone sales were higher in 2014",
        ),
        (
            ("what was the original 2015 goal?", "higher than the 2017 target?"),
            "Yes. Xiaomi's sales target was higher in 2015",
        ),
        (("xiaomi 2015", "so about 6 million a month?"), "Yes. Xiaomi sold 70 million"),
        # a number checked against the one figure just answered, or its spread
        (("2015", "at least 60m?"), "Yes. Xiaomi sold 70 million"),
        (("2013", "under 18 million?"), "No. Xiaomi sold 18.7 million"),
        (("2016 sales", "so over 1m a week?"), "Yes. Xiaomi sold around 58 million"),
        (
            ("xiaomi 2015", "more than 100 million across all years?"),
            "Yes. Xiaomi's smartphone sales for 2012-2016",
        ),
        # a year's figure against another year's target, how far or what share
        (
            ("2012", "how far short of the 2014 projection?"),
            "Xiaomi sold 7.2 million [1] smartphones in 2012, 32.8 million short",
        ),
        (
            ("h1 2015", "how far short of the 2017 target?"),
            "Xiaomi sold 34.7 million [1] smartphones in the first half of 2015",
        ),
        (
            ("2012", "what % of the 2014 projection?"),
            "Xiaomi's 7.2 million [1] in 2012 was 18% of its 2014 target",
        ),
        # the last answer against a sum of years it names
        (
            ("xiaomi 2016", "vs 2012 and 2013 combined?"),
            "Xiaomi's smartphone sales: 2016, around 58 million; 2012 and 2013 together, 25.9 million.",
        ),
        (
            ("xiaomi 2016", "is that less than 2014 and 2013 combined?"),
            "Yes. Xiaomi's smartphone sales: 2016",
        ),
        (
            ("xiaomi 2015 h1", "is that more than 2012 and 2013 together?"),
            "Yes. Xiaomi's smartphone sales: the first half of 2015, 34.7 million",
        ),
        # the figure of the year before the one a "when" answer found
        (("when did xiaomi sales fall?", "what were they the year before that?"), "Xiaomi sold 70 million"),
        # a year beaten, or measured against, after a year's figure: one year against the other
        (("xiaomi 2016 sales", "did they beat 2014?"), "No. Xiaomi's smartphone sales were higher in 2014"),
        (("xiaomi 2016 sales", "did they top 2013?"), "Yes. Xiaomi's smartphone sales were higher in 2016"),
        (
            ("xiaomi 2012", "did they beat that in 2016?"),
            "Yes. Xiaomi's smartphone sales were higher in 2016",
        ),
        (
            ("xiaomi 2016 sales", "so they sold more than in 2014?"),
            "No. Xiaomi's smartphone sales were higher in 2014",
        ),
        (
            ("xiaomi 2015 sales", "higher than the 2017 target?"),
            "No. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        (
            ("2017 target", "how far is that from 2016 sales"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
    ],
)
def test_conversation_followups_of_the_twenty_first_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        # a remark of its own after a figure: nothing of the figures in it, no figure given
        ("xiaomi 2015", "when's the meeting?"),
        ("xiaomi target 2015", "who's hungry"),
        ("xiaomi ceo", "how tall is he?"),
        ("xiaomi 2012 sales", "is it lunch time yet?"),
        ("2016 sales", "that's low"),
        ("2015 sales", "ugh my train is late again"),
        ("2015", "we should get lunch"),
    ],
)
def test_conversation_remarks_after_a_figure_are_no_followups(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert not answer.answered and "million" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, verdict",
    [
        # a margin claimed about the last answer: checked, not read as a figure
        (("xiaomi 2017 target", "and 2016 sales?", "so they need 12m more to hit the 2017 target?"), "Yes."),
        (("2016 sales", "so they needed 20m more to reach the 2017 target?"), "No."),
        (("2015 sales", "so they needed 10m more to hit the 80m target?"), "Yes."),
        (("2015 target", "and sales?", "short of the 80m by 10m?"), "Yes."),
        (("2015 sales", "did they miss the 100m by 20m?"), "No."),
        (("2015 sales", "so they beat 2014 by like 20m?"), "No."),
        (("2015 sales", "did they beat 2014 by 10m?"), "One source says so."),
        # an outcome said with a question mark is checked
        (("2015 sales", "so they beat 2014?"), "Yes."),
        (("2016 sales", "so they grew?"), "No."),
        (("2016 sales", "so down 17%?"), "Yes."),
        # missed or beaten by a margin, with nothing named: the target of the year
        (
            ("xiaomi sales 2015", "what was the target?", "so they missed by 10m?"),
            "Yes, against the target of 80",
        ),
        (("xiaomi sales 2015", "what was the target?", "so they missed by 20m?"), "No."),
        (("xiaomi 2014 projection", "and actual?", "so they beat it by 21m?"), "It depends on the source."),
        # a margin claimed after two years in turn: the last against the one before
        (("2014 sales", "and 2015?", "so they beat it by 9m?"), "One source says so."),
        (("2014 sales", "and 2015?", "so they beat it by 20m?"), "No."),
        (("2015 sales", "and 2016?", "so they missed it by 12m?"), "Yes."),
        (("2015 sales", "and 2016?", "so they beat it by 12m?"), "No."),
        (("xiaomi sales 2014", "and 2015?", "so they gained 20m?"), "No."),
        # only a margin to a year named: that year against the last one
        (("2016 sales?", "do they need 12m more to match 2015?"), "Yes."),
        (("2014?", "they'd need 20m more to reach 2015?"), "No."),
        # a change's size said as a noun or a verb, or a margin said after the number
        (("xiaomi sales 2015?", "and 2016?", "so that's a drop of 12m?"), "Yes."),
        (("xiaomi sales 2014?", "and 2015?", "so a gain of 9m?"), "One source says so."),
        (("xiaomi sales 2015?", "and 2016?", "that's 12m less right?"), "Yes."),
        (("xiaomi sales 2015?", "and 2016?", "so they lost 20m?"), "No."),
        # the year before (or after) claimed higher or lower, not the year talked about
        (("xiaomi sales 2016?", "was it higher the year before?"), "Yes."),
        (("xiaomi sales 2013?", "was it lower the year after?"), "No."),
        (("xiaomi sales 2016?", "was it higher than the year before?"), "No."),
        (("xiaomi sales 2015", "it dropped after that right?"), "Yes."),
        (("xiaomi sales 2016?", "it was lower before that right?"), "No."),
        # a conclusion drawn with a question mark is checked
        (("xiaomi sales 2015", "so that's above the target?"), "No."),
        (("xiaomi sales 2014", "so that's above the target?"), "Yes."),
        (("xiaomi sales 2014?", "and 2016?", "so 2016 was higher?"), "No."),
        (("xiaomi sales 2014?", "and 2015?", "so 50% growth?"), "No."),
        (("xiaomi sales 2016", "so that's their worst year?"), "No."),
        (("xiaomi sales 2016?", "is that below the 2017 goal?"), "Yes."),
        # a declined aside is skipped by "the year after"; "the previous one" after an opener
        (("xiaomi sales 2015?", "revenue?", "ok and the year after?"), "Xiaomi sold around 58 million"),
        (("xiaomi sales 2013", "and what about the previous one?"), "Xiaomi sold 7.2 million"),
        # the whole period of the years asked
        (
            ("2012", "2013", "2014", "2015", "growth over the whole period?"),
            "Xiaomi's smartphone sales grew from 7.2",
        ),
        # a margin claimed between a year's sales and a target asked in the two turns before
        (("xiaomi target 2017?", "and 2016 sales?", "so they need 12m more?"), "Yes."),
        (("xiaomi target 2017?", "and 2016 sales?", "so they need 20m more?"), "No."),
        (("xiaomi sales 2015?", "and the target?", "so 10m short?"), "Yes, against the target of 80"),
        (("2014 projection", "2014 sales", "so 21m ahead?"), "It depends on the source."),
        # the step named after "than", "compared to", "vs" is what the year talked about is set against
        (("2016 sales?", "was it lower compared to the year before?"), "Yes."),
        (("2016", "was it higher than in the year before?"), "No."),
        (("2014", "was it higher compared to the next year?"), "No."),
        # below a target named by its number, after a year's sales
        (("2016", "is that below the 80m target?"), "Yes."),
        (("2014", "was it under the 40m projection?"), "No."),
        (("2015", "so they missed the 80m target?"), "Yes."),
        (("2016", "did they miss 60m?"), "Yes."),
        # a question asked in the negative expects the move it names
        (("2016", "didn't they drop?"), "Yes."),
        # the last number given is the last answer's, not the data's last year
        (("2013", "what was that last sales number again?"), "Xiaomi sold 18.7 million"),
        # a margin still to go for a target
        (("2016", "so 12m more for 2017's target?"), "Yes."),
        # an age said after a figure is no bound on it
        (("xiaomi sales 2015?", "i'm under 30 lol"), "Ask me about"),
        # the last year claimed against several: no against any one of them is no
        (("xiaomi sales 2016", "lower than both 2014 and 2015?"), "Yes."),
        (("xiaomi sales 2014", "higher than 2013 and 2015?"), "No."),
        (("xiaomi sales 2014", "higher than 2013 and 2016?"), "Yes."),
        # a rise or fall asked for by how much
        (
            ("2014", "and 2015?", "so up how much?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014",
        ),
        (("2015", "and 2016?", "how much down?"), "Xiaomi's smartphone sales fell from 70 million in 2015"),
        # a bound written bare, in the scale of the figure just given
        (("2015 sales", "under 80?"), "Yes."),
        (("2014", "more than 60?"), "It depends on the source."),
        (("2012 sales", "bigger than 7?"), "Yes."),
        # the year the last answer found, measured against a target
        (
            ("best year?", "higher than the 2017 target?"),
            "No. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        (
            ("best year?", "more than the 80m target?"),
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
    ],
)
def test_conversation_margins_and_outcomes_claimed(engine: Engine, turns, verdict):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(verdict), answer.text


def test_conversation_margin_asked_is_no_claim(engine: Engine):
    _, answer = talk(engine, "2015 sales", "so they missed the 100m goal by how much?")
    assert answer.text.startswith("Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short")


@pytest.mark.parametrize(
    "turns, start",
    [
        # an operation after a measure the bot lacks is that measure's, and declined the same
        (
            ("what was the average selling price in 2014?", "and in 2015?", "what was the change?"),
            "I don't have Xiaomi's average selling price.",
        ),
        (("xiaomi revenue 2014", "and 2015", "total?"), "I don't have Xiaomi's revenue."),
        # ... and sales named again are sales
        (("xiaomi revenue?", "ok what about sales growth in 2015?"), "Xiaomi's smartphone sales grew"),
        # a year claimed against the one talked about
        (
            ("xiaomi 2012 sales", "did they sell more or less in 2013"),
            "2013 was higher than 2012. Xiaomi's smartphone sales were higher in 2013",
        ),
        (("xiaomi 2015 sales", "did they sell more in 2016?"), "No. Xiaomi's smartphone sales were higher"),
        # a year written short with an apostrophe
        (("xiaomi '14 pls", "yoy vs '13?"), "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013"),
        # what sales lacked of the target just asked, by its number
        (
            ("2015 sales", "the 80m goal", "how many more were needed"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target of 80",
        ),
        (
            ("2015 sales", "the 80m goal", "how far short were they?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target of 80",
        ),
        # another year's sales against the target the last answer set a year against
        (
            ("kevin wang's 2017 number", "vs 2015 actual?", "vs 2016 actual?"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # the count named instead of a measure just declined, of the same year
        (
            ("xiaomi 2016 revenue?", "ok then just the units"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        (
            ("xiaomi profit 2015?", "revenue?", "ok units sold then"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # a year written with two digits beside the measure
        (("xiaomi 2014 proj", "actual 14?"), "Sources disagree on 2014: Xiaomi sold 61 million"),
        (("2016 xiaomi mn units", "17 tgt"), "Target: According to industry insider Kevin Wang"),
        # a year claimed of the answer that found one
        (("which year was xiaomi's best", "that was 2014 right?"), "No. Xiaomi's best year"),
        (("when was xiaomi founded", "so 2011?"), "No. Xiaomi was founded in 2010."),
        (("when was xiaomi founded", "so 2010?"), "Yes. Xiaomi was founded in 2010."),
        # the same figure, claimed of the two just asked or of a year named
        (
            ("xiaomi 2015 sold", "2017 target?", "same number?"),
            "Yes. Xiaomi sold 70 million smartphones in 2015",
        ),
        (("2016 sales", "2017 target", "same?"), "No. Xiaomi sold around 58 million smartphones in 2016"),
        (("2017 target per kevin wang", "so same as 2015 sales?"), "Yes. Xiaomi sold 70 million smartphones"),
        (("xiaomi 2015 sales", "same as 2014?"), "No. Xiaomi's smartphone sales were higher in 2015"),
        # a year's sales measured against the target just asked
        (
            ("the original 2015 target", "how much over 2014 sales was that"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short of the 2015 target",
        ),
        (
            ("xiaomi's 2014 projection", "how many times that did they sell in 2015?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million more than the 2014 projection",
        ),
        # the ratio of a target to the one it replaced
        (
            ("how much was the 2015 goal originally?", "and after they cut it?", "ratio of the two?"),
            "The last sales target was 0.8 times the first (1.25 the other way round).",
        ),
        # a year added "on top"; the best since they started is the best ever
        (
            ("xiaomi 2013 units", "with 2014 on top, what's the 2-year total"),
            "Xiaomi's smartphone sales for 2013-2014",
        ),
        (
            ("xiaomi 2015 sales", "so the 2015 total was their best since they started?"),
            "Yes. Xiaomi's best year",
        ),
        # a fact asked after figures is the company's, with no year's figure
        (
            ("xiaomi 2012 sales", "and 2013", "ok unrelated but what os do they run"),
            "Xiaomi is known for selling",
        ),
        (("xiaomi 2017 target", "who set it?"), "Target: According to industry insider Kevin Wang"),
        # which of two, with no yes or no and no year said to have no sales
        (
            ("what's kevin wang's 2017 number", "is that more or less than 2016 sales"),
            "The 2017 target is more than the 2016 figure. Xiaomi sold around 58 million",
        ),
        # a multiple asked after sales against a target: of those two
        (
            ("2014 sales vs the projection for that year", "so what's the multiple?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million",
        ),
        (
            ("2013", "2014", "ratio?"),
            "Xiaomi's smartphone sales in 2014 were 3.3 or 3.2 (3.26 or 3.21) times those of 2013",
        ),
        # the target named again with an operation, after a target and another year's sales
        (
            ("what was the revised 2015 target?", "and 2014 actual?", "what increase did the target imply?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short of the 2015 target",
        ),
        (("2015 target", "2014 sales", "what was the target cut by?"), "The 2015 sales target went from 100"),
        # a target of another year said to be the same number as the year just found
        (
            ("which year did they move 70 million?", "is the 2017 threshold the same number?"),
            "Yes. Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target",
        ),
        (("xiaomi 2016 sales", "is the 2017 target the same number?"), "No. Xiaomi sold around 58 million"),
        # the growth a target needs over the sales asked before it
        (("2016 sales", "2017 target", "what growth does that need in %"), "Xiaomi sold around 58 million"),
        # the same number, claimed of a year's sales and its own target, or of two years
        (("xiaomi 2014 sales", "2014 projection?", "same number?"), "No. Xiaomi sold 61 million [1]"),
        (("xiaomi 2015 sales", "and 2014?", "same?"), "No. Xiaomi's smartphone sales were higher in 2015"),
        # "more than that in 2014": 2014 claimed, the last answer measured against
        (("xiaomi 2015 sales", "did they sell more than that in 2014?"), "No."),
        (("xiaomi 2014 sales", "did they sell more than that in 2015?"), "Yes."),
        # an amount beside a count word is no short year; "what about 2016?" is no claim
        (("xiaomi 2016 sales", "58 units?"), "Yes. Xiaomi sold around 58 million"),
        (
            ("what was their best year?", "what about 2016?"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        # another place "too", after a fact of where: checked there
        (("where does xiaomi sell", "india too?"), "Yes. Xiaomi's markets include"),
        (("where does xiaomi sell", "japan too?"), "The articles don't say so of Japan."),
        # the ends of the data, said as what the bot has
        (
            ("xiaomi 2010 sales?", "ok the first year you've got numbers for"),
            "Xiaomi's smartphone sales by year: 2012",
        ),
        (
            ("xiaomi 2018 sales?", "fine, what about the last year you do have"),
            "Xiaomi's smartphone sales by year: 2016",
        ),
        # the actual figure set against the projection just asked
        (
            ("xiaomi 2014", "and the projection", "ratio actual/projection"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million",
        ),
    ],
)
def test_conversation_followups_of_the_twenty_fourth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the one target a fact answer gave is what "did they hit it?" measures against
        (("kevin wang says 70m for 2017", "did they hit it?"), "I have no smartphone sales for 2017"),
        (("what did kevin wang say?", "is that more than 2016?"), "Yes. For 2017 the target of 70 million"),
        # ... but an aside before "the year before" is still an aside
        (("2015 sales?", "what did kevin wang say?", "and the year before?"), "Sources disagree on 2014"),
        # "that guy" is the person just named, and the sources of a target name who said it
        (("who says xiaomi needs 70M in 2017", "what does that guy do"), "Kevin Wang is an industry insider"),
        # a number checked after the best year is that year's figure, checked
        (("what was xiaomi's best year?", "so 70m?"), "Yes. Xiaomi sold 70 million smartphones in 2015"),
        (("worst year?", "was it 7.2 million?"), "Yes. Xiaomi sold 7.2 million smartphones in 2012"),
        # one year's sales said to be the same as the target just asked
        (
            ("xiaomi target 2017?", "same as 2015 sales right?"),
            "Yes. Xiaomi sold 70 million smartphones in 2015",
        ),
        (("2017 target", "same as 2016 sales?"), "No. Xiaomi sold around 58 million"),
        # which side is said to be higher, where one side is left to the conversation
        (("2017 target", "did they sell more in 2016?"), "No. Xiaomi sold around 58 million"),
        (("2017 target", "is that more than 2016 sales?"), "Yes. Xiaomi sold around 58 million"),
        (("xiaomi sales 2015", "is that more than the 2014 projection"), "Yes. Xiaomi sold 70 million [1]"),
        (("xiaomi sales 2016?", "is that below the 2017 goal?"), "Yes. Xiaomi sold around 58 million"),
        # what was projected, named by the plan
        (
            ("how many did xiaomi sell in 2014?", "so they beat what they projected?"),
            "Yes. Xiaomi sold 61 million",
        ),
        # a year on from a dated fact is that fact another year, which the articles do not give
        (("xiaomi valuation?", "what was it a year earlier?"), "I don't know that one."),
        (("when was xiaomi founded?", "where's it from?"), "Xiaomi is one of the largest China-based"),
        # a share reached, after a target and then that year's sales
        (
            ("2015 target after the cut", "sales 2015", "% hit?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
        (("xiaomi sales 2014", "anyone want lunch?"), "I don't know about lunch plans."),
        # chat in passing between turns leaves the follow-up to the question before it
        (
            ("xiaomi 2015 sales", "i got my first phone in 2012 lmao", "what about the year after"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        (
            ("xiaomi 2013 sales", "my cousin works at huawei lol", "and 2016?"),
            "Xiaomi sold around 58 million",
        ),
        (
            ("xiaomi 2015 sales", "and 2016?", "ok diff q: when was xiaomi founded?"),
            "Xiaomi was founded in 2010",
        ),
        (("who's the ceo of huawei", "nvm, xiaomi's ceo?"), "Lei Jun is Xiaomi's CEO"),
        # the target named by its number is "it"; "the number they need" is a target
        (
            ("xiaomi 2015 first half", "and the 80m target", "how many left for h2 to hit it"),
            "After 34.7 million in the first half of 2015, Xiaomi needed 45.3 million more",
        ),
        (
            (
                "xiaomi sold how many in 2016",
                "and what's the 2017 number they need",
                "so how many more is that",
            ),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # the side a comparison asks about, where the target was given by a fact answer
        (("kevin wang says 70m for 2017", "is 2016 higher?"), "No. For 2017 the target of 70 million"),
        (("kevin wang says 70m for 2017", "was 2016 lower than that?"), "Yes. For 2017 the target"),
        # a target a fact gave before a year's sales is not "the target" of that year
        (
            ("kevin wang says 70m for 2017", "xiaomi 2015 sales", "did they hit the target?"),
            "No. Xiaomi sold 70",
        ),
        # a year named bare against the target talked about is that year's sales
        (
            ("kevin wang says 70m for 2017", "was 2015 more?"),
            "No. Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        (
            ("kevin wang says 70m for 2017", "was 2014 higher?"),
            "No. Xiaomi sold 61 million [1] smartphones in 2014",
        ),
        (("xiaomi 2015 target", "same as 2015 sales?"), "No. Xiaomi sold 70 million [1] smartphones in 2015"),
        (
            ("xiaomi 2015 sales", "% hit?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        (("xiaomi 2015 sales", "bought 2 that year myself"), "Ask me about"),
        # "up or down" of the year asked about; "there" in greetings and idioms is no place
        (("xiaomi 2013 sales", "up or down compared to 2016?"), "Down."),
        (("when are they coming to the us", "hi there, 2016 sales?"), "Xiaomi sold around 58 million"),
        # requests that start with oneself still ask; a phone of one's own does not
        (("xiaomi 2013 sales", "me again, 2013 please"), "Xiaomi sold 18.7 million"),
        (("xiaomi 2015 sales", "my question was about 2016"), "Xiaomi sold around 58 million"),
        (("xiaomi 2015 sales", "got one myself in 2016"), "Ask me about"),
        (
            ("xiaomi 2014", "and 2016", "the total for every year in between too"),
            "Xiaomi's smartphone sales for 2014-2016",
        ),
        (("who is lei jun", "that guy's company was valued at what?"), "Xiaomi was valued at $46 billion"),
        # the same fact of two companies in turn, then a difference: one set against the other
        (
            ("iphone price range", "and xiaomi's?", "gap between the top ends?"),
            "The priciest Apple phone ($1,000) and the priciest Xiaomi phone ($300) are $700 apart.",
        ),
        (
            ("cheapest iphone", "most expensive xiaomi", "how much more?"),
            "The cheapest Apple phone ($650) and the priciest Xiaomi phone ($300) are $350 apart.",
        ),
        # the middle or the width of the range just given
        (("xiaomi phone prices", "midpoint?"), "The middle of Xiaomi's range of phone prices is $200."),
        (("xiaomi phone prices", "how wide is that range?"), "Xiaomi's range of phone prices is $200 wide."),
        (("iphone prices", "and the midpoint?"), "The middle of Apple's range of phone prices is $825."),
        # an average asked in a few words after a range is its middle, never the yearly sales averaged
        (("xiaomi phone price range", "what's the average"), "The middle of Xiaomi's range of phone prices"),
        (("xiaomi phone price range", "what's the yearly average"), "Xiaomi's smartphone sales averaged"),
        # "its phones" are the company's, not the last product named
        (("which markets does xiaomi sell in", "how much do its phones cost?"), "Xiaomi sells low-cost"),
        # the ends of a price range, and what a phone starts at, are prices
        (("what's the cheapest a xiaomi phone goes for", "and the top end?"), "Xiaomi sells low-cost"),
        (("how much does an iphone start at per that article", "and a xiaomi?"), "Xiaomi sells low-cost"),
        (
            ("what was xiaomi's scaled-back goal for 2015?", "and the one they started the year with?"),
            "The 2015",
        ),
        # the year "last year" was answered for, and the best year up to a year named
        (
            (
                "how many phones did xiaomi sell last year according to the april 2017 article",
                "is that official?",
            ),
            "No. Xiaomi sold around 58 million smartphones in 2016",
        ),
        (
            ("xiaomi's most successful year as of 2017?", "how many did they sell then?"),
            "Xiaomi sold 70 million",
        ),
        # the target a fact answer gave, said the same as a year's sales
        (
            ("what does kevin wang think xiaomi must sell in 2017", "same as 2015?"),
            "Yes. Xiaomi sold 70 million",
        ),
        (("who is kevin wang?", "and lei jun?"), "Lei Jun is Xiaomi's CEO."),  # the same question, no claim
        (("who called xiaomi's designs theft", "lei jun, right?"), "No. Apple design chief Jony Ive"),
        # a person named after a question of who: whether the fact names that person
        (("who's the ceo of xiaomi", "so it's kevin wang?"), "No. Lei Jun is Xiaomi's CEO"),
        (("who's the ceo of xiaomi", "so it's lei jun?"), "Yes. Lei Jun is Xiaomi's CEO."),
        (
            ("who called xiaomi's designs theft", "it was jony ive, right?"),
            "Yes. Apple design chief Jony Ive",
        ),
        # "he" where no one was named is no one
        (("xiaomi sales 2014", "and 2015?", "who is he?"), "I don't know about that person."),
        # "there" is the place just named
        (
            ("when are they coming to the us", "how many phones did they sell there"),
            "I don't know the smartphone sales for US",
        ),
        # every year from the first asked to the last: each year of the span, not the two ends
        (
            (
                "xiaomi 2012 sales?",
                "and in 2016?",
                "the total for every year from the first to the last of those?",
            ),
            "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million",
        ),
        # the year's own figure named: what was left is the rest of that year, no way to a target
        (
            (
                "first half 2015 xiaomi sales",
                "if they did 70m for the full year, what was left for the second half?",
            ),
            "No article gives Xiaomi's smartphone sales for the second half of 2015; derived",
        ),
        # a percent sign for the word, over the years asked
        (("xiaomi 2013 sales", "2016", "% up?"), "Xiaomi's smartphone sales grew from 18.7 million in 2013"),
    ],
)
def test_conversation_followups_of_the_twenty_fifth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "remark",
    ["see you in 2015 lol", "I bought 2 xiaomi phones that year lol", "happy new year 2015 everyone"],
)
def test_conversation_remark_in_passing_names_no_figure(engine: Engine, remark):
    # a farewell or a remark about oneself mentions a year or a number, and asks nothing
    frame, answer = talk(engine, "xiaomi sales 2014", remark)
    assert answer.kind == "chatter" and not answer.answered and frame.years == ()


@pytest.mark.parametrize(
    "correction", ["i meant 2016", "sorry i meant 2016", "my bad, 2016", "thanks, and 2016"]
)
def test_conversation_correction_with_a_year_still_asks(engine: Engine, correction):
    _, answer = talk(engine, "xiaomi sales 2013", correction)
    assert answer.text.startswith("Xiaomi sold around 58 million smartphones in 2016"), answer.text


def test_conversation_what_tim_cook_thinks_of_a_target_given_is_not_known(engine: Engine):
    _, answer = talk(
        engine,
        "what did kevin wang say xiaomi needs to sell this year?",
        "what does tim cook think about that?",
    )
    assert not answer.answered


def test_conversation_said_to_someone_else_is_no_follow_up(engine: Engine):
    _, answer = talk(engine, "xiaomi 2014 sales?", "@anna can you put this in the deck")
    assert answer.kind == "chatter" and not answer.answered


def test_conversation_number_asked_after_a_question_is_that_questions(engine: Engine):
    # "exact number pls", a part of its own, asks the number of the part before it: Q3 2015 has none
    _, answer = talk(
        engine,
        "how many phones did xiaomi move in the first half of 2015?",
        "ok and q3 that year? exact number pls",
    )
    assert not answer.answered and "no figure given" in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a bare number after a change is that change, checked, whichever way it went
        (
            ("biggest drop in sales?", "so 12m?"),
            "Yes. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        (("growth 2014 to 2015?", "so 15m?"), "No. Xiaomi's smartphone sales grew from 61 million"),
        (("growth 2014 to 2015?", "so 10m?"), "It depends on the source. Xiaomi's smartphone sales grew"),
        # ... and a number that is the later year's own figure is checked as that figure
        (("growth 2015 to 2016?", "so 58m?"), "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        (("growth 2015 to 2016?", "so 70m?"), "Xiaomi's smartphone sales fell from 70 million in 2015"),
        # the year after a date that was the answer asks what there is of that year, never the date
        (
            ("when was xiaomi founded?", "and a year later?"),
            "I don't know Xiaomi's smartphone sales for 2011",
        ),
        # two companies' ranges with no end named: both ends and the middles, each pair set apart
        (
            ("xiaomi price range", "iphone price range", "difference?"),
            "Xiaomi against Apple, phone prices of each range: low ends $100 vs $650 ($550 apart); "
            "high ends $300 vs $1,000 ($700 apart); middles $200 vs $825 ($625 apart).",
        ),
        (
            ("xiaomi phones cost what?", "and iphones?", "difference between the midpoints?"),
            "Xiaomi against Apple, phone prices of each range: middles $200 vs $825 ($625 apart).",
        ),
        (("xiaomi price range", "iphone price range", "how many times more?"), "Xiaomi against Apple"),
        # one company's end just asked, another's named with a word pointing back
        (
            ("xiaomi's cheapest phone price?", "how many of those would the top iphone price buy?"),
            "The priciest Apple phone ($1,000) costs 10 times the cheapest Xiaomi phone ($100).",
        ),
        (
            ("priciest xiaomi?", "is it cheaper than the cheapest iphone?"),
            "Yes. The priciest Xiaomi phone ($300) and the cheapest Apple phone ($650) are $350 apart.",
        ),
        # a step in time after a metric the bot lacks is still that metric, declined
        (
            ("how much profit did xiaomi make in 2014?", "and the year after?"),
            "I don't have Xiaomi's profit.",
        ),
        (
            ("what's xiaomi's market share in 2015", "what about the year before"),
            "I don't have Xiaomi's market",
        ),
        # a month at the end of a sales question is a month's sales, which no article gives
        (
            ("2016 sales", "what were sales in december"),
            "I don't know Xiaomi's smartphone sales for December 2016.",
        ),
        # a number after what a target was cut to is that year's targets checked; after how much it
        # was cut, the size of the cut
        (("what did lei jun cut the 2015 goal to?", "so 80m?"), "Yes. Target: Xiaomi's original goal"),
        (
            ("how much was the 2015 target cut?", "so 20m?"),
            "Yes. The 2015 sales target went from 100 million",
        ),
        (("by how much did lei jun lower the 2015 goal", "so 10 million?"), "No. The 2015 sales target went"),
        # a step of one quarter or half from the part talked about
        (
            ("h1 2015 sales", "the previous half?"),
            "I don't know Xiaomi's smartphone sales for the second half of 2014",
        ),
        (("q3 2015 drop?", "and the next quarter?"), "I don't know Xiaomi's smartphone sales for Q4 2015"),
        # no quarter's figure, but what the facts date to that quarter, said as not the figure
        (("xiaomi h1 2015 sales", "q2?"), "I don't know Xiaomi's smartphone sales for Q2 2015. I have them"),
        # "did they end up hitting it?" asks whether the target was reached
        (("what's the 2017 target?", "did they end up hitting it?"), "I have no smartphone sales for 2017"),
        # a target, then sales in part of its year, then what was still needed: the rest to that target
        (
            (
                "what was xiaomi's original 2015 target?",
                "what did they sell in h1?",
                "so how much more did they need?",
            ),
            "After 34.7 million in the first half of 2015, Xiaomi needed 65.3 million more",
        ),
        (
            ("what was the scaled-back 2015 goal?", "h1 2015 sales", "so what was left to sell?"),
            "After 34.7 million in the first half of 2015, Xiaomi needed",
        ),
        (
            ("original 2015 target?", "2015 sales?", "so how much more did they need?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target",
        ),
        (
            ("what was the revised 2015 goal?", "first half sales?", "so how much more did they need?"),
            "After 34.7 million in the first half of 2015, Xiaomi needed",
        ),
        # a target and another year's sales, then "that" set against each other
        (
            ("kevin wang's 2017 target?", "2016 sales?", "what percentage growth is that?"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # "his company" is the company the facts give the person just named, by a role beside both
        (
            ("what's the name of xiaomi's ceo?", "how much is his company worth?"),
            "Xiaomi was valued at $46 billion",
        ),
        (
            ("who is jony ive?", "and his company's phones cost what?"),
            "iPhones sell for between $650 and $1,000.",
        ),
        (
            ("who is kevin wang?", "what's his company worth?"),
            "The articles don't say which company Kevin Wang",
        ),
        # "how much more in 2016?" after 2012 and 2016: one against the other, not 2016's own change
        (
            ("xiaomi 2012 sales", "and 2016", "how much more in 2016 in %"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to around 58 million in 2016",
        ),
        # "the last two", "the first three": counted from an end of the years asked, in order asked
        (
            ("xiaomi 2014", "2015", "2016", "so avg of the last two"),
            "Xiaomi's smartphone sales averaged 64 million a year over 2015-2016",
        ),
        (
            ("2013", "2014", "2015", "2016", "total of the first three"),
            "Xiaomi's smartphone sales for 2013-2015 add up",
        ),
        # a year's projection, then that year's sales, then how far over it
        (
            ("xiaomi's 2014 projection?", "actual?", "how many % over projection"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million [2]",
        ),
        # the difference after a year the sources disagree on is theirs
        (
            ("is the 2014 figure the same in both articles?", "whats the difference then"),
            "Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2] smartphones in 2014. "
            "They differ by 1 million.",
        ),
        # "divide" is a ratio
        (
            ("xiaomi 2012 sales", "and 2015", "divide the bigger by the smaller"),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times those of 2012.",
        ),
        # two targets asked, then one year of them against the other: the targets, never sales
        (
            (
                "what was the revised 2015 goal",
                "and the 2017 target",
                "so is 2017 lower or higher and by how much",
            ),
            "Down. Xiaomi's sales target fell from 100 million [1] in 2015 to 70 million [2] in 2017",
        ),
        # "what number did he give?" is the figure he is quoted for, which "that" then is
        (
            (
                "who's kevin wang",
                "what number did he give",
                "is that more or less than what they sold in 2016",
            ),
            "The 2017 target is more than the 2016 figure. Xiaomi sold around 58 million",
        ),
        # a number after a change, claimed to go one way: checked that way too
        (
            ("change 2015 to 2016?", "so 12m up?"),
            "No. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        (
            ("biggest drop?", "so 12 million fewer?"),
            "Yes. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        (("growth 2012 to 2013?", "so 11.5m more?"), "Yes. Xiaomi's smartphone sales grew from 7.2 million"),
        # a number after when or whether a target was cut checks the target it became
        (("when was the 2015 goal cut?", "so 80m?"), "Yes. Target: Xiaomi's original goal for 2015"),
        # a year after a metric the bot lacks, then sales "that year": the year after
        (
            ("profit 2014?", "and the year after?", "and sales that year?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # the same year asked of one article and then the other, then "gap?": the articles' difference
        (
            ("2014 per the 2015 article", "2014 per the 2017 article", "gap?"),
            "Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2] smartphones in 2014. "
            "They differ by 1 million.",
        ),
        # ... but a projection asked last is what the gap is to
        (
            ("2014 sales", "and the 2014 projection?", "the gap between those?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million [2]",
        ),
        # "need" with nothing to reach is no shortfall
        (
            ("2015 target", "h1 2015", "what did they need to focus on?"),
            "Lei Jun said Xiaomi needs to focus on smartphones",
        ),
        # a margin said as a sum after two years asked: the change between them, checked
        (
            ("sales 2012?", "and 2013?", "so 11.5m more?"),
            "Yes. Xiaomi's smartphone sales grew from 7.2 million",
        ),
        (("2015", "2016", "so 12 million more?"), "No. Xiaomi's smartphone sales fell from 70 million"),
        # a bound claimed of every one of a range: one end past it is a no
        (("xiaomi phone prices", "so always under $250?"), "No. Xiaomi sells low-cost"),
        # a declined metric, then the units "the year after": of the year after it
        (
            ("xiaomi revenue 2015?", "and the sales the year after?"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        # a month alone after a year's figure is that month's sales, which no article gives
        (("2015 sales?", "what about may?"), "I don't know Xiaomi's smartphone sales for May 2015."),
        # a bare number after two years asked: the change between them, or the later year's own figure
        (
            ("sales 2015?", "and 2016?", "so 12m?"),
            "Yes. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        (("2015", "2016", "so 58m?"), "Yes. Xiaomi's smartphone sales fell from 70 million in 2015"),
        (("2013", "2014", "so 60m?"), "It depends on the source. Xiaomi's smartphone sales grew"),
        # "exact date?" after a fact: when that fact happens, never another fact's date
        (("when is xiaomi launching in the us", "exact date?"), "I don't know that one."),
        (("what flagship was expected in April 2017?", "on what date?"), "Expected: Xiaomi's new flagship"),
        # "his number" after a person is the target he is quoted for
        (
            ("who is Kevin Wang?", "did Xiaomi actually hit his number?"),
            "I have no smartphone sales for 2017 to check the target against.",
        ),
        (
            ("who is kevin wang", "how far were 2016 sales from his number?"),
            "For 2017 the target of 70 million is 12 million (+20.7%) more than in 2016",
        ),
        # a name the facts do not know, said as the answer to a question of who: no
        (("who called xiaomi a thief?", "was it tim cook?"), "No. Apple design chief Jony Ive once called"),
        (("who runs xiaomi", "is it tim cook?"), "No. Lei Jun is Xiaomi's CEO"),
        # a bound after a fact's figure checks that fact
        (
            ("xiaomi price range", "so none of their phones cost more than $300?"),
            "Yes. Xiaomi sells low-cost",
        ),
        (("what's the price range of xiaomi phones?", "so always under $350?"), "Yes. Xiaomi sells low-cost"),
    ],
)
def test_conversation_followups_of_the_twenty_sixth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        # a bound alone after prices: every one of them, or any of them, past it
        (("xiaomi phone prices?", "so never above $300?"), "Yes. Xiaomi sells low-cost"),
        (("xiaomi phone prices?", "any above $300?"), "No. Xiaomi sells low-cost"),
        (("xiaomi phone prices?", "anything over 200 bucks?"), "Yes. Xiaomi sells low-cost"),
        (("xiaomi valuation", "more than 40bn?"), "Yes. Xiaomi was valued at $46 billion"),
        # a half against its own whole year, by the size of the gap
        (("was h1 2015 within 40m of 2015?",), "Yes. Xiaomi's smartphone sales in the first half of 2015"),
        (("was h1 2015 within 30m of 2015?",), "No. Xiaomi's smartphone sales in the first half of 2015"),
        (("did they get within 10m of the target in 2015?",), "Yes, against the target of 80 million"),
        # one of the two years just asked (sales, then a target), set against the other
        (
            ("2015 sales", "2017 target", "is 2017 higher or lower?"),
            "Xiaomi sold 70 million smartphones in 2015, the same as",
        ),
        (("when did lei jun lower the goal?",), "In March 2015. The 2015 sales target went from 100 million"),
        # "they" after a fact that named rivals is still the company asked about, unless rivals were asked for
        (
            ("when was xiaomi china's top smartphone vendor?", "how many phones did they sell that year?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (("when did xiaomi's q3 sales fall?", "how many did they sell that year?"), "Xiaomi sold 70 million"),
        (("q3 sales?", "and the full year?"), "Xiaomi sold 70 million smartphones in 2015"),
        (
            ("what's the 2014 projection?", "and actual?", "ratio?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating",
        ),
        (
            ("how much did xiaomi need in the second half of 2015 to hit the original target?",),
            "After 34.7 million in the first half of 2015, Xiaomi needed 65.3 million more in the second "
            "half to reach its target of 100 million. —",
        ),
        (
            ("xiaomi's original 2015 target?",),
            "Target: Xiaomi's original goal for 2015 was to sell 100 million phones. —",
        ),
        (
            ("xiaomi h1 2015", "and the full year", "so h2 was?", "was that more than h1?"),
            "Yes. Xiaomi's smartphone",
        ),
        (("h1 2015", "was that more than h2?"), "No. Xiaomi's smartphone sales in 2015"),
        (
            ("xiaomi sales 2016", "kevin wang's 2017 number", "growth needed in percent?"),
            "Xiaomi sold around 58 million",
        ),
        (
            (
                "lei jun's revised target",
                "and what did they sell in the first half?",
                "how much was left for the second half?",
            ),
            "After 34.7 million in the first half of 2015, Xiaomi needed 45.3 million more in the second "
            "half to reach its target of 80 million. —",
        ),
        (("xiaomi sales 2015?", "target?", "and the one after march?"), "Target: In March 2015, CEO Lei Jun"),
        (
            ("what did kevin wang say the magic number was", "and when did they last hit it?"),
            "Xiaomi sold 70 million smartphones in 2015, reaching",
        ),
        # a target further back than the last two questions, and which of two a later target is
        (
            (
                "what does kevin wang say xiaomi needs in 2017?",
                "who is he?",
                "and what did xiaomi sell in 2016?",
                "so how much more do they need?",
            ),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        (("2017 target", "xiaomi 2015 sales", "did they hit the target?"), "No. Xiaomi sold 70 million [1]"),
        (("2017 target per kevin wang", "and 2016 sales", "what's left to hit it?"), "Xiaomi sold around 58"),
        (("when was the photo of lei jun taken?", "sales that year?"), "Sources disagree on 2014"),
        (("how many phones did xiaomi sell in 2015?", "sorry what was that number again"), "Xiaomi sold 70"),
        (
            ("h1 2015 xiaomi?", "full 2015?", "what % is the first of the second"),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 49.6%",
        ),
        (("what's xiaomi's revenue", "ok then which research firm reported the q3 2015 drop"), "Xiaomi's Q3"),
        (
            ("xiaomi h1 2015?", "switching gears, which markets does xiaomi sell in"),
            "Xiaomi's markets include",
        ),
        (("who is xiaomi's cfo", "sorry, ceo"), "Lei Jun is Xiaomi's CEO"),
        (
            ("xiaomi and apple phone prices", "so what's the midpoint of each?"),
            "The middle of Xiaomi's range of phone prices is $200. The middle of Apple's",
        ),
        (("xiaomi best year", "and the year with the 2nd most sales"), "Xiaomi's second best year"),
        (("Did Xiaomi beat Kevin Wang's number in 2016?",), "No. Xiaomi sold around 58 million"),
        (("lei jun cut the goal to 90m right",), "No. The 2015 sales target went from 100 million to 80"),
        (("do u think xiaomi's designs really are theft tho?",), "I have no opinions or predictions"),
        (("how much were sales in 2015?",), "Xiaomi sold 70 million"),
        (
            (
                "what did xiaomi sell in 2012 and how much did they sell in 2016, and whats the growth "
                "between those",
            ),
            "Xiaomi sold 7.2 million smartphones in 2012. Xiaomi sold around 58 million smartphones in 2016 "
            "(according to reports). Xiaomi's smartphone sales grew from 7.2 million in 2012",
        ),
        (
            ("is kevin wang's 2017 number more or less than 2016 sales?",),
            "The 2017 target is more than the 2016",
        ),
        # a part of one year and another whole year, asked in turn, then worked on together
        (
            ("xiaomi h1 2015", "and all of 2013", "difference?"),
            "Xiaomi's smartphone sales in 2013 (18.7 million [1]) against the first half of 2015",
        ),
        (
            ("xiaomi h1 2015", "and 2012"),
            "No article gives Xiaomi's smartphone sales for the first half of 2012;",
        ),
        (
            ("xiaomi h1 2015", "and 2012", "ratio?"),
            "Xiaomi's smartphone sales in 2012 (7.2 million [1]) against",
        ),
        (
            ("h1 2015 xiaomi", "and 2013", "sum?"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (
            ("xiaomi sales 2015", "is that more than h1?"),
            "Yes. Xiaomi's smartphone sales in the first half of 2015",
        ),
        (
            ("2015 sales?", "that's double 2013 right?"),
            "No. Xiaomi's smartphone sales in 2015 were 3.7 (3.74) times",
        ),
        (
            ("did sales double from 2013 to 2014?",),
            "Yes. Xiaomi's smartphone sales in 2014 were 3.3 or 3.2 (3.26 or 3.21) times",
        ),
        (
            ("xiaomi sales 2016", "and 2015", "so they fell by 12m?"),
            "Yes. Xiaomi's smartphone sales fell from 70",
        ),
        (
            ("xiaomi vs apple phone prices", "price gap at the low end?"),
            "The cheapest Xiaomi phone ($100) and the",
        ),
        (
            ("how many phones did xiaomi sell in july 2015?",),
            "I don't know Xiaomi's smartphone sales for July",
        ),
        # a target's number looked up among the years' sales; a quoted person's expectation
        (("2017 target?", "same as what year's sales?"), "That was 2015: Xiaomi sold 70 million"),
        (
            (
                "who is kevin wang",
                "what's his 2017 number",
                "same as which year?",
                "how many did they sell that year",
            ),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("2014 projection?", "which year did they sell that many?"),
            "No year's smartphone sales were 40 million",
        ),
        (
            ("xiaomi 2014 sales", "vs the 40m projection, what %?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating",
        ),
        (("lei jun", "what does he expect for 2017?"), "Lei Jun is expecting a really successful 2017"),
        (
            ("first half 2015 sales?", "is that more than half the 80m target?"),
            "No. Xiaomi's 34.7 million in the first",
        ),
        (("xiaomi worth?", "and whats the most valuable one?"), "The articles don't say which."),
        (("xiaomi rank in china 2017", "who's ahead?"), "In China, Huawei, OPPO and Vivo had the upper hand"),
        (("what happened in q3 2015", "and q2?"), "I don't know Xiaomi's smartphone sales for Q2 2015."),
        (
            ("what percent of 2015 was h1?", "and h2?"),
            "No article gives Xiaomi's smartphone sales for the second",
        ),
        # years asked before, named by their place in the talk
        (
            (
                "xiaomi 2012 sales",
                "and 2013",
                "and 2014",
                "how much did the first one grow to the second one",
            ),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 18.7 million in 2013",
        ),
        (("xiaomi 2016 sales", "and 2013", "first minus second"), "Xiaomi's smartphone sales grew from 18.7"),
        (
            ("xiaomi 2012 sales", "and 2013", "ratio of the 2 numbers you just gave"),
            "Xiaomi's smartphone sales in 2013 were 2.6",
        ),
        (
            ("xiaomi 2013 sales", "2015 sales", "2016 sales", "the middle one minus the last one"),
            "Xiaomi's smartphone sales fell from 70",
        ),
        (
            ("xiaomi 2015 sales", "2016 sales", "compared to what you said first, was the second up or down"),
            "Down. Xiaomi's smartphone sales fell from 70 million in 2015",
        ),
        (
            ("xiaomi 2015 sales", "2016 sales", "2014 sales", "which of the three is lowest"),
            "Xiaomi's weakest year",
        ),
        (
            (
                "xiaomi sales 2015",
                "and 2013",
                "and 2012",
                "what was the first year i asked about and its number",
            ),
            "Xiaomi sold 70 million",
        ),
        (
            ("xiaomi 2016", "h1 2015", "is the second more than half the first?"),
            "Yes. Xiaomi's smartphone sales in the first half",
        ),
        (("h1 2015 units?", "and full 2016?"), "Xiaomi sold around 58 million smartphones in 2016"),
        (
            ("xiaomi 2013 sales", "scratch that, 2012", "and 2015", "total of those two"),
            "Xiaomi's smartphone sales for 2012 and 2015 add up to 77.2",
        ),
        (
            ("price of xiaomi phones", "average of the low and high end"),
            "The middle of Xiaomi's range of phone prices is $200.",
        ),
        (
            ("xiaomi target 2017", "and the 2015 one", "and did they hit the 2015 one"),
            "No. Xiaomi sold 70 million [1]",
        ),
        (
            ("what did lei jun say the no. 1 priority is", "and which newspaper reported that"),
            "Lei Jun said what Xiaomi cares about most is the rate of customer satisfaction",
        ),
        (
            ("xiaomi 2014 projection?", "2014 actual?", "how much did the second beat the first by"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million [2] by 21",
        ),
        # from the review: "do you think" asks a fact unless of what will be or what is good
        (("what do you think the 2015 target was?",), "Target: Xiaomi's original goal for 2015"),
        (("whats xiaomi's 2017 target", "do u think they'll hit it"), "I have no opinions or predictions"),
        (("is h1 2015 about double 2013?",), "Yes. Xiaomi's smartphone sales in the first half of 2015"),
        (
            ("h1 2015 xiaomi?", "so that half alone beat all of 2013?"),
            "Yes. Xiaomi's smartphone sales in the first",
        ),
        (
            ("2015 target", "2015 sales", "first minus second"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
        (
            ("xiaomi 2012 sales", "2015 sales", "so like 10x?"),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times",
        ),
        (("xiaomi valuation", "2x"), "Ask me about"),
        (("xiaomi sales 2015", "sorry what"), "Xiaomi sold 70 million smartphones in 2015"),
        (("who is the ceo", "say that again"), "Lei Jun is Xiaomi's CEO"),
        (
            ("sales 2012", "sales 2015", "what % of the second is the first?"),
            "Xiaomi's smartphone sales in 2012 (7.2",
        ),
        (
            ("sales 2016", "sales 2015", "what % is the first of the second"),
            "Xiaomi's smartphone sales in 2016 (around",
        ),
        (
            ("2013 sales", "2015 sales", "% growth over those two years"),
            "Xiaomi's smartphone sales grew from 18.7",
        ),
    ],
)
def test_conversation_followups_of_the_twenty_seventh_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_conversation_ratio_of_sales_to_the_target_says_the_multiple(engine: Engine):
    _, answer = talk(engine, "what's the 2014 projection?", "and actual?", "ratio?")
    assert "1.5 times it" in answer.text and "3.3" not in answer.text


def test_conversation_sum_of_a_half_and_a_year_adds_every_pairing_of_sources(engine: Engine):
    _, answer = talk(engine, "h1 2015 xiaomi", "sum with 2014")
    assert "Together, 2014 and the first half of 2015: 94.7 million or 95.7 million." in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a half is a place of its own in the talk; a year against its own half
        (
            ("sales 2014", "sales 2015", "h1 2015", "the middle one minus the last one"),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) against 2015 (70 million",
        ),
        (
            ("sales 2014", "sales 2015", "h1 2015", "the first one minus the last one"),
            "Xiaomi's smartphone sales in 2014 (61 million [1]) against the first half of 2015",
        ),
        (
            ("h1 2015 sales", "and the full year?", "difference?"),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) against 2015",
        ),
        (
            ("2015", "h1 2015", "what % is the second of the first"),
            "Xiaomi's smartphone sales in the first half",
        ),
        (
            ("h1 2015 sales", "and the full year?", "growth?"),
            "Xiaomi's smartphone sales grew from 61 million",
        ),
        # places among the years one question asked, in the order written
        (
            ("sales in 2016, 2015 and 2013", "the middle number minus the last"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        (
            ("sales in 2016, 2015 and 2013", "sum of the first and the last"),
            "Xiaomi's smartphone sales for 2013 and 2016 add up to 76.7 million",
        ),
        (
            ("xiaomi sales in 2012, 2013 and 2015?", "what was the middle one again?"),
            "Xiaomi sold 18.7 million",
        ),
        # a calculation in a word after a range of prices, or after a fact with no figure
        (("what do xiaomi phones cost", "difference?"), "Xiaomi's range of phone prices is $200 wide."),
        (("xiaomi vs iphone prices", "difference?"), "Xiaomi against Apple, phone prices of each range"),
        (("who is lei jun", "difference?"), "Ask me a whole question."),
        # a year claimed to be a part of another: the year talked about is the other
        (
            ("2013 sales", "so under a third of 2014?"),
            "Yes. Xiaomi's smartphone sales in 2014 were 3.3 or 3.2",
        ),
        (("2013 sales", "is that more than a quarter of 2015?"), "Yes. Xiaomi's smartphone sales in 2015"),
        (("2012", "2013", "together, were they more than a third of 2015?"), "Yes."),  # a sum against it
        (("xiaomi 2012", "was that more than half of 2013?"), "No. Xiaomi's smartphone sales in 2013"),
        (
            ("sales 2013 to 2015", "who is the ceo?", "what's the average?"),
            "Xiaomi's smartphone sales averaged",
        ),
        # in a few words too: the growth of a fact with one figure is none of the sales' growth
        (("xiaomi's valuation", "how much did that grow from the year before"), "Ask me a whole question."),
        # a person's fact gives the target he is quoted for; growth after an aside stays over the years
        (
            ("xiaomi sales 2015", "2017 need per kevin wang", "difference?"),
            "Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target",
        ),
        (
            ("xiaomi 2013 and 2014 sales?", "who is kevin wang btw", "growth?"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013 to 61 million",
        ),
        # the years an open span was answered for are those a follow-up works on
        (
            ("sales in the first two years", "total?"),
            "Xiaomi's smartphone sales for 2012-2013 add up to 25.9",
        ),
        (("sales since 2014", "total?"), "Xiaomi's smartphone sales for 2014-2016 add up to 189 million"),
        (("best two years", "total?"), "Xiaomi's smartphone sales for 2014-2015 add up to 131 million"),
        (("first two years of sales data",), "Xiaomi's smartphone sales by year: 2012: 7.2 million"),
        (
            ("2013 sales", "2015 sales", "total of everything in between, inclusive"),
            "Xiaomi's smartphone sales for 2013-2015 add up to 149.7 million",
        ),
        # the latest, alone after a figure
        (("xiaomi sales 2013", "and the latest one?"), "Xiaomi sold around 58 million smartphones in 2016"),
        (("2014 sales", "what's the latest number you gave?"), "Sources disagree on 2014"),
        # "and before?" alone steps back a year, "and after?" on
        (("2015 sales", "and before?"), "Sources disagree on 2014"),
        (("2013 sales", "and before?", "and after?"), "Xiaomi sold 18.7 million"),
        (("2015 target", "and before?"), "Projection: Xiaomi projected 40 million phones for 2014"),
        # when a figure was given: of its half, and nobody's words
        (
            ("h1 2015 sales", "when?"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015 (announced",
        ),
        (
            ("how many did xiaomi sell in the first half of 2015", "when did they say that"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015 (announced",
        ),
        (("the 80m target", "when was it set?"), "Target: Xiaomi's original goal for 2015"),
        (
            ("sales 2014", "and 2016", "which year was better"),
            "Xiaomi's smartphone sales were higher in 2014",
        ),
        # a multiple of the other figure, exceeded; an amount of money checked against the range given
        (
            ("2013 sales", "did 2015 exceed three times that?"),
            "Yes. Xiaomi's smartphone sales in 2015 were 3.7",
        ),
        (
            ("2013 sales", "did 2015 exceed four times that?"),
            "No. Xiaomi's smartphone sales in 2015 were 3.7",
        ),
        (("iphone price", "is the top one $1,200?"), "No. iPhones sell for between $650 and $1,000."),
        (("iphone price", "is the top one $1,000?"), "Yes. iPhones sell for between $650 and $1,000."),
        # two years added up, set against the half just asked; a bound of a total or an average
        (
            ("h1 2015 sales", "bigger than 2012 and 2013 put together?"),
            "Yes. Xiaomi's smartphone sales: the first half of 2015, 34.7 million [1]; 2012 and 2013",
        ),
        (
            ("average sales 2015-2016", "so above 60 million?"),
            "Yes. Xiaomi's smartphone sales averaged 64 million",
        ),
        (
            ("total sales 2012-2014", "under 80m?"),
            "No. Xiaomi's smartphone sales for 2012-2014 add up to 86.9",
        ),
        # how far one year's sales were from another's is no target's shortfall
        (
            ("2013 sales", "how many more would they have needed to match 2015?"),
            "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2013 (18.7 million), 51.3",
        ),
        (("2016 sales", "how many short of 2015?"), "Xiaomi's smartphone sales were higher in 2015"),
        (
            ("xiaomi 2016", "did they beat 2014 expectations?"),
            "Yes. Xiaomi sold 61 million [1] smartphones in 2014",
        ),
        # the ends of one range set apart; two companies' prices, "by how much?"
        (
            ("iphone range", "gap between cheapest and priciest iphone"),
            "Apple's range of phone prices is $350 wide.",
        ),
        (
            ("is xiaomi cheaper than iphone?", "by how much?"),
            "Xiaomi against Apple, phone prices of each range",
        ),
        (
            ("is xiaomi cheaper than iphone?", "by how much at the top end?"),
            "The priciest Xiaomi phone ($300) and the priciest Apple phone ($1,000) are $700 apart.",
        ),
        # a half against a whole year named as one; one half minus the other
        (
            ("sales in H1 2015?", "difference between that and the full year 2012"),
            "Xiaomi's smartphone sales in 2012 (7.2 million [1]) against the first half of 2015",
        ),
        (
            ("2015 sales", "first half of that year", "second half minus first half"),
            "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half, and 35.3 million",
        ),
        (("h2 2015 minus h1 2015",), "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first half"),
        (
            ("2015 minus the first half",),
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        # another company's own thing is said by its own facts, never by a list naming it
        (("xiaomi markets?", "and huawei's markets?"), "I don't know that one."),
        (("what did apple's design chief say",), "Apple design chief Jony Ive once called"),
        (
            ("does xiaomi make anything besides phones?", "how much does one of those cost?"),
            "I don't know that one.",
        ),
        # a year counted from the best one; the rise to a target in percent; a quoted firm described
        (("xiaomi sales in its best year", "and the year before its best year"), "Sources disagree on 2014"),
        (("worst year?", "and the one after the worst?"), "Xiaomi sold 18.7 million smartphones in 2013."),
        (
            ("2016 sales", "how many more do they need in 2017 to hit 70m", "what percent more is that"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target of 70"
            " million (82.9% of it, 17.1% below it; the target is 20.7% above the sales",
        ),
        (("what kind of company is canalys?",), "Xiaomi's Q3 2015 smartphone sales dropped year on year"),
        (("what's lei jun's net worth",), "I don't know that one."),
        # a year's sales and a target asked in turn, then "the two" set apart
        (
            ("revised 2015 target", "2015 sales", "what's the gap between the two?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target of 100",
        ),
        (
            ("2015 revised target", "2015 sales", "ratio of those two"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target of 100",
        ),
        # a change from the year named until another
        (
            ("how much did sales grow from 2013 by 2015",),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        # a ratio by places, in the order named; "the former" and "the latter" of the last two
        (
            ("2013 sales", "2015 sales", "what's the ratio of the first figure to the second?"),
            "Xiaomi's smartphone sales in 2013 were 0.27 times (26.7%) those of 2015.",
        ),
        (
            ("sales 2013", "sales 2015", "is the second more than triple the first?"),
            "Yes. Xiaomi's smartphone",
        ),
        (
            ("2013 sales", "2016 sales", "the latter minus the former"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to around 58 million in 2016",
        ),
        (
            ("2013 sales", "2016 sales", "the former as a % of the latter"),
            "Xiaomi's smartphone sales in 2013 (18.7 million) were 32.2% of 2016's",
        ),
        # "the two sales figures" after an aside; "the year befor"; the first one against the peak
        (
            ("2012 sales", "valuation?", "and 2013 sales?", "sum of the two sales figures"),
            "Xiaomi's smartphone sales for 2012-2013 add up to 25.9 million.",
        ),
        (("xiaomi sales 2013", "and the year befor?"), "Xiaomi sold 7.2 million smartphones in 2012."),
        (
            ("2016", "and the peak year?", "how far below the peak was the first one"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        # the two halves set side by side, then their growth; a multiple against another year
        (
            ("H2 2015 vs H1 2015", "growth in %"),
            "Xiaomi's smartphone sales in 2015: 34.7 million [1] in the first",
        ),
        (
            ("xiaomi 2015 vs 2013, how many times", "and vs 2012"),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times those of 2012.",
        ),
        # the month a target was cut dates the cut
        (
            ("how much did the target get cut in March 2015?",),
            "The 2015 sales target went from 100 million to 80",
        ),
        # "at least" before a verb is a hedge; "what did it deliver" asks what was sold
        (("did 2016 at least beat 2013?",), "Yes. Xiaomi's smartphone sales were higher in 2016"),
        (
            ("what did xiaomi forecast for 2015", "and what did it deliver"),
            "Xiaomi sold 70 million smartphones in",
        ),
        (("what are lei jun's three directions?",), "CEO Lei Jun named three 'important directions'"),
        # the whole market's size is declined, never Xiaomi's figure; "dominate" is no "donate"
        (("how big was the smartphone market in 2015",), "I don't have the whole smartphone market's sales."),
        (("what's the market size in china",), "I don't have the whole smartphone market's sales."),
        (
            ("how many phones were sold in the whole market in 2015",),
            "I don't have the whole smartphone market's sales.",
        ),
        (("xiaomi markets?",), "Xiaomi's markets include China, India, Brazil"),
        (
            ("who dominates in china",),
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017.",
        ),
        # a model no fact names
        (("what is the price of an iPhone 7?",), "The articles don't name the iPhone 7."),
        (("iphone prices",), "iPhones sell for between $650 and $1,000."),
        # review of the session: multiples in words, steps after a fact, the next two, a quoted firm
        (
            ("2013 sales", "is 2015 more than three and a half times that?"),
            "Yes. Xiaomi's smartphone sales in 2015 were 3.7 (3.74) times those of 2013.",
        ),
        (
            ("is 2015 more than nine times 2012?",),
            "Yes. Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times",
        ),
        (("what happened in q3 2015?", "and after?"), "Ask me a whole question."),
        (("sales in the first two years", "and the next two?"), "Sources disagree on 2014"),
        (("the year before its best year?",), "Sources disagree on 2014"),
        (("what's canalys' valuation?",), "I don't know that one."),
        (("which firm is canalys?",), "Xiaomi's Q3 2015 smartphone sales dropped year on year"),
        # a calculation in a word after a fact of no figure; the average of a range is its midpoint
        (("xiaomi markets?", "total?"), "Ask me a whole question."),
        (("what do xiaomi phones cost", "average?"), "The middle of Xiaomi's range of phone prices is $200."),
        (
            ("2012 and 2016 sales", "everything in between, inclusive", "total?"),
            "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million",
        ),
        (
            ("sales 2013 to 2015", "everything in between, inclusive", "total?"),
            "Xiaomi's smartphone sales for 2013",
        ),
        (("iphone prices", "is the bottom one $650?"), "Yes. iPhones sell for between $650 and $1,000."),
        (("iphone prices", "$500?"), "No. iPhones sell for between $650 and $1,000."),
        # a whole year against its own half, claimed a multiple of it, whichever is named first
        (("did 2015 exceed twice h1 2015?",), "Yes. Xiaomi's smartphone sales in the first half of 2015"),
        (
            ("h1 2015", "did 2015 exceed twice that?"),
            "Yes. Xiaomi's smartphone sales in the first half of 2015",
        ),
        (
            ("h1 2015", "was the full year more than double that?"),
            "Yes. Xiaomi's smartphone sales in the first half of 2015",
        ),
        (
            ("h1 2015 sales", "is 2015 more than that?"),
            "Yes. Xiaomi's smartphone sales in the first half of 2015",
        ),
        # places again after a calculation; another company's thing alone; a unit asked in billions
        (
            (
                "xiaomi sales in 2016, 2015 and 2013",
                "the middle number minus the last",
                "and the first minus the middle?",
            ),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        (("where does xiaomi sell phones?", "and huawei's?"), "I don't know that one."),
        (
            ("2015 sales", "in billions?"),
            "Xiaomi sold 70 million smartphones in 2015, its most successful year",
        ),
        (("What is Xiaomi worth in billions of dollars?",), "Xiaomi was valued at $46 billion"),
        # the margin to a target in percent; two companies' prices asked one after the other
        (
            ("2015 sales vs the revised target", "what percent more is that?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target of 80"
            " million [2] (87.5% of it); the target is 14.3% above the sales.",
        ),
        (
            ("xiaomi prices", "iphone prices", "by how much at the top end?"),
            "The priciest Xiaomi phone ($300) and the priciest Apple phone ($1,000) are $700 apart.",
        ),
        (
            ("H1 2015 sales, and the reduced 2015 goal?", "the first as a percentage of the second"),
            "Xiaomi's 34.7 million in the first half of 2015 was 34.7% of its target of 100 million.",
        ),
        (
            ("2013 sales", "did the 2015 target exceed five times that?"),
            "It depends on the source. 5 times the 2013 figure: 93.5 million.",
        ),
        # shaving a goal is cutting it; the average of one range; a fact's forecast
        (
            ("how many units did lei jun shave off the 2015 target in march",),
            "The 2015 sales target went from 100 million to 80 million: -20 million",
        ),
        (("average of the iPhone price range",), "The middle of Apple's range of phone prices is $825."),
        (("what will xiaomi's valuation be next year",), "The articles don't forecast that."),
        # a year said again by an event; a money measure set aside beside units
        (
            ("how many phones did xiaomi sell back in twenty-eleven, the year after it started?",),
            "I don't know Xiaomi's smartphone sales for 2011.",
        ),
        (
            ("2013 xiaomi numbers? units not revenue",),
            "Xiaomi sold 18.7 million smartphones in 2013. — Source",
        ),
        # an article named by words of its title, as a source
        (
            ("Per the Kevin Wang piece, how many phones did Xiaomi sell 'last year'?",),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        (
            ("in the article about Lei Jun backing off his sales goals, how many sold 'last year'?",),
            "Xiaomi sold 60 million smartphones in 2014 [1]. Another article disagrees: Xiaomi sold 61",
        ),
        (("how old is the kevin wang article",), "I don't know that one."),
        # where it sells, stated with a question mark, is checked
        (("xiaomi sells in brazil?",), "Yes. Xiaomi's markets include China, India, Brazil"),
        (
            ("xiaomi already sells phones in the US?",),
            "Not yet. Expected: Xiaomi planned to launch in the US",
        ),
        (("xiaomi sales in brazil?",), "I don't know the smartphone sales for Brazil"),
        (("sales the year xiaomi turned four",), "Sources disagree on 2014"),
        # nothing with a figure to work on after a fact: a whole question is asked for
        (("xiaomi's valuation", "and before?"), "Ask me a whole question."),
        (("what happened in q3 2015?", "difference?"), "Ask me a whole question."),
        (("where does xiaomi sell?", "growth?"), "Ask me a whole question."),
        (("xiaomi's valuation", "difference?"), "There is no range there to work that out on."),
        # the year named before "that" is the one claimed
        (("2014 sales", "did 2016 exceed that?"), "No. Xiaomi's smartphone sales were higher in 2014"),
        (("xiaomi 2015 sales", "did it beat 2014?"), "Yes. Xiaomi's smartphone sales were higher in 2015"),
    ],
)
def test_conversation_followups_of_the_twenty_eighth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a sum of money of the order of a price asks of the prices, never the valuation; one
        # to be had under a bound is some one of them
        (("can i get a xiaomi for under 150 bucks",), "Yes. Xiaomi sells low-cost, high-quality phones"),
        (("is there a xiaomi under 90 dollars?",), "No. Xiaomi sells low-cost, high-quality phones"),
        (("is xiaomi worth more than 40 billion dollars?",), "Yes. Xiaomi was valued at $46 billion"),
        # no period of the facts found has a figure: none listed
        (
            ("What did Lei Jun say at Wuzhen?", "and in March of that year what did he do?"),
            "I don't know Xiaomi's sales target for March 2015.",
        ),
        # moved past an amount is a bound; the front half is the first
        (
            ("when did xiaomi's yearly sales first go past 50 million?",),
            "The first year Xiaomi's smartphone sales were more than 50 million was 2014",
        ),
        (("did sales get beyond 60m in 2016?",), "No. Xiaomi sold around 58 million smartphones in 2016"),
        (
            ("did xiaomi sell more in the latter half of 2015 than in the front half?",),
            "Yes. Xiaomi's smartphone sales in 2015: 34.7 million",
        ),
        # a claim read in a note, a report or a deck is checked, whoever wrote it
        (
            ("Analyst note says Xiaomi's 2012 volume was 72 million. Sounds off?",),
            "No. Xiaomi sold 7.2 million",
        ),
        (("an analyst claims xiaomi sold 80m in 2015. true?",), "No: 80 million [1] was the sales target."),
        (("this report says xiaomi sold 18.7m in 2013, right?",), "Yes. Xiaomi sold 18.7 million"),
        # "source?" after a fact: that fact's article, named by its year, and its own sentence
        (
            ("What's Xiaomi's valuation?", "source?"),
            "Xiaomi was valued at $46 billion, one of the most valuable startups in the world. "
            "The 2015 article says: \u201cIn the past five years",
        ),
        (
            ("where does xiaomi sell?", "which article says that?"),
            "Xiaomi's markets include China, India, Brazil and some emerging markets; it hadn't "
            "completely expanded globally yet (2015). The 2015 article says:",
        ),
        (("who is kevin wang", "when was that article published?"), "\u201cKevin Wang: Xiaomi Needs"),
        (
            ("xiaomi 2013 sales", "source?"),
            "Xiaomi sold 18.7 million smartphones in 2013. The 2017 article says",
        ),
        # "which of the two articles": an article asked for, with the figure it gives
        (
            ("Which of the two articles says 61 million for 2014?",),
            "Xiaomi sold 61 million smartphones in 2014. The 2017 article says:",
        ),
        # what a target asks for a month, a week: its pace, of the target of the number named
        (
            ("how many phones a month would xiaomi have to sell in 2017 to reach 70m?",),
            "Target: According to industry insider Kevin Wang",
        ),
        (
            ("how many a month did xiaomi need to sell in 2015 to hit 80 million?",),
            "Target: In March 2015, CEO Lei Jun scaled the 2015 goal back to 80 million phones. Spread "
            "evenly over 2015, that target is about 6.67 million a month.",
        ),
        # the new target against the one before it: its revision
        (("how much smaller was the new 2015 target?",), "The 2015 sales target went from 100 million to 80"),
        # one company's prices claimed below or above another's: the ranges set side by side
        (
            ("are xiaomi phones cheaper than iphones?",),
            "Yes. Xiaomi sells low-cost, high-quality phones for between $100",
        ),
        (("are iphones cheaper than xiaomi phones?",), "No. iPhones sell for between $650 and $1,000."),
        (("is an iphone more expensive than a xiaomi?",), "Yes. iPhones sell for between $650"),
        (
            ("xiaomi phone prices?", "is that cheaper than iphone?"),
            "Yes. Xiaomi sells low-cost, high-quality phones",
        ),
        # "them" after the rivals a fact named: those rivals, never a target beaten
        (
            ("Who's beating Xiaomi in China now?", "Was Xiaomi ever ahead of them?"),
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017.",
        ),
        (
            ("who are xiaomi's rivals?", "did xiaomi beat them in 2015?"),
            "I have no smartphone sales for Huawei, OnePlus, OPPO or Vivo.",
        ),
        # a company named alone asks nothing yet, but "it" next is that company
        (("OPPO",), "Ask me a whole question."),
        (("OPPO", "how many phones did it sell?"), "I don't know OPPO's smartphone sales"),
        (("huawei", "and 2015?"), "I don't know Huawei's smartphone sales"),
        (("xiaomi", "how many phones did it sell in 2015?"), "Xiaomi sold 70 million smartphones in 2015"),
        # "in the first year" with no data word after it: the founding year, which has no figure
        (("When was Xiaomi founded?", "how many phones in the first year?"), "I can't work out"),
        (
            ("xiaomi sales in the first year they sold over 50 million",),
            "The first year Xiaomi's smartphone sales were more than 50 million was 2014",
        ),
        # "all years", "all time": every year there are figures for, not the ones asked before
        (
            ("xiaomi 2016", "and the avg across all years?"),
            "Xiaomi's smartphone sales averaged 42.98 million",
        ),
        (("sales in 2015?", "total for all the years?"), "Xiaomi's smartphone sales for 2012-2016 add up to"),
        (
            ("h1 2015", "best year of all time?"),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        # ... but "the whole period" after years asked is theirs
        (
            ("2012 sales", "2013 sales", "2014 sales", "growth over the whole period"),
            "Xiaomi's smartphone sales grew from 7.2 million [1] in 2012 to 61 million",
        ),
        # a number needed a month: the pace of the target of that number
        (
            ("how many phones a month did xiaomi need for 100 million in 2015",),
            "Target: Xiaomi's original goal for 2015 was to sell 100 million phones. Spread evenly over "
            "2015, that target is about 8.33 million a month.",
        ),
        (
            ("was the 2017 target about 5.8m a month?",),
            "Yes. Target: According to industry insider Kevin Wang",
        ),
        # "was 2015 the biggest jump?": the change into that year against every year's change
        (
            ("was 2014 the biggest jump?",),
            "Yes. The largest year-on-year rise in Xiaomi's smartphone sales was in 2014",
        ),
        (
            ("was 2015 the biggest jump?",),
            "No. The largest year-on-year rise in Xiaomi's smartphone sales was in 2014",
        ),
        (("was 2015 the smallest rise?",), "Yes. The smallest year-on-year rise"),
        (
            ("how much did 2014 sales beat 2013", "was it the biggest jump ever?"),
            "Yes. The largest year-on-year rise in Xiaomi's smartphone sales was in 2014",
        ),
        (
            ("did 2016 come within 15m of the 2015 peak?",),
            "Yes. Xiaomi's smartphone sales fell from 70 million",
        ),
        # "as a multiple of 2013?" after 2016: 2016 against 2013
        (
            ("xiaomi sales 2016", "as a multiple of 2013?"),
            "Xiaomi's smartphone sales in 2016 were 3.1 times those of 2013.",
        ),
        # a change in the years after one: from that year's level on
        (
            ("how much did xiaomi grow in the 2 years after 2013",),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        (
            ("total sales in the 2 years after 2013",),
            "Xiaomi's smartphone sales for 2014-2015 add up to 131 million",
        ),
        # one year's sales, then a target of another year set against them: those sales against it
        (
            ("xiaomi 2016", "compared to the 2015 revised target?"),
            "Xiaomi sold around 58 million [1] smartphones in 2016, 22 million short of the 2015 target",
        ),
        (
            ("2016 sales", "vs revised 2015 goal", "difference"),
            "Xiaomi sold around 58 million [1] smartphones in 2016, 42",
        ),
        (
            ("xiaomi 2014", "against the 80m goal, how did they do in 2015?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short",
        ),
        # a half, then "what % of the target?": the half's share of the year's targets
        (
            ("xiaomi h1 2015", "what % of the target?"),
            "Xiaomi's 34.7 million in the first half of 2015 was 34.7% of",
        ),
        (
            (
                "what's the 2015 target?",
                "and what did they sell in the first half?",
                "what % of the target was that?",
            ),
            "Xiaomi's 34.7 million in the first half of 2015 was 34.7% of",
        ),
        # a change supposed on the last figure is worked on it
        (
            ("xiaomi's 2013 sales", "what would 20% growth on that give?"),
            "Xiaomi's smartphone sales in 2013 (18.7 million) plus 20% is 22.44 million.",
        ),
        (
            ("xiaomi's 2013 sales", "and if it grew 20%?"),
            "Xiaomi's smartphone sales in 2013 (18.7 million) plus 20%",
        ),
        (
            ("2016 sales", "if they dropped 10%?"),
            "Xiaomi's smartphone sales in 2016 (around 58 million) minus 10%",
        ),
        (("did 2015 grow 20%?",), "No. Xiaomi's smartphone sales grew from 61 million"),
        # "by how much did it exceed 50 million?" after a year's figure: its margin over the number
        (
            ("xiaomi 2013", "by how much did it exceed 15 million?"),
            "Xiaomi sold 18.7 million smartphones in 2013, 3.7 million (24.7%) more than 15 million.",
        ),
        # a few words asking one thing after a fact of one product are about that product
        (("Mi 6 launch", "what price?"), "I don't know that one."),
        (("xiaomi fitness trackers", "what price?"), "I don't know that one."),
        (("where does xiaomi sell?", "what price?"), "Xiaomi sells low-cost, high-quality phones"),
        # where it sells most: the places it sells in, no best year
        (("where does xiaomi sell the most phones?",), "Xiaomi's markets include China, India, Brazil"),
        # which rivals got ahead: the fact naming them, no sales or targets beaten
        (
            ("which ones have overtaken xiaomi by 2017?",),
            "In China, Huawei, OPPO and Vivo had the upper hand",
        ),
        (
            (
                "where's xiaomi from?",
                "which rivals does it face there?",
                "and which ones have overtaken it by 2017?",
            ),
            "In China, Huawei, OPPO and Vivo had the upper hand",
        ),
        (("xiaomi 2014", "2016", "which one higher"), "Xiaomi's smartphone sales were higher in 2014"),
        # short follow-ups: how big it was, the numbers behind a yes or no, the cut's two ends, the source
        (
            ("which year had the biggest jump", "how big"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013",
        ),
        (
            ("did xiaomi sales triple from 2013 to 2014?", "exact numbers?"),
            "Xiaomi's smartphone sales in 2014 were 3.3",
        ),
        (
            ("when did lei jun cut the target", "from what to what"),
            "The 2015 sales target went from 100 million to 80",
        ),
        (
            ("xiaomi rank in china q2 2015", "according to what"),
            "Xiaomi was the top smartphone company in China in Q2 2015 (data published in August 2015).",
        ),
        (("how big is xiaomi?",), "Xiaomi is one of the largest China-based smartphone manufacturers"),
        # an article asked for by the figure it gives
        (
            ("which article says xiaomi sold 60 million in 2014",),
            "Xiaomi sold 60 million smartphones in 2014. The 2015 article says:",
        ),
        # "the gap" after the articles were set against each other: between their figures
        (
            ("do the two articles agree on 2014?", "what's the gap?"),
            "Sources disagree on 2014: Xiaomi sold 61",
        ),
        (
            ("xiaomi 2014", "what's the gap?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection",
        ),
        # "and of the original?": the same question of another of the year's targets
        (
            (
                "How many phones did Xiaomi sell in 2015?",
                "what percent of the revised target was that?",
                "and of the original?",
            ),
            "Xiaomi's 70 million [1] in 2015 was 70% of its target of 100 million [2].",
        ),
        (
            ("xiaomi sold 70m in 2015", "percent of the original goal", "and of the reduced goal"),
            "Xiaomi's 70 million [1] in 2015 was 87.5% of its target of 80 million [2].",  # a percent again
        ),
        (("what was the original 2015 target", "and then?"), "Target: Xiaomi's original goal for 2015"),
        # what became of a target: every target of that year, no reason asked
        (
            ("What happened to Xiaomi's 2015 sales goal?",),
            "Target: Xiaomi's original goal for 2015 was to sell 100",
        ),
        (("what happened in 2016?",), "Xiaomi said it is in a transition period"),
        # "who reported them?" after a year's figure: where that figure comes from
        (
            ("2016 sales", "who reported them?"),
            "Xiaomi sold around 58 million smartphones in 2016 (according to",
        ),
        # a sum of money over the units sold: the valuation per phone, of every pairing of sources
        (
            ("xiaomi valuation", "what's that per phone sold in 2015?"),
            "Xiaomi's valuation of $46 billion [1] (2015) over its 70 million [2] smartphone sales in 2015 "
            "is about $657 per unit.",
        ),
        (
            ("what's xiaomi's valuation per phone sold in 2014?",),
            "Xiaomi's valuation of $46 billion [1] (2015) over its 61 million [2] or 60 million [1] "
            "smartphone sales in 2014 is about $754 or $767 per unit.",
        ),
        (
            ("xiaomi valuation?", "divide it by 2015 sales"),
            "Xiaomi's valuation of $46 billion [1] (2015) over",
        ),
        (("how many times its 2015 sales is xiaomi's valuation",), "I can't divide the valuation"),
        # "make it 2015-2016": the last question again, of these years
        (
            ("average sales 2012-2013", "make it 2015-2016"),
            "Xiaomi's smartphone sales averaged 64 million a year",
        ),
        (
            ("total 2012-2013", "make it 2015-2016"),
            "Xiaomi's smartphone sales for 2015-2016 add up to 128 million",
        ),
        (
            ("ratio of 2016 to 2012", "switch to 2015 and 2013"),
            "Xiaomi's smartphone sales in 2015 were 3.7 (3.74) times",
        ),
        (("change 2016 vs 2012",), "Xiaomi's smartphone sales grew from 7.2 million in 2012 to around 58"),
        (
            ("xiaomi H1 2015 sales", "what about the whole of 2015?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (("xiaomi H1 2015 sales", "and by year end?"), "Xiaomi sold 70 million smartphones in 2015"),
        # a year's sales, then its projection: "the gap between them" is the sales against it
        (
            ("xiaomi 2014 sales", "and the 2014 projection", "gap between them?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million",
        ),
        (
            ("2014 sales", "the projection that year?", "difference between the two?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection",
        ),
        (("2014 sales", "how much do they differ?"), "Sources disagree on 2014"),
        # two of a year's targets named against each other: the revision, the last as a share of the first
        (
            ("what was the revised 2015 target as a percentage of the original one?",),
            "The 2015 sales target went from 100 million to 80 million: -20 million (-20%; the last is "
            "80% of the first, 0.8x).",
        ),
        (("Ratio of the original 2015 target to the revised one?",), "The last sales target was 0.8 times"),
        (
            ("How many units would the second half of 2015 have required to reach the original 100m?",),
            "After 34.7 million in the first half of 2015, Xiaomi needed 65.3 million more",
        ),
        # an ordinal alone tells no fact apart ("first" is no first half)
        (
            ("xiaomi is the second most valuable startup right?", "which one is first?"),
            "I don't know that one.",
        ),
        (("first things first: who runs xiaomi?",), "Lei Jun is Xiaomi's CEO"),
        (
            ("what happened in the first half of 2015?",),
            "Xiaomi sold 34.7 million smartphones in the first half",
        ),
        # the growth a year's figure needed to reach a number: from it to the number
        (
            ("With 58 million in 2016, what growth is needed for 70 million?",),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of 70 million "
            "(20.7% more to reach it).",
        ),
        # a target named by its number, then what was sold: that year's sales against it
        (
            ("the 100 million goal for 2015 - how many did xiaomi actually sell?",),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target of 100",
        ),
        (("was the 2015 goal 100 million?",), "Yes. Target: Xiaomi's original goal for 2015"),
        # what was actually sold, after one year's target: that year's sales
        (
            ("what was the original 2015 goal?", "how many did xiaomi actually sell?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            (
                "what did kevin wang say xiaomi needs to sell in 2017?",
                "and what did they actually sell the year before?",
            ),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        # "and 2016 vs 2013?" after a ratio or a change: the same working out of those years
        (
            ("how many times 2012 was 2015?", "and 2016 vs 2013?"),
            "Xiaomi's smartphone sales in 2016 were 3.1 times those of 2013.",
        ),
        (("2014 sales", "2016 vs 2013?"), "Xiaomi's smartphone sales were higher in 2016"),
        # "what share of the 2015 target is that?" after another year's sales: those sales against it
        (
            ("2012 sales", "and what share of the 2015 target is that?"),
            "Xiaomi's 7.2 million [1] in 2012 was 7.2% of its 2015 target of 100 million [2].",
        ),
        (("xiaomi h1 2015", "what did they end the year on?"), "Xiaomi sold 70 million smartphones in 2015"),
        # a number that was both sold and a target: both said, each for what it is
        (
            ("70 million",),
            "That was 2015: Xiaomi sold 70 million smartphones in 2015, its most successful year since it "
            "was founded in 2010. Not smartphone sales, but the same number: Target:",
        ),
        # the review's finds: "same article" is no disagreement; the articles themselves after a fact;
        # another company's phones; a half in the valuation per phone; the worst drop; "they" is Xiaomi
        (
            (
                "what did the 2017 article say about 2016?",
                "the 2015 number in that same article?",
                "percent drop?",
            ),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        (("xiaomi valuation?", "how many articles do you have?"), "My figures come from 2 articles"),
        (("xiaomi ceo?", "who wrote that article?"), "The articles don't name who wrote them."),
        (("mi 6 launch", "who's the ceo?"), "Lei Jun is Xiaomi's CEO"),
        (
            ("xiaomi valuation per phone sold in h1 2015",),
            "Xiaomi's valuation of $46 billion (2015) over its 34.7 million smartphone sales in the first",
        ),
        (("was 2016 the worst drop?",), "Yes. The largest year-on-year drop"),
        (
            ("who are xiaomi's rivals?", "did they beat 2014 in 2015?"),
            "Yes. Xiaomi's smartphone sales were higher",
        ),
        (("xiaomi 2015 sales", "according to what?"), "Xiaomi sold 70 million smartphones in 2015"),
        (
            ("what share of the new 2015 target did the first six months reach?",),
            "Xiaomi's 34.7 million in the first half of 2015 was",
        ),
        # an article asked for a number no article gives for that year: none, and the year's figure
        (
            ("which article says sales were 61 million in 2015?",),
            "No article gives 61 million for 2015; it is the figure for 2014. Xiaomi sold 70 million",
        ),
    ],
)
def test_conversation_followups_of_the_twenty_ninth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "k" is chat for "ok"; a bare two-digit number past any year of the figures is an
        # amount checked, never a year of this century ("2061")
        (("xiaomi phones 2015?", "k and 16?"), "Xiaomi sold around 58 million smartphones in 2016"),
        (("xiaomi sales 2014", "ok so 61?"), "One source says so. Sources disagree on 2014"),
        (("xiaomi sales 2015", "okay and 13?"), "Xiaomi sold 18.7 million smartphones in 2013."),
        # a movement asked in the present is the latest one, not the whole span's
        (("is xiaomi growing",), "No. Xiaomi's smartphone sales fell from 70 million in 2015"),
        (("are xiaomi sales going up or down",), "Down. Xiaomi's smartphone sales fell from 70 million"),
        (("is xiaomi growing in 2015?",), "Yes. Xiaomi's smartphone sales grew from 61 million"),
        # a year left out of an open range: every other year of it, each
        (("Sales since 2014, not including 2014?",), "Xiaomi's smartphone sales by year: 2015: 70 million;"),
        (("Total sales 2012-2016 but not 2013?",), "Xiaomi's smartphone sales for 2012, 2014, 2015 and 2016"),
        # a band of two bounds: the years inside both, a year inside by one source only said so
        (
            ("Which years had sales between 10 and 60 million?",),
            "Xiaomi's smartphone sales were between 10 million and 60 million in 2 years, 2013 and 2016",
        ),
        (
            ("which years above 50 million but below 65 million",),
            "Xiaomi's smartphone sales were more than 50 million and less than 65 million in 2 years, 2014",
        ),
        # a why whose premise the figures refute: said so first, with the figures and any reason
        (("Why did Xiaomi's sales rise in 2016?",), "They didn't: Xiaomi's smartphone sales fell in 2016."),
        (
            ("Why was 2016 Xiaomi's best year?",),
            "It wasn't: 2015 was Xiaomi's best year for smartphone sales",
        ),
        # ... and a year with a quarter that did is refuted for the whole year only (the quarter's
        # fact follows)
        (("why did sales drop in 2015",), "They didn't over the whole year: Xiaomi's smartphone sales rose"),
        # every other year against one year's figure; against both figures where sources disagree
        (
            ("Which years did Xiaomi sell more than in 2013?",),
            "Xiaomi's smartphone sales were more than 18.7 million (the 2013 figure) in 3 years",
        ),
        (
            ("Which years did Xiaomi sell less than in 2014?",),
            "Xiaomi's smartphone sales were less than 60 million (beyond both 2014 figures,",
        ),
        (
            ("which years did xiaomi sell more than in 2019?",),
            "I don't know Xiaomi's smartphone sales for 2019.",
        ),
        # two years' changes set side by side, however the growths are named; a fall said as one
        (("Which grew more, 2013 or 2014?",), "Xiaomi's smartphone sales grew faster in 2014. In 2013:"),
        (
            ("Compare the growth rates of 2013 and 2016.",),
            "Xiaomi's smartphone sales grew in 2013 and fell in 2016.",
        ),
        (("How did the 2016 decline compare with 2015 growth?",), "The change in 2016 was the bigger one."),
        # who gave a half's figure: the quoted source of that half, else the company's own announcement
        (
            ("Who reported Xiaomi's first-half sales?",),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        # a judgement of the figure just given is an opinion, which the bot has none of
        (("xiaomi sales 2015", "is that a lot?"), "I have no opinions or predictions of my own"),
        (("xiaomi sales 2016", "so they failed?"), "I have no opinions or predictions of my own"),
        (("xiaomi is dying right?",), "I have no opinions or predictions of my own"),
        # ... and "fail to reach" claims a miss
        (
            ("Did Xiaomi fail to reach 80 million in 2015?",),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015",
        ),
        # romanised Hindi around an English word is another language: declined, never a figure
        (("xiaomi ka 2015 ka target kya tha",), "I understand questions in English."),
        # shouted, the same question
        (("XIAOMI TARGET 2015", "AND ACTUAL??"), "Xiaomi sold 70 million smartphones in 2015"),
        # a bare number with a measure after another measure's figure: that measure, that year, checked
        (("xiaomi target 2015", "lol they only sold 70"), "Yes. Xiaomi sold 70 million smartphones in 2015"),
        # ... but what the asker sold is chat of their own
        (
            ("xiaomi sales 2015", "I sold 70 lemonades as a kid"),
            "Ask me about Xiaomi's smartphone sales 2012-2016",
        ),
        # a measure the articles lack, also beside a year and a counted thing ("unit cost")
        (("What was the unit cost in 2015?",), "I don't have Xiaomi's costs."),
        (
            ("What were Xiaomi's days sales outstanding in 2015?",),
            "I don't have Xiaomi's days sales outstanding.",
        ),
        (("What was the attach rate in 2015?",), "I don't have Xiaomi's attach rate."),
        # the growth a target implies: over the sales of the year before (or the year named)
        (
            ("What growth rate did the original 2015 target imply over 2014?",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short of the 2015 target",
        ),
        # a figure checked for the year a step from the last: that year's, never the last year's
        (
            ("xiaomi sales 2014", "and the year after was 70?"),
            "Yes. Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("What did Xiaomi sell in 2014?", "and the year before that was 18.7?"),
            "Yes. Xiaomi sold 18.7 million",
        ),
        # "those two added": the sum of the figures asked in turn
        (
            ("2015 sales", "and 2016", "those two added"),
            "Xiaomi's smartphone sales for 2015-2016 add up to 128 million.",
        ),
        # "they" after the company asked for is that company, even one named alone
        (
            (
                "Who called Xiaomi's designs theft?",
                "which company is he from?",
                "how many phones did they sell in 2015?",
            ),
            "I don't know Apple's smartphone sales: I only have Xiaomi's.",
        ),
        # a number that was another measure's figure, where the sources disagree on it: both said
        (
            ("What was the 2014 projection?", "wasn't it 60?"),
            "No: 60 million [1] was the smartphone sales. Xiaomi sold 60 million smartphones in 2014. "
            "Another source gives 61 million [2].",
        ),
        # a ratio quoted to one place is also given to two
        (
            ("ratio of 2015 to 2013",),
            "Xiaomi's smartphone sales in 2015 were 3.7 (3.74) times those of 2013.",
        ),
        # "who gave it?" after a figure named by its number: where that number comes from
        (
            ("What's the 80 million figure?", "who gave it?"),
            "Target: In March 2015, CEO Lei Jun scaled the 2015 goal",
        ),
        # the gap to one of the targets, named alone after the gap to both
        (
            (
                "What was Xiaomi's original 2015 goal?",
                "how far did they fall short?",
                "and of the revised one?",
            ),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target of 80",
        ),
        # what was expected of a year's sales is its target or projection
        (
            ("What did Xiaomi sell in 2014?", "and what was expected?"),
            "Projection: Xiaomi projected 40 million",
        ),
        # a company set up is founded; a goal set up is still the goal
        (("remind me when xiaomi was set up",), "Xiaomi was founded in 2010"),
        # who revised a target named by its first number: whoever that period's revision quotes
        (
            ("who scaled back the 100 million goal",),
            "Target: In March 2015, CEO Lei Jun scaled the 2015 goal back",
        ),
        # the source of a fact named by what it says: that fact, with whom it quotes
        (("which source reported the Q3 drop",), "Xiaomi's Q3 2015 smartphone sales dropped year on year"),
        (
            ("what source did they cite for lei jun's wuzhen quote",),
            "Target: Later in 2015 Lei Jun said hitting",
        ),
        # what was achieved in a part, with no target named: the part's share of the year
        (
            ("what fraction of its 2015 sales did xiaomi achieve in the first half",),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 49.6% of the year's",
        ),
        # "for the first time" after a number: the first year past it, no fact's word "time"
        (
            ("in which year did xiaomi sell more than 10 million phones for the first time",),
            "The first year Xiaomi's smartphone sales were more than 10 million was 2013",
        ),
        # a month is a period: a slip is read as one only where a month stands
        (("who is marsh?",), "I don't know that one."),
        (("what happened in mrach 2015?",), "Target: In March 2015, CEO Lei Jun scaled the 2015 goal back"),
        # ... but the whole span where it is named, and a rate or the market is no present movement
        (("is xiaomi growing overall?",), "Yes. Xiaomi's smartphone sales grew from 7.2 million in 2012"),
        # ... but with a year, a comparison, a target or a question word of its own, the figures
        (("xiaomi sales 2015", "is that good or bad compared to 2014?"), "2015 was higher than 2014."),
        (
            ("xiaomi sales 2015", "that's good, and 2016?"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        (
            ("what is dying down according to the article?",),
            "It was looking like the hype surrounding Xiaomi",
        ),
        (
            ("did xiaomi fail to make the 100 million goal?",),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015",
        ),
        # ... but a why about a movement of a movement is not checked against the figures
        (("why did growth decline in 2016?",), "Xiaomi said it is in a transition period"),
        # ... but a company asked for by what it is called is the main company still
        (
            ("which company is called the apple of china?", "how many phones did they sell in 2013?"),
            "Xiaomi sold 18.7 million smartphones in 2013.",
        ),
        (("tha xiaomi 2015 numbers",), "Xiaomi sold 70 million smartphones in 2015"),
        # after review: thanks after an "ok"; a year "exclusive of" a range left out of it
        (("k thanks",), "You're welcome!"),
        (
            ("total sales from 2012 through 2016 exclusive of 2014?",),
            "Xiaomi's smartphone sales for 2012, 2013, 2015",
        ),
        # a place named after "in" is no slip of a shorter word
        (("xiaomi sales in poland 2016",), "I don't know the smartphone sales for Poland"),
        # "extra" is "more"
        (
            ("How many extra phones did Xiaomi sell in 2014 compared with 2013?",),
            "Xiaomi's smartphone sales were higher",
        ),
        # the average added a year is the change spread over the years
        (
            ("on average how many more phones per year did xiaomi add between 2012 and 2015",),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70 million in 2015",
        ),
        # the whole year's number named beside a half is that year's sales, never a target of that number
        (
            ("H1 2015 figure as a percent of the whole year's 70 million?",),
            "Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 49.6% of the year's",
        ),
        # the rivals' figures, which no article gives
        (
            ("How many phones did Xiaomi sell in 2016?", "how many did its rivals sell?"),
            "The articles give no other company's figures: I only have Xiaomi's.",
        ),
        # a target said to beat a year's sales must be above them, not level
        (
            ("If 2017 comes in at Kevin Wang's figure, will it beat 2015?",),
            "No. Xiaomi sold 70 million smartphones in 2015",
        ),
        # "lowering", "cutting": a target's revision, as "lowered"
        (
            ("what target did xiaomi set after lowering from 100 mil",),
            "The 2015 sales target went from 100 million to 80",
        ),
        # why a target was cut, with no year: what was said of the year it was cut in
        (
            ("why did lei jun cut the goal?",),
            "The articles don't say why. What they say: Target: Later in 2015",
        ),
    ],
)
def test_conversation_followups_of_the_thirtieth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        # the growth a target implies, the target named by its number, by who gave it, or supposed hit
        (
            ("What growth over 2014 did the revised 80 million target imply?",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 19 million short of the 2015 target of 80",
        ),
        (
            ("How much growth over 2016 would hitting Kevin Wang's number mean?",),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target of 70",
        ),
        (
            ("what growth does kevin wang's target imply?",),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target of 70",
        ),
        (
            ("Suppose they had hit the 80 million revised target in 2015, what growth over 2014 is that?",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 19 million short of the 2015 target of 80",
        ),
        # a target of a number no target had: the number itself supposed in its year
        (
            ("what growth over 2014 would a 90 million target for 2015 imply",),
            "Xiaomi sold 61 million [1] smartphones in 2014; 90 million in 2015 would be +29 million",
        ),
        # each year checked against its own number, never their sum against one of them
        (
            ("was 2013 under 20m and 2015 over 65m?",),
            "Yes. Xiaomi sold 18.7 million smartphones in 2013, less than 20 million. Xiaomi sold 70 million",
        ),
        (
            ("did they sell over 60.5m in 2014 and over 60 million in 2015",),
            "It depends on the source. Xiaomi sold 61 million [1] smartphones in 2014, more than 60.5",
        ),
        (
            ("more than 61m in 2014 and more than 50m in 2016?",),
            "No. Xiaomi sold 61 million [1] smartphones in 2014, the same as 61 million.",
        ),
        # a period word typed with a slip or its letters swapped is still a part of the year
        (
            ("how much did xiaomi sell in frist half 2015",),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (
            ("xiaomi sales secnod half 2015",),
            "No article gives Xiaomi's smartphone sales for the second half of 2015; derived",
        ),
        (
            ("how many in the first hlaf of 2015",),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (
            ("Xiaomi sold how many on first six month of 2015?",),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        # "twenty15": the century in words, the rest in digits
        (
            ("xiaomii h1 twenty15",),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        # another year alone after a year's sales against a later year's target: that year's instead
        (
            ("xiaomi 2016 sales", "how far from the 2017 target?", "and 2015?"),
            "Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target of 70 million",
        ),
        (
            ("xiaomi 2015 numbers", "wait is that the same as the 2017 target?", "lol ok. and 2013?"),
            "Xiaomi sold 18.7 million smartphones in 2013, 51.3 million short of the 2017 target",
        ),
        # a number supposed for a year, set against what that year actually sold
        (
            ("If xiaomi had sold 90 million in 2015, how many more than it actually sold?",),
            "Xiaomi sold 70 million smartphones in 2015; 90 million would be 20 million (28.6%) more.",
        ),
        (
            ("had xiaomi sold 75 million in 2016, how far above the actual 2016 figure would that be?",),
            "Xiaomi sold around 58 million smartphones in 2016; 75 million would be 17 million (29.3%) more.",
        ),
        (
            ("if xiaomi had sold 50 million in 2015, how many fewer than they did?",),
            "Xiaomi sold 70 million smartphones in 2015; 50 million would be 20 million (28.6%) less.",
        ),
        # a year's figure stated, then a question: the statement checked, the question answered
        (
            ("Xiaomi sold 80 million in 2015. And in 2016?",),
            "No: 80 million [1] was the sales target.",
        ),
        (
            ("OK so 2015 was 70 million. What was the growth to that from 2013?",),
            "Yes. Xiaomi sold 70 million smartphones in 2015, its most successful year since it was founded"
            " in 2010. Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        # when an event happened, which a fact's "as of" year or a plan does not date
        (
            ("When did Xiaomi enter Brazil?",),
            "The articles don't say when. What they say: Xiaomi's markets include China, India, Brazil",
        ),
        (
            ("What year did Xiaomi enter India?",),
            "The articles don't say when. What they say: Xiaomi's markets include China, India, Brazil",
        ),
        (
            ("When did Xiaomi actually launch in the US?",),
            "The articles don't say when. What they say: Expected: Xiaomi planned to launch in the US",
        ),
        (
            ("On what date was the World Internet Conference held?",),
            "The articles don't say when. What they say:",
        ),
        # ... but a fact's year is the year asked of that fact
        (
            ("what's the valuation", "in what year?"),
            "Xiaomi was valued at $46 billion, one of the most valuable startups in the world (as of 2015).",
        ),
        # the figure just given said back, then a question: no claim to check, the question answered
        (
            ("xiaomi 2015 sales?", "ok 70m. and 2016?"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        (
            ("2013 sales?", "18.7, cool. what about 2012?"),
            "Xiaomi sold 7.2 million smartphones in 2012.",
        ),
        (
            ("2012 sales", "so 7.2m. how much did it grow the next year?"),
            "Yes. Xiaomi sold 7.2 million smartphones in 2012. Xiaomi's smartphone sales grew from 7.2",
        ),
        # "is he the ceo?" after a target someone gave: checked of him, not of the CEO fact alone
        (
            ("who said xiaomi needs to sell 70 million in 2017?", "is he the ceo?"),
            "No. Lei Jun is Xiaomi's CEO [1].",
        ),
        # "what was it the year before?" after a fact with no year: that thing, not the figure asked before
        (
            ("xiaomi 2015 target", "what's the valuation?", "and what was it the year before?"),
            "I don't know that one.",
        ),
        # likeness to Apple, which the nickname fact tells of; "similar" alone compares anything
        (
            ("criticized for resembling whom?",),
            'Xiaomi is known as the "Apple of China" for its popularity in the country',
        ),
        (
            ("Xiaomi gets compared to which American tech giant?",),
            'Xiaomi is known as the "Apple of China" for its popularity in the country',
        ),
        # the years on the other side of "at least", and the years without growth
        (
            ("which years did xiaomi not manage at least 50 million units",),
            "Xiaomi's smartphone sales were less than 50 million in 2 years, 2012 and 2013",
        ),
        (
            ("years without sales growth",),
            "Xiaomi's smartphone sales fell in 2016, from 70 million [1] to around 58 million [1]",
        ),
        # "and which years did they grow?" searches every year, whatever the last question asked
        (
            ("xiaomi 2016 sales", "and which years did they grow?"),
            "Xiaomi's smartphone sales grew in 2013, from 7.2 million [1] to 18.7 million [1]",
        ),
        (
            ("which year did sales fall?", "and which years did they not fall?"),
            "Xiaomi's smartphone sales grew in 2013, from 7.2 million [1] to 18.7 million [1]",
        ),
        # why a fact fell (the valuation) is no question of why sales fell
        (
            ("why did xiaomi's valuation drop?",),
            "I don't know why: the articles give no reason for that.",
        ),
        # sales asked in money: the revenue, which no article gives; prices and the valuation are in dollars
        (
            ("xiaomi 2015 sales in billions of dollars",),
            "I don't have Xiaomi's revenue.",
        ),
        (
            ("iphone prices in dollars",),
            "iPhones sell for between $650 and $1,000.",
        ),
        # a size asked of a fact that gives none: told, and said not to be an answer
        (
            ("how big was xiaomi's fall in Q3 2015 in %",),
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given).",
        ),
        # rounding asked: the figure as given, and rounded to the unit named
        (
            ("What's the percentage drop from 2015 to 2016 rounded?",),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        (
            ("Round 2013 sales to the nearest million",),
            "Xiaomi sold 18.7 million smartphones in 2013. Rounded to the nearest million: 19 million.",
        ),
        # sales that never fell from year to year in the years asked, though a quarter's did
        (
            ("did xiaomi's sales ever fall year on year before 2016?",),
            "Not from year to year, but a quarter's did. Xiaomi's smartphone sales never fell from one year",
        ),
        (
            ("did sales ever fall before 2015?",),
            "No. Xiaomi's smartphone sales never fell from one year to the next in 2012-2014.",
        ),
        # a number that was both sales in one year and a target for another: both said, each with its year
        (
            ("is 70m the 2017 target or the 2015 sales or both",),
            "Both: 70 million was actual smartphone sales (2015) and 70 million was a target (2017).",
        ),
        # "photographed": the article photo
        (
            ("where and when was Lei Jun photographed?",),
            "The 2015 article's photo shows Xiaomi CEO Lei Jun speaking during a product launch on May 15",
        ),
        # "the top executive" is the chief executive; "the chinese phone maker xiaomi" describes, asks nothing
        (
            ("Who's the top executive at the Chinese phone maker Xiaomi?",),
            "Lei Jun is Xiaomi's CEO [1].",
        ),
        # a year said to be the best with a figure: the year and the figure both checked
        (
            ("best year was 2015 with 90 million, right?",),
            "The year, yes; the figure, no: not 90 million. Xiaomi's best year for smartphone sales",
        ),
        (
            ("best year was 2015 with 70 million, right?",),
            "Yes. Xiaomi's best year for smartphone sales in 2012-2016 was 2015, with 70 million.",
        ),
        # what the session's first changes must leave alone: a hedged what-if of a future year, a
        # yes-or-no opened with "had", a growth between two described ends, a dated fact's "when"
        (
            ("if xiaomi really sold 70m in 2017, what growth is that?",),
            "Xiaomi sold around 58 million smartphones in 2016; 70 million in 2017 would be +12 million",
        ),
        (
            ("had they sold 18.7m in 2013?",),
            "Yes. Xiaomi sold 18.7 million smartphones in 2013.",
        ),
        (
            ("growth from under 20m in 2013 to over 60m in 2015?",),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        (
            ("what year did the hype around xiaomi start dying down?",),
            "It was looking like the hype surrounding Xiaomi was dying down (2015).",
        ),
        (
            ("how many in 2014?", "2015. how many?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("They sold 58m in 2016. How far short of 70m is that?",),
            "Yes. Xiaomi sold around 58 million smartphones in 2016 (according to reports). Xiaomi sold",
        ),
        # "quarter 3 2015": the third quarter, never the whole year
        (
            ("xiaomi sales 2015 quarter 3",),
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given).",
        ),
        # each year's own check, beaten or reached, and "or" asking for either
        (
            ("did 2015 beat 65m and 2016 beat 55m?",),
            "Yes. Xiaomi sold 70 million smartphones in 2015, more than 65 million. Xiaomi sold around 58",
        ),
        (
            ("was 2013 under 20m or 2015 over 80m?",),
            "Yes. Xiaomi sold 18.7 million smartphones in 2013, less than 20 million.",
        ),
        (
            ("did they hit 70m in 2015 and 60m in 2014?",),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, the same as 70 million.",
        ),
        # "fail to", "without ... falling": the other side, the other way
        (
            ("which years did they fail to sell at least 50 million?",),
            "Xiaomi's smartphone sales were less than 50 million in 2 years, 2012 and 2013",
        ),
        (
            ("years without sales falling",),
            "Xiaomi's smartphone sales grew in 2013, from 7.2 million [1] to 18.7 million [1]",
        ),
        # why something other than sales fell: no reason, never the sales slowdown's
        (
            ("why did the price of xiaomi phones drop?",),
            "I don't know why: the articles give no reason for that.",
        ),
        (
            ("why did the hype die down?",),
            "The articles don't say why. What they say: It was looking like the hype surrounding Xiaomi",
        ),
        # a figure supposed by "were", against the year's own
        (
            ("suppose 2013 sales were 25m, how much higher than the actual 2013 figure?",),
            "Xiaomi sold 18.7 million smartphones in 2013; 25 million would be 6.3 million (33.7%) more.",
        ),
        # "in usd?" after prices: the same, in dollars; after sales: the revenue, which no article gives
        (
            ("iphone price", "in usd?"),
            "iPhones sell for between $650 and $1,000.",
        ),
        (
            ("xiaomi 2015", "in billions of dollars?"),
            "I don't have Xiaomi's revenue.",
        ),
        # lines pasted from a chat: each someone's message, the speaker no thing asked about
        (
            ("[10:02] dima: xiaomi 2013 sales?\n[10:03] kate: +1, and 2012 pls",),
            "Xiaomi sold 18.7 million smartphones in 2013. Xiaomi sold 7.2 million smartphones in 2012.",
        ),
        (
            ("me: what was the original 2015 goal\nboss: and the revised one",),
            "Target: Xiaomi's original goal for 2015 was to sell 100 million phones. Target: In March 2015",
        ),
        # ... but a quoted line and the check of it are one question
        (
            ("> Xiaomi sold 80 million phones in 2015\nfact check?",),
            "No: 80 million [1] was the sales target.",
        ),
        # a fall set against a rise is a size, in percent too; two spans in the order named
        (
            ("was the 2016 percentage decline bigger than the 2015 percentage growth?",),
            "Yes. In 2016: from 70 million [1] to around 58 million [1]: -12 million (-17.1%).",
        ),
        (
            ("the drop from 2015 to 2016 was bigger than the rise from 2014 to 2015, correct?",),
            "Yes. In 2016: from 70 million [1] to around 58 million [1]: -12 million (-17.1%).",
        ),
        # falls in a row: years one after another, never a quarter's fall beside a year's
        (
            ("did sales ever fall two years in a row?",),
            "No: never two years in a row. Xiaomi's smartphone sales fell in 2016",
        ),
        # a year's sales against another year's target named by its number, never that year's own projection
        (
            ("how far was 2014 from the revised 80 million goal?",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 19 million short of the 2015 target of 80",
        ),
        (
            ("the 80m target, how much above 2014 actual was it in %",),
            "Xiaomi sold 61 million [1] smartphones in 2014, 19 million short of the 2015 target of 80",
        ),
        # one year's figure set against another's by a margin: their difference, never their sum
        (
            ("2013 sales were how many million below 2015 sales?",),
            "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2013 (18.7 million), 51.3",
        ),
        (
            ("2016 sales were 15 million below 2015, right?",),
            "No. Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2016 (around 58",
        ),
        # "decline rate" is a fall's rate, never the customer satisfaction rate
        (
            ("what was the decline rate from 2015 to 2016?",),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        # "by how many phones was it cut?" after the target itself: the target's cut, not the year's sales
        (
            ("what was the 100 million goal cut to?", "by how many phones was it cut?"),
            "The 2015 sales target went from 100 million to 80 million: -20 million",
        ),
        # "how far behind the best was it?" after a year: that year against the best, no target
        (
            ("what was the second best year?", "and how far behind the best was it?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million [1] in 2015",
        ),
        # a bound in percent on each year's move: only the years past it
        (
            ("in how many years did sales grow by more than 100%?",),
            "Xiaomi's smartphone sales grew by more than 100% in 2 of the 4 years after 2012: 2013 and 2014.",
        ),
        # "in may" is the month a cut is claimed in (March, so no)
        (
            ("Was the 2015 goal scaled back to 80 million in May?",),
            "No. The 2015 sales target went from 100 million to 80 million",
        ),
        # the review's finds: "quarter 3, 2015" is a quarter; "three consecutive years" counts three;
        # "or" opening a bare second check asks either; a check word on a later line holds only that line
        (
            ("xiaomi sales in quarter 3, 2015?",),
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given).",
        ),
        (
            ("did sales fall three consecutive years?",),
            "No: never three years in a row.",
        ),
        (
            ("did xiaomi hit 80m in 2015 or 60m in 2014?",),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, less than 80 million.",
        ),
        (
            ("alex: sales [per idc] in 2015?\nmia: and 2014?",),
            "Xiaomi sold 70 million smartphones in 2015, its most successful year since it was founded",
        ),
        # ... but after a target nobody cut, "by how many was it cut?" names no cut
        (
            ("What's the 2017 target?", "by how many phones was it cut?"),
            "The articles give one sales target for 2017, 70 million, and no cut of it.",
        ),
        # a number equalled is not beaten; a fall and a rise set against each other by other words
        (
            ("Did Xiaomi beat 70 million in 2015?",),
            "No: the same, not more. Xiaomi sold 70 million smartphones in 2015, the same as 70 million.",
        ),
        (
            ("Which was larger: the percentage decline in 2016 or the growth in 2015?",),
            "The change in 2016 was the bigger one.",
        ),
        (
            ("Did the percentage drop in 2016 exceed 2015's percentage growth?",),
            "Yes. In 2016: from 70 million [1] to around 58 million [1]: -12 million (-17.1%).",
        ),
        # "Who said ...?": a question word is nobody's name
        (
            ("Who said Xiaomi's Q3 2015 sales dropped?",),
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given; per",
        ),
        # the years at or past a number (beaten: past it), or short of it, never a target's gap
        (
            ("Which years did Xiaomi reach 70 million?",),
            "Xiaomi's smartphone sales were at least 70 million in 1 year, 2015 (2015: 70 million).",
        ),
        (
            ("which years did they not beat 18.7m?",),
            "Xiaomi's smartphone sales were at most 18.7 million in 2 years, 2012 and 2013",
        ),
        # "what percent drop is that from 2015?": a change from that year, no source asked
        (
            ("2016 sales were 58 million. What percent drop is that from 2015?",),
            "Yes. Xiaomi sold around 58 million smartphones in 2016 (according to reports). Xiaomi's",
        ),
        # a year's sales against the original (or revised) target, of another year
        (
            ("How far was 2016 from the original goal?",),
            "Xiaomi sold around 58 million [1] smartphones in 2016, 42 million short of the 2015 target",
        ),
    ],
)
def test_conversation_followups_of_the_thirty_first_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_conversation_size_of_a_fact_with_no_figure_is_not_answered(engine: Engine):
    _, answer = talk(engine, "how big was xiaomi's fall in Q3 2015 in %")
    assert not answer.answered, answer.text
    assert "no figure given" in answer.text


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        # "did they fail to sell at least 70m?": whether sales stayed under the number, so yes
        (
            ("did they fail to sell at least 70m in 2016?",),
            "Yes. Xiaomi sold around 58 million smartphones in 2016 (according to reports).",
        ),
        (
            ("did xiaomi fail to sell over 65m in 2015?",),
            "No. Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("did they fail to sell 70m in 2016?",),
            "Yes. Xiaomi sold around 58 million smartphones in 2016, 12 million short of 70 million "
            "(20.7% more to reach it).",
        ),
        # the years whose sales were past (or short of) a target named by its number
        (
            ("how many years were below the 40 million projection level",),
            "Xiaomi's smartphone sales were less than 40 million in 2 years, 2012 and 2013",
        ),
        (
            ("which years beat the 80 million target?",),
            "Xiaomi's smartphone sales were more than 80 million in no year of 2012-2016.",
        ),
        (
            ("which years hit the 60m goal?",),
            "Xiaomi's smartphone sales were at least 60 million in 2 years, 2014 and 2015",
        ),
        # where its phones are sold: the markets, for the company the figures count, never a time
        (
            ("where are xiaomi phones sold",),
            "Xiaomi's markets include China, India, Brazil and some emerging markets",
        ),
        (
            ("is xiaomi chinese?", "where does it sell phones?"),
            "Xiaomi's markets include China, India, Brazil and some emerging markets",
        ),
        (("where are huawei phones sold?",), "I don't know"),
        (("mi 6 launch", "where sold?"), "I don't know that one."),
        (
            ("List the years where Xiaomi sold under 20 million phones",),
            "Xiaomi's smartphone sales were less than 20 million in 2 years, 2012 and 2013",
        ),
        # "never fell": the other way every year, so no where a year fell
        (
            ("did sales never decline?",),
            "No. Xiaomi's smartphone sales fell in 2016, from 70 million to around 58 million",
        ),
        # a run of years asked: moving the same way, or past a number, that many years one after another
        (("did sales grow three years in a row?",), "Yes. Xiaomi's smartphone sales grew in 2013"),
        (("did sales grow 4 years in a row?",), "No: never four years in a row."),
        (("were there two years in a row under 20m?",), "Yes. Xiaomi's smartphone sales were less than 20"),
        (("did they sell over 60m 2 years in a row?",), "It depends on the source."),
        (("did they sell more than 65m two years running?",), "No: never two years in a row."),
        # a year's figure supposed inside a total or an average: worked out, then as reported
        (
            ("what if 2012 was 10 million, what's the 2012-2016 total then?",),
            "With 10 million in 2012, Xiaomi's smartphone sales for 2012-2016 would add up to 217.7 million "
            "[1] (216.7 million with 60 million [2] for 2014). As reported (2012: 7.2 million [1]), they add "
            "up to 214.9 million [1] (213.9 million with 60 million [2] for 2014).",
        ),
        (
            ("if 2014 was 70 million, what would the average per year be from 2012 to 2016?",),
            "With 70 million in 2014, Xiaomi's smartphone sales for 2012-2016 would average 44.78 million a "
            "year [1]. As reported (2014: 61 million [1] / 60 million [2]), they average 42.98 million a "
            "year [1] (42.78 million with 60 million [2] for 2014).",
        ),
        (("if 2014 had been 70m, what would the total be?",), "With 70 million in 2014, Xiaomi's smartphone"),
        # figures said with "if", as they were reported: worked from, no what-if
        (("if 2014 was 61m and 2015 70m what's growth",), "Xiaomi's smartphone sales grew from 61 million"),
        # the years past a target's number already read as a side: of sales, not of targets
        (
            ("which years exceeded the 80 million goal?",),
            "Xiaomi's smartphone sales were more than 80 million in no year of 2012-2016.",
        ),
        # the years against the year before: the years that rose (or fell)
        (("which years beat the previous year?",), "Xiaomi's smartphone sales grew in 2013, from 7.2"),
        (("which years did xiaomi top the previous year's sales?",), "Xiaomi's smartphone sales grew"),
        (("which years were lower than the year before?",), "Xiaomi's smartphone sales fell in 2016"),
        # "how many times ... over 60 million": how many years, no multiple
        (
            ("how many times did xiaomi sell over 60 million?",),
            "Xiaomi's smartphone sales were more than 60 million in 1 year, 2015 (2015: 70 million). In 2014 "
            "it depends on the source.",
        ),
        # "dat": chat for "that"
        (("kevin wang who dat",), "Kevin Wang is an industry insider"),
        # "is that the highest?" after a fact: of that fact, never the best year of sales
        (("xiaomi valuation", "is that the highest?"), "Xiaomi was valued at $46 billion"),
        (("xiaomi valuation", "is that the biggest?"), "Xiaomi was valued at $46 billion"),
        # a rank word before an aim ("number one priority", "#1 concern") says which aim, no rank in China
        (
            ("what's xiaomi's no. 1 priority?",),
            "Lei Jun said what Xiaomi cares about most is the rate of customer satisfaction",
        ),
        (("what is xiaomi's top priority?",), "Lei Jun said what Xiaomi cares about most"),
        (("xiaomi 2015 target?", "is it still their top priority?"), "Lei Jun said what Xiaomi cares about"),
        # "in what town", "at which conference": where
        (
            ("in what town did lei jun say the 80M target isnt #1 priority",),
            "Target: Later in 2015 Lei Jun said hitting the 80 million goal was no longer the No. 1 priority",
        ),
        # compounded a year, whatever word says it ("annualized growth rate", "compound yearly change")
        (
            ("annualized growth rate 2013-2016",),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to around 58 million in 2016: +39.3 "
            "million (+210.2%, 3.1x). On average that is +13.1 million a year over 3 years (+45.8% a year, "
            "compounded).",
        ),
        (
            ("compound yearly change from 2014 to 2016?",),
            "Xiaomi's smartphone sales fell from 61 million [1] in 2014 to around 58 million [1] in 2016",
        ),
        (("H1 2015", "annualised?"), "At the pace of the first half of 2015"),
        # years together against a number or one target: their total checked, never one year's gap
        (
            ("did 2014 and 2015 combined beat 100 million?",),
            "Yes. Xiaomi's smartphone sales for 2014-2015 add up to 131 million [1] (130 million with 60 "
            "million [2] for 2014).",
        ),
        (("did 2012 and 2013 together reach 30m?",), "No. Xiaomi's smartphone sales for 2012-2013 add up to"),
        (
            ("did xiaomi sell more in 2014 and 2015 combined than the original 2015 goal?",),
            "Yes. Xiaomi's smartphone sales for 2014-2015 add up to 131 million",
        ),
        (
            ("did 2013 and 2014 together fall short of the revised 2015 target?",),
            "Yes. Xiaomi's smartphone sales for 2013-2014 add up to 79.7 million",
        ),
        # a follow-up naming a target instead of the number, or the other side of a revision
        (
            ("how far short of 80m was 2015?", "and of the first goal?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target of 100 "
            "million [2] (70% of it).",
        ),
        (
            ("what was the revised 2015 goal?", "as a percent of the original?"),
            "The 2015 sales target went from 100 million to 80 million: -20 million (-20%; the last is 80% "
            "of the first, 0.8x).",
        ),
        (
            ("2015 sales?", "how far below the revised goal, in percent?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target of 80 "
            "million [2]",
        ),
        # a year against the average just given; "above or below" gets the side, no yes or no
        (
            ("average 2012-2016?", "was 2013 above or below that?"),
            "Xiaomi sold 18.7 million [1] smartphones in 2013, 24.28 million or 24.08 million (56.5% or "
            "56.3%) below the 2012-2016 average",
        ),
        (
            ("was 2016 above or below the 2012-2016 average?",),
            "Xiaomi sold around 58 million [1] smartphones in 2016, 15.02 million or 15.22 million",
        ),
        # after what someone said: "and lei jun?" is what he said; "and in 2015?" what he said then
        (("what did kevin wang say", "and lei jun?"), "Lei Jun said what Xiaomi cares about most"),
        (("what did lei jun say in 2017", "and in 2015?"), "Lei Jun said what Xiaomi cares about most"),
        (("who is kevin wang", "and lei jun?"), "Lei Jun is Xiaomi's CEO."),
        # "title?", "his role?" after a person: who that person is, not the company's CEO
        (("kevin wang", "title?"), "Kevin Wang is an industry insider"),
        (("who said xiaomi needs to focus on smartphones?", "what's his role?"), "Lei Jun is Xiaomi's CEO."),
        (("who cut the 2015 target?", "what was his title?"), "Lei Jun is Xiaomi's CEO."),
        # units lost are a fall in sales; "what did they expect?" after a year's sales is its target
        (
            ("how many units did xiaomi lose from its peak year to 2016?",),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        (("xiaomi 2014 sales?", "and what did they expect?"), "Projection: Xiaomi projected 40 million"),
        # a number as a multiple of a year's figure, never the year against the year before
        (
            ("Wang's 70m is what multiple of 2013 sales?",),
            "70 million is 3.7 (3.74) times Xiaomi's smartphone sales in 2013 (18.7 million).",
        ),
        # "did X say ...?" of words someone else said: no, with whose they are
        (
            ("did kevin wang say customer satisfaction matters most",),
            "No: that was Lei Jun. Lei Jun said what Xiaomi cares about most is the rate of customer",
        ),
        (("did lei jun say customer satisfaction matters most",), "Lei Jun said what Xiaomi cares"),
        # ... never of a number that is the person's own (a target's)
        (("did kevin wang say xiaomi needs 70 million?",), "Yes. Kevin Wang is an industry insider; he said"),
        # after the regression review: margins and sides of a target's number, bounds with "never",
        # sources and negations of where, events to come, the last few years of the data
        (("which years were 10m short of the 80m target?",), "Yes. Xiaomi sold 70 million [1] smartphones"),
        (("which years did the 40m projection beat?",), "Xiaomi's smartphone sales were less than 40"),
        (("which years did the 70m target exceed sales?",), "Xiaomi's smartphone sales were less than 70"),
        (("have sales never fallen by more than 20%?",), "Xiaomi's smartphone sales never fell by more than"),
        (("where does xiaomi not sell?",), "I don't know that one."),
        (("have sales grown five years in a row?",), "No: never five years in a row."),
        (("what's xiaomi's valuation?", "is that the most?"), "Xiaomi was valued at $46 billion"),
        (("what event is planned for april 18?",), "Rumoured: April 18, 2017 was the most probable launch"),
        (("what event was lei jun at in wuzhen",), "Target: Later in 2015 Lei Jun said hitting the 80"),
        (("two latest years in the data",), "Xiaomi's smartphone sales by year: 2015: 70 million; 2016:"),
        # after the code review: a what-if of a year with no figure, the passive, a fact quoting no one,
        # runs of more years, "never" with a bound further on
        (("if 2017 sales were 70m, what would the total be?",), "That's a what-if"),
        (("in which years was the 40 million projection exceeded?",), "Xiaomi's smartphone sales were more"),
        (("which years was the 60m goal hit?",), "Xiaomi's smartphone sales were at least 60 million"),
        (("did sales grow six years in a row?",), "No: never six years in a row."),
        (("did sales never fall by more than 50%?",), "Xiaomi's smartphone sales never fell by more than"),
        (("how far short of the 80m target was 2015?", "and of the original?"), "Xiaomi sold 70 million [1]"),
        # years together against a year's two targets: a yes or no only where it holds of both
        (("did 2014 and 2015 combined beat the 2015 goal?",), "Yes. Xiaomi's smartphone sales for 2014-2015"),
        (("did 2013 and 2014 combined beat the 2015 goal?",), "No. Xiaomi's smartphone sales for 2013-2014"),
        # "did X say ...?" of words the articles say quoting no one: not said to be X's
        (
            ("Did Lei Jun say xiaomi was valued at 46 billion?",),
            "The articles don't say that Lei Jun said so. What they say: Xiaomi was valued at $46 billion",
        ),
        (
            ("who's the industry insider in the 2017 article?", "what did he say about 70 million?"),
            "Kevin Wang is an industry insider",
        ),
        # how many of one year fit into another: their ratio, never their sum
        (
            ("how many 2012s would fit into 2016's sales?",),
            "Xiaomi's smartphone sales in 2016 were 8.1 (8.06) times those of 2012.",
        ),
        (("how many 2012s fit in 2016?",), "Xiaomi's smartphone sales in 2016 were 8.1 (8.06) times"),
    ],
)
def test_conversation_followups_of_the_thirty_second_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "who said that?", "says who?" after a fact: its source, and whoever it quotes
        (
            ("mi 6 launch", "who said that"),
            "Rumoured: April 18, 2017 was the most probable launch day for the Mi 6",
        ),
        (("what's xiaomi valued at?", "says who?"), "Xiaomi was valued at $46 billion"),
        (
            ("what does lei jun care about most?", "who reported that?"),
            "Lei Jun said what Xiaomi cares about most is the rate of customer satisfaction; the 80 million "
            "sales target is not the No. 1 priority (per Lei Jun (CEO), per the Wall Street Journal).",
        ),
        # other years alone after an aside of no year: the figures asked before it
        (
            ("growth 2013 to 2014", "who's jony ive", "and 2014 to 2015?"),
            "Xiaomi's smartphone sales grew from 61",
        ),
        # a rank carried to "how many?", and read before "least"
        (("which was xiaomi's second best year?", "how many?"), "Xiaomi's second best year for smartphone"),
        (
            ("which year did xiaomi sell the least phones?", "and the second least?"),
            "Xiaomi's second weakest year",
        ),
        # ranked changes: the next one down, rises only, and none past the last
        (
            ("second biggest jump in sales?",),
            "The second largest year-on-year rise in Xiaomi's smartphone sales was in 2013",
        ),
        (("fourth biggest jump?",), "There are only 3 year-on-year rises in smartphone sales: no fourth."),
        (("second biggest drop",), "There is only one year-on-year drop in smartphone sales: no second."),
        # a year's place among the years; never a company's rank
        (
            ("where does 2016 rank among the years?",),
            "2016 was Xiaomi's third best year for smartphone sales of the 5",
        ),
        (("rank of 2012",), "2012 was Xiaomi's weakest year for smartphone sales of the 5 in 2012-2016"),
        (("what was xiaomi's rank worldwide in 2014",), "I don't know"),
        # "who said that?" after a reason: the reason again, which says whose it is
        (("why did xiaomi sales drop in 2016", "who said that?"), "Xiaomi said it is in a transition period"),
        (("xiaomi 2016 sales", "why?", "who said that?"), "Xiaomi said it is in a transition period"),
        # a target named by when it was revised
        (
            ("what was the target for 2015 before it was cut?",),
            "The 2015 sales target went from 100 million to 80",
        ),
        (
            ("what was the target for 2015 after it was cut?", "and before?"),
            "The 2015 sales target went from 100",
        ),
        (
            ("xiaomi 2015 sales", "how much below target in percent?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
        (
            ("xiaomi's 100 million goal", "what did they lower it to?"),
            "The 2015 sales target went from 100 million to 80",
        ),
        # one year's sales against the target of another year named after it; a target against the best year
        (
            ("xiaomi sales 2015", "is that more than xiaomi's 2017 target?"),
            "No. Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("how does the 2017 target compare to their best year?",),
            "Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        (
            ("2017 target", "how does that compare to the best year?"),
            "Xiaomi sold 70 million smartphones in 2015, the same",
        ),
        # a target claimed by a number no target of the year was: not so, and the targets there were
        (
            ("2015 sales beat the 60m target",),
            "No: there was no 60 million sales target for 2015; it was 100",
        ),
        (("did 2016 sales miss the 65m goal?",), "The articles give no sales target for 2016, of 65 million"),
        (
            ("how many did they sell in 2015?", "and they beat the 60m target, right?"),
            "No: there was no 60 million",
        ),
        (
            ("2015 sales", "so they missed the 80m target?"),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        (("kevin wang says 70m for 2017", "is it bigger than the 80m goal?"), "I don't know"),
        # a size claimed alone after a change or a gap: that change, or that margin, checked
        (
            ("how much did 2016 fall from 2015?", "so more than 20%?"),
            "No. Xiaomi's smartphone sales fell from 70",
        ),
        (
            ("xiaomi sales growth 2012 to 2013", "is that more than 100%?"),
            "Yes. Xiaomi's smartphone sales grew",
        ),
        (
            ("how far short of 80m were they in 2015?", "so more than 10 million short?"),
            "No. Xiaomi sold 70 million",
        ),
        (("was 2015 more than 10 million short of the 80m target?",), "No. Xiaomi sold 70 million [1]"),
        # how the last answer was worked out: the answer again; "calculation" is no slip of "valuation"
        (
            ("growth 2013 to 2014?", "can you show the calculation?"),
            "Xiaomi's smartphone sales grew from 18.7",
        ),
        (("can you show the calculation?",), "Ask me about"),
        # another company's price set against the one just given
        (
            ("xiaomi phone prices?", "how much more is an iphone?"),
            "Xiaomi against Apple, phone prices of each range",
        ),
        (
            ("iphone top price", "how many times the cheapest xiaomi?"),
            "The priciest Apple phone ($1,000) costs 10 times",
        ),
        (
            ("how much more expensive is an iphone than a xiaomi?",),
            "Apple against Xiaomi, phone prices of each range",
        ),
        # "how much higher is 2016 in %?" after 2013 and then 2016: 2016 against 2013, not its own change
        (
            ("2013", "2016", "how much higher is 2016 in %?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013",
        ),
        # "by how much?" after a target's cut is that cut, never the target's change from the year before
        (
            ("the 100m goal", "cut to what?", "by how much?"),
            "The 2015 sales target went from 100 million to 80 million",
        ),
        # a year added to an average is averaged in, not summed
        (
            ("avg 2012-2014", "plus 2016?"),
            "Xiaomi's smartphone sales averaged 36.23 million a year over 2012, 2013, 2014",
        ),
        # a ratio turned the other way round: the other year over the first
        (
            ("how many times did sales grow 2012 to 2013", "and the other way round?"),
            "Xiaomi's smartphone sales in 2012 were 0.39 times (38.5%) those of 2013.",
        ),
        (
            ("ratio of 2013 to 2014 sales", "and vice versa?"),
            "Xiaomi's smartphone sales in 2014 were 3.3 or 3.2",
        ),
        # the same total or average again, less its worst or best year
        (
            ("average 2012-2016", "and ignoring the worst year?"),
            "Xiaomi's smartphone sales averaged 51.92 million",
        ),
        (
            ("total sales 2012-2015", "and without the best year?"),
            "Xiaomi's smartphone sales for 2012-2014 add up",
        ),
        # ... the other company's phones named: their prices, no count of them ("units" is one)
        (
            ("how much do iphones cost", "how many times more than xiaomi phones?"),
            "Apple against Xiaomi, phone prices of each range",
        ),
        (("iphone prices", "how many more phones did xiaomi sell?"), "Xiaomi's smartphone sales"),
        (("xiaomi valuation", "how much is apple worth by comparison?"), "I don't know"),
        # growth needed from the year just asked to the target asked before it
        (
            ("2017 target?", "and 2016 actual?", "how much do they need to grow?"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # review of this session: claims that are no single claim get no verdict
        (("founded in 2010, best year was 2014",), "Xiaomi was founded in 2010."),
        (
            ("sales in 2016 were disappointing compared to 2015",),
            "Xiaomi's smartphone sales were higher in 2015",
        ),
        (
            ("first year xiaomi topped 50 million",),
            "The first year Xiaomi's smartphone sales were more than 50 million",
        ),
        (
            ("xiaomi 2015 target", "no, before it was cut"),
            "The 2015 sales target went from 100 million to 80",
        ),
        # a number that was another year's target, said of this year; each year against its own target
        (
            ("the 70m target for 2015 was hit",),
            "No: the 70 million sales target was for 2017, not 2015; 2015's was 100",
        ),
        (
            ("kevin wang's 70m target for 2016 was missed",),
            "No: the 70 million sales target was for 2017, not 2016.",
        ),
        (("did xiaomi beat its targets in 2014 and 2015?",), "No: only in 2014."),
        (("did they ever beat a target?",), "Yes. Xiaomi sold 61 million [1] smartphones in 2014, beating"),
        (
            ("xiaomi has never missed a sales target",),
            "No, it has. Xiaomi sold 61 million [1] smartphones in 2014",
        ),
        (
            ("why were xiaomi sales lower in 2016", "who says that"),
            "Xiaomi said it is in a transition period",
        ),
        (("why did q3 2015 sales fall", "who reported that?"), "Xiaomi's Q3 2015 smartphone sales dropped"),
        # the one target a fact answer gave, "it" in "did xiaomi hit it?" whoever is named
        (
            ("who's kevin wang?", "what did he predict?", "did xiaomi hit it?"),
            "I have no smartphone sales for 2017",
        ),
        (
            ("total 2012-2015?", "how many of those were in 2015?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # second review: "any" over targets is some year; no year-by-year verdict without two years asked
        (("did xiaomi miss any targets?",), "Yes. Xiaomi sold 61 million [1] smartphones in 2014, beating"),
        (
            ("xiaomi top price", "iphone cheapest price", "how much cheaper is xiaomi"),
            "Xiaomi sells low-cost",
        ),
        # one of a year's targets named outright, against another year's; a factor of two targets
        (
            ("2015's original target was 2.5x the 2014 projection",),
            "Yes. Xiaomi's sales target in 2015 were 2.5 times",
        ),
        (
            ("By what factor did the 2015 target exceed the 2014 projection?",),
            "Xiaomi's sales target in 2015 were 2.5 or 2.0",
        ),
        (
            (
                "What was the 2014 projection?",
                "and the original 2015 target?",
                "how much bigger was the later one?",
            ),
            "Xiaomi's sales target was higher in 2015: 2015 (100 million / 80 million)",
        ),
        # a how-question about a target is no claim; "sold more ... than" is one
        (
            ("How far short of the 80 million target were Xiaomi's 2015 sales?",),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        (("Xiaomi sold more in 2016 than in 2015",), "No. Xiaomi's smartphone sales were higher in 2015"),
        (("units sold in 2015",), "Xiaomi sold 70 million smartphones in 2015"),
        # code review: "took place" ranks no year; a hedge said of the multiple only; targets in turn
        (("what took place in 2016?",), "I don't know"),
        (("what about 2015, was it 4 times 2013?",), "Almost. Xiaomi's smartphone sales in 2015 were 3.7"),
        (("did they beat the 2014 target and the 2015 target?",), "No: only in 2014."),
        (
            ("how does the 2015 target compare to their best year?",),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
    ],
)
def test_conversation_followups_of_the_thirty_third_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        # a remark on the company just asked about asks nothing of its figures again
        (("xiaomi 2015 sales?", "ugh my xiaomi broke again"), "I don't know that one"),
        (("huawei 2015 sales", "xiaomi?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("xiaomi 2015 sales?", "and xiaomi in 2014?"), "Sources disagree on 2014"),
        # "last year" of a named article counts from its date, not from the year asked before
        (
            ("how many phones did xiaomi sell in 2015", "what does the 2017 article say about last year?"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        (("xiaomi 2015 sales", "and last year?"), "Sources disagree on 2014"),
        # "how short?" after a target is the gap to it; "diff betwen em" the change between the years
        (
            ("2015 target", "how short?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        (
            ("target 2015", "short by?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        (("sales 2013", "sales 2015", "diff betwen em"), "Xiaomi's smartphone sales grew from 18.7 million"),
        # growth between years and the best year are of sales, after a target too; the years of the
        # sales asked before it; "growth needed?" is toward the target
        (("target 2015", "growth from 2014 to 2015"), "Xiaomi's smartphone sales grew from 61 million"),
        (("target 2015", "which year was best?"), "Xiaomi's best year for smartphone sales"),
        (
            ("sales 2014", "target 2015", "and growth from 2013?"),
            "Xiaomi's smartphone sales grew from 18.7 million",
        ),
        (("2016 sales", "2017 target", "growth needed?"), "For 2017 the target of 70 million is 12 million"),
        # a place alone after a figure asks that figure of the place, which no figure is of
        (("xiaomi sales 2015", "in india?"), "I don't know the smartphone sales for India"),
        # a target is hit or missed in its own year, not by a later year's sales asked after it
        (
            ("target 2015", "sales 2016", "did they hit it?"),
            "No. Xiaomi sold 70 million [1] smartphones in 2015",
        ),
        # numbers name their years, not the years asked before
        (
            ("sales 2012", "2013", "2014", "how much more was 70m than 7.2m"),
            "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2012",
        ),
    ],
)
def test_conversation_followups_of_the_thirty_fourth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "start"),
    [
        (("sales 2015", "now show me xiaomi instead"), "Xiaomi sold 70 million smartphones in 2015"),
        (("sales 2015", "same thing but for xiaomi please"), "Xiaomi sold 70 million smartphones in 2015"),
    ],
)
def test_conversation_asked_again_of_the_same_company_is_no_remark(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_conversation_who_is_ahead_now_after_a_year_is_the_latest_ranking(engine: Engine):
    _, answer = talk(
        engine, "xiaomi 2015 sales?", "what about its rivals huawei oppo vivo, who is ahead now?"
    )
    assert answer.text.startswith("In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017")


@pytest.mark.parametrize(
    "turns, start",
    [
        # a bare extreme after a span asked, or after the other extreme of it: within those years
        (
            ("xiaomi sales 2014 to 2016", "best of those?", "and the worst?"),
            "Xiaomi's weakest year for smartphone sales in 2014-2016 was 2016",
        ),
        (
            ("xiaomi sales 2013 to 2015", "the worst?"),
            "Xiaomi's weakest year for smartphone sales in 2013-2015 was 2013",
        ),
        (
            ("xiaomi sales 2013", "the worst?"),
            "Xiaomi's weakest year for smartphone sales in 2012-2016 was 2012",
        ),
        # a span whose one end is the year just asked
        (
            ("xiaomi sales 2016", "total from 2012 to then?"),
            "Xiaomi's smartphone sales for 2012-2016 add up to",
        ),
        (
            ("xiaomi sales 2013", "total from then to 2015?"),
            "Xiaomi's smartphone sales for 2013-2015 add up to",
        ),
        # a model in the asker's own remark is nothing the next question is about
        (
            ("how many phones did xiaomi sell in 2016", "my phone is a redmi", "and in 2015?"),
            "Xiaomi sold 70 million",
        ),
        (
            ("xiaomi sales 2016", "is that the lowest since 2013?"),
            "Xiaomi's weakest year for smartphone sales in 2014-2016 was 2016",
        ),
    ],
)
def test_conversation_followups_of_the_thirty_fifth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # back to the figures after an aside on another company's price
        (
            (
                "xiaomi 2015 sales",
                "my friend asks: what's the iPhone price range?",
                "back to sales — and 2016?",
            ),
            "Xiaomi sold around 58 million",
        ),
        # "that year" after an aside with no year is the year before the aside
        (
            ("xiaomi sales 2015", "who is the CEO?", "what was his original goal for that year?"),
            "Target: Xiaomi's original goal for 2015",
        ),
        (
            (
                "how many phones did xiaomi sell in 2015?",
                "who has the upper hand in China now?",
                "back to xiaomi — the year before?",
            ),
            "Sources disagree on 2014",
        ),
    ],
)
def test_conversation_back_to_the_figures_after_an_aside(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "make it" two other years: the same working out, of those years
        (
            ("avg xiaomi sales 2014 and 2015?", "actually make it 2015 and 2016 instead"),
            "Xiaomi's smartphone sales averaged 64 million a year over 2015-2016",
        ),
        (
            ("xiaomi 2016 sales", "actually make that h1 2015"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
    ],
)
def test_conversation_make_it_other_years(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a bare "did they?" after a target: whether it was reached
        (
            ("what did xiaomi want to sell in 2015 originally?", "and did they?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        (("xiaomi 2015 sales", "did they?"), "Xiaomi sold 70 million smartphones in 2015"),
    ],
)
def test_conversation_did_they_after_a_target(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_conversation_leader_of_a_market_after_a_company_asked(engine: Engine):
    # the company of the question before is carried, not named: the market's rankings still
    _, answer = talk(engine, "how many phones did xiaomi sell in 2014?", "who leads china?")
    assert answer.text.startswith("In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017.")


@pytest.mark.parametrize(
    "turns, start",
    [
        # a guess, then how far off it was: the year's figure measured from the guess, no target
        (
            ("i think they sold 65m in 2015", "how far off was i?"),
            "Xiaomi sold 70 million smartphones in 2015, 5 million (7.7%) more than 65 million.",
        ),
        (
            ("how many phones did xiaomi sell in 2013?", "my bet was 20 million", "off by how much?"),
            "Xiaomi sold 18.7 million smartphones in 2013, 1.3 million short of 20 million",
        ),
        (
            ("xiaomi 2015 sales?", "my guess was 65, how far off?"),
            "Xiaomi sold 70 million smartphones in 2015, 5 million (7.7%) more than 65 million.",
        ),
        # a guess at the year just asked is checked against it, never looked up as another year's
        (
            ("what did xiaomi sell in 2015?", "i guessed 60 million"),
            "No: 60 million was the figure for 2014.",
        ),
        (
            ("what did xiaomi sell in 2013?", "no way, my friend says 20 million"),
            "No. Xiaomi sold 18.7 million",
        ),
        (("xiaomi 2013 sales?", "my bet was 20m"), "No. Xiaomi sold 18.7 million smartphones in 2013."),
        (("xiaomi 2014?", "i bet 61"), "One source says so. Sources disagree on 2014"),
        (("h1 2015?", "i guessed 30"), "No. Xiaomi sold 34.7 million smartphones in the first half of 2015"),
    ],
)
def test_conversation_a_guess_checked_and_measured(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        # asked of what someone said, no guess made
        ("who is kevin wang?", "did he say 70m?"),
        ("xiaomi 2014 sales?", "hm which source says 60?"),
        ("what does lei jun care about most?", "so what did he say about the 80M?"),
    ],
)
def test_conversation_what_was_said_is_no_guess(engine: Engine, turns):
    frame, _ = talk(engine, *turns)
    assert not frame.guessed


@pytest.mark.parametrize(
    "turns, start",
    [
        # how close a claim or guess was: the figure measured from the number claimed
        (
            ("i think xiaomi sold like 100 million phones in 2016", "how wrong am i"),
            "Xiaomi sold around 58 million smartphones in 2016, 42 million short of 100 million",
        ),
        (
            ("xiaomi 2013", "someone at work said 20 million", "were they close?"),
            "Xiaomi sold 18.7 million smartphones in 2013, 1.3 million short of 20 million",
        ),
        (
            ("my money is on 75m for 2015", "how did I do?"),
            "Xiaomi sold 70 million smartphones in 2015, 5 million",
        ),
        # whether it was right: the claim checked again, yes or no
        (("my money's on 2016 being their worst year", "was i right?"), "No. Xiaomi's weakest year"),
        (
            ("bet: xiaomi sold more in 2016 than 2014", "who won?"),
            "No. Xiaomi's smartphone sales were higher in 2014",
        ),
        # no claim made: no judgement of one
        (("xiaomi 2015 sales", "how close was i"), "I don't know that one."),
    ],
)
def test_conversation_a_claim_judged(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_conversation_back_after_a_sum_of_bare_numbers(engine: Engine):
    # "what's 2+2" is no figure: the year after it is asked of the figures before it, alone
    _, answer = talk(engine, "xiaomi 2015 sales", "what's 2+2", "back to it: 2014?")
    assert answer.text.startswith("Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2]")


@pytest.mark.parametrize(
    "turns, start",
    [
        # a year against two years added up, and by how much
        (
            ("xiaomi 2015", "how many more than in 2012 and 2013 combined?"),
            "Xiaomi's smartphone sales: 2015, 70 million; 2012 and 2013 together, 25.9 million. "
            "2015 was higher, by 44.1 million.",
        ),
        (
            ("xiaomi 2016", "was it more than 2013 and 2012 combined?", "by how much?"),
            "Xiaomi's smartphone sales: 2016, around 58 million; 2012 and 2013 together, 25.9 million.",
        ),
        # a year's figure less the last one's
        (
            ("xiaomi 2013", "what is the 2014 number minus that?"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013 to 61 million [1] in 2014: "
            "+42.3 million",
        ),
    ],
)
def test_conversation_sums_and_differences_of_the_years_named(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "from then to 2016": from the year just asked to the one named
        (
            ("How many in 2012?", "and by what factor did sales grow from then to 2016?"),
            "Xiaomi's smartphone sales in 2016 were 8.1 (8.06) times those of 2012.",
        ),
        # a count after facts of another kind is of the figures again
        (
            (
                "how many phones did xiaomi sell in 2012?",
                "who's the ceo of xiaomi?",
                "what's their valuation?",
            )
            + ("and how many in 2013?",),
            "Xiaomi sold 18.7 million smartphones in 2013.",
        ),
        # the year a best-year answer found, set against a target
        (
            ("What was Xiaomi's top year?", "was that above its revised target for that year?"),
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target",
        ),
        (
            ("list the yearly sales", "grand total?"),
            "Xiaomi's smartphone sales for 2012-2016 add up to 214.9",
        ),
    ],
)
def test_conversation_back_to_the_figures_of_earlier_turns(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a percent against the year after: of that year, as "2013 vs 2014 in percent" is
        (
            ("xiaomi 2013", "how much less than the year after, in percent?"),
            "Xiaomi's smartphone sales in 2013 (18.7 million [1]) were 69.3% less than in 2014",
        ),
        # a share of the target just named by its number
        (
            ("xiaomi 2015 target 100m", "what percent of that did they sell in h1?"),
            "Xiaomi's 34.7 million in the first half of 2015 was 34.7% of its target of 100 million.",
        ),
        (
            ("xiaomi 2015 target 100m", "what share of that did they actually sell?"),
            "Xiaomi's 70 million [1] in 2015 was 70% of its target of 100 million [2].",
        ),
    ],
)
def test_conversation_percent_of_what_was_named_before(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the founding year named instead of a year: its sales, which no article gives
        (
            ("how many phones did xiaomi sell in 2012", "how about the year it was founded?"),
            "I don't know Xiaomi's smartphone sales for 2010.",
        ),
        (
            ("2012 sales", "and in 2010 when they were founded?"),
            "I don't know Xiaomi's smartphone sales for 2010.",
        ),
        # ... but "when was it founded?" asks the founding
        (("xiaomi 2013", "when was it founded?"), "Xiaomi was founded in 2010"),
    ],
)
def test_conversation_the_founding_year_named(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a count of something named, or after a fact that counted, is no sales question
        (("how old was xiaomi in 2015?", "and how many years in 2014?"), "Xiaomi was 4 years old in 2014"),
        # one target against another is no sales against a target
        (
            ("what was xiaomi's best year?", "was that year's revised target above the original target?"),
            "No. The 2015 target of 80 million is 20 million less",
        ),
        (
            ("xiaomi 2016 sales", "it's a huge drop lol. how big?"),
            "Xiaomi's smartphone sales fell from 70 million",
        ),
    ],
)
def test_conversation_review_cases_of_the_thirty_sixth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        # a worked-out figure set against another: declined, never one year's figure against it
        ("what's the 2015-2016 total?", "is that more than the original target?"),
        ("h1 2015 sales?", "double it", "is that more than the full year?"),
    ],
)
def test_conversation_a_worked_out_figure_set_against_another_is_declined(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith("I can't work out"), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the years just added up, against another year
        (
            ("total 2012-2014?", "is that more than 2015?"),
            "Yes. Xiaomi's smartphone sales: 2012-2014 together, 86.9",
        ),
        (
            ("what's the total 2012-2013?", "is that bigger than 2014?"),
            "No. Xiaomi's smartphone sales: 2012 and 2013",
        ),
    ],
)
def test_conversation_a_sum_against_a_year(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


def test_conversation_a_check_of_its_own_year_after_a_gap_carries_nothing(engine: Engine):
    # "was 2013 above 15m?" after a gap to a number: 2013 checked alone, no sum with the year before
    _, answer = talk(engine, "xiaomi 2014?", "how far from 62 million?", "was 2013 above 15m?")
    assert answer.text.startswith("Yes. Xiaomi sold 18.7 million smartphones in 2013."), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the growths asked in turn, set against each other
        (
            ("growth 2012 to 2013?", "and 2013 to 2014?", "which was faster?"),
            "Xiaomi's smartphone sales grew faster in 2014.",
        ),
        (
            ("growth 2012 to 2013", "and 2014 to 2015", "which growth was bigger?"),
            "Xiaomi's smartphone sales grew faster in 2013.",
        ),
        # a yes or no claims the growth asked last, unless it says the first
        (("growth 2012 to 2013", "and 2013 to 2014", "was the second one faster?"), "Yes."),
        (("growth 2012 to 2013", "and 2013 to 2014", "was the first one faster?"), "No."),
        # ... but the years' sales asked after two growths are the sales
        (
            ("growth 2013 to 2014?", "and 2014 to 2015?", "which year had higher sales?"),
            "Xiaomi's smartphone sales were higher in 2015",
        ),
        # a number checked of "that" past a fact that gave none: the figure before it
        (("xiaomi sales 2013", "who is the ceo?", "is that more than 20m?"), "No. Xiaomi sold 18.7 million"),
        (("xiaomi prices", "any above $300?"), "No. Xiaomi sells low-cost"),  # the fact's own amounts
        # the last figure rounded, to the nearest million unless a step is named (half up)
        (
            ("xiaomi sales 2013", "round it"),
            "Xiaomi sold 18.7 million smartphones in 2013. Rounded to the nearest",
        ),
        (("xiaomi sales 2014", "roughly?"), "Sources disagree on 2014"),
        (("xiaomi sales 2016", "round to the nearest 10 million"), "Xiaomi sold around 58 million"),
        # a verdict of the asker's own in between goes on from nothing, and leaves the talk as it was
        (
            ("xiaomi sales 2013?", "samsung is overrated", "and 2015?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # a share of the year's targets, named by the year alone
        (
            ("xiaomi target 2015", "what percent of that did they sell?"),
            "Xiaomi's 70 million [1] in 2015 was 70%",
        ),
        # a figure just worked out, checked against a bound (to whole units)
        (
            ("xiaomi sales 2012", "what if it was 50% more?", "more than 10m?"),
            "Yes. Xiaomi's smartphone sales in",
        ),
        (("xiaomi sales 2014", "plus 10%?", "more than 66m?"), "It depends on the source."),
        # ... but the figure reported, or another part of the year, is checked as it is
        (
            ("xiaomi 2012", "what if it was 50% more?", "did they actually sell more than 10m?"),
            "No. Xiaomi sold 7.2",
        ),
        (
            ("xiaomi 2012", "and 2013?", "how many years between the best and worst years?"),
            "From 2012 to 2015 is 3",
        ),
        # a span with ends of its own leans on no year talked of
        (
            ("xiaomi 2013", "and 2014?", "how many years did it take to go from 7.2m to 70m?"),
            "From 2012 to 2015 is 3",
        ),
        # growth since a year just after a target is of the sales; "needed" is to the target
        (
            ("target 2015", "growth since 2012"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to around 58",
        ),
        (
            ("target 2017", "growth needed since 2016?"),
            "Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017 target",
        ),
        # a person's number, set against the figure just given
        (
            ("xiaomi 2016", "was that under kevin wang's number?"),
            "Yes. Xiaomi sold around 58 million smartphones in 2016, 12 million short of the 2017",
        ),
        (
            ("xiaomi 2013", "did that beat kevin wang's estimate?"),
            "No. Xiaomi sold 18.7 million smartphones in 2013, 51.3 million short",
        ),
        # the span between the two years just talked of
        (
            ("xiaomi sales 2013", "and 2015?", "how many years between those two?"),
            "From 2013 to 2015 is 2 years.",
        ),
        # "since" a year, after a later year: from that year to the one talked of
        (
            ("xiaomi 2015", "and growth since 2012?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70",
        ),
        (
            ("xiaomi 2013", "and growth since 2015?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to",
        ),
    ],
)
def test_conversation_growths_set_against_and_since(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # two years set side by side, then a bound on the gap between them
        (
            ("xiaomi sales 2016 vs 2014", "is the difference bigger than 5 million?"),
            "No. Xiaomi's smartphone",
        ),
        (("xiaomi sales 2015 vs 2016", "is the gap more than 10 million?"), "Yes. Xiaomi's smartphone"),
        (("xiaomi 2012 and 2013", "were they more than 10m apart?"), "Yes. Xiaomi's smartphone"),
        # a year against a target, then a bound on the gap to it, on either side
        (
            ("xiaomi 2016 vs kevin wang's 2017 number", "is the gap under 10 million?"),
            "No. Xiaomi sold around",
        ),
        (("2016 sales vs the 2017 target", "was the gap more than 10m?"), "Yes. Xiaomi sold around"),
        (("xiaomi 2015 vs the 80m goal", "was the difference under 5m?"), "No. Xiaomi sold 70"),
        (("xiaomi 2015 vs the 80m goal", "did they get within 10 million?"), "Yes. Xiaomi sold 70"),
        (("xiaomi 2015 vs the 80m goal", "did they get within 5 million?"), "No. Xiaomi sold 70"),
        # a growth claimed after a target is the growth, not the gap to it
        (
            ("xiaomi 2014 vs the 40m projection", "did sales grow by more than 30 million that year?"),
            "Yes. Xiaomi's smartphone sales grew from 18.7 million",
        ),
    ],
)
def test_conversation_a_bound_on_the_gap_just_given(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a bound on a change just worked out, whichever way it went
        (("growth 2013 to 2015", "is that more than 40m?"), "Yes. Xiaomi's smartphone sales grew"),
        (("growth 2013 to 2015", "is that more than 60m?"), "No. Xiaomi's smartphone sales grew"),
        (("change 2015 to 2016", "was that more than 10m?"), "Yes. Xiaomi's smartphone sales fell"),
        # ... and on a sum or a mean
        (("total 2012 and 2013", "is that over 30m?"), "No. Xiaomi's smartphone sales for 2012-2013 add up"),
        (("average 2012-2015", "is that under 40m?"), "Yes. Xiaomi's smartphone sales averaged"),
        # a fraction of a change, and the half named first is the one claimed
        (
            ("xiaomi 2015 and 2016", "did sales fall by more than a fifth?"),
            "No. Xiaomi's smartphone sales fell",
        ),
        (("xiaomi h1 2015", "was the second half better?"), "Yes. Xiaomi's smartphone sales in 2015"),
        (("xiaomi h2 2015", "was h1 bigger?"), "No. Xiaomi's smartphone sales in 2015"),
        (("xiaomi h1 2015", "over 30m?", "more than h2?"), "No. Xiaomi's smartphone sales in 2015"),
        # a figure multiplied, said after it; a bound on an average, a year
        (
            ("xiaomi first half 2015", "what's that doubled?"),
            "Double Xiaomi's smartphone sales in the first half",
        ),
        (("xiaomi average 2012-2016", "above 40 million a year?"), "Yes. Xiaomi's smartphone sales averaged"),
        (("xiaomi sales 2012 to 2015", "did they grow tenfold?"), "Almost."),
        # a claim questioned by another in the chat is checked again
        (("ben: xiaomi sold 70m in 2016", "anna: is that true?"), "No: 70 million was the figure for 2015."),
        (("xiaomi sold 70m in 2015", "correct?"), "Yes. Xiaomi sold 70 million"),
        # phones added a year on average, over the two years named
        (
            ("xiaomi 2012 and 2016", "how many phones per year did they add on average?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to around 58 million in 2016",
        ),
        # the other side of a comparison swapped for another year
        (
            ("compare 2015 with 2016 sales", "vs 2013 instead"),
            "Xiaomi's smartphone sales were higher in 2015: 2015",
        ),
        # an open span is answered for the years it had
        (("total sales since 2014", "so above 190 million?"), "No."),
    ],
)
def test_conversation_a_bound_on_the_figure_just_worked_out(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a change, total or average just worked out, set against one year's figure or target
        (
            ("growth 2013 to 2015", "is that bigger than 2012's sales?"),
            "Yes. The rise in Xiaomi's smartphone sales from 2013 to 2015 is 51.3 million. That is 44.1",
        ),
        (
            ("2015 minus 2016", "is that more than 2012 sales?"),
            "Yes. The fall in Xiaomi's smartphone sales from 2015 to 2016 is 12 million. That is 4.8",
        ),
        (
            ("average 2012-2015", "is that more than the 2014 projection?"),
            "No. The 2012-2015 average of Xiaomi's smartphone sales is 39.23 million or 38.98 million",
        ),
        (
            ("how many more in 2015 than 2013", "compare that with the 2017 target"),
            "The rise in Xiaomi's smartphone sales from 2013 to 2015 is 51.3 million. That is 18.7",
        ),
        (
            ("total 2012 and 2013", "is that bigger than h1 2015?"),
            "No. The 2012-2013 total of Xiaomi's smartphone sales is 25.9 million [1]. That is 8.8",
        ),
        (
            ("avg 2013 and 2015", "vs 2014?"),
            "The 2013 and 2015 average of Xiaomi's smartphone sales is 44.35",
        ),
        (("average 2014-2016", "is that more than double 2013?"), "Yes. The 2014-2016 average"),
        # which, asked either way; a multiple of the other side; the target named of two
        (("growth 2013 to 2015", "is that more or less than 2014?"), "Less. The rise"),
        (
            ("growth 2013 to 2015", "is that more than 3 times 2013?"),
            "No. The rise in Xiaomi's smartphone sales from 2013 to 2015 is 51.3 million. That is 4.8",
        ),
        (("total 2012-2014", "is that more than the original 2015 target?"), "No. The 2012-2014 total"),
        (("total 2012-2014", "is that more than the revised 2015 target?"), "Yes. The 2012-2014 total"),
        (("growth 2013 to 2015", "is that at least the 2014 projection?"), "Yes. The rise"),
        # a growth against the growth of another year
        (("growth 2013 to 2014", "is that more than in 2015?"), "Yes."),
    ],
)
def test_conversation_the_figure_just_worked_out_set_against_another(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, rounded",
    [
        (("xiaomi sales 2013", "round it"), "Rounded to the nearest million: 19 million."),
        (("xiaomi sales 2014", "roughly?"), "Rounded to the nearest million: 61 million or 60 million."),
        (
            ("xiaomi sales 2016", "round to the nearest 10 million"),
            "Rounded to the nearest 10 million: 60 million.",
        ),
        (("xiaomi sales 2013", "to the nearest 5 million?"), "Rounded to the nearest 5 million: 20 million."),
    ],
)
def test_conversation_the_last_figure_rounded(engine: Engine, turns, rounded):
    _, answer = talk(engine, *turns)
    assert rounded in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, dated",
    [
        # a claim with no date of its own was made by the day its article reports it
        (("kevin wang 70m claim", "when was that said?"), "(reported on 10 April 2017)"),
        (
            ("who said xiaomi needs 70m in 2017", "who is he?", "when did he say it?"),
            "(reported on 10 April 2017)",
        ),
        (("2016 sales", "when was that reported?"), "(according to reports; reported on 10 April 2017)"),
        # the 2015 article has no day: "once called" stays undated
        (("who called xiaomi designs theft?", "when did he say that?"), "The articles don't say when."),
        # a claim dated in its own words keeps that date
        (("who is lei jun?", "when did he cut the target?"), "In March 2015."),
    ],
)
def test_conversation_when_a_claim_was_made(engine: Engine, turns, dated):
    _, answer = talk(engine, *turns)
    assert dated in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a change from one year to the next goes by its end year
        (("growth 2013 to 2014", "was that the biggest jump?"), "Yes."),
        (("growth 2014 to 2015", "was that the biggest jump?"), "No."),
        (("growth 2015 to 2016", "was that the biggest drop?"), "Yes."),
        # "beat" is past the number; the two sources' 2014 figures are 61 and 60 million
        (("sales 2014", "did they beat 60m?"), "It depends on the source."),
        (("sales 2014", "did they hit 60m?"), "Yes."),
        (("sales 2015", "did they beat 70m?"), "No."),
        (("sales 2015", "did they hit or beat 70m?"), "Yes."),  # reaching it is enough
        (("sales 2015", "did they beat 70m and make history?"), "No."),
        (("did xiaomi beat 60m in 2014?",), "By one source: the other gives the same, not more."),
        # a margin between two years said with "above" or "below", or stated with a question mark
        (("was 2016 12m below 2015?",), "Yes."),
        (("was 2015 9m above 2014?",), "One source says so."),
        (("is the 2017 target 12m above 2016 sales?",), "Yes."),
        (("was 2016 10m below the 2015 target?",), "No."),
        (("2016 sales were 12 million less than 2015?",), "Yes."),
        (("2016 sales were 10 million less than 2015?",), "No."),
        # a margin to a target, or a change said with its verb, is read as it was
        (("did they sell 10m below 2015's 80m target?",), "Yes."),
        (("did they sell 10m below the 2015 smartphone target?",), "Yes"),
    ],
)
def test_conversation_checks_of_the_thirty_ninth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # an amount set against the figure just given is a check, never a sum
        (("sales 2013", "is 20m more than that?"), "Yes. Xiaomi sold 18.7 million"),
        (("2015 target", "is 70m more than that?"), "No."),
        # a year said to be an amount more than the last figure is a difference claimed
        (("sales 2014", "so 2015 was 9m more than that?"), "One source says so."),
        (("2015 sales, is 80m more than that?",), "Yes. Xiaomi sold 70 million"),
        (("xiaomi 2016 sales", "also, is 50m less than that?"), "Yes."),
    ],
)
def test_conversation_an_amount_set_against_the_last_figure(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("xiaomi sales 2015", "what about the cupertino company?"),
        ("xiaomi sales 2015", "and the korean giant?"),
    ],
)
def test_conversation_another_company_described_gets_no_carried_figure(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith("The articles give no other company's figures"), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        (
            ("total 2012-2014", "and 2015-2016?", "difference?"),
            "Xiaomi's smartphone sales: 2012-2014 together, 86.9 million [1] or 85.9 million [1] [2]; 2015"
            " and 2016 together, 128 million [1]. 2015 and 2016 together were higher, by 41.1 million",
        ),
        (
            ("total 2012-2014", "and 2015-2016?", "percent difference?"),
            "Xiaomi's smartphone sales: 2012-2014 together, 86.9 million [1] or 85.9 million [1] [2]; 2015"
            " and 2016 together, 128 million [1]. 2015 and 2016 together were higher, by 41.1 million or 42.1"
            " million (+47.3% or +49%).",
        ),
        (
            ("avg 2012-2014", "and 2015-2016?", "which is higher?"),
            "Xiaomi's smartphone sales: the 2012-2014 average, 28.97 million [1] or 28.63 million [1] [2] a"
            " year; the 2015-2016 average, 64 million [1] a year. The 2015-2016 average was higher, by 35.03",
        ),
        # a ratio is of the later span to the earlier one
        (
            ("total 2012-2014", "and 2015-2016?", "how many times bigger?"),
            "Xiaomi's smartphone sales: 2015 and 2016 together, 128 million [1]; 2012-2014 together",
        ),
        # both sums added up into one total; "total" alone stays the last years asked
        (
            ("xiaomi total 2012-2014", "and 2015 to 2016", "add them up"),
            "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million [1] (213.9 million",
        ),
        (
            ("xiaomi 2012 and 2013", "total", "now 2015 and 2016", "total"),
            "Xiaomi's smartphone sales for 2015-2016 add up to 128 million.",
        ),
    ],
)
def test_conversation_two_spans_worked_out_side_by_side(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


@pytest.mark.parametrize(
    "turns, start",
    [
        (
            ("total phones 2012-2016", "what share of that was 2015?"),
            "Xiaomi's smartphone sales in 2015 (70 million [1]) were 32.6% of the 2012-2016 total of 214.9"
            " million [1]. Xiaomi's smartphone sales in 2015 (70 million [1]) were 32.7% of the 2012-2016",
        ),
        # "percentage" after a total is a part of it, no growth
        (("total 2012-2016?", "what percentage was 2014?"), "Xiaomi's smartphone sales in 2014 (61 million"),
        (("total 2013-2015", "how much of it came in 2015?"), "Xiaomi's smartphone sales in 2015 (70"),
        # the same share, of the year named next
        (
            ("what share of the 2012-2016 total was 2015?", "and 2012?"),
            "Xiaomi's smartphone sales in 2012 (7.2 million [1]) were 3.4% of the 2012-2016 total",
        ),
        (
            ("what share of the 2012-2016 total was 2015?", "no, I meant 2016"),
            "Xiaomi's smartphone sales in 2016 (around 58 million [1]) were 27% of the 2012-2016 total",
        ),
        # a growth or a drop asked after a total is still a change
        (("total 2012-2016", "what % did it grow in 2015"), "Xiaomi's smartphone sales grew from 61 million"),
        (("total 2012-2016", "what % did it drop in 2016?"), "Xiaomi's smartphone sales fell from 70"),
        (("total 2012-2014", "what % did 2014 make up?"), "Xiaomi's smartphone sales in 2014 (61 million"),
    ],
)
def test_conversation_share_of_the_last_total(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


@pytest.mark.parametrize(
    "turns, start",
    [
        # two companies' prices asked in turn, then which is cheaper or dearer, or how far apart
        (
            ("how much do xiaomi phones cost?", "and an iphone?", "which is cheaper?"),
            "Xiaomi is the cheaper: its phone prices run $100 to $300, against $650 to $1,000 for Apple.",
        ),
        (
            ("xiaomi phone price?", "iphone price?", "which is more expensive?"),
            "Apple is the pricier: its phone prices run $650 to $1,000, against $100 to $300 for Xiaomi.",
        ),
        (
            ("xiaomi phone price?", "iphone price?", "how much more expensive is the iphone?"),
            "Apple against Xiaomi, phone prices of each range: low ends $650 vs $100 ($550 apart)",
        ),
        (
            ("xiaomi phone cost", "and an iphone?", "how much more expensive at the top end?"),
            "The priciest Xiaomi phone ($300) and the priciest Apple phone ($1,000) are $700 apart.",
        ),
        # a claim of one of the two is checked of it; "bigger" of prices is the pricier
        (("xiaomi phone price?", "iphone price?", "is the iphone more expensive?"), "iPhones sell for"),
        (("xiaomi phone price?", "iphone price?", "which is bigger?"), "Apple is the pricier"),
        # why one costs more is no comparison of the two ranges
        (("xiaomi phone price?", "iphone price?", "why are iphones pricier?"), "The articles don't say why"),
    ],
)
def test_conversation_prices_of_two_companies_asked_in_turn(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


@pytest.mark.parametrize(
    "turns, start",
    [
        # the company's age in the one year the last fact answer named
        (("when did the Mi 6 launch?", "how old was xiaomi then?"), "Xiaomi was 7 years old in 2017"),
        (
            ("when did lei jun speak at the product launch?", "how old was xiaomi then?"),
            "Xiaomi was 4 years old in 2014",
        ),
        # ... never the founding year's own (the figure's year before it is meant)
        (
            ("xiaomi 2015 sales", "when was the company founded?", "so how old was it that year?"),
            "Xiaomi was five years old in 2015.",
        ),
        # the best or worst within the years just worked on, pointed back at
        (
            ("total 2012-2014", "and the best year in that period?"),
            "Xiaomi's best year for smartphone sales in 2012-2014 was 2014",
        ),
        (
            ("average 2013-2015", "which year in that span was lowest?"),
            "Xiaomi's weakest year for smartphone sales in 2013-2015 was 2013",
        ),
    ],
)
def test_conversation_years_pointed_back_at(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


@pytest.mark.parametrize(
    "turns, says",
    [
        # which article the last figure or fact came from, each quoted from its own article
        (("xiaomi valuation", "is that the 2015 article or the 2017 one?"), "The 2015 article says"),
        (("xiaomi sales 2015", "which article is that from?"), "The 2017 article says"),
        (("xiaomi 2014 projection", "is that from the 2017 article?"), "The 2015 article says"),
    ],
)
def test_conversation_which_article_the_last_answer_came_from(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert says in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "the first one" is the first target; "in the 2017 article" says whose count
        (("2015 target 80m", "wait was that the first one"), "Target: Xiaomi's original goal for 2015 was"),
        (("when was xiaomi founded", "and how old is it in the 2017 article"), "Xiaomi was 7 years old"),
    ],
)
def test_conversation_an_article_named_is_no_question_of_the_source(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start)


@pytest.mark.parametrize(
    "turns, threshold_year",
    [
        (("sales 2016", "which years beat that?"), (">", 2016)),
        (("xiaomi 2013", "how many years were lower than that?"), ("<", 2013)),
        (("the 2015 target", "which years beat that?"), None),  # a target's number, no year's figure
        (("sales 2016", "which years did xiaomi sell more than that?"), (">", 2016)),
        (("xiaomi 2013", "which years saw sales rise above that?"), (">", 2013)),
        (("xiaomi sales 2016", "which years had a first half bigger than that?"), None),
    ],
)
def test_resolve_years_past_the_last_years_figure(engine: Engine, turns, threshold_year):
    frame, _ = talk(engine, *turns)
    assert frame.threshold_year == threshold_year


@pytest.mark.parametrize(
    "turns, start",
    [
        # the years since the last one, added up
        (
            ("sales 2013", "and since then in total?"),
            "Xiaomi's smartphone sales for 2013-2016 add up to 207.7 million",
        ),
        # a target for a year with no sales, reached before by the years before it
        (
            ("what's the 2017 target", "have they ever reached it?"),
            "Yes. Xiaomi sold 70 million smartphones in 2015",
        ),
        (("sales 2013", "I think you mean 2014"), "Sources disagree on 2014"),
        (("sales 2016", "and previously?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("sales 2014", "and the yaer before?"), "Xiaomi sold 18.7 million smartphones in 2013"),
        (
            ("sales 2013", "and 2012/2013 combined?"),
            "Xiaomi's smartphone sales for 2012-2013 add up to 25.9 million",
        ),
        (
            ("sales 2016", "how much to get back to 70 million?"),
            "Xiaomi sold around 58 million smartphones in 2016, 12",
        ),
        # one year each way of the one talked about
        (
            ("sales 2014", "and the year before and after?"),
            "Xiaomi sold 18.7 million smartphones in 2013. Xiaomi sold 70",
        ),
        (
            ("sales 2014", "the year before and after combined?"),
            "Xiaomi's smartphone sales for 2013 and 2015 add up to",
        ),
    ],
)
def test_conversation_follow_ups_of_the_forty_seventh_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered
    assert answer.text.startswith(start), answer.text


def test_conversation_a_command_mid_chat_asks_nothing_of_the_last_answer(engine: Engine):
    _, answer = talk(engine, "sales 2015", "/start")
    assert not answer.answered
    assert "founded" not in answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "that" is the target just given, set against last year's sales
        (
            ("what does xiaomi need to sell in 2017?", "is that more than last year?"),
            "Yes. For 2017 the target",
        ),
        # the size of a move whose reason was asked
        (
            ("why did xiaomi sales drop in 2016?", "by how much?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        # steps said other ways
        (("xiaomi smartphone sales 2013", "forward a year"), "Sources disagree on 2014"),
        (("sales 2014", "go back a year"), "Xiaomi sold 18.7 million smartphones in 2013"),
        (("sales 2014", "next one?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("sales 2014", "how about in the previous one"), "Xiaomi sold 18.7 million smartphones in 2013"),
        (("sales 2013", "in the third year after that"), "Xiaomi sold around 58 million smartphones in 2016"),
    ],
)
def test_conversation_follow_ups_of_the_forty_eighth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # after a reason asked, only the size of that move is "by how much"; other changes are their own
        (
            ("why did xiaomi sales drop in 2016?", "and how much did they grow the year before?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million",
        ),
        (("why did xiaomi sales drop in 2016?", "ok and the biggest jump?"), "The largest year-on-year rise"),
        # "back a year" inside a sentence is no step
        (("2015 target?", "was it scaled back a year later?"), "Yes. The 2015 sales target went from 100"),
        # a running total asked of its own carries no year from before
        (
            ("how many phones did xiaomi sell in 2014?", "when did cumulative sales pass 100 million?"),
            "In the first half of 2015: with 34.7 million [1] that half",
        ),
        # a place the asker names is what "there" leans on
        (
            ("how many did they sell in 2015?", "i'm from brazil", "do they sell there?"),
            "Yes. Xiaomi's markets",
        ),
        # a second half beaten is not the number needed to a target
        (("h1 2015?", "did the second half beat 35 million?"), "After 34.7 million in the first half"),
    ],
)
def test_conversation_review_of_the_forty_eighth_session(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (("sales 2016", "where does that rank?"), "2016 was Xiaomi's third best year"),
        (("xiaomi 2014", "how does it rank among the years?"), "2014 was Xiaomi's second best year"),
        (("sales 2013", "how many years had more?"), "in 3 years, 2014, 2015 and 2016"),
        (("sales 2014", "how many years were worse?"), "in 3 years, 2012, 2013 and 2016"),
    ],
)
def test_resolve_place_of_the_year_just_asked(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert says in answer.text, answer.text


def test_resolve_rank_alone_after_a_rank_in_china_stays_the_rank_in_china(engine: Engine):
    _, answer = talk(engine, "xiaomi rank in china", "where does it rank?")
    assert "number one smartphone maker in China" in answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (("how many phones did xiaomi sell in 2015?", "and what was it supposed to be?"), "100 million"),
        (("sales 2014", "what was it meant to be?"), "40 million"),
        (("xiaomi sales 2015", "and the plan?"), "80 million"),
    ],
)
def test_resolve_target_of_the_sales_just_asked(engine: Engine, turns, says):
    frame, answer = talk(engine, *turns)
    assert frame.target_named and says in answer.text, answer.text


def test_resolve_the_plan_alone_asks_the_facts(engine: Engine):
    _, answer = talk(engine, "what's the plan?")
    assert "launch in the US" in answer.text


def test_resolve_extreme_since_when_of_the_year_just_asked(engine: Engine):
    _, answer = talk(engine, "xiaomi 2016 number pls", "that's a drop, no?", "lowest since when?")
    assert answer.text.startswith(
        "2016 (around 58 million) was Xiaomi's weakest year for smartphone sales since 2013"
    )


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # a quarter's move no figure gives: its size is not known, never the years' growth
        (("what happened in Q3 2015?", "by how much?"), "dropped year on year for the first time (no figure"),
        # another year's target, set against the sales just asked
        (("sales 2016", "how much less than the 2015 target?"), "42 million short of the 2015 target"),
        # a margin alone after one year's figure: from the year before
        (("how many phones in 2016?", "how much less?"), "fell from 70 million in 2015 to around 58 million"),
        # a target spread over its year is the target's pace, never the sales'
        (("2017 target", "how many a day is that?"), "that target is about 192,000 a day"),
    ],
)
def test_resolve_follow_ups_of_the_forty_ninth_session(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert says in answer.text, answer.text


def test_resolve_a_target_spread_is_never_the_sales(engine: Engine):
    _, answer = talk(
        engine, "what did lei jun want to sell in 2015 originally", "how many phones a month is that?"
    )
    assert "70 million" not in answer.text and "100 million" in answer.text


def test_resolve_difference_after_the_sources_set_side_by_side_is_their_gap(engine: Engine):
    _, answer = talk(engine, "do both sources say the same for 2014?", "difference?")
    assert "They differ by 1 million." in answer.text


def test_resolve_an_age_names_its_own_year_never_the_last(engine: Engine):
    frame, answer = talk(
        engine, "how many phones did xiaomi sell in 2014?", "and when xiaomi was five years old?"
    )
    assert 2014 not in frame.years and "projected" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (("how much does an iPhone cost?", "how does that compare with xiaomi?"), "low ends $100 vs $650"),
        (("xiaomi phone prices", "how does that compare with apple?"), "Xiaomi is the cheaper"),
    ],
)
def test_resolve_a_fact_set_against_another_company(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert says in answer.text, answer.text


def test_resolve_the_target_a_fact_gave_against_the_best_year(engine: Engine):
    _, answer = talk(engine, "what does kevin wang say about 2017?", "is that above the best year?")
    assert answer.text.startswith(
        "No. Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target"
    )


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        # the year named before "that" is the one claimed to beat it, never the other way round
        (("how many phones in 2013?", "did 2016 sales beat that?"), "Yes."),
        (("2015?", "did 2016 sales beat that?"), "No."),
        (("2012?", "did 2013 sales beat that?"), "Yes."),
        (("how many in 2013?", "did 2014 top that?"), "Yes."),
    ],
)
def test_resolve_a_year_claimed_to_beat_the_last_answer(engine: Engine, turns, verdict):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(verdict), answer.text


@pytest.mark.parametrize(
    ("turns", "span"),
    [
        (
            (
                "first year xiaomi sold over 10 million phones?",
                "and its best year?",
                "how many years from one to the other?",
            ),
            "From 2013 to 2015 is 2 years.",
        ),
        (
            (
                "how many phones did xiaomi sell in 2012?",
                "and in 2015?",
                "was 2015 the best year?",
                "so how many years did it take to get from the first number to the second?",
            ),
            "From 2012 to 2015 is 3 years.",
        ),
        (
            (
                "the 7.2 million figure is for which year?",
                "when did they first sell more than 18 million in a year?",
                "so how long did that take?",
            ),
            "From 2012 to 2013 is 1 year.",
        ),
    ],
)
def test_resolve_a_span_between_the_years_the_answers_named(engine: Engine, turns, span):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(span), answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # one year's target, reached or not by the sales of another year named
        (
            ("what was kevin wang's number?", "did they hit it in 2015?"),
            "Yes. Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target",
        ),
        (
            ("what was kevin wang's number?", "did they hit it in 2016?"),
            "No. Xiaomi sold around 58 million smartphones in 2016, 12 million short",
        ),
        # the sales just asked, as a share of another year's target; another year's sales against a target
        (
            ("sales 2016?", "what percent of the revised 2015 target?"),
            "72.5% of its 2015 target of 80 million",
        ),
        (
            ("what was the 2015 target?", "how far off were they in 2016?"),
            "Xiaomi sold around 58 million [1] smartphones in 2016, 42 million short",
        ),
    ],
)
def test_resolve_a_target_against_the_sales_of_the_year_named(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        (("2015?", "what about 2016?", "why the drop?"), "transition period"),
        (("what's the best year?", "who said that?"), "The 2017 article says"),
        (
            ("2013 sales", "did they ever sell fewer than that?"),
            "Yes. Xiaomi's smartphone sales were less than 18.7 million",
        ),
        (("2015", "did they ever do better than that?"), "No."),
    ],
)
def test_resolve_a_follow_up_on_the_year_an_answer_named(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert says in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # a target's or a half's figure just given is the bound the years are checked against
        (
            ("what was the 2014 projection?", "did they ever sell fewer than that?"),
            "Yes. Xiaomi's smartphone sales were less than 40 million in 2 years, 2012 and 2013",
        ),
        (
            ("what was the 2014 projection?", "in how many years did they sell more than that?"),
            "more than 40 million in 3 years",
        ),
        (
            ("what was the original 2015 target?", "did they ever sell that many in a year?"),
            "No. Xiaomi's smartphone sales were at least 100 million in no year",
        ),
        (
            ("what was the revised 2015 target?", "did they ever sell that many?"),
            "at least 80 million in no year",
        ),
        (("sales 2015", "did they sell that many in 2016?"), "No. Xiaomi sold around 58 million"),
    ],
)
def test_resolve_the_figure_just_given_as_a_bound(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(says) or says in answer.text, answer.text


def test_resolve_its_after_the_company_a_person_works_for(engine: Engine):
    _, answer = talk(
        engine, "who is jony ive?", "what company does he work for?", "how much do its phones cost?"
    )
    assert answer.text.startswith("iPhones sell for between $650 and $1,000."), answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # a target just given, as a share of another year's target
        (
            ("what was the 2015 target?", "what percent of the 2017 target?"),
            "The 2015 target of 100 million [1] is 142.9% of",
        ),
        (
            ("what was the 2014 projection?", "what percent of the 2015 target?"),
            "The 2014 projection of 40 million is 40% of",
        ),
        # a year named in the follow-up is the one asked, never the year before it
        (
            ("2016 sales?", "what percent of the 2015 target did they sell in 2015?"),
            "Xiaomi's 70 million [1] in 2015 was 70%",
        ),
        # "who said ...?" naming what was said is about that, even after a best year
        (
            ("what was the best year?", "who said that xiaomi's designs were theft?"),
            "Apple design chief Jony Ive",
        ),
        # "them" after a year's sales: the figures just given, beaten or not by the year named
        (("2014 sales", "did 2015 top them?"), "Yes."),
        (("2014 sales", "did 2016 beat them?"), "No."),
    ],
)
def test_resolve_reviewed_follow_ups(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(says), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ("what was the 2015 target?", "who is quoted in the 2017 article?"),
        (
            "how many months between the march cut and the july announcement?",
            "who is quoted in the 2017 article?",
        ),
    ],
)
def test_resolve_whom_an_article_quotes_is_asked_afresh(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith("The 2017 article quotes or cites Kevin Wang (industry insider)"), (
        answer.text
    )


def test_resolve_time_between_events_after_a_target(engine: Engine):
    _, answer = talk(
        engine,
        "what was the 2014 projection?",
        "what percent of the 2015 target?",
        "how many months between the march cut and the july announcement?",
    )
    assert answer.text.startswith("From March 2015 to July 2015 is 4 months."), answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # a year's own target, checked as reached that year
        (("what was the 2014 projection?", "did they top it in 2014?"), "Yes."),
        # the earlier year whose sales were the target's number
        (("what was wang's 2017 number?", "which earlier year does that match?"), "That was 2015"),
        # "the other article" with a question of its own: that question, from the other article
        (
            ("which article mentions Canalys?", "what does the other article say about 2015 sales?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # the side named before "than" is the one claimed
        (
            ("how many phones in the first half of 2015", "were 2012 and 2013 put together more than that?"),
            "No.",
        ),
        (
            ("how many phones in the first half of 2015", "is that more than 2012 and 2013 put together?"),
            "Yes.",
        ),
        (
            (
                "how many did xiaomi sell in 2012 and 2013 combined?",
                "was the 2014 projection higher than that combined total?",
            ),
            "Yes.",
        ),
        (("total 2012-2013?", "is that bigger than the 2014 projection?"), "No."),
        # a half named with no year is the year talked of
        (
            (
                "what was the revised 2015 target?",
                "what percentage of that lowered target did they reach in the first half?",
            ),
            "Xiaomi's 34.7 million in the first half of 2015 was 43.4% of its target of 80 million.",
        ),
        # where, when or who asked of what an article was asked to mention
        (
            ("which article mentions the mi 6?", "when is it out?"),
            "Expected: Xiaomi's new flagship, the Mi 6",
        ),
        (("which article mentions jony ive?", "who is he?"), "Apple design chief Jony Ive"),
        # the year whose sales came closest to a target just asked, or matched it
        (
            ("How many phones did Xiaomi project for 2014?", "which year landed closest to that projection?"),
            "2016 came closest to 40 million",
        ),
        (("what's wang's 2017 number", "which year matched that target?"), "That was 2015"),
        # "earlier": before the target's own year; "by how much?" after it: that answer again
        (
            ("what was the 2014 projection?", "which earlier year came closest to it?"),
            "2013 came closer to 40 million",
        ),
        (
            ("what was the 2014 projection?", "which year came closest to that?", "by how much?"),
            "2016 came closest to 40 million, with around 58 million (18 million past it)",
        ),
        (("what was the 2017 target?", "which earlier year comes closest to that?"), "That was 2015"),
        # "last year" of that article: the year before its own
        (
            ("who's kevin wang", "what was xiaomi's last year like according to that article?"),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        # "what else does that article say?" with nothing named: what the last answer was about
        (
            ("xiaomi 2012 sales", "which article?", "what else does that article say?"),
            "Xiaomi sold 7.2 million smartphones in 2012. The 2017 article says",
        ),
        # a year's figure beaten "ever", or "in any later year": by the years past it
        (("How many phones did Xiaomi sell in 2014?", "was that beaten in any later year?"), "Yes."),
        (("How many phones did Xiaomi sell in 2014?", "did they ever beat that?"), "Yes."),
        (("2015 sales", "did they ever top that?"), "No."),
        # "which article?" alone: where the answer just given came from
        (
            ("h1 2015 sales?", "which article?"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (("what did jony ive say?", "which article?"), "Apple design chief Jony Ive"),
        # "that article": the one the last answer cited
        (
            ("what did the 2015 article say about q3?", "when was that article written?"),
            "“The CEO of the second-most valuable startup in the world",
        ),
        (
            ("xiaomi 2012", "what does that article say about sales?"),
            "Xiaomi's smartphone sales by year: 2012",
        ),
        (("xiaomi 2016 sales", "which article?", "what's its date?"), "“Kevin Wang: Xiaomi Needs To Sell"),
        (
            ("what does the 2017 article say about 2016?", "and 2015 in the same report?", "percent change?"),
            "Xiaomi's smartphone sales fell from 70 million in 2015 to around 58 million in 2016",
        ),
        # a gap after one target asked twice is that target against the sales asked before
        (
            ("2016 sales xiaomi", "the 2017 goal", "who set that goal", "gap between the two"),
            "For 2017 the target of 70 million is 12 million",
        ),
        (
            ("what was the original 2015 target?", "and the revised one?", "how far did they miss that one?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short",
        ),
        # after an aside, a step from the year talked of before it: the change into that year, or
        # that year claimed against the one beside it
        (
            (
                "how many phones did xiaomi sell in 2015?",
                "what's xiaomi's valuation?",
                "how much did they grow from the year before?",
            ),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million [1] in 2015",
        ),
        (("xiaomi sales 2015", "who's the ceo?", "was that more than the year before?"), "Yes."),
        (("xiaomi sales 2015", "who's the ceo?", "was that less than the year after?"), "No."),
        # a gap asked after two of one year's targets: the cut between them
        (
            ("what was the original 2015 target?", "and the revised one?", "what's the gap?"),
            "The 2015 sales target went from 100 million to 80 million",
        ),
        # a year judged after its figure: the figure's own words first
        (
            ("how many phones did xiaomi sell in 2015?", "was that a good year?"),
            "Xiaomi sold 70 million smartphones in 2015, its most successful year",
        ),
        # a bare number after a figure's article asked: in the figure's scale
        (
            ("which article says 61 million?", "and 60?"),
            "Xiaomi sold 60 million smartphones in 2014. The 2015",
        ),
        # an operation after two years asked one at a time: between those two
        (
            ("2012 sales?", "And 2013?", "how much did sales grow?"),
            "Xiaomi's smartphone sales grew from 7.2 million",
        ),
        (
            ("Xiaomi's sales in 2013?", "and 2013 through 2015, all three years added?"),
            "Xiaomi's smartphone sales for 2013-2015 add up",
        ),
        (("what was the 2015 target?", "did they get there in 2015?"), "No."),
        # what a revision took off
        (
            ("What's the revised 2015 goal?", "And how many phones did the revision take off the original?"),
            "The 2015 sales target went from 100 million to 80 million",
        ),
        # a target measured against a year's sales, the company named again
        (
            ("what was the 2015 target?", "How much higher is that than what Xiaomi had sold in 2014?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, 39 million short",
        ),
        # "he" after an answer that named nobody is who he was
        (
            ("who is lei jun?", "when was xiaomi founded?", "what did he say about smartphones?"),
            "Lei Jun said",
        ),
        # "they" set against a company, after rivals were named: those rivals, in that market
        (
            ("who are xiaomi's competitors in china?", "are they ahead of xiaomi?"),
            "Xiaomi was the top smartphone company in China in Q2 2015",
        ),
    ],
)
def test_resolve_session_51_follow_ups(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(says), answer.text


def test_resolve_where_a_thing_an_article_mentions_was(engine: Engine):
    _, answer = talk(
        engine, "Which article mentions the World Internet Conference?", "what town was it held in?"
    )
    assert answer.answered and "World Internet Conference in Wuzhen" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # a target's number reached "by the end of" a year with no sales: declined, never another year's
        (
            (
                "What number does Kevin Wang think Xiaomi must reach in 2017?",
                "And did they get there by the end of 2017?",
            ),
            "I don't know Xiaomi's smartphone sales for 2017.",
        ),
        # the same half of two years, one of which no article gives
        (("H1 2015?", "H1 2014?", "growth rate between them?"), "Xiaomi sold 34.7 million"),
    ],
)
def test_resolve_session_51_declined_follow_ups(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert not answer.answered and answer.text.startswith(says), answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # "which article?" after the markets fact: that fact's article
        (("which countries does xiaomi sell in?", "which article?"), "Xiaomi's markets include China"),
        # a year asked by nearness to the one figure just given
        (
            ("2014 sales", "which other year was closest to that?"),
            "2016 came closest to 61 million or 60 million",
        ),
        (("h1 2015 sales?", "which full year came closest to that?"), "2013 came closest to 34.7 million"),
        # a year's figure times a factor, as the bound years are searched past
        (
            (
                "How many phones did Xiaomi sell in 2013?",
                "which was the first year they sold more than triple that?",
            ),
            "The first year Xiaomi's smartphone sales were more than 56.1 million"
            " (three times the 2013 figure)",
        ),
        # two asides in a row keep the figure before them
        (
            ("2016 sales?", "who is the ceo?", "what is the valuation?", "and the year before?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # "that", working on a figure, points past an aside to the figure before it
        (
            (
                "How many phones did Xiaomi move in 2012?",
                "is Lei Jun still in charge there?",
                "and how many times bigger was 2015 compared with that?",
            ),
            "Xiaomi's smartphone sales in 2015 were 9.7 (9.72) times those of 2012.",
        ),
        (
            ("2012 xiaomi phones", "what's xiaomi worth", "what was the gap between that and 2016?"),
            "Xiaomi's smartphone sales were higher in 2016",
        ),
        # the year talked of is kept past a fact asked in passing
        (
            (
                "the 40 million projection, which year was that?",
                "ok and the valuation",
                "so what did they actually sell that year?",
            ),
            "Sources disagree on 2014",
        ),
        # "that plus the next two years": that year and the two after it
        (
            ("xiaomi 2014 sales?", "sum of that plus the next two years?"),
            "Xiaomi's smartphone sales for 2014-2016",
        ),
        (
            ("2012 sales?", "who is the ceo?", "what's the valuation?", "that plus the next two years?"),
            "Xiaomi's smartphone sales for 2012-2014 add up to 86.9 million",
        ),
        (
            ("xiaomi's 2012 sales?", "who's their ceo?", "what's the total from then through 2016?"),
            "Xiaomi's smartphone sales for 2012-2016 add up to 214.9 million",
        ),
        # a target reached, asked past an aside of no target
        (
            (
                "What was Xiaomi's revised 2015 target?",
                "how much is an iPhone these days?",
                "did they get there?",
            ),
            "No. Xiaomi sold 70 million [1] smartphones in 2015",
        ),
        # "he" after the one who said a number; a role checked of him
        (
            ("who said xiaomi needs 70 million phones this year?", "is he xiaomi's CEO?"),
            "No. Lei Jun is Xiaomi's CEO",
        ),
        (("kevin wang's 2017 number?", "is he xiaomi's ceo?"), "No. Lei Jun is Xiaomi's CEO"),
        # "the new figure" after the target's cut: the target it was cut to, checked
        (("when did Lei Jun lower the 2015 target?", "was the new figure 80 million?"), "Yes."),
        (("when did Lei Jun lower the 2015 target?", "was the new figure 90 million?"), "No."),
        # a claim of a thing done in a place, after a figure: the fact, not that place's sales
        (
            ("2016 handsets?", "is it true they want to launch in the US?"),
            "Expected: Xiaomi planned to launch in the US",
        ),
        # the margin said by its side alone
        (
            ("2014 projection", "and what did they actually sell?", "how much over?"),
            "Xiaomi sold 61 million [1] smartphones in 2014, beating its projection of 40 million",
        ),
    ],
)
def test_resolve_session_52_follow_ups(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(says), answer.text


@pytest.mark.parametrize(
    ("turns", "says"),
    [
        # a question about another company, after its figures were declined, is still of that company
        (("xiaomi 2015", "and huawei?", "and 2016?"), "I don't know Huawei's smartphone sales"),
        (
            ("xiaomi 2016 sales", "did huawei sell more?", "was it more than 100 million?"),
            "I don't know Huawei's smartphone sales",
        ),
    ],
)
def test_resolve_session_52_declined_follow_ups(engine: Engine, turns, says):
    _, answer = talk(engine, *turns)
    assert not answer.answered and answer.text.startswith(says), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the same year after one of its halves is the whole year, past a thank-you too
        (("h1 2015", "and 2015?"), "Xiaomi sold 70 million smartphones in 2015"),
        (("h1 2015", "thanks", "and 2015?"), "Xiaomi sold 70 million smartphones in 2015"),
        # growth over the next or previous years runs from the year talked of
        (
            ("2013", "growth over the next two years?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70",
        ),
        (
            ("2015", "how much did sales change over the previous two years?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
        # a margin claimed to a target, after a year's figure: that year's gap to it
        (("xiaomi 2015", "that's 30m short of the target right?"), "Yes, against the target of 100 million"),
        (
            ("xiaomi 2015", "30m under the original goal?"),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30",
        ),
        (
            ("xiaomi 2015", "so 10 million below the revised goal?"),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        (
            ("xiaomi 2015", "that's 10m under the cut target?"),
            "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 10",
        ),
        # the last answer again, asked for in chat's words
        (
            ("xiaomi 2014", "say again?"),
            "Sources disagree on 2014: Xiaomi sold 61 million [1] vs 60 million [2]",
        ),
        (("xiaomi 2012 sales", "confirm?"), "Xiaomi sold 7.2 million smartphones in 2012."),
        (("xiaomi 2013 sales", "exact number?"), "Xiaomi sold 18.7 million smartphones in 2013."),
        # a product asked before no longer narrows the phones; a place does, unless "overall"
        (("xiaomi tv sales in 2015", "and phones that year?"), "Xiaomi sold 70 million smartphones in 2015"),
        (
            ("how many phones did xiaomi sell in india in 2015", "and overall?"),
            "Xiaomi sold 70 million smartphones",
        ),
        (("xiaomi 2015 sales", "mi 6 date?"), "Rumoured: April 18, 2017 was the most probable launch day"),
        (
            ("xiaomi 2014", "and 2015", "add em"),
            "Xiaomi's smartphone sales for 2014-2015 add up to 131 million",
        ),
        # a step from the question's own year, after an aside
        (
            ("2013", "who is jony ive", "2013 — what was the growth the year after?"),
            "Xiaomi's smartphone sales grew from 18.7 million [1] in 2013 to 61 million [1] in 2014",
        ),
        # which of the two articles just cited
        (
            ("how many phones in 2014?", "which one said 60?"),
            "Xiaomi sold 60 million smartphones in 2014. The 2015 article",
        ),
        (("2014 sales", "how far apart are the two numbers"), "Sources disagree on 2014"),
        # the last figure as a share of the first asked, said short
        (
            ("2015 sales", "2012 sales", "as % of the first?"),
            "Xiaomi's smartphone sales in 2012 (7.2 million) were 10.3%",
        ),
        # years opened with "plus": added to the one just given
        (
            ("2013 sales", "plus 2012 plus 2016"),
            "Xiaomi's smartphone sales for 2012, 2013 and 2016 add up to 83.9",
        ),
        # ... but not "instead" or "together": those years alone
        (
            ("2013 sales", "now add 2012 and 2014 instead"),
            "Xiaomi's smartphone sales for 2012 and 2014 add up to 68.2",
        ),
        # the CEO asked, then the best year: the figures again
        (("who is the ceo?", "best year?"), "Xiaomi's best year for smartphone sales in 2012-2016 was 2015"),
    ],
)
def test_conversation_session_53_answers(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a loss asked as a share of the first: no share of the whole passed off as it
        (("2015 sales", "2016 sales", "what % of the first was lost?"), "I can't work out “percent of”"),
        # no figure of that part of the year, so no exact number of it
        (("q3 2015", "exact figure?"), "I don't know that one."),
        # a place asked before stays after "what about smartphones?"
        (
            ("xiaomi sales in india in 2016?", "what about smartphones?"),
            "I don't know the smartphone sales for India",
        ),
        # the biggest of a list of facts: no figure ranks them, never the best sales year
        (
            ("who are xiaomi's competitors?", "the biggest of those?"),
            "I can't work out “the biggest of those”",
        ),
        # a remark naming a place and a year of its own: both still asked
        (
            (
                "how many phones did xiaomi sell in 2015?",
                "I was in beijing in 2014, how many did they sell that year?",
            ),
            "I don't know the smartphone sales for Beijing",
        ),
    ],
)
def test_conversation_session_53_declines(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a mean or a sum just given, said back roughly or exactly, is checked
        (
            ("average 2012-2016", "so about 43m a year?"),
            "Yes. Xiaomi's smartphone sales averaged 42.98 million a year",
        ),
        # ... to the claim's last digit when "exactly" (the sources split on 2014)
        (("xiaomi total 2012-2016", "so exactly 214.9m?"), "It depends on the source."),
        # a run of years claimed after two years: every year searched, not the two asked
        (
            ("xiaomi sales 2015", "and 2016", "so it fell two years in a row?"),
            "No: never two years in a row.",
        ),
        (
            ("sales 2013", "and 2014", "so they grew two years in a row?"),
            "Yes. Xiaomi's smartphone sales grew in 2013",
        ),
        # a share of a target claimed of the half just given: that share, checked
        (
            ("H1 2015 sales", "thats over half of the 80m goal right?"),
            "No. Xiaomi's 34.7 million in the first half",
        ),
        # a margin to a target named with no article
        (("xiaomi 2014 sales", "that's 21m above projection right?"), "It depends on the source."),
        # whether the person named gave the target just asked, not who the person is
        (("2017 target", "did lei jun set that?"), "No. Target: According to industry insider Kevin Wang"),
        # an average after the best and the worst year: over every year, not those two
        (
            ("best year", "worst?", "avg?"),
            "Xiaomi's smartphone sales averaged 42.98 million a year over 2012-2016",
        ),
        # ... "sum of both" adds those two
        (
            ("worst year", "and the best?", "sum of both?"),
            "Xiaomi's smartphone sales for 2012 and 2015 add up",
        ),
        # a quarter whose facts say it fell: its way, checked
        (("q3 2015", "was it the first drop?"), "Yes. Xiaomi's Q3 2015 smartphone sales dropped"),
        # the year just given against two years added up
        (
            ("2015 sales", "was that more than 2014 + 2013?"),
            "No. Xiaomi's smartphone sales: 2015, 70 million",
        ),
        # "still" settles no yes from a dated fact, but what someone never was he is not now
        (("who's kevin wang", "is he still ceo lol"), "No. Lei Jun is Xiaomi's CEO"),
        # the way claimed against two years added up is kept
        (("2016 sales", "was that less than 2014 + 2015?"), "Yes. Xiaomi's smartphone sales: 2016"),
        # "exactly" a mean is to within 0.01%: 42.98 million is no 43 million
        (("average 2012-2016", "so exactly 43m?"), "No. Xiaomi's smartphone sales averaged 42.98 million"),
        # "the year before" in a follow-up is before the year talked of, whatever article is named
        (
            ("what were 2015 sales?", "and the year before, per the 2017 article, was it 61 million?"),
            "Yes. Xiaomi sold 61 million smartphones in 2014.",
        ),
    ],
)
def test_conversation_session_54_answers(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the company's first year is the year it was founded, which has no figure
        (
            ("when was xiaomi founded", "how many phones did it sell that first year"),
            "I don't know Xiaomi's smartphone sales for 2010",
        ),
        (
            ("how many phones did xiaomi sell in its first year?",),
            "I don't know Xiaomi's smartphone sales for 2010",
        ),
        # a reaction to a figure asks nothing
        (("xiaomi 2016", "what a flop"), "Ask me about Xiaomi's smartphone sales"),
    ],
)
def test_conversation_session_54_declines(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert not answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the other extreme measured against the year the last answer found
        (
            ("best year?", "vs the worst?"),
            "Xiaomi's smartphone sales grew from 7.2 million in 2012 to 70 million",
        ),
        (("worst year?", "how far behind the best?"), "Xiaomi's smartphone sales grew from 7.2 million"),
        # ... but "and the worst?" asks the worst year itself
        (
            ("best year?", "and the worst?"),
            "Xiaomi's weakest year for smartphone sales in 2012-2016 was 2012",
        ),
        # a ranked year against the first, never the second biggest rise
        (
            ("best year?", "2nd best by how much less?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014",
        ),
        # the ordinal ranks one of two extremes named together
        (
            ("best year?", "2nd best vs the worst?"),
            "Xiaomi's smartphone sales grew from 7.2 million [1] in 2012 to 61",
        ),
        # a place in the ranking just given, or the next one down
        (
            ("second best year", "third?"),
            "Xiaomi's third best year for smartphone sales in 2012-2016 was 2016",
        ),
        (
            ("best year", "next one down"),
            "Xiaomi's second best year for smartphone sales in 2012-2016 was 2014",
        ),
        (
            ("worst year", "the next worst?", "and then?"),
            "Xiaomi's third weakest year for smartphone sales in 2012-2016 was 2016",
        ),
        (
            ("rank xiaomi's sales years", "which was fourth"),
            "Xiaomi's fourth best year for smartphone sales in 2012-2016 was 2013",
        ),
        # ... but after the best year alone "and after that?" is the year after it
        (("best year", "and after that"), "Xiaomi sold around 58 million smartphones in 2016"),
    ],
)
def test_conversation_session_55_answers(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # where the figure of the year an extreme found comes from, not the list of articles
        (("best year", "which source"), "Xiaomi sold 70 million smartphones in 2015, its most"),
        (
            ("lowest year", "which article is that from"),
            "Xiaomi sold 7.2 million smartphones in 2012. The 2017",
        ),
        # a bare number after a figure: the article that gives it
        (("2014 sales", "who says 60"), "Xiaomi sold 60 million smartphones in 2014. The 2015 article says"),
        (("2014 sales", "where does 60 come from"), "Xiaomi sold 60 million smartphones in 2014. The 2015"),
    ],
)
def test_conversation_session_55_sources(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        # lunch is a word of its own, never a slip of the facts' "launch"
        ("2014 sales", "lunch anyone?"),
        ("2015 target", "guys lunch?"),
    ],
)
def test_conversation_session_55_declines(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert not answer.answered and "launch" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a place at the other end of the ranking
        (
            ("best year?", "and the second worst?"),
            "Xiaomi's second weakest year for smartphone sales in 2012-2016 was 2013",
        ),
        (
            ("worst year?", "second best?"),
            "Xiaomi's second best year for smartphone sales in 2012-2016 was 2014",
        ),
        # a place in a ranking from worst to best, never a change between its ends
        (
            ("rank the years from worst to best", "second?"),
            "Xiaomi's second weakest year for smartphone sales",
        ),
        # the year found against the year at that place
        (
            ("best year?", "vs the second best?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70",
        ),
        # the article of the year found: its figure's, never the year's targets
        (
            ("best year?", "which article is that from?"),
            "Xiaomi sold 70 million smartphones in 2015, its most successful year since it was founded in "
            "2010. The 2017 article says",
        ),
        # "and in the second?" after the first half: the second half
        (
            ("How many phones in 2015?", "and in the first half?", "and in the second?"),
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        # "the whole year before": the year before, all of it
        (
            ("what did they sell in first half of 2015", "and the whole year?", "and the whole year before?"),
            "Sources disagree on 2014: Xiaomi sold 61 million",
        ),
        (("h1 2015", "the full year after?"), "Xiaomi sold around 58 million smartphones in 2016"),
        # another year's target after those sales against their own
        (
            (
                "what did xiaomi sell in 2014",
                "is that more than they projected?",
                "and more than the 2015 goal?",
            ),
            "No. Xiaomi sold 61 million [1] smartphones in 2014, 39 million short of the 2015 target",
        ),
        # a ranking of changes carried stays one
        (
            ("which year had the biggest growth?", "and the second biggest?"),
            "The second largest year-on-year rise in Xiaomi's smartphone sales was in 2013",
        ),
        # targets keep their own ranking
        (
            ("highest target?", "vs the second highest?"),
            "Xiaomi's second best year for sales target in 2014-2015",
        ),
        # "the other one" after the source of one of two figures: the other figure, with its article
        (
            ("2014 sales?", "which source says 61?", "and the other one?"),
            "Xiaomi sold 60 million smartphones in 2014. The 2015 article says",
        ),
        # a count of the years asked: those years
        (
            ("xiaomi 2012", "2013", "2014", "total 3 yrs"),
            "Xiaomi's smartphone sales for 2012-2014 add up to 86.9",
        ),
    ],
)
def test_conversation_session_55_review_cases(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start) and "Target:" not in answer.text, answer.text


@pytest.mark.parametrize("turns", [("xiaomi 2012", "2013", "total 3 yrs"), ("total 3 years",)])
def test_conversation_session_55_a_count_of_years_not_asked_declines(engine: Engine, turns):
    _, answer = talk(engine, *turns)
    assert not answer.answered and answer.text.startswith("I don't know Xiaomi's smartphone sales for 3."), (
        answer.text
    )


@pytest.mark.parametrize(
    "turns, start",
    [
        # a place in a ranking said alone keeps the years the ranking before was found among
        (
            ("best year before 2015?", "second best?"),
            "Xiaomi's second best year for smartphone sales in 2012-2014 was 2013",
        ),
        (
            ("worst year since 2014?", "second worst?"),
            "Xiaomi's second weakest year for smartphone sales in 2014-2016 was 2014",
        ),
        # ... and the other extreme said alone, too; "overall" leaves the span
        (("best year before 2015?", "and the worst?"), "Xiaomi's weakest year for smartphone sales in 2012"),
        (("best year before 2015?", "best overall?"), "Xiaomi's best year for smartphone sales in 2012-2016"),
    ],
)
def test_conversation_session_56_rankings_keep_their_span(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, ending",
    [
        # several whole years spread together: their total over all their months
        (
            ("average monthly sales over 2015-2016",),
            "Spread evenly over 2015-2016, that is about 5.33 million a month on average.",
        ),
        (
            ("total 2015 and 2016?", "per month?"),
            "Spread evenly over 2015-2016, that is about 5.33 million a month on average.",
        ),
        (
            ("how many per month in 2013 and 2014 combined?",),
            "Spread evenly over 2013-2014, that is about 3.32 million or 3.28 million a month on average.",
        ),
        # ... each year's own where the years are listed, or each is asked for
        (
            ("how many a month in 2015?", "what about 2013 and 2014?"),
            "Spread evenly over 2014, that is about 5.08 million or 5 million a month on average.",
        ),
        (
            ("how many per month in each of 2013 and 2014?",),
            "Spread evenly over 2014, that is about 5.08 million or 5 million a month on average.",
        ),
    ],
)
def test_conversation_session_56_years_spread_over_their_months(engine: Engine, turns, ending):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.split(" — ")[0].endswith(ending), answer.text


@pytest.mark.parametrize(
    "turns, ending",
    [
        # a run rate or pace of a unit is the figure spread, not a pace carried on
        (
            ("Xiaomi's monthly run-rate in 2015",),
            "Spread evenly over 2015, that is about 5.83 million a month on average.",
        ),
        (
            ("monthly pace in the first half of 2015",),
            "Spread evenly over the first half of 2015, that is about 5.78 million a month on average.",
        ),
    ],
)
def test_conversation_session_56_a_run_rate_is_the_figure_spread(engine: Engine, turns, ending):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.split(" — ")[0].endswith(ending), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a year as a share of the year found by its rank
        (
            ("what's 2016 as % of peak?",),
            "Xiaomi's smartphone sales in 2016 (around 58 million) were 82.9% of 2015's",
        ),
        (
            ("2013 as a percent of the second best year",),
            "Xiaomi's smartphone sales in 2013 (18.7 million [1]) were 30.7%",
        ),
        (
            ("which year was worst?", "what % of the best year was it?"),
            "Xiaomi's smartphone sales in 2012 (7.2 million) were 10.3%",
        ),
    ],
)
def test_conversation_session_56_a_year_as_a_share_of_an_extreme(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a part of one year as a fraction of another whole year
        (
            ("was h1 2015 more than half of 2014?",),
            "Yes. Xiaomi's smartphone sales in the first half of 2015",
        ),
        (
            ("was the first half of 2015 more than half of 2014's full-year total?",),
            "Yes. Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) were 56.9%",
        ),
        (
            ("2014 sales", "h1 2015", "compare to half of 2014?"),
            "Xiaomi's smartphone sales in the first half of 2015",
        ),
    ],
)
def test_conversation_session_56_a_part_as_a_fraction_of_another_year(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text
    assert "Half of 61 million is 30.5 million." in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a figure from an article titled with someone's name is still not theirs
        (
            ("did kevin wang say they sold 18.7 million in 2013?",),
            "The figure is right, but the articles don't say Kevin Wang said it.",
        ),
        # a bracket after a question with a year of its own is no date of it
        (("how many in 2012? (article dated 2017)",), "Xiaomi sold 7.2 million smartphones in 2012."),
        # the year named after "of" is the whole, the extreme the part
        (
            ("what percent of 2012 was the best year?",),
            "Xiaomi's smartphone sales in 2015 (70 million) were 972.2%",
        ),
        # a claim of the asker's own chat stays a question where it asks
        (("my new question: 2016 sales",), "Xiaomi sold around 58 million smartphones in 2016"),
        (("my company needs xiaomi's 2015 sales",), "Xiaomi sold 70 million smartphones in 2015"),
        (("i got 61m for 2014 from the article",), "One source says so."),
        (("we sold 70 million in 2015",), "Yes. Xiaomi sold 70 million smartphones in 2015"),
        # "best year?" asked again after a span is every year again
        (
            ("best year before 2015?", "best year?"),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        # a forecast someone gave is no sales claimed
        (("lei jun said 2015 sales would be 80 million",), "Target: In March 2015, CEO Lei Jun scaled"),
    ],
)
def test_conversation_session_56_review_cases(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question",
    ["is xiaomi behind huawei in valuation?", "is huawei ahead of xiaomi in phone prices?"],
)
def test_conversation_session_56_a_ranking_never_answers_another_measure(engine: Engine, question):
    _, answer = talk(engine, question)
    assert not answer.answered and "upper hand" not in answer.text, answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a year an article calls last year is counted from that article's own year
        (
            ("How many phones did Xiaomi sell in the year the 2015 article calls last year?",),
            "Sources disagree on 2014",
        ),
        (
            ("sales in the year the 2017 article calls last year",),
            "Xiaomi sold around 58 million smartphones in 2016",
        ),
        # ... and a follow-up counted from now, from the same article's year
        (
            (
                "According to the 2017 article, how many phones did Xiaomi sell last year?",
                "and two years ago?",
            ),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (("xiaomi 2015 sales", "and last year?"), "Sources disagree on 2014"),
    ],
)
def test_conversation_session_56_years_counted_from_an_articles_year(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.answered and answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the low end of a range of amounts said in words is no year
        (("did they sell between fifteen and twenty million in 2013?",), "Yes. Xiaomi sold 18.7 million"),
        # a target ranked, or a sum of money, is no year's figure checked
        (("was the best year $46 billion?",), "46 billion is the valuation"),
        # "and last year?" said again after "last year" per an article is the year before that one
        (
            ("per the 2017 article, how many last year?", "and last year?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        # the asker's own words that still ask
        (("how many in 2013", "my previous message had a typo, i meant 2014"), "Sources disagree on 2014"),
        (("my new manager wants the 2015 figure",), "Xiaomi sold 70 million smartphones in 2015"),
        (("my new xiaomi cost 300 dollars, is that normal",), "Yes. Xiaomi sells low-cost"),
        (("we need 80 million double checked",), "No year's smartphone sales were 80 million"),
        # a research firm's claim leaning on the question before keeps its period
        (("xiaomi q3 2015?", "canalys said it dropped yoy?"), "Xiaomi's Q3 2015 smartphone sales dropped"),
    ],
)
def test_conversation_session_56_second_review_cases(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "question", ["is huawei ahead of xiaomi in innovation?", "was the highest goal 80 million?"]
)
def test_conversation_session_56_no_verdict_from_another_measure(engine: Engine, question):
    _, answer = talk(engine, question)
    assert not answer.text.startswith(("Yes.", "No.")), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the years after the one just asked, the count asked in so many words
        (
            ("sales 2014", "how many has it sold since then?"),
            "Xiaomi's smartphone sales by year: 2014: 61 million [1] / 60 million [2]; 2015: 70 million [1];"
            " 2016: around 58 million [1].",
        ),
        (
            ("sales 2014", "how many did they sell before then?"),
            "Xiaomi's smartphone sales by year: 2012: 7.2 million; 2013: 18.7 million.",
        ),
        (
            ("sales 2015", "how many phones have they shipped since then in total?"),
            "Xiaomi's smartphone sales for 2015-2016 add up to 128 million.",
        ),
        # two quarters that make up a half, after a year
        (
            ("sales 2015", "and in the last two quarters?"),
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
        (
            ("sales 2015", "what about q3 and q4?"),
            "No article gives Xiaomi's smartphone sales for the second half of 2015",
        ),
    ],
)
def test_conversation_session_57_follow_ups(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the quarter a fact is of, for "then" and "that quarter"
        (
            ("which quarter was xiaomi top in china?", "what were its sales then?"),
            "I don't know Xiaomi's smartphone sales for Q2 2015.",
        ),
        (
            ("xiaomi was top in china in which quarter?", "how many did they sell that quarter?"),
            "I don't know Xiaomi's smartphone sales for Q2 2015.",
        ),
        # ... and the half it is in
        (
            ("which quarter was xiaomi top in china?", "how many phones did they sell in that half?"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        # a month or quarter the conversation never named is no year's figure
        (
            ("when was the q2 2015 data published?", "how many phones did xiaomi sell that month?"),
            "I don't know Xiaomi's smartphone sales for a single month of 2015.",
        ),
        (
            ("xiaomi sales 2015", "how many that month?"),
            "I don't know Xiaomi's smartphone sales for a single month",
        ),
        (
            ("how many phones did xiaomi sell that quarter?",),
            "I don't know Xiaomi's smartphone sales for a single",
        ),
        # the part just asked, of another year
        (
            ("xiaomi q3 2015", "the same quarter in 2014?"),
            "I don't know Xiaomi's smartphone sales for Q3 2014.",
        ),
        (
            ("xiaomi h1 2015 sales", "and the same half in 2014?"),
            "I don't know Xiaomi's smartphone sales for the first half of 2014.",
        ),
        # "that half" set against a year is the figure just given; "that month" may date a fact
        (
            ("h1 2015 xiaomi?", "so that half alone beat all of 2013?"),
            "Yes. Xiaomi's smartphone sales in the first half of 2015 (34.7 million [1]) against 2013",
        ),
        (
            ("when was the kevin wang article published?", "what phone was expected that month?"),
            "Expected: Xiaomi's new flagship, the Mi 6, was expected in April 2017.",
        ),
        (
            (
                "what was xiaomi's target for 2015?",
                "and how much did they sell in the first half?",
                "is that half of the target?",
            ),
            "No. Xiaomi's 34.7 million in the first half of 2015 was 34.7% of its target of 100 million.",
        ),
        # a quarter named is the one "the same quarter" refers to
        (
            ("Q3 2015: did Xiaomi's sales fall compared with the same quarter a year before?",),
            "Yes. Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time",
        ),
    ],
)
def test_conversation_session_57_parts_referred_to(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "those years" ranked by their rise over the year before
        (
            (
                "xiaomi 2012?",
                "2013?",
                "2014?",
                "2015?",
                "which of those years saw the biggest jump over the year before?",
            ),
            "The largest year-on-year rise in Xiaomi's smartphone sales was in 2014",
        ),
        # "how much are they" asks what phones cost
        (("how much are they",), "Xiaomi sells low-cost, high-quality phones for between $100 and $300."),
        # a product that comes out is launched
        (
            ("xiaomi's new flagship comes out when?",),
            "Expected: Xiaomi's new flagship, the Mi 6, was expected in April 2017.",
        ),
    ],
)
def test_conversation_session_57_words_of_the_question(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the date and starting over are no questions of the articles
        (("what day is today?",), "I don't know about the date."),
        (("start over",), "I'm a bot that answers questions about market figures"),
        (("let's start",), "I'm a bot that answers questions about market figures"),
        # ... while an article's date still is
        (
            ("what's the date of the kevin wang article?",),
            "“Kevin Wang: Xiaomi Needs To Sell 70 Million Phones In 2017” is dated",
        ),
        # what he said about priorities: the quote that says "priority" first
        (
            ("what did lei jun say about priorities?",),
            "Lei Jun said what Xiaomi cares about most is the rate of customer satisfaction",
        ),
    ],
)
def test_conversation_session_57_chat_and_priorities(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # who is ahead in a market, now: the latest ranking
        (
            ("Who is ahead in China now?",),
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017.",
        ),
        (("who has the upper hand in china in 2017",), "In China, Huawei, OPPO and Vivo had the upper hand"),
        # ... of the article named
        (
            ("According to the 2015 article, who has the upper hand in China?",),
            "Xiaomi was the top smartphone company in China in Q2 2015",
        ),
        # "and now?" after a ranking of a date, or a question "now" after one
        (
            ("Who was top in China in Q2 2015?", "and now?"),
            "In China, Huawei, OPPO and Vivo had the upper hand",
        ),
        (
            ("tell me about xiaomi's Q2 2015", "and who's ahead of them in china now?"),
            "In China, Huawei, OPPO and Vivo had the upper hand over Xiaomi in 2017.",
        ),
        # ... after a year's sales: this year's, which depends on the article
        (("xiaomi sales 2015", "and now?"), "Which year do you mean?"),
        (("xiaomi sales 2015", "how many do they sell now?"), "Which year do you mean?"),
        # "now" as "then" keeps the years
        (("did lei jun cut the 2015 goal?", "so 80m now?"), "Yes."),
    ],
)
def test_conversation_session_57_asked_of_now(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # quarters set apart are each their own, never merged into a half
        (
            ("what was the difference between q3 and q4 2015?",),
            "Xiaomi's Q3 2015 smartphone sales dropped",
        ),
        (
            ("how did sales change from q1 to q2 2015?",),
            "I don't know Xiaomi's smartphone sales for Q1 2015.",
        ),
        (("xiaomi sales q2 and q3 and q4 2015",), "I don't know Xiaomi's smartphone sales for Q4 2015."),
        # the part just asked, of the year found as for a whole year
        (
            ("xiaomi q3 2015", "and the same quarter last year?"),
            "I don't know Xiaomi's smartphone sales for Q3 2014.",
        ),
        (
            ("xiaomi h1 2015", "and the same half last year?"),
            "I don't know Xiaomi's smartphone sales for the first half of 2014.",
        ),
        # "by that month" and "half the 2014 figure" are no parts of a year
        (
            ("when did xiaomi announce its h1 2015 sales?", "how many phones had it sold by that month?"),
            "Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
        (("xiaomi sales 2013", "is that half the 2014 figure?"), "Sources disagree on 2014"),
        # an article's describing words, never what a story tells of a year
        (("what was the 2014 sales story?",), "Sources disagree on 2014: Xiaomi sold 61 million"),
        (("tell me the 2016 slowdown story",), "2016 was not as fruitful as Xiaomi expected."),
        # "best" with a phone word and a measure is the best year
        (
            ("what was their best phone-selling year?",),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        (
            ("what were xiaomi's best smartphone figures?",),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        # what phones are worth, after their prices
        (("xiaomi prices", "how much are they worth?"), "Xiaomi sells low-cost, high-quality phones"),
        # how far from a target is a gap
        (
            ("how far they came from the 100m target",),
            "Xiaomi sold 70 million [1] smartphones in 2015, 30 million",
        ),
        # two parts of a year, one with no figure: what there is of each
        (
            ("compare q3 2015 with the first half of 2015",),
            "Xiaomi's Q3 2015 smartphone sales dropped year on year for the first time (no figure given)."
            " Xiaomi sold 34.7 million smartphones in the first half of 2015",
        ),
    ],
)
def test_conversation_session_57_review_cases(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # which years of a span moved, each against the year before, never the span's two ends
        (
            ("xiaomi sales 2012 to 2016", "in which of those years did sales fall?"),
            "Xiaomi's smartphone sales fell in 2016, from 70 million [1] to around 58 million [1]",
        ),
        (
            ("in which years between 2012 and 2015 did sales fall?",),
            "Xiaomi's smartphone sales never fell from one year to the next in 2012-2015.",
        ),
        (
            ("in which years between 2013 and 2016 did sales grow?",),
            "Xiaomi's smartphone sales grew in 2014, from 18.7 million [1] to 60 million [2]",
        ),
    ],
)
def test_conversation_session_57_years_of_a_span_moved(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # after the first half, the rest needed "for" an amount
        (
            ("xiaomi h1 2015", "how much more did they need for 80 million?"),
            "After 34.7 million in the first half of 2015, Xiaomi needed 45.3 million more in the second",
        ),
        # how far the half was from the target: a distance, no source asked
        (
            ("xiaomi h1 2015 sales", "how far was that from the target?"),
            "After 34.7 million in the first half of 2015, Xiaomi needed 65.3 million more",
        ),
        (("xiaomi 2015 sales", "where's that from?"), "Xiaomi sold 70 million smartphones in 2015"),
        # the year's targets after a half, and whether the year reached them
        (
            ("xiaomi h1 2015", "and the target?"),
            "Target: Xiaomi's original goal for 2015 was to sell 100 million",
        ),
        (
            ("xiaomi h1 2015", "and the target?", "did they hit it?"),
            "No. Xiaomi sold 70 million [1] smartphones in 2015, 30 million (30%) short of its target",
        ),
    ],
)
def test_conversation_session_57_a_half_and_its_year_target(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # after a first half, a number of no target is the half's own to check
        (("xiaomi h1 2015", "did they reach 35m?"), "After 34.7 million in the first half of 2015"),
        (
            ("how many phones did they sell in H1 2015?", "so did they make the 80 million goal?"),
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million (12.5%) short of its target of 80",
        ),
        # two quarters making up a half, set against something else, are still that half
        (
            ("how much more did they need after q1 and q2 2015 to reach 80m?",),
            "After 34.7 million in the first half of 2015, Xiaomi needed 45.3 million more",
        ),
        (("did they sell more than 30m in q1 and q2 2015?",), "Yes. Xiaomi sold 34.7 million smartphones"),
        # "then" after a fact of a quarter, anywhere in the question
        (
            ("which quarter was xiaomi top in china?", "what were its sales then, roughly?"),
            "I don't know Xiaomi's smartphone sales for Q2 2015.",
        ),
        # "now" asks no new time of a figure's detail
        (("xiaomi sales 2016", "is that figure official now?"), "No. Xiaomi sold around 58 million"),
        (("xiaomi 2016", "who is ahead of them now?"), "In China, Huawei, OPPO and Vivo had the upper hand"),
        # "the best phone" ranks a model whatever follows, unless a measure does
        (("what is their best phone this year?",), "I can't work out “their best phone” from the figures."),
        # a heading before a colon
        (("Scooters: sales 2015?",), "I don't have Xiaomi's scooters figures"),
        (("James: how many phones in 2013?",), "Xiaomi sold 18.7 million smartphones in 2013."),
        (("Avg: 2012-2016?",), "Xiaomi's smartphone sales averaged 42.98 million a year over 2012-2016"),
        # no market ranks companies by valuation
        (("who is ahead in china in valuation?",), "I don't know that one."),
        # an article named with its describing words
        (
            ("what does the 2015 tech news article say about 2014 sales?",),
            "Xiaomi sold 60 million smartphones in 2014 [1]. Another article disagrees: Xiaomi sold 61",
        ),
        (
            ("per the 2015 sales goals article, what were 2014 sales?",),
            "Xiaomi sold 60 million smartphones in 2014 [1]. Another article disagrees: Xiaomi sold 61",
        ),
    ],
)
def test_conversation_session_57_second_review_cases(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # "that article" is the one asked, not the other whose figure was said beside it
        (
            (
                "how many phones did xiaomi sell in 2014 according to the 2015 article?",
                "and in 2013 according to that article?",
            ),
            "I don't know Xiaomi's smartphone sales for 2013. I have them for 2014 and the first half",
        ),
        (
            ("what did the 2015 article say about 2014 sales", "sorry the other article"),
            "Xiaomi sold 61 million smartphones in 2014",
        ),
    ],
)
def test_conversation_session_58_the_article_asked_is_that_article(engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "follow_up, last, again",
    [
        ("replace 2015 with 2016", "total of 2013 and 2015?", "total of 2013 and 2016?"),
        ("swap 2013 for 2012", "sales 2013 vs 2015?", "sales 2012 vs 2015?"),
        ("instead of 2016, 2015", "average of 2012 and 2016?", "average of 2012 and 2015?"),
        ("use 2014 instead of 2013", "growth 2013 to 2015", "growth 2014 to 2015"),
        ("scratch 2012, use 2013 instead", "growth 2012 to 2015", "growth 2013 to 2015"),
        ("same but ending in 2016", "growth 2012 to 2015", "growth 2012 to 2016"),
        ("and if we start from 2012?", "growth between 2013 and 2015?", "growth between 2012 and 2015?"),
        # none where the last question does not say the year replaced, or the follow-up corrects
        ("replace 2015 with 2016", "and the year after?", None),
        ("no wait, 2014 instead of 2016", "2016 sales", None),
        ("same but ending in 2016", "2015 sales", None),
        ("and from 2013?", "growth 2012 to 2015", None),
    ],
)
def test_asked_again_with_a_year_swapped(follow_up, last, again):
    assert asked_again_with_a_year_swapped(follow_up, last) == again


@pytest.mark.parametrize(
    "turns, start",
    [
        (
            ("total of 2013 and 2015?", "replace 2015 with 2016"),
            "Xiaomi's smartphone sales for 2013 and 2016 add",
        ),
        (
            ("growth 2012 to 2015", "same but starting in 2013"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to 70 million in 2015",
        ),
    ],
)
def test_conversation_session_58_years_swapped(engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # from a review: a change between two years is no swap; another operation over a moved
        # span is a question of its own; a span given whole is its own
        (
            ("how many did they sell in 2014?", "what was the change 2014 to 2015?"),
            "Xiaomi's smartphone sales grew from 61 million [1] in 2014 to 70 million [1] in 2015",
        ),
        (
            ("growth 2013 to 2015?", "but what was the best year from 2012?"),
            "Xiaomi's best year for smartphone sales in 2012-2016 was 2015",
        ),
        (
            ("growth 2012 to 2014?", "what if from 2013 until 2016?"),
            "Xiaomi's smartphone sales grew from 18.7 million in 2013 to around 58 million in 2016",
        ),
    ],
)
def test_conversation_session_58_review_cases(engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "follow_up, last",
    [
        # from a second review: a swap with more asked, a question naming an article, a move with
        # another operation
        ("forget 2015 and 2016, what's the 2017 target?", "sales 2015?"),
        ("replace 2014 with 2013", "per the 2015 article, 2014 sales?"),
        ("same, but up to 2016 and the average?", "total 2012 to 2014?"),
        ("if it ended in 2016 would it be higher?", "growth 2013 to 2015?"),
    ],
)
def test_asked_again_with_a_year_swapped_session_58_second_review(follow_up, last):
    assert asked_again_with_a_year_swapped(follow_up, last) is None


@pytest.mark.parametrize(
    "turns, start",
    [
        # "the second most valuable" is a rank, never the second of the years asked before
        (
            ("sales 2013", "sales 2014", "is xiaomi the second most valuable startup?"),
            "Yes. Xiaomi was valued",
        ),
        (
            ("xiaomi sales 2012", "did it double nxt yr"),
            "Yes. Xiaomi's smartphone sales in 2013 were 2.6 times",
        ),
        (("xiaomi sales 2015", "1st 6 mths?"), "Xiaomi sold 34.7 million smartphones in the first half"),
    ],
)
def test_conversation_session_59_ranks_and_short_words(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "follow_up, last, again",
    [
        # all the follow-up says is a year named by what happened in it: the last question, of that year
        (
            "and in the year it turned five?",
            "how many phones did xiaomi sell in 2013?",
            "how many phones did xiaomi sell in the year it turned five?",
        ),
        (
            "what about the year of the 40 million projection?",
            "xiaomi 2013 sales?",
            "xiaomi in the year of the 40 million projection sales?",
        ),
        (
            "and the year of the projection?",
            "xiaomi sales 2013",
            "xiaomi sales in the year of the projection",
        ),
        # ... never the year before or after, the year's own share, the best year, or a second year
        ("and the year before?", "xiaomi sales 2013", None),
        ("what % of the year is that", "h1 2015?", None),
        ("and in the year they peaked?", "sales in 2016", None),
        ("and in the year it turned five?", "total of 2013 and 2015?", None),
    ],
)
def test_asked_again_of_a_year_named_session_59(follow_up, last, again):
    assert asked_again_of_a_year_named(follow_up, last) == again


@pytest.mark.parametrize(
    "turns, start",
    [
        (
            ("xiaomi 2013 sales?", "and the year it was five years old?"),
            "Xiaomi sold 70 million smartphones in 2015",
        ),
        (
            ("xiaomi's 2012 sales", "what about the year it was number one in china?"),
            "Xiaomi sold 70 million",
        ),
    ],
)
def test_conversation_session_59_a_year_named_by_what_happened(engine: Engine, turns, start):
    _, answer = talk(engine, *turns)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # the year before or after the one talked about, in other words
        (["xiaomi sales 2013", "and in the succeeding year?"], "Sources disagree on 2014"),
        (["xiaomi sales 2015", "and in the year preceding it?"], "Sources disagree on 2014"),
        (["xiaomi sales 2016", "and in the year previous to that?"], "Xiaomi sold 70 million"),
    ],
)
def test_conversation_session_60_a_year_stepped_in_other_words(engine: Engine, turns, start):
    conversation = Conversation()
    for turn in turns:
        answer = engine.answer(turn, conversation)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    "turns, start",
    [
        # a bound checked, then another number alone: the same check with that bound
        (["did xiaomi sell over 60m in 2016?", "and 55 million?"], "Yes. Xiaomi sold around 58 million"),
        (["was 2015 under 80 million?", "and 60 million?"], "No. Xiaomi sold 70 million"),
        # ... after a figure, a number alone is that figure claimed
        (["xiaomi 2016 sales", "and 55 million?"], "No. Xiaomi sold around 58 million"),
    ],
)
def test_conversation_session_60_another_bound_alone(engine: Engine, turns, start):
    conversation = Conversation()
    for turn in turns:
        answer = engine.answer(turn, conversation)
    assert answer.text.startswith(start), answer.text


def test_conversation_session_60_a_figure_said_back_is_no_bound(engine: Engine):
    conversation = Conversation()
    engine.answer("did xiaomi sell over 60 million in 2016?", conversation)
    answer = engine.answer("so 58 million then?", conversation)
    assert answer.text.startswith("Yes. Xiaomi sold around 58 million"), answer.text
