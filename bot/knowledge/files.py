"""Knowledge files: read the CSV files in `knowledge/` and check every row.

The files are meant to be edited by people who are not programmers, so every
problem is reported with the file, the row and what is wrong, and all problems
are reported at once.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.answer import Source

QUALIFIERS = (
    "approximate",
    "reported",
    "official",
    "target",
    "projection",
    "forecast",
    "expected",
    "rumoured",
    "estimate",
)
# Qualifiers that make a figure something other than a result: never reported as sales.
FORWARD_LOOKING = frozenset({"target", "projection", "forecast", "expected", "rumoured"})
# What a target metric's facts must carry, and a result (figure) metric's never may: a target
# stored as sales would be reported as sales and used in growth answers.
TARGET_QUALIFIERS = ("target", "projection", "forecast")
METRIC_KINDS = ("figure", "target", "fact")
INTENT_KINDS = (
    "figure",
    "fact",
    "change",
    "compare",
    "total",
    "average",
    "best",
    "worst",
    "reverse",
    "gap",
    "chart",
    "sources",
)
PERIOD_PATTERN = re.compile(r"^\d{4}(-(H[12]|Q[1-4]))?$")
NUMBER_PATTERN = re.compile(
    r"^\$?\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)?$", re.IGNORECASE
)
SCALE = {None: 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}

# Which columns each file must have; other columns (notes, ...) are allowed and ignored.
REQUIRED_COLUMNS = {
    "sources.csv": ("id", "title", "date"),
    "metrics.csv": ("metric", "kind", "label", "template"),
    "intents.csv": ("intent", "kind", "metric", "versus", "question"),
    "phrasings.csv": ("intent", "phrasing"),
    "companies.csv": ("name", "aliases"),
    "synonyms.csv": ("word", "means"),
    "filler.csv": ("phrase",),
    "scopes.csv": ("phrase", "label"),
    "lexicon.csv": ("phrase", "role", "means"),
    "facts": ("id", "subject", "metric", "period", "value", "unit", "qualifiers", "sentence"),
}


class KnowledgeError(Exception):
    """One or more knowledge files are malformed; `problems` lists each one."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class Fact:
    id: str
    source: str  # Source.id
    subjects: tuple[str, ...]  # the first is who the fact is about; others it also concerns
    metric: str
    period: str  # "2015", "2015-H1", "2015-Q3" or "" for timeless facts
    value: float | None
    value_to: float | None  # upper end of a range ("between $100 and $300")
    unit: str
    qualifiers: tuple[str, ...]
    quoted: str
    statement: str  # what the bot says; "" means "use the metric's template"
    sentence: str  # the article's own sentence
    # Who the fact says is ahead of whom ("Huawei; OPPO; Vivo > Xiaomi"): `ahead` lead `behind`;
    # `behind` is (EVERYONE,) for a market's leader ("Xiaomi > all").
    ahead: tuple[str, ...] = ()
    behind: tuple[str, ...] = ()


EVERYONE = "all"  # the right side of a ranking that puts its left side first in the market


@dataclass(frozen=True)
class Metric:
    metric: str
    kind: str
    label: str
    template: str
    unit: str = ""  # what its values count ("smartphones", "USD"); "" when any unit will do


@dataclass(frozen=True)
class Intent:
    intent: str
    kind: str
    metric: str
    versus: str
    question: str


@dataclass
class Knowledge:
    """Everything in `knowledge/`, checked."""

    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    intents: list[Intent] = field(default_factory=list)
    phrasings: list[tuple[str, str]] = field(default_factory=list)  # (intent, phrasing)
    companies: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (name, aliases)
    synonyms: list[tuple[str, str]] = field(default_factory=list)  # (word, means)
    fillers: list[str] = field(default_factory=list)
    scopes: list[tuple[str, str]] = field(default_factory=list)  # (phrase, label)
    places: list[str] = field(default_factory=list)  # scope labels that are places: "where" answers
    # Scope labels that are another name of the company ("Apple of China"): they narrow which facts
    # answer, never the company-wide figures.
    nicknames: list[str] = field(default_factory=list)
    # Scope labels that are things made and sold ("Mi 6", "fitness trackers"): what "it" may be, and
    # what "what price?" next asks of (a kind left empty, "emerging markets", is neither)
    products: list[str] = field(default_factory=list)
    lexicon: list[tuple[str, str, str]] = field(default_factory=list)  # (phrase, role, means)


def data_files(knowledge_dir: Path) -> list[Path]:
    """Every file the knowledge base is built from."""
    names = [name for name in REQUIRED_COLUMNS if name != "facts"]
    facts = sorted((knowledge_dir / "facts").glob("*.csv"))
    return [knowledge_dir / n for n in names] + facts + sorted((knowledge_dir / "articles").glob("*.txt"))


def parse_number(text: str) -> float:
    """'7.2 million' -> 7_200_000.0; '$1,000' -> 1000.0. Raises ValueError."""
    match = NUMBER_PATTERN.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a number (write e.g. 7.2 million, 46 billion, 1,000)")
    number, scale = match.groups()
    return float(number.replace(",", "")) * SCALE[scale.lower() if scale else None]


def split_list(text: str) -> tuple[str, ...]:
    """'a; b;c' -> ('a', 'b', 'c')."""
    return tuple(part.strip() for part in text.split(";") if part.strip())


class _Reader:
    """Reads rows and collects problems as 'file, row N: problem'."""

    def __init__(self, knowledge_dir: Path):
        self.root = knowledge_dir
        self.problems: list[str] = []

    def where(self, path: Path, row: int | None = None) -> str:
        try:
            name = path.relative_to(self.root.parent)
        except ValueError:
            name = path
        return f"{name}, row {row}" if row is not None else str(name)

    def problem(self, path: Path, row: int | None, text: str) -> None:
        self.problems.append(f"{self.where(path, row)}: {text}")

    def rows(self, path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
        """(row number as a spreadsheet shows it, row) pairs; row 1 is the header."""
        if not path.is_file():
            self.problem(path, None, "file is missing")
            return []
        text = self.text(path)
        if text is None:
            return []
        try:
            reader = csv.DictReader(io.StringIO(text, newline=""))
            header = [h.strip() for h in reader.fieldnames or []]
            missing = [c for c in required if c not in header]
            if missing:
                self.problem(path, 1, f"missing column(s): {', '.join(missing)}")
                return []
            reader.fieldnames = header
            out = []
            for number, row in enumerate(reader, start=2):
                values = [v for v in row.values() if isinstance(v, str)] + row.get(None, [])
                if any("\n" in v for v in values):
                    # An opening quote never closed swallows the rows after it: say so, and where.
                    self.problem(path, number, "a quote is opened and not closed on its row")
                    return out
                if None in row:
                    self.problem(path, number, "more values than columns (quote text containing commas)")
                    continue
                clean = {k: (v or "").strip() for k, v in row.items()}
                if any(clean.values()):
                    out.append((number, clean))
            return out
        except csv.Error as error:
            self.problem(path, None, f"cannot be read as CSV: {error}")
            return []

    def text(self, path: Path) -> str | None:
        """The file as text, or None with the problem noted: where a byte is not UTF-8, by line,
        as an editor shows it (a byte offset means nothing to someone fixing a spreadsheet)."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self.problem(path, None, f"cannot be read: {error.strerror or error}")
            return None
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            line_start = data.rfind(b"\n", 0, error.start) + 1
            column = len(data[line_start : error.start].decode("utf-8", errors="replace")) + 1
            byte = data[error.start : error.start + 1].hex()
            self.problems.append(
                f"{self.where(path)}, line {line}: cannot be read as UTF-8 (byte 0x{byte} at "
                f"character {column}); save the file as UTF-8"
            )
            return None

    def article(self, path: Path) -> str | None:
        """An article's plain text, to check fact sentences against; None when there is none."""
        if not path.is_file():
            return None
        text = self.text(path)
        return None if text is None else _plain_text(text)

    def require(self, path: Path, number: int, row: dict[str, str], *columns: str) -> bool:
        empty = [c for c in columns if not row.get(c)]
        for column in empty:
            self.problem(path, number, f"'{column}' is empty")
        return not empty


def load_knowledge(knowledge_dir: Path) -> Knowledge:
    """Read and check every file; raise KnowledgeError listing all problems."""
    knowledge_dir = Path(knowledge_dir)
    reader = _Reader(knowledge_dir)
    if not knowledge_dir.is_dir():
        raise KnowledgeError([f"{knowledge_dir}: knowledge folder not found"])
    kb = Knowledge()
    _read_sources(reader, kb)
    _read_metrics(reader, kb)
    subjects = _read_facts(reader, kb)
    _read_intents(reader, kb)
    _read_phrasings(reader, kb)
    _read_vocabulary(reader, kb)
    _check_subject_spelling(reader, subjects, {name for name, _ in kb.companies})
    _read_lexicon(reader, kb)
    if reader.problems:
        raise KnowledgeError(reader.problems)
    return kb


def _read_sources(reader: _Reader, kb: Knowledge) -> None:
    path = reader.root / "sources.csv"
    seen: set[str] = set()
    for number, row in reader.rows(path, REQUIRED_COLUMNS["sources.csv"]):
        if not reader.require(path, number, row, "id", "title"):
            continue
        if row["id"] in seen:
            reader.problem(path, number, f"source id {row['id']!r} is used twice")
            continue
        if row["date"] and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", row["date"]):
            reader.problem(path, number, f"date {row['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            continue
        seen.add(row["id"])
        kb.sources.append(
            Source(row["id"], row["title"], row["date"], row.get("publisher", ""), row.get("url", ""))
        )


def _read_metrics(reader: _Reader, kb: Knowledge) -> None:
    path = reader.root / "metrics.csv"
    for number, row in reader.rows(path, REQUIRED_COLUMNS["metrics.csv"]):
        if not reader.require(path, number, row, "metric", "kind", "label"):
            continue
        if row["kind"] not in METRIC_KINDS:
            reader.problem(path, number, f"kind {row['kind']!r} is not one of {', '.join(METRIC_KINDS)}")
            continue
        if row["kind"] != "fact" and "{value}" not in row["template"]:
            reader.problem(path, number, "a figure or target metric needs a template with {value}")
            continue
        kb.metrics.append(
            Metric(row["metric"], row["kind"], row["label"], row["template"], row.get("unit", ""))
        )


def _read_facts(reader: _Reader, kb: Knowledge) -> dict[str, list[tuple[Path, int]]]:
    """Read every facts/*.csv; returns where each subject is written (file, row)."""
    folder = reader.root / "facts"
    files = sorted(folder.glob("*.csv"))
    if not files:
        reader.problem(folder, None, "no fact files (*.csv) found")
    metrics = {m.metric: m for m in kb.metrics}
    sources = {s.id: s for s in kb.sources}
    seen: set[tuple[str, str]] = set()
    uses: dict[str, list[tuple[Path, int]]] = {}  # subject -> where it is written
    for path in files:
        source = sources.get(path.stem)
        if source is None:
            reader.problem(
                path,
                None,
                f"no source with id {path.stem!r} in sources.csv (the file name is the source id)",
            )
            continue
        article_path = reader.root / "articles" / f"{source.id}.txt"
        article = reader.article(article_path)
        for number, row in reader.rows(path, REQUIRED_COLUMNS["facts"]):
            fact = _fact_from_row(reader, path, number, row, source, metrics)
            if fact is None:
                continue
            if article is not None and _plain_text(fact.sentence) not in article:
                reader.problem(path, number, f"the sentence is not in articles/{source.id}.txt word for word")
                continue
            if (source.id, fact.id) in seen:
                reader.problem(path, number, f"fact id {fact.id!r} is used twice in this file")
                continue
            seen.add((source.id, fact.id))
            kb.facts.append(fact)
            for subject in fact.subjects:
                uses.setdefault(subject, []).append((path, number))
    return uses


def _plain_text(text: str) -> str:
    """Quotes and spacing folded, so a sentence copied from an article matches it."""
    for curly, straight in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return " ".join(text.split())


def _fact_from_row(
    reader: _Reader,
    path: Path,
    number: int,
    row: dict[str, str],
    source: Source,
    metrics: dict[str, Metric],
) -> Fact | None:
    if not reader.require(path, number, row, "id", "subject", "metric", "sentence"):
        return None
    metric = metrics.get(row["metric"])
    if metric is None:
        reader.problem(path, number, f"metric {row['metric']!r} is not in metrics.csv")
        return None
    if row["period"] and not PERIOD_PATTERN.match(row["period"]):
        reader.problem(path, number, f"period {row['period']!r} is not YYYY, YYYY-H1/H2 or YYYY-Q1..Q4")
        return None
    qualifiers = split_list(row["qualifiers"])
    unknown = [q for q in qualifiers if q not in QUALIFIERS]
    if unknown:
        reader.problem(
            path, number, f"unknown qualifier(s) {', '.join(unknown)}; use {', '.join(QUALIFIERS)}"
        )
        return None
    try:
        value = parse_number(row["value"]) if row["value"] else None
        value_to = parse_number(row.get("value_to", "")) if row.get("value_to") else None
    except ValueError as error:
        reader.problem(path, number, str(error))
        return None
    if metric.kind != "fact":
        if not row["period"]:
            reader.problem(path, number, f"a {metric.kind} fact needs a period")
            return None
        if value is None and not row.get("statement"):
            reader.problem(path, number, "give a value, or a statement when there is no figure")
            return None
    elif not row.get("statement"):
        reader.problem(path, number, "a fact without a figure needs a statement (what the bot says)")
        return None
    problem = _kind_problem(metric, qualifiers, metrics) or _unit_problem(metric, row["unit"], value)
    problem = problem or _period_problem(metric, row["period"], source)
    subjects = split_list(row["subject"])
    ahead, behind, ranking_problem = _ranking(row.get("ranking") or "", subjects)
    if ahead and metric.kind != "fact":
        ranking_problem = (
            f"a ranking is read only on company facts; {metric.metric} is a {metric.kind} metric"
        )
    problem = problem or ranking_problem
    if problem:
        reader.problem(path, number, problem)
        return None
    return Fact(
        id=row["id"],
        source=source.id,
        subjects=subjects,
        metric=row["metric"],
        period=row["period"],
        value=value,
        value_to=value_to,
        unit=row["unit"],
        qualifiers=qualifiers,
        quoted=row.get("quoted", ""),
        statement=row.get("statement", ""),
        sentence=row["sentence"],
        ahead=ahead,
        behind=behind,
    )


def _ranking(text: str, subjects: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """'Huawei; OPPO; Vivo > Xiaomi' -> (ahead, behind, problem); every name one of the fact's
    subjects, so a ranking never speaks of a company the fact does not concern."""
    if not text.strip():
        return (), (), ""
    sides = text.split(">")
    if len(sides) != 2:
        return (), (), f"ranking {text!r} is not 'leaders > those behind' (e.g. 'Huawei; OPPO > Xiaomi')"
    ahead, behind = (split_list(side.replace(",", ";")) for side in sides)
    if not ahead or not behind:
        return (), (), f"ranking {text!r} needs companies on both sides of '>'"
    everyone = [name for name in (*ahead, *behind) if name.lower() == EVERYONE]
    if everyone and (behind != (EVERYONE,) or len(ahead) != 1):
        return (
            (),
            (),
            f"ranking {text!r}: '{EVERYONE}' stands alone after '>', after the one leader ('Xiaomi > all')",
        )
    strangers = [name for name in (*ahead, *behind) if name != EVERYONE and name not in subjects]
    if strangers:
        listed = "; ".join(subjects)
        return (), (), f"ranking names {', '.join(strangers)}, not among the fact's subjects ({listed})"
    if set(ahead) & set(behind):
        return (), (), f"ranking {text!r} puts a company on both sides"
    return ahead, behind, ""


def _kind_problem(metric: Metric, qualifiers: tuple[str, ...], metrics: dict[str, Metric]) -> str:
    """A target must say it is one; a result must not, or it would be reported as sales."""
    if metric.kind == "target" and not set(qualifiers) & set(TARGET_QUALIFIERS):
        return f"a target fact needs a qualifier: {', '.join(TARGET_QUALIFIERS)}"
    forward = [q for q in qualifiers if q in TARGET_QUALIFIERS]
    if metric.kind == "figure" and forward:
        targets = [m.metric for m in metrics.values() if m.kind == "target"]
        where = f"a target metric ({', '.join(targets)})" if targets else "a target metric"
        return (
            f"{metric.metric} is a result and cannot carry {', '.join(forward)}: "
            f"put targets, projections and forecasts under {where}"
        )
    return ""


def _unit_problem(metric: Metric, unit: str, value: float | None) -> str:
    if not metric.unit or (not unit and value is None):
        return ""
    if unit != metric.unit:
        given = f"unit {unit!r}" if unit else "the unit is empty"
        return f"{given}, but {metric.metric} is counted in {metric.unit!r} (metrics.csv)"
    return ""


def _period_problem(metric: Metric, period: str, source: Source) -> str:
    """A result cannot be known before its period has begun: a figure for a period after the
    article's date is a target or forecast, or a typo in the year."""
    if metric.kind != "figure" or not period or not source.date:
        return ""
    year, _, part = period.partition("-")
    first_month = {"": 1, "H1": 1, "H2": 7, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10}[part]
    written = source.date.split("-")
    # A source dated only by its year may have been written in any month of it.
    latest = (int(written[0]), int(written[1]) if len(written) > 1 else 12)
    if (int(year), first_month) > latest:
        return (
            f"period {period} had not begun by the article's date ({source.date}): a result "
            f"({metric.metric}) cannot be in it; a figure for later is a target or forecast"
        )
    return ""


SPELLING_MIN_LETTERS = 4  # shorter names (LG, HTC) are too close to one another to judge


def _check_subject_spelling(
    reader: _Reader, uses: dict[str, list[tuple[Path, int]]], companies: set[str]
) -> None:
    """A subject one slip away from another ('Acme Phone' beside 'Acme Phones') makes a company
    nobody can ask about. The rarer spelling is flagged at each of its rows, unless both are
    in companies.csv, which is how two such names are declared distinct."""
    counts = {name: len(places) for name, places in uses.items()}
    for name in companies:
        counts.setdefault(name, 0)
    for pair in _near_pairs(list(counts)):
        if set(pair) <= companies:
            continue
        rare, common = _slip_first(pair, counts, companies, uses)
        for path, number in uses.get(rare, ()):
            where = _where_used(reader, uses.get(common, []), path)
            reader.problem(
                path,
                number,
                f"subject {rare!r} looks like {common!r} ({where}); correct the slip, "
                "or add both to companies.csv if they are different names",
            )


def _slip_first(
    pair: tuple[str, str], counts: dict[str, int], companies: set[str], uses: dict[str, list]
) -> tuple[str, str]:
    """(the likely slip, the name meant): the one not in companies.csv, else the one written
    fewer times, else the one written later."""
    a, b = pair
    weight = {n: (n in companies, counts[n]) for n in pair}
    if weight[a] != weight[b]:
        return (a, b) if weight[a] < weight[b] else (b, a)
    first = {n: (uses[n][0][0].name, uses[n][0][1]) if uses.get(n) else ("", 0) for n in pair}
    return (a, b) if first[a] > first[b] else (b, a)


def _where_used(reader: _Reader, places: list[tuple[Path, int]], here: Path) -> str:
    """'rows 2-3' in the same file, 'facts/x.csv rows 2-3' in another, 'companies.csv' for none."""
    if not places:
        return "companies.csv"
    by_file: dict[Path, list[int]] = {}
    for path, number in places:
        by_file.setdefault(path, []).append(number)
    parts = []
    for path, numbers in by_file.items():
        label = "row" if len(numbers) == 1 else "rows"
        name = "" if path == here else f"{reader.where(path)} "
        parts.append(f"{name}{label} {_ranges(numbers)}")
    return "; ".join(parts)


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3, 7'."""
    spans: list[list[int]] = []
    for number in sorted(set(numbers)):
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _near_pairs(names: list[str]) -> list[tuple[str, str]]:
    """Pairs of names at most one slip apart (a letter added, dropped, changed or two swapped;
    case ignored). Candidates share a one-letter-deleted key, so thousands of companies are
    compared without comparing every pair."""
    keys: dict[str, set[str]] = {}
    for name in names:
        folded = name.casefold()
        if len(folded.replace(" ", "")) < SPELLING_MIN_LETTERS:
            continue
        for key in {folded} | {folded[:i] + folded[i + 1 :] for i in range(len(folded))}:
            keys.setdefault(key, set()).add(name)
    pairs = set()
    for group in keys.values():
        for a in group:
            for b in group:
                if a < b and _one_slip(a.casefold(), b.casefold()):
                    pairs.add((a, b))
    return sorted(pairs)


def _one_slip(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed, or two neighbours swapped (a == b counts:
    'xiaomi' and 'Xiaomi' differ in case only)."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i, j = diff
            return a[i] == b[j] and a[j] == b[i]
        return len(diff) == 1
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _read_intents(reader: _Reader, kb: Knowledge) -> None:
    path = reader.root / "intents.csv"
    metrics = {m.metric for m in kb.metrics}
    seen: set[str] = set()
    for number, row in reader.rows(path, REQUIRED_COLUMNS["intents.csv"]):
        if not reader.require(path, number, row, "intent", "kind", "question"):
            continue
        if row["intent"] in seen:
            reader.problem(path, number, f"intent {row['intent']!r} is listed twice")
            continue
        if row["kind"] not in INTENT_KINDS:
            reader.problem(path, number, f"kind {row['kind']!r} is not one of {', '.join(INTENT_KINDS)}")
            continue
        bad = [m for m in (row["metric"], row["versus"]) if m and m not in metrics]
        if bad:
            reader.problem(path, number, f"metric {bad[0]!r} is not in metrics.csv")
            continue
        if row["kind"] != "sources" and not row["metric"]:
            reader.problem(path, number, f"a {row['kind']} intent needs a metric")
            continue
        seen.add(row["intent"])
        kb.intents.append(Intent(row["intent"], row["kind"], row["metric"], row["versus"], row["question"]))


def _read_phrasings(reader: _Reader, kb: Knowledge) -> None:
    path = reader.root / "phrasings.csv"
    intents = {i.intent for i in kb.intents}
    for number, row in reader.rows(path, REQUIRED_COLUMNS["phrasings.csv"]):
        if not reader.require(path, number, row, "intent", "phrasing"):
            continue
        if row["intent"] not in intents:
            reader.problem(path, number, f"intent {row['intent']!r} is not in intents.csv")
            continue
        kb.phrasings.append((row["intent"], row["phrasing"]))


def _read_vocabulary(reader: _Reader, kb: Knowledge) -> None:
    path = reader.root / "companies.csv"
    for number, row in reader.rows(path, REQUIRED_COLUMNS["companies.csv"]):
        if reader.require(path, number, row, "name"):
            aliases = tuple(a.lower() for a in split_list(row["aliases"])) or (row["name"].lower(),)
            kb.companies.append((row["name"], aliases))
    path = reader.root / "synonyms.csv"
    for number, row in reader.rows(path, REQUIRED_COLUMNS["synonyms.csv"]):
        if reader.require(path, number, row, "word", "means"):
            kb.synonyms.append((row["word"].lower(), row["means"].lower()))
    path = reader.root / "filler.csv"
    for number, row in reader.rows(path, REQUIRED_COLUMNS["filler.csv"]):
        if reader.require(path, number, row, "phrase"):
            kb.fillers.append(row["phrase"].lower())
    path = reader.root / "scopes.csv"
    for number, row in reader.rows(path, REQUIRED_COLUMNS["scopes.csv"]):
        if reader.require(path, number, row, "phrase", "label"):
            kb.scopes.append((row["phrase"].lower(), row["label"]))
            kind = row.get("kind", "").strip()
            if kind not in ("", "place", "product", "nickname"):
                reader.problem(path, number, f"kind {kind!r} is not 'place', 'product' or 'nickname'")
            elif kind == "place" and row["label"] not in kb.places:
                kb.places.append(row["label"])
            elif kind == "nickname" and row["label"] not in kb.nicknames:
                kb.nicknames.append(row["label"])
            elif kind == "product" and row["label"] not in kb.products:
                kb.products.append(row["label"])


LEXICON_ROLES = (
    "sales", "counted", "metric", "topic", "operation", "ask", "smalltalk", "absent", "offtopic", "foreign",
    "unsupported",
    "market", "shorthand", "word", "no_company",
)  # fmt: skip
# roles read one word at a time, never as an expression: what each is called in an error
ONE_WORD_ROLES = {"word": "a word of its own", "no_company": "a word that is no company"}
OPERATIONS = (
    "change", "rise", "fall", "ratio", "total", "average", "best", "worst", "compare", "gap", "reverse",
    "series", "chart", "sources",
)  # fmt: skip
ASKS = ("who", "when", "where", "why", "how_many", "how_much", "which", "what", "said", "company", "about")


def _read_lexicon(reader: _Reader, kb: Knowledge) -> None:
    """Words and expressions with their role; `means` must fit the role."""
    path = reader.root / "lexicon.csv"
    metrics = {m.metric: m.kind for m in kb.metrics}
    seen: dict[tuple[str, str], int] = {}
    for number, row in reader.rows(path, REQUIRED_COLUMNS["lexicon.csv"]):
        if not reader.require(path, number, row, "phrase", "role"):
            continue
        phrase = " ".join(row["phrase"].lower().split())
        role, means = row["role"].strip(), row["means"].strip()
        if role not in LEXICON_ROLES:
            reader.problem(path, number, f"role {role!r} is not one of {', '.join(LEXICON_ROLES)}")
            continue
        problem = _lexicon_meaning_problem(role, means, metrics)
        if role == "shorthand" and " " in phrase:
            problem = "a shorthand is one word, read as the words in means"
        if role in ONE_WORD_ROLES and not re.fullmatch(r"[a-z]+", phrase):
            problem = f"{ONE_WORD_ROLES[role]} is one word, in letters"
        if problem:
            reader.problem(path, number, problem)
            continue
        if (phrase, role) in seen:
            reader.problem(path, number, f"{phrase!r} is already a {role} word (row {seen[phrase, role]})")
            continue
        seen[phrase, role] = number
        kb.lexicon.append((phrase, role, means))


def _lexicon_meaning_problem(role: str, means: str, metrics: dict[str, str]) -> str:
    if role in ("counted", "metric", "topic"):
        if means not in metrics:
            return f"means {means!r} is not a metric of metrics.csv"
        if role == "counted" and metrics[means] != "figure":
            return f"a counted word must mean a figure metric; {means!r} is a {metrics[means]} metric"
    if role == "operation" and means not in OPERATIONS:
        return f"means {means!r} is not an operation ({', '.join(OPERATIONS)})"
    if role == "ask" and means not in ASKS:
        return f"means {means!r} is not a kind of question ({', '.join(ASKS)})"
    if role in ("smalltalk", "absent", "offtopic", "unsupported", "market") and not means:
        return f"a {role} word needs a meaning"
    if role == "shorthand" and not re.fullmatch(r"[a-z']+( [a-z']+)*", means):
        return "a shorthand word needs the word or words it stands for in means"
    return ""
