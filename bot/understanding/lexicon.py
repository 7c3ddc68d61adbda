"""The lexicon: words and expressions with the role they play in a question, typo-tolerant.

Rows come from `knowledge/lexicon.csv` (phrase, role, means). Multi-word expressions are
matched exactly, longest first; a single word the lexicon does not have is read as the
closest lexicon word when RapidFuzz finds one close enough ("shiped" -> "shipped"). This is
the only module that does fuzzy matching of words; numbers never reach it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz, process, utils


class Role(StrEnum):
    SALES = "sales"  # asks for units sold: "sold", "shipped", "offloaded"
    COUNTED = "counted"  # the thing counted, naming its metric: "phones"
    METRIC = "metric"  # names a metric outright: "target", "goal"
    TOPIC = "topic"  # makes it a company-fact question: "cost", "worth"
    OPERATION = "operation"  # what is done with figures: "growth", "total", "best"
    ASK = "ask"  # what kind of answer: "who", "when", "how many"
    SMALLTALK = "smalltalk"  # "hi", "thanks", "who are you"
    ABSENT = "absent"  # a metric the knowledge base is known not to have: "revenue"
    OFFTOPIC = "offtopic"  # not about companies at all: "weather"
    FOREIGN = "foreign"  # a common word of another language
    UNSUPPORTED = "unsupported"  # a calculation the bot does not do: "cagr", "per month"
    MARKET = "market"  # the whole market, when no company is named: "worldwide", "the industry"
    SHORTHAND = "shorthand"  # chat shorthand or a common misspelling, read as the word: "ur", "teh"
    # a word of its own, which the bot does not know, never read as a slip of one it does: "robot"
    # is no "root", "headphone" no "handphone"
    WORD = "word"
    # a capitalised word a follow-up may name that is no company: "and Christmas?", "and Europe?"
    NO_COMPANY = "no_company"


@dataclass(frozen=True)
class Entry:
    phrase: tuple[str, ...]
    role: Role
    means: str


@dataclass(frozen=True)
class Hit:
    """A lexicon entry found in a question, at word `start`, `length` words long."""

    entry: Entry
    start: int
    length: int
    typed: str  # the words as written
    by_form: bool = False  # read by its ending alone: "dipping" as "dipped"

    @property
    def role(self) -> Role:
        return self.entry.role

    @property
    def means(self) -> str:
        return self.entry.means


ARTICLES = frozenset({"the", "a", "an"})
# Regular endings of English verbs, longest first: "declining", "dipped", "surpasses".
VERB_ENDINGS = ("ing", "ed", "es", "s")
# The operations whose words keep their meaning in every form (a movement, a comparison); "mean",
# "add", "top" and "hit" do not ("meaning", "adding", "topping 60m", "hitting").
INFLECTED_MEANS = frozenset({"rise", "fall", "change", "compare", "ratio"})


def base_forms(word: str, endings: Iterable[str]) -> Iterator[str]:
    """The words `word` may be a regular form of: "rising" of "rise"; "dipping" of "dip", and of
    "dipped", which is the form a word list may hold."""
    return (form for form, _ in tagged_base_forms(word, endings))


def tagged_base_forms(word: str, endings: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """`base_forms`, each with whether it is respelt ("dip", "dipped" of "dipping") or the stem as
    it stands ("rise" of "rising")."""
    for ending in endings:
        stem = word.removesuffix(ending)
        if stem == word or len(stem) < 3:
            continue
        yield stem, False
        yield f"{stem}e", False
        if stem[-1] == stem[-2]:
            yield stem[:-1], True
        yield f"{stem}ed", True


@dataclass(frozen=True)
class Tolerance:
    """How close a misspelt word must be to be read as a known one (fuzz.ratio, 0-100)."""

    min_length: int = 4  # shorter words are too easy to confuse ("sale" / "safe")
    cutoff: float = 86.0  # four letters: one slip is already too much
    long_word_length: int = 5
    long_word_cutoff: float = 80.0  # one slip in a longer word: "phnoes", "shippped"
    same_first_letter: bool = False  # names: "phons" is no slip of "iphones"
    # A short word with another first letter is another word more often than a slip: "power" is
    # no "lower", "wales" no "sales"; longer words keep more of themselves ("xhipped").
    first_letter_kept_below: int = 7
    max_length_difference: int = (
        2  # one slip changes a length by one or two: "interesting" is no slip of "interest"
    )
    # two letters typed the other way round ("yaer") read as the word, where no closer word is: only for
    # small words, which that slip leaves too far from themselves ("unti" is "until", no "unit")
    swaps: bool = False


SWAPPED_MIN_LENGTH = 4  # the shortest word read as two of its letters typed the other way round


class FuzzyWords:
    """One word list, prepared once, to read a misspelt word as the closest one on it."""

    def __init__(self, words: Iterable[str], tolerance: Tolerance):
        self.tolerance = tolerance
        self.known = frozenset(words)
        # Longest first is arbitrary but fixed: ties resolve the same way in every process.
        self.choices = sorted(
            (w for w in self.known if len(w) >= tolerance.min_length), key=lambda w: (-len(w), w)
        )
        self._cache: dict[str, str | None] = {}

    def closest(self, word: str) -> str | None:
        """The known word `word` is a slip of, or None. Known words are returned as they are."""
        if word in self.known:
            return word
        if len(word) < self.tolerance.min_length or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        cutoff = (
            self.tolerance.long_word_cutoff
            if len(word) >= self.tolerance.long_word_length
            else self.tolerance.cutoff
        )
        best = process.extractOne(
            word, self.choices, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff
        )
        found = best[0] if best else self.swapped(word) if self.tolerance.swaps else None
        short = len(word) < self.tolerance.first_letter_kept_below
        first_letter_kept = self.tolerance.same_first_letter or short
        if found and first_letter_kept and found[0] != word[0]:
            found = None
        if found and abs(len(found) - len(word)) > self.tolerance.max_length_difference:
            found = None
        if len(self._cache) < 50_000:  # bounded: hostile input cannot grow it forever
            self._cache[word] = found
        return found

    def swapped(self, word: str) -> str | None:
        """The known word `word` is with two letters typed the other way round ("yaer", "waht"),
        the first kept: in a short word that slip costs too much of fuzz.ratio to be found."""
        if len(word) < SWAPPED_MIN_LENGTH:
            return None  # "pre" is no "per": in three letters a swap is another word as often as a slip
        for i in range(1, len(word) - 1):
            swapped = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
            if swapped != word and swapped in self.known and len(swapped) >= self.tolerance.min_length:
                return swapped
        return None


class Lexicon:
    """Finds lexicon entries in a question's words."""

    def __init__(self, rows: Iterable[tuple[str, str, str]], tolerance: Tolerance | None = None):
        # Written as questions are read: "you're the best" is "you the best", as "you're" reads "you".
        rows = list(rows)
        # Shorthand is read exactly, before anything is matched: "ur" is "your", never a fuzzy hit.
        self.shorthand = {phrase: means for phrase, role, means in rows if role == Role.SHORTHAND}
        # Still unknown to every reader: only never corrected into another word.
        self.own_words = frozenset(phrase for phrase, role, _ in rows if role == Role.WORD)
        # Read only where a follow-up names something capitalised: no word of any other reader.
        self.no_company = frozenset(phrase for phrase, role, _ in rows if role == Role.NO_COMPANY)
        self.entries = [
            Entry(tuple(w.split("'", 1)[0] for w in phrase.split()), Role(role), means)
            for phrase, role, means in rows
            if role not in (Role.SHORTHAND, Role.WORD, Role.NO_COMPANY)
        ]
        self.by_first_word: dict[str, list[Entry]] = {}
        for entry in sorted(self.entries, key=lambda e: -len(e.phrase)):
            self.by_first_word.setdefault(entry.phrase[0], []).append(entry)
        self.single = {e.phrase[0]: e for e in self.entries if len(e.phrase) == 1}
        # Foreign words are never guessed at: "den" must not become "de".
        self.fuzzy = FuzzyWords(
            (w for w, e in self.single.items() if e.role is not Role.FOREIGN), tolerance or Tolerance()
        )
        self.words = frozenset(w for e in self.entries for w in e.phrase)
        # An expression with a second role, which the first found hides: "which quarter" asks when
        # ("which quarter did sales drop?"), and is also a ranking the figures cannot give.
        self.unsupported = frozenset(" ".join(e.phrase) for e in self.entries if e.role is Role.UNSUPPORTED)
        self.counted = frozenset(
            e.phrase[0] for e in self.entries if e.role is Role.COUNTED and len(e.phrase) == 1
        )

    def names_expression(self, *words: str) -> bool:
        """Whether these words are an expression of the lexicon as written: "chinese company"."""
        return any(e.phrase == words for e in self.by_first_word.get(words[0], ()))

    def scan(
        self,
        words: list[str],
        known: frozenset[str] = frozenset(),
        skip: frozenset[int] = frozenset(),
        phrases_only: bool = False,
    ) -> list[Hit]:
        """Entries in `words`, left to right, longest first at each place; `skip` places are taken.
        Only words in neither the lexicon nor `known` are read as slips of a lexicon word;
        `phrases_only` finds expressions of two or more words and nothing else."""
        hits: list[Hit] = []
        i = 0
        while i < len(words):
            if i in skip:
                i += 1
                continue
            entry = self._longest(words, i, skip)
            if (
                entry is not None
                and entry.phrase[0] in ARTICLES
                and self._overrun(words, i, len(entry.phrase), skip)
            ):
                # "the market leader": "market leader" is the longer expression, "the" its article
                # (never "down year on year": "down year" is read, then "year on year")
                entry = None
            if (
                entry is not None
                and entry.role is Role.SMALLTALK
                and self._overrun(words, i, len(entry.phrase), skip, 2)
            ):
                # "did they fail to sell 70m?": "fail to sell" runs past the judgement "did they fail",
                # so the question is of the figure, not a judgement of it
                entry = None
            if entry is not None and not (phrases_only and len(entry.phrase) == 1):
                hits.append(Hit(entry, i, len(entry.phrase), " ".join(words[i : i + len(entry.phrase)])))
                i += len(entry.phrase)
                continue
            word = words[i]
            if (
                not phrases_only
                and word not in self.words
                and word not in known
                and word not in self.own_words
            ):
                # a slip of a known word first, as ever; else a movement word by its ending alone
                slip = self.fuzzy.closest(word)
                close = slip or self._base_form(word)
                if close is not None:
                    hits.append(Hit(self.single[close], i, 1, word, by_form=slip is None))
            i += 1
        return hits

    def _base_form(self, word: str) -> str | None:
        """The movement word `word` is a regular form of: "declining" is "decline", "dipping" "dip".
        Only words of movement and comparison: "meaning" is no "mean", "adding" no "add"."""
        for base in base_forms(word, VERB_ENDINGS):
            entry = self.single.get(base)
            if entry is not None and entry.role is Role.OPERATION and entry.means in INFLECTED_MEANS:
                return base
        return None

    def _overrun(self, words: list[str], i: int, n: int, skip: frozenset[int], at_least: int = 0) -> bool:
        """Whether an expression (of `at_least` words, else longer than `n`) starts inside the `n`
        words at `i` and runs past them."""
        for k in range(1, n):
            inner = self._longest(words, i + k, skip)
            if inner is not None and len(inner.phrase) >= (at_least or n + 1) and k + len(inner.phrase) > n:
                return True
        return False

    def _longest(self, words: list[str], i: int, skip: frozenset[int]) -> Entry | None:
        for entry in self.by_first_word.get(words[i], ()):
            n = len(entry.phrase)
            if tuple(words[i : i + n]) == entry.phrase and not any(j in skip for j in range(i, i + n)):
                return entry
        return None
