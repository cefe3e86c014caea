"""What a deployed agent's real runs teach: every tau2-bench run of ``../shared/reference/real-agent-runs``
replayed through a real ``create_agent`` agent with ``SecondNatureMiddleware`` (a scripted model replays
the recorded assistant messages; each tool returns its recorded output, an error raised as a handled
``ToolException``; each user turn is one ``invoke`` on the run's thread; then ``record_outcome``), and the
same file imported with ``sessions import`` into another data dir: both must give the same sessions. Then
one night, no model. Printed: outcomes read right, lessons carrying particulars or one-off preferences,
every active lesson and candidate (to be judged against ``retail-policy.md`` by reading it).

Usage: python bench/agent_lesson_quality.py [RUNS_FILE]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "reference", "real-agent-runs", "retail-gpt-5.json")


def _calls(message: dict) -> list[dict]:
    calls = message.get("tool_calls")
    return calls if isinstance(calls, list) else []


def replay(simulation: dict) -> None:
    """One run through a real agent with the middleware, a user turn per invoke."""
    from langchain.agents import create_agent
    from langchain_core.messages import AIMessage
    from langchain_core.tools import StructuredTool, ToolException
    from langgraph.checkpoint.memory import InMemorySaver

    from secondnature.langgraph import SecondNatureMiddleware
    from secondnature.testing import ScriptedChatModel

    messages = simulation["messages"]
    outputs: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for m in messages:
        for call in _calls(m):
            names[call["id"]] = call["name"]
    for m in messages:
        if m.get("role") == "tool":
            outputs.setdefault(names.get(m.get("id"), ""), []).append(str(m.get("content") or ""))
    responses = []
    for m in messages[1:]:  # the first is the agent's greeting, before any user turn
        if m.get("role") != "assistant":
            continue
        content = m.get("content") if isinstance(m.get("content"), str) and m.get("content") != "None" else ""
        responses.append(AIMessage(content=content, tool_calls=[
            {"name": c["name"], "args": c.get("arguments") or {}, "id": c["id"]} for c in _calls(m)]))

    def tool(name: str):
        def run(**kwargs) -> str:
            out = outputs[name].pop(0) if outputs.get(name) else ""
            if out.startswith("Error"):
                raise ToolException(out)
            return out

        return StructuredTool.from_function(run, name=name, description=f"the {name} tool",
                                            args_schema={"type": "object", "properties": {}, "additionalProperties": True},
                                            handle_tool_error=True)

    agent = create_agent(ScriptedChatModel(responses=responses), tools=[tool(n) for n in sorted(set(names.values()))],
                         middleware=[SecondNatureMiddleware(agent="retail")], checkpointer=InMemorySaver())
    config = {"configurable": {"thread_id": simulation["id"]}, "metadata": {"task_id": simulation["task_id"]}}
    for m in messages:
        if m.get("role") == "user":
            agent.invoke({"messages": [("user", str(m.get("content") or ""))]}, config=config)


def shape(session: str) -> tuple:
    """A session as the night reads it: the user's words, each tool call with its result, the outcome (the
    order of events may differ: parallel calls are written call, result, call, result live)."""
    from secondnature.hooks.core.spool import read_session
    from secondnature.sleep.episodes import episode

    ep = episode(read_session(session))
    return (ep.scope, ep.prompts, [(s.tool, s.status, s.error[:80]) for s in ep.steps], ep.outcome, ep.task_id)


def main() -> None:
    path = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
    runs = json.load(open(path))["simulations"]
    live, imported = tempfile.mkdtemp(prefix="sn-live-"), tempfile.mkdtemp(prefix="sn-import-")
    os.environ["SECOND_NATURE_HOME"] = imported
    from click.testing import CliRunner

    from secondnature.cli import cli

    CliRunner().invoke(cli, ["sessions", "import", path, "--agent", "retail", "--task-field", "task_id"])
    imported_shapes = {r["id"]: shape(r["id"]) for r in runs}
    os.environ["SECOND_NATURE_HOME"] = live
    from secondnature.langgraph import flush
    from secondnature.outcome import record_outcome

    for run in runs:
        replay(run)
        flush()
        record_outcome(run["id"], reward=float(run["reward_info"]["reward"]))
    same = sum(shape(r["id"]) == imported_shapes[r["id"]] for r in runs)
    for r in [r for r in runs if shape(r["id"]) != imported_shapes[r["id"]]][:3]:
        print(f"  differs: {r['id']}\n    live:     {shape(r['id'])}\n    imported: {imported_shapes[r['id']]}")
    print(f"{len(runs)} runs replayed through create_agent + middleware; same sessions as `sessions import`: "
          f"{same} of {len(runs)}")
    from secondnature.hooks.core.spool import read_session
    from secondnature.lessons.particulars import generalise
    from secondnature.lessons.store import open_store
    from secondnature.sleep.episodes import episode
    from secondnature.sleep.job import run_sleep

    read = {r["id"]: episode(read_session(r["id"])).outcome for r in runs}
    failed = [r["id"] for r in runs if r["reward_info"]["reward"] < 0.5]
    print(f"outcomes: failures read as failures {sum(read[i] == 'failure' for i in failed)} of {len(failed)}; "
          f"successes read as successes {sum(read[r['id']] == 'success' for r in runs if r['id'] not in failed)} of "
          f"{len(runs) - len(failed)}")
    result = run_sleep()
    store = open_store()
    print(f"night: {result.status}; {len(result.operations)} operations")
    particulars = [x.text for x in store.list(statuses=["active", "candidate"]) if generalise(x.text)[1]]
    print(f"lessons carrying particulars: {len(particulars)}" + "".join(f"\n  {t}" for t in particulars))
    for status in ("active", "candidate", "quarantined"):
        found = store.list(statuses=[status])
        print(f"{status}: {len(found)}" + (f" (preferences: {sum(x.kind == 'preference' for x in found)})"
                                           if found else ""))
        for x in found:
            print(f"  [{x.scope}] {x.text}")


if __name__ == "__main__":
    main()
