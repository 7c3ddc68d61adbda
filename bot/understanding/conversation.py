"""Conversations are state: a follow-up fills only the slots it leaves open from the turn before.

`resolve` never changes its inputs: it returns a new frame. The engine records what each
answer named (`Conversation.remember`), so "that year" is the year a "best year" answer found
and "who is he?" is about the person the last answer quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from bot.understanding.entities import (
    COUNTS,
    HALVES_BY_A_MONTH,
    IN_MILLIONS,
    MONTHS,
    RANK_WORDS,
    WORD,
    YEAR,
    Calc,
)
from bot.understanding.facts_search import PERSON_NAME
from bot.understanding.frames import (
    A_TARGET_SAID,
    A_TARGETS_NUMBER,
    ABOVE_A_TARGET,
    AVERAGE_ADDED,
    BEATEN_WORD,
    BETWEEN_WORDS,
    BY_HOW_MUCH_ASKED,
    FACTORS,
    FINAL_VERSION,
    FRACTION_CLAIMED,
    HOW_MUCH_MORE,
    IN_MONEY,
    LOWER_SIDE_WORDS,
    MAX_SHORT_YEAR,
    NUMBER_SAID_AS_A_TARGET,
    PERSON_NOUN,
    PERSONS_COMPANY,
    PERSONS_NUMBER,
    RATIO_NAMED,
    REACHED_SAID,
    SET_AGAINST,
    SHARE_OF_WHOLE,
    SPAN_OF_YEARS_ASKED,
    SUMMED,
    TAKEN_OUT_FIRST,
    THAT_THING,
    THAT_TIMES_A_FACTOR,
    UP_TO_THEN,
    WITHOUT_AN_EXTREME,
    YEAR_DIVIDED,
    YEAR_LEFT_OUT,
    YEAR_PLACE_ASKED,
    YEARS_SEARCHED,
    Ask,
    Frame,
    Operation,
    bare_amounts,
    bare_bound,
    factor_side,
    nearness_asked,
    words_before_a_target,
    years_searched,
)
from bot.understanding.normalise import YEAR_COUNTED_FROM_NOW

EXTREMES = (Operation.BEST, Operation.WORST)
# ... unless it asks the last question again of it: "same thing but for xiaomi", "xiaomi instead"
ASKED_AGAIN = re.compile(r"\b(?:same|instead|show me|redo|repeat)\b")
GROWTH_ASKED = re.compile(r"\b(?:growth|grow|grew|grown|growing|cagr)\b")
YEAR_WORD = re.compile(r"\byears?\b")
DIGIT = re.compile(r"\d")
# "did they actually sell ...", "were real sales ...": the figure reported, not one worked out
ACTUAL_FIGURE_ASKED = re.compile(r"\b(?:actual|actually|real|really|in reality|sell|sold)\b")
HOW_MANY_YEARS = re.compile(r"\bhow many years\b")
# "which was faster?", "bigger?", "was the second one stronger?": two growths set against each other
GROWTHS_SET_AGAINST = re.compile(
    r"\b(?:faster|slower|quicker|bigger|smaller|larger|greater|stronger|weaker|higher|lower)\b"
)
SALES_LEVEL_ASKED = re.compile(r"\b(?:sales|sold|sell|year|years)\b")
POINTS_ASKED = re.compile(r"\b(?:percentage )?points?\b|\bpp\b")
GROWTH_TOWARD = re.compile(
    r"\b(?:need|needs|needed|required|requires|implied|implies|to hit|to reach|to meet|to make)\b"
)
# Words besides the company that make a remark of its own: "my xiaomi broke again" (three), where
# "xiaomi?" or "and xiaomi?" ask the last question again
REMARK_WORDS = 3
COMPARING = (Operation.COMPARE, Operation.GAP)  # one year against another
# "which years beat that?", "what other years sold more than that?": the years past the last answer
YEARS_PAST_THAT = re.compile(
    r"\b(?:which|what|how many|any)(?: other)? years?\b.*\b(?P<side>more|higher|bigger|better|above|over|beat"
    r"|topped|exceeded|outsold|less|lower|fewer|below|under|smaller|worse)\b(?: than)? (?:that|it|this)\b"
    # "sales 2014", "how many years were better?": a short follow-up, the year just asked understood
    # ("which year was better?" after two years: the better of them)
    r"|^(?:and |so )?(?:which|what|how many|any)(?: other)? years (?:were |had |did |sold |saw )?"
    r"(?P<side_alone>more|higher|bigger|better|less|lower|fewer|smaller|worse)(?: sales)?\W*$"
    # "did they ever sell fewer than that?": any year past it
    r"|\bever\b(?: \w+){0,2}? (?P<side_ever>more|higher|bigger|better|above|over|less|lower|fewer|below|under"
    r"|smaller|worse|beat|top|topped|exceed|exceeded|outsell|outsold|surpass|surpassed)\b"
    r"(?: than)? (?:that|it|this)\b"
    # "was that beaten in any later year?": a year past it, said the other way round
    r"|\b(?:that|it|this) (?:ever )?(?:got |gets )?"
    r"(?P<side_passive>beaten|topped|exceeded|surpassed|bettered|outdone)"
    r" (?:in|by) (?:any|another|a later|a)(?: \w+)? years?\b"
)
# "yoy", "compared to the year before": a figure against the year before its own
YEAR_BEFORE = (
    r"yoy|y/y|year[- ]on[- ]year|year[- ]over[- ]year|previous year|prior year|year before|last year"
)
YEAR_BEFORE_NAMED = re.compile(rf"\b(?:{YEAR_BEFORE})\b")
# "than a year earlier?", "the preceding year?", "a year ago?": another year, said by words
A_YEAR_SAID = re.compile(r"\b(?:years?|previous|prior|preceding|ago|earlier|yoy)\b")
GROWTH_ASKED = re.compile(r"\b(?:grow|grew|grown|growth)\b")
# "did they grow?", "% change?", "yoy?": a figure's own change over time
OWN_CHANGE = re.compile(rf"\b(?:grow|grew|grown|growth|increase[ds]?|rise|rose|change[ds]?|{YEAR_BEFORE})\b")
# "by what %?", "how much above?", "diff?": a margin between two figures
MARGIN_ASKED = re.compile(
    r"\bby (?:what|how much|how many)\b"
    r"|\bhow (?:much|many|far)(?: ?%| percent| percentage)? (?:above|over|more|below|under|short|off)\b"
    r"|\b(?:what|which) (?:%|percent|percentage) (?:above|over|below|under|short)\b|\b(?:above|over) plan\b"
    r"|\b(?:diff|difference|gap|margin)\b"
)
COMPARE_ASKED = re.compile(r"\bcompar(?:e|es|ed|ing|ison)\b")
MARGIN_OPERATIONS = (Operation.GAP, Operation.COMPARE, Operation.CHANGE)
YEAR_ON_YEAR = re.compile(rf"\b(?:{YEAR_BEFORE}|annual(?:ly)?)\b")
# "from the first to the last", "first vs last": the two ends of the years asked
FIRST_TO_LAST = re.compile(
    r"\bfirst(?: one| year)? (?:to|and|vs|versus|against) (?:the )?last\b"
    r"|\b(?:the )?(?:whole|entire|full) (?:period|span|stretch|time)\b"  # "growth over the whole period?"
)
# "and the second?", "what about the 3rd one": the next part of the kind just asked
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
ORDINAL_ALONE = re.compile(
    r"(?:and |what about |how about |ok |so )?(?:in |for )?(?:the )?"
    rf"({'|'.join(ORDINALS)})(?: one)?(?: then)?"
)
# "gap?", "what's the gap", "gap in percent?": how far apart, between what the conversation gives
APART = re.compile(r"\b(?:gap|spread)\b")
# the last answer, where "they" is the company; "that guy" is a person
ANSWER_PRONOUN = re.compile(rf"\b(?:that|this|it)\b(?! {PERSON_NOUN}\b)")
YEAR_REFERENCE = re.compile(r"\b(?:that|the same|same|this) year\b")  # unlike "then", never a particle
# Operations over the years asked so far, after which "then" is a particle: "what's the total then?"
OVER_YEARS = (Operation.TOTAL, Operation.AVERAGE, Operation.CHANGE, Operation.RATIO)
MORE_THAN_LAST = re.compile(
    r"\b(?:more|less|fewer|higher|lower|bigger|smaller)\b"
)  # "how many times more in 2015?"
# "growth from 2017?", "percent drop vs 2015?", "difference with 2013?", "how many times 2012?",
# "growth on 2014", "percent below 2015": to the year asked before
FROM_A_YEAR = re.compile(
    r"\b(?:from|vs|versus|against|over|on|below|above|than|relative to|with|times|divided by"
    r"|compared (?:to|with)) (?:the |xiaomi'?s |their )?(?:19|20)\d\d\b"
)
# "which was smallest?", "which one did best?": one of the years just asked, not of every year
WHICH_ONE_WAS = re.compile(r"^(?:and |so |ok |okay )?which(?: one)? (?:was|is|did|had|sold)\b")
# "was it above target?", "minus the goal?", "what % of the 80 million target?": a figure against one
AGAINST_A_TARGET = words_before_a_target("above|below|over|under|beyond|short of|minus|less|of")
# "compared with the revised target": "revised" says which target, no change of it asked
COMPARED_WITH_A_TARGET = words_before_a_target("compared|comparing|compare|vs|versus|against|relative")
TARGET_VERSION_NAMED = re.compile(rf"\b(?:revised|original|lowered|updated|{FINAL_VERSION}|new|initial)\b")
ONE_MORE = re.compile(r"\b(?:also|too|as well|plus|and)\b")  # "actually also 2014": a year added
# "everything in between incl both": each year of the span, not the two ends alone
ALL_OF_THE_SPAN = re.compile(r"\b(?:everything|all of it|inclusive|incl|including both|both included)\b")
IN_BETWEEN = re.compile(r"\bin between\b|\bthe (?:one|year) between\b")  # of the last two years asked
FROM_YEAR = re.compile(r"\bfrom (?:19|20)\d\d\b")
# An extreme asked with nothing else: "the worst?", "and the best one?", "and the lowest"
BARE_EXTREME = re.compile(
    r"(?:(?:and|so|ok|okay|what about|how about) )?(?:the )?(?:best|worst|highest|lowest|weakest|strongest"
    r"|biggest|smallest|top|bottom|peak)(?: (?:one|year))?(?: then)?"
)
# "second best?", "and the 3rd worst one": a place in a ranking, said alone
RANKED_EXTREME_ALONE = re.compile(
    r"(?:(?:and|so|ok|okay|what about|how about) )?(?:the )?(?:2nd|3rd|4th|second|third|fourth|next) "
    r"(?:best|worst|highest|lowest|weakest|strongest|biggest|smallest)(?: (?:one|year))?"
)
# A span with one end said as the year just asked: "from 2012 to then", "from then to 2015"
SPAN_TO_THEN = re.compile(
    r"\b(?:from|since|between) (?:(?:19|20)\d\d (?:to|till|until|through|thru|and) (?:then|that year|it)"
    r"|(?:then|that year) (?:to|till|until|through|thru|and) (?:19|20)\d\d)\b"
    r"|\b(?:19|20)\d\d (?:through|thru|to|till|until) (?:then|that year)\b"
)
BACK_TO_THE_FIGURES = re.compile(r"\bback to (?:the )?(?:sales|figures|numbers|xiaomi|phones|units)\b")
# A bare "did they?" after a target: whether it was reached
DID_THEY = re.compile(
    r"(?:(?:and|so|but|ok) )?(?:did|have|has) (?:they|it|xiaomi)(?: (?:do it|manage|succeed))?"
)
OF_ALL_YEARS = re.compile(r"\b(?:ever|all time|of all|overall|in history)\b")  # "best year ever"
# "make it 2015": that year instead
MAKE_IT = re.compile(r"^(?:ok |okay |now |so |and |actually |no |nah |wait )?make (?:it|that)\b")
SHORT_CORRECTION_WORDS = 6  # "sorry i meant vs 2015": a correction says little else
# A correction of the last question: its year or company replaced, the rest kept
CORRECTION = re.compile(
    r"\b(?:oops|sorry|i mean|i meant|meant|actually|no wait|typo|my bad|scratch that|make that)\b|^no\b"
    r"|^(?:i think )?you mean\b"  # "I think you mean 2014": the year the asker had in mind, no average
)
THAN = re.compile(r"\bthan\b")
COUNT_OF_YEARS = re.compile(r"\b([2-9]) (?:years|yrs)\b")  # "total 3 yrs": as many years as were asked
# "and the third?", "which was fourth", "3rd place?": a place in the ranking just given
PLACE_IN_A_RANKING = re.compile(
    r"(?:and |so |ok |what about |how about )?(?:which (?:was|is|one was|year was) )?(?:the )?"
    rf"(?P<place>{'|'.join(RANK_WORDS)}|[2-9](?:nd|rd|th))"
    r"(?: (?:one|year|place|(?P<end>best|top|highest|biggest|worst|weakest|lowest|smallest))(?: one| year)?)?"
    r"(?: then| after that)?"
)
# "next one down?", "below that?": the place after the one just given
NEXT_IN_A_RANKING = re.compile(
    r"(?:and |so |ok )?(?:the )?(?:next(?: one)?(?: down)?|below that|next after that)"
)
# "and after that?", "and then?": the same, once the ranking has gone past its first place (after
# the best year alone they ask of the year after it)
AFTER_IN_A_RANKING = re.compile(
    r"(?:and |so |ok )?(?:after that|then|the one after(?: that)?|after that one)"
)
THAN_THAT = re.compile(r"\b(?:than|as|vs|versus|against|compared (?:to|with)) (?:that|it|this)\b")
SHARE_OF_TEXT = re.compile(r"\b(?:percent|percentage|share|fraction|proportion|portion)\s+of\b|%\s*of\b")
# "and of the 2017 target?": a share again, of what it names
OF_ALONE = re.compile(r"(?:and |what about |how about |ok |so )?(?:as a share )?of\b")
# "and of the revised one?", nothing else asked of it
TARGET_VERSION = re.compile(
    r"(?:and |what about |how about |ok |so )?(?:of |for )?the (?:revised|original|lowered|updated|final"
    r"|new|later|first|cut) (?:one|target|goal)\W*"
)
ALL_YEARS = re.compile(r"\ball (?:the |of the )?years\b|\bevery year\b|\ball time\b|\bever\b")
COMBINED_ASKED = re.compile(
    r"\b(?:combined|in total|together|altogether|adds? up|added up|in all|all told|across)\b"
)
REACHED = re.compile(r"\b(?:achieved?|hit|reach|reached|met|meet|attain|attained)\b")
MEASURED_AGAINST = re.compile(
    r"\b(?:than|below|under|behind|short of|off|above|over|ahead of|vs|versus|compared|against|from)\b"
)
# "same number?", "are they the same?", "do they match?": two figures said to be one
SAID_SAME = re.compile(
    r"(?:(?:and|so|ok|but) )?(?:(?:is|was|are|were) (?:that|it|they|those|these|the two|both) )?(?:the )?"
    r"(?:same|identical|equal)(?: (?:number|figure|thing|amount|one))?(?: as (?:that|it|before|sales))?\W*$"
    r"|(?:(?:and|so|ok|but) )?(?:do|does|did) (?:they|those|these|the two|both|the numbers) match\W*$"
)
EARLIER_YEAR_ASKED = re.compile(r"\b(?:earlier|previous|prior|past|before)\b")
CLOSEST_SAID = re.compile(r"\b(?:closest|nearest|closer|nearer)\b")
SAME_NUMBER = re.compile(r"\bthe same(?: number| figure| amount)?\b|\bsame (?:number|figure|amount)\b")
# "did they sell more than that in 2014?": the year named claimed against the last answer, as named
MORE_THAN_THAT = re.compile(r"\b(?:more|less|fewer|higher|lower) than (?:that|it|this)\b")
SO_OPENING = re.compile(r"(?:ok |oh )?so\b")  # "so 2011?": a conclusion drawn, to be checked
ALSO = re.compile(r"\b(?:too|also|as well)\b")  # "india too?": the same, of another place
TAKEN_UP = re.compile(r"(?:and |ok |so )?(?:what|how) about\b")  # "what about the original?"
# "which article mentions jony ive?", "does the 2015 article name canalys?": where a thing is named
ARTICLE_NAMING = re.compile(
    r"\b(?:which|what|does|did|do) (?:\w+ )?(?:articles?|piece|story|source)s?"
    r" (?:mentions?|names?|talks? about|refers? to|cites?)\b"
)
WHICH_ARTICLE_ASKED = re.compile(
    r"\b(?:is|was) (?:that|this|the [\w.]+(?: million| mil| m)?)(?: from)? (?:the )?"
    r"(?:(?:19|20)\d\d|older|newer|earlier|later|other|kevin wang'?s?|wang'?s?)"
    r" (?:article|piece|one|source)\b"
    r"|\bwhich (?:article|piece|source|one)(?: is| was)? (?:that|this|it)(?: from| in)?\b"
    r"|\bwhich (?:article|piece|source|one)"
    r" (?:says?|said|gives?|gave|has|had|mentions?|reports?) (?:that|this|it)\b"
    # "which article?", "from what source?": of the answer just given, nothing else asked
    r"|^(?:and |so |ok |but )?(?:from |in |per )?(?:which|what|whose) (?:article|piece|source|story|report)"
    r"(?: (?:is|was) (?:it|that|this))?(?: from| in)?\W*$"
)
COMPANY_BEGUN = re.compile(r"\b(?:found\w*|establish\w*|set up|started|start|born|incorporated|created)\b")
# "in that period", "over that span", "among them": the years just asked, pointed back at
WITHIN_THE_LAST_SPAN = re.compile(
    r"\b(?:in|of|over|during|across|within|for) (?:that|this|the same|those|these) (?:period|span|range"
    r"|stretch|time ?frame|window|time|years?)\b|\b(?:of|among) (?:them|those|these)\b|\bin there\b"
)
OF_THE_FEW = re.compile(
    r"\b(?:of|among) (?:the|those|these) (?:two|three|four|five|2|3|4|5)\b"
)  # "which of the three"
A_CHANGE_SAID = re.compile(
    r"\b(?:grow\w*|growth|grew|drop\w*|fall|fell|ris\w*|rose|increase\w*|decrease\w*|bigger|smaller"
    r"|more|less|minus|difference|change\w*|up|down)\b"
)
# "what % of the first was lost?", "did they gain?": a change asked, as a share of the first
LOST_OR_GAINED = re.compile(r"\b(?:lost|lose|loses|losing|loss|gain\w*|shrank|shrunk|added|dropped|fell)\b")
# the whole a share is of, named by its place: "of the second", "of the first one"
SHARE_OF_A_PLACE = re.compile(r"\bof the (?:first|second|third|middle|last|former|latter)\b")
MINUS_SAID = re.compile(r"\b(?:minus|subtract|less|take away|difference)\b")
THAT_MANY = re.compile(r"\b(?:that|this|so) (?:many|much)\b")
SAME_AS = re.compile(r"\b(?:same as|equal to|as many as|as much as|match(?:es|ed)?)\b")
SAME_AS_A_YEAR = re.compile(r"\b(?:the )?same as (?:in |the )?(?:19|20)\d\d\b")
PERCENT_SAID = re.compile(r"\b(?:percent|percentage|pct)\b")
# "what number did he give?", "what did she predict?": a figure someone is quoted for
GAVE_A_NUMBER = re.compile(
    r"\b(?:number|figure|forecast|estimate|prediction)s? (?:did|does|do) (?:he|she|they) \w+|\bpredict\w*\b"
)
# "how much more in 2016?", "how much higher is 2016 in %?": set against the other year asked
HOW_MUCH_MORE_OR_HIGHER = re.compile(
    r"\bhow (?:much|many) (?:more|less|fewer|higher|lower|bigger|smaller|larger|greater)\b"
)
HIGHER_OR_LOWER = re.compile(
    r"\b(?:higher|lower|bigger|smaller|more|less|fewer) or (?:higher|lower|bigger|smaller|more|less|fewer)\b"
)
# "so 12m?", "ok 11.5 million?": a number alone, after an opener
BARE_NUMBER = re.compile(
    r"(?:so|ok|okay|and|hmm)?\s*(?:like |about |around )?\$?\d+(?:\.\d+)?\s*(?:m|mn|mil|million)?"
)
# the way a change is claimed to go, in a number checked: "so 12m up?", "so 12m down?"
BOTH_SUMS = re.compile(r"\b(?:them|both|all|those|these|two|together|combined|altogether)\b")
RATIO_SAID = re.compile(r"\bratio\b|\bdivided by\b")
# "the year before its best year", "the one after the worst": a year counted from an extreme
STEP_FROM_AN_EXTREME = re.compile(
    r"\b(?:year|one) (?:right |just )?(?:before|after|prior to) (?:the |its |their |xiaomi'?s )?"
    r"(?:best|worst|peak|top|record|weakest|strongest)\b"
)
BEFORE_OR_AFTER_ALONE = re.compile(r"(?:and |so |ok )+(?:the )?(?:before|earlier|after|later)\W*$")
# "average of the two years?", "the yearly average": of yearly figures, no range
YEARS_WORD = re.compile(r"\byears\b|\byearly\b|\bannual\w*|\bper (?:year|annum)\b|\ba year\b")
# a calculation in a word after a range, said as asked in words ("difference?": how wide it is)
RANGE_WIDTH_ASKED, RANGE_MIDDLE_ASKED = "how wide is that range", "the midpoint of that range"
YEAR_WRITTEN = re.compile(rf"\b{YEAR}\b")
THE_TWO = re.compile(r"\b(?:the|those|these) (?:two|2)\b|\bbetween them\b|\bof them\b|\bboth\b")
THOSE_YEARS = re.compile(r"\b(?:those|these|the) (?:two |2 )?years\b")
A_CHANGE_OR_LOSS = re.compile(
    r"\b(?:drop\w*|fall|fell|decline\w*|decrease\w*|los[et]\w*|loss|gain\w*|change\w*|ris\w*|rose|down"
    r"|(?<!make )(?<!makes )(?<!made )(?<!take )(?<!takes )(?<!took )(?<!rounded )up)\b"
)
OF_THE_TWO = re.compile(r"\b(?:of|between) (?:the two|them|both|those two|these two)\b")
GROWTH_SAID = re.compile(r"\b(?:grow|grew|growth|rise|rose|increase|increased|jump)\b")
WENT_UP = re.compile(r"\b(?:up|higher|more|rise|rose|grew|growth|increase|increased|gain|jump)\b")
WENT_DOWN = re.compile(
    r"\b(?:down|lower|fewer|less|fall|fell|drop|dropped|decrease|decreased|decline|declined)\b"
)
# "the last two", "just the first three": some of the years asked, counted from one end
FIRST_OR_LAST_FEW = re.compile(
    r"\b(first|earliest|last|latest|final) (two|three|four)\b(?! years? (?:ago|later))"
)
# "his number", "her forecast": the figure the person just named gave
HIS_NUMBER = re.compile(
    r"\b(?:his|her) (?:(?:19|20)\d\d(?:'s)? )?(?:number|forecast|prediction|figure|estimate)s?\b"
)
# words that only ask when: "exact date?", "what day exactly?"
MONEY_WORDS = frozenset({"usd", "dollars", "dollar", "bucks"})  # what an amount of money is read with
RANGE_END_WORDS = frozenset(
    {"bottom", "top", "low", "high", "end", "cheapest", "priciest", "lowest", "highest"}
)
# "when was it set?", "when was that announced?" after a figure: when the figure was given
FIGURE_GIVEN_WORDS = frozenset(
    {"set", "announced", "announce", "given", "made", "reported", "report", "released", "published", "said",
     "say", "stated", "revealed", "disclosed", "shared", "put", "out", "sell", "sold"}
)  # fmt: skip
WHEN_WORDS = frozenset({"date", "dates", "day", "exact", "exactly", "time", "specific", "precise"})
# "so how much more did they need?", "what was left to sell?": what remained to reach a target
LEFT_TO_REACH = re.compile(
    r"\bhow (?:much|many) more\b|\b(?:left|remaining|to go|outstanding|short)\b"
    r"|\bneed(?:ed|s)? (?:more|to (?:sell|hit|reach|get|make|meet|move|ship))\b|\bhow (?:much|many)\b.*\bneed"
)
# an end of a range of prices: "the cheapest", "the top ends"
RANGE_END = re.compile(
    r"\b(?:cheapest|lowest|least expensive|low ends?|bottom|priciest|most expensive|dearest|highest"
    r"|high ends?|top ends?|top)\b"
)
RANGE_ASKED = re.compile(r"\b(?:midpoint|mid point|middle|halfway|wide|width|spread)\b")
ITS_THING = re.compile(r"\bits \w+")
ONE_OF_THOSE = re.compile(r"\b(?:one|each|any) of (?:those|these|them)\b")
# "there" of a place, not "is there", "hi there", "there you go"
THERE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bhi )(?<!\bhey )(?<!\bjust )(?<!\bonly )(?<!\bover )"
    r"\bthere\b(?! (?:is|are|was|were|any|a|you go|we go|it is)\b)"
    r"|\bin that (?:market|country)\b"
)
PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their|those|these)\b")
OBJECT_PRONOUN = re.compile(r"\b(?:them|those|these)\b")
MAX_YEARS_ASKED = 12  # "add those up" sums the years asked so far; a bound keeps it a conversation
MAX_COMPANIES_ASKED = 12  # "who sold more?" compares the companies asked so far, as few


@dataclass(slots=True)
class Conversation:
    """One per conversation (a chat, a person in a group, a terminal session): what the last turn
    asked and what its answer named. The caller owns it and passes it to every question."""

    frame: Frame | None = None  # the last question, resolved
    before: Frame | None = None  # the question before it: "xiaomi 2015", "and tallis?", "difference?"
    # the periods asked so far, each a year and the part of it asked ("" for the whole year), in the
    # order asked: "2015", "h1 2015", "first minus second" is the whole year against its first half
    periods_asked: tuple[tuple[int, str], ...] = ()
    named_years: tuple[int, ...] = ()  # years the last answer named: the best year it found
    named_before: tuple[int, ...] = ()  # ... and the answer before it: "how many years apart are they?"
    focus_words: tuple[str, ...] = ()  # the last fact question's words and the people it named
    names: tuple[str, ...] = ()  # the people the last fact answer named, whole: "ingrid halvorsen"
    companies_asked: tuple[str, ...] = ()  # companies asked about so far, for "who sold more?"
    products: tuple[str, ...] = ()  # the products the last answer's facts named: what "it" may be
    # Other companies the last answer's facts named ("Huawei, OPPO and Vivo have the upper hand"):
    # what "they" may be next.
    companies: tuple[str, ...] = ()
    sources_cited: tuple[
        str, ...
    ] = ()  # the articles the last answer cited: "the other article" is not these
    # the one target a fact answer gave, (metric, year): "kevin wang says 70m for 2017", "did they hit it?"
    target_given: tuple[str, int] | None = None
    # the last question that asked one year's target, kept past questions of other things ("kevin
    # wang's 2017 number?", "who is he?", "2016 sales?", "so how much more do they need?")
    target_asked: Frame | None = None
    # the parts of a year the last answer's facts are of: "top in china in q2 2015", "sales then?"
    named_parts: tuple[tuple[int, str], ...] = ()
    reason_given: bool = False  # the last answer's facts gave a reason: "which is why its sales were lower"
    # the last answer's facts gave no number ("Lei Jun is Xiaomi's CEO"): "is that more than 20m?"
    # next is of the figure before them
    no_number_given: bool = False
    # the figures before the last question were kept past two asides or more: what "that" is in
    # between, the asides may have said
    past_asides: bool = False
    turns: int = field(default=0)

    def remember(
        self,
        frame: Frame,
        named_years: tuple[int, ...],
        fact_texts: tuple[str, ...],
        products: tuple[str, ...] = (),
        companies: tuple[str, ...] = (),
        sources_cited: tuple[str, ...] = (),
        fact_targets: tuple[tuple[str, int], ...] = (),
        fact_periods: tuple[str, ...] = (),
    ) -> None:
        """What a follow-up may lean on, after `frame` was answered."""
        last = self.frame
        if frame.month_alone and frame.period_part == frame.month_alone:
            # "and in may?" after 2015's sales, declined: "growth?" next is still of 2015
            frame = replace(frame, period_part=None, month_alone="")
        if frame.named_unknown and last is not None:
            # "and Honor?", declined: the next question is still of the company asked before
            frame = replace(frame, subjects=last.subjects, named_unknown=False)
        if frame.relative_to_today and not frame.all_years and len(named_years) == 1:
            # "last year, says the 2017 article" was answered for 2016: "is that official?" is 2016's
            frame = replace(frame, years=named_years, relative_to_today=False, years_ago=None)
        open_span = frame.counted_years or frame.since_year is not None or frame.until_year is not None
        if open_span and not frame.all_years and len(named_years) > 1 and not frame.operation:
            # "sales in the first two years" was answered for 2012 and 2013: "total?" is theirs
            frame = replace(frame, years=named_years, counted_years=None, since_year=None, until_year=None)
        one_year = frame.target_named and not frame.has_period and len(named_years) == 1
        if one_year and (not frame.operation or frame.revised) and not (frame.quantities or frame.threshold):
            # "lei jun's revised target" was answered for 2015, "h1 sales?" next is 2015's too
            frame = replace(frame, years=named_years)
        # A company named or not is the same topic when the other names none ("sales 2014", "xiaomi 2015").
        # An aside of no figure ("2012 sales", "valuation?", "and 2013 sales?") leaves the topic as it was.
        topic = self.before if last is not None and not (last.metric or last.all_years) else last
        same_topic = (
            topic is not None
            and topic.metric == frame.metric
            and (topic.subjects == frame.subjects or not topic.subjects or not frame.subjects)
        )
        # "Add those up" sums the years asked about this measure and company, not earlier ones.
        # The years an answer named count as asked: "best year?", "and the worst?", "by how much
        # did they differ?" is between the two years found.
        named = tuple(y for y in named_years if y not in frame.all_years)
        # "2013", "2014?", "no wait 2012": the year corrected was never meant, so it is no longer asked
        corrected = set(last.all_years) if same_topic and _corrects_the_years(frame, last) else set()
        earlier = tuple(p for p in self.periods_asked if p[0] not in corrected) if same_topic else ()
        periods = tuple(dict.fromkeys((*earlier, *_periods_of(frame), *((y, "") for y in named))))
        aside = last is not None and last.metric and not frame.metric and not frame.all_years
        aside = aside and bool(frame.topics or frame.topic_words)
        if not aside:  # "what's the valuation btw?" between years asked and "sum?" keeps those years
            # (a year may be asked whole and in part: twice the bound keeps as many years)
            self.periods_asked = periods[-2 * MAX_YEARS_ASKED :]
        earlier = tuple(c for c in self.companies_asked if c not in frame.subjects)
        self.companies_asked = (*earlier, *frame.subjects)[-MAX_COMPANIES_ASKED:]
        # ("2016 sales?", "who is the ceo?", "the valuation?", "and the year before?": a second aside
        # keeps the figures before the first as what came before, as one aside does)
        aside_again = last is not None and _an_aside(last) and _an_aside(frame)
        kept = self.before if aside_again and self.before is not None and self.before.metric else last
        self.past_asides = kept is not last
        self.before, self.frame = kept, frame
        self.named_before = self.named_years
        # ("the 2014 projection?", "and the valuation?", "what did they sell that year?": the date of
        # a fact asked in passing, no year asked, is not the year talked of)
        passing = _an_aside(frame) and Ask.WHEN not in frame.asks and not frame.period_part
        figures_before = last is not None and bool(last.metric or last.all_years) and bool(self.named_years)
        self.named_years = (
            self.named_years if passing and figures_before else (named_years or tuple(frame.all_years))
        )
        self.products = products
        self.companies = tuple(c for c in companies if c not in frame.subjects)
        self.sources_cited = sources_cited
        # ("what did he predict?" names a target but no year: the one target the answer gave is it)
        named_alone = not frame.metric or (frame.target_named and not frame.all_years)
        self.target_given = fact_targets[0] if len(fact_targets) == 1 and named_alone else None
        given = self.with_the_target_given(frame) if self.target_given else frame
        if given is not None and _one_years_target(given):
            self.target_asked = given
        self.named_parts = tuple(_part_of_a_period(period) for period in fact_periods)
        self.reason_given = any(REASON_IN_A_FACT.search(text) for text in fact_texts)
        self.no_number_given = bool(fact_texts) and not any(DIGIT.search(text) for text in fact_texts)
        if fact_texts:
            found = tuple(dict.fromkeys(n.lower() for t in fact_texts for n in PERSON_NAME.findall(t)))
            self.focus_words = tuple(dict.fromkeys((*frame.content, *(w for n in found for w in n.split()))))
            # "who is lei jun?", "when was xiaomi founded?", "his priorities?": an answer naming nobody
            # leaves "he" who he was
            self.names = found or self.names
        elif frame.metric:
            self.focus_words = ()
            self.names = ()
        self.turns += 1

    @property
    def years_asked(self) -> tuple[int, ...]:
        """The years asked so far, whole or in part, in the order first asked: "add those up"."""
        return tuple(dict.fromkeys(y for y, _ in self.periods_asked))[-MAX_YEARS_ASKED:]

    def with_the_target_given(self, frame: Frame | None) -> Frame | None:
        """A fact question answered with one target ("kevin wang says 70m for 2017"), as that target
        asked: what "did they hit it?" next measures against."""
        if frame is None or frame.metric is not None or self.target_given is None:
            return frame
        metric, year = self.target_given
        return replace(
            frame,
            metric=metric,
            years=(year,),
            target_named=True,
            target_metric=metric,
            strong_sales=False,  # "what does kevin wang think they must sell in 2017?": the target asked
        )

    @property
    def people(self) -> tuple[str, ...]:
        """The words of the people the last fact answer named: "ingrid", "halvorsen"."""
        return tuple(dict.fromkeys(w for name in self.names for w in name.split()))


def _part_of_a_period(period: str) -> tuple[int, str]:
    """'2015-Q2' -> (2015, 'Q2')."""
    year, part = period.split("-", 1)
    return int(year), part


def _periods_of(frame: Frame) -> tuple[tuple[int, str], ...]:
    """The periods a question asked, each a year and the part of it ("" for the whole year)."""
    parted = set(frame.part_years or frame.all_years) if frame.period_part else set()
    periods = []
    for year in frame.all_years:
        if year in parted:
            periods.append((year, frame.period_part))
        if year not in parted or frame.whole_year:
            periods.append((year, ""))
    return tuple(periods)


def _corrects_the_years(frame: Frame, last: Frame | None) -> bool:
    """'no wait 2012', 'sorry, i meant 2016 not 2014' after one year: that year replaced."""
    if last is None or not CORRECTION.search(frame.text) or not frame.all_years:
        return False
    if ONE_MORE.search(frame.text):
        return False  # "actually also 2014": one year more, none taken back
    return len(last.all_years) == 1 and not set(last.all_years) & set(frame.all_years)


def substance(frame: Frame) -> bool:
    """Whether a question names what it asks about: a measure, a fact topic or fact words."""
    return bool(
        frame.metric
        or frame.topics
        or frame.absent
        or frame.unknown_measure
        or frame.content_beyond_operation
    )


# "by how much?", "by how many units?": how big the change just asked about was.
BY_HOW_MUCH = re.compile(
    r"(?:and |so )?by how (?:much|many)(?: units| phones)?"
    r"(?: (?:in|as an?|as) (?:percent|percentage|pct|%)(?: terms)?| percent(?:age)?(?: wise)?)?\b"
)
FAR_OFF = re.compile(r"(?:and |so )?how far off\b")
# "Overall" as the only total word: after a change, the change over the whole span.
OVERALL_ONLY = re.compile(
    r"^(?!.*\b(?:sum|total|add|added|combined|altogether|together|in all)\b).*\boverall\b"
)
ALONE = re.compile(r"\b(?:alone|by itself|on its own|just that year|that year only)\b")
TO_WHAT = re.compile(r"(?:and |so |ok )?(?:(?:down |cut |lowered )?to|from) (?:what|how (?:much|many))")
WHAT_HAPPENED = re.compile(r"\bwhat happened\b")
# "what happened in 2015?", "what did they do in 2015?", "any news from 2015?": events asked
HAPPENINGS_ASKED = re.compile(
    r"\bwhat (?:happened|went on|did (?:the )?\w+ do|(?:was|were) (?:the )?\w+ up to)\b"
    r"|\bnews\b"
)
# ("how much was that below 100m?": a few words may come between)
HOW_FAR_FROM = re.compile(
    r"\bhow (?:much|far|many)(?: (?:was|is|were|are|did) (?:that|it|this|they|sales))?"
    r" (?:above|below|over|under|more|less|fewer|short)\b"
    # "by how much did it exceed 50 million?": the margin of the figure just given past the number
    r"|\bby how (?:much|many|far) (?:did|was|were|do|does) (?:that|it|this|they|sales) (?:exceed|beat|top"
    r"|pass|surpass|clear|miss|fall short of|trail|go over|go past)\b"
)
TO_A_YEAR = re.compile(r"\b(?:to|until|till|through|into) (?:19|20)\d\d\b")
# The next step asked alone: "and then?", "then what?", "next?"
THEN_ALONE = re.compile(r"(?:and |so )?(?:then|next|then what|what next|and next)")
# The same thing of another year: "did it beat its 2014 one?" after the 2015 goal
THE_YEARS_ONE = re.compile(r"\b(?:its|the|their|that) (?:19|20)\d\d one\b")
# "is that more than 2014?": the year is what the last answer is measured against; with no such
# word before it ("was 2014 higher?", "was it lower in 2015?") the year named is what is checked
# (a few words may come between: "than it was in 2014", "than that of 2014", "did they outsell 2014?")
YEAR_MEASURED_AGAINST = re.compile(
    r"\b(?:than|vs|versus|against|compared|to|with|from|over|below|above|under|beat|beats|exceed|exceeds"
    r"|outsell|outsold|outdo|outdid|top|topped)\b(?:\W+\w+){0,4}?\W+(?:(?:19|20)\d\d|'\d\d)\b"
)
# A year beaten: "did they beat 2014?", "did they top 2013?" (a target is beaten some other way)
BEATING = r"beat|beats|top|topped|exceed|exceeded|outsell|outsold|outdo|outdid|surpass|surpassed"
BEAT_A_YEAR = re.compile(
    rf"\b(?:{BEATING})"
    r"(?: \w+){0,2}? (?:19|20)\d\d\b(?!'s| (?:expectations?|outlook|plans?|projections?|forecasts?|targets?"
    r"|goals?|guidance|estimates?|predictions?|numbers? from))"
)
# "in usd?", "in billions of dollars?", "how much in yuan": the last answer asked in money
MONEY_UNIT_ALONE = re.compile(rf"(?:and |so |what about |how much )?{IN_MONEY}")
IN_DOLLARS = re.compile(r"\b(?:dollars|usd|bucks)\b")
YEARS_PLURAL = re.compile(r"\b(?:which|what) years\b")
# "which years", "what years", "in how many years": a question across the years, of its own
WHICH_YEARS = re.compile(r"\b(?:which|what|how many|in how many|any) years?\b")
# A comparison with nothing before it: "higher than the 2017 target?", "so more than 2013?"
# "vs 2016 sales?", "against 2016 actual?": another year set against what the last answer set it against
AGAINST_ANOTHER_YEARS_SALES = re.compile(
    r"(?:and |so |ok |what about |how about )?(?:(?:vs|versus|against|compared to|compared with) |and )"
    r"(?:19|20)\d\d(?:'s)?(?: actual)?(?: sales| figures?| numbers?)?$"
    # "and 2015?", "what about 2014" after 2016's sales against the 2017 target: that year's instead
    # ("lol ok. and 2013?": an aside said first)
    r"|(?:(?:lol|lmao|haha|ok|okay|cool|nice|thanks|wow|oh|ah|hmm|wait|right|got it)[ .,!]+)*"
    r"(?:what about|how about|and what about|and in|and for|and) (?:in |for )?(?:19|20)\d\d(?: then)?$"
)
COMPARATIVE_OPENING = re.compile(
    r"(?:(?:and|so|but|ok|is it|was it|is that|was that|isn'?t that|wasn'?t that) )?"
    r"(?:higher|more|bigger|larger|greater|lower|less|smaller|fewer|better|worse) than\b"
)
# "more than in 2014", "fewer than 2013": a year measured against
MORE_THAN_A_YEAR = re.compile(
    r"\b(?:more|less|fewer|higher|lower|bigger|smaller|better|worse) than (?:in |that of |they did in )?"
    r"(?:19|20)\d\d\b"
)
# "did they beat that in 2016?", "did it top it in 2015?": the last answer beaten, in the year named
BEATEN_IN_A_YEAR = re.compile(rf"\b(?:{BEATING}|pass|passed) (?:that|it|this|those|them) in (?:19|20)\d\d\b")
# An article named by its year alone, after one was named: "and according to the 2015 one?"
SOURCE_ONE = re.compile(
    r"(?:and |what about |how about |ok |so )?(?:(?:according to|per|in|from|by) )?"
    r"(?:the|that) (?:19|20)\d\d one(?: says?)?"
)
# The last figure again, as a percentage: "and in percent?", "as a %?", "percentage wise?"
IN_PERCENT = re.compile(
    r"(?:and |so |ok )?(?:(?:in|as an?|as|what|what's the|whats the|what is the|by what) )?"
    r"(?:percent|percentage|pct|%)(?: terms| wise)?"
)


# "What is X?", "what does X do?", "who is X?": a thing asked about for itself, no follow-up of figures
WHAT_IS = re.compile(
    r"^(?:so |ok |and )?(?:what|who) (?:is|are|does|do|'s|s) "
    r"(?!(?:it|that|this|they|those|these|then|he|she|him|her|them|there)\b)"
)


def _a_thing_of_the_product(frame: Frame, last: Frame, conversation: Conversation | None) -> bool:
    """'What price?' after a fact about one product (the Mi 6, fitness trackers): a few words asking
    one thing, naming no company, place or product of their own, are about that product."""
    if conversation is None or len(conversation.products) != 1 or last.metric is not None:
        return False
    if frame.subjects or frame.scopes or frame.metric or frame.has_period or not frame.topics:
        return False
    # (its price; "who's the ceo?" after the Mi 6 is still the company's)
    return len(frame.text.split()) <= 3 and set(frame.topics) <= PRICE_TOPICS


REACHED_IT = re.compile(
    r"\b(?:hit|hits|beat|beats|reach|reached|miss|missed|meet|met|exceed|exceeded|top|topped|make|made"
    r"|achieve|achieved)"
    r" (?:it|that|this|them)\b"
    r"|\b(?:get|got|gets|getting) there\b"  # "did they get there by the end of 2017?"
)
HOW_MUCH_OR_BY = re.compile(r"\bhow (?:much|many|big|far)\b|\bby\b")
IN_A_YEAR = re.compile(r" (?:in|by|during|for)(?: the end of)? (?:19|20)\d\d\b")
# "did they ever sell that many?": at least the figure just given
AS_MANY_AGAIN = re.compile(
    r"\b(?:that many|so many)\b"
    # "did they sell as many in 2016?", never "how many times as many?" nor "as many as in 2015"
    r"|(?<!times )(?<!twice )\bas many(?= (?:in|by|during) (?:19|20)\d\d\b|\W*$)"
)
# ... sold, asked: "did they sell that many in 2016?", never "that many! what about 2016?"
SOLD_SO_MANY = re.compile(
    r"\b(?:sell|sold|ship|shipped|move|moved|shift|shifted|do|did|hit|reach|reached|make|made)\b(?: \w+)?"
    r" (?:that|so|as) many\b"
)
# "did they ever sell that many?", "in any year": across the years, not the target's own
ACROSS_THE_YEARS = re.compile(
    r"\b(?:ever|any year|in a year|in one year|a single year|which years?|how many years)\b"
)
REASON_IN_A_FACT = re.compile(
    r"\b(?:because|which is why|the reason|due to|blamed|as a result of|caused by)\b"
)
REASON_ASKED = re.compile(r"\b(?:why|reason|reasons|how come|cause|caused)\b")


def _source_of_the_fact(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'source?', 'where's that from?' after a fact answer: nothing asked but where it comes from."""
    # "says who?", "who said that?" after a fact: its source, and whoever it quotes
    asked = frame.operation is Operation.SOURCES or WHO_SAID.match(frame.text) is not None
    if not asked or frame.bots_own or last.metric is not None:
        return False
    if Ask.WHEN in frame.asks:
        return False  # "when was that article published?": the article's date
    of_that_fact = OF_THAT_FACT.search(frame.text) or WHO_SAID.match(frame.text)
    if ABOUT_THE_ARTICLES.search(frame.text) or not of_that_fact:
        return False  # "how many articles do you have?", "who wrote that article?": the articles themselves
    named = frame.has_period or frame.quantities or frame.topic_words or frame.scopes or frame.quoted
    return not named and bool(conversation.focus_words)


PRICE_TOPICS = frozenset({"phone_price"})
# A place asked alone after a figure: "in india?", "and in china only?", "just china?"
PLACE_ALONE = re.compile(
    r"(?:and |but |what about |how about |ok )?(?:just |only )?(?:in |inside |within |for )?"
    r"(?:\w+ ){0,2}\w+(?: only| alone)?"
)
# The articles themselves asked about, not where one fact comes from
ABOUT_THE_ARTICLES = re.compile(
    r"\b(?:how many|who wrote|wrote|author|authors|recent|older|oldest|newer|newest|latest|earlier"
    r"|dated|date)\b"
)
# Where the fact just given comes from: "source?", "which article says that?", "where's that from?"
OF_THAT_FACT = re.compile(
    r"^(?:and |so |ok |but )?(?:source|sources|src|citation|cite|link|ref|reference|proof)s?\b"
    r"|\b(?:that|this|it|so)\b|\bcome from\b|\bcomes from\b|\baccording to\b"
)


def is_followup(
    frame: Frame, last: Frame, named_years: tuple[int, ...] = (), years_asked: tuple[int, ...] = ()
) -> bool:
    """Whether a question goes on from the last one; `named_years`: the years the last answer
    named (the best year it found), where the last question named none; `years_asked`: the years
    asked so far, in order."""
    if frame.operation is Operation.SOURCES and frame.bots_own and not ANSWER_PRONOUN.search(frame.text):
        return False  # "what are the sources for your data?": the bot's, not the last answer's
    if frame.smalltalk == "opinion" and not (frame.has_period or frame.metric or frame.pronoun):
        return False  # "samsung sucks": a verdict of the asker's own, no question on from the last
    named = frame.metric or frame.operation or frame.has_period or frame.subjects or frame.topics
    if (
        last.metric
        and not last.target_named
        and frame.scopes
        and not named
        and not frame.topic_words  # ("mi 6 date?" asks a fact of the product)
        and PLACE_ALONE.fullmatch(frame.text)
    ):
        return True  # "xiaomi 2015 sales", "in india?": the same figure, of that place (which no figure is)
    # "In which countries does Xiaomi sell its phones?": a pronoun beside a company it names is that
    # company's, not the last question's.
    # "what number does he say xiaomi needs?" after Kevin Wang: "he" is still the person.
    # ... and "is he xiaomi's ceo?" after "who said they need 70m?": "he" is the one who said it
    person_asked = last.metric is None or Ask.WHO in last.asks or bool(last.quoted)
    pronoun = frame.pronoun and (not frame.subjects or (frame.personal and person_asked))
    # "did xiaomi hit it?": "it" is what was hit, the target just given, whoever is named
    pronoun = pronoun or bool(frame.pronoun and REACHED_IT.search(frame.text))
    leans = frame.opener or frame.refers_back or pronoun or frame.over_previous or frame.relative_step
    # "half?", "double it", "which one is right?" after 2014: of the last figure
    leans = leans or ((frame.calculation is not None or frame.picks_one) and not frame.has_period)
    leans = leans or AS_A_SHARE.match(frame.text) is not None  # "as a share of the 2015 goal?"
    # "did they sell that many in 2016?": the figure just given, in the year named
    leans = leans or (
        AS_MANY_AGAIN.search(frame.text) is not None
        and SOLD_SO_MANY.search(frame.text) is not None
        and frame.yes_no
        and bool(frame.all_years)
    )
    # "total of the first three": some of the years asked so far
    leans = leans or bool(frame.operation and FIRST_OR_LAST_FEW.search(frame.text) and not frame.has_period)
    # "xiaomi 2016 sales", "how many years after founding?": its age in the year asked
    leans = leans or (frame.age_asked and not frame.has_period and not frame.source_year)
    # "more than 60 million?" asks across the years; "was that more than 20 million?" is about the
    # last answer.
    # ... but "how much below the 80m goal?" asks the margin of the last answer
    margin = bool(frame.threshold and HOW_FAR_FROM.search(frame.text))
    leans = leans or margin
    # "h1 2015", "over 35 million?"; "2015", "at least 60m?": that one figure checked (not "which
    # years had more than 60 million?", "more than 100m across all years?", asked across the years)
    across_years = (
        COMBINED_ASKED.search(frame.text) or ALL_YEARS.search(frame.text) or WHICH_YEARS.search(frame.text)
    )
    one_figure = len(last.all_years) == 1 and not (last.operation or last.threshold)
    figure_checked = one_figure and not across_years
    threshold_alone = (
        frame.threshold
        and not frame.years
        and not (frame.pronoun or frame.refers_back or margin or frame.over_previous)  # "in both?", "those"
        # "2012?", "2013?", "more than 20m combined?": those years; "across all years" is every year
        and not (COMBINED_ASKED.search(frame.text) and not ALL_YEARS.search(frame.text))
        # "did they sell more than 50m in 2016?", "and more than 60m?": the same year checked again
        and not (frame.opener and last.threshold and last.all_years)
        and not figure_checked
        # "xiaomi prices", "so always under $350?", "any above $300?": the fact just given, checked
        and not (
            last.metric is None
            and last.topics
            and (frame.opener or set(frame.content) <= set(frame.topic_words))
        )
    )
    # "and which years did they grow?": a search over every year, whatever the last one asked
    years_moved = frame.direction and YEARS_PLURAL.search(frame.text) and not frame.has_period
    years_moved = years_moved and not (frame.refers_back or frame.over_previous)
    # "when did they first sell more than 18m in a year?": the first of every year, never the last one's
    # ("and the first year sales beat twice the 2012 total?", "the latest year under 20m?": the same)
    bounded = frame.threshold or frame.threshold_year or frame.threshold_of
    first_past = (
        bounded and (frame.first_time or frame.last_time) and not frame.years and not frame.refers_back
    )
    if (
        frame.foreign
        or frame.absent
        or frame.market
        or frame.unknown_measure
        or threshold_alone
        or years_moved
        or first_past
    ):
        return False
    if frame.threshold and not frame.years and figure_checked:
        return True
    if _a_bound_alone(frame) and not frame.has_period and last.metric is None and last.topics:
        return True  # "xiaomi's prices?", "any above $300?": the fact just given, checked
    if _an_amount_alone(frame) and last.metric is None and last.topics:
        return True  # "iphone prices", "is the top one $1,200?": the same
    named = frame.metric or frame.has_period or frame.operation or frame.quantities or frame.calculation
    a_thing = frame.scopes or frame.subjects or frame.quoted  # "the apple of china", "canalys"
    known_words = set(frame.content) - set(frame.unknown)
    leaning = frame.opener or frame.pronoun or frame.refers_back or frame.over_previous or frame.relative_step
    of_the_figures = known_words or named or a_thing or frame.topics or frame.topic_words
    if frame.unknown and not (of_the_figures or leaning):
        return False  # "xiaomi 2015", "when's the meeting?": nothing of the figures, a remark of its own
    if _a_remark_on_the_same_company(frame, last, bool(named or leaning)):
        return False  # "xiaomi 2015 sales?", "ugh my xiaomi broke again": chatter, not the figures again
    if WHAT_IS.match(frame.text) and a_thing and not (named or frame.pronoun):
        return False  # "xiaomi 2015 sales", "what is the apple of china?": a question of its own
    if frame.sells and frame.yes_no and frame.scopes and not (frame.has_period or frame.quantities):
        return False  # "xiaomi 2015", "does it sell in india?": where it sells, no figure of that year
    asks_a_fact = {Ask.WHEN, Ask.WHERE, Ask.WHO} & set(frame.asks) and not (frame.sells or frame.metric)
    fact_alone = not (
        frame.has_period or frame.quantities or frame.operation or frame.pronoun or frame.opener
    )
    if asks_a_fact and frame.scopes and fact_alone:
        return False  # "xiaomi 2015 sales", "when's the mi 6 out?": that product's date, no figure
    if frame.scopes and fact_alone and frame.topic_words and not (frame.sells or frame.metric):
        return False  # "xiaomi 2015 sales", "mi 6 date?", "us launch?": a fact of its own, said short
    if frame.quoted and frame.content and not frame.metric and not frame.has_period and last.metric:
        # "what did Jony Ive say about them?" after sales: his words, about the company ("and
        # huawei?" names a company some fact quotes, and asks nothing of it: still the figures)
        return False
    if frame.names_source and not substance(frame) and not frame.has_period:
        return True  # "according to the 2015 article?": the last question, from that article
    if _another_years_sales_against_the_target(frame, last):
        return True  # "the 2017 target vs 2015 sales", "vs 2016 sales?": 2016's against that target
    if _a_years_sales_against_the_target_asked(frame, last):
        return True  # "the original 2015 target", "how much over 2014 sales was that?": one against the other
    if SAID_SAME.match(frame.text) and not (frame.has_period or frame.subjects or frame.quantities):
        return True  # "2015 sales", "2017 target?", "same number?": the two just asked
    # ... or asked one after the other: "2012?", "and 2013?", "how much did sales grow?"
    asked_in_turn = (
        len(last.all_years) == 1
        and not last.operation
        and len(years_asked) > 1
        and years_asked[-1] == last.all_years[0]
        and frame.metric in (None, last.metric)
    )
    between_last_two = (
        frame.operation in (Operation.CHANGE, Operation.RATIO, Operation.COMPARE)
        and not frame.has_period
        and not frame.subjects
        and not frame.topic_words
        and (len(last.all_years) == 2 or asked_in_turn)
    )
    if between_last_two:
        return True  # "xiaomi 2015 vs 2014?", "by how many units exactly?": between those two
    if _how_far_from_another_years_target(frame, last):
        return True  # "2012", "how far short of the 2014 projection?": 2012's sales against it
    if (
        COMPARATIVE_OPENING.match(frame.text)
        and not frame.subjects
        and len(last.all_years or named_years) == 1
    ):
        # "xiaomi 2015 sales" (or "best year?"), "higher than the 2017 target?": that answer, measured
        return True
    if (
        frame.operation is Operation.COMPARE
        and frame.metric
        and last.metric
        and frame.metric != last.metric
        and len(frame.all_years) == 1
        and len(last.all_years) == 1
        and not frame.subjects
    ):
        return True  # "xiaomi 2015", "compared to the 2017 target?": that year's sales against it
    if BY_HOW_MUCH.match(frame.text) and not frame.has_period and not frame.subjects and last.all_years:
        return True  # "Q3 2015 sales fell, right?", "by how many units?": that change
    if Ask.WHY in frame.asks and not frame.has_period and not frame.subjects and last.all_years:
        return True  # "why do the numbers differ?": about the last answer's year
    if frame.operation is Operation.GAP and not frame.has_period and not frame.subjects and last.all_years:
        return True  # "xiaomi 2015 target", "% of goal achieved?", "how far off?": that year's target
    if frame.per_unit and not (frame.has_period or frame.subjects) and last.metric:
        return True  # "xiaomi 2015", "per month?": that figure spread over its months
    guessed = frame.guessed and frame.quantities and not (frame.has_period or frame.subjects or frame.metric)
    if guessed and last.metric and len(last.all_years) == 1 and not last.operation:
        return True  # "xiaomi 2015 sales?", "i guessed 60 million": that year's figure, against the guess

    left_out = frame.years_left_out and set(frame.years) <= set(frame.years_left_out)
    if left_out and not frame.subjects and last.metric and last.all_years:
        return True  # "2015 sales", "minus the 2016 figure": a year taken from the last answer
    if _adds_a_year(frame) and last.metric and last.all_years and not frame.subjects:
        return True  # "h1 2015 sales", "plus 2013 sales": the two added up
    if substance(frame):
        if leans:
            # "how does that compare with 2016 sales?" after the 2017 target: "that" is the last
            # answer, measured against the year named.
            # ("and the second half?": a part of a year with no year of its own is still the last one)
            # "who is kevin wang?", "what does he think they need in 2017?": "he" is still that person
            him = frame.personal and bool(last.quoted) and last.metric is None
            return not (frame.years or frame.year_range) or him or _compares_last_answer(frame)
        if (frame.whole_year or frame.period_part) and not (
            frame.years or frame.year_range or frame.subjects
        ):
            # "h1 2015", "sales for the whole year?": that year, whole ("q3 sales?" names its year)
            return bool(last.all_years or (last.period_part and named_years))
        # "sales 2015" then "what was the goal?": the goal for 2015.
        plain = frame.metric and not (
            frame.has_period or frame.subjects or frame.operation or frame.topic_words
        )
        if plain and last.metric is None and last.scopes and frame.asks_for_figure:
            return True  # "what is the mi 6?", "how many were sold?": of that product
        return bool(plain and last.metric and last.all_years)
    if leans:
        return True
    # "xiaomi vs huawei 2016": companies with a period or an operation make a question of its own,
    # even with no measure named; "2015?", "compare with 2016" or "huawei?" continue the last one.
    if frame.subjects and (frame.has_period or frame.operation is not None):
        return False
    return bool(frame.has_period or frame.stray_numbers or frame.subjects or frame.operation or frame.asks)


OF_THAT = re.compile(r"\bof (?:that|this|it)\b")  # the last answer as the whole of a share
SHARE_ASKED = re.compile(r"\b(?:percent|percentage|share|fraction|proportion|portion)\b")
# "percent of 2015?", "% of 2014's?": the last answer as a share of that year, nothing else asked
SHARE_OF_A_YEAR_ALONE = re.compile(
    r"(?:and |so |ok )?(?:what )?(?:percent(?:age)?|%|share|fraction|proportion|portion) of (?:the )?"
    r"(?:19|20)\d\d(?:'s|s)?(?: (?:sales|figure|number|total|one))?"
)
# "how much was that vs the 2013 number in %?": the last answer changed from that year's figure
AGAINST_A_YEARS_FIGURE = re.compile(
    r"\b(?:vs|versus|against|compared (?:to|with)|relative to) (?:the |xiaomi'?s |their )?(?:19|20)\d\d\b"
    r"(?!'?s? (?:growth|increase|rise|jump|gain|drop|fall|decline|change))"
)
# "as a share of the 2015 goal?": the last answer, as a share of something
# "what percent", "and which share": a share asked, of what follows
SHARE_ASKED_OPENING = r"(?:and |so )?(?:what|which) (?:percent|percentage|share|fraction|proportion|part)"
AS_A_SHARE = re.compile(
    r"(?:and |so )?(?:as|in) (?:a |an )?(?:share|percent|percentage|fraction|proportion|multiple|ratio)\b"
    # "what percent of the revised 2015 target?" after 2016's sales: that year's share of it
    rf"|{SHARE_ASKED_OPENING} of"
    r" (?:the |its |their )?(?:[a-z]+ )?(?:(?:19|20)\d\d(?:'s)? )?(?:target|goal|projection|forecast)\W*$"
)


# "and the other way round?", "reverse it", "vice versa": the same worked-out figure, its two sides swapped
REVERSED = re.compile(
    r"(?:(?:and|so|ok|now|what about|how about) )*(?:the )?(?:other way (?:a)?round|the reverse"
    r"|reverse(?: it| that)?|reversed|vice versa|flip(?: it| that)?(?: around| round)?|inverse|the inverse)"
    r"(?: please| pls)?"
)


def _the_other_way_round(frame: Frame, last: Frame) -> Frame | None:
    """'how many times did sales grow 2012 to 2013?', 'and the other way round?': the ratio of the two
    years turned over, 2012's sales as a multiple of 2013's."""
    if not REVERSED.fullmatch(frame.text) or last.operation is not Operation.RATIO:
        return None
    years = sorted(set(last.all_years))
    if len(years) != 2 or last.period_part or len(last.subjects) > 1:
        return None
    named = RATIO_NAMED.search(last.text) or YEAR_DIVIDED.search(last.text)
    earlier_over_later = named is not None and (named.group("a"), named.group("b")) == tuple(map(str, years))
    over, under = (years[1], years[0]) if earlier_over_later else (years[0], years[1])
    return replace(
        last,
        question=frame.question,
        text=f"ratio of {over} to {under}",  # as a ratio is read: the first year over the second
        years=(over, under),
        year_range=None,
        direction="",
        yes_no=False,
        quantities=(),
    )


def _worked_out_again_without_an_extreme(frame: Frame, last: Frame) -> Frame | None:
    """'average 2012-2016', 'and ignoring the worst year?': the same total or average, less the
    worst (or best) of its years, which the facts say."""
    if frame.operation not in EXTREMES or frame.has_period or frame.subjects or frame.both_extremes:
        return None
    if {Ask.WHICH, Ask.WHEN} & set(frame.asks):
        return None  # "which was the best year, not counting the peak?": a year asked, no total
    if last.operation not in (Operation.TOTAL, Operation.AVERAGE):
        return None
    if not WITHOUT_AN_EXTREME.search(frame.text):
        return None
    return replace(
        frame,
        operation=last.operation,
        metric=frame.metric or last.metric,
        years=last.years,
        year_range=last.year_range,
        subjects=last.subjects,
    )


def _compares_last_answer(frame: Frame) -> bool:
    """'How does that compare with 2016 sales?': "that" (not "they", the company) is the last answer."""
    asks_amount = not set(frame.asks) - {Ask.HOW_MUCH, Ask.HOW_MANY}  # "how much more than 2016 is that?"
    comparing = frame.operation in (Operation.COMPARE, Operation.GAP, Operation.RATIO) or (
        frame.operation is Operation.CHANGE and AGAINST_A_YEARS_FIGURE.search(frame.text) is not None
    )
    comparing = comparing and asks_amount
    # "and vs the 2013 number in %?": the last answer, set against that year
    set_against = frame.opener and AGAINST_A_YEARS_FIGURE.search(frame.text) is not None
    answer_pronoun = bool(ANSWER_PRONOUN.search(frame.text))
    # "what % of 2015 is that?", "what percent of the 2015 target is that?": a share of it
    # (not "the 2017 target is what percent of that?": the last answer is then the whole)
    sharing = bool(frame.unsupported) and SHARE_ASKED.search(frame.unsupported) is not None
    sharing = sharing and not OF_THAT.search(frame.text)
    answer_pronoun = answer_pronoun or AS_A_SHARE.match(frame.text) is not None or set_against
    # "and how much more did they sell in 2015?" after 2014: more than the last answer
    more_than_last = bool(HOW_MUCH_MORE.search(frame.text)) and (frame.opener or frame.pronoun)
    more_than_last = more_than_last and not frame.quantities  # "how much more to hit 100 million?"
    answer_pronoun = answer_pronoun or more_than_last
    # "so they sold more than in 2014?" after 2016: the last answer's year against the one named
    than_a_year = frame.operation is Operation.COMPARE and bool(MORE_THAN_A_YEAR.search(frame.text))
    answer_pronoun = answer_pronoun or (than_a_year and (frame.opener or frame.pronoun))
    # "did they sell more or less in 2013?", "did they sell more in 2014?" after 2012: that year
    # against the one talked about
    claimed_of_a_year = frame.operation is Operation.COMPARE and frame.yes_no and frame.pronoun
    claimed_of_a_year = claimed_of_a_year and not (frame.quantities or frame.target_named)
    claimed_of_a_year = claimed_of_a_year and not MORE_THAN_THAT.search(frame.text)
    answer_pronoun = answer_pronoun or claimed_of_a_year
    one_year = len(frame.all_years) == 1 or (sharing and frame.year_range is not None)  # "of 2012-2015"
    # "is that the same as 2015 sales?", "so same as 2015?": the last answer against that year's
    same_as = SAME_AS_A_YEAR.search(frame.text) is not None and (answer_pronoun or frame.opener)
    return ((comparing or sharing) and answer_pronoun or same_as) and not frame.subjects and one_year


def _years_in_between(frame: Frame, conversation: Conversation) -> tuple[int, ...]:
    """The years between the last two years asked, when a follow-up asks for "the one in between"
    ("the difference in between" is between the two years themselves)."""
    if frame.operation or not IN_BETWEEN.search(frame.text) or len(set(conversation.years_asked)) < 2:
        return ()
    asked = conversation.frame.all_years if conversation.frame else []
    # (after one question of a span, "sales 2013 to 2015": between its ends)
    first, last = (min(asked), max(asked)) if len(asked) > 1 else sorted(set(conversation.years_asked[-2:]))
    if ALL_OF_THE_SPAN.search(frame.text):
        return tuple(range(first, last + 1))  # "everything in between, inclusive": the ends too
    return tuple(range(first + 1, last))


def _an_aside(frame: Frame) -> bool:
    """A question of a fact, with no figure or year of its own ("who is the ceo?", "valuation?";
    "their valuation these days?" names no year either)."""
    if frame.metric or frame.quantities or frame.period_part:
        return False
    if (frame.all_years or frame.year_range) and not frame.lately:
        return False
    return bool(frame.topics or frame.topic_words or frame.quoted or frame.scopes)


# "what was it the year before?": the thing just asked about, as it was then
IT_ASKED = re.compile(r"\b(?:what|how much|how big) (?:was|is|were) it\b")


def _after_an_aside(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """Whether a year counted from another ("the year after?") skips the last question, a fact
    with no year said (the valuation, who Lei Jun is), for the figure asked before it."""
    before = conversation.before
    if not frame.relative_step or frame.years or before is None or not before.metric or not before.all_years:
        return False
    if (
        last.metric
        or (last.all_years and not last.lately)  # ("their valuation these days?" names no year)
        or not (last.topics or last.quoted or last.scopes or last.absent)
        or Ask.WHEN in last.asks
    ):
        # "when was it founded?" names its year, which "the year after" counts from; "revenue?"
        # (which the bot has none of) is an aside too
        return False
    it_again = IT_ASKED.search(frame.text) and not (frame.sales_word or last.quoted)
    if it_again and not {Ask.WHO, Ask.WHERE} & set(last.asks):
        return False  # "the valuation?", "what was it the year before?": that thing, a year before
    same_company = set(frame.subjects) <= set(before.subjects) or not before.subjects
    return same_company and frame.metric in (None, before.metric) and not frame.topics


# "total of all three years?", "all of them": every year asked so far, not only the last question's
EVERY_YEAR_ASKED = re.compile(r"\b(?:all|every|each|both)\b|\b(?:three|four|five) years\b")
# Follow-ups that work on figures, which a fact asked in passing has none of: "sum?", "growth?"
OVER_FIGURES = (Operation.TOTAL, Operation.AVERAGE, Operation.CHANGE, Operation.RATIO)


MARGIN_BY_ITS_SIDE = re.compile(
    r"(?:(?:and|so|ok) )?(?:by )?how (?:much|many|far) (?:over|above|under|below|short|beyond|past|more|less)"
    r"(?: (?:was it|were they|is it|it|they|then))?\W*"
)
# "the new figure", "the revised number", "the lowered one": the target a revision set
NEW_ONE = re.compile(
    r"\b(?:the|that|this) (?:new|revised|lowered|updated|reduced|cut|final|later|second)"
    r" (?:figure|number|target|goal|one|forecast|projection|amount)\b"
)
# "that plus the next two years", "it and the two years before": the year talked of, and the span
ANCHOR_ADDED = re.compile(
    r"\b(?:that|it|this|that year|this year) (?:plus|and|with|\+|along with|together with) the\b"
)
THE_TWO_OF_THEM = re.compile(r"^(?:and |so |ok |now )?(?:sum|add|total|average)(?: up)? (?:them|both)\b")
# "how many did he sell?", "how many did she say they need?": the person's own doing or words
HE_SOLD_OR_SAID = re.compile(
    r"\b(?:he|she) (?:sell|sold|ship|shipped|move|moved|say|said|think|reckon|predict)\b"
)


def _figures_after_an_aside(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """Whether a follow-up on figures ("sum?", "growth?", "per month?", "back to sales - double
    it") skips the last question, a fact with no year said (the valuation, the CEO), for the
    figures asked before it."""
    before = conversation.before
    if before is None or not before.metric or not before.all_years or frame.years or frame.year_range:
        return False
    if (
        last.metric
        or last.all_years
        or not (last.topics or last.topic_words)
        or frame.subjects
        or frame.topics
    ):
        return False
    if frame.metric not in (None, before.metric) or frame.relative_step or frame.refers_back:
        return False  # ("growth since then?" counts from what the aside named)
    on_figures = frame.operation in OVER_FIGURES or frame.per_unit
    # "double it" after the valuation doubles the valuation; "back to sales - double it" the sales,
    # and so does "halve it" after who or where, which names no number
    no_number = bool({Ask.WHO, Ask.WHERE} & set(last.asks))
    return on_figures or (frame.calculation is not None and (frame.sales_word or no_number))


def _that_figure_past_an_aside(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """Whether "that" in a question working on a figure ("how much lower was that than their
    peak?", "what % of the goal was that?") points past an aside that gave no number ("who is the
    ceo?") to the one year's figure asked before it."""
    before = conversation.before
    if before is None or not before.metric or len(set(before.all_years)) != 1 or before.operation:
        return False
    if not ANSWER_PRONOUN.search(frame.text) or frame.topics or frame.topic_words:
        return False
    # ("how many times bigger was 2015 compared with that?", "the gap between that and 2016?": one
    # year's figure of its own, set against it, whatever number the aside gave)
    own_year = bool(frame.operation) and len(frame.all_years) == 1 and not frame.year_range
    if not (_an_aside(last) and (conversation.no_number_given or own_year)):
        return False
    if conversation.past_asides and not own_year:
        return False  # ("2016 sales?", "valuation?", "ceo?", "is that over 40 billion?": the valuation's)
    if frame.has_period and not own_year:
        return False
    return bool(frame.operation or frame.threshold or frame.quantities or frame.target_named)


def _target_reached_past_an_aside(frame: Frame, last: Frame, conversation: Conversation) -> Frame | None:
    """The target asked before an aside of no target ("how much is an iphone?"), when "did they get
    there?", "did they hit it?" asks whether it was reached."""
    target = conversation.target_asked
    if target is None or target is last or not REACHED_IT.search(frame.text):
        return None
    # ("how much is an iphone these days?": a fact, whatever year it is of)
    of_a_fact = last.metric is None and bool(last.topics or last.topic_words or last.quoted or last.scopes)
    if not of_a_fact or last.target_named or conversation.target_given is not None:
        return None
    if frame.has_period or frame.quantities or frame.target_named or frame.topics or frame.topic_words:
        return None
    return target if conversation.before is target or conversation.before is None else None


def _back_to_the_figures(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """Whether a question says it goes back to the figures ("back to sales", "back to xiaomi")
    after an aside on something else (another company's price, who leads a market)."""
    before = conversation.before
    if before is None or not before.metric or not BACK_TO_THE_FIGURES.search(frame.text):
        return False
    if not frame.has_period or frame.relative_step:
        return False  # ("back to xiaomi: the year before?" steps from the figures by the aside's own rule)
    aside = last.metric != before.metric or last.subjects != before.subjects or last.scopes != before.scopes
    return aside and len(frame.subjects) <= 1


def _years_after_an_aside(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """Whether other years alone ("and 2014 to 2015?", "what about 2016?") skip the last question,
    a fact with no year said (who someone is, the valuation), for the figures asked before it."""
    before = conversation.before
    if before is None or not before.metric or not before.all_years or not frame.all_years:
        return False
    if last.metric or last.all_years or not (last.topics or last.topic_words):
        return False
    asked = frame.metric or frame.operation or frame.subjects or frame.topics or frame.topic_words
    return not asked and (frame.opener or len(frame.text.split()) <= 4)


def _another_company_set_against(frame: Frame, last: Frame, conversation: Conversation | None) -> bool:
    """'Xiaomi phone prices?', then 'how much more is an iphone?': another company's side of the
    same fact (its price), set against the one just given; not where that company's own price was
    asked just before ("xiaomi top price", "iphone cheapest price", "how much cheaper is xiaomi?"),
    whose end the words of this question alone may not say."""
    before = conversation.before if conversation is not None else None
    if before is not None and before.subjects == frame.subjects and set(before.topics) & PRICE_TOPICS:
        return False
    # (prices are the facts given as ranges for more than one company; "and apple's valuation?" is no
    # fact the articles give)
    # ("iphone prices", "how many times more than xiaomi phones?": the phones priced, no sales counted)
    phones_priced = frame.metric and not frame.sales_word and PHONES_NAMED.search(frame.text) is not None
    if last.metric or not set(last.topics) & PRICE_TOPICS or len(last.subjects) != 1:
        return False
    if frame.metric and not phones_priced:
        return False
    if not set(frame.topics) <= set(last.topics):
        return False  # ("iphone prices?", "how much cheaper is a xiaomi?": "cheaper" says a price too)
    if frame.has_period or len(frame.subjects) != 1 or frame.subjects == last.subjects:
        return False
    how_much = bool({Ask.HOW_MUCH, Ask.HOW_MANY} & set(frame.asks))
    if frame.operation is None:  # "how much cheaper is a xiaomi?"
        return how_much and PRICE_SET_AGAINST.search(frame.text) is not None
    asked = frame.operation in (Operation.COMPARE, Operation.GAP, Operation.CHANGE, Operation.RATIO)
    return asked and (how_much or frame.operation is not Operation.COMPARE)


PHONES_NAMED = re.compile(r"\b(?:phones?|smartphones?|handsets?|mobiles?)\b")
PRICE_SET_AGAINST = re.compile(r"\b(?:cheaper|pricier|dearer|(?:more|less) (?:expensive|costly))\b")


def _apart_only(frame: Frame) -> bool:
    """'gap?', 'how big is the gap', 'gap in percent': how far apart, naming nothing to set apart."""
    named = frame.has_period or frame.quantities or frame.subjects or frame.target_named or frame.sales_word
    return bool(APART.search(frame.text)) and not named


def _next_part_by_ordinal(frame: Frame, last: Frame) -> Frame:
    """'and the second?' after the first half: the second half; 'the third one?' after Q1: Q3."""
    said = ORDINAL_ALONE.fullmatch(frame.text)
    kind = last.period_part[:1]
    if not said or kind not in ("H", "Q") or not last.period_part[1:].isdigit():
        return frame
    number = ORDINALS[said.group(1)]
    if number > (2 if kind == "H" else 4):
        return frame
    part = f"{kind}{number}"
    return replace(frame, period_part=part, parts_named=(part,))


def _part_stepped(frame: Frame, last: Frame) -> Frame:
    """'and the quarter before?' after Q3 2015: Q2 2015; 'the next half?' after H2 2014: H1 2015."""
    kind = last.period_part[:1]
    if not frame.part_step or kind not in ("H", "Q") or not last.period_part[1:].isdigit():
        return frame
    if ("Q" if "quarter" in frame.text else "H") != kind:
        return frame  # "the quarter before" the first half is no half, and no quarter the bot can name
    if len(last.all_years) != 1 or frame.has_period:
        return frame
    parts = 2 if kind == "H" else 4
    index = last.all_years[0] * parts + int(last.period_part[1:]) - 1 + frame.part_step
    year, part = divmod(index, parts)
    named = f"{kind}{part + 1}"
    return replace(frame, years=(year,), period_part=named, parts_named=(named,), part_step=None)


def _sales_asked_after_a_target(frame: Frame, last: Frame) -> bool:
    """'Target 2015', 'growth from 2014 to 2015?' or 'which year was best?': growth between years
    named and a best or worst year are of what was sold (a target is raised or cut, never grown),
    so the figures are asked, not the target again; "and its growth?" pointing at the target, or
    "growth needed?", keeps it."""
    if not last.target_named or frame.target_named or frame.pronoun or frame.refers_back:
        return False
    best_year = frame.operation in EXTREMES and YEAR_WORD.search(frame.text) is not None
    # growth between years named; "growth needed?" or "implied growth" is toward the target
    named = frame.all_years or frame.since_year is not None  # ("growth since 2012?")
    grown = named and GROWTH_ASKED.search(frame.text) and not GROWTH_TOWARD.search(frame.text)
    return best_year or bool(grown)


def _years_leaned_on(frame: Frame, last: Frame, conversation: Conversation) -> Frame:
    """The question whose years a follow-up leans on: the last, unless it was a target and the
    follow-up asks the sales again with one year of its own ("sales 2014", "target 2015", "and
    growth from 2013?"): then the sales asked before the target, to 2014."""
    before = conversation.before
    if before is None or len(frame.all_years) != 1 or not _sales_asked_after_a_target(frame, last):
        return last
    if before.target_named or not before.metric or len(before.all_years) != 1:
        return last
    return before


def _a_remark_on_the_same_company(frame: Frame, last: Frame, asked_of_figures: bool) -> bool:
    """'Ugh my xiaomi broke again', 'ngl xiaomi phones are kinda mid' after Xiaomi's figures: the
    company already asked about, in a sentence of words the bot does not know, asking nothing of
    its figures or facts; "xiaomi?", "and xiaomi?" or "same thing but for xiaomi" still ask the last
    question again."""
    if not frame.subjects or not set(frame.subjects) <= set(last.subjects or frame.subjects):
        return False
    if asked_of_figures or frame.asks or frame.yes_no or frame.topics or frame.topic_words:
        return False
    if frame.scopes or frame.quoted or frame.absent or frame.smalltalk or not frame.unknown:
        return False
    if ASKED_AGAIN.search(frame.text):
        return False
    other_words = [w for w in WORD.findall(frame.text) if w not in {s.lower() for s in frame.subjects}]
    return len(other_words) >= REMARK_WORDS


# A follow-up that asks the last question again with one year put for another: "replace 2015
# with 2016", "swap 2013 for 2012", "instead of 2016, 2015", "scratch 2012, use 2013 instead"
YEAR_SWAPPED = (
    re.compile(
        rf"\b(?:replace|swap|switch|exchange|substitute) (?P<old>{YEAR})"
        rf" (?:with|for|to|by|into) (?P<new>{YEAR})\b"
    ),
    re.compile(
        rf"\b(?:instead of|rather than|in place of) (?P<old>{YEAR})\W+"
        rf"(?:(?:use|take|try|do|with|put|go with)\s+)?(?P<new>{YEAR})\b"
    ),
    re.compile(rf"\b(?P<new>{YEAR}) (?:instead of|rather than|in place of) (?P<old>{YEAR})\b"),
    re.compile(
        rf"\b(?:scratch|drop|forget|remove|skip|ditch|lose) (?P<old>{YEAR})\W+"
        rf"(?:(?:and|use|take|add|with|then|put|try|go with)\s+)*(?P<new>{YEAR})\b"
    ),
)
# ... or with the first or last year of its span moved: "same but ending in 2016", "and if we
# start from 2012?"
# ("but what was the best year from 2012?", "now the total from 2012?" ask something else of the span)
SPAN_MOVED = re.compile(r"^(?:ok |so |and |but )?(?:(?:the )?same|what if|and if|if)\b")
SPAN_END_MOVED = re.compile(
    rf"\b(?:ending|end|ends|ended|finishing|finish|up to|until|through|thru)"
    rf" (?:in |at |with )?(?P<new>{YEAR})\b"
)
SPAN_START_MOVED = re.compile(
    rf"\b(?:start|starting|started|starts|begin|beginning|began|from)"
    rf" (?:in |at |from |with )?(?P<new>{YEAR})\b"
)
SWAP_ENDS = re.compile(r"\W*(?:(?:instead|please|pls|then|now)\W*)*")
ARTICLE_NAMED_IN_A_QUESTION = re.compile(r"\b(?:article|piece|story|report|post)\b", re.IGNORECASE)
# ("same, but up to 2016 and the average?", "if it ended in 2016 would it be higher?": more asked)
ASKED_BESIDE_A_MOVE = re.compile(
    r"\b(?:average|avg|mean|total|sum|growth|best|worst|higher|lower|more|less|bigger|smaller|would|percent)\b"
    r"|%|\band (?:the|its|what|how)\b"
)
A_YEAR_NAMED = re.compile(rf"\b{YEAR}\b")
SWAP_WORDS_MOST = 10  # a swap says little else: "ok now swap 2013 for 2012 please"


def asked_again_with_a_year_swapped(follow_up: str, last_question: str) -> str | None:
    """The last question with one of its years put for another, when the follow-up asks exactly
    that ("total of 2013 and 2015?", "replace 2015 with 2016": "total of 2013 and 2016?"); None
    otherwise, or where the last question does not say the year replaced."""
    text = " ".join(follow_up.lower().split())
    if not A_YEAR_NAMED.search(text):
        return None  # (a year put for another, or a span's end moved to one, is always said)
    # ("no wait, 2014 instead of 2016": a correction, which keeps what the conversation named)
    if len(text.split()) > SWAP_WORDS_MOST or CORRECTION.search(text):
        return None
    if ARTICLE_NAMED_IN_A_QUESTION.search(last_question):
        return None  # ("per the 2015 article, 2014 sales?": the article's year is no year asked)
    said = [int(y) for y in A_YEAR_NAMED.findall(last_question)]
    for pattern in YEAR_SWAPPED:
        found = pattern.search(text)
        # (the swap is all the follow-up says: "forget 2015 and 2016, what's the 2017 target?" asks anew)
        if found is None or not SWAP_ENDS.fullmatch(text[found.end() :]):
            continue
        if int(found["old"]) in said and int(found["new"]) not in said:
            return _year_put_for(last_question, found["old"], found["new"])
    if not SPAN_MOVED.match(text) or len(set(said)) != 2 or ASKED_BESIDE_A_MOVE.search(text):
        return None
    first, last = min(said), max(said)
    if SPAN_END_MOVED.search(text) and SPAN_START_MOVED.search(text):
        return None  # ("what if from 2013 until 2016?": a span of its own)
    if (found := SPAN_END_MOVED.search(text)) and int(found["new"]) > first and int(found["new"]) not in said:
        return _year_put_for(last_question, str(last), found["new"])
    if (
        (found := SPAN_START_MOVED.search(text))
        and int(found["new"]) < last
        and int(found["new"]) not in said
    ):
        return _year_put_for(last_question, str(first), found["new"])
    return None


def asked_again(follow_up: str, last_question: str) -> str | None:
    """The last question asked again as a follow-up changes it ("replace 2015 with 2016", "and in
    the year it turned five?"), to be read whole; None for any other follow-up."""
    return asked_again_with_a_year_swapped(follow_up, last_question) or asked_again_of_a_year_named(
        follow_up, last_question
    )


def asked_again_of_a_year_named(follow_up: str, last_question: str) -> str | None:
    """The last question asked of the year a follow-up names by what happened in it ("how many in
    2013?", "and in the year it turned five?": "how many in the year it turned five?"); None where
    the follow-up says more, or the last question names no one year to put it for."""
    if "year" not in follow_up.lower():
        return None  # (most follow-ups: no year named by anything)
    text = " ".join(follow_up.lower().split())
    found = YEAR_NAMED_ALONE.fullmatch(text)
    if found is None or ARTICLE_NAMED_IN_A_QUESTION.search(last_question):
        return None
    if not YEAR_NAMED_BY_WHAT_DATES_IT.search(found["named"]):
        return None  # ("the year they launched in india": an event no fact dates; as it was asked)
    said = set(A_YEAR_NAMED.findall(last_question))
    if len(said) != 1:
        return None
    year = said.pop()
    return re.sub(rf"\b(?:(?:in|for|during) )?{year}\b", f"in {found['named']}", last_question, count=1)


def _year_put_for(question: str, old: str, new: str) -> str:
    return re.sub(rf"\b{old}\b", new, question, count=1)


def resolve(frame: Frame, conversation: Conversation | None) -> Frame:
    """The frame with what it leaves out filled from the conversation; a new question stays as it is."""
    referred = _part_referred_to(frame, conversation) if conversation is not None else None
    if referred is None:
        return _resolved_in_full(frame, conversation)
    # "the same quarter last year?" after Q3 2015: the year found as for the whole year, then its part
    part, year = referred
    whole = _resolved_in_full(replace(frame, period_part=None, parts_named=()), conversation)
    years = (year,) if year is not None else whole.all_years
    return replace(whole, years=years, year_range=None, period_part=part, parts_named=(part,))


def _resolved_in_full(frame: Frame, conversation: Conversation | None) -> Frame:
    """The frame resolved, the years it spans between one named before and one named now too."""
    resolved = _resolved(frame, conversation)
    before = conversation.frame if conversation else None
    then = before.all_years if before is not None and len(before.all_years) == 1 else ()
    if before is not None and not before.all_years and conversation is not None:
        # ("2012 sales?", "who's their ceo?", "total from then through 2016?": the year before the aside)
        then = conversation.named_years if len(conversation.named_years) == 1 else ()
    to_a_year = not resolved.years and bool(then) and bool(resolved.until_year)
    if SPAN_TO_THEN.search(frame.text) and to_a_year and then[0] < resolved.until_year:
        # "how many in 2012?", "total from then through 2016?": every year from that one to the one named
        resolved = replace(resolved, year_range=(then[0], resolved.until_year), until_year=None)
    if SPAN_TO_THEN.search(frame.text) and len(resolved.years) == 1 and then and then != resolved.years:
        # "how many in 2012?", "growth from then to 2016?": from that year to the one named
        resolved = replace(resolved, years=tuple(sorted({*then, *resolved.years})), year_range=None)
    if len(resolved.years) == 2 and not resolved.year_range and SPAN_TO_THEN.search(frame.text):
        # "total from 2012 to then?" after 2016: every year between, not the two ends
        first, last = sorted(resolved.years)
        resolved = replace(resolved, years=(), year_range=(first, last))
    # ("so 80m now?" after the cut, "the difference between the two years now": "now" is "then")
    now_said = not (frame.quantities or frame.operation not in (None, Operation.COMPARE))
    # ("is that figure official now?", "what does the other article say now?": "now" asks no new time)
    now_said = now_said and bool(resolved.scopes or {Ask.HOW_MANY, Ask.HOW_MUCH, Ask.WHO} & set(frame.asks))
    if now_said and ASKED_OF_NOW.search(frame.text) and not frame.has_period and resolved.has_period:
        # "xiaomi's q2 2015?", "who's ahead of them in china now?": how things stand, not then ("how
        # many do they sell now?" asks this year's figure, which depends on when an article was written)
        now = replace(resolved, years=(), year_range=None, period_part=None, parts_named=(), lately=True)
        return replace(now, relative_to_today=True, years_ago=0) if frame.metric else now
    if frame.all_the_years and not frame.has_period and resolved.has_period:
        # "xiaomi 2016", "and the avg across all years?": every year, not the one asked before
        return replace(resolved, years=(), year_range=None, period_part=None, part_years=())
    left_out_only = resolved.years and set(resolved.years) <= set(resolved.years_left_out)
    # ("2015 target", "minus the 2016 sales": a measure named, which the answer sets against the last)
    left_out_only = left_out_only and not (frame.metric or frame.sales_word or frame.target_named)
    # ("wait, not 2015 - 2014" corrects: 2014 is asked, though read in the list left out)
    if left_out_only and YEAR_LEFT_OUT.search(frame.text) and not resolved.unsupported:
        # "excluding 2014?" alone or after the 2015 target: nothing it is left out of, never its figure
        return replace(resolved, unsupported=frame.text)
    return resolved


# "the year it turned five", "the year of the world internet conference", "the year they sold 61
# million": a year named by what happened in it (never "the year before", "the year after it")
YEAR_NAMED_BY_WHAT_HAPPENED = re.compile(
    r"\bthe year (?!(?:that |when |of |in which )?(?:(?:19|20)\d\d\b|(?:before|after|prior|earlier|later|in"
    r"|to|on|with|and|between|total|figure|number|sales|came|comes|followed|following|previous|itself|as|over"
    r"|too|then|again|is|was"
    r"|were|s|they peaked|it peaked|peaked|best|worst|highest|lowest|record|most|least|biggest|smallest)\b))"
    r"(?:that |when |of |in which )?[a-z]"
)
# ... by what the facts date: a figure sold, an age, a target, a valuation, or "the year of" a thing
YEAR_NAMED_BY_WHAT_DATES_IT = re.compile(
    r"\b(?:sold|sell|sells|hit|reached|shipped|turned|years? old|targets?|goals?|projections?|forecasts?"
    r"|valued|worth|valuation|spoke|speaking|photo|photographed|conference|transition|number one|top)\b"
    r"|^the year of\b"
)
# "and in the year it turned five?", "what about the year of the world internet conference?": all
# the follow-up says is the year, named by what happened in it
YEAR_NAMED_ALONE = re.compile(
    r"(?:(?:and|so|ok|okay|then|now|what about|how about)\W+)*(?:(?:in|for|during) )?"
    rf"(?P<named>{YEAR_NAMED_BY_WHAT_HAPPENED.pattern}[^?]*?)\s*\?*"
)
# "is that true?", "is he right?", "correct?": the claim just made, questioned
CLAIM_QUESTIONED = re.compile(
    r"(?:so |and |but |wait |hmm |really )?(?:is (?:that|this|it|he|she) |are they |was (?:that|he|she) )?"
    r"(?:true|right|correct|accurate|legit|so)(?: or not| tho| though)?"
)


def _month_asked(frame: Frame) -> Frame:
    """'And in may?' after a year's sales: that month's figure, the month's words no fact's."""
    month = MONTHS[int(frame.month_alone[1:]) - 1]
    text = re.sub(rf"\b(?:in|during) {month[:3]}[a-z]*\b", " ", frame.text).strip()
    content = tuple(w for w in frame.content if not month.startswith(w))
    topic_words = tuple(w for w in frame.topic_words if not month.startswith(w))
    # (month_alone stays set: the month is asked this once, never carried to the next question)
    return replace(frame, text=text, content=content, topic_words=topic_words, period_part=frame.month_alone)


# "which of those years", "in which years": years asked for, each its own
WHICH_OF_THE_YEARS = re.compile(r"\b(?:which|what)(?: of (?:those|these|the|them))? years\b")
# "and now?", "what about today?": the same asked of how things stand
NOW_ALONE = re.compile(
    r"(?:(?:and|what about|how about|so|but|ok) )*(?:now|today|currently|nowadays|these days|right now"
    r"|at present)\W*"
)
# "... in china now?", "who leads currently?": asked of how things stand ("now the total?" is no time)
ASKED_OF_NOW = re.compile(r"\b(?:now|today|nowadays|these days|at present)\W*$|\bcurrently\b")
PERIOD_SAID = re.compile(r"\b(?:(?:in|during|for|by) )?(?:(?:q[1-4]|h[12]) )?(?:19|20)\d\d\b")
PAST_VERB = {"was": "is", "were": "are", "did": "does", "had": "has", "led": "leads"}


def _the_same_asked_of_now(frame: Frame, last: Frame) -> Frame | None:
    """'Who was top in china in q2 2015?', 'and now?': who leads there now, the latest ranking; the
    question before, asked in the present with no date."""
    if not NOW_ALONE.fullmatch(frame.text):
        return None
    if last.metric and last.all_years and not last.target_named:
        # "xiaomi sales 2015", "and now?": this year's, which depends on when an article was written
        return replace(
            last, question=frame.question, years=(), year_range=None, relative_to_today=True, years_ago=0
        )
    if last.metric or not last.scopes:
        return None
    words = [PAST_VERB.get(w, w) for w in PERIOD_SAID.sub(" ", last.text).split()]
    return replace(
        last,
        question=frame.question,
        text=" ".join((*words, "now")),
        years=(),
        year_range=None,
        period_part=None,
        parts_named=(),
        lately=True,
    )


# "then", "at that time": the time of what was just told ("ok then, how many did they sell?": "then"
# before a question is no time at all)
TIME_JUST_TOLD = re.compile(
    r"\bthen\b(?! (?:how|what|which|who|when|did|do|does|is|are|was|were)\b)"
    r"|\b(?:at )?(?:that|the) time\b|\bat that point\b|\bthat period\b"
)


# the kind of part a part of a year said by reference is, by the first letter of the parts named
PART_REFERRED_KINDS = {"QUARTER": "Q", "MONTH": "M", "HALF": "H"}
# the half each quarter and month is in: "top in china in q2 2015", "sales in that half?"
HALF_OF_A_PART = {
    **{f"Q{q}": "H1" if q <= 2 else "H2" for q in range(1, 5)},
    **{f"M{m}": "H1" if m <= 6 else "H2" for m in range(1, 13)},
}


def _part_referred_to(frame: Frame, conversation: Conversation) -> tuple[str, int | None] | None:
    """'Xiaomi q3 2015', 'the same quarter in 2014?': that quarter (Q3), of the year found as for a
    whole year; 'which quarter was xiaomi top in china?', 'what were its sales then?': the quarter
    that fact is of, and its year (Q2, 2015), which no figure may give; never the whole year's."""
    kind = PART_REFERRED_KINDS.get(frame.period_part or "")
    last = conversation.frame
    if kind and last is not None and last.period_part and last.period_part.startswith(kind):
        return last.period_part, None  # ("and that half the year before?": its year found as ever)
    if frame.target_named or not (frame.sells or frame.sales_word) or len(conversation.named_parts) != 1:
        return None
    year, part = conversation.named_parts[0]
    if kind == "H":
        part = HALF_OF_A_PART.get(part, part)
    if kind and part.startswith(kind):
        return part, None if frame.all_years else year
    if frame.has_period or not TIME_JUST_TOLD.search(frame.text):
        return None
    return part, year


def _happenings_asked(last: Frame, conversation: Conversation) -> bool:
    """The last question asked what happened ("what happened in july 2015?"), or a fact's words."""
    return bool(conversation.focus_words) or HAPPENINGS_ASKED.search(last.text) is not None


def _resolved(frame: Frame, conversation: Conversation | None) -> Frame:
    last = conversation.frame if conversation else None
    if (
        frame.month_alone
        and last is not None
        and last.metric
        and not last.target_named
        and not _happenings_asked(last, conversation)
    ):
        # "xiaomi sales 2015", "and in may?": May 2015's sales, which no figure gives (alone, after a
        # target or a fact the month is a word, which a fact may be dated by)
        frame = _month_asked(frame)
    if last is not None and (now := _the_same_asked_of_now(frame, last)):
        return now
    if last is not None and _an_extreme_of_the_facts_listed(frame, last):
        # "who are xiaomi's competitors?", "the biggest of those?": no figure ranks them; never the
        # company's best year
        return replace(frame, unsupported=frame.text)
    if last is not None and _years_added_to_the_last(frame, last):
        # "2013 sales", "plus 2012 plus 2016": all three added up
        years = tuple(sorted({*last.all_years, *frame.all_years}))
        return replace(frame, metric=frame.metric or last.metric, years=years, year_range=None)
    cited_both = conversation is not None and len(conversation.sources_cited) > 1
    if cited_both and frame.operation is None and WHICH_ONE_SAID.match(frame.text):
        # "2014 sales" (both articles cited), "which one said 60?": which article, as "which article"
        frame = replace(frame, operation=Operation.SOURCES)
    if last is not None and last.period_part == "H1" and REST_ALONE.fullmatch(frame.text):
        # "h1 2015 sales", "and the rest?": the rest of that year, its second half
        frame = replace(frame, period_part="H2", parts_named=("H2",), content=(), topic_words=())
    if last is not None and (opened := _range_from_then(frame, last)):
        # "sales 2014", "and since then?": the years from that one on (before it: those before);
        # "since then in total?" adds them up
        if frame.operation is Operation.TOTAL:
            opened["operation"] = Operation.TOTAL
        return replace(last, question=frame.question, text=frame.text, years=(), year_range=None, **opened)
    if last is not None and _other_years_asked(frame, last):
        # "sales 2015", "and the rest of the years?": every other year's figure, each
        return replace(
            last,
            question=frame.question,
            text=frame.text,
            years=(),
            year_range=None,
            years_left_out=tuple(last.all_years),
            # ("total up to 2014", "the rest of the years?": those after it)
            since_year=last.until_year + 1 if last.until_year else None,
            until_year=last.since_year - 1 if last.since_year else None,
            # ("total 2012-2014", "and the rest of the years?": their total, as asked before)
            operation=last.operation if last.operation in OVER_EVERY_YEAR else Operation.SERIES,
            yes_no=False,
            quantities=(),
        )
    if last is not None and (placed := _place_of_the_year_just_asked(frame, last)):
        return placed
    if last is not None and (planned := _target_of_the_sales_just_asked(frame, last)):
        return planned
    if last is not None and (since := _extreme_since_the_year_just_asked(frame, last)):
        return since
    if last is not None and MARGIN_ALONE.fullmatch(frame.text) and _one_years_figure_alone(last):
        # "2016 sales", "how much less?": than the year before, the change into that year
        year = last.all_years[0]
        return replace(
            last, question=frame.question, text=frame.text, years=(year - 1, year), operation=Operation.CHANGE
        )
    if last is not None and _a_fact_set_against_another_company(frame, last):
        # "iphone prices", "how does that compare with xiaomi?": both companies' prices, side by side
        subjects = tuple(dict.fromkeys((*last.subjects, *frame.subjects)))
        return replace(
            last, question=frame.question, text=frame.text, subjects=subjects, operation=frame.operation
        )
    if last is not None and AGE_SAID.search(frame.text) and not frame.all_years and last.metric:
        # "sales 2014", "and when xiaomi was five years old?": the year the age names, never 2014
        return replace(frame, metric=frame.metric or last.metric, subjects=frame.subjects or last.subjects)
    if last is not None and _a_target_spread(frame, last):
        # "what did they want to sell in 2015?", "how many phones a month is that?": the target,
        # spread over the year, never the sales
        return replace(last, question=frame.question, text=frame.text, per_unit=frame.per_unit, yes_no=False)
    if last is not None and SIZE_OF_IT_ASKED.fullmatch(frame.text) and _a_part_of_a_year_told(last):
        # "what happened in q3 2015?", "by how much?": the move of that quarter, whose size no
        # figure gives; never the years' growth
        return replace(
            frame,
            years=last.all_years,
            period_part=last.period_part,
            parts_named=last.parts_named,
            operation=Operation.CHANGE,
        )
    if conversation is not None and _a_number_checked_past_an_aside(frame, conversation):
        # "xiaomi 2013", "who is the ceo?", "is that more than 20m?": the figure before the aside
        last = conversation.before
    if last is not None and (moved := _size_of_a_move_asked_why(frame, last)):
        return moved
    if (
        last is not None
        and last.target_metric
        and last.metric == last.target_metric
        and DID_THEY.fullmatch(frame.text)
    ):
        # "what did they want to sell in 2015?", "and did they?": the sales against that target
        frame = replace(frame, operation=Operation.GAP, yes_no=True)
    if last is not None and last.yes_no and last.quantities and CLAIM_QUESTIONED.fullmatch(frame.text):
        # "ben: xiaomi sold 70m in 2016", "anna: is that true?": that claim, checked again
        return replace(last, question=frame.question)
    if conversation is not None and (then := _age_then(frame, conversation)):
        return then
    if conversation is not None and _that_article(frame, conversation):
        # "what did the 2015 article say about q3?", "when was that article written?": the article
        # the last answer cited, asked about afresh
        # ("what does that article say": the article says it, as "the 2017 article says" is read)
        asks = tuple(a for a in frame.asks if a is not Ask.SAID or not ARTICLE_SAYS.search(frame.text))
        if THAT_ARTICLE.search(frame.text):
            # ("and 2015 in the same report?": the report is the article, nothing reported asked)
            frame = replace(
                frame,
                topic_words=tuple(w for w in frame.topic_words if w not in ARTICLE_NOUNS),
                content=tuple(w for w in frame.content if w not in ARTICLE_NOUNS),
                reported=False,
            )
        dated = ITS_DATE.search(frame.text) or ARTICLE_DATE.search(frame.text)
        if last is not None and last.source_year and not dated:
            # ("2014 sales per the 2017 article", "the year after, same article?": that article, by
            # its year, the rest read as any follow-up is)
            frame = replace(frame, source_year=last.source_year, asks=asks)
        elif dated or substance(frame) or frame.has_period or frame.years_ago is not None:
            return replace(frame, sources_named=conversation.sources_cited, asks=asks)
        # ("what else does that article say?": nothing named, so what the last answer was about)
    if last is not None and _which_article_of_the_last(frame, last):
        # "xiaomi 2015 target", "is that the 2015 article or the 2017 one?": where that came from
        # ("the worst year?", "which article is that from?": of the year that answer found)
        found = conversation is not None and last.operation in EXTREMES and not last.target_named
        if found and conversation.named_years and not last.all_years:
            # (the figure that year had, sold: never the year's targets beside it)
            last = replace(
                last,
                years=conversation.named_years[:1],
                extreme="",
                operation=None,
                content=(),
                sales_word=True,
                strong_sales=True,
            )
        return replace(
            last,
            question=frame.question,
            operation=Operation.SOURCES,
            asks=(Ask.SAID,),
            source_year=None,
            source_order="",
            not_sources=(),
            yes_no=False,
        )
    if conversation is not None and (spans := _two_spans_worked_out(frame, conversation)):
        return spans
    if last is not None and (share := _share_of_the_last_total(frame, last)):
        return share
    if last is not None and MONEY_UNIT_ALONE.fullmatch(frame.text):
        # "iphone price", "in usd?": the prices, which are in dollars; "xiaomi 2015", "in dollars?":
        # sales in money, the revenue, which no article gives
        if last.metric and not last.topics:
            return replace(last, question=frame.question, text=frame.text, absent="revenue")
        if IN_DOLLARS.search(frame.text):
            return replace(last, question=frame.question)  # ("in euros?": no other currency is given)
    if last is not None and last.metric and THE_NUMBERS_ASKED.fullmatch(frame.text):
        # "did sales triple from 2013 to 2014?", "exact numbers?": the same question's figures, with
        # no yes or no; "when did he cut the target?", "from what to what?": the cut itself
        cut = last.revised and last.target_named and FROM_WHAT_TO_WHAT.fullmatch(frame.text)
        operation = Operation.CHANGE if cut else last.operation
        asks = () if cut else tuple(a for a in last.asks if a not in (Ask.WHEN, Ask.WHO))
        return replace(
            last, question=frame.question, text=frame.text, yes_no=False, asks=asks, operation=operation
        )
    if last is not None and frame.per_unit_sold and not frame.topics and last.topics and last.metric is None:
        # "xiaomi valuation", "what's that per phone sold in 2015?": the valuation over those sales
        frame = replace(
            frame, topics=last.topics, topic_words=last.topic_words, subjects=frame.subjects or last.subjects
        )
    if last is not None and _extreme_of_the_fact(frame, last):
        # "xiaomi valuation", "is that the highest?": the highest of what the fact measures, which
        # the fact may say ("the second-most valuable"), not the best year of sales
        frame = replace(
            frame,
            topics=last.topics,
            topic_words=last.topic_words,
            content=(*last.content, *frame.content),  # the fact's own words, to find it again
            operation=None,
            extreme="",
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and (without := _worked_out_again_without_an_extreme(frame, last)):
        return without
    if last is not None and (reversed_ := _the_other_way_round(frame, last)):
        return reversed_
    if (
        last is not None
        and last.revised
        and last.operation is Operation.CHANGE
        and BY_HOW_MUCH.fullmatch(frame.text)
    ):
        # "the 100m goal", "cut to what?", "by how much?": that cut again, which says how much
        return replace(last, question=frame.question, yes_no=False)
    if last is not None and (swapped := _a_target_for_the_number(frame, last)):
        return swapped
    if last is not None and (other := _the_other_target_named(frame, last)):
        # "what % of the revised target was that?", "and of the original?": the same question,
        # of the original target
        return replace(last, question=frame.question, text=other)
    if last is not None and _gap_between_the_sources(frame, last):
        # "do the two articles agree on 2014?", "what's the gap?": between the two articles' figures,
        # not to the year's projection
        return replace(last, question=frame.question, text=frame.text, picks_one=True, yes_no=False)
    if last is not None and ACCORDING_TO_WHAT.fullmatch(frame.text):
        if last.metric and last.all_years:
            # "xiaomi 2015 sales", "according to what?": where that figure comes from
            return replace(last, question=frame.question, operation=Operation.SOURCES, yes_no=False)
        # "xiaomi rank in china q2 2015", "according to what?": where that fact comes from
        frame = replace(frame, operation=Operation.SOURCES, asks=(), reported=False)
    if last is not None and (ranked := _next_in_the_ranking(frame, last)):
        return ranked
    if conversation is not None and (counted := _years_asked_counted(frame, conversation)):
        return counted
    extreme_found = last is not None and last.metric and last.operation in (Operation.BEST, Operation.WORST)
    extreme_found = (
        extreme_found and not last.target_named
    )  # ("the highest target?", "who said that?": its giver)
    said_alone = (said := WHO_SAID.match(frame.text)) is not None and not frame.text[said.end() :].strip(
        " ?!."
    )
    # ("which source?", "where's that from?": the same, with no year, number or period of their own)
    source_alone = frame.operation is Operation.SOURCES and not (
        frame.all_years or frame.quantities or frame.has_period or frame.stray_numbers
    )
    if extreme_found and (said_alone or source_alone) and conversation.named_years:
        # "what's the best year?", "who said that?": where the figure of the year it found comes from
        return replace(
            last,
            question=frame.question,
            operation=Operation.SOURCES,
            years=conversation.named_years[:1],
            extreme="",
            yes_no=False,
        )
    if last is not None and len(PLACE_IN_THE_TALK.findall(frame.text)) == 2:
        # "first minus second", "the second one minus the first one": a difference between two things
        # said, named by their place; those words are no "first half" or "first time" of a fact
        frame = replace(
            frame,
            operation=frame.operation or (Operation.CHANGE if MINUS_SAID.search(frame.text) else None),
            **_place_words_dropped(frame),
        )
    if (
        last is not None
        and last.metric is None
        and frame.relative_step
        and BEFORE_OR_AFTER_ALONE.match(frame.text)
    ):
        # "what happened in q3 2015?", "and after?": no figure's year to step from, nothing asked
        return Frame(question=frame.question, text=frame.text, smalltalk="bare", bare=True)
    if frame.smalltalk == "about_bot" and not (
        frame.metric or frame.operation or frame.has_period or frame.subjects
    ):
        return frame  # "and your name?" after a figure: about the bot, never a follow-up
    # (the last answer gave a reason, which says whose it is; with none given, "who said that?" is
    # the source of the facts it gave instead: "why did q3 sales fall?", "who reported that?")
    reason_given = conversation is not None and conversation.reason_given and last is not None
    reason_given = reason_given and Ask.WHY in last.asks and not last.target_named
    # ("what happened to q3 sales?" asks what, and its answer quotes who reported it)
    if reason_given and WHO_SAID.match(frame.text) and REASON_ASKED.search(last.text):
        # "why did sales drop in 2016?", "who said that?": the reason again, which says whose it is
        return replace(last, question=frame.question)
    if conversation is not None and last is not None and _source_of_the_fact(frame, last, conversation):
        # "xiaomi's valuation?", "source?": the article of that fact, with its own sentence, looked
        # up by the fact question's words (not the list of every article)
        words = conversation.focus_words
        # (its "where", "which" ask of the article, not of the fact: "where's that from?")
        # (and "who said that?" asks who is quoted, not for a fact about a person)
        of_the_article = (Ask.WHERE, Ask.WHICH, Ask.SAID, *((Ask.WHO,) if WHO_SAID.match(frame.text) else ()))
        asks = (*(a for a in frame.asks if a not in of_the_article), *last.asks)
        return replace(
            frame,
            operation=Operation.SOURCES,
            content=(*frame.content, *words),
            topic_words=words,
            subjects=frame.subjects or last.subjects,
            asks=tuple(dict.fromkeys(asks)),
            years=last.years,
            period_part=last.period_part,
        )
    if (
        conversation is not None
        and not (frame.quoted or frame.target_named)
        and HIS_NUMBER.search(frame.text)
    ):
        # "who is kevin wang?", "did xiaomi hit his number?": the target he is quoted for (or, with
        # no one just named, the target talked about: "so his number is what % above that?")
        asked = [f.target_metric for f in (last, conversation.before) if f is not None and f.target_metric]
        frame = replace(
            frame,
            text=HIS_NUMBER.sub("his target", frame.text),  # what his number is, said as what it is
            quoted=conversation.names[-1:],
            target_named=True,
            target_metric=frame.target_metric or (asked[0] if asked else None),
            metric=None if frame.metric and not frame.strong_sales else frame.metric,
        )
    if conversation is not None and conversation.names and PERSONS_COMPANY.search(frame.text):
        # "who is jony ive?", "and his company's phones cost what?": a question of its own about
        # the company he works for, which the facts say (not about him)
        return replace(frame, owner_of=conversation.names[-1], personal=False, pronoun=False)
    if last is not None and frame.unit_asked and not (frame.metric or frame.has_period or frame.operation):
        # "xiaomi 2015 sales", "in lakh?": the same figure, said in that unit too
        return replace(last, question=frame.question, unit_asked=frame.unit_asked)
    if last is not None and last.period_part and not frame.period_part:
        frame = _next_part_by_ordinal(frame, last)
        frame = _part_stepped(frame, last)
    if last is not None and _person_claimed_of_the_last_fact(frame, last):
        # "who's the ceo?", "so it's kevin wang?": whether he is the one the fact names
        return replace(
            frame,
            topics=last.topics,
            topic_words=tuple(dict.fromkeys((*last.topic_words, *frame.topic_words))),
            content=tuple(dict.fromkeys((*last.content, *frame.content))),
            subjects=frame.subjects or last.subjects,
            yes_no=True,
        )
    if last is not None and _sources_set_apart(frame, last, conversation):
        # "2014 per the 2015 article", "and per the 2017 one", "gap?": the two articles' figures for
        # that year, one against the other
        return replace(
            frame,
            text=f"{frame.text} between the articles",
            metric=last.metric,
            years=tuple(last.all_years),
            operation=None,
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and (ends := _two_companies_facts_set_apart(frame, last, conversation)):
        # "priciest iphone", "priciest xiaomi", "difference?": the two just asked, one against the
        # other, each end read where it was asked
        return ends
    if last is not None and (against := _one_companys_fact_against_the_last(frame, last)):
        # "xiaomi's cheapest phone price?", "how many of those would the top iphone price buy?": the
        # company named now against the one just asked, each end read where it was asked
        return against
    if last is not None and _within_the_range_just_given(frame, last):
        # "xiaomi phone prices", "midpoint?", "how wide is that range?": of that range
        return replace(
            frame,
            topics=last.topics,
            topic_words=last.topic_words,
            content=last.content,  # "range", "midpoint", "wide": words of the range asked about
            subjects=frame.subjects or last.subjects,
            unknown=(),
        )
    if last is not None and _apart_within_the_range_just_given(frame, last, conversation):
        # "xiaomi phone prices", "difference?": how wide that range is, said as asked that way
        # ("average?": its midpoint)
        averaged = frame.operation is Operation.AVERAGE
        return replace(
            frame,
            text=RANGE_MIDDLE_ASKED if averaged else RANGE_WIDTH_ASKED,
            operation=None,
            topics=last.topics,
            topic_words=last.topic_words,
            content=last.content,
            subjects=last.subjects,
            unknown=(),
        )
    if last is not None and _a_calculation_over_nothing_asked(frame, last, conversation):
        # "who is lei jun?", "difference?": nothing with a figure was asked to work on, and the
        # whole series is not what was meant: a word alone, as if asked first
        return Frame(question=frame.question, text=frame.text, smalltalk="bare", bare=True)
    if last is not None and _nobody_to_point_at(frame, last, conversation):
        # "xiaomi sales 2014", "who is he?": no one was named for "he" to be
        return replace(frame, offtopic="that person")
    if last is not None and _the_target_named_is_it(frame, last):
        # "h1 2015", "and the 80m target", "how many left for h2 to hit it?": that target
        frame = replace(
            frame, quantities=last.quantities, target_named=True, target_metric=last.target_metric
        )
    if last is not None and last.scopes and not frame.scopes and THERE.search(frame.text):
        # "when are they coming to the us?", "how many did they sell there?": there is the US
        frame = replace(frame, scopes=last.scopes)
    if last is not None and _measured_against_the_target_given(frame, last, conversation):
        # "kevin wang says 70m for 2017" (a fact, with that target), "did they hit it?": that target
        last = conversation.with_the_target_given(last)
    apart_only = frame.operation is Operation.GAP and _apart_only(frame)
    # ("difference?" after two companies' prices: the gap between them)
    differs_only = frame.operation is Operation.CHANGE and _only_an_operation(frame)
    # ("by how much at the top end?": of the prices, at one end)
    differs_only = differs_only or (
        frame.operation in (Operation.CHANGE, Operation.GAP)
        and bool(frame.topics or BY_HOW_MUCH.fullmatch(frame.text))  # ("by how much?" after "cheaper?")
        and not (frame.metric or frame.has_period or frame.quantities or frame.subjects)
    )
    two = _companies_of_one_topic_just_asked(last, conversation.before) if conversation else ()
    # ("xiaomi phone prices", "iphone prices", "which is cheaper?" / "how much more expensive is the
    # iphone?": one of the two against the other)
    which_of_two = bool(frame.topics) and (
        Ask.WHICH in frame.asks or frame.operation is Operation.COMPARE or OF_THE_TWO.search(frame.text)
    )
    if which_of_two and two and set(frame.subjects) <= set(two) and not (frame.has_period or frame.yes_no):
        topics_of_two = last.topics or (conversation.before.topics if conversation.before else ())
        if set(frame.topics) <= set(topics_of_two):
            return replace(frame, subjects=two, operation=frame.operation or Operation.COMPARE)
    if (apart_only or differs_only) and _of_the_companies_just_asked(frame, last, two):
        # "xiaomi vs apple phone prices", "price gap at the low end?": the two companies' prices
        # ("xiaomi prices", "iphone prices", "by how much at the top end?": asked one after the other)
        return replace(frame, subjects=two, topics=frame.topics or last.topics)
    if last is not None and _another_company_set_against(frame, last, conversation):
        # "xiaomi phone prices?", "how much more is an iphone?": the two companies' prices apart
        subjects = tuple(dict.fromkeys((*frame.subjects, *last.subjects)))
        # (the last question's words go with it: the end of its company's range it named, if any)
        company = last.subjects[0].lower()
        text = f"{'' if company in last.text else company + ' '}{last.text} vs {frame.text}"
        return replace(
            frame,
            text=text,
            subjects=subjects,
            topics=last.topics,
            content=(*frame.content, *last.content),
            operation=frame.operation or Operation.GAP,
            metric=None,  # ("how many times more than xiaomi phones?": their prices, no count)
            sells=False,
        )
    if apart_only and (last is None or not (last.metric or last.all_years)):
        # "what's the gap?" with no figure before it: between what? (after two prices: no target's)
        frame = replace(frame, operation=None)
    if last is not None and _that_figure_past_an_aside(frame, last, conversation):
        # "2016 sales?", "is xiaomi the apple of china?", "how much lower was that than their peak?":
        # "that" is the figure before the aside, which gave no number of its own (nor is its year the
        # year the aside's fact is dated)
        last = conversation.before
        named = conversation.named_before or conversation.named_years
        conversation = replace(conversation, frame=last, named_years=named)
    if last is not None and (target := _target_reached_past_an_aside(frame, last, conversation)):
        # "the revised 2015 target?", "how much is an iphone?", "did they get there?": that target
        last = target
        conversation = replace(conversation, frame=target, named_years=tuple(target.all_years))
    if last is not None and _back_to_the_figures(frame, last, conversation):
        # "xiaomi 2015 sales", "iphone price range?", "back to sales - and 2016?": after 2015's sales
        last = conversation.before
    if last is not None and _figures_after_an_aside(frame, last, conversation):
        one_figure = len(set(conversation.years_asked)) <= 1
        if THE_TWO_OF_THEM.search(frame.text) and one_figure and not conversation.no_number_given:
            # "sales 2015", "the valuation?", "sum them": that figure and the aside's, never one figure
            return replace(frame, unsupported=frame.text)
        last = conversation.before
    if last is not None and _years_after_an_aside(frame, last, conversation):
        # "growth 2013 to 2014", "who's jony ive?", "and 2014 to 2015?": the growth, of other years
        last = conversation.before
    if last is not None and _after_an_aside(frame, last, conversation):
        # "xiaomi sales 2013", "what's the valuation?", "and the year after?": after 2013's sales
        # (never after the valuation's own year, which its answer leaves unsaid)
        last = conversation.before
        step = frame.relative_step
        anchor = max(last.all_years) if step > 0 else min(last.all_years)
        years = (anchor + step,)
        if frame.relative_span:
            years = _span_from(anchor, frame)  # "the next two years?", "that plus the next two years?"
        elif frame.operation in (Operation.TOTAL, Operation.AVERAGE) and (
            ADDING.search(frame.text) or ANCHOR_ADDED.search(frame.text)
        ):
            years = tuple(sorted((anchor, anchor + step)))  # "sum of that and the next year?": both
        elif step < 0 and frame.operation is Operation.CHANGE:
            years = (anchor + step, anchor)  # "how much did they grow from the year before?": into it
        elif frame.operation is Operation.COMPARE and ANSWER_PRONOUN.search(frame.text):
            years = (anchor, anchor + step)  # "was that more than the year before?": that year claimed
        frame = replace(frame, years=years, relative_step=None)
    if last is not None and not frame.has_period and (middle := _years_in_between(frame, conversation)):
        frame = replace(frame, years=middle)  # "2013", "2015", "and the one in between?": 2014
    if last is not None and last.ranks_companies and _margin_or_sum_alone(frame):
        # "who sold more in 2015?", "by how much?": the same ranking, which says by how much
        return replace(last, question=frame.question, text=frame.text)
    compared = frame.ranks_companies and frame.operation is Operation.COMPARE
    compared = compared or (last is not None and _between_the_last_two_companies(frame, last, conversation))
    if last is not None and compared and len(conversation.companies_asked) > 1:
        # "huawei 2015", "xiaomi 2015", "who sold more?": the companies asked about, that year
        # ("add those up": their sum)
        return replace(
            frame,
            operation=Operation.TOTAL if frame.operation is Operation.TOTAL else Operation.COMPARE,
            subjects=tuple(dict.fromkeys((*frame.subjects, *conversation.companies_asked[-2:]))),
            years=frame.years or tuple(last.years),
            year_range=frame.year_range or last.year_range,
            metric=frame.metric or last.metric,
        )
    if last is not None and last.unsupported and last.period_part and IN_PERCENT.fullmatch(frame.text):
        # "how much of 2015 was the first half?" (a share), "what percent?": that share again
        return replace(last, question=frame.question)
    cannot_work_out = last is not None and last.unsupported and not SHARE_ASKED.search(last.unsupported)
    if cannot_work_out and _when_or_where_alone(frame):
        # "xiaomi's quarterly sales dropped yoy", "when was that?": of what could not be worked out,
        # still; never the figures' span
        return replace(last, question=frame.question, asks=frame.asks)
    other_part = frame.period_part and frame.period_part != last.period_part if last is not None else False
    if other_part and last.unsupported and _period_alone(frame) and not (frame.years or frame.year_range):
        # "what percent of 2015 was h1?", "and h2?": the same share, of the other half
        return replace(
            last, question=frame.question, period_part=frame.period_part, parts_named=(frame.period_part,)
        )
    if last is not None and last.target_named and _half_by_a_month_alone(frame):
        # "the 2015 goal", "and after june?": the goal, which no half of the year has
        frame = replace(frame, period_part=None, parts_named=())
    if last is not None and conversation and (role := _role_of_the_person(frame, last, conversation)):
        return role  # "kevin wang", "title?": who he is, not the company's CEO
    if last is not None and (against := _a_year_against_the_average(frame, last)):
        return against  # "average 2012-2016?", "was 2013 above or below that?": 2013 against it
    if last is not None and _cut_as_a_share(frame, last):
        # "what was the revised 2015 goal?", "as a percent of the original?": the cut again, which
        # says what share of the first the last one is
        return replace(last, question=frame.question)
    if (
        last is not None
        and conversation is not None
        and (needed := _growth_needed_for_the_target(frame, last, conversation))
    ):
        return needed  # "2017 target?", "and 2016 actual?", "how much do they need to grow?": 2016 to it
    if last is not None and _one_year_of_those(frame, last):
        # "total 2012-2015?", "how many of those were in 2015?": that year's own figure
        return replace(
            frame, metric=last.metric, subjects=frame.subjects or last.subjects, over_previous=False
        )
    if last is not None and (against := _last_result_set_against(frame, last)):
        return against  # "growth 2013 to 2015", "is that bigger than 2012's sales?": that growth
    if last is not None and (bounded := _gap_to_the_target_bounded(frame, last)):
        return bounded  # "2016 vs the 2017 target", "is the gap under 10 million?": to that target
    if last is not None and (bounded := _gap_of_two_years_bounded(frame, last)):
        return bounded  # "2016 vs 2014", "is the difference bigger than 5 million?": theirs
    if last is not None and (sized := _size_claimed_alone(frame, last)):
        return sized  # "how much did 2016 fall?", "so more than 20%?": that change, its size checked
    if last is not None and (bound := _another_bound_alone(frame, last)):
        return bound  # "over 60 million in 2016?", "and 55 million?": the same check, that bound
    if last is not None and (against := _sales_against_the_target_named(frame, last)):
        return against  # "2015 sales?", "how far below the revised goal?": that year against it
    if last is not None and (against := _last_years_sales_against_a_target(frame, last)):
        return against  # "2015 sales?", "is that more than the 2017 target?": 2015 against it
    if last is not None and (against := _last_figure_against_a_persons_number(frame, last)):
        return against  # "2016 sales?", "was that under kevin wang's number?": 2016 against his target
    if last is not None and (revision := _the_target_revised(frame, last)):
        return revision  # "what share of the 2015 target did h1 reach?", "how much was it cut?"
    if last is not None and (shared := _share_of_a_target_named(frame, last)):
        return shared  # "2016?", "what share of 2015 is that?", "and of the 2017 target?": 2016's share of it
    if last is not None and _year_nearest_the_last_figure(frame, last):
        # "h1 2015 sales?", "which full year came closest to that?": the year nearest that figure
        return replace(
            frame,
            metric=last.metric,
            years=last.years,
            period_part=last.period_part,
            subjects=frame.subjects or last.subjects,
            nearest_asked=True,
            operation=None,
            extreme="",
            superlative="",
            whole_year=False,
            topic_words=(),
            unknown=(),
        )
    if last is not None and _year_of_the_targets_number(frame, last):
        # "2017 target?", "same as what year's sales?": the year whose sales were that target's number
        # ("looking at yearly sales, which came closest to it?": one year, no series)
        return replace(
            frame,
            operation=None if frame.operation is Operation.SERIES else frame.operation,
            target_named=False,  # ("closest to that projection?": the one just asked, looked up)
            topic_words=(),  # ("which earlier year comes closest?": no fact's words)
            # ("which earlier year ...?": one before the target's own)
            until_year=last.all_years[0] - 1 if EARLIER_YEAR_ASKED.search(frame.text) else frame.until_year,
            metric=frame.metric or None,
            years=(),
            year_range=None,
            target_year=last.all_years[0],
            target_metric=last.target_metric,
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and (sales := _sales_set_against_a_target(frame, last, conversation)):
        # "xiaomi sales 2015", "vs the goal?" / "was it above target?": that year's sales against it
        against = _the_last_years_sales_against(frame, sales)
        # ("h1 2015", "that's over half of the 80m goal right?": the share it claims, kept)
        return replace(
            against, year_range=None, unsupported=frame.unsupported or _share_carried(frame, sales)
        )
    if last is not None and _sales_of_the_founding_year(frame, last):
        # "xiaomi 2012 sales", "how about the year it was founded?": that year's sales, which the
        # answer looks up by the founding
        return replace(
            frame, metric=last.metric, sells=True, sales_word=True, subjects=frame.subjects or last.subjects
        )
    if last is not None and _share_of_the_target_said(frame, last):
        # "xiaomi 2015 target 100m", "what percent of that did they sell in h1?": those sales, as a
        # share of that target
        return replace(
            frame,
            metric=last.metric,
            target_metric=last.target_metric,
            target_named=True,
            quantities=last.quantities,
            years=frame.years or tuple(last.all_years),
            subjects=frame.subjects or last.subjects,
            unsupported=frame.unsupported or "percent of",
            absent="" if frame.absent == "market share" else frame.absent,  # ("share of that": of the target)
        )
    if last is not None and _a_year_less_the_last(frame, last):
        # "xiaomi 2013", "what is the 2014 number minus that?": the change from the one to the other
        return replace(
            frame,
            operation=Operation.CHANGE,
            years=tuple(sorted({*last.all_years, *frame.years})),
            metric=frame.metric or last.metric,
            subjects=frame.subjects or last.subjects,
            content=tuple(w for w in frame.content if w != "minus"),
            unknown=tuple(w for w in frame.unknown if w != "minus"),
        )
    if last is not None and _a_year_found_by_its_number(last) and BY_HOW_MUCH.fullmatch(frame.text):
        # "which year came closest to the 2014 projection?" (2016), "by how much?": that answer
        # again, which says how far past or short of it
        return replace(last, question=frame.question)
    if last is not None and last.sums_apart and BY_HOW_MUCH.fullmatch(frame.text):
        # "was 2016 more than 2012 and 2013 combined?", "by how much?": the same two sides, the margin
        return replace(last, question=frame.question, text=frame.text, yes_no=False)
    if last is not None and (against := _the_year_against_a_sum(frame, last)):
        return against  # "2015 sales", "was that more than 2014 + 2013?": 2015 against the two added
    if last is not None and (against := _the_sum_against_a_year(frame, last)):
        # "total 2012-2014?", "is that more than 2015?": that sum against the year's figure
        return against
    if last is not None and _a_worked_out_figure_set_against(frame, last):
        # "2015-2016 total?", "is that more than the original target?": the sum against another figure,
        # which no answer works out; declined, never the one year's figure against it
        return replace(frame, unsupported="checking a worked-out figure against another figure")
    if last is not None and (judged := _claim_judged(frame, last)):
        # "i bet 75m for 2015", "how close was i?" / "was i right?": the claim checked, by how much
        return judged
    if last is not None and _gap_to_the_number_claimed(frame, last):
        # "i bet 65m for 2015", "how far off was i?": that year's sales against the number said
        return _the_number_claimed_measured(frame, last)
    if last is not None and _sales_from_a_number(frame, last):
        # "xiaomi 2016", "how much short of 100 million?": 2016's sales against 100 million
        # ("what percent of the 80m goal?", "and of the 100m goal?": a share again)
        return replace(_the_last_years_sales_against(frame, last), unsupported=_share_carried(frame, last))
    if last is not None and (reached := _share_of_the_target_before_reached(frame, last, conversation)):
        # "2015 target", "sales 2015", "% hit?": how much of that target those sales reached
        return reached
    if last is not None and (shared := _a_target_as_a_share_of_another(frame, last)):
        return shared
    if last is not None and conversation is not None and _gap_between_two_targets(frame, last, conversation):
        # "the original 2015 target?", "and the revised one?", "what's the gap?": the cut between them
        return replace(
            last,
            question=frame.question,
            text=frame.text,
            operation=Operation.CHANGE,
            revised=True,
            asks=(Ask.HOW_MUCH,),
            yes_no=False,
        )
    if last is not None and _target_reached_in_a_year(frame, last):
        # "what was kevin wang's number?" (2017's), "did they hit it in 2015?": 2015's sales against it
        sales_year, target_year = (frame.all_years or (frame.until_year,))[0], last.all_years[0]
        return replace(
            frame,
            metric=last.metric,
            operation=Operation.GAP,
            subjects=frame.subjects or last.subjects,
            years=tuple(dict.fromkeys((sales_year, target_year))),
            year_range=None,
            sales_year=sales_year,
            target_year=target_year,
            target_named=True,
            target_metric=last.target_metric or last.metric,
        )
    if last is not None and (sides := _target_and_sales_asked(frame, last, conversation)):
        # "2015 sales", "2017 target", "was the target higher?" / "difference?": the one against the other
        sales, target = sides
        return replace(
            frame,
            metric=target.metric,
            operation=Operation.GAP,
            subjects=frame.subjects or last.subjects,
            years=tuple(dict.fromkeys((sales.all_years[0], target.all_years[0]))),
            year_range=None,
            sales_year=sales.all_years[0],
            target_year=target.all_years[0],
            # ("did they hit it?" of the target's own year: a yes or no, as when that year was asked)
            yes_no=frame.yes_no
            and (frame.operation is Operation.COMPARE or sales.all_years == target.all_years),
        )
    if last is not None and last.ranks_companies and _year_alone(frame, frame.operation) and frame.has_period:
        # "who sold more in 2014?", "and in 2016?": the companies ranked again, for that year
        return replace(
            last, question=frame.question, text=frame.text, years=frame.years, year_range=frame.year_range
        )
    if last is not None and _ranks_companies_listed(frame, last, conversation):
        # "who are xiaomi's rivals?", "which one sold the most?": those companies ranked
        return replace(frame, asks=(*frame.asks, Ask.COMPANY))
    if last is not None and _ranks_what_was_listed(frame, last):
        # "who are xiaomi's rivals?", "which one is the biggest?": the rivals, which no fact ranks;
        # never Xiaomi's best year
        return replace(
            frame, operation=None, extreme="", offtopic="a ranking of the things the articles list"
        )
    asks_a_listing = frame.operation in (Operation.CHART, Operation.SOURCES)  # "chart", "sources?"
    if (
        last is not None
        and last.target_named
        and frame.relative_step
        and STEP_SAID_ALONE.fullmatch(frame.text)
    ):
        # "the original 2015 goal", "and afterwards?": the targets in the order given, no other year's
        frame = replace(frame, relative_step=None)
    command = frame.question.lstrip().startswith("/")  # "/start" mid-chat asks nothing of the last answer
    if (
        (last is None or command)
        and frame.bare
        and not (frame.smalltalk or frame.declined or frame.has_period or asks_a_listing)
        and (not frame.topics or command)  # "ceo?" asks a fact; "/start" none
    ):
        # "sales", "best?", "/start" to begin with: a word alone asks nothing yet, and gets what the
        # bot does, never a fact. After a question it is a follow-up ("best?"). A year alone is
        # exact, and asks for that year's figure ("2014?"). A company named alone is kept: "oneplus",
        # "what's its valuation?" is about OnePlus, not the main company.
        return Frame(
            question=frame.question, text=frame.text, smalltalk="bare", bare=True, subjects=frame.subjects
        )
    if last is not None and TO_WHAT.fullmatch(frame.text) and last.revised and conversation.named_years:
        # "when did lei jun cut the target?" (2015), "to what?": the target it was cut to
        return replace(last, question=frame.question, years=conversation.named_years[-1:], operation=None)
    if last is not None and THEN_ALONE.fullmatch(frame.text) and last.all_years:
        # "and then?", "next?": the same question a year on
        frame = replace(frame, relative_step=1, refers_back=False)
    if (
        last is not None
        and not frame.period_part
        and last.period_part in OTHER_PART
        and OTHER_HALF.search(frame.text)
    ):
        # "first half 2015?", "and the other half?": the second half of that year
        frame = replace(
            frame,
            period_part=OTHER_PART[last.period_part],
            content=tuple(w for w in frame.content if w != "half"),
            topic_words=tuple(w for w in frame.topic_words if w != "half"),
        )
    if (
        conversation is not None
        and frame.absent
        and frame.personal
        and not frame.quoted
        and conversation.names
    ):
        # "who's the ceo?", "how old is he?": his age, which the articles do not give, said as his
        return replace(frame, quoted=conversation.names[-1:])
    # a figure he is reported giving, nothing else named ("what did he say?" is his words, found as ever)
    told = frame.reported and frame.metric is not None and Ask.SAID not in frame.asks
    # ... or a number he said, or sold as if he were a seller: "how many did he say they need?",
    # "how many phones did he sell?" (what a person sold is nothing the figures give)
    counted = {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks)
    told = told or (frame.metric is not None and counted and HE_SOLD_OR_SAID.search(frame.text) is not None)
    about_a_person = last is not None and last.metric is None and not (frame.has_period or frame.quantities)
    if (
        about_a_person
        and told
        and frame.personal
        and not frame.quoted
        and conversation
        and conversation.names
    ):
        # "who is kevin wang?", "what did he predict?": what he is reported predicting, no one else's
        name = conversation.names[-1].split()
        frame = replace(
            frame,
            quoted=conversation.names[-1:],
            topic_words=(*frame.topic_words, *name),
            content=(*frame.content, *name),
        )
    if (
        last is not None
        and last.absent
        and (_period_alone(frame) or _operation_alone(frame) or _step_alone(frame))
    ):
        # "what's xiaomi's revenue?" (declined), "and 2014?": still the revenue, not 2014's sales;
        # "and 2015?", "what was the change?": the change in revenue, which is declined the same
        frame = replace(frame, absent=last.absent, subjects=frame.subjects or last.subjects)
        if frame.relative_step and len(last.all_years) == 1:
            # "and the year after?": that year, which "sales that year?" may ask about next
            frame = replace(frame, years=(last.all_years[0] + frame.relative_step,), relative_step=None)
        return frame
    if last is not None and (sides := _target_against_the_sales_asked(frame, last, conversation)):
        # "the revised 2015 target?", "and 2014 actual?", "what increase did the target imply?": that
        # target measured against those sales
        same_year = sides[0] == sides[1]  # the sales are the measure, against that year's target
        return replace(
            frame,
            **_sales_against_a_target(*sides),
            metric=(last.metric if same_year and last.metric else None) or frame.metric or last.metric,
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and _left_to_the_target_before(frame, last, conversation):
        # "the original 2015 target?", "h1 sales?", "so how much more did they need?": what was left
        # after that part to reach that target
        before = _before_or_the_target_asked(conversation)
        return replace(
            frame,
            metric=last.metric,
            operation=Operation.GAP,
            years=tuple(last.all_years),
            year_range=None,
            period_part=last.period_part,
            target_named=True,
            target_metric=before.target_metric,
            content=tuple(dict.fromkeys((*before.content, *frame.content))),
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and (sales := _sales_year_said_same_as_a_target(frame, last, conversation)):
        # "which year did they move 70 million?" (2015), "is the 2017 target the same number?"
        return replace(
            frame,
            **_sales_against_a_target(sales, frame.years[0]),
            yes_no=True,
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and (target_year := _target_said_same_as_a_sales_year(frame, last)):
        # "the 2017 target?", "same as 2015 sales?": that year's sales set against the target
        return replace(
            frame,
            **_sales_against_a_target(frame.years[0], target_year),
            metric=last.metric,
            target_named=True,
            target_metric=last.target_metric,
            yes_no=True,
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and _another_place_too(frame, last):
        # "where does xiaomi sell?", "india too?": whether what it said holds there as well
        return replace(
            frame,
            yes_no=True,
            sells=frame.sells or last.sells,
            topics=last.topics,
            content=tuple(dict.fromkeys((*frame.content, *last.content))),
            subjects=frame.subjects or last.subjects,
        )
    if last is not None and _year_claimed_of_the_answer(frame, last):
        # "which year was their best?", "that was 2014 right?": the same question, checked of 2014;
        # "when was xiaomi founded?", "so 2011?": founded in 2011, checked
        return replace(last, question=frame.question, years=frame.years, year_range=None, yes_no=True)
    if last is not None and last.absent and frame.absent and not frame.has_period and last.has_period:
        # "xiaomi profit 2015?", "revenue?": declined too, and of the same year for what comes next
        return replace(
            frame, years=last.years, period_part=last.period_part, subjects=frame.subjects or last.subjects
        )
    if last is not None and last.absent and _count_instead(frame):
        # "xiaomi 2016 revenue?" (declined), "ok then just the units": the units, of that year;
        # "and the sales the year after?": of the year after it
        years = frame.years or last.years
        if frame.relative_step and not frame.years and len(last.years) == 1:
            years = (last.years[0] + frame.relative_step,)
        return replace(
            frame,
            years=years,
            relative_step=None,
            period_part=frame.period_part or last.period_part,
            subjects=frame.subjects or last.subjects,
            refers_back=False,
            asks=frame.asks or (Ask.HOW_MANY,),
        )
    if last is not None and (last.scopes or last.unknown_place) and _everywhere_alone(frame):
        # "sales in the uk in 2015?" (declined), "ok globally then": the same, company-wide
        return replace(last, question=frame.question, scopes=(), unknown_place="", yes_no=False)
    if last is not None:
        frame = _short_years(frame, last)
        again = _asked_again(frame, last)
        if again is not None:
            return again
        if frame.other_source and conversation is not None and len(conversation.sources_cited) == 1:
            if frame.metric or frame.topics or frame.topic_words:
                # "which article mentions canalys?", "what does the other article say about 2015
                # sales?": a question of its own, from the articles the last answer did not cite
                return replace(frame, not_sources=conversation.sources_cited, source_order="")
            # "what does the 2017 article give for 2014?", "and the other article?": the same
            # question, from the articles the last answer did not cite; what it asks as given
            return replace(
                last,
                question=frame.question,
                not_sources=conversation.sources_cited,
                source_year=None,
                source_order="",
                # ("which source says 61?", "and the other one?": not 61 again, of the year it gave)
                years=frame.years or last.years or (conversation.named_years if last.stray_numbers else ()),
                yes_no=False,
                quantities=(),
                stray_numbers=(),
            )
        both_cited = conversation is not None and len(conversation.sources_cited) > 1
        if frame.other_source and AGREES.search(frame.text) and both_cited and not frame.has_period:
            # "xiaomi 2014" (both articles cited), "does the other article agree?": the same question,
            # whose answer sets the two side by side
            return replace(last, question=frame.question, yes_no=False, quantities=())
        if frame.other_source and frame.source_order:
            # "the other article says 60 though" after an answer from both: no one article is "other"
            frame = replace(frame, source_order="")
        if last.source_year and (year := _source_by_its_year(frame)):
            # "2014 sales per the 2017 article?", "and according to the 2015 one?": that article
            return replace(last, question=frame.question, source_year=year, yes_no=False, quantities=())
    if last is not None and conversation is not None and (placed := _periods_by_place(frame, conversation)):
        # "2012", "and 2013", "and 2014", "how much did the first one grow to the second one?": the
        # periods asked, by their place in the talk, in the order named
        # ("h1 2015 units?", "and full 2016?", "gap between those two numbers": that half, that year)
        slots = _slots_of_two_periods(placed)
        if slots is None:
            return replace(frame, unsupported="a calculation over those two parts of years")
        share_asked = _share_by_place(frame.text) and not frame.yes_no
        frame = replace(frame, **slots)
        # "what % is the first of the second?": a share of one year's figure in the other's
        share = share_asked and not frame.period_part
        # ("2015", "h1 2015", "what % is the second of the first?": the half's share of its year)
        part_of_its_year = share_asked and frame.whole_year
        operation = Operation.RATIO if part_of_its_year else frame.operation or Operation.CHANGE
        years = tuple(y for y, _ in placed)
        # ("the ratio of the first figure to the second": the first over the second, as if written)
        ratio = operation is Operation.RATIO and not (frame.period_part or share or frame.yes_no)
        # ("how many times", "ratio of the two numbers": the multiple, no order named)
        ratio = ratio and RATIO_SAID.search(frame.text) is not None
        ratio = ratio and len(PLACE_IN_THE_TALK.findall(frame.text)) == 2
        return replace(
            frame,
            years=years if share else frame.years,
            year_range=None,
            operation=None if share else operation,
            unsupported="percent of" if share else "share of" if part_of_its_year else frame.unsupported,
            # (the share said with its years, as if written: "what percent of 2015 is 2012")
            text=(
                f"what percent of {years[1]} is {years[0]}"
                if share
                else f"ratio of {years[0]} to {years[1]}"
                if ratio
                else frame.text
            ),
            metric=frame.metric or last.metric,
            subjects=frame.subjects or last.subjects,
            # ("first", "middle" name a place in the talk, no fact's "first half" or "first time")
            **_place_words_dropped(frame),
            over_previous=False,
            # ("what you said first": the calculation is asked, no one's words)
            asks=tuple(a for a in frame.asks if a not in (Ask.SAID, Ask.WHAT)),
        )
    if last is not None and _the_margin_to_the_target_in_percent(frame, last):
        # "2015 sales vs the revised target", "what percent more is that?": the same, in percent
        return replace(last, question=frame.question, percent_asked=True)
    if last is not None and _a_bound_of_the_sum_or_mean(frame, last):
        # "average sales 2015-2016", "so above 60 million?": that average, checked against the bound
        return replace(
            last,
            question=frame.question,
            threshold=frame.threshold,
            yes_no=True,
            claims_short=frame.claims_short,
        )
    if last is not None and _its_whole_year_against_the_part(frame, last):
        # "h1 2015", "did 2015 exceed twice that?", "was the full year more than double that?": the
        # whole year against the part just asked
        return replace(
            frame,
            metric=frame.metric or last.metric,
            subjects=frame.subjects or last.subjects,
            years=tuple(last.all_years),
            period_part=last.period_part,
            parts_named=(last.period_part,),
            whole_year=True,
            # ("more than double that?": checked as claimed, never the part's share of the year)
            operation=Operation.COMPARE if frame.yes_no else frame.operation,
        )
    if last is not None and _a_step_from_the_extreme(frame):
        # "xiaomi sales in its best year", "and the year before its best year?": counted from the best
        # year found again, never that year checked as the best
        return replace(frame, metric=frame.metric or last.metric, subjects=frame.subjects or last.subjects)
    if last is not None and _the_latest_alone(frame, last):
        # "xiaomi sales 2013", "and the latest one?": the same figure, of the last year it has
        return replace(
            frame,
            metric=last.metric,
            subjects=frame.subjects or last.subjects,
            sales_word=frame.sales_word or last.sales_word,
            target_named=last.target_named,
            target_metric=last.target_metric,
        )
    # ("who is kevin wang?", "what does he do?": a question of the person named, nothing else)
    of_the_person = frame.personal and bool(frame.asks) and not frame.unknown
    of_the_person = of_the_person and conversation is not None and bool(conversation.names)
    if (
        last is not None
        and frame.asks_nothing
        and frame.subjects in ((), last.subjects)
        and not of_the_person
    ):
        return frame  # "got it", "xiaomi rocks" after a Xiaomi question: nothing to follow up
    if (
        last is not None
        and conversation is not None
        and (year := _year_against_the_extreme(frame, conversation))
    ):
        # "2016", "and the peak year?", "how far below the peak was the first one?": 2016 against it
        frame = replace(frame, years=(year,), **_place_words_dropped(frame))
    named = _company_by_order(frame, conversation)
    if named:
        # "how many did the first one you mentioned sell?": that company, as if named
        frame = replace(frame, subjects=(named,))
    elif last is not None and conversation is not None and (year := _year_by_order(frame, conversation)):
        # "sales in 2012 and 2013?", "the first one you said, what was it again?": that year's
        # ("what was the target for the first one?": the target, that year)
        return replace(
            last,
            question=frame.question,
            years=(year,),
            year_range=None,
            operation=None,
            metric=frame.metric or last.metric,
        )
    if (
        last is not None
        and (frame.bare and frame.topics or frame.where_sold and not frame.subjects)
        and not frame.scopes
        and _products_of(last, conversation)
    ):
        # "what is the mi 6?", "price?": the price of that product, which no fact may give ("where
        # sold?": where that product is sold)
        return replace(
            frame, scopes=_products_of(last, conversation), subjects=frame.subjects or last.subjects
        )
    if last is not None and (revised := _the_new_target_checked(frame, last)):
        return revised  # "when was the 2015 target cut?", "was the new figure 80 million?"
    if last is not None and (times := _years_past_that_times(frame, last)):
        return times  # "sales 2013", "the first year they sold more than triple that?"
    if last is not None and (bound := _bound_by_the_figure_just_given(frame, last)):
        return bound
    if last is not None and (gap := _sales_against_the_last_target(frame, last, conversation)):
        return gap
    if last is not None and (past := _years_past_the_last_year(frame, last)):
        return past
    if last is not None and _between_the_years_asked(frame, last, conversation):
        # "2013 sales", "and 2014", "sales difference?": between those two, never the whole span
        years = tuple(sorted(conversation.years_asked[-2:]))
        frame = replace(
            frame,
            years=years,
            year_range=None,
            metric=frame.metric or last.metric,
            subjects=frame.subjects or last.subjects,
        )
        # ("xiaomi h1 2015", "and all of 2013", "difference?": that half against the whole year)
        return replace(frame, **_half_of_one_of_the_two(years, last, conversation.before))
    if last is not None and _the_gap_again(frame, last):
        # "2016 sales", "vs the revised 2015 goal", "difference?": that gap, already the difference
        return replace(last, question=frame.question, text=frame.text)
    plan_or_figure = last is not None and (
        _one_years_target(last) or (_one_years_figure(last) and not last.operation)
    )
    if frame.outcome_chat and not plan_or_figure:
        # "actually?" after anything but a plan, or alone: chat, no figure asked
        return replace(
            frame, metric=None, sales_word=False, strong_sales=False, content=(), outcome_alone=False
        )
    if last is not None and _actual_sales_after_a_target(frame, last):
        # "what was the original 2015 goal?", "how many did xiaomi actually sell?": in that year
        return replace(frame, years=tuple(last.all_years), subjects=frame.subjects or last.subjects)
    if last is not None and _last_sales_against_a_target_named(frame, last):
        # "xiaomi 2016", "compared to the 2015 revised target?": 2016's sales against that target,
        # no revision of it
        # ("more than the 2017 target?": a claim checked, yes or no)
        return replace(
            frame,
            **_sales_against_a_target(last.all_years[0], frame.all_years[0]),
            metric=last.metric,
            subjects=frame.subjects or last.subjects,
            yes_no=frame.yes_no or COMPARED_BY_SIZE.match(frame.text) is not None,
        )
    if (
        last is not None
        and last.metric is None
        and (rivals := _companies_named_set_against(frame, conversation))
    ):
        # "who are xiaomi's competitors in china?", "are they ahead of xiaomi?": those companies
        # against it, in that market
        return replace(
            frame,
            subjects=(*rivals, *frame.subjects),
            scopes=frame.scopes or last.scopes,
            operation=None,
            pronoun=False,
        )
    stepped_alone = bool(frame.relative_step and frame.years and not frame.year_range)
    if stepped_alone and last is not None and not (last.metric or last.all_years):
        # "2013", "who is jony ive?", "2013 - what was the growth the year after?": a step from the
        # question's own year, whatever the aside before it
        return replace(frame, years=years_stepped(frame))
    if last is not None and _giver_of_the_last_target_asked(frame, last):
        # "2017 target", "did lei jun set that?": whether he gave that target, not who he is
        return replace(
            frame,
            metric=last.metric,
            target_named=True,
            target_metric=last.target_metric or last.metric,
            years=last.years,
            year_range=last.year_range,
            quantities=last.quantities,
            revised=last.revised,
            subjects=frame.subjects or last.subjects,
        )
    if last is None or not is_followup(frame, last, conversation.named_years, conversation.years_asked):
        if last is not None and _part_of_the_year_talked_of(frame, last):
            # "the revised 2015 target?", "what percentage of that target did they reach in the
            # first half?": the first half of 2015, the year talked of
            return replace(frame, years=tuple(last.all_years), subjects=frame.subjects or last.subjects)
        if frame.relative_step and frame.years and not frame.year_range:
            # "2014 and the year before": both years, from the question alone.
            return replace(frame, years=years_stepped(frame))
        if last is not None and _means_companies_named(frame, conversation):
            # "who are xiaomi's rivals?" then "how many did they sell in 2016?": the rivals named;
            # "did they sell more than xiaomi?": the rivals, and the company they are measured against.
            assert conversation is not None
            others = tuple(c for c in frame.subjects if c not in conversation.companies)
            return replace(frame, subjects=(*conversation.companies, *others))
        if last is not None and _a_thing_of_the_product(frame, last, conversation):
            # "mi 6 launch", "what price?": the price of the Mi 6, which is no price of the phones
            assert conversation is not None
            return replace(frame, scopes=conversation.products, subjects=last.subjects)
        place_alone = bool(frame.scopes) and set(frame.content) <= {
            w for s in frame.scopes for w in s.lower().split()
        }
        if (
            last is not None
            and (frame.opener or frame.pronoun or place_alone)
            and not frame.subjects
            and last.subjects
        ):
            # ... and "in india?" after a question about hanbit is about hanbit
            # "what was their target for 2017?", "and revenue?": still the company just asked about.
            return replace(frame, subjects=last.subjects)
        if (
            last is not None
            and (frame.metric or frame.topics or frame.absent)
            and not frame.subjects
            and not frame.ranks_companies  # "which brand sold the most?" asks about every company
            and len(last.subjects) == 1
        ):
            # "nordphone sales 2018", "what is the goal for 2019?": a new question, the same company;
            # so is "valuation?" after "tell me about norvik".
            return replace(frame, subjects=last.subjects)
        return frame
    assert conversation is not None
    if frame.month_alone and _happenings_asked(last, conversation):
        # "what happened in july 2015?", then "and in august?": what happened then, no month's figure
        return _fact_followup(frame, last, conversation)
    if _fact_asked_of_an_article_named(frame, last):
        # "which article mentions the world internet conference?", "what town was it held in?": of
        # the fact that answer gave, found by its words, not of the articles
        return replace(
            frame,
            topic_words=tuple(dict.fromkeys((*last.topic_words, *frame.topic_words))),
            content=tuple(
                dict.fromkeys(
                    (*last.topic_words, *(w for p in last.scopes for w in p.lower().split()), *frame.content)
                )
            ),
            quoted=last.quoted,
            scopes=frame.scopes or last.scopes,
        )
    if last.metric is None and not last.operation and not frame.metric:
        if frame.operation is Operation.SOURCES and frame.quantities:
            return frame  # "which article says 70 million?" after a fact: of that number, afresh
        if not frame.subjects and _means_companies_named(frame, conversation):
            # "what company does he work for?" (Apple), "how much do its phones cost?": that company's
            frame = replace(frame, subjects=conversation.companies)
        return _fact_followup(frame, last, conversation)
    own_measure = frame.metric or frame.has_period or frame.operation or frame.unsupported
    # not "his number is what % above that", nor a check ("was he right?")
    # ("is he the ceo?" checks a role of his: about him)
    about_him = frame.personal and not ANSWER_PRONOUN.search(frame.text)
    about_him = about_him and (not frame.yes_no or bool(frame.topics))
    if about_him and conversation.names and not own_measure:
        # "who said xiaomi needs 70 million?" (a target, said by Kevin Wang), "what's his job?": him
        return _fact_followup(frame, last, conversation)
    if last.metric is None and not frame.subjects and _means_companies_named(frame, conversation):
        # "which competitors are named?", "how many phones did they sell?": those companies'
        return _figure_followup(replace(frame, subjects=conversation.companies), last, conversation)
    if _fact_after_figure(frame):
        # "xiaomi sales 2016", "who's their ceo?": the same company, not the year's figures.
        subjects = frame.subjects or last.subjects
        if (
            frame.age_asked
            and not frame.source_year
            and len(years := last.all_years or conversation.named_years) == 1
        ):
            # "xiaomi 2012 sales", "how old was the company then?": its age in that year
            return replace(frame, subjects=subjects, years=tuple(years))
        if frame.personal and frame.yes_no and not frame.quoted and len(last.quoted) == 1:
            # "kevin wang's 2017 number?", "is he xiaomi's ceo?": a role checked of him
            name = last.quoted[0].split()
            return replace(
                frame,
                subjects=subjects,
                quoted=last.quoted,
                topic_words=(*frame.topic_words, *name),
                content=(*frame.content, *name),
            )
        return replace(frame, subjects=subjects)
    return _figure_followup(frame, last, conversation)


def years_stepped(frame: Frame) -> tuple[int, ...]:
    """'2014 and the year after': both years; '2013 and the next two years': each of the three."""
    anchor, step = frame.years[-1], frame.relative_step or 0
    if not frame.relative_span:
        return (*frame.years, anchor + step)
    return tuple(sorted({*frame.years, *years_spanned(anchor, step)}))


def years_spanned(anchor: int, step: int) -> tuple[int, ...]:
    """'The next two years' from 2014: 2015 and 2016; 'the two years before': 2012 and 2013."""
    return tuple(range(anchor + 1, anchor + step + 1)) if step > 0 else tuple(range(anchor + step, anchor))


def _span_from(anchor: int, frame: Frame) -> tuple[int, ...]:
    """The years a span steps over from the year talked of, and that year too where said ("that plus
    the next two years")."""
    if frame.operation is Operation.CHANGE and frame.relative_step:
        # ("2013", "growth over the next two years?": from 2013 to 2015, never 2014 to 2015)
        return tuple(sorted((anchor, anchor + frame.relative_step)))
    years = years_spanned(anchor, frame.relative_step or 0)
    return tuple(sorted({anchor, *years})) if ANCHOR_ADDED.search(frame.text) else years


def _margin_or_sum_alone(frame: Frame) -> bool:
    """'By how much?', 'difference?', 'add them up': a margin or a sum asked of nothing new."""
    if frame.subjects or frame.has_period or frame.quantities or frame.topic_words or frame.metric:
        return False
    return _asks_between(frame) or frame.operation in (Operation.CHANGE, Operation.TOTAL)


# "by how much?", "how big was the drop?", "how much in percent?": the size of the move just named
SIZE_OF_IT_ASKED = re.compile(
    r"(?:and |so |ok |but )*(?:by )?how (?:much|big|large|bad|steep)(?: was| is)?"
    r"(?: (?:it|that|the (?:drop|fall|decline|dip|rise|growth|jump|gain|increase|decrease|change)))?"
    r"(?: in (?:percent|%|percentage(?: terms)?|units))?\W*"
)


def _size_of_a_move_asked_why(frame: Frame, last: Frame) -> Frame | None:
    """'Why did sales drop in 2016?', 'by how much?': that year's move from the year before, the
    question asked again as a change (the reason given named no figure)."""
    if Ask.WHY not in last.asks or not last.direction or len(last.all_years) != 1 or last.target_named:
        return None
    if frame.operation is not Operation.CHANGE or not _margin_or_sum_alone(frame) or last.period_part:
        return None
    if not SIZE_OF_IT_ASKED.fullmatch(frame.text):
        return None  # ("the year before?", "the biggest jump?", "overall growth?": other changes)
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        asks=frame.asks,
        operation=Operation.CHANGE,
        percent_asked=frame.percent_asked,
        yes_no=False,
    )


def _asks_between(frame: Frame) -> bool:
    """'difference?', 'gap?', 'which is more?': one thing against another. ("growth?" is one
    company's change over the years.)"""
    return frame.operation in COMPARING or bool(set(frame.content) & BETWEEN_WORDS)


def _year_nearest_the_last_figure(frame: Frame, last: Frame) -> bool:
    """'2014 sales?', 'which other year came closest to that?': a year asked by nearness to the one
    figure just given, nothing of its own named."""
    if not nearness_asked(frame):
        return False
    # ("which full year came closest?" names no year; "what year was most similar?" is no best year)
    if frame.years or frame.year_range or frame.period_part or frame.quantities or frame.target_named:
        return False
    if frame.threshold or frame.operation not in (None, Operation.BEST):
        return False
    if last.metric is None or _asked_a_target(last) or len(last.years) != 1 or last.year_range:
        return False
    return not (last.operation or last.quantities or last.threshold or len(last.subjects) > 1)


def _year_of_the_targets_number(frame: Frame, last: Frame) -> bool:
    """'Same as what year's sales?', 'which year did they sell that many?' after one year's target:
    the year asked is the one whose sales were the target's number."""
    # ("the revised 2015 target" was answered as the cut to it: that target is still what was asked)
    revised = last.revised and last.operation is Operation.CHANGE
    if not (_asked_a_target(last) and len(last.all_years) == 1) or last.period_part:
        return False
    if last.operation and not revised:
        return False
    # ("... closest to that projection?", "matched that target?": the target just asked, named again,
    # with no year of its own)
    if Ask.WHEN not in frame.asks or frame.has_period or frame.quantities:
        return False
    if frame.target_named and not ANSWER_PRONOUN.search(frame.text):
        return False
    # ("which year landed closest to that projection?": the year whose sales came nearest it)
    said = SAME_NUMBER.search(frame.text) or SAME_AS.search(frame.text) or THAT_MANY.search(frame.text)
    return bool(said or CLOSEST_SAID.search(frame.text))


def _sales_set_against_a_target(frame: Frame, last: Frame, conversation: Conversation | None) -> Frame | None:
    """The last question, or the year its best-year answer found ("what was their top year?", "was
    that above its revised target?"), when this one sets that year's sales against a target."""
    if _measures_sales_against_a_target(frame, last):
        return last
    found = _the_year_an_extreme_found(last, conversation) if ANSWER_PRONOUN.search(frame.text) else None
    return found if found is not None and _measures_sales_against_a_target(frame, found) else None


def _the_year_an_extreme_found(last: Frame | None, conversation: Conversation | None) -> Frame | None:
    """The last question as one of the year its answer found ("their best year?": 2015's sales),
    for what a follow-up sets that figure against; None where it asked no best or worst year."""
    if last is None or conversation is None or last.operation not in EXTREMES or last.all_years:
        return None
    if len(conversation.named_years) != 1 or not last.metric or last.target_named:
        return None
    return replace(last, operation=None, extreme="", superlative="", years=conversation.named_years)


def _measures_sales_against_a_target(frame: Frame, last: Frame) -> bool:
    """'xiaomi sales 2015', then 'vs the 80 million target?', 'compared with the goal?', 'was it
    above target?', 'what % of the goal?': one year's sales measured against a target named
    with no year of its own."""
    if not frame.target_named or frame.has_period or frame.strong_sales or frame.topics:
        return False
    if not set(frame.subjects) <= set(last.subjects):
        return False
    sales = last.strong_sales or not (last.target_named or last.topics)  # "xiaomi first half 2015"
    if not (sales and last.metric and len(last.all_years) == 1) or last.operation:
        return False
    if frame.revised and frame.operation is Operation.CHANGE and COMPARED_WITH_A_TARGET.search(frame.text):
        return True
    above = ABOVE_A_TARGET.search(frame.text)
    if frame.revised and frame.operation is Operation.CHANGE and above:
        # "was it above the revised target?": the sales checked against it; never "was the revised
        # target above the original?", one target against the other
        target_first = A_TARGET_SAID.search(frame.text[: above.start()]) is not None
        return frame.yes_no and not target_first and len(TARGET_VERSION_NAMED.findall(frame.text)) < 2
    in_percent = frame.percent_asked or SHARE_ASKED.search(frame.text) is not None
    # "xiaomi 2014 sales", "vs the 40m projection, what %?": the sales as a share of it; "how much
    # below target in percent?": how far short of it
    set_against = COMPARED_WITH_A_TARGET.search(frame.text) or ABOVE_A_TARGET.search(frame.text)
    if frame.operation is Operation.CHANGE and in_percent and set_against:
        return True
    if in_percent and last.period_part and not frame.quantities:
        # "xiaomi h1 2015", "what % of the target?": the half as a share of each of the year's
        # targets, below ("what % of the 80 million target?" names the one)
        return False
    asks_nothing_else = not set(frame.asks) - {Ask.WHAT}  # "what about the 40m projection?"
    if frame.opener and frame.operation is None and asks_nothing_else and A_TARGETS_NUMBER.search(frame.text):
        return True  # "and the 100 million goal": a target known by its number, the year's sales against it
    return frame.operation is Operation.COMPARE or (
        frame.operation is None and AGAINST_A_TARGET.search(frame.text) is not None
    )


def _share_of_a_target_named(frame: Frame, last: Frame) -> Frame | None:
    """'2016 sales?', 'what share of 2015 is that?', 'and of the 2017 target?': the last year's
    sales as a share of the target this one names, of another year; None for anything else."""
    share = _share_carried(frame, last)
    if not (share and frame.target_named and last.all_years and len(frame.years) == 1):
        return None
    if frame.years[0] == last.all_years[0] or not OF_ALONE.match(frame.text):
        return None
    sales_year, target_year = last.all_years[0], frame.years[0]
    return replace(
        frame,
        operation=Operation.GAP,
        metric=last.metric,
        subjects=frame.subjects or last.subjects,
        years=(sales_year, target_year),
        period_part=last.period_part,  # "h1 2015", "what share of 2015 is that?": still the half
        sales_year=sales_year,
        target_year=target_year,
        unsupported=share,
    )


def _half_by_a_month_alone(frame: Frame) -> bool:
    """'And after june?': a half said by a month, with no count or measure of its own."""
    by_a_month = any(said.search(frame.text) for said in HALVES_BY_A_MONTH.values())
    counted = frame.strong_sales or {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks)
    return by_a_month and frame.period_part in HALVES_BY_A_MONTH and not counted and not frame.metric


def _role_of_the_person(frame: Frame, last: Frame, conversation: Conversation) -> Frame | None:
    """'Title?', 'what's his role?' after a person was named: who that person is (the lexicon reads
    "title" as the chief executive's, which is right only of no one in particular)."""
    if not ROLE_ASKED.search(frame.text) or frame.quoted or frame.subjects or frame.has_period:
        return None
    if not (frame.bare or frame.personal):
        return None
    # (the person the question named, else the first the answer named: "CEO Lei Jun ..., per the
    # Wall Street Journal")
    people = last.quoted or conversation.names[:1]
    if len(people) != 1:
        return None
    words = tuple(people[0].split())
    return replace(
        frame, asks=(Ask.WHO,), topics=(), quoted=people, content=words, topic_words=words, subjects=()
    )


def _a_year_against_the_average(frame: Frame, last: Frame) -> Frame | None:
    """'Was 2013 above or below that?' after an average over years: that year against the average,
    never against the span's last year."""
    if last.operation is not Operation.AVERAGE or not last.year_range or last.period_part:
        return None
    if len(frame.years) != 1 or frame.year_range or not ANSWER_PRONOUN.search(frame.text):
        return None
    if not (frame.yes_no or frame.offers_alternatives) or frame.operation not in (None, Operation.COMPARE):
        return None
    # ("that" is the average: said so, for the year to be set against it)
    return replace(
        last,
        question=frame.question,
        text=ANSWER_PRONOUN.sub("the average", frame.text, count=1),
        beside_range=frame.years,
        yes_no=frame.yes_no,
        claims_short=frame.claims_short,
        claims_less=frame.claims_less,
        offers_alternatives=frame.offers_alternatives,
    )


def _cut_as_a_share(frame: Frame, last: Frame) -> bool:
    """'As a percent of the original?' after a target's revision: the revised one's share of it."""
    if not (last.revised and last.target_named and last.operation is Operation.CHANGE):
        return False
    named = OF_ANOTHER_TARGET.search(frame.text)
    return bool(AS_A_SHARE.match(frame.text) and named and not frame.has_period and not frame.quantities)


def _sales_against_the_target_named(frame: Frame, last: Frame) -> Frame | None:
    """'2015 sales?', 'how far below the revised goal, in percent?': the year just asked against the
    target named, on the side said, never the target's own revision."""
    # ("the revised goal" reads as the target's revision: "how far below" says a gap to it)
    if not (frame.target_named and frame.revised and frame.operation is Operation.CHANGE):
        return None
    if frame.claims_short is None and not frame.claims_less or frame.direction:
        return None
    if frame.has_period or frame.quantities or frame.strong_sales or frame.topics:
        return None
    if last.metric is None or last.target_named or last.metric == frame.target_metric or len(last.years) != 1:
        return None
    if last.period_part:
        return None  # ("h1 2015", "how much more to reach the revised goal?": what was left after it)
    return replace(
        frame,
        metric=last.metric,
        operation=Operation.GAP,
        years=last.years,
        year_range=None,
        subjects=frame.subjects or last.subjects,
        revised=False,
    )


def _growth_needed_for_the_target(frame: Frame, last: Frame, conversation: Conversation) -> Frame | None:
    """'2017 target?', 'and 2016 actual?', 'how much do they need to grow?': the growth from the year
    just asked to the target asked before it, never that year's own change."""
    target = conversation.target_asked
    if target is None or frame.operation is not Operation.CHANGE or not STILL_NEEDED.search(frame.text):
        return None
    if frame.target_named or frame.quantities or frame.subjects not in ((), last.subjects):
        return None
    if _since_a_year_to_the_target(frame, last):
        # "2017 target?", "growth needed since 2016?": from that year to it (the target just asked)
        sales, target_year = frame.since_year, target.all_years[0]
    elif (
        frame.has_period
        or not last.metric
        or last.target_named
        or len(last.years) != 1
        or last.period_part
        or last.operation
    ):
        return None
    else:
        sales, target_year = last.years[0], target.all_years[0]
    if sales >= target_year:
        return None
    return replace(
        frame,
        metric=last.metric,
        operation=Operation.GAP,
        years=(sales, target_year),
        sales_year=sales,
        target_year=target_year,
        target_named=True,
        target_metric=target.target_metric,
        subjects=last.subjects,
    )


def _since_a_year_to_the_target(frame: Frame, last: Frame) -> bool:
    """'Growth needed since 2016?' just after one year's target: from that year, which is before it."""
    if frame.since_year is None or frame.all_years or frame.period_part:
        return False
    if not last.target_named or len(last.all_years) != 1 or last.operation or last.period_part:
        return False
    return frame.since_year < last.all_years[0]


# A size claimed alone, of the change or gap just given: "so more than 20%?", "over 10m short then?"
SIZE_CLAIMED_ALONE = re.compile(
    r"(?:so |and |ok |but |hmm |wait )*"
    r"(?:it was |that was |that's |thats |they were |was it |is that |was that )?(?:by )?"
    r"(?:more than|over|at least|less than|under|at most|about|around|roughly|nearly|almost|above|below"
    r"|exactly|approximately|approx|like|~)"
    r" ?\d[\d.,]*\s*(?:%|percent|m|mn|mil|million|k)?"
    r"(?: (?:short|more|less|fewer|down|up|lower|higher|of a drop|of growth))?"
    r"(?: a year| per year| each year| annually| on average)?(?: then| right| yeah)?"
)


def _one_year_of_those(frame: Frame, last: Frame) -> bool:
    """'How many of those were in 2015?' after a total or average over years: one of its years."""
    if (
        not frame.over_previous
        or frame.operation
        or frame.metric
        or len(frame.years) != 1
        or frame.year_range
    ):
        return False
    if last.operation not in (Operation.TOTAL, Operation.AVERAGE, Operation.SERIES) or not last.metric:
        return False
    return frame.years[0] in last.all_years and OF_THOSE.search(frame.text) is not None


OF_THOSE = re.compile(r"\b(?:of|from|out of) (?:those|these|them|that|this|it)\b")


# "is the difference bigger than 5m?", "were they more than 10m apart?": the gap between two figures
GAP_OPERATIONS = (None, Operation.GAP, Operation.CHANGE)  # "is the gap", "was the difference"
GAP_OF_TWO = re.compile(r"\b(?:gap|difference|diff|apart|spread)\b")


# "is that bigger than 2012's sales?", "compare that with the 2017 target": a figure set against it
RESULT_SET_AGAINST = re.compile(
    r"\b(?:more|less|bigger|smaller|higher|lower|greater|fewer|larger|above|below|over|under|beat|exceed\w*"
    r"|top|tops|topped|surpass\w*|least|most|as (?:big|much|high|large) as|compare\w*|vs|versus|against)\b"
)
# "growth 2013 to 2014", "is that more than in 2015?": the growth in that year, not its figure
THAN_IN_A_YEAR = re.compile(r"\bthan (?:in|for|during) ((?:19|20)\d\d)\b")
PERCENT_WORD_SAID = re.compile(r"\b(?:percent\w*|pct|rate)\b|%")
WORKED_OUT = (Operation.CHANGE, Operation.TOTAL, Operation.AVERAGE)
# "vs 2014?", "compared with the 2017 target?" alone after a total or average: set against it
SET_AGAINST_ALONE = re.compile(
    r"(?:and |so |ok )?(?:vs|versus|against|compared (?:to|with)|compare (?:to|with))\b"
)


def _last_result_set_against(frame: Frame, last: Frame) -> Frame | None:
    """'Growth 2013 to 2015', 'is that bigger than 2012's sales?'; 'average 2012-2015', 'is that more
    than the 2014 projection?': the figure just worked out, set against one year's sales (or first
    half), or one year's target; never the years' own figures compared again."""
    # ("how many more in 2015 than 2013": a difference worked out, as a change is)
    difference = last.operation is Operation.COMPARE and bool({Ask.HOW_MANY, Ask.HOW_MUCH} & set(last.asks))
    if not (last.operation in WORKED_OUT or difference) or not last.metric or last.target_named:
        return None
    if len(set(last.all_years)) < 2 or last.period_part or last.calculation or last.per_year or last.per_unit:
        return None
    if last.percent_asked or PERCENT_WORD_SAID.search(last.text):
        return None  # ("percentage growth 2013 to 2015", "is that more than 2012?": a percent, no figure)
    pointed = ANSWER_PRONOUN.search(frame.text) and RESULT_SET_AGAINST.search(frame.text)
    alone = last.operation in (Operation.TOTAL, Operation.AVERAGE) and SET_AGAINST_ALONE.match(frame.text)
    if not (pointed or alone):
        return None
    # ("is that more than 3 times 2015?": so many times that year's)
    set_against = (None, Operation.COMPARE, Operation.GAP) + ((Operation.RATIO,) if frame.yes_no else ())
    if TOTAL_POINTED_AT.search(frame.text):
        set_against += (Operation.TOTAL,)  # "higher than that combined total?": the sum just worked out
    if frame.quantities or frame.threshold or frame.operation not in set_against:
        return None
    if frame.subjects not in ((), last.subjects) or frame.period_part not in (None, "H1"):
        return None
    if len(set(frame.years)) != 1 or frame.year_range or frame.calculation:
        return None
    if growth := _growth_against_a_years_growth(frame, last):
        return growth
    sum_against_a_year = not (frame.target_named or frame.period_part or frame.operation is Operation.RATIO)
    if last.operation is Operation.TOTAL and sum_against_a_year:
        return None  # ("total 2012-2014", "is that more than 2015?": the sum against it, said as such)
    return replace(
        frame,
        result_of=last,
        metric=last.metric,
        subjects=frame.subjects or last.subjects,
        operation=Operation.COMPARE,
    )


def _growth_against_a_years_growth(frame: Frame, last: Frame) -> Frame | None:
    """'Growth 2013 to 2014', 'is that more than in 2015?': that growth against the one into the
    year named, the one just asked claimed the bigger (never against the year's own figure)."""
    in_a_year = THAN_IN_A_YEAR.search(frame.text) if last.operation is Operation.CHANGE else None
    if in_a_year is None or len(set(last.all_years)) != 2:
        return None
    year = int(in_a_year.group(1))
    span = (min(last.all_years), max(last.all_years))
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        years=span,
        year_range=span,
        second_range=(year - 1, year),
        yes_no=frame.yes_no,
        claims_less=frame.claims_less,
        asks=frame.asks,
    )


def _gap_to_the_target_bounded(frame: Frame, last: Frame) -> Frame | None:
    """'2016 vs kevin wang's 2017 number', 'is the gap under 10 million?', 'did they get within
    10m?': the gap to that target, on either side of it, against the bound ("did sales grow by
    more than 30m?" claims a way, and asks of the growth)."""
    if frame.has_period or frame.target_named or frame.subjects not in ((), last.subjects):
        return None
    if not _gap_to_one_target(last) or frame.direction or frame.operation not in GAP_OPERATIONS:
        return None
    margin = frame.differences[0] if frame.margin_side and len(frame.differences) == 1 else None
    if margin is None and not (frame.threshold and GAP_OF_TWO.search(frame.text)):
        return None
    return _checked_again(
        last,
        frame,
        threshold=frame.threshold,
        margin_side=frame.margin_side,
        claimed_margin=margin,
        claims_less=frame.claims_less,
        claims_short=frame.claims_short if margin is None else None,
    )


def _gap_of_two_years_bounded(frame: Frame, last: Frame) -> Frame | None:
    """'Xiaomi sales 2016 vs 2014', 'is the difference bigger than 5 million?': the gap between the
    two years just set side by side, whichever way it went, against the bound."""
    if frame.has_period or frame.target_named or frame.subjects not in ((), last.subjects):
        return None
    if not (frame.yes_no and (frame.threshold or frame.margin_side) and GAP_OF_TWO.search(frame.text)):
        return None
    if last.operation not in (None, Operation.COMPARE, Operation.CHANGE) or last.target_named:
        return None
    if not last.metric or last.period_part or len(set(last.all_years)) != 2:
        return None
    return replace(
        frame,
        metric=last.metric,
        operation=Operation.CHANGE,
        years=tuple(sorted(set(last.all_years))),
        year_range=None,
        subjects=frame.subjects or last.subjects,
        direction="",
    )


def _checked_again(last: Frame, frame: Frame, **claim) -> Frame:
    """The last question asked again, as this one words it, with the claim it makes checked (a bound
    or a margin): "growth 2013 to 2015", "is that more than 40m?"."""
    return replace(last, question=frame.question, text=frame.text, yes_no=True, **claim)


def _giver_of_the_last_target_asked(frame: Frame, last: Frame) -> bool:
    """'The 2017 target', 'did lei jun set that?' / 'was it kevin wang who gave it?': one person
    named, said to have given what was just asked, a target, with nothing else named."""
    if not (frame.yes_no and frame.pronoun and len(frame.quoted) == 1 and TARGET_GIVEN.search(frame.text)):
        return False
    if frame.metric or frame.topics or frame.has_period or frame.quantities:
        return False
    return bool(last.target_named and last.metric and last.metric == last.target_metric)


# "set", "gave", "came up with": a target given by someone
TARGET_GIVEN = re.compile(r"\b(?:set|sets|gave|give|given|made|came up with|come up with|proposed|idea)\b")


def _gap_to_one_target(frame: Frame) -> bool:
    """'2016 vs the 2017 target', 'xiaomi 2015 vs the 80m goal': one year's sales against a target."""
    if frame.operation is not Operation.GAP or not frame.target_named or frame.period_part:
        return False
    return bool(frame.sales_year and frame.target_year) or len(frame.years) == 1


def _another_bound_alone(frame: Frame, last: Frame) -> Frame | None:
    """'Did xiaomi sell over 60 million in 2016?', 'and 55 million?': the last bound checked again
    with the number this follow-up names and nothing else (a number alone is no figure claimed)."""
    if not (last.threshold and last.yes_no and frame.opener and len(frame.quantities) == 1):
        return None
    if frame.threshold or frame.has_period or frame.subjects or frame.target_named or frame.operation:
        return None
    if not BOUND_ALONE.fullmatch(frame.text):
        return None
    return _checked_again(last, frame, threshold=(last.threshold[0], frame.quantities[0]))


# "and 55 million?", "what about 50m": a number, with nothing else said ("so 58 million then?" says the
# figure back)
BOUND_ALONE = re.compile(
    r"(?:and |what about |how about |or )*(?:\$)?\d+(?:\.\d+)?\s?(?:m|mn|mil|million|bn|billion|k)"
    r"(?: phones| units| smartphones)?(?: instead)?\W*"
)


def _size_claimed_alone(frame: Frame, last: Frame) -> Frame | None:
    """'How much did 2016 fall from 2015?', 'so more than 20%?': the same change, with the size
    claimed checked; after a gap to a target, 'so more than 10 million short?' checks its margin."""
    sized = (Operation.CHANGE, Operation.GAP, Operation.TOTAL, Operation.AVERAGE)
    if last.operation not in sized or not SIZE_CLAIMED_ALONE.fullmatch(frame.text):
        return None
    # ("above 40 million a year?" names what is sold, the same figures)
    if frame.has_period or frame.metric not in (None, last.metric) or frame.subjects:
        return None
    if last.operation in (Operation.TOTAL, Operation.AVERAGE):
        # "total 2012 and 2013", "is that over 30m?": the sum (or mean) against the number
        if not last.metric or last.target_named or len(last.all_years) < 2:
            return None  # ("total sales since 2014": the years answered for are leaned on elsewhere)
        if frame.threshold:
            return _checked_again(last, frame, threshold=frame.threshold)
        # ("average 2012-2016", "so about 43m a year?": the mean said, checked)
        if len(frame.quantities) == 1 and not frame.differences:
            return _checked_again(last, frame, quantities=frame.quantities)
        return None
    if last.operation is Operation.CHANGE:
        # ("growth 2013 to 2015", "is that more than 40m?": its size, whichever way it went)
        if len(last.all_years) != 2:
            return None
        return _checked_again(last, frame, threshold=frame.threshold, quantities=())
    if not frame.differences or not last.quantities or len(last.all_years) != 1:
        return None  # (a gap to a number: "so more than 10 million short?" of the 80m target)
    return replace(
        last,
        question=frame.question,
        yes_no=True,
        claimed_margin=frame.differences[0],
        margin_side=frame.margin_side,
        claims_short=frame.claims_short if frame.claims_short is not None else last.claims_short,
    )


# "2016 sales?", "how much less than the 2015 target?": a margin of what was just said, left unsaid
MARGIN_OF_IT = re.compile(
    r"(?:(?:and|so|ok|but)\s+)*how (?:much|many|far)(?: \w+)?"
    r" (?:less|more|lower|higher|fewer|below|above|under|over|short)\b"
)


def _last_years_sales_against_a_target(frame: Frame, last: Frame) -> Frame | None:
    """'2015 sales?', 'is that more than the 2017 target?': the year just asked against the target
    of the year named, as "were 2015 sales more than the 2017 target?" asks."""
    said_of_it = ANSWER_PRONOUN.search(frame.text) or MARGIN_OF_IT.match(frame.text)
    if not (frame.target_named and frame.operation is Operation.GAP and said_of_it):
        return None
    if (
        len(frame.years) != 1
        or frame.year_range
        or frame.period_part
        or frame.quantities
        or frame.strong_sales
    ):
        return None
    if last.metric is None or last.target_named or last.metric == frame.target_metric or last.period_part:
        return None
    if len(last.years) != 1 or last.years == frame.years or last.operation:
        return None
    sales, target = last.years[0], frame.years[0]
    return replace(
        frame,
        metric=last.metric,
        years=(sales, target),
        sales_year=sales,
        target_year=target,
        subjects=frame.subjects or last.subjects,
    )


def _last_figure_against_a_persons_number(frame: Frame, last: Frame) -> Frame | None:
    """'2016 sales?', 'was that under kevin wang's number?': the year just asked, as "was 2016 under
    kevin wang's number?" asks (whose number it is, and its year, are settled where the facts are)."""
    if not (frame.quoted and PERSONS_NUMBER.search(frame.text) and ANSWER_PRONOUN.search(frame.text)):
        return None
    if frame.metric or frame.has_period or frame.quantities or frame.subjects not in ((), last.subjects):
        return None
    if last.metric is None or last.target_named or last.period_part or last.operation:
        return None
    if len(last.years) != 1 or last.quantities:
        return None
    return replace(frame, metric=last.metric, years=last.years, subjects=frame.subjects or last.subjects)


def _the_target_revised(frame: Frame, last: Frame) -> Frame | None:
    """'What was the revised one?', 'how much was it cut?' after sales measured against a target,
    or after the target itself ('the 100 million goal', 'cut by how many?'): the target's own
    revision, never the sales' change."""
    # ... and "by how many phones was it cut?" after the target itself ("what was the 100m goal cut to?")
    after_the_target = last.target_named and last.metric == last.target_metric and bool(last.metric)
    if not (frame.revised and last.target_metric and (last.metric != last.target_metric or after_the_target)):
        return None
    if _share_carried(frame, last):
        return None  # "and of the revised one?": the share again, of that target
    if frame.target_named or frame.has_period or frame.quantities or frame.strong_sales or frame.topics:
        return None
    if not set(frame.subjects) <= set(last.subjects) or not (last.all_years or after_the_target):
        return None
    return replace(
        frame,
        metric=last.target_metric,
        target_named=True,
        target_metric=last.target_metric,
        subjects=frame.subjects or last.subjects,
        # ("the 100 million goal", "cut by how much?": the year of that goal, which the answer found)
        years=(last.target_year or max(last.all_years),) if last.all_years else frame.years,
        quantities=last.quantities if after_the_target else frame.quantities,
        year_range=None,
        period_part=None,
        # ("what did they lower it to?": lowered, the revision; no comparison with anything else)
        operation=Operation.CHANGE if frame.operation is Operation.COMPARE else frame.operation,
    )


def _target_said_by_a_number(frame: Frame) -> bool:
    """'the 60m target', 'a goal of 80m': a number said to be a target, which it may not be."""
    return frame.target_named and NUMBER_SAID_AS_A_TARGET.search(frame.text) is not None


def _a_target_as_a_share_of_another(frame: Frame, last: Frame) -> Frame | None:
    """'What was the 2015 target?', 'what percent of the 2017 target?': the target just given as a
    share of the other year's, as 'the 2015 target as a percentage of the 2017 target' asks."""
    asked = TARGET_SHARE_ALONE.fullmatch(frame.text)
    if asked is None or not (_asked_a_target(last) and len(set(last.all_years)) == 1) or last.period_part:
        return None
    year, whole_year = last.all_years[0], int(asked["year"])
    if year == whole_year:
        return None
    version = next((v for v in TARGET_VERSIONS if re.search(rf"\b{v}\b", last.text)), "")
    text = f"the {version + ' ' if version else ''}{year} target as a percentage of {asked['whole']}"
    return replace(
        frame,
        text=text,
        metric=last.metric,
        target_named=True,
        target_metric=last.target_metric or last.metric,
        years=(year, whole_year),
        year_range=None,
        operation=None,
        percent_asked=True,
        subjects=frame.subjects or last.subjects,
    )


# "what percent of the 2017 target?", "and what share of the original 2015 goal?"
TARGET_SHARE_ALONE = re.compile(
    rf"{SHARE_ASKED_OPENING} (?:of|is it of|is that of)"
    r" (?P<whole>(?:the |its |their )?(?:[a-z]+ )?(?P<year>(?:19|20)\d\d)(?:'s)?"
    r" (?:target|goal|projection|forecast))\W*"
)
TARGET_VERSIONS = ("original", "revised", "first", "lowered", "initial")


def _fact_asked_of_an_article_named(frame: Frame, last: Frame) -> bool:
    """Where, when, who or why asked of "it" after a question of which article names a thing."""
    named = last.operation is Operation.SOURCES or ARTICLE_NAMING.search(last.text) is not None
    if not named or not (last.topic_words or last.scopes):
        return False
    if not {Ask.WHERE, Ask.WHEN, Ask.WHO, Ask.WHY} & set(frame.asks) or not frame.pronoun:
        return False
    own = frame.metric or frame.has_period or frame.quantities or frame.operation or frame.topic_words
    return not own and not frame.source_year


# "the gap?", "difference between them?": two figures set apart, nothing reached or missed
TARGETS_APART = re.compile(r"\b(?:gap|difference|diff|apart|between them)\b")


def _a_year_found_by_its_number(last: Frame) -> bool:
    """'Which year came closest to 40 million?': a year asked for by a number, no year named."""
    return bool(last.quantities) and Ask.WHEN in last.asks and not last.all_years and not last.operation


def _gap_between_two_targets(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'Gap?', 'difference?' asked alone after two questions of one year's targets."""
    before = conversation.before
    if before is None or not (_asked_a_target(last) and _asked_a_target(before)):
        return False
    if set(last.all_years) != set(before.all_years) or len(set(last.all_years)) != 1 or last.period_part:
        return False
    # ("how short?", "did they hit it?", "how far did they miss that one?": sales against the target)
    if not TARGETS_APART.search(frame.text) or MARGIN_SHORT.search(frame.text) or frame.sales_word:
        return False
    # ("the 2017 goal", "who set that goal?", "gap between the two": one target, asked twice)
    versions = (*TARGET_VERSIONS, "cut", "new", "march", "later", "reduced", "scaled")
    if not any(re.search(rf"\b{v}\b", f"{before.text} {last.text}") for v in versions):
        return False
    return frame.operation in (Operation.GAP, Operation.CHANGE) and _margin_or_sum_alone(frame)


def _part_of_the_year_talked_of(frame: Frame, last: Frame) -> bool:
    """A part of a year asked ("in the first half") with no year of its own, nor a step from one,
    after a question of one year."""
    if not frame.period_part or frame.all_years or frame.year_range or frame.relative_step:
        return False
    return len(set(last.all_years)) == 1 and not last.year_range and frame.years_ago is None


def _target_reached_in_a_year(frame: Frame, last: Frame) -> bool:
    """'Kevin wang's number?' (2017), 'did they hit it in 2015?': one year's target, checked as
    reached by the sales of a year named, with nothing else asked."""
    if not (_asked_a_target(last) and len(set(last.all_years)) == 1) or last.period_part:
        return False
    # ("xiaomi 2014 target", "and 2015, did they reach it?": the 2015 target, the topic moved on)
    reached = REACHED_IT.search(frame.text)
    if not (frame.yes_no and reached) or frame.quantities or frame.period_part:
        return False
    if not IN_A_YEAR.match(frame.text, reached.end()):
        return False
    # the same year ("the 2014 projection?", "did they top it in 2014?") is that year's own target;
    # "by the end of 2017" is that year too
    return len(set(frame.all_years) or {frame.until_year} - {None}) == 1


def _reach_checked(frame: Frame, last: Frame, operation: Operation | None) -> bool:
    """'Did they reach 60m?' after one year's question: a number checked as reached, no period named."""
    return bool(
        frame.quantities
        and frame.yes_no
        and operation is Operation.GAP
        and not frame.has_period
        and len(last.all_years) == 1
    )


# "than the year before", "than the next one": the step named after "than" is measured against
THAN_THE_STEP = re.compile(
    r"\b(?:than|compared (?:to|with)|vs|versus|relative to|against|in comparison (?:to|with)|from)"
    r"(?: (?:in|that in|that of|those in|those of|for))?(?: the| that| its)?"
    r" (?:year|one|previous|prior|next|following)\b"
)


# "so they need 12m more?", "so 10m short?": short of a target; "so they beat it by 20m?": past it
MARGIN_SHORT = re.compile(r"\b(?:need|needs|needed|short|to go|missed|miss|behind|under|below|less)\b")
MARGIN_PAST = re.compile(r"\b(?:beat|beaten|over|above|ahead|exceeded|topped|more than)\b")


def _sales_and_target_talked_of(
    frame: Frame, last: Frame, conversation: Conversation
) -> tuple[int, int] | None:
    """(sales year, target year) where the last two questions were a year's sales and a target,
    in either order, and a follow-up claims only a margin between them; None otherwise."""
    if frame.has_period or frame.target_named or not frame.only_margins:
        return None
    if not (MARGIN_SHORT.search(frame.text) or MARGIN_PAST.search(frame.text)):
        return None
    return _sales_and_target_years(last, _before_or_the_target_asked(conversation))


def _sales_and_target_said_same(
    frame: Frame, last: Frame, conversation: Conversation
) -> tuple[int, int] | None:
    """(sales year, target year) where the last two questions were a year's sales and a target,
    and a follow-up asks only whether they are the same ("same number?"); None otherwise."""
    if frame.has_period or frame.target_named or frame.quantities or not SAID_SAME.match(frame.text):
        return None
    return _sales_and_target_years(last, _before_or_the_target_asked(conversation))


def _sales_and_target_set_apart(
    frame: Frame, last: Frame, conversation: Conversation
) -> tuple[int, int] | None:
    """(sales year, target year) where the last two questions were a year's sales and a target,
    and a follow-up sets "the two" apart (gap, difference, ratio) naming nothing else; None otherwise."""
    if frame.operation not in (Operation.GAP, Operation.CHANGE, Operation.RATIO, Operation.COMPARE):
        return None
    if frame.has_period or frame.target_named or frame.quantities or frame.subjects or frame.topics:
        return None
    if not (frame.bare or THE_TWO.search(frame.text)):
        return None
    return _sales_and_target_years(last, _before_or_the_target_asked(conversation))


def _two_years_said_same(frame: Frame, last: Frame, conversation: Conversation) -> tuple[int, int] | None:
    """(last year, the year before it asked) where the last two questions were one measure's figures
    of two years, and a follow-up asks only whether they are the same; None otherwise."""
    before = conversation.before
    if before is None or frame.has_period or frame.quantities or not SAID_SAME.match(frame.text):
        return None
    one_each = len(last.all_years) == 1 and len(before.all_years) == 1 and last.all_years != before.all_years
    same_measure = last.metric is not None and last.metric == before.metric and not last.operation
    return (last.all_years[0], before.all_years[0]) if one_each and same_measure else None


def _sales_against_a_target(sales: int, target: int) -> dict:
    """The slots that set one year's sales against one year's target (of the same year: its own)."""
    same = sales == target
    return {
        "years": (sales,) if same else (sales, target),
        "year_range": None,
        "operation": Operation.GAP,
        "sales_year": None if same else sales,
        "target_year": None if same else target,
    }


def _reached_a_later_target(frame: Frame, sales_year: int, target_year: int) -> bool:
    """'Did they hit the target?' of a target later than the sales: no year's sales hit a target not
    yet due, so the target meant is the sales year's own ("what's left to hit it?" is the later one)."""
    return _reach_claimed(frame) and sales_year < target_year


def _reached_an_earlier_target(frame: Frame, sales_year: int, target_year: int) -> bool:
    """'Did they hit it?' of a target earlier than the sales just asked: it was hit or missed in
    its own year, never by a later year's sales."""
    return _reach_claimed(frame) and sales_year > target_year


def _reach_claimed(frame: Frame) -> bool:
    """'Did they hit it?', 'they beat it': a target said to be reached, not what was left to reach it."""
    return REACHED.search(frame.text) is not None and LEFT_TO_REACH.search(frame.text) is None


def _before_or_the_target_asked(conversation: Conversation) -> Frame | None:
    """The question before the last one, or where that asked no figure ("who is he?"), the last
    question that asked a target."""
    before = conversation.before
    if before is not None and (before.metric is not None or before.target_named):
        return before
    return conversation.target_asked


def _sales_and_target_years(last: Frame, before: Frame | None) -> tuple[int, int] | None:
    """(sales year, target year) where the last two questions were one year's sales and one
    target, in either order; None otherwise."""
    if before is None:
        return None
    for sales, target in ((last, before), (before, last)):
        if not target.target_named or len(target.all_years) != 1 or target.period_part:
            continue
        if sales.target_named or sales.metric is None or len(sales.all_years) != 1 or sales.period_part:
            continue
        # ("the revised 2015 target?" asks a target too, the one it was cut to)
        if sales.operation or (target.operation not in (None, Operation.GAP) and not target.revised):
            continue
        return sales.all_years[0], target.all_years[0]
    return None


def _margin_over_the_year_before(
    frame: Frame, last: Frame, conversation: Conversation, operation: Operation | None
) -> int | None:
    """The year asked before the last one, where a follow-up claims only a margin between them
    ("so they beat it by 9m?" after 2014 and then 2015); None otherwise."""
    if operation not in (Operation.GAP, Operation.CHANGE, Operation.COMPARE, None):
        return None
    if not frame.yes_no or frame.target_named or frame.has_period:
        return None
    if not frame.only_margins:
        return None
    if last.operation or last.target_named or last.metric is None or len(last.all_years) != 1:
        return None
    earlier = [y for y in conversation.years_asked if y != last.all_years[0]]
    if not earlier or list(conversation.years_asked[-1:]) != last.all_years:
        return None
    if frame.direction and frame.operation is Operation.CHANGE and last.all_years[0] < earlier[-1]:
        return None  # "2016", "and 2015", "so they fell by 12m?": a change, from the earlier year on
    return earlier[-1]


def _margin_to_a_year(frame: Frame, last: Frame, operation: Operation | None) -> bool:
    """'Do they need 12m more to match 2015?' after another year's figure: only a margin, no target
    and no number to reach, so the year named is claimed above the last one by it."""
    if operation is not Operation.GAP or not frame.yes_no or frame.target_named or frame.period_part:
        return False
    if len(frame.years) != 1 or frame.year_range or not frame.only_margins:
        return False
    if len(last.all_years) != 1 or last.period_part:
        return False
    return last.all_years[0] != frame.years[0] and last.metric is not None and not _asked_a_target(last)


# "how many more were needed?", "how many were still missing?": what sales lacked of a target
STILL_NEEDED = re.compile(r"\b(?:need|needs|needed|required|require|to go|left|missing|lacking)\b")


def _sales_against_the_target_asked(frame: Frame, last: Frame, operation: Operation | None) -> bool:
    """'The 80m goal', 'how many more were needed?': that year's sales against the target asked."""
    if frame.has_period or frame.target_named or not _asked_a_target(last):
        return False
    if frame.metric not in (None, last.metric):
        return False
    needed = operation is Operation.COMPARE and STILL_NEEDED.search(frame.text) is not None
    return needed or (operation is Operation.GAP and not frame.quantities and bool(last.quantities))


# The figures of the last answer asked for: "exact numbers?", "the actual figures pls", "from what to what?"
FROM_WHAT_TO_WHAT = re.compile(r"(?:and |so )?from what to what")
THE_NUMBERS_ASKED = re.compile(
    r"(?:and |so |ok |but )?(?:(?:what are|what were|give me|show me) )?(?:the )?"
    r"(?:(?:exact|actual|real|precise|raw) )?(?:numbers|figures|nums|stats|values)"
    r"(?: exactly)?(?: pls| please)?"
    rf"|{FROM_WHAT_TO_WHAT.pattern}"
)
# Where the last answer comes from, asked alone: "according to what?", "according to whom?"
ACCORDING_TO_WHAT = re.compile(
    r"(?:and |so |ok |but )?according to (?:what|whom|who|which (?:source|article|report|data))"
)


# One of a year's targets, named by when it was set: "the original", "the revised one"
WHICH_TARGET = r"(?:original|first|initial|revised|new|cut|lowered|reduced|second|final|later)"
WHICH_TARGET_WORD = re.compile(rf"\b{WHICH_TARGET}\b")
A_NUMBER_IN_MILLIONS = re.compile(rf"\b{IN_MILLIONS}")
# "title?", "his role?": who a person is
ROLE_ASKED = re.compile(r"\b(?:title|role|job|position)\b")
OF_ANOTHER_TARGET = re.compile(
    rf"(?:and |what about |how about |ok )?(?:of |against |vs |to |for )?(?:the )?(?P<which>{WHICH_TARGET})"
    r"(?: one| target| goal| number)?"
)

# "before it was cut", "after they lowered it": a target named by when it was revised
BEFORE_OR_AFTER_A_REVISION = re.compile(
    r"\b(?P<when>before|after)\b(?= (?:it|they|the \w+|its \w+|lei jun) (?:was |were |got |had )?"
    r"(?:cut|lowered|revised|reduced|scaled|changed|slashed|downgraded))"
)
REVISION_SIDE_ALONE = re.compile(
    r"(?:and |what about |how about |ok |so )?(?P<when>before|after)(?: that| it| the cut)?"
)


def _a_target_for_the_number(frame: Frame, last: Frame) -> Frame | None:
    """'How far short of 80m was 2015?', 'and of the first goal?': the same gap, to the target the
    follow-up names instead of the number; None otherwise."""
    other = OF_ANOTHER_TARGET.fullmatch(frame.text)
    if other is None or last.operation is not Operation.GAP or len(last.quantities) != 1:
        return None
    numbers = list(A_NUMBER_IN_MILLIONS.finditer(last.text))
    if len(numbers) != 1 or last.period_part or not last.all_years:
        return None
    before, after = last.text[: numbers[0].start()], last.text[numbers[0].end() :]
    # ("short of the 80m target": the number's own article and target word go with it)
    before = re.sub(r"\b(?:the|its|their) $", "", before)
    after = re.sub(r"^ (?:sales )?(?:target|goal|projection)s?\b", "", after)
    # ("the first goal" is the original one; "the new one", "the second" the revised)
    which = "original" if other.group("which") in ("original", "first", "initial") else "revised"
    return replace(
        last,
        question=frame.question,
        text=f"{before}the {which} target{after}",
        quantities=(),
        target_named=True,
        target_metric=last.target_metric or "sales_target",
    )


def _the_other_target_named(frame: Frame, last: Frame) -> str:
    """The last question's words with its target swapped for the one a follow-up names alone
    ("and of the original?" after "what % of the revised target was that?"); "" otherwise."""
    when = REVISION_SIDE_ALONE.fullmatch(frame.text)
    said = BEFORE_OR_AFTER_A_REVISION.search(last.text) if when and last.target_named else None
    if said and said.group("when") != when.group("when"):
        # "the 2015 target before it was cut?", "and after?": the target it became
        return last.text[: said.start()] + when.group("when") + last.text[said.end() :]
    other = OF_ANOTHER_TARGET.fullmatch(frame.text)
    against = last.operation is Operation.GAP and last.metric is not None
    if not (last.target_named or against) or not last.metric or last.period_part:
        return ""  # ("in the first half ..., what % of the original target?": "first" is the half's)
    named = WHICH_TARGET_WORD.search(last.text)
    if named is None:
        # "how far did they fall short?" (of both targets), "and of the revised one?": that one's gap
        # (a target named by its number, "the 80m goal", is swapped elsewhere)
        alone = other is not None and against and not last.quantities
        return f"{last.text} of the {other.group('which')} target" if alone else ""
    which = other.group("which") if other else ""
    if (
        other is None
        and THEN_ALONE.fullmatch(frame.text)
        and named.group(0) in ("original", "first", "initial")
    ):
        which = "revised"  # "what was the original 2015 target?", "and then?": what it became
    if not which:
        return ""
    return last.text[: named.start()] + which + last.text[named.end() :]


# The articles set against each other: "do the two articles agree on 2014?"
SOURCES_SET_AGAINST = re.compile(
    # ("and 2014 in that same article?" sets nothing against anything)
    r"\b(?:agree|disagree|differ|match|consistent|conflict)\w*\b.*\b(?:articles?|sources?|reports?)\b"
    r"|\b(?:articles?|sources?|reports?)\b.*\b(?:agree|disagree|differ|match|consistent|conflict)\w*\b"
)


def _gap_between_the_sources(frame: Frame, last: Frame) -> bool:
    """'What's the gap?' alone after the articles were set against each other on one year."""
    apart = frame.operation in (Operation.GAP, Operation.CHANGE) and not frame.has_period
    apart = apart and not (frame.target_named or frame.quantities or frame.subjects or frame.topics)
    return apart and len(last.all_years) == 1 and SOURCES_SET_AGAINST.search(last.text) is not None


def _the_gap_again(frame: Frame, last: Frame) -> bool:
    """'Difference?', 'gap?' alone after one year's sales set against another year's target."""
    apart = frame.bare and frame.operation in (Operation.CHANGE, Operation.GAP) and not frame.has_period
    return apart and last.operation is Operation.GAP and bool(last.sales_year and last.target_year)


# What happened, against what was planned: "how many did they actually sell?"
ACTUALLY = re.compile(r"\b(?:actually|actual|in the end|end(?:ed)? up|in reality|really)\b")
# "more than the 2017 target?": a claim of size, checked yes or no
SIZE_CLAIMED = r"(?:was it |is that |were they )?(?:more|less|higher|lower|bigger|smaller|above|below)"
COMPARED_BY_SIZE = re.compile(rf"(?:and |so |ok )?{SIZE_CLAIMED}\b")
# A target named to set something against, and nothing else: "compared to the 2015 revised target?"
SET_AGAINST_A_TARGET = re.compile(
    rf"(?:and |so |ok )?(?:vs|versus|against|compared? (?:to|with)|relative to|{SIZE_CLAIMED}(?: than)?)\.? "
    r"(?:the |its |their )?"
    r"(?:(?:[a-z]+|(?:19|20)\d\d) ){0,3}(?:target|goal|projection|forecast)s?"
)


def _one_years_target(frame: Frame) -> bool:
    return frame.target_named and len(frame.all_years) == 1 and not frame.period_part


def _one_years_figure(frame: Frame) -> bool:
    return bool(frame.metric) and not frame.target_named and len(frame.all_years) == 1


def _actual_sales_after_a_target(frame: Frame, last: Frame) -> bool:
    """'How many did they actually sell?' after one year's target: what was sold that year."""
    if not _one_years_target(last):
        return False
    sales_asked = frame.strong_sales and not (
        frame.has_period or frame.target_named or frame.operation or frame.relative_step
    )
    # ("did they hit the 2015 target?", "and the result?": that check's figure, against the target)
    outcome = frame.outcome_alone and last.operation is not Operation.GAP
    return sales_asked and (outcome or ACTUALLY.search(frame.text) is not None)


def _last_sales_against_a_target_named(frame: Frame, last: Frame) -> bool:
    """'Compared to the 2015 target?' after one year's sales: those sales against that target."""
    # (the comparison is all that is asked: "against the 80m goal, how did they do in 2015?" names
    # the year sold)
    if not (frame.target_named and len(frame.all_years) == 1 and SET_AGAINST_A_TARGET.fullmatch(frame.text)):
        return False
    one_years_sales = last.metric and not last.target_named and not last.operation and not last.period_part
    # ... or after those sales set against their own year's target ("2014 sales", "more than they
    # projected?", "and more than the 2015 goal?")
    against_its_own = last.operation is Operation.GAP and last.target_named and not last.target_year
    against_its_own = against_its_own and not (last.period_part or last.quantities)
    against_its_own = against_its_own and frame.all_years != last.all_years
    return (
        bool(one_years_sales or against_its_own)
        and len(last.all_years) == 1
        and not (frame.sales_word or frame.subjects)
    )


def _a_number_checked_past_an_aside(frame: Frame, conversation: Conversation) -> bool:
    """'Is that more than 20m?' just after a fact that gave no number, itself after one year's
    figure: a check of that figure."""
    last, before = conversation.frame, conversation.before
    if last is None or before is None or not conversation.no_number_given or last.metric:
        return False
    if conversation.past_asides:
        return False  # ("2016 sales?", "valuation?", "ceo?", "is that over 40 billion?": the valuation's)
    if not (frame.pronoun and (frame.threshold or (frame.yes_no and frame.quantities))):
        return False
    if frame.has_period or frame.metric or frame.topics:
        return False
    return bool(before.metric) and len(before.all_years) == 1


def _worked_figure_checked(frame: Frame, last: Frame) -> bool:
    """'More than 10m?' right after one year's figure worked out ('what if it was 50% more?')."""
    if last.calculation is None or len(last.all_years) != 1 or not frame.threshold:
        return False
    if ACTUAL_FIGURE_ASKED.search(frame.text) or frame.period_part != last.period_part:
        return False  # ("did they actually sell more than 10m?", "and the first half?": no worked figure)
    return not (frame.all_years or frame.calculation or frame.operation or frame.quantities)


def _two_years_talked_of(last: Frame, conversation: Conversation) -> tuple[int, int] | None:
    """The two years just talked of: both of the last question's or answer's, one each of the last
    two ("the first year over 10m?", "and its best year?"), else the two years asked so far."""
    years = sorted(set(conversation.named_years or last.all_years))
    before = conversation.before
    earlier = set(conversation.named_before or (before.all_years if before is not None else ()))
    if len(years) == 1 and len(earlier) == 1:
        years = sorted({*years, *earlier})
    if len(years) != 2 and len(set(conversation.years_asked)) == 2:
        years = sorted(
            set(conversation.years_asked)
        )  # "2012?", "and 2015?", "best?", "how long did it take?"
    return (years[0], years[1]) if len(years) == 2 else None


def _two_growths_asked(
    frame: Frame, last: Frame, before: Frame | None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two spans of the last two changes asked ("2012 to 2013", "2013 to 2014"), where the
    question sets them against each other and names no years: "which was faster?", "bigger?"."""
    if frame.all_years or frame.quantities or frame.period_part or before is None:
        return None
    if not GROWTHS_SET_AGAINST.search(frame.text) or POINTS_ASKED.search(frame.text):
        return None
    if SALES_LEVEL_ASKED.search(frame.text):
        return None  # "which year had higher sales?": the years' sales, no growths
    spans = []
    for asked in (before, last):
        years = asked.year_range or tuple(sorted(set(asked.all_years)))
        if asked.operation is not Operation.CHANGE or len(years) != 2 or asked.period_part:
            return None
        spans.append((years[0], years[1]))
    if spans[0] == spans[1] or before.metric != last.metric or before.subjects != last.subjects:
        return None
    return spans[0], spans[1]


def _another_years_sales_against_the_target(frame: Frame, last: Frame) -> bool:
    """'vs 2016 sales?' after a year's sales against another year's target: that year's instead."""
    against_a_target = last.operation is Operation.GAP and last.sales_year and last.target_year
    one_year = len(frame.all_years) == 1 and not (frame.subjects or frame.target_named)
    return bool(against_a_target and one_year and AGAINST_ANOTHER_YEARS_SALES.match(frame.text))


def _part_before_the_target(
    frame: Frame, last: Frame, conversation: Conversation, operation: Operation | None
) -> str | None:
    """The part of a year asked just before the target of that year was: what a gap asked next
    measures against it ("h1 2015 sales?", "and the revised target?", "what portion was reached?")."""
    before = conversation.before
    if operation is not Operation.GAP or frame.has_period or before is None or not _asked_a_target(last):
        return None
    same_year = len(before.all_years) == 1 and set(last.all_years) <= set(before.all_years)
    return before.period_part if same_year and before.metric != last.metric else None


def _a_years_sales_against_the_target_asked(frame: Frame, last: Frame) -> bool:
    """'The original 2015 target', 'how much over 2014 sales was that?', 'how many times that did
    they sell in 2015?': that year's sales measured against the target just asked."""
    if not _asked_a_target(last) or len(last.all_years) != 1 or last.period_part:
        return False
    # ("... than what xiaomi had sold in 2014?": the company whose target it was, named again)
    whose = not frame.subjects or set(frame.subjects) <= set(last.subjects) or len(frame.subjects) == 1
    if frame.target_named or not whose or len(frame.all_years) != 1 or frame.period_part:
        return False
    if not (frame.sales_word or frame.sells) or frame.all_years == last.all_years:
        return False
    operated = frame.operation in (Operation.CHANGE, Operation.COMPARE, Operation.RATIO, Operation.GAP)
    # "that", "with it", "over ...": the target measured; "how many did they sell in 2016?" is that
    # year's sales alone ("they" is the company)
    measured = (
        ANSWER_PRONOUN.search(frame.text) is not None or MEASURED_AGAINST.search(frame.text) is not None
    )
    return measured and (operated or bool({Ask.HOW_MUCH, Ask.HOW_MANY} & set(frame.asks)))


def _target_against_the_sales_asked(
    frame: Frame, last: Frame, conversation: Conversation | None
) -> tuple[int, int] | None:
    """(sales year, target year) where the last two questions were one year's sales and another
    year's target, and a follow-up names the target again with an operation and no year ("what
    increase did the target imply?"); None otherwise."""
    if conversation is None or frame.quantities:
        return None
    if frame.has_period:
        # "2015 sales?", "2017 target?", "is 2017 higher or lower?": one of the two, set against the other
        sides = _sales_and_target_years(last, _before_or_the_target_asked(conversation))
        named = sides and set(frame.all_years) <= set(sides) and not frame.period_part
        asked = frame.operation in (Operation.COMPARE, Operation.CHANGE) and not (
            frame.metric or frame.subjects or frame.topics or frame.sales_word
        )
        return sides if named and asked and sides[0] != sides[1] else None
    # "kevin wang's 2017 target?", "2016 sales?", "what percentage growth is that?": "that" is the two
    pointing = frame.opener or ANSWER_PRONOUN.search(frame.text)
    pointing = pointing and frame.operation in (Operation.CHANGE, Operation.RATIO)  # "how much more" compares
    # "the 2014 projection?", "and actual?", "ratio?": the operation alone is between those two;
    # so is one naming them by their place ("how much did the second beat the first by?")
    placed = len(PLACE_IN_THE_TALK.findall(frame.text)) == 2
    between = frame.bare or placed
    apart = (Operation.CHANGE, Operation.RATIO, Operation.GAP, *((Operation.COMPARE,) if placed else ()))
    pointing = pointing or (between and frame.operation in apart)
    if not (frame.target_named or (pointing and not (frame.metric or frame.topics or frame.subjects))):
        return None
    if frame.revised:
        return None  # "what was the target cut by?": the target's own change
    if frame.operation not in (Operation.CHANGE, Operation.RATIO, Operation.COMPARE, Operation.GAP):
        return None
    sides = _sales_and_target_years(last, _before_or_the_target_asked(conversation))
    if sides and _reached_a_later_target(frame, *sides):
        return None  # "2017 target", "2015 sales", "did they hit the target?": 2015's own, never a later one
    one_year = frame.target_named or between
    if sides and sides[0] == sides[1] and one_year and (frame.operation is not Operation.COMPARE or placed):
        return sides  # "xiaomi's 2014 projection?", "actual?", "how many % over projection": that year's
    return sides if sides and sides[0] != sides[1] else None


def _left_to_the_target_before(frame: Frame, last: Frame, conversation: Conversation | None) -> bool:
    """A target of one year asked, then sales in that year or part of it, then what was still needed
    ("original 2015 target?", "2015 sales?", "so how much more did they need?": 30 million)."""
    before = _before_or_the_target_asked(conversation) if conversation else None
    if before is None or not before.target_named or len(before.all_years) != 1:
        return False
    if before.operation and not before.revised:  # ("the scaled-back 2015 goal?" is a target too)
        return False
    # ("h1 sales?" after "the revised 2015 goal?" carries the revision's operation, no own one)
    carried = before.revised and last.operation is before.operation
    if last.target_named or last.metric is None or (last.operation and not carried):
        return False
    if tuple(last.all_years) != tuple(before.all_years):
        return False
    # ("how much was left for the second half?": the rest of that year is no period of its own)
    period = frame.has_period and not (frame.period_part == "H2" and not (frame.years or frame.year_range))
    own = period or frame.metric or frame.quantities or frame.topics or frame.target_named
    return not own and LEFT_TO_REACH.search(frame.text) is not None


def _sales_year_said_same_as_a_target(
    frame: Frame, last: Frame, conversation: Conversation | None
) -> int | None:
    """The one year of sales the last answer was about, where a follow-up asks whether a target of
    another year is the same number ("is the 2017 target the same number?"); None otherwise."""
    if conversation is None or not frame.target_named or len(frame.years) != 1 or frame.quantities:
        return None
    if not SAME_NUMBER.search(frame.text) or last.metric is None or last.target_named:
        return None
    years = tuple(last.all_years) or conversation.named_years
    return years[0] if len(years) == 1 and years[0] != frame.years[0] else None


def _person_claimed_of_the_last_fact(frame: Frame, last: Frame) -> bool:
    """'So it's kevin wang?', 'jony ive, right?' after a question of who: a person named, and
    nothing else, as the answer to it."""
    if last.metric is not None or Ask.WHO not in last.asks or not (frame.quoted or frame.unknown_name):
        return False
    if not (frame.pronoun or frame.yes_no):
        return False  # "who is kevin wang?", "and lei jun?": the same question of another
    if frame.metric or frame.topics or frame.has_period or frame.operation or frame.asks:
        return False
    # ("was it tim cook?": a name the facts do not know, which is then no one they name)
    named = {w for name in frame.quoted for w in name.split()} | set(frame.unknown_name)
    return set(frame.content) <= named


def _the_target_named_is_it(frame: Frame, last: Frame) -> bool:
    """'How many left to hit it?' after a target named by its number ("the 80m target"): "it" is
    that number."""
    if frame.operation is not Operation.GAP or frame.quantities or frame.target_named:
        return False
    return last.target_named and len(last.quantities) == 1 and THAT_THING.search(frame.text) is not None


def _measure_of_its_own(frame: Frame) -> bool:
    """Whether a question names what it measures: a metric, a period or a number."""
    return bool(frame.metric or frame.has_period or frame.quantities)


def _sources_set_apart(frame: Frame, last: Frame, conversation: Conversation | None) -> bool:
    """The same year asked of one article and then of the other, then a difference asked alone."""
    before = conversation.before if conversation else None
    if before is None or not _asks_between(frame) or _measure_of_its_own(frame):
        return False
    if len(last.all_years) != 1 or tuple(last.all_years) != tuple(before.all_years) or last.operation:
        return False
    chosen = (before.source_year or before.not_sources, last.source_year or last.not_sources)
    return all(chosen) and chosen[0] != chosen[1]


def _two_companies_facts_set_apart(frame: Frame, last: Frame, conversation: Conversation) -> Frame | None:
    """'iphone price range', 'and xiaomi's?', 'gap between the top ends?': after the same fact asked of
    two companies in turn, a comparison asking nothing of its own sets the two apart, read with the
    words of both questions; None otherwise."""
    before = conversation.before
    asks_between = _asks_between(frame) or frame.operation is Operation.RATIO  # "how many times more?"
    if before is None or not asks_between or _measure_of_its_own(frame):
        return None
    if last.metric is not None or before.metric is not None:
        return None
    topics = before.topics
    # the same fact: its topic again, or ("and xiaomi's?") none of its own, the words carried over
    if not topics or (last.topics and set(last.topics) != set(topics)):
        return None
    if not set(frame.topics) <= set(topics):
        return None  # ("the top ends", "the cheapest": words of the same fact)
    if len(last.subjects) != 1 or len(before.subjects) != 1 or last.subjects == before.subjects:
        return None
    if frame.subjects:
        return None  # "the gap between apple's cheapest and xiaomi's priciest": asked whole, as written
    ends_asked = RANGE_END.search(frame.text) or (
        RANGE_END.search(before.text) and RANGE_END.search(last.text)
    )
    # "difference?": no end named, so both ends and the middles, each pair set apart
    operation = None if ends_asked else frame.operation or Operation.CHANGE
    return replace(
        frame,
        text=f"{before.text} {last.text} {frame.text}",
        subjects=(*before.subjects, *last.subjects),
        topics=topics,
        topic_words=before.topic_words or last.topic_words,
        content=before.content,
        unknown=(),
        operation=operation,
    )


def _one_companys_fact_against_the_last(frame: Frame, last: Frame) -> Frame | None:
    """A fact of one company set against the same fact of the company just asked about, by an end
    of its range named and a word pointing back ("those", "that"); None otherwise."""
    if last.metric is not None or not last.topics or len(last.subjects) != 1 or len(frame.subjects) != 1:
        return None
    if frame.subjects == last.subjects or not (frame.over_previous or frame.pronoun) or frame.metric:
        return None
    if frame.has_period or not set(frame.topics) <= set(last.topics):
        return None
    # ... or claimed above or below it: "xiaomi phone prices?", "is that cheaper than iphone?"
    claimed = frame.yes_no and THAN.search(frame.text) is not None
    if not claimed and not (RANGE_END.search(last.text) and RANGE_END.search(frame.text)):
        return None
    return replace(
        frame,
        text=f"{last.text} {frame.text}",
        subjects=(*last.subjects, *frame.subjects),
        topics=last.topics,
        topic_words=frame.topic_words or last.topic_words,
        unknown=(),
        operation=None,
    )


def _within_the_range_just_given(frame: Frame, last: Frame) -> bool:
    """'Midpoint?', 'how wide is that range?' after a fact of prices: the middle or the width of it."""
    if last.metric is not None or not last.topics or not RANGE_ASKED.search(frame.text):
        return False
    return not (frame.metric or frame.topics or frame.has_period or frame.operation or frame.quantities)


def _when_the_figure_was_given(frame: Frame, last: Frame) -> bool:
    """'When did they say that?', 'when was it set?' after one period's figure or target: when it
    was given, asking nothing else."""
    # (a period asked, or a target known by its number: "the 80m target")
    named = last.all_years or (last.target_named and last.quantities)
    if not last.metric or not named or frame.subjects or frame.operation or frame.quantities:
        return False
    return Ask.WHEN in frame.asks and set(frame.content) <= FIGURE_GIVEN_WORDS


def _the_margin_to_the_target_in_percent(frame: Frame, last: Frame) -> bool:
    """'What percent more is that?' after sales set against a target: that margin, in percent."""
    if last.operation is not Operation.GAP or not last.target_named:
        return False
    if not frame.percent_asked or frame.metric or frame.has_period or frame.subjects or frame.topics:
        return False
    return ANSWER_PRONOUN.search(frame.text) is not None and not (set(frame.content) - {"percent"})


def _a_bound_of_the_sum_or_mean(frame: Frame, last: Frame) -> bool:
    """'So above 60 million?' after a total or an average: that figure, checked against the bound."""
    if last.operation not in (Operation.TOTAL, Operation.AVERAGE) or not frame.threshold:
        return False
    named = frame.metric or frame.has_period or frame.subjects or frame.operation or frame.topics
    return not named and not (set(frame.content) - set(frame.weak_words))


def _when_of_its_own(frame: Frame, last: Frame) -> bool:
    """'And when did xiaomi cut the target to 80m?' after what was said somewhere: a time asked of a
    figure the question names itself, which the place of the saying does not narrow."""
    return Ask.WHEN in frame.asks and Ask.SAID in last.asks and bool(frame.subjects and frame.quantities)


def _when_or_where_alone(frame: Frame) -> bool:
    """'When?', 'and when was that?': a time or place asked, of nothing named."""
    if not frame.asks or not set(frame.asks) <= {Ask.WHEN, Ask.WHERE}:
        return False
    named = frame.metric or frame.operation or frame.has_period or frame.subjects or frame.scopes
    return not (named or frame.quantities or frame.topics or frame.quoted or frame.content)


def _its_whole_year_against_the_part(frame: Frame, last: Frame) -> bool:
    """'Did 2015 exceed twice that?' after H1 2015: that year, whole, against the part just asked."""
    if not last.period_part or len(last.all_years) != 1 or frame.period_part or frame.year_range:
        return False
    if frame.operation not in (Operation.RATIO, Operation.COMPARE, Operation.CHANGE, Operation.GAP):
        return False
    if frame.revised and not frame.yes_no:
        return False  # ("the original 2015 goal before they cut it?": "it" is the goal, revised)
    if tuple(frame.years) != tuple(last.all_years) and not (frame.whole_year and not frame.years):
        return False
    return ANSWER_PRONOUN.search(frame.text) is not None and not frame.subjects


def _year_before_the_pronoun(text: str) -> bool:
    """Whether a year is named before "that" / "it" ("did 2016 exceed that?"), so it is the subject."""
    year, pronoun = YEAR_WRITTEN.search(text), FIGURES_PRONOUN.search(text)
    return year is not None and pronoun is not None and year.start() < pronoun.start()


# "did 2015 beat them?" after 2014's sales: the figures just given, said as one or many
FIGURES_PRONOUN = re.compile(r"\b(?:that|this|it|them|those|these)\b")


def _a_step_from_the_extreme(frame: Frame) -> bool:
    """'The year before its best year': a year counted from an extreme, naming no year of its own."""
    if not (frame.relative_step and frame.extreme) or frame.has_period:
        return False
    return STEP_FROM_AN_EXTREME.search(frame.text) is not None


def _the_latest_alone(frame: Frame, last: Frame) -> bool:
    """'And the latest one?', 'most recent?' after a figure: the latest, naming nothing else."""
    if not frame.latest or not (last.metric or last.sales_word) or NAMED_BY_ME.search(frame.text):
        return False  # ("the latest number you gave": the last answer's)
    named = frame.metric or frame.has_period or frame.topics or frame.topic_words or frame.operation
    return not named and not frame.quantities


def _only_an_operation(frame: Frame, in_words: bool = False) -> bool:
    """'Difference?', 'total?', 'gap?': a calculation asked in a word, naming nothing to work it on;
    with `in_words`, in a few words with no other of content too ("what's the average?", "how
    much did that grow?")."""
    named = frame.metric or frame.topics or frame.has_period or frame.quantities or frame.subjects
    alone = frame.bare or (in_words and len(frame.content) == 1)
    return alone and bool(frame.operation) and not named and not frame.content_beyond_operation


def _a_part_of_another_year(frame: Frame, last: Frame) -> bool:
    """'2013 sales', 'so under a third of 2014?': a whole year claimed to be a part of another, the
    year talked about ("together, more than a third of 2015?" sets a sum against it instead)."""
    if len(frame.all_years) != 1 or len(last.all_years) != 1 or frame.period_part or last.period_part:
        return False
    if frame.all_years == last.all_years or frame.quantities or SUMMED.search(frame.text):
        return False
    if frame.operation not in (None, Operation.COMPARE, Operation.RATIO):
        return False  # ("is that more than a quarter of 2015?" reads "more than" as a comparison)
    return FRACTION_CLAIMED.search(frame.text) is not None


def _apart_within_the_range_just_given(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'Difference?', 'gap?' after one company's range of prices: how wide the range is (after two
    companies' ranges, the gap between them)."""
    if last.metric is not None or not last.topics or len(last.subjects) > 1:
        return False
    if GROWTH_SAID.search(frame.text):
        return False  # "growth?" after prices is no width of a range
    apart = (Operation.CHANGE, Operation.GAP, Operation.AVERAGE)
    # ("what's the average?" in words: the range's middle; "how much did it drop?" in words may
    # go back to the figures before the fact just asked)
    in_words = frame.operation is Operation.AVERAGE and not YEARS_WORD.search(frame.text)
    before = conversation.before  # ("sales 2013 to 2015", "who is the ceo?", "what's the average?")
    in_words = in_words and not (before is not None and (before.metric or before.all_years))
    return frame.operation in apart and _only_an_operation(frame, in_words)


def _a_calculation_over_nothing_asked(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """A calculation alone ('difference?', 'total?') after a question of a fact that gave no figure
    to work on: no year asked, no target given, no company's figures."""
    if last.metric is not None:
        return False
    if (
        last.topics
        and frame.operation in (Operation.CHANGE, Operation.GAP)
        and not GROWTH_SAID.search(frame.text)
    ):
        return False  # "xiaomi vs iphone prices", "difference?": between them, said elsewhere
    before = conversation.before
    if before is not None and (before.metric or before.all_years):
        return False  # "2013 and 2014 sales?", "who's the ceo again?", "growth?": over those years
    if conversation.target_given is not None or frame.operation not in OVER_FIGURES:
        return False
    # ("xiaomi's valuation", "how much did that grow from the year before?": no figures before it,
    # nor a year asked with the fact, as in "the 2016 slowdown", "what were the declines?")
    return _only_an_operation(frame, in_words=not (last.all_years or YEARS_WORD.search(frame.text)))


def _nobody_to_point_at(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'Who is he?' asking of a person when the last answer was a figure of sales, which names no one
    (a target's names who set it), and nothing else is asked."""
    if not frame.personal or frame.quoted or conversation.names or Ask.WHO not in frame.asks:
        return False
    if last.metric is None or last.target_named or last.quoted:
        return False
    own = frame.metric or frame.operation or frame.topics or frame.subjects or frame.has_period
    return not own and not (set(frame.content) - set(frame.weak_words))


def _measured_against_the_target_given(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """A follow-up measuring something against the one target the last fact answer gave: "did they
    hit it?", "is that more than 2016?", "is that sales?"; not "what does tim cook think of that?"."""
    if conversation.target_given is None or last.metric is not None:
        return False
    if frame.personal or frame.topics or frame.relative_step or frame.quoted:
        return False
    if (frame.bare and GROWTH_SAID.search(frame.text)) or THOSE_YEARS.search(frame.text):
        return False  # "2013 and 2014 sales?", "who is kevin wang?", "growth?": over those years
    measuring = frame.operation in (Operation.GAP, Operation.COMPARE, Operation.CHANGE, Operation.RATIO)
    # "what year had the same number?": the year whose sales were the target's number
    year_asked = frame.operation is Operation.REVERSE or Ask.WHEN in frame.asks
    measuring = measuring or (year_asked and SAME_NUMBER.search(frame.text) is not None)
    # "same as 2015?": a year's figure said to be the same
    measuring = measuring or (bool(frame.years) and SAME_AS.search(frame.text) is not None)
    checked = frame.yes_no and bool(frame.metric or frame.has_period or frame.quantities or frame.threshold)
    # "is that more than their best year?": the target against the extreme year
    checked = checked or (frame.yes_no and frame.operation in EXTREMES and ANSWER_PRONOUN.search(frame.text))
    return measuring or bool(checked)


def _target_said_same_as_a_sales_year(frame: Frame, last: Frame) -> int | None:
    """The year of the target the last question asked, where a follow-up asks whether one year's
    sales are the same number ("same as 2015 sales?"); None otherwise."""
    if not _asked_a_target(last) or len(last.all_years) != 1 or last.period_part:
        return None
    if (
        frame.target_named
        or len(frame.years) != 1
        or frame.quantities
        or frame.operation
        or frame.period_part
    ):
        return None
    if not (SAME_NUMBER.search(frame.text) or SAME_AS.search(frame.text)):
        return None
    return last.all_years[0]  # ("xiaomi 2015 target", "same as 2015 sales?": that year's own)


def _another_place_too(frame: Frame, last: Frame) -> bool:
    """'India too?', 'brazil as well?' after a fact of where: the same, checked of that place."""
    if last.metric is not None or not last.topics or not frame.scopes or frame.asks:
        return False
    own = frame.metric or frame.topics or frame.has_period or frame.quantities or frame.operation
    return not own and ALSO.search(frame.text) is not None


def _asked_a_target(frame: Frame) -> bool:
    """'What was the 2015 target?': the target itself, not sales measured against it."""
    return frame.target_named and frame.metric == frame.target_metric and not frame.strong_sales


def _share_carried(frame: Frame, last: Frame) -> str:
    """'What share of the target is that?', 'and of the original?'; 'what % of the full year?', 'and
    of the 80m goal?': a share again, of what this one names; "" where it asks anything else."""
    asked_share = last.unsupported if last.unsupported and SHARE_ASKED.search(last.unsupported) else ""
    if not asked_share and last.operation is Operation.GAP and SHARE_OF_TEXT.search(last.text):
        asked_share = "share of"  # "what percent of the 80m goal?": a share, read as how far sales got
    if not asked_share:
        return ""
    if not (last.operation is Operation.GAP or frame.target_named):
        return ""
    # "and of the revised one?": "revised" names which target, no change asked
    names_a_version = frame.operation is Operation.CHANGE and TARGET_VERSION.fullmatch(frame.text) is not None
    if not frame.opener or (frame.operation and not names_a_version) or frame.unsupported or frame.yes_no:
        return ""
    return asked_share


def _the_last_years_sales_against(frame: Frame, last: Frame) -> Frame:
    """The last question's year and measure, as sales against what this one names: a target or a
    number ("vs the 100 million goal?" after 2014 is 2014's sales against the number, never the
    number against the year's own target: the 2015 goal is no 2014 one)."""
    return replace(
        frame,
        operation=Operation.GAP,
        metric=last.metric,
        subjects=last.subjects,
        years=tuple(last.all_years),
        period_part=last.period_part,
        sales_word=True,
    )


# "how close was i?", "were they even close?", "how did i do?", "who won?": a judgement of the
# claim or guess just made, by whom it was made
CLAIM_JUDGED = re.compile(
    r"(?:so |ok |and |well |hmm |lol )?(?:"
    r"how (?:close|far off|far away|wrong|off|accurate) (?:was|were|am|are|is|did)"
    r" (?:i|we|he|she|they|my (?:guess|bet)|that guess|that bet|his guess|her guess)(?: get)?"
    r"|(?:was|were|am|are|is) (?:i|we|he|she|they|my (?:guess|bet)|his guess|her guess|that guess)"
    r" (?:close|even close|way off|off|far off|right|wrong|correct|spot on|anywhere near)"
    r"|how did (?:i|we|he|she|they) do|who won|did (?:i|we|he|she|they) win|who was (?:closer|right)"
    r")(?: then| lol| haha| exactly| tho| though)?"
)
CLAIM_RIGHT_ASKED = re.compile(r"\b(?:right|correct|win|won)\b")


# "is that more than ...?", "was it above ...?": the last answer's figure set against another
# "than that combined total", "than the sum": the sum just worked out, named as such
TOTAL_POINTED_AT = re.compile(r"\bthan (?:that|this|the|their)(?: \w+)? (?:total|sum)\b")
THAT_SET_AGAINST = re.compile(
    r"\b(?:is|was|isn'?t|wasn'?t) (?:that|it|this)\s+(?:\w+\s+)?"
    r"(?:more|less|higher|lower|bigger|smaller|greater|above|below|over|under)\b"
)


def _next_in_the_ranking(frame: Frame, last: Frame) -> Frame | None:
    """'The second best year?', 'and the third?', 'next one down?': the same ranking, at the place
    named or the next one; after "rank the years" the place in that order. None for anything else."""
    if last.all_years or last.has_period or not last.metric:
        return None
    if last.operation in EXTREMES:
        operation = last.operation
    elif last.ranked:
        operation = Operation.BEST if last.ranked == "high" else Operation.WORST
    else:
        return None
    if place := PLACE_IN_A_RANKING.fullmatch(frame.text):
        word = place.group("place")
        rank = RANK_WORDS.get(word) or int(word[:-2])
        if place.group("end"):
            # "best year?", "and the second worst?": the other end, at that place
            low = place.group("end") in ("worst", "weakest", "lowest", "smallest")
            operation = Operation.WORST if low else Operation.BEST
    elif NEXT_IN_A_RANKING.fullmatch(frame.text) or (
        last.rank > 1 and AFTER_IN_A_RANKING.fullmatch(frame.text)
    ):
        rank = last.rank + 1 if last.operation in EXTREMES else 2
    else:
        return None
    # (a place alone, never set against the ends "rank them from worst to best" named)
    return replace(
        last,
        question=frame.question,
        operation=operation,
        rank=rank,
        ranked="",
        against_extreme=False,
        both_extremes="",
        extreme="",
    )


def _years_asked_counted(frame: Frame, conversation: Conversation) -> Frame | None:
    """'2012?', '2013?', '2014?', 'total 3 yrs': the years asked, when the count says as many; None
    for any other count (a total of years nobody named is no answer)."""
    if frame.operation not in (Operation.TOTAL, Operation.AVERAGE) or len(frame.stray_numbers) != 1:
        return None
    count = COUNT_OF_YEARS.search(frame.text)
    if count is None or count.group(1) != frame.stray_numbers[0] or frame.has_period:
        return None
    last = conversation.frame
    years = last.all_years if last is not None and len(last.all_years) > 1 else conversation.years_asked
    if len(set(years)) != int(count.group(1)):
        return None
    return replace(
        frame, years=tuple(sorted(set(years))), stray_numbers=(), metric=frame.metric or last.metric
    )


def _which_article_of_the_last(frame: Frame, last: Frame) -> bool:
    """'Is that the 2015 article or the 2017 one?', 'which article is that from?', 'is the 60 million
    from the 2015 article?': which article the last answer's figure or fact came from."""
    # ("which countries does it sell in?" is the markets fact, found by where it sells, no words kept)
    if not (last.metric or last.topics or last.topic_words or last.where_sold):
        return False
    if last.operation is Operation.SOURCES:
        return False
    if frame.metric or frame.topics or frame.subjects or frame.period_part:
        return False
    return WHICH_ARTICLE_ASKED.search(frame.text) is not None


def _age_then(frame: Frame, conversation: Conversation) -> Frame | None:
    """'When did the Mi 6 launch?', 'how old was xiaomi then?': its age in the one year the last
    answer named (a figure's year is handled with the figure); None for anything else."""
    last = conversation.frame
    if not frame.age_asked or frame.has_period or frame.source_year or not frame.refers_back:
        return None
    if last is None or last.metric is not None or len(conversation.named_years) != 1:
        return None
    if COMPANY_BEGUN.search(last.text):
        return None  # "when was it founded?", "how old was it that year?": of the year before, not 0
    return replace(frame, subjects=frame.subjects or last.subjects, years=conversation.named_years)


def _two_spans_worked_out(frame: Frame, conversation: Conversation) -> Frame | None:
    """'Total 2012-2014?', 'and 2015-2016?', 'difference?': the two sums (or yearly averages) just
    worked out, side by side, as "2012-2014 combined vs 2015-2016" is; None for anything else."""
    last, before = conversation.frame, conversation.before
    ratio = frame.operation is Operation.RATIO or RATIO_SAID.search(frame.text) is not None
    named = frame.has_period or frame.subjects or frame.quantities or frame.metric or frame.topic_words
    alone = _margin_or_sum_alone(frame) or (ratio and not named)  # "ratio?" is read as no operation
    if last is None or before is None or not alone:
        return None
    if last.operation not in (Operation.TOTAL, Operation.AVERAGE) or before.operation is not last.operation:
        return None
    if last.period_part or before.period_part or last.target_named or before.target_named:
        return None
    if last.metric != before.metric or last.subjects != before.subjects or last.sums_apart:
        return None
    sides = (tuple(before.all_years), tuple(last.all_years))
    if not all(sides) or max(len(side) for side in sides) < 2 or set(sides[0]) & set(sides[1]):
        return None
    if ratio and last.operation is Operation.AVERAGE:
        return None  # no ratio of two averages is worked out
    years = tuple(sorted({*sides[0], *sides[1]}))
    if frame.operation is Operation.TOTAL:
        # "add them up": both sums, one total of all their years (an average of averages is not
        # asked; "total?" alone is of the last years asked)
        if last.operation is not Operation.TOTAL or not BOTH_SUMS.search(frame.text):
            return None
        return replace(last, question=frame.question, text=frame.text, years=years, year_range=None)
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        years=years,
        year_range=None,
        second_range=None,
        # a ratio is of the later span to the one before: how many times it is
        sums_apart=sides[::-1] if ratio else sides,
        operation=Operation.RATIO if ratio else last.operation,
        # which side is higher is said; a claim of one side ("was the second bigger?") is not judged
        yes_no=False,
    )


def _share_of_the_last_total(frame: Frame, last: Frame) -> Frame | None:
    """'Total 2012-2016', 'what share of that was 2015?' (or 'what % was 2014?', '2015's share?'):
    that year over the total just worked out; 'what share of the 2012-2016 total was 2015?', 'and
    2012?' (or 'no, I meant 2016'): the same share, of the year named next. None for anything else."""
    if len(frame.all_years) != 1 or frame.period_part or frame.quantities or frame.target_named:
        return None
    if frame.metric not in (None, last.metric) or not set(frame.subjects) <= set(last.subjects):
        return None
    year = frame.all_years[0]
    share_before = last.year_range and len(last.beside_range) == 1 and SHARE_OF_WHOLE.search(last.unsupported)
    if share_before and not frame.operation and not frame.topic_words and not frame.unsupported:
        first, end = last.year_range
        if first <= year <= end and year != last.beside_range[0]:
            return replace(last, question=frame.question, text=frame.text, beside_range=(year,))
        return None
    summed = last.operation is Operation.TOTAL and len(last.all_years) > 1 and not last.period_part
    if not summed or not SHARE_OF_WHOLE.search(frame.text) or frame.scopes or frame.unknown_place:
        return None  # ("how much of that was sold in china?": no place's part is given)
    if GROWTH_SAID.search(frame.text) or A_CHANGE_OR_LOSS.search(frame.text):
        return None  # "what % did it drop in 2016?": a change, not a part
    years = sorted(last.all_years)
    if year not in years or years != list(range(years[0], years[-1] + 1)):
        return None  # ("2012 and 2014 together": no range of years to be a part of)
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        operation=None,
        years=(years[0], years[-1]),
        year_range=(years[0], years[-1]),
        beside_range=(year,),
        unsupported="a share of the total",
        absent="",
        asks=frame.asks,
    )


def _the_year_against_a_sum(frame: Frame, last: Frame) -> Frame | None:
    """'2015 sales', 'was that more than 2014 + 2013?': the year just given against the years named,
    added up, as "were 2015 sales more than 2014 and 2013 combined?" is; None for anything else."""
    if not THAT_SET_AGAINST.search(frame.text) or not YEARS_ADDED.search(frame.text):
        return None
    if len(set(frame.years)) < 2 or frame.year_range or frame.quantities or frame.target_named:
        return None
    if last.operation or last.period_part or len(last.all_years) != 1 or last.all_years[0] in frame.years:
        return None
    if not last.metric or last.target_named:
        return None
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        operation=Operation.TOTAL,
        years=tuple(sorted({*last.all_years, *frame.years})),
        year_range=None,
        sums_apart=(tuple(last.all_years), tuple(sorted(set(frame.years)))),
        yes_no=frame.yes_no,
        claims_less=frame.claims_less,  # ("was that less than 2014 + 2015?": the way claimed)
    )


# "2014 plus 2013": years added up ("more than 2013 and 2014" is more than each)
YEARS_ADDED = re.compile(r"\b(?:19|20)\d\d plus (?:19|20)\d\d\b(?! (?:each|apiece|separately))")


def _the_sum_against_a_year(frame: Frame, last: Frame) -> Frame | None:
    """'Total 2012-2014?', 'is that more than 2015?': the years just added up, against the one year
    named, as "2012-2014 combined vs 2015" is; None for anything else."""
    summed = last.operation is Operation.TOTAL and len(last.all_years) > 1 and not last.period_part
    if not summed or not THAT_SET_AGAINST.search(frame.text) or len(frame.years) != 1 or frame.target_named:
        return None
    if frame.years[0] in last.all_years or frame.quantities or frame.period_part:
        return None
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        years=tuple(sorted({*last.all_years, *frame.years})),
        year_range=None,
        sums_apart=(tuple(last.all_years), tuple(frame.years)),
        yes_no=frame.yes_no,
    )


def _a_worked_out_figure_set_against(frame: Frame, last: Frame) -> bool:
    """'What's the 2015-2016 total?' or 'double it', then 'is that more than the original target?':
    a figure the last answer worked out (a sum of years, a multiple) set against another one."""
    if not THAT_SET_AGAINST.search(frame.text) or frame.quantities or frame.threshold:
        return False
    summed = last.operation is Operation.TOTAL and len(last.all_years) > 1
    if summed and frame.all_years and not frame.target_named:
        return False  # ("total 2012-2013?", "is that bigger than 2014?": the sum against that year)
    return summed or last.calculation is not None


def _claim_judged(frame: Frame, last: Frame) -> Frame | None:
    """'I bet 75m for 2015', 'how close was I?': that year's figure measured from the number
    claimed; 'was I right?' or a claim with no number of its own ("2016 was worse"): the claim
    checked, yes or no. None where the question is no judgement of a claim just made."""
    if not CLAIM_JUDGED.fullmatch(frame.text) or not (last.metric or last.operation) or last.target_named:
        return None
    claimed = last.yes_no or last.guessed or bool(last.quantities) or bool(last.threshold)
    claimed = claimed or bool(last.extreme and last.years)  # "2016 was their worst year"
    if not claimed:
        return None
    one_number = len(last.quantities) == 1 and len(last.all_years) == 1 and not last.operation
    if one_number and not CLAIM_RIGHT_ASKED.search(frame.text):
        return _the_number_claimed_measured(frame, last)
    return replace(last, question=frame.question, yes_no=True)


def _the_number_claimed_measured(frame: Frame, last: Frame) -> Frame:
    """The last question again, its year's figure measured from the number it claimed."""
    return replace(last, question=frame.question, text=frame.text, operation=Operation.GAP, yes_no=False)


def _gap_to_the_number_claimed(frame: Frame, last: Frame) -> bool:
    """'I think they sold 65m in 2015' or 'did they sell 60m in 2015?', then 'how far off?': a gap
    asking nothing of its own measures that year's sales from the one number said, never from a
    target the number was not."""
    if frame.operation is not Operation.GAP or _measure_of_its_own(frame) or frame.has_period:
        return False
    if frame.target_named or frame.topics or frame.subjects and set(frame.subjects) != set(last.subjects):
        return False
    if len(last.quantities) != 1 or last.target_named or last.topics or last.operation:
        return False
    return bool(last.metric) and len(last.all_years) == 1 and not _asked_a_target(last)


def _sales_from_a_number(frame: Frame, last: Frame) -> bool:
    """'xiaomi 2016', then 'how far from 100 million?', 'how short of 50m was that?', 'difference
    to 100m?': that year's sales against the number, which is no target of its own."""
    if frame.operation not in (Operation.GAP, Operation.CHANGE) or len(frame.quantities) != 1:
        return False
    if frame.years or frame.year_range or frame.target_named or frame.topics or frame.threshold:
        return False
    if frame.yes_no:  # "did they reach 60m?" is a check, with its yes or no
        return False
    if not set(frame.subjects) <= set(last.subjects) or frame.metric not in (None, last.metric):
        return False
    sales = last.strong_sales or not (last.target_named or last.topics)
    return sales and bool(last.metric) and len(last.all_years) == 1 and not last.operation


def _between_the_years_asked(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'Sales difference?', 'sales ratio?' after two years asked in turn: a change asked in a
    word or two, with a sales word of its own, is between them."""
    if frame.operation not in (Operation.CHANGE, Operation.RATIO) or frame.has_period or frame.quantities:
        return False
    if frame.topic_words or frame.target_named or last.target_named or last.operation:
        return False
    if not set(frame.subjects) <= set(last.subjects) or frame.metric not in (None, last.metric):
        return False
    short = len(frame.text.split()) <= SHORT_FOLLOWUP_WORDS
    return short and len(conversation.years_asked) > 1 and len(last.all_years) == 1


# "xiaomi 2015 sales", "and what was it supposed to be?": the target of the sales just given
TARGET_OF_IT_ASKED = re.compile(
    r"(?:(?:and|so|but|ok|hmm|wait)\W+)*(?:(?:what|how (?:much|many))(?: was| were| is|'s)?"
    r" (?:it|that|they|this|sales|the number|the figure)(?: actually)? (?:supposed|meant|expected|planned)"
    r" to (?:be|sell|hit|reach|do)(?: then)?"
    r"|(?:what about |how about )?the plan(?: for (?:it|that|that year))?)\W*"
)


def _target_of_the_sales_just_asked(frame: Frame, last: Frame) -> Frame | None:
    """'Xiaomi 2015 sales', 'and what was it supposed to be?': that year's target; said alone a
    plan is no target ("what's the plan?" asks the facts)."""
    if not TARGET_OF_IT_ASKED.fullmatch(frame.text) or frame.all_years or frame.subjects:
        return None
    if not last.metric or last.target_named or len(last.all_years) != 1 or last.period_part:
        return None
    return replace(
        last,
        question=frame.question,
        text=frame.text,
        metric=last.target_metric or "sales_target",
        target_named=True,
        target_metric=last.target_metric or "sales_target",
        operation=None,
        yes_no=False,
        quantities=(),
        strong_sales=False,
    )


# "2016 was the lowest since when?", "xiaomi 2016 | lowest since when?": how far back a year's
# figure was last beaten
SINCE_WHEN = re.compile(r"\bsince (?:when|what year|which year)\b")


def _extreme_since_the_year_just_asked(frame: Frame, last: Frame) -> Frame | None:
    """'Xiaomi 2016', 'lowest since when?': of the year just asked (the later of a change's two),
    the last year before it that went further."""
    if frame.operation not in EXTREMES or frame.all_years or not SINCE_WHEN.search(frame.text):
        return None
    if not last.metric or last.target_named or not last.all_years or last.period_part:
        return None
    if not set(frame.subjects) <= set(last.subjects) or frame.metric not in (None, last.metric):
        return None  # ("huawei lowest since when?", "target lowest since when?": another measure)
    if frame.topics or frame.absent or frame.target_named or frame.scopes:
        return None
    if last.scopes or last.absent or last.unsupported:
        return None  # ("xiaomi sales in india 2016", "lowest since when?": none given there)
    return replace(frame, years=(max(last.all_years),), metric=last.metric, subjects=last.subjects)


# "when it was five years old", "at age 3": a year named by the company's age
AGE_SAID = re.compile(
    r"\b(?:when|the year) (?:it|xiaomi|they|the company|he|she) (?:was|turned) \w+ years? old\b"
    r"|\bat (?:the )?age (?:of )?\w+\b"
)


# "how much less?", "how many more?": a margin asked of the one year just given
MARGIN_ALONE = re.compile(r"(?:(?:and|so|ok|but)\s+)*how (?:much|many) (?:less|fewer|lower|more|higher)\W*")


def _one_years_figure_alone(last: Frame) -> bool:
    """The last question asked one whole year's figure and nothing else ("2016 sales")."""
    plain = not (last.operation or last.target_named or last.period_part or last.quantities or last.yes_no)
    plain = plain and not (last.scopes or last.absent or last.unsupported)
    return plain and bool(last.metric) and len(last.all_years) == 1 and not last.topics


def _a_fact_set_against_another_company(frame: Frame, last: Frame) -> bool:
    """'How much does an iphone cost?', 'how does that compare with xiaomi?': the same fact of the
    company named, set against the last's; a figure's comparison is the figures' own business."""
    if (
        frame.operation is not Operation.COMPARE
        or len(frame.subjects) != 1
        or frame.subjects == last.subjects
    ):
        return False
    if frame.metric or frame.topics or frame.topic_words or frame.all_years or frame.quantities:
        return False
    if {Ask.HOW_MUCH, Ask.HOW_MANY} & set(frame.asks):
        return False  # ("how much more is an iphone?": the difference, worked out where it is)
    return bool(last.topics) and last.metric is None and len(last.subjects) == 1 and not last.all_years


def _a_target_spread(frame: Frame, last: Frame) -> bool:
    """'The 2015 target', 'how many phones a month is that?': the target just given, spread."""
    if not frame.per_unit or not frame.pronoun or frame.all_years or frame.strong_sales or frame.subjects:
        return False
    if frame.metric is None or frame.metric == last.metric or frame.scopes or last.scopes:
        return False  # ("how many a month would that be?": carried as it is, the target's pace)
    return last.target_named and len(last.all_years) == 1 and not last.period_part and not last.operation


def _a_part_of_a_year_told(last: Frame) -> bool:
    """The last question asked what happened in a quarter or half ("what happened in q3 2015?"),
    no figure of it."""
    return bool(last.period_part and len(last.all_years) == 1 and not last.metric and not last.operation)


# "where does that rank among the makers / in the world / against rivals?", "did it rank first?":
# the company's place
RANKED_AMONG_OTHERS = re.compile(
    r"\b(?:makers?|manufacturers?|compan(?:y|ies)|competitors?|competition|rivals?|brands?|market"
    r"|world|global\w*|china|them|they|players?|industry|first|number one|no 1|top)\b"
)
# "where does that rank?", "how does it rank among the years?": the year just asked ("where did it
# rank?" alone is the company)
PLACE_OF_THAT = re.compile(
    r"\b(?:that|this)\b(?! (?:company|brand|firm))|\b(?:among|of|against) (?:the|all|other) years\b"
)


def _place_of_the_year_just_asked(frame: Frame, last: Frame) -> Frame | None:
    """'Sales 2016', 'where does that rank?': that year's place among the years by its figure, where
    "rank" alone asks Xiaomi's rank in China."""
    if frame.all_years or frame.subjects or frame.scopes or frame.quantities or frame.target_named:
        return None
    if not YEAR_PLACE_ASKED.search(frame.text) or not PLACE_OF_THAT.search(frame.text):
        return None
    if last.scopes or last.absent or last.unsupported or frame.scopes:
        return None  # ("xiaomi tablet sales 2016", "where does that rank?": no figure of that to rank)
    if set(frame.topics) - {"china_rank"} or frame.rank > 1 or RANKED_AMONG_OTHERS.search(frame.text):
        return None  # ("where does that rank among smartphone makers?": the company's place, a fact)
    if len(last.all_years) != 1 or last.period_part or last.topics or last.target_named or last.operation:
        return None
    if not last.metric or last.metric == last.target_metric:
        return None
    return replace(
        frame,
        years=last.all_years,
        subjects=last.subjects,
        metric=last.metric,
        operation=Operation.BEST,
        extreme="best",
        ranked="",
        year_ranked=True,
        asks=tuple(a for a in frame.asks if a is not Ask.WHERE),
        topics=(),
        topic_words=(),
    )


def _side_past_that(said: re.Match) -> str:
    """'<' for "fewer than that", "which years were lower?"; '>' for "more than that", "better?"."""
    return "<" if (said["side"] or said["side_alone"] or said["side_ever"] or "") in LOWER_SIDE_WORDS else ">"


def _the_new_target_checked(frame: Frame, last: Frame) -> Frame | None:
    """'When did lei jun lower the 2015 target?', 'was the new figure 80 million?': a number checked
    against the target the revision set, which "the new figure" names."""
    if not (last.revised and _asked_a_target(last) and len(set(last.all_years)) == 1):
        return None
    if not NEW_ONE.search(frame.text) or frame.has_period or len(frame.quantities) != 1:
        return None
    if frame.subjects not in ((), last.subjects) or frame.operation:
        return None
    return replace(
        frame,
        metric=last.metric,
        target_named=True,
        target_metric=last.target_metric or last.metric,
        years=tuple(last.all_years),
        revised=True,
        operation=Operation.CHANGE,
        yes_no=True,
        sales_word=False,
        strong_sales=False,
        sells=False,
        subjects=last.subjects,
    )


def _years_past_that_times(frame: Frame, last: Frame) -> Frame | None:
    """'Sales 2013', 'the first year they sold more than triple that?'; 'h1 2015', 'which years sold
    over twice that?': every year against that figure times the factor."""
    said = THAT_TIMES_A_FACTOR.search(frame.text)
    if said is None or not YEARS_SEARCHED.search(frame.text):
        return None
    if frame.all_years or frame.quantities or frame.threshold or frame.target_named:
        return None
    if len(set(last.all_years)) != 1 or not last.metric or last.operation or _asked_a_target(last):
        return None
    if last.scopes or last.absent or last.unsupported or frame.scopes:
        return None
    year, side, factor = last.all_years[0], factor_side(said.group("side")), FACTORS[said.group("factor")]
    frame = replace(frame, metric=last.metric, subjects=frame.subjects or last.subjects)
    if last.period_part:
        return years_searched(
            frame, factor, threshold_of=(side, last.metric, f"{year}-{last.period_part}", "")
        )
    return years_searched(frame, factor, threshold_year=(side, year))


def _years_past_the_last_year(frame: Frame, last: Frame) -> Frame | None:
    """'Sales 2016', 'which years beat that?': every other year against that year's figure, as
    'which years sold more than 2016?' asks."""
    said = YEARS_PAST_THAT.search(frame.text)
    if said is None or frame.all_years or frame.quantities or frame.threshold or frame.target_named:
        return None
    if len(last.all_years) != 1 or last.period_part or last.target_named or last.operation or not last.metric:
        return None
    if last.scopes or last.absent or last.unsupported or frame.scopes:
        return None  # ("xiaomi sales in india 2016", "how many years were better?": none given there)
    if frame.has_period or frame.period_part or GROWTH_ASKED.search(frame.text):
        return None  # ("which years had a first half bigger than that?", "... grew more than that?")
    side = _side_past_that(said)
    return replace(
        frame,
        metric=last.metric,
        # ("which years did huawei sell more than that?": that company's years, which no figure gives)
        subjects=frame.subjects or last.subjects,
        years=(),
        threshold_year=(side, last.all_years[0]),
        operation=None,
        extreme="",
        superlative="",
    )


def _bound_by_the_figure_just_given(frame: Frame, last: Frame) -> Frame | None:
    """'What was the 2014 projection?' or 'h1 2015 sales?', then 'did they ever sell fewer than
    that?' / 'in which years did they sell more than that?' / 'did they sell that many in 2013?': that
    target's or half's figure as the bound every year (or the year named) is checked against; 'sales
    2015', 'did they sell that many in 2016?': that year's figure, checked in the year named."""
    said = YEARS_PAST_THAT.search(frame.text)
    many = AS_MANY_AGAIN.search(frame.text) if frame.yes_no and SOLD_SO_MANY.search(frame.text) else None
    if not (said or many) or frame.quantities or frame.threshold or frame.target_named or frame.scopes:
        return None
    # ("the revised 2015 target" was answered as the cut to it: that target is still what was given)
    size_asked = HOW_MUCH_OR_BY.search(last.text) is not None  # "how much was the 2015 target cut?"
    operated = last.operation and not (last.revised and last.operation is Operation.CHANGE and not size_asked)
    if len(set(last.all_years)) != 1 or not last.metric or operated or last.scopes or last.absent:
        return None
    if (
        last.unsupported
        or GROWTH_ASKED.search(frame.text)
        or frame.period_part
        or len(set(frame.all_years)) > 1
    ):
        return None
    target = _asked_a_target(last)
    if not (target or last.period_part or frame.all_years):
        return None  # ("sales 2016", "which years beat that?": the years past that year, as before)
    if many and not (said or frame.all_years or ACROSS_THE_YEARS.search(frame.text)):
        return None  # ("kevin wang's 2017 number", "so they sold that many?": in its own year)
    if target and not frame.sales_word:
        return None  # ("the 2014 projection", "was the 2015 one more than that?": targets)
    side = _side_past_that(said) if said else ">="  # "that many": at least it
    year = last.all_years[0]
    period = f"{year}-{last.period_part}" if last.period_part else str(year)
    yes_no = frame.yes_no or bool(frame.all_years and many)
    return replace(
        frame,
        metric=frame.metric if target else last.metric,
        subjects=frame.subjects or last.subjects,
        threshold_of=(side, last.metric, period, last.text),
        operation=None,
        extreme="",
        superlative="",
        yes_no=yes_no,
    )


def _margin_after_a_target_and_its_sales(
    frame: Frame, last: Frame, conversation: Conversation
) -> Frame | None:
    """'The 2014 projection', 'and actual?', 'by what %?' / 'diff?': the sales just asked against the
    target asked before them, of the same year, not the sales' own change nor the sources' gap."""
    before = conversation.before
    if before is None or not before.target_named or last.target_named or not last.strong_sales:
        return None
    year = tuple(last.all_years)
    if len(year) != 1 or tuple(before.all_years) != year or last.period_part or before.period_part:
        return None
    if frame.all_years or frame.quantities or frame.subjects or frame.target_named:
        return None
    # ("how many times bigger?": the sales as a multiple of the target)
    multiple = frame.operation is Operation.RATIO and not (
        frame.has_period or frame.topic_words or frame.metric or A_YEAR_SAID.search(frame.text)
    )
    # ("how much over?", "how many under?": the margin said by its side alone)
    side_alone = not frame.operation and MARGIN_BY_ITS_SIDE.fullmatch(frame.text) is not None
    if side_alone:
        return replace(frame, operation=Operation.GAP, metric=last.metric, subjects=last.subjects, years=year)
    if not multiple and (frame.operation not in MARGIN_OPERATIONS or not _margin_or_sum_alone(frame)):
        return None
    # ("did they grow?", "yoy?", "% change?", "by what % did they grow on the year before?": the
    # sales' own change; "% off?", "in percent?", "by how much above?": the margin)
    own = YEAR_BEFORE_NAMED.search(frame.text) or (
        OWN_CHANGE.search(frame.text) and not MARGIN_ASKED.search(frame.text)
    )
    if frame.operation is Operation.CHANGE and own:
        return None
    return replace(frame, operation=Operation.GAP, metric=last.metric, subjects=last.subjects, years=year)


def _sales_against_the_last_target(frame: Frame, last: Frame, conversation: Conversation) -> Frame | None:
    """'The 2014 projection', 'how many times bigger were actual sales?': that year's sales
    against it; '2015 sales', 'the revised goal?', 'difference?': the same, for the year both named."""
    if (
        frame.has_period
        or frame.quantities
        or frame.topic_words
        or not set(frame.subjects) <= set(last.subjects)
    ):
        return None
    if (margin := _margin_after_a_target_and_its_sales(frame, last, conversation)) is not None:
        return margin
    if frame.operation not in (Operation.CHANGE, Operation.RATIO, Operation.COMPARE):
        return None
    year = tuple(last.all_years) or conversation.named_years  # "the revised goal?" names its year
    if not last.target_named or len(year) != 1 or last.period_part:
        return None
    before = conversation.before
    sales_before = (
        before is not None
        and before.strong_sales
        and not before.target_named
        and tuple(before.all_years) == tuple(year)
        and len(frame.text.split()) <= SHORT_FOLLOWUP_WORDS
    )
    # "how many times bigger were actual sales?" measures them against it; "by how much did
    # sales grow?" is the sales' own change
    # ("how do actual sales compare, in percent?" sets them against it too)
    # ("... grow compared to the previous year?" is their own change)
    compared = frame.operation in (Operation.RATIO, Operation.COMPARE) or bool(
        COMPARE_ASKED.search(frame.text) and not YEAR_BEFORE_NAMED.search(frame.text)
    )
    against = frame.strong_sales and compared
    if not (against or sales_before):
        return None
    metric = before.metric if sales_before and before is not None else frame.metric
    return replace(
        frame,
        operation=Operation.GAP,
        metric=metric,
        subjects=last.subjects,
        years=tuple(year),
        year_range=None,
    )


def _share_of_the_target_before_reached(
    frame: Frame, last: Frame, conversation: Conversation
) -> Frame | None:
    """'2015 target', 'sales 2015', '% hit?': a share reached, asking nothing of its own, after one
    year's target and then one year's sales, is those sales against that target; None otherwise."""
    before = conversation.before
    if before is None or frame.operation is not Operation.CHANGE or not REACHED.search(frame.text):
        return None
    if frame.has_period or frame.metric or frame.subjects or frame.quantities:
        return None
    if not _asked_a_target(before) or len(before.all_years) != 1 or len(last.all_years) != 1:
        return None
    if last.target_named or not last.strong_sales or last.operation or last.period_part:
        return None
    return replace(
        frame,
        **_sales_against_a_target(last.all_years[0], before.all_years[0]),
        metric=before.metric,
        target_named=True,
        target_metric=before.target_metric,
        subjects=last.subjects,
    )


def _target_and_sales_asked(
    frame: Frame, last: Frame, conversation: Conversation
) -> tuple[Frame, Frame] | None:
    """The sales and the target of the last two questions, one year each, when a comparison asking
    nothing of its own follows them: (sales, target); None otherwise."""
    before = _before_or_the_target_asked(conversation)
    # ("what percent increase is needed?" is the change to the target, answered as such)
    if before is None or not _asks_between(frame) or frame.has_period or frame.subjects or frame.quantities:
        return None
    if frame.metric and frame.metric not in (last.metric, before.metric):
        return None
    pair = (last, before)
    if any(f.operation or len(f.all_years) != 1 or f.period_part or not f.metric for f in pair):
        return None
    if last.metric == before.metric or last.subjects != before.subjects:
        return None
    if last.all_years == before.all_years:
        return None  # "2015 sales", "2015 target", "how many short?": that year's gap, as asked
    sales = [f for f in pair if f.strong_sales]  # "sales target" says sales, of a target
    if len(sales) != 1:
        return None
    target = before if sales[0] is last else last
    if _reached_a_later_target(frame, sales[0].all_years[0], target.all_years[0]):
        return None  # "2017 target", "2015 sales", "did they hit the target?": 2015's own target
    if _reached_an_earlier_target(frame, sales[0].all_years[0], target.all_years[0]):
        # "2015 target", "2016 sales", "did they hit it?": a target is hit or missed in its own year
        return replace(sales[0], years=target.all_years, year_range=None), target
    return sales[0], target


def _between_the_last_two_companies(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'xiaomi 2015', 'and tallis?', 'difference?': a comparison asking nothing of its own, after
    the same figure of one year for two companies in turn, is between those companies."""
    before = conversation.before
    if (
        before is None
        or not (_asks_between(frame) or frame.operation is Operation.TOTAL)
        or frame.has_period
        or frame.topic_words
        or frame.quantities
    ):
        return False
    if not set(frame.subjects) <= {*last.subjects, *before.subjects}:
        return False  # "how much more did xiaomi sell?" after xiaomi's and tallis's 2015: those two
    one_each = len(last.subjects) == 1 and len(before.subjects) == 1 and last.subjects != before.subjects
    same_figure = last.metric == before.metric and not (last.operation or before.operation)
    return one_each and same_figure and len(last.all_years) == 1 and last.all_years == before.all_years


# "what about 2017, did they hit it?": the year the question is about, not one measured against
YEAR_OPENS = re.compile(
    r"^(?:and |what about |how about |same for |and what about )(?:in |for )?(?:19|20)\d\d\b"
)


def _against_another_year(frame: Frame, operation: Operation | None) -> bool:
    """'is that up from 2012?', 'growth from 2017?', 'how far is that from 2017's target?'."""
    text = frame.text
    if THE_YEARS_ONE.search(text):
        return False  # "did it beat its 2014 one?": the same question of that year, not against it
    if operation is Operation.GAP and YEAR_OPENS.match(text):
        return False
    if operation is Operation.RATIO and frame.opener:
        return True  # "xiaomi 2014", "so basically 3x 2013?": 2014 against 2013
    if operation in (Operation.CHANGE, Operation.RATIO):
        # ... "growth to 2016?" after 2012: from that year to this one
        return bool(
            ANSWER_PRONOUN.search(text)
            or FROM_A_YEAR.search(text)
            or MORE_THAN_LAST.search(text)
            or TO_A_YEAR.search(text)
            # "2014 sales?", "how does 2016 compare, in percent?": the change from the year asked
            or (
                (frame.percent_asked or "percent" in text)
                and COMPARE_ASKED.search(text)
                and not YEAR_ON_YEAR.search(text)  # "2016 % change, compared yoy?": from 2015
            )
        )
    return operation is Operation.GAP and bool(ANSWER_PRONOUN.search(text) or AS_A_SHARE.match(text))


# How the last answer was worked out: "show the calculation", "how did you get that?"
SHOW_THE_WORKING = re.compile(
    r"^(?:(?:so|ok|and|hmm|can you|could you|pls|please)\W+)*(?:show|explain|walk (?:me|us) through)"
    r"(?: me| us)?(?: the| your| how you got| how you did)? ?"
    r"(?:calculation|calculations|math|maths|working|workings|work|steps|formula)\W*$"
    r"|^(?:so |ok )?how (?:did|do) (?:you|u) "
    r"(?:get|calculate|work out|figure(?: out)?|come up with) (?:that|this|it)\W*$"
)
# "sorry what?", "come again?", "say that again": the last answer once more ("wait what" is surprise)
SAY_AGAIN = re.compile(
    r"^(?:sorry\W+)?(?:(?:can|could) (?:you|u)\W+)?"
    r"(?:what|come again|(?:say|tell me) (?:that |it )?again|again|pardon|repeat(?: that| it)?|once more)"
    r"(?:\W+(?:pls|plz|please))?\W*$"
)
# "are you sure?", "really?": the last question asked again, answered again with its sources
CONFIRM = re.compile(
    r"^(?:(?:wait|hmm+|huh|oh|ok|so|and)\W+)?"
    r"(?:(?:are|r) (?:you|u) (?:sure|certain)|(?:you|u) (?:sure|certain)|certain|sure about that|really"
    r"|for real|seriously|is that right"
    r"|is that correct|check again"
    r"|(?:(?:can|could) (?:you|u) )?(?:double[- ]check|confirm)(?: that| it| this)?)\W*$"
)
# "exact number?": the figure just given, again (of a part of a year no figure gives, none to give)
EXACT_ASKED = re.compile(
    r"^(?:(?:so|ok|and)\W+)?"
    r"(?:(?:the |what'?s the )?exact (?:number|figure)|(?:is that|is it) (?:the )?exact)\W*$"
)
SHORT_FOLLOWUP_WORDS = 4  # "and 13?", "n 16": a bare two-digit number is a year only in a short follow-up
# (as written: "k", chat for "ok", is read so only by the lexicon's shorthand, not in the text)
# ... and as chat spells them: "nd 13?", "wht about 13", "hw about 12", "13 too?", "vs 15?"
FOLLOW_UP_WORDS = frozenset(
    "and what about how in for then also ok okay k kk so plus too vs versus"
    " n nd an wht wat waht hw abt bout".split()
)
# "actual 14?", "14 sales?", "17 target": the measure named beside the year, as short
MEASURE_BESIDE_A_SHORT_YEAR = frozenset("actual sales target tgt goal projection proj".split())


# "does the other article agree?", "does the other source say the same": the sources side by side
AGREES = re.compile(
    r"\b(?:agrees?|disagrees?|differs?|say the same|says the same|match(?:es)?|same number)\b"
)
# "the other half", "the other six months": the half of the year the last question did not ask
OTHER_HALF = re.compile(r"\bother (?:half|six months|6 months)\b")
OTHER_PART = {"H1": "H2", "H2": "H1"}
TWO_YEARS_APART = (Operation.CHANGE, Operation.RATIO, Operation.COMPARE)


def _size_of_the_cut_asked(last: Frame) -> bool:
    """'How much was the 2015 goal cut?', 'by how much did he lower it?': the size of a cut, where
    "what did he cut it to?" and "when was it cut?" ask the target it became."""
    if CUT_TO.search(last.text):
        return False
    return (
        bool({Ask.HOW_MUCH, Ask.HOW_MANY} & set(last.asks)) or BY_HOW_MUCH_ASKED.search(last.text) is not None
    )


# "what did lei jun cut the 2015 goal to?": the level a target was cut to, not the size of the cut
CUT_TO = re.compile(r"\bto\W*$|\b(?:to what|what (?:level|number|figure))\b")


def _change_checked(frame: Frame, last: Frame, conversation: Conversation) -> tuple[float, str] | None:
    """A bare number after a change answer ("so 12m?", "so 12 million fewer?"): the size and way
    claimed of the change it found (see `_claimed_size`), to be checked; None otherwise."""
    claim = None if frame.has_period or frame.operation else _claimed_size(frame)
    if claim is None:
        return None
    if not (frame.opener or frame.yes_no) or frame.metric or frame.target_named or frame.threshold:
        return None
    if last.operation is not Operation.CHANGE:
        return claim if _more_than_the_year_before(frame, last, conversation) else None
    found = len(_ends(last)) == 2 or (last.superlative and len(conversation.named_years) in (1, 2))
    return claim if found else None


def _more_than_the_year_before(frame: Frame, last: Frame, conversation: Conversation) -> bool:
    """'2012', '2013', 'so 11.5m more?' (a margin said as a sum) or 'so 11.5m?': the change over
    the year asked before, checked (a number that is the year's own figure is said as that)."""
    if last.operation or last.period_part or len(last.all_years) != 1 or last.quantities:
        return False
    if frame.calculation is None and not (frame.opener and BARE_NUMBER.fullmatch(frame.text)):
        return False
    return len(conversation.years_asked) > 1 and last.metric is not None and not last.target_named


def _years_of_the_change(last: Frame, conversation: Conversation) -> tuple[int, ...]:
    """The two years a change checked is between: those the last question set apart, the change a
    "biggest drop" answer found, or the last two years asked."""
    if len(_ends(last)) == 2:
        return _ends(last)
    if last.operation is Operation.CHANGE:
        return _change_found(conversation.named_years)
    year = last.all_years[0]
    other = next(y for y in reversed(conversation.years_asked) if y != year)
    return tuple(sorted((other, year)))


def _claimed_size(frame: Frame) -> tuple[float, str] | None:
    """The size a change is claimed to be, and the way it is claimed to go ("rise", "fall" or ""):
    "so 12m?", "so 12m up?", "so 11.5m more?" (read as a sum), "so 12 million fewer?"."""
    if (
        frame.calculation is not None
        and frame.calculation.op in (Calc.PLUS, Calc.MINUS)
        and not frame.quantities
    ):
        return frame.calculation.amount, "rise" if frame.calculation.op is Calc.PLUS else "fall"
    if len(frame.quantities) != 1 or frame.calculation is not None:
        return None
    way = "rise" if WENT_UP.search(frame.text) else "fall" if WENT_DOWN.search(frame.text) else ""
    return frame.quantities[0], way


def _change_found(named_years: tuple[int, ...]) -> tuple[int, ...]:
    """The two years of the change a "biggest drop" answer found: the year named and the one before."""
    return tuple(sorted(named_years)) if len(named_years) == 2 else (named_years[0] - 1, named_years[0])


def _ends(frame: Frame) -> tuple[int, ...]:
    """The first and last year a question set apart: 2012 and 2014 in "growth 2012 to 2014"."""
    years = frame.all_years
    return tuple(sorted({years[0], years[-1]})) if years else ()


# "and to 2015?", "and from 2014?": one end of the last two years moved, named by its preposition
# ("and into 2016?" after growth 2014 to 2015 is the change into 2016, from the year before)
TO_A_YEAR_ALONE = re.compile(
    r"^(?:and |what about |how about |so |ok )?(?:up )?(?:to|until|till|through) (?:19|20)\d\d$"
)
FROM_A_YEAR_ALONE = re.compile(
    r"^(?:and |what about |how about |so |ok )?(?:from|since|starting) (?:19|20)\d\d$"
)
# "and vs 2013?", "and than 2014?", "and 2016?": the year measured against, replaced
AGAINST_A_YEAR_ALONE = re.compile(
    r"^(?:and |what about |how about |so |ok )(?:(?:vs|versus|against|than|compared to|compared with|with) )?"
    r"(?:19|20)\d\d(?: instead)?$"
    # ("vs 2013 instead": the other side swapped for that year)
    r"|^(?:vs|versus|against|compared to|compared with) (?:19|20)\d\d instead$"
)


def _year_talked_about(last: Frame) -> int:
    """Of a change between two years, the one talked about: the year "that" stood for, carried into
    the question and not written in it ("2016 sales", "how does that compare to 2015?": 2016), else
    the one written first ("2014 vs 2013 difference": 2014)."""
    pair = last.all_years[:2]
    written = [y for y in pair if str(y) in last.text]
    if len(written) == 1:
        return next(y for y in pair if y not in written)
    if len(written) == 2:
        return min(written, key=lambda y: last.text.find(str(y)))
    return pair[0]


def _one_of_two_years_moved(frame: Frame, last: Frame, operation: Operation | None) -> tuple[int, ...]:
    """'2016 vs 2012?', 'and vs 2013?': 2016 against 2013, never the three side by side; 'growth
    2012 to 2013', 'and to 2015?': 2012 to 2015; 'down from 2015?', 'and from 2014?': 2014 on;
    'total 2012-2014', 'and to 2016?': 2012 to 2016. None when the follow-up moves no end."""
    if len(frame.all_years) != 1 or frame.all_years[0] in last.all_years:
        return ()
    span = sorted(last.all_years)
    every_year_between = len(span) > 1 and span == list(range(span[0], span[-1] + 1))
    if operation in (Operation.TOTAL, Operation.AVERAGE) and every_year_between:
        # "total 2012-2014", "and to 2016?": the same span, on to 2016, every year between counted
        if TO_A_YEAR_ALONE.match(frame.text) and frame.operation is None and frame.all_years[0] > span[-1]:
            return tuple(range(span[0], frame.all_years[0] + 1))
        return ()
    if len(last.all_years) != 2:
        return ()
    # ("2014 vs 2013 difference", "and vs 2012?": set against another year, still that difference)
    # ("2015 vs 2013, how many times", "and vs 2012": still that multiple)
    against_another = frame.operation is Operation.COMPARE and last.operation in (
        Operation.CHANGE,
        Operation.RATIO,
    )
    if (frame.operation not in (None, last.operation) and not against_another) or frame.period_part:
        return ()
    if (
        frame.metric
        or frame.subjects
        or last.period_part
        or (operation is not last.operation and not against_another)
    ):
        return ()
    year, (first, second) = frame.all_years[0], last.all_years[:2]
    if against_another:
        kept = _year_talked_about(last)
        return (kept, year) if AGAINST_A_YEAR_ALONE.match(frame.text) else ()
    if operation is Operation.CHANGE:
        start, end = sorted((first, second))
        if TO_A_YEAR_ALONE.match(frame.text) and year > start:
            return (start, year)
        if FROM_A_YEAR_ALONE.match(frame.text) and year < end:
            return (year, end)
        return ()
    if operation in (Operation.COMPARE, Operation.GAP) and AGAINST_A_YEAR_ALONE.match(frame.text):
        # the first year is the one the talk is about ("xiaomi 2016 sales", "2016 vs 2012?")
        return (first, year) if operation is Operation.COMPARE else tuple(sorted((first, year)))
    return ()


EVER = re.compile(r"\b(?:ever|at any point|any year|at all)\b")
SINCE_THEN = re.compile(r"\b(?:since|ever since|from then on|from there on|onwards?)\W*$")
EVERYWHERE = frozenset({"globally", "worldwide", "global", "overall", "everywhere", "world"})
EVERYWHERE_SAID = EVERYWHERE - {"global", "world"}  # ("in the world" may rank, "global sales" be a market)
PHONE_WORDS = frozenset({"phone", "phones", "smartphone", "smartphones", "handset", "handsets"})


def _products_of(last: Frame, conversation: Conversation | None) -> tuple[str, ...]:
    """The products the last question asked about by name ("the mi 6", "fitness trackers")."""
    if conversation is None or last.metric:
        return ()
    return tuple(s for s in last.scopes if s in conversation.products)


def _period_alone(frame: Frame) -> bool:
    """'and 2014?', 'in 2015 i mean': a period and nothing else asked."""
    asked = frame.metric or frame.topics or frame.topic_words or frame.operation or frame.quantities
    # ("what do you know about 2016 then?" turns from what was declined to what there is)
    turned = frame.refers_back or "know" in frame.text.split()
    return frame.has_period and not (
        asked or turned or frame.absent or frame.unknown_measure or frame.content
    )


def _step_alone(frame: Frame) -> bool:
    """'and the year after?', 'what about the year before': a step in time and nothing else asked."""
    asked = frame.metric or frame.topics or frame.topic_words or frame.operation or frame.quantities
    return bool(frame.relative_step) and not (
        asked or frame.has_period or frame.absent or frame.unknown_measure
    )


def _operation_alone(frame: Frame) -> bool:
    """'what was the change?', 'and the total?': an operation on what came before, no measure named."""
    named = frame.metric or frame.topics or frame.topic_words or frame.quantities or frame.target_named
    # ("which research firm reported the q3 2015 drop?": who, of a period of its own, asks a fact)
    a_fact = bool({Ask.WHO, Ask.WHERE} & set(frame.asks)) and frame.has_period
    return frame.operation is not None and not (named or a_fact or frame.absent or frame.unknown_measure)


def _year_claimed_of_the_answer(frame: Frame, last: Frame) -> bool:
    """'That was 2014 right?', 'so 2011?': one year claimed of a last answer that found a year
    (the best year, when something happened), and nothing else asked."""
    found_a_year = (last.operation in EXTREMES or Ask.WHEN in last.asks) and not last.all_years
    if not found_a_year or len(frame.years) != 1 or frame.year_range or frame.period_part:
        return False
    if frame.years_left_out:
        return False  # "worst year?", "and without 2012?": the same over the other years
    own = frame.metric or frame.operation or frame.quantities or frame.topics or frame.subjects
    claimed = frame.yes_no or (
        SO_OPENING.match(frame.text) is not None and frame.question.rstrip().endswith("?")
    )
    return claimed and not own and not frame.content


COUNT_WORDS = frozenset("phones phone sold sales units smartphones handsets shipments volume".split())


def _count_instead(frame: Frame) -> bool:
    """'ok then just the units', 'units sold then?': the count named alone, instead of a measure
    just declined."""
    own = frame.has_period or frame.operation or frame.topics or frame.absent or frame.quantities
    return frame.sells and not own and bool(frame.content) and set(frame.content) <= COUNT_WORDS


def _scope_kept(frame: Frame, last: Frame) -> bool:
    """Whether the place or product the last question named still narrows this one: not where it
    says "overall", nor where it names the phones the last did not ("xiaomi tv sales in 2015",
    "and phones that year?": company-wide smartphones)."""
    said = set(re.findall(r"[a-z]+", frame.question.lower()))
    if (set(frame.content) | said) & EVERYWHERE_SAID:
        return False  # ("overall" is read as a total, but says everywhere too)
    phones = set(frame.content) & PHONE_WORDS
    # ("xiaomi sales in india in 2016", "what about smartphones?": still India's)
    placed = any(
        re.search(rf"\b(?:in|across|within) (?:the )?{re.escape(s.lower())}\b", last.text)
        for s in last.scopes
    )
    return not phones or placed or bool(set(last.content) & PHONE_WORDS)


def _everywhere_alone(frame: Frame) -> bool:
    """'globally then', 'hm ok worldwide': no place, and nothing else asked."""
    if frame.has_period or frame.subjects or frame.operation or frame.quantities:
        return False
    return bool(frame.content) and set(frame.content) <= EVERYWHERE


ADDING = re.compile(r"\b(?:plus|add|adding|added|together|combined|along with)\b")


def _years_added_to_the_last(frame: Frame, last: Frame) -> bool:
    """'2013 sales', 'plus 2012 plus 2016': years opened with "plus", added to the one just given."""
    if (
        frame.operation is not Operation.TOTAL
        or len(frame.all_years) < 2
        or not ADDED_FIRST.match(frame.text)
    ):
        return False
    if not last.metric or len(last.all_years) != 1 or last.operation or last.period_part or frame.subjects:
        return False
    if ADDED_ALONE.search(frame.text):
        return False  # ("add 2012 and 2014 instead", "add 2012 and 2013 together": those years alone)
    return not set(last.all_years) & set(frame.all_years)


# "plus 2012 plus 2016", "and add 2014 and 2015": years added to the last answer
ADDED_FIRST = re.compile(r"(?:and |so |ok |now )?(?:plus|add|and add)\b")
ADDED_ALONE = re.compile(r"\b(?:instead|only|just|together|alone)\b")


def _adds_a_year(frame: Frame) -> bool:
    """'plus 2013 sales', 'add 2014': one year added to what came before."""
    adding = ADDING.search(frame.text)  # "what about total sales in 2014?" asks for 2014 alone
    return bool(adding) and frame.operation is Operation.TOTAL and len(frame.all_years) == 1


def _year_alone(frame: Frame, operation: Operation | None) -> bool:
    """'and for 2015?', 'what about 2014': another year and nothing else, the rest as before."""
    return frame.opener and not (frame.content or operation or frame.metric or frame.subjects)


def _short_years(frame: Frame, last: Frame) -> Frame:
    """'2012 xiaomi sales' then 'and 13?': a bare two-digit number in a short follow-up of a
    question about years is that year of this century, exactly as written."""
    if frame.all_years or not last.all_years or len(frame.stray_numbers) != 1:
        return frame
    number = frame.stray_numbers[0]
    if number.isdigit() and _near_an_amount_asked(int(number), last):
        return frame  # "did they sell 60 million in 2014?", "and 61?": another amount, checked
    others = [w for w in frame.text.split() if w != number]
    # "and 13?", "what about 14": one number, and nothing else but the words of a follow-up
    once = frame.text.split().count(number) == 1  # "10/10" is a rating, no year
    if (
        not once
        or len(number) != 2
        or len(others) >= SHORT_FOLLOWUP_WORDS
        or not set(others) <= FOLLOW_UP_WORDS | MEASURE_BESIDE_A_SHORT_YEAR
    ):
        return frame
    if int(number) > MAX_SHORT_YEAR:
        return frame  # "58 sales?", "ok so 61?": an amount, never 2058 or 2061
    return replace(frame, years=(2000 + int(number),), stray_numbers=())


def _near_an_amount_asked(number: int, last: Frame) -> bool:
    """Whether a bare number is close to an amount the last question checked, in its scale ("60
    million?", "and 61?"), and so another amount rather than a year ("over 60m in 2015?", "and 16?")."""
    amounts = [*last.quantities, *([last.threshold[1]] if last.threshold else [])]
    scaled = [a if last.unscaled else a / 1e6 for a in amounts]
    return any(0.5 * a <= number <= 1.5 * a for a in scaled)


# "who said that?", "says who?", "according to whom?": the last figure's provenance
WHO_SAID = re.compile(
    r"(?:and |so |but |ok )?(?:who (?:said|says|reported|claimed|gave|published|counted)"
    r" (?:that|this|so|it|them|those|these)|says who|"
    r"according to (?:who|whom))\b"
)


def _source_by_its_year(frame: Frame) -> int | None:
    """The article a follow-up names by its year alone, after one was named: "the 2015 one"."""
    named = SOURCE_ONE.fullmatch(frame.text)
    if named is None or frame.operation or frame.metric or len(frame.years) != 1:
        return None
    return frame.years[0]


def _second_year_corrected(frame: Frame, last: Frame) -> Frame | None:
    """'growth 2012 to 2013', 'make it 2015'; '2016 vs 2014', 'sorry i meant vs 2015': the same
    question with its second year replaced."""
    several = len(frame.all_years) > 1 and len(last.all_years) > 1 and last.operation is not None
    if MAKE_IT.match(frame.text) and several and not (frame.subjects or frame.topics):
        # "avg sales 2014 and 2015?", "actually make it 2015 and 2016 instead": the same, of those years
        return replace(last, question=frame.question, years=frame.years, year_range=frame.year_range)
    if not (CORRECTION.search(frame.text) or MAKE_IT.match(frame.text)) or len(frame.all_years) != 1:
        return None
    if frame.subjects or frame.topics or len(frame.text.split()) > SHORT_CORRECTION_WORDS:
        return None
    if len(last.all_years) == 1 and MAKE_IT.match(frame.text) and not (last.period_part or frame.period_part):
        # "xiaomi sales 2015", "make it 2014": that year's, never whether a target was made
        return replace(last, question=frame.question, years=frame.all_years, year_range=None)
    if len(last.all_years) < 2 or not (last.operation or last.year_range):
        return None
    first, year = last.all_years[0], frame.all_years[0]
    if year in last.all_years:
        return None
    if FROM_YEAR.search(frame.text):
        first, year = year, last.all_years[-1]  # "sorry i meant from 2012": the first year replaced
    if last.year_range:
        return replace(
            last,
            question=frame.question,
            years=(first, year),
            year_range=(min(first, year), max(first, year)),
        )
    return replace(last, question=frame.question, years=(first, year))


def _asked_again(frame: Frame, last: Frame) -> Frame | None:
    """The last question again: "are you sure?"; or with only its company or product corrected:
    "who's the ceo of huawei", "sorry, xiaomi"; "the mi 5?", "typo, mi 6"."""
    if (
        CONFIRM.match(frame.text)
        # ("sure?" doubts the answer; "sure" alone agrees)
        or (frame.text == "sure" and frame.question.rstrip().endswith("?"))
        or (EXACT_ASKED.match(frame.text) and last.all_years and not (last.period_part or "").startswith("Q"))
        or SAY_AGAIN.match(frame.text)
        or SHOW_THE_WORKING.match(frame.question.lower())
    ):
        # ("can you show the calculation?": the answer again, which shows the figures it used)
        return replace(last, question=frame.question)
    if WHO_SAID.match(frame.text) and last.metric and (last.all_years or last.quantities):
        # "xiaomi 2016 sales", "who said that?": where that figure comes from, and who gave it
        return replace(last, question=frame.question, operation=Operation.SOURCES, yes_no=False)
    if corrected := _second_year_corrected(frame, last):
        return corrected
    if not CORRECTION.search(frame.text) or not (frame.subjects or frame.scopes):
        return None
    if frame.metric or frame.operation or frame.topics or frame.asks or frame.has_period:
        return None
    written = set(frame.text.split())
    return replace(
        last,
        question=frame.question,
        subjects=frame.subjects or last.subjects,
        scopes=frame.scopes or (last.scopes if _scope_kept(frame, last) else ()),
        # the corrected name's words leave what is looked for: "mi 5" is no part of "mi 6"
        content=tuple(w for w in last.content if not w.isdigit() and w not in written),
    )


T = TypeVar("T")

# "the first one you mentioned", "the last company you named": a company by its place in the answer
BY_ORDER = re.compile(
    r"\bthe (?P<n>first|second|third|middle|last) (?:(?:one|company|brand|name|rival|year)? ?(?:you|u|i) "
    r"(?:named|mentioned|listed|said|gave|asked)\b|one\b(?! (?:half|quarter|of)\b))"
)
NAMED_BY_ME = re.compile(r"\b(?:you|u) (?:named|mentioned|listed|said|gave)\b")
ORDER = {"first": 0, "second": 1, "third": 2, "last": -1}


def _named_by_order(text: str, items: Sequence[T]) -> T | None:
    """The item a question names by its place among `items` ("the first one you mentioned")."""
    found = BY_ORDER.search(text)
    if found is None:
        return None
    if found.group("n") == "middle":
        return items[1] if len(items) == 3 else None  # the middle one of three only
    place = ORDER[found.group("n")]
    return items[place] if -len(items) <= place < len(items) else None


def _company_by_order(frame: Frame, conversation: Conversation | None) -> str:
    """The company the question names by its place among those the last answer named ("the
    first one you mentioned"); "was xiaomi the first one to ..." names its company itself."""
    if conversation is None or frame.subjects or not NAMED_BY_ME.search(frame.text):
        return ""
    return _named_by_order(frame.text, conversation.companies) or ""


# a year asked before, named by its place in the talk: "the first one", "what you said first",
# "the middle one", "the last", "first minus second" (never "the first half", "first quarter")
PLACE_IN_THE_TALK = re.compile(
    r"\b(?:the )?(?P<n>first|second|third|middle|last|former|latter)"
    r"(?: (?:one|year|number|figure)(?: (?:i|you|u) (?:asked|said|gave|mentioned)(?: about)?)?)?"
    r"(?! (?:half|halves|quarter|quarters|six|time|ever|year of"
    r"|of(?! the (?:first|second|third|last|middle|former|latter)))\b)\b"
    r"|\b(?:you|u) said (?P<said>first|last)\b"
)
# "in a row", "running", "back to back": a run of years
RUN_SAID = r"(?:in a row|running|straight|on the trot|back[ -]to[ -]back)"
THE_LAST_TWO = re.compile(
    r"\b(?:the )?(?:2|two) (?:sales |yearly |annual )?(?:numbers|figures|years)"
    r"(?: (?:you|u) (?:just )?(?:gave|said))?\b"
    rf"(?! {RUN_SAID})"  # ("fell two years in a row?": a run)
)
PLACES = {"first": 0, "second": 1, "third": 2, "last": -1, "former": -2, "latter": -1}  # of the last two
PLACE_WORDS_IN_THE_TALK = frozenset({*PLACES, "middle", "minus", "subtract"})


def _periods_by_place(frame: Frame, conversation: Conversation) -> tuple[tuple[int, str], ...] | None:
    """The periods asked one by one so far, named by their place, when a calculation is asked on
    them with no period of its own: two places ("first minus second", "how much did the first one
    grow to the second one?") or the last two figures given ("ratio of the 2 numbers you gave").
    A half counts as a place of its own ("2015", "h1 2015", "first minus second")."""
    asked = conversation.periods_asked
    last = conversation.frame
    if last is None or frame.has_period or frame.quantities or not last.all_years or last.year_range:
        return None
    # ("... the middle number minus the last", "and the first minus the middle?": places again,
    # among the years asked, after a calculation on two of them)
    again = bool(last.operation) and len(PLACE_IN_THE_TALK.findall(frame.text)) == 2
    if len(last.all_years) > 1 and not last.operation:
        # "sales in 2016, 2015 and 2013", "the middle one minus the last": the years of that question
        if last.period_part:
            return None
        asked = tuple((y, "") for y in last.all_years)
    if len(asked) < 2:
        return None
    if last.target_named and any(part for _, part in asked):
        return None  # "h1 2015 sales, and the reduced 2015 goal?": a half and a target, not two periods
    if last.metric is None or (last.operation and not again) or frame.subjects not in ((), last.subjects):
        return None
    if THE_LAST_TWO.search(frame.text) and (frame.operation or frame.calculation):
        return tuple(asked[-2:])
    places = []
    for found in PLACE_IN_THE_TALK.finditer(frame.text):
        word = found.group("n") or found.group("said")
        if word == "middle":
            if len(asked) != 3:
                return None
            places.append(1)
            continue
        places.append(PLACES[word])
    if len(places) == 1 and ANSWER_PRONOUN.search(frame.text):
        places.append(-1)  # "compared to what you said first, how much less is that?": the last one
    elif (
        len(places) == 1
        and places[0] != -1
        and _share_by_place(frame.text)
        and not LOST_OR_GAINED.search(frame.text)
    ):
        places.append(-1)  # "what % of the first?": the last one, as a share of it
    if len(places) != 2 or not (
        frame.operation or MINUS_SAID.search(frame.text) or SHARE_ASKED.search(frame.text)
    ):
        return None
    periods = [asked[p] for p in places if -len(asked) <= p < len(asked)]
    if len(periods) != 2 or periods[0] == periods[1]:
        return None
    if _share_by_place(frame.text):
        # "what % of the second is the first?": the one after "of" is the whole, the other its share
        whole = SHARE_OF_A_PLACE.search(frame.text)
        whole_first = whole is not None and whole.start() < PLACE_IN_THE_TALK.search(frame.text).end()
        return (periods[1], periods[0]) if whole_first else tuple(periods)
    return tuple(periods)


def _slots_of_two_periods(periods: tuple[tuple[int, str], ...]) -> dict | None:
    """The frame's period slots for two periods worked on together: two years, a year and a part
    of another ("h1 2015" against 2013), a year and its own part, or the two halves of one year;
    None for two parts the figures cannot set side by side."""
    (year, part), (other_year, other_part) = periods
    if not part and not other_part:
        return {"years": (year, other_year)}
    if part and other_part:
        if year != other_year or {part, other_part} != {"H1", "H2"}:
            return None
        return {"years": (year,), "period_part": "H2", "parts_named": (part, other_part)}
    named, its_year = (part, year) if part else (other_part, other_year)
    if year == other_year:  # the whole year against its own part
        return {"years": (year,), "period_part": named, "parts_named": (named,), "whole_year": True}
    return {
        "years": (year, other_year),
        "period_part": named,
        "parts_named": (named,),
        "part_years": (its_year,),
    }


def _a_bound_alone(frame: Frame) -> bool:
    """'Any above $300?': a bound with no company and no measure of its own, only the bound's words."""
    return bool(frame.threshold) and not frame.subjects and set(frame.content) <= set(frame.topic_words)


def _an_amount_alone(frame: Frame) -> bool:
    """'Is the top one $1,200?', 'is the bottom one $650?', '$500?': an amount of money checked,
    naming no measure, company or period (an end of a range at most)."""
    if not (frame.yes_no or frame.bare) or not frame.quantities:
        return False
    if frame.metric or frame.subjects or frame.has_period:
        return False
    return set(frame.content) - set(frame.weak_words) <= MONEY_WORDS | RANGE_END_WORDS


def _share_by_place(text: str) -> bool:
    """'What % is the first of the second?': one thing said as a share of another named by its place
    (never "% growth", "drop in percent": a change)."""
    return bool(SHARE_ASKED.search(text) and SHARE_OF_A_PLACE.search(text) and not A_CHANGE_SAID.search(text))


def _place_words_dropped(frame: Frame) -> dict:
    """The slots without the words that name a place in the talk ("first", "middle", "minus"): no
    fact's "first half" or "first time" is meant."""
    return {
        "content": tuple(w for w in frame.content if w not in PLACE_WORDS_IN_THE_TALK),
        "topic_words": tuple(w for w in frame.topic_words if w not in PLACE_WORDS_IN_THE_TALK),
        "unknown": tuple(w for w in frame.unknown if w not in PLACE_WORDS_IN_THE_TALK),
    }


def _a_change_of_one_year(frame: Frame) -> bool:
    """A change from one year to the next ("growth 2013 to 2014"): 2014's change."""
    years = sorted(set(frame.all_years))
    return frame.operation is Operation.CHANGE and len(years) == 2 and years[1] - years[0] == 1


def _year_against_the_extreme(frame: Frame, conversation: Conversation) -> int | None:
    """The year asked before, named by its place, that a question measures against the best or
    worst year ("how far below the peak was the first one?"); None otherwise."""
    if not (frame.against_extreme and frame.extreme) or frame.has_period:
        return None
    return _named_by_order(frame.text, list(conversation.years_asked))


def _year_by_order(frame: Frame, conversation: Conversation) -> int | None:
    """The year the question names by its place among the years the last question asked, or
    else those asked one by one ("2012?", "and 2013", "what's the first one again?")."""
    last = conversation.frame
    if (
        last is None or frame.all_years or frame.operation
    ):  # "growth from the first one to the second" is over both
        return None
    years = last.all_years if len(last.all_years) > 1 else conversation.years_asked
    if len(years) < 2:
        return None
    return _named_by_order(frame.text, list(years))


THAN_A_COMPANY = re.compile(r"\b(?:they|them|those)\b.*\b(?:than|vs|versus|against)\b")


# a name a company goes by: "which company do people call the apple of china?"
NICKNAMED = re.compile(r"\b(?:call|calls|called|known as|nickname[ds]?|dubbed)\b")
# a company asked for: "which company is called the apple of china?", "what brand ..."
COMPANY_ASKED = re.compile(
    r"\b(?:which|what) (?:\w+ )?(?:company|companies|firm|brand|startup|maker|manufacturer)\b"
)


# a person's company asked for: "which company is he from?", "who does she work for?"
COMPANY_ASKED_FOR = re.compile(
    r"\b(?:which|what) (?:company|firm|employer|business) (?:is|does|did) (?:he|she|[a-z]+ [a-z]+)"
    r" (?:work|works|from|with|at)\b"
    r"|\b(?:he|she) works? for\b|\bdoes (?:he|she) work for\b|\b(?:his|her) (?:company|employer|firm)\b"
)


# "that article", "the same piece": the one the last answer cited
THAT_ARTICLE = re.compile(r"\b(?:that|this|the same|same) (?:article|piece|story|report|source)\b")
ITS_DATE = re.compile(
    r"\b(?:its|the) (?:exact |publication |publish |release )?date\b"
    r"|\bwhen was it (?:published|written|out|released|dated)\b"
)
ARTICLE_NOUNS = frozenset({"article", "articles", "piece", "story", "report", "reports", "source"})
# "when was it written?", "the date on the 2017 article?": an article's date asked
ARTICLE_DATE = re.compile(r"\b(?:date|dated|published|written|come out|came out)\b")
ARTICLE_SAYS = re.compile(r"\b(?:article|piece|story|report|source) (?:says?|said|gives?|have|has)\b")


def _that_article(frame: Frame, conversation: Conversation) -> bool:
    """Whether the question names the one article the last answer cited, and no other."""
    if len(conversation.sources_cited) != 1 or frame.source_year or frame.source_order or frame.not_sources:
        return False
    if THAT_ARTICLE.search(frame.text):
        return True
    # "which article is that in?", "what's its date?": the article that answer named
    last = conversation.frame
    # ("which countries does it sell in?", "which article?", "when was it written?": the one it named)
    named_one = last is not None and (
        last.operation is Operation.SOURCES or WHICH_ARTICLE_ASKED.search(last.question.lower()) is not None
    )
    return named_one and ITS_DATE.search(frame.text) is not None


# "are they ahead of xiaomi?", "do those beat xiaomi?": the companies just named, said first
THEY_FIRST = re.compile(
    r"^(?:so |and |but |ok )?(?:are|were|is|was|do|does|did|have|has) (?:they|those|these)\b"
)


def _companies_named_set_against(frame: Frame, conversation: Conversation) -> tuple[str, ...]:
    """The other companies the last fact answer named, where "they" are set against a company named."""
    if not frame.subjects or not THEY_FIRST.match(frame.text) or frame.has_period or frame.quantities:
        return ()
    if frame.metric or frame.sales_word:
        return ()  # ("did they sell more than xiaomi?": their sales, which the articles do not give)
    return tuple(c for c in conversation.companies if c not in frame.subjects)


def _means_companies_named(frame: Frame, conversation: Conversation | None) -> bool:
    """ "They" after an answer that named several other companies (a list of rivals) is those
    companies, not the one asked about; one other company named in passing is not enough."""
    if conversation is None or not conversation.companies:
        return False
    last = conversation.frame
    # ... unless that company was what was asked: "which company is he from?" (Apple), "they"
    asked_for = last is not None and COMPANY_ASKED_FOR.search(last.text) is not None
    if len(conversation.companies) < 2 and not asked_for:
        return False
    if (
        asked_for
        and len(conversation.companies) == 1
        and not frame.subjects
        and COMPANYS_PRONOUN.search(frame.text)
    ):
        return bool(frame.metric or frame.topics)  # "what company does he work for?", "its phones' prices?"
    if last is not None and last.subjects and not {Ask.WHICH, Ask.WHO} & set(last.asks):
        return False  # "when was xiaomi top in china?", "how many did they sell that year?": xiaomi
    if frame.subjects and not (frame.operation is Operation.COMPARE and THAN_A_COMPANY.search(frame.text)):
        return False  # "did they sell more than xiaomi?": they are still the rivals
    return bool(PLURAL_PRONOUN.search(frame.text)) and bool(frame.metric)


# The company just asked for, said of: "how much do its phones cost?"
COMPANYS_PRONOUN = re.compile(r"\b(?:its|their|they|them)\b")


def _fact_after_figure(frame: Frame) -> bool:
    """A company-fact topic ("ceo", "price") with no measure, period or calculation of its own."""
    own_figure = frame.metric or frame.operation or frame.has_period or frame.quantities
    if (
        frame.where_sold
        and Ask.WHERE in frame.asks
        and not (frame.operation or frame.has_period or frame.quantities)
    ):
        return True  # "xiaomi 2014 sales", "which countries do they sell in?": the markets, of no year
    # "what os do they run?": fact words asked of, with no topic of their own. Not "who set it?" (the
    # figure's own source), "announced when?" (the figure's date; "when is the mi 6 launching?" names
    # its thing) or "what about the original?" (the target just asked, taken up again).
    figures_source = Ask.WHO in frame.asks and ANSWER_PRONOUN.search(frame.text) is not None
    when_of_a_thing = Ask.WHEN in frame.asks and bool(frame.scopes)
    # ("is it true they want to launch in the us?": a claim of a thing done there, no place's sales)
    claimed_of_a_place = frame.yes_no and bool(frame.scopes)
    asked = bool({Ask.WHAT, Ask.WHERE, Ask.WHO} & set(frame.asks)) or when_of_a_thing or claimed_of_a_place
    asked = asked and not figures_source
    taken_up = TAKEN_UP.match(frame.text) is not None
    asked_of = bool(frame.topic_words) and asked and not (frame.sales_word or taken_up)
    return bool(frame.topics or asked_of) and not own_figure


# A number written bare, as a figure is said: "80", "17.8", never a year or a count of years.


def _bare_amounts(frame: Frame, last: Frame) -> tuple[float, ...]:
    """The numbers a check of the last figure states bare ("wasn't it 80?"): only after a
    figure of one period, with nothing else asked."""
    if not last.metric or last.operation or len(last.all_years) != 1:
        return ()  # after "growth in 2015?" (+14.8%), "wasn't it 15?" is no count of phones
    if frame.operation or frame.all_years or (frame.metric and frame.unknown):
        return ()  # ("i sold 70 lemonades": something else sold)
    # ("2015 target", "they only sold 70": the measure named is the one checked, that year)
    return bare_amounts(frame.text)


def _guess_at_the_last_figure(frame: Frame, last: Frame) -> dict:
    """The changes that set the last period's figure against a number guessed at it, written in
    full ("i guessed 60 million") or bare ("my bet was 65"); none where no guess is made of it."""
    if not frame.guessed or frame.has_period or len(last.all_years) != 1 or not last.metric:
        return {}
    amounts = frame.quantities or bare_amounts(frame.text)
    if not amounts or last.operation or (frame.stray_numbers and frame.quantities):
        return {}
    return {
        "quantities": amounts,
        "unscaled": not frame.quantities,
        "stray_numbers": (),
        "years": tuple(last.all_years),
        "year_range": None,
        "period_part": last.period_part,
        "yes_no": frame.yes_no or frame.operation is None,
        "asks": tuple(a for a in frame.asks if a is not Ask.SAID),  # ("my friend says 20m": no quote asked)
    }


def _the_last_figure_checked(last: Frame, step: int | None = None) -> dict:
    """The changes that make a follow-up a check of the last period's figure against a number
    written bare ("wasn't it 80?", "under 80?"), in the figures' scale; or of the year a step
    from it ("and the year after was 70?")."""
    return {
        "unscaled": True,
        "stray_numbers": (),
        "yes_no": True,
        "operation": None,
        "years": tuple(y + (step or 0) for y in last.all_years),
        "relative_step": None,
        "year_range": None,
        "period_part": last.period_part,
    }


def _bound_on_the_last_figure(frame: Frame, last: Frame) -> tuple[str, float] | None:
    """'Under 80?' after one period's figure: that figure checked against a bound written bare,
    in the figures' scale; None where the follow-up says anything else."""
    if not last.metric or last.operation or len(last.all_years) != 1 or len(frame.stray_numbers) != 1:
        return None
    if frame.operation not in (None, Operation.COMPARE):  # "more than 60?" compares
        return None
    if frame.metric or frame.all_years or frame.threshold or frame.quantities:
        return None
    bound = bare_bound(frame.text)
    return bound if bound and bound[1] == float(frame.stray_numbers[0]) else None


def _amounts_after_an_amount(frame: Frame, last: Frame) -> tuple[float, ...]:
    """The bare numbers of a follow-up to a question of an amount and no year ("which year did they
    sell 18.7m?", "and 70?"), as amounts in the same scale; none where the follow-up names a year."""
    if not last.metric or not (last.quantities or last.threshold) or last.all_years or frame.all_years:
        return ()
    if frame.metric and frame.metric != last.metric:
        return ()
    return bare_amounts(frame.text)


def _amounts_beside_a_year(frame: Frame, last: Frame) -> tuple[float, ...]:
    """The bare numbers of a follow-up that names one year and asks nothing else of the last
    figure's measure ("and 2014 also 70?"), as amounts; none otherwise ("would 70 in 2017 be growth")."""
    if not last.metric or last.operation or frame.operation or frame.quantities:
        return ()
    if len(frame.years) != 1 or frame.year_range or (frame.metric and frame.metric != last.metric):
        return ()
    return bare_amounts(frame.text)


def _ranks_companies_listed(frame: Frame, last: Frame, conversation: Conversation | None) -> bool:
    """'Which one sold the most?' after an answer that listed companies: which of them."""
    if conversation is None or len(conversation.companies) < 2 or last.metric is not None:
        return False
    if frame.operation not in (Operation.BEST, Operation.WORST) or frame.subjects or not frame.sales_word:
        return False
    return Ask.WHICH in frame.asks and "year" not in frame.text.split()


def _ranks_what_was_listed(frame: Frame, last: Frame) -> bool:
    """'Which one is the biggest?' after a fact (rivals, markets): a ranking of what it listed, with
    no measure, year or company of its own."""
    if last.metric is not None or last.operation or frame.operation not in (Operation.BEST, Operation.WORST):
        return False
    if frame.metric or frame.sales_word or frame.has_period or frame.subjects or "year" in frame.text.split():
        return False
    return bool({Ask.WHICH, Ask.WHO} & set(frame.asks))


def _fact_followup(frame: Frame, last: Frame, conversation: Conversation) -> Frame:
    """'who is he?', 'and where?', 'when does it launch?' after a fact."""
    anchor = tuple(last.all_years) or conversation.named_years
    before = conversation.before
    if last.where_sold and not last.all_years and before is not None and before.metric and before.all_years:
        # "xiaomi sales 2013", "where do they sell?", "and the year after?": after 2013, never after
        # the year of the markets' article
        anchor = tuple(before.all_years)
    if frame.period_part and not (frame.years or frame.year_range or last.unsupported) and len(anchor) == 1:
        frame = replace(frame, years=anchor)  # "what happened in q3 2015?", "and q2?": of 2015 too
    who_compared = frame.operation is Operation.COMPARE and {Ask.WHO, Ask.WHICH} & set(frame.asks)
    who_compared = who_compared and not frame.subjects
    # ... "who's beating xiaomi in china?", "was xiaomi ever ahead of them?": the rivals just named
    # against it, in the same fact; no target beaten
    ahead_of_them = (
        frame.operation in (Operation.COMPARE, Operation.GAP)
        and bool(conversation.companies)
        and OBJECT_PRONOUN.search(frame.text) is not None  # ("did they beat 2014?": they are Xiaomi)
        and not (frame.quantities or frame.target_named)
    )
    if ahead_of_them and frame.has_period and frame.yes_no and not frame.metric:
        # "who are xiaomi's rivals?", "did xiaomi beat them in 2015?": against those companies'
        # sales that year, as if they were named
        mine = frame.subjects or last.subjects
        rivals = tuple(c for c in conversation.companies if c not in mine)
        return replace(frame, subjects=(*mine, *rivals), operation=Operation.COMPARE, pronoun=False)
    no_sales = not (frame.sales_word or frame.metric)
    if no_sales and ((who_compared and not frame.has_period) or ahead_of_them):
        # "xiaomi's rank in china in 2017?", "who's ahead?": who beat it, in that fact ("beat" is
        # what the synonyms make of "ahead of", "upper hand"), no sales compared
        frame = replace(frame, operation=None, content=(*frame.content, "beat"))
    if Ask.WHEN in frame.asks and frame.content and set(frame.content) <= WHEN_WORDS and not frame.topics:
        # "exact date?" after the US launch: when that happens, of the same fact, nothing else of its own
        frame = replace(
            frame,
            topics=last.topics,
            topic_words=(*last.topic_words, *frame.topic_words),
            content=tuple(dict.fromkeys((*last.content, *frame.content))),
            scopes=frame.scopes or last.scopes,
        )
    if frame.relative_step and not frame.has_period and not last.all_years and Ask.WHEN in last.asks:
        # "when was xiaomi founded?", "and a year later?": the date was the answer, and the year
        # after it asks no founding again; what the bot has of that year, for the same company
        year = max(anchor) + frame.relative_step if anchor else None
        return replace(frame, years=(year,) if year else (), relative_step=None, subjects=last.subjects)
    if frame.relative_step and not frame.has_period and anchor:
        # "xiaomi's valuation?" (2015), "what was it a year earlier?": the same fact of 2014
        step = frame.relative_step
        year = (max(anchor) if step > 0 else min(anchor)) + step
        frame = replace(frame, years=(year,), relative_step=None)
    # "who laid those out?": nothing known of its own but what "those" point back to
    pointing = frame.over_previous and set(frame.content) <= set(frame.unknown)
    if frame.subjects and frame.subjects != last.subjects and not frame.personal:
        # "and nordphone?" after a fact: the same question, another company; "and xiaomi's
        # phones?" too, "phones" being no question of its own.
        own = [w for w in frame.content if w not in frame.weak_words]
        words = frame.content if own else (*last.content, *frame.content)
    elif frame.content and not frame.pronoun and not pointing:
        words = frame.content
    elif frame.reported and frame.pronoun and not frame.subjects:
        # "which newspaper reported that?": who reported the fact just given, found with its words
        words = (*frame.content, *conversation.focus_words)
    elif frame.personal and frame.yes_no and set(frame.content) - set(frame.weak_words):
        # "was he the one who called the designs theft?": his name, with what is checked of him
        words = (*frame.content, *(conversation.people or conversation.focus_words))
    elif (
        frame.personal
        and conversation.people
        and not set(conversation.people) & set(conversation.focus_words)
    ):
        # "who is lei jun?", "when was xiaomi founded?", "what are his priorities?": him, named before
        words = (*frame.content, *conversation.people)
    elif frame.personal or not frame.content or pointing:
        # "who is he?": the person the last fact named; "who laid those out?": what it named
        words = (*frame.content, *conversation.focus_words)
    else:
        words = frame.content  # "when was it founded?": about the company or product just asked about
    # "is that more than 40 billion?" after the valuation: still the valuation, not a figure question.
    # "so max 300 bucks?" after the prices: an amount checked against the last fact's topic.
    # "who are xiaomi's competitors?", "and in 2017?": the same fact asked of another year, when the
    # talk began with facts ("xiaomi 2013?", "their prices?", "and 2014?" is back to the figures)
    # ("xiaomi 2012?", "the ceo?", "the valuation?", "and how many in 2013?": a count of nothing named,
    # after a fact that counted nothing, is of the figures; "how many rivals?", "and in 2017?" counts them)
    count_of_figures = Ask.HOW_MANY in frame.asks and not frame.content and Ask.HOW_MANY not in last.asks
    count_of_figures = count_of_figures and not (last.age_asked or HOW_MANY_YEARS.search(frame.text))
    same_fact = (
        _period_alone(frame)
        and not frame.period_part
        and not (conversation.before and conversation.before.metric)
        and not count_of_figures
    )
    leaning = not frame.topics and (
        (frame.pronoun and not frame.content)
        or (frame.opener and bool(frame.quantities or frame.threshold))  # "so always under $350?"
        # "any above $300?" after the prices: a bound alone, with no measure of its own
        or _a_bound_alone(frame)
        or _an_amount_alone(frame)
        or same_fact
    )
    # "what's the new flagship?" (the Mi 6), "when is it launching?": "it" is the product named.
    # "when exactly?", "and where?": nothing of its own, so still about what the last answer named.
    bare = not frame.content and not frame.subjects
    # ("how much do its phones cost?": "its" before a thing is the company's, no product named)
    pointing_at_it = frame.pronoun and not ITS_THING.search(frame.text)
    # ("how much does one of those cost?" after the other products: one of them)
    pointing_at_it = pointing_at_it or ONE_OF_THOSE.search(frame.text) is not None
    product = (pointing_at_it or bare) and not frame.personal and not frame.subjects and not frame.scopes
    # "them", "their" are the company, not the place or nickname asked about ("the apple of china")
    singular = (frame.pronoun and not PLURAL_PRONOUN.search(frame.text)) or bare
    # ... and "it" after "which company is called the apple of china?" is the company answered
    singular = singular and not (
        Ask.WHICH in last.asks and COMPANY_ASKED.search(last.text) and NICKNAMED.search(last.text)
    )
    scopes = frame.scopes or (last.scopes if singular else ()) or (conversation.products if product else ())
    # "what did she say?" after the CEO: what she is quoted saying
    # ... and "what number did he give?", the figure he is quoted for
    # ... and "what does he expect for 2017?", what he is reported expecting
    said = Ask.SAID in frame.asks or GAVE_A_NUMBER.search(frame.text) is not None or frame.reported
    # ... and "is he the ceo?" after kevin wang: checked of him, as if his name were written
    quoted = frame.quoted or (conversation.names if frame.personal and (said or frame.yes_no) else ())
    # "what did lei jun say in 2017?", "and in 2015?": what he said then; "what did kevin wang say?",
    # "and lei jun?": what that one said
    said_before = Ask.SAID in last.asks and not frame.asks
    quoted = quoted or (last.quoted if said_before and same_fact else ())
    name_alone = bool(frame.quoted and frame.opener) and set(frame.content) <= {
        w for name in frame.quoted for w in name.split()
    }
    # ("what does he expect for 2017?": his name is what it is about, as if written)
    named = () if frame.quoted else tuple(w for name in quoted for w in name.split())
    return replace(
        frame,
        quoted=quoted,
        topics=frame.topics or (last.topics if leaning else ()),
        topic_words=(*(frame.topic_words or (last.topic_words if leaning else ())), *named),
        content=tuple(dict.fromkeys((*words, *(last.content if leaning else ())))),
        asks=frame.asks or (last.asks if same_fact or (said_before and name_alone) else ()),
        age_asked=frame.age_asked or (last.age_asked and same_fact),  # "how old in 2017?", "and 2016?"
        yes_no=frame.yes_no or (leaning and bool(frame.quantities or frame.threshold)),
        subjects=frame.subjects or last.subjects,
        scopes=scopes,
    )


def _extreme_of_the_fact(frame: Frame, last: Frame) -> bool:
    """'Is that the highest?' after a fact with no figure metric (a valuation, a price): an extreme
    asked of that fact, with no measure, period or topic of its own."""
    if frame.operation not in (Operation.BEST, Operation.WORST) or not (frame.pronoun and frame.yes_no):
        return False
    if frame.metric or frame.has_period or frame.sales_word or frame.topics or frame.quantities:
        return False
    return last.metric is None and bool(last.topics)


def _why_alone(frame: Frame) -> bool:
    """'why?', 'how come?': a reason asked, and nothing else."""
    return frame.bare and set(frame.asks) == {Ask.WHY}


# Two years set against each other and nothing else: "and 2016 vs 2013?"
VS_ALONE = re.compile(
    r"(?:and |what about |how about |now |ok )?(?:19|20)\d\d(?:'?s)? (?:vs\.?|versus|against|to|and)"
    r" (?:19|20)\d\d"
)


def _followup_operation(frame: Frame, last: Frame, asks_only_how_far: bool) -> Operation | None:
    """What a figure follow-up does: its own operation, or the last one where it only leans on it."""
    operation = frame.operation or _carried_operation(last.operation, frame)
    measure_of_its_own = frame.has_period or frame.metric or frame.target_named or frame.quantities
    if frame.operation is Operation.RATIO and last.operation is Operation.GAP and not measure_of_its_own:
        operation = Operation.GAP  # "2014 sales vs the projection", "so what's the multiple?": of those two
    if operation is None and SAME_AS_A_YEAR.search(frame.text):
        operation = Operation.COMPARE  # "the 2017 target", "same as 2015 sales?": one against the other
    from_a_number = last.operation is Operation.GAP and last.quantities and not last.target_named
    a_year_against = frame.all_years and not frame.target_named and MEASURED_AGAINST.search(frame.text)
    if operation is Operation.GAP and not frame.operation and from_a_number and a_year_against:
        operation = Operation.COMPARE  # "2016 vs 100 million", "what about against 2014?": the years
    # "how many times 2012 was 2015?", "and 2016 vs 2013?": the same working out, of those years
    # ("vs" alone sets them side by side only when nothing was worked out before)
    worked_out = (Operation.RATIO, Operation.CHANGE, Operation.TOTAL, Operation.AVERAGE)
    if (
        frame.operation is Operation.COMPARE
        and last.operation in worked_out
        and VS_ALONE.fullmatch(frame.text)
    ):
        operation = last.operation
    if operation is Operation.TOTAL and last.operation is Operation.AVERAGE and _adds_a_year(frame):
        operation = Operation.AVERAGE  # "avg 2012-2014", "plus 2016?": the average, with 2016 too
    asks_figure = {Ask.WHAT, Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks)
    if not frame.operation and Ask.WHEN in last.asks and frame.relative_step and asks_figure:
        operation = None  # "when did sales fall?", "what were they the year before that?": that year's
    comparing = (Operation.GAP, Operation.COMPARE, Operation.CHANGE)
    if asks_only_how_far and last.operation in comparing and not frame.has_period:
        operation = last.operation  # "did they hit it?", "by how much?": how far from it
        if last.operation is Operation.COMPARE and (IN_PERCENT.fullmatch(frame.text) or frame.percent_asked):
            operation = Operation.CHANGE  # "2015 vs 2016", "as a percentage?": the change says it
    if (
        operation is Operation.CHANGE
        and (
            last.target_named
            or (last.metric and frame.operation is Operation.CHANGE and PERCENT_SAID.search(frame.text))
        )
        and not frame.has_period
        and REACHED.search(frame.text)
    ):
        operation = Operation.GAP  # "the 2015 targets?", "percent achieved of each?": how far sales got
    overall = frame.has_period and OVERALL_ONLY.search(frame.text)
    if frame.operation is Operation.TOTAL and last.operation is Operation.CHANGE and overall:
        operation = Operation.CHANGE  # growth over two spans, then "overall 2012 to 2016?": the growth
    if (
        frame.operation is Operation.AVERAGE
        and last.operation is Operation.CHANGE
        and not (frame.has_period or frame.sales_word)  # "and the average sales?" are sales
        and len(last.all_years) > 1  # a target's cut within one year is spread over no years
    ):
        operation = Operation.CHANGE  # "growth 2013 to 2015", "per year?": that growth, spread over the years
    if (
        frame.operation is Operation.GAP
        # ("did they beat 2014 by 10m?": the number a margin, no figure)
        and not (frame.target_named or set(frame.quantities) - set(frame.differences) or last.target_named)
        and len(frame.all_years) == 1
        and len(last.all_years) == 1
        and frame.all_years != last.all_years
        and last.metric
        and BEAT_A_YEAR.search(frame.text)
    ):
        operation = Operation.COMPARE  # "xiaomi 2016", "did they beat 2014?": a year, not a target, beaten
    if operation is Operation.COMPARE and frame.metric and last.metric and frame.metric != last.metric:
        # "the 2017 target?" then "how does that compare with 2016 sales?": one measure against
        # the other is how far the sales are from the target.
        operation = Operation.GAP
    return operation


def _figure_followup(frame: Frame, last: Frame, conversation: Conversation) -> Frame:
    if last.operation in EXTREMES and _figure_claimed_alone(frame, last) and conversation.named_years:
        # "what was their best year?" (2015), "so 70m?": that year's figure checked, not the best again
        frame = replace(frame, refers_back=True)
    if last.calculation is not None and frame.calculation is None and ANSWER_PRONOUN.search(frame.text):
        # "double it" (140 million), "is that above the 100m target?": "that" is the multiple, which
        # no figure or target is checked against; declined rather than answered for the base figure
        return replace(
            frame, unsupported="checking a multiple against another figure", years=tuple(last.years)
        )
    if frame.threshold and HOW_FAR_FROM.search(frame.text) and not frame.years and last.all_years:
        # "xiaomi 2015", "how much below the 80m goal?": that year's margin to the number
        frame = replace(frame, operation=Operation.GAP, quantities=(frame.threshold[1],), threshold=None)
    asks_only_how_far = any(p.fullmatch(frame.text) for p in (BY_HOW_MUCH, FAR_OFF, IN_PERCENT))
    operation = _followup_operation(frame, last, asks_only_how_far)
    if operation is None and _how_far_from_another_years_target(frame, last):
        operation = Operation.GAP  # "2012", "what % of the 2014 projection?": how far it got
    if _sales_against_the_target_asked(frame, last, operation):
        # "the 80m goal", "how many more were needed?" or "how far short?": that year's sales
        # against the target just asked, by its number
        operation = Operation.GAP
        frame = replace(frame, quantities=frame.quantities or last.quantities)
    apart_only = _apart_only(frame) and not (frame.target_named or last.target_named)
    if operation is Operation.GAP and apart_only and len(conversation.years_asked) > 1:
        operation = Operation.CHANGE  # "2013", "and 2016", "what's the gap?": between those years
    # "what else does xiaomi make?", "how many of those did they sell?": those products' sales.
    # ("sales that year?" after the Mi 6's launch: the year, not the product)
    # ... and "how many were sold?" after "what is the mi 6?": nothing else named, the product
    counted_alone = frame.asks_for_figure and not (frame.has_period or frame.subjects or frame.topics)
    # ... when the last question was of a product, not of a place ("does it sell in india?")
    counted_alone = counted_alone and bool(last.scopes) and set(last.scopes) <= set(conversation.products)
    products = (
        last.metric is None
        and bool(conversation.products)
        and (frame.over_previous or frame.pronoun or counted_alone)
        and not frame.refers_back
    )
    changes: dict = {
        "per_year": frame.per_year
        or (
            operation is Operation.CHANGE
            and frame.operation is Operation.AVERAGE
            and not frame.sales_word
            and len(last.all_years) > 1
        ),
        "metric": frame.metric or (None if _sales_asked_after_a_target(frame, last) else last.metric),
        "operation": operation,
        "subjects": frame.subjects or last.subjects,
        # A place or product a fact question named is no scope of the figures after it ("when was
        # xiaomi top in china?", "and when did its sales first drop?": company-wide sales).
        # Nor is the place a figure was spoken of a scope of when it changed ("what did lei jun say in
        # wuzhen?", "and when did xiaomi cut the target to 80m?").
        "scopes": frame.scopes
        or (
            last.scopes
            if last.metric and not _when_of_its_own(frame, last) and _scope_kept(frame, last)
            else ()
        )
        or (conversation.products if products else ()),
        # ("why?" alone asks the reason of what was answered, not of the words that asked it)
        "content": frame.content or (() if _why_alone(frame) else last.content),
        # "does it sell in india?" then "and in the US?": still a check.
        # ... but "and how about 2015 compared?" after "is that official?" asks for a comparison.
        "yes_no": frame.yes_no
        or (last.yes_no and frame.opener and not frame.operation)
        # "higher than the 2017 target?": a check of the last answer, said short
        or bool(COMPARATIVE_OPENING.match(frame.text) and frame.question.rstrip().endswith("?"))
        # "same as 2014?": a check of the last answer against that year
        or bool(SAME_AS_A_YEAR.search(frame.text) and frame.question.rstrip().endswith("?")),
    }
    if (
        frame.operation is Operation.AVERAGE
        and not (frame.all_years or frame.threshold or frame.quantities)
        and len(set(last.all_years)) > 1
        and AVERAGE_ADDED.search(frame.text)
    ):
        # "xiaomi 2012 and 2016", "how many phones per year did they add on average?": the change
        # spread over the years, not the mean of the two years' sales
        changes.update(operation=Operation.CHANGE, per_year=True)
    if not (frame.metric or frame.operation):
        # "per month", "and 2016?": still a month's share; "in lakh?", "and 2014?": still in lakh
        changes.update(
            per_unit=frame.per_unit or last.per_unit, unit_asked=frame.unit_asked or last.unit_asked
        )
    if (
        frame.operation in EXTREMES
        and last.operation is Operation.CHANGE
        and last.superlative
        and not (frame.has_period or frame.metric or frame.sales_word)
    ):
        # "the biggest jump?", "and the smallest?": the other end of the changes, not of the years
        changes.update(
            operation=Operation.CHANGE,
            superlative=frame.extreme,
            extreme=frame.extreme,
            direction=last.direction,
            against_extreme=last.against_extreme,
            content=tuple(dict.fromkeys((*frame.content, *last.content))),
        )
    if operation in EXTREMES and operation is last.operation and frame.operation is None:
        # "which was the second best year?", "how many?": still the second best, not the best
        changes.update(
            rank=frame.rank if frame.rank != 1 else last.rank, extreme=frame.extreme or last.extreme
        )
    if frame.yes_no and ANSWER_PRONOUN.search(frame.text):
        changes["answer_metric"] = last.metric  # "is that more than they sold in 2016?": that target
    if share := _share_carried(frame, last):
        # ... of a target: how far sales got, never the target's revision
        changes.update(unsupported=share, operation=Operation.GAP, revised=False)
    changes.update(
        _years_carried(
            frame, _years_leaned_on(frame, last, conversation), conversation, operation, changes["metric"]
        )
    )
    changes = _settled_after_the_years(frame, last, conversation, changes, operation, asks_only_how_far)
    years = changes.get("years", frame.years)
    moved = frame.direction or (_why_alone(frame) and operation in (Operation.CHANGE, Operation.COMPARE))
    if Ask.WHY in frame.asks and moved and not frame.has_period and len(years) == 2:
        # "why did it drop?" (or "why?") after 2016 against 2015: the change lands in the later year
        changes.update(years=(max(years),), year_range=None)
    if changes.get("unsupported") and TARGET_VERSION.fullmatch(frame.text):
        changes["quantities"] = ()  # "what percent of the 80m goal?", "and the original one?": not 80m
    if (
        frame.pronoun
        and frame.direction
        and not frame.has_period
        and last.period_part
        and years == last.years
    ):
        changes["period_part"] = last.period_part  # "q3 2015", "was it the first drop?": that quarter
    if frame.direction and not frame.has_period and RUN_OF_YEARS.search(frame.text):
        changes.update(years=(), year_range=None)  # "so it fell two years in a row?": over every year
    # "best year?", "worst?", "avg?": over the years the extremes were found among ("sum of both?",
    # and "sum" after "best and worst year", add those two)
    summed = changes.get("operation", frame.operation) in (Operation.TOTAL, Operation.AVERAGE)
    over_all = summed and not frame.has_period and last.operation in EXTREMES and not last.years
    over_all = over_all and not last.both_extremes
    if over_all and not (frame.pronoun or THE_YEARS_NAMED.search(frame.text)):
        changes.update(years=(), year_range=last.year_range)
    ranked_then = changes.get("operation", frame.operation) in EXTREMES and UP_TO_THEN.search(frame.text)
    if ranked_then and len(years) == 1 and frame.until_year is None:
        changes["until_year"] = years[0]  # "xiaomi 2014", "was it a record at the time?": up to 2014
    if frame.whole_year and not frame.period_part and frame.relative_step:
        # "h1 2015", "the full year after?": all of 2016, no half of it
        changes.update(period_part=None, parts_named=(), part_years=())
    return replace(frame, **changes)


THE_YEARS_NAMED = re.compile(r"\b(?:both|those|these|them|the two|each)\b")  # the years just named
# "two years in a row", "back to back", "consecutive years": a run of years, searched among them all
RUN_OF_YEARS = re.compile(rf"\byears? {RUN_SAID}|\bback[ -]to[ -]back\b|\bconsecutive\b")


def _an_extreme_of_the_facts_listed(frame: Frame, last: Frame) -> bool:
    """'Who are xiaomi's competitors?' or 'which markets?', then 'the biggest of those?': the
    biggest of what a fact listed, which no figure ranks."""
    if last.metric is not None or last.all_years or frame.operation not in EXTREMES:
        return False
    if frame.metric or frame.sales_word or frame.has_period or frame.subjects or frame.topics:
        return False
    if re.search(r"\b(?:years?|yrs?|sales|sold|sell)\b", frame.text):
        return False  # ("the best year of those?", "the biggest sales among them?": the figures)
    return OF_THE_LISTED.search(frame.text) is not None


OF_THE_LISTED = re.compile(r"\b(?:of|among|out of) (?:those|them|these|the ones)\b")
# "which one said 60?", "and which one gives 61": of the articles just cited
WHICH_ONE_SAID = re.compile(
    r"(?:and |so |ok |but )?which one (?:said|says|say|gave|gives|reported|reports|has|had|claims|claimed)\b"
)
# "and the rest?", "what about the remainder": what is left of the year after its first half
REST_ALONE = re.compile(r"(?:and |what about |how about |so |ok )*(?:the )?(?:rest|remainder)(?: of it)?")
# "and the rest of the years?", "the other years?": every year but those asked
OTHER_YEARS = re.compile(
    r"(?:and |what about |how about |so |ok )*(?:the |all the )?(?:(?:rest|remainder) of the(?: other)? years"
    r"|other years)"
)


# "and previously?", "afterwards?": a step said with no year word, which after a target is its revision
STEP_SAID_ALONE = re.compile(
    r"(?:and |what about |how about |so |ok )*(?:previously|beforehand|afterwards|subsequently|thereafter)\W*"
)
# "since then?", "and before then?", "until that year": a range opened at the last year
FROM_THEN = re.compile(
    r"^(?:and |what about |how about |so |ok )*(?:(?:the )?(?:sales|figures|numbers|total|sum|how many) )?"
    # ("how many has it sold since then?": the count asked in so many words)
    r"(?:how (?:many|much)(?: [a-z]+){0,4}? (?:sold|sell|shipped|ship|shifted|moved) )?"
    r"(?P<way>since|before|until|up to|prior to) (?:then|that year)"  # ("after that?": the year after)
    r"(?: (?:in total|in all|total|combined|altogether|together|added up))?\W*$"  # "since then in total?"
)


def _range_from_then(frame: Frame, last: Frame) -> dict:
    """The years open from the last answer's one year ("since then?"), as since_year or until_year."""
    said = FROM_THEN.match(frame.text)
    if said is None or not last.metric or len(last.all_years) != 1 or last.operation or last.period_part:
        return {}
    if last.target_named:
        return {}  # (the targets since then are no list: each year's plans are told apart)
    year, way = last.all_years[0], said.group("way")
    if way == "since":
        return {"since_year": year, "until_year": None}
    return {"until_year": year - (way in ("before", "prior to")), "since_year": None}


def _other_years_asked(frame: Frame, last: Frame) -> bool:
    """'Sales 2015', 'and the rest of the years?' (or 'and the rest?' after a whole year's figure)."""
    if not last.metric or not (last.all_years or last.until_year or last.since_year) or frame.has_period:
        return False
    if (last.operation and last.operation not in OVER_EVERY_YEAR) or last.target_named:
        return False  # (the other years' targets are no list: each year's plans are told apart)
    return OTHER_YEARS.fullmatch(frame.text) is not None or (
        not last.period_part and REST_ALONE.fullmatch(frame.text) is not None
    )


# operations over every year when no year is named: "best year?", "total sales?"
OVER_EVERY_YEAR = (Operation.BEST, Operation.WORST, Operation.TOTAL, Operation.AVERAGE, Operation.SERIES)


def _whole_year_against_a_part_named(frame: Frame, last: Frame, operation: Operation | None) -> bool:
    """'Is that more than h1?' after one whole year's figure: that year against a part of it."""
    if operation not in (Operation.COMPARE, Operation.CHANGE, Operation.RATIO) or not frame.period_part:
        return False
    if frame.years or frame.year_range or frame.whole_year or len(last.all_years) != 1:
        return False
    return not last.period_part and last.metric is not None and ANSWER_PRONOUN.search(frame.text) is not None


def _companies_of_one_topic_just_asked(last: Frame | None, before: Frame | None) -> tuple[str, ...]:
    """The two companies the last question asked a fact of ("xiaomi vs apple phone prices"), or the
    last two questions asked the same fact of, one each ("xiaomi prices", "iphone prices")."""
    if last is None or last.metric is not None:
        return ()
    if len(last.subjects) == 2 and last.topics:
        return tuple(last.subjects)
    if before is None or before.metric is not None or len(last.subjects) != 1 or len(before.subjects) != 1:
        return ()
    # ("xiaomi phone prices", "and an iphone?": the company alone asks the same fact of it)
    alone = not last.topics and not last.has_period and not last.operation
    if set(before.topics) != set(last.topics) and not (alone and before.topics):
        return ()
    if not before.topics or before.subjects == last.subjects:
        return ()
    return (before.subjects[0], last.subjects[0])


def _of_the_companies_just_asked(frame: Frame, last: Frame | None, two: tuple[str, ...]) -> bool:
    """A gap asked with no company of its own, after a fact asked of two companies, of the same
    topic or none ("xiaomi vs apple phone prices", "gap at the top end?")."""
    if last is None or len(two) != 2 or frame.subjects:
        return False
    return set(frame.topics) <= set(last.topics)


def _part_and_its_whole_year(
    frame: Frame, last: Frame, conversation: Conversation, operation: Operation | None
) -> str | None:
    """The part of a year asked, where the last two questions were that part and the whole year, in
    either order, and a follow-up asks a share or the difference with no period of its own; None
    otherwise. ("h1 2015", "full year?", "difference?" is the whole year against its part; "growth?"
    is the year's own growth.)"""
    before = conversation.before
    if before is None or frame.years or frame.year_range or frame.subjects or frame.whole_year:
        return None
    if len(frame.parts_named) > 1:
        return None  # "second half minus first half": the two halves, named
    apart = operation in (Operation.CHANGE, Operation.COMPARE) and not GROWTH_SAID.search(frame.text)
    if not (SHARE_ASKED.search(frame.text) or apart) or len(last.all_years) != 1:
        return None
    if tuple(last.all_years) != tuple(before.all_years) or last.metric != before.metric:
        return None
    parts = [f.period_part for f in (last, before) if f.period_part]
    # ("what percent is h1 of that?": the part named again)
    if len(parts) != 1 or frame.period_part not in (None, parts[0]):
        return None
    return parts[0]


def _half_of_one_of_the_two(years: tuple[int, ...], last: Frame, before: Frame | None) -> dict:
    """The slots of a part of one year, where two years are worked on and the last two questions
    asked them, one a part of its year and the other a whole year ("h1 2015", "and 2013", "sum?");
    none otherwise."""
    if before is None or len(years) != 2 or len(last.all_years) != 1 or len(before.all_years) != 1:
        return {}
    if {last.all_years[0], before.all_years[0]} != set(years) or last.metric != before.metric:
        return {}
    parted = [f for f in (last, before) if f.period_part]
    if len(parted) == 2 and last.period_part == before.period_part:
        # "h1 2015", "h1 2014", "growth between them?": the same half of both years
        part = last.period_part
        return {"period_part": part, "parts_named": (part,), "part_years": tuple(sorted(years))}
    if len(parted) != 1:
        return {}
    part, year = parted[0].period_part, parted[0].all_years[0]
    return {"period_part": part, "parts_named": (part,), "part_years": (year,)}


def _the_two_halves(
    frame: Frame, last: Frame, conversation: Conversation, operation: Operation | None
) -> bool:
    """Whether a bare comparison follows the two halves of one year, asked one after the other."""
    before = conversation.before
    if operation not in (Operation.CHANGE, Operation.COMPARE):
        return False
    # "h2 2015?", "was that more than h1?": the half named against the one just asked
    other_half = {last.period_part, frame.period_part} == {"H1", "H2"} and len(last.all_years) == 1
    if other_half and not (frame.years or frame.year_range or frame.whole_year):
        return True
    if frame.has_period:
        return False
    if set(last.parts_named) == {"H1", "H2"} and len(last.all_years) == 1:
        return True  # "h2 2015 vs h1 2015", "growth in %?": between the two halves just set side by side
    if before is None:
        return False
    halves = {last.period_part, before.period_part} == {"H1", "H2"}
    return halves and len(last.all_years) == 1 and tuple(before.all_years) == tuple(last.all_years)


def _set_against_several(frame: Frame, last: Frame, operation: Operation | None) -> bool:
    """'How does that compare with 2015 and 2014?' after one year: that year beside those."""
    if operation is not Operation.COMPARE or len(frame.all_years) < 2 or len(last.all_years) != 1:
        return False
    if set(last.all_years) & set(frame.all_years) or frame.subjects or last.period_part:
        return False
    # ... or opens on the comparison: "lower than both 2014 and 2015?"
    measured = ANSWER_PRONOUN.search(frame.text) or COMPARATIVE_OPENING.match(frame.text)
    return bool(measured) and not COMBINED_ASKED.search(frame.text)


def _how_far_from_another_years_target(frame: Frame, last: Frame) -> bool:
    """'How far short of the 2014 projection?' after another year's figure: that figure against it."""
    gap = frame.operation is Operation.GAP or (frame.operation is None and frame.percent_asked)
    if not gap or not frame.target_named or frame.sales_word or frame.subjects:
        return False
    if len(frame.all_years) != 1 or len(last.all_years) != 1 or frame.all_years == last.all_years:
        return False
    return bool(last.metric) and not _asked_a_target(last) and HOW_FAR_ASKED.match(frame.text) is not None


HOW_FAR_ASKED = re.compile(
    r"(?:and |so |ok )?(?:(?:how (?:far|much|many)|by how much)(?: \w+)?"
    r" (?:short|off|below|above|from|behind|ahead|under|over)"
    r"|what (?:percent|percentage|share|fraction|part) of (?:the |its )?(?:19|20)\d\d)"
)


def _sum_against_the_last(frame: Frame, last: Frame) -> bool:
    """'Vs 2012 and 2013 combined?', 'is that more than 2012 and 2013 together?' after one whole
    year: that year set against the years named, added up."""
    if not COMBINED_ASKED.search(frame.text) or len(frame.all_years) < 2 or len(last.all_years) != 1:
        return False
    if frame.operation not in (None, Operation.COMPARE, Operation.RATIO) or frame.period_part:
        return False
    if set(last.all_years) & set(frame.all_years) or frame.subjects:
        return False
    # ("bigger than 2012 and 2013 put together?", "how many more than in 2012 and 2013 combined?":
    # the comparison opens the question)
    opening = SET_AGAINST_FIRST.match(frame.text) or COMPARATIVE_OPENING.match(frame.text)
    opening = opening or HOW_MUCH_MORE_THAN.match(frame.text)
    return bool(ANSWER_PRONOUN.search(frame.text) or opening)


# "2014 minus that", "subtract that from 2015": the last figure taken from a year's
LESS_THE_LAST = re.compile(
    r"\b(?:minus|less|subtract|subtracting) (?:that|this|it)\b"
    r"|\b(?:subtract|take) (?:that|this|it)(?: away)? from\b"
)


# "the year it was founded", "the year they started": a year named by the founding
YEAR_OF_THE_FOUNDING_NAMED = re.compile(
    r"\bthe year (?:that |when )?(?:it|they|xiaomi|the company)"
    r" (?:was |were |got )?(?:founded|started|set up)\b"
)


def _sales_of_the_founding_year(frame: Frame, last: Frame) -> bool:
    """'How about the year it was founded?' after a year's sales: the sales of the founding year."""
    if frame.topics != ("founded",) or frame.has_period or frame.metric or Ask.WHEN in frame.asks:
        return False
    if frame.yes_no:
        return False  # ("was that the year it was founded?" asks of the year)
    if not YEAR_OF_THE_FOUNDING_NAMED.search(frame.text):
        return False
    return _one_years_figure(last)


def _share_of_the_target_said(frame: Frame, last: Frame) -> bool:
    """'Xiaomi 2015 target 100m', 'what percent of that did they sell in h1?': a share of the one
    target just named by its number (or of each of the year's targets, named by its year), of sales
    asked with a part of its year or none."""
    if not (SHARE_ASKED.search(frame.text) and OF_THAT.search(frame.text) and frame.sales_word):
        return False
    if not last.target_named or len(last.quantities) > 1 or len(last.all_years) != 1:
        return False
    return not frame.years or frame.years == tuple(last.all_years)


def _a_year_less_the_last(frame: Frame, last: Frame) -> bool:
    """'What is the 2014 number minus that?' after one year's figure: the one year's less the other's."""
    if not LESS_THE_LAST.search(frame.text) or len(frame.years) != 1 or frame.year_range or frame.period_part:
        return False
    if len(last.all_years) != 1 or last.operation or last.period_part or not last.metric:
        return False
    return (
        frame.years != tuple(last.all_years) and frame.metric in (None, last.metric) and not frame.quantities
    )


HOW_MUCH_MORE_THAN = re.compile(
    r"(?:and |so |ok )?(?:how (?:many|much)|by how much)"
    r" (?:more|less|fewer|higher|lower|bigger|smaller) than\b"
)
# "vs 2012 and 2013 combined?", "compared to ...": a follow-up setting the last answer against what it names
SET_AGAINST_FIRST = re.compile(r"(?:and |so |but )?(?:vs|versus|against|compared (?:to|with)|relative to)\b")


def _years_carried(
    frame: Frame, last: Frame, conversation: Conversation, operation: Operation | None, metric: str | None
) -> dict:
    """Which years (and part of a year) a figure follow-up is about, from what it names and what came
    before; with what the years change of the rest (a check, an operation, the quantities)."""
    changes: dict = {}
    left_out = set(frame.years_left_out)
    anchor = conversation.named_years or tuple(last.all_years)
    onwards = frame.relative_step == 1 or frame.refers_back or SINCE_THEN.search(frame.text)
    # ("how many years between the best and worst years?", "from 7.2m to 70m?": ends of its own)
    names_its_own = (
        frame.quantities or frame.extreme or frame.both_extremes or frame.target_named or frame.topics
    )
    if (
        not (frame.all_years or names_its_own)
        and SPAN_OF_YEARS_ASKED.search(frame.text)
        and (ends := _two_years_talked_of(last, conversation))
    ):
        # "xiaomi 2013", "and 2015?", "how many years between those two?": the span between them
        changes.update(years=ends, year_range=None)
    elif (
        not frame.all_years
        and (len(frame.quantities) == 2 or frame.both_extremes)
        and SPAN_OF_YEARS_ASKED.search(frame.text)
    ):
        pass  # "how many years from 7.2m to 70m?", "between the best and worst year?": ends of its own
    elif _worked_figure_checked(frame, last):
        # "xiaomi 2012", "what if it was 50% more?", "more than 10m?": that worked-out figure, checked
        changes.update(
            years=tuple(last.all_years), calculation=last.calculation, period_part=last.period_part
        )
    elif spans := _two_growths_asked(frame, last, conversation.before):
        # "growth 2012 to 2013?", "and 2013 to 2014?", "which was faster?": the two side by side
        changes.update(
            years=spans[0],
            year_range=spans[0],
            second_range=spans[1],
            operation=Operation.CHANGE,
            growths_set_against=True,
        )
    elif _another_years_sales_against_the_target(frame, last):
        # "the 2017 target vs 2015 sales?", "vs 2016 sales?": 2016's sales against the same target
        changes.update(_sales_against_a_target(frame.all_years[0], last.target_year), metric=last.metric)
    elif _a_years_sales_against_the_target_asked(frame, last):
        # "the original 2015 target", "how much over 2014 sales was that?": 2014's sales against it
        changes.update(
            _sales_against_a_target(frame.all_years[0], last.all_years[0]),
            metric=last.metric,
            quantities=last.quantities,
        )
    elif part := _part_before_the_target(frame, last, conversation, operation):
        # "h1 2015 sales?", "and the revised target?", "what portion had been reached?": that half
        # against the target asked after it
        changes.update(years=tuple(last.all_years), year_range=None, period_part=part)
    elif _whole_year_against_a_part_named(frame, last, operation):
        # "xiaomi sales 2015", "is that more than h1?": that whole year against its first half
        changes.update(years=tuple(last.all_years), year_range=None, whole_year=True)
    elif part := _part_and_its_whole_year(frame, last, conversation, operation):
        # "h1 2015?", "full 2015?", "what % is the first of the second?": the part's share of the year
        # ("difference?": the year against its part)
        share = SHARE_ASKED.search(frame.text) is not None
        changes.update(
            years=tuple(last.all_years),
            year_range=None,
            period_part=part,
            parts_named=(part,),
            whole_year=True,
            unsupported=frame.unsupported or ("share of" if share else ""),
            operation=Operation.RATIO if share else operation,
        )
    elif _the_two_halves(frame, last, conversation, operation):
        # "xiaomi 2015 h2", "and h1?", "difference?": the two halves of that year, side by side
        # ("was that more than h1?" after h2: "that", the half just asked, is said first)
        # ("xiaomi h1 2015", "was the second half better?": the half it names first is the one
        # claimed; "more than h2?" claims the one just asked)
        if len(frame.parts_named) == 2:
            named = frame.parts_named
        elif not frame.period_part:
            named = ("H1", "H2")
        elif ANSWER_PRONOUN.search(frame.text) or THAN.search(frame.text):
            named = (last.period_part, frame.period_part)
        else:
            named = (frame.period_part, last.period_part)
        changes.update(years=tuple(last.all_years), year_range=None, period_part="H2", parts_named=named)
    elif _sum_against_the_last(frame, last):
        # "xiaomi 2016", "is that less than 2013 and 2014 combined?": that year against their sum
        # ("were 2012 and 2013 together more than that?": the sum is claimed, against that year)
        sides = (tuple(last.all_years), tuple(sorted(frame.all_years)))
        changes.update(
            years=tuple(sorted({*last.all_years, *frame.all_years})),
            year_range=None,
            sums_apart=sides[::-1] if THAN_THAT.search(frame.text) else sides,
            operation=frame.operation or Operation.COMPARE,
        )
        if last.period_part:  # "h1 2015", "is that more than 2012 and 2013 together?": that half
            changes.update(
                period_part=last.period_part,
                parts_named=(last.period_part,),
                part_years=tuple(last.all_years),
            )
    elif sides := _sales_and_target_talked_of(frame, last, conversation):
        # "xiaomi target 2017?", "and 2016 sales?", "so they need 12m more?": the margin claimed
        # between the two, short of the target ("need", "short") or past it ("beat it by")
        changes.update(
            _sales_against_a_target(*sides),
            claimed_margin=frame.differences[0],
            claims_short=MARGIN_SHORT.search(frame.text) is not None,
            quantities=(),
            yes_no=True,
        )
    elif sides := _sales_and_target_said_same(frame, last, conversation):
        # "xiaomi 2015 sold", "2017 target?", "same number?": that year's sales against that target
        changes.update(
            _sales_against_a_target(*sides),
            metric=last.metric if last.target_named else conversation.before.metric,
            quantities=(),
            yes_no=True,
        )
    elif sides := _sales_and_target_set_apart(frame, last, conversation):
        # "revised 2015 target", "2015 sales", "what's the gap between the two?", "ratio of those
        # two": that year's sales against that target (the share of it says the ratio)
        target_asked, sales_asked = (
            (last, conversation.before) if last.target_named else (conversation.before, last)
        )
        changes.update(
            _sales_against_a_target(*sides),
            metric=sales_asked.metric,
            target_named=True,
            target_metric=target_asked.target_metric or target_asked.metric,
            # ("the revised target": the last one set, not every one of the year)
            content=(*frame.content, *(("revised",) if target_asked.revised else ())),
            quantities=(),
        )
        if sales_asked.period_part:  # "h1 2015 sales", "revised 2015 target", "gap between the two?"
            changes.update(period_part=sales_asked.period_part, parts_named=sales_asked.parts_named)
    elif years := _two_years_said_same(frame, last, conversation):
        # "xiaomi 2015 sales", "and 2014?", "same?": the two years' figures, checked equal
        changes.update(years=years, year_range=None, operation=Operation.COMPARE, yes_no=True)
    elif before := _margin_over_the_year_before(frame, last, conversation, operation):
        # "2014 sales", "and 2015?", "so they beat it by 9m?": the last year against the one before,
        # by the margin claimed ("missed it by 9m?" claims it lower)
        changes.update(
            years=(last.all_years[0], before),
            year_range=None,
            operation=Operation.COMPARE,
            quantities=frame.differences[:1],
            claims_less=frame.claims_less or bool(frame.claims_short),
        )
    elif _set_against_several(frame, last, operation):
        # "xiaomi 2016", "how does that stack up against 2015 and 2014?": the three side by side
        changes.update(years=(*last.all_years, *frame.all_years), year_range=None)
    elif frame.every_year and not frame.has_period and onwards and anchor:
        # "xiaomi 2012", "did they grow every year after that?": each year since that one
        changes.update(
            years=(), year_range=None, since_year=max(anchor), relative_step=None, refers_back=False
        )
    elif left_out and set(frame.years) <= left_out and len(last.all_years) > 1:
        # "average 2012-2016", "and without 2016?": the same over the years asked, less that one
        changes.update(years=tuple(y for y in last.all_years if y not in left_out), year_range=None)
        # "and less 2016?": "less" leaves the year out, and compares nothing
        leaving_out = (None, Operation.COMPARE, Operation.CHANGE)  # "less", "minus"
        changes["operation"] = last.operation if frame.operation in leaving_out else frame.operation
        if not left_out <= set(last.all_years):
            # "2013 + 2016", "and minus 2012": a year taken from a sum it was never in; no such sum
            changes["unsupported"] = frame.text
        elif changes["operation"] in TWO_YEARS_APART and len(changes["years"]) < 2:
            # "growth 2013 to 2014", "sans 2014?": a change with one end left out is no change
            changes["unsupported"] = frame.text
    elif (
        left_out
        and set(frame.years) <= left_out
        and not last.all_years
        and last.operation in OVER_EVERY_YEAR
        and frame.operation in (None, Operation.COMPARE, Operation.CHANGE)
    ):
        # "best year?", "excluding 2015?": the same over every year but that one
        changes.update(years=(), year_range=None, operation=last.operation)
    elif (
        left_out
        and set(frame.years) <= left_out
        and len(last.all_years) == 1
        and not last.operation
        and not last.period_part
        and not left_out & set(last.all_years)
        and frame.operation is None
        and not (frame.sales_word and frame.metric != last.metric)  # the 2015 target "minus 2016 sales"
        # ("2015 target", "excluding 2014?": nothing to leave 2014 out of; "minus 2014" takes it away)
        and TAKEN_OUT_FIRST.match(frame.text) is not None
    ):
        # "2015 sales", "minus 2014": the one year's figure less the other's, their difference
        changes.update(years=tuple(sorted({*last.all_years, *left_out})), year_range=None)
        changes["operation"] = Operation.CHANGE
    elif guess := _guess_at_the_last_figure(frame, last):
        # "xiaomi 2015 sales?", "i guessed 60 million": that figure checked against the guess, or
        # measured from it ("my guess was 65, how far off?")
        changes.update(guess)
    elif frame.stray_numbers and (amounts := _bare_amounts(frame, last)):
        # "wasn't it 80?", "so it was 61?" after a figure: that figure checked against the number,
        # written in the scale of the figures (millions), which the answering side knows.
        changes.update(quantities=amounts, **_the_last_figure_checked(last, frame.relative_step))
    elif frame.stray_numbers and (amounts := _amounts_after_an_amount(frame, last)):
        # "xiaomi sold 18.7 million, what year was that?", "and the year they sold 70?": 70 million,
        # looked up the same way
        changes.update(stray_numbers=(), unscaled=True, asks=frame.asks or last.asks)
        if last.threshold and not last.quantities and len(amounts) == 1:
            # "did they ever sell over 100 million?", "and 70?": the same check, of 70 million
            changes.update(threshold=(last.threshold[0], amounts[0]), yes_no=last.yes_no)
        else:
            changes["quantities"] = amounts
    elif frame.stray_numbers and (amounts := _amounts_beside_a_year(frame, last)):
        # "xiaomi 2015", "and in 2014 also 70?": that figure of the year named, checked
        changes.update(quantities=amounts, unscaled=True, stray_numbers=(), yes_no=True, operation=None)
    elif frame.stray_numbers and (bound := _bound_on_the_last_figure(frame, last)):
        # "2015 sales", "under 80?": that figure against 80 million
        changes.update(threshold=bound, **_the_last_figure_checked(last, frame.relative_step))
    elif frame.stray_numbers:
        pass  # "and 2100?": a number that is no year the facts have is never the last year again
    elif _a_part_of_another_year(frame, last):
        # "2013 sales", "so under a third of 2014?": the year talked about, as a part of that one
        years = (last.all_years[0], frame.all_years[0])
        changes.update(operation=Operation.RATIO, years=years, year_range=None, unsupported="")
    elif pair := _one_of_two_years_moved(frame, last, operation):
        changes.update(years=pair, year_range=None)
        if last.operation is Operation.RATIO:
            changes["operation"] = Operation.RATIO  # "2015 vs 2013, how many times", "and vs 2012"
        elif last.operation is Operation.CHANGE and last.percent_asked:
            # "2016 vs 2015 in %", "and vs 2014?": that change again, in percent
            changes.update(operation=Operation.CHANGE, percent_asked=True)
    elif (
        frame.until_year
        and operation is Operation.CHANGE
        and len(last.all_years) == 1
        and last.all_years[0] < frame.until_year
    ):
        # "xiaomi 2013 sales", "growth by 2015?": from the year asked to that one
        changes.update(years=(last.all_years[0], frame.until_year), until_year=None, year_range=None)
    elif (
        frame.since_year
        and operation is Operation.CHANGE
        and len(last.all_years) == 1
        and last.all_years[0] > frame.since_year
        and not (last.period_part or last.target_named)
    ):
        # "xiaomi 2015", "and growth since 2012?": from that year to the one talked of
        changes.update(years=(frame.since_year, last.all_years[0]), since_year=None, year_range=None)
    elif frame.until_year or frame.since_year:
        changes.update(years=(), year_range=None)  # "and since 2014?": the open range, no year carried
    elif (
        frame.years
        and not (frame.period_part or frame.whole_year)
        and last.period_part
        and (CORRECTION.search(frame.text) or _year_alone(frame, operation))
        # ("h1 2015", "and 2015?": that year again is the whole of it)
        and set(frame.years) != set(last.all_years)
    ):
        # "first half of 2016?", "oops, 2015 i mean": H1 2015; "h1 2016?", "and for 2015?": H1 2015
        changes["period_part"] = last.period_part
    elif (
        frame.unsupported
        and frame.all_years == last.all_years
        and last.period_part
        and not frame.period_part
        and ANSWER_PRONOUN.search(frame.text)
    ):
        # "what % of 2015's total is that?" after the first half of 2015: that half, of the year
        changes["period_part"] = last.period_part
    elif (
        frame.unsupported
        and len(frame.years) == 1
        and len(last.years) == 1
        and frame.years != last.years
        and (
            ANSWER_PRONOUN.search(frame.text)
            or AS_A_SHARE.match(frame.text)
            or SHARE_OF_A_YEAR_ALONE.fullmatch(frame.text)
        )
        and not OF_THAT.search(frame.text)
    ):
        # "what % of 2015 is that?" after 2016: 2016 as a share of 2015; "what % of the 2015
        # target is that?" after 2013: 2013's sales against 2015's target
        changes.update(years=(*last.years, *frame.years), year_range=None)
        # ("and what share of the 2015 target is that?" after 2012's sales: a target named)
        if (frame.metric and frame.metric != last.metric) or (frame.target_named and not last.target_named):
            changes.update(sales_year=last.years[0], target_year=frame.years[0])
    elif (
        frame.operation is Operation.RATIO
        and len(frame.years) == 1
        and len(last.years) == 1
        and frame.years != last.years
        and AS_A_SHARE.match(frame.text)
    ):
        # "xiaomi sales 2016", "as a multiple of 2013?": 2016 against 2013, not 2013 against 2012
        changes.update(years=(*last.years, *frame.years), year_range=None)
    elif (
        (frame.period_part or frame.whole_year)
        and not frame.years
        and not frame.year_range
        and not frame.relative_step  # "the first half of the next year": of the year after
        and (last.all_years or ((frame.refers_back or last.period_part) and conversation.named_years))
    ):
        # "and the first half?", "and the full year?": the same year, another part of it; "the
        # first half figure that year" after the best year: of the year that answer named
        changes["years"] = tuple(last.all_years[-1:]) or conversation.named_years[-1:]
        if frame.at_pace and last.period_part:
            changes["period_part"] = last.period_part  # "if they kept that pace all year?" after H1
        if frame.whole_year and frame.unsupported and last.period_part:
            changes["period_part"] = last.period_part  # "what share of the full year is that?"
    elif frame.relative_step and frame.years:
        changes.update(years=years_stepped(frame), year_range=None)
    elif frame.relative_step and operation is Operation.GAP and frame.quantities and last.period_part == "H1":
        # "how much more did they need to hit 80m after that?" after the first half: after that
        # half, in the same year, not the year after
        changes.update(
            years=tuple(last.years), year_range=None, period_part=last.period_part, relative_step=None
        )
    elif frame.relative_step:
        base = conversation.named_years or tuple(last.all_years)
        if base:
            anchor = min(base) if frame.relative_step < 0 else max(base)
            # "was that more than the year before?": that year against the one before it.
            # "growth from that year to the next": a change between that year and the next.
            both = frame.operation in COMPARING or frame.operation in (Operation.CHANGE, Operation.RATIO)
            # "plus the next year?", "combined with the year before?": both years, added up
            both = both or (
                frame.operation in (Operation.TOTAL, Operation.AVERAGE) and bool(ADDING.search(frame.text))
            )
            years = (anchor, anchor + frame.relative_step) if both else (anchor + frame.relative_step,)
            if both and frame.operation in (Operation.TOTAL, Operation.AVERAGE):
                years = (*base, anchor + frame.relative_step)  # "2014 and 2015", "plus the next year?"
            if frame.operation in (Operation.CHANGE, Operation.RATIO, Operation.TOTAL, Operation.AVERAGE):
                years = tuple(sorted(years))
            elif both and frame.yes_no and not THAN_THE_STEP.search(frame.text):
                # "was it higher the year before?": sales in the year before are claimed higher;
                # "was it higher than the year before?" claims it of the year talked about
                years = years[::-1]
            if frame.relative_around and operation in (None, Operation.TOTAL, Operation.AVERAGE):
                years = (anchor - 1, anchor + 1)  # "sales 2014", "and the year before and after?"
            elif frame.relative_around:
                # ("growth 2014", "the year before and after?": the year before's, as asked first)
                years = (anchor - 1,)
            elif frame.relative_span:
                # "xiaomi 2014", "the two years before that combined?": 2012 and 2013
                years = _span_from(anchor, frame)
            changes.update(years=years, year_range=None, period_part=frame.period_part or last.period_part)
    elif frame.refers_back and not frame.has_period and not _then_as_particle(frame, operation, conversation):
        # ("xiaomi 2015", "who is the ceo?", "his goal for that year?": the year before the aside)
        before = conversation.before
        aside_years = tuple(before.all_years) if before is not None and not last.all_years else ()
        changes.update(
            years=conversation.named_years or tuple(last.all_years) or aside_years, year_range=None
        )
        # "that year" after "in may 2014" is 2014, not May; "then" keeps the part of the year
        changes["period_part"] = frame.period_part or (
            None if YEAR_REFERENCE.search(frame.text) else last.period_part
        )
    elif (
        # "when?", "when did they say that?", "when was it set?"
        (frame.bare or _when_the_figure_was_given(frame, last))
        and Ask.WHEN in frame.asks
        and conversation.named_years
        and last.operation not in EXTREMES
    ):
        # "did sales ever fall?" (in 2016), "when?": the year that answer named ("when did they say
        # that?": when that figure was given, nobody's words)
        changes.update(years=conversation.named_years, year_range=None, asks=(Ask.WHEN,))
        if set(frame.content) <= FIGURE_GIVEN_WORDS:
            changes.update(content=(), topic_words=(), unknown=())  # ("set", "announced": of the figure)
        if last.period_part and tuple(last.all_years) == conversation.named_years:
            # "h1 2015 sales", "when?": when that half's figure was given, of that half
            changes.update(
                period_part=last.period_part, parts_named=last.parts_named, part_years=last.part_years
            )
    elif (
        frame.against_extreme
        and frame.extreme
        and not frame.has_period
        # "how much lower than the best year?" after the worst: that year is the one measured
        and (
            ANSWER_PRONOUN.search(frame.text)
            or (conversation.named_years and THAN.search(frame.text))
            # "best year?", "vs the worst?": the year that answer found, against the other extreme
            or (
                conversation.named_years
                and last.operation in EXTREMES
                and not (frame.both_extremes or last.target_named)
                and MEASURED_AGAINST.search(frame.text)
            )
            # "xiaomi 2013?", "how far below the best year?": the one year asked is measured
            or (len(last.all_years) == 1 and not frame.both_extremes and MEASURED_AGAINST.search(frame.text))
        )
    ):
        # "how many times bigger was the best year than that?" after the worst year: that year
        years = conversation.named_years[:1] or tuple(last.all_years[:1])
        if _a_change_of_one_year(last) and frame.operation is Operation.CHANGE:
            # "growth 2013 to 2014", "was that the biggest jump?": a year's change goes by its end year
            years = (max(last.all_years),)
        changes.update(years=years, year_range=None)
    elif frame.yes_no and frame.pronoun and not frame.has_period and operation in EXTREMES:
        # "was that their best year?": a check of the year the last answer named.
        changes.update(years=conversation.named_years or tuple(last.all_years), year_range=None)
    elif (
        not frame.has_period
        and operation in EXTREMES
        and len(conversation.years_asked) > 1
        and (frame.over_previous or WHICH_ONE_WAS.match(frame.text) or OF_THE_FEW.search(frame.text))
        and not OF_ALL_YEARS.search(frame.text)  # "which was their best year ever?": every year's
        and last.operation not in EXTREMES
    ):
        # "2013?", "2014?", "2015?", "which was smallest?" or "the lowest of those?": among the years asked
        years = tuple(last.all_years) if len(last.all_years) > 1 else conversation.years_asked
        changes.update(years=years, year_range=None)
    elif (
        not frame.has_period
        and operation in EXTREMES
        and len(last.all_years) > 1
        and (
            (last.year_range or last.operation in EXTREMES)
            and BARE_EXTREME.fullmatch(frame.text)
            or WITHIN_THE_LAST_SPAN.search(frame.text)
        )
    ):
        # "sales 2013 to 2015", "the worst?"; "best of those?", "and the worst?": within the years
        # just asked, as the question before was ("total 2012-2014", "and the best year in that
        # period?": within those years, pointed back at, not every year)
        changes.update(years=tuple(last.all_years), year_range=None)
    elif (
        not frame.has_period
        and operation in EXTREMES
        and last.operation in EXTREMES
        and not last.all_years
        and (last.since_year or last.until_year)
        # ("best year?" again, "the peak": every year, asked afresh)
        and (
            (BARE_EXTREME.fullmatch(frame.text) and operation is not last.operation)
            or RANKED_EXTREME_ALONE.fullmatch(frame.text)
        )
    ):
        # "best year before 2015?", "second best?" (or "and the worst?"): among the same years
        changes.update(since_year=last.since_year, until_year=last.until_year)
    elif not frame.has_period and (
        operation in (Operation.BEST, Operation.WORST, Operation.SERIES, Operation.CHART)
        or (operation is Operation.CHANGE and frame.superlative)
    ):
        # best and worst look across every year, never just the last one asked; so does the
        # biggest drop or jump ("which year was the biggest drop?" after 2013)
        pass
    elif (
        not frame.has_period
        and not frame.operation
        and (frame.over_previous or COMBINED_ASKED.search(frame.text))
        and (frame.threshold or (frame.yes_no and frame.quantities))
        and len(conversation.years_asked) > 1
    ):
        # "2015?", "and 2016?", "more than 120m across those two years?": the years asked, checked
        years = tuple(last.all_years) if len(last.all_years) > 1 else conversation.years_asked
        changes.update(years=years, year_range=None)
    elif (
        not frame.has_period
        and frame.operation
        # "when did its sales first drop?" asks for the year; "which year was better?" is one of those asked
        and (Ask.WHEN not in frame.asks or operation is Operation.COMPARE)
        and (frame.over_previous or len(conversation.years_asked) > 1)
        # "did they beat that one?" after a target: that target, not every year asked
        and not (operation is Operation.GAP and not frame.over_previous)
    ):
        # "add those up": every year asked so far; "the difference between them": the last two.
        years = conversation.years_asked
        if len(last.all_years) > 1 and not EVERY_YEAR_ASKED.search(frame.text):
            # "2015 and 2016 combined?" then "the average of those"; "2012", "2013", "2015 vs 2016",
            # "sum?": the years of the last question, not every year asked on the way ("all three")
            years = tuple(last.all_years)
        if last.both_extremes and len(conversation.named_years) == 2:
            years = tuple(sorted(conversation.named_years))  # "best and worst years?", "difference?"
        # "sales 2012 to 2016", "in which of those years did sales fall?": each year of the span, moved
        years_moved_asked = (
            operation is Operation.CHANGE and frame.direction and WHICH_OF_THE_YEARS.search(frame.text)
        )
        if years_moved_asked and len(years) > 2:
            years = tuple(range(min(years), max(years) + 1))
        elif operation in (Operation.CHANGE, Operation.RATIO, Operation.COMPARE):
            years = tuple(sorted(years[-2:]))
            if FIRST_TO_LAST.search(frame.text) and len(conversation.years_asked) > 2:
                # "2013", "and 2014", "and 2015", "growth from the first to the last?": 2013 to 2015
                years = (min(conversation.years_asked), max(conversation.years_asked))
            elif last.operation in TWO_YEARS_APART and len(ends := _ends(last)) == 2:
                years = ends  # "growth 2012 to 2014", "ratio?": the same two years, not 2013 between
            elif operation is not Operation.COMPARE and len(last.all_years) > 2:
                # "sales 2012 thru 2014", "growth?": over the span asked, first year to last
                years = (min(last.all_years), max(last.all_years))
        elif (
            (frame.every_year or ALL_OF_THE_SPAN.search(frame.text))
            and (FIRST_TO_LAST.search(frame.text) or IN_BETWEEN.search(frame.text))
            and len(years) > 1
        ):
            # "2012", "and 2016", "the total for every year over the whole period?": each year of the span
            years = tuple(range(min(years), max(years) + 1))
        few = FIRST_OR_LAST_FEW.search(frame.text)
        if few and len(conversation.years_asked) > COUNTS[few.group(2)]:
            # "2014", "2015", "2016", "so avg of the last two": the last two asked, in the order asked
            n, asked = COUNTS[few.group(2)], conversation.years_asked
            years = tuple(sorted(asked[:n] if few.group(1) in ("first", "earliest") else asked[-n:]))
            counted = set(few.group().split())  # ("first" counts the years, no first half)
            changes.update(
                topic_words=tuple(w for w in frame.topic_words if w not in counted),
                content=tuple(w for w in frame.content if w not in counted),
            )
        spanned = years_moved_asked and len(years) > 2  # (a span, each year of it moved or not)
        changes.update(years=years, year_range=(years[0], years[-1]) if spanned else None)
        # ("xiaomi h1 2015", "and all of 2013", "difference?": that half against the whole year)
        changes.update(_half_of_one_of_the_two(years, last, conversation.before))
    elif (
        not (last.all_years or frame.has_period or operation or frame.quantities)
        and last.quantities
        and conversation.named_years
    ):
        # "which year did they sell 58m?" (2016), "is that official?": the year that answer named
        changes.update(years=conversation.named_years, year_range=None, quantities=())
    elif (
        frame.relative_to_today
        and frame.operation in (Operation.GAP, Operation.COMPARE, Operation.CHANGE)
        and not frame.target_named
        and frame.years_ago
        and len(last.all_years) == 1
    ):
        # "xiaomi 2015 sales", "did they beat last year?", "was that more than last year?": that
        # year's sales against the year before's ("change from last year?" runs from it)
        year = last.all_years[0]
        if frame.operation is Operation.CHANGE:
            changes.update(years=(year - frame.years_ago, year), relative_to_today=False)
        else:
            changes.update(
                operation=Operation.COMPARE, years=(year, year - frame.years_ago), relative_to_today=False
            )
    elif frame.relative_to_today and not frame.has_period and frame.operation is None:
        # "and last year?" after 2015 counts from the year talked about (2014), never 2015 again;
        # "these days" has no year to count, and the bot asks which is meant
        # ("and this year?", "now?" ask a year the bot cannot tell, and it asks which; a change
        # "from last year" after 2016 is the change into 2016, below)
        # ("what does the 2017 article say about last year?": that article's last year, 2016)
        # ("per the 2017 article, how many last year?", "and two years ago?": counted from that
        # article's year, as the question before was)
        # ("and last year?" said again after "last year" is the year before that one)
        from_the_article = last.source_year and YEAR_COUNTED_FROM_NOW.search(last.text)
        once = len(last.all_years) == 1
        from_the_article = (
            from_the_article and once and last.source_year - last.all_years[0] != frame.years_ago
        )
        anchor = last.source_year if from_the_article else (last.all_years[0] if last.all_years else None)
        if frame.years_ago and len(last.all_years) == 1 and not frame.names_source:
            changes.update(
                years=(anchor - frame.years_ago,),
                year_range=None,
                relative_to_today=False,
                period_part=last.period_part,  # "xiaomi h1 2015", "and last year?": that half of 2014
            )
    elif claim := _change_checked(frame, last, conversation):
        # "growth 2013 to 2014?" or "biggest drop?", "so 12m?"; "2012", "2013", "so 11.5m more?": that
        # change, checked against the number
        size, way = claim
        changes.update(
            years=_years_of_the_change(last, conversation),
            year_range=None,
            yes_no=True,
            quantities=(size,),
            differences=(size,),
            calculation=None,
            operation=Operation.CHANGE,
            direction=way,
            claims_less=way == "fall",
        )
    elif not frame.has_period and not frame.quantities:
        years = tuple(last.years)
        found_a_year = last.operation in (Operation.CHANGE, *EXTREMES) or (
            last.quantities and last.operation is None and not last.threshold
        )
        if (
            not (years or last.year_range)
            and operation in (None, Operation.CHANGE, Operation.RATIO, Operation.GAP)
            and found_a_year
            and len(conversation.named_years) == 1
            and Ask.WHEN not in frame.asks
        ):
            # "which year had 61 million?", "and the growth?" (or "was that more than the target?"):
            # the year that answer found, not every year; "biggest drop?", "in percent?": that drop again
            years = conversation.named_years
        changes.update(years=years, year_range=last.year_range, period_part=last.period_part)
        # ("vs the 80 million goal?", "and vs the original goal?": another target, named by its version)
        version = TARGET_VERSION_NAMED.search(frame.text)
        if operation is Operation.GAP and last.operation is Operation.GAP and not version:
            changes["quantities"] = last.quantities  # "was the 80m target hit?", "by how much missed?"
    elif not frame.has_period and operation is Operation.GAP and last.period_part:
        # "H1 2015 sales?", "how many more to get to the 80m target?": what was left after that part
        changes.update(years=tuple(last.years), year_range=None, period_part=last.period_part)
    elif len(last.subjects) > 1 and not frame.subjects and len(last.all_years) == 1 and frame.has_period:
        pass  # "nordphone vs xiaomi 2015", "and 2016?": the same companies side by side, in 2016
    elif (
        operation in (Operation.TOTAL, Operation.AVERAGE)
        and len(frame.all_years) == 1
        and conversation.years_asked
    ):
        # "add 2013", "plus 2015", "and 2014 too": the years asked so far and this one.
        changes.update(years=tuple(sorted({*conversation.years_asked, *frame.all_years})), year_range=None)
        if operation is Operation.TOTAL and SET_AGAINST.search(frame.text):
            # "are they together more than 2015?" after 2013 and 2014: the last two years asked,
            # added up, against 2015 ("2015", "2012", "2013", "those two together vs 2014?")
            before = tuple(sorted([y for y in conversation.years_asked if y not in frame.all_years][-2:]))
            if len(before) > 1:
                changes.update(sums_apart=(before, frame.all_years))
        if last.period_part and not frame.period_part and frame.all_years[0] not in last.all_years:
            # "h1 2015", "plus 2013": that half and the whole year named
            changes.update(period_part=last.period_part, part_years=tuple(last.part_years or last.all_years))
    elif (
        frame.quantities
        and not frame.has_period
        and frame.opener
        and (not operation or (last.revised and not frame.operation))
        and len(last.all_years) == 1
    ):
        # "so like 35m?" after the first half of 2015: that figure, checked; "so 70m?" after what
        # the 2015 goal was cut to: that year's goals, checked ("how much was it cut?", "so 20m?":
        # the size of the cut)
        changes.update(
            years=tuple(last.all_years), year_range=None, period_part=last.period_part, yes_no=True
        )
        if last.revised and _size_of_the_cut_asked(last):
            direction = last.direction or ("fall" if last.claims_less else "")  # "lower the goal"
            changes.update(differences=frame.quantities, revised=True, direction=direction)
        elif last.revised:
            changes.update(operation=None)
    elif _margin_to_a_year(frame, last, operation):
        # "2016 sales?", "do they need 12m more to match 2015?": the year named against the last one,
        # higher by the margin claimed
        changes.update(
            years=(frame.years[0], last.all_years[0]), year_range=None, operation=Operation.COMPARE
        )
    elif (
        operation is Operation.GAP
        and _asked_a_target(last)
        and REACHED.search(frame.text)
        and len(frame.years) == 1
        and not (frame.sales_word or frame.quantities)
    ):
        # "xiaomi target 2017", "and the 2015 one", "did they hit the 2015 one?": that year's sales
        # against its own target
        changes.update(years=frame.years, year_range=None, metric=None, target_named=True)
    elif _reach_checked(frame, last, operation) and _asked_a_target(last) and frame.metric is None:
        # "what was the 2015 goal?", "did they hit 70m?": that year's sales against the number, as
        # if asked with the year (a target of that year's, where the number is one); "did sales
        # reach 70m?" names sales, and is checked as below
        changes.update(
            years=tuple(last.all_years), year_range=None, metric=None, period_part=last.period_part
        )
    elif (
        _reach_checked(frame, last, operation)
        and _target_said_by_a_number(frame)
        and not _asked_a_target(last)
    ):
        # "2015 sales?", "and they beat the 60m target, right?": that year against the target said,
        # which may be no target of that year's
        changes.update(years=tuple(last.all_years), year_range=None, period_part=last.period_part)
    elif _reach_checked(frame, last, operation) and frame.differences:
        # "2015 sales", "so they missed the 80m by 10m?": that year, and a margin claimed to the number
        changes.update(years=tuple(last.all_years), year_range=None, period_part=last.period_part)
    elif _reach_checked(frame, last, operation) and not EVER.search(frame.text):
        # "xiaomi 2016", "did they reach 60m?": that year's figure at least the number, never a
        # target of that year set against it
        changes.update(
            years=tuple(last.all_years),
            year_range=None,
            period_part=last.period_part,
            operation=None,
            quantities=(),
            # "so they missed the 80m target?": short of it, so below it; "did they beat 60m?": past it
            threshold=(
                "<"
                if frame.claims_short
                else ">"
                if BEATEN_WORD.search(frame.text) and not REACHED_SAID.search(frame.text)  # "hit or beat"
                else ">=",
                frame.quantities[0],
            ),
        )
    elif frame.quantities and not frame.has_period and ANSWER_PRONOUN.search(frame.text) and last.all_years:
        # "what fraction of the 80m target is that?" after the first half of 2015: that period
        changes.update(years=tuple(last.all_years), year_range=None, period_part=last.period_part)
    elif (
        # "how much did it grow in 2016?" is still on 2015; "how many fewer in 2016?" after 2015
        # and then 2016 sets 2016 against 2015, not against itself
        (
            operation is Operation.RATIO
            or (operation in COMPARING and frame.all_years and frame.all_years[0] in last.all_years)
            # "xiaomi 2012", "and 2016", "how much more in 2016 in %?": 2016 against 2012 too; "so is
            # 2017 lower or higher and by how much?" after two targets: against the other one
            or (
                operation is Operation.CHANGE
                and frame.all_years
                and frame.all_years[0] in last.all_years
                and (HOW_MUCH_MORE_OR_HIGHER.search(frame.text) or HIGHER_OR_LOWER.search(frame.text))
            )
        )
        and len(frame.all_years) == 1
        and not frame.relative_step
        and frame.all_years[0] in conversation.years_asked
        and len(conversation.years_asked) > 1
    ):
        # "xiaomi 2012", "and 2016", "how many times more in 2016?": against the other year asked
        year = frame.all_years[0]
        other = next(y for y in reversed(conversation.years_asked) if y != year)
        years = tuple(sorted({other, year}))
        if operation is Operation.COMPARE:
            years = (year, other) if frame.yes_no else (other, year)  # "is 2015 higher?": 2015 checked
        changes.update(years=years, year_range=None)
        before = conversation.before
        if last.target_named and before and before.target_named and other in before.all_years:
            # two targets asked ("the 2015 target", "and 2017's", "lower or higher?"): the targets
            # against each other, no cut of one of them and neither year's sales
            changes.update(target_named=True, target_metric=last.target_metric, revised=False)
    elif (
        _against_another_year(frame, operation)
        and len(frame.all_years) == 1
        and len(last.all_years or conversation.named_years) == 1
        and not frame.relative_step
    ):
        # "how much is that up from 2012?" after 2013, "growth from 2017?" after 2018: the change
        # between the year named and the one asked before; "how far is that from what it needs in
        # 2017?" after 2016's sales: that year's sales against the later year's target.
        # ("by how much was it better than 2014?" after "best year": the year that answer named)
        earlier = last.all_years or conversation.named_years
        changes.update(years=tuple(sorted({*earlier, *frame.all_years})), year_range=None)
        # ("2013?", "did 2016 sales beat that?": the sales of the year named beat, no target)
        sales_beaten = frame.yes_no and frame.sales_word and not (frame.target_named or frame.quantities)
        target_named = operation is Operation.GAP and (
            not frame.sales_word or sales_beaten
        )  # "the 2014 projection", no "sales"
        if target_named and not frame.target_named and last.metric == metric and len(earlier) == 1:
            # "xiaomi 2015 sales", "did it beat 2014?": that year's sales against 2014's, no target
            # ("2014 sales", "did 2016 exceed that?": the year named first is the one claimed)
            claimed_first = _year_before_the_pronoun(frame.text)
            years = (*frame.all_years, *earlier) if claimed_first else (*earlier, *frame.all_years)
            changes.update(operation=Operation.COMPARE, years=years)
        elif target_named and last.metric == metric and len(earlier) == 1:
            # "xiaomi sales 2015", "is that more than the 2014 projection?": 2015's sales against it
            changes.update(sales_year=earlier[0], target_year=frame.all_years[0], answer_metric=None)
        elif operation is Operation.GAP and frame.sales_word and _asked_a_target(last) and len(earlier) == 1:
            # "the 2015 target of 80 million", "how much more is that than 2014 sales?": that target
            # against 2014's sales
            changes.update(sales_year=frame.all_years[0], target_year=earlier[0], metric=last.metric)
    elif (
        operation in (Operation.COMPARE, Operation.GAP)
        and len(frame.all_years) == 1
        and (last.all_years or conversation.named_years)
        and not THE_YEARS_ONE.search(frame.text)
        and not (operation is Operation.GAP and YEAR_OPENS.match(frame.text))
    ):
        # "compare with 2016" after a 2013 question compares 2013 with 2016; "how far is that from
        # 2016?" after the 2017 target measures the 2017 target from 2016.
        # A comparison keeps "that" first, for a check ("is that more than 2014?").
        # "which year sold the most?", "how many more than 2014?": the year that answer named.
        earlier = tuple(last.all_years) or conversation.named_years
        years = tuple(dict.fromkeys((*earlier, *frame.all_years)))
        # ("did they beat that in 2016?": 2016 is when, and what is checked)
        measured = YEAR_MEASURED_AGAINST.search(frame.text) and not BEATEN_IN_A_YEAR.search(frame.text)
        # ("did they sell more than that in 2014?": "that" is measured against, 2014 checked)
        measured = measured and not MORE_THAN_THAT.search(frame.text)
        if frame.yes_no and operation is Operation.COMPARE and not measured:
            years = tuple(dict.fromkeys((*frame.all_years, *earlier)))  # "was 2014 higher?": 2014 checked
        if operation is not Operation.COMPARE:
            years = tuple(sorted(years))
        changes.update(years=years, year_range=None)
        last_a_target = last.target_named or (last.metric is not None and last.metric == frame.target_metric)
        sales_then_target = frame.target_named and not last_a_target and not frame.sales_word
        if sales_then_target and len(earlier) == 1 and earlier[0] != frame.all_years[0]:
            # "xiaomi 2015 sales", "higher than the 2017 target?": 2015's sales against that target
            changes.update(sales_year=earlier[0], target_year=frame.all_years[0])
        elif (
            _asked_a_target(last)
            and operation is Operation.GAP
            and not frame.target_named
            and len(earlier) == 1
            and earlier[0] != frame.all_years[0]
            and not frame.yes_no
        ):
            # "what was the 2015 target?", "how far off were they in 2016?": 2016's sales against it
            changes.update(sales_year=frame.all_years[0], target_year=earlier[0], metric=last.metric)
        elif frame.target_named and last_a_target and not frame.sales_word and len(earlier) == 1:
            # "the original 2015 goal", "higher than the 2017 target?": one target against the other
            changes.update(metric=last.metric, operation=Operation.COMPARE)
        elif frame.metric and last.metric and frame.metric != last.metric and len(earlier) == 1:
            # "xiaomi 2015", "compared to the 2017 target?": 2015's sales against that target;
            # "the 2015 target", "compare to 2014 sales": that target against 2014's sales
            if frame.sales_word:
                changes.update(sales_year=frame.all_years[0], target_year=earlier[0], metric=last.metric)
            else:
                changes.update(sales_year=earlier[0], target_year=frame.all_years[0])
        if frame.period_part and not last.period_part:
            changes["part_years"] = tuple(frame.all_years)  # "is that more than the 2015 h1?": its half only
        elif last.period_part and not frame.period_part and len(earlier) == 1:
            # "xiaomi h1 2015", "compare to all of 2014": that half against the whole year named
            changes.update(period_part=last.period_part, part_years=tuple(earlier))
    if (
        operation is Operation.GAP
        and last.operation is Operation.GAP
        and len(last.quantities) == 1
        and frame.has_period
        and not (frame.period_part or last.period_part)
        and not MEASURED_AGAINST.search(frame.text)  # "what about against 2014?": 2014 is the other side
        and not (frame.quantities or frame.target_named or "quantities" in changes)
        and not TARGET_VERSION_NAMED.search(frame.text)
    ):
        # "how far was 2016 from the 70m target?", "and 2014?": that year from the same target
        changes.update(quantities=last.quantities)
    return changes


def _settled_after_the_years(
    frame: Frame,
    last: Frame,
    conversation: Conversation,
    changes: dict,
    operation: Operation | None,
    asks_only_how_far: bool,
) -> dict:
    """What the years a follow-up was given settle besides: what it asks, the year of a range it
    shares, how far a running total goes, the half it keeps, the fall it measures."""
    changes = dict(changes)
    if frame.relative_step and Ask.WHY in frame.asks and WHAT_HAPPENED.search(frame.text):
        # "best year?", "and what happened the year after?": that year's figure, not a reason
        changes["asks"] = tuple(a for a in frame.asks if a is not Ask.WHY)
    share_of_a_range = frame.year_range and frame.unsupported and ANSWER_PRONOUN.search(frame.text)
    if share_of_a_range and len(last.all_years) == 1 and not frame.beside_range:
        # "xiaomi 2015 sales", "what's that as a share of total 2012-2015 sales?": that year of the range
        changes["beside_range"] = tuple(last.all_years)
    if last.until_year and operation in (Operation.TOTAL, Operation.AVERAGE) and len(frame.years) == 1:
        # "how many by the end of 2014 in all?", "and 2015?": every year up to 2015
        changes.update(until_year=frame.years[0], years=(), year_range=None)
    part_years = _part_kept(frame, last, changes.get("years", frame.years))
    if part_years:
        # "h1 2015 vs all of 2014", "what % of 2014 is that?": "that" is still the half
        changes.update(period_part=last.period_part, part_years=part_years)
    found_one = len(conversation.named_years) == 1 and not last.all_years and not frame.has_period
    if asks_only_how_far and found_one and last.operation is Operation.CHANGE and last.direction:
        # "did sales ever fall?" (in 2016), "by how much?": that fall, from the year before
        year = conversation.named_years[0]
        changes.update(years=(year - 1, year), year_range=None, direction="")
    return changes


def _part_kept(frame: Frame, last: Frame, years: tuple[int, ...]) -> tuple[int, ...]:
    """The years whose part of a year (the first half) a follow-up keeps: those of the last
    question's part, when the follow-up names another year beside it and no part of its own."""
    # ("difference between that and the full year 2012": the whole year is 2012, "that" the half)
    if not last.period_part or frame.period_part or (frame.whole_year and not frame.years):
        return ()
    # ... not a year the follow-up names itself: "was 2015 bigger than 2014?" is the whole year
    parted = tuple(y for y in (last.part_years or last.all_years) if y in years and y not in frame.years)
    return parted if parted and set(years) - set(parted) else ()


def _then_as_particle(frame: Frame, operation: Operation | None, conversation: Conversation) -> bool:
    """'2015?', '2016?', 'what's the total then?': after several years, "then" asks for nothing
    of its own; after one ("best year?", "how much did it grow then?") it is that year."""
    several = len(conversation.years_asked) > 1
    return operation in OVER_YEARS and several and not YEAR_REFERENCE.search(frame.text)


def _figure_claimed_alone(frame: Frame, last: Frame) -> bool:
    """'so 70m?', 'was it 70 million?': a number checked, with no operation or period of its own."""
    own = frame.operation or frame.has_period or frame.relative_step or frame.threshold or frame.calculation
    return bool(frame.quantities) and not own and frame.metric in (None, last.metric)


def _carried_operation(last: Operation | None, frame: Frame) -> Operation | None:
    """A follow-up with no operation of its own repeats the last one, where that makes sense."""
    if frame.strong_sales and frame.asks:
        return None  # "did they hit it?", "what did they actually sell in the first half?": a figure
    if last is Operation.GAP and frame.period_part and not frame.opener:
        return None  # "h1 2015" after a gap to a target: that half's figure, not the year's gap
    if frame.has_period and ALONE.search(frame.text):
        return None  # "what about 2014 alone?" after an average: that year's figure
    if frame.threshold and frame.years and frame.yes_no:
        return None  # "was 2013 above 15m?" after a gap: a check of its own year, nothing carried
    if last in (
        Operation.BEST,
        Operation.WORST,
        Operation.REVERSE,
        Operation.SOURCES,
        Operation.CHART,
        Operation.SERIES,
    ):
        return None if (frame.has_period or frame.relative_step or frame.refers_back) else last
    return last
