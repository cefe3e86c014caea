"""For testing an agent that learns with second-nature, without an LLM: a scripted chat model, a real
LangChain chat model whose replies are given in advance.

It stands where an LLM would in the demo, the tests and the benchmarks (nothing here may call a
paid API), and in a user's own tests of their agent. It supports ``bind_tools`` so ``create_agent`` accepts it, and keeps every message list
it was called with, so a test can check what the model actually saw (the injected lessons).
"""

from __future__ import annotations

from typing import Any

from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage, BaseMessage


class ScriptedChatModel(FakeMessagesListChatModel):
    seen: list[list[BaseMessage]] = []

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.seen = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChatModel:
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any):
        self.seen.append(list(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)


def tool_call(name: str, args: dict[str, Any], call_id: str, text: str = "") -> AIMessage:
    """A scripted reply that calls one tool."""
    return AIMessage(content=text, tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])
