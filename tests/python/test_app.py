"""The App object through the generated Python bindings: constructor,
sync calls, the async platform check from asyncio, records and enums, the
public error enum for every bad configuration, and the connectivity
listener with a handle that cancels."""

import asyncio

import pytest

from conftest import Events


def test_emergency_numbers_are_compiled_in(discret, make_config):
    app = discret.App(make_config())
    numbers = {n.number: n for n in app.emergency_numbers()}
    for expected in ["17", "112", "114", "15", "18", "119", "3919", "3018"]:
        assert numbers[expected].primary, expected
    assert numbers["114"].accepts_sms
    assert not numbers["17"].accepts_sms
    assert "SMS" in numbers["114"].channels


def test_languages_have_autonyms_and_directions(discret, make_config):
    languages = {l.tag: l for l in discret.App(make_config()).supported_languages()}
    assert len(languages) >= 130
    assert languages["ar"].direction == discret.TextDirection.RIGHT_TO_LEFT
    assert languages["ar"].autonym == "العربية"
    assert languages["fr"].direction == discret.TextDirection.LEFT_TO_RIGHT
    assert languages["zh-Hant"].english_name.startswith("Chinese")


@pytest.mark.parametrize(
    "changes, field",
    [
        (dict(data_dir=""), "data_dir"),
        (dict(data_dir="relative/path"), "data_dir"),
        (dict(data_dir="/proc/discret-not-writable"), "data_dir"),
        (dict(url="not a url"), "platform_url"),
        (dict(url="http://relay.example.fr"), "platform_url"),
        (dict(url="ftp://127.0.0.1/"), "platform_url"),
        (dict(key=""), "desk_key"),
        (dict(key="abc"), "desk_key"),
        (dict(key="A" * 44), "desk_key"),
        (dict(preferred_languages=["fr", "not a tag"]), "preferred_languages"),
        (dict(preferred_languages=["qqq"]), "preferred_languages"),
    ],
)
def test_bad_configuration_is_a_clear_error(discret, make_config, changes, field):
    with pytest.raises(discret.ApiError.InvalidConfig) as error:
        discret.App(make_config(**changes))
    assert field in str(error.value)


def test_check_platform_from_asyncio(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url, key=platform.desk_key))
    status = asyncio.run(app.check_platform())
    assert status.desk_key == platform.desk_key
    assert status.protocol_version == 1


def test_check_platform_refuses_another_desk(discret, make_config, platform):
    app = discret.App(make_config(url=platform.url))
    with pytest.raises(discret.ApiError.Untrusted) as error:
        asyncio.run(app.check_platform())
    assert "pinned" in str(error.value)


def test_unreachable_platform_is_a_network_error(discret, make_config):
    app = discret.App(make_config())
    with pytest.raises(discret.ApiError.Network):
        asyncio.run(app.check_platform())


class ConnectivityEvents(Events):
    pass


def connectivity_listener(discret, events):
    class Listener(discret.ConnectivityListener):
        def on_change(self, state):
            events.put(state)

    return Listener()


def test_connectivity_listener_reports_and_cancels(discret, make_config, platform):
    events = Events()
    online = discret.App(make_config(url=platform.url, key=platform.desk_key))
    handle = online.subscribe_connectivity(connectivity_listener(discret, events))
    assert events.wait(lambda s: True, "first state") == discret.Connectivity.ONLINE
    assert handle.is_active()
    handle.cancel()
    assert not handle.is_active()
    handle.cancel()

    offline_events = Events()
    offline = discret.App(make_config())
    offline_handle = offline.subscribe_connectivity(connectivity_listener(discret, offline_events))
    assert offline_events.wait(lambda s: True, "first state") == discret.Connectivity.OFFLINE

    untrusted_events = Events()
    untrusted = discret.App(make_config(url=platform.url))
    untrusted_handle = untrusted.subscribe_connectivity(connectivity_listener(discret, untrusted_events))
    assert untrusted_events.wait(lambda s: True, "first state") == discret.Connectivity.UNTRUSTED
    del offline_handle, untrusted_handle
