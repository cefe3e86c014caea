"""The floor plan, checked: every import between the package's rooms, resolved through the package-dir
mapping in ``pyproject.toml``. Rooms follow the data: the stdlib kernel (``hooks/core``), the harnesses,
the hook process (``hooks/``), capture off the hook path (``hooks/background``), memory (``lessons/``),
the night (``sleep/``) and the front door (``plugin/``). An import from a room into a later one runs
against the data's flow (upward); the first three rooms import the standard library only.

Printed: modules and lines per room, the import edges between rooms, upward edges, cycles between
modules, imports past the stdlib fence, and the longest modules.

Usage: python bench/import_graph.py
"""

from __future__ import annotations

import ast
import os
import sys
from collections import Counter, defaultdict

import tomllib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ROOMS = ["hooks.core", "hooks.harnesses", "hooks", "hooks.background", "lessons", "sleep", "plugin"]
STDLIB_ONLY = {"hooks.core", "hooks.harnesses", "hooks"}


def modules() -> dict[str, str]:
    """Module name -> file, for every module of the package, from ``[tool.setuptools.package-dir]``."""
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        mapping = tomllib.load(f)["tool"]["setuptools"]["package-dir"]
    found = {}
    for package, folder in mapping.items():
        for dirpath, dirs, files in os.walk(os.path.join(ROOT, folder)):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            rel = os.path.relpath(dirpath, os.path.join(ROOT, folder))
            prefix = package if rel == "." else f"{package}.{rel.replace(os.sep, '.')}"
            if not os.path.exists(os.path.join(dirpath, "__init__.py")):
                continue
            for name in files:
                if name.endswith(".py"):
                    found[prefix if name == "__init__.py" else f"{prefix}.{name[:-3]}"] = os.path.join(dirpath, name)
    return found


def room(module: str) -> str:
    """The room a module of ours stands in."""
    parts = module.split(".")[1:]
    if parts[:1] == ["hooks"]:
        return f"hooks.{parts[1]}" if len(parts) >= 2 and parts[1] in ("core", "harnesses", "background") else "hooks"
    return parts[0] if parts and parts[0] in ("lessons", "sleep") else "plugin"


def imports(path: str, module: str) -> list[str]:
    """Every module ``path`` imports, at its top or inside a function."""
    out = []
    for node in ast.walk(ast.parse(open(path).read())):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(module.split(".")[:-node.level] + ([base] if base else []))
            out += [base] + [f"{base}.{a.name}" for a in node.names]
    return out


def graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(our module -> our modules it imports, our module -> outside top-level packages it imports)."""
    found = modules()
    ours, outside = defaultdict(set), defaultdict(set)
    for module, path in found.items():
        for name in imports(path, module):
            beside = f"{module.rpartition('.')[0]}.{name}"  # a launcher imports the module beside it by its own name
            if name.split(".")[0] == "secondnature":
                if name in found and name != module:
                    ours[module].add(name)
            elif beside in found and beside != module:
                ours[module].add(beside)
            elif name.split(".")[0] not in sys.stdlib_module_names and name not in ("__future__",):
                outside[module].add(name.split(".")[0])
    return ours, outside


def upward(ours: dict[str, set[str]]) -> list[str]:
    return sorted(f"{a} -> {b}" for a, targets in ours.items() for b in targets
                  if ROOMS.index(room(b)) > ROOMS.index(room(a)))


def past_the_fence(ours: dict[str, set[str]], outside: dict[str, set[str]]) -> list[str]:
    """Imports of a stdlib-only room that reach outside the standard library or into a non-stdlib room."""
    bad = [f"{m} -> {p}" for m, packages in outside.items() if room(m) in STDLIB_ONLY for p in sorted(packages)]
    bad += [f"{m} -> {t}" for m, targets in ours.items() if room(m) in STDLIB_ONLY
            for t in sorted(targets) if room(t) not in STDLIB_ONLY]
    return sorted(bad)


def cycles(ours: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), each a cycle of imports."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in ours.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for v in sorted(set(ours) | {t for ts in ours.values() for t in ts}):
        if v not in index:
            visit(v)
    return out


def main() -> None:
    found = modules()
    ours, outside = graph()
    lines = {m: sum(1 for _ in open(p)) for m, p in found.items()}
    per_room = Counter(room(m) for m in found)
    print("rooms (modules, lines):", ", ".join(
        f"{r} {per_room[r]}/{sum(n for m, n in lines.items() if room(m) == r)}" for r in ROOMS))
    edges = Counter((room(a), room(b)) for a, ts in ours.items() for b in ts if room(a) != room(b))
    print("edges between rooms:", ", ".join(f"{a}->{b} {n}" for (a, b), n in sorted(edges.items())))
    up, fence, loops = upward(ours), past_the_fence(ours, outside), cycles(ours)
    print(f"upward edges: {len(up)}", *up, sep="\n  ")
    print(f"past the stdlib fence: {len(fence)}", *fence, sep="\n  ")
    print(f"cycles: {len(loops)}", *[" <-> ".join(c) for c in loops], sep="\n  ")
    print("longest modules:", ", ".join(f"{m} {n}" for m, n in sorted(lines.items(), key=lambda x: -x[1])[:8]))


if __name__ == "__main__":
    main()
