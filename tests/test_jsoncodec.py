"""The hook process's JSON (the C accelerator, without the ``json`` package) writes and reads what
``json`` does, and refuses what it refuses with the same errors, in a bare ``-I -S`` interpreter too."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from secondnature.hooks.core import jsoncodec

from conftest import ROOT

VALUES = [{"a": [1, 2.5, None, True, False, "é\u2028\x00\"\\ \U0001f600"], "b": {"c": -1e300, "d": ""}},
          [], {}, "x", 3, -0.0, {"1": {"deep": [{"k": "v" * 1000}]}}, [float("inf"), float("nan")]]
MALFORMED = ["", "  ", "{", '{"a": 1, broken', "[1,]", "nul", "{'a': 1}", '{"a": 1} x', '"unterminated']


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_round_trips_exactly_as_json(value):
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert jsoncodec.dumps(value) == text
    assert repr(jsoncodec.loads(f" \n{text}\r\n")) == repr(json.loads(text))
    assert repr(jsoncodec.loads(text.encode())) == repr(json.loads(text))


def test_malformed_input_and_unserializable_values_raise_like_json():
    for text in MALFORMED:
        with pytest.raises(ValueError):
            jsoncodec.loads(text)
    with pytest.raises(TypeError, match="not JSON serializable"):
        jsoncodec.dumps({"a": object()})
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular"):
        jsoncodec.dumps(loop)
    assert jsoncodec.dumps([1]) == "[1]"  # a failed call leaves nothing behind


def test_a_bare_interpreter_reads_and_refuses_without_importing_json():
    script = ("import sys; sys.path.insert(0, sys.argv[1]); import jsoncodec\n"
              "assert jsoncodec.loads('{\"a\": [1]}') == {'a': [1]} and 'json' not in sys.modules\n"
              "for bad in sys.argv[2:]:\n"
              "    try: jsoncodec.loads(bad)\n"
              "    except ValueError: pass\n"
              "    else: raise SystemExit(bad)\n")
    done = subprocess.run([sys.executable, "-I", "-S", "-c", script, str(ROOT / "hooks" / "core"), *MALFORMED],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
