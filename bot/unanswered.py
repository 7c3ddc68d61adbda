"""What people asked that the bot could not answer, so operators know what to add.

Questions answered "I don't know", and answers given with low confidence, go to a SQLite
file of their own (not the knowledge base): when, from which kind of chat, the question
(at most 500 characters), the closest intent and its score. Nothing about who asked: no
user id, name or chat id.

Writing never holds up an answer: `UnansweredLog.record` only appends to a bounded queue in
memory; a background thread writes it out in batches (WAL mode, a short busy timeout). A
full disk, a locked or unwritable file loses log rows, never answers.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer, AnswerKind
from bot.matcher import group_similar

log = logging.getLogger(__name__)

LOW_CONFIDENCE = 90.0  # answers scoring below this are logged too: the wording was a near miss
QUESTION_CHARS = 500  # stored per question
QUEUE_LIMIT = 10_000  # rows waiting in memory; past this the oldest are dropped
FLUSH_SECONDS = 1.0  # how often the writer wakes
BUSY_TIMEOUT_MS = 50  # a locked file costs the writer this long at most, then the batch is lost
DEFAULT_MAX_ROWS = 100_000
DEFAULT_MAX_DAYS = 90
CHAT_TYPES = ("private", "group", "inline")
# Said wherever the log is shown: 40 "I don't know"s in the terminal are not in it.
TELEGRAM_ONLY = "only questions asked on Telegram are recorded, not those of ask or chat"

SCHEMA = """
create table if not exists unanswered (
    id integer primary key,
    at text not null,          -- UTC, ISO 8601
    chat_type text not null,   -- private, group or inline
    question text not null,
    intent text,               -- the closest intent, if any
    score real not null        -- its score, 0-100
);
create index if not exists unanswered_at on unanswered (at);
"""


class UnansweredError(Exception):
    """The log cannot be read (not a database, no permission); the message is one line."""


class NothingRecorded(UnansweredError):
    """The log does not exist yet: nothing has been recorded, which is not a fault."""


@dataclass(frozen=True)
class Unanswered:
    at: str
    chat_type: str
    question: str
    intent: str | None
    score: float


@dataclass(frozen=True)
class WordingGroup:
    """Unanswered questions worded alike: how often, one wording, the closest intent."""

    count: int
    question: str
    wordings: int
    intent: str | None
    score: float


def needs_review(answer: Answer) -> bool:
    """ "I don't know", or an answer whose wording only just matched; never an empty question."""
    if not answer.question.strip():
        return False  # a bare mention of the bot: nothing to learn from
    if answer.kind in (AnswerKind.CHATTER, AnswerKind.ABOUT_BOT):
        return False  # "thanks!", "lol", "what can you do?": no question the knowledge lacks
    return not answer.answered or answer.confidence < LOW_CONFIDENCE


def utc_iso(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def entry(answer: Answer, chat_type: str, now: float | None = None) -> Unanswered:
    """The log row for an answer: the question trimmed, nothing about who asked."""
    return Unanswered(
        at=utc_iso(time.time() if now is None else now),
        chat_type=chat_type,
        question=" ".join(answer.question.split())[:QUESTION_CHARS],
        intent=answer.intent or answer.closest_intent,
        score=round(float(answer.confidence), 1),
    )


class UnansweredLog:
    """A buffered writer to the unanswered-question database."""

    def __init__(
        self,
        path: Path,
        max_rows: int = DEFAULT_MAX_ROWS,
        max_days: int = DEFAULT_MAX_DAYS,
        flush_seconds: float = FLUSH_SECONDS,
        queue_limit: int = QUEUE_LIMIT,
    ):
        self.path = Path(path)
        self.max_rows, self.max_days = max_rows, max_days
        self.flush_seconds = flush_seconds
        self._queue: deque[Unanswered] = deque(maxlen=queue_limit)
        self._write_lock = threading.Lock()  # one flush at a time (the thread, or close())
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._warned: set[str] = set()
        self.written = 0
        self.lost = 0

    # ---- the answer path: never blocks, never raises ----

    def record(self, answer: Answer, chat_type: str) -> None:
        if not needs_review(answer):
            return
        if len(self._queue) == self._queue.maxlen:
            self.lost += 1  # the deque drops its oldest row to make room
        self._queue.append(entry(answer, chat_type))

    # ---- the writer ----

    def start(self) -> UnansweredLog:
        self._thread = threading.Thread(target=self._run, name="unanswered-log", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop the writer and write what is still queued."""
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.flush()

    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait(self.flush_seconds)
            self._wake.clear()
            self.flush()

    def flush(self) -> int:
        """Write the queued rows in one transaction and prune; the rows written."""
        with self._write_lock:
            batch = self._take()
            if not batch:
                return 0
            try:
                self._write(batch)
            except (sqlite3.Error, OSError) as error:
                self.lost += len(batch)
                self._warn_once(error)
                return 0
            self.written += len(batch)
            return len(batch)

    def _take(self) -> list[Unanswered]:
        batch = []
        while self._queue:
            try:
                batch.append(self._queue.popleft())
            except IndexError:  # emptied by another thread in between
                break
        return batch

    def _write(self, batch: list[Unanswered]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("pragma journal_mode = wal")
            conn.executescript(SCHEMA)
            with conn:
                conn.executemany(
                    "insert into unanswered (at, chat_type, question, intent, score) values (?, ?, ?, ?, ?)",
                    [(r.at, r.chat_type, r.question, r.intent, r.score) for r in batch],
                )
                self._prune(conn)
        finally:
            conn.close()

    def _prune(self, conn: sqlite3.Connection) -> None:
        """Keep the newest `max_rows` rows of the last `max_days` days, whichever is fewer."""
        conn.execute("delete from unanswered where at < ?", [utc_iso(time.time() - self.max_days * 86400)])
        newest_dropped = "select id from unanswered order by id desc limit 1 offset ?"
        conn.execute(f"delete from unanswered where id <= ({newest_dropped})", [self.max_rows])

    def _warn_once(self, error: Exception) -> None:
        kind = type(error).__name__ + str(error)[:40]
        if kind not in self._warned:
            self._warned.add(kind)
            log.warning(
                "unanswered-question log %s: %s (log rows are lost, answers are not)", self.path, error
            )


# ---- reading, for `python -m bot unanswered` and /stats ----------------------------------------


DURATION = re.compile(r"^([1-9]\d{0,5})([dhm])$")
SECONDS_PER = {"d": 86400, "h": 3600, "m": 60}


def parse_duration(text: str) -> float:
    """'7d', '12h', '30m' -> seconds; ValueError with a readable message otherwise."""
    match = DURATION.match(text.strip().lower())
    if not match:
        raise ValueError(f"{text!r} is not a duration like 7d, 12h or 30m")
    return int(match.group(1)) * SECONDS_PER[match.group(2)]


def read_unanswered(path: Path, since_seconds: float | None = None) -> list[Unanswered]:
    """Rows of the last `since_seconds` (all when None), oldest first."""
    path = Path(path)
    if not path.exists():
        raise NothingRecorded(
            f"no unanswered questions recorded yet ({path} does not exist); {TELEGRAM_ONLY}"
        )
    if path.is_dir():
        raise UnansweredError(f"cannot read {path}: it is a folder, not the log database")
    cutoff = utc_iso(time.time() - since_seconds) if since_seconds is not None else ""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            rows = conn.execute(
                "select at, chat_type, question, intent, score from unanswered where at >= ? order by id",
                [cutoff],
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise UnansweredError(f"cannot read {path}: {error}") from error
    return [Unanswered(*row) for row in rows]


def top_unanswered(rows: list[Unanswered], top: int = 20) -> list[WordingGroup]:
    """The most frequent unanswered questions, similar wordings counted together."""
    counts = Counter(row.question for row in rows)
    closest = {row.question: (row.intent, row.score) for row in rows}
    questions = [q for q, _ in counts.most_common()]
    groups = []
    for members in group_similar(questions):  # most frequent wording first in each group
        first = questions[members[0]]
        intent, score = closest[first]
        total = sum(counts[questions[i]] for i in members)
        groups.append(WordingGroup(total, first, len(members), intent, score))
    groups.sort(key=lambda g: -g.count)
    return groups[:top]


def format_top(groups: list[WordingGroup], rows: int, since: str | None) -> str:
    """The `unanswered` command's table."""
    period = f"in the last {since}" if since else "in all"
    if not groups:
        return f"No unanswered questions {period}; {TELEGRAM_ONLY}."
    lines = [
        f"{rows} unanswered question(s) {period}, most frequent first ({TELEGRAM_ONLY}):",
        "",
        " count  question",
    ]
    for group in groups:
        closest = f"closest: {group.intent} {group.score:.0f}" if group.intent else "no close intent"
        similar = f", {group.wordings - 1} similar wording(s)" if group.wordings > 1 else ""
        lines.append(f"{group.count:>6}  {group.question}  ({closest}{similar})")
    return "\n".join(lines)
