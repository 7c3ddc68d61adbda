"""`python -m bot bench`: how fast the bot is, next to the floors it cannot beat.

1. Engine: questions per second on one core and latency per question, next to a bare
   RapidFuzz `extractOne` over the same phrasings for the same questions.
2. End to end: updates per second through the real Application (`python -m bot run`)
   against the stand-in Bot API server, next to a bare python-telegram-bot echo bot.
3. Start-up: seconds from launch to the first getUpdates, and peak memory (VmHWM), for
   the bot and the echo bot.
4. Knowledge base: build time of knowledge/, and of one 1,000 times larger, with the
   answer latency on it for the same questions.

Figures are measured, never asserted: the targets are printed next to them.
"""

from __future__ import annotations

import compileall
import csv
import importlib
import itertools
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.engine import Engine
from bot.evaluate import load_cases
from bot.knowledge.store import build
from bot.matcher import bare_extract_one

ROOT = Path(__file__).resolve().parent.parent
QUESTION_SETS = (ROOT / "eval" / "tuning" / "questions.yaml", ROOT / "tests" / "data" / "dev_questions.yaml")
GENERATED_SOURCE = "generated-bench"
YEARS = tuple(range(2000, 2023))  # 23 yearly figures per invented company
SYLLABLES = ("ka", "lo", "ru", "ve", "zo", "ta", "ne", "si", "bu", "mo", "pe", "da", "gu", "fi", "ho", "ja")

# Targets from the brief; printed next to the measured figures, never asserted.
TARGET_ENGINE_RATIO = 5.0  # engine time / bare extractOne time
TARGET_P99_US = 1000.0
TARGET_E2E_SHARE = 0.8  # of the echo bot's updates per second
TARGET_STARTUP_RATIO = 1.2  # #10
TARGET_MEMORY_RATIO = 1.3  # #10
TARGET_BIG_BUILD_S = 10.0


@dataclass(frozen=True)
class Sizes:
    questions: int  # engine questions (part 1)
    updates: int  # updates per end-to-end run (part 2)
    runs: int  # launches per bot (parts 2-3); medians are reported
    companies: int  # invented companies in the large knowledge base (23 facts each)
    latency_questions: int  # questions answered on each knowledge base (part 4)


# Start-up varies by a third from one launch to the next on a shared VM: medians of five launches.
FULL = Sizes(questions=10_000, updates=1_000, runs=5, companies=2_000, latency_questions=1_000)
QUICK = Sizes(questions=500, updates=100, runs=1, companies=100, latency_questions=200)


# ---- helpers ------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def labelled_questions() -> list[str]:
    """The single labelled questions of eval/tuning/questions.yaml and the development set."""
    questions = []
    for path in QUESTION_SETS:
        if path.is_file():
            questions += [c.question for c in load_cases(path) if not c.turns and c.question.strip()]
    return questions


def cycled(questions: list[str], count: int) -> list[str]:
    return list(itertools.islice(itertools.cycle(questions), count))


class OneCore:
    """Pins this process to one core while measuring (Linux), then restores the affinity."""

    def __enter__(self) -> OneCore:
        self.saved = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
        if self.saved:
            os.sched_setaffinity(0, {min(self.saved)})
        return self

    def __exit__(self, *exc: object) -> None:
        if self.saved:
            os.sched_setaffinity(0, self.saved)


def answer_latencies(engine: Engine, questions: list[str]) -> list[float]:
    """Microseconds per `Engine.answer`, each question on its own (no conversation)."""
    clock = time.perf_counter_ns
    latencies = []
    for question in questions:
        started = clock()
        engine.answer(question)
        latencies.append((clock() - started) / 1000)
    return latencies


# ---- 1. engine ----------------------------------------------------------------------------------


def engine_section(engine: Engine, questions: list[str], count: int) -> dict:
    asked = cycled(questions, count)
    choices = engine.matcher.choices
    for question in questions:  # warm up: first-time costs (caches, imports) are not steady state
        engine.answer(question)
    bare_extract_one(questions, choices)
    with OneCore():
        latencies = answer_latencies(engine, asked)
        clock = time.perf_counter_ns
        floor = []
        for question in asked:
            started = clock()
            bare_extract_one([question], choices)
            floor.append((clock() - started) / 1000)
    engine_s, floor_s = sum(latencies) / 1e6, sum(floor) / 1e6
    return {
        "questions": count,
        "distinct_questions": len(set(questions)),
        "phrasings": len(choices),
        "engine_seconds": round(engine_s, 4),
        "engine_qps": round(count / engine_s, 1),
        "engine_p50_us": round(percentile(latencies, 0.50), 1),
        "engine_p99_us": round(percentile(latencies, 0.99), 1),
        "floor_seconds": round(floor_s, 4),
        "floor_qps": round(count / floor_s, 1),
        "floor_p50_us": round(percentile(floor, 0.50), 1),
        "floor_p99_us": round(percentile(floor, 0.99), 1),
        "ratio_engine_to_floor": round(engine_s / floor_s, 2),
    }


# ---- 2-3. end to end and start-up ---------------------------------------------------------------


def private_update(chat_id: int, text: str) -> dict:
    user = {"id": chat_id, "is_bot": False, "first_name": f"User {chat_id}"}
    return {
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": user["first_name"]},
            "from": user,
            "text": text,
        }
    }


def peak_rss_kib(pid: int) -> int:
    """VmHWM (peak resident memory) of a running process, in KiB; 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def child_env(stand_in, server, database: Path) -> dict[str, str]:
    ours = ("TELEGRAM_", "KNOWLEDGE_", "BOT_", "WEBHOOK_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    env.update(
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        TELEGRAM_BOT_TOKEN=stand_in.TOKEN,
        TELEGRAM_BASE_URL=server.base_url,
        BOT_RATE_LIMIT="off",
        KNOWLEDGE_DB=str(database),
        PYTHONUNBUFFERED="1",
    )
    return env


def wait_answered(server, chats: set[int], timeout: float) -> float:
    """Wait until every chat got a sendMessage; the time the last one arrived (monotonic)."""
    deadline = time.monotonic() + timeout
    while True:
        calls = [c for c in server.requests("sendMessage") if c.params.get("chat_id") in chats]
        if len({c.params.get("chat_id") for c in calls}) >= len(chats):
            return max(c.at for c in calls)
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(calls)} of {len(chats)} chats answered within {timeout:.0f} s")
        time.sleep(0.005)


def launch(
    stand_in, module: str, database: Path, questions: list[str], workdir: Path, extra_env: dict | None = None
) -> dict:
    """One launch of `python -m <module>` against a fresh stand-in server.

    An update is waiting before launch, so the first getUpdates returns at once and its
    arrival is the start-up time; then `questions` go out from as many private chats.
    """
    server = stand_in.BotApiServer().start()
    log = workdir / f"{module.replace('.', '-')}.log"
    state = workdir / "bot-state.db"  # every launch starts with no chats, as the echo bot does
    for leftover in workdir.glob("bot-state.db*"):
        leftover.unlink()
    extra_env = {"BOT_STATE_FILE": str(state), **(extra_env or {})}
    try:
        server.push_update(private_update(1, questions[0]))
        with log.open("w") as stderr:
            launched = time.monotonic()
            process = subprocess.Popen(
                [sys.executable, "-m", module, *(["run"] if module == "bot" else [])],
                env={**child_env(stand_in, server, database), **(extra_env or {})},
                cwd=workdir,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            try:
                (first, *_) = server.wait_for("getUpdates", timeout=60)
                startup = first.at - launched
                wait_answered(server, {1}, timeout=60)
                chats = set(range(10_001, 10_001 + len(questions)))
                pushed = time.monotonic()
                for chat_id, question in zip(sorted(chats), questions, strict=True):
                    server.push_update(private_update(chat_id, question))
                last = wait_answered(server, chats, timeout=120)
                peak = peak_rss_kib(process.pid)
            except (AssertionError, TimeoutError) as error:
                raise RuntimeError(f"{module}: {error}\n{log.read_text()[-2000:]}") from None
            finally:
                stop(process)
    finally:
        server.stop()
    return {"startup_s": startup, "updates_per_s": len(questions) / (last - pushed), "peak_rss_kib": peak}


def compile_sources() -> None:
    """Both bots start from bytecode, as an installed bot does after its first start: this
    machine may set PYTHONDONTWRITEBYTECODE, which would have every launch compile the bot's
    10,000 lines again (~60 ms) and the echo bot's few dozen."""
    for package in ("bot", "tools"):
        compileall.compile_dir(ROOT / package, quiet=1)


def telegram_sections(stand_in, database: Path, questions: list[str], sizes: Sizes, workdir: Path):
    compile_sources()
    updates = cycled(questions, sizes.updates)
    # The bot as shipped, the bot one update at a time (as the echo bot works), the echo bot.
    variants = {
        "bot": ("bot", {}),
        "bot-sequential": ("bot", {"BOT_CONCURRENT_UPDATES": "1"}),
        "tools.echo_bot": ("tools.echo_bot", {}),
    }
    runs: dict[str, list[dict]] = {name: [] for name in variants}
    for _ in range(sizes.runs):
        for name, (module, extra) in variants.items():  # alternate, so drift hits all alike
            runs[name].append(launch(stand_in, module, database, updates, workdir, extra))

    def median(module: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[module])

    bot_rate, echo_rate = median("bot", "updates_per_s"), median("tools.echo_bot", "updates_per_s")
    sequential_rate = median("bot-sequential", "updates_per_s")
    end_to_end = {
        "updates": sizes.updates,
        "runs": sizes.runs,
        "bot_updates_per_s": round(bot_rate, 1),
        "bot_sequential_updates_per_s": round(sequential_rate, 1),
        "echo_updates_per_s": round(echo_rate, 1),
        "bot_share_of_echo": round(bot_rate / echo_rate, 3),
        "bot_sequential_share_of_echo": round(sequential_rate / echo_rate, 3),
    }
    bot_start, echo_start = median("bot", "startup_s"), median("tools.echo_bot", "startup_s")
    bot_rss, echo_rss = median("bot", "peak_rss_kib"), median("tools.echo_bot", "peak_rss_kib")
    startup = {
        "runs": sizes.runs,
        "bot_startup_s": round(bot_start, 3),
        "echo_startup_s": round(echo_start, 3),
        "startup_ratio": round(bot_start / echo_start, 2),
        "bot_peak_rss_mib": round(bot_rss / 1024, 1),
        "echo_peak_rss_mib": round(echo_rss / 1024, 1),
        "memory_ratio": round(bot_rss / echo_rss, 2) if echo_rss else None,
    }
    return end_to_end, startup


def text_questions(engine: Engine, questions: list[str]) -> list[str]:
    """Questions answered with one text message (no chart, no command): what an echo can match."""
    return [q for q in questions if not q.startswith("/") and engine.answer(q).chart is None]


# ---- 4. knowledge base --------------------------------------------------------------------------


def company_names(count: int) -> list[str]:
    """Invented, pronounceable company names ("Kalorux"): no real company, no English word."""
    names = []
    for parts in itertools.product(SYLLABLES, repeat=3):
        names.append("".join(parts).capitalize() + "x")
        if len(names) == count:
            return names
    raise ValueError(f"at most {len(SYLLABLES) ** 3} invented companies")


def enlarge(knowledge_dir: Path, target: Path, companies: int) -> int:
    """A copy of `knowledge_dir` with 23 yearly sales figures for each of `companies`
    invented companies, from one generated source (with no article, so no sentence check)."""
    shutil.copytree(knowledge_dir, target)
    names = company_names(companies)
    with (target / "companies.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([name, name.lower(), "Invented for the benchmark."] for name in names)
    with (target / "sources.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow([GENERATED_SOURCE, "Generated figures for python -m bot bench", "2024"])
    facts = 0
    with (target / "facts" / f"{GENERATED_SOURCE}.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["id", "subject", "metric", "period", "value", "value_to", "unit", "qualifiers", "quoted",
             "statement", "sentence"]
        )  # fmt: skip
        for number, name in enumerate(names):
            for year in YEARS:
                value = f"{(number * 7 + year) % 90 + 1}.{year % 10} million"
                sentence = f"{name} sold {value} smartphones in {year}."
                writer.writerow(
                    [f"{name.lower()}-{year}", name, "smartphones_sold", year, value, "", "smartphones", "",
                     "", "", sentence]
                )  # fmt: skip
                facts += 1
    return facts


def timed_build(knowledge_dir: Path, database: Path) -> tuple[float, int]:
    started = time.perf_counter()
    knowledge = build(knowledge_dir, database)
    return time.perf_counter() - started, len(knowledge.facts)


def knowledge_section(settings: Settings, questions: list[str], sizes: Sizes, workdir: Path) -> dict:
    small_s, small_facts = timed_build(settings.knowledge_dir, workdir / "build-check.db")
    # Fact look-ups unremembered on both, so the figures are the indexed SQL, not the cache.
    small = Engine.open(settings.knowledge_dir, workdir / "build-check.db", fact_cache_size=0)
    big_dir = workdir / "knowledge-large"
    enlarge(settings.knowledge_dir, big_dir, sizes.companies)
    big_s, big_facts = timed_build(big_dir, workdir / "knowledge-large.db")
    started = time.perf_counter()
    big = Engine.open(big_dir, workdir / "knowledge-large.db", fact_cache_size=0)
    open_s = time.perf_counter() - started
    asked = cycled(questions, sizes.latency_questions)
    for question in questions:  # warm up both alike
        small.answer(question)
        big.answer(question)
    with OneCore():
        small_lat = answer_latencies(small, asked)
        big_lat = answer_latencies(big, asked)
    # Named-company answers must not change; "I don't know" replies may (their summary counts companies).
    changed = sum(small.answer(q).answered and small.answer(q).text != big.answer(q).text for q in questions)
    big.kb.close()
    small.kb.close()
    return {
        "facts": small_facts,
        "build_s": round(small_s, 3),
        "large_facts": big_facts,
        "large_companies": sizes.companies,
        "large_build_s": round(big_s, 3),
        "large_open_s": round(open_s, 3),
        "questions": len(asked),
        "p50_us": round(percentile(small_lat, 0.50), 1),
        "p99_us": round(percentile(small_lat, 0.99), 1),
        "large_p50_us": round(percentile(big_lat, 0.50), 1),
        "large_p99_us": round(percentile(big_lat, 0.99), 1),
        "large_p50_ratio": round(percentile(big_lat, 0.50) / percentile(small_lat, 0.50), 2),
        "answers_changed": changed,
    }


# ---- report -------------------------------------------------------------------------------------


def cpu_times() -> list[int] | None:
    """The machine's CPU time counters (Linux /proc/stat), to see how much a host took away."""
    try:
        return [int(n) for n in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError, IndexError):
        return None


def steal_share(before: list[int] | None, after: list[int] | None) -> float | None:
    """Share of CPU time the hypervisor gave to other guests ("steal"): noise in every figure."""
    if not before or not after or len(before) < 8:
        return None
    deltas = [b - a for a, b in zip(before, after, strict=False)]
    total = sum(deltas[:8])
    return round(deltas[7] / total, 3) if total else None


def table(report: dict) -> str:
    rows: list[tuple[str, str, str, str, str]] = []
    e = report["engine"]
    rows += [
        ("engine questions/s (1 core)", f"{e['engine_qps']:,.0f}", f"{e['floor_qps']:,.0f}",
         f"{e['ratio_engine_to_floor']:.2f}x time", f"<= {TARGET_ENGINE_RATIO:g}x"),
        ("engine p50 latency", f"{e['engine_p50_us']:,.0f} us", f"{e['floor_p50_us']:,.0f} us", "", ""),
        ("engine p99 latency", f"{e['engine_p99_us']:,.0f} us", f"{e['floor_p99_us']:,.0f} us", "",
         f"< {TARGET_P99_US:,.0f} us"),
    ]  # fmt: skip
    t, s = report["end_to_end"], report["startup"]
    if "skipped" in t:
        rows.append(("end to end, start-up", "skipped", "", "", t["skipped"]))
    else:
        rows += [
            ("updates/s end to end", f"{t['bot_updates_per_s']:,.0f}", f"{t['echo_updates_per_s']:,.0f}",
             f"{t['bot_share_of_echo']:.0%}", f">= {TARGET_E2E_SHARE:.0%}"),
            ("  one update at a time", f"{t['bot_sequential_updates_per_s']:,.0f}",
             f"{t['echo_updates_per_s']:,.0f}", f"{t['bot_sequential_share_of_echo']:.0%}", ""),
            ("start-up to first getUpdates", f"{s['bot_startup_s']:.2f} s", f"{s['echo_startup_s']:.2f} s",
             f"{s['startup_ratio']:.2f}x", f"<= {TARGET_STARTUP_RATIO:g}x"),
            ("peak memory (VmHWM)", f"{s['bot_peak_rss_mib']:.0f} MiB", f"{s['echo_peak_rss_mib']:.0f} MiB",
             f"{s['memory_ratio']:.2f}x", f"<= {TARGET_MEMORY_RATIO:g}x"),
        ]  # fmt: skip
    k = report["knowledge_base"]
    rows += [
        (f"build knowledge/ ({k['facts']} facts)", f"{k['build_s']:.2f} s", "", "", ""),
        (f"build x{k['large_facts'] // max(k['facts'], 1)} ({k['large_facts']:,} facts)",
         f"{k['large_build_s']:.2f} s", "", "", f"< {TARGET_BIG_BUILD_S:g} s"),
        ("answer p50 / p99, large KB", f"{k['large_p50_us']:,.0f} / {k['large_p99_us']:,.0f} us",
         f"{k['p50_us']:,.0f} / {k['p99_us']:,.0f} us", f"{k['large_p50_ratio']:.2f}x p50", "flat"),
    ]  # fmt: skip
    header = ("measure", "bot", "floor", "ratio", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(
        "floors: engine = bare RapidFuzz extractOne (WRatio) over the same phrasings; "
        "end to end and start-up = a bare python-telegram-bot echo bot; large KB = knowledge/"
    )
    steal = report["machine"].get("cpu_steal_share")
    if steal is not None:
        lines.append(f"CPU steal during the run (time the host gave other guests): {steal:.1%}")
    return "\n".join(lines)


def load_stand_in():
    """tests/botapi_server.py, the stand-in Bot API server; None when it is not there."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    try:
        return importlib.import_module("tests.botapi_server")
    except ImportError:
        return None


def main(settings: Settings, quick: bool = False, json_path: str | None = None,
         say: Callable[[str], None] = print) -> int:  # fmt: skip
    sizes = QUICK if quick else FULL
    questions = labelled_questions()
    if not questions:
        say("error: no labelled questions found (eval/tuning/questions.yaml, tests/data/dev_questions.yaml)")
        return 2
    report: dict = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "date": time.strftime("%Y-%m-%d"),
            "quick": quick,
        }
    }
    cpu_before = cpu_times()
    with tempfile.TemporaryDirectory(prefix="bot-bench-") as tmp:
        workdir = Path(tmp)
        database = workdir / "knowledge.db"
        engine = Engine.open(settings.knowledge_dir, database)
        say(f"1/4 engine: {sizes.questions:,} questions ({len(questions)} distinct)...")
        report["engine"] = engine_section(engine, questions, sizes.questions)
        stand_in = load_stand_in()
        if stand_in is None:
            reason = "tests/botapi_server.py cannot be imported (run from the repository)"
            say(f"2-3/4 end to end and start-up: skipped: {reason}")
            report["end_to_end"] = report["startup"] = {"skipped": reason}
        else:
            say(f"2-3/4 end to end and start-up: {sizes.updates:,} updates, {sizes.runs} run(s) per bot...")
            report["end_to_end"], report["startup"] = telegram_sections(
                stand_in, database, text_questions(engine, questions), sizes, workdir
            )
        say(f"4/4 knowledge base: knowledge/ and {sizes.companies * len(YEARS):,} generated facts...")
        named = [q for q in questions if "xiaomi" in q.lower()]  # the same Xiaomi questions on both
        report["knowledge_base"] = knowledge_section(settings, named, sizes, workdir)
        engine.kb.close()
    report["machine"]["cpu_steal_share"] = steal_share(cpu_before, cpu_times())
    say(table(report))
    if json_path:
        Path(json_path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0
