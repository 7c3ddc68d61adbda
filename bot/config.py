"""Settings, read once from the environment and a `.env` file, validated up front.

Every other module gets a `Settings` object; nothing else reads `os.environ`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

# A Bot API token is "<bot id>:<secret>", e.g. 123456789:AAE...; see core.telegram.org/bots/api
TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")
DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
MALFORMED_TOKEN = "TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<secret> as @BotFather gives it"


class ConfigError(Exception):
    """Settings are missing or malformed; the message is one line per problem."""


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str | None
    telegram_base_url: str | None
    knowledge_dir: Path
    database_path: Path
    rate_limit: bool
    group_limit: int = 10  # answers per group chat per `group_window`
    group_window: float = 60.0  # seconds
    group_share: float = 0.5  # of `group_limit`, the most one person gets
    concurrent_updates: int = 4  # updates handled at once (never two of the same chat), one per connection
    webhook_secret_token: str | None = None
    admin_user_ids: frozenset[int] = frozenset()  # who may use /stats and /reload
    unanswered_db: Path | None = None  # None: no unanswered-question log
    unanswered_max_rows: int = 100_000
    unanswered_max_days: int = 90
    main_subject: str = ""  # the company a question naming none is about; "" = the one with most facts
    state_file: Path | None = None  # conversations, reply threads and budgets across restarts; None: none
    # The standard variables httpx honours: behind a proxy every Bot API call goes through httpx;
    # certificate files replace certifi's for the lean transport as they do for httpx.
    behind_proxy: bool = False
    ssl_cert_file: str | None = None
    ssl_cert_dir: str | None = None

    def require_token(self) -> str:
        """The token, or a one-line ConfigError saying how to get one."""
        token = self.telegram_bot_token
        if not token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put "
                "TELEGRAM_BOT_TOKEN=<token> in .env (see .env.example)"
            )
        if not TOKEN_PATTERN.match(token):
            raise ConfigError(MALFORMED_TOKEN)
        return token


def load_settings(env_file: str | Path = ".env", environ: dict[str, str] | None = None) -> Settings:
    """Merge `.env` (if present) under the process environment and validate it.

    Every problem is reported at once, one line each, in a single ConfigError.
    """
    values: dict[str, str | None] = {}
    if Path(env_file).is_file():
        values.update(dotenv_values(env_file))
    # An empty variable does not hide a value set in .env.
    values.update({k: v for k, v in (os.environ if environ is None else environ).items() if v})
    problems: list[str] = []

    def get(name: str) -> str | None:
        value = values.get(name)
        return value.strip() if value and value.strip() else None

    def whole(name: str, default: int, low: int, high: int) -> int:
        text = get(name) or str(default)
        if text.isdigit() and low <= int(text) <= high:
            return int(text)
        problems.append(f"{name} must be a whole number from {low:,} to {high:,}, got {text!r}")
        return default

    token = get("TELEGRAM_BOT_TOKEN")
    if token and not TOKEN_PATTERN.match(token):
        problems.append(MALFORMED_TOKEN)  # never the token itself: it may be nearly right
    knowledge_dir = Path(get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)
    database_path = Path(get("KNOWLEDGE_DB") or knowledge_dir.parent / "data" / "knowledge.db")
    base_url = get("TELEGRAM_BASE_URL")
    if base_url and not re.match(r"^https?://", base_url):
        problems.append(f"TELEGRAM_BASE_URL must start with http:// or https://, got {base_url!r}")
    rate_limit = (get("BOT_RATE_LIMIT") or "on").lower()
    if rate_limit not in ("on", "off"):
        problems.append(f"BOT_RATE_LIMIT must be 'on' or 'off', got {rate_limit!r}")
    group_limit = whole("BOT_GROUP_LIMIT", Settings.group_limit, 1, 10_000)
    share = whole("BOT_GROUP_SHARE", round(Settings.group_share * 100), 1, 100)
    concurrent = whole("BOT_CONCURRENT_UPDATES", Settings.concurrent_updates, 1, 256)
    window = whole("BOT_GROUP_WINDOW", round(Settings.group_window), 1, 86_400)
    secret = get("WEBHOOK_SECRET_TOKEN")
    if secret and not re.match(r"^[A-Za-z0-9_-]{1,256}$", secret):
        problems.append("WEBHOOK_SECRET_TOKEN must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    admins = admin_ids(get("ADMIN_USER_IDS") or "", problems)
    unanswered_db = Path(get("UNANSWERED_DB") or database_path.parent / "unanswered.db")
    max_rows = whole("UNANSWERED_MAX_ROWS", 100_000, 1, 100_000_000)
    max_days = whole("UNANSWERED_MAX_DAYS", 90, 1, 36_500)
    main_subject = get("MAIN_SUBJECT") or ""
    state = get("BOT_STATE_FILE") or str(database_path.parent / "bot-state.db")
    behind_proxy = any(get(name) for name in PROXY_VARIABLES)
    if problems:
        raise ConfigError("\n".join(problems))
    return Settings(
        telegram_bot_token=token,
        telegram_base_url=base_url,
        knowledge_dir=knowledge_dir,
        database_path=database_path,
        rate_limit=rate_limit == "on",
        group_limit=group_limit,
        concurrent_updates=concurrent,
        webhook_secret_token=secret,
        admin_user_ids=admins,
        unanswered_db=unanswered_db,
        unanswered_max_rows=max_rows,
        unanswered_max_days=max_days,
        main_subject=main_subject,
        group_share=share / 100,
        group_window=float(window),
        state_file=None if state.lower() == "off" else Path(state),
        behind_proxy=behind_proxy,
        ssl_cert_file=get("SSL_CERT_FILE"),
        ssl_cert_dir=get("SSL_CERT_DIR"),
    )


def admin_ids(text: str, problems: list[str]) -> frozenset[int]:
    """'123, 456' -> {123, 456}; anything else is a problem, not a silent skip."""
    ids = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        if not part.isdigit():
            problems.append(
                f"ADMIN_USER_IDS must be Telegram user ids (numbers) separated by commas, got {part!r}"
            )
            continue
        ids.add(int(part))
    return frozenset(ids)
