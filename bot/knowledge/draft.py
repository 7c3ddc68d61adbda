"""Draft facts from an article's text: candidate rows in the `facts/` format, for a person to review.

Rule-based and deliberately plain: every figure (a number with a scale, a currency or a counted
thing) becomes a row with the company the sentence names, the metric its words name in
`lexicon.csv` (or none, when unsure), the period it is closest to, its qualifiers and who is
quoted, and the sentence word for word. What was inferred rather than read ("last year" from
the source's date, a period from the article's year) is said in the row's `notes`. Nothing
here knows any company or article: the words come from the knowledge files.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.answer import Source
from bot.knowledge.files import Fact, Knowledge, parse_number

COLUMNS = (
    "id", "subject", "metric", "period", "value", "value_to", "unit", "qualifiers", "quoted", "statement",
    "sentence", "notes",
)  # fmt: skip

SCALES = r"thousand|million|billion|mln|bn"
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "$46 billion", "7.2 million", "$1,000"; a range "between $100 and $300" is read as one figure.
FIGURE = re.compile(
    rf"(?P<cur>\$|US\$|USD\s?)?(?P<num>{NUMBER})(?:\s?(?P<scale>{SCALES})\b)?"
    rf"(?:\s+(?:and|to|-)\s+(?P=cur)?(?P<num_to>{NUMBER})(?:\s?(?P<scale_to>{SCALES})\b)?)?",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
# Years that are compared with, not the figure's period ("just like in 2015", "since 2010").
NOT_A_PERIOD = re.compile(r"\b(?:since|like(?: in)?|than(?: in)?|as in)\s+$", re.IGNORECASE)
HALF = re.compile(r"\b(first|second) half of (?:the year )?(\d{4})|\bH([12])\s*(\d{4})", re.IGNORECASE)
QUARTER = re.compile(
    r"\bQ([1-4])\b(?:\s+of|[^.,;\d]{0,25}?\bin)?\s+(\d{4})"
    r"|\b(first|second|third|fourth) quarter of (\d{4})",
    re.IGNORECASE,
)
ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
RELATIVE_TO_SOURCE = {"last year": -1, "this year": 0, "next year": 1, "two years ago": -2}
RELATIVE_TO_PREVIOUS = {
    "a year later": 1, "a year after that": 1, "the year after": 1, "the following year": 1,
    "a year earlier": -1, "the year before": -1,
}  # fmt: skip
RELATIVE = re.compile(
    r"\b(" + "|".join(sorted([*RELATIVE_TO_SOURCE, *RELATIVE_TO_PREVIOUS], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
APPROXIMATE = re.compile(
    r"\b(?:around|about|roughly|approximately|nearly|almost|some|close to|an estimated)\s+\W?$", re.IGNORECASE
)
QUALIFIER_WORDS = (  # (pattern, qualifier): words near a figure that say what kind of figure it is
    (r"\b(?:goals?|targets?|aims?|aimed|aiming|needs? to|wants? to|plans? to)\b", "target"),
    (r"\bprojections?|projected\b", "projection"),
    (r"\bforecasts?\b", "forecast"),
    (r"\bexpect(?:s|ed)?\b", "expected"),
    (r"\brumou?red\b", "rumoured"),
    (r"\bestimated?\b", "estimate"),
    (r"\bannounced\b", "official"),
)
REPORTED = re.compile(r"\baccording to (?:\w+ )?reports\b|\breportedly\b|\breports say\b", re.IGNORECASE)
TARGET_QUALIFIERS = ("target", "projection", "forecast")
NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*"
# Words between "according to" and who is cited: "according to analysts at Canalys".
QUOTE_SKIPPED = "the|an?|analysts?|researchers?|experts?|insiders?|industry|sources?|at|from|firm"
QUOTED = (
    re.compile(rf"\b(?i:according to)\s+(?:(?:{QUOTE_SKIPPED})\s+|,\s*)*(?P<who>{NAME})"),
    re.compile(rf"(?P<who>{NAME}),?\s+(?:said|says|added|told)\b"),
    re.compile(rf"\b(?:said|says)\s+(?P<who>{NAME})"),
)
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")
ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|No|St|Inc|Co|Corp|Jr|vs|U\.S)\.$")
CLAUSE_BREAK = re.compile(r"[,;:]")
WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Vocabulary:
    """What drafting reads words with, all from the knowledge files."""

    companies: dict[str, str]  # a lower-case name or alias -> the company's name
    synonyms: dict[str, str]  # word -> the word it means ("handsets" -> "phones")
    metric_words: dict[str, tuple[str, str]]  # phrase -> (role, metric): "goal" -> ("metric", "sales_target")
    sales_words: frozenset[str]  # "sold", "shipped": units sold, of the main figure metric
    units: dict[str, str]  # metric -> unit
    kinds: dict[str, str]  # metric -> figure, target or fact
    main_figure: str | None  # the first figure metric of metrics.csv

    @classmethod
    def of(cls, knowledge: Knowledge) -> Vocabulary:
        companies = {
            alias: name for name, aliases in knowledge.companies for alias in (*aliases, name.lower())
        }
        for fact in knowledge.facts:
            companies.setdefault(fact.subjects[0].lower(), fact.subjects[0])
        metric_words = {
            phrase: (role, means)
            for phrase, role, means in knowledge.lexicon
            if role in ("counted", "metric", "topic")
        }
        figures = [m.metric for m in knowledge.metrics if m.kind == "figure"]
        return cls(
            companies=companies,
            synonyms=dict(knowledge.synonyms),
            metric_words=metric_words,
            sales_words=frozenset(p for p, role, _ in knowledge.lexicon if role == "sales"),
            units={m.metric: m.unit for m in knowledge.metrics},
            kinds={m.metric: m.kind for m in knowledge.metrics},
            main_figure=figures[0] if figures else None,
        )


@dataclass
class Row:
    """One candidate fact, with what the reviewer should check."""

    subject: str
    metric: str
    period: str
    value: str
    value_to: str
    unit: str
    qualifiers: list[str]
    quoted: str
    sentence: str
    notes: list[str] = field(default_factory=list)
    id: str = ""

    def as_csv(self) -> dict[str, str]:
        return {
            "id": self.id, "subject": self.subject, "metric": self.metric, "period": self.period,
            "value": self.value, "value_to": self.value_to, "unit": self.unit,
            "qualifiers": "; ".join(self.qualifiers), "quoted": self.quoted, "statement": "",
            "sentence": self.sentence, "notes": "; ".join(self.notes),
        }  # fmt: skip


# ---- reading the article ------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """The article's sentences, word for word (spacing folded), paragraph by paragraph."""
    out = []
    for paragraph in text.splitlines():
        start = 0
        for end in SENTENCE_END.finditer(paragraph):
            if not ABBREVIATIONS.search(paragraph[start : end.end()]):  # "Mr. Wang" goes on
                out.append(paragraph[start : end.end()])
                start = end.end()
        out.append(paragraph[start:])
    return [" ".join(s.split()) for s in out if s.strip()]


@dataclass(frozen=True)
class Period:
    start: int  # where it is written in the sentence
    end: int
    period: str
    note: str = ""  # how it was inferred, when it was


def periods_in(sentence: str, source_year: int | None, previous: str) -> list[Period]:
    """Every period a sentence names, in order; relative ones resolved ('last year' from the source's
    date, 'a year later' from the period before it)."""
    found: list[Period] = []
    taken: list[range] = []

    def add(match: re.Match, period: str, note: str = "") -> None:
        if any(match.start() in span for span in taken):
            return
        taken.append(range(match.start(), match.end()))
        found.append(Period(match.start(), match.end(), period, note))

    for match in HALF.finditer(sentence):
        half = ORDINALS[match.group(1).lower()] if match.group(1) else match.group(3)
        add(match, f"{match.group(2) or match.group(4)}-H{half}")
    for match in QUARTER.finditer(sentence):
        quarter = match.group(1) or ORDINALS[match.group(3).lower()]
        add(match, f"{match.group(2) or match.group(4)}-Q{quarter}")
    for match in YEAR.finditer(sentence):
        if not NOT_A_PERIOD.search(sentence[: match.start()]):
            add(match, match.group(1))
    for match in sorted(RELATIVE.finditer(sentence), key=lambda m: m.start()):
        phrase = match.group(1).lower()
        earlier = [p for p in found if p.start < match.start()]
        base_text = max(earlier, key=lambda p: p.start).period if earlier else previous
        if phrase in RELATIVE_TO_SOURCE and source_year is not None:
            year = source_year + RELATIVE_TO_SOURCE[phrase]
            add(match, str(year), f"period: '{phrase}' read as {year} from the source's date")
        elif phrase in RELATIVE_TO_PREVIOUS and base_text:
            year = int(base_text[:4]) + RELATIVE_TO_PREVIOUS[phrase]
            add(match, str(year), f"period: '{phrase}' read as {year}, from {base_text[:4]}")
    return sorted(found, key=lambda p: p.start)


def is_figure(sentence: str, match: re.Match, vocabulary: Vocabulary) -> bool:
    """A number that is a figure: with a scale or a currency, or followed by a counted thing.
    Years, dates, ranks ('No. 1') and ages are not."""
    if match.group("cur") or match.group("scale"):
        return True
    after = WORD.findall(sentence[match.end() :].lower())[:1]
    counted = [vocabulary.synonyms.get(w, w) for w in after]
    return bool(counted) and vocabulary.metric_words.get(counted[0], ("", ""))[0] == "counted"


def words(text: str, vocabulary: Vocabulary) -> str:
    """Lower-case words with synonyms applied, space-separated with spaces around, for phrase look-ups."""
    return " " + " ".join(vocabulary.synonyms.get(w, w) for w in WORD.findall(text.lower())) + " "


def metric_of(window: str, currency: bool, qualifiers: list[str], vocabulary: Vocabulary) -> str:
    """The metric the words around a figure name; '' when they name none or several that fit."""
    for alias in vocabulary.companies:  # 'Kestrel Mobile' names no phones
        window = re.sub(rf"\b{re.escape(alias)}\b", " ", window, flags=re.IGNORECASE)
    text = words(window, vocabulary)
    named = {
        metric
        for phrase, (_, metric) in vocabulary.metric_words.items()
        if f" {phrase} " in text and fits_unit(vocabulary.units.get(metric, ""), currency)
    }
    if not named and not currency and any(f" {w} " in text for w in vocabulary.sales_words):
        named = {vocabulary.main_figure} if vocabulary.main_figure else set()
    targets = {m for m in named if vocabulary.kinds.get(m) == "target"}
    if not targets and named and set(qualifiers) & set(TARGET_QUALIFIERS):
        # A target, projection or forecast is never a result: the target metric of the same unit.
        units = {vocabulary.units.get(m, "") for m in named}
        targets = {
            m
            for m, kind in vocabulary.kinds.items()
            if kind == "target" and vocabulary.units.get(m, "") in units
        }
    named = targets or named  # "goal ... phones": the goal's metric, not the phones'
    return next(iter(named)) if len(named) == 1 else ""


def fits_unit(unit: str, currency: bool) -> bool:
    """Money goes to metrics counted in a currency; counts never do."""
    money = unit.upper() in ("USD", "EUR", "GBP", "CNY", "$")
    return money == currency if unit else not currency


def qualifiers_of(sentence: str, start: int, window: str) -> list[str]:
    found = [q for pattern, q in QUALIFIER_WORDS if re.search(pattern, window, re.IGNORECASE)]
    if APPROXIMATE.search(sentence[:start]):
        found.insert(0, "approximate")
    if REPORTED.search(sentence):
        found.append("reported")
    return list(dict.fromkeys(found))


def quoted_in(sentence: str) -> str:
    for pattern in QUOTED:
        match = pattern.search(sentence)
        if match and match.group("who")[0].isupper():
            return match.group("who").strip()
    return ""


def subject_of(sentence: str, start: int, vocabulary: Vocabulary, main: str) -> str:
    """The company named closest before the figure (else after it), else the article's main one."""
    names = company_mentions(sentence, vocabulary)
    before = [(at, name) for at, name in names if at < start]
    if before:
        return before[-1][1]
    return names[0][1] if names else main


def company_mentions(text: str, vocabulary: Vocabulary) -> list[tuple[int, str]]:
    lowered = text.lower()
    found = []
    for alias, name in vocabulary.companies.items():
        for match in re.finditer(rf"\b{re.escape(alias)}\b", lowered):
            found.append((match.start(), name))
    return sorted(found)


def main_company(text: str, title: str, vocabulary: Vocabulary) -> str:
    """The company the article is about: a known one its title names, else a name its title
    gives that the text repeats (a company new to the knowledge), else the one it names most."""
    counts = Counter(name for _, name in company_mentions(text, vocabulary))
    in_title = {name for _, name in company_mentions(title, vocabulary)}
    if in_title:
        return max(in_title, key=lambda name: counts[name])
    repeated = [name for name in re.findall(NAME, title) if text.count(name) >= 2 and " " in name]
    if repeated:
        return max(repeated, key=text.count)
    return counts.most_common(1)[0][0] if counts else ""


def with_company(vocabulary: Vocabulary, name: str) -> Vocabulary:
    """The vocabulary knowing a company new to the knowledge, by its name and its first word
    ('Kestrel Mobile', 'Kestrel')."""
    if not name or name.lower() in vocabulary.companies:
        return vocabulary
    aliases = {name.lower(): name}
    first = name.split()[0]
    if len(first) >= 4 and first.lower() not in vocabulary.companies:
        aliases[first.lower()] = name
    return replace(vocabulary, companies={**vocabulary.companies, **aliases})


# ---- drafting ---------------------------------------------------------------------------------


def draft(text: str, source: Source, knowledge: Knowledge) -> list[Row]:
    """Candidate fact rows for every figure in `text`, an article of `source`."""
    vocabulary = Vocabulary.of(knowledge)
    source_year = int(source.date[:4]) if source.date else None
    main = main_company(text, source.title, vocabulary)
    vocabulary = with_company(vocabulary, main)
    rows: list[Row] = []
    previous = ""  # the last period named so far: what 'a year after that' counts from
    for sentence in sentences(text):
        found = periods_in(sentence, source_year, previous)
        rows += sentence_rows(sentence, found, source_year, vocabulary, main)
        if found:
            previous = found[-1].period
    name_rows(rows)
    return rows


def sentence_rows(
    sentence: str, found: list[Period], source_year: int | None, vocabulary: Vocabulary, main: str
) -> list[Row]:
    figures = [
        m
        for m in FIGURE.finditer(sentence)
        if is_figure(sentence, m, vocabulary) and not any(p.start <= m.start() < p.end for p in found)
    ]
    rows: list[Row] = []
    for i, match in enumerate(figures):
        # The words that speak of this figure: since the figure before it, and its own clause after it.
        since = figures[i - 1].end() if i else 0
        until = figures[i + 1].start() if i + 1 < len(figures) else len(sentence)
        clause_end = CLAUSE_BREAK.search(sentence, match.end(), until)
        window = sentence[since : clause_end.start() if clause_end else until]
        qualifiers = qualifiers_of(sentence, match.start(), window)
        currency = bool(match.group("cur"))
        metric = metric_of(window, currency, qualifiers, vocabulary)
        if not metric and rows and list_continues(sentence, figures[i - 1], match):
            metric = rows[-1].metric
        period, note = period_of(sentence, match, found, source_year)
        row = Row(
            subject=subject_of(sentence, match.start(), vocabulary, main),
            metric=metric,
            period=period,
            value=value_text(match.group("num"), match.group("scale") or match.group("scale_to")),
            value_to=value_text(match.group("num_to"), match.group("scale_to"))
            if match.group("num_to")
            else "",
            unit="",
            qualifiers=qualifiers,
            quoted=quoted_in(sentence),
            sentence=sentence,
            notes=[note] if note else [],
        )
        row.unit = vocabulary.units.get(row.metric, "") or ("USD" if currency else "")
        if not row.metric:
            row.notes.append("metric: choose one (the words name none, or several)")
        rows.append(row)
    return rows


def list_continues(sentence: str, before: re.Match, match: re.Match) -> bool:
    """'18.7 million a year later and 61 million in 2014': a figure listed after another, with no
    words of its own in between, is of the same metric."""
    between = sentence[before.end() : match.start()]
    return len(WORD.findall(between)) <= 6 and not re.search(r"[.;:]", between)


def period_of(
    sentence: str, match: re.Match, found: list[Period], source_year: int | None
) -> tuple[str, str]:
    """The period written closest to a figure: first in its own clause (after it, then before it),
    else anywhere in the sentence; with none, the source's year, said so."""
    clause = clause_span(sentence, match.start(), match.end())
    inside = [p for p in found if clause[0] <= p.start and p.end <= clause[1]]
    after = [p for p in inside if p.start >= match.end()]
    if after or inside:
        chosen = after[0] if after else inside[-1]
    elif found:
        chosen = min(found, key=lambda p: min(abs(p.start - match.end()), abs(match.start() - p.end)))
    elif source_year is not None:
        return str(source_year), f"period: none in the sentence; the source's year, {source_year}"
    else:
        return "", "period: none in the sentence; choose one"
    return chosen.period, chosen.note


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = CLAUSE_BREAK.search(sentence, end)
    return (before[-1] if before else 0, after.start() if after else len(sentence))


def value_text(number: str, scale: str | None) -> str:
    """'7.2', 'million' -> '7.2 million', as the facts files write values."""
    return f"{number} {scale.lower().replace('bn', 'billion').replace('mln', 'million')}" if scale else number


def name_rows(rows: list[Row]) -> None:
    """Ids unique in the file: '<metric>-<period>', '-2' for a second one."""
    seen: Counter = Counter()
    for row in rows:
        base = f"{row.metric or 'figure'}-{row.period or 'undated'}".lower().replace("_", "-")
        seen[base] += 1
        row.id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def to_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(row.as_csv() for row in rows)
    return out.getvalue()


def write_draft(rows: list[Row], knowledge_dir: Path, source_id: str) -> Path:
    """Writes knowledge/drafts/<source>.csv, never facts/: a draft is reviewed before it is knowledge."""
    path = Path(knowledge_dir) / "drafts" / f"{source_id}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_csv(rows), encoding="utf-8")
    return path


class DraftError(Exception):
    """The article or its source cannot be drafted from; the message is one line."""


@dataclass(frozen=True)
class Drafted:
    path: Path  # the draft written
    rows: list[Row]
    measured: Measurement | None  # against facts/<source>.csv, when people wrote it already

    def summary(self) -> str:
        unsure = sum(not row.metric for row in self.rows)
        line = f"{len(self.rows)} candidate rows, {unsure} need a metric chosen"
        if self.measured is not None:
            line += f"; against the curated facts: {self.measured.summary()}"
        return line


def draft_article(knowledge: Knowledge, knowledge_dir: Path, article: Path, source_id: str) -> Drafted:
    """Draft `article` as source `source_id` into knowledge/drafts/<source_id>.csv."""
    source = next((s for s in knowledge.sources if s.id == source_id), None)
    if source is None:
        raise DraftError(
            f"no source {source_id!r} in sources.csv: add its row (id, title, date) first; "
            "its date is what 'last year' and 'this year' are read from"
        )
    try:
        text = Path(article).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8"
        raise DraftError(f"cannot read the article {article}: {reason}") from error
    rows = draft(text, source, knowledge)
    path = write_draft(rows, knowledge_dir, source_id)
    curated = [f for f in knowledge.facts if f.source == source_id]
    kinds = {m.metric: m.kind for m in knowledge.metrics}
    return Drafted(path, rows, measure(rows, curated, kinds) if curated else None)


# ---- measuring a draft against curated facts --------------------------------------------------


@dataclass(frozen=True)
class Measurement:
    figure_facts: int  # curated facts of a figure or target metric with a value
    recovered: int  # of those, drafted with the right subject, period, value and qualifiers
    rows: int
    spurious: int  # draft rows that are no curated fact's subject, metric, period and value

    def summary(self) -> str:
        recall = self.recovered / self.figure_facts if self.figure_facts else 0.0
        share = self.spurious / self.rows if self.rows else 0.0
        return (
            f"recovered {self.recovered} of {self.figure_facts} figure facts ({recall:.0%}), "
            f"{self.spurious} of {self.rows} rows spurious ({share:.0%})"
        )


def measure(rows: list[Row], curated: list[Fact], kinds: dict[str, str]) -> Measurement:
    """How a draft compares with the facts people wrote for the same article: the curated figures
    drafted with the right subject, period, value and qualifiers; and the rows that are no curated
    fact (subject, metric, period and value)."""
    figures = [f for f in curated if kinds.get(f.metric) in ("figure", "target") and f.value is not None]
    recovered = sum(
        any(
            (r.subject, r.period, number(r.value)) == (f.subjects[0], f.period, f.value)
            and set(r.qualifiers) == set(f.qualifiers)
            for r in rows
        )
        for f in figures
    )
    known = {(f.subjects[0], f.metric, f.period, f.value) for f in curated}
    spurious = sum((r.subject, r.metric, r.period, number(r.value)) not in known for r in rows)
    return Measurement(len(figures), recovered, len(rows), spurious)


def number(text: str) -> float | None:
    try:
        return parse_number(text) if text else None
    except ValueError:
        return None
