"""Evaluate the engine on labelled question sets (the format of shared/eval/questions.yaml).

A case passes when the answer states every expected value and word, or, for
`answered: false`, when the bot says it does not know. Grading follows the
shared grader: any usual spelling of a value counts ("61 million", "61M").
"""

from __future__ import annotations

import html
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answer import Answer
from bot.understanding import Conversation

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
    # (figures are looked for in what the answer says, never in its sources' titles: "... Sell 70
    # Million Phones In 2017" would pass any answer as stating 70 million)
    found = numbers_in(answer.body)
    ok = all(states(v, found) for v in case.values)
    ok = ok and all(w.lower() in text for w in case.words)
    if case.words_any:
        ok = ok and any(w.lower() in text for w in case.words_any)
    return "pass" if ok else "wrong"


def reason(case: Case, answer: Answer) -> str:
    """Why a case failed, in words: what the answer lacks, or that it said it did not know."""
    if not case.answered:
        return "answered, but should have said I don't know" if answer.answered else ""
    if not answer.answered:
        return "said I don't know"
    text = " ".join(answer.text.lower().split())
    found = numbers_in(answer.body)
    missing = [f"figure {spoken(v)}" for v in case.values if not states(v, found)]
    missing += [f"word '{w}'" for w in case.words if w.lower() not in text]
    if case.words_any and not any(w.lower() in text for w in case.words_any):
        missing.append("any of " + ", ".join(f"'{w}'" for w in case.words_any))
    return "missing " + ", ".join(missing) if missing else ""


def spoken(value: float) -> str:
    """61e6 -> '61 million', 46e9 -> '46 billion', 2015 -> '2015'."""
    for scale, name in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(value) >= scale and value % (scale / 100) == 0:
            return f"{value / scale:g} {name}"
    return f"{value:g}"


class QuestionSetError(Exception):
    """A question set with a row the grader cannot read as written: named by file and row."""


# What a row may say. A key outside these would be ignored, and the row graded as something it
# does not say ("decline: true" read as nothing, so any answer passed), so it is an error instead.
CASE_KEYS = frozenset({"q", "turns", "expect", "values", "words", "words_any", "answered", "tag", "intent"})


def load_cases(path: Path) -> list[Case]:
    """Single questions (`q`) and conversations (`turns`, with `expect` for the last turn)."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    cases = []
    for row, item in enumerate(raw, start=1):
        unknown = sorted(set(item) - CASE_KEYS) + sorted(set(item.get("expect", {})) - CASE_KEYS)
        if unknown:
            known = ", ".join(sorted(CASE_KEYS))
            raise QuestionSetError(f"{path}: row {row}: unknown key {', '.join(unknown)} (known: {known})")
        expect = item.get("expect", item)
        # `turns` alone is the whole conversation; beside `q` it is the turns before it
        turns = tuple(item.get("turns", ()))
        turns = (*turns, item["q"]) if "q" in item and turns else turns
        question = item["q"] if "q" in item else turns[-1]
        cases.append(
            Case(
                question=question,
                values=tuple(float(v) for v in expect.get("values", ())),
                words=tuple(expect.get("words", ())),
                words_any=tuple(expect.get("words_any", ())),
                answered=expect.get("answered", True) is not False,
                tag=str(item.get("tag", "followup" if turns else "-")),  # "tag: 2014" is a name too
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


# ---- the report ---------------------------------------------------------------------------------

TUNING_SETS = "tuning/*.yaml"
BLIND_SETS = "blind/*.yaml"
PAGE_STYLE = (
    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:2px 6px}"
)


@dataclass(frozen=True)
class Measured:
    """One graded case with what the engine saw: the two best intents and the time taken."""

    result: Result
    best: tuple[str | None, float]
    second: tuple[str | None, float]
    seconds: float


def default_paths(root: Path) -> list[Path]:
    """The tuning sets: what `eval` measures, and CI gates on, when no set is named."""
    return sorted((root / "eval").glob(TUNING_SETS))


def blind_paths(root: Path) -> list[Path]:
    """The blind sets: measured beside the tuning sets, never tuned on, never a gate."""
    return sorted((root / "eval").glob(BLIND_SETS))


def measure(cases: list[Case], engine) -> list[Measured]:
    """Answer every case (conversations turn by turn) and time the graded turn."""
    measured = []
    for case in cases:
        conversation = Conversation() if case.turns else None
        for turn in case.turns:
            engine.answer(turn, conversation)
        started = time.perf_counter()
        answer = engine.answer(case.question, conversation)
        seconds = time.perf_counter() - started
        frame = engine.understand(case.question)
        understood = (frame.operation or "figure") if frame.metric else ("fact" if frame.content else None)
        best = (f"{frame.metric or ''}:{understood}" if understood else None, answer.confidence)
        measured.append(Measured(Result(case, answer, grade(case, answer)), best, (None, 0.0), seconds))
    return measured


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def summarise(measured: list[Measured]) -> dict:
    """Everything the report shows, as plain data (also what --json writes)."""
    results = [m.result for m in measured]
    outcomes = Counter(r.outcome for r in results)
    by_tag: dict[str, Counter] = defaultdict(Counter)
    by_intent: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    for r in results:
        expected = r.case.intent or ("none" if not r.case.answered else "?")
        got = r.answer.intent if r.answer.answered else "none"
        by_tag[r.case.tag][r.outcome] += 1
        by_intent[expected][r.outcome] += 1
        if r.case.intent and expected != got:
            confusion[(expected, got)] += 1
    latencies = [m.seconds * 1e6 for m in measured]
    return {
        "cases": len(results),
        "passed": outcomes["pass"],
        "accuracy": outcomes["pass"] / len(results) if results else 0.0,
        "wrong": outcomes["wrong"],
        "unknown_answered": sum(1 for r in results if r.outcome == "wrong" and not r.case.answered),
        "abstained": outcomes["abstain"],
        "by_tag": {tag: dict(c) for tag, c in sorted(by_tag.items())},
        "by_intent": {intent: dict(c) for intent, c in sorted(by_intent.items())},
        "confusion": [{"expected": e, "got": g, "count": n} for (e, g), n in confusion.most_common()],
        "wrong_answers": [_case_row(m) for m in measured if m.result.outcome == "wrong"],
        "abstentions": [_case_row(m) for m in measured if m.result.outcome == "abstain"],
        "latency_us": {
            "p50": round(percentile(latencies, 0.50), 1),
            "p95": round(percentile(latencies, 0.95), 1),
            "p99": round(percentile(latencies, 0.99), 1),
        },
    }


def _case_row(m: Measured) -> dict:
    return {
        "question": m.result.case.question,
        "expected": m.result.case.intent,
        "got": m.result.answer.intent if m.result.answer.answered else None,
        "best": list(m.best),
        "second": list(m.second),
        "answer": m.result.answer.text[:200],
        "reason": reason(m.result.case, m.result.answer),
    }


def format_report(summary: dict) -> str:
    """The report as text tables for the terminal."""
    lines = [
        f"accuracy {summary['passed']}/{summary['cases']} = {summary['accuracy']:.1%}; "
        f"wrong {summary['wrong']} (unknown answered {summary['unknown_answered']}); "
        f"abstained {summary['abstained']}",
        "latency per question: p50 {p50} us, p95 {p95} us, p99 {p99} us".format(**summary["latency_us"]),
        "",
        _counts_table("tag", summary["by_tag"]),
        "",
        _counts_table("intent", summary["by_intent"]),
        "",
        "confused intents (expected -> answered as):",
    ]
    confused = [[c["count"], c["expected"], c["got"]] for c in summary["confusion"][:10]]
    lines += _text_table(["count", "expected", "answered as"], confused) if confused else ["  none"]
    lines += _listing("wrong answers (worst outcome)", summary["wrong_answers"])
    lines += _listing("abstentions", summary["abstentions"])
    return "\n".join(lines)


def _counts_table(label: str, rows: dict[str, dict]) -> str:
    table = [[name, c.get("pass", 0), c.get("wrong", 0), c.get("abstain", 0)] for name, c in rows.items()]
    return "\n".join(_text_table([label, "pass", "wrong", "abstain"], table))


def _text_table(header: list[str], rows: list[list], widest: int = 60) -> list[str]:
    """Columns padded to their widest cell (text cut at `widest`); numbers right-aligned, and
    nothing shown as '-' rather than None."""
    cells = [[_cell(c, widest) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    numeric = [all(isinstance(row[i], int | float) for row in rows) for i in range(len(header))]
    return [
        "  "
        + "  ".join(
            c.rjust(w) if num else c.ljust(w) for c, w, num in zip(row, widths, numeric, strict=True)
        ).rstrip()
        for row in cells
    ]


def _cell(value: object, widest: int) -> str:
    text = "-" if value is None or value == "" else str(value)
    return text if len(text) <= widest else text[: widest - 1] + "\u2026"


def _listing(title: str, rows: list[dict], limit: int = 15) -> list[str]:
    out = ["", f"{title}: {len(rows)}"]
    table = [[r["question"], r["expected"], r["got"], r["reason"]] for r in rows[:limit]]
    if table:
        out += _text_table(["question", "expected", "got", "why"], table)
    if len(rows) > limit:
        out.append(f"  ... and {len(rows) - limit} more (--json or --html lists them all)")
    return out


def html_report(summary: dict, picture: str = "") -> str:
    """One self-contained page: the tables and `picture`, a confusion matrix as a base64 PNG
    (drawn by tools/eval_plots.py: plotting is not part of the product)."""
    body = [
        "<h1>Market Facts Bot: question understanding</h1>",
        f"<p>{html.escape(format_report(summary).splitlines()[0])}</p>",
        f"<p>latency p50 {summary['latency_us']['p50']} us, p99 {summary['latency_us']['p99']} us</p>",
        _html_table(
            "By tag",
            ["tag", "pass", "wrong", "abstain"],
            [
                [t, c.get("pass", 0), c.get("wrong", 0), c.get("abstain", 0)]
                for t, c in summary["by_tag"].items()
            ],
        ),
        _html_table(
            "By intent",
            ["intent", "pass", "wrong", "abstain"],
            [
                [t, c.get("pass", 0), c.get("wrong", 0), c.get("abstain", 0)]
                for t, c in summary["by_intent"].items()
            ],
        ),
        "<h2>Confusion matrix</h2>",
        f'<img alt="confusion matrix" src="data:image/png;base64,{picture}">' if picture else "<p>none</p>",
        _html_table(
            "Wrong answers",
            ["question", "expected", "got", "why", "answer"],
            [
                [r["question"], r["expected"], r["got"], r["reason"], r["answer"]]
                for r in summary["wrong_answers"]
            ],
        ),
        _html_table(
            "Abstentions",
            ["question", "expected", "understood as", "why"],
            [[r["question"], r["expected"], r["best"][0], r["reason"]] for r in summary["abstentions"]],
        ),
    ]
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Evaluation</title>"
        f"<style>{PAGE_STYLE}</style></head><body>{''.join(body)}</body></html>"
    )


def _html_table(title: str, header: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(c, 10_000))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<h2>{html.escape(title)}</h2><table><tr>{head}</tr>{cells}</table>"
