"""The vault and the app lock through the generated Python bindings: PIN
set / wrong / too short / lockout, the duress PIN (clean app, same answer,
listener told), quick exit (twice; files, key store and messages gone, app
still usable), resume mode with a Python key store, and a damaged vault or
one from another key."""

import asyncio
import os
import threading

import pytest


class HandleKeyStore:
    """Like a device key store: the key stays here, the core gets a handle."""

    def __init__(self):
        self.keys = {}
        self.forgotten = 0

    def wrap(self, key):
        handle = os.urandom(16)
        self.keys[handle] = bytes(key)
        return handle

    def unwrap(self, wrapped):
        try:
            return self.keys[bytes(wrapped)]
        except KeyError:
            raise self.error("unknown handle")

    def forget(self):
        self.keys.clear()
        self.forgotten += 1


@pytest.fixture
def key_store(discret):
    class Store(HandleKeyStore, discret.KeyStore):
        error = staticmethod(lambda reason: discret.KeyStoreError.Failed(reason))
    return Store()


def message(discret, text, at_ms, conversation="chat-1", outgoing=True):
    return discret.StoredMessage(conversation=conversation, outgoing=outgoing, at_ms=at_ms,
                                 text=text)


def test_pin_lock_wrong_pin_too_short_and_lockout(discret, make_config):
    app = discret.App(make_config())
    assert app.lock_state() == discret.LockState.NO_PIN
    with pytest.raises(discret.ApiError.InvalidInput) as error:
        asyncio.run(app.set_pin("123"))
    assert "pin" in str(error.value) and "123" not in str(error.value)
    with pytest.raises(discret.ApiError.InvalidInput) as error:
        asyncio.run(app.set_pin("2468", "2468"))
    assert "duress_pin" in str(error.value)
    asyncio.run(app.set_pin("2468"))
    app.store_message(message(discret, "خبأت الهاتف", 1))
    app.lock()
    assert app.lock_state() == discret.LockState.LOCKED
    with pytest.raises(discret.ApiError.Locked):
        app.stored_messages("chat-1")
    for _ in range(3):
        with pytest.raises(discret.ApiError.WrongPin):
            asyncio.run(app.unlock("0000"))
    with pytest.raises(discret.ApiError.WrongPin) as error:
        asyncio.run(app.unlock("0000"))
    assert "30 s" in str(error.value)
    with pytest.raises(discret.ApiError.RateLimited):
        asyncio.run(app.unlock("2468"))


def test_duress_pin_opens_a_clean_app_and_tells_the_listener(discret, make_config):
    told = threading.Event()

    class Listener(discret.DuressListener):
        def on_duress(self):
            told.set()

    normal = discret.App(make_config(data_dir=make_config().data_dir + "-a"))
    duress = discret.App(make_config(data_dir=make_config().data_dir + "-b"))
    duress.set_duress_listener(Listener())
    for app in (normal, duress):
        asyncio.run(app.set_pin("2468", "1357"))
        for i in range(5):
            app.store_message(message(discret, "我在浴室", i))
        app.lock()
    asyncio.run(normal.unlock("2468"))
    asyncio.run(duress.unlock("1357"))
    # Same answer, same state; only the duress app is empty.
    assert normal.lock_state() == duress.lock_state() == discret.LockState.UNLOCKED
    assert len(normal.stored_messages("chat-1")) == 5
    assert duress.stored_messages("chat-1") == []
    assert told.wait(10)
    duress.lock()
    assert duress.lock_state() == discret.LockState.LOCKED


def test_quick_exit_twice_wipes_files_key_and_messages(discret, make_config, key_store):
    config = make_config(resume=True)
    app = discret.App.with_key_store(config, key_store)
    assert app.vault_opening() == discret.VaultOpening.FRESH
    asyncio.run(app.set_pin("2468"))
    for i in range(20):
        app.store_message(message(discret, f"Je suis enfermée {i}", i))
    assert sorted(os.listdir(config.data_dir)) == ["vault.db", "vault.key"]
    app.quick_exit()
    app.quick_exit()
    assert os.listdir(config.data_dir) == []
    assert key_store.forgotten >= 1 and key_store.keys == {}
    assert app.lock_state() == discret.LockState.NO_PIN
    assert app.stored_messages("chat-1") == []
    app.store_message(message(discret, "après", 1))
    assert [m.text for m in app.stored_messages("chat-1")] == ["après"]


def test_resume_mode_survives_a_restart(discret, make_config, key_store):
    config = make_config(resume=True)
    first = discret.App.with_key_store(config, key_store)
    first.store_message(message(discret, "أنا محتجزة", 7, outgoing=False))
    del first
    again = discret.App.with_key_store(config, key_store)
    assert again.vault_opening() == discret.VaultOpening.RESUMED
    [m] = again.stored_messages("chat-1")
    assert (m.text, m.outgoing, m.at_ms) == ("أنا محتجزة", False, 7)


def test_damaged_or_foreign_vault_gives_a_clean_state(discret, make_config, key_store):
    config = make_config(resume=True)
    app = discret.App.with_key_store(config, key_store)
    app.store_message(message(discret, "secret", 1))
    del app
    path = os.path.join(config.data_dir, "vault.db")
    with open(path, "r+b") as f:
        f.write(b"\x00garbage" * 20)
    damaged = discret.App.with_key_store(config, key_store)
    assert damaged.vault_opening() == discret.VaultOpening.DISCARDED_UNREADABLE
    assert damaged.stored_messages("chat-1") == []
    damaged.store_message(message(discret, "secret", 1))
    del damaged

    class Stranger(discret.KeyStore):
        def wrap(self, key):
            return b"x"

        def unwrap(self, wrapped):
            raise discret.KeyStoreError.Failed("not this device's key")

        def forget(self):
            pass

    foreign = discret.App.with_key_store(config, Stranger())
    assert foreign.vault_opening() == discret.VaultOpening.DISCARDED_OTHER_KEY
    assert foreign.stored_messages("chat-1") == []


def test_resume_without_a_key_store_and_bad_messages_are_typed_errors(discret, make_config):
    with pytest.raises(discret.ApiError.InvalidConfig) as error:
        discret.App(make_config(resume=True))
    assert "resume" in str(error.value)
    app = discret.App(make_config())
    with pytest.raises(discret.ApiError.InvalidInput):
        app.store_message(message(discret, "x", 1, conversation="not a label"))
    with pytest.raises(discret.ApiError.InvalidInput):
        app.store_message(message(discret, "", 1))


def test_a_chat_resumes_after_the_app_is_killed(discret, make_config, key_store, platform):
    from conftest import Events
    from test_chat import chat_listener, request

    config = make_config(url=platform.url, key=platform.desk_key, resume=True)
    first = discret.App.with_key_store(config, key_store)
    assert first.resume_chats() == []
    chat = asyncio.run(first.start_chat(request(discret)))
    events = Events()
    handle = chat.subscribe(chat_listener(discret, events))
    sent = chat.send_text("Je suis cachée dans la cave", None)
    events.wait(lambda e: e.is_delivered() and e.message_id == sent, "delivered")
    conversation = chat.conversation()
    handle.cancel()
    del handle, chat, first  # killed: no close, no quick exit

    again = discret.App.with_key_store(config, key_store)
    [chat] = again.resume_chats()
    assert chat.conversation() == conversation
    assert chat.state() in (discret.ChatState.WAITING, discret.ChatState.ANSWERED)
    events = Events()
    handle = chat.subscribe(chat_listener(discret, events))
    # The events from before the app was killed come first, again.
    first_sent = sent
    events.wait(lambda e: e.is_delivered() and e.message_id == first_sent, "replayed delivery")
    sent = chat.send_text("Toujours là", None)
    # Delivered means the desk decrypted it: the Olm session carried on.
    events.wait(lambda e: e.is_delivered() and e.message_id == sent, "delivered after resuming")
    handle.cancel()
    again.quick_exit()
    assert discret.App.with_key_store(config, key_store).resume_chats() == []
