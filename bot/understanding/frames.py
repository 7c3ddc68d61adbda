"""A question as a frame: what is measured, about whom, for which periods, and what to do with it.

Slots are filled from exact entities (years, periods, quantities, companies, places) and from
the lexicon (metric words, operations, kinds of question, small talk, metrics known to be
absent). Words the frame has no slot for are chatter, except an unknown word where the thing
measured is named ("how many scooters", "xiaomi scooter sales"): then the bot does not have it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from bot.understanding.entities import (
    ACQUAINTANCES,
    ASKED_WHETHER,
    COMPANY_NAMED,
    HALVES_BY_A_MONTH,
    IN_MILLIONS,
    MARGIN_SIDE,
    MONEY_TERM,
    MONTHS,
    NOT_A_WHAT_IF,
    NUMBER,
    PART_REFERRED,
    QUANTITY,
    QUANTITY_SCALE,
    STILL_TO_GO,
    TARGET_WORD,
    VAGUE_PARTS,
    YEAR,
    Calc,
    Calculation,
    Entities,
    Vocabulary,
    amount_written,
    extract_entities,
    scale_of,
    side_of,
)
from bot.understanding.lexicon import FuzzyWords, Hit, Lexicon, Role, Tolerance, tagged_base_forms
from bot.understanding.normalise import (
    ROMAN_YEAR,
    accented_words,
    claim_turned_round,
    clean,
    has_inverted_mark,
    has_other_script_word,
    negated_auxiliary,
    share_of_other_scripts,
    without_a_greeting_in_another_script,
    without_set_aside,
)


class Operation(StrEnum):
    VALUE = "figure"
    CHANGE = "change"
    RATIO = "ratio"
    TOTAL = "total"
    AVERAGE = "average"
    BEST = "best"
    WORST = "worst"
    COMPARE = "compare"
    REVERSE = "reverse"
    GAP = "gap"
    SERIES = "series"
    CHART = "chart"
    SOURCES = "sources"


class Ask(StrEnum):
    WHO = "who"
    WHEN = "when"
    WHERE = "where"
    WHY = "why"
    HOW_MANY = "how_many"
    HOW_MUCH = "how_much"
    WHICH = "which"
    WHAT = "what"
    SAID = "said"  # what someone said or thinks: a quote is wanted
    COMPANY = "company"  # which company: "which brand sold the most?"
    ABOUT = "about"  # what there is to say of something: "tell me about xiaomi", "xiaomi overview"


# Of several operations named, the one that decides: "total growth" is a change.
OPERATION_ORDER = (
    Operation.CHART,
    Operation.SOURCES,
    Operation.GAP,
    Operation.RATIO,
    Operation.CHANGE,
    Operation.BEST,  # "best year overall", "total sales in their best year": the best year
    Operation.WORST,
    Operation.AVERAGE,
    Operation.TOTAL,
    Operation.COMPARE,
    Operation.SERIES,
)
# Operations computed from a series of figures.
NUMERIC = frozenset(
    {Operation.CHANGE, Operation.RATIO, Operation.TOTAL, Operation.AVERAGE, Operation.BEST, Operation.WORST,
     Operation.COMPARE, Operation.GAP, Operation.SERIES}
)  # fmt: skip
# (how far off a guess was, "how much was i off", is between it and the figure)
BETWEEN_WORDS = frozenset({"gap", "difference", "between", "apart", "spread", "how far off", "far off"}) | {
    "off by how much",
    "how much off",
    "how much was i off",
    "how much were we off",
    "how much was he off",
    "by how much was i off",
    "by how much were we off",
}
DIRECTIONS = ("rise", "fall")  # lexicon operations that are a change with a direction
# Lexicon entries of figure questions: weaker evidence of which company fact is meant.
WEAK_ROLES = (Role.OPERATION, Role.SALES, Role.COUNTED, Role.METRIC)
FIGURE_ROLES = (Role.SALES, Role.COUNTED, Role.METRIC)
# Change words that, said of a target, mean it was revised, not measured against sales.
# "xiaomi 2015 vs target", "target vs actual 2015": a year's figure set against its target (not "vs the
# 2017 target", which names the target's own year)
TARGET_VERSUS = re.compile(
    r"\b(?:vs|versus|against|compared? (?:to|with)|relative to|next to)\.? (?:the |its |their )?"
    r"(?:[a-z]+ |\d+(?:\.\d+)?\s*(?:m|mn|million) )?"
    r"(?:target|goal|projection)s?\b"
    r"|\b(?:target|goal|projection)s? (?:vs|versus|against|compared (?:to|with))\b"
)
# "compared to the target", "against the goal": a year's sales measured by it ("original vs revised
# goal" sets two targets side by side)
SALES_AGAINST_TARGET = re.compile(
    r"\b(?:compared? (?:to|with)|relative to|against|next to)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:m|mn|million)\s+|[a-z]+\s+)?(?:target|goal|projection)s?\b"
)
# Two measures side by side: "2015 sales and the target", "valuation & 2016 sales".
# (from the first space of a run only: tried from each space of a long run, it took quadratic time)
# "the 2015 article says ...": the article itself the one saying it, its own year the "this year"
ARTICLE_SAYS = re.compile(
    r"\W*the (?:19|20)\d\d (?:article|piece|story|report) (?:says|said|puts|gives|has|reports|reported)\b"
)
# ("2013 sales, 2016 sales, ceo name", "2016 sales + mi 6 launch date": a list of measures)
MEASURE_JOIN = re.compile(
    r"(?<!\s)\s+(?:and|&|\+|plus|as well as)\s+(?!incl)(?:also\s+)?|(?<!\s),\s+(?:and|also|plus)\s+"
    r"|(?P<comma>(?<!\s),\s+)",
    re.IGNORECASE,
)
MEASURES_LISTED = 3  # at most, in one message, as questions are
PLUS_JOIN = re.compile(r"&|\+|\bplus\b")
# a side of a comma that asks a question of its own, or only chats: no list of measures
SIDE_ASKS = re.compile(
    r"\W*(?:(?:but|and|so|ok)\s+)?(?:what|whats|what's|how|who|when|where|which|why|is|are|was|were|did|does|do"
    r"|can|could)\b.*",
    re.IGNORECASE | re.DOTALL,
)
SIDE_CHATS = re.compile(
    r"\W*(?:please|pls|plz|thanks|thx|ty|lol|sorry|hi|hey|hello|ok|okay)\b.{0,20}", re.IGNORECASE
)


def _one_question_by_its_words(texts: list[str], joins: list[re.Match], commas: bool, whole: Frame) -> bool:
    """Whether a message is one question by what is plain before its sides are read (each read
    costs as much as the question): anything but a sum or nothing worked out, a sum said with
    "and" ("sales in 2012 and 2013 together"), or a comma beside a question or chat ("in Q2 2015,
    who was top?", "sorry to bother, but how much ...?", "sales in 2012, please")."""
    if whole.operation not in (None, Operation.TOTAL) or whole.yes_no or whole.quantities:
        return True
    if whole.operation is Operation.TOTAL and not any(PLUS_JOIN.search(join.group()) for join in joins):
        return True
    if not commas:
        return False
    if whole.asks or any(SIDE_ASKS.fullmatch(text) for text in texts) or SIDE_CHATS.fullmatch(texts[0]):
        return True
    return len(texts) == 2 and SIDE_CHATS.fullmatch(texts[1]) is not None


BETWEEN_OR_BOTH = re.compile(r"\b(?:between|both)\b", re.IGNORECASE)
REVISION_WORDS = frozenset(
    {
        "cut",
        "cutting",
        "lowered",
        "lowering",
        "lower",
        "reducing",
        "scaling back",
        "slashing",
        "trimming",
        "reduced",
        "reduce",
        "scaled back",
        "scale back",
        "slashed",
        "raised",
        "revised",
        "revision",
        "trimmed",
        "trim",
        "downgraded",
        "downsized",
        "shrink",
        "shrank",
        "shrunk",
        "knocked off",
        "knock off",
        "shaved off",
        "take off the",
        "took off the",
    }  # fmt: skip
)
# One of a year's targets named as the later or the earlier one: "the revised goal", "the one cut in
# march"; "the original target"
# "the final target" is the revised one; "the final result", "the final number" are the sales the year
# ended with, no target's version
FINAL_VERSION = r"final(?! (?:results?|numbers?|figures?|tally|count)\b)(?! sales\b(?! (?:target|goal)))"
REVISED_WORD = rf"(?:new|revised|updated|reduced|lowered|later|{FINAL_VERSION})"
LATER_TARGET = rf"(?:{REVISED_WORD}|scaled[ -]back|cut|march)"
LATER_TARGET_NAMED = re.compile(rf"\b{LATER_TARGET}\b")
HALF_WORD = re.compile(r"\b(?:half|halves|h1|h2|quarter|quarters|q[1-4]|months?)\b")
EARLIER_TARGET_NAMED = re.compile(r"\b(?:original|first|initial|old|earlier|starting)\b")
# A target named as the revised one: "the new 2015 target", "the revised goal"
REVISED_TARGET_NAMED = re.compile(rf"\b{REVISED_WORD}(?: (?:19|20)\d\d)?(?: sales)? (?:target|goal)")
# ... and a margin said to it: "10 million below the revised goal", "under the cut target"
MARGIN_TO_A_REVISED_TARGET = re.compile(
    rf"\b(?:{MARGIN_SIDE}|beyond|past) (?:the |its |their )?"
    rf"{LATER_TARGET}(?: (?:19|20)\d\d)?(?: sales)? (?:target|goal)"
)
# Sales words that say "units sold" only next to a period or a count: "the number one maker".
ACTUAL_WORDS = frozenset({"actual", "actuals"})
# "the 2015 peak", "the 2015 actual result": what was sold that year, said right after it
SOLD_AFTER_A_YEAR = ACTUAL_WORDS | {"peak", "result", "results", "outcome", "performance"}
WEAK_SALES_WORDS = frozenset(
    "perform performed performance figure figures number numbers amount count tally".split()
)
# Gap words that mean "beat the other one" when no target is named.
# Gap words that ask for a gap to a target even with none named: "so how many short?"
GAP_ALONE = frozenset(
    {
        "how many short",
        "how much short",
        "shortfall",
        "short of",
        "fell short",
        "how far short",
        "how short",  # "how short?", "short by?" after a target: how far it was missed
        "how short of",
        "short by",
        "how far off",
        "far off",
        "missed",
        "miss",
    }
)
SHORT_OF_A_YEAR = re.compile(  # ... or missed it: "did 2016 miss 2015('s level)?"
    r"\b(?:short of|miss|missed) (?:the |their |its |xiaomi's )?(?:19|20)\d\d\b"
    r"(?! (?:\w+ )?(?:target|goal|projection|forecast|number|mark|benchmark|quota|aim|plan|bar|tgt)s?\b)"
)
PERCENT_SIGNED = re.compile(r"\d\s?%")  # "200%": a percentage, written with its sign
GAP_AS_COMPARE = frozenset({"beat", "beaten", "surpass", "surpassed", "exceed", "exceeded"})

# Function words: never a sign of what is asked, never an unknown measure.
STOPWORDS = frozenset(
    """a an the is are was were be been being am do does did done doing have has had having of
    in on at to for from by with about as into over during than then so and or but not no
    nor what which who whom whose when where why how it its they them their there this that
    these those i me my we our you your he him his she her one ones any some all each
    every much many can could would should will shall may might must also too very
    just still yet ever year years yeah yes s t get got give tell know let think
    want wants wanted like look looking mention mentioned wonder curious exact really quite name
    named company companies did u ur r pls plz guess idea info information details detail
    please need needed wondering quick question hey again whats thats hows wheres whos
    both either neither other another same such only ok okay well now here up out off
    way kind sort lot lots bit something anything thing things stuff number numbers else
    apart except actually basically true correct right accurate ask asking asked between among after
    isn wasn doesn didn aren weren hasn haven won don can couldn wouldn shouldn actual real official
    isnt wasnt doesnt didnt arent werent hasnt havent dont cant couldnt wouldnt shouldnt
    final annual yearly reported estimated approximate approximately rough roughly approx about
    around exactly precise precisely asap quick quickly two three four five six seven
    eight nine ten twice
    before since until within without against per via onto upon while last first next previous
    latest recent recently currently current now today ago already soon later earlier once
    always never often sometimes usually maybe perhaps probably definitely certainly anyway
    though although however because if unless whether even ever more less least most much
    own same new old big small good bad great little long short high low full whole half
    make made makes see seen seem seems said says go goes going went come came take took put
    let lets use used using find found show shows shown mean means meant try trying tried
    thank thanks hello hi hey yo guys folks everyone anyone someone somebody everybody
    nothing everything something anybody nobody whatever whichever whoever whenever
    here there where everywhere somewhere anywhere second third article articles story piece
    down back consecutive successive straight row able unable capable
    stay stays stayed remain remains remained""".split()
) - {"old", "high", "low", "short", "half", "made", "makes", "make", "first"}
SALES_NOUNS = frozenset({"sales", "sale", "shipments", "units sold", "unit sales"})  # a count, never a price
NOT_A_NAME_ENDINGS = ("ly", "wide")  # "globally", "worldwide": how or where, never a seller
# endings of ordinary words, never a company's name: "and Following?", "and Position?"
WORD_ENDINGS = (
    "ing", "ion", "ions", "ward", "wards", "ment", "ness", "ity", "share", "ers", "day", "days",
    "ence", "ance", "year", "ent", "ior", "ic", "ous", "ond", "een", "ate", "tic", "oof",
)  # fmt: skip
# "and Honor?", "what about Lava in 2014?", "compare with Micromax": a follow-up naming only its
# company, capitalised as a name is (lower case, "and globally?" may be any word)
NAME_FOLLOWED_UP = re.compile(
    r"^(?i:and|&|and what about|what about|how about|same for|now|vs\.?|versus"
    r"|compare(?: it| that| them)? (?:with|to|against)|(?:was|is) (?:that|it) (?:more|less) than)"
    r"\s+(?P<name>[A-Z][A-Za-z]+)"  # capitalised as a name is, whatever the opener's case
    r"(?i:(?:'s?)?(?:,? (?:in |for )?(?:19|20)\d\d| target| best year| sales| phones)?)\s*[?!.]*$"
)
# The words a seller's name follows in a question: "did zorblax sell", "has acme shipped".
SELLER_BEFORE = frozenset({"did", "does", "do", "has", "have", "had", "will", "would", "can", "could"})
# Kept out of that list, though common: words the facts use to mean something ("five years old",
# "short of", "first half", "makes fitness trackers")
# "@huawei", "https://www.samsung.com/x": a handle's name, and a site's own name in its address
HANDLE_OR_SITE = re.compile(
    r"(?<![\w.])@(\w+)|\b(?:https?://|www\.)(?:www\.)?(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,6}\b"
)
SELLING_VERB = re.compile(r"(?:sell|sold|ship|move|moved|shift|deliver|push|offload)")
SELLER_WORDS = 5  # the most words a seller's name takes: "did the company from mountain view sell"
# the nouns a company's name goes with: "acme corp", "the zorblax company", "tim cook's company"
SELLER_NOUNS = frozenset(
    "company companies firm corp corporation inc ltd group maker makers brand giant startup manufacturer"
    " vendor outfit electronics technologies mobile".split()
)
# "did the guys sell", "did the team sell": the company's people, said for the company
THE_COMPANYS_PEOPLE = frozenset("team guys folks lads people staff".split())
# ... and other words for a company: "did the business sell", "did the unicorn sell"
OTHER_COMPANY_WORDS = frozenset(
    """business biz organisation organization enterprise unicorn conglomerate behemoth powerhouse heavyweight
    underdog crew boys mob""".split()
)
SELLER_NOUN_NAMES = "|".join(sorted(SELLER_NOUNS))  # as a pattern's alternatives
# "did tim cook's company sell", "has steve jobs' firm shipped": the owner of the company asked about
OWNERS_COMPANY = re.compile(
    r"\b(?:did|does|has|have|had) (?P<owner>[a-z]+(?: [a-z]+)?)(?:'s|')"
    r" (?:company|firm|business|brand|startup)\b"
)
# "12 million less than 2015", "9m more than in 2014": a margin claimed between two years
MARGIN_TO_A_YEAR = re.compile(
    r"\d\s?(?:m|mn|mil|million|millions|k|bn|billion)?\s+(?:phones\s+|units\s+)?"
    r"(?:more|less|fewer|higher|lower|bigger|smaller)\s+than\s+(?:in\s+)?(?:the\s+)?(?:19|20)\d\d\b"
)
# words that make a seller no other company: the asker's, a pronoun's, a word of emphasis
NOT_A_SELLERS_NAME = frozenset(
    "i we you my our your his her their its they it he she them fact indeed actually really".split()
)
# A part of a year carried to the whole: "if they kept that pace all year", "h1 annualized"
# "monthly run-rate", "pace per month": a rate of a unit, named as such
RATE_WORDS = frozenset({"pace", "run", "rate"})
RATE_OF_A_UNIT = re.compile(
    r"\b(?:monthly|weekly|daily|quarterly|average)\W+(?:sales\W+)?(?:pace|run\W?rate)\b"
    r"|\b(?:pace|run\W?rate)\W+(?:per|a|each) (?:month|week|day|quarter)\b"
)
AT_PACE = re.compile(
    r"\b(?:pace|run rate|at (?:that|this|the same) rate|same rate|kept (?:it )?up"
    r"|annuali[sz]ed?|extrapolat\w*)\b"
)
# "how old was xiaomi in 2016?", "how many years after founding was 2014?": the years since the event
# "3 years after founding", "two years after it was founded": from the founding, named by its verb
AFTER_FOUNDING_WORDS = (
    r"\byears? (?:after|since|from) (?:it was |its |the company's |the company was |the |their )?"
    r"found(?:ed|ing)\b"
)
# "2011, the year after it started": a year said again by the event it follows or comes before
YEAR_OF_AN_EVENT = re.compile(
    r"(?:19|20)\d\d,? (?:the|which was the|i\.?e\.? the) year (?:after|before) (?:it|they|xiaomi|the company)"
    r" (?:started|was founded|got founded|began|launched|was set up|was started)\b"
)
# "2010, the year they were founded": a year named, then said again by the founding
YEAR_OF_THE_FOUNDING = re.compile(
    r"(?:19|20)\d\d,? (?:the|which was the|i\.?e\.? the|when) (?:year )?(?:it|they|xiaomi|the company)"
    r" (?:were |was |got )?(?:started|founded|began|launched|set up)\b"
)
AGE_ASKED = re.compile(
    r"\bhow old\b|\bwhat age\b|\bhow many years old\b|\bits age\b"
    # ("how many years since they sold 70m?" is no age: years since the founding only)
    rf"|\bhow many {AFTER_FOUNDING_WORDS}"
    r"|'s age\b|\bage (?:in|of|as of|by|when|at the time)\b|\bat what age\b"
)
PERCENT_ASKED = re.compile(
    r"\b(?:what|how many) (?:percent|percentage)|\bby how much\b"
    r"|\b(?:in|as a|as) (?:percent|percentage|%)(?:s|age terms)?\b"  # "how much bigger, in percent?"
)
FIGURES_SAY = re.compile(r"\b(?:numbers|figures|data|stats|statistics) (?:say|show|tell)")
# "will sales grow?", "how much are they gonna sell?": what is yet to happen, which no figure says
# ("my boss will ask", "this is gonna sound dumb": only a figure's own verb is of the future)
FUTURE_ASKED = re.compile(
    r"\b(?:will|gonna|going to|shall)\s+(?:\w+\s+){0,2}?(?:sell|sales|ship|shipments|grow|rise|fall|drop"
    r"|decline|increase|decrease|shrink|reach|hit|beat|keep|continue|recover|rebound|move|shift|manage)\b"
)
# "how many did I sell?", "have I sold more?", "my own sales": the asker is the seller
OWN_SALES = re.compile(
    r"\b(?:did|have|do) (?:i|we|(?:my|our) (?:company|firm|team|shop|store|business))"
    r" (?:sell|sold|ship|shipped)\b"
    r"|\b(?:my|our) own sales\b"
)
# "did my uncle sell", "did u buy a xiaomi", "did your shop ship", "did anyone here get one": what
# people in the chat, or people they know, sold or bought; none of it is in the articles. ("his" and
# "her" only with someone the asker knows: "did his company sell" after Lei Jun is Xiaomi.)
ACQUAINTANCE_NAMES = "|".join(sorted(ACQUAINTANCES))  # as a pattern's alternatives
PEOPLES_OWN_DOING = re.compile(
    r"\b(?:did|do|does|have|has|had)(?:n'?t| not)? (?P<who>i|we|you|u|ya|y'?all|anyone|anybody|someone"
    r"|somebody|everyone|any of (?:you|u)|(?:you|u) (?:all|guys)|(?:my|our|your|ur) [a-z]+(?:'s [a-z]+)?"
    rf"|(?:his|her) (?:{ACQUAINTANCE_NAMES}|shop|store|stall|kiosk)(?:'s [a-z]+)?)"
    r"(?: (?:here|there|ever|really|actually|also|even|just))?"
    r" (?P<verb>sell|sold|ship|shipped|(?:buy|bought)(?! (?:that|this|the (?:idea|story|claim|number)))"
    r"|purchase|purchased"
    r"|(?:get|got)(?= (?:a|an|one|any|some)(?: new)? (?:xiaomi|phone|handset|iphone|redmi|mi))"
    r"|(?:get|got)(?= one\b))\b"
)
# "how much is my phone worth", "what did your xiaomi cost", "my net worth": what people's own things
# cost or are worth
PEOPLES_OWN_PRICE = re.compile(
    r"\b(?:how much|what)(?: is| was| does| did|'s)? (?:(?:my|our|your|ur) (?:[a-z]+'s )?"
    rf"|(?:his|her) (?:{ACQUAINTANCE_NAMES})'s )[a-z]+ (?:worth|cost|costs|go for|sell for)\b"
    r"|\b(?:my|our|your|ur) net worth\b"
)
# "was jony ive right that ...", "is kevin wang a reliable analyst?": the view of someone the articles
# quote, judged (of anyone else, "is my friend right that ...", a fact is checked)
SOMEONE_JUDGED_RIGHT = re.compile(
    r"\b(?:is|was) (?P<who>[a-z]+(?: [a-z]+)?) (?:right (?:that|about|to say|in saying)"
    r"|(?:an? )?(?:reliable|credible|trustworthy))\b"
)
# A decision or a thing to come judged, asked ("was it a smart move?", "will the mi 6 be a hit?"): the
# articles report, they do not grade or foretell ("good call. 2015?" is a reply, no question)
VERDICT_ASKED = re.compile(
    r"\b(?:was|is|were|are)\b[^.?!]*\b(?:a|the) (?:smart|good|bad|right|wrong|wise|dumb|stupid|clever)"
    r" (?:move|decision)\b"
    r"|\bwill (?:\w+ ){1,4}be an? (?:sales |big |huge )?(?:hit|flop)\b"
    # "was xiaomi right to cut its target?" ("is it right to say/assume ..." checks a fact)
    r"|\b(?:was|is|were|are) (?:\w+ ){1,2}right to (?!(?:say|assume|think|state|count|use|conclude|describe"
    r"|claim|call|believe|put|list|treat|consider)\b)\w+"
)
# "... a smart move or did they just miss the target?": a figure offered beside the judgement
OR_A_FACT = re.compile(r"\bor (?:did|was|were|is|are|do|does|have|has)\b")
# "my 2017 goal", "dropped my phones", "our sales dropped": the asker's own things, not the company's
# ("my sales deck", "my numbers say 70m" are the asker's work on the company's figures)
ASKERS_OWN_THING = re.compile(
    r"\b(?:my|our)(?: (?:own|old|new|personal|(?:19|20)\d\d))* (?:goals?|targets?|phones?|redmis?"
    r"|sales(?= (?:dropped|fell|went|are|were|grew|rose|too|this|last|suck)))\b"
)
SAID_OF_THE_ASKER = re.compile(
    r"^(?:i'?m|im|i am) (?:new here|back|here)\W*$"
    r"|^my (?:boss|brother|sister|friend|wife|husband|mom|dad|mum|son|daughter|cousin|uncle|aunt|kids?|team"
    r"|family|company|startup) (?:is|was|works|worked|runs)\b(?!.*\b(?:is|was|did|does)\b)"
    r"|\b(?:was|is|were|has been) (?:a |an |the )?\w+(?: \w+)? (?:for|to) me\W*$"
    r"|\b(?:is|are|was|were|seems?|getting|dying|dead|quiet)\b.*\bin this chat\W*$"
)
# ... unless it asks after all: "i'm curious about the ceo", "my question: who leads china"
ASKING_WORD = re.compile(
    r"\b(?:what|who|whom|whose|when|where|why|which|how|ask\w*|wonder\w*|curious|know|interested"
    r"|looking|trying|check|confirm|figures?|numbers?|stats?|data|question"
    # ... or passes on a claim to check: "my friend says 20 million"
    r"|says?|said|claims?|claimed|thinks?|reckons?|heard|reads?|told|insists?"
    r"|right|wrong|sure|certain|correct|true|false|accurate)\b"
)
# an amount in brackets after what it is said of: "h1 2015 (34.7 million)", "2016 [58m]"
BRACKETED_AMOUNT = re.compile(
    rf"(?P<before>[\w' ]{{0,40}}?)(?P<bracket>\s*[(\[]\s*"
    rf"(?P<amount>(?:{NUMBER})\s*(?:million|mil|mn|m|billion|bn))\s*[)\]])"
)
RESTATED_TOLERANCE = 0.001  # "61.0 million" restates 61 million
SOURCE_ASKED = re.compile(
    r"\b(?:source|sources|article|articles|says?|said|come from|comes from|where|which)\b"
)


SENTENCE_BREAK = re.compile(r"[.!;]\s+\S")  # a second sentence after a first: "... lol. 2015 figure pls"
ADDRESSED = re.compile(r"(?:@\w+|[a-z]+,) ")  # "@mike did u ...", "jake, did you ...": someone else
SOLD_THAN_OTHERS = re.compile(r"\b(?:than|outsold|outsell)\b")  # "did anyone sell more than ..."
THAN_THE_COMPANY = re.compile(r"\bthan (?:them|they|it|its|the company|theirs)\b")  # "sell more than them?"
OWN_BUSINESS = frozenset({"company", "firm", "team", "shop", "store", "business"})
BUYING = frozenset({"buy", "bought", "purchase", "purchased", "get", "got"})
MANNER_BEFORE = frozenset({"a", "an", "such", "so", "very", "really", "pretty", "quite", "that"})
LATELY = re.compile(r"\b(?:still|anymore|any more|these days|nowadays|lately|recently|currently|right now)\b")
# "is xiaomi growing?", "are sales going up or down?": a movement asked in the present is the
# latest one, not the whole span's
MOVING_NOW = re.compile(
    r"^(?:is|are|isn't|aren't|isnt|arent)\b(?: \S+){0,4}? (?:growing|rising|falling|dropping|declining"
    r"|shrinking|increasing|decreasing|climbing|sliding|going (?:up|down))\b"
)
# ... but "is xiaomi growing overall?", "is its growth slowing?", "is the market growing?" ask the
# whole span, a rate or something else
NOT_MOVING_NOW = re.compile(r"\b(?:overall|whole|since|all|ever|market|period|growth|rate|founding|years)\b")
BOTS_OWN = re.compile(r"\b(?:your|yours|ur)\b")  # "your data", "ur sources": the bot's own
# "his company", "jony ive's company": the company a person works for, which the facts say
COMPANY_NOUN = r"(?:company|companys|firm|employer|business|startup|outfit)\b"
PERSONS_COMPANY = re.compile(rf"\b(?:his|her) {COMPANY_NOUN}")
COMPANY_OWNED = rf"'s? {COMPANY_NOUN}"
HOW_MUCH_MORE = re.compile(r"\bhow (?:much|many) (?:more|less|fewer)\b")
BY_HOW_MUCH_ASKED = re.compile(rf"\bby how (?:much|many)\b|{HOW_MUCH_MORE.pattern}")
# Words of the lexicon used as verbs, after an auxiliary: "what does xiaomi mean", "did he mean
# 2015", "did xiaomi share official numbers", "why didnt they share": no average, no market share.
WORD_AS_VERB = re.compile(
    r"\b(?:does|do|did|doesn't|don't|didn't|didnt|doesnt|dont|not|never|to|will|would|has|have|hasn't"
    r"|haven't|hasnt|havent)\b(?:\s+\S+){0,4}?\s+"
    # ... not after what makes it a noun: "the mean", "its share", "market share", "yearly mean"
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bmarket )(?<!ly )(?<!al )(?<!\bsales )(?<!'s )"
    r"(?P<verb>mean|meant|share|shared|sharing)\b"
)
# "That year", "those", "it": the question leans on the conversation.
# ("this year" is the year it is now, which the bot asks about, never the year talked about)
REFERS_BACK = re.compile(r"\b(?:that|the same|same) year\b|\bthen\b")
# "exceed that of 2014", "those for 2013": the figure of a year named, no thing just named
OF_A_YEAR = r"(?!\s+of\s+(?:the\s+)?(?:year\s+)?(?:19|20)\d\d\b)"
# a thing just named: a target
THAT_THING = re.compile(rf"\b(?:it|that one|this one|(?:that|this)\b{OF_A_YEAR})\b")
# "is it true that ...", "is it correct ...": a claim asked about, the words before it
ASKED_IF_TRUE = re.compile(
    r"^(?:(?:so|and|but|ok) )?(?:is it|it's|its) (?:true|correct|right|the case)(?: that)? "
)
PRONOUN = re.compile(
    rf"\b(?:it|its|he|him|his|she|her|they|them|their|that one|this one|(?:that|this)\b{OF_A_YEAR})\b"
)
# Chat in passing that mentions a year or a number ("see you in 2015", "i bought 2 that year"):
# the kinds of small talk it is, and a remark about oneself ...
PASSING_TALK = frozenset({"farewell"})
SAID_OF_ONESELF = re.compile(
    r"\b(?:i|i've|ive|i'd|me|my|myself|we|our|mine)\b.*\b(?:got|bought|had|have|own|owned|use|used|using"
    r"|work|works|worked|born|live|lived|moved|graduated|switched|tried|loved|hated)\b"
    r"|\b(?:got|bought|had) (?:one|it|them|mine)\b|\b(?:got|bought|had)\b.*\bmyself\b"
    r"|\b(?:happy|merry) new year\b"
    r"|\bmy (?:bday|birthday|name|wife|husband|kids?|son|daughter|mom|dad|cousin|friend|boss"
    r"|brother|sister)\b"
)
# "i sold 5 phones in 2013 haha": what the asker sold, no figure of a company's ("we sold 70 million
# in 2015" claims one, and "i heard xiaomi sold 40m" names the company)
ASKER_SOLD = re.compile(
    r"^(?:(?:lol|haha|well|so|btw|fyi|ok)\W+)?(?:i|we)(?: (?:just|also|only|once|already|finally))? "
    r"(?:sold|sell|spent|paid|earned|lost|raised)\b"
)
# "we need 70 million to close the deal": a sum the asker needs, with no year or figure asked
ASKER_NEEDS = re.compile(r"^(?:i|we) (?:need|needed) (?:\$|(?!(?:19|20)\d\d\b)\d)")
# "is that normal", "... right": a question after all, with no question mark
ASKED_AFTER_ALL = re.compile(r"\b(?:is|was|are|were) (?:that|it|this)\b|\b(?:right|correct|true|normal)\W*$")
# "we need 80 million double checked": a number to check, asked
CHECK_ASKED = re.compile(r"\b(?:check\w*|verif\w*|confirm\w*|source|figure|number)\b")
# "xiaomi 2016 was my first phone", "price of my lunch: $100", "the ceo of my company": a thing of
# the asker's own, said
ASKERS_BELONGING = re.compile(
    r"\bmy (?:lunch|dinner|breakfast|coffee|car|salary|rent)\b"
    r"|\bmy (?:first|old|new|last|current|previous) (?:phone|xiaomi|mobile|handset|smartphone|ipod|iphone"
    r"|laptop|tablet|watch|car|job)\b"
    r"|\bof my (?:company|team|office)\b"
)
# "who is the admin here?", "meeting moved to 2:30", "sales at my store dropped 17%": the chat itself,
# a time of day, or the asker's own shop or team, which no company figure is about
ABOUT_THE_CHAT = re.compile(
    r"\b(?:this|the|our|that|ur|your) (?:group|groupchat|gc|chat|channel|thread|server)\b"
    r"|\b(?:admins?|moderators?)\b|\bgroup (?:name|chat|pic|photo|call)\b"
)
CLOCK_TIME = re.compile(r"(?<![\d.:])\d{1,2}:[0-5]\d(?![\d:])|\b\d{1,2}\s?(?:am|pm)\b", re.IGNORECASE)
# "I got fired today", "I'm from India", "my name is kevin wang": the asker telling of themselves
TOLD_OF_ONESELF = re.compile(
    r"^(?:(?:lol|haha|btw|fyi|ok|so|well|hey|hi|oh|also|ugh|yeah)\W+)*"
    r"(?:i'?m|im|i am|i have|i've|ive|i got|i was|i'll|i just|my (?:name|uncle|aunt|dad|mom|mum|wife|husband"
    r"|friend|order|delivery|package|parcel|cat|dog|kid|kids|son|daughter))\b"
)
# "what's your valuation?", "are you chinese?", "did you hit your target?": the bot asked as the company
YOU_AS_THE_COMPANY = re.compile(
    r"\b(?:your|ur) (?:own |\w+ )?(?:valuation|targets?|goals?|sales|best year|worst year|founding|prices?"
    r"|rank|ranking|markets?|competitors?|rivals?|magic number)\b"
    r"|\bare (?:you|u) (?:chinese|lei jun|number one|cheap|growing|available|the apple|the second"
    r"|in a transition|valuable)\b"
    r"|\b(?:did|do|have) (?:you|u) (?:hit|reach|meet|beat|sell|ship)\b"
    r"|\bwhat do (?:you|u) (?:sell|make|care about)\b(?! of\b)"
    r"|\bhow (?:valuable|old|big) (?:are|were) (?:you|u)\b"
    r"|\b(?:do|did) (?:you|u) (?:make|produce) (?:phones|smartphones|fitness|gadgets|devices|products)\b"
    r"|\bwhen did (?:you|u) (?:start|begin)\b"
)
# "how many xiaomi phones do i own?": the asker's own count, which nobody knows
ASKERS_OWN_PHONES = re.compile(r"\bhow many (?:\w+ )?(?:phones|smartphones) do i (?:own|have)\b(?! to\b)")
BOT_AS_COMPANY = "bot_as_company"  # the lexicon's kind for "make fun of", "pick a number"
PREAMBLE_COLON = re.compile(r"\b(?:my|our|for)\b[^:]*:\s")  # "for my project: ...", never "2:30", "bob:"
QUESTION_ANNOUNCED = re.compile(r"\b(?:question|questions|q|query|queries)\b")
ASKERS_OWN_WORLD = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:store|shop|company|firm|team|office|fundraiser|project|sprint"
    r"|meeting|class|school|startup|business|steps|budget)\b"
)
# "@anna can you put this in the deck": said to someone else (the bot's own name is taken out first)
ADDRESSED_TO_ANOTHER = re.compile(r"\s*@\w+")
# ... unless it says what is asked for: "i meant 2016", "i need the 2015 figure", "thanks, and 2016"
ASKING_ALOUD = re.compile(
    r"\b(?:mean|meant|asking|asked|want|wants|wanted|need|needs|needed|wonder\w*|curious|talking|looking for"
    r"|check|find|finding|trying|reading|searching"
    r"|tell|give|show|care|interested|know|heard|read|say|says|said|think|thought)\b"
    r"|(?:^|,\s*)(?:and|what about|how about|now)\b"
)
# a person, not a company or a product: "he", "that guy"
PERSON_NOUN = r"(?:guy|dude|man|woman|lady|person|fella|bloke|chap)"
# ("that guy's company" is a company)
PERSONAL = re.compile(rf"\b(?:he|him|his|she|her|hers|(?:that|this) {PERSON_NOUN}(?!'?s\b))\b")
UNIT_LETTERS = frozenset({"mn", "mm", "bn", "mln", "mil", "mio"})  # "in mn": millions, no place
# "sales in norway": an unknown word where a place is named narrows the question to somewhere unknown.
PLACE_WORDS = ("in", "across", "within", "throughout")
COMPOUND_WORDS = frozenset({"cagr", "compound", "compounded", "annualised", "annualized"})
# "annual growth rate", "growth rate per year": the rate a year, compounded, over a span
RATE_A_YEAR = re.compile(
    r"\b(?:annual|yearly|year on year|yoy) (?:growth |change )?rate\b|\brate (?:per|a|each) year\b"
)
# The rates a year's figure is spread into: "per month" -> "month" (lexicon "unsupported" meanings)
SPREAD_UNITS = {
    "per month": "month",
    "per week": "week",
    "per day": "day",
    "per quarter": "quarter",
    "per half": "half",
    "per hour": "hour",
    "per minute": "minute",
    "per second": "second",
}
# Where a company described by its origin is from ("the korean giant"): never Xiaomi's China
FOREIGN_ORIGIN = (
    r"american|us|u\.s\.|californian|cupertino|silicon valley|korean|south korean|japanese|taiwanese"
    r"|finnish|swedish|canadian|german|dutch|french|british|uk|italian|european|indian|russian|spanish"
)
# "which other company sold 70m?", "who else sold that many?": companies besides the one the facts count
OTHERS_ASKED = re.compile(
    r"\b(?:which|what|any|name an?) other"
    r" (?:companies|company|brands?|firms?|makers?|manufacturers?|vendors?)\b"
    r"|\b(?:who|anyone|anybody) else\b(?!'s)"
    # "how many did its rivals sell?": the other companies, whose figures no article gives
    r"|\b(?:its|their|xiaomi's|the) (?:(?:biggest|main|top|largest|closest|chief|nearest|major) )?"
    r"(?:rivals?|competitors?|competition)\b(?! (?:to|of|for)\b)"
    # "how many did chinese brands sell?": other makers as a group, Xiaomi's figure is none of theirs
    r"|(?<!one of the )\b(?:chinese|other|local|domestic|foreign|american|korean)"
    r" (?:brands|companies|makers|manufacturers|vendors)\b"
    # "did a rival sell", "xiaomi's american rival", "the other startup": one company besides it
    # ("xiaomi, a rival to apple", "as an apple competitor": Xiaomi described)
    r"|\b(?:another|its|their|xiaomi's|the|some other|a different)(?: \w+)? (?:rival|competitor)\b"
    r"(?! (?:to|of|for)\b)"
    r"|\b(?:did|does|do|has|have|had) (?:a|an|one)(?: \w+)? (?:rival|competitor)\b(?! (?:to|of|for)\b)"
    r"|\b(?:another|the other|some other|a different)(?: \w+)? "
    r"(?:company|startup|brand|firm|maker|manufacturer|vendor)\b"
    # "the korean giant", "the american tech company": a company from a country Xiaomi is not from
    rf"|\b(?:the|a|an|that|this) (?:{FOREIGN_ORIGIN})(?: [\w-]+){{0,2}}? "
    r"(?:company|firm|giant|maker|brand|manufacturer|vendor|corporation|corp|startup|player|outfit)\b"
)
# "what growth did the 2015 target imply?": the growth the target asked of the year before's sales
YEARS_TARGET = re.compile(rf"\b((?:19|20)\d\d) (?:sales? )?{TARGET_WORD}")  # "the 2015 target": its year
IMPLIED = re.compile(
    r"\bimpl(?:y|ied|ies|ying)\b"
    # "what growth did the 100 million goal require?": a growth a target asks for
    r"|\b(?:growth|increase|rise)\b.*\b(?:requir(?:e|ed|es|ing)|call(?:ed|s)? for)\b"
)
AMOUNT_BEFORE_A_SIDE = (
    r"(?<![\d.])\d+(?:\.\d+)?\s?(?:m|mn|mil|million|millions|k)?\s+"  # "12m ", "12 million "
)
# "the 2017 target is 12m more than 2016": a target's margin over a year's sales, said
TARGET_MARGIN_OVER_A_YEAR = re.compile(
    rf"{AMOUNT_BEFORE_A_SIDE}(?P<side>more|less|fewer|higher"
    rf"|lower|bigger|smaller|greater|above|over|below|under)"
    r"(?: than)?(?: (?:in|the|xiaomi's))? (?P<year>(?:19|20)\d\d)\b"
)
# "12m more", "12 million above": an amount said as a margin
MARGIN_SAID = re.compile(rf"{AMOUNT_BEFORE_A_SIDE}(?:more|less|fewer|higher|lower|above|below)\b")
# "how much growth would hitting kevin wang's number mean?", "growth if they hit the target": the
# rise a target asks, supposed reached
TARGET_SUPPOSED_HIT = re.compile(
    r"\b(?:if|suppose|supposing|assuming|would)\b.{0,60}?\b(?:hit|hits|hitting|reach|reaches|reached"
    r"|reaching|meet|meets|met|meeting|achieve|achieves|achieved|achieving)\b"
    r"|\b(?:hitting|reaching|meeting|achieving)\b"
    # "how much growth did they need to hit the 2015 target?": what reaching it needed
    r"|(?<!is )(?<!was )\b(?:need|needed|needs|have|had)(?: \w+){0,3}? to (?:hit|reach|meet|achieve|make)\b"
)
# "over 50m in 2014", "2013 under 20m": a year's own number to check, with the side claimed
_CHECK_SIDE = (
    r"(?P<side>more than|over|above|at least|greater than|higher than|bigger than|north of|beyond|exceeding"
    r"|less than|under|below|fewer than|lower than|smaller than|at most|south of"
    # "did 2015 beat 65m and 2016 beat 55m?": beaten is above it, reached at least it
    r"|beat|beats|top|topped|exceed|exceeded|surpass|surpassed|pass|passed|clear|cleared|cross|crossed"
    r"|hit|reach|reached|make|made)"
)
REACHED_WORDS = frozenset({"hit", "reach", "reached", "make", "made"})
# "which article reported sales over 60m?", "source for that?", "show me the source": the source asked
SOURCE_ITSELF_ASKED = re.compile(
    r"\b(?:which|what|whose) (?:articles?|sources?|reports?|papers?|outlets?|ones?)\b"
    r"|\bin which (?:articles?|sources?)\b|\bsources? (?:for|of|where)\b|\bshow me the sources?\b"
    r"|\bcite\b|\bwho says\b|\bhow do you know\b|\b(?:is|are) there (?:a |any )?(?:sources?|articles?)\b"
    r"|\bany (?:sources?|articles?)\b|\blist the sources\b|\b(?:do|did|does) the (?:articles?|sources?) say\b"
    r"|\bsaying\b|\bwhere\b"
)
# "... according to the articles?", "per the articles": the articles as the figures' source, not asked
SOURCE_AS_A_QUALIFIER = re.compile(
    r"\b(?:according to|per|going by|based on|from|in)"
    r" (?:the |these |your |both )?(?:articles?|sources?|data)\b"
)
# what happened, asked alone after a plan: "and actually?", "the real number?", "and the outcome?",
# "what did they end up with?" (asked: "actually" alone, no question mark, is chat)
OUTCOME_ALONE = re.compile(
    r"(?:(?P<opener>and|so|but|ok|okay|well)\W+)?(?:what about |how about |what was |what's )?"
    r"(?:actually|in reality|(?:the )?(?:actual |end |final |real |true )?(?:outcome|result)"
    r"|(?:the )?(?:real|true|actual|final) (?:number|figure)"
    r"|what (?:did )?\w+ (?:end(?:ed)? up (?:with|at)|actually (?:got|get|achieved|did))"
    r"|how did it turn out)"
    r"(?:\s*\?+|(?(opener)\W*|(?!)))\s*$",
    re.IGNORECASE,
)
# "was 2013 under 20m or 2015 over 80m?": either check holding is enough
CHECKS_EITHER = re.compile(r"\d\s*(?:million|mil|mln|mn|m)\b[^?]*\bor\b")
_CHECK_NUMBER = r"(?P<n>\d+(?:\.\d+)?) ?(?P<unit>million|mil|mln|mn|m)\b"
_CHECK_YEAR = r"(?P<y>(?:19|20)\d\d)\b"
YEAR_CHECKS = (
    re.compile(
        rf"\b{_CHECK_SIDE} {_CHECK_NUMBER}(?: (?:phones|smartphones|units|handsets|devices))?"
        rf"(?: (?:sold|sales|shipped))? (?:in|for|during) (?:fy ?)?{_CHECK_YEAR}"
    ),
    # "hit 70m in 2015 and 60m in 2014?": the second number on the first one's side
    re.compile(rf"\b(?:and|but|or) (?P<side>){_CHECK_NUMBER} (?:in|for) {_CHECK_YEAR}"),
    re.compile(
        rf"\b{_CHECK_YEAR}(?: (?:sales|figure|number|shipments|volume))?"
        rf"(?: (?:was|were|is|came in|came|ended))?(?: at)? {_CHECK_SIDE} {_CHECK_NUMBER}"
    ),
)
# "growth to that from 2013": "to that from" spans years ("is that from 2015?" asks a source)
TO_THAT_FROM_A_YEAR = re.compile(
    r"\b(?:to|into|up to|down to) (?:that|this) from (?:the )?(?:19|20)\d\d\b"
    # "what percent drop is that from 2015?": a change from that year, no source
    r"|\b(?:drop|fall|decline|rise|growth|increase|change|jump|gain|loss|up|down) (?:is|was) (?:that|this|it)"
    r" from (?:the )?(?:19|20)\d\d\b"
    # "how far was that from the target?", "how short is that from 80m?": a distance, no source
    r"|\b(?:how far|far|how short|short|away|different|distance) (?:is|was|are|were) (?:that|this|it) from\b"
)
# "in dollars", "in billions of usd", "in yuan": a figure asked in money
IN_MONEY = (
    r"(?:in|into) (?:(?:\w+ ){0,2}of )?(?:us )?"
    r"(?:dollars|usd|yuan|rmb|renminbi|euros?|rupees|bucks|money terms|value terms)"
)
# "2015 sales in dollars", "in billions of usd": sales in money
SALES_IN_MONEY = re.compile(rf"\b{IN_MONEY}\b")
# "made $70 million", "earned 70m dollars": a scaled sum of money made ("the $46 billion startup" is
# what it was worth)
SCALED_MONEY = re.compile(
    r"(?:\$\s?\d[\d.,]*\s?(?:k|m|mn|mil|million|b|bn|billion)\b"
    r"|\b\d[\d.,]*\s?(?:k|m|mn|mil|million|b|bn|billion) (?:dollars|usd|bucks|yuan|rmb|euros?)\b)"
    r"(?! (?:startup|company|firm|unicorn|giant|business|valuation))"
)
WORTH_DESCRIBED = re.compile(
    r"\b(?:the|a|this|that) (?:\$\s?\d[\d.,]*\s?(?:b|bn|billion)"
    r"|\d[\d.,]*\s?(?:b|bn|billion)(?: dollars?| usd)?)"
    r"(?: dollar)? (?:startup|company|firm|unicorn|giant|business)\b"
)
MONEY_MADE = re.compile(
    r"\b(?:made|make|makes|making|earn\w*|takings|brought in|bring in|rak\w+ in|gross\w*)\b"
)
PER_PHONE = re.compile(r"\b(?:per|a|each|for every) (?:phone|unit|handset|device|smartphone)s?\b")
# "2013 sales were ... below 2015 sales": one year on one side of another, a number between
YEAR_APART_FROM_YEAR = re.compile(
    r"\b(?:19|20)\d\d\b.*\b(?:below|under|above|over|less than|more than|fewer than|higher than|lower than"
    r"|short of|behind|ahead of)\b(?: (?:the |xiaomi's )?)?(?:19|20)\d\d\b"
)
# "2015 sales", "what they sold", "actual sales": the sales named as one side of a comparison
SALES_SIDE_NAMED = re.compile(
    r"\b(?:19|20)\d\d(?:'s)? (?:sales|shipments|actuals?)\b(?! (?:target|goal))"
    r"|\b(?:sales|sold|shipped|shipments) (?:in|for|of) (?:19|20)\d\d\b"
)
# "the 2015 target", "the goal for 2015": a target named with its year ("the target" may be another's)
TARGET_YEAR_NAMED = re.compile(
    r"\b(?:19|20)\d\d(?:'s)? (?:sales )?(?:target|goal|projection|forecast)"
    r"|\b(?:target|goal|projection|forecast) (?:for|of) (?:19|20)\d\d\b"
)
# "12m below the 2017 target", "10 million above its goal": a margin said to one side of a target
MARGIN_TO_A_TARGET = re.compile(
    r"\d(?:\.\d+)?\s*(?:m|mn|mil|million)?\s+"
    rf"(?P<side>{MARGIN_SIDE})\s+"
    r"(?:(?:the |its |their |xiaomi's )?"
    r"(?:(?:19|20)\d\d |original |revised |cut |march |scaled[- ]back |lowered |new |reduced |\w+'s )*"
    r"(?:target|goal|projection)\b"
    # ("21m above what they projected")
    r"|what (?:they|it|xiaomi|the company) (?:projected|forecast|targeted|aimed for|planned)\b)"
)
SHORT_SIDES = frozenset({"below", "under", "behind", "short of", "shy of"})  # of a margin, the lower side
BEHIND_IT = re.compile(r"\bhow (?:far|much|many)\b.*\b(?:behind|short of|below|off|away from|under)\b")
# "which years", "in what years", "how many years": the years asked for, found by a number
YEARS_ASKED_FOR = re.compile(
    r"\b(?:which|what|how many|in which|in what)(?: of (?:those|these|the|them|its|their))?"
    r" (?:full |whole |calendar )?years?\b"
)
EVER_A_YEAR = re.compile(r"\b(?:ever|any year|a year when|a year where)\b")
# "the best phone of 2015", "their worst model": one phone ranked against others, not a year's sales
PRODUCT_RANKED = re.compile(
    r"\b(?:the |their |its |xiaomi's )(?:best|worst|top|most popular|best[- ]selling|greatest)"
    r" (?:phone|smartphone|model|handset|device)s?\b(?![- ](?:sales|sold|selling|figures?|numbers?|totals?"
    r"|shipments?|years?|results?|performance|units|volumes?|maker|company|brand|market)\b)"
)
RANK_BEFORE_COMPANY = frozenset({"top", "leading"})  # "the top company": a place in a market
# "the year it hit 70m", "the year they first crossed 60 million": a year named by its figure ("how
# much less did they sell than the year they hit 70m?" sets another figure against it)
SET_AGAINST_THE_YEAR = re.compile(r"\b(?:than|behind|short|gap|far|less|more|fewer|difference)\b")
YEAR_OF_A_NUMBER_REACHED = re.compile(
    r"\bthe year (?:that |when |in which )?(?:it|they|xiaomi|the company) (?:first )?"
    r"(?:hit|reached|topped|crossed|passed|broke|achieved|got to)\b"
)
YEARS_BETWEEN_ASKED = re.compile(r"\bhow many years (?:after|before|until|since|later|did it take|passed)\b")
BEATEN_WORD = re.compile(r"\b(?:beat|beats|top|topped|exceed\w*|surpass\w*|outsold|outsell)\b")
# "did they hit or beat 70m?": reaching it is enough, however "beat" is said beside it
REACHED_SAID = re.compile(
    r"\b(?:hit|reach|reached|match|matched|meet|met|make|made|equal|equalled) or (?:beat|top|exceed)"
    r"|\b(?:beat|top|exceed)\w* or (?:hit|reach|match|meet|make|equal)"
)
NUMBER_WRITTEN = re.compile(r"\b\d+(?:\.\d+)?\s?(?:m|mn|mil|million|k|bn|billion)?\b")
# the word that says on which side a figure is: "sold fewer than", "beat", "trail", "above"
SIDE_SAID_AT = re.compile(
    r"\b(?:fewer|less|lower|below|under|short|miss\w*|trail\w*|beat|beats|exceed\w*|surpass\w*|top|topped"
    r"|above|over|more|higher|greater|past|hit|reach\w*)\b"
)
PASSIVE_SIDE = re.compile(r"\b(?:exceeded|surpassed|topped|hit|reached|beaten|missed|met|passed|cleared)\b")
HOW_MANY_TIMES = re.compile(r"\bhow (?:many times|often)\b")
ABOVE_A_NUMBER = re.compile(r"\b(?:above|over|more than|higher than|greater than|past|beyond)\b")
MONEY_WORD = re.compile(r"\$|\b(?:dollars?|usd|yuan|euros?|valuation|valued|worth)\b")
BELOW_A_NUMBER = re.compile(r"\b(?:below|under|less than|lower than|fewer than|beneath)\b")
# "2016's 58 million", "the 34.7 million from h1 2015", "the 40m projected for 2014": a number named
# by the period it belongs to
NUMBER_OF_A_PERIOD = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)'?s \$?\d+(?:\.\d+)?\s?(?:m|mn|mil|million|k|bn|billion)\b"
    r"|\b\$?\d+(?:\.\d+)?\s?(?:m|mn|mil|million|k|bn|billion)(?: \w+)? (?:of|from|in|for) (?:the )?"
    r"(?:(?:h[12]|q[1-4]|first half|second half)(?: of)? )?(?P<year2>(?:19|20)\d\d)\b"
)
MISSED_A_NUMBER = re.compile(r"\b(?:not|never|didn'?t|did not|fail\w*|fell short|short of|miss\w*)\b")
# "kevin wang's number": the figure a person gave, a target when it is one
PERSONS_NUMBER = re.compile(r"'s (?:number|figure|estimate|goal|target)s?\b")
# "on average how many more a year did they add?": a change spread over the years
AVERAGE_ADDED = re.compile(
    r"\bhow (?:many|much) more\b|\b(?:add|added|adding|increase\w*|gain\w*|grew|growth)\b"
)
BEFORE_A_MONTH = frozenset("in of since by until till from during early late mid before after".split())
IN_A_PART = re.compile(r"\b(?:quarter|quarters|half|halves|month|months|week|weeks|day|days)\b")
FIRST_SOLD = re.compile(r"\bfirst (?:sell|sold|ship|shipped|move|moved|shift|shifted|do|did)\b")
FIRST_TIME_SAID = re.compile(r"\b(?:for the|the|a) first time\b")
COUNT_WORDS = frozenset("number numbers count counts figure figures total totals".split())
YEARS_NAMED = re.compile(r"\byears\b")
# "which years did they sell more than in 2013?", "how many years had higher sales than 2012?"
YEARS_AGAINST_A_YEAR = re.compile(
    r"^(?:in |for )?(?:(?:which|what|how many|name the|list the)(?: \w+){0,2} years?"
    # ("the most recent year xiaomi sold less than in 2014", "the first year they sold more than
    # they did in 2013": the latest or earliest of those years)
    r"|(?:(?:what|which) (?:is|was) )?(?:the )?(?:most recent|latest|last|first|earliest)(?: full)?"
    r" (?:year|yr))"
    r"\b(?: \w+){0,4}?"
    r" (?:(?P<side>more|less|fewer|higher|lower|bigger|smaller|better|worse)\b(?: \w+)? than"
    r"(?: (?:it|they|xiaomi) (?:did|had|sold|managed))?"
    # "below 2016", "lower than 2016's sales", "below 2016's level": that year's figure
    r"|(?P<side2>above|below|under|over|beneath)\b(?: \w+)?(?: than)?)"
    rf" (?:in |that of |those of |sales in |sales of |the )?(?P<y>{YEAR})"
    r"(?:'?s?(?: (?:sales|level|figure|number|total))?)?$"
)
# "twice the 2013 total", "a third of what xiaomi did in 2015", "four times the 2013 figure": a year's
# figure times a factor, as the bound years are searched past
FACTORS = {
    "twice": 2.0, "double": 2.0, "two times": 2.0, "triple": 3.0, "three times": 3.0, "thrice": 3.0,
    "four times": 4.0, "five times": 5.0, "ten times": 10.0, "half": 0.5, "a half": 0.5, "a third": 1 / 3,
    "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
}  # fmt: skip
FACTOR = "|".join(sorted(FACTORS, key=len, reverse=True))
SIDE_BEFORE_A_FACTOR = (
    r"(?P<side>more than|less than|fewer than|smaller than|bigger than|larger than|higher than|lower than"
    r"|greater than|above|below|under|over|exceed(?:ed|s|ing)?|beat|top(?:ped)?|pass(?:ed)?|surpass(?:ed)?"
    r"|past|reach(?:ed)?|hit|sell|sold)"
)
YEAR_TIMES_A_FACTOR = re.compile(
    rf"\b{SIDE_BEFORE_A_FACTOR} (?P<factor>{FACTOR})(?: of)?(?: (?:the|its|their|xiaomi'?s))?"
    r"(?: (?:sales|figure|total|number|level|amount))?(?: (?:of|in|from|for))?"
    r"(?: what (?:xiaomi|they|it) (?:did|sold|managed|had|shipped)(?: in)?)?"
    rf" (?P<y>{YEAR})(?:'?s)?(?: (?:sales|figure|total|number|level|amount))?\b"
    r"(?! (?:target|goal|projection|forecast|plan)s?\b)"  # ("a quarter of the 2015 target": no sales)
)
# "below the 70 million xiaomi hit in 2015", "smaller than the 34.7 million of the first half of
# 2015": a number, said with the period it is the figure of, as the bound years are searched past
BOUND_OF_A_PERIOD = re.compile(
    rf"\b{SIDE_BEFORE_A_FACTOR} (?:the|its|their) {IN_MILLIONS}"
    r"(?: (?:that |which )?(?:xiaomi|they|it|the company))?"
    r"(?: (?:sold|hit|reached|did|shipped|managed|had|moved|posted|recorded|made))?"
    r" (?:in|of|for|during) (?:the )?(?:(?:first|second|1st|2nd) half (?:of )?|h[12] )?"
    rf"(?P<y>{YEAR})\b"
)
# "2015 to 2016 was -12 million", "2012-2016: +50.8m": a change said by its sign
SIGNED_CHANGE_CLAIMED = re.compile(
    r"(?:19|20)\d\d\s*(?:to|-|\u2013|through|thru|->|\u2192)\s*(?:19|20)\d\d\b[^\d+\-\u2212]{0,20}?"
    r"(?P<sign>[-+\u2212])\s?\$?\d"
)
BOUNDED_IN_WORDS = re.compile(
    r"\b(?:(?<!the year )(?<!the one )before|until|till|til|through|thru|up to|since|after|from)\b"
)  # ("than the year before" bounds nothing)
# "more every year", "more each year than the year before": a year over the one before it, each
MORE_EACH_YEAR = re.compile(
    r"\b(?P<side>more|higher|bigger|larger|less|fewer|lower|smaller)(?: (?:phones|units|smartphones))?"
    r" (?:every|each)(?: single)? year\b(?! (?:than|since) (?!the (?:year|one) before|the previous))"
)
# a target named before a target as the bound: "which years had a target above the 2014 projection?"
TARGET_NAMED_FIRST = re.compile(rf"\b{TARGET_WORD}")
# "h1 2015 and the full year": two periods asked together
BOTH_ASKED = re.compile(r"\b(?:and|plus|as well as)\b")
# "under the 2014 projection", "beat the original 2015 goal": a year's target as the bound years are
# searched past
TARGET_AS_A_BOUND = re.compile(
    rf"\b{SIDE_BEFORE_A_FACTOR} (?:the |its |their |xiaomi'?s |(?:kevin )?wang'?s )?"
    r"(?:(?:original|first|initial|old|revised|new|lowered|reduced|final|later) )?(?P<y>(?:19|20)\d\d)"
    r"(?: sales)? (?:target|goal|projection|forecast)s?\b"
)
# "more than triple that", "under half of it": the figure just given times a factor
THAT_TIMES_A_FACTOR = re.compile(
    rf"\b{SIDE_BEFORE_A_FACTOR} (?P<factor>{FACTOR})(?: of)? (?:that|it|this|those)\b(?! year)"
)
# "which years", "in how many years", "the first year", "when", "ever": years searched, none claimed
YEARS_SEARCHED = re.compile(
    r"\b(?:which|what|how many|any|in how many)(?: of the)?(?: other| later| earlier)? (?:years?|yrs?)\b"
    r"|\b(?:first|latest|last|most recent|earliest)(?: full)? (?:year|yr|time)\b|^when\b|\bever\b"
)
LOWER_SIDE_WORDS = frozenset("less fewer lower smaller worse below under beneath".split())
LEAVING_OUT_WORDS = frozenset("besides apart aside other except excluding outside barring sans".split())
RANGE_TO = r"\s*(?:-|–|to|through|thru)\s*"  # "2012-2013", "2012 to 2013"
# "minus 2014", "ok so minus 2014", "what's that minus 2014?", "subtracting 2014?": a year taken away
TAKEN_AWAY_SAID = (
    r"(?:(?:and|so|ok|now|then|what'?s|what is) )*(?:that |it )?"
    r"(?:minus|less|take away|taking away|take out|taking out|subtract|subtracting)"
)
YEAR_LEFT_OUT = re.compile(
    rf"(?:(?:[,;:]|\s-)\s*(?:but |and )?not(?: including| counting)?|\bbut not|\b(?:except(?: for)?|excluding"
    r"|exclude|without|not counting|not including|exclusive of"
    r"|leaving out|leave out|leave off|leaving off|leave aside|leaving aside|set aside|setting aside"
    r"|omit|omitting|ignore|ignoring|apart from|aside from|other than|besides|barring|outside of|sans)"
    # "minus 2014" after a total, opening the follow-up ("2015 minus 2014" is a difference)
    rf"|^{TAKEN_AWAY_SAID})"
    # ("besides 2014, which years topped 50m?" leaves it out, as a question asking which year reads it)
    # every year of the list: "excluding 2015 and 2016", "without 2013, 2014"
    # ("excluding 2012-2013": a range of years; "excluding 2014, 2012-2016": a year opening a range
    # after the first is no year of the list)
    rf" (?:the )?(?P<left>{YEAR}(?:{RANGE_TO}{YEAR})?"
    rf"(?:\s*(?:,|and|&|,\s*and)\s*{YEAR}\b(?!{RANGE_TO}\d))*)\b"
    # ("ignore the 2014 discrepancy": the sources' split, not the year)
    r"(?! (?:discrepancy|mismatch|difference|disagreement|conflict|split|confusion|issue|thing)\b)"
)


def first_time_read(frame: Frame) -> Frame:
    """'the first year over 50m': "first" picks a year among those over the number, and is no
    word of a fact to look for."""
    if not frame.first_time:
        return frame
    # ("in the first year they sold over 50m" is no first year of business)
    first_year = set(FIRST_WORDS) & set(frame.unsupported.split())
    # ("sold over 10m for the first time": the time is the first year's, no fact's word)
    said = set(FIRST_WORDS) | ({"time"} if frame.threshold and FIRST_TIME_SAID.search(frame.text) else set())
    return replace(
        frame,
        topic_words=tuple(w for w in frame.topic_words if w not in said),
        content=tuple(w for w in frame.content if w not in said),
        unsupported="" if first_year else frame.unsupported,
    )


def last_time_read(frame: Frame) -> Frame:
    """'The most recent year they sold under 20m': the latest year past the number is asked, no
    claim about the last year of the figures, and its words are no fact's to look for."""
    if not frame.last_time:
        return frame
    if frame.yes_no and CLAIM_VERB_ASKED.search(frame.text):
        # ("was the latest year xiaomi reported under 20m?": a claim of the last year, checked)
        return replace(frame, last_time=False)
    said = {"most", "recent", "latest", "last", "final", "time"}
    return replace(
        frame,
        yes_no=False,
        latest=False,
        topic_words=tuple(w for w in frame.topic_words if w not in said),
        content=tuple(w for w in frame.content if w not in said),
    )


def years_searched(frame: Frame, factor: float, **bound: object) -> Frame:
    """Every year searched past a bound (`threshold_year` or `threshold_of`) times a factor: the
    first or latest of them where asked, no year claimed, no operation."""
    first = FIRST_TIME.search(frame.text) is not None
    last = LAST_TIME.search(frame.text) is not None
    searched = replace(
        frame,
        years=(),
        year_range=None,
        threshold_factor=factor,
        operation=None,
        extreme="",
        superlative="",
        calculation=None,
        first_time=first,
        last_time=last,
        # ("did they ever reach four times the 2013 figure?": any year, checked; "the first year
        # sales exceeded twice 2013?" asks which year)
        yes_no=frame.yes_no
        and not (Ask.WHEN in frame.asks or Ask.WHICH in frame.asks)
        and not (first or last),
        **bound,
    )
    return last_time_read(first_time_read(searched))


def nearness_asked(frame: Frame) -> bool:
    """'Which year came closest to ...?', 'what year was most like ...?': a year asked for by how
    near its figure is to another (a frame's own or, in a follow-up, the last answer's)."""
    if frame.yes_no or not NEAREST_ASKED.search(frame.text):
        return False
    return Ask.WHEN in frame.asks or A_YEAR_ASKED.search(frame.text) is not None


def factor_side(side: str) -> str:
    """The bound's side a comparison word says: "<" for "less than", ">=" for "reach", else ">"."""
    if side.split()[0] in LOWER_SIDE_WORDS:
        return "<"
    return ">=" if side.startswith(("reach", "hit", "sell", "sold")) else ">"


def years_listed(listed: str) -> list[int]:
    """'2013, 2014' -> [2013, 2014]; '2012-2014' -> [2012, 2013, 2014]: the years of a list, a range
    with every year in it."""
    span = re.match(rf"({YEAR}){RANGE_TO}({YEAR})", listed)
    years = [int(y) for y in re.findall(YEAR, listed)]
    if span and int(span.group(1)) < int(span.group(2)):
        years = [*range(int(span.group(1)), int(span.group(2)) + 1), *years[2:]]
    return years


# "and the other article?", "not that article, the other one": the source the last answer did not cite
OTHER_SOURCE = re.compile(
    r"\b(?:the )?other (?:article|source|piece|report|story|one)\b|\bnot that (?:article|source|piece)\b"
)


def words_before_a_target(words: str) -> re.Pattern:
    """`words` a few words before a target's name: "above the target", "short of the 80m goal"."""
    return re.compile(rf"\b(?:{words})\b(?:\W+\w+){{0,3}}?\W+{TARGET_WORD}")


# "sales above the target", "below the 80 million goal": a figure on one side of a target
ABOVE_A_TARGET = words_before_a_target(
    "above|below|over|under|beyond|short of|the same as|equal to|level with"
)
TARGET_OF_SALES = re.compile(rf"\b(?:sales?|sell|selling|phone|unit) {TARGET_WORD}")
# "exceed the 80 million goal", "top their 100m target": sales past the target that number was
TARGET_CLEARED = re.compile(
    r"\b(?:exceed(?:ed)?|surpass(?:ed)?|top(?:ped)?|beat|pass(?:ed)?|overshoot|overshot|outdo|outdid"
    r"|(?:go|went|get|got) (?:past|over|beyond)) (?:the |their |its |his )?(?!(?:19|20)\d\d\b)"
    rf"(?P<n>\d[\d.,]*)\s*(?:m|mn|mil|million)?\s+(?:\w+\s+)?{TARGET_WORD}"
)
ELSE_ASKED = re.compile(r"\bwhat else\b")  # "target aside, what else did they actually sell?"
SHARE_OF_THE_PLAN = re.compile(r"\b(?:fraction|share|proportion|portion|percent\w*|how much of|how close)\b")
# "what did they really sell?", "what did they actually deliver?": the outcome, set against a plan
OUTCOME_OVER_THE_PLAN = re.compile(
    r"(?<!would )(?<!will )(?<!should )(?<!to )"  # ("what did the target say they would actually sell")
    r"\b(?:actually|really|in reality|in the end|end(?:ed)? up) (?:sell|sold|ship|shipped|deliver|delivered"
    r"|move|moved|achieve|achieved|manage|managed)\b"
    # "what did they actually do?", not "lei jun actually do", nor "do with the target"
    r"|\b(?:they|xiaomi|it|the company) (?:actually|really) (?:do|did)\W*$"
)
# "sold 80m in 2015", "shipped about 40 million": a number said to be what was sold
SOLD_A_NUMBER = re.compile(
    r"\b(?:sold|sell|shipped|ship|moved|move)\s+(?:about |around |roughly |like |over |only |just )?"
    + IN_MILLIONS
)
# "the goal for 2015 was to sell ...": the verb says what the target is, not what was sold
TARGETS_OWN_VERB = re.compile(rf"\b(?:{TARGET_WORD})\b(?: \w+){{0,4}} to $")
# ... or a margin to a target: "sell 30 million less than the 2015 target"
MARGIN_BEFORE_A_TARGET = re.compile(
    r"\s*(?:phones |units |smartphones )?(?P<side>more|less|fewer) than"
    rf" (?:the |its |their )?(?:\w+ ){{0,2}}?{TARGET_WORD}"
)
# A number sold that is a margin over a year's sales: "sell 12 million more than in 2016"
MARGIN_BEFORE_A_YEAR = re.compile(
    r"\s*(?:phones |units |smartphones )?(?:more|less|fewer) than"
    r" (?:in |they did in |in the year )?(?:19|20)\d\d\b"
)
# A target set against an earlier year as growth, not as a gap: "what % increase over 2016 is it?"
TARGET_AS_GROWTH = re.compile(r"%|\bpercent|\bgrowth\b|\bincrease\b|\bimpl(?:y|ies|ied)\b|\bover \d{4}\b")
# A target word before a number: "the 2015 target was 100m", "did they plan to sell 100 million"
TARGET_NAMED_BEFORE = re.compile(rf"\b(?:{TARGET_WORD}|plan|planned|intend|intended|aim|aimed|wanted)\b")
# "100m phones sold": a number said to be sold, after it
NUMBER_SOLD = re.compile(rf"{IN_MILLIONS}\s+(?:phones |smartphones |units |handsets )?(?:sold|shipped)\b")
# "the 80m goal", "its 40 million projection": a target named by its number
A_TARGETS_NUMBER = re.compile(rf"\b{IN_MILLIONS}\s+(?:sales |phone |unit )?(?:target|goal|projection)s?\b")
STATED = re.compile(r"\b(?:was|were|is|are|cost|costs|did)\b")


# a number said as a target: "the 60m target", "a 50 million projection", "its goal of 20m"
NUMBER_SAID_AS_A_TARGET = re.compile(
    # (never a year or a quarter: "the 2015 target", "the q3 target", "the target of 2015")
    r"(?<![\d.,qh])(?!(?:19|20)\d\d\b)(?P<n>\d[\d.,]*)\s*(?:m|mn|mil|million|millions)?\s+(?:\w+\s+)?"
    r"(?:target|goal|projection|forecast|aim)\b"
    r"|\b(?:target|goal|projection|forecast|aim)\s+(?:of|was|is|at|for \d{4} (?:of|was|is))\s+"
    r"(?:about |around |roughly )?(?!(?:19|20)\d\d\b)(?P<n2>\d[\d.,]*)"
)


def target_number_said(match: re.Match) -> float | None:
    """The number a `NUMBER_SAID_AS_A_TARGET` match says, as written ("60" of "the 60m target")."""
    digits = (match.group("n") or match.group("n2") or "").replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def _only_targets_numbers(frame: Frame) -> bool:
    """Every number the question names is a target's, said as one ("the 40 million 2014 projection")."""
    said = {
        n for m in NUMBER_SAID_AS_A_TARGET.finditer(frame.text) if (n := target_number_said(m)) is not None
    }
    # ("the 60m target": 60 million, as the question's own numbers have it)
    return bool(said) and all(q in said or q / 1e6 in said for q in frame.quantities)


# A statement to be settled: a subject, then a verb that says something of it ("2016 beat 2014",
# "sales dropped in 2016", "pretty sure 2016 was their best year"); never a request ("show me ...")
CLAIM_STATED = re.compile(
    r"^(?:(?:i think|i guess|i bet|i believe|i heard|i read|pretty sure|i'?m pretty sure|im pretty sure"
    r"|apparently|so|ok so|fun fact|fyi|btw|afaik|iirc)(?: that)?\W+)?"
    # (no question word anywhere: "so how old was it then"; no what-if: "if they hit it, the total")
    r"(?!.*\b(?:what|whats|which|who|whom|whose|how|when|where|why|if)\b)"
    r"(?!.*\b(?:is|are|be) (?:fine|ok|okay|enough|great|perfect|cool)\b)"  # ("just the xiaomi bit is fine")
    # (no judgement, which no figure settles: "2016 was disappointing compared to 2015"; no blank to fill)
    r"(?!.*\b(?:disappointing|disappointed|bad|good|great|poor|weak|strong|impressive|terrible|awful|amazing"
    r"|solid|decent|known as|blank)\b)(?!.*__)"
    # (no request, nothing said of the asker: "my cousin works at huawei lol"; no correction of the
    # last question: "no, before it was cut"; no year looked for: "first year xiaomi topped 50m")
    r"(?!(?:show|tell|give|list|compare|calculate|find|get|fill|need|want|please|pls|can|could|would|let"
    r"|i|my|me|we|our|us|lol|haha|lmao|no|nope|nah|not|actually|sorry|oops|wait"
    r"|(?:the )?(?:first|last|best|worst|next|only) (?:year|time))\b)"
    # (the verb is the statement's own, not a clause's: "sales in 2009 before they were founded")
    # (nor a later clause's: "founded in 2010, best year was 2014" says two things)
    r"(?:(?!(?:before|after|when|since|until|because|while"
    r"|once|that|which|who|and|but)\b)[\w'$%.-]+\s+){1,6}?"
    r"(?<!\bto )"
    r"(?:was|were|is|are|beat|beats|missed|hit|dropped|fell|grew|rose|cut|said|says|called|makes|costs|cost"
    r"|topped|exceeded|doubled|tripled|quadrupled|went|needs|came|launched|raised|lowered|reached|passed"
    r"|surpassed|overtook|outsold|declined|increased|decreased|jumped|climbed|shrank|works"
    # ("xiaomi sold more in 2016 than in 2015": sold, said with how much)
    r"|sold(?= (?:more|less|fewer|over|under|about|around|roughly|at least|at most|only|just|\d)))\b\W+\w"
)
# "the goal it was measured against", "the phones they sold": a noun, then the clause telling which
RELATIVE_CLAUSE = re.compile(
    r"\b(?!(?:so|ok|and|but|btw|fyi|apparently|think|guess"
    r"|bet|believe|heard|read|sure|that|afaik|iirc|fact)\b)"
    r"[a-z]+ (?:it|they|he|she|we|you|i)\b"
)
AMOUNT_CLAIMED = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\s?(?:%|m\b|mn\b|million|k\b|bn\b|billion|x\b|times\b)"
)
COMPARED_OR_CHANGED = frozenset(
    """more less higher lower bigger smaller greater larger cheaper pricier costlier dearer over under above
    below cut scaled lowered raised reduced up down double doubled half halved""".split()
)
GAP_NAMED = re.compile(r"\b(?:gap|difference|margin)\b")
BE_CLAIMED = re.compile(r"\b(?:is|was|were|are)\W+\w$")  # a claim of what something is
BLANK_AT_THE_END = re.compile(
    r"\b(?:to|at|by|from|of|for|with|about|on|in|into)\s*$|^the (?:figure|amount|number)\b"
)
SECOND_CLAIM = re.compile(
    r"(?:,|\band\b|\bbut\b|;)\s*(?:\w+\s+){0,5}?"
    r"(?:was|were|is|are|beat|missed|hit|dropped|fell|grew"
    r"|rose|cut|said|called|topped|exceeded|reached|passed"
    r"|surpassed|declined|increased|decreased|jumped|climbed|shrank|sold)\b"
)
# "xiaomi was founded in 2012?": a fact said to be of a year
STATED_IN_A_YEAR = re.compile(r"\b(?:was|were|is|are)\b \w+ in (?:19|20)\d\d\b")
FIRST_WORDS = ("first", "earliest")
# "did they sell 80m or was that the goal?", "bigger or smaller", "over/under 15m" (its slash cleaned away)
# A year ranked among those before it: "the best year so far", "a record at the time"
UP_TO_THEN = re.compile(
    r"\b(?:so far|at the time|at that time|at that point|up to then|until then|till then|by then"
    r"|to that point|up to that point|up until then)\b"
)
# "how far below 60m", "how much above 50 million": the distance to a number, asked
HOW_FAR_PAST = re.compile(
    r"\bhow (?:much|far|many)(?: \w+)? (?:above|below|over|under|short of|beyond|past)\b"
)
# One year's growth set against another's: "was 2015 growth bigger than 2014 growth?", "did they grow
# more in 2013 than 2014?" (not "growth from 2013 to 2014", one change)
EACH_YEARS_GROWTH_SET_AGAINST = re.compile(
    r"\b(?:19|20)\d\d(?:'s)? (?:growth|increase|rise|jump|gain|drop|decline|fall)\b"
    r".* than (?:the |in |that of |its |their |[a-z]+'s )?(?:19|20)\d\d\b"
    r"|\b(?:grow|grew|rise|rose|jump|jumped|increase|increased)"
    r" (?:more|faster|quicker|less|slower|by more|by less) in (?:19|20)\d\d than (?:in )?(?:19|20)\d\d\b"
)
# "the 2016 drop", "2015's growth", "the 2013-2014 jump": a change named by its year or its span
A_YEARS_CHANGE = (
    r"(?P<span>(?:19|20)\d\d(?:\s?(?:-|to)\s?(?:19|20)?\d\d)?)(?:'s)? (?:sales |smartphone sales )?"
    r"(?:growth|increase|rise|jump|gain|drop|decline|fall|dip|decrease)\b"
)
# "was the 2016 drop bigger than the 2014-2015 gain?": a year's change set against a span's
YEARS_CHANGE_AGAINST_A_SPANS = re.compile(
    rf"\b{A_YEARS_CHANGE}.*\b(?:more|less|bigger|smaller|larger|greater|worse|better|steeper|sharper)"
    rf" than (?:the |that of |its |their )?{A_YEARS_CHANGE.replace('?P<span>', '?P<other>')}"
)
# "2016 vs 100 million", "2015 sales versus 80m": a year's figure set against a number
YEAR_VERSUS_NUMBER = re.compile(
    r"\b(?:19|20)\d\d(?: \w+){0,2} (?:vs|versus|against|compared to|compared with) (?:the )?"
    r"\d+(?:\.\d+)?\s*(?:m|mn|mil|million|millions|bn|billion)?\b"
)
# "2013 or 2015", "2013 or in 2015": one of two years offered
ONE_OR_THE_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d (?:or|vs|versus) (?:in )?(?:19|20)\d\d\b")
# "at or above the target", "at most the 2017 target" ("no more than" is read as "at most"): one
# side, the same figure included; the upper side and the lower side
INCLUSIVE_ABOVE = re.compile(
    r"\b(?:at or (?:above|over|more than|higher than)|at least|equal to or (?:more|greater|higher|above))\b"
)
INCLUSIVE_BELOW = re.compile(
    r"\b(?:at or (?:below|under|less than|lower than)|at most|equal to or (?:less|lower|fewer|below))\b"
)


def side_said_plainly(text: str) -> str:
    """The text with each inclusive side said as its plain side: 'at least' as 'above', 'at most' as
    'below', so a claim of less is read from the side claimed, not from a word like 'less'."""
    return INCLUSIVE_BELOW.sub("below", INCLUSIVE_ABOVE.sub("above", text))


# "bigger or smaller?", "sales or the target?": both ways asked ("did they hit it or not?", "or nah":
# a yes or no, no second thing offered; "at or above the target", "equal to or more than": one side)
ALTERNATIVES = re.compile(
    r"(?<!\bat )(?<!\bto )\bor\b(?! (?:not|nah|nope|no|what)\W*$)"
    r"|\b(?:over|above|more|higher|up) (?:under|below|less|lower|down)\b"
)
PERCENT_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pct\b)")
# "does 70m match the target?"; a year matching is its sales ("did 2016 match 2015?")
NUMBER_MATCHES = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?: ?(?:m|mn|million|mil|k|bn|billion))?"
    r" (?:match|matches|matched|equal|equals)\b"
)
# "as a share of 2014?", "share of 2015 sales": a share of a year's figure, not of a market
SHARE_OF_A_YEAR = re.compile(
    r"\bshare of (?:the )?(?:19|20)\d\d\b(?!'?s? (?:smartphone |phone |mobile )*market)"
)
THAT_ANSWER = re.compile(r"\b(?:is|was|are|were) (?:that|this|it)\b|\b(?:that|this|it) (?:is|was)\b")
# "more than 60", "under 20": a bare number past a comparison word (never a percent or a multiple)
BARE_THRESHOLD = re.compile(
    r"\b(?P<side>more than|over|above|at least|greater than|bigger than|higher than|less than|under|"
    r"below|fewer than|lower than|smaller than|at most) (?P<n>\d{1,3}(?:\.\d+)?)"
    r"(?! ?(?:%|percent|per cent|x\b|times))\b"
)
MULTIPLE_NUMBER = re.compile(r"\b(\d+(?:\.\d+)?) ?(?:times|fold|-fold)\b")
# A recent time, which the figures never reach, said of the asker's own doings in a clause of
# its own ("my phone broke last month, ..."), not of the sales ("last month of 2015")
RECENT_TIME = re.compile(r"(?:last|this|past) (?:week|month)|yesterday|today")
RECENT_TIME_OF = re.compile(r"\b(?:last|this|past) (?:week|month) (?:of|in)\b")
# The asker speaking of their own things: "my phone is a redmi", "i have a mi 5", "i'm on a redmi"
PERSONAL_REMARK = re.compile(
    r"^(?:(?:lol|haha|btw|fwiw|ok|so) )?(?:my (?:phone|mobile|cell|handset|dad|mom|mum|wife|husband|friend"
    r"|brother|sister)\b|i (?:have|got|own|use|bought|had|just got|just bought)\b|i'?m (?:using|on)\b)"
)
FIRST_PERSON = re.compile(r"\b(?:i|my|me|we|our|us|i'?m|i'?ve)\b")
# "i recall", "as i recalled", "we rented", "my brother imported", "my dad's preordered": the asker, or
# someone of theirs, as the one doing it, right before the verb
ASKER_AS_SUBJECT = re.compile(
    r"(?:^| )(?<!do )(?<!did )(?<!can )(?<!should )(?<!could )(?<!would )"  # "how do i reset": asked
    r"(?:i|we|i've|we've|(?:my|our) [a-z]+(?:'s)?(?: (?:in|from) [a-z]+)?)"
    r"(?: (?:just|also|once|already|have|had))?$"
)
ASKERS_SUBJECT_WORDS = 5  # "my brother just", "i have", "my cousin in india also"
REMARK_CLAUSE_BREAK = re.compile(r"\s*[,.;!?]+\s+|\s+(?:but|and then|so)\s+")
GUESSED_LAST = re.compile(r"[\s,]\d{1,3}(?:\.\d+)?\s*\?+\s*$")  # "... were what, 58?"
# "my cousin says 60 and i say 61", "i bet 70", "he thinks they sold 80": a guess at the figure, no year
GUESSED_BY_SOMEONE = re.compile(
    r"\b(?:says?|said|thinks?|thought|guess(?:es|ed)?|bets?|betting|reckons?|reckoned|claims?|claimed"
    r"|(?:guess|bet) (?:is|was)|money(?:'s| is| was) on)"
    r"(?:\s+(?!(?:would|will|could|need|needs|aim|aims|plan|plans)\b)[a-z']+){0,4}?"
    r"\s+(?P<n>\d{1,3}(?:\.\d+)?)(?:\b|(?=(?:m|mn|mln|mil)\b))(?!\s*(?:%|percent))"
)
# "what's 2+2", "quick maths: 10 x 5 =": numbers worked on alone, no year among them ("10/10" rates)
SUM_OF_BARE_NUMBERS = re.compile(
    r"\W*(?:(?:quick )?maths?:?\s*"
    r"|(?:so |ok |hey )?(?:what(?:'s|s| is)|how much is|calculate|calc|compute)\s+)*"
    r"(?!(?:19|20)\d\d)\d{1,4}(?:\.\d+)?"
    r"(?:\s*(?:\+|-|\*|x|plus|minus|times|divided by|multiplied by)\s*(?!(?:19|20)\d\d)\d{1,4}(?:\.\d+)?)+"
    r"\s*=?\s*\?*\W*"
)
RANKED_BY_SIZE = frozenset({"biggest", "largest"})  # "the biggest smartphone maker": a company ranked
AMOUNT_LAST = re.compile(r"(?<![\w#.])\d{1,3}(?:\.\d+)?(?: ?(?:m|mn|million|phones|units|smartphones))?\W*$")
MAX_SHORT_YEAR = 30  # "15" may be 2015 beside another year; "60" is no year the figures reach
# "sales fell to 58 in 2016", "grew to 70?": the level a movement reached, in the figures' scale
MOVED_TO_A_BARE_NUMBER = re.compile(
    r"\b(?:fell|fall|falls|dropped|drop|drops|slid|slide"
    r"|slip|slipped|declined|decreased|dip|dipped|sank|shrank"
    r"|rose|rise|rises|grew|grow|grows|climbed|increased|jumped|went (?:up|down)|came (?:down|in))"
    r" to (\d+(?:\.\d+)?)\b(?! ?(?:%|percent|per cent|x|times))"
)
# ("growth by 2014": a year the change runs to, no size)
BY_A_BARE_NUMBER = re.compile(
    r"\bby (?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?)(?! ?(?:%|percent|per cent|x|times))\b"
)
MATCH_WORDS = frozenset({"match", "matched", "matches"})
WHICH_YEAR = re.compile(r"\b(?:which|what|any|an)\b(?: \w+){0,2} years?\b")
YEAR_AS_SUBJECT = frozenset({"was", "were", "did", "is", "had"})  # "... was 2015?": the year's own figure
# "reached in 2016", "did xiaomi hit by 2016": a year of what was sold, beside a target's year
REACHED_IN_YEAR = re.compile(
    r"\b(?:reach|reached|hit|sold|sell|shipped|achieved|achieve|made|managed|got|did|do) (?:\w+ )?"
    r"(?:in|during|by) (?:19|20)\d\d\b"
)
SHARE_OF_WHOLE = re.compile(r"\bhow much of\b|\bpercent(?:age)?\b|%|\bproportion\b|\bfraction\b|\bshare\b")
YEAR_WORD = re.compile(r"\byears?\b")
BETWEEN_THOSE = re.compile(r"\bbetween (?:them|those|these|the two|both|those two|these two)\b")
OVER_PREVIOUS = re.compile(
    r"\b(?:those|these|them|both|the two|each of them|all of them|between them)\b"
    # "ratio of the second to the first": the years asked, by their order
    r"|\bthe (?:first|second|former|latter)\b(?! (?:half|quarter|six|three|nine|time|year|article|one you))"
    r"(?![ -](?:most|largest|biggest|best|highest|richest) [a-z])"  # ("the second most valuable startup")
)
OPENER = re.compile(
    r"^(?:and|what about|how about|same for|what of|then|also|plus|ok and|and what about|but|so|ok so)\b"
)
# Verbs that, with a person or outlet the facts quote, ask what they said: "what did canalys report".
REPORTED = re.compile(
    r"\b(?:according to|report|reported|reports|predict|predicted|predicts|prediction|forecast|"
    r"forecasted|estimate|estimated|expect|expected|reckon"
    r"|reckons|reckoned|take|view|views|argue|argued|warn|warned)\b"
)
# A word followed by a comma, stop or dash ends a phrase: it qualifies no word after it.
PHRASE_END = re.compile(r"\b([a-z]+)\s*[,;:.!?]+(?:\s|$)")
# One or two words set off before the question by a comma or dash: "scooters - how many sold?"
FRONTED = re.compile(r"^(?:the |their |its )?(?P<things>[a-z]+(?: [a-z]+){0,2})\s*(?:[,.]|\s-+)\s")
# "what was the 2015 count - the power banks": things named after the question, set off the same way
TRAILING = re.compile(r"(?:[,.]|\s-+)\s(?:the |their |its |for )?(?P<things>[a-z]+(?: [a-z]+){0,2})[.!?]*$")
PLURAL = re.compile(r"[^su]s$")
# "can you tell me about xiaomi?": a request, answered with what is asked, never a yes or no
REQUEST = (
    r"(?:you|u|ya|someone|anyone|somebody)\s+(?:please\s+|pls\s+|plz\s+)?"
    r"(?:tell|give|show|share|explain|list|remind|pull|get|find|look|say|break|summari[sz]e|describe)\b"
)
# The verbs a question to be answered yes or no opens with
QUESTION_VERBS = "is|was|are|were|does|do|did|has|have|had"
# A question to be answered yes or no: it opens with a verb, or ends asking for agreement.
YES_NO = re.compile(
    # ... or a clause does, after what it is about: "compared to 2015, was 2016 lower?"
    r"(?:^|,\s*)(?:(?:so|and|but|ok|hey|wait|hmm|i guess|i think|i suppose|i reckon|i bet|guessing)\s+)?"
    r"(?:that\s+)?"
    rf"(?:{QUESTION_VERBS}|(?:can|could|will|would)(?!\s+{REQUEST})"
    r"|isn'?t|wasn'?t|aren'?t|weren'?t|doesn'?t|didn'?t|hasn'?t|hadn'?t)\b"
    r"|\b(?:right|correct|true|isn'?t it|wasn'?t it|didn'?t it|didn'?t they|doesn'?t it|don'?t they|no"
    r"|legit|accurate|yea|yeah|yes|yep|or not|or nah|or nope|or what|innit|ain'?t it)\s*$"
    # asking for a figure to be checked: "pls confirm h1 = 34.7m", "sounds off to me", "true or false"
    r"|\b(?:confirm|verify|(?:fact|sanity|reality) check|correct me if)\b"
    r"|\bsounds? (?:off|wrong|right|low|high|too low|too high|about right)\b|\btrue or false\b"
    # one year said to be more than another, as a question: "2015 > 2014?", "2013 less than 2012?"
    r"|^(?:xiaomi(?:'s)? )?(?:19|20)\d\d(?:'?s)?(?: sales)? "
    r"(?:more|less|higher|lower|bigger|smaller|greater|better|worse)"
    r" than (?:the |that of |those of )?(?:19|20)\d\d(?:'?s)?(?: sales)?$"
    # a statement of what something of a company is: "xiaomi's ceo is tim cook"
    r"|^[a-z]+'s (?:[a-z]+ ){1,2}(?:is|was) (?!what|which|who|whom|when|where|how|why)[a-z]"
    # "can you tell me if xiaomi hit 80m in 2015": a check asked for
    r"|\btell (?:me|us) (?:if|whether)\b"
    # "any xiaomi phones above $250?": whether some one is past a bound
    r"|^(?:so |and |ok )?(?:any|anything)\b(?=.*\b(?:above|over|under|below|more than|less than)\b)"
    # "what about 2017 - did they hit it?": a year taken up, then checked
    r"|^(?:and |what about |how about )(?:in |for )?(?:19|20)\d\d\W*"
    r"(?:did|was|were|is|are|has|have|do|does)\b"
    # "how many did they sell in 2017, did they hit it": a check in a clause of its own
    r"|,\s*(?:did|does|do|was|were|is|are|has|have)\s+(?:they|it|xiaomi|he|she|that|this)\b"
    # "so kevin wang is xiaomi's ceo": a conclusion to check, said as a statement
    r"|^(?:so|and so)\s+[a-z]+(?: [a-z]+)? (?:is|was|are|were) (?:[a-z]+'s|the|a|an)\b"
)
# "Rank the years from best to worst", "sales years in order": every year, sorted by the figure.
RANKED_YEARS = re.compile(
    r"\b(?:rank|ranked|ranking|order|ordered|sort|sorted|list)\b(?:\s+\S+){0,5}?\s+years?\b"
    r"|^(?:(?:ok|so|now|pls|please|can you|could you) )*(?:rank|order|sort) (?:them|those|these)\b"
    r"|\byears?\b(?:\s+\S+){0,3}?\s+(?:ranked|in order|sorted|by sales)\b"
    r"|\b(?:best|highest|biggest|most) to (?:worst|lowest|smallest|least)\b"
    r"|\b(?:worst|lowest|smallest|least) to (?:best|highest|biggest|most)\b"
)
# "do the articles agree on 2014?", "is 2015 the same in both?": the sources set side by side
SOURCES_AGREE = re.compile(r"\b(?:agree|agrees|disagree\w*|same|match|matches|consistent|line up|differ)\b")
SOURCES_SIDE_BY_SIDE = re.compile(r"\b(?:articles|sources|reports|both|each other)\b")
# "rank xiaomi's yearly phone sales": the years in order ("its rank in china by annual sales" is a
# place in a market)
ANNUAL_RANKED = re.compile(
    r"\b(?:rank|order|sort)\b(?:\s+\S+){0,3}?\s+(?:yearly|annual)(?: phone| smartphone)?"
    r" (?:sales|figures|numbers)\b"
)
# "best year first", "lowest first": the years in order, said by the end that comes first
RANKED_FIRST = re.compile(r"\b(?:best|highest|biggest|worst|lowest|smallest) (?:year )?first\b")
LOWEST_FIRST = re.compile(
    r"\b(?:worst|lowest|smallest|least) to (?:best|highest|biggest|most)\b|\bascending\b"
    r"|\bfrom (?:the )?(?:lowest|smallest|worst|least)\b|\b(?:lowest|smallest|worst) (?:year )?first\b"
)
# "Other than china", "besides india": a place or product left out, not asked about.
EXCLUDING = re.compile(
    r"\b(?:other than|besides|apart from|aside from|except(?: for)?|excluding|outside(?: of)?|not counting)"
    r" (?:the )?(?P<what>\w+(?: \w+)?)"
)
# "how many other devices", "non-phone products did they", "excluding phones", "apart from
# smartphones": things sold that are no phones, which no figure counts ("smartphone sales excluding
# other devices", "phones or other devices?", "among other things" ask the phones)
OTHER_THAN_PHONES = re.compile(
    r"\bhow many (?:other|non[- ]?(?:smart)?phone) (?:products|devices|gadgets)\b"
    r"|(?<!phones and )(?<!phones )"  # ("phones and other devices did they sell": the phones asked too)
    r"\b(?:other|non[- ]?(?:smart)?phone) (?:products|devices|gadgets) (?:did|does|do|has|have)\b"
    r"|\b(?:other than|besides|apart from|aside from|except(?: for)?|excluding|not counting)"
    r" (?:their |its )?(?:smart ?phones|phones|handsets|mobiles)\b"
)
# "how many days in 2015?", "how many weeks were there in 2016", "how many days was that year?": the
# calendar, never that year's sales ("how many weeks in q3 2015 did sales drop?" asks more)
CALENDAR_ASKED = re.compile(
    r"\bhow many (?:days|weeks|hours|minutes|months|sundays|mondays|weekends|holidays|leap days)"
    r"(?: (?:were|are) there)? (?:in|during) (?:the year )?(?:19|20)\d\d\W*$"
    r"|\bhow many (?:days|weeks|hours) (?:was|were|is|are) (?:that|this|the) year\W*$"
)
# ... counted as sold, not asked what they are ("other than phones, what does xiaomi sell?") nor how
# many kinds are made ("how many other products does xiaomi make?": the facts say "a number of")
COUNTED_ASKED = re.compile(
    r"\bhow many\b.*\b(?:sell|sold|ship|shipped|move|moved)\b"
    r"|\b(?:units?|sales|shipments|figures?|numbers?)\b"
)
# "Did xiaomi add", "they added": what a company added is growth; "add 2013 and 2014" is a sum.
ADDED_BY = re.compile(r"\b(?:did|has|have|had|they|it)\s+(?:\w+\s+)?add(?:ed)?\b(?! up\b)")  # not "add up to"
# "first year they beat 40m", "which year did they top 60m?": a year asked of a number reached
YEAR_OF_A_NUMBER_ASKED = re.compile(
    r"^(?:the )?(?:first|earliest) (?:year|yr)\b|\b(?:which|what) (?:year|yr)\b"
)
# "when did xiaomi first sell more than 50m", "the earliest year above 50m"; not "the first half"
FIRST_TIME = re.compile(r"\b(?:first|earliest)\b(?! (?:half|quarter|six|three|nine|one|of)\b)")
# "in which month did sales pass 50m?", "what quarter did they hit 30m?"
MONTH_OR_QUARTER_ASKED = re.compile(r"\b(?:which|what) (?:month|quarter)\b")
ANNOUNCED_SAID = re.compile(r"\b(?:announc\w*|report\w*|publish\w*|said|say|says|reveal\w*|disclos\w*)\b")
RUNNING_TOTAL_SAID = re.compile(r"\b(?:cumulative|running|in total|all told|so far|to date|combined)\b")
PASSED_A_NUMBER = re.compile(
    r"\b(?:pass|passed|cross|crossed|top|topped|hit|reach|reached|exceed|exceeded|surpass\w*)\b"
)
# "was the latest year ...?", "the latest year they reported, did it ...?": a claim asked of it
CLAIM_VERB_ASKED = re.compile(r"(?:^|, )(?:was|were|is|are|did|does|do|has|have)\b")
# "which year came closest to 66 million?", "what year's sales were most like 2013's?", "which year
# was nearest the first half of 2015?": the year whose figure is nearest a number or another figure
NEAREST_ASKED = re.compile(
    r"\b(?:closest|nearest|(?:came|comes|come|got|get|gets) close|most similar|most like|most alike)\b"
)
NEAREST_NOT_SEARCHED = re.compile(
    rf"\b(?:{'|'.join(f for f in FACTORS if 'half' not in f)}"
    r"|(?<!first )(?<!second )(?<!1st )(?<!2nd )half"  # (a factor, not the first half of a year)
    r"|after|before|since|until|will|future|next|between|plus|minus|average|total|sum)\b"
)
PART_OF_A_YEAR_ASKED = re.compile(r"\b(?:which|what) (?:half|quarter|month|period)\b")
# ("which other year", "what full year": a year asked for, as "when" asks one)
A_YEAR_ASKED = re.compile(r"\b(?:which|what)(?: \w+)? (?:year|yr)s?\b")
NEAREST_WORDS = frozenset(
    "closest nearest close near similar like alike came comes come got get gets landed".split()
)
# "the most recent year sales were under 20m", "the last time they sold fewer than 60m": the latest
# year past a number ("last year sales were under 60m" is a year before today's)
LAST_TIME = re.compile(
    r"\b(?:(?:most recent|latest)(?: full)? (?:year|yr|time)"
    r"|(?:the|their|its) (?:last|final)(?: full)? (?:year|yr|time)(?! (?:of|in|on) (?:the|your) data\b))"
    # (a year searched for, said with what it did: "the latest year xiaomi sold under 20m", "the most
    # recent year with sales below 10m"; "was the latest year above 60m?" claims of the last year)
    r" (?=(?:that|when|in which|where|with|xiaomi|they|it|the company|sales|annual|yearly|phone|phones)\b)"
)
LATEST = re.compile(
    r"\b(?:most recent|latest|newest|up to date|last (?:full )?year (?:you have|on record|in the data))\b"
    r"(?! (?:quarter|month|week|half|day)s?\b)"  # "the most recent quarter": a part no figure is latest of
)
NUMBER_ALONE = re.compile(
    r"(?:(?:the|an?|exact|actual|precise|real|just|ok|and) )*(?:number|figure|count|amount)s?"
    r"(?: (?:pls|please|plz|only|thanks|thx))?"
)
NUMBER_ASKED = re.compile(
    r"\b(?:exact|number|numbers|figure|figures|units|unit count|tally|how much|how many)\b"
)
# "minus 2014", "and take out 2016": a year taken out of the years asked before
TAKEN_OUT_FIRST = re.compile(rf"{TAKEN_AWAY_SAID}\b")
# "which years did they not sell over 50 million?": the other side of the number
NOT_PAST = re.compile(
    r"(?:\b(?:not|never|(?P<failed>fail(?:ed|s)? to))|\b(?:did|do|does|was|were)n'?t)\s+(?:\w+\s+){0,2}?"
    r"(?:over|above|more than|beyond|exceed|exceeding|top|surpass|below|under|less than|fewer than"
    r"|at least|at most)\b"
)
NOT_ON_THE_SIDE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:\w+\s+){0,2}?not (?:over|above|below|under|more than|less than)\b"
)
SIDE_WORDS = re.compile(
    r"\b(?:over|above|more than|beyond|exceed|below|under|less than|fewer than|at least|at most)\b"
)
FLIPPED = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}
# "which year did sales not grow?", "the year they didn't increase": the other way
ASKED_IN_THE_NEGATIVE = re.compile(
    # ("did sales not grow in 2016?" asks literally, whether they did not: yes)
    r"(?:(?:so|and|but|ok) )?(?:did|do|does|was|were|had|has|have|is|are)n'?t\b"
)
# a yes-or-no question inside a message, after a greeting or a lead-in: "hi! quick one: did xiaomi
# beat 60m? ty", "i was wondering whether xiaomi hit its goal" (never after a question word)
YES_NO_WITHIN = re.compile(
    r"^(?!.*\b(?:how|what|which|when|why|who|where|whats)\b).*"
    r"\b(?:(?:did|does|do|is|was|were|are|has|have|had)|whether|if)\s+"
    r"(?:xiaomi|they|it|its|sales|the|their|lei jun|he|(?:19|20)\d\d|h[12])\b"
)
A_BOUND_AFTER = r"(?!\s+(?:\w+\s+){0,3}?(?:below|under|beneath|above|over|past|by|more|less|to)\b)"
# "did sales never decline?": the other way every year, "never" said of the whole span
NEVER_MOVED = re.compile(
    r"\b(?:never|not once|at no point)\s+(?:(?:have|has|had|did|ever)\s+)?"
    r"(?:grow|grew|grown|increased?|rose|risen|rise|climbed?|fall|fell|fallen|drop|dropped|declined?"
    r"|dipped|dip|shrank|shrunk|shrink|slipped|slip|went (?:up|down)|gone (?:up|down)|go (?:up|down))\b"
    # ("never fell below 7 million", "never fall in a year by more than 20%": a bound, checked as such)
    rf"{A_BOUND_AFTER}"
)
NOT_MOVED = re.compile(
    r"(?:\b(?:not|never|no longer|fail(?:ed)? to)|\b(?:did|do|does|was|were|had|has|have)n'?t)\s+(?:\w+\s+)?"
    r"(?:grow|growth|increase|rise|go up|climb|improve|fall|drop|decline|go down|shrink)\b"
    r"(?!\s+(?:below|under|above|over|beneath|short of|past|by more|by less|by over|by under))"  # a bound
    r"|\bno (?:growth|increase|rise)\b"
    # "years without sales growth": the years that did not grow
    r"|\bwithout (?:any |a )?(?:\w+ )?(?:growth|increase|rise|a rise|an increase|growing|rising|increasing"
    r"|decline|drop|fall|falling|dropping|declining|shrinking)\b"
)
# "Every year", "year after year": a direction claimed of each year, not of the first and last.
EVERY_YEAR = re.compile(
    r"\b(?:every (?:single )?year|each (?:and every )?year|year after year|year over year every|"
    r"always|consistently|steadily|non ?stop|without a break|every time|"
    # "did sales keep rising?", "have they continued to grow?": on and on, each year
    r"keeps?|kept|continu(?:e|es|ed) to|continued|continuing|"
    # "list the yearly changes", "yoy changes": the changes, plural, from each year to the next
    r"(?:yearly|annual|year[ -](?:over|on)[ -]year|yoy) (?:changes|growth rates)"
    r"|changes (?:by|per|each) year|"
    # "yearly change in sales", "year by year growth": a change for each year
    r"(?:yearly|year by year) (?:change|growth|increase|decline)|(?:change|growth) (?:by|per) year)\b"
)
# A sum of money over the units sold: "valuation per phone sold", "divided by 2015 units"
PER_UNIT_SOLD = re.compile(
    r"\bper (?:phone|unit|handset|device|smartphone)s?(?: sold)?\b"
    r"|\bdivided? (?:it |that )?by (?:the |their |its )?(?:(?:19|20)\d\d )?"
    r"(?:units|phones|smartphones|sales|shipments)\b"
)
# What became of a target: "what happened to xiaomi's 2015 sales goal?"
HAPPENED_TO_A_TARGET = re.compile(
    r"\bwhat (?:happened|happens) (?:to|with) (?:the |its |their |xiaomi'?s )?"
    r"(?:(?:19|20)\d\d |sales |phone )*"
    r"(?:target|goal|projection|forecast)s?\b"
)
# The last question asked of other years: "make it 2015-2016", "switch to 2015 and 2013", "change that
# to 2014" ("change 2016 vs 2012" asks a change)
OTHER_YEARS_INSTEAD = re.compile(
    r"(?:ok |okay |so |no |now |and |hmm |wait )*(?:(?:make|switch|swap|turn)(?: (?:it|that|this|them))?"
    r"(?: (?:to|for|into|with))?|change (?:it |that |this |them )?(?:to|into))"
    r"(?= (?:the )?(?:(?:19|20)\d\d|h[12]|q[1-4]|first|second)\b)"
)
# An article asked for by what it says: "which article says ...", "which of the sources has ..."
WHICH_ARTICLE = re.compile(
    r"(?:and |so |ok )?(?:in )?which (?:(?:one )?of the (?:two )?)?(?:articles?|sources?|pieces?|reports?)\b"
)
# "How big?" alone, after a figure: how much it was ("how big is xiaomi?" asks of the company)
HOW_BIG_ALONE = re.compile(r"(?:and |so |ok )?how (?:big|large|huge|steep|sharp)(?: (?:was|is) (?:it|that))?")
# Which of them, most: "where are they mostly sold?"
MOST_WORDS = frozenset({"most", "mostly", "mainly", "main", "primarily", "largely", "chiefly", "biggest"})
# A number needed: "how many a month did they need for 100 million?"
NEEDED = re.compile(r"\b(?:need|needs|needed|require|required|have to|had to|has to)\b")
NEEDED_FOR = re.compile(r"\b(?:for|to reach|to hit|to get to|to make|to sell)(?: the)? \d")
# Every year there are figures for, whatever years were asked before: "the avg across all years?"
EVER_SAID = re.compile(r"\bever\b")
ALL_THE_YEARS = re.compile(
    r"\b(?:(?:across|over|for|of|in|from) )?(?:all|every one of) (?:of )?(?:the |your |its )?years\b"
    r"|\ball[- ]time\b"  # ("the whole period" after years asked is theirs)
)
# A comparison that claims the first is the lower one: "was 2016 worse than 2014?".
CLAIMS_LESS = re.compile(
    r"\b(?:less|lower|fewer|worse|smaller|weaker|down|below|under|beneath|behind|trail|trails|trailed"
    r"|trailing|lag|lags|lagged|lagging|short of"
    # "did 2016 miss 2015?": a year missed, not a target ("why did they miss the 80m target?")
    r"|miss(?:ed)?(?= (?:the |its |their |xiaomi's )?(?:19|20)\d\d\b"
    r"(?!'?s? (?:\w+ )?(?:target|goal|projection)))"
    r"|drop|dropped|fall|fell|decline|declined|shrink|shrank|slip|slipped|lost|shed)\b"
)
# "than the 80m target", "than its goal": a target named next
TARGET_NAMED_NEXT = r"(?=(?:the |its |their )?(?:\S+ ){0,2}?(?:sales )?(?:target|goal|projection))"
# Of a target: the question says it was missed ("did they miss it?", "fell short"), not reached
CLAIMS_SHORT = re.compile(
    r"\b(?:miss|missed|misses|missing|fell short|fall short|falls short|come up short|came up short|short of"
    r"|shy of|(?:fail|fails|failed|failing) to (?:reach|hit|meet|make|get to|achieve|sell)"
    rf"|below|under|(?:less|lower|fewer|smaller) than {TARGET_NAMED_NEXT})\b"
)
OWN_ROLES = frozenset({"ceo"})
UNNAMED_OWNERS = frozenset(
    {"its", "their", "company's", "startup's", "firm's", "brand's"}
)  # a role named as a company's ("xiaomi's ceo") that says who it is
# "what did the ceo say", "the insider predicted": someone named by what they are, speaking
DESCRIBED_SPEAKING = re.compile(
    r"\b(?P<owner>the|its|their|[a-z]+'s) (\w+) (?:say|said"
    r"|says|predict|predicted|expect|expects|expected|claim"
    r"|claimed|think|thinks|thought|told|mean|meant)\b"
)
# "2015 vs 2015 target", "2014 sales against the 2014 projection": a year's sales against its own target
YEAR_VS_ITS_TARGET = re.compile(
    rf"\b(?P<y>{YEAR})(?:'s)? (?:sales |figure |number )?(?:vs\.?|versus|against|compared (?:to|with))"
    rf" (?:the |its |their )?(?P<y2>{YEAR})(?:'s)? (?:sales )?(?:target|goal|projection|forecast)s?\b"
)
# "did they fall short of 2014 in 2016?": the year measured against
YEAR_FALLEN_SHORT_OF = re.compile(rf"\b(?:short of|behind|shy of) (?:the )?(?P<year>{YEAR})\b")
# "did they fall short in 2015?", "did xiaomi miss in 2015": short of what was aimed at, said alone
# "beat 70m", "topped 60m": more than the number (to hit or reach it is to get at least that far)
BEATEN = re.compile(r"\b(?:beat|beats|beaten|top|topped|exceed|exceeded|surpass|surpassed|outdid|outdo)\b")
# "did they beat (it) by 21m in 2014?": beaten by a margin, nothing else named
BEATEN_BY = re.compile(r"\b(?:beat|beats|exceed|exceeded|surpass|surpassed|topped)(?: it)? by\b")
SHORTFALL = re.compile(r"\bshortfall\b")  # a year's shortfall: how far short of its target
MISSED_OUTRIGHT = re.compile(r"\b(?:miss|missed|fell short|fall short|come up short|came up short)(?! of)\b")
OVERSHOT_OUTRIGHT = re.compile(
    r"\b(?:overshoot|overshot|overshooting"
    r"|(?:beat|beats|exceed|exceeded|surpass|surpassed) expectations)\b(?! of)"
)
# "they need 12m more to hit it": still short of it, whatever the verb of reaching after
STILL_SHORT = re.compile(rf"\b{STILL_TO_GO}")
# ... said the other way round: "to hit 70m, do they need to sell 12m more than in 2016?"
PURPOSE_THEN_MORE_NEEDED = re.compile(
    r"^(?:so |and )?(?:in order )?to (?:hit|reach|meet|make|get to|achieve|match)\b"
    r".*\bneed(?:s|ed)?\b.*\d(?:[\d.,]*)\s*(?:m|mn|million|k"
    r"|thousand)?\s*(?:phones |units )?(?:more|extra|additional)\b"
)
# "so they missed the target?", "so xiaomi beat 2014?": an outcome said, with a question mark
OUTCOME_CLAIMED = re.compile(
    r"(?!.*\b(?:how|what|which|when|why)\b)"  # "so they missed it by how much?" asks
    r"(?:(?:and )?so (?:then |basically )?)?(?:they|xiaomi|it|sales) (?:beat|missed|miss|hit|reached|reach"
    r"|made|topped|exceeded|exceed|surpassed|surpass|smashed|outsold|fell short of|grew|dropped|fell|rose"
    r"|declined|lost|shed|gained|increased|decreased|jumped|climbed|slipped|shrank|went up|went down|met"
    r"|achieved)\b"
)
AUXILIARIES = frozenset("did does do has have had were was will would are is".split())
# "how many more did they sell", "how many years", "how many people": no other thing sold
NOT_A_THING_COUNTED = frozenset(
    "more fewer less total million millions billion times years months days weeks units pieces items people "
    "employees "
    "staff workers of in a the per each overall altogether all".split()
)
# "is that ...", "so that's ...": a claim of the figure just given
THE_LAST_FIGURE_CLAIMED = re.compile(
    r"(?:(?:and|so|ok) )?(?:(?:is|was|isn't|wasn't|isnt|wasnt) (?:that|it|this)|that's|thats|that is|that was"
    r"|it's|it was)\b"
)
# "so that's above the target?", "so 2016 was higher?", "so 50% growth?", "so that's their worst year?":
# a conclusion drawn with a question mark, to be checked (not "so what about 2015?", nor "so 2015?")
SO_A_CLAIM = re.compile(
    r"(?:(?:and|ok|oh|lol|wait|hmm|yeah|right) )?so (?:then )?"
    r"(?!.*\b(?:how|what|which|when|why|who|where|whats)\b)"
    # ... of something named: "so lower?" alone names nothing that is claimed
    r"(?=.*\b(?:that|that's|thats|it|it's|its|they|xiaomi|sales|this|(?:19|20)\d\d)\b|.*\d)"
    r"(?=.*\b(?:higher|lower|more|less|fewer|above|below|over|under|bigger|smaller|larger|best|worst|biggest"
    r"|highest|lowest|growth|grew|drop|dropped|decline|declined|fell|rise|rose|up|down|beat|missed|same)\b"
    r"|.*\d\s*(?:%|percent\b))"
)
# "2016 fell by 17%?", "so down by 17%?": a change in percent said, with a question mark
CHANGE_IN_PERCENT_SAID = re.compile(
    r"\b(?:up|down|grew|fell|rose|dropped|declined|increased|decreased|jumped|slipped|shrank)\s+"
    r"(?:by\s+)?(?:about |around |roughly |nearly |almost |over |under )?\d[\d.]*\s*(?:%|percent\b)"
)
CLAIMS_REACHED = re.compile(
    r"\b(?:hit|hits|hitting|reach|reached|reaches|reaching|beat|beats|beaten|beating|exceed|exceeded"
    r"|exceeding|surpass|surpassed|meet|met|match|matches|matched|matching|achieve|achieved|attain|attained"
    r"|make it|made it|above|over|beyond|ahead of|smash|smashed|crush|crushed|blew past|blow past"
    r"|clear|cleared|get there|got there"
    rf"|(?:more|higher|greater|bigger) than {TARGET_NAMED_NEXT})\b"
)
# "was 2013 below 2014?", "2013 sales under 2014's": a year set on one side of another year; alone,
# "above" or "below" is also a rank ("ranked above it"), so only between two years
YEAR_SIDE_OF_YEAR = re.compile(
    r"\b(?:19|20)\d\d(?:'?s)?(?:\s+[a-z]+){0,2}?\s+(?:below|under|above|over|beneath|beyond|short of"
    r"|trail|trails|trailed|lag|lags|lagged|behind|ahead of|at least|at most|at or \w+)"
    r"\s+(?:(?:the|that|those|what|they|sold|of|in|its|their|xiaomi.s)\s+){0,4}(?:19|20)\d\d\b"
)
# "worse than", "better or worse than": a comparative and its "than", a word or two apart at most.
COMPARATIVE_THAN = re.compile(r"\b(?:worse|better|weaker|stronger)\b(?:\s+\w+){0,2}?\s+than\b")
THAN_WORD = re.compile(r"\bthan\b")
TRIPLED = re.compile(r"([a-z])\1{2,}")  # "sooo", "pleeease"
DOUBLED_LAST = re.compile(r"([a-z])\1$")  # "heyy", "helloo"
DOUBLED = re.compile(r"([a-z])\1+")
# Chat shorthand read as the word it stands for before anything else reads it: "how's ur day"
# is "how's your day", "what r the sales" is "what are the sales".
# "what devices does xiaomi sell?", "what do they sell": what it sells, in the present; "what did
# they sell that year" asks a year's figure
SHORT_NAME_SLIP = 6  # below this length, a name's slip is only a doubled letter typed once
PER_YEAR_WORDS = re.compile(r"\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b")
AIM_WORDS = frozenset({"priority", "priorities", "concern", "concerns", "focus", "aim", "objective"})
# a year's place among the others: "where does 2016 rank?", "how did 2014 stack up vs the other years?"
# ("what took place in 2016?", "who was in first place?", "what position did he hold?" rank no year)
SOLD_IN_ALL = re.compile(r"\b(?:cumulative\w*|total\w*|in all|altogether|combined|overall|so far)\b")
BY_A_YEARS_END = re.compile(
    r"\bby the end of (?:19|20)\d\d\b|\bby (?:year[- ]end|end of year) (?:19|20)\d\d\b"
)
YEAR_PLACE_ASKED = re.compile(r"\b(?:rank|ranks|ranked|ranking|stack|stacks|stacked)\b")
YEARS_WORD = re.compile(r"\byears\b")
OTHER_YEARS = re.compile(r"\b(?:other years|the others|the rest|rest of the years|every other year)\b")
RANKED_IN_A_MARKET = re.compile(
    r"\b(?:china|chinese|india|market|global|globally|worldwide"
    r"|world|startups?|compan(?:y|ies)|brands?|makers?)\b"
)
RANKED_AIM = re.compile(rf"\b(?:top|number one|first|main|biggest|chief|highest) (?:{'|'.join(AIM_WORDS)})\b")
EVENT_ASKED = re.compile(r"\b(?:what|which) event\b")
# an event set by its date or its product, planned or rumoured: what happens, not where
EVENT_TO_COME = re.compile(
    r"\b(?:planned|plan|rumou?r\w*|expected|expect|happen\w*|scheduled|launch\w*|coming|likely|probable"
    rf"|mi \d+|{'|'.join(MONTHS)}|this month|next month)\b"
)
SPOKE = re.compile(
    r"\b(?:he|she|they|him|his|her|say|said|says|speak\w*|spoke|talk\w*|make them|made them|remarks?"
    r"|comments?|downplay\w*|played down|play down|attend\w*)\b"
)
NOT_WHERE_SOLD = re.compile(r"\b(?:you|your|get|got|find|found|source\w*|from|not|never|n't|doesn't|don't)\b")
WHERE_OF_A_TIME = re.compile(r"\b(?:years?|times?|quarters?|halves|half|periods?|cases?) where\b")
# ("what does he say they need to sell?" asks a target)
WHAT_IT_SELLS = re.compile(
    r"\bwhat\b(?:\s+[a-z]+){0,3}?\s+(?:does|do)\s+"
    r"(?:(?!(?:need|needs|must|should|has|have|want|wants|expect|expects|plan|plans|say|says|think|thinks)\b)"
    r"[a-z']+\s+){0,3}?sells?\b(?! for\b)"  # "what does it sell for?" asks its price
)
# "which one is right?", "just give me one number": one of the disagreeing figures is asked to be picked
PICK_ONE = re.compile(
    r"\bwhich (?:one|number|figure|source|article|is)\b.*\b(?:right|correct|true|accurate|trust|believe|use)"
    r"\b"
    r"|\b(?:one|a single) (?:number|figure)\b"
    # "my friend says 60, I say 61, who's right?": a dispute over the figure, settled by the sources
    r"|\bwho(?:'s| is| was)? (?:right|correct)\b|\bwhich of us\b"
    # "ok just pick one", "choose one", "which should i use": one of the figures, chosen
    r"|\b(?:pick|choose|select) (?:one|a number|a figure|the right one|for me)\b"
    r"|\bwhich (?:one )?should i (?:use|quote|cite)\b"
)
# "was it 80?" is 80 million, "70.9?" 70.9 million; "sales in 3014" is a year nobody has
BOUND_BEFORE_A_NUMBER = re.compile(
    r"\b(?:above|over|more than|below|under|less than|at least|at most|beyond|past|exceed\w*)\s+\d"
)
# "swears it", "says so": an unknown word before an object pronoun is a verb, not things named
OBJECT_AFTER = re.compile(r"[a-z]s (?:it|so|me|him|her|them)\b")
OPENS_A_QUESTION = re.compile(
    # "was that official", "what was that number again": asked, with no question mark
    rf"(?:and |so |ok |but |sorry,? )?"
    rf"(?:{QUESTION_VERBS}|what(?:'s|s| (?:{QUESTION_VERBS})) (?:that|it|this))\s+\w"
)
COMPANY_ASKED_WHO = re.compile(
    r"\bwho(?:'s| is| was| were) (?:\w+'s |the )?(?:\w+ ){0,3}"
    r"(?:company|companies|brand|brands|maker|makers|manufacturer|manufacturers|vendor|vendors|firm)\b(?!'s)"
)
SEVERAL_YEARS = re.compile(r"\b(?:all|every|each|five|four|three|yearly|years|figures)\b")
SOURCE_FOR_A_YEAR = re.compile(
    r"\b(?:article|source|report)(?:'s)? (?:number|figure|count|one|value) for (?:19|20)\d\d\b"
)
HEARSAY = re.compile(
    r"(?:(?:so|ok|well|hey|lol|but) )?(?:(?:my|a|an|our|some) (?:\w+ ){1,2}?|someone |somebody |people |i "
    r"|everyone |everybody |you |u "
    r"|(?:the )?(?:internet|news|wikipedia|google|reddit|twitter) "
    # "analyst note says", "this report claims": a paper of someone's, named by what it is
    r"|(?:(?:the|this|that|one|an?) )?(?:\w+ )?"
    r"(?:note|report|deck|memo|excerpt|blog|post|study|survey|slide)s? )"
    # "somebody in the office said", "a guy at work says": where the speaker is, said in passing
    r"(?P<where>(?:in|at|from|on) (?:the |my |our |this )?\w+ |here )?"
    r"(?:says|said|say|thinks|thought|claims|claimed|reckons|swears|insists|told me|tells me|heard|read)\b"
)
SPEAKER_BEFORE_A_VERB = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:and|my|our|a|his|her) )([a-z]+)"
    r" (?:says|said|thinks|thought|reckons|claims|claimed|swears|swore|insists|bets|guesses)\b"
    # ... with a number of theirs said next ("counterpoint says what about 2016": a source asked of)
    r"(?! (?:what|about|anything|something|so)\b)(?=(?: [a-z']+){0,3} \d)"
)
ONE_WORD_SPEAKER = re.compile(
    r"(?P<name>[a-z]+) (?:says|said|thinks|thought|claims|claimed|reckons|swears|insists)\b"
)
CURRENCY_WORDS = frozenset({"dollars", "bucks", "euros", "pounds", "rupees", "francs", "dollar", "usd"})
# A judgement said of something: "2015 was rough", "lei jun seems like a cool guy", "that's sad"
COPULA = re.compile(
    r"\b(?:is|was|are|were|be|been|seems?|seemed|looks?|looked|sounds?|feels?|felt|thats|s)\b"
)
REMARK_KINDS = frozenset({"ack", "remark"})
# "the second-most valuable startup", "the biggest chinese brand": a company described by a rank
SUPERLATIVE_COMPANY = re.compile(
    r"\b(?P<second>second[- ]?)?(?:most valuable|biggest|largest|top|leading|number one|no\.? ?1|#1"
    r"|best[- ]selling)(?: [\w-]+){0,2}? (?:startups?|brands?|company|companies|makers?|manufacturers?"
    r"|vendors?|firms?|players?)\b"
)
# "worst bot ever", "average bot", "you are the worst", "best company ever": a thing judged, no figure
JUDGED_THING = re.compile(
    r"\b(?:best|worst|average|greatest|nicest|coolest|dumbest|stupidest|lamest)\s+"
    r"(?:(?:phone|smartphone|tech|chinese) )?"
    r"(?:bot|bots|phone|phones|company|companies|brand|brands"
    r"|ceo|app|thing|ai|assistant|chatbot|startup|guy)\b"
    # (said last: "average phone price", "the best company in china" ask of a figure or a rank)
    r"(?=[\s!.,?]*(?:ever|of all time|in history|lol|haha|tbh|fr|imo)?[\s!.,?]*$)"
    r"|\byou(?:'re| are|re)(?: \w+)? (?:the )?worst\b(?=[\s!.,?]*(?:ever|lol|haha)?[\s!.,?]*$)"
    # "is lei jun a better ceo than tim cook?": one judged against another, no figure of either
    r"|\b(?:better|worse|smarter|cooler|nicer|greater|stronger|weaker) (?:\w+ )?"
    r"(?:ceo|boss|leader|founder|manager|person|guy|company|brand|phone|startup|designer)s? than\b"
    # "is android better than ios?", "iphones are better than xiaomis": a platform or make judged
    r"|\b(?:android|ios|iphones?|xiaomis?|redmis?) (?:is |are )?(?:better|worse|nicer|cooler) than\b"
    r"(?! (?:expected|planned|forecast|projected|hoped|before|in 20))(?!.*\bpric)"
)
READ_ON_AS_JUDGED = frozenset({"", "ack", "remark"})  # chat a judgement may still be read from
# "what a great year 2015 was", "what a terrible 2016": a year exclaimed over, nothing asked of it
EXCLAIMED_OF_A_YEAR = re.compile(
    rf"(?:wow |man |damn |lol )?what an? \w+(?: \w+)?(?: year)?(?: (?:for xiaomi|for them))? {YEAR}"
    r"(?: was| has been| it was)?(?: for (?:xiaomi|them))?(?: lol| haha)?"
)
# "damn that's low.", "wow, that's high!", "so impressive.": a judgement of the last answer, said and
# left before the next question ("is that low?" asks it; "that's low for 2016" narrows)
ANSWER_JUDGED = re.compile(
    r"(?:(?:wow|damn|dang|omg|oh|whoa|geez|jeez|huh|hmm|meh|ugh|ok|okay|lol|haha|yikes|man)\W+)*"
    r"(?:(?:that'?s|thats|that is|this is|it'?s|its|that was|seems)\s+)?"
    r"(?:(?:so|pretty|quite|really|very|super|way too|too|kinda|kind of|rather)\s+)?"
    r"(?:low|high|a lot|lots|huge|tiny|small|big|crazy|insane|wild|nuts|impressive|amazing|nice|cool"
    r"|neat|great|bad|terrible|awful|sad|rough|weak|solid|interesting|surprising|wow|massive|modest)"
    r"(?:\W+(?:lol|haha|tbh|ngl|honestly))?",
    re.IGNORECASE,
)
# "nice growth", "great numbers", "impressive sales": praise of what was just answered
PRAISE_OF_THE_ANSWER = re.compile(
    r"(?:wow |oh |lol |ok |ha )?(?:nice|great|good|impressive|amazing|awesome|wild|crazy|insane|solid"
    r"|cool|terrible|awful|bad|sad|brutal|rough|not bad)"
    r" (?:growth|numbers|figures|sales|results|stats|drop|decline|fall|jump|year|run)(?: lol| haha| tbh)?"
)
REQUEST_WORD = re.compile(
    r"\b(?:pls|plz|please|tell|show|give|need|want|what about|how about|and (?:19|20)\d\d)\b"
)
OPENS_WITH_A_QUESTION_WORD = re.compile(
    r"(?:and |so |ok |but |also )?(?:what|who|whom|whose|when|where|why|which|how)\b"
)
# "drop from 2015", "grow from 2014 on": a change starting at that year, the year after it measured
# (never "from 2014 to 2015", "up from 2014" of another year named, or a figure's "from 2015's 70m")
CHANGE_FROM_A_YEAR = re.compile(
    r"\b(?:drop|dropped|fall|fell|decline|declined|grow|grew|growth|rise|rose|change|changed|go|went|move|moved"
    r"|increase|increased|decrease|decreased|jump|jumped)(?: \w+)? from (?P<year>(?:19|20)\d\d)"
    r"(?!'s|\s*(?:to|until|till|through|thru|and|-|–|vs|versus|levels? to)\b)"
)
YEARS_COUNTED = re.compile(
    r"\b(?:those|these|the|all|all the|them)\s+(?P<n>[2-9])\b(?!\s*(?:million|m|k|bn|%|percent))"
    # "3 years in a row", "4 straight years": a run of years, counted
    r"|\b(?P<run>[2-9]) (?:(?:straight|consecutive|successive) years|years (?:in a row|running|straight))\b"
)
DEFINITION = re.compile(r"(?:so |and |ok |hey )?(?:what(?:'s| is)|whats) (?:a|an) (?!few\b|lot\b|bit\b)[a-z]")
# "what does yoy mean?", "define valuation": a word's meaning, whatever the word measures
MEANING = re.compile(
    r"(?:so |and |ok |hey )?(?:what does (?:the (?:word|term) )?\S+(?: \S+){0,3} (?:mean|stand for)\b(?! by)"
    r"|define\b|(?:the )?(?:definition|meaning) of\b)"
)
NEGATED = re.compile(r"\b(?:not|never|fail|failed|didn'?t|don'?t)\b")
RIVAL_WORDS = frozenset({"competitor", "competitors", "rival", "rivals"})
# A level set against another, beside SET_AGAINST's words: "how far below the 2015 peak was 2016?"
LEVEL_SET_AGAINST = re.compile(
    r"\b(?:compared|below|above|short of|shortfall|down from|off|close|far|near)\b"
)
# A later year's way back up to an earlier one's figure: "growth needed from 2016 to reach 2015's level"
# "growth needed in 2017 to get back to 2015 levels": the year the growth is in, then the year reached
BACK_TO_A_YEAR = re.compile(
    r"\b(?:reach|get back to|go back to|return to|recover to|climb back to|hit|match)\b"
)
GROWTH_IN_A_YEAR = re.compile(
    rf"\b(?:growth|grow|increase|rise)\b.*?\bin (?P<year>(?:19|20)\d\d)\b.*?{BACK_TO_A_YEAR.pattern}"
)
GROWTH_WORD = re.compile(r"\b(?:growth|grow|grew|grown|growing|increase|rise)\b")
A_TARGET_SAID = re.compile(rf"\b(?:{TARGET_WORD}|plans?\b)")
YEAR_OF_THE_EXTREME = re.compile(
    r"\b(?:19|20)\d\d(?:'s)? (?:peak|high|record|best(?: year)?|low|worst(?: year)?)\b"
)
MIN_NAME_PART = 4  # "jun", "ive" alone are too short to be sure of
POSSESSIVE_NAME = re.compile(r"\b([a-z]+)'s\b")  # "kevin's number": a name only as an owner
DECIMAL_NUMBER = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
# "wasn't it 80?": a number alone ("18 months later" counts time, no amount)
BARE_AMOUNT = re.compile(
    r"(?<![\w.$])(\d{1,3}(?:\.\d+)?)(?![\w%]|\.\d|\s*(?:months?|years?|yrs?|weeks?|days?|quarters?)\b)"
)
# "how far from 70?", "did they hit 60?": a bare number reached or missed
GAP_TO_A_BARE_NUMBER = re.compile(
    r"\b(?:from|to|of|off|reach|reached|hit|beat|miss|missed) (\d{1,3}(?:\.\d+)?)"
    r"(?![\w%]|\.\d| ?(?:percent|per cent|x\b|times|months?|years?|yrs?|weeks?|days?|quarters?)\b)"
)
MAX_THING_WORDS = 3  # an unknown thing named in a question is at most this many words: "smart rice cookers"
MIN_STEMMED_LENGTH = 4  # shorter words are never matched to a known word by their stem
INFLECTIONS = ("ing", "ings", "ed", "s", "es", "er", "ers")
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())
# Who spoke, as a chat client copies it or a member reports it: "> Mike: ...", "[12:04] Tom: ...",
# "Dave said ...". A name is written with a capital.
# A chat client's stamp before a message: "[2017-04-10 09:15]", "10/04/2017 10:01 PM", "Replying to Dan:"
CHAT_STAMP = re.compile(
    r"\s*(?:\[[^\]]{0,30}\]\s*"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s*(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp][Mm])?)?\s*(?:-\s+)?"
    # ("10/04 Bob:", "(edited) Priya:", "(2 min ago) Ines:", "👋 Zoe:": a day, a client's note or an
    # emoji before who spoke)
    # (a capital in the name itself, whatever the case of the rest: "7.2 million:" is no stamp)
    r"|\d{1,2}[/.]\d{1,2}\s+(?=(?-i:[A-Z])[\w.'-]*\s?:)"
    r"|\((?:edited|\d{1,2} ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?) ago)\)\s*"
    r"(?=(?-i:[A-Z])[\w.'-]*\s?:)"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*(?=(?-i:[A-Z])[\w.'-]*\s?:)"
    r"|(?:re|fwd?)\s*:\s+|(?:replying to|reply to|in reply to)\b\s*(?=\w+\s*:))+",
    re.IGNORECASE,
)
# "2nd q:", "question #7:", "last q -", "#2", "+100", "dumb q but": a label numbering or weighing the
# question, whose numbers and words are nothing asked ("q3:" is a quarter, and stays)
LABEL_WORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?|\d+/\d+|#\d{1,2}|first|second|third|next|last|final|another|one|more"
    r"|quick|dumb|stupid|silly|random|noob|easy|simple|serious|real|bonus|top|my|a|the|follow-?up|side|ok|so)"
)
QUESTION_LABEL = re.compile(
    rf"\s*(?:(?:{LABEL_WORD}\s+){{0,3}}(?:q|qn|ques|question)(?:\s*#\s*\d{{1,2}}|\s+\d{{1,2}})?\s*[:)\-\u2013\u2014]+"
    rf"|(?:{LABEL_WORD}\s+){{1,2}}(?:q|question),?\s+but"
    r"|[#+]\d{1,3}[:.)]?(?=\s+(?:who|what|whats|how|when|where|which|why|did|does|do|was|were|is|are|can)\b))"
    r"\s+(?=\S)",
    re.IGNORECASE,
)
# Who spoke, as chat clients write it: one to three words and a colon, then the message
CHAT_NAME = re.compile(r"\s*(?P<name>[A-Za-z][\w.'-]*(?: [\w.'-]+){0,2})\s?:\s+(?=\S)")
# ... and as people type it: "Bob (2017):", "mia (2 msgs):", "Fatima (mod) -", a capitalised full
# name and a dash, or a name and a tilde, ">" or "!!" ("Anna Li - ...", "Yuki ~ ...", "HANNAH!!! ...");
# the aside is no year asked. (One word and a dash may be a place or thing asked about: "Asia - 2015?")
CHAT_NAME_MARKED = re.compile(
    r"\s*(?:(?P<name>[A-Za-z][\w.']*(?: [A-Za-z][\w.']*)?)\s?\([^()]{1,20}\)\s?[:\-\u2013\u2014]"
    r"|(?P<full>[A-Z][\w.']* [A-Z][\w.']*)\s(?:[-\u2013\u2014~>]|--)"
    r"|(?P<single>[A-Z][\w.']*)(?:\s?[~>]|!{2,})"
    # ... and a name, then a dash ("Bob - ...", "Mei — ..."), unless a number opens what follows
    # ("Asia - 2015 sales?" may ask of a place: see without_chat_header)
    r"|(?P<dashed>[A-Z][a-z.']+)\s(?:[-\u2013\u2014]|--)"
    # ... several who spoke ("Priya, Raj:", "Bob & Al:"), a time sent ("Priya @ 9am:", "Bob  2:32 PM",
    # "Bob Smith, [10.04.17 14:32]"): the first name stands for them
    r"|(?P<joined>[A-Z][\w.']*)(?:\s?(?:,|&)\s?[A-Z][\w.']*)+\s?:"
    r"|(?P<timed>[A-Z][\w.']*(?: [A-Z][\w.']*)?)(?:\s?@\s?|\s{1,3}|,\s?\[)\d{1,2}(?:[:.]\d\d)*"
    r"(?:\s?[AaPp][Mm])?(?:[ .]\d{1,2}:\d\d)?\]?\s?:?)\s+(?=\S)"
)
CHAT_NAME_GROUPS = ("name", "full", "single", "dashed", "joined", "timed")
# "how many years between 2012 and 2015?", "did it take to go from 7.2m to 70m?": a span of years
SPAN_OF_YEARS_ASKED = re.compile(
    r"\bhow many years\b(?! old)(?!.*\binclusive\b)"
    r"(?=.*\b(?:between|apart|take|took|to go|passed|separated?|later"
    r"|from (?:one|the first) to the (?:other|second|next))\b)"
    # "how long did it take to go from 7.2m to 70m?", "how long between 2012 and 2015?"
    r"|\bhow long (?=(?:did|does|would|will) (?:it|that|this|they|xiaomi) take\b"
    r"|was it (?:from|between)\b|between\b)"
)  # ("how many years of figures from 2012 to 2016?", "... inclusive?": years counted, no span)
YEAR_TOKEN = re.compile(r"\b(?:19|20)\d\d\b")
# "H1", "Q4", "FY15", "CY2015": a period ("Cy" with no year is a name)
PERIOD_LABEL = re.compile(r"[hq][1-4]|[1-4][hq]|fy\d*|cy\d+|ytd")
ASKS_OF_ITS_OWN = re.compile(r"\b(?:sales|sold|sell|phones|smartphones|units|how|what|who|when|which|why)\b")
# a user's handle: letters run into a number or joined by "_" ("bob_2015", "Tim2017", "dev_ops")
CHAT_HANDLE = re.compile(r"[A-Za-z]{2,}_?\d+|[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+")
CHAT_HANDLE_PARTS = re.compile(r"[a-z]+\d*")  # "q3_2015": "q3", a period; "sales_2015": "sales"
SHORT_NAME_LETTERS = 3  # "Em:", "Ty:", "Max:": a short title-case word before a colon is who spoke
# ("James: how many phones?", "... how many did they sell?": a count named, or asked of someone, leaves
# the header who asked)
HOW_MANY_OPENS = re.compile(
    r"\s*how many\b(?= (?:sold|shipped|in|during|for|last|this)\b|\s*\??\s*$)", re.IGNORECASE
)
# "what if 2015 was 10% more?" asks that figure worked out ("what would it be?" reads as a comparison)
ONE_FIGURE_OPERATIONS = (None, Operation.VALUE, Operation.COMPARE)
# A what-if: "if xiaomi had sold 80m in 2015", "if they sell 70m in 2017", "what would ... have been at"
SUPPOSED = re.compile(
    # ("if i remember right they sold 61m", "if you know": a hedge or a request, no what-if)
    rf"\b(?:if{NOT_A_WHAT_IF}|suppose|supposing|assuming|imagine)\b"
    r"(?:(?! (?:what|how)\b)[^,?]){0,60}?"
    r"\b(?:had(?! to\b)|hit|hits|sell|sells|sold|reach|reaches|reached|match|matched|matches|make|makes|made"
    r"|ship|ships|shipped|get|gets|got)\b"
    r"[^,?]{0,40}|\bwould\b[^,?]{0,40}\bhave been\b[^,?]{0,30}"
    # "had xiaomi sold 75 million in 2016, ...": the if said by the word order
    r"|^had (?:xiaomi|they|it|the company) (?:sold|hit|reached|made|shipped|moved)\b[^,?]{0,40}(?=,\s*\w)"
    # "suppose 2013 sales were 25m": a figure supposed by "were" ("if the full year was 70m" states one)
    r"|\b(?:suppose|supposing|imagine|assuming)\b[^,?]{0,40}\b(?:were|was|had been)\b[^,?]{0,40}"
    # "what if 2012 was 10 million": a year's figure supposed, the year named ("if the full year was
    # 70m" states one)
    r"|(?P<year_was>\bif (?:xiaomi'?s? )?(?:19|20)\d\d(?:'s)?(?: (?:sales|figure|number|units|sales figure))?"
    r" (?:was|were|had been|came in at|is|equalled|equaled)\b[^,?]{0,40})"
)
# "than it actually sold", "than it really was", "the actual 2016 figure": a number supposed set
# against the same year's own figure
AGAINST_WHAT_WAS = re.compile(
    r"\b(?:actual|actually|really|in reality|real)\b|\bthan (?:it|they|xiaomi) (?:did|was|were|had)\b"
)
# "ahead of 2014 by less than 5m": the margin's side, which claims neither year lower
MARGIN_SIDE_WORDS = re.compile(r"\bby (?:more than|less than|fewer than|at least|at most|over|under)\b")
# "tell me if", "wondering if": whether something is so, no what-if
# "Wang: what did he say?": the message speaks of a person, who may be the one the header names
OF_A_PERSON = re.compile(r"\b(?:he|his|him|she|her)\b")
# Words no speaker's name has: a header with one is the question itself ("Which is bigger: ...")
HEADER_NO_NAME = frozenset(
    "which what whats who how why when where is are was were do does did can could the or and vs of to in"
    " than more less bigger higher".split()
)
SPEAKER = re.compile(
    r"\s*(?:(?:>\s*|\[[^\]]{0,20}\]\s*)+(?P<quoted>[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?)\s*:\s"
    # ("Who said ...?", "What says ...": a question word asks who, it is nobody's name)
    r"|(?!(?:Who|What|Which|Whom|Whose|When|Where|Why|How|Someone|Somebody|Everyone|Nobody)\b)"
    r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?)"
    r"(?: (?:wrote|asked|asks)\s*:\s| (?:says|said|thinks|claims|reckons|swears|insists|told me|tells me)\b))"
)
# A sum set against other years: "were 2012 and 2013 combined more than 2016?", "2013 plus 2014
# vs 2015", "2015 and 2016 together vs 2012-2014".
RATIO_OF = re.compile(r"\b(?:ratio|multiple) of\b")  # "the ratio of 2014+2015 to 2012+2013"
TO_WORD = re.compile(r"\bto\b")
SET_AGAINST = re.compile(
    r"\b(?:than|vs|versus|against|compared? (?:to|with)|compare (?:to|with)|beat|beats|exceed|exceeded"
    r"|outsold|outsell|surpass|surpassed|divided by|as a multiple of|relative to)\b"
)
# "which is bigger: ... or ...?", "what's higher, ... or ...?": two sides offered, the larger asked
WHICH_IS_MORE = re.compile(
    r"\b(?:which|what'?s|what is|whats)\b(?:\s+\w+){0,3}?\s+(?:bigger|higher|more|larger|greater|better"
    r"|smaller|lower|less|fewer|worse)\b"
)
# "The ratio of 2015 to 2016 sales": the first year named over the second.
RATIO_NAMED = re.compile(
    r"\bratio of (?:(?!from\b)\w+ ){0,3}?(?P<a>(?:19|20)\d\d)(?:'s)?(?: \w+)? "
    r"(?:to|vs|versus|and|against|over) (?:\w+ ){0,2}?(?P<b>(?:19|20)\d\d)"
)
# "2015/2016", "2015 sales divided by 2016 sales": the first year over the second, as written
YEAR_DIVIDED = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)(?: \w+){0,2}? divided by (?:\w+ ){0,2}?(?P<b>(?:19|20)\d\d)\b"
)
# "without the worst year", "excluding the best one", "ignoring the peak": that year left out
WITHOUT_AN_EXTREME = re.compile(
    r"\b(?:without|excluding|exclude|except|ignoring|ignore|leaving out|leave out|not counting"
    r"|apart from|bar|w/o|dropping|drop|removing|remove)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:best|worst|weakest|strongest|top|peak|lowest|highest|biggest|smallest|record)\b"
)
SUMMED = re.compile(r"\b(?:combined|together|plus|sum|summed|total|altogether|added up|put together)\b")
SECOND_QUESTION = re.compile(
    r"\b(?:and|then) (?:tell|is|was|were|did|does|what|how|which|give|whether)\b|, and\b"
)
# what two spans set apart may be other than their sums or averages: "the 2012-2013 jump vs the
# 2015-2016 one"
SPANS_CHANGED = re.compile(
    r"\b(?:growth|grow|grew|jump\w*|rise|rose|increase\w*|drop\w*|fall|fell|decline\w*|change\w*|gain"
    r"|cagr|rate|pace)\b"
)
SOLD_IN_SPANS = re.compile(r"\b(?:sell|sold|selling|ship\w*|sales|units|phones|handsets|shift\w*|mov\w+)\b")
FROM_A_YEAR = re.compile(r"\bfrom (?:19|20)\d\d\s+(?:to|till|until)\b")
HYPHEN_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:-|through|thru)\s*(?:19|20)\d\d\b")
SPAN_AVERAGED = re.compile(r"\b(?:average\w*|avg|mean)\b")
YEARS_SPANNED = re.compile(rf"\b(?P<a>{YEAR})\s*(?:-|to|through|thru)\s*(?P<b>{YEAR})\b")
# A year claimed to be a part of another: "more than half of 2014", "under a third of 2015's".
FRACTION_CLAIMED = re.compile(
    r"\b(?:(?:more|less|fewer|bigger|smaller|higher|lower|greater) than|at least|at most|over|under|about"
    r"|around|nearly|almost|roughly|is|was|were) (?:a |one |one-)?(?:half|third|quarter|fifth|tenth)"
    r"(?: of)? (?:the |xiaomi'?s? |its |their )?(?:19|20)\d\d\b"
    r"(?!(?:'s)? (?:sales )?(?:target|goal|projection|forecast))"  # "half the 2015 goal": no year's sales
    # "was 2013 twice 2012?", "was 2012 a third of 2013?"
    r"|\b(?:19|20)\d\d(?:'s)?(?: sales)? (?:(?:a|one) (?:half|third|quarter|fifth|tenth)(?: of)?|twice|double"
    r"|triple|thrice|(?:\d+|two|three|four|five|ten) times) (?:that of |those of |the )?(?:19|20)\d\d\b"
)
# "exceed three times that", "beat twice 2013": past a multiple of another figure
MULTIPLE_OF_ANOTHER = re.compile(
    r"\b(?:twice|double|triple|thrice"
    r"|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?: and a half)? times)"
    r" (?:that|it|this|those|(?:19|20)\d\d)\b"
)
SELLS_IN_A_PLACE = re.compile(
    r"\b(?:sells?|selling|available|present|operates?|launched)\b(?:\s+\w+){0,3}\s+in\b"
)
MARKET_SIZE_ASKED = re.compile(r"\bhow (?:big|large)\b|\bsize\b|\bvolume\b|\bhow many\b|\btotal\b")
# The span of the years asked, named as one: "over the period", "the whole span".
SPAN_NAMED = re.compile(
    r"\b(?:the|that|this|whole|entire|same)(?: whole| entire)? "
    r"(?P<word>period|span|timeframe|stretch)\b(?! of\b)"
)
MIN_PREAMBLE_WORDS, MAX_PREAMBLE_WORDS = 3, 12  # chatter before a colon: "quick q for the group:"
FOREIGN_SCRIPT_SHARE = 0.3  # questions mostly in another script are declined
FOREIGN_WORDS_NEEDED = 2  # common words of another language that make a Latin-script question foreign


def undrawn(word: str) -> tuple[str, ...]:
    """A word drawn out for emphasis, as it may have been meant: "heyy" -> "hey", "sooo" -> "so",
    "pleeease" -> "please". The word itself when nothing is drawn out."""
    once = TRIPLED.sub(r"\1", word)
    forms = (once, DOUBLED_LAST.sub(r"\1", once), DOUBLED.sub(r"\1", word))
    return tuple(dict.fromkeys(f for f in forms if f != word))


def comparative(text: str, entities: Entities) -> bool:
    """'Was 2016 worse than 2014?', 'better or worse than 2014': a best or worst word followed by
    "than", with two periods named, compares them; "the best year since 2012" does not."""
    return len(set(entities.years)) >= 2 and bool(COMPARATIVE_THAN.search(text))


def preamble_words(text: str) -> frozenset[str]:
    """The words of a preamble set off by a colon, with no number in it: "we're arguing in the
    group: was 2015 the best year?" is chatter, then the question."""
    head, colon, _ = text.partition(":")
    # ("at 10 mins to deadline:": a time said in passing is no figure)
    if not colon or any(ch.isdigit() for ch in NUMBER_IN_PASSING.sub(" ", head)):
        return frozenset()  # most questions have no colon: nothing to clean a second time
    words = clean(head).split()
    if not MIN_PREAMBLE_WORDS <= len(words) <= MAX_PREAMBLE_WORDS:
        return frozenset()
    if is_plural_thing(words[-1]):
        return frozenset()  # "electric scooters: how many?" names what is counted
    return frozenset(words)


# "we're a startup too lol. what's xiaomi's best year", "back from vacation 🏖️ what did xiaomi ship in
# 2015": a remark of the asker's own, no number in it, then the question in a sentence of its own
# (the head starts past the spaces: "\s*" and a head of spaces took time quadratic in a long run
# of spaces before an emoji)
OPENING_REMARK = re.compile(
    r"\s*(?P<head>[^\s.!?][^.!?\n]{2,79}?)(?P<end>[.!]+|,"
    r"|\s*[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u2600-\u27bf"
    r"\U0001f300-\U0001faff]*)\s+(?P<tail>\S.*)",
    re.DOTALL,
)
# "... huge around 2014-2015 - what did they sell in 2015?": a remark set off by a dash, then the question
# (found from the start of a run of blanks only, possessively: a long run of them is read once)
DASH_BETWEEN = re.compile(r"(?<!\s)\s++[-\u2013\u2014]+\s+")
DASHED_REMARK_LONGEST = 400  # characters of a remark before a dash
AMOUNT_IN_A_REMARK = re.compile(
    r"\d\s*(?:m|mn|million|bn|billion|k)\b|\b(?:suppose|supposing|if|imagine|assume|assuming|say)\b",
    re.IGNORECASE,
)
POINTED_AT_AFTER_A_DASH = re.compile(r"\b(?:that|this|it|those|these|the same)\b", re.IGNORECASE)
# "2014 - 2015 sales?" is a span; "my cousin says 2014 ... - what ..." a remark
REMARK_WORDS_BEFORE_A_DASH = 4
YEARS_IN_A_REMARK = re.compile(r"\b(?:19|20)\d\d(?:\s*[-\u2013/]\s*(?:19|20)?\d\d)?\b")
# numbers said in passing in a remark: a time ("15 minutes left"), a score ("lost 3-0")
NUMBER_IN_PASSING = re.compile(
    r"\b\d{1,3}\s*(?:mins?|minutes?|hrs?|hours?|secs?|seconds?|days?|weeks?)\b|\b\d{1,2}\s*[-:]\s*\d{1,2}\b"
    r"|\b\d{1,2}/10\b"  # a rating: "10/10 meme"
)
CHAT_REMARK_WORDS = re.compile(
    r"\b(?:lol|lmao|haha|hahaha|ugh|btw|back from|raining|sunny|tired|bored|weekend"
    # ("interesting. growth 2012-2013?": a word of reply to what was said, then the question)
    r"|interesting|wow|hmm+|huh|damn|nice|cool|noted|gotcha|i see|got it|makes sense)\b"
)
# "and 2015?", "what about 2014?": a follow-up, of the company talked about
OPENS_LEANING_BACK = re.compile(r"(?:and|but then|so then|what about|how about|same for|vs|versus)\b")
# "xiaomi sucks tbh", "apple is overrated lol", "huawei's phones are mid": a company judged, nothing said
COMPANY_JUDGED = re.compile(
    r"(?:(?:honestly|ngl|tbh|imo|lol|man|bro|ok|so)[, ]+)*(?P<company>[a-z]+)(?:'s)?(?: phones)?"
    r"(?: (?:is|are|'s))?(?: (?:so|really|kinda|kind of|pretty|totally|still|the))?"
    r" (?:sucks?|rocks?|rules?|slaps?|stinks?|overrated|underrated|mid|goated|trash|garbage|amazing|awesome"
    r"|terrible|awful|the best|the worst|cool|great|lame|meh|boring|legit|fire|dope)"
    r"(?:[, ]+(?:tbh|lol|lmao|imo|ngl|honestly|fr|tho|though|haha|man|bro))*"
)
# "lol that's a drop", "it's a huge drop lol", "this is huge": of what was said ("it's raining", "this
# group is the best" are of nothing said)
REMARK_POINTS_BACK = re.compile(
    r"\b(?:that|that's|thats|those|these|(?<!killing )(?<!nailed )it(?!'s raining| is raining)"
    r"|this(?= (?:is|was|one|number|figure)\b))\b"
)
# "what about xiaomi?", "did xiaomi beat them?", "and its 2015 sales?": a question leaning on what
# was said before it
# "<a remark> but <a question>": the question after the last "but" said after a remark
BUT_THEN_ASKED = re.compile(r"(?P<head>\S[^?]{2,200}?)[,;]?\s+but\s+(?P<tail>\S[^?]*\??\W*)", re.IGNORECASE)
ANYTHING_BUT = re.compile(r"\b(?:anything|everything|nothing|all|not)$")
ASKS_INSTEAD = re.compile(
    r"(?:i (?:only |just |really )?(?:want|need|care about|wanna)|tell me|give me|show me)\b"
)
POINTS_BACK_AT_THE_REMARK = re.compile(
    r"\b(?:that|this|it|those|these|same|also|too|either|than|then|there|such|him|he|she|her"
    r"|worse|better|more|less|fewer|higher|lower|bigger|smaller|else|other|instead)\b"
)
THEY = re.compile(r"\b(?:they|them|their|theirs)\b")
OWN_FACT_ASKED = re.compile(r"\b(?:ceo|chief executive|founder|boss|valuation|valued|worth|founded)\b")
REPORTED_BY = re.compile(r"\b(?:says|said|reports|reported|thinks|claims|claimed|published|data)\b")
# company names of four letters or more ("oppo", "huawei"); where only alias words are given, their
# pieces ("in", "can") are shorter
MIN_COMPANY_LETTERS = 4
_FISCAL_YEAR = r"fy ?\d\d"
FISCAL_YEAR_SAID = re.compile(rf"\b{_FISCAL_YEAR}\b")
YEAR_OR_PART_SAID = re.compile(rf"\b(?:(?:19|20)\d\d|[hq][1-4]|{_FISCAL_YEAR})\b")
ARTICLE_IN_A_REMARK = re.compile(r"\b(?:article|piece|story|report|source|link|post)s?\b")
AMOUNT_SAID = re.compile(r"\d\s*(?:m|mn|million|millions|bn|billion|k)\b")
THING_NAMED_AFTER_ABOUT = re.compile(r"(?:what|how) about (?:the|xiaomi's|its) ")
LEANS_BACK = re.compile(
    r"^(?:and|but then|so then|what about|how about|same for|vs|versus)\b"
    r"|\b(?:them|they|their|theirs|those|these|it|its|him|his|her|that one|this one)\b"
)
# "i got my redmi yesterday.", "my brother imported one from china.": what the asker, or someone of
# theirs, did or has; no narrowing of what is asked ("i only want china." and "i mean h1." narrow)
POINTS_AT_A_PLACE = re.compile(
    r"\b(?:there|that country|his country|her country|their country|that market)\b"
)
# "in my country", "sold here", "domestically": the asker's own place, or a home market, pointed at
ASKERS_PLACE = re.compile(
    r"\b(?:here|my|our|this|there|local\w*|domestic\w*|home\w*|mainland|country|nation\w*|region\w*|nearby)\b"
)
DOUBLED_SLIP_MIN_LENGTH = 4  # "beter" for "better"; in three letters ("fal") a slip is too often a word
# "i'm in india right now", "just landed in brazil lol", "when i was in beijing everyone had one":
# where the asker is or was
SPEAKERS_WHEREABOUTS = re.compile(
    r"^(?:(?:lol|haha|btw|ok|so|well|when|while|since|now that) )?"
    r"(?:(?:(?:i|we)(?:'m|'re| am| are| was| were)?|im)(?: (?:just|currently|now|still|finally))?"
    r" (?:in|at|visiting|travelling in|traveling in|living in|live in|moving to|from)"
    r"|(?:just )?(?:landed in|arrived in|got back from|back from))"
    r" [a-z]+\b"
)
ASKERS_OWN_DOING = re.compile(
    r"^(?:(?:lol|haha|btw|fwiw|ok|so|well) )?(?:i|we|(?:my|our) [a-z]+(?: (?:in|from) [a-z]+)?)"
    r"(?: (?:just|also|finally|recently))?"
    r" (?:got|get|gets|bought|buy|buys|(?:have|has|had) (?:a|an|one|two|my)\b(?! question| query| report)"
    r"|own|owns|use|uses|used|ordered|preordered|pre-ordered"
    r"|imported|activated"
    r"|rented|returned|picked up|love|like|hate|switched)\b"
)
# "just the second half lol", "we need india numbers only", "the average please", "use the older
# article.": a remark that says what is asked, or how
REMARK_NARROWS = re.compile(
    r"\b(?:only|just|half|quarter|h1|h2|q[1-4]|numbers?|figures?|sales|units|market|target|goal|growth"
    r"|drop|rise|fell|grew|total|average|mean|combined|together|sum|percent|article|source|older|newer)\b"
)


# a company as the one buying, returning or putting phones together: no sale of its own
COMPANY_AS_BUYER = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would) (?P<who>[a-z]+)(?:'s)? "
    r"(?P<verb>buy|purchase|order|return|assemble|build|design)\b"
)
BUYERS_MEASURE = {
    "buy": "purchases",
    "purchase": "purchases",
    "order": "orders from suppliers",
    "return": "returns",
    "assemble": "production",
    "build": "production",
    "design": "designs",
}
# "anyway how many ...", "unrelated but ...", "quick q: ...": a question said to leave the remark
# before it behind, whatever that remark held (a price paid, a device of the asker's own)
TURNS_AWAY_FROM_THE_REMARK = re.compile(
    r"(?:anyway[sz]?|anyhow|unrelated(?: question| q)?(?: but)?|(?:quick|random|real|actual) (?:q|question)"
    r"|on (?:an|a different|another) note|back to (?:the )?(?:topic|point|business))\b[\s,:;-]*",
    re.IGNORECASE,
)
# what a question compares with, or adds to, a remark it follows ("huawei grew 50%. anyway did xiaomi
# grow more?")
WEIGHS_THE_REMARK = re.compile(
    r"\b(?:more|less|fewer|higher|lower|bigger|smaller|than|beat|beats|better|worse|same|too|also|either"
    r"|instead|exceed\w*|outs[eo]l\w*|cheaper|pricier|costlier"
    # ... or points at what it named: "there", "that year", "then", "my country"
    r"|there|here|that|this|then|my|our)\b"
)


def _own_thing_in_passing(
    question: str, words: Words, asks: tuple[Ask, ...], subjects: tuple[str, ...]
) -> bool:
    """The asker telling of their own things, asking nothing ("our sales dropped in Q3 too", "my
    2017 goal: sell my old phones"): a remark, however many of the figures' words it uses."""
    if asks or subjects or "?" in question or SENTENCE_BREAK.search(question):
        return False  # ("our sales are nothing like that lol. 2015 figure pls" asks after it)
    if words.entities.quantities and words.entities.years:
        return False  # ("my phone says 70m in 2015": a figure claimed, checked)
    if ASKERS_OWN_THING.search(words.text):
        return True
    # "i'm new here", "my boss is the ceo of a startup", "a transition period for me": the asker
    # telling of themselves, with no year, no figure's word and nothing asked for ("i'm from
    # brazil" is kept: "do they sell there?" may lean on it)
    if words.entities.years or words.entities.quantities:
        return False  # ("my bet was 75 million": a number to set against the figures)
    if words.by_role.get(Role.SALES) or words.by_role.get(Role.OPERATION):
        return False
    if REQUEST_WORD.search(words.text) or ASKING_WORD.search(words.text):
        return False
    return SAID_OF_THE_ASKER.search(words.text) is not None


def _sales_margin_to_a_revised_target(text: str) -> bool:
    """'In 2015 they were 10 million below the revised goal?': sales a margin from that version of a
    target; never another target set against it ("was kevin wang's number 10m under the revised
    goal?")."""
    said = MARGIN_TO_A_REVISED_TARGET.search(text)
    return said is not None and not TARGET_BEFORE_A_MARGIN.search(text[: said.start()])


# a target named as the subject of a margin: "kevin wang's number", "the 2014 projection"
TARGET_BEFORE_A_MARGIN = re.compile(
    r"\b(?:target|goal|projection|forecast|number|prediction|plan|(?:kevin )?wang'?s?|lei jun'?s)\b"
)


def _dashed_remark_without_its_years(question: str) -> str | None:
    """'my cousin says they were huge around 2014-2015 - what did they sell in 2015 versus 2016?':
    the question after the dash has years of its own, and the remark's are no years asked; None
    where no such remark comes first. A figure or a supposition before the dash is what the question
    weighs, as is "that" after it."""
    dash = DASH_BETWEEN.search(question, 0, DASHED_REMARK_LONGEST + 1)
    if dash is None:
        return None
    head, tail = question[: dash.start()].strip(), question[dash.end() :].strip()
    if len(head) < 3 or "?" in head or not tail:
        return None
    if AMOUNT_IN_A_REMARK.search(head) or POINTED_AT_AFTER_A_DASH.search(tail):
        return None
    if not (re.search(YEAR, head) and re.search(YEAR, tail)):
        return None
    if len(head.split()) < REMARK_WORDS_BEFORE_A_DASH or not _opens_as_a_question(clean(tail)):
        return None
    return f"{YEARS_IN_A_REMARK.sub(' ', head)} - {tail}"


def without_opening_remark(
    question: str,
    companies: frozenset[str],
    things: frozenset[str],
    names: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    main_words: frozenset[str] = frozenset(),
    whole_companies: frozenset[str] | None = None,
) -> str:
    """The question without a remark of the asker's own before it ("it's raining here lol. 2015
    xiaomi numbers?"), which would otherwise lend it its words.

    A sentence before a question that names what it asks of (`names`: companies, people, products,
    places) and leans on nothing before is left out whatever opinion it gives ("apple sucks lol.
    xiaomi 2015 sales?"), unless it points back, says what is asked ("for india please.", "i mean
    the target.": `places` are the products and places), or is a heading ("Huawei.", "electric
    scooters."). Any other remark is kept where it names a company or a thing (`companies`,
    `things`), says what is measured or points back, or where the rest is no question of its own.
    `main_words`: the words of the company the bot is about, whom "they" after a remark may mean;
    `whole_companies`: the companies' one-word names ("coolpad" is no "cool")."""
    if (asked := _dashed_remark_without_its_years(question)) is not None:
        return asked
    whole = companies if whole_companies is None else whole_companies
    if (asked := _question_after_a_but(question, whole, main_words)) is not None:
        return asked
    remark = OPENING_REMARK.fullmatch(question)
    if remark is None:
        return question
    head, tail = remark.group("head").lower(), remark.group("tail")
    if ANSWER_JUDGED.fullmatch(head.strip()) and remark.group("end") != ",":
        # "damn that's low. and 2016?": the last answer judged, then a question of its own or a follow-up
        return tail if _opens_or_marked(tail) or re.search(YEAR, tail) else question
    head_words_clean = clean(head).split()
    if (
        SPEAKERS_WHEREABOUTS.match(head.strip())
        # ("i was in beijing in 2014, how many that year?", "... in my country?", "sell here?")
        and not re.search(r"\d", head)
        and not (POINTS_AT_A_PLACE.search(tail) or ASKERS_PLACE.search(tail))
        and re.search(YEAR, tail) is not None  # a year's figure asked, which no place of the asker's narrows
        and _opens_or_marked(tail)
    ):
        # "i'm in india right now, how many phones did xiaomi sell in 2015?": where the asker is
        # narrows nothing asked ("when i was in beijing ..." opens as no question either)
        return tail
    if _opens_as_a_question(head.strip()):
        return question
    numbered = any(ch.isdigit() for ch in NUMBER_IN_PASSING.sub(" ", head))
    turned_away = TURNS_AWAY_FROM_THE_REMARK.match(tail)
    # ("we need 58 slides for this. xiaomi 2012 sales?": a question with its own company and year
    # leaves the numbers of a sentence before it behind, as one said to turn away does)
    # (never one that says what is asked: "we only care about h1.", "the 2017 target.")
    if (turned_away or (numbered and not REMARK_NARROWS.search(head))) and remark.group("end") != ",":
        asked = tail[turned_away.end() :] if turned_away else tail
        # (a year or number in the remark may be what the question leans on: "... in 2016. anyway
        # how many that year?", "the goal was 100m. anyway did they reach it?")
        leans = WEIGHS_THE_REMARK.search(clean(asked)) or (numbered and not re.search(YEAR, asked))
        if _asks_on_its_own(asked, names) and not leans:
            return asked
    if numbered:
        return question  # ("i spent $300, ...", "sold 70m in 2015. and 2016?": numbers of the question)
    # "apple sucks lol. xiaomi 2015 sales?", "hmm interesting. so how much was xiaomi worth": a
    # sentence of its own, then a question that names what it asks of and leans on nothing before
    # "Huawei. Phones in 2016?", "electric scooters. how many?": a heading naming what is asked
    head_words = head.split()
    named_in_head = [w for w in head_words if w in names or w in companies]
    # ("huawei rules." names a company and says something of it: a remark)
    heading = (len(head_words) == 1 and bool(named_in_head)) or (
        len(head_words) <= 2 and is_plural_thing(head_words[-1]) and not named_in_head
    )
    own_question = remark.group("end") != "," and not heading and _asks_on_its_own(tail, names)
    # (the remark may still say what is asked: "for india please.", "i mean the target.")
    # ("profits matter more than units imo. xiaomi 2015 units?": what the question says itself)
    narrowing = {m.group(0) for m in REMARK_NARROWS.finditer(head)}
    # ("i got my redmi yesterday." is the asker's own doing: its product or place narrows nothing,
    # unless the question points back at it: "i bought a redmi in india. how many sold there?")
    if not ASKERS_OWN_DOING.match(head) or POINTS_AT_A_PLACE.search(tail):
        narrowing |= set(head_words_clean) & places
    narrows = narrowing - set(clean(tail).split())
    if own_question and not (REMARK_POINTS_BACK.search(head) or narrows):
        return tail
    judged = COMPANY_JUDGED.fullmatch(head.strip(" .!"))
    tail_words = clean(tail)
    lent = (
        judged
        and judged["company"] in companies
        and not set(tail_words.split()) & companies  # ("apple is overrated lol. and xiaomi's ceo?")
        and not OPENS_LEANING_BACK.match(tail_words)
    )
    if lent and remark.group("end") != "," and _opens_or_marked(tail):
        # "xiaomi sucks tbh. 2013 sales?": the company judged is the one asked of, the judgement nothing
        return f"{judged['company']} {tail}"
    chat = FIRST_PERSON.search(head) or CHAT_REMARK_WORDS.search(head) or NUMBER_IN_PASSING.search(head)
    if not chat or REMARK_POINTS_BACK.search(head):
        return question
    if any(w in companies or w in things for w in head_words_clean) or REMARK_NARROWS.search(head):
        return question  # ("we need india numbers only.", "just the second half lol.": what is asked)
    asked = _opens_as_a_question(clean(tail))
    if remark.group("end") != ",":
        # ("2014, xiaomi, units. go" asks by its year; "2016 was 60 million not 58" corrects, with the
        # remark; after a comma only a question opened as one stands apart: "ugh, useless. ...")
        years_alone = re.search(YEAR, tail) and not re.search(r"\d", re.sub(YEAR, "", tail))
        asked = asked or "?" in tail or years_alone
    return tail if asked else question


def _question_after_a_but(
    question: str, companies: frozenset[str], main_words: frozenset[str] = frozenset()
) -> str | None:
    """'jony ive hates them but who is xiaomi's ceo', 'canalys says q3 dropped, but what was h1
    2015?': a remark, then "but" and a question of its own, which the remark lends no words; None
    where there is none, or the question leans on the remark ("... but was that a record?")."""
    found = BUT_THEN_ASKED.fullmatch(question.strip())
    if found is None:
        return None
    head, tail = clean(found["head"]), clean(found["tail"])
    if _opens_as_a_question(head) or ANYTHING_BUT.search(head):
        return None  # "did they sell more in 2014 but less in 2015?": one question; "anything but ..."
    if not (_opens_as_a_question(tail) or ASKS_INSTEAD.match(tail)):
        return None
    if _leans_on_the_remark(head, tail, companies, main_words):
        return None
    return found["tail"]


def _leans_on_the_remark(head: str, tail: str, companies: frozenset[str], main_words: frozenset[str]) -> bool:
    """Whether a question after "but" needs its remark: it points back at it, sets a number beside
    it, names no year or company of its own where the remark gives one, or says "they" of the
    company the remark judges."""
    # ("... but what about 2016?" may lean on the remark's measure; "but what about the 2015 target?"
    # names its own)
    if OPENS_LEANING_BACK.match(tail) and not THING_NAMED_AFTER_ABOUT.match(tail):
        return True
    if POINTS_BACK_AT_THE_REMARK.search(tail):
        return True
    # ("xiaomi sold 70m in 2015 but how many in 2013?": a dated figure to check as well; "they failed
    # to hit 80m but did they hit 75m?": a number set beside the remark's)
    if AMOUNT_SAID.search(head) and (re.search(YEAR, head) or re.search(r"\d", re.sub(YEAR, "", tail))):
        return True
    # ("sales grew in 2014 but what was the growth rate?", "per the 2015 article but how many in
    # 2014?": the remark says which year or article; "... but who leads now?" names nothing itself)
    head_named = {w for w in head.split() if len(w) >= MIN_COMPANY_LETTERS} & companies - main_words
    tail_named = {w.removesuffix("'s") for w in tail.split() if len(w) >= MIN_COMPANY_LETTERS} & companies
    if not (
        re.search(YEAR, tail) or tail_named or FISCAL_YEAR_SAID.search(tail) or OWN_FACT_ASKED.search(tail)
    ):
        return True
    if YEAR_OR_PART_SAID.search(head) and not YEAR_OR_PART_SAID.search(tail):
        return True
    if ARTICLE_IN_A_REMARK.search(head):
        return True
    # ("huawei is big but what did they sell in 2015?": "they" may be the company of the remark,
    # never one that only reports: "canalys says q3 dropped, but how many did they sell ...?")
    judged = bool(head_named) and not REPORTED_BY.search(head)
    return judged and THEY.search(tail) is not None and not tail_named


def _asks_on_its_own(sentence: str, names: frozenset[str]) -> bool:
    """'xiaomi 2015 sales?', 'who's xiaomi's ceo': a question that names a company, person or thing
    and leans on nothing said before it ("what about xiaomi?", "did they beat them?" do)."""
    words = clean(sentence)
    if not (_opens_as_a_question(words) or sentence.rstrip().endswith("?")):
        return False
    if LEANS_BACK.search(words):
        return False
    return any(w.removesuffix("'s") in names for w in words.split())


def _opens_or_marked(sentence: str) -> bool:
    """A sentence asked as a question: opened as one, or marked with "?"."""
    return _opens_as_a_question(clean(sentence)) or sentence.rstrip().endswith("?")


def _opens_as_a_question(text: str) -> bool:
    """'what was ...', 'did they ...': a sentence that opens as a question does."""
    return bool(OPENS_WITH_A_QUESTION_WORD.match(text) or OPENS_A_QUESTION.match(text))


def without_chat_header(
    question: str, named: frozenset[str], known: frozenset[str], name_parts: frozenset[str] = frozenset()
) -> str:
    """The message without a group chat's header: a timestamp ("[2017-04-10 09:15]", "10/04/2017
    10:01 PM"), "Replying to Dan:", and who spoke ("Bob: xiaomi 2015 sales?", "Room 101: ...").
    Its numbers are no years and its name no thing asked about. Kept: a header of words the facts
    know ("Xiaomi sales: 2015?") and one whose year the message needs ("Sales 2015: growth?"). A
    header of one word that is only part of a quoted person's name (`name_parts`: "Kevin:", "Jun:")
    is who spoke, unless the message then speaks of him ("Wang: what did he say?") or would be
    left too short to ask anything ("Ive: theft?"). A label numbering the question goes too
    ("2nd q:", "question #7:")."""
    stamp = CHAT_STAMP.match(question)
    rest = question[stamp.end() :] if stamp else question
    if label := QUESTION_LABEL.match(rest):
        return rest[label.end() :]
    header = CHAT_NAME.match(rest)
    marked = None if header else CHAT_NAME_MARKED.match(rest)
    if header is None and marked is None:
        return rest
    spoken_name = (
        header.group("name") if header else next(marked.group(g) for g in CHAT_NAME_GROUPS if marked.group(g))
    )
    body = rest[(header or marked).end() :]
    if marked and marked.group("dashed"):
        words = clean(body).split()
        if not words or words[0][:1].isdigit():
            return rest  # "Asia - 2015 sales?": a place asked about; "Bob - xiaomi sales 2016?": who spoke
    written = spoken_name.split()
    # ("[10:02] dima:", "alex:" pasted from a chat: one lower-case word after a stamp, or alone
    # and known nowhere, is who spoke too)
    lower_name = len(written) == 1 and written[0].isalpha() and (stamp or written[0].lower() not in known)
    if not lower_name and not all(
        w[0].isupper() or any(ch.isdigit() or ch == "_" for ch in w) for w in written
    ):
        return rest  # "wifi password:" is what is asked about; a name is written "Bob", "Room 101"
    name = clean(spoken_name).split()
    # "Bob:", "Room 101:" are names; "Revenue:", "wearables:", "huawei fan:" name what is asked (a
    # decline, never another thing's figure), and "which is bigger:" is the question itself
    if is_plural_thing(name[-1]):
        # "Scooters: how many sold in 2015?" names what is counted, read where a count names it (a name
        # that looks plural, "Iris:", is taken for a thing too: declined, never another thing's figure)
        counted = HOW_MANY_OPENS.match(body)
        return f"{counted.group(0)} {spoken_name} {body[counted.end() :].lstrip()}" if counted else rest
    if _a_handle_or_a_full_name(written, named, known):
        return body  # "bob_2015: and the year after?", "Average Joe: and 2013?": who spoke
    if any(PERIOD_LABEL.fullmatch(w) for w in name):
        return rest  # "H1: 2015 sales?", "Q4: ...": the period asked, no one's name
    worded = [w for w in name if not w.isdigit()]  # "Room 101", "Team 2016": the words say what it is
    own_words = clean(body).split()
    if (
        len(name) == 1
        and name[0] in name_parts
        and len(own_words) > 1
        and not OF_A_PERSON.search(clean(body))
    ):
        return body  # "Kevin: and 2012?": a member of the chat named Kevin
    # after a stamp ("[09:15] Max:") a name is who spoke, unless the facts name it ("[09:15] Xiaomi:");
    # so is a short name written as one ("Em:", "Di:", "Max:"), which is too short to be a heading
    short_name = len(written) == 1 and len(written[0]) <= SHORT_NAME_LETTERS and written[0].istitle()
    # ("Avg: 2012-2016?" heads what is asked; "Em: sales 2015?" asks a question of its own)
    short_name = short_name and (written[0].lower() not in known or ASKS_OF_ITS_OWN.search(clean(body)))
    kept = named if stamp or short_name else known | named
    if not worded or any(w in kept or w in HEADER_NO_NAME for w in worded):
        return rest
    if YEAR_TOKEN.search(" ".join(name)) and not YEAR_TOKEN.search(clean(body)):
        return rest
    return body


def _a_handle_or_a_full_name(written: list[str], named: frozenset[str], known: frozenset[str]) -> bool:
    """Whether a chat header's words are a user's handle or a person's full name: letters run into
    a number ("bob_2015", "Tim2017"), or title-case words ending in one known nowhere ("Average Joe",
    "H1 Harry", "Goal Keeper"). Their years and words are no period or measure asked."""
    if len(written) == 1:
        handle = CHAT_HANDLE.fullmatch(written[0])
        word = written[0].lower()
        # ("q3_2015:", "fy2015:" are periods; "sales2015:", "xiaomi_2014:" say what is asked)
        period = any(PERIOD_LABEL.fullmatch(part) for part in CHAT_HANDLE_PARTS.findall(word))
        # ("vivo_queen:", "oppo_lover99:": a word of the handle known nowhere makes it a name)
        parts = re.findall(r"[a-z]+", word)
        names_a_thing = any(w in named for w in parts) and all(w in named or w in known for w in parts)
        return handle is not None and not period and not names_a_thing
    last = written[-1]
    return all(w[:1].isupper() for w in written) and last.isalpha() and last.lower() not in known


def without_speaker(
    text: str, words: list[str], known: frozenset[str], companies: frozenset[str] = frozenset()
) -> list[str]:
    """`words` without the name of who spoke, when the message starts with one ("> Mike: 2015
    sales?", "[12:04] Tom: ...", "Dave said ..."): a name there is no thing asked about. A company
    is kept ("> Huawei: 2015 sales?" still names Huawei); so is a known word before "said"."""
    speaker = SPEAKER.match(text)
    if speaker is None:
        return words
    name = clean(speaker.group("quoted") or speaker.group("name")).split()
    # a quoted line's name is a speaker even when it is a word ("[09:15] Max: total?"); before
    # "said", a name the facts know is asked about ("Lei Jun said ...")
    kept = companies if speaker.group("quoted") else known
    if words[: len(name)] != name or any(w in kept for w in name):
        return words
    return words[len(name) :]


def sums_set_apart(text: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """(the years on one side, the years on the other) when a sum of years is set against other
    years: "were 2012 and 2013 combined more than 2016?" -> ((2012, 2013), (2016,)). A side of
    several years is a sum only when a word of adding is said; else None."""
    split = SET_AGAINST.search(text)
    if split is None and WHICH_IS_MORE.search(text):
        split = re.search(r"\bor\b", text)  # "which is bigger: 2012 and 2013 combined, or 2016?"
    if split is None and (ratio := RATIO_OF.search(text)):
        split = TO_WORD.search(text, ratio.end())  # "the ratio of 2014+2015 to 2012+2013"
    if split is None or SECOND_QUESTION.search(text):
        return None
    before, after = text[: split.start()], text[split.end() :]
    # "more in 2015-2016 than in 2012-2014?": a span set against a span is what each sold in all
    # its years, no word of adding needed (a change or an average of each is asked in its words)
    # ("avg 2012-2014 vs avg 2015-2016": each span's yearly average, side by side; "the 2012-2014
    # average vs 2016": that average against the year's own figure)
    spanned = [bool(YEARS_SPANNED.search(part)) for part in (before, after)]
    averaged = any(spanned) and bool(SPAN_AVERAGED.search(text))
    # ("from 2012 to 2013 vs from 2015 to 2016": two changes; "2012-2014 average vs 2015-2016 total":
    # one side of each, which no sides set apart work out)
    sold_in = (SOLD_IN_SPANS.search(text) or all(HYPHEN_SPAN.search(p) for p in (before, after))) and not (
        FROM_A_YEAR.search(text)
    )
    if averaged and SUMMED.search(text):
        return None
    spans = ((all(spanned) and sold_in) or averaged) and not SPANS_CHANGED.search(text)
    if not (spans or SUMMED.search(text)):
        return None
    sides = (_years_written(before), _years_written(after))
    if not all(sides) or set(sides[0]) & set(sides[1]):
        return None
    if not spans and not any(
        len(years) > 1 and SUMMED.search(part) for years, part in zip(sides, (before, after), strict=True)
    ):
        return None  # "is the 2015 total more than 2014 and 2013?": which is added is not said
    return sides


def _years_written(text: str) -> tuple[int, ...]:
    """The years in `text`, a span written out: "2012-2014 and 2016" -> (2012, 2013, 2014, 2016)."""
    years = [y for m in YEARS_SPANNED.finditer(text) for y in range(int(m["a"]), int(m["b"]) + 1)]
    years += [int(y) for y in re.findall(rf"\b{YEAR}\b", YEARS_SPANNED.sub(" ", text))]
    return tuple(sorted(set(years)))


def closed_by_punctuation(text: str) -> frozenset[str]:
    """Words every use of which is cut off from the next word by punctuation ("wrong,")."""
    if not PHRASE_END.search(text):
        return frozenset()  # most questions have no inner punctuation
    closed = {m.group(1) for m in PHRASE_END.finditer(text)}
    return frozenset(w for w in closed if not re.search(rf"\b{re.escape(w)}\s+\w", text))


def name_parts(names: tuple[str, ...]) -> dict[str, str]:
    """The first and last words of two-word names ("kevin", "wang" of "kevin wang"), four letters
    or more, that no other name has: each to its name."""
    owners: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) != 2:
            continue
        for part in parts:
            if len(part) >= MIN_NAME_PART:
                owners.setdefault(part, set()).add(name)
    return {part: next(iter(named)) for part, named in owners.items() if len(named) == 1}


def unknown_things(words: list[str], unknown: set[str]) -> list[str] | None:
    """The things unknown words name, each a plural with the unknown words written before it
    ("power banks", "routers"); None when an unknown word is part of no such thing."""
    things: list[str] = []
    run: list[str] = []
    for word in words:
        if word not in unknown:
            if run:
                return None  # "union select": unknown words ending in no plural thing
            continue
        run.append(word)
        if is_plural_thing(word):
            things.append(" ".join(run))
            run = []
    return None if run else things


def bare_bound(text: str) -> tuple[str, float] | None:
    """The side and number of a bound written bare ("under 80?", "more than 60.5"), in the
    figures' scale; None where there is none."""
    said = BARE_THRESHOLD.search(text)
    return (side_of(said.group("side")), float(said.group("n"))) if said else None


def bare_amounts(text: str) -> tuple[float, ...]:
    """The numbers a question writes bare, with no scale ("wasn't it 80?", "sold 70.9 in 2015?"),
    as amounts: at most three digits before any decimals, so that no year is one. None where a
    number is a bound ("and 2015 above 70?"), which a figure is not checked as equal to."""
    if BOUND_BEFORE_A_NUMBER.search(text):
        return ()
    return tuple(float(n) for n in BARE_AMOUNT.findall(text))


def _side_claimed(frame: Frame) -> str:
    """The side of a number the words put the years on: "<" ("fell short of", "fewer than"), ">"
    ("beat", "above"), or "" when they name none."""
    if frame.claims_short or frame.claims_less or MISSED_A_NUMBER.search(frame.text):
        return "<"
    if BEATEN_WORD.search(frame.text) or ABOVE_A_NUMBER.search(frame.text):
        return ">"
    return ""


def sources_set_side_by_side(frame: Frame) -> bool:
    """'Do the articles agree on 2014?', 'same 2015 figure in both?': one year's figure, source
    against source; never its age, rank, target or a why."""
    if (
        len(frame.all_years) != 1
        or frame.target_named
        or frame.topics
        or frame.topic_words
        or frame.age_asked
    ):
        return False
    if set(frame.asks) - {Ask.SAID, Ask.HOW_MANY, Ask.HOW_MUCH}:
        return False
    return bool(SOURCES_AGREE.search(frame.text) and SOURCES_SIDE_BY_SIDE.search(frame.text))


def _ranks_or_names(hit: Hit, figure_named: bool) -> bool:
    """A topic ("number one": a rank in China) or, with no figure named, a best ("top"), which a
    word after may qualify."""
    best = hit.role is Role.OPERATION and hit.means == Operation.BEST and not figure_named
    return hit.role is Role.TOPIC or best


def _before_an_aim(words: list[str], hit: Hit) -> bool:
    """Whether `hit` comes right before a word for an aim: "number one" in "number one priority"."""
    after = hit.start + hit.length
    return after < len(words) and words[after] in AIM_WORDS


# "y did sales drop?": chat's "why", only where a question opens with it before a verb
CHAT_WHY = re.compile(
    r"^y (?=(?:did|do|does|is|are|was|were|would|has|have|had|didnt|dont|doesnt|isnt|wasnt)\b)"
)


def shorthand_read(words: list[str], shorthand: dict[str, str]) -> list[str]:
    """Chat shorthand as the words it stands for ("ur" -> "your"; `shorthand`: the lexicon's),
    except a letter of a name written in letters: "u s" (the U.S.) stays."""
    out = []
    for i, word in enumerate(words):
        beside = words[i - 1 : i] + words[i + 1 : i + 2]
        spelt = any(len(w) == 1 and w.isalpha() for w in beside)
        out.extend([word] if spelt else shorthand.get(word, word).split())
    return out


def claims_short(text: str) -> bool | None:
    """Whether a question about a target claims it was missed (True), reached (False), or asks
    both ways or neither (None): "did they hit it or fall short?"."""
    if STILL_SHORT.search(text) or PURPOSE_THEN_MORE_NEEDED.search(text):
        return True
    missed = CLAIMS_SHORT.search(text)
    # ("fail to reach" claims it was missed: its "reach" claims nothing)
    rest = text[: missed.start()] + text[missed.end() :] if missed else text
    short, reached = missed is not None, CLAIMS_REACHED.search(rest) is not None
    if short == reached:
        return None
    return short


def _set_aside(words: list[str], start: int) -> bool:
    """Whether the words before `start` set it aside: "not target", "not the goal", "instead of the goal"."""
    before = words[max(0, start - 3) : start]
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and (before[-1] == "not" or before[-2:] in (["rather", "than"], ["instead", "of"]))


def is_plural_thing(word: str) -> bool:
    """'scooters', 'routers': a plural noun, what a count may be of ('bus', 'bonus' are none)."""
    return len(word) >= 4 and bool(PLURAL.search(word))


@dataclass(frozen=True)
class Words:
    """A question's words on the way to a frame: entities taken out, lexicon entries found."""

    text: str  # cleaned
    entities: Entities
    words: list[str]  # companies taken out, synonyms applied
    scopes: list[str]
    scope_words: frozenset[str]
    subjects: list[str]
    hits: list[Hit]
    taken: frozenset[int]  # the word places lexicon entries took
    by_role: dict[Role, list[Hit]]
    rest: list[str]  # the words no entry took, chat filler dropped
    unknown: tuple[str, ...]  # of those, the ones known nowhere
    closed: frozenset[str]  # words cut off from the next by punctuation: "wrong," in "if im wrong, 2015"
    years_left_out: tuple[int, ...] = ()  # "..., not 2015", "2012-2016 without 2016": years left out
    places_left_out: tuple[str, ...] = ()  # "outside china", "other than india"
    others_asked: bool = False  # "which company besides xiaomi ...": every company named is left out
    verbs: frozenset[str] = frozenset()  # lexicon words used as verbs: "mean" in "what does it mean"
    speakers: frozenset[str] = frozenset()  # names in the chat before "says": "jake" in "jake says 60"
    preamble: frozenset[str] = frozenset()  # chatter before a colon: "at 10 mins to deadline:"


@dataclass(frozen=True, slots=True)
class Frame:
    """What one question asks, slot by slot. Plain data: resolved against a conversation by
    `bot.understanding.conversation`, answered by `bot.answering`."""

    question: str
    text: str = ""  # cleaned
    metric: str | None = None  # what is measured: a metric id of knowledge/metrics.csv
    operation: Operation | None = None
    asks: tuple[Ask, ...] = ()
    subjects: tuple[str, ...] = ()  # companies, in the order named
    scopes: tuple[str, ...] = ()  # places and products named: "India", "Mi 6"
    years: tuple[int, ...] = ()
    period_part: str | None = None  # "H1", "Q3"
    month_alone: str = ""  # "and in may?" -> "M5": that month's figure after a year's, else a fact's date
    outcome_alone: bool = False  # "and actually?", "the result?": what was sold, after a plan
    outcome_chat: bool = False  # ... in words alone chat ("actually?"), which a plan makes a figure
    named_unknown: bool = False  # "and Honor?": a company nobody knows, named by a follow-up alone
    parts_named: tuple[str, ...] = ()  # every part of a year named: ("H2", "H1") in "was H2 bigger than H1"
    part_years: tuple[
        int, ...
    ] = ()  # the years the part is of, when not every year named: "H1 2015 and 2013"
    year_range: tuple[int, int] | None = None
    quantities: tuple[float, ...] = ()
    relative_step: int | None = None  # -1 "the year before", +1 "the year after"
    part_step: int | None = None  # -1 "the quarter before", +1 "the next half": a part, not a year
    relative_span: bool = False  # "the two years before that": every year of the step, not its end
    relative_around: bool = False  # "the year before and after": the years either side, both
    relative_to_today: bool = False  # "last year", "this year"
    years_ago: int | None = None  # "last year": 1, "this year": 0
    whole_year: bool = False  # "the full year"
    direction: str = ""  # "rise" or "fall": "which year did sales go down?"
    superlative: str = ""  # "best" or "worst" with a change: "the biggest jump", "the worst drop"
    # Both the best and the worst year named: "each" ("best and worst years?") or "apart", with a
    # word for the distance between them ("the gap between the best and worst years").
    both_extremes: str = ""
    # An extreme measured against something: "how much lower were 2016 sales than the peak".
    against_extreme: bool = False
    extreme: str = ""  # the extreme measured against: "best" in "how many times bigger was the best year"
    until_year: int | None = None  # "up to 2014"
    second_range: tuple[int, int] | None = None  # a second range, its change set against the first's
    # "which was faster?" after two growths asked in turn: the two set against each other
    growths_set_against: bool = False
    # Years added up on one side, set against the other's: "2012 and 2013 combined vs 2016"
    sums_apart: tuple[tuple[int, ...], tuple[int, ...]] | None = None
    beside_range: tuple[int, ...] = ()  # a year written beside a range: "2015 of the 2012-2016 total"
    meaning_asked: bool = False  # "what does xiaomi mean?": what a word means, which no fact says
    bots_own: bool = False  # "your data", "your sources": the bot's own, not a fact's
    at_pace: bool = False  # "if they kept that pace all year": a part of a year carried to the whole
    percent_asked: bool = False  # "by what percent did q3 sales drop?": a number asked for
    age_asked: bool = False  # "how old was xiaomi in 2016?": the years since its founding
    median: bool = False  # "median yearly sales": the middle year's figure, not the mean
    figures_say: bool = False  # "what do the numbers say about 2015?": the figures, not who said it
    lately: bool = False  # "is xiaomi still growing?": the latest change, not the whole span's
    future: bool = False  # "will sales grow?": what is yet to happen
    since_year: int | None = None  # "since 2014", "from 2014 onwards"
    counted_years: tuple[str, int] | None = None  # ("first" or "last", n): "the first three years"
    target_named: bool = False  # a target, goal or projection is named: "vs the goal?"
    target_metric: str = ""  # the target's metric, also where sales are measured against it
    sold_claimed: float | None = None  # "sold 50 million in 2014, beating the projection": checked too
    threshold: tuple[str, float] | None = None  # ("<" or ">", value): "more than 60 million"
    threshold_top: tuple[str, float] | None = None  # the other side's: "over 50m but under 65m"
    threshold_again: tuple[str, float] | None = None  # the same side's, of the other extreme year
    # ("<" or ">", year): every year against that year's figure, "which years sold more than 2013?"
    threshold_year: tuple[str, int] | None = None
    # (sign, metric, period, words naming it): a figure other than a year's sales as the bound, "what
    # was the 2014 projection?", "did they ever sell fewer than that?" (40 million)
    threshold_of: tuple[str, str, str, str] | None = None
    rank: int = 1  # "the second best year": 2
    calculation: Calculation | None = None  # "double that", "2015 sales plus 5 million", "10% more"
    # numbers written with no unit that are no year of the facts, no quantity and no model: "3014",
    # "2100" (never a year guessed); a decimal is kept whole ("34.7"), an amount said in passing
    stray_numbers: tuple[str, ...] = ()
    unscaled: bool = False  # quantities written bare in a follow-up ("wasn't it 80?"), in the figures' scale
    topics: tuple[str, ...] = ()  # fact metrics hinted at: "cost" -> phone_price
    content: tuple[str, ...] = ()  # words that say what is asked, for ranking facts
    weak_words: tuple[str, ...] = ()  # of those, the lexicon's figure words: less telling of a fact
    unsupported: str = ""  # a calculation the bot does not do: "cagr", "per month", "double"
    topic_words: tuple[str, ...] = ()  # of those, the ones no figure question uses: "launch", "ceo"
    unknown: tuple[str, ...] = ()  # words known nowhere
    absent: str = ""  # a metric the knowledge base is known not to have: "revenue"
    offtopic: str = ""  # a subject no company figure is about: "the weather"
    unknown_measure: str = ""  # an unknown thing measured: "scooters"
    market: str = ""  # the whole market asked about, no company: "sales worldwide"
    smalltalk: str = ""  # "greeting", "thanks", "about_bot"
    remark: bool = False  # said, not asked: "2015 was a great year for me", "lei jun seems cool"
    bare: bool = False  # one word alone: "2015", "sales", "/start"
    foreign: bool = False
    refers_back: bool = False  # "that year"
    pronoun: bool = False  # "it", "he"
    personal: bool = False  # "he", "she": a person
    unknown_place: str = ""  # "in norway": a place the knowledge base does not know
    places_left_out: tuple[str, ...] = ()  # "outside china": figures for everywhere else
    others_asked: bool = False  # "which other company sold 70m?": companies besides those named
    years_left_out: tuple[int, ...] = ()  # "2012-2016 excluding 2016", "and without 2016"
    over_previous: bool = False  # "those", "both"
    opener: bool = False  # starts like a follow-up: "and", "what about"
    sales_word: bool = False  # "sold", "shipped": units sold are asked for
    # "sold", "sales" on their own, not "number" nor the "sales" of a "sales goal": units sold
    strong_sales: bool = False
    source_year: int | None = None  # "the 2015 article": only that year's articles answer
    source_order: str = ""  # "oldest" or "newest" article
    other_source: bool = False  # "and the other article?": not the one the last answer cited
    not_sources: tuple[str, ...] = ()  # source ids the question leaves out (resolved "other article")
    sources_named: tuple[str, ...] = ()  # source ids "that article" points back to (resolved)
    quoted: tuple[str, ...] = ()  # people and outlets the facts quote, named here: "kevin wang"
    owner_of: str = ""  # the person whose company is asked about: "his company" after Jony Ive
    reported: bool = False  # "what did canalys report/predict": with a name quoted, what they said
    yes_no: bool = False  # "is Lei Jun the CEO?", "xiaomi started in 2011, didn't it": a check
    revised: bool = False  # "when did they cut the target?": a target changed, not sales against it
    sells: bool = False  # a word of selling or of the thing sold: "how many phones did they sell"
    what_is_sold: bool = False  # "what devices does xiaomi sell?": which things, no count asked
    where_sold: bool = False  # "where are xiaomi phones sold?": its markets, no count asked
    picks_one: bool = False  # "which one is right?", "just give me one number": of figures that disagree
    claims_less: bool = False  # "was 2016 worse than 2014?": the first named is said to be lower
    or_equal: bool = False  # "at or above", "no less than": the claim holds where the two are equal
    # of a target: "did they miss it?" says short, "did they hit it?" says reached; "hit it or miss
    # it?" says neither ("" then)
    claims_short: bool | None = None
    claim_turned: bool = False  # "xiaomi didn't hit 80m, right?": read positively, its yes or no turned
    negated_with: str = ""  # "didn't they": "did", the verb its answer says ("they did", "they didn't")
    offers_alternatives: bool = False  # "bigger or smaller?", "sales or the target?": both ways asked
    every_year: bool = False  # "did sales grow every year?": each year against the one before
    all_the_years: bool = False  # "and the average across all years?": none of the years asked so far
    ranked: str = ""  # "rank the years best to worst": "high" (highest first) or "low"
    latest: bool = False  # "the most recent year you have": the last year with a figure
    first_time: bool = False  # "the first year it sold over 50 million": the earliest year that did
    last_time: bool = False  # "the most recent year it sold under 20 million": the latest year that did
    nearest_asked: bool = False  # "which year came closest to h1 2015?": the year nearest a figure
    # "the first year sales were more than twice 2013's": the year's figure times this is the bound
    threshold_factor: float = 1.0
    # "smaller than the 34.7 million of the first half of 2015": the period the bound is said to be
    # the figure of ("2015-H1"), checked against it before any year is searched
    bound_period: str = ""
    supposed: bool = False  # "if they had sold 80m in 2015, ...": a what-if, no reported figure
    what_if_year: int | None = None  # "if they sell 70m in 2017, growth?": the year of the number supposed
    # "if 2012 was 10m, what's the 2012-2016 total?": a year's figure supposed inside a sum or average
    supposed_figure: tuple[int, float] | None = None
    differences: tuple[float, ...] = ()  # of the quantities, ones said as a margin: "cut by 20m"
    margin_side: str = ""  # "by more than 10m": ">" (or "<", ">=", "<="), the margin's side claimed
    claimed_margin: float | None = None  # "beat its projection by 30 million, right?": the margin stated
    per_year: bool = False  # "average growth per year 2012 to 2015": a change spread over its years
    unit_asked: str = (
        ""  # "in lakh", "how many thousand": the unit the figure is also said in ("nearest million": rounded)
    )
    per_unit: str = ""  # "how many a month in 2015": a year's figure spread over its months ("month")
    spread_together: bool = False  # "total 2015 and 2016?", "per month?": the years' sum spread, as one
    per_unit_sold: bool = False  # "the valuation per phone sold in 2015": a sum over the units sold
    # "did they sell 80m or was that the goal?": checked as sales, the target named kept for a year
    # with no sales ("is the 70m for 2017 sales or a target?")
    either_metric: str | None = None
    # "2016 sales vs the 2015 target": the year of each side, when they differ
    sales_year: int | None = None
    target_year: int | None = None
    # "what growth did the 80 million target imply over 2014?": a target's rise over sales, the
    # target found by its number or who gave it where its year is not said
    target_implied: bool = False
    # "was 2013 under 20m and 2015 over 65m?": each year checked against its own number, (year,
    # side, number) in the order named
    year_checks: tuple[tuple[int, str, float], ...] = ()
    year_ranked: bool = False  # "where does 2016 rank among the years?": its place, best first
    checks_either: bool = False  # "was 2013 under 20m or 2015 over 80m?": one check holding is enough
    # "is that more than they sold in 2016?": the metric of the last answer, which "that" is
    answer_metric: str | None = None
    # "growth 2013 to 2015?", "is that bigger than 2012's sales?": the question whose worked-out
    # figure (a change, total or average) is set against what this one names
    result_of: Frame | None = None

    @property
    def unknown_name(self) -> tuple[str, ...]:
        """Two words known nowhere side by side: a name the bot does not know ("tim cook")."""
        for first, second in zip(self.unknown, self.unknown[1:], strict=False):
            if f" {first} {second} " in f" {self.text} ":
                return (first, second)
        return ()

    @property
    def declined(self) -> bool:
        """What the question asks is known to be beyond the facts: another language, a metric
        or thing the bot lacks, an unsupported calculation, something off topic."""
        return bool(
            self.foreign
            or self.absent
            or self.offtopic
            or self.unknown_measure
            or self.unsupported
            or self.market
        )

    @property
    def asks_nothing(self) -> bool:
        """'got it', 'wow that's a lot', 'you're wrong', '+1': no measure, topic, period, amount,
        calculation or question of its own, only words known nowhere. Chatter, even right after a
        question: it is no follow-up. (A company it names is judged against the last question.)"""
        if self.metric or self.topics or self.topic_words or self.operation or self.has_period:
            return False
        if self.quantities or self.threshold or self.scopes or self.quoted or self.unknown_place:
            return False
        if self.absent or self.offtopic or self.unknown_measure or self.unsupported or self.foreign:
            return False
        if self.names_source or self.over_previous or self.relative_step or self.refers_back:
            return False
        if self.calculation is not None or self.picks_one or self.other_source or self.unit_asked:
            return False  # "double it": the last figure, times two; "just give me one number"; "in lakh?"
        if set(self.asks) - {Ask.WHAT} or "?" in self.question or OPENS_A_QUESTION.match(self.text):
            return False  # "and why?", "really?", "was that official": asked, however briefly
        if self.stray_numbers and self.guessed:
            return False  # "i bet 61": a guess at the figure, to check
        numbers = {part for n in self.stray_numbers for part in n.split(".")}
        return all(w in self.unknown or w in numbers for w in self.content)

    @property
    def about_the_askers_own(self) -> bool:
        """'my phone is a redmi', 'i have a mi 5 lol': the asker speaking of their own things."""
        return PERSONAL_REMARK.match(self.text) is not None

    @property
    def guessed(self) -> bool:
        """'i guessed 60 million', 'my bet was 75': a number someone offers as the figure."""
        # ("what did he say about the 80m?", "hm which article says 60?" ask what was said)
        if GUESSED_BY_SOMEONE.search(self.question.lower()) is None or self.operation is Operation.SOURCES:
            return False
        asked = set(self.asks) & {Ask.WHO, Ask.WHICH, Ask.WHEN, Ask.WHERE, Ask.WHY, Ask.COMPANY}
        return not (asked or self.opens_with_a_question_word or OPENS_A_QUESTION.match(self.text))

    @property
    def opens_with_a_question_word(self) -> bool:
        """'is it any good', 'what is the price of the mi 5': asked by its first word."""
        return bool(OPENS_WITH_A_QUESTION_WORD.match(self.text))

    @property
    def details(self) -> tuple[str, ...]:
        """Number words, which ask nothing but tell facts apart: "the three priorities"; an aim
        ranked first ("top priority", "#1 concern") is the one called number one."""
        numbers = tuple(w for w in self.text.split() if w in NUMBER_WORDS)
        return (*numbers, "number", "one") if RANKED_AIM.search(self.text) else numbers

    @property
    def names_source(self) -> bool:
        return bool(self.source_year or self.source_order or self.not_sources or self.sources_named)

    @property
    def ranks_companies(self) -> bool:
        """'Which brand sold the most in 2016?', 'who sold more phones in 2016?': companies are
        ranked, not one company's years. A place asks the facts instead ("who was top in china?")."""
        if self.operation not in (Operation.BEST, Operation.WORST, Operation.COMPARE):
            return False
        if self.subjects or self.scopes or self.yes_no:
            return False
        return Ask.COMPANY in self.asks or (Ask.WHO in self.asks and self.sales_word)

    @property
    def only_margins(self) -> bool:
        """Whether every number the question names is a margin between figures ("so they beat it
        by 9m?", "a drop of 12m"), none a figure or a number to reach."""
        return bool(self.differences) and set(self.quantities) <= set(self.differences)

    @property
    def all_years(self) -> list[int]:
        if self.year_range:
            first, last = self.year_range
            return list(range(first, last + 1))
        return list(self.years)

    @property
    def periods(self) -> list[str]:
        """Period keys as the knowledge base writes them: '2015', '2015-H1'."""
        if self.period_part:
            keys = [
                f"{y}-{self.period_part}" if not self.part_years or y in self.part_years else str(y)
                for y in self.all_years
            ]
            compared = self.operation in (Operation.COMPARE, Operation.CHANGE, Operation.RATIO)
            # ("h1 2015 and the full year?": each figure, the part's and the whole's)
            listed = self.operation is None and not (self.yes_no or self.unsupported or self.calculation)
            # (never the second half, which the whole year less the first gives: "h2, by the full-year
            # and h1 figures?")
            listed = listed and not self.target_named and self.period_part != "H2"
            listed = listed and BOTH_ASKED.search(self.text) is not None
            if (compared or listed) and self.whole_year and len(self.all_years) == 1:
                keys.append(str(self.all_years[0]))  # "h1 2015 vs the full year": the part and the whole
            return keys
        return [str(y) for y in self.all_years]

    @property
    def asks_what_is_sold(self) -> bool:
        """'What devices does xiaomi sell?' with no period given, here or by the conversation."""
        return self.what_is_sold and not self.has_period

    @property
    def has_period(self) -> bool:
        return bool(
            self.years
            or self.year_range
            or self.period_part
            or self.whole_year
            or self.until_year
            or self.since_year
            or self.counted_years
        )

    def years_kept(self, figures: Mapping[int, float]) -> list[int]:
        """Of the years a metric has figures for (each year's highest), those asked: inside an
        open range ("up to 2014"), and counted from either end ("the first three years": the three
        earliest) or from the top or the bottom ("the best two years": the two highest figures)."""
        # a year left out is kept only where a follow-up works on it again ("minus 2014" after a total)
        left_out = set(self.years_left_out) - set(self.all_years)
        kept = sorted(y for y in figures if self.within_bounds(y) and y not in left_out)
        if self.counted_years is None:
            return kept
        end, count = self.counted_years
        if end in ("best", "worst"):
            ranked = sorted(kept, key=lambda y: figures[y], reverse=end == "best")
            return sorted(ranked[:count])
        return kept[:count] if end == "first" else kept[-count:]

    def within_bounds(self, year: int) -> bool:
        """Whether a year is inside the open range asked for ("up to 2014", "since 2015")."""
        return (self.until_year is None or year <= self.until_year) and (
            self.since_year is None or year >= self.since_year
        )

    @property
    def asks_for_figure(self) -> bool:
        return Ask.HOW_MANY in self.asks or Ask.HOW_MUCH in self.asks

    @property
    def wants_a_number(self) -> bool:
        """'How many?', and also 'exact number for q3 sales?', 'the figure for q3': a number asked for."""
        return self.asks_for_figure or bool(NUMBER_ASKED.search(self.text))

    @property
    def content_beyond_operation(self) -> bool:
        return bool(self.topic_words)


def article_named(name: str) -> re.Pattern:
    """The pattern of an article named by words of its title: "the kevin wang piece", "the article
    about lei jun backing off his sales goals"."""
    words = r"(?:\W+\w+){0,4}?\W+"
    return re.compile(
        rf"\b(?:the |that )?{re.escape(name)}\b{words}{ARTICLE_NOUN}\b"
        rf"|\b(?:the |that )?{ARTICLE_NOUN}\b{words}{re.escape(name)}\b",
        re.IGNORECASE,
    )


ARTICLE_NOUN = r"(?:article|piece|story|post|write ?up|report)"
ARTICLE_SAID = re.compile(rf"\b{ARTICLE_NOUN}\b", re.IGNORECASE)
SOURCE_VERB = r"(?:says?|said|claims?|claimed|reports?|reported|estimates?|estimated|data|figures|numbers)"
# "canalys said q3 sales dropped", "did sales fall per canalys?": something claimed of sales
SALES_CLAIMED = re.compile(
    r"\b(?:sold|shipped|drop\w*|fell|fall\w*|rose|rise\w*|grew|grow\w*|went (?:up|down)|declin\w*"
    r"|increas\w*|decreas\w*)\b"
)
AS_A_SOURCE_BEFORE = re.compile(r"\b(?:per|in|according to|acc to|from|by|says?|said)\s*$", re.IGNORECASE)
SAYS_AFTER = re.compile(r"\W*(?:says?|said|reports?|reported|claims?|puts? it|gives?)\b", re.IGNORECASE)


# Words a chat line opens with that name what is asked, never who spoke ("sales: 2015?", "ceo: who?")
SUBJECT_HEADERS = frozenset(
    {
        "sales",
        "sale",
        "ceo",
        "target",
        "goal",
        "price",
        "prices",
        "revenue",
        "growth",
        "total",
        "q",
        "question",
    }
)
# The words that name a part of a year, read where a slip of one stands: "frist half", "first hafl"
PERIOD_WORDS = frozenset(
    "first second third fourth half quarter months month year years before after".split()
)


# ... each by its letters in order: a word of those letters swapped is a slip of it ("secnod")
PERIOD_LETTERS = {"".join(sorted(word)): word for word in PERIOD_WORDS}


def period_words_respelt(
    text: str, written: list[str], spelt: list[str], known: frozenset[str]
) -> str | None:
    """The text with each slip of a period word spelt right ("frist half" is "first half", "hlaf"
    half), or None where no period word was misspelt."""
    if len(written) != len(spelt):
        return None
    respelt = text
    for typed, word in zip(written, spelt, strict=True):
        if typed == word and typed not in known:
            word = PERIOD_LETTERS.get("".join(sorted(typed)), word)
        if typed != word and word in PERIOD_WORDS:
            respelt = re.sub(rf"\b{re.escape(typed)}\b", word, respelt)
    return respelt if respelt != text else None


def as_chat(frame: Frame, kind: str) -> Frame:
    """The question read as small talk of this kind ("remark", "the_bot"), nothing else of it kept."""
    return Frame(question=frame.question, text=frame.text, smalltalk=kind)


class FrameReader:
    """Reads questions into frames. Built once per knowledge base; reading does no I/O."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        lexicon: Lexicon,
        corpus_words: frozenset[str],
        metric_kinds: dict[str, str],
        main_figure_metric: str | None,
        tolerance: Tolerance | None = None,
        quoted_names: tuple[str, ...] = (),
        main_subject: str = "",
        article_names: tuple[tuple[str, int, frozenset[str]], ...] = (),
        quoted_by_description: dict[str, str] | None = None,
        stated_figures: dict[tuple[str, str], tuple[float, ...]] | None = None,
    ):
        self.quoted_names = quoted_names  # lower case, longest first
        # each period's figures and targets: what an amount in brackets after it may restate
        self.stated_figures = stated_figures or {}
        # "the kevin wang piece", "the article about backing off the goals": an article named by
        # words of its title, asked as "the 2017 article"
        self._article_named = [(article_named(name), year, words) for name, year, words in article_names]
        self.name_words = frozenset(w for n in quoted_names for w in n.split())
        # One pattern for every name quoted, read once per question, not once per name.
        self._quoted_pattern = (
            # "lei juns target", typed with no apostrophe, names him too
            re.compile(r"\b(" + "|".join(map(re.escape, quoted_names)) + r")(?:'?s)?\b")
            if quoted_names
            else None
        )
        # "kevin's number", "wang's target": a person's first or last name alone, when it is long
        # enough to be no common word and no other name shares it
        self._name_by_part = name_parts(quoted_names)
        # ... and the word that describes one ("the insider's figure": Kevin Wang's)
        described = {w: n for w, n in (quoted_by_description or {}).items() if n in quoted_names}
        self._name_by_part = {**described, **self._name_by_part}
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        self.corpus_words = corpus_words
        self.metric_kinds = metric_kinds
        self.main_figure_metric = main_figure_metric
        # the one target metric a year's sales are measured against, when there is one
        targets = [m for m, kind in metric_kinds.items() if kind == "target"]
        self.only_target_metric = targets[0] if len(targets) == 1 else ""
        company_words = {w for alias, _ in vocabulary.aliases for w in alias if len(alias) == 1}
        # Places and products are names too: "kinda" is no slip of "india".
        company_words |= {w for phrase, _ in vocabulary.scopes for w in phrase if len(phrase) == 1}
        # From five letters on; a five-letter word is a name's slip only as a doubled letter typed once
        # (see _company_name_slip: "talis" is Tallis, "realm" no Realme, "table" no tablet).
        # A name typed with a doubled letter tripled ("opppo"), two letters swapped in a longer name
        # ("appel") or an "s" with no apostrophe ("oppos ceo"): short names are too short for a
        # fuzzy reading, and a slip of a name must never be read as no name at all (the main
        # company's question). A new double or a swap in a short name is often a word ("motto",
        # "moot"), never read as the name.
        self._name_variants = {
            variant: name
            for alias, _ in vocabulary.aliases
            if len(alias) == 1 and len(name := alias[0]) >= 3
            for variant in (
                name + "s",
                *(name[: i + 1] + name[i:] for i in range(1, len(name)) if name[i] == name[i - 1]),
                *(
                    name[:i] + name[i + 1] + name[i] + name[i + 2 :]
                    for i in range(len(name) - 1)
                    if len(name) >= 5
                ),
            )
            if variant != name
        }
        self.company_spelling = FuzzyWords(
            company_words,
            Tolerance(
                min_length=5,
                cutoff=88,
                long_word_length=6,
                long_word_cutoff=80,
                same_first_letter=True,
                max_length_difference=1,
            ),
        )
        # The main company is looked at more loosely ("xiomi", "xiaomee"): a question naming no
        # company is about it anyway, so reading a slip of its name as it changes no company, and
        # keeps the slip from being taken for a thing the bot lacks. Other names stay strict.
        main_words = {a[0] for a, name in vocabulary.aliases if name == main_subject and len(a) == 1}
        self.main_words = frozenset(main_words)
        self.whole_company_words = frozenset(a[0] for a, _ in vocabulary.aliases if len(a) == 1)
        # whose role a possessive names: the main company's ("xiaomi's ceo"), never another's ("apple's ceo")
        self.own_owners = {f"{w}'s" for w in main_words} | {main_subject.lower() + "'s", *UNNAMED_OWNERS}
        self.main_subject_spelling = FuzzyWords(
            main_words,
            Tolerance(
                min_length=5, cutoff=75, long_word_cutoff=75, same_first_letter=True, max_length_difference=2
            ),
        )
        # A seller nobody knows is named, unless it looks like the main company typed badly
        # ("shaomi", "ximi" sold how many?): looser still, as it only keeps the main subject.
        self.main_subject_lookalike = FuzzyWords(
            main_words,
            Tolerance(
                min_length=3,
                cutoff=60,
                long_word_cutoff=60,
                first_letter_kept_below=0,
                max_length_difference=3,
            ),
        )
        # "evr", "wat", "wats": a small word ("ever", "what") typed short asks nothing, and is no
        # thing the bot lacks. Same first letter, one letter left out: "hats" is no "has".
        self.stopword_spelling = FuzzyWords(
            STOPWORDS,
            Tolerance(
                min_length=3,
                cutoff=85,
                long_word_cutoff=85,
                same_first_letter=True,
                max_length_difference=1,
                swaps=True,
            ),
        )
        # "did the compnay sell": a company noun typed badly is still the company
        self.company_noun_spelling = FuzzyWords(
            SELLER_NOUNS | THE_COMPANYS_PEOPLE | OTHER_COMPANY_WORDS,
            Tolerance(
                min_length=4, cutoff=75, long_word_cutoff=75, same_first_letter=True, max_length_difference=2
            ),
        )
        self.known = corpus_words | lexicon.words | vocabulary.words | STOPWORDS
        self.company_words = frozenset(w for alias, _ in vocabulary.aliases for w in alias)
        self.named_words = corpus_words | self.company_words  # a speaker named so is asked about
        # the words of products, places and people: what a remark before a question may name for it
        # ("jony ive, which company was he at?": who is asked about)
        self.remark_names = frozenset(w for phrase, _ in vocabulary.scopes for w in phrase) | self.name_words
        # ... and the names a question after a remark may stand on: companies by their one-word names,
        # people, and products and places named as such ("Mi 6", "China"; "budget phones" is no name)
        one_word_companies = {alias[0] for alias, _ in vocabulary.aliases if len(alias) == 1}
        # "kevin", "wang", "jun": a part of a quoted person's name, which a chat member may go by
        self.person_name_parts = frozenset(
            w for n in quoted_names if len(n.split()) == 2 for w in n.split() if w not in one_word_companies
        )
        self.scope_names = frozenset(
            w.lower()
            for _, name in vocabulary.scopes
            if name[:1].isupper()
            for w in name.split()
            if w.isalpha() and w.lower() not in STOPWORDS and w.lower() not in one_word_companies
        )  # ("Apple of China" is a nickname: "apple" stays a company's name)
        self.proper_names = frozenset(
            one_word_companies | {w for w in self.name_words if len(w) > 2} | self.scope_names
        )
        self.foreign_words = (
            frozenset(e.phrase[0] for e in lexicon.entries if e.role is Role.FOREIGN and len(e.phrase) == 1)
            - corpus_words
            - STOPWORDS
        )
        from bot.understanding.facts_search import stem  # that module reads this one's STOPWORDS

        self._stem = stem
        # The facts' words by their stem: "deny" is the facts' "denies", "launch" their "launched".
        # Not the lexicon's: "interesting" is chat, not the absent metric "interest".
        self.known_stems = frozenset(
            stem(w) for w in corpus_words - lexicon.words - STOPWORDS if len(w) >= MIN_STEMMED_LENGTH
        )
        # A misspelt word is read as the closest word the bot knows that says something.
        self.spelling = FuzzyWords(
            (corpus_words | lexicon.words | set(vocabulary.synonyms))
            - STOPWORDS
            - vocabulary.filler_words
            # (nor a word of its own the facts never use, which says nothing: "luanch" is "launch",
            # never "lunch"; "mrach" is still "march")
            - (lexicon.own_words - corpus_words)
            - company_words,  # a company is never reached by the general spelling: "apply" is no "apple"
            tolerance or Tolerance(),
        )

    def read(self, question: str) -> Frame:
        """The frame of one question, from its words alone (no conversation)."""
        question = self._without_figures_restated(question)
        message = without_chat_header(
            self._article_by_its_year(question), self.named_words, self.known, self.person_name_parts
        )
        words = self._words(
            without_opening_remark(
                message,
                self.company_words,
                self.remark_names,
                self.proper_names,
                self.scope_names,
                self.main_words,
                self.whole_company_words,
            )
        )
        roles = words.by_role
        asks = tuple(dict.fromkeys(Ask(h.means) for h in roles.get(Role.ASK, ())))
        if Ask.WHO in asks and COMPANY_ASKED_WHO.search(words.text):
            # "who was china's top smartphone company?": a company is asked for, which the company
            # the facts are about may be; no person
            asks = tuple(dict.fromkeys(Ask.WHICH if a is Ask.WHO else a for a in asks))
        event_of_a_date = EVENT_ASKED.search(words.text) and EVENT_TO_COME.search(words.text)
        if Ask.WHERE in asks and event_of_a_date and not self._spoke_at(words.text):
            # "what event is planned for april 18?": what happens, no place; "what event was lei jun
            # at?", "at which event did he say it?": where someone spoke
            asks = tuple(dict.fromkeys(Ask.WHAT if a is Ask.WHERE else a for a in asks))
        if not asks and HOW_BIG_ALONE.fullmatch(words.text):
            asks = (Ask.HOW_MUCH,)  # "which year had the biggest jump?", "how big?": how much it was
        if Ask.WHY in asks and HAPPENED_TO_A_TARGET.search(words.text):
            # "what happened to the 2015 goal?": what became of it (set, then cut), no reason asked
            asks = tuple(a for a in asks if a is not Ask.WHY)
        heard = HEARSAY.match(words.text)
        hearsay = (words.entities.years or words.entities.quantities) and (
            heard or self._unknown_speaker(question, words.text)  # "Dave said they sold 61m"
        )
        if words.entities.source_year or words.entities.source_order or hearsay:
            # "what did the 2015 article say": its figures; "my friend says they sold 61m in 2014":
            # a claim the asker heard, to be checked, not a question of what someone said
            asks = tuple(a for a in asks if a is not Ask.SAID)
        if hearsay and heard and heard.group("where"):
            # "a guy at work says 80m in 2015": where it was heard ("at work", "on reddit") asks nothing
            words = self._words(words.text[: heard.start("where")] + words.text[heard.end("where") :])
        words = self._without_bots_own_sources(words)
        roles = words.by_role
        operation, metric = self._measure_and_operation(words, asks)
        ranked = ""
        # ("rank growth best first", "valuation 2013-2016 best first": no years' sales in order)
        of_the_figure = operation in (None, Operation.BEST, Operation.WORST, Operation.SERIES)
        of_the_figure = of_the_figure and not (roles.get(Role.TOPIC) or roles.get(Role.ABSENT))
        in_a_market = words.scope_words or RANKED_IN_A_MARKET.search(words.text)
        ranked_first = of_the_figure and not in_a_market and RANKED_FIRST.search(words.text)
        annual = not in_a_market and ANNUAL_RANKED.search(words.text)
        if RANKED_YEARS.search(words.text) or annual or ranked_first:
            ranked = "low" if LOWEST_FIRST.search(words.text) else "high"
        # "from best to worst" names both extremes and a change: it asks for the order only
        orderable = (
            None,
            Operation.BEST,
            Operation.WORST,
            Operation.SERIES,
            Operation.CHANGE,
            Operation.COMPARE,
        )  # noqa: E501
        if ranked and operation in orderable:
            operation = Operation.SERIES  # every year, in order of the figure ("rank" asks no China rank)
            untopical = {role: hits for role, hits in roles.items() if role is not Role.TOPIC}
            beside = self._unknown_beside_figure_word(words)
            metric = metric or self._metric(untopical, operation, asks, words.entities, beside)
        else:
            ranked = ""
        # (the first absent word that is no doing of the asker's: "we rented one, how many did they
        # rent out?" asks about rentals)
        absent_hit = next(
            (h for h in roles.get(Role.ABSENT, ()) if not self._askers_own_doing(h, words)), None
        )
        absent = absent_hit.means if absent_hit else ""
        typed = set(absent_hit.typed.split()) if absent_hit else set()
        if (
            words.entities.years
            and typed & self.lexicon.counted
            and typed - self.lexicon.counted <= COUNT_WORDS
        ):
            # "xiaomi's real phone number for 2015": a year's count of phones, no contact details
            # (a "unit cost" in 2015 is still a cost)
            absent = ""
        if absent_hit and self._time_of_a_remark(absent_hit.typed, words):
            absent = ""
        # "how many phones did xiaomi buy in 2015?": the company buying, returning or assembling
        # phones, which no sale counts (people buying them is a sale)
        acquired = None if absent else COMPANY_AS_BUYER.search(words.text)
        if acquired and acquired.group("who") in self.company_words:
            absent = BUYERS_MEASURE[acquired.group("verb")]
        # "how many phones were sold worldwide?": the whole market, which no article counts; with a
        # company named it is that company's ("xiaomi's global sales"), and who or where is a fact
        counts = bool(
            roles.get(Role.SALES) or roles.get(Role.COUNTED) or {Ask.HOW_MANY, Ask.HOW_MUCH} & set(asks)
        )
        # ("how big was the smartphone market in 2015?", "market size in china": the market named
        # in so many words, its size asked)
        # ("was 2016 above the market average?" sets a year against an average, said elsewhere)
        sized = any(len(h.typed.split()) > 1 for h in roles.get(Role.MARKET, ())) and bool(
            MARKET_SIZE_ASKED.search(words.text) or (words.entities.years and "average" not in words.text)
        )
        market_asked = (
            (counts or sized)
            and not words.subjects
            and (sized or not roles.get(Role.TOPIC))
            and not {Ask.WHO, Ask.WHERE, Ask.WHICH} & set(asks)
        )
        market_asked = market_asked and not absent and not roles.get(Role.UNSUPPORTED)
        market = next((h.means for h in roles.get(Role.MARKET, ())), "") if market_asked else ""
        unsupported = next((h.typed for h in roles.get(Role.UNSUPPORTED, ())), "")
        sales_ranked = operation in (Operation.BEST, Operation.WORST) and not roles.get(Role.TOPIC)
        month_past_a_number = self._month_past_a_number(words, roles)
        if (
            not unsupported
            and (sales_ranked or month_past_a_number)
            and (roles.get(Role.SALES) or roles.get(Role.COUNTED) or not words.scopes)
        ):
            # "which quarter had the highest sales?", "which month was best?": no quarter's or month's
            # figure ranks (the asks' "which quarter"); "which quarter was xiaomi top in china?" is a fact
            unsupported = next((h.typed for h in words.hits if h.typed in self.lexicon.unsupported), "")
            if not unsupported and month_past_a_number:
                unsupported = MONTH_OR_QUARTER_ASKED.search(words.text).group(0)  # "what month"
        share_hit = next((h for h in roles.get(Role.ABSENT, ()) if h.typed.split()[0] == "share"), None)
        years_named = len(words.entities.years) + (2 if words.entities.year_range else 0)
        # ... or of a year, said of the last answer: "what share of 2015 is that?"
        of_that = years_named == 1 and THAT_ANSWER.search(words.text) is not None
        of_a_year = years_named == 1 and SHARE_OF_A_YEAR.search(words.text) is not None
        if share_hit and (
            words.entities.whole_year
            or words.entities.period_part
            or years_named >= 2
            or of_that
            or of_a_year
        ):
            # "what share of the full year is that?", "2013 sales as a share of 2015 sales": a share
            # of a year, not market share
            absent, unsupported = "", share_hit.typed
        if words.entities.whole_year and not unsupported and SHARE_OF_WHOLE.search(words.text):
            # "how much of the year's total was that, in percent?": a share of the year, no change
            operation, unsupported = None, "share of the year"
        if self._share_of_target(roles):
            absent = ""
            if share_hit and not words.entities.years:
                # "what share of the target is that?" after the first half: a share, not what is left
                # (a target's year named sets the sides itself: "as a share of the 2015 goal?")
                unsupported = unsupported or share_hit.typed
            # "as a share of the revised goal": how far sales got, whichever target is named
            if operation is None or {h.typed for h in roles.get(Role.OPERATION, ())} <= REVISION_WORDS:
                operation, metric = Operation.GAP, self.main_figure_metric
        entities, text = words.entities, words.text
        if len(entities.years) == 2 and not entities.period_part and FRACTION_CLAIMED.search(text):
            # "was 2013 less than half of 2014?", "is 2013 more than a quarter of 2015?": one year
            # as a part of the other, checked
            operation, unsupported = Operation.RATIO, ""
        # ("did the 2015 target exceed five times that?": the target named first is what is checked,
        # said elsewhere; "would twice that clear the 2017 target?" stays a multiple)
        multiple = MULTIPLE_OF_ANOTHER.search(text)
        target_first = re.search(rf"\b{TARGET_WORD}", text[: multiple.start()]) if multiple else None
        multiple_of_another = multiple and not (target_first and self._target_metric(roles))
        if operation in (Operation.GAP, Operation.COMPARE) and multiple_of_another:
            # "did 2015 exceed three times that?": a multiple of the other figure, checked ("did the
            # 2015 target exceed five times that?" is a target's check, said elsewhere)
            operation = Operation.RATIO
        # An operation word ("beat", "overtook") is a figure word beside a measure, a period or a
        # number; with none of them it says which fact is meant: "which brands overtook xiaomi?".
        figure_context = metric or entities.years or entities.year_range or entities.period_part
        weak_roles = WEAK_ROLES if figure_context or entities.quantities else FIGURE_ROLES
        stray_numbers = self._stray_numbers(words)
        # "growth over the period?": the years asked, no fact about a period ("a transition period")
        span = SPAN_NAMED.search(text) if operation else None
        span_word = span.group("word") if span else ""
        target_metric = self._target_metric(roles)
        unknown_followed_up = () if words.subjects else self._unknown_company_followed_up(question, words)
        subjects = self._subjects(words) or unknown_followed_up
        quoted = self._quoted_in(text)
        frame = Frame(
            question=question,
            text=text,
            metric=metric,
            operation=operation,
            asks=asks,
            subjects=subjects,
            named_unknown=bool(unknown_followed_up) and subjects == unknown_followed_up,
            scopes=tuple(words.scopes),
            years=tuple(dict.fromkeys(entities.years)),  # "xiaomi 2016 vs huawei 2016": one year
            period_part=entities.period_part,
            month_alone=entities.month_alone,
            parts_named=entities.parts_named,
            part_years=tuple(entities.part_years),
            year_range=entities.year_range,
            quantities=tuple(entities.quantities),
            relative_step=entities.relative_step,
            part_step=entities.part_step,
            relative_span=entities.relative_span,
            relative_around=entities.relative_around,
            relative_to_today=entities.relative_to_today,
            years_ago=entities.years_ago,
            whole_year=entities.whole_year,
            until_year=entities.until_year,
            beside_range=tuple(entities.beside_range),
            second_range=entities.second_range,
            sums_apart=sums_set_apart(text) if len(entities.years) + bool(entities.year_range) > 1 else None,
            unit_asked=entities.unit_asked,
            meaning_asked="mean" in words.verbs,
            bots_own=bool(BOTS_OWN.search(text)),
            at_pace=bool(AT_PACE.search(text)),
            percent_asked=bool(PERCENT_ASKED.search(text)),
            age_asked=bool(AGE_ASKED.search(text)),
            figures_say=bool(FIGURES_SAY.search(text)),
            lately=bool(
                LATELY.search(text)
                or (MOVING_NOW.search(text) and not entities.years and not NOT_MOVING_NOW.search(text))
            ),
            future=bool(FUTURE_ASKED.search(text)),
            since_year=entities.since_year,
            counted_years=entities.counted_years,
            target_named=bool(target_metric),
            target_metric=target_metric,
            threshold=entities.threshold,
            threshold_top=entities.threshold_top,
            threshold_again=entities.threshold_again,
            margin_side=entities.margin_side,
            differences=tuple(entities.differences),
            rank=entities.rank,
            calculation=entities.calculation,
            direction=self._direction(roles, text),
            superlative="" if ranked else self._superlative(roles),
            both_extremes="" if ranked else self._both_extremes(roles),
            against_extreme=self._against_extreme(roles, text),
            extreme=next(
                (h.means for h in roles.get(Role.OPERATION, ()) if h.means in ("best", "worst")), ""
            ),
            stray_numbers=stray_numbers,
            topics=tuple(dict.fromkeys(h.means for h in roles.get(Role.TOPIC, ()))),
            # A letter or two known nowhere is chat shorthand ("w" for with, "r" for are), no content.
            content=tuple(
                w
                for w in [*self._hit_words(words.hits), *words.rest]
                if w not in STOPWORDS and not (len(w) <= 2 and w in words.unknown) and w != span_word
            ),
            weak_words=tuple(w for h in words.hits if h.role in weak_roles for w in h.typed.split()),
            unsupported=unsupported,
            topic_words=tuple(
                [h.typed for h in roles.get(Role.TOPIC, ())]
                + [
                    w
                    for w in words.rest
                    if w in self.corpus_words
                    and w not in STOPWORDS | words.scope_words
                    and not w.isdigit()
                    and w != span_word
                ]
            ),
            unknown=words.unknown,
            absent=absent,
            market=market,
            offtopic=next((h.means for h in roles.get(Role.OFFTOPIC, ())), "")
            or ("the calendar" if CALENDAR_ASKED.search(text) else "")
            or self._definition(words)
            or self._peoples_own_doing(words, subjects),
            unknown_measure=self._unknown_measure(words),
            smalltalk=self._smalltalk(roles, entities, text, quoted, subjects),
            remark=self._remark(question, words, asks)
            or _own_thing_in_passing(question, words, asks, subjects),
            bare=len(words.text.split()) == 1,
            foreign=self._foreign(question, words),
            refers_back=bool(REFERS_BACK.search(text)),
            pronoun=bool(PRONOUN.search(text)),
            personal=bool(PERSONAL.search(text)),
            unknown_place=self._unknown_place(words),
            places_left_out=words.places_left_out,
            others_asked=words.others_asked,
            years_left_out=words.years_left_out,
            over_previous=bool(OVER_PREVIOUS.search(text)),
            # "someone said 20 million" after a figure: the last answer checked, as "so 20 million?"
            opener=bool(
                OPENER.match(text) or (HEARSAY.match(text) and entities.quantities and not entities.years)
            ),
            sales_word=Role.SALES in roles,
            strong_sales=self._strong_sales(words),
            source_year=entities.source_year,
            source_order=entities.source_order,
            quoted=quoted,
            owner_of=self._owner_named(text, quoted),
            reported=bool(REPORTED.search(text)),
            yes_no=bool(YES_NO.search(text))
            or self._stated_with_question_mark(question, words, stray_numbers)
            or self._claim_stated(question, words, quoted)
            # "hi! quick one: did xiaomi beat 60m in 2015? ty", "i was wondering whether they hit it?"
            or ("?" in question and YES_NO_WITHIN.search(text) is not None)
            # "xiaomi didn't grow in 2016?": a claim said in the negative, to be checked
            or (claim_turned_round(question) and question.rstrip().endswith("?")),
            claims_less=bool(CLAIMS_LESS.search(side_said_plainly(MARGIN_SIDE_WORDS.sub(" ", text)))),
            or_equal=INCLUSIVE_ABOVE.search(text) is not None or INCLUSIVE_BELOW.search(text) is not None,
            claims_short=claims_short(text),
            claim_turned=claim_turned_round(question),
            negated_with=negated_auxiliary(question),
            offers_alternatives=bool(ALTERNATIVES.search(text)),
            other_source=bool(OTHER_SOURCE.search(text)),
            every_year=bool(EVERY_YEAR.search(text) or (NEVER_MOVED.search(text) and not asks)),
            # ("did they ever sell more than 60m?" after 2016: any year, not the one asked before)
            all_the_years=bool(ALL_THE_YEARS.search(text) or (entities.threshold and EVER_SAID.search(text))),
            per_unit_sold=bool(PER_UNIT_SOLD.search(text)),
            ranked=ranked,
            latest=bool(LATEST.search(text)),
            first_time=bool(entities.threshold and FIRST_TIME.search(text)),
            last_time=bool(entities.threshold and not entities.years and LAST_TIME.search(text)),
            # "the revised 80m target" beside the sales it is set against is no revision asked about
            sells=bool(roles.get(Role.SALES) or roles.get(Role.COUNTED)),
            what_is_sold=self._what_is_sold(words, asks),
            where_sold=self._where_sold(words, asks),
            picks_one=bool(PICK_ONE.search(text)),
            revised=bool({h.typed for h in roles.get(Role.OPERATION, ())} & REVISION_WORDS)
            and not self._strong_sales(words)
            and operation is not Operation.GAP
            and not (entities.differences and _sales_margin_to_a_revised_target(text)),
        )
        if ranked:
            frame = replace(frame, topics=(), topic_words=())
        return self._refined(frame, words)

    @staticmethod
    def _without_bots_own_sources(words: Words) -> Words:
        """'Your data' asks where the bot's figures come from only when nothing else is asked:
        "what do your numbers say about 2015 sales?", "your figures for the best year" ask figures."""
        roles = words.by_role
        yours = [
            h
            for h in roles.get(Role.OPERATION, ())
            if h.means == Operation.SOURCES and BOTS_OWN.search(h.typed)
        ]
        entities = words.entities
        dated = entities.years or entities.year_range or entities.period_part
        asked = [
            h
            for role in (Role.OPERATION, Role.SALES, Role.COUNTED, Role.METRIC, Role.TOPIC)
            for h in roles.get(role, ())
        ]
        if not yours or not (dated or len(asked) > len(yours)):
            return words
        hits = [h for h in words.hits if h not in yours]
        by_role: dict[Role, list[Hit]] = {}
        for hit in hits:
            by_role.setdefault(hit.role, []).append(hit)
        return replace(words, hits=hits, by_role=by_role)

    def _refined(self, frame: Frame, words: Words) -> Frame:
        """The frame with what its slots say together: each step reads the slots already filled."""
        for step in (
            self._vague_part_of_a_figure_only,
            self._threshold_negated,
            self._calculation_on_one_year,
            self._sold_and_the_target_claimed,
            self._short_of_what_was_aimed_at,
            self._year_measured_against_named_first,
            self._year_against_its_own_target,
            self._number_said_sold,
            self._date_of_a_plan,
            self._either_sales_or_target,
            self._growth_a_target_implied,
            self._share_of_a_year_achieved,
            self._average_added,
            self._gap_sides_and_margin,
            self._change_per_year,
            self._spread_over_the_year,
            self._pace_needed_for_a_number,
            self._growth_needed_for_a_number,
            self._sum_of_money,
            self._year_a_number_was_reached,
            self._first_time,
            self._last_time,
            self._nearest_year_asked,
            self._each_years_growth_offered,
            self._a_years_change_against_a_spans,
            self._extreme_up_to_then,
            self._company_asked,
            self._where_it_sells_most,
            self._same_question_other_years,
            self._article_of_a_figure,
            self._who_got_ahead,
            self._years_left_out,
            self._median_asked,
            self._margin_over_a_number,
            self._sales_past_a_target_named,
            self._target_by_its_number_cleared,
            self._sold_against_a_target_by_number,
            self._guesses_in_one_scale,
            self._amount_beside_a_year,
            self._bare_threshold,
            self._years_against_a_year,
            self._years_against_a_year_times,
            self._years_against_a_numbered_period,
            self._years_against_a_target,
            self._signed_change_claimed,
            self._more_every_year,
            self._year_of_a_bare_amount,
            self._gap_to_a_bare_amount,
            self._year_against_a_number,
            self._how_far_past_a_number,
            self._step_from_an_extreme_named_by_its_year,
            self._extreme_named_by_its_year,
            self._rival_ranked,
            self._growth_back_to_a_year,
            self._year_naming_the_extreme,
            self._change_from_a_year_until_another,
            self._change_from_a_year_on,
            self._year_said_again_by_an_event,
            self._year_said_again_by_the_founding,
            self._month_a_target_was_changed,
            self._one_years_source_inside_a_sum,
            self._a_step_from_the_articles_year,
            self._target_lowered,
            self._what_if,
            self._years_checked_each,
            self._two_years_apart,
            self._behind_the_extreme,
            self._years_past_a_periods_number,
            self._year_named_by_a_number_reached,
            self._years_reaching_a_number,
            self._years_past_a_target_by_number,
            self._years_against_the_year_before,
            self._aim_ranked_first,
            self._years_together_past_a_number,
            self._times_past_a_number,
            self._sales_in_money,
            self._said_in_passing,
            self._the_bot_as_the_company,
            self._of_the_chat_or_the_askers_own,
            self._exclaimed,
            self._company_described_by_a_superlative,
            self._product_ranked,
            self._rank_of_a_year,
            self._sources_set_side_by_side,
            self._sum_of_bare_numbers,
            self._average_price_of_a_year,
            self._outcome_asked_alone,
            self._reached_by_a_years_end,
        ):
            frame = step(frame, words)
        return frame

    @staticmethod
    def _reached_by_a_years_end(frame: Frame, words: Words) -> Frame:
        """'Did they reach the 80m goal by the end of 2015?': a target named, reached by a year's end,
        is that year's sales against it, not every year up to it ("it" may be another year's target,
        and a number or a total is the years' own)."""
        if frame.operation is not Operation.GAP or frame.until_year is None or frame.all_years:
            return frame
        if frame.since_year is not None or not BY_A_YEARS_END.search(frame.text):
            return frame
        if not frame.target_named or SOLD_IN_ALL.search(frame.text):
            return frame  # ("did they reach it by the end of 2015?" after the 2014 projection: that one)
        return replace(frame, years=(frame.until_year,), until_year=None)

    def _outcome_asked_alone(self, frame: Frame, words: Words) -> Frame:
        """'And actually?', 'the real number?', 'what did they end up with?': the figure sold, if the
        conversation asked for a plan just before (the conversation decides; alone it is chat)."""
        if not self.main_figure_metric or not OUTCOME_ALONE.match(frame.question.strip()):
            return frame
        if frame.metric:
            return replace(frame, outcome_alone=True)  # "and the result?": a figure, said so
        return replace(
            frame,
            metric=self.main_figure_metric,
            sales_word=True,
            strong_sales=True,
            outcome_alone=True,
            outcome_chat=True,
        )

    def _short_of_what_was_aimed_at(self, frame: Frame, words: Words) -> Frame:
        """'Did xiaomi fall short in 2015?', 'did they miss in 2015?': a year's sales said to fall short
        of nothing named fall short of that year's target, the one thing a year's sales aim at."""
        # ... or asked by how much ("how much did xiaomi fall short in 2015?"), and the other way
        # ("how much did they overshoot in 2014?", "did they beat expectations in 2014?")
        checked = frame.yes_no or Ask.HOW_MUCH in frame.asks or Ask.HOW_MANY in frame.asks
        missed = frame.claims_short and MISSED_OUTRIGHT.search(frame.text)
        beaten_by = frame.differences and BEATEN_BY.search(frame.text)  # "did they beat by 21m in 2014?"
        overshot = OVERSHOT_OUTRIGHT.search(frame.text) or beaten_by
        # ... or the size of it claimed: "did they fall short by 10m in 2015?", "was the 2015
        # shortfall 10 million?" (the number is by how much, never the sales)
        shortfall = frame.yes_no and frame.operation is Operation.GAP and SHORTFALL.search(frame.text)
        if not (checked and (missed or overshot or shortfall)):
            return frame
        margin = frame.quantities if shortfall else frame.differences
        own_numbers = set(frame.quantities) - set(margin)
        # ("the shortfall vs the target in 2015 was 10m?": the target named is still that year's)
        if (
            len(frame.all_years) != 1
            or own_numbers
            or len(set(margin)) > 1
            or (frame.target_named and not shortfall)
        ):
            return frame
        # ("did they fall short by 10m in 2015?": "they" kept the gap a target's, as it is)
        if frame.operation and not (frame.operation is Operation.GAP and (shortfall or margin)):
            return frame
        if frame.period_part or frame.topics or frame.metric not in (None, self.main_figure_metric):
            return frame
        if not (self.only_target_metric and self.main_figure_metric) or frame.names_source:
            return frame  # ("... according to the 2017 article": its own figures, as read)
        if margin:
            frame = replace(frame, quantities=(), differences=margin[:1], claimed_margin=margin[0])
            frame = replace(frame, claims_short=True) if shortfall else frame
        year = frame.all_years[0]
        return replace(
            frame,
            metric=self.main_figure_metric,
            operation=Operation.GAP,
            target_named=True,
            target_metric=self.only_target_metric,
            # that year's sales against its own target ("in 2017": no sales, no other year's)
            sales_year=year,
            target_year=year,
        )

    @staticmethod
    def _year_measured_against_named_first(frame: Frame, words: Words) -> Frame:
        """'Did xiaomi fall short of 2014 in 2016?': the year after "short of" is what the other is
        measured against, named first or not; the year checked comes first."""
        if not frame.yes_no or frame.operation is not Operation.COMPARE or len(frame.years) != 2:
            return frame
        against = YEAR_FALLEN_SHORT_OF.search(frame.text)
        if against is None or int(against["year"]) != frame.years[0]:
            return frame
        return replace(frame, years=(frame.years[1], frame.years[0]))

    def _year_against_its_own_target(self, frame: Frame, words: Words) -> Frame:
        """'2015 vs 2015 target', '2014 vs the 2014 projection': that year's sales against its own
        target, never the target's versions against each other."""
        said = YEAR_VS_ITS_TARGET.search(frame.text)
        if said is None or said["y"] != said["y2"] or not self.main_figure_metric or frame.quantities:
            return frame
        if frame.operation not in (None, Operation.COMPARE, Operation.CHANGE, Operation.GAP):
            return frame
        return replace(frame, metric=self.main_figure_metric, operation=Operation.GAP, target_named=True)

    @staticmethod
    def _average_price_of_a_year(frame: Frame, words: Words) -> Frame:
        """'What was the average price of phones sold in 2015?': a year's average selling price, which
        no article gives (the prices they give are a range of no year), never that year's average
        sales."""
        if (
            frame.operation is not Operation.AVERAGE
            or "phone_price" not in frame.topics
            or not frame.all_years
        ):
            return frame
        return replace(frame, operation=None, topics=(), absent="average selling price")

    @staticmethod
    def _sum_of_bare_numbers(frame: Frame, words: Words) -> Frame:
        """'what's 2+2', 'quick maths: 10 times 5': a sum of numbers alone, no figure of the articles;
        off the topic, and no year or figure for what comes next ("back to it: 2014?")."""
        if frame.metric or frame.subjects or frame.all_years or frame.topics:
            return frame
        if not SUM_OF_BARE_NUMBERS.fullmatch(frame.question.lower().strip()):
            return frame
        return replace(
            frame,
            offtopic="sums of numbers alone (ask with the years, like \u201c2015 minus 2016\u201d)",
            operation=None,
            stray_numbers=(),
            quantities=(),
            content=(),
        )

    def _sources_set_side_by_side(self, frame: Frame, words: Words) -> Frame:
        """'Do the articles agree on 2014?': that year's main figure, by each source; no measure
        named is the main figure, as "difference?" next asks of it."""
        if frame.metric or set(frame.asks) - {Ask.SAID} or not sources_set_side_by_side(frame):
            return frame
        if any(not SOURCES_AGREE.fullmatch(w) for w in frame.unknown):
            return frame  # (a word not known, unless it says agreeing: "consistent")
        return replace(frame, metric=self.main_figure_metric)

    def _rank_of_a_year(self, frame: Frame, words: Words) -> Frame:
        """'Where does 2016 rank among the years?', 'how did 2014 place?': the year's place among
        the years by its figure; never a company's rank in a market ("xiaomi's rank in china")."""
        if len(frame.years) != 1 or frame.year_range or frame.period_part or frame.quantities:
            return frame
        # ("among the years" reads as the years ranked, "stack up against" as a comparison)
        among = frame.ranked or (frame.operation is Operation.COMPARE and OTHER_YEARS.search(frame.text))
        if frame.operation not in (None, Operation.BEST, Operation.WORST) and not among:
            return frame
        if frame.target_named or not YEAR_PLACE_ASKED.search(frame.text):
            return frame
        if RANKED_IN_A_MARKET.search(frame.text) or frame.scopes:
            return frame
        if Ask.WHO in frame.asks or frame.quoted:
            return frame  # ("who ranked first in 2016?" asks for someone)
        if frame.subjects and not YEARS_WORD.search(frame.text):
            return frame  # "xiaomi's rank in 2014": the company's, among others
        if frame.rank > 1 or (frame.yes_no and frame.operation):
            return frame  # "was 2016 the third best year?": that rank, checked
        return replace(
            frame,
            operation=Operation.BEST,
            extreme="best",
            ranked="",
            year_ranked=True,
            metric=frame.metric or self.main_figure_metric,
            asks=tuple(a for a in frame.asks if a is not Ask.WHERE),  # ("where does 2016 rank?")
            topics=(),
            topic_words=(),
        )

    def _years_checked_each(self, frame: Frame, words: Words) -> Frame:
        """'Was 2013 under 20m and 2015 over 65m?', 'over 50m in 2014, under 20m in 2012?': each
        year against its own number, never their sum against one of them."""
        if frame.target_named or frame.period_part or not self.main_figure_metric:
            return frame
        if frame.operation is Operation.CHANGE:
            # "growth from under 20m in 2013 to over 60m in 2015?": the change, its ends described
            return frame
        found = sorted((m for one in YEAR_CHECKS for m in one.finditer(frame.text)), key=re.Match.start)
        checks: list[tuple[int, str, float]] = []
        for m in found:
            side = ">=" if m.group("side") in REACHED_WORDS else side_of(m.group("side"))
            if not m.group("side"):
                if not checks:
                    return frame  # a number with no side before any check: no check
                side = checks[-1][1]
            checks.append((int(m.group("y")), side, float(m.group("n")) * QUANTITY_SCALE[m.group("unit")]))
        years = [year for year, _, _ in checks]
        if len(checks) < 2 or len(set(years)) != len(years) or set(years) != set(frame.all_years):
            return frame
        either = CHECKS_EITHER.search(frame.text, found[0].start(), found[-1].end()) is not None
        return replace(
            frame,
            metric=self.main_figure_metric,
            operation=None,
            year_checks=tuple(checks),
            checks_either=either,
            threshold=None,
            threshold_top=None,
            quantities=(),
            yes_no=True,
        )

    @staticmethod
    def _two_years_apart(frame: Frame, words: Words) -> Frame:
        """'2013 sales were how many million below 2015 sales?', '2016 sales were 15 million below
        2015, right?': one year's figure set against the other's, by how much; never their sum."""
        if frame.operation is not None or len(set(frame.years)) != 2 or frame.year_range or frame.period_part:
            return frame
        if frame.target_named or not frame.sales_word or not YEAR_APART_FROM_YEAR.search(frame.text):
            return frame
        asked = {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks)
        if not (asked or (frame.yes_no and frame.differences)):
            return frame
        return replace(frame, operation=Operation.COMPARE)

    def _years_past_a_periods_number(self, frame: Frame, words: Words) -> Frame:
        """'How many years beat 2016's 58 million?', 'which years outsold the 34.7m from h1 2015?':
        the years past a number that the year named labels, never that year's own figure."""
        if len(frame.quantities) != 1 or len(frame.all_years) != 1 or frame.threshold or frame.year_range:
            return frame
        if not YEARS_ASKED_FOR.search(frame.text) or YEARS_BETWEEN_ASKED.search(frame.text):
            return frame
        if frame.target_named or GROWTH_WORD.search(frame.text) or MONEY_WORD.search(frame.text):
            return frame  # ("which years was the target / growth above 2016's 58 million?")
        label = NUMBER_OF_A_PERIOD.search(frame.text)
        if label is None or (label.group("year") or label.group("year2")) != str(frame.all_years[0]):
            return frame
        side = _side_claimed(frame) or ("<" if BELOW_A_NUMBER.search(frame.text) else "")
        if not side:
            return frame  # "which years had 2016's 58 million?": the figure itself, found where it is
        return replace(
            frame,
            operation=None,
            metric=self.main_figure_metric,
            threshold=(side, frame.quantities[0]),
            quantities=(),
            years=(),
            period_part=None,
            parts_named=(),
            part_years=(),
            target_named=False,
            target_metric="",
            yes_no=False,
        )

    @staticmethod
    def _year_named_by_a_number_reached(frame: Frame, words: Words) -> Frame:
        """'What did xiaomi sell the year it hit 70m?': the year is named by the number it reached,
        as by the number it sold; no gap to a target of that number."""
        if frame.operation is not Operation.GAP or len(frame.quantities) != 1 or frame.all_years:
            return frame
        if frame.target_named or frame.threshold or not YEAR_OF_A_NUMBER_REACHED.search(frame.text):
            return frame
        if SET_AGAINST_THE_YEAR.search(frame.text):
            return frame  # ("how much less did they sell than the year they hit 70m?": a gap to that year)
        return replace(frame, operation=None, yes_no=False)

    @staticmethod
    def _years_reaching_a_number(frame: Frame, words: Words) -> Frame:
        """'Which years did Xiaomi reach 70 million?': the years at or past the number, never how far
        a target of that number is from a year's sales."""
        if frame.operation is not Operation.GAP or len(frame.quantities) != 1 or frame.all_years:
            return frame
        if frame.target_named or frame.threshold or not YEARS_ASKED_FOR.search(frame.text):
            return frame
        if YEARS_BETWEEN_ASKED.search(frame.text):
            return frame  # "how many years after 2012 did they hit 61m?": a count of years between
        # ("which years didn't reach 18 million?", "fell short of 60 million": the other side)
        beaten = BEATEN_WORD.search(frame.text) is not None  # "beat 18.7m" is past it, "reach" at it
        sides = ("<=", "<") if MISSED_A_NUMBER.search(frame.text) else (">", ">=")
        side = sides[0] if beaten else sides[1]
        return replace(
            frame, operation=None, threshold=(side, frame.quantities[0]), quantities=(), yes_no=False
        )

    def _years_past_a_target_by_number(self, frame: Frame, words: Words) -> Frame:
        """'Which years were below the 40 million projection?', 'which years beat the 80m target?':
        the years whose sales were on that side of the target's number, never the target itself."""
        named = A_TARGETS_NUMBER.search(frame.text)
        if frame.all_years or not frame.target_named or named is None or frame.calculation is not None:
            return frame
        if not YEARS_ASKED_FOR.search(frame.text) or YEARS_BETWEEN_ASKED.search(frame.text):
            return frame
        if len(NUMBER_WRITTEN.findall(frame.text)) > 1 or PERCENT_NUMBER.search(frame.text):
            return frame  # ("10m short of the 80m target", "over 50% above the 40m projection": a margin)
        if frame.threshold and not frame.quantities and frame.operation is None:
            # ("which years exceeded the 80 million goal?": the side read already, of sales)
            return replace(
                frame, metric=self.main_figure_metric, target_named=False, target_metric="", yes_no=False
            )
        if len(frame.quantities) != 1 or frame.threshold or frame.operation not in (None, Operation.GAP):
            return frame
        side = _side_claimed(frame)
        if not side and frame.operation is not Operation.GAP:
            return frame  # "which years had a 100m target?": the target's own year
        side = side or ">="  # "which years hit the 60m goal?": at it or past it
        said = SIDE_SAID_AT.search(frame.text)
        passive = said is not None and PASSIVE_SIDE.search(frame.text, named.end())  # "was the 40m goal hit?"
        if said is not None and said.start() > named.start() and not passive:
            # "which years did the 40m projection beat?", "was the 80m target above sales?": the target
            # is the one said to be past, so sales are on the other side
            side = {"<": ">", ">": "<", ">=": "<"}[side]
        return replace(
            frame,
            operation=None,
            metric=self.main_figure_metric,
            threshold=(side, frame.quantities[0]),
            quantities=(),
            target_named=False,
            target_metric="",
            yes_no=False,
        )

    @staticmethod
    def _years_against_the_year_before(frame: Frame, words: Words) -> Frame:
        """'Which years beat the previous year?', 'which years were lower than the year before?':
        the years sales rose (or fell) from the year before, no year of its own named."""
        if frame.relative_step != -1 or frame.target_named or frame.quantities or frame.threshold:
            return frame
        # ("did they ever sell less than the year before?": whether any year did, and which)
        ever = EVER_A_YEAR.search(frame.text) is not None and frame.yes_no
        if (
            not (YEARS_ASKED_FOR.search(frame.text) or ever)
            or words.entities.years
            or words.entities.year_range
        ):
            return frame
        topped = frame.operation is Operation.BEST and BEATEN_WORD.search(frame.text)  # "top the year before"
        if frame.operation not in (None, Operation.COMPARE, Operation.GAP, Operation.CHANGE) and not topped:
            return frame
        lower = frame.claims_less or frame.claims_short or MISSED_A_NUMBER.search(frame.text)
        higher = BEATEN_WORD.search(frame.text) or ABOVE_A_NUMBER.search(frame.text) or frame.direction
        if not (lower or higher) or (ever and not lower):
            return frame  # ("did they ever sell more than the year before?": most years did; each is said)
        return replace(
            frame,
            operation=Operation.CHANGE,
            direction="fall" if lower else frame.direction or "rise",
            extreme="",
            metric=frame.metric if frame.metric and "target" not in frame.metric else None,
            years=(),
            relative_step=None,
            yes_no=ever,
            claims_short=None,
            claims_less=False,
        )

    def _spoke_at(self, text: str) -> bool:
        """Whether an event is asked of someone speaking: "what event was lei jun at?"."""
        return bool(self._quoted_in(text) or SPOKE.search(text))

    @staticmethod
    def _aim_ranked_first(frame: Frame, words: Words) -> Frame:
        """'Xiaomi's top priority': "top" says which priority (the one the facts call No. 1), no word
        to find of its own."""
        ranked = RANKED_AIM.search(frame.text)
        if ranked is None:
            return frame
        modifier = set(ranked.group(0).split()[:-1])
        return replace(
            frame,
            content=tuple(w for w in frame.content if w not in modifier),
            topic_words=tuple(w for w in frame.topic_words if w not in modifier),
        )

    @staticmethod
    def _years_together_past_a_number(frame: Frame, words: Words) -> Frame:
        """'Did 2014 and 2015 combined beat 100 million?': the years' total checked against the
        number, never one year's gap to a target of that number."""
        if frame.operation is not Operation.GAP or len(frame.quantities) != 1 or frame.threshold:
            return frame
        if len(frame.all_years) < 2 or frame.period_part or not frame.yes_no or frame.target_named:
            return frame
        if not SUMMED.search(frame.text) or frame.claims_short is None:
            return frame
        side = "<" if frame.claims_short else ">" if BEATEN_WORD.search(frame.text) else ">="
        return replace(frame, operation=None, threshold=(side, frame.quantities[0]), quantities=())

    @staticmethod
    def _times_past_a_number(frame: Frame, words: Words) -> Frame:
        """'How many times did xiaomi sell over 60 million?': how many years did, no multiple."""
        if frame.operation is not Operation.RATIO or not frame.threshold or frame.all_years:
            return frame
        if not HOW_MANY_TIMES.search(frame.text) or frame.quantities:
            return frame
        return replace(frame, operation=None)

    @staticmethod
    def _behind_the_extreme(frame: Frame, words: Words) -> Frame:
        """'How far behind the best was it?': a year against the best year, a change between two
        years; no target is named to be behind."""
        if frame.operation is not Operation.GAP or not frame.against_extreme:
            return frame
        if frame.target_named or frame.quantities or frame.threshold or not BEHIND_IT.search(frame.text):
            return frame  # ("the year it hit its peak": that year, no distance asked)
        return replace(frame, operation=Operation.CHANGE)

    @staticmethod
    def _sales_in_money(frame: Frame, words: Words) -> Frame:
        """'Xiaomi 2015 sales in billions of dollars': sales counted in money, the revenue, which no
        article gives (units sold are no dollars); a price or a valuation in dollars is that fact."""
        if len(frame.quantities) == 1 and frame.asks and WORTH_DESCRIBED.search(frame.text):
            # "how many phones did the $46 billion startup sell?": what it was worth names it, no claim
            frame = replace(frame, quantities=())
        money = SCALED_MONEY.search(frame.text) and MONEY_MADE.search(frame.text)
        if frame.quantities and not frame.topics and money:
            # "xiaomi made $70 million in 2015?": a sum of money claimed, never the units sold
            return replace(frame, absent="revenue", unknown_place="", quantities=())
        if not frame.sales_word or frame.topics or frame.absent or not SALES_IN_MONEY.search(frame.text):
            return frame
        if frame.per_unit_sold or PER_PHONE.search(frame.text):
            return frame  # "the valuation in dollars per phone sold": a sum spread over the units
        return replace(frame, absent="revenue", unknown_place="")

    @staticmethod
    def _product_ranked(frame: Frame, words: Words) -> Frame:
        """'What was the best phone of 2015?': a model ranked, which no fact does; never the year's
        sales checked as the best year."""
        if frame.operation not in (Operation.BEST, Operation.WORST) or frame.unsupported:
            return frame
        ranked = PRODUCT_RANKED.search(frame.text)
        return replace(frame, unsupported=ranked.group(0)) if ranked else frame

    @staticmethod
    def _company_described_by_a_superlative(frame: Frame, words: Words) -> Frame:
        """'How many phones did the second-most valuable startup sell in 2013?': Xiaomi, so described,
        and its 2013 figure, never its best year; 'the most valuable startup', 'the biggest chinese
        brand' or 'the number one smartphone maker' is another company, whose figures no article gives."""
        described = SUPERLATIVE_COMPANY.search(frame.text)
        if described is None:
            return frame
        said_of_a_company = frame.subjects and not (frame.sells or frame.all_years or frame.metric)
        if said_of_a_company and frame.operation in (Operation.BEST, Operation.WORST):
            # "is xiaomi the largest chinese phone maker?": what the facts say of the company, no year
            return replace(frame, operation=None, extreme="", superlative="", against_extreme=False, rank=1)
        if not frame.sells or frame.subjects:
            return frame
        if {Ask.WHO, Ask.WHICH, Ask.WHAT, Ask.COMPANY} & set(frame.asks):
            return frame  # ("who was china's no. 1 smartphone company in q2 2015?": the company asked)
        plain = replace(frame, extreme="", superlative="", against_extreme=False, rank=1)
        if frame.operation in (Operation.BEST, Operation.WORST):
            plain = replace(plain, operation=None)
        if described.group("second"):
            return plain  # (the facts call Xiaomi the second-most valuable startup)
        return replace(plain, others_asked=True)

    @staticmethod
    def _exclaimed(frame: Frame, words: Words) -> Frame:
        """'Worst bot ever', 'average bot', 'best phone ever', 'nice growth', 'what a great year 2015
        was': a word of judgement said of a thing, or of what was just answered, asking nothing;
        never the worst year, the average or the growth ("best year ever" still asks it)."""
        # ("thanks bot, you're the best": thanks, as read)
        said = frame.smalltalk not in READ_ON_AS_JUDGED
        if said or frame.quantities or frame.stray_numbers or REQUEST_WORD.search(frame.text):
            return frame
        opens_asking = OPENS_WITH_A_QUESTION_WORD.match(frame.text) is not None
        thing = JUDGED_THING.search(frame.text) is not None and not frame.has_period
        if thing and ("?" in frame.question or opens_asking):
            # "is xiaomi the best company?", "which is the best phone": an opinion asked
            return as_chat(frame, "opinion")
        if "?" in frame.question:
            return frame
        # ("xiaomi is the best company ever", "you are the worst": said, though "is" could ask)
        judged = thing or EXCLAIMED_OF_A_YEAR.fullmatch(frame.text)
        asked = frame.asks or frame.yes_no or opens_asking
        praised = PRAISE_OF_THE_ANSWER.fullmatch(frame.text) and not (asked or frame.has_period)
        if not (judged or praised):
            return frame
        return as_chat(frame, "remark")

    @staticmethod
    def _the_bot_as_the_company(frame: Frame, words: Words) -> Frame:
        """'What's your valuation?', 'did you hit your target?', 'are you chinese?': the bot asked
        as if it were the company, about the bot, unless a company is named ("what's your best year
        for xiaomi sales?" asks the figure); and 'how many phones do i own?', which nobody knows."""
        if frame.smalltalk:
            return frame
        own = ASKERS_OWN_PHONES.search(frame.text)
        if not own and (frame.subjects or not YOU_AS_THE_COMPANY.search(frame.text)):
            return frame
        return as_chat(frame, "the_bot")

    @staticmethod
    def _of_the_chat_or_the_askers_own(frame: Frame, words: Words) -> Frame:
        """'who left the group?', 'call at 10:15 tomorrow?', 'our company is going through a
        transition', 'I got fired today': the chat, a time of day, the asker's own company or the
        asker telling of themselves, with no company, year or source named, is chat, never a fact its
        words happen to match."""
        if frame.smalltalk or frame.subjects or frame.quoted or frame.names_source or frame.offtopic:
            return frame
        if YEAR_TOKEN.search(frame.question) or frame.scopes:
            return frame  # ("i'm from brazil", then "do they sell there?": a place leant on next)
        # ("our team wants to know the valuation", "i have a question", "i'm curious about the target":
        # asking all the same; "for my project: what's the magic number?": a question after a preamble)
        asking = ASKING_ALOUD.search(frame.text) or QUESTION_ANNOUNCED.search(frame.text)
        asking = asking or PREAMBLE_COLON.search(frame.question)
        told = "?" not in frame.question and not frame.asks and not frame.yes_no
        if told and TOLD_OF_ONESELF.match(frame.text) and not asking:
            return as_chat(frame, "remark")
        if frame.topics or asking:
            return frame  # ("what's the chat about the mi 6 launch?": the launch asked of)
        stamp = CHAT_STAMP.match(frame.question)  # ("[10:01] Ben: 2013?": the time it was sent)
        sent = frame.question[stamp.end() :] if stamp else frame.question
        mentioned = ABOUT_THE_CHAT.search(frame.text) or ASKERS_OWN_WORLD.search(frame.text)
        if not (mentioned or CLOCK_TIME.search(sent)):
            return frame
        return as_chat(frame, "remark")

    @staticmethod
    def _said_in_passing(frame: Frame, words: Words) -> Frame:
        """'see you in 2015 lol', 'i bought 2 xiaomi phones that year', 'happy new year 2015': a
        remark about oneself or a farewell, with no question mark and nothing asked, is chat in
        passing, never a figure asked for by the year or number it mentions ("i meant 2016" is
        a correction, and asks); so is "@anna can you put this in the deck", said to another."""
        if frame.smalltalk and frame.smalltalk not in (*PASSING_TALK, "ack"):
            return frame  # "should i buy xiaomi phones": an opinion asked, answered as such
        # ("my new xiaomi cost 300 dollars, is that normal": asked all the same)
        told = "?" not in frame.question and not frame.asks and not frame.remark
        told = told and not ASKED_AFTER_ALL.search(frame.text)
        figure_asked = frame.sales_word or frame.asks_for_figure
        sold = ASKER_SOLD.search(frame.text) and not (frame.subjects or frame.quantities)
        needs = ASKER_NEEDS.search(frame.text) and not (
            frame.has_period or figure_asked or CHECK_ASKED.search(frame.text)
        )
        # ("my old boss said xiaomi sold 70m in 2015": a claim reported, checked)
        belongs = ASKERS_BELONGING.search(frame.text) and not re.search(rf"\b{SOURCE_VERB}\b", frame.text)
        if told and (sold or needs or belongs):
            return as_chat(frame, "remark")
        own = frame.metric or frame.operation or frame.has_period or frame.subjects or frame.topics
        if ADDRESSED_TO_ANOTHER.match(frame.question) and not (own or frame.quantities or frame.quoted):
            return as_chat(frame, "remark")
        leaned_on = frame.has_period or frame.stray_numbers or frame.subjects
        if "?" in frame.question or frame.quantities or not leaned_on:
            return frame  # ("i heard 40 million", "my notes say 2012 was 72m": a figure claimed, checked)
        of_oneself = SAID_OF_ONESELF.search(frame.text) is not None
        # "i got my first phone in 2012": a phone of one's own, no figure of the company's
        measured = frame.metric and (frame.sales_word or frame.target_named or not of_oneself)
        asked = measured or frame.operation or frame.asks or frame.opener or frame.yes_no
        if asked or frame.topics or frame.quoted or frame.relative_step or ASKING_ALOUD.search(frame.text):
            return frame
        in_passing = frame.smalltalk in PASSING_TALK or of_oneself
        return as_chat(frame, "remark") if in_passing else frame

    @staticmethod
    def _what_if(frame: Frame, words: Words) -> Frame:
        """'If they sell 70 million in 2017, how much would sales grow?', 'what would 2015's growth
        have been at 80 million?': a number supposed in a year, measured against the year asked
        (else the year before): how far that year's figure is from it. Any other what-if is marked,
        for the answer to say it works only from reported figures."""
        if frame.calculation is not None and words.entities.calculation_supposed and not frame.at_pace:
            # "what if 2015 was 10% more?": that one figure worked out; a what-if asked of more than
            # one figure ("what would the total be?", "the growth?") is declined as one
            one_figure = len(set(frame.all_years)) <= 1 and frame.operation in ONE_FIGURE_OPERATIONS
            # ("suppose the valuation were doubled": a fact's figure, which is not worked on)
            if one_figure and not (frame.period_part or frame.topics):
                return replace(frame, operation=None, yes_no=False, quantities=(), differences=())
            return replace(frame, calculation=None, supposed=True)
        clause = SUPPOSED.search(frame.text)
        if clause and ASKED_WHETHER.search(frame.text[: clause.start()]):
            return frame  # "can you tell me if xiaomi hit 80m in 2015?": whether, no what-if
        if clause is None or frame.at_pace or frame.calculation is not None:
            return frame  # "if they had kept the h1 pace", "if they had sold 10% more": worked out
        if PERCENT_NUMBER.search(clause.group(0)):
            return replace(frame, supposed=True)  # "if they hit 100% of the goal", "if they grow 10%"
        comparing = frame.operation in (Operation.CHANGE, Operation.COMPARE, Operation.GAP)
        if comparing and not frame.quantities and YEAR_TOKEN.search(clause.group(0)):
            return frame  # "if 2016 had matched 2015, how many more?": the two figures' difference
        if frame.operation is Operation.GAP and frame.target_named:
            return frame  # "if they had hit the 100 million goal, how much more than sold?": that gap
        supposed_years = {int(y) for y in YEAR_TOKEN.findall(clause.group(0))}
        others = [y for y in frame.all_years if y not in supposed_years]
        summed = frame.operation in (Operation.TOTAL, Operation.AVERAGE) and not frame.period_part
        if summed and len(frame.quantities) == 1 and len(supposed_years) == 1 and not frame.median:
            # "if 2014 was 70m, what would the 2012-2016 average be?": that year's figure swapped for the
            # number, in the sum of the years asked, else of every year
            (year,) = supposed_years
            span = {"years": (), "year_range": None} if not others else {}
            supposed_figure = (year, frame.quantities[0])
            return replace(frame, supposed_figure=supposed_figure, quantities=(), supposed=True, **span)
        if clause.group("year_was"):
            return frame  # "if 2014 was 61m and 2015 70m, what's growth?": figures said, worked from
        asks_a_change = frame.operation in (Operation.CHANGE, Operation.COMPARE, Operation.GAP)
        if len(frame.quantities) != 1 or not asks_a_change:
            return replace(frame, supposed=True)
        if not others and len(supposed_years) == 1:
            # "if they had sold 80m in 2015, how many more than they actually did?": against that year's
            # own ("if they really sell 70m in 2017" only hedges); "if they sell 70m in 2017, growth?":
            # over 2016
            (year,) = supposed_years
            actual = AGAINST_WHAT_WAS.search(frame.text, clause.end()) is not None
            others = [year if actual else year - 1]
        if len(others) != 1:
            return replace(frame, supposed=True)
        return replace(
            frame,
            operation=Operation.GAP,
            years=tuple(others),
            year_range=None,
            yes_no=False,
            direction="",
            what_if_year=min(supposed_years) if len(supposed_years) == 1 else None,
        )

    @staticmethod
    def _target_lowered(frame: Frame, words: Words) -> Frame:
        """'Did they lower the goal?': a target cut, its revision, not one year's target against
        another's ("was the 2015 goal lower than 2014's?" names the years it compares)."""
        # ... or "how much smaller was the new 2015 target?": the revised one against the one before
        revised = frame.revised or REVISED_TARGET_NAMED.search(frame.text) is not None
        lowered = revised and frame.target_named and frame.operation is Operation.COMPARE
        # ... and "the revised 2015 target as a percentage of the original one": both named, set
        # against each other in any way
        both = LATER_TARGET_NAMED.search(frame.text) and EARLIER_TARGET_NAMED.search(frame.text)
        both = both and not HALF_WORD.search(frame.text)  # ("the second half ... the original 100m")
        if both and frame.target_named and not frame.sales_word and len(set(frame.all_years)) <= 1:
            metric = frame.target_metric or frame.metric
            # (a ratio asked stays one: "the last target was 0.8 times the first"); ("the march 2015
            # target": the one set in March, no month of the year)
            return replace(
                frame,
                operation=Operation.RATIO if frame.operation is Operation.RATIO else Operation.CHANGE,
                revised=True,
                unsupported="",
                metric=metric,
                period_part=None,
            )
        # "compared to the target, was 2015 lower?" sets sales against it, nothing lowered
        against = THAN_WORD.search(frame.text) or TARGET_VERSUS.search(frame.text)
        if not lowered or len(set(frame.all_years)) > 1 or against:
            return frame
        return replace(frame, operation=Operation.CHANGE, direction=frame.direction or "fall")

    @staticmethod
    def _threshold_negated(frame: Frame, words: Words) -> Frame:
        """'Which years did xiaomi not sell over 50 million?': the years on the other side of the
        number ("didn't they sell over 50m in 2015?" is asked of the number, as it is, but "did they
        fail to sell at least 70m?" asks whether sales stayed under it)."""
        if frame.threshold is None or frame.threshold_top:
            return frame
        negated = NOT_PAST.search(frame.text)
        # ("was 2013 not below 15m?": "not" on the side itself, which it turns; "wasn't 2013 below
        # 15m?" asks of the side as it is)
        side_turned = negated is not None and NOT_ON_THE_SIDE.search(frame.text) is not None
        if negated is None or (frame.yes_no and not (negated.group("failed") or side_turned)):
            return frame
        if len(SIDE_WORDS.findall(frame.text)) > 1:
            return frame  # "over 50 million but not over 65 million": two sides, read as they are
        sign, value = frame.threshold
        # ("fail to sell" is no gap to the number here: the number is a side, checked)
        operation = None if frame.operation is Operation.GAP and not frame.target_named else frame.operation
        return replace(frame, threshold=(FLIPPED[sign], value), operation=operation)

    @staticmethod
    def _calculation_on_one_year(frame: Frame, words: Words) -> Frame:
        """A calculation works on one year's figure, but '2015 plus 2016 divided by 2' is their average."""
        calculation, years = frame.calculation, frame.all_years
        if calculation is None or len(years) < 2:
            return frame
        if calculation.op is Calc.DIVIDED and calculation.amount == len(years):
            return replace(frame, calculation=None, operation=Operation.AVERAGE)
        return frame

    def _vague_part_of_a_figure_only(self, frame: Frame, words: Words) -> Frame:
        """'Sales in late 2015' asks a part of the year no fact gives; 'the goal at the start of
        2015' and 'what did Lei Jun say in late 2015' ask the year's target or fact."""
        by_a_month = [p for p, said in HALVES_BY_A_MONTH.items() if said.search(frame.text)]
        if by_a_month:
            return self._half_said_by_a_month(frame, by_a_month[0])
        if frame.period_part not in VAGUE_PARTS:
            return frame
        # with no measure named, "and in late 2015?" keeps it for the measure the follow-up takes up
        figure = (
            self.metric_kinds.get(frame.metric) == "figure" if frame.metric else frame.sells or frame.opener
        )
        if frame.period_part in PART_REFERRED:
            # "how many that quarter?", "the same quarter in 2014?": a figure's part of a year, which the
            # conversation names; "what phone was expected that month?" dates a fact (the word "month"
            # itself, kept for facts dated by it, is no such topic)
            topic_words = [w for w in frame.topic_words if w != "month"]
            figure = not (topic_words or (frame.metric and not figure))
        if figure and not frame.topics:
            return frame
        return replace(frame, period_part=None, parts_named=())

    @staticmethod
    def _half_said_by_a_month(frame: Frame, half: str) -> Frame:
        """'How many did they sell in 2015 after june?': the second half, for a count of sales only.
        A part named besides ("h1 figures after june", "q3 sales after june") is the one asked; the
        target, a fact or a follow-up with nothing counted keeps the year ("and after june?")."""
        others = tuple(p for p in frame.parts_named if p != half)
        if others:
            return replace(frame, period_part=others[0], parts_named=others)
        # a target ("how many left to reach it after june?" is what was left after the first half,
        # which the conversation gives) or a fact keeps the year; a follow-up with no measure
        # keeps the half for the conversation to settle ("2015 sales", "and before july?")
        if frame.topics or frame.target_named or frame.operation is Operation.GAP:
            return replace(frame, period_part=None, parts_named=())
        return frame

    @staticmethod
    def _direction(roles: dict[Role, list[Hit]], text: str) -> str:
        """'rise' or 'fall', the way a change is asked about; 'which year did sales not grow?'
        asks the years that went the other way."""
        direction = next((h.means for h in roles.get(Role.OPERATION, ()) if h.means in DIRECTIONS), "")
        # ("didn't sales drop in 2016?" is asked in the negative, expecting the drop: no flip)
        asked_in_the_negative = ASKED_IN_THE_NEGATIVE.match(text) is not None
        # ("did sales not grow every year?" checks every year's rise, and says which did not; "did
        # sales never fall?" checks that every year rose)
        negated = NEVER_MOVED.search(text) or NOT_MOVED.search(text) and not EVERY_YEAR.search(text)
        if direction and negated and not asked_in_the_negative:
            return "fall" if direction == "rise" else "rise"
        return direction

    @staticmethod
    def _definition(words: Words) -> str:
        """'What is a startup?', 'what's an emerging market?': a general term to define, which no
        fact does (a company, place, product or name asked about is another matter)."""
        entities = words.entities
        named = words.subjects or words.scope_words or entities.years or entities.quantities
        # "what does 'last year' mean in the 2015 article?": a year, counted from the article's date
        named = named or entities.years_ago is not None
        # "what's an average year of sales?": a figure asked, no term
        # ("what is a flagship phone?" names a thing, no figure)
        measured = any(r in words.by_role for r in (Role.SALES, Role.OPERATION, Role.METRIC))
        if MEANING.match(words.text) and not named:
            return "definitions of general terms"
        named = named or measured
        return "definitions of general terms" if DEFINITION.match(words.text) and not named else ""

    def _year_a_number_was_reached(self, frame: Frame, words: Words) -> Frame:
        """'When did xiaomi hit 60m?', 'what year did they reach 18.7m?': the first year the figure
        was at least that; no target is named, so nothing is measured against one."""
        # ... "first year they beat 40m", "which year did they top 60m?": the year asked outright
        year_asked = Ask.WHEN in frame.asks or YEAR_OF_A_NUMBER_ASKED.search(frame.text)
        # ("when did xiaomi first sell 50 million?": the first year of at least that many)
        first_sold = frame.operation is None and FIRST_SOLD.search(frame.text) is not None
        # ("when did they first sell 34.7 million?": that figure's own period, asked as before)
        first_sold = first_sold and bool(frame.quantities) and frame.quantities[0] % 5e6 == 0
        first_sold = first_sold and not IN_A_PART.search(
            frame.text
        )  # ("... in a quarter?": no quarter's figure)
        if (
            not year_asked
            or not (frame.operation is Operation.GAP or first_sold)
            or len(frame.quantities) != 1
        ):
            return frame
        if frame.has_period or frame.yes_no or self._names_target(words.by_role):
            return frame
        if CLAIMS_SHORT.search(frame.text) or NEGATED.search(frame.text):
            return frame  # "when did they miss 60m?", "fail to hit": no first year at least that
        if frame.metric and self.metric_kinds.get(frame.metric) != "figure":
            return frame
        return replace(
            frame,
            metric=frame.metric or self.main_figure_metric,
            operation=None,
            quantities=(),
            # "beat 70m" is more than it; "hit 70m" is 70m or more
            threshold=(">" if BEATEN.search(frame.text) else ">=", frame.quantities[0]),
            first_time=True,
            # "for the first time": the first year is what is asked, no fact's words
            content=tuple(
                w for w in frame.content if w not in frame.weak_words and w not in ("first", "time")
            ),
        )

    @staticmethod
    def _a_step_from_the_articles_year(frame: Frame, words: Words) -> Frame:
        """'The 2015 article says they sold 61 million the year before': a year counted from the
        article's own, when a number is claimed of it and no other year is named (asked with no
        number, the figures answer it from that article as they stand)."""
        # ("the 2017 article says 18.7 million 'a year later'": later than a year it names, not than it)
        if not (frame.relative_step == -1 and frame.source_year and frame.quantities) or frame.has_period:
            return frame
        if not ARTICLE_SAYS.match(frame.text):
            return frame  # ("2015 sales?", "and the year before, per the 2017 article?": before 2015)
        return replace(frame, years=(frame.source_year + frame.relative_step,), relative_step=None)

    @staticmethod
    def _one_years_source_inside_a_sum(frame: Frame, words: Words) -> Frame:
        """'The average of the five yearly figures using the 2015 article's number for 2014': the
        article chooses 2014's figure, not the years averaged (every year, each 2014 figure said)."""
        if frame.operation not in (Operation.AVERAGE, Operation.TOTAL) or frame.source_year is None:
            return frame
        named = SOURCE_FOR_A_YEAR.search(frame.text)
        if not named:
            return frame
        # the year the article is chosen for is no year summed of its own, when the question sums
        # several ("the five yearly figures"); "the 2014 total per the 2017 article's number for
        # 2014" sums that year alone
        several = SEVERAL_YEARS.search(frame.text) is not None
        if len(frame.years) == 1 and not frame.year_range and not several:
            return frame
        years = () if len(frame.years) == 1 and not frame.year_range else frame.years
        return replace(frame, years=years, source_year=None)

    def _growth_back_to_a_year(self, frame: Frame, words: Words) -> Frame:
        """'What growth is needed from 2016 to reach 2015's level again?': the later year set against
        the earlier one's figure (how far below it, and the growth that takes), never the fall from
        the earlier to the later. 'Growth needed in 2017 to get back to 2015': a growth in 2017 is
        from 2016, whatever 2017 brings."""
        if len(frame.years) != 2 or frame.year_range or not BACK_TO_A_YEAR.search(frame.text):
            return frame
        later, earlier = frame.years
        grown_in = GROWTH_IN_A_YEAR.search(frame.text)
        # (a growth needed, of nothing but the sales: "... to reach the 2015 target of 80m" is the
        # target's, "did its growth in 2016 match its growth in 2014?" two growths)
        needed = NEEDED.search(frame.text) and not (frame.quantities or A_TARGET_SAID.search(frame.text))
        needed = needed and len(GROWTH_WORD.findall(frame.text)) == 1
        if (
            grown_in
            and needed
            and int(grown_in.group("year")) == later > earlier + 1
            and not frame.sales_year
        ):
            # (no target: "needed" asks for the growth, which 2016's sales and 2015's give)
            return replace(
                frame,
                operation=Operation.COMPARE,
                direction="",
                years=(later - 1, earlier),
                metric=self.main_figure_metric,
                target_metric=None,
                target_named=False,
                percent_asked=True,
            )
        if frame.operation not in (Operation.CHANGE, Operation.COMPARE) or later <= earlier:
            return frame
        grown = GROWTH_WORD.search(frame.text) is not None
        return replace(
            frame, operation=Operation.COMPARE, direction="", percent_asked=frame.percent_asked or grown
        )

    @staticmethod
    def _rival_ranked(frame: Frame, words: Words) -> Frame:
        """'Xiaomi's biggest rival?': the rival is ranked, no year's sales; the competitors' facts."""
        if frame.operation not in (Operation.BEST, Operation.WORST) or frame.metric:
            return frame
        if not RIVAL_WORDS & set(frame.content):
            return frame
        # ("... in 2016?": the rivals the articles name, of whatever time they name them)
        return replace(frame, operation=None, extreme="", superlative="", years=(), year_range=None)

    @staticmethod
    def _extreme_named_by_its_year(frame: Frame, words: Words) -> Frame:
        """'How much lower were 2016 sales than the 2015 peak?': a year called the peak is one of
        two years set side by side, no best year asked."""
        if frame.operation not in (Operation.BEST, Operation.WORST) or len(frame.years) != 2:
            return frame
        set_against = SET_AGAINST.search(frame.text) or LEVEL_SET_AGAINST.search(frame.text)
        if not YEAR_OF_THE_EXTREME.search(frame.text) or not set_against:
            return frame
        return replace(frame, operation=Operation.COMPARE, extreme="", superlative="")

    @staticmethod
    def _step_from_an_extreme_named_by_its_year(frame: Frame, words: Words) -> Frame:
        """'Sales the year before the 2015 peak?': a year called the peak is where the step is
        counted from; the year stepped to is asked, no best year among the two."""
        if frame.operation not in (Operation.BEST, Operation.WORST) or not frame.relative_step:
            return frame
        named = YEAR_OF_THE_EXTREME.search(frame.text)
        if named is None or len(frame.years) != 1 or frame.year_range:
            return frame
        year = int(re.search(YEAR, named.group()).group())
        if frame.years != (year,):
            return frame
        plain = dict(operation=None, extreme="", superlative="", relative_step=None)
        return replace(frame, years=(year + frame.relative_step,), **plain)

    @staticmethod
    def _year_naming_the_extreme(frame: Frame, words: Words) -> Frame:
        """'How far below their 2015 peak is that?': the year only says which the peak is, found
        from the figures; it is no year asked."""
        if not (frame.against_extreme and frame.extreme) or len(frame.years) != 1 or frame.year_range:
            return frame
        if not YEAR_OF_THE_EXTREME.search(frame.text):
            return frame
        return replace(frame, years=())

    @staticmethod
    def _month_a_target_was_changed(frame: Frame, words: Words) -> Frame:
        """'How much did the target get cut in March 2015?': the month dates the cut; it is no
        month's figure asked."""
        month = re.fullmatch(r"M\d{1,2}", frame.period_part or "")
        if not (month and frame.revised and frame.target_named) or frame.strong_sales:
            return frame
        return replace(frame, period_part=None, parts_named=())

    def _without_figures_restated(self, question: str) -> str:
        """'H1 2015 (34.7 million) beat the whole of 2013 (18.7 million)?': an amount in brackets
        after a period that is that period's own figure (or target, when one is named) restates it
        and claims nothing, so it is left out; one that is not ("2015 sales (75m)") stays, a claim."""
        if "(" not in question and "[" not in question:
            return question
        cuts, said_all = [], list(BRACKETED_AMOUNT.finditer(question.lower()))
        for said in said_all:
            if self._restates(said.group("before"), amount_written(said.group("amount"))):
                cuts.append(said.span("bracket"))
        if len(cuts) != len(said_all) or len(said_all) != question.count("(") + question.count("["):
            return question  # ("was 2016 (60m) lower than 2015 (70m)?": one claimed, so all are read)
        if SOURCE_ASKED.search(question.lower()):
            return question  # ("which source says 2014 (61m)?": the number says which)
        for start, end in reversed(cuts):
            question = question[:start] + question[end:]
        return question

    def _restates(self, before: str, amount: float) -> bool:
        """Whether an amount is the figure (or the target) of the period named just before it."""
        years = re.findall(r"\b((?:19|20)\d\d)\b", before)
        if not years:
            return False
        part = "-H1" if re.search(r"\b(?:h1|1h|first half)\b", before) else ""
        part = "-H2" if re.search(r"\b(?:h2|2h|second half)\b", before) else part
        kind = "target" if re.search(rf"\b{TARGET_WORD}", before) else "figure"
        values = set(self.stated_figures.get((kind, years[-1] + part), ()))
        # (a period of two figures, 2014's 61 or 60 million, or two targets: the number says which)
        return len(values) == 1 and abs(values.pop() - amount) <= amount * RESTATED_TOLERANCE

    def _article_by_its_year(self, question: str) -> str:
        """The question with an article named by its title's words said by its year instead."""
        if not self._article_named or not ARTICLE_SAID.search(question):
            return question  # (most questions name no article: one look, not one per article)
        for pattern, year, title_words in self._article_named:
            found = pattern.search(question)
            # (an article as a source: "per the kevin wang piece", "the kevin wang article says";
            # not "how old is the kevin wang article?")
            if not found or not (
                AS_A_SOURCE_BEFORE.search(question[: found.start()])
                or SAYS_AFTER.match(question[found.end() :])
            ):
                continue
            rest = question[found.end() :]
            # ("... backing off his sales goals, how many ...": the title quoted on, taken too)
            while (word := re.match(r"\s*([\w'-]+)", rest)) and word.group(1).lower() in title_words:
                rest = rest[word.end() :]
            return f"{question[: found.start()]} the {year} article {rest}"
        return question

    @staticmethod
    def _year_said_again_by_an_event(frame: Frame, words: Words) -> Frame:
        """'In 2011, the year after it started': the year named, said again by an event; no step
        from it to the next."""
        if not (frame.relative_step and len(frame.years) == 1) or not YEAR_OF_AN_EVENT.search(frame.text):
            return frame
        return replace(frame, relative_step=None)

    @staticmethod
    def _year_said_again_by_the_founding(frame: Frame, words: Words) -> Frame:
        """'What about 2010, the year they were founded?': the year named, said again by the
        founding; the founding is not what is asked."""
        if (
            len(frame.years) != 1
            or frame.topics != ("founded",)
            or not YEAR_OF_THE_FOUNDING.search(frame.text)
        ):
            return frame
        return replace(
            frame,
            topics=(),
            topic_words=tuple(w for w in frame.topic_words if w != "founded"),
            content=tuple(w for w in frame.content if w != "founded"),
            asks=tuple(a for a in frame.asks if a is not Ask.WHEN),  # ("in 2010 when they were founded")
        )

    @staticmethod
    def _change_from_a_year_until_another(frame: Frame, words: Words) -> Frame:
        """'Sales in 2013, and how many times did they grow by 2015?': from the year named to the
        year the change runs until, not from the first year of all."""
        if (
            frame.operation not in (Operation.CHANGE, Operation.RATIO)
            or frame.year_range
            or frame.period_part
        ):
            return frame
        if len(frame.years) != 1 or frame.until_year is None or frame.years[0] >= frame.until_year:
            return frame
        return replace(frame, years=(frame.years[0], frame.until_year), until_year=None)

    @staticmethod
    def _change_from_a_year_on(frame: Frame, words: Words) -> Frame:
        """'How much did sales drop from 2015?': the change from that year to the next, not into
        it from the year before."""
        if frame.operation not in (Operation.CHANGE, Operation.RATIO) or len(frame.years) != 1:
            return frame
        if (
            frame.year_range
            or frame.period_part
            or frame.until_year is not None
            or frame.since_year is not None
            or frame.target_named  # ("how much did the target drop from 2015?": that year's revision)
        ):
            return frame
        start = CHANGE_FROM_A_YEAR.search(frame.text)
        if start is None or int(start.group("year")) != frame.years[0]:
            return frame
        return replace(frame, years=(frame.years[0], frame.years[0] + 1))

    @staticmethod
    def _margin_over_a_number(frame: Frame, words: Words) -> Frame:
        """'How much did 2014 sales exceed 40 million?', 'how many more than 40 million?': the
        margin over that number asked, not whether it was cleared."""
        if not frame.threshold or frame.first_time or frame.operation not in (None, Operation.CHANGE):
            return frame
        if not (frame.asks_for_figure or BY_HOW_MUCH_ASKED.search(frame.text)) or len(frame.all_years) != 1:
            return frame
        return replace(frame, operation=Operation.GAP, quantities=(frame.threshold[1],), threshold=None)

    def _sales_past_a_target_named(self, frame: Frame, words: Words) -> Frame:
        """'Did xiaomi sell more than the 80 million target in 2015?': the number is that target,
        and the year's sales are measured against it, the claim (more or less) checked; never
        whether the target was more than its own number."""
        if not (frame.threshold and frame.target_named and frame.sales_word and frame.yes_no):
            return frame
        if TARGET_OF_SALES.search(frame.text):
            return frame  # "was the 2015 sales target more than 90 million?": the target checked
        if frame.operation or len(frame.all_years) != 1 or frame.period_part:
            return frame
        return self._sales_against_the_bound(frame)

    def _sales_against_the_bound(self, frame: Frame) -> Frame:
        """The sales measured against the number a claim bounds them by, which is a target's, the
        claim (more or less) checked."""
        comparison, value = frame.threshold
        return replace(
            frame,
            operation=Operation.GAP,
            metric=self.main_figure_metric,
            quantities=(value,),
            threshold=None,
            claims_short=comparison.startswith("<"),
        )

    def _target_by_its_number_cleared(self, frame: Frame, words: Words) -> Frame:
        """'Did xiaomi exceed the 80 million goal?': sales against the target that number was (its
        year's), the claim checked; never whether any year's target was more than the number."""
        if not (frame.threshold and frame.target_named and frame.yes_no) or frame.operation:
            return frame
        if frame.period_part or frame.all_years:
            return frame  # ("exceed the 80m goal in 2014?": another year's sales against it, not read here)
        cleared = TARGET_CLEARED.search(frame.text)
        comparison, value = frame.threshold
        if cleared is None or float(cleared.group("n").replace(",", "")) not in (value, value / 1e6):
            return frame
        return self._sales_against_the_bound(frame)

    def _sold_against_a_target_by_number(self, frame: Frame, words: Words) -> Frame:
        """'The 100 million goal - how many did xiaomi actually sell?': that target's year's sales,
        measured against it; not the year the number was the target. 'After backing off the sales
        goal, what did they actually deliver in 2015?': the outcome asked, against the plan named."""
        if not (frame.target_named and frame.strong_sales) or frame.operation or frame.period_part:
            return frame
        asked = {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks)
        by_number = asked and len(frame.quantities) == 1 and len(frame.all_years) <= 1
        if not by_number or TARGET_OF_SALES.search(frame.text):
            # "the 100m target was silly. what did they really sell in 2015?": that year's sales; not
            # a claim ("did they actually sell 70m?"), a choice ("was 100m the goal or what it
            # actually sold?"), a share ("what fraction of the goal did they actually sell?") or
            # things other than phones ("what else did they actually sell?")
            claim = frame.yes_no and Ask.WHAT not in frame.asks or frame.offers_alternatives
            share = frame.percent_asked or SHARE_OF_THE_PLAN.search(frame.text)
            others = OTHER_THAN_PHONES.search(frame.text) or ELSE_ASKED.search(frame.text)
            outcome = OUTCOME_OVER_THE_PLAN.search(frame.text) and not (claim or share or others)
            if outcome and len(frame.all_years) == 1:
                return replace(
                    frame, metric=self.main_figure_metric, target_named=False, quantities=(), yes_no=False
                )
            return frame
        return replace(frame, operation=Operation.GAP, metric=self.main_figure_metric, yes_no=False)

    @staticmethod
    def _gap_to_a_bare_amount(frame: Frame, words: Words) -> Frame:
        """'How far from 70?', 'did 2016 hit 60?': the amount written bare that a figure is measured
        against, in the figures' scale."""
        if frame.operation is not Operation.GAP or frame.quantities or len(frame.stray_numbers) != 1:
            return frame
        bare = GAP_TO_A_BARE_NUMBER.search(frame.text)
        if bare is None or bare.group(1) != frame.stray_numbers[0]:
            return frame
        return replace(frame, quantities=(float(bare.group(1)),), unscaled=True, stray_numbers=())

    @staticmethod
    def _how_far_past_a_number(frame: Frame, words: Words) -> Frame:
        """'How far below 60m was 2016?': how far that year's figure is from the number, not a check."""
        if frame.threshold is None or frame.operation is not None or not frame.all_years:
            return frame
        if not HOW_FAR_PAST.search(frame.text):
            return frame
        return replace(frame, operation=Operation.GAP, quantities=(frame.threshold[1],), threshold=None)

    @staticmethod
    def _year_against_a_number(frame: Frame, words: Words) -> Frame:
        """'2016 vs 100 million': how far that year's figure is from the number, not a check of it."""
        one_each = len(frame.years) == 1 and len(frame.quantities) == 1 and not frame.year_range
        one_each = one_each and not frame.period_part  # "h1 2015 vs 34.7 million": a half's figure, checked
        if frame.operation is not Operation.COMPARE or not one_each or frame.yes_no or frame.threshold:
            return frame
        if not YEAR_VERSUS_NUMBER.search(frame.text):
            return frame
        return replace(frame, operation=Operation.GAP)

    @staticmethod
    def _is_a_year_written(number: str, entities: Entities) -> bool:
        """'From 14 to 15': a number the entities read as a year."""
        return number.isdigit() and (int(number) in entities.years or 2000 + int(number) in entities.years)

    @staticmethod
    def _year_of_a_bare_amount(frame: Frame, words: Words) -> Frame:
        """'Which year was 61?', 'what year did they sell 18.7': the year of an amount written bare,
        in the figures' scale."""
        if frame.has_period or frame.quantities or frame.threshold or len(frame.stray_numbers) != 1:
            return frame
        if Ask.WHEN not in frame.asks or not WHICH_YEAR.search(frame.text):
            return frame
        if not AMOUNT_LAST.search(frame.text):
            return frame  # "which year was top 1 in china?": a rank, no amount
        amount = float(frame.stray_numbers[0])
        return replace(frame, quantities=(amount,), unscaled=True, stray_numbers=())

    @staticmethod
    def _month_past_a_number(words: Words, roles: dict) -> bool:
        """'In which month of 2015 did sales pass 50m?': the month sales passed a bound, which no
        month's figure gives."""
        if not MONTH_OR_QUARTER_ASKED.search(words.text):
            return False
        if not (words.entities.threshold or PASSED_A_NUMBER.search(words.text)):
            return False
        # (only of sales: "which month was the target cut to 80m?" is a fact's month)
        if not roles.get(Role.SALES) or roles.get(Role.METRIC):
            return False
        # ("in which month did cumulative sales pass 100m?": a running total's month, said as such;
        # "which month did xiaomi announce it had sold 34m?": the month of an announcement)
        return not (RUNNING_TOTAL_SAID.search(words.text) or ANNOUNCED_SAID.search(words.text))

    @staticmethod
    def _years_against_a_numbered_period(frame: Frame, words: Words) -> Frame:
        """'When was the last time sales came in below the 70 million they hit in 2015?', 'in how
        many years were sales smaller than the 34.7 million of the first half of 2015?': the number
        is the bound every year is searched past, its period only naming it."""
        if not frame.years or len(frame.years) > 2 or frame.year_range or frame.differences:
            return frame  # ("not within 15m of 2015": a margin from that year's figure)
        said = BOUND_OF_A_PERIOD.search(frame.text)
        number = frame.threshold[1] if frame.threshold else None
        number = number or (frame.quantities[0] if len(frame.quantities) == 1 else None)
        if said is None or number is None or int(said.group("y")) not in frame.years:
            return frame
        bound = (factor_side(said.group("side")), number)
        year = int(said.group("y"))
        period = f"{year}-{frame.period_part}" if frame.period_part and len(frame.years) == 1 else str(year)
        others = tuple(y for y in frame.years if y != year)
        if len(others) == 1 and not frame.period_part:
            # "did they sell more than the 61 million of 2014 in 2015?": the other year, checked
            return replace(
                frame, years=others, threshold=bound, quantities=(), operation=None, bound_period=period
            )
        if others or not YEARS_SEARCHED.search(frame.text):
            return frame
        return years_searched(
            frame, 1.0, threshold=bound, quantities=(), period_part=None, parts_named=(), bound_period=period
        )

    @staticmethod
    def _signed_change_claimed(frame: Frame, words: Words) -> Frame:
        """'So 2015 to 2016 was -12 million?': a change claimed by its sign, never a sum."""
        if frame.operation or len(frame.quantities) != 1 or not frame.yes_no or len(set(frame.years)) != 2:
            return frame
        said = SIGNED_CHANGE_CLAIMED.search(frame.question.lower())
        if said is None:
            return frame
        fell = said.group("sign") in "-\u2212"
        return replace(
            frame,
            operation=Operation.CHANGE,
            direction="fall" if fell else "rise",
            differences=frame.quantities,
            claims_less=fell,
        )

    @staticmethod
    def _more_every_year(frame: Frame, words: Words) -> Frame:
        """'Did xiaomi sell more every year?', 'more each year than the year before?': a rise (or
        a fall) claimed of every year over the one before, as "did sales rise every year?" is."""
        if frame.operation is not Operation.COMPARE or not (frame.yes_no and frame.every_year):
            return frame
        if (
            frame.years
            or frame.year_range
            or frame.quantities
            or frame.target_named
            or len(frame.subjects) > 1
        ):
            return frame
        if frame.until_year or frame.since_year or BOUNDED_IN_WORDS.search(frame.text):
            return frame  # ("more every year before the slowdown?", "until 2016?": a span it cannot settle)
        said = MORE_EACH_YEAR.search(frame.text)
        if said is None:
            return frame
        fell = said.group("side") in LOWER_SIDE_WORDS
        return replace(frame, operation=Operation.CHANGE, direction="fall" if fell else "rise")

    def _years_against_a_target(self, frame: Frame, words: Words) -> Frame:
        """'Which years had sales under the 2014 projection?', 'did they ever beat the original 2015
        goal?': every year's sales against that target's number (a year with two targets: the one
        named, or past both)."""
        said = TARGET_AS_A_BOUND.search(frame.text)
        if said is None or frame.quantities or frame.year_range or not frame.target_metric:
            return frame
        if TARGET_NAMED_FIRST.search(frame.text[: said.start()]):
            return frame  # ("which years had a target above the 2014 projection?": targets, not sales)
        if set(frame.years) != {int(said.group("y"))} or not YEARS_SEARCHED.search(frame.text):
            return frame
        if frame.period_part or len(frame.subjects) > 1 or not self.main_figure_metric:
            return frame
        bound = (factor_side(said.group("side")), frame.target_metric, said.group("y"), frame.text)
        return years_searched(
            frame,
            1.0,
            threshold_of=bound,
            metric=self.main_figure_metric,
            target_named=False,
            quantities=(),
            claims_short=None,
            claims_less=False,
        )

    @staticmethod
    def _years_against_a_year_times(frame: Frame, words: Words) -> Frame:
        """'The first year sales exceeded twice the 2013 total', 'which years sold less than a third
        of what xiaomi did in 2015?': every year against that year's figure times the factor."""
        if (
            frame.threshold
            or frame.quantities
            or len(frame.years) != 1
            or frame.year_range
            or frame.period_part
        ):
            return frame
        said = YEAR_TIMES_A_FACTOR.search(frame.text)
        if said is None or int(said.group("y")) != frame.years[0] or not YEARS_SEARCHED.search(frame.text):
            return frame
        if frame.target_named:
            return frame  # ("more than a quarter of the 2015 target": a target's, not sales')
        bound = (factor_side(said.group("side")), frame.years[0])
        return years_searched(frame, FACTORS[said.group("factor")], threshold_year=bound)

    @staticmethod
    def _years_against_a_year(frame: Frame, words: Words) -> Frame:
        """'Which years did xiaomi sell more than in 2013?', 'how many years had higher sales than
        2012?': every other year against that one's figure, a threshold read from the figures."""
        if (
            frame.threshold
            or frame.quantities
            or len(frame.years) != 1
            or frame.year_range
            or frame.period_part
        ):
            return frame
        said = YEARS_AGAINST_A_YEAR.search(frame.text)
        if said is None or int(said.group("y")) != frame.years[0]:
            return frame
        if YEAR_TIMES_A_FACTOR.search(frame.text):
            return frame  # ("below triple the 2013 level": that figure times three, read next)
        side = "<" if (said.group("side") or said.group("side2")) in LOWER_SIDE_WORDS else ">"
        searched = replace(
            frame,
            years=(),
            threshold_year=(side, frame.years[0]),
            operation=None,
            extreme="",
            superlative="",
            first_time=FIRST_TIME.search(frame.text) is not None,
            last_time=LAST_TIME.search(frame.text) is not None,
        )
        return last_time_read(first_time_read(searched))

    @staticmethod
    def _bare_threshold(frame: Frame, words: Words) -> Frame:
        """'Was 2014 more than 60?', 'under 20 in 2013?': a bare number past a comparison word,
        beside a year or a measure, is a threshold in the figures' scale, never the year 2060."""
        if frame.threshold or frame.quantities or len(frame.stray_numbers) != 1:
            return frame
        if not (frame.years or frame.metric or frame.pronoun) or frame.year_range or frame.period_part:
            return frame
        if {Ask.HOW_MANY, Ask.HOW_MUCH} & set(frame.asks):
            return frame  # "how many more than 60 in 2015?": a difference, no check
        said = BARE_THRESHOLD.search(frame.text)
        if said is None or said.group("n") != frame.stray_numbers[0]:
            return frame
        number = said.group("n")
        # "was 2016 lower than 15?": with a year beside it, a number that can be a year is one; a
        # price, a change ("was growth more than 200?") or a margin ("by more than 10") is no count
        maybe_a_year = number.isdigit() and 10 <= int(number) <= MAX_SHORT_YEAR and bool(frame.years)
        # ... and "phones for less than 100" is a price
        margin = frame.text[: said.start()].rstrip().endswith((" by", " for"))
        if maybe_a_year or margin or frame.topics or frame.topic_words or frame.operation is Operation.CHANGE:
            return frame
        side = side_of(said.group("side"))
        operation = None if frame.operation is Operation.COMPARE else frame.operation
        return replace(
            frame,
            threshold=(side, float(said.group("n"))),
            unscaled=True,
            stray_numbers=(),
            operation=operation,
            yes_no=frame.yes_no or not frame.asks,
        )

    @staticmethod
    def _guesses_in_one_scale(frame: Frame, words: Words) -> Frame:
        """'Tom says 61 million in 2014, jake says 60', 'anna says 80 million, i say 70': a bare
        number guessed beside an amount is in that amount's scale, one more figure offered."""
        if not frame.quantities or not frame.stray_numbers or len(frame.all_years) > 1:
            return frame
        guessed = {m.group("n") for m in GUESSED_BY_SOMEONE.finditer(frame.question.lower())}
        if not set(frame.stray_numbers) <= guessed:
            return frame
        if min(frame.quantities) < 1e6:
            return frame  # ("61 phones, jake says 60": no figure's scale to carry)
        scale = scale_of(min(frame.quantities))
        guesses = tuple(float(n) * scale for n in frame.stray_numbers)
        return replace(frame, quantities=(*frame.quantities, *guesses), stray_numbers=())

    @staticmethod
    def _amount_beside_a_year(frame: Frame, words: Words) -> Frame:
        """'2015 goal was 80, right?': a bare number checked beside the one year of a measure named
        is an amount in the figures' scale (the answering side knows it), never a year asked for."""
        if frame.quantities or frame.year_range or frame.period_part:
            return frame
        by_a_number = BY_A_BARE_NUMBER.search(frame.text)
        claimed = frame.yes_no or not frame.asks  # "2016 fell by 12?", a claim with no question word
        changed = frame.operation is Operation.CHANGE and frame.direction
        if changed and by_a_number and claimed and len(frame.years) <= 1:
            # "did sales fall by 12 in 2016?", "so they fell by 12?": a change's size, in the figures' scale
            size = (float(by_a_number.group(1)),)
            return replace(frame, quantities=size, unscaled=True, stray_numbers=(), yes_no=True)
        moved_to = MOVED_TO_A_BARE_NUMBER.search(frame.text)
        if changed and moved_to and moved_to.group(1) in frame.stray_numbers and len(frame.years) <= 1:
            # "sales fell to 58 in 2016": the level reached, never the year 2058
            level = (float(moved_to.group(1)),)
            return replace(frame, quantities=level, unscaled=True, stray_numbers=(), yes_no=claimed)
        # "was 2013 18?", "2014, which is it, 60 or 61?": a check, or a choice, of the year's figure
        # ... or a guess put last ("2016 numbers were what, 58?")
        checked = frame.yes_no or frame.offers_alternatives or GUESSED_LAST.search(frame.question) is not None
        checked = checked or GUESSED_BY_SOMEONE.search(frame.question.lower()) is not None
        if not (checked and frame.stray_numbers) or frame.operation or len(frame.years) != 1:
            return frame
        amounts = bare_amounts(frame.text)
        return replace(frame, quantities=amounts, unscaled=True, stray_numbers=()) if amounts else frame

    def _median_asked(self, frame: Frame, words: Words) -> Frame:
        """'median yearly sales 2012-2016', 'median of all those': worked out over the years as an
        average is, the middle figure instead of the mean ("yearly" reads as every year's series)."""
        if frame.unsupported != "median" or frame.operation not in (
            None,
            Operation.AVERAGE,
            Operation.SERIES,
        ):
            return frame
        if frame.metric and self.metric_kinds.get(frame.metric) != "figure":
            return frame  # "the median of the targets": one year's targets are no list of figures
        return replace(frame, unsupported="", operation=Operation.AVERAGE, median=True)

    @staticmethod
    def _years_left_out(frame: Frame, words: Words) -> Frame:
        """'Total 2012-2016 excluding 2016': the years asked, less those left out."""
        if not frame.years_left_out or frame.unsupported:
            return frame
        # "besides 2015, the best year?": the words that leave a year out name no fact ("besides")
        frame = replace(
            frame,
            topic_words=tuple(w for w in frame.topic_words if w not in LEAVING_OUT_WORDS),
            content=tuple(w for w in frame.content if w not in LEAVING_OUT_WORDS),
        )
        kept = tuple(y for y in frame.all_years if y not in frame.years_left_out)
        if kept:
            return replace(frame, years=kept, year_range=None)
        # "the best year, not 2015", "total excluding 2016": every year but those (see years_kept)
        # ("minus 2014" after a total takes it out of the years asked before: the conversation's)
        over_years = (Operation.BEST, Operation.WORST, Operation.TOTAL, Operation.AVERAGE, Operation.SERIES)
        # ... and "other than 2012, which year was under 20 million?": every other year, checked
        checked = frame.operation is None and frame.threshold is not None
        # ... and "sales since 2014, not including 2014", "sales in the years other than 2014": the
        # figures of every other year of the range, each
        open_range = frame.since_year or frame.until_year
        # ... and "xiaomi sales excluding 2014": the figure asked for every year but that one (a bare
        # "without 2014?" names no measure: a follow-up, left to the conversation)
        listed = frame.operation is None and (open_range or YEARS_NAMED.search(frame.text) or frame.metric)
        if listed and not TAKEN_OUT_FIRST.match(frame.text):
            return replace(frame, years=(), year_range=None, operation=Operation.SERIES)
        if (frame.operation not in over_years and not checked) or TAKEN_OUT_FIRST.match(frame.text):
            return frame
        return replace(frame, years=(), year_range=None)

    @staticmethod
    def _company_asked(frame: Frame, words: Words) -> Frame:
        """'Which company' ranks companies only when nothing else says which: "which brands beat
        xiaomi in china?" and "which company is it?" ask the facts, as any "which" does."""
        if Ask.COMPANY not in frame.asks or frame.ranks_companies:
            return frame
        asked = [h for h in words.by_role.get(Role.ASK, ()) if h.means == Ask.COMPANY]
        nouns = tuple(w for h in asked for w in h.typed.split()[1:])  # "brands" names the rivals
        return replace(
            frame,
            asks=tuple(dict.fromkeys(Ask.WHICH if a is Ask.COMPANY else a for a in frame.asks)),
            topic_words=tuple(dict.fromkeys((*nouns, *frame.topic_words))),
        )

    def _either_sales_or_target(self, frame: Frame, words: Words) -> Frame:
        """'did they sell 80 million in 2015 or was that just the goal?': the sales are checked,
        and a number that was the target is said to be the target."""
        target = self.metric_kinds.get(frame.metric or "") == "target"
        # "xiaomi sold 40 million in 2014 as projected, right?": the number is what was sold, claimed
        said_sold = SOLD_A_NUMBER.search(frame.text)
        sold = said_sold is not None and len(frame.all_years) == 1
        if sold and TARGETS_OWN_VERB.search(frame.text[: said_sold.start()]):
            sold = False  # "was their first goal for 2015 to sell 100 million?": the goal's own number
        if not (frame.quantities and target and ((frame.yes_no and frame.offers_alternatives) or sold)):
            return frame
        if not self._strong_sales(words):
            return frame
        return replace(frame, metric=self.main_figure_metric, either_metric=frame.metric)

    def _sold_and_the_target_claimed(self, frame: Frame, words: Words) -> Frame:
        """'Xiaomi sold 70 million in 2015, beating the goal?': what the claim says of the goal
        is checked, the year's sales against its target; the number sold is no target."""
        if not (frame.target_named and frame.claims_short is not None and frame.quantities):
            return frame
        if frame.asks and not frame.yes_no:
            return frame  # "what increase over 2014 did the 100m target represent?" asks, claims nothing
        if not frame.yes_no and OPENS_WITH_A_QUESTION_WORD.match(frame.text):
            return frame  # "how far short of the 80 million target were 2015 sales?" asks how far
        if (
            len(frame.all_years) != 1
            or frame.offers_alternatives
            or frame.operation not in (None, Operation.GAP)
        ):
            return frame
        sold = None
        said_sold = SOLD_A_NUMBER.search(frame.text)
        if said_sold and MARGIN_BEFORE_A_YEAR.match(frame.text, said_sold.end()):
            return frame  # "to hit 70m, do they need to sell 12m more than in 2016?": a margin, not sold
        if said_sold and (side := MARGIN_BEFORE_A_TARGET.match(frame.text, said_sold.end())):
            # "did they sell 30m less than the 2015 target?": a margin to the target, claimed
            margin = frame.quantities[0]
            return replace(
                frame,
                operation=Operation.GAP,
                metric=self.main_figure_metric,
                quantities=frame.quantities[1:],
                differences=(margin,),
                claimed_margin=margin,
                claims_short=side["side"] != "more",
                yes_no=True,
            )
        if said_sold:
            sold, quantities = frame.quantities[0], frame.quantities[1:]  # the number sold, then a target's
        elif frame.strong_sales and A_TARGETS_NUMBER.search(frame.text):
            quantities = frame.quantities  # "2015 sales matched the 80m goal": that target
        else:
            return frame
        # said as a statement or asked, the claim gets its yes or no
        return replace(
            frame,
            operation=Operation.GAP,
            metric=self.main_figure_metric,
            quantities=quantities,
            yes_no=True,
            sold_claimed=sold,
        )

    @staticmethod
    def _time_of_a_remark(typed: str, words: Words) -> bool:
        """'I bought my dad a xiaomi last week, how many did they sell in 2015?': a recent time in a
        clause of its own, beside a clause naming the year asked, dates the remark, not the figure."""
        if not RECENT_TIME.fullmatch(typed) or not words.entities.years:
            return False
        clauses = REMARK_CLAUSE_BREAK.split(words.text)
        said_in = [c for c in clauses if re.search(rf"\b{re.escape(typed)}\b", c)]
        # the asker's own doings ("i bought", "my phone broke"), not "how many did they sell last week"
        own = all(FIRST_PERSON.search(c) for c in said_in)
        return (
            bool(said_in)
            and own
            and not any(YEAR_TOKEN.search(c) or RECENT_TIME_OF.search(c) for c in said_in)
        )

    @staticmethod
    def _askers_own_doing(hit: Hit, words: Words) -> bool:
        """'if i recall right, they sold 70m in 2015?', 'my brother imported one, what did they sell
        in 2016?': what the asker (or someone of theirs) did is no measure asked of the company."""
        if hit.typed == hit.means:
            return False  # a measure's own noun ("my question: revenue?"), no doing: "recalled", "rent"
        before = words.words[max(hit.start - ASKERS_SUBJECT_WORDS, 0) : hit.start]
        return bool(before) and ASKER_AS_SUBJECT.search(" ".join(before)) is not None

    def _unknown_speaker(self, question: str, text: str) -> bool:
        """Whether the question starts with someone the facts do not name, saying something:
        "Dave said ...", "manny thinks ...", "everyone says ..." (but "Canalys said ..." names a
        source of the facts, and "Lei Jun said ..." a person in them)."""
        speaker = SPEAKER.match(question)
        if speaker is not None and speaker.group("name"):
            return not any(w in self.named_words for w in clean(speaker.group("name")).split())
        said = ONE_WORD_SPEAKER.match(text)
        return bool(said) and said.group("name") not in self.corpus_words

    def _date_of_a_plan(self, frame: Frame, words: Words) -> Frame:
        """'When does xiaomi plan to go into the US?': the date of a plan for a place, a fact; no
        target is set for a place."""
        if self.metric_kinds.get(frame.metric or "") != "target" or Ask.WHEN not in frame.asks:
            return frame
        if frame.all_years or frame.quantities or not frame.scopes:
            return frame
        return replace(frame, metric=None)

    def _number_said_sold(self, frame: Frame, words: Words) -> Frame:
        """'2015 = 100m phones sold, since that was the plan': a number said to be sold in a year is
        checked against that year's sales, whatever target word explains it; a question asking
        something else ("... but what was the plan?") is that question."""
        if self.metric_kinds.get(frame.metric or "") != "target" or frame.asks or frame.operation:
            return frame
        if len(frame.all_years) != 1 or len(frame.quantities) != 1 or frame.claims_short is not None:
            return frame
        sold = NUMBER_SOLD.search(frame.text)
        if not sold or TARGET_NAMED_BEFORE.search(frame.text[: sold.start()]):
            return frame  # "the 2015 target was 100m phones sold": a statement of the target
        return replace(frame, metric=self.main_figure_metric, yes_no=True)

    @staticmethod
    def _average_added(frame: Frame, words: Words) -> Frame:
        """'On average how many more phones per year did xiaomi add between 2012 and 2015?': the
        change spread over the years, not the average of the years' sales."""
        if frame.operation is not Operation.AVERAGE or len(frame.all_years) < 2 or frame.period_part:
            return frame
        if frame.threshold or frame.quantities or not AVERAGE_ADDED.search(frame.text):
            return frame
        return replace(frame, operation=Operation.CHANGE, per_year=True)

    @staticmethod
    def _share_of_a_year_achieved(frame: Frame, words: Words) -> Frame:
        """'What fraction of its 2015 sales did xiaomi achieve in the first half?': with no target
        named, what was achieved is a part's share of the year, no gap to a target."""
        if frame.operation is not Operation.GAP or frame.target_named or not frame.sales_word:
            return frame
        share = SHARE_OF_WHOLE.search(frame.text)
        if share is None or not frame.period_part or len(frame.all_years) != 1:
            return frame
        return replace(frame, operation=None, unsupported=frame.unsupported or share.group(0))

    def _growth_a_target_implied(self, frame: Frame, words: Words) -> Frame:
        """'What growth did the original 2015 target imply over 2014?', 'what growth did the 80 million
        target imply?', 'how much growth would hitting kevin wang's number mean?': the target
        against the sales of the year it is measured from (the year before, unless another is
        named), never against that year's projection; a target not dated by the question is found
        by its number or who gave it (`target_implied`, settled where the facts are)."""
        implied = IMPLIED.search(frame.text) or (
            frame.direction == "rise" and TARGET_SUPPOSED_HIT.search(frame.text)
        )
        named = frame.target_named or (frame.quoted and PERSONS_NUMBER.search(frame.text))
        if not (named and implied) or len(frame.quantities) > 1:
            return frame
        if frame.operation not in (None, Operation.CHANGE, Operation.GAP) or not self.main_figure_metric:
            return frame
        years = sorted(set(frame.years))
        if len(years) == 1 and str(years[0]) in YEARS_TARGET.findall(frame.text):
            years = [years[0] - 1, years[0]]  # "the 2015 target": measured from 2014's sales
        if len(years) > 2:
            return frame
        # ("what growth did the 80 million target imply over 2014?": the target's year is the
        # facts', found by its number or who gave it)
        sales, target = years if len(years) == 2 else (years[0] if years else None, None)
        return replace(
            frame,
            metric=self.main_figure_metric,
            operation=Operation.GAP,
            years=tuple(years),
            year_range=None,
            sales_year=sales,
            target_year=target,
            target_implied=True,
            direction=None,
            percent_asked=True,  # a growth: the rise the target asks of the sales
        )

    def _gap_sides_and_margin(self, frame: Frame, words: Words) -> Frame:
        """'2016 sales vs the 2015 target': each side's year; 'beat its 2014 projection by 30
        million': 30 million is the margin claimed, no target ("by 20m or 21m" claims none)."""
        # ("was 2015 more than double the 40 million 2014 projection?": a number naming the target)
        no_number = not frame.quantities or _only_targets_numbers(frame)
        compared = (
            frame.yes_no
            and frame.operation in (None, Operation.COMPARE, Operation.RATIO)
            and not frame.offers_alternatives  # "is 70 million 2015 sales or the 2017 target?"
            and no_number
        )
        # ... and "the 2015 target was how many times 2014 sales?": the multiple of the one by the other
        multiple = frame.operation is Operation.RATIO and no_number and not frame.offers_alternatives
        both_measures = (compared or multiple) and frame.target_named
        # "is the 2017 target above the 2014 sales?", "was the 2015 goal more than double 2014
        # sales?", "was 2015 more than double the 2014 projection?" (a year as the subject is its
        # sales): one year's target against another year's sales, never that year's target
        sides = self._year_sides(frame.text) if both_measures and len(set(frame.years)) == 2 else None
        if sides:
            return replace(frame, operation=Operation.GAP, sales_year=sides[0], target_year=sides[1])
        one_year = len(set(frame.years)) == 1
        named_both = SALES_SIDE_NAMED.search(frame.text) and TARGET_YEAR_NAMED.search(frame.text)
        if both_measures and frame.sales_word and one_year and compared and named_both:
            # "was the 2015 target above 2015 sales?": that year's sales against its own targets
            (year,) = set(frame.years)
            if re.search(r"\d", frame.text.replace(str(year), "")):
                return frame  # ("2015 sales topped the 65m target": a number claimed as the target)
            return replace(frame, operation=Operation.GAP, sales_year=year, target_year=year)
        # "was 2016 12m below the 2017 target?": a margin claimed to one side of the target, the gap
        side = MARGIN_TO_A_TARGET.search(frame.text)
        margin = frame.yes_no and frame.target_named and len(set(words.entities.differences)) == 1
        if side and margin and self.main_figure_metric:
            short = side.group("side") in SHORT_SIDES
            gap = {"operation": Operation.GAP, "metric": self.main_figure_metric, "claims_short": short}
            years = len(set(frame.years))
            if years in (1, 2) and frame.operation in (None, Operation.COMPARE):
                # ("was 2015 10m below the 2015 target?": that year's sales against its own targets)
                sides = self._year_sides(frame.text) if years == 2 else frame.years[:1] * 2
                if sides:
                    frame = replace(frame, **gap, sales_year=sides[0], target_year=sides[1])
            elif not years and frame.operation is None:
                # ("xiaomi 2015", "that's 30m under the original goal?": the year talked of, against it)
                frame = replace(frame, **gap)
        if frame.operation is not Operation.GAP:
            return frame
        if len(set(frame.years)) == 2 and (sides := self._year_sides(frame.text)):
            frame = replace(frame, sales_year=sides[0], target_year=sides[1])
            said = TARGET_MARGIN_OVER_A_YEAR.search(frame.text)
            # ("is the 2017 target of 70m more than 2016?": the number is the target's own)
            own = said and re.search(r"(?:\bof|\bat|\()\s*$", frame.text[: said.start()])
            if (
                frame.yes_no
                and len(frame.quantities) == 1
                and said
                and not own
                and int(said["year"]) == sides[0]
            ):
                # "is the 2017 target 10m more than 2016 (sales)?": the margin claimed, checked
                margin = frame.quantities[0]
                short = said["side"] in ("more", "higher", "bigger", "greater", "above", "over")
                return replace(
                    frame, quantities=(), claimed_margin=margin, differences=(margin,), claims_short=short
                )
        differences = words.entities.differences
        margins = set(differences)
        # "did they miss the 100m by 20m?": a number beside the margin is what was missed
        named = self._names_target(words.by_role) or any(q not in margins for q in frame.quantities)
        # "so they missed by 10m?": missed or beaten by a margin, with no year beaten, is the target
        named = named or (frame.claims_short is not None and not frame.years)
        if differences and named:
            frame = replace(
                frame,
                quantities=tuple(q for q in frame.quantities if q not in margins),
                claimed_margin=differences[0] if len(margins) == 1 else None,
            )
        return frame

    @staticmethod
    def _change_per_year(frame: Frame, words: Words) -> Frame:
        """'average growth per year', 'cagr': a change spread over its years."""
        hits = words.by_role.get(Role.OPERATION, ())
        if frame.operation is not Operation.CHANGE or not hits:
            return frame
        # ("compound yearly change", "annual growth rate 2013-2016": compounded, whatever word says it)
        compound = any(w in COMPOUND_WORDS for w in frame.text.split()) or RATE_A_YEAR.search(frame.text)
        if Operation.AVERAGE in {h.means for h in hits} or compound:
            # ("annualized" over years is no part of a year carried to the whole)
            over_years = len(frame.all_years) > 1 and not frame.period_part
            return replace(frame, per_year=True, at_pace=frame.at_pace and not over_years)
        return frame

    @staticmethod
    def _spread_over_the_year(frame: Frame, words: Words) -> Frame:
        """'how many a month in 2015', 'per month?': the unit a figure is to be spread over. Whether
        it can be (one whole year of a count, never a half's or a target's) is the answering
        side's to say, once the measure and the year are known; until then it stays unsupported."""
        spread = next(
            (
                SPREAD_UNITS[h.means]
                for h in words.by_role.get(Role.UNSUPPORTED, ())
                if h.means in SPREAD_UNITS
            ),
            "",
        )
        if spread and frame.operation is Operation.GAP and frame.target_named and frame.target_metric:
            # "how many a month would they have to sell in 2017 to reach 70m?": the pace the
            # target asks for, spread over the year
            return replace(frame, per_unit=spread, operation=None, metric=frame.target_metric)
        # ("a month in 2013 and 2014 combined": several years' sum, spread)
        summed = (Operation.TOTAL,) if len(set(frame.all_years)) > 1 else ()
        if not spread or frame.operation not in (None, Operation.AVERAGE, *summed):
            return frame
        if frame.at_pace and RATE_OF_A_UNIT.search(frame.text):
            # "monthly run-rate in 2015", "pace per month in h1 2015": the rate itself, the spread
            # figure, no pace carried on to another period; its words are understood
            return replace(
                frame,
                per_unit=spread,
                at_pace=False,
                unknown=tuple(w for w in frame.unknown if w not in RATE_WORDS),
                topic_words=tuple(w for w in frame.topic_words if w not in RATE_WORDS),
                content=tuple(w for w in frame.content if w not in RATE_WORDS),
            )
        return replace(frame, per_unit=spread)

    @staticmethod
    def _growth_needed_for_a_number(frame: Frame, words: Words) -> Frame:
        """'With 58 million in 2016, what growth is needed for 70 million?': from that year's figure
        to the number, the last one written; no change into the year."""
        if frame.operation is not Operation.CHANGE or frame.target_named or not NEEDED.search(frame.text):
            return frame
        if len(frame.all_years) != 1 or not frame.quantities or not NEEDED_FOR.search(frame.text):
            return frame
        return replace(frame, operation=Operation.GAP, quantities=frame.quantities[-1:], direction="")

    def _pace_needed_for_a_number(self, frame: Frame, words: Words) -> Frame:
        """'How many a month did they need for 100 million in 2015?': the pace a target of that
        number asks for, spread over its year; never the year's sales spread."""
        if not frame.per_unit or len(frame.quantities) != 1 or frame.target_named:
            return frame
        if self.metric_kinds.get(frame.metric or "") != "figure" or not NEEDED.search(frame.text):
            return frame
        target = next((m for m, kind in self.metric_kinds.items() if kind == "target"), None)
        if target is None:
            return frame
        return replace(frame, metric=target, target_named=True, target_metric=target)

    @staticmethod
    def _same_question_other_years(frame: Frame, words: Words) -> Frame:
        """'Make it 2015-2016', 'switch to 2015 and 2013': the last question again, of these years;
        no target made ("make it" is no reach)."""
        said = OTHER_YEARS_INSTEAD.match(frame.text)
        if said is None or not frame.has_period:
            return frame
        content = tuple(w for w in frame.content if w not in said.group(0).split())
        return replace(
            frame,
            operation=None,
            claims_short=None,
            pronoun=False,
            opener=True,
            content=content,
            weak_words=(),
        )

    @staticmethod
    def _article_of_a_figure(frame: Frame, words: Words) -> Frame:
        """'Which article says xiaomi sold 60 million in 2014?': the article giving that figure, not
        the figure."""
        if frame.operation or not frame.quantities or not WHICH_ARTICLE.match(frame.text):
            return frame
        return replace(frame, operation=Operation.SOURCES, asks=(), yes_no=False)

    @staticmethod
    def _who_got_ahead(frame: Frame, words: Words) -> Frame:
        """'Which ones have overtaken xiaomi by 2017?': who beat it, a fact naming the rivals; no sales
        of Xiaomi's years set against each other, no target beaten."""
        if frame.operation not in (Operation.COMPARE, Operation.GAP) or not {Ask.WHO, Ask.WHICH} & set(
            frame.asks
        ):
            return frame
        if frame.target_named or frame.quantities or frame.sales_word or frame.metric or frame.years:
            return frame
        if "beat" not in frame.content:
            return frame  # ("which was bigger?" sets years side by side; "beat" is "overtaken", "ahead")
        if len(frame.subjects) > 1 or frame.year_range:
            return frame  # ("who sold more, xiaomi or huawei?" sets two companies' sales side by side)
        # ("by 2017": the rivals of then, no span of sales up to it)
        return replace(frame, operation=None, until_year=None)

    @staticmethod
    def _where_it_sells_most(frame: Frame, words: Words) -> Frame:
        """'Where are they mostly sold?', 'where does it sell the most?': the places it sells in, a
        fact; no year is the best one of a place."""
        ranked = frame.operation in (Operation.BEST, Operation.WORST)
        if not ranked or Ask.WHERE not in frame.asks or frame.has_period:
            return frame
        # ("mostly", "the most": which of them, which no fact ranks)
        content = tuple(w for w in frame.content if w not in MOST_WORDS)
        return replace(frame, operation=None, extreme="", superlative="", metric=None, content=content)

    def _sum_of_money(self, frame: Frame, words: Words) -> Frame:
        """'xiaomi sells phones for over 500 dollars?': a sum of money is no count of units sold;
        the facts in money say (a price, a valuation)."""
        if not words.entities.money or self.metric_kinds.get(frame.metric or "") == "fact":
            return frame
        return replace(
            frame,
            metric=None,
            operation=None,
            content=(*frame.content, MONEY_TERM),
            topic_words=(*frame.topic_words, MONEY_TERM),
        )

    @staticmethod
    def _extreme_up_to_then(frame: Frame, words: Words) -> Frame:
        """'Was 2014 the best year so far?', 'a record at the time?': ranked among the years up to it."""
        one_year = len(frame.years) == 1 and frame.year_range is None and frame.until_year is None
        if frame.operation not in (Operation.BEST, Operation.WORST) or not one_year:
            return frame
        if not (then := UP_TO_THEN.search(frame.text)):
            return frame
        said = set(then.group().split())  # "at the time" names no fact of a time
        return replace(
            frame,
            until_year=frame.years[0],
            content=tuple(w for w in frame.content if w not in said),
            topic_words=tuple(w for w in frame.topic_words if w not in said),
        )

    @staticmethod
    def _each_years_growth_offered(frame: Frame, words: Words) -> Frame:
        """'Which year saw bigger growth, 2013 or 2015?', 'was 2015 growth bigger than 2014 growth?':
        each year's change from the year before it, set against the other's (the first named is the
        one claimed), not the change from one year named to the other."""
        two_years = len(frame.years) == 2 and frame.year_range is None and frame.second_range is None
        # ("which year was higher, 2013 or 2016, and by how much?" asks the years' own figures)
        grew = frame.operation is Operation.CHANGE and frame.direction
        if not (grew and two_years):
            return frame
        offered = Ask.WHEN in frame.asks and ONE_OR_THE_OTHER_YEAR.search(frame.text)
        if not (offered or EACH_YEARS_GROWTH_SET_AGAINST.search(frame.text)):
            return frame
        first, second = frame.years
        return replace(
            frame, years=(first - 1, first), year_range=(first - 1, first), second_range=(second - 1, second)
        )

    @staticmethod
    def _a_years_change_against_a_spans(frame: Frame, words: Words) -> Frame:
        """'Was the 2016 drop bigger than the 2014-2015 gain?': the change into the lone year (from
        the year before) set against the span's, in the order they are named."""
        lone = frame.beside_range
        if not (frame.year_range and frame.second_range is None and len(lone) == 1):
            return frame
        if frame.operation is not Operation.CHANGE or not YEARS_CHANGE_AGAINST_A_SPANS.search(frame.text):
            return frame
        year = lone[0]
        own = (year - 1, year)
        if own == frame.year_range:
            return frame  # "the 2016 drop against the 2015-2016 drop": one change
        alone = re.search(rf"(?<![\d-]){year}(?![\d-])", frame.text)
        span_first = alone is not None and frame.text.find(str(frame.year_range[0])) < alone.start()
        first, second = (frame.year_range, own) if span_first else (own, frame.year_range)
        return replace(frame, years=first, year_range=first, second_range=second, beside_range=())

    @staticmethod
    def _first_time(frame: Frame, words: Words) -> Frame:
        """'The first year over 50m': the first year past the number (see `first_time_read`)."""
        return first_time_read(frame)

    @staticmethod
    def _nearest_year_asked(frame: Frame, words: Words) -> Frame:
        """'Which year came closest to 66 million?', 'what year's sales were most like 2013's?':
        the year whose figure is nearest one number, or one period's figure; no fact's words, and
        "most like" is no best year."""
        if not nearness_asked(frame):
            return frame
        if frame.operation not in (None, Operation.BEST) or frame.threshold or len(frame.subjects) > 1:
            return frame
        if PART_OF_A_YEAR_ASKED.search(frame.text) or NEAREST_NOT_SEARCHED.search(frame.text):
            # ("which half came closest to 35 million?": no half is searched here; "closest to twice
            # 2013", "which year after 2016", "will come closest": no such search either)
            return frame
        one_number = len(frame.quantities) == 1 and not frame.years
        one_period = len(frame.years) == 1 and not frame.quantities and not frame.year_range
        # ("which year was closest to 2013?" names no figure; "closest to the 2014 projection" is a
        # target's number, looked up as such)
        # ("which year was most like 2016?", no other words: sales, the only yearly figure asked alike)
        said = {*frame.content, *frame.unknown} - NEAREST_WORDS
        bare = not (frame.metric or frame.topics or said)
        one_period = one_period and (frame.sales_word or bare) and not frame.target_named
        if not (one_number or one_period):
            return frame
        return replace(
            frame,
            nearest_asked=True,
            operation=None,
            extreme="",
            superlative="",
            content=tuple(w for w in frame.content if w not in NEAREST_WORDS),
            topic_words=(),
            unknown=tuple(w for w in frame.unknown if w not in NEAREST_WORDS),
        )

    @staticmethod
    def _last_time(frame: Frame, words: Words) -> Frame:
        """'The most recent year under 20m': the latest year past the number (see `last_time_read`)."""
        return last_time_read(frame)

    def _words(self, question: str) -> Words:
        """Clean text, exact entities, companies and places, then the lexicon's entries."""
        written = CHAT_WHY.sub("why ", clean(question))
        text = without_set_aside(written)
        preamble = preamble_words(question)
        # "tom says 61, jake says 60": who said a thing is a name in the chat, asking nothing
        speakers = frozenset(m.group(1) for m in SPEAKER_BEFORE_A_VERB.finditer(text))
        entities = extract_entities(text)
        spoken = self._spoken_words(question, entities)
        words = self._spelt_words(spoken)
        if entities.period_part is None and (
            respelt := period_words_respelt(text, spoken, words, self.known)
        ):
            # "in frist half 2015": a part of a year, read once its words are spelt right
            text = respelt
            entities = extract_entities(text)
            words = self._spelt_words(self._spoken_words(question, entities))
        scopes = self.vocabulary.scopes_in(words)
        excluded = self._excluded_scopes(text, scopes)
        if excluded:
            # "countries other than china": China is what the answer is not about.
            scopes = [label for label in scopes if label not in excluded]
            dropped = {w for label in excluded for w in label.lower().split()}
            # ... and "other than" with it, which is no "other products" here
            dropped |= {w for m in EXCLUDING.finditer(text) for w in m.group(0).split()} - {"the"}
            words = [w for w in words if w not in dropped]
        subjects, words = self.vocabulary.companies_in(words)
        if "@" in question or "www." in question or "://" in question:
            # "@huawei how many?", "www.apple.com sales": a company named by its handle or its site
            # (clean drops both, as it drops "@dan" and a link shared)
            handles = [name for m in HANDLE_OR_SITE.finditer(question.lower()) for name in m.groups() if name]
            subjects = list(dict.fromkeys([*subjects, *self.vocabulary.companies_in(handles)[0]]))
        left_out = self._excluded_scopes(text, subjects)
        others_asked = bool(left_out) and len(left_out) == len(subjects)
        if left_out and len(left_out) < len(subjects):
            # "who competes with xiaomi besides huawei?": Huawei is no company asked about, and
            # "besides" is no "other products" here
            subjects = [name for name in subjects if name not in left_out]
            dropped = {w for m in EXCLUDING.finditer(text) for w in m.group(0).split()}
            words = [w for w in words if w not in dropped]
        # ("canalys said it dropped yoy?" after q3 2015 leans on the question before, as it was read)
        claim_of_sales = SALES_CLAIMED.search(text) and not OPENS_WITH_A_QUESTION_WORD.match(text)
        claim_of_sales = claim_of_sales and not PRONOUN.search(text)
        if subjects and (entities.quantities or claim_of_sales):
            # "canalys said xiaomi sold 34.7 million", "according to canalys, did q3 sales drop?": a
            # company the articles quote, named as the source of a figure or a claim of sales, is no
            # company asked about (the one named beside it, or the main subject, is)
            subjects = [name for name in subjects if not self._company_as_a_source(text, name)]
        # "the company" is the one named or the main subject ("the chinese company I mean, xiaomi"
        # too); "which company" asks for one, and "a chinese company" is an expression of the
        # lexicon's (where a company is from).
        words = [
            w
            for i, w in enumerate(words)
            if w != COMPANY_NAMED
            and (
                w != "company"
                or i
                and (words[i - 1] in ("which", "what") or self._said_of_a_company(words, i))
            )
        ]
        # A synonym of several words is one word: "operating system" is "android".
        words = self.vocabulary.phrase_synonyms(words)
        # Expressions are read as written ("come from"), before synonyms change their words, and
        # chat expressions outside them are dropped first ("i think" is no question of what was said).
        hits = self.lexicon.scan(words, self.known, phrases_only=True)
        kept = frozenset(i for h in hits for i in range(h.start, h.start + h.length))
        unfilled = self.vocabulary.without_filler_phrases(words, kept)
        if len(unfilled) < len(words):
            words = unfilled
            hits = self.lexicon.scan(words, self.known, phrases_only=True)
        taken = frozenset(i for h in hits for i in range(h.start, h.start + h.length))
        words = [w if i in taken else self.vocabulary.synonyms.get(w, w) for i, w in enumerate(words)]
        # A known word with an ending ("finding") is no slip of a lexicon word ("funding").
        known = self.known | {w for w in words if w not in self.known and self._inflects_known(w, plain=True)}
        hits = sorted(hits + self.lexicon.scan(words, known, skip=taken), key=lambda h: h.start)
        if TO_THAT_FROM_A_YEAR.search(text):
            # "the growth to that from 2013": a change from that year, no source asked for
            hits = [h for h in hits if h.typed not in ("that from", "this from")]
        verbs = {m.group("verb") for m in WORD_AS_VERB.finditer(text)}
        if verbs:
            # "what does the name xiaomi mean?": no average; "did xiaomi share its numbers?": no
            # market share
            hits = [h for h in hits if h.typed not in verbs]
        measured = any(h.role in (Role.SALES, Role.COUNTED, Role.METRIC, Role.MARKET) for h in hits)
        movement = any(h.role is Role.OPERATION and not h.by_form for h in hits)
        told = any(h.role is Role.TOPIC for h in hits)  # "are xiaomi phone prices dropping?": a fact's
        if told or not (measured or movement or entities.years or entities.year_range):
            # "when's the new flagship dropping?": a word known by its ending alone moves only a
            # measure, a period or a movement named beside it ("sales dipping", "yoy changes")
            hits = [h for h in hits if not h.by_form]
        ranked_maker = [h for h in hits if h.role is Role.TOPIC and h.typed.split()[0] in RANKED_BY_SIZE]
        if ranked_maker and (not subjects or entities.years or entities.quantities):
            # "was xiaomi the biggest smartphone maker?" is what it is; "the largest smartphone maker
            # in the world?" ranks every company, and "did the biggest maker sell 70m in 2015?" counts
            hits = [h for h in hits if h not in ranked_maker]
        # "xiaomi's number one priority", "top concern": a rank word before an aim says which aim,
        # no rank in a market
        # ("what is xiaomi's top priority?": no best either, unless a figure is named to be checked)
        figure_named = bool(entities.quantities) or any(h.role is Role.METRIC for h in hits)
        hits = [h for h in hits if not (_ranks_or_names(h, figure_named) and _before_an_aim(words, h))]
        # "sorry, sales not target", "the sales, not the goal": the measure set aside is not asked
        aside = [h for h in hits if h.role is Role.METRIC and _set_aside(words, h.start)]
        hits = [h for h in hits if h not in aside]
        taken = frozenset(i for h in [*hits, *aside] for i in range(h.start, h.start + h.length))
        rest = self.vocabulary.normalise([w for i, w in enumerate(words) if i not in taken])  # filler dropped
        if any(h.role is Role.SALES and h.typed in SALES_NOUNS for h in hits):
            # "how much are sales in 2013?": the question's opening, read as a price, asks the sales
            hits = [h for h in hits if not (h.role is Role.TOPIC and h.typed.split()[0] == "how")]
        by_role: dict[Role, list[Hit]] = {}
        for hit in hits:
            by_role.setdefault(hit.role, []).append(hit)
        return Words(
            text=text,
            entities=entities,
            words=words,
            scopes=scopes,
            scope_words=frozenset(w for label in scopes for w in label.lower().split()),
            subjects=subjects,
            hits=hits,
            taken=taken,
            by_role=by_role,
            rest=rest,
            unknown=tuple(
                w
                for w in rest
                if w not in known
                and not w.isdigit()
                and not self._stem_known(w)
                and w not in preamble
                and w not in speakers
            ),
            closed=closed_by_punctuation(text),
            years_left_out=tuple(
                y for m in YEAR_LEFT_OUT.finditer(written) for y in years_listed(m.group("left"))
            ),
            places_left_out=tuple(sorted(excluded)),
            others_asked=others_asked or OTHERS_ASKED.search(text) is not None,
            verbs=frozenset(verbs),
            speakers=speakers,
            preamble=preamble,
        )

    @staticmethod
    def _stray_numbers(words: Words) -> tuple[str, ...]:
        """Numbers that are no year, quantity or model: "sales in 3014". Beside a year, a lone
        digit is chat shorthand ("the goal 4 2017", "2 million"s aside), not a period asked for."""
        # "if they did 34.7 in the first half": a decimal is an amount, whole, never the year 34
        decimals = [n for n in DECIMAL_NUMBER.findall(words.text) if n.split(".")[0] in words.rest]
        parts = {part for number in decimals for part in number.split(".")}
        stray = [w for w in words.rest if w.isdigit() and w not in words.scope_words and w not in parts]
        # "total of those 3", "all 4 of them": how many years, no year
        counted = {m.group("n") or m.group("run") for m in YEARS_COUNTED.finditer(words.text)}
        # "bigger than 15 percent", "60% of the goal": a percentage, no period
        # ... nor "about 10 times 2012": a multiple claimed
        claimed = {m.group(1) for m in PERCENT_NUMBER.finditer(words.text)}
        claimed |= {m.group(1) for m in MULTIPLE_NUMBER.finditer(words.text)}
        stray = [w for w in stray if w not in counted and w not in claimed]
        decimals = [n for n in decimals if n not in claimed]
        if words.entities.years:
            stray = [w for w in stray if len(w) > 1]
        return tuple(dict.fromkeys([*stray, *decimals]))

    def _foreign(self, question: str, words: Words) -> bool:
        question = without_a_greeting_in_another_script(question)
        # ("xiaomi a été fondé quand ?": one known word of French, and two written with accents; a
        # name or loanword with accents alone is no other language: "josé: xiaomi 2015 sales?")
        # (Spanish's opening "¿" is a word of it: "¿y 2017?", not "¿how many did xiaomi sell in 2015?")
        foreign_words = len(words.by_role.get(Role.FOREIGN, ())) + has_inverted_mark(question[:1000])
        foreign_words += accented_words(question[:1000]) if foreign_words else 0
        return bool(
            share_of_other_scripts(question[:1000]) > FOREIGN_SCRIPT_SHARE
            or has_other_script_word(question[:1000])
            or foreign_words >= FOREIGN_WORDS_NEEDED
            # "und 2014?", "y en 2014?", "siapa ceo xiaomi": short, in another language but for names
            or (foreign_words and 2 * foreign_words >= len([w for w in words.words if not w.isdigit()]))
        )

    def _measure_and_operation(
        self, words: Words, asks: tuple[Ask, ...]
    ) -> tuple[Operation | None, str | None]:
        """(operation, metric)."""
        roles, entities = words.by_role, words.entities
        operation, operation_words = self._operation(roles)
        # "where does the 58 million figure come from?" asks for a source: "figure" is a weak word
        figure_asked = entities.years and (
            Ask.HOW_MANY in asks or self._strong_sales(words) or Role.COUNTED in roles
        )
        if operation is Operation.SOURCES:
            # "my prof is strict about sources, how many did they sell in 2013?", "2015 sales
            # according to the articles": a figure, sourced; "the worst year in the articles": the
            # worst year; "how far was that from the 80m goal?": "that from" is no source asked about
            others = {h.means for h in roles.get(Role.OPERATION, ()) if h.means != Operation.SOURCES}
            other = next((op for op in OPERATION_ORDER if op in others), None)
            # ... but "when were the figures putting xiaomi on top published?" asks for a source
            figures_asked = (
                figure_asked
                or entities.quantities
                or YEAR_WORD.search(words.text)
                or self._strong_sales(words)
                or Role.COUNTED in roles
            )
            # ... and "did they ever sell more than 70m in a year, per the articles?" checks the years
            # ("which source says they sold more than 60m?", "source for sales over 60m?" ask for it)
            checked = entities.threshold is not None and self._strong_sales(words)
            checked = checked and SOURCE_AS_A_QUALIFIER.search(words.text) is not None
            checked = checked and not SOURCE_ITSELF_ASKED.search(words.text)
            if figure_asked or checked or (other is not None and figures_asked):
                operation = other
        if operation is Operation.GAP and NUMBER_MATCHES.search(words.text):
            operation = None  # "does 70m match the 2017 target?": whether that number is the target
        if operation is Operation.GAP and operation_words <= MATCH_WORDS and WHICH_YEAR.search(words.text):
            operation = None  # "the 2017 target matches which year's sales?": the year with that figure
        if operation in (Operation.BEST, Operation.WORST) and comparative(words.text, entities):
            operation = Operation.COMPARE  # "was 2016 worse than 2014?" compares, it ranks nothing
        if entities.both_halves and operation in (None, Operation.BEST, Operation.WORST):
            operation = Operation.COMPARE  # "sales in each half of 2015", "which half sold the most?"
        if operation is None and len(set(entities.years)) == 2 and YEAR_SIDE_OF_YEAR.search(words.text):
            operation = Operation.COMPARE  # "was 2013 below 2014?": one year against the other
        if operation is Operation.TOTAL and self._years_compared(roles, entities):
            operation = Operation.COMPARE  # "was 2015 overall higher than 2014?": one year against the other
        if operation is Operation.TOTAL and ADDED_BY.search(words.text):
            operation = Operation.CHANGE  # "how many phones did xiaomi add from 2012 to 2013?": the growth
        metric = self._metric(roles, operation, asks, entities, self._unknown_beside_figure_word(words))
        names_target = self._names_target(roles)
        if operation is Operation.GAP and not names_target and not entities.quantities:
            apart = operation_words & BETWEEN_WORDS  # "gap", not "beat": how far apart, not who won
            several = len(set(entities.all_years)) > 1 or (entities.counted_years or ("", 0))[1] > 1
            if apart and (BETWEEN_THOSE.search(words.text) or several):
                # "the gap between them" after two years, "the gap between 2015 and 2016", "between
                # the top two years": their difference, not how far from a target
                return Operation.CHANGE, metric
        # "did they beat 2014 in 2015?": a year against a year ("did they beat it in 2015 or 2016?" a target)
        # ("is it true that ..." asks of what follows: its "it" and "that" point at nothing before)
        said = ASKED_IF_TRUE.sub("", words.text, count=1)
        two_years = len(set(entities.all_years)) > 1 and not THAT_THING.search(said)
        # "did 2015 beat 2014 by 10m?": a margin is no number to reach
        reached = [q for q in entities.quantities if q not in entities.differences]
        bare = GAP_TO_A_BARE_NUMBER.search(words.text)
        if bare and not entities.quantities and not self._is_a_year_written(bare.group(1), entities):
            reached = [float(bare.group(1))]  # "how far from 70?": in the figures' scale, read later
        if operation is Operation.GAP and not (
            names_target or reached or (PRONOUN.search(said) and not two_years)
        ):
            # "did they beat it?" after a target keeps the gap; "beat" alone compares; and "what
            # multiple of 2012 did they hit in 2013?" is the other operation named.
            others = {h.means for h in roles.get(Role.OPERATION, ()) if h.means != Operation.GAP}
            if others & set(DIRECTIONS) and PERCENT_SIGNED.search(words.text) and entities.years:
                # "did 2014 growth exceed 200%?": that year's change, in percent ("did growth ever
                # exceed 300%?" asks of the biggest, as before)
                others.add(Operation.CHANGE)
            other = next((op for op in OPERATION_ORDER if op in others), None)
            if two_years and other is None and YEAR_SIDE_OF_YEAR.search(words.text):
                return Operation.COMPARE, metric  # "did 2016 fall short of 2014 (by 12m)?": year against year
            if other is None and SHORT_OF_A_YEAR.search(words.text):
                return Operation.COMPARE, metric  # "how short of the 2015 level?": against that year
            if two_years and other is None and not operation_words & (GAP_ALONE | BETWEEN_WORDS):
                # "how close did 2016 get to 2015?": one year against the other
                return Operation.COMPARE, metric
            if operation_words & (GAP_ALONE | BETWEEN_WORDS) and other in (None, Operation.CHANGE):
                # "by how much missed?": still the gap to the target; "what's the gap?" the gap
                # between what the conversation gives, a target or the years asked
                return Operation.GAP, metric
            if other is not None:
                beside = self._unknown_beside_figure_word(words)
                return other, self._metric(roles, other, asks, entities, beside)
            if operation_words & GAP_AS_COMPARE:
                return Operation.COMPARE, metric
            # "so how many short?": a gap asked of the target just named, which the conversation gives
            return (Operation.GAP if operation_words & GAP_ALONE else None), metric
        # "how does that compare with the revised goal?": the last answer against the target
        compares = any(h.means == Operation.COMPARE for h in roles.get(Role.OPERATION, ()))
        compares_that = compares and bool(re.search(r"\b(?:that|this|it)\b", words.text))
        # a margin of sales said to a year's revised target: "10 million below the revised goal?"
        to_the_revised = bool(entities.differences) and _sales_margin_to_a_revised_target(words.text)
        against_target = (
            compares_that
            or (entities.years and TARGET_VERSUS.search(words.text))
            or Role.SALES in roles
            or Role.COUNTED in roles
            or len(set(entities.all_years)) > 1
            or re.search(r"\bthan\b", words.text)
            or to_the_revised  # ("10 million below the revised goal?": sales a margin from it)
        )
        # "when did they cut the 2015 goal?"; but "sales as a share of the revised target" is sales
        revised = (
            bool(operation_words & REVISION_WORDS)
            and not self._strong_sales(words)
            and not compares_that
            # "compared to the target, was 2015 lower?": that year's sales against it, nothing cut
            and not (entities.years and SALES_AGAINST_TARGET.search(words.text))
            and not to_the_revised
        )
        # "did the target rise from 2014 to 2015?": the target's own way, no sales against it
        target_moved = (
            operation is Operation.CHANGE
            and self._direction(roles, words.text)
            and not (Role.SALES in roles or Role.COUNTED in roles or self._strong_sales(words))
            and len(set(entities.all_years)) > 1
        )
        # "ratio of actual sales to the projection": sales as a share of the target
        # ("the ratio of h1 sales to the 80m goal": a target named by its number is a share of it, below)
        sales_over_target = operation is Operation.RATIO and not entities.quantities
        sales_over_target = sales_over_target and (Role.SALES in roles or self._strong_sales(words))
        if (
            names_target
            and (operation in (Operation.CHANGE, Operation.COMPARE) or sales_over_target)
            and against_target
            and not revised
            and not target_moved
        ):
            # "the difference between 2015 sales and the target", "how did 2016 compare with the
            # 2017 target", "how much higher than the projection": sales against the target.
            operation = Operation.GAP
        if (
            operation is None
            and names_target
            # (a target named by its number is left to the follow-up's own reading)
            and (
                self._strong_sales(words)
                or (THE_LAST_FIGURE_CLAIMED.match(words.text) and not entities.quantities)
            )
            and ABOVE_A_TARGET.search(words.text)
        ):
            # "were 2015 sales above the target?", "is that below the 2017 goal?" after a year's
            # sales: sales measured against it
            operation = Operation.GAP
        if operation is None and names_target and entities.years and TARGET_VERSUS.search(words.text):
            operation = Operation.GAP  # "how did 2015 go against the target?": that year's sales against it
        if operation is Operation.GAP:
            metric = self._metric(roles, operation, asks, entities, self._unknown_beside_figure_word(words))
        return operation, metric

    def _hit_words(self, hits: list[Hit]) -> list[str]:
        """The words of lexicon hits, for ranking facts; a topic word stands for its metric's name
        ("worth" -> "valuation"), small talk and foreign words for nothing."""
        words: list[str] = []
        for hit in hits:
            if hit.role is Role.TOPIC:
                # A one-word topic is also a word to find ("worth"); an expression stands for its metric.
                typed = hit.typed.split()
                one = typed if len(typed) == 1 and typed[0] in self.corpus_words else []
                words += [*hit.means.split("_"), *one]
            elif hit.role is Role.OPERATION and hit.means == Operation.COMPARE:
                # "vs", "compare": what the question does with the facts, no word of one of them
                words += [w for w in hit.typed.split() if w in self.corpus_words]
            elif hit.role is Role.ASK and hit.means == Ask.WHERE:
                # "which city": where, and no city to look for unless the facts speak of one
                words += [w for w in hit.typed.split() if w in self.corpus_words]
            elif hit.role not in (Role.SMALLTALK, Role.FOREIGN) and not (
                hit.role is Role.ASK and hit.means in (Ask.SAID, Ask.ABOUT)
            ):
                words += hit.typed.split()
        return words

    def _spelt(self, word: str) -> str:
        """'xiaomy' is Xiaomi, 'smarphones' smartphones: a word known nowhere, one slip from a
        company's name or a word the bot knows. 'heyy' is 'hey' drawn out; 'finding' is a form
        of 'find', no slip of 'funding'."""
        if word in self.known or word.isdigit() or word in self.lexicon.own_words:
            return word
        drawn_out = next((w for w in undrawn(word) if w in self.known), "")
        if drawn_out:
            return drawn_out
        if word.endswith("s") and word[:-1] in self.name_words:
            return word[:-1]  # "lei juns target": his, with no apostrophe
        if word in self._name_variants:
            return self._name_variants[word]
        if doubled := self._doubled_letter_typed_once(word):
            return doubled  # "beter", "comming": no ending added to "bet" or "coming"
        if self._inflects_known(word):
            return word
        return (
            self._company_name_slip(word)
            or self.spelling.closest(word)
            or self.main_subject_spelling.closest(word)
            or self._short_stopword(word)
            # last of all, two letters typed the other way round: "wnag", "gaol" ("unti" is "until" above)
            or (self.spelling.swapped(word) if word.isalpha() else None)
            or word
        )

    def _doubled_letter_typed_once(self, word: str) -> str | None:
        """The one word the bot knows that `word` is with a doubled letter typed once: "beter" is
        "better"; None where there is no such word, or more than one."""
        if len(word) < DOUBLED_SLIP_MIN_LENGTH or not word.isalpha():
            return None
        doubled = {f"{word[: i + 1]}{word[i]}{word[i + 1 :]}" for i in range(1, len(word))}
        found = doubled & self.spelling.known
        return found.pop() if len(found) == 1 else None

    def _company_name_slip(self, word: str) -> str | None:
        """A name typed with a slip: "huawie", "samsng"; at five letters only a doubled letter typed
        once ("talis" for "tallis"), since a short word is more often a word of its own ("realm",
        "table") than a name with a letter left out."""
        name = self.company_spelling.closest(word)
        if name is None or len(word) >= SHORT_NAME_SLIP or word == name:
            return name
        once = {name[:i] + name[i + 1 :] for i in range(1, len(name)) if name[i] == name[i - 1]}
        return name if word in once else None

    @staticmethod
    def _what_is_sold(words: Words, asks: tuple[Ask, ...]) -> bool:
        """'What devices does xiaomi sell?', 'what does it sell?': the things sold are asked, with a
        verb of selling and no count, amount, period or calculation ("what were its sales?" is a
        figure, its sales being a noun)."""
        if Ask.WHAT not in asks or {Ask.HOW_MANY, Ask.HOW_MUCH} & set(asks):
            return False
        entities = words.entities
        if entities.years or entities.year_range or entities.period_part or entities.quantities:
            return False
        if words.by_role.get(Role.OPERATION) or entities.relative_step or entities.relative_to_today:
            return False
        selling = any(h.means != "noun" for h in words.by_role.get(Role.SALES, ()))
        yearly = PER_YEAR_WORDS.search(words.text)  # "what does xiaomi sell a year?": a figure
        return selling and not yearly and bool(WHAT_IT_SELLS.search(words.text))

    @staticmethod
    def _where_sold(words: Words, asks: tuple[Ask, ...]) -> bool:
        """'Where are xiaomi phones sold?', 'where do they sell their phones?': the markets, with a
        verb of selling and no count, period, number or calculation ("where did 2015 sales come
        from?" asks a source)."""
        if set(asks) != {Ask.WHERE}:
            return False
        entities = words.entities
        if entities.years or entities.year_range or entities.period_part or entities.quantities:
            return False
        if entities.threshold or WHERE_OF_A_TIME.search(words.text):
            return False  # "the years where they sold under 20m": when, not where
        if NOT_WHERE_SOLD.search(words.text):
            return False  # "where did you get the sales numbers?", "where does xiaomi not sell?"
        if words.by_role.get(Role.OPERATION) or words.by_role.get(Role.TOPIC):
            return False
        return any(h.means != "noun" for h in words.by_role.get(Role.SALES, ()))

    @staticmethod
    def _claim_stated(question: str, words: Words, quoted: tuple[str, ...] = ()) -> bool:
        """'2016 beat 2014', 'they missed their 2014 projection', 'kevin wang works for xiaomi': a
        statement said in a chat to be settled, checked as its question would be ("did 2016 beat
        2014?"); a request said without a question word ("units sold in 2015") claims nothing."""
        if words.by_role.get(Role.ASK):
            return False
        # ("the ceo of xiaomi is kevin wang?": asked so, it is the same claim, to be settled)
        claim = CLAIM_STATED.match(words.text)
        if (
            claim is not None
            and question.rstrip().endswith("?")
            and (RELATIVE_CLAUSE.search(claim.group(0)) or BLANK_AT_THE_END.search(words.text))
        ):
            # "the annual goal it was measured against?", "the figure 2016 dropped to?": a thing
            # asked for, its blank at the end, not a claim
            return False
        if claim is not None and question.rstrip().endswith("?") and BE_CLAIMED.search(claim.group(0)):
            # "the ceo of xiaomi is kevin wang?" settles who someone is; "the gap to the 2015 target
            # was 10m?", "xiaomi is from india?" are asked as they were before, with no verdict
            # (a number claimed is checked: "avg 2012-2016 was 42.8m?"; a gap's side is not known)
            numbered = AMOUNT_CLAIMED.search(words.text) and not GAP_NAMED.search(words.text)
            # ("2015 was more than 2014?", "the target was cut in may?": a comparison or a change)
            said = re.match(r"\w+", words.text[claim.end() - 1 :])
            compared = said is not None and said.group(0) in COMPARED_OR_CHANGED
            return (
                bool(quoted or numbered or compared) and SECOND_CLAIM.search(words.text, claim.end()) is None
            )
        # ("founded in 2010, best year was 2014": two claims, each its own check; none is made here)
        return claim is not None and SECOND_CLAIM.search(words.text, claim.end()) is None

    @staticmethod
    def _stated_with_question_mark(question: str, words: Words, stray_numbers: tuple[str, ...]) -> bool:
        """'xiaomi phones cost $650-1000?', 'sold 80m in 2015?': a statement with a number and a
        question mark is a check of it, where no question word asks for something else."""
        if not question.rstrip().endswith("?") or words.by_role.get(Role.ASK):
            return False
        if (
            words.entities.differences
            or OUTCOME_CLAIMED.match(words.text)
            or CHANGE_IN_PERCENT_SAID.search(words.text)
            or SO_A_CLAIM.match(words.text)
            or (MARGIN_TO_A_YEAR.search(words.text) and not A_TARGET_SAID.search(words.text))
        ):
            # "so they beat 2014 by about 10m?", "so they missed the target?", "2016 sales were 12
            # million less than 2015?": a claim
            return True
        if words.by_role.get(Role.OPERATION):
            return False  # "2015 sales vs the 80 million target?" asks for the comparison
        # "xiaomi sells in brazil?": where it sells, stated, with no year or amount: is it so?
        if (
            words.scopes
            and SELLS_IN_A_PLACE.search(words.text)
            and not (words.entities.years or words.entities.quantities or stray_numbers)
        ):
            return True
        # "xiaomi was founded in 2012?": a fact's year stated, to be checked
        fact_dated = words.entities.years and words.by_role.get(Role.TOPIC)
        if fact_dated and STATED_IN_A_YEAR.search(words.text) and not words.by_role.get(Role.SALES):
            return True
        # "sold 70 in 2015?": a bare number beside a year is an amount too
        bare = words.entities.years and stray_numbers and bare_amounts(words.text)
        if not (words.entities.quantities or words.entities.threshold or bare):
            return False
        # a statement: something sold, cost, or was ("sold 80m in 2015?", "phones cost $650-1000?")
        sold = any(h.role is Role.SALES and h.means != "noun" for h in words.hits)
        return sold or bool(words.by_role.get(Role.TOPIC)) or bool(STATED.search(words.text))

    def _year_sides(self, text: str) -> tuple[int, int] | None:
        """(sales year, target year) when each year is written beside its own measure: "2016 sales
        vs the 2015 target", "the 2015 goal against sales in 2014". None unless both are clear."""
        tokens = [t.strip(",.;:?!").removesuffix("'s") for t in text.split()]
        sides: dict[str, set[int]] = {"sales": set(), "target": set()}
        years: list[int] = []
        for i, token in enumerate(tokens):
            if not YEAR_TOKEN.fullmatch(token):
                continue
            years.append(int(token))
            after = self._measure_side(tokens[i + 1]) if i + 1 < len(tokens) else ""
            if i and tokens[i - 1] in YEAR_AS_SUBJECT and not after:
                sides["sales"].add(int(token))  # "how far above the 2014 projection was 2015?": its sales
                continue
            # nearest first, after before: "2016 sales vs 2015 target"
            near = [(d, tokens[j]) for d in (1, -1, 2, -2, 3) if 0 <= (j := i + d) < len(tokens)]
            blocked: set[bool] = set()  # the directions past another year: its measure is that year's
            for d, word in near:
                if (d > 0) in blocked:
                    continue
                if YEAR_TOKEN.fullmatch(word):
                    blocked.add(d > 0)  # "2013 vs 2014 projection": the projection is 2014's
                    continue
                # "2014 actual": what was sold that year ("actual" alone is no sales word: "the
                # actual target")
                side = self._measure_side(word) or ("sales" if d == 1 and word in SOLD_AFTER_A_YEAR else "")
                if side:
                    sides[side].add(int(token))
                    break
        sales, target = sides["sales"] - sides["target"], sides["target"] - sides["sales"]
        bare = [y for y in years if y not in target]
        growth = TARGET_AS_GROWTH.search(text)  # "what % growth over 2016 does the 2017 target imply?"
        if not sales and not growth and len(target) == 1 and len(bare) == 1 and years[0] == bare[0]:
            sales = set(bare)  # "2016 vs the original 2015 goal": a bare year first is the sales'
        if not sales and len(target) == 1 and len(bare) == 1 and REACHED_IN_YEAR.search(text):
            sales = set(bare)  # "share of the 2017 target reached in 2016": what was sold in 2016
        # "is the 2017 target 12m more than 2016?": a margin to a bare year set against is to its sales
        # ("was the 2014 projection lower than 2013?" may ask of 2013's projection, which there is none of)
        set_against = bare and re.search(
            rf"\b(?:than|vs|versus|against) (?:in |that of |the )?{bare[0]}\b", text
        )
        one_each = len(target) == 1 and len(bare) == 1
        if not sales and not growth and one_each and set_against and MARGIN_SAID.search(text):
            sales = set(bare)
        other = [y for y in years if y not in sales]
        if len(sales) == 1 and not target and len(other) == 1:
            # "2016 sales as a share of the 80m goal xiaomi set for 2015": the year the goal is for
            said_for = re.search(rf"{TARGET_WORD}(?: [\w']+){{0,3}}? (?:for|of) {other[0]}\b", text)
            target = {other[0]} if said_for else target
        if len(sales) == 1 and len(target) == 1:
            return next(iter(sales)), next(iter(target))
        return None

    def _measure_side(self, word: str) -> str:
        """'sales' for a word asking for units sold, 'target' for one naming a target, else ''."""
        entry = self.lexicon.single.get(word)
        if entry is None:
            return ""
        if entry.role is Role.METRIC and self.metric_kinds.get(entry.means) == "target":
            return "target"
        if entry.role in (Role.SALES, Role.COUNTED) and word not in WEAK_SALES_WORDS:
            return "sales"
        return ""

    def _spoken_words(self, question: str, entities: Entities) -> list[str]:
        """The words left beside the entities, without a speaker's name, shorthand read out."""
        spoken = without_speaker(question, entities.words, self.named_words, self.company_words)
        return shorthand_read(spoken, self.lexicon.shorthand)

    def _spelt_words(self, written: list[str]) -> list[str]:
        """Each word as `_spelt` reads it, except a word written before a word known nowhere: there
        it names a thing with it ("power banks", "smart rice cookers"), and is no slip of a
        known word ("lower", "start")."""
        spelt = [self._spelt(w) for w in written]
        for i in range(len(written) - 2, -1, -1):
            corrected = spelt[i] != written[i] and spelt[i] in self.spelling.known
            # a short unknown word is more likely a slip too short to read: "smarphones sld"
            thing_follows = (
                spelt[i + 1] == written[i + 1]
                and len(written[i + 1]) >= self.spelling.tolerance.min_length
                and self._is_unknown(written[i + 1])
            )
            if corrected and thing_follows:
                spelt[i] = written[i]
        for i, word in enumerate(spelt):
            # a place named after "in" is no slip of a shorter word ("in poland" is no "in plan")
            after_in = i > 0 and written[i - 1] in PLACE_WORDS
            if after_in and word != written[i] and len(written[i]) - len(word) >= 2:
                spelt[i] = written[i]
                continue
            # a month is a period: a slip is read as one only where a month stands ("in mrach"),
            # never a name or word one letter from it ("who is marsh?", "do those match?")
            month_stands = i > 0 and spelt[i - 1] in BEFORE_A_MONTH
            if word in MONTHS and word != written[i] and not month_stands:
                spelt[i] = written[i]
        return spelt

    def _short_stopword(self, word: str) -> str | None:
        found = self.stopword_spelling.closest(word)
        # a letter left out ("evr"), or two typed the other way round ("yaer", "waht")
        return found if found and (len(found) == len(word) + 1 or sorted(found) == sorted(word)) else None

    def _stem_known(self, word: str) -> bool:
        """Whether a word is a fact's word in another form ("deny" and the facts' "denies"); a short
        word never is ("tim" is no "time")."""
        return len(word) >= MIN_STEMMED_LENGTH and self._stem(word) in self.known_stems

    def _inflects_known(self, word: str, plain: bool = False) -> bool:
        """Whether a word is a known word with an ending added ('finding', 'arguing'): an
        ordinary word, which must not be read as a slip of another ('funding'). With `plain`,
        only a word the lexicon has no entry for counts: 'fundings' is still read as 'funding'."""
        # Another language's word is no English stem: "hats" is no form of German "hat".
        # "dipping" is a form of the lexicon's "dipped"; "getting" of no word but "get" ("getty")
        found = [
            b
            for b, respelt in tagged_base_forms(word, INFLECTIONS)
            if (b in self.lexicon.single if respelt else b in self.known) and b not in self.foreign_words
        ]
        return bool(found) and not (plain and any(b in self.lexicon.words for b in found))

    def _operation(self, by_role: dict[Role, list[Hit]]) -> tuple[Operation | None, set[str]]:
        hits = by_role.get(Role.OPERATION, ())
        named = {Operation.CHANGE if h.means in DIRECTIONS else Operation(h.means) for h in hits}
        words = {h.typed for h in hits}
        return next((op for op in OPERATION_ORDER if op in named), None), words

    @staticmethod
    def _years_compared(by_role: dict[Role, list[Hit]], entities: Entities) -> bool:
        """Two years set against each other by a comparative word, with no range to add up and no
        number to reach ("were total sales for 2014 and 2015 over 130m?" adds them up)."""
        compared = any(h.means == Operation.COMPARE for h in by_role.get(Role.OPERATION, ()))
        alone = not (entities.year_range or entities.quantities or entities.threshold)
        return compared and alone and len(set(entities.years)) == 2

    @staticmethod
    def _superlative(by_role: dict[Role, list[Hit]]) -> str:
        """'best' or 'worst' when the question also asks for a change: "the biggest jump"."""
        means = {h.means for h in by_role.get(Role.OPERATION, ())}
        if not means & {"change", *DIRECTIONS}:
            return ""
        return "best" if "best" in means else "worst" if "worst" in means else ""

    @staticmethod
    def _against_extreme(by_role: dict[Role, list[Hit]], text: str) -> bool:
        means = {h.means for h in by_role.get(Role.OPERATION, ())}
        typed = {h.typed for h in by_role.get(Role.OPERATION, ())}
        if not means & {"best", "worst"}:
            return False
        between = means & {"change", "gap", "compare", "ratio", *DIRECTIONS} or typed & BETWEEN_WORDS
        # ("what % of the best year was it?": a year measured as a share of the extreme)
        measured = (
            r"\b(?:than|below|above|short of|off|(?:percent|percentage|share|fraction|proportion) of)\b"
        )
        return bool(between or re.search(measured, text))

    @staticmethod
    def _both_extremes(by_role: dict[Role, list[Hit]]) -> str:
        means = {h.means for h in by_role.get(Role.OPERATION, ())}
        typed = {h.typed for h in by_role.get(Role.OPERATION, ())}
        if not {"best", "worst"} <= means:
            return ""
        between = means & {"change", "gap", "compare", "ratio", *DIRECTIONS} or typed & BETWEEN_WORDS
        if between:
            return "apart"
        # "the best and worst years combined", "their average": the two years' total or mean
        return next((op for op in ("total", "average") if op in means), "each")

    @staticmethod
    def _smalltalk(
        roles: dict[Role, list[Hit]],
        entities: Entities,
        text: str,
        quoted: tuple[str, ...],
        subjects: Iterable[str] = (),
    ) -> str:
        """The chat a question is, if any: an opinion asked of a stated figure ("is my friend right
        about 61m in 2014?", "do you agree they sold 70m in 2015?") is the figure checked instead;
        fun made or a number picked ("make fun of them", "pick a number") is about the bot, unless a
        company, year or person is named ("did jony ive make fun of xiaomi's designs?" asks it)."""
        chat = [h.means for h in roles.get(Role.SMALLTALK, ())]
        # ("ok thanks", "k thx": the thanks, not the "ok" before it)
        said = next((m for m in chat if m != "ack"), chat[0] if chat else "")
        if said == BOT_AS_COMPANY:
            return "" if any(subjects) or quoted or entities.years else "the_bot"
        judged = SOMEONE_JUDGED_RIGHT.search(text)
        if not said and judged and judged["who"] in quoted:
            said = "opinion"  # "was jony ive right that xiaomi copied apple?": whose view is true
        if said == "opinion" and entities.quantities and entities.years:
            return ""
        if VERDICT_ASKED.search(text) and not OR_A_FACT.search(text):
            return "opinion"  # "was cutting the target to 80m in 2015 a smart move?": no figure checks it
        if said == "judgement":
            # "is that a lot?" judges the figure: an opinion; "is that good compared to 2014?",
            # "good enough to hit the target?", "what is dying down?" ask all the same
            figures = entities.years or entities.quantities
            asked = figures or roles.get(Role.OPERATION) or roles.get(Role.METRIC) or roles.get(Role.ASK)
            return "" if asked else "opinion"
        return said

    @staticmethod
    def _remark(question: str, words: Words, asks: tuple[Ask, ...]) -> bool:
        """A judgement said of what it names, asking nothing: a word of praise or feeling after a
        'was' or 'seems' ("2016 was rough for them", "70 million is a lot of phones"), with no
        question mark, question word or claim of a figure sold ("they sold 70m in 2015, which is great")."""
        if (
            asks
            or "?" in question
            or OPENS_WITH_A_QUESTION_WORD.match(words.text)
            or YES_NO.search(words.text)
        ):
            return False
        # "the bot is lame, 2015 sales pls", "2016 was a lot lower, by how much": asked all the same
        if (
            words.by_role.get(Role.SALES)
            or words.by_role.get(Role.OPERATION)
            or REQUEST_WORD.search(words.text)
        ):
            return False
        if words.entities.quantities and words.entities.years:
            return False  # "2014 was a good year, 61m phones": a figure claimed
        return any(
            hit.role is Role.SMALLTALK
            and hit.means in REMARK_KINDS
            and COPULA.search(" ".join(words.words[max(0, hit.start - 4) : hit.start]))
            for hit in words.hits
        )

    def _names_target(self, by_role: dict[Role, list[Hit]]) -> bool:
        return bool(self._target_metric(by_role))

    def _target_metric(self, by_role: dict[Role, list[Hit]]) -> str:
        targets = (
            h.means for h in by_role.get(Role.METRIC, ()) if self.metric_kinds.get(h.means) == "target"
        )
        return next(targets, "")

    def _metric(
        self,
        by_role: dict[Role, list[Hit]],
        operation: Operation | None,
        asks: tuple[Ask, ...],
        entities: Entities,
        unknown_words: bool = False,
    ) -> str | None:
        """Which metric is measured, if any."""
        named = [h for h in by_role.get(Role.METRIC, ()) if h.means in self.metric_kinds]
        counted = [h for h in by_role.get(Role.COUNTED, ()) if h.means in self.metric_kinds]
        sales = by_role.get(Role.SALES, ())
        if operation is Operation.GAP and named:
            # "How far short of the target?": sales against the target, so the sales metric.
            figure = counted[0].means if counted else self.main_figure_metric
            return figure
        if named:
            return named[0].means
        if by_role.get(Role.TOPIC):  # "how much do xiaomi phones cost": a fact, not a figure
            return None
        # "the year they topped 50 million phones": a number to pass is a figure asked about
        numeric = operation in NUMERIC or operation is Operation.REVERSE or bool(entities.threshold)
        has_period = bool(entities.years or entities.year_range or entities.period_part)
        # "performance", "numbers": a sales word only with a period or a count asked for.
        strong = [h for h in sales if h.typed not in WEAK_SALES_WORDS]
        # ... and only when nothing else could be what is counted: "the amount of goodwill in 2015".
        if sales and not strong and (has_period or Ask.HOW_MANY in asks or numeric) and not unknown_words:
            strong = list(sales)
        if counted and (strong or Ask.HOW_MANY in asks or numeric or has_period):
            return counted[0].means
        if strong:
            return self.main_figure_metric
        year_asked = Ask.WHEN in asks or not {"year", "years"}.isdisjoint(entities.words)
        if entities.threshold and year_asked and not unknown_words:
            return self.main_figure_metric  # "when did xiaomi pass 10 million?": the main figure
        return None

    def _company_as_a_source(self, text: str, name: str) -> bool:
        """Whether a company the articles quote (a research firm) is named as a source: "according
        to canalys", "per canalys", "canalys said"."""
        name = name.lower()
        if name not in self.quoted_names:
            return False
        named = re.escape(name)
        return (
            re.search(rf"\b(?:according to|per|acc to) {named}\b|\b{named}(?:'s)? {SOURCE_VERB}\b", text)
            is not None
        )

    def _subjects(self, question: Words) -> tuple[str, ...]:
        """The companies named, and a name nobody knows where a company is named: "how many phones
        did zorblax sell?" asks about Zorblax, and is never answered with the main subject's."""
        unknown = self._unknown_company(question)
        if not unknown:
            return tuple(question.subjects)
        return (unknown.title(), *question.subjects)

    def _unknown_company_followed_up(self, question: str, words: Words) -> tuple[str, ...]:
        """'And Honor?' after Xiaomi's figure: a company nobody knows, never answered with Xiaomi's.
        ("and June?", "and Christmas?" name a time, "and Asia?" a place, "and Afterwards?" no name.)"""
        followed_up = NAME_FOLLOWED_UP.match(question.strip())
        if followed_up is None or words.entities.period_part or words.scopes:
            return ()
        name = followed_up.group("name").lower()
        if len(name) < 3 or name.endswith(NOT_A_NAME_ENDINGS + WORD_ENDINGS) or not self._is_unknown(name):
            return ()
        if name in self.lexicon.no_company:
            return ()
        if ROMAN_YEAR.fullmatch(name) or self.main_subject_lookalike.closest(name):
            return ()  # "and MMXVI?": a year, written so; "and Xiaomii?": the main subject, mistyped
        return (followed_up.group("name").title(),)

    def _unknown_company(self, question: Words) -> str:
        """An unknown word where a seller is named: before a selling verb at the start or after
        'did' ("zorblax sold", "did zorblax ship"), or before the thing sold after 'were'/'are'
        ("what were zorblax phone sales")."""
        words = question.words
        for hit in question.hits:
            if named := self._unknown_seller_of_words(question, hit):
                return named
            i = hit.start - 1
            if i < 0 or i in question.taken or not self._is_unknown(words[i]) or not words[i].isalpha():
                continue
            before = words[i - 1] if i else ""
            sold = hit.role is Role.SALES and hit.means != "noun" and (not before or before in SELLER_BEFORE)
            counted = hit.role is Role.COUNTED and before in ("were", "was", "are", "is")
            # "worldwide", "globally" say where, not who
            named = len(words[i]) > 2 and not words[i].endswith(NOT_A_NAME_ENDINGS)
            if (sold or counted) and named and not self.main_subject_lookalike.closest(words[i]):
                return words[i]
        return ""

    def _unknown_seller_of_words(self, question: Words, hit: Hit) -> str:
        """A seller of several words nobody knows, between "did" and the selling verb: "did tim cook
        sell", "did acme corp sell", "did the company from seoul ship": its unknown words, as its name.
        A seller with a company's name or a word like the main subject's is no other company."""
        if hit.role is not Role.SALES or not SELLING_VERB.match(hit.typed) or question.subjects:
            return ""
        words = question.words
        start = next(
            (
                i
                for i in range(hit.start - 2, max(hit.start - 2 - SELLER_WORDS, -1), -1)
                if words[i] in SELLER_BEFORE
            ),
            None,
        )
        if start is None:
            return ""
        seller = [words[i] for i in range(start + 1, hit.start)]
        if any(
            i in question.taken or self.main_subject_lookalike.closest(words[i])
            for i in range(start + 1, hit.start)
        ):
            return ""  # "did xiaomi really sell", "did xiaomii sell"
        if not self.name_words.isdisjoint(seller) or not NOT_A_SELLERS_NAME.isdisjoint(seller):
            return ""  # "did lei jun's team sell", "did they in fact sell", "did my company sell"
        if thing := self._thing_as_the_seller(seller):
            return thing
        unknown = [
            w for w in seller if w.isalpha() and not w.endswith(NOT_A_NAME_ENDINGS) and self._is_unknown(w)
        ]
        if not unknown:
            return ""
        if len(seller) > 1 and len(unknown) == len(seller):
            return " ".join(unknown)  # "did tim cook sell", "did jack ma sell": a name, every word unknown
        if owner := OWNERS_COMPANY.search(question.text):
            # "did steve jobs' company sell": a person's company, one of whose names nobody knows
            owner_words = owner.group("owner").split()
            return owner.group("owner") if not set(owner_words).isdisjoint(unknown) else ""
        unknown = [w for w in unknown if len(w) > 2]
        # "did acme corp sell", "did the zorblax company sell", "did the company from seoul sell": an
        # unknown word beside a company noun, or after "from"/"in"; ("the company you cover" is none)
        nouns = SELLER_NOUN_NAMES
        named = [
            w
            for w in unknown
            if re.search(
                rf"\b{re.escape(w)}(?:'s)? (?:{nouns})\b|\b(?:{nouns}) (?:from|in|based in) {re.escape(w)}\b",
                question.text,
            )
        ]
        return " ".join(named)

    def _thing_as_the_seller(self, seller: list[str]) -> str:
        """'did the moon sell', 'did the government sell': a thing named with "the" that no fact
        names and that is no company noun ("did the startup sell", "did the guys sell" are the
        company's): someone else, never the main subject."""
        if len(seller) != 2 or seller[0] != "the":
            return ""
        noun = seller[1]
        if not noun.isalpha() or noun in STOPWORDS or noun in self.corpus_words:
            return ""
        if noun in SELLER_NOUNS or noun.removesuffix("s") in SELLER_NOUNS or noun in THE_COMPANYS_PEOPLE:
            return ""
        if noun in OTHER_COMPANY_WORDS or noun.endswith("maker") or self.company_noun_spelling.closest(noun):
            return ""
        return noun

    @staticmethod
    def _peoples_own_doing(words: Words, subjects: tuple[str, ...]) -> str:
        """'How many phones did I sell in 2015?': the asker's own sales, with no company named (in
        "I sold mine, how many did xiaomi sell?" the company is asked about); 'did my uncle sell',
        '@mike did u buy a xiaomi': what people sold or bought (a company named is what they bought)."""
        if OWN_SALES.search(words.text) and not subjects:
            return "your own sales"
        if PEOPLES_OWN_PRICE.search(words.text):
            return "what people's own things cost or are worth"
        doing = PEOPLES_OWN_DOING.search(words.text)
        if doing is None:
            return ""
        against_the_company = subjects or THAN_THE_COMPANY.search(words.text)
        if against_the_company and SOLD_THAN_OTHERS.search(words.text, doing.end()):
            return ""  # ("did anyone sell more phones than xiaomi?": other companies, set against it)
        doings = "purchases" if doing["verb"] in BUYING else "sales"
        who = doing["who"].split()
        bot_asked = who[0] in ("you", "u", "ya") and len(who) == 1 and not ADDRESSED.match(words.text)
        if bot_asked and doings == "sales":
            return ""  # "how many phones have you sold?": the bot asked, which says what it is
        if who[0] in ("i", "we") or who[0] in ("my", "our") and who[1] in OWN_BUSINESS:
            return f"your own {doings}"
        return f"anyone's own {doings}"  # "my dad", "your shop", "@mike did u": people, not companies

    def _unknown_measure(self, question: Words) -> str:
        """An unknown word where the thing measured is named: 'how many scooters', 'scooter sales',
        'revenue growth', 'the amount of goodwill', 'the change in deferred taxes'."""
        if OTHER_THAN_PHONES.search(question.text) and COUNTED_ASKED.search(question.text):
            # "besides smartphones, how many other devices did they sell?": no article counts those
            return "non-phone product"
        words, hits, taken, closed = question.words, question.hits, question.taken, question.closed
        speakers = question.speakers  # ("jake says 2014": a speaker in the chat, no thing measured)

        def unknown(i: int) -> bool:
            # "quietly cut it", "really sold": a word of manner is no thing measured
            adverb = words[i].endswith(NOT_A_NAME_ENDINGS[0]) if 0 <= i < len(words) else False
            if not 0 <= i < len(words) or i in taken or adverb or words[i] in speakers:
                return False
            if words[i] in question.preamble:
                return False  # ("at 10 mins to deadline: total 2012-2016": chatter, nothing measured)
            return self._is_unknown(words[i])

        def unknown_at(i: int) -> str:
            """The unknown thing at `i`, with the unknown words it is written with: "power banks",
            "electric scooter" ("electric scooter sales"), not just one of them."""
            if not unknown(i):
                return ""
            start, end = i, i + 1
            while end - start < MAX_THING_WORDS and unknown(end) and words[end - 1] not in closed:
                end += 1
            while end - start < MAX_THING_WORDS and unknown(start - 1) and words[start - 1] not in closed:
                start -= 1
            return " ".join(words[start:end])

        sold = any(hit.role is Role.SALES for hit in hits)
        for hit in hits:
            after = hit.start + hit.length
            candidates = []
            if hit.role is Role.ASK and hit.means == Ask.HOW_MANY:
                candidates.append(after)  # "how many scooters"
            # "foldable phone sales": a kind of phone the figures are not split by; without a word
            # of selling the phone is only talked about ("its reputation for phone quality")
            names_thing = hit.role in (Role.OPERATION, Role.TOPIC) or (
                (hit.role is Role.SALES and hit.means == "noun") or (hit.role is Role.COUNTED and sold)
            )
            # "scooter sales", "revenue growth", "bitcoin price"; not "if im wrong, 2015 sales"
            # ... but in "a sharp drop", "so steep a fall" the word says how it moved, no thing
            manner = hit.means in DIRECTIONS and hit.start >= 2 and words[hit.start - 2] in MANNER_BEFORE
            if names_thing and not manner and (hit.start == 0 or words[hit.start - 1] not in closed):
                candidates.append(hit.start - 1)
            if hit.role is Role.TOPIC and words[after - 1] in ("a", "an") and after < len(words):
                # "how much is a bitcoin", "how much is a xiaomi scooter": the thing priced follows
                # (the company is out of the words already)
                candidates.append(after)
            if (
                hit.role in (Role.SALES, Role.OPERATION, Role.TOPIC)
                and after < len(words)
                # "the price of bitcoin", "the change in taxes"; but "the price in dollars" and "sales
                # in norway" name no other thing counted (the second a place)
                and words[after] in (("of", "in") if hit.role is Role.OPERATION else ("of", "for"))
            ):
                candidates.append(after + 1)  # "the amount of goodwill", "the change in taxes"
            for i in candidates:
                found = unknown_at(i)
                # "numbers for routers" counts routers; "shipments for xiaomi, ballpark" no ballparks
                after_for = i == after + 1 and words[after] == "for"
                if found and (not after_for or is_plural_thing(found.split()[-1])):
                    if hit.role is not Role.COUNTED or i != hit.start - 1:
                        return found
                    if found != self._unknown_company(question):  # "norvik smartphone sales": a seller
                        return f"{found} {words[hit.start]}"  # "foldable phones"
        return (
            self._counted_after_an_amount(question)
            or self._set_off_unknown_things(question)
            or self._other_thing_counted(question)
        )

    def _other_thing_counted(self, question: Words) -> str:
        """'How many fitness bands did xiaomi sell?', 'how many gadgets did they ship?': a thing
        counted that the words of the figures do not name, though the articles speak of it."""
        words, hits = question.words, question.hits
        # "how many competitors does xiaomi have?": nothing said to be sold, and a fact may count them;
        # "how many holidays in 2015?": a thing no word knows, counted in a year, is no sale either
        sold = any(h.role is Role.SALES and h.means != "noun" for h in hits)
        if not sold and not question.entities.years:
            return ""
        ends = AUXILIARIES if sold else AUXILIARIES | {"in", "during"}
        taken = {i for h in hits for i in range(h.start, h.start + h.length)}
        for hit in hits:
            if hit.role is not Role.ASK or hit.means != Ask.HOW_MANY:
                continue
            start = hit.start + hit.length
            end = next((i for i in range(start, min(start + 3, len(words))) if words[i] in ends), None)
            thing = words[start:end] if end is not None else []
            if not thing or any(i in taken for i in range(start, end)) or set(thing) & NOT_A_THING_COUNTED:
                continue
            if not is_plural_thing(thing[-1]):
                continue
            # (unsold, only a thing no fact speaks of: "sundays", not "competitors")
            if sold or self._is_unknown(thing[-1]) or thing[-1][:-1] in self.vocabulary.filler_words:
                return " ".join(thing)
        return ""

    def _counted_after_an_amount(self, question: Words) -> str:
        """'sold 70 million cookies', '7.2m memes in 2012': an amount of an unknown thing counts that."""
        if not question.entities.quantities:
            return ""  # most questions name no amount: nothing to search again
        for match in QUANTITY.finditer(question.text):
            after = question.text[match.end() :].split()
            word = self._spelt(after[0].strip(".,!?")) if after else ""  # "70m phnoes" are phones
            money = word in CURRENCY_WORDS  # "worth 46 billion dollars": a sum, not a thing counted
            if word.isalpha() and is_plural_thing(word) and not money and self._is_unknown(word):
                return word
        return ""

    def measures_apart(self, question: str, whole: Frame) -> list[tuple[str, Frame]]:
        """'2015 sales and the target', 'xiaomi's valuation and its 2015 sales', '2013 sales, 2016
        sales, ceo name': two or three measures asked side by side, joined by "and", "&", "+" or
        commas, each read as a question of its own (a side naming no period takes the first dated
        side's); [] when the message is one question ("how do sales and the target compare?", "sales
        and growth from 2013 to 2014"). `whole`: the message read as one question."""
        joins = list(MEASURE_JOIN.finditer(question))
        if (
            not joins
            or len(joins) >= MEASURES_LISTED
            or BETWEEN_OR_BOTH.search(question, 0, joins[-1].start())
        ):
            return []
        ends = [0, *(j for join in joins for j in join.span()), len(question)]
        texts = [question[start:end].strip() for start, end in zip(ends[::2], ends[1::2], strict=True)]
        commas = any(join.group("comma") for join in joins)
        if _one_question_by_its_words(texts, joins, commas, whole):
            return []
        read = [(text, self.read(text)) for text in texts]
        # ("2015 sales and their valuation, thx": the thanks is no measure asked)
        asked = [(text, frame) for text, frame in read if self._measure_named(frame) or not frame.smalltalk]
        sides = asked if len(read) > 2 else read
        if len(sides) < 2 or any(frame.operation or frame.yes_no for _, frame in sides):
            return []
        if commas and any(frame.asks for _, frame in sides):
            return []  # (a side asking: "xiaomi, sales in 2015, how many?")
        if whole.operation is Operation.TOTAL and all(frame.metric or frame.has_period for _, frame in sides):
            return []  # "2016 sales plus the 2014 projection": a sum, "2016 sales + mi 6 launch date": a list
        measures = [self._measure_named(frame) for _, frame in sides]
        if not (commas or any(frame.metric or frame.asks for _, frame in sides)):
            # "h1 2015 and founding year?": a period alone beside a fact asks for that period's figure
            measures = [
                m or (frame.has_period and "figure") for m, (_, frame) in zip(measures, sides, strict=True)
            ]
        # ("2015 sales and 2016 sales": one measure, read whole, over both years)
        if not all(measures) or all(m == measures[0] for m in measures):
            return []
        dated = next((frame for _, frame in sides if frame.has_period), None)
        if dated is not None:  # "sales and target for 2015": 2015 for both
            # (a fact with no year, "valuation and 2016 sales", keeps none)
            sides = [
                (text, replace(frame, years=dated.years, year_range=dated.year_range))
                if frame.metric and not frame.has_period
                else (text, frame)
                for text, frame in sides
            ]
        return sides

    @staticmethod
    def _measure_named(frame: Frame) -> object:
        """What a side of a list of measures asks for: a metric, a topic, something the facts lack,
        a person quoted, or a named thing's detail ("mi 6 launch date"); None for anything else
        ("focus on phones")."""
        named_detail = frame.topic_words if frame.scopes else ()
        return frame.metric or frame.topics or frame.absent or frame.quoted or named_detail

    @staticmethod
    def number_alone(frame: Frame) -> bool:
        """'exact number pls', 'the figure?': a number asked for and nothing else, after a question:
        that question's number is what is asked."""
        return NUMBER_ALONE.fullmatch(frame.text) is not None

    @staticmethod
    def names_something(frame: Frame, companies_asked: set[str]) -> bool:
        """Whether a remark names anything a question after it could need: another company, a
        measure, a year or part of one, a place, a product, a number, a calculation, an article, a
        year or place left out ("Huawei is doing great.", "Excluding the first half.", "Use 2013 as
        the base."); what it says of the main company ("Xiaomi is a Chinese company.", "lost 3-0
        today.") is none of these."""
        return bool(
            frame.metric
            or frame.operation
            or set(frame.subjects) - companies_asked
            or frame.scopes
            or frame.has_period
            or frame.period_part
            or frame.quantities
            or frame.threshold
            or frame.calculation
            or frame.unknown_place
            or frame.absent
            or frame.unknown_measure
            or frame.target_named
            or frame.years_left_out
            or frame.places_left_out
            or frame.per_unit
            or frame.unit_asked
            or frame.relative_step
            or frame.relative_to_today
            or frame.extreme
            or frame.names_source
        )

    def without_header(self, message: str) -> str:
        """The message without a group chat's header ("[10:02] dima:", "Bob:")."""
        return without_chat_header(message, self.named_words, self.known, self.person_name_parts)

    @staticmethod
    def lines_of_a_chat(parts: list[str]) -> list[str]:
        """Lines pasted from a chat, each opened by who spoke ("me: the 2015 goal", "boss: and the
        revised one"): each without its speaker, whatever the name ("boss" is no question of a CEO)."""
        lines = [p[stamp.end() :] if (stamp := CHAT_STAMP.match(p)) else p for p in parts]
        spoken = [CHAT_NAME.match(line) for line in lines]
        if len(parts) < 2 or not all(m and len(m.group("name").split()) == 1 for m in spoken):
            return parts
        names = [clean(m.group("name")) for m in spoken if m]
        if any(is_plural_thing(name) or name in SUBJECT_HEADERS for name in names):
            return parts  # "sales: 2015?", "ceo: who?": what is asked, named first
        return [line[m.end() :] for line, m in zip(lines, spoken, strict=True) if m]

    def things_only(self, frame: Frame) -> str:
        """The things a message names and nothing else ("(laptops)", "talking about their routers
        btw"): after a question, it says what that question counts. Empty for anything more."""
        if frame.metric or frame.operation or frame.has_period or frame.quantities or frame.subjects:
            return ""
        if frame.topics or frame.topic_words or frame.smalltalk or frame.absent or frame.offtopic:
            return ""
        if frame.opens_with_a_question_word and set(frame.asks) - {Ask.WHAT}:
            return ""  # "when is the mi 6 out?": a question of its own about the thing
        things = unknown_things(frame.text.split(), set(frame.unknown))
        if things is None:
            return ""  # "union select ... from facts": words of something else, no thing named
        if OBJECT_AFTER.search(frame.text):
            return ""  # "my friend swears it", "he says so": a verb with its object, no thing named
        return " ".join([*frame.scopes, *things]).lower()

    def _set_off_unknown_things(self, question: Words) -> str:
        """'scooters, how many did they sell', 'what was the 2015 count - the power banks': things
        named before or after the question, set off by a comma or dash, are what it counts. Only an
        unknown plural: "team, how many ..." calls someone."""
        asks_count = any(
            h.role is Role.SALES or (h.role is Role.ASK and h.means == Ask.HOW_MANY) for h in question.hits
        )
        if not asks_count:
            return ""
        unknown = set(question.unknown)
        for set_off in (FRONTED.match(question.text), TRAILING.search(question.text)):
            if set_off is None:
                continue
            things = set_off.group("things").split()
            if things[-1] in unknown and is_plural_thing(things[-1]):
                # "power banks": the plural with the unknown words written before it
                named = [things[-1]]
                for word in reversed(things[:-1]):
                    if word not in unknown:
                        break
                    named.insert(0, word)
                return " ".join(named)
            found = next((w for w in things if w in unknown and is_plural_thing(w)), "")
            if found:
                return found
        return ""

    def _said_of_a_company(self, words: list[str], i: int) -> bool:
        """'A chinese company', 'a public company': an expression of the lexicon's that says what a
        company is, not "the chinese company", which only names it ("the top company" still ranks)."""
        named_only = i >= 2 and words[i - 2] == "the" and words[i - 1] not in RANK_BEFORE_COMPANY
        return self.lexicon.names_expression(words[i - 1], words[i]) and not named_only

    def _excluded_scopes(self, text: str, scopes: list[str]) -> set[str]:
        """The places, products or companies a question leaves out: "other than china", "besides
        india", "besides huawei"."""
        if not scopes or not EXCLUDING.search(text):
            return set()
        after = {w for m in EXCLUDING.finditer(text) for w in m.group("what").split()}
        return {label for label in scopes if set(label.lower().split()) <= after}

    def _unknown_place(self, question: Words) -> str:
        """'sales in brazil': an unknown word right after "in" in what was written (a year taken
        out between them does not count: "in 2016 huh"), and no describing word of what follows
        ("in raw units", "in real terms")."""
        words, taken, text = question.words, question.taken, question.text
        for i, word in enumerate(words[:-1]):
            place = words[i + 1]
            if word not in PLACE_WORDS or i + 1 in taken or len(place) < 2 or place in UNIT_LETTERS:
                continue  # "sales in m", "in bn": a unit, no place
            if not self._is_unknown(place) and not self._only_a_fact_word(place):
                continue
            if not re.search(rf"\b{word} {re.escape(place)}\b", text):
                continue
            following = words[i + 2] if i + 2 < len(words) else ""
            if following and following in self.known and following not in STOPWORDS:
                continue
            return place
        return ""

    @staticmethod
    def _owner_named(text: str, quoted: tuple[str, ...]) -> str:
        """The person named (of those `quoted`) whose company is asked about: "jony ive's company"."""
        if "'" not in text:
            return ""
        return next((q for q in quoted if re.search(rf"\b{re.escape(q)}{COMPANY_OWNED}", text)), "")

    def _quoted_in(self, text: str) -> tuple[str, ...]:
        """The quoted names a question names, in the order of `quoted_names` (longest first)."""
        if self._quoted_pattern is None:
            return ()
        found = set(self._quoted_pattern.findall(text))
        if self._name_by_part and POSSESSIVE_NAME.search(text):
            found |= {self._name_by_part[m] for m in POSSESSIVE_NAME.findall(text) if m in self._name_by_part}
        # ("what did the ceo say about 2017?": the one the articles quote as the ceo, speaking)
        # ("what did xiaomi's boss say?": a role said in other words, as the synonyms say it)
        # ("what did xiaomi's ceo say?": a company's own role; never "xiaomi's chief", whom the articles
        # quote as another company's design chief)
        described = {
            role
            for owner, word in DESCRIBED_SPEAKING.findall(text)
            if (role := self.vocabulary.synonyms.get(word, word))
            and (owner == "the" or (role in OWN_ROLES and owner in self.own_owners))
        }
        found |= {self._name_by_part[m] for m in described if m in self._name_by_part}
        if not found:
            return ()
        # a shorter name inside a longer one found ("wang" in "kevin wang") is still named, as before
        return tuple(
            n
            for n in self.quoted_names
            if n in found or any(re.search(rf"\b{re.escape(n)}\b", f) for f in found)
        )

    def _unknown_beside_figure_word(self, words: Words) -> bool:
        """An unknown word right beside a figure word ("scooter numbers", "the number of widgets"),
        where it may be the thing counted; an unknown word elsewhere is chatter around the
        question ("lol this chat is wild, the 2013 figure?")."""
        if not words.unknown:
            return False
        unknown, closed = set(words.unknown), words.closed
        for hit in words.hits:
            if hit.role is not Role.SALES:
                continue
            after = hit.start + hit.length
            # a comma or stop ends a phrase: "correct me if im wrong, 2015 sales" counts no wrong things
            before = hit.start - 1 if hit.start > 0 and words.words[hit.start - 1] not in closed else -1
            beside = [before, after, after + 1 if words.words[after : after + 1] == ["of"] else -1]
            if any(0 <= i < len(words.words) and words.words[i] in unknown for i in beside):
                return True
        return False

    def _strong_sales(self, words: Words) -> bool:
        """A sales word of its own: not a weak one ("number") and not naming a target ("sales goal")."""
        hits = words.hits
        for i, hit in enumerate(hits):
            if hit.role is not Role.SALES or hit.typed in WEAK_SALES_WORDS:
                continue
            after = hits[i + 1] if i + 1 < len(hits) else None
            names_target = (
                after is not None
                and after.start == hit.start + hit.length
                and after.role is Role.METRIC
                and self.metric_kinds.get(after.means) == "target"
            )
            if not names_target:
                return True
        return False

    def _share_of_target(self, roles: dict[Role, list[Hit]]) -> bool:
        """'What share of the 100m goal did they reach?': no market share, but how far sales got."""
        hit = next(iter(roles.get(Role.ABSENT, ())), None)
        return hit is not None and hit.typed.split()[0] == "share" and self._names_target(roles)

    def _only_a_fact_word(self, word: str) -> bool:
        """A word known only from the facts' text ("beijing", "norway"), not from the lexicon,
        the synonyms, filler or small words: after "in", a place the figures are not about."""
        if word.isdigit() or word in STOPWORDS or word in self.lexicon.words or word in self.vocabulary.words:
            return False
        if word in MONTHS:
            return False  # "cut in march": a time, no place
        return word in self.corpus_words

    def _is_unknown(self, word: str) -> bool:
        if word in self.foreign_words:
            return True  # in an English question, "hat" is a hat
        if word in self.known or word.isdigit() or word in self.vocabulary.filler_words:
            return False
        return not self._inflects_known(word)  # "makers" is the facts' "maker", no unknown thing
