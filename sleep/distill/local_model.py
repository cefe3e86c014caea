"""A LangChain chat model of a local base model plus a distilled adapter, for a LangGraph agent.

``local_chat_model(scope)`` loads the scope's adapter in use (or one named) on its base model. The
model carries ``second_nature_adapter``, so ``SecondNatureMiddleware`` leaves the lessons it absorbed
out of the prompt. It answers in text; for tool calling at scale serve the adapter with vLLM
(``--enable-lora --lora-modules``) and use ``ChatOpenAI`` with ``SecondNatureMiddleware(adapter=...)``.
"""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import ConfigDict, PrivateAttr

from secondnature.hooks.core.paths import Home, current_home


class LocalChatModel(BaseChatModel):
    base_folder: str
    adapter_folder: str | None = None
    second_nature_adapter: str | None = None
    device: str = "auto"
    max_new_tokens: int = 256
    model_config = ConfigDict(arbitrary_types_allowed=True)
    _loaded: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "second-nature-local"

    def _load(self) -> tuple[Any, Any, str]:
        if self._loaded is None:
            from secondnature.sleep.distill.base_model import load, pick_device

            device, dtype = pick_device(self.device)
            tokenizer, model = load(self.base_folder, device, dtype)
            if self.adapter_folder:
                from peft import PeftModel

                model = PeftModel.from_pretrained(model, self.adapter_folder).to(device)
                model.eval()
            self._loaded = (tokenizer, model, device)
        return self._loaded

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        import torch

        tokenizer, model, device = self._load()
        roles = {"system": "system", "human": "user", "ai": "assistant"}
        chat = [{"role": roles.get(m.type, "user"), "content": m.text} for m in messages]
        ids = tokenizer.apply_chat_template(chat, add_generation_prompt=True, return_tensors="pt", return_dict=True)
        with torch.no_grad():
            out = model.generate(**{k: v.to(device) for k, v in ids.items()}, max_new_tokens=self.max_new_tokens,
                                 do_sample=False, pad_token_id=tokenizer.pad_token_id)
        text = tokenizer.decode(out[0, ids["input_ids"].shape[1]:], skip_special_tokens=True)
        for marker in stop or []:
            text = text.split(marker)[0]
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def bind_tools(self, tools: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("the local model answers in text; for tool calling serve the adapter with vLLM "
                                  "(--enable-lora --lora-modules) and use ChatOpenAI")


def local_chat_model(scope: str | None = None, adapter: str | None = None, base: str | None = None,
                     device: str = "auto", max_new_tokens: int = 256, home: Home | None = None) -> LocalChatModel:
    """Base + adapter: the adapter in use for ``scope``, or the one named (in ``home``, this process's by default);
    ``base`` alone gives the plain model."""
    from secondnature.lessons import adapters as adapters
    from secondnature.sleep.distill.base_model import DistillError, require_extra, resolve

    require_extra()
    home = home or current_home()
    adapter_id = adapter or (adapters.in_use(home, scope) if scope else None)
    if adapter_id:
        meta = adapters.get(home, adapter_id)
        return LocalChatModel(base_folder=resolve(meta["base"], home), adapter_folder=adapters.adapter_dir(home, meta["id"]),
                              second_nature_adapter=meta["id"], device=device, max_new_tokens=max_new_tokens)
    if not base:
        raise DistillError(f"no adapter in use for {scope}: pass base= for the plain model, or distill first")
    return LocalChatModel(base_folder=resolve(base, home), device=device, max_new_tokens=max_new_tokens)
