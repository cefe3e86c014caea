"""Secrets out, sizes bounded: applied to every event before it is written anywhere.

Standard library only. The rules are data (``secret_rules.json``: provider token formats, credentials
in command lines, URLs, headers and config files, key bodies by line shape), plus an entropy check for
``name = value`` assignments. A rule's regex only runs when one of its keywords occurs in the text:
a plain substring test costs microseconds, and most tool output holds none. A match is replaced by
``[REDACTED:<kind>]`` while harmless context (a variable name, a URL's user) is kept so that the
session still reads sensibly. Oversized strings are cut with a marker that keeps the original size.
A pattern is compiled once per install (``patterns``): a hook process reads its program and never imports ``re``,
whose import alone costs it 5 ms.
"""

from __future__ import annotations

import os
import sys

from secondnature.hooks.core import jsoncodec
from secondnature.hooks.core.marshalled import kept
from secondnature.hooks.core.patterns import Patterns
from secondnature.hooks.core.secret_shape import PUBLIC_NAMES, case_pieces, random_letters, shaped_spans

MAX_FIELD_CHARS = 16_000
MAX_LIST_ITEMS = 500
MAX_DEPTH = 12

_RULES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "secret_rules.json")
_MIN_SECRET_CHARS = 8  # no rule matches a shorter string
TRIE_AFTER_CHARS = 20_000  # the substring loop over this much text costs about what compiling the trie does
# Patterns as sources: ``re`` compiles (and caches) each on first use, so a hook process whose payload
# never needs one does not pay for it.
# Assignments whose value looks random (entropy per character) although the name does not say secret.
_ASSIGNMENT = r"(?P<keep>\b[A-Za-z_][\w.\-]{1,40}[\"']?\s*[:=]\s*[\"']?)(?P<value>[A-Za-z0-9+/_\-]{24,200}={0,2})(?![\w+/])"
_ENTROPY_BITS = 4.3
_LOWER_HEX = "0123456789abcdef"  # the only keywords made of these ("eaaa", "acca") start uppercase tokens
_BASE64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
_ASCII = "".join(map(chr, range(128)))
# ASCII text translated to "x" (a character of the class) or " ": a run of n is "x" * n in it.
_BASE64_RUNS = str.maketrans(_ASCII, "".join("x" if c in _BASE64_CHARS else " " for c in _ASCII))
_HEX_RUNS = str.maketrans(_ASCII, "".join("x" if c in "0123456789abcdefABCDEF" else " " for c in _ASCII))


class _Rules:
    """The rules, loaded on first use: (id, keywords, pattern source, kept group), a combined keyword
    search that most strings fail at once, and patterns compiled when first needed."""

    def __init__(self) -> None:
        self.rules, self.shape, self.keywords, self.by_keyword, self.by_head = _tables()
        self._any_keyword = None  # a compiled re.Pattern once worth it
        self._looped_chars = 0
        self.compiled: dict = {}  # rule id -> compiled pattern

    def candidates(self, low: str) -> list[tuple[str, tuple[str, ...], str]]:
        """The rules, in their order, one of whose keywords occurs in ``low``. A keyword is looked for only
        where its first two characters occur (~90 ns per KB per lookup). A process that has scanned
        ``TRIE_AFTER_CHARS`` first asks the trie pattern whether any keyword occurs (~2 ms to compile, then one
        pass): a hook process with one payload never pays the compile; the writer and the night do, once."""
        if self._any_keyword is None:
            self._looped_chars += len(low)
            if self._looped_chars >= TRIE_AFTER_CHARS:
                self._any_keyword = _PATTERNS.compile(_trie_pattern(set(self.keywords)))
        if self._any_keyword is not None and not self._any_keyword.search(low):
            return []
        found = {i for head, group in self.by_head.items() if head in low
                 for k in group if k == head or k in low for i in self.by_keyword[k]}
        return [self.rules[i] for i in sorted(found)]

    def applies(self, name: str, keywords: tuple[str, ...], low: str, view: str) -> bool:
        """Whether a rule must run on ``low`` (``view`` lowered): one of its keywords occurs, at the start of a
        token of the rule's length and in upper case in ``view`` where the rule says so, and all it requires is
        there (plain string operations)."""
        token, minimum, requires, requires_any, hex_tail, upper = self.shape.get(name, (False, 0, (), (), False, False))
        upper = upper and len(view) == len(low)  # lowering kept every index (it does for ASCII): else any case
        if requires and not all(r in low for r in requires) or requires_any and not any(r in low for r in requires_any):
            return False
        if not token:
            return any(k in low for k in keywords)
        for k in keywords:
            at = low.find(k)
            while at >= 0:
                before = low[at - 1] if at else " "  # ASCII: a token right after CJK text starts there
                if not ((before.isascii() and before.isalnum()) or before in "_-") and (not minimum or _token_length(
                        low, at + len(k), minimum - len(k), _HEX if hex_tail else _TOKEN) >= minimum - len(k)) and (
                        not upper or view[at:at + len(k)].isupper()):
                    return True
                at = low.find(k, at + 1)
        return False

    def pattern(self, name: str, source: str, ascii: bool = True):
        """``ascii``: ``\\b`` and ``\\w`` are ASCII, so a token right after CJK text (``令牌ghp_…``) has
        its word boundary."""
        compiled = self.compiled.get(name)
        if compiled is None:
            compiled = self.compiled[name] = _PATTERNS.compile(source, _ASCII_FLAG if ascii else 0)
        return compiled


_rules: _Rules | None = None
_PATTERNS = Patterns(os.path.dirname(_RULES_FILE), "redact")
_ASCII_FLAG = 256  # re.ASCII, without importing re


_TOKEN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-.+")
_HEX = frozenset("0123456789abcdef")


def _token_length(low: str, at: int, enough: int, chars: frozenset) -> int:
    """Characters of ``chars`` in a row from ``at``, counted up to ``enough``."""
    end = min(len(low), at + enough)
    n = at
    while n < end and low[n] in chars:
        n += 1
    return n - at


def _tables() -> tuple:
    """What ``_Rules`` holds, built from the rules file: the rules (id, keywords, regex), their token
    shapes, the keywords, each keyword's rules (by index) and the keywords by their first two characters.
    Parsing 42 KB of JSON and building these costs a hook process 0.35 ms, unmarshalling them 0.15, so they
    are kept marshalled beside the rules (named by the rules file, this file and the Python that made them)."""
    rules_file, this_file = os.stat(_RULES_FILE), os.stat(__file__)
    key = f"{rules_file.st_size}-{rules_file.st_mtime_ns}-{this_file.st_mtime_ns}-py{sys.version_info[0]}{sys.version_info[1]}"
    return kept(os.path.dirname(_RULES_FILE), "secret_rules-", key, _build_tables,
                lambda tables: isinstance(tables, tuple) and len(tables) == 5)


def _build_tables() -> tuple:
    with open(_RULES_FILE, encoding="utf-8") as f:
        data = jsoncodec.loads(f.read())
    rules = [(r["id"], tuple(r["keywords"]), r["regex"]) for r in data["rules"]]
    shape = {r["id"]: (bool(r.get("token")), int(r.get("min_token", 0)), tuple(r.get("requires", ())),
                       tuple(r.get("requires_any", ())), bool(r.get("hex")), bool(r.get("upper")))
             for r in data["rules"] if r.get("token") or r.get("requires") or r.get("requires_any")}
    keywords = sorted({k for r in rules for k in r[1]})
    by_keyword: dict[str, list[int]] = {}
    for i, (_, words, _) in enumerate(rules):
        for k in words:
            by_keyword.setdefault(k, []).append(i)
    by_head: dict[str, list[str]] = {}
    for k in keywords:
        by_head.setdefault(k[:2], []).append(k)
    return rules, shape, keywords, by_keyword, by_head


def _load_rules() -> _Rules:
    global _rules
    _rules = _Rules()
    return _rules


def _trie_pattern(words: set[str]) -> str:
    """One pattern for any of ``words``, shaped as a trie (``a(?:kia|ws)|...``): the engine follows one
    branch per character instead of trying some 250 alternatives at every position (10x faster)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        if "" in node and len(node) == 1:
            return ""
        branches = [(ch if ch.isalnum() or ch == "_" else "\\" + ch) + pattern(child)
                    for ch, child in sorted(node.items()) if ch]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return body if "" not in node else ""  # a keyword ends here: its prefix alone is enough to match

    return pattern(trie)


def _entropy(value: str) -> float:
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    import math  # not at the top: the hook process never needs it

    return -sum(c / n * math.log2(c / n) for c in counts.values())


_ID_NAMES = ("id", "ids", "uuid", "hash", "sha", "sha1", "sha256", "digest", "etag", "checksum", "commit", "rev",
             "nonce_id", "version", "key_id", "keyid")


def _random_value(m) -> bool:
    name = m.group("keep").split("=")[0].split(":")[0].strip(" \"'").lower()
    if name.endswith(_ID_NAMES + PUBLIC_NAMES):  # identifiers and public keys look random and are not secret
        return False
    value = m.group("value")
    classes = sum(any(test(ch) for ch in value) for test in (str.isupper, str.islower, str.isdigit))
    return classes == 3 and _entropy(value) >= _ENTROPY_BITS


# ---------------------------------------------------------------------------- values judged by their names
# A value is secret when its name says so: ``DB_PASS=…``, ``"apiKey": "…"``, ``password: …`` in YAML, ``+TOKEN=``
# in a diff, ``--from-literal=SMTP_PW=…``. The name is split into words (``_ - .`` and camelCase); a
# password-like word makes any real value secret, a key-like word one that looks random (an entropy test
# that counts hex too), and a last word such as FILE, URL or LENGTH says the value is about the secret, not it.
_PASSWORD_WORDS = {"password", "passwd", "passwort", "kennwort", "pass", "pwd", "pw", "passphrase", "secret",
                   "passcode", "pword", "pin"}
# Other languages' words for a password, whole; those of several words are joined (mot_de_passe) among the parts below.
_PASSWORD_WORDS_ABROAD = ("contraseña", "contrasena", "senha", "wachtwoord", "hasło", "haslo", "şifre", "sifre", "heslo", "jelszó",
                          "jelszo", "salasana", "passord", "lösenord", "losenord", "adgangskode", "lozinka", "geslo", "parool",
                          "пароль", "парола", "лозинка", "パスワード", "密码", "密碼", "口令", "비밀번호")
# inside a word too: DBPASSWORD, clientsecret, contraseña_bd, motdepassesmtp
_PASSWORD_PARTS = ("password", "passwd", "passphrase", "secret", "motdepasse", "katasandi", "paroladordine", *_PASSWORD_WORDS_ABROAD)
_NOT_PASSES = {"bypass", "compass", "surpass", "overpass", "underpass", "trespass", "encompass", "firstpass", "multipass",
               "onepass", "singlepass", "twopass"}  # words ending in "pass" that name no password
_KEY_WORDS = {"key", "token", "auth", "credential", "credentials", "apikey", "cookie", "bearer", "jwt", "sig",
              "signature", "dsn", "connstr", "salt", "authorization", "authentication", "pat", "psk", "sas", "sk"}
_KEY_PARTS = ("apikey", "accesskey", "privatekey", "secretkey", "authtoken", "accesstoken", "refreshtoken", "apitoken",
              "authtok")
_ABOUT_SUFFIXES = ("長さ", "文字数", "ルール", "要件", "条件", "形式", "ポリシー", "リセット", "変更", "忘れ", "长度", "長度", "规则", "規則",
                   "要求", "格式", "策略", "重置", "修改", "忘记", "길이", "규칙", "조건", "형식", "정책", "재설정", "변경")
_ABOUT_WORDS = {"file", "path", "dir", "url", "uri", "host", "port", "user", "username", "name", "id", "length", "len",
                "min", "max", "count", "policy", "reset", "expiry", "expires", "expiration", "ttl", "type", "field",
                "label", "prompt", "hint", "required", "enabled", "env", "var", "header", "param", "mode", "format",
                "pattern", "regex", "size", "limit", "limits", "hash", "confirm", "confirmation", "strength",
                "rotation", "ref", "arn", "location", "store", "manager", "provider", "source", "version", "endpoint",
                "tokens", "keys", "index", "prefix", "suffix", "algorithm", "alg", "usage", "error", "errors",
                "sent", "set", "changed", "at", "on", "by", "class", "method", "schema", "kind", "secrets",
                # how one authenticates, not with what: authMechanism=MONGODB-AWS, auth_scheme: Bearer, token_timeout
                "mechanism", "mechanisms", "methods", "scheme", "strategy", "flow", "protocol", "realm", "plugin", "backend",
                "level", "timeout"}
_NOT_VALUES = {"none", "null", "nil", "true", "false", "undefined", "str", "string", "int", "bool", "bytes", "any",
               "optional", "secretstr", "number", "object", "required", "optional[str]", "text", "password", "varchar",
               "redacted", "hidden", "masked", "unset", "empty", "self", "this", "env", "config", "settings",
               # yes and no, as a setting about a password answers (hasło_wymagane=tak, senha_obrigatoria: sim)
               "yes", "no", "on", "off", "tak", "nie", "ja", "nein", "oui", "non", "si", "sí", "sim", "não", "nao", "да", "нет",
               "evet", "hayır", "ano", "igen", "nem", "kyllä", "ei", "ya", "tidak"}
# Letters of the scripts whose words for "password" name a setting as well (contraseña_bd, пароль_бд, 数据库密码): the rules
# read \w as ASCII, so that a token right after CJK text has its boundary.
_NAME_LETTERS = "\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_NAMED = (r"(?:(?<![\w.\-" + _NAME_LETTERS + r"])|(?<=(?<!\S)-[DP]))(?P<name>[A-Za-z_" + _NAME_LETTERS + r"][\w.\-" + _NAME_LETTERS
          + r"]{0,63})(?P<close>\\?[\"']?\]?)[ \t]*(?P<op>:=|=>|(?P<eq>=)|:|(?<=[\"'])"
          r",(?=[ \t]*\\?[\"']))(?![=>/:])"
          r"[ \t]*(?P<open>\\?[\"']?)(?:(?i:bearer|basic|token|bot|digest)[ \t]+)?"  # an auth scheme before the value
          r"(?P<value>(?<=[\"'])[^\"'\n\\]{1,500}(?=\\?[\"'])|[^\s\"'`,;&()}\]\\<>|=]{1,500}"  # quoted: to the quote
          r"(?(eq)(?:=+[^\s\"'`,;&()}\]\\<>|=]{1,500})*)"  # bare after "=": past an "=" inside it (``PW=ab=cd``)
          # and past an "&" inside it that starts no next pair (``pass: Xy&cEnd#1``, not ``?token=x&user=y``)
          r"(?:&(?![\w.\-]+=)[^\s\"'`,;&=()}\]\\<>|]{1,100})*={0,2})")
# A variable set by a command with a space, not ``=``: ``setx NAME value``, fish's ``set -gx NAME value``.
_SET_COMMAND = (r"\b(?:setx|set[ \t]+-[a-zA-Z]*x[a-zA-Z]*)[ \t]+(?P<name>[A-Za-z_][\w.\-]{0,63})(?P<close>)[ \t]+"
                r"(?P<op>)(?P<open>[\"']?)(?P<value>[^\s\"'`,;&()}\]\\<>|=]{1,500})")
# A secret's name, then its value as the next word of a command: ``nmcli … password X``, ``CONFIG SET requirepass X``.
_SPACED = (r"(?<![\w.\-$])(?P<name>[A-Za-z_][\w.\-]{0,63})(?P<close>)(?P<op>)[ \t]+(?=(?P<open>[\"']?)"
           r"(?P<value>[^\s\"'`,;&()}\]\\<>|=]{6,500})[\"']?(?:[\s&;|)]|$))")  # a lookahead: the value may be a name too
# A label on a line of its own, its value alone on the next: botocore's ``Signature:`` then the hex, a CLI's ``Session
# Token:`` then the token.
_NEXT_LINE = (r"(?<![\w.\-])(?P<name>[A-Za-z_][\w.\- ]{0,40}?)(?P<close>)[ \t]*(?P<op>:)[ \t]*\r?\n[ \t]*(?P<open>)"
              r"(?P<value>[^\s\"'`,;&()}\]\\<>|=]{12,500})[ \t]*(?=\r?\n|$)")
# A YAML name/value pair (a k8s or compose env list): ``- name: TWILIO_AUTH_TOKEN`` then ``value: …``.
_PAIRED = (r"\bname:[ \t]*[\"']?(?P<name>[A-Za-z_][\w.\-]{0,63})[\"']?[ \t]*\r?\n[ \t]*-?[ \t]*value:(?P<close>)(?P<op>)"
           r"[ \t]*(?P<open>[\"']?)(?P<value>[^\s\"'`]{1,500})")
# A block named for a secret whose value sits under a generic key a line or two below: HCL's ``variable
# "db_password" { default = "…" }``, a YAML input's ``api_key:\n  default: …``.
_BLOCK_DEFAULT = (r"(?<![\w.\-])(?P<name>[A-Za-z_][\w.\-]{0,63})[\"']?[ \t]*(?:(?:[:=][ \t]*)?\{|:[ \t]*\r?\n)(?P<close>)(?:[^{}\n]*\n){0,4}?[ \t]*"
                  r"(?:default|value)[ \t]*(?P<op>=|:)[ \t]*(?P<open>[\"']?)"
                  r"(?P<value>(?<=[\"'])[^\"'\n\\]{1,500}(?=[\"'])|[^\s\"'`,;&()}\]\\<>|=]{1,500})")
# An element whose key or name attribute names a secret, its value the element's text: ``<entry
# key="ldap.bind.credential">…</entry>``, ``<property name="db.password">…</property>``.
_KEYED_ELEMENT = (r"<(?:entry|add|property|param|setting|item|var|env|string)\b[^>]{0,200}?\b(?:key|name)[ \t]*=[ \t]*[\"']"
                  r"(?P<name>[A-Za-z_][\w.\-]{0,63})[\"'](?P<close>)[^>]{0,200}?>(?P<op>)(?P<open>)(?P<value>[^<\s][^<\n]{0,499})<")
_WORD_SPLIT = str.maketrans({"_": " ", "-": " ", ".": " "})


def name_words(name: str) -> list[str]:
    """A name's words, small: split at ``_ - .`` and where its case starts a word (dbPassword, disableSSLVerify)."""
    return [piece.lower() for part in name.translate(_WORD_SPLIT).split() for piece in case_pieces(part)]


def secret_name(name: str) -> str:
    """'password' when a value of this name is secret whatever it is, 'key' when it is secret if it looks
    random, '' when the name does not say."""
    words = [w.rstrip("0123456789") or w for w in name_words(name)]  # numbered: token1, password2, key_v2
    words = [w for w in words if w not in ("v", "")] or words
    if not words or words[-1] in _ABOUT_WORDS or "existing" in words:
        return ""  # what a secret is called or where it is (existingSecret: shop-db), not the secret
    joined = "".join(words)
    if joined.endswith(_ABOUT_SUFFIXES):
        return ""  # the same said in a script without spaces: パスワードの長さ (its length), 密码规则 (its rules)
    if "public" in words or joined.endswith(("pubkey", "publickey")):
        return ""  # a public key or token is meant to be shown
    if any(w in _PASSWORD_WORDS for w in words) or any(part in joined for part in _PASSWORD_PARTS) or (
            words[-1].endswith("pass") and words[-1] not in _NOT_PASSES):  # requirepass, masterpass, dbpass
        return "password"
    if any(w in _KEY_WORDS for w in words) or any(part in joined for part in _KEY_PARTS) or words[-1].endswith(
            ("key", "token")):  # a joined name: MASTERKEY, signingkey, refreshtoken (the value must look random)
        return "key"
    return ""


_SPACED_HINTS = ("pass", "passwd", "password", "passphrase", "secret", "key", "token", "pwd")


def _spaced_candidate(low: str) -> bool:
    """Whether a hint word ends a name and the next word could be a secret (six characters or more, letters and
    digits): ``for key in``, "the monkey by" and "password reset" need no pattern."""
    for hint in _SPACED_HINTS:
        at = low.find(hint)
        while at >= 0:
            n = at + len(hint)
            if n < len(low) and low[n] in " \t":
                while n < len(low) and low[n] in " \t\"'":
                    n += 1
                words = low[n:n + 40].split(None, 1)
                word = words[0] if words else ""
                if len(word) >= 6 and any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
                    return True
            at = low.find(hint, at + 1)
    return False


# Commands named for a secret whose next word is something else (a network, a user, a file): their secrets have rules of
# their own (wifi_passphrase, htpasswd's in command_forms)
_SECRET_TOOLS = frozenset(("wpa_passphrase", "htpasswd", "chpasswd", "smbpasswd", "mkpasswd", "passwd", "keytool"))


def _spaced_secret(m, view: str) -> bool:
    """A name then a value with only a space between: the value must look like a secret itself (letters and
    digits, or random), since prose puts words there too ("password reset", "token expired")."""
    name, value = m.group("name"), m.group("value")
    if not secret_name(name) or _placeholder(value, name) or name.lower() in ("set", "setx") or name in _SECRET_TOOLS:
        return False
    before = view[max(0, m.start("name") - 40):m.start("name")].split()
    if name.lower() == "key" and before and before[-1].lower() in _HEX_DIGEST_WORDS:
        return False  # a key that names a row or an entry: "primary key 92ef…", "cache key …"
    has_digit, has_alpha = any(c.isdigit() for c in value), any(c.isalpha() for c in value)
    return (has_digit and has_alpha) or looks_random(value)


def looks_random(value: str) -> bool:
    """A token rather than a word or a name: long hex, or mixed letters and digits of high entropy."""
    if len(value) < 8 or any(ch.isspace() for ch in value):
        return False
    if len(value) >= 16 and all(ch in "0123456789abcdefABCDEF-" for ch in value):
        return True
    has_digit = any(ch.isdigit() for ch in value)
    has_alpha = any(ch.isalpha() for ch in value)
    if not has_alpha:
        return False
    words = value.replace("+", " ").replace("-", " ").replace("_", " ").split()
    if not has_digit and len(words) > 1 and all(w.isalpha() and (w.islower() or w.istitle()) for w in words):
        return False  # words joined: a key binding (ctrl+shift+p), a slug, not a token
    if not has_digit and value.isalpha() and _camel_words(value):
        return False  # a name in CamelCase: DBInstanceClass, TranscriptHighlighter
    if has_digit or any(not ch.isalnum() and ch not in "_-." for ch in value) or value != value.lower():
        return _entropy(value) >= (3.0 if len(value) < 20 else 3.5)
    return len(value) >= 24 and _entropy(value) >= 4.0


def _camel_words(value: str) -> bool:
    """Whether ``value`` splits into CamelCase words (an acronym of up to five capitals, then capitalised
    words of three letters or more, each with a vowel), as names do and random letters do not."""
    pieces = case_pieces(value)
    if len(pieces) < 2:
        return False
    return all(p.isupper() and len(p) <= 5 if p.isupper() else (
        len(p) >= 3 and p[1:].islower() and any(c in "aeiouy" for c in p.lower())) for p in pieces)


def _placeholder(value: str, name: str) -> bool:
    """A reference to a secret, a type or a placeholder, not the secret: ``$DB_PASS``, ``${{ secrets.X }}``,
    ``<your key>``, ``os.environ[...]``, ``str``, ``password=password``, ``***``."""
    low = value.lower()
    if value.startswith("${") and (default := _expansion_default(value[2:].removesuffix("}"))) is not None:
        return not default or _placeholder(default, name)  # ${POSTGRES_PASSWORD:-Spring2031} holds its fallback
    if "." in value and value.replace(".", "").isdigit():
        return True  # a version: "pin: 3.11"
    if value.startswith(("$",) + tuple(_LEADING_SYMBOLS)) and _symbol_led_password(value):
        return False
    if low in _NOT_VALUES or value.startswith(("$", "%", "{", "[", "(", "*", "…", "...", "xxx", "XXX", "#", "@", ".*", "^")):
        return True  # a reference, a placeholder or a pattern (sed's s/^PASS=.*/…/)
    if low.startswith(("your", "my_", "<", "process.env", "os.environ", "env.", "settings.", "config.", "secrets.",
                       "vars.", "self.", "this.", "getenv", "args.", "opts.", "options.", "params.", "request.")):
        return True
    head = value.split("[", 1)[0].split("(", 1)[0]
    if head != value and head.islower() and all(part.isidentifier() for part in head.split(".")):
        return True  # an index or a call: config["db"]["password"], vault.read(…)
    if value.isidentifier() or all(part.isidentifier() for part in value.split(".")):
        # a variable passed on (password=password, token=user_token) or a type (SecretStr)
        value_words = set(name_words(value))
        if value_words & (set(name_words(name)) | _PASSWORD_WORDS | _KEY_WORDS) or (
                value.isalpha() and value[:1].isupper() and value[1:].islower()):
            return True
    return False


def _expansion_default(inner: str) -> str | None:
    """The fallback written into a variable reference, or None where there is none: shell's ``X:-d``, ``X-d``,
    ``X:=d``, ``X:+d`` and Spring's ``a.b:d`` give d; ``X:?message`` and a plain ``X`` give None."""
    name = inner.lstrip("{").split(":", 1)[0].split("-", 1)[0].split("=", 1)[0]
    if not name or not all(part.isidentifier() for part in name.split(".")) or len(name) == len(inner):
        return None
    rest = inner[len(name):]
    for operator in (":-", ":=", ":+", "-", "=", ":"):
        if rest.startswith(operator) and not rest.startswith(":?"):
            return rest[len(operator):].strip("'\" ")
    return None


_LEADING_SYMBOLS = "%#@!&*+^~=?"


def _symbol_led_password(value: str) -> bool:
    """A password that begins with a symbol (``$olivia1981``, ``#Admin2024``, ``%F1EpopqiXIQ``, ``+-DjG=K73M``),
    not the reference that symbol usually starts (``$DB_PASS``, ``${X}``, ``$password``, ``%APPDATA%``,
    ``@Value``): a name and then a number of three digits or more, as people make passwords, and not in the
    all-capitals of an environment variable; or, after a symbol other than ``$`` (which names a variable in
    shells, PHP and PowerShell), the three classes of a generated password (capitals, small letters, digits)."""
    rest = value[1:]
    letters = rest.rstrip("0123456789")
    digits = len(rest) - len(letters)
    if (rest.isascii() and rest.isalnum() and len(letters) >= 3 and letters.isalpha() and digits >= 3
            and not letters.isupper()):
        return True
    if value[:1] == "$" or value.endswith("%") or not rest.isascii() or "/" in rest or len(rest) < 7:
        return False
    return all(any(test(ch) for ch in rest) for test in (str.isupper, str.islower, str.isdigit))


_CMDLET_VERBS = frozenset(("Get", "Read", "ConvertTo", "ConvertFrom", "Import", "Invoke", "New", "Unprotect"))


def _cmdlet(value: str) -> bool:
    """A PowerShell command that reads the secret, not the secret: ``$pw = Read-Host -AsSecureString``."""
    verb, _, noun = value.partition("-")
    return verb in _CMDLET_VERBS and noun[:1].isupper() and noun.isalpha()


def _file_path(value: str) -> bool:
    """A file's path where the secret is read from, not the secret: ``--from-file=password=./smtp-pass.txt``,
    ``password_file: ~/.pgpass``, ``token=/run/secrets/api_token``."""
    return value.startswith(("./", "../", "~/", "/run/", "/var/", "/etc/", "/home/", "/usr/", "/opt/", "/tmp/", "/srv/", "/mnt/",
                             "/secrets/", "/data/", "/app/", "/workspace/", "/Users/", "/root/", "/config/", "/keys/"))


def _named_secret(m, view: str) -> bool:
    name, value = m.group("name"), m.group("value")
    kind = secret_name(name)
    if not kind or _placeholder(value, name) or _cmdlet(value) or _file_path(value):
        return False
    after = view[m.end(): m.end() + 1]
    if after in ("(", "[") and not m.group("open"):
        return False  # a call or an index: password = getpass(), token = os.environ["X"]
    if m.group("op") == "," and not (m.group("close") and m.group("open")):
        return False  # a pair is two quoted strings: ["X-Api-Key", "…"]
    if m.group("op") == ":" and not m.group("close") and not m.group("open") and value.isidentifier() and len(value) < 12:
        if kind == "key" or value.lower() in _NOT_VALUES or value[:1].isupper() and sum(map(str.isdigit, value)) < 3:
            return False  # a type annotation or a mapping to a name: ``password: str``, ``token: Int64``
    if kind == "password":
        return len(value) >= 3 and not (value.isdigit() and len(value) < 4)
    return looks_random(value) or _credential_value(name, value)


_CREDENTIAL_WORDS = {"auth", "token", "credential", "credentials", "bearer", "pat", "psk", "apikey", "sas", "authtok",
                     "tok", "tkn"}


def _credential_value(name: str, value: str) -> bool:
    """A value that a name for a credential (not a bare ``key``, which also names rows and cache entries)
    gives, shaped as people choose passwords: ``REDIS_AUTH=Pepper1982``, ``api_token: biscuit2024``."""
    words = value.split(".")
    dotted = len(words) >= 3 and all(w.isalpha() for w in words[:-1]) and words[-1].isdigit()  # a passphrase
    return (len(value) >= 8 and any(c.isdigit() for c in value) and sum(c.isalpha() for c in value) >= 3
            and not set(name_words(name)).isdisjoint(_CREDENTIAL_WORDS) and ("." not in value or dotted)
            and "/" not in value)


# ---------------------------------------------------------------------------- secrets said in words
# "my API key for the geocoder is …", "le mot de passe est …", "das Passwort lautet …", "пароль: …",
# "密码是…": a word for a secret, a few words, a verb or a colon, then a value that looks like one.
# Words for a password, a key or a token in other languages (with the inflected forms a sentence uses):
# Dutch, Swedish, Danish and Norwegian, Finnish, Polish, Czech and Slovak, Turkish, Italian, Portuguese,
# Romanian, Hungarian, Greek, Arabic, Hebrew, Hindi, Thai, Vietnamese, Indonesian and Malay, Japanese, Korean,
# Chinese, German, Catalan, Persian, Estonian, Latvian, Serbian and Croatian, Slovenian, Lithuanian, Bulgarian,
# Swahili, Bengali, Urdu, Tamil, Afrikaans, Azerbaijani (and Serbian in Cyrillic letters).
_PHYSICAL_CODES = ("alarm code", "door code", "gate code", "entry code", "safe code", "lock code", "garage code",
                   "security code", "keypad code")
_SAID_OTHER = ("wifi key", "wi-fi key", "wlan key", "wpa key", "wireless key", "network key", "redis auth", "requirepass",
               "masterauth", "credenciais", "inloggegevens", "dane logowania", "přihlašovací údaje", "lösen", "合言葉", "验证码", "驗證碼",
               "認証コード", "인증번호", "wachtwoord", "sleutel", "lösenord", "nyckel", "adgangskode", "kodeord", "passord", "nøgle", "nøkkel",
               "salasanani", "salasana", "avain", "hasło", "hasla", "hasła", "klucz", "heslo", "klíč", "şifresi",
               "şifrem", "şifre", "parolası", "parolă", "parola", "anahtar", "chiave", "palavra-passe", "chave", "cheie",
               "jelszavam", "jelszava", "jelszó", "kulcs", "κωδικός", "συνθηματικό", "κλειδί", "كلمة المرور",
               "كلمة السر", "مفتاح", "סיסמה", "סיסמא", "מפתח", "पासवर्ड", "कुंजी", "รหัสผ่าน", "mật khẩu", "khóa",
               "kata sandi", "kata laluan", "sandi", "kunci", "暗証番号", "apiキー", "api キー", "アクセスキー", "秘密鍵",
               "암호", "api 키", "api키", "액세스 키", "비밀 키", "비밀키", "토큰", "令牌", "秘钥", "schlüssel", "jeton",
               "identifiants", "zugangsdaten", "credenciales", "credenziali", "credentials", "creds", "login",
               "access code", "kod dostępu", "code d'accès", "zugangscode", "código de acceso", "codice di accesso",
               "toegangscode", "pincode", "contrasenya", "رمز عبور", "کلمه عبور", "گذرواژه", "رمز", "کلید", "كلمة مرور",
               "parool", "parole", "lozinka", "lozinku", "geslo", "slaptažodis", "парола", "nenosiri", "পাসওয়ার্ড", "پاس ورڈ",
               "лозинка", "лозинку", "wagwoord", "şifrə",
               "கடவுச்சொல்", "पासवर्ड", "ключ",
               # Georgian, Armenian, Amharic, Icelandic, Welsh, Basque, Albanian, Kazakh, Kyrgyz, Mongolian, Uzbek, Galician,
               # Irish, Esperanto, Luxembourgish, Zulu, Hausa, Somali, Kurdish, Sinhala, Khmer, Telugu, Malayalam, Lao,
               # Burmese; Indonesian's "-nya" on the English word, romanised Japanese
               "პაროლი", "გასაღები", "գաղտնաբառ", "የይለፍ ቃል", "lykilorð", "cyfrinair", "pasahitz", "fjalëkalim",
               "құпия сөз", "сырсөз", "нууц үг", "parol", "contrasinal", "pasfhocal", "pasvorto", "passwuert",
               "iphasiwedi", "kalmar sirri", "furaha sirta", "şîfre", "මුරපදය", "ពាក្យសម្ងាត់", "పాస్‌వర్డ్",
               "పాస్వర్డ్", "പാസ്‌വേഡ്", "പാസ്വേഡ്", "ລະຫັດຜ່ານ", "စကားဝှက်", "passwordnya", "tokennya", "sandinya",
               "pasuwaado", "pasuwādo") + _PHYSICAL_CODES
# "pass" for a password as people type it: only with whose or what it is ("the pass is …", "wifi pass: …"), never alone
# ("the tests pass", "pass: true", "PASS src/app.test.js")
_PASS_OWNERS = frozenset(("the", "my", "our", "your", "his", "her", "their", "db", "wifi", "wi-fi", "admin", "root", "vpn",
                          "server", "ssh", "login", "user"))
_CHAT_PASS = tuple(f"{owner} pass" for owner in sorted(_PASS_OWNERS))
_SAID_WORDS = ("api key", "api-key", "apikey", "access key", "secret key", "token", "password", "passwort",
               "kennwort", "passwd", "passphrase", "passcode", "mot de passe", "clé", "contraseña", "clave", "senha",
               "пароль", "ключ", "токен", "密码", "口令", "密碼", "密钥", "密鑰", "パスワード", "トークン", "비밀번호",
               "secret", "pin", "pw", "pwd", "psw", "pswd", "passw") + _CHAT_PASS + _SAID_OTHER
# Case is ignored in the words only, and the value's class is written once: a class that spans the CJK blocks is
# compiled into a table of every character, case-folding each where case is ignored (a hook process compiled this
# pattern in 9 ms, now in 2.5).
_SAID = (r"(?:(?<![A-Za-z0-9])|(?=[^\x00-\x7f]))(?P<keep>(?i:(?:api[ _-]?key|access[ _-]?key|secret[ _-]?key|(?:auth(?:entication)?|access|"
         r"bearer|api|bot)?[ _-]?token|password|passwort|kennwort|passwd|passphrase|passcode|mot de passe|clé(?: d'api| "
         r"api| secrète)?|contraseña|clave|senha|пароль|ключ(?: api)?|токен|密码|口令|密碼|密钥|密鑰|パスワード|トークン|"
         r"비밀번호|secret|pin(?: code)?|pwd?|pswd?|passw|(?:" + "|".join(_CHAT_PASS + _SAID_OTHER) + r")[^\W\d_]{0,3})(?![A-Za-z0-9_])(?:[^\n.!?。;:=]|\.(?=\S)){0,60}?"
         r"(?:\s(?:is|was|are|were|ist|lautet|heißt|est|es|é|è|это|равен|sind|är|er|on|jest|to|brzmi|je|este|είναι|це|هي|هو|"
         r"היא|הוא|คือ|là|adalah|ialah|war|yra|ir|је|yw|ydy|është|ay|hai|waa|estas|ass)\s+(?:(?:now|currently|still|jetzt|nun|noch|maintenant|toujours|actuellement|ahora|"
         r"todavía|agora|ainda|ora|adesso|ancora|теперь|сейчас|nu|teraz)\s+)?|\s*[:=：]\s*|\s[-—–]\s+|\s*(?:是|为|為|は|が|는|은|가|이|คือ)\s*)"
         r"[\"'“«„`]?(?:[\w.@-]{1,40}[ \t]*/[ \t]*)?))"  # a user before it: "credentials: admin / …"
         r"(?P<value>(?!=)[^\s\"'”»`,;，。、：；！？()\[\]\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]{4,200})")  # ends where CJK begins


# where a said secret can begin: any of the words, longest first
_SAID_STARTS = r"(?i)(?:(?<![A-Za-z0-9])|(?=[^\x00-\x7f]))(?:" + "|".join(  # the words hold no regex syntax but "-" and "'"
    w.replace("-", "\\-").replace("'", "\\'") + ("(?![A-Za-z])" if w in _CHAT_PASS else "")  # "wifi pass" is not "wifi password"
    for w in sorted(_SAID_WORDS, key=len, reverse=True)) + ")"


# the words for a secret that may be all digits
_DIGIT_SECRET_WORDS = ("pin", "passcode", "code pin", "access code", "kod dostępu", "code d'accès", "zugangscode",
                       "código de acceso", "codice di accesso", "toegangscode", "验证码", "驗證碼", "認証コード", "인증번호",
                       "verification code", "one-time code", "otp") + _PHYSICAL_CODES
_SAID_WHOLE = frozenset(_SAID_WORDS) - frozenset(_SAID_OTHER)  # these end where the word ends


_CANDIDATE_WORDS = tuple(w for w in _SAID_WORDS if w not in _CHAT_PASS)


def _said_candidate(low: str) -> bool:
    """Whether a word for a secret stands as a word (not "token" in get_token_count, "pin" in mapping), as the
    said-secret pattern needs it to: found with ``str`` methods, so most texts never compile the pattern."""
    at = low.find(" pass")
    while at >= 0:  # one search for the "… pass" words, not one for each owner
        if not low[at + 5:at + 6].isalpha() and (low[:at].rsplit(None, 1) or [""])[-1] in _PASS_OWNERS:
            return True
        at = low.find(" pass", at + 1)
    for word in _CANDIDATE_WORDS:
        at = low.find(word)
        while at >= 0:
            before = low[at - 1] if at else " "
            after = low[at + len(word)] if at + len(word) < len(low) else " "
            if after == "s" and at + len(word) + 1 < len(low):  # a plural ends the word too: "secrets:"
                after = low[at + len(word) + 1]
            if (not (before.isascii() and before.isalnum()) or not word.isascii()) and (
                    word not in _SAID_WHOLE or not ((after.isascii() and after.isalnum()) or after == "_")):
                return True
            at = low.find(word, at + 1)
    return False


def _tool_named_for_a_secret(view: str, start: int) -> bool:
    """Whether the word at ``start`` ends the name of one of ``_SECRET_TOOLS`` (wpa_passphrase's "passphrase")."""
    begin = start
    while begin > 0 and (view[begin - 1].isalnum() or view[begin - 1] in "_-"):
        begin -= 1
    end = start
    while end < len(view) and (view[end].isalnum() or view[end] in "_-"):
        end += 1
    return begin < start and view[begin:end] in _SECRET_TOOLS


def _said_value(value: str) -> str:
    """A said secret's value up to an ``&`` that starts a query's next pair (``…credentials&client_id=cli&scope=read``)."""
    at = value.find("&")
    while at >= 0:
        name = value[at + 1:].split("=", 1)[0]
        if "=" in value[at + 1:] and name.replace("-", "_").replace(".", "_").isidentifier():
            return value[:at]
        at = value.find("&", at + 1)
    return value


def _said_secret(m, view: str) -> bool:
    if _tool_named_for_a_secret(view, m.start("keep")):  # the word opens the kept part
        return False
    value = _said_value(m.group("value")).rstrip(".:!?")
    if view[m.end("value"):m.end("value") + 1] == "(":
        return False  # a call: "Password: os.Getenv(…)", "token: read_token()"
    if value.startswith(("[REDACTED", "/", "./", "../", "~/", "http", "-")) or _placeholder(value, "password") or (
            _assignment(value)) or _cmdlet(value):
        return False  # a path, a URL, a flag or an assignment is where a secret is, not the secret
    letters = sum(ch.isalpha() for ch in value)
    if not any(ch.isascii() and ch.isalnum() for ch in value):
        return False  # words of the sentence: "鍵は机の上", "키는 높다"; a secret has ASCII letters or digits
    if value.rstrip("#*").isdigit():  # counts and limits ("max tokens: 4096"), but a PIN or an access code is digits
        return 4 <= len(value.strip("#*")) <= 12 and m.group("keep").lower().lstrip().startswith(_DIGIT_SECRET_WORDS)
    if letters == len(value) and (value.islower() or value[:1].isupper() and value[1:].islower()):
        return len(value) >= 12 and _entropy(value) >= 3.5  # words: "is stored", "ist abgelaufen"
    return len(value) >= 6 or looks_random(value)


def _said_span(m, view: str, starts) -> tuple[int, int]:
    """Where a said secret's value is, taking in a piece glued before an "=" that stands right after the word:
    in "password aBiJI3=rC^+#K=!" the "=" is the secret's own, not an assignment's; a name there stays
    ("password PGPASSWORD=…", "token api_key=…")."""
    start = m.start("value")
    end = start + len(_said_value(m.group("value")))
    if view[start - 1:start] != "=":
        return start, end
    word = starts.match(view, m.start("keep"))
    piece_start = max(view.rfind(" ", 0, start), view.rfind("\t", 0, start)) + 1
    if word is None or piece_start <= word.end() or view[word.end():piece_start].strip():
        return start, end
    piece = view[piece_start:start - 1]
    if not piece or secret_name(piece) or piece.replace("_", "").replace("-", "").replace(".", "").isalpha() and (
            piece.isupper() or piece.islower()):
        return start, end  # a name: PGPASSWORD, db.pass, user
    return piece_start, end


_NEAR_STRIP = "\"'“”«»„`:：,，;；.。!?()[]{}<>"
_NEAR_WORDS = 4  # words after a word for a secret where its value may stand, on that line or the next
_PLACE_WORDS = frozenset(("in", "from", "see", "via", "into", "im", "aus", "en", "dans", "nel", "no", "na"))


def _near(starts, text: str, view: str) -> tuple[str, str]:
    """The second net for secrets said in words: after a word for a secret (in any language the said rule
    knows), the first of the next few words, on that line or the next, that looks like a secret itself
    (letters and digits, no path, flag, call or plain identifier): "password river668%", "the token, as
    printed: …", "Zugangsdaten: admin / …"."""
    spans = []
    for word in starts.finditer(view):
        end = word.end()
        said = word.group().lower()
        if view[end:end + 1] == "s" and not view[end + 1:end + 2].isalnum():
            end += 1  # a plural: "secrets/jwt.key", "tokens:"
        elif said in _INFLECTED and (ending := _ending(view, end)):
            end += ending  # "kata sandinya", "şifreniz"
        elif view[end:end + 1].isascii() and view[end:end + 1].isalnum() or view[end:end + 1] == "_":
            continue  # inside a longer word or a name: test_login_with_… (a CJK word runs into the next one)
        if view[word.start() - 1:word.start()] == "." and view[word.start() - 2:word.start() - 1] in ("", "/", "~", " ", "\t", "\\"):
            continue  # a dotfile: sshpass -f ~/.pw
        if _tool_named_for_a_secret(view, word.start()):
            continue  # wpa_passphrase NETWORK: the command, not a secret said
        if view.rfind("[REDACTED:", 0, word.start()) > view.rfind("]", 0, word.start()):
            continue  # a rule's name in a mark already written: [REDACTED:net_user_password]
        if view[end:end + 1] == "." and view[end + 1:end + 2].isalnum():
            continue  # a file's name: pw.txt, token.json
        if view[end:end + 1] == "/" or view[word.start() - 1:word.start()] == "/":
            stop = end
            while stop < len(view) and not view[stop].isspace():
                stop += 1
            if not view[end:stop].endswith(":"):
                continue  # a folder in a path (/run/secrets/pg); but a file's label (secrets/jwt.key:) comes before its value
        ahead = _ascii_words("\n".join(view[end:end + 160].split("\n", 2)[:2]))  # this line and the next
        offset, before = 0, ""
        for n, piece in enumerate(ahead.split()):
            if n >= _NEAR_WORDS:
                break
            offset = ahead.index(piece, offset)
            core = piece.strip(_NEAR_STRIP)
            if before in _PLACE_WORDS:  # "creds in 1Password", "the key from Vault2": where it is kept, not what it is
                offset, before = offset + len(piece), core.lower()
                continue
            before = core.lower()
            if n == 0 and piece.startswith("[REDACTED"):
                break  # its secret is out already (a rule of its own took it): nothing before it is one
            if _near_value(core) or n == 0 and said in _DIGIT_SECRET_WORDS and _code_digits(core) and (
                    word.group() != "pin"):  # "pin 2024 rows": to pin; a PIN is written in capitals
                start = end + offset + piece.index(core)
                spans.append((start, start + len(core)))
                break
            offset += len(piece)
        else:
            spans += _near_before(view, word.start())
    return _replace_spans(text, view, sorted(spans), "said_secret")


# Words for a secret in languages that add an ending to them ("kata sandinya", "şifreniz", "salasanasi").
_INFLECTED = frozenset(w for w in _SAID_OTHER if w not in ("credentials", "creds", "login") + _PHYSICAL_CODES)


def _ending(view: str, end: int) -> int:
    """The length of an ending of one to three letters that closes the word at ``end``, else 0."""
    n = 0
    while n < 4 and end + n < len(view) and view[end + n].isalpha():
        n += 1
    return n if 1 <= n <= 3 else 0


def _code_digits(value: str) -> bool:
    """A PIN or a passcode right after its word: "zoom passcode 674197", "door code 4821#"."""
    digits = value.rstrip("#*")
    return digits.isdigit() and 4 <= len(digits) <= 12


# A passphrase of plain words said in a sentence: "the passphrase for the backup key is correct horse battery
# staple", "seed phrase: abandon ability …". Four words or more, up to the first word prose would use.
_PHRASE_WORDS = ("phrase", "mnemonic", "password", "passwort", "mot de passe", "wachtwoord", "contraseña", "senha")
_PHRASE = (r"(?i)(?<![A-Za-z])(?:pass[ -]?phrase|seed phrase|recovery phrase|mnemonic(?: phrase)?|password|passwort|"
           r"mot de passe|wachtwoord|contraseña|senha)(?![A-Za-z])[^\n.!?:=]{0,40}?(?:\s(?:is|are|was|were|ist|lautet|"
           r"est|es|é|is now)\s+|\s*[:=]\s*)[\"'“«`]?(?P<value>[a-z]{3,10}(?:[ -][a-z]{3,10}){3,23})(?![a-z])")
_PROSE_WORDS = frozenset("""the and but not are was were been being into onto over under about after before when
where which who whom whose that this these those its there here then than too very also just only still now never
always ever again set stored kept saved changed reset required needed missing wrong invalid incorrect expired same
different long short weak strong empty blank hidden shown printed written given used sent shared your our their his
her you they she them will would should can could must may might does did has have had get gets got each every any
all some none both either neither more most less least for from with""".split())
_VERB_WORDS = frozenset("""the and for with from into when that this was were are has been required needed stored
saved written shown printed kept lost missing wrong invalid must should will can""".split())


def _phrase_candidate(low: str) -> bool:
    """Whether a word for a passphrase is followed, within a few words, by ``is``, ``:`` or ``=`` and then four
    words of letters: most texts that say "password" say nothing like that, and need no pattern."""
    for word in _PHRASE_WORDS:
        at = low.find(word)
        while at >= 0:
            ahead = low[at + len(word):at + len(word) + 120]
            for mark in (" is ", ":", "=", " ist ", " lautet ", " est ", " es ", " é "):
                cut = ahead.find(mark)
                if 0 <= cut <= 40:
                    words = ahead[cut + len(mark):].replace("-", " ").split()[:4]
                    if len(words) == 4 and all(w.strip("\"'`.,").isalpha() for w in words):
                        return True
            at = low.find(word, at + 1)
    return False


def _spoken_phrases(pattern, view: str) -> list[tuple[int, int]]:
    spans = []
    for m in pattern.finditer(view):
        # a seed phrase's word list has "about", "above", "all" and "again", so there only the plainest prose stops it
        stops = _VERB_WORDS if m.group().lower().startswith(("seed", "recovery", "mnemonic")) else _PROSE_WORDS
        words = []
        for word in m.group("value").replace("-", " ").split():
            if word.lower() in stops or stops is _PROSE_WORDS and word.endswith("ly"):
                break
            words.append(word)
        if len(words) >= 4:
            start = m.start("value")
            spans.append((start, start + len(" ".join(words))))
    return spans


def _ascii_words(text: str) -> str:
    """``text`` with every other character a space (offsets kept): a value glued to CJK words
    (``密码改成了$Bruno1992``) is a word of its own, as it would be in a language that spaces its words."""
    return text if text.isascii() else "".join(c if c.isascii() else " " for c in text)


_NEAR_BEFORE_WORDS = 3  # "use gato-Castle-94 as the passphrase", "\"6ceb…\",  # old key"


def _near_before(view: str, start: int) -> list[tuple[int, int]]:
    """The value that a word for a secret follows on its line, when none came after it: the nearest of the
    few words before it that looks like a secret."""
    line_start = view.rfind("\n", max(0, start - 160), start) + 1 or max(0, start - 160)
    before = _ascii_words(view[line_start:start])
    pieces = before.split()[-_NEAR_BEFORE_WORDS:]
    at = len(before)
    for piece in reversed(pieces):
        at = before.rindex(piece, 0, at)
        core = piece.strip(_NEAR_STRIP)
        if _near_value(core):
            begin = line_start + at + piece.index(core)
            return [(begin, begin + len(core))]
    return []


def _timestamp(value: str) -> bool:
    """An ISO 8601 date and time (``2026-03-01T10:00:01Z``): a log line's first word, never a secret."""
    return (len(value) >= 16 and value[:4].isdigit() and value[4] == "-" and value[5:7].isdigit() and value[7] == "-"
            and value[8:10].isdigit() and value[10] in "T_ " and value[11:13].isdigit() and value[13] == ":")


def _near_value(value: str) -> bool:
    if _timestamp(value) or value[:1] in ("&", "?") and _assignment(value[1:]):
        return False  # a time, or a query's next pair: "type=access_token&lang=en"
    if value.startswith(("$",) + tuple(_LEADING_SYMBOLS)) and _symbol_led_password(value):
        return True
    if len(value) < 8 or value.startswith(("-", "$", "%", "{", "<", "[REDACTED", "http", "~", ".")) or "/" in value:
        return False
    if any(ch in value for ch in "()[]{}\"'`") or _assignment(value):
        return False  # a call, an index or an assignment: code, not a value
    if not (any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)):
        return random_letters(value)
    plain = value.replace("_", "").replace(".", "").replace("-", "")
    if plain.isalnum() and value == value.lower() and any(ch in value for ch in "_.-"):
        return False  # an identifier, a file or a version: max_tokens_4096, config.v2, utf-8-sig
    return not _placeholder(value, "password")


def _assignment(value: str) -> bool:
    """``name=value`` (an assignment or an option), not a generated password with ``=`` in it (``+-DjG=K7``,
    ``d=&UYSy?0jXPB``: a one-letter name or a value that starts with a symbol is a password's characters)."""
    if "=" not in value:
        return False
    name, rest = value.split("=", 1)
    return name.replace("-", "_").replace(".", "_").isidentifier() and (len(name) >= 2 or rest[:1].isalnum()) and not (
        rest[:1] and rest[0] in _LEADING_SYMBOLS)


def _said_matches(said, starts, view: str):
    """The said-secret matches, tried at each word for a secret that a failed try did not already look past:
    a text made of nothing but such words (``密码密码…``) costs one pass, not one per word."""
    looked_to = 0
    for word in starts.finditer(view):
        if word.start() < looked_to:
            continue
        m = said.match(view, word.start(), min(len(view), word.end() + 300))
        looked_to = m.end() if m is not None else word.start() + 60
        if m is not None:
            yield m


# ---------------------------------------------------------------------------- applying the rules
def _view(text: str) -> str:
    """The text as the rules read it, with the same length: a shell line continuation joined (backslash-newline
    -> two spaces), JSON-escaped newlines, tabs and quotes read as what they stand for, so that a rule sees a
    command across its continuations and a ``.env`` quoted inside a JSON string line by line; and a quote doubled
    inside a word, as SQL and YAML escape it (``'Kaff''ee77'``), read as part of the word."""
    view = text
    if "\\" in view:
        view = (view.replace("\\\r\n", "   ").replace("\\\n", "  ").replace("\\n", " \n").replace("\\t", " \t")
                .replace('\\"', ' "'))
    if "''" in view:
        parts = view.split("''")
        view = parts[0] + "".join(("__" if parts[k - 1][-1:].isalnum() and part[:1].isalnum() else "''") + part
                                  for k, part in enumerate(parts[1:], 1))
    return view


def _sub(pattern, text: str, view: str, name: str, judge=None, matches=None) -> tuple[str, str]:
    """Replace, in ``text`` and its ``view`` alike, the value part of each match found in the view (its
    ``value`` group, or what follows its ``keep`` groups) by ``[REDACTED:name]``; ``judge(match, view)``
    may decline a match."""
    groups = pattern.groupindex
    spans = []
    for m in pattern.finditer(view) if matches is None else matches:
        if judge is not None and not judge(m, view):
            continue
        if "value" in groups and m.group("value") is not None:
            start, end = m.span("value")
        else:
            start, end = m.start(), m.end()
            for group in groups:
                if group.startswith("keep") and m.group(group) is not None:
                    start = max(start, m.end(group))
        spans.append((start, end))
    return _replace_spans(text, view, spans, name)


def table_cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """Where each cell of a CSV, TSV or Markdown row is in ``line`` (start, end), spaces and a table's outer
    pipes left out."""
    start, end = 0, len(line)
    if delimiter == "|":
        start = line.find("|") + 1
        end = line.rfind("|") if line.rstrip().endswith("|") and line.rfind("|") >= start else end
    cells, at = [], start
    while True:
        cut = line.find(delimiter, at, end)
        stop = end if cut < 0 else cut
        a, b = at, stop
        while a < b and line[a] in " \t\r":
            a += 1
        while b > a and line[b - 1] in " \t\r":
            b -= 1
        cells.append((a, b))
        if cut < 0:
            return cells
        at = cut + 1


def separator_row(line: str) -> bool:
    """A Markdown table's row of dashes under its header (``|---|:---:|``)."""
    return bool(line.strip()) and not line.strip().strip("|-: \t")


def _table_values(view: str) -> list[tuple[int, int]]:
    """The values in a table's column whose header names a secret (``username,password,role``; a TSV's
    ``api_key``; ``| Service | Password |``, its separator row, then its rows): the rows that follow with as many
    cells, each value judged as a named value is."""
    spans: list[tuple[int, int]] = []
    lines, low_lines = view.split("\n"), view.lower().split("\n")  # lowered whole: one call, not one a line
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        line = lines[i]
        delimiter = "|" if line.lstrip().startswith("|") else "\t" if "\t" in line else "," if "," in line else ""
        if not delimiter or len(line) > 400 or not any(h in low_lines[i] for h in _NAME_HINTS):
            i += 1
            continue
        header = table_cells(line, delimiter)
        names = [line[a:b] for a, b in header]
        if len(header) < 2 or not all(0 < len(n) <= 40 and len(n.split()) <= 3 and n[-1] not in ".!?:;" for n in names):
            i += 1  # column names, not a sentence with commas in it
            continue
        kinds = [secret_name(n) for n in names]
        if not any(kinds):
            i += 1
            continue
        j = i + 1
        if delimiter == "|" and j < len(lines) and separator_row(lines[j]):
            j += 1
        while j < len(lines):
            row = table_cells(lines[j], delimiter)
            if len(row) != len(header):
                break
            for (a, b), (ha, hb), kind in zip(row, header, kinds, strict=True):
                value = lines[j][a:b]
                if kind and value and not _placeholder(value, line[ha:hb]) and (kind == "password" and len(value) >= 3
                                                                                or looks_random(value)):
                    spans.append((starts[j] + a, starts[j] + b))
            j += 1
        i = j
    return spans


_MASKS = "*•●█"  # what a tool prints in a secret's place


def _replace_spans(text: str, view: str, spans: list[tuple[int, int]], name: str) -> tuple[str, str]:
    """``text`` and its ``view`` (the same length) with each span replaced by ``[REDACTED:name]``; a span that
    overlaps one before it, is empty, is already a redaction or is a mask (``****``, as Jenkins prints a secret) is left."""
    marker = f"[REDACTED:{name}]"
    parts_t: list[str] = []
    parts_v: list[str] = []
    last = 0
    for start, end in spans:
        if start < last or start >= end or view.startswith("[REDACTED", start) or view.endswith("[REDACTED:", 0, start) or not (
                view[start:end].strip(_MASKS)):
            continue
        parts_t += [text[last:start], marker]
        parts_v += [view[last:start], marker]
        last = end
    if not parts_t:
        return text, view
    parts_t.append(text[last:])
    parts_v.append(view[last:])
    return "".join(parts_t), "".join(parts_v)


# Words a secret's name holds; the short ones only where a word of the name starts or the name ends (``pin`` is
# not in "mapping"; ``key`` is in "API_KEY", "apiKey" and "MASTERKEY").
_NAME_HINTS = ("pass", "secret", "key", "token", "auth", "credential", "cookie", "bearer", "jwt", "dsn", "salt",
               "kennwort", "psk", "pw", "sig", "pin", "pat", "sas", "sandi", "ordine", *_PASSWORD_WORDS_ABROAD)  # kata_sandi, d_ordine
_SHORT_HINTS = frozenset({"key", "auth", "jwt", "dsn", "psk", "pw", "sig", "pin", "pat", "sas"})


_REDACTED: dict[str, str] = {}  # texts this process redacted last: a payload repeats itself (an edit's old and new text)
_REMEMBERED = 64


def redact(text: str) -> str:
    """Replace every secret the rules know in ``text``, in time linear in its length."""
    if len(text) < _MIN_SECRET_CHARS or (len(text) < 60 and not text.strip(_LOWER_HEX)):
        return text  # too short, or an id or a digest (lowercase hex), which no rule matches
    done = _REDACTED.get(text)
    if done is None:
        if len(_REDACTED) >= _REMEMBERED:
            _REDACTED.clear()
        done = _REDACTED[text] = _redact(text)
    return done


def _redact(text: str) -> str:
    rules = _rules or _load_rules()
    view = _view(text)
    low = view.lower()
    for name, keywords, source in rules.candidates(low):
        if rules.applies(name, keywords, low, view):
            text, view = _sub(rules.pattern(name, source), text, view, name)
    if len(text) >= 60 and _has_run(view, _BASE64_RUNS, 60):  # before looking for key-body lines
        for name, keywords, source in rules.rules:
            if not keywords:
                text, view = _sub(rules.pattern(name, source), text, view, name)
    if _phrase_candidate(low):
        spans = _spoken_phrases(rules.pattern("spoken_phrase", _PHRASE, ascii=False), view)
        text, view = _replace_spans(text, view, spans, "said_secret")
    if ("=" in view or ":" in view or "," in view) and _named_candidate(view, low):
        text, view = _sub(rules.pattern("named_secret", _NAMED), text, view, "named_secret", _named_secret)
    if _spaced_candidate(low):
        text, view = _sub(rules.pattern("spaced_secret", _SPACED), text, view, "named_secret", _spaced_secret)
    if ("setx " in low or "set -" in low) and any(h in low for h in _NAME_HINTS):
        text, view = _sub(rules.pattern("set_command", _SET_COMMAND), text, view, "named_secret", _named_secret)
    if "name:" in low and "value:" in low:
        text, view = _sub(rules.pattern("paired_secret", _PAIRED), text, view, "named_secret", _named_secret)
    hinted = any(h in low for h in _NAME_HINTS)
    if hinted and _next_line_candidate(low):
        text, view = _sub(rules.pattern("next_line_secret", _NEXT_LINE), text, view, "named_secret", _named_secret)
    if hinted and ("default" in low or "value" in low) and ("{" in view or ":\n" in view or ":\r\n" in view):
        text, view = _sub(rules.pattern("block_default", _BLOCK_DEFAULT), text, view, "named_secret", _named_secret)
    if hinted and "<" in view and ("key=" in low or "name=" in low):
        text, view = _sub(rules.pattern("keyed_element", _KEYED_ELEMENT), text, view, "named_secret", _named_secret)
    if _said_candidate(low):
        said = rules.pattern("said_secret", _SAID, ascii=False)
        starts = rules.pattern("said_words", _SAID_STARTS, ascii=False)
        spans = [_said_span(m, view, starts) for m in _said_matches(said, starts, view) if _said_secret(m, view)]
        text, view = _replace_spans(text, view, spans, "said_secret")
        text, view = _near(starts, text, view)
    if ("=" in view or ":" in view) and _assigned_random(view):
        text, view = _sub(rules.pattern("high_entropy", _ASSIGNMENT), text, view, "high_entropy",
                          lambda m, v: _random_value(m))
    if hinted and "\n" in view and ("," in view or "\t" in view or "|" in view):
        text, view = _replace_spans(text, view, _table_values(view), "named_secret")
    if "cookie" in low:
        text, view = _replace_spans(text, view, _cookie_values(view, low), "cookie")
    if "@" in view:
        text, view = _replace_spans(text, view, _address_passwords(view), "email_password")
    if len(view) >= 32 and _has_run(view, _HEX_RUNS, 32):
        text, view = _replace_spans(text, view, _hex_keys(view), "hex_key")
    spans = shaped_spans(view)  # the net under them all: a random token or a password, whatever is around it
    if spans:
        text, view = _replace_spans(text, view, spans, "secret_shape")
    return text


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.-")
# A line that says what a long hex string is: a credential, or a digest (which is not one). A key of a
# cache, a table or an object store is a name, not a credential.
_HEX_KEY_WORDS = frozenset({"key", "keys", "apikey", "apikeys", "secret", "secrets", "token", "tokens", "password",
                            "credential", "credentials", "creds", "passphrase", "auth", "rotated", "revoked", "hmac",
                            "signing", "signed"})
_HEX_DIGEST_WORDS = frozenset({"commit", "commits", "sha", "sha1", "sha256", "sha512", "md5", "hash", "hashes",
                               "digest", "checksum", "etag", "rev", "revision", "integrity", "fingerprint", "merge",
                               "tree", "parent", "blob", "object", "build", "image", "layer", "head", "ref", "cache",
                               "primary", "foreign", "partition", "sort", "idempotency", "dedup", "lookup", "row",
                               "unique", "index", "map", "s3", "bucket", "trace", "span", "request", "uuid", "id", "git",
                               "checkout", "merged", "cherry", "rebase", "reset", "revert", "tag", "branch"})


def _cookie_values(view: str, low: str) -> list[tuple[int, int]]:
    """The long values of a Cookie or Set-Cookie header's pairs (``cookie: _session_id=…; theme=dark``): a
    session cookie is a credential whatever its name; short values (``theme=dark``) are settings."""
    spans = []
    at = low.find("cookie")
    while at >= 0:
        colon = at + len("cookie")
        while colon < len(low) and low[colon] in " \t":
            colon += 1
        end = at + 1
        if colon < len(low) and low[colon] == ":":
            end = colon + 1
            while end < len(view) and end - colon < 4096 and view[end] not in "\n\"'`":
                end += 1  # one header, at most 4 KB of it
            offset = colon + 1
            for pair in view[colon + 1:end].split(";"):
                name, eq, value = pair.partition("=")
                value = value.strip()
                if eq and len(value) >= 16 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                    start = offset + pair.index(value, len(name) + 1)
                    spans.append((start, start + len(value)))
                offset += len(pair) + 1
        at = low.find("cookie", end)
    return spans


_LOCAL_PART = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-")
_DOMAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def _address_passwords(view: str) -> list[tuple[int, int]]:
    """The password after an address and a colon, as postfix's sasl_passwd and credential lists write it
    (``bot@example.org:qwer asdf zxcv tyui``, ``ops@corp.example.com:Maple&2030go``); a git remote or a
    scp target (a path after the colon) is not one. String operations only: ``@`` is in most code."""
    spans = []
    at = view.find("@")
    while at >= 0:
        left = at
        while left > 0 and at - left < 64 and view[left - 1] in _LOCAL_PART:
            left -= 1
        end = at + 1
        while end < len(view) and end - at < 128 and view[end] in _DOMAIN:
            end += 1
        domain = view[at + 1:end]
        if left < at and "." in domain.strip(".") and view[end:end + 1] == ":":
            start = end + 1
            words = view[start:start + 19].split(" ")
            if len(words) == 4 and all(len(w) == 4 and w.isalpha() and w.islower() for w in words) and (
                    view[start + 19:start + 20] in ("", "\n", " ", "\"", "'")):
                spans.append((start, start + 19))  # an app password: four groups of four letters
            else:
                stop = start
                while stop < len(view) and stop - start <= 100 and not view[stop].isspace() and view[stop] not in "/:@\"'":
                    stop += 1
                value = view[start:stop]
                if 6 <= len(value) <= 100 and (stop == len(view) or view[stop].isspace() or view[stop] in "\"'") and any(
                        c.isdigit() for c in value) and any(c.isalpha() for c in value):
                    spans.append((start, stop))
        at = view.find("@", at + 1)
    return spans


def _provider_prefix(before: str) -> bool:
    """Whether a hex run follows a provider's prefix (``pri_``, ``rootly_``, ``sk_pr_mykey_``): a short word or
    two of letters, not a digest's or a name's (``sha256-``, ``commit_``, ``build-``)."""
    start = len(before)
    while start and (before[start - 1].isascii() and before[start - 1].isalnum() or before[start - 1] in "_-"):
        start -= 1  # no re: the hook process may not have imported it
    words = before[start:].replace("-", "_").split("_")
    return 1 <= len(words) <= 4 and all(w[:1].isalpha() and w.isalnum() and len(w) <= 12 for w in words) and 2 <= len(
        words[0]) and words[0].isalpha() and not (
        {w.lower() for w in words} & _HEX_DIGEST_WORDS or words[0].lower().startswith(("sha", "md5", "blake", "crc")))


def _hex_keys(view: str) -> list[tuple[int, int]]:
    """Hex strings of 32+ digits (API keys, auth tokens) on a line that calls them a key, a secret or a token
    and never a digest or a name (commit, sha256, checksum, cache key): ``"6ceb…",  # old key``, a table
    row ``| prod | 63a3… | rotated key |``. A bare hash on a line about something else stays. Wherever it
    stands, a run after a provider's prefix (``pri_…``, ``rootly_…``, ``sk_pr_mykey_…``) is a token."""
    spans = []
    start = 0
    for line in view.split("\n"):
        end = start + len(line)
        if len(line) >= 32 and _has_run(line, _HEX_RUNS, 32):
            words = set("".join(c.lower() if c.isalnum() else " " for c in line).split())
            keyed = words & _HEX_KEY_WORDS and not words & _HEX_DIGEST_WORDS and not any(
                w.startswith(("sha", "md5", "blake", "crc")) for w in words)  # sha256sum, md5sum, shasum
            marks = line.encode("ascii", "replace").decode("ascii").translate(_HEX_RUNS)
            at = marks.find("x" * 32)
            while at >= 0:
                stop = at
                while stop < len(marks) and marks[stop] == "x":
                    stop += 1
                run = line[at:stop]
                before = line[at - 1:at] if at else " "
                after = line[stop:stop + 1] or " "
                if keyed and not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-") and (
                        run == run.lower() or run == run.upper()):
                    spans.append((start + at, start + stop))
                elif before in "_-" and not (after.isalnum() or after in "_-") and run == run.lower() and not (
                        words & _HEX_DIGEST_WORDS) and _provider_prefix(line[:at - 1]):
                    spans.append((start + at, start + stop))
                at = marks.find("x" * 32, stop)
        start = end + 1
    return spans


def _next_line_candidate(low: str) -> bool:
    """Whether a line ends in a label that names a secret (``signature:``, ``session token:``), so that the value may be
    alone on the next line; a Python ``def f():`` or a YAML mapping's key needs no pattern."""
    for end in (":\n", ":\r\n"):
        at = low.find(end)
        while at >= 0:
            label = low[max(low.rfind("\n", 0, at) + 1, at - 40):at]
            if any(hint in label for hint in _NAME_HINTS) and not label.rstrip().endswith((")", "]", "}")):
                return True
            at = low.find(end, at + 2)
    return False


def _named_candidate(view: str, low: str) -> bool:
    """Whether a hint word sits in a name that is given a value (``db_password =``, ``"apiKey":``, ``TOKEN,``):
    the rest of the name, a closing quote or bracket, spaces, then ``= : ,``. ``for key in``, ``get_token(``
    and prose about passwords are not, and need no pattern (whose ``re`` import alone costs a hook 4 ms)."""
    same = len(view) == len(low)  # lower() can lengthen a character ("İ"): then positions do not match
    for hint in _NAME_HINTS:
        at = low.find(hint)
        while at >= 0:
            end_of_name = at + len(hint) >= len(low) or not (low[at + len(hint)].isalnum() or low[at + len(hint)] == "_")
            if hint in _SHORT_HINTS and at and low[at - 1].isalpha() and same and not end_of_name and not (
                    view[at].isupper() and view[at - 1].islower()):
                at = low.find(hint, at + 1)  # inside a word ("mapping", "monkeys"), not a name's last part
                continue
            n, end = at + len(hint), min(len(low), at + len(hint) + 64)
            while n < end and (low[n] in _NAME_CHARS or low[n].isalnum()):
                n += 1
            while n < end and low[n] in "\"']\\ \t":
                n += 1
            if n < len(low) and low[n] in "=:,":
                return True
            at = low.find(hint, at + 1)
    return False


# ASCII text as marks: token characters "x", ``: =`` "=", quotes "q", blanks " ", anything else ".".
_ASSIGN_MARKS = str.maketrans(_ASCII, "".join(
    "x" if c in _BASE64_CHARS or c in "_-" else "=" if c in ":=" else "q" if c in "\"'" else " " if c in " \t\n" else "."
    for c in _ASCII))


def _assigned_random(view: str) -> bool:
    """Whether a value of 24+ token characters with upper case, lower case and digits follows ``=`` or ``:``
    (what the high-entropy rule then judges), found with ``str`` methods alone."""
    text = view if view.isascii() else view.encode("ascii", "replace").decode("ascii")
    marks = text.translate(_ASSIGN_MARKS)
    for lead in ("=", "= ", "=q", "= q", "=  ", "=  q", "=   "):
        needle = lead + "x" * 24
        at = marks.find(needle)
        while at >= 0:
            start = end = at + len(lead)
            while end < len(marks) and end - start < 200 and marks[end] == "x":
                end += 1
            value = text[start:end]
            if any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value):
                return True
            at = marks.find(needle, at + 1)
    return False


def _has_run(text: str, runs: dict[int, str], n: int) -> bool:
    """Whether ``text`` holds ``n`` characters of the class in a row: one ``str.translate`` (a few µs for 16 KB,
    and no ``re`` import in a hook process, which costs 4 ms); letters outside ASCII are not of the class."""
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    return "x" * n in text.translate(runs)


def truncate(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}…[second-nature: truncated, {len(text)} chars in all]"


def clean_text(text: str, limit: int = MAX_FIELD_CHARS) -> str:
    """Redact then bound one string. Only a window a little past the limit is scanned, so a 10 MB
    output costs the same as a 20 KB one. The window ends at a token's end, so a secret straddling it is
    caught whole, and a token the cut at ``limit`` falls inside is left out whole, never kept in part."""
    if len(text) <= limit:
        return redact(text)
    end = limit + 512
    stop = min(len(text), limit + 4096)
    while end < stop and not text[end].isspace():
        end += 1
    head = redact(text[:end])
    cut = head[:limit]
    if len(head) > limit and not head[limit].isspace():
        keep = len(cut)
        while keep > 0 and not cut[keep - 1].isspace() and len(cut) - keep < 4096:
            keep -= 1
        if keep and cut[keep - 1].isspace():  # a run longer than that is a blob, not a token: cut as it is
            cut = cut[:keep]
    return f"{cut}…[second-nature: truncated, {len(text)} chars in all]"


MAX_EVENT_CHARS = 256_000  # characters scanned for one event, all its fields together
MAX_DICT_ITEMS = 500


class _Budget:
    """What is left of one event's scanning budget: however many fields a payload has, the hook scans at
    most ``MAX_EVENT_CHARS`` (a dict of 620 16-KB fields costs what 16 do); the rest is left out and counted."""

    def __init__(self, chars: int) -> None:
        self.left = chars


def _graphql_arguments(value: dict) -> dict[str, str]:
    """A GraphQL request's variables by the argument each fills (``login(user: $u, pass: $p)``: ``p`` is a
    ``pass``), so ``{"variables": {"p": …}}`` is judged as a password; string operations only."""
    query = value.get("query")
    if not isinstance(query, str) or not isinstance(value.get("variables"), dict) or "$" not in query:
        return {}
    names: dict[str, str] = {}
    at = query.find("$")
    while at >= 0:
        end = at + 1
        while end < len(query) and (query[end].isalnum() or query[end] == "_"):
            end += 1
        before = query[:at].rstrip()
        if before.endswith(":"):
            start = len(before) - 1
            while start and (before[start - 1].isalnum() or before[start - 1] == "_"):
                start -= 1
            if start < len(before) - 1:
                names[query[at + 1:end]] = before[start:-1]
        at = query.find("$", end)
    return names


def clean(value: object, limit: int = MAX_FIELD_CHARS, _depth: int = 0, _budget: _Budget | None = None,
          _key: str = "") -> object:
    """A JSON-safe, redacted, size-bounded copy of ``value`` (dicts, lists, strings, numbers...).

    A value is judged with its key: ``{"password": …}``, ``{"Authorization": "Bearer …"}``, a ``name``/``value``
    pair, a ``[header, value]`` pair. The whole value is bounded by ``MAX_EVENT_CHARS`` of scanning."""
    budget = _budget or _Budget(MAX_EVENT_CHARS)
    if isinstance(value, str):
        if _key and value and by_key(_key, value):
            return "[REDACTED:by_key]"
        if budget.left <= 0:
            return f"[second-nature: left out, {len(value)} chars past the event's {MAX_EVENT_CHARS}-char budget]"
        scanned = min(limit, max(budget.left, 1024))
        budget.left -= min(len(value), scanned)
        return clean_text(value, scanned)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"[second-nature: binary, {len(value)} bytes]"
    if _depth >= MAX_DEPTH:
        return clean(repr(value), limit, _depth, budget)
    if isinstance(value, dict):
        named = _pair_name(value)
        argued = _graphql_arguments(value)
        out: dict[str, object] = {}
        for n, (k, v) in enumerate(value.items()):
            if n >= MAX_DICT_ITEMS:
                out[f"[second-nature: {len(value) - MAX_DICT_ITEMS} more keys truncated]"] = None
                break
            key = str(k)
            secretish = len(key) >= 16 and any(ch.isdigit() for ch in key)  # a token used as a key; names are not
            if argued and key == "variables" and isinstance(v, dict):  # each variable judged by the argument it fills
                out[key] = {str(name): clean(item, limit, _depth + 2, budget, argued.get(str(name), str(name)))
                            for name, item in list(v.items())[:MAX_DICT_ITEMS]}
                continue
            out[clean_text(key, 200) if secretish else key] = clean(
                v, limit, _depth + 1, budget, named if named and key.lower().endswith("value") else key)
        return out
    if isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
        if len(items) == 2 and isinstance(items[0], str) and isinstance(items[1], str) and secret_name(items[0]):
            return [items[0], clean(items[1], limit, _depth + 1, budget, items[0])]  # a [header, value] pair
        out_items = [clean(v, limit, _depth + 1, budget) for v in items[:MAX_LIST_ITEMS]]
        if len(items) > MAX_LIST_ITEMS:
            out_items.append(f"[second-nature: {len(items) - MAX_LIST_ITEMS} more items truncated]")
        return out_items
    return clean(str(value), limit, _depth, budget)


def _pair_name(value: dict) -> str:
    """The name of a ``{"name": "DB_PASS", "value": "…"}`` pair (env lists, headers, k8s, HAR files,
    ``HeaderName``/``HeaderValue``, ``ParameterKey``/``ParameterValue``), or ''."""
    if len(value) > 6 or not any(isinstance(k, str) and k.lower().endswith("value") for k in value):
        return ""
    for k, v in value.items():
        low = k.lower() if isinstance(k, str) else ""
        if (low in ("name", "key", "header", "variable") or low.endswith(("name", "key"))) and isinstance(v, str):
            return v
    return ""


_AUTH_SCHEMES = ("bearer ", "basic ", "token ", "bot ", "digest ", "apikey ")


def by_key(key: str, value: str) -> bool:
    """Whether a value is secret because of its key (``password``, ``apiKey``, ``Authorization``, ``DB_PASS``)."""
    if len(key) > 64 or len(value) < 3:
        return False
    low = key.lower()
    header = low.endswith(("authorization", "cookie"))  # Authorization, Proxy-Authorization, Set-Cookie
    kind = "key" if header else secret_name(key)
    if not kind or _placeholder(value, key):
        return False
    if kind == "password":
        return True
    value = value.strip()
    if value.lower().startswith(_AUTH_SCHEMES):
        value = value.split(None, 1)[-1]
    return any(looks_random(piece) for piece in value.replace(";", " ").replace("=", " ").split()) or (
        header and len(value) >= 8) or _credential_value(key, value)


# Commands whose output is a credential: the output of such a call is redacted line by line.
_PRINTS_SECRET = (r"(?i)\b(?:(?:print|get|show|read|create|issue|generate|new|lookup|reveal|display|dump)[\w \t:.()-]{0,40}?"
                  r"(?:token|password|passwd|secret|credential|api[-_]?key|access[-_]?key)s?\b|"
                  r"(?:token|password|secret|credential)s?[\w \t:.-]{0,20}?\b(?:print|get|show|read|create|lookup|reveal)\b|"
                  r"heroku\s+auth:token|gh\s+auth\s+token|gcloud\s+auth\s+(?:application-default\s+)?print-"
                  r"(?:access|identity)-token|aws\s+ecr(?:-public)?\s+get-login-password|az\s+account\s+get-access-"
                  r"token|aws\s+sts\s+get-session-token|aws\s+configure\s+get\s+\S*(?:secret|token)|op\s+read|"
                  r"pass\s+show|security\s+find-(?:generic|internet)-password\b[^\n]*\s-w|vault\s+(?:kv\s+get|read)|"
                  r"kubectl\s+get\s+secrets?\b|doppler\s+secrets\s+get|npm\s+token\s+create|"
                  r"(?:jq|yq|gojq)\b[^\n]{0,60}?\.(?:\w+\.)*(?:password|passwd|pass|pw|secret|token|api_?key|credentials?)\b|"
                  r"(?:grep|rg)\b[^\n|]{0,60}?(?:password|passwd|_pass|_pw|secret|token|api_?key)[^\n|]{0,40}\|\s*(?:cut|awk)\b|"
                  r"cat\s+\S*(?:\.netrc|\.pgpass|credentials|\.env|id_rsa|id_ed25519|\.pem|\.key)\b)")


# Words one of those commands must hold: most tool calls are decided without ``re`` (4 ms of a hook process).
_PRINTS_HINTS = ("auth", "token", "Token", "password", "_pass", "_pw", "get-login", "op read", "pass show", "vault", "secret", ".netrc",
                 ".pgpass", "credentials", ".env", "id_rsa", "id_ed25519", ".pem", ".key")


def prints_secret(command: object) -> bool:
    """Whether a tool call's command is one whose output is a credential (``heroku auth:token`` ...)."""
    if isinstance(command, dict):
        command = command.get("command") or command.get("cmd") or ""
    if isinstance(command, (list, tuple)):
        command = " ".join(str(c) for c in command)
    if not isinstance(command, str) or len(command) < 6 or not any(h in command for h in _PRINTS_HINTS):
        return False
    rules = _rules or _load_rules()
    return rules.pattern("prints_secret", _PRINTS_SECRET).search(command) is not None


# Files whose name says they hold a secret: a secrets mount, key material, a file named for a password or a token
# ("db_password", "github-token.txt", "creds.json"): what is written to them or read from them, a line that is one
# token, is the secret. Told with string operations: a hook process asked about every file read need not import re.
_KEY_FILE_EXTENSIONS = (".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".ppk")
_KEY_FILES = frozenset(("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".pgpass", "pgpass", ".netrc", "netrc", ".git-credentials"))
_SECRET_STEMS = ("password", "passwd", "passphrase", "pass", "pw", "secret", "token", "credential", "credentials", "creds", "api_key",
                 "api-key", "apikey", "private_key", "private-key", "client_secret", "client-secret")
_PLAIN_EXTENSIONS = ("", ".txt", ".key", ".json", ".env", ".cfg", ".conf", ".ini", ".yaml", ".yml")
_FILE_KEYS = ("file_path", "path", "filePath", "notebook_path", "filename")


def secret_file(tool_input: object) -> bool:
    """Whether a tool call reads or writes a file whose name says it holds a secret (see above)."""
    if not isinstance(tool_input, dict):
        return False
    path = next((tool_input[k] for k in _FILE_KEYS if isinstance(tool_input.get(k), str)), "").replace("\\", "/")
    if "/run/secrets/" in path:
        return True
    name = path.rsplit("/", 1)[-1].lower()
    stem, dot, extension = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
    extension = dot + extension
    if name in _KEY_FILES or extension in _KEY_FILE_EXTENSIONS:
        return True
    if extension not in _PLAIN_EXTENSIONS:
        return False
    stem = stem.removesuffix("s") if not stem.endswith(("ss", "creds", "credentials")) else stem
    return any(stem == word or stem.endswith(("_" + word, "-" + word, "." + word)) for word in _SECRET_STEMS)


def redact_secret_output(value: object) -> object:
    """The output of a command that prints a credential: every line that is one token is the secret."""
    if isinstance(value, str):
        return "\n".join("[REDACTED:secret_output]" if len(line.strip()) >= 8 and " " not in line.strip() else line
                         for line in value.split("\n"))
    if isinstance(value, dict):
        return {k: redact_secret_output(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_secret_output(v) for v in value]
    return value


_safe_ids: dict[str, str] = {}  # an id is judged once per process (every event of a session carries it)


def safe_id(text: str) -> str:
    """An id with no secret in it: one that holds one (a token pasted as a thread id) becomes
    ``redacted-<hash>``, the same for every event of the session, before it names a file or is written."""
    if len(text) < _MIN_SECRET_CHARS:
        return text
    found = _safe_ids.get(text)
    if found is None:
        from secondnature.hooks.core.schema import sha1_hex

        found = text if redact(text) == text else "redacted-" + sha1_hex(text)[:16]
        if len(_safe_ids) > 10_000:  # a long-lived writer sees sessions without end
            _safe_ids.clear()
        _safe_ids[text] = found
    return found
