"""Secrets known by their shape alone, wherever they stand: the net under the rules that read context.

The rules in ``redact`` know a secret by what is around it (a name, a flag, a sentence that introduces it),
and each new way of saying it slipped past them. Two shapes need no context: a random token (upper case,
lower case and digits mixed as words and identifiers never are) and a password as password rules make them
(letters, a digit and a symbol in one word). Both are rare in ordinary text; the few look-alikes that are
common (ids with a known prefix, paths, versions, ``pkg@v2``, ``python3.11+``) are named below.
Standard library only, no ``re``: it runs on every captured string in the hook process.
"""

from __future__ import annotations

# Characters a word is cut at before it is judged: quotes, brackets, separators (``"key": "…"``, ``(sid, "…")``).
_CUTS = str.maketrans({c: " " for c in "\"'`,;:()[]{}<>|\\“”‘’«»"})
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/=")
_PASSWORD_SYMBOLS = frozenset("!#$%&*?@^~+")
_PASSWORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.") | _PASSWORD_SYMBOLS
# Ids that look random and are not secret: API request, message, tool-call and object ids.
_ID_PREFIXES = ("toolu_", "srvtoolu_", "msg_", "req_", "call_", "chatcmpl-", "resp_", "run_", "thread_", "file_",
                "asst_", "evt_", "step_", "batch_", "item_", "fc_", "rs_", "ws_", "cus_", "prod_", "price_", "in_",
                "ch_", "pi_", "pm_", "sub_", "txn_", "obj_", "span_", "trace_")
_DIGITS = frozenset("0123456789")
_RANDOM_MIN = 20
_PASSWORD_MIN = 8


def _classes_mixed(token: str) -> float:
    """How often a character's class (upper, lower, digit) differs from the one before it: about 0.6 in a
    random token, under 0.3 in camelCase, snake_case or a version."""
    def kind(ch: str) -> int:
        return 0 if ch.isdigit() else 1 if ch.isupper() else 2 if ch.islower() else 3

    kinds = [kind(ch) for ch in token]
    return sum(a != b for a, b in zip(kinds, kinds[1:], strict=False)) / (len(token) - 1)


def random_token(token: str) -> bool:
    """Upper case, lower case and digits mixed at random over 20+ token characters (``/``, ``+`` and ``=``
    padding as base64 has them), not a path, an assignment or an id with a known prefix."""
    if len(token) < _RANDOM_MIN or len(token) > 400 or not _TOKEN_CHARS.issuperset(token):
        return False
    if token[0] in "_-/=." or "=" in token.rstrip("=") or _an_id(token):
        return False
    if "/" in token and any(part.islower() or not part for part in token.rstrip("=").split("/")):
        return False  # a path: lib/spotter_web/live, a/b
    longest = max(token.replace("_", "-").split("-"), key=len)  # the body, not a suffix: 9ccedcc15c6239c2-FRA
    if not (any(c.isupper() for c in longest) and any(c.islower() for c in longest)
            and any(c.isdigit() for c in longest)):
        return False
    return _classes_mixed(token) >= 0.4


def passphrase(token: str) -> bool:
    """Words and a number joined by one kind of separator, as password managers make them, the words in
    mixed case (``Sierra.ember.Lantern.57``, ``gato-Castle-94``): slugs, versions and hosts are lower case
    throughout, headers and cmdlets capitalise every word and hold no number."""
    sep = "-" if "-" in token else "."
    if sep == "-" and "." in token:
        return False
    parts = token.split(sep)
    words = [p for p in parts if p.isalpha()]
    numbers = [p for p in parts if p.isdigit()]
    return (len(parts) >= 3 and len(words) >= 2 and len(words) + len(numbers) == len(parts) and len(numbers) == 1
            and all(len(w) >= 4 for w in words) and any(w.islower() for w in words)
            and any(w[0].isupper() and w[1:].islower() for w in words) and token.isascii())


def upper_token(token: str) -> bool:
    """A base32 seed or key in capitals and digits (``T2Q43XRZBIPQZKQX``, TOTP and license keys): 16+
    characters with digits in two places or more, which constants (``HTTP2SERVER``) and order numbers
    (``ORD2024120300001``, one run of digits) are not; upper-case hex is a digest's."""
    if not 16 <= len(token) <= 128 or not token.isascii() or not token.isalnum() or not token.isupper():
        return False
    if all(c in "0123456789ABCDEF" for c in token):
        return False
    runs = sum(1 for a, b in zip(" " + token, token, strict=False) if b.isdigit() and not a.isdigit())
    return runs >= 2 and sum(c.isalpha() for c in token) >= 8


def _an_id(token: str) -> bool:
    """An id made of lowercase words and a random tail: ``toolu_01…``, ``agent_msg_01…``, ``chatcmpl-…``."""
    low = token.lower()
    if low.startswith(_ID_PREFIXES):
        return True
    words = token.split("_")
    return len(words) > 2 and all(w.islower() and w.isalpha() for w in words[:-1]) and any(
        low.startswith(p, sum(len(w) + 1 for w in words[:n])) for n in range(1, len(words) - 1) for p in _ID_PREFIXES)


def password_like(token: str) -> bool:
    """A word with letters, a digit and a symbol (``Drache8319+``, ``P@ssw0rd``, ``winter4833#``), not an
    e-mail address, ``name@v2``, a version with ``+`` (``python3.11+``, ``libstdc++6``) or a markup word."""
    if "&#" in token and (code := _character_reference(token.rsplit("&#", 1)[1])):
        # HTML's character reference, its ';' cut off, judged as the character: caf&#233; is café, Autumn29&#33; Autumn29!
        return code < 0x110000 and password_like(token.rsplit("&#", 1)[0] + chr(code))
    if not _PASSWORD_MIN <= len(token) <= 40 or token[0] in "-._" or not _PASSWORD_CHARS.issuperset(token):
        return False
    if token[0] in _PASSWORD_SYMBOLS and (len(token) < 10 or "." in token
                                             or _classes_mixed(token) < 0.5 or _url_escaped(token)):
        return False  # a leading symbol is markup or code ($HOME2x, #section-12, &1.pane_id) unless all is mixed
    symbols = [c for c in token if c in _PASSWORD_SYMBOLS]
    if not symbols or "++" in token or "**" in token:
        return False
    if symbols == ["+"] and token[-1] == "+":
        return False  # a version and above: python3.11+, React18+
    if sum(c.isalpha() for c in token) < 3 or not any(c.isdigit() for c in token):
        return False
    if symbols == [token[-1]] and token[-1] in "?!" and any(c in token for c in "_.-") and token == token.lower():
        return False  # an identifier at the end of a question: "… to gift_card_2582853?"
    if "@" in token:
        host = token.split("@", 1)[1]
        name = token.split("@", 1)[0]
        if "." in host or host.isdigit() or len(name) >= 2 and host.isalnum() and host.islower():
            return False  # an address or a reference: user@example.com, 4f0b3fee3b2af3fb@v2, alpine@sha256, pkg@4
    if token.count(".") >= 2 or any(f".{c}" in token or f"{c}." in token for c in symbols):
        return False  # a version, a host or code: 1.2.3a+b, node.example.co#1, fn2.@apply
    return True


def _character_reference(tail: str) -> int:
    """The code point of an HTML character reference from what follows its ``&#`` (decimal, or x and hex), else 0."""
    if tail[:1] in "xX":
        return int(tail[1:], 16) if 1 < len(tail) <= 7 and all(c in "0123456789abcdefABCDEF" for c in tail[1:]) else 0
    return int(tail) if tail.isdigit() and len(tail) <= 7 else 0


def whole_word(piece: str) -> str:
    """A whitespace-delimited piece without its quotes and separators, and without a bracket it does not open
    or close itself: "(15-inch, i7/8GB/1TB)." ends a parenthesis, it is not part of a password."""
    word = piece.strip("\"'`,;")
    for opener, closer in ("()", "[]", "{}", "<>"):
        while word.endswith((closer, closer + ".")) and word.count(opener) < word.count(closer):
            word = word[:word.rindex(closer)]
        while word.startswith(opener) and word.count(opener) > word.count(closer):
            word = word[1:]
    return word


def _mixed_case(piece: str) -> bool:
    return piece.lower() != piece and piece.upper() != piece


def _url_escaped(token: str) -> bool:
    at = token.find("%")
    return at >= 0 and all(c in "0123456789ABCDEFabcdef" for c in token[at + 1:at + 3]) and len(token) > at + 2


_CODE_MARKS = ("://", "\\", "a-z", "A-Z", "0-9", "{1", "{2", "{3", "{4", "{8", "(?", "=>", "->", "::", "&&", "||",
               "==", "!=", "<=", ">=", "${", "%(", "%s", "%d")


def printable_password(token: str) -> bool:
    """A password from a generator's whole printable set (``8)!W*L%j[FXy^6~?``, ``u5djx/FDA9]B0Tn%``), which
    the other shapes, cut at brackets and quotes, never see whole: capitals, small letters, digits and two
    symbols or more, mixed at random over 10 to 64 characters, and no mark of code (a call or an attribute
    after a word, an operator, a regex class, a URL, a format)."""
    if not 10 <= len(token) <= 64 or not token.isascii() or not token.isprintable() or " " in token:
        return False
    if not (any(c.isupper() for c in token) and any(c.islower() for c in token) and any(c.isdigit() for c in token)):
        return False
    symbols = [c for c in token if not c.isalnum()]
    if len(symbols) < 2 or all(c in "-_./" for c in symbols) or "\"" in token or "'" in token:
        return False  # a path or a name (01-ai/Yi-34B), or quoted structure (JSON glued without spaces)
    if any(mark in token for mark in _CODE_MARKS):
        return False
    for i, c in enumerate(token):
        n = 3 if c == "." else 2
        if c in "(.=[" and i >= n and token[i - n:i].isalpha() and token[i - n:i].islower():
            return False  # code or a query: map(, arr.length, sv=, items[
    return _classes_mixed(token) >= 0.6


def random_letters(token: str) -> bool:
    """Capitals and small letters mixed at random with no digit (``yvOmxAivpUYu``, ``cWgaUAtyUrwR``), as some
    generators make passwords: 12 to 64 letters, three of each case, the case changing at almost every other
    letter, which words in CamelCase (``XMLHttpRequest``, ``getElementById``) never do."""
    if not 12 <= len(token) <= 64 or not token.isascii() or not token.isalpha():
        return False
    if sum(c.isupper() for c in token) < 3 or sum(c.islower() for c in token) < 3:
        return False
    changes = sum(a.isupper() != b.isupper() for a, b in zip(token, token[1:], strict=False))
    return changes / (len(token) - 1) >= 0.45 and not _identifier_words(token)


def case_pieces(token: str) -> list[str]:
    """``token`` cut where its case says a new word starts: at a capital after a small letter, and at the last
    capital of an acronym that a capitalised word follows (``getElementById``, ``HTMLInputElement``)."""
    pieces, start = [], 0
    for i in range(1, len(token)):
        if token[i].isupper() and (token[i - 1].islower() or i + 1 < len(token) and token[i + 1].islower()):
            pieces.append(token[start:i])
            start = i
    pieces.append(token[start:])
    return pieces


def _identifier_words(token: str) -> bool:
    """Whether ``token`` splits at its case changes into words (``getElementById``, ``HTMLInputElement``,
    ``isNaN``): every piece two letters or more, and nearly every piece with a vowel."""
    pieces = case_pieces(token)
    if any(len(p) < 2 for p in pieces[1:]) or len(pieces[0]) < 2 and not pieces[0].islower():
        return False
    voweled = sum(any(c in "aeiouyAEIOUY" for c in p) or p.isupper() for p in pieces)
    return voweled >= 0.75 * len(pieces)


def generated_key(token: str) -> bool:
    """A key in a UUID's shape whose letters go past ``f`` (``api-5gykyl1b-wgrq-41lc-z6q1-h7zn5fdlcybw``), with a
    short prefix or none: a UUID is hex, so this one was generated as a secret, not as an id."""
    groups = token.split("-")
    if len(groups) == 6 and groups[0].isalpha() and 2 <= len(groups[0]) <= 8:
        groups = groups[1:]
    return ([len(g) for g in groups] == [8, 4, 4, 4, 12] and all(g.isascii() and g.isalnum() and g.islower() or g.isdigit()
                                                                for g in groups)
            and any("g" <= c <= "z" for g in groups for c in g) and sum(c.isdigit() for g in groups for c in g) >= 4)


def secret_shaped(token: str) -> bool:
    return (random_token(token) or password_like(token) or upper_token(token) or passphrase(token) or random_letters(token)
            or generated_key(token))


# Names whose values look random and are public: a wallet's address, a public key, a key's fingerprint.
PUBLIC_NAMES = ("address", "addr", "pubkey", "public_key", "publickey", "public key", "fingerprint", "public")


def _named_public(view: str, start: int) -> bool:
    """Whether the word at ``start`` is the value of a name that says it is public (``wallet_address: 7xKX…``)."""
    before = view[max(0, start - 40):start].rstrip(" \t\"'`:=").lower()
    return before.endswith(PUBLIC_NAMES)


_REMOTE_COMMANDS = frozenset(("ssh", "scp", "sftp", "rsync", "mosh", "autossh", "ssh-copy-id", "sshfs"))
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_USER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


def _remote_target(word: str, before: str) -> bool:
    """``builder@ci-runner-01`` (or ``…:/path``) after ``ssh``, ``scp`` or ``rsync``: where the command goes, not a
    password (a password there has a capital or a symbol in its first part: ``Tiger@Home-2024``)."""
    user, _, host = word.partition(":")[0].partition("@")
    return (bool(user) and _USER_CHARS.issuperset(user) and bool(host) and _HOST_CHARS.issuperset(host)
            and any(w.rsplit("/", 1)[-1] in _REMOTE_COMMANDS for w in before.split()[-6:]))


def shaped_spans(view: str) -> list[tuple[int, int]]:
    """Where in ``view`` stand words shaped like secrets, in order. Words shorter than a password are
    skipped before anything else is done with them, so ordinary text costs one ``split``."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for piece in view.split():
        if len(piece) < _PASSWORD_MIN or _DIGITS.isdisjoint(piece) and not (len(piece) >= 12 and _mixed_case(piece)):
            continue  # every shape holds a digit but random letters, which mix cases
        at = view.find(piece, offset)
        offset = at + len(piece)
        if not piece.isascii():
            piece = "".join(c if c.isascii() else " " for c in piece)
        whole = whole_word(piece)
        if "@" in whole and _remote_target(whole, view[max(0, at - 120):at]):
            continue
        if printable_password(whole):
            begin = at + piece.index(whole)
            spans.append((begin, begin + len(whole)))
            continue
        inner = piece.translate(_CUTS)
        pos = 0
        for word in inner.split():
            pos = inner.find(word, pos)
            core = word.rstrip(".")
            if len(core) >= _PASSWORD_MIN and (not _DIGITS.isdisjoint(core) or len(core) >= 12) and secret_shaped(core) and not (
                    _named_public(view, at + pos)):
                spans.append((at + pos, at + pos + len(core)))
            pos += len(word)
    return spans
