"""Fixtures of the binding tests: the generated Python module, and a real
platform process (the `discret-platform` binary) with one operator."""

import os
import pathlib
import queue
import subprocess
import sys
import threading

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bindings" / "generated" / "python"))
sys.path.insert(0, str(ROOT / "scripts"))

OPERATOR = "alice"
PASSWORD = "correct horse battery staple"
TIMEOUT = 15.0


class RunningPlatform:
    def __init__(self, url, desk_key, data_dir, process):
        self.url = url
        self.desk_key = desk_key
        self.data_dir = data_dir
        self.process = process


def platform_binary():
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return os.environ.get("DISCRET_PLATFORM_BIN", str(target / "debug" / "discret-platform"))


def start_platform(data_dir, extra_args=()):
    env = dict(os.environ, DISCRET_OPERATOR_PASSWORD=PASSWORD, RUST_LOG="warn")
    subprocess.run(
        [platform_binary(), "add-operator", "--data-dir", str(data_dir), "--username", OPERATOR,
         "--display-name", "Opératrice 12"],
        check=True, env=env, capture_output=True,
    )
    process = subprocess.Popen(
        [platform_binary(), "serve", "--data-dir", str(data_dir), "--listen", "127.0.0.1:0", *extra_args],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in process.stdout], daemon=True).start()
    url = key = None
    while url is None or key is None:
        line = lines.get(timeout=TIMEOUT)
        if line.startswith("discret platform listening on "):
            url = line.split()[-1]
        elif line.startswith("desk key"):
            key = line.split()[-1]
    return RunningPlatform(url, key, data_dir, process)


@pytest.fixture(scope="session")
def platform(tmp_path_factory):
    running = start_platform(tmp_path_factory.mktemp("platform"))
    yield running
    running.process.terminate()
    running.process.wait(timeout=TIMEOUT)


@pytest.fixture
def discret():
    import discret as module
    return module


@pytest.fixture
def make_config(discret, tmp_path):
    def make(url="http://127.0.0.1:9", key="11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo", **changes):
        values = dict(data_dir=str(tmp_path / "phone"), platform_url=url, desk_key=key,
                      preferred_languages=["fr-FR", "ar"])
        values.update(changes)
        return discret.AppConfig(**values)
    return make


class Events:
    """Collects a listener's calls; waits on them with a timeout."""

    def __init__(self):
        self.items = queue.Queue()
        self.seen = []

    def put(self, item):
        self.items.put(item)

    def wait(self, predicate, what, timeout=TIMEOUT):
        for item in self.seen:
            if predicate(item):
                self.seen.remove(item)
                return item
        import time
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out waiting for {what}; saw {self.seen}")
            try:
                item = self.items.get(timeout=remaining)
            except queue.Empty:
                continue
            if predicate(item):
                return item
            self.seen.append(item)


def run_browser_script(script, *args, ok_line, timeout=90):
    """Runs tests/browser/`script` under node against headless Chromium;
    fails the test unless it exits 0 and prints `ok_line`."""
    import shutil

    browser_dir = ROOT / "tests" / "browser"
    if shutil.which("chromium") is None or not (browser_dir / "node_modules" / "playwright-core").exists():
        pytest.fail("Chromium and playwright-core are needed: run scripts/setup.sh")
    result = subprocess.run(["node", str(browser_dir / script), *map(str, args)],
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0 and ok_line in result.stdout, result.stdout + result.stderr


def subscribe(discret, chat):
    """Subscribes to `chat`'s events; returns (events, handle)."""
    events = Events()

    class Listener(discret.ChatListener):
        def on_event(self, event):
            events.put(event)

    return events, chat.subscribe(Listener())
