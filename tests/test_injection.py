"""Injection: the middleware into a real agent, the Claude Code hooks from compiled digests."""

from __future__ import annotations

import asyncio
import json
import os

import pytest
from click.testing import CliRunner
from langchain.agents import create_agent
from langchain_core.messages import AIMessage

import secondnature
from secondnature.cli import cli
from secondnature.hooks.core.spool import read_session
from secondnature.langgraph import SecondNatureMiddleware, flush
from secondnature.lessons.compile import compile_digests
from secondnature.lessons.model import Lesson
from secondnature.lessons.store import open_store
from secondnature.testing import ScriptedChatModel

from conftest import git_repo
from lesson_fixtures import distractors, relevant

AGENT_SCOPE = "agent:shop-bot"


def test_middleware_injects_into_a_real_agent_and_records_ids():
    store = open_store()
    rel = relevant(AGENT_SCOPE)
    store.apply([(x.validate(), None, "add", "") for x in rel + distractors(50, AGENT_SCOPE)], actor="test")
    other = store.add(Lesson(title="", text="Run the tests of the other bot with tox.", scope="agent:other-bot"))
    model = ScriptedChatModel(responses=[AIMessage(content="ok"), AIMessage(content="ok again")])
    agent = create_agent(model, tools=[], system_prompt="You are the shop bot.",
                         middleware=[SecondNatureMiddleware(agent="shop-bot")])
    config = {"configurable": {"thread_id": "inj-1"}}
    agent.invoke({"messages": [("user", "the tests fail with fixture db not found")]}, config=config)
    system = model.seen[0][0]
    assert system.type == "system" and system.text.startswith("You are the shop bot.\n\nLessons learned")
    assert f"[{rel[0].short_id}]" in system.text and "tox" not in system.text
    flush()
    shown = [e.data for e in read_session("inj-1").events if e.kind == "lessons_shown"]
    assert shown and rel[0].id in shown[0]["lesson_ids"] and other.id not in shown[0]["lesson_ids"]
    assert all(f"[{i[:8]}]" in system.text for i in shown[0]["lesson_ids"])
    # the same lessons are not recorded twice in one session
    agent.invoke({"messages": [("user", "the tests fail with fixture db not found")]}, config=config)
    flush()
    again = [e.data for e in read_session("inj-1").events if e.kind == "lessons_shown"]
    assert len(again) == 1


def test_middleware_injects_async_and_without_a_store_does_nothing():
    model = ScriptedChatModel(responses=[AIMessage(content="ok")])
    agent = create_agent(model, tools=[], system_prompt="base", middleware=[SecondNatureMiddleware(agent="empty")])
    asyncio.run(agent.ainvoke({"messages": [("user", "hi")]}, config={"configurable": {"thread_id": "a0"}}))
    assert model.seen[0][0].text == "base"  # nothing learned yet: the prompt is untouched
    store = open_store()
    lesson = store.add(Lesson(title="", text="Greet users by name when they give it.", scope="agent:greeter"))
    model = ScriptedChatModel(responses=[AIMessage(content="hello")])
    agent = create_agent(model, tools=[], system_prompt="base",
                         middleware=[SecondNatureMiddleware(agent="greeter", store=store, token_budget=200)])
    asyncio.run(agent.ainvoke({"messages": [("user", "hi, I'm Ada, greet me")]},
                              config={"configurable": {"thread_id": "a1"}}))
    assert f"[{lesson.short_id}]" in model.seen[0][0].text


def test_two_homes_in_one_process_keep_their_own_sessions_and_lessons(tmp_path):
    """Two agents built with their own homes, in one process and with no environment variable changed: each
    is injected its home's lessons and records its sessions there (a host serving two tenants)."""
    from secondnature.hooks.core.paths import Home

    first, second = Home(str(tmp_path / "tenant-a")), Home(str(tmp_path / "tenant-b"))
    taught = open_store(home=first).add(Lesson(title="", text="Quote refund amounts in euros.", scope="agent:desk"))
    other = open_store(home=second).add(Lesson(title="", text="Quote refund amounts in dollars.", scope="agent:desk"))
    seen = {}
    for home, thread in ((first, "t-a"), (second, "t-b")):
        model = ScriptedChatModel(responses=[AIMessage(content="ok")])
        agent = create_agent(model, tools=[], system_prompt="base", middleware=[SecondNatureMiddleware(agent="desk", home=home)])
        agent.invoke({"messages": [("user", "which currency are refund amounts quoted in")]},
                     config={"configurable": {"thread_id": thread}})
        seen[thread] = model.seen[0][0].text
    flush()
    assert f"[{taught.short_id}]" in seen["t-a"] and f"[{other.short_id}]" not in seen["t-a"]
    assert f"[{other.short_id}]" in seen["t-b"] and f"[{taught.short_id}]" not in seen["t-b"]
    assert sorted(os.listdir(first.sessions)) == ["t-a.jsonl"] and sorted(os.listdir(second.sessions)) == ["t-b.jsonl"]
    secondnature.record_outcome("t-a", reward=1.0, home=first)  # the outcome goes where its session was captured
    assert [e.kind for e in read_session(os.path.join(first.sessions, "t-a.jsonl")).events][-1] == "outcome"
    assert not os.path.exists(Home.from_environment().sessions)  # the environment's home was never written


def test_a_broken_store_never_fails_the_agent(monkeypatch):
    monkeypatch.setenv("SECOND_NATURE_CHROMA_URL", "http://127.0.0.1:9")
    model = ScriptedChatModel(responses=[AIMessage(content="fine")])
    agent = create_agent(model, tools=[], middleware=[SecondNatureMiddleware(agent="x")])
    out = agent.invoke({"messages": [("user", "hi")]}, config={"configurable": {"thread_id": "b1"}})
    assert out["messages"][-1].content == "fine"


@pytest.fixture
def repo_with_lessons(tmp_path):
    repo = git_repo(tmp_path / "shop")
    scope = f"project:{repo.resolve()}"
    store = open_store()
    rel = relevant(scope)
    others = distractors(400, scope)
    for lesson in others:  # better supported, so they fill the session-start block
        lesson.evidence = ["s1", "s2", "s3"]
    store.apply([(x.validate(), None, "add", "") for x in rel + others], actor="test")
    compile_digests(store, budget=600)
    return repo, scope, rel


def test_claude_code_hooks_inject_digest_then_prompt_relevant_lessons(repo_with_lessons, run_hook):
    repo, scope, rel = repo_with_lessons
    base = {"session_id": "cc-1", "cwd": str(repo), "transcript_path": "/t.jsonl"}
    start = json.loads(run_hook("claude-code", {**base, "hook_event_name": "SessionStart", "source": "startup"}).stdout)
    context = start["hookSpecificOutput"]["additionalContext"]
    assert 0 < len(context) <= 10_000 and f"[{rel[2].short_id}]" not in context
    prompt = run_hook("claude-code", {**base, "hook_event_name": "UserPromptSubmit",
                                      "prompt": "the payment test failed on CI, is it flaky?"})
    added = json.loads(prompt.stdout)["hookSpecificOutput"]
    assert added["hookEventName"] == "UserPromptSubmit" and f"[{rel[2].short_id}]" in added["additionalContext"]
    assert len(added["additionalContext"]) <= 10_000
    repeat = run_hook("claude-code", {**base, "hook_event_name": "UserPromptSubmit",
                                      "prompt": "the payment test failed on CI, is it flaky?"})
    assert repeat.stdout == b""  # nothing new to add in this session
    shown = [e.data for e in read_session("cc-1").events if e.kind == "lessons_shown"]
    assert [s["where"] for s in shown] == ["session_start", "user_prompt"]
    assert rel[2].id in shown[1]["lesson_ids"]
    assert all(f"[{i[:8]}]" in context for i in shown[0]["lesson_ids"])
    assert not set(shown[0]["lesson_ids"]) & set(shown[1]["lesson_ids"])


def test_inject_command_prints_what_each_path_would_inject(repo_with_lessons):
    repo, scope, rel = repo_with_lessons
    live = CliRunner().invoke(cli, ["inject", "--scope", str(repo), "--prompt", "fixture db not found in tests",
                                    "--json"])
    data = json.loads(live.output)
    assert data["source"] == "retrieval" and rel[0].id in data["lesson_ids"] and data["tokens"] <= 1500
    assert data["lesson_ids"][0] == rel[0].id
    digest = json.loads(CliRunner().invoke(cli, ["inject", "--scope", scope, "--harness", "claude-code",
                                                 "--json"]).output)
    assert digest["source"] == "digest" and len(digest["text"]) <= 10_000
    bad = CliRunner().invoke(cli, ["inject", "--scope", "nowhere"])
    assert bad.exit_code != 0 and "bad scope" in bad.output
