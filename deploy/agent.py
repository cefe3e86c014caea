"""A LangGraph agent service for deploy/: POST /chat {"thread_id", "user_id", "message"} -> {"reply"}.

One SecondNatureMiddleware captures every session (shipped to the fleet's Postgres) and injects the
lessons the nightly `sleep` wrote to the Chroma server; no restart is needed to pick them up. The model
is $AGENT_MODEL (any LangChain model id, with its provider package and key); without one, a scripted
model echoes, so the recipe runs offline. Standard library HTTP: swap in your own server as you like.
"""

import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from langchain.agents import create_agent
from langchain_core.messages import AIMessage

from secondnature.langgraph import SecondNatureMiddleware


def model():
    if os.environ.get("AGENT_MODEL"):
        return os.environ["AGENT_MODEL"]
    from secondnature.scripted_model import ScriptedChatModel

    return ScriptedChatModel(responses=[AIMessage(content="(no AGENT_MODEL set: a scripted reply)")])  # it cycles


AGENT = create_agent(model(), tools=[], system_prompt="You are a helpful support agent.",
                     middleware=[SecondNatureMiddleware(agent=os.environ.get("AGENT_NAME", "support-bot"))])


class Chat(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - the http.server API
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        result = AGENT.invoke({"messages": [("user", str(body.get("message", "")))]},
                              config={"configurable": {"thread_id": str(body.get("thread_id", "default")),
                                                       "user_id": body.get("user_id")}})
        data = json.dumps({"reply": result["messages"][-1].content}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", int(os.environ.get("PORT", "8080"))), Chat).serve_forever()
