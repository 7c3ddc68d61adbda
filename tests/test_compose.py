"""The composer's small pure helpers: which target a question names, and whether a stated margin holds."""

import pytest

from bot.answering.compose import (
    claim_step,
    claimed_multiple,
    each_years_side_claimed,
    higher_verdict,
    longest_run,
    margin_verdict,
    multiple_holds,
    rounds_to,
    targets_named,
)
from bot.knowledge.files import Fact


def target(value: float, statement: str, source: str = "goals-2015") -> Fact:
    return Fact(
        id=f"t{value:.0f}",
        source=source,
        subjects=("Xiaomi",),
        metric="sales_target",
        period="2015",
        value=value,
        value_to=None,
        unit="smartphones",
        qualifiers=("target",),
        quoted="",
        statement=statement,
        sentence=statement,
    )


ORIGINAL = target(100e6, "Xiaomi's original goal for 2015 was to sell 100 million phones.")
REVISED = target(80e6, "In March 2015, CEO Lei Jun scaled the 2015 goal back to 80 million phones.")


@pytest.mark.parametrize(
    "text, named",
    [
        ("how far short of the original 2015 target", [ORIGINAL]),
        ("gap to the revised 2015 goal", [REVISED]),
        ("was the final 2015 target 100 million", [REVISED]),
        ("what did lei jun lower it to", [REVISED]),
        ("how far short of the 2015 target", [ORIGINAL, REVISED]),  # none named: both
        ("skip the original goal, what did they lower it to", [ORIGINAL, REVISED]),  # both named
        ("was the 2015 goal before march 100m", [ORIGINAL]),  # the one not set in march
        ("the 2015 target since march", [REVISED]),
        ("the 2015 target before june", [ORIGINAL, REVISED]),  # no target names june: both
    ],
)
def test_targets_named(text, named):
    assert targets_named(text, [ORIGINAL, REVISED]) == named


@pytest.mark.parametrize(
    "claimed, margins, short, verdict",
    [
        (10e6, [(REVISED, -10e6)], True, "Yes."),  # missed 80 million by 10 million
        (10e6, [(REVISED, -10e6)], False, "No."),  # "beat it by 10 million": it fell short
        (30e6, [(ORIGINAL, -30e6), (REVISED, -10e6)], True, "Yes, against the target of"),
        (21e6, [(ORIGINAL, 21e6), (ORIGINAL, 20e6)], False, "It depends on the source."),
        (50e6, [(ORIGINAL, -30e6)], True, "No."),
        (10e6, [(REVISED, -10e6)], None, "Yes."),  # "within 10m of it": on either side
    ],
)
def test_margin_verdict(claimed, margins, short, verdict):
    assert margin_verdict(claimed, margins, short).startswith(verdict)


def test_margin_verdict_within_a_bound_either_side():
    assert margin_verdict(15e6, [(REVISED, 12e6)], None, "<=") == "Yes."
    assert margin_verdict(10e6, [(REVISED, -12e6)], None, "<=") == "No."


@pytest.mark.parametrize(
    "sides, less, or_equal, verdict",
    [
        ([(70e6, 58e6)], False, False, "Yes."),  # "was 2015 higher than 2016?"
        ([(70e6, 58e6)], True, False, "No."),  # "was 2015 lower than 2016?"
        ([(70e6, 70e6)], False, False, "No."),  # equal is neither higher nor lower
        ([(70e6, 70e6)], False, True, "Yes."),  # "at or above": equal holds
        ([(70e6, 70e6)], True, True, "Yes."),  # "at most"
        ([(58e6, 70e6)], False, True, "No."),  # "was 2016 at least the 2017 target?"
        ([(61e6, 60.5e6), (60e6, 60.5e6)], False, False, "It depends on the source."),
        ([], False, False, ""),
    ],
)
def test_higher_verdict(sides, less, or_equal, verdict):
    assert higher_verdict(sides, less, or_equal) == verdict


@pytest.mark.parametrize("claimed, step", [(35e6, 1e6), (60e6, 1e7), (34.7e6, 1e5), (2.5, 0.1), (7.0, 1.0)])
def test_claim_step_is_the_last_significant_digit(claimed, step):
    assert claim_step(claimed) == step


@pytest.mark.parametrize(
    "value, claimed, rounds",
    [
        (34.7e6, 35e6, True),
        (58e6, 60e6, True),
        (70e6, 100e6, False),
        (18.7e6, 20e6, False),
        (None, 35e6, False),
    ],
)
def test_rounds_to_as_written_and_close(value, claimed, rounds):
    assert rounds_to(value, claimed) is rounds


BOLT_FACTS = """id,subject,metric,period,value,value_to,unit,qualifiers,quoted,statement,sentence
bolt-2016,Bolt Mobile,smartphones_sold,2016,9.8 million,,smartphones,,,,Bolt sold 9.8 million phones in 2016.
bolt-2017,Bolt Mobile,smartphones_sold,2017,14.2 million,,smartphones,official,Bolt Mobile,\
Bolt Mobile says it sold 14.2 million smartphones in 2017.,"Bolt says 14.2 million, IDC 13.6 million."
bolt-2017-idc,Bolt Mobile,smartphones_sold,2017,13.6 million,,smartphones,estimate,IDC,\
"According to IDC, Bolt Mobile sold 13.6 million smartphones in 2017.",\
"Bolt says 14.2 million, IDC 13.6 million."
"""


def test_compose_two_figures_of_one_article_each_say_who_gave_them(knowledge_copy, tmp_path):
    from bot.engine import Engine

    with open(knowledge_copy / "sources.csv", "a", encoding="utf-8") as sources:
        sources.write("bolt-2018,Bolt Mobile has a record year,2018-02-01,,,\n")
    (knowledge_copy / "articles" / "bolt-2018.txt").write_text(
        "Bolt sold 9.8 million phones in 2016. Bolt says 14.2 million, IDC 13.6 million.",
        encoding="utf-8",
    )
    (knowledge_copy / "facts" / "bolt-2018.csv").write_text(BOLT_FACTS, encoding="utf-8")
    engine = Engine.open(knowledge_copy, tmp_path / "knowledge.db")
    sentences = [s.words for s in engine.answer("how many phones did bolt mobile sell in 2017").sentences]
    assert "Sources disagree on 2017: Bolt Mobile says it sold 14.2 million smartphones in 2017." in sentences
    assert "According to IDC, Bolt Mobile sold 13.6 million smartphones in 2017." in sentences


@pytest.mark.parametrize(
    "question, said",
    [
        ("redmi note 3 sales?", "I have no smartphone sales for Redmi."),
        ("how many phones did vivo sell last year", "I have no smartphone sales for Vivo."),
    ],
)
def test_compose_no_figure_at_all_for_what_is_named_is_said_whole(engine, question, said):
    answer = engine.answer(question)
    assert not answer.answered and answer.text == said


@pytest.mark.parametrize(
    "question, outsiders",
    [
        ("What is Xiaomi's sales target for 2017?", True),  # Kevin Wang's, an industry insider
        ("xiaomi's official goal for 2017", True),
        ("what was the 2015 target", False),  # the company's own, cut by its CEO
    ],
)
def test_figure_answer_says_a_target_is_an_outsiders(engine, question, outsiders):
    text = engine.answer(question).text
    assert text.startswith("Target:")
    assert ("the articles give no target of Xiaomi's own for 2017" in text) is outsiders


def test_verdict_an_outsiders_target_is_no_bare_yes(engine):
    text = engine.answer("is 70 million xiaomi's 2017 target?").text
    assert text.startswith("As Kevin Wang's figure, not the company's own."), text


@pytest.mark.parametrize(
    "question, start",
    [
        ("was 2015 20 million more than 2014?", "No."),  # 9 or 10 million
        ("was 2015 10 million more than 2014?", "One source says so."),  # 60 million, not 61
        ("was 2016 12 million less than 2015?", "Yes."),
        ("was 2015 higher than 2014?", "Yes."),  # no margin claimed
    ],
)
def test_compare_checks_a_claimed_margin_against_each_source(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, said",
    [
        # an earlier year measured against a later one: a percent of the later one
        ("by what percent was 2015 above 2016", ("20.7% more than in 2016", "12 million more")),
        ("2013 is what percent smaller than 2014", ("69.3% less than in 2014", "68.8% less than in 2014")),
        ("how much smaller was 2012 than 2013 in percent", ("61.5% less than in 2013",)),
        # a later year against an earlier one is the change between them
        ("how much bigger was 2015 than 2014 in %", ("+14.8%", "+16.7%")),
    ],
)
def test_percent_against_a_later_year_is_of_that_year(engine, question, said):
    text = engine.answer(question).text
    assert all(part in text for part in said)


@pytest.mark.parametrize(
    "question, once",
    [
        ("who is kevin wang and what does he do?", "Kevin Wang is an industry insider"),
        ("who's lei jun? and what does he do?", "Lei Jun is Xiaomi's CEO"),
    ],
)
def test_joined_says_a_sentence_two_parts_find_once(engine, question, once):
    assert engine.answer(question).text.count(once) == 1


def test_joined_says_a_repeated_sentence_where_it_is_said_last(engine):
    text = engine.answer("how many smartphones did xiaomi sell in 2013? my friend says 20 million").text
    assert text.startswith("No. Xiaomi sold 18.7 million smartphones in 2013.")


@pytest.mark.parametrize(
    "text, claim",
    [
        ("did xiaomi more than triple its sales", (3.0, "more than")),
        ("xiaomi doubled its sales, correct?", (2.0, "")),
        ("were 2015 sales about double that?", (2.0, "about")),
        ("did sales grow 3 times", (3.0, "")),
        ("was 2015 3 times 2013?", (3.0, "about")),  # a size, as "triple" says one
        ("how did sales change", None),
    ],
)
def test_claimed_multiple(text, claim):
    assert claimed_multiple(text) == claim


@pytest.mark.parametrize(
    "multiple, claimed, how, holds",
    [
        (3.3, 3.0, "more than", True),
        (2.9, 3.0, "more than", False),
        (2.6, 2.0, "", True),  # doubled, and more
        (1.9, 2.0, "", True),  # within 5%
        (1.2, 2.0, "", False),
        (3.7, 2.0, "about", False),  # far more than about double
        (2.2, 2.0, "about", True),
    ],
)
def test_multiple_holds(multiple, claimed, how, holds):
    assert multiple_holds(multiple, claimed, how) is holds


@pytest.mark.parametrize(
    "question, start",
    [
        ("Did Xiaomi more than triple its sales from 2013 to 2014?", "Yes."),
        ("Xiaomi doubled its sales between 2014 and 2015, correct?", "No."),
        ("did sales drop in 2016", "Yes."),  # the way it went, checked
        ("did sales grow in 2016", "No."),
        ("Is it right that 2016 sales dropped below the 2014 level?", "Yes."),
        ("was 2015 3 times 2013?", "No."),  # 3.74 times is no 3 times
        ("did sales grow 3 times from 2013 to 2015?", "Yes."),  # grew at least that much
        ("2015 sales were ten times 2012 sales, true?", "Almost."),  # 9.72 times
    ],
)
def test_change_checks_the_claimed_multiple_or_direction(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("was 2016 within 15 million of 2015?", "Yes."),  # 12 million apart
        ("was 2016 within 10m of 2015?", "No."),
        ("is 2014 within 9.5m of 2015?", "It depends on the source"),  # 9 or 10 million
        ("was the gap between 2015 and 2016 less than 15 million?", "Yes."),
        ("was the difference between 2015 and 2016 under 10m?", "No."),
        ("did 2016 differ from 2015 by less than 15m?", "Yes."),
        ("was 2016 not within 15m of 2015?", "No."),
        ("were 2015 and 2016 more than 20m apart?", "No."),
        ("were 2015 and 2016 under 20m apart?", "Yes."),
        # a target, on either side of it
        ("were 2015 sales within 10m of the 80m target?", "Yes."),
        ("were 2015 sales within 5m of the 80m target?", "No."),
        ("did 2016 sales come within 10m of the 2017 target?", "No."),  # 12 million short
        ("was 2016 within 15m of the 2017 target?", "Yes."),
        # a bound on the gap to a target, of the same year or a later one, on either side of it
        ("was the gap between 2016 sales and the 2017 target under 15 million?", "Yes."),
        ("was the gap between 2016 sales and the 2017 target under 10 million?", "No."),
        ("was the gap between 2016 sales and the 2017 target more than 15 million?", "No."),
        ("was the gap between 2015 sales and the 80m target under 5 million?", "No."),
        ("was the gap between 2015 sales and the 80m target under 15 million?", "Yes."),
        # in percent, of the figure it is measured from ("of 2014"), or of the target
        ("was 2016 within 10% of 2014?", "Yes."),  # 4.9% or 3.3% below
        ("was 2016 within 3% of 2014?", "No."),
        ("is 2014 within 5 percent of 2016", "It depends on the source"),  # 5.2% or 3.4% of 2016
        ("was 2016 not within 10% of 2014?", "No."),
        ("is 2015 within 20% of the 80 million goal", "Yes."),  # 12.5% short
        ("did 2015 sales come within 10% of the revised target?", "No."),
        ("were 2016 sales within 20% of the 2017 target?", "Yes."),  # 17.1% short
        ("were 2016 sales within 10% of the 2017 target?", "No."),
    ],
)
def test_change_checks_the_size_of_a_difference_either_way(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a part of a year checked against a number is that part's figure, never the year's
        ("was h1 2015 more than 35 million", "No. Xiaomi sold 34.7 million"),
        ("did xiaomi sell more than 30 million in h1 2015", "Yes. Xiaomi sold 34.7 million"),
        ("h1 2014 above 30m?", "I don't know Xiaomi's smartphone sales for the first half of 2014"),
    ],
)
def test_threshold_of_a_part_of_a_year(engine, question, start):
    assert engine.answer(question).text.startswith(start)


def test_joined_keeps_each_parts_verdict(engine):
    # a verdict is each part's own; only a sentence that cites a source is said once
    text = engine.answer("was 2012 above 5m? was 2016 above 60m? was 2013 above 15m?").text
    assert text.startswith(
        "Yes. Xiaomi sold 7.2 million smartphones in 2012. No. Xiaomi sold around 58 million"
    )
    assert "Yes. Xiaomi sold 18.7 million smartphones in 2013." in text


@pytest.mark.parametrize(
    "question, answered",
    [
        ("h1 2015 vs h1 2014", False),  # one side missing: no comparison made
        ("how did q3 2015 go compared with a year earlier", True),  # the fact compares, with no figure
        ("xiaomi sales 2015 and 2018", True),  # two figures asked, one given and one said missing
    ],
)
def test_compared_without_a_side_is_not_answered(engine, question, answered):
    assert engine.answer(question).answered is answered


@pytest.mark.parametrize(
    "question, said",
    [
        # a year spread over hours, minutes, seconds and weeks, as over months and days
        ("how many phones per hour did xiaomi sell in 2015", "about 7,990 an hour on average"),
        ("phones per minute 2016", "about 110 a minute on average"),
        ("how many phones per second did xiaomi sell in 2015", "about 2.22 a second on average"),
        ("how many phones a week in 2013", "about 359,000 a week on average"),
        # a target's pace, said as the target's
        ("2017 target per quarter", "Spread evenly over 2017, that target is about 17.5 million a quarter."),
    ],
)
def test_spread_over_the_parts_of_a_year(engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize(
    "question, verdict",
    [
        # the margin claimed to a number, a target or another year's target, on its side
        ("did xiaomi miss 90m by 30m in 2015?", "No."),
        ("did xiaomi miss 90m by 20m in 2015?", "Yes."),
        ("did xiaomi beat 50m by 30m in 2015?", "No."),
        ("did xiaomi beat 50m by 10m in 2014?", "It depends on the source."),
        ("did xiaomi miss the 100m by 20m in 2015?", "No."),
        ("did xiaomi need 10 million more in 2015 to reach the 80m target?", "Yes."),
        ("did xiaomi need 20 million more in 2015 to reach the 80m target?", "No."),
        ("did xiaomi need 12m more than 2016 sales to hit the 2017 target?", "Yes."),
        ("did xiaomi need 15m more than 2016 sales to hit the 2017 target?", "No."),
        ("did 2016 sales beat the 2014 projection by 18m?", "Yes."),
        # a change in percent said with a question mark; a comparative before a target named
        ("2016 down 17%?", "Yes."),
        ("2016 fell by 20%?", "No."),
        ("were 2015 sales more than the 80m target?", "No."),
        ("were 2015 sales less than the 100m goal?", "Yes."),
        ("was 2014 higher than the 40m projection?", "Yes."),
        ("was 2016 lower than both 2014 and 2015?", "Yes."),
        ("was 2014 higher than 2013 and 2015?", "No."),
    ],
)
def test_margin_claimed_is_checked(engine, question, verdict):
    assert engine.answer(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question, verdict",
    [
        # a claim said in the negative: the yes or no of the negative claim, with the verb that
        # says which way it goes, a bare yes or no to a negative being read both ways
        ("is it true that xiaomi did not sell 70 million phones in 2015?", "No, they did."),
        ("they didn't reach 70 million in 2015 did they?", "No, they did."),
        ("they didn't reach 70m in 2015, did they?", "No, they did."),  # its tag is no question
        # a multiple claimed of every year is checked year by year, never the span's two ends
        ("did sales double every year from 2012 to 2015?", "No. 2013: Xiaomi's smartphone sales were"),
        ("did sales at least double each year 2012-2014?", "Yes. 2013: Xiaomi's smartphone sales were"),
        ("did sales triple year-over-year from 2012 to 2014?", "No. 2013:"),
        ("did sales double every year from 2008 to 2010?", "I don't know Xiaomi's smartphone sales for 2008"),
        # a multiple denied is the verb, read as a verb ("at least double"), never "about double"
        ("sales didn't double in 2013, did they?", "No, they did."),
        # a tag with "was" keeps the claim as asked: no verb says which way a bare yes or no goes
        ("2015 wasn't their best year, was it?", "Yes."),
        ("xiaomi didn't sell more than 60 million in 2016, correct?", "Yes, they didn't."),
        ("xiaomi didn't hit its 80m target in 2015, right?", "Yes, they didn't."),
        ("xiaomi didn't beat its 2014 projection, right?", "No, they did."),
        ("xiaomi never hit 100 million, right?", "Yes, they didn't."),
        ("2016 sales were not lower than 2015, correct?", "No."),
        ("2015 was not the best year, right?", "No."),
        ("xiaomi has never missed a sales target", "No, it has."),
        ("xiaomi failed to reach 40 million in 2014?", "No, they did."),
        ("xiaomi wasn't able to sell 10 million in 2012?", "Yes, they didn't."),
        # a claim called false: the yes or no of that
        ("is it false that xiaomi sold 18.7 million in 2013", "No."),
        # asked in the negative: the claim itself
        ("didn't xiaomi sell 70m in 2015?", "Yes."),
    ],
)
def test_negative_claim_gets_its_own_verdict(engine, question, verdict):
    assert engine.answer(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question, start",
    [
        # a year's sales against a multiple of a target named with its number and year
        ("was 2015 sales more than double the 40 million 2014 projection", "No. Twice the 2014 projection"),
        # a margin past a target with a side
        ("did 2014 sales exceed the 40m projection by at least 15 million", "Yes. Xiaomi sold 61 million"),
        # a year left out before a range
        (
            "total sales excluding 2014, 2012-2016",
            "Xiaomi's smartphone sales for 2012, 2013, 2015 and 2016 add up",
        ),
    ],
)
def test_sales_against_a_target_said_by_its_number(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a margin's side "at most" is no claim of less
        ("did 2015 sales exceed 2014 by at most 10m?", "Yes."),
        ("did 2015 sales exceed 2014 by at most 9m?", "One source says so."),
        # Xiaomi described as a rival of another is still Xiaomi
        ("xiaomi, a rival to apple, sold how many phones in 2015?", "I have no smartphone sales for Apple."),
        # a range left out, and a list of years before a range
        ("total sales excluding 2012-2013", "Xiaomi's smartphone sales for 2014-2016 add up to 189"),
        ("total sales from 2012 to 2016 without 2015-2016", "Xiaomi's smartphone sales for 2012-2014 add up"),
        # the two 2015 targets are two targets, not two sources
        ("were 2016 sales within 30% of the 2015 target?", "Yes, against the target of 80 million"),
        # "within" in percent of the side after "of", the bound itself included
        ("is the 2017 target within 20% of 2016 sales?", "No."),  # 20.7% of the sales
        ("was 2015 within 12.5% of the 80 million goal?", "Yes."),
        # a year as the subject is its sales
        ("was 2015 more than double the 2014 projection?", "No. Twice the 2014 projection"),
        # a bound on the gap between two halves, or a year and the best year
        ("is H1 2015 within 1 million of H2 2015", "Yes."),
        ("is H1 2015 within 500k of H2 2015", "No."),
        ("is the 2016 figure within 15 million of the peak", "Yes."),
        ("is 2016 within 10 million of the best year?", "No."),
        # "at most in a year" is the most; "at most the target" a side of it
        ("how many phones did xiaomi sell at most in a year?", "Xiaomi's best year"),
        ("was 2016 at most the 2017 target?", "Yes."),
    ],
)
def test_checks_of_the_thirty_eighth_session(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        ("is the 100m goal more than the 80m target?", "Yes. The 2015 target of 100 million"),
        ("was the 2017 target more than the 80m target?", "No. The 2017 target of 70 million"),
        ("is the 80m target lower than the 100m goal?", "Yes. The 2015 target of 80 million"),
        ("was the original goal more than the 80m target?", "Yes. The 2015 target of 100 million"),
        ("is 70m less than the 80m target?", "Yes. 70 million is 10 million less than the 2015 target"),
        # a number against part or a multiple of a target
        (
            "is 58 million more than half the 100 million target",
            "Yes. Half the 2015 target of 100 million: 50",
        ),
        ("is 30 million more than half the 2017 target?", "No. Half the 2017 target of 70 million: 35"),
        ("is the original goal more than double the 2014 projection?", "Yes. Twice the 2014 projection"),
        ("was the 2014 projection less than the 80m target?", "Yes. The 2014 projection of 40 million"),
        # both of 2015's targets against a number between them
        ("is the 2015 target higher than 90m?", "It depends on which target."),
        # a target named by who gave it, or by its description, and no yes or no asked
        ("was wang's number above the revised goal?", "No. The 2017 target of 70 million"),
        ("the insider's figure vs the revised target", "The 2017 target of 70 million [1] is 10"),
        ("wang's number vs the original goal?", "The 2017 target of 70 million [1] is 30 million less"),
        ("difference between the 2015 and 2017 targets", "The 2015 target of 100 million [1] is 30 million"),
        ("the 2017 target and the revised target, the gap?", "The 2017 target of 70 million [1] is 10"),
        ("is kevin wang's 70m below the original goal?", "Yes. The 2017 target of 70 million [1] is 30"),
        ("difference between the 80m target and kevin wang's 70m", "The 2015 target of 80 million [1] is 10"),
        # a person named as a source, or a version named beside an owner, says which target
        (
            "according to kevin wang, was the original goal above the 2017 target?",
            "Yes. The 2015 target of 100",
        ),
        ("is the ceo's original goal bigger than the 2017 target?", "Yes. The 2015 target of 100 million"),
    ],
)
def test_targets_compared_never_with_sales(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text
    assert "sold" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "were 2015 sales more than the 80m target?",  # sales named: sales against the target
        "xiaomi doesn't need 12m more to hit the 2017 target?",  # a margin, no side of a comparison
        "did xiaomi care about satisfaction more than the 80m target?",  # what he cares about
        "the original target vs the revised target",  # one year's targets: the cut, said as one
        "the 2017 target vs 58m",  # a number against a target, no yes or no: the gap to it
    ],
)
def test_targets_compared_only_where_each_side_names_one(engine, question):
    assert not engine.answer(question).text.startswith(("Yes. The 20", "No. The 20", "Yes. 12", "No. 12"))


@pytest.mark.parametrize(
    "question, shares",
    [
        # each year named is a target's: one target over the other, never a year's sales
        ("the 2014 projection was what % of the 2015 goal?", ["40% of the 2015 target of 100", "50% of"]),
        ("2015 target as a percentage of the 2014 projection", ["250% of the 2014", "200% of the 2014"]),
        (
            "what fraction of the revised 2015 target was the 2014 projection",
            ["50% of the 2015 target of 80"],
        ),
        ("the 2017 target is what share of the original 2015 goal?", ["70% of the 2015 target of 100"]),
    ],
)
def test_target_as_a_share_of_another(engine, question, shares):
    answer = engine.answer(question)
    assert [s for s in shares if s in answer.text] == shares, answer.text
    assert "sold" not in answer.text
    assert answer.text.count("% of") == len(shares)


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("so they needed 12m more than 2016 to match 2015?", "Yes."),  # a margin, not the same figure
        ("did 2016 match 2015?", "No."),
        # a year that is the number itself says nothing of a margin to it
        ("they sold 9m more in 2015 to reach 70m?", "Xiaomi sold 70 million"),
    ],
)
def test_margin_to_a_year_or_number(engine, question, verdict):
    assert engine.answer(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question, verdict",
    [
        # a margin short of a number written out
        ("Was Xiaomi 20 million short of 100 million in 2015?", "No."),
        ("Was Xiaomi 30 million short of 100 million in 2015?", "Yes."),
        ("Was Xiaomi 12 million short of 70 million in 2016?", "Yes."),
        # passed by a margin, by each source
        ("Did Xiaomi exceed 40 million by 21 million in 2014?", "It depends on the source."),
        # a bound said with "no" or "not" is no claim said in the negative
        ("Xiaomi sold no more than 60 million in 2016?", "Yes."),
        ("xiaomi sold no less than 70m in 2015?", "Yes."),
        ("Xiaomi's 2016 sales were not above 60 million?", "Yes."),
        ("So the first half of 2015 wasn't 34.7 million?", "No."),
        # a part claimed without "about" is within rounding of it
        ("Was H1 2015 half of the 80 million target?", "No."),
        # a year's own figure claimed beside a comparison, or a margin
        ("Were 2015 sales 70 million, and were they higher than 2016?", "Yes."),
        ("was 2015 70 million more than 2016?", "No."),
    ],
)
def test_claims_of_margins_bounds_and_parts(engine, question, verdict):
    assert engine.answer(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question, verdict",
    [
        # a share of another year claimed
        ("Was 2016 about 83% of 2015?", "Yes."),
        ("Was 2016 90% of 2015?", "No."),
        ("Was 2016 more than 80% of 2015?", "Yes."),
        # an average against a bound, by each pairing of the sources
        ("Was the 2012-2016 average above 40 million?", "Yes."),
        ("was the average over 2013-2015 more than 50m?", "No."),
        # claims said in the negative, with a question mark or asked with "wasn't"
        ("Wasn't 2016 lower than 2015?", "Yes."),
        ("Xiaomi sales didn't fall in 2016?", "No, they did."),
        ("Xiaomi didn't grow in 2016?", "Yes, they didn't."),
        ("Sales in 2016 weren't lower than in 2015?", "No."),
        ("The 2015 target wasn't met?", "Yes."),
        ("Lei Jun isn't the CEO?", "No."),
        ("didn't sales drop in 2016?", "Yes."),
        ("didn't sales grow in 2015?", "Yes."),
        # a yes-or-no question after a greeting or a lead-in, and a goal said to be met
        ("Hi! Quick one: did Xiaomi beat 60 million in 2015? ty", "Yes."),
        ("Sorry to bother, but I was wondering whether Xiaomi hit its 100 million goal in 2015?", "No."),
        ("So Xiaomi met its 2015 goal?", "No."),
    ],
)
def test_claims_of_shares_averages_and_negatives(engine, question, verdict):
    assert engine.answer(question).text.startswith(verdict)


@pytest.mark.parametrize(
    "question, said",
    [
        # the derived second half, spread over its months and weeks
        ("What was Xiaomi's monthly average in the second half of 2015?", "about 5.88 million a month"),
        ("h2 2015 per week", "about 1.34 million a week"),
        # the other half named short is that half
        ("How many more phones did Xiaomi sell in the second half of 2015 than the first?", "600,000"),
        ("was the first half of 2015 smaller than the second?", "Yes."),
    ],
)
def test_second_half_derived_spread_and_compared(engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize(
    "question, start, said",
    [
        ("did growth slow down in 2015?", "Yes.", "+14.8%"),
        ("did growth pick up in 2014?", "Yes.", "+226.2%"),
        ("was growth faster in 2014 or 2015?", "Xiaomi's smartphone sales grew faster in 2014.", "+16.7%"),
        ("Which grew faster: 2013 or 2015?", "Xiaomi's smartphone sales grew faster in 2013.", "+159.7%"),
        # a fall against a rise, by their sizes
        ("Was the 2016 decline bigger than the 2015 growth?", "Yes.", "-12 million"),
        # the rates' difference, with the 2014 figure the same in both changes
        (
            "how many percentage points did growth slow from 2014 to 2015",
            "Xiaomi's smartphone sales grew faster in 2014.",
            "204.2 or 211.4 percentage points",
        ),
    ],
)
def test_growths_compared_year_against_year(engine, question, start, said):
    answer = engine.answer(question)
    assert answer.text.startswith(start) and said in answer.text, answer.text


@pytest.mark.parametrize(
    ("years", "run"),
    [([], 0), ([2015], 1), ([2012, 2013, 2015], 2), ([2016, 2014, 2015], 3), ([2012, 2014, 2016], 1)],
)
def test_longest_run_counts_years_one_after_another(years, run):
    assert longest_run(years) == run


def test_joined_says_a_sentence_citing_inline_once_where_first_said(engine):
    # both parts find the 2014 disagreement; what the first part says after it stays after it
    text = engine.answer("2014 xiaomi, 60 or 61 million? which one is it").text
    assert text.count("Sources disagree on 2014: Xiaomi sold 61 million") == 1
    assert text.index("Sources disagree on 2014") < text.index("They differ by 1 million")


@pytest.mark.parametrize(
    "question, start",
    [
        # the growth back to a year's level: from the later year, as a percent of it
        (
            "what growth is needed from 2016 to reach 2015's level again?",
            "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2016 (around 58 million), "
            "12 million (20.7%) more than in 2016.",
        ),
        # a growth in 2017 is from 2016, whatever 2017 brings: no target for "needed"
        (
            "percent growth needed in 2017 to get back to 2015 levels",
            "Xiaomi's smartphone sales were higher in 2015: 2015 (70 million) vs 2016 (around 58 million), "
            "12 million (20.7%) more than in 2016.",
        ),
        # a year up or down on another: the change, checked
        ("were 2016 sales up on 2015?", "No. Xiaomi's smartphone sales fell from 70 million in 2015"),
        ("did xiaomi ever sell less than the year before", "Yes. Xiaomi's smartphone sales fell in 2016"),
        ("how many redmis sold in 2015", "I don't know the smartphone sales for Redmi"),
    ],
)
def test_compose_growth_back_and_moves_on_a_year(engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        # a span to the end of a year is a range from its own first year
        (
            "cumulative sales from 2013 to the end of 2015?",
            "Xiaomi's smartphone sales for 2013-2015 add up to 149.7",
        ),
        ("total xiaomi sales in the year to end of 2015?", "Xiaomi sold 70 million smartphones in 2015"),
        # "than the next year" is the year after, not the second best
        (
            "how much more did xiaomi sell in its best year than the next year?",
            "Xiaomi's smartphone sales fell",
        ),
        # a remark that says what is asked is kept
        (
            "we need india numbers only. how many phones did xiaomi sell in 2015?",
            "I don't know the smartphone sales for India",
        ),
        (
            "just the second half lol. what did xiaomi sell in 2015?",
            "No article gives Xiaomi's smartphone sales",
        ),
        # a growth to a target's number is the target's
        (
            "what growth is needed in 2017 to reach the 2015 target of 80 million?",
            "Xiaomi sold 70 million [1]",
        ),
    ],
)
def test_compose_review_cases_of_the_thirty_sixth_session(engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        # a bound said another way is a bound: "or more", "+", "plus", "at minimum", signs
        ("did xiaomi sell 65m+ in 2015?", "Yes. Xiaomi sold 70 million"),
        ("xiaomi 2015: 50 million plus?", "Yes. Xiaomi sold 70 million"),
        ("were 2015 sales at or above 70m?", "Yes. Xiaomi sold 70 million"),
        # a target's side, the same figure included or not
        ("were 2015 sales at or above the 2017 target?", "Yes. Xiaomi sold 70 million"),
        ("were 2015 sales above the 2017 target?", "No. Xiaomi sold 70 million"),
        ("were 2015 sales no less than the 2017 target?", "Yes. Xiaomi sold 70 million"),
        ("was 2016 at most the 2017 target?", "Yes. Xiaomi sold around 58 million"),
        ("was the 2017 target at most 2016 sales?", "No. Xiaomi sold around 58 million"),
        ("were 2016 sales at or below the 2017 target?", "Yes. Xiaomi sold around 58 million"),
        ("were 2016 sales no more than 2013?", "No."),
        ("was 2014 at or below 2015?", "Yes."),
        ("2016 sales => 55m?", "Yes. Xiaomi sold around 58 million"),
        ("2013 sales at minimum 15m?", "Yes. Xiaomi sold 18.7 million"),
        ("2016: 58m at most?", "Yes. Xiaomi sold around 58 million"),
        ("did they sell 65,000,000 or more in 2015?", "Yes. Xiaomi sold 70 million"),
        ("2014 \u2265 60m?", "Yes. Sources disagree on 2014"),
        ("2013 <= 20m?", "Yes. Xiaomi sold 18.7 million"),
        # "not" on the side turns it; on the verb it asks of the side as it is
        ("was 2013 not below 15m?", "Yes. Xiaomi sold 18.7 million"),
        ("wasn't 2013 below 15m?", "No. Xiaomi sold 18.7 million"),
        # the years past a number, added up
        (
            "total across the years xiaomi sold 50m or more",
            "Xiaomi's smartphone sales for 2014-2016 add up to 189",
        ),
        # an addition stays one
        ("2013 + 2016?", "Xiaomi's smartphone sales for 2013 and 2016 add up to 76.7 million."),
    ],
)
def test_compose_bounds_said_every_way(engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        # the end of a range written right after the name is that name's
        (
            "what's the gap between the iphone low end and xiaomi high end?",
            "The cheapest Apple phone ($650) and the priciest Xiaomi phone ($300) are $350 apart.",
        ),
        (
            "price difference between a top xiaomi and a base iphone?",
            "The priciest Xiaomi phone ($300) and the cheapest Apple phone ($650) are $350 apart.",
        ),
    ],
)
def test_compose_price_ends_named_after_the_company(engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        # how far sales got within a year no figure is known for: said, before the year before
        (
            "what percent of the 2017 target has xiaomi reached so far?",
            "I have no smartphone sales for 2017 to",
        ),
        ("how far was 2017 from 70 million?", "I have no smartphone sales for 2017 to check the target"),
        # what is needed is worked out from the year before, as ever
        ("growth needed in 2017 to hit 70m", "For 2017 the target of 70 million is 12 million (+20.7%) more"),
    ],
)
def test_compose_progress_within_a_target_year_with_no_figure(engine, question, start):
    text = engine.answer(question).text
    assert text.startswith(start), text


@pytest.mark.parametrize(
    "question, start",
    [
        ("how many years between 2012 and 2015?", "From 2012 to 2015 is 3 years."),
        ("how many years between their worst and best year?", "From 2012 to 2015 is 3 years. Xiaomi"),
        ("how many years did it take to go from 18.7m to 70m?", "From 2013 to 2015 is 2 years."),
        ("how many years between the 7.2m year and the 58m year", "From 2012 to 2016 is 4 years."),
    ],
)
def test_years_between_two_years_named_or_found(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "how many years did sales grow between 2012 and 2015",  # years counted, not the span
        "how many years did it take to go from 50m to 70m?",  # 50m was no year's figure
        "how old was xiaomi in 2015?",  # an age, from its founding
        "how many years of figures do we have from 2012 to 2016?",  # years counted
        "how many years did xiaomi sell phones between 2012 and 2016?",
        "how many years between 2012 and 2015 inclusive?",
    ],
)
def test_years_between_only_where_both_ends_are_years(engine, question):
    assert not engine.answer(question).text.startswith("From ")


@pytest.mark.parametrize(
    "question, start",
    [
        # a margin said to one side of a target: the year's sales against it, by that much
        ("was 2016 12m below the 2017 target?", "Yes. Xiaomi sold around 58 million smartphones in 2016, 12"),
        ("was 2016 10m below the 2017 target?", "No. Xiaomi sold around 58 million"),
        ("was 2015 30m under its original goal?", "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30"),
        ("was 2014 20m above its projection?", "It depends on the source."),
    ],
)
def test_margin_to_one_side_of_a_target(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # who gave a target, checked: the target named, and what the person named did give
        ("did kevin wang set the 80m target?", "No. Target: In March 2015, CEO Lei Jun scaled"),
        ("was the 100 million goal set by kevin wang", "No. Target: Xiaomi's original goal for 2015"),
        ("was the 80m target kevin wang's idea?", "No."),
        ("did lei jun set the 80m target?", "Yes. Target: In March 2015, CEO Lei Jun scaled"),
    ],
)
def test_target_giver_checked(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    [
        "did xiaomi reach kevin wang's target?",  # sales against it
        "did xiaomi sell 80m in 2015 like lei jun forecast?",  # sales claimed
        "did lei jun give up on the 80 million goal?",  # no target given
        "was the 80m forecast lei jun's own idea?",  # whether anyone pushed him
        "Kevin Wang set a 100 million target for 2017, right?",  # no 100m target that year: said there
    ],
)
def test_target_giver_checked_only_of_who_gave_it(engine, question):
    assert engine.composer.target_giver_checked(engine.understand(question)) is None


@pytest.mark.parametrize(
    "question, start",
    [
        # a target raised is a revision claimed upwards: the 2015 target was cut
        (
            "did lei jun raise the 2015 target to 100 million?",
            "No. The 2015 sales target went from 100 million",
        ),
        ("was the 2015 target raised?", "No. The 2015 sales target went from 100 million"),
        # "realised sales" are the sales, no slip of "raised"; what a company raised is funding
        ("realised sales in 2015?", "Xiaomi sold 70 million smartphones in 2015"),
        ("how much has xiaomi raised?", "I don't have Xiaomi's funding."),
    ],
)
def test_target_raised_is_a_revision_claimed(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a year's targets against its own sales, the sales named beside the year
        ("was the 2015 target above 2015 sales?", "Yes. Xiaomi sold 70 million [1] smartphones in 2015, 30"),
        ("was the 2014 projection below 2014 sales?", "Yes. Xiaomi sold 61 million [1] smartphones in 2014"),
    ],
)
def test_a_years_target_against_its_own_sales(engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, said",
    [
        # two years compared: the difference, and the multiple beside it (both, where sources disagree)
        (
            "how did the 2014 projection compare with the revised goal for 2015?",
            "40 million more than in 2014 (2x as much).",
        ),
        ("2016 vs 2014", "2 million or 3 million more than in 2016 (1.03x or 1.05x as much)."),
        # sales over a target "how many times": the multiple of the sales, too
        (
            "2015 actual sales were how many times the 2014 projection?",
            "(175% of it, 1.75x it, 75% above it;",
        ),
    ],
)
def test_compose_multiples_beside_the_difference(engine, question, said):
    assert said in engine.answer(question).text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Add up the 2014 projection and the revised 2015 target.", ["add up to 120 million"]),
        ("What is the combined total of the two 2015 targets?", ["add up to 180 million"]),
        (
            "Split the difference between the 2014 projection and the lowered 2015 goal.",
            ["average 60 million"],
        ),
        (
            "Average of the 2014 projection, the first 2015 goal and the revised 2015 goal?",
            ["average 73.33 million"],
        ),
        # a part naming either of two targets: each way
        (
            "the 2014 projection and the 2015 goal combined",
            ["add up to 140 million", "add up to 120 million"],
        ),
        # a year's sales in the list, by each source, and "around" where a figure is
        ("add up 2016 sales and the 2017 target", ["add up to around 128 million"]),
    ],
)
def test_targets_combined(engine, question, says):
    answer = engine.answer(question)
    assert [s for s in says if s in answer.text] == says, answer.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "what percent of 2012-2016 sales came before 2014?",
            "in 2012-2013 (25.9 million together) were 12.1% of",
        ),
        (
            "what percent of the 2012-2016 total was sold after 2013?",
            "in 2014-2016 (189 million together) were 87.9%",
        ),
        ("what percent of 2012-2016 sales came from 2014 onwards?", "in 2014-2016 (189 million together)"),
        ("what % of the 2012-2016 total was 2015?", "in 2015 (70 million [1]) were 32.6% of"),
    ],
)
def test_share_of_range_by_the_years_on_one_side(engine, question, says):
    assert says in engine.answer(question).text


@pytest.mark.parametrize(
    ("question", "start"),
    [
        # a number in a question asking when, who or which names what it is asked of: no verdict
        (
            "When did Xiaomi make its 40 million projection for 2014?",
            "Projection: Xiaomi projected 40 million",
        ),
        ("Which Xiaomi executive issued the 40 million projection for 2014?", "Projection:"),
        # "both" claims the number was each measure named
        ("Is 70 million both Xiaomi's 2015 sales and Wang's 2017 target?", "Yes. 70 million"),
        ("is 80m both the 2015 sales and the 2015 target?", "No. 80 million was a target."),
        # the margin needed, said after the purpose
        (
            "To hit Wang's 70 million, does Xiaomi need to sell 12 million more than in 2016?",
            "Yes. Xiaomi sold around 58",
        ),
        ("to reach 70m in 2017, they need to sell 15m more than 2016?", "No."),
        # the first year of at least that many
        (
            "when did xiaomi first sell 50 million?",
            "The first year Xiaomi's smartphone sales were at least 50 million was 2014",
        ),
        (
            "2016 sales as a share of the 80M goal Xiaomi set for 2015?",
            "Xiaomi's around 58 million [1] in 2016 was 72.5% of its 2015 target",
        ),
        # two numbers offered: the one the figures are, or neither
        ("did xiaomi sell 70 or 80 million in 2015?", "70 million. Xiaomi sold 70 million"),
        ("what did xiaomi sell in 2015, 80 or 100 million?", "Neither. Xiaomi sold 70 million"),
        # a number sold "less than the target" is a margin to it, checked
        ("did they sell 10 million fewer than the revised target in 2015?", "Yes."),
        ("did they sell 25 million less than the 2015 target?", "No."),
        # "first sold" a figure written exactly: that figure's own period
        ("when did they first sell 34.7 million?", "That was the first half of 2015"),
        (
            "add up the 2014 projection and the first 2015 goal",
            "The 2014 projection of 40 million and the 2015 target of 100 million add up to 140",
        ),
    ],
)
def test_verdicts_and_figures_of_numbers_named(engine, question, start):
    answer = engine.answer(question)
    assert answer.text.startswith(start), answer.text


@pytest.mark.parametrize(
    ("question", "says"),
    [
        (
            "100 million in 2015, how much a month is that?",
            "The 100 million you name is about 8.33 million a month over 2015.",
        ),
        (
            "40 million for 2014 - what is that per month?",
            "The 40 million you name is about 3.33 million a month over 2014.",
        ),
    ],
)
def test_a_number_named_is_spread_too(engine, question, says):
    assert says in engine.answer(question).text


@pytest.mark.parametrize(
    "text, sides",
    [
        # each year on the side its own words claim, where the sides differ
        ("sold fewer in 2016 than in 2015 but more than in 2013", {2015: True, 2013: False}),
        ("2016 sales were lower than 2015's and higher than 2012's", {2015: True, 2012: False}),
        # ... one side for all is one claim, and a year with no side of its own leaves it to the rest
        ("was 2016 lower than 2014 and lower than 2015", {}),
        ("was 2016 lower than both 2015 and 2013", {}),
    ],
)
def test_each_years_side_claimed_session_60(text, sides):
    years = {int(y[:4]): [] for y in ["2016", *(w for w in text.split() if w.startswith("20"))]}
    assert each_years_side_claimed(text, 2016, years) == sides
