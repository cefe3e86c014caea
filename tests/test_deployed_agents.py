"""Deployed agents: outcomes read right (a 0 of a 0/1 reward is a failure, a stated outcome wins), no
customer's particulars in any lesson, and one conversation's words never a standing preference."""

from __future__ import annotations

import json
import os
import time

import pytest
from click.testing import CliRunner
from langchain.agents import create_agent
from langchain_core.messages import AIMessage
from langchain_core.tools import tool

from secondnature.cli import cli
from secondnature.hooks.core import schema
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.spool import append, read_session
from secondnature.langgraph import SecondNatureMiddleware, flush
from secondnature.lessons.particulars import generalise, only_particulars
from secondnature.lessons.store import open_store
from secondnature.outcome import record_outcome
from secondnature.sleep.episodes import episode
from secondnature.sleep.job import SleepOptions, run_sleep
from secondnature.testing import ScriptedChatModel, tool_call

T0 = time.time()


@tool
def cancel_order(order_id: str) -> str:
    """Cancel a pending order."""
    return f"order {order_id} cancelled"


def served(thread: str, closing: str = "Done! Your order is cancelled successfully.") -> str:
    """One conversation of a real create_agent agent with the middleware, as a deployment runs it."""
    model = ScriptedChatModel(responses=[tool_call("cancel_order", {"order_id": "#W1234567"}, "c1"),
                                         AIMessage(content=closing)])
    agent = create_agent(model, tools=[cancel_order], middleware=[SecondNatureMiddleware(agent="retail")])
    agent.invoke({"messages": [("user", "cancel my order please")]},
                 config={"configurable": {"thread_id": thread, "user_id": "u1"}})
    flush()
    return thread


@pytest.mark.parametrize("reward,outcome", [(0.0, "failure"), (1.0, "success"), (0.5, "success"), (0.3, "failure"),
                                            (-1.0, "failure")])
def test_rewards_are_higher_is_better_and_a_zero_is_a_failure(reward, outcome):
    record_outcome(served(f"r{reward}"), reward=reward)
    assert episode(read_session(f"r{reward}")).outcome == outcome  # whatever the confident closing message


def test_a_stated_outcome_wins_and_the_threshold_is_configurable():
    record_outcome(served("stated"), reward=1.0, success=False)
    assert (episode(read_session("stated")).outcome, episode(read_session("stated")).outcome_source) == (
        "failure", "recorded")
    record_outcome(served("lenient"), reward=0.3)
    assert episode(read_session("lenient"), success_at=0.2).outcome == "success"
    listed = CliRunner().invoke(cli, ["sessions", "list"]).output
    assert "failure (recorded)" in listed and "+0.3" in listed
    assert CliRunner().invoke(cli, ["outcome", "lenient", "--failure"]).exit_code == 0
    assert episode(read_session("lenient")).outcome == "failure"


@pytest.mark.parametrize("text,kind", [
    ("Look the customer up with `find_user_id_by_email(email=\"mia.garcia@example.com\")`.", "value given to a tool"),
    ("Reach the customer at mia.garcia@example.com about refunds.", "email"),
    ("The customer can be called back on +1 (415) 555-0134 when a refund is late.", "phone number"),
    ("Ship replacements to 742 Evergreen Terrace when the first parcel is lost.", "street address"),
    ("Pay exchanges with credit_card_7815826 when the gift card runs out.", "payment method id"),
    ("Order #W2378156 must be cancelled before it ships, not after.", "order or reservation code"),
    ("Reservation 8JX2KQ cannot be changed to basic economy after booking.", "order or reservation code"),
    ("Refunds above $123.45 need the supervisor's approval first.", "amount"),
    ("Flights departing on May 20 cannot be moved once checked in.", "date"),
])
def test_each_kind_of_particular_is_generalised(text, kind):
    general, kinds = generalise(text)
    assert kind in kinds and "<" in general and not only_particulars(text, general)


def test_a_lesson_that_is_only_particulars_is_refused():
    general, kinds = generalise("mia.garcia@example.com, +1 (415) 555-0134, 742 Evergreen Terrace")
    assert kinds and only_particulars("mia garcia example com evergreen terrace number", general)


def test_a_learned_lesson_carries_no_customers_particulars(tmp_path):

    def convo(session: str) -> None:
        def event(kind: str, **data) -> Event:
            return Event(harness="langgraph", session_id=session, scope="agent:retail/user:u9", kind=kind, data=data)

        append([event(schema.USER_PROMPT, text="what is my order status?"),
                event(schema.TOOL_CALL, call_id="a", tool="find_user_id_by_email",
                      input={"email": "mia.garcia@example.com"}),
                event(schema.TOOL_RESULT, call_id="a", tool="find_user_id_by_email", ok=False,
                      error="Error: user not found"),
                event(schema.TOOL_CALL, call_id="b", tool="find_user_id_by_name_zip",
                      input={"first_name": "Mia", "last_name": "Garcia", "zip": "80279"}),
                event(schema.TOOL_RESULT, call_id="b", tool="find_user_id_by_name_zip", ok=True, output="mia_garcia_4516")])

    convo("c1")
    convo("c2")
    run_sleep(SleepOptions(now=T0))
    stored = json.dumps([x.to_dict() for x in open_store().list(statuses=["active", "candidate", "quarantined"])])
    assert "mia.garcia" not in stored and "80279" not in stored and '"Mia"' not in stored


@pytest.mark.parametrize("said,kept", [
    ("I prefer basic economy if it's cheaper, and I don't want to be transferred.", False),
    ("No. From now on always send the receipt by e-mail, never by post.", True),
    ("No, never book me on flights before May 20, I told you.", False),  # a date: one conversation's
])
def test_an_end_users_words_are_their_conversations_task_not_a_preference(said, kept):
    append([Event(harness="langgraph", session_id="chat", scope="agent:air/user:u1", kind=schema.USER_PROMPT,
                  data={"text": "change my flight"})])
    record_outcome("chat", reward=0.0, feedback=said)
    run_sleep(SleepOptions(now=T0))
    active = [x for x in open_store().list(statuses=["active"]) if x.kind == "preference"]
    assert bool(active) == kept, [x.text for x in active]


def _airline(session: str, user: str, error: str, retry_ok: bool = True) -> None:
    def event(kind: str, **data) -> Event:
        return Event(harness="langgraph", session_id=session, scope=f"agent:airline/user:{user}", kind=kind, data=data)

    append([event(schema.USER_PROMPT, text=f"please change reservation {session.upper()}X9 to the later flight"),
            event(schema.TOOL_CALL, call_id="u1", tool="update_reservation_flights",
                  input={"reservation_id": f"{session.upper()}X9", "payment_id": "certificate_7504069"}),
            event(schema.TOOL_RESULT, call_id="u1", tool="update_reservation_flights", ok=False, error=error)]
           + ([event(schema.TOOL_CALL, call_id="u2", tool="update_reservation_flights",
                     input={"reservation_id": f"{session.upper()}X9", "payment_id": "credit_card_4421486"}),
               event(schema.TOOL_RESULT, call_id="u2", tool="update_reservation_flights", ok=True, output="{}")]
              if retry_ok else []))


@pytest.mark.parametrize("error", [
    "Error: Certificate cannot be used to update reservation",
    "Error: Payment amount does not add up, total price is 1286, but paid 1000",
    "Error: Gift card balance is not enough",
    "Error: Not enough seats on flight HAT045",
])
def test_a_rule_a_tool_states_is_held_after_one_conversation_and_learned_after_two(error):
    _airline("a1", "u1", error)
    run_sleep(SleepOptions(now=T0))
    lessons = open_store().list(statuses=["active", "candidate"])
    assert [(x.scope, x.status) for x in lessons] == [("agent:airline", "candidate")]
    _airline("a2", "u2", error.replace("1286", "917").replace("HAT045", "HAT112"))
    run_sleep(SleepOptions(now=T0 + 86400))
    (rule,) = open_store().list(statuses=["active"])
    assert rule.scope == "agent:airline" and "`update_reservation_flights` refuses" in rule.text
    assert "went through when called again" in rule.text
    assert not any(p in rule.text for p in ("7504069", "4421486", "1286", "HAT045", "A1X9"))


def test_another_tool_that_did_the_job_is_learned_without_the_customers_data():
    for n, user in enumerate(["u1", "u2"]):
        session = f"find{n}"

        def event(kind: str, **data) -> Event:
            return Event(harness="langgraph", session_id=session, scope=f"agent:retail/user:{user}", kind=kind,  # noqa: B023
                         data=data)

        append([event(schema.USER_PROMPT, text="where is my order?"),
                event(schema.TOOL_CALL, call_id="a", tool="find_user_id_by_email", input={"email": f"p{n}@example.com"}),
                event(schema.TOOL_RESULT, call_id="a", tool="find_user_id_by_email", ok=False, error="Error: User not found"),
                event(schema.TOOL_CALL, call_id="b", tool="find_user_id_by_name_zip",
                      input={"first_name": "Ana", "last_name": "Lee", "zip": f"8027{n}"}),
                event(schema.TOOL_RESULT, call_id="b", tool="find_user_id_by_name_zip", ok=True, output=f"ana_lee_{n}")])
        run_sleep(SleepOptions(now=T0 + n * 86400))
    (lesson,) = open_store().list(statuses=["active"])
    assert lesson.scope == "agent:retail" and lesson.prefer == "find_user_id_by_name_zip"
    assert "User not found" in lesson.text and "example.com" not in lesson.text and "Ana" not in lesson.text


def test_runs_of_one_task_that_went_both_ways_teach_the_step_the_successes_took():
    def run(session: str, checked: bool, reward: float) -> None:
        model = ScriptedChatModel(responses=(
            [tool_call("get_order_details", {"order_id": "#W1"}, "g")] if checked else []) + [
            tool_call("cancel_order", {"order_id": "#W1"}, "c"), AIMessage(content="Cancelled.")])

        @tool
        def get_order_details(order_id: str) -> str:
            """Look an order up."""
            return "status: pending"

        agent = create_agent(model, tools=[cancel_order, get_order_details],
                             middleware=[SecondNatureMiddleware(agent="shop")])
        agent.invoke({"messages": [("user", "cancel my order")]},
                     config={"configurable": {"thread_id": session, "user_id": session}, "metadata": {"task_id": "t7"}})
        flush()
        record_outcome(session, reward=reward)

    for n, (checked, reward) in enumerate([(True, 1.0), (False, 0.0), (True, 1.0), (False, 0.0)]):
        run(f"run{n}", checked, reward)
    run_sleep(SleepOptions(now=T0))
    learned = [x for x in open_store().list(statuses=["active"]) if x.scope == "agent:shop"]
    assert [x.text for x in learned] == [
        "For task t7, every run that succeeded called `get_order_details` and every run that failed did not "
        "(2 and 2 runs)."]


# ------------------------------------------------------------------------- traces a deployment already has


def _chat_record(n: int, reward: float) -> dict:
    return {"id": f"sim-{n}", "task_id": f"t{n % 2}", "reward_info": {"reward": reward}, "messages": [
        {"role": "assistant", "content": "Hi! How can I help?"},
        {"role": "user", "content": "cancel my pending order"},
        {"role": "assistant", "content": "", "tool_calls": [
            {"id": f"c{n}", "type": "function", "function": {"name": "cancel_order",
                                                            "arguments": json.dumps({"order_id": "#W1"})}}]},
        {"role": "tool", "tool_call_id": f"c{n}", "content": "Error: Non-delivered order cannot be exchanged"},
        {"role": "assistant", "content": "Done, it is cancelled."}]}


def test_chat_format_logs_are_imported_once_with_their_rewards(tmp_path):
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"simulations": [_chat_record(0, 0.0), _chat_record(1, 1.0)]}))
    first = CliRunner().invoke(cli, ["sessions", "import", str(path), "--agent", "retail", "--json"])
    assert first.exit_code == 0, first.output and json.loads(first.output)["added"] > 0
    again = json.loads(CliRunner().invoke(cli, ["sessions", "import", str(path), "--agent", "retail", "--json"]).output)
    assert again["added"] == 0 and again["already"] > 0
    lines = tmp_path / "results.jsonl"
    lines.write_text("\n".join(json.dumps(_chat_record(n, 1.0)) for n in (5, 6)))
    assert CliRunner().invoke(cli, ["sessions", "import", str(lines), "--agent", "retail"]).exit_code == 0
    failed, won = episode(read_session("sim-0")), episode(read_session("sim-1"))
    assert (failed.outcome, won.outcome) == ("failure", "success") and failed.task_id == "t0"
    assert [s.status for s in failed.steps] == ["failed"] and failed.scope == "agent:retail"


def _converse(checkpointer, thread: str, user: str) -> None:
    model = ScriptedChatModel(responses=[tool_call("cancel_order", {"order_id": "#W9"}, "c1"),
                                         AIMessage(content="Your order is cancelled.")])
    agent = create_agent(model, tools=[cancel_order], checkpointer=checkpointer)
    agent.invoke({"messages": [("user", "cancel my order")]},
                 config={"configurable": {"thread_id": thread, "user_id": user}})


def _kinds(session: str) -> list[str]:
    return [e.kind for e in read_session(session).events if e.kind != "session_start"]


def test_a_sqlite_checkpointers_threads_are_imported_as_sessions(tmp_path):
    import sqlite3

    from langgraph.checkpoint.sqlite import SqliteSaver

    db = tmp_path / "checkpoints.sqlite"
    conn = sqlite3.connect(db, check_same_thread=False)
    for thread, user in (("th-1", "u1"), ("th-2", "u2")):
        _converse(SqliteSaver(conn), thread, user)
    conn.close()
    result = CliRunner().invoke(cli, ["sessions", "import", str(db), "--agent", "shop", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sessions"] == 2
    assert read_session("th-1").scope == "agent:shop/user:u1"
    assert _kinds("th-1") == ["user_prompt", "tool_call", "tool_result", "assistant_message"]
    again = json.loads(CliRunner().invoke(cli, ["sessions", "import", str(db), "--agent", "shop", "--json"]).output)
    assert again["added"] == 0
    served("live")  # the same conversation captured live by the middleware reads the same
    assert [k for k in _kinds("live") if k != "assistant_message"] == ["user_prompt", "tool_call", "tool_result"]


def test_a_postgres_checkpointers_threads_are_imported_as_sessions(postgres):
    import psycopg
    from langgraph.checkpoint.postgres import PostgresSaver

    name = f"cp_{os.urandom(6).hex()}"
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = postgres.url(name)
    with PostgresSaver.from_conn_string(url) as saver:
        saver.setup()
        _converse(saver, "pg-1", "u7")
    result = CliRunner().invoke(cli, ["sessions", "import", url, "--agent", "shop", "--json"])
    assert result.exit_code == 0, result.output
    assert read_session("pg-1").scope == "agent:shop/user:u7"
    assert _kinds("pg-1") == ["user_prompt", "tool_call", "tool_result", "assistant_message"]
    assert json.loads(CliRunner().invoke(cli, ["sessions", "import", url, "--agent", "shop", "--json"]).output)[
        "added"] == 0


def test_an_answer_after_a_handled_tool_error_is_not_a_failure():
    from secondnature.hooks.core import schema
    from secondnature.hooks.core.schema import Event
    from secondnature.hooks.core.spool import append, read_session
    from secondnature.sleep.episodes import episode

    def event(session: str, kind: str, **data) -> Event:
        return Event(harness="langgraph", session_id=session, scope="agent:billing", kind=kind, data=data)

    for session, answer in (("handled", "The invoice is already settled, so it cannot be refunded."),
                            ("gave-up", "I was unable to refund it: the billing system failed to respond.")):
        append([event(session, schema.USER_PROMPT, text="refund invoice 881"),
                event(session, schema.TOOL_CALL, call_id="c1", tool="refund_invoice", input={"invoice": "881"}),
                event(session, schema.TOOL_RESULT, call_id="c1", tool="refund_invoice", ok=False,
                      error="Error: a settled invoice cannot be refunded"),
                event(session, schema.ASSISTANT_MESSAGE, text=answer)])
    handled, gave_up = episode(read_session("handled")), episode(read_session("gave-up"))
    assert (handled.outcome, handled.outcome_source) == ("success", "final answer after a tool error")
    assert gave_up.outcome == "failure"
