import pytest

from bot.understanding.entities import (
    COMPANY_NAMED,
    Calc,
    Calculation,
    Vocabulary,
    extract_entities,
    two_digit_years,
)
from bot.understanding.normalise import clean


@pytest.mark.parametrize(
    "text, periods",
    [
        ("how many phones in 2014?", ["2014"]),
        ("sales in '13", ["2013"]),
        ("H1 2015 sales", ["2015-H1"]),
        ("first six months of 2015", ["2015-H1"]),
        ("how did xiaomi do in Q3 2015", ["2015-Q3"]),
        ("third quarter of 2015", ["2015-Q3"]),
        ("2012 to 2014", ["2012", "2013", "2014"]),
        ("2012-2014", ["2012", "2013", "2014"]),
        ("from 2013 through 2015", ["2013", "2014", "2015"]),
        ("between 2012 and 2013", ["2012", "2013"]),
        ("total 2012-14", ["2012", "2013", "2014"]),
        ("2015 or 2016", ["2015", "2016"]),
        ("compare 2013 and 2015", ["2013", "2015"]),
        ("sales in 2018", ["2018"]),
        ("how many phones", []),
        # a half or quarter is of the year written with it; another year named is the whole year
        ("H1 2015 and 2013 sales", ["2015-H1", "2013"]),
        ("first half of 2015 vs full year 2013", ["2015-H1", "2013"]),
        ("sales in 2013 and the first half of 2015", ["2013", "2015-H1"]),
        ("2015 q3 and 2014", ["2015-Q3", "2014"]),
        # months spanning a half or a quarter are that part; "jan-june" is cleaned to "jan june"
        ("xiaomi sales jan-june 2015", ["2015-H1"]),
        ("jul-sep 2015", ["2015-Q3"]),
        ("jan to mar 2014", ["2014-Q1"]),
        ("sales in june 2015", ["2015-M6"]),
        # nine months is a part no fact gives: named, so that it is never answered with the year
        ("the first 9 months of 2015", ["2015-9M"]),
        ("xiaomi sales jan-sep 2015", ["2015-9M"]),
        ("first three quarters of 2014", ["2014-9M"]),
        # vague parts of a year are named too, never read as the whole year
        ("xiaomi sales late 2015", ["2015-LATE"]),
        ("sales in early 2016", ["2016-EARLY"]),
        ("sales at the start of 2015", ["2015-EARLY"]),
        ("how many did they sell in the last months of 2015", ["2015-LATE"]),
        ("sales in mid 2015", ["2015-MID"]),
        ("sales by mid 2015", ["2015-H1"]),  # by the middle of the year: its first half
        ("sales in the fall of 2015", ["2015-AUTUMN"]),
        ("the summer of 2014", ["2014-SUMMER"]),
        ("xiaomi sales over the 2015 holiday season", ["2015-HOLIDAYS"]),
        ("did sales fall in 2016", ["2016"]),  # a verb, no season
        ("growth from the start of 2013 to 2015", ["2013", "2014", "2015"]),  # a year, not its start
        ("as early as 2014", ["2014"]),
        ("towards the end of 2015", ["2015-LATE"]),
        ("in the latter part of 2015", ["2015-LATE"]),
        ("xiaomi sales beginning of 2016", ["2016-EARLY"]),
        ("sales over chinese new year 2016", ["2016-NEW_YEAR"]),
        ("the final quarter of 2015", ["2015-Q4"]),
        # the months on one side of june's end: a half
        ("how many in 2015 after june", ["2015-H2"]),
        ("2015 sales before july", ["2015-H1"]),
        ("sales in 2015 until june", ["2015-H1"]),
        # the half a half-year report gives
        ("first two quarters of 2015 sales", ["2015-H1"]),
        ("xiaomi half year sales 2015", ["2015-H1"]),
        ("half-year 2015 number", ["2015-H1"]),
        ("six-month sales 2015", ["2015-H1"]),
        ("half-yearly sales for 2015", ["2015-H1"]),
        ("second half-yearly sales for 2015", ["2015-H2"]),
        ("h2 six-month sales 2015", ["2015-H2"]),
        ("the latter half of 2015", ["2015-H2"]),
        ("second half year sales 2015", ["2015-H2"]),
        # the months between two, said with "between ... and"
        ("sold between july and december 2015", ["2015-H2"]),
        ("between jan and june 2015", ["2015-H1"]),
        # a part glued after its year, a year glued after a word
        ("sales 2015H1", ["2015-H1"]),
        ("sales 2015q3", ["2015-Q3"]),
        ("xiaomi2015", ["2015"]),
        # a month after its year
        ("sales 2015 february", ["2015-M2"]),
        ("sales 2015 may be lower", ["2015"]),  # "may", a verb
    ],
)
def test_extract_entities_periods(text, periods):
    assert extract_entities(clean(text)).periods == periods


@pytest.mark.parametrize(
    "text, part",
    [
        ("how many in july alone?", "M7"),  # a month of the year the conversation is on
        ("and in march only?", "M3"),
        ("in march they cut the goal", None),  # a month told of, not a period asked for
        ("may i ask about 2015 alone", None),
    ],
)
def test_extract_entities_month_alone(text, part):
    assert extract_entities(clean(text)).period_part == part


@pytest.mark.parametrize(
    "text, month",
    [
        # a follow-up asking for nothing but the month: kept apart, for the conversation to settle
        ("and in may?", "M5"),
        ("and in august?", "M8"),
        ("how many in july alone?", ""),  # a month's figure, asked outright
    ],
)
def test_extract_entities_month_asked_alone(text, month):
    found = extract_entities(clean(text))
    assert (found.month_alone, found.period_part if month else None) == (month, None)


@pytest.mark.parametrize(
    "text, quantities",
    [
        ("which year had 18.7 million", [18.7e6]),
        ("when did they sell 61M phones", [61e6]),
        ("70 mln", [70e6]),
        ("5.8 crore phones", [58e6]),  # the Indian scales
        ("72 lakh", [7.2e6]),
        ("18,700,000 phones", [18.7e6]),
        ("$46 billion", [46e9]),
        ("how many phones in 2014", []),
    ],
)
def test_extract_entities_quantities(text, quantities):
    assert extract_entities(clean(text)).quantities == quantities


def test_extract_entities_quantity_is_never_a_year():
    entities = extract_entities(clean("which year had 18.7 million"))
    assert entities.years == []


@pytest.mark.parametrize(
    "text, years",
    [
        ("the two years before 2015, combined", [2013, 2014]),  # the span, each year of it
        ("the three years after 2012 total", [2013, 2014, 2015]),
        ("sales two years before 2016", [2014]),  # one year, counted back
    ],
)
def test_extract_entities_years_counted_from_a_year(text, years):
    assert extract_entities(clean(text)).years == years


@pytest.mark.parametrize(
    "text, years",
    [
        ("growth in the two years to 2015", [2013, 2015]),
        # a rate a year beside a range of its own: the range, no span ending at its last year
        ("did sales grow by 12.7m a year on average from 2012 to 2016", [2012, 2016]),
    ],
)
def test_extract_entities_years_ending_at_a_year(text, years):
    assert extract_entities(clean(text)).years == years


def test_extract_entities_relative_years():
    assert extract_entities(clean("and the year before?")).relative_step == -1
    assert extract_entities(clean("the year after")).relative_step == 1
    assert extract_entities(clean("sales last year")).relative_to_today


@pytest.mark.parametrize(
    "text, step",
    [
        ("and prior to that?", -1),
        ("the preceding year?", -1),
        ("and the subsequent year?", 1),
        ("and the year before the year before?", -2),
        ("the year after the year after", 2),
        ("a couple years later?", 2),
        ("a couple of years earlier", -2),
        ("a decade later?", 10),
        ("half a decade later", 5),
        ("both years before?", -2),
        ("and previously?", -1),
        ("and afterwards?", 1),
    ],
)
def test_extract_entities_relative_step(text, step):
    assert extract_entities(clean(text)).relative_step == step


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("Hey @MarketFactsBot HOW many?!", "hey how many"),
        ("xiaomí\u200f sales \u202e2014", "xiaomi sales 2014"),
        ("phones 📱📱 in 2014 lol", "phones in 2014 lol"),
        ("a\x00b\x07c", "a b c"),
        # the verb and the idiom are no record year
        ("what growth did Xiaomi record in 2014", "what growth did xiaomi post in 2014"),
        ("worst year on record", "worst year"),
        ("their record year", "their record year"),
        ("did 2015 record sales beat 2014", "did 2015 record sales beat 2014"),  # a noun still
    ],
)
def test_clean(raw, cleaned):
    assert clean(raw) == cleaned


def test_clean_bounds_very_long_text():
    assert len(clean("phones " * 100_000)) <= 500


def test_vocabulary_companies_longest_alias_first():
    vocabulary = Vocabulary([("OnePlus", ("one plus", "oneplus")), ("Xiaomi", ("xiaomi",))], {}, [])
    named, words = vocabulary.companies_in(["is", "one", "plus", "ahead", "of", "xiaomi"])
    assert named == ["OnePlus", "Xiaomi"]
    assert words == ["is", COMPANY_NAMED, "ahead", "of", COMPANY_NAMED]


def test_vocabulary_normalise_synonyms_and_filler():
    vocabulary = Vocabulary([], {"handsets": "phones"}, ["does anyone know", "lol"])
    words = ["does", "anyone", "know", "how", "many", "handsets", "lol"]
    assert vocabulary.normalise(words) == ["how", "many", "phones"]


@pytest.mark.parametrize(
    "text, years, until, since",
    [
        ("the year after 2014", [2015], None, None),
        ("two years before 2016", [2014], None, None),
        ("three years after 2012", [2015], None, None),
        ("total sales up to 2014", [], 2014, None),
        ("total through 2014", [], 2014, None),
        ("sales before 2015", [], 2014, None),
        ("from 2014 onwards", [], None, 2014),
        ("average since 2013", [], None, 2013),
        ("sales after 2014", [], None, 2015),
        ("sales 2012 to 2014", [2012, 2014], None, None),  # a closed range stays one
        # a year checked as the extreme since another: against the years after that one
        ("was 2016 the worst year since 2013", [2016], None, 2014),
        ("lowest sales year since 2013", [], None, 2013),
        # the end said to be in or out, and a year with every one before or after it
        ("total sales up to and including 2014", [], 2014, None),
        ("total from 2012 up to but not including 2015", [], 2014, 2012),
        ("sales in 2013 and earlier", [], 2013, None),
        ("sales in 2015 or later", [], None, 2015),
        ("sales after 2012 and before 2015", [], 2014, 2013),
        ("sales strictly between 2012 and 2016", [2013, 2015], None, None),
        # that many years, ending in one: "the two years to 2015" is 2013 to 2015
        ("growth in the two years to 2015", [2013, 2015], None, None),
        ("total sales in the two years to 2015", [2014, 2015], None, None),
        ("the 4-year cagr of shipments ending 2016", [2012, 2016], None, None),
        ("combined sales in the three years prior to 2015", [2012, 2013, 2014], None, None),
        # a sum to the end of a year: every year to it
        ("cumulative sales to end of 2015", [], 2015, None),
        ("total to the end of 2014", [], 2014, None),
    ],
)
def test_extract_entities_years_counted_and_open_ranges(text, years, until, since):
    found = extract_entities(clean(text))
    assert (found.years, found.until_year, found.since_year) == (years, until, since)


@pytest.mark.parametrize(
    "text, counted",
    [
        ("sum of the first three years", ("first", 3)),
        ("its earliest 2 years", ("first", 2)),
        ("average of the last four years", ("last", 4)),
        ("their final two full years", ("last", 2)),
        ("total for the two most recent years reported", ("last", 2)),
        ("the most recent three years", ("last", 3)),
        ("xiaomi's first three reported years", ("first", 3)),
        ("the two latest years in the data", ("last", 2)),
        ("the last year", None),  # one year back is "last year", never a count
        ("three years after 2012", None),
        # from the top or the bottom of the figures
        ("average of the two best years", ("best", 2)),
        ("what are the top three years", ("best", 3)),
        ("average of the 3 worst years", ("worst", 3)),
        ("the lowest two years", ("worst", 2)),
        ("best year", None),
        # the figure at one end of the data
        ("xiaomi's first sales number", ("first", 1)),
        ("first recorded sales", ("first", 1)),
        ("earliest sales figure you have", ("first", 1)),
        ("last known sales", ("last", 1)),
        ("the latest sales number", ("last", 1)),
        ("what did xiaomi sell in the last year on record", ("last", 1)),
        ("latest year with data", ("last", 1)),
        ("sales in the first half", None),  # a half, no end of the data
        ("the last sales figure you gave", None),  # the last answer
    ],
)
def test_extract_entities_years_counted_from_an_end(text, counted):
    assert extract_entities(clean(text)).counted_years == counted


@pytest.mark.parametrize(
    "text, differences",
    [
        ("so that's a drop of 12m", (12e6,)),
        ("so a gain of about 9m", (9e6,)),
        ("so they lost 12m", (12e6,)),
        ("that's 12m less right", (12e6,)),
        ("is 70m more than 2014", ()),  # a number set against a year, no margin
        ("did they sell 70m in 2015", ()),
    ],
)
def test_extract_entities_margins_said(text, differences):
    assert tuple(extract_entities(clean(text)).differences) == differences


@pytest.mark.parametrize(
    "text, threshold, quantities, words",
    [
        ("which years more than 60 million", (">", 60e6), [], ["which", "years"]),
        ("how many years under 20m", ("<", 20e6), [], ["how", "many", "years"]),
        ("did they sell 70 million in 2015", None, [70e6], ["did", "they", "sell", "in"]),
        ("did they ever reach 100m", (">=", 100e6), [], ["did", "they"]),
        ("did they sell 70000000 in 2015", None, [70e6], ["did", "they", "sell", "in"]),  # no commas
        # the number set against the figure: the figure is on the other side of it
        (
            "is 70 million more than xiaomi sold in 2014",
            ("<", 70e6),
            [],
            ["is", "more", "than", "xiaomi", "sold", "in"],
        ),
        ("was 50m less than their 2016 sales", (">", 50e6), [], ["was", "less", "than", "their", "sales"]),
        (
            "they sold 10 million more than in 2013",
            None,
            [10e6],
            ["they", "sold", "more", "than", "in"],
        ),  # a margin
    ],
)
def test_extract_entities_threshold(text, threshold, quantities, words):
    found = extract_entities(clean(text))
    assert (found.threshold, found.quantities, found.words) == (threshold, quantities, words)


@pytest.mark.parametrize(
    "text, side, quantities, words",
    [
        # a margin with a side claimed: no threshold every figure is checked against, no "least"
        ("did sales grow by more than 10m", ">", [10e6], ["did", "sales", "grow", "by"]),
        ("beat it by at least 9 million", ">=", [9e6], ["beat", "it", "by"]),
        ("missed by less than 5m", "<", [5e6], ["missed", "by"]),
        ("beat it by 9 million", "", [9e6], ["beat", "it", "by"]),  # a margin as written
    ],
)
def test_extract_entities_margin_side(text, side, quantities, words):
    found = extract_entities(clean(text))
    assert (found.margin_side, found.threshold, found.quantities, found.words) == (
        side,
        None,
        quantities,
        words,
    )


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("second best year", 2),
        ("3rd worst year", 3),
        ("fourth best year", 4),
        ("tenth best year", 10),
        ("the 12th highest year", 12),
        ("best year", 1),
    ],
)
def test_extract_entities_rank(text, rank):
    assert extract_entities(clean(text)).rank == rank


@pytest.mark.parametrize(
    "text, differences",
    [
        ("beat its 2014 projection by 30 million", [30e6]),
        ("2015 sales came in 10m below the target", [10e6]),
        ("sales of 70m in 2015", []),
        ("was 70m more than they sold in 2016", []),  # a figure compared, not a margin
    ],
)
def test_extract_entities_margins(text, differences):
    assert extract_entities(clean(text)).differences == differences


@pytest.mark.parametrize(
    "text, quantities, threshold",
    [
        ("iphones sell for 100 to 300 dollars right?", [100.0, 300.0], None),
        ("xiaomi phones cost $650-1000?", [650.0, 1000.0], None),
        ("do xiaomi phones cost $100 to $300", [100.0, 300.0], None),
        ("xiaomi sells phones for over 500 dollars?", [], (">", 500.0)),
        ("is xiaomi valued at $46 billion", [46e9], None),  # a scale still reads as before
        ("sales 2012 to 2014", [], None),  # years are no sums of money
    ],
)
def test_extract_entities_sums_of_money(text, quantities, threshold):
    found = extract_entities(clean(text))
    assert (found.quantities, found.threshold) == (quantities, threshold)


@pytest.mark.parametrize(
    "text, year_range, second_range",
    [
        ("the 2013-2014 jump or the 2014-2015 jump", (2013, 2014), (2014, 2015)),
        ("growth from 2012 to 2013 against 2015 to 2016", (2012, 2013), (2015, 2016)),
        ("the 2012-13 change with the 2015-16 change", (2012, 2013), (2015, 2016)),
        ("sales 2012 to 2016", (2012, 2016), None),
        ("2013 to 2014 and 2015", (2013, 2014), None),  # a year beside a range is no range
    ],
)
def test_extract_entities_second_range(text, year_range, second_range):
    found = extract_entities(clean(text))
    assert (found.year_range, found.second_range) == (year_range, second_range)


@pytest.mark.parametrize(
    "text, unit, words",
    [
        ("how many lakh phones in 2015", "lakh", ["how", "many", "phones", "in"]),
        ("2015 sales in thousands", "thousand", ["sales"]),
        ("xiaomi sales 2016 in crores?", "crore", ["xiaomi", "sales"]),
        ("2014 sales in lacs", "lakh", ["sales"]),
        ("sales in 2015 in china", "", ["sales", "in", "in", "china"]),
        # the figure written out, in words or every digit
        ("2013 sales in words", "words", ["sales"]),
        ("spell it out", "words", []),
        ("as a full number?", "digits", []),
        (
            "how many thousand phones did they sell",
            "thousand",
            ["how", "many", "phones", "did", "they", "sell"],
        ),
    ],
)
def test_extract_entities_unit_asked(text, unit, words):
    found = extract_entities(clean(text))
    assert (found.unit_asked, found.words) == (unit, words)


@pytest.mark.parametrize(
    "text, parts, both",
    [
        ("which half of 2015 was stronger", ("H1", "H2"), True),
        ("sales in each half of 2015", ("H1", "H2"), True),
        ("the first or second half of 2015", ("H1", "H2"), True),
        ("1st vs 2nd half 2015", ("H1", "H2"), True),
        ("h1 vs h2 2015", ("H1", "H2"), False),  # each named: compared the usual way
        ("h1 and h2 2015 sales", ("H1", "H2"), True),  # each named, side by side
        ("if h2 2015 had equaled h1, what would 2015 be", ("H2", "H1"), False),  # one supposed the other
        ("if they did 34.7 in the first half, how many in the second half", ("H1", "H2"), False),
        ("the first and the last year", (), False),
        ("half of 2015 sales", (), False),  # a calculation, no part of the year
    ],
)
def test_extract_entities_both_halves(text, parts, both):
    found = extract_entities(clean(text))
    assert (found.parts_named, found.both_halves) == (parts, both)


def test_extract_entities_a_year_beside_a_range_is_kept_apart():
    found = extract_entities("what percent of the 2012-2016 total is 2015")
    assert (found.year_range, found.years, found.beside_range) == ((2012, 2016), [2012, 2016], [2015])


@pytest.mark.parametrize(
    "text, written",
    [
        ("xiaomi 14 vs 15", "xiaomi 2014 vs 2015"),
        ("12 to 13 growth", "2012 to 2013 growth"),
        ("so they tanked in 16 or what", "so they tanked in 2016 or what"),
        ("h1 15 sales", "h1 2015 sales"),
        ("in 16 months", "in 16 months"),  # a count, no year
        ("between 12 and 15 million", "between 12 and 15 million"),
        ("top 10 to 15 brands", "top 10 to 15 brands"),
        ("sold 18 million in 13", "sold 18 million in 2013"),
    ],
)
def test_two_digit_years_only_where_a_year_fits(text, written):
    assert two_digit_years(text) == written


@pytest.mark.parametrize(
    "text, multiplier",
    [
        ("double that", 2.0),
        ("half of 2014 sales", 0.5),
        ("triple it?", 3.0),
        ("half", 0.5),
        ("did sales double in 2014", None),  # a change asked of the figures, no multiple
        ("was 2014 twice as much as 2013", None),  # a comparison
        ("and the other half", None),  # a part of the year
        ("sales in the first half of 2015", None),
        ("fisrt half 2015 numbrs", None),  # a part of the year, its first word misspelt
        ("double 2015", 2.0),
        ("did it more than triple", None),  # a change
        ("double check 2015 sales", None),
        ("2012 was half that", None),  # a check of a figure
        ("how many did xiaomi sell in half of 2015", None),
        ("so what's double that", 2.0),
        ("whats half of tallis 2015 sales", 0.5),
        ("was 2015 double 2013", None),  # a change checked
        ("did 2015 sales double 2013's", None),
        ("was h1 2015 more than half of the 80 million goal", None),  # half of a number, no figure's
    ],
)
def test_extract_entities_multiplier(text, multiplier):
    calculation = extract_entities(text).calculation
    assert (calculation.amount if calculation else None) == multiplier
    assert calculation is None or calculation.op is Calc.TIMES


@pytest.mark.parametrize(
    "text, op, amount, rest",
    [
        ("times 4", Calc.TIMES, 4.0, []),
        ("2015 sales x 2", Calc.TIMES, 2.0, ["2015"]),
        ("2012 sales times 10", Calc.TIMES, 10.0, ["2012"]),  # 10 is no year
        ("divided by 12", Calc.DIVIDED, 12.0, []),
        ("plus 5 million", Calc.PLUS, 5e6, []),
        ("add 2.8 million", Calc.PLUS, 2.8e6, []),
        ("minus 10,000,000", Calc.MINUS, 10e6, []),
        ("subtract 10m from 2013 sales", Calc.MINUS, 10e6, ["2013"]),
        ("what's 20 percent of that", Calc.PERCENT_OF, 20.0, []),
        ("and 10% more", Calc.PERCENT_MORE, 10.0, []),
        ("15 percent less than that", Calc.PERCENT_LESS, 15.0, []),
        # a figure changed in a what-if: only the change is taken out
        ("what if 2015 was 10% more", Calc.PERCENT_MORE, 10.0, ["2015"]),
        ("if sales in 2013 were 10 million higher", Calc.PLUS, 10e6, ["2013"]),
        ("if they had sold 5m fewer in 2016", Calc.MINUS, 5e6, ["2016"]),
        ("if xiaomi doubles 2016 sales", Calc.TIMES, 2.0, ["2016"]),
        ("what if they sold twice as many in 2012", Calc.TIMES, 2.0, ["2012"]),
        ("suppose 2014 sales were halved", Calc.DIVIDED, 2.0, ["2014"]),
        ("what would 2015 sales be with 10% more", Calc.PERCENT_MORE, 10.0, ["2015"]),
    ],
)
def test_extract_entities_calculation(text, op, amount, rest):
    found = extract_entities(text)
    assert found.calculation == Calculation(op, amount)
    assert found.periods == rest and found.quantities == []  # its number is no year or quantity


@pytest.mark.parametrize(
    "text",
    [
        "how many times 2012 was 2016",  # a ratio of two years
        "sales multiplied by 2.6 between 2012 and 2013",
        "was 2015 15% more than 2014",  # a change checked
        "is h1 50% of 2015",  # a share checked
        "less than 10 million",  # a threshold
        "did they sell 5 million more",
        "if they sold 10% more in 2015 than in 2014",  # a change supposed, no figure changed
        "2016 was brutal with 12m fewer phones sold than 2015",  # a claim
        "do you know if sales doubled in 2014",  # whether they did
        "tell me if sales in 2016 were 12 million lower",
    ],
)
def test_extract_entities_calculation_not_asked(text):
    assert extract_entities(text).calculation is None


@pytest.mark.parametrize(
    "op, amount, value",
    [
        (Calc.TIMES, 3.0, 210e6),
        (Calc.DIVIDED, 4.0, 17.5e6),
        (Calc.PLUS, 5e6, 75e6),
        (Calc.MINUS, 10e6, 60e6),
        (Calc.PERCENT_OF, 20.0, 14e6),
        (Calc.PERCENT_MORE, 10.0, 77e6),
        (Calc.PERCENT_LESS, 10.0, 63e6),
    ],
)
def test_calculation_of(op, amount, value):
    assert Calculation(op, amount).of(70e6) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, step, span, counted",
    [
        ("the next two years combined", 2, True, None),
        ("the previous 3 years", -3, True, None),
        ("two years later", 2, False, None),
        ("the first year in the data", None, False, ("first", 1)),
        ("the earliest year you have", None, False, ("first", 1)),
        ("the first year over 50m", None, False, None),  # the first that did, no end of the figures
        ("the best and second best year", None, False, ("best", 2)),
        ("more in its best year than its second best", None, False, ("best", 2)),  # the one against the other
    ],
)
def test_extract_entities_years_beside_and_at_an_end(text, step, span, counted):
    found = extract_entities(clean(text))
    assert (found.relative_step, found.relative_span, found.counted_years) == (step, span, counted)


@pytest.mark.parametrize(
    "text, threshold, top",
    [
        ("which years between 10 and 60 million", (">=", 10e6), ("<=", 60e6)),
        ("which years above 50 million but below 65 million", (">", 50e6), ("<", 65e6)),
        ("which years 60 million or less", ("<=", 60e6), None),
        ("which years 50m or more", (">=", 50e6), None),
        ("which years more than 60 million", (">", 60e6), None),
        # a movement from one amount to another is no band, nor two amounts set apart, nor two
        # years' checks
        ("sales went from 7.2 million to 58 million", None, None),
        ("the difference between 61 million and 60 million", None, None),
        ("more than 50 million in 2015 and less than 60 million in 2016", (">", 50e6), None),
    ],
)
def test_extract_entities_threshold_band(text, threshold, top):
    found = extract_entities(clean(text))
    assert (found.threshold, found.threshold_top) == (threshold, top)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("round it", "nearest million"),
        ("to the nearest 10 million", "nearest 10 million"),
        ("which year was nearest 60 million", ""),  # a figure near a number, no rounding
        ("round it down", ""),  # a direction, which rounding to the nearest does not give
    ],
)
def test_extract_entities_rounding_asked(text, unit):
    assert extract_entities(text).unit_asked == unit


@pytest.mark.parametrize(
    "text, until",
    [
        ("sales by 2014", 2014),
        ("total by 2016", 2016),
        ("reached by 2014 sales", None),
        ("beaten by 2015's figure", None),
    ],
)
def test_extract_entities_session_57_by_a_years_figure_is_no_span(text, until):
    assert extract_entities(text).until_year == until


@pytest.mark.parametrize(
    "text, threshold, quantities",
    [
        # the number set against a year's figure named with a company or as "the figure"
        ("is 58 million less than xiaomi's 2014 sales", (">", 58e6), []),
        ("is 58 million less than the 2014 figure", (">", 58e6), []),
        # ... never a target's figure
        ("is 80 million more than the 2017 target figure", None, [80e6]),
    ],
)
def test_extract_entities_session_59_a_number_against_a_years_figure(text, threshold, quantities):
    found = extract_entities(clean(text))
    assert (found.threshold, found.quantities) == (threshold, quantities)


@pytest.mark.parametrize(
    "text, part",
    [
        # the half-year report's half of the year named after it
        ("xiaomi sales half year 2015", "H1"),
        ("half-year of 2015", "H1"),
        ("second half year 2015", "H2"),
    ],
)
def test_extract_entities_session_59_half_year_before_its_year(text, part):
    assert extract_entities(clean(text)).period_part == part


@pytest.mark.parametrize(
    "text, years",
    [
        # the year before or after one named, in other words
        ("sales in the year preceding 2015", [2014]),
        ("sales in the year previous to 2015", [2014]),
        ("sales in the year succeeding 2014", [2015]),
        ("sales in the year subsequent to 2014", [2015]),
        ("sales in the year that followed 2014", [2015]),
        ("sales in the year following on from 2014", [2015]),
    ],
)
def test_extract_entities_session_60_a_year_before_or_after_in_other_words(text, years):
    assert extract_entities(clean(text)).years == years
