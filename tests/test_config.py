from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123"


def settings(tmp_path, **environ):
    return load_settings(tmp_path / ".env", environ=environ)


def test_defaults(tmp_path):
    loaded = settings(tmp_path)
    assert loaded.telegram_bot_token is None
    assert loaded.rate_limit is True
    assert loaded.group_limit == 10
    assert loaded.group_share == 0.5
    assert loaded.knowledge_dir.name == "knowledge"
    assert loaded.state_file == loaded.database_path.parent / "bot-state.db"


@pytest.mark.parametrize("value, state_file", [("off", None), ("/srv/bot/state.db", "/srv/bot/state.db")])
def test_state_file(tmp_path, value, state_file):
    loaded = settings(tmp_path, BOT_STATE_FILE=value)
    assert loaded.state_file == (state_file and Path(state_file))


def test_group_share_is_a_percentage(tmp_path):
    assert settings(tmp_path, BOT_GROUP_SHARE="25").group_share == 0.25


def test_env_file_is_read_and_environment_wins(tmp_path):
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nBOT_GROUP_LIMIT=5\n")
    loaded = settings(tmp_path, BOT_GROUP_LIMIT="7")
    assert loaded.require_token() == TOKEN
    assert loaded.group_limit == 7


@pytest.mark.parametrize(
    "environ, message",
    [
        ({"BOT_RATE_LIMIT": "maybe"}, "BOT_RATE_LIMIT must be 'on' or 'off'"),
        ({"BOT_GROUP_LIMIT": "0"}, "BOT_GROUP_LIMIT must be a whole number"),
        ({"BOT_GROUP_LIMIT": "ten"}, "BOT_GROUP_LIMIT must be a whole number"),
        ({"BOT_GROUP_SHARE": "0"}, "BOT_GROUP_SHARE must be a whole number from 1 to 100"),
        ({"BOT_GROUP_SHARE": "0.5"}, "BOT_GROUP_SHARE must be a whole number from 1 to 100"),
        ({"BOT_CONCURRENT_UPDATES": "0"}, "BOT_CONCURRENT_UPDATES must be a whole number from 1"),
        ({"BOT_CONCURRENT_UPDATES": "500"}, "BOT_CONCURRENT_UPDATES must be a whole number from 1"),
        ({"TELEGRAM_BASE_URL": "127.0.0.1:8081"}, "TELEGRAM_BASE_URL must start with http"),
        ({"WEBHOOK_SECRET_TOKEN": "has spaces"}, "WEBHOOK_SECRET_TOKEN must be"),
        ({"ADMIN_USER_IDS": "@ada"}, "ADMIN_USER_IDS must be Telegram user ids .*, got '@ada'"),
        ({"ADMIN_USER_IDS": "42;43"}, "ADMIN_USER_IDS must be Telegram user ids .*, got '42;43'"),
        ({"ADMIN_USER_IDS": "-42"}, "ADMIN_USER_IDS must be Telegram user ids .*, got '-42'"),
        ({"UNANSWERED_MAX_ROWS": "0"}, "UNANSWERED_MAX_ROWS must be a whole number from 1 to"),
        ({"UNANSWERED_MAX_ROWS": "1e5"}, "UNANSWERED_MAX_ROWS must be a whole number from 1 to"),
        ({"UNANSWERED_MAX_DAYS": "0"}, "UNANSWERED_MAX_DAYS must be a whole number from 1 to 36,500"),
        ({"UNANSWERED_MAX_DAYS": "90 days"}, "UNANSWERED_MAX_DAYS must be a whole number"),
    ],
)
def test_bad_settings_are_one_clear_line(tmp_path, environ, message):
    with pytest.raises(ConfigError, match=message) as raised:
        settings(tmp_path, **environ)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("token, message", [(None, "is not set"), ("12:short", "is malformed")])
def test_require_token(tmp_path, token, message):
    environ = {"TELEGRAM_BOT_TOKEN": token} if token else {}
    with pytest.raises(ConfigError, match=message) as raised:
        settings(tmp_path, **environ).require_token()
    if token:
        assert token not in str(raised.value)


def test_admin_ids_and_unanswered_log_settings(tmp_path):
    loaded = settings(
        tmp_path,
        ADMIN_USER_IDS="42, 1001,",
        KNOWLEDGE_DB=str(tmp_path / "kb" / "k.db"),
        UNANSWERED_MAX_DAYS="30",
    )
    assert loaded.admin_user_ids == frozenset({42, 1001})
    assert loaded.unanswered_db == tmp_path / "kb" / "unanswered.db"  # next to the knowledge base
    assert (loaded.unanswered_max_rows, loaded.unanswered_max_days) == (100_000, 30)
    assert settings(tmp_path).admin_user_ids == frozenset()


def test_every_bad_setting_is_reported_at_once_one_line_each(tmp_path):
    with pytest.raises(ConfigError) as raised:
        settings(
            tmp_path,
            TELEGRAM_BOT_TOKEN="123456:almost",
            ADMIN_USER_IDS="42,@ada",
            BOT_RATE_LIMIT="maybe",
            UNANSWERED_MAX_ROWS="lots",
        )
    assert str(raised.value).splitlines() == [
        "TELEGRAM_BOT_TOKEN is malformed: expected <digits>:<secret> as @BotFather gives it",
        "BOT_RATE_LIMIT must be 'on' or 'off', got 'maybe'",
        "ADMIN_USER_IDS must be Telegram user ids (numbers) separated by commas, got '@ada'",
        "UNANSWERED_MAX_ROWS must be a whole number from 1 to 100,000,000, got 'lots'",
    ]
