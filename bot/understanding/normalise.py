"""Text in, clean text out: one spelling for everything the later steps read exactly.

Lower case, accents and symbols dropped, and the ways people write a year that are not
digits ("twenty fifteen", "FY15", "fiscal year 2015", "year ended December 31, 2016")
rewritten as the year, so entities read them as exactly as "2015".
"""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 500  # longer messages are read up to here: bounded work per question

MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,40}>")  # "<b>" is markup, not "b" for billion
NUMBER_ONE = re.compile(r"(?:#\s?|\bno\.?\s?|\bnumber\s)1\b")
MENTION = re.compile(r"@\w+")
URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
HYPHENATED = re.compile(r"(?<=[a-z])-(?=[a-z])")
# Numbers in chat that are no year and no figure: a time of day ("meeting at 10:30", "5pm"), a
# person's age ("my son is 12", "i'm 30", "i'm under 30"), minutes ("a 10 min pitch"). Dropped, so a question
# around them is read, instead of "I don't know the sales for 12". (A company's age, "the year
# it turned 5", or "the first 24 hours" is asked about.)
CHAT_NUMBERS = re.compile(
    r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'?clock\b)"
    r"|\b(?:i'?m|i am|(?:he|she|son|daughter|kid|brother|sister)(?:'s| is)|aged) "
    r"(?:(?:under|over|almost|nearly|about|around|like|only|just|barely|turning|not even) )?"
    r"\d{1,2}\b(?![.,]\d)"
    r"(?!\s*(?:%|percent|[mk]\b|mn\b|mil|million|years?|yrs?))"
    r"|\b\d{1,3}\s*(?:minutes?|mins?)\b(?! of)",
    re.IGNORECASE,
)
# "61 milion", "70 millon", "5 mio": million typed with a slip after a number, read as million
# (each reader of amounts knows the right spelling only)
MILLION_SLIP = re.compile(
    r"(?<=\d)(\s*)(?:milion|millon|mllion|miliion|milliion|milllion|millio|milliom|mio|mln)s?\b",
    re.IGNORECASE,
)
BILLION_SLIP = re.compile(r"(?<=\d)(\s*)(?:bilion|billon|bllion|biliion|billiion)s?\b", re.IGNORECASE)
DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d)")
FINANCE_MILLIONS = re.compile(
    r"\b(\d+(?:\.\d+)?)\s?mm(?= (?:units|phones|smartphones|handsets|devices|sold|sales|in (?:19|20)\d\d)\b"
    r"|\s*[?.!]*$)",  # (never "150mm wide": a length)
    re.IGNORECASE,
)
# "y/y", "y-o-y", "yr/yr": year on year, before the slash is dropped and leaves a lone "y".
YEAR_ON_YEAR = re.compile(r"\b(?:y\s?/\s?y|y-o-y|yr\s?/\s?yr)\b")
# Plain ASCII needs no accent stripping; its control and symbol characters map to spaces in one pass.
ASCII_DROPPED = str.maketrans(
    {chr(c): " " for c in range(128) if unicodedata.category(chr(c))[0] in "CS" and chr(c) != "$"}
)
# "lose 12 million units", "losing 12m in sales": a number of units lost, a drop in sales
UNITS_LOST = re.compile(
    r"\b(lose|loses|losing|shed|sheds|shedding)\b"
    # (a count of units, never money, a place or light: "lose 1st place", "shed some light")
    r"(?= (?:about |around |roughly |some |over |nearly )?\d+(?:\.\d+)?"
    r"(?:\s?(?:m|mn|mil|million|millions)\b|\s(?:units|phones|smartphones|handsets)\b)"
    r"| (?:in )?(?:sales|units))"
)
# ("lost 12m" is a margin said, read as such)
LOST_AS_DROPPED = {"lose": "drop", "loses": "drops", "losing": "dropping", "shed": "dropped",
                   "sheds": "drops", "shedding": "dropping"}  # fmt: skip
# Latin letters no accent can be dropped from, as their plain letters: "yılında", "złoty", "søren"
LATIN_WITHOUT_ACCENTS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
     "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th"}
)  # fmt: skip
NOT_KEPT = re.compile(r"[^a-z0-9$.,'%\- ]+")

# Fiscal wording names a calendar year here: the articles report calendar years.
FISCAL = [
    (re.compile(r"\b2k(\d\d)\b"), r" 20\1 "),  # "2k15"
    # fiscal, calendar year ("fy2015/16" is one fiscal year across two, read as such below)
    (re.compile(r"\b(?:fy|cy)\s?'?((?:19|20)\d\d)\b(?!\s*/\s*\d)"), r" \1 "),
    (re.compile(r"\by((?:19|20)\d\d)\b"), r" \1 "),  # "y2015", as in "Y2K"
    # "1h15", "h1'15", "3q15", "q3 15": a half or quarter of a year written short
    (re.compile(r"\b([12])h\s?'?(\d\d)\b"), r" h\1 20\2 "),
    (re.compile(r"\b([12])h\s+(?=(?:fy|cy)?\s?'?(?:19|20)\d\d\b)"), r" h\1 "),  # "1h 2015", "1h fy2015"
    (re.compile(r"\bh([12])\s?'(\d\d)\b"), r" h\1 20\2 "),
    (re.compile(r"\b([1-4])q\s?'?(\d\d)\b"), r" q\1 20\2 "),
    (re.compile(r"\bq([1-4])\s?'(\d\d)\b"), r" q\1 20\2 "),
    (re.compile(r"\b(?:fy|cy)\s?'?(\d\d)\b"), r" 20\1 "),
    (re.compile(r"\b(?:fiscal|financial)(?: year)?(?: of)? ((?:19|20)\d\d)\b"), r" \1 "),
    (
        re.compile(
            # "the twelve months ended Dec 31 2015", "the 12 months to December 2013", "the year
            # ended 31 December 2012" are that year
            # too; six months ended is a half, not this. A year ending in another month is no
            # calendar year, and is left as written.
            r"\b(?:the )?(?:fiscal |financial )?(?:year|(?:twelve|12) months) "
            r"(?:end(?:ed|ing)?|to|through|thru|until) "
            r"(?:on )?(?:(?:december|dec)\.?(?:\s?31(?:st)?)?|31(?:st)? (?:of )?(?:december|dec)\.?),?\s?"
            r"((?:19|20)\d\d)\b"
        ),
        r" \1 ",
    ),
    (re.compile(r"\bcalendar (?:year )?((?:19|20)\d\d)\b"), r" \1 "),
    # "the fiscal period ending December 2013": a year that ends in December is the calendar year
    (
        re.compile(
            r"\b(?:the )?(?:fiscal |financial )?(?:period|year) (?:end(?:ed|ing)?|to) dec(?:ember)?"
            r"(?: 31(?:st)?)?,? ((?:19|20)\d\d)\b"
        ),
        r" \1 ",
    ),
]
# A quick test first: most questions have none of these.
FISCAL_KEYS = ("fy", "cy", "y20", "y19", "fiscal", "financial", "year ", "period ", "months ", "calendar",
               "2k", "1h", "2h", "h1", "h2", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q")  # fmt: skip
SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SMALL = "|".join(SMALL_NUMBERS)
TEN = "|".join(TENS)
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# A year's last two digits in words: "fifteen", "twenty one" (never a bare "one": "twenty one million")
TWO_DIGITS = rf"(?:(?:{TEN})(?:[ -](?:{SMALL}))?|{TEENS})"
NOT_AN_AMOUNT = r"(?!\s*(?:million|billion|thousand|percent|m|bn|k|mn)\b)"
# "twenty fifteen", "twenty oh nine", "two thousand fifteen", "two thousand and sixteen"
YEAR_WORDS = re.compile(
    rf"\btwenty (?:(?:oh|o|zero) (?P<oh>{SMALL})|(?P<teen>{TWO_DIGITS}))\b{NOT_AN_AMOUNT}"
    rf"|\btwo thousand(?: and)? (?P<thousand>{TWO_DIGITS}|{SMALL})\b{NOT_AN_AMOUNT}"
    # "twenty15", "twenty-16": the century said, the rest in digits
    rf"|\btwenty[ -]?(?P<digits>[01]\d)\b{NOT_AN_AMOUNT}"
)


# "in fifteen and sixteen", "what about fifteen?": a year's last two digits said alone where a year
# stands (never an amount or a count: "fifteen million", "fifteen phones", "about fifteen percent")
TEEN_YEAR = re.compile(
    # ("and", "to" only after a year already read: "during 2015 and sixteen", never "twelve to sixteen")
    r"\b(?P<pre>in|during|between|(?:what|how) about|vs|versus|since|until|till"
    r"|(?<=\d\d\d\d )(?:and|to|through|thru)|(?<=half )of|(?<=quarter )of)"
    r" (?P<teen>twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
    r"(?!\s*(?:million|mil|mln|billion|thousand|percent|per cent|per|a|m|bn|k|mn|x|times|and a half|%)\b)"
    r"(?!\s*[-\w]*s\b)(?!\s+(?:of|more|less|fewer|or so)\b)"
    # (nor the low end of a range of amounts: "between fifteen and twenty million")
    r"(?!\s*(?:and|to|or|-|through)\s*(?:\w+[ -]?){1,2}(?:million|mil|mln|mn|m|billion|bn|percent|%))"
)
# "2o15", "2o1o": a year typed with the letter o for a zero. Only four characters that start like a
# year of this or the last century and hold a digit besides; "2oo" or "1oom" stay words.
LETTER_O_YEAR = re.compile(r"\b(?=[\do]*\d[\do]*o|[\do]*o[\do]*\d)(?:19|2[0o])[\do]{2}\b")


# Period words typed short or slipped ("first haf", "q3 qtr"): the periods are read exactly, so
# their words are spelled out first. Words only, never numbers.
PERIOD_SPELLINGS = {"haf": "half", "hlf": "half", "halve": "half", "qtr": "quarter", "qtrs": "quarters",
                    "quater": "quarter", "quarte": "quarter", "yr": "year", "yrs": "years",
                    "mth": "month", "mths": "months", "mnth": "month", "mnths": "months",
                    "nxt": "next", "prev": "previous"}  # fmt: skip
PERIOD_SLIP = re.compile(r"\b(?:" + "|".join(PERIOD_SPELLINGS) + r")\b")


# Years in Roman numerals, 2001-2039 ("MMXV"): the "mm" and at least one more numeral after it.
ROMAN_YEAR = re.compile(r"\bmm(?=[xvi])x{0,3}(?:ix|iv|v?i{0,3})\b")
ROMAN_DIGITS = {"m": 1000, "x": 10, "v": 5, "i": 1}
# "did 2016 sales top 2014?": "top" before a year is a verb, beating it, not the best year.
# ("did 2014 top that?", "top it": the figure just given, beaten)
TOP_A_YEAR = re.compile(
    r"(?<!the )(?<!a )\btop(?:ped|s)?(?=\s+(?:19|20)\d\d\b)"
    r"|(?<!the )(?<!a )(?<=\w )top(?:ped|s)?(?=\s+(?:that|it|this|those|them)(?:\?|$|\s+(?:in|then)\b))"
)


# "2015, not the first half", "the power banks, not the phones", "2013 rather than 2014": what is
# set aside is not asked about. "not" only after a comma or dash, and not "not sure", "not bad" or
# "not counting the first half" (which asks for the rest).
NOT_A_SET_ASIDE = (
    "sure|bad|really|quite|much|exactly|only|just|even|so|too|very|yet|counting|including|incl"
    "|clear|certain|positive|convinced|confident"  # "not clear on the 2014 number": the asker's doubt
)
SET_ASIDE_SPAN = r"(?:[a-z0-9$%'][a-z0-9$.%']*\s*){1,5}?(?=[,;:!?]|-\s|\.(?:\s|$)|$)"
SPACE_BEFORE_STOP = re.compile(r"\s+([,;:!?]|\.(?:\s|$))")
SET_ASIDE_FIRST = (
    r"not|forget(?: about)?|never mind|nevermind|ignore|i don't (?:want|need|care about)|don't give me"
)
SHARED_AFTER_OWNER = re.compile(
    r"^not (?:the )?[a-z0-9]+'s (?P<thing>[a-z ]+?)\s*[,;:]\s*"
    r"(?P<other>(?:the )?[a-z0-9]+'s)(?P<rest>(?:\s|$).*)"
)
SET_ASIDE = re.compile(
    rf"(?:[,;:]|\s-)\s*(?:but |and )?not\s+(?!(?:{NOT_A_SET_ASIDE})\b){SET_ASIDE_SPAN}"
    # "not the fitness trackers, the phones: ...", "forget full year totals, ..."
    rf"|^(?:(?:ok|okay|alright|right|so|and|oh)[,]?\s+)?(?:{SET_ASIDE_FIRST})\s+(?!(?:{NOT_A_SET_ASIDE})\b)"
    rf"{SET_ASIDE_SPAN}(?=[,;:]|\s-)[,;:]?"
    rf"|\s(?:rather than|instead of|as opposed to)\s+(?:(?:the )?(?:19|20)\d\d\b|{SET_ASIDE_SPAN})"
    # "2015 not 16": one year instead of another, with no comma
    r"|(?<=\d) not '?(?:\d\d){1,2}\b"
    # "2015 sales not the first half", "the whole year not h1": a part of a year, with no comma
    r"|\bnot (?:the )?(?:first half|second half|h1|h2|first six months|q[1-4])\b"
)


# "2015 sales minus the first half", "excluding h1", "net of h1": the other half of the year is asked for
OTHER_HALF = re.compile(
    r"\b(?:minus|less|excluding|exclude|without|not counting|not including|except(?: for)?|leaving out"
    r"|leave out|taking out|take out|omit|omitting|ignore|ignoring|skip|skipping|net of|ex|remov(?:e|ed|ing)"
    r"|outside(?: of)?|apart from|other than|beyond|besides)"
    r" (?:the )?(?:(?P<first>first half|h1|first six months)|second half|h2|last six months)\b"
)


HALF_BEFORE = re.compile(
    r"\b(?:first half|second half|h1|h2|first six months|last six months)(?: of)?(?: (?:19|20)\d\d)?(?:'s)?"
    r"(?: sales| figure| number)?\s*$"
)
AMOUNT_BEFORE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:m|mn|mil|million|bn|billion|k)?\s*$")


def other_half(text: str) -> str:
    """'2015 minus the first half' asks for the second half: the rest of the year, by name."""
    if "half" not in text and "h1" not in text and "h2" not in text and "six" not in text:
        return text

    def the_other(m: re.Match) -> str:
        # "80 million minus h1 2015" subtracts from a number: nothing to rewrite there
        if AMOUNT_BEFORE.search(text, 0, m.start()):
            return m.group()
        # "second half minus first half": one half less the other, no rest of a year asked
        if HALF_BEFORE.search(text, 0, m.start()):
            return m.group()
        return "second half" if m.group("first") else "first half"

    return OTHER_HALF.sub(the_other, text)


COMPARED_BEFORE = re.compile(r"\b(?:more|less|fewer|higher|lower|bigger|smaller|better|worse|greater)\b")
TAG_QUESTION = re.compile(r"[\s,]*(?:right|correct|yeah|yes|true|eh|huh|no)?\W*$")


def _kept_in(text: str, found: re.Match) -> bool:
    """Whether what looks set aside is part of the question after all: "more in 2015 as
    opposed to 2014" compares the two; "2016 - not the best year, right?" is the claim checked."""
    words = found.group()
    if re.match(r"\s(?:rather than|instead of|as opposed to)\b", words):
        return bool(COMPARED_BEFORE.search(text, 0, found.start()))
    claim = not re.search(r"\d", words) and TAG_QUESTION.fullmatch(text, found.end())
    return bool(claim) and found.end() < len(text)


def without_set_aside(text: str) -> str:
    """Cleaned text without what it sets aside: "2015, not the first half" asks for 2015."""
    text = other_half(text)
    if not any(cue in text for cue in ("not", " than", " of", " to", "forget", "mind", "ignore", "don't")):
        return text
    kept = SET_ASIDE.sub(lambda m: m.group() if _kept_in(text, m) else " ", text)
    if len(kept.split()) < 2 and not any(ch.isdigit() for ch in kept):
        return text  # "not one year above 80 million, correct?": the set-aside is the question
    if "'s" in text:
        shared = SHARED_AFTER_OWNER.match(text)
        if shared:
            # "not xiaomi's price range, the iphone's - what was it": the price range is the
            # iphone's; only the owner is set aside.
            kept = f"{shared.group('other')} {shared.group('thing')} {shared.group('rest')}"
    return " ".join(SPACE_BEFORE_STOP.sub(r"\1", kept).split())


# Chat spellings of small words the entities read: "the one b4 that" is "before", "n 16?" is "and"
CHAT_SPELLING = re.compile(r"\bb4\b|^n\b")
ORDINALS_SPELT = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
ORDINAL_BEFORE_MOST = re.compile(r"\b(1st|2nd|3rd|4th|5th)(?=[ -]most\b)")
# "add em", "sum 'em up": chat's "them" after a verb of the figures (alone, "em" is Portuguese "in")
THEM_SAID_EM = re.compile(
    r"\b(add|sum|total|combine|compare|average|avg|plus|subtract|divide|multiply|of|all|both|between)\s+'?em\b"
)
# "compared w/ the prior year", "w/o 2012", "w/in 15m": chat's "with", "without" and "within",
# before "/" is dropped
WITH_SLASH = re.compile(r"\bw/(o|in)?(?![a-z])", re.IGNORECASE)
WITH_SLASH_MEANS = {"o": " without ", "in": " within "}


# "3x", "2.5x": so many times something, after a number standing alone ("3x3" is no multiple).
MULTIPLE = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?) ?x\b(?!\d)"
    # before what it multiplies: "3x 2013", "2x that", "3x bigger"; not a model: "the mi 5x"
    r"(?=\s+(?:(?:19|20)\d\d|that|this|those|it|its|the|what|more|bigger|larger|higher|as|of"
    # ... or the change it sizes: "2.6x growth 2012 to 2013"
    r"|growth|increase|jump|rise|gain|bump|up)\b)"
)
# "the whole of 2015, not just h1": the part set aside, never asked
NOT_JUST_A_PART = re.compile(
    r",?\s*\b(?:and )?not (?:just|only) (?:the )?(?:h[12]|first half|second half|q[1-4]|the half)\b"
)
# "from the first year to the last in the data": the whole span there are figures for
FIRST_TO_LAST_OF_THE_DATA = re.compile(
    r"\bfrom (?:the )?(?:first|earliest)(?: year| one)? (?:to|till|until|through) "
    r"(?:the )?(?:last|latest|final)"
    r"(?: year| one)?(?: (?:in the data|on record|there is|you have|available|recorded))?\b"
)
# "with 2014 on top": that year added, never the top year
YEAR_ON_TOP = re.compile(
    r"\b(?:with|and|plus|add) ((?:19|20)\d\d)(?:'s)?(?: sales| figure| units)? on top\b(?! of)"
)
# "when's the mi6 dropping?": a product's release, in chat ("when did sales drop?" is a fall)
RELEASE_DROPPING = re.compile(
    r"^(?!.*\b(?:sales|sold|sell|selling|growth|figures?|numbers?|units|shipments|prices?|targets?|goals?"
    r"|projections?|forecasts?|valuation|value|rank|ranking|they|it|xiaomi)\b)"
    r"(when(?:'s| is| does| will| did)?\b.*?) (?:dropping|drops|drop|dropped|coming out)\b"
)
# "what's xiaomi's next flagship called?": the thing's name asked, which the thing itself gives; no
# "known as" ("which company is called the apple of china?" is one)
THING_CALLED = re.compile(
    r"\b((?:what|whats|what's)(?: is| was| will be)? (?:\w+'s |the |their |its )?(?:\w+ ){0,2}?"
    r"(?:flagships?|phones?|models?|products?|devices?|handsets?|smartphones?|events?|conferences?))"
    r" (?:called|named)\b"
)
# "it's 2015. how many did they sell last year?", "pretend it's 2014: ...": the year said to be now
NOW_SAID = re.compile(
    r"(?:(?:ok|so|say|pretend|imagine|suppose|assume|let's say|lets say|if) )?"
    r"(?:it'?s|it is|it was|it were|we'?re in|we are in) (?:(?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december) )?(?P<year>(?:19|20)\d\d)(?: now)?(?:[,.:;!-]+\s*| now )"
)
RELATIVE_TO_NOW = {"last year": -1, "this year": 0, "next year": 1}
SET_AGAINST_NOW = re.compile(
    r"\b(?:from|since|vs|versus|compared?|than|on|change[ds]?|growth|grow|grew|fall|fell|drop|dropped|rise"
    r"|rose|more|less|fewer|increase|decrease|up|down|difference|differ)\b"
)
RELATIVE_YEAR_SAID = re.compile(r"\b(?:last|this|next) year\b")
# ... or any year counted from now: "two years ago", "the year before last"
YEAR_COUNTED_FROM_NOW = re.compile(
    r"\b(?:last|this|next) year\b|\byears? ago\b|\byear before last\b", re.IGNORECASE
)


def _counted_from_the_year_said(text: str, now: re.Match) -> str:
    """'it's 2015. how many did they sell last year?' -> 'how many did they sell in 2014?': the years
    counted from the year said to be now, the saying left out; as written where none is counted."""
    rest = text[now.end() :]
    if not RELATIVE_YEAR_SAID.search(rest) or SET_AGAINST_NOW.search(rest):
        return text  # ("it's 2016. did sales fall from last year?": now against then, as written)
    year = int(now.group("year"))
    return RELATIVE_YEAR_SAID.sub(lambda m: f"in {year + RELATIVE_TO_NOW[m.group(0)]}", rest)


# "which company does jony ive work for?": the company a person is from
COMPANY_WORKED_FOR = re.compile(
    r"\b(which|what) (company|firm) (?:does|did) ((?:\w+ ){1,2}?)work (?:for|at)\b"
)
# ... or runs, said of a person ("which company does oppo run?" asks of no one)
COMPANY_RUN_BY = re.compile(
    r"\b(which|what) (company|firm) (?:does|did) ((?:he|she|[a-z]+ [a-z]+) )(?:run|lead|head|manage)\b"
)
# "which company is run by lei jun?": the same, said the other way round
COMPANY_RUN_BY_SOMEONE = re.compile(
    r"\b(which|what) (company|firm) (?:is|was) (?:run|led|headed|managed) by (him|her|[a-z]+ [a-z]+)\b"
)
# "where does he work?": the same, asked by the place of work
WORKPLACE_ASKED = re.compile(r"\bwhere (?:does|did) ((?:\w+ )?\w+) work\b(?! (?:on|out|best)\b)")
# "subtract them", "minus?", "take one from the other": the two figures just asked, one from the other
SUBTRACTED_ALONE = re.compile(
    r"(?:(?:ok|so|now|and|then|pls|please) )?(?:subtract|substract|minus|take one from the other"
    r"|subtract one from the other|take them away from each other)"
    r"(?: them| those| these| the two| both| the two numbers)?(?: (?:pls|please))?\W*$"
)
# "add up 2012-2016 (skip 2014)": a year left out ("skip ahead two" is a step)
SKIPPING_A_YEAR = re.compile(
    r"(?<!not )(?<!n't )(?<!dont )(?<!never )(?<!always )\bskip(?:ping)?(?= (?:the )?(?:19|20)\d\d\b(?!'))"
)
# "what part of the 2015-2016 total was 2016?": a share of it ("part of 2015" alone is a period)
PART_OF_A_WHOLE = re.compile(
    r"(?<=\bwhat )part of(?= (?:the |their |its )?(?:[\w-]+ ){0,3}(?:total|combined|sum|whole)\b"
    # ("what part of 2015 was h1?"; never "what part of 2015 was the target cut?", a time)
    r"| (?:19|20)\d\d(?:'s)?(?: sales| total)? (?:was|were|is|came)(?: from| in)? (?:the )?"
    r"(?:h[12]|q[1-4]|first half|second half|first six months|last six months|(?:19|20)\d\d)\b)"
)
# "how many x bigger": how many times
HOW_MANY_X = re.compile(r"\bhow many x\b")


# "2013 + 2016", "sales 2013 + sales 2016": a plus sign between two terms; "+14.8%" is a sign
PLUS_SIGN = re.compile(r"(?<=\d)\s*\+\s*(?=\d)|(?<=\w)\s+\+\s+(?=\w)")
PERCENT_ALONE = re.compile(
    r"(?:(?:and|so|ok|okay)\s+)?(?:(?:in|as|as a|as an|by what|what)\s*)?%(?:\s*(?:terms|wise))?\W*"
)
# "% up?", "what % growth", "% hit?": a percent sign before words, written for the word (after a
# number it is a percentage) ...
PERCENT_BEFORE_WORDS = re.compile(r"(?<![\d.])(?<![\d.] )%(?=\s*[a-z])")
# ... and after a year, which is no percentage: "2014 to 2015 % up?"
YEAR_THEN_PERCENT = re.compile(r"\b((?:19|20)\d\d)\s*%(?=\s*[a-z])")
# "+5 million?", "-10m", "that / 4": a sign before an amount, or a number a figure is divided by,
# worked into the last figure ("14.8%" and "2014/15" are no such thing)
SIGNED_AMOUNT = re.compile(
    r"^(\s*(?:and\s+|so\s+|ok\s+)?)([+-])\s*(?=\d+(?:\.\d+)?\s*(?:million|mil|mn|m|bn|billion|k|thousand)\b)"
)
# One year over another, the years written whole: "2015/2012" (not "14/15", two years named short)
# ("units 2013 / units 2012": a measure word may come before the second year)
YEAR_OVER_YEAR = re.compile(
    r"(?<=\b(?:19|20)\d\d)\s*/\s*(?=(?:(?:units|sales|volume|volumes|shipments|phones) )?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# a sum asked, where "2012/2013" names two years to add up rather than one over the other
# ("h1 2015 / 2015 total": a year's own total, divided)
# ("2015 total" is that year's whole; "2012/2013 combined" is the two years added)
TOTAL_ASKED = re.compile(
    r"(?<!\d )\b(?:total|totals)\b|\b(?:combined|together|sum|add up|added up|cumulative)\b"
)
AMOUNT_OR_MORE_SIGN = re.compile(r"(\d[\d.,]*\s*(?:m|mn|mil|million|millions))\s*\+(?!\s*\d)", re.IGNORECASE)
AT_LEAST_SIGN = re.compile(r"\s*(?:\u2265|>=|=>)\s*(?=\d)")
AT_MOST_SIGN = re.compile(r"\s*(?:\u2264|<=|=<)\s*(?=\d)")
# "2015 > 2014?", "2013 < 20m?": a year's figure against another year's, or against an amount
YEAR_SIDE_SIGN = re.compile(r"(?<=\b(?:19|20)\d\d)\s*[<>]\s*(?=\d)")
# "2014 vs 2015 %?": a percent sign after words or years, not after a number of percent
PERCENT_AFTER_WORDS = re.compile(r"(?:(?<=[a-z])|(?<=\b(?:19|20)\d\d))\s*%(?=\s*[)\]]?\s*\??\s*$)")
# "in the 60s million", "the 20s %": an amount, never a decade
AMOUNT_AFTER = re.compile(r"(?:m|mn|mil|million|millions|k|%|percent)\b", re.IGNORECASE)
# "the 2010s", "the 90s", "the '90s": a decade, written as its years
DECADE = re.compile(r"\b(?:the\s+)?(?P<century>19|20)?'?(?P<decade>\d)0s\b", re.IGNORECASE)


def _decade_as_years(match: re.Match) -> str:
    """'the 2010s' -> '2010 to 2019'; 'the 90s' -> '1990 to 1999' (a decade written short is of the
    last century unless it is the 2000s or the 2010s). "In the 60s" beside an amount or another
    year is an amount ("sales in the 60s (million) in 2014"), kept as it is."""
    short = match["century"] is None
    after = match.string[match.end() :].lstrip()
    if short and (AMOUNT_AFTER.match(after) or YEAR_STATED.search(match.string)):
        return match.group(0)
    decade = int(match["decade"])
    century = match["century"] or ("20" if decade in (0, 1) else "19")
    if (century, decade) == ("20", 1):
        return match.group(0)  # ("the 2010s" holds the years the articles give: left as written)
    start = int(f"{century}{decade}0")
    return f" {start} to {start + 9} "


# "14/15", "2014/15": two years in a row, the second written short, a season's way ("10/11" is
# no pair of years here)
SHORT_YEAR_PAIR = re.compile(r"(?<![\d/.])'?((?:20)?1[2-9])\s*/\s*'?(1[3-9])(?![\d/.])")


# "FY2015/16", "the 2014/15 fiscal year": one fiscal year across two calendar years, no pair of years
SPLIT_FISCAL_YEAR = re.compile(r"\b(?:fy|fiscal|financial)\W*$|^\W*(?:fy|fiscal|financial)\b", re.IGNORECASE)


def _short_year_pair(match: re.Match) -> str:
    first, second = int(match.group(1)) % 100, int(match.group(2))
    around = (
        match.string[max(0, match.start() - 12) : match.start()],
        match.string[match.end() : match.end() + 12],
    )
    if any(SPLIT_FISCAL_YEAR.search(side) for side in around):
        return match.group(0)
    return f" 20{first} to 20{second} " if second == first + 1 else match.group(0)


DIVIDED_BY = re.compile(r"(?<=[a-z])\s*/\s*(?=\d{1,3}(?![\d.,/]))")
# "start to decline", "began falling", "the slowdown started": when a movement began, which is
# that movement's first year, never the company's founding ("start" alone is its founding)
MOVE = r"(?:declin|fall|fell|drop|shrink|slow|grow|rise|increas|go down|go up|los|dip|sink|tank)"
STARTED_MOVING = re.compile(
    rf"\b(?:start(?:ed|s|ing)?|begin(?:s|ning)?|began)\s+(?:to\s+)?(?={MOVE})"
    rf"|(?<=slowdown )start(?:ed|s)?\b|(?<=decline )start(?:ed|s)?\b|(?<=drop )start(?:ed|s)?\b"
)
# "from the start of 2013", "since the beginning of 2014": from that year ("start" is no founding)
# "how much did they make in 2015", "how much does xiaomi bring in": money earned, never a count
HOW_MUCH_MADE = re.compile(
    r"\bhow much (?:money |cash |\$+ ?)?(did|does|do|has|have|will)"
    r" ((?:xiaomi|they|it|the company|lei jun|he) )?"
    r"(?:make|made|earn|earned|bring in|brought in|rake in|raked in|pull in|pulled in)\b"
    r"(?! (?:phones|units|smartphones|devices|handsets|sales))"
)
# "its best year since its founding", "since they were founded": from the first year there is, ever
SINCE_FOUNDED = re.compile(
    r"\bsince (?:(?:its|their|the company'?s|xiaomi'?s) "
    r"(?:founding|foundation|inception|creation|birth|start)"
    r"|(?:it|they|xiaomi|the company) (?:was|were) (?:founded|started|created|set up|established|born)"
    # "since they started", "since it began" (not "since they started selling in india")
    r"|(?:it|they|xiaomi|the company) (?:started|began|launched)(?: out)?(?=\s*(?:[?,.!]|$)))\b"
    # ("since it was founded in 2010" names the year, as the articles' own sentences do)
    r"(?! (?:back )?in (?:19|20)\d\d)"
)
# "since founding" with no "its": every year; "how many years since founding?" asks an age
SINCE_FOUNDING_BARE = re.compile(r"\bsince (?:founding|foundation|inception)\b")
# "in half first of 2015": "first half" with its words swapped, as some learners write it
HALF_WORDS_SWAPPED = re.compile(r"(?<=\bin )half (first|second)\b(?! (?:half|quarter|year|one|had)\b)")
FOR_A_WHOLE_YEAR = re.compile(
    # ("the final tally for the year" after a half: the whole year, said so)
    r"\bfor the (?=(?:full|whole|entire|complete|first|second|third|fourth) "
    r"(?:year|fiscal year|fy|half|quarter)\b|whole of\b)"
)
# "its first year", "their very first year in business": the company's first, the year it was founded
FIRST_YEAR_OF_THE_COMPANY = re.compile(
    r"\b(?P<verb>in|for|during|from|sell|sold|ship|shipped) (?:its|their|the company'?s|xiaomi'?s|that) "
    r"(?:very )?first year(?: (?:in|of) (?:business|operations?|existence)| as a company)?"
    # (never "their first year over 10m", "xiaomi's first year-on-year drop", "first year, 2010")
    r"(?=\s*(?:$|[?.!]|,(?!\s*(?:19|20)\d\d)|\s(?:and|right|true|then|lol)\b))"
)
# "since 2016 was their best year, how many ...?": "since" giving a reason, no years from 2016 on
# ("since 2014 was there a drop?" and "since 2013 was the total over 200m?" count from that year;
# "..., how many in 2016?" asks a year of its own)
SINCE_AS_A_REASON = re.compile(
    r"^()since (?=(?:19|20)\d\d (?:was|is|had) (?:the|their|its|xiaomi'?s|a|an)\b"
    r"[^,?]*,(?!.*\b(?:19|20)\d\d\b))"
)
HOW_LONG_ASKED = re.compile(r"\bhow (?:long|old|many years)\b|\byears since\b|\bbeen\b")
# "how many did it expect?", "how many were they aiming for?": a number expected is a target, the
# count to sell said outright ("how many did it expect to sell")
TARGET_NAMED = re.compile(r"\b(?:target|targets|goal|goals|projection|forecast|aim|plan)\b")
HOW_MANY_EXPECTED = re.compile(
    r"\b(how many (?:phones |units |smartphones |handsets )?(?:did|does|do|was|were|is|are)"
    r" (?:it|they|xiaomi|the company|he|lei jun) (?:expect|expecting|plan|planning|project|projecting"
    r"|forecast|forecasting|aim for|aiming for))\b"
    r"(?! to\b)(?=\W*$|\W+(?:in|for|that|this|then|back)\b)"
)
DECIMAL_SAID = re.compile(r"\b(\d{1,3}) ?(?:point|pt) ?(\d{1,3})\b", re.IGNORECASE)
A_NUMBER_AHEAD = r"(?=\$?(?!(?:19|20)\d\d\b)\d)"
BOUND_IN_OTHER_WORDS = re.compile(
    rf"\b(upwards of|upward of|not even|not quite|(?:just |a bit |a little )?shy of) {A_NUMBER_AHEAD}"
)
NUMBER_WEIGHED = re.compile(
    r"\ban? (?:solid|whopping|mere|measly|paltry|staggering|healthy|decent|hefty|respectable|modest|massive"
    rf"|huge|impressive|cool|strong|stunning|remarkable|incredible|lousy|meagre|meager) {A_NUMBER_AHEAD}"
)
# "did xiaomi expect 61 million in 2014?", "plan on 70m", "hoping for 100m": a number expected is a
# count to sell aimed at, checked against the targets, never the sales
NUMBER_EXPECTED = re.compile(
    r"\b(expect|expects|expected|expecting|anticipate|anticipates|anticipated|anticipating|plan|plans"
    r"|planned|planning|hope|hoped|hoping)(?: on| for)? "
    r"(?=(?:around |about |roughly |some |at least |over |under |more than |less than )?\$?"
    r"(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:m|mn|mil|million|k|thousand|phones|units|smartphones)\b)"
)
# "did xiaomi beat its 2014 projection in 2013?": that year's sales against the other year's target,
# said as "did xiaomi's 2013 sales beat the 2014 projection?" (never the target year's own sales)
TARGET_OF_ANOTHER_YEAR_CHECKED = re.compile(
    r"\b(?P<did>did|does|has|have|had) (?P<who>[a-z]+) "
    r"(?P<verb>beat|hit|reach|meet|exceed|top|surpass|outsell|miss|pass|clear|achieve|match) "
    r"(?:its |the |their |his )?(?P<target>(?:19|20)\d\d) "
    r"(?P<word>projection|target|goal|forecast) (?:in|during) (?P<sales>(?:19|20)\d\d)(?=\W*$)"
)
OWNER_OF = {"they": "their", "it": "its", "he": "his", "she": "her"}


def _target_of_another_year_checked(found: re.Match) -> str:
    """'did xiaomi beat its 2014 projection in 2013' -> 'did xiaomi's 2013 sales beat the 2014 projection'."""
    if found["target"] == found["sales"]:
        return found.group(0)  # ("did they hit its 2015 target in 2015?": as it is)
    who = OWNER_OF.get(found["who"], f"{found['who']}'s")
    verb = "beat" if found["verb"] == "outsell" else found["verb"]  # (outselling a target is beating it)
    return f"{found['did']} {who} {found['sales']} sales {verb} the {found['target']} {found['word']}"


# "which year ranks third in sales?", "what year came second?": that rank among the best years
YEAR_PLACED = re.compile(
    r"\b((?:which|what) year) (?:was|is|ranks?|ranked|came|comes|placed|finished|stands?|sits?) (?:in |at )?"
    r"(?:the )?(second|third|fourth|fifth|2nd|3rd|4th|5th)(?: place| spot| highest| best)?\b"
    r"(?= (?:in|for|by|on) (?:sales|units|shipments|phones|smartphones|terms of sales)\b|\W*$)"
)
FROM_THE_START = re.compile(r"\b(from|since) the (?:start|beginning) of (?=(?:19|20)\d\d\b)")
# "what target did they start 2015 with?", "the goal xiaomi began the year with": what it had at
# first, never its founding
STARTED_A_YEAR_WITH = re.compile(
    r"\b(?:start|started|begin|began|kick off|kicked off|enter|entered) ((?:19|20)\d\d|the year) with\b"
)
# "2015 minus 2014", "2015 sales minus 2014 sales": their difference ("80m minus h1" is no year)
TURNED_AN_AGE = re.compile(
    r"\bturned (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:million|m|times|percent|%))"
)
# "units not revenue", "phones, not dollars": a money measure set aside beside the units asked
MONEY_LEFT_OUT = re.compile(
    r"\b(units|phones|smartphones|devices|handsets|numbers|sales|volume)[,;]?"
    r" (?:and )?(?:not|rather than|instead of) (?:the )?"
    r"(?:revenue|revenues|dollars|money|profit|profits|value)\b"
)
# "did they at least grow?", "at least they sold more": a hedge before a verb, no lowest of anything
AT_LEAST_AS_A_HEDGE = re.compile(
    r"\bat least (?=(?:grow|grew|sell|sold|beat|hit|reach|reached|make|made|manage|managed|match|improve"
    r"|improved|rise|rose|increase|increased|do|did|get|got|have|had|break|broke|stay|stayed|keep|kept)\b)"
)
YEAR_MINUS_YEAR = re.compile(r"\b((?:19|20)\d\d)(?: sales)? minus ((?:19|20)\d\d)\b")
# "h2 2015 minus h1 2015", "second half minus first half": one half less the other
HALF = r"(?:first half|second half|h1|h2)(?: of)?(?: (?:19|20)\d\d)?"
HALF_MINUS_HALF = re.compile(rf"\b({HALF})(?: sales)? minus (?:the )?({HALF})\b")
# "how many more did they need to hit the 2015 target?": more sold to reach it, the gap (not the target,
# which "needs to hit" alone names)
MORE_NEEDED_TO_REACH = re.compile(
    r"\b(how (?:many|much) more (?:\w+ ){0,4}?(?:need|needs|needed|require|required|requires)) to"
    r" (?=(?:hit|reach|meet|make|beat|achieve|get to) (?:\w+ ){0,3}?"
    r"(?:target|goal|projection|forecast|it|that)\b)"
)
# "needed for 80 million", "need for the original 100m": to reach that amount, a target
# ("what growth is needed for 70 million?" asks a growth, left as it is)
NEEDED_FOR_AN_AMOUNT = re.compile(
    r"\b(how (?:many|much) more (?:\w+ ){0,4}?(?:need|needs|needed)) for"
    r" (?=(?:the |their |its )?(?:original |revised |new |old )?\d)"
)
# "between january and december 2014": every month of the year, the year itself
YEAR_BY_ITS_MONTHS = re.compile(
    r"\b(?:from |between )?jan(?:uary)?\.?(?:\s*-\s*|\s+(?:to|through|thru|till|until|and)\s+)"
    r"dec(?:ember)?\.?(?: of)?"
    r"(?= (?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "how much to get back to 70 million?": the gap to a level reached before
HOW_FAR_BACK_TO = re.compile(r"\bhow (many|much)(?: more)? (?:\w+ ){0,3}?to (?:get|climb|go|come) back to\b")
TOPPED_A_PERCENT = re.compile(
    r"\btop(?:ped|s)?(?= (?:over )?\d+(?:\.\d+)?\s?(?:%|percent|per cent)(?!\w)(?! of\b))"
)
# "2h15 (full year minus 1h)", "derived from the full year and the first half": how the second half
# is worked out, so the half asked ("full year and first half" alone asks both)
WHOLE_YEAR = r"(?:the )?(?:full|whole|entire)[- ]year"
YEAR_LESS_THE_FIRST_HALF = re.compile(
    rf"\(?\b(?:(?:derived|calculated|computed|worked out|inferred) (?:from|as|by) {WHOLE_YEAR}"
    rf" (?:minus|less|without|excluding|and)|{WHOLE_YEAR} (?:minus|less|without|excluding|take away))"
    r" (?:the )?(?:1h|h1|first half)\b\)?"
)
# "what growth did xiaomi record", "on record": the verb and the idiom, never a record year
RECORD_NOT_A_BEST = re.compile(
    r"\b(?:(did|does|will) ((?:xiaomi |they |it |he |she |the company )?)record"
    r"(?! (?:sales|year|years|high|highs|number|numbers|figure|figures|quarter|month))|on record)\b"
)
# "exceed 40 million by 21 million", "topped the target by 10%": a number passed by a margin
PASSED_BY_A_MARGIN = re.compile(
    r"\b(?:exceed|exceeded|exceeds|surpass|surpassed|top|topped|outstrip|outstripped|overshoot|overshot)\b"
    r"(?=[^?]*?\bby (?:about |around |roughly |nearly |almost |just |only |over |under |at least |at most "
    r"|more than |less than )?\d+(?:\.\d+)?\s*"
    r"(?:m\b|mn\b|mil|million|%|percent))"
)
# "more in the second half of 2015 than the first": the other half, named short
OTHER_HALF_SAID_SHORT = re.compile(
    r"(?<=half)(?=.{0,40}\b(?:than|vs|versus|to|with|and) (?:the )?(?:first|second)\b(?! half))"
    r".{0,40}?\b(?:than|vs|versus|to|with|and) (?:the )?(?:first|second)\b(?! half)"
)
NO_MORE_THAN = re.compile(r"\b(?:no|not) (more|less|fewer) than\b")
# "was 2016 within 15m of 2015?": the two figures differ by at most that much ("not within": more)
_AN_AMOUNT = r"((?:about |around |roughly )?\d+(?:\.\d+)?\s*(?:m\b|mn\b|mil\w*|million\b|k\b|units?\b)?)"
WITHIN_AMOUNT_OF = re.compile(rf"\b(not )?within {_AN_AMOUNT}(?: (?:phones|units|smartphones))? of\b")
WITHIN_AMOUNT = re.compile(
    rf"\b(not )?within (?!(?:19|20)\d\d\b){_AN_AMOUNT}(?! (?:phones |units |smartphones )?of\b)"
)
# "was 2016 within 10% of 2014?": the difference, in percent of the figure named after "of"
WITHIN_PERCENT_OF = re.compile(r"\b(not )?within (\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)) of\b")
CAME_WITHIN = re.compile(r"\b(?:get|got|come|came|finish|finished|end up|ended up|land|landed) within\b")
CAME_WITHIN_A_GOAL = re.compile(
    CAME_WITHIN.pattern + r"(?=.{0,30}\b(?:target|goal|aim|forecast|projection)s?\b)"
)
YEAR_WITHIN = re.compile(r"\b((?:19|20)\d\d) within\b")
# "were 2015 and 2016 more than 20m apart?": their difference, on that side of the amount
AMOUNT_APART = re.compile(
    rf"\b(more than|less than|fewer than|over|under|at least|at most) {_AN_AMOUNT}"
    r"(?: (?:phones|units))? apart\b"
)


# "did sales grow tenfold?", "a 3-fold rise": so many times ("foldable" is no multiple)
FOLD_COUNTS = {**SMALL_NUMBERS, **TENS}
FOLD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|twenty|\d+(?:\.\d+)?)[- ]?fold\b")
# "did sales fall by more than a fifth?", "grow by two thirds": a change in percent, said as a
# fraction ("a fifth of 2015 sales" is a share of a figure, left as it is)
FRACTION_PERCENT = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "fifth": 20.0,
    "sixth": 100 / 6,
    "tenth": 10.0,
}
FRACTION_COUNT = {"a": 1, **SMALL_NUMBERS}  # ("a fifth", "two thirds")
FRACTION_OF_A_CHANGE = re.compile(
    r"\b(?:(?P<by>by) (?P<side1>more than |less than |over |under |about |around |roughly |nearly |almost"
    r" |at least |at most )?|(?P<side2>more than |less than |over |under |at least |at most ))"
    r"(?:(?P<count>a|one|two|three) (?P<part>half|third|quarter|fifth|sixth|tenth)s?|(?P<half>half))"
    # ("more than half the 80m target", "half of 2015": a share of a figure named after it)
    r"(?=\s*(?:$|[?.!,;:]|(?:in|from|since|between|over|during|last|this|then|yoy|year|right|or)\b))"
)


def _fraction_as_a_percent(match: re.Match) -> str:
    """'by more than a fifth' -> 'by more than 20%'; 'by a sixth' -> 'by about 16.7%'."""
    percent = 50.0 if match["half"] else FRACTION_COUNT[match["count"]] * FRACTION_PERCENT[match["part"]]
    if percent >= 100:
        return match.group(0)  # ("three halves" is no part of a figure)
    # (a fraction is a round figure: "by a sixth" is about 16.7%)
    side = match["side1"] or match["side2"] or "about "
    by = "by " if match["by"] else ""
    return f"{by}{side}{round(percent, 1):g}%"


def bound_on_a_difference(text: str) -> str:
    """'within 15m of 2015' -> 'differ by at most 15m from 2015'; 'more than 20m apart' -> 'differ
    by more than 20m'."""
    # "did they get within 10m of it?": how near they came; "was 2014 within ...": 2014's sales
    text = CAME_WITHIN_A_GOAL.sub("sales within", text)  # "of the goal": reached by what they sold
    text = CAME_WITHIN.sub("within", text)
    text = YEAR_WITHIN.sub(r"\1 sales within", text)
    text = WITHIN_PERCENT_OF.sub(
        lambda m: f"differ by {'more than' if m.group(1) else 'at most'} {m.group(2)} from", text
    )
    text = WITHIN_AMOUNT_OF.sub(
        lambda m: f"differ by {'more than' if m.group(1) else 'at most'} {m.group(2)} from", text
    )
    # "was the drop in 2016 within 15m?": the size of a change, at most that much
    text = WITHIN_AMOUNT.sub(lambda m: f"by {'more than' if m.group(1) else 'at most'} {m.group(2)}", text)
    return AMOUNT_APART.sub(r"differ by \1 \2", text)


COUNTRY_US = re.compile(r"(?<![\w.])US(?![\w.])")
# "the last year on record", "first figures on record": the data's own ends, said as "in the data"
ON_RECORD_OF_THE_DATA = re.compile(
    r"\b(?:first|earliest|last|latest|final|recent|newest)(?: \w+)? (?:years?|figures?|numbers?|sales)\s*$"
)


def _record_not_a_best(found: re.Match) -> str:
    if found.group(1):
        return f"{found.group(1)} {found.group(2)}post"  # "did xiaomi record growth": a verb
    return " in the data " if ON_RECORD_OF_THE_DATA.search(found.string[: found.start()]) else " "


# A claim said in the negative, of its subject: "xiaomi didn't hit its 80m target, right?", "2016
# sales weren't lower than 2015?", "xiaomi never sold more than 70m a year": read as the claim
# itself, and its yes or no turned round. A question asked in the negative ("didn't they sell 70m?",
# "wasn't 2015 the best?") expects the claim to hold, and is read as it is.
CLAIM_SUBJECT = (
    r"(?:xiaomi(?:'s)?(?: (?:19|20)\d\d)?(?: smartphone| phone)?(?: sales| shipments)?|they|it|sales"
    r"|the company|lei jun|he|(?:the )?(?:first|second) half of (?:19|20)\d\d(?: sales)?"
    r"|(?:xiaomi'?s )?sales in (?:19|20)\d\d|the (?:(?:19|20)\d\d )?(?:sales )?(?:target|goal)"
    r"|(?:h[12] )?(?:19|20)\d\d(?:'s)?(?: h[12])?(?: sales| figures?| numbers?)?)"
)
CLAIM_LEAD = (
    r"(?:(?:so|and|but|ok|wait|i think|i heard|i guess|i read) )?"
    r"(?:(?:is it|it's|its) (?:true|correct|right) that |true that )?"
)
# (not where a question of its own follows the remark, "until" bounds it, or the verb is one of saying)
NOT_ONE_CLAIM = (
    r"(?!.*(?:(?:[,;.] ?(?:so |and |but )?|\bbut )(?:did|do|does|is|was|were|are|has|have|can|could|how|what"
    r"|which|when|who|why)\b"
    # (", did they?" at the end is the claim's tag, no question; ", was it?" keeps the claim as asked,
    # since its answer has no verb to say which way a bare yes or no goes)
    r"(?:(?<=\bis)|(?<=\bwas)|(?<=\bwere)|(?<=\bare)|(?! (?:they|it|he|she|xiaomi|sales)\W*$))"
    r"|\buntil\b))"
)
NEGATED_CLAIM = re.compile(
    rf"^{NOT_ONE_CLAIM}(?P<lead>{CLAIM_LEAD}{CLAIM_SUBJECT} )"
    r"(?P<neg>did not|didn't|didnt|never|failed to|fail to|couldn't|couldnt|could not"
    r"|does not|doesn't|doesnt|do not|don't|dont"
    r"|(?:was|were)(?: not|n't|nt) able to|(?P<be>was|were|is|are)(?: not|n't|nt)"
    r"|(?P<have>has|have)(?: not|n't|nt)"
    r"|(?P<ever>has|have) never)\b ?"
    # (the space before is optional above, so the verb is looked for past it: "did not share")
    r"(?!\s*(?:shared?|says?|said|released?|disclosed?|revealed?|published|publish|announced?|reported|report"
    r"|mentioned|mention|give|gave|given|know|knew|expand|do)\b)"
)
# "is it false that xiaomi sold 18.7m in 2013": the claim after it, its yes or no turned round
# ... and "it's a myth that ...", "am i wrong that ...", "would it be wrong to say ..."
_CALLED_FALSE = r"(?:false|wrong|untrue|incorrect|not true|a myth|a lie)"
FALSE_CLAIM = re.compile(
    rf"^{NOT_ONE_CLAIM}(?:(?:so|and|but|ok) )?"
    rf"(?:(?:is it|it's|its|it is) (?:{_CALLED_FALSE}|not the case) that "
    r"|am i wrong (?:that|in thinking|to think|to say|if i say) "
    r"|(?:would|is) it (?:be )?wrong to say (?:that )?)"
)


# "xiaomi's 2013 figure of 18.7 million is wrong, isn't it?": the claim before, called false after it
CALLED_FALSE_AFTER = re.compile(
    # (never a question of what is wrong, nor a condition: "70m, unless the article is wrong?")
    rf"^(?!\s*(?:what|whats|what's|why|how|who|which|where|when)\b)(?!.*\b(?:unless|if|whether|in case)\b)"
    rf".{{6,}}?\b(?:is|was|are|were)"
    rf" (?:totally |completely |just |all )?{_CALLED_FALSE}"
    r"(?:,? (?:right|isn't it|isnt it|is it not|no|yes|correct|true|huh|yeah))?\W*$"
)


def _claim_said_positively(found: re.Match) -> str:
    if found.group("be"):
        return f"{found.group('lead')}{found.group('be')} "
    if found.group("have"):
        return f"{found.group('lead')}{found.group('have')} "
    if found.group("ever"):
        return f"{found.group('lead')}{found.group('ever')} ever "
    return f"{found.group('lead')}ever " if found.group("neg") == "never" else found.group("lead")


# "20m", "70 million": an amount with its unit
AMOUNT_WITH_UNIT = r"\d+(?:\.\d+)?\s?(?:m|mn|mil|million|millions|bn|billion|k)\b"
# "is 20m more than that?", "was 70 million less than it?": the amount first, the figure asked last
AMOUNT_SET_AGAINST_IT = re.compile(
    # (never after a year or a half said as the subject: "2015 was 9m more than that?" claims a difference)
    r"(?<!\d )(?<!h1 )(?<!h2 )(?<!sales )(?<!half )(?<!quarter )(?<!target )(?<!goal )"
    r"\b(?P<be>is|was|are|were)"
    rf" (?P<amount>{AMOUNT_WITH_UNIT})"
    r" (?P<side>more|bigger|higher|greater|larger|less|fewer|smaller|lower) than (?P<it>that|it|this|them)\b"
)
OTHER_SIDE = {
    "more": "less", "bigger": "smaller", "higher": "lower", "greater": "less", "larger": "smaller",
    "less": "more", "fewer": "more", "smaller": "bigger", "lower": "higher",
}  # fmt: skip


# "12m below 2015", "9m above the 2014 figure": an amount, then a side and a year
MARGIN_BESIDE_A_YEAR = re.compile(
    # ("fell 12m below 2015" is a change, read as it is)
    r"(?<!fall )(?<!fell )(?<!drop )(?<!dropped )(?<!rise )(?<!rose )(?<!grow )(?<!grew )(?<!slip )"
    r"(?<!slipped )(?<!sell )(?<!sold )(?<!come in )(?<!came in )(?<!land )(?<!landed )"
    rf"(?<![\d.])(?P<amount>{AMOUNT_WITH_UNIT})\s+"
    r"(?P<side>above|below|under)\s+"
    # only a year's own figure after it: "10m below the 2015 target" is a margin to a target
    r"(?=(?:the\s+)?(?:19|20)\d\d(?:'s)?(?:\s+(?:sales|figure|number|numbers|units|total))?"
    r"\s*(?:[?.!,]|$|right\b))"
)


def _margin_said_with_than(found: re.Match) -> str:
    side = "more" if found.group("side") == "above" else "less"
    return f"{found.group('amount')} {side} than "


def _it_set_against_an_amount(found: re.Match) -> str:
    turned = OTHER_SIDE[found.group("side")]
    return f"{found.group('be')} {found.group('it')} {turned} than {found.group('amount')}"


def claim_turned_round(text: str) -> bool:
    """Whether a question's claim is said in the negative or called false, so that its yes or no
    is the other way round: "xiaomi didn't hit 80m in 2015, right?"."""
    text = " ".join(text.lower().replace("\u2019", "'").split())
    called_false = FALSE_CLAIM.match(text) is not None or CALLED_FALSE_AFTER.match(text) is not None
    return called_false != bool(NEGATED_CLAIM.match(FALSE_CLAIM.sub("is it true that ", text, count=1)))


def negated_auxiliary(text: str) -> str:
    """The verb a claim said in the negative turns round, said positively ("did" for "xiaomi didn't
    hit 80m, right?", "has" for "they have never missed a target"); empty when the claim is called
    false instead, is said with "is" or "was", or is said as it is. Its answer says "they did" or
    "they didn't", since a bare yes or no to a negative is read both ways."""
    text = " ".join(text.lower().replace("\u2019", "'").split())
    if FALSE_CLAIM.match(text) or not (negated := NEGATED_CLAIM.match(text)):
        return ""
    if negated.group("be"):
        return ""  # "Lei Jun isn't the CEO?": no pronoun fits every subject; the figures say which way
    if said := negated.group("have") or negated.group("ever"):
        return said
    neg = negated.group("neg")
    if neg.startswith("does"):
        return "does"
    return "do" if neg.startswith(("do ", "don")) else "did"  # "didn't", "never", "failed to": did


def claim_said_positively(text: str) -> str:
    """A cleaned question's claim as said positively: "xiaomi hit 80m in 2015, right"."""
    text = FALSE_CLAIM.sub("is it true that ", text, count=1)
    return NEGATED_CLAIM.sub(_claim_said_positively, text, count=1)


# "so none of their phones cost more than $300?": every one of them on the other side of the bound
NONE_BEYOND = re.compile(
    r"\b(?:none of (?P<who>.{0,40}?)|never (?P<how>(?:costs? |sells? for |sold for |goes |went |got )?))"
    r"(?P<side>more than|over|above|less than|under|below) "
)


def _none_beyond(found: re.Match) -> str:
    side = "at most" if found.group("side") in ("more than", "over", "above") else "at least"
    if found.group("who") is not None:
        return f"all of {found.group('who')} {side} "
    return f"always {found.group('how') or ''}{side} "  # "so never above $300?": always at most $300


# "divide 2015 by 2012", "divide the bigger by the smaller": the first over the second
DIVIDE_ONE_BY = re.compile(r"\bdivide (\S+(?: \S+){0,3}?) by ")
# "did they end up hitting it?": what happened in the end, said as the verb ("hitting 80 million is
# no priority" keeps its gerund, a thing of its own, never a reach)
ENDED_UP_DOING = re.compile(
    r"\b(?:end|ended|ending|ends) up (hitting|reaching|beating|missing|meeting|making)\b"
)
ENDED_UP_DOING_MEANS = {
    "hitting": "hit", "reaching": "reach", "beating": "beat", "missing": "miss", "meeting": "meet",
    "making": "make",
}  # fmt: skip


TIMES_WRITTEN_X = re.compile(r"(?<!mi )(?<!note )\b(\d+(?:\.\d+)?)x\b(?!\w)")


# A comma typed with no space after it, between words ("1,000,000" keeps its commas)
# ... unless it asks when ("what year were sales most recently above 60m?"), of a part of a year, or
# is late in a year ("sales of late 2014")
LATELY_OF_SOMETHING_ELSE = re.compile(
    r"\b(?:when|what year|which year|half|h[12]|q[1-4])\b|\bof late (?:19|20)\d\d\b"
)
# "how many did they sell most recently?", "sales lately": the latest year's, never the best one's
SOLD_LATELY = re.compile(
    r"\b(sell|sold|selling|ship|shipped|sales|numbers|figures)\b((?: [\w']+){0,4}?) (?:most recently|recently"
    r"|lately|of late)\b(?! (?:said|say|says|announced|reported|told|claimed))"
)
COMMA_WITHOUT_SPACE = re.compile(r",(?=[a-z])|(?<=[a-z]),(?=\d)")
# ... and "2013,2014,2015": years, never one number
YEARS_WITHOUT_SPACE = re.compile(
    r"(?<![\d.])(?<!\d,\d)((?:19|20)\d\d),(?=(?:19|20)\d\d\b(?!\.\d|,\d{3}(?!\d)))"
)


# Two quarters said together that make up a half ("q1 + q2", "q3-q4", "third and fourth quarters")
QUARTERS_OF_A_HALF = re.compile(
    r"\b(?:(?P<first>q1 ?(?:(?:and|&|\+|plus|-|to|through) ?)?q2|(?:first|1st) and (?:second|2nd) quarters)"
    r"|q3 ?(?:(?:and|&|\+|plus|-|to|through) ?)?q4|(?:third|3rd) and (?:fourth|4th) quarters)\b"
)
# Quarters set apart from each other: "the difference between q3 and q4", "change from q1 to q2",
# "q2 or q3", three quarters ("more in q1 and q2 than 2014" sets the half against another year)
QUARTERS_SET_APART = re.compile(
    r"\b(?:difference|differ\w*|between|compare\w*|comparison|change\w*|grow|grew|growth|rise|rose|fall"
    r"|fell|drop\w*|increase\w*|decrease\w*)\b(?: \w+){0,4}? q[1-4]\b"
    r"|\bq[1-4] (?:vs\.?|versus|against|or) q[1-4]\b"
    r"|\bq[1-4] (?:and|&|\+|plus) q[1-4] (?:and|&|\+|plus) q[1-4]\b"
)
HALF_GLUED_TO_A_YEAR = re.compile(r"\b([12]h|h[12])((?:19|20)\d\d)\b", re.IGNORECASE)
# "2015H1", "2015q3": a year, then its part, glued together
PART_GLUED_AFTER_A_YEAR = re.compile(r"\b((?:19|20)\d\d)-?(h[12]|q[1-4])\b", re.IGNORECASE)
# "xiaomi2015", "sales2014": a word and a year typed with no space between them
YEAR_GLUED_TO_A_WORD = re.compile(r"\b([a-z]{2,})((?:19|20)\d\d)\b", re.IGNORECASE)
HOW_GLUED = re.compile(r"\bhow(many|much)\b", re.IGNORECASE)  # "howmany units": two words typed as one
TROUGH_BETWEEN_YEARS = re.compile(r"\b((?:19|20)\d\d) trough ((?:19|20)\d\d)\b", re.IGNORECASE)


def clean(text: str) -> str:
    """Lower-case, NFKC-normalised text with control, format and symbol characters removed."""
    text = unicodedata.normalize("NFKC", text[: MAX_QUESTION_CHARS * 2])
    text = without_a_greeting_in_another_script(text)
    if LIST_STARTS.match(text):
        text = LIST_NUMBER.sub(" ", text)  # "(1) sales 2013? (2) who is the ceo?": numbers of a list
    if "\u0394" in text or "\u2206" in text:  # "Δ units 2015 to 2016": the change, in analysts' shorthand
        text = text.replace("\u0394", " change ").replace("\u2206", " change ")
    if "\u00f7" in text:  # "sales 2014 ÷ 2013": one over the other, before symbols are dropped
        text = text.replace("\u00f7", " divided by ")
    if any(sign in text for sign in ("\u2265", "\u2264", ">=", "<=", "=>", "=<")):
        # "2016 sales >= 55m", "2014 ≥ 60m": a bound on the amount after it (never the arrow "=>")
        text = AT_LEAST_SIGN.sub(" at least ", AT_MOST_SIGN.sub(" at most ", text))
    if "\u2192" in text or "->" in text or "=>" in text:  # "2012→2013": before symbols are dropped
        text = text.replace("\u2192", " to ").replace("->", " to ").replace("=>", " to ")
    # Each rewrite below is tried only where its mark is in the text: most questions have none.
    if "<" in text:
        text = MARKUP.sub(" ", text)
    if any(ch.isdigit() for ch in text):  # every chat number has a digit
        text = CHAT_NUMBERS.sub(" ", text)
        # "70.000.000": thousands grouped with dots, as much of Europe writes them; "70mm": a
        # finance page's millions
        text = DOT_GROUPED.sub(lambda m: m.group(0).replace(".", ""), text)
        text = FINANCE_MILLIONS.sub(r"\1m", text)
        if "il" in text or "llo" in text or "mio" in text or "mln" in text:
            text = MILLION_SLIP.sub(r"\1million", text)
            text = BILLION_SLIP.sub(r"\1billion", text)
    if "+" in text or "-" in text:
        text = SIGNED_AMOUNT.sub(lambda m: m.group(1) + ("plus " if m.group(2) == "+" else "minus "), text)
    if "+" in text:
        text = AMOUNT_OR_MORE_SIGN.sub(r"\1 or more", text)  # "65m+": that much or more
        text = PLUS_SIGN.sub(" plus ", text)  # "2013 + 2016": a sum, before symbols are dropped
    if re.search(r"[12]h|h[12]", text, re.IGNORECASE):  # "1H2015": a half, then its year
        text = HALF_GLUED_TO_A_YEAR.sub(r"\1 \2", text)
    if re.search(r"\d[hHqQ]|\d-[hHqQ]|[a-zA-Z](?:19|20)\d\d", text):
        text = PART_GLUED_AFTER_A_YEAR.sub(r"\1 \2", text)
        text = YEAR_GLUED_TO_A_WORD.sub(r"\1 \2", text)
    if "howm" in text.lower():
        text = HOW_GLUED.sub(r"how \1", text)
    if "trough" in text.lower():  # "2012 trough 2015": "through" mistyped between two years, no low point
        text = TROUGH_BETWEEN_YEARS.sub(r"\1 through \2", text)
    if "negative" in text:  # "when did growth turn negative?": when sales fell
        text = GROWTH_NEGATIVE.sub("sales fall", text)
    if "not" in text:
        text = PART_DENIED.sub(" ", text)  # "the 2015 total, not the half year": no part asked
    if "los" in text or "shed" in text:
        # "did they lose 12m units?": sales dropped ("lose the #1 spot" is no figure)
        text = UNITS_LOST.sub(lambda m: LOST_AS_DROPPED[m.group(1)], text)
    if "successful" in text.lower():
        text = YEAR_JUDGED_SUCCESSFUL.sub("good", text)
    if "actual" in text.lower():  # ("AND ACTUAL??" is shouted, the same)
        text = ACTUAL_AS_A_NOUN.sub("actual sales", text)  # "ratio actual/projection", "2014 actual vs"
    if "/" in text:
        text = WITH_SLASH.sub(lambda m: WITH_SLASH_MEANS.get((m.group(1) or "").lower(), " with "), text)
        text = DIVIDED_BY.sub(" divided by ", text)
        # "2015/2012", "h1 2015 / 2015 total"; but "total 2012/2013" adds the two years up
        year_slash = " and " if TOTAL_ASKED.search(text) else " divided by "
        text = YEAR_OVER_YEAR.sub(year_slash, text)
        text = SHORT_YEAR_PAIR.sub(_short_year_pair, text)  # "14/15 growth": 2014 to 2015
    if "0s" in text:
        text = DECADE.sub(_decade_as_years, text)  # "in the 2010s": every year of it, 2010 to 2019
    if ">" in text or "<" in text:
        text = YEAR_SIDE_SIGN.sub(
            lambda m: " more than " if m.group(0).strip() == ">" else " less than ", text
        )
    if text.isascii():
        text = text.translate(ASCII_DROPPED)
    else:
        # "xiaomí" reads as "xiaomi": drop accents, keep the letters.
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if unicodedata.category(ch) != "Mn")
        text = "".join(ch if unicodedata.category(ch)[0] not in "CS" or ch == "$" else " " for ch in text)
        text = text.translate(LATIN_WITHOUT_ACCENTS)
    if "US" in text and not text.isupper():  # "TELL US ABOUT XIAOMI" is shouted, no country
        text = COUNTRY_US.sub(" usa ", text)  # "xiaomi US sales": the country, written in capitals, no "us"
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    if "," in text:
        text = COMMA_WITHOUT_SPACE.sub(", ", text)  # "xiaomi,2016,units": three words, not one
        text = YEARS_WITHOUT_SPACE.sub(r"\1, ", text)
    if "http" in text or "www." in text:
        text = URL.sub(" ", text)
    if "@" in text:
        text = MENTION.sub(" ", text)
    if any(ch.isdigit() for ch in text):
        # "7 point 2 million", "18 pt 7m": a decimal said aloud, one number
        text = DECIMAL_SAID.sub(r"\1.\2", text)
        # "upwards of 50 million", "not even 10 million", "a whopping 70 million": the bound as the
        # checks know it, and a word of praise or scorn before a number, which changes nothing
        text = BOUND_IN_OTHER_WORDS.sub(lambda m: "over " if "upward" in m.group(1) else "under ", text)
        text = NUMBER_WEIGHED.sub("", text)
    if "1" in text:
        text = NUMBER_ONE.sub(" number one ", text)  # "#1", "No. 1": a rank, not a quantity
    if "x" in text and (times := TIMES_WRITTEN_X.search(text)) and times.group(0) != text.strip(" ?!."):
        # "so like 10x?": ten times (never "redmi 4x"; "2x" alone asks no multiple of anything said)
        text = TIMES_WRITTEN_X.sub(r"\1 times", text)

    if "y" in text:
        text = YEAR_ON_YEAR.sub(" yoy ", text)
    if "who" in text:
        text = WHO_MADE_A_TARGET.sub(r"\1 set the", text)
    if "what" in text:
        text = WHAT_WAS_PLANNED.sub(_plan_named, text)
    if "would" in text or "'d" in text or "will" in text or "going to" in text or "gonna" in text:
        text = SAID_IT_WOULD_SELL.sub(_expected_unless_the_outcome_asked, text)
    if "more" in text and "how" in text:
        text = MORE_NEEDED_TO_REACH.sub(r"\1 to sell to ", text)
    if "need" in text and "more" in text:
        text = NEEDED_FOR_AN_AMOUNT.sub(r"\1 to reach ", text)  # "how much more did they need for 80m?"
    if "back to" in text:
        text = HOW_FAR_BACK_TO.sub(r"how \1 more to reach", text)  # "how much to get back to 70m?"
    if "jan" in text.lower() and "dec" in text.lower():
        text = YEAR_BY_ITS_MONTHS.sub("in", text)
    if "top" in text and YEAR_STATED.search(text) and "ever" not in text:
        # "did 2014 growth top 200%?": above it, no best year ("did growth ever top 300%?" asks the best)
        text = TOPPED_A_PERCENT.sub("exceed", text)
    if "%" in text:
        text = text.replace("% of", " percent of")  # "what % of 100m is that": a share asked for
        if PERCENT_ALONE.fullmatch(text.strip()):
            text = text.replace("%", " percent ")  # "in %?": the last figure in percent
        else:
            text = PERCENT_AFTER_WORDS.sub(" in percent", text)  # "2014 vs 2015 %?": the change in percent
            text = PERCENT_BEFORE_WORDS.sub(" percent ", text)
            text = YEAR_THEN_PERCENT.sub(r"\1 percent", text)  # "2014 to 2015 % up?": no percentage
    if "start" in text or "beg" in text:
        text = STARTED_MOVING.sub("", text)
        text = FROM_THE_START.sub(r"\1 ", text)
    if " with" in text and TARGET_NAMED.search(text):
        # ("how many phones did they start 2015 with?" names no target: left as it is)
        text = STARTED_A_YEAR_WITH.sub(r"have as the original for \1", text)
    if "half" in text:
        # "in half first of 2015": the first half, words swapped
        text = HALF_WORDS_SWAPPED.sub(r"\1 half", text)
    if "q" in text and not QUARTERS_SET_APART.search(text):
        # "q3 and q4 2015", "the third and fourth quarters": the two quarters of a half, together
        # ("from q1 to q2", "the difference between q3 and q4" set them apart, each its own)
        text = QUARTERS_OF_A_HALF.sub(lambda m: "first half" if m.group("first") else "second half", text)
    if "for the " in text:
        # ("did they sell 34.7m for the full year 2015?": over that year, no price "sold for")
        text = FOR_A_WHOLE_YEAR.sub("in the ", text)
    if "first year" in text and not STATED_FIGURE.search(text):
        # ("sold 7.2 million in its first year, true?" claims a figure: left to be checked as said)
        text = FIRST_YEAR_OF_THE_COMPANY.sub(r"\g<verb> the year it was founded", text)
    if "since" in text:
        text = SINCE_AS_A_REASON.sub(r"\1because ", text)
        text = SINCE_FOUNDED.sub("ever", text)
        if not HOW_LONG_ASKED.search(text):
            text = SINCE_FOUNDING_BARE.sub("ever", text)  # "total sales since founding?"
    if "how much" in text:
        text = HOW_MUCH_MADE.sub(r"how much \1 \2earn", text)
    if "how many" in text:
        text = HOW_MANY_EXPECTED.sub(r"\1 to sell", text)
    if " in 20" in text or " during 20" in text:
        text = TARGET_OF_ANOTHER_YEAR_CHECKED.sub(_target_of_another_year_checked, text)
    if "expect" in text or "plan" in text or "hop" in text or "anticipat" in text:
        text = NUMBER_EXPECTED.sub(r"\1 to sell ", text)
    if " year " in text:
        text = YEAR_PLACED.sub(r"\1 was the \2 best", text)
    if "record" in text:
        text = RECORD_NOT_A_BEST.sub(_record_not_a_best, text)
    if "smart phone" in text:
        text = text.replace("smart phone", "smartphone")  # one word, never "start" and "phone"
    if " up " in text:
        text = ENDED_UP_DOING.sub(lambda m: ENDED_UP_DOING_MEANS[m.group(1)], text)
    if "none" in text or "never" in text:
        text = NONE_BEYOND.sub(_none_beyond, text)  # "none of them cost more than $300": all at most $300
    if "divide " in text:
        text = DIVIDE_ONE_BY.sub(r"\1 divided by ", text)  # "divide 2015 by 2012": no "by 2012" deadline
    if "year" in text and ("half" in text or "h1" in text or "1h" in text):
        text = YEAR_LESS_THE_FIRST_HALF.sub(" second half ", text)
    if "minus" in text:
        text = YEAR_MINUS_YEAR.sub(r"difference between \1 and \2", text)  # "2015 minus 2014"
        text = HALF_MINUS_HALF.sub(r"difference between \1 and \2", text)
    if "first" in text or "earliest" in text:
        text = FIRST_TO_LAST_OF_THE_DATA.sub("over the whole period", text)
    if "drop" in text or "coming out" in text:
        text = RELEASE_DROPPING.sub(r"\1 launching", text)
    if "on top" in text:
        text = YEAR_ON_TOP.sub(r"plus \1", text)
    if "not just" in text or "not only" in text:
        text = NOT_JUST_A_PART.sub(" ", text)
    if "it" in text and (now := NOW_SAID.match(text)):
        text = _counted_from_the_year_said(text, now)
    if SUBTRACTED_ALONE.match(text):
        text = "difference"  # "subtract them", "minus?" after two figures: the difference between them
    if "work" in text or "company" in text or "firm" in text:
        text = COMPANY_WORKED_FOR.sub(r"\1 \2 is \3from", text)  # as "which company is he from?"
        text = COMPANY_RUN_BY.sub(r"\1 \2 is \3from", text)
        text = COMPANY_RUN_BY_SOMEONE.sub(r"\1 \2 is \3 from", text)
        text = WORKPLACE_ASKED.sub(r"which company is \1 from", text)
    if "skip" in text:
        text = SKIPPING_A_YEAR.sub("excluding", text)
    if "part of" in text:
        text = PART_OF_A_WHOLE.sub("share of", text)
    if "called" in text or "named" in text:
        text = THING_CALLED.sub(r"\1", text)
    if "x" in text:
        text = MULTIPLE.sub(r"\1 times", text)  # "3x 2013", "like 2x that": a multiple
        text = HOW_MANY_X.sub("how many times", text)
    text = NOT_KEPT.sub(" ", text)
    if "-" in text:
        text = HYPHENATED.sub(" ", text)  # "first-half" reads as "first half"
    text = " ".join(text.split())[:MAX_QUESTION_CHARS]
    if "not" in text or "rather than" in text or "instead of" in text:
        # "2013 units not revenue": the measure left out is no measure asked
        text = MONEY_LEFT_OUT.sub(r"\1", text)
    if "turn" in text:
        # "the year it turned four": the year it was four years old
        text = TURNED_AN_AGE.sub(r"was \1 years old", text)
    if "at least" in text:
        text = AT_LEAST_AS_A_HEDGE.sub("", text)  # "did they at least grow?": did they grow
    if "no" in text:
        # "no more than 60m", "not less than 50m": a bound, never a claim said in the negative
        text = NO_MORE_THAN.sub(lambda m: "at most" if m.group(1) == "more" else "at least", text)
    if "above" in text or "below" in text or "under" in text:
        # "was 2016 12m below 2015?": a margin between two years' figures, said as "less than"
        # ("70 million over 2015" is sold during it)
        text = MARGIN_BESIDE_A_YEAR.sub(_margin_said_with_than, text)
    if " than " in text:
        # "is 20m more than that?": that figure checked against the number, said the other way round
        text = AMOUNT_SET_AGAINST_IT.sub(_it_set_against_an_amount, text)
    if "n" in text or "fail" in text or "false" in text or "wrong" in text:
        text = claim_said_positively(text)  # "xiaomi didn't hit 80m, right?": the claim, its verdict turned
    if "o" in text:
        text = LETTER_O_YEAR.sub(lambda m: m.group().replace("o", "0"), text)
    text = PERIOD_SLIP.sub(lambda m: PERIOD_SPELLINGS[m.group()], text)
    if ("recently" in text or "late" in text) and not LATELY_OF_SOMETHING_ELSE.search(text):
        text = SOLD_LATELY.sub(r"\1\2 in the latest year", text)  # "sold most recently": the latest year
    if "mm" in text:
        text = ROMAN_YEAR.sub(lambda m: str(roman_year(m.group())), text)
    if "top" in text:
        text = TOP_A_YEAR.sub("beat", text)
    if " by " in text:
        text = PASSED_BY_A_MARGIN.sub("beat", text)  # "did they exceed 40m by 21m?": beaten, by a margin
    if "mark" in text or "level" in text or "milestone" in text or "barrier" in text:
        text = NAMED_BY_SIZE.sub(r"\1", text)  # "the 50 million mark" is 50 million
    if "half" in text:
        text = OTHER_HALF_SAID_SHORT.sub(r"\g<0> half", text)  # "the second half ... than the first"
    if ("july" in text or "june" in text or "months" in text or "half" in text or "mid" in text) and (
        FIGURE_SAID.search(text)
    ):
        text = HALF_A_YEAR_IN.sub(
            lambda m: (
                m.group()
                if m.group().startswith("after") and AFTER_THE_POINT.search(m.string[: m.start()])
                else f"in the first half of {year}"
                if (year := m["year"] or m["year2"])
                else "in the first half"
            ),
            text,
        )
    if "mid" in text:
        text = BY_MID_YEAR.sub(r"by the end of the first half of \g<year>", text)
        if not HALF_NAMED.search(text):  # ("h1 2015 (jan to mid-2015)": the half says which part)
            text = MID_YEAR_HYPHENED.sub(
                "mid ", text
            )  # "until mid-2015" is the middle of 2015, not all of it
    if "," in text:
        text = DECIMAL_COMMA.sub(r"\1.\2", text)  # "7,2 million": 7.2 million, as written in much of Europe
    if "us " in text:
        text = US_MARKET.sub(_us_as_a_country, text)  # "xiaomi us sales": the country, lower-cased
    if "go for" in text:
        text = HOW_IT_WENT.sub(r"\g<lead> go with", text)  # "how did 2016 go for xiaomi": no price
    if "plan" in text or "expect" in text:
        text = PLAN_OF_A_YEAR.sub(_target_of_a_year, text)  # "the 2015 plan": that year's target
    if "up" in text or "down" in text:
        text = SIZE_BEFORE_UP_OR_DOWN.sub(_size_put_after, text)  # "12% down": down 12%
        text = UP_OR_DOWN_BY.sub(r"\g<way> by", text)  # "so up 11.5m?": a rise, by that much
        text = UP_OR_DOWN_HOW_MUCH.sub(_by_how_much, text)  # "so up how much?": by how much
    if "a " in text:
        text = SPAN_OF_TIME.sub(r"one \g<unit>", text)  # "a week after april 10": a span, no rate
    if " in " in text:
        text = CAME_IN_AT.sub("sold", text)  # "2016 came in at 58m": results, not arriving in a market
    if "em" in text:
        text = THEM_SAID_EM.sub(r"\1 them", text)
    if "most" in text:
        text = ORDINAL_BEFORE_MOST.sub(lambda m: ORDINALS_SPELT[m.group(1)], text)  # "2nd most valuable"
    if "b4" in text or text.startswith("n "):
        text = CHAT_SPELLING.sub(lambda m: "before" if m.group() == "b4" else "and", text)
    text = amounts_in_words(years_in_words(fiscal_years(text)))
    if "within" in text or "apart" in text:
        text = bound_on_a_difference(text)
    if "fold" in text:
        text = FOLD.sub(lambda m: f"{FOLD_COUNTS.get(m.group(1), m.group(1))} times", text)  # "tenfold"
    if any(word in text for word in FRACTION_PERCENT):
        text = FRACTION_OF_A_CHANGE.sub(_fraction_as_a_percent, text)
    if "'" in text:
        text = APOSTROPHE_YEAR.sub(r"20\1", text)  # "yoy vs '13": 2013, read as every year is
    if "year" in text and (vantage := VANTAGE_YEAR.search(text)):
        text = _years_from_a_vantage(text, vantage)
    return text


# "xiaomi '14", "vs '13": a year written short, never a quoted number ("'15 million'")
APOSTROPHE_YEAR = re.compile(
    r"(?<![\w'])'([012]\d)\b(?!'|\s*(?:m\b|mn\b|mil|million|k\b|%|bn\b|billion|percent|units|phones))"
)


# A year spoken from: "speaking from 2015, how many did they sell last year?", "as of april 2017,
# last year's sales": "last year", "this year" and "next year" counted from it
VANTAGE_YEAR = re.compile(
    r"\b(?:speaking (?:from|in)|as of|as at|seen from|writing in|from the point of view of|standing in)"
    r" (?:(?:early|late|mid|the end of|the start of|january|february|march|april|may|june|july|august"
    r"|september|october|november|december) )?(?P<year>(?:19|20)\d\d)\b,?"
)
YEAR_FROM_NOW = re.compile(r"\b(?P<which>last|this|next) year(?P<own>'s|s)?\b")


def _years_from_a_vantage(text: str, vantage: re.Match) -> str:
    """'speaking from 2015, how many did they sell last year' -> 'how many did they sell 2014'."""
    rest = text[: vantage.start()] + text[vantage.end() :]
    rest = rest.replace("the year's", "this year's")  # "as of 2015, what was the year's target?"
    if not YEAR_FROM_NOW.search(rest):
        return text  # "as of 2015, what was the target?": the year itself, asked
    year = int(vantage.group("year"))
    step = {"last": -1, "this": 0, "next": 1}

    def counted(match: re.Match) -> str:
        return f"{year + step[match.group('which')]}{match.group('own') or ''}"

    counted_text = " ".join(YEAR_FROM_NOW.sub(counted, rest).split())
    if FROM_A_YEAR_COUNTED.search(counted_text) and not YEAR_FROM_NOW.search(rest.replace("last year", "")):
        # "as of 2016, how much did sales fall from last year?": from 2015, to 2016 itself
        counted_text += f" in {year}"
    return counted_text


FROM_A_YEAR_COUNTED = re.compile(r"\b(?:from|than|since|vs|versus|compared to|compared with) (?:19|20)\d\d\b")


# "how did q3 2015 go for xiaomi": how it went, never what a phone goes for
# ("how does a xiaomi phone go for?" asks its price)
HOW_IT_WENT = re.compile(r"(?P<lead>\bhow (?:did|has|have|was) (?:\S+ ){1,4}?(?:go|going|gone)) for\b")
# A year's plan or expectation is its target, never its sales: "xiaomi's 2015 plan", "plans for 2015",
# "how many phones were expected in 2015" (a plan to launch somewhere is no target: no year beside it)
PLAN_OF_A_YEAR = re.compile(
    r"\b(?P<y1>(?:19|20)\d\d) plans?\b(?! to\b)"
    r"|\bplans? (?:for |of )?(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?:was|were|is|are) (?:they |xiaomi |it )?expect(?:ed|ing)(?: to sell)?"
    r" (?:in|for) (?P<y3>(?:19|20)\d\d)\b"
)


def _by_how_much(found: re.Match) -> str:
    way, much = found.group("way") or found.group("way2"), found.group("much") or found.group("much2")
    return f"{way} by how {much}"


def _size_put_after(found: re.Match) -> str:
    return f"{found.group('way') or found.group('way_m')} {found.group('size') or found.group('size_m')}"


def _target_of_a_year(match: re.Match) -> str:
    year = match.group("y1") or match.group("y2") or match.group("y3")
    return f"{year} target" if match.group("y1") else f"targeted for {year}"


# A rise or fall said with its size: "up 11.5m", "down about 12 million", "down 17%"
UP_OR_DOWN_BY = re.compile(
    r"\b(?P<way>up|down)(?= (?:about |around |roughly |nearly |almost |over |under |more than |less than )?"
    r"\d[\d.,]*\s*(?:(?:m|mn|mil|million|millions|percent)\b|%))"
)
# ... said size first: "were 2016 sales 12% down?", "2015 was 9m up on 2014"
SIZE_BEFORE_UP_OR_DOWN = re.compile(
    # a percent is always a size; an amount only set against a year ("9m up on 2014": "58m down?"
    # and "70m up from 61m" are levels)
    r"(?<![\d.,])(?P<size>\d[\d.,]*\s*(?:percent\b|%))\s+(?P<way>up|down)\b(?!\s+(?:to|from|or)\b)"
    r"|(?<![\d.,])(?P<size_m>\d[\d.,]*\s*(?:m|mn|mil|million|millions)\b)\s+(?P<way_m>up|down)"
    r"(?=\s+(?:on|over|versus|vs|compared|against|year)\b)"
)
# "so up how much?", "how many down?": a rise or fall, by how much
UP_OR_DOWN_HOW_MUCH = re.compile(
    r"(?:^|\bso |\band )(?P<way>up|down) how (?P<much>much|many)\b"
    r"|\bhow (?P<much2>much|many) (?P<way2>up|down)\b"
)
# "a week away", "a day after the article": a span of time, not "a week" as a rate ("how many a week")
SPAN_OF_TIME = re.compile(
    r"\ba (?P<unit>week|day|month|quarter)(?= (?:or so )?(?:away|after|before|later|earlier|ago|from|off)\b)"
)
# Results said as arriving: "sales came in at 70m", "did 2015 come in above 100m?" (a bare "come
# in" is arriving in a market, and "come in third" a rank)
CAME_IN_AT = re.compile(
    r"\b(?:come|came|comes|coming) in(?= (?:at|above|below|under|over|higher than|lower than|short of"
    r"|ahead of|behind|around|about|near|close to|north of|south of|less than|more than|fewer than)"
    r"(?: \w+)? \d)"
)
# A decimal comma before a scale: "7,2 million", "18,7m" (a thousands comma has three digits after it)
# ("60,61 million" is a list of two: only one digit after the comma is a decimal)
DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d)(?=\s?(?:m|mn|mil|million|millions|bn|billion)\b)")
# "us" before a market's noun: "xiaomi us sales", "the us market"
US_MARKET = re.compile(
    r"(?:(?P<before>\S+) )?\bus (?=(?:sales|market|markets|shipments|units|launch|expansion)\b)"
)
# ... but not where "us" is whom something is done for: "give us sales figures", "tell us sales"
US_AS_OBJECT = frozenset(
    "tell give show send let help for to of with get bring teach remind gave told showed sent got pull find"
    " fetch grab dig look check list post email text ping dm pulled found fetched grabbed listed posted"
    " checked".split()
)


def _us_as_a_country(found: re.Match) -> str:
    before = found.group("before") or ""
    if before in US_AS_OBJECT:
        return found.group()
    return f"{before} usa " if before else "usa "


# "actual" standing for the figure sold: alone after a target ("actual?", "and the actual?", "2015
# actual?"), or set against one ("ratio actual/projection", "over 2014 actual", "actual vs goal");
# "actual" is no sales word of its own, since "the actual target" is a target
# "not the half year", "not just h1": a part of the year set aside, never the one asked for
PART_DENIED = re.compile(
    r",?\s*\bnot (?:just |only |for )?(?:the |a |that )?(?:first |second |1st |2nd )?"
    r"(?:half[- ]?year(?:ly)?|half(?!\s+(?:of|the|its|their|a|an|that|this|what|as)\b)|h[12]|q[1-4]|quarter)"
    r"(?: (?:number|figure|total))?\b(?! of\b)",
    re.IGNORECASE,
)
# "was 2013 successful?", "how successful was 2016?": how a year went, judged, asked as "a good
# year" is ("the most successful year" is the best; "a successful 2017" what someone expects)
YEAR_JUDGED_SUCCESSFUL = re.compile(
    r"(?<=\bhow )successful(?= (?:was|were|is) (?:(?:19|20)\d\d|'\d\d)\b)"
    r"|(?<=\b(?:19|20)\d\d )successful(?=\s*(?:[?.!,]|$))"
    r"|(?<!\bmost )(?<!\bleast )(?<!\bmore )(?<!\bless )(?<!\ba )(?<!\breally )(?<!\bvery )"
    r"\bsuccessful(?= in (?:19|20)\d\d\b)",
    re.IGNORECASE,
)
GROWTH_NEGATIVE = re.compile(
    r"\b(?:growth|sales growth) (?:turn|turned|go|went|gone|become|became|get|got) negative\b", re.IGNORECASE
)
ACTUAL_AS_A_NOUN = re.compile(
    r"\bactuals?(?=\s*(?:/|,|\?|$)|\s+(?:vs|versus|to|and|or|against|compared|over|than|minus|divided)\b"
    r"|\s+'?(?:(?:19|20)\d\d|\d\d)\b)"  # "actual 14?", "actual 2015"
    # "over 2014 actual did ...": a year's actual, with no measure after it
    r"|(?<=(?:19|20)\d\d )actual\b(?!\s+(?:sales|sold|units|unit|figures?|numbers?|shipments|volumes?"
    r"|results?|targets?|goals?|projections?|forecasts?|deliveries|phones|smartphones|handsets|devices))",
    re.IGNORECASE,
)
# "who made the 40 million projection?", "who came up with the 70m target?": who set a target named
# by its number ("made" is no making of gadgets)
WHO_MADE_A_TARGET = re.compile(
    r"\b(who|whom) (?:made|makes|make|came up with|comes up with|issued|put out|put forward|floated) the"
    r"(?= (?:[\w.$]+ ){0,2}?\$?\d[\w.]* (?:[\w.]+ )?"
    r"(?:target|goal|projection|forecast|prediction|estimate)s?\b)"
)
# "did they beat what they projected?", "short of what they aimed for": the projection or target
# named by what was planned, not a question of what
WHAT_WAS_PLANNED = re.compile(
    # "did they sell what they planned?": sold as many as the plan, which is reaching it
    r"(?:\b(?P<sold>sell|sold|ship|shipped|move|moved) )?"
    r"\bwhat (?:they|it|xiaomi|the company|he|she|lei jun) (?:had |has |have )?"
    r"(?:first |originally |initially )?"
    r"(?P<plan>projected|forecast|forecasted|predicted|expected|targeted|planned|aimed for|hoped for"
    r"|wanted|promised|set out|was aiming for|were aiming for|were hoping for|was hoping for)"
    r"(?: to (?:sell|ship|move|hit|reach|do))?\b"
)
FORESEEN = frozenset({"projected", "forecast", "forecasted", "predicted", "expected"})


def _plan_named(found: re.Match) -> str:
    plan = "the projection" if found.group("plan") in FORESEEN else "the target"
    return f"reach {plan}" if found.group("sold") else plan


# "how many phones did xiaomi say it would sell in 2015?", "did lei jun think they'd hit 80m?": what
# someone said or thought would be sold is what was expected, a target, never the sales (the asker's
# own guess, "i thought they'd sell more", is no plan of theirs)
SAID_IT_WOULD_SELL = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )"
    r"\b(?:say|said|says|think|thought|thinks|reckon|reckoned|claim|claimed|claims|predict|predicted"
    r"|figure|figured|announce|announced|estimate|estimated|tell (?:us|people|investors)"
    r"|told (?:us|people|investors))(?: that)? (?:it|they|xiaomi|the company|he|she)"
    r"(?:'d| would| will|'ll| was going to| were going to| is going to| are going to| gonna)"
    r" (?P<verb>sell|ship|move|hit|reach|do|shift)\b"
)


# "..., did it?", "how close did they get?", "how many did it sell?": what came of it is asked beside
# what was said ("... vs what it actually sold" sets the two side by side, and keeps the plan)
OUTCOME_ASKED = re.compile(
    r"\b(?:did (?:it|they|he|she|xiaomi|that|the company)\b(?! say| said| think| claim| predict)"
    r"|(?:was|is|were|are) (?:it|he|she|that|this|they) (?:right|correct|true|accurate)"
    r"|right|correct|true|accurate"  # "..., right?" (not "... vs what it actually sold": both asked)
    r"|happen\w*|manage\w*|how close|how many did|how much did|end(?:ed)? up)"
)


def _expected_unless_the_outcome_asked(said: re.Match) -> str:
    """'what someone said would be sold' as what was expected, unless what follows asks what came of
    it ("he said they would sell 100m in 2015, did they?": the sales, checked)."""
    if OUTCOME_ASKED.search(said.string[said.end() :]):
        return said.group(0)
    return f"expected to {said.group('verb')}"


# A figure named by its size: "the 50 million mark", "the 100m level", "the 70m milestone".
NAMED_BY_SIZE = re.compile(
    r"\b(\d+(?:\.\d+)?\s?(?:m|mn|mil|million|millions|bn|billion)\b)\s+(?:unit |phone |sales )?"
    r"(?:mark|level|milestone|barrier|threshold)\b"
)
# "by mid-2015", "by the middle of 2015": what was sold by then is the first half.
MID_YEAR_HYPHENED = re.compile(r"\bmid-(?=(?:19|20)\d\d\b)")
HALF_NAMED = re.compile(r"\bhalf\b|\b[12]?h[12]?\b|\bhalves\b")
# ... but what came after that point is no first half: "sales after six months", "how many more after"
AFTER_THE_POINT = re.compile(
    r"\b(?:came|come|sold|sell|sales|shipped|made|happened|drop|dropped|fell|fall|grew|grow|more|rest)\s*$"
)
# ... where a figure is asked: "how many by july?", never "had they cut the target by july?"
FIGURE_SAID = re.compile(
    r"\b(?:sold|sell|sales|phones|units|shipped|reach|reached|percent|share|close|how many|how much|on track"
    r"|number|figure)\b|%"
)
BY_MID_YEAR = re.compile(r"\bby (?:the )?mid(?:dle of)?[- ]?(?P<year>(?:19|20)\d\d)\b")
# "by july 2015", "after six months", "halfway through 2015": what was sold in the first half
HALF_A_YEAR_IN = re.compile(
    r"\b(?:by (?:the end of )?june|by (?:the start of |early )?july|by mid[- ]?year"
    r"|after (?:the first )?(?:six|6) months(?! of))"
    r"(?:(?: of)? (?:the year|(?P<year>(?:19|20)\d\d)))?\b"
    r"|\b(?:halfway through|half way through|at the halfway (?:point|mark) of)"
    r" (?:the year|(?P<year2>(?:19|20)\d\d))\b"
)


def roman_year(numeral: str) -> int:
    """'mmxv' -> 2015: a year written in Roman numerals, read exactly."""
    values = [ROMAN_DIGITS[ch] for ch in numeral]
    return sum(-v if v < next_v else v for v, next_v in zip(values, [*values[1:], 0], strict=True))


def fiscal_years(text: str) -> str:
    """'fy15', 'fiscal year 2015', 'year ended december 31, 2016' -> the bare year."""
    if not any(key in text for key in FISCAL_KEYS):
        return text
    for pattern, replacement in FISCAL:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _two_digits(words: str) -> int:
    parts = words.replace("-", " ").split()
    return sum(TENS.get(p, 0) + SMALL_NUMBERS.get(p, 0) for p in parts)


def _year_from_words(match: re.Match) -> str:
    if match.group("oh"):
        return str(2000 + SMALL_NUMBERS[match.group("oh")])
    if match.group("teen"):
        return str(2000 + _two_digits(match.group("teen")))
    if match.group("digits"):
        return f"20{match.group('digits')}"
    return str(2000 + _two_digits(match.group("thousand")))


def years_in_words(text: str) -> str:
    """'twenty fifteen' -> '2015'; 'two thousand and twelve' -> '2012'; 'in fifteen and sixteen',
    'what about fifteen?' -> 2015 and 2016, where a year stands."""
    if "teen" in text:
        # (twice: "during fifteen and sixteen" reads its second year once the first is one)
        for _ in range(2):
            text = TEEN_YEAR.sub(lambda m: f"{m.group('pre')} {2000 + SMALL_NUMBERS[m.group('teen')]}", text)
    if "twenty" not in text and "thousand" not in text:
        return text
    return YEAR_WORDS.sub(_year_from_words, text)


UNIT_WORDS = {"zero": 0, **SMALL_NUMBERS}
DIGIT_WORDS = {w: n for w, n in UNIT_WORDS.items() if n < 10}
SCALE_WORDS = frozenset(
    {"million", "millions", "billion", "billions", "bn", "mn", "mln", "m", "mil", "thousand"}
)
HAS_SCALE = re.compile(r"\b(?:million|billion|bn|mn|mln|mil|m|thousand)s?\b")


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, words used) of 'twenty one', 'seventy', 'fifteen', 'seven' at words[i]."""
    if i >= len(words):
        return None
    if words[i] in TENS:
        unit = words[i + 1] if i + 1 < len(words) else ""
        if unit in DIGIT_WORDS and DIGIT_WORDS[unit]:
            return TENS[words[i]] + DIGIT_WORDS[unit], 2
        return TENS[words[i]], 1
    if words[i] in UNIT_WORDS:
        return UNIT_WORDS[words[i]], 1
    return None


def _amount_at(words: list[str], i: int) -> tuple[str, int] | None:
    """('21', 2) for 'twenty one million' at words[i]: a number in words, read only when a scale
    word follows it, so 'two years' and 'one of them' stay words."""
    value, used = 0, 0
    if words[i] in ("a", "one") and words[i + 1 : i + 2] == ["hundred"]:
        value, used = 100, 2
    elif words[i] in DIGIT_WORDS and words[i + 1 : i + 2] == ["hundred"]:
        value, used = 100 * DIGIT_WORDS[words[i]], 2
    if used and words[i + used : i + used + 1] == ["and"]:
        used += 1
    rest = _below_hundred(words, i + used)
    if rest:
        value, used = value + rest[0], used + rest[1]
    elif not used:
        return None
    elif words[i + used - 1] == "and":
        used -= 1
    text = str(value)
    if words[i + used : i + used + 1] in (["point"], ["pt"]):
        digits = []
        while i + used + 1 + len(digits) < len(words) and words[i + used + 1 + len(digits)] in DIGIT_WORDS:
            digits.append(str(DIGIT_WORDS[words[i + used + 1 + len(digits)]]))
        if not digits:
            return None
        text, used = f"{text}.{''.join(digits)}", used + 1 + len(digits)
    if words[i + used : i + used + 1] and words[i + used] in SCALE_WORDS:
        return text, used
    return None


def amounts_in_words(text: str) -> str:
    """'twenty one million' -> '21 million', 'seven point two million' -> '7.2 million': read
    exactly, word by word, never guessed at."""
    if not HAS_SCALE.search(text):
        return text
    words, out, i = text.split(), [], 0
    while i < len(words):
        found = _amount_at(words, i) or _amount_before_alternative(words, i)
        if found is None:
            out.append(words[i])
            i += 1
            continue
        out.append(found[0])
        i += found[1]
    return SHARED_SCALE.sub(r"\g<first> \g<scale> \g<joiner> \g<second> \g<scale>", " ".join(out))


# "60 or 61 million", "between 9 and 10 million": the scale written once is both numbers' scale.
SHARED_SCALE = re.compile(
    r"\b(?P<first>(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?) (?P<joiner>or|to|and) "
    r"(?P<second>\d+(?:\.\d+)?) (?P<scale>million|billion|bn|mn|mil|m)\b"
)


def _amount_before_alternative(words: list[str], i: int) -> tuple[str, int] | None:
    """'sixty' in 'sixty or sixty one million': a number in words whose scale comes after the
    alternative it is joined to; read with that scale, as in 'sixty million or 61 million'."""
    if words[i] not in UNIT_WORDS and words[i] not in TENS:
        return None
    for used in (1, 2):
        joiner, after = i + used, i + used + 1
        if after >= len(words) or words[joiner] not in ("or", "to", "and"):
            continue
        following = _amount_at(words, after) or (
            (words[after], 1) if re.fullmatch(r"\d+(?:\.\d+)?", words[after]) else None
        )
        if following is None or words[after + following[1] : after + following[1] + 1] == []:
            continue
        scale = words[after + following[1]]
        if scale not in SCALE_WORDS:
            continue
        amount = _amount_at([*words[i:joiner], scale], 0)
        if amount and amount[1] == used:
            return f"{amount[0]} {scale}", used
    return None


def _other_script(ch: str) -> bool:
    """A letter of a script other than Latin: Chinese, Cyrillic, Arabic."""
    # ("Δ", analysts' "change", is a sign, not Greek)
    return ch.isalpha() and not ch.isascii() and "LATIN" not in unicodedata.name(ch, "") and ch != "\u0394"


# "(1) ... (2) ...", "1) ... 2) ...", "1. ...": the numbers of a list of questions, which starts at 1,
# no figure or year ("2013 sales (x 3)" is a multiple)
LIST_STARTS = re.compile(r"^\s*\(?1[).]\s")
LIST_NUMBER = re.compile(r"(?:^|(?<=[\s?!]))\(?[1-9][).](?=\s)")
# "Привет! how many in 2013?", "你好，xiaomi 2014 sales": a greeting or thanks in another script
# before a stop, then a question all in Latin letters ("华为, how many?" names a company: kept)
OPENING_WORDS = re.compile(r"^\s*(?P<words>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[!,.\u3002\uff01\uff0c\u3001]+\s*")
GREETINGS_IN_OTHER_SCRIPTS = frozenset(
    "привет здравствуйте здравствуй приветствую спасибо добрый день доброе утро вечер "
    "你好 您好 大家好 谢谢 嗨 哈喽 早上好 "
    "こんにちは こんばんは おはよう ありがとう 안녕하세요 안녕 감사합니다 "
    "مرحبا شكرا سلام שלום תודה नमस्ते धन्यवाद γεια σας γειά ευχαριστώ สวัสดี ขอบคุณ".split()
)


def without_a_greeting_in_another_script(text: str) -> str:
    """The text after a greeting in another script, when the question after it is all in Latin
    letters: a Russian "hi" before an English question is no Russian question."""
    if text.isascii() or not (opening := OPENING_WORDS.match(text)):
        return text
    rest = text[opening.end() :]
    greeting = all(word in GREETINGS_IN_OTHER_SCRIPTS for word in opening.group("words").lower().split())
    if greeting and rest.isascii() and re.search(r"[a-zA-Z]{2}", rest):
        return rest
    return text


def share_of_other_scripts(text: str) -> float:
    """The share of letters that are not Latin: high for Chinese, Russian, Arabic questions."""
    if text.isascii():
        return 0.0
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _other_script(ch)) / len(letters)


# a Latin letter with an accent: "été", "año", "für" (English writes few, and none of the figures')
ACCENTED_WORD = re.compile(r"\b\w*[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]\w*")


def accented_words(text: str) -> int:
    """How many words are written with accented Latin letters: words of another language, mostly."""
    return 0 if text.isascii() else len(ACCENTED_WORD.findall(text))


INVERTED_MARK = re.compile(r"\u00bf\s*[^\W\d_]")


def has_inverted_mark(text: str) -> bool:
    """Whether a question is opened Spanish's way, with "¿", which no other language writes (a mark
    typed alone, "¿? wrong keyboard", opens nothing; "¡great!" may open English chat)."""
    return not text.isascii() and bool(INVERTED_MARK.search(text))


def has_other_script_word(text: str) -> bool:
    """Whether a word of two letters or more is written in another script: "多少" in "Xiaomi 在
    2014 sold 多少" asks something no English reading can know, though most letters are Latin."""
    if text.isascii():
        return False
    run = 0
    for ch in text:
        run = run + 1 if _other_script(ch) else 0
        if run >= 2:
            return True
    return False


# "xiaomi 2014 sales? who's the ceo?", "sales in 2015 and what was the target": two questions.
QUESTION_BREAK = re.compile(
    # ("alex: where does xiaomi sell?\nmia: US yet?": lines pasted from a chat, one message each)
    # (each break starts where its run of "?" or blanks does: a long run is scanned once, not once
    # from each of its characters)
    r"(?<![?\s])\?*\s*\n\s*(?=\S)|(?<!\?)\?+\s+(?=\S)|;\s+"
    r"|,?(?<!\s)\s+(?:and|also|plus|&)\s+(?=(?:what|whats|what's|who|whom|when|where|why|which|how)\b)"
    # "xiaomi sold 18.7m in 2013 btw who is the ceo": another question, set off by a word of its own
    r"|(?P<aside>[,.]?(?<!\s)\s+(?:btw|by the way|anyway|oh and|and btw|also btw)[,:]?\s+"
    r"(?=(?:what|whats|what's|who|whom|whos|who's|when|where|why|which|how|is|are|was|were|did|does|do)\b))"
    # "which markets is it in, and is the US one?": a question, then a check after a comma
    r"|,\s+and\s+(?=(?:is|are|was|were|did|does|do|has|have)\s+(?:it|they|he|she|that|this|the|xiaomi)\b)"
    r"|(?P<premise>,\s+(?:so\s+)?(?=(?:what|whats|what's|when|how|who|where|which|why)\b))"
    # "xiaomi sold 70 million in 2015. and in 2016?": a sentence stated, then a question
    r"|(?P<stated>(?<=\w)[.!]+\s+(?=\S))",
    re.IGNORECASE,
)
# "1) sales 2013 2) who is the ceo": the next item of a list that starts at 1
NEXT_LIST_ITEM = re.compile(r"\s+\(?[2-9]\)\s+(?=[a-z])", re.IGNORECASE)
# A sentence that asks: a question mark, or the words a question or a follow-up opens with
ASKING_SENTENCE = re.compile(
    r".*\?\s*$|\W*(?:and|but|so|what|whats|what's|how|which|who|when|where|why|is|was|were|did|does|do|can|could"
    r"|tell|give|show|compare|vs)\b",
    re.IGNORECASE | re.DOTALL,
)
YEAR_STATED = re.compile(r"\b(?:19|20)\d\d\b")
# "so 2014 was 61 or 60": a year's figure stated bare, in the figures' scale
YEAR_WAS_A_NUMBER = re.compile(
    r"\b(?:19|20)\d\d (?:was|were|is|came in at|at|had) (?:about |around |like |roughly )?\d"
)
# "ok 70m", "18.7, cool", "58 million, thanks": a figure said back with a nod, nothing asked
_NOD = (
    r"(?:ok|okay|k|kk|right|cool|got it|thanks|thank you|thx|ty|nice|great|so|yes|yeah|yep|wow|ah|oh|noted)"
)
ECHOED_FIGURE = re.compile(
    rf"\W*(?:{_NOD}\W+)*\d[\d.,]*\s*(?:m|mn|mil|million|millions|b|bn|billion)?(?:\W+{_NOD})*\W*",
    re.IGNORECASE,
)
# A figure stated before the question that follows it: "xiaomi sold 70m in 2015, how many in 2013?"
# is that statement and then a question of its own (a supposition is one question: "if they sold
# 80m in 2015, how much would growth be?")
STATED_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:m|mn|mil|million|millions|bn|billion)\b", re.IGNORECASE)
# ... and so is a clause setting the scene: "after selling 34.7m in h1, how many more were needed?"
SUPPOSING = re.compile(
    r"\W*(?:(?:and|so|but|ok|okay)\s+)?"
    r"(?:if|suppose|supposing|say|assuming|assume|imagine|what if|had|after|before|with|since|once|when"
    r"|by|having|to|for|at|from|in|against|compared|relative|vs|versus|measured|considering)\b",
    re.IGNORECASE,
)
MAX_QUESTIONS = 3  # in one message; more is a list, not a chat question


# "the difference between the goal and what they sold": that "and" ends the pair "between" opened.
OPEN_PAIR = re.compile(r"\b(?:between|both)\b(?!.*\band\b)", re.IGNORECASE)


def _premise_apart(before: str, after: str) -> bool:
    """Whether a statement of a figure before a comma stands apart from the question after it:
    "xiaomi sold 70m in 2015, how many in 2013?" (not "xiaomi sold 18.7m, what year was that?",
    which asks of it, nor "if they sold 80m, how much growth?", which supposes it)."""
    if not STATED_FIGURE.search(before) or SUPPOSING.match(before) or not PREMISE_ASKED.match(after):
        return False
    return POINTING_BACK.search(after) is None


PREMISE_ASKED = re.compile(r"(?:what|whats|what's|when|how)\b", re.IGNORECASE)


def _questions_apart(before: str, after: str) -> bool:
    """Whether a question before a comma and one after it are two: "who is the ceo, who is kevin
    wang?", "when was xiaomi founded, where is it based?" (not "what if they sold 80m, how much
    more?", which supposes, nor "how many in 2015, when sales peaked?", whose clause says which year)."""
    if len(before.split()) < REMARK_WORDS or not QUESTION_OPENED.match(before.lstrip()):
        return False
    if RELATIVE_CLAUSE.match(after):
        return False  # "how many did xiaomi, which is based in china, sell in 2015?": one question
    # ("why do the sources disagree, what does each say?": one question, its second part of the first)
    return QUESTION_OPENED.match(after) is not None and not LEANS_ON_WHAT_WAS_SAID.search(after)


# "..., which is based in china, sell ...": a clause set in the question between commas
RELATIVE_CLAUSE = re.compile(r"(?:which|who|whose)\b[^,?]*,", re.IGNORECASE)
# A question opened by a question word and its verb: "who is", "what was", "how many"
QUESTION_OPENED = re.compile(
    r"(?:who|whom|what|where|when|which|how|why)\s+(?:is|was|are|were|did|does|do|has|have|had|many|much|old"
    r"|big|long)\b|(?:whats|what's|who's|where's|how's)\b",
    re.IGNORECASE,
)


def _asks_of_what_was_said(after: str) -> bool:
    """Whether a line asks whether what was said before it holds ("is that true?", "fact check?")."""
    return bool(VERDICT_ASKED.search(after) or FACT_CHECK.search(after)) and not YEAR_STATED.search(after)


FACT_CHECK = re.compile(r"\b(?:fact ?check|source|sources|proof|prove it|citation)\b", re.IGNORECASE)


def _figure_said_back(before: str, after: str) -> str:
    """How a sentence that is only a figure said back with a nod ("ok 70m", "58 million, thanks")
    stands before a question: "dropped" before a question of something else (another year, or a
    follow-up opened with "and"); "asked on" before one pointing back at what was asked ("so 7.2m.
    how much did it grow the next year?"); "" otherwise ("58 million. which year?" asks of the
    number, "2015. how many?" names the year asked)."""
    if not ECHOED_FIGURE.fullmatch(before) or YEAR_STATED.search(before) or not ASKING_SENTENCE.match(after):
        return ""
    if POINTING_BACK.search(after):
        return "asked on"
    return "dropped" if FOLLOW_UP_OPENING.match(after) or YEAR_STATED.search(after) else ""


# "and 2016?", "what about the target?": a question leaning on the last, opened as one
FOLLOW_UP_OPENING = re.compile(r"\W*(?:and|what about|how about|so what about|ok and|but)\b", re.IGNORECASE)


def _statement_apart(before: str, after: str) -> bool:
    """Whether a sentence stating a figure of a year stands apart from the question after it:
    "xiaomi sold 70 million in 2015. and in 2016?" is that figure, checked, and then a question
    leaning on it ("so 2015 was 70m. growth from 2013 to that?"); a supposition is one question."""
    stated = (STATED_FIGURE.search(before) and YEAR_STATED.search(before)) or YEAR_WAS_A_NUMBER.search(before)
    if not stated or SUPPOSING.match(before):
        return False
    if VERDICT_ASKED.search(after) and not YEAR_STATED.search(after):
        return False  # "dave says 100m in 2015. is he right?": the statement is what is asked about
    return "?" not in before and ASKING_SENTENCE.match(after) is not None


def remark_then_question(text: str) -> tuple[str, str] | None:
    """(the remark, the question) of a message that says something, then asks a question of its
    own: "Xiaomi is in transition. What were 2016 sales?"; None for anything else. Whether the
    remark names nothing the question needs is for the reader to say."""
    found = list(QUESTION_BREAK.finditer(text))
    if any("?" in m.group() or m.group("stated") is None for m in found):
        return None  # a question before the last one, or a line or clause break: more than a remark
    breaks = [m for m in found if ".." not in m.group()]
    if not breaks:
        return None
    # ("Hello! Hope you're well. Could you remind me ...?": every sentence before the last is the remark)
    before, after = text[: breaks[-1].start()], text[breaks[-1].end() :]
    return (before.strip(), after.strip()) if _remark_then_question(before, after) else None


def _remark_then_question(before: str, after: str) -> bool:
    """'Xiaomi is in transition. What were 2016 sales?', 'Xiaomi was founded in 2010. How many phones
    in 2012?': a remark, then a question of its own; not a question that points back at the remark
    ("lei jun promised 80m. did he deliver?") or takes its year from it ("2016 was rough. how much did
    they sell?"), nor a greeting or a supposition before it."""
    if "?" in before or SUPPOSING.match(before) or len(before.split()) < REMARK_WORDS:
        return False
    if YEAR_STATED.search(before) and not YEAR_STATED.search(after):
        return False
    if INTRODUCES_THE_QUESTION.search(before):
        return False  # "I have a question about India. how many in 2015?": the question's own subject
    if QUESTION_OF_ITS_OWN.match(before) or len(after.split()) < REMARK_WORDS:
        return False  # "How many in 2013. How many in 2014.": two questions; "how big?": of the remark
    how = HOW_SO.match(after)
    if how and how.group(1).lower() in before.lower().split():
        return False  # "2014 growth was insane. How insane, compared to 2013?": the remark, measured
    if STATED_FIGURE.search(before) or SUM_STATED.search(before):
        return False  # "xiaomi sold 1.5 million phones on one day. how many in 2015?": a figure, weighed
    if POINTING_BACK.search(after) or LEANS_ON_WHAT_WAS_SAID.search(after) or VERDICT_ASKED.search(after):
        return False
    return QUESTION_OF_ITS_OWN.match(after) is not None


# "where else?", "what number does each one give?", "what should i answer?": of the remark before
LEANS_ON_WHAT_WAS_SAID = re.compile(
    r"\b(?:else|each|both|other|another|answer|reply|say to|he|she|him|his|her)\b", re.IGNORECASE
)
SUM_STATED = re.compile(r"\$\s?\d|\b\d+\s?(?:dollars|bucks|usd)\b", re.IGNORECASE)
INTRODUCES_THE_QUESTION = re.compile(r"\b(?:question|asking|ask|wonder\w*|curious|about)\b", re.IGNORECASE)
HOW_SO = re.compile(r"\W*how (\w+)", re.IGNORECASE)
REMARK_WORDS = 3  # "Hi there." is a greeting; "Xiaomi is cheap." says something
QUESTION_OF_ITS_OWN = re.compile(
    r"\W*(?:what|whats|what's|how|which|who|when|where|why|is|was|were|did|does|do|can|could)\b",
    re.IGNORECASE,
)
# Words asking whether something said holds: "is he right?", "sounds off?", "true?"
VERDICT_ASKED = re.compile(
    r"\b(?:right|true|truth|correct|accurate|wrong|off|legit|plausible|real|really|sure|confirm|check|verify"
    r"|agree|believe|fact|facts|lying|lie|mistaken|made up|fake|bs)\b",
    re.IGNORECASE,
)


# "(article dated april 2017)", "(asking as of april 2017)": an aside in brackets dating the question,
# the message's end ("(i know 2014 is messy)" is a remark of its own)
BRACKETED_ASIDE = re.compile(
    r"\s*\([^()]*\b(?:article|piece|story|dated|as of|from)\b[^()]*\b(?:19|20)\d\d\b[^()]*\)\W*"
)
# "... anyway how many did they sell there?": a place or time the aside named, pointed back to
POINTED_BACK_TO_AN_ASIDE = re.compile(r"\b(?:there|then|that year|those|these)\b", re.IGNORECASE)
POINTING_BACK = re.compile(r"\b(?:that|this|it|those|these|then|there)\b", re.IGNORECASE)


# "xiaomi sold 60m in 2014, just like its projection?": a claim, then another thing said to be the same
LIKENESS_CLAIMED = re.compile(
    r"(?P<claim>[^?]{6,200}?),\s*(?:the )?"
    r"(?:same as|just like|like|equal to|identical to|matching|as much as) (?P<other>[^?,]{2,60}?)\s*\?\W*",
    re.IGNORECASE,
)
# "xiaomi sold 70m in 2015. was that its target?": a claim, then whether its amount was another thing's
AMOUNT_LIKENED_ASKED = re.compile(
    r"(?P<claim>[^?]{0,100}?\b(?:sold|sells?|selling|hit|reached|shipped|moved|made|achieved|got|managed"
    r"|delivered)\b[^?]{2,100}?)\s*[,.;:!]+\s*(?:so |and |but )?(?:was|is|were|wasn't|isn't|which was) "
    r"(?:that |this |it )?(?:also |actually |really |even )?"
    r"(?P<other>(?:its|the|their|his|(?:\w+ )?\w+'s) [^?,]{2,40}?)\s*\?\W*",  # ("... xiaomi's target?")
    re.IGNORECASE,
)
LIKENED_THING = re.compile(
    r"\b(?:sales|target|targets|goal|goals|projection|projections|forecast|iphones?|apple)\b", re.IGNORECASE
)
NOT_LIKENED = re.compile(
    r"\b(?:article|piece|report|source|says|said|wanted|planned|everyone|before|after"
    # ("was that their lowest sales since 2013?": a rank among the years, no amount of its own)
    r"|lowest|highest|best|worst|biggest|smallest|most|least|record|since|ever)\b",
    re.IGNORECASE,
)
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
AMOUNT_CLAIMED = re.compile(
    r"\$?(?<![\d.])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:m|mn|mil|million|bn|billion|k)?\b(?![-/])", re.IGNORECASE
)


def claim_and_its_likeness(text: str) -> list[str] | None:
    """'xiaomi sold 60 million in 2014, just like its projection?', 'xiaomi sold 70m in 2015. was that
    its target?': the claim, and the claim that the other thing was the same amount ("is its projection
    60 million?"), each checked; None where the message is no claim of an amount followed by a likeness."""
    found = LIKENESS_CLAIMED.fullmatch(text.strip()) or AMOUNT_LIKENED_ASKED.fullmatch(text.strip())
    if found is None or "?" in found["claim"]:
        return None
    # (only another measure or thing said to be the same: "its projection", "iphones"; never a year,
    # an article or what someone said or wanted, which the claim's own check answers)
    if not LIKENED_THING.search(found["other"]) or NOT_LIKENED.search(found["other"]):
        return None
    amounts = AMOUNT_CLAIMED.findall(found["claim"])
    if not amounts:
        return None
    other = f"{found['other'].strip()} {amounts[-1].strip()}"
    years = A_YEAR.findall(found["claim"])
    if len(years) == 1 and not A_YEAR.search(found["other"]):
        other += f" in {years[0]}"  # ("..., same as its sales?": the sales of the year claimed)
    return [f"{found['claim'].strip()}?", f"is {other}?"]


def split_questions(text: str) -> list[str]:
    """The questions in one message, each with some letters; the message itself when it is one."""
    if parts := claim_and_its_likeness(text):
        return parts
    if LIST_STARTS.match(text) and 1 < len(items := NEXT_LIST_ITEM.split(text)) <= MAX_QUESTIONS:
        # "1) sales 2013 2) who is the ceo": each item of the list, and the questions within it (a
        # longer list, "1) sales 2012 ... 5) sales 2016", is read whole, never cut short)
        parts = [part for item in items for part in split_questions(item)]
        if len(parts) <= MAX_QUESTIONS:
            return parts
    whole, text = text, text[: MAX_QUESTION_CHARS * 2]
    parts: list[str] = []
    start = 0
    echoed = False
    for match in QUESTION_BREAK.finditer(text):
        before = text[start : match.start()]
        if "?" not in match.group() and ";" not in match.group() and OPEN_PAIR.search(before):
            continue  # "between X and what ...": one question
        if BRACKETED_ASIDE.fullmatch(text[match.end() :]) and YEAR_COUNTED_FROM_NOW.search(before):
            continue  # "how many last year? (article dated april 2017)": an aside dating the question
        next_line = text[match.end() :].split("\n", 1)[0]
        if "\n" in match.group() and (before.lstrip().startswith(">") or _asks_of_what_was_said(next_line)):
            continue  # "> xiaomi sold 80m in 2015\nfact check?": the quote, and the check of it
        after = text[match.end() :]
        if match.group("aside") and POINTED_BACK_TO_AN_ASIDE.search(after):
            continue  # "i'm in india rn. anyway how many did they sell there?": one question
        if match.group("premise") and not (_premise_apart(before, after) or _questions_apart(before, after)):
            continue  # "in 2015, how many did they sell?": one question
        said_back = match.group("stated") and _figure_said_back(before, after)
        if said_back == "asked on":
            # "so 7.2m. how much did it grow the next year?": the figure checked, then the question
            parts.append(before.strip())
            start = match.end()
            continue
        if said_back:
            echoed = True  # "ok 70m. and 2016?": the figure just given, said back, asks nothing
            start = match.end()
            continue
        if match.group("stated") and not _statement_apart(before, after):
            continue  # "Hi. How many in 2015?", "see 2015. it was big": one question, or none
        parts.append(before.strip())
        start = match.end()
    parts.append(text[start:].strip())
    parts = [p for p in parts if sum(c.isalpha() for c in p) >= 3]
    return parts[:MAX_QUESTIONS] if len(parts) > 1 or (echoed and parts) else [whole]
