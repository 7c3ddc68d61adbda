"""How figures, periods and citations are written in answers."""

from __future__ import annotations

from bot.knowledge.files import Fact
from bot.understanding.entities import Calc, Calculation

PART_NAMES = {
    "H1": "the first half of {year}",
    "H2": "the second half of {year}",
    "Q1": "Q1 {year}",
    "Q2": "Q2 {year}",
    "Q3": "Q3 {year}",
    "Q4": "Q4 {year}",
    "9M": "the first nine months of {year}",
    "EARLY": "early {year}",
    "LATE": "late {year}",
    "MID": "mid-{year}",
    "SUMMER": "the summer of {year}",
    "AUTUMN": "the autumn of {year}",
    "WINTER": "the winter of {year}",
    "SPRING": "the spring of {year}",
    "HOLIDAYS": "the holiday season of {year}",
    "NEW_YEAR": "Chinese New Year {year}",
    "QUARTER": "a single quarter of {year}",
    "MONTH": "a single month of {year}",
    "HALF": "one half of {year}",
}
QUALIFIER_LABELS = {
    "target": "Target",
    "projection": "Projection",
    "forecast": "Forecast",
    "expected": "Expected",
    "rumoured": "Rumoured",
}


def number(value: float) -> str:
    """7_200_000 -> '7.2 million'; 46e9 -> '46 billion'; 1000 -> '1,000'."""
    for scale, name in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {name}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount(value: float, unit: str) -> str:
    """A figure with its unit where the unit is money; other units follow in the template."""
    if unit.upper() == "USD":
        return f"${number(value)}"
    if unit == "year":
        return str(int(value))
    return number(value)


def fact_value(fact: Fact) -> str:
    """'around 58 million', '$100 to $300'."""
    if fact.value is None:
        return ""
    text = amount(fact.value, fact.unit)
    if fact.value_to is not None:
        text += f" to {amount(fact.value_to, fact.unit)}"
    if "approximate" in fact.qualifiers:
        text = f"around {text}"
    return text


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")  # fmt: skip


def period_name(period: str) -> str:
    """'2015' -> '2015'; '2015-H1' -> 'the first half of 2015'; '2015-M12' -> 'December 2015'."""
    if "-" not in period:
        return period
    year, part = period.split("-", 1)
    if part.startswith("M") and part[1:].isdigit():
        return f"{MONTH_NAMES[int(part[1:]) - 1]} {year}"
    return PART_NAMES[part].format(year=year)


def part_of_any_year(part: str) -> str:
    """'M3' -> 'March of any year'; 'H1' -> 'the first half of any year'; 'Q3' -> 'Q3 of any year'."""
    if part.startswith("M") and part[1:].isdigit():
        return f"{MONTH_NAMES[int(part[1:]) - 1]} of any year"
    name = PART_NAMES.get(part, part + " {year}").format(year="any year")
    return name if " of " in name else name.replace(" any year", " of any year")


def year_span(years: list[int]) -> str:
    """[2012, 2013, 2014] -> '2012-2014'; [2014] -> '2014'; [2013, 2015] -> '2013 and 2015'."""
    if not years:
        return ""
    if len(years) == 1:
        return str(years[0])
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return listing([str(y) for y in years])


def year_runs(years: list[int]) -> list[tuple[int, int]]:
    """[2010, 2011, 2017, 2018, 2019] -> [(2010, 2011), (2017, 2019)]: the first and last year of
    each run of years in a row (a year alone is its own run)."""
    runs: list[tuple[int, int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return runs


def periods_listing(periods: list[str]) -> str:
    """['2012', '2013', '2015-H1'] -> '2012-2013 and the first half of 2015'."""
    years = sorted(int(p) for p in periods if p.isdigit())
    parts = [period_name(p) for p in periods if not p.isdigit()]
    return listing(([year_span(years)] if years else []) + parts)


def percent(change: float) -> str:
    """'+20.7%', and '-20%' rather than '-20.0%': a whole percentage is written whole."""
    return f"{change:+.1f}%".replace(".0%", "%")


def was_or_were(label: str) -> str:
    """'were' for a plural label ("smartphone sales were"), 'was' for one thing ("sales target was")."""
    return "were" if label.endswith("s") else "was"


def share(part: float, whole: float) -> str:
    """'87.5%', '70%': what share of `whole` `part` is, unsigned."""
    return percent(part / whole * 100).lstrip("+")


def than(value: float, other: float) -> str:
    """'more than', 'less than' or 'the same as': where `value` stands against `other`."""
    return "more than" if value > other else "less than" if value < other else "the same as"


def signed(value: float) -> str:
    return ("+" if value >= 0 else "-") + number(abs(value))


def listing(items: list[str], conjunction: str = "and") -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def sentence(text: str) -> str:
    """Capitalised, ending with a full stop (or the question's own punctuation)."""
    text = text.strip()
    if not text:
        return text
    if not (len(text) > 1 and text[1].isupper()):  # leave "iPhones" as it is
        text = text[0].upper() + text[1:]
    return text if text[-1] in '.!?"' else text + "."


def qualifier_note(fact: Fact) -> str:
    """'(according to reports; no official numbers)' and the like, for template sentences."""
    notes = []
    if "estimate" in fact.qualifiers:
        notes.append("an estimate")
    if "reported" in fact.qualifiers:
        notes.append("according to reports")
    if "official" in fact.qualifiers:
        notes.append("official")
    if fact.quoted:
        notes.append(f"per {fact.quoted}")
    return f" ({'; '.join(notes)})" if notes else ""


def forward_label(fact: Fact) -> str:
    """'Target: ' for targets, projections and forecasts: never mistaken for sales."""
    for qualifier in ("target", "projection", "forecast", "expected", "rumoured"):
        if qualifier in fact.qualifiers:
            return f"{QUALIFIER_LABELS[qualifier]}: "
    return ""


def forward_kind(fact: Fact) -> str:
    """'target', 'projection', ...: what a forward-looking fact is, said in a sentence; '' for others."""
    return forward_label(fact).rstrip(": ").lower()


def alternatives(values: list[float]) -> str:
    """Where sources disagree, every result, each with its unit so none reads as certain:
    [9e6, 10e6] -> '9 million or 10 million'; three or more -> 'between 9 million and 11 million'."""
    values = sorted(set(values))
    if len(values) == 1:
        return number(values[0])
    if len(values) == 2:
        return f"{number(values[0])} or {number(values[1])}"
    return f"between {number(values[0])} and {number(values[-1])}"


ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth", 10: "tenth"}  # fmt: skip


def ordinal(n: int) -> str:
    """2 -> 'second', 14 -> '14th'."""
    if n in ORDINALS:
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def possessive(name: str) -> str:
    """'Xiaomi' -> "Xiaomi's"; 'Acme Phones' -> "Acme Phones'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


TIMES_NAMES = {2.0: "Double", 3.0: "Three times", 4.0: "Four times", 0.5: "Half of", 1 / 3: "A third of",
               0.25: "A quarter of", 2 / 3: "Two thirds of", 0.75: "Three quarters of", 0.2: "A fifth of",
               0.1: "A tenth of"}  # fmt: skip


def times(multiplier: float) -> str:
    """How a sentence names a figure times a number: 'Double', 'Half of', '5 times'."""
    return TIMES_NAMES.get(multiplier, f"{multiplier:g} times")


def multiple(value: float) -> str:
    """A ratio as a reader quotes it: 3.3 above one; 0.83 below it, where one decimal says too
    little; and exactly, where two decimals are exact (1.25, 1.75, 0.8)."""
    exact = abs(value - round(value, 2)) < 1e-9
    if not (value < 1 or exact):
        return f"{value:.1f}"
    two = f"{value:.2f}"
    return two[:-1] if two.endswith("0") else two


def times_to_two_places(value: float) -> str:
    """'3.33', '6.5', '10': how many times one price is another, to two decimals where not whole
    (prices set side by side are read closer than `multiple` says a ratio of sales)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def calculated(calculation: Calculation, figure: str) -> str:
    """A figure with a calculation done to it, as the start of a sentence: 'Double X', 'X plus 5
    million', '20% of X'."""
    n = f"{calculation.amount:g}"
    written = {
        Calc.TIMES: f"{times(calculation.amount)} {figure}",
        Calc.DIVIDED: f"{figure} divided by {n}",
        Calc.PLUS: f"{figure} plus {number(calculation.amount)}",
        Calc.MINUS: f"{figure} minus {number(calculation.amount)}",
        Calc.PERCENT_OF: f"{n}% of {figure}",
        Calc.PERCENT_MORE: f"{figure} plus {n}%",
        Calc.PERCENT_LESS: f"{figure} minus {n}%",
    }[calculation.op]
    return written[0].upper() + written[1:]


SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen".split()
)
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES_IN_WORDS = ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"))


def number_in_words(value: float) -> str:
    """18.7e6 -> 'eighteen million seven hundred thousand': a whole number written out."""
    number = round(value)
    if number == 0:
        return "zero"
    parts = []
    for size, name in SCALES_IN_WORDS:
        if number >= size:
            parts.append(f"{_below_a_thousand(number // size)} {name}")
            number %= size
    if number:
        parts.append(_below_a_thousand(number))
    return " ".join(parts)


def _below_a_thousand(number: int) -> str:
    """742 -> 'seven hundred forty-two'."""
    hundreds, rest = divmod(number, 100)
    words = [f"{SMALL_NUMBERS[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(TENS[tens - 2] + (f"-{SMALL_NUMBERS[ones]}" if ones else ""))
    elif rest:
        words.append(SMALL_NUMBERS[rest])
    return " ".join(words)


def in_unit(value: float, per: float) -> str:
    """A figure counted in a unit of `per`: 70e6 in lakh (1e5) -> '700', 34.7e6 in crore -> '3.47'."""
    return f"{value / per:,.3f}".rstrip("0").rstrip(".")


TIMES_NAMED = {
    0.5: "Half",
    1 / 3: "A third of",
    0.25: "A quarter of",
    0.2: "A fifth of",
    0.1: "A tenth of",
    2.0: "Twice",
}


def times_said(times: float) -> str:
    """0.5 -> 'Half', 0.25 -> 'A quarter of', 2 -> 'Twice', 3 -> '3 times': a multiple, in words."""
    for value, words in TIMES_NAMED.items():
        if abs(times - value) < 1e-9:
            return words
    return f"{times:g} times"
