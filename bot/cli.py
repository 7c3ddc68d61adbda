"""Command line: a thin layer over the engine and the Telegram app.

Errors the user can fix (bad settings, bad knowledge files) become one clear
message and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.config import ConfigError, Settings, load_settings
from bot.knowledge.files import KnowledgeError, load_knowledge
from bot.knowledge.store import build, describe, kept_notice
from bot.understanding import Conversation

EXIT_USAGE = 2
ROOT = Path(__file__).resolve().parent.parent
MAX_PROBLEMS_SHOWN = 20  # knowledge-file problems printed, but by `kb check` (which lists them all)


class CommandError(Exception):
    """A problem the user can fix (an argument, a file); the message is one line."""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Market Facts Bot: quick market figures, with their sources. "
        "With no command: runs the Telegram bot if TELEGRAM_BOT_TOKEN is set, else a terminal chat.",
    )
    parser.add_argument("--env-file", help="settings file (default: .env, when there is one)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer questions and exit")
    ask.add_argument("questions", nargs="*", help="questions; with none, one per line from stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer, one per line")

    chat_command = commands.add_parser("chat", help="a conversation in the terminal, with follow-ups")
    chat_command.add_argument(
        "--json",
        action="store_true",
        help="questions from stdin, one per line, a blank line starting a new conversation; "
        "one ask --json object per question",
    )

    kb = commands.add_parser("kb", help="knowledge base: build or check it")
    kb_commands = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND", required=True)
    kb_commands.add_parser("build", help="build the SQLite knowledge base from knowledge/")
    kb_commands.add_parser("check", help="check the knowledge files without building")
    draft = kb_commands.add_parser(
        "draft", help="candidate fact rows from an article's text, for review, in knowledge/drafts/"
    )
    draft.add_argument("article", metavar="ARTICLE.txt", help="the article's plain text")
    draft.add_argument("--source", required=True, metavar="ID", help="its id in sources.csv")

    evaluate = commands.add_parser("eval", help="measure question understanding on labelled questions")
    evaluate.add_argument("sets", nargs="*", metavar="QUESTIONS.yaml", help="default: eval/*.yaml")
    evaluate.add_argument("--json", metavar="FILE", help="write the full report as JSON")
    evaluate.add_argument("--html", metavar="FILE", help="write a self-contained HTML page")
    evaluate.add_argument(
        "--min-accuracy", type=float, metavar="SHARE", help="exit 1 below this accuracy (0-1)"
    )

    unanswered = commands.add_parser(
        "unanswered", help="the most frequent questions the bot could not answer"
    )
    unanswered.add_argument("--since", metavar="AGE", help="only the last 7d, 12h, 30m ... (default: all)")
    unanswered.add_argument("--top", default="20", metavar="N", help="how many groups (default 20)")

    bench = commands.add_parser("bench", help="measure speed, start-up and memory next to their floors")
    bench.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    bench.add_argument("--quick", action="store_true", help="a small, fast run (for the tests)")

    run = commands.add_parser("run", help="run the Telegram bot (long polling, or --webhook)")
    run.add_argument("--webhook", metavar="URL", help="serve a webhook at this public https URL")
    run.add_argument("--listen", default="0.0.0.0", help="webhook listen address (default 0.0.0.0)")
    run.add_argument("--port", type=int, default=8443, help="webhook port (default 8443)")
    run.add_argument("--secret-token", help="webhook secret token (default: WEBHOOK_SECRET_TOKEN)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    settings: Settings | None = None
    try:
        settings = load_settings(env_file(args.env_file))
        return dispatch(args, settings)
    except (ConfigError, CommandError) as error:
        return fail(str(error).splitlines())
    except KnowledgeError as error:
        lists_all = args.command == "kb" and args.kb_command == "check"
        return fail(error.problems if lists_all else shown_problems(error.problems))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `python -m bot eval | head`: the reader left; say nothing more (as the Python docs advise).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:  # an unwritable data folder, a full disk, a folder where a file should be
        return fail([os_problem(error)])
    except sqlite3.Error as error:  # only the knowledge base is opened outside bot.unanswered
        where = settings.database_path if settings else "the knowledge base"
        return fail([f"cannot use the knowledge base {where}: {error}"])


def env_file(named: str | None) -> Path:
    """The settings file: `.env` may be absent, but a file named with --env-file must be there
    (a typo in its name would otherwise run the bot with none of its settings)."""
    if named is None:
        return Path(".env")
    path = Path(named)
    if not path.is_file():
        raise CommandError(f"--env-file {named}: no such file")
    return path


def fail(lines: list[str]) -> int:
    for line in lines:
        print(f"error: {line}", file=sys.stderr)
    return EXIT_USAGE


def shown_problems(problems: list[str]) -> list[str]:
    """The first problems only: one broken file can make hundreds of rows refer to nothing."""
    if len(problems) <= MAX_PROBLEMS_SHOWN:
        return problems
    more = len(problems) - MAX_PROBLEMS_SHOWN
    return [*problems[:MAX_PROBLEMS_SHOWN], f"... and {more} more (python -m bot kb check lists them all)"]


def os_problem(error: OSError) -> str:
    """'Is a directory: data/kb.db', one line, without the errno."""
    where = " -> ".join(str(name) for name in (error.filename, error.filename2) if name)
    reason = error.strerror or str(error)
    return f"{reason}: {where}" if where else reason


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command
    if command is None:
        if settings.telegram_bot_token:
            return run_bot(args, settings)
        print(
            "No TELEGRAM_BOT_TOKEN set, so here is the bot in your terminal. To put it on Telegram, "
            "get a token from @BotFather and put TELEGRAM_BOT_TOKEN=... in .env (see docs/telegram.md).",
            file=sys.stderr,
        )
        return chat(settings, sys.stdin, interactive=sys.stdin.isatty())
    if command == "ask":
        return ask(settings, args.questions, as_json=args.json)
    if command == "chat":
        return chat(settings, sys.stdin, interactive=sys.stdin.isatty() and not args.json, as_json=args.json)
    if command == "kb" and args.kb_command == "draft":
        return draft_command(args, settings)
    if command == "kb":
        return knowledge_command(args.kb_command, settings)
    if command == "run":
        return run_bot(args, settings)
    if command == "eval":
        return evaluate_command(args, settings)
    if command == "bench":
        return bench_command(args, settings)
    if command == "unanswered":
        return unanswered_command(args, settings)
    raise AssertionError(command)


def unanswered_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import unanswered

    top = args.top.strip()
    if not top.isdigit() or int(top) < 1:
        raise CommandError(f"--top must be a whole number of at least 1, got {args.top!r}")
    try:
        since = unanswered.parse_duration(args.since) if args.since else None
    except ValueError as error:
        raise CommandError(f"--since: {error}") from error
    try:
        rows = unanswered.read_unanswered(settings.unanswered_db, since)
    except unanswered.NothingRecorded as nothing:
        print(nothing)  # not a fault: the bot has not met a question it could not answer yet
        return 0
    except unanswered.UnansweredError as error:
        raise CommandError(str(error)) from error
    print(unanswered.format_top(unanswered.top_unanswered(rows, int(top)), len(rows), args.since))
    return 0


def open_engine(settings: Settings):
    # Imported here so `kb check` and `--help` never pay for the matcher.
    from bot.engine import load_engine

    engine = load_engine(settings)
    if engine.file_problems:  # answering from the last good knowledge base: say so, and why
        for line in kept_notice(engine.kb.meta, engine.file_problems, MAX_PROBLEMS_SHOWN):
            print(f"warning: {line}", file=sys.stderr)
    return engine


def stdin_questions(stream: Iterable[str]) -> Iterator[str]:
    for line in stream:
        yield line.rstrip("\r\n")


def ask(settings: Settings, questions: list[str], as_json: bool) -> int:
    engine = open_engine(settings)
    for question in questions or stdin_questions(sys.stdin):
        answer = engine.answer(question)  # each question on its own: no conversation
        print(
            json.dumps(answer.as_dict(), ensure_ascii=False) if as_json else answer.text,
            flush=True,
        )
    return 0


def chat(settings: Settings, stream, interactive: bool, as_json: bool = False) -> int:
    engine = open_engine(settings)
    conversation = Conversation()
    if interactive:
        print(
            f"Ask me about {engine.summary(short=True)}\nTry: {engine.example_questions[0]}  (Ctrl-D to quit)"
        )
    while True:
        if interactive:
            print("> ", end="", flush=True)
        line = stream.readline()
        if not line:
            return 0
        question = line.strip()
        if not question:
            if as_json:
                conversation = Conversation()  # a blank line: the next question starts afresh
            continue
        if question.lower() in ("quit", "exit", "/quit") and not as_json:
            return 0
        answer = engine.answer(question, conversation)
        if as_json:
            print(json.dumps(answer.as_dict(), ensure_ascii=False), flush=True)
            continue
        print(answer.text, flush=True)
        for suggestion in answer.suggestions:
            print(f"  ? {suggestion}")


def knowledge_command(kb_command: str, settings: Settings) -> int:
    if kb_command == "check":
        knowledge = load_knowledge(settings.knowledge_dir)
        print(
            f"ok: {len(knowledge.facts)} facts from {len(knowledge.sources)} sources, "
            f"{len(knowledge.intents)} intents, {len(knowledge.phrasings)} phrasings"
        )
        return 0
    started = time.perf_counter()
    build(settings.knowledge_dir, settings.database_path)
    seconds = time.perf_counter() - started
    print(f"built {settings.database_path}: {describe(settings.database_path)} in {seconds:.2f} s")
    return 0


def draft_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.draft import DraftError, draft_article

    try:
        drafted = draft_article(
            load_knowledge(settings.knowledge_dir), settings.knowledge_dir, Path(args.article), args.source
        )
    except DraftError as error:
        raise CommandError(str(error)) from error
    print(f"wrote {drafted.path}: {drafted.summary()}")
    print(
        f"next: review it, move the rows into {settings.knowledge_dir / 'facts' / (args.source + '.csv')}, "
        "then run python -m bot kb check"
    )
    return 0


def evaluate_command(args: argparse.Namespace, settings: Settings) -> int:
    from bot import evaluate

    paths = [Path(p) for p in args.sets] or evaluate.default_paths(ROOT)
    missing = [str(p) for p in paths if not p.is_file()]
    if missing or not paths:
        print(f"error: question set not found: {', '.join(missing) or 'eval/*.yaml'}", file=sys.stderr)
        return EXIT_USAGE
    try:
        cases = [case for path in paths for case in evaluate.load_cases(path)]
    except evaluate.QuestionSetError as error:
        raise CommandError(str(error)) from error
    engine = open_engine(settings)
    summary = evaluate.summarise(evaluate.measure(cases, engine))
    print(evaluate.format_report(summary))
    if args.json:
        report = {**summary, "sets": [str(p) for p in paths]}
        Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.html:
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from tools.eval_plots import confusion_png  # a developer's picture, drawn by the repository's tools

        Path(args.html).write_text(evaluate.html_report(summary, confusion_png(summary)), encoding="utf-8")
    if args.min_accuracy is not None and summary["accuracy"] < args.min_accuracy:
        print(f"accuracy {summary['accuracy']:.1%} is below --min-accuracy {args.min_accuracy:.1%}")
        return 1
    return 0


def bench_command(args: argparse.Namespace, settings: Settings) -> int:
    # Not part of the product: the bench lives in tools/ beside the package, in the repository.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tools import bench

    return bench.main(settings, quick=args.quick, json_path=args.json)


def run_bot(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_token()
    from bot.chat_app.app import run

    run(
        settings,
        webhook_url=getattr(args, "webhook", None),
        listen=getattr(args, "listen", "0.0.0.0"),
        port=getattr(args, "port", 8443),
        secret_token=getattr(args, "secret_token", None) or settings.webhook_secret_token,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
