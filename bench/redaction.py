"""What redaction costs on the hot path: median time to redact typical tool outputs, a text full of
secrets, and adversarial inputs built to make regexes backtrack (each must stay linear).

Usage: python bench/redaction.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from secondnature.hooks.core.redact import clean_text, redact  # noqa: E402

from secret_corpus import corpus  # noqa: E402


def median_us(text: str, runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        redact(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def main() -> None:
    redact("warm up: load and compile the rules " * 3)
    typical = json.dumps({"stdout": "\n".join(f"src/module_{i}.py:{i}: def handler_{i}(request, ctx): return ok"
                                              for i in range(30)), "stderr": ""})
    cases = {
        "2 KB tool output": typical,
        "15 KB test log": "".join(f"PASSED tests/test_x.py::test_case_{i}\n" for i in range(400)),
        "16 KB of prose": ("The deploy script reads the config, builds the image and pushes it. " * 240)[:16000],
        f"{len(corpus())} secrets in context": "\n".join(text for _, text, _ in corpus()),
        "adversarial: '\"KEY\"' x 3,200": '"KEY"' * 3200,
        "adversarial: 'mysql -u x ' x 1,500": "mysql -u x " * 1500,
        "adversarial: 'curl -u ' x 2,000": "curl -u " * 2000,
        "adversarial: base64 run, 16 KB": "Ab1+" * 4000,
        "adversarial: 'name: <random>' x 400": ("name: " + "Ab1" * 10 + " ") * 400,
        "adversarial: '密码' x 8,000": "密码" * 8000,
        "adversarial: 'password ' x 1,800": "password " * 1800,
        "adversarial: 'X_PASS=a ' x 1,800": "X_PASS=a " * 1800,
        "adversarial: '\"password\", ' x 1,300": '"password", ' * 1300,
        "adversarial: 'a@b.cc:' x 2,300": "a@b.cc:" * 2300,
        "adversarial: 'cookie: a=' x 1,600": "cookie: a=" * 1600,
    }
    print(f"{'input':<40} {'chars':>7} {'median':>10}")
    for name, text in cases.items():
        text = clean_text(text) if len(text) > 20000 else text
        print(f"{name:<40} {len(text):>7} {median_us(text):>8.0f} µs")


if __name__ == "__main__":
    main()
