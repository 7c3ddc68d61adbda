"""Answers composed from facts: figures, derived figures, targets and company facts, each cited.

A composer takes a resolved frame and the intent it was routed to and returns an `Answer`:
sentences with their citations as data, and their plain text. It never reads the question's
words again; what was asked is all in the frame.
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import math
import operator
import re
import statistics
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from bot.answer import Answer, AnswerKind, ChartData, Cite, Figure, Sentence, format_date
from bot.answering import wording
from bot.answering.checks import HIGH_END, LOW_END, MULTIPLE_WORDS
from bot.answering.text import cited_sources, render_text
from bot.knowledge.files import Fact, Intent, Metric
from bot.knowledge.store import KnowledgeBase
from bot.understanding import Ask, Frame, Operation
from bot.understanding.conversation import FROM_YEAR, POINTS_ASKED, SINCE_WHEN
from bot.understanding.entities import (
    AMOUNT,
    IN_MILLIONS,
    UNITS_ASKED,
    amount_written,
    extract_entities,
    scale_of,
    side_of,
)
from bot.understanding.facts_search import mentions
from bot.understanding.frames import (
    EARLIER_TARGET_NAMED,
    FINAL_VERSION,
    GROWTH_WORD,
    LATER_TARGET_NAMED,
    LOWER_SIDE_WORDS,
    NEEDED,
    NUMBER_SAID_AS_A_TARGET,
    QUESTION_VERBS,
    RATIO_NAMED,
    YEAR_DIVIDED,
    YEARS_WORD,
    target_number_said,
)

DERIVED_KINDS = frozenset({"change", "compare", "total", "average", "best", "worst"})
LOOKS_UP_BY_YEAR = frozenset({"figure", "change", "compare", "total", "average", "best", "worst"})
NUMERIC_KINDS = frozenset(
    {"figure", "change", "compare", "total", "average", "best", "worst", "reverse", "gap"}
)
THRESHOLD_KINDS = ("figure", "reverse", "compare", "best", "worst")  # answers a number is a threshold of
HEDGED_SPREAD = 0.05  # "about 1.5 million a month": an average over a year, said roughly, within 5%
HEDGED_SUM = 0.01  # "about 215 million" of a total of 213.9 million: a sum said roughly, within 1%
EXACT_MATCH = 0.0001  # a number said to be exact is the figure within 0.01%: "exactly 43m" is no 42.98m
ROUGH_MATCH = 0.005  # a number asked about is an approximate figure ("around 58 million") within 0.5%
ROUGHLY = 0.05  # a hedged claim ("about 35m") rounds to a figure no more than 5% away

# Who speaks for a company when a fact quotes them (not an outside "industry insider")
COMPANY_OFFICER = re.compile(r"\b(?:ceo|founder|president|chairman|spokesperson|spokesman|chief executive)\b")


# "total across the years xiaomi sold 50m or more", "sum of the years above 60m": the years that
# did, added up (never "is the total above 100m?")
CHECK_OPENING = re.compile(rf"(?:so |and )?(?:{QUESTION_VERBS})\b")
YEARS_PAST_A_NUMBER = re.compile(
    r"\b(?:the |those |all the |all |in )?years (?:when |where |that |in which |with )?(?!combined|together)"
)


def _progress_within(text: str, year: int) -> bool:
    """Whether a question asks how far sales got within `year` ("what percent of the 2017 target
    have they reached so far?", "how far was 2017 from 70 million?"), not what they need."""
    progress = PROGRESS_ASKED.search(text)
    if progress is None or NEEDED.search(text):
        return False
    return progress.group("year") in (None, str(year))


def _years_past_summed(frame: Frame) -> bool:
    """A total asked of the years past a number, no year named and no yes or no asked."""
    if frame.operation is not Operation.TOTAL or frame.all_years or frame.period_part:
        return False
    # ("was the total over all the years above 200m?" asks of the total)
    return YEARS_PAST_A_NUMBER.search(frame.text) is not None and not CHECK_OPENING.match(frame.text)


def _margin_between_targets(frame: Frame) -> Frame:
    """'Was the new goal 20 million lower than the original?', 'was the first one 20m above the
    revised one?': a margin claimed between a year's two targets, and the way the cut went, as
    the side said of whichever is named first."""
    if not frame.yes_no or frame.direction or len(frame.quantities) != 1:
        return frame
    said = TARGET_SIDE.search(frame.text)
    later, earlier = LATER_TARGET_NAMED.search(frame.text), EARLIER_TARGET_NAMED.search(frame.text)
    if said is None or later is None or earlier is None:
        return frame
    lower = said.group("side") in LOWER_SIDE_WORDS
    later_first = later.start() < earlier.start()
    fell = lower if later_first else not lower
    return replace(frame, direction="fall" if fell else "rise", differences=frame.quantities)


def _percent_named(frame: Frame) -> bool:
    """A percentage asked by name ("in percent", "what %"), not by "by how much" alone."""
    return frame.percent_asked and bool(
        PERCENT_WORD.search(frame.text) or PERCENT_WORD.search(frame.question)
    )


def quoted_names_of(facts: list[Fact]) -> list[str]:
    """Who these facts quote, by name alone: "Kevin Wang" of "Kevin Wang, industry insider"."""
    return sorted({re.split(r"[,(]", f.quoted)[0].strip() for f in facts})


def parties_of(quoted: str) -> list[str]:
    """'Lei Jun (CEO)' and 'the Wall Street Journal' of "Lei Jun (CEO), at the World Internet
    Conference in Wuzhen, per the Wall Street Journal": who a fact is attributed to, each with the
    description it is given, never where or when it was said ("data published in August 2015")."""
    parties = []
    for piece in re.split(r",?\s+\b(?:per|via|according to)\s+", quoted):
        party = re.split(r",\s*(?:at|in|on|during)\b", piece)[0].strip()
        named, _, described = party.partition(", ")
        if named.removeprefix("the ")[:1].isupper():
            parties.append(
                f"{named} ({described})" if described else named
            )  # "Kevin Wang (industry insider)"
    return parties


def quotes_one_of(fact: Fact, names: Iterable[str]) -> bool:
    """Whether a fact quotes one of these people or outlets (lower case): "kevin wang"."""
    quoted = fact.quoted.lower()
    return any(n in quoted for n in names)


def highest_of_each(yearly: dict[int, list[Fact]]) -> dict[int, float]:
    """Each year's highest figure, which ranks it ("the best two years")."""
    return {year: max(f.value for f in facts) for year, facts in yearly.items()}


# "is 2015 20% more than 2014?": a change claimed in percent, within rounding (or "about": within 2 points)
PERCENT_CLAIMED = re.compile(
    r"(?P<how>\b(?:more than|over|at least|less than|under|at most|about|around|roughly|nearly|almost"
    r"|(?:bigger|larger|greater|higher|smaller|lower|fewer) than|above|below|beyond"
    r"|exceed(?:s|ed)?|top(?:ped)?|surpass(?:ed)?) )?"
    r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)"
)
PERCENT_ROUNDED, PERCENT_HEDGED = 0.5, 2.0
# "have they ever reached it?", "did they hit that number before?": any year before the target's
EVER_REACHED = re.compile(r"\b(?:ever|previously|in the past)\b|\bbefore\W*$")
# ... by reaching it, no more, no less and no other claim ("have they ever beaten it?", "will they
# ever hit it?", "did they ever reach it in h1?" ask something else)
EVER_REACHING_VERB = re.compile(
    r"\b(?:reach|reached|hit|achieve|achieved|match|matched|get there|got there|make it|made it"
    r"|s(?:ell|old) (?:that many|as many|that much))\b"
)
NOT_JUST_REACHED = re.compile(
    r"\b(?:will|would|can|could|going to|gonna|expected|likely|more|less|fewer|exceed\w*|beat\w*|above|below"
    r"|over|under|miss\w*|short|cut|percent|half|quarter|excluding|except|without|besides|single|again|twice"
    r"|in a row|consecutive\w*|straight|average|this year|times)\b|%"
)
# A threshold's sign as the check it makes: "> 150m" is `figure > 150m`
SIDE_LEFT_TO_THE_CONVERSATION = re.compile(r"\b(?:that|it|this)\b")
COMPARE_BY_SIGN = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}
SIDE_SAID = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}
BELOW_THE_AVERAGE = re.compile(r"\b(?:below|under|lower|less|worse)\b")  # "was 2013 below average?"
EVER_WORD = re.compile(r"\bever\b")
# "more than 300% in a year", "in any year", "in a single year": one year's change against the year
# before ("did sales ever grow more than 700%?" may be the whole span's)
IN_SOME_YEAR = re.compile(
    r"\b(?:in (?:a|any|one|a single) year|any year|year on year|year over year|yoy"
    r"|(?:a|any) year (?:with|of|when|where|in which))\b"
)


def said_by_the_company(fact: Fact) -> bool:
    """Whether whoever a fact quotes speaks for the company it is about: its name, or one of its
    officers ("Lei Jun (CEO)"), not an outsider ("Kevin Wang, industry insider")."""
    quoted = fact.quoted.lower()
    return any(s.lower() in quoted for s in fact.subjects) or bool(COMPANY_OFFICER.search(quoted))


def matches(fact: Fact, asked: float) -> bool:
    """Whether a number asked about is this fact's figure: exactly, or within 0.5% of an
    approximate one. 70.3 million is not 70 million."""
    if fact.value is None:
        return False
    tolerance = ROUGH_MATCH if "approximate" in fact.qualifiers else 1e-9
    return abs(fact.value - asked) <= abs(asked) * tolerance


def exact_tolerance(claimed: float) -> float:
    """How far a figure may be from a number said to be exact: half its last written digit where it
    has decimals ("exactly 28.97 million" of 28.967), else 0.01% ("exactly 43m" is no 42.98m)."""
    in_millions = claimed / 1e6
    if claimed >= 1e6 and in_millions != int(in_millions):
        return claim_step(round(in_millions, 6)) * 1e6 / 2
    return claimed * EXACT_MATCH


def claim_step(claimed: float) -> float:
    """The place of a number's last significant digit: 35e6 -> 1e6, 60e6 -> 1e7, 2.5 -> 0.1."""
    if claimed != int(claimed):
        decimals = len(repr(claimed).partition(".")[2].rstrip("0"))
        return 10.0**-decimals
    step, whole = 1, int(claimed)
    while whole and whole % (step * 10) == 0:
        step *= 10
    return float(step)


def claim_holds(value: float, claimed: float, hedged: bool) -> bool:
    """Whether a figure is the number claimed: within ROUGH_MATCH, or rounded as written when the
    claim is hedged ("about 45 million" of 45.3 million)."""
    return abs(value - claimed) <= claimed * ROUGH_MATCH or (hedged and rounds_to(value, claimed))


def rounds_to(value: float | None, claimed: float) -> bool:
    """Whether a figure is the number claimed, rounded as the claim is written, and within
    ROUGHLY of it: 34.7 million is "35 million", around 58 million "60 million"; 70 is no 100."""
    if value is None or claimed <= 0:
        return False
    step = claim_step(claimed)
    return round(value / step) * step == claimed and abs(value - claimed) <= claimed * ROUGHLY


# The year a share is of: "percent of 2015", "what % of 2014's sales".
SHARE_OF_YEAR = re.compile(
    # ("was h1 2015 more than half of 2014?": a fraction of that year)
    r"\b(?:percent|percentage|share|fraction|proportion|(?<!first )(?<!second )(?<!1st )(?<!2nd )"
    r"(?<!what )(?<!which )(?:half|third|quarter|fifth|tenth)) of (?:the )?"
    r"(?:(?!(?:19|20)\d\d\b)\w+(?:'s)? ){0,2}?(?P<year>(?:19|20)\d\d)"  # the first year after "of"
)
# Sales as the whole a share is of: "the target as a percentage of 2015 sales", "what % of 2015 sales
# was the 80m target" (the words after "of" name sales and no target).
SALES_AS_THE_WHOLE = re.compile(
    r"\b(?:percent|percentage|share|fraction|proportion) of (?:(?!target|goal|projection|forecast)\w+ ){0,3}?"
    r"(?:sales|sold|shipments|actual|actuals)\b(?! target| goal)"
)
# "each year", "per year", "both years": checked year by year, even where a total is also named
_EACH_WORDS = r"each|every|per|a year|annually|yearly|both years|any year|any of"
# "stay above", "always": year by year, unless a total is named ("did combined sales stay above ...")
_STAY_WORDS = r"always|consistently|in a row|straight|stay|stayed|stays|remain|remained|remains"
# "stay above since 2014", "every year since 2012": each year of an open range ("ever", "in a year": any)
EVERY_YEAR_OF_A_RANGE = re.compile(
    rf"\b(?:each|every|{_STAY_WORDS}|all(?: of)?(?: the)?(?: \w+)? years|all of (?:them|those))\b"
)
EACH_YEAR_STRICT = re.compile(rf"\b(?:{_EACH_WORDS})\b")
# Words for going past a number, which a figure level with it does not do: "beat 70m", "top 70m"
PAST_A_NUMBER = re.compile(
    r"\b(?:beat|beats|beaten|exceed\w*|surpass\w*|top|topped|outperform\w*|overshot)\b"
)
CHANGES = re.compile(r"\bchanges\b")  # "yoy changes 2013 to 2015": each of them
# "sales grew every year": a claim, checked (a change named as a noun, "growth each year", asks it)
MOVED_VERB = re.compile(
    r"\b(?:grew|grow|grows|growing|rose|rise|rises|rising|fell|fall|falls|falling|increased|increases"
    r"|declined|declines|dropped|drops|went up|went down|go up|go down|kept|keep|keeps|continued)\b"
)
# "the average change each year", "cagr every year", "typical yoy growth": one figure, not a list
AVERAGED = re.compile(r"\b(?:average|avg|mean|typical|cagr|compound\w*|annuali[sz]ed)\b")
EACH_YEAR = re.compile(rf"\b(?:{_EACH_WORDS}|{_STAY_WORDS})\b")
# Years written as a span, or two years joined before the share asked: no one year's share of a list
YEARS_SPANNED = re.compile(r"\b(?:19|20)\d\d\s*(?:to|through|thru|till|until|-|–)\s*(?:19|20)\d\d\b")
YEARS_JOINED = re.compile(r"\b(?:19|20)\d\d(?:'s)? (?:and|&|plus|\+) (?:19|20)\d\d\b")
SHARE_WORD = re.compile(r"\b(?:share|percent|percentage|portion|proportion|fraction)\b|%")
# A year of vantage, not one of the years a share is of: "per the 2017 article", "as of 2016"
YEAR_OF_VANTAGE = re.compile(
    r"\b(?:as of|by|in|per|from|according to)?\s*(?:the )?(?:19|20)\d\d (?:article|piece|story|report|one)\b"
    r"|\bas of (?:19|20)\d\d\b"
)
# A year as written in the question's words ("2015's share of 2014 and 2015"), counted per mention
YEAR_WRITTEN = re.compile(r"\b((?:19|20)\d\d)\b")
# A comparison said downward, the higher side its base: "what percent was 2017 below 2015?"
PART_ASKED = re.compile(r"\b(?:which|what) (?:quarter|half|month|part of)\b")  # "in what quarter of 2015"
LOWER_ASKED = re.compile(r"\b(?:below|lower|less|fewer|smaller|under|down|shortfall|short)\b")
# "2012 or 2013", "in either", "any of": one year is enough ("or not", "yes or no" name no years)
EITHER_YEAR = re.compile(r"\b(?:either|any)\b|\b(?:19|20)\d\d or (?:in )?(?:19|20)\d\d\b")
# "did they ever sell under 10m between 2012 and 2016?": any one year of those asked
EVER_ASKED = re.compile(r"\b(?:ever|at any (?:point|time)|at some point|at one point)\b")
EVERY_ONE_ASKED = re.compile(rf"\b(?:both|each|every|all (?:the |of the |those )?years|{_STAY_WORDS})\b")
# "2015 or 2016", "in either", "both": year by year unless a total is asked ("or not" is no year)
# "on average over 2013 and 2014", "combined": the years' figures as one
YEARS_TOGETHER = re.compile(
    r"\b(?:together|combined|on average|average|overall|in total|in all|total|across|over (?:the|those|these)"
    r"|sum|altogether)\b"
)
# "a month in each of 2013 and 2014?", "for every year": each year's own ("per month" is no "per year")
EACH_OF_THE_YEARS = re.compile(
    r"\b(?:each|every|per year|a year|annually|yearly|respectively|vs|versus|compared?)\b"
)
EACH_YEAR_WEAK = re.compile(r"\b(?:both|either|any)\b|\bor\b(?! not\b)(?! no\b)")
HOW_FAR = re.compile(r"(?:and |so |ok )*how (?:far|close|near|much (?:below|above|short|under|over|off))\b")
SOLD_SAID_OF_A_HALF = re.compile(r"\b(?:deliver\w*|sell|sold|achiev\w*|manage\w*|get|got)\b")
ON_TRACK = re.compile(r"\bon (?:track|pace|course|target)\b")
# the number still needed to a target, claimed: "they needed 45.3 million more?"
STILL_NEEDED = re.compile(r"\b(?:need\w*|left|remaining|to go|more)\b")
BEATEN_SAID = re.compile(r"\b(?:beat|beats|top|topped|exceed\w*|above|over|under|below|surpass\w*|past)\b")
# the sources' gap claimed as such, and as a bound
GAP_CLAIMED = re.compile(r"\b(?:apart|differ\w*|difference|gap|discrepancy|off by)\b")
GAP_BOUNDED = re.compile(
    r"\b(?:within|less than|more than|under|over|at least|at most|fewer than|up to|no more than|matter\w*)\b"
)
# a year said beside its own number: "2013 was 18.7m", "2013 = 18.7m", "70m in 2015"
YEAR_THEN_AMOUNT = re.compile(
    rf"\b(?P<y>(?:19|20)\d\d)(?:'s)?(?: sales)?\s*(?:was|were|is|=|:|at|had|sold|with|-)?\s*"
    rf"(?:about |around |nearly |roughly |approx\w* |~\s*)?(?P<a>{IN_MILLIONS})"
)
AMOUNT_THEN_YEAR = re.compile(
    rf"(?P<a>{IN_MILLIONS})\s+(?:\w+\s+)?(?:in|for|during)\s+(?P<y>(?:19|20)\d\d)\b"
)


# A total kept year by year, not one year's: "cumulative", "so far", "by what year"
# ("all-time high", "so far", "to date" speak of a best year, not of a total)
RUNNING_TOTAL = re.compile(r"\b(?:cumulative|cumulatively|running (?:total|count|tally|sum))\b")
COMBINED = re.compile(r"\b(?:combined|altogether|all told|added up|put together)\b")
# one year's own figure: "total yearly sales", "in a single year"
A_YEARS_OWN = re.compile(
    r"\b(?:yearly|annual|annually|per year|a year|each year|in a (?:single )?year|in one year)\b"
)
# the year a running total is counted from: "from 2012 on", "starting the tally in 2012"
TALLY_START = re.compile(
    r"\b(?:from|since|counting from|starting (?:the \w+ )?(?:in|from|with)|beginning (?:in|with))"
    r" ((?:19|20)\d\d)\b"
)
MONTH_ASKED = re.compile(r"\b(?:which|what) month\b")
BY_WHEN = re.compile(r"\bby (?:when|what year|which year|the end of (?:what|which) year)\b")
# "in total", "combined", "across those years", "all told": the years taken together
TOTAL_ASKED = re.compile(
    r"\b(?:in total|total|totals|totaled|totalled|combined|altogether|together|in all|all told|cumulative"
    r"|cumulatively|added up|add up|adds up|put together|sum|across)\b"
)
# Why the bot asks which year is meant, when it is by "last year" or "this year"
RELATIVE_YEAR_UNCLEAR = '"Last year" and "this year" depend on when an article was written'
YEAR_OVER_YEAR = re.compile(r"\b(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|annually)\b")
MULTIPLE_OF_A_YEAR = re.compile(
    r"\b(?:double|twice|triple|thrice|times) (?:the |that of |those of )?(?:19|20)\d\d\b"
)
ARTICLE_NAMED = re.compile(r"\b(?:article|articles|piece|story|post|report|writeup|write up)\b")
LISTED = re.compile(r"\bby year\b|\byear by year\b|\bbreak ?down\b|\bseparately\b|\blist\b|\bindividually\b")
CROSSED_A_NUMBER = re.compile(r"\bfrom (?:under|over|below|above|less than|more than|fewer than|at least)\b")
# Both sides of a number offered: "over or under 60m?", "over/under 15m" (its slash cleaned away)
OVER_OR_UNDER = re.compile(
    r"\b(?:over|above|more|higher)(?: or)? (?:under|below|less|fewer|lower)\b"
    r"|\b(?:under|below|less|fewer|lower)(?: or)? (?:over|above|more|higher)\b"
)
# The year a claim is measured against: "was 2016 better than 2014?", "is that more than the 2015 target?"
THAN_A_YEAR = re.compile(
    # "compared to 2015, was 2016 lower?" ("more than that in 2014": 2014 is claimed, "that" measured)
    r"\b(?:than(?! (?:that|it|this) in\b)|compared to|compared with|relative to|against"
    # ("did they beat that in 2016?": 2016 beat it, the last answer measured against)
    r"|(?:beat|beats|beating|exceed|exceeds|exceeded|surpass|surpassed|outsold|outsell)"
    r"(?! (?:that|it|this|those|them) in\b))\b"
    r"(?: (?!(?:19|20)\d\d\b)\S+){0,3}? (?P<year>(?:19|20)\d\d)\b"
)


# "which is pricier?", "which costs more?": of two ranges, the higher asked for ("more affordable"
# asks the cheaper)
DEARER_ASKED = re.compile(
    r"\b(?:more expensive|most expensive|pricier|priciest|dearer|dearest|costlier|costs? more|higher"
    r"|highest|bigger|biggest|larger|greater|costly|pricey|pricy"
    r"|more(?!\s+(?:affordable|cheap\w*|budget|economical|reasonabl\w*|value)))\b"
)
WRITTEN_OUT = ("digits", "words")  # figures asked "in full" or "in words" (entities' unit_asked)
# "change from 2014 to 2013", "and from 2016 back to 2015?": a span asked from its later year back
SPAN_BACKWARDS = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)\s*(?:to|back to|through|thru|till|until|->)\s*(?P<b>(?:19|20)\d\d)\b"
)
# "was 2013 three times 2014?": the first year claimed a multiple of the second
YEAR_TIMES_YEAR = re.compile(
    r"\b(?:19|20)\d\d(?:'s)?(?: sales)? (?:twice|double|triple|thrice|\w+ times|(?:a|one) \w+ of) "
    r"(?:that of |those of |the )?(?:19|20)\d\d\b"
)


PERCENT_WORD = re.compile(r"\b(?:percent|percentage|pct)\b|%")
# "how far have they got towards the 2017 target?", "reached so far": progress within the target's year
PROGRESS_ASKED = re.compile(
    r"\b(?:reached|achieved|so far|yet|how close|how far (?:was|is|were|are) (?P<year>(?:19|20)\d\d))\b"
)
THAN_THE_YEAR_AFTER = re.compile(r"\bthan (?:the )?(?:year|one) after\b")
# "was 2015 20% above 2016?": the year a percent is measured against, after "above" or "below"
# ("growth of 2013 over 2012" is the change, so "over" is no side here)
ABOVE_A_YEAR = re.compile(
    r"\b(?:above|below|under)(?: (?!(?:19|20)\d\d\b)\S+){0,2}? (?P<year>(?:19|20)\d\d)\b"
)


def years_claimed(frame: Frame) -> tuple[int, int]:
    """(the year claimed higher or lower, the year it is measured against), of two years: the
    one after "than" is measured against ("is that more than the 2015 target?" after 2017 claims
    2017), else the first named is claimed."""
    first, second = frame.years[0], frame.years[1]
    against = THAN_A_YEAR.search(frame.text)
    if against and int(against.group("year")) == first:
        return second, first
    return first, second


# A change named before the share asked: "the drop as a percentage of 2015", "the gap as a % of 2016".
CHANGE_NAMED = re.compile(
    r"\b(?:drop|fall|decline|decrease|loss|rise|increase|growth|gain|gap|difference|change|jump)\b"
)
# The largest or smallest change itself: "the biggest jump", "the sharpest yearly drop"
RANKED_CHANGE = re.compile(
    r"\b(?:biggest|largest|greatest|highest|strongest|sharpest|steepest|fastest|smallest|lowest|weakest"
    r"|worst|best)\s+(?:(?:year[- ]on[- ]year|yoy|annual|yearly|single[- ]year|one[- ]year)\s+)?"
    r"(?:jump|rise|increase|growth|gain|leap|surge|spike|climb|drop|fall|decline|decrease|dip|slump)s?\b"
)
WORST_DROP = re.compile(r"\b(?:worst|sharpest|steepest|deepest|hardest|heaviest|biggest|largest)\b")
RISE_NAMED = re.compile(r"\b(?:increase|increases|rise|rises|jump|jumps|gain|gains)\b")  # a rise, no fall
DROPPED = re.compile(r"\b(?:dropped|fell|declined|decreased|shrank)\b")  # a part said to fall, not to slow
FIRST_CLAIMED = re.compile(r"\bfirst\b")
PERIOD_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b|\b[hq][1-4]\b")  # "q3 2015": a period, no size said
MORE_THAN_A_WAY = re.compile(
    r"\b(?:second|third (?:time|drop|decline|fall)|again|keep|kept|still|quarter (?:on|over|to) quarter|qoq"
    r"|sequential\w*|sharp\w*|steep\w*|slight\w*|record|heav\w*|bad\w*|big\w*|huge|massive|most|previous"
    r"|prior|last|month\w*|because|due|caused|why|official\w*|reported|report|said|says|and|or)\b"
)
FELL = re.compile(r"\b(?:dropped|fell|declined|decreased|shrank|slowed)\b")  # a fact saying sales fell
# A claim said to be rough: "about 35m", "like 60 million", "~70m", "35m-ish".
HEDGED = re.compile(
    r"\b(?:about|around|roughly|approximately|approx|like|almost|nearly|close to|or so|give or take|ish"
    r"|basically|more or less|ballpark|in the ballpark of|round about|circa|in the region of|thereabouts"
    r"|something like|some(?= \$?\d))\b|\b(?:ca|c)\.? (?=\$?\d)|~"
)
# "the 34.7 million first-half number", "kevin wang's 70m": a number known, pointed at
# (never a number set against another: "was 2016 below the 80 million goal?", "a third of the 100m")
NUMBER_POINTED_AT = re.compile(
    r"(?<!below )(?<!above )(?<!under )(?<!over )(?<!than )(?<!of )(?<!beat )(?<!for )(?<!hit )"
    r"\b(?:the|that|this|his|their|its|\w+'s) \$?(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:m|mn|mil|million)?\b"
)
# "2015", "2015-H1": a period's key, a year or a part of one (never a month: "2015-03")
PERIOD_KEY = re.compile(r"(?:19|20)\d\d(?:-(?:H[12]|Q[1-4]))?")
# "came out in 2017", "sell the 7.2m in 2011 too": when a number was told, or sales claimed of a year
TOLD_OR_SOLD = re.compile(
    r"\b(?:sell|sold|selling|ship|shipped|came|come|out|reported|published|announced|released|again|too)\b"
)
# "in 2015 and 2016", "in both 2015 and 2016", "in 2015 and in 2016": each year, not a span
IN_EACH_OF_TWO_YEARS = re.compile(r"\bin (?:both |each of )?(?:19|20)\d\d,? and (?:in )?(?:19|20)\d\d\b")
EXACTLY = re.compile(r"\b(?:exactly|precisely|exact|on the dot)\b")
# The words before and after a source named: the company's own word ("confirmed by xiaomi", "xiaomi
# announced"), or a person's ("according to kevin wang", "lei jun said")
COMPANY_AS_SOURCE = (
    "according to|per|confirmed by|announced by|reported by",
    "confirmed|announced|reported|officially",
)
PERSON_AS_SOURCE = (
    "according to|per|reported by|confirmed by|announced by",
    "says?|said|claims?|claimed|reported|confirmed|announced|data shows?|figures show|numbers show",
)
REPORTS_NAMED = re.compile(r"\b(?:according to|per|by) (?:the |some )?(?:reports?|media|press)\b")
ORIGINAL_SAID = re.compile(r"\b(?:original|originally|first|initial|initially|starting)\b")
OFFICIAL = re.compile(r"\bofficial(?:ly)?\b")
ONE_ARTICLE_ONLY = re.compile(r"\b(?:ignor\w*|exclud\w*|leav\w*|without|not) the other\b|\bnothing else\b")
# asked whether a figure is official: "official", or confirmed by the company ("did xiaomi confirm ...?")
# ("confirm for me: ...", "can you confirm ...?" ask the bot, not the company)
OFFICIAL_ASKED = re.compile(
    r"\b(?:official(?:ly)?|confirmed|(?:did|does|has|have|had) (?:\w+ ){1,2}confirm)\b"
    # "given by xiaomi itself?", "from the company?": the company's own word asked for
    r"|\b(?:by|from) (?:\w+ )?(?:itself|themselves)\b|\b(?:by|from) the company\b"
)
# "did they keep it at 100m?", "did the goal stay at 100m?": that it never changed afterwards
KEPT = re.compile(r"\b(?:keep|kept|keeps|stay|stayed|stays|remain|remained|remains|stick|stuck)\b")
ALWAYS = re.compile(r"\b(?:always|all along|from the start|the whole time|never changed)\b")
NOT_OFFICIAL = re.compile(r"\b(?:not (?:an? )?official|unofficial)\b")
ORIGINAL = re.compile(
    r"\b(?:original|originally|initial|initially)\b"
    # "the first 2015 goal", "their first goal for 2015": first said of a target, not of a half or a time
    r"|\bfirst(?= (?:(?:19|20)\d\d (?:sales )?(?:target|goal|projection|forecast)s?\b"
    r"|(?:sales )?(?:target|goal|projection|forecast) (?:for|of) (?:19|20)\d\d\b))(?!.*\bsecond\b)"
)
# "before lei jun scaled it back", "before the cut": the target as it was first set
BEFORE_A_CUT = re.compile(
    r"\bbefore (?:(?:it|they|he|she|xiaomi|[a-z]+ [a-z]+) )?(?:was |were |had |got )?"
    r"(?:cut|scaled|lowered|reduced|revised|slashed|changed|trimmed)\b"
    r"|\bbefore the (?:cut|revision|change|reduction)\b"
)
AFTER_A_CUT = re.compile(r"\b(?:after|since|once)\b")
REVISED = re.compile(
    rf"\b(?:revised|scaled|scaled back|cut|lowered|reduced|updated|{FINAL_VERSION}|latest|current|later)\b"
    r"|\b(?:lower|cut|scale|reduce|drop|dropped|bring|brought)\b(?: \w+){0,2} (?:to|back)\b"  # "lower it to"
    r"|\bsecond(?= (?:(?:19|20)\d\d )?(?:sales )?(?:target|goal)s?\b)"  # "their second goal for 2015"
)


# "may" is also a verb: only a bound ("before may") reads it as the month
_MONTHS_NAMED = "january|february|march|april|june|july|august|september|october|november|december"
_MONTHS = f"{_MONTHS_NAMED}|may"
# "the goal before march", "the target after april": a target set in a month is the one after it
BEFORE_A_MONTH = re.compile(rf"\b(?:before|prior to|until|till|up to|earlier than) (?P<month>{_MONTHS})\b")
AFTER_A_MONTH = re.compile(rf"\b(?:after|since|from|later than|as of) (?P<month>{_MONTHS})\b")


def targets_by_month(text: str, targets: list[Fact]) -> list[Fact] | None:
    """'the 2015 goal before march': the targets stated without that month, where another target's
    statement names it ('In March 2015, ... scaled back'); 'after march': those naming it. None
    when no month bounds the question or no target names it."""
    for bound, named in ((BEFORE_A_MONTH, False), (AFTER_A_MONTH, True)):
        found = bound.search(text)
        if found is None:
            continue
        month = found.group("month")
        naming = [t for t in targets if re.search(rf"\b{month}\b", (t.statement or "").lower())]
        if not naming:
            return None
        return naming if named else [t for t in targets if t not in naming]
    return None


def month_bounds_targets(text: str) -> bool:
    """'before march', 'since april': the question bounds the targets by a month."""
    return bool(BEFORE_A_MONTH.search(text) or AFTER_A_MONTH.search(text))


def targets_named(text: str, targets: list[Fact]) -> list[Fact]:
    """'the revised 2015 goal', 'the original target': the targets whose statements say so, when
    the question says which; all of them otherwise."""
    by_month = targets_by_month(text, targets)
    if by_month:
        return by_month
    if BEFORE_A_CUT.search(text) and not AFTER_A_CUT.search(text):
        # "the goal before lei jun scaled it back": the original one
        return [t for t in targets if ORIGINAL.search((t.statement or "").lower())] or targets
    if ORIGINAL.search(text) and REVISED.search(text):
        return targets  # "skip the original goal, what did they lower it to?": both are named
    for wanted in (ORIGINAL, REVISED):
        if wanted.search(text):
            named = [t for t in targets if wanted.search((t.statement or "").lower())]
            if named:
                return named
    return targets


# A target's cut claimed some other way than by its direction, size or numbers
CUT_CLAIMED_OTHERWISE = re.compile(r"\b(?:half|third|quarter|fifth|tenth|times|double|triple|divided)\b")
# ... and claims not checked at all: a second cut, a time before or after a month, someone else
CUT_UNCHECKED = re.compile(
    r"\b(?:before|after|by|until|till|earlier than|later than|between|since)(?: \w+){0,2}?"
    rf" (?:{_MONTHS_NAMED})\b|\bagain\b|\bother than\b|\bsomeone else\b|\binstead of\b"
)
CUT_VERB = r"(?:cut|cuts|lowered|lower|reduced|reduce|scaled|scale|slashed|slash|dropped|drop)"
# "was the lowered 2015 target 100m?": a number said of the revised target ("after beating its 40m
# projection, did they cut the goal?" says it of another; "the target of 100 million" names the first)
TARGET_VALUED = re.compile(
    r"\b(?:lowered|reduced|revised|new|final|updated|later|scaled[- ]back)(?: (?:19|20)\d\d)?(?: sales)?"
    r" (?:target|goal|forecast|projection)s?(?: (?:was|is|be|at))? \d+(?:\.\d+)?\s?(?:m|mn|mil|million)\b"
)
CUT_TO_OR_FROM = re.compile(r"\b(to|from) (\d+(?:\.\d+)?) ?(?:m|mn|mil|million)\b")
# ("in may": the month, where "may" alone is more often the verb)
MONTH_NAMED = re.compile(rf"\b(?:{_MONTHS_NAMED})\b|(?<=\bin )may\b")
EACH_OF_THEM = re.compile(r"\b(?:each|both|either|every one|all)\b")  # "the midpoint of each?"
# a half of a year pointed at, no fraction claimed: "so that half alone beat all of 2013?"
A_HALF_NAMED = re.compile(r"\b(?:that|this|the|each|either|which|other) half\b")
# a part of a year on the far side of a comparison: "is that more than h1?"
THAN_A_PART = re.compile(r"\bthan (?:the |its |their )?(?:h[1-4]|q[1-4]|first|second|third|fourth|1st|2nd)\b")
# "how big was the q3 drop in %?", "canalys's q3 unit number": a size asked, which a fact may not give
SIZE_ASKED = re.compile(
    # ("how big is xiaomi?" asks of the company, no number)
    r"\b(?:by what percent(?:age)?|in percent|percentage|how steep|how sharp"
    r"|unit (?:number|count)|exact (?:number|figure)"
    r"|how (?:big|large) (?:was|is|were) (?:\S+ ){0,3}?"
    r"(?:drop|fall|decline|jump|rise|increase|growth|cut|dip|slump))\b"
)
# "two years in a row", "consecutive years", "back to back": a run of years, each moving the same way
IN_A_ROW = re.compile(
    r"\b(?:(?:(?P<n>two|three|four|five|six|seven|[2-7]) )?(?:(?:straight|consecutive|successive) )?years"
    r" (?:in a row|running|straight)"
    r"|(?:(?P<m>two|three|four|five|six|seven|[2-7]) )?(?:straight|consecutive|successive) years"
    r"|back[ -]to[ -]back|in a row)\b"
)
# "grew by more than 100%", "fell over 10 percent": a bound on each year's move, in percent
PERCENT_BOUND = re.compile(
    r"\b(?:by )?(?P<side>more than|over|above|at least|less than|under|below|at most)\s+"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent\b)"
)
YEARS_NAMED_AS_ASKED = re.compile(
    r"^(?:any |the )?years (?:without|with no|with|when|in which|where)\b|\bany years\b"
)
WHOLE_YEAR_SAID = re.compile(r"\b(?:full|whole|entire) year\b")
THE_LAST_ONE = re.compile(r"\b(?:that|this|it)\b")  # the figure just given, in a follow-up
PART_NAMED = re.compile(r"\b(?:h[1-4]|q[1-4]|first|second|third|fourth|1st|2nd|3rd|4th|half)\b")
# "ratio?", "how many times bigger?" after a target and its sales: the sales as a multiple of it
RATIO_ASKED = re.compile(r"\b(?:ratio|multiple|times)\b")
# a statement that reports what someone said, so it was said when it was reported
CLAIM_STATED = re.compile(r"\b(?:said|says|according to|claims?|claimed)\b", re.IGNORECASE)
DATED = re.compile(rf"\b(?:{_MONTHS})(?: \d{{1,2}})?,? (?:19|20)\d\d\b", re.IGNORECASE)  # "may 15, 2014"
DATED_IN_A_MONTH = re.compile(rf"\bin ({_MONTHS}),? ((?:19|20)\d\d)\b", re.IGNORECASE)
CUTS_COUNTED = re.compile(r"\b(twice|thrice|(?:two|three|four) times|more than once|multiple times)\b")
BY_MORE_OR_LESS = re.compile(r"\bby (?:more|less|fewer|over|under|at least|at most)\b")


def matches_margin(margin: float, claimed: float) -> bool:
    """Whether a margin between two figures is the one claimed, within rounding (ROUGH_MATCH)."""
    return abs(margin - claimed) <= claimed * ROUGH_MATCH


def margin_holds(margin: float, claimed: float, side: str = "") -> bool:
    """Whether a margin is the one claimed: on its side ("by more than 10m" is ">") or, with no
    side, the number itself within rounding."""
    if side:
        return COMPARE_BY_SIGN[side](margin, claimed)
    return matches_margin(margin, claimed)


def margin_verdict(
    claimed: float, margins: list[tuple[Fact, float]], claims_short: bool | None, side: str = ""
) -> str:
    """'Beat it by 30 million, right?' against each (target, sales less target): yes, no, or yes
    for one target and not another, or it depends on the source. A claim of falling short is
    wrong where sales beat the target, and the other way round; "within 10m of it" (None) claims
    no side of it."""

    def right(margin: float) -> bool:
        on_its_side = claims_short is None or (margin < 0) == claims_short
        return margin_holds(abs(margin), claimed, side) and on_its_side

    return verdict_by_target([(target, right(margin)) for target, margin in margins])


def verdict_by_target(held_for: list[tuple[Fact, bool]]) -> str:
    """A check of each (target, whether it held for one source's sales): yes, no, yes against one
    target and not the other (a revision), or it depends on the source."""
    by_target: dict[str, list[bool]] = {}
    for target, held in held_for:
        by_target.setdefault(cited(target), []).append(held)
    if all(all(checks) for checks in by_target.values()):
        return "Yes."
    held = [goal for goal, checks in by_target.items() if all(checks)]
    if held:
        return f"Yes, against the target of {wording.listing(held, 'or')}; not against the other."
    return "It depends on the source." if any(any(checks) for checks in by_target.values()) else "No."


# While a sentence is written, a value is marked with its source, {src:ID}, and a figure is
# marked as one, {fig:TEXT}; Reply.add turns the marks into Cite and Figure parts at once.
MARK = re.compile(r"\{(src|fig):([^{}]+)\}")


def marked_parts(text: str) -> tuple[str | Figure | Cite, ...]:
    """A sentence written with {src:ID} and {fig:TEXT} marks, as text, Figure and Cite parts."""
    parts: list[str | Figure | Cite] = []
    at = 0
    for mark in MARK.finditer(text):
        if mark.start() > at:
            parts.append(text[at : mark.start()])
        parts.append(Cite(mark.group(2)) if mark.group(1) == "src" else Figure(mark.group(2)))
        at = mark.end()
    if at < len(text):
        parts.append(text[at:])
    return tuple(parts)


# How a figure that is no exact count is said, in this order: "approximate, from reports".
ROUGH = {"approximate": "approximate", "estimate": "an estimate", "reported": "from reports"}


VERDICTS_TURNED = {("Yes.",): ("No.",), ("No.",): ("Yes.",)}  # a claim's yes or no, of its negative


def _sources_claimed(frame: Frame, facts: list[Fact]) -> tuple[str, ...]:
    """Who a claim says a figure comes from ("according to kevin wang", "xiaomi said"), when none
    of the facts giving it quote them: the company itself, or the people named."""
    company = frame.subjects[0] if frame.subjects else ""
    if company and _named_as_a_source(company.lower(), frame.text, COMPANY_AS_SOURCE):
        return (company,)
    if REPORTS_NAMED.search(frame.text):
        return ()  # "under lei jun, did they sell 58m per reports?": the reports are the source named
    said = " ".join(f.quoted.lower() for f in facts)
    return tuple(
        name.title()
        for name in frame.quoted
        if name not in said and _named_as_a_source(name, frame.text, PERSON_AS_SOURCE)
    )


def _named_as_a_source(name: str, text: str, words: tuple[str, str]) -> bool:
    """Whether a question names someone as the source of what it claims, by the words that come
    before a source's name and after it: "according to kevin wang", "lei jun said", never "lei
    jun's xiaomi"."""
    before, after = words
    name = re.escape(name)
    return re.search(rf"\b(?:{before}) {name}\b|\b{name} (?:{after})\b", text) is not None


def years_ranked(yearly: dict[int, list[Fact]], kind: str) -> list[int]:
    """The years best first by their highest figure, or worst first by their lowest (where sources
    differ, the figure that would rank the year furthest)."""
    pick = max if kind == "best" else min
    return sorted(yearly, key=lambda y: pick(f.value for f in yearly[y]), reverse=kind == "best")


class Reply:
    """Sentences under construction. A value is marked with its source as it is written,
    `{src:ID}`, and each sentence may cite sources at its end; both become `Cite` parts."""

    def __init__(self) -> None:
        self.sentences: list[Sentence] = []
        self.years: list[int] = []  # the years the answer names, when not the years asked

    def add(self, text: str, *sources: str) -> None:
        self.sentences.append(Sentence(marked_parts(text), tuple(sources)))

    def extend(self, sentences: tuple[Sentence, ...]) -> None:
        self.sentences.extend(sentences)

    def insert_first(self, text: str) -> None:
        self.sentences.insert(0, Sentence(marked_parts(text)))

    def turn_the_verdict(self, negated_with: str = "") -> None:
        """Of a claim called false ("is it false that they sold 70m?"), read positively: its "Yes."
        is "No." and the other way round. Of one said in the negative, the verb says which way
        ("they didn't hit 80m, right?": "Yes, they didn't."), a bare yes or no being read both
        ways. A verdict with more to it ("No: only 2015 did") holds of the positive claim only, and
        is left out, the figures saying the rest."""
        if not self.sentences:
            return
        first = self.sentences[0]
        if first.parts in VERDICTS_TURNED and negated_with:
            who = "it" if negated_with in ("has", "does") else "they"
            held = first.parts == ("Yes.",)
            said = f"No, {who} {negated_with}." if held else f"Yes, {who} {negated_with}n't."
            self.sentences[0] = Sentence(marked_parts(said))
        elif first.parts in VERDICTS_TURNED:
            self.sentences[0] = Sentence(VERDICTS_TURNED[first.parts])
        elif first.words.startswith(("Yes,", "Yes:", "No,", "No:", "One source says so")):
            del self.sentences[0]

    @property
    def empty(self) -> bool:
        return not self.sentences


class Composer:
    """Composes answers from a knowledge base, for one main subject."""

    def __init__(self, kb: KnowledgeBase, main_subject: str):
        self.kb = kb
        self.main_subject = main_subject
        # (a company is no person quoted: "Xiaomi said ..." is said of every fact of Xiaomi's)
        self.company_names = frozenset({main_subject, *(name for name, _ in kb.companies)})
        # Who each metric's facts are about (first subject) and concern (any subject).
        self.subjects = {metric: kb.subjects(metric) for metric in kb.metrics}
        self.example_questions = tuple(
            kb.intents[i].question for i in ("sales", "sales_change", "sales_target") if i in kb.intents
        ) or tuple(i.question for i in list(kb.intents.values())[:3])
        # Each article's title as words, for "the Kevin Wang article": read once, not per question.
        self.title_words = {s.id: frozenset(re.findall(r"[a-z]+", s.title.lower())) for s in kb.sources}
        # Who the facts quote speaking for their company ("Lei Jun (CEO)"): a target of the company's
        # own, quoting no one, is theirs too. Read once, not per question.
        self.company_voices = tuple(
            f.quoted.lower()
            for metric in kb.metrics
            for f in kb.facts(metric)
            if f.quoted and said_by_the_company(f)
        )
        self._short_summary = self._summarise(short=True)
        self._long_summary = self._summarise(short=False)

    def subjects_with_figures(self) -> list[str]:
        """The companies some figure is about: the main subject first."""
        about = {
            s for m in self.kb.metrics.values() if m.kind == "figure" for s in self.subjects[m.metric][0]
        }
        return sorted(about, key=lambda s: (s != self.main_subject, s))

    def intent(self, kind: str, metric: str | None) -> Intent:
        """The intent named in intents.csv for this kind of question on this metric, or one named
        after them: a new metric needs no intent rows."""
        for intent in self.kb.intents.values():
            if intent.kind == kind and (intent.metric or None) == metric:
                return intent
        versus = ""
        if kind == "gap":
            versus = next((m.metric for m in self.kb.metrics.values() if m.kind == "target"), "")
        name = f"{metric}_{kind}" if metric else kind
        return Intent(name, kind, metric or "", versus, "")

    def compose(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        kind = intent.kind
        if kind == "sources":
            return self._sources_answer(frame, intent, confidence)
        if kind == "chart":
            return self._chart_answer(frame, intent, confidence)
        if len(frame.subjects) > 1 and kind in NUMERIC_KINDS:
            return self._side_by_side(frame, intent, confidence)
        if frame.threshold_of and intent.metric:
            bound = self._threshold_of_a_figure(frame, intent)
            if isinstance(bound, Answer):
                return bound
            frame = bound
        if frame.threshold_year and intent.metric:
            against = self._threshold_of_a_year(frame, intent)
            if isinstance(against, Answer):
                return against
            frame = against
        missing = self._companies_without_facts(frame, intent) or self._out_of_scope(frame, intent)
        if missing is not None:
            return missing
        # ("sales 2014", "when did cumulative sales pass 100m?": a question of its own, no year carried)
        unyeared = frame if YEAR_WRITTEN.search(frame.text) else replace(frame, years=(), year_range=None)
        if self._running_total_asked(unyeared, intent, kind):
            return self._running_total_reaching(unyeared, intent, confidence)
        if self._running_total_claimed(frame, intent):
            return self._running_total_checked(frame, intent, confidence)
        # Growth or totals of "Q3" would need quarterly series: give the quarters' own figures.
        if kind in DERIVED_KINDS and frame.period_part:
            kind = "figure"
        # "Which year had 18.7 million?": a figure with no year is looked up the other way round.
        # ("When was the 100M goal scaled back?": the number says which target was revised.)
        if kind in LOOKS_UP_BY_YEAR and frame.quantities and not frame.all_years:
            # "the difference between the 100m and the 80m goal": one year's targets, named by their numbers
            revision = kind in ("change", "compare") and self._revision_named(frame, intent.metric)
            kind = "change" if (kind == "change" and frame.revised) or revision else "reverse"
        if kind == "reverse" and not frame.quantities:
            kind = "figure"
        intent = self._sibling(intent, kind)
        several = frame.yes_no and len(frame.all_years) > 1 and not frame.period_part
        # "less than 30m in total?": a number beside a total is checked, asked yes or no or not
        summed_check = kind == "total" and len(frame.all_years) != 1 and not frame.period_part  # none: all
        # "did sales climb above 65m between 2013 and 2016?": the level some year of them reached,
        # never only the last year's against the first
        past_a_level = kind == "change" and frame.year_range is not None and moves_past_a_level(frame)
        if past_a_level and frame.year_range[1] - frame.year_range[0] > 1:
            return self._moved_past_a_level(frame, intent, confidence)
        # ("over 6 million a month in 2015?": the spread is checked, with the year's figure)
        spread_checked = frame.per_unit and (frame.yes_no or frame.threshold) and kind == "figure"
        if frame.threshold and not spread_checked and (kind in THRESHOLD_KINDS or summed_check):
            return self._threshold_answer(frame, intent, confidence)
        each = EACH_YEAR.search(frame.text) or (
            EACH_YEAR_WEAK.search(frame.text) and not TOTAL_ASKED.search(frame.text)
        )
        one_number = len(frame.quantities) == 1 and not frame.threshold and not each
        if (
            several
            and one_number
            and kind in ("figure", "total")
            and self.kb.metrics[intent.metric].kind != "target"
        ):
            # "did they sell 25.9 million in 2012-2013?": a number no year has is their total
            summed = self._sum_claimed(frame, intent, confidence)
            if summed is not None:
                return summed
        if kind == "figure":
            return self._figure_answer(frame, intent, confidence)
        if kind == "fact":
            return self._fact_answer(frame, intent, confidence)
        if kind == "gap":
            return self._gap_answer(frame, intent, confidence)
        return self._derived_answer(frame, intent, confidence, kind)

    def _targets_among(self, facts: tuple[Fact, ...]) -> tuple[tuple[str, int], ...]:
        """The (metric, year) of the yearly targets among facts given, and of the targets a person
        these facts are about is quoted for that year ("Kevin Wang is an industry insider; he said
        Xiaomi needs to sell 70 million phones in 2017" gives his 2017 target)."""
        targets = [m for m, metric in self.kb.metrics.items() if metric.kind == "target"]
        given = [(f.metric, int(f.period)) for f in facts if f.period.isdigit() and f.metric in targets]
        for fact in facts:
            if not fact.period.isdigit() or fact.metric in targets:
                continue
            people = {s for s in fact.subjects if s not in self.company_names}
            given += [
                (metric, int(fact.period))
                for metric in targets
                for target in self.kb.facts(metric, fact.period)
                if people & set(quoted_names_of([target]))
            ]
        return tuple(dict.fromkeys(given))

    def _sibling(self, intent: Intent, kind: str) -> Intent:
        """The intent of `kind` on the same metric, so the answer names what was really answered."""
        if kind == intent.kind:
            return intent
        for other in self.kb.intents.values():
            if other.kind == kind and other.metric == intent.metric:
                return other
        return intent

    # ---- pieces of answers -----------------------------------------------------------

    def _finish(
        self,
        frame: Frame,
        intent: Intent | None,
        confidence: float,
        reply: Reply,
        answered: bool = True,
        suggestions: tuple[str, ...] = (),
        chart: ChartData | None = None,
        closest_intent: str | None = None,
        facts: tuple[Fact, ...] = (),
        kind: AnswerKind | None = None,
    ) -> Answer:
        if frame.claim_turned:
            reply.turn_the_verdict(frame.negated_with)
        text, sources = render_text(reply.sentences, self.kb)
        return Answer(
            kind=kind or (AnswerKind.ANSWERED if answered else AnswerKind.DECLINED),
            years=tuple(reply.years) or tuple(frame.all_years),
            fact_texts=tuple(f"{f.statement} {f.quoted}" for f in facts),
            fact_subjects=tuple(dict.fromkeys(s for f in facts for s in f.subjects)),
            fact_targets=self._targets_among(facts),
            fact_periods=tuple(dict.fromkeys(f.period for f in facts if "-" in f.period)),
            question=frame.question,
            answered=answered,
            text=text,
            sentences=tuple(reply.sentences),
            source_ids=cited_sources(reply.sentences),
            intent=intent.intent if intent else None,
            confidence=round(confidence, 1),
            sources=sources,
            suggestions=suggestions,
            chart=chart,
            closest_intent=closest_intent,
        )

    def joined(self, question: str, answers: list[Answer]) -> Answer:
        """Several questions of one message answered in one reply, answered only when every one is."""
        kept = answers
        # "who is kevin wang and what does he do?": both parts find the same fact, said once, where
        # it is said last ("how many in 2013? my friend says 20m": "No." goes before the figure)
        said = [s for a in kept for s in self._said_beside_others(a, kept)]
        sentences = said_once(said)
        text, sources = render_text(sentences, self.kb)
        return Answer(
            question=question,
            answered=all(a.answered for a in kept),
            text=text,
            intent=kept[0].intent,
            confidence=min(a.confidence for a in kept),
            sources=sources,
            suggestions=() if any(a.answered for a in kept) else kept[-1].suggestions,
            sentences=sentences,
            source_ids=cited_sources(sentences),
            # "best and worst years?" names both, which "difference?" then measures
            years=tuple(dict.fromkeys(y for a in kept for y in a.years)),
            fact_texts=tuple(t for a in kept for t in a.fact_texts),
            fact_subjects=tuple(dict.fromkeys(s for a in kept for s in a.fact_subjects)),
            fact_targets=tuple(dict.fromkeys(t for a in kept for t in a.fact_targets)),
            fact_periods=tuple(dict.fromkeys(p for a in kept for p in a.fact_periods)),
            kind=joined_kind([a.kind for a in kept]),
        )

    @staticmethod
    def _said_beside_others(answer: Answer, answers: list[Answer]) -> tuple[Sentence, ...]:
        """A question not understood beside answered ones says which it was: "I don't know that one"
        and a list of what the bot knows would leave the reader guessing which part it meant."""
        if answer.kind is not AnswerKind.NOT_UNDERSTOOD or not any(a.answered for a in answers):
            return answer.sentences
        return (Sentence((f"I don't know \u201c{answer.question.strip(' ?')}\u201d.",)),)

    def finish_unanswered(
        self,
        frame: Frame,
        reply: Reply,
        suggestions: tuple[str, ...] = (),
        kind: AnswerKind = AnswerKind.DECLINED,
    ) -> Answer:
        return self._finish(frame, None, 0.0, reply, answered=False, suggestions=suggestions, kind=kind)

    def _main(self, metric: str) -> tuple[str, ...]:
        """The main subject, or the only company a metric has facts about when that is another."""
        about = self.subjects.get(metric, (set(), set()))[0]
        if self.main_subject in about or len(about) != 1:
            return (self.main_subject,)
        return (next(iter(about)),)

    def _companies(self, frame: Frame, metric: str) -> tuple[str, ...]:
        """The companies asked about, else the metric's only company; () means every company."""
        return tuple(frame.subjects) or self._main(metric)

    def _facts(self, frame: Frame, metric: str, period: str | None = None) -> list[Fact]:
        """Facts of a metric about the companies asked for (all of them when none is named)."""
        facts = self.kb.facts(metric, period, self._companies(frame, metric))
        chosen = self.chosen_sources(frame)
        if chosen is not None:  # "according to the 2015 article": that article's facts only
            facts = [f for f in facts if f.source in chosen]
        if frame.scopes:
            facts = [f for f in facts if mentions(f, frame.scopes)]
        return facts

    def chosen_sources(self, frame: Frame) -> frozenset[str] | None:
        """The articles a question names ("the 2015 article", "the older piece"), or None when it
        names none. Empty when it names one the knowledge base does not have."""
        if not frame.names_source:
            return None
        if frame.sources_named:
            return frozenset(s.id for s in self.kb.sources if s.id in frame.sources_named)
        if frame.not_sources:
            return frozenset(s.id for s in self.kb.sources if s.id not in frame.not_sources)
        sources = [
            s for s in self.kb.sources if not frame.source_year or s.date[:4] == str(frame.source_year)
        ]
        if frame.source_order and sources:
            pick = min if frame.source_order == "oldest" else max
            sources = [pick(sources, key=lambda s: s.date)]
        return frozenset(s.id for s in sources)

    def _year_of_the_named_article(self, frame: Frame) -> int | None:
        """The year of the one article a question names, by its date or its title; None otherwise."""
        named = self.chosen_sources(frame)
        if not named and ARTICLE_NAMED.search(frame.text):
            # "the Kevin Wang article": by a name in its title, never a word like "sales" or "phones"
            named = self.source_named_by_title(replace(frame, content=()))
        return self.articles_year(named or ())

    def articles_year(self, sources: Iterable[str]) -> int | None:
        """The year these articles were written in, when they share one; None otherwise."""
        years = {self.kb.source(s).date[:4] for s in sources}
        if len(years) != 1 or not (year := years.pop()).isdigit():
            return None
        return int(year)

    def source_named_by_title(self, frame: Frame) -> frozenset[str]:
        """The one article whose title has a word the question names ("the Kevin Wang article"),
        or none when no word tells one article from the others."""
        words = {w for w in frame.content if len(w) > 3} | {w for name in frame.quoted for w in name.split()}
        named = [source for source, title in self.title_words.items() if words & title]
        return frozenset(named) if len(named) == 1 else frozenset()

    def source_dates(self, frame: Frame, ids: frozenset[str]) -> Answer:
        """'When was the 2017 article published?': each article named, with its date."""
        reply = Reply()
        year = self.articles_year(ids) if len(ids) == 1 else None
        if frame.years_ago is not None and year is not None:
            # "what year does 'two years ago' mean in the 2017 article?": counted from its date
            ago = {0: "this year", 1: "last year"}.get(frame.years_ago, f"{frame.years_ago} years ago")
            reply.add(f"In that article, “{ago}” is {fig(str(year - frame.years_ago))}.")
            reply.years = [year - frame.years_ago]  # "... and what did they sell then?": that year
        for source in self.kb.sources:
            if source.id not in ids:
                continue
            if len(source.date) > 4:
                when = f"is dated {self._date_said(source.date)}"
            else:
                when = (
                    f"gives no exact date; it was written in {source.date}"
                    if source.date
                    else "gives no date"
                )
            reply.add(f"\u201c{source.title}\u201d {when}.", source.id)
        return self._finish(frame, self.intent("sources", None), 100.0, reply)

    def article_by_date(self, frame: Frame, newest: bool) -> Answer:
        """'Which article is older?': the newest (or oldest) article, and the others, by date."""
        reply = Reply()
        ordered = sorted(self.kb.sources, key=lambda s: s.date, reverse=newest)
        for at, source in enumerate(ordered):
            which = f" is the {'newer' if newest else 'older'}" if at == 0 else ""
            dated = (
                f"dated {self._date_said(source.date)}"
                if len(source.date) > 4
                else self._date_said(source.date)
            )
            reply.add(
                f"The {source.date[:4]} article{which}: \u201c{source.title}\u201d, {dated}.", source.id
            )
        return self._finish(frame, self.intent("sources", None), 100.0, reply)

    def said_plainly(self, frame: Frame, sentence: str, *sources: str) -> Answer:
        """One sentence worked out from what the articles themselves are, citing them."""
        reply = Reply()
        reply.add(sentence, *sources)
        return self._finish(frame, self.intent("sources", None), 100.0, reply)

    def articles_named(self, frame: Frame, chosen: frozenset[str], asked: str) -> Answer:
        """'What is the title of the 2017 article?': each article asked of by its title and date;
        'who published the 2015 article?', 'link?': its publisher or address (`asked`: "title",
        "publisher" or "url"), declined where the sources file gives none."""
        reply = Reply()
        unknown = []
        for source in self.kb.sources:
            if source.id not in chosen:
                continue
            title = f"\u201c{source.title}\u201d ({self._date_said(source.date)})"
            given = {"publisher": source.publisher, "url": source.url}.get(asked, "")
            if asked == "title":
                reply.add(f"The {source.date[:4]} article is titled {title}.", source.id)
            elif given:
                said = "was published by" if asked == "publisher" else "is at"
                reply.add(f"The {source.date[:4]} article, {title}, {said} {given}.", source.id)
            else:
                unknown.append(source.date[:4])
                reply.add(f"The {source.date[:4]} article is {title}.", source.id)
        if unknown:
            which = wording.listing([f"the {year} article" for year in unknown])
            lead = (
                f"I don't know who published {which}: my sources give no publisher."
                if asked == "publisher"
                else f"I have no link to {which}: my sources give no address."
            )
            reply.insert_first(lead)
            return self._finish(frame, self.intent("sources", None), 0.0, reply, answered=False)
        return self._finish(frame, self.intent("sources", None), 100.0, reply)

    def articles_summarised(self, frame: Frame, chosen: frozenset[str], facts: list[Fact]) -> Answer:
        """'Summarise the 2015 article': each article named (else every one) by its title and date,
        its figures by year, its targets in its own words, and what else it speaks of."""
        reply = Reply()
        for source in self.kb.sources:
            if chosen and source.id not in chosen:
                continue
            own = [f for f in facts if f.source == source.id]
            reply.add(f"\u201c{source.title}\u201d ({self._date_said(source.date)}):")
            for metric in self.kb.metrics.values():
                of_metric = [f for f in own if f.metric == metric.metric and f.value is not None]
                if metric.kind == "figure" and of_metric:
                    by_period = "; ".join(f"{wording.period_name(f.period)}: {cited(f)}" for f in of_metric)
                    reply.add(
                        f"{wording.possessive(of_metric[0].subjects[0])} {metric.label} \u2014 {by_period}."
                    )
                elif metric.kind == "target":
                    for fact in of_metric:
                        said = (
                            fact.statement or f"{metric.label.capitalize()} for {fact.period}: {cited(fact)}."
                        )
                        reply.add(said, fact.source)
            covered = dict.fromkeys(
                self.kb.metrics[f.metric].label for f in own if self.kb.metrics[f.metric].kind == "fact"
            )
            if covered:
                reply.add(f"It also speaks of {wording.listing(list(covered))}.")
        return self._finish(frame, self.intent("sources", None), 100.0, reply)

    @staticmethod
    def _date_said(date: str) -> str:
        """'10 April 2017', 'April 2017', or 'written in 2015' where only a year is given."""
        if len(date) == 10:
            return long_date(date)
        return format_date(date) if len(date) > 4 else f"written in {date}"

    def parties_quoted(self, frame: Frame, quoting: list[Fact], chosen: frozenset[str]) -> Answer:
        """'Who is quoted in the 2017 article?': the people, firms and outlets each article (the
        ones named, else every one) attributes its facts to, in the order it first does."""
        reply = Reply()
        for source in self.kb.sources:
            if chosen and source.id not in chosen:
                continue
            parties = dict.fromkeys(p for f in quoting if f.source == source.id for p in parties_of(f.quoted))
            year = source.date[:4]
            if parties:
                reply.add(f"The {year} article quotes or cites {wording.listing(list(parties))}.", source.id)
            else:
                reply.add(f"The {year} article quotes no one by name.", source.id)
        return self._finish(frame, self.intent("sources", None), 100.0, reply)

    def _out_of_scope(self, frame: Frame, intent: Intent) -> Answer | None:
        """'Sales in India', 'the Mi 7': a place or product no fact of this kind speaks of."""
        if not frame.scopes or self._facts(frame, intent.metric):
            return None
        label = self.kb.metrics[intent.metric].label
        reply = Reply()
        reply.add(
            f"I don't know the {label} for {wording.listing(frame.scopes, 'or')}: "
            "my facts do not speak of it."
        )
        if intent.kind in NUMERIC_KINDS:
            reply.add("My figures are company-wide totals.")
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def _side_by_side(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """'xiaomi vs acme 2016': each company's answer under its own name, never mixed; for one
        year, which is higher and by how much, or their sum; answered only when every company
        named has the figures."""
        about = self.subjects[intent.metric][0]
        label = self.kb.metrics[intent.metric].label
        across = len(frame.all_years) <= 1 and intent.kind in ("compare", "change", "total")
        single_kind = "figure" if across else intent.kind
        reply = Reply()
        answers: dict[str, Answer] = {}
        unknown = [subject for subject in frame.subjects if subject not in about]
        if unknown:
            reply.add(f"I have no {label} for {wording.listing(unknown, 'or')}.")
        for subject in frame.subjects:
            if subject in unknown:
                continue
            # ("xiaomi and huawei sold 70m in 2015": each one's figure, no claim checked of one alone)
            asks = frame.asks if frame.yes_no or frame.asks else (Ask.HOW_MANY,)
            # ("did xiaomi and huawei each sell over 50m?": "each" is of the companies, not the years)
            text = COMPANY_EACH_WORD.sub("", frame.text)
            answer = self.compose(
                replace(frame, subjects=(subject,), asks=asks, text=text),
                self.intent(single_kind, intent.metric),
                confidence,
            )
            answers[subject] = answer
            reply.extend(answer.sentences)
        complete = len(answers) == len(frame.subjects) and all(a.answered for a in answers.values())
        if across and complete and frame.periods:
            kind = "ratio" if frame.operation is Operation.RATIO else intent.kind
            summary = self._across_companies(frame, intent.metric, label, kind)
            if summary:
                reply.insert_first(summary)
        # Asked about several companies, the question is answered only when all of them are: the
        # figures found are still said, each under its own name. Asked only for each one's figure
        # ("how many did huawei and xiaomi each sell in 2016?"), the ones found answer their part.
        each_alone = (
            frame.operation is None and not frame.yes_no and not COMPANIES_SET_AGAINST.search(frame.text)
        )
        # ("huawei sold how many the year xiaomi sold 58m?" asks Huawei's alone, Xiaomi naming the year)
        each_alone = each_alone and COMPANIES_EACH.search(frame.text) is not None
        partly = each_alone and any(a.answered for a in answers.values())
        answered = complete or partly
        return self._finish(frame, intent, confidence if answered else 0.0, reply, answered=answered)

    def companies_ranked(self, frame: Frame, metric: str) -> Answer:
        """'Which brand sold the most in 2016?', 'who sold more phones in 2016?': the companies
        with figures for the period, side by side. With one such company there is no ranking:
        declined, with that company's own figure, never its best year."""
        intent = self.intent("compare", metric)
        label = self.kb.metrics[metric].label
        about = sorted(self.subjects[metric][0])
        periods = wording.listing([wording.period_name(p) for p in frame.periods])
        if not frame.periods:
            reply = Reply()
            if len(about) > 1:
                reply.add(f"I have {label} for {wording.listing(about)}. Which year?")
            else:
                reply.add(f"I have {label} only for {wording.listing(about)}, so I can't rank companies.")
            return self._finish(frame, intent, 0.0, reply, answered=False)
        having = [c for c in about if any(self.kb.facts(metric, p, (c,)) for p in frame.periods)]
        reply = Reply()
        if len(having) > 1:
            answer = self._side_by_side(replace(frame, subjects=tuple(having)), intent, 100.0)
            reply.add(f"Of the companies I have figures for ({wording.listing(having)}):")
            reply.extend(answer.sentences)
            return self._finish(frame, intent, answer.confidence, reply, answered=answer.answered)
        only = wording.listing(having) or "no company"
        reply.add(f"For {periods} I have {label} only for {only}, so I can't rank companies.")
        for company in having:
            own = self.compose(
                replace(frame, subjects=(company,), operation=None), self.intent("figure", metric), 100.0
            )
            reply.extend(own.sentences)
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def _across_companies(self, frame: Frame, metric: str, label: str, kind: str) -> str:
        """For one period: which company's figure is higher and by how much (or how many times,
        for a ratio), or their sum, with every pairing of sources where they disagree."""
        values: dict[str, list[float]] = {}
        for subject in frame.subjects:
            facts = [
                f for p in frame.periods for f in self.kb.facts(metric, p, (subject,)) if f.value is not None
            ]
            if not facts:
                return ""
            values[subject] = sorted({f.value for f in facts})
        periods = wording.listing([wording.period_name(p) for p in frame.periods])
        names = wording.listing(list(values))
        if kind == "total":
            sums = sorted({sum(c) for c in itertools.islice(itertools.product(*values.values()), 16)})
            return f"Together {names} come to {fig(wording.alternatives(sums))} in {periods}."
        first, second = sorted(values, key=lambda s: -max(values[s]))[:2]
        gaps = sorted({a - b for a in values[first] for b in values[second]})
        higher, lower = wording.possessive(first), wording.possessive(second)
        if gaps[0] <= 0:
            return f"It depends on the source whether {higher} or {lower} {label} were higher in {periods}."
        if kind == "ratio":
            ratios = {a / b for a in values[first] for b in values[second]}
            times = sorted({wording.times_to_two_places(r) for r in ratios})
            return f"{higher} {label} were {fig(' or '.join(times))} times {lower} in {periods}."
        return (
            f"{higher} {label} were higher than {lower} in {periods}, by {fig(wording.alternatives(gaps))}."
        )

    def _companies_without_facts(self, frame: Frame, intent: Intent) -> Answer | None:
        """'How many phones did Huawei sell?': named companies the knowledge base has nothing on."""
        if not frame.subjects:
            return None
        about, concerning = self.subjects[intent.metric]
        if intent.kind in NUMERIC_KINDS:  # a figure is about its first subject only
            missing = [c for c in frame.subjects if c not in about]
        elif any(c in concerning for c in frame.subjects):
            return None
        else:
            missing = frame.subjects
        if not missing:
            return None
        label = self.kb.metrics[intent.metric].label
        known = sorted(about)
        reply = Reply()
        reply.add(
            f"I don't know {wording.possessive(wording.listing(missing, 'or'))} {label}: I only have "
            f"{wording.possessive(wording.listing(known))}."
        )
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def _figure_answer(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        metric = self.kb.metrics[intent.metric]
        if (
            metric.kind == "target"
            and (frame.period_part or "").startswith("M")
            and month_bounds_targets(frame.text)
        ):
            # "the target before march 2015": the month bounds which of the year's targets, no
            # target of that month
            frame = replace(frame, period_part=None, parts_named=())
        periods = frame.periods
        reply = Reply()
        if not periods and frame.relative_step:
            # "what did the 2015 article say they sold the year before?": counted from that article's
            # year; "sales next year?" counts from no year, and the bot asks which
            start = self._year_of_the_named_article(frame)
            if start is None:
                return self.which_year(frame, intent, "I need a year to count from")
            frame = replace(frame, years=(start + frame.relative_step,), relative_step=None)
            periods = frame.periods
        ranked = len(periods) > 1 and frame.ranked and metric.kind == "figure" and not frame.period_part
        asked = [f for f in self._facts(frame, intent.metric) if f.period in periods] if ranked else []
        if ranked and {f.period for f in asked} == set(periods):
            # "rank 2012-2016, best first": those years in order of the figure, not of the calendar
            # (a year without a figure is said to be missing, as the years are listed)
            return self._series_answer(frame, intent, confidence, asked)
        if not periods:
            facts = self._facts(frame, intent.metric)
            if frame.period_part:
                facts = [f for f in facts if f.period.endswith("-" + frame.period_part)]
                if not facts:
                    return self.no_period(frame, intent, [wording.part_of_any_year(frame.period_part)])
            elif metric.kind == "figure":
                return self._series_answer(frame, intent, confidence, facts)
            by_period = group_by_period(facts)
        else:
            by_period = {p: self._facts(frame, intent.metric, p) for p in periods}
        missing = [p for p, facts in by_period.items() if not facts]
        found = {p: facts for p, facts in by_period.items() if facts}
        derived = (
            {p: self._rest_of_year(frame, metric, p) for p in missing} if metric.kind == "figure" else {}
        )
        derived = {p: sentence for p, sentence in derived.items() if sentence}
        missing = [p for p in missing if p not in derived]
        if not found and not derived:
            return self.no_period(frame, intent, missing)
        if metric.kind == "target" and (month_bounds_targets(frame.text) or ORIGINAL.search(frame.text)):
            # "the 2015 goal after march": the target set in march, not every one of the year;
            # "the original 2015 target": the first one
            for period, facts in found.items():
                named = targets_named(frame.text, [f for f in facts if f.value is not None]) or facts
                if frame.yes_no and frame.quantities:
                    # "did they start 2015 with a goal of 80 million?": no, 100; and 80 was the later one
                    claimed = [
                        f for f in facts if f not in named and any(matches(f, q) for q in frame.quantities)
                    ]
                    named = named + claimed
                found[period] = named
        if metric.kind == "target" and frame.per_unit and frame.quantities:
            # "how many a month to hit 80 million in 2015?": the pace of the target of that number
            for period, facts in found.items():
                found[period] = [f for f in facts if any(matches(f, q) for q in frame.quantities)] or facts
        for facts in found.values():
            self._say_period(reply, metric.kind, facts, frame)
            self._say_an_outsiders_target(reply, metric.kind, facts)
        for sentence in derived.values():
            reply.add(sentence)
        if frame.yes_no and derived and not found and len(frame.quantities) == 1:
            # "the second half of 2015 was 35.3 million?": the derived half, checked
            values = [f.value for p in derived for f in self._rest_of_year_facts(frame, metric, p)]
            hedged = bool(HEDGED.search(frame.text))
            reply.insert_first(
                verdict_by_source([claim_holds(v, frame.quantities[0], hedged) for v in values])
            )
        whole_years = len(found) > 1 and all(p.isdigit() for p in found) and not derived
        # (years listed are each spread: "a month in 2012 and 2016?", "in each of them")
        together = frame.year_range is not None or frame.spread_together
        together = (together or YEARS_TOGETHER.search(frame.text) is not None) and not (
            EACH_OF_THE_YEARS.search(frame.text) or LISTED.search(frame.text)
        )
        if frame.per_unit and whole_years and together and metric.kind == "figure":
            # "a month over 2012-2016": the years' total spread over all their months; years listed
            # ("average monthly sales in 2015 and 2016?") each as well, since either may be meant
            if frame.year_range is None and not frame.spread_together:
                self._say_spread(frame.per_unit, found, reply)
            self._say_spread_of_years(frame, metric, found, reply)
        elif frame.per_unit:
            self._say_spread(frame.per_unit, found, reply, target=metric.kind == "target")
            self._say_a_number_spread(frame, found, reply)
            for period in derived:
                # "how many a month in the second half of 2015?": the derived half, spread too
                self._say_spread(
                    frame.per_unit, {period: self._rest_of_year_facts(frame, metric, period)}, reply
                )
        elif not missing and not derived and all(p.isdigit() for p in found):
            self._say_total_of_span(frame, metric, found, reply)
        elif frame.operation is Operation.TOTAL and not missing and not derived and len(found) > 1:
            self._say_total_of_periods(found, reply)
        if frame.unit_asked and not (frame.unit_asked in WRITTEN_OUT and frame.per_unit):
            self._say_in_unit(frame.unit_asked, found, reply)
        if not periods and len({p[:4] for p in found}) == 1:
            reply.years = [int(next(iter(found))[:4])]  # "q3 sales?" (2015), "how many that year?"
        # ("how far below the original 100 million goal did 2015 finish?" asks how far: no yes or no)
        how_far = not frame.yes_no and HOW_FAR.match(frame.text) is not None
        verdict = "" if how_far else self._verdict(frame, found)
        if verdict:
            reply.insert_first(verdict)
        elif OFFICIAL_ASKED.search(frame.text):
            self._say_official(frame, found, reply)
        if verdict == "No." and frame.source_year and len(frame.quantities) == 1:
            self._say_the_other_articles_figure(frame, intent, found, reply)
        elif not frame.quantities and not frame.operation:
            self._say_where_another_article_disagrees(frame, intent, found, reply)
        if missing:
            reply.add(
                f"I have no {metric.label} for {wording.listing([wording.period_name(p) for p in missing])}."
            )
        # "How many in Q3 2015?" when the facts say only that sales fell: told, but not a figure.
        # ("q3 2015 sales were 18 million, correct?": a number claimed that no figure checks; "q3 2015
        # unit sales?" a number asked, where "did the volume fall in q3?" asks only which way)
        claimed = frame.yes_no and bool(frame.quantities)
        claimed = claimed or (not frame.yes_no and UNITS_NAMED.search(frame.text) is not None)
        # ("q3 2015 shipments in millions": a unit asked is a number asked)
        number_asked = frame.wants_a_number or frame.percent_asked or bool(frame.unit_asked)
        no_number = (
            (number_asked or SIZE_ASKED.search(frame.text) or claimed)
            and not derived  # "how many in H2 2015?": the year less its first half is a number
            and all(f.value is None for facts in found.values() for f in facts)
        )
        # "h1 2015 vs h1 2014": a comparison with one side missing is not made, so not answered
        # ("q3 2015 vs a year earlier" is: the fact says it fell year on year, with no figure)
        compared_without_a_side = (
            bool(missing)
            and frame.operation is not None
            and all(f.value is not None for facts in found.values() for f in facts)
        )
        return self._finish(
            frame, intent, confidence, reply, answered=not (no_number or compared_without_a_side)
        )

    def _say_the_other_articles_figure(
        self, frame: Frame, intent: Intent, found: dict[str, list[Fact]], reply: Reply
    ) -> None:
        """'The 2015 article says 61 million for 2014, right?': no; and 61 million is the other
        article's figure for it, said with its source."""
        claimed = frame.quantities[0]
        for period, facts in found.items():
            chosen = {f.source for f in facts}
            for fact in self.kb.facts(intent.metric, period, self._companies(frame, intent.metric)):
                if fact.source not in chosen and matches(fact, claimed):
                    said = wording.number(claimed)
                    reply.add(f"{said} is another article's figure: {self.statement(fact)}", fact.source)

    def _say_where_another_article_disagrees(
        self, frame: Frame, intent: Intent, found: dict[str, list[Fact]], reply: Reply
    ) -> None:
        """'According to the 2017 piece, 2014 sales?': 61 million, as asked; and where another
        article gives the period another figure, that one too, with its source: the sources
        disagree, and one article's figure alone would hide it."""
        if self.chosen_sources(frame) is None or ONE_ARTICLE_ONLY.search(frame.text):
            return  # ("only according to the 2017 article", "ignoring the other": that one alone)
        for period, facts in found.items():
            chosen = {f.source for f in facts}
            values = {f.value for f in facts if f.value is not None}
            if not values:
                continue
            for fact in self.kb.facts(intent.metric, period, self._companies(frame, intent.metric)):
                if fact.source not in chosen and fact.value is not None and fact.value not in values:
                    reply.add(f"Another article disagrees: {self.statement(fact)}", fact.source)

    @staticmethod
    def _say_total_of_periods(found: dict[str, list[Fact]], reply: Reply) -> None:
        """'h1 2015 and 2013, sum?': periods of different lengths added up, for every pairing of
        sources ("53.4 million")."""
        valued = [[f for f in facts if f.value is not None] for facts in found.values()]
        if not all(valued):
            return
        totals = sorted({round(sum(f.value for f in combo), 3) for combo in itertools.product(*valued)})
        names = wording.listing([wording.period_name(p) for p in found])
        around = "around " if any("approximate" in f.qualifiers for facts in valued for f in facts) else ""
        reply.add(f"Together, {names}: {around}{fig(' or '.join(wording.number(t) for t in totals))}.")

    @staticmethod
    def _say_an_outsiders_target(reply: Reply, kind: str, facts: list[Fact]) -> None:
        """'Xiaomi's target for 2017?': where every target of the period is an outsider's ("Kevin
        Wang, industry insider"), say that the company's own is not in the articles."""
        valued = [f for f in facts if f.value is not None]
        if kind != "target" or not valued or not all(f.quoted and not said_by_the_company(f) for f in valued):
            return
        whose, period = wording.possessive(valued[0].subjects[0]), wording.period_name(valued[0].period)
        reply.add(f"That is an outsider's figure: the articles give no target of {whose} own for {period}.")

    def _say_spread(
        self, unit: str, found: dict[str, list[Fact]], reply: Reply, target: bool = False
    ) -> None:
        """'How many a month in 2015?': each whole year's figure spread evenly over its months
        (weeks, days, quarters), said to be an average; a target's, the pace it asks for."""
        for period, facts in found.items():
            parts = parts_of_period(period, unit)
            if parts is None:
                continue
            period = wording.period_name(period)
            # three significant figures: an average over a year is no exact count
            values = " or ".join(
                dict.fromkeys(
                    fig(wording.number(float(f"{f.value / parts:.3g}")))
                    for f in sorted(facts, key=self._recency)
                    if f.value is not None
                )
            )
            if values:
                a_unit = f"{'an' if unit == 'hour' else 'a'} {unit}"
                if target:
                    reply.add(f"Spread evenly over {period}, that target is about {values} {a_unit}.")
                else:
                    reply.add(f"Spread evenly over {period}, that is about {values} {a_unit} on average.")

    def _say_spread_of_years(
        self, frame: Frame, metric: Metric, found: dict[str, list[Fact]], reply: Reply
    ) -> None:
        """'Average monthly sales over 2015-2016': the years' total, then spread evenly over all
        their months, for each pairing of the sources where they disagree."""
        yearly = {int(p): [f for f in fs if f.value is not None] for p, fs in found.items()}
        if any(not fs for fs in yearly.values()):
            return
        unit = frame.per_unit
        parts = sum(parts_of_period(str(y), unit) or 0 for y in yearly)
        if not parts:
            return
        reply.extend(tuple(self._summed(frame, metric.label, yearly, "total").sentences))
        values = " or ".join(
            dict.fromkeys(
                fig(wording.number(float(f"{total / parts:.3g}"))) for total, _ in self._totals(yearly)
            )
        )
        a_unit = f"{'an' if unit == 'hour' else 'a'} {unit}"
        span = wording.year_span(list(yearly))
        reply.add(f"Spread evenly over {span}, that is about {values} {a_unit} on average.")

    @staticmethod
    def _say_a_number_spread(frame: Frame, found: dict[str, list[Fact]], reply: Reply) -> None:
        """'100 million in 2015, how much a month is that?': a number the figures of its year are
        not, spread over the year as well, after the year's own figure."""
        if len(frame.quantities) != 1 or frame.yes_no or frame.threshold or len(found) != 1:
            return
        if RATE_SAID.search(frame.text):
            return  # ("at 2 million a week, how many in 2016?": a rate already, no sum to spread)
        number = frame.quantities[0]
        period, facts = next(iter(found.items()))
        parts = parts_of_period(period, frame.per_unit)
        if parts is None or not facts or any(matches(f, number) for f in facts):
            return
        each = fig(wording.number(float(f"{number / parts:.3g}")))
        a_unit = f"{'an' if frame.per_unit == 'hour' else 'a'} {frame.per_unit}"
        named = fig(wording.number(number))
        reply.add(f"The {named} you name is about {each} {a_unit} over {wording.period_name(period)}.")

    @staticmethod
    def _spread_verdict(frame: Frame, found: dict[str, list[Fact]]) -> str:
        """'Did they sell over 6 million a month in 2015?', 'about 5.8m a month?': each whole year's
        figure spread over the unit, against the number claimed (roughly, where said so)."""
        spread = [
            f.value / parts_of_period(period, frame.per_unit)
            for period, facts in found.items()
            if period.isdigit() and frame.per_unit != "half"
            for f in facts
            if f.value is not None
        ]
        if frame.threshold:
            sign, value = frame.threshold
            return verdict_by_source([COMPARE_BY_SIGN[sign](each, value) for each in spread])
        if len(frame.quantities) != 1:
            return ""
        claimed, hedged = frame.quantities[0], HEDGED.search(frame.text) is not None
        return verdict_by_source(
            [
                rounds_to(each, claimed) or (hedged and abs(each - claimed) <= claimed * HEDGED_SPREAD)
                for each in spread
            ]
        )

    def _say_in_unit(self, unit: str, found: dict[str, list[Fact]], reply: Reply) -> None:
        """'2015 sales in lakh': each figure also said in the unit asked ("700 lakh")."""
        values = [f.value for facts in found.values() for f in sorted(facts, key=self._recency) if f.value]
        if unit in WRITTEN_OUT:
            # "in words?", "as a full number?": each figure written out (never beside a rate, which
            # it would read as: "2015 per month in words")
            written = (wording.number_in_words(v) if unit == "words" else f"{v:,.0f}" for v in values)
            said = " or ".join(dict.fromkeys(fig(w) for w in written))
            if said:
                reply.add(f"In {'words' if unit == 'words' else 'full'}: {said}.")
            return
        if unit.startswith("nearest "):
            # "to the nearest million": 18.7 million is 19 million
            # ("to the nearest 10 million": 58 million is 60 million)
            per = unit.removeprefix("nearest ")
            step, _, scale = per.rpartition(" ")
            size = float(step or 1) * UNITS_ASKED[scale]
            rounded = dict.fromkeys(
                # (half up, as people round: 18.5 million is 19 million, never the even 18)
                fig(f"{math.floor(v / size + 0.5) * size / UNITS_ASKED[scale]:,.0f} {scale}")
                for v in values
            )
            if rounded:
                reply.add(f"Rounded to the nearest {per}: {' or '.join(rounded)}.")
            return
        said = " or ".join(
            dict.fromkeys(fig(f"{wording.in_unit(v, UNITS_ASKED[unit])} {unit}") for v in values)
        )
        if said:
            # ("in thousands", "in billions"; lakh and crore are said as they are)
            counted = f"{unit}s" if unit in ("thousand", "million", "billion") else unit
            reply.add(f"In {counted}: {said}.")

    def _say_official(self, frame: Frame, found: dict[str, list[Fact]], reply: Reply) -> None:
        """'Is the 2016 figure official?': yes or no by the figure's qualifiers, and what the
        facts of that year say about it being official (any metric: "did not share official
        numbers")."""
        valued = [f for facts in found.values() for f in facts if f.value is not None]
        if not valued:
            return
        official = {"official" in f.qualifiers for f in valued}
        # reported or estimated, never counted and given by the company
        unofficial = {bool({"reported", "estimate"} & set(f.qualifiers)) for f in valued}
        negated = NOT_OFFICIAL.search(frame.text) is not None  # "was the 2016 number not official?"
        if frame.yes_no and official == {True}:
            reply.insert_first("No." if negated else "Yes.")
        elif frame.yes_no and unofficial == {True}:
            reply.insert_first("Yes." if negated else "No.")
        said = {f.id for f in valued}
        for period in found:
            for metric in self.kb.metrics:
                for fact in self._facts(frame, metric, period):
                    if fact.id not in said and fact.statement and OFFICIAL.search(fact.statement.lower()):
                        reply.add(self.statement(fact), fact.source)
                        said.add(fact.id)

    def _year_and_first_half(self, frame: Frame, metric_id: str, year: str) -> list[tuple[Fact, Fact]]:
        """Every pairing of a year's figure (the newest source first) with its first half's: what
        the second half, which no article gives, is derived from; [] when either is missing."""
        full = [f for f in self._facts(frame, metric_id, year) if f.value is not None]
        first = [f for f in self._facts(frame, metric_id, f"{year}-H1") if f.value is not None]
        return list(itertools.product(sorted(full, key=self._recency), first))

    def _rest_of_year_facts(self, frame: Frame, metric, period: str) -> list[Fact]:
        """The second half as figures derived from the year less the first half, one per pairing
        of the sources (to spread over its months, never to cite as an article's)."""
        pairs = self._year_and_first_half(frame, metric.metric, period.partition("-")[0])
        return [replace(a, period=period, value=a.value - b.value) for a, b in pairs]

    def _rest_of_year(self, frame: Frame, metric, period: str) -> str:
        """The second half no article gives, as the full year less the first half, said to be
        derived, with every pairing of sources when they disagree."""
        year, _, part = period.partition("-")
        if part != "H2":
            return ""
        pairs = self._year_and_first_half(frame, metric.metric, year)
        if not pairs:
            return ""

        def rough(*facts: Fact) -> str:  # a difference of approximate figures is approximate too
            return "around " if any("approximate" in f.qualifiers for f in facts) else ""

        options = "; or ".join(
            f"{cited(a)} for {year} less {cited(b)} in the first half: "
            f"{fig(rough(a, b) + wording.number(a.value - b.value))}"
            for a, b in pairs
        )
        subject = wording.possessive(pairs[0][0].subjects[0])
        return (
            f"No article gives {subject} {metric.label} for the second half of {year}; "
            f"derived from the figures: {options}."
        )

    def halves_compared(self, frame: Frame, metric_id: str) -> Answer | None:
        """'Was the second half of 2015 bigger than the first?': the first half's figure against
        the second half's, derived as the year less the first half, for every pairing of sources;
        None unless the year has both figures."""
        if len(frame.all_years) != 1 or self.kb.metrics[metric_id].kind != "figure":
            return None
        year = str(frame.all_years[0])
        pairs = self._year_and_first_half(frame, metric_id, year)
        if not pairs:
            return None
        label = self.kb.metrics[metric_id].label
        reply = Reply()
        second_first = frame.parts_named[0] == "H2"
        if frame.yes_no and not frame.offers_alternatives:
            # "did they sell more in h2 than h1?": the half named first is said to be higher (or lower)
            halves = [(w.value - h.value, h.value) for w, h in pairs]  # (second, first)
            named_first = [(a, b) if second_first else (b, a) for a, b in halves]
            if bounded := gap_bound_by_source(frame, [a - b for a, b in halves]):
                reply.add(bounded)  # "is h1 2015 within 1 million of h2?": the gap, whichever was higher
            elif verdict := higher_verdict(named_first, frame.claims_less, frame.or_equal):
                reply.add(verdict)
        for whole, half in pairs:
            second = whole.value - half.value
            diff = second - half.value
            subject = wording.possessive(half.subjects[0])
            reply.add(
                f"{subject} {label} in {year}: {cited(half)} in the first half, and "
                f"{fig(wording.number(second))} in the second half (derived: {cited(whole)} for the "
                f"year less the first half)."
            )
            if diff:
                bigger, smaller = ("second", half.value) if diff > 0 else ("first", second)
                share = wording.share(abs(diff), smaller)
                reply.add(f"The {bigger} half was {fig(wording.number(abs(diff)))} ({fig(share)}) higher.")
            else:
                reply.add("The two halves were equal.")
            top, bottom = (second, half.value) if second_first else (half.value, second)
            if frame.operation is Operation.RATIO and bottom:
                # "h2 vs h1 ratio": the half named first over the other
                named = "second half to the first" if second_first else "first half to the second"
                reply.add(f"The ratio of the {named} is {fig(wording.times_to_two_places(top / bottom))}.")
        return self._finish(frame, self.intent("compare", metric_id), 100.0, reply)

    def changes_compared(self, frame: Frame, metric_id: str) -> Answer | None:
        """'Was the 2013-2014 jump bigger than the 2014-2015 one?': each range's change, for every
        pairing of sources, and which was bigger; None unless every end of both ranges has a figure."""
        ranges = (frame.year_range, frame.second_range)
        if None in ranges or self.kb.metrics[metric_id].kind != "figure" or len(frame.subjects) > 1:
            return None
        yearly = yearly_values(self._facts(frame, metric_id))
        if any(year not in yearly for span in ranges for year in span):
            return None
        label = self.kb.metrics[metric_id].label
        changes = []  # per range, every pairing of sources: (first fact, last fact, change)
        reply = Reply()
        for first, last in ranges:
            pairs = itertools.product(*(sorted(yearly[y], key=self._recency) for y in (first, last)))
            changes.append([(a, b, b.value - a.value) for a, b in pairs])
            said = "; or ".join(
                f"from {cited(a)} to {cited(b)}: {fig(wording.signed(diff))} "
                f"({fig(wording.percent(diff / a.value * 100))})"
                for a, b, diff in changes[-1]
            )
            reply.add(f"{wording.possessive(yearly[first][0].subjects[0])} {label}, {first}-{last}: {said}.")
        sides = [(one[2], other[2]) for one in changes[0] for other in changes[1]]
        reply.add(self._bigger_change(label, ranges, sides))
        if frame.yes_no and not frame.offers_alternatives:
            # "was the 2014-2016 decline smaller than the 2015-2016 one?": changes by their size, the
            # claim by its comparative ("was the 2016 drop bigger than the 2015 gain?" claims more,
            # whatever the drop)
            # ("was growth from 2015 to 2016 worse than from 2013 to 2014?": better or worse is by the
            # changes themselves, a fall below any rise)
            judged = CHANGE_JUDGED.search(frame.text)
            if judged:
                worse = judged.group(0) in ("worse", "weaker")
                reply.insert_first(higher_verdict(sides, worse, frame.or_equal))
            else:
                sizes = [(abs(a), abs(b)) for a, b in sides]
                reply.insert_first(
                    higher_verdict(sizes, SLOWER.search(frame.text) is not None, frame.or_equal)
                )
        return self._finish(frame, self.intent("change", metric_id), 100.0, reply)

    def sums_compared(self, frame: Frame, metric_id: str) -> Answer | None:
        """'Were 2012 and 2013 combined more than 2016?': each side's sum (a year alone is its own
        figure), for every pairing of sources, and which is higher; None unless every year on both
        sides has a figure."""
        if frame.sums_apart is None or self.kb.metrics[metric_id].kind != "figure" or len(frame.subjects) > 1:
            return None
        yearly = yearly_values(self._facts(frame, metric_id))
        part = frame.period_part
        if part:
            # "H1 2015 vs 2012+2013": the part of the year it is named with, whole years beside it
            for year in frame.part_years or frame.all_years[:1]:
                facts = [f for f in self._facts(frame, metric_id, f"{year}-{part}") if f.value is not None]
                yearly = (
                    {**yearly, year: facts} if facts else {y: fs for y, fs in yearly.items() if y != year}
                )
        if any(year not in yearly for side in frame.sums_apart for year in side):
            return None
        label = self.kb.metrics[metric_id].label
        subject = yearly[frame.sums_apart[0][0]][0].subjects[0]
        # "avg 2012-2014 vs avg 2015-2016": each side's yearly average, not its sum
        averaged = frame.operation is Operation.AVERAGE or AVERAGED.search(frame.text) is not None
        names = [self._side_name(side, yearly, averaged) for side in frame.sums_apart]
        sums, said = [], []
        for side, name in zip(frame.sums_apart, names, strict=True):
            totals = [
                (total / len(side) if averaged else total, combo)
                for total, combo in self._totals({year: yearly[year] for year in side})
            ]
            sums.append([total for total, _ in totals])
            if len(side) == 1:
                values = self._each_source(yearly[side[0]])
            else:
                values = " or ".join(
                    fig(wording.number(total)) + sources_marked(combo) for total, combo in totals
                ) + (" a year" if averaged else "")
            said.append(f"{name}, {values}")
        reply = Reply()
        reply.add(f"{wording.possessive(subject)} {label}: " + "; ".join(said) + ".")
        sides = [(a, b) for a in sums[0] for b in sums[1]]
        gaps = sorted({abs(a - b) for a, b in sides})
        if all(a > b for a, b in sides) or all(a < b for a, b in sides):
            higher = names[0] if sides[0][0] > sides[0][1] else names[1]
            verb = "were" if higher.endswith("together") else "was"
            by = fig(wording.alternatives(gaps))
            if PERCENT_WORD.search(frame.text):
                # "percent difference?": the higher side over the lower, in percent
                ups = sorted({max(a, b) / min(a, b) * 100 - 100 for a, b in sides if min(a, b)})
                by += f" ({fig(' or '.join(wording.percent(up) for up in ups))})"
            reply.add(f"{higher[:1].upper()}{higher[1:]} {verb} higher, by {by}.")
        else:
            reply.add("Which is higher depends on the source.")
        if frame.operation is Operation.RATIO and all(b for _, b in sides):
            # "how many times bigger was H1 2015 than 2012 and 2013?": the first side over the second
            times = " or ".join(dict.fromkeys(wording.multiple(a / b) for a, b in sides))
            verb = "were" if names[0].endswith("together") else "was"
            reply.add(f"{names[0][:1].upper()}{names[0][1:]} {verb} {fig(times)} times {names[1]}.")
        if caveat := self._caveats([f for side in frame.sums_apart for year in side for f in yearly[year]]):
            reply.add(caveat)
        # a percentage or a margin claimed of a sum is not judged
        judged = frame.yes_no and not (PERCENT_CLAIMED.search(frame.text) or frame.quantities)
        claim = claimed_multiple(frame.text)
        if judged and claim:
            # "were 2012 and 2013 combined more than a third of 2015?": the second side, so many times
            reply.insert_first(
                higher_verdict([(a, b * claim[0]) for a, b in sides], frame.claims_less, frame.or_equal)
            )
        elif judged and not frame.offers_alternatives:
            reply.insert_first(
                higher_verdict(sides, frame.claims_less, frame.or_equal)
            )  # the first side is claimed
        return self._finish(frame, self.intent("compare", metric_id), 100.0, reply)

    @staticmethod
    def _side_name(
        years: tuple[int, ...], yearly: dict[int, list[Fact]] | None = None, averaged: bool = False
    ) -> str:
        """'2016', '2012 and 2013 together', '2012-2014 together', 'the first half of 2015',
        'the 2012-2014 average'."""
        if len(years) == 1:
            facts = (yearly or {}).get(years[0]) or []
            return wording.period_name(facts[0].period) if facts else str(years[0])
        if averaged:
            return f"the {wording.year_span(list(years))} average"
        written = (
            wording.listing([str(y) for y in years]) if len(years) == 2 else wording.year_span(list(years))
        )
        return f"{written} together"

    @staticmethod
    def _bigger_change(label: str, ranges: tuple, sides: list[tuple[float, float]]) -> str:
        """Which of two changes was bigger, over every pairing of sources: a rise against a fall
        is said as such, two falls by their size."""
        names = [f"{first}-{last}" for first, last in ranges]
        if all(a > 0 > b for a, b in sides) or all(a < 0 < b for a, b in sides):
            rose, fell = names if sides[0][0] > 0 else names[::-1]
            return f"{label[:1].upper()}{label[1:]} rose over {rose} and fell over {fell}."
        falls = all(a < 0 and b < 0 for a, b in sides)
        sizes = [(abs(a), abs(b)) for a, b in sides] if falls else sides
        if not (all(a > b for a, b in sizes) or all(a < b for a, b in sizes)):
            return "Which change was bigger depends on the source."
        bigger = names[0] if sizes[0][0] > sizes[0][1] else names[1]
        return f"The {'fall' if falls else 'rise'} over {bigger} was the bigger one."

    def periods_compared(self, frame: Frame, metric_id: str) -> Answer | None:
        """'H1 2015 vs all of 2013, which is bigger?', '2014, is that more than the 2015 first
        half?': two periods of different lengths, each figure against the other, for every pairing
        of sources; None unless exactly two periods, one a part of a year, both with figures."""
        periods = list(dict.fromkeys(frame.periods))
        if len(periods) != 2 or self.kb.metrics[metric_id].kind != "figure" or len(frame.subjects) > 1:
            return None  # two companies are set side by side, each under its own name
        if ("-" in periods[0]) == ("-" in periods[1]):
            return None  # two whole years, or two parts, are compared the usual way
        metric = self.kb.metrics[metric_id]
        first, second = (
            [f for f in self._facts(frame, metric_id, p) if f.value is not None] for p in periods
        )
        # "was H2 2015 bigger than 2013?": a second half no article gives, as the year less the
        # first half, said to be derived (its figures are never cited as an article's)
        derived = next(
            (p for p, fs in zip(periods, (first, second), strict=True) if not fs and p.endswith("-H2")), ""
        )
        if derived == periods[0]:
            first = self._rest_of_year_facts(frame, metric, derived)
        elif derived:
            second = self._rest_of_year_facts(frame, metric, derived)
        if not first or not second:
            return None
        pairs = list(itertools.product(sorted(first, key=self._recency), sorted(second, key=self._recency)))
        label = self.kb.metrics[metric_id].label
        reply = Reply()
        sized = frame.differences or self._difference_asked(frame)
        if frame.yes_no and sized and (held := self._difference_checked(frame, pairs)):
            reply.add(verdict_by_source(held))  # "was h1 2015 within 40m of 2015?": the gap's size
        elif frame.yes_no and not A_HALF_NAMED.search(frame.text) and (claim := claimed_multiple(frame.text)):
            # "is h1 2015 about double 2013?", "is the second more than half the first?": the multiple
            sides = self._sides_claimed(frame, pairs)
            reply.add(verdict_by_source([bool(b) and multiple_holds(a / b, *claim) for a, b in sides]))
        elif (
            frame.yes_no
            and not frame.offers_alternatives  # "was 2014 higher or lower?" asks which
            and (
                verdict := higher_verdict(
                    self._sides_claimed(frame, pairs), frame.claims_less, frame.or_equal
                )
            )
        ):
            reply.add(verdict)

        def said(fact: Fact) -> str:
            return fig(wording.number(fact.value)) if fact.period == derived else cited(fact)

        for a, b in pairs:
            diff = a.value - b.value
            names = wording.period_name(a.period), wording.period_name(b.period)
            if not diff:
                reply.add(
                    f"{wording.possessive(a.subjects[0])} {label} in {names[0]} and {names[1]} were equal."
                )
                continue
            higher, lower = (names[0], names[1]) if diff > 0 else (names[1], names[0])
            # "how many times bigger was H1 2015 than 2012?", "how many times 2012 was it?": the multiple
            multiple = max(a.value, b.value) / min(a.value, b.value)
            times = f", {fig(f'{multiple:.1f}')} times as much" if frame.operation is Operation.RATIO else ""
            reply.add(
                f"{wording.possessive(a.subjects[0])} {label} in {names[0]} ({said(a)}) against {names[1]} "
                f"({said(b)}): {higher} was {fig(wording.number(abs(diff)))} higher than {lower}{times}."
            )
        if derived:
            reply.add(self._rest_of_year(frame, metric, derived))
        return self._finish(frame, self.intent("compare", metric_id), 100.0, reply)

    @staticmethod
    def _sides_claimed(frame: Frame, pairs: list[tuple[Fact, Fact]]) -> list[tuple[float, float]]:
        """Each pairing of two periods, the side claimed higher (or lower) first: the one named
        first, unless a part of a year is named after "than" ("is that (2015) more than h1?")."""
        part_first = "-" in pairs[0][0].period
        sides = [(a.value, b.value) for a, b in pairs]
        if not part_first:
            return sides
        # ("did 2015 exceed twice h1 2015?": the whole year is named first, so claimed first)
        # ("is 2015 more than that?" after h1 2015: "that" is the part)
        whole_at = frame.text.find(pairs[0][1].period[:4])
        if whole_at < 0 and (whole := WHOLE_YEAR_SAID.search(frame.text)):
            whole_at = whole.start()  # "was the full year more than double that?"
        part = PART_NAMED.search(frame.text) or THE_LAST_ONE.search(frame.text)
        if THAN_A_PART.search(frame.text) or (part and 0 <= whole_at < part.start()):
            sides = [(b.value, a.value) for a, b in pairs]
        return sides

    def range_arithmetic(self, frame: Frame, facts: list[Fact]) -> Answer | None:
        """'The gap between the priciest Xiaomi and the cheapest iPhone', 'how many of the cheapest
        xiaomis for the priciest iphone': one end of each company's range (the end named nearest
        its name), set against each other; None unless two companies' ranges and their ends are named."""
        ranges: dict[str, Fact] = {}
        for fact in facts:
            if fact.value is not None and fact.value_to is not None and fact.subjects:
                ranges.setdefault(fact.subjects[0], fact)
        if len(ranges) != 2 or len({f.unit for f in ranges.values()}) != 1:
            return None
        ends = []
        named = [self._named_at(frame.text, subject) for subject in ranges]
        both_ends = LOW_END.search(frame.text) and HIGH_END.search(frame.text)
        if None in named and any(at is not None for at in named) and not both_ends:
            # "xiaomi prices", "iphone prices", "how much more expensive is the iphone (at the top
            # end)?": the one named first, against the other, at the end named of both
            end = _range_end(frame.text, 0)
            named_first = sorted(zip(named, ranges.values(), strict=True), key=lambda pair: pair[0] is None)
            for at, (_, fact) in enumerate(named_first):
                ends.append((at, end, fact.value if end == "low" else fact.value_to, fact))
        else:
            # "xiaomi vs apple phone prices", "gap at the low end?": that end of each, in the order asked
            unnamed = all(at is None for at in named)
            for at, fact in zip(range(len(ranges)) if unnamed else named, ranges.values(), strict=True):
                if at is None:
                    return None
                end = _range_end(frame.text, 0 if unnamed else at)
                ends.append((at, end, fact.value if end == "low" else fact.value_to, fact))
        if not any(end for _, end, _, _ in ends):
            return self._ranges_apart(frame, sorted(ends, key=lambda e: e[0]))
        if not all(end for _, end, _, _ in ends):
            return None  # one company's end named and not the other's: no pair to set against
        ends.sort(key=lambda e: e[0])
        (_, end_a, a, fact_a), (_, end_b, b, fact_b) = ends
        unit = fact_a.unit

        def said(end: str, fact: Fact, value: float) -> str:
            kind = "cheapest" if end == "low" else "priciest"
            return f"the {kind} {fact.subjects[0]} phone ({fig(wording.amount(value, unit))})"

        reply = Reply()
        first, second = said(end_a, fact_a, a), said(end_b, fact_b, b)
        multiple = claimed_multiple(frame.text) if frame.yes_no else None
        # ("over $800 more": a margin claimed too, which is not checked here)
        claimed = PRICIER_CLAIMED.search(frame.text) if frame.yes_no and not frame.quantities else None
        # "the cheapest iphone costs $300 more than the priciest xiaomi?": a margin claimed, checked
        margin = PRICE_MARGIN_CLAIMED.search(frame.text) if len(frame.quantities) == 1 else None
        if margin and (frame.yes_no or frame.question.rstrip().endswith("?")) and not frame.threshold:
            dearer_first = margin.group("more") is not None
            holds = (a > b) == dearer_first and abs(abs(a - b) - frame.quantities[0]) < 0.5
            reply.add("Yes." if holds else "No.")
        elif multiple and min(a, b) and not frame.quantities:
            # "is the cheapest iphone more than double the priciest xiaomi?": the first over the second
            reply.add("Yes." if multiple_holds(a / b, *multiple) else "No.")
        elif claimed and a != b and not frame.threshold:
            # "is the top xiaomi price above the cheapest iphone?": the first named claimed the dearer
            reply.add("Yes." if (a > b) == (claimed.group("more") is not None) else "No.")
        if (TIMES.search(frame.text) or multiple) and min(a, b):
            high, low = (first, second) if a >= b else (second, first)
            times = fig(wording.times_to_two_places(max(a, b) / min(a, b)))
            reply.add(f"{high[0].upper()}{high[1:]} costs {times} times {low}.", fact_a.source)
        else:
            gap = fig(wording.amount(abs(a - b), unit))
            reply.add(f"{first[0].upper()}{first[1:]} and {second} are {gap} apart.", fact_a.source)
            if (frame.percent_asked or PERCENT_WORD.search(frame.text)) and min(a, b) and a != b:
                # "how much more is the cheapest iphone than the priciest xiaomi in percent?"
                high, low = max(a, b), min(a, b)
                more, less = (high - low) / low * 100, (high - low) / high * 100
                reply.add(
                    f"The dearer costs {fig(wording.percent(more).lstrip('+'))} more; "
                    f"the cheaper {fig(wording.percent(less).lstrip('+'))} less."
                )
        for fact in (fact_a, fact_b):
            reply.add(self.statement(fact), fact.source)
        return self._finish(frame, self.intent("fact", fact_a.metric), 100.0, reply, facts=(fact_a, fact_b))

    def _lower_range(self, frame: Frame, fact_a: Fact, fact_b: Fact) -> Answer:
        """'Which is cheaper?' of two companies' ranges: the one wholly below the other, or that
        they overlap."""
        low, high = sorted((fact_a, fact_b), key=lambda f: (f.value, f.value_to))
        label = self.kb.metrics[fact_a.metric].label
        dearer = DEARER_ASKED.search(frame.text) is not None  # "which is pricier?": the higher, said first

        def span(fact: Fact) -> str:
            return f"{wording.amount(fact.value, fact.unit)} to {wording.amount(fact.value_to, fact.unit)}"

        reply = Reply()
        if low.value_to <= high.value:
            said, other = (high, low) if dearer else (low, high)
            if low.unit.upper() == "USD":
                # (a company is the cheaper or the pricier; other ranges are lower or higher)
                side = "pricier" if dearer else "cheaper"
                lead = f"{said.subjects[0]} is the {side}: its {label} run {fig(span(said))}"
            else:
                side = "higher" if dearer else "lower"
                lead = f"{wording.possessive(said.subjects[0])} {label} are the {side}: {fig(span(said))}"
            reply.add(f"{lead}, against {fig(span(other))} for {other.subjects[0]}.", said.source)
        else:
            reply.add(
                f"The two ranges of {label} overlap: {low.subjects[0]} {fig(span(low))}, "
                f"{high.subjects[0]} {fig(span(high))}.",
                low.source,
            )
        for fact in (fact_a, fact_b):
            reply.add(self.statement(fact), fact.source)
        return self._finish(frame, self.intent("fact", fact_a.metric), 100.0, reply, facts=(fact_a, fact_b))

    def _ranges_apart(self, frame: Frame, ends: list[tuple[int, str, float, Fact]]) -> Answer | None:
        """'Difference between iphone and xiaomi prices?', 'how many times pricier are iphones?': with
        no end named, both ends and the middles of the two ranges set against each other."""
        # ("how much more expensive is an iphone?": how far apart, as a gap is)
        apart = frame.operation is Operation.COMPARE and Ask.HOW_MUCH in frame.asks
        which = (frame.operation is Operation.COMPARE or Ask.WHICH in frame.asks) and not apart
        if which and not frame.yes_no and Ask.WHY not in frame.asks:
            return self._lower_range(frame, ends[0][3], ends[1][3])  # "which is cheaper?"
        if (
            frame.operation not in (Operation.RATIO, Operation.CHANGE, Operation.GAP)
            and not apart
            or frame.yes_no
        ):
            return None
        fact_a, fact_b = ends[0][3], ends[1][3]
        unit = fact_a.unit
        middle_a, middle_b = (fact_a.value + fact_a.value_to) / 2, (fact_b.value + fact_b.value_to) / 2
        pairs = {
            "low ends": (fact_a.value, fact_b.value),
            "high ends": (fact_a.value_to, fact_b.value_to),
            "middles": (middle_a, middle_b),
        }
        if RANGE_MIDPOINT.search(frame.text):
            pairs = {"middles": pairs["middles"]}  # "difference between the midpoints?"
        times = TIMES.search(frame.text) is not None
        if times and not all(min(pair) for pair in pairs.values()):
            return None
        parts = []
        for name, (a, b) in pairs.items():
            both = f"{wording.amount(a, unit)} vs {wording.amount(b, unit)}"
            if times:
                parts.append(
                    f"{name} {both} ({fig(wording.times_to_two_places(max(a, b) / min(a, b)))} times)"
                )
            else:
                parts.append(f"{name} {both} ({fig(wording.amount(abs(a - b), unit))} apart)")
        label = self.kb.metrics[fact_a.metric].label
        lead = f"{fact_a.subjects[0]} against {fact_b.subjects[0]}, {label} of each range: "
        reply = Reply()
        reply.add(lead + "; ".join(parts) + ".", fact_a.source)
        for fact in (fact_a, fact_b):
            reply.add(self.statement(fact), fact.source)
        return self._finish(frame, self.intent("fact", fact_a.metric), 100.0, reply, facts=(fact_a, fact_b))

    def within_a_range(self, frame: Frame, facts: list[Fact]) -> Answer | None:
        """'Midpoint of the iphone price band', 'spread of xiaomi's price range': the middle of one
        company's range, or how wide it is; None unless one range is found and one of those asked."""
        midpoint, spread = RANGE_MIDPOINT.search(frame.text), RANGE_SPREAD.search(frame.text)
        if not (midpoint or spread):
            return None
        ranges = [f for f in facts if f.value is not None and f.value_to is not None and f.subjects]
        # one range per company: "the midpoint of each?" after two companies' prices
        ranges = list({f.subjects[0]: f for f in reversed(ranges)}.values())[::-1]
        if not ranges or (len(ranges) > 1 and not EACH_OF_THEM.search(frame.text)):
            return None
        reply = Reply()
        for fact in ranges:
            # "Xiaomi's range of phone prices", the metric's own label
            named = f"{wording.possessive(fact.subjects[0])} range of {self.kb.metrics[fact.metric].label}"
            if midpoint:
                middle = fig(wording.amount((fact.value + fact.value_to) / 2, fact.unit))
                reply.add(f"The middle of {named} is {middle}.", fact.source)
            else:
                wide = fig(wording.amount(fact.value_to - fact.value, fact.unit))
                reply.add(f"{named[:1].upper()}{named[1:]} is {wide} wide.", fact.source)
        for fact in ranges:
            reply.add(self.statement(fact), fact.source)
        return self._finish(frame, self.intent("fact", ranges[0].metric), 100.0, reply, facts=tuple(ranges))

    def _named_at(self, text: str, subject: str) -> int | None:
        """Where a company is first named in the question (by any of its names)."""
        names = next((aliases for name, aliases in self.kb.companies if name == subject), ())
        found = [
            m.start() for n in (*names, subject.lower()) for m in re.finditer(rf"\b{re.escape(n)}", text)
        ]
        return min(found) if found else None

    def share_of_target(self, frame: Frame, metric: str) -> Answer | None:
        """'What fraction of the 80m target is that?' (the first half of 2015): the period's figure
        over the target named by its number (or every target of the year, when a target is what
        the question names); with a claimed share checked ("at least 85% of the 80m goal?").
        None unless there is one."""
        if frame.whole_year and frame.quantities and not frame.target_named:
            return None  # "h1 2015 as a percent of the whole year's 70 million": the year's, no target
        if not frame.all_years and len(frame.quantities) == 1:
            # "did they hit at least 85% of the 80m goal?": the year of the target named
            years = {f.period[:4] for f in self._facts(frame, self.intent("gap", metric).versus)
                     if f.value is not None and matches(f, frame.quantities[0])}  # fmt: skip
            frame = replace(frame, years=tuple(int(y) for y in years)) if len(years) == 1 else frame
        elif not frame.all_years and PERCENT_CLAIMED.search(frame.text):
            # "did they reach 70% of the original goal?": the year of the target the words name
            versus = self.intent("gap", metric).versus
            valued = [f for f in self._facts(frame, versus) if f.value is not None]
            named = targets_named(frame.text, valued)
            years = {f.period[:4] for f in named}
            if named != valued and len(years) == 1:
                frame = replace(frame, years=(int(years.pop()),))
        crossed = frame.sales_year is not None and frame.target_year is not None
        if (len(frame.all_years) != 1 and not crossed) or self.kb.metrics[metric].kind != "figure":
            return None
        versus = self.intent("gap", metric).versus
        # "what percent of the 2015 target is that?" after 2013: 2013's sales, 2015's target
        year = str(frame.sales_year if crossed else frame.all_years[0])
        target_year = str(frame.target_year if crossed else frame.all_years[0])
        targets = [t for t in self._facts(frame, versus, target_year) if t.value is not None]
        if frame.quantities:
            named = [t for t in targets if any(matches(t, q) for q in frame.quantities)]
            if not named and not crossed:
                # "was 2016 less than 60% of the 100m goal?": the goal of whichever year set it
                named = [
                    t for t in self._facts(frame, versus) if any(matches(t, q) for q in frame.quantities)
                ]
            targets = named
        elif frame.metric != versus and frame.operation is not Operation.GAP:
            return None  # no target named
        else:
            targets = targets_named(frame.text, targets)  # "the revised goal": that one
        period = f"{year}-{frame.period_part}" if frame.period_part else year
        results = [f for f in self._facts(frame, metric, period) if f.value is not None]
        if not targets or not results:
            return None
        reply = Reply()
        pairs = list(itertools.product(results, targets))
        if SALES_AS_THE_WHOLE.search(frame.text):
            # "the revised 2015 target as a percentage of 2015 sales": the target over the sales
            label = self.kb.metrics[metric].label
            for result, target in pairs:
                whose = wording.possessive(target.subjects[0])
                reply.add(
                    f"{whose} {target.period[:4]} target of {cited(target)} was "
                    f"{fig(wording.share(target.value, result.value))} of its {label} in "
                    f"{wording.period_name(period)} ({cited(result)})."
                )
            return self._finish(frame, self.intent("gap", metric), 100.0, reply)
        for result, target in pairs:
            share = fig(wording.share(result.value, target.value))
            whose_target = "" if target.period[:4] == year else f"{target.period[:4]} "
            reply.add(
                f"{wording.possessive(result.subjects[0])} {cited(result)} in {wording.period_name(period)} "
                f"was {share} of its {whose_target}target of {cited(target)}."
            )
        self._share_claimed(frame, pairs, reply, of_targets=True)  # "at least 85% of the 80m goal?"
        return self._finish(frame, self.intent("gap", metric), 100.0, reply)

    def sources_agreeing(self, frame: Frame, metric: str) -> Answer | None:
        """'Do the articles agree on 2014?': whether the sources that give the year's figure give
        the same one, each cited; None when none gives it."""
        year = str(frame.all_years[0])
        facts = [f for f in self._facts(frame, metric, year) if f.value is not None]
        if not facts:
            return None
        label, whose = self.kb.metrics[metric].label, wording.possessive(facts[0].subjects[0])
        each = self._each_source(facts)
        reply = Reply()
        reply.years = [int(year)]
        if len({f.source for f in facts}) == 1:
            reply.add(f"Only one article gives {whose} {label} for {year}: {each}.")
        elif len({f.value for f in facts}) == 1:
            reply.add(f"Yes. The articles agree on {whose} {label} for {year}: {each}.")
        else:
            reply.add(f"No. The articles disagree on {whose} {label} for {year}: {each}.")
        caveat = self._caveats(facts)
        if caveat:
            reply.add(caveat)
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def share_of_other_year(self, frame: Frame, metric: str, whole: int | None = None) -> Answer | None:
        """'2016 sales were what % of 2015's?': the first year named over the second, with every
        pairing of sources; None unless two whole years with figures are named. `whole`: the year
        that is the whole, where the question names it otherwise ("of the best year")."""
        if len(frame.years) != 2 or self.kb.metrics[metric].kind != "figure":
            return None
        if frame.period_part and not frame.part_years:
            return None  # a part of both years: not one year against another
        if frame.year_range:
            return None  # "what % of the 2012-16 total is 2015?": a year of a range's total
        if (frame.metric and frame.metric != metric) or frame.target_year is not None:
            return None  # "what % of the 2015 target was 2014 sales?": two measures, not two years
        # The whole is the year after "of": "what % of 2014 was 2013", "2016 was what % of 2015's";
        # with no year right after "of", which is the whole is not guessed.
        named = SHARE_OF_YEAR.search(frame.text)
        if named is None and whole is None:
            return None
        whole_year = str(whole) if whole is not None else named.group("year")
        part_year = next((str(y) for y in frame.years if str(y) != whole_year), "")
        if not part_year:
            return None
        if int(whole_year) in frame.part_years:
            return None  # a part as the whole: "what % of h1 2015 was 2014?" is not worked out
        # "what % of 2014 is that?" after the first half of 2015: that half
        part_period = f"{part_year}-{frame.period_part}" if int(part_year) in frame.part_years else part_year
        part = [f for f in self._facts(frame, metric, part_period) if f.value is not None]
        whole = [f for f in self._facts(frame, metric, whole_year) if f.value is not None]
        if not part or not whole:
            return None
        label = self.kb.metrics[metric].label
        reply = Reply()
        # "the 2016 drop as a percentage of 2015": the change between the years, as a share of the whole
        change_named = CHANGE_NAMED.search(frame.text, 0, named.start() if named else len(frame.text))
        for a, b in itertools.product(sorted(part, key=self._recency), sorted(whole, key=self._recency)):
            reply.add(
                f"{wording.possessive(a.subjects[0])} {label} in {wording.period_name(part_period)} "
                f"({cited(a)}) were "
                f"{fig(wording.share(a.value, b.value))} of {whole_year}'s {cited(b)}."
            )
            if change_named and a.value != b.value:
                reply.add(
                    f"The difference, {fig(wording.number(abs(a.value - b.value)))}, is "
                    f"{fig(wording.share(abs(a.value - b.value), b.value))} of {whole_year}'s figure."
                )
        if frame.yes_no and not change_named:
            # "was 2016 about 83% of 2015?", "was 2016 more than 80% of 2015?": the share claimed
            self._share_claimed(frame, list(itertools.product(part, whole)), reply, of_targets=False)
        elif not change_named:
            # "compare to half of 2014?": that fraction of the whole, and how far the part is from it
            self._fraction_checked(frame, list(itertools.product(part, whole)), reply, claimed=False)
        return self._finish(frame, self.intent("ratio", metric), 100.0, reply)

    def age_in_year(
        self, frame: Frame, event_metric: str, year: int, claimed_age: int | None = None
    ) -> Answer | None:
        """'how old was xiaomi in 2016?': the years from the event a company's age runs from (its
        founding, a fact whose value is a year) to the year asked; None without such a fact."""
        subject = frame.subjects[0] if frame.subjects else self.main_subject
        events = [
            f
            for f in self.kb.facts(event_metric)
            if f.unit == "year" and f.value is not None and subject in f.subjects
        ]
        if not events:
            return None
        fact = events[0]
        label = self.kb.metrics[event_metric].label
        years = year - int(fact.value)
        reply = Reply()
        if years < 0:
            reply.add(f"{subject} did not exist yet in {year}: its {label} was in {cited(fact)}.")
        elif years == 0:
            reply.add(f"{cited(fact)} was the year of {wording.possessive(subject)} {label}.")
        else:
            unit = "year" if years == 1 else "years"
            reply.add(
                f"{subject} was {fig(f'{years} {unit}')} old in {year}, counting from its {label} in "
                f"{cited(fact)}."
            )
        if claimed_age is not None:
            reply.insert_first("Yes." if claimed_age == years else "No.")  # "was it five years old in 2014?"
        # what an article says of that year itself ("five years old in 2015"), beside the count
        said = [f for f in self.kb.facts(event_metric) if f.period == str(year) and subject in f.subjects]
        for other in said:
            reply.add(self.statement(other), other.source)
        return self._finish(frame, self.intent("fact", event_metric), 100.0, reply, facts=(fact, *said))

    def years_between(self, frame: Frame, metric: str, ends: tuple[int, int], with_figures: bool) -> Answer:
        """'How many years between 2012 and 2015?', 'from 7.2m to 70m?': the years from one to the
        other; `with_figures` where the years were named by their figures, which are said too."""
        first, last = sorted(ends)
        span = last - first
        reply = Reply()
        reply.add(f"From {first} to {last} is {fig(f'{span} year' if span == 1 else f'{span} years')}.")
        yearly = self._yearly(frame, metric) if with_figures else {}
        shown = [f for year in (first, last) for f in yearly.get(year, ())]
        for fact in shown:
            reply.add(self.statement(fact), fact.source)
        return self._finish(frame, self.intent("figure", metric), 100.0, reply, facts=tuple(shown))

    def years_against_the_average(self, frame: Frame, metric: str) -> Answer | None:
        """'Which years were above the average?', 'how many years below the 2012-2016 mean?': the
        years on that side of the yearly average, by every source's figures (a year on that side by
        one source only is said apart); None unless the years against the average are asked."""
        side = AGAINST_THE_AVERAGE.search(frame.text)
        if side is None or not YEARS_WORD.search(frame.text) or self.kb.metrics[metric].kind != "figure":
            return None
        yearly = self._yearly(frame, metric)
        if frame.year_range:  # "from 2013 to 2016": the average of those years
            yearly = {y: fs for y, fs in yearly.items() if frame.year_range[0] <= y <= frame.year_range[1]}
        if len(yearly) < 2:
            return None
        above = side.group("side") not in BELOW_SIDE
        averages = {
            sum(f.value for f in combo) / len(combo)
            for combo in itertools.islice(itertools.product(*yearly.values()), 64)
        }

        def on_side(fact: Fact, average: float) -> bool:
            return fact.value > average if above else fact.value < average

        sure = [y for y, facts in yearly.items() if all(on_side(f, a) for f in facts for a in averages)]
        maybe = [
            y
            for y, facts in yearly.items()
            if y not in sure and any(on_side(f, a) for f in facts for a in averages)
        ]
        subject = wording.possessive(yearly[min(yearly)][0].subjects[0])
        label = self.kb.metrics[metric].label
        said = " or ".join(wording.number(a) for a in sorted(averages, reverse=True))
        reply = Reply()
        reply.add(f"{subject} {label} averaged {fig(said)} a year over {min(yearly)}-{max(yearly)}.")
        where = "Above" if above else "Below"
        if sure:
            count = f"{len(sure)} year" if len(sure) == 1 else f"{len(sure)} years"
            listed = "; ".join(f"{y}: {' / '.join(cited(f) for f in yearly[y])}" for y in sure)
            reply.add(f"{where} it in {fig(count)}: {listed}.")
        else:
            reply.add(f"No year was {where.lower()} it by every source.")
        if maybe:
            reply.add(f"Depending on the source, also {wording.listing([str(y) for y in maybe])}.")
        facts = tuple(f for y in (*sure, *maybe) for f in yearly[y])
        return self._finish(frame, self.intent("average", metric), 100.0, reply, facts=facts)

    def percent_against_a_later_year(self, frame: Frame, metric: str) -> Answer | None:
        """'by what percent was 2015 above 2016?', '2013 is what percent smaller than 2014?': the
        earlier year measured against the later one, as a percent of the later one (a change runs
        the other way, from the earlier year); None unless an earlier year is so measured."""
        if len(frame.years) != 2 or frame.period_part or frame.year_range:
            return None
        if not (frame.percent_asked or PERCENT_WORD.search(frame.text)):
            return None
        if self.kb.metrics[metric].kind != "figure" or frame.target_year is not None:
            return None
        against = THAN_A_YEAR.search(frame.text) or ABOVE_A_YEAR.search(frame.text)
        if against is not None:
            base_year = int(against.group("year"))
        elif THAN_THE_YEAR_AFTER.search(frame.text) and min(frame.years) + 1 in frame.years:
            base_year = min(frame.years) + 1  # ("xiaomi 2013", "how much less than the year after, in %?")
        else:
            return None
        measured_year = next((y for y in frame.years if y != base_year), None)
        if measured_year is None or measured_year > base_year:
            return None  # a later year measured against an earlier one is the change between them
        measured = [f for f in self._facts(frame, metric, str(measured_year)) if f.value is not None]
        base = [f for f in self._facts(frame, metric, str(base_year)) if f.value is not None]
        if not measured or not base:
            return None
        label = self.kb.metrics[metric].label
        reply = Reply()
        for a, b in itertools.product(sorted(measured, key=self._recency), sorted(base, key=self._recency)):
            side = "more" if a.value >= b.value else "less"
            reply.add(
                f"{wording.possessive(a.subjects[0])} {label} in {measured_year} ({cited(a)}) were "
                f"{fig(wording.share(abs(a.value - b.value), b.value))} {side} than in {base_year} "
                f"({cited(b)}): {fig(wording.number(abs(a.value - b.value)))} {side}."
            )
        return self._finish(frame, self.intent("compare", metric), 100.0, reply)

    def at_the_parts_pace(self, frame: Frame, metric: str, targets: tuple[float, ...] = ()) -> Answer | None:
        """'If they kept the first half's pace all year?': the part's figure carried to the whole
        year (a half twice, a quarter four times), beside the year's own figure where there is one;
        None unless one part of one year, with a figure, is named."""
        part_kind = frame.period_part[0] if frame.period_part else ""
        parts_in_year = {"H": 2, "Q": 4}.get(part_kind)
        if not parts_in_year or len(frame.all_years) != 1 or self.kb.metrics[metric].kind != "figure":
            return None
        if frame.per_unit or frame.unsupported:
            return None  # "the monthly pace in the first half": a spread over months, not a year
        year = str(frame.all_years[0])
        part = [f for f in self._facts(frame, metric, f"{year}-{frame.period_part}") if f.value is not None]
        if not part:
            return None
        label = self.kb.metrics[metric].label
        reply = Reply()
        for fact in sorted(part, key=self._recency):
            reply.add(
                f"At the pace of {wording.period_name(fact.period)} ({cited(fact)}), "
                f"{wording.possessive(fact.subjects[0])} {label} for all of {year} would have been "
                f"{fig(wording.number(fact.value * parts_in_year))}."
            )
        # "was xiaomi on pace for 80M after the first half?": that pace against the number, or
        # against the year's targets when "its target" is asked
        wanted = frame.quantities if len(frame.quantities) == 1 else targets
        paced = list(dict.fromkeys(f.value * parts_in_year for f in part))
        if wanted:
            reached = all(p >= w for p in paced for w in wanted)
            if reached or all(p < w for p in paced for w in wanted):
                # "on pace for 80M?" is a no; "would they have fallen short of 80M?" a yes
                short_asked = frame.claims_short or frame.claims_less
                reply.insert_first("Yes." if reached != short_asked else "No.")
        named = "the target of " if wanted is targets else ""
        for w in wanted:
            for p in paced:
                side = "more than" if p >= w else "short of"
                reply.add(
                    f"That is {fig(wording.number(abs(p - w)))} {side} {named}{fig(wording.number(w))}."
                )
        whole = [f for f in self._facts(frame, metric, year) if f.value is not None]
        if whole:
            reply.add(f"The figure for {year} itself: {' or '.join(cited(f) for f in whole)}.")
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def share_of_range(self, frame: Frame, metric: str) -> Answer | None:
        """'What % of the 2012-2016 total was 2015?': that year over the years' total, with each
        pairing of the sources; None unless one year inside a range is named beside it."""
        if not frame.year_range or len(frame.beside_range) != 1 or self.kb.metrics[metric].kind != "figure":
            return None
        if frame.period_part:
            return None  # "what share of 2013-2015 came in h1 2015?": a half, not the year
        first, last = frame.year_range
        year = frame.beside_range[0]
        if side := PART_OF_A_RANGE.search(frame.text):
            # "what % of 2012-2016 sales came before 2014?": the years on that side of it, together
            said = side.group("side") or side.group("side_from")
            after = said in ("after", "since", "from")
            inclusive = said in ("since", "from", "through", "up to")
            part = [
                y
                for y in range(first, last + 1)
                if (y > year if after else y < year) or (inclusive and y == year)
            ]
            if int(side.group("year") or side.group("year_from")) != year or not part:
                return None
            return self._share_of_a_total(frame, metric, part, range(first, last + 1))
        return self._share_of_a_total(frame, metric, [year], range(first, last + 1))

    def share_of_years(self, frame: Frame, metric: str) -> Answer | None:
        """'2015's share of 2014 and 2015 combined', 'what % of the 2012 and 2013 total came from
        2012?': the year written twice (once in the list, once as the part) over the total of the
        years listed; None for any other count of years written."""
        if frame.year_range or frame.period_part or self.kb.metrics[metric].kind != "figure":
            return None
        if frame.quantities or frame.operation in (Operation.CHANGE, Operation.GAP, Operation.COMPARE):
            return None  # "the gap between 2015 and 2016 as a percent of 2016": a change's share
        joined, share_word = YEARS_JOINED.search(frame.text), SHARE_WORD.search(frame.text)
        if YEARS_SPANNED.search(frame.text) or (
            joined and share_word and joined.start() < share_word.start()
        ):
            return None  # "2012 and 2013 as a share of 2012 to 2015": several years over a span
        # ("per the 2017 article", "as of 2016": a year of vantage, not one of the years listed)
        written = [int(y) for y in YEAR_WRITTEN.findall(YEAR_OF_VANTAGE.sub(" ", frame.text))]
        listed = sorted(set(written))
        twice = [y for y in listed if written.count(y) == 2]
        if len(listed) < 2 or len(twice) != 1 or len(written) != len(listed) + 1:
            return None
        return self._share_of_a_total(frame, metric, [twice[0]], listed)

    def _share_of_a_total(
        self, frame: Frame, metric: str, part_years: list[int], years: Iterable[int]
    ) -> Answer | None:
        """One year's figure (or several years' together) over the total of `years`, with each
        pairing of the sources; None when a year has no figure (no such total)."""
        years = list(years)
        yearly = {y: fs for y, fs in self._yearly(replace(frame, years=()), metric).items() if y in years}
        if any(y not in yearly for y in part_years) or len(yearly) != len(years):
            return None
        label = self.kb.metrics[metric].label
        span = wording.year_span(years)
        reply = Reply()
        shares = []
        for total, facts in self._totals(yearly):
            parts = [f for f in facts if f.period in {str(y) for y in part_years}]
            value = sum(f.value for f in parts)
            shares.append(value / total)
            sources = sources_marked(facts)
            if len(parts) == 1:
                said = f"in {parts[0].period} ({cited(parts[0])})"
            else:
                said = f"in {wording.year_span(part_years)} ({fig(wording.number(value))} together)"
            reply.add(
                f"{wording.possessive(parts[0].subjects[0])} {label} {said} were "
                f"{fig(wording.share(value, total))} of the {span} total of "
                f"{fig(wording.number(total))}{sources}."
            )
        if frame.yes_no and (verdict := share_verdict(frame.text, shares)):
            reply.insert_first(verdict)  # "is 2015 more than a third of the 2012-2016 total?"
        return self._finish(frame, self.intent("ratio", metric), 100.0, reply)

    def against_the_average(self, frame: Frame, metric: str, year: int) -> Answer | None:
        """'Was 2016 above the average?': the year's figure against the average of every year (or
        of the span named: "the 2012-2016 average", "the three-year average" of the latest three),
        for every pairing of sources; None when the year has no figure."""
        every = yearly_values(self._facts(frame, metric))
        yearly = every
        if frame.year_range:
            first, last = frame.year_range
            yearly = {y: fs for y, fs in every.items() if first <= y <= last}
        elif (counted := YEARS_OF_AN_AVERAGE.search(frame.text)) and (n := YEAR_COUNTS.get(counted.group(1))):
            yearly = {y: every[y] for y in sorted(every)[-n:]}
        if year not in every or len(yearly) < 2:
            return None
        span = wording.year_span(sorted(yearly))
        totals = self._totals(yearly)

        def averages(fact: Fact) -> list[float]:
            # 2014's 61 million against the average that counts 61 million, not 60
            return [total / len(yearly) for total, combo in totals if fact in combo or year not in yearly]

        below = bool(BELOW_THE_AVERAGE.search(frame.text))
        held = [(f.value < a) if below else (f.value > a) for f in every[year] for a in averages(f)]
        reply = Reply()
        if frame.yes_no and not frame.offers_alternatives:
            # ("above or below the average?": the side, said with the figures, no yes or no)
            reply.add(verdict_by_source(held))
        used = dict.fromkeys(f.source for facts in yearly.values() for f in facts)  # the average's sources
        for fact in sorted(every[year], key=self._recency):
            own = averages(fact)
            mean = " or ".join(dict.fromkeys(fig(wording.number(a)) for a in own))
            if all(fact.value > a for a in own) or all(fact.value < a for a in own):
                # "how much higher was 2015 than the average?": by how much, and in percent of it
                side = "above" if fact.value > own[0] else "below"
                margin = " or ".join(dict.fromkeys(fig(wording.number(abs(fact.value - a))) for a in own))
                share = " or ".join(dict.fromkeys(fig(wording.share(abs(fact.value - a), a)) for a in own))
                against = f"{margin} ({share}) {side} the {span} average of {mean} a year"
                reply.add(f"{self.figure_clause(fact)}, {against}.", *used)
            else:
                reply.add(f"{self.figure_clause(fact)}, about the {span} average of {mean} a year.", *used)
        return self._finish(frame, self.intent("average", metric), 100.0, reply)

    def result_against(self, frame: Frame, metric: str) -> Answer | None:
        """'Growth 2013 to 2015', 'is that bigger than 2012's sales?': the figure the last question
        worked out (`frame.result_of`), for every pairing of sources, against the one this question
        names (a year's sales or first half, or a year's target, so many times where a multiple is
        claimed); None when either side has none."""
        worked = self._worked_out(frame.result_of, metric)
        year = frame.years[0] if len(set(frame.years)) == 1 else None
        other = self._side_named(frame, metric, year) if year is not None else None
        if worked is None or other is None:
            return None
        results, result_named, used = worked
        others, other_named = other
        claim = claimed_multiple(frame.text)  # "is that more than 3 times 2015?"
        times = claim[0] if claim else 1.0
        if times != 1.0:
            other_named = f"{wording.times_said(times).lower()} {other_named}"
        sides = [(r, o.value * times) for r in results for o in others]
        reply = Reply()
        if frame.yes_no and frame.offers_alternatives:
            # "is that more or less than 2014?": which, for every pairing
            higher = {r > o for r, o in sides if r != o}
            reply.add(
                "More." if higher == {True} else "Less." if higher == {False} else "It depends on the source."
            )
        elif frame.yes_no and COMPARATIVE.search(frame.text):
            # "is that bigger than ...?": the worked-out figure is the side claimed; "was the 2014
            # projection higher than that total?": the side named is
            than, that = THAN_WORD.search(frame.text), THAT_WORD.search(frame.text)
            named_claimed = than is not None and that is not None and than.start() < that.start()
            claimed = [(o, r) for r, o in sides] if named_claimed else sides
            verdict = higher_verdict(claimed, frame.claims_less, frame.or_equal)
            # (two targets of one article, the worked-out figure one value: the targets differ)
            targets = len(set(results)) == 1 and len({o.value for o in others}) > 1
            reply.add(
                "It depends on which target." if targets and verdict.startswith("It depends") else verdict
            )
        said = " or ".join(dict.fromkeys(fig(wording.number(r)) for r in results))
        sources = list(dict.fromkeys(f.source for f in used))
        reply.add(f"{result_named} is {said}.", *sources)
        for o in others:
            gaps = [r - o.value * times for r in results]
            if times != 1.0:  # "4.8 million less than 3 times 2013's sales, 56.1 million (18.7 million)"
                scaled = fig(wording.number(o.value * times))
                reply.add(f"That is {_gap_said(gaps)} {other_named}, {scaled} ({cited(o)}).")
            else:
                reply.add(f"That is {_gap_said(gaps)} {other_named} ({cited(o)}).")
        if caveats := self._caveats([*used, *others]):
            reply.add(caveats)
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def _worked_out(self, asked: Frame | None, metric: str) -> tuple[list[float], str, list[Fact]] | None:
        """The change, total or average a question worked out: its value by every pairing of the
        sources (a change by its size, named as a rise or a fall), how it is named ("the 2012-2015
        average of Xiaomi's smartphone sales") and the facts used."""
        if asked is None:
            return None
        years = sorted(set(asked.all_years))
        yearly = yearly_values(self._facts(replace(asked, years=(), year_range=None), metric))
        if len(years) < 2 or any(y not in yearly for y in years):
            return None
        changed = asked.operation in (Operation.CHANGE, Operation.COMPARE)
        counted = (years[0], years[-1]) if changed else tuple(years)
        combos = list(itertools.product(*(sorted(yearly[y], key=self._recency) for y in counted)))
        whose = f"{wording.possessive(combos[0][0].subjects[0])} {self.kb.metrics[metric].label}"
        consecutive = years == list(range(years[0], years[-1] + 1))
        span = f"{years[0]}-{years[-1]}" if consecutive else wording.listing([str(y) for y in years])
        if changed:
            moves = [combo[-1].value - combo[0].value for combo in combos]
            way = "rise" if all(m > 0 for m in moves) else "fall" if all(m < 0 for m in moves) else "change"
            values = [abs(m) for m in moves]
            named = f"The {way} in {whose} from {years[0]} to {years[-1]}"
        elif asked.operation is Operation.TOTAL:
            values = [sum(f.value for f in combo) for combo in combos]
            named = f"The {span} total of {whose}"
        else:
            values = [sum(f.value for f in combo) / len(combo) for combo in combos]
            named = f"The {span} average of {whose}"
        used = list(dict.fromkeys(f for combo in combos for f in combo))
        return list(dict.fromkeys(round(v, 6) for v in values)), named, used

    def _side_named(self, frame: Frame, metric: str, year: int) -> tuple[list[Fact], str] | None:
        """What a question sets a worked-out figure against: the year's target where it names one
        (the original or the revised one, where it says which), else the year's (or its first
        half's) figure, and how it is named."""
        if frame.target_named:
            target_metric = frame.target_metric or self.intent("gap", metric).versus
            facts = [
                f
                for f in self._facts(frame, target_metric)
                if f.value is not None
                and f.period[:4] == str(year)
                and (not frame.quantities or any(matches(f, q) for q in frame.quantities))
            ]
            facts = targets_named(frame.text, facts)
            kind = wording.forward_kind(facts[0]) if facts else "target"
            return (sorted(facts, key=self._recency), f"the {year} {kind}") if facts else None
        period = f"{year}-{frame.period_part}" if frame.period_part else str(year)
        facts = [f for f in self._facts(frame, metric, period) if f.value is not None]
        if not facts:
            return None
        whose = f"{wording.possessive(facts[0].subjects[0])} {self.kb.metrics[metric].label}"
        return sorted(facts, key=self._recency), f"{whose} in {wording.period_name(period)}"

    def calculated_change(self, frame: Frame, metric: str) -> Answer | None:
        """'Half of the 2016 drop', 'double the 2015 growth', 'the 2013-2014 gap, halved': the change
        into the year named (from the year before) or between the two named, with the calculation
        asked done to it, for every pairing of the sources; None where a year has no figure."""
        if frame.calculation is None or self.kb.metrics[metric].kind != "figure":
            return None
        if frame.period_part or frame.percent_asked or "%" in frame.text or "percent" in frame.text:
            return None  # ("half of the 2016 drop in percent", "the h1 growth": no such change worked)
        years = list(frame.year_range) if frame.year_range else sorted(set(frame.all_years))
        if len(years) == 1:
            years = [years[0] - 1, years[0]]  # "the 2016 drop": from 2015
        if len(years) != 2:
            return None
        asked = replace(frame, years=tuple(years), year_range=None, operation=Operation.CHANGE)
        worked = self._worked_out(asked, metric)
        if worked is None:
            return None
        changes, named, used = worked
        if frame.direction and not named.startswith(f"The {frame.direction} "):
            return None  # "half of the drop in 2014": there was no drop to halve
        results = [frame.calculation.of(c) for c in changes]
        if any(r < 0 for r in results):
            return None  # "the 2016 drop minus 20 million": no figure below nothing
        said = " or ".join(fig(wording.number(c)) for c in changes)
        figure = f"{named[0].lower()}{named[1:]} ({said})"
        worked_out = " or ".join(dict.fromkeys(fig(wording.number(r)) for r in results))
        reply = Reply()
        sources = list(dict.fromkeys(f.source for f in used))
        reply.add(f"{wording.calculated(frame.calculation, figure)} is {worked_out}.", *sources)
        if caveats := self._caveats(used):
            reply.add(caveats)
        return self._finish(frame, self.intent("change", metric), 100.0, reply)

    def calculated(self, frame: Frame, metric: str) -> Answer | None:
        """'Double that', 'half of 2014's sales', 'minus 10 million', '20% of that': one period's
        figure with the calculation asked done to it, for every source's figure; None when the
        period has none."""
        if frame.calculation is None or len(frame.all_years) != 1:
            return None
        year = str(frame.all_years[0])
        period = f"{year}-{frame.period_part}" if frame.period_part else year
        facts = sorted(
            (f for f in self._facts(frame, metric, period) if f.value is not None), key=self._recency
        )
        if not facts:
            return None
        label = self.kb.metrics[metric].label
        reply = Reply()
        if frame.threshold:
            # "what if it was 50% more?", "more than 10m?": the worked-out figure checked
            sign, bound = frame.threshold
            # (to whole units: 60 million plus 10% is 66 million, not a float's hair above it)
            checks = [COMPARE_BY_SIGN[sign](round(frame.calculation.of(f.value)), bound) for f in facts]
            reply.add(verdict_by_source(checks))
        for fact in facts:
            named = f"{wording.possessive(fact.subjects[0])} {label} in {wording.period_name(period)}"
            figure = f"{named} ({cited(fact)})"
            worked = frame.calculation.of(fact.value)
            if worked < 0:
                # "2012 minus 10 million": more than there was to take away, no figure below nothing
                amount = fig(wording.number(frame.calculation.amount))
                verb = "are" if wording.was_or_were(label) == "were" else "is"
                reply.add(f"{figure} {verb} less than {amount}: nothing is left.")
                continue
            reply.add(f"{wording.calculated(frame.calculation, figure)} is {fig(wording.number(worked))}.")
        if len({f.source for f in facts}) > 1 and len({f.value for f in facts}) > 1:
            reply.add(f"Sources disagree on {wording.period_name(period)}.")  # not a target revised
        self._say_an_outsiders_target(reply, self.kb.metrics[metric].kind, facts)
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def share_of_year(self, frame: Frame, metric: str) -> Answer | None:
        """'What share of 2015 came in the first half?': the part's figure over the whole year's,
        with every pairing of sources; None when either figure is missing."""
        if not frame.period_part or len(frame.all_years) != 1:
            return None
        year = str(frame.all_years[0])
        period = f"{year}-{frame.period_part}"
        part = [f for f in self._facts(frame, metric, period) if f.value is not None]
        whole = [f for f in self._facts(frame, metric, year) if f.value is not None]
        if not part and whole and frame.period_part == "H2":
            return self._second_half_share(frame, metric, year, whole)
        if not part or not whole:
            return None
        label = self.kb.metrics[metric].label
        reply = Reply()
        pairs = list(itertools.product(part, sorted(whole, key=self._recency)))
        for a, b in pairs:
            share = fig(wording.share(a.value, b.value))
            reply.add(
                f"{wording.possessive(a.subjects[0])} {label} in {wording.period_name(period)} "
                f"({cited(a)}) were {share} of the year's {cited(b)}."
            )
        self._share_claimed(frame, pairs, reply, of_targets=False)  # "20% of it was h1?"
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def _second_half_share(self, frame: Frame, metric: str, year: str, whole: list[Fact]) -> Answer | None:
        """'What percent of 2015 came in h2?': the second half, which no article gives, derived as
        the year less the first half, over the year; with every pairing of sources."""
        first = [f for f in self._facts(frame, metric, f"{year}-H1") if f.value is not None]
        if not first:
            return None
        label = self.kb.metrics[metric].label
        reply = Reply()
        for h1, total in itertools.product(first, sorted(whole, key=self._recency)):
            rest = total.value - h1.value
            reply.add(
                f"No article gives {wording.possessive(total.subjects[0])} {label} for the second half of "
                f"{year}; derived as {cited(total)} less {cited(h1)} in the first half, "
                f"{fig(wording.number(rest))} is {fig(wording.share(rest, total.value))} of the year."
            )
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def _share_claimed(
        self, frame: Frame, pairs: list[tuple[Fact, Fact]], reply: Reply, of_targets: bool
    ) -> None:
        """'Did they hit at least 85% of the 80m goal?', '20% of it was h1?': the share claimed in
        percent, checked for every pairing of part and whole; else a fraction claimed. Of targets,
        to reach a share is to get at least that far, and the verdict can depend on the target."""
        claimed = PERCENT_CLAIMED.search(frame.text) if claims_a_figure(frame) else None
        if claimed is None:
            self._fraction_checked(frame, pairs, reply)  # "was h1 2015 more than half of the 80m goal?"
            return
        how, percent = (claimed.group("how") or "").strip(), float(claimed.group("n"))
        if of_targets and not how and REACHED_A_SHARE.search(frame.text):
            how = "at least"  # "did they reach 85% of the goal?"
        held = [percent_holds(part.value / whole.value * 100, percent, how) for part, whole in pairs]
        by_whole = {
            w.id: all(h for (_, u), h in zip(pairs, held, strict=True) if u.id == w.id) for _, w in pairs
        }
        if of_targets and len(by_whole) > 1 and len(set(by_whole.values())) > 1:
            reply.insert_first("It depends on which target.")
            return
        reply.insert_first(verdict_by_source(held))

    @staticmethod
    def _fraction_checked(
        frame: Frame, pairs: list[tuple[Fact, Fact]], reply: Reply, claimed: bool = True
    ) -> None:
        """'Was h1 2015 more than half of the 80m goal?': the fraction claimed of each whole
        ("half of 80 million is 40 million") and whether the part is on the side claimed; "more or
        less than half?" is answered with the side it is on. Not `claimed` ("compare to half of
        2014"): how far the part is from that fraction."""
        claim = claimed_multiple(frame.text)
        if claim is None or claim[0] >= 1:
            return
        fraction, how = claim
        how = how or ("at least" if REACHED_VERB.search(frame.text) else "")  # "did they reach half of it?"
        name = next(n for n, v in PARTS.items() if abs(v - fraction) < 1e-9)
        wholes = dict.fromkeys(whole.value for _, whole in pairs)
        for whole in wholes:
            part = fig(wording.number(whole * fraction))
            reply.add(f"{name.capitalize()} of {fig(wording.number(whole))} is {part}.")
        if OVER_OR_UNDER.search(frame.text):
            sides = {"more" if part.value > whole.value * fraction else "less" for part, whole in pairs}
            side = sides.pop() if len(sides) == 1 else ""
            reply.insert_first(f"{side.capitalize()} than {name}." if side else "It depends on the source.")
            return
        if not claimed or not claims_a_figure(frame):
            # "how far was h1 2015 from half of the 80m goal?": how far from that fraction
            for p, w in pairs:
                diff = p.value - w.value * fraction
                side = "above" if diff > 0 else "short of"
                reply.add(f"{fig(wording.number(p.value))} is {fig(wording.number(abs(diff)))} {side} that.")
            return
        reply.insert_first(
            verdict_by_source([multiple_holds(p.value / w.value, fraction, how) for p, w in pairs])
        )

    def _each_year_claimed(self, frame: Frame, found: dict[str, list[Fact]]) -> str:
        """'2013 was 18.7m and 2015 was 70m, both right?': each year said beside its own number
        ("2013 = 18.7m", "70m in 2015"), each year's sales checked ("about" as rounded); '' unless
        every year and number named pair so, of years with sales."""
        pairs = [(int(m.group("y")), m.group("a")) for m in YEAR_THEN_AMOUNT.finditer(frame.text)]
        pairs += [(int(m.group("y")), m.group("a")) for m in AMOUNT_THEN_YEAR.finditer(frame.text)]
        if len(pairs) < 2 or len(pairs) != len(frame.quantities) or len({y for y, _ in pairs}) != len(pairs):
            return ""
        if len(set(YEAR_WRITTEN.findall(frame.text))) != len(pairs) or COMPARATIVE.search(frame.text):
            return ""  # ("did 2014 come closer to 70m than 2016's 58m?": no year claimed at a number)
        hedged = bool(HEDGED.search(frame.text))
        held = []
        for year, said in sorted(pairs):
            facts = [f for f in found.get(str(year), []) if f.value is not None]
            if not facts or any(self.kb.metrics[f.metric].kind != "figure" for f in facts):
                return ""  # ("... and need 70 million in 2017?": a target, checked as such elsewhere)
            claimed = amount_written(said)
            hits = [matches(f, claimed) or (hedged and rounds_to(f.value, claimed)) for f in facts]
            held.append((year, "yes" if all(hits) else "some" if any(hits) else "no"))
        wrong = [str(y) for y, h in held if h == "no"]
        if wrong:
            return f"No: not for {wording.listing(wrong)}."
        return "Yes, each of them." if all(h == "yes" for _, h in held) else "Yes, though one source differs."

    def _verdict(self, frame: Frame, found: dict[str, list[Fact]]) -> str:
        """'Did they sell 70 million in 2015?': yes or no before the figure."""
        if moved := self._way_of_a_part_checked(frame, found):
            return moved
        verdict = self._verdict_of_numbers(frame, found)
        if verdict in ("Yes.", "No.") and not frame.yes_no and NUMBER_AS_A_NAME & set(frame.asks):
            return ""  # "when did xiaomi make its 40 million projection?": the number names it, no claim
        return verdict

    @staticmethod
    def _way_of_a_part_checked(frame: Frame, found: dict[str, list[Fact]]) -> str:
        """'Was q3 2015 the first drop?', 'did q3 2015 sales rise?': the way a part of a year went,
        where its facts say it fell with no figure; a "first" claimed needs the fact's "first" too."""
        facts = [f for fs in found.values() for f in fs]
        if not (frame.yes_no and frame.direction and frame.period_part and facts):
            return ""
        if any(f.value is not None for f in facts) or not all(DROPPED.search(f.statement) for f in facts):
            return ""
        if FIRST_CLAIMED.search(frame.text) and not any(FIRST_CLAIMED.search(f.statement) for f in facts):
            return ""
        sized = re.search(r"\d", PERIOD_WRITTEN.sub(" ", frame.text)) is not None
        if sized or frame.quantities or frame.threshold or frame.differences or frame.percent_asked:
            return ""  # ("did q3 2015 fall by 10%?": the fact gives no size)
        if MORE_THAN_A_WAY.search(frame.text) or len(frame.subjects) > 1:
            return ""  # ("the second drop?", "quarter on quarter?", "sharply?": more than the fact says)
        return "Yes." if frame.direction == "fall" else "No."

    def _verdict_of_numbers(self, frame: Frame, found: dict[str, list[Fact]]) -> str:
        quantities = frame.quantities
        if frame.per_unit:
            # "the monthly pace needed to hit the 80m goal": a number naming a target, no claim;
            # "about 6 million a month in 2015?": the spread checked
            return self._spread_verdict(frame, found) if frame.yes_no or frame.threshold else ""
        valued = [f for facts in found.values() for f in facts if f.value is not None]
        # "was the final 2015 target 100 million?": the target the question names, when it does
        valued = targets_named(frame.text, valued)
        values = [f.value for f in valued]
        # ("so 18.7m in 2013 and 70m in 2015?": each year said beside its number, asking nothing else,
        # is a claim as much as "was it ...?" is)
        # (not of several companies, a what-if or numbers said with "~", which this reads no nearer)
        claims = frame.yes_no or (
            not frame.asks
            and len(frame.subjects) <= 1
            and not frame.supposed
            and "~" not in frame.question
            and not SUPPOSED_SAID.search(frame.text)
        )
        if len(quantities) > 1 and claims and (each := self._each_year_claimed(frame, found)):
            return each
        if frame.offers_alternatives and len(quantities) > 1 and values and len(found) == 1:
            # "did they sell 70 or 80 million in 2015?": the one the figures are, or neither
            matched = [q for q in quantities if any(matches(f, q) for f in valued)]
            near = any(abs(f.value - q) <= NEAR_SHARE * f.value for f in valued for q in quantities)
            if not matched and (near or HEDGED.search(frame.text)):
                return ""  # ("18 or 19 million in 2013?", "roughly 60 or 70m?": the figure alone says it)
            if not matched:
                return "Neither."
            if len(matched) == 1 and all(matches(f, matched[0]) for f in valued):
                return f"{fig(wording.number(matched[0]))}."
            return ""
        targets = [f for facts in found.values() for f in facts if f.value is not None]
        one_years_targets = len(found) == 1 and len(targets) > 1 and frame.target_named
        if (
            len(quantities) > 1
            and frame.yes_no
            and one_years_targets
            and self._is_a_revision(targets[0].metric, targets)
        ):
            # "was the 2015 target 100m and then 80m?": each number one of that year's targets, in turn
            return _targets_in_turn(frame, targets)
        if len(quantities) != 1 or not values:
            return ""
        matching = [f for f in valued if matches(f, quantities[0])]
        if matching and frame.either_metric and frame.metric == frame.either_metric:
            # "did they sell 70m in 2017 or was that a target?": which of the two it was, no bare yes
            return f"It was a {wording.forward_kind(matching[0])}."
        # "is 40 million the 2014 projection or sales?": which of the two the number was
        both_named = frame.offers_alternatives and frame.target_named and frame.sales_word
        # "is 70m both the 2015 sales and the 2017 target?": a claim that it was each
        both_claimed = (
            BOTH_SAID.search(frame.text) and frame.target_named and frame.sales_word and frame.yes_no
        )
        # ("is 70m the 2015 sales or the 2017 target?": every year named, the target's too)
        periods = list(dict.fromkeys((*found, *(str(y) for y in frame.all_years))))
        if (both_named or both_claimed) and (which := self._measure_of_number(frame, periods, quantities[0])):
            if both_named:
                return which
            return f"{'Yes' if which.startswith('Both: ') else 'No'}. {which.removeprefix('Both: ')}"
        if matching and EXACTLY.search(frame.text) and any("approximate" in f.qualifiers for f in matching):
            return "Roughly: that figure is approximate."  # "exactly 58 million?": around 58 million
        unofficial = {"reported", "estimate"}
        from_reports = bool(matching) and all("reported" in f.qualifiers for f in matching)
        named = _sources_claimed(frame, matching) if matching else ()
        if from_reports and named:
            # "according to kevin wang, they sold 58m in 2016?": reports give it, not whoever is named
            if named == frame.subjects[:1]:
                return "Not officially: that figure comes from reports."
            return f"No: that figure comes from reports, not from {wording.listing(list(named), 'or')}."
        if (
            matching
            and OFFICIAL_ASKED.search(frame.text)
            and all(unofficial & set(f.qualifiers) for f in matching)
        ):
            # "58 million per official numbers?", "did acme officially sell 12 million?"
            return (
                "Not officially: that figure comes from reports."
                if all("reported" in f.qualifiers for f in matching)
                else "Not officially: that figure is an estimate."
            )
        outsiders = [f for f in matching if f.quoted and not said_by_the_company(f)]
        negated = NOT_OFFICIAL.search(frame.text) is not None  # "is 70 million not an official target?"
        if matching and OFFICIAL.search(frame.text) and not negated and len(outsiders) == len(matching):
            # "the 70 million for 2017, is that xiaomi's official target?": an insider's number
            whose = quoted_names_of(outsiders)
            return f"No: that figure is {wording.possessive(wording.listing(whose))}, not the company's own."
        targets = all(self.kb.metrics[f.metric].kind == "target" for f in matching)
        if matching and targets and not negated and not frame.quoted and len(outsiders) == len(matching):
            # "is 70 million xiaomi's 2017 target?": a target, but an outsider's, not a yes
            whose = quoted_names_of(outsiders)
            return f"As {wording.possessive(wording.listing(whose))} figure, not the company's own."
        rough = [f for f in valued if rounds_to(f.value, quantities[0])] if HEDGED.search(frame.text) else []
        named = matching or rough
        quoting = [f for f in named if f.quoted]
        someone_else = not any(quotes_one_of(f, frame.quoted) for f in quoting)
        if named and frame.quoted and len(quoting) == len(named) and someone_else:
            # "did lei jun set a 70 million target for 2017?": the figure is someone else's
            whose = quoted_names_of(quoting)  # "Kevin Wang"
            return f"No: that figure is {wording.possessive(wording.listing(whose))}."
        # ("according to canalys, they sold 34.7 million in h1 2015?" names a source as "say" does)
        source_named = any(_named_as_a_source(n, frame.text, PERSON_AS_SOURCE) for n in frame.quoted)
        if (
            named
            and frame.quoted
            and (Ask.SAID in frame.asks or source_named)
            and not any(quotes_one_of(f, frame.quoted) for f in named)
        ):
            # "did lei jun say they sold 70 million in 2015?": the figure is right, the speaker unsaid
            names = wording.listing([n.title() for n in frame.quoted])
            disagree = any(not matches(f, quantities[0]) for f in valued)
            figure = "One source gives that figure" if disagree else "The figure is right"
            return f"{figure}, but the articles don't say {names} said it."
        if matching and all("estimate" in f.qualifiers for f in matching):
            return "By an estimate, yes."  # "did lumio sell 16 million in 2017?": an analyst's estimate
        exact = all(matches(f, quantities[0]) for f in valued)  # "so basically 34.7m in h1?": yes
        if rough and len(rough) == len(valued) and not exact:
            return "Roughly, yes."  # "roughly 60 million in 2014?": 61 and 60 both are
        # "was it always 80?" of the 2015 target: the same article gives 100 million before the cut
        # to 80 (another article's other figure is a disagreement, not a change)
        same_source = {f.source for f in matching}
        changed = sorted(
            {f.value for f in valued if f.source in same_source and not matches(f, quantities[0])}
        )
        if matching and ALWAYS.search(frame.text) and changed:
            return f"No: it was also {wording.listing([wording.number(v) for v in changed])}."
        # "did they keep it at 100 million?": no, where the same article gives it changed after
        if matching and KEPT.search(frame.text):
            after = valued[valued.index(matching[-1]) + 1 :]
            later = [f.value for f in after if f.source in same_source and not matches(f, quantities[0])]
            if later:
                how = (
                    "cut"
                    if max(later) < quantities[0]
                    else "raised"
                    if min(later) > quantities[0]
                    else "changed"
                )
                return f"No: it was {how} to {wording.listing([wording.number(v) for v in later])}."
        matched = [p for p, fs in found.items() if any(matches(f, quantities[0]) for f in fs)]
        unknown_years = [y for y in frame.all_years if str(y) not in found] if not frame.period_part else []
        if matched and unknown_years and len(matched) == len(found) and not EITHER_YEAR.search(frame.text):
            # "70 million in both 2015 and 2017?": a yes only for the years there are figures for,
            # by one source where another says otherwise
            named = wording.listing([wording.period_name(p) for p in matched])
            every = all(matches(f, quantities[0]) for p in matched for f in found[p] if f.value is not None)
            return f"For {named}, yes." if every else f"For {named}, one source says so."
        if matched and len(found) > 1 and frame.all_years:
            named = wording.listing([wording.period_name(p) for p in matched])
            if not EITHER_YEAR.search(frame.text):
                # "did they sell 70 million in both 2015 and 2016?": one year's figure, not both's
                number = fig(wording.number(quantities[0]))
                return f"No: only {named} had {number}." if len(matched) < len(found) else "Yes."
            # "did they sell 70 million in 2014 or 2015?": in the period that had it, by its sources
            every = all(matches(f, quantities[0]) for p in matched for f in found[p] if f.value is not None)
            return f"Yes, in {named}." if every else f"In {named}, by one source."
        # "34.7m in h1 2015 or in all of 2015?": the part of the year that had it, not the year
        part_offered = frame.offers_alternatives and frame.whole_year and frame.period_part
        part_offered = part_offered and len(found) == 1
        if part_offered and any(matches(f, quantities[0]) for f in valued):
            return f"In {wording.period_name(next(iter(found)))}, not the whole year."
        if any(matches(f, quantities[0]) for f in valued):
            # "one source says so" only where another source says otherwise: the 2015 goal was
            # 100 million and then 80 million in one article, and "80 million" is still a yes.
            saying = {f.source for f in valued if matches(f, quantities[0])}
            others = {f.source for f in valued if not matches(f, quantities[0])} - saying
            if BOTH_SOURCES_CLAIMED.search(frame.text) and len(saying) < len(self.kb.sources):
                # "did both articles say 61 million?" (the other says 60), "... 70 million in 2015?"
                # (the other gives no figure for it)
                return "No: only one source says so."
            return "One source says so." if others else "Yes."
        if HEDGED.search(frame.text) and any(rounds_to(f.value, quantities[0]) for f in valued):
            return "Roughly, yes."  # "so like 35m?" of 34.7 million, "around 60m" of around 58
        # "Was 70 million in 2015 a target?": no, and what that number was, if it was anything.
        asked = {f.metric for facts in found.values() for f in facts}
        for metric, f in self._facts_of_number(frame, list(found), quantities[0]):
            if metric.metric not in asked:
                # the number cited where it comes from: the target's own article; where another
                # source gives that period another figure, that one too ("60 million" of 2014)
                others = [
                    g
                    for g in self.kb.facts(metric.metric, f.period, self._companies(frame, metric.metric))
                    if g.value is not None and not matches(g, quantities[0]) and g.source != f.source
                ]
                told = f" Another source gives {' / '.join(cited(g) for g in others)}." if others else ""
                return f"No: {cited(f)} was the {metric.label}. {self.statement(f)}{told}"
        # "Is 34.7 million the whole of 2015?": no; that number is another period's figure.
        for metric_name in asked:
            other = [
                f
                for f in self.kb.facts(metric_name, None, self._companies(frame, metric_name))
                if f.period not in found and matches(f, quantities[0])
            ]
            if other:
                periods = wording.listing([wording.period_name(f.period) for f in other], "and")
                return f"No: {wording.number(quantities[0])} was the figure for {periods}."
        return "No."

    def _measure_of_number(self, frame: Frame, periods: list[str], number: float) -> str:
        """'80 million [1] was a target.', '70 million was actual smartphone sales.': what a number
        was in the periods asked, by the facts of every measure whose figure it is; '' when none."""
        found = list(self._facts_of_number(frame, periods, number))
        # ("70 million was actual sales in 2015 and a target for 2017": each with its year, when they differ)
        dated = len({f.period for _, f in found}) > 1
        kinds = []
        for metric, f in found:
            label = wording.forward_kind(f)
            kind = f"a {label}" if label else f"actual {metric.label}"
            when = f" ({wording.period_name(f.period)})" if dated else ""
            kinds.append(f"{cited(f)} was {kind}{when}")
        both = "Both: " if len({wording.forward_kind(f) for _, f in found}) > 1 and dated else ""
        return f"{both}{wording.listing(list(dict.fromkeys(kinds)), 'and')}." if kinds else ""

    def numbers_compared(self, frame: Frame, metric: str) -> Answer | None:
        """'Is 58 million more than 60 million?': the two numbers checked as written, and the
        figures each is, with their periods and sources; None unless either number is a figure."""
        (said, limit), number = frame.threshold, frame.quantities[0]
        found = self._figures_of_numbers(frame, (number, limit))
        if not any(found):
            return None
        holds = {">": number > limit, ">=": number >= limit, "<": number < limit, "<=": number <= limit}[said]
        than = wording.than(number, limit)
        reply = Reply()
        reply.add(f"{'Yes' if holds else 'No'}: {wording.number(number)} is {than} {wording.number(limit)}.")
        self._say_figures_of_numbers(reply, found)
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def years_checked(self, frame: Frame, metric: str) -> Answer:
        """'Was 2013 under 20m and 2015 over 65m?': each year's figures against that year's own
        number; yes where every check holds by every source, no where one fails by every source."""
        intent = self.intent("figure", metric)
        reply = Reply()
        verdicts: list[bool | None] = []
        for year, side, number in frame.year_checks:
            facts = sorted(
                (f for f in self._facts(frame, metric, str(year)) if f.value is not None), key=self._recency
            )
            if not facts:
                return self.no_period(frame, intent, [str(year)])
            held = {COMPARE_BY_SIGN[side](f.value, number) for f in facts}
            verdicts.append(held.pop() if len(held) == 1 else None)
            for fact in facts:
                than = wording.than(fact.value, number)
                reply.add(f"{self.figure_clause(fact)}, {than} {wording.number(number)}.")
        if frame.checks_either:
            # "was 2013 under 20m or 2015 over 80m?": yes where one holds by every source
            verdict = (
                "Yes." if True in verdicts else "It depends on the source." if None in verdicts else "No."
            )
        else:
            verdict = (
                "No." if False in verdicts else "It depends on the source." if None in verdicts else "Yes."
            )
        reply.insert_first(verdict)
        return self._finish(frame, intent, 100.0, reply)

    def number_as_a_multiple(self, frame: Frame, metric: str) -> Answer | None:
        """'70m is what multiple of 2013 sales?': the number over the year's figure, for each source's
        figure; None when the year has none."""
        year = str(frame.all_years[0])
        facts = sorted((f for f in self._facts(frame, metric, year) if f.value), key=self._recency)
        if not facts or self.kb.metrics[metric].kind != "figure":
            return None
        number = frame.quantities[0]
        reply = Reply()
        for fact in facts:
            times, closer = (
                wording.multiple(number / fact.value),
                wording.times_to_two_places(number / fact.value),
            )
            times = f"{times} ({closer})" if float(closer) != float(times) else times  # "3.7 (3.74)"
            reply.add(
                f"{fig(wording.number(number))} is {fig(times)} times "
                f"{wording.possessive(fact.subjects[0])} {self.kb.metrics[metric].label} in {year} "
                f"({cited(fact)})."
            )
        return self._finish(frame, self.intent("ratio", metric), 100.0, reply)

    def numbers_apart(self, frame: Frame, metric: str) -> Answer | None:
        """'How far is 58 million from 100 million?': the two numbers' difference, as written, and
        the figures each is; None unless either number is a figure or a target."""
        low, high = sorted(frame.quantities[:2])
        found = self._figures_of_numbers(frame, frame.quantities[:2])
        if not any(found):
            return None
        reply = Reply()
        if low == high:
            reply.add(f"They are the same: {wording.number(low)}.")
        else:
            apart = fig(wording.number(high - low))
            reply.add(f"{wording.number(high)} is {apart} more than {wording.number(low)}.")
        self._say_figures_of_numbers(reply, found)
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def _figures_of_numbers(self, frame: Frame, numbers: Iterable[float]) -> list[list[Fact]]:
        """For each number, the figures and targets of any period that are that number."""
        periods = sorted(
            {f.period for kind in ("figure", "target") for f in self.kb.facts_of_kind(kind) if f.period}
        )
        return [[f for _, f in self._facts_of_number(frame, periods, value)] for value in numbers]

    def _say_figures_of_numbers(self, reply: Reply, found: list[list[Fact]]) -> None:
        for facts in found:
            if facts:
                reply.add(
                    "; ".join(f"{wording.forward_label(f) or ''}{self.figure_clause(f)}" for f in facts) + "."
                )

    def _facts_of_number(
        self, frame: Frame, periods: list[str], number: float
    ) -> Iterator[tuple[Metric, Fact]]:
        """Every (measure, fact) of the periods whose figure is the number, of the measures with figures."""
        for metric in self.kb.metrics.values():
            if metric.kind == "fact":
                continue
            for period in periods:
                for f in self.kb.facts(metric.metric, period, self._companies(frame, metric.metric)):
                    if matches(f, number):
                        yield metric, f

    def _say_period(self, reply: Reply, kind: str, facts: list[Fact], frame: Frame | None = None) -> None:
        """One period's facts; where sources disagree on the figure, both, each with its source."""
        valued = [f for f in facts if f.value is not None]
        if kind != "figure" or len({f.value for f in valued}) < 2:
            for f in facts:
                reply.add(self._fact_sentence(frame, f) if frame else self.statement(f), f.source)
            return
        period = wording.period_name(valued[0].period)
        if any(f.quoted for f in valued):
            # "the company says 14.2 million, IDC 13.6 million": who gave each figure is in its
            # own statement, which one sentence with "vs" would lose
            for i, f in enumerate(sorted(valued, key=self._recency)):
                text = self.statement(f)
                reply.add(f"Sources disagree on {period}: {text}" if i == 0 else text, f.source)
        else:
            first = valued[0]
            options = " vs ".join(cited(f) for f in sorted(valued, key=self._recency))
            text = self.statement(first, marked=False).replace(wording.fact_value(first), options, 1)
            reply.add(f"Sources disagree on {period}: {text}")
        for f in facts:
            if f.value is None:
                reply.add(self.statement(f), f.source)

    def disagreement(
        self,
        frame: Frame,
        metric: str,
        stated: tuple[float, ...] = (),
        explained: Callable[[int], list[Fact]] | None = None,
    ) -> Answer | None:
        """'Why are there two numbers for 2014?': the figures the sources disagree on, each with its
        source, and the reason the facts give for it (`explained`, by year), or that they give none;
        None when they agree on every year asked (or, with `stated`, when the numbers the question
        states are not those figures)."""
        return self._disagreement(frame, metric, stated, averaged=False, explained=explained)

    def sources_mean(self, frame: Frame, metric: str) -> Answer | None:
        """'2014 from each article', 'average of the two?': the figures the sources disagree on
        and their mean; None when they agree."""
        return self._disagreement(frame, metric, (), averaged=True)

    def _disagreement(
        self,
        frame: Frame,
        metric: str,
        stated: tuple[float, ...],
        averaged: bool,
        explained: Callable[[int], list[Fact]] | None = None,
    ) -> Answer | None:
        reply = Reply()
        reasons: list[Fact] = []
        gaps: list[float] = []
        disagreed = False  # a revision of a target is no disagreement, and needs no reason
        for year in frame.all_years:
            facts = self._facts(frame, metric, str(year))
            values = sorted({f.value for f in facts if f.value is not None})
            if stated and not all(any(matches(f, q) for f in facts) for q in stated):
                continue
            valued = [f for f in facts if f.value is not None]
            if len(values) > 1 and self._is_a_revision(metric, valued):
                # "2015 targets", "difference between the two?": one article's target, cut
                reply.extend(tuple(self._revision(self.kb.metrics[metric].label, valued).sentences))
                continue
            if len(values) > 1:
                disagreed = True
                self._say_period(reply, "figure", facts)
                reply.add(f"They differ by {fig(wording.number(values[-1] - values[0]))}.")
                gaps.append(values[-1] - values[0])
                if averaged:
                    reply.add(f"Their average is {fig(wording.number(sum(values) / len(values)))}.")
                reasons += explained(year) if explained else []
        if reply.empty:
            return None
        claimed = [q for q in frame.quantities if q not in stated]
        # only a gap claimed as such: "1 million apart?", "differ by 1 million?" (never a bound,
        # "within 2 million?", nor an opinion, "does it matter?")
        gap_claimed = GAP_CLAIMED.search(frame.text) and not GAP_BOUNDED.search(frame.text)
        if frame.yes_no and gaps and len(claimed) == 1 and gap_claimed:
            # "the two 2014 figures are 1 million apart?": the gap claimed, checked
            reply.insert_first(
                "Yes." if all(abs(g - claimed[0]) <= claimed[0] * ROUGH_MATCH for g in gaps) else "No."
            )
        for reason in reasons:
            reply.add(self.statement(reason), reason.source)
        if disagreed and not reasons:
            reply.add("The articles don't say why they differ, so both figures are given with their sources.")
        return self._finish(frame, self.intent("figure", metric), 100.0, reply)

    def _target_reached_before(
        self,
        frame: Frame,
        intent: Intent,
        confidence: float,
        targets: list[Fact],
        sales: dict[int, list[Fact]],
    ) -> Answer:
        """'Has xiaomi ever reached that number before?' of a target for a year with no sales: yes
        with the years before it whose sales reached it, else no with the best of them."""
        reply = Reply()
        verdicts = set()
        for target in targets:
            year = int(target.period[:4])
            goal = f"the {year} {wording.forward_kind(target)} of {cited(target)}"
            earlier = {y: facts for y, facts in sales.items() if y < year}
            reached = [r for y in sorted(earlier) for r in earlier[y] if r.value >= target.value]
            verdicts.add(bool(reached))
            for result in reached:
                reply.add(f"{self.figure_clause(result)}, reaching {goal}.")
            if not reached and earlier:
                best = max((r for facts in earlier.values() for r in facts), key=lambda r: r.value)
                reply.add(
                    f"No year before {year} reached {goal}: the most was {cited(best)} in {best.period}."
                )
        reply.insert_first(
            "Yes." if verdicts == {True} else "No." if verdicts == {False} else "It depends on which target."
        )
        return self._finish(frame, intent, confidence, reply)

    def figure_clause(self, fact: Fact) -> str:
        """A figure said with its metric's template and its source, without the full stop:
        'Xiaomi sold 70 million{src:...} smartphones in 2015'. The domain's words are data."""
        subject = fact.subjects[0]
        text = self.kb.metrics[fact.metric].template.format(
            subject=subject, value=cited(fact), period=wording.period_name(fact.period)
        )
        return text.replace(f"{subject}'s", wording.possessive(subject)).rstrip(".")

    def statement(self, fact: Fact, marked: bool = True) -> str:
        """What the bot says for one fact: its own statement, or its metric's template; the
        fact's figure marked as one unless `marked` is False."""
        value = wording.fact_value(fact)
        if fact.statement:
            text = fact.statement
        else:
            template = self.kb.metrics[fact.metric].template
            subject = fact.subjects[0]
            text = template.format(
                subject=subject,
                value=wording.fact_value(fact),
                period=wording.period_name(fact.period),
            ).rstrip(".") + wording.qualifier_note(fact)
            text = text.replace(f"{subject}'s", wording.possessive(subject))  # "Acme Phones' target"
        text = wording.sentence(text)
        if marked and value and value in text:
            text = text.replace(value, fig(value), 1)
        return wording.forward_label(fact) + text

    def _recency(self, fact: Fact) -> str:
        """Sort key: newest source first."""
        date = self.kb.source(fact.source).date
        return "".join(chr(0x10FFFF - ord(c)) for c in date)

    def _each_source(self, facts: Iterable[Fact]) -> str:
        """A period's figure by each source, newest first: '61 million [1] / 60 million [2]'."""
        return " / ".join(cited(f) for f in sorted(facts, key=self._recency))

    def _series_answer(self, frame: Frame, intent: Intent, confidence: float, facts: list[Fact]) -> Answer:
        metric = self.kb.metrics[intent.metric]
        by_year = yearly_values(facts)
        yearly = {y: by_year[y] for y in frame.years_kept(highest_of_each(by_year))}
        if not yearly:
            return self.no_period(frame, intent, [])
        reply = Reply()
        items = []
        order = list(yearly)
        if frame.ranked:  # "rank the years best to worst": by the figure (the higher where sources differ)
            order.sort(key=lambda y: max(f.value for f in yearly[y]), reverse=frame.ranked == "high")
        for year in order:
            values = self._each_source(yearly[year])
            items.append(f"{year}: {values}")
        subject = yearly[order[0]][0].subjects[0]
        orders = {"high": "from highest to lowest", "low": "from lowest to highest"}
        heading = orders.get(frame.ranked, "by year")
        reply.add(f"{wording.possessive(subject)} {metric.label} {heading}: " + "; ".join(items) + ".")
        if frame.counted_years or frame.since_year is not None or frame.until_year is not None:
            reply.years = sorted(yearly)  # "the first two years", "since 2014": which years those are
        notes = self._caveats([f for fs in yearly.values() for f in fs])
        if notes:
            reply.add(notes)
        if not frame.ranked:
            self._say_total_of_span(frame, metric, yearly, reply)
        return self._finish(frame, intent, confidence, reply)

    def _say_total_of_span(self, frame: Frame, metric: Metric, yearly: dict, reply: Reply) -> None:
        """'How many phones did they sell between 2012 and 2014?', '... before 2015?', 'units sold
        2013 thru 2016': each year's figure, then what they add up to, since a span asked of may
        mean either."""
        spanned = Ask.HOW_MANY in frame.asks or frame.year_range is not None
        if metric.kind != "figure" or not spanned or len(yearly) < 2:
            return
        if EACH_YEAR.search(frame.text) or EACH_YEAR_WEAK.search(frame.text) or LISTED.search(frame.text):
            return  # "how many each year from 2012 to 2014?", "year by year": the years only
        valued = {int(y): [f for f in fs if f.value is not None] for y, fs in yearly.items()}
        if any(not fs for fs in valued.values()):
            return
        reply.extend(tuple(self._summed(frame, metric.label, valued, "total").sentences))

    def _caveats(self, facts: list[Fact]) -> str:
        """'2016 is approximate, from reports.' for figures that are not exact."""
        # Each period with what its figure is: "approximate, from reports", "an estimate".
        kinds: dict[str, list[str]] = {}
        for fact in facts:
            said = ", ".join(ROUGH[q] for q in ROUGH if q in fact.qualifiers)
            periods = kinds.setdefault(said, []) if said and fact.period else None
            if periods is not None and fact.period not in periods:
                periods.append(fact.period)
        # Two targets for one year are a revision, not sources disagreeing.
        results = [f for f in facts if self.kb.metrics[f.metric].kind == "figure"]
        disputed = sorted(p for p, fs in group_by_period(results).items() if len({f.value for f in fs}) > 1)
        notes = []
        if disputed:
            notes.append(f"sources disagree on {wording.listing(disputed)}")
        for said, periods in kinds.items():
            periods = sorted(periods)
            plural = len(periods) > 1
            said = said.replace("an estimate", "estimates") if plural else said
            notes.append(f"{wording.listing(periods)} {'are' if plural else 'is'} {said}")
        return wording.sentence("; ".join(notes)) if notes else ""

    def part_not_given(self, frame: Frame, metric: str, whole: Answer) -> Answer:
        """'xiaomi h1 2015', 'and 2012': no figure for that part of the year, said first, then the
        whole year's answer."""
        parts = wording.listing([wording.period_name(p) for p in frame.periods], "or")
        reply = Reply()
        subject = (frame.subjects or self._main(metric))[0]
        label = f"{wording.possessive(subject)} {self.kb.metrics[metric].label}"
        reply.add(f"No article gives {label} for {parts}; for the whole year:")
        reply.extend(whole.sentences)
        reply.years = list(whole.years)
        intent = self.kb.intents.get(whole.intent or "") or self.intent("figure", metric)
        return self._finish(replace(frame, period_part=None, part_years=()), intent, whole.confidence, reply)

    def no_period(self, frame: Frame, intent: Intent, missing: list[str]) -> Answer:
        metric = self.kb.metrics[intent.metric]
        facts = self._facts(frame, intent.metric)
        # Periods with a figure: "Q3 2015" says sales fell, with no number, so it is no figure to offer
        have = sorted(
            {f.period for f in facts if f.period and f.value is not None}, key=lambda p: (p[:4], len(p), p)
        )
        whole_years = all(p.isdigit() and len(p) == 4 for p in missing)
        runs = wording.year_runs([int(p) for p in missing]) if whole_years else []
        if any(last - first > 1 for first, last in runs):
            # ("the 90s": 1990-1999, not ten years listed)
            asked = wording.listing([f"{a}-{b}" if b > a else str(a) for a, b in runs], "or")
        else:
            asked = wording.listing([wording.period_name(p) for p in missing], "or") or "that period"
        if not facts:
            return self._none_of(frame, intent)  # "redmi note 3 sales?": none for it at all
        if elsewhere := self._claimed_of_another_period(frame, metric, facts, missing):
            return self._finish(frame, intent, 100.0, elsewhere)
        subject = facts[0].subjects[0]
        reply = Reply()
        # ("in march of that year?" after Wuzhen: the facts naming it may have no period with a figure)
        have_them = f" I have them for {wording.periods_listing(have)}." if have else ""
        reply.add(f"I don't know {wording.possessive(subject)} {metric.label} for {asked}.{have_them}")
        for f in self.facts_of_the_part(frame) if len(missing) == 1 else ():
            # "xiaomi q2 2015?": no figure, but what the facts date to that quarter
            reply.add(f"Not {metric.label}, but for {asked}: {self.statement(f)}", f.source)
        for f in facts:
            # "what does the 2015 article give for 2015?": no whole year, but a part of it
            if f.value is not None and "-" in f.period and f.period[:4] in missing:
                reply.add(f"Not the whole year, but part of it: {self.statement(f)}", f.source)
        # A target for the asked year is worth knowing, as long as it is labelled as one; not for
        # a year the bot added ("growth to 2018" reaches back to 2017, which nobody asked about).
        named = {str(y) for y in frame.all_years}
        if metric.kind == "figure":
            for p in missing:
                if named and p[:4] not in named:
                    continue
                for other in self.kb.metrics.values():
                    if other.kind != "target":
                        continue
                    for f in self.kb.facts(other.metric, p, self._companies(frame, other.metric)):
                        # Only a target of the same thing: a phone target says nothing of scooters.
                        if f.value is not None and f.unit in {x.unit for x in facts}:
                            reply.add(
                                f"Not {metric.label}, but for {p} there is a target: {self.statement(f)}",
                                f.source,
                            )
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def _claimed_of_another_period(
        self, frame: Frame, metric: Metric, facts: list[Fact], missing: list[str]
    ) -> Reply | None:
        """'The 34.7 million first-half number was for 2014, wasn't it?', 'kevin wang's 70m target is
        for 2016': a number claimed of a period with no figure, which is another period's own figure:
        no, and whose it is. None for anything else (a question, a number no period has)."""
        if len(frame.quantities) != 1 or len(missing) != 1 or frame.operation or frame.calculation:
            return None
        if (
            not (frame.yes_no or not frame.asks)
            or frame.supposed_figure
            or not PERIOD_KEY.fullmatch(missing[0])
        ):
            return None
        if frame.threshold or frame.unsupported or frame.offers_alternatives or frame.differences:
            return None
        if not NUMBER_POINTED_AT.search(frame.text) or TOLD_OR_SOLD.search(frame.text):
            return None  # ("did they sell 7.2m in 2011?": of 2011 the articles say nothing, either way)
        number = frame.quantities[0]
        # ("is the 70 million for 2017 sales?": that period's number is another measure's, said so there)
        for other in self.kb.metrics.values():
            if any(matches(f, number) for f in self._facts(frame, other.metric, missing[0]) if f.value):
                return None
        owners = [f for f in facts if f.value is not None and matches(f, number)]
        if not owners or len({f.period for f in owners}) != 1:
            return None
        periods = wording.period_name(owners[0].period)
        what = "figure" if metric.kind == "figure" else metric.label
        reply = Reply()
        reply.add(f"No: {wording.number(number)} was the {what} for {periods}.")
        for fact in owners:
            reply.add(self.statement(fact), fact.source)
        return reply

    def money_per_unit_sold(self, frame: Frame, money_metric: str, figure_metric: str) -> Answer | None:
        """'Xiaomi's valuation per phone sold in 2015': one sum of money (the valuation) over the units
        sold in a year, the sum's own year when none is named; every pairing of sources where they
        disagree. None when the measure has no single sum of money."""
        sums = [
            f
            for f in self._facts(frame, money_metric)
            if f.value and f.value_to is None and f.unit.upper() == "USD"
        ]
        if len(sums) != 1:
            return None
        money = sums[0]
        year = str(frame.all_years[0]) if len(frame.all_years) == 1 else money.period[:4]
        # ("per phone sold in h1 2015": over the half's units, never the year's)
        period = f"{year}-{frame.period_part}" if frame.period_part else year
        intent = self.intent("fact", money_metric)
        sold = [f for f in self._facts(frame, figure_metric, period) if f.value]
        if not sold:
            return self.no_period(frame, self.intent("figure", figure_metric), [period])
        label = self.kb.metrics[money_metric].label
        units = self.kb.metrics[figure_metric].label
        each = " or ".join(
            fig(f"${wording.number(round(money.value / f.value))}") for f in sorted(sold, key=self._recency)
        )
        sold_text = " or ".join(cited(f) for f in sorted(sold, key=self._recency))
        reply = Reply()
        owner = wording.possessive(money.subjects[0])
        reply.add(
            f"{owner} {label} of {cited(money)} ({money.period[:4]}) over its {sold_text} {units} in "
            f"{wording.period_name(period)}"
            f" is about {each} per unit."
        )
        return self._finish(frame, intent, 100.0, reply, facts=(money,))

    def facts_of_the_part(self, frame: Frame) -> list[Fact]:
        """The company facts dated to the one quarter or half of a year asked ("2015-Q2")."""
        if not frame.period_part or frame.period_part[:1] not in "HQ" or len(frame.all_years) != 1:
            return []
        period = f"{frame.all_years[0]}-{frame.period_part}"
        subjects = frame.subjects or None
        return [
            f
            for m in self.kb.metrics.values()
            if m.kind == "fact"
            for f in self.kb.facts(m.metric, period, subjects)
        ]

    def no_forecast(self, frame: Frame, intent: Intent) -> Answer:
        """'Will sales grow?': the figures are of past years, none a forecast; a target of a year
        after them is worth knowing, labelled as one."""
        metric = self.kb.metrics[intent.metric]
        facts = [f for f in self._facts(frame, intent.metric) if f.period and f.value is not None]
        if not facts:
            return self._none_of(frame, intent)
        have = sorted({f.period for f in facts}, key=lambda p: (p[:4], len(p), p))
        reply = Reply()
        reply.add(
            f"The articles make no forecast of {wording.possessive(facts[0].subjects[0])} {metric.label}. "
            f"I have them for {wording.periods_listing(have)}."
        )
        last_year = max(int(p[:4]) for p in have)
        units = {f.unit for f in facts}
        for other in self.kb.metrics.values():
            if other.kind != "target":
                continue
            for f in self.kb.facts(other.metric, None, self._companies(frame, other.metric)):
                # only a target of the same thing, for a year after the figures
                if f.value is not None and f.unit in units and f.period and int(f.period[:4]) > last_year:
                    reply.add(f"For {f.period} there is a target: {self.statement(f)}", f.source)
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def facts_answer(self, frame: Frame, facts: list[Fact], confidence: float, verdict: str = "") -> Answer:
        """Company facts found by ranking: said as they are, with their sources, after a yes or
        no when the question checks them."""
        answer = self._fact_answer(frame, self.intent("fact", facts[0].metric), confidence, facts)
        if not verdict or not answer.answered:
            return answer
        if _verdict_of(answer.sentences):
            return answer  # ("... in beijing in may 2015?": a fact dated to another year has said no)
        reply = Reply()
        reply.add(verdict)
        reply.extend(answer.sentences)
        reply.years = list(answer.years)
        return self._finish(
            frame, self.intent("fact", facts[0].metric), confidence, reply, facts=tuple(facts)
        )

    def _fact_answer(
        self, frame: Frame, intent: Intent, confidence: float, facts: list[Fact] | None = None
    ) -> Answer:
        facts = facts if facts is not None else self._facts(frame, intent.metric)
        years = {str(y) for y in frame.all_years}
        if years:
            dated = [f for f in facts if f.period]
            # A fact of that year, or one whose own words name it ("on May 15, 2014").
            # ("The 2015 article's photo ... on May 15, 2014": the article's year names no date)
            matching = [
                f for f in dated if f.period[:4] in years or any(year_dates(f.statement, y) for y in years)
            ]
            timeless = [f for f in facts if not f.period]
            # a check or a "when": a fact dated to another year is what it is asked of
            checked_or_dated = frame.yes_no or Ask.WHEN in frame.asks
            if dated and not matching and checked_or_dated:
                # "was the launch photo from a 2015 event?": no, it is dated to another year (said
                # only where no undated fact may still say yes); "when was that photo taken?" (after
                # 2015 talk): its own date answers
                reply = Reply()
                if frame.yes_no and not timeless:
                    reply.add("No.")
                for f in dated + timeless:
                    reply.add(self._fact_sentence(frame, f), f.source)
                return self._finish(frame, intent, confidence, reply, facts=tuple(dated + timeless))
            if dated and not matching and not timeless:
                label = self.kb.metrics[intent.metric].label
                have = wording.listing(sorted({f.period[:4] for f in dated}))
                reply = Reply()
                reply.add(
                    f"I don't know about {label} in {wording.listing(sorted(years), 'or')}; "
                    f"I have it as of {have}."
                )
                return self._finish(frame, intent, 0.0, reply, answered=False)
            if matching:
                # ("was the launch photo from a 2015 event?": a fact dated to another year is what the
                # check is of, so it stays)
                others = [f for f in dated if f not in matching] if checked_or_dated else []
                facts = matching + timeless + others
        reply = Reply()
        # "by what percent did q3 sales drop?": a number asked, and the facts give none
        number_asked = frame.asks_for_figure or frame.percent_asked or bool(SIZE_ASKED.search(frame.text))
        if number_asked and all(f.value is None for f in facts):
            reply.add("I don't have a figure for that. What I do know:")
            for f in facts:
                reply.add(self._fact_sentence(frame, f), f.source)
            return self._finish(frame, intent, 0.0, reply, answered=False, facts=tuple(facts))
        # "when was xiaomi top in china?": a fact dated to a quarter or a month answers "when" more
        # closely than one dated to a year, so it goes first and its year is the one named
        precise = [
            f
            for f in (facts if Ask.WHEN in frame.asks else ())
            if (len(f.period) > 4 or DATED.search(f.statement)) and f.period[:4].isdigit()
        ]
        facts = precise + [f for f in facts if f not in precise]
        for f in facts:
            reply.add(self._fact_sentence(frame, f), f.source)
        # The years the facts themselves name ("founded in 2010"), for "how many did it sell that year?"
        reply.years = [int(f.value) for f in facts if f.unit == "year" and f.value]
        # ("what year did lei jun say ...?": the year of the fact that answers it, found first)
        dated_by = precise or (facts[:1] if Ask.WHEN in frame.asks else facts)
        when = {int(f.period[:4]) for f in dated_by if f.period[:4].isdigit()}
        if not reply.years and len(when) == 1:
            # "when was xiaomi top in china?" (Q2 2015), then "how many did it sell that year?";
            # "which year were q3 sales first down?" (2015), then "how many phones total that year?"
            reply.years = sorted(when)
        return self._finish(frame, intent, confidence, reply, facts=tuple(facts))

    def _fact_sentence(self, frame: Frame, fact: Fact) -> str:
        """A fact's statement, with who said it for "who"/"where"/"which" questions and its date
        for "when" questions when the statement leaves them out."""
        text = self.statement(fact)
        asks = set(frame.asks)
        extra = []
        # "what did canalys report for q3?": who said it, when the question names them
        named = asks & {Ask.WHO, Ask.WHERE, Ask.SAID, Ask.WHICH} or quotes_one_of(fact, frame.quoted)
        named = named or frame.operation is Operation.SOURCES  # "who said that?": who is quoted
        if fact.quoted and named and fact.quoted not in text:
            extra.append(f"per {fact.quoted}")
        if Ask.WHEN in asks and fact.period and fact.period[:4] not in text:
            extra.append(f"as of {wording.period_name(fact.period)}")
        elif Ask.WHEN in asks and self.claim_dated_by_its_article(fact, text):
            # "when did kevin wang say that?": a claim with no date of its own was made when it was reported
            extra.append(f"reported on {long_date(self.kb.source(fact.source).date)}")
        said = text
        if extra:
            stem = text.rstrip(".")
            # "(according to reports; reported on 10 April 2017)": one pair of brackets, not two
            noted = "; ".join(extra)
            said = f"{stem[:-1]}; {noted})." if stem.endswith(")") else f"{stem} ({noted})."
        if frame.operation is Operation.SOURCES and fact.sentence:
            # "source?" after a fact: the article's own words, as for a figure
            said = f"{said} {self._article_says(fact)}"
        return said

    def claim_dated_by_its_article(self, fact: Fact, text: str) -> bool:
        """A claim whose statement (`text`) gives no month or day, from an article dated to the day."""
        claimed = bool(fact.quoted) or CLAIM_STATED.search(text) is not None
        return claimed and not DATED.search(text) and len(self.kb.source(fact.source).date) == 10

    def _article_says(self, fact: Fact) -> str:
        """The article a fact is from, named by its year, and its own sentence."""
        year = self.kb.source(fact.source).date[:4]
        article = f"The {year} article" if year else "The article"
        return f"{article} says: \u201c{fact.sentence}\u201d"

    def _sources_answer(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        cited, facts = self._provenance(frame)
        if not cited.empty:
            # the facts given, so "what does he do?" next is about the one quoted
            return self._finish(frame, intent, confidence, cited, facts=facts)
        reply = Reply()
        reply.add(f"My figures come from {len(self.kb.sources)} articles:")
        for s in self.kb.sources:
            reply.add(f"\u2022 {s.citation}", s.id)
        return self._finish(frame, intent, confidence, reply)

    def _provenance(self, frame: Frame) -> tuple[Reply, tuple[Fact, ...]]:
        """'Where does the 58 million for 2016 come from?': the figure, who says so, the sentence;
        and the facts that says."""
        reply = Reply()
        if not (frame.all_years or frame.quantities):
            return reply, ()
        years = {str(y) for y in frame.all_years}
        given = []
        for metric in self.kb.metrics.values():
            if metric.kind == "fact" and not frame.quantities:
                continue  # ("which article says 46 billion?": a fact's number, asked as such)
            # "what do the articles say about the 2015 target?": the target's, never the sales
            if frame.target_named and metric.kind != "target":
                continue
            if frame.strong_sales and not frame.target_named and metric.kind == "target":
                continue
            for f in self._facts(frame, metric.metric):
                if years and f.period[:4] not in years:
                    continue
                if frame.period_part and not f.period.endswith(frame.period_part):
                    continue
                if not frame.period_part and "-" in f.period and frame.all_years:
                    continue  # "xiaomi 2015 sales", "according to what?": the year's, not its half's
                if frame.quantities and not any(matches(f, q) for q in self._in_scale(frame, f)):
                    continue
                who = f" Quoted: {f.quoted}." if f.quoted else ""
                reply.add(f"{self.statement(f)}{who} {self._article_says(f)}", f.source)
                given.append(f)
        return reply, tuple(given)

    @staticmethod
    def _in_scale(frame: Frame, fact: Fact) -> tuple[float, ...]:
        """The numbers asked, a bare one ("and 60?") in the fact's own scale, as people say them."""
        if not frame.unscaled or fact.value is None or fact.value < 1e6:
            return frame.quantities
        return tuple(q * scale_of(fact.value) if q < 1000 else q for q in frame.quantities)

    def chart_data(self, intent_name: str = "sales_chart", subject: str = "") -> ChartData:
        """The yearly series with its targets, for a chart: of `subject`, else the main subject."""
        intent = self.kb.intents[intent_name]
        metric = self.kb.metrics[intent.metric]
        yearly = yearly_values(self.kb.facts(intent.metric, subjects=self._charted(subject, intent.metric)))
        years, values, labels, sources = [], [], [], []
        for year, facts in yearly.items():
            ordered = sorted(facts, key=self._recency)
            years.append(year)
            values.append(ordered[0].value)
            labels.append(" / ".join(wording.fact_value(f).replace(" million", "M") for f in ordered))
            sources.extend(f.source for f in ordered)
        targets = []
        if intent.versus:
            for year, facts in yearly_values(
                self.kb.facts(intent.versus, subjects=self._charted(subject, intent.versus))
            ).items():
                if year > max(years, default=0):
                    f = facts[-1]
                    targets.append(
                        (
                            year,
                            f.value,
                            f"{wording.forward_kind(f)} ({wording.fact_value(f)})",
                        )
                    )
                    sources.append(f.source)
        cited = tuple(self.kb.source(s).citation for s in dict.fromkeys(sources))
        subject = next(iter(yearly.values()))[0].subjects[0] if yearly else ""
        return ChartData(
            title=f"{subject} {metric.label} by year",
            unit=yearly and next(iter(yearly.values()))[0].unit or "",
            label=metric.label,
            years=tuple(years),
            values=tuple(values),
            labels=tuple(labels),
            targets=tuple(targets),
            sources=cited,
        )

    def _charted(self, subject: str, metric: str) -> tuple[str, ...]:
        """Whose figures a chart shows: the company asked about, else the main subject."""
        return (subject,) if subject else self._main(metric)

    def _chart_answer(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        subject = frame.subjects[0] if frame.subjects else ""
        chart = self.chart_data(intent.intent, subject)
        reply = Reply()
        if not chart.years:
            # "chart huawei sales": a company with no yearly figures has no chart, least of all Xiaomi's
            label = self.kb.metrics[intent.metric].label
            reply.add(f"I have no yearly {label} for {subject} to chart.")
            return self._finish(frame, intent, 0.0, reply, answered=False)
        targets = wording.listing([f"{year} {label}" for year, _, label in chart.targets])
        span = wording.year_span(list(chart.years))
        reply.add(
            f"Here is a chart of {chart.title} ({span})"
            + (f", with the {targets} marked as a target, not {chart.label}." if targets else ".")
        )
        text, _ = render_text(reply.sentences, self.kb)
        return Answer(
            question=frame.question,
            answered=True,
            text=text + " \u2014 Sources: " + "; ".join(chart.sources),
            intent=intent.intent,
            confidence=round(confidence, 1),
            sources=chart.sources,
            chart=chart,
            sentences=tuple(reply.sentences),
        )

    def _none_of(self, frame: Frame, intent: Intent) -> Answer:
        """No figure of this metric at all for what the question names: a company or a product."""
        named = wording.listing(list(frame.scopes or frame.subjects), "or") or "that"
        reply = Reply()
        reply.add(f"I have no {self.kb.metrics[intent.metric].label} for {named}.")
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def which_year(self, frame: Frame, intent: Intent, why: str = RELATIVE_YEAR_UNCLEAR) -> Answer:
        """Asks which year is meant, saying `why` it cannot tell: "last year" or "this year", a year
        counted from none, a year set against none."""
        years = sorted({int(f.period[:4]) for f in self._facts(frame, intent.metric) if f.period})
        if not years:
            return self._none_of(frame, intent)  # "how many did vivo sell last year?"
        reply = Reply()
        reply.add(f"Which year do you mean? {why}; I have figures for {wording.year_span(years)}.")
        return self._finish(frame, intent, 0.0, reply, answered=False)

    # ---- derived answers ---------------------------------------------------------------

    def years_fallen(self, frame: Frame, metric: str) -> list[int]:
        """The years a metric's figure fell from the year before, by every source."""
        moved, _ = years_moved(self._yearly(frame, metric), "fall")
        return [year for year, _ in moved]

    def years_with_figures(self, frame: Frame, metric: str) -> list[int]:
        """The whole years this metric has figures for, in order."""
        return sorted(self._yearly(frame, metric))

    def extreme_years(self, frame: Frame, metric: str) -> tuple[int, int] | None:
        """(best, worst) year of a metric's whole-year figures, or None with fewer than two years."""
        yearly = self._yearly(frame, metric)
        if len(yearly) < 2:
            return None
        best = max(yearly, key=lambda y: max(f.value for f in yearly[y]))
        worst = min(yearly, key=lambda y: min(f.value for f in yearly[y]))
        return best, worst

    def _yearly(self, frame: Frame, metric: str) -> dict[int, list[Fact]]:
        """A metric's whole-year figures for the companies asked, within any open range asked."""
        yearly = yearly_values(self._facts(frame, metric))
        return {y: yearly[y] for y in frame.years_kept(highest_of_each(yearly))}

    def _derived_answer(self, frame: Frame, intent: Intent, confidence: float, kind: str) -> Answer:
        metric = self.kb.metrics[intent.metric]
        yearly = self._yearly(frame, intent.metric)
        before = frame.since_year - 1 if frame.since_year is not None else None
        # "dropped every year after 2014?": 2015's change too, from the year before
        from_before = len(yearly) == 1 or frame.every_year
        if kind == "change" and from_before and before is not None:
            # "did sales fall after 2015?": 2016 alone, moved from the year before it
            everything = yearly_values(self._facts(frame, intent.metric))
            yearly = {before: everything[before], **yearly} if before in everything else yearly
        asked = frame.all_years
        revised = [y for y, facts in yearly.items() if len(facts) > 1]
        # "when did they cut the target?", "the 100m and the 80m goal": the one year whose target
        # was revised, when any numbers named are its targets
        named = [q for q in frame.quantities if q not in frame.differences]  # "cut by 20m" names no target
        if (
            kind == "change"
            and metric.kind == "target"
            and not asked
            and len(revised) == 1
            # ("cut the goal to 90m?": a cut claimed, checked against the one there was)
            and (frame.revised or all(any(matches(f, q) for f in yearly[revised[0]]) for q in named))
        ):
            asked = revised
        if (
            kind == "change"
            and metric.kind == "target"
            and len(asked) == 1
            and len(yearly.get(asked[0], ())) > 1
        ):
            # "the original was what percent higher than the revised one?": against the last too
            against_the_last = _percent_named(frame) and COMPARATIVE.search(frame.text) is not None
            revision = self._revision(metric.label, yearly[asked[0]], against_the_last=against_the_last)
            revision.years = list(asked)  # "how many did they sell that year?" after it
            if frame.operation is Operation.RATIO:
                # "ratio of the revised target to the original?": the later over the first, and back
                first, last = yearly[asked[0]][0], yearly[asked[0]][-1]
                revision.insert_first(
                    f"The last {metric.label} was {fig(wording.multiple(last.value / first.value))} times "
                    f"the first ({fig(wording.multiple(first.value / last.value))} the other way round)."
                )
            # ("was the revision 20 million?": the cut named, its way left unsaid)
            cut_named = THE_CUT.search(frame.text) and not AROUND_THE_CUT.search(frame.text)
            frame = _margin_between_targets(frame)
            checked = frame.yes_no and (frame.direction or cut_named) and not frame.offers_alternatives
            named_last = frame.yes_no and frame.revised and not frame.direction and len(frame.quantities) == 1
            if checked and (verdict := self._revision_verdict(frame, yearly[asked[0]])):
                revision.insert_first(verdict)
            elif named_last:
                # "was the revised 2015 target 90 million?": the last target, against the number
                revision.insert_first("Yes." if matches(yearly[asked[0]][-1], frame.quantities[0]) else "No.")
            elif (
                frame.yes_no
                and not frame.direction
                and not frame.offers_alternatives
                and (in_turn := _targets_in_turn(frame, yearly[asked[0]]))
            ):
                # "was the 2015 goal first 100m and later 80m?": each number one of its targets, in turn
                revision.insert_first(in_turn)
            elif Ask.WHEN in frame.asks and (dated := self._date_of_revision(yearly[asked[0]])):
                revision.insert_first(f"In {dated}.")  # "when was the goal cut?": the date first
            return self._finish(frame, intent, confidence, revision)
        outsiders = self._outsiders_left_out(frame, metric.kind, kind, yearly)
        yearly = {y: [f for f in facts if f not in outsiders] for y, facts in yearly.items()}
        yearly = {y: facts for y, facts in yearly.items() if facts}
        if metric.kind == "target" and len(asked) > 1 and VERSION_OF_A_TARGET.search(frame.text):
            # "was 2015's original target 2.5x the 2014 projection?": that one of a year's targets,
            # never both read as two sources
            yearly = {y: targets_named(frame.text, facts) for y, facts in yearly.items()}
        if kind in ("best", "worst") and frame.rank > len(yearly):
            # "the tenth best year" of five: declined, saying how many years there are.
            reply = self._too_few_years(metric.label, sorted(yearly))
            return self._finish(frame, intent, 0.0, reply, answered=False)
        if kind == "best" and frame.year_ranked and len(asked) == 1 and asked[0] in yearly:
            # "where does 2016 rank among the years?": its place, and the years above it
            return self._finish(
                frame, intent, confidence, self._place_of_a_year(metric.label, yearly, asked[0])
            )
        since_when = kind in ("best", "worst") and metric.kind == "figure" and SINCE_WHEN.search(frame.text)
        # ("2014 the best since when, in the 2015 article?": one article's years are not all the years)
        since_when = since_when and not self.chosen_sources(frame)
        if since_when and len(asked) == 1 and asked[0] in yearly:
            # "2016 was the lowest since when?": the last year before it that went further
            since = self._extreme_since(metric.label, yearly, asked[0], kind)
            if since is not None:
                return self._finish(frame, intent, confidence, since)
        if kind in ("best", "worst") and len(asked) == 1 and asked[0] in yearly:
            # "Was 2016 the worst year?": the worst year of all, and whether it is the one asked.
            reply = self._extreme(frame, metric.label, yearly, kind)
            verdict = "Yes." if reply.years == asked else "No."
            if verdict == "Yes." and len(frame.quantities) == 1:
                # "best year was 2015 with 90 million, right?": the year, and its figure, both checked
                said = wording.number(frame.quantities[0])
                if not any(matches(f, frame.quantities[0]) for f in yearly[asked[0]]):
                    verdict = f"The year, yes; the figure, no: not {said}."
            if verdict == "No.":
                # ("was 2016 the worst year?": no, and what 2016 itself had, beside the worst)
                had = self._each_source(yearly[asked[0]])
                reply.add(f"{asked[0]} had {had}.")
            reply.insert_first(verdict)
            return self._finish(frame, intent, confidence, reply)
        # "average growth every year?": one figure, no year by year
        each_year = kind == "change" and frame.every_year and not frame.superlative
        each_year = each_year and not AVERAGED.search(frame.text)
        # "how much did they grow each year?", "list the yearly changes": each change asked for; a
        # claim ("sales grew every year?") is checked
        asked_for = frame.asks or LISTED.search(frame.text) or CHANGES.search(frame.text)
        # ... as is a change named with no verb claiming it ("annual growth each year")
        asked_for = asked_for or not MOVED_VERB.search(frame.text)
        listed = not frame.yes_no and bool(asked_for)
        each_year = each_year and bool(frame.direction or listed)
        # "did sales fall in 2015 and 2016?": a fall in each of the two years, each against the year
        # before it, never the change from one to the other
        in_each = kind == "change" and frame.direction and not frame.year_range and not each_year
        in_each = in_each and len(asked) == 2 and asked[1] - asked[0] == 1 and frame.yes_no
        if in_each and asked[0] - 1 in yearly and IN_EACH_OF_TWO_YEARS.search(frame.text):
            each_year, asked = True, [asked[0] - 1, asked[1]]
        if each_year and len(asked) == 2:
            asked = list(range(min(asked), max(asked) + 1))  # "every year from 2012 to 2016": each of them
        # "did sales ever decline between 2012 and 2016?": the years within that fell, not its two ends
        # ("did sales ever grow past 100m ...?" is a check of the number instead)
        ever_moved = kind == "change" and frame.direction and frame.year_range and not frame.threshold
        # ("in which years between 2012 and 2015 did sales fall?": the years within, each its own)
        years_within = {Ask.WHICH, Ask.WHEN} & set(frame.asks) and YEARS_WORD.search(frame.text)
        ever_moved = ever_moved and not frame.quantities and (EVER_WORD.search(frame.text) or years_within)
        if ever_moved:
            low, high = frame.year_range
            yearly, asked = {y: facts for y, facts in yearly.items() if low <= y <= high}, []
        if (
            kind == "change"
            and frame.year_range
            and not each_year
            and not frame.superlative
            and not ever_moved
        ):
            asked = list(frame.year_range)  # "growth 2015 to 2017": its two ends, with or without 2016
        part_asked = PART_ASKED.search(frame.text) and len(frame.all_years) == 1 and not frame.period_part
        if kind == "change" and frame.direction and part_asked:
            # "in what quarter of 2015 did sales drop?": the parts of that year said to have fallen;
            # no year's figure says which of its quarters grew or fell
            year = f"{frame.all_years[0]}-"
            fell = [
                f
                for f in (self._facts(frame, metric.metric) if frame.direction == "fall" else ())
                if f.value is None and f.period.startswith(year) and DROPPED.search(f.statement)
            ]
            reply = Reply()
            if not fell:
                moved = "fell" if frame.direction == "fall" else "grew"
                reply.add(
                    f"The articles don't say in which part of {frame.all_years[0]} {metric.label} {moved}."
                )
                return self.finish_unanswered(frame, reply)
            for fact in fell:
                reply.add(self.statement(fact), fact.source)
            return self._finish(frame, intent, confidence, reply)
        ranked_change = frame.superlative and RANKED_CHANGE.search(frame.text)
        if kind == "change" and ranked_change and frame.yes_no and asked and not each_year:
            # "was 2015 the biggest jump?": the change into it against every year's, never that one
            # change alone
            return self._finish(frame, intent, confidence, self._largest_change(frame, metric.label, yearly))
        multiple = claimed_multiple(frame.text) if frame.operation is Operation.RATIO else None
        if multiple and (span := self._years_each_multiplied(frame, yearly, asked)):
            # "did sales double every year from 2012 to 2015?": each year against the one before,
            # never the span's two ends
            reply = self._every_year_multiplied(metric.label, span, multiple)
            return self._finish(frame, intent, confidence, reply)
        if asked:
            if kind == "change" and len(asked) == 1:
                asked = [asked[0] - 1, asked[0]]
            missing = [str(y) for y in asked if y not in yearly]
            if missing:
                return self.no_period(frame, intent, missing)
            yearly = {y: yearly[y] for y in sorted(asked)}
        if not yearly:
            return self.no_period(frame, intent, [])
        if kind == "change" and len(asked) != 2 and frame.superlative:
            return self._finish(frame, intent, confidence, self._largest_change(frame, metric.label, yearly))
        if each_year and listed:
            # "how much did they grow each year?": every year's change, not a yes or no
            return self._finish(frame, intent, confidence, self._each_years_change(metric.label, yearly))
        if each_year:
            reply = self._every_year(metric.label, yearly, frame.direction)
            return self._finish(frame, intent, confidence, reply)
        # ("years without sales falling", "any years with no drop?": which years, asked by naming them)
        asks_which = {Ask.WHEN, Ask.WHICH} & set(frame.asks) or YEARS_NAMED_AS_ASKED.search(frame.text)
        claim = multiple if not asked else None
        if claim and (asks_which or frame.yes_no or EVER_WORD.search(frame.text)):
            # "in which year did sales triple?", "did sales ever double year over year?"
            reply = self._years_multiplied(metric.label, yearly, claim)
            if frame.yes_no:
                reply.insert_first("Yes." if reply.years else "No.")
            return self._finish(frame, intent, confidence, reply)
        percent = PERCENT_CLAIMED.search(frame.text) if kind == "change" and not asked else None
        if percent and percent.group("how") and IN_SOME_YEAR.search(frame.text) and not frame.superlative:
            # "did sales ever grow more than 300% in a year?": each year's change, never the span's
            claimed, how = float(percent.group("n")), percent.group("how").strip()
            reply = self._years_past_a_percent(metric.label, yearly, claimed, how, frame.direction)
            reply.insert_first("Yes." if reply.years else "No.")
            return self._finish(frame, intent, confidence, reply)
        # "how many years did sales grow?": the years counted
        counts_years = Ask.HOW_MANY in frame.asks and YEARS_WORD.search(frame.text) is not None
        if (
            kind == "change"
            and not asked
            and (
                frame.direction == "fall"
                or frame.direction
                and (asks_which or counts_years or ever_moved or frame.yes_no and IN_A_ROW.search(frame.text))
            )
        ):
            # ("in how many years did sales grow by more than 100%?": only the years past it)
            bound = PERCENT_BOUND.search(frame.text)
            side_bound = (side_of(bound.group("side")), float(bound.group("n"))) if bound else None
            reply = self._years_that_moved(metric.label, yearly, frame.direction, side_bound)
            # ("Q3 2015 sales dropped year on year": a part of a year said to have fallen, in the years asked)
            parts_fell = [
                f
                for f in (self._facts(frame, metric.metric) if frame.direction == "fall" else ())
                if f.value is None
                and "-" in f.period
                and FELL.search(f.statement)
                and f.period[:4].isdigit()
                and min(yearly) <= int(f.period[:4]) <= max(yearly)
            ]
            in_a_row = IN_A_ROW.search(frame.text)
            if frame.yes_no and in_a_row:
                # "did sales ever fall two years in a row?": a run of that many years, year to year only
                reply.insert_first(run_verdict(in_a_row, reply.years, []))
                parts_fell = []  # (a quarter's fall is no year's)
            elif frame.yes_no and EVER_WORD.search(frame.text):
                # "did sales ever fall before 2016?": not from one year to the next, but a quarter's did
                verdict = (
                    "Yes."
                    if reply.years
                    else "Not from year to year, but a quarter's did."
                    if parts_fell
                    else "No."
                )
                reply.insert_first(verdict)
            if counts_years:
                verb = "fell" if frame.direction == "fall" else "grew"
                if side_bound is not None:
                    verb += f" by {SIDE_SAID[side_bound[0]]} {wording.percent(side_bound[1]).lstrip('+')}"
                subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
                moved, steps = len(reply.years), len(yearly) - 1
                years = f": {wording.listing([str(y) for y in reply.years])}" if moved else ""
                reply.insert_first(
                    f"{subject} {metric.label} {verb} in {moved} of the {steps} years after "
                    f"{min(yearly)}{years}."
                )
            # "when did sales first drop?": a part of a year said to have fallen, with no figure, is
            # told too
            for fact in parts_fell:
                reply.add(self.statement(fact), fact.source)
            return self._finish(frame, intent, confidence, reply)
        compute = {
            "change": self._change,
            "compare": self._compare,
            "total": self._summed,
            "average": self._summed,
            "best": self._extreme,
            "worst": self._extreme,
            "reverse": self._reverse,
        }[kind]
        reply = compute(frame, metric.label, yearly, kind)
        if reply is None:
            return self._no_match(frame, intent, yearly)
        checked = kind == "average" and frame.yes_no
        averages = [total / len(yearly) for total, _ in self._totals(yearly)] if checked else []
        if averages and frame.threshold and not frame.median and len(yearly) > 1:
            # "was the 2012-2016 average above 40m?": each pairing of the sources' average checked
            sign, value = frame.threshold
            reply.insert_first(verdict_by_source([COMPARE_BY_SIGN[sign](a, value) for a in averages]))
        elif averages and _average_claimed(frame) and len(yearly) > 1:
            # "avg 2015-2016 was 65m, right?": the average claimed, checked (an average is seldom
            # said to the last digit: "43m" of 42.98 million is so, roughly)
            claimed = frame.quantities[0]
            if EXACTLY.search(frame.text):  # ("exactly 43m?" of 42.98 million: no)
                reply.insert_first(
                    verdict_by_source([abs(a - claimed) <= exact_tolerance(claimed) for a in averages])
                )
            else:
                reply.insert_first(average_verdict(averages, claimed))
        if kind == "reverse" and OFFICIAL.search(frame.text):
            # "is the 58 million figure official?": the year found, and whether its figure is
            self._say_official(frame, {str(y): yearly[y] for y in reply.years if y in yearly}, reply)
        # Caveats matter only where the result rests on them.
        used = yearly if kind in ("compare", "total", "average") else {}
        if kind == "change":  # a change rests on its first and last years only
            used = {y: yearly[y] for y in (min(yearly), max(yearly))}
        caveat = self._caveats([f for fs in used.values() for f in fs])
        if caveat:
            reply.add(caveat)
        for fact in outsiders:
            who = fact.quoted.split(",")[0].strip()  # "Kevin Wang, industry insider": the name
            whose, period = wording.possessive(fact.subjects[0]), wording.period_name(fact.period)
            reply.add(
                f"{wording.possessive(who)} {wording.number(fact.value)} for {period} is left out: "
                f"an outsider's figure, not a target of {whose} own.",
                fact.source,
            )
        return self._finish(frame, intent, confidence, reply)

    @staticmethod
    def _outsiders_left_out(
        frame: Frame, metric_kind: str, kind: str, yearly: dict[int, list[Fact]]
    ) -> list[Fact]:
        """'The sum of all the targets', 'the second highest goal': a company's own targets only,
        without an outsider's figure ("Kevin Wang, industry insider"), unless its year is asked."""
        if metric_kind != "target" or kind not in ("total", "average", "best", "worst") or frame.all_years:
            return []
        return [f for facts in yearly.values() for f in facts if f.quoted and not said_by_the_company(f)]

    @staticmethod
    def _asked_backwards(frame: Frame, first: int, last: int, pairs: list[tuple[Fact, Fact]]) -> bool:
        """Whether the question writes the span from its later year to its earlier one, and any way
        it names is the way it went backwards ("how much did sales fall from 2016 to 2015?" names the
        fall as it happened)."""
        written = SPAN_BACKWARDS.search(frame.text)
        if written is None or (int(written["a"]), int(written["b"])) != (last, first):
            return False
        back_rose = all(a.value > b.value for a, b in pairs)
        back_fell = all(a.value < b.value for a, b in pairs)
        return (
            not frame.direction
            or (frame.direction == "rise" and back_rose)
            or (frame.direction == "fall" and back_fell)
        )

    def _change(self, frame, label, yearly, kind) -> Reply | None:
        if len(yearly) < 2:
            return self._need_two_years(label)
        first, last = min(yearly), max(yearly)
        reply = Reply()
        variants = []
        pairs = list(itertools.product(*(sorted(yearly[y], key=self._recency) for y in (first, last))))
        for a, b in pairs:
            diff = b.value - a.value
            variants.append(
                f"from {cited(a)} in {first} to {cited(b)} in {last}: {fig(wording.signed(diff))} "
                f"({fig(wording.percent(diff / a.value * 100))}, {fig(f'{b.value / a.value:.1f}x')})"
            )
        verb = (
            "grew"
            if all(b.value >= a.value for a, b in pairs)
            else "fell"
            if all(b.value < a.value for a, b in pairs)
            else "changed"
        )
        subject = yearly[first][0].subjects[0]
        if frame.operation is Operation.RATIO:
            # "how many times more?", "ratio?": the multiple first, in words a reader can quote.
            multiples = " or ".join(dict.fromkeys(wording.multiple(b.value / a.value) for a, b in pairs))
            # ("3.7 times (3.74)": a ratio quoted to one place is also given to two, which readers check)
            closer = " or ".join(
                dict.fromkeys(wording.times_to_two_places(b.value / a.value) for a, b in pairs)
            )
            if closer != multiples:
                multiples = f"{multiples} ({closer})"
            owner = wording.possessive(subject)
            named = RATIO_NAMED.search(frame.text) or YEAR_DIVIDED.search(frame.text)
            numerator, denominator = (named.group("a"), named.group("b")) if named else ("", "")
            over, under, ratios = (
                (first, last, [(a.value, b.value) for a, b in pairs])
                if (numerator, denominator) == (str(first), str(last))
                else (last, first, [(b.value, a.value) for a, b in pairs])
            )
            if over == first:
                # "the ratio of 2015 to 2016": the earlier year over the later, as named
                multiples = " or ".join(dict.fromkeys(f"{x / y:.2f}" for x, y in ratios))
            # ("0.10 times (10.3%)": a fraction is also read as the share it is)
            fraction = all(x < y for x, y in ratios)
            shares = " or ".join(dict.fromkeys(wording.share(x, y) for x, y in ratios))
            times = f"{fig(multiples)} times ({fig(shares)})" if fraction else f"{fig(multiples)} times"
            reply.add(f"{owner} {label} in {over} were {times} those of {under}.")
            claim = claimed_multiple(frame.text) if frame.yes_no else None
            if claim is not None:
                # "did xiaomi more than triple its sales from 2013 to 2014?": the later year over the
                # earlier; "was 2013 less than half of 2014?", "was 2014 more than double 2013?":
                # the year claimed over the one it is measured against
                than = THAN_A_YEAR.search(frame.text)
                # "more than double in 2013" claims a change; "more than double 2013" names 2013
                than = than and not re.search(r"\b(?:in|by|from)\b", than.group())
                named_order = claim[0] < 1 or than or YEAR_TIMES_YEAR.search(frame.text)
                as_named = named_order and len(frame.years) == 2
                later_claimed = not as_named or years_claimed(frame)[0] == last
                multiples = [b.value / a.value if later_claimed else a.value / b.value for a, b in pairs]
                verdict = verdict_by_source([multiple_holds(m, *claim) for m in multiples])
                # "ten times more in 2015 than 2012?" of 9.7 times: close, not quite ("3.3 times?" of
                # 3.26 is 3.3 as said: multiples compared to a tenth, or to the claim's own decimals)
                said = f"{claim[0]:g}"
                digits = max(1, len(said.split(".")[1]) if "." in said else 1)
                short = all(round(m, digits) < claim[0] for m in multiples)
                hedged = claim[1] and (claim[1] != "about" or HEDGE_SAID.search(frame.text))
                if verdict == "Yes." and not hedged and claim[0] > 1 and short:
                    verdict = "Almost."
                reply.insert_first(verdict)
                if claim[0] < 1:
                    # "is 2013 more than a quarter of 2015?": the part said as a share, as asked
                    part, whole = (last, first) if later_claimed else (first, last)
                    shares = " or ".join(
                        dict.fromkeys(fig(wording.percent(m * 100).lstrip("+")) for m in multiples)
                    )
                    reply.add(f"{owner} {label} in {part} were {shares} of those in {whole}.")
        if (
            frame.operation is not Operation.RATIO
            and not frame.yes_no
            and self._asked_backwards(frame, first, last, pairs)
        ):
            # "change from 2014 to 2013?": the way asked first, the later year's figure to the earlier's
            back = [
                f"from {cited(b)} to {cited(a)}: {fig(wording.signed(a.value - b.value))} "
                f"({fig(wording.percent((a.value - b.value) / b.value * 100))})"
                for a, b in pairs
            ]
            reply.add(
                f"From {last} back to {first}, {wording.possessive(subject)} {label} went "
                + "; or ".join(back)
                + "."
            )
        reply.add(f"{wording.possessive(subject)} {label} {verb} " + "; or ".join(variants) + ".")
        if frame.per_year and last - first > 1:  # one year to the next is no average
            # "average growth per year": the change spread evenly over the years, and compounded
            years = last - first
            each = " or ".join(
                dict.fromkeys(fig(wording.signed(change_a_year(a, b, years))) for a, b in pairs)
            )
            rates = " or ".join(
                dict.fromkeys(fig(wording.percent(rate_a_year(a, b, years))) for a, b in pairs)
            )
            reply.add(f"On average that is {each} a year over {years} years ({rates} a year, compounded).")
        # ("growth 2013 to 2015", "is that more than 40m?": a bound on its size, whichever way)
        way_or_bound = frame.direction or (frame.threshold and not frame.quantities)
        checked = frame.yes_no and way_or_bound and frame.operation is not Operation.RATIO
        checked = checked and not frame.offers_alternatives  # "did sales go up or down?" asks which
        # "average annual increase 2012-2016 was 12.7m?", "annual growth 2012-2016 was 68.5%?": the
        # change a year, or compounded, checked
        spread = frame.yes_no and (frame.per_year or ANNUAL_SAID.search(frame.text)) and last - first > 1
        if spread and (verdict := self._per_year_checked(frame, pairs, last - first)):
            reply.insert_first(verdict)
            return reply
        # ("growth was -17.1%?": a fall, said with its sign)
        signed = frame.direction == "rise" and NEGATIVE_CLAIMED.search(frame.text)
        if checked and (
            sized := self._size_checked(replace(frame, direction="fall") if signed else frame, pairs)
        ):
            reply.insert_first(sized)  # "did sales grow by 20% in 2015?", "did they fall 12m in 2016?"
            return reply
        if self._level_of_the_later_year_asked(frame, pairs):
            # "2015", "2016", "so 58m?": 2016's own figure, checked, with the change it came by
            reply.insert_first(verdict_by_source([matches(b, frame.quantities[0]) for _, b in pairs]))
            return reply
        if self._size_alone_asked(frame, pairs):
            # "was the change from 2015 to 2016 12 million?", "growth 2013 to 2014?", "so 42m?": the
            # size either way; a number that is one of the two years' own figures gets no verdict
            reply.insert_first(self._size_checked(frame, pairs, either_way=True))
            return reply
        # only the way it went, end to end: "threefold", "by half", "20%" claim a size, and "ever
        # drop between 2012 and 2016" asks of every year between, which the ends do not tell
        checked = checked and not SIZE_OR_PATH_CLAIMED.search(frame.text)
        if checked and frame.margin_side and len(frame.quantities) == 1:
            # "did sales grow by more than 10m from 2014 to 2015?": the way it went, by that much
            claims_less = frame.direction == "fall"
            held = [
                (b.value < a.value) == claims_less
                and margin_holds(abs(b.value - a.value), frame.quantities[0], frame.margin_side)
                for a, b in pairs
            ]
            reply.insert_first(verdict_by_source(held))
        elif checked and not frame.quantities and frame.claimed_margin is None:
            # "did sales drop in 2016?", "is it right that 2016 fell below 2014?": the way it went
            reply.insert_first(
                higher_verdict([(b.value, a.value) for a, b in pairs], claims_less=frame.direction == "fall")
            )
        elif self._difference_asked(frame) and (held := self._difference_checked(frame, pairs)):
            reply.insert_first(verdict_by_source(held))  # "was the gap between 2015 and 2016 under 15m?"
        elif UP_OR_DOWN.search(frame.text) and verb != "changed":
            # "2016 vs 2014, up or down?": which way, said of the year asked about
            rose = (verb == "grew") == (_year_asked_about(frame.text, first, last) == last)
            reply.insert_first("Up." if rose else "Down.")
        return reply

    @staticmethod
    def _difference_asked(frame: Frame) -> bool:
        """A yes-or-no question about the size of a difference, with no way it went claimed."""
        asked = frame.yes_no and not frame.direction and frame.operation is Operation.CHANGE
        return asked and not frame.offers_alternatives and DIFFERENCE_SAID.search(frame.text) is not None

    @staticmethod
    def _difference_checked(frame: Frame, pairs: list[tuple[Fact, Fact]]) -> list[bool]:
        """'Was the gap between 2015 and 2016 under 15m?', 'was 2016 within 15m of 2015?': the size
        of the difference, whichever way it went, against the bound claimed, for every pairing of
        the sources; empty where no bound is claimed."""
        if frame.margin_side and len(frame.quantities) == 1:
            bound, side = frame.quantities[0], frame.margin_side
            return [margin_holds(abs(b.value - a.value), bound, side) for a, b in pairs]
        if frame.threshold and not frame.quantities:
            sign, bound = frame.threshold
            return [COMPARE_BY_SIGN[sign](abs(b.value - a.value), bound) for a, b in pairs]
        claimed = PERCENT_CLAIMED.search(frame.text)
        if claimed and claimed.group("how") and not frame.quantities:
            # "was 2016 within 10% of 2014?" (read "differ by at most 10% from 2014"): in percent of
            # the year it is measured from, else of the earlier
            base = MEASURED_FROM.search(frame.text)
            held = []
            for a, b in pairs:
                of = b if base and b.period == base.group(1) else a
                percent = abs(b.value - a.value) / of.value * 100
                held.append(percent_holds(percent, float(claimed.group("n")), claimed.group("how").strip()))
            return held
        return []

    @staticmethod
    def _level_of_the_later_year_asked(frame: Frame, pairs: list[tuple[Fact, Fact]]) -> bool:
        """A number checked after a change that is the later year's own figure, by some source."""
        asked = frame.yes_no and not frame.direction and frame.operation is Operation.CHANGE
        asked = asked and len(frame.differences) == 1 and len(frame.quantities) == 1
        return asked and any(matches(b, frame.quantities[0]) for _, b in pairs)

    @staticmethod
    def _size_alone_asked(frame: Frame, pairs: list[tuple[Fact, Fact]]) -> bool:
        """A yes-or-no question claiming one size of a change and no way it went."""
        asked = frame.yes_no and not frame.direction and frame.operation is Operation.CHANGE
        asked = asked and len(frame.quantities) == 1 and not (frame.margin_side or frame.threshold)
        if not asked or frame.offers_alternatives or PERCENT_CLAIMED.search(frame.text):
            return False
        return not any(matches(f, frame.quantities[0]) for pair in pairs for f in pair)

    @staticmethod
    def _per_year_checked(frame: Frame, pairs: list[tuple[Fact, Fact]], years: int) -> str:
        """Yes, no or it depends: a change a year claimed, in units ("12.7m a year") against the
        change spread evenly, or in percent ("68.5% a year") against the compounded rate."""
        claimed_percent = PERCENT_CLAIMED.search(frame.text)
        if claimed_percent:
            claimed = float(claimed_percent.group("n"))
            said = [rate_a_year(a, b, years) for a, b in pairs]
        elif len(frame.quantities) == 1:
            claimed = frame.quantities[0]
            said = [change_a_year(a, b, years) for a, b in pairs]
        else:
            return ""
        # the way claimed: "decline", "-2.5%" or "fell by" is down; else up
        down = frame.direction == "fall" or NEGATIVE_CLAIMED.search(frame.text) is not None

        def holds(value: float) -> bool:
            size = abs(value)
            return (value < 0) == down and (
                abs(size - claimed) <= claimed * ROUGH_MATCH or rounds_to(size, claimed)
            )

        return verdict_by_source([holds(value) for value in said])

    @staticmethod
    def _size_checked(frame: Frame, pairs: list[tuple[Fact, Fact]], either_way: bool = False) -> str:
        """'Did sales grow by 20% in 2015?', 'did they fall by 12 million in 2016?': the way it went
        and by the size claimed, in percent of the earlier year or in units, for every pairing of
        the sources; "" where no single size is claimed (a margin's side is checked elsewhere).
        `either_way`: the size alone is claimed, whichever way the change went."""
        claimed_percent = PERCENT_CLAIMED.search(frame.text)
        if frame.threshold and not frame.quantities and not claimed_percent:
            # "did sales fall below 50m in 2016?" (the level the later year reached), "did they grow
            # at least 10 million in 2015?" (the change's size), on the side claimed
            sign, value = frame.threshold
            compare = COMPARE_BY_SIGN[sign]
            # "was growth from 2014 to 2015 under 10m?" sizes the change, as "did it grow 10m" does
            level = LEVEL_SIDE.search(frame.text) is not None and not CHANGE_AS_SUBJECT.search(frame.text)
            claims_less = frame.direction == "fall"
            return verdict_by_source(
                [
                    (not frame.direction or ((b.value < a.value) == claims_less and b.value != a.value))
                    and compare(b.value if level else abs(b.value - a.value), value)
                    for a, b in pairs
                ]
            )
        one_size = len(frame.quantities) == 1 and not frame.margin_side
        if not claimed_percent and not one_size or claimed_percent and frame.quantities:
            return ""
        if not claimed_percent and (MULTIPLE_OR_PATH.search(frame.text) or frame.claimed_margin is not None):
            return ""
        level = LEVEL_NAMED.search(frame.text) if not claimed_percent else None
        if level and len(frame.quantities) == 1:
            # "did sales grow to 70 million in 2015?", "fall below 60m in 2016?": the way it went,
            # and the level the later year reached
            claimed, side = frame.quantities[0], level.group("side")
            claims_less = frame.direction == "fall"

            def reached(value: float) -> bool:
                if side in ("past", "above", "over", "beyond"):
                    return value > claimed
                if side in ("below", "under"):
                    return value < claimed
                return abs(value - claimed) <= claimed * ROUGH_MATCH or rounds_to(value, claimed)

            return verdict_by_source(
                [(b.value < a.value) == claims_less and reached(b.value) for a, b in pairs]
            )
        if level:
            return ""
        claims_less, hedged = frame.direction == "fall", HEDGED.search(frame.text)
        held = []
        for a, b in pairs:
            right_way = (b.value < a.value) == claims_less and b.value != a.value
            right_way = right_way or either_way  # "was the change 12m?" claims no way it went
            size = abs(b.value - a.value)
            if claimed_percent:
                how = (claimed_percent.group("how") or "").strip() or hedged
                fits = percent_holds(size / a.value * 100, float(claimed_percent.group("n")), how)
            else:
                claimed = frame.quantities[0]
                fits = matches_margin(size, claimed) or rounds_to(size, claimed)  # 42 million of 42.3
            held.append(right_way and fits)
        return verdict_by_source(held)

    def _is_a_revision(self, metric_id: str, facts: list[Fact]) -> bool:
        """Several targets of one year from one article: the target revised, no disagreement."""
        return self.kb.metrics[metric_id].kind == "target" and len({f.source for f in facts}) == 1

    def _revision_named(self, frame: Frame, metric_id: str) -> bool:
        """Whether the numbers asked about are two or more targets of one year, its revision."""
        if len(frame.quantities) < 2 or self.kb.metrics[metric_id].kind != "target":
            return False
        yearly = self._yearly(frame, metric_id)
        return any(
            all(any(matches(f, q) for f in facts) for q in frame.quantities)
            for facts in yearly.values()
            if len(facts) > 1
        )

    @staticmethod
    def _revision_verdict(frame: Frame, facts: list[Fact]) -> str:
        """'Was the target cut?', 'was it cut by 20 million?', 'did it drop by 25%?': the way it
        went, and by as much as claimed (on the side claimed: "by more than 10m")."""
        first, last = facts[0].value, facts[-1].value
        # ("was the revision 20 million?": no way said, either way holds)
        if frame.direction and (last < first) != (frame.direction == "fall"):
            return "No."
        said = " ".join(f.statement.lower() for f in facts)
        if CUT_UNCHECKED.search(frame.text):
            return ""  # "cut again?", "before july?", "someone other than lei jun?": not checked here
        held: list[bool] = []
        if frame.quoted:
            # "did lei jun cut the target?": whoever the facts say cut it; "did kevin wang cut it?" no
            if all(name in said for name in frame.quoted):
                held.append(True)
            elif len(frame.quoted) == 1 and re.search(
                rf"\b{re.escape(frame.quoted[0])} {CUT_VERB}", frame.text
            ):
                held.append(False)
            else:
                return ""
        if month := MONTH_NAMED.search(frame.text):
            held.append(month.group(0) in said)  # "was the target cut in july?" (march)
            # "cut in march 2016?": the month of that year (march 2015)
            if dated := re.match(r",? ((?:19|20)\d\d)\b", frame.text[month.end() :]):
                held.append(f"{month.group(0)} {dated.group(1)}" in said)
        if times := CUTS_COUNTED.search(frame.text):
            # "cut twice?", "more than once?": the facts give each cut, one fewer than its targets
            word = times.group(1).split()[0]
            count = {"twice": 2, "two": 2, "three": 3, "thrice": 3, "four": 4, "more": 2, "multiple": 2}[word]
            cuts = len(facts) - 1
            held.append(cuts >= count if word in ("more", "multiple") else cuts == count)
        for side, number in CUT_TO_OR_FROM.findall(frame.question.lower()):
            # "cut to 70m?", "from 100m to 80m?": the target it went to, or from
            held.append(matches(facts[-1] if side == "to" else facts[0], float(number) * 1e6))
        if (claim := claimed_multiple(frame.text)) and claim[0] < 1:
            # "cut by a fifth?", "in half?": the cut as a part of the first target; "to a fifth": what is left
            left = re.search(r"\bto (?:a |one )?(?:half|third|quarter|fifth|tenth)\b", frame.text)
            held.append(multiple_holds((last if left else abs(last - first)) / first, *claim))
        if claimed_percent := PERCENT_CLAIMED.search(frame.text):
            change = abs(last - first) / first * 100
            how = (claimed_percent.group("how") or "").strip()
            held.append(percent_holds(change, float(claimed_percent.group("n")), how))
        if frame.differences:
            held.append(margin_holds(abs(last - first), frame.differences[0], frame.margin_side))
        said_to_or_from = CUT_TO_OR_FROM.search(frame.question.lower())
        valued = TARGET_VALUED.search(frame.text) and not (
            frame.differences or said_to_or_from or claimed_percent
        )
        if len(frame.quantities) == 1 and valued:
            # "was the lowered 2015 target 100m?": the number is the lowered target's own
            held.append(matches(facts[-1], frame.quantities[0]))
        # ("was the cut 20m?": the cut's own size; "after the cut, was it 80m?" is the target then, and
        # "after its 40m projection, did ...?" names no cut)
        the_cut = THE_CUT.search(frame.text) is not None and not AROUND_THE_CUT.search(frame.text)
        sized = (
            the_cut and len(frame.quantities) == 1 and not (frame.differences or said_to_or_from or valued)
        )
        if not held and sized:
            # "was the cut 30 million?": the number is the cut's size ("was the revision 80
            # million?" may name the revised target itself)
            size_held = abs(abs(last - first) - frame.quantities[0]) <= 1e-9 * frame.quantities[0]
            revised_to = REVISION_NOUN.search(frame.text) is not None and matches(
                facts[-1], frame.quantities[0]
            )
            held.append(size_held or revised_to)
        if not held and the_cut and frame.threshold and not frame.percent_asked:
            # "was the cut more than 20 million?": its size against the bound
            sign, bound = frame.threshold
            held.append(COMPARE_BY_SIGN[sign](abs(last - first), bound))
        if not held and the_cut:
            return ""  # ("was the cut big?", "reversed?": nothing the figures check)
        if not held and CUT_CLAIMED_OTHERWISE.search(frame.text):
            return ""  # "cut by 4/5?", "double": not a claim the facts can check
        return "Yes." if all(held) else "No."

    @staticmethod
    def _date_of_revision(facts: list[Fact]) -> str:
        """The month and year the last of a year's targets was set, where its statement says so."""
        dated = DATED_IN_A_MONTH.search(facts[-1].statement)
        return f"{dated.group(1).capitalize()} {dated.group(2)}" if dated else ""

    def _revision(self, label: str, facts: list[Fact], against_the_last: bool = False) -> Reply:
        """'By how much was the 2015 goal cut?': one year's targets in the order given, first to last;
        `against_the_last`: the percentage is asked ("the original was what percent higher than the
        revised one?"), so the first against the last too."""
        first, last = facts[0], facts[-1]
        diff = last.value - first.value
        reply = Reply()
        # ("the revised target as a percentage of the original?": the last as a share of the first too)
        first_against_last = ""
        if against_the_last and diff:
            side = "above" if diff < 0 else "below"
            first_against_last = f"; the first is {fig(wording.share(abs(diff), last.value))} {side} the last"
        reply.add(
            f"The {first.period} {label} went from {cited(first)} to {cited(last)}: "
            f"{fig(wording.signed(diff))} ({fig(wording.percent(diff / first.value * 100))}; the last is "
            f"{fig(wording.share(last.value, first.value))} of the first, "
            f"{fig(wording.multiple(last.value / first.value) + 'x')}{first_against_last})."
        )
        for f in facts:
            if f.statement:
                reply.add(self.statement(f), f.source)
        return reply

    def targets_of(self, frame: Frame, metric: str) -> list[Fact]:
        """The facts with a figure of a metric for the periods asked."""
        return [f for p in frame.periods for f in self._facts(frame, metric, p) if f.value is not None]

    def quoted_facts(self, frame: Frame, metric: str) -> list[Fact]:
        """The facts of a metric, for the periods asked, that say who is quoted."""
        periods = set(frame.periods)
        figures = self._facts(frame, metric)
        facts = [f for f in figures if f.quoted and (not periods or f.period in periods)]
        if frame.period_part and not periods:  # "who reported the first-half sales?": of a half
            facts = [f for f in facts if f.period.endswith(f"-{frame.period_part}")]
        if not facts and frame.period_part:
            # ... quoting no one, an official figure is the company's own announcement
            part = f"-{frame.period_part}"
            facts = [
                f
                for f in figures
                if "official" in f.qualifiers
                and f.period.endswith(part)
                and (not periods or f.period in periods)
            ]
        if frame.quantities:  # the number asked about is the fact's figure, or in its words
            named = [
                f
                for f in facts
                if any((matches(f, q)) or wording.number(q) in f.statement for q in frame.quantities)
            ]
            if not named and frame.revised:
                # "who scaled back the 100 million goal?": whoever the revision of that period quotes
                revised = {g.period for g in figures if any(matches(g, q) for q in frame.quantities)}
                named = [f for f in facts if f.period in revised]
            facts = named
        return facts

    def years_of(self, frame: Frame, metric: str) -> list[int]:
        """The years a relative question counts from: those whose figure is the number named
        ("the year after it sold 61 million"), or the best or worst year."""
        yearly = yearly_values(self._facts(frame, metric))
        if frame.quantities:
            wanted = frame.quantities[0]
            return [y for y, fs in yearly.items() if any(matches(f, wanted) for f in fs)]
        if not yearly:
            return []
        pick = max if frame.operation == "best" else min
        ranked = sorted(
            yearly, key=lambda y: pick(f.value for f in yearly[y]), reverse=frame.operation == "best"
        )
        return [ranked[frame.rank - 1]] if frame.rank <= len(ranked) else []

    def _moved_past_a_level(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """'Did sales climb above 65m between 2013 and 2016?': a year within the range that moved
        that way and is past the level; 'did they rise above 60m every year from 2014 to 2016?',
        'did they ever fall below 20m ...?': each year of it, or any, past the level."""
        figure = self._sibling(intent, "figure")
        low, high = frame.year_range
        if EVERY_ONE_ASKED.search(frame.text) or EVER_ASKED.search(frame.text):
            # "every year", and "did they ever fall below 20m ...?": where the figure stood, year by year
            return self._threshold_answer(frame, figure, confidence)
        yearly = {y: fs for y, fs in self._yearly(frame, intent.metric).items() if low <= y <= high}
        moved, _ = years_moved(yearly, frame.direction)
        if not moved:
            # "did sales fall below 20m between 2013 and 2016?": none fell but 2016, or none at all
            reply = self._years_that_moved(self.kb.metrics[intent.metric].label, yearly, frame.direction)
            reply.insert_first("No.")
            return self._finish(frame, figure, confidence, reply)
        years = tuple(year for year, _ in moved)
        return self._threshold_answer(replace(frame, years=years, year_range=None), figure, confidence)

    def _threshold_of_a_year(self, frame: Frame, intent: Intent) -> Frame | Answer:
        """'More than in 2013': that year's figure as the threshold; where sources differ, beyond
        every one of them (more than the highest, less than the lowest)."""
        sign, year = frame.threshold_year
        facts = yearly_values(self._facts(frame, intent.metric)).get(year)
        if not facts:
            return self.no_period(frame, intent, [str(year)])
        pick = max if sign.startswith(">") else min
        return replace(frame, threshold=(sign, pick(f.value for f in facts) * frame.threshold_factor))

    def _threshold_of_a_figure(self, frame: Frame, intent: Intent) -> Frame | Answer:
        """'The 2014 projection', 'did they ever sell fewer than that?': that figure (the target the
        words named, a half's sales) as the threshold; where several, beyond every one of them."""
        sign, metric, period, named = frame.threshold_of
        facts = [f for f in self._facts(frame, metric, period) if f.value is not None]
        if self.kb.metrics[metric].kind == "target":
            facts = targets_named(named, facts)
        if not facts:  # ("under the 2013 target?": no target of that year, said as such)
            return self.no_period(frame, self.intent("figure", metric), [period])
        pick = min if sign.startswith("<") else max
        bound = pick(f.value for f in facts) * frame.threshold_factor
        return replace(frame, threshold=(sign, bound), threshold_of=None)

    def _bound_period_misquoted(self, frame: Frame, intent: Intent, value: float) -> list[Fact]:
        """The figures of the period a bound is said as ("the 50m of 2014") where the number is none
        of them; [] when it is one of them."""
        facts = [f for f in self._facts(frame, intent.metric, frame.bound_period) if f.value is not None]
        if not facts or any(matches(f, value) for f in facts):
            return []
        year = frame.bound_period[:4]
        # (a target's or a part's number of that year is a bound as well: "the 40 million of 2014")
        every = [f for m in self.kb.metrics for f in self._facts(frame, m) if f.period.startswith(year)]
        return [] if any(matches(f, value) for f in every) else facts

    def _bound_not_its_periods(self, frame: Frame, intent: Intent, value: float) -> Answer | None:
        """A bound said as a period's figure that is no figure of that period: "No.", with what it
        was; None when it is one."""
        facts = self._bound_period_misquoted(frame, intent, value)
        if not facts:
            return None
        reply = Reply()
        reply.add("No.")
        self._say_period(reply, self.kb.metrics[intent.metric].kind, facts)
        return self._finish(frame, intent, 100.0, reply)

    def _threshold_answer(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """'Which years had more than 60 million?', 'did they sell over 70 million in 2015?': each
        year's figure against the number, by every source; where sources split, said so."""
        sign, value = frame.threshold
        metric = self.kb.metrics[intent.metric]
        # (only where every year is searched: "did 2016 beat the 40m of 2014?" checks 2016 whatever 40m was)
        searched = frame.bound_period and not frame.all_years
        if searched and (named := self._bound_not_its_periods(frame, intent, value)):
            return named  # "which years sold less than the 60 million of 2015?": 2015 had 70 million
        start = self._tally_start(frame)
        if Ask.WHEN in frame.asks and not frame.yes_no and start and tuple(frame.all_years) == start:
            # "from 2013, when did sales first top 60m?": the years from that one on, none claimed
            frame = replace(frame, years=(), year_range=None, since_year=start[0])
        yearly = self._yearly(frame, intent.metric)
        if metric.kind == "target":
            # "was the original 2015 target higher than 90m?": the target named, not each of the year's
            yearly = {year: targets_named(frame.text, facts) for year, facts in yearly.items()}
        asked = frame.all_years
        if (
            not asked
            and not frame.period_part
            and TOTAL_ASKED.search(frame.text)
            and Ask.WHEN not in frame.asks
            # ("the first year over twice the 2013 total": that year's figure, no years added up)
            and not (frame.threshold_year or frame.threshold_of or frame.first_time or frame.last_time)
        ):
            asked = tuple(yearly)  # "more than 100 million across all years?": every year, together
        if frame.period_part and asked:
            # "was h1 2015 more than 35 million?": that part's figure, never the whole year's
            parts = {y: self._facts(frame, intent.metric, f"{y}-{frame.period_part}") for y in asked}
            yearly = {y: [f for f in fs if f.value is not None] for y, fs in parts.items()}
            yearly = {y: fs for y, fs in yearly.items() if fs}
            if len(yearly) < len(asked):
                return self.no_period(
                    frame, intent, [f"{y}-{frame.period_part}" for y in asked if y not in yearly]
                )
        if frame.first_time and frame.all_years:
            # "was 2016 the first year over 50m?": which year was first is settled over every year
            return self._first_year_checked(frame, intent, confidence, yearly)
        if asked:
            missing = [str(y) for y in asked if y not in yearly]
            if missing:
                return self.no_period(frame, intent, missing)
            yearly = {y: yearly[y] for y in asked}
        if not yearly:
            return self.no_period(frame, intent, [])

        top_sign, top = frame.threshold_top or (sign, value)
        # ("not between 20 and 60 million": outside the band)
        outside = bool(frame.threshold_top and OUTSIDE_A_BAND.search(frame.text))

        def compare(figure: float) -> bool:
            # ("over 50m but under 65m": inside both bounds)
            inside = COMPARE_BY_SIGN[sign](figure, value) and COMPARE_BY_SIGN[top_sign](figure, top)
            return not inside if outside else inside

        def meets(fact: Fact) -> bool:
            return compare(fact.value)

        side = SIDE_SAID[sign]
        number = fig(wording.number(value))
        if frame.threshold_top and (sign, top_sign) == (">=", "<="):
            side, number = "not between" if outside else "between", f"{number} and {fig(wording.number(top))}"
        elif frame.threshold_top:
            number += f" and {SIDE_SAID[top_sign]} {fig(wording.number(top))}"
        if frame.threshold_year:
            year = frame.threshold_year[1]  # (no year is asked beside it: every year's figures are here)
            said = sorted({f.value for f in yearly.get(year, [])})
            times = FACTORS_SAID.get(frame.threshold_factor, "")
            if len(said) > 1:  # sources disagree on that year: beyond every figure of it
                figures = " and ".join(wording.number(v) for v in said)
                number = f"{fig(wording.number(value))} (beyond {times}both {year} figures, {figures})"
            else:
                number += f" ({times}the {year} figure)"
        yes = [y for y, fs in yearly.items() if all(meets(f) for f in fs)]
        split = [y for y, fs in yearly.items() if any(meets(f) for f in fs) and y not in yes]
        if _years_past_summed(frame) and yes and not split:
            # "total across the years xiaomi sold 50m or more": those years' sales, added up
            summed = replace(frame, threshold=None, threshold_top=None, years=tuple(yes), year_range=None)
            return self.compose(replace(summed, yes_no=False), self._sibling(intent, "total"), confidence)
        reply = Reply()
        reply.years = yes
        # a year that fails by every source settles it: "stay above 60m from 2014 to 2016?" is no
        failed = any(y not in yes and y not in split for y in asked)
        reading = years_reading(frame, sign, value, yearly) if asked and len(yearly) > 1 else "each"
        if reading != "each":
            # "did they sell over 150m from 2012 to 2015?" (no year alone could), "more than 120m
            # across those two years?": the years together; "in 2012 and 2013" may mean either,
            # and where the two readings differ both are given
            in_each = "yes" if len(yes) == len(asked) else "no" if failed else "it depends on the source"
            reply = self._summed_checked(frame, metric, yearly, compare, in_each, reading == "total")
            return self._finish(frame, intent, confidence, reply)
        if asked and (frame.yes_no or len(asked) == 1):  # "which of those were over 20m?" lists them
            verdict = "Yes." if len(yes) == len(asked) else "No." if failed else "It depends on the source."
            if any_year_asked(frame) and len(asked) > 1:
                # "over 10m in either 2012 or 2013?": any one year that clears it
                verdict = "Yes." if yes else "It depends on the source." if split else "No."
            if OVER_OR_UNDER.search(frame.text) and not split:
                # "over or under 60 million in 2016?": the side it is on, not a yes to either
                opposite = {">": "at most", ">=": "less than", "<": "at least", "<=": "more than"}[sign]
                held = side if len(yes) == len(asked) else opposite
                verdict = f"{held[:1].upper()}{held[1:]} {wording.number(value)}."
            reply.add(verdict)
            for facts in yearly.values():
                self._say_period(reply, metric.kind, facts)
            if frame.bound_period and (misquoted := self._bound_period_misquoted(frame, intent, value)):
                # "more than the 50m of 2014 in 2016?": checked against 50m, and 2014 set right
                period = wording.period_name(frame.bound_period)
                reply.add(f"But the figure for {period} was not {wording.number(value)}.")
                self._say_period(reply, metric.kind, misquoted)
            return self._finish(frame, intent, confidence, reply)
        subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
        years = wording.listing([str(y) for y in yes])
        count = f"{len(yes)} year{'s' if len(yes) != 1 else ''}"
        in_a_row = IN_A_ROW.search(frame.text)
        if frame.yes_no and in_a_row:
            # "two years in a row under 20m?": a run of that many years past the number
            reply.add(run_verdict(in_a_row, yes, split))
        elif frame.yes_no and EVERY_YEAR_OF_A_RANGE.search(frame.text):
            # "did sales stay above 60m since 2014?": every year of the range, not any one
            failed_any = any(y not in yes and y not in split for y in yearly)
            every = len(yes) == len(yearly)
            reply.add("Yes." if every else "No." if failed_any else "It depends on the source.")
        elif frame.yes_no and NEVER_CLAIMED.search(frame.text):
            # "did they never sell fewer than 7 million in a year?": yes where no year did ("never
            # more than 20m until 2014?": no year before 2014; "before 2015" reads up to 2014 already)
            said = UNTIL_SAID.search(frame.text) if frame.until_year else None
            until = (frame.until_year + (said.group(0) == "before")) if said else None
            before = [y for y in yes if until is None or y < until]
            split_before = [y for y in split if until is None or y < until]
            reply.add("No." if before else "It depends on the source." if split_before else "Yes.")
        elif frame.yes_no:
            reply.add("Yes." if yes else "It depends on the source." if split else "No.")
        if yes and frame.first_time:
            # "when did they first sell over 50m?": the earliest year that did, then the others;
            # a year before it where only one source clears the number is named as such
            first = min(yes)
            listed = " / ".join(cited(f) for f in yearly[first])
            reply.years = [first]
            earlier = [y for y in split if y < first]
            by_one = f"{min(earlier)} by one source, " if earlier else ""
            reply.add(
                f"The first year {subject} {metric.label} were {side} {number} was {by_one}{first} "
                f"by every source ({listed})."
                if earlier
                else f"The first year {subject} {metric.label} were {side} {number} was {first} ({listed})."
            )
            later = [str(y) for y in sorted(yes) if y != first]
            if later:
                reply.add(f"They were again in {wording.listing(later)}.")
        elif yes and frame.last_time:
            # "the most recent year they sold under 20m": the latest year that did, then the others;
            # a later year where only one source clears the number is named as such
            last = max(yes)
            listed = " / ".join(cited(f) for f in yearly[last])
            reply.years = [last]
            later = [y for y in split if y > last]
            by_one = f"{max(later)} by one source, " if later else ""
            every = " by every source" if later else ""
            reply.add(
                f"The most recent year {subject} {metric.label} were {side} {number} was "
                f"{by_one}{last}{every} ({listed})."
            )
            earlier = [str(y) for y in sorted(yes) if y != last]
            if earlier:
                reply.add(f"They were also {side} it in {wording.listing(earlier)}.")
        elif yes:
            listed = "; ".join(f"{y}: {' / '.join(cited(f) for f in yearly[y])}" for y in yes)
            reply.add(f"{subject} {metric.label} were {side} {number} in {count}, {years} ({listed}).")
        else:
            span = wording.year_span(list(yearly))
            reply.add(f"{subject} {metric.label} were {side} {number} in no year of {span}.")
            # the nearest it came: the highest year (or, below a number, the lowest)
            pick = min if sign.startswith("<") else max
            nearest = pick(yearly, key=lambda y: pick(f.value for f in yearly[y]))
            if not split:
                extreme = "lowest" if sign.startswith("<") else "highest"
                figures = " / ".join(cited(f) for f in yearly[nearest])
                reply.add(f"The {extreme} was {figures}, in {nearest}.")
                reply.years = [nearest]
        if split:
            reply.add(f"In {wording.listing([str(y) for y in split])} it depends on the source.")
        return self._finish(frame, intent, confidence, reply)

    def _summed_checked(
        self,
        frame: Frame,
        metric: Metric,
        yearly: dict[int, list[Fact]],
        holds: Callable[[float], bool],
        in_each: str,
        summed: bool = False,
    ) -> Reply:
        """A claim of several years together ("over 150m from 2012 to 2015", "25.9m in 2012 and
        2013"): checked against their total by every pairing of the sources. A span or "combined"
        asks for the total; otherwise, where year by year (`in_each`) says otherwise, both are said."""
        together = [holds(total) for total, _ in self._totals(yearly)]
        verdict = "yes" if all(together) else "no" if not any(together) else "it depends on the source"
        summed = summed or frame.operation is Operation.TOTAL
        reply = Reply()
        if summed or verdict == in_each:
            reply.add(f"{verdict[:1].upper()}{verdict[1:]}.")
        else:
            reply.add(f"Together, {verdict}; year by year, {in_each}.")
        reply.extend(tuple(self._summed(frame, metric.label, yearly, "total").sentences))
        if not summed:
            for facts in yearly.values():  # each year's figure says where the sources disagree
                self._say_period(reply, metric.kind, facts)
            return reply
        disagreeing = [y for y, fs in yearly.items() if len({f.value for f in fs}) > 1]
        if disagreeing:
            reply.add(f"Sources disagree on {wording.listing([str(y) for y in disagreeing])}.")
        return reply

    def _sum_claimed(self, frame: Frame, intent: Intent, confidence: float) -> Answer | None:
        """'Did they sell 25.9 million in 2012-2013?': a number no single year has, checked as the
        years' total; None where a year's own figure is the number, or a year is missing."""
        asked, claimed = frame.all_years, frame.quantities[0]
        yearly = {y: fs for y, fs in self._yearly(frame, intent.metric).items() if y in asked}
        if len(yearly) != len(asked):
            return None
        having = [y for y, fs in yearly.items() if any(matches(f, claimed) for f in fs)]
        if having and len(having) < len(yearly):
            # "did they sell 70 million in 2015 and 2016?": that was one year's figure, not every one's
            reply = Reply()
            reply.add(
                f"No: only {wording.listing([str(y) for y in having])} had {fig(wording.number(claimed))}."
            )
            for facts in yearly.values():
                self._say_period(reply, self.kb.metrics[intent.metric].kind, facts)
            return self._finish(frame, intent, confidence, reply)
        if having:
            return None
        hedged = bool(HEDGED.search(frame.text))
        exact = bool(EXACTLY.search(frame.text))

        def holds(total: float) -> bool:
            if exact:  # ("exactly 214.9m" of 213.9 million, "exactly 200m" of 214.9: no)
                return abs(total - claimed) <= exact_tolerance(claimed)
            # ("about 215 million" of 214.9 and 213.9 million: a sum said roughly, within 1%)
            roughly = hedged and (rounds_to(total, claimed) or abs(total - claimed) <= claimed * HEDGED_SUM)
            return abs(total - claimed) <= claimed * ROUGH_MATCH or roughly

        metric = self.kb.metrics[intent.metric]
        return self._finish(
            frame, intent, confidence, self._summed_checked(frame, metric, yearly, holds, "no", summed=True)
        )

    def _running_total_asked(self, frame: Frame, intent: Intent, kind: str) -> bool:
        """'When did cumulative sales pass 100 million?', 'by what year had they sold 100 million in
        total?': the year a running total reached a number, asked of no year but the one it is
        counted from, and of no part of one."""
        if kind not in ("total", "figure") or frame.period_part:
            return False
        if Ask.WHEN not in frame.asks and not frame.first_time:
            return False
        metric = self.kb.metrics.get(intent.metric)
        if metric is None or metric.kind != "figure":
            return False
        number = frame.threshold[1] if frame.threshold else frame.quantities[0] if frame.quantities else None
        if number is None or (frame.threshold and frame.threshold[0].startswith("<")):
            return False  # a running total only grows: none ever fell below a number
        # ("in which year did combined sales first reach 25 million?": added up, year by year)
        running = bool(RUNNING_TOTAL.search(frame.text) or COMBINED.search(frame.text))
        if A_YEARS_OWN.search(frame.text) and not running:
            return False  # "when did total yearly sales exceed 100 million?": one year's, never
        if running and MONTH_ASKED.search(frame.text):
            return True  # ("in which month of 2014 did the running total pass 50m?": no month is known)
        if frame.all_years and tuple(frame.all_years) != self._tally_start(frame):
            return False
        if running:
            return True
        total, by_when = bool(TOTAL_ASKED.search(frame.text)), bool(BY_WHEN.search(frame.text))
        if total and (by_when or frame.since_year is not None or frame.all_years):
            return True
        # "when did total sales hit 200m?": a number no year reached alone is a running total's;
        # "total sales hit 70m" is a year's
        above_every_year = all(
            f.value < number for facts in self._yearly(frame, intent.metric).values() for f in facts
        )
        return (total or by_when) and above_every_year

    def _running_total_claimed(self, frame: Frame, intent: Intent) -> bool:
        """'Did cumulative sales reach 200 million by the end of 2016?', 'had they sold 150 million
        in total by 2015?': a number no year reached alone, claimed of the years up to one."""
        if not frame.yes_no or frame.until_year is None or frame.all_years or frame.period_part:
            return False
        metric = self.kb.metrics.get(intent.metric)
        if metric is None or metric.kind != "figure" or len(frame.quantities) != 1 or frame.threshold:
            return False
        if not (RUNNING_TOTAL.search(frame.text) or TOTAL_ASKED.search(frame.text) or frame.all_the_years):
            return False
        number = frame.quantities[0]
        targets = (m.metric for m in self.kb.metrics.values() if m.kind == "target")
        if any(matches(t, number) for m in targets for t in self._facts(frame, m, str(frame.until_year))):
            return False  # ("did total sales reach 100 million by the end of 2015?": the 2015 goal)
        return all(f.value < number for fs in self._yearly(frame, intent.metric).values() for f in fs)

    def _running_total_checked(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """The years' total up to the one named against the number claimed, by every pairing of the
        sources: reached (at least the number) or not."""
        yearly = self._yearly(frame, intent.metric)
        years = sorted(yearly)
        if not years or years != list(range(years[0], years[-1] + 1)) or years[-1] != frame.until_year:
            return self.no_period(frame, intent, [])
        claimed = frame.quantities[0]
        reply = Reply()
        reply.add(verdict_by_source([total >= claimed for total, _ in self._totals(yearly)]))
        label = self.kb.metrics[intent.metric].label
        reply.extend(tuple(self._summed(frame, label, yearly, "total").sentences))
        return self._finish(frame, self._sibling(intent, "total"), confidence, reply)

    @staticmethod
    def _tally_start(frame: Frame) -> tuple[int, ...]:
        """The one year a running total is counted from: "from 2012 on", "starting the tally in 2012"."""
        start = TALLY_START.search(frame.text)
        return (int(start.group(1)),) if start else ()

    def _running_total_reaching(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """The first year by whose end the years' total reached the number, by every pairing of the
        sources; where they split, each year said; within that year, by its first half when a
        figure for it says so. Years must run without a gap, or no total is kept."""
        sign, value = frame.threshold or (">=", frame.quantities[0])
        compare = COMPARE_BY_SIGN[sign]
        start = frame.since_year or next(iter(self._tally_start(frame)), None)
        yearly = {
            y: fs for y, fs in self._yearly(frame, intent.metric).items() if start is None or y >= start
        }
        years = sorted(yearly)
        if not years or years != list(range(years[0], years[-1] + 1)):
            return self.no_period(frame, intent, [])
        label = self.kb.metrics[intent.metric].label
        reached = {}  # the year's prefix -> whether some pairing and every pairing reached the number
        for end in years:
            totals = [total for total, _ in self._totals({y: yearly[y] for y in years if y <= end})]
            reached[end] = (any(compare(t, value) for t in totals), all(compare(t, value) for t in totals))
        by_some = next((y for y in years if reached[y][0]), None)
        by_all = next((y for y in years if reached[y][1]), None)
        amount = fig(wording.number(value))
        reply = Reply()
        if MONTH_ASKED.search(frame.text):
            reply.add("I can't tell the month: the articles give yearly figures (and one first half).")
        if by_some is None:
            reply.add(f"Not by {years[-1]}, the last year I have: the total stayed below {amount}.")
            shown = [years[-1]]
        elif by_all == by_some:
            passed = "passed" if sign == ">" else "reached"
            half = self._first_half_reaching(frame, intent.metric, yearly, by_some, compare, value)
            if half is not None:
                # "with 34.7 million that half": the years before and the half reached it already
                reply.add(
                    f"In the first half of {by_some}: with {cited(half)} that half, the total since "
                    f"{years[0]} first {passed} {amount}."
                )
            else:
                reply.add(f"In {by_some}: that year the total since {years[0]} first {passed} {amount}.")
            shown = [y for y in (by_some - 1, by_some) if y in yearly]
        else:
            later = f"{by_all}" if by_all is not None else f"not by {years[-1]}"
            reply.add(f"It depends on the source: in {by_some} by one, {later} by the other.")
            shown = [y for y in (by_some - 1, by_some, by_all) if y in yearly]
        for end in shown:
            if end == years[0]:
                self._say_period(reply, "figure", yearly[end])
                continue
            upto = {y: yearly[y] for y in years if y <= end}
            reply.extend(tuple(self._summed(frame, label, upto, "total").sentences))
        reply.years = [y for y in (by_some, by_all) if y is not None]
        answered = not MONTH_ASKED.search(frame.text)
        return self._finish(frame, self._sibling(intent, "total"), confidence, reply, answered=answered)

    def _first_half_reaching(
        self,
        frame: Frame,
        metric: str,
        yearly: dict[int, list[Fact]],
        year: int,
        compare: Callable[[float, float], bool],
        value: float,
    ) -> Fact | None:
        """The year's first-half figure when the years before and that half already reached the
        number, by every pairing of the sources; None otherwise."""
        half = [f for f in self._facts(frame, metric, f"{year}-H1") if f.value is not None]
        before = {y: fs for y, fs in yearly.items() if y < year}
        if not half or not before:
            return None
        totals = [total for total, _ in self._totals({**before, year: half})]
        return half[0] if all(compare(t, value) for t in totals) else None

    def _first_year_checked(
        self, frame: Frame, intent: Intent, confidence: float, yearly: dict[int, list[Fact]]
    ) -> Answer:
        """'Was 2016 the first year over 50m?': yes only when the year named is the first to clear
        the number by every source; it depends where it is by only some; else no, and the first."""
        sign, value = frame.threshold
        compare = COMPARE_BY_SIGN[sign]
        by_all = [y for y, fs in yearly.items() if all(compare(f.value, value) for f in fs)]
        by_any = [y for y, fs in yearly.items() if any(compare(f.value, value) for f in fs)]
        named = frame.all_years[0]
        reply = Reply()
        if by_all and named == min(by_all) == min(by_any):
            reply.add("Yes.")
        elif named in (min(by_all, default=None), min(by_any, default=None)):
            reply.add("It depends on the source.")
        else:
            reply.add("No.")
        for year in sorted({*by_any[:1], *by_all[:1], named} & set(yearly)):
            self._say_period(reply, self.kb.metrics[intent.metric].kind, yearly[year])
        reply.years = sorted({*by_any[:1], *by_all[:1]})
        return self._finish(frame, intent, confidence, reply)

    def _largest_change(self, frame: Frame, label: str, yearly: dict[int, list[Fact]]) -> Reply:
        """'The biggest jump', 'the worst drop': the year-on-year change that is largest (or, for a
        drop, most negative), with every pairing of sources where they disagree."""
        changes = {
            year: [b.value - a.value for a, b in itertools.product(yearly[year - 1], yearly[year])]
            for year in yearly
            if year - 1 in yearly
        }
        reply = Reply()
        if not changes:
            reply.add(f"I need two years in a row with {label} to compare.")
            return reply
        falling = frame.direction == "fall"
        # ("the worst drop", "the sharpest fall": the largest of the drops)
        largest = frame.superlative == "best" or (falling and WORST_DROP.search(frame.text) is not None)

        def typical(year: int) -> float:
            return sum(changes[year]) / len(changes[year])

        if falling:  # the largest drop is the most negative change; the smallest, the drop nearest 0
            drops = [y for y in changes if typical(y) < 0]
            drops = drops or ([] if frame.rank > 1 else list(changes))  # ("the second biggest drop" of none)
            ranked = sorted(drops, key=typical, reverse=not largest)
            which = "largest year-on-year drop" if largest else "smallest year-on-year drop"
        elif (
            not largest
            # ("and the smallest?" after the biggest jump: the jump carried in the words asked about)
            and (RISE_NAMED.search(frame.text) or RISE_NAMED.search(" ".join(frame.content)))
            and (rises := [y for y in changes if typical(y) > 0])
        ):
            # "the smallest yearly increase": the rise nearest 0, never a fall
            ranked = sorted(rises, key=typical)
            which = "smallest year-on-year rise"
        else:
            # ("the third biggest jump" is a rise, never a fall that sorts after the rises)
            pool = [y for y in changes if typical(y) > 0] if frame.rank > 1 and largest else list(changes)
            ranked = sorted(pool, key=typical, reverse=largest)
            which = "largest year-on-year rise" if largest else "lowest year-on-year change"
        if frame.rank > len(ranked):
            # "the 4th biggest jump" of three: none to give
            kind = "drop" if falling else "rise" if largest or "rise" in which else "change"
            many = "is only one" if len(ranked) == 1 else f"are only {len(ranked)}"
            plural = "" if len(ranked) == 1 else "s"
            reply.add(
                f"There {many} year-on-year {kind}{plural} in {label}: no {wording.ordinal(frame.rank)}."
            )
            return reply
        year = ranked[frame.rank - 1]  # "the second largest jump": the next one down
        which = f"{wording.ordinal(frame.rank)} {which}" if frame.rank > 1 else which
        pairs = itertools.product(
            sorted(yearly[year - 1], key=self._recency), sorted(yearly[year], key=self._recency)
        )
        variants = "; or ".join(
            f"from {cited(a)} in {year - 1} to {cited(b)}: {fig(wording.signed(b.value - a.value))} "
            f"({fig(wording.percent((b.value - a.value) / a.value * 100))})"
            for a, b in pairs
        )
        subject = wording.possessive(yearly[year][0].subjects[0])
        reply.years = [year]
        if frame.yes_no and frame.all_years:
            # "was 2014 the biggest jump?", "was 2013 to 2014 the biggest jump?": the change into
            # the last year named is the one claimed
            reply.add("Yes." if max(frame.all_years) == year else "No.")
        reply.add(f"The {which} in {subject} {label} was in {year}, {variants}.")
        return reply

    def _years_multiplied(self, label: str, yearly: dict[int, list[Fact]], claim: tuple[float, str]) -> Reply:
        """'Which year did sales triple?': every year whose figure was that multiple of the year
        before's, by every pairing of sources; a year where the sources disagree is said so."""
        reply = Reply()
        subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
        claimed, how = claim
        grew = {2: "doubled", 3: "tripled", 4: "quadrupled"}.get(claimed, f"grew {claimed:g}-fold")
        grew = f"{how} {grew}" if how else grew
        for year in sorted(yearly):
            if year - 1 not in yearly:
                continue
            pairs = list(itertools.product(yearly[year - 1], yearly[year]))
            held = [multiple_holds(b.value / a.value, claimed, how) for a, b in pairs]
            ratios = _each_after_the_last(pairs)
            if all(held):
                reply.years.append(year)
                reply.add(f"{subject} {label} {grew} in {year}: {ratios}.")
            elif any(held):
                reply.add(f"In {year} it depends on the source: {ratios}.")
        if not reply.years:
            span = wording.year_span(list(yearly))
            reply.insert_first(f"{subject} {label} never {grew} from one year to the next in {span}.")
        return reply

    @staticmethod
    def _years_each_multiplied(
        frame: Frame, yearly: dict[int, list[Fact]], asked: list[int]
    ) -> dict[int, list[Fact]]:
        """The years a multiple claimed ("double", "triple") of every year ("every year from 2012 to
        2015", "year over year") is checked over, each against the one before; none when the claim
        is of another kind: a year missing, one year, bounds given as amounts, a fixed year as the
        base ("every year at least double 2012")."""
        # ("did sales ever double year over year?" asks which years did, said elsewhere)
        each = frame.every_year or (YEAR_OVER_YEAR.search(frame.text) and not EVER_WORD.search(frame.text))
        if not each or frame.quantities or MULTIPLE_OF_A_YEAR.search(frame.text):
            return {}
        if any(y not in yearly for y in asked):
            return {}  # ("from 2011 to 2014": a year with no figure, said so elsewhere)
        low, high = (min(asked), max(asked)) if asked else (min(yearly), max(yearly))
        span = {y: facts for y, facts in yearly.items() if low <= y <= high}
        return span if len(span) > 1 else {}

    def _every_year_multiplied(
        self, label: str, yearly: dict[int, list[Fact]], claim: tuple[float, str]
    ) -> Reply:
        """'Did sales double every year from 2012 to 2015?': yes only when each year was that
        multiple of the year before by every pairing of sources; no with the years it was not."""
        subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
        claimed, how = claim
        held_by_year, ratios = {}, {}
        for year in sorted(y for y in yearly if y - 1 in yearly):
            pairs = list(itertools.product(yearly[year - 1], yearly[year]))
            held_by_year[year] = {multiple_holds(b.value / a.value, claimed, how) for a, b in pairs}
            ratios[year] = _each_after_the_last(pairs)
        if not held_by_year:
            return self._need_two_years(label)
        missed = [y for y, held in held_by_year.items() if held == {False}]
        depends = [y for y, held in held_by_year.items() if len(held) == 2]
        verdict = "No." if missed else "It depends on the source." if depends else "Yes."
        reply = Reply()
        reply.add(verdict)
        for year, said in ratios.items():
            reply.add(f"{year}: {subject} {label} were {said}.")
        return reply

    def _years_past_a_percent(
        self, label: str, yearly: dict[int, list[Fact]], claimed: float, how: str, direction: str
    ) -> Reply:
        """'Did sales ever grow more than 300% in a year?': the years whose change from the year
        before holds the claim by every pairing of sources; a year where it depends is said so."""
        reply = Reply()
        subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
        falls = direction == "fall"
        for year in sorted(yearly):
            if year - 1 not in yearly:
                continue
            pairs = list(itertools.product(yearly[year - 1], yearly[year]))
            changes = [(b.value - a.value) / a.value * 100 for a, b in pairs]
            held = [(c < 0) == falls and percent_holds(abs(c), claimed, how) for c in changes]
            if all(held):
                reply.years.append(year)
                reply.add(
                    f"{subject} {label} {'fell' if falls else 'grew'} in {year}, {changes_between(pairs)}."
                )
            elif any(held):
                reply.add(f"In {year} it depends on the source: {changes_between(pairs)}.")
        if not reply.years:
            largest = max(
                ((y, (b.value - a.value) / a.value * 100) for y in yearly if y - 1 in yearly
                 for a, b in itertools.product(yearly[y - 1], yearly[y])),
                key=lambda item: -item[1] if falls else item[1],
            )  # fmt: skip
            reply.add(
                f"The {'largest fall' if falls else 'largest rise'} in {subject} {label} from one year to "
                f"the next was in {largest[0]}: {fig(wording.percent(largest[1]))}."
            )
        return reply

    def _years_that_moved(
        self,
        label: str,
        yearly: dict[int, list[Fact]],
        direction: str,
        bound: tuple[str, float] | None = None,
    ) -> Reply:
        """'Which year did sales go down?': every year whose figure moved that way from the year
        before, by every source; a year where the sources disagree on the direction is said so.
        With a bound in percent ("grew by more than 100%"), only the years whose move passes it."""
        reply = Reply()
        subject = next(iter(yearly.values()))[0].subjects[0]
        moved, unsure = years_moved(yearly, direction)
        verb = "fell" if direction == "fall" else "grew"
        span = wording.year_span(list(yearly))
        if bound is not None:
            side, percent = bound
            passed = {
                year: {
                    COMPARE_BY_SIGN[side](abs(b.value - a.value) / a.value * 100, percent) for a, b in pairs
                }
                for year, pairs in moved
            }
            unsure = [*unsure, *(year for year, held in passed.items() if len(held) > 1)]
            moved = [(year, pairs) for year, pairs in moved if passed[year] == {True}]
            verb = f"{verb} by {SIDE_SAID[side]} {wording.percent(percent).lstrip('+')}"
        if not moved:
            reply.add(
                f"{wording.possessive(subject)} {label} never {verb} from one year to the next in {span}."
            )
        for year, pairs in moved:
            reply.add(f"{wording.possessive(subject)} {label} {verb} in {year}, {changes_between(pairs)}.")
        if unsure:
            reply.add(f"In {wording.listing([str(y) for y in unsure])} it depends on the source.")
        reply.years = [year for year, _ in moved]
        return reply

    def _each_years_change(self, label: str, yearly: dict[int, list[Fact]]) -> Reply:
        """'Year over year growth for every year': each year against the one before, by every
        pairing of sources."""
        if len(yearly) < 2:
            return self._need_two_years(label)
        reply = Reply()
        subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
        for year in sorted(yearly):
            if year - 1 not in yearly:
                continue
            before, after = (sorted(yearly[y], key=self._recency) for y in (year - 1, year))
            pairs = list(itertools.product(before, after))
            rises = {b.value > a.value for a, b in pairs}
            verb = ("grew" if rises == {True} else "fell") if len(rises) == 1 else "changed"
            reply.years.append(year)
            reply.add(f"In {year} {subject} {label} {verb} {changes_between(pairs)}.")
        return reply

    def _every_year(self, label: str, yearly: dict[int, list[Fact]], direction: str) -> Reply:
        """'Did sales grow every year?': yes with each year's rise, or no with the years that went
        the other way (and those where it depends on the source)."""
        if len(yearly) < 2:
            return self._need_two_years(label)
        against = self._years_that_moved(label, yearly, "rise" if direction == "fall" else "fall")
        if against.years:
            against.insert_first("No.")
            return against
        reply = self._years_that_moved(label, yearly, direction)
        if reply.years and len(reply.years) == len(yearly) - 1:
            reply.insert_first("Yes.")
        return reply

    def _need_two_years(self, label: str) -> Reply:
        reply = Reply()
        reply.add(f"Which two years? I need two years with {label} to compare.")
        return reply

    def _compare(self, frame, label, yearly, kind) -> Reply | None:
        if len(yearly) < 2:
            return self._need_two_years(label)
        ranked = sorted(yearly.items(), key=lambda item: -max(f.value for f in item[1]))
        reply = Reply()
        parts = [f"{year} ({' / '.join(cited(f) for f in facts)})" for year, facts in ranked]
        top, bottom = ranked[0], ranked[-1]
        subject = top[1][0].subjects[0]
        # Every pairing of the sources: where they disagree the difference is a range, never one number.
        gaps = sorted({t.value - b.value for t in top[1] for b in bottom[1]})
        if gaps[0] <= 0:
            reply.add(
                f"It depends on the source: {wording.possessive(subject)} {label} were "
                + ", ".join(parts)
                + "."
            )
            return reply
        more = fig(wording.alternatives(gaps))
        # ("what growth takes 2016 back to 2015?": a growth is a percent, of the lower year)
        in_percent = _percent_named(frame) or (frame.percent_asked and GROWTH_WORD.search(frame.text))
        if in_percent:
            # "what percent higher was the 2015 target than the 2017 one?": against the lower year;
            # "... the 2017 target below the 2015 one?": against the higher; in the order of the gaps
            base_top = LOWER_ASKED.search(frame.text) is not None
            pairs = sorted(
                {(t.value - b.value, (t if base_top else b).value) for t in top[1] for b in bottom[1]}
            )
            shares = list(dict.fromkeys(wording.share(gap, base) for gap, base in pairs))
            of_the_top = f" of {top[0]}'s" if base_top else ""
            more += f" ({' or '.join(fig(s) for s in shares)}{of_the_top})"
        # "how did the 2014 projection compare with the 2015 goal?": twice it, said as a multiple too
        ratios = sorted({t.value / b.value for t in top[1] for b in bottom[1] if b.value > 0})
        as_much = " or ".join(fig(wording.times_to_two_places(r) + "x") for r in ratios)
        as_much = f" ({as_much} as much)" if as_much and not in_percent else ""
        reply.add(
            f"{wording.possessive(subject)} {label} {wording.was_or_were(label)} higher in {top[0]}: "
            + " vs ".join(parts)
            + f", {more} more than in {bottom[0]}{as_much}."
            if len(ranked) == 2
            else f"{wording.possessive(subject)} {label}, highest first: " + ", ".join(parts) + "."
        )
        reply.years = [top[0]] if len(ranked) == 2 else []
        # "did they sell more in 2015 or 2016?" asks which ("did 2016 beat 2014 or not?" is a yes or no)
        either_or = frame.offers_alternatives
        matched = MATCHED.search(frame.text) and not frame.differences  # ("12m more to match 2015": a margin)
        # (of sales only: "was 2015 higher or lower than the 2017 target?" sets a target against sales)
        either_way = either_or and not frame.target_named and len(frame.years) == 2
        bounded = gap_bound_by_source(frame, gaps) if frame.yes_no and len(ranked) == 2 else ""
        if bounded:
            # "is 2016 within 15 million of the peak?": the gap between the two, whichever was higher
            reply.insert_first(bounded)
        elif frame.yes_no and either_way and len(ranked) == 2 and not matched:
            # "was 2016 better or worse than 2014?": the first year named, on the side it is
            claimed, against = years_claimed(frame)
            side = "higher" if top[0] == claimed else "lower"
            reply.insert_first(f"{claimed} was {side} than {against}.")
        elif frame.yes_no and not either_or and len(ranked) == 2 and matched:
            # "did xiaomi match 2015 in 2016?": the same figure, not one higher
            reply.insert_first("Yes." if any(abs(g) < 1e-9 for g in gaps) and len(gaps) == 1 else "No.")
        elif frame.yes_no and not either_or and len(ranked) == 2 and len(frame.years) == 2:
            # "was 2016 better than 2014?": the first year named is claimed higher (or lower).
            claimed, against = years_claimed(frame)
            first_is_higher = top[0] == claimed
            right_way = first_is_higher != frame.claims_less
            claimed_percent = PERCENT_CLAIMED.search(frame.text)
            if right_way and claimed_percent:
                # "is 2015 20% more than 2014?", "was 2016 17% lower than 2015?": the change claimed in
                # percent of the year it is measured against (the second named), for each pairing
                percent, how = float(claimed_percent.group("n")), (claimed_percent.group("how") or "").strip()
                by_year = dict(ranked)
                firsts, seconds = by_year[claimed], by_year[against]
                changes = [abs(f.value - s.value) / s.value * 100 for f in firsts for s in seconds if s.value]
                held = [c for c in changes if percent_holds(c, percent, how or HEDGED.search(frame.text))]
                reply.insert_first(
                    "No." if not held else "Yes." if len(held) == len(changes) else "One source says so."
                )
            elif right_way and len(frame.quantities) == 1 and not self._figure_claimed(frame, yearly):
                # "was 2015 20 million more than 2014?": the margin claimed, against each pairing
                # ("were 2015 sales 70 million, and higher than 2016?" claims the figure itself)
                margin, hedged = frame.quantities[0], bool(HEDGED.search(frame.text))
                held = [
                    g
                    for g in gaps
                    if margin_holds(g, margin, frame.margin_side) or (hedged and rounds_to(g, margin))
                ]
                reply.insert_first(
                    "No." if not held else "Yes." if len(held) == len(gaps) else "One source says so."
                )
            else:
                reply.insert_first("Yes." if right_way else "No.")
        elif frame.yes_no and not either_or and len(ranked) > 2 and frame.years and frame.years[0] in yearly:
            claimed = frame.years[0]
            if sides := each_years_side_claimed(frame.text, claimed, yearly):
                # "fewer in 2016 than in 2015 but more than in 2013?": each year on the side its own
                # words claim (with an amount or percent claimed too, a side that fails is a no, and
                # sides that hold leave the margin unchecked: no verdict)
                verdict = _against_each_year(yearly, claimed, sides)
                margin = frame.quantities or frame.percent_asked or PERCENT_CLAIMED.search(frame.text)
                if margin and verdict != "No.":
                    return reply
                reply.insert_first(verdict or "It depends on the source.")
            elif not ONE_WAY_AND_THE_OTHER.search(frame.text):
                # "was 2016 lower than both 2014 and 2015?": the first year named against each other
                others = {year: frame.claims_less for year in yearly if year != claimed}
                reply.insert_first(_against_each_year(yearly, claimed, others) or "It depends on the source.")
        return reply

    @staticmethod
    def _figure_claimed(frame: Frame, yearly: dict[int, list[Fact]]) -> bool:
        """'Were 2015 sales 70 million, and higher than 2016?': the number is a year's own figure,
        said as one, not a margin between the years ("was 2015 70 million more than 2016?" is)."""
        return is_a_figure_of(frame.quantities[0], yearly) and not NUMBER_AS_A_MARGIN.search(frame.text)

    def _totals(self, yearly) -> list[tuple[float, list[Fact]]]:
        """One total per combination of disagreeing sources, the newest sources' first."""
        choices = [sorted(facts, key=self._recency) for facts in yearly.values()]
        totals = []
        for combo in itertools.islice(itertools.product(*choices), 8):
            total = sum(f.value for f in combo)
            if all(abs(total - t) > 1e-6 for t, _ in totals):
                totals.append((total, list(combo)))
        return totals

    def _summed(self, frame, label, yearly, kind) -> Reply:
        """A total or an average over the years, and again for each other pairing of the sources
        where they disagree."""
        if kind == "average" and frame.median:
            return self._median(label, yearly)
        if frame.supposed_figure and frame.supposed_figure[0] in yearly:
            return self._summed_with_a_year_supposed(frame, label, yearly, kind)
        totals = self._totals(yearly)
        years = list(yearly)
        n = len(years) if kind == "average" else 1
        subject = wording.possessive(yearly[years[0]][0].subjects[0])
        span, first = wording.year_span(years), totals[0][0]
        if kind == "average":
            text = (
                f"{subject} {label} averaged {fig(wording.number(first / n))} a year over {span}"
                f" ({n} year{'' if n == 1 else 's'}, {fig(wording.number(first))} in all)"
            )
        else:
            text = f"{subject} {label} for {span} add up to {fig(wording.number(first))}"
        text += sources_marked(totals[0][1])
        for total, combo in totals[1:]:
            other = f"{fig(wording.number(total / n))} with {alternatives(combo, totals[0][1])}"
            text += f"; {other}" if kind == "average" else f" ({other})"
        reply = Reply()
        reply.add(text + ".")
        return reply

    def _summed_with_a_year_supposed(self, frame, label, yearly, kind) -> Reply:
        """'If 2012 was 10 million, what's the 2012-2016 total?': the sum (or average) with that year's
        figure swapped for the number, then as reported, for each pairing of the sources."""
        year, value = frame.supposed_figure
        n = len(yearly) if kind == "average" else 1
        per_year = " a year" if kind == "average" else ""

        def said(totals: list[tuple[float, list[Fact]]], added: float) -> str:
            first, combo = totals[0]
            text = f"{fig(wording.number((first + added) / n))}{per_year}{sources_marked(combo)}"
            for total, other in totals[1:]:
                text += f" ({fig(wording.number((total + added) / n))} with {alternatives(other, combo)})"
            return text

        others = {y: facts for y, facts in yearly.items() if y != year}
        supposed = said(self._totals(others), value) if others else fig(wording.number(value / n))
        subject = wording.possessive(next(iter(yearly.values()))[0].subjects[0])
        span = wording.year_span(list(yearly))
        verb = "average" if kind == "average" else "add up to"
        reply = Reply()
        reply.add(
            f"With {fig(wording.number(value))} in {year}, {subject} {label} for {span} would {verb} "
            f"{supposed}."
        )
        reported = self._each_source(yearly[year])
        reply.add(f"As reported ({year}: {reported}), they {verb} {said(self._totals(yearly), 0.0)}.")
        return reply

    def _median(self, label, yearly) -> Reply:
        """The median of the years' figures, and again for each other pairing of the sources where
        that changes it."""
        choices = [sorted(facts, key=self._recency) for facts in yearly.values()]
        medians: list[tuple[float, tuple[Fact, ...]]] = []
        for combo in itertools.islice(itertools.product(*choices), 8):
            middle = statistics.median(f.value for f in combo)
            if all(abs(middle - m) > 1e-6 for m, _ in medians):
                medians.append((middle, combo))
        years = list(yearly)
        subject = wording.possessive(yearly[years[0]][0].subjects[0])
        first, combo = medians[0]
        text = (
            f"The median of {subject} {label} over {wording.year_span(years)} ({len(years)} years) was "
            f"{fig(wording.number(first))}{sources_marked(list(combo))}"
        )
        for middle, other in medians[1:]:
            text += f"; {fig(wording.number(middle))} with {alternatives(list(other), list(combo))}"
        reply = Reply()
        reply.add(text + ".")
        return reply

    def ranked_years(self, frame: Frame, metric: str, kind: str) -> list[int]:
        """A metric's whole-year figures' years, best first (or worst first where kind is "worst")."""
        return years_ranked(self._yearly(frame, metric), kind)

    def _extreme(self, frame, label, yearly, kind) -> Reply:
        ranked = years_ranked(yearly, kind)
        if frame.rank > len(ranked):
            return self._too_few_years(label, ranked)
        year = ranked[frame.rank - 1]
        facts = sorted(yearly[year], key=self._recency)
        subject = facts[0].subjects[0]
        values = " / ".join(cited(f) for f in facts)
        word = "best" if kind == "best" else "weakest"
        word = f"{wording.ordinal(frame.rank)} {word}" if frame.rank > 1 else word
        span = wording.year_span(list(yearly))
        reply = Reply()
        reply.years = [year]
        reply.add(
            f"{wording.possessive(subject)} {word} year for {label} in {span} was {year}, with {values}."
        )
        for f in facts:
            if f.statement:
                reply.add(self.statement(f), f.source)
        caveat = self._caveats(facts)
        if caveat:
            reply.add(caveat)
        return reply

    def _extreme_since(self, label: str, yearly: dict[int, list[Fact]], year: int, kind: str) -> Reply | None:
        """'2016 was the lowest since when?': the last year before it whose figure went further (by
        every source's figures alike); None when the sources would name different years."""
        further = (lambda a, b: a > b) if kind == "best" else (lambda a, b: a < b)
        facts = sorted(yearly[year], key=self._recency)
        earlier = sorted((y for y in yearly if y < year), reverse=True)
        found = set()
        for fact in facts:
            beyond = [y for y in earlier if any(further(f.value, fact.value) for f in yearly[y])]
            surely = [y for y in earlier if all(further(f.value, fact.value) for f in yearly[y])]
            if beyond[:1] != surely[:1]:
                return None  # one source's figure of that year went further, the other's not
            found.add(beyond[0] if beyond else None)
        if len(found) != 1:
            return None
        since = found.pop()
        subject = wording.possessive(facts[0].subjects[0])
        word = "best" if kind == "best" else "weakest"
        said = f"{year} ({' / '.join(cited(f) for f in facts)})"
        reply = Reply()
        reply.years = [year] if since is None else [since, year]
        if not earlier:
            reply.add(
                f"{said} is the first year of {subject} {label} the articles give: none comes before it."
            )
        elif since is None:
            span = wording.year_span([y for y in yearly if y <= year])
            reply.add(f"{said} was {subject} {word} year for {label} of all those up to then, {span}.")
        elif since == year - 1:
            went = "more" if kind == "best" else "less"
            reply.add(
                f"{said} was no {'high' if kind == 'best' else 'low'}: {since}, the year before, had {went}"
                f" ({self._each_source(yearly[since])})."
            )
        else:
            between = [str(y) for y in sorted(earlier) if since < y < year]
            reply.add(
                f"{said} was {subject} {word} year for {label} since {since}"
                f" ({self._each_source(yearly[since])})."
            )
            reply.add(
                f"Every year between, {wording.listing(between)}, had {'less' if kind == 'best' else 'more'}."
            )
        caveat = self._caveats([*facts, *(yearly[since] if since else [])])
        if caveat:
            reply.add(caveat)
        return reply

    def _place_of_a_year(self, label: str, yearly: dict[int, list[Fact]], year: int) -> Reply:
        """A year's place among the years, best first, by each source's figure: where the sources
        disagree enough to move it, each place is said."""
        places = []
        for fact in sorted(yearly[year], key=self._recency):
            above = [y for y in yearly if y != year and max(f.value for f in yearly[y]) > fact.value]
            places.append(
                (len(above) + 1, fact, sorted(above, key=lambda y: -max(f.value for f in yearly[y])))
            )
        facts = [fact for _, fact, _ in places]
        subject = facts[0].subjects[0]
        span = wording.year_span(list(yearly))
        ranks = list(dict.fromkeys(place for place, _, _ in places))
        words = " or ".join(
            "best" if place == 1 else "weakest" if place == len(yearly) else f"{wording.ordinal(place)} best"
            for place in ranks
        )
        values = " / ".join(cited(f) for f in facts)
        reply = Reply()
        reply.years = [year]
        reply.add(
            f"{year} was {wording.possessive(subject)} {words} year for {label} of the {len(yearly)} "
            f"in {span}, with {values}."
        )
        above = places[0][2]
        if above and len(ranks) == 1:
            only = "Only " if len(above) < len(yearly) - 1 else "All the others: "
            reply.add(f"{only}{wording.listing([str(y) for y in above])} had more.")
        caveat = self._caveats(facts)
        if caveat:
            reply.add(caveat)
        return reply

    def _too_few_years(self, label: str, years: list[int]) -> Reply:
        reply = Reply()
        reply.add(
            f"There are only {len(years)} years with {label} to rank: {wording.year_span(sorted(years))}."
        )
        return reply

    def _revision_claimed_original(self, frame: Frame, label: str, facts: list[Fact]) -> Reply | None:
        """'Wasn't the original target 80m?': a number that was a revised target, said to be the
        first of its year: not so, and what the first was; 'was the original target 100m?': yes.
        None where the year's target was never revised."""
        for wanted in frame.quantities:
            for f in (f for f in facts if matches(f, wanted)):
                same = [t for t in facts if t.period == f.period and t.value is not None]
                if len(same) < 2:
                    continue
                reply = Reply()
                reply.years.append(int(f.period[:4]))
                period = wording.period_name(f.period)
                if same[0] is f:
                    reply.add(f"Yes: the original {period} {label} was {cited(f)}.")
                else:
                    reply.add(
                        f"No: the original {period} {label} was {cited(same[0])}; "
                        f"{fig(wording.number(wanted))} was what it was revised to."
                    )
                for t in same:
                    reply.add(self.statement(t), t.source)
                return reply
        return None

    def _reverse(self, frame, label, yearly, kind) -> Reply | None:
        """Every period, halves and quarters too, whose figure is the one asked about."""
        reply = Reply()
        metric = next(iter(yearly.values()))[0].metric
        facts = self._facts(frame, metric)
        # "wasn't the original target 80m?": the first of its year's targets, or not
        original = frame.yes_no and ORIGINAL_SAID.search(frame.text) is not None
        original = original and self.kb.metrics[metric].kind == "target"
        if original and (revised := self._revision_claimed_original(frame, label, facts)):
            return revised
        for wanted in frame.quantities:
            for f in facts:
                if matches(f, wanted):
                    reply.years.append(int(f.period[:4]))
                    reply.add(f"That was {wording.period_name(f.period)}: {self.statement(f)}", f.source)
                    # Where another source gives that period another figure, it is said too.
                    results = self.kb.metrics[metric].kind == "figure"  # two targets are a revision
                    for other in facts if results else ():
                        if (
                            other.period == f.period
                            and other.value not in (None, f.value)
                            and other.source != f.source
                        ):
                            reply.add(
                                f"Another source gives {cited(other)} for {wording.period_name(f.period)}."
                            )
        closest = reply.empty and len(frame.quantities) == 1 and CLOSEST_TO.search(frame.text)
        # ("which half came closest?": no part of a year is set against the number here)
        closest = closest and not frame.period_part and not PART_OF_A_YEAR_SAID.search(frame.text)
        if closest and self.kb.metrics[metric].kind == "figure":
            return self._closest_year(frame.quantities[0], yearly)  # "which year came closest to 80m?"
        if not reply.empty and self.kb.metrics[metric].kind == "figure":
            # "70 million?": sold in 2015, and the number Kevin Wang gives for 2017 too, said apart
            for target in (m for m in self.kb.metrics.values() if m.kind == "target"):
                for t in self._facts(frame, target.metric):
                    if t.value is not None and any(matches(t, wanted) for wanted in frame.quantities):
                        reply.add(f"Not {label}, but the same number: {self.statement(t)}", t.source)
        return reply if not reply.empty else None

    def closest_of_years(self, frame: Frame, metric: str) -> Answer:
        """Of the years named, the one whose figure came closest to the number named."""
        intent = self.intent("compare", metric)
        yearly = yearly_values(self._facts(frame, metric))
        missing = [str(y) for y in frame.all_years if y not in yearly]
        if missing:
            return self.no_period(frame, intent, missing)
        named = {y: yearly[y] for y in frame.all_years}
        reply = self._closest_year(frame.quantities[0], named)
        claimed = _year_claimed_closer(frame.text)
        if frame.yes_no and not frame.offers_alternatives and claimed and len(reply.years) > 1:
            reply.insert_first("It depends on the source.")  # a tie by one source's figures
        elif frame.yes_no and not frame.offers_alternatives and claimed:
            # "was 2015 closer to 80m than 2014?", "compared with 2014, was 2016 closer?": the
            # year said as the subject is the one claimed closer
            reply.insert_first("Yes." if reply.years == [claimed] else "No.")
        return self._finish(frame, intent, 100.0, reply)

    def nearest_year(self, frame: Frame, metric: str, wanted: list[float], leave_out: int | None) -> Answer:
        """The year whose figure is nearest a number, or each of one period's figures (2014's 61
        and 60 million), leaving out the year the figure is of; where the figures pick different
        years, it depends on the source."""
        intent = self.intent("compare", metric)
        every = replace(frame, years=(), year_range=None, period_part="", quantities=())
        yearly = {y: fs for y, fs in yearly_values(self._facts(every, metric)).items() if y != leave_out}
        if not yearly:
            return self.no_period(frame, intent, [])
        values = sorted(set(wanted), reverse=True)
        nearest = {value: self._closest_year(value, yearly) for value in values}
        picked = {tuple(r.years) for r in nearest.values()}
        if len(values) == 1:
            return self._finish(frame, intent, 100.0, nearest[values[0]])
        reply = Reply()
        if len(picked) > 1:
            # (2014's 61 and 60 million, nearest different years): each, and no one answer
            reply.add("It depends on the source.")
            for found in nearest.values():
                reply.extend(tuple(found.sentences))
                reply.years.extend(y for y in found.years if y not in reply.years)
            return self._finish(frame, intent, 100.0, reply)
        number = fig(wording.listing([wording.number(v) for v in values], "or"))
        for year in picked.pop():
            reply.years.append(year)
            gaps = " or ".join(dict.fromkeys(self._distance_said(yearly[year], v) for v in values))
            reply.add(f"{year} came closest to {number}, with {self._each_source(yearly[year])} ({gaps}).")
        return self._finish(frame, intent, 100.0, reply)

    def _closest_year(self, wanted: float, yearly: dict[int, list[Fact]]) -> Reply:
        """'Which year came closest to 80 million?': the year (or years) whose figure, by any source,
        is nearest the number, and by how much it fell short or went past it."""
        distance = {y: min(abs(f.value - wanted) for f in facts) for y, facts in yearly.items()}
        nearest = min(distance.values())
        reply = Reply()
        number = fig(wording.number(wanted))
        closest = sorted(y for y, d in distance.items() if d == nearest)
        for year in closest:
            reply.years.append(year)
            nearest_of = "closer" if len(yearly) == 2 else "closest"  # of two years, one is closer
            reply.add(
                f"{year} came {nearest_of} to {number}, with {self._each_source(yearly[year])}"
                f" ({self._distance_said(yearly[year], wanted)})."
            )
        if len(yearly) <= 3:
            # the years named against it too: "2016 had around 58 million (12 million short of it)"
            for year in sorted(set(yearly) - set(closest)):
                said = self._distance_said(yearly[year], wanted)
                reply.add(f"{year} had {self._each_source(yearly[year])} ({said}).")
        return reply

    def _distance_said(self, facts: list[Fact], wanted: float) -> str:
        """How far each source's figure is from a number: "9 or 10 million short of it"."""
        by_side: dict[str, list[float]] = {}
        for fact in sorted(facts, key=lambda f: abs(f.value - wanted)):
            side = "short of it" if fact.value < wanted else "past it" if fact.value > wanted else "exactly"
            gaps = by_side.setdefault(side, [])
            if abs(fact.value - wanted) not in gaps:
                gaps.append(abs(fact.value - wanted))
        said = [
            side
            if side == "exactly"
            else f"{wording.listing([wording.number(g) for g in gaps], 'or')} {side}"
            for side, gaps in by_side.items()
        ]
        return fig(" or ".join(said))

    def _no_match(self, frame, intent, yearly) -> Answer:
        reply = Reply()
        # "what's the 80 million thing about?": no year sold it, but it is another metric's figure
        # (a target): that, said as what it is.
        wanted = wording.listing([wording.number(q) for q in frame.quantities], "or")
        labels, of_facts = [], []
        for metric in self.kb.metrics.values():
            if metric.metric == intent.metric:
                continue
            for fact in self._facts(frame, metric.metric):
                if not any(matches(fact, q) for q in frame.quantities):
                    continue
                if metric.kind == "fact":
                    of_facts.append((fact, metric.label))
                    continue
                reply.add(self.statement(fact), fact.source)
                labels.append(metric.label)
        if labels:
            own = self.kb.metrics[intent.metric].label
            other = wording.listing(list(dict.fromkeys(labels)), "or")
            reply.insert_first(f"No year's {own} were {wanted}; {wanted} was the {other}:")
            return self._finish(frame, intent, 100.0, reply)
        if of_facts and not (frame.strong_sales or frame.smalltalk):
            # "what's the 46 billion?": a sum a fact gives (the valuation), said as that fact ("xiaomi
            # sold 46 billion phones" claims sales; "overvalued at 46 billion?" asks an opinion)
            other = wording.listing(list(dict.fromkeys(label for _, label in of_facts)), "or")
            reply.add(f"{wanted[:1].upper()}{wanted[1:]} is the {other}:")
            for fact, _ in of_facts:
                reply.add(self.statement(fact), fact.source)
            return self._finish(frame, intent, 100.0, reply)
        items = "; ".join(
            f"{y}: {' / '.join(fig(wording.fact_value(f)) for f in fs)}" for y, fs in yearly.items()
        )
        reply.add(f"No year in my data has {wanted}. The figures I have are {items}.")
        return self._finish(frame, intent, 0.0, reply, answered=False)

    def _quantity_against_targets(
        self, frame: Frame, intent: Intent, confidence: float, targets: list[Fact]
    ) -> Answer:
        """'Is 70 million more than 2015's target?': the number asked against each target."""
        wanted = frame.quantities[0]
        reply = Reply()
        higher = [t for t in targets if wanted > t.value]
        if frame.yes_no:  # ("what growth was the 100m target implying over 2014?" asks no yes or no)
            reply.add(
                "Yes."
                if len(higher) == len(targets)
                else "No."
                if not higher
                else "It depends on which target."
            )
        for target in targets:
            diff = wanted - target.value
            side = "more" if diff > 0 else "less"
            kind = wording.forward_kind(target)
            reply.add(
                f"{fig(wording.number(wanted))} is {fig(wording.number(abs(diff)))} {side} than the "
                f"{target.period} {kind} of {cited(target)}."
            )
        return self._finish(frame, intent, confidence, reply)

    def premise_refuted(
        self, frame: Frame, metric: str, reasons: list[Fact], outright: bool = True
    ) -> Answer | None:
        """'Why did sales rise in 2016?' when they fell, 'why was 2016 the best year?' when it was
        not: the premise said to be wrong, with the figures, then any reason given that year; None
        when the figures bear the premise out (or do not settle it). A span of two years, or a year
        whose parts the facts speak of, is weighed only when why is asked `outright` ("what happened
        to sales after the goal was cut?" claims no fall of sales)."""
        if Ask.WHY not in frame.asks or len(frame.all_years) not in (1, 2) or frame.period_part:
            return None
        moved = frame.direction in ("rise", "fall") and frame.operation in (None, Operation.CHANGE)
        if len(frame.all_years) == 2 and not moved:
            return None  # "why was 2015 better than 2014?": two years, no way claimed
        if self.kb.metrics[metric].kind != "figure" or len(frame.subjects) > 1 or frame.rank != 1:
            return None
        if MOVES_BOTH_WAYS.search(frame.text) and MOVES_DOWN.search(frame.text):
            return None  # "why did growth decline in 2016?", "the worst year for growth": a change's, unread
        year = frame.all_years[-1]
        # ("why did sales fall from 2013 to 2014?": the span named; one year is against the one before)
        start = frame.all_years[0] if len(frame.all_years) == 2 else year - 1
        facts = self._facts(frame, metric)
        yearly = yearly_values(facts)
        subject = wording.possessive(frame.subjects[0] if frame.subjects else self.main_subject)
        label = self.kb.metrics[metric].label
        if frame.operation in (Operation.BEST, Operation.WORST) and year in yearly:
            pick = max if frame.operation is Operation.BEST else min
            extreme = pick(yearly, key=lambda y: pick(f.value for f in yearly[y]))
            if extreme == year or any(
                f.value == pick(g.value for g in yearly[extreme]) for f in yearly[year]
            ):
                return None
            word = "best" if frame.operation is Operation.BEST else "weakest"
            said = f"It wasn't: {extreme} was {subject} {word} year for {label}, not {year}."
            asked = replace(frame, asks=(), years=(), year_range=None)
        elif frame.direction in ("rise", "fall") and year in yearly and start in yearly and start < year:
            rises = {now.value > before.value for now in yearly[year] for before in yearly[start]}
            if rises != {frame.direction == "fall"}:
                return None
            moved = "rose" if frame.direction == "fall" else "fell"
            one_year = start == year - 1
            span = f"in {year}" if one_year else f"from {start} to {year}"
            # ("why did sales drop in 2015?": a quarter of it may have, as the facts of its parts say)
            parts = [f for f in facts if f.period.startswith(f"{year}-") and not f.value]
            if (parts or not one_year) and not outright:
                return None
            whole = " over the whole year" if parts and one_year else ""
            said = f"They didn't{whole}: {subject} {label} {moved} {span}."
            reasons = [*parts, *reasons]
            asked = replace(frame, asks=(), operation=Operation.CHANGE, years=(start, year), year_range=None)
        else:
            return None
        kind = {Operation.BEST: "best", Operation.WORST: "worst"}.get(asked.operation, "change")
        figures = self.compose(asked, self.intent(kind, metric), 100.0)
        reply = Reply()
        reply.add(said)
        reply.extend(figures.sentences)
        for fact in reasons:
            reply.add(self.statement(fact), fact.source)
        # the why asked has no answer: the figures say so, and it is not answered
        return self._finish(
            frame, self.intent(kind, metric), 0.0, reply, answered=False, kind=AnswerKind.DECLINED
        )

    def growths_compared(self, frame: Frame, metric: str) -> Answer | None:
        """'Did growth slow in 2015?', 'which grew faster, 2014 or 2015?', 'was the 2016 decline
        bigger than the 2015 growth?': each year's change from the year before, set side by side
        (in percent where a rate or a pace is asked, else in units), by every pairing of sources;
        None unless the question sets changes against each other."""
        if self.kb.metrics[metric].kind != "figure" or frame.period_part or frame.quantities:
            return None
        if len(frame.subjects) > 1:
            return None  # "who grew faster, norvane or xiaomi?": each company's change, side by side
        slowed = GROWTH_SLOWED.search(frame.text)
        if not (slowed or frame.growths_set_against or GROWTHS_COMPARED.search(frame.text)):
            return None
        yearly = yearly_values(self._facts(frame, metric))
        named = frame.years
        if frame.second_range and frame.year_range:
            # "the 2014 growth vs the 2015 growth": each a year's change, read as its one-year span
            spans = (frame.year_range, frame.second_range)
            if any(last - first != 1 for first, last in spans):
                return None
            named = tuple(last for _, last in spans)
        # in the order the question names them: the first is the one claimed faster (or slower)
        # ("the drop from 2015 to 2016 vs the rise from 2014 to 2015": the spans' order, their ends)
        years = list(dict.fromkeys(named))
        if not (frame.second_range and frame.year_range):
            years.sort(key=lambda y: frame.text.find(str(y)))
        if len(years) == 1 and slowed:
            years = [years[0], years[0] - 1]  # "did growth slow in 2015?": against 2014's
        if frame.growths_set_against and frame.yes_no and not FIRST_OF_TWO.search(frame.text):
            years.reverse()  # "was it faster?", "was the second one?": the growth asked last is claimed
        if len(years) != 2 or any(y not in yearly or y - 1 not in yearly for y in years):
            return None
        in_percent = bool(slowed or IN_PERCENT_OR_PACE.search(frame.text))
        label = self.kb.metrics[metric].label
        reply = Reply()
        for year in years:
            pairs = list(itertools.product(sorted(yearly[year - 1], key=self._recency), yearly[year]))
            reply.add(f"In {year}: {changes_between(pairs)}.")
        first, other = years
        # magnitudes, where a fall is set against a rise ("was the 2016 decline bigger than the 2015 growth?")
        # ("was the 2016 percentage decline bigger than the 2015 percentage growth?": in percent too)
        size = abs if MOVES_NAMED.search(frame.text) and not slowed else (lambda x: x)

        def change(chosen: dict[int, Fact], year: int) -> float:
            a, b = chosen[year - 1].value, chosen[year].value
            return size((b - a) / a * 100 if in_percent else b - a)

        # each choice of one source's figure a year, so that a year shared by both changes (2014
        # in "2014's growth vs 2015's") is the same figure in both
        needed = sorted({*years, *(y - 1 for y in years)})
        chosen = [dict(zip(needed, c, strict=True)) for c in itertools.product(*(yearly[y] for y in needed))]
        sides = list(dict.fromkeys((change(c, first), change(c, other)) for c in chosen[:16]))
        claims_less = bool(slowed and SLOWED_WORDS.search(slowed.group(0))) or bool(SLOWER.search(frame.text))
        if frame.yes_no and not frame.offers_alternatives:
            reply.insert_first(verdict_by_source([(a > b) != claims_less and a != b for a, b in sides]))
        elif all(a > b for a, b in sides) or all(a < b for a, b in sides):
            faster_first = sides[0][0] > sides[0][1]
            faster, slower = (first, other) if faster_first else (other, first)
            subject = wording.possessive(yearly[first][0].subjects[0])
            signs = {y: {change(c, y) < 0 for c in chosen} for y in years} if size is not abs else {}
            if size is abs:  # "the 2016 decline against the 2015 growth": the bigger move, either way
                reply.insert_first(f"The change in {faster} was the bigger one.")
            elif signs[faster] == {True}:
                reply.insert_first(f"{subject} {label} fell in both years, less in {faster}.")
            elif signs[slower] == {True}:
                reply.insert_first(f"{subject} {label} grew in {faster} and fell in {slower}.")
            else:
                reply.insert_first(f"{subject} {label} grew faster in {faster}.")
        if in_percent and POINTS_ASKED.search(frame.text):
            # "by how many percentage points did growth slow?": the rates' difference, each pairing
            points = " or ".join(dict.fromkeys(f"{abs(a - b):.1f}" for a, b in sides))
            reply.add(f"That is a difference of {fig(points)} percentage points.")
        return self._finish(frame, self.intent("change", metric), 100.0, reply)

    def target_giver_checked(self, frame: Frame) -> Answer | None:
        """'Did kevin wang set the 80m target?', 'was the 100m goal lei jun's idea?': whether the one
        person named gave the targets named (by number, year or version), and who did; None unless
        the question names such a target and says someone gave it."""
        checked = frame.yes_no or CHECK_OPENING.match(frame.text) is not None
        if not (checked and frame.target_metric and (len(frame.quoted) == 1 or frame.unknown)):
            return None
        if NOT_WHO_GAVE.search(frame.text) or SOLD_SAID.search(frame.text):
            return (
                None  # ("did xiaomi reach kevin wang's target?", "was it his own idea?", "a cut in april?")
            )
        targets = [f for f in self._facts(frame, frame.target_metric) if f.value is not None and f.period]
        if not frame.quoted:
            return self._target_given_by_someone_unknown(frame, targets)
        person = frame.quoted[0]
        # the words the person goes by: "kevin wang", and "insider" where a target quotes them so
        called = set(person.split()) | {
            w
            for t in targets
            if quotes_one_of(t, (person,))
            for w in re.findall(r"[a-z]{3,}", t.quoted.lower())
        }
        said = {m.group(1) for pattern in GIVEN_BY for m in pattern.finditer(frame.text)}
        if not said & called:
            return None
        named = targets_asked(frame, targets)
        if not named or (frame.quantities and frame.years):
            return None  # ("did lei jun set a 70m target for 2017?": a claim, checked where claims are)
        # a target that quotes no one is the company's own, given by whoever speaks for it
        for_the_company = any(person in voice for voice in self.company_voices)
        gave = [quotes_one_of(t, (person,)) or (not t.quoted and for_the_company) for t in named]
        reply = Reply()
        reply.add("Yes." if all(gave) else "No." if not any(gave) else "It depends on which target.")
        for target in named:
            reply.add(self.statement(target), target.source)
        # what the person did give, where it is not among them ("kevin wang's is 70m for 2017")
        for target in targets:
            if target not in named and quotes_one_of(target, (person,)):
                reply.add(self.statement(target), target.source)
        return self._finish(frame, self.intent("figure", frame.target_metric), 100.0, reply)

    def _target_given_by_someone_unknown(self, frame: Frame, targets: list[Fact]) -> Answer | None:
        """'Did tim cook set xiaomi's 100m target?': someone no article names said to give a target
        named; no, with the target as the articles give it. None unless the giver is such a name."""
        said = {m.group(1) for pattern in GIVEN_BY for m in pattern.finditer(frame.text)}
        named = targets_asked(frame, targets) if said & set(frame.unknown) else []
        if not named:
            return None
        who = " ".join(w.title() for w in frame.unknown)
        reply = Reply()
        reply.add(f"No. The articles don't say {who} gave it.")
        for target in named:
            reply.add(self.statement(target), target.source)
        return self._finish(frame, self.intent("figure", frame.target_metric), 100.0, reply)

    def targets_combined(self, frame: Frame) -> Answer | None:
        """'Add up the 2014 projection and the revised 2015 target', 'the mean of the 2014 projection,
        the first 2015 goal and wang's number', 'the two 2015 targets combined': the targets each part
        of the list names, summed or averaged (where a part names either of two, each way)."""
        asked = TARGETS_SUMMED.search(frame.text) or TARGETS_AVERAGED.search(frame.text)
        if asked is None or frame.yes_no or frame.quantities:
            return None
        if SET_AGAINST.search(frame.text[: asked.start()] + frame.text[asked.end() :]):
            return None  # ("combined sales of 2015 and 2016 vs the 2017 target": a comparison)
        averaged = TARGETS_AVERAGED.search(frame.text) is not None
        targets = [f for f in self._facts(frame, frame.target_metric) if f.value is not None and f.period]
        listed = [
            p
            for p in LISTED_APART.split(frame.text[asked.end() :] or frame.text[: asked.start()])
            if p.strip()
        ]
        choices: list[list[Fact]] = []
        for part in listed:
            named = side_compared(part, targets) or self._sales_of_a_part(frame, part)
            if not named or not all(isinstance(side, Fact) for side in named):
                return None  # (a part naming a bare number or nothing: no list of targets)
            if EVERY_ONE_NAMED.search(part):
                choices.extend([side] for side in named)  # "the two 2015 targets": each of them
            else:
                choices.append(named)
        if len(choices) < 2:
            return None
        reply = Reply()
        for combination in dict.fromkeys(itertools.product(*choices)):
            if len(set(combination)) < len(combination):
                continue  # (one target named twice is no second target)
            total = sum(side.value for side in combination)
            # ("around 58 million" and 70 million: around 128 million)
            rough = "around " if any("approximate" in side.qualifiers for side in combination) else ""
            sides = wording.listing([self._side_or_sales_named(side) for side in combination], "and")
            said = (
                f"average {rough}{fig(wording.number(total / len(combination)))}"
                if averaged
                else f"add up to {rough}{fig(wording.number(total))}"
            )
            reply.add(f"{sides[0].upper()}{sides[1:]} {said}.")
        if not reply.sentences:
            return None
        return self._finish(frame, self.intent("figure", frame.target_metric), 100.0, reply)

    def _sales_of_a_part(self, frame: Frame, part: str) -> list[Fact]:
        """'2014 sales' in a list of targets: that year's sales, by each source."""
        named = extract_entities(part)
        if len(named.years) != 1 or named.quantities or not SALES_NAMED.search(part):
            return []
        if PART_IN_A_LIST.search(part):
            return []  # ("h1 2015 sales": a half, which a year's sales are not)
        figures = [
            m.metric
            for m in self.kb.metrics.values()
            if m.kind == "figure" and self.intent("gap", m.metric).versus == frame.target_metric
        ]
        if not figures:
            return []
        return [f for f in self._facts(frame, figures[0], str(named.years[0])) if f.value is not None]

    def _side_or_sales_named(self, side: Fact) -> str:
        """'the 2015 target of 80 million', '2014 sales of 61 million': a listed part, cited."""
        if self.kb.metrics[side.metric].kind == "target":
            return side_named(side)
        return f"{side.period} sales of {cited(side)}"

    def targets_compared(self, frame: Frame) -> Answer | None:
        """'Is the 100m goal more than the 80m target?', 'is 70m less than the 80m target?', 'was
        the original goal above the 2017 one?': a target set against another target or a number,
        never a year's sales; None unless each side names one (a side with sales is no target)."""
        # ("wang's number" is a target he gave, though "number" alone is said of sales)
        if not frame.target_metric or (frame.sales_word and not frame.quoted) or frame.differences:
            return None  # ("12m more to hit the 2017 target": a margin, no side)
        # yes or no: "is A above B?"; otherwise a difference asked: "A vs B", "between A and B"
        split = COMPARED_WITH.search(frame.text) if frame.yes_no else SET_APART.search(frame.text)
        if split is None or (not frame.yes_no and frame.operation not in SET_APART_OPERATIONS):
            return None
        targets = [f for f in self._facts(frame, frame.target_metric) if f.value is not None and f.period]
        before, after = frame.text[: split.start()], frame.text[split.end() :]
        # ("between the 2015 and 2017 targets": each year's)
        first = side_compared(before, targets, of_targets=TARGETS_PLURAL.search(after) is not None)
        other = side_compared(after, targets)
        if not first or not other or not any(isinstance(side, Fact) for side in (*first, *other)):
            return None
        if not frame.yes_no and not all(isinstance(side, Fact) for side in (*first, *other)):
            return None  # ("the 2017 target vs 58m": a number set against it is a gap, answered there)
        if not frame.yes_no and len({side.period[:4] for side in (*first, *other)}) == 1:
            return None  # ("the original target vs the revised one": a cut, said as one)
        reply = Reply()
        if frame.yes_no:
            claims_less = LESS_SIDE.match(split.group(0)) is not None
            # ("is 58m more than half the 100m target?": the second side, so many times)
            claim = claimed_multiple(after)
            times = claim[0] if claim else 1.0
            sides = [(value_of(a), value_of(b) * times) for a in first for b in other]
            verdict = higher_verdict(sides, claims_less, frame.or_equal)
            # (where it holds for one target and not another, the targets differ, not the sources)
            reply.add("It depends on which target." if verdict == "It depends on the source." else verdict)
            if times != 1.0:
                scaled = " or ".join(dict.fromkeys(fig(wording.number(value_of(b) * times)) for b in other))
                reply.add(f"{wording.times_said(times)} {side_named(other[0])}: {scaled}.")
        for a, b in itertools.product(first, other):
            diff = value_of(a) - value_of(b)
            side = (
                "the same as"
                if not diff
                else f"{fig(wording.number(abs(diff)))} {'more' if diff > 0 else 'less'} than"
            )
            reply.add(f"{side_named(a)[0].upper()}{side_named(a)[1:]} is {side} {side_named(b)}.")
        return self._finish(frame, self.intent("figure", frame.target_metric), 100.0, reply)

    def target_as_a_share(self, frame: Frame, part_year: int, whole_year: int) -> Answer | None:
        """'The 2014 projection was what % of the 2015 goal?': each target of one year as a share of
        each target of the other (the original and the revised one each said), cited."""
        targets = [f for f in self._facts(frame, frame.target_metric) if f.value]
        parts = targets_named(frame.text, [t for t in targets if t.period == str(part_year)])
        wholes = targets_named(frame.text, [t for t in targets if t.period == str(whole_year)])
        if not parts or not wholes:
            return None
        reply = Reply()
        for part, whole in itertools.product(parts, wholes):
            named = side_named(part)
            share = wording.share(part.value, whole.value)
            reply.add(f"{named[0].upper()}{named[1:]} is {share} of {side_named(whole)}.")
        reply.years = [part_year, whole_year]
        return self._finish(frame, self.intent("figure", frame.target_metric), 100.0, reply)

    def _year_of_the_target_named(self, frame: Frame, intent: Intent) -> int | None:
        """The one year of the targets a question names as the original or the revised one, where
        that names fewer than all of them; None otherwise."""
        if not (ORIGINAL.search(frame.text) or REVISED.search(frame.text)):
            return None
        every = [
            t for t in self._facts(frame, intent.versus) if t.value is not None and t.period[:4].isdigit()
        ]
        named = targets_named(frame.text, every)
        years = {int(t.period[:4]) for t in named}
        return years.pop() if len(named) < len(every) and len(years) == 1 else None

    def _sales_against_another_years_target(
        self, frame: Frame, intent: Intent, confidence: float, sales_year: int, target_year: int
    ) -> Answer:
        """One year's sales against another year's target, found by the question's words."""
        # ("how much above 2014 actual was it in %": a size asked, no yes or no)
        how_much = bool({Ask.HOW_MUCH, Ask.HOW_MANY} & set(frame.asks)) or "how much" in frame.text
        checked = frame.yes_no and not how_much
        across = replace(
            frame,
            sales_year=sales_year,
            target_year=target_year,
            years=(sales_year, target_year),
            yes_no=checked,
            percent_asked=frame.percent_asked or bool(PERCENT_WORD.search(frame.text)),
        )
        achieved = (
            REACHED_VERB.search(frame.text) or PAST_A_NUMBER.search(frame.text) or MET.search(frame.text)
        )
        # ("is that below the 80m target?" after 2016's sales: a measure against it, not a claim of
        # having reached it that year)
        taken_for_the_year = achieved and not COMPARATIVE.search(PAST_A_NUMBER.sub("", frame.text))
        target_year_said = str(target_year) in frame.text
        # ("did xiaomi beat its 40m projection in 2015?": the year said after the target is taken for
        # the target's; "did 2016 sales beat the 80m target?", "did it reach ...?" ask of those sales)
        year_of_the_target = TARGET_THEN_YEAR.search(frame.text)
        year_of_the_target = year_of_the_target and year_of_the_target.group("year") == str(sales_year)
        if not (checked and taken_for_the_year and not target_year_said and year_of_the_target):
            return self._gap_across_years(across, intent, confidence)
        return self._target_taken_for_the_year(frame, intent, confidence, across)

    def _target_taken_for_the_year(
        self, frame: Frame, intent: Intent, confidence: float, across: Frame
    ) -> Answer:
        """'Did xiaomi beat its 40m projection in 2015?': that projection was 2014's, likely taken for
        the year asked; its own year is checked first, then the year asked against it. 'Did they hit
        their 70m target in 2015?': 70 million was 2017's; the year asked is checked against its own
        targets first. A verdict only where both checks give it (or a later year's target was
        missed either way)."""
        sales_year, target_year = across.sales_year, across.target_year
        if target_year < sales_year:
            own = replace(frame, years=(target_year,), year_range=None, sales_year=None, target_year=None)
        else:
            plain = dict(quantities=(), target_named=False, yes_no=False, claims_short=None)
            own = replace(
                frame, years=(sales_year,), year_range=None, sales_year=None, target_year=None, **plain
            )
        own_answer = self._gap_answer(own, intent, confidence)
        across_answer = self._gap_across_years(across, intent, confidence)
        if not own_answer.answered:
            return across_answer
        reply = Reply()
        word = TARGET_WORD.search(frame.text)
        label = word.group() if word else self.kb.metrics[intent.versus].label if intent.versus else "target"
        number = f"{wording.number(frame.quantities[0])} " if frame.quantities else ""
        whose = self._whose_number(frame, intent, target_year)
        reply.add(f"The {number}{label} was{whose} for {target_year}, not {sales_year}.")
        verdicts = {_verdict_of(own_answer.sentences), _verdict_of(across_answer.sentences)}
        if target_year < sales_year and len(verdicts) == 1 and "" not in verdicts:
            # ("did they hit the 80m target in 2016?": missed in 2015 and in 2016 alike)
            reply.insert_first(verdicts.pop())
        elif target_year > sales_year and _verdict_of(across_answer.sentences) == "No.":
            # ("did they reach their 80m goal in 2014?": 2014's sales fell short of it either way)
            reply.insert_first("No.")
        reply.extend(_without_a_verdict(own_answer.sentences))
        reply.extend(_without_a_verdict(across_answer.sentences))
        return self._finish(frame, intent, confidence, reply)

    def _whose_number(self, frame: Frame, intent: Intent, target_year: int) -> str:
        """ " Kevin Wang's," where every target of that year with the number asked is an outsider's
        ("the 70 million target was Kevin Wang's, for 2017"); "" otherwise."""
        named = [
            t
            for t in self._facts(frame, intent.versus, str(target_year))
            if t.value is not None and any(matches(t, q) for q in frame.quantities)
        ]
        if not named or not all(t.quoted and not said_by_the_company(t) for t in named):
            return ""
        return f" {named[0].quoted.split(',')[0]}'s,"

    def _gap_across_years(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """'2016 sales vs the 2015 target': one year's sales against another year's target, each
        pairing of sources and targets said."""
        sales_period, target_period = str(frame.sales_year), str(frame.target_year)
        if frame.period_part and frame.sales_year in (frame.part_years or (frame.sales_year,)):
            sales_period += f"-{frame.period_part}"  # "did h1 2015 beat the 2014 projection?": that half only
        targets = [f for f in self._facts(frame, intent.versus, target_period) if f.value is not None]
        named = [t for t in targets if any(matches(t, q) for q in frame.quantities)]
        if frame.target_implied and frame.quantities and not named:
            # "what growth would a 90m target for 2015 imply over 2014?": no target of that number,
            # the number itself supposed in its year
            supposed = replace(frame, years=(frame.sales_year,), what_if_year=frame.target_year)
            sales = yearly_values(self._facts(frame, intent.metric))
            return self._gap_to_quantity(supposed, intent, confidence, sales)
        targets = named or targets_named(frame.text, targets)
        results = [f for f in self._facts(frame, intent.metric, sales_period) if f.value is not None]
        if not targets:
            return self.no_period(frame, self.intent("figure", intent.versus), [target_period])
        if not results:
            return self.no_period(frame, self.intent("figure", intent.metric), [sales_period])
        reply = Reply()
        target_named_first = (
            0 <= frame.text.find(str(frame.target_year)) < frame.text.find(str(frame.sales_year))
        )
        # ("so 12m more for 2017's target?": a number that is only a margin is the margin claimed)
        claimed = (
            frame.claimed_margin
            if frame.claimed_margin is not None
            else (frame.differences[0] if frame.only_margins else None)
        )
        if claimed is not None and (frame.claims_short is not None or frame.yes_no):
            # "did they need 12m more than 2016 sales to hit the 2017 target?": the margin claimed
            margins = [(t, r.value - t.value) for t in targets for r in results]
            reply.add(margin_verdict(claimed, margins, frame.claims_short, frame.margin_side))
        elif frame.yes_no and (
            bounded := gap_bound_verdict(frame, [(t, r.value) for t in targets for r in results])
        ):
            # "was the gap between 2016 sales and the 2017 target under 15 million?", "within 10%?"
            reply.add(bounded)
        elif frame.yes_no and SAME_AS.search(frame.text) and not frame.offers_alternatives:
            # "is that (2015's 70m) the same as the 2017 target?": equal by every pairing
            reply.add(verdict_by_source([matches(t, r.value) for t in targets for r in results]))
        elif frame.yes_no and COMPARATIVE.search(frame.text) and not frame.offers_alternatives:
            # "is the 2017 target higher than what they sold in 2015?": the side named first is
            # said to be higher (or lower), checked for every pairing
            target_first = _target_said_first(frame)
            # "were 2016 sales more than half the 2015 goal?": the side named second, so many times
            claim = claimed_multiple(frame.text)
            times = claim[0] if claim else 1.0
            sides = [
                (t.value, r.value * times) if target_first else (r.value, t.value * times)
                for t in targets
                for r in results
            ]
            if verdict := higher_verdict(sides, frame.claims_less, frame.or_equal):
                reply.add(verdict)
            if times != 1.0:
                second = results if target_first else targets
                scaled = " or ".join(dict.fromkeys(fig(wording.number(f.value * times)) for f in second))
                named = (
                    f"the {sales_period} figure"
                    if target_first
                    else f"the {target_period} {wording.forward_kind(second[0])}"
                )
                reply.add(f"{wording.times_said(times)} {named}: {scaled}.")
        elif frame.yes_no and frame.claims_short is not None and not frame.offers_alternatives:
            # "did xiaomi beat kevin wang's number in 2016?": reached (or missed), for every pairing
            # ("if 2017 comes in at the target, will it beat 2015?": the target the side said to
            # beat the sales, strictly)
            # ("did xiaomi beat the 2017 target in 2015?": the same 70 million is reached, not beaten)
            past = PAST_A_NUMBER.search(frame.text) is not None
            held = [
                (
                    t.value > r.value
                    if target_named_first
                    else (r.value > t.value if past else r.value >= t.value)
                )
                != frame.claims_short
                for t in targets
                for r in results
            ]
            reply.add(verdict_by_source(held))
        elif frame.offers_alternatives and COMPARATIVE.search(frame.text):
            # "is that (the 2017 target) more or less than 2016 sales?": which, for every pairing
            above = {t.value > r.value for t in targets for r in results if t.value != r.value}
            if len(above) == 1:
                kind = wording.forward_kind(targets[0])
                side = "more" if above.pop() else "less"
                reply.add(f"The {target_period} {kind} is {side} than the {sales_period} figure.")
        for result in sorted(results, key=self._recency):
            for target in targets:
                diff = result.value - target.value
                kind = wording.forward_kind(target)
                goal = f"the {target_period} {kind} of {cited(target)}"
                if diff == 0:
                    reply.add(f"{self.figure_clause(result)}, the same as {goal} (100% of it).")
                    continue
                side = "more than" if diff > 0 else "short of"
                share = fig(wording.share(result.value, target.value))
                # "by what percent?": the margin as a share of the target too
                margin = (
                    f"{fig(wording.share(abs(diff), target.value))} {'above' if diff > 0 else 'below'} it"
                )
                # "what growth does the 2017 target need?": the rise from the sales to it, too
                # ("what percent more is that?" after the shortfall: the rise it takes, in percent)
                growth_to_it = bool(frame.direction or frame.percent_asked) and diff < 0
                # "how many times xiaomi's 2012 sales is the 2017 target?": the multiple, too
                multiple_asked = frame.operation is Operation.RATIO or TIMES.search(frame.text) is not None
                if target_named_first or growth_to_it or multiple_asked:
                    # "how much did the 2017 target exceed 2016 sales, in percent?": of the sales too
                    of_sales = fig(wording.share(abs(diff), result.value))
                    margin += f"; the {kind} is {of_sales} {'below' if diff > 0 else 'above'} the sales"
                    margin += f", {fig(f'{target.value / result.value:.2f}x')} them"
                share = f"{share} of it"
                if multiple_asked and diff > 0:
                    # "how many times the goal were the sales?": their multiple of it, too
                    share += f", {fig(f'{result.value / target.value:.2f}x')} it"
                amount = fig(wording.number(abs(diff)))
                reply.add(f"{self.figure_clause(result)}, {amount} {side} {goal} ({share}, {margin}).")
        return self._finish(frame, intent, confidence, reply)

    @staticmethod
    def _number_said_as_a_target(frame: Frame) -> float | None:
        """The number a question says a target was ("the 60m target", "a projection of 30m"), one
        of the numbers it names; None when it says none."""
        found = NUMBER_SAID_AS_A_TARGET.search(frame.text)
        number = target_number_said(found) if found is not None else None
        if number is None:
            return None
        # ("the 60m target": 60 million, as the question's own numbers have it)
        return next((q for q in frame.quantities if q in (number, number * 1e6)), None)

    def _no_such_target(
        self, frame: Frame, intent: Intent, confidence: float, targets: list[Fact], year: int, number: float
    ) -> Answer:
        """A target claimed by a number no target of the year was ("the 60m target" of 2015): not
        so, and the year's sales against the targets it had; a year with none has none to beat.
        Where the number is another year's target, that year is said."""
        said = wording.number(number)
        target_label = self.kb.metrics[intent.versus].label if intent.versus else "target"
        other = sorted(
            {
                t.period[:4]
                for t in self._facts(replace(frame, years=()), intent.versus)
                if t.value is not None
                and t.period[:4].isdigit()
                and t.period[:4] != str(year)
                and matches(t, number)
            }
        )
        whose = f"the {said} {target_label} was for {' and '.join(other)}, not {year}" if other else ""
        # ("did xiaomi beat its 40m projection in 2015?": 40 million was 2014's; "did they miss ...?"
        # takes no bare no, which would say they did not miss it)
        refuted = frame.yes_no and not (frame.claims_short and frame.question.rstrip().endswith("?"))
        whose = (f"No: {whose}" if refuted else f"{whose[:1].upper()}{whose[1:]}") if whose else ""
        reply = Reply()
        sold = self._sold_in(frame, intent.metric, year)
        if not targets:
            if whose:
                reply.add(f"{whose}.")
            reply.add(f"The articles give no {target_label} for {year}, of {said} or any other number.")
            for fact in sorted(sold, key=self._recency):
                reply.add(f"{self.figure_clause(fact)}.", fact.source)
            if not sold:
                reply.add(f"I have no {self.kb.metrics[intent.metric].label} for {year} either.")
            # (a number that was another year's target is set right, an answer; with none, it is no figure)
            return self._finish(frame, intent, confidence, reply, answered=bool(whose))
        actual = " then ".join(dict.fromkeys(wording.number(t.value) for t in targets))
        if whose:
            reply.add(f"{whose}; {year}'s was {actual}.")
        else:
            verdict = "No: t" if refuted else "T"
            reply.add(f"{verdict}here was no {said} {target_label} for {year}; it was {actual}.")
        if frame.yes_no and not sold:
            # "did they hit their 2017 target of 80m?": nor is there a figure to check any target against
            reply.add(
                f"I have no {self.kb.metrics[intent.metric].label} for {year} to check the target against."
            )
        plain = replace(frame, quantities=(), yes_no=False, claims_short=None, claimed_margin=None)
        reply.extend(self._gap_answer(plain, intent, confidence).sentences)
        return self._finish(frame, intent, confidence, reply)

    def _sold_in(self, frame: Frame, metric: str, year: int) -> list[Fact]:
        """A metric's figures for the whole of one year, of the companies asked."""
        return [f for f in self._facts(replace(frame, years=(year,)), metric) if f.period == str(year)]

    def _gap_to_quantity(
        self, frame: Frame, intent: Intent, confidence: float, sales: dict[int, list[Fact]]
    ) -> Answer:
        """'How many short of 70 million was xiaomi in 2016?': the figure against the number asked."""
        wanted = frame.quantities[0]
        years = [y for y in frame.all_years if y in sales]
        if not years:
            return self.no_period(frame, intent, [str(y) for y in frame.all_years] or [])
        reply = Reply()
        reached_in: dict[int, set[bool]] = {}  # whether each year's figure, by each source, reached it
        margins: set[bool] = set()  # whether each figure's margin to the number is the one claimed
        for year in years:
            for result in sorted(sales[year], key=self._recency):
                diff = result.value - wanted
                reached_in.setdefault(year, set()).add(diff >= 0)
                if frame.claimed_margin is not None and frame.claims_short is not None and diff:
                    # (a year that is the number itself, "sold 9m more in 2015 to reach 70m?", says
                    # nothing of a margin to it)
                    on_its_side = (diff < 0) == frame.claims_short
                    held = margin_holds(abs(diff), frame.claimed_margin, frame.margin_side)
                    margins.add(on_its_side and held)
                if frame.what_if_year and diff:
                    supposed = f"{wording.number(wanted)} in {frame.what_if_year}"
                    if frame.what_if_year == year:
                        # "if they had sold 80m in 2015, how many more than they did?": the year's own
                        side = "more" if diff < 0 else "less"
                        share = fig(wording.share(abs(diff), result.value))
                        apart = f"{fig(wording.number(abs(diff)))} ({share})"
                        reply.add(
                            f"{self.figure_clause(result)}; {wording.number(wanted)} would be {apart} {side}."
                        )
                    elif frame.what_if_year > year:
                        # "if they sell 70m in 2017, growth?": from the year's figure to the number supposed
                        rise = wording.percent(-diff / result.value * 100)
                        change = f"{fig(wording.signed(-diff))} ({fig(rise)})"
                        reply.add(f"{self.figure_clause(result)}; {supposed} would be {change}.")
                    else:
                        # "if 2013 had been 30m, how much would 2014 have grown?": from the number supposed
                        change = f"{fig(wording.signed(diff))} ({fig(wording.percent(diff / wanted * 100))})"
                        reply.add(f"{self.figure_clause(result)}; from {supposed} that would be {change}.")
                    continue
                if diff == 0:
                    verdict = (
                        f"the same as {wording.number(wanted)}"  # "did they beat 70m in 2015?": no margin
                    )
                elif diff > 0:
                    above = fig(wording.share(diff, wanted))
                    verdict = f"{fig(wording.number(diff))} ({above}) more than {wording.number(wanted)}"
                else:
                    # "if they sell 70 million in 2017, how much would sales grow?": the rise it takes
                    rise = fig(wording.percent(-diff / result.value * 100).lstrip("+"))
                    short = f"{fig(wording.number(-diff))} short of {wording.number(wanted)}"
                    verdict = f"{short} ({rise} more to reach it)"
                reply.add(f"{self.figure_clause(result)}, {verdict}.")
        checked = frame.yes_no and frame.claims_short is not None and not frame.what_if_year
        level = any(f.value == wanted for y in years for f in sales[y])
        if level and PAST_A_NUMBER.search(frame.text):
            # "did they beat 70m in 2015?" of 70 million: the same, so not beaten
            if checked and len(years) == 1 and frame.claims_short is False:
                past = any(f.value is not None and f.value > wanted for f in sales[years[0]])
                # "did they beat 60m in 2014?": 61 million by one source, the same 60 by the other
                reply.insert_first(
                    "By one source: the other gives the same, not more."
                    if past
                    else "No: the same, not more."
                )
            checked = False
        if checked and margins:
            # "did they miss 90m by 30m in 2015?": the margin claimed, by every source
            verdict = {frozenset({True}): "Yes.", frozenset({False}): "No."}.get(frozenset(margins))
            reply.insert_first(verdict or "It depends on the source.")
        elif (
            checked
            and frame.claimed_margin is None
            and (not frame.offers_alternatives or EITHER_YEAR.search(frame.text))
        ):
            # "did 2016 hit 60m?": no; by one source only where the sources disagree
            reached = set().union(*reached_in.values())
            if len(reached) == 1:
                reply.insert_first("Yes." if reached.pop() != frame.claims_short else "No.")
            elif len(years) == 1:
                reply.insert_first("It depends on the source.")
            elif not frame.claims_short:
                every = [y for y in years if reached_in[y] == {True}]
                named = wording.listing([str(y) for y in every]) if every else ""
                partly = [str(y) for y in years if len(reached_in[y]) > 1]
                never = [y for y in years if reached_in[y] == {False}]
                either = EITHER_YEAR.search(frame.text) is not None
                if either and every:
                    reply.insert_first(f"Yes, in {named}.")  # "did they hit 61m in 2014 or 2015?"
                elif partly and (either or not never):
                    reply.insert_first(f"It depends on the source for {wording.listing(partly)}.")
                elif either:
                    reply.insert_first("No.")
                else:
                    # "did they hit 65m in 2014 and 2015?": not in both
                    reply.insert_first(f"No: only {named} did." if every else "No, not in every year.")
        return self._finish(frame, intent, confidence, reply)

    def _gap_answer(self, frame: Frame, intent: Intent, confidence: float) -> Answer:
        """Targets against results: beaten, missed, or how far there is to go."""
        if frame.sales_year and frame.target_year:
            said = self._number_said_as_a_target(frame) if frame.target_named else None
            if said is not None and target_of_the_year(frame.text, frame.sales_year):
                # "kevin wang's 70m target for 2016 was missed": his 70 million was for 2017
                year = frame.sales_year
                there = [
                    t
                    for t in self._facts(frame, intent.versus)
                    if t.value is not None and t.period == str(year)
                ]
                if not any(matches(t, said) for t in there):
                    alone = replace(frame, sales_year=None, target_year=None, years=(year,), year_range=None)
                    return self._no_such_target(alone, intent, confidence, there, year, said)
            return self._gap_across_years(frame, intent, confidence)
        if frame.period_part == "H1" and (rest := self.rest_to_target(frame, intent.metric)):
            return rest  # "and in the first half?" after a gap: what was left after it, not the year's gap
        asked = {str(y) for y in frame.all_years}
        targets = [f for f in self._facts(frame, intent.versus) if f.value is not None and f.period]
        if asked:
            targets = [f for f in targets if f.period[:4] in asked]
        sales = yearly_values(self._facts(frame, intent.metric))
        if frame.what_if_year and frame.quantities:
            return self._gap_to_quantity(frame, intent, confidence, sales)  # a number supposed, no target
        if (
            not targets
            and asked
            and not frame.quantities
            and DISTANCE_ASKED.search(frame.text)  # ("the year when the goal was cut": a year, no distance)
            and (target_year := self._year_of_the_target_named(frame, intent))
        ):
            # "how far was 2016 from the original goal?": 2016's sales against the original (2015) one
            sales_year = next((y for y in frame.all_years if y in sales), None)
            if sales_year is not None and sales_year != target_year:
                return self._sales_against_another_years_target(
                    frame, intent, confidence, sales_year, target_year
                )
        if frame.quantities:
            # "how far short of 100 million": that target, or the number itself when no target is it.
            named = [t for t in targets if any(matches(t, q) for q in frame.quantities)]
            elsewhere = {
                int(t.period[:4])
                for t in self._facts(frame, intent.versus)
                if t.value is not None
                and t.period[:4].isdigit()
                and any(matches(t, q) for q in frame.quantities)
            }
            asked_years = [y for y in frame.all_years if y in sales]
            said = self._number_said_as_a_target(frame) if frame.target_named else None
            # ("the 70m target for 2015": 70 million was 2017's, so no target of 2015's)
            of_the_year = len(asked_years) == 1 and target_of_the_year(frame.text, asked_years[0])
            if (
                not named
                and frame.target_named
                and len(elsewhere) == 1
                and len(asked_years) == 1
                and not of_the_year
            ):
                # "how far was 2014 from the revised 80 million goal?": 2014's sales against that
                # goal, of 2015, never the number against 2014's own projection
                sales_year, target_year = asked_years[0], elsewhere.pop()
                if sales_year != target_year:
                    return self._sales_against_another_years_target(
                        frame, intent, confidence, sales_year, target_year
                    )
            if not named and (not elsewhere or of_the_year) and said is not None and len(asked_years) == 1:
                # "2015 sales beat the 60m target", "they missed the 65m goal for 2016": no target
                # was that number; the targets there were, or none
                return self._no_such_target(frame, intent, confidence, targets, asked_years[0], said)
            # "did they hit their 2017 target of 80m?": no sales that year, and its target was another
            unsold = [y for y in frame.all_years if y not in sales]
            of_an_unsold_year = len(unsold) == 1 == len(frame.all_years)
            of_an_unsold_year = of_an_unsold_year and target_of_the_year(frame.text, unsold[0])
            if not named and targets and said is not None and of_an_unsold_year:
                return self._no_such_target(frame, intent, confidence, targets, unsold[0], said)
            # ("did they hit the 100m target in 2017?" asks of the year's sales, never the number)
            reached = REACHED_VERB.search(frame.text) is not None
            if not named and targets and not frame.sales_word and frame.target_named and not reached:
                # "is 70 million more than the 2014 projection?": the number against the target
                # named; "how far is 2014 from 70 million?" measures the year's sales
                return self._quantity_against_targets(frame, intent, confidence, targets)
            if not named:
                return self._gap_to_quantity(frame, intent, confidence, sales)
            targets = named
        else:
            targets = targets_named(frame.text, targets)
        if not targets:
            target_intent = self.intent("figure", intent.versus) if intent.versus else intent
            return self.no_period(frame, target_intent, sorted(asked))
        target_years = {int(t.period[:4]) for t in targets}
        ever_reached = (
            frame.yes_no and EVER_REACHED.search(frame.text) and EVER_REACHING_VERB.search(frame.text)
        )
        ever_reached = ever_reached and not (
            NOT_JUST_REACHED.search(frame.text)
            or frame.period_part
            or frame.quantities
            or frame.years_left_out
            or frame.until_year
            or frame.since_year
            or YEAR_WRITTEN.search(frame.text)  # ("did they ever reach it in 2017?": that year's sales)
        )
        if ever_reached and not target_years & set(sales):
            # "have they ever reached it?" of the 2017 target: the years before it whose sales did
            return self._target_reached_before(frame, intent, confidence, targets, sales)
        if len(target_years) == 1 and not frame.period_part and not target_years & set(sales):
            # "how far is hanbit from its 2018 goal?": no 2018 figure, but its first half; what was
            # left after it, never the year before measured against the target
            (year,) = target_years
            halved = replace(frame, period_part="H1", years=(year,), year_range=None)
            if rest := self._rest_to_target(halved, intent, targets):
                if frame.yes_no:  # "did they hit it?": there is no year's figure to say
                    label = self.kb.metrics[intent.metric].label
                    rest.insert_first(f"I have no {label} for {year} to check the target against.")
                return self._finish(halved, intent, confidence, rest)
        reply = Reply()
        unchecked = 0  # targets whose year has no sales to check them against
        margins: list[tuple[Fact, float]] = []  # each target, and sales less it, in the same year
        for target in targets:
            year = int(target.period[:4])
            kind = wording.forward_kind(target)
            goal = f"{kind} of {cited(target)}"
            if year in sales:
                for result in sorted(sales[year], key=self._recency):
                    diff = result.value - target.value
                    margins.append((target, diff))
                    share = fig(wording.share(result.value, target.value))
                    # "by what percent did they miss?": the shortfall as a share of the target too
                    missed = fig(wording.share(-diff, target.value))
                    # "by what percent did they beat it?": the excess as a share of the target too
                    over = fig(wording.share(diff, target.value))
                    verdict = (
                        f"beating its {goal} by {fig(wording.number(diff))} ({over} above it, {share} of it)"
                        if diff >= 0
                        else f"{fig(wording.number(-diff))} ({missed}) short of its {goal} ({share} of it)"
                    )
                    if frame.operation is Operation.RATIO or RATIO_ASKED.search(frame.text):
                        # "and actual?", "ratio?": the sales as a multiple of the target
                        verdict += f", {fig(wording.multiple(result.value / target.value))} times it"
                    if frame.percent_asked and (diff < 0 or _percent_named(frame)):
                        # "what percent more is that?": the rise the target asks of the sales; "by
                        # what percent was the projection below sales?": the target against the sales
                        side = "above" if diff < 0 else "below"
                        verdict += (
                            f"; the {kind} is {fig(wording.share(abs(diff), result.value))} {side} the sales"
                        )
                    reply.add(f"{self.figure_clause(result)}, {verdict}.")
                continue
            reached = [r for y in sales for r in sales[y] if y < year and r.value >= target.value]
            if Ask.WHEN in frame.asks and reached:
                # "kevin wang's 70m for 2017", "when did they last hit it?": the years sales reached it
                kind = wording.forward_kind(target)
                for result in reached:
                    reply.add(f"{self.figure_clause(result)}, reaching the {year} {kind} of {cited(target)}.")
                continue
            earlier = [y for y in sales if y < year]
            if not earlier:
                reply.add(self.statement(target), target.source)
                continue
            # "the 2017 target vs 2015 sales": the year asked, else the latest before the target's.
            asked_sales = [y for y in earlier if str(y) in asked]
            last = max(asked_sales or earlier)
            # "is that (the target) more than they sold in 2016?": checked against every source;
            # "were 2017 sales above the target?" claims sales that year, which there are none of
            comparative = frame.yes_no and COMPARATIVE.search(frame.text)
            compared = comparative and not frame.offers_alternatives
            if comparative and frame.offers_alternatives:
                pass  # "is that more or less than 2016 sales?": which, said below, no yes or no
            elif compared and frame.claims_short is None:
                # "is that more than 2016?" claims the target higher; "is 2016 higher?" the sales
                first = _target_said_first(frame, last, year, target_just_said=True)
                sides = [(target.value, r.value) if first else (r.value, target.value) for r in sales[last]]
                if verdict := higher_verdict(sides, frame.claims_less, frame.or_equal):
                    reply.add(verdict)
            elif frame.yes_no and frame.claimed_margin is None:
                # "did they hit it?": there are no sales for that year to say.
                label = self.kb.metrics[intent.metric].label
                reply.add(f"I have no {label} for {year} to check the target against.")
                unchecked += 1
            elif _progress_within(frame.text, year):
                # "what percent of the 2017 target have they reached so far?": nothing of that year is
                # known; the year before against it is all there is, and is said as such
                label = self.kb.metrics[intent.metric].label
                reply.add(f"I have no {label} for {year} to check the target against.")
            for result in sorted(sales[last], key=self._recency):
                more = target.value - result.value
                if frame.claimed_margin is not None:
                    margins.append((target, -more))  # "so they need 12m more to hit it?": from the last year
                reply.add(
                    f"For {year} the {goal} is {fig(wording.number(more))} "
                    f"({fig(wording.percent(more / result.value * 100))}) more than in {last}: "
                    f"{self.figure_clause(result)}, "
                    f"{fig(wording.share(result.value, target.value))} of the target."
                )
        # "was the gap between 2015 sales and the 80m target under 5m?", "within 20% of it?"
        bounded = gap_bound_verdict(frame, [(t, t.value + m) for t, m in margins]) if frame.yes_no else ""
        multiple = claimed_multiple(frame.text) if frame.yes_no and margins else None
        if bounded:
            reply.insert_first(bounded)
        elif multiple and multiple[0] > 1 and not frame.offers_alternatives:
            # "did 2014 sales double the projection?": sales as a multiple of each target, checked
            held = [multiple_holds((t.value + m) / t.value, *multiple) for t, m in margins]
            reply.insert_first(verdict_by_source(held))
        elif (
            frame.claimed_margin is not None and margins and (frame.claims_short is not None or frame.yes_no)
        ):
            verdict = margin_verdict(frame.claimed_margin, margins, frame.claims_short, frame.margin_side)
            reply.insert_first(verdict)
        elif frame.yes_no and margins and SAME_AS.search(frame.text) and not frame.offers_alternatives:
            # "xiaomi 2014 sales", "2014 projection?", "same number?": sold exactly the target
            reply.insert_first(verdict_by_source([abs(margin) < 1e-9 for _, margin in margins]))
        elif (
            frame.yes_no
            and margins
            and frame.claims_short is not None
            and not frame.offers_alternatives  # "did they exceed it by 20m or 21m?": no yes or no
            and not BY_MORE_OR_LESS.search(frame.text)  # "beat it by more than 50 million?": a margin
        ):
            # "did they hit it?", "did they miss the target?": every pairing reached it, or none;
            # "did they hit it or fall short?" gets the figures with no yes or no
            reached = {margin >= 0 for _, margin in margins}
            sold = frame.sold_claimed
            years = {int(target.period[:4]) for target, _ in margins}  # those the sales were measured in
            if sold is not None and not any(matches(f, sold) for y in years for f in sales.get(y, [])):
                reply.insert_first("No.")  # "sold 50 million in 2014, beating the projection": not 50 million
            elif len(reached) == 1:
                reply.insert_first("Yes." if reached.pop() != frame.claims_short else "No.")
            elif len(years) > 1 and (len(set(frame.all_years)) > 1 or EVER_SAID.search(frame.text)):
                # "did they beat their targets in 2014 and 2015?": so in some years and not others
                held = [
                    y
                    for y in sorted(years)
                    if all((m >= 0) != frame.claims_short for t, m in margins if int(t.period[:4]) == y)
                ]
                only = f"No: only in {wording.listing([str(y) for y in held])}." if held else "No."
                if EVER_SAID.search(frame.text):
                    # "did they ever beat a target?" (and "never", read as its positive and turned):
                    # one target of some year is enough; a plain verdict, which a "never" turns round
                    any_held = any((m >= 0) != frame.claims_short for _, m in margins)
                    only = "Yes." if any_held else "No."
                reply.insert_first(only)
            else:
                reply.insert_first("It depends on which target.")
        # "did they hit 70m in 2017?": no year's sales to say yes or no with, so not answered
        measured = sorted({int(target.period[:4]) for target, _ in margins})
        if not frame.all_years and len(measured) == 1:
            reply.years = measured  # "when did they beat a 40m projection?" (2014), "how many that year?"
        return self._finish(frame, intent, confidence, reply, answered=unchecked < len(targets))

    def rest_to_target(self, frame: Frame, metric: str) -> Answer | None:
        """'After the first half of 2015, how many more for 80 million?': each target of the year
        (the one named by its number, if any) less the first half's figure, with their sources;
        None when the year has no target or no first-half figure."""
        intent = self.intent("gap", metric)
        if not frame.all_years and frame.quantities:
            # "how many phones in H2 to hit the 100m goal?": the year of the target named
            years = {
                f.period[:4]
                for f in self._facts(frame, intent.versus)
                if f.value is not None and any(matches(f, q) for q in frame.quantities)
            }
            frame = replace(frame, years=tuple(int(y) for y in years)) if len(years) == 1 else frame
        if len(frame.all_years) != 1:
            return None
        year = str(frame.all_years[0])
        targets = [f for f in self._facts(frame, intent.versus, year) if f.value is not None]
        named = [t for t in targets if any(matches(t, q) for q in frame.quantities)]
        # ("the revised target?", "h1?", "how much more?": the words carried name which target)
        said = f"{frame.text} {' '.join(frame.content)}"
        reply = self._rest_to_target(frame, intent, named or targets_named(said, targets))
        return None if reply is None else self._finish(frame, intent, 100.0, reply)

    def _rest_to_target(self, frame: Frame, intent: Intent, targets: list[Fact]) -> Reply | None:
        reply = Reply()
        lefts, paces = [], []
        for target in targets:
            year = target.period[:4]
            first = [f for f in self._facts(frame, intent.metric, f"{year}-H1") if f.value is not None]
            for half in first:
                left = target.value - half.value
                lefts.append(left)
                paces.append(half.value >= left)  # on track: the first half at least half the way
                kind = wording.forward_kind(target)
                reply.add(
                    f"After {cited(half)} in the first half of {year}, {half.subjects[0]} needed "
                    f"{fig(wording.number(left))} more in the second half to reach its {kind} of "
                    f"{cited(target)}."
                )
        # "they still needed 45.3 million to reach 80m?": the number left, checked ("about 45m" rounded)
        claimed = [q for q in frame.quantities if not any(matches(t, q) for t in targets)]
        hedged = bool(HEDGED.search(frame.text))
        # (only the number still needed is claimed: "did the second half beat 35 million?" is not)
        # ("did the second half deliver the 45.3 million needed?" asks what was sold: no check of it)
        needed = STILL_NEEDED.search(frame.text) and not BEATEN_SAID.search(frame.text)
        needed = needed and not SOLD_SAID_OF_A_HALF.search(frame.text)
        needed = needed and len(targets) == 1 and not GAP_BOUNDED.search(frame.text)
        needed = needed and (
            frame.target_named or any(matches(t, q) for t in targets for q in frame.quantities)
        )
        if frame.yes_no and lefts and len(claimed) == 1 and needed:
            reply.insert_first(verdict_by_source([claim_holds(v, claimed[0], hedged) for v in lefts]))
        elif frame.yes_no and paces and ON_TRACK.search(frame.text):
            # "so they were on track for 80m?": the first half as much as the second still needed
            reply.insert_first(verdict_by_source(paces))
        return None if reply.empty else reply

    def summary(self, short: bool = False) -> str:
        """What the bot knows, from the data: subjects, years covered, topics."""
        return self._short_summary if short else self._long_summary

    def _summarise(self, short: bool) -> str:
        # Built once at start-up: every "I don't know" quotes it, so it stays off the answer path.
        figure_metrics = [m for m in self.kb.metrics.values() if m.kind == "figure"]
        parts = []
        for metric in figure_metrics:
            about = self.subjects[metric.metric][0]
            if len(about) > 1:
                parts.append(f"{metric.label} of {len(about)} companies")
                continue
            facts = self.kb.facts(metric.metric, subjects=self._main(metric.metric))
            years = sorted({int(f.period[:4]) for f in facts if f.period and "-" not in f.period})
            subject = facts[0].subjects[0] if facts else ""
            parts.append(f"{wording.possessive(subject)} {metric.label} {wording.year_span(years)}")
        topics = [m.label for m in self.kb.metrics.values() if m.kind != "figure"]
        topics = topics[:8] if short else topics
        text = f"{wording.listing(parts)}, with growth, totals and best years, and {wording.listing(topics)}"
        if short:
            return text + "."
        return (
            text
            + f". Everything comes from {len(self.kb.sources)} news articles, each answer with its source."
        )


# "up or down?", "higher or lower?": which way a change went is asked, said first
UP_OR_DOWN = re.compile(
    r"\b(?:up or down|down or up|higher or lower|lower or higher|grow or shrink|rise or fall)\b"
)


def _year_asked_about(text: str, first: int, last: int) -> int:
    """Of two years, the one a question asks about: "was 2014 up or down vs 2015?" asks about 2014,
    "2016 vs 2014?" about 2016, "from 2014 to 2015" and "up or down?" alone about the later; a year
    named only after "vs" or "than" ("compared to 2016", after 2013) is the other's measure."""
    if FROM_YEAR.search(text) or YEARS_IN_A_RANGE.search(text) or MOVED.search(text):
        return last  # "from 2014", "2014 to 2016", "rise or fall?": the way it went, in time
    at = {year: text.find(str(year)) for year in (first, last)}
    named = [year for year in (first, last) if at[year] >= 0]
    if len(named) == 2:
        said_first = min(named, key=lambda year: at[year])
        if said_first == first and not YEAR_AS_SUBJECT.search(text[: at[first]]):
            return last  # "2014 vs 2015, up or down?": named in time order, the way it went
        return said_first  # "2016 vs 2014?", "was 2014 up or down vs 2015?": of the one said first
    if len(named) == 1:
        (year,) = named
        return (first if year == last else last) if MEASURE_OF.search(text[: at[year]]) else year
    return last


YEARS_IN_A_RANGE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:to|-|through|thru|till|until)\s*(?:19|20)\d\d\b|\bbetween (?:19|20)\d\d and\b"
)
# "was 2014 up or down ...", "did xiaomi's 2016 go up": the year is what the question is about
YEAR_AS_SUBJECT = re.compile(r"\b(?:was|is|were|did|has|had)\s+(?:\w+'?s?\s+)?$")
MOVED = re.compile(r"\b(?:rise or fall|fall or rise|grow or shrink|shrink or grow)\b")
MEASURE_OF = re.compile(r"\b(?:vs|versus|compared to|compared with|than|against)\s*$")
# the middle of a range, and its width: "midpoint of the price band", "spread of the price range"
RANGE_MIDPOINT = re.compile(
    r"\b(?:midpoints?|mid points?|middles?|halfway|mid-range|midrange)\b"
    r"|\b(?:average|mean) of the (?:low|bottom|cheapest|lowest) and (?:the )?(?:high|top|priciest|highest)\b"
    # "average of the iphone price range"
    r"|\b(?:average|mean) of (?:the |its |their )?(?:\w+ )?(?:price )?range\b"
)
RANGE_END = r"(?:the )?(?:cheapest|lowest|low end|bottom|priciest|most expensive|highest|high end|top)\b"
RANGE_SPREAD = re.compile(
    r"\b(?:spread|width|how wide|span)\b"
    # "the gap between the cheapest and the priciest": the ends of one range
    rf"|\b(?:gap|difference|distance) between {RANGE_END}.* and {RANGE_END}"
)
TIMES = re.compile(
    r"\b(?:times|how many of|multiple|fold|divided by|ratio)\b"
    r"|\bhow many\b.*\bfor (?:one|a|an|the|each)\b"  # "how many cheap xiaomis for one top iphone"
)
# One price claimed above or below another: "is the top xiaomi price above the cheapest iphone?"
PRICE_MARGIN_CLAIMED = re.compile(
    # (a bound, "over $800 more", "at least $300 more", is no margin said exactly)
    r"(?<![\w$.,])(?<!(?:over|than|most|some) )(?<!(?:above|under|below|least|about) )(?<!around )"
    r"(?<!(?:nearly|almost) )(?<!roughly )\$?\d[\d,.]*\s*(?:usd|dollars?|bucks)?\s+"
    r"(?:(?P<more>more|dearer|pricier|higher|above)|less|cheaper|lower|below)\b"
)
PRICIER_CLAIMED = re.compile(
    r"\b(?:(?P<more>above|more than|higher than|over|pricier|dearer|more expensive|exceeds?)"
    r"|below|less than|lower than|under|cheaper|less expensive)\b"
)


def _range_end(text: str, at: int) -> str:
    """'low' or 'high': the end of a range named nearest before `at` (else nearest after); after
    it first where the name owns it ("xiaomi's most expensive")."""
    before = [(m.end(), "low") for m in LOW_END.finditer(text[:at])]
    before += [(m.end(), "high") for m in HIGH_END.finditer(text[:at])]
    after = [(m.start(), "low") for m in LOW_END.finditer(text, at)]
    after += [(m.start(), "high") for m in HIGH_END.finditer(text, at)]
    name = text[at:].split(maxsplit=1)
    # "xiaomi's most expensive", "the iphone low end": the end named right after the name is its own,
    # unless one is named right before it too ("cheapest iphone priciest xiaomi")
    right_after = bool(name) and bool(after) and not text[at + len(name[0]) : min(after)[0]].strip()
    right_before = bool(before) and not text[max(before)[0] : at].strip()
    owned_end = right_after and (name[0].endswith("'s") or not right_before)
    if before and not owned_end:
        return max(before)[1]
    return min(after)[1] if after else ""


# A claim that one figure is above or below another: "is that more than they sold in 2016?".
COMPARATIVE = re.compile(
    r"\b(?:more|less|higher|lower|bigger|smaller|greater|fewer|above|below|over|under|exceed\w*|beyond"
    r"|at least|at most)\b"  # ("no less than" is read as "at least")
)
# "did both articles say 61 million?", "do the articles all give 61m?": every source claimed to say so
BOTH_SOURCES_CLAIMED = re.compile(
    r"\b(?:both|all|each|every)(?: of)?(?: the)?(?: two)? (?:articles?|sources?|pieces?|reports?)"
    r" (?:say|said|says|give|gave|gives|put|puts|report|reported|reports|agree|claim|claimed|state|stated)\b"
    r"|\b(?:do|did|does) (?:both|all|each)(?: of)?(?: the)?(?: two)? (?:articles?|sources?|pieces?)\b"
    r"|\b(?:do|did|does) the (?:two )?(?:articles?|sources?|pieces?) (?:both|all|each)\b"
)
# ... and which side is claimed: the one before "than" ("is that more than ...", "is 2015 more than that")
THAN_WORD = re.compile(r"\bthan\b")
THAT_WORD = re.compile(r"\b(?:that|this|it)\b")
SOLD_SAID = re.compile(r"\b(?:sell|sells|sold|selling|sales|ship|shipped|move|moved)\b")
TARGET_SAID = re.compile(r"\b(?:target|goal|projection|forecast|aim|plan|need|quota|tgt)\w*")


def gap_bound_by_source(frame: Frame, gaps: list[float]) -> str:
    """A bound claimed on the gap between two figures ("within 15 million of the peak"), for each
    pairing of sources' gap, whichever side was higher; "" where none is claimed."""
    bound = _bound_on_the_gap(frame)
    if bound is None:
        return ""
    side, value = bound
    return verdict_by_source([margin_holds(abs(g), value, side) for g in gaps])


def gap_bound_verdict(frame: Frame, pairs: list[tuple[Fact, float]]) -> str:
    """A bound claimed on the gap between sales and a target, whichever side the sales were on, for
    each (target, sales): in units ("under 15 million") or in percent of the side it is measured
    from ("within 10% of the target", "of 2016 sales"); "" where none is claimed."""
    if bound := _bound_on_the_gap(frame):
        side, value = bound
        return verdict_by_target([(t, margin_holds(abs(sold - t.value), value, side)) for t, sold in pairs])
    within = _percent_apart_claimed(frame)
    if within is None:
        return ""
    limit, how = float(within["n"]), within["how"].strip()
    of_sales = _measured_from_the_sales(frame.text)
    return verdict_by_target(
        [
            (t, percent_holds(abs(sold - t.value) / (sold if of_sales else t.value) * 100, limit, how))
            for t, sold in pairs
        ]
    )


def _measured_from_the_sales(text: str) -> bool:
    """'Is the target within 20% of 2016 sales?' (read "differ by at most 20% from 2016 sales"): the
    percent is of the sales; "... from the 2017 target" (and by default) of the target."""
    after = re.search(r"\bfrom\b(.*)$", text)
    return (
        after is not None
        and not TARGET_SAID.search(after.group(1))
        and bool(SOLD_SAID.search(after.group(1)) or re.search(r"\b(?:19|20)\d\d\b", after.group(1)))
    )


BARE_VERDICTS = ("Yes.", "No.")


def _verdict_of(sentences: tuple[Sentence, ...]) -> str:
    """The bare verdict an answer opens with ("Yes.", "No."), or ""."""
    return sentences[0].words if sentences and sentences[0].words in BARE_VERDICTS else ""


def _without_a_verdict(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """An answer's sentences less a bare verdict at their head ("Yes."), for an answer that says two
    checks and gives no one verdict for both."""
    if sentences and sentences[0].words in (*BARE_VERDICTS, "It depends on the source."):
        return sentences[1:]
    return sentences


def _gap_said(gaps: list[float]) -> str:
    """'44.1 million more than', '1.02 million or 775,000 less than', 'the same as': a gap by every
    pairing of sources, on the side it is."""
    apart = " or ".join(dict.fromkeys(fig(wording.number(abs(g))) for g in gaps))
    if all(abs(g) < 1e-9 for g in gaps):
        return "the same as"
    if all(g > 0 for g in gaps):
        return f"{apart} more than"
    if all(g < 0 for g in gaps):
        return f"{apart} less than"
    return f"{apart} apart from"


def _bound_on_the_gap(frame: Frame) -> tuple[str, float] | None:
    """'Was the gap under 15 million?', 'within 10m of it' (read "differ by at most 10m"): the side
    and the size claimed of a gap, in units; None where it claims none."""
    if not DIFFERENCE_SAID.search(frame.text):
        return None
    if frame.threshold and (not frame.quantities or frame.target_named):  # ("the 80m target")
        return frame.threshold
    if frame.margin_side and len(frame.differences) == 1:
        return frame.margin_side, frame.differences[0]
    return None


def _percent_apart_claimed(frame: Frame) -> re.Match | None:
    """'Differ by at most 10% from' (as "within 10% of" is read): a bound on the gap, in percent."""
    if not DIFFERENCE_SAID.search(frame.text) or (frame.quantities and not frame.target_named):
        return None
    claimed = PERCENT_CLAIMED.search(frame.text)
    return claimed if claimed and claimed.group("how") else None


def _year_claimed_closer(text: str) -> int | None:
    """The year a question claims came closer: the subject of "was 2016 closer", or the year
    not after "than"; None where the question does not say."""
    if re.search(r"\bboth\b|(?:19|20)\d\d (?:and|&) (?:19|20)\d\d", text):
        return None  # ("were 2014 and 2015 both closer than 2016?": more than one year claimed)
    subject = re.search(r"\b(?:was|is|were|did|has) (?:the )?((?:19|20)\d\d)\b", text)
    if subject:
        return int(subject.group(1))
    than = re.search(r"\bthan (?:the |in )?((?:19|20)\d\d)\b", text)
    years = [int(y) for y in YEAR_WRITTEN.findall(text)]
    others = [y for y in years if not than or y != int(than.group(1))]
    return others[0] if than and len(set(others)) == 1 else None


def _target_said_first(
    frame: Frame,
    sales_year: int | None = None,
    target_year: int | None = None,
    target_just_said: bool = False,
) -> bool:
    """Whether a comparison of one year's sales and another's target claims the target is the
    higher (or lower): the side named last before the comparative ("the 2017 target: did 2016
    sales exceed it?" claims the sales; "is the 2017 target higher than 2016 sales?" the target),
    else the side named first. A side left to the conversation ("that", "they") is named where the
    comparative is: "is that more than the 2014 projection?" (the sales), "is that more than 2016
    sales?" after the 2017 target (the target)."""
    text = frame.text
    compared = COMPARATIVE.search(text)
    compared_at = compared.start() if compared else len(text)
    sales = _where_named(text, str(sales_year or frame.sales_year), SOLD_SAID)
    target = _where_named(text, str(target_year or frame.target_year), TARGET_SAID)
    before = [(at, "target") for at in target if at < compared_at] + [
        (at, "sales") for at in sales if at < compared_at
    ]
    if before:
        return max(before)[1] == "target"
    if sales and target:
        return min(target) < min(sales)
    if target:
        return min(target) < compared_at
    if sales:
        return not min(sales) < compared_at
    # "is that more than last year?" after the 2017 target: "that" is the target just given
    return target_just_said and bool(SIDE_LEFT_TO_THE_CONVERSATION.search(text[:compared_at]))


def _where_named(text: str, year: str, words: re.Pattern) -> list[int]:
    """Everywhere a side is named: its year, or a word for it."""
    found = [m.start() for m in re.finditer(rf"\b{year}\b", text)]
    return sorted(found + [m.start() for m in words.finditer(text)])


# "did growth slow in 2015?", "did growth pick up?": a year's growth set against the year before's
GROWTH_SLOWED = re.compile(
    r"\b(?:growth|grow|grew|growing)\b.{0,30}?\b(?:slow(?:ed|ing)?(?: down)?|accelerat\w*|sped up|speed up"
    r"|pick(?:ed)? up|decelerat\w*)\b"
)
SLOWED_WORDS = re.compile(r"\bslow|\bdecelerat")
# "was the first one faster?" of two growths asked in turn: the first is claimed, else the last
FIRST_OF_TWO = re.compile(r"\b(?:first|former|earlier|older)\b")
# "which grew faster, 2014 or 2015?", "was the growth rate in 2015 lower than in 2014?", "was the
# 2016 decline bigger than the 2015 growth?": two years' changes set against each other
GROWTHS_COMPARED = re.compile(
    r"\b(?:grew|grow|growth|growth rate)\b.{0,40}?\b(?:faster|slower|quicker|more quickly|more slowly)\b"
    r"|\b(?:faster|slower|quicker)\b.{0,40}?\b(?:grew|growth|grow|growing)\b"
    r"|\bgrowth rate\b.{0,40}?\b(?:higher|lower|bigger|smaller)\b"
    r"|\b(?:decline|drop|fall|growth|rise|increase)\b.{0,30}?\b(?:bigger|smaller|larger) than (?:the )?"
    r"(?:(?:19|20)\d\d )?(?:(?:percentage|percent|unit|relative|yearly|annual) )?"
    r"(?:decline|drop|fall|growth|rise|increase)\b"
    # "did the percentage drop in 2016 exceed 2015's growth?", "which was larger: the decline or the growth?"
    r"|\b(?:decline|drop|fall|growth|rise|increase)\b.{0,30}?\b(?:exceed"
    r"|exceeded|outpace|outpaced|top|topped)\b"
    r".{0,30}?\b(?:decline|drop|fall|growth|rise|increase)\b"
    r"|\bwhich was (?:larger|bigger|greater|smaller)\b.{0,50}?\b(?:decline|drop|fall|growth|rise|increase)\b"
    r".{0,30}?\bor\b.{0,30}?\b(?:decline|drop|fall|growth|rise|increase)\b"
    # "which grew more, 2013 or 2014?", "the growth rates of 2013 and 2016", "the growth rate in 2014
    # and in 2015", "how did the 2016 decline compare with the 2015 growth?"
    r"|\b(?:grew|grow)\b (?:more|less)\b(?! than)|\bgrowth rates\b"
    r"|\bgrowth rate in (?:19|20)\d\d and (?:in )?(?:19|20)\d\d\b"
    r"|\b(?:decline|drop|fall|growth|rise|increase)\b.{0,20}?\bcompare\w*\b.{0,20}?"
    r"\b(?:decline|drop|fall|growth|rise|increase)\b"
)
# a why about a movement of a movement ("growth declined") is not checked against the figures
MOVES_BOTH_WAYS = re.compile(r"\b(?:growth|grow|grew|increase|rise|change)\b")
MOVES_DOWN = re.compile(r"\b(?:decline\w*|drop\w*|fall|fell|slow\w*|worst|weakest|lowest|decrease\w*)\b")
IN_PERCENT_OR_PACE = re.compile(r"\b(?:rate|faster|slower|quicker|quickly|slowly|percent|pct)\b|%")
# "how far was 2016 from the original goal?", "2016 vs the revised target": a distance asked
DISTANCE_ASKED = re.compile(r"\b(?:how far|short of|from the|away from|behind|against|vs|versus|compared)\b")
MOVES_NAMED = re.compile(
    r"\b(?:decline|declines|declined|drop|drops|dropped|fall|falls|fell|decrease|decreased|shrank|shrink)\b"
)
# "same?", "are they the same?", "so identical?": sameness said first, of what was just asked
SAME_SAID_FIRST = r"^(?:(?:and|so|ok|but) )?(?:(?:is|was|are|were) \w+ )?(?:the )?(?:same|identical|equal)\b"
SAME_AS = re.compile(
    r"\b(?:the same as|same as|equal to|level with|as much as|as many as)\b"
    rf"|{SAME_SAID_FIRST}|\bmatch\W*$|\bthe same(?: number| figure| amount)?\W*$"
)
CHANGE_JUDGED = re.compile(r"\b(?:better|worse|stronger|weaker)\b")  # a change judged, not sized
UNITS_NAMED = re.compile(r"\b(?:unit sales|volumes?)\b")  # "q3 2015 unit sales?": a count named
PART_OF_A_YEAR_SAID = re.compile(r"\b(?:half|halves|quarter|quarters|month|months)\b")
CLOSEST_TO = re.compile(r"\b(?:closest|nearest|came close|got close|closer|nearer)\b")
SLOWER = re.compile(r"\b(?:less|lower|smaller|fewer|slower|more slowly)\b")
COMPARED_WITH = re.compile(
    r"\b(?:more|less|higher|lower|bigger|smaller|greater|fewer) than\b|\b(?:above|below|over|under)\b"
)
LESS_SIDE = re.compile(r"less|lower|smaller|fewer|below|under")
TARGET_WORDS = r"(?:target|goal|projection|forecast)"
TARGET_NAMES = re.compile(rf"\b{TARGET_WORDS}s?\b")
# "did kevin wang set the 80m target?", "was it his idea?", "the 100m goal was wang's": said of who
# gave a target
GIVER_VERB = r"(?:set|sets|gave|give|made|came up with|come up with|announced?|forecast|projected|proposed)"
GIVEN_BY = (
    re.compile(rf"\b(\w+)(?: \w+)? {GIVER_VERB}\b(?! up\b)"),  # "did kevin wang set ...", "wang gave ..."
    re.compile(r"\b(?:set|given|made|proposed|announced|projected|forecast) by (?:the )?(?:\w+ )?(\w+)\b"),
    re.compile(r"\b(\w+)'s idea\b"),
    re.compile(r"\bwas it (?:\w+ )?(\w+) who\b"),
)
# a target set against sales, a wish, a priority, a cut's date: no check of who gave it
NOT_WHO_GAVE = re.compile(
    r"\b(?:reach|reached|hit|meet|met|beat|beaten|within|exceed\w*|above|below|more than|less than|want"
    r"|wanted|priority|own|pushed|before|after|in (?:jan"
    r"|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b"
)
# "above the average", "below the 2012-2016 mean", "beat the yearly average": the average as a line
AGAINST_THE_AVERAGE = re.compile(
    r"\b(?P<side>above|below|over|under|beneath|higher than|lower than|more than|less than|beat|beats)"
    r"\s+(?:the\s+|their\s+|its\s+)?(?:(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d\s+)?"
    r"(?:yearly\s+|annual\s+)?(?:average|mean|avg)\b"
)
BELOW_SIDE = ("below", "under", "beneath", "lower than", "less than")
TARGETS_PLURAL = re.compile(rf"\b{TARGET_WORDS}s\b")
FIGURE_NAMES = re.compile(r"\b(?:number|figure|estimate)s?\b")  # "wang's number": the target he gave
QUOTE_LINKS = frozenset({"the", "per", "via", "and", "according"})  # in "per the Wall Street Journal"
# Two sides set apart with no yes or no: "wang's number vs the original goal", "between A and B"
SET_APART = re.compile(r"\b(?:and|vs|versus|compared (?:to|with)|against|from)\b")
SET_APART_OPERATIONS = (Operation.CHANGE, Operation.GAP, Operation.COMPARE)


def side_compared(words: str, targets: list[Fact], of_targets: bool = False) -> list[Fact | float]:
    """What one side of a comparison names: the targets it names by number ('the 80m target'),
    year ('the 2017 goal'), version ('the original goal') or as someone's ('wang's number'), else
    the number it names ('70m'); none where it names a year's sales, or a target by none of these
    ('the target'). `of_targets`: the side is of targets though it does not say so ("between the
    2015 and the 2017 targets": "the 2015" is a target too)."""
    named = extract_entities(words)
    # "wang's number", "the insider's 70m": a target of whoever the side names as its owner (a
    # version or a year named says which target better: "the ceo's original goal")
    given = [t for t in targets if names_whose(words, t)]
    if given and not (ORIGINAL.search(words) or REVISED.search(words)):
        if named.years:
            given = [t for t in given if int(t.period[:4]) in named.years]  # "wang's 2017 number"
        if named.quantities:
            given = [t for t in given if any(matches(t, q) for q in named.quantities)]  # "wang's 70m"
        if given and (named.quantities or TARGET_NAMES.search(words) or FIGURE_NAMES.search(words)):
            return given
    if not (of_targets or TARGET_NAMES.search(words)):
        return list(named.quantities[:1]) if not named.years else []
    if named.quantities:
        return [t for t in targets if any(matches(t, q) for q in named.quantities)] or [named.quantities[0]]
    if named.years:
        targets = [t for t in targets if int(t.period[:4]) in named.years]
        return targets_named(words, targets)
    versions = targets_named(words, targets)
    return versions if len(versions) < len(targets) else []


def names_whose(words: str, target: Fact) -> bool:
    """Whether `words` name whoever the target quotes as its owner, by a name or a description of
    theirs: 'wang's number', 'the insider's figure' (Kevin Wang, industry insider); "according to
    kevin wang, ..." names a source, no owner."""
    quoted = set(re.findall(r"[a-z]{3,}", target.quoted.lower())) - QUOTE_LINKS
    return bool(quoted & set(re.findall(r"\b([a-z]{3,})'s\b", words)))


def targets_asked(frame: Frame, targets: list[Fact]) -> list[Fact]:
    """The targets a question names by number ('the 80m target'), year ('the 2017 goal') or version
    ('the original goal'); none where it names them by none of these."""
    if frame.quantities:
        # ("a 100m target for 2017": no target of that number that year; said so where such claims are)
        in_years = [t for t in targets if not frame.years or int(t.period[:4]) in frame.years]
        return [t for t in in_years if any(matches(t, q) for q in frame.quantities)]
    if frame.years:
        targets = [t for t in targets if int(t.period[:4]) in frame.years]
        return targets_named(frame.text, targets)
    versions = targets_named(frame.text, targets)
    return versions if len(versions) < len(targets) else []


def value_of(side: Fact | float) -> float:
    return side.value if isinstance(side, Fact) else side


BOTH_SAID = re.compile(r"\bboth\b")
RATE_SAID = re.compile(
    r"(?:\d|\b(?:million|m|mn|k|thousand))\s*(?:phones |units |smartphones )?(?:a|an|per|every|each)"
    r" (?:day|week|month|quarter|hour)\b"
)
NEAR_SHARE = 0.1  # a number offered within a tenth of the figure is no clear "Neither"
# The years on one side of a year inside a range: "before 2014", "after 2013", "from 2014 onwards"
PART_OF_A_RANGE = re.compile(
    r"\b(?P<side>before|after|since|through|up to|until|prior to) (?P<year>(?:19|20)\d\d)(?P<on>)\b"
    r"|\b(?P<side_from>from) (?P<year_from>(?:19|20)\d\d)(?P<on_from> (?:on|onwards?|and after|and later))\b"
)
# Targets added up or averaged, and the list after: "add up the 2014 projection and the 2015 goal"
TARGETS_SUMMED = re.compile(
    r"\b(?:add(?:ed)? up|add together|sum(?: up| of)?|summed|total of|combined total of|combined)\b"
)
TARGETS_AVERAGED = re.compile(
    r"\b(?:average of|mean of|midpoint between|split the difference between|halfway between)\b"
)
PART_IN_A_LIST = re.compile(r"\b(?:h[12]|q[1-4]|half|quarter|first|second|third|fourth)\b")
SET_AGAINST = re.compile(
    r"\b(?:vs|versus|against|compared|than|bigger|smaller"
    r"|higher|lower|larger|more|less|which is|short|gap|gaps"
    r"|difference|far|off|miss|missed|beat|beaten|exceed|exceeded)\b"
)
SALES_NAMED = re.compile(r"\b(?:sales|sold|shipments|actual)\b")
LISTED_APART = re.compile(r",\s*|\s+(?:and|plus|with|\+|&)\s+")
EVERY_ONE_NAMED = re.compile(r"\b(?:two|both|all|three|each)\b")
# What is asked where a number only names what it is asked of: "when did they make the 40m projection?"
NUMBER_AS_A_NAME = frozenset({Ask.WHO, Ask.WHEN, Ask.WHERE, Ask.WHY, Ask.WHICH})


def side_named(side: Fact | float) -> str:
    """'the 2015 target of 80 million', '70 million': one side of a comparison, a target cited."""
    if not isinstance(side, Fact):
        return fig(wording.number(side))
    kind = wording.forward_kind(side) or "target"
    return f"the {side.period[:4]} {kind} of {cited(side)}"


def parts_of_year(year: int, unit: str) -> float:
    """How many halves, months, quarters, weeks or days `year` has (a leap year one day more)."""
    days = 366 if calendar.isleap(year) else 365
    return {"half": 2, "month": 12, "quarter": 4, "week": days / 7, "day": days}.get(unit) or days * PER_DAY[
        unit
    ]


def parts_of_period(period: str, unit: str) -> float | None:
    """How many units a whole year ("2015") or a half ("2015-H1") has; None for any other period,
    and for a half in halves."""
    year, _, part = period.partition("-")
    if not year.isdigit() or part not in ("", "H1", "H2") or (part and unit == "half"):
        return None
    return parts_of_half(int(year), part, unit) if part else parts_of_year(int(year), unit)


def parts_of_half(year: int, half: str, unit: str) -> float:
    """How many months, quarters, weeks or days a half of `year` has (January-June has 181 days,
    182 in a leap year; July-December 184)."""
    first, last = (1, 7) if half == "H1" else (7, 13)
    days = (datetime.date(year + last // 13, last % 13 or 1, 1) - datetime.date(year, first, 1)).days
    return {"month": 6, "quarter": 2, "week": days / 7, "day": days}.get(unit) or days * PER_DAY[unit]


PER_DAY = {
    "hour": 24,
    "minute": 24 * 60,
    "second": 24 * 60 * 60,
}  # the parts of a day a figure is spread into


# "higher than 2012 but lower than 2014": a claim one way of one year and the other of another
ONE_WAY_AND_THE_OTHER = re.compile(r"\b(?:but|yet|while|and)\b.*\b(?:less|lower|fewer|smaller|worse|below)\b")
# "fewer than in 2015", "higher than 2012's": a year and the side of it a claim puts another on
SIDE_OF_A_YEAR = re.compile(
    r"\b(?P<side>more|higher|bigger|greater|larger|better|stronger|fewer|less|lower|smaller|worse|weaker)\b"
    r"(?:\s+[\w']+){0,3}?\s+than\s+(?:in\s+|that of\s+|those of\s+|xiaomi'?s\s+)?(?P<y>(?:19|20)\d\d)\b"
)
LESS_SIDES = frozenset({"fewer", "less", "lower", "smaller", "worse", "weaker"})


def _against_each_year(yearly: dict[int, list], claimed: int, sides: dict[int, bool]) -> str:
    """The claimed year against each other year, on the side claimed of it ({year: claimed lower}),
    over every pairing of sources: no against any one year is no, yes only against every one, else ''."""
    verdicts = {
        higher_verdict(
            [(mine.value, other.value) for other in yearly[year] for mine in yearly[claimed]], less
        )
        for year, less in sides.items()
    }
    return "No." if "No." in verdicts else "Yes." if verdicts == {"Yes."} else ""


def each_years_side_claimed(text: str, claimed: int, yearly: dict[int, list]) -> dict[int, bool]:
    """{year: whether the claimed year is said to be below it} for a claim that sets one year against
    each of the others in words of its own ("fewer than in 2015 but more than in 2013"); {} unless
    every other year has its side and the sides differ (one side for all is claimed as one)."""
    sides = {int(m.group("y")): m.group("side") in LESS_SIDES for m in SIDE_OF_A_YEAR.finditer(text)}
    others = set(yearly) - {claimed}
    if claimed in sides or set(sides) != others or len(set(sides.values())) < 2:
        return {}
    return sides


def higher_verdict(sides: list[tuple[float, float]], claims_less: bool, or_equal: bool = False) -> str:
    """'Is the first named higher (or, with `claims_less`, lower) than the other?' over every
    pairing of sources (first, other): yes for all, no for all, else it depends; equal is no, unless
    the claim includes it (`or_equal`: "at or above", "no less than")."""
    return verdict_by_source(
        [or_equal if first == other else (first > other) != claims_less for first, other in sides]
    )


def changes_between(pairs: list[tuple[Fact, Fact]]) -> str:
    """'from 61 million [1] to 70 million [1]: +9 million (+14.8%); or from 60 million [2] ...':
    one year's change by every pairing of sources."""
    return "; or ".join(
        f"from {cited(a)} to {cited(b)}: {fig(wording.signed(b.value - a.value))} "
        f"({fig(wording.percent((b.value - a.value) / a.value * 100))})"
        for a, b in pairs
    )


def average_verdict(averages: list[float], claimed: float) -> str:
    """Yes, roughly yes, no or it depends: the average claimed against each pairing of sources'."""
    # (exact as far as the claim is written: "42.8m" is 42.78 million, not 42.98)
    exact = [abs(a - claimed) <= claim_step(claimed) / 2 for a in averages]
    rough = [held or rounds_to(a, claimed) for held, a in zip(exact, averages, strict=True)]
    if all(exact) or not any(rough):
        return verdict_by_source(exact)
    return "Roughly, yes." if all(rough) else "It depends on the source."


def _average_claimed(frame: Frame) -> bool:
    """'Avg 2015-2016 was 65m?': one number claimed as the yearly average itself; never a growth
    ("average growth was 68%"), a margin ("6m more than 2016"), choices ("39m or 40m?") or two claims."""
    if len(frame.quantities) != 1 or frame.median or frame.offers_alternatives or frame.differences:
        return False
    return not (frame.per_year or frame.percent_asked or AVERAGE_NOT_CLAIMED.search(frame.text))


ANNUAL_SAID = re.compile(r"\b(?:annual|annually|yearly|per year|a year|each year|every year)\b")
NEGATIVE_CLAIMED = re.compile(r"(?:^|\s)-\s?\d|\bminus \d|\bnegative\b")  # "-2.5%", "minus 12m"
# "growth", "increase", "%", "more than", "total": what else an average question may claim
AVERAGE_NOT_CLAIMED = re.compile(
    r"%|\b(?:percent|growth|grew|increase|rise|change|more|less|higher|lower|above|below|total|sum|or)\b"
)


def change_a_year(first: Fact, last: Fact, years: int) -> float:
    """The change from one figure to a later one, spread evenly over the years between."""
    return (last.value - first.value) / years


def rate_a_year(first: Fact, last: Fact, years: int) -> float:
    """The rate a year, compounded, that takes one figure to a later one, in percent."""
    return ((last.value / first.value) ** (1 / years) - 1) * 100


def verdict_by_source(held: list[bool]) -> str:
    """A check over every source's figures: yes where it holds for all, no for none, else it depends."""
    if not held:
        return ""
    return "Yes." if all(held) else "No." if not any(held) else "It depends on the source."


def years_moved(
    yearly: dict[int, list[Fact]], direction: str
) -> tuple[list[tuple[int, list[tuple[Fact, Fact]]]], list[int]]:
    """The years whose figure moved `direction` ("fall" or "rise") from the year before by every
    pairing of sources, with those pairings; and the years the sources disagree on."""
    moved, unsure = [], []
    for year in yearly:
        if year - 1 not in yearly:
            continue
        pairs = list(itertools.product(yearly[year - 1], yearly[year]))
        falls = [b.value < a.value for a, b in pairs]
        if all(falls) if direction == "fall" else not any(falls):
            moved.append((year, pairs))
        elif any(falls) and not all(falls):
            unsure.append(year)
    return moved, unsure


def group_by_period(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for f in facts:
        out.setdefault(f.period, []).append(f)
    return out


# the words a claim of a year's targets in turn is made of ("was the 2015 goal 100m and then 80m?")
TARGETS_IN_TURN_WORDS = frozenset(
    "was were is the xiaomi xiaomi's xiaomis goal goals target targets first and then later that it its"
    " their to sell so right correct set of for at phones smartphones units".split()
)
# a target's version or order named beside its number ("the original 80m", "80m after 100m"): the
# numbers' order alone does not say which was which
ORDER_NAMED = re.compile(
    r"\b(?:after|before|original(?:ly)?|revised|new|old|lowered|initial|final|updated|cut|reduced|raised)\b"
)


def _targets_in_turn(frame: Frame, facts: list[Fact]) -> str:
    """'Was the 2015 goal first 100m and later 80m?': yes when the numbers, as written, are the
    year's targets in the order they were set; no when one is no target of it. Any other way of
    putting it ("the original 80m and the revised one 100m", "80m after 100m", a sales figure
    beside them) is left to the facts, with no verdict."""
    said = [amount_written(m.group("amount")) for m in re.finditer(AMOUNT, frame.text)]
    if len(said) < 2 or frame.sales_word or ORDER_NAMED.search(frame.text):
        return ""
    # (anything else claimed beside them, a month, a person, a unit, a priority, is not checked here)
    rest = set(re.sub(AMOUNT, " ", frame.text).split()) - TARGETS_IN_TURN_WORDS
    if any(not re.fullmatch(r"(?:19|20)\d\d", w) for w in rest):
        return ""
    places = [next((i for i, f in enumerate(facts) if matches(f, q)), None) for q in said]
    if None in places:
        return "No."
    return "Yes." if places == sorted(places) and len(set(places)) == len(places) else ""


SUPPOSED_SAID = re.compile(r"\b(?:suppose|supposing|imagine|if|assuming|assume|hypothetically)\b")
# "was the march cut 20m?": the cut named as a thing ("after the cut, was it 80m?" is the target then)
# ("never mind, did any year top 65m?", "... or never?" claim no "never")
NEVER_CLAIMED = re.compile(r"(?<!\bor )\bnever\b(?! mind\b)")
UNTIL_SAID = re.compile(r"\b(?:until|till|til|before)\b")
OUTSIDE_A_BAND = re.compile(
    r"\bnot (?:between|within|in the range)\b"
    r"|\boutside(?: of)? (?:the range (?:of )?)?(?!(?:19|20)\d\d\b)\$?\d"
)
# the side a margin between a year's two targets is said on: "20m lower than the original"
TARGET_SIDE = re.compile(
    r"\b(?P<side>lower|less|smaller|fewer|below|under|higher|more|bigger|greater|above|over)\b(?: than)?"
    r" (?:the |its |their )?(?:\w+ )?(?:target|goal|one)?"
)
REVISION_NOUN = re.compile(r"\brevision\b")
CUT_NOUN = r"the (?:\w+ )?(?:cut|revision|reduction|downgrade|downsizing)\b"
THE_CUT = re.compile(rf"\b{CUT_NOUN}")
AROUND_THE_CUT = re.compile(rf"\b(?:after|before|since|following|prior to) {CUT_NOUN}")
# "huawei and xiaomi", "each", "both": every company's own figure asked
COMPANIES_EACH = re.compile(r"\b(?:and|each|both|respectively|plus|&)\b")
COMPANY_EACH_WORD = re.compile(
    r"\b(?:each|both)\b(?! (?:year|of (?:the|those|these) years|(?:in |of )?(?:19|20)\d\d))"
)
# the factor a year's figure is times, as said before it: "(twice the 2013 figure)"
FACTORS_SAID = {
    2.0: "twice ", 3.0: "three times ", 4.0: "four times ", 5.0: "five times ", 10.0: "ten times ",
    0.5: "half ", 1 / 3: "a third of ", 0.25: "a quarter of ",
}  # fmt: skip
# "xiaomi vs huawei", "who sold more, apple or xiaomi?": companies set against each other, which one
# company's figure alone does not answer
COMPANIES_SET_AGAINST = re.compile(
    r"\b(?:vs|versus|more|less|fewer|higher|lower|bigger|smaller|beat|ahead|behind|compar\w*|than|who"
    r"|which|rank\w*|top|lead\w*|winner|win|won|bigger|outs\w+)\b"
)


def yearly_values(facts: list[Fact]) -> dict[int, list[Fact]]:
    """Whole-year facts with a figure, by year, in year order; forward-looking ones kept apart by metric."""
    out: dict[int, list[Fact]] = {}
    for f in facts:
        if f.value is not None and f.period.isdigit():
            out.setdefault(int(f.period), []).append(f)
    return dict(sorted(out.items()))


def alternatives(combo: list[Fact], primary: list[Fact]) -> str:
    """'60 million for 2014 [2]': the figures where a combination differs from the primary one."""
    return ", ".join(f"{cited(f)} for {f.period}" for f in combo if f not in primary)


def fig(text: str) -> str:
    """A figure marked as one while a sentence is written: '{fig:+42.3 million}'."""
    return f"{{fig:{text}}}" if text else ""


def sources_marked(facts: list[Fact]) -> str:
    """'{src:wang-2017}{src:bi-2015}': the sources of figures worked into one, each once."""
    return "".join(f"{{src:{s}}}" for s in dict.fromkeys(f.source for f in facts))


def cited(fact: Fact) -> str:
    """'{fig:61 million}{src:wang-2017}': a value marked as a figure and with its source."""
    return f"{fig(wording.fact_value(fact))}{{src:{fact.source}}}"


# The kinds in the order a reply of several questions takes its kind from: the most engaged one.
KIND_ORDER = (
    AnswerKind.ANSWERED,
    AnswerKind.DECLINED,
    AnswerKind.ABOUT_BOT,
    AnswerKind.NOT_UNDERSTOOD,
    AnswerKind.CHATTER,
)


MATCHED = re.compile(
    r"\b(?:match|matched|matches|equal|equalled|equaled|equals|same as|as many as|as much as)\b"
    rf"|{SAME_SAID_FIRST}"
)
_REACH_VERBS = r"reach|reached|hit|achieve|achieved|attain|attained|make|made|get|got"
REACHED_A_SHARE = re.compile(rf"\b(?:{_REACH_VERBS}|manage|managed)\b(?: \w+){{0,2}} \d")  # "reach 85%"
REACHED_VERB = re.compile(rf"\b(?:{_REACH_VERBS})\b")
# "the 40m projection in 2015", "its 70 million goal two years ...": a year said after the target's word
_TARGET_WORDS = r"\b(?:target|goal|projection|forecast)\b"
TARGET_WORD = re.compile(_TARGET_WORDS)
TARGET_THEN_YEAR = re.compile(rf"{_TARGET_WORDS}(?:(?! (?:sales|sold|sell)\b).)*?\b(?P<year>(?:19|20)\d\d)\b")
MET = re.compile(r"\b(?:meet|meets|met|fulfil|fulfill|fulfilled|miss|missed)\b")  # a target met or missed
# the size of a difference named, whichever way it went: "the gap between", "differ by at most"
MEASURED_FROM = re.compile(r"\b(?:from|of) (?:the |that of |those of )?((?:19|20)\d\d)\b")  # "10% from 2014"
DIFFERENCE_SAID = re.compile(r"\b(?:gap|difference|differ|differs|differed|apart)\b")
LEVEL_SIDE = re.compile(r"\b(?:above|below|under|past|beyond)\s+(?:about |around |roughly )?\d")
# the change itself said to be above or below a number: "was the 2016 drop under 15m?", "was growth
# in 2015 below 10 million?" (not "did sales fall below 50m?", the level they fell to)
CHANGE_AS_SUBJECT = re.compile(
    r"\b(?:was|is|were|wasn'?t|isn'?t) (?:the )?(?:(?:19|20)\d\d |yearly |annual |overall )?"
    r"(?:growth|increase|jump|rise|gain|drop|decline|fall|change|difference|dip|loss|boost|decrease|leap)"
    r"(?: (?:in|from|of|between|for) (?:19|20)\d\d(?: (?:to|and|-) (?:19|20)\d\d)?)?"
    r" (?:about |around |roughly )?(?:above|below|under|over|past|beyond)\b"
)
# one of a year's targets named outright ("the later one" may be the later year's)
VERSION_OF_A_TARGET = re.compile(r"\b(?:original|initial|revised|lowered|reduced|scaled[- ]back)\b")
# some year is enough: "did they ever miss a target?", "did they hit any target?", "at least one"
EVER_SAID = re.compile(r"\b(?:ever|never|any|at least once|at least one|one of|not once)\b")
LEVEL_NAMED = re.compile(
    # ("the increase works out at 11.5 million" is its size)
    r"\b(?P<side>to|past|above|below|under|over|beyond|(?<!\bout )at)\s+"
    r"(?:about |around |roughly |nearly |almost |some )?(?!(?:19|20)\d\d\b)\d"  # "to 2016" is a year
)
# a size claimed some other way than in percent or units: checked elsewhere, or not at all
MULTIPLE_OR_PATH = re.compile(
    r"fold\b|\bhalf\b|\bthird\b|\bquarter\b|\bdouble|\btriple|\btwice\b|\d\s*x\b|\btimes\b"
    r"|\bever\b|\bat any\b|\bthen\b|\bevery\b|\beach\b|\bin between\b"
)
SIZE_OR_PATH_CLAIMED = re.compile(r"%|\bpercent|" + MULTIPLE_OR_PATH.pattern)  # ... or in percent
# "did they double sales?": a multiple within 5% of the one claimed counts as reached; "about
# double" is within 15% of it either way
MULTIPLE_REACHED = 0.95
MULTIPLE_ABOUT = 0.15
MULTIPLE_SAID = 0.05  # a part claimed without "about": within rounding of it
MULTIPLE_AS_A_VERB = re.compile(
    r"\b(?:did|do|does|will|would|to|could|can|ever|manage to)\s+(?:\w+\s+){0,3}?(?:double|triple|quadruple)$"
    # ("sales didn't double, did they?" read positively: "sales double", the verb)
    r"|\b(?:sales|they|xiaomi|it)\s+(?:double|triple|quadruple)$"
)
CLAIMED_MULTIPLE = re.compile(
    r"\b(?P<how>more than |over |at least |about |around |roughly |nearly |almost |approximately "
    r"|less than |fewer than |under |at most |above |below |beyond |higher than |bigger than |greater than "
    r"|larger than |lower than |smaller than |exceed |exceeds |exceeded |top |topped |surpass |surpassed )?"
    r"(?:(?P<word>doubled?|twice|tripled?|thrice|quadrupled?)\b"
    # "the first half", "third quarter": a period, no part claimed
    r"|(?<!first )(?<!second )(?<!1st )(?<!2nd )(?<!third )(?<!fourth )(?<!3rd )(?<!4th )(?<!last )"
    r"(?:a |one )?(?P<part>half|third|quarter|fifth|tenth)\b"
    r"|(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?P<half> and a half)?(?: times|x)\b)"
)
# a hedge said of the multiple itself ("roughly four times"), not "what about 2015, ...": no "about" implied
HEDGE_SAID = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost)\s+(?:\w+\s+)?"
    r"(?:double|twice|triple|thrice|quadruple|\d+(?:\.\d+)?\s*(?:times"
    r"|x)|(?:two|three|four|five|six|seven|eight"
    r"|nine|ten) times)\b"
)
# "was 2015 3 times 2013?", "are 2016 sales 3x 2013?": a copula before the multiple and no verb of change
NUMBER_TIMES_AS_A_SIZE = re.compile(
    r"^(?!.*\b(?:grow|grew|grown|rise|rose|risen|increase|jump|climb|multipl|go up|went up|gone up"
    r"|reach|hit|top))"
    r".*\b(?:is|was|were|are|be|been|it's|that's)\b"
)
PARTS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10}


def _each_after_the_last(pairs: list[tuple[Fact, Fact]]) -> str:
    """'18.7 million [1] after 7.2 million [1], 2.6 times': a year's figure after the year before's,
    by every pairing of sources."""
    return "; or ".join(
        f"{cited(b)} after {cited(a)}, {fig(wording.number(round(b.value / a.value, 1)))} times"
        for a, b in pairs
    )


def claimed_multiple(text: str) -> tuple[float, str] | None:
    """The multiple a check claims, and how: "more than triple" is (3, "more than"), "doubled"
    (2, ""), "about double" (2, "about"); None when it claims none."""
    match = CLAIMED_MULTIPLE.search(text)
    if match is None:
        return None
    if match.group("part"):
        return PARTS[match.group("part")], (match.group("how") or "").strip()
    word = match.group("word") or match.group("n")
    value = MULTIPLE_WORDS[word] if word in MULTIPLE_WORDS else float(word)
    value += 0.5 if match.group("half") else 0  # "three and a half times"
    how = (match.group("how") or "").strip()
    # "is that double 2013?" says about that much; "did sales double?" says at least that much
    said_as_a_size = word in ("double", "twice", "triple", "thrice", "quadruple")
    # "was 2015 3 times 2013?" says a size as "triple" does; "did sales grow 3 times?" a change
    said_as_a_size = said_as_a_size or bool(
        match.group("n") and NUMBER_TIMES_AS_A_SIZE.search(text[: match.start()])
    )
    if not how and said_as_a_size and not MULTIPLE_AS_A_VERB.search(text[: match.end()]):
        how = "about"
    return float(value), how


# The side a claim is on: "more than 10%", "at least double", "fewer than half"
CLAIMED_ABOVE = frozenset(
    {
        "more than",
        "over",
        "at least",
        "bigger than",
        "larger than",
        "greater than",
        "higher than",
        "above",
        "beyond",
        "exceed",
        "exceeds",
        "exceeded",
        "top",
        "topped",
        "surpass",
        "surpassed",
    }
)
CLAIMED_BELOW = frozenset(
    {"less than", "under", "at most", "smaller than", "lower than", "fewer than", "below"}
)


# "the five-year average", "3 year average": the latest years the average is of
YEARS_OF_AN_AVERAGE = re.compile(r"\b(\w+)[- ]years?\b(?= (?:average|avg|mean)\b)")


YEAR_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}  # fmt: skip


def longest_run(years: list[int]) -> int:
    """The most years one after another in `years`: 2012, 2013 and 2015 make a run of two."""
    runs = [1] if years else [0]
    for before, year in itertools.pairwise(sorted(years)):
        runs.append(runs[-1] + 1 if year == before + 1 else 1)
    return max(runs)


def run_verdict(in_a_row: re.Match, years: list[int], split: list[int]) -> str:
    """Whether `years` hold a run of as many years as asked ("two years in a row"); where the run
    needs a year only one source gives (`split`), it depends on the source."""
    wanted = YEAR_COUNTS.get(in_a_row.group("n") or in_a_row.group("m") or "", 2)
    if longest_run(years) >= wanted:
        return "Yes."
    if split and longest_run([*years, *split]) >= wanted:
        return "It depends on the source."
    run = next(word for word, n in YEAR_COUNTS.items() if n == wanted)  # "two", not "2"
    return f"No: never {run} years in a row."


def years_reading(frame: Frame, sign: str, value: float, yearly: dict[int, list[Fact]]) -> str:
    """How a threshold over several years is meant: "each" year ("each year", "2015 or 2016",
    "stay above"), their "total" ("in total", "across", or a number no year alone could pass), or
    "either" (both readings given where they differ, as in "over 10m in 2012 and 2013?")."""
    text = frame.text
    if CROSSED_A_NUMBER.search(text) or EACH_YEAR_STRICT.search(text):
        return "each"
    if TOTAL_ASKED.search(text) or frame.operation is Operation.TOTAL:
        return "total"  # "did combined sales stay above 120m?": the total, however it is said
    if any_year_asked(frame):
        return "each"
    if EACH_YEAR.search(text) or EACH_YEAR_WEAK.search(text) or not frame.yes_no:
        return "each"
    if sign.startswith(">") and all(value > max(f.value for f in fs) for fs in yearly.values()):
        return "total"
    return "either"


def moves_past_a_level(frame: Frame) -> bool:
    """'Did sales climb above 65m?', 'fall below 10m?': a level crossed, not a change's size."""
    return bool(frame.threshold and frame.direction and LEVEL_SIDE.search(frame.text))


def any_year_asked(frame: Frame) -> bool:
    """'Over 10m in either 2012 or 2013?', 'did they ever sell under 10m between 2012 and 2016?',
    'did sales climb above 65m from 2013 to 2016?': one year that clears it is enough ("ever ... in
    both 2014 and 2015", "every year": each of them)."""
    if EVERY_ONE_ASKED.search(frame.text):
        return False
    return bool(EITHER_YEAR.search(frame.text) or EVER_ASKED.search(frame.text)) or moves_past_a_level(frame)


ASKS_A_FIGURE = re.compile(r"\bhow (?:far|much|many|close|big|large)\b|\bwhat(?:'s| is| was)?\b")


def claims_a_figure(frame: Frame) -> bool:
    """'Did they reach 70% of the goal?', 'xiaomi reached 70% of its original goal?': a claim to
    check, asked yes or no, or stated with no question word; "how far from half of it?" asks a figure."""
    return frame.yes_no or not (frame.asks or ASKS_A_FIGURE.search(frame.text))


STRICTLY_ABOVE = frozenset({"exceed", "exceeds", "exceeded", "top", "topped", "surpass", "surpassed"})


def percent_holds(change: float, claimed: float, how: str | re.Match | None) -> bool:
    """Whether a change in percent is the one claimed: "more than 10%", "under 20%", "about 16%"
    (within 2 points), or as written (within rounding: half a point, or 1% of a large claim)."""
    if how in STRICTLY_ABOVE:
        return change > claimed  # "did 2014 sales exceed 150% of the projection?": 150% is no more
    if how in CLAIMED_ABOVE:
        return change >= claimed
    if how == "at most":  # ("within 12.5%" is read "at most 12.5%": the bound itself holds)
        return change <= claimed
    if how in CLAIMED_BELOW:
        return change < claimed
    if how:
        return abs(change - claimed) <= PERCENT_HEDGED
    return abs(change - claimed) <= max(PERCENT_ROUNDED, claimed * 0.01)


def is_a_figure_of(number: float, yearly: dict[int, list[Fact]]) -> bool:
    """Whether a number claimed is one of the years' own figures."""
    return any(matches(f, number) for facts in yearly.values() for f in facts)


# "70 million more", "12m less": a number said as a margin
NUMBER_AS_A_MARGIN = re.compile(
    r"\d(?:[\d.,]*)\s*(?:m|mn|mil|million|millions)?\s+(?:more|less|fewer|higher|lower|bigger|smaller)\b"
)


def target_of_the_year(text: str, year: int) -> bool:
    """Whether a target is said to be that year's: "the 70m target for 2015", "its 2015 goal"."""
    target = r"(?:target|goal|projection|forecast|aim)s?"
    # ("the 80m target in 2016" may be 2016's sales against it: "in" names no target's year)
    said = rf"\b{target}\s+(?:for|of)\s+{year}\b|\b{year}(?:'s)?\s+(?:\w+\s+){{0,2}}?{target}\b"
    return re.search(said, text) is not None


def year_dates(statement: str, year: str) -> bool:
    """Whether a statement dates something to the year ("on May 15, 2014"), not only names an
    article by it ("the 2015 article's photo")."""
    return re.search(rf"\b{year}\b(?!'s article| article)", statement) is not None


def share_verdict(text: str, shares: list[float]) -> str:
    """Yes or no for a share claimed ("over 30%", "more than a third"), by each pairing of sources;
    "" when the text claims none."""
    # ("a third of the total or more?": at least a third)
    bound = "at least" if OR_MORE_SAID.search(text) else "at most" if OR_LESS_SAID.search(text) else ""
    if claimed := PERCENT_CLAIMED.search(text):
        how = (claimed.group("how") or "").strip() or bound
        return verdict_by_source([percent_holds(s * 100, float(claimed.group("n")), how) for s in shares])
    if (claim := claimed_multiple(text)) and claim[0] < 1:
        return verdict_by_source([multiple_holds(s, claim[0], claim[1] or bound) for s in shares])
    return ""


OR_MORE_SAID = re.compile(r"\bor (?:more|above|higher|greater|over)\b")
OR_LESS_SAID = re.compile(r"\bor (?:less|fewer|below|lower|under)\b")


def multiple_holds(multiple: float, claimed: float, how: str) -> bool:
    if how in CLAIMED_ABOVE:
        return multiple >= claimed
    if how in CLAIMED_BELOW:
        return multiple < claimed
    if how:  # "is 2012 about a third of 2013?": near enough
        return abs(multiple / claimed - 1) <= MULTIPLE_ABOUT
    if claimed < 1:  # "was h1 half of the 80m target?": 43.4% is no half
        return abs(multiple / claimed - 1) <= MULTIPLE_SAID
    return multiple >= claimed * MULTIPLE_REACHED


def long_date(iso: str) -> str:
    """'2017-04-10' -> '10 April 2017'."""
    year, month, day = iso.split("-")
    return f"{int(day)} {calendar.month_name[int(month)]} {year}"


def said_once(sentences: list[Sentence]) -> tuple[Sentence, ...]:
    """Each sentence that cites a source once: where it is said last, or where it is said first when
    it cites inline ("61 million [1] vs 60 million [2]": what follows it in that part explains it);
    a verdict ("Yes.") is each part's own, and kept wherever it is said."""
    inline_said: set[Sentence] = set()
    first_said: list[Sentence] = []
    for sentence in sentences:
        inline = not sentence.sources and any(isinstance(part, Cite) for part in sentence.parts)
        if inline and sentence in inline_said:
            continue
        if inline:
            inline_said.add(sentence)
        first_said.append(sentence)
    sentences = first_said
    seen: set[Sentence] = set()
    kept: list[Sentence] = []
    for sentence in reversed(sentences):
        if sentence.sources and sentence in seen:
            continue
        seen.add(sentence)
        kept.append(sentence)
    return tuple(reversed(kept))


def joined_kind(kinds: list[AnswerKind]) -> AnswerKind:
    """A reply is answered only when each of its questions is; else it says what it declined."""
    if all(k is AnswerKind.ANSWERED for k in kinds):
        return AnswerKind.ANSWERED
    if AnswerKind.ANSWERED in kinds:
        return AnswerKind.DECLINED
    return min(kinds, key=KIND_ORDER.index)
