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


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line for the user."""


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str | None
    telegram_base_url: str | None
    knowledge_dir: Path
    database_path: Path
    rate_limit: bool
    group_limit: int = 10  # answers per group chat per minute
    concurrent_updates: int = 16  # updates handled at once (never two of the same chat)
    webhook_secret_token: str | None = None

    def require_token(self) -> str:
        """The token, or a one-line ConfigError saying how to get one."""
        token = self.telegram_bot_token
        if not token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put "
                "TELEGRAM_BOT_TOKEN=<token> in .env (see .env.example)"
            )
        if not TOKEN_PATTERN.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<secret> as @BotFather gives it"
            )
        return token


def load_settings(env_file: str | Path = ".env", environ: dict[str, str] | None = None) -> Settings:
    """Merge `.env` (if present) under the process environment and validate it."""
    values: dict[str, str | None] = {}
    if Path(env_file).is_file():
        values.update(dotenv_values(env_file))
    # An empty variable does not hide a value set in .env.
    values.update({k: v for k, v in (os.environ if environ is None else environ).items() if v})

    def get(name: str) -> str | None:
        value = values.get(name)
        return value.strip() if value and value.strip() else None

    knowledge_dir = Path(get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)
    database_path = Path(get("KNOWLEDGE_DB") or knowledge_dir.parent / "data" / "knowledge.db")
    base_url = get("TELEGRAM_BASE_URL")
    if base_url and not re.match(r"^https?://", base_url):
        raise ConfigError(f"TELEGRAM_BASE_URL must start with http:// or https://, got {base_url!r}")
    rate_limit = (get("BOT_RATE_LIMIT") or "on").lower()
    if rate_limit not in ("on", "off"):
        raise ConfigError(f"BOT_RATE_LIMIT must be 'on' or 'off', got {rate_limit!r}")
    group_limit = get("BOT_GROUP_LIMIT") or "10"
    if not group_limit.isdigit() or int(group_limit) < 1:
        raise ConfigError(f"BOT_GROUP_LIMIT must be a whole number of at least 1, got {group_limit!r}")
    concurrent = get("BOT_CONCURRENT_UPDATES") or "16"
    if not concurrent.isdigit() or not 1 <= int(concurrent) <= 256:
        raise ConfigError(f"BOT_CONCURRENT_UPDATES must be a whole number from 1 to 256, got {concurrent!r}")
    secret = get("WEBHOOK_SECRET_TOKEN")
    if secret and not re.match(r"^[A-Za-z0-9_-]{1,256}$", secret):
        raise ConfigError("WEBHOOK_SECRET_TOKEN must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return Settings(
        telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
        telegram_base_url=base_url,
        knowledge_dir=knowledge_dir,
        database_path=database_path,
        rate_limit=rate_limit == "on",
        group_limit=int(group_limit),
        concurrent_updates=int(concurrent),
        webhook_secret_token=secret,
    )
