"""Entities read exactly: years, periods, ranges, quantities, companies, places and products.

Years, periods, ranges and quantities are read with regular expressions before any fuzzy
matching, and removed from the words that are matched, so fuzzy matching only ever sees
wording: 2018 can never become 2014.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from bot.understanding.normalise import clean

# The word a sum of money is marked with, and looked for by among the facts in money ("$650")
MONEY_TERM = "usd"
# A scale written after a number, and what it multiplies by
QUANTITY_SCALE = {
    "million": 1e6,
    "millions": 1e6,
    "mil": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "thousand": 1e3,
    "k": 1e3,
    # the Indian scales: "5.8 crore phones" is 58 million, "72 lakh" 7.2 million
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    MONEY_TERM: 1.0,  # a sum of money written out: "$650", "300 bucks" (see MONEY)
}
SCALES = "|".join(sorted((w for w in QUANTITY_SCALE if w != MONEY_TERM), key=len, reverse=True))
NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
QUANTITY = re.compile(
    rf"(?<![\w.])\$?\s?(?!(?:19|20)\d\d\b)({NUMBER})"
    # A year is never a quantity: "in 2014 <b>" must not read as 2,014 billion.
    rf"(\s*(?:{SCALES}|{MONEY_TERM}))(?![a-z])"
    # "61,000,000", and "70000000" written with no commas: millions, never a year or a stray number
    r"|(?<![\w.,])(\d{1,3}(?:,\d{3}){2,}|[1-9]\d{6,11})(?![\d,.])"
)
SCALED = rf"\s*(?:{SCALES})\b"
# A sum of money with no scale: "$650", "$100 to $300", "650-1000 dollars", "300 bucks". Marked
# with MONEY_TERM so that QUANTITY reads it as an amount, exactly, like any other.
MONEY_WORDS = rf"(?:dollars|bucks|{MONEY_TERM})"
MONEY_RANGE = re.compile(
    rf"(?<![\w.$])\$?\s?({NUMBER})\s*(-|to)\s*\$?\s?({NUMBER})(?!{SCALED})\s*{MONEY_WORDS}\b"
    rf"|\$\s?({NUMBER})\s*(-|to)\s*\$?\s?({NUMBER})(?!{SCALED})(?!\d|[.,]\d)"
)
MONEY = re.compile(rf"\$\s?({NUMBER})(?!{SCALED})(?!\d|[.,]\d)|(?<![\w.$])({NUMBER})\s*{MONEY_WORDS}\b")


def _money_marked(text: str) -> str:
    """'$100 to $300' -> '100 usd to 300 usd' (MONEY_TERM): sums of money read as amounts."""
    if "$" not in text and "dollar" not in text and "buck" not in text and MONEY_TERM not in text:
        return text

    def each_end(m: re.Match) -> str:
        low, joint, high = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        return f" {low} {MONEY_TERM} {joint} {high} {MONEY_TERM} "

    text = MONEY_RANGE.sub(each_end, text)
    return MONEY.sub(lambda m: f" {m.group(1) or m.group(2)} {MONEY_TERM} ", text)


YEAR = r"(?:19|20)\d{2}"
SHORT_YEAR = r"'\d{2}"
ANY_YEAR = rf"(?:{YEAR}|{SHORT_YEAR})"
RANGE = re.compile(
    rf"(?:\b(?P<kw>from|between|over|during|in)\s+)?(?P<a>{ANY_YEAR})\s*"
    # ("from 2013 to the end of 2015": to that year, whole)
    rf"(?:-|to|through|thru|till|until|and|up to)\s*(?:(?:the )?end of\s+)?"
    rf"(?P<b>{ANY_YEAR}|\d{{2}}(?!\d))(?!\d)"
)
YEAR_TOKEN = re.compile(rf"(?<![\w$.,])(?:{YEAR}(?![\d])|{SHORT_YEAR}(?!\d))")
UNTIL = r"\s*(?:-|to|through|till|until)\s*"
JAN, JUN, JUL, DEC = "(?:january|jan)", "(?:june|jun)", "(?:july|jul)", "(?:december|dec)"
MAR, APR, SEP, OCT = "(?:march|mar)", "(?:april|apr)", "(?:september|sept|sep)", "(?:october|oct)"
TO = r"(?:\s*(?:-|to|through|till|until)\s*|\s+)"  # "jan-june" is cleaned to "jan june"
BETWEEN = r"between "  # "between july and december": the months from the one to the other
# "in 2015 until june", "2015 sales before july": the months up to the end of june ("after june
# 2015" is a month and its year, read as such)
NO_YEAR_NEXT = r"(?! (?:of )?(?:19|20)\d\d)"
FIRST_HALF_BY_MONTH = (
    rf"(?:until|till|through|thru|up to|up until) (?:the end of )?{JUN}(?: 30(?:th)?)?{NO_YEAR_NEXT}"
    rf"|(?:before|prior to) {JUL}{NO_YEAR_NEXT}"
)
# "in 2015 after june", "from july": the months from july on ("since july 2015" runs on)
SECOND_HALF_BY_MONTH = (
    rf"after (?:the end of )?{JUN}(?: 30(?:th)?)?{NO_YEAR_NEXT}"
    rf"|(?:from|starting(?: in)?) {JUL}(?! to){NO_YEAR_NEXT}"
)
# A half said by a month: of a figure only ("was the 2015 target cut before july?" is the target)
HALVES_BY_A_MONTH = {
    "H1": re.compile(rf"\b(?:{FIRST_HALF_BY_MONTH})\b"),
    "H2": re.compile(rf"\b(?:{SECOND_HALF_BY_MONTH})\b"),
}
WORKED_FROM = re.compile(r"\s+(?:figures?|numbers?|data|results?|totals?)\b")
# Parts of a year only a figure can be asked for: "the target at the start of 2015" is 2015's.
VAGUE_PARTS = (
    "EARLY",
    "LATE",
    "MID",
    "SUMMER",
    "AUTUMN",
    "WINTER",
    "SPRING",
    "HOLIDAYS",
    "NEW_YEAR",
    "QUARTER",
    "MONTH",
    "HALF",
)
# a year right after a vague part of it: "late 2015", "early in '15", "the summer of 2014"
YEAR_NEXT = rf"(?=\s+(?:the\s+)?(?:year\s+)?{ANY_YEAR})"
# "the first or second half": the first half, its noun left to the second
FIRST_OF_TWO_HALVES = (
    r"(?:first|1st)(?= (?:or|and|vs\.?|versus|against) (?:the )?(?:second|2nd) (?:half|halves)\b)"
)
# The units a figure may be asked in, and what each counts: "in lakh" is 100,000s.
# ("in billions" is left out: it asks for money, "worth in billions of dollars", more than for units)
UNITS_ASKED = {"thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7, "billion": 1e9}
UNIT_ASKED = re.compile(
    r"\b(?:in|into|as|to) (?:the )?(?P<unit>thousands?|lakhs?|lacs?|millions?|crores?|billions?)\b"
    r"(?! (?:of )?(?:dollars|usd|bucks|yuan|euros?)\b)"  # "worth in billions of dollars": money's scale
    r"(?: of (?:units|phones))?"
    r"|\bhow many (?P<counted>thousands?|lakhs?|lacs?|crores?|billions?)\b"
)
NUMBER_FORM_ASKED = re.compile(
    r"\b(?P<words>in words|in letters|spell(?:ed)? (?:it |that |them )?out"
    r"|write (?:it |that )?out(?: in words)?|written out)\b"
    r"|\b(?P<digits>in (?:full )?digits|in numerals|(?:as|in) (?:a )?full (?:number|figure)s?|in full"
    r"|with (?:all )?(?:the )?zeros)\b"
)
FULL_DIGITS = re.compile(r"\b(?:digits?|numerals?|full (?:number|figure)s?|zeros)\b")
NEAREST_UNIT = re.compile(
    r"\b(?:(?:rounded|round(?: it| that| them)?) )?(?:to the )?nearest (?P<step>\d{1,3} )?"
    r"(?P<unit>thousand|lakh|million|crore|billion)\b"
)
ROUNDING_SAID = re.compile(r"\bround\w*|\bto the nearest\b")
# "round it", "roughly?", "round them off": a figure just given, rounded to the nearest million
ROUNDED_ALONE = re.compile(
    r"\s*(?:(?:ok|so|and|can you|could you|pls|please|just)\s+)*"
    r"(?:round(?:ed)?(?: it| that| them| those| this)?(?: off)?"
    r"|roughly|ballpark|approximately|approx)"
    r"(?: please| pls)?\s*[?.!]*\s*"
)
FIRST_OF_TWO = re.compile(FIRST_OF_TWO_HALVES)
BOTH_HALVES = re.compile(
    r"\b(?:(?:which|each|either|every|stronger|weaker|better|worse|bigger|smaller|busier) half"
    r"|(?:both|the two|two|its|the) halves)\b"
)
NO_OTHER_HALF_BEFORE = "".join(
    rf"(?<!{word} )"
    for word in """a every each per second 2nd latter last latest other back final remaining next later h2 2h
    december""".split()
)
PART_NOT_SET_AGAINST = "".join(
    rf"(?<!{word} )" for word in "than as vs versus against with beat beats beating over to of by".split()
)
# ("is that half of the target?", "is that half the 2014 figure?": a share, no half of a year)
NO_SHARE_AFTER = r"(?! of (?!(?:19|20)\d\d)| as\b| the (?!year\b|same year\b))"
PART_REFERRED = ("QUARTER", "MONTH", "HALF")  # a part said by reference: "that quarter", "the same half"
PERIOD_PARTS = [
    (
        re.compile(
            r"\b(?:h1|1h|(?:first|1st|front|opening)"
            r" (?:half|semester|six months?|6 months?|two quarters|2 quarters)"
            rf"|{JAN}{TO}{JUN}|{BETWEEN}{JAN} and {JUN}"
            # "half-year sales": the half a half-year report gives
            # ... and "half-yearly sales 2015" (not "half-yearly sales" of every year), never after another
            # half or six months named ("second half-yearly", "final six-month", "h2 six-month")
            rf"|{NO_OTHER_HALF_BEFORE}(?:half[ -]year(?![ -]?ly)|(?:six|6)[ -]month)"
            r"(?= (?:(?:19|20)\d\d )?(?:sales|results?|figures?|numbers?|report|units|volume|total))"
            # "sales half year 2015", "half yr of 2015": the half-year report's half of that year
            rf"|{NO_OTHER_HALF_BEFORE}half[ -]year(?= (?:of |in )?(?:19|20)\d\d\b)"
            rf"|{NO_OTHER_HALF_BEFORE}half[ -]?yearly"
            r"(?= (?:sales|results?|figures?|numbers?|units) (?:for |in |of )?(?:19|20)\d\d)"
            rf"|{FIRST_OF_TWO_HALVES}"
            # "by the middle of 2015", "the six months ended june 30, 2015", "by the end of june"
            r"|by (?:the )?mid(?:dle)?(?: of)?(?= (?:19|20)\d\d)|\bmid ?year(?= (?:19|20)\d\d)|by mid ?year"
            rf"|(?:six|6) months (?:ended|ending|to|through) {JUN}(?: 30(?:th)?)?"
            rf"|by (?:the )?end of {JUN}(?: 30(?:th)?)?"
            rf"|{FIRST_HALF_BY_MONTH}"
            # "and the half?" after a year: the half a year's report gives, the first
            r"|^(?:and |what about |how about |so |ok )*"
            r"(?:(?:the |its )half(?:[ -]year)?|half[ -]year)(?=\s*$))\b"
        ),
        "H1",
    ),
    (
        re.compile(
            rf"\b(?:h2|2h|(?:second|2nd|last|back|latter) (?:half|halves|semester|six months?|6 months?)"
            r"|(?:last|final|latter|closing|back|second|2nd) (?:two|2) quarters"
            rf"|{JUL}{TO}{DEC}|{BETWEEN}{JUL} and {DEC}"
            r"|(?:the )?(?:rest|remainder) of(?! the (?:other )?years| the other)(?: the year)?"
            rf"|{SECOND_HALF_BY_MONTH})\b"
        ),
        "H2",
    ),
    # "the first nine months of 2015": a part no fact gives, named so that it is declined, never
    # answered with the year
    (
        re.compile(
            rf"\b(?:(?:first|1st) (?:nine|9) months|(?:first|1st) (?:three|3) quarters|{JAN}{TO}{SEP}"
            rf"|(?:nine|9) months (?:ended|ending|to|through) {SEP}(?: 30(?:th)?)?)\b"
        ),
        "9M",
    ),
    # "late 2015", "the summer of 2014", "the holiday quarter": parts of a year no fact gives,
    # named so that they are declined, never answered with the whole year or the year's change ("from
    # the start of 2013" and "since the beginning of 2014" name a year, not part of it)
    (
        re.compile(
            rf"(?<!as )\b(?:early(?: in)?|(?:at|in|during|towards?) (?:the )?(?:start|beginning) of"
            r"|(?<!from )(?<!since )(?<!from the )(?<!since the )\b(?:start|beginning) of"
            rf"|(?:the )?first (?:few )?months of){YEAR_NEXT}"
        ),
        "EARLY",
    ),
    (
        re.compile(
            rf"(?<!as )\b(?:late(?: in)?|(?:the )?(?:last|final|closing) (?:few )?months of"
            rf"|towards? (?:the )?end of|(?:the )?(?:latter|later) part of|(?:the )?later half of){YEAR_NEXT}"
        ),
        "LATE",
    ),
    (re.compile(rf"(?<!by )(?<!by the )\b(?:mid|(?:the )?middle of){YEAR_NEXT}"), "MID"),
    (re.compile(rf"\b(?:the )?(?:summer)(?: of| in)?{YEAR_NEXT}"), "SUMMER"),
    (
        re.compile(
            rf"\b(?:(?:the )?autumn(?: of| in)?|the fall(?: of| in)?"
            rf"|(?<=in )fall(?: of)?|(?<=during )fall(?: of)?){YEAR_NEXT}"
        ),
        "AUTUMN",
    ),
    (re.compile(rf"\b(?:the )?(?:winter)(?: of| in)?{YEAR_NEXT}"), "WINTER"),
    (re.compile(rf"\b(?:the )?(?:spring)(?: of| in)?{YEAR_NEXT}"), "SPRING"),
    (
        re.compile(r"\b(?:the )?(?:holiday|holidays|christmas|xmas)(?: quarter| season| period)?\b"),
        "HOLIDAYS",
    ),
    (re.compile(r"\b(?:the )?(?:chinese new year|lunar new year|spring festival)\b"), "NEW_YEAR"),
    # "that quarter", "the same half": a part of a year talked of, which the conversation names (or,
    # named nowhere, no fact gives)
    # ("more than that half", "is that half of the target?" set a figure against another)
    (re.compile(rf"{PART_NOT_SET_AGAINST}\b(?:that|the same) (?:quarter|qtr)\b{NO_SHARE_AFTER}"), "QUARTER"),
    (re.compile(rf"{PART_NOT_SET_AGAINST}\b(?:that|the same) month\b{NO_SHARE_AFTER}"), "MONTH"),
    (re.compile(rf"{PART_NOT_SET_AGAINST}\b(?:that|the same) half\b{NO_SHARE_AFTER}"), "HALF"),
    (re.compile(rf"\b(?:q1|1q|(?:first|1st) quarter|quarter (?:1|one)(?!\d|[.,]\d)|{JAN}{TO}{MAR})\b"), "Q1"),
    (
        re.compile(rf"\b(?:q2|2q|(?:second|2nd) quarter|quarter (?:2|two)(?!\d|[.,]\d)|{APR}{TO}{JUN})\b"),
        "Q2",
    ),
    (
        re.compile(rf"\b(?:q3|3q|(?:third|3rd) quarter|quarter (?:3|three)(?!\d|[.,]\d)|{JUL}{TO}{SEP})\b"),
        "Q3",
    ),
    (
        re.compile(
            rf"\b(?:q4|4q|(?:fourth|4th|last|final) quarter|quarter (?:4|four)(?!\d|[.,]\d)|{OCT}{TO}{DEC})\b"
        ),
        "Q4",
    ),
]
# "the decline after?": only the word after a change is the relative year, the change is still asked
CHANGE_NOUNS = (
    "drop",
    "decline",
    "fall",
    "growth",
    "change",
    "rise",
    "increase",
    "decrease",
    "jump",
    "dip",
    "slump",
)
AT_LEAST_OR_MOST = re.compile(r"\bat (?:least|most)\b(?= \d)")  # "at most in a year" is the most
AT_LEAST_OR_MOST_PERCENT = re.compile(r"\bat (?:least|most)\b(?= \d+(?:\.\d+)?\s?%)")
# A tag after a claim, at its end: "it dropped after that, right?"
TAG_AT_THE_END = (
    r"(?:,? (?:right|correct|yeah|yes|yep|eh|huh|lol|innit|no|(?:didn|wasn|isn|hasn|weren)'?t (?:it|they)))?"
    r"\s*$"
)
# Years relative to the conversation's last year ("and the year before?").
# "the quarter before", "the next half": a step of one part of a year from the part talked about
PART_STEP = re.compile(
    r"\b(?:the |a )?(?:quarter|half) (?P<dir>before|after|earlier|later|prior)\b"
    r"|\b(?:the )?(?P<dir2>previous|prior|preceding|last|next|following) (?:quarter|half)\b"
)
# "the one after march": the target set after that month, no year after
NOT_A_MONTH = r"(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
# "the year before and after", "the years either side of it": one year each way
YEARS_AROUND = re.compile(
    r"\b(?:the )?years? (?:right |just |immediately )?before and (?:the (?:year |one )?)?after\b"
    r"|\b(?:the )?years? (?:on )?either side(?: of (?:it|that|that year|this))?\b"
)
# "the year preceding it", "the year that followed 2014": a year before or after, in other words
STEPPED_BACK = r"preceding|previous to"
STEPPED_ON = r"succeeding|subsequent to|(?:that |which )?(?:followed|came after)|following on from"
RELATIVE_TO_CONTEXT = [
    (
        re.compile(
            rf"\b(?:the )?(?:year|one) (?:right |just |immediately )?(?:before|prior|{STEPPED_BACK})\b"
            + NOT_A_MONTH
            + r"|\bprevious year\b|\bprior year\b"
            r"|\b(?:a|one) (?:year|yr) (?:earlier|prior|before)\b"
            rf"|\bbefore that(?: one| year)?{TAG_AT_THE_END}"  # "and before that one?"
            rf"|\bprior to that(?: one| year)?{TAG_AT_THE_END}"
            r"|\b(?:the )?preceding (?:year|one)\b(?! before| to)"
            # "and the previous?", "and what about the previous one?"
            r"|^(?:and |what about |how about |so |ok )*(?:the )?previous(?: one| year)?\W*$"
            r"|^(?:and |so |ok )+(?:the )?(?:before|earlier)\W*$"  # "2015 sales", "and before?"
            r"|^(?:and |what about |how about |so |ok )*(?:previously|beforehand|the year prior)\W*$"
            r"|^(?:and |what about |how about |so |ok )*in the previous(?: one| year)?\W*$"
            # "go back a year" (never "scaled back a year later")
            r"|\b(?:go|going|step) back (?:a|one) (?:year|yr)\b"
            r"|^(?:and |so |ok )*back (?:a|one) (?:year|yr)\W*$"
            r"|\b(?:the )?year (?:right |just )?befor\b"  # typed short: "and the year befor?"
        ),
        -1,
    ),
    (
        re.compile(
            rf"\b(?:the )?(?:year|one) (?:right |just |immediately )?(?:after|{STEPPED_ON})\b"
            + NOT_A_MONTH
            + r"|\bfollowing year\b|\bnext year\b|\b(?:subsequent|succeeding) year\b(?! after| following| to)"
            r"|\b(?:a|one) (?:year|yr) (?:later|after|on)\b"
            # "growth to the next", "the following one?"
            rf"|\bto the next\b|\bthe (?:next|following) one\b|\bafter that(?: one| year)?{TAG_AT_THE_END}"
            r"|^(?:and |what about |how about |so |ok )*(?:the |in the )?(?:next|following)(?: one)?\W*$"
            r"|\b(?:go|going|step|skip) (?:forward|ahead) (?:a|one) (?:year|yr)\b"  # "go forward a year"
            r"|^(?:and |so |ok )*(?:forward|ahead) (?:a|one) (?:year|yr)\W*$"
            r"|^(?:and |so |ok )+(?:after|later)\W*$"  # "2015 sales", "and after?"
            r"|^(?:and |what about |how about |so |ok )*(?:afterwards|subsequently|thereafter)\W*$"
            # "2015", "and the decline after?": the change into the year after
            r"|(?:" + "|".join(f"(?<=\\b{w} )" for w in CHANGE_NOUNS) + r")after(?:wards)?\W*$"
        ),
        1,
    ),
]
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")  # fmt: skip
# "december 2015": a month of a year, a period the facts may not have.
MONTH_OF_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: of)? (?=(?:19|20)\d\d\b)"
    # ... or after it: "sales 2015 february" ("2015 may" may be a verb)
    # ("2015 jun said" is Lei Jun: a short month only at the end)
    r"|(?<=\b(?:19|20)\d\d )(?:(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)"
    r"|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?=\s*$))\b(?! \d)"
    # "in march of that year": a month of the year the conversation is on
    r"|\bin (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* (?:of )?(?=(?:that|the same) year\b)"
    # "how many in july alone?" after a half: that month of the year the conversation is on
    r"|\b(?:in|during|for) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r" (?:alone|only|by itself|itself)\b"
    # "what about july?": a month alone, after the figure of its year ("and in march?" may ask
    # what happened then, which the facts dated to March answer)
    r"|^(?:(?:what about |how about |and what about )(?:in |during |for )?|and )"
    r"(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s*$"
    # "what about may?": "may" too, where nothing but the month follows a "what about"
    r"|^(?:what about |how about |and what about )(?:in |during |for )?(may)\s*$"
)
# what a question tells of, which a month dates, no month's sales: "cut in march", "announced in july"
TOLD_OF = (
    r"goals?|targets?|cut|scaled|lowered|reduced|hoped|plan|planned|projections?|forecasts?"
    r"|announc\w*|report\w*|publish\w*|said|say|says|reveal\w*|disclos\w*"
)
# a month after its year is a period asked only in a sales question with nothing told of it
MONTH_SALES = re.compile(
    rf"^(?!.*\b(?:{TOLD_OF}|data)\b).*\b(?:sell|sells|sold|selling|sales|ship|shipped|shipments|units|phones)\b"
)
# "how many did they sell in march?": a month at the end of a sales question, of the year the
# conversation is on ("what happened in march?" asks what the facts dated to March say)
MONTH_SOLD_IN = re.compile(
    # ("was the goal cut in march?" dates the cut, no month's sales)
    rf"^(?!.*\b(?:{TOLD_OF})\b)"
    r".*\b(?:sell|sells|sold|selling|sales|ship|ships|shipped|shipments|units)\b.*"
    r"(?P<said>\b(?:in|during) (?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s*$"
    # ... or a follow-up asking only for the month: "and in may?" after a year's sales
    r"|^(?:and |what about |how about |and what about |ok |so )?"
    r"(?P<said_alone>(?:in|during)"
    r" (?P<month_alone>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s*$"
)
# "the year after 2014", "two years before 2016": a year counted from the one named.
COUNTS = {"a": 1, "one": 1, "a couple": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
COUNT = r"a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
ANCHORED = re.compile(
    rf"\b(?:(?:the )?(?P<n>{COUNT}) years? |(?:the |a )(?:subsequent |following |preceding |previous )?year )"
    r"(?:right |just |immediately )?"
    rf"(?P<dir>before|after|prior to|earlier than|{STEPPED_BACK}|later than|following|{STEPPED_ON})"
    rf" (?P<y>{YEAR})\b"
)
YEAR_BEFORE_WORDS = ("before", "prior to", "earlier than", "preceding", "previous to")
# A change asked: "grow in the 2 years after 2013" runs from that year on
MOVED = re.compile(
    r"\b(?:grow|grew|grown|growth|rise|rose|risen|increase|increased|jump|jumped|gain|gained|change"
    r"|changed|fall|fell|drop|dropped|decline|declined)\b"
)
# "the year after next", "the year before last": two years on, or back.
TWO_STEPS = re.compile(
    r"\b(?:the )?year (after next|before last|before the year before|after the year after)\b"
)
# "two years later", "three years before that": steps from the conversation's year.
# "the first three years", "its last two years": years counted from either end of the figures
# "the best two years", "the three worst years": counted from the top or the bottom of the figures
RANKED_ENDS = {
    "best": "best", "top": "best", "highest": "best", "biggest": "best", "strongest": "best",
    "worst": "worst", "lowest": "worst", "weakest": "worst", "bottom": "worst", "smallest": "worst",
}  # fmt: skip
# "the first year in the data", "the earliest year you have", "the earliest year": one year at an
# end of the figures ("the first year over 50m" is the first that did, no end of them)
OF_THE_DATA = r"(?:in|of|on) (?:the |your |my )?(?:data|dataset|figures|numbers|records?|series|articles?)"
YEAR_AT_AN_END = re.compile(
    r"\b(?:the |its |their )?(?:first|earliest) year"
    rf"(?: {OF_THE_DATA}"
    r"| you(?: do)?(?: have| know|'ve got| got)(?: (?:data|figures|numbers|sales)(?: for)?)?| on record"
    r"| with (?:data|figures|numbers)"
    r"|(?= ?\??$)(?<!first year))"
    # ("the first year in the data with sales above 60m" is the first that did)
    r"(?!.*\b(?:above|over|more than|below|under|less than|fewer than|at least|past|exceed\w*|top\w*"
    r"|reach\w*|hit)\b)"
)
# "the last year of the data", "the final year in the figures": the one year at the other end
LAST_YEAR_OF_THE_DATA = re.compile(rf"\b(?:the |its |their )?(?:last|final) year {OF_THE_DATA}\b")
# "xiaomi's first sales number", "first recorded sales", "the earliest figure you have", "last known
# sales", "the most recent year on record": the figure at one end of the data (never "the first half",
# nor "the last figure you gave", which is the last answer)
_ON_RECORD = (
    r"(?: you(?: do)?(?: have|'ve got| got)(?: (?:data|figures|numbers|sales)(?: for)?)?"
    rf"| on record| available| {OF_THE_DATA})"
)
_AT_AN_END_OF_THE_DATA = (
    r"(?:(?:known|recorded|reported|annual|yearly|full[- ]year)(?: sales)? (?:figure|number|sales|year)s?"
    rf"(?:{_ON_RECORD})?"
    r"|(?:sales )?(?:figure|number|year)s?(?: of sales| with (?:sales|data|figures))?"
    rf"{_ON_RECORD}"
    r"|(?:sales|yearly|annual) (?:figure|number)s?(?!\s*(?:you gave|you said|from before|above))"
    r"|year (?:of|with) (?:sales|data|figures)|year of the data)"
)
FIRST_OF_THE_DATA = re.compile(
    rf"\b(?:the |its |their |xiaomi'?s )?(?:first|earliest) (?:{_AT_AN_END_OF_THE_DATA})"
    r"|\b(?:the )?earliest (?:sales|figures?|numbers?)\b(?! (?:you gave|you said))"
)
LAST_OF_THE_DATA = re.compile(
    # ("between the first and last known year" is a span; "the most recent year in the articles, vs
    # the year before?" is read as the latest year, which a change is also asked of; "that last
    # number", "the latest number you gave" are the last answer's)
    r"(?<!first and )(?<!earliest and )(?<!that )(?<!this )\b(?:the |its |their |xiaomi'?s )?(?:"
    rf"(?:last|final) (?:{_AT_AN_END_OF_THE_DATA})"
    r"|(?:latest|most recent|newest) (?:(?:known |recorded |reported )?(?:sales )?(?:figure|number|sales)s?\b"
    rf"(?:{_ON_RECORD})?|year (?:(?:with|of) (?:sales|data|figures)"
    r"|you have(?: (?:data|figures|numbers)(?: for)?)?|on record|available)))"
    r"(?!\s+(?:(?:that )?(?:you|u) (?:gave|said|mentioned|told|quoted|just)|again|from before|above)\b)"
    # ("the most recent number the older article has for that same year": that year's, not the last)
    r"(?!.*\b(?:for|in|of) (?:that|this|the same|that same|same) year\b)"
)
# "the best and second best year", "the top and second years", "its best year than its second
# best": the two at that end
FIRST_AND_SECOND = re.compile(
    rf"\b(?:the )?(?P<end>{'|'.join(RANKED_ENDS)})(?: years?)? (?:and (?:the )?(?:second|2nd|next)"
    # ("than the next year" is the year after it; "than the next best" the second)
    rf"|(?:than|vs|versus) (?:the |its |their )?(?:second|2nd|next(?=[- ](?:{'|'.join(RANKED_ENDS)}))))"
    rf"(?:[- ](?P<other_end>{'|'.join(RANKED_ENDS)}))?(?: years?)?\b"
)
COUNTED_YEARS = re.compile(
    r"\b(?:the |its |their |xiaomi's |xiaomis )?(?:(?P<end>first|last|final|earliest|latest|most recent"
    rf"|{'|'.join(RANKED_ENDS)}) (?P<n>two|three|four|five|[2-5])"
    # ("the two most recent years", "two latest years": the count first)
    rf"|(?P<n2>two|three|four|five|[2-5])"
    rf" (?P<end2>{'|'.join(RANKED_ENDS)}|most recent|latest|earliest|final))"
    r" (?:full |reported )?(?:yrs|years)\b(?: reported\b)?"
    # ("the two best years for growth" ranks changes, not figures)
    r"(?! (?:for|of|by|in) (?:growth|increase|gain|rise|change|decline|drop|fall|jump))"
    r"(?: (?:of|in|on) (?:the |your )?(?:data|figures|numbers|records?))?"  # "the last two years of data"
)
# "the third year after that", "the second year before it": a year counted from the one talked about
ORDINAL_STEPS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
ORDINAL_STEP = re.compile(
    r"\b(?P<n>second|2nd|third|3rd|fourth|4th|fifth|5th) (?:year|yr) (?P<dir>after|before)"
    r" (?:that|it|then|this)\b"
)
COUNTED_STEP = re.compile(
    r"\b(?:(?P<n>two|three|four|five|\d|a couple(?: of)?) (?:yrs?|years?)"
    # ("half a decade after founding" counts from the event, elsewhere)
    r"|(?P<decade>(?:half )?a decade)(?= (?:later|earlier|on|ago)\b))"
    r" (?P<dir>later|earlier|after|before|prior|on|ago)\b"
    r"(?! (?:19|20)\d\d)"
)
# "the next two years", "the previous three years": the years beside the one asked, each of them
SPAN_NEXT = re.compile(
    r"\bthe (?P<dir>next|following|previous|preceding|prior) (?P<n>two|three|four|[2-4]) (?:yrs?|years)\b"
    # "and the next two?" after years asked: the next two years
    # ... or said alone: "following two years combined?"
    r"|^(?:and |what about |how about |ok |so )*(?:the )?(?P<dir2>next|following|previous|preceding|prior)"
    r" (?P<n2>two|three|four|[2-4])(?: (?:yrs?|years))?"
    r"(?=(?: combined| together| added up| in total| total)?\W*$)"
    # "both years before?": the two beside the one asked
    r"|\bboth (?:yrs|years) (?P<dir3>before|after|prior|earlier|later)\b"
)
# "up to 2014", "through 2014", "since 2014", "from 2014 onwards": a range open at one end.
# "the years before 2014" / "the years after 2013": every year before or after, not one.
YEARS_BEFORE = re.compile(rf"\b(?:the )?years (?P<dir>before|after|since|until|up to) (?P<y>{YEAR})\b")
# ("reached by 2014 sales", "beaten by 2015's figure": the year's own figure did it, no span to it)
BY_NO_FIGURE = r"(?! (?:19|20)\d\d'?s? (?:sales|figures?|numbers?|units|shipments|results?)\b)"
UNTIL_YEAR = re.compile(
    rf"\b(?P<kw>up to|up until|through|thru|until|till|(?<!divided )(?<!divide )by{BY_NO_FIGURE}"
    r"|before|prior to"
    # "from founding to 2016", "since the start through 2015": every year up to that one
    r"|(?:from|since) (?:its |their |the )?(?:founding|foundation|start|beginning|inception|day one) "
    rf"(?:to|until|till|through|thru|up to))"
    # "up to and including 2014"; "up to but not including 2015" stops the year before
    r"(?: (?P<incl>and including|and incl|inclusive of|but not including|but excluding|but not))?"
    rf" (?:(?:the )?end of )?(?P<y>{YEAR})\b"
    rf"|\b(?P<y2>{YEAR}) (?:and|or) (?:earlier|before|prior)\b(?! (?:to )?\d)"  # "2013 and earlier"
)
SINCE_YEAR = re.compile(
    rf"\b(?:(?P<kw>since|after) (?P<y>{YEAR})|from (?P<y2>{YEAR}) (?:on|onwards?)"
    rf"|(?P<y3>{YEAR}) (?:onwards?|and after|and beyond|and later|or later|or after|or beyond))\b"
)
# "the 3 years starting 2013", "two years beginning in 2014": that many years, the first named
YEARS_STARTING = re.compile(
    rf"\b(?P<n>{COUNT})[- ]years? (?:starting|beginning|from)(?: in| with| from)? (?P<y>{YEAR})\b(?! to\b)"
)
A_HALF_SUPPOSED = re.compile(r"\b(?:if|had|would|suppose|supposing|assuming)\b")
HALVES_SET_AGAINST = re.compile(r"\b(?:vs|versus|against|compared)\b")
MAX_YEARS_COUNTED = 10
# "the two years to 2015", "a 4-year cagr of shipments ending 2016": that many years, ending there
# (never where the words between start a range of their own: "12.7m a year on average from 2012 to 2016")
YEARS_ENDING = re.compile(
    rf"\b(?P<n>{COUNT})[- ]years?\b"
    rf"(?P<between>(?: (?!from\b|between\b)\w+){{0,4}}?)(?<!prior)"
    rf" (?:to|ending|ended|ending in"
    rf"|through|thru|up to|until|leading up to) (?:the end of )?(?P<y>{YEAR})\b"
)
SPAN_CHANGE = re.compile(
    r"\b(?:growth|grow|grew|change|changed|cagr|increase\w*|rise|rose|decline\w*|drop\w*|fall|fell|ratio"
    r"|times|multiple)\b"
)
# "strictly between 2012 and 2016", "2013 to 2016, not inclusive": the years inside, not the ends
EXCLUSIVE_RANGE = re.compile(r"\bstrictly between\b|\b(?:non inclusive|exclusive|exclusively)\b(?! of)")
# "is that the lowest since 2013?": a year just answered, checked
THAT_CHECKED = re.compile(r"\b(?:is|was|isn'?t|wasn'?t) (?:that|it|this)\b")
# "2016, the worst year since 2013": the years after it, which that year is measured against
EXTREME_SINCE = re.compile(
    r"\b(?:best|worst|highest|lowest|weakest|strongest|biggest|smallest|most|least|fewest)"
    r"(?: \w+){0,4} $"
)
# "total sales from 2014", "cumulative as of 2016": a sum from or up to a year, the range's other end open
TOTAL_WORDS = re.compile(
    r"\b(?:total|totals|cumulative|cumulatively|combined|altogether|in all|sum|all told)\b"
)
SUM_FROM_YEAR = re.compile(
    rf"(?<!apart )(?<!aside )\bfrom (?P<y>{YEAR})\b(?!\s*(?:-|to|through|thru|till|until|and|vs|versus|or)\b)"
)
# the best or worst of the years: "as of 2017" is every year up to it
EXTREME_WORDS = re.compile(
    r"\b(?:best|worst|most|highest|lowest|biggest|smallest|peak|record|weakest|strongest)\b"
)
# ("total from 2014 to the end of 2015" is a range, "the year to the end of 2015" one year)
SUM_AS_OF_YEAR = re.compile(
    rf"\b(?:(?:as of|as at) (?:the end of )?|(?<!year )(?<!months )to (?:the )?end of )(?P<y>{YEAR})\b"
)
# "more than 60 million", "under 20m": a threshold, not a figure to check.
THRESHOLD = re.compile(
    r"(?:more than|over|above|at least|greater than|exceeding|in excess of|north of|top|topped|"
    r"surpass|surpassed|exceed|exceeded|pass|passed|cross|crossed|break|broke|clear|cleared|crack|cracked|"
    r"less than|under|below|fewer than|at most|south of|beyond"
    # "did annual sales first go past 50 million?": moved past it ("the past 5 years" is no bound)
    r"|(?:go|goes|going|went|gone|get|gets|got|getting|move|moved|climb|climbed|rise|rose|risen|jump|jumped)"
    r" (?:past|beyond)"
    # "were 2015 sales higher than 60m?", "was the 2016 drop bigger than 10m?": a side, not a figure
    r"|higher than|bigger than|larger than|lower than|smaller than"
    # "is a xiaomi cheaper than $400?": a price's side
    r"|cheaper than|less expensive than|pricier than|more expensive than|dearer than"
    # "did they ever reach 100m?", "ever sell 80 million in a year": reached in any year
    r"|ever (?:\w+ )?(?:reach|reached|hit|sell|sold|ship|shipped|move|moved|get to|got to|make it to))"
    r"(?:\s+the)?\s*$"  # "pass the 50 million mark"
)
# "above the 80 million target": a side of a target named ("more than 80 million" stays a threshold)
SIDE_OF = re.compile(
    r"(?:above|over|below|under|(?:more|higher|greater|bigger|less|lower|fewer|smaller) than(?: the)?$)\b"
)
CARED_ABOUT = re.compile(r"\b(?:about|for|prioriti[sz]e\w*|value\w*|focus\w*(?: on)?)(?: \w+){0,3}\s*$")
TARGET_WORD = r"(?:target|goal|projection|forecast)s?\b"  # a target, by any of its names
IN_MILLIONS = r"\d+(?:[.,]\d+)?\s*(?:m|mn|mil|million|millions)\b"  # "80m", "34.7 million"
# "between 10 and 60 million", "60 million or less": bounds, said as such ("from 7.2m to 58m" is
# a movement, no bound)
BETWEEN_AMOUNTS = re.compile(rf"\bbetween ({IN_MILLIONS}) and ({IN_MILLIONS})")
TWO_AMOUNTS_SET_APART = re.compile(
    r"\b(?:difference|differ\w*|gap|ratio|choose|pick|apart|distance|far|compare\w*|vs|versus|divided|times)\b"
)
# ("65,000,000 or more": a number written whole)
BOUND_AMOUNT = rf"(?:{IN_MILLIONS}|\d{{1,3}}(?:,\d{{3}}){{2,}}(?![\d,]))"
OR_LESS = re.compile(rf"\b({BOUND_AMOUNT}) or (?:less|fewer|lower|under|below)\b")
OR_MORE = re.compile(rf"\b({BOUND_AMOUNT}) or (?:more|over|above|higher|greater)\b")
# "50 million plus", "at or above 70m", "at minimum 15m", "58m at most": a bound said another way,
# read as "at least" or "at most" ("58m plus 12m" adds; "not below 15m" is a negation, read as such)
AT_LEAST_SAID = re.compile(
    rf"\b({BOUND_AMOUNT})(?:\s+plus\b(?!\s*\d)|\s+at (?:least|(?:the )?minimum|min)\b)"
    rf"|\b(?:at or above|at or over|no less than|no fewer than|at minimum"
    rf"|at the minimum|a minimum of|minimum of|min) ({BOUND_AMOUNT})"
)
AT_MOST_SAID = re.compile(
    rf"\b({BOUND_AMOUNT})\s+at (?:most|(?:the )?maximum|max|the most)\b"
    rf"|\b(?:at or below|at or under|no more than|at maximum|at the maximum"
    rf"|a maximum of|maximum of|max) ({BOUND_AMOUNT})"
)
TARGET_AFTER = re.compile(rf"\s*(?:sales |phone |unit )?{TARGET_WORD}")
# A number said as a margin between two figures: "beat its projection by 30 million", "10m below
# the target", "missed it by 10m".
MARGIN_AFTER = re.compile(
    # ("more than 10 million short of the target": a margin below it)
    r"\s*(?:phones |units |smartphones )?"
    r"(?:more|less|fewer|higher|lower|bigger|smaller|short|shy|behind|ahead)\b"
)
# "is 70 million more than they sold in 2014?": the number set against the figure, which is then
# on the other side of it ("70 million more than" a margin is said with no "is" before it)
NUMBER_IS_BEFORE = re.compile(r"\b(?:is|was|are|were|isnt|wasnt)\s*$")
NUMBER_ASKED_FOR = re.compile(r"\b(?:what|whats|how much|how many)\s*$")
NUMBER_AGAINST_SALES = re.compile(
    r"\s*(?:phones |units |smartphones )?(?P<side>more|less|fewer|higher|lower|bigger|greater|smaller) than "
    # ("than xiaomi's 2014 sales", "than the 2014 figure"; never a target's figure)
    r"(?:(?!(?:target|goal|projection|forecast|magic)s?\b)[\w']+ ){0,3}?"
    r"(?:sold|sell|sales|shipped|shipments|figure|figures|number|numbers)\b"
)
# "they need 12m more to hit the target", "10m more in 2015 to reach it": the number still to go
STILL_TO_GO = (
    r"(?:more|extra|additional)\s+(?:phones |units |smartphones )?"
    r"(?:in (?:19|20)\d\d\s+|than (?:\w+ ){1,3}?)?"
    r"(?:(?:to|for)\s+(?:hit|reach|meet|make|get to|achieve|match)\b"
    # "12m more for 2017's target"
    r"|for\s+(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d(?:'s)?\s+)?(?:target|goal)\b)"
)
MORE_TO_REACH = re.compile(rf"\s*(?:phones |units |smartphones )?{STILL_TO_GO}")
# "to hit 70m, do they need to sell 12m more than in 2016?": a number needed more than a figure
NEEDED_BEFORE = re.compile(r"\bneed(?:s|ed)?\s+(?:to\s+(?:sell|ship|move)\s+)?(?:another\s+|an extra\s+)?$")
TOWARDS_A_TARGET = re.compile(r"\b(?:to (?:hit|reach|meet|make|get to|achieve)|target|goal)\b")
NEEDED_MORE = re.compile(r"\s*(?:phones |units |smartphones )?(?:more|extra|additional)\b")
# "a drop of 12m", "so they lost 12m", "2014 added 42m": a change's size, a margin between two figures
CHANGE_OF_AMOUNT = re.compile(
    r"\b(?:(?:drop|fall|decline|decrease|loss|rise|increase|gain|jump|growth|dip|slide|swing) of"
    r"|lost|shed|added)\s+(?:(?:about|around|roughly|nearly|almost|just|only|like)\s+)?$"
)
# "that's 12m less right?", "so 9m more?", "so 10m short?": a margin said after the number, with
# nothing after "than" (or "of")
MARGIN_SAID = re.compile(
    r"\s*(?:phones |units |smartphones )?"
    r"(?:(?:more|less|fewer|higher|lower)\b(?!\s+than\b)(?!\s+(?:to|for)\b)"
    r"|(?:short|shy|to go|behind|ahead)\b(?!\s+of\b))"
)
# "by 30 million", "by about 20m", "by 20m or 21m"
BY_AMOUNT_BEFORE = re.compile(
    r"\bby\s+(?:(?:about|around|roughly|like|approximately|approx|nearly|almost|some|just|only|exactly)\s+)?$"
    r"|\bby\s*$|\bby\s+\S+\s+or\s*$"
)
# "kevin wang's 70m below the goal?": someone's number, set against the goal, no margin to it
OWNED_NUMBER = re.compile(r"\w's\s+\$?\s?$")
# the sides a margin is said on: "10m below the target", "12m short of what they need"
MARGIN_SIDE = r"(?:below|under|above|over|short of|shy of|ahead of|behind)"
# ("xiaomi's 30m below the target" is its figure; "that's 30m below the target" a margin to it)
PRONOUN_IS = re.compile(r"\b(?:that|it|this)'s\s+\$?\s?$")
TO_A_TARGET_AFTER = re.compile(
    rf"\s*{MARGIN_SIDE}\s+"
    r"(?:(?:the |its |their )?(?:[\w']+ ){0,3}?(?:target|goal|projection|forecast)s?\b"
    r"|what\b)"  # ("that's 12m short of what wang says they need")
)
BY_AMOUNT_AFTER = re.compile(
    # "10m below the target"; not "70 million over 2015", which is a figure over a year
    # ("20 million short of 100 million": a margin to a number, too)
    # ("20m over the projection", "21m above what they projected"; not "70m over the year")
    r"\s*(?:below|under|above|short of|shy of|ahead of|behind"
    r"|over(?= (?:(?:the|its|their) )?(?:\w+ )?"
    r"(?:target|goal|projection|forecast|plan|estimate|expectation)s?\b(?! of \$?\d)))\s+"
    # ("21m above projection": the target named with no article)
    r"(?:(?:the|its|their|xiaomi's|what)\b|(?:about |around )?\d|(?:target|goal|projection|forecast)s?\b)"
)
BELOW_WORDS = (
    "less than",
    "under",
    "below",
    "fewer than",
    "lower than",
    "smaller than",
    "cheaper than",
    "less expensive than",
    "at most",
    "south of",
)
INCLUSIVE_WORDS = ("at least", "at most")


def side_of(words: str, inclusive: tuple[str, ...] = INCLUSIVE_WORDS) -> str:
    """The side comparison words put a number on: "<" or ">", with "=" where they include it
    ("at least 60m" is ">=")."""
    return ("<" if words.startswith(BELOW_WORDS) else ">") + ("=" if words.startswith(inclusive) else "")


MAX_QUANTITY = 1e15  # more than any figure a company reports: a typo or a joke, never a figure
# "second best year", "3rd worst": the rank among the years.
RANK_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}  # fmt: skip
RANKED = re.compile(
    rf"\b({'|'.join(RANK_WORDS)}|\d{{1,2}}(?:st|nd|rd|th)) "
    # ("the year with the 2nd most sales"; "the 2nd most valuable startup" ranks no year)
    r"(?=(?:best|highest|biggest|largest|greatest|strongest|top|worst|lowest|weakest|smallest|least|fewest"
    r"|most(?! valu))\b)"
)
# "the runner-up", "the next best": second, after the best (or worst) of something
RUNNER_UP = re.compile(r"\b(?:runner[ -]?up|second place|2nd place|next (?=best\b|worst\b))")
# "the whole year before": the words of a whole year, before the step they take
WHOLE_YEAR_STEPPED = re.compile(
    r"\b(?:the )?(?:full|whole|entire|complete|calendar) (?=year (?:before|after|earlier|later|prior)\b)"
)
# "The full year": the whole year, after a question about a part of it.
WHOLE_YEAR = re.compile(
    r"\b(?:the )?(?:full|whole|entire|complete|calendar) year\b"
    # "in all of 2016", "full 2016": the whole year
    r"|\b(?:all of|full|whole|entire|(?:the )?(?:whole|entire|full) of)"
    r"(?= (?:19|20)\d\d\b(?! ?(?:and|to|through|-|–)))"
    # "and by year end?", "by the end of the year" after a half: the whole year
    r"|\bby (?:the )?(?:year[- ]end|end of (?:the )?year)\b|\bend(?:ed|ing)? the year (?:on|at|with)\b"
    r"|\bthe (?:year's|annual|yearly) total\b|\bthe total for the year\b"  # "how much of the year's total"
    # "what was the target for the year?" after the first half; not "for the year before/it was founded"
    r"|\bfor the year\b(?!\s+(?:before|after|prior|earlier|later|it|they|when|that|which|of|in|since)\b)"
    r"|\b(?:annual|yearly)(?= (?:target|goal)s?\b)"  # "the annual goal": the goal stays a word
)
# A figure times a number: "double that", "half of 2014's sales", "triple it?", "half?" (not "twice as
# many as", a comparison; nor "double check", no figure named)
MULTIPLIERS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "thrice": 3.0, "quadruple": 4.0, "half": 0.5,
               "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
               "two thirds": 2 / 3, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1,
               "one tenth": 0.1}  # fmt: skip
PARTICIPLE_MULTIPLIERS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
FIGURE_MULTIPLIED = re.compile(
    r"^(?:so |and |ok |then )?what(?:'s| is| would be| will be| does| do)?\s+"
    r"(?:(?:that|it|this|the figure|the number)|(?:[\w']+\s+){0,3}?(?:19|20)\d\d(?:'s)?(?:\s+sales)?)\s+"
    r"(?P<times>doubled|tripled|trebled|quadrupled|halved)(?: come to| make| give| equal| be)?[\s?!.]*$"
)
# What changes between two figures, or how far one is from another: what a calculation may be asked
# of ("half of the 2016 drop", "double the gap", "the shortfall, halved")
CHANGE_OR_GAP = (
    r"(?:drop|fall|decline|decrease|dip|slide|slump|rise|growth|increase|gain|jump|climb|surge|change"
    r"|gap|difference|shortfall|margin|miss|overshoot|amount by which)s?"
)
# "what's the gap between 2013 and 2014, halved?", "the 2016 drop doubled": a change so many times
CHANGE_MULTIPLIED = re.compile(
    rf"\b{CHANGE_OR_GAP}\b(?:\s+(?:between|from|in|of|to|and|the|(?:19|20)\d\d|sales|figures))*"
    r",?\s+(?P<times>doubled|tripled|trebled|quadrupled|halved)[\s?!.]*$"
)
# ... or a multiple said before it: "half of the 2016 drop", "twice the 2015 growth"
CALCULATION_OF_A_CHANGE = re.compile(
    rf"\b(?:{'|'.join(MULTIPLIERS)})(?: of)? (?:the|that|this|its|their|xiaomi'?s)(?: [\w'-]+){{0,3}}? "
    rf"{CHANGE_OR_GAP}\b|{CHANGE_MULTIPLIED.pattern}"
)
MULTIPLE = re.compile(
    r"\b(?P<times>double|twice|triple|thrice|quadruple|half|(?:a|one) third|(?:a|one) quarter|two thirds"
    r"|three quarters|(?:a|one) fifth|(?:a|one) tenth)\b"
    r"(?![\s-]+check)(?![\s-]+(?:year|yearly|years|time|term)\b)(?:\s+of\b)?"  # "half-yearly sales": a period
    r"(?=\s+(?:that|it|this|those|these|them|the|its|their|his|what)\b"
    r"|\s+(?:\S+\s+){0,2}?(?:(?:19|20)\d\d|sales|figures?|numbers?|targets?|goals?)\b|[\s?!.]*$)"
)
# ... with nothing but an opening before it: "so what's double that?"; "2012 was half that?", "sold half of
# their target?" check a figure, "more than double" a change, "the other half" is a part of the year
# "what's", "how much is", "calculate": a figure worked out is asked for ("is 10m more than 2014?" checks)
ASKS_A_WORKED_FIGURE = re.compile(r"\b(?:what|whats|what's|how much|calculate|compute|tell me|give me)\b")
MULTIPLE_OPENING = re.compile(
    r"[\s,.!]*(?:(?:and|so|ok|okay|then|now|hmm|well|what|whats|what's|what is|what was|how much|is"
    r"|calculate|compute|tell me|give me|pls|please|just|if you|if we|if they|would|with|after|apply|applying"
    r"|(?:ok |okay |so |now )?back to (?:the )?(?:sales|numbers|figures)(?: now)?)[\s,.!-]+)*"
)


class Calc(StrEnum):
    """What is done to a figure with a number the question gives."""

    TIMES = "times"  # "double that", "2015 sales times 3"
    DIVIDED = "divided by"  # "divided by 4"
    PLUS = "plus"  # "plus 5 million"
    MINUS = "minus"  # "subtract 10m from that"
    PERCENT_OF = "percent of"  # "what's 20% of that"
    PERCENT_MORE = "percent more"  # "and 10% more?"
    PERCENT_LESS = "percent less"  # "15 percent less"


@dataclass(frozen=True)
class Calculation:
    op: Calc
    amount: float  # a plain number for times, divided by and percentages; an amount for plus, minus

    def of(self, value: float) -> float:
        """The figure `value` with the calculation done to it (never divided by zero: see FACTOR)."""
        if self.op is Calc.TIMES:
            return value * self.amount
        if self.op is Calc.DIVIDED:
            return value / self.amount
        if self.op is Calc.PLUS:
            return value + self.amount
        if self.op is Calc.MINUS:
            return value - self.amount
        if self.op is Calc.PERCENT_OF:
            return value * self.amount / 100
        if self.op is Calc.PERCENT_MORE:
            return value * (1 + self.amount / 100)
        return value * (1 - self.amount / 100)


# A small plain number, never a year: "times 4", "divided by 12"; "how many times 2012?" is a ratio
# "times two": a small factor in words
FACTOR_WORDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "ten": 10.0}
FACTOR = (
    r"(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:\.\d+)?|" + "|".join(FACTOR_WORDS) + r"\b)"
    r"(?![\d,.%]|\s*(?:percent|per cent|" + SCALES + r")\b)"
)
AMOUNT = rf"(?P<amount>(?:{NUMBER})\s*(?:{SCALES})\b|\d{{1,3}}(?:,\d{{3}}){{2,}})"
# "10%", "15 percent": a percentage worked into a figure
PERCENT_NUMBER = r"(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)"
SMALL_NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")
# ("2013 plus 10m" works on a year's figure: a year before is no amount)
NOT_AFTER_AN_AMOUNT = r"(?<!million )(?<!\dm )(?:(?<!\d )|(?<=\b(?:19|20)\d\d ))(?<!billion )"
NOT_OF_A_YEAR = (
    r"(?!\s*(?:phones |smartphones |units )?(?:in|than|for|by) (?:19|20)\d\d)(?! or )"
    r"(?!\s*(?:in |for |by )?(?:the )?(?:next|following|previous|that|same) year)"
    r"(?!\s*(?:halves|parts|quarters|was|were|is|came))"  # "split into 2 halves", "20% of it was h1"
    r"(?!\s*(?:the )?(?:19|20)\d\d)"  # "is 5 million more than that the 2015 figure?": a check
)
CALCULATIONS = [
    # ("multiplied by 2.6 between 2012 and 2013" is a ratio of two years)
    (
        re.compile(
            rf"\b(?:times|multiplied by|multiply (?:it |that |this |them )?by|x)\s*{FACTOR}"
            rf"(?!\s+(?:between|from|over|since|in)\b){NOT_OF_A_YEAR}"
        ),
        Calc.TIMES,
    ),
    (
        re.compile(
            rf"\b(?:divided by|divide (?:it |that |this |them )?by|split (?:it |that )?(?:by|into))"
            rf"\s*{FACTOR}{NOT_OF_A_YEAR}"
        ),
        Calc.DIVIDED,
    ),
    # ("34.7 million plus 35.3 million" adds two numbers; "plus or minus 5m", "add 10m phones in 2015"
    # and "more or less 70 million" say no calculation)
    (
        re.compile(
            rf"{NOT_AFTER_AN_AMOUNT}\b(?:plus|add|adding|and add)\s+(?:another |an extra |extra )?{AMOUNT}"
            rf"{NOT_OF_A_YEAR}"
        ),
        Calc.PLUS,
    ),
    (
        re.compile(
            rf"{NOT_AFTER_AN_AMOUNT}(?<!more or )(?<!plus or )\b(?:minus|less|subtract|subtracting|take away"
            rf"|taking away|deduct)\s+{AMOUNT}{NOT_OF_A_YEAR}"
        ),
        Calc.MINUS,
    ),
    # "2015 sales plus 10%", "minus 15 percent": a percentage of the figure, added or taken off
    (
        re.compile(rf"\b(?:plus|add|adding)\s+{PERCENT_NUMBER}{NOT_OF_A_YEAR}"),
        Calc.PERCENT_MORE,
    ),
    (
        re.compile(rf"\b(?:minus|less|subtract)\s+{PERCENT_NUMBER}{NOT_OF_A_YEAR}"),
        Calc.PERCENT_LESS,
    ),
]
# "2016 sales", "xiaomi's 2015 figure": a year's figure, after "of" or "than"
YEARS_FIGURE = r"(?=(?:xiaomi'?s |their |its )?(?:19|20)\d\d(?:'s)? (?:sales|figure|number))"
# "2014", "2014's sales", "xiaomi's 2013 figure": a year's own figure, never its target
A_YEARS_OWN_FIGURE = (
    r"(?=(?:in )?(?:xiaomi'?s |their |its )?(?:19|20)\d\d\b(?!'?s? (?:target|goal|projection|forecast)))"
)
# "if it grew 20%", "suppose they had dropped 10%": a change supposed of the figure just given, asking
# nothing else of it
SUPPOSED_ON_IT = r"(?:if|suppose|supposing|assuming|say) (?:it|they|that|sales)(?: had| would have)?"
NOTHING_ELSE_SUPPOSED = r"(?!.*\b(?:would|will|reach|hit|beat|target|goal|still|in (?:19|20)\d\d|from)\b)"
# ... a percentage asked with nothing but an opening before it: "what's 20% of that?", "10% more?";
# "was 2015 15% more than 2014?" checks a change, "is h1 50% of 2015?" a share
PERCENT_CALCULATIONS = [
    # "5x 2012 sales", "1.5 times the 2013 figure": a year's figure so many times, asked for
    (
        re.compile(
            r"\b(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:x|times)\s+(?:the |xiaomi'?s |their |its )?"
            r"(?=(?:19|20)\d\d(?:'s)?(?: (?:sales|figure|number|total))?\s*[?!.]*$)"
        ),
        Calc.TIMES,
    ),
    # "and 5 million less?", "5m more?": an amount worked into the last figure
    # ... or into a year's figure, asked for: "what's 10m more than 2014's sales?"
    (
        re.compile(
            rf"{AMOUNT} (?:more|extra)(?:(?: than (?:that|it|this))?(?!\s*than)\b{NOT_OF_A_YEAR}"
            rf"| than {A_YEARS_OWN_FIGURE})"
        ),
        Calc.PLUS,
    ),
    (
        re.compile(
            rf"{AMOUNT} (?:less|fewer)(?:(?: than (?:that|it|this))?(?!\s*than)\b{NOT_OF_A_YEAR}"
            rf"| than {A_YEARS_OWN_FIGURE})"
        ),
        Calc.MINUS,
    ),
    # ... of, or more or less than, the last figure or a year's figure ("20% more than 2016 sales")
    (
        re.compile(
            rf"{PERCENT_NUMBER} of (?:(?:that|it|this|them|those|the figure|the number)\b|{YEARS_FIGURE}"
            r"|(?=(?:19|20)\d\d(?:'s)?\s*[?!.]*$))"  # ("what's 40% of 2016?": that year's figure)
            r"(?!\s*(?:was|were|is|came)\b)"  # "20% of it was h1?": a share claimed
        ),
        Calc.PERCENT_OF,
    ),
    (
        re.compile(
            rf"{PERCENT_NUMBER} (?:more|higher|bigger|larger|extra)"
            rf"(?: than (?:(?:that|it|this)\b|{YEARS_FIGURE}))?(?!\s*than)\b"
        ),
        Calc.PERCENT_MORE,
    ),
    (
        re.compile(
            rf"{PERCENT_NUMBER} (?:less|lower|smaller|fewer)"
            rf"(?: than (?:(?:that|it|this)\b|{YEARS_FIGURE}))?(?!\s*than)\b"
        ),
        Calc.PERCENT_LESS,
    ),
    # a change supposed on the last figure: "what would 20% growth on that give?", "if it grew 20%?"
    # ("if it grew 20% in 2017, would it reach the target?" is a what-if of its own)
    (
        re.compile(
            rf"\b{SUPPOSED_ON_IT} (?:grew|grow|grows|rose|rise|rises|increased|increase|went up|go up|jumped"
            rf"|jump)(?: by)? {PERCENT_NUMBER}{NOTHING_ELSE_SUPPOSED}"
        ),
        Calc.PERCENT_MORE,
    ),
    (
        re.compile(
            rf"\b{SUPPOSED_ON_IT} (?:fell|fall|falls|dropped|drop|drops|declined|decline|shrank|shrink"
            rf"|went down|go down)(?: by)? {PERCENT_NUMBER}{NOTHING_ELSE_SUPPOSED}"
        ),
        Calc.PERCENT_LESS,
    ),
    (
        re.compile(
            rf"{PERCENT_NUMBER} (?:growth|increase|rise|gain|jump) (?:on|from|over|to)"
            r" (?:that|it|this|them)\b"
        ),
        Calc.PERCENT_MORE,
    ),
    (
        re.compile(
            rf"{PERCENT_NUMBER} (?:drop|fall|decline|decrease|cut) (?:on|from|in|to) (?:that|it|this|them)\b"
        ),
        Calc.PERCENT_LESS,
    ),
]
# A what-if that changes one figure by a percentage, an amount or a factor: "what if it was 10% more?",
# "if sales in 2013 were 10 million higher", "if xiaomi doubles 2016 sales": worked out on that figure
# (the rest of the question decides whether the answer is that figure or a what-if it declines)
# "if i remember right", "if you know", "if so": a hedge or a request, no what-if
NOT_A_WHAT_IF = r"(?! (?:i|you|u|so|any|possible|anyone|anybody)\b)"
# "tell me if", "wondering if", "do you know if": whether something is so, no what-if
ASKED_WHETHER = re.compile(
    r"\b(?:tell|ask|asking|know|wonder|wondering|check|see|sure|unsure|curious|confirm|find out)"
    r"(?: me| us)?\s*$"
)
WHAT_IF = (
    rf"(?:\b(?:if|suppose|supposing|assuming|imagine)\b{NOT_A_WHAT_IF}"
    r"|\bwould\b[^?,;]{0,40}?\bwith\b)[^?,;]{0,60}?"  # "what would 2015 be with 10% more?"
)
NOT_SET_AGAINST = r"(?![^?,;]*\bthan\b)"  # "if they sold 10% more than in 2014": a change supposed
MORE_WORDS = r"(?:more|higher|bigger|larger|extra|up)"
LESS_WORDS = r"(?:less|lower|smaller|fewer|down)"
FACTOR_VERBS = {
    "double": 2.0, "doubled": 2.0, "doubles": 2.0, "twice as many": 2.0, "twice as much": 2.0,
    "triple": 3.0, "tripled": 3.0, "triples": 3.0, "three times as many": 3.0,
}  # fmt: skip
HALF_VERBS = {"halved": 2.0, "halves": 2.0, "half as many": 2.0, "half as much": 2.0}  # divided by
SUPPOSED_FACTORS = {**FACTOR_VERBS, **HALF_VERBS}
SUPPOSED_CALCULATIONS = [
    (re.compile(rf"{WHAT_IF}\b{PERCENT_NUMBER} {MORE_WORDS}\b{NOT_SET_AGAINST}"), Calc.PERCENT_MORE),
    (re.compile(rf"{WHAT_IF}\b{PERCENT_NUMBER} {LESS_WORDS}\b{NOT_SET_AGAINST}"), Calc.PERCENT_LESS),
    (re.compile(rf"{WHAT_IF}(?<![\w.]){AMOUNT} {MORE_WORDS}\b{NOT_SET_AGAINST}"), Calc.PLUS),
    (re.compile(rf"{WHAT_IF}(?<![\w.]){AMOUNT} {LESS_WORDS}\b{NOT_SET_AGAINST}"), Calc.MINUS),
    (
        re.compile(rf"{WHAT_IF}\b(?P<verb>{'|'.join(FACTOR_VERBS)})\b{NOT_SET_AGAINST}"),
        Calc.TIMES,
    ),
    (re.compile(rf"{WHAT_IF}\b(?P<verb>{'|'.join(HALF_VERBS)})\b{NOT_SET_AGAINST}"), Calc.DIVIDED),
]
# Years relative to today, which the articles cannot answer reliably.
RELATIVE_TO_TODAY = re.compile(
    r"\b(?:last year|this year|current year|these days|right now|nowadays)\b"
    # "sales over the past 3 years": counted back from today, which the bot asks about
    r"|\b(?:the )?(?:past|previous) (?:\d{1,2}|two|three|four|five) years\b"
)
# "2015 %" is a year, then a %; so is "2013-14 %", a span of years
PERCENT = re.compile(
    r"(?<![\w.])(?<!(?:19|20)\d\d-)(?<!(?:19|20)\d\d - )(?!(?:19|20)\d\d\s?%)\d+(?:\.\d+)?\s?%"
)
# "60 to 70m": the unit of the second number is the first's too (never a year's: "from 2013 to 70m")
SHARED_UNIT = re.compile(
    r"(?<![\w.])(?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?)(\s*(?:or|and|to|vs|-|/)\s*\d+(?:\.\d+)?\s*"
    r"(million|mln|mn|m|billion|bn|b)\b)"
)
# "was the best year over 61m and the worst over 10m?": a bound for each of the two years found
BOTH_EXTREMES_BOUNDED = re.compile(
    r"\b(?:best|top|peak|highest|biggest)\b.*\b(?:worst|lowest|weakest|smallest)\b"
    r"|\b(?:worst|lowest|weakest|smallest)\b.*\b(?:best|top|peak|highest|biggest)\b"
)
# "the 2015 article", "the older piece": which article to answer from; the year is no period asked.
SOURCE_NOUN = r"(?:article|articles|piece|story|post|write up|writeup)"
# "in the year the 2015 article was written", "two years before the 2017 article": a year counted from
# an article's own year
ARTICLE_AS_A_YEAR = re.compile(
    rf"\b(?:(?:the )?(?P<n>{COUNT}) years? (?P<dir>before|after) |(?:the )?year (?P<dir1>before|after) "
    rf"|(?:in |during )?the year )(?:the|that) (?P<y>(?:19|20)\d\d) {SOURCE_NOUN}"
    r"(?: (?:was|were|is) (?:written|published|out)| came out| appeared| ran)?\b"
    # "the year the 2015 article calls last year": counted from the article's own year
    r"(?: (?:calls|means by|refers to as|says is) (?P<rel>last|this|next) year\b)?"
)
# Words that describe an article, not what it tells: its kind, its publisher, its place
ARTICLE_DESCRIBED = (
    r"business|news|tech|technology|online|web|original|full|long|longer|short|shorter|english|print"
    r"|cnbc|forbes|bloomberg|reuters|wsj|insider|android|headlines|gizmochina|techinasia"
)
SOURCE_OF_YEAR = re.compile(
    rf"\b(?:the |that |this )?(?P<y>{YEAR}) (?:{SOURCE_NOUN}|report|news report)\b"
    # ("the 2015 business article", "that 2017 gizmochina piece": an article described on the way;
    # a story or a post only by its kind or publisher, "the 2016 slowdown story" being a year's)
    rf"|\b(?:the |that |this )(?P<y4>{YEAR})(?: [a-z]+){{1,2}}? (?:article|piece)\b"
    rf"|\b(?:the |that |this )(?P<y5>{YEAR}) (?:{ARTICLE_DESCRIBED})(?: (?:{ARTICLE_DESCRIBED}))?"
    rf" {SOURCE_NOUN}\b"
    # ("the article dated april 2017": its month too)
    rf"|\b(?:the )?{SOURCE_NOUN} (?:from|of|dated|written in|published in)"
    rf"(?: (?:{'|'.join(MONTHS)}))? (?P<y2>{YEAR})\b"
    # "the april 2017 article": its month too ("the august 2015 report" is the data, no article)
    rf"|\b(?:the |that |this )?(?:{'|'.join(MONTHS)}) (?P<y3>{YEAR}) {SOURCE_NOUN}\b"
)
SOURCE_ORDER = re.compile(
    r"\b(?:the )?(?P<o>older|oldest|earlier|earliest|first|newer|newest|later|latest|more recent|"
    rf"most recent|recent|second|other) {SOURCE_NOUN}\b"
)
# "the 2015 article says 60m, another one says 61m": both articles are in play, neither answers alone
# "does the newer one agree?": the other article asked of
_OTHER_ONE_ASKED = (
    r"\b(?:does|did|do) the (?:newer|older|later|earlier|other|more recent) (?:one|source|article)"
)
ANOTHER_SOURCE = re.compile(
    rf"\b(?:(?:another|the other)(?: (?:one|source|{SOURCE_NOUN}))?"
    rf"|the (?:newer|older|later|earlier|more recent) (?:one|source|{SOURCE_NOUN}))"
    r" (?:says|said|has|had|gives|gave|claims|claimed|reports|reported|states|stated|shows|showed|puts|put"
    r"|agrees?|disagrees?)\b"
    rf"|{_OTHER_ONE_ASKED}\b"
)
# ... with what it is asked ("agree?"): its words go, the claim stays, checked against both
OTHER_SOURCE_ASKED = re.compile(rf"{_OTHER_ONE_ASKED}(?: (?:agree|say so|say the same|too|as well))?\b")
# what the named article "says", once its name is taken out: the claim, checked against both articles
SAID_BY_THE_ARTICLE = re.compile(
    r"^\W*(?:(?:i was )?reading \w+ )?(?:the |that |an? )?(?:says|said|reports|reported)\b"
)
SOURCE_ASKED_OF = re.compile(r"\b(?:according to|per|going by|based on) (?:the |that |this )?$")
COMPANY_NAMED = "<company>"  # where a company was named: no word, so "which company" stays asked

OLDEST_WORDS = ("older", "oldest", "earlier", "earliest", "first")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
LETTERS_THEN_DIGITS = re.compile(r"\b([a-z]+)(\d+)\b")


@dataclass
class Entities:
    """What the question says exactly."""

    years: list[int] = field(default_factory=list)  # in the order written
    period_part: str | None = None  # "H1", "Q3", ...
    month_alone: str = ""  # "and in may?" -> "M5": a month and nothing else, asked or dating a fact
    parts_named: tuple[str, ...] = ()  # every part named, in order: "the second half against the first"
    part_years: list[int] = field(default_factory=list)  # the years the part is of, when not all
    year_range: tuple[int, int] | None = None
    quantities: list[float] = field(default_factory=list)
    relative_step: int | None = None  # -1 "the year before", +1 "the year after"
    part_step: int | None = None  # -1 "the quarter before", +1 "the next half": a part, not a year
    relative_span: bool = False  # "the two years before that": every year of the step, not its end
    relative_around: bool = False  # "the year before and after": the years either side, both
    relative_to_today: bool = False  # "last year", "this year"
    years_ago: int | None = None  # "last year": 1, "this year": 0; None for "these days"
    whole_year: bool = False  # "the full year"
    until_year: int | None = None  # "up to 2014": every year to this one
    second_range: tuple[int, int] | None = None  # "the 2013-2014 jump or the 2014-2015 jump"
    unit_asked: str = ""  # "in lakh", "how many thousand": a key of UNITS_ASKED ("nearest million": rounded)
    both_halves: bool = False  # "which half", "the first or second half": the two set side by side
    beside_range: list[int] = field(default_factory=list)  # "2015 as a share of the 2012-2016 total"
    since_year: int | None = None  # "since 2014": every year from this one
    # ("first", "last", "best" or "worst", n): "the first three years", "the best two years"
    counted_years: tuple[str, int] | None = None
    differences: list[float] = field(default_factory=list)  # of the quantities, ones said as a margin
    money: bool = False  # a sum of money is named: "$650", "300 bucks"
    threshold: tuple[str, float] | None = None  # (">" or "<", value): "more than 60 million"
    threshold_top: tuple[str, float] | None = None  # the other side's: "over 50m but under 65m"
    # a second bound on the same side, of another thing: "the best year over 61m and the worst over 10m"
    threshold_again: tuple[str, float] | None = None
    # the side of a margin claimed: ">" for "beat it by more than 10m", "<" for "by less than 5m"
    margin_side: str = ""
    rank: int = 1  # "second best": 2
    calculation: Calculation | None = None  # "double that", "plus 5 million", "10% more"
    calculation_supposed: bool = False  # ... said as a what-if: "what if it was 10% more?"
    source_year: int | None = None  # "the 2015 article": answer from the articles of that year
    source_order: str = ""  # "oldest" or "newest": "the older article"
    words: list[str] = field(default_factory=list)  # what is left, for wording

    @property
    def periods(self) -> list[str]:
        """Period keys as the knowledge base writes them: '2015', '2015-H1'."""
        years = self.all_years
        if self.period_part:
            return [f"{y}-{self.period_part}" if self._has_part(y) else str(y) for y in years]
        return [str(y) for y in years]

    def _has_part(self, year: int) -> bool:
        return not self.part_years or year in self.part_years

    @property
    def all_years(self) -> list[int]:
        if self.year_range:
            first, last = self.year_range
            return list(range(first, last + 1))
        return self.years


# Two-digit years (2010-2019, around the articles' years) only where a year is all that fits.
_NOT_A_COUNT = (
    r"(?![.,]?\d)(?!\s*(?:m|mn|mil|mill|million|millions|k|bn|b|billion|%|percent|x|times|months?|years?"
    r"|days?|weeks?|phones?|units?|handsets?|brands?|companies|makers?)\b)"
)
TWO_YEARS = re.compile(
    rf"(?<![\w$.,'])(?<!top )(?P<a>1\d)\s*(?P<sep>vs|versus|to|and|through|thru|till|until|-|–)\s*"
    rf"(?P<b>1\d)\b{_NOT_A_COUNT}"
)
YEAR_AFTER_WORD = re.compile(
    rf"\b(?P<word>in|since|from|during|before|after|h1|h2|q1|q2|q3|q4)\s+(?P<y>1\d)\b{_NOT_A_COUNT}"
)


def scale_of(value: float) -> float:
    """The power of a thousand a figure is said in: 70e6 -> 1e6 ("70 million"), 46e9 -> 1e9."""
    return 1000.0 ** int(math.log10(value) // 3)


def _end_of_the_data(text: str) -> re.Match | None:
    """Where a question names the figure at one end of the data: "first recorded sales", "the last
    year of the data", "latest sales number"."""
    return (
        FIRST_OF_THE_DATA.search(text) or LAST_OF_THE_DATA.search(text) or LAST_YEAR_OF_THE_DATA.search(text)
    )


def _year(token: str) -> int:
    return 2000 + int(token[1:]) if token.startswith("'") else int(token)


def two_digit_years(text: str) -> str:
    """Years written with two digits where only a year fits: "14 vs 15", "12 to 13", "in 16",
    "since 13"; never a number of something ("in 16 months", "18 million", "14.5")."""
    text = TWO_YEARS.sub(lambda m: f"20{m.group('a')} {m.group('sep')} 20{m.group('b')}", text)
    return YEAR_AFTER_WORD.sub(lambda m: f"{m.group('word')} 20{m.group('y')}", text)


def extract_entities(text: str) -> Entities:
    """Read years, periods, ranges and quantities from cleaned text; the rest becomes words."""
    found = Entities()
    vantage = VANTAGE_YEAR.match(text)
    text = _take_unit_asked(found, text)
    text = _take_calculation(found, two_digit_years(text))
    # "at least 15%": a side of the percent, never the least (or most) year
    text = _take_source(found, PERCENT.sub(" ", AT_LEAST_OR_MOST_PERCENT.sub(" ", text)))
    text = SHARED_UNIT.sub(r"\1 \3\2", text)
    if not TWO_AMOUNTS_SET_APART.search(text):  # ("the gap between 100m and 80m" sets no bounds)
        text = BETWEEN_AMOUNTS.sub(r"at least \1 and at most \2", text)
    text = OR_MORE.sub(r"at least \1", OR_LESS.sub(r"at most \1", text))
    text = AT_LEAST_SAID.sub(lambda m: f"at least {m.group(1) or m.group(2)}", text)
    text = AT_MOST_SAID.sub(lambda m: f"at most {m.group(1) or m.group(2)}", text)

    if (years := YEARS_BEFORE.search(text)) and not re.search(rf"\b(?:{COUNT}) years", text[: years.end()]):
        year, direction = int(years.group("y")), years.group("dir")
        if direction in ("before", "until", "up to"):
            found.until_year = year - (1 if direction == "before" else 0)
        else:
            found.since_year = year + (1 if direction == "after" else 0)
        text = text[: years.start()] + " " + text[years.end() :]
    if "year" in text and (starting := YEARS_STARTING.search(text)):
        # "over the 3 years starting 2013": that many years, the first of them named
        count, first = _count_of(starting.group("n")), int(starting.group("y"))
        if 1 < count <= MAX_YEARS_COUNTED:
            found.year_range = (first, first + count - 1)
            found.years = [first, first + count - 1]
            text = text[: starting.start()] + " " + text[starting.end() :]
    if "year" in text and found.year_range is None and (ending := YEARS_ENDING.search(text)):
        n, last = ending.group("n"), int(ending.group("y"))
        count = int(n) if n.isdigit() else COUNTS[n]
        if 0 < count < last:
            # a change over two years runs from the year before them ("growth in the two years to
            # 2015": 2013 to 2015); a sum or list of two years is those two (2014 and 2015)
            first = last - count if SPAN_CHANGE.search(text) else last - count + 1
            found.year_range = (first, last)
            found.years = [first, last]
            # (the words between name what is asked: "4-year cagr of shipments ending 2016")
            text = text[: ending.start()] + ending.group("between") + " " + text[ending.end() :]
    if "year" in text:
        text = ANCHORED.sub(_anchored_year, text)

    def take_quantity(match: re.Match) -> str:
        if match.group(3):
            value = float(match.group(3).replace(",", ""))
        else:
            value = float(match.group(1).replace(",", "")) * QUANTITY_SCALE[match.group(2).strip()]
        if not math.isfinite(value) or value > MAX_QUANTITY:
            return " 999999 "  # a number no figure is: read as a stray number, never matched
        before = THRESHOLD.search(match.string[: match.start()])
        if (
            before
            and SIDE_OF.match(before.group(0).strip())
            and TARGET_AFTER.match(match.string, match.end())
            # ("what does he care about more than the 80m target", "care about satisfaction more
            # than ..." is no side of it)
            and not CARED_ABOUT.search(match.string[: before.start()])
        ):
            # "top the 100 million goal", "under the 80m target": that target named, and a claim
            # that it was beaten or missed, not a number every figure is checked against
            found.quantities.append(value)
            below = any(before.group(0).strip().startswith(w) for w in BELOW_WORDS)
            return " \x01below\x01 " if below else " \x01beat\x01 "
        # "by more than 10m", or "more than 10 million more in 2015 than in 2014": a margin
        margin_after = MARGIN_AFTER.match(match.string, match.end())
        if before and (BY_AMOUNT_BEFORE.search(match.string[: before.start()]) or margin_after):
            # "grew by more than 10m", "beat it by at least 9 million": a margin with a side, no
            # figure that every year is checked against
            found.margin_side = side_of(before.group(0).strip())
            found.differences.append(value)
            found.quantities.append(value)
            return " \x02 "  # marks where the side's words stand, to take them out too
        against = NUMBER_AGAINST_SALES.match(match.string, match.end())
        stated = NUMBER_IS_BEFORE.search(match.string[: match.start()])
        # ("what is 10m more than they sold in 2016?" asks a sum)
        asked_for = stated and NUMBER_ASKED_FOR.search(match.string[: stated.start()])
        if not before and against and found.threshold is None and stated and not asked_for:
            below = against.group("side") in ("less", "fewer", "lower", "smaller")
            found.threshold = (">" if below else "<", value)
            return " \x00 "
        # ("over 50m in 2015 and under 60m in 2016": two checks of two years, no band)
        one_year = len(YEAR_TOKEN.findall(match.string)) < 2
        if before and found.threshold is not None and found.threshold_top is None and one_year:
            side = side_of(before.group(0).strip())
            if side[0] != found.threshold[0][0]:
                # "above 50 million but below 65 million": the band between the two
                found.threshold_top = (side, value)
                return " \x02 "
            if BOTH_EXTREMES_BOUNDED.search(match.string):
                found.threshold_again = (side, value)
                return " \x02 "
        if before and found.threshold is None:
            # "did they ever reach 100m?": reached, so at least it
            found.threshold = (side_of(before.group(0).strip(), (*INCLUSIVE_WORDS, "ever")), value)
            return " \x00 "  # marks where the comparison words stand, to take them out too
        owned = OWNED_NUMBER.search(match.string[: match.start()]) is not None
        if owned and PRONOUN_IS.search(match.string[: match.start()]):
            owned = not TO_A_TARGET_AFTER.match(match.string, match.end())
        if (
            BY_AMOUNT_BEFORE.search(match.string[: match.start()])
            or (BY_AMOUNT_AFTER.match(match.string[match.end() :]) and not owned)
            or MORE_TO_REACH.match(match.string, match.end())
            or CHANGE_OF_AMOUNT.search(match.string[: match.start()])
            or MARGIN_SAID.match(match.string, match.end())
            or (
                NEEDED_BEFORE.search(match.string[: match.start()])
                and NEEDED_MORE.match(match.string, match.end())
                and TOWARDS_A_TARGET.search(match.string) is not None
            )
        ):
            # "beat it by 30 million", "10m below the target", "a drop of 12m", "lost 12m", "12m less?"
            found.differences.append(value)
        found.quantities.append(value)
        return " "

    marked = _money_marked(text)
    found.money = marked != text
    text = QUANTITY.sub(take_quantity, marked)
    if found.threshold:
        cut = text.index("\x00")
        text = THRESHOLD.sub(" ", text[:cut].rstrip()) + " " + text[cut + 1 :]
    while "\x02" in text:  # "by at least 9m": "at least" is no superlative
        cut = text.index("\x02")
        text = THRESHOLD.sub(" ", text[:cut].rstrip()) + " " + text[cut + 1 :]
    # "at least 85% of the goal": a bound, never the least (or most) year
    text = AT_LEAST_OR_MOST.sub(" ", text)
    while "\x01" in text:  # the claim's words in place of the comparison's
        cut = text.index("\x01")
        claim, rest = text[cut + 1 :].split("\x01", 1)
        text = THRESHOLD.sub(" ", text[:cut].rstrip()) + f" {claim} " + rest

    # Of several parts named, the last is the one asked about: "if H1 was 34.7m, what was H2?"
    matches = sorted(((m, part) for pattern, part in PERIOD_PARTS for m in pattern.finditer(text)),
                     key=lambda item: item[0].start())  # fmt: skip
    parts = [(m.start(), part) for m, part in matches]
    # ... but "going by the full-year and H1 figures": a part named as what to work from is not it
    asked = [
        (at, part)
        for (at, part), (m, _) in zip(parts, matches, strict=True)
        if not WORKED_FROM.match(text, m.end())
    ]
    # "did each half top 30 million?" checks a number, half by half: no halves set side by side
    checked = bool(found.threshold or found.quantities)
    found.both_halves = bool(FIRST_OF_TWO.search(text)) and not checked
    if not parts and not checked and (both := BOTH_HALVES.search(text)):
        found.both_halves = True
        # "which half of 2015 was stronger?", "sales in each half": both halves, side by side
        parts = [(both.start(), "H1"), (both.start(), "H2")]
        matches = [(both, "H1"), (both, "H2")]
    # ("h1 2015", "so that half alone beat all of 2013?": the figure just given, set against a year)
    that_half_against_a_year = [
        m
        for m, part in matches
        if part in PART_REFERRED
        and m.group(0).startswith("that")
        and YEAR_TOKEN.search(text)
        and not _years_beside(text, m)
    ]
    if any(part not in PART_REFERRED for _, part in parts) or that_half_against_a_year:
        # "Q3 2015 against the same quarter a year earlier": the quarter named is the one referred to
        # (and its words are left as they are)
        asked = [(at, part) for at, part in asked if part not in PART_REFERRED]
        parts = [(at, part) for at, part in parts if part not in PART_REFERRED]
        matches = [(m, part) for m, part in matches if part not in PART_REFERRED]
    if parts:
        found.period_part = (asked or parts)[-1][1]
        found.parts_named = tuple(dict.fromkeys(part for _, part in parts))
        # ("h1 and h2 2015 sales": both halves named, side by side, as "each half" asks)
        # ("if h2 had matched h1, what would 2015 be?" supposes one half the other; "h1 vs h2 2015"
        # compares them the usual way; "... going by the full year and H1" works from one)
        named_both = {part for _, part in asked} == {"H1", "H2"} and not checked
        named_both = named_both and not (A_HALF_SUPPOSED.search(text) or HALVES_SET_AGAINST.search(text))
        found.both_halves = found.both_halves or named_both
        attached = [y for m, _ in matches for y in _years_beside(text, m)]
        # (but "that month" keeps its words: a month dates facts, which it may find them by, "what
        # phone was expected that month?")
        for pattern, part in PERIOD_PARTS:
            if part != "MONTH":
                text = pattern.sub(" ", text)
        text = BOTH_HALVES.sub(" ", text)

    month = MONTH_OF_YEAR.search(text)
    if month and re.search(r"\b(?:19|20)\d\d $", text[: month.start()]) and not MONTH_SALES.search(text):
        month = None  # "the 2015 march cut", "data from 2015 august": a date told of, no month's sales
    short = month and next(group for group in month.groups() if group)
    written = month and next(w for w in month.group(0).split() if w.startswith(short))
    if month and any(m.startswith(short) and m.startswith(written) for m in MONTHS):
        found.period_part = f"M{next(i for i, m in enumerate(MONTHS, 1) if m.startswith(short))}"
        text = MONTH_OF_YEAR.sub(" ", text)
    elif not found.period_part and (sold_in := MONTH_SOLD_IN.search(text)):
        said = "said" if sold_in.group("said") else "said_alone"
        short, written = sold_in.group(said.replace("said", "month")), sold_in.group(said).split()[-1]
        if any(m.startswith(short) and m.startswith(written) for m in MONTHS):
            part = f"M{next(i for i, m in enumerate(MONTHS, 1) if m.startswith(short))}"
            if said == "said_alone":
                # "and in may?": read as before, words and all; the conversation decides whether it
                # asks that month's figure (after a year's sales) or dates a fact
                found.month_alone = part
            else:
                found.period_part = part
                text = text[: sold_in.start(said)] + " " + text[sold_in.end(said) :]
    if (until := UNTIL_YEAR.search(text)) and not RANGE.search(text):
        excluded = (until.group("incl") or "").startswith("but")
        stops_before = until.group("kw") in ("before", "prior to") or excluded
        found.until_year = int(until.group("y") or until.group("y2")) - (1 if stops_before else 0)
        text = text[: until.start()] + " " + text[until.end() :]
    if (TOTAL_WORDS.search(text) or EXTREME_WORDS.search(text)) and not RANGE.search(text):
        as_of = SUM_AS_OF_YEAR.search(text)
        if as_of and YEAR_TOKEN.search(text[: as_of.start()]):
            as_of = None  # ("from 2014 to the end of 2015": from a year of its own)
        if as_of and found.until_year is None:
            # "cumulative sales as of 2016", "most successful year as of 2017": every year to it
            found.until_year = int(as_of.group("y"))
            text = text[: as_of.start()] + " " + text[as_of.end() :]
        elif (opened := SUM_FROM_YEAR.search(text)) and found.since_year is None:
            found.since_year = int(opened.group("y"))  # "total sales from 2014": every year from it
            text = text[: opened.start()] + " " + text[opened.end() :]
    if (since := SINCE_YEAR.search(text)) and not RANGE.search(text):
        year = int(since.group("y") or since.group("y2") or since.group("y3"))
        after = since.group("kw") == "after"
        # "was 2016 the worst year since 2013?": 2016 against the years after 2013 ("the lowest
        # year since 2013" alone still counts 2013)
        extreme = EXTREME_SINCE.search(text[: since.start()]) if since.group("kw") == "since" else None
        # ... and "is that the lowest since 2013?", of the year just answered
        checked = extreme is not None and (
            YEAR_TOKEN.search(text[: extreme.start()]) is not None
            or THAT_CHECKED.search(text[: extreme.start()]) is not None
        )
        after = after or checked
        found.since_year = year + (1 if after else 0)
        text = text[: since.start()] + " " + text[since.end() :]
    if two_ranked := _first_and_second(text):
        # "the best and second best year": the two at that end, no rank of one
        found.counted_years = (RANKED_ENDS[two_ranked.group("end")], 2)
        text = text[: two_ranked.start()] + " " + text[two_ranked.end() :]
    elif ranked := RANKED.search(text):
        found.rank = _rank(ranked.group(1))
        text = text[: ranked.start()] + " " + text[ranked.end() :]
    elif runner_up := RUNNER_UP.search(text):
        found.rank = 2  # "and the runner-up?" after the best year: the second best
        text = text[: runner_up.start()] + " " + text[runner_up.end() :]
    if stepped := WHOLE_YEAR_STEPPED.search(text):
        # "and the whole year before?": a whole year, a step from the one asked
        found.whole_year = True
        text = text[: stepped.start()] + "the " + text[stepped.end() :]
    if WHOLE_YEAR.search(text):
        found.whole_year = True
        text = WHOLE_YEAR.sub(" ", text)
    # "half of the 80m goal" is no figure's; "was 2014 double 2013?", "2012 was half that?" and "sold
    # half of their target?" check a figure, and "in half of 2015" is a part of the year: a multiple
    # is asked only with nothing but an opening before it ("so what's double that?")
    multiple = None if found.quantities or found.calculation else MULTIPLE.search(text)
    multiple = multiple if multiple and MULTIPLE_OPENING.fullmatch(text[: multiple.start()]) else None
    if multiple:  # after the parts of a year: "the first half" is a period
        found.calculation = Calculation(Calc.TIMES, MULTIPLIERS[multiple.group("times")])
        text = text[: multiple.start()] + " " + text[multiple.end() :]
    elif not (found.quantities or found.calculation) and (done := FIGURE_MULTIPLIED.search(text)):
        # "what's that doubled?", "what is 2013 tripled": the figure so many times ("did sales
        # double?" asks of a change, and has no "what")
        found.calculation = Calculation(Calc.TIMES, PARTICIPLE_MULTIPLIERS[done.group("times")])
        text = text[: done.start("times")] + " " + text[done.end("times") :]
    elif not (found.quantities or found.calculation) and (done := CHANGE_MULTIPLIED.search(text)):
        found.calculation = Calculation(Calc.TIMES, PARTICIPLE_MULTIPLIERS[done.group("times")])
        text = text[: done.start("times")] + " " + text[done.end("times") :]
    if counted := COUNTED_YEARS.search(text):
        n, written = counted.group("n") or counted.group("n2"), counted.group("end") or counted.group("end2")
        end = RANKED_ENDS.get(written) or ("first" if written in ("first", "earliest") else "last")
        found.counted_years = (end, int(n) if n.isdigit() else COUNTS[n])
        text = text[: counted.start()] + " " + text[counted.end() :]
    elif found.counted_years is None and found.threshold is None and (one_end := YEAR_AT_AN_END.search(text)):
        # "the first year in the data", "the earliest year you have": the one year at that end ("the
        # latest year" is read as the latest, which a change is also asked of)
        found.counted_years = ("first", 1)
        text = text[: one_end.start()] + " " + text[one_end.end() :]
    elif found.counted_years is None and found.threshold is None and (one_end := _end_of_the_data(text)):
        # "xiaomi's first sales number", "last known sales", "the last year of the data": the figure
        # of the year at that end
        found.counted_years = ("first" if FIRST_OF_THE_DATA.match(text, one_end.start()) else "last", 1)
        text = text[: one_end.start()] + " " + text[one_end.end() :]
    if "next" in text or "last" in text or "the year" in text:
        text = TWO_STEPS.sub(
            lambda m: "two years later" if m.group(1).startswith("after") else "two years earlier", text
        )
    if step := PART_STEP.search(text):
        backwards = (step.group("dir") or step.group("dir2")) in ("before", "earlier", "prior", "previous",
                                                                  "preceding", "last")  # fmt: skip
        found.part_step = -1 if backwards else 1
        text = text[: step.start()] + " " + text[step.end() :]
    if span := SPAN_NEXT.search(text):
        # "the next two years", "the previous three years": every year of the step from the one asked
        n = span.group("n") or span.group("n2") or "two"
        step = int(n) if n.isdigit() else COUNTS[n]
        way = span.group("dir") or span.group("dir2") or span.group("dir3")
        found.relative_step = step if way in ("next", "following", "after", "later") else -step
        found.relative_span = True
        text = text[: span.start()] + " " + text[span.end() :]
    elif ordinal := ORDINAL_STEP.search(text):  # "the third year after that": three years on
        count = ORDINAL_STEPS[ordinal.group("n")]
        found.relative_step = count if ordinal.group("dir") == "after" else -count
        text = text[: ordinal.start()] + " " + text[ordinal.end() :]
    elif counted := COUNTED_STEP.search(text):  # "two years later", "3 years before that"
        n = counted.group("n") or ("five" if counted.group("decade").startswith("half") else "ten")
        count = int(n) if n.isdigit() else COUNTS[n.removesuffix(" of")]
        if counted.group("dir") == "ago":
            # "two years ago": from today, which the bot asks about, or from the year talked about
            found.relative_to_today, found.years_ago = True, count
        else:
            found.relative_step = (1 if counted.group("dir") in ("later", "after", "on") else -1) * count
            # "the two years before that" are both years; "two years before that" is one
            found.relative_span = bool(re.search(r"\b(?:the|those|its|their)\s*$", text[: counted.start()]))
        text = text[: counted.start()] + " " + text[counted.end() :]
    around = ("before" in text or "either side" in text) and YEARS_AROUND.search(text)
    if around and not COMPARISON_SAID.search(text):
        # "and the year before and after?": one year each way of the one talked about
        found.relative_step, found.relative_around = 1, True
        text = text[: around.start()] + " " + text[around.end() :]
    for pattern, step in RELATIVE_TO_CONTEXT:
        if pattern.search(text):
            found.relative_step = step
            text = pattern.sub(" ", text)
    if match := RELATIVE_TO_TODAY.search(text):
        found.relative_to_today = True
        found.years_ago = {"last year": 1, "this year": 0, "current year": 0}.get(match.group(0))
        text = RELATIVE_TO_TODAY.sub(" ", text)

    match = RANGE.search(text)
    if match and (span := _range_of(match)):
        if EXCLUSIVE_RANGE.search(text) and span[1] - span[0] >= 2:
            span = (span[0] + 1, span[1] - 1)
        found.year_range = span
        found.years = list(span)
        text = text[: match.start()] + " " + text[match.end() :]
        # "was the 2013-2014 jump bigger than the 2014-2015 one?": a second range, its own change
        match = RANGE.search(text)
        if match and (span := _range_of(match)):
            found.second_range = span
            text = text[: match.start()] + " " + text[match.end() :]

    if found.year_range is not None:
        found.beside_range = [_year(t) for t in YEAR_TOKEN.findall(text)]
    if found.year_range is None:
        found.years = [_year(t) for t in YEAR_TOKEN.findall(text)]
        if parts and attached and set(found.years) - set(attached):
            # "H1 2015 and 2013 sales": the half is of 2015 only; 2013 is the whole year.
            found.part_years = [y for y in found.years if y in attached]
        if parts and any(found.years.count(y) > attached.count(y) for y in attached):
            found.whole_year = True  # "h1 2015 vs 2015": the year said again alone is the whole of it
    if vantage and COMPARISON_SAID.search(text):
        vantage = None  # ("in 2016, did sales drop from last year?": both years, as before)
    if vantage and found.relative_to_today and found.years_ago and found.years == [int(vantage.group(1))]:
        # "in 2015, what were sales last year?": last year as seen from 2015, not from today
        found.years = [found.years[0] - found.years_ago]
        found.relative_to_today, found.years_ago = False, None
    text = YEAR_TOKEN.sub(" ", text)
    # "mi6" is read as "mi 6", so the model number stays a number of its own.
    text = LETTERS_THEN_DIGITS.sub(r"\1 \2", text)
    found.words = [_plain(w) for w in WORD.findall(text)]
    found.words = [w for w in found.words if w]
    return found


# a comparison or a change said ("up on", "ratio to", "drop from"): "last year" after "in 2016," and
# "the year before and after" are then both years, as they were read before
COMPARISON_SAID = re.compile(
    r"\b(?:from|over|than|vs|versus|compar\w*|against|relative|differ\w*|ratio|times|percent|up|down|beat\w*"
    r"|outs\w*|change\w*|grow\w*|grew|drop\w*|fell|fall\w*|rise|rose|increase\w*|decrease\w*|declin\w*|higher"
    r"|lower|more|less|and this year)\b|%"
)
# "in 2015, ...", "back in 2016 ...": the year a question is asked from, said first
VANTAGE_YEAR = re.compile(r"^\s*(?:(?:so|ok|and|well) )?(?:in|as of|back in|writing in) ((?:19|20)\d\d)\s*,")
PART_THEN_YEAR = re.compile(
    rf"^\s*(?:of\s+)?(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?({ANY_YEAR})\b"
)
YEAR_THEN_PART = re.compile(rf"\b({YEAR})(?:'s)?\s*$")


def _take_unit_asked(found: Entities, text: str) -> str:
    """'2015 sales in thousands', 'how many lakh phones': the unit a figure is asked in, taken out
    so it is read as no measure or place ("how many" stays: it still asks for a number)."""
    if ROUNDED_ALONE.fullmatch(text):
        found.unit_asked = "nearest million"  # "round it": the last figure, to the nearest million
        return ""
    nearest = NEAREST_UNIT.search(text)
    if nearest is not None and nearest.group("step") and not ROUNDING_SAID.search(text):
        nearest = None  # ("which year was nearest 60 million?": a figure near a number, no rounding)
    if nearest is not None:
        # "2013 sales to the nearest million", "to the nearest 10 million": also said rounded so
        found.unit_asked = f"nearest {nearest.group('step') or ''}{nearest.group('unit')}"
        return text[: nearest.start()] + " " + text[nearest.end() :]
    if form := NUMBER_FORM_ASKED.search(text):
        # "in words?", "as a full number?": the figure written out, in words or every digit
        # ("write that out in full digits": every digit, whatever the verb)
        found.unit_asked = "words" if form.group("words") and not FULL_DIGITS.search(text) else "digits"
        return text[: form.start()] + " " + text[form.end() :]
    match = UNIT_ASKED.search(text)
    if match is None:
        return text
    name = "unit" if match.group("unit") else "counted"
    unit = match.group(name).removesuffix("s")
    found.unit_asked = "lakh" if unit == "lac" else unit
    start = match.start() if name == "unit" else match.start(name)
    return text[:start] + " " + text[match.end() :]


def _take_calculation(found: Entities, text: str) -> str:
    """A figure worked on with a number: "2015 sales times 3", "minus 10 million?", "10% more?";
    taken out so its number is read as no year, quantity or claim."""
    for pattern, op in CALCULATIONS:
        match = pattern.search(text)
        before = text[: match.start()].split()[-1:] if match else []
        if match and op is Calc.TIMES and before and SMALL_NUMBER.fullmatch(before[0]):
            continue  # "is 2014 roughly 3 times 18.7?": a multiple claimed, no calculation
        if match:
            amount = match.groupdict().get("amount")
            value = (
                amount_written(amount)
                if amount
                else FACTOR_WORDS.get(match.group("n")) or float(match.group("n"))
            )
            if value and math.isfinite(value):
                found.calculation = Calculation(op, value)
                return text[: match.start()] + " " + text[match.end() :]
    for pattern, op in PERCENT_CALCULATIONS:
        match = pattern.search(text)
        opening = text[: match.start()] if match else ""
        than_a_year = match and re.search(r" than (?!that|it|this)", match.group(0))
        amount = match is not None and bool(match.groupdict().get("amount"))
        if than_a_year and not (ASKS_A_WORKED_FIGURE.search(opening) if amount else opening.strip()):
            # "15% more than 2014 sales?" alone checks a change; "and 15% more than ..." asks it worked out;
            # an amount is worked out only when asked for: "what's 10m more than 2014?" ("is ..." checks)
            continue
        if match and MULTIPLE_OPENING.fullmatch(opening):
            amount = match.groupdict().get("amount")
            found.calculation = Calculation(op, amount_written(amount) if amount else float(match.group("n")))
            return text[: match.start()] + " " + text[match.end() :]
    return _take_supposed_calculation(found, text)


def _take_supposed_calculation(found: Entities, text: str) -> str:
    """'What if it was 10% more?', 'if xiaomi doubles 2016 sales': a figure changed in a what-if;
    only the change is taken out ("what if 2013 was 5 million more" keeps its year)."""
    for pattern, op in SUPPOSED_CALCULATIONS:
        match = pattern.search(text)
        if match is None or ASKED_WHETHER.search(text[: match.start()]):
            continue  # ("do you know if sales doubled in 2014?": whether they did, checked)
        named = match.groupdict()
        if named.get("verb"):
            value = SUPPOSED_FACTORS[named["verb"]]
            start, end = match.start("verb"), match.end("verb")
        else:
            value = amount_written(named["amount"]) if named.get("amount") else float(named["n"])
            start, end = match.start("amount" if named.get("amount") else "n"), match.end()
        found.calculation = Calculation(op, value)
        found.calculation_supposed = True
        return text[:start] + " " + text[end:]
    return text


# "my cousin in india", "a friend from brazil": where someone the asker knows is, no place asked about
ACQUAINTANCES = frozenset(
    """friend friends cousin cousins brother sister bro sis colleague colleagues coworker coworkers mate
    mates buddy pal mum mom dad mother father parents uncle aunt boss family relatives son daughter wife
    husband girlfriend boyfriend gf bf roommate neighbour neighbor classmate teacher""".split()
)
# "there", "his country", "her city": the place pointed back at, so asked about after all
POINTED_BACK_AT = frozenset(
    {"there", "country", "market", "city", "town", "region", "area", "state", "province"}
)


def _where_someone_is(words: list[str], i: int) -> bool:
    """Whether the place at `i` says where someone the asker knows lives or is from."""
    if i < 2 or words[i - 1] not in ("in", "from") or words[i - 2] not in ACQUAINTANCES:
        return False
    # ("my friend in india asked how many sold there": the place is pointed back at, and asked about)
    return not POINTED_BACK_AT.intersection(words[i + 1 :])


def amount_written(written: str) -> float:
    """'10 million' -> 10e6, '5m' -> 5e6, '10,000,000' -> 10e6."""
    number = re.match(NUMBER, written).group(0)
    scale = written[len(number) :].strip()
    return float(number.replace(",", "")) * (QUANTITY_SCALE[scale] if scale else 1.0)


def _years_beside(text: str, match: re.Match) -> list[int]:
    """The year a half or quarter is written with: "h1 2015", "the first half of 2015", "2015 q3"."""
    after = PART_THEN_YEAR.match(text[match.end() :])
    before = YEAR_THEN_PART.search(text[: match.start()])
    return [_year(m.group(1)) for m in (after, before) if m]


def _take_source(found: Entities, text: str) -> str:
    """Which article is meant ("according to the 2015 article"), taken out of the text so its
    year is not read as a year asked about."""
    text = ARTICLE_AS_A_YEAR.sub(_year_of_an_article, text)
    named = SOURCE_OF_YEAR.search(text)
    # ("according to the 2015 article what did they sell in 2014, the other says 61m": asked of it)
    asked_of = named is not None and SOURCE_ASKED_OF.search(text, 0, named.start()) is not None
    if named is not None:
        text = text[: named.start()] + " " + text[named.end() :]
        second = SOURCE_OF_YEAR.search(text)
        if second is not None and _article_year(second) != _article_year(named):
            # "the 2014 number, as the 2017 piece gives it and as the 2015 piece": both, neither chosen
            return text[: second.start()] + " " + text[second.end() :]
    order = SOURCE_ORDER.search(text)
    if order is not None:
        text = text[: order.start()] + " " + text[order.end() :]
    # (a year asked: "... another says 61m, which is it for 2014?"; with none the article's number
    # is looked up in it, as before)
    year_asked = re.search(rf"\b{YEAR}\b", text) is not None
    # ... and two numbers a little apart, the articles' disagreement ("60 million ... 61 million")
    amounts = sorted({float(re.match(r"\d+(?:\.\d+)?", n).group()) for n in re.findall(IN_MILLIONS, text)})
    disagree = len(amounts) == 2 and amounts[0] > 0 and amounts[1] / amounts[0] <= 1.2
    both = disagree or OTHER_SOURCE_ASKED.search(text) is not None  # "... does the newer one agree?"
    if (named or order) and not asked_of and year_asked and both and ANOTHER_SOURCE.search(text):
        # "the 2015 article says 60m, another one says 61m", "the older article says 60m, does the
        # newer one agree?": both articles, neither chosen
        text = OTHER_SOURCE_ASKED.sub(" ", text)
        return SAID_BY_THE_ARTICLE.sub(" ", text)
    if named is not None:
        found.source_year = _article_year(named)
    if order is not None:
        found.source_order = "oldest" if order.group("o") in OLDEST_WORDS else "newest"
    return text


def _article_year(named: re.Match) -> int:
    """The year of an article named by it: "the 2015 article" -> 2015."""
    return int(
        named.group("y") or named.group("y2") or named.group("y3") or named.group("y4") or named.group("y5")
    )


def _count_of(written: str | None) -> int:
    """'two' -> 2, '3' -> 3; none written is one ("the year before")."""
    return int(written) if written and written.isdigit() else COUNTS.get(written or "one", 1)


def _year_of_an_article(match: re.Match) -> str:
    """'the year before the 2017 article' -> '2016'; 'the year the 2015 article was written' -> '2015'."""
    count = _count_of(match.group("n"))
    direction = match.group("dir") or match.group("dir1")
    step = 0 if direction is None else -count if direction == "before" else count
    step += {"last": -1, "next": 1}.get(match.group("rel") or "", 0)
    return f" {int(match.group('y')) + step} "


def _first_and_second(text: str) -> re.Match | None:
    """The best and the second best named together; "the best vs the 2nd worst" names two ends."""
    for found in FIRST_AND_SECOND.finditer(text):
        other = found.group("other_end")
        if other is None or RANKED_ENDS[other] == RANKED_ENDS[found.group("end")]:
            return found
    return None


def _rank(word: str) -> int:
    """'third' -> 3, '4th' -> 4: read exactly, so a rank past the years can be declined."""
    return RANK_WORDS.get(word) or int(word[:-2])


def _anchored_year(match: re.Match) -> str:
    """'two years before 2016' -> '2014'; 'the two years before 2015' -> '2013 and 2014', each of them."""
    count = _count_of(match.group("n"))
    sign = -1 if match.group("dir") in YEAR_BEFORE_WORDS else 1
    year = int(match.group("y"))
    if match.group(0).startswith("the ") and count > 1 and " years " in match.group(0):
        if sign > 0 and MOVED.search(match.string):
            # "how much did they grow in the 2 years after 2013?": from 2013's level to 2015's
            return f" from {year} to {year + count} "
        years = sorted(year + sign * step for step in range(1, count + 1))
        return f" {' '.join(str(y) for y in years[:-1])} and {years[-1]} "
    return f" {year + sign * count} "


def _range_of(match: re.Match) -> tuple[int, int] | None:
    """(first, last) of a range of years, or None when the match is a pair or runs backwards."""
    if not _is_range(match):
        return None
    first = _year(match.group("a"))
    second = match.group("b")
    last = _year(second) if not second.isdigit() or len(second) == 4 else first // 100 * 100 + int(second)
    if last < first and match.group("kw") in ("between", "from"):
        first, last = last, first  # "between 2016 and 2012" is the same range
    return (first, last) if last > first else None


def _is_range(match: re.Match) -> bool:
    """'2012 to 2016', '2012-16', 'between 2012 and 2014' are ranges; '2015 and 2016' is a pair."""
    joiner = match.group(0)[len(match.group("kw") or "") :].strip()
    if " and " in f" {joiner} ":
        return match.group("kw") == "between"
    return True


def _plain(word: str) -> str:
    """Drop possessives and contractions' tails: "xiaomi's" -> "xiaomi", "what's" -> "what"."""
    return word.split("'", 1)[0]


class Vocabulary:
    """The knowledge base's words: companies, synonyms and filler, applied to word lists."""

    def __init__(
        self,
        companies: list[tuple[str, tuple[str, ...]]],
        synonyms: dict[str, str],
        fillers: list[str],
        scopes: list[tuple[str, str]] = (),
    ):
        self.scopes = sorted(((tuple(p.split()), label) for p, label in scopes), key=lambda s: -len(s[0]))
        # Filler read as questions are ("what's the deal with" is "what the deal with").
        fillers = [" ".join(extract_entities(clean(f)).words) or f for f in fillers]
        # Longest aliases first, so "one plus" wins over "one". A one-word name written as two
        # words ("nord phone", "xiao mi") is that name: exact letters, only a space between them.
        written = [(tuple(alias.split()), name) for name, aliases in companies for alias in aliases]
        split = [
            ((alias[0][:i], alias[0][i:]), name)
            for alias, name in written
            if len(alias) == 1 and len(alias[0]) >= 5 and alias[0].isalpha()
            for i in range(2, len(alias[0]) - 1)
        ]
        self.aliases = sorted(written + split, key=lambda pair: -len(pair[0]))
        self.synonyms = synonyms
        # Phrases by their first word, longest first: each position checks only its own.
        self.aliases_by_word = _by_first_word(self.aliases)
        self.scopes_by_word = _by_first_word(self.scopes)
        self.phrase_synonyms_by_word = _by_first_word(
            [(tuple(w.split()), means) for w, means in synonyms.items() if " " in w]
        )
        self.fillers_by_word = _by_first_word([(tuple(f.split()), f) for f in fillers if " " in f])
        self.filler_phrases = sorted((tuple(f.split()) for f in fillers if " " in f), key=lambda p: -len(p))
        self.filler_words = frozenset(f for f in fillers if " " not in f)
        self.words = frozenset(
            {w for alias, _ in written for w in alias}  # not the halves of a name written apart
            | set(synonyms)
            | set(synonyms.values())
            | {w for p in self.filler_phrases for w in p}
            | self.filler_words
            | {w for phrase, _ in self.scopes for w in phrase}
        )

    def companies_in(self, words: list[str]) -> tuple[list[str], list[str]]:
        """(companies named, words with each company name replaced by COMPANY_NAMED). A name inside a
        place or product of several words is no company asked about: "the 'Apple of China'"."""
        inside = self._in_scope_phrases(words)
        named: list[str] = []
        out: list[str] = []
        i = 0
        while i < len(words):
            match = None if i in inside else _longest(self.aliases_by_word, words, i)
            if match is None:
                out.append(words[i])
                i += 1
                continue
            length, name = match
            if name not in named:
                named.append(name)
            out.append(COMPANY_NAMED)
            i += length
        return named, out

    def _in_scope_phrases(self, words: list[str]) -> set[int]:
        inside: set[int] = set()
        for i in range(len(words)):
            match = _longest(self.scopes_by_word, words, i)
            if match and match[0] > 1:
                inside.update(range(i, i + match[0]))
        return inside

    def phrase_synonyms(self, words: list[str]) -> list[str]:
        """Words with each synonym of several words ("operating system") replaced by its meaning."""
        if not self.phrase_synonyms_by_word:
            return words
        out: list[str] = []
        for word, means in _phrases(self.phrase_synonyms_by_word, words):
            out.extend(means.split() if means is not None else (word,))
        return out

    def scopes_in(self, words: list[str]) -> list[str]:
        """Places and products named ("in india", "mi 6"), as their labels."""
        found: list[str] = []
        i = 0
        while i < len(words):  # a phrase's words are its own: "apple of china" names no "china" too
            match = _longest(self.scopes_by_word, words, i)
            if match is None:
                i += 1
                continue
            if match[1] not in found and not _where_someone_is(words, i):
                found.append(match[1])
            i += match[0]
        return found

    def without_filler_phrases(self, words: list[str], kept: frozenset[int] = frozenset()) -> list[str]:
        """The words with chat expressions dropped, before the lexicon reads them: in "i think
        xiaomi sold 80 million" the asker hedges, and "think" must not ask what someone said.
        A filler phrase cutting into a `kept` place (a lexicon expression: "how do you know") stays;
        one that holds a lexicon expression whole is a chat idiom ("how did it go for xiaomi",
        around "go for") and goes."""
        out: list[str] = []
        i = 0
        while i < len(words):
            match = _longest(self.fillers_by_word, words, i)
            if match:
                end = i + match[0]
                cuts = (i - 1 in kept and i in kept) or (end - 1 in kept and end in kept)
                if not cuts:
                    i = end
                    continue
            out.append(words[i])
            i += 1
        return out

    def normalise(self, words: list[str]) -> list[str]:
        """Synonyms to their usual word; greetings and chat filler dropped."""
        words = [self.synonyms.get(w, w) for w in words]
        out: list[str] = []
        i = 0
        while i < len(words):
            match = _longest(self.fillers_by_word, words, i)
            if match:
                i += match[0]
                continue
            if words[i] not in self.filler_words:
                out.append(words[i])
            i += 1
        return out


def _by_first_word(
    phrases: list[tuple[tuple[str, ...], str]],
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, value in sorted(phrases, key=lambda item: -len(item[0])):
        out.setdefault(phrase[0], []).append((phrase, value))
    return out


def _phrases(
    index: dict[str, list[tuple[tuple[str, ...], str]]], words: list[str]
) -> Iterator[tuple[str, str | None]]:
    """Left to right, each phrase of `index` (longest first) as (its words, its value), and each
    other word as (word, None)."""
    i = 0
    while i < len(words):
        match = _longest(index, words, i)
        if match is None:
            yield words[i], None
            i += 1
            continue
        length, value = match
        yield " ".join(words[i : i + length]), value
        i += length


def _longest(
    index: dict[str, list[tuple[tuple[str, ...], str]]], words: list[str], i: int
) -> tuple[int, str] | None:
    """(length, value) of the longest phrase starting at words[i], if any."""
    for phrase, value in index.get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase), value
    return None
