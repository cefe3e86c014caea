"""Secrets out, sizes bounded: applied to every event before it is written anywhere.

Standard library only. One combined pattern scans each string once; a match is replaced by
``[REDACTED:<kind>]`` while harmless context (a variable name, a URL's user) is kept so that the
session still reads sensibly. Oversized strings are cut with a marker that keeps the original size.
"""

from __future__ import annotations

import re

MAX_FIELD_CHARS = 16_000
MAX_LIST_ITEMS = 500
MAX_DEPTH = 12

# (name, triggers, pattern, group kept before the secret). A rule's regex only runs when one of its
# lower-case triggers occurs in the text: a plain substring test costs microseconds, a regex scan
# of 15 KB costs a fraction of a millisecond, and most tool output contains no trigger at all.
_RULES: list[tuple[str, tuple[str, ...], str, str | None]] = [
    ("private_key", ("private key",), r"-----BEGIN[A-Z ]{0,40} PRIVATE KEY(?: BLOCK)?-----(?:.|\n)*?(?:-----END[A-Z ]{0,40} PRIVATE KEY(?: BLOCK)?-----|\Z)", None),
    ("anthropic_key", ("sk-ant-",), r"\bsk-ant-[A-Za-z0-9_\-]{20,}", None),
    ("openai_key", ("sk-",), r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", None),
    ("github_token", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"), r"\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})", None),
    ("gitlab_token", ("glpat-",), r"\bglpat-[A-Za-z0-9_\-]{20,}", None),
    ("aws_access_key", ("akia", "asia", "abia", "acca"), r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", None),
    ("slack_token", ("xox",), r"\bxox[abposr]-[A-Za-z0-9\-]{10,}", None),
    ("slack_webhook", ("hooks.slack.com",), r"https://hooks\.slack\.com/services/[A-Za-z0-9/_\-]+", None),
    ("google_api_key", ("aiza",), r"\bAIza[0-9A-Za-z_\-]{35}", None),
    ("google_oauth", ("ya29.",), r"\bya29\.[0-9A-Za-z_\-]{20,}", None),
    ("stripe_key", ("_live_", "_test_", "whsec_"), r"\b(?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}|\bwhsec_[0-9A-Za-z]{16,}", None),
    ("huggingface_token", ("hf_",), r"\bhf_[A-Za-z0-9]{30,}", None),
    ("npm_token", ("npm_",), r"\bnpm_[A-Za-z0-9]{36}", None),
    ("jwt", ("eyj",), r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}", None),
    ("url_password", ("://",), r"(?P<keep>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/\s@]+:)[^@\s/]+(?=@)", "keep"),
    ("auth_header", ("authorization",), r"(?i)(?P<keep>\bauthorization\s*[:=]\s*[\"']?(?:bearer|basic|token)\s+)[A-Za-z0-9._~+/=\-]{8,}", "keep"),
    ("aws_secret", ("aws",), r"(?i)(?P<keep>aws_?secret_?access_?key[\"']?\s*[:=]\s*[\"']?)[A-Za-z0-9/+=]{40,}", "keep"),
    # .env / shell style: NAME=value where NAME mentions a secret (upper case, as env vars are).
    ("env_secret", ("key", "token", "secret", "passw", "pwd", "credential", "auth"), r"(?m)(?P<keep>^[ \t]*(?:export[ \t]+)?[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIALS?|AUTH)[A-Z0-9_]*[ \t]*=[ \t]*)[\"']?(?!\[REDACTED)[^\s\"']{4,}[\"']?", "keep"),
    # JSON / YAML / kwargs style: "password": "...", api_key='...', secret: ... (not bare numbers).
    ("secret_field", ("key", "secret", "token", "passw", "credential"), r"(?i)(?P<keep>(?:api[_\-]?key|secret|token|password|passwd|credential)s?[\"']?\s*[:=]\s*[\"']?)(?![0-9]+\b)(?!\[REDACTED)[^\s\"',;}{]{6,}", "keep"),
]

_compiled: dict[str, re.Pattern[str]] = {}  # compiled on first need: most hook calls need none


def _replacer(name: str, keep: str | None):
    if keep is None:
        marker = f"[REDACTED:{name}]"
        return lambda m: marker
    return lambda m: f"{m.group(keep)}[REDACTED:{name}]"


_SUBS = [(name, triggers, pattern, _replacer(name, keep)) for name, triggers, pattern, keep in _RULES]
# One search for any trigger at all: most strings have none and are done after it. (Searching the
# lower-cased text is ~8x faster than a case-insensitive pattern.)
_ANY_TRIGGER = re.compile("|".join(sorted({re.escape(t) for _, triggers, _, _ in _RULES for t in triggers})))
_MIN_SECRET_CHARS = 8  # no rule matches a shorter string


def redact(text: str) -> str:
    """Replace every secret the rules know in ``text``."""
    if len(text) < _MIN_SECRET_CHARS:
        return text
    low = text.lower()
    if not _ANY_TRIGGER.search(low):
        return text
    for name, triggers, pattern, replace in _SUBS:
        if any(t in low for t in triggers):
            compiled = _compiled.get(name) or _compiled.setdefault(name, re.compile(pattern))
            text = compiled.sub(replace, text)
    return text


def truncate(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…[second-nature: truncated, {len(text)} chars in all]"


def clean_text(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """Redact then bound one string. Only a window a little past the limit is scanned, so a 10 MB
    output costs the same as a 20 KB one; a secret straddling the cut is still caught whole."""
    if len(text) > limit:
        head = redact(text[: limit + 512])
        return f"{head[:limit]}…[second-nature: truncated, {len(text)} chars in all]"
    return redact(text)


def clean(value: object, limit: int = MAX_FIELD_CHARS, _depth: int = 0) -> object:
    """A JSON-safe, redacted, size-bounded copy of ``value`` (dicts, lists, strings, numbers...)."""
    if isinstance(value, str):
        return clean_text(value, limit)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"[second-nature: binary, {len(value)} bytes]"
    if _depth >= MAX_DEPTH:
        return clean_text(repr(value), limit)
    if isinstance(value, dict):
        return {str(k): clean(v, limit, _depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
        out = [clean(v, limit, _depth + 1) for v in items[:MAX_LIST_ITEMS]]
        if len(items) > MAX_LIST_ITEMS:
            out.append(f"[second-nature: {len(items) - MAX_LIST_ITEMS} more items truncated]")
        return out
    return clean_text(str(value), limit)
