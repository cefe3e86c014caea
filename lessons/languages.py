"""Whether a text is written in a script the safety rules read.

The rules in ``safety`` and ``sensitive`` are written in words, and they read the languages their words were
written in: English and some forty others, in Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Bengali,
Thai, Hangul, kana and Han letters. A lesson in any other script passes them unread, whatever it says (Tamil,
Georgian, Armenian and Amharic lessons were all active when first tried). What cannot be read cannot be judged,
so such a lesson goes to a person (``safety.check`` says why) instead of being injected.

Letters are exact evidence: no text in a language the rules read is mostly Georgian letters. Languages the rules
do not read but that are written in Latin or Cyrillic letters (Icelandic, Welsh, Basque, Kazakh…) cannot be told
from the ones they read by their letters; telling them by their small words was tried and dropped: it caught a
third of a sample of them and flagged harmless Latvian, Azerbaijani, Swahili and Vietnamese lessons.
"""

from __future__ import annotations

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
