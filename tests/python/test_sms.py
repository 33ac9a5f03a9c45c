"""The SMS to 114 and the "when to call" guidance through the bindings:
GSM-7 vs UCS-2 counting, segments, truncation at character boundaries."""

import math
import time

import pytest


def sms_request(discret, **changes):
    values = dict(
        category="domestic_violence",
        fix=discret.LocationFix(lat=48.8566, lon=2.3522, accuracy_m=15.0,
                                source=discret.LocationSource.MANUAL,
                                time_ms=int(time.time() * 1000)),
        place_details="3e étage", attacker_present=True, weapon=False, injured=True,
        children_present=False, free_text="Il crie dans le salon")
    values.update(changes)
    return discret.Sms114Request(**values)


def test_gsm7_and_ucs2_counting(discret):
    assert discret.sms_count("é").encoding == discret.SmsEncoding.GSM7
    assert discret.sms_count("œ").encoding == discret.SmsEncoding.UCS2
    assert discret.sms_count("a" * 160).segments == 1
    assert discret.sms_count("a" * 161).segments == 2
    assert discret.sms_count("ê" * 70).segments == 1
    assert discret.sms_count("ê" * 71).segments == 2
    assert discret.sms_count("€").units == 2


def test_the_sms_names_place_and_essentials(discret):
    sms = discret.compose_sms_114(sms_request(discret))
    assert sms.number == "114"
    assert "Paris" in sms.text and "48.85660,2.35220" in sms.text
    assert "Agresseur present" in sms.text and "Blesse(s)" in sms.text
    assert sms.text.endswith("Il crie dans le salon")
    assert sms.encoding == discret.SmsEncoding.GSM7
    assert not sms.truncated
    assert sms.segments == discret.sms_count(sms.text).segments


def test_long_text_is_truncated_within_three_segments(discret):
    sms = discret.compose_sms_114(sms_request(discret, free_text="Au secours, il est armé. " * 50))
    assert sms.truncated and sms.segments <= 3 and sms.text.endswith("...")
    arabic = discret.compose_sms_114(sms_request(discret, free_text="ساعدوني 🙂 " * 60))
    assert arabic.encoding == discret.SmsEncoding.UCS2
    assert arabic.truncated and arabic.segments <= 3
    assert discret.sms_count(arabic.text).units <= 3 * 67


def test_bad_input_is_refused(discret):
    with pytest.raises(discret.ApiError.InvalidInput):
        discret.compose_sms_114(sms_request(discret, category="pizza"))
    bad_fix = discret.LocationFix(lat=math.nan, lon=2.0, accuracy_m=1.0,
                                  source=discret.LocationSource.GPS, time_ms=0)
    with pytest.raises(discret.ApiError.InvalidInput):
        discret.compose_sms_114(sms_request(discret, fix=bad_fix))


def test_a_voice_call_comes_first(discret, make_config):
    advice = discret.call_guidance()
    assert advice[0].number == "17" and advice[0].channel == discret.HelpChannel.CALL
    assert any(a.number == "114" and a.channel == discret.HelpChannel.SMS for a in advice)
    app = discret.App(make_config())
    for a in advice:
        assert app.localize(a.situation_id, {}) is not None, a.situation_id
