"""`python -m bot bench --quick`: runs every part and writes its figures (measured, never asserted)."""

import json
import os
import re
import subprocess
import sys

from tests.conftest import ROOT


def test_quick_bench_writes_the_four_sections(tmp_path):
    out = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KNOWLEDGE_", "BOT_"))}
    env.update(PYTHONPATH=str(ROOT), KNOWLEDGE_DB=str(tmp_path / "knowledge.db"))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "bench", "--quick", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    figures = {
        "engine": ("engine_qps", "engine_p50_us", "engine_p99_us", "floor_qps", "ratio_engine_to_floor"),
        "end_to_end": (
            "bot_updates_per_s",
            "bot_sequential_updates_per_s",
            "echo_updates_per_s",
            "bot_share_of_echo",
        ),
        "startup": ("bot_startup_s", "echo_startup_s", "bot_peak_rss_mib", "echo_peak_rss_mib"),
        "knowledge_base": ("build_s", "large_build_s", "large_facts", "p50_us", "large_p50_us"),
    }
    for section, keys in figures.items():
        for key in keys:
            assert report[section][key] > 0, (section, key)
    assert "engine p99 latency" in result.stdout


def test_profile_update_compares_the_bot_with_the_echo_bot(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KNOWLEDGE_", "BOT_"))}
    env.update(PYTHONPATH=str(ROOT), KNOWLEDGE_DB=str(tmp_path / "knowledge.db"))
    result = subprocess.run(
        [sys.executable, "-m", "tools.profile_update", "--updates", "100", "--profile"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first, *breakdown = result.stdout.splitlines()
    echo, bot, engine = (float(x) for x in re.findall(r"([\d.]+) ms", first))
    assert bot > engine  # the bot's update includes the engine's answer
    assert any(line.split()[0] == "bot/engine.py" or "bot/understanding" in line for line in breakdown)
