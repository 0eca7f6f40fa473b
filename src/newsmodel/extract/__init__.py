"""Extraction stages: pure functions ``Article -> Article`` that fill in entities, quotes, commitments."""
