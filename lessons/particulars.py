"""A lesson states a rule, never one conversation's particulars: e-mail addresses, phone numbers, people's
names given to a tool, street addresses, payment-method ids, order and reservation codes, amounts and dates
are replaced by what they are (``<email>``, ``<amount>``...). Applied at the night's lesson validation, so
every path (miner, model, import of traces) is covered; a lesson left with nothing but placeholders where its
point was is refused by the caller.
"""

from __future__ import annotations

import re

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
           r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# (what it is, pattern); order matters: e-mails before the words around them, call arguments first.
_KINDS = [
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("payment method id", re.compile(r"\b(?:credit_card|gift_card|paypal|certificate|debit_card|bank_account|card|"
                                     r"pm|card_token)_[A-Za-z0-9]{4,}\b")),
    ("street address", re.compile(r"\b\d{1,6}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|"
                                  r"Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Square|Sq|Terrace|Parkway)\b\.?")),
    ("amount", re.compile(r"(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|USD|EUR|euros?|GBP)\b)")),
    ("phone number", re.compile(r"(?<![\w.$€£-])(?=(?:\D{0,3}\d){8})\+?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{2,4}\)?){2,5}"
                                r"(?![\w.-])")),
    ("date", re.compile(rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b{_MONTHS}\.?\s+\d{{1,2}}"
                        rf"(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b")),
    ("order or reservation code", re.compile(
        r"#[A-Z]?\d{5,}\b|\b(?!(?:SHA|UTF|MD|X|BASE|HTTP|IPV|OAUTH|ES|PY|AES|RSA|TLS|SSL|H|P|GPT|CP|ISO|RFC|UTC|"
        r"GMT|ARM|X86|AMD|WIN)\d)(?=[A-Z0-9]{6,8}\b)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,8}\b")),
]
# A literal value given to a tool in a quoted call: ``find_user_id_by_name_zip(first_name="Yusuf", zip="19122")``.
_CALL_ARG = re.compile(r"(\b[a-z_][\w]*\s*=\s*)(\"[^\"`]*\"|'[^'`]*'|\d[\w.-]*)")
_CODE = re.compile(r"`[^`\n]+`")


def generalise(text: str) -> tuple[str, list[str]]:
    """``text`` with each particular replaced by what it is, and the kinds that were replaced."""
    found: list[str] = []

    def calls(m: re.Match[str]) -> str:
        span = m.group(0)
        if "(" not in span:
            return span
        new = _CALL_ARG.sub(lambda a: f"{a.group(1)}<{a.group(1).split('=')[0].strip()}>", span)
        if new != span:
            found.append("value given to a tool")
        return new

    text = _CODE.sub(calls, text)
    for kind, pattern in _KINDS:
        text, n = pattern.subn(f"<{kind}>", text)
        if n:
            found.append(kind)
    return text, list(dict.fromkeys(found))


def only_particulars(before: str, after: str) -> bool:
    """Whether generalising took the point: the words that are left say nothing (a lesson that was an address)."""
    left = re.sub(r"<[a-z ]+>", "", after)
    words = re.findall(r"[A-Za-z]{3,}", left)
    return len(words) < 4 and len(re.findall(r"[A-Za-z]{3,}", before)) >= 4
