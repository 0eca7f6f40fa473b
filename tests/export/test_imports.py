"""The exporters keep their optional dependencies lazy: importing them loads neither jsonschema nor pandas."""

from __future__ import annotations

import subprocess
import sys

import newsmodel.export


def test_optional_packages_are_not_imported_with_the_exporters() -> None:
    code = (
        "import sys, newsmodel, newsmodel.export; "
        "print(sorted(m for m in ('jsonschema', 'pandas', 'referencing', 'mkdocs', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_public_names() -> None:
    assert newsmodel.export.__all__ == sorted(newsmodel.export.__all__)
    for name in newsmodel.export.__all__:
        assert getattr(newsmodel.export, name) is not None
    assert {"to_ninjs", "to_jsonld", "json_schema", "to_records", "to_pandas", "to_html"} <= set(
        newsmodel.export.__all__)
