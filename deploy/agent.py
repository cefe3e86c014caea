"""A LangGraph agent service for deploy/: POST /chat {"thread_id", "user_id", "message"} -> {"reply", "thread_id"}.

One SecondNatureMiddleware captures every session (shipped to the fleet's Postgres) and injects the
lessons the nightly `sleep` wrote to the Chroma server; no restart is needed to pick them up. The model
is $AGENT_MODEL (any LangChain model id, with its provider package and key); without one, a scripted
model echoes, so the recipe runs offline. A request without a thread_id starts its own conversation (the
reply names it); a body that is not a JSON object with a "message" string gets 400 and a JSON error.
Standard library HTTP: swap in your own server as you like.
"""

import json
import os
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from langchain.agents import create_agent
from langchain_core.messages import AIMessage

from secondnature.langgraph import SecondNatureMiddleware


def model():
    if os.environ.get("AGENT_MODEL"):
        return os.environ["AGENT_MODEL"]
    from secondnature.testing import ScriptedChatModel

    return ScriptedChatModel(responses=[AIMessage(content="(no AGENT_MODEL set: a scripted reply)")])  # it cycles


AGENT = create_agent(model(), tools=[], system_prompt="You are a helpful support agent.",
                     middleware=[SecondNatureMiddleware(agent=os.environ.get("AGENT_NAME", "support-bot"))])


class Chat(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - the http.server API
        try:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            if not isinstance(body, dict) or not isinstance(body.get("message", ""), str):
                raise ValueError('the body must be a JSON object with a "message" string')
        except ValueError as e:  # not JSON, not an object, a bad Content-Length: the caller's mistake
            return self.answer(400, {"error": f"bad request: {e}"})
        # a request without a thread is a conversation of its own, never one shared "default" session
        thread = str(body.get("thread_id") or f"http-{uuid.uuid4().hex}")
        result = AGENT.invoke({"messages": [("user", body.get("message", ""))]},
                              config={"configurable": {"thread_id": thread, "user_id": body.get("user_id")}})
        self.answer(200, {"reply": result["messages"][-1].content, "thread_id": thread})

    def answer(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", int(os.environ.get("PORT", "8080"))), Chat).serve_forever()
