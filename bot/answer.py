"""The engine's plain-data output: what was understood and what to say.

Nothing here knows about Telegram or the terminal; those layers render an
`Answer` as they see fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Source:
    """An article the knowledge base was built from."""

    id: str
    title: str
    date: str = ""  # ISO date, or "" when the article gives none
    publisher: str = ""
    url: str = ""

    @property
    def citation(self) -> str:
        """'<title>, 10 Apr 2017' — the form answers cite."""
        return f"{self.title}, {format_date(self.date)}" if self.date else self.title


@dataclass(frozen=True)
class ChartData:
    """A yearly series to plot: figures, targets drawn apart, and sources."""

    title: str
    unit: str
    label: str  # the metric's label: "smartphone sales"
    years: tuple[int, ...]
    values: tuple[float, ...]
    labels: tuple[str, ...]  # value labels, e.g. "61M / 60M" where sources disagree
    targets: tuple[tuple[int, float, str], ...] = ()  # (year, value, label)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cite:
    """A citation mark inside a sentence: the figure before it comes from this source."""

    source: str  # a Source.id


@dataclass(frozen=True)
class Figure:
    """A figure inside a sentence ("18.7 million", "+226.2%"): renderers may set it apart."""

    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer: text, figures and citation marks in order, and the sources
    the whole sentence rests on."""

    parts: tuple[str | Figure | Cite, ...]
    sources: tuple[str, ...] = ()

    @property
    def words(self) -> str:
        """The sentence's text, figures included, without its citation marks."""
        return "".join(p.text if isinstance(p, Figure) else p for p in self.parts if not isinstance(p, Cite))


class AnswerKind(StrEnum):
    """What the bot made of a question: whether a group chat needs to hear the answer."""

    ANSWERED = "answered"  # a figure or a fact
    DECLINED = "declined"  # understood, and the bot says it does not have that (revenue, 2018, Huawei)
    ABOUT_BOT = "about_bot"  # "what can you do?": a word about the bot
    NOT_UNDERSTOOD = "not_understood"  # "I don't know that one", with suggestions
    CHATTER = "chatter"  # greetings, thanks, "ok cool", emoji: nothing was asked


@dataclass(frozen=True)
class Answer:
    """The engine's reply to one question."""

    question: str
    answered: bool  # False whenever the bot says it does not know
    text: str
    intent: str | None = None
    confidence: float = 0.0  # 0-100
    sources: tuple[str, ...] = ()  # citations, in the order the text uses them
    suggestions: tuple[str, ...] = ()  # "did you mean" questions, at most three
    chart: ChartData | None = None  # set when the user asked for a chart
    closest_intent: str | None = None  # when not answered: the intent the wording came closest to
    sentences: tuple[Sentence, ...] = ()  # the text as data: what `text` renders
    source_ids: tuple[str, ...] = ()  # the Source ids cited, in the order `sources` lists them
    years: tuple[int, ...] = ()  # the years the answer named, for "that year" in a follow-up
    fact_texts: tuple[str, ...] = ()  # the statements of the company facts it gave, for "who is he?"
    fact_subjects: tuple[str, ...] = ()  # who those facts are about, for "and its price?"
    # the (metric, year) of each target among those facts: "did they hit it?" after one is named
    fact_targets: tuple[tuple[str, int], ...] = ()
    # the parts of a year those facts are of ("2015-Q2"): what "that quarter" or "then" is next
    fact_periods: tuple[str, ...] = ()
    kind: AnswerKind = AnswerKind.ANSWERED

    @property
    def body(self) -> str:
        """What the answer says, without citation marks or the sources' titles."""
        if not self.sentences:
            return self.text
        return " ".join(s.words for s in self.sentences)

    def as_dict(self) -> dict:
        """The `ask --json` shape."""
        return {
            "question": self.question,
            "answered": self.answered,
            "intent": self.intent,
            "confidence": round(self.confidence, 1),
            "answer": self.text,
            "sources": list(self.sources),
            "suggestions": list(self.suggestions),
            "kind": str(self.kind),
        }


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(iso: str) -> str:
    """'2017-04-10' -> '10 Apr 2017'; '2015' or '2015-11' are kept readable."""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso
