"""The operator console in a real headless Chromium (playwright-core, see
tests/browser/console.mjs) against a chat started through the Python
bindings: every operator action must reach the citizen."""

import asyncio
import pathlib
import shutil
import subprocess
import time

import pytest

from conftest import OPERATOR, PASSWORD, ROOT, Events, start_platform
from test_chat import chat_listener, request


@pytest.fixture
def own_platform(tmp_path):
    running = start_platform(tmp_path / "platform")
    yield running
    running.process.terminate()
    running.process.wait(timeout=15)


def test_console_in_chromium(discret, make_config, own_platform, tmp_path):
    browser_dir = ROOT / "tests" / "browser"
    if shutil.which("chromium") is None or not (browser_dir / "node_modules" / "playwright-core").exists():
        pytest.fail("Chromium and playwright-core are needed: run scripts/setup.sh")
    app = discret.App(make_config(url=own_platform.url, key=own_platform.desk_key))
    chat = asyncio.run(app.start_chat(request(discret, acting_for_victim=True)))
    events = Events()
    handle = chat.subscribe(chat_listener(discret, events))
    marker = "Il me surveille <b>ne répondez pas</b> — لا تتصلوا"
    sent = chat.send_text(marker, None)
    events.wait(lambda e: e.is_delivered() and e.message_id == sent, "delivered")

    screenshot = tmp_path / "console.png"
    browser = subprocess.Popen(
        ["node", str(browser_dir / "console.mjs"), own_platform.url, OPERATOR, PASSWORD, marker, str(screenshot)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        events.wait(lambda e: e.is_operator_joined(), "operator joined", timeout=60)
        events.wait(lambda e: e.is_message() and "Un policier vous lit" in e.text, "one-click answer", timeout=30)
        events.wait(lambda e: e.is_message() and e.text == "Restez où vous êtes, nous arrivons.", "typed answer")
        question = events.wait(lambda e: e.is_tap_question(), "tap question")
        chat.answer_question(question.id, question.choices[1])
        events.wait(lambda e: e.is_patrol_dispatched(), "patrol dispatched", timeout=30)
        closed = events.wait(lambda e: e.is_closed_by_operator(), "closed", timeout=30)
        assert closed.reason == "Patrouille sur place"
        output, _ = browser.communicate(timeout=60)
    finally:
        if browser.poll() is None:
            browser.kill()
    assert browser.returncode == 0 and "CONSOLE-TEST-OK" in output, output
    assert screenshot.stat().st_size > 10_000
    handle.cancel()
