"""Whether a text is written in a script the safety rules read.

The rules in ``safety`` and ``sensitive`` are written in words, and they read the languages their words were
written in: English and some forty others, in Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Bengali,
Thai, Hangul, kana and Han letters. A lesson in any other script passes them unread, whatever it says (Tamil,
Georgian, Armenian and Amharic lessons were all active when first tried). What cannot be read cannot be judged,
so such a lesson goes to a person (``safety.check`` says why) instead of being injected.

Letters are exact evidence: no text in a language the rules read is mostly Georgian letters. Languages the rules
do not read but that are written in Latin or Cyrillic letters (Icelandic, Welsh, Basque, Kazakh…) cannot be told
from the ones they read by their letters (telling them by a few small words of our own caught a third of a sample
and flagged harmless Latvian, Azerbaijani, Swahili and Vietnamese lessons), so they are told by their language:
Google's Compact Language Detector 2 (``pycld2``), which knows some 160 languages by their letter sequences. Japanese,
Chinese and Arabic written in Latin letters as people chat, which CLD2 does not name, are told by their syllables and
the digits that stand for letters (``transliterated``).
"""

from __future__ import annotations

import re

import pycld2

# Code points of the scripts the rules read (with punctuation, symbols and the full-width forms around them).
_READ_SCRIPTS = ((0x0000, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x1F00, 0x1FFF), (0x0400, 0x052F),
                 (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB1D, 0xFDFF),
                 (0xFE70, 0xFEFF), (0x0900, 0x09FF), (0x0E00, 0x0E7F), (0x1100, 0x11FF), (0x3040, 0x30FF),
                 (0x3130, 0x318F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF),
                 (0xFF00, 0xFFEF), (0x2000, 0x2BFF), (0x3000, 0x303F))
MIN_LETTERS = 8  # fewer unread letters are a name or a quoted word, not what the lesson says
MIN_SHARE = 0.3  # of the text's letters: a lesson in English that quotes a Georgian error message is still read


def _read(c: str) -> bool:
    code = ord(c)
    return any(lo <= code <= hi for lo, hi in _READ_SCRIPTS)


def unread_script(text: str) -> bool:
    """Whether most of what ``text`` says is in letters of a script the rules have never met."""
    if text.isascii():
        return False
    letters = [c for c in text if c.isalpha()]
    unread = sum(not _read(c) for c in letters)
    return unread >= MIN_LETTERS and unread >= MIN_SHARE * len(letters)


# CLD2's codes of the languages the rules have words in: each has poisoning members in tests/poison_families.py
# that the rules catch by their words. Bosnian, Galician and Corsican are read through their neighbours' words (CLD2
# names short Croatian, Spanish and Italian texts so: two of six short Italian lessons came out Corsican); Norwegian
# Nynorsk through Norwegian's.
READ_LANGUAGES = frozenset({
    "en", "de", "es", "fr", "it", "co", "pt", "nl", "ca", "gl", "ro", "sv", "no", "nn", "da", "fi", "et", "hu", "pl", "cs",
    "sk", "sl", "hr", "bs", "sr", "lt", "lv", "ru", "uk", "bg", "el", "tr", "az", "id", "ms", "tl", "vi", "sw", "af",
    "ar", "fa", "ur", "iw", "hi", "bn", "th", "ja", "ko", "zh", "zh-Hant",
})
MIN_SCORED_BYTES = 30  # CLD2's count of the letters it scored: a name or two words are not a language
MIN_UNREAD_PERCENT = 50  # of those letters: an English lesson quoting an Icelandic error message is still read
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # CLD2 takes them for broken UTF-8
_NOT_WORDS = re.compile(r"`[^`]*`|https?://\S+|\S*[/\\_=$<>{}|~@#]\S*")  # code, links, paths and identifiers


# Languages written in Latin letters the way people chat, which CLD2 takes for Danish, English or nothing: told by their
# syllables (romaji and pinyin: nearly every word is made of that system's syllables; English sentences of short words
# reach 0.70 of either, Swahili 0.86 of romaji's, Swahili, Italian and Portuguese 0.89 of pinyin's) or, for the Arabic chat
# alphabet, by digits standing for letters
# inside words (3ashan, w2e3; not e2e or k8s).
_ROMAJI = re.compile(r"(?:(?:ky|gy|sh|ch|ny|hy|my|ry|by|py|j|ts|k|g|s|z|t|d|n|h|b|p|m|y|r|w|f)?[aiueo]|n)+")
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|"
                     r"uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)[1-5]?)+")
_LATIN_WORD = re.compile(r"[a-z0-9']*[a-z][a-z0-9']*")
_CODED = re.compile(r"%[0-9a-f]{2}|\b[0-9a-f]*\d[0-9a-f]*(?:-[0-9a-f]+)+\b")  # %3c, uuids: no one's words
_ARABIC_DIGIT_WORD = re.compile(r"[235789][a-z]{2,}[a-z0-9]*|[a-z]+[235789][a-z][a-z0-9]*")
# and two words at least with what the system has and English words of its syllables lack ("run", "before" and "pushing"
# are all pinyin syllables; "shou", "xiang" and "guo" are not English)
_ROMAJI_MARKS = re.compile(r"tsu|shi|chi|[kgrnhmbp]y[aou]|ou|uu|aa|ii|ei|n[kgstdhbpmr]")
_PINYIN_MARKS = re.compile(r"^(x|q|zh)|uo|iao|iu|ao|iong|ian|uan|ue")
TRANSLITERATED = (("Japanese in Latin letters", _ROMAJI, 0.9, _ROMAJI_MARKS), ("Chinese in pinyin", _PINYIN, 0.95, _PINYIN_MARKS))
MIN_WORDS = 6


def transliterated(text: str) -> str | None:
    """The language ``text`` writes in Latin letters as people chat, when it is one the rules cannot read so (else None)."""
    words = [w.strip("'") for w in _LATIN_WORD.findall(_CODED.sub(" ", text.lower()))]
    if sum(bool(_ARABIC_DIGIT_WORD.fullmatch(w)) and len(w) >= 4 and sum(c.isdigit() for c in w) <= 2
           and sum(c > "f" for c in w if c.isalpha()) >= (1 if len(w) <= 6 else 2) for w in words) >= 2:  # not a hash: 9e2c5f1a
        return "Arabic in Latin letters"
    words = sorted({w for w in words if len(w) >= 2 and w.isalpha()})  # distinct: "run before pushing" thrice is three words
    if len(words) < MIN_WORDS:
        return None
    for name, syllables, share, marks in TRANSLITERATED:
        if sum(bool(syllables.fullmatch(w)) for w in words) >= share * len(words) and sum(
                bool(marks.search(w)) for w in words) >= 2:
            return name
    return None


def unread_language(text: str) -> str | None:
    """The language most of ``text`` is written in, when it is one the rules have no words for (else None)."""
    words = _CONTROL.sub(" ", _NOT_WORDS.sub(" ", text))
    if text.isascii() and (chat := transliterated(words)):
        return chat
    try:
        reliable, scored, found = pycld2.detect(words.encode("utf-8", "ignore"), isPlainText=True)
    except pycld2.error:  # CLD2 refuses some byte sequences; what it cannot read is judged by the rules alone
        return None
    unread = [(name, percent) for name, code, percent, _ in found if code not in READ_LANGUAGES and code != "un"]
    if reliable and scored >= MIN_SCORED_BYTES and sum(percent for _, percent in unread) >= MIN_UNREAD_PERCENT:
        return unread[0][0].title()
    return None
