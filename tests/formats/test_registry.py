"""The format registry: decorator registration, detection by score, unknown names, lazy entry points."""

from __future__ import annotations

import importlib
from importlib.metadata import EntryPoint

import pytest

from newsmodel import Article, UnknownFormatError, parse_article, register_format, unregister_format
from newsmodel.errors import NewsmodelError
from newsmodel.formats.registry import ENTRY_POINT_GROUP, FormatRegistry, WireFormat, available_formats

# the module itself (the package attribute ``newsmodel.formats.registry`` is the default registry object)
registry_module = importlib.import_module("newsmodel.formats.registry")

BUILT_IN = {"afp", "ap", "header", "nyt", "plain", "reuters", "reuters-web", "reuters21578", "trec", "upi", "xinhua"}


def plugin_parser(text: str) -> Article:
    """A parser an installed package would expose through the entry-point group."""
    return Article(text=text, format="plugin-wire", source="Plugin Wire")


def test_built_in_formats_are_registered() -> None:
    assert set(available_formats()) >= BUILT_IN


def test_decorator_registers_and_detection_picks_highest_score() -> None:
    @register_format("test-wire", detect=lambda text: 0.99 if text.startswith("TESTWIRE") else 0.0)
    def parse_test(text: str) -> Article:
        return Article(text=text, format="test-wire", source="Test Wire")

    try:
        assert parse_article("TESTWIRE copy").source == "Test Wire"
        assert parse_article("Other copy\n\nBody.").format == "plain"
        assert parse_article("Other copy", format="test-wire").format == "test-wire"
        with pytest.raises(NewsmodelError, match="already registered"):
            register_format("test-wire")(parse_test)
    finally:
        unregister_format("test-wire")
    assert "test-wire" not in available_formats()


def test_unknown_format_lists_known_ones() -> None:
    with pytest.raises(UnknownFormatError) as info:
        parse_article("x", format="no-such-wire")
    assert isinstance(info.value, LookupError)
    for name in ("ap", "reuters", "trec", "plain"):
        assert name in str(info.value)


def test_entry_points_are_loaded_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    ep = EntryPoint("plugin-wire", f"{__name__}:plugin_parser", ENTRY_POINT_GROUP)

    def fake_entry_points(*, group: str) -> list[EntryPoint]:
        calls.append(group)
        return [ep] if group == ENTRY_POINT_GROUP else []

    monkeypatch.setattr(registry_module, "entry_points", fake_entry_points)
    reg = FormatRegistry()
    reg.add(WireFormat("plain", plugin_parser))
    assert calls == []  # nothing is scanned when a registry is made or filled
    fmt = reg.get("plugin-wire")
    assert calls == [ENTRY_POINT_GROUP]
    assert fmt.name == "plugin-wire" and fmt.parse("x").source == "Plugin Wire"
    reg.get("plugin-wire")
    reg.names()
    assert calls == [ENTRY_POINT_GROUP]  # read once
    assert parse_article("copy", format="plugin-wire", formats=reg).source == "Plugin Wire"


def test_broken_plugin_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = EntryPoint("broken-wire", "no_such_module_for_newsmodel:parse", ENTRY_POINT_GROUP)
    monkeypatch.setattr(registry_module, "entry_points", lambda *, group: [ep])
    with pytest.raises(NewsmodelError, match="broken-wire"):
        FormatRegistry().get("broken-wire")


def test_non_str_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="int"):
        parse_article(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not UTF-8"):
        parse_article(b"\xff\xfe caf\xe9")
    assert parse_article(b"\xef\xbb\xbfRain expected\r\n\r\nIt will rain.").headline == "Rain expected"
