"""Evaluate the engine on labelled question sets (the format of shared/eval/questions.yaml).

A case passes when the answer states every expected value and word, or, for
`answered: false`, when the bot says it does not know. Grading follows the
shared grader: any usual spelling of a value counts ("61 million", "61M").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answer import Answer, Conversation

MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mil": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
}
NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|mln|mil|mn|bn|k|m|b)?(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Case:
    question: str
    values: tuple[float, ...] = ()
    words: tuple[str, ...] = ()
    words_any: tuple[str, ...] = ()
    answered: bool = True
    tag: str = "-"
    intent: str | None = None
    turns: tuple[str, ...] = ()  # earlier turns of a conversation, asked first


@dataclass(frozen=True)
class Result:
    case: Case
    answer: Answer
    outcome: str  # "pass", "wrong" (a wrong or made-up answer), "abstain" (said it did not know)

    @property
    def passed(self) -> bool:
        return self.outcome == "pass"


def numbers_in(text: str) -> list[float]:
    found = []
    for number, unit in NUMBER.findall(text.replace("\u2009", " ").replace("\xa0", " ")):
        value = float(number.replace(",", ""))
        found.append(value * MULTIPLIERS[unit.lower()] if unit else value)
    return found


def states(value: float, found: list[float]) -> bool:
    return any(abs(n - value) <= max(abs(value) * 0.005, 1e-9) for n in found)


def grade(case: Case, answer: Answer) -> str:
    if not case.answered:
        return "wrong" if answer.answered else "pass"
    if not answer.answered:
        return "abstain"
    text = " ".join(answer.text.lower().split())
    found = numbers_in(answer.text)
    ok = all(states(v, found) for v in case.values)
    ok = ok and all(w.lower() in text for w in case.words)
    if case.words_any:
        ok = ok and any(w.lower() in text for w in case.words_any)
    return "pass" if ok else "wrong"


def load_cases(path: Path) -> list[Case]:
    """Single questions (`q`) and conversations (`turns`, with `expect` for the last turn)."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    cases = []
    for item in raw:
        expect = item.get("expect", item)
        turns = tuple(item.get("turns", ()))
        question = item["q"] if "q" in item else turns[-1]
        cases.append(
            Case(
                question=question,
                values=tuple(float(v) for v in expect.get("values", ())),
                words=tuple(expect.get("words", ())),
                words_any=tuple(expect.get("words_any", ())),
                answered=expect.get("answered", True) is not False,
                tag=item.get("tag", "followup" if turns else "-"),
                intent=item.get("intent"),
                turns=turns[:-1],
            )
        )
    return cases


def run_cases(cases: list[Case], answer: Callable[[str, Conversation | None], Answer]) -> list[Result]:
    results = []
    for case in cases:
        conversation = Conversation() if case.turns else None
        for turn in case.turns:
            answer(turn, conversation)
        reply = answer(case.question, conversation)
        results.append(Result(case, reply, grade(case, reply)))
    return results
