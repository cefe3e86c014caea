"""The demo: a real LangGraph agent (``create_agent``) with capture on, driven by a scripted model.

Three sessions of a repository assistant: one where the first test command fails and a second one
works, one plain success, and one (async) that repeats the failure and gets corrected by the user.
No API key, no network: the model's replies are scripted, the tools and the agent loop are real.
"""

from __future__ import annotations

import asyncio

from langchain.agents import create_agent
from langchain.agents.middleware import ToolErrorMiddleware
from langchain_core.messages import AIMessage
from langchain_core.tools import tool

from secondnature.langgraph import SecondNatureMiddleware, flush
from secondnature.outcome import record_outcome
from secondnature.scripted_model import ScriptedChatModel, tool_call

AGENT = "demo-repo-assistant"
README = "# shop-api\nDeploy with `make deploy ENV=staging` after the tests pass.\nRun the tests with `make test`."


@tool
def run_tests(command: str) -> str:
    """Run the project's test suite with the given shell command."""
    if command.strip() == "make test":
        return "42 passed in 3.1s"
    raise RuntimeError(f"`{command}` exited with code 4: fixture 'db' not found (the suite needs `make test`)")


@tool
def read_file(path: str) -> str:
    """Read a file of the repository."""
    if path == "README.md":
        return README
    raise FileNotFoundError(path)


def _agent(replies: list[AIMessage]):
    return create_agent(ScriptedChatModel(responses=replies), tools=[run_tests, read_file],
                        system_prompt="You are a careful repository assistant.",
                        middleware=[SecondNatureMiddleware(agent=AGENT), ToolErrorMiddleware(_tool_error)],
                        name=AGENT)


def _tool_error(error: Exception, request) -> str:
    """Failed tools report back to the model instead of ending the run, as in a real app."""
    return f"{type(error).__name__}: {error}"


def run_demo() -> list[str]:
    """Run the three sessions; returns their session ids."""
    sessions = ["demo-tests-1", "demo-readme-2", "demo-tests-3"]
    first = _agent([
        tool_call("run_tests", {"command": "pytest"}, "call_1", "I'll run the tests."),
        tool_call("run_tests", {"command": "make test"}, "call_2", "pytest failed; the error says to use make test."),
        AIMessage(content="The suite passes: 42 passed with `make test`."),
    ])
    _invoke(first, sessions[0], "Run the test suite and tell me if it passes.")
    record_outcome(sessions[0], reward=0.5, feedback="Right answer, but use make test from the start.")

    second = _agent([
        tool_call("read_file", {"path": "README.md"}, "call_1"),
        AIMessage(content="Deploy with `make deploy ENV=staging` once the tests pass."),
    ])
    _invoke(second, sessions[1], "How do I deploy this service?")
    record_outcome(sessions[1], reward=1.0)

    third = _agent([
        tool_call("run_tests", {"command": "pytest -x"}, "call_1"),
        AIMessage(content="The tests fail: fixture 'db' not found."),
    ])
    asyncio.run(third.ainvoke({"messages": [("user", "Run the tests again, quickly.")]},
                              config={"configurable": {"thread_id": sessions[2]}}))
    record_outcome(sessions[2], reward=-1.0, feedback="Wrong: the tests pass with make test, not pytest.")
    flush()
    return sessions


def _invoke(agent, session_id: str, prompt: str) -> None:
    agent.invoke({"messages": [("user", prompt)]}, config={"configurable": {"thread_id": session_id}})
