"""From a resolved frame to the composer that answers it, or to a clear "I don't know".

The order is the order of what matters most: a question in another language, about a metric
the articles lack, or about an unknown thing is declined before anything is looked up; small
talk gets a word about the bot; figures go to the figure composers; anything else is looked
for among the company facts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from bot.answer import Answer, AnswerKind, Sentence
from bot.answering import wording
from bot.answering.checks import (
    CLAIM_TO_CHECK,
    HIGH_END,
    IDENTITY,
    LEADS,
    LOW_END,
    STATED_CLAIM,
    TRAILS,
    claimed_beside_names,
    fact_verdict,
    order_claimed,
    ranking_verdict,
    role_owner,
    says_every_word,
)
from bot.answering.compose import (
    AROUND_THE_CUT,
    ARTICLE_NAMED,
    BEFORE_A_CUT,
    CHANGE_NAMED,
    CLOSEST_TO,
    COMPARATIVE,
    COMPARED_WITH,
    CUT_VERB,
    FIGURE_NAMES,
    PERCENT_WORD,
    RANKED_CHANGE,
    SAME_AS,
    SHARE_OF_YEAR,
    TARGET_NAMES,
    TARGET_SAID,
    THE_CUT,
    YEAR_WRITTEN,
    Composer,
    Reply,
    matches,
    month_bounds_targets,
    quoted_names_of,
    quotes_one_of,
    rounds_to,
    said_by_the_company,
    targets_named,
    yearly_values,
)
from bot.answering.dates import MONTH_NAMES, MONTHS, Date, date_in, date_of_iso, time_between
from bot.answering.text import render_text
from bot.knowledge.files import EVERYONE, Fact, Intent
from bot.understanding import Ask, FactIndex, FactQuery, Frame, Operation
from bot.understanding.conversation import ARTICLE_DATE, RANGE_MIDDLE_ASKED, RANGE_WIDTH_ASKED
from bot.understanding.entities import (
    CALCULATION_OF_A_CHANGE,
    COUNT,
    COUNTS,
    MONEY_TERM,
    SOURCE_NOUN,
    scale_of,
)
from bot.understanding.facts_search import DATE, DATE_MONTHS, PERSON_NAME, REASON, mentions
from bot.understanding.frames import (
    AFTER_FOUNDING_WORDS,
    ASKED_IF_TRUE,
    ASKED_IN_THE_NEGATIVE,
    COMPANY_NOUN,
    LATELY,
    NUMERIC,
    OPENS_WITH_A_QUESTION_WORD,
    PERSONS_COMPANY,
    SPAN_OF_YEARS_ASKED,
    STOPWORDS,
    SUMMED,
    WITHOUT_AN_EXTREME,
    sources_set_side_by_side,
)

WHAT_IS_SOLD = "products"  # the word the facts of what a company sells are found by
PERSON_OF_AN_AGE = re.compile(
    r"\b(?:ceo|boss|founders?|chief|executive|chairman|president|he|she|him|his|her|lei|jun|wang|ive)\b"
)
OLD_ASKED = re.compile(r"\bhow old\b|\bwhat age\b")  # "how old was it the year it sold 70m?"
WHERE_SOLD = "markets"  # the word the facts of where a company sells are found by
# A question asking these is looked for among the facts first: "why were sales lower in 2016?"
FACT_FORECAST = re.compile(r"\b(?:will|gonna|going to)\b.*\bnext year\b|\bnext year'?s\b")
# what a calculation in a word after a fact is read as: its range's width or middle
RANGE_ASKED_OF_THE_LAST = frozenset({RANGE_WIDTH_ASKED, RANGE_MIDDLE_ASKED})
FROM_WHERE = re.compile(r"\bwhere\b.*\bfrom\b")
# "where was it reported?": the outlet, which a fact may name with no place
REPORTED_WHERE = re.compile(r"\b(?:report\w*|publish\w*|appear\w*|cited|printed|covered|came out)\b")
PLACES_LOOKED_AT = 3  # the best facts found, any of which may name the place asked for
# "does xiaomi make drones?": a thing made, said up to where the question goes on ("... right?")
MAKES_A_THING = re.compile(r"\b(?:make|makes|made|produce|produces|manufacture|manufactures|build|builds)\b")
THING_ENDS = frozenset({"right", "or", "in", "for", "too", "as", "like", "lol", "and", "now", "then", "yet"})
WHAT_KIND_OF = re.compile(r"\bwhat (?:kind|sort|type) of\b")
MODEL_NUMBERED = re.compile(r"\b([a-z]+) ?(\d{1,2})\b(?! ?(?:m|mn|million|%|percent|bn|billion|k)\b)")
# "who is xiaomi's design chief?", "who heads design at xiaomi?": who holds a role
WHO_HOLDS = re.compile(
    r"\bwho(?:'s| is| was| are| were| heads?| headed| runs?| ran| leads?| led| manages?| managed)\b"
)
POSSESSOR = re.compile(r"\b(\w+)'s?(?= \w|\W*$)")  # "huawei's markets", "and huawei's?": whose thing
BARE_BOUND_REACH = 2.0  # a bare bound above twice the highest figure counts something else
MIN_EVENT_WORDS = 2  # words that name an event said of a place ("product launch"), not one alone
FACT_FIRST = frozenset({Ask.WHO, Ask.WHERE, Ask.WHY, Ask.SAID})
# the figure asked in words of its own: "the 2013 figure?", "how many did they sell?", "sales pls"
FIGURE_ASKED_OUTRIGHT = re.compile(
    r"\b(?:sales|sold|sell|figures?|numbers?|units|phones|smartphones|how many|how much|pls|plz|please)\b"
)
# a number said as a size of change or a gap, not a level: "12m fewer", "30m short", "miss by 10m"
CHANGE_OR_GAP_WORDS = re.compile(
    r"\b(?:fewer|less|more|short|miss\w*|overshoot|overshot|lose|lost|by|over|under|up|down|drop\w*"
    r"|fell|fall|grow|grew|gain\w*|add\w*|than|beat|exceed\w*)\b"
)
# ... and when the facts have nothing, these are never answered with a figure instead.
NEVER_A_FIGURE = frozenset({Ask.WHO, Ask.WHERE, Ask.SAID})
EXTREMES = (Operation.BEST, Operation.WORST)
# Years named from the best or worst year: "the years before the peak", "after the record year",
# "the best year and the year after"
EXTREME_YEAR_WORDS = (
    r"(?:the |its |their |that )?(?:peak|best|record|top|biggest|worst|weakest|lowest|highest)"
)
RIGHT_NEXT_TO = re.compile(r"\b(?:right|just|immediately|directly) (?:before|after|prior to|following)\b")
BEFORE_THE_EXTREME = re.compile(rf"\b(?:before|prior to|leading up to) {EXTREME_YEAR_WORDS}\b")
AFTER_THE_EXTREME = re.compile(rf"\b(?:after|following) {EXTREME_YEAR_WORDS}\b")
NEXT_TO_THE_EXTREME = re.compile(
    r"\b(?:and|plus|with) (?:in )?the (?:year|one) (?:right |just |immediately )?(?P<side>after|before)\b"
    r"|\band (?:in )?the (?P<next>following|next) year\b"
)
# Years named from the extreme in ways more than one reading fits: a single year beside it ("the
# year before the peak"), a count ("the two years after"), years around it
AROUND_THE_EXTREME_UNSURE = re.compile(
    rf"\bthe (?:year|one) (?:before|after) (?:and (?:before|after) )?{EXTREME_YEAR_WORDS}\b"
    r"|\b(?:two|three|four|2|3|4) years\b"
    r"|\baround\b|\beither side\b"
    # ("up to 2015" and "since 2012" count that year; "up to the peak" may or may not)
    rf"|\b(?:up to|through|thru|until|till|since|from) {EXTREME_YEAR_WORDS}\b"
)
ONE_EXTREME_FROM_ANOTHER = re.compile(
    rf"\b(?:since|after|before|prior to|following|until) {EXTREME_YEAR_WORDS}\b"
)
BEST_SAID = re.compile(r"\b(?:best|peak|record|top|biggest|highest)\b")
WORST_SAID = re.compile(r"\b(?:worst|weakest|lowest|smallest)\b")
AVERAGE_OF_YEARS = re.compile(r"\b(?:average|averaged|mean|avg)\b")
# Asking whether an article names something: "which article mentions huawei?"
MENTIONED = re.compile(
    r"\b(?:mentions?|mentioned|mentioning|names?|named|refers? to|talks? about|cites?|cited)\b"
)
INITIALS_LEFT_OUT = frozenset({"per", "the", "via", "at", "in", "of", "a", "an", "and"})
WHICH_ARTICLE = re.compile(rf"\b(?:which|what|whose) (?:\w+ )?{SOURCE_NOUN}\b")
MENTION_CHECKED = re.compile(r"(?:so |and )?(?:is|are|was|were|does|do|did|has|have)\b")
# Who is asked to have said something: "what did huawei say", "did tim cook say anything"
SPEAKER = re.compile(
    r"\b(?:did|does|has|have|do) (?P<who>(?:\w+ ){0,2}?\w+) (?:ever )?"
    r"(?:say|said|tell|told|comment|mention|(?P<judged>call|called|think|thought|claim|claimed|predict"
    r"|predicted|describe|described))\b"
)
# ... unless it is someone the question points at, or the articles themselves
NOT_A_SPEAKER = re.compile(
    r"\b(?:they|he|she|it|you|we|i|them|the|its|their|his|her|article|articles|report|reports|piece|author"
    r"|writer|source|sources|ceo|boss|founder|company|xiaomi|insider|analyst|analysts|anyone|someone|people"
    r"|that|this|these|those|guy|man|woman|person|each|one|other|both|either|some|many|most|all"
    r"|ppl|folks|everyone|everybody|anybody|somebody|nobody|media|press|news|experts?"
    r"|your|my|our|numbers|figures|data|stats|statistics|records|results|facts|sales|bot"
    r"|critics?|consumers?|customers?|users?|buyers?|fans?|observers?|commentators?|investors?|chinese"
    r"|americans?|reviewers?)\b"
)
FIRST_TIME_SAID = re.compile(r"\bfirst\b")
ANNUAL_SAID = re.compile(r"\b(?:annual|annually|yearly|full[- ]year|whole[- ]year)\b")
# The parts that make up a whole year, by the unit a year is spread over
WHOLE_YEAR_IN_PARTS = {"half": frozenset({"H1", "H2"}), "quarter": frozenset({"Q1", "Q2", "Q3", "Q4"})}
HALF_IN_QUARTERS = {"H1": frozenset({"Q1", "Q2"}), "H2": frozenset({"Q3", "Q4"})}
PARTS_ADDED = re.compile(r"q[1-4]\s*\+\s*q[1-4]")
WHOLE_YEAR_SAID = re.compile(
    r"\b(?:full[- ]year|whole year|entire year|annual|yearly|(?:19|20)\d\d(?:'s)? total|total for)\b"
)
HALF_YEAR_AVERAGED = re.compile(r"\b(?:half[- ]year(?:ly)?|halves|per half|each half|a half)\b")
# "the second worst year vs the best": the ordinal goes with the worst
RANKED_WORST = re.compile(r"\b(?:second|2nd|third|3rd|fourth|4th)[- ](?:worst|weakest|lowest|smallest)\b")
# What is worked out from the best and worst years found ("each" is neither: both are said)
BOTH_EXTREMES_WORKED_OUT = {"apart": Operation.CHANGE, "total": Operation.TOTAL, "average": Operation.AVERAGE}
# A figure worked out, which no ranking of companies answers ("compare" is how an order is asked).
NUMERIC_NOT_COMPARE = NUMERIC - {Operation.COMPARE}
# The company's own market, said without naming it: "behind huawei at home", "on their home turf"
HOME_MARKET = re.compile(r"\b(?:at home|home (?:turf|market|country|soil)|homeland|domestic(?:ally)?)\b")
HOW_FAR = re.compile(r"\bhow (?:far|much|many|big)\b|\bby how\b")
# What no ranking answers: a market named by no ranking ("globally"), or a time counted from a
# date ("after june 2015")
NOT_A_RANKING = re.compile(r"\b(?:world|worldwide|globally|global|after|since|before)\b")
# A company's standing said with a verb, as a claim is: "xiaomi was #1 in china", "is xiaomi top?"
CLAIMED_STANDING = re.compile(
    r"\b(?:is|was|are|were|been|be|became|becomes|remains?|remained|stays?|stayed)\b"
)
# A company's place at the top said ("#1", "the leader", "top brand"), not any word of rank
_LEADER = r"#\s?1|\bno\.? ?1\b|\bnumber (?:one|1)\b|\btop\b|\bfirst\b|\bleader\b|\blead(?:s|ing)?\b|\bled\b"
_AHEAD = r"\b(?:ahead|in front|upper hand|winning)\b"  # ahead of the rest, none said to lead
LEADING = re.compile(rf"{_LEADER}|\bbiggest\b|\blargest\b|\bking\b|\bdominan\w*|\bdominat\w*|{_AHEAD}")
LEADER_SAID = re.compile(_LEADER)
# a place in a market below the first: "second", "number two", "#3", "runner-up"
PLACE_BELOW_THE_FIRST = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)"
    r"(?! (?:quarter|half|qtr|article|piece|source|story|report|link|post|time|three|six|one))"
    r"|runner[- ]up|(?:number|no\.?) ?(?:two|three|four|five|[2-5]))\b|#\s?[2-5]\b"
)
AHEAD_SAID = re.compile(_AHEAD)
PACE_SAID = re.compile(r"\b(?:pace|rate|run rate|at that)\b")
HALF_SAID = re.compile(r"\b(?:half|halves|h1|h2|1h|2h|six months|6 months)\b")
REACH_ASKED = re.compile(
    r"\b(?:hit|hits|reach|reached|meet|met|make|made|achieve|achieved|beat|miss|missed)\b"
)
# An order claimed and denied: "huawei is not ahead", "xiaomi is no longer #1" ("never" is the
# denial of "ever", turned round with it)
ORDER_DENIED = re.compile(
    r"\b(?:not|isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t|didn'?t|don'?t|hasn'?t|haven'?t|no longer)\b"
)
# Words only a place in a market is said with, never worth: "who had the upper hand?"
PLACE_IN_A_MARKET = re.compile(
    r"\b(?:upper hand|edge over|overt\w*|ahead|leads?|leading|led|on top|number one|#1)\b"
)
NOW_SAID = re.compile(r"\b(?:now|nowadays|these days|currently|today|at the moment|right now)\b")
# Words of a place in a market, never of size: "ahead of", "overtook", "behind" ("bigger" may be worth)
RANKED_ORDER = re.compile(
    r"\b(?:ahead|in front of|overt(?:ook|akes?|aking|aken)|upper hand|edge over|lead(?:s|ing)?|led by"
    r"|trail(?:s|ed|ing)?|behind|surpass(?:ed|es|ing)?)\b"
)
VERSUS = re.compile(r"\b(?:vs|versus|compared (?:to|with)|against)\b")
# Words that ask about every time, settled over all the dated rankings: "ever number one", "always behind"
EVER_SAID = re.compile(r"\b(?:ever|at some point|at one point|at any point|at any time|once|used to)\b")
ALWAYS_SAID = re.compile(r"\b(?:always|every year|all along)\b")
NEVER_SAID = re.compile(r"\bnever\b")
# A standing foretold, which rankings of the past never settle: "will xiaomi be #1 again?"
FORETOLD = re.compile(
    r"\b(?:will|would|could|can|gonna|going to|shall|might|may)\b(?! not)|\bagain\b|\bin the future\b"
)
# "per canalys", "per the wsj": a source named ("per month", "per phone" are rates)
PER_A_SOURCE = re.compile(
    r"\bper (?!(?:year|month|week|day|quarter|annum|phone|unit|head|cent|capita)\b)[a-z]"
)
# A past asked of: "who was top in china?", "who led the market?" (every ranking, not the latest)
PAST_SAID = re.compile(r"\b(?:was|were|led|used to|did|had|dominated|ruled|topped|came first)\b")
# A fact of a past it gives no date of: "Jony Ive once called ...", dated only by its article
UNDATED_PAST = re.compile(r"\b(?:once|at one point|in the past|previously|at some point)\b")
# A question of how things stand, not of a past time: "is huawei ahead?", "does oppo lead?"
FORECAST_SAID = re.compile(
    r"\b(?:would|will|going to|gonna|expects?|expected|forecast\w*|predict\w*|needs?|must|should|aims?)\b"
)
# "canalys said they sold 34.7 million in h1 2015": someone's word reported, with nothing asked
SAID_AS_A_STATEMENT = re.compile(
    r"(?!.*\b(?:what|who|whom|whose|when|where|which|why|how)\b)[^?]*\b(?:says|said|claims|claimed"
    r"|reported|reports|announced|told us|confirmed)\b[^?]*"
)
PRESENT_TENSE = re.compile(r"(?:\w+ )?(?:is|are|isn'?t|aren'?t|does|do|doesn'?t|don'?t|has|have)\b")
PRESENT_VERB = re.compile(
    r"\b(?:is|are|isn'?t|aren'?t|does|do|doesn'?t|don'?t|has|have|leads?|trails?)\b|\bnow\b"
)
# What each operation is answered as.
KIND_OF = {
    None: "figure",
    Operation.VALUE: "figure",
    Operation.SERIES: "figure",
    Operation.RATIO: "change",
    Operation.CHANGE: "change",
    Operation.TOTAL: "total",
    Operation.AVERAGE: "average",
    Operation.BEST: "best",
    Operation.WORST: "worst",
    Operation.COMPARE: "compare",
    Operation.REVERSE: "reverse",
    Operation.GAP: "gap",
    Operation.CHART: "chart",
    Operation.SOURCES: "sources",
}
# "did kevin wang sell", "has jony ive shipped": a person named where a seller is
SELLER_VERB_BEFORE = r"(?:did|does|do|has|have|had)"
SOLD_AFTER = r"(?:\w+ )?(?:sell|sold|ship|shipped|move|moved)\b"
# An article asked about, and its date: "when was the 2017 article published?"
ARTICLE = re.compile(rf"\b{SOURCE_NOUN}\b")
# "which article is older?", "which of the two articles came out later?", "the newest piece?"
ARTICLE_ORDER_ASKED = re.compile(
    rf"\b(?:which|what)(?: one)?(?: of the(?: two)? {SOURCE_NOUN}s?)?(?: {SOURCE_NOUN})?"
    r" (?:is|was|came out|come out|got published|was published|was written)?\s*"
    r"(?:(?P<old>older|the older|oldest|the oldest|earlier|first|the earlier)"
    r"|(?P<new>newer|the newer|newest|the newest|more recent|the more recent|most recent|later|the later"
    r"|latest|the latest|last))\W*$"
)
# "which year does 'last year' point to?": a year the article counts from its own date
YEAR_POINTED_TO = re.compile(r"\b(?:points?|pointing|refers?|referring|corresponds?) to\b|\bstands? for\b")
ARTICLE_ABOUT = re.compile(rf"\b{SOURCE_NOUN} (?:about|on|on how|saying|that says)\b")
ARTICLE_WORDS = frozenset(
    {"date", "dated", "published", "publish", "written", "write", "come", "came", "out"}
)
# "was 2016 above the average?", "is 2013 below average": one year set against the average year
AVERAGE_WORD = re.compile(r"\b(?:average|avg|mean)\b")
AGAINST_THE_AVERAGE = re.compile(
    r"\b(?:above|below|over|under|than|vs|versus|against|compared? (?:to|with)|relative to|exceed\w*|beat"
    r"|from)(?: the| their| xiaomi'?s| its)?"
    # "the 2012-2016 average", "the five year average"; never "the market average", another's
    # ("the 2012-2016 yearly average": a span and a kind, both)
    r"(?: yearly| annual| overall| historical| long-term| \d{4} ?(?:-|to|through) ?\d{4}"
    r"| [\w]+[- ]years?){0,2}"
    r" (?:average|avg|mean)\b"
    # "the difference between the 2012-2016 average and 2016": the year against it, said the other way
    r"|\b(?:between|gap|difference) (?:the |their |its )?(?:\d{4} ?(?:-|to|through) ?\d{4} |yearly |annual )?"
    r"(?:average|avg|mean) and (?:the )?(?:19|20)\d\d\b"
)
OTHERS_AVERAGE = re.compile(
    r"\b(?:above|below|over|under|than|vs|versus|against|beat|exceed\w*)(?: the| an?)?"
    r" (?P<whose>(?:[\w-]+ ){1,3})(?:average|avg|mean)\b"
)
# a person's company asked for: "which company does he work for?", "where does kevin wang work?"
EMPLOYER_ASKED = re.compile(
    r"\b(?:does|did|do) (?P<a>he|she|\w+(?: \w+)?) work (?:for|at)\b"
    r"|\b(?P<b>he|she|\w+ \w+) works? (?:for|at)\b"
    r"|\bwhere (?:does|did) (?P<c>he|she|\w+(?: \w+)?) work\b|\b(?P<d>his|her) (?:company|employer|firm)\b"
    r"|\b(?:which|what) (?:company|firm) (?:is|was) (?P<e>he|she|\w+(?: \w+)?) (?:with|from|at)\b"
    r"|\b(?:which|what) (?:company|firm) (?:is|was) "
    r"(?P<f>(?:that|this|the) (?:guy|man|woman|person|dude|insider)) (?:with|from|at)\b"
)


def employer_named(statement: str, name: str) -> bool:
    """Whether a fact ties `name` to a company: "Apple design chief Jony Ive", "Lei Jun is Xiaomi's
    CEO", "Xiaomi CEO Lei Jun"; not "Kevin Wang is an industry insider"."""
    person = re.escape(name)  # (the name as any case writes it; the company with its capital)
    before = r"\b[A-Z][A-Za-z]+(?:'s)?(?: [a-z]+){0,2} (?:CEO|chief|head|founder|president|executive|officer)"
    tied = re.search(rf"{before} (?i:{person})\b", statement)
    tied = tied or re.search(rf"\b(?i:{person}),? (?:is|was) (?:the )?[A-Z][A-Za-z]+'s\b", statement)
    return tied is not None


# What a metric the bot lacks is a value of: asked for, it is a figure no fact gives.
VALUE_NOUNS = frozenset({"rate", "ratio", "percentage", "share", "number", "count", "amount", "size"})
SMALLTALK_OPENINGS = {
    "greeting": "Hi!",
    "thanks": "You're welcome!",
    "farewell": "Bye!",
    "bare": "Ask me a whole question.",  # one word alone: "2015", "/start"
    "opinion": "I have no opinions or predictions of my own: I report what the articles say.",
    "about_bot": "I'm a bot that answers questions about market figures from news articles, with sources.",
}


# "why are there two numbers?", "why do they differ?": a question about the sources disagreeing.
# What was left to reach a target after part of a year.
STILL_NEEDED = re.compile(
    r"\b(?:need|needed|needs|still|left|remaining|reach|hit|to go|short|how far"
    r"|how many more|how much more)\b"
)
# "the year before the target was cut", "the year after": a year named beside an event
YEAR_BESIDE = re.compile(r"\b(?:the )?year (?:before|after|prior to|following)\b")
TARGET_CUT = re.compile(r"\b(?:cut|cuts|scaled back|scale back|lowered|revised|slashed|reduced|trimmed)\b")
# An age, counted from the event a company's age runs from (its founding): "when it was five
# years old", "at age 5", "five-year-old xiaomi's sales"
AGE_NAMED = re.compile(
    rf"\b(?:at (?:the )?age (?:of )?(?P<a>{COUNT})|(?P<b>{COUNT})[ -]years?[ -]old"
    rf"|(?P<c>{COUNT})(?:st|nd|rd|th)? birthday)\b"
)


def age_named(text: str) -> int | None:
    """The age a question names ("five years old", "at age 5"), in years; None when it names none."""
    found = AGE_NAMED.search(text)
    if found is None:
        return None
    count = found.group("a") or found.group("b") or found.group("c")
    return int(count) if count.isdigit() else COUNTS[count]


AFTER_FOUNDING = re.compile(AFTER_FOUNDING_WORDS)  # "3 years after founding"
# "three years after it was founded", "2 years after founding": a step on from the event
AFTER_THE_EVENT = re.compile(r"\byears? (?:after|since|on from|from)\b")
# "the year the company was founded", "the year when they were founded", "its founding year": a
# year named by an event.
EVENT_YEAR = re.compile(
    r"\bthe year (?:that |when )?(?!before|after|prior|earlier|later|in|of|to|on|with|and)[a-z]"
    r"|\b(?:founding|birth) year\b|\byear of (?:its |their )?(?:founding|birth)\b"
)
# "sales the year of the valuation", "in the year before the mi 6": a year named by what happened in
# it (what follows is looked up); not "the year before" alone, nor a year written out
YEAR_NAMED_BY = re.compile(
    r"\bthe year (?:(?P<step>before|after) )?(?:that |when |of |in which )?"
    r"(?P<rest>(?!(?:19|20)\d\d\b)[a-z].*)$"
)
YEAR_OF_A_THING = re.compile(r"\bthe year of (?:the|its|their|that)\b")
NOTHING_ASKED_BEFORE = re.compile(r"(?:(?:and|so|ok|what about|how about|in|what was|which was)\s*)*")
PLANNED = re.compile(r"\b(?:target|goal|projection|forecast|project\w*|aim\w*|plan\w*|expect\w*)")
SOLD_IN_THE_REST = re.compile(r"\b(?:sold|sell|sales|shipped|moved|phones|units|how many)\b")
# "the most valuable startup", "the biggest phone maker": the first of a ranking asked for ...
# what is ranked: "the most valuable startup" -> "valuable startup"
FIRST_OF = re.compile(r"\bthe (?:most|biggest|largest|top|leading) (?P<what>[a-z]+(?: [a-z]+)?)")
ASKS_FIRST = re.compile(
    r"\bthe (?:most|biggest|largest|top|number one|no 1|leading)\b"
    # "which startup is worth more than xiaomi?": one ranked above it, which a second place names not
    r"|\b(?:worth more|more valuable|valued higher|bigger|larger) than (?!\$?\d|it\b|that\b)"
)
# ... where a fact ranks the company lower: "the second-most valuable", "one of the most"
RANKED_BELOW = re.compile(
    r"\b(?:second|third|2nd|3rd|one of the)[- ](?:most|biggest|largest|top)\b|\bone of\b"
)
RANKED_SECOND = re.compile(r"\b(?:second|third|2nd|3rd)[- ](?:most|biggest|largest)\b")
LEFT_OVER = re.compile(r"\b(?:left|remaining|remained|to go|outstanding)\b")
# the words that make someone a company's own: "Apple design chief", "Xiaomi's CEO"
ROLE_WORD = (
    r"(?:ceo|chief|founder|co-founder|president|chairman|head|boss|executive|officer|designer|cto|cfo)"
)
PART_OF_A_YEAR = re.compile(r"[HQ]\d")
# "what happened in q2 2015?", "how did xiaomi do in q2 2015?": what went on, no figure asked
HAPPENED_ASKED = re.compile(
    r"\bwhat happened\b"
    # "what's 2010?", "what's 2010 about?", "the significance of q2 2015?", "why is 2010 important?"
    # ("what about 2010?" asks its sales)
    r"|^(?:so )*what(?:'s| is| was)(?: with)? (?:19|20)\d\d(?: about)?\W*$"
    r"|\bsignificance of\b|\bwhy (?:is|was) (?:19|20)\d\d (?:important|special|significant)\b"
    r"|\bhow (?:did|was|were|is|are|has|have)\b(?:\s\S+){0,4}?\s(?:do|doing|done|go|going|gone|fare)\b"
)
FRACTION_OF = re.compile(r"\b(?:half|third|quarter|fifth|tenth) of\b")
FRACTION_THE = re.compile(r"\b(?:half|third|quarter|fifth|tenth) the\b")
# A share of a target: "what % of the 2017 target", "as a percentage of the 2015 goal"
SHARE_OF_A_TARGET = re.compile(
    r"\b(?:percent|percentage|share|fraction|proportion|portion) of (?:the |its |their |xiaomi'?s )?"
    r"(?:(?:19|20)\d\d(?:'s)? )?(?:sales )?(?:target|goal|projection|forecast)"
)
SPAN_TO_A_YEAR_ASKED = re.compile(
    r"\bhow many years (?:after|before|later than|earlier than) (?P<y>(?:19|20)\d\d)\b"
)
TIME_TAKEN = re.compile(r"\b(?:did|does|would) (?:it|that|this) take\b|\btook\b")
# Time asked between two events or dates: "how many months between the march cut and the july
# announcement?", "how long from the 2017 article to april 18?"
EVENT_SPAN_ASKED = re.compile(r"\bhow (?:many|much) (?P<unit>days|weeks|months|years)\b|\bhow long\b")
SPAN_SIDES = re.compile(
    r"\b(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till|through)\s+(?P<b>.+?)"
    r"(?:,? in (?:days|weeks|months|years)(?: and months)?)?\s*$"
)
CUT_CLAIMED = re.compile(rf"\b(?:{CUT_VERB}|trimmed|trim|revised|downgraded)\b(?! than)")
MONTH_SAID = re.compile(rf"\b(?:{MONTH_NAMES})\b")
# "how long ..., in years and months?", "in days?": the unit asked for
IN_A_UNIT = re.compile(r"\bin (?P<unit>day|week|month|year)s?(?P<and_months> and months?)?\b")
PART_OF_A_YEAR_NAMED = re.compile(r"\b(?:q[1-4]|h[12]|[1-4]q|quarter|quarters|half|halves)\b")
YEAR_WRITTEN_IN = re.compile(r"\b(?:19|20)\d\d\b")
DATE_WORDS = frozenset({*MONTHS, "st", "nd", "rd", "th"})
# A span of years asked outright: "how long did it take ...", never "did it take 3 years ...?"
SPAN_ASKED_FIRST = re.compile(r"(?:so |and |ok )?how (?:long|many years)\b")
# ... and the year of that target: "as a percentage of the 2014 projection", "% of the goal for 2015"
SHARE_OF_A_YEARS_TARGET = re.compile(
    r"\b(?:percent|percentage|share|fraction|proportion|portion) of"
    r" (?:the |its |their |xiaomi'?s )?(?:[a-z]+ )?"
    r"(?:(?P<y>(?:19|20)\d\d)(?:'s)? (?:sales )?(?:target|goal|projection|forecast)"
    r"|(?:target|goal|projection|forecast) (?:for|of) (?P<y2>(?:19|20)\d\d))\b"
)
# The year a target is of, where the question names it: "the 2017 target", "the goal for 2015"
YEARS_TARGET = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)(?:'s)? (?:sales )?(?:target|goal|projection|forecast)s?\b"
    r"|\b(?:target|goal|projection|forecast) (?:for|of) (?P<y2>(?:19|20)\d\d)\b"
)
SHARE_OF_A_PART_ASKED = re.compile(
    r"\b(?:what|which) (?:fraction|share|percent|percentage|proportion|portion)\b"
)
SHARE_WORDS = re.compile(r"\b(?:share|percent|percentage|fraction|proportion|portion|how much of)\b")
APART = re.compile(
    r"\b(?:gap|differ\w*|disagree\w*|discrepanc\w*|mismatch\w*|inconsisten\w*|between|apart|by how much)\b"
)  # how far one figure is from another
OTHER_COMPANY = re.compile(r"\bthe other (?:company|brand|firm|maker|manufacturer)\b")
# the words that ask for a source, which no fact's own words are ("cite", "source", "published")
SOURCE_ASKING_WORDS = frozenset(
    "source sources cite cited cites citing reported report reports published publish data quote".split()
)
WHICH_SOURCE = re.compile(
    rf"\bwhich (?:(?:one )?of (?:the |your )?(?:two |2 |both )?)?(?:{SOURCE_NOUN}|source|sources|one)\b"
)
WHO_OR_WHERE = re.compile(r"\b(?:who|whose|where)\b")
ASKED_AFTER_A_CLAIM = re.compile(
    r"\b(?:says?|said|claims?|claimed|reckons?|thinks?)\b.*"
    r"\b(?:but|so|yet|however)\s+(?:what|how many|how much)\b"
)
MONTH_PART = re.compile(r"M(\d{1,2})")  # a month as a period part: "M3" is March
# The whole world asked about: "xiaomi's global rank", "number one worldwide?"
WORLDWIDE = re.compile(r"\b(?:world|worldwide|global|globally|international|internationally)\b")
# A difference asked alone, after one year's figure: "difference?" after 2014's two figures.
DIFFERENCE_ALONE = re.compile(
    r"(?:and |so |ok )?(?:(?:what'?s|whats|what is) )?(?:the )?(?:difference|diff|discrepancy)"
    # "whats the difference then", "the difference between those" ("the gap" after a target is to it)
    r"(?: (?:between|of) (?:those|them|the two|both)(?: two| numbers| figures)?)?(?: then| tho| though| lol)?"
    # ("how far apart are they?", "how far apart are the two numbers": the same)
    r"|(?:and |so |ok )?how far apart (?:are|were|is) (?:they|those|them|the two|both)"
    r"(?: two| numbers| figures)?"
)
ORDINAL_WORDS = frozenset({"first", "second", "third", "last", "1st", "2nd", "3rd"})
RATIO_WORD = re.compile(r"\b(?:by (?:a|what) factor|factor of|how many times|multiple of|ratio)\b")
# a target that itself beat something: "did the 2015 target exceed the 2014 projection?"
TARGET_AS_SUBJECT = re.compile(
    r"\b(?:target|goal|projection|forecast|aim)s?\s+(?:\w+\s+)?(?:exceed"
    r"|exceeded|beat|top|topped|surpass|surpassed)\b"
)
TARGET_MET_OR_MISSED = re.compile(
    r"\b(?:beat|beats|beaten|hit|hits|reach|reached|met|meet|miss|missed|misses|exceed|exceeded|surpass"
    r"|surpassed|fell short|fall short|achieve|achieved)\b"
)
EXTREME_YEAR = re.compile(
    r"\b(?:best|peak|record|top|biggest|strongest|highest|worst|weakest|lowest)(?: sales| selling)? year\b"
)
# The articles' own disagreement named: "the gap between the two sources"
SOURCES_NAMED = re.compile(
    r"\b(?:sources?|articles?|reports?|disagree\w*|differ(?:s|ed|ing)?|discrepanc\w*|mismatch\w*"
    r"|inconsisten\w*|conflict\w*)\b"
)
REMARKS = ("ack", "opinion")  # small talk that is a remark on whatever it names
# A reason asked outright: "why", "what caused it" ("the reason for the goal" may be given in words
# no pattern knows, and "the reason I ask" asks none: said as the facts say it)
UNITS_LOW, UNITS_HIGH = (
    1e6,
    1e9,
)  # a number of phones the articles state: millions, never a valuation's billions
WHY_ASKED_OUTRIGHT = re.compile(r"\b(?:why|how come|caused|causes)\b")
# "than the year before", "vs the previous year", "beat the year before": one year against another
NEIGHBOUR_MEASURED = re.compile(r"\b(?:than|vs|versus|compared?|against|beat|beats|over)\b")
DISAGREEMENT = re.compile(
    r"\b(?:two|different|differ|disagree\w*|discrepanc\w*|mismatch\w*|inconsisten\w*|conflict\w*"
    r"|numbers|figures|both|between them|sources|articles|reports)\b"
)  # "2014 sales", "difference between them?": the two sources' figures


# "when did lei jun become ceo?"; not "how did xiaomi respond when it was accused?"
OPENS_WITH_WHEN = re.compile(r"(?:so |and |ok |but )?when\b")
# "what year did xiaomi enter india?", "on what date was ...": a time asked as outright as "when"
TIME_ASKED_FOR = re.compile(r"(?:so |and |ok |but )?(?:in |on )?(?:what|which) (?:year|date|month|day)\b")
# "when did xiaomi enter india?": an event asked the date of, not the time a fact held
EVENT_ASKED = re.compile(
    r"\b(?:enter|entered|launch|launched|expand|expanded|arrive|arrived|debut|debuted|held|take place"
    r"|took place)\b"
)
# "on what date", "which day": a day asked, which a year alone does not give
DAY_ASKED_FOR = re.compile(r"\b(?:what|which|exact) (?:date|day)\b")
DAY_GIVEN = re.compile(rf"\b(?:{'|'.join(DATE_MONTHS)})\b")
# "when did they actually launch in the US?": whether it happened, which a plan or a rumour does not say
ACTUALLY_ASKED = re.compile(r"\b(?:actually|really|finally|in the end|ever)\b")
# "... (2015)" closing a statement: when it was said to hold, no date of an event in it
AS_OF_A_YEAR = re.compile(r"\s*\((?:as of |said in |in )?(?:19|20)\d\d\)\.?$")
# "who wrote the 2015 article?", "the author?": a byline, which the articles' records do not keep
# An article's title or publisher asked: "what is the 2017 article called?", "is it from the wsj?"
TITLE_ASKED = re.compile(r"\b(?:title|titles|titled|headline|headlines)\b")
ARTICLE_CALLED = re.compile(
    r"\b(?:articles?|pieces?|stories) (?:is |are )?called\b"
    r"|\bname of (?:the |each |both )?(?:\w+ )?(?:article|piece)s?\b"
)
PUBLISHER_ASKED = re.compile(
    r"\b(?:publisher|publishers|outlet|outlets|publication(?! (?:year"
    r"|date|day))|newspaper|magazine|masthead)\b"
    r"|\bpublished (?:by|it|them|in (?:what|which))\b"
)
YEAR_CLAIMED_TO_BEAT = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)(?:'s)?(?: sales)? (?:beat|top|topped|outsell|outsold|exceed|exceeded|pass|passed"
    r"|surpass|surpassed|outdo|outdid)\b"
)
CITED = re.compile(
    r"\b(?:cite|cites|cited|quote|quotes|quoted|credit|credits|credited|mention|mentions|mentioned|name|names"
    r"|named|report|reports|reported|say|says|said)\b"
)
# a person's title, or a headline figure, not an article's title
TITLE_GIVEN = re.compile(
    r"\btitles? (?:does|did|do)\b.*\b(?:give|gives|call|calls|use|uses)\b"
    r"|\b(?:[a-z]+'s|his|her|job) titles?\b|\btitles? (?:is|was) [a-z]+(?: [a-z]+)? given\b"
    # ("title of kevin wang in the article": his; "title of the late 2015 article": its)
    r"|\btitles? (?:of|for|given to) (?!(?:[a-z0-9']+ ){0,3}?(?:article|piece|story|report)s?\b)"
    r"|\bheadlines? (?:figure|figures|number|numbers|stat|stats)\b"
)
# an article's address: "send me the link", "link to the 2017 article?", "url?"
LINK_ASKED = re.compile(
    r"\b(?:send|share|give|post|paste)\b.*\blinks?\b"
    r"|\blinks? (?:to|for|of) (?:the |that |this |each |both )?"
    r"(?:(?:19|20)\d\d |[a-z]+ )?(?:article|piece|story|source)s?\b|\burls?\b|\bweb address\b"
)
# "is the 2015 article from the wall street journal?", "which article is from business insider?"
ARTICLE_FROM = re.compile(
    r"\b(?:article|piece|story) (?:is |was )?(?:published )?(?:from|by) "
    r"(?!the (?:later|earlier|older|newer|other|insider|ceo|analyst)\b)(?!which\b|what\b|kevin\b)"
    r"(?!(?:before|after|last|this|next|earlier|later|two|three|four|five|an?|one)\b)"
    rf"(?!(?:the )?(?:{MONTH_NAMES})\b)"
    r"(?:the )?[a-z]"
)
# An article summed up: "tl;dr the kevin wang piece", "what's the gist?", "the key numbers?"
SUMMARY_ASKED = re.compile(
    r"\b(?:summ?ar(?:y|ies|ise|ize|ised|ized|ising|izing)|tl ?;? ?dr|gist|recap"
    r"|key (?:numbers|figures|points|facts)"
    r"|main (?:points|numbers|figures|takeaways?)|takeaways?|in a nutshell|in short)\b"
)
# Whom an article quotes or draws on: "who is quoted in the 2017 article?", "which sources does the
# 2015 piece rely on?", "which people are quoted word for word?"
PARTIES_ASKED = re.compile(
    r"\bwho (?:is|are|gets?|got|was|were) (?:being )?(?:quoted|cited|interviewed)\b"
    r"|\bwho does (?:the |each |that |this |it )?(?:[\w-]+ ){0,3}?(?:quote|cite)\b"
    r"|\b(?:which|what) (?:people|persons|sources|experts|analysts|firms?|outlets?|publications?|newspapers?"
    r"|papers?|voices)\b"
    r"(?:[\w ,'-]*)\b(?:quot\w*|cit\w*|rel(?:y|ies|ied) on|draws? on|interview\w*)\b"
    r"|\bwhose (?:words|quotes)\b"
)
# ... asked outright: "who wrote the wsj piece?", never "i'm a journalist working on a piece"
WRITER_ASKED = re.compile(
    r"\bwho (?:wrote|writes|authored|penned)\b|\bwritten by\b|\bbyline\b"
    r"|\bauthors? of (?:the |this |that |each |both )?(?:(?:19"
    r"|20)\d\d |older |newer |other )?(?:article|piece|story)"
    r"|\b(?:which|what|who (?:is|was|are|were) the) (?:journalist|reporter|writer|author)s?\b"
    r"(?! of (?!(?:the |this |that )?(?:(?:19|20)\d\d |older |newer |other )?(?:article|piece|story)))"
)
PARTIES_OF_AN_ARTICLE = re.compile(
    r"(?:so |and |ok )?(?:who (?:is|are|was|were|gets?) (?:quoted|cited)"
    r"|(?:which|what) (?:sources|people|experts|analysts|firms|outlets|publications) (?:does|did|do) "
    r"(?:the |each |that |this )?(?:(?:19|20)\d\d |older |newer |other |first |second )?"
    r"(?:article|piece|story)s? (?:quote|cite|rely on|draw on|use))"
    r"(?: (?:in|by) (?:the |each |that |this )?(?:(?:19|20)\d\d |older |newer |other |first |second )?"
    r"(?:article|piece|story)s?)?\W*"
)
AUTHOR_ASKED = re.compile(r"\b(?:who wrote|written by|authors?|journalists?|reporters?|byline|writer)\b")
# "did they sell many fitness trackers?", "do trackers sell well?": how many, not whether
HOW_WELL = re.compile(
    r"\b(?:many|much|a lot|lots|well|enough|more|fewer|less|most|over|under|million|millions|thousands?"
    r"|before)\b"
)


# "do you think ...": asked of the bot, an opinion only of what will be or what is good or bad
THINK_ASKED = re.compile(r"\b(?:do|d) (?:you|u|ya) think\b")
JUDGED_OR_TO_COME = re.compile(
    r"\b(?:will|won'?t|'ll|ll|gonna|going to|should|would|could|might|really|good|bad|better|worse|best|worth"
    r"|fair|right to|deserve\w*|overrated|underrated|succeed|fail|think (?:of|about))\b"
)


def _gap_names_no_source(frame: Frame) -> bool:
    """'2014 sales', 'and the 2014 projection', 'gap between them?': a gap naming no article is the
    sales against the projection, not the two articles' sales."""
    return frame.operation is Operation.GAP and not SOURCES_NAMED.search(frame.text)


def _asked_of_what_was(text: str) -> bool:
    """'What do you think the 2015 target was?': "do you think" of a fact, no view of what will be."""
    return THINK_ASKED.search(text) is not None and JUDGED_OR_TO_COME.search(text) is None


# a follow-up naming only a year: "and 2012", "what about 2013?"
YEAR_ALONE = re.compile(r"(?:and |what about |how about |ok |so )?(?:in |for )?(?:all of )?(?:19|20)\d\d\W*")


# a year's number named as such: "the 2017 number", "2017's figure" (no verb of selling beside it)
YEARS_NUMBER = r"\b(?:the )?{year}(?:'s)? (?:number|figure|benchmark|mark|bar)\b(?! (?:for|of|on|about) )"


# "how many xiaomi phones exploded", "... were hacked": phones counted by what befell them (the
# word after them), which says whether they are the phones sold
PHONES_COUNTED_BY_A_DEED = re.compile(
    r"\bhow many (?:[\w'-]+ ){0,2}?(?:phones|smartphones|handsets|devices|units|mobiles)"
    r"(?: (?P<aux>were|was|got|get|have been|had been|are|have|had))? (?P<deed>[a-z]+)\b"
)
BEFELL_WORDS = frozenset(
    "caught broke stole stolen lost blew burnt fell counterfeit fake faulty defective".split()
)
SOLD_WORDS = frozenset(
    "bought purchased ordered preordered distributed dispatched supplied marketed snapped picked grabbed"
    " scooped landed offloaded unloaded retailed traded activated consumed acquired obtained received".split()
)
ONLY_A_CHANGE_IN_FIGURES = (
    "I can work a number into a year's figure, or into a change in sales between two years counted in "
    "phones, the way it went (\u201chalf of the 2016 drop\u201d); not into that one."
)


class Router:
    def __init__(
        self,
        composer: Composer,
        facts: FactIndex,
        main_figure_metric: str | None,
        suggest: Callable[[Frame], tuple[str, ...]],
        event_years: dict[str, int] | None = None,
    ):
        self.composer = composer
        # The year each event's fact names ("founded": 2010): "the year the company was founded".
        self.event_years = event_years or {}
        self.suggest = suggest
        self.facts = facts
        self.main_figure_metric = main_figure_metric
        self.example = composer.example_questions[0] if composer.example_questions else ""
        self.kb = composer.kb
        self.company_spellings = self._spellings([name for name, _ in self.kb.companies])
        # The metrics of each kind, read once: sales figures, targets.
        self.figure_metrics = tuple(m.metric for m in self.kb.metrics.values() if m.kind == "figure")
        self.target_metrics = tuple(m.metric for m in self.kb.metrics.values() if m.kind == "target")
        # whose figures each metric gives, read once: "where are iphones sold?" is no market fact
        self.sellers = {
            m: frozenset(f.subjects[0] for f in self.kb.facts(m) if f.subjects) for m in self.kb.metrics
        }
        # each target metric's valued facts by year, read once: "the year before the target was cut"
        self.targets_by_year: dict[str, dict[int, list[Fact]]] = {}
        for metric in self.target_metrics:
            for fact in self.kb.facts(metric):
                if fact.value is not None and fact.period[:4].isdigit():
                    self.targets_by_year.setdefault(metric, {}).setdefault(int(fact.period[:4]), []).append(
                        fact
                    )
        # the company facts that put companies in order ("Huawei; OPPO; Vivo > Xiaomi"), read once
        self.ranked_facts = [f for f in self.kb.facts_of_kind("fact") if f.ahead]
        self.rank_topics = frozenset(f.metric for f in self.ranked_facts)  # "china_rank": a place in a market
        self._employers: dict[str, str] = {}  # a person's company, found once: "lei jun" -> "Xiaomi"
        # the metrics whose facts are ranges ("between $100 and $300"): their ends are asked by words
        # like "top" or "cheapest", which no fact's own wording needs to share
        self.ranged_metrics = frozenset(
            m for m in self.kb.metrics if any(f.value_to is not None for f in self.kb.facts(m))
        )
        # each metric's highest figure: a bare bound far past it counts something else
        self.highest = {
            m: max((f.value for f in self.kb.facts(m) if f.value), default=0.0) for m in self.kb.metrics
        }
        # "in China": a fact said of one place (precompiled, one pattern a place)
        self.said_in = [(p, re.compile(rf"\bin {re.escape(p)}\b")) for p in self.kb.places]

    def route(self, frame: Frame) -> tuple[Answer, Frame]:
        """The answer, and the frame as answered: with the metric the router chose ("xiaomi 2014"
        is a sales question), so a follow-up continues what was really answered."""
        frame = self._reframed(frame)
        metric = self._figure_metric(frame)
        if (denied := self._premise_denied(frame, metric)) is not None:
            return denied, frame
        if self._year_judged(frame, metric):
            # "was 2016 a good year?": how it went is its figure against the year before's
            changed = self._answer(
                replace(frame, operation=Operation.CHANGE, yes_no=False, smalltalk=""), metric
            )
            if changed.answered:
                # ... after the year's own figure, whose words may judge it ("its most successful year")
                own = self._answer(replace(frame, operation=None, yes_no=False, smalltalk=""), metric)
                if own.answered and len(set(frame.all_years)) == 1 and not frame.period_part:
                    return self.composer.joined(frame.question, [own, changed]), frame
                return changed, frame
        if frame.per_unit and frame.unsupported and self._spreads(frame, metric):
            # "xiaomi 2015", "per month?"; "total 2015 and 2016", "per month?": the sum spread
            summed = frame.operation in (Operation.TOTAL, Operation.AVERAGE) and len(set(frame.all_years)) > 1
            frame = replace(frame, unsupported="", operation=None, spread_together=summed)
        figures = not FACT_FIRST & set(frame.asks) or frame.operation
        if metric and metric != frame.metric and not frame.declined and figures:
            frame = replace(frame, metric=metric)
        answer = self._answer(frame, metric)
        # ("and 2012" after h1 2015; never "that quarter?", "december 2015", "same period a year earlier")
        carried_part = frame.period_part and not frame.parts_named and YEAR_ALONE.fullmatch(frame.text)
        if carried_part and not answer.answered and metric in self.figure_metrics:
            # "xiaomi h1 2015", "and 2012": no article gives that half, so the whole year, said so
            whole = replace(frame, period_part=None, part_years=())
            whole_answer = self._answer(whole, metric)
            if whole_answer.answered:
                return self.composer.part_not_given(frame, metric, whole_answer), whole
        intent = self.kb.intents.get(answer.intent)
        if (
            (frame.metric or frame.operation)
            and answer.fact_texts
            and intent is not None
            and intent.kind == "fact"
        ):
            # "what phone is xiaomi launching in april 2017?", "was xiaomi ever top in china?" were
            # answered with a fact: "when exactly?" follows that fact, not sales or a best year.
            frame = replace(frame, metric=None, operation=None)
        said_of = (answer.intent or "").removesuffix("_fact") if answer.fact_texts else ""
        if said_of in self.kb.metrics and self.kb.metrics[said_of].kind != "fact" and frame.metric != said_of:
            # "and 2017's magic number?" was answered with the target's own words: "percent increase
            # needed?" follows the target.
            frame = replace(frame, metric=said_of)
        if frame.metric in self.target_metrics and not frame.operation and not frame.target_metric:
            # "kevin wang's 2017 number" was answered with his target: "growth needed?" follows it
            frame = replace(frame, target_named=True, target_metric=frame.metric, strong_sales=False)
        return answer, frame

    def _the_years_own(self, frame: Frame, metric: str | None) -> bool:
        """Whether every number a question names is its one year's own reported whole-year figure."""
        if metric is None or len(frame.all_years) != 1 or not frame.quantities:
            return False
        facts = [f for f in self.kb.facts(metric, str(frame.all_years[0])) if f.value is not None]
        return all(any(matches(f, q) for f in facts) for q in frame.quantities)

    @staticmethod
    def _ranked_below_the_first(frame: Frame, found: list) -> bool:
        """Whether the question asks about the first of a ranking ("the most valuable startup")
        and every fact found ranks the company lower ("the second-most", "one of the most")."""
        if not ASKS_FIRST.search(frame.text) or RANKED_BELOW.search(frame.text):
            return False
        return all(RANKED_BELOW.search(f.statement.lower()) for f in found)

    def _asks_for_the_first(self, frame: Frame, found: list) -> bool:
        """'Which is the most valuable startup?' when the facts found rank the company second (or
        "one of the most"): they do not say which is first."""
        # ("and the most valuable one?" asks which, with no question word of its own)
        asked = {Ask.WHICH, Ask.WHO, Ask.WHAT, Ask.COMPANY} & set(frame.asks) or not (
            frame.asks or not frame.opener
        )
        if not asked or frame.yes_no:
            return False
        return self._ranked_below_the_first(frame, found)

    def _years_of_a_revision(self, frame: Frame, metric: str) -> list[int]:
        """The years asked, else those with more than one target, one of them a revision."""
        if frame.all_years:
            return list(frame.all_years)
        periods = Counter(f.period for f in self.kb.facts(metric) if f.value is not None)
        return sorted({int(p[:4]) for p, n in periods.items() if n > 1 and p[:4].isdigit()})

    def _bare_decimal_asked_about(self, frame: Frame) -> Frame:
        """'What's 18.7?': a decimal said alone is a figure in the scale the figures are said in
        (18.7 million), looked up the other way round; a whole number ("what's 60?") is left alone."""
        if frame.quantities or frame.all_years or frame.metric or len(frame.stray_numbers) != 1:
            return frame
        number = frame.stray_numbers[0]
        if not re.fullmatch(r"\d+\.\d+", number) or set(frame.content) - set(re.findall(r"\d+", number)):
            return frame
        scaled = self._bare_numbers(frame)
        if not scaled or self.main_figure_metric is None:
            return frame
        return replace(frame, quantities=scaled, stray_numbers=(), content=(), metric=self.main_figure_metric)

    def _the_other_company(self, frame: Frame) -> Frame:
        """'Norvane sales 2014', 'what about the other company?': of two companies with figures,
        the one not asked about."""
        if len(frame.subjects) != 1 or not OTHER_COMPANY.search(frame.text):
            return frame
        others = [c for c in self.composer.subjects_with_figures() if c not in frame.subjects]
        return replace(frame, subjects=(others[0],)) if len(others) == 1 else frame

    def _reframed(self, frame: Frame) -> Frame:
        """The frame with what only the facts can settle: which year an event or a target names,
        which years sales fell in, whether a number was a target. Each step returns the frame."""
        for step in (
            self._bare_decimal_asked_about,
            self._the_other_company,
            self._company_of_a_person,
            self._person_as_the_seller,
            self._either_target_without_sales,
            self._event_beside_its_year,
            self._why_sales_fell,
            self._year_named_by_a_fact,
            self._years_without_an_extreme,
            self._years_around_an_extreme,
            self._parts_making_up_a_year,
            self._year_an_age_is_asked_of,
            self._years_named_by_their_figures,
            self._year_named_by_event_or_target,
            self._target_named_by_who_gave_it,
            self._year_of_a_target_implied,
            self._figure_someone_gave,
            self._years_together_against_a_target,
            self._a_years_number_that_is_its_target,
            self._target_against_a_year_of_sales,
            self._share_of_another_years_target,
            self._a_cut_between_two_targets,
            self._year_beside_a_target,
            self._sales_of_a_targets_number,
        ):
            frame = step(frame)
        return frame

    def _company_of_a_person(self, frame: Frame) -> Frame:
        """'How much is his company worth?' after Lei Jun: the question of the company the facts say
        he works for, named in his place; left as it is where they name none."""
        if not frame.owner_of:
            return frame
        company = self._works_for(frame.owner_of)
        if not company:
            return frame
        named_as = company.lower()
        text = PERSONS_COMPANY.sub(named_as, frame.text)  # "his company's phones": apple's phones
        text = re.sub(
            rf"\b{re.escape(frame.owner_of)}'s? {COMPANY_NOUN}", named_as, text
        )  # "jony ive's firm"
        people = set(frame.owner_of.split())
        return replace(
            frame,
            text=" ".join(text.split()),
            subjects=tuple(dict.fromkeys((*frame.subjects, company))),
            content=tuple(w for w in frame.content if w not in people),
            topic_words=tuple(w for w in frame.topic_words if w not in people),
            quoted=tuple(q for q in frame.quoted if q != frame.owner_of),
            owner_of="",
        )

    def _person_as_the_seller(self, frame: Frame) -> Frame:
        """'How many phones did jony ive sell?': a person sells for the company the facts say he works
        for (Apple's sales, which no article gives); one who works for none ("did kevin wang sell")
        sells none the facts count, and is asked about by name, never passed off as Xiaomi's."""
        if not frame.sells or frame.subjects or not frame.quoted:
            return frame
        person = next(
            (
                p
                for p in frame.quoted
                if re.search(rf"\b{SELLER_VERB_BEFORE} {re.escape(p)} {SOLD_AFTER}", frame.text)
            ),
            "",
        )
        if not person:
            return frame
        return replace(frame, subjects=(self._works_for(person) or person.title(),))

    def _works_for(self, person: str) -> str:
        """The company the facts name as a person's, by a role beside both ("Apple design chief Jony
        Ive", "Lei Jun is Xiaomi's CEO"), or ""."""
        if person in self._employers:
            return self._employers[person]
        said = [
            text
            for fact in self.kb.facts_of_kind("fact")
            if person in (text := f"{fact.statement} {fact.quoted}".lower())
        ]
        found = ""
        for name, aliases in self.kb.companies:
            spellings = "|".join(
                re.escape(a) for a in sorted({name.lower(), *aliases}, key=len, reverse=True)
            )
            who = re.escape(person)
            before = (
                rf"\b(?:{spellings})(?:'s)?(?: \w+){{0,2}} {ROLE_WORD}\w*(?: is| was|,)?(?: \w+)? {who}\b"
            )
            after = rf"\b{who},? (?:is |was )?(?:the )?(?:{spellings})(?:'s)?(?: \w+){{0,2}} {ROLE_WORD}"
            if any(re.search(before, text) or re.search(after, text) for text in said):
                found = name
                break
        self._employers[person] = found
        return found

    def _target_named_by_who_gave_it(self, frame: Frame) -> Frame:
        """'The gap between 2016 sales and kevin wang's target', 'did they reach kevin wang's target?':
        the year of the one target he gave."""
        # ("is kevin wang's 2017 number the same as 2015 sales?": set against that year, too)
        # ("the difference between 2015 sales and wang's number": his target against that year's sales)
        # ("did kevin wang cut the target?" asks of a cut, no target set against sales)
        difference = frame.operation is Operation.CHANGE and not frame.revised
        compared = frame.operation in (Operation.GAP, Operation.COMPARE) or difference
        compared = compared or (bool(frame.years) and SAME_AS.search(frame.text) is not None)
        # ("was wang's number below 2014 sales?": his target set against them, yes or no)
        said_against = frame.yes_no and COMPARED_WITH.search(frame.text) is not None
        compared = compared or (said_against and FIGURE_NAMES.search(frame.text) is not None)
        if not compared or not frame.quoted:
            return frame
        if len(frame.years) > 2 or frame.year_range or frame.sales_year is not None:
            return frame
        given = {
            (int(f.period[:4]), metric)
            for metric in self.target_metrics
            for f in self.kb.facts(metric)
            if f.value is not None and f.period[:4].isdigit() and quotes_one_of(f, frame.quoted)
        }
        if len(given) != 1:
            return frame
        target_year, target_metric = given.pop()
        if not frame.years:
            return replace(frame, years=(target_year,))  # "did xiaomi reach kevin wang's target?": his year's
        others = [y for y in frame.years if y != target_year]
        if len(others) == 1 and frame.quantities:
            # "if xiaomi sold 58m in 2016, how many more to hit wang's number?": 2016's own figure, said
            said = replace(frame, years=(others[0],))
            if self._the_years_own(said, self.main_figure_metric):
                frame = replace(frame, quantities=())
        # ("kevin wang's 2017 number against the original 2015 goal": another target, no sales)
        if len(others) != 1 or (len(frame.years) == 2 and (frame.target_named or frame.quantities)):
            return frame
        # "is kevin wang's 2017 number more than 2016 sales?": his target against the other year named
        sales_year = others[0]
        return replace(
            frame,
            years=(sales_year, target_year),
            sales_year=sales_year,
            target_year=target_year,
            operation=Operation.GAP,
            target_named=True,
            target_metric=frame.target_metric or target_metric,
        )

    def _a_cut_between_two_targets(self, frame: Frame) -> Frame:
        """'The cut from 100m to 80m is what percent?': two amounts that are one year's targets, before
        and after it was cut, are that cut (not the latest fall in sales); other amounts stay as asked."""
        if not frame.revised or frame.operation is not Operation.CHANGE or len(frame.quantities) != 2:
            return frame
        for metric, by_year in self.targets_by_year.items():
            for year, values in by_year.items():
                if not all(any(matches(f, q) for f in values) for q in frame.quantities):
                    continue
                if frame.yes_no and frame.years and year not in frame.years:
                    # "did they scale the goal back from 100m to 80m in 2014?": a cut claimed of
                    # another year, checked as such
                    return frame
                return replace(frame, metric=metric, years=(year,), quantities=())
        return frame

    def _sales_of_a_targets_number(self, frame: Frame) -> Frame:
        """'2017 target?', 'same as what year's sales?': the year asked is looked up by the numbers of
        that year's targets (a target year with no sales year, and nothing else to measure)."""
        original = frame
        if (closest := self._target_come_closest_to(frame)) is not None:
            # "which year came closest to the 2014 projection?": that target's number, looked up
            frame = replace(frame, years=(), target_named=False, target_year=closest)
        if frame.target_year is None or frame.sales_year is not None or Ask.WHEN not in frame.asks:
            return frame
        if frame.quantities or frame.years or frame.target_named:
            return frame
        year_alone = replace(frame, years=(frame.target_year,))
        numbers = tuple(
            dict.fromkeys(
                f.value for m in self.target_metrics for f in self.composer.targets_of(year_alone, m)
            )
        )
        if not numbers or (closest is not None and len(numbers) > 1):
            return original  # ("closest to the revised 2015 target?": which of its two, left as asked)
        figure = frame.metric if frame.metric in self.figure_metrics else self.main_figure_metric
        return replace(frame, quantities=numbers, target_year=None, target_metric=None, metric=figure)

    @staticmethod
    def _target_come_closest_to(frame: Frame) -> int | None:
        """The year of the one target a question asks which year came closest to."""
        if not (frame.target_named and Ask.WHEN in frame.asks and CLOSEST_TO.search(frame.text)):
            return None
        if frame.quantities or frame.sales_year is not None or len(frame.years) != 1:
            return None
        return frame.years[0]

    def _year_beside_a_target(self, frame: Frame) -> Frame:
        """'sales the year before the target was cut', 'the year after it beat its 40m projection':
        the sales of the year next to the one target named (by its number, or as the one cut)."""
        if not frame.relative_step or frame.has_period or not frame.target_named or not frame.strong_sales:
            return frame
        if not YEAR_BESIDE.search(frame.text) or self.main_figure_metric is None:
            return frame
        by_year: dict[int, list[Fact]] = {}
        for metric_by_year in self.targets_by_year.values():
            for year, facts in metric_by_year.items():
                by_year.setdefault(year, []).extend(facts)
        if len(frame.quantities) == 1:
            years = [y for y, facts in by_year.items() if any(matches(f, frame.quantities[0]) for f in facts)]
        elif not frame.quantities and TARGET_CUT.search(frame.text):
            years = [y for y, facts in by_year.items() if len(facts) > 1]  # a year whose target was cut
        else:
            return frame
        if len(years) != 1:
            return frame
        return replace(
            frame,
            years=(years[0] + frame.relative_step,),
            relative_step=None,
            operation=None,
            target_named=False,
            quantities=(),
            direction="",
            metric=self.main_figure_metric,
        )

    def _a_years_number_that_is_its_target(self, frame: Frame) -> Frame:
        """'Is the 2017 number higher or lower than 2015's result?': a year with no figures but a
        target, named as a number ("the 2017 number", "2017's figure"), is that target, set against
        the other year's sales (never its targets)."""
        comparing = (Operation.CHANGE, Operation.COMPARE, Operation.GAP, Operation.RATIO)
        if frame.metric != self.main_figure_metric or frame.operation not in comparing:
            return frame
        if (
            len(frame.years) != 2
            or frame.sales_year is not None
            or frame.period_part
            or len(frame.subjects) > 1
        ):
            return frame
        if len(self.target_metrics) != 1 or frame.target_named or TARGET_SAID.search(frame.text):
            return frame  # ("the revised 2015 target vs the 2017 number": two targets)
        target = self.target_metrics[0]
        bare = [
            y
            for y in frame.years
            if not self.kb.facts(frame.metric, str(y)) and self.kb.facts(target, str(y))
        ]
        if len(bare) != 1 or not re.search(YEARS_NUMBER.format(year=bare[0]), frame.text):
            return frame
        target_year = bare[0]
        sales_year = next(y for y in frame.years if y != target_year)
        if not self.kb.facts(frame.metric, str(sales_year)):
            return frame
        return replace(
            frame,
            operation=Operation.GAP,
            yes_no=frame.yes_no and COMPARATIVE.search(frame.text) is not None,
            years=(sales_year, target_year),
            sales_year=sales_year,
            target_year=target_year,
        )

    def _target_against_a_year_of_sales(self, frame: Frame) -> Frame:
        """'xiaomi 2017 target', 'vs 2016?': an earlier year with no target but with sales is that
        year's sales, and how far the target is from them (never "no target for 2016")."""
        comparing = (Operation.CHANGE, Operation.COMPARE, Operation.GAP, Operation.RATIO)
        if frame.metric not in self.target_metrics or frame.operation not in comparing:
            return frame
        if len(frame.years) != 2 or frame.sales_year is not None or frame.period_part:
            return frame
        with_target = [y for y in frame.years if self.kb.facts(frame.metric, str(y))]
        if self.main_figure_metric is None:
            return frame
        named = [y for y in frame.years if str(y) in frame.text]
        # ("the 2015 target", "the 2017 target", "is 2017 higher?" names the targets: target_named)
        if (
            len(with_target) == 2
            and len(named) == 1
            and not (TARGET_SAID.search(frame.text) or frame.target_named)
        ):
            # "kevin wang says 70m for 2017", "was 2015 more?": a year named bare against the target
            # talked about is that year's sales, though it had targets of its own
            (sales_year,) = named
            target_year = next(y for y in frame.years if y != sales_year)
            claimed = frame.yes_no and COMPARATIVE.search(frame.text) is not None
            return replace(
                frame,
                metric=self.main_figure_metric,
                operation=Operation.GAP,
                yes_no=claimed,
                years=(sales_year, target_year),
                sales_year=sales_year,
                target_year=target_year,
            )
        if len(with_target) != 1:
            return frame
        sales_year = next(y for y in frame.years if y != with_target[0])
        if sales_year > with_target[0] or not self.kb.facts(self.main_figure_metric, str(sales_year)):
            return frame  # (a later year's sales against an earlier target is no way to the target)
        if self.kb.facts(self.main_figure_metric, str(with_target[0])):
            return frame  # "was the 2014 projection lower than 2013?": that year has sales of its own
        # "is that more than 2016?" is still asked yes or no: the target is or is not the higher
        claimed = frame.yes_no and COMPARATIVE.search(frame.text) is not None
        return replace(frame, metric=self.main_figure_metric, operation=Operation.GAP, yes_no=claimed)

    def _share_of_another_years_target(self, frame: Frame) -> Frame:
        """'What % of the 2017 target did xiaomi sell in 2015?': one year's sales against another
        year's target, which says how much of it they make."""
        # (the target as the whole: "the 2015 goal as a percent of 2014 sales" is the other way round)
        if (
            not (frame.target_named and SHARE_OF_A_TARGET.search(frame.text))
            or frame.operation
            or len(frame.years) != 2
        ):
            return frame
        if frame.sales_year is not None or frame.period_part or self.main_figure_metric is None:
            return frame
        target_metric = frame.target_metric or frame.metric
        with_target = [y for y in frame.years if self.kb.facts(target_metric, str(y))]
        if len(with_target) > 1 and (named := YEARS_TARGET.search(frame.text)):
            with_target = [int(named.group("y") or named.group("y2"))]  # "the 2017 target": that year's
        with_sales = [y for y in frame.years if self.kb.facts(self.main_figure_metric, str(y))]
        if len(with_target) != 1 or not (sales := [y for y in with_sales if y != with_target[0]]):
            return frame
        return replace(
            frame,
            metric=self.main_figure_metric,
            operation=Operation.GAP,
            sales_year=sales[0],
            target_year=with_target[0],
            unsupported="",
        )

    def _years_together_against_a_target(self, frame: Frame) -> Frame:
        """'Did they sell more in 2014 and 2015 combined than the original 2015 goal?': the years'
        total against that one target's number, never one year's gap to it."""
        if frame.operation is not Operation.GAP or not (frame.target_named and frame.yes_no):
            return frame
        if len(frame.all_years) < 2 or frame.quantities or frame.period_part or not SUMMED.search(frame.text):
            return frame
        if frame.calculation is not None:
            return frame  # ("more than the 2014 projection plus 30m?": a sum with the target)
        named = YEARS_TARGET.search(frame.text)
        if named is None or self.main_figure_metric is None:
            return frame
        short = frame.claims_short if frame.claims_short is not None else frame.claims_less or None
        if short is None and not COMPARATIVE.search(frame.text):
            return frame  # ("how did 2014 and 2015 together do against the goal?": no side said)
        year = named.group("y") or named.group("y2")
        facts = [f for f in self.kb.facts(frame.target_metric or "sales_target", year) if f.value is not None]
        values = {f.value for f in targets_named(frame.text, facts)}
        # the target's year is no year summed, unless named again ("2014 and 2015 ... the 2015 goal")
        sales_years = [y for y in frame.years if str(y) != year or frame.text.count(year) > 1]
        value = self._one_side_of_every_target(sales_years, values)
        if value is None:
            return frame  # ("the 2015 goal": 100 or 80 million, and the total between them)
        return replace(
            frame,
            operation=None,
            metric=self.main_figure_metric,
            threshold=("<" if short else ">", value),
            years=tuple(sales_years),
            target_named=False,
            target_metric="",
        )

    def _one_side_of_every_target(self, years: list[int], values: set[float]) -> float | None:
        """The target to check the years' total against: the one target, or, of several ("the 2015
        goal": 100 and 80 million), the nearest where every source's total is past them all or
        short of them all (so the yes or no holds of each); None where the total falls between."""
        if len(values) == 1:
            return next(iter(values))
        by_year = [
            [f.value for f in self.kb.facts(self.main_figure_metric, str(y)) if f.value] for y in years
        ]
        if not all(by_year):
            return None
        totals = [sum(combo) for combo in itertools.product(*by_year)]
        if all(t > max(values) for t in totals):
            return max(values)
        if all(t < min(values) for t in totals):
            return min(values)
        return None

    def _year_of_a_target_implied(self, frame: Frame) -> Frame:
        """'What growth did the revised 80 million target imply over 2014?', 'what growth does kevin
        wang's target imply?': the one year of the targets named by number, by who gave them or as
        the original or revised one, measured from the year asked (else the year before it)."""
        if not frame.target_implied or frame.target_year is not None:
            return frame
        years_facts = [facts for by_year in self.targets_by_year.values() for facts in by_year.values()]
        targets = [f for facts in years_facts for f in facts]
        if frame.quantities:
            targets = [t for t in targets if matches(t, frame.quantities[0])]
        if frame.quoted:
            targets = [t for t in targets if quotes_one_of(t, frame.quoted)]
        years = {int(t.period[:4]) for t in targets_named(frame.text, targets)}
        if len(years) != 1:
            return frame
        target_year = years.pop()
        sales_year = target_year - 1 if frame.sales_year is None else frame.sales_year
        if sales_year >= target_year:
            return frame  # ("what growth did the 2015 target imply over 2016?": not a rise it asked)
        return replace(frame, years=(sales_year, target_year), sales_year=sales_year, target_year=target_year)

    def _figure_someone_gave(self, frame: Frame) -> Frame:
        """'What's Kevin Wang's 2017 number?', 'kevin's figure': the one target he gave, as that
        target (so that "what's that as % growth over 2016?" measures it), not the facts about him."""
        if not frame.quoted or frame.operation or frame.strong_sales or not frame.sales_word:
            return frame
        names = {w for n in frame.quoted for w in n.split()}
        if not set(frame.content) <= names:
            return frame  # "what did kevin wang say about huawei's number": more than his figure
        given = [
            f
            for metric in self.target_metrics
            for f in self.kb.facts(metric)
            if f.value is not None and quotes_one_of(f, frame.quoted)
        ]
        years = {int(f.period[:4]) for f in given if f.period[:4].isdigit()}
        if len({f.metric for f in given}) != 1 or len(years) != 1 or not set(frame.years) <= years:
            return frame
        return replace(frame, metric=given[0].metric, years=tuple(years), content=(), topic_words=())

    def _either_target_without_sales(self, frame: Frame) -> Frame:
        """'is the 70m for 2017 sales or a target?': a year with no sales checks the target."""
        if not (frame.either_metric and frame.metric and frame.all_years):
            return frame
        if any(self.kb.facts(frame.metric, str(year)) for year in frame.all_years):
            return frame
        return replace(frame, metric=frame.either_metric)

    def _event_beside_its_year(self, frame: Frame) -> Frame:
        """'xiaomi's sales in 2010 when it was founded': the founding (and its "when") only says
        which year."""
        if not (frame.strong_sales and frame.years and frame.topics):
            return frame
        if not {self.event_years.get(t) for t in frame.topics} <= set(frame.years):
            return frame
        return replace(
            frame,
            topics=(),
            topic_words=(),
            asks=tuple(a for a in frame.asks if a is not Ask.WHEN),
            metric=frame.metric or self.main_figure_metric,
        )

    def _why_sales_fell(self, frame: Frame) -> Frame:
        """'why were sales lower?': the reasons for the years they fell, never the figures again;
        "why were the targets lower?" is about the targets, not this."""
        falling = frame.direction == "fall" or frame.claims_less
        if Ask.WHY not in frame.asks or frame.has_period or not falling:
            return frame
        if frame.metric and self._is_target(frame.metric):
            return frame
        # "why did xiaomi's valuation drop?", "the price of its phones", "why did the hype die down?":
        # that thing's fall, no fall of sales named
        something_else = frame.topics or (frame.topic_words and not frame.direction)
        if something_else and not (frame.metric or frame.sales_word):
            return frame
        figure = frame.metric or self.main_figure_metric
        fallen = self.composer.years_fallen(frame, figure) if figure else []
        return replace(frame, years=tuple(fallen), operation=None, metric=figure) if fallen else frame

    def _year_named_by_event_or_target(self, frame: Frame) -> Frame:
        """'the year the company was founded': that year; 'the year it set the 100m goal': that
        target's year; sales in it either way."""
        event_year = self._event_year(frame)
        if event_year:
            frame = replace(frame, years=(event_year,), topics=(), topic_words=(), relative_step=None)
            if (age := age_named(frame.text)) is not None:
                # "sales when it was 5 years old": the age is no number of sales, nor is "when" asked
                stray = tuple(n for n in frame.stray_numbers if n != str(age))
                asks = tuple(a for a in frame.asks if a is not Ask.WHEN)
                frame = replace(frame, stray_numbers=stray, asks=asks)
            return frame
        target_year = self._year_of_target_named(frame)
        if target_year is not None:
            return replace(
                frame, years=(target_year,), quantities=(), metric=self.main_figure_metric, yes_no=False
            )
        return frame

    def _years_named_by_their_figures(self, frame: Frame) -> Frame:
        """'How much more was 70m than 7.2m?', 'how much more was 2014 than the 7.2 million year?':
        each number the one year whose sales it was, set against the other (never the years asked
        before); the frame as it is unless every number names one year and two years result."""
        if frame.operation not in (Operation.COMPARE, Operation.CHANGE) or not frame.quantities:
            return frame
        if frame.yes_no or frame.target_named or not self.main_figure_metric:
            return frame
        if PERCENT_WORD.search(frame.text) and len(set(YEAR_WRITTEN.findall(frame.text))) < 2:
            return frame  # "how much more was 70m than 58m in percent?": the numbers' order, left as asked
        named = []
        for quantity in frame.quantities:
            years = {f.period for f in self.kb.facts(self.main_figure_metric) if matches(f, quantity)}
            if len(years) != 1 or not (year := years.pop()).isdigit():
                return frame
            named.append(int(year))
        written = [int(y) for y in YEAR_WRITTEN.findall(frame.text)]
        years = tuple(sorted({*written, *named}))
        if len(years) != 2:
            return frame
        return replace(frame, years=years, year_range=None, quantities=(), differences=(), stray_numbers=())

    def _year_an_age_is_asked_of(self, frame: Frame) -> Frame:
        """'How old was xiaomi in its worst sales year?', '... when it first sold over 50 million?',
        '... when its sales first fell?': the one year the figures name, whose age is then asked
        (the age of the year a fact gives, "five years old in 2015", is no answer to it)."""
        if not frame.age_asked or frame.all_years or len(frame.subjects) > 1 or not self.main_figure_metric:
            return frame
        if (
            BEST_SAID.search(frame.text) and WORST_SAID.search(frame.text)
        ) or ONE_EXTREME_FROM_ANOTHER.search(frame.text):
            return frame  # "its worst year since its best year": not one extreme alone
        year = self._year_named_by_the_figures(frame, self.main_figure_metric)
        if year is None:
            return frame
        return replace(
            frame,
            years=(year,),
            metric=None,
            operation=None,
            extreme="",
            superlative="",
            threshold=None,
            direction="",
            first_time=False,
            sells=False,
            sales_word=False,
            strong_sales=False,
            asks=tuple(a for a in frame.asks if a is not Ask.WHEN),
        )

    def _year_named_by_the_figures(self, frame: Frame, metric: str) -> int | None:
        """The best or worst year, the first year over a number, or the first year sales fell or
        rose: the one year every source agrees on, else None."""
        facts = yearly_values(self.kb.facts(metric, subjects=frame.subjects or None))
        yearly = {year: [f.value for f in found] for year, found in facts.items()}
        years = list(yearly)
        if frame.operation in EXTREMES:
            found = self.composer.extreme_years(replace(frame, years=()), metric)
            return (found[0] if frame.operation is Operation.BEST else found[1]) if found else None
        if frame.threshold and frame.threshold[0] == ">":
            over = [y for y in years if min(yearly[y]) > frame.threshold[1]]
            unsure = [y for y in years if max(yearly[y]) > frame.threshold[1] >= min(yearly[y])]
            first = over[0] if over else None
            return first if first is not None and not any(y < first for y in unsure) else None
        if frame.direction and FIRST_TIME_SAID.search(frame.text):
            parts_said = any(
                FIRST_TIME_SAID.search(f.statement) for f in self.kb.facts(metric) if f.value is None
            )
            if parts_said and not ANNUAL_SAID.search(frame.text):
                return None  # "q3 2015 sales dropped for the first time": a part of a year the totals miss
            rose = frame.direction == "rise"
            for before, after in itertools.pairwise(years):
                moved = {(b > a) if rose else (b < a) for a in yearly[before] for b in yearly[after]}
                if moved == {True}:
                    return after
                if moved != {False}:
                    return None  # the sources disagree whether it moved that year
        return None

    @staticmethod
    def _parts_making_up_a_year(frame: Frame) -> Frame:
        """'H1 plus H2 2015': the whole year; 'q1+q2 2015': the first half; 'average of H1 and H2
        2015', 'average half-year sales in 2015': the year spread over its halves (or quarters),
        never the last part named alone."""
        named = frozenset(frame.parts_named)
        half = next((h for h, quarters in HALF_IN_QUARTERS.items() if named == quarters), "")
        summed = frame.operation is Operation.TOTAL or PARTS_ADDED.search(frame.question.lower())
        if half and summed and len(frame.all_years) == 1:
            # "q1+q2 2015", "q3 and q4 2015 combined": that half of the year
            return replace(frame, period_part=half, parts_named=(half,), operation=None)
        if len(frame.all_years) != 1 or frame.operation not in (Operation.TOTAL, Operation.AVERAGE):
            return frame
        if WHOLE_YEAR_SAID.search(frame.text):
            return frame  # "the second half, combining the full-year and h1 numbers": a part from the year
        unit = next((u for u, parts in WHOLE_YEAR_IN_PARTS.items() if named == parts), "")
        if not unit and frame.operation is Operation.AVERAGE and HALF_YEAR_AVERAGED.search(frame.text):
            unit = "half"
        if not unit:
            return frame
        whole = replace(frame, period_part=None, parts_named=(), part_years=(), operation=None)
        if frame.operation is Operation.TOTAL:
            return whole
        if frame.per_unit:
            return whole  # "average monthly sales in h1 and h2 2015": the year, per month as asked
        return replace(whole, per_unit=unit, unsupported=f"per {unit}")

    def _years_without_an_extreme(self, frame: Frame) -> Frame:
        """'Average 2012-2016 without the worst year', 'total sales excluding the best year', and
        'average 2012-2016', 'and ignoring the worst year?': the years asked (every year, where none
        is) less the best or worst of them, for their total or average."""
        both = bool(frame.both_extremes)  # "average without the best and worst years": both left out
        if not (frame.extreme or both) or frame.period_part or not WITHOUT_AN_EXTREME.search(frame.text):
            return frame
        if {Ask.WHICH, Ask.WHEN} & set(frame.asks):
            return frame  # "which year was best, not counting the peak?": a year asked
        if BEFORE_THE_EXTREME.search(frame.text) or AFTER_THE_EXTREME.search(frame.text):
            return frame  # ("the years before the peak, without the worst": a span this does not read)
        if frame.operation in (Operation.TOTAL, Operation.AVERAGE):
            worked_out = frame.operation  # the last answer's, carried
        elif frame.operation in EXTREMES or both:
            worked_out = _summed_or_averaged(frame.text)
        else:
            return frame
        metric = frame.metric or self.main_figure_metric
        if worked_out is None or metric is None:
            return frame
        with_figures = self.composer.years_with_figures(frame, metric)
        every = with_figures
        if frame.year_range:
            every = [y for y in with_figures if frame.year_range[0] <= y <= frame.year_range[1]]
        elif len(frame.years) > 1:
            every = [y for y in with_figures if y in frame.years]
        outside = tuple(y for y in with_figures if y not in every)
        only_those = replace(frame, years=(), year_range=None, years_left_out=outside)
        found = self.composer.extreme_years(only_those, metric)
        if not found:
            return frame
        left_out = set(found) if both else {found[0] if frame.extreme == "best" else found[1]}
        years = tuple(y for y in every if y not in left_out)
        if not years:
            return frame
        plain = {"extreme": "", "superlative": "", "direction": "", "both_extremes": ""}
        plain |= {"year_range": None, "metric": metric}
        if len(years) == 1:  # ("2015 and 2016 without the best year": 2016's figure)
            return replace(frame, years=years, operation=None, **plain)
        return replace(frame, years=years, operation=worked_out, **plain)

    def _years_around_an_extreme(self, frame: Frame) -> Frame:
        """'Sum of 2012 and the peak year', 'the years before the peak combined', 'average of the
        best year and the year after': the best (or worst) year found, set among the years the words
        name, for their total or average; the frame as it is when nothing is summed or averaged."""
        if frame.operation not in EXTREMES or frame.both_extremes or frame.year_range or frame.period_part:
            return frame
        if AROUND_THE_EXTREME_UNSURE.search(frame.text) or frame.counted_years:
            return (
                frame  # "the year before the peak and the year after", "the two years after": left as asked
            )
        if BEST_SAID.search(frame.text) and WORST_SAID.search(frame.text):
            return frame  # "the worst year and the year after the peak": two extremes, read elsewhere
        worked_out = _summed_or_averaged(frame.text)
        # "how many in their best year and the year after?": the two years' figures, listed
        listed = None if worked_out or frame.yes_no else NEXT_TO_THE_EXTREME.search(frame.text)
        # "how many did they sell before their best year?": the years before it, as "before 2015" is
        # (never "the year after the peak", a step of one year)
        span = not (worked_out or listed or frame.yes_no or frame.all_years or frame.relative_step)
        span = span and frame.sells
        span = span and (BEFORE_THE_EXTREME.search(frame.text) or AFTER_THE_EXTREME.search(frame.text))
        metric = frame.metric or self.main_figure_metric
        found = (
            self.composer.extreme_years(replace(frame, years=()), metric)
            if (worked_out or listed or span) and metric
            else None
        )
        if not found:
            return frame
        year = found[0] if frame.operation is Operation.BEST else found[1]
        if span:
            before = BEFORE_THE_EXTREME.search(frame.text) is not None
            plain = replace(frame, operation=None, extreme="", superlative="", direction="")
            if RIGHT_NEXT_TO.search(frame.text):
                return replace(plain, years=(year - 1 if before else year + 1,))  # "right before": one year
            return replace(plain, until_year=year - 1) if before else replace(plain, since_year=year + 1)
        if listed:
            years = tuple(sorted({year, year + (-1 if listed.group("side") == "before" else 1)}))
            return replace(frame, years=years, operation=None, extreme="", superlative="", direction="")
        every = self.composer.years_with_figures(replace(frame, years=()), metric)
        if BEFORE_THE_EXTREME.search(frame.text):
            years = tuple(y for y in every if y < year)
        elif AFTER_THE_EXTREME.search(frame.text):
            years = tuple(y for y in every if y > year)
        elif next_to := NEXT_TO_THE_EXTREME.search(frame.text):
            years = tuple(sorted({year, year + (-1 if next_to.group("side") == "before" else 1)}))
        elif frame.all_years and year not in frame.all_years:
            years = tuple(sorted({*frame.all_years, year}))  # "2012 and the peak year"
        else:
            return frame  # "total of the best year": that year's figure
        if not years:
            return frame
        if len(years) == 1:  # "average sales after the best year": 2016 alone, its figure
            return replace(frame, years=years, operation=None, extreme="", superlative="", direction="")
        return replace(frame, years=years, operation=worked_out, extreme="", superlative="", direction="")

    def _year_named_by_a_fact(self, frame: Frame) -> Frame:
        """'Sales the year of the valuation', 'the year before the mi 6', 'the target the year they
        sold 61 million': the one year of the facts (or of the figure) the words after "the year"
        name, a step on where asked; the frame as it is where they name none, or several years."""
        named = YEAR_NAMED_BY.search(frame.text)
        if named is None or frame.has_period or not (frame.sells or frame.target_named):
            return frame
        if frame.stray_numbers or age_named(frame.text) is not None:
            return frame  # "the year it was 5 years old", "may 15": an age or a date, not looked up
        if NOTHING_ASKED_BEFORE.fullmatch(frame.text[: named.start()]):
            return frame  # "and the year they sold 70?" after "what year was that": the year asked
        rest = named.group("rest")
        year = self._year_of_a_figure(frame, rest) or self._year_of_facts(frame, rest)
        if year is None:
            return frame
        step = frame.relative_step or {"before": -1, "after": 1}.get(named.group("step") or "", 0)
        # "how many did they sell the year it set the 100m goal": sales, whatever the year's words name
        before = frame.text[: named.start()]
        sold_before = SOLD_IN_THE_REST.search(before) is not None and not PLANNED.search(before)
        metric = self.main_figure_metric if sold_before else frame.metric or self.main_figure_metric
        said = set(rest.split())
        # ("the year before it was top in china": "top" names the year, no best year is asked)
        extreme_named = frame.operation in EXTREMES and bool(said & set(frame.weak_words))
        return replace(
            frame,
            years=(year + step,),
            relative_step=None,
            metric=metric,
            operation=None if extreme_named else frame.operation,
            extreme="" if extreme_named else frame.extreme,
            topics=(),
            topic_words=(),
            scopes=(),
            quoted=(),
            quantities=(),
            asks=tuple(a for a in frame.asks if a not in (Ask.WHEN, Ask.SAID)),
            content=tuple(w for w in frame.content if w not in said),
        )

    def _year_of_a_figure(self, frame: Frame, rest: str) -> int | None:
        """'the year they sold 61 million': the one year whose sales figure that number is."""
        if len(frame.quantities) != 1 or not self.main_figure_metric or not SOLD_IN_THE_REST.search(rest):
            return None
        years = {
            int(f.period)
            for f in self.kb.facts(self.main_figure_metric)
            if f.period.isdigit() and matches(f, frame.quantities[0])
        }
        return years.pop() if len(years) == 1 else None

    def _year_of_facts(self, frame: Frame, rest: str) -> int | None:
        """'the year lei jun spoke in wuzhen', 'the year of the valuation': the one year of the facts
        that answer the words after "the year"."""
        words = tuple(w for w in frame.content if w in rest.split() and w not in frame.weak_words)
        if not words or any(t in self.event_years for t in frame.topics):
            return None  # ("the year it was founded": the year the founding's fact gives, not its own)
        found = self.facts.answer(FactQuery(words=words, subjects=frame.subjects, scopes=frame.scopes))
        # ("Jony Ive once called its designs theft": dated by the article that reports it, not when said)
        years = {
            int(f.period[:4])
            for f in found
            if f.period[:4].isdigit() and not UNDATED_PAST.search(f.statement)
        }
        return years.pop() if len(years) == 1 else None

    def _year_of_target_named(self, frame: Frame) -> int | None:
        """The year of the one target a sales question names by its number, to say which year it
        asks about: "sold ... the year it aimed for 100 million"."""
        if frame.has_period or len(frame.quantities) != 1 or not frame.strong_sales or not frame.metric:
            return None
        # ("sales in the year of the 100m goal": the year named by it, with "of")
        if not self._is_target(frame.metric) or not (
            EVENT_YEAR.search(frame.text) or YEAR_OF_A_THING.search(frame.text)
        ):
            return None
        years = {
            int(f.period[:4])
            for f in self.kb.facts(frame.metric)
            if f.value is not None and f.period[:4].isdigit() and matches(f, frame.quantities[0])
        }
        return years.pop() if len(years) == 1 else None

    def _event_year(self, frame: Frame) -> int | None:
        """The year a sales question names by an event whose fact is a year ("founded": 2010): the
        year it happened, or a number of years on from it ("three years after it was founded",
        "when it was five years old")."""
        if frame.has_period or not frame.sells:
            return None
        age = age_named(frame.text)
        aged = age is not None or AFTER_FOUNDING.search(frame.text) is not None
        # "when it was 5 years old": its founding; not "5 year old kids"
        event_metric = self._event_of(frame, alone=aged and not (frame.unknown or frame.scopes))
        if event_metric is None:
            return None
        event = self.event_years[event_metric]
        if age is not None:
            # ("when it was five years old, what did it sell the year before?": a step on from that)
            return event + age + (frame.relative_step or 0)
        if frame.relative_step and frame.relative_step > 0 and AFTER_THE_EVENT.search(frame.text):
            return event + frame.relative_step
        return event if EVENT_YEAR.search(frame.text) else None

    def _age_in_a_year(self, frame: Frame, metric: str | None) -> Answer | None:
        """'how old was xiaomi in 2016?', 'how many years after its founding was 2014?': the years
        from the event a company's age runs from to the one year asked."""
        # "was xiaomi five years old in 2014?": an age claimed, checked
        claimed = age_named(frame.text) if frame.yes_no and not frame.sells else None
        if not (frame.age_asked or claimed is not None) or frame.period_part or len(frame.subjects) > 1:
            return None
        if frame.unknown or frame.scopes:
            return None  # "how old was the mi 6?", "what age were its buyers?": no company's age
        # "when the 2017 article came out": as of that article's year; "when it sold 7.2 million":
        # the one year whose figure that was
        years = frame.all_years or ((frame.source_year,) if frame.source_year else ())
        if not years and len(frame.quantities) == 1 and self.main_figure_metric:
            figure = self.main_figure_metric
            found = {f.period for f in self.kb.facts(figure) if matches(f, frame.quantities[0])}
            years = tuple(int(p) for p in found if p.isdigit())
            if not found and frame.sells and self._company_age_asked(frame):
                # "how old was xiaomi the year it sold 100m?": no year sold that; what the number was
                unaged = replace(frame, metric=figure, age_asked=False, yes_no=False, topic_words=())
                return self.composer.compose(unaged, self.composer.intent("reverse", figure), 100.0)
        elif (frame.sells and not self._company_age_asked(frame)) or (frame.quantities and claimed is None):
            # "how many phones did it sell 3 years after founding?": a year's sales ("how old was it
            # the year it sold 70m?" asks its age, that year found by the figure)
            return None
        if len(years) != 1:
            return None
        if set(frame.content) & self.facts.person_words:
            return None  # "how old was lei jun in 2015?": a person's age, which no article gives
        event = self._event_of(frame, alone=True)  # "xiaomi's age when ...": the one event ages count from
        if event is None:
            return None
        return self.composer.age_in_year(frame, event, years[0], claimed_age=claimed)

    @staticmethod
    def _company_age_asked(frame: Frame) -> bool:
        """'How old was xiaomi the year it sold 70m?': the company's age asked outright, never a
        person's ("how old was the ceo the year it sold 70m?", which no article gives)."""
        return OLD_ASKED.search(frame.text) is not None and not PERSON_OF_AN_AGE.search(frame.text)

    def _event_of(self, frame: Frame, alone: bool) -> str | None:
        """The event metric a question names by its topic ("founded"); with `alone`, and no topic
        named, the one event the knowledge base has, when it has one."""
        named = next((t for t in frame.topics if t in self.event_years), None)
        if named or not alone or frame.topics or len(self.event_years) != 1:
            return named
        return next(iter(self.event_years))

    def _answer(self, frame: Frame, metric: str | None) -> Answer:
        """`metric`: the figure or target metric the frame is about, if any (from `route`).

        Each kind of question is tried in turn; the first that answers, answers."""
        steps = (
            self._declined_outright,
            self._time_between_events,  # (dated sides: whatever year or measure was carried to them)
            self._year_named_by_nothing_known,
            self._result_set_against,
            self._a_cut_never_made,
            self._a_cut_claimed_in_another_year,
            self._what_if,
            self._one_target_as_a_share_of_another,  # before a share of sales is worked out
            self._of_a_pace_or_share,
            self._money_per_unit_sold,
            self._between_the_sources,  # "how far apart are the articles on 2014?": not their list
            self._sources_agreeing,  # "do the articles agree on 2014?": not their list either
            self._about_the_articles,
            self._smalltalk,
            self._companies_in_order,
            self._leader_of_a_market,
            self._target_giver_checked,
            self._targets_combined,
            self._targets_compared,
            self._years_between,
            self._years_against_the_average,
            self._growths_compared,
            self._why_against_the_figures,
            self._age_in_a_year,
            self._closest_of_the_years_named,
            self._nearest_year_to_a_figure,
            self._figures_first,
            self._employer_not_given,
            self._from_the_facts,
            self._without_a_fact,
        )
        for step in steps:
            answer = step(frame, metric)
            if answer is not None:
                return answer
        return self._not_understood(frame)

    def _closest_of_the_years_named(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Which came closer to 70 million, 2014 or 2016?': of the years named, the one whose sales
        are nearest the number ("the 80m target, 2014 or 2015?" too); never two targets set apart."""
        if not CLOSEST_TO.search(frame.text) or len(frame.quantities) != 1 or len(frame.all_years) < 2:
            return None
        if frame.period_part or len(frame.subjects) > 1 or frame.target_named:
            return None  # ("which year's target came closer to 90m?": targets, said as before)
        figures = metric if metric and not self._is_target(metric) else self.main_figure_metric
        return self.composer.closest_of_years(frame, figures) if figures else None

    def _nearest_year_to_a_figure(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Which year came closest to the 80m goal?', 'which year's sales were nearest h1 2015?',
        'what year had sales most like 2013?': the year whose sales are nearest a number (a target's
        too: sales are what came close to it), or another period's figure (never that year itself)."""
        if not frame.nearest_asked or self.main_figure_metric is None:
            return None
        figures = metric if metric and not self._is_target(metric) else self.main_figure_metric
        if len(frame.quantities) == 1 and not frame.years:
            return self.composer.nearest_year(frame, figures, list(frame.quantities), None)
        # ("apart from 2016, which year was most like 2016?": that year, left out of the search)
        years = frame.years or frame.years_left_out
        if len(years) != 1 or frame.quantities:
            return None  # (a step after the reading took a year out or put a number in)
        year = years[0]
        period = f"{year}-{frame.period_part}" if frame.period_part else str(year)
        values = [f.value for f in self.kb.facts(figures, period) if f.value is not None]
        if not values:
            return self.composer.no_period(frame, self.composer.intent("figure", figures), [period])
        return self.composer.nearest_year(frame, figures, values, None if frame.period_part else year)

    def _year_named_by_nothing_known(self, frame: Frame, metric: str | None) -> Answer | None:
        """'How many did they sell the year my son was born?': a year named by something no fact
        dates is no year the figures can be given for (never every year's figure instead)."""
        named = YEAR_NAMED_BY.search(frame.text)
        if named is None or frame.has_period or not frame.sells or frame.operation is not None:
            return None
        if {Ask.WHEN, Ask.WHICH} & set(frame.asks) or frame.quantities or frame.threshold:
            return None  # "what was the year they sold the most?", "the year they sold 61 million"
        if frame.target_named:
            return None  # "the year of the big goal": a target's year, looked up
        rest = named.group("rest").split()
        if len(rest) < 2 or rest[0] == "last" or ARTICLE_NAMED.search(named.group("rest")):
            return None  # "the year after?", "the year before it", "before last", "before the 2017 article"
        if rest[0] == "it" and frame.names_source:
            return None  # "according to the 2017 piece, ... the year before it was written": that piece
        as_written = re.search(YEAR_NAMED_BY.pattern, frame.question, re.IGNORECASE)  # its own capitals
        said = (as_written or named).group("rest").strip(" ?.!")
        return self._decline(frame, f"I can't tell from the articles which year \u201c{said}\u201d is.")

    def _result_set_against(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Growth 2013 to 2015', 'is that bigger than 2012's sales?': the worked-out figure against
        the one named; where either side has no figure, said so, never the years compared again."""
        if frame.result_of is None or metric is None:
            return None
        answer = self.composer.result_against(frame, metric)
        if answer is not None:
            return answer
        return self._decline(
            frame, "I can't set that figure against what you named: the articles lack one of them."
        )

    def _a_cut_never_made(self, frame: Frame, metric: str | None) -> Answer | None:
        """'What's the 2017 target?', 'by how many phones was it cut?': a year with one target saw no
        cut, and none is worked out from its distance to the sales."""
        if not frame.revised or frame.metric not in self.target_metrics or len(frame.all_years) != 1:
            return None
        if frame.yes_no or frame.quantities or len(TARGET_NAMES.findall(frame.text)) > 1:
            return None  # ("the 2017 target vs the revised one": two targets set against each other)
        year = frame.all_years[0]
        targets = [f for f in self.kb.facts(frame.metric, str(year)) if f.value is not None]
        if len(targets) != 1:
            return None
        label = self.kb.metrics[frame.metric].label
        said = wording.number(targets[0].value)
        return self._decline(frame, f"The articles give one {label} for {year}, {said}, and no cut of it.")

    def _a_cut_claimed_in_another_year(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Did lei jun trim the target to 80 million in march 2014?': a cut claimed in a year that
        had one target or none, where the articles give the cut of another year's: no, with that cut."""
        if not (frame.yes_no and frame.revised and frame.direction == "fall") or len(frame.all_years) != 1:
            return None
        if not CUT_CLAIMED.search(frame.text):
            return None  # ("was the 2014 projection too low?": no cut claimed)
        if frame.metric not in self.target_metrics or frame.operation is not Operation.CHANGE:
            return None
        year = frame.all_years[0]
        if len([f for f in self.kb.facts(frame.metric, str(year)) if f.value is not None]) > 1:
            return None  # (that year's target was cut: the claim is checked there)
        cut = [
            facts
            for facts in self.targets_by_year.get(frame.metric, {}).values()
            if len([f for f in facts if f.value is not None]) > 1
        ]
        if len(cut) != 1:
            return None
        revised = [f for f in targets_named("the revised target", cut[0]) if f.value is not None]
        if not revised or revised == cut[0]:
            return None
        cut_year = revised[0].period[:4]
        own = [f for f in self.kb.facts(frame.metric, str(year)) if f.value is not None]
        given = f" The {year} target they give is {wording.number(own[0].value)}." if own else ""
        told = replace(frame, quantities=(), yes_no=False, years=(int(cut_year),), year_range=None)
        if not (frame.quantities or MONTH_SAID.search(frame.text)):
            # "was the 2017 target cut?": no cut is given, which is not the same as none made
            lead = f"The articles give no cut of a {year} target, only one of the {cut_year} target.{given}"
            answer = self.composer.facts_answer(told, revised, 100.0, lead)
            return replace(answer, answered=False, kind=AnswerKind.DECLINED)
        # "did lei jun trim the target to 80 million in march 2014?": the cut they give was of 2015
        lead = f"No: the articles give a cut of the {cut_year} target, not of a {year} one.{given}"
        return self.composer.facts_answer(told, revised, 100.0, lead)

    def _counted_by_another_deed(self, frame: Frame, metric: str | None) -> bool:
        """'How many xiaomi phones were hacked in 2015?', '... caught fire?': phones counted with a
        word no fact knows and no word of selling, so not the phones sold."""
        if Ask.HOW_MANY not in frame.asks or not frame.unknown or metric not in self.figure_metrics:
            return False
        if frame.sales_word or frame.strong_sales or frame.yes_no or frame.quantities:
            return False
        deed = PHONES_COUNTED_BY_A_DEED.search(frame.text)
        if deed is None or deed.group("deed") not in frame.unknown:
            return False
        word = deed.group("deed")
        # a verb of what befell them ("exploded", "were hacked", "caught fire") or something they had
        # ("had battery problems"), never a word of selling said otherwise ("were snapped up",
        # "ordered") nor an adverb ("reportedly")
        had = deed.group("aux") in ("have", "had", "got") and not word.endswith("ly")
        return (word.endswith("ed") or word in BEFELL_WORDS or had) and word not in SOLD_WORDS

    def _declined_outright(self, frame: Frame, metric: str | None) -> Answer | None:
        """Declined whatever else is asked: another language, or an article, topic, market or metric
        the knowledge base lacks."""
        if frame.foreign:
            return self._decline(frame, f"I understand questions in English. Try: \u201c{self.example}\u201d")
        mixed = [t for t in frame.topics if t in self.kb.metrics and self.kb.metrics[t].kind == "fact"]
        if (
            frame.operation is Operation.RATIO
            and mixed
            and frame.all_years
            and (frame.metric or frame.sales_word)
        ):
            # "xiaomi's valuation divided by 2015 sales": a sum of money over the units sold, worked
            # out; any other company fact over a year's figure is no ratio the bot works out
            # ("how many times its 2015 sales is the valuation?" sets dollars against phones: declined)
            if per_unit := self._money_per_unit_sold(frame, metric):
                return per_unit
            label = self.kb.metrics[mixed[0]].label
            return self._decline(
                frame, f"I can't divide the {label} by a year's figures: the articles give no such ratio."
            )
        if frame.owner_of:
            # "who is kevin wang?", "what's his company worth?": the facts name no company of his
            name = frame.owner_of.title()
            return self._decline(frame, f"The articles don't say which company {name} works for.")
        if self.composer.chosen_sources(frame) == frozenset():
            # "according to the 2016 article": there is none; say which there are
            years = sorted({s.date[:4] for s in self.kb.sources})
            return self._decline(
                frame,
                f"I have no article of {frame.source_year}: my articles are from {wording.listing(years)}.",
            )
        if frame.offtopic:
            return self._decline(
                frame, f"I don't know about {frame.offtopic}. I know {self.composer.summary(short=True)}"
            )
        if frame.topics and not frame.metric and FACT_FORECAST.search(frame.text) and frame.relative_step:
            # "what will xiaomi's valuation be next year?": what the facts say is of their day
            return self._decline(
                frame, f"The articles don't forecast that. I know {self.composer.summary(short=True)}"
            )
        if model := self._model_not_named(frame):
            # "what is the price of an iphone 7?": the articles say nothing of one model
            summary = self.composer.summary(short=True)
            return self._decline(frame, f"The articles don't name the {model}. I know {summary}")
        if frame.market:
            return self._decline(
                frame,
                f"I don't have {frame.market}. I know {self.composer.summary(short=True)}",
                suggestions=True,
            )
        if self._counted_by_another_deed(frame, metric):
            # "how many xiaomi phones caught fire in 2015?": phones counted, but not the ones sold
            subject = (frame.subjects or (self.composer.main_subject,))[0]
            label = f"{wording.possessive(subject)} {self.kb.metrics[metric].label}"
            words = " ".join(frame.unknown)
            said = f"The articles give {label}; they say nothing of \u201c{words}\u201d."
            return self._decline(frame, said)
        # a figure asked ("which other company sold 70m in 2015?"); "other than xiaomi, which brands
        # sell in china?" asks the facts, and "who else pushed lei jun?" asks of a person
        counted = {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks)
        figure_asked = frame.quantities or frame.has_period or counted or frame.operation
        named_person = set(frame.content) & self.facts.person_words
        # ("xiaomi sales 2015", "what about the cupertino company?": the figure carried is asked of it)
        # ("... its rivals, who is ahead now?" asks who, a fact)
        # (with two companies' figures, "what about the other company?" is the other one of them)
        carried = frame.others_asked and frame.metric
        carried = carried and not {Ask.WHO, Ask.WHICH, Ask.WHERE} & set(frame.asks)
        carried = carried and len(self.composer.subjects_with_figures()) == 1
        if frame.others_asked and (frame.sells or carried) and figure_asked and not named_person:
            # "which company besides xiaomi sold 18.7m in 2013?": no other company's figure is known
            named = wording.listing([wording.possessive(s) for s in self.composer.subjects_with_figures()])
            return self._decline(frame, f"The articles give no other company's figures: I only have {named}.")
        # ("what do you think the 2015 target was?" asks the fact, however it is put)
        if frame.smalltalk == "opinion" and not _asked_of_what_was(frame.text):
            # "what do you personally think of lei jun?", "your own prediction for 2017?"
            return self._decline(frame, SMALLTALK_OPENINGS["opinion"], kind=AnswerKind.ABOUT_BOT)
        if frame.smalltalk == "the_bot":
            # "how old are you?", "are you made by xiaomi?": the bot itself, whatever else it names
            return self._chatter(replace(frame, smalltalk="about_bot"))
        if frame.absent and (spoken := self._absent_spoken_of(frame)):
            return self.composer.facts_answer(frame, spoken, 100.0, self._verdict(frame, spoken))
        if frame.absent:
            return self._decline(
                frame,
                f"I don't have {self._whose(frame, people=True)} {frame.absent}. "
                f"I know {self.composer.summary(short=True)}",
                suggestions=True,
            )
        speaker = SPEAKER.search(frame.text)
        if speaker and (nobody := self._speaker_never_quoted(frame, speaker)):
            if speaker.group("judged") and (said := self.facts.answer(self._facts_query(frame))):
                # "what did tim cook call xiaomi's designs?": nobody of that name, and who did
                return self._declined_beside(frame, nobody, said[:1])
            return self._decline(frame, nobody)
        if frame.unknown_measure:
            known = wording.listing(self._figure_labels(), "and")
            return self._decline(
                frame,
                f"I don't have {self._whose(frame)} {frame.unknown_measure} figures: I have {known}.",
                suggestions=True,
            )
        return None

    @functools.cached_property
    def every_fact(self) -> list[Fact]:
        """Every fact of every metric, read the first time a question needs them all ("which article
        mentions huawei?"), never at start-up."""
        return [f for m in self.kb.metrics for f in self.kb.facts(m)]

    @functools.cached_property
    def quoting_facts(self) -> list[Fact]:
        """The facts that quote someone: "what did huawei say?" asks of a speaker."""
        return [f for f in self.every_fact if f.quoted]

    @functools.cached_property
    def quoted_texts(self) -> list[str]:
        return [f.quoted.lower() for f in self.quoting_facts]

    @functools.cached_property
    def every_fact_text(self) -> str:
        """Every fact's words, lower case: what "is this said anywhere?" is checked against."""
        return " ".join(f"{f.statement} {f.sentence} {f.quoted}" for f in self.every_fact).lower()

    def _said_in_a_fact(self, words: str) -> bool:
        return re.search(rf"\b{re.escape(words.lower())}\b", self.every_fact_text) is not None

    def _articles_naming(self, frame: Frame) -> Answer | None:
        """'Which article mentions huawei?', 'does the 2015 article mention oppo?': the articles whose
        facts name that company, product or person, with what they say; None unless one such name
        is asked about and the articles are."""
        if not (MENTIONED.search(frame.text) and ARTICLE.search(frame.text)):
            return None
        if not (WHICH_ARTICLE.search(frame.text) or frame.yes_no or MENTION_CHECKED.match(frame.text)):
            return None  # "which competitors does the 2015 article name?": what it names, not where
        main = self.composer.main_subject
        names = [*(s for s in frame.subjects if s != main), *frame.scopes, *(q.title() for q in frame.quoted)]
        # ("which article mentions jonathan ive?": a known name mistyped is no name of its own)
        after = MENTIONED.search(frame.text)
        object_said = re.sub(r"^(?:the |a |an )|\W+$", "", frame.text[after.end() :].strip()) if after else ""
        unknown = not names and len(frame.unknown) == 1 and object_said == frame.unknown[0]
        if unknown:
            # "does either article mention idc?": a name the bot does not know, as the question writes it
            written = re.search(rf"\b{re.escape(frame.unknown[0])}\b", frame.question, re.IGNORECASE)
            names = [written.group(0) if written else frame.unknown[0]]
        if len(names) != 1:
            return None
        name = names[0]
        # as written ("US" is no "us" in a quote), but a source quoted by its name in any case ("techinasia")
        flags = re.IGNORECASE if unknown or name.lower() in frame.quoted else 0
        said = re.compile(rf"\b{re.escape(name)}\b", flags)
        facts = [
            f
            for f in self.every_fact
            if name in f.subjects or said.search(f"{f.statement} {f.sentence} {f.quoted}")
        ]
        articles = sorted({f.source for f in facts}, key=lambda s: self.kb.source(s).date)
        chosen = self.composer.chosen_sources(frame)
        if not articles:
            return self._decline(frame, f"I find no mention of {name} in what the articles say.")
        which = wording.listing([f"the {self.kb.source(s).date[:4]} article" for s in articles])
        lead = f"{name} is named in {which}."
        if chosen and chosen & set(articles):
            lead = f"Yes. {lead}"
        elif chosen:
            lead = f"No: {name} is named only in {which}."
        return self.composer.facts_answer(frame, facts, 100.0, lead)

    def _speaker_never_quoted(self, frame: Frame, speaker: re.Match) -> str:
        """'What did huawei say about xiaomi?', 'did tim cook say anything?': a speaker (`speaker`,
        SPEAKER's match) no fact quotes is told so, not answered with what others said of the company;
        'what did lei jun say about the mi 6?': a person quoted, but never on the place or product asked."""
        if NOT_A_SPEAKER.search(speaker.group("who")):
            return ""
        if Ask.SAID not in frame.asks and not (speaker.group("judged") and not frame.yes_no):
            return ""  # ("what did tim cook call xiaomi's designs?" asks what he said, too)
        who = speaker.group("who")
        named = set(who.split())
        if not any(
            re.search(rf"\b{re.escape(who)}\b", quoted)
            or named & set(re.findall(r"\w+", quoted))
            or who in _initials_of(quoted)
            for quoted in self.quoted_texts
        ):
            company = next((s for s in frame.subjects if s.lower() == who), "")
            named = f"from {company}" if company else f"named {who.title()}"
            return f"The articles quote nobody {named}: I can't say what they said."
        quoting = [f for f in self.quoting_facts if who in f.quoted.lower()]
        # the place or product said after "about" in this question, not one carried from before
        about = [
            s
            for s in frame.scopes
            if re.search(rf"\babout (?:the |its |their )?{re.escape(s.lower())}\b", frame.text)
        ]
        if about and quoting and not any(mentions(f, about) for f in quoting):
            return f"The articles don't quote {who.title()} on the {wording.listing(about)}."
        return ""

    def _time_between_events(self, frame: Frame, metric: str | None) -> Answer | None:
        """'How many months between the march cut and the july announcement?', 'how many days from
        the 2017 article to april 18?': each side's date, written in the question, an article's own
        or the one its fact gives, and the time between them; None unless both sides have a month."""
        asked = EVENT_SPAN_ASKED.search(frame.text)
        sides = SPAN_SIDES.search(frame.text, asked.end()) if asked else None
        if sides is None:
            return None
        year = frame.all_years[0] if len(set(frame.all_years)) == 1 else None
        first_side = self._date_of_a_side(sides["a"], year)
        # ("from the 2017 article to april 18": a side with no year is of the other side's year)
        second_side = self._date_of_a_side(sides["b"], year or (first_side[0].year if first_side else None))
        if first_side is None and second_side is not None:
            first_side = self._date_of_a_side(sides["a"], second_side[0].year)
        found = [first_side, second_side]
        if None in found:
            return None
        (first, first_fact, first_source), (second, second_fact, second_source) = found
        # ("how long ...?": in days where both sides give one, else in months; "in years and months")
        said_in_unit = IN_A_UNIT.search(frame.text)
        unit = asked["unit"] or (said_in_unit["unit"] + "s" if said_in_unit else "")
        unit = unit or ("days" if first.day and second.day else "months")
        in_years_and_months = said_in_unit is not None and said_in_unit["and_months"] is not None
        span = time_between(first, second, unit)
        if span is None:
            return None
        amount, said_in = span
        if not amount:
            return None  # ("from the 2017 article to the mi 6 launch": april to april, no span worth saying)
        number = wording.number(round(amount, 1))
        unit_said = said_in[:-1] if number == "1" else said_in
        if in_years_and_months:
            months = int(round(amount * 12)) if said_in == "years" else int(amount)
            years, rest = divmod(months, 12)
            unit_said, number = (
                f"year{'s' if years != 1 else ''} and {rest} month{'s' if rest != 1 else ''}",
                str(years),
            )
        lead = f"From {first.said()} to {second.said()} is {number} {unit_said}."
        if said_in != unit:
            # ("how many days ...?" of months alone: counted in months, and said why)
            which = "either" if not (first.day or second.day) else "one"
            lead += f" The articles give no day for {which} of them, so I count months."
        facts = [f for f in (first_fact, second_fact) if f is not None]
        told = replace(frame, quantities=(), years=(), year_range=None, yes_no=False, operation=None)
        dated_by = tuple(s for s in (first_source, second_source) if s)  # an article's own date
        if not facts:
            return self.composer.said_plainly(told, lead, *dated_by)
        return self.composer.facts_answer(told, list(dict.fromkeys(facts)), 100.0, lead)

    def _date_of_a_side(self, side: str, year: int | None) -> tuple[Date, Fact | None, str] | None:
        """The date one side of a span names: an article's ("the 2017 article", "when the piece came
        out"), the one a fact of its words gives ("the march cut"), or one written ("april 18")."""
        if PART_OF_A_YEAR_NAMED.search(side):
            return None  # ("q2 2015": a quarter, no one date)
        if ARTICLE.search(side):
            written = YEAR_WRITTEN_IN.search(side)
            sources = [s for s in self.kb.sources if written is None or s.date[:4] == written.group()]
            dated = [d for s in sources if (d := date_of_iso(s.date)) is not None]
            return (dated[0], None, sources[0].id) if len(dated) == 1 and len(sources) == 1 else None
        written = date_in(side, year)
        words = tuple(w for w in re.findall(r"[a-z0-9']+", side) if w not in STOPWORDS)
        event_words = [w for w in words if not (w.isdigit() or w in DATE_WORDS)]
        if not event_words:
            return (written, None, "") if written else None  # "april 18", "march 2015": the date itself
        facts = self.facts.answer(FactQuery(words, main_subject=self.composer.main_subject))
        for fact in facts[:1]:
            of_year = int(fact.period[:4]) if fact.period[:4].isdigit() else None
            dated = date_in(fact.statement) or date_in(fact.sentence, of_year)
            same = written is None or (written.month == dated.month and written.year in (dated.year, year))
            if dated and same:
                return dated, fact, ""
        return None

    def _years_between(self, frame: Frame, metric: str | None) -> Answer | None:
        """'How many years between 2012 and 2015?', 'between their best and worst year?', 'did it
        take to go from 7.2m to 70m?': the years from one to the other, where each is one year."""
        # ("how many years after 2012 was the best year?": from that year to the extreme one)
        to_an_extreme = frame.operation in EXTREMES and SPAN_TO_A_YEAR_ASKED.search(frame.text)
        if metric != self.main_figure_metric or not (SPAN_OF_YEARS_ASKED.search(frame.text) or to_an_extreme):
            return None
        if frame.operation not in (None, Operation.BEST, Operation.WORST) or frame.threshold:
            return None  # ("how many years between 2012 and 2015 did sales grow?": years counted)
        # ("how many years did xiaomi sell phones between 2012 and 2016?": years counted, but "how many
        # years did it take to get from the first number to the second?" a span)
        counted = frame.sales_word and not TIME_TAKEN.search(frame.text)
        if frame.period_part or frame.age_asked or frame.target_named or counted:
            return None
        if frame.yes_no and not SPAN_ASKED_FIRST.match(frame.text):
            return None  # ("how long did it take them to get from 18.7m to 61m?" asks, claims nothing)
        years = set(frame.year_range or frame.all_years)  # ("between 2012 and 2015": its two ends)
        if to_an_extreme and not frame.quantities:
            # (the extreme of the years after or before the one named, counted from that year)
            extremes = self.composer.extreme_years(frame, metric)
            if extremes is None:
                return None
            named, extreme = (
                int(to_an_extreme.group("y")),
                extremes[0 if frame.operation is Operation.BEST else 1],
            )
            ends = (min(named, extreme), max(named, extreme))
        elif len(years) == 2 and not frame.quantities:
            return self.composer.years_between(frame, metric, (min(years), max(years)), with_figures=False)
        elif frame.both_extremes and not years and not frame.quantities:
            ends = self.composer.extreme_years(frame, metric)
        elif len(years) == 1 and frame.operation in EXTREMES and not frame.quantities:
            # "how many years between 2012 and their best year?": the year named to the extreme one
            extremes = self.composer.extreme_years(replace(frame, years=(), year_range=None), metric)
            if extremes is None:
                return None
            named, extreme = years.pop(), extremes[0 if frame.operation is Operation.BEST else 1]
            ends = (min(named, extreme), max(named, extreme))
        elif len(frame.quantities) == 2:
            # "from 7.2m to 70m": the year whose figure each number is, one each
            named = [
                {int(f.period) for f in self.kb.facts(metric) if f.period.isdigit() and matches(f, q)}
                for q in frame.quantities
            ]
            ends = (named[0].pop(), named[1].pop()) if all(len(n) == 1 for n in named) else None
            if ends is not None and not years <= set(ends):
                return None  # ("from 7.2m in 2013": a year that number is not the figure of)
            if ends is not None and ends[0] > ends[1]:
                return None  # ("from 58m to 70m": 2016 to 2015 runs back in time, no span it took)
        else:
            return None
        if ends is None or ends[0] == ends[1]:
            return None
        return self.composer.years_between(frame, metric, ends, with_figures=True)

    def _years_against_the_average(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Which years were above the average?': the years on that side of it."""
        figure = metric if metric and not self._is_target(metric) else self.main_figure_metric
        return self.composer.years_against_the_average(frame, figure) if figure else None

    def _target_giver_checked(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Did kevin wang set the 80m target?': who gave a target, checked."""
        return self.composer.target_giver_checked(frame)

    def _targets_combined(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Add up the 2014 projection and the revised 2015 target': targets summed or averaged."""
        return self.composer.targets_combined(frame) if frame.target_named and frame.target_metric else None

    def _targets_compared(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Is the 100m goal more than the 80m target?': targets against each other, no sales."""
        return self.composer.targets_compared(frame)

    def _one_target_as_a_share_of_another(self, frame: Frame, metric: str | None) -> Answer | None:
        """'The 2014 projection was what % of the 2015 goal?': every year named is a target's and no
        sales are named, so one target is measured against the other, never a year's sales."""
        whole = SHARE_OF_A_YEARS_TARGET.search(frame.text)
        if whole is None or not frame.target_metric or frame.sales_word or (frame.yes_no and not frame.asks):
            return None
        years = set(frame.years)
        named = {int(m.group("y") or m.group("y2")) for m in YEARS_TARGET.finditer(frame.text)}
        if len(years) != 2 or named != years or frame.period_part:
            return None
        whole_year = int(whole.group("y") or whole.group("y2"))
        part_year = next(y for y in years if y != whole_year)
        return self.composer.target_as_a_share(frame, part_year, whole_year)

    def _why_against_the_figures(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Why did sales rise in 2016?': a premise the figures refute is said to be wrong first."""
        if not metric or Ask.WHY not in frame.asks or self._is_target(metric):
            return None
        reasons = self.facts.reasons(self._facts_query(frame), frame.all_years, True)
        outright = WHY_ASKED_OUTRIGHT.search(frame.text) is not None
        return self.composer.premise_refuted(frame, metric, reasons, outright)

    def _growths_compared(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Did growth slow in 2015?': one year's change against another's."""
        figure = metric if metric and not self._is_target(metric) else self.main_figure_metric
        return self.composer.growths_compared(frame, figure) if figure else None

    def _what_if(self, frame: Frame, metric: str | None) -> Answer | None:
        """'If they had sold 80m in 2015, what would the total be?': a figure no article reports,
        declined rather than answered with the real figures as if they were the what-if's."""
        if not frame.supposed:
            return None
        supposed = frame.supposed_figure
        reported = (
            self.composer.years_with_figures(frame, self.main_figure_metric)
            if self.main_figure_metric
            else []
        )
        if supposed and supposed[0] in reported and (not frame.all_years or supposed[0] in frame.all_years):
            return None  # "if 2012 was 10m, the 2012-2016 total?": worked out with that year swapped
        return self._decline(
            frame,
            "That's a what-if: I only work from the figures the articles report. I can say how far a "
            "year's figure is from a number, e.g. \u201chow far was 2016 from 70 million?\u201d",
        )

    def _money_per_unit_sold(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Xiaomi's valuation per phone sold in 2015': a sum of money over one year's units sold."""
        if not frame.per_unit_sold or not self.main_figure_metric:
            return None
        money = [t for t in frame.topics if t in self.kb.metrics]
        if len(money) != 1:
            return None
        return self.composer.money_per_unit_sold(frame, money[0], self.main_figure_metric)

    def _of_a_pace_or_share(self, frame: Frame, metric: str | None) -> Answer | None:
        """A half's pace carried to the year, a part's share of a whole; any other calculation is declined."""
        paced_metric = metric or self.main_figure_metric
        # "on pace in h1 2015 to hit its target?": the pace against that year's targets
        target_asked = not frame.quantities and (
            frame.operation is Operation.GAP or (frame.metric is not None and self._is_target(frame.metric))
        )
        targets = self._targets_of_the_year(frame) if target_asked else ()
        paced = frame.at_pace and paced_metric and (targets or not target_asked)
        if paced and (paced := self.composer.at_the_parts_pace(frame, paced_metric, targets)):
            return paced  # "if xiaomi had kept its first-half 2015 pace all year, how many?"
        # "percent of the year"; but "how much of the target was left?" is what remained, no share
        share_asked = bool(SHARE_WORDS.search(frame.unsupported)) and not LEFT_OVER.search(frame.text)
        # "was h1 2015 about half of 2015?": a part of a year, claimed as a fraction of it
        # ("is that more than half the 80m target?" after the first half: a fraction of the target)
        fraction = FRACTION_OF.search(frame.unsupported) or (
            frame.target_named and FRACTION_THE.search(frame.text)
        )
        share_asked = share_asked or bool(frame.period_part and fraction)
        # "what fraction came in h1?" after 2015's sales: the part's share of its year
        # ("what percent did sales grow in h1 2015?" asks a change; "share of the market" no part's)
        part_share = frame.period_part and len(frame.all_years) == 1 and not frame.direction
        part_share = part_share and "market" not in frame.text
        share_asked = share_asked or bool(part_share and SHARE_OF_A_PART_ASKED.search(frame.text))
        # "h1 2015 divided by 2015": a part of a year over that whole year is its share
        # ("h2 2015 vs h1 2015 ratio" sets two halves side by side, no part over the year)
        share_asked = share_asked or (
            frame.operation is Operation.RATIO
            and bool(frame.period_part)
            and len(frame.all_years) == 1
            and len(set(frame.parts_named)) < 2
        )
        figure = self.main_figure_metric
        if share_asked and figure and (share := self.composer.share_of_target(frame, figure)):
            return share  # "what fraction of the 80m target is that?" after the first half
        if share_asked and frame.operation is Operation.GAP and frame.target_named:
            return None  # "what share of the target did they hit?": each year's target says how far
        of_a_target = frame.target_named or (metric is not None and self._is_target(metric))  # "of it"
        left_over = of_a_target and LEFT_OVER.search(frame.text)
        if left_over and figure and (rest := self.composer.rest_to_target(frame, figure)):
            return rest  # "how much of the 80m target was left after h1?": the target less the half
        if share_asked and metric and (share := self.composer.share_of_year(frame, metric)):
            return share  # "what fraction of 2015 came in the first half?": the part over the whole
        # "is 2015 more than a third of the 2012-2016 total?": a year beside a range, a fraction claimed
        share_asked = share_asked or bool(
            frame.year_range and frame.beside_range and FRACTION_OF.search(frame.text)
        )
        if share_asked and metric and (share := self.composer.share_of_range(frame, metric)):
            return share  # "what % of the 2012-2016 total was 2015?"
        if share_asked and metric and (share := self.composer.share_of_years(frame, metric)):
            return share  # "2015's share of 2014 and 2015 combined"
        if share_asked and metric and (against := self._share_of_an_extreme_year(frame, metric)):
            return against  # "2016 as % of the best year": that year over the best one
        if share_asked and metric and (share := self.composer.share_of_other_year(frame, metric)):
            return share  # "2016 sales were what % of 2015's?": one year over another
        measured = frame.operation in (Operation.CHANGE, Operation.COMPARE) and metric
        if measured and (against := self.composer.percent_against_a_later_year(frame, metric)):
            return against  # "by what percent was 2015 above 2016?": against 2016, not 2015's change
        if (
            frame.calculation is not None
            and metric
            and not frame.yes_no
            and CALCULATION_OF_A_CHANGE.search(frame.text)
        ):
            # "half of the 2016 drop", "the 2013-2014 gap, halved": worked into the change, never
            # into a year's own figure
            changed = frame.operation is Operation.CHANGE
            if changed and (change := self.composer.calculated_change(frame, metric)):
                return change
            return self._decline(frame, ONLY_A_CHANGE_IN_FIGURES)
        if frame.calculation is not None and metric:
            if len(frame.all_years) != 1:
                one_at_a_time = "I can work a number into one year's figure at a time: which year?"
                return self._decline(frame, one_at_a_time)
            if calculated := self.composer.calculated(frame, metric):
                return calculated  # "double that", "half of 2014's sales", "minus 10 million"
        if frame.unsupported:
            return self._decline(
                frame,
                f"I can't work out \u201c{frame.unsupported}\u201d from the figures. I can give each year's "
                "figure, changes, totals, averages, the best and worst years and how far from a target.",
                suggestions=True,
            )
        return None

    def _about_the_articles(self, frame: Frame, metric: str | None) -> Answer | None:
        """The articles themselves: their dates, which says what, whom they quote, the chart of
        their figures."""
        if named := self._articles_naming(frame):
            return named
        order = ARTICLE_ORDER_ASKED.search(frame.text) if ARTICLE.search(frame.text) else None
        if order is not None and not frame.names_source:
            # "which article is older?", "which of the two came out later?": by their dates
            return self.composer.article_by_date(frame, newest=order.group("new") is not None)
        if self._asks_article_date(frame):
            # "when was the 2017 article published?", "what's the date on the Kevin Wang article?"
            named = self.composer.chosen_sources(frame) or self.composer.source_named_by_title(frame)
            return self.composer.source_dates(frame, named or frozenset(s.id for s in self.kb.sources))
        if WRITER_ASKED.search(frame.text) and ARTICLE.search(frame.text):
            # "who wrote the wsj piece on lei jun?": no article names its writer, whatever it quotes
            return self._no_author(frame)
        asked = (
            "url"
            if LINK_ASKED.search(frame.text) and ARTICLE.search(frame.text)
            else "publisher"
            if self._publisher_asked(frame)
            else "title"
            if self._title_asked(frame)
            else ""
        )
        if asked:
            # "what is the title of the 2017 article?", "which outlet published the 2015 piece?"
            chosen = self.composer.chosen_sources(frame) or self.composer.source_named_by_title(frame)
            if frame.other_source and not frame.not_sources:
                chosen = frozenset()  # ("the other article?" with none talked of yet: each of them)
            chosen = chosen or frozenset(s.id for s in self.kb.sources)
            return self.composer.articles_named(frame, chosen, asked)
        if self._summary_asked(frame):
            # "tl;dr the kevin wang piece", "summarise both articles", "the key numbers?"
            chosen = self.composer.chosen_sources(frame) or self.composer.source_named_by_title(frame)
            return self.composer.articles_summarised(frame, chosen, self.every_fact)
        named = frame.quoted or frame.subjects or frame.all_years or frame.quantities or frame.metric
        # ("who was cited as the source of the q3 drop?": of one fact)
        named = named or frame.period_part or frame.topic_words
        # ("2015 sales", "who is quoted in the 2017 article?": asked outright of an article, whatever was
        # asked before, and of nothing narrower)
        outright = PARTIES_OF_AN_ARTICLE.fullmatch(frame.text) is not None
        if PARTIES_ASKED.search(frame.text) and (outright or not (named or frame.topics)):
            # "who is quoted in the 2017 article?", "which sources does the 2015 piece rely on?"
            chosen = self.composer.chosen_sources(frame) or self.composer.source_named_by_title(frame)
            return self.composer.parties_quoted(frame, self.quoting_facts, chosen)
        if frame.operation is Operation.SOURCES:
            # "when was the data showing xiaomi on top published?": a fact's own source, when the
            # question names what a fact says; the articles' list otherwise.
            # "what are the sources for your data?": the bot's own sources, whatever a fact says of data
            # ("what source did they cite for lei jun's wuzhen quote?", "who reported the q3 drop?":
            # the fact found by what it says, the words asking for a source set aside)
            # ("what do the articles say about apple?": what they say of another company)
            other_company = any(s != self.composer.main_subject for s in frame.subjects)
            # ("which countries does it sell in?", "which article?": the markets fact, found as it was)
            of_a_fact = (
                frame.topic_words
                or frame.scopes
                or frame.quoted
                or frame.period_part
                or other_company
                or frame.where_sold
            ) and not frame.bots_own
            said = tuple(w for w in frame.content if w not in SOURCE_ASKING_WORDS)
            query = self._query(frame, (WHERE_SOLD,)) if frame.where_sold else self._query(frame)
            about = self.facts.answer(query) if of_a_fact else []
            if other_company and not about:
                others = [s for s in frame.subjects if s != self.composer.main_subject]
                about = [f for f in self.every_fact if any(self._names(f, name) for name in others)]
            if of_a_fact and not about and said and said != frame.content:
                about = self.facts.answer(self._query(frame, said))
            # "which article says 60?" after 2014: the figure with the article that gives it
            # "which article says 60?", "who says 60?", "where does the 60 come from?"
            which_one = WHICH_SOURCE.search(frame.text) or WHO_OR_WHERE.search(frame.text)
            numbers = (frame.quantities or self._bare_numbers(frame)) if which_one else ()
            about = about or (self._facts_of_figure(replace(frame, quantities=numbers)) if numbers else [])
            asked = {str(y) for y in frame.all_years}
            if numbers and about and asked and not any(f.period[:4] in asked for f in about):
                # "which article says 61 million for 2015?": none does; what they say of 2015
                return self._no_article_gives(frame, numbers, about)
            if about:
                return self.composer.facts_answer(frame, about, 100.0, "")
            if AUTHOR_ASKED.search(frame.text):
                return self._no_author(frame)  # "who wrote the 2015 article?"
            return self.composer.compose(frame, self.composer.intent("sources", None), 100.0)
        if frame.operation is Operation.CHART and self.main_figure_metric:
            return self.composer.compose(frame, self._chart_intent(), 100.0)
        return None

    @staticmethod
    def _names(fact: Fact, name: str) -> bool:
        """Whether a fact is about a company or names it in what it says: "Huawei, OPPO and Vivo"."""
        return (
            name in fact.subjects
            or re.search(rf"\b{re.escape(name)}\b", f"{fact.statement} {fact.quoted}") is not None
        )

    def _no_author(self, frame: Frame) -> Answer:
        """'Who wrote the 2015 article?': the articles name no author; which they are, declined."""
        listed = self.composer.compose(frame, self.composer.intent("sources", None), 100.0)
        sentences = (Sentence(("The articles don't name who wrote them.",)), *listed.sentences)
        text, _ = render_text(sentences, self.kb)
        return replace(listed, text=text, sentences=sentences, answered=False, kind=AnswerKind.DECLINED)

    def _publisher_asked(self, frame: Frame) -> bool:
        """'Which outlet published the 2015 article?', 'is it from the wsj?', 'send me the link':
        an article's publisher or address, never whom a fact of it quotes ("which newspaper does the
        article credit for the quote?")."""
        if not ARTICLE.search(frame.text):
            return False
        if ARTICLE_FROM.search(frame.text) and (frame.yes_no or WHICH_ARTICLE.search(frame.text)):
            return True  # "is the 2015 article from the wsj?", "which article is from business insider?"
        if CITED.search(frame.text):
            return False  # ("which newspaper is cited in the 2015 article?": whom it quotes)
        return PUBLISHER_ASKED.search(frame.text) is not None and not (frame.quoted or frame.topic_words)

    def _title_asked(self, frame: Frame) -> bool:
        """'What is the title of the 2017 article?', 'what are the articles called?'; never a person's
        title ("what title does the article give jony ive?")."""
        if ARTICLE_CALLED.search(frame.text):
            return True
        if not (ARTICLE.search(frame.text) and TITLE_ASKED.search(frame.text)) or frame.subjects:
            return False
        if TITLE_GIVEN.search(frame.text):
            return False  # ("what title does the 2017 article give kevin wang?": his, not the article's)
        # ("the kevin wang piece" names it by a name in its title)
        return not frame.quoted or bool(self.composer.source_named_by_title(frame))

    def _summary_asked(self, frame: Frame) -> bool:
        """Whether an article (or all of them) is asked to be summed up, and nothing narrower: no
        year, figure, company or topic of its own ("what does the 2015 article say about 2014?")."""
        said = SUMMARY_ASKED.search(frame.text)
        if said is None or frame.quantities:
            return False
        if not (ARTICLE.search(frame.text) or said.group().startswith(("key", "main"))):
            return False  # ("tl;dr" after an answer: no article asked to be summed up)
        if frame.operation not in (None, Operation.SOURCES):
            return False
        chosen = self.composer.chosen_sources(frame)
        article_years = {int(self.kb.source(s).date[:4]) for s in chosen or ()}
        # ("the article about the ceo backing off": words of its title, not a topic)
        by_title = bool(self.composer.source_named_by_title(frame))
        if set(frame.all_years) - article_years or (frame.topics and not by_title) or frame.scopes:
            return False
        if (frame.quoted or frame.topic_words or frame.period_part) and not by_title:
            return False  # ("the main points of lei jun's comments": his words, not an article's
        return not frame.metric or ARTICLE.search(frame.text) is not None

    def _sources_agreeing(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Do the articles agree on 2014?', 'same 2015 figure in both articles?': yes, no, or only
        one gives it, with each source's figure."""
        # ("did 2015 sales match the target in both articles?": a check of its own)
        if not sources_set_side_by_side(frame):
            return None
        if frame.quantities or frame.period_part or len(frame.subjects) > 1:
            return None
        figure = metric if metric in self.figure_metrics else None
        if metric is None:
            figure = self.main_figure_metric  # "do the articles agree on 2014?": the main figure
        return self.composer.sources_agreeing(frame, figure) if figure else None

    def _between_the_sources(self, frame: Frame, metric: str | None) -> Answer | None:
        """One year's figures from sources that disagree: how far apart, their mean, why."""
        if len(frame.subjects) > 1:
            return None  # two companies' figures are no two sources disagreeing: "difference?" between them
        apart = len(frame.all_years) == 1 and DISAGREEMENT.search(frame.text) and APART.search(frame.text)
        of_a_figure = metric in self.figure_metrics
        # "which one is right?" after 2014: neither article says; both, with their sources
        apart = apart or (of_a_figure and len(frame.all_years) == 1 and frame.picks_one)
        apart = apart or (
            of_a_figure and len(frame.all_years) == 1 and DIFFERENCE_ALONE.fullmatch(frame.text)
        )
        if _gap_names_no_source(frame) and not frame.picks_one:
            apart = False
        if apart and self.main_figure_metric:
            # "by how much do the two reports disagree about 2014?": the sources against each other
            found = self._disagreement(frame, metric or self.main_figure_metric)
            if found:
                return found
        # "2014 average of the two sources": their mean, though "sources" names the operation
        averaged = frame.operation is Operation.AVERAGE or (
            frame.operation is Operation.SOURCES and AVERAGE_WORD.search(frame.text)
        )
        one_year_averaged = averaged and len(frame.all_years) == 1
        # "by how much did 2016 exceed the average?": the year against the average, whatever the operation
        # ... or against the average of a span: "was 2016 above the 2012-2016 average?"
        measured = frame.beside_range if frame.year_range else frame.all_years
        against_the_average = (
            len(measured) == 1
            and not frame.period_part
            and metric in self.figure_metrics
            and AGAINST_THE_AVERAGE.search(frame.text)
        )
        if against_the_average and (found := self.composer.against_the_average(frame, metric, measured[0])):
            return found  # "was 2016 above the average?": that year against the average of every year
        others_average = OTHERS_AVERAGE.search(frame.text)
        if others_average and len(measured) == 1 and not against_the_average:
            # "was 2016 above the market average?": an average of figures the articles do not give
            whose, own = others_average.group("whose").strip(), wording.possessive(self.composer.main_subject)
            return self._decline(frame, f"The articles give no {whose} average, only {own} own figures.")
        if (
            one_year_averaged
            and not (frame.year_range or frame.per_unit or frame.period_part)
            and of_a_figure
        ):
            # "2014's figures from each article", "average of the two": the two sources' mean
            found = self.composer.sources_mean(frame, metric)
            if found:
                return found
        if (
            one_year_averaged
            and not (frame.year_range or frame.per_unit)
            and metric
            and self._is_target(metric)
        ):
            # "goal for 2015", "average of the two?": a target revised is no pair of figures to average
            return self._decline(
                frame, "I can't average one year's targets: a revised target is not a second figure."
            )
        if Ask.WHY in frame.asks and metric and len(frame.all_years) == 1 and DISAGREEMENT.search(frame.text):
            # "why do the numbers differ?" after 2014: the sources disagree, and neither says why
            found = self._disagreement(frame, metric)
            if found:
                return found
        if len(frame.quantities) >= 2 and len(frame.all_years) == 1 and self.main_figure_metric:
            # "one article says 61m for 2014 and the other 60m, which is it?": the sources disagree
            found = self._disagreement(frame, self.main_figure_metric, frame.quantities)
            if found:
                return found
        return None

    def _smalltalk(self, frame: Frame, metric: str | None) -> Answer | None:
        """Greetings, thanks and questions about the bot: what it does, and no fact."""
        return self._chatter(frame) if self.is_smalltalk(frame) else None

    def _companies_in_order(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Is huawei ahead of xiaomi in china?', 'xiaomi was #1 in china in 2017', 'who leads in
        china, oppo or xiaomi?': the facts that rank companies in a market, after a yes or no.
        A claim the rankings do not settle is left to the other steps, which decline it."""
        if not self.ranked_facts or not frame.subjects or frame.quantities or frame.per_year:
            return None
        if NOW_SAID.search(frame.text) and not YEAR_WRITTEN.search(frame.text):
            frame = replace(frame, years=(), year_range=None)  # "who's ahead now?" after 2015: now
        if {Ask.HOW_MANY, Ask.HOW_MUCH, Ask.WHEN, Ask.WHY} & set(frame.asks):
            return None
        if frame.operation in NUMERIC_NOT_COMPARE or NOT_A_RANKING.search(frame.text):
            return None
        if HOW_FAR.search(frame.text):
            return None  # "how far behind huawei is xiaomi?": a distance no ranking gives
        if len(frame.subjects) == 1 and not (
            set(frame.topics) & self.rank_topics and LEADING.search(frame.text)
        ):
            return None  # "is xiaomi tanking?": no place in the market said
        picked = {Ask.WHO, Ask.WHICH} & set(frame.asks) and PLACE_IN_A_MARKET.search(frame.text)
        # ("ahead in innovation?", "behind in valuation?": another measure, which no ranking settles)
        other_measure = frame.topics or frame.unsupported or frame.unknown_measure or frame.topic_words
        other_measure = other_measure or frame.unknown
        if (
            len(frame.subjects) > 1
            and not frame.scopes
            and not other_measure
            and RANKED_ORDER.search(frame.text)
        ):
            # "is huawei ahead of xiaomi?": a place in a market, where the rankings of the companies
            # named are all of one market; said with it
            frame = replace(frame, scopes=self._one_market_ranking(frame.subjects))
        if len(frame.subjects) > 1 and not (frame.scopes or HOME_MARKET.search(frame.text) or picked):
            return None  # "is xiaomi bigger than huawei?": maybe worth; the rankings are of a market
        if len(frame.subjects) > 1 and not (
            LEADS.search(frame.text) or TRAILS.search(frame.text) or VERSUS.search(frame.text)
        ):
            return None  # ("xiaomi vs huawei in china": their places there, no order claimed)
        asks = frame.asks or OPENS_WITH_A_QUESTION_WORD.match(frame.text)
        if len(frame.subjects) == 1 and (asks or not CLAIMED_STANDING.search(frame.text)):
            return None  # "what's apple's rank in china?", "q2 2015 xiaomi rank": no claim to check
        shown = self._rankings_of(frame)
        if not shown:
            return None
        ranked = {c for f in self._market_rankings(frame) for c in _companies_ranked(f)}
        unranked = [s for s in frame.subjects if s not in ranked]
        several = len(frame.subjects) - len(unranked) > 1 and len(frame.subjects) > 2
        if unranked and several and not {Ask.WHO, Ask.WHICH} & set(frame.asks) and not frame.has_period:
            # "who are xiaomi's rivals in china?" (four named), "are they ahead of xiaomi?": the
            # rankings, with no verdict for a rival they do not rank
            return self.composer.facts_answer(frame, self._market_rankings(frame), 100.0)
        claim = order_claimed(frame.text, frame.subjects)
        if claim is None or {Ask.WHO, Ask.WHICH} & set(frame.asks):
            # "who leads in china, xiaomi or huawei?": the rankings, when they name every company asked
            picked = len(frame.subjects) > 1 and self._named_in_every_ranking(frame)
            return self.composer.facts_answer(frame, shown, 100.0) if picked else None
        if FORETOLD.search(frame.text):
            return None  # "will xiaomi be number one again?": the rankings are of the past
        word = _every_time_asked(frame.text)
        if not (self._ranked_period(frame) or word) and not self._named_in_every_ranking(frame):
            return (
                None  # "apple was #1 in china": the rankings of two dates say nothing of Apple's other years
            )
        verdicts = [ranking_verdict(claim, f) for f in self._rankings_judged(frame, shown, bool(word))]
        # "never" is "ever" turned round; "huawei is not ahead" the claim turned round
        said = _verdict_over_time(verdicts, "ever" if word == "never" else word)
        if not said:
            # "was xiaomi ahead of huawei in china?": once, and not by 2017; the rankings, no verdict
            # ("did xiaomi sell more than apple in china in 2015?": no ranking names Apple; declined)
            named = self._named_in_every_ranking(frame)
            return (
                self.composer.facts_answer(frame, shown, 100.0) if len(frame.subjects) > 1 and named else None
            )
        turned = (word == "never") != _claim_denied(frame.text, frame.subjects)
        verdict = ({"Yes.": "No.", "No.": "Yes."}[said]) if turned else said
        # the rankings that bear the verdict out come first: "ever number one? Yes: in Q2 2015"
        shown.sort(key=lambda f: ranking_verdict(claim, f) != said)
        return self.composer.facts_answer(frame, shown, 100.0, verdict)

    def _leader_of_a_market(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Who leads china?', 'who's number one in the chinese market now?': the rankings of that
        market, latest first, for a question that names no company ("leads" alone would read as a
        company's chief, and no company's figure answers it). A time no ranking is kept for, or one
        whose ranking names no leader ("Huawei, OPPO and Vivo ahead of Xiaomi"), is declined."""
        if not {Ask.WHO, Ask.WHICH} & set(frame.asks) or not frame.scopes or not self.ranked_facts:
            return None
        if (below := PLACE_BELOW_THE_FIRST.search(frame.text)) and not self._companies_said(frame):
            return self._place_below_the_first(frame, below.group())
        if frame.quantities or frame.per_year or not LEADING.search(frame.text):
            return None
        # ("which model was the top seller in china?", "who had the biggest drop in china?": a
        # figure or a thing ranked, no company's place in the market)
        # ("who is ahead in china?" is read as a comparison, with no companies to compare)
        ahead = frame.operation is Operation.COMPARE and not frame.subjects and AHEAD_SAID.search(frame.text)
        ahead = ahead and not frame.topics  # ("who is ahead in china in valuation?": no ranking of that)
        if frame.sales_word or frame.operation not in (None, *EXTREMES) and not ahead or frame.unknown:
            return None  # (nor "who leads the china team?": a thing the facts do not know)
        if FORETOLD.search(frame.text) or NOT_A_RANKING.search(frame.text):
            return None
        if self._companies_said(frame):
            return None  # (a company carried from the question before is none named here)
        market = self._market_rankings(frame)
        if not market:
            return None
        shown = self._rankings_of(frame)
        chosen = self.composer.chosen_sources(frame)
        if chosen is not None:
            # "according to the 2015 article, who has the upper hand in china?": that article's rankings
            shown = [f for f in shown if f.source in chosen]
        if (
            shown
            and not frame.all_years
            and not (PAST_SAID.search(frame.text) or EVER_SAID.search(frame.text))
        ):
            # "who leads china?": how things stand last
            shown = [f for f in shown if f.period == shown[0].period]
        place = wording.listing(list(frame.scopes))
        if not shown:  # "who led china in 2016?", "... in q3 2015?"
            have = wording.listing(
                [wording.period_name(p) for p in sorted({f.period for f in market}, key=_period_order)]
            )
            return self._decline(
                frame, f"The articles don't say who led {place} then; they rank companies there in {have}."
            )
        led = not ahead or LEADER_SAID.search(frame.text)  # ("who had the upper hand in 2017?": those)
        if led and self._ranked_period(frame) and not any(f.behind == (EVERYONE,) for f in shown):
            # "who was first in china in 2017?": companies ahead of Xiaomi, none of them said to lead
            return self._declined_beside(
                frame, f"The articles don't say which company led {place} then.", shown[:1]
            )
        # ("who was top in china?": "top" is the place asked, no best of the facts to pick)
        return self.composer.facts_answer(replace(frame, operation=None, extreme=""), shown, 100.0)

    def _place_below_the_first(self, frame: Frame, place_asked: str) -> Answer | None:
        """'Who was second in china in q2 2015?': the rankings name a leader or those ahead of
        Xiaomi, never who came second or third; declined, with what they do say of that market."""
        shown = self._rankings_of(replace(frame, subjects=())) or self._market_rankings(frame)
        if not shown:
            return None
        place = wording.listing(list(frame.scopes))
        return self._declined_beside(
            frame, f"The articles don't say which company was {place_asked} in {place}.", shown
        )

    def _companies_said(self, frame: Frame) -> list[str]:
        """The companies of the frame that its own words name ("xiaomi sales 2014", "who leads
        china?": Xiaomi is carried to the second, not said in it)."""
        words = f" {frame.text} "
        return [name for name in frame.subjects if any(f" {a} " in words for a in self._spellings((name,)))]

    def _spellings(self, companies: tuple[str, ...] | list[str]) -> set[str]:
        """Every way the companies.csv rows write these companies: "xiaomi", "xiao mi", "iphone"."""
        return {a.lower() for n, aliases in self.kb.companies if n in companies for a in (n, *aliases)}

    def _named_in_every_ranking(self, frame: Frame) -> bool:
        """Whether every company asked about is named in each ranking of the market asked ("Huawei"
        in 2017's and, as behind its leader, in Q2 2015's), so a claim of no date can be checked."""
        market = self._market_rankings(frame)
        named = set(frame.subjects)
        return all(named <= _companies_ranked(f) or f.behind == (EVERYONE,) for f in market) and all(
            any(s in _companies_ranked(f) for f in market) for s in named
        )

    def _share_of_an_extreme_year(self, frame: Frame, metric: str) -> Answer | None:
        """'2016 as % of the peak', 'what % of the best year was it?' after the worst: one year's
        figure over that of the year found by its rank; None where no other year is found."""
        ranked = frame.extreme or frame.operation in EXTREMES
        if len(frame.all_years) != 1 or not ranked or self._is_target(metric):
            return None
        other = self._extreme_year(replace(frame, years=(), year_range=None), metric)
        year = frame.all_years[0]
        if other is None or other == year:
            return None
        plain = replace(frame, operation=None, extreme="", superlative="", against_extreme=False, rank=1)
        if SHARE_OF_YEAR.search(frame.text):
            # "what percent of 2012 was the best year?": the year named is the whole
            return self.composer.share_of_other_year(replace(plain, years=(other, year)), metric, year)
        return self.composer.share_of_other_year(replace(plain, years=(year, other)), metric, other)

    def _one_market_ranking(self, companies: tuple[str, ...]) -> tuple[str, ...]:
        """The one place every ranking naming all these companies is of, as a scope; () where
        they are ranked in several places, or none."""
        ranked = [f for f in self.ranked_facts if set(companies) <= _companies_ranked(f)]
        places = [p for p in self.kb.places if ranked and all(mentions(f, (p,)) for f in ranked)]
        return tuple(places) if len(places) == 1 else ()

    def _market_rankings(self, frame: Frame) -> list[Fact]:
        """The rankings of the market asked about: all of them when no place is named."""
        return [f for f in self.ranked_facts if not frame.scopes or mentions(f, frame.scopes)]

    def _rankings_of(self, frame: Frame) -> list[Fact]:
        """The rankings of the market and year asked about that speak of the companies named (a
        market's leader is ahead of every company, named or not), latest first."""
        asked = self._ranked_period(frame)
        named = set(frame.subjects)
        facts = [
            f
            for f in self._market_rankings(frame)
            if (not asked or f.period in asked or f.period[:4] in asked)
            and (f.behind == (EVERYONE,) or named <= _companies_ranked(f))
        ]
        return sorted(facts, key=lambda f: _period_order(f.period), reverse=True)

    def _rankings_judged(self, frame: Frame, shown: list[Fact], every_time: bool) -> list[Fact]:
        """The rankings a claim is checked on: those of the period asked (a quarter's settles no
        claim of its whole year), the latest for "is huawei ahead?", else every one ("ever",
        "always", or a past with no date, which the rankings must then agree on)."""
        asked = self._ranked_period(frame)
        if asked:
            judged = [f for f in shown if f.period in asked]
        elif every_time or not _asked_of_now(frame):
            judged = shown
        else:  # how things stood last in that market, which may not name the company asked of
            latest = max((f.period for f in self._market_rankings(frame)), key=_period_order)
            judged = [f for f in shown if f.period == latest]
        return judged

    @staticmethod
    def _ranked_period(frame: Frame) -> frozenset[str]:
        """The periods a ranking is asked of: "in q2 2015" -> {"2015-Q2"}, "by 2017" -> {"2017"};
        a part of a year no ranking is kept for ("early 2017", "april 2017") is that year."""
        years = frame.all_years or ((frame.until_year,) if frame.until_year else ())
        if frame.period_part and PART_OF_A_YEAR.fullmatch(frame.period_part):
            return frozenset(f"{y}-{frame.period_part}" for y in years)
        return frozenset(str(y) for y in years)

    def _chatter(self, frame: Frame) -> Answer:
        """What the bot does, after a word of greeting, thanks or about itself; marked not answered."""
        opening = SMALLTALK_OPENINGS.get(frame.smalltalk, "")
        kind = AnswerKind.ABOUT_BOT if frame.smalltalk == "about_bot" else AnswerKind.CHATTER
        reply = f"{opening} Ask me about {self.composer.summary(short=True)}".strip()
        return self._decline(frame, reply, suggestions=True, kind=kind)

    def _figures_first(self, frame: Frame, metric: str | None) -> Answer | None:
        """A figure question: companies ranked, a month's dated facts, or the figures themselves."""
        if metric and (not_theirs := self._target_not_theirs(frame, metric)):
            return not_theirs
        if metric and (not_theirs := self._figure_not_theirs(frame, metric)):
            return not_theirs
        # "Why were sales lower in 2016?", "is the target still a priority?": words no figure
        # question uses send the question to the facts first.
        # A sum, change or gap is figures whatever else it says ("did 2015 sales beat the original target?").
        if metric and frame.ranks_companies and not self._is_target(metric):
            return self.composer.companies_ranked(frame, metric)
        computed = frame.operation in NUMERIC and frame.operation not in (*EXTREMES, Operation.SERIES)
        facts_first = FACT_FIRST & set(frame.asks) or self._where_or_who(frame)
        facts_first = facts_first or frame.asks_what_is_sold
        # "was it lei jun who said they need 70m in 2017?": whose figure it is, checked on the figure
        stated = not frame.yes_no and STATED_CLAIM.search(frame.question.lower()) is not None
        # ("lei jun said they sold 75 million in 2015", said with no question mark: a claim of sales,
        # too; what someone said of a target is what they said, "he was pushed to give 80 million")
        # ("lei jun said 2015 sales would be 80 million": a forecast he gave, no sales claimed)
        said_of_sales = frame.sales_word and not frame.target_named and not FORECAST_SAID.search(frame.text)
        said_as_a_statement = (
            not frame.yes_no and SAID_AS_A_STATEMENT.match(frame.question.lower()) is not None
        )
        stated = stated or (
            said_as_a_statement and (said_of_sales or self._figure_said_by_another(frame, metric))
        )
        whose_figure = bool(
            (frame.yes_no or stated) and frame.quoted and frame.quantities and frame.all_years
        )
        whose_figure = whose_figure and bool(metric)
        if whose_figure and stated:
            # "kevin wang says they must sell 80 million in 2017?": a claim of his figure, checked
            frame = replace(frame, yes_no=True)
        facts_first = facts_first and not whose_figure
        # "lei jun says 80 million but what were real 2015 sales?": what someone said, then the
        # figure asked of a year: the figure
        asked_after_a_claim = (
            frame.strong_sales and frame.all_years and ASKED_AFTER_A_CLAIM.search(frame.text)
        )
        if asked_after_a_claim and facts_first and metric:
            # (the claim is set aside: what it said is no question, the figure after it is)
            return self._figures(replace(frame, quantities=(), quoted=(), yes_no=False, asks=()), metric)
        # "xiaomi's sales in 2010 when it was founded": sales for a year are a figure, whatever else
        # it names (facts hold no sales).
        sales_for_a_year = frame.strong_sales and frame.all_years and metric and not self._is_target(metric)
        said_of_a_year = Ask.SAID in frame.asks and ARTICLE.search(frame.text) and not frame.quoted
        said_of_a_year = said_of_a_year and not (frame.operation or frame.scopes or frame.years_ago)
        if sales_for_a_year and said_of_a_year:
            if frame.quantities:
                # "did both articles say they sold 61 million in 2014?": the figure claimed, checked
                return self._figures(replace(frame, asks=()), metric)
            # "what do the articles say about 2014 sales?", "quote the article on 2013 sales": the
            # figure, in each article's own words
            sources = replace(frame, asks=(), operation=Operation.SOURCES)
            return self.composer.compose(sources, self.composer.intent("sources", None), 100.0)
        month = MONTH_PART.fullmatch(frame.period_part or "")
        if month and metric and self._is_target(metric) and month_bounds_targets(frame.text):
            month = None  # "the target before march 2015": which of the year's targets, no month's facts
        # "and in march only?" after a year's sales: nothing but the month, so the month's figure
        bare_month = frame.opener and not frame.topic_words and metric is not None
        if month and not (frame.wants_a_number or frame.strong_sales or frame.operation or frame.quantities):
            # "what happened in march 2015?": what the facts date to that month, no monthly figure
            named = [w for w in frame.content if w in self.facts.person_words]
            dated = self.facts.dated(int(month.group(1)), frame.all_years, frame.subjects, named)
            if dated and not bare_month:
                return self.composer.facts_answer(frame, dated, 100.0, "")
        happened = HAPPENED_ASKED.search(frame.text) and not (frame.yes_no or frame.strong_sales)
        if happened and PART_OF_A_YEAR.fullmatch(frame.period_part or "") and len(frame.all_years) == 1:
            # "how did xiaomi do in q2 2015?": what the facts say of that quarter, no quarter's figure
            dated = self.composer.facts_of_the_part(frame)
            if dated:
                return self.composer.facts_answer(frame, dated, 100.0, "")
        if happened and not frame.period_part and len(frame.all_years) == 1 and metric:
            # "what happened in 2010?": no figure of that year, but what the facts date to it (founded)
            year = frame.all_years[0]
            if not self.kb.facts(metric, str(year)) and (of_the_year := self._facts_of_a_year(year)):
                return self.composer.facts_answer(frame, of_the_year, 100.0, "")
        if (
            metric
            and not facts_first
            and (computed or not frame.topic_words or sales_for_a_year or whose_figure)
        ):
            if not computed and self._source_of_the_period(frame, metric):
                return None  # "what did canalys report for q3 2015?": what the research firm said
            return self._figures(frame, metric)
        return None

    def _facts_of_a_year(self, year: int) -> list:
        """The facts whose figure is that year ("founded in 2010"); a fact reported in a year says
        nothing of what happened in it."""
        return [
            f for f in self.facts.facts if f.unit == "year" and f.value is not None and int(f.value) == year
        ][: self.facts.settings.max_facts]

    def _source_of_the_period(self, frame: Frame, metric: str) -> bool:
        """Whether every company named is one the facts quote (a research firm), never one they
        give figures for, and a fact of the period asked quotes it."""
        if (
            not frame.quoted
            or not frame.subjects
            or any(s.lower() not in frame.quoted for s in frame.subjects)
        ):
            return False
        periods = set(frame.periods)
        facts = self.kb.facts(metric)
        if any(set(f.subjects) & set(frame.subjects) for f in facts):
            return False
        return any(f.period in periods and quotes_one_of(f, frame.quoted) for f in facts)

    def _figure_said_by_another(self, frame: Frame, metric: str | None) -> bool:
        """'Lei jun said they need 70 million in 2017': the number is one of the metric's figures,
        and none of the facts giving it quote whoever the question names."""
        if not (metric and frame.quoted and len(frame.quantities) == 1):
            return False
        giving = [f for f in self.kb.facts(metric) if matches(f, frame.quantities[0])]
        return bool(giving) and not any(quotes_one_of(f, frame.quoted) for f in giving)

    def _target_not_theirs(self, frame: Frame, metric: str) -> Answer | None:
        """'What's lei jun's 2017 sales goal?': the year's targets were given by someone else (Kevin
        Wang); say so, with theirs. None when the person named gave one, or there is none."""
        if not (self._is_target(metric) and frame.quoted and frame.years) or frame.operation:
            return None
        if frame.yes_no or frame.quantities:
            return None  # "is the 70 million for 2017 lei jun's own target?": checked as said, with its giver
        years = {str(y) for y in frame.years}
        targets = [f for f in self.kb.facts(metric) if f.period[:4] in years and f.value is not None]
        if not targets or any(quotes_one_of(f, frame.quoted) for f in targets):
            return None
        return self._given_by_others(frame, "target", wording.listing(sorted(years)), targets)

    def _given_by_others(self, frame: Frame, what: str, periods: str, given: list[Fact]) -> Answer:
        """'The articles give no target for 2017 from Lei Jun. They give: ...': declined, with
        what the articles do give, by whoever gave it."""
        names = wording.listing([n.title() for n in frame.quoted])
        return self._declined_beside(
            frame, f"The articles give no {what} for {periods} from {names}. They give:", given
        )

    def _figure_not_theirs(self, frame: Frame, metric: str) -> Answer | None:
        """'What did the Wall Street Journal report for 2015 sales?': an outlet or person the
        articles quote, for a figure they did not give; said so, with the figures the articles
        give. None when one of the year's figures is theirs, or is in an article titled with them."""
        # ("2015 sales per canalys": "per" names a source as "according to" does; "how many did
        # canalys say they sold in 2015?" asks what they said)
        counted = Ask.SAID in frame.asks and bool({Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks))
        reported = frame.reported or PER_A_SOURCE.search(frame.text) is not None or counted
        if self.kb.metrics[metric].kind != "figure" or not (frame.quoted and reported and frame.years):
            return None
        if frame.operation or frame.yes_no or frame.quantities:
            return None
        periods = frame.periods
        facts = [f for f in self.kb.facts(metric) if f.period in periods]

        def theirs(fact: Fact) -> bool:
            title = self.kb.source(fact.source).title.lower()
            return quotes_one_of(fact, frame.quoted) or any(n in title for n in frame.quoted)

        figures = [f for f in facts if f.value is not None]
        if not figures or any(theirs(f) for f in facts):
            return None
        named = wording.listing([wording.period_name(p) for p in periods])
        return self._given_by_others(frame, self.kb.metrics[metric].label, named, figures)

    def _employer_not_given(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Which company does kevin wang work for?': declined where no fact ties the person to a
        company ("industry insider"); "Apple design chief Jony Ive", "Lei Jun is Xiaomi's CEO" do."""
        asked = EMPLOYER_ASKED.search(frame.text)
        # ("kevin wang works at apple?": a claim of it, which no fact settles either)
        if asked is None or (frame.yes_no and not asked.group("b")):
            return None
        # (of a person: "does he work for", "kevin wang works at"; never "what number would work for")
        who = next(g for g in asked.groups() if g)
        # the person named, or the one "he" stands for ("who is kevin wang?", "who does he work for?")
        content = set(frame.content)
        named = frame.quoted or tuple(n for n in self.facts.quoted_names if set(n.split()) <= content)
        if len(named) != 1:
            return None
        name = named[0]
        if (
            who not in ("he", "she", "his", "her")
            and who != name
            and who.split()[0] not in ("that", "this", "the")
        ):
            return None
        spelt = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        said = [f for f in self.facts.facts if spelt.search(f.statement)]  # every statement indexed
        if not said:
            return None
        tied = [f for f in said if employer_named(f.statement, name)]
        # ("what did lei jun say was his company's biggest concern?": his company named, not asked for)
        if tied and not asked.group("d") and (company := self._works_for(name)):
            # "what company does jony ive work for?": the company a fact ties him to, with that fact
            lead = f"{name.title()} works for {company}."
            return self.composer.facts_answer(replace(frame, subjects=(company,)), tied[:1], 100.0, lead)
        if tied:
            return None
        return self._decline(frame, f"The articles don't say which company {name.title()} works for.")

    def _from_the_facts(self, frame: Frame, metric: str | None) -> Answer | None:
        """A question the facts answer: found by ranking them, then checked against what is asked."""
        if Ask.WHY in frame.asks and frame.operation is Operation.CHANGE and len(set(frame.all_years)) == 2:
            # "2015?", "and 2016?", "why the drop?": the change happened in the later year, whose
            # facts give its reason
            frame = replace(frame, years=(max(frame.all_years),), year_range=None)
        query = self._facts_query(frame)
        found = self._look_up(frame, metric, query)
        if isinstance(found, Answer):
            return found
        found = self._look_further(frame, metric, query, found)
        if isinstance(found, Answer):
            return found
        if unplaced := self._place_never_said(frame, found):
            return unplaced
        if unnamed := self._product_never_named(frame, found):
            return unnamed
        return self._answer_with_facts(frame, metric, query, found)

    def _product_never_named(self, frame: Frame, found: list[Fact]) -> Answer | None:
        """'Does xiaomi make drones?': a thing the company is asked to make that no fact found names;
        declined, with what the facts say it makes ("other tech gadgets" is no yes)."""
        made = MAKES_A_THING.search(frame.text)
        if not (frame.yes_no and made and frame.unknown and found):
            return None
        before = frame.text[: made.start()].split()
        company = frame.subjects[0] if frame.subjects else self.composer.main_subject
        if not (before and before[-1] in (company.lower().split()[-1], "they", "it")):
            return None  # ("its valuation makes xiaomi the most valuable?", "does lei jun make ...")
        after = frame.text[made.end() :].split()
        things = [w for w in frame.unknown if w in after]
        told = " ".join(f"{f.statement} {f.sentence}".lower() for f in found)
        if not things or any(re.search(rf"\b{re.escape(w)}", told) for w in things):
            return None
        # ("windows phones right": the thing as written, up to where the question goes on)
        start = after.index(things[0])
        named = " ".join(itertools.takewhile(lambda w: w not in THING_ENDS, after[start:]))
        lead = f"The articles don't say whether {company} makes {named}."
        return self._declined_beside(frame, lead, found[:2])

    def _place_never_said(self, frame: Frame, found: list[Fact]) -> Answer | None:
        """'Where did lei jun scale back the goal?', 'where did kevin wang make his prediction?': a
        place asked of what the facts tell, when none of them names one; declined, with what the
        best says. None where a fact names a place, or where is asked of a market or a source."""
        if Ask.WHERE not in frame.asks or frame.yes_no or not found or FROM_WHERE.search(frame.text):
            return None
        if REPORTED_WHERE.search(frame.text):
            return None  # ("where was the canalys finding reported?": in which outlet, which a fact may say)
        if frame.where_sold or frame.scopes or frame.asks_what_is_sold:
            return None  # ("where does xiaomi sell?": its markets, which name their places)
        if any(self.facts.names_a_place(f) for f in found[:PLACES_LOOKED_AT]):
            return None
        return self._declined_beside(frame, "The articles don't say where.", found[:1])

    def _facts_query(self, frame: Frame) -> FactQuery:
        """What the facts are searched with for this question."""
        # "Who is Canalys?": with nothing else asked, the company's own name is what to look for.
        words = frame.content or tuple(w for s in frame.subjects for w in s.lower().split())
        unknown = frame.unknown
        if frame.yes_no and frame.unknown_name:
            # "is tim cook the ceo?": the fact about the CEO is found, and the name checked against it.
            words = tuple(w for w in words if w not in frame.unknown_name)
            unknown = tuple(w for w in unknown if w not in frame.unknown_name)
        if frame.asks_what_is_sold:
            words = (*words, WHAT_IS_SOLD)  # "what devices does it sell?": the products it sells
        if frame.where_sold and not (frame.topic_words or frame.scopes) and self._sells_by_the_figures(frame):
            words = (*words, WHERE_SOLD)  # "where are xiaomi phones sold?": its markets
        if self.ranged_metrics & set(frame.topics):
            # "top iphone price": the end of a range is read from the range, not from a word of the fact
            words = tuple(w for w in words if not (HIGH_END.fullmatch(w) or LOW_END.fullmatch(w))) or words
        return self._query(frame, words, unknown)

    def _sells_by_the_figures(self, frame: Frame) -> bool:
        """Whether the companies asked about are ones whose sales the figures count ("where are
        iphones sold?" asks where Apple sells, which no market fact says)."""
        sellers = self.sellers.get(frame.metric or "")
        return sellers is not None and set(frame.subjects) <= sellers

    def _look_up(self, frame: Frame, metric: str | None, query: FactQuery) -> list[Fact] | Answer:
        """The facts that answer: what someone said, a figure's source, a company's own facts or
        the best ranked; or an answer settled while looking."""
        said = bool(frame.quoted) and self._asks_said(frame)
        ranked = self.facts.answer(query) if said else []  # ranked once, for every use below
        if said and frame.yes_no and (other := self._said_by_another(frame, query, ranked)):
            return other  # "did kevin wang say customer satisfaction matters most?": no, lei jun did
        found = self._said_by(frame, query, ranked) if said else []
        if found and Ask.WHERE in frame.asks and not frame.yes_no:
            # "where was lei jun photographed speaking?": a place the best fact gives, not his words,
            # where that fact quotes no one asked about ("where did he say it?" stays with his words)
            best = ranked
            if best and not quotes_one_of(best[0], frame.quoted):
                found = best
        others = tuple(s for s in frame.subjects if s.lower() not in frame.quoted)  # not Canalys itself
        if found and others and not any(self._concerns(f, others) for f in found):
            # "what does kevin wang think about huawei?": what he said is about Xiaomi, not Huawei
            names = wording.listing([n.title() for n in frame.quoted])
            return self._decline(
                frame,
                f"The articles don't say what {names} said about {wording.listing(list(frame.subjects))}.",
            )
        if not found and not metric and Ask.WHO in frame.asks and frame.quantities:
            # "who said xiaomi needs 70m?": whoever gave that figure, before any fact sharing a word;
            # "who reported the 60 million?": the figure, with the article that gives it
            found = self._quoted_by_figure(frame, "") or self._facts_of_figure(frame)
        if not found and self._names_a_company_only(frame):
            found = self.facts.defining(frame.subjects[0])  # "tell me about xiaomi", "what is norvik?"
        if not found:
            found = self._ranges_set_against(frame)
        found = found or ranked or self.facts.answer(query)
        quoted_firm = set(frame.quoted) & {s.lower() for s in frame.subjects}
        # (who or what it is, or what it said, nothing else of it: not "canalys' valuation", "where is
        # canalys based?"; "where did the article get the canalys finding from?" asks what it said)
        asks = set(frame.asks) - ({Ask.WHERE} if FROM_WHERE.search(frame.text) else set())
        identity = asks <= {Ask.WHO, Ask.WHAT, Ask.WHICH, Ask.SAID} and (
            not frame.topics or WHAT_KIND_OF.search(frame.text)
        )
        if not found and quoted_firm and identity and not frame.metric:
            # "what kind of company is canalys?": no fact of its own; the facts quoting it say what it is
            found = self.facts.quoting(tuple(quoted_firm), query)
        found = self._of_the_company_owning(frame, found)
        found = self._not_another_companys_role(frame, found)
        named = [w for w in frame.content if w in self.facts.person_words]
        if not found and frame.yes_no and named and frame.subjects and IDENTITY.search(frame.text):
            # "is lei jun the ceo of apple?": what the facts say of him names another company
            about = [
                f
                for f in self.facts.answer(replace(query, subjects=()))
                if not set(frame.subjects) & {*f.subjects, f.quoted}
                and all(w in f.statement.lower() for w in named)
            ]
            if about:
                return self.composer.facts_answer(replace(frame, subjects=()), about[:1], 100.0, "No.")
        if not found and frame.yes_no and named and IDENTITY.search(frame.text):
            # "did lei jun call xiaomi's designs theft?": no fact says so of him; the one that says
            # it of someone else settles it
            holder = self._role_holder(frame, query, [])
            verdict = self._verdict(frame, holder)
            if verdict:
                return self.composer.facts_answer(frame, holder, 100.0, verdict)
        if not found and named and self.facts.about_people(frame.topics):
            # "what was jony ive's job?", "kevin wang's role": a role asked of a person is who they are.
            found = self.facts.answer(replace(query, words=tuple(named), unknown=()))
        return found

    def _model_not_named(self, frame: Frame) -> str:
        """'iPhone 7', 'Redmi 3': a company's name with a model number written after it, which no
        fact names (the facts' own products, "Mi 6", are read as such); "" otherwise."""
        if not frame.stray_numbers or not frame.subjects:
            return ""
        names = self._spellings(frame.subjects)
        for found in MODEL_NUMBERED.finditer(frame.text):
            if found.group(1) in names and found.group(2) in frame.stray_numbers:
                # (as the asker wrote it: "iPhone 7")
                said = re.search(re.escape(found.group(0)), frame.question, re.IGNORECASE)
                return said.group(0) if said else found.group(0)
        return ""

    def _of_the_company_owning(self, frame: Frame, found: list[Fact]) -> list[Fact]:
        """'And huawei's markets?': something of another company's own is said only by the facts
        about that company, never by one that lists it beside the main subject ("China's market
        was saturated with brands such as Huawei")."""
        if len(frame.subjects) != 1 or frame.subjects[0] == self.composer.main_subject:
            return found
        company = frame.subjects[0]
        names = {
            company.lower(),
            *(a.lower() for n, aliases in self.kb.companies if n == company for a in aliases),
        }
        if not set(POSSESSOR.findall(frame.text)) & names:
            return found
        # (a fact of two, "Jony Ive called Xiaomi's designs theft", is about both)
        return [f for f in found if f.subjects[0] == company or len(f.subjects) <= 2]

    def _not_another_companys_role(self, frame: Frame, found: list[Fact]) -> list[Fact]:
        """'Who is xiaomi's design chief?': never a fact giving the role to another company ("Apple
        design chief Jony Ive"); who holds it there is not who holds it at the company asked about."""
        if Ask.WHO not in frame.asks or frame.yes_no or not WHO_HOLDS.search(frame.text):
            return found  # ("who criticized xiaomi's design?" asks who did it, no role)
        people = self.facts.person_words
        if any(w in people for w in frame.content):
            return found  # "who is jony ive?": the person, whatever the role
        asked = {s.lower() for s in frame.subjects}
        # the company's own role, said so: "xiaomi's design chief", "the design chief of xiaomi",
        # "design at xiaomi"
        owned = set(POSSESSOR.findall(frame.text)) & asked or re.search(
            rf"\b(?:of|at|for) (?:{'|'.join(map(re.escape, asked))})\b", frame.text
        )
        if not asked or not owned:
            return found
        role = [w for w in frame.content if w not in asked]
        if not role:
            return found
        others = self.company_spellings - asked
        # (only a company's name before the role owns it: "In China, Huawei ..." is no owner)
        return [f for f in found if role_owner(f, role).lower() not in others]

    def _ranges_set_against(self, frame: Frame) -> list[Fact]:
        """'How many times pricier is the top iphone than the top xiaomi?': two companies' ranges of
        the topic named, set against each other by an operation; [] unless each has one."""
        if len(frame.subjects) != 2 or frame.operation not in (
            Operation.RATIO,
            Operation.CHANGE,
            Operation.GAP,
        ):
            return []
        found = []
        for metric in sorted(self.ranged_metrics & set(frame.topics)):
            for subject in frame.subjects:
                ranges = [f for f in self.kb.facts(metric, subjects=(subject,)) if f.value_to is not None]
                found.extend(ranges[:1])
        return found if len(found) == 2 else []

    def _look_further(
        self, frame: Frame, metric: str | None, query: FactQuery, found: list[Fact]
    ) -> list[Fact] | Answer:
        """Where nothing answered: the place or person named, that year's reasons, whoever gave the figure."""
        # "where was lei jun born?", "where did he study?": a word known nowhere is what is asked of
        # the person, and who they are does not say where
        # ... nor does it say "is lei jun married?", where nothing but his name is known
        asked_unknown = bool(frame.unknown) and not frame.scopes
        asked_unknown = asked_unknown and (
            Ask.WHERE in frame.asks or frame.yes_no and self._names_only(frame)
        )
        if (
            not found
            and not asked_unknown
            and (frame.yes_no or Ask.WHERE in frame.asks)
            and self._where_or_who(frame)
        ):
            # "does xiaomi sell phones in india?": what the facts say of the place or person named.
            named = [w for w in frame.content if w in self.facts.person_words]
            named += [w for label in frame.scopes for w in label.lower().split()]
            found = self.facts.answer(replace(query, words=tuple(named), unknown=()))
            if frame.topics and not {f.metric for f in found} & set(frame.topics):
                found = []  # "was xiaomi number one in india?": that it sells there says no rank
            places = [p for p in frame.scopes if p in self.kb.places]
            # where it does sell: the facts naming places that best fit "markets"
            where = self.facts.answer(replace(query, words=("markets",), scopes=(), unknown=()))
            naming_places = self.facts.places_facts(frame.subjects or (self.composer.main_subject,))
            markets = [f for f in where if f in naming_places][:1]
            if not found and places and markets:
                # "does xiaomi sell in europe?": the facts name no such place; say so, and where it does sell.
                verdict = f"The articles don't say so of {wording.listing(places, 'or')}."
                if not any(p[:1].isupper() for p in places):
                    # "does it sell overseas?": where it does sell answers that
                    return self.composer.facts_answer(replace(frame, scopes=()), markets, 100.0, verdict)
                # "does xiaomi sell in germany?": unknown; where it does sell, and no answer
                return self._declined_beside(frame, verdict, markets)
        chosen = self.composer.chosen_sources(frame)
        if chosen is not None:  # "what did the 2015 article say about the goal": that article only
            found = [f for f in found if f.source in chosen]
        asked_why = Ask.WHY in frame.asks and ("why" in frame.text.split() or "how come" in frame.text)
        if not found and asked_why and frame.revised and metric and self._is_target(metric):
            # "why did lei jun cut the goal?" (no year): what was said of the year a target was cut in
            found = self.facts.said_of(metric, self._years_of_a_revision(frame, metric))
        if not found and {Ask.WHY, Ask.SAID} & set(frame.asks) and frame.all_years:
            # The reasons given for that year: any, when why is asked or what was said about a rise
            # or fall ("what did xiaomi say about its 2016 slump"), not for "what did they say
            # about 2015 sales", which no reason given in 2015 answers.
            any_reason = Ask.WHY in frame.asks or bool(frame.direction)
            if metric and Ask.WHY in frame.asks and self._is_target(metric):
                # "why did they scale the 2015 target back?": what was said of that year's target,
                # never a reason given for something else that year (a nickname).
                found = self.facts.said_of(metric, frame.all_years)
            else:
                found = self.facts.reasons(query, frame.all_years, any_reason)
        if not found and metric and {Ask.WHO, Ask.SAID} & set(frame.asks):
            # "Who said xiaomi needs 70 million in 2017?": whoever the facts of that figure quote.
            found = self.composer.quoted_facts(frame, metric) or self._quoted_by_figure(frame, metric)
            found = found or (self._facts_of_figure(frame) if Ask.WHO in frame.asks else [])
        if not found and not metric and Ask.WHO in frame.asks and frame.quantities:
            # "who called 70 million the 'magic number'?": whoever a fact with that number quotes
            found = self._quoted_by_figure(frame, "")
            if frame.quoted:  # "what did kevin wang predict": what he is quoted for, not everyone
                found = [f for f in found if quotes_one_of(f, frame.quoted)]
        return found

    def _answer_with_facts(
        self, frame: Frame, metric: str | None, query: FactQuery, found: list[Fact]
    ) -> Answer | None:
        """The facts found, checked against what is asked: every company named, a yes/no, a figure."""
        if found and len(frame.subjects) > 1:
            # "xiaomi or uber, which is more valuable?": every company named must have a fact.
            covered = {s for f in found for s in frame.subjects if s in f.subjects or s in f.quoted}
            missing = [s for s in frame.subjects if s not in covered]
            if missing:
                return self._decline(
                    frame, f"I have no facts about {wording.listing(missing, 'or')} for that."
                )
        if found and frame.yes_no:
            holder = self._role_holder(frame, query, found)
            verdict = self._verdict(frame, holder)
            if verdict:  # "is Kevin Wang the CEO?": no, the CEO is Lei Jun; and who Kevin Wang is
                return self.composer.facts_answer(frame, [*holder, *found[:1]], 100.0, verdict)
        if (
            found
            and metric
            and frame.asks_for_figure
            and frame.all_years
            and all(f.value is None or f.metric != metric for f in found)
        ):
            # "how many phones in 2016 according to reports?": the figure is asked for, and there is one;
            # "how many did they sell in 2017 in the end?": a target's fact is no answer to it.
            return self._figures(frame, metric)
        target = frame.metric if frame.metric and self._is_target(frame.metric) else None
        bounded = target and month_bounds_targets(frame.text) and not frame.period_part  # not "to december"
        # ("the goal before lei jun scaled it back": the target as first set, not the fact of the cut)
        before_a_cut = target and BEFORE_A_CUT.search(frame.text) and not frame.yes_no
        if found and target and before_a_cut:
            # "the goal before lei jun scaled it back": the target as first set (of the year asked,
            # else of the years whose target was revised)
            revised = tuple(sorted(self.revision_years.get(target, ())))
            asked = frame if frame.all_years else replace(frame, years=revised, year_range=None)
            if first := targets_named(frame.text, self.composer.targets_of(asked, target)):
                return self.composer.facts_answer(frame, first, 100.0)
        if found and target and (bounded or all(f.metric in self.figure_metrics for f in found)):
            # "the 2015 goal before march": the month bounds which target, no fact naming the month
            # "what was xiaomi's first 2015 goal?": the sales facts that say "first half" are no answer.
            return self._figures(frame, target)
        if (
            found
            and len(frame.subjects) == 2
            and (arithmetic := self.composer.range_arithmetic(frame, found))
        ):
            return arithmetic  # "the gap between the priciest xiaomi and the cheapest iphone"
        if found and (within := self.composer.within_a_range(frame, found)):
            return within  # "midpoint of the iphone price band": the middle of that range
        if found and frame.text in RANGE_ASKED_OF_THE_LAST and not any(f.value_to for f in found):
            # "xiaomi's valuation", "difference?": no range to measure, nothing else asked
            return self._decline(
                frame, "There is no range there to work that out on. Ask me a whole question."
            )
        if found and frame.yes_no and self._ranked_below_the_first(frame, found):
            # "is xiaomi the most valuable startup?": no, the second-most; "one of the largest"
            # says neither yes nor no, and a ranking of another scope ("the most valuable chinese
            # startup") is not this one
            asked = FIRST_OF.search(frame.text)
            ranked = [f for f in found if RANKED_SECOND.search(f.statement.lower())]
            same_ranking = asked is not None and any(
                all(w in f.statement.lower() for w in asked.group("what").split()) for f in ranked
            )
            return self.composer.facts_answer(frame, found, 100.0, "No." if same_ranking else "")
        worldwide = WORLDWIDE.search(frame.text) and not frame.pronoun
        if found and worldwide and (places := self._said_in_places_only(found)):
            # "xiaomi's global rank": the facts rank it in China only, which is no world rank
            lead = f"The articles don't say that worldwide, only in {wording.listing(places)}."
            return self._declined_beside(frame, lead, found)
        # "why are xiaomi phones so cheap?": the prices are no reason; "when did lei jun become ceo?":
        # "Lei Jun is Xiaomi's CEO (as of 2015)" dates the article, not the event. Say there is none,
        # with what the facts do say.
        asks_why = Ask.WHY in frame.asks and WHY_ASKED_OUTRIGHT.search(frame.text) is not None
        if found and asks_why and not any(REASON.search(f"{f.statement} {f.quoted}") for f in found):
            return self._none_given(frame, "why", found)
        asks_when_outright = Ask.WHEN in frame.asks and OPENS_WITH_WHEN.match(frame.text) is not None
        asks_when = asks_when_outright or TIME_ASKED_FOR.match(frame.text) is not None
        # ("when did they enter india?": a year the facts held in dates no event; "the valuation, in
        # what year?" asks that year)
        event = EVENT_ASKED.search(frame.text) is not None
        dated = [
            f
            for f in found
            if DATE.search(AS_OF_A_YEAR.sub("", f.statement) if event else f.statement)
            or f.unit == "year"
            or (
                f.period and not event and not asks_when_outright
            )  # "the valuation, in what year?": as of then
        ]
        if DAY_ASKED_FOR.search(frame.text):
            dated = [f for f in dated if DAY_GIVEN.search(f.statement)]  # "later in 2015" gives no date
        if ACTUALLY_ASKED.search(frame.text):
            dated = [f for f in dated if not wording.forward_label(f)]  # a plan says nothing of when it was
        if found and asks_when and not dated:
            return self._none_given(frame, "when", found)
        if found and self._asks_for_the_first(frame, found):
            # "what is the most valuable startup?": the facts only say Xiaomi was second
            return self._declined_beside(frame, "The articles don't say which.", found[:1])
        if found and (placed := self._event_placed(frame, query)):
            return self.composer.facts_answer(frame, placed[1], 100.0, placed[0])
        if found:
            verdict = self._verdict(frame, found)
            return self.composer.facts_answer(frame, found, 100.0, verdict)
        return None

    def _event_placed(self, frame: Frame, query: FactQuery) -> tuple[str, list[Fact]] | None:
        """'Did lei jun speak at a product launch in wuzhen?': "No." and the fact that says what is
        claimed (a product launch) of another place (Beijing); "Yes." and the facts that say it of
        the place asked; None when no fact says what is claimed of any place."""
        places = [p for p in frame.scopes if p in self.kb.places]
        claimed = claimed_beside_names(frame)
        if not (frame.yes_no and places and claimed) or frame.operation is not None:
            return None
        found = self.facts.answer(replace(query, words=tuple(claimed), scopes=(), unknown=()))
        saying = [f for f in found if says_every_word(f, claimed)]
        if len(claimed) < MIN_EVENT_WORDS:
            # (one word, "credited", may be said of anything; an event takes two, "product launch",
            # or is the very thing a fact is of, said before the place: "was the photo taken in
            # wuzhen?", never "did he speak in wuzhen about the photo?")
            before = frame.text.find(claimed[0]) < min(frame.text.find(p.lower()) for p in places)
            saying = [f for f in saying if f.metric == claimed[0] and before]
        # (by the fact's own words where they name a place: the sentence of "plans to launch in the
        # US" names India too; by its sentence where they name none)
        placed = {f.id: self._placed(f) for f in saying}
        if there := [
            f
            for f in saying
            if mentions(f, places, sentence=False) or (not placed[f.id] and mentions(f, places))
        ]:
            # ("... in beijing in may 2015?": the fact's own date may still say no)
            return self._verdict(frame, there) or "Yes.", there
        if any(mentions(f, places, sentence=False) for f in found):
            return None  # ("do they plan to launch in india in a few years?": India is a market already)
        elsewhere = [f for f in saying if placed[f.id]]
        return ("No.", elsewhere[:1]) if elsewhere else None

    def _placed(self, fact: Fact) -> list[str]:
        """The places a fact's own words (its statement and who it quotes) name."""
        return [p for p in self.kb.places if mentions(fact, (p,), sentence=False)]

    def _without_a_fact(self, frame: Frame, metric: str | None) -> Answer | None:
        """No fact answers: why without a reason, or the figure after all."""
        # "why did sales grow?", "why didn't they hit it?": figures are no reason either
        if set(frame.asks) - {Ask.WHAT} == {Ask.WHY} and WHY_ASKED_OUTRIGHT.search(frame.text):
            # "Why two numbers for 2014?": the sources disagree, which is all there is to say.
            asks_about_sources = DISAGREEMENT.search(frame.text) or len(frame.text.split()) <= 2
            if metric and asks_about_sources and (found := self._disagreement(frame, metric)):
                return found
            # "why?" after a figure: the figure again is no reason. Say there is none to give.
            return self._decline(frame, "I don't know why: the articles give no reason for that.")
        # "Where does xiaomi sell its phones?": no figure answers where, who said it or who is.
        if frame.asks_what_is_sold:
            return None  # "what devices does it sell?": no count answers which
        if metric and not (NEVER_A_FIGURE & set(frame.asks) and frame.operation not in NUMERIC):
            return self._figures(frame, metric)
        if metric and self._figure_despite_said(frame):
            return self._figures(frame, metric)
        return None

    def _not_understood(self, frame: Frame) -> Answer:
        """Nothing understood: say so, with what the bot knows and questions to try."""
        reply = Reply()
        reply.add("I don't know that one.")
        reply.add("I know " + self.composer.summary(short=True))
        suggestions = self.suggest(frame)
        if suggestions:
            reply.add("Did you mean: " + " / ".join(f"\u201c{s}\u201d" for s in suggestions))
        else:
            suggestions = self.composer.example_questions
            reply.add("Try: " + " / ".join(f"\u201c{s}\u201d" for s in suggestions))
        return self.composer.finish_unanswered(frame, reply, suggestions, AnswerKind.NOT_UNDERSTOOD)

    def _disagreement(self, frame: Frame, metric: str, stated: tuple[float, ...] = ()) -> Answer | None:
        """The sources' figures for the year asked, set against each other, with any reason the
        facts give for their difference."""
        subjects = frame.subjects or (self.composer.main_subject,)
        return self.composer.disagreement(
            frame, metric, stated, lambda year: self.facts.explaining_difference(subjects, year)
        )

    def _query(
        self, frame: Frame, words: tuple[str, ...] = (), unknown: tuple[str, ...] | None = None
    ) -> FactQuery:
        """What the facts are searched with: the frame's words (or `words`) and what it names."""
        # "who was top in china?": the company that was is the answer, not a person
        # ... nor "who was the top smartphone company in china?", a topic whose facts name no one
        # (never "who said it's not the no. 1 priority?")
        first_of_no_one = ASKS_FIRST.search(frame.text) and not self.facts.about_people(frame.topics)
        first_of_no_one = first_of_no_one and Ask.SAID not in frame.asks
        company_asked = frame.operation in EXTREMES or bool(frame.topics and first_of_no_one)
        asks = tuple(a for a in frame.asks if not (a is Ask.WHO and company_asked))
        # "where does it sell outside china?": a place no fact names is where the answer is
        # asked to go, not what the fact found must name.
        scopes = self.facts.named_by_facts(frame.scopes) if Ask.WHERE in asks else frame.scopes
        money = self._sums_of_money(frame)
        return FactQuery(
            words or frame.content,
            asks,
            frame.subjects,
            scopes,
            (*frame.weak_words, *self._ordinals_alone(frame)),
            frame.period_part,
            self.composer.main_subject,
            tuple(frame.all_years),
            frame.unknown if unknown is None else unknown,
            frame.yes_no,
            frame.details,
            money,
            sum_asked_about=not (frame.yes_no or frame.pronoun or frame.threshold or frame.subjects),
            amounts=self._amounts_placed(frame, money),
        )

    @staticmethod
    def _amounts_placed(frame: Frame, money: tuple[float, ...]) -> tuple[float, ...]:
        """Numbers of units named in a question of where, when or who ("where did lei jun speak
        about the 80 million?"), never the sums of `money` it names: the fact stating one is the one
        meant; none for anything else ("how many years from founding to the 70 million year?")."""
        if not {Ask.WHERE, Ask.WHEN, Ask.WHO} & set(frame.asks) or Ask.HOW_MANY in frame.asks:
            return ()
        if frame.topics:
            return ()  # ("when was the company that sold 70 million founded?": its founding, named)
        return tuple(q for q in frame.quantities if q not in money and UNITS_LOW <= q < UNITS_HIGH)

    @staticmethod
    def _ordinals_alone(frame: Frame) -> tuple[str, ...]:
        """'Which one is first?', 'first things first: who runs xiaomi?': an ordinal tells no fact
        apart on its own ("the first half", "for the first time" say so in facts); "for the first
        time" asks one."""
        if "time" in frame.content:
            return ()
        return tuple(w for w in frame.content if w in ORDINAL_WORDS)

    @staticmethod
    def _sums_of_money(frame: Frame) -> tuple[float, ...]:
        """The sums of money a question names: its amounts and bound, when it speaks of dollars."""
        if MONEY_TERM not in frame.content:
            return ()
        return (*frame.quantities, *((frame.threshold[1],) if frame.threshold else ()))

    def _both_extremes(self, frame: Frame, metric: str) -> Answer:
        """'best and worst years?': each; 'the gap between the best and worst years': the change
        between the two years found, and their total or average when asked."""
        plain = replace(frame, both_extremes="", superlative="", rank=1)
        # "the 2nd best year vs the worst": the ordinal ranks one of the two, the other is the first
        ranked = Operation.WORST if RANKED_WORST.search(frame.text) else Operation.BEST
        ranks = {op: frame.rank if op is ranked else 1 for op in EXTREMES}
        if self._is_target(metric) or frame.rank == 1:
            found = self.composer.extreme_years(frame, metric)
        else:
            found = self._extreme_years_ranked(frame, metric, ranks)
        worked_out = BOTH_EXTREMES_WORKED_OUT.get(frame.both_extremes)
        if worked_out is not Operation.CHANGE and AROUND_THE_EXTREME_UNSURE.search(frame.text):
            worked_out = None  # "the worst year and the year after the peak": not those two years; each said
        if worked_out and found:
            years = tuple(sorted(set(found)))
            return self._figures(replace(plain, years=years, operation=worked_out, direction=""), metric)
        second = frame.threshold_top or frame.threshold_again
        if found and frame.yes_no and frame.threshold and second and not self._is_target(metric):
            # "was the best year over 61m and the worst under 10m?": each year found, against its own number
            checked = replace(
                plain,
                operation=None,
                extreme="",
                against_extreme=False,
                threshold_top=None,
                threshold_again=None,
                since_year=None,
                until_year=None,
                year_range=None,
            )
            # (each answered in the order asked, with the number said beside it)
            asked = found if _said_before(BEST_SAID, WORST_SAID, frame.text) else found[::-1]
            answers = [
                self._figures(replace(checked, years=(year,), threshold=bound), metric)
                for year, bound in zip(asked, (frame.threshold, second), strict=True)
            ]
            return self.composer.joined(frame.question, answers)
        answers = [self._figures(replace(plain, operation=op, rank=ranks[op]), metric) for op in EXTREMES]
        return self.composer.joined(frame.question, answers)

    def _extreme_years_ranked(
        self, frame: Frame, metric: str, ranks: dict[Operation, int]
    ) -> tuple[int, int] | None:
        """The years of the best and the worst at the rank asked of each, or None with too few years."""
        best, worst = (self._year_ranked(frame, metric, op.value, ranks[op]) for op in EXTREMES)
        if best is None or worst is None or len(self.composer.ranked_years(frame, metric, "best")) < 2:
            return None
        return best, worst

    def _year_ranked(self, frame: Frame, metric: str, kind: str, rank: int) -> int | None:
        """The year at that place among a metric's years, best first (or worst first), if any."""
        ranked = self.composer.ranked_years(frame, metric, kind)
        return ranked[rank - 1] if rank <= len(ranked) else None

    def _is_target(self, metric: str) -> bool:
        known = self.kb.metrics.get(metric)
        return known is not None and known.kind == "target"

    def _bare_numbers(self, frame: Frame) -> tuple[float, ...]:
        """Numbers written bare ("60"), in the scale of the main figures, when the question has any."""
        bare = tuple(float(n) for n in frame.stray_numbers if n.replace(".", "", 1).isdigit())
        return self._in_scale(bare, self.main_figure_metric) if bare and self.main_figure_metric else ()

    def _in_scale(self, numbers: tuple[float, ...], metric: str) -> tuple[float, ...]:
        """Numbers written bare ("80") in the scale a metric's figures are said in (millions)."""
        values = sorted(f.value for f in self.kb.facts(metric) if f.value)
        if not values:
            return numbers
        scale = scale_of(values[len(values) // 2])
        return tuple(n * scale for n in numbers)

    def _year_of_one_article(self, frame: Frame, metric: str) -> int | None:
        """'How much did norvik sell last year?': when one dated article holds all of a company's
        figures, or the question names one, its "last year" is the one meant. Several articles
        leave it to the asker."""
        if frame.years_ago is None:
            return None
        whose = frame.subjects[:1] or (self.composer.main_subject,)
        # "in the 2017 article, how many did they sell last year?": that article's last year
        sources = self.composer.chosen_sources(frame) or {
            f.source for f in self.kb.facts(metric, subjects=whose)
        }
        year = self.composer.articles_year(sources)
        return None if year is None else year - frame.years_ago

    def _verdict(self, frame: Frame, facts: list) -> str:
        """Yes, no or nothing for a check, from these facts and the names the facts know."""
        if not facts:
            return ""
        if outsiders := self._outsiders_target_said_the_companys(frame, facts):
            # "did xiaomi say it expects 70m in 2017?", "is kevin wang's 70m a xiaomi target?"
            whose = wording.possessive(wording.listing(quoted_names_of(outsiders)))
            return f"No: that figure is {whose}, not the company's own."
        return fact_verdict(frame, facts, self.facts.person_words, self.facts.said_as, self._said_in_a_fact)

    def _outsiders_target_said_the_companys(self, frame: Frame, facts: list) -> list:
        """The targets among `facts` that only an outsider gave ("Kevin Wang, industry insider"),
        where a check says the company gave or holds them; [] otherwise."""
        if not (frame.yes_no and frame.target_named and frame.quantities):
            return []
        targets = [f for f in facts if self._is_target(f.metric) and f.value is not None]
        named = [f for f in targets if any(matches(f, q) for q in frame.quantities)]
        if not named or not all(f.quoted and not said_by_the_company(f) for f in named):
            return []
        owner = "|".join(re.escape(s.lower()) for s in frame.subjects) or "company"
        said = re.compile(
            rf"\b(?:{owner}|the company)(?:'s)?(?: own| official)? (?:sales )?(?:target|goal)"
            rf"|\b(?:{owner}|the company) (?:say|said|says|claim\w*|announce\w*|state\w*|expect\w*|plan\w*"
            r"|predict\w*|forecast\w*|project\w*|set|aim\w*)\b"
        )
        if not said.search(frame.text):
            return []
        # ("did kevin wang say xiaomi's target is 70m?": what he said, asked of him)
        speaker = "|".join(re.escape(name) for name in frame.quoted)
        spoke = speaker and re.search(rf"\b(?:{speaker}) (?:say|said|says|claim\w*|think\w*)\b", frame.text)
        return [] if spoke else named

    @staticmethod
    def _concerns(fact, subjects: tuple[str, ...]) -> bool:
        """Whether a fact is about, or names, one of these companies."""
        return any(s in fact.subjects or s in fact.statement for s in subjects)

    def _asks_article_date(self, frame: Frame) -> bool:
        """'When was the 2017 article published?', 'the date on the Kevin Wang piece?': nothing
        asked but an article's date ("how old was xiaomi when the 2015 article was written?" asks
        an age; "who said it, in which article?" a person)."""
        if not (ARTICLE.search(frame.text) or frame.sources_named) or frame.quantities or frame.age_asked:
            return False  # ("how old was xiaomi when the article was written?": an age)
        pointed = frame.meaning_asked or YEAR_POINTED_TO.search(frame.text)
        asked_of_a_measure = frame.sales_word or frame.target_named or frame.topics
        if frame.years_ago is not None and pointed and not asked_of_a_measure:
            # "what does 'this year' mean in the 2015 article?": counted from its date ("... and
            # what did they sell then?" asks that year's figure)
            return True
        if not (Ask.WHEN in frame.asks or ARTICLE_DATE.search(frame.text)) or Ask.WHO in frame.asks:
            return False
        about = ARTICLE_ABOUT.search(frame.text) and ARTICLE_DATE.search(frame.text)
        if about and self.composer.source_named_by_title(frame):
            return True  # "when was the article about the sales goals written?": the one its title says
        if frame.metric or frame.topics:
            return False
        titles = frozenset().union(*self.composer.title_words.values())
        named = {w for name in frame.quoted for w in name.split()}
        return set(frame.content) <= ARTICLE_WORDS | titles | named

    def _absent_spoken_of(self, frame: Frame) -> list:
        """'norvik headquarters', 'does norvik publish revenue?': what the bot has no figures of
        may still be what a fact of that company says ("headquartered in Bergen"); never for a
        period or an amount, which would be a figure."""
        if frame.has_period or frame.quantities or frame.operation:
            return []
        if {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks):
            return []  # "how many customers": a count the facts do not give
        words = tuple(frame.absent.lower().split())
        if VALUE_NOUNS & set(words):
            return []  # "customer satisfaction rate": a value, which a fact saying it matters lacks
        # Any kind of answer: a place no scopes.csv row names ("Bergen") is still where it is.
        found = self.facts.answer(self._query(replace(frame, asks=()), words=(*words, *frame.content)))
        if not found:
            # "where is tallis headquartered?": no fact shares a word, one may still say it otherwise
            # ("based in Istanbul")
            subjects = set(frame.subjects or (self.composer.main_subject,))
            found = [f for f in self.facts.facts if subjects & set(f.subjects)]
        return self.facts.speaking_of(found, words)[: self.facts.settings.max_facts]

    def _spreads(self, frame: Frame, metric: str | None) -> bool:
        """Whether a figure can be spread over the parts of a year: one whole year of a count or a
        target (not a change)."""
        averaged = frame.operation is Operation.AVERAGE  # "quarterly average 2012": a count asked
        # ("2014 per month": a year and its rate, nothing else named: that year's figure, spread)
        bare = bool(frame.all_years) and not (frame.topic_words or frame.topics or frame.unknown)
        if frame.metric is None and not (frame.asks_for_figure or frame.sales_word or averaged or bare):
            return False  # no count asked, nor carried from the last question
        known = self.kb.metrics.get(metric or "")
        # ("a month in the first half of 2015": a half is spread over its own months)
        one_year = len(frame.all_years) == 1 and frame.period_part in (None, "", "H1", "H2")
        # ("a month over 2012-2016", "total 2015 and 2016", "per month?": the years' sum spread)
        whole_years = len(set(frame.all_years)) > 1 and not frame.period_part
        summed = (Operation.TOTAL,) if whole_years else ()
        return (
            known is not None
            # a target's pace too ("the 2017 goal per month"), of a whole year only
            and (known.kind == "figure" or (known.kind == "target" and not frame.period_part))
            and (one_year or (whole_years and known.kind == "figure"))
            and frame.operation in (None, Operation.AVERAGE, *summed)
        )

    def _names_only(self, frame: Frame) -> bool:
        """Whether every word of the question known anywhere is a name: a person's or a company's."""
        names = {*self.facts.person_words, *(w for s in frame.subjects for w in s.lower().split())}
        return all(w in names or w in frame.unknown for w in frame.content)

    def _none_given(self, frame: Frame, asked: str, found: list[Fact]) -> Answer:
        """'The articles don't say why.', with the first facts found: declined, never passed off."""
        return self._declined_beside(frame, f"The articles don't say {asked}. What they say:", found[:2])

    def _declined_beside(self, frame: Frame, lead: str, facts: list[Fact]) -> Answer:
        """Declined with what the articles do say: the lead ("The articles don't say which."), then
        each fact's statement with its source."""
        reply = Reply()
        reply.add(lead)
        for fact in facts:
            reply.add(self.composer.statement(fact), fact.source)
        return self.composer.finish_unanswered(frame, reply, (), AnswerKind.DECLINED)

    def _where_or_who(self, frame: Frame) -> bool:
        """'Does xiaomi sell in India?', 'did jony ive accuse xiaomi of stealing?': a place, a thing or a
        person the facts know, with no period, number or count asked, is a question for the facts
        (no figure is by place or by person)."""
        # "When was xiaomi top in china?": being the best somewhere, with no measure named, is a fact.
        # (The router may have given it the figure metric already: only a sales word of its own counts.)
        ranked_there = frame.operation in EXTREMES and not frame.sales_word
        if (
            (frame.has_period and not ranked_there)  # "still top in china as of 2017?" is a fact too
            or frame.quantities
            or frame.threshold
            or (frame.operation and not ranked_there)
            or frame.asks_for_figure
        ):
            return False
        # "xiaomi sales in india" still asks for a figure, which is declined; "does it sell there?" does not.
        asks_place = frame.yes_no or Ask.WHERE in frame.asks or ranked_there
        place = bool(set(frame.scopes) & set(self.kb.places)) and asks_place
        # "does xiaomi sell fitness trackers?": whether it sells the thing, no count of it
        # ("did they sell many?" asks how many)
        sold = bool(frame.scopes) and frame.yes_no and frame.sells and not HOW_WELL.search(frame.text)
        return place or sold or bool(set(frame.content) & self.facts.person_words)

    def _role_holder(self, frame: Frame, query: FactQuery, found: list) -> list:
        """'Is Kevin Wang the CEO?' when his facts never mention the role: the facts about the
        role alone, if they name someone else; [] when his facts settle it or nothing does."""
        people = self.facts.person_words
        named = {w for w in frame.content if w in people}
        role = tuple(dict.fromkeys(w for w in frame.content if w not in people))
        if not named or not role or not IDENTITY.search(CLAIM_TO_CHECK.sub("", frame.text)):
            return []  # ("fact check: kevin wang is ceo": the claim after its label)
        said = " ".join(f"{f.statement} {f.quoted}" for f in found).lower()
        if all(w in said for w in role):
            return []
        holder = self.facts.answer(replace(query, words=role))
        # Only a fact naming someone else holds the role: "founded in 2010" names no founder.
        others = [
            f
            for f in holder
            if PERSON_NAME.search(f"{f.statement} {f.quoted}")
            and not named & set(f"{f.statement} {f.quoted}".lower().split())
        ]
        return others if others and len(others) == len(holder) else []

    def _quoted_by_figure(self, frame: Frame, metric: str) -> list:
        """'Who came up with the 70 million figure for 2017?': the number and the year name the
        fact, whichever metric it is of (here a target, though 'figure' read as sales): the facts
        of another metric that state that very number for that period, and quote someone."""
        if not frame.quantities or (metric and not frame.all_years):
            return []
        for other in (*self.figure_metrics, *self.target_metrics):
            if other != metric and (found := self.composer.quoted_facts(replace(frame, metric=other), other)):
                return found
        return []

    def _targets_of_the_year(self, frame: Frame) -> tuple[float, ...]:
        """The figures of every target of the one year asked, in data order."""
        whole_year = replace(frame, period_part=None, part_years=())
        found = [
            f.value for metric in self.target_metrics for f in self.composer.targets_of(whole_year, metric)
        ]
        return tuple(dict.fromkeys(found))

    def _no_article_gives(self, frame: Frame, numbers: tuple[float, ...], found: list[Fact]) -> Answer:
        """'Which article says 61 million for 2015?': no article gives that number for that year
        (the periods it is given for are said); the year's own figures, with their sources."""
        said = wording.listing([wording.number(n) for n in numbers], "or")
        years = wording.listing([str(y) for y in frame.all_years], "or")
        given = wording.listing(sorted({wording.period_name(f.period) for f in found}))
        given = f"; it is the figure for {given}" if given else ""
        plain = replace(frame, operation=None, quantities=(), yes_no=False, asks=())
        figures = self._figures(plain, self.main_figure_metric) if self.main_figure_metric else None
        sentences = (Sentence((f"No article gives {said} for {years}{given}.",)),)
        if figures is not None and figures.answered:
            sentences = (*sentences, *figures.sentences)
        text, _ = render_text(sentences, self.kb)
        base = figures if figures is not None else self._not_understood(frame)
        return replace(base, text=text, sentences=sentences)

    def _facts_of_figure(self, frame: Frame) -> list:
        """The facts, of any figure or target metric, that state a number the question names."""
        subjects = frame.subjects or (self.composer.main_subject,)
        return [
            fact
            for metric in (*self.figure_metrics, *self.target_metrics)
            for fact in self.kb.facts(metric, subjects=subjects)
            if any(matches(fact, q) for q in frame.quantities)
        ][: self.facts.settings.max_facts]

    @staticmethod
    def _figure_despite_said(frame: Frame) -> bool:
        """'... he kept saying they were huge in 2015, so how many phones did they sell that
        year?': how many, of a measure, in a period, with nobody the facts quote named. The
        'saying' is the asker's story; no fact said it, so the figure is what is asked."""
        asks = set(frame.asks)
        # "what do the numbers say about 2015 sales?": the figures themselves say it
        figures_say = frame.figures_say
        return (
            asks <= {Ask.SAID, Ask.HOW_MANY, Ask.HOW_MUCH, Ask.WHAT}
            and (frame.asks_for_figure or figures_say)
            and frame.has_period
            and not frame.quoted
        )

    @staticmethod
    def _asks_said(frame: Frame) -> bool:
        """What someone said is wanted, not when they spoke: "when did Lei Jun speak at a
        launch?" asks for a date, which facts that merely quote him need not have."""
        return (Ask.SAID in frame.asks or frame.reported) and Ask.WHEN not in frame.asks

    def _said_by_another(self, frame: Frame, query: FactQuery, ranked: list[Fact]) -> Answer | None:
        """'Did Kevin Wang say customer satisfaction matters most?': where none of the person's facts
        (`ranked`: the facts found for the question) says it and the best fact for the words besides
        the name quotes someone else, no, with whose words they are; None otherwise."""
        of_figure = self._facts_of_figure(frame) if frame.quantities else []
        if frame.all_years:
            of_figure = [f for f in of_figure if f.period[:4] in {str(y) for y in frame.all_years}]
        if any(
            quotes_one_of(f, frame.quoted) or any(n in f.statement.lower() for n in frame.quoted)
            for f in of_figure
        ):
            return None  # "did kevin wang say they need 70 million?": his number, a target's
        if others := [name for name in quoted_names_of(of_figure[:1]) if name]:
            # "did lei jun say 70 million for 2017?": the number is someone else's, whatever he said
            return self.composer.facts_answer(
                frame, of_figure[:1], 100.0, f"No: that was {wording.listing(others)}."
            )
        if any(quotes_one_of(f, frame.quoted) for f in ranked):
            return None  # one of theirs says it
        named = {w for name in frame.quoted for w in name.split()}
        words = tuple(w for w in query.words if w not in named)
        if not words:
            return None
        best = self.facts.answer(replace(query, words=words))
        if not best or quotes_one_of(best[0], frame.quoted):
            return None
        if any(name in best[0].statement.lower() for name in frame.quoted):
            return None  # ("Kevin Wang is an industry insider; he said ...": his, though quoting no one)
        others = [name for name in quoted_names_of(best[:1]) if name]
        if not others:
            # "did lei jun say xiaomi was valued at 46 billion?": the articles say it, quoting no one
            names = wording.listing([n.title() for n in frame.quoted])
            return self._none_given(frame, f"that {names} said so", best[:1])
        return self.composer.facts_answer(frame, best[:1], 100.0, f"No: that was {wording.listing(others)}.")

    def _said_by(self, frame: Frame, query: FactQuery, ranked: list[Fact]) -> list:
        """'What did Canalys report?', 'what's Kevin Wang's take?': the facts that quote them,
        best matching the rest of the question first (`ranked`: the facts found for it); the usual
        ranking when it finds better."""
        theirs = [f for f in ranked if quotes_one_of(f, frame.quoted)]
        return theirs or self.facts.quoting(frame.quoted, query)

    def _figures(self, frame: Frame, metric: str) -> Answer:
        if self._two_years_apart_no_target(frame, metric):
            # "2013 sales", "how many more would they have needed to match 2015?": the two years'
            # figures set against each other; no target was named to fall short of
            frame = replace(frame, operation=Operation.COMPARE)
            claimed = YEAR_CLAIMED_TO_BEAT.search(frame.text) if frame.yes_no else None
            if claimed and int(claimed["y"]) in frame.years:
                # "2014 sales", "did 2016 beat them?": 2016 is the year claimed higher, checked first
                year = int(claimed["y"])
                frame = replace(frame, years=(year, *(y for y in frame.years if y != year)))
        if frame.future and not frame.has_period and self.kb.metrics[metric].kind == "figure":
            # "will sales grow?", "how much will they sell?": the figures are of the past, never a forecast
            return self.composer.no_forecast(frame, self.composer.intent("figure", metric))
        if frame.unscaled:
            threshold = frame.threshold
            if threshold is not None:  # "was 2014 more than 60?": 60 million
                threshold = (threshold[0], self._in_scale((threshold[1],), metric)[0])
                if threshold[1] > self.highest[metric] * BARE_BOUND_REACH:
                    # "were xiaomi phones under 300 in 2015?": no count the figures come near; a price
                    return self.composer.no_period(frame, self.composer.intent("figure", metric), [])
            quantities = self._in_scale(frame.quantities, metric)
            frame = replace(frame, quantities=quantities, threshold=threshold, unscaled=False)
        several = bool(frame.counted_years and frame.counted_years[1] > 1)  # "the two latest years"
        if frame.latest and not frame.all_years and not frame.operation and not several:
            # "the most recent full year you have": the last year with a figure
            years = self.composer.years_with_figures(frame, metric)
            if years:
                frame = replace(frame, years=(years[-1],))
        # ("growth in the latest year": the last change too, never the whole span's)
        lately = (
            frame.operation is Operation.CHANGE and not frame.has_period and (frame.lately or frame.latest)
        )
        if lately and self.kb.metrics[metric].kind == "figure":
            # "is xiaomi still growing?": the last change, not the whole span's
            years = self.composer.years_with_figures(frame, metric)
            if len(years) > 1:
                frame = replace(frame, years=tuple(years[-2:]))
        # "H1 2015 vs 2013, which is bigger?" (a comparison, or a difference with no direction
        # asked); "did sales rise from 2014 to the first half of 2015?" is no such comparison
        plain_difference = frame.operation is Operation.CHANGE and not frame.direction and not frame.yes_no
        # "was h1 2015 within 40m of 2015?": the size of that difference, checked
        plain_difference = plain_difference or (
            frame.operation is Operation.CHANGE and not frame.direction and bool(frame.differences)
        )
        if (frame.operation in (Operation.COMPARE, Operation.RATIO) or plain_difference) and (
            compared := self.composer.periods_compared(frame, metric)
        ):
            return compared  # "H1 2015 vs all of 2013": a half against a year
        # "the 2013-2014 jump or the 2014-2015 one": two changes named; "more in 2012-2013 than in
        # 2015-2016?" sets two spans' sales side by side, no changes
        summed = (
            frame.operation
            in (Operation.TOTAL, Operation.AVERAGE, Operation.COMPARE, Operation.RATIO, Operation.GAP)
            and not frame.target_named
            # "was H1 2015 more than 2012 and 2014 combined?": one part of a year, on one side
            and len(frame.parts_named) <= 1
        )
        if frame.sums_apart and summed and (compared := self.composer.sums_compared(frame, metric)):
            return compared  # "were 2012 and 2013 combined more than 2016?": a sum against a year
        two_changes = frame.operation is Operation.CHANGE or CHANGE_NAMED.search(frame.text)
        if frame.second_range and two_changes and (compared := self.composer.changes_compared(frame, metric)):
            return compared  # "which was larger: the 2013-2014 jump or the 2014-2015 jump?"
        # ("the difference between h1 and h2 2015": the two halves, side by side)
        side_by_side = frame.operation in (Operation.COMPARE, Operation.CHANGE, Operation.RATIO)
        halves = side_by_side and set(frame.parts_named) == {"H1", "H2"}
        if halves and (compared := self.composer.halves_compared(frame, metric)):
            return compared  # "was the second half of 2015 bigger than the first?"
        if side_by_side and not halves and self._part_without_a_figure(frame, metric):
            # "did they sell more in q2 or q3 2015?": a part no figure gives, nothing to set side by
            # side; what there is of each part, in the order named
            plain = replace(frame, operation=None, yes_no=False, offers_alternatives=False)
            answers = [
                self._figures(replace(plain, period_part=part, parts_named=(part,)), metric)
                for part in dict.fromkeys(frame.parts_named)
            ]
            return self.composer.joined(frame.question, answers)
        # ("if they did 70m for the full year, what was left for the second half?": 70m is 2015's
        # own figure, and what was left is the rest of that year's sales, no way to a target)
        to_a_target = self._is_target(metric) or (frame.quantities and not self._the_years_own(frame, metric))
        # "what did they need in the second half to hit the original target?": the rest of it
        to_a_target = to_a_target or (frame.period_part == "H2" and frame.target_named and not frame.yes_no)
        if frame.period_part == "H1" and to_a_target and SHARE_WORDS.search(frame.text):
            # "what share of the 100m goal is that?" after the first half: that half against it
            figure = metric if not self._is_target(metric) else self.main_figure_metric
            if figure and (share := self.composer.share_of_target(frame, figure)):
                return share
        still = (
            STILL_NEEDED.search(frame.text) or frame.operation is Operation.GAP
        )  # "and in the first half?"
        # A first half carried from the question before: "xiaomi h1 2015", "and the target?" asks the
        # year's targets (none is set for a half), "did they hit it?" the year's sales against them;
        # ("projected full year at that pace?", "what % of the target?" stay the half's, and "did they
        # reach 35m?" checks the half's own figure)
        carried_half = frame.period_part == "H1" and not HALF_SAID.search(frame.text)
        worked_out = frame.operation or frame.percent_asked or PACE_SAID.search(frame.text)
        target_said = TARGET_SAID.search(frame.text)
        targets_asked = (
            self._is_target(metric) and target_said and not (frame.quantities or still or worked_out)
        )
        of_a_target = frame.target_named or self._is_target(metric) or target_said
        reached = of_a_target and frame.yes_no and REACH_ASKED.search(frame.text)
        if carried_half and (targets_asked or reached):
            return self._figures(replace(frame, period_part=None, parts_named=()), metric)
        if frame.period_part in ("H1", "H2") and to_a_target and still:
            # "after H1 2015, how many more for 80m?", "what did they need in H2 to reach 100m?"
            figure = metric if not self._is_target(metric) else self.main_figure_metric
            if figure and (rest := self.composer.rest_to_target(frame, figure)):
                return rest
        # "the gap between the two reported 2014 figures": the sources, one against the other.
        apart = len(frame.all_years) == 1 and DISAGREEMENT.search(frame.text) and APART.search(frame.text)
        apart = apart and not _gap_names_no_source(frame)
        if apart and (found := self._disagreement(frame, metric)):
            return found
        if frame.scopes and set(frame.scopes) & self.kb.nicknames:
            # "xiaomi, the 'apple of china' one, how many did they sell?": the company's sales.
            frame = replace(frame, scopes=tuple(s for s in frame.scopes if s not in self.kb.nicknames))
        if frame.both_extremes and frame.year_range and tuple(frame.years) == tuple(frame.year_range):
            # "the gap between the best and worst years 2012-2016": the range bounds where they are
            low, high = frame.year_range
            frame = replace(frame, years=(), year_range=None, since_year=low, until_year=high)
        if frame.both_extremes and not frame.all_years:
            return self._both_extremes(frame, metric)
        # (of a count's years only: "was the highest goal 80 million?" ranks targets, and "was the best
        # year $46 billion?" names a sum of money)
        of_a_count = not self._is_target(metric) and MONEY_TERM not in frame.content and "$" not in frame.text
        if of_a_count and self._extreme_checked_against_a_bound(frame):
            # "was the second best year over 61 million?": that year's figures against the number
            year = self._extreme_year(frame, metric)
            if year is not None:
                # ("did the best year beat 65m?" stays a gap to the number, from that year)
                operation = None if frame.operation in EXTREMES else frame.operation
                plain = replace(frame, operation=operation, extreme="", superlative="", rank=1)
                plain = replace(plain, years=(year,), since_year=None, until_year=None, against_extreme=False)
                return self._figures(plain, metric)
        between = (Operation.RATIO, Operation.CHANGE, Operation.COMPARE)
        measured = frame.operation in EXTREMES or (frame.operation in between and frame.extreme)
        # ("was 2014 the biggest jump?" ranks the changes, not the year against the best year)
        changes_ranked = frame.operation is Operation.CHANGE and RANKED_CHANGE.search(frame.text)
        # ("was the 2015 target the biggest?" ranks the targets; "their best year" is a year of sales)
        target_against_sales = (
            self._is_target(metric) and self.main_figure_metric and EXTREME_YEAR.search(frame.text)
        )
        one_year_against_an_extreme = frame.against_extreme and measured and len(frame.all_years) == 1
        # "how does the 2017 target compare to their best year?": against the best year's sales
        if (
            target_against_sales
            and one_year_against_an_extreme
            and (year := self._extreme_year(frame, self.main_figure_metric))
        ):
            plain = replace(frame, against_extreme=False, superlative="", direction="", extreme="")
            against = replace(
                plain,
                operation=Operation.GAP,
                metric=self.main_figure_metric,
                years=(year, frame.all_years[0]),
                sales_year=year,
                target_year=frame.all_years[0],
            )
            return self._figures(against, self.main_figure_metric)
        if one_year_against_an_extreme and not changes_ranked:
            # "how much lower were 2016 sales than the peak?": that year against the best year;
            # "how many times bigger was the best year than that?" after the worst: a ratio of the two
            other = self._extreme_year(frame, metric)
            if other and other != frame.all_years[0]:
                # A check keeps the year asked first ("was 2016 lower than the best year?").
                operation = Operation.COMPARE if frame.yes_no else Operation.CHANGE
                if frame.operation is Operation.RATIO:
                    operation = Operation.RATIO
                years = (
                    (frame.all_years[0], other)
                    if frame.yes_no
                    else tuple(sorted((other, frame.all_years[0])))
                )
                plain = replace(frame, against_extreme=False, superlative="", direction="")
                return self._figures(replace(plain, years=years, operation=operation), metric)
        below_the_first = frame.against_extreme and frame.rank > 1 and measured and not frame.all_years
        # (targets rank as their own answers have it, an outsider's figure left out)
        below_the_first = below_the_first and not self._is_target(metric)
        # (never a ranking of changes carried: "the biggest growth?", "and the second biggest?")
        if below_the_first and not (changes_ranked or frame.relative_step or frame.direction):
            # "how much less did the second best year sell than the best?": that year against the first
            kind = "worst" if frame.operation is Operation.WORST or frame.extreme == "worst" else "best"
            first, other = (self._year_ranked(frame, metric, kind, rank) for rank in (1, frame.rank))
            if first is not None and other is not None:
                operation = Operation.RATIO if frame.operation is Operation.RATIO else Operation.CHANGE
                operation = Operation.COMPARE if frame.yes_no else operation
                years = (other, first) if frame.yes_no else tuple(sorted((first, other)))
                plain = replace(frame, against_extreme=False, superlative="", direction="", rank=1)
                return self._figures(replace(plain, years=years, operation=operation), metric)
        if (
            frame.against_extreme
            and frame.relative_step
            and not frame.all_years
            and NEIGHBOUR_MEASURED.search(frame.text)
        ):
            # "how much higher was the best year than the year before?", "best year vs the previous
            # year": that year against its neighbour, never the biggest change of all
            found = self.composer.extreme_years(frame, metric)
            year = found and found[0 if frame.extreme == "best" else 1]
            if year:
                years = tuple(sorted((year, year + frame.relative_step)))
                operation = Operation.RATIO if frame.operation is Operation.RATIO else Operation.CHANGE
                plain = replace(
                    frame, against_extreme=False, superlative="", direction="", relative_step=None
                )
                return self._figures(replace(plain, years=years, operation=operation), metric)
        left_out = [p for p in frame.places_left_out if p in self.kb.places]  # not "besides fitness trackers"
        if left_out:
            # "sales outside china": everywhere but a place is no figure the articles split out.
            label, places = self.kb.metrics[metric].label, wording.listing(left_out, "or")
            return self._decline(
                frame, f"I don't know the {label} outside {places}: my figures are company-wide totals."
            )
        if frame.year_checks:
            return self.composer.years_checked(frame, metric)  # "was 2013 under 20m and 2015 over 65m?"
        two_numbers = frame.threshold and len(frame.quantities) == 1 and frame.yes_no and not frame.has_period
        if two_numbers and (compared := self.composer.numbers_compared(frame, metric)):
            return compared  # "is 58 million more than 60 million?": as written, and what each number is
        # ("what percent was the cut from 70m to 58m?" is a change of its own, worked out below)
        apart_asked = frame.operation is Operation.GAP or (
            frame.operation is Operation.CHANGE and not (frame.direction or frame.percent_asked)
        )
        two_apart = apart_asked and len(frame.quantities) == 2
        two_apart = two_apart and not (frame.has_period or frame.target_named or frame.yes_no)
        if two_apart and (apart := self.composer.numbers_apart(frame, metric)):
            return apart  # "how far is 58 million from 100 million?": as written, and what each number is
        a_multiple = (
            frame.operation is Operation.RATIO and len(frame.quantities) == 1 and len(frame.all_years) == 1
        )
        a_multiple = a_multiple and not (
            frame.yes_no or frame.threshold or frame.period_part or frame.calculation
        )
        if a_multiple and (multiple := self.composer.number_as_a_multiple(frame, metric)):
            return multiple  # "70m is what multiple of 2013 sales?": the number over that year's figure
        if frame.unknown_place:
            # "sales in norway": a place none of the facts name is never answered with the total.
            label, place = self.kb.metrics[metric].label, frame.unknown_place.capitalize()
            return self._decline(
                frame, f"I don't know the {label} for {place}: my figures are company-wide totals."
            )
        if (
            not frame.all_years
            and frame.relative_to_today
            and (year := self._year_of_one_article(frame, metric))
        ):
            frame = replace(frame, years=(year,), relative_to_today=False)
        if not frame.all_years and (frame.relative_to_today or frame.refers_back) and frame.operation not in (
            Operation.BEST, Operation.WORST
        ):  # fmt: skip
            return self.composer.which_year(frame, self.composer.intent("figure", metric))
        stepped_from_an_extreme = (
            frame.operation is Operation.CHANGE and frame.extreme and frame.against_extreme
        )
        if frame.relative_step and not frame.all_years and stepped_from_an_extreme and not frame.quantities:
            # "growth in the year after the best year?": the change into the year after 2015, never the
            # largest change
            found = self._extreme_year(replace(frame, operation=None), metric)
            if found is not None:
                year = found + frame.relative_step
                frame = replace(
                    frame,
                    years=(year - 1, year),
                    relative_step=None,
                    superlative="",
                    extreme="",
                    against_extreme=False,
                    direction="",
                )
        if frame.relative_step and not frame.all_years and (frame.quantities or frame.operation in EXTREMES):
            # "the year after it sold 61 million", "the year before its best year": that year, then a step.
            found = self.composer.years_of(frame, metric)
            if not found:
                return self.composer.compose(frame, self.composer.intent("reverse", metric), 100.0)
            years = tuple(y + frame.relative_step for y in found)
            frame = replace(frame, years=years, quantities=(), operation=None, relative_step=None)
        # "sales in 3014": numbers are never fuzzy, and no year is guessed; a decimal beside the
        # period asked is an amount said in passing ("if they did 34.7 in the first half")
        not_years = [n for n in frame.stray_numbers if "." not in n]
        if not_years or (frame.stray_numbers and not frame.has_period):
            intent = self.composer.intent("figure", metric)
            return self.composer.no_period(frame, intent, not_years or list(frame.stray_numbers))
        kind = KIND_OF[frame.operation]
        one_target_year = self.kb.metrics[metric].kind == "target" and len(frame.all_years) == 1
        if (
            kind in ("change", "compare")
            and one_target_year
            and len(self.composer.targets_of(frame, metric)) < 2
        ):
            # "by how much?", "how much more is that?" about one year's target: against the sales
            # (a year with several targets is the target revised instead).
            kind = "gap"
        if kind == "compare" and len(frame.all_years) == 1 and len(frame.subjects) < 2:
            kind = "figure"  # "what did he lower the 2015 goal to?": one figure, nothing to compare
        if kind == "total" and len(frame.all_years) == 1 and len(frame.subjects) < 2 and not frame.year_range:
            kind = "figure"  # "total sales in 2014": one year's figure, with both sources where they differ
        if self._two_targets(frame, kind, metric):  # "which target was bigger, 2015 or 2017?"
            target = self.composer.intent("gap", metric).versus
            frame = replace(frame, metric=target)
            if RATIO_WORD.search(frame.text):
                # "by what factor did the 2015 target exceed the 2014 projection?": how many times
                ratio = replace(frame, operation=Operation.RATIO, yes_no=False)
                return self.composer.compose(ratio, self.composer.intent("change", target), 100.0)
            return self.composer.compose(frame, self.composer.intent("compare", target), 100.0)
        if kind == "gap" and self.kb.metrics[metric].kind == "target":
            metric = self.main_figure_metric or metric
        if metric != frame.metric:
            frame = replace(frame, metric=metric)
        return self.composer.compose(frame, self.composer.intent(kind, metric), 100.0)

    def _part_without_a_figure(self, frame: Frame, metric: str) -> str:
        """Of two parts of one year set side by side, the first no figure gives ("" if both have one)."""
        parts = tuple(dict.fromkeys(frame.parts_named))
        if len(parts) != 2 or len(frame.all_years) != 1:
            return ""
        year = frame.all_years[0]
        facts = {part: self.kb.facts(metric, f"{year}-{part}", frame.subjects or None) for part in parts}
        return next((part for part in parts if not any(f.value is not None for f in facts[part])), "")

    @staticmethod
    def _extreme_checked_against_a_bound(frame: Frame) -> bool:
        """'Was the best year over 61 million?' checks one year, found first, against the number; a
        list of years over it ("which years topped 60m?") or a bound set by a year is another question."""
        reached = frame.operation is Operation.GAP and frame.extreme and len(frame.quantities) == 1
        # ("was the best year 61m?": that year's figure, checked against the number claimed)
        bounded = frame.operation in EXTREMES and (frame.threshold is not None or len(frame.quantities) == 1)
        return (
            (bounded or (reached and not frame.target_named))
            and frame.yes_no
            and not (frame.all_years or frame.both_extremes or frame.threshold_year or frame.threshold_of)
            and not (frame.first_time or frame.last_time)
        )

    def _extreme_year(self, frame: Frame, metric: str) -> int | None:
        """The best year of a metric's figures, or the worst where the question says the worst; at
        the place asked ("vs the second best?") of a count's figures."""
        best = frame.operation is Operation.BEST or frame.extreme == "best"
        if frame.rank > 1 and not self._is_target(metric):
            return self._year_ranked(frame, metric, "best" if best else "worst", frame.rank)
        found = self.composer.extreme_years(frame, metric)
        return found[0 if best else 1] if found else None

    def _two_targets(self, frame: Frame, kind: str, metric: str) -> bool:
        """A gap between two years that both have targets, with no sales named: the targets compared."""
        target = self.composer.intent("gap", metric).versus if kind == "gap" else ""
        if not target or frame.sales_word or frame.sales_year or len(set(frame.all_years)) != 2:
            return False
        if frame.quantities and not frame.target_named:
            return False  # "did xiaomi hit 60m in 2014 and 2015?": the years' figures against the number
        # "did they beat their targets in 2014 and 2015?": each year's sales against its own; "by what
        # factor did the 2015 target exceed the 2014 projection?" names two targets, set against each other
        two_named = TARGET_AS_SUBJECT.search(frame.text) is not None or frame.operation is Operation.RATIO
        if TARGET_MET_OR_MISSED.search(frame.text) and not two_named:
            return False
        return all(
            self.composer.targets_of(replace(frame, years=(y,), year_range=None), target)
            for y in frame.all_years
        )

    def _two_years_apart_no_target(self, frame: Frame, metric: str) -> bool:
        """A gap asked between two years' figures of a count, naming no target or number."""
        if frame.operation is not Operation.GAP or frame.target_named or frame.quantities or frame.threshold:
            return False
        if frame.target_year is not None or self.kb.metrics[metric].kind != "figure" or frame.period_part:
            return False
        if frame.unknown:
            return False  # "did they beat 2014 expectations?": a word for what they beat, maybe a target
        years = set(frame.all_years)
        # (both years' own figures: "2017 target", "how far is that from 2016?" sets a target beside one)
        return len(years) == 2 and all(self.kb.facts(metric, str(y)) for y in years)

    @functools.cached_property
    def revision_years(self) -> dict[str, frozenset[int]]:
        """The years each target metric was revised in (more than one target for a year)."""
        by_metric = self.targets_by_year.items()
        return {m: frozenset(y for y, v in by_year.items() if len(v) > 1) for m, by_year in by_metric}

    def _figure_metric(self, frame: Frame) -> str | None:
        """The figure or target metric a question is about, when it is about one."""
        if frame.metric and self.kb.metrics[frame.metric].kind in ("figure", "target"):
            return frame.metric
        # (one company and at most one year: "who did better, xiaomi in 2014 or 2015?" compares years)
        who_is_ahead = (
            frame.operation is Operation.COMPARE and Ask.WHO in frame.asks and len(frame.subjects) == 1
        )
        who_is_ahead = who_is_ahead and len(frame.all_years) <= 1 and not frame.period_part
        if who_is_ahead and not (
            frame.sales_word or frame.strong_sales or frame.quantities or frame.threshold
        ):
            return None  # "who's ahead of xiaomi in 2017?": the companies ahead, no figure
        figure_asked = frame.operation in NUMERIC or frame.asks_for_figure
        counted = frame.strong_sales and frame.all_years and figure_asked and not frame.metric
        if counted and self.main_figure_metric:
            return self.main_figure_metric  # "they started small ... how much they sold in 2012 and 2013"
        if frame.metric or frame.topics or frame.topic_words:
            return None
        if frame.asks_nothing and not frame.subjects:
            return None  # "+1", "10/10": a number on its own asks for no figure
        # ("was the cut 20 million?": a cut named as a thing; "wasn't 2016 lower?" is the sales')
        # (of one year or none: "the cut from 2015 to 2016" is the sales' fall)
        # ("what percent was the cut from 70m to 58m?": two numbers of their own, not the target's)
        cut_named = frame.revised and THE_CUT.search(frame.text) is not None and len(frame.all_years) <= 1
        cut_named = cut_named and len(frame.quantities) <= 1 and not AROUND_THE_CUT.search(frame.text)
        if cut_named and not (frame.sales_word or frame.strong_sales or frame.unknown):
            # (of the years asked, when one is: "how big was the cut in 2016?" is the sales' fall)
            revised = [
                m
                for m, years in self.revision_years.items()
                if years and (not frame.all_years or years & set(frame.all_years))
            ]
            if len(revised) == 1:
                return revised[0]  # "was the march cut 20 million?": the target revised (sales are not "cut")
        if frame.operation in NUMERIC and not frame.unknown:
            return self.main_figure_metric
        if frame.latest and frame.sales_word and not frame.unknown:
            return self.main_figure_metric  # "xiaomi's latest numbers": the last year's figure
        # "xiaomi 2014?": a period and nothing else to go on asks for the main figure.
        # "what about 2015?", "what happened in Q3 2015?" ask for the period's figures.
        plain_asks = not set(frame.asks) & (NEVER_A_FIGURE | ({Ask.WHEN} if not frame.quantities else set()))
        anything = (
            frame.has_period
            or frame.quantities
            or frame.stray_numbers
            or frame.threshold
            or frame.years_ago is not None
        )
        if anything and not frame.unknown and plain_asks:
            return self.main_figure_metric
        return None

    def _premise_denied(self, frame: Frame, metric: str | None) -> Answer | None:
        """'Why did they sell 100m in 2016?', 'why did sales double in 2016?': a reason asked for a
        year's figure or multiple that is not so. What was so is the answer, never a reason given
        for another. (A way of change denied is said where the reasons are: "They didn't: ...")"""
        if Ask.WHY not in frame.asks or metric not in self.figure_metrics or len(frame.all_years) != 1:
            return None
        # (a level claimed, never a size of change or a gap: "why did they sell 12m fewer?",
        # "why did they fall 30m short?" claim what is so)
        level = frame.quantities and frame.operation in (None, Operation.GAP)
        level = level and not (frame.differences or frame.claims_short)
        level = level and not CHANGE_OR_GAP_WORDS.search(frame.text)
        # ("why did they beat the 2015 target?": whether they did, against it)
        against_target = frame.target_named and frame.operation is Operation.GAP and not frame.quantities
        if frame.target_named and not against_target:
            return None
        if not (level or against_target or frame.operation is Operation.RATIO) or frame.period_part:
            return None
        year = str(frame.all_years[0])
        if level and any(rounds_to(f.value, frame.quantities[0]) for f in self.kb.facts(metric, year)):
            return None  # "why did they sell 7m in 2012?" of 7.2 million: so, rounded as people say it
        checked = self._answer(replace(frame, asks=(), yes_no=True, metric=metric), metric)
        said = checked.sentences[0].parts if checked.answered and checked.sentences else ()
        # ("No: 100 million was the sales target.": denied too, with what the number was)
        return checked if said and said[0].startswith(("No.", "No:")) else None

    def _year_judged(self, frame: Frame, metric: str | None) -> bool:
        """'Was 2016 a good year?', 'sales 2016' then 'was that a good year?': one year's figure judged,
        with no number or operation of its own ("this chat is wild, the 2013 figure?" asks the figure)."""
        if frame.smalltalk != "remark" or metric not in self.figure_metrics or len(frame.all_years) != 1:
            return False
        if frame.operation or frame.quantities or frame.period_part or frame.target_named:
            return False
        return FIGURE_ASKED_OUTRIGHT.search(frame.text) is None

    def is_smalltalk(self, frame: Frame) -> bool:
        if frame.remark:
            return True  # "2016 was rough for them": said of a year, asking nothing of it
        if frame.smalltalk == "bare":
            return True  # "oneplus" alone asks nothing yet, though "its valuation?" next is OnePlus's
        if frame.metric or frame.operation or frame.topic_words or frame.topics or frame.has_period:
            return False
        if frame.asks_nothing and (frame.content or frame.smalltalk in REMARKS):
            return True  # "xiaomi rocks", "you're wrong", "xiaomi is kinda cool": a remark, not a question
        if frame.quantities or frame.subjects or frame.scopes:
            return False
        return bool(frame.smalltalk) or not frame.content

    def _said_in_places_only(self, facts: list[Fact]) -> list[str]:
        """The places these facts are each said of ("top in China"), when every one is said of a
        place and none of the world; [] otherwise."""
        places = []
        for fact in facts:
            named = [place for place, said in self.said_in if said.search(fact.statement)]
            if not named or "world" in fact.statement.lower():
                return []
            places += named
        return list(dict.fromkeys(places))

    @staticmethod
    def _names_a_company_only(frame: Frame) -> bool:
        """'tell me about xiaomi', 'who's norvik?': one company and nothing asked of it."""
        asked = set(frame.asks) <= {Ask.WHAT, Ask.WHO, Ask.ABOUT}
        named = len(frame.subjects) == 1 and not (frame.scopes or frame.quoted or frame.meaning_asked)
        # ... named in this question: one carried from the last is no "tell me about"
        named = named and any(w in frame.text for w in frame.subjects[0].lower().split())
        measured = frame.metric or frame.operation or frame.direction or frame.topics  # "a down year"
        asked_more = frame.content or frame.all_years or frame.quantities or frame.yes_no or measured
        return named and asked and not asked_more

    def _whose(self, frame: Frame, people: bool = False) -> str:
        """Whose figure is asked: the people named where they may be ("lei jun's phone number"),
        else the companies."""
        named = [n.title() for n in frame.quoted] if people else []
        owners = named or list(frame.subjects) or [self.composer.main_subject]
        return wording.possessive(wording.listing(owners, "or"))

    def _figure_labels(self) -> list[str]:
        return [m.label for m in self.kb.metrics.values() if m.kind == "figure"]

    def _chart_intent(self) -> Intent:
        return self.composer.intent("chart", self.main_figure_metric)

    def _decline(
        self, frame: Frame, text: str, suggestions: bool = False, kind: AnswerKind = AnswerKind.DECLINED
    ) -> Answer:
        reply = Reply()
        reply.add(text)
        examples = self.composer.example_questions if suggestions else ()
        return self.composer.finish_unanswered(frame, reply, examples, kind)


def _summed_or_averaged(text: str) -> Operation | None:
    """What is worked out of years picked by their best or worst: "average ...", "... combined"."""
    if AVERAGE_OF_YEARS.search(text):
        return Operation.AVERAGE
    return Operation.TOTAL if SUMMED.search(text) else None


def _verdict_over_time(verdicts: list[str], word: str) -> str:
    """One verdict from the rankings of a few dates: "ever" is yes when one says yes, "always" no
    when one says no; the other way neither is settled (the articles rank two dates, not every
    year). With neither word, the rankings must all agree."""
    if word == "ever":
        return "Yes." if "Yes." in verdicts else ""
    if word:  # always, every year, all along
        return "No." if "No." in verdicts else ""
    return verdicts[0] if len(set(verdicts)) == 1 else ""


def _every_time_asked(text: str) -> str:
    """'never', 'always' or 'ever' when a question asks of every time ("was xiaomi ever #1?", "at
    some point", "used to"), else ''."""
    for word, said in (("never", NEVER_SAID), ("always", ALWAYS_SAID), ("ever", EVER_SAID)):
        if said.search(text):
            return word
    return ""


def _claim_denied(text: str, subjects: tuple[str, ...]) -> bool:
    """'Huawei is not ahead of xiaomi', 'xiaomi is no longer #1': the order claimed, denied by a
    word between the first company and the word of its place; "is huawei ahead or not?", "not
    sure, is huawei ahead?" and a question opened by a denied verb ("isn't huawei ahead?") ask the
    order itself."""
    if ASKED_IN_THE_NEGATIVE.match(text):
        return False
    span = _claim_span(text, subjects)
    return span is not None and ORDER_DENIED.search(text, *span) is not None


def _claim_span(text: str, subjects: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a claim's own verb stands: from the first company named to the word of its place
    ("huawei is not ahead", "xiaomi is no longer #1"); None when either is missing."""
    start = text.find(subjects[0].lower()) if subjects else -1
    if start < 0:
        return None
    place = TRAILS.search(text, start + 1) or LEADS.search(text, start + 1) or LEADING.search(text, start + 1)
    return (start, place.start()) if place else None


def _initials_of(quoted: str) -> set[str]:
    """'wsj' of "per the Wall Street Journal": the initials of each name a quote's source gives."""
    parts = re.split(r"[,;()]", quoted)
    words = [[w for w in re.findall(r"[a-z]+", part) if w not in INITIALS_LEFT_OUT] for part in parts]
    return {"".join(w[0] for w in part) for part in words if len(part) > 1}


def _period_order(period: str) -> tuple[int, str]:
    """A period's place in time: its year, then its part, a whole year after its parts ("2017-Q2"
    before "2017"); a fact of no period first."""
    year, _, part = period.partition("-")
    return (int(year), part or "~") if year.isdigit() else (0, "")


def _asked_of_now(frame: Frame) -> bool:
    """'Is huawei ahead?', 'so huawei, oppo and vivo are ahead now?', 'xiaomi still #1?': how things
    stand, by the question's opening verb or the verb between the first company and its place."""
    # ("is it true xiaomi was #1?" asks of the past: the tense is the claim's, after the opener)
    if LATELY.search(frame.text) or PRESENT_TENSE.match(ASKED_IF_TRUE.sub("", frame.text, count=1)):
        return True
    span = _claim_span(frame.text, frame.subjects)
    return span is not None and PRESENT_VERB.search(frame.text, *span) is not None


def _companies_ranked(fact: Fact) -> set[str]:
    """Every company a ranking speaks of: those ahead, those behind and the fact's subjects."""
    return {*fact.ahead, *fact.behind, *fact.subjects}


def _said_before(first: re.Pattern[str], second: re.Pattern[str], text: str) -> bool:
    """Whether the first pattern is said before the second in the text (or the second not at all)."""
    one, other = first.search(text), second.search(text)
    return one is not None and (other is None or one.start() < other.start())
