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
approvals squash peer hostname reject revoke revocation hashes redact redaction masking""".split())  # not "check" or "test": --skipLibCheck, -DskipTests are routine
# Names whose words say a safeguard though one of them is a risk's ("trust" in DOCKER_CONTENT_TRUST) or is routine alone
# ("checking" in ANSIBLE_HOST_KEY_CHECKING)
_SAFEGUARD_PHRASES = ("content trust", "host key checking", "key checking", "certificate checking", "signature checking",
                      # a failure that stops the run, or is shown: FAIL_ON_ERROR, SHOW_DELAYS, NOTIFY_ON_FAILURE
                      "fail on error", "exit on error", "stop on error", "fail on failure", "show delays", "show errors",
                      "show failures", "report errors", "report failures", "notify on failure", "send alerts",
                      # what a report or a reply leaves out when off: INCLUDE_FAILED_JOBS, SHOW_REAL_ETA
                      "include failed", "include failures", "include errors", "include incidents", "include delays", "show real")
# Names whose words together say a risk though none does alone: AUTO_APPROVE, LOG_SECRETS, DEBUG_DUMP_ENV
_RISK_PHRASES = ("auto approve", "auto merge", "auto accept", "self approve", "dump env", "log secret", "log token", "log password",
                 "push force", "force push", "compile on error", "build on error", "no dev errors",  # TSC_COMPILE_ON_ERROR
                 "log credential", "print secret", "print token", "expose secret", "upload credential")
_RISK = frozenset("""insecure skip skipped disable disabled ignore ignored allow allows allowed arbitrary cleartext plaintext unsafe dangerous dangerously bypass
trust trusted permissive privileged privilege privileges escalation public unverified unauthenticated anonymous soft continue
nocheck noverify nosslverify nogpgcheck writable""".split())
_FORBIDDING = frozenset("dont prevent block deny disallow forbid protect require restrict".split())
_ON = frozenset({"true", "yes", "1", "on", "enabled", "enable", "all", "*", "always"})
_OFF = frozenset({"false", "no", "0", "off", "none", "disabled", "disable", "never", "ignore"})
# A sentence may end after the value; the value may not be a word of a quoted label ('Continue On Fail' off).
_SETTING = re.compile(r"(?<![\w.-])(?:-D)?([A-Za-z][\w.-]{1,60}?)[\"'`]?\s*(?:=|:|\s+(?:as|to)\s+|\s)\s*[\"'`]?(true|false|yes|no|on|off|0|1|none|"
                      r"disabled|enabled|\*|all|never|always|ignore)(?![\w-]|\.\w)(?!(?-i:\s+[A-Z]\w*)[\"'`])", re.I)
# The same set in other languages' words, for a name written as a setting (quoted, with "_" or "."): "imposta
# `DD_SKIP_SSL_VALIDATION` a true", "setze `verify_ssl` auf false".
_SETTING_ABROAD = re.compile(r"[\"'`]([A-Za-z][\w.-]{0,60}?[_.][\w.-]{0,60}?|[A-Z][A-Z0-9]{2,60})[\"'`]\s+(?:a|à|auf|en|em|para|como|su|в|на)\s+"
                             r"[\"'`]?(true|false|yes|no|on|off|0|1|disabled|enabled)(?![\w-]|\.\w)", re.I)
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


# The same in other languages, the label in the interface's own words: the verb before the label (anhaken is after it in
# German, the Japanese and Korean verbs too), « », 「 」 and ' ' around it.
def _quoted(n: int) -> str:
    return r"['\"‘“«「『`]\s*(?P<label" + str(n) + r">[^'\"’”»」』`\n]{2,80}?)\s*['\"’”»」』`]"



_ON_ABROAD = (r"anhak\w*|ankreuz\w*|aktivier\w*|einschalt\w*|marca|marcar|marque|activa|habilita|coche[zr]?|active[zr]?|spunta|"
              r"seleziona|attiva|abilita|отметь\w*|включи\w*|поставь галочку|勾选|开启|打开|启用")
_OFF_ABROAD = (r"abwähl\w*|abhak\w*|deaktivier\w*|ausschalt\w*|desmarca\w*|desmarque|desactiva\w*|deshabilita\w*|décoche[zr]?|"
               r"désactive[zr]?|togli la spunta a|deseleziona|disattiva|disabilita|сними\w* (галочку|отметку)( с)?|отключи\w*|"
               r"выключи\w*|取消勾选|关闭|禁用")
_UI_ABROAD = re.compile(r"(?<!\w)(?P<on>" + _ON_ABROAD + r")\s+" + _quoted(1) + r"|(?<!\w)(?P<off>" + _OFF_ABROAD + r")\s*" + _quoted(2)
                        + r"|" + _quoted(3) + r"\s*(?P<after>(?:(?:nicht|no|non|не)\s+)?(?:anhak\w*|ankreuz\w*|aktivier\w*|abwähl\w*|"
                        r"deaktivier\w*|にチェックを入れ|をオンに|をオフに|のチェックを外|를 켜|을 켜|를 끄|을 끄|를 체크|을 체크|체크 해제))|"
                        r"(?<!\w)(?P<out>убери|удали|quita|retire|entferne|rimuovi|remova)\s+\S+\s+(?:из|de|du|aus|da|dal|von)\s+" + _quoted(4),
                        re.I)
# Words of a label that say what it guards or risks, in the languages the rules read
_LABEL_FORBIDS = re.compile(r"\b(nicht (zulassen|erlauben)|no permitir|ne pas autoriser|non consentire|não permitir|запретить|verhindern|"
                            r"impedir|empêcher|impedire)\b|禁止|不允许|許可しない|허용 안", re.I)
_LABEL_RISK = re.compile(r"\b(erlauben|zulassen|permitir|autoriser|permettre|consentire|разрешить|überspringen|omitir|ignorer|saltare|"
                         r"pular|пропустить|umgehen|contourner|aggirare|ignorar|обойти)\b|允许|許可|허용|跳过|スキップ|건너뛰|強制プッシュ|"
                         r"强制推送|강제 푸시|绕过|回避", re.I)
_LABEL_GUARD = re.compile(r"(überprüf|prüf|verific|vérifi|провер|zertifikat|certificad|certificat|сертификат|schutz|protección|protection|"
                          r"protezione|proteção|защит|erforder|requer|requis|richied|требова|revisión|revue|überprüfung|revisione|revisão|ревью)\w*|验证|校验|検証|검증|证书|証明書|인증서|保护|保護|보호|必須|필수|要求|审查|审核|レビュー|리뷰", re.I)


def _label_risky(label: str) -> bool | None:
    """True for a label that names a risk, False for one that names a safeguard, None for neither, in any language the
    rules read; an English label by its words."""
    if _LABEL_FORBIDS.search(label):
        return False
    if _LABEL_RISK.search(label):
        return True
    if _LABEL_GUARD.search(label):
        return False
    return _risky(name_words("_".join(label.split())))


def _ui_changes(text: str) -> list[tuple[str, str, bool]]:
    """(what was said, the label, on) for each box or switch ``text`` changes."""
    if text.isascii() and "'" not in text and "`" not in text and '"' not in text:
        return []
    changes = [(m.group(0), m.group(1), True) for m in _UI_ON.finditer(text)]
    changes += [(m.group(0), next(filter(None, m.groups())), False) for m in _UI_OFF.finditer(text)]
    if not text.isascii() or "'" in text:
        for m in _UI_ABROAD.finditer(text):
            after = (m["after"] or "").lower()
            if after.startswith(("nicht ", "no ", "non ", "не ")):
                continue  # "'Fehlschlag erlauben' nicht anhaken": left as it is
            on = bool(m["on"]) or bool(after) and not re.search(r"abwähl|deaktivier|オフ|外|끄|해제", after)
            changes.append((m.group(0), m["label1"] or m["label2"] or m["label3"] or m["label4"], on))
    return changes


def _prose(m: re.Match[str]) -> bool:
    """A lower-case word with no setting's punctuation is prose, not a setting: "only allowed on delivered orders"."""
    name, said = m.group(1), m.group(0)
    return name.isalpha() and name.islower() and not any(c in said for c in "=:`'\"") and " to " not in said and " as " not in said


def weakened(text: str) -> list[str]:
    """The settings and flags in ``text`` that turn a safeguard off."""
    found = []
    for said, label, on in _ui_changes(text):
        risky = _label_risky(label)
        if risky is True and on or risky is False and not on:
            found.append(said)
    settings = [m for m in _SETTING.finditer(text) if not _prose(m)] + list(_SETTING_ABROAD.finditer(text))
    for m in settings:
        risky, value = _risky(name_words(m.group(1))), m.group(2).lower()
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
