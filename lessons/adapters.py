"""Adapters: each distillation run's LoRA adapter, versioned in the data dir with its metrics and the
lessons (ids and versions) it absorbed. Per scope, a stack of adapters put in use: ``use`` pushes,
``rollback`` pops back to the previous one (or to none). Memory the day reads (the middleware leaves out
the lessons an agent's adapter absorbed), so it lives here, not with the night that trains them."""

from __future__ import annotations

import json
import os
import shutil
from typing import Any

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import Home, ensure_private_dir, write_private
from secondnature.hooks.core.state import read_state


class AdapterError(SecondNatureError, LookupError):
    pass


def adapters_dir(home: Home) -> str:
    return home.path("adapters")


def adapter_dir(home: Home, adapter_id: str) -> str:
    return os.path.join(adapters_dir(home), adapter_id)


def _registry_path(home: Home) -> str:
    return os.path.join(adapters_dir(home), "in_use.json")


def _registry(home: Home) -> dict[str, list[str]]:
    registry = read_state(_registry_path(home))  # a damaged registry is set aside and said, not silently reset
    return registry if isinstance(registry, dict) else {}


def _save_registry(home: Home, registry: dict[str, list[str]]) -> None:
    write_private(_registry_path(home), json.dumps(registry, indent=2).encode())


def save_meta(home: Home, adapter_id: str, meta: dict[str, Any]) -> None:
    ensure_private_dir(adapter_dir(home, adapter_id), home.data)
    write_private(os.path.join(adapter_dir(home, adapter_id), "second_nature.json"), json.dumps(meta, indent=2).encode())


def drop_weights(home: Home, adapter_id: str) -> None:
    """Delete an adapter's weights, keeping ``second_nature.json`` (its metrics and the gate's reason)."""
    folder = adapter_dir(home, adapter_id)
    for name in os.listdir(folder):
        if name != "second_nature.json":
            path = os.path.join(folder, name)
            shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)


def all_adapters(home: Home) -> list[dict[str, Any]]:
    try:
        names = os.listdir(adapters_dir(home))
    except FileNotFoundError:
        return []
    out = []
    for name in names:
        path = os.path.join(adapters_dir(home), name, "second_nature.json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                out.append(json.load(f))
    in_use = {ids[-1] for ids in _registry(home).values() if ids}
    for meta in out:
        meta["in_use"] = meta["id"] in in_use
    return sorted(out, key=lambda m: m["created"])


def get(home: Home, prefix: str) -> dict[str, Any]:
    matches = [m for m in all_adapters(home) if m["id"].startswith(prefix)]
    if len(matches) != 1:
        raise AdapterError(f"{'no' if not matches else len(matches)} adapters match {prefix!r}; "
                           "see `second-nature adapters list`")
    return matches[0]


def in_use(home: Home, scope: str) -> str | None:
    stack = _registry(home).get(scope) or []
    return stack[-1] if stack else None


def use(home: Home, adapter_id: str) -> dict[str, Any]:
    meta = get(home, adapter_id)
    registry = _registry(home)
    stack = [i for i in registry.get(meta["scope"], []) if i != meta["id"]]
    registry[meta["scope"]] = stack + [meta["id"]]
    _save_registry(home, registry)
    return meta


def rollback(home: Home, scope: str) -> str | None:
    """Stop using the scope's current adapter; returns the one in use now (or None)."""
    registry = _registry(home)
    stack = registry.get(scope) or []
    if not stack:
        raise AdapterError(f"no adapter is in use for {scope}")
    registry[scope] = stack[:-1]
    _save_registry(home, registry)
    return registry[scope][-1] if registry[scope] else None


def absorbed(home: Home, adapter_id: str | None) -> set[str]:
    """Ids of the lessons an adapter absorbed: left out of the prompt of agents that run it."""
    if not adapter_id:
        return set()
    try:
        with open(os.path.join(adapter_dir(home, adapter_id), "second_nature.json"), encoding="utf-8") as f:
            return {item["id"] for item in json.load(f).get("lessons", [])}
    except (OSError, ValueError, KeyError):
        return set()
