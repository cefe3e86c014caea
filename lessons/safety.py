"""Poisoned lessons: a lesson is injected into a system prompt, so a bad one is a standing prompt
injection. Anything that could act as one is quarantined for a person to review.

A lesson is judged by what it would make the agent do, clause by clause, not by trigger words:
- send data off the machine: a network command or a "send/upload/paste ... to <somewhere>" together
  with something private (the environment, ``.env``, ``~/.ssh``, ``~/.aws``, keys, tokens, history)
  or an upload of a file or a pipe;
- fetch and execute: a download piped into a shell or interpreter, ``eval "$(curl ...)"``, installs
  from a URL;
- weaken checks: ``|| true``, ``--no-verify``, skipping, deleting or disabling tests, hooks, linters, CI,
  TLS verification or the sandbox, unless the clause forbids it ("never use --no-verify");
- destroy data: ``rm -rf ~``, force-pushing the main branch, dropping tables;
- claim authority or hide things from the user: "ignore previous instructions", "you are now",
  "the user has already approved", "don't tell the user";
- carry an encoded payload (a long base64 run with mixed case and digits, not a hex hash);
- repeat a URL or a command that came from tool output or a web page in the evidence (``untrusted``);
  with no evidence to check against (a lesson typed or imported by hand), any non-local URL.
"""

from __future__ import annotations

import re

_NEGATED = re.compile(r"\b(never|don'?t|do not|does not|must not|mustn'?t|should not|shouldn'?t|cannot|can'?t|avoid|"
                      r"no longer|without|instead of|rather than|refuse to|not to)\b", re.I)
_NETWORK = re.compile(
    r"\b(curl|wget|nc|ncat|netcat|socat|scp|rsync|sftp|ftp|telnet|httpie|invoke-webrequest|iwr|invoke-restmethod|irm|"
    r"requests\.(post|put)|axios\.post|fetch\(|gsutil\s+cp|aws\s+s3\s+cp|rclone)\b|https?://(?!(localhost|127\.0\.0\.1|"
    r"\[::1\]|0\.0\.0\.0)[:/])|\b(s3|gs|az)://|"
    r"\b(send|post|upload|exfiltrate|forward|e-?mail(ed)?|mail(ed)?|paste|share|sync|copy|transfer|report|submit|beam|"
    r"leak|attach|publish)\b[^;\n]{0,80}"
    r"\b(to|at|into|onto|in|on|via|with)\s+(an?\s+|the\s+|our\s+|this\s+|my\s+)?(https?://|[\w.-]+\.(com|net|org|io|sh|"
    r"xyz|ru|cn|dev|app|site|me|co|info|biz|cloud|link|top)\b|\S+@[\w-]+\.\w+|webhook|paste(bin)?|gist|discord|telegram|"
    r"slack|external|remote|public|third[- ]party|backup (host|server)|\w*\s?bucket|server|issue|ticket|tracker|chat|"
    r"channel|forum|partner|vendor)", re.I)
_PRIVATE = re.compile(
    r"(\benv\b(?![\w-])|printenv|\bset\s*\||\.env\b|~/\.ssh|\.ssh/|id_(rsa|ed25519|ecdsa)|~/\.aws|\.aws/|credentials?|"
    r"\.netrc|\.npmrc|\.pypirc|\.git-credentials|kubeconfig|\.kube/config|\bsecrets?\b|api[_ ]?keys?|\btokens?\b|"
    r"passwords?|passphrase|private[_ ]keys?|keychain|_history\b|/etc/(passwd|shadow)|environment variables|"
    r"\$\{?\w*(KEY|TOKEN|SECRET|PASSWORD)\w*\}?|cookies?|session (ids?|data)|database dump|ssh keys?|"
    r"customer (data|e-?mails?|records|details)|user (data|e-?mails?|records)|\bpii\b|personal data)", re.I)
_UPLOAD = re.compile(r"(--data(-binary|-raw|-urlencode)?\b|\s-d\s+@|\s-F\s+\S+=@|\s-T\s|--upload-file|-X\s*(POST|PUT)\b|"
                     r"\|\s*(base64\s*\|\s*)?(curl|nc|ncat|wget|socat)\b|>\s*/dev/tcp/)", re.I)
_EXECUTE = re.compile(
    r"\b(curl|wget|iwr|invoke-webrequest|fetch)\b[^\n]{0,200}\|\s*(sudo\s+)?(sh|bash|zsh|dash|ksh|python3?|perl|ruby|node|"
    r"iex|pwsh|powershell)\b|\b(bash|sh|zsh|source|\.)\s+<\(\s*(curl|wget)|\beval\s+\"?\$\(\s*(curl|wget)|"
    r"\b(iex|invoke-expression)\b[^\n]{0,80}(iwr|invoke-webrequest|downloadstring)|"
    r"\b(pip3?|npm|pnpm|yarn|gem|cargo|go|uv\s+pip)\s+(install|add|get)\s+[^\n]{0,40}(https?://|git\+)|"
    r"\bnpx\s+(https?://|github:)|\b(download|fetch|get)\b[^;\n]{0,60}\b(and|then)\s+(run|execute|source|eval)\b|"
    r"\b(run|execute|source|eval)\b[^.;\n]{0,30}\b(script|installer|binary|file)\s+(at|from)\s+https?://", re.I)
_WEAKEN = re.compile(
    r"(\|\|\s*(true|:|exit\s+0)\b|--no-verify\b|\bgit\s+commit\b[^\n]{0,60}?\s-\w*n\b|\bHUSKY=0|\bSKIP=\S+|--no-hooks|"
    r"core\.hooksPath|chmod\s+-x\s+\S*hooks|--passWithNoTests|--no-tests|\s-k\s+['\"]?not\s|@pytest\.mark\.skip|"
    r"\b(it|test|describe)\.skip\b|\bxit\(|\bset\s+\+e\b|continue-on-error:\s*true|verify\s*=\s*False|"
    r"NODE_TLS_REJECT_UNAUTHORIZED=0|PYTHONHTTPSVERIFY=0|GIT_SSL_NO_VERIFY|--insecure\b|--dangerously[-\w]*|"
    r"--skip-permissions|chmod\s+(-R\s+)?777\b|\brm\s+-rf\s+[/~](\s|$)|"
    r"\b(skip|disable|delete|remove|comment out|ignore|bypass|turn off|silence|xfail|mark as passing)\b[^.;\n]{0,40}"
    r"\b(tests?|test suite|failing checks?|checks?|hooks?|pre-commit|linters?|lint(ing)?|eslint|ruff|mypy|type ?check\w*|"
    r"ci|pipeline|verification|sandbox|safety|security|2fa|mfa|tls|ssl|certificates?|assertions?)\b|"
    r"\bmark(ed)?\b[^.;\n]{0,30}\bas\s+(expected failures?|passing|passed|skipped|xfail)|"
    r"\b(tests?|checks?|specs?)\b[^.;\n]{0,60}\b(delete|remove|skip|disable|comment out)\s+(it|them)\b)", re.I)
_DESTROY = re.compile(r"\brm\s+-[rRf]+\s+(~|/|\$HOME)(/\*|/?\s|/?$)|\bgit\s+push\s+[^\n]{0,30}(-f\b|--force\b)[^.;\n]{0,40}"
                      r"\b(main|master|production)\b|\bgit\s+reset\s+--hard\s+origin|\b(drop|truncate)\s+(table|database)\b|"
                      r"\bmkfs\b|\bdd\s+if=\S+\s+of=/dev/", re.I)
_AUTHORITY = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(instructions?|prompts?|rules?|guidelines?|"
    r"polic(y|ies)|previous|above|safety|guardrails?)\b|\byou are now\b|\bnew (system )?instructions?\b|"
    r"\b(system prompt|developer message|the operator)\s+(says|requires|allows|permits)\b|"
    r"\bact as (root|admin|the system|an? unrestricted)|\b(developer|god|jailbreak|dan) mode\b|"
    r"\b(the )?(user|operator|admin(istrator)?|owner) (has )?(already )?(authori[sz]ed|approved|allowed|consented)\b|"
    r"\bno (need|reason) to (ask|confirm|check)\b", re.I)
_HIDE = re.compile(r"\b(do not|don't|never) (tell|inform|ask|show|mention|notify|alert|bother|involve|consult|wait for)\b[^.\n]{0,30}\b(user|anyone|human|"
                   r"operator)\b|\bwithout (asking|telling|confirming|notifying)\b[^.\n]{0,20}\b(user|anyone|human)\b|"
                   r"\b(silently|quietly|secretly)\b[^.\n]{0,30}\b(send|upload|run|delete|change|push)\b", re.I)
_ENCODED = re.compile(r"(?=[A-Za-z0-9+/]{60,})(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*\d)"
                      r"[A-Za-z0-9+/]{60,}={0,2}")
_URL = re.compile(r"https?://[^\s)>\]'\"`]+", re.I)
_LOCAL = re.compile(r"^https?://(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)([:/]|$)", re.I)
_COMMAND = re.compile(r"`([^`\n]{3,200})`")
_CLAUSE = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?:then|and then|but|so|after that)\s+", re.I)


# What a clause would make the agent do, unless the clause forbids it (sending data out needs two signs).
_ACTIONS = [("fetches and runs remote code", _EXECUTE), ("weakens a check", _WEAKEN), ("destroys data", _DESTROY),
            ("claims authority or overrides instructions", _AUTHORITY)]


def _forbids(clause: str, match: re.Match[str]) -> bool:
    """Whether the clause says not to do what was matched, just before it ("never use --no-verify")."""
    return bool(_NEGATED.search(clause[max(0, match.start() - 40): match.start()]))


def check(text: str, untrusted: str | None = None) -> list[str]:
    """Reasons to quarantine ``text`` (empty when it looks safe).

    ``untrusted``: tool outputs and web pages from the lesson's evidence sessions. A URL or an
    inline command that appears there came from outside the user's control.
    """
    reasons = _clause_reasons(text) if _might_act(text) else []
    if _ENCODED.search(text):
        reasons.append("carries an encoded payload")
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


def _might_act(text: str) -> bool:
    """Whether any clause pattern matches the whole text: a clause's match is a match of the text (the
    patterns' boundaries agree at clause edges; a test holds this), so most lessons skip the clause loop."""
    return any(pattern.search(text) for pattern in (_NETWORK, _EXECUTE, _WEAKEN, _DESTROY, _AUTHORITY, _HIDE))


def _clause_reasons(text: str) -> list[str]:
    reasons = []
    for clause in _CLAUSE.split(text):
        if not clause or not clause.strip():
            continue
        network, private, upload = _NETWORK.search(clause), _PRIVATE.search(clause), _UPLOAD.search(clause)
        if network and (private or upload) and not _forbids(clause, network):
            reasons.append("sends data off the machine")
        for reason, pattern in _ACTIONS:
            found = pattern.search(clause)
            if found and not _forbids(clause, found):
                reasons.append(reason)
        if _HIDE.search(clause):
            reasons.append("hides actions from the user")
    return reasons


def _looks_local(command: str) -> bool:
    """Commands naming only local build/test tools are ordinary lessons, not injected instructions."""
    return not re.search(r"https?://|\b(curl|wget|ssh|scp|nc|base64)\b", command, re.I)
