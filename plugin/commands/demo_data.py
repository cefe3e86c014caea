"""The demo: the whole loop on realistic sessions, offline.

By day: a LangGraph repository assistant (a real ``create_agent`` agent, scripted model, real tools,
capture through ``SecondNatureMiddleware``) and a coding agent in Claude Code (its hook payloads, in
the documented shape, go through the real Claude Code adapter). Some sessions fail, some succeed,
one user corrects the agent. At night: ``sleep`` learns from them (the deterministic miner, or the
configured model). Next morning: the lessons, and what a new session is given.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from langchain.agents import create_agent
from langchain.agents.middleware import ToolErrorMiddleware
from langchain_core.messages import AIMessage
from langchain_core.tools import tool

from secondnature.hooks.core.spool import append
from secondnature.hooks.harnesses import claude_code
from secondnature.langgraph import SecondNatureMiddleware, flush
from secondnature.outcome import record_outcome
from secondnature.testing import ScriptedChatModel, tool_call

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


def langgraph_sessions() -> list[str]:
    """Three sessions of the LangGraph assistant; returns their ids."""
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


def claude_code_sessions(repo: str) -> list[str]:
    """Three Claude Code sessions in a web app repository, as its hooks report them."""
    def hook(session: str, event: str, **extra: Any) -> None:
        events, _ = claude_code.handle_hook({"session_id": session, "cwd": repo, "hook_event_name": event,
                                             "transcript_path": f"/home/dev/.claude/projects/web/{session}.jsonl",
                                             **extra})
        append(events)

    def bash(session: str, call: str, command: str, ok: bool, out: str) -> None:
        if ok:
            hook(session, "PostToolUse", tool_name="Bash", tool_use_id=call, tool_input={"command": command},
                 tool_response={"stdout": out, "stderr": "", "interrupted": False, "isImage": False})
        else:
            hook(session, "PostToolUseFailure", tool_name="Bash", tool_use_id=call, tool_input={"command": command},
                 error=f"Exit code 1\n{out}")

    missing = "Error: Cannot find module 'jest-environment-jsdom'\n    at Resolver.resolveModule"
    a, b, c = "cc-demo-0001", "cc-demo-0002", "cc-demo-0003"
    hook(a, "SessionStart", source="startup", model="claude-sonnet-5")
    hook(a, "UserPromptSubmit", prompt="The checkout form tests are red, can you fix them?")
    bash(a, "toolu_a1", "npm test", False, missing)
    bash(a, "toolu_a2", "npm ci && npm test", True, "Tests: 58 passed, 58 total")
    hook(a, "Stop", last_assistant_message="The dependencies were stale; after `npm ci` all 58 tests pass.")
    hook(a, "SessionEnd", reason="prompt_input_exit")

    hook(b, "SessionStart", source="startup")
    hook(b, "UserPromptSubmit", prompt="Add a test for the coupon field.")
    bash(b, "toolu_b1", "npm test -- coupon", False, missing)
    hook(b, "Stop", last_assistant_message="The test runner cannot find jest-environment-jsdom.")
    hook(b, "UserPromptSubmit", prompt="No, don't install packages one by one: run npm ci first, it matches the lockfile.")
    bash(b, "toolu_b2", "npm ci", True, "added 812 packages")
    bash(b, "toolu_b3", "npm test -- coupon", True, "Tests: 3 passed, 3 total")
    hook(b, "Stop", last_assistant_message="Added the coupon test; it passes.")
    hook(b, "SessionEnd", reason="prompt_input_exit")

    hook(c, "SessionStart", source="startup")
    hook(c, "UserPromptSubmit", prompt="Bump the version to 2.4.0 and update the changelog.")
    hook(c, "PostToolUse", tool_name="Edit", tool_use_id="toolu_c1",
         tool_input={"file_path": f"{repo}/package.json", "old_string": "2.3.9", "new_string": "2.4.0"},
         tool_response={"filePath": f"{repo}/package.json", "success": True})
    hook(c, "Stop", last_assistant_message="Bumped to 2.4.0 and added the changelog entry.")
    hook(c, "SessionEnd", reason="prompt_input_exit")
    return [a, b, c]


def demo_repo(home: str) -> str:
    repo = os.path.join(home, "demo-web-app")
    os.makedirs(os.path.join(repo, ".git"), exist_ok=True)
    return repo


def _invoke(agent, session_id: str, prompt: str) -> None:
    agent.invoke({"messages": [("user", prompt)]}, config={"configurable": {"thread_id": session_id}})

