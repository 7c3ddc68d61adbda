"""Yes or no for a check of company facts: "is Lei Jun the CEO?", "was Xiaomi founded in 2012?",
"is Xiaomi worth 50 billion?".

A verdict is given only when the facts found can settle it: a number or year asked about against
the fact's own figure, a person named against the person the fact names, or a claim the fact
shown says in the same words, plainly. Anything else gets the facts without a verdict, never a
guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import partial

from bot.answering.dates import MONTHS
from bot.knowledge.files import EVERYONE, Fact
from bot.understanding import Ask, Frame
from bot.understanding.entities import scale_of
from bot.understanding.facts_search import MONEY_UNITS, mentions

ROUGH = 0.005  # an approximate figure matches a number within 0.5%
# "was the 80m goal a priority?": the amount names which goal; what is checked is something else
AMOUNT_NAMES_A_GOAL = re.compile(
    r"\b(?:the|that|this|their|its|his) \$?\d[\d.,]*\s?(?:m|mn|mil|million|k|bn|billion)?"
    r"(?: \w+)? (?:goal|target|forecast|projection|quota)s?\b(?! (?:right|correct|true|accurate)\b)(?= \w)"
)


def same_amount(fact: Fact, asked: float) -> bool:
    if fact.value is None:
        return False
    tolerance = ROUGH if "approximate" in fact.qualifiers else 1e-9
    return abs(fact.value - asked) <= abs(asked) * tolerance


STILL = re.compile(r"\b(?:still|anymore|any more|any longer|nowadays|these days|current|as of today)\b")


def fact_verdict(
    frame: Frame,
    facts: Iterable[Fact],
    people: frozenset[str],
    said_as: Mapping[str, frozenset[str]] | None = None,
    mentioned_anywhere: Callable[[str], bool] = lambda _: False,
) -> str:
    """'Yes.', 'No.' or '' when the facts cannot settle the check. `people`: the words of the
    names the facts know ("lei", "jun"); `said_as`: the words a question word stands for
    ("known": "called", "nicknamed"); `mentioned_anywhere`: whether any fact says a word or phrase."""
    facts = list(facts)
    if facts and (swapped := _by_a_swap(frame, facts[0], mentioned_anywhere)):
        return swapped
    if not frame.yes_no:
        return _by_wordings(frame, facts)  # "xiaomi is a china-based maker?": a claim asked
    if frame.offers_alternatives and len(frame.all_years) > 1:
        return ""  # "is the $46 billion valuation from 2015 or 2017?": which, no yes or no
    still = STILL.search(frame.text) is not None
    by_person = partial(_by_person, people=people, said_as=said_as or {})
    for check in (_by_price_order, _by_year, _by_amount, by_person, _by_scope, _by_wordings):
        verdict = check(frame, facts)
        if verdict:
            # "is it still number one?", "still worth $50 billion?": a fact dated in the past settles no
            # "still", said as dated; a role someone never had ("is kevin wang still ceo?") he has not now
            return "" if still and not (verdict == "No." and check is by_person) else verdict
    return ""


# The words that frame a claim, not what it claims: "the 2017 article describes ... - yes or no?"
CLAIM_FRAMING = re.compile(
    r"\b(?:yes or no|true or false|right or wrong|am i (?:right|correct)|quick one"
    r"|is (?:that|this|it) (?:so|true|right|correct)"
    r"|is it (?:true|correct|accurate|fair)(?: to say)?(?: that)?"
    r"|(?:someone|somebody|a friend) (?:told|said to) me"
    r"|i (?:read|heard|saw)(?: somewhere)?(?: that)?)\b"
    r"|\b(?:in |per |by |according to )?the (?:(?:19|20)\d\d |first |second |other |earlier |later )?"
    r"(?:article|piece|story|report|post|caption)s?\b"
)
FRAMING_WORDS = frozenset(
    "is are was were be been being am do does did has have had the a an of to in on at for as with from"
    " and or that this these those it its they their them he his him she her so then there true right"
    " correct accurate yes say says said describe described describes call called"
    " calls mention mentioned mentions per according lol basically really indeed check ok okay hey pls"
    " please also".split()
)
# A claim said in the negative: "kevin wang isn't an insider?", "nobody calls it that?"; a yes to
# it would read either way, so it gets the fact alone
NEGATED_CLAIM = re.compile(
    r"\b(?:not|no(?! \d)|never|nobody|no one|nothing|none|neither|nor|without|unable|cannot|\w+n't|hardly)\b"
)
# A fact that says less than plainly so: denied, negated, once, conditional, planned, ranked below
# the first. A claim gets a yes from it only when it says the same word itself.
HEDGED_FACT = re.compile(
    r"\b(?:not|no|never|nor|none|nothing|neither|without|den(?:y|ies|ied)|\w+n't|longer|once|until"
    r"|formerly|former|needs?|must|should|would|could|might|may|if|unless|hopes?|wants?|plans?|planned"
    r"|rumou?red|expected|reportedly|allegedly|second|third|one of|almost|nearly|only|most probable)\b"
)
# A fact in the passive ("he was pushed by everyone"): its doer said after "by"
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\W+(?:\w+\W+)?\w+ed by\b")
HEDGE_REACH = 3  # words before what is claimed that may hedge it: "is not the No. 1 priority"
WORDS_PER_SKIP = 3  # a claim of this many words may pass over one word of the fact, and so on
CLAUSE_BREAK = re.compile(r"[;:.!?()\"“”]|,\s*but\b")
# A claim about someone it does not name: "is it a research firm?", "are they the top company?"
CLAIM_PRONOUN = re.compile(
    r"\b(?:it|its|they|them|their|this|that|he|she|him|her|his)\b"
    r"|\bthe (?:figure|number|numbers|figures|company|firm|guy|man|person)\b"
)
MIN_CLAIMED_WORDS = 2  # "is xiaomi cheap?" is too little to agree with word for word
# A claim said as a statement and asked: "xiaomi is a china-based smartphone maker?" (a request or
# a liking said with a question mark is none: "tell me about ...?", "i like ...?")
STATED_CLAIM = re.compile(
    r"^(?!.*\b(?:what|who|whom|whose|when|where|which|why|how)\b)(?!\W*(?:i|you|we|tell|show|give)\b)"
    r"[^?]*\b(?:is|are|was|were|has|have|had|does|did|says|said|makes|made|sells|sold|calls|called"
    r"|named|needs|needed|expects|expected|includes|announced|reported|became|came)\b[^?]*\?\W*$"
)
CLAIM_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def _plain(word: str) -> str:
    return word.removesuffix("'s")


def _same_word(claimed: str, said: str) -> bool:
    """The same word, or with another plural or past ending: "devices" meets "device", "name"
    "named"; never "-ing" against "-ed" ("developing" is not "developed")."""
    claimed, said = _plain(claimed), _plain(said)
    if claimed == said:
        return True
    endings = ("s", "es", "d", "ed")
    return any(said == claimed + e or claimed == said + e for e in endings)


def _clauses_of(parts: list[str], places: list[int]) -> set[int]:
    """The clauses (`parts`, between stops, semicolons, brackets) the fact's words at `places` are in."""
    clauses = [i for i, part in enumerate(parts) for _ in CLAIM_WORD.findall(part)]
    return {clauses[p] for p in places if p < len(clauses)}


def _places(claimed: list[str], said: list[str]) -> list[int] | None:
    """Where each claimed word is said, in the claim's order (the first place after the one before),
    or None when one is not said in that order: who did what to whom, as the fact has it."""
    places: list[int] = []
    for word in claimed:
        start = places[-1] + 1 if places else 0
        at = next((i for i in range(start, len(said)) if _same_word(word, said[i])), None)
        if at is None:
            return None
        places.append(at)
    return places


def _by_wording(frame: Frame, fact: Fact, text: str, strict: bool = False) -> str:
    """'Is Kevin Wang described as an industry insider?': yes when the fact shown says every word
    the claim says, as written (or with another plural or past ending), in the same order and
    close together, and says it plainly: no "not", no denial, no "once", no plan or condition, no
    "second-most" the claim leaves out. Anything less gets the fact without a verdict."""
    if frame.unknown_name or frame.quantities:
        return ""
    if not frame.yes_no and not STATED_CLAIM.search(frame.question.lower()):
        return ""
    claim = CLAIM_FRAMING.sub(" ", CLAIM_TO_CHECK.sub("", frame.text))
    if NEGATED_CLAIM.search(claim) or CLAIM_PRONOUN.search(claim):
        return ""  # ("is it the top company in china?": who "it" is, the words do not say)
    text = text.lower()
    for joined in HYPHENED.findall(text):
        # the question's text writes "second-most" as "second most": as the fact writes it, again
        claim = re.sub(rf"\b{re.escape(joined.replace('-', ' '))}\b", joined, claim)
    if NOT_YET & set(fact.qualifiers) and not NOT_YET & set(CLAIM_WORD.findall(frame.text)):
        return ""  # "did the mi 6 launch on april 18?": only rumoured
    if PASSIVE.search(text) and " by " not in f" {claim} ":
        return ""  # "did lei jun push everyone?": he was pushed by everyone
    said = CLAIM_WORD.findall(text)
    subject = fact.subjects[0].lower() if fact.subjects else ""
    # (the company the fact is about goes without saying, unless the fact says it)
    named = subject in {_plain(w) for w in said}
    claimed = [w for w in CLAIM_WORD.findall(claim) if w not in FRAMING_WORDS]
    claimed = [w for w in claimed if _plain(w) != subject or named]
    if len([w for w in claimed if _plain(w) != subject]) < MIN_CLAIMED_WORDS:
        return ""
    owners = [w for w in claimed if w.endswith("'s") and _plain(w) != subject]
    if any(w not in said for w in owners):
        return ""  # "is canalys techinasia's research firm?": an owner the fact does not name
    places = _places(claimed, said)
    if places is None:
        return ""
    between = [w for i, w in enumerate(said[places[0] : places[-1]], places[0]) if i not in places]
    skips = 0 if strict else max(1, len(claimed) // WORDS_PER_SKIP)  # (the article's sentence: none)
    if len([w for w in between if w not in FRAMING_WORDS]) > skips:
        return ""  # ("saturated with competing brands such as huawei" is not "saturated with huawei")
    parts = CLAUSE_BREAK.split(text)
    clauses = _clauses_of(parts, places)
    if len(clauses) > 1:
        return ""  # ("an industry insider; he said xiaomi ..." says nothing of "xiaomi's insider")
    year = fact.period[:4]
    said_then = f"({year})" in f"{text} {fact.statement}" or any(year in parts[c] for c in clauses)
    if year.isdigit() and said_then and year not in claim:
        return ""  # ("is xiaomi five years old?", "is the hype dying down?": so in 2015, not said now)
    # the words around what is claimed say it plainly, or the claim says the same hedge itself
    around = " ".join(said[max(0, places[0] - HEDGE_REACH) : places[-1] + 1])
    if any(h.group() not in frame.text for h in HEDGED_FACT.finditer(around)):
        return ""  # "once called", "is not the No. 1 priority", "one of the largest", "needs to"
    return "Yes."


# ---- a claim that swaps one thing the fact says for another of its kind ----------------------------

# "did jony ive call the designs 'lazy'?": words claimed as said, in quotes (never "xiaomi's")
QUOTED_IN_CLAIM = re.compile(r"(?:^|(?<=\s))['\"‘“]([^'\"‘’“”]{2,40})['\"’”]")
COMPOUND = re.compile(r"\b([a-z]+)-([a-z]+)\b")  # "low-cost", "high-quality"
# a pair's halves that say the opposite ("low-quality" of "high-quality"; "good-quality" is no opposite)
OPPOSITE_HALVES = {
    "low": "high",
    "high": "low",
    "best": "worst",
    "worst": "best",
    "top": "bottom",
    "bottom": "top",
}
# a comparison's word that says the opposite, before the same "than ..." ("higher than usual" of "lower
# than usual")
OPPOSITE_COMPARATIVES = {
    "higher": ("lower",), "lower": ("higher",), "more": ("less", "fewer"), "less": ("more",),
    "fewer": ("more",), "bigger": ("smaller",), "smaller": ("bigger",), "better": ("worse",),
    "worse": ("better",), "stronger": ("weaker",), "weaker": ("stronger",),
}  # fmt: skip
COMPARED_THAN = re.compile(rf"\b({'|'.join(OPPOSITE_COMPARATIVES)}) than (\w+)\b")
# "..., didn't he?", "isn't it?": a tag asking for agreement, no negation of the claim
AGREEMENT_TAG = re.compile(r",?\s*\b(?:\w+n't|is it|was it|did (?:he|she|they|it))\s+\w+\W*$")
# "the conference where he spoke was in japan?": a statement asked, opening with no question word
CLAIM_ASKED = re.compile(
    r"(?!\W*(?:what|who|whom|whose|when|where|which|why|how|i|you|we|tell|show|give)\b)[^?]*\?\W*$"
)
HYPHENED = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")
WORD_PART = re.compile(r"[a-z0-9]+(?:'s)?")  # "low-cost" is "low" and "cost"
MONTH_BOUND = re.compile(
    r"\b(?:before|after|by|until|till|since|prior|earlier|later|within|could|might|may|will|would|possibly)\b"
)
SWAP_KEPT = 2  # the claim's other words the fact must say, at least, for the swap to be of that fact


def _by_a_swap(frame: Frame, fact: Fact, mentioned_anywhere: Callable[[str], bool]) -> str:
    """'No.' when a claim says what the fact shown says, every other word of it, but for one thing
    of a kind the fact gives otherwise: the month its statement gives ("the q2 data came out in
    july?": August), words in quotes no fact says ('lazy': "theft"), or the opposite half of a pair
    ("low-quality": high-quality). '' otherwise: a place, a person or a source not named is no
    contradiction, as the facts may simply not say."""
    if frame.quantities or not (frame.yes_no or CLAIM_ASKED.match(frame.question.lower())):
        return ""
    claim = AGREEMENT_TAG.sub("", CLAIM_FRAMING.sub(" ", CLAIM_TO_CHECK.sub("", frame.text)))
    if NEGATED_CLAIM.search(claim):
        return ""
    said = f"{fact.statement} {fact.sentence} {fact.quoted}"
    said_lower = said.lower()
    # (a month only where the fact's own statement gives one: "published in August"; never one
    # bounding a time, "before june", nor a time that might be, "could it launch in may?")
    bounded = MONTH_BOUND.search(claim) is not None
    month = "" if bounded else _month_swapped(claim, fact.statement.lower())
    if month and _rest_said(claim, month, said_lower):
        return "No."
    for swapped in (
        _quote_swapped(frame.question, said, said_lower),
        _half_swapped(frame.question.lower(), said_lower),
        _comparison_swapped(frame.question.lower(), said_lower),
    ):
        if swapped and _rest_said(claim, swapped, said_lower) and not mentioned_anywhere(swapped):
            return "No."
    return ""


def _rest_said(claim: str, swapped: str, said: str) -> bool:
    """Whether the fact says enough of the rest of the claim to be what it claims of."""
    left_out = set(WORD_PART.findall(swapped.lower()))
    rest = [w for w in WORD_PART.findall(claim) if w not in FRAMING_WORDS and w not in left_out]
    said_words = WORD_PART.findall(said)
    kept = [w for w in rest if any(_same_word(w, s) for s in said_words)]
    return len(kept) >= SWAP_KEPT and 2 * len(kept) >= len(rest)


def _month_swapped(claim: str, said: str) -> str:
    claimed = [m for m in MONTHS if re.search(rf"\b{m}\b", claim)]
    given = [m for m in MONTHS if re.search(rf"\b{m}\b", said)]
    if len(claimed) != 1 or not given or claimed[0] in given:
        return ""
    return claimed[0]


def _quote_swapped(question: str, said: str, said_lower: str) -> str:
    """Words claimed in quotes the fact does not say, where the fact quotes something itself."""
    quoted = [q.strip() for q in QUOTED_IN_CLAIM.findall(question)]
    if len(quoted) != 1 or not re.search(r"[\"“”]", said):
        return ""
    words = [w for w in CLAIM_WORD.findall(quoted[0].lower()) if w not in FRAMING_WORDS]
    said_words = CLAIM_WORD.findall(said_lower)
    if not words or all(any(_same_word(w, s) for s in said_words) for w in words):
        return ""
    return quoted[0]


def _half_swapped(claim: str, said: str) -> str:
    """'low-quality' where the fact says 'high-quality': the same second half, another first."""
    given = {(a, b) for a, b in COMPOUND.findall(said)}
    for first, second in COMPOUND.findall(claim):
        if (OPPOSITE_HALVES.get(first), second) in given and (first, second) not in given:
            return f"{first}-{second}"
    return ""


def _comparison_swapped(claim: str, said: str) -> str:
    """'higher than usual' where the fact says 'lower than usual': the same thing compared with,
    the other way."""
    given = set(COMPARED_THAN.findall(said))
    for word, than in COMPARED_THAN.findall(claim):
        opposite = any((other, than) in given for other in OPPOSITE_COMPARATIVES[word])
        if opposite and (word, than) not in given:
            return f"{word} than {than}"
    return ""


WORDED_FACTS = 2  # the facts an answer shows first, any of which may say what is claimed


def _by_wordings(frame: Frame, facts: list[Fact]) -> str:
    """Yes when one of the first facts found says the claim in so many words: as the bot puts it,
    or in the article's own sentence ("is xiaomi called the second-most valuable private tech
    company?")."""
    worded = any(_by_wording(frame, f, f"{f.statement} {f.quoted}") for f in facts[:WORDED_FACTS])
    worded = worded or any(_by_wording(frame, f, f.sentence, strict=True) for f in facts[:WORDED_FACTS])
    return "Yes." if worded else ""


# One company's prices claimed below or above another's: "are xiaomi phones cheaper than iphones?"
CHEAPER = re.compile(
    r"\b(?:cheaper|less expensive|lower[ -]priced|more affordable|costs? less|priced lower)\b"
)
PRICIER = re.compile(r"\b(?:pricier|more expensive|dearer|higher[ -]priced|costs? more|priced higher)\b")
# "as expensive as": the same price, unless a multiple is said ("twice as expensive as")
AS_DEAR_AS = re.compile(r"\bas (?:expensive|pricey|costly|dear) as\b")


def _by_price_order(frame: Frame, facts: list[Fact]) -> str:
    """'Are xiaomi phones cheaper than iphones?': the first company's range of prices against the
    second's; ranges that overlap settle nothing."""
    cheaper = CHEAPER.search(frame.text) is not None
    as_dear = AS_DEAR_AS.search(frame.text) is not None
    if len(frame.subjects) != 2 or not (cheaper or as_dear or PRICIER.search(frame.text)):
        return ""
    priced: dict[str, Fact] = {}
    for f in facts:
        if f.value is not None and f.unit.lower() in MONEY_UNITS and f.subjects[0] in frame.subjects:
            priced.setdefault(f.subjects[0], f)
    if len(priced) != 2:
        return ""
    first, second = (priced[s] for s in frame.subjects)
    dearer_first = (second, first) if cheaper else (first, second)
    # ("is a $1000 iphone 10 times a $100 xiaomi?": prices said in the question are checked as before)
    times = None if frame.quantities else TIMES_CLAIMED.search(frame.text)
    if times and UP_TO_TIMES.search(frame.text):
        # "are iphones up to 10 times more expensive?": every pairing at most that many times
        return _up_to_a_multiple(_multiple_said(times), *dearer_first)
    if not frame.quantities and NOT_PLAIN.search(frame.text):
        return ""  # "not as expensive as", "at least as", "a tenth as": no plain claim of more or less
    if times:
        return _multiple_of_prices(_multiple_said(times), *dearer_first)
    if as_dear:
        # "is an iphone as expensive as a xiaomi?": not where the ranges do not meet
        apart = (first.value_to or first.value) < second.value or first.value > (
            second.value_to or second.value
        )
        return "No." if apart else ""
    if (first.value_to or first.value) < second.value:
        return "Yes." if cheaper else "No."
    if first.value > (second.value_to or second.value):
        return "No." if cheaper else "Yes."
    return ""


# a multiple said in words, as checks of prices and of figures read it
MULTIPLE_WORDS = {"double": 2, "doubled": 2, "twice": 2, "triple": 3, "tripled": 3, "thrice": 3,
                  "quadruple": 4, "quadrupled": 4,
                  "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10}  # fmt: skip
# "10 times more expensive", "three times cheaper", "twice as expensive": a multiple of prices claimed
TIMES_CLAIMED = re.compile(
    r"\b(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten) times\b|\b(twice)\b"
)
# a claim that is no plain "N times" or "as expensive as": negated, bounded, or a fraction
NOT_PLAIN = re.compile(
    r"\b(?:not|never|isn't|aren't|at least|at most|up to|no more than|or more|or less|half|third|quarter"
    r"|fifth|tenth)\b|\b(?:more than|over|under|less than|above|below) \S+ times\b"
)
UP_TO_TIMES = re.compile(r"\b(?:up to|at most|no more than|not more than) \S+ times\b")


def _multiple_said(times: re.Match) -> float:
    """The multiple in "10 times", "six times", "twice"."""
    word = times.group(1) or times.group(2)
    return MULTIPLE_WORDS.get(word) or float(word)


def _up_to_a_multiple(claimed: float, dearer: Fact, cheaper: Fact) -> str:
    """'Are iphones up to 10 times more expensive than xiaomis?': yes where no pairing is more."""
    high = (dearer.value_to or dearer.value) / cheaper.value
    return "Yes." if high <= claimed else ""


def _multiple_of_prices(claimed: float, dearer: Fact, cheaper: Fact) -> str:
    """'Is an iphone 10 times more expensive than a xiaomi?': the multiple claimed against every
    pairing of the two price ranges ($650-$1,000 over $100-$300: 2.2 to 10 times)."""
    low = dearer.value / (cheaper.value_to or cheaper.value)
    high = (dearer.value_to or dearer.value) / cheaper.value
    spread = f"{low:.1f} to {high:.1f} times, model for model".replace(".0 ", " ").replace(
        ".0 times", " times"
    )
    if claimed <= low:
        return f"Yes: {spread}."
    if claimed > high:
        return f"No: {spread}."
    return f"It depends on the models: {spread}."


def _by_year(frame: Frame, facts: list[Fact]) -> str:
    """'Was it founded in 2012?' against a fact whose figure is a year."""
    years = [int(f.value) for f in facts if f.unit == "year" and f.value is not None]
    if not years or not frame.all_years or frame.quantities:
        return ""
    return "Yes." if set(years) & set(frame.all_years) else "No."


def _by_amount(frame: Frame, facts: list[Fact]) -> str:
    """'Is it worth 46 billion?' against a fact's figure (a range counts when the number is in it)."""
    # A target or projection never settles whether something happened: "did they hit 70m in 2017?";
    # it settles what the target was: "is kevin wang's target 58 million?"
    # ... and so is what someone said: "did kevin wang say 100 million?"
    said_by = Ask.SAID in frame.asks and Ask.WHAT not in frame.asks and bool(frame.quoted)
    of_the_target = (frame.target_named or said_by) and not frame.sells
    valued = [
        f
        for f in facts
        if f.value is not None and f.unit != "year" and (of_the_target or not NOT_YET & set(f.qualifiers))
    ]
    if said_by and not frame.target_named and frame.years:
        # ("did kevin wang say 70 million for 2015?": his figure was for 2017, which says nothing of 2015)
        valued = [f for f in valued if f.period[:4] in {str(y) for y in frame.years}]
    if frame.threshold and valued:
        # "is the top xiaomi price over $250?": that end of a range; "so always under $250?": all of it
        end = "low" if LOW_END.search(frame.text) else "high" if HIGH_END.search(frame.text) else ""
        every = EVERY_ONE.search(frame.text) is not None
        some = not every and SOME_ONE.search(frame.text) is not None
        return _over_threshold(frame.threshold, valued, end, every, some)
    if len(frame.quantities) == 2 and any(f.value_to is not None for f in valued):
        # "iphones sell for $100 to $300?": a range stated against the fact's range
        low, high = sorted(frame.quantities)
        ranges = [f for f in valued if f.value_to is not None]
        same = any(same_amount(f, low) and same_amount(replace(f, value=f.value_to), high) for f in ranges)
        return "Yes." if same else "No."
    if len(frame.quantities) != 1 or not valued or AMOUNT_NAMES_A_GOAL.search(frame.text):
        return ""
    if OTHER_CURRENCY.search(frame.text) and all(f.unit.lower() in ("usd", "dollars") for f in valued):
        return "No."  # "valued at 46 billion yuan?": the figure is in dollars
    # ("xiaomi phones start at $200?": where the range starts)
    low = LOW_END.search(frame.text) or RANGE_STARTS.search(frame.text)
    end = "low" if low else "high" if HIGH_END.search(frame.text) else ""
    for fact in valued:
        asked = _in_the_facts_scale(frame.quantities[0], fact)
        if fact.value_to is not None and end:
            # "is the cheapest xiaomi $150?": that end of the range, not anywhere in it
            if same_amount(replace(fact, value=fact.value if end == "low" else fact.value_to), asked):
                return "Yes."
            continue
        if same_amount(fact, asked) or (fact.value_to is not None and fact.value <= asked <= fact.value_to):
            return _same_amount_otherwise_wrong(frame, fact) or "Yes."
    return "No."


def _same_amount_otherwise_wrong(frame: Frame, fact: Fact) -> str:
    """'No.' where the amount claimed is the fact's but what else the claim says of it is not: "for
    the full year" of a half's figure, "announced in march" of one announced in July; '' otherwise."""
    if frame.whole_year and "-" in fact.period:
        return "No."
    month = "" if MONTH_BOUND.search(frame.text) else _month_swapped(frame.text, fact.statement.lower())
    return "No." if month else ""


def _in_the_facts_scale(asked: float, fact: Fact) -> float:
    """'He says 2015 was 70, true?': a bare number under a thousand against a figure in millions
    or billions is said in that figure's scale (nobody claims 70 phones were sold)."""
    if fact.value is None or asked >= 1000 or fact.value < 1e6:
        return asked
    return asked * scale_of(fact.value)


def _over_threshold(
    threshold: tuple[str, float], facts: list[Fact], end: str = "", every: bool = False, some: bool = False
) -> str:
    """'Is that more than 40 billion?': yes only when every figure (or whole range) clears it; of a
    range, only the `end` named ("low", "high") where one is; with `every` ("always", "all of them"),
    no as soon as any part fails; with `some` ("any over $200?"), yes as soon as one part clears."""
    sign, limit = threshold
    below = sign.startswith("<")
    inclusive = sign.endswith("=")

    def clears(value: float) -> bool:
        if below:
            return value <= limit if inclusive else value < limit
        return value >= limit if inclusive else value > limit

    ends = [v for f in facts for v in (f.value, f.value_to) if v is not None]
    if end and all(f.value_to is not None for f in facts):
        ends = [f.value if end == "low" else f.value_to for f in facts]
    if all(clears(v) for v in ends) or (some and any(clears(v) for v in ends)):
        return "Yes."
    return "No." if every or not any(clears(v) for v in ends) else ""


# Only these name who someone is: "is Lei Jun the CEO?", "lei jun runs xiaomi, right?". "Did Lei
# Jun say sales would double?" names him too, but a fact quoting him does not settle it.
FIGURE_NOUNS = frozenset({"number", "figure", "amount", "count", "total"})
# "fact check: lei jun is ceo", "true or false: ...": what is to be checked follows
CLAIM_TO_CHECK = re.compile(r"^(?:(?:fact|sanity|reality) check|true or false|confirm|verify|check)\s+")
IDENTITY = re.compile(
    r"^(?:(?:so|and|but|ok)\s+)?(?:is|was|isn'?t|wasn'?t)\b|\b(?:runs|ran|leads|led|heads|headed)\b"
    # a statement to check: "so kevin wang is xiaomi's ceo, right?", "lei jun is the ceo of huawei?"
    r"|^(?:(?:so|and|but|ok)\s+)?[a-z]+(?: [a-z]+)? (?:is|was)"
    r" (?:[a-z]+'?s|the|a|an|ceo|founder|chairman|boss)\b"
    # ... the role first: "the ceo of xiaomi is kevin wang", "xiaomi's boss is lei jun right"
    r"|^(?:(?:so|and|but|ok)\s+)?(?:the )?[a-z]+(?:'s)?(?: [a-z]+){0,3} (?:is|was) [a-z]+ [a-z]+"
    r"(?:,? (?:right|correct|true|yes))?$"
    # the one just asked of, named: "so it's kevin wang?", "it was jony ive, right?"
    r"|^(?:(?:so|and|but|ok)\s+)?(?:it's|its|it is|it was|that's|thats|that is|that was) [a-z]"
    # a name alone, asked to be agreed with: "jony ive, right?"
    r"|^(?:(?:so|and|but|ok)\s+)?[a-z]+(?: [a-z]+)?,? (?:right|correct|yeah|yes)$"
    # who did it: "was he the one who called the designs theft?", "did lei jun call them theft?"
    r"|\bthe (?:one|person|guy|man|woman) who\b|^(?:(?:so|and|but|ok)\s+)?did [a-z]+(?: [a-z]+)? call\b"
)
# A fact that says something changed: "once the number one ..., but by 2017 ..."
CONTRAST = re.compile(r"\b(?:once|but|no longer|used to|until)\b")
# Money not in dollars: a figure in dollars is no figure in these
OTHER_CURRENCY = re.compile(r"\b(?:yuan|rmb|renminbi|euros?|pounds?|yen|rupees?)\b")
# The ends of a range of prices
LOW_END = re.compile(
    r"\b(?:cheapest|cheap|lowest|least expensive|low end|low-end|entry level|starting|bottom|base)\b"
)
RANGE_STARTS = re.compile(r"\bstarts? (?:at|from)\b")
HIGH_END = re.compile(r"\b(?:priciest|most expensive|dearest|highest|high end|high-end|top end|top)\b")
# A bound claimed of every one: "so always under $250?", "all of them above $100?"
EVERY_ONE = re.compile(r"\b(?:always|all|every|each|none|never|any of them)\b")
# A bound claimed of some one: "any over $200?", "anything under $150?"
SOME_ONE = re.compile(
    r"\b(?:any|anything|some|something|one|ones)\b"
    # ... or one to be had: "can i get a xiaomi for under $150?", "is there a xiaomi under $200?"
    r"|\b(?:can|could) (?:i|you|we|one) (?:get|buy|find|grab|pick up) an?\b|\b(?:is|are) there\b"
)
# Facts that say what is planned or guessed: never a "yes" that it is so.
NOT_YET = frozenset({"expected", "rumoured", "target", "projection", "forecast", "estimate"})


def _by_scope(frame: Frame, facts: list[Fact]) -> str:
    """'Does Xiaomi make fitness trackers?', 'is it sold in India?': yes when the facts found say
    so of the place or product named, in so many words and as a fact, not a plan."""
    if not frame.scopes or frame.unknown_name or frame.unknown:
        return ""  # "is xiaomi popular in brazil?": that it sells there says nothing of "popular"
    if frame.operation is not None:
        return ""  # "is it still top in china?": a fact naming China does not say it is
    if ONLY_THERE.search(frame.text):
        return ""  # "does it sell only in china?": a fact naming China says nothing of elsewhere
    stated = [f for f in facts if not NOT_YET & set(f.qualifiers) and mentions(f, frame.scopes)]
    if WHAT_WAS_SAID.search(frame.text) and not frame.sells:
        # "did the wsj report his wuzhen remarks?": who said what there, settled only when the
        # facts name everyone the question names ("did techinasia report ...?" is not)
        named = " ".join(f"{f.statement} {f.quoted}" for f in stated).lower()
        if not frame.quoted or not all(name in named for name in frame.quoted):
            return ""
    if frame.quoted and (said_that := SAID_THAT.search(frame.text)):
        # ("lei jun said in wuzhen that sales were down because of a transition?": what he is
        # claimed to have said there must be in those facts too)
        said_there = CLAIM_WORD.findall(" ".join(f"{f.statement} {f.sentence}" for f in stated).lower())
        claimed = [w for w in frame.topic_words if w in CLAIM_WORD.findall(said_that.group("claim"))]
        if any(not any(_same_word(w, s) for s in said_there) for w in claimed):
            return ""
    if any(CONTRAST.search(f.statement) for f in stated):
        return ""  # "was once the number one in China, but by 2017 ...": no plain yes for "still"
    planned = [f for f in facts if NOT_YET & set(f.qualifiers) and mentions(f, frame.scopes)]
    if planned and not stated and frame.sells and not FUTURE.search(frame.text):
        return "Not yet."  # "is xiaomi already selling in the US?": only a plan to launch there
    denied = [f for f in stated if denies(f.statement, frame.scopes)]
    if stated and len(denied) == len(stated):
        return "No."  # "does norvik sell in china?": "it has no plans to enter China"
    return "Yes." if stated and not denied else ""


def claimed_beside_names(frame: Frame) -> list[str]:
    """The words a check claims besides the names of people and places ("product", "launch")."""
    names = {w for name in (*frame.quoted, *frame.scopes) for w in name.lower().split()}
    # (the words of saying or reporting are how it is known, not what is claimed of the place)
    return [w for w in frame.topic_words if w not in names and not WHAT_WAS_SAID.fullmatch(w)]


def says_every_word(fact: Fact, words: list[str]) -> bool:
    """Whether a fact's statement or sentence says each of these words, in any plural or past form."""
    said = CLAIM_WORD.findall(f"{fact.statement} {fact.sentence}".lower())
    return all(any(_same_word(w, s) for s in said) for w in words)


# A place named as where something was said: "did techinasia report his wuzhen comments?"
WHAT_WAS_SAID = re.compile(
    r"\b(?:report\w*|said|says?|comments?|remarks?|quot\w*|wr[io]te|written|publish\w*)\b"
)
# what someone is claimed to have said: "lei jun said in wuzhen that sales were down"
SAID_THAT = re.compile(r"\b(?:said|says|say|told|claimed|claims)\b.*?\bthat (?P<claim>.+)")
# "only in China", "just india?", "exclusively in the US": a claim that it is nowhere else
ONLY_THERE = re.compile(r"\b(?:only|solely|exclusively)\b|\bjust (?:in|there)\b")
# A question of what is to come, which a plan may answer: "will xiaomi launch in the US?"
FUTURE = re.compile(r"\b(?:will|plan\w*|going to|gonna|expect\w*|launch\w*|enter\w*|soon|when)\b")


# A fact that says the company does not do it: "has no plans to enter China", "does not sell".
# The negation must be of being there: "no plans to enter China", "does not sell in India"; not
# "sells not only in China" or "sales did not slow in China".
DENIED = (
    r"\b(?:no plans? to|not|never|doesn't|does not|didn't|did not|hasn't|has not|won't|will not)"
    r"\s+(?:yet\s+)?(?:enter|entered|sell|sold|launch|launched|operate|operates|expand|expanded|available|present)\b"
)


DENIAL_REACH = 4  # words between a denial and the place it denies: "no plans to enter China or ..."


def denies(statement: str, labels: Iterable[str]) -> bool:
    """Whether a statement denies it of a place or product, a few words before naming it: "no
    plans to enter China"; not "hadn't expanded globally yet - its markets include China"."""
    return any(
        re.search(rf"{DENIED}(?:\W+\w+){{0,{DENIAL_REACH}}}?\W+{re.escape(label)}\b", statement)
        for label in labels
    )


def _by_person(
    frame: Frame, facts: list[Fact], people: frozenset[str], said_as: Mapping[str, frozenset[str]]
) -> str:
    """'Is Lei Jun the CEO?' against the person the fact names; a name the bot does not know
    ('is Tim Cook the CEO?') is not the person the fact names."""
    if frame.unknown_name:
        return "No." if any(_names_someone(f, people) for f in facts) else ""
    named = [w for w in frame.content if w in people]
    if not named or not IDENTITY.search(CLAIM_TO_CHECK.sub("", frame.text)):
        return ""
    said = " ".join(f"{f.statement} {f.quoted}" for f in facts).lower()
    # The role asked about must be in the fact too: "is Kevin Wang the CEO?" is not settled by
    # "Kevin Wang is an industry insider".
    role = [w for w in frame.content if w not in people]
    if set(frame.weak_words) & FIGURE_NOUNS and all(f.value is None for f in facts):
        return ""  # "is lei jun's 2017 expectation a number?": no fact of his gives one
    if not role or not all(w in said or any(s in said for s in said_as.get(w, ())) for w in role):
        return ""
    if any(_denied(w, said) and not _denied(w, frame.text) for w in role):
        return ""  # "was the 80m goal a priority for lei jun?": "not the No. 1 priority", his words
    if frame.subjects and any(_role_of_another(f, role, frame.subjects, named) for f in facts):
        return "No."  # "is jony ive xiaomi's design chief?": "Apple design chief Jony Ive"
    if frame.subjects and not any(_of_the_company(f, role, frame.subjects) for f in facts):
        # "is annika rebane xiaomi's ceo?": a fact about her company that names Xiaomi as its
        # rival says nothing of Xiaomi's CEO
        return ""
    # (a source that only passed it on holds no role: "Canalys, a research firm, via TechInAsia")
    holders = " ".join(f"{f.statement} {f.quoted.split(' via ')[0]}" for f in facts).lower()
    return "Yes." if all(w in holders for w in named) else "No."


def _denied(word: str, said: str) -> bool:
    """Whether the facts say the word only to deny it: "not the No. 1 priority", "no longer a goal"."""
    return (
        re.search(rf"\b(?:not|no longer|never|isn't|wasn't)(?: \S+){{0,3}} {re.escape(word)}\b", said)
        is not None
    )


def _of_the_company(fact: Fact, role: list[str], subjects: tuple[str, ...]) -> bool:
    """Whether a fact speaks for one of these companies: it is about it, or gives the role to it
    by name ("Apple design chief Jony Ive" in a fact about Xiaomi)."""
    owner = role_owner(fact, role)
    return fact.subjects[0] in subjects or owner.lower() in {s.lower() for s in subjects}


def role_owner(fact: Fact, role: list[str]) -> str:
    """The organisation named just before a role in a fact ("Apple" of "Apple design chief"), or ""."""
    raw = fact.statement.split()
    words = [w.strip(",.;:\"'()").removesuffix("'s") for w in raw]
    first = next((i for i, w in enumerate(words) if w.lower() in role), None)
    if not first or raw[first - 1][-1:] in ",;:.":
        return ""  # at the start, not there, or across a comma ("Southeast Asia, CEO Ann Lee")
    owner = words[first - 1]
    return owner if owner[:1].isupper() else ""


def _role_of_another(fact: Fact, role: list[str], subjects: tuple[str, ...], named: list[str]) -> bool:
    """Whether the fact gives the role to another organisation, named just before it ("Apple
    design chief"), than the companies asked about."""
    owner = role_owner(fact, role)
    mine = {s.lower() for s in subjects} | set(named)
    return bool(owner) and owner.lower() not in mine


def _names_someone(fact: Fact, people: frozenset[str]) -> bool:
    return any(w in people for w in fact.statement.lower().replace("'", " ").split())


# ---- who is ahead of whom: "is huawei ahead of xiaomi in china?" ----------------------------------

# The first company named leads the next: "huawei is ahead of xiaomi", "xiaomi passed huawei".
LEADS = re.compile(
    r"\b(?:ahead(?: of)?|in front of|winning|above|bigger(?: than)?|larger(?: than)?|(?:more )?popular than"
    r"|s(?:ells?|old|elling) more(?: \w+)?(?: than)?|outs(?:ells?|old|elling)"
    r"|beat(?:s|ing|en)?|outperform(?:s|ed|ing)?|overt(?:ook|akes?|aking|aken)|pass(?:ed|es|ing)?"
    r"|surpass(?:ed|es|ing)?|lead(?:s|ing)?|led|upper hand(?: over)?|edge over|dominat(?:es?|ed|ing)"
    r"|on top of)\b"
)
# ... or trails it: "xiaomi is behind huawei", "xiaomi trails oppo", "xiaomi lost to vivo", and the
# passive of a leading verb, "xiaomi was overtaken by huawei" (looked for first, as "overtaken" leads)
TRAILS = re.compile(
    r"\b(?:behind|below|smaller than|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?: behind)?|los(?:t|es|ing) to"
    r"|los(?:t|es|ing) (?:the |its |their )?(?:lead|top spot|crown|first place) to"
    r"|s(?:ells?|old|elling) (?:less|fewer)(?: \w+)?(?: than)?|outsold by"
    r"|(?:beaten|overtaken|passed|surpassed|outperformed|led|dominated) by)\b"
)
# A company said to stand below first place: "behind the market leader", "far from number one"
BELOW_FIRST = re.compile(
    r"\b(?:far from|(?:second|third)(?! (?:quarter|half))|not the|behind|below|trail\w*|lag\w*)\b"
)


def order_claimed(text: str, subjects: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(leaders, trailers) a question or statement puts in order, the companies in `subjects` read
    from where they stand in `text`; one company alone is said to lead its market (trailers are
    (EVERYONE,)): "xiaomi was #1 in china", asked of a rank. None when it says no order."""
    if len(subjects) == 1:
        return None if BELOW_FIRST.search(text) else (subjects, (EVERYONE,))
    if len(subjects) < 2:
        return None
    word = TRAILS.search(text) or LEADS.search(text)
    if word is None:
        return None
    places = {s: text.find(s.lower()) for s in subjects}
    if any(at < 0 for at in places.values()):
        return None
    before = tuple(s for s in subjects if places[s] < word.start())
    after = tuple(s for s in subjects if places[s] > word.end())
    if not before or not after:
        return None  # "who leads, xiaomi or huawei?": a pick, no order claimed
    return (before, after) if word.re is LEADS else (after, before)


def ranking_verdict(claim: tuple[tuple[str, ...], tuple[str, ...]], fact: Fact) -> str:
    """'Yes.', 'No.' or '' for a claimed order against the order one fact gives."""
    leaders, trailers = claim
    first_place = trailers == (EVERYONE,)
    fact_first = fact.behind == (EVERYONE,)
    if first_place:
        (company,) = leaders
        if fact_first:
            return "Yes." if fact.ahead == (company,) else "No."
        return "No." if company in fact.behind else ""
    if set(leaders) <= set(fact.ahead) and (fact_first or set(trailers) <= set(fact.behind)):
        return "Yes."
    if set(trailers) & set(fact.ahead) and (fact_first or set(leaders) & set(fact.behind)):
        return "No."
    return ""
