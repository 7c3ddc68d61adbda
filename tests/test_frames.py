"""Questions read into frames: each slot from exact entities or the lexicon, chatter ignored."""

import pytest

from bot.engine import Engine
from bot.understanding import Ask, Operation
from bot.understanding.entities import Calc, Calculation
from bot.understanding.frames import (
    claims_short,
    shorthand_read,
    sums_set_apart,
    without_chat_header,
    without_opening_remark,
    without_speaker,
)


@pytest.mark.parametrize(
    "question, metric, operation, years",
    [
        ("how many phones did xiaomi sell in 2014?", "smartphones_sold", None, (2014,)),
        ("how many handsets did they offload in 2013", "smartphones_sold", None, (2013,)),
        ("units pushed out in 2012", "smartphones_sold", None, (2012,)),
        ("sorry to bug you, xiaomi shipments 2015? need it for a report", "smartphones_sold", None, (2015,)),
        ("what was the goal for 2015", "sales_target", None, (2015,)),
        ("how many phones does xiaomi need to sell in 2017", "sales_target", None, (2017,)),
        ("total growth 2012 to 2016", None, Operation.CHANGE, (2012, 2016)),  # the router picks the metric
        ("what's the total for 2012-2014", None, Operation.TOTAL, (2012, 2014)),
        ("how far short of the 2015 target were they", "smartphones_sold", Operation.GAP, (2015,)),
        # a year named twice (once per measure) is one year
        ("difference between 2015 sales and the 2015 target", "smartphones_sold", Operation.GAP, (2015,)),
        ("xiaomi vs huawei 2016", None, Operation.COMPARE, (2016,)),
        ("best year ever?", None, Operation.BEST, ()),
        ("how many times more in 2015 than 2012", None, Operation.RATIO, (2015, 2012)),
        ("how much do xiaomi phones cost", None, None, ()),  # a fact: prices, not units sold
        # a best or worst word with "than" and two years compares them, it ranks nothing
        ("was 2013 worse than 2015", None, Operation.COMPARE, (2013, 2015)),
        ("was 2016 better or worse than 2015?", None, Operation.COMPARE, (2016, 2015)),
        ("worst year between 2013 and 2016", None, Operation.WORST, (2013, 2016)),
    ],
)
def test_read_measure_and_operation(engine: Engine, question, metric, operation, years):
    frame = engine.reader.read(question)
    assert (frame.metric, frame.operation, frame.years) == (metric, operation, years)


@pytest.mark.parametrize(
    "question, slot, value",
    [
        ("what's xiaomi's revenue?", "absent", "revenue"),
        # making, recalling or importing phones is not selling them
        ("how many phones did xiaomi manufacture in 2013", "absent", "production"),
        ("xiaomi phone production 2014", "absent", "production"),
        ("how many phones did xiaomi recall in 2015", "absent", "recalls"),
        ("xiaomi phone imports 2014", "absent", "imports"),
        ("xiaomi unsold phones 2016", "absent", "unsold stock"),
        # renting, reselling or pre-ordering is not Xiaomi selling
        ("how many phones did xiaomi rent in 2015", "absent", "rentals"),
        ("how many phones did xiaomi resell in 2016", "absent", "resales"),
        ("how many phones did xiaomi preorder in 2015", "absent", "pre-orders"),
        ("how many phones did xiaomi give away in 2015", "absent", "phones given away"),
        ("xiaomi returns 2015", "absent", "returns"),
        ("xiaomi sales value 2015", "absent", "revenue"),  # money, no count of phones
        ("how many units did xiaomi build in 2014", "absent", "production"),
        ("how many mi pads did xiaomi sell in 2015", "absent", "Mi Pad sales"),
        ("how many phones did xiaomi sell in launch week", "absent", "launch-week sales"),
        ("xiaomi operating costs 2016", "absent", "costs"),
        ("xiaomi 2016 vs huawei 2016 phone sales", "years", (2016,)),  # a year named per company is one year
        ("who's in charge at xiaomi", "operation", None),  # "charge" is never misread as "change"
        ("who's in charge at xiaomi", "topics", ("ceo",)),
        ("how many scooters did xiaomi sell", "unknown_measure", "scooters"),
        ("xiaomi scooter sales 2016", "unknown_measure", "scooter"),
        # a comma ends a phrase: the word before it names no thing the sales are of
        ("correct me if im wrong, 2015 sales were 70 million right?", "unknown_measure", ""),
        ("sales of scooters, 2016", "unknown_measure", "scooters"),
        ("how many scooters?", "unknown_measure", "scooters"),
        # things named before the question, set off by a comma or dash, are what it counts ...
        ("scooters, how many did xiaomi sell", "unknown_measure", "scooters"),
        ("routers - how many sold in 2015?", "unknown_measure", "routers"),
        # ... but a word calling someone is no thing counted, nor are the phones themselves
        ("team, how many did xiaomi sell in 2015", "unknown_measure", ""),
        ("smartphones - how many did they sell in 2013", "unknown_measure", ""),
        ("what was the amount of widgets in 2015?", "unknown_measure", "widgets"),
        # a kind of phone the figures are not split by, when phones are sold ...
        ("foldable phone sales 2015", "unknown_measure", "foldable phone"),
        ("xiaomi gaming phones sold in 2016", "unknown_measure", "gaming phones"),
        ("xiaomi corp smartphone volume 2015", "unknown_measure", ""),  # a legal form, no kind
        ("how mnay fones did xaomi sel in 2013", "unknown_measure", ""),  # a slip of "many"
        # ... not when a phone is only talked about
        ("what's xiaomi's reputation in terms of phone quality and price?", "unknown_measure", ""),
        ("xiaomi flagship phone sales 2015", "scopes", ("flagship phones",)),
        ("xiaomi premium phone shipments 2015", "scopes", ("premium phones",)),
        ("how many used phones did xiaomi sell", "scopes", ("used phones",)),
        ("what's xiaomi's next flagship phone", "scopes", ()),  # one phone: the Mi 6
        # an amount of something unknown counts that, and a sum of money counts nothing
        ("my mom sold 70 million cookies in 2015", "unknown_measure", "cookies"),
        ("is xiaomi worth 50 billion dollars", "unknown_measure", ""),
        # a judgement said, not asked; a figure claimed or a question tagged on is still asked
        ("2015 was a great year for me", "remark", True),
        ("wow 70m is a lot", "remark", True),
        ("xiaomi sold 70m in 2015 which is great", "remark", False),
        ("2015 was a good year for xiaomi right", "remark", False),
        ("was 2016 rough for xiaomi?", "remark", False),
        # ... nor a request or an operation beside the judgement
        ("the bot is lame, 2015 sales pls", "remark", False),
        ("2016 sales were a lot lower than 2015, by how much", "remark", False),
        ("2014 was a good year, 61m phones", "remark", False),
        ("70m phnoes in 2015?", "unknown_measure", ""),  # a slip of "phones"
        ("did xiaomi sell 70m telephones in 2015", "unknown_measure", ""),
        ("2016 sales dove", "foreign", False),  # English, whatever Italian says
        ("widgets growth 2015 to 2016", "unknown_measure", "widgets"),
        # a thing counted that the articles speak of, but give no figure for
        ("how many fitness bands did xiaomi sell in 2015", "unknown_measure", "fitness bands"),
        ("how many gadgets did xiaomi sell in 2014", "unknown_measure", "gadgets"),
        ("how many handsets did xiaomi sell in 2015", "unknown_measure", ""),
        ("how many more did they sell in 2015", "unknown_measure", ""),
        ("how many pieces did xiaomi sell in 2015", "unknown_measure", ""),
        ("how many competitors does xiaomi have", "unknown_measure", ""),  # nothing sold
        # counted in a year with nothing sold: a thing no fact speaks of is still no sale
        ("how many sundays were in 2013", "unknown_measure", "sundays"),
        ("how many bananas in 2015", "unknown_measure", "bananas"),
        ("how many competitors did xiaomi have in 2015", "unknown_measure", ""),
        # things sold that are no phones: no figure counts them; what they are is a fact
        (
            "besides smartphones, how many other devices did xiaomi sell in 2015?",
            "unknown_measure",
            "non-phone product",
        ),
        ("excluding phones, xiaomi's 2016 unit sales?", "unknown_measure", "non-phone product"),
        ("other than phones what does xiaomi sell", "unknown_measure", ""),
        ("how many phones and other devices did xiaomi sell in 2015?", "unknown_measure", ""),  # phones too
        ("among other things, how many phones did xiaomi sell in 2015?", "unknown_measure", ""),
        ("smartphone sales excluding other devices in 2015?", "unknown_measure", ""),
        ("hi quick one did xiaomi beat 60m in 2015? ty", "yes_no", True),
        ("hey, how many did xiaomi sell in 2015?", "yes_no", False),  # a question word asks
        ("what's half of xiaomi's 2015 sales", "calculation", Calculation(Calc.TIMES, 0.5)),
        ("2015 plus 2016 divided by 2", "operation", Operation.AVERAGE),  # their average
        ("what's the square root of xiaomi's 2015 sales", "unsupported", "square root"),
        ("sales growth 2012 to 2015 cagr", "per_year", True),  # compound growth: a change over its years
        ("how many did xiaomi sell per month in 2015", "per_unit", "month"),
        ("hi there", "smalltalk", "greeting"),
        ("thanks!", "smalltalk", "thanks"),
        ("who made you?", "smalltalk", "about_bot"),
        ("小米2015年卖了多少手机", "foreign", True),
        ("¿Cuántos teléfonos vendió Xiaomi en 2015?", "foreign", True),
        ("¿y 2017?", "foreign", True),  # Spanish's opening mark, whatever few words follow
        ("¿? sorry wrong keyboard. xiaomi 2015 sales?", "foreign", False),  # a mark opening nothing
        ("¿how many phones did xiaomi sell in 2015?", "foreign", False),  # English, opened so
        ("¡great! and 2016?", "foreign", False),
        ("og hvad med 2016?", "foreign", True),
        ("iPhone Preise", "foreign", True),  # a word of German beside a name
        ("2014 auch?", "foreign", True),  # ... or beside a year
        # what happened, asked alone: the figure sold, if a plan was asked just before ("actually"
        # alone, with no question mark, is chat)
        ("and actually?", "outcome_alone", True),
        ("what was the end result?", "outcome_alone", True),
        ("what did they end up with?", "outcome_alone", True),
        ("actually", "outcome_alone", False),
        ("the final one?", "outcome_alone", False),  # the last of the plans
        # a follow-up naming only a company nobody knows: that company, never the main subject's
        ("and Honor?", "subjects", ("Honor",)),
        ("what about Lava in 2014?", "subjects", ("Lava",)),
        ("and MMXVI?", "subjects", ()),  # a year, in Roman numerals
        ("and Globally?", "subjects", ()),
        ("And Honor phones?", "subjects", ("Honor",)),
        ("and June?", "subjects", ()),  # a month, capitalised
        ("and Asia?", "subjects", ()),  # a place
        ("and honor?", "subjects", ()),  # lower case: any word
        ("and Xiaomii?", "subjects", ("Xiaomi",)),  # the main subject, mistyped
        ("2013 también?", "foreign", True),
        ("is android better than ios?", "smalltalk", "opinion"),
        # a year said to fall short of nothing named: short of that year's target
        ("did xiaomi fall short in 2015", "target_named", True),
        ("did xiaomi fall short of 2014 in 2016", "target_named", False),
        ("how much did xiaomi fall short in 2015?", "target_named", True),  # ... asked by how much
        ("how much did xiaomi overshoot in 2014?", "target_named", True),  # ... and the other way
        ("how much did sales fall in 2016", "target_named", False),
        ("did xiaomi sell less in 2016 than in 2015", "target_named", False),
        # ... and of a year named: that year is measured against, the other checked
        ("did xiaomi fall short of 2014 in 2016", "years", (2016, 2014)),
        ("did 2016 fall short of 2014", "years", (2016, 2014)),
        # a year against its own target: its sales measured against it
        ("2015 vs the 2015 target", "operation", Operation.GAP),
        ("2015 vs 2015 target delta", "metric", "smartphones_sold"),
        ("2015 vs 2017 target", "years", (2015, 2017)),  # another year's target: both years
        # someone the articles quote, named by what they are, speaking
        ("what did the ceo say about 2017", "quoted", ("lei jun",)),
        ("what did the insider predict for 2017?", "quoted", ("kevin wang",)),
        ("who is the ceo", "quoted", ()),
        # a person's view or a decision judged: an opinion, whatever figures it names
        ("was jony ive right that xiaomi copied apple?", "smalltalk", "opinion"),
        ("is kevin wang a reliable analyst", "smalltalk", "opinion"),
        ("was cutting the 2015 target to 80m a smart move?", "smalltalk", "opinion"),
        ("is it right that xiaomi was founded in 2012?", "smalltalk", ""),  # a fact checked
        ("how reliable is the 58 million number", "smalltalk", ""),  # where a figure comes from
        ("is my friend right that they sold 70m in 2015?", "smalltalk", ""),  # the figure checked
        ("is my friend right that xiaomi was founded in 2010?", "smalltalk", ""),  # anyone else: a fact
        ("is your data reliable?", "smalltalk", ""),
        ("good call. what about 2015 sales?", "smalltalk", ""),  # a reply, no verdict asked
        ("was it a smart move or did they just miss the target in 2015?", "smalltalk", ""),
        ("was xiaomi right to cut its target?", "smalltalk", "opinion"),
        ("is it right to assume xiaomi sold 70 million in 2015?", "smalltalk", ""),  # a fact checked
        ("xiaomi better than apple in price?", "smalltalk", ""),  # prices compared
        ("is xiaomi better than huawei?", "smalltalk", "opinion"),
        ("was it right to cut the target?", "smalltalk", "opinion"),
        ("is it right to call xiaomi the apple of china?", "smalltalk", ""),
        ("expected results for 2014", "target_named", True),
        # a year's result is its sales, the final one too; its half-year result is its first half
        ("did the 2014 result beat the projection?", "metric", "smartphones_sold"),
        ("xiaomi's half-year 2015 result", "period_part", "H1"),
        # the asker telling of their own things, asking nothing: a remark
        ("our sales dropped in q3 too", "remark", True),
        ("my 2017 goal: sell my old phones on ebay", "remark", True),
        ("my sales team wants the 2016 figure", "remark", False),
        ("need 2014 sales for my sales deck", "remark", False),
        ("my numbers say 70m for 2015", "remark", False),  # a figure claimed, checked
        ("our sales are nothing like that lol. 2015 figure pls", "remark", False),  # asked after it
        ("my phone is a redmi, how many did xiaomi sell in 2015", "remark", False),
        ("sales in 3014", "stray_numbers", ("3014",)),
        ("xiaomy sales in 2016", "subjects", ("Xiaomi",)),
        ("xiaomi vs huawei", "subjects", ("Xiaomi", "Huawei")),
        ("which year did sales go down", "direction", "fall"),
        ("sales in december 2015", "periods", ["2015-M12"]),
        ("and the full year?", "whole_year", True),
        ("what was the target for the year", "whole_year", True),
        ("sales for the year before", "whole_year", False),  # a step back, no whole year
        ("and the annual goal?", "metric", "sales_target"),  # "annual" is the whole year; the goal stays
        # "overall" beside two years set against each other compares them, it adds nothing up
        ("was 2015 overall higher than 2014?", "operation", Operation.COMPARE),
        ("were total sales for 2014 and 2015 over 130m?", "operation", Operation.TOTAL),
        ("who is xiaomis ceo again, i always forget", "topics", ("ceo",)),  # "forget" is no "target"
        ("when is teh mi 6 out", "unknown", ()),  # "teh" is "the"
        # a bare number checked beside a year is an amount in the figures' scale, never a year
        ("2015 goal was 80, right?", "quantities", (80.0,)),
        ("xiaomi sold 70 in 2015?", "quantities", (70.0,)),
        ("xiaomi sold 70 in 2015?", "unscaled", True),
        ("xiaomi sold 70.9 in 2015?", "quantities", (70.9,)),  # whole, decimals and all
        ("would 70 in 2017 be growth", "quantities", ()),  # a change asked: no check of a number
        ("what devices does xiaomi sell", "what_is_sold", True),  # which things, no count
        # a ranking or count the yearly figures cannot give is no best year
        ("which quarter of 2015 had the highest sales?", "unsupported", "which quarter"),
        ("what was xiaomi's best quarter ever", "unsupported", "best quarter"),
        ("which xiaomi model sold the most?", "unsupported", "model sold the most"),
        ("how many phones did xiaomi sell in the first week of 2016", "unsupported", "first week"),
        ("which quarter did sales drop?", "unsupported", ""),  # asks when, of a fact
        ("which quarter of 2015 was xiaomi top in china?", "unsupported", ""),  # a rank, no sales ranked
        ("what does xiaomi sell a year?", "what_is_sold", False),  # its yearly figures
        ("xiaomi factory count", "absent", "factories"),
        ("what were xiaomi sales", "what_is_sold", False),  # sales, a noun: the figures
        ("what did xiaomi sell in 2015", "what_is_sold", False),  # a year: its figure
        ("sales in 3014", "quantities", ()),
        # a word drawn out for emphasis is the word: "heyy" is a greeting, no unknown thing measured
        ("heyyy xiaomi sales 2016 pls", "unknown_measure", ""),
        # a known word with an ending is no slip of another: "finding" is not "funding"...
        ("what was the canalys finding about q3", "absent", ""),
        ("xiaomi fundings", "absent", "funding"),  # ... but a lexicon word's plural is still that word
        ("which makers overtook xiaomi", "unknown_measure", ""),  # the facts' "maker", in the plural
        ("whats the target 4 2017", "stray_numbers", ()),  # a lone digit beside a year is "for"
        ("sales in 3014", "stray_numbers", ("3014",)),
        ("what was the y/y change in 2016 sales", "operation", Operation.CHANGE),
        # the main company's name is read loosely: a slip of it is no thing the bot lacks
        ("how many fones did xiaomee sell in 2015", "subjects", ("Xiaomi",)),
        ("xiomi sales in '14 plz", "unknown_measure", ""),
        ("sales in miami 2015", "subjects", ()),  # another word still is no Xiaomi
        ("huawie sales 2016", "subjects", ("Huawei",)),  # a slip of a name
        ("were 2015 sales in the realm of 70 million?", "subjects", ()),  # five letters: a word, no Realme
        ("does this apply to 2015", "subjects", ()),  # one letter changed is another word: no Apple
        # a small word typed short asks nothing: "evr" is "ever", and the question stays a best year
        ("xiaomi's biggest year evr?", "unknown", ()),
        ("how many hats did xiaomi sell", "unknown_measure", "hats"),  # no "has"; no German "hat"
        ("thanks bot you're the best", "smalltalk", "thanks"),  # praise, and no best year asked
        ("thanks bot you're the best", "operation", None),
        ("lmao this chat is wild, how many phones in 2012?", "operation", None),  # "chat" is no "chart"
        # a place is the word right after "in" as written, and no word describing what follows
        ("xiaomi sales in peru", "unknown_place", "peru"),
        ("ngl xiaomi fell off in 2016 huh", "unknown_place", ""),
        ("how much is that up from 2012 in raw units", "unknown_place", ""),
        ("2015 sales in m", "unknown_place", ""),
        ("was the drop in 2016 bigger than 15 percent?", "stray_numbers", ()),  # a percentage, no period
        ("did xiaomi hit at least 85% of the 80m goal?", "extreme", ""),  # "at least" is no least
        ("2015 sales in mn", "unknown_place", ""),
        ("xiaomi kinda fell off in 2016", "scopes", ()),  # "kinda" is no slip of "india"
        ("whats the bitcoin price rn", "unknown_measure", "bitcoin"),
        ("i read xiaomi did 60m in 2014, that legit?", "yes_no", True),
        ("did sales grow every year", "every_year", True),
        ("annual growth rates", "every_year", True),  # rates, plural: one for each year
        ("yearly growth rates", "operation", Operation.CHANGE),  # never a fact that names growth
        # a thing of several words is named whole, and its first word is no slip of a known one
        ("how many power banks did xiaomi sell", "unknown_measure", "power banks"),
        ("how many smart rice cookers were sold", "unknown_measure", "smart rice cookers"),
        ("electric scooter sales 2015", "unknown_measure", "electric scooter"),
        ("how many power banks did xiaomi sell", "operation", None),  # "power" is no "lower"
        ("what were the 2015 numbers for power banks", "unknown_measure", "power banks"),
        ("2016 phone shipments for xiaomi, ballpark is fine", "unknown_measure", ""),
        ("what was the 2015 count - the power banks", "unknown_measure", "power banks"),
        ("the power banks, not the phones - how many in 2015?", "unknown_measure", "power banks"),
        ("how many phones did xiaomi sell in 2015, not the first half", "period_part", None),
        # chat shorthand is read as the word it stands for
        ("how's ur day going bot", "smalltalk", "about_bot"),
        # the articles named beside a figure asked for: the figure, not the list of sources
        ("xiaomi's worst year on record in the articles", "operation", Operation.WORST),
        ("2015 sales according to the articles", "operation", None),
        ("when were the figures putting xiaomi on top in china published", "operation", Operation.SOURCES),
        # the gap between two years is their difference, not a gap to a target
        ("gap between 2015 and 2016", "operation", Operation.CHANGE),
        ("did xiaomi's 2016 sales beat 2014's?", "operation", Operation.COMPARE),
        ("2015 sales as a share of the revised goal", "operation", Operation.GAP),
        # a claim the asker heard is checked, not a question of what someone said
        ("my friend says xiaomi sold 61 million in 2014", "asks", ()),
        ("a coworker told me 2013 was 20m", "quantities", (20e6,)),
        ("what did a journalist say about xiaomi", "asks", (Ask.WHAT, Ask.SAID)),
        # a company left out is no company asked about, and "besides" no other products
        ("who competes with xiaomi besides huawei", "subjects", ("Xiaomi",)),
        ("who competes with xiaomi besides huawei", "topics", ()),
        # "who" asking for a company, which the company the facts are about may be
        ("who was china's top smartphone company in Q2 2015?", "asks", (Ask.WHICH,)),
        ("who is the ceo of xiaomi", "asks", (Ask.WHO,)),
        ("shaomi sales 2016", "subjects", ("Xiaomi",)),  # the name as it is said
        # the article chosen for one year inside a sum: every year summed, no article chosen
        ("average of all five years with the 2015 article's number for 2014", "years", ()),
        ("average of all five years with the 2015 article's number for 2014", "source_year", None),
        # one article named beside another: both are in play, neither chosen
        ("the 2015 article says 60m for 2014, another one says 61m", "source_year", None),
        ("the 2015 article says 60m for 2014, the other says 61m", "source_year", None),
        ("the 2015 article says 60m, another one says 61m", "source_year", 2015),  # no year asked
        ("the 2015 article says 100m was the 2015 goal, the other one says what?", "source_year", 2015),
        ("according to the 2015 article what did they sell in 2014, the other says 61m", "source_year", 2015),
        ("2014 sales in the 2015 article", "source_year", 2015),
        # a figure asked with a year left out: every other year's
        ("xiaomi sales excluding 2014", "operation", Operation.SERIES),
        ("xiaomi sales sans 2014", "years", ()),
        ("without 2014?", "years", (2014,)),  # no measure named: a follow-up, left to the conversation
        # a bound checked over the years, per the articles: no source asked for
        ("did xiaomi ever sell more than 70m in a single year, according to the articles", "operation", None),
        ("which source says they sold more than 60 million?", "operation", Operation.SOURCES),
        ("is there a source saying they sold over 60m?", "operation", Operation.SOURCES),
        # a figure reached: the first year at least that
        ("in what year did xiaomi hit 58 million", "threshold", (">=", 58e6)),
        ("what explanation did xiaomi give for lower sales", "asks", (Ask.WHAT, Ask.WHY)),
        ("xiomi mrket shr 2015 plz", "absent", "market share"),  # chat shorthand
        ("2013 sales as a share of 2015 sales?", "absent", ""),  # a share of a year, no market share
        ("as a share of 2014?", "absent", ""),  # of that year's figure
        ("xiaomi's share of 2014 smartphone market", "absent", "market share"),
        ("xiaomi market share 2014 vs 2015", "absent", "market share"),
        ("total 2013-2015 including the year in between?", "operation", Operation.TOTAL),
        ("total 2013-2015 including the year in between?", "topic_words", ()),
        ("2013 to 2015 gain in units", "operation", Operation.CHANGE),
        # what a company reported for a period is its figure; what an outlet reported, its words
        ("what did xiaomi report for h1 2015", "metric", "smartphones_sold"),
        ("what did canalys report in q3 2015", "metric", None),
        # the company of a person named, asked about
        ("what is jony ive's company worth?", "owner_of", "jony ive"),
        ("what did jony ive say about xiaomi?", "owner_of", ""),
        # a step of a part of a year, not of a year
        ("and the quarter before?", "part_step", -1),
        ("the next half?", "part_step", 1),
        ("and the year before?", "part_step", None),
        # someone named by a role, speaking: the one the articles quote in it, however said
        ("what did the ceo say about the 80 million?", "quoted", ("lei jun",)),
        ("what did the boss say?", "quoted", ("lei jun",)),
        # "when did they first sell 50m?": the first year of at least that many
        ("when did xiaomi first sell 50 million?", "threshold", (">=", 50e6)),
        # a number needed more than a year is a margin, after the purpose as before it
        (
            "to hit wang's 70 million, does xiaomi need to sell 12 million more than in 2016?",
            "claimed_margin",
            12e6,
        ),
        (
            "to hit wang's 70 million, does xiaomi need to sell 12 million more than in 2016?",
            "claims_short",
            True,
        ),
    ],
)
def test_read_slots(engine: Engine, question, slot, value):
    assert getattr(engine.reader.read(question), slot) == value


@pytest.mark.parametrize(
    "question, asks",
    [
        ("who is the ceo", (Ask.WHO,)),
        ("when was xiaomi founded", (Ask.WHEN,)),
        ("which countries does xiaomi sell in", (Ask.WHERE,)),
        ("why were sales lower in 2016", (Ask.WHY,)),
        ("what did jony ive say about xiaomi", (Ask.WHAT, Ask.SAID)),
        ("how many in 2014", (Ask.HOW_MANY,)),
        # the asker hedging is no question about what someone said
        ("i think xiaomi sold like 80 million in 2015", ()),
        ("i heard xiaomi sold 70 million phones in 2015", ()),
        ("what did lei jun think about the target", (Ask.WHAT, Ask.SAID)),
    ],
)
def test_read_kind_of_question(engine: Engine, question, asks):
    assert engine.reader.read(question).asks == asks


def test_read_never_fuzzes_years_or_companies_into_others(engine: Engine):
    frame = engine.reader.read("huawey sales 2018")
    assert frame.years == (2018,) and frame.subjects == ("Huawei",)
    assert engine.reader.read("oppo sales").subjects == ("OPPO",)


@pytest.mark.parametrize(
    "question, yes_no",
    [
        ("xiaomi phones cost $650-1000?", True),  # a number stated, and a question mark
        ("xiaomi sold 80m in 2015?", True),
        ("how many in 2015?", False),  # a question word asks for the number
        ("xiaomi sales 2015?", False),  # no number stated
    ],
)
def test_read_statement_with_a_question_mark_is_a_check(engine: Engine, question, yes_no):
    assert engine.reader.read(question).yes_no is yes_no


@pytest.mark.parametrize(
    "question, yes_no",
    [
        ("2016 beat 2014", True),  # a statement to settle, with no question mark
        ("pretty sure they missed their 2014 projection", True),
        ("sales dropped in 2016", True),
        ("units sold in 2015", False),  # a request: "sold" says nothing of a subject
        ("my cousin works at huawei lol", False),  # said of the asker
        ("% increase needed from 2016 to hit the 2017 goal", False),  # "to hit": no claim
        ("just the xiaomi bit is fine", False),  # chatter
        ("so how old was it in its best year", False),  # a question word asks
    ],
)
def test_read_claim_stated_without_a_question_mark_is_a_check(engine: Engine, question, yes_no):
    assert engine.reader.read(question).yes_no is yes_no


@pytest.mark.parametrize(
    "text, short",
    [
        ("did xiaomi miss its 2015 target", True),
        ("did they fall short of the goal", True),
        ("did xiaomi hit the 2015 target", False),
        ("did xiaomi hit the scaled down target in 2015", False),  # "down" describes the target
        ("did they hit the 2015 target or fall short", None),  # both ways
        ("how big was the 2015 target", None),  # neither
    ],
)
def test_claims_short(text, short):
    assert claims_short(text) is short


SHORTHAND = {"ur": "your", "r": "are", "u": "you", "teh": "the"}


@pytest.mark.parametrize(
    "words, read",
    [
        (["how", "ur", "day"], ["how", "your", "day"]),
        (["what", "r", "sales"], ["what", "are", "sales"]),
        (["when", "is", "teh", "launch"], ["when", "is", "the", "launch"]),
        (["in", "the", "u", "s"], ["in", "the", "u", "s"]),  # a name written in letters stays
    ],
)
def test_shorthand_read(words, read):
    assert shorthand_read(words, SHORTHAND) == read


@pytest.mark.parametrize(
    "question, operation",
    [
        ("how reliable is your data?", Operation.SOURCES),
        ("what are your figures for the best year", Operation.BEST),  # a figure asked: not the sources
        ("your data on xiaomi growth please", Operation.CHANGE),
        ("what do your numbers say about 2015 sales", None),
    ],
)
def test_read_the_bots_own_data_asks_its_sources_only_alone(engine, question, operation):
    assert engine.reader.read(question).operation is operation


@pytest.mark.parametrize(
    "question, yes_no",
    [
        ("can you tell me about xiaomi", False),  # a request: answered with what is asked
        ("could u pls give me 2015 sales", False),
        ("can you confirm 2015 was 70m", True),  # asked to confirm: a check
        ("can xiaomi sell 70m in 2017", True),
        ("would that beat the target", True),
        ("how many did they sell in 2017, did they hit it", True),  # a check in a clause of its own
        ("in 2015, how many did they sell", False),
    ],
)
def test_read_request_opening_with_can_is_no_check(engine: Engine, question, yes_no):
    assert engine.reader.read(question).yes_no is yes_no


@pytest.mark.parametrize(
    "question, offtopic",
    [
        ("what is a startup", "definitions of general terms"),
        ("what's a transition period for a company", "definitions of general terms"),
        ("what is a mi 6", ""),  # a product named
        ("what is xiaomi", ""),  # a company named
        ("what is a flagship phone", "definitions of general terms"),  # a thing, no figure
        ("what does valuation mean", "definitions of general terms"),
        ("what does yoy mean", "definitions of general terms"),  # a word's meaning, whatever it measures
        ("define startup", "definitions of general terms"),
        ("what does 'year on year' mean", "definitions of general terms"),
        ("what does lei jun mean by transition", ""),  # what someone meant, no term
        # a task for the bot, not a question
        ("dm me xiaomi sales every monday", "errands such as reminders or messages"),
        ("can you order me a xiaomi phone", "errands such as reminders or messages"),
        ("what does the name xiaomi mean", ""),
        ("what does the 2014 number mean", ""),
        ("how much did my redmi go for?", "what people's own things cost or are worth"),
    ],
)
def test_read_definition_of_a_general_term_is_off_topic(engine: Engine, question, offtopic):
    assert engine.reader.read(question).offtopic == offtopic


@pytest.mark.parametrize(
    "question, sides",
    [
        (
            "2015 sales and target",
            [("2015 sales", "smartphones_sold", (2015,)), ("target", "sales_target", (2015,))],
        ),
        (
            "2016 sales and the 2017 target?",
            [("2016 sales", "smartphones_sold", (2016,)), ("the 2017 target?", "sales_target", (2017,))],
        ),
        (
            "sales & target for 2015",
            [("sales", "smartphones_sold", (2015,)), ("target for 2015", "sales_target", (2015,))],
        ),
        ("how do 2015 sales and the target compare", []),  # one question: a comparison
        ("difference between 2015 sales and the target", []),  # "between" pairs them
        ("2015 and 2016 sales", []),  # one measure
        ("did they sell 70m and hit the target", []),  # a check of both
        # a list of three, by commas, "+" or "&"
        (
            "2013 sales, 2016 sales, ceo name",
            [
                ("2013 sales", "smartphones_sold", (2013,)),
                ("2016 sales", "smartphones_sold", (2016,)),
                ("ceo name", None, ()),
            ],
        ),
        (
            "xiaomi 2016 sales + mi 6 launch date?",
            [("xiaomi 2016 sales", "smartphones_sold", (2016,)), ("mi 6 launch date?", None, ())],
        ),
        # a period alone beside a fact asks for that period's figure
        ("h1 2015 and founding year?", [("h1 2015", None, (2015,)), ("founding year?", None, ())]),
        # ... never beside a question of its own, nor after a comma setting the scene
        ("what share came from 2015 and 2016?", []),
        ("Xiaomi China rank, Q2 2015", []),
        ("in Q2 2015, who was the number one company in china?", []),
        # a sum of two figures is no list; "up to and including" no join
        ("2016 sales plus the 2014 projection", []),
        ("how many phones up to and including the end of 2015?", []),
        # a thing done is no measure named
        ("should xiaomi stop making fitness trackers and focus on phones?", []),
    ],
)
def test_measures_apart(engine: Engine, question, sides):
    found = engine.reader.measures_apart(question, engine.reader.read(question))
    assert [(text, frame.metric, frame.years) for text, frame in found] == sides


@pytest.mark.parametrize(
    "text, words, kept",
    [
        ("> Mike: 2015 sales?", ["mike", "sales"], ["sales"]),  # a quoted message
        ("[12:04] Tom: how many?", ["tom", "how", "many"], ["how", "many"]),  # a copied chat line
        ("Dave said it was 58m", ["dave", "said", "it", "was"], ["said", "it", "was"]),
        ("Tom asked: sales?", ["tom", "asked", "sales"], ["asked", "sales"]),
        ("> Huawei: 2015 sales?", ["huawei", "sales"], ["huawei", "sales"]),  # a company stays
        ("[09:15] Max: total?", ["max", "total"], ["total"]),  # a quoted name, even a known word
        ("Max said total?", ["max", "said", "total"], ["max", "said", "total"]),  # a known word before "said"
        ("Scooters: how many?", ["scooters", "how", "many"], ["scooters", "how", "many"]),  # no speaker
        ("mike: sales?", ["mike", "sales"], ["mike", "sales"]),  # no capital, no marker: no name
    ],
)
def test_without_speaker_drops_who_spoke(text, words, kept):
    known, companies = frozenset({"huawei", "sales", "how", "many", "max"}), frozenset({"huawei"})
    assert without_speaker(text, words, known, companies) == kept


@pytest.mark.parametrize(
    "question, read",
    [
        ("Bob: xiaomi 2015 sales?", "xiaomi 2015 sales?"),
        ("Room 101: 2015 sales?", "2015 sales?"),  # a name's number is no year
        ("User123: 2016?", "2016?"),
        ("[2017-04-10 09:15] Carl: xiaomi 2013 sales", "xiaomi 2013 sales"),
        ("10/04/2017 10:01 PM Jen: 2012 sales", "2012 sales"),
        ("Replying to Dan: 2016 sales?", "2016 sales?"),
        ("Re: 2015 sales", "2015 sales"),
        ("[09:15] Max: total?", "total?"),  # after a stamp, a word the facts lack is who spoke
        # kept: what is asked about, the question itself, a year the message needs, a lower-case header
        ("Revenue: 2015?", "Revenue: 2015?"),
        ("Huawei fan: xiaomi 2015 sales?", "Huawei fan: xiaomi 2015 sales?"),
        ("Which is bigger: 2015 or 2016?", "Which is bigger: 2015 or 2016?"),
        ("Sales 2015: growth?", "Sales 2015: growth?"),
        ("Team 2016: 2014 sales?", "2014 sales?"),
        ("wifi password: 2015?", "wifi password: 2015?"),
        # a word the facts know set off by a dash is a place or a thing asked about, never a name
        ("Asia - 2015 sales?", "Asia - 2015 sales?"),
    ],
)
def test_without_chat_header_drops_stamps_and_names(question, read):
    named = frozenset({"xiaomi", "huawei", "sales"})
    known = named | {"revenue", "growth", "max", "which", "is", "bigger", "fan", "asia"}
    assert without_chat_header(question, named, known) == read


@pytest.mark.parametrize(
    "question, start",
    [
        ("[12:04] Mike: 2015 sales?", "Xiaomi sold 70 million"),
        ("Dave said 2016 was 58m, is that right?", "Yes. Xiaomi sold around 58 million"),
        ("> Huawei: 2015 sales?", "I don't know Huawei's"),
        ("Scooters: how many in 2015?", "I don't have Xiaomi's scooters figures"),
        (
            "canalys said xiaomi's q3 2015 sales went up",
            "Xiaomi's Q3 2015 smartphone sales dropped",
        ),  # a source
        ("set an alarm 7am", "I don't know about errands"),  # no time of day left to read as a year
        ("manny thinks 2016 was 60m", "No: 60 million was the figure for 2014."),  # a claim heard
        ("everyone says xiaomi did 100 million in 2015", "No: 100 million [1] was the sales target."),
        ("can someone remind me how many phones xiaomi sold in 2012", "Xiaomi sold 7.2 million"),  # no errand
        ("Guys I have a 10 min pitch. Need: Xiaomi 2015 sales", "Xiaomi sold 70 million"),  # minutes
    ],
)
def test_read_speaker_names_are_no_measure(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("were 2012 and 2013 sales combined more than 2016", ((2012, 2013), (2016,))),
        ("2013 plus 2014 vs 2015", ((2013, 2014), (2015,))),
        ("did they sell more in 2015 than in 2012 and 2013 together", ((2015,), (2012, 2013))),
        ("2015 and 2016 combined vs 2012-2014 combined", ((2015, 2016), (2012, 2013, 2014))),
        ("is the 2015 total more than 2014 and 2013", None),  # which side is added is not said
        ("was 2015 more than 2014", None),  # nothing added
        ("2012 and 2013 combined", None),  # nothing set against
        ("2014 vs 2014 and 2015 together", None),  # a year on both sides
        # a span against a span is what each sold in all its years, no word of adding needed
        ("how much more did they sell in 2015-2016 than in 2012-2014", ((2015, 2016), (2012, 2013, 2014))),
        ("avg 2012-2014 vs avg 2015-2016", ((2012, 2013, 2014), (2015, 2016))),
        ("the 2012-2014 average vs 2016", ((2012, 2013, 2014), (2016,))),  # an average against a year
        ("2012-2014 vs 2016", None),  # a span against a year, nothing added or averaged
        ("was the 2012-2013 jump bigger than the 2015-2016 drop", None),  # two changes
        ("from 2012 to 2013 vs from 2015 to 2016", None),  # ... written from one year to another
        ("2012-2014 vs 2015-2016", ((2012, 2013, 2014), (2015, 2016))),  # two spans written as spans
        ("avg 2012-2014 vs total 2015-2016", None),  # an average against a sum: neither side's kind
    ],
)
def test_sums_set_apart_sides(text, sides):
    assert sums_set_apart(text) == sides


@pytest.mark.parametrize(
    "question, start",
    [
        # "that of 2014" is 2014's figure, no target just named
        ("Did handset volume in 2016 exceed that of 2014?", "No. Xiaomi's smartphone sales were higher"),
        ("did 2016 beat that of 2014?", "No."),
        ("did they beat it in 2015?", "No. Xiaomi sold 70 million [1] smartphones in 2015, 30 million"),
        # the best year since the founding is the best of every year
        ("Was 2015 the company's most successful year since its founding?", "Yes. Xiaomi's best year"),
        # sales as a share of a target named with them
        ("ratio of actual sales to the projection", "Xiaomi sold 61 million [1] smartphones in 2014"),
        ("ratio of the revised target to the original one", "The last sales target was 0.8 times the first"),
        # money made is no count sold
        ("how much did they make in 2015", "I don't have Xiaomi's earnings."),
    ],
)
def test_read_figures_named_by_what_they_stand_for(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a yes or no said at the end, or with a sign between two years
        ("did they hit 80m in 2015 or nah", "No. Xiaomi sold 70 million [1] smartphones in 2015, 10 million"),
        ("xiaomi 2016 < 2015 ? \U0001f937", "Yes. Xiaomi's smartphone sales were higher in 2015"),
        # a fact's year stated with a question mark is checked
        ("xiaomi was founded in 2012?", "No. Xiaomi was founded in 2010."),
        ("xiaomi was founded in 2010?", "Yes. Xiaomi was founded in 2010."),
        # a multiple claimed of a change
        (
            "roughly 2.6x growth 2012 to 2013, that right?",
            "Yes. Xiaomi's smartphone sales in 2013 were 2.6 times",
        ),
        # bare numbers someone guessed are amounts to check, never the years 2060 and 2061
        (
            "how many phones did xiaomi sell in 2014, my cousin says 60 and i say 61",
            "Sources disagree on 2014",
        ),
        ("my guess is 58 for 2016", "Yes. Xiaomi sold around 58 million"),
        ("my friend thinks xiaomi sold 80 in 2015", "No: 80 million [1] was the sales target"),
        ("i bet 70 for 2015 sales", "Yes. Xiaomi sold 70 million"),
    ],
)
def test_read_claims_said_in_chat(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # words for a number sales must reach are a target's
        ("What is the 2017 unit volume threshold cited by the industry insider?", "Target: According to"),
        ("How many handsets must be moved in fiscal 2017?", "Target: According to industry insider"),
        ("what's the required volume for 2017?", "Target: According to industry insider Kevin Wang"),
        # ... and "the 2015 peak" beside it is what was sold that year
        (
            "What is the difference between the 2017 required volume and the 2015 peak?",
            "Xiaomi sold 70 million smartphones in 2015, the same as the 2017 target",
        ),
        # a swing is a change
        (
            "What was the swing in unit sales between 2013 and 2014?",
            "Xiaomi's smartphone sales grew from 18.7",
        ),
    ],
)
def test_read_report_words_for_targets_and_changes(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    ("question", "topics", "details"),
    [
        ("what's xiaomi's number one priority?", (), ("number", "one")),
        ("is xiaomi the number one maker in china?", ("china_rank",), ()),
        ("what is lei jun's top priority?", (), ("number", "one")),
    ],
)
def test_read_rank_word_before_an_aim_is_no_rank(engine, question, topics, details):
    frame = engine.reader.read(question)
    assert (frame.topics, frame.details) == (topics, details)


@pytest.mark.parametrize(
    ("question", "both"),
    [
        ("best and worst years?", "each"),
        ("difference between the best and worst years", "apart"),
        ("combined sales of the best and worst years", "total"),
        ("average of the best and worst years", "average"),
        ("best year?", ""),
    ],
)
def test_read_both_extremes_and_what_is_worked_out_from_them(engine: Engine, question, both):
    assert engine.understand(question).both_extremes == both


@pytest.mark.parametrize(
    "question, start",
    [
        # a recent time in a remark of its own dates the remark, not the figure asked
        (
            "I bought my dad a Xiaomi last week, how many phones did they sell in 2015?",
            "Xiaomi sold 70 million",
        ),
        (
            "my phone broke last month, how many phones did xiaomi sell in 2016",
            "Xiaomi sold around 58 million",
        ),
        # ... said of the sales it is a period the figures never reach
        ("how many phones did xiaomi sell last week?", "I don't have Xiaomi's figures for a single week"),
        ("sales last month of 2015?", "I don't have Xiaomi's figures for a single month"),
        ("xiaomi sales in 2015 last month?", "I don't have Xiaomi's figures for a single month"),
    ],
)
def test_read_recent_time_of_a_remark(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # what the asker, or someone of theirs, did is no measure asked of the company
        ("if i recall correctly xiaomi sold 70m in 2015?", "Yes. Xiaomi sold 70 million"),
        ("as i recalled, 2013 was 18.7m?", "Yes. Xiaomi sold 18.7 million"),
        (
            "my brother imported one from china. how many did xiaomi sell in 2016?",
            "Xiaomi sold around 58 million",
        ),
        ("I got my redmi yesterday. xiaomi sales 2015?", "Xiaomi sold 70 million"),
        ("my cousin in india uses a redmi. how many did xiaomi sell in 2015?", "Xiaomi sold 70 million"),
        # where someone the asker knows is, no place asked about
        ("my cousin in India asked me how many phones xiaomi sold in 2015", "Xiaomi sold 70 million"),
        ("a friend from brazil wants to know xiaomi's 2016 sales", "Xiaomi sold around 58 million"),
        ("how many phones did xiaomi sell in india in 2015?", "I don't know the smartphone sales for India"),
        # ... but the company's own doing, or the asker asking how, still is
        ("how many phones did xiaomi recall in 2015", "I don't have Xiaomi's recalls"),
        ("how many phones did you rent", "I don't have Xiaomi's rentals"),
        ("how do I factory reset my Redmi?", "I don't have Xiaomi's factories"),
        ("i only want china. xiaomi sales 2015?", "I don't know the smartphone sales for China"),
    ],
)
def test_read_askers_own_doing(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # English words of their own, never read as slips of the words the bot knows
        ("store packed, sales 2013?", "Xiaomi sold 18.7 million smartphones in 2013."),  # no "peaked"
        (
            "it got me thinking about how big they got, total phone sales from 2012 to 2015?",
            "Xiaomi's smartphone sales for 2012-2015 add up to",  # no "shrinking"
        ),
        # a distance from a target is the gap to it
        (
            "distance from the 80m target in 2015?",
            "Xiaomi sold 70 million [1] smartphones in 2015, 10 million",
        ),
        (
            "what are the price ranges of xiaomi and apple?",
            "Xiaomi sells low-cost, high-quality phones for between $100 and $300. iPhones sell for",
        ),
    ],
)
def test_read_words_of_their_own(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, start",
    [
        # a bare number someone guessed beside an amount is in that amount's scale
        ("Tom says 61 million in 2014, Jake says 60. who's right?", "Sources disagree on 2014"),
        ("@bot settle this: Anna says xiaomi sold 80 million in 2015, I say 70", "Xiaomi sold 70 million"),
        # a source asked of is no speaker in the chat
        ("counterpoint says what about xiaomi 2016", "I don't know that one."),
        # chat's "why" opening a question
        ("y did xiaomi sales drop in 2016", "Xiaomi said it is in a transition period"),
        # other makers as a group, or the company's rival, are never Xiaomi
        (
            "How many phones did Xiaomi's biggest rival sell in 2016?",
            "The articles give no other company's figures",
        ),
        (
            "How many smartphones did Chinese brands sell in 2014?",
            "The articles give no other company's figures",
        ),
        # one company besides it, or one described by an origin that is not Xiaomi's
        ("how many phones did a rival sell in 2015?", "The articles give no other company's figures"),
        (
            "how many phones did the other startup sell in 2015?",
            "The articles give no other company's figures",
        ),
        (
            "how many phones did the smaller rival sell in 2015?",
            "The articles give no other company's figures",
        ),
        (
            "xiaomi, the rival to apple, sold how many in 2015?",
            "I have no smartphone sales for Apple. Xiaomi sold",
        ),
        (
            "how many phones did the korean giant sell in 2015?",
            "The articles give no other company's figures",
        ),
        (
            "how many phones did the american tech giant sell in 2015?",
            "The articles give no other company's figures",
        ),
        ("how many phones did the chinese company sell in 2015?", "Xiaomi sold 70 million"),
        # a company described by a rank: the second-most valuable startup is Xiaomi, the rest others
        ("how many phones did the second-most valuable startup sell in 2013?", "Xiaomi sold 18.7 million"),
        (
            "how many phones did the most valuable startup sell in 2015?",
            "The articles give no other company's figures",
        ),
        (
            "how many phones did the biggest chinese brand sell in 2016?",
            "The articles give no other company's figures",
        ),
        (
            "who was china's no.1 smartphone company in Q2 2015",
            "Xiaomi was the top smartphone company in China",
        ),
    ],
)
def test_read_chat_of_the_thirty_fifth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question, kind",
    [
        # a thing judged, or a year exclaimed over, asks no figure
        ("worst bot ever", "remark"),
        ("average bot", "remark"),
        ("best phone ever", "remark"),
        ("you are the worst", "remark"),
        ("xiaomi is the best company ever", "remark"),
        ("nice growth", "remark"),
        ("what a great year 2015 was", "remark"),
        ("what a terrible 2016", "remark"),
        # ... asked, an opinion; thanks stay thanks; a year or the figures are still asked
        ("is xiaomi the best company?", "opinion"),
        ("which is the best phone", "opinion"),
        ("thanks bot, you're the best", "thanks"),
        ("best year ever", ""),
        ("average sales", ""),
        # a figure, price or rank named after the thing is asked
        ("average phone price", ""),
        ("best phone shipments", ""),
        ("is xiaomi the best company in china?", ""),
        ("what's the best phone brand?", "opinion"),
        # one judged against another is an opinion too; more sold than another is a figure
        ("is lei jun a better ceo than tim cook?", "opinion"),
        ("did xiaomi sell more phones than apple in 2015?", ""),
    ],
)
def test_read_a_thing_judged_is_no_figure_asked(engine: Engine, question, kind):
    assert engine.understand(question).smalltalk == kind


@pytest.mark.parametrize(
    "question, start",
    [
        # the asker's promise is chat, no target promised; "figs" are figures
        (
            "ok last one I promise: how many phones did xiaomi sell in 2013",
            "Xiaomi sold 18.7 million smartphones in 2013.",
        ),
        # a place the remark named, pointed back at, still narrows the question
        (
            "i'm in india rn. anyway how many phones did xiaomi sell there in 2015?",
            "I don't know the smartphone sales for India",
        ),
        # news asked of something is asked about it
        ("any word on a US launch for xiaomi?", "Expected: Xiaomi planned to launch in the US"),
        # a company buying or returning phones is no sale
        ("how many phones did xiaomi buy in 2015", "I don't have Xiaomi's purchases."),
        ("how many phones did xiaomi return in 2015?", "I don't have Xiaomi's returns."),
        # a person's company, declined where no fact ties him to one; a company he speaks of is asked
        (
            "which company does kevin wang work for",
            "The articles don't say which company Kevin Wang works for.",
        ),
        ("which company is kevin wang talking about?", "Kevin Wang is an industry insider"),
        # who did better, of one company's two years: the years compared
        (
            "who did better, xiaomi in 2014 or xiaomi in 2015?",
            "Xiaomi's smartphone sales were higher in 2015",
        ),
        ("gimme xiaomi's 2012 figs", "Xiaomi sold 7.2 million smartphones in 2012."),
        ("how many phones did lei jun promise for 2015?", "Target: Xiaomi's original goal for 2015"),
    ],
)
def test_read_chat_words_of_the_thirty_fifth_session(engine: Engine, question, start):
    assert engine.answer(question).text.startswith(start)


@pytest.mark.parametrize(
    "question",
    ["Rate Xiaomi out of 10", "so is xiaomi a good buy?", "Which Xiaomi phone should I get for $200?"],
)
def test_read_a_judgement_asked_is_no_fact(engine: Engine, question):
    assert engine.answer(question).text.startswith("I have no opinions or predictions of my own")


SUMS_OF_NUMBERS_ALONE = "sums of numbers alone (ask with the years, like \u201c2015 minus 2016\u201d)"


@pytest.mark.parametrize(
    "question, offtopic",
    [
        ("what's 2+2", SUMS_OF_NUMBERS_ALONE),
        ("quick maths: 10 x 5 =", SUMS_OF_NUMBERS_ALONE),
        ("what is 17 times 23?", SUMS_OF_NUMBERS_ALONE),
        ("2012+2013?", ""),  # years: their sales added up
        ("xiaomi 70 minus 58", ""),  # a company named
    ],
)
def test_read_sum_of_bare_numbers_is_off_topic(engine: Engine, question, offtopic):
    assert engine.reader.read(question).offtopic == offtopic


@pytest.mark.parametrize(
    "question, read",
    [
        ("we're a startup too lol. what's xiaomi's best year", "what's xiaomi's best year"),
        ("it's raining here lol. 2015 xiaomi numbers?", "2015 xiaomi numbers?"),
        ("back from vacation \U0001f3d6\ufe0f what did xiaomi ship in 2015", "what did xiaomi ship in 2015"),
        ("ugh my notes got deleted. 2014, xiaomi, units. go", "2014, xiaomi, units. go"),
        # kept: a remark naming a company, or a thing the question may lean on, or pointing back
        (
            "i work at huawei lol. how many did they sell in 2015?",
            "i work at huawei lol. how many did they sell in 2015?",
        ),
        ("i love the mi 6 lol. how many did it sell?", "i love the mi 6 lol. how many did it sell?"),
        ("lol that's a drop. how big?", "lol that's a drop. how big?"),
        # ... or a remark that is no chat, or a statement after it that is no question
        ("Xiaomi sold 70m in 2015. and 2016?", "Xiaomi sold 70m in 2015. and 2016?"),
        ("ugh, useless. 2016 was 60 million not 58", "ugh, useless. 2016 was 60 million not 58"),
        # a remark before a comma, a time or a score said in passing
        ("we have 15 minutes left, what was xiaomi's best year?", "what was xiaomi's best year?"),
        ("lost 3-0 today. did 2016 beat 2014?", "did 2016 beat 2014?"),
        ("i spent $300, how much did 2016 sales drop?", "i spent $300, how much did 2016 sales drop?"),
        ("jony ive, which company was he at?", "jony ive, which company was he at?"),  # who is asked about
        # any sentence before a question that names what it asks of and leans on nothing before
        ("apple sucks lol. xiaomi 2015 sales?", "xiaomi 2015 sales?"),
        ("hmm interesting. so how much was xiaomi worth", "so how much was xiaomi worth"),
        ("huawei rules. how much did xiaomi sell in 2015", "how much did xiaomi sell in 2015"),
        ("this group is the best. who's xiaomi's ceo", "who's xiaomi's ceo"),
        # a company judged, then a question asking of no company: the question, of that company
        ("xiaomi sucks tbh. 2013 sales?", "xiaomi 2013 sales?"),
        ("xiaomi rocks. how many did they sell in 2015?", "xiaomi how many did they sell in 2015?"),
        ("huawei is overrated lol. 2013 sales?", "huawei 2013 sales?"),
        ("apple is overrated lol. and xiaomi's ceo?", "and xiaomi's ceo?"),  # a company of its own
        ("huawei is trash tbh. and 2015?", "huawei is trash tbh. and 2015?"),  # a follow-up of the talk
        # ... but not after a heading, a part of the year, something pointed back at, or before a
        # question leaning on it
        ("Huawei. Phones in 2016, how many?", "Huawei. Phones in 2016, how many?"),
        ("electric scooters. how many did xiaomi shift?", "electric scooters. how many did xiaomi shift?"),
        (
            "we only care about h1. what did xiaomi sell in 2015?",
            "we only care about h1. what did xiaomi sell in 2015?",
        ),
        ("huawei is doing great. did xiaomi beat them?", "huawei is doing great. did xiaomi beat them?"),
        (
            "huawei is doing great. how many phones in 2016?",
            "huawei is doing great. how many phones in 2016?",
        ),
        # ... or a remark that says what is asked: a place, a measure, an operation, an article
        ("for india please. how many did xiaomi sell?", "for india please. how many did xiaomi sell?"),
        ("i mean the target. xiaomi 2015?", "i mean the target. xiaomi 2015?"),
        ("the average please. xiaomi 2012 to 2016?", "the average please. xiaomi 2012 to 2016?"),
        ("use the older article. xiaomi 2014?", "use the older article. xiaomi 2014?"),
        # a question said to turn away from the remark leaves it behind, prices and devices too ...
        (
            "my phone cost me $149 lol. anyway how many did xiaomi sell in 2012?",
            "how many did xiaomi sell in 2012?",
        ),
        ("i have 3 phones at home 😂 quick q: xiaomi sales in 2016?", "xiaomi sales in 2016?"),
        (
            "my mi 6 died. unrelated but how many phones did xiaomi ship in 2013",
            "how many phones did xiaomi ship in 2013",
        ),
        # ... unless it weighs the remark, or leans on it
        (
            "huawei sold 100m. anyway did xiaomi sell more in 2015?",
            "huawei sold 100m. anyway did xiaomi sell more in 2015?",
        ),
        (
            "my mi 6 is great. anyway how many did they sell?",
            "my mi 6 is great. anyway how many did they sell?",
        ),
        # ... or the number or year the remark gave: "that year", "did they reach it?"
        (
            "i got my first phone in 2014. anyway how many did xiaomi sell that year?",
            "i got my first phone in 2014. anyway how many did xiaomi sell that year?",
        ),
        ("the goal was 100m. anyway did xiaomi reach it?", "the goal was 100m. anyway did xiaomi reach it?"),
        # a question with its own company and year leaves the numbers of the remark behind ...
        ("we need 58 slides for this. xiaomi 2012 sales?", "xiaomi 2012 sales?"),
        ("lol 10/10 meme. xiaomi best year?", "xiaomi best year?"),
        # ... but not one that needs them
        (
            "huawei sold 100m in 2015. how many did xiaomi sell?",
            "huawei sold 100m in 2015. how many did xiaomi sell?",
        ),
        # a word of reply before a question is chat
        ("interesting. growth 2012-2013?", "growth 2012-2013?"),
    ],
)
def test_without_opening_remark_drops_the_askers_own_remark(question, read):
    things = frozenset({"mi", "6", "jony", "ive"})
    names = frozenset({"xiaomi", "huawei", "apple", "jony", "ive", "mi", "india"})
    places = frozenset({"mi", "india"})
    assert without_opening_remark(question, frozenset({"xiaomi", "huawei"}), things, names, places) == read


@pytest.mark.parametrize(
    "question, operation, unknown_measure",
    [
        # a time said in passing before a colon is chatter: the question after it is read alone
        ("at 10 mins to deadline: xiaomi total 2012-2016", Operation.TOTAL, ""),
        ("quick q from the team: best year ever for xiaomi?", Operation.BEST, ""),
    ],
)
def test_read_chatter_before_a_colon_measures_nothing(engine: Engine, question, operation, unknown_measure):
    frame = engine.reader.read(question)
    assert (frame.operation, frame.unknown_measure) == (operation, unknown_measure)


@pytest.mark.parametrize(
    "question, years, topics",
    [
        # a year said again by the founding asks nothing of the founding
        ("what about 2010, the year they started?", (2010,), ()),
        ("correction: I need 2010, the year they were founded", (2010,), ()),
        ("when was xiaomi founded?", (), ("founded",)),
    ],
)
def test_read_year_said_again_by_the_founding(engine: Engine, question, years, topics):
    frame = engine.reader.read(question)
    assert (frame.years, frame.topics) == (years, topics)


@pytest.mark.parametrize(
    "question, absent",
    [
        # a year's average price is its average selling price, which no article gives
        ("what was the average price of phones sold in 2015", "average selling price"),
        ("average price of a xiaomi phone", ""),  # the price range, of no year
    ],
)
def test_read_average_price_of_a_year_is_absent(engine: Engine, question, absent):
    assert engine.reader.read(question).absent == absent


@pytest.mark.parametrize(
    "question, read",
    [
        ("Kevin: and 2012?", "and 2012?"),  # a chat member named as a quoted person goes by
        ("Jun: xiaomi sales 2013?", "xiaomi sales 2013?"),
        ("Wang: what did he say?", "Wang: what did he say?"),  # the person spoken of
        ("Kevin Wang: his 2017 number?", "Kevin Wang: his 2017 number?"),  # the whole name is asked about
        ("Ive: theft?", "Ive: theft?"),  # too short a question without the name
        ("Kevin: who is the ceo?", "who is the ceo?"),
    ],
)
def test_without_chat_header_a_first_name_alone_is_who_spoke(question, read):
    named = frozenset({"kevin", "wang", "jun", "ive", "xiaomi"})
    name_parts = frozenset({"kevin", "wang", "lei", "jun", "ive"})
    assert without_chat_header(question, named, named, name_parts) == read


@pytest.mark.parametrize(
    "question",
    [
        "I sold 5 phones in 2013 haha",
        "we need 70 million to close the deal",
        "Xiaomi 2016 was my first phone",
        "price of my lunch: $100",
        "the CEO of my company is also named Lei",
    ],
)
def test_read_session_56_the_askers_own_doing_is_a_remark(engine: Engine, question):
    assert engine.understand(question).smalltalk == "remark"


@pytest.mark.parametrize(
    "question", ["i need the 2015 figure", "we need 2012 as well", "i sold my xiaomi, 2015 sales?"]
)
def test_read_session_56_a_need_or_a_question_is_no_remark(engine: Engine, question):
    assert engine.understand(question).smalltalk != "remark"


@pytest.mark.parametrize(
    "question, years",
    [
        # a remark set off by a dash lends no years to a question with years of its own
        (
            "my cousin says xiaomi was huge around 2014-2015 and then collapsed - what did they sell in 2015"
            " versus 2016?",
            (2015, 2016),
        ),
        # ... a short heading, a figure weighed or "that" pointing back keep theirs
        ("2014 - 2015 sales?", (2014, 2015)),
        ("xiaomi sold 7.2 million in 2012 - what percent of 2015's total is that?", (2012, 2015)),
    ],
)
def test_read_session_56_a_dashed_remark_lends_no_years(engine: Engine, question, years):
    assert tuple(sorted(set(engine.understand(question).all_years))) == years


@pytest.mark.parametrize(
    "question, read",
    [
        # a word that may be a plural thing is what is counted, read where a count names it
        ("Scooters: how many sold in 2015?", "how many Scooters sold in 2015?"),
        # ... or left as written ("Iris:" may be either: declined, never another thing's figure)
        ("Iris: sales 2012?", "Iris: sales 2012?"),
        ("James: how many phones in 2013?", "James: how many phones in 2013?"),
        # a short title-case word is a name, even a word of the vocabulary; "CY" with no year is no period
        ("Em: sales 2015?", "sales 2015?"),
        ("Max: xiaomi sales in 2013?", "xiaomi sales in 2013?"),
        ("Cy: xiaomi 2014 sales?", "xiaomi 2014 sales?"),
        # ... but not an acronym or a period
        ("US: xiaomi sales?", "US: xiaomi sales?"),
        ("Q3: 2015 sales?", "Q3: 2015 sales?"),
    ],
)
def test_without_chat_header_session_57_names_and_things(question, read):
    named = frozenset({"xiaomi", "us"})
    known = frozenset({"xiaomi", "us", "em", "max", "sales", "phones"})
    assert without_chat_header(question, named, known) == read


@pytest.mark.parametrize(
    "question, read",
    [
        # a handle, letters run into a number: who spoke, its year no period asked
        ("bob_2015: and the year after?", "and the year after?"),
        ("Tim2017: the year before?", "the year before?"),
        ("user2015: did xiaomi beat its 2014 projection?", "did xiaomi beat its 2014 projection?"),
        # ... unless it is a period or a word the facts know
        ("FY2015: sales?", "FY2015: sales?"),
        ("Q3_2015: sales?", "Q3_2015: sales?"),
        ("sales_2015: growth?", "sales_2015: growth?"),
        # title-case words ending in one known nowhere: a person's full name
        ("Average Joe: and 2013?", "and 2013?"),
        ("H1 Harry: and 2015?", "and 2015?"),
        ("Huawei Fan: xiaomi sales 2015?", "xiaomi sales 2015?"),
        # ... not a heading of known words, nor one in lower case
        ("Xiaomi Sales: 2015?", "Xiaomi Sales: 2015?"),
        ("huawei fan: sales 2015?", "huawei fan: sales 2015?"),
    ],
)
def test_without_chat_header_session_58_handles_and_full_names(question, read):
    named = frozenset({"xiaomi", "huawei", "sales", "2015"})
    known = frozenset({"xiaomi", "huawei", "sales", "average", "growth"})
    assert without_chat_header(question, named, known) == read


@pytest.mark.parametrize(
    "question, read",
    [
        # a remark, "but", and a question of its own: the question alone
        ("jony ive hates them but who is xiaomi's ceo", "who is xiaomi's ceo"),
        ("canalys says q3 dropped, but what was h1 2015?", "what was h1 2015?"),
        (
            "Kevin Wang talks about 2017 but I only care about xiaomi's 2013 sales",
            "I only care about xiaomi's 2013 sales",
        ),
        ("india is a market, cool, but what about the 2015 target?", "what about the 2015 target?"),
        # ... not one question in two parts, "anything but", a question leaning on the remark ...
        ("did they sell more in 2014 but less in 2016?", "did they sell more in 2014 but less in 2016?"),
        ("xiaomi sold 70m in 2015 but was that a record?", "xiaomi sold 70m in 2015 but was that a record?"),
        ("the target was 100m but what about 2016?", "the target was 100m but what about 2016?"),
        ("2016 was bad but how many years did worse?", "2016 was bad but how many years did worse?"),
        ("huawei is big but what did they sell in 2015?", "huawei is big but what did they sell in 2015?"),
        # ... nor a dated figure to check, or a number set beside the remark's
        ("xiaomi sold 70m in 2015 but how many in 2013?", "xiaomi sold 70m in 2015 but how many in 2013?"),
        ("they failed to hit 80m but did they hit 75m?", "they failed to hit 80m but did they hit 75m?"),
    ],
)
def test_without_opening_remark_session_58_a_question_after_but(question, read):
    assert without_opening_remark(question, frozenset({"xiaomi", "huawei"}), frozenset()) == read


@pytest.mark.parametrize(
    "question",
    [
        # the chat itself, a time of day or the asker's own shop or team: chat, never a fact
        "who left the group?",
        "who is the admin here?",
        "meeting moved to 2:30, don't forget",
        "call at 10:15 tomorrow?",
        "our company is going through a transition period rn",
        "sales at my store dropped 17% this quarter",
    ],
)
def test_read_session_59_the_chat_and_the_askers_own_are_remarks(engine: Engine, question):
    assert engine.understand(question).smalltalk == "remark"


def test_read_session_59_a_problem_worked_out_is_an_acknowledgement(engine: Engine):
    assert engine.understand("nvm figured it out").smalltalk == "ack"


@pytest.mark.parametrize(
    "question",
    [
        # ... not with a company, a year or a person of the facts, nor a claim someone made
        "who in this chat knows the 2015 target?",
        "in this group someone said xiaomi sold 80m in 2015",
        "my boss thinks it was 80",
        "[10:01] Ben: 2013?",
    ],
)
def test_read_session_59_the_chat_beside_a_fact_is_no_remark(engine: Engine, question):
    assert engine.understand(question).smalltalk != "remark"


@pytest.mark.parametrize(
    "question, read",
    [
        # the last answer judged, then a question: the question alone
        ("damn that's low. and 2016?", "and 2016?"),
        ("wow that's high! xiaomi 2015 sales?", "xiaomi 2015 sales?"),
        ("so impressive. total 2012-2016?", "total 2012-2016?"),
        # ... not a judgement asked, nor one that narrows
        ("is that low? and 2016?", "is that low? and 2016?"),
        ("that's low for 2016, right?", "that's low for 2016, right?"),
    ],
)
def test_without_opening_remark_session_59_a_judged_answer(question, read):
    assert without_opening_remark(question, frozenset({"xiaomi"}), frozenset()) == read


@pytest.mark.parametrize(
    "question, read",
    [
        # a label numbering the question goes
        ("2nd q: when was xiaomi founded?", "when was xiaomi founded?"),
        ("question #7: who is the ceo?", "who is the ceo?"),
        ("#2 who's the ceo", "who's the ceo"),
        ("dumb q but who is lei jun", "who is lei jun"),
        ("10/10 question: sales in 2012?", "sales in 2012?"),
        # ... never a quarter, a rank or what is asked
        ("q3: 2015 sales?", "q3: 2015 sales?"),
        ("#1 in china?", "#1 in china?"),
        ("question 2015: sales?", "question 2015: sales?"),
        # who spoke, as people type it
        ("Bob (2017): xiaomi sales 2013?", "xiaomi sales 2013?"),
        ("mia (2 msgs): what else does xiaomi make?", "what else does xiaomi make?"),
        ("Anna Li - xiaomi sales 2013?", "xiaomi sales 2013?"),
        ("Yuki ~ xiaomi 2014 sales?", "xiaomi 2014 sales?"),
        ("HANNAH!!! xiaomi 2016 sales", "xiaomi 2016 sales"),
        # ... never a word the facts know set off by a dash, nor a name they know
        ("Asia - 2015 sales?", "Asia - 2015 sales?"),
        ("Xiaomi ~ 2015 sales?", "Xiaomi ~ 2015 sales?"),
    ],
)
def test_without_chat_header_session_59_labels_and_marked_names(question, read):
    named = frozenset({"xiaomi", "huawei", "sales"})
    assert without_chat_header(question, named, named | {"growth", "asia"}) == read


@pytest.mark.parametrize(
    "question, smalltalk",
    [
        # the asker telling of themselves, with nothing of the facts named: chat
        ("I got fired today", "remark"),
        ("I'm so successful", "remark"),
        ("i am the ceo", "remark"),
        # the bot asked as if it were the company, a joke asked for, a farewell
        ("what's your valuation?", "the_bot"),
        ("what were your sales?", "the_bot"),
        ("tell me a joke about xiaomi's 2016 sales", "the_bot"),
        ("did you hit your target?", "the_bot"),
        ("tell me a riddle", "the_bot"),
        ("have a nice day", "farewell"),
        # ... not a place of the asker's, a question announced, a source, or a company or year named
        ("i'm from brazil", ""),
        ("i have a question about the ceo", ""),
        ("what's your source for the 2015 target?", ""),
        ("what's your best year for xiaomi sales?", ""),
        ("what do you make of the 2016 drop?", ""),
        ("how many phones do i have to sell to beat xiaomi's 2014 number?", ""),
        ("pick a number for 2014: 61 or 60?", ""),
        ("our team wants to know the valuation", ""),
    ],
)
def test_read_session_59_the_asker_and_the_bot_are_no_company(engine: Engine, question, smalltalk):
    assert engine.understand(question).smalltalk == smalltalk


@pytest.mark.parametrize(
    "question, read",
    [
        # a name known nowhere and a dash, ">" or "~" run on; a day, a client's note or an emoji before
        ("Bob - xiaomi sales 2016?", "xiaomi sales 2016?"),
        ("Raj> xiaomi sales 2013?", "xiaomi sales 2013?"),
        ("Leo~ xiaomi sales 2015?", "xiaomi sales 2015?"),
        ("10/04 Bob: xiaomi sales 2016?", "xiaomi sales 2016?"),
        ("(edited) Priya: xiaomi sales 2012?", "xiaomi sales 2012?"),
        ("\U0001f44b Zoe: who is xiaomi's ceo?", "who is xiaomi's ceo?"),
        ("4/10/17, 2:32 PM - Bob Smith: who is xiaomi's ceo?", "who is xiaomi's ceo?"),
        # ... several who spoke, and the time a message was sent
        ("Priya, Raj: xiaomi sales 2015?", "xiaomi sales 2015?"),
        ("Bob & Al: xiaomi sales 2016?", "xiaomi sales 2016?"),
        ("Priya @ 9am: xiaomi sales 2013?", "xiaomi sales 2013?"),
        ("Bob  2:32 PM  xiaomi sales 2016?", "xiaomi sales 2016?"),
        ("Bob Smith, [10.04.17 14:32] xiaomi sales 2016?", "xiaomi sales 2016?"),
        # ... a handle with a word known nowhere, though another names a company
        ("vivo_queen: who is xiaomi's ceo?", "who is xiaomi's ceo?"),
        ("user2015: did xiaomi beat its 2014 projection?", "did xiaomi beat its 2014 projection?"),
        # ... never a word the facts know, nor a handle of known words only
        ("Sales - 2015?", "Sales - 2015?"),
        ("xiaomi_2014: sales?", "xiaomi_2014: sales?"),
    ],
)
def test_without_chat_header_session_60_more_ways_to_write_who_spoke(question, read):
    named = frozenset({"xiaomi", "huawei", "vivo", "sales"})
    assert without_chat_header(question, named, named | {"growth", "asia"}) == read
