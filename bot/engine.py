"""The engine: a question and a conversation in, an `Answer` out.

A short facade over the flow: read the question into a frame (`bot.understanding`), resolve
it against the conversation, route it to a composer (`bot.answering`), and remember what the
answer named. It knows nothing of Telegram or the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.answer import Answer, AnswerKind, ChartData, Source
from bot.answering.compose import Composer
from bot.answering.router import Router
from bot.config import Settings
from bot.knowledge.files import Fact
from bot.knowledge.files import Source as Article
from bot.knowledge.store import FACT_CACHE_SIZE, KnowledgeBase, build, ensure_built, ensure_served
from bot.matcher import IntentMatcher
from bot.understanding import (
    Conversation,
    FactIndex,
    Frame,
    FrameReader,
    Lexicon,
    SearchSettings,
    Tolerance,
    asked_again,
    resolve,
)
from bot.understanding.entities import Vocabulary
from bot.understanding.frames import STOPWORDS
from bot.understanding.lexicon import Role
from bot.understanding.normalise import clean, remark_then_question, split_questions

WORD = re.compile(r"[a-z0-9]+")
SUGGEST_CUTOFF = 55  # phrasings scoring at least this offer their intent as "did you mean"
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Tuning:
    """Every tunable number of understanding, in one place, passed in."""

    tolerance: Tolerance = field(default_factory=Tolerance)
    search: SearchSettings = field(default_factory=SearchSettings)
    suggest_cutoff: float = SUGGEST_CUTOFF


def load_engine(settings: Settings) -> Engine:
    """Build the knowledge base if it is missing or stale, then open it read-only. When the files
    do not build, the last good knowledge base answers and `file_problems` says why; with none
    built before, KnowledgeError."""
    problems = ensure_served(settings.knowledge_dir, settings.database_path)
    kb = KnowledgeBase(settings.database_path)
    return Engine(kb, main_subject=settings.main_subject, file_problems=problems)


def reload_engine(settings: Settings) -> Engine:
    """Rebuild the knowledge base from its files and open it; KnowledgeError keeps the old file."""
    build(settings.knowledge_dir, settings.database_path)
    return Engine(KnowledgeBase(settings.database_path), main_subject=settings.main_subject)


class Engine:
    """Answers questions from a built knowledge base. Everything is prepared here, once."""

    def __init__(
        self,
        kb: KnowledgeBase,
        tuning: Tuning | None = None,
        main_subject: str = "",
        file_problems: tuple[str, ...] = (),
    ):
        self.kb = kb
        # Why the knowledge files did not build when this engine was opened, if they did not:
        # it then answers from the last good knowledge base, and whoever runs it says so.
        self.file_problems = file_problems
        self.tuning = tuning = tuning or Tuning()
        counts = kb.subject_counts()
        # The company a question means when it names none: a setting, else the one with most facts.
        self.main_subject = main_subject or next(iter(counts), "")
        numeric = [f for kind in ("figure", "target") for f in kb.facts_of_kind(kind)]  # read once
        companies = known_companies(kb, numeric)
        self.company_names = frozenset(name for name, _ in companies)
        vocabulary = Vocabulary(companies, kb.synonyms, kb.fillers, kb.scopes)
        labels = {m.metric: m.label for m in kb.metrics.values()}
        # Company facts, and the figures and targets that say more than their template ("why the
        # 80 million target was no longer the priority"): what questions that are no figure look for.
        facts = kb.facts_of_kind("fact") + [f for f in numeric if f.statement]
        not_people = frozenset(w for _, aliases in kb.companies for a in aliases for w in a.split())
        not_people |= frozenset(w for phrase, _ in kb.scopes for w in phrase.split())
        absent_phrases: dict[str, list[str]] = {}
        for phrase, role, means in kb.lexicon:
            if role == Role.ABSENT:
                absent_phrases.setdefault(means, []).append(phrase)
        lexicon = Lexicon(kb.lexicon, tuning.tolerance)
        # (its words of their own, "lunch", are never read as a slip of a fact's word, "launch")
        self.fact_index = FactIndex(
            facts,
            labels,
            kb.synonyms,
            tuning.search,
            tuning.tolerance,
            kb.places,
            not_people,
            absent_phrases,
            lexicon.own_words,
        )
        figure_metrics = [m.metric for m in kb.metrics.values() if m.kind == "figure"]
        main_figure = figure_metrics[0] if figure_metrics else None
        self.reader = FrameReader(
            vocabulary,
            lexicon,
            self.fact_index.words,
            {m.metric: m.kind for m in kb.metrics.values()},
            main_figure,
            tuning.tolerance,
            # The main company "says" too ("Xiaomi said ..."), but it is the subject, not a source.
            tuple(n for n in self.fact_index.quoted_names if n != self.main_subject.lower()),
            self.main_subject,
            article_names(kb.sources, self.main_subject),
            self.fact_index.quoted_by_description,
            stated_figures(kb),
        )
        self.composer = Composer(kb, self.main_subject)
        self.matcher = IntentMatcher([(intent, phrasing.lower()) for intent, phrasing in kb.phrasings])
        self.router = Router(
            self.composer, self.fact_index, main_figure, self.suggestions, event_years(facts)
        )
        self.example_questions = self.composer.example_questions
        # Suggestions are the intents' canonical questions: an intent's name is a stable key for one.
        self._suggestion_keys = {intent.question: name for name, intent in kb.intents.items()}

    @classmethod
    def open(
        cls,
        knowledge_dir: Path,
        database_path: Path,
        fact_cache_size: int = FACT_CACHE_SIZE,
        main_subject: str = "",
    ) -> Engine:
        ensure_built(Path(knowledge_dir), Path(database_path))
        return cls(KnowledgeBase(Path(database_path), fact_cache_size), main_subject=main_subject)

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.kb.sources

    def understand(
        self, question: str, conversation: Conversation | None = None, read: Frame | None = None
    ) -> Frame:
        """The question's frame, resolved against the conversation (which is not changed). `read`:
        the question's frame as already read, if it was."""
        if conversation is not None and conversation.frame is not None:
            metric = conversation.frame.metric
            if metric is not None and metric not in self.kb.metrics:
                conversation.frame = None  # remembered from a knowledge base since reloaded without it
        last = conversation.frame if conversation is not None else None
        if last is not None and (again := asked_again(question, last.question)):
            # "replace 2015 with 2016" after "total of 2013 and 2015?", "and in the year it turned
            # five?" after "how many in 2013?": that question, of those years
            return resolve(self.reader.read(again), conversation)
        return resolve(read or self.reader.read(question), conversation)

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        parts = split_questions(question)
        if len(parts) == 1:
            # ("ok 70m. and 2016?" is asked as "and 2016?": the figure said back asks nothing)
            asked, read = self._without_an_idle_remark(parts[0])
            # (read once: the two measures it may ask are read from it)
            if sides := self.reader.measures_apart(asked, read):
                return self._answer_parts(question, sides, conversation)
            return replace(self._answer_one(asked, read, conversation)[0], question=question)
        lines = self.reader.lines_of_a_chat(parts)
        # (lines from a chat are each someone's message: "mia: US yet?" is her question, not a thing
        # the line before counts)
        parts = [(line, None) for line in lines] if lines is not parts else self._things_put_first(parts)
        if len(parts) == 1:
            return replace(self._answer_one(*parts[0], conversation)[0], question=question)
        return self._answer_parts(question, parts, conversation)

    def _without_an_idle_remark(self, message: str) -> tuple[str, Frame]:
        """'Xiaomi is in transition. What were 2016 sales?': the question alone, when the remark
        before it names nothing the question could need (no company, year, part of a year, place,
        product, measure, number or calculation: "Excluding the first half. How many in 2015?",
        "Huawei is doing great. How many did they sell?" are one question); with its frame."""
        split = remark_then_question(message)
        if split is None:
            return message, self.reader.read(message)
        question = self.reader.read(split[1])
        # (a company the question names too is no other one: "my kids want iphones. how much is one?")
        asked = {*question.subjects, self.main_subject}
        if self.reader.names_something(self.reader.read(split[0]), asked):
            return message, self.reader.read(message)
        return split[1], question

    def _answer_parts(
        self, question: str, parts: list[tuple[str, Frame | None]], conversation: Conversation | None
    ) -> Answer:
        """Several questions in one message: each answered in turn, the later leaning on the earlier
        ("sales in 2015 and what was their target"), in one reply; small talk among them is left out."""
        talk = conversation if conversation is not None else Conversation()
        answered = [self._answer_one(part, read, talk) for part, read in parts]
        kept = [(answer, frame) for answer, frame in answered if not self.router.is_smalltalk(frame)]
        if any(answer.answered for answer, _ in kept):
            # "how many in 2013? my friend says 20 million": a part not understood beside an answered
            # one is a remark, not a question to say "I don't know" to; "... and what is the price of
            # the mi 5?" is a question, and leaving it out would pass off half an answer as whole; a
            # statement read as a claim to check is a question only with its mark ("the train was
            # packed by the way." is none).
            kept = [
                (a, f)
                for a, f in kept
                if a.kind is not AnswerKind.NOT_UNDERSTOOD
                or f.opens_with_a_question_word
                or (f.yes_no and _marked_as_a_question(question, f.question))
            ]
        return self.composer.joined(question, [answer for answer, _ in kept] or [answered[-1][0]])

    def _things_put_first(self, parts: list[str]) -> list[tuple[str, Frame | None]]:
        """'how many were sold in 2015? (laptops)': a part naming only things says what the question
        before it counts, so it is read with that question, in front of it, never dropped. Each part
        comes with its frame where it was read already."""
        merged: list[tuple[str, Frame | None]] = [(parts[0], None)]
        for part in parts[1:]:
            read = self.reader.read(part)
            if self.reader.number_alone(read):
                # "ok and q3 that year? exact number pls": the number of the question before it
                merged[-1] = (f"{merged[-1][0]} {part}", None)
                continue
            things = self.reader.things_only(read)
            if things:
                # (the question's own header goes, as the things now lead: "alex: ...", "mia: US yet?")
                merged[-1] = (f"{things} - {self.reader.without_header(merged[-1][0])}", None)
                continue
            merged.append((part, read))
        return merged

    def _answer_one(
        self, question: str, read: Frame | None, conversation: Conversation | None
    ) -> tuple[Answer, Frame]:
        answer, frame = self.router.route(self.understand(question, conversation, read))
        # Small talk between questions ("lol ok", "thanks!") leaves the conversation where it was,
        # so "and the year after?" still follows the last question.
        # Off-topic and other-language messages leave it too: "and 2015?" after the weather in
        # Beijing is still about the last question, not Beijing.
        # So does a message not understood that names nothing a follow-up could lean on or correct
        # ("do you like cats?"; "who's the ceo of huawei" names a company "sorry, xiaomi" corrects).
        # ("ugh my xiaomi broke again" names only the company already talked about: nothing new)
        last = conversation.frame if conversation is not None else None
        talked_about = set(last.subjects or (self.main_subject,)) if last is not None else set()
        new_company = bool(set(frame.subjects) - talked_about)
        # ("my phone is a redmi", "i have a mi 5 lol": a model or place in the asker's own remark is
        # nothing "and in 2015?" next asks about)
        scopes = () if frame.about_the_askers_own else frame.scopes
        names_something = (
            frame.metric or frame.topics or new_company or scopes or frame.has_period or frame.quoted
        )
        not_understood = answer.kind is AnswerKind.NOT_UNDERSTOOD and not names_something
        # ... but a company named alone ("oneplus") is what "its valuation?" next is about
        company_alone = frame.smalltalk == "bare" and bool(frame.subjects)
        if (
            conversation is not None
            and (company_alone or not self.router.is_smalltalk(frame))
            and not (frame.offtopic or frame.foreign or not_understood)
        ):
            frame = self._about_whom(frame, answer)
            conversation.remember(
                frame,
                answer.years,
                answer.fact_texts,
                self._products(answer.fact_texts),
                self._companies(answer.fact_texts, frame),
                self._sources_asked(frame, answer),
                answer.fact_targets,
                answer.fact_periods,
            )
        return answer, frame

    def _sources_asked(self, frame: Frame, answer: Answer) -> tuple[str, ...]:
        """The articles an answer cites as its own: those the question named, where it named some
        ("per the 2015 article": the other article's figure said beside it is not "that article")."""
        chosen = self.composer.chosen_sources(frame)
        if not chosen:
            return answer.source_ids
        return tuple(s for s in answer.source_ids if s in chosen) or answer.source_ids

    def _about_whom(self, frame: Frame, answer: Answer) -> Frame:
        """A question naming no company, answered with facts about one other than the main
        subject ("what is the fjord x?": Norvik Mobile's), is remembered as about that company,
        so "and its price?" stays with it."""
        if frame.subjects:
            return frame
        companies = [s for s in answer.fact_subjects if s in self.company_names]
        if len(companies) != 1 or companies[0] == self.main_subject:
            return frame
        return replace(frame, subjects=(companies[0],))

    def _products(self, fact_texts: tuple[str, ...]) -> tuple[str, ...]:
        """The products the facts of an answer name: what "it" may be next."""
        words = [w for text in fact_texts for w in WORD.findall(clean(text))]
        return tuple(label for label in self.reader.vocabulary.scopes_in(words) if label in self.kb.products)

    def _companies(self, fact_texts: tuple[str, ...], frame: Frame) -> tuple[str, ...]:
        """The companies the facts of an answer name: who "they" may be next. Asked about no
        company, the main subject is who the others are named against ("its rivals")."""
        words = [w for text in fact_texts for w in WORD.findall(clean(text))]
        named = self.reader.vocabulary.companies_in(words)[0]
        return tuple(c for c in named if frame.subjects or c != self.main_subject)

    def suggestions(self, frame: Frame) -> tuple[str, ...]:
        """'Did you mean' questions: intents whose example phrasings come close to the wording."""
        if not frame.content:
            return ()
        ranked = self.matcher.rank(" ".join(frame.content), limit=MAX_SUGGESTIONS)
        questions = [
            self.kb.intents[m.intent].question for m in ranked if m.score >= self.tuning.suggest_cutoff
        ]
        return tuple(dict.fromkeys(questions))

    def suggestion_key(self, question: str) -> str | None:
        """The stable name of a suggested question (its intent's), for buttons that outlive the process."""
        return self._suggestion_keys.get(question)

    def suggestion(self, key: str) -> str | None:
        """The suggested question a key names, or None for a key this knowledge base does not have."""
        intent = self.kb.intents.get(key)
        return intent.question if intent else None

    def summary(self, short: bool = False) -> str:
        return self.composer.summary(short)

    def chart_data(self, intent_name: str = "sales_chart") -> ChartData:
        return self.composer.chart_data(intent_name)


# title words that name no one article: the company, what it sells, the figures' words
COMMON_TITLE_WORDS = frozenset(
    {"phones", "phone", "smartphones", "sell", "sells", "needs", "million", "sales", "the", "of", "in", "is",
     "his", "her", "its", "their", "a", "an", "to", "and", "for", "on", "at", "by", "with", "world"}
)  # fmt: skip


def article_names(
    sources: Iterable[Article], main_subject: str
) -> tuple[tuple[str, int, frozenset[str]], ...]:
    """Each pair of words of an article's title that no other title has, with the article's year:
    what "the kevin wang piece" or "the backing off article" names. Only articles of different years
    are told apart this way."""
    common = {*COMMON_TITLE_WORDS, main_subject.lower()}
    pairs: dict[str, set[int]] = {}
    title_words: dict[int, set[str]] = {}
    for source in sources:
        words = re.findall(r"[a-z][a-z'-]+", source.title.lower())
        title_words.setdefault(int(source.date[:4]), set()).update(words)
        for a, b in zip(words, words[1:], strict=False):
            if a not in common and b not in common:
                pairs.setdefault(f"{a} {b}", set()).add(int(source.date[:4]))
    # (with the words of its title, which a question may go on quoting: "backing off his sales goals")
    return tuple(
        (pair, year, frozenset(title_words[year]))
        for pair, years in pairs.items()
        if len(years) == 1
        for year in years
    )


def stated_figures(kb: KnowledgeBase) -> dict[tuple[str, str], tuple[float, ...]]:
    """Each period's figures and targets, by kind ("figure" or "target") and period ("2015-H1"):
    what an amount in brackets after a period may restate ("H1 2015 (34.7 million)")."""
    stated: dict[tuple[str, str], list[float]] = {}
    for metric in kb.metrics.values():
        if metric.kind not in ("figure", "target"):
            continue
        for fact in kb.facts(metric.metric):
            if fact.value is not None and fact.period:
                stated.setdefault((metric.kind, fact.period), []).append(fact.value)
    return {key: tuple(values) for key, values in stated.items()}


def event_years(facts: list[Fact]) -> dict[str, int]:
    """The year each fact metric names when its facts agree on one ("founded": 2010)."""
    years: dict[str, set[int]] = {}
    for fact in facts:
        if fact.unit == "year" and fact.value:
            years.setdefault(fact.metric, set()).add(int(fact.value))
    return {metric: found.pop() for metric, found in years.items() if len(found) == 1}


def known_companies(kb: KnowledgeBase, figures: list[Fact]) -> list[tuple[str, tuple[str, ...]]]:
    """companies.csv's names and aliases, and every company a figure or target is about: a new
    article's company is known without editing companies.csv."""
    companies = list(kb.companies)
    named = {name for name, _ in companies}
    taken = {alias for _, aliases in companies for alias in aliases}
    # A short name must be no word a question uses otherwise: "Mobile Co" is no "mobile".
    taken |= {phrase for phrase, _, _ in kb.lexicon} | set(kb.synonyms) | set(kb.synonyms.values())
    taken |= {phrase for phrase, _ in kb.scopes} | STOPWORDS
    for fact in figures:
        subject = fact.subjects[0]
        if subject in named:
            continue
        named.add(subject)
        full = subject.lower()
        first = full.split()[0]
        # People say "norvik" for Norvik Mobile: its first word, when that is a name of its own.
        own_name = full != first and len(first) > 2 and first.isalpha() and first not in taken
        short = (first,) if own_name else ()
        companies.append((subject, (full, *short)))
        taken |= {full, *short}
    return companies


def _marked_as_a_question(message: str, part: str) -> bool:
    """Whether a part of a message was written with a question mark after it: "2012 right? what was
    first year sales" marks its first part, which the split took away."""
    said = part.rstrip(" ?")
    at = message.find(said)
    return bool(said) and at >= 0 and message[at + len(said) :].lstrip().startswith("?")
