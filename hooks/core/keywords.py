"""Keyword terms and BM25 scoring, shared by the lesson store and the hook process.

The lessons compiler indexes lessons with ``terms``; the UserPromptSubmit hook scores a prompt
against that index with ``bm25``. Both must tokenize identically, so the code lives here, in the
standard-library-only room.
"""

from __future__ import annotations

_WORD = r"[a-z0-9]+"
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SPLIT_WORDS = str.maketrans({chr(i): chr(i) if chr(i) in _WORD_CHARS else " " for i in range(128)})
STOPWORDS = frozenset(
    "a an the and or but of to in on at by for with from into onto over under as is are was were be been being "
    "it its this that these those there here then than so if else when while do does did done not no yes can "
    "could should would will shall may might must have has had i you he she we they me my your our their them "
    "what which who whom how why all any some each every more most other such only own same too very just also "
    "about after before again against between both during further once out up down off above below through "
    "please let lets let's want need make sure get got".split()
)
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "ed", "es", "s")


def stem(word: str) -> str:
    """A light, deterministic stemmer: enough to match test/tests/testing, not a linguist."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            return word + "y" if suffix in ("ies", "ied") else word
    return word


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed words of ``text`` without stopwords (identifiers split on punctuation)."""
    low = text.lower()
    if low.isascii():  # the prompt hook's usual case: no re import (4 ms in a fresh process)
        words = low.translate(_SPLIT_WORDS).split()
    else:
        import re

        words = re.findall(_WORD, low)
    stems = _STEMS
    if len(stems) > 200_000:
        stems.clear()  # a bound for a long-lived process; a night's vocabulary is a few thousand words
    out = []
    for w in words:
        if w not in STOPWORDS and len(w) > 1:
            s = stems.get(w)
            out.append(s if s is not None else stems.setdefault(w, stem(w)))
    return out


_STEMS: dict[str, str] = {}  # each word stemmed once per process: a night stems the same words in every scope


def bm25(query: list[str], doc_terms: dict[str, int], doc_len: int, avg_len: float, idf: dict[str, float],
         k1: float = 1.2, b: float = 0.75) -> float:
    """BM25 of one document (term counts) for the query terms."""
    score = 0.0
    for term in set(query):
        tf = doc_terms.get(term, 0)
        if tf:
            score += idf.get(term, 0.0) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * doc_len / max(avg_len, 1e-9)))
    return score


def term_weights(doc_terms: dict[str, int], doc_len: int, avg_len: float, idf: dict[str, float],
                 k1: float = 1.2, b: float = 0.75) -> dict[str, float]:
    """Each of a document's terms with its BM25 weight (``bm25`` of that term alone), in one pass."""
    norm = k1 * (1 - b + b * doc_len / max(avg_len, 1e-9))
    return {t: idf.get(t, 0.0) * tf * (k1 + 1) / (tf + norm) for t, tf in doc_terms.items()}


def idf_table(doc_freq: dict[str, int], n_docs: int) -> dict[str, float]:
    import math  # not at the top: the hook process never needs it

    return {t: math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for t, df in doc_freq.items()}
