"""JSON for the hook process, from the C accelerator ``_json`` without importing the ``json`` package.

``import json`` pulls in ``re`` and ``enum`` and costs more than the interpreter's own start-up
(6 ms against 5 ms for ``python -S -c pass`` on a 2-core machine), on every tool call. ``_json`` holds
the same C scanner and encoder that ``json`` uses, so the output is byte for byte what
``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))`` writes. Where ``_json`` is missing (an
interpreter built without it) this falls back to ``json``.
"""

from __future__ import annotations

try:
    import _json
except ImportError:  # pragma: no cover - CPython always has it
    _json = None  # type: ignore[assignment]

_WHITESPACE = " \t\n\r"


class _Context:
    """What the C scanner reads from a ``json.JSONDecoder``."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.__getitem__
    memo: dict = {}


def _unserializable(obj: object) -> object:
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


if _json is not None:
    _scan = _json.make_scanner(_Context())

    def loads(text: str | bytes) -> object:
        """``json.loads``: raises ``ValueError`` on anything that is not exactly one JSON value."""
        if isinstance(text, (bytes, bytearray)):
            text = text.decode("utf-8")
        start = len(text) - len(text.lstrip(_WHITESPACE))
        try:
            value, end = _scan(text, start)
        except StopIteration as e:
            raise ValueError(f"Expecting value: char {e.value}") from None
        except Exception:  # noqa: BLE001 - malformed: the C scanner's own error needs json.decoder loaded
            import json  # the rare path pays for it, and says exactly what is wrong

            return json.loads(text)
        finally:
            _Context.memo.clear()
        if text[end:].strip(_WHITESPACE):
            raise ValueError(f"Extra data: char {end}")
        return value

    def dumps(obj: object) -> str:
        """``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``."""
        encode = _json.make_encoder({}, _unserializable, _json.encode_basestring, None, ":", ",", False, False, True)
        return "".join(encode(obj, 0))  # a fresh encoder: its circular-reference markers start empty

else:  # pragma: no cover
    import json

    def loads(text: str | bytes) -> object:
        return json.loads(text)

    def dumps(obj: object) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
