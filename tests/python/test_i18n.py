"""UI text through the Python bindings: 130+ locales with honest review
statuses, right-to-left where it belongs, negotiation and fallbacks,
CLDR plurals, isolated placeables."""

import pytest


def test_locales_statuses_and_directions(discret, make_config):
    app = discret.App(make_config())
    locales = {l.tag: l for l in app.available_locales()}
    assert len(locales) >= 130
    reviewed = sorted(t for t, l in locales.items() if l.status == discret.ReviewStatus.REVIEWED)
    assert reviewed == ["en", "fr"]
    for tag in ["ar", "he", "fa", "ur", "ps", "ckb", "sd", "ug", "yi", "dv"]:
        assert locales[tag].direction == discret.TextDirection.RIGHT_TO_LEFT, tag
    assert locales["fr"].full_ui and not locales["ar"].full_ui


@pytest.mark.parametrize(
    "device, first",
    [(["pt-BR"], "pt-BR"), (["pt-PT"], "pt"), (["zh-Hant-TW"], "zh-Hant"), (["ar-MA", "fr"], "ar"), (["kw"], "en")],
)
def test_negotiation(discret, make_config, device, first):
    app = discret.App(make_config(preferred_languages=device))
    chain = app.locale_chain()
    assert chain[0] == first
    assert "en" in chain and "fr" in chain, "English and French always end the chain"


def test_messages_plurals_and_fallback(discret, make_config):
    arabic = discret.App(make_config(preferred_languages=["ar"]))
    critical = arabic.localize("chat-cannot-talk", {})
    assert critical.locale == "ar" and any("\u0600" <= c <= "\u06ff" for c in critical.text)
    fallback = arabic.localize("settings-title", {})
    assert fallback.locale == "en", "non-critical text falls back to English"
    assert arabic.localize("no-such-message", {}) is None

    french = discret.App(make_config(preferred_languages=["fr"]))
    def position(n):
        return french.localize("chat-queue-position", {"position": discret.MessageArg.NUMBER(value=n)}).text
    assert position(1) != position(2)
    receipt = french.localize("report-received", {"receipt": discret.MessageArg.TEXT(value="AB12")}).text
    assert "\u2068AB12\u2069" in receipt, "placeables are isolated for bidi"


def test_every_locale_selects_a_plural_variant_of_its_own(discret, make_config):
    """Through the bindings: in every locale, the queue position (a plural
    selector on a number) resolves in that locale for numbers of every CLDR
    category (0, 1, 2, 3–4, 5–20, 21, 100, 1000…), and shows the number
    (the Rust test checks the categories one by one against CLDR)."""
    locales = discret.App(make_config()).available_locales()
    assert len(locales) >= 130
    for info in locales:
        app = discret.App(make_config(preferred_languages=[info.tag]))
        for n in (0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 1000):
            out = app.localize("chat-queue-position", {"position": discret.MessageArg.NUMBER(value=n)})
            assert out is not None and out.locale == info.tag, (info.tag, n)
            assert out.text.strip(), (info.tag, n)
            if n != 1:
                assert str(n) in out.text, (info.tag, n, out.text)
