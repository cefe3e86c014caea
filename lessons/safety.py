"""Poisoned lessons: a lesson is injected into a system prompt, so a bad one is a standing prompt
injection. Anything that could act as one is quarantined for a person to review.

A lesson is flagged when it tells the agent to ignore its instructions or safety rules, to bypass
checks, to run or fetch something remote, to send data somewhere, or carries an encoded payload.
URLs and commands are flagged when they came from tool output or a web page seen in the evidence
(``untrusted`` text), and any non-local URL is flagged when there is no evidence to check against.
"""

from __future__ import annotations

import re

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("overrides instructions", re.compile(
        r"\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(instructions?|prompts?|rules?|guidelines?|"
        r"polic(y|ies)|safety|system|previous|above)\b", re.I)),
    ("claims authority", re.compile(r"\b(you are now|new (system )?instructions?|system prompt|developer message|"
                                    r"act as (root|admin|the system))\b", re.I)),
    ("hides actions from the user", re.compile(
        r"\b(do not|don't|never) (tell|inform|ask|show|mention)\b[^.\n]{0,30}\buser\b|\bwithout (asking|telling|"
        r"confirming|notifying)\b[^.\n]{0,20}\b(user|anyone)\b", re.I)),
    ("disables a safeguard", re.compile(
        r"(--no-verify|--dangerously[-\w]*|--skip-permissions|\bdisable\b[^.\n]{0,20}\b(sandbox|safety|security|"
        r"verification|hooks?|2fa|mfa|tls|ssl)\b|\bchmod\s+(-R\s+)?777\b|\brm\s+-rf\s+[/~]|\bset\s+-x\b[^.\n]*secret)",
        re.I)),
    ("runs remote code", re.compile(
        r"\b(curl|wget|iwr|invoke-webrequest|fetch)\b[^\n]{0,200}\|\s*(sudo\s+)?(sh|bash|zsh|python3?|iex|node)\b|"
        r"\b(pip|npm|gem|cargo)\s+install\s+\S*(https?://|git\+)", re.I)),
    ("sends data out", re.compile(
        r"\b(send|post|upload|exfiltrate|forward|email|paste|share)\b[^.\n]{0,80}\b(to|at|into)\b[^.\n]{0,40}"
        r"(https?://|\bwebhook\b|@[\w-]+\.\w+|\bpastebin\b|\bgist\b)|"
        r"\b(send|post|upload|print|echo|share)\b[^.\n]{0,40}\b(api[_ ]?keys?|tokens?|passwords?|credentials?|"
        r"secrets?|ssh keys?|\.env)\b", re.I)),
    ("carries an encoded payload", re.compile(r"[A-Za-z0-9+/]{60,}={0,2}")),
]
_URL = re.compile(r"https?://[^\s)>\]'\"`]+", re.I)
_LOCAL = re.compile(r"^https?://(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)([:/]|$)", re.I)
_COMMAND = re.compile(r"`([^`\n]{3,200})`")


def check(text: str, untrusted: str | None = None) -> list[str]:
    """Reasons to quarantine ``text`` (empty when it looks safe).

    ``untrusted``: tool outputs and web pages from the lesson's evidence sessions. A URL or an
    inline command that appears there came from outside the user's control.
    """
    reasons = [name for name, pattern in _RULES if pattern.search(text)]
    for url in _URL.findall(text):
        if _LOCAL.match(url):
            continue
        if untrusted is None:
            reasons.append(f"mentions an external URL ({url[:60]})")
        elif url.rstrip(".,;") in untrusted:
            reasons.append(f"repeats a URL from tool output ({url[:60]})")
    if untrusted:
        for command in _COMMAND.findall(text):
            if len(command) >= 12 and command in untrusted and not _looks_local(command):
                reasons.append(f"repeats a command from tool output (`{command[:60]}`)")
    return list(dict.fromkeys(reasons))


def _looks_local(command: str) -> bool:
    """Commands naming only local build/test tools are ordinary lessons, not injected instructions."""
    return not re.search(r"https?://|\b(curl|wget|ssh|scp|nc|base64)\b", command, re.I)
