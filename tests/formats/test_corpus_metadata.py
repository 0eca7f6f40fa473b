"""Agreement of the wire-format stage with each research corpus's own metadata (gold.jsonl).

The corpora's records state titles, dates, datelines and bylines in their own fields; these tests parse a
seeded sample of each collection and compare. The expected values are read from gold.jsonl here, with
rules written independently of the parser. Skipped when ../shared/corpora is absent. Set
NEWSMODEL_METADATA_SAMPLE=0 to check every article instead of 300 per collection.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article
from newsmodel.formats.registry import registry
from newsmodel.text import coerce_text

THRESHOLD = 0.95
SAMPLE = int(os.environ.get("NEWSMODEL_METADATA_SAMPLE", "300"))

# A month at the end of a Reuters-21578 dateline field: ', Feb 26', ' MARCH 3'.
_TRAILING_DATE = re.compile(r",?\s*(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*\d+\s*$")
# DUC's own wire codes in raw fields.
_DUC_CODES = re.compile(r"&(?:QL|QC|QR|UR|LR|Cx\w+);")
# A byline line in DUC pre-text: 'By DONNA BRYSON', '(ATTN: Ill.)  By HENRY FOUNTAIN'.
_BY = re.compile(r"\s*(?:\([^()]*\)\s*)*By\s+(.*)$", re.IGNORECASE)
# What follows the names in a raw byline: ', Reuters', 'Associated Press Writer', a copyright, a role.
_BY_TAIL = re.compile(
    r",\s*Reuters?\w?\.?\s*$|\s+(?:AP|Associated Press)(?: [A-Z][a-z]+)* Writer\s*$|\s+c\.\s?\d{4}.*$"
    r"|\s+NYT\b.*$|\s*,\s*[^,]*(?:correspondent|editor|writer|columnist|reporter)[^,]*$|\s+-\s*analysis\s*$|\(.*$",
    re.IGNORECASE,
)
_SEP = re.compile(r"\s*(?:,|\band\b|\bwith\b)\s*", re.IGNORECASE)


def norm(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()).casefold().strip(" .,;:!?\"'()[]{}-")


def names(raw: str) -> list[str]:
    raw = _BY_TAIL.sub("", raw.strip())
    return [norm(p) for p in _SEP.split(raw) if p.strip()]


def expected(collection: str, gold: dict[str, Any]) -> dict[str, Any]:
    """What the record's own fields say, normalised like the scorer does."""
    if collection == "reuters21578":
        dateline = gold["dateline"]
        location = _TRAILING_DATE.sub("", re.sub(r"\s*-\s*$", "", dateline.strip())) if dateline else ""
        author = gold["author"]
        return {
            "headline": norm(html.unescape(gold["title"] or "")),
            "published": dt.datetime.strptime(gold["date"].split()[0], "%d-%b-%Y").date().isoformat(),
            "dateline": norm(location),
            "authors": names(re.sub(r"^\s*by\s+", "", author, flags=re.I)) if author else [],
            "source": "reuters",
        }
    if collection == "duc_aquaint":
        docno = gold["docno"]
        day = dt.date(int(docno[3:7]), int(docno[7:9]), int(docno[9:11]))
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)|(\d\d)/(\d\d)/(\d{4})", gold["date_time"] or "")
        if m:
            y, mo, d = (int(m[1]), int(m[2]), int(m[3])) if m[1] else (int(m[6]), int(m[4]), int(m[5]))
            swapped = (mo, d) == (day.day, day.month) and (mo, d) != (day.month, day.day)
            day = day if swapped else dt.date(y, mo, d)
        authors: list[str] = []
        pre_text = (gold["pre_text_raw"] or "").replace("&AMP;", "&").replace("&HT;", " ")
        for line in html.unescape(_DUC_CODES.sub("", pre_text)).split("\n"):
            by = _BY.match(line)
            if by and not authors:
                authors = names(by.group(1))
        sources = {"APW": "ap", "NYT": "new york times news service", "XIE": "xinhua"}
        return {
            "headline": norm(html.unescape(_DUC_CODES.sub("", gold["headline"] or "").replace("&HT;", " "))),
            "published": day.isoformat(),
            "authors": [a for a in authors if a and not a.startswith("the ")],
            "source": sources[docno[:3]],
        }
    if collection == "reuters_ding2014":
        m = re.match(r"\w+ (\w+) (\d+), (\d{4})", gold["date_raw"])
        assert m is not None
        return {
            "headline": norm(gold["title"]),
            "published": dt.datetime.strptime(f"{m[1]} {m[2]} {m[3]}", "%b %d %Y").date().isoformat(),
            "authors": names(gold["author"]) if gold["author"] else [],
            "source": "reuters",
        }
    return {"headline": norm(gold["headline"])}  # bbc_mlgucd: headlines only


def found(article: Article) -> dict[str, Any]:
    return {
        "headline": norm(article.headline),
        "published": article.published.isoformat()[:10] if article.published else "",
        "dateline": norm(article.dateline.location) if article.dateline else "",
        "authors": [norm(p.name) for p in article.authors],
        "source": norm(article.source),
    }


def agreement(corpora: Path, collection: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    folder = corpora / collection
    golds = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    if SAMPLE:
        golds = random.Random(20240305).sample(golds, min(SAMPLE, len(golds)))
    ok: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for gold in golds:
        text = coerce_text((folder / gold["file"]).read_text(encoding="utf-8"))
        got = found(registry.detect(text).parse(text))
        for key, want in expected(collection, gold).items():
            total[key] += 1
            if key == "authors":
                # credits ("Reporting by X") add authors the header byline does not list
                subset = collection == "reuters_ding2014" and set(want) <= set(got[key])
                hit = sorted(want) == sorted(got[key]) or subset
            else:
                hit = want == got[key]
            if hit:
                ok[key] += 1
            else:
                misses.setdefault(key, []).append(f"{gold['file']}: want {want!r} got {got[key]!r}")
    return {key: ok[key] / total[key] for key in total}, misses


@pytest.mark.parametrize("collection", ["reuters21578", "duc_aquaint", "reuters_ding2014", "bbc_mlgucd"])
def test_agreement_with_corpus_metadata(corpora: Path, collection: str) -> None:
    scores, misses = agreement(corpora, collection)
    print(f"\n{collection}: " + ", ".join(f"{k} {v:.4f}" for k, v in scores.items()))
    low = {k: v for k, v in scores.items() if v < THRESHOLD}
    assert not low, f"{collection} below {THRESHOLD}: {low}; e.g. " + "; ".join(
        m for k in low for m in misses[k][:5]
    )
