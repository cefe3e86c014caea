"""Capture in a real LangGraph agent (create_agent), sync and async, middleware and callback."""

from __future__ import annotations

import asyncio

import pytest
from langchain.agents import create_agent
from langchain.agents.middleware import ToolErrorMiddleware
from langchain_core.messages import AIMessage
from langchain_core.tools import tool
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END, START, MessagesState, StateGraph

import secondnature
from secondnature.commands.session_list import list_sessions
from secondnature.hooks.background.writer import get_writer
from secondnature.hooks.core.spool import read_session
from secondnature.langgraph import CaptureCallback, SecondNatureMiddleware, flush
from secondnature.testing import ScriptedChatModel, tool_call


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool
def deploy(env: str) -> str:
    """Deploy to an environment."""
    raise PermissionError(f"deploys to {env} need approval")


def script() -> list[AIMessage]:
    return [tool_call("add", {"a": 2, "b": 3}, "call_1", "Adding first."),
            tool_call("deploy", {"env": "prod"}, "call_2"),
            AIMessage(content="2 + 3 = 5; the deploy needs approval.")]


def agent(middleware, model=None, **kw):
    return create_agent(model or ScriptedChatModel(responses=script()), tools=[add, deploy],
                        system_prompt="You are a release bot.", middleware=middleware, **kw)


def on_error(error, request):
    return f"{type(error).__name__}: {error}"


def check_session(session_id: str, scope: str = "agent:release-bot"):
    flush()
    log = read_session(session_id)
    kinds = [e.kind for e in log.events]
    assert kinds == ["session_start", "user_prompt", "assistant_message", "tool_call", "tool_result",
                     "assistant_message", "tool_call", "tool_result", "assistant_message"], kinds
    assert {e.scope for e in log.events} == {scope} and {e.harness for e in log.events} == {"langgraph"}
    ev = {k: [e.data for e in log.events if e.kind == k] for k in set(kinds)}
    assert ev["user_prompt"][0]["text"] == "add 2 and 3, then deploy"
    assert ev["assistant_message"][0]["text"] == "Adding first."
    assert ev["assistant_message"][0]["tool_calls"] == [{"name": "add", "args": {"a": 2, "b": 3}, "id": "call_1"}]
    assert ev["tool_call"][0] == {"call_id": "call_1", "tool": "add", "input": {"a": 2, "b": 3}}
    assert ev["tool_result"][0]["ok"] is True and ev["tool_result"][0]["output"] == "5"
    assert ev["tool_result"][1]["ok"] is False and "need approval" in ev["tool_result"][1]["error"]
    assert ev["assistant_message"][2]["text"] == "2 + 3 = 5; the deploy needs approval."
    return log


PROMPT = {"messages": [("user", "add 2 and 3, then deploy")]}


def test_middleware_sync():
    a = agent([SecondNatureMiddleware(agent="release-bot"), ToolErrorMiddleware(on_error)])
    out = a.invoke(PROMPT, config={"configurable": {"thread_id": "sync-1"}})
    assert out["messages"][-1].content.startswith("2 + 3 = 5")
    check_session("sync-1")


def test_middleware_inside_tool_error_handling_sees_the_exception():
    a = agent([ToolErrorMiddleware(on_error), SecondNatureMiddleware(agent="release-bot")])
    a.invoke(PROMPT, config={"configurable": {"thread_id": "inner-1"}})
    log = check_session("inner-1")
    assert "PermissionError" in [e for e in log.events if e.kind == "tool_result"][1].data["error"]


def test_middleware_ainvoke_and_astream():
    a = agent([SecondNatureMiddleware(agent="release-bot"), ToolErrorMiddleware(on_error)])
    asyncio.run(a.ainvoke(PROMPT, config={"configurable": {"thread_id": "async-1"}}))
    check_session("async-1")

    async def stream():
        b = agent([SecondNatureMiddleware(agent="release-bot"), ToolErrorMiddleware(on_error)])
        return [chunk async for chunk in b.astream(PROMPT, config={"configurable": {"thread_id": "astream-1"}})]

    assert asyncio.run(stream())
    check_session("astream-1")


def test_a_tool_that_raises_still_fails_the_agent_and_is_recorded():
    a = agent([SecondNatureMiddleware(agent="release-bot")])
    with pytest.raises(PermissionError):
        a.invoke(PROMPT, config={"configurable": {"thread_id": "raise-1"}})
    flush()
    results = [e.data for e in read_session("raise-1").events if e.kind == "tool_result"]
    assert results[-1]["ok"] is False and "PermissionError" in results[-1]["error"]


def test_user_scope_and_generated_session_id():
    a = agent([SecondNatureMiddleware(agent="release-bot"), ToolErrorMiddleware(on_error)])
    a.invoke(PROMPT, config={"metadata": {"user_id": "u42"}})
    flush()
    found = list_sessions()
    assert len(found) == 1 and len(found[0].session_id) == 32
    assert found[0].scope == "agent:release-bot/user:u42"


def test_thread_with_checkpointer_is_one_session_across_turns():
    model = ScriptedChatModel(responses=[AIMessage(content="hi"), AIMessage(content="again")])
    a = create_agent(model, tools=[], middleware=[SecondNatureMiddleware(agent="chat")], checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": "t-chat"}}
    a.invoke({"messages": [("user", "hello")]}, config=config)
    a.invoke({"messages": [("user", "and again")]}, config=config)
    flush()
    log = read_session("t-chat")
    assert [e.kind for e in log.events] == ["session_start", "user_prompt", "assistant_message", "user_prompt",
                                            "assistant_message"]
    assert [e.data["text"] for e in log.events if e.kind == "user_prompt"] == ["hello", "and again"]


def test_callback_on_create_agent_sync_and_async():
    a = agent([ToolErrorMiddleware(on_error)], name="release-bot")
    a.invoke(PROMPT, config={"callbacks": [CaptureCallback()], "configurable": {"thread_id": "cb-1"}})
    check_session("cb-1")
    b = agent([ToolErrorMiddleware(on_error)], name="release-bot")
    asyncio.run(b.ainvoke(PROMPT, config={"callbacks": [CaptureCallback()], "configurable": {"thread_id": "cb-2"}}))
    check_session("cb-2")


def test_callback_on_a_plain_graph():
    model = ScriptedChatModel(responses=[AIMessage(content="summary: all green")])

    def call_model(state: MessagesState):
        return {"messages": [model.invoke(state["messages"])]}

    graph = StateGraph(MessagesState)
    graph.add_node("model", call_model)
    graph.add_edge(START, "model")
    graph.add_edge("model", END)
    app = graph.compile()
    app.invoke({"messages": [("user", "summarize the CI run")]},
               config={"callbacks": [CaptureCallback(agent="ci-summarizer", user_id="ops")],
                       "metadata": {"session_id": "graph-1"}})
    flush()
    log = read_session("graph-1")
    assert [e.kind for e in log.events] == ["session_start", "user_prompt", "assistant_message"]
    assert log.scope == "agent:ci-summarizer/user:ops"


def test_record_outcome():
    a = agent([SecondNatureMiddleware(agent="release-bot"), ToolErrorMiddleware(on_error)])
    a.invoke(PROMPT, config={"configurable": {"thread_id": "out-1"}})
    secondnature.record_outcome("out-1", reward=-0.5, feedback="the deploy should have asked first")
    log = read_session("out-1")
    assert log.events[-1].kind == "outcome"
    assert log.events[-1].data == {"source": "app", "reward": -0.5, "feedback": "the deploy should have asked first"}
    assert log.events[-1].scope == "agent:release-bot" and log.events[-1].harness == "langgraph"
    for bad in ({"reward": 3}, {"reward": float("nan")}, {"reward": True}, {}):
        with pytest.raises(ValueError):
            secondnature.record_outcome("out-1", **bad)


def test_capture_failure_never_reaches_the_agent(monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("SECOND_NATURE_HOME", str(blocker / "home"))
    failed_before = get_writer().failed
    a = agent([SecondNatureMiddleware(agent="release-bot"), ToolErrorMiddleware(on_error)])
    out = a.invoke(PROMPT, config={"configurable": {"thread_id": "nodisk"}})
    assert out["messages"][-1].content.startswith("2 + 3 = 5")
    assert flush()
    assert get_writer().failed - failed_before == 9  # every event counted as lost, none raised
