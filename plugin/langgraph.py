"""LangGraph / LangChain integration: capture sessions and (with the lessons store) inject lessons.

Two ways in, capturing the same events (use one, not both):

- ``SecondNatureMiddleware`` for ``langchain.agents.create_agent``: ``middleware=[SecondNatureMiddleware(agent="support")]``.
- ``CaptureCallback`` for any graph or runnable: ``graph.invoke(x, config={"callbacks": [CaptureCallback(agent="etl")]})``.

The session id is the run config's ``metadata.session_id`` or ``configurable.thread_id`` (else one is
generated per invocation); the scope is the agent name plus the ``user_id`` the app passes (to the
constructor, or per run in ``configurable``/``metadata``). On the agent's thread both only
collect references and enqueue; conversion, redaction and writing happen on the background writer.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from langchain.agents.middleware import AgentMiddleware, AgentState, ModelRequest, ModelResponse
from langchain_core.callbacks import BaseCallbackHandler
from langgraph.config import get_config
from typing_extensions import NotRequired

from secondnature.hooks.background.writer import get_writer
from secondnature.hooks.core import schema
from secondnature.hooks.core.paths import Home, as_home
from secondnature.hooks.core.schema import Event
from secondnature.hooks.core.scope import agent_scope

HARNESS = "langgraph"
SESSION_KEY = "second_nature_session_id"


# ------------------------------------------------------------------------- conversion (writer thread)


def message_text(message: Any) -> str:
    """The text of a LangChain message, a (role, text) tuple or a {"role", "content"} dict."""
    if isinstance(message, tuple) and len(message) == 2:
        content = message[1]
    elif isinstance(message, dict):
        content = message.get("content")
    else:
        content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content
                         if isinstance(b, str) or (isinstance(b, dict) and b.get("type") == "text"))
    return "" if content is None else str(content)


def message_role(message: Any) -> str:
    if isinstance(message, tuple) and len(message) == 2:
        return str(message[0])
    if isinstance(message, dict):
        return str(message.get("role") or message.get("type") or "")
    return str(getattr(message, "type", ""))


def last_user_message(messages: Any) -> Any:
    if not isinstance(messages, (list, tuple)):
        return messages if isinstance(messages, str) else None
    for message in reversed(messages):
        if message_role(message) in ("human", "user"):
            return message
    return None


def _assistant_data(message: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"text": message_text(message)}
    calls = getattr(message, "tool_calls", None)
    if calls:
        data["tool_calls"] = [{"name": c.get("name"), "args": c.get("args"), "id": c.get("id")} for c in calls]
    name = (getattr(message, "response_metadata", None) or {}).get("model_name")
    if name:
        data["model"] = name
    usage = getattr(message, "usage_metadata", None)
    if usage:
        data["usage"] = dict(usage)
    return data


def _tool_result_data(call_id: str, tool: str | None, output: Any) -> dict[str, Any]:
    status = getattr(output, "status", "success")
    data: dict[str, Any] = {"call_id": call_id or str(getattr(output, "tool_call_id", "") or ""),
                            "tool": tool or getattr(output, "name", None)}
    text = message_text(output) if hasattr(output, "content") else output
    if status == "error":
        data.update(ok=False, error=text)
    else:
        data.update(ok=True, output=text)
    return data


def _error_data(error: BaseException, source: str) -> dict[str, Any]:
    return {"error": f"{type(error).__name__}: {error}", "source": source}


class _Recorder:
    """Builds and enqueues events for one (session, scope); shared by the middleware and the callback."""

    __slots__ = ("session_id", "scope", "home")

    def __init__(self, session_id: str, scope: str, home: Home):
        self.session_id = session_id
        self.scope = scope
        self.home = home

    def event(self, kind: str, data: dict[str, Any], key: str | None = None) -> Event:
        return Event(harness=HARNESS, session_id=self.session_id, scope=self.scope, kind=kind, data=data, key=key)

    def submit(self, kind: str, build: Callable[[], dict[str, Any]]) -> None:
        ts = schema.now_iso()
        get_writer().submit(lambda: [Event(harness=HARNESS, session_id=self.session_id, scope=self.scope,
                                           kind=kind, data=build(), ts=ts)], self.home)

    def session_start(self, agent: str, user_id: str | None, task_id: str | None = None) -> None:
        data = {"agent": agent, "user_id": user_id}
        if task_id:  # ``metadata.task_id``: runs of one task are compared at night
            data["task_id"] = task_id
        get_writer().submit(self.event(schema.SESSION_START, data, key="session_start"), self.home)

    def user_prompt(self, message: Any) -> None:
        self.submit(schema.USER_PROMPT, lambda: {"text": message_text(message)})

    def assistant(self, message: Any) -> None:
        self.submit(schema.ASSISTANT_MESSAGE, lambda: _assistant_data(message))

    def tool_call(self, call_id: str, tool: str | None, args: Any) -> None:
        self.submit(schema.TOOL_CALL, lambda: {"call_id": call_id, "tool": tool, "input": args})

    def tool_result(self, call_id: str, tool: str | None, output: Any) -> None:
        self.submit(schema.TOOL_RESULT, lambda: _tool_result_data(call_id, tool, output))

    def tool_error(self, call_id: str, tool: str | None, error: BaseException) -> None:
        self.submit(schema.TOOL_RESULT, lambda: {"call_id": call_id, "tool": tool, "ok": False,
                                                 "error": f"{type(error).__name__}: {error}"})

    def error(self, error: BaseException, source: str) -> None:
        self.submit(schema.ERROR, lambda: _error_data(error, source))

    def lessons_shown(self, ids: list[str], where: str, withheld: list[str] | None = None,
                      control: bool = False) -> None:
        data: dict[str, Any] = {"lesson_ids": ids, "where": where}
        if withheld:
            data["withheld"] = withheld  # the experiment: what this session would have been shown
        if control:
            data["control"] = True
        get_writer().submit(self.event(schema.LESSONS_SHOWN, data), self.home)


class Recent(OrderedDict):
    """Per-session state of the latest ``limit`` sessions: a long-lived server sees sessions without
    end, and one that comes back after being forgotten only gets its session start recorded again."""

    limit = 10_000

    def add(self, key: str) -> bool:
        """Remember ``key``; True if it was not remembered already."""
        new = key not in self
        self.setdefault(key, None)
        return new

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key in self:
            self.move_to_end(key)
            return self[key]
        self[key] = default
        while len(self) > self.limit:
            self.popitem(last=False)
        return default


def _pick(config: dict[str, Any], *names: str) -> str | None:
    meta = config.get("metadata") or {}
    conf = config.get("configurable") or {}
    for name in names:
        for source in (meta, conf):
            value = source.get(name)
            if value not in (None, ""):
                return str(value)
    return None


def _identify(config: dict[str, Any], agent: str | None, user_id: str | None, session_id: str | None = None,
              fallbacks: tuple[str | None, ...] = ()) -> tuple[str, str, str | None]:
    """(session id, agent name, user id) of a run, resolved in one place for the middleware and the callback:
    what they were given, else the run's config (``session_id`` or ``thread_id``, ``lc_agent_name``,
    ``user_id``), else the ``fallbacks`` in turn."""
    session = session_id or _pick(config, "session_id", "thread_id") or next((f for f in fallbacks if f), "unknown")
    return session, agent or _pick(config, "lc_agent_name") or "agent", user_id or _pick(config, "user_id")


# ------------------------------------------------------------------------------------- middleware


class _SessionState(AgentState):
    second_nature_session_id: NotRequired[str]


class SecondNatureMiddleware(AgentMiddleware):
    """Capture for ``create_agent`` agents, and lessons injected into the system prompt.

    At each model call the lessons relevant to the latest user message (within ``token_budget``
    tokens; config ``[lessons] token_budget``, default 1,500) are appended to the system prompt, and
    the ids shown are recorded in the session log. ``store`` defaults to the configured store,
    opened once per process; ``lessons=False`` captures without injecting.

    Lessons a distilled adapter absorbed are left out when the agent runs that adapter: detected
    from the model (``secondnature.local_chat_model``), or named with ``adapter=`` (an adapter id, or
    ``"in_use"`` for the scope's current one, e.g. when vLLM serves it).

    ``home``: where sessions are written and lessons read (a folder or a ``Home``; by default
    ``SECOND_NATURE_HOME`` or the XDG data dir, read once here).
    """

    state_schema = _SessionState

    def __init__(self, agent: str | None = None, user_id: str | None = None, lessons: bool = True,
                 token_budget: int | None = None, store: Any = None, adapter: str | None = None,
                 home: str | Home | None = None):
        super().__init__()
        self.home = store.home if store is not None else as_home(home)  # read once, when the agent is built
        self.agent = agent
        self.adapter = adapter
        self.user_id = user_id
        self.inject = lessons
        self.token_budget = token_budget
        self._exposure: tuple[float, float] | None = None  # config [credit] holdout, control_sessions
        self._retriever = None
        if store is not None:
            from secondnature.lessons.retrieve import Retriever

            self._retriever = Retriever(store)
        self._started: Recent = Recent()
        self._shown: Recent = Recent()

    # -- sessions

    def _recorder(self, state: Any) -> _Recorder:
        session_id, agent, user_id = _identify(_config(), self.agent, self.user_id, fallbacks=(
            state.get(SESSION_KEY) if isinstance(state, dict) else None,))
        return _Recorder(session_id, agent_scope(agent, user_id), self.home)

    def before_agent(self, state: Any, runtime: Any) -> dict[str, Any] | None:
        config = _config()
        session_id, agent, user_id = _identify(config, self.agent, self.user_id,
                                               fallbacks=(state.get(SESSION_KEY), uuid.uuid4().hex))
        recorder = _Recorder(session_id, agent_scope(agent, user_id), self.home)
        if self._started.add(session_id):
            recorder.session_start(agent, user_id, _pick(config, "task_id"))
        prompt = last_user_message(state.get("messages"))
        if prompt is not None:
            recorder.user_prompt(prompt)
        return {SESSION_KEY: session_id} if state.get(SESSION_KEY) != session_id else None

    async def abefore_agent(self, state: Any, runtime: Any) -> dict[str, Any] | None:
        return self.before_agent(state, runtime)

    # -- model calls

    def lessons_block(self, request: ModelRequest, recorder: _Recorder) -> str | None:
        """The lessons to add to the system prompt for this call; never raises into the agent."""
        if not self.inject:
            return None
        try:
            from secondnature.lessons import runtime

            retriever = self._retriever or runtime.shared_retriever(self.home)
            if retriever is None:
                return None
            if self.token_budget is None or self._exposure is None:
                settings = runtime.settings(self.home)  # read once, at the first model call
                self.token_budget = self.token_budget or runtime.token_budget(settings)
                self._exposure = self._exposure or runtime.exposure(settings)
            prompt = last_user_message(request.messages)
            block = retriever.select(recorder.scope, message_text(prompt) if prompt is not None else None,
                                     self.token_budget, exclude=self._absorbed(request, recorder.scope),
                                     session_id=recorder.session_id, exposure=self._exposure)
        except Exception as e:  # noqa: BLE001 - a memory failure must not fail the agent
            from secondnature.hooks.core.log import log

            log("middleware", f"lessons not injected: {type(e).__name__}: {e}", self.home)
            return None
        shown = self._shown.setdefault(recorder.session_id, set())
        new = [i for i in block.lesson_ids if i not in shown]
        held = [i for i in block.withheld if i not in shown]
        if new or held:
            shown.update(new + held)
            recorder.lessons_shown(new, "model_call", held, block.control)
        return block.text or None

    def _absorbed(self, request: ModelRequest, scope: str) -> set[str] | None:
        adapter = getattr(getattr(request, "model", None), "second_nature_adapter", None) or self.adapter
        if not adapter:
            return None
        from secondnature.lessons import adapters as adapters

        return adapters.absorbed(self.home, adapters.in_use(self.home, scope) if adapter == "in_use" else adapter)

    def _prepare(self, request: ModelRequest) -> tuple[ModelRequest, _Recorder]:
        recorder = self._recorder(request.state)
        block = self.lessons_block(request, recorder)
        if block:
            from langchain_core.messages import SystemMessage

            base = request.system_prompt or ""
            request = request.override(system_message=SystemMessage(content=f"{base}\n\n{block}" if base else block))
        return request, recorder

    def wrap_model_call(self, request: ModelRequest, handler: Callable[[ModelRequest], ModelResponse]) -> Any:
        request, recorder = self._prepare(request)
        try:
            response = handler(request)
        except Exception as e:
            recorder.error(e, "model")
            raise
        _record_response(recorder, response)
        return response

    async def awrap_model_call(self, request: ModelRequest,
                               handler: Callable[[ModelRequest], Awaitable[ModelResponse]]) -> Any:
        request, recorder = self._prepare(request)
        try:
            response = await handler(request)
        except Exception as e:
            recorder.error(e, "model")
            raise
        _record_response(recorder, response)
        return response

    # -- tool calls (errors are recorded and re-raised: capture never changes what the agent does)

    def wrap_tool_call(self, request: Any, handler: Callable[[Any], Any]) -> Any:
        recorder, call_id, tool = self._tool_start(request)
        try:
            result = handler(request)
        except Exception as e:
            recorder.tool_error(call_id, tool, e)
            raise
        recorder.tool_result(call_id, tool, result)
        return result

    async def awrap_tool_call(self, request: Any, handler: Callable[[Any], Awaitable[Any]]) -> Any:
        recorder, call_id, tool = self._tool_start(request)
        try:
            result = await handler(request)
        except Exception as e:
            recorder.tool_error(call_id, tool, e)
            raise
        recorder.tool_result(call_id, tool, result)
        return result

    def _tool_start(self, request: Any) -> tuple[_Recorder, str, str | None]:
        recorder = self._recorder(request.state)
        call = request.tool_call
        call_id, tool = str(call.get("id") or ""), call.get("name")
        recorder.tool_call(call_id, tool, call.get("args"))
        return recorder, call_id, tool


def _config() -> dict[str, Any]:
    try:
        return get_config()
    except RuntimeError:  # called outside a runnable context
        return {}


def _record_response(recorder: _Recorder, response: Any) -> None:
    messages = getattr(response, "result", None)
    if messages is None:  # a middleware further in may return a bare AIMessage
        messages = [response]
    for message in messages:
        recorder.assistant(message)


# --------------------------------------------------------------------------------------- callback


class CaptureCallback(BaseCallbackHandler):
    """Capture for any LangGraph graph or LangChain runnable, through the callback system."""

    raise_error = False
    run_inline = True  # it only enqueues, so run it in place rather than in an executor

    def __init__(self, agent: str | None = None, user_id: str | None = None, session_id: str | None = None,
                 home: str | Home | None = None):
        super().__init__()
        self.home = as_home(home)
        self.agent = agent
        self.user_id = user_id
        self.session_id = session_id
        self._runs: dict[Any, _Recorder] = {}  # run id -> recorder of its session
        self._tools: dict[Any, tuple[str, str | None]] = {}  # tool run id -> (call id, name)
        self._started: Recent = Recent()

    def _for_run(self, run_id: Any, parent_run_id: Any, metadata: dict[str, Any] | None) -> _Recorder:
        recorder = self._runs.get(parent_run_id) if parent_run_id is not None else None
        if recorder is None:
            meta = metadata or {}
            config = {"metadata": meta}
            session_id, agent, user_id = _identify(config, self.agent, self.user_id, self.session_id, (str(run_id),))
            recorder = _Recorder(session_id, agent_scope(agent, user_id), self.home)
            if self._started.add(session_id):
                recorder.session_start(agent, user_id, _pick(config, "task_id"))
        self._runs[run_id] = recorder
        return recorder

    def on_chain_start(self, serialized: Any, inputs: Any, *, run_id: Any, parent_run_id: Any = None,
                       metadata: dict[str, Any] | None = None, **kwargs: Any) -> None:
        recorder = self._for_run(run_id, parent_run_id, metadata)
        if parent_run_id is None:
            messages = inputs.get("messages") if isinstance(inputs, dict) else inputs
            prompt = last_user_message(messages)
            if prompt is not None:
                recorder.user_prompt(prompt)

    def on_chain_end(self, outputs: Any, *, run_id: Any, parent_run_id: Any = None, **kwargs: Any) -> None:
        self._runs.pop(run_id, None)

    def on_chain_error(self, error: BaseException, *, run_id: Any, parent_run_id: Any = None, **kwargs: Any) -> None:
        recorder = self._runs.pop(run_id, None)
        if recorder is not None and parent_run_id is None:
            recorder.error(error, "agent")

    def on_chat_model_start(self, serialized: Any, messages: Any, *, run_id: Any, parent_run_id: Any = None,
                            metadata: dict[str, Any] | None = None, **kwargs: Any) -> None:
        self._for_run(run_id, parent_run_id, metadata)

    def on_llm_start(self, serialized: Any, prompts: Any, *, run_id: Any, parent_run_id: Any = None,
                     metadata: dict[str, Any] | None = None, **kwargs: Any) -> None:
        self._for_run(run_id, parent_run_id, metadata)

    def on_llm_end(self, response: Any, *, run_id: Any, parent_run_id: Any = None, **kwargs: Any) -> None:
        recorder = self._runs.pop(run_id, None)
        if recorder is None:
            return
        for generations in response.generations:
            for generation in generations:
                recorder.assistant(getattr(generation, "message", None) or getattr(generation, "text", ""))

    def on_llm_error(self, error: BaseException, *, run_id: Any, parent_run_id: Any = None, **kwargs: Any) -> None:
        recorder = self._runs.pop(run_id, None)
        if recorder is not None:
            recorder.error(error, "model")

    def on_tool_start(self, serialized: Any, input_str: str, *, run_id: Any, parent_run_id: Any = None,
                      metadata: dict[str, Any] | None = None, inputs: dict[str, Any] | None = None,
                      **kwargs: Any) -> None:
        recorder = self._for_run(run_id, parent_run_id, metadata)
        call_id = str(kwargs.get("tool_call_id") or run_id)
        name = kwargs.get("name") or (serialized or {}).get("name")
        self._tools[run_id] = (call_id, name)
        recorder.tool_call(call_id, name, inputs if inputs is not None else input_str)

    def on_tool_end(self, output: Any, *, run_id: Any, parent_run_id: Any = None, **kwargs: Any) -> None:
        recorder = self._runs.pop(run_id, None)
        call_id, name = self._tools.pop(run_id, (str(run_id), None))
        if recorder is not None:
            recorder.tool_result(call_id, name, output)

    def on_tool_error(self, error: BaseException, *, run_id: Any, parent_run_id: Any = None, **kwargs: Any) -> None:
        recorder = self._runs.pop(run_id, None)
        call_id, name = self._tools.pop(run_id, (str(run_id), None))
        if recorder is not None:
            recorder.tool_error(call_id, name, error)


def flush(timeout: float = 5.0) -> bool:
    """Wait until captured events are on disk, and, with a fleet's events database configured, in it too
    (tests, short scripts, before ``sleep``); False if either did not happen within ``timeout``."""
    from secondnature.hooks.background.sink import ship_pending

    return get_writer().flush(timeout) and ship_pending(timeout)
