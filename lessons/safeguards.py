"""Settings and flags that turn a safeguard off, known by the words of their names and the polarity of their
values rather than tool by tool.

Every tool has its own spelling of "don't verify" or "don't fail" (``validate_certs: no``, ``Verify-Peer
"false"``, ``soft_fail: true``, ``ProtectSystem=false``, ``allowPrivilegeEscalation: true``, ``--no-sandbox``),
and each new one slipped past rules that named the spellings. What they share is their shape: a name made
of a safeguard's word (verify, ssl, sandbox, strict, errexit…) given an "off" value, or a name made of a
risk's word (insecure, skip, allow, privileged, public…) given an "on" value, or a flag that prefixes a
safeguard with no-, skip-, disable- or ignore-. A name that says both ("InsecureSkipVerify") is a risk.
"""

from __future__ import annotations

import re

from secondnature.hooks.core.redact import name_words

_SAFEGUARD = frozenset("""verify verification verified validate validation ssl tls https cert certs certificate certificates
signature signatures signed gpg gpgcheck checksum checksums integrity auth authentication sandbox sandboxed protect
protection protected strict secure security csrf errexit pipefail nounset hooks lint linting review reviews approval
approvals squash peer hostname reject revoke revocation hashes""".split())  # not "check" or "test": --skipLibCheck, -DskipTests are routine
# Names whose words say a safeguard though one of them is a risk's ("trust" in DOCKER_CONTENT_TRUST) or is routine alone
# ("checking" in ANSIBLE_HOST_KEY_CHECKING)
_SAFEGUARD_PHRASES = ("content trust", "host key checking", "key checking", "certificate checking", "signature checking",
                      # a failure that stops the run, or is shown: FAIL_ON_ERROR, SHOW_DELAYS, NOTIFY_ON_FAILURE
                      "fail on error", "exit on error", "stop on error", "fail on failure", "show delays", "show errors",
                      "show failures", "report errors", "report failures", "notify on failure", "send alerts")
# Names whose words together say a risk though none does alone: AUTO_APPROVE, LOG_SECRETS, DEBUG_DUMP_ENV
_RISK_PHRASES = ("auto approve", "auto merge", "auto accept", "self approve", "dump env", "log secret", "log token", "log password",
                 "push force", "force push",
                 "log credential", "print secret", "print token", "expose secret", "upload credential")
_RISK = frozenset("""insecure skip skipped disable disabled ignore ignored allow allows allowed arbitrary cleartext plaintext unsafe dangerous dangerously bypass
trust trusted permissive privileged privilege privileges escalation public unverified unauthenticated anonymous soft continue
nocheck noverify nosslverify nogpgcheck writable""".split())
_FORBIDDING = frozenset("dont prevent block deny disallow forbid protect require restrict".split())
_ON = frozenset({"true", "yes", "1", "on", "enabled", "enable", "all", "*", "always"})
_OFF = frozenset({"false", "no", "0", "off", "none", "disabled", "disable", "never", "ignore"})
_SETTING = re.compile(r"(?<![\w.-])(?:-D)?([A-Za-z][\w.-]{1,60}?)[\"'`]?\s*(?:=|:|\s+(?:as|to)\s+|\s)\s*[\"'`]?(true|false|yes|no|on|off|0|1|none|"
                      r"disabled|enabled|\*|all|never|always|ignore)(?![\w-]|\.\w)", re.I)  # a sentence may end after it
_FLAG = re.compile(r"(?<![\w-])--?((?:no|skip|disable|ignore|insecure|unsafe|allow|trust)[\w-]*|privileged|dangerous)(?![\w-])", re.I)


def _risky(words: list[str]) -> bool | None:
    """True for a risk's name, False for a safeguard's, None for neither. "no" before a risk's word names a
    safeguard (NoNewPrivileges); before a safeguard's word, a risk (no_verify, no-sandbox). A label that forbids
    ("Do not allow force pushes", "Prevent rewriting history") is a safeguard."""
    if words and words[0] == "no" and len(words) > 1:
        rest = _risky(words[1:])
        return None if rest is None else not rest
    if len(words) > 1 and (words[:2] == ["do", "not"] or words[0] in _FORBIDDING):
        return False
    joined = " ".join(words)
    if any(phrase in joined for phrase in _RISK_PHRASES):
        return True
    if any(phrase in joined for phrase in _SAFEGUARD_PHRASES) and not any(w in _RISK - {"trust"} for w in words):
        return False
    if any(w in _RISK for w in words):
        return True
    if any(w in _SAFEGUARD for w in words):
        return False
    return None


# A setting changed through a user interface: a box ticked or unticked, a switch turned on or off, a branch taken out of a
# rule ("untick 'Verify server certificate'", "tick 'Allow failure'", "turn 'SSL certificate verification' off",
# "remove main from 'Prevent rewriting history'").
_UI_ON = re.compile(r"\b(?:tick|check|enable|select|turn on|switch on|toggle on)\s+(?:the\s+)?['\"‘“`]([^'\"’”`\n]{2,80})['\"’”`]", re.I)
_UI_OFF = re.compile(r"\b(?:untick|uncheck|clear|disable|deselect|turn off|switch off|toggle off)\s+(?:the\s+)?['\"‘“`]([^'\"’”`\n]{2,80})"
                     r"['\"’”`]|\b(?:turn|switch|toggle|set)\s+['\"‘“`]([^'\"’”`\n]{2,80})['\"’”`]\s+(?:to\s+)?off\b|"
                     r"\bremove\s+[\w/-]+\s+from\s+['\"‘“`]([^'\"’”`\n]{2,80})['\"’”`]", re.I)


def _ui_changes(text: str) -> list[tuple[str, list[str], bool]]:
    """(what was said, the label's words, on) for each box or switch ``text`` changes."""
    if "'" not in text and "`" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return []
    changes = [(m.group(0), name_words("_".join(m.group(1).split())), True) for m in _UI_ON.finditer(text)]
    changes += [(m.group(0), name_words("_".join(next(filter(None, m.groups())).split())), False) for m in _UI_OFF.finditer(text)]
    return changes


def weakened(text: str) -> list[str]:
    """The settings and flags in ``text`` that turn a safeguard off."""
    found = []
    for said, words, on in _ui_changes(text):
        risky = _risky(words)
        if risky is True and on or risky is False and not on:
            found.append(said)
    for m in _SETTING.finditer(text):
        name = m.group(1)
        if name.isalpha() and name.islower() and not any(c in m.group(0) for c in "=:`'\"") and " to " not in m.group(
                0) and " as " not in m.group(0):
            continue  # prose, not a setting: "only allowed on delivered orders"
        risky, value = _risky(name_words(name)), m.group(2).lower()
        if risky is True and value in _ON or risky is False and value in _OFF:
            found.append(m.group(0))
    for m in _FLAG.finditer(text):
        words = name_words(m.group(1))
        if words[0] in ("insecure", "unsafe", "privileged", "dangerous") or len(words) > 1 and (
                words[0] in ("no", "skip", "disable", "ignore") and _risky(words[1:]) is False
                or words[0] in ("allow", "trust") and (_risky(words[1:]) is True or words[1] in ("root", "unsigned", "untrusted",
                                                                                                  "downgrades", "all"))):
            found.append(m.group(0))
    return found
