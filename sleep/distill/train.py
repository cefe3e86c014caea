"""Distill: make a scope's lessons second nature to a local model, with a LoRA adapter.

Context distillation. The teacher is the base model with the scope's active lessons in its system
prompt; the student is the same model without them, plus a LoRA adapter. The teacher answers the
training prompts (greedy); the loss is the KL divergence from the teacher's next-token distributions
to the student's over those answers (soft targets: plain fine-tuning on the teacher's text makes
the student overconfident and the gap wider). The adapter is promoted only if, on held-out prompts,
it closes enough of the teacher-student gap, and on neutral text it barely changes perplexity.
"""

from __future__ import annotations

import math
import resource
import time
import uuid
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

from secondnature.hooks.core.paths import Home
from secondnature.hooks.core.schema import now_iso
from secondnature.hooks.core.settings import Settings
from secondnature.hooks.core.spool import read_session, session_paths
from secondnature.lessons import adapters as adapters
from secondnature.lessons.model import Lesson
from secondnature.lessons.retrieve import Retriever
from secondnature.lessons.store import LessonStore
from secondnature.sleep.distill.base_model import DistillError, load, pick_device, require_extra, resolve
from secondnature.sleep.distill.data import diversity, prompts_for, too_repetitive

SYSTEM = "You are a helpful assistant."


@dataclass
class DistillSettings:
    steps: int = 40
    learning_rate: float = 2e-3
    rank: int = 8
    alpha: int = 16
    batch: int = 6
    max_new_tokens: int = 32
    max_train_prompts: int = 24
    max_heldout_prompts: int = 8
    budget: int = 1500
    min_gap_closed: float = 0.5  # share of the held-out teacher-student KL the adapter must remove
    max_perplexity_increase: float = 0.05  # on neutral text
    seed: int = 0


def captured_prompts(home: Home, scope: str, limit: int = 200) -> list[str]:
    """What ``scope``'s users asked, from ``home``'s session logs: the prompts the teacher answers."""
    out: list[str] = []
    for path in session_paths(folder=home.sessions):
        log = read_session(path, home)
        if log.scope == scope:
            out += [str(e.data.get("text") or "") for e in log.events if e.kind == "user_prompt"]
        if len(out) >= limit:
            break
    return out[:limit]


def neutral_text() -> str:
    return resources.files("secondnature.sleep.distill").joinpath("neutral.txt").read_text(encoding="utf-8")


class _Examples:
    """Token ids of contexts and teacher continuations, and the teacher's log-probabilities."""

    def __init__(self, teacher_ctx: list[list[int]], student_ctx: list[list[int]], continuations: list[list[int]]):
        self.teacher_ctx, self.student_ctx, self.continuations = teacher_ctx, student_ctx, continuations
        self.teacher_logp: list[Any] = []

    def __len__(self) -> int:
        return len(self.continuations)


def _chat_ids(tokenizer: Any, system: str, prompt: str) -> list[int]:
    ids = tokenizer.apply_chat_template([{"role": "system", "content": system}, {"role": "user", "content": prompt}],
                                        add_generation_prompt=True, tokenize=True)
    if hasattr(ids, "keys"):
        ids = ids["input_ids"]
    return list(ids)


def _generate(model: Any, tokenizer: Any, contexts: list[list[int]], max_new_tokens: int, device: str) -> list[list[int]]:
    """Greedy continuations, batched with left padding; each cut at its end-of-sequence token."""
    import torch

    width = max(len(c) for c in contexts)
    pad = tokenizer.pad_token_id
    ids = torch.tensor([[pad] * (width - len(c)) + c for c in contexts], device=device)
    mask = torch.tensor([[0] * (width - len(c)) + [1] * len(c) for c in contexts], device=device)
    with torch.no_grad():
        out = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=max_new_tokens, do_sample=False,
                             pad_token_id=pad)
    result = []
    for row in out[:, width:].tolist():
        if tokenizer.eos_token_id in row:
            row = row[: row.index(tokenizer.eos_token_id) + 1]
        result.append(row or [tokenizer.eos_token_id])
    return result


def _answer_logp(model: Any, contexts: list[list[int]], continuations: list[list[int]], pad: int, device: str) -> list[Any]:
    """Log-probabilities the model gives, at each continuation position, over the whole vocabulary."""
    import torch
    import torch.nn.functional as F

    seqs = [c + a for c, a in zip(contexts, continuations, strict=True)]
    width = max(len(s) for s in seqs)
    ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs], device=device)
    mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs], device=device)
    logits = model(input_ids=ids, attention_mask=mask).logits
    return [F.log_softmax(logits[i, len(c) - 1: len(c) - 1 + len(a)].float(), dim=-1)
            for i, (c, a) in enumerate(zip(contexts, continuations, strict=True))]


def _kl(model: Any, ex: _Examples, index: list[int], pad: int, device: str) -> Any:
    """Mean per-token KL(teacher || student) over the chosen examples."""
    import torch

    student = _answer_logp(model, [ex.student_ctx[i] for i in index], [ex.continuations[i] for i in index], pad, device)
    teacher = torch.cat([ex.teacher_logp[i] for i in index])
    student = torch.cat(student)
    return (teacher.exp() * (teacher - student)).sum(-1).mean()


def _mean_kl(model: Any, ex: _Examples, pad: int, device: str, batch: int) -> float:
    import torch

    total, tokens = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(ex), batch):
            index = list(range(start, min(start + batch, len(ex))))
            n = sum(len(ex.continuations[i]) for i in index)
            total += float(_kl(model, ex, index, pad, device)) * n
            tokens += n
    return total / max(tokens, 1)


def perplexity(model: Any, tokenizer: Any, text: str, device: str, window: int = 256) -> float:
    import torch

    ids = tokenizer(text, return_tensors="pt").input_ids[0].tolist()
    nll, count = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(ids) - 1, window):
            chunk = torch.tensor([ids[start:start + window + 1]], device=device)
            if chunk.shape[1] < 2:
                break
            out = model(input_ids=chunk, labels=chunk)
            nll += float(out.loss) * (chunk.shape[1] - 1)
            count += chunk.shape[1] - 1
    return math.exp(nll / max(count, 1))


def _examples(model: Any, tokenizer: Any, prompts: list[str], block: str, settings: DistillSettings,
              device: str) -> _Examples:
    import torch

    teacher = [_chat_ids(tokenizer, f"{SYSTEM}\n\n{block}", p) for p in prompts]
    student = [_chat_ids(tokenizer, SYSTEM, p) for p in prompts]
    continuations: list[list[int]] = []
    for start in range(0, len(prompts), 8):
        continuations += _generate(model, tokenizer, teacher[start:start + 8], settings.max_new_tokens, device)
    ex = _Examples(teacher, student, continuations)
    with torch.no_grad():
        for start in range(0, len(ex), settings.batch):
            index = range(start, min(start + settings.batch, len(ex)))
            ex.teacher_logp += [t.detach() for t in _answer_logp(
                model, [teacher[i] for i in index], [continuations[i] for i in index], tokenizer.pad_token_id, device)]
    return ex


def _peak_memory_mb(device: str) -> float:
    if device == "cuda":
        import torch

        return torch.cuda.max_memory_allocated() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_distill(store: LessonStore, scope: str, base: str, device: str = "auto",
                settings: DistillSettings | None = None, progress: Any = None,
                lessons: list[Lesson] | None = None, say: Any = None) -> dict[str, Any]:
    """Train, evaluate, save and (if it clears the gate) put in use an adapter for ``scope``.

    ``progress(total)``: a progress bar for the training steps; ``say(message)``: each stage before
    and after them (loading the model and writing the teacher's answers take a minute on a CPU)."""
    say = say or (lambda message: None)
    require_extra()
    import torch
    from peft import LoraConfig, get_peft_model

    settings = settings or DistillSettings()
    torch.manual_seed(settings.seed)
    if lessons is None:
        block = Retriever(store, refresh_seconds=0).select(scope, None, settings.budget)
        lessons = store.get_many(block.lesson_ids)
    from secondnature.lessons.render import render

    block = render(lessons, settings.budget)
    lessons = [x for x in lessons if x.id in set(block.lesson_ids)]
    if not lessons:
        raise DistillError(f"no active lessons to distill in {scope}")
    train, held = prompts_for(lessons, captured_prompts(store.home, scope), settings.seed)
    train, held = train[: settings.max_train_prompts], held[: settings.max_heldout_prompts]
    dev, dtype = pick_device(device)
    started = time.time()
    folder = resolve(base, store.home)
    say(f"loading {base} on {dev}")
    tokenizer, model = load(folder, dev, dtype)
    pad = tokenizer.pad_token_id
    tokenizer.padding_side = "left"
    say(f"the teacher (the model with {len(lessons)} lessons in its prompt) answers {len(train) + len(held)} prompts")
    train_ex = _examples(model, tokenizer, train, block.text, settings, dev)
    held_ex = _examples(model, tokenizer, held, block.text, settings, dev)
    stats = diversity(train, [tokenizer.decode(c, skip_special_tokens=True) for c in train_ex.continuations])
    refused = too_repetitive(stats)
    if refused:
        raise DistillError(f"refused: the training set is too repetitive ({refused}); add lessons or captured prompts")
    say("measuring the student before training")
    before = {"train_kl": _mean_kl(model, train_ex, pad, dev, settings.batch),
              "heldout_kl": _mean_kl(model, held_ex, pad, dev, settings.batch),
              "neutral_perplexity": perplexity(model, tokenizer, neutral_text(), dev)}
    names = {n.rsplit(".", 1)[-1] for n, _ in model.named_modules()}
    targets = ["q_proj", "v_proj"] if {"q_proj", "v_proj"} <= names else "all-linear"
    student = get_peft_model(model, LoraConfig(r=settings.rank, lora_alpha=settings.alpha, lora_dropout=0.0,
                                               target_modules=targets, task_type="CAUSAL_LM"))
    optimizer = torch.optim.AdamW([p for p in student.parameters() if p.requires_grad], lr=settings.learning_rate)
    student.train()
    losses, step_seconds = [], []
    bar = progress(settings.steps) if progress is not None and settings.steps else None
    if bar is not None:
        bar.__enter__()
    try:
        order = list(range(len(train_ex)))
        for step in range(settings.steps):
            t = time.perf_counter()
            start = (step * settings.batch) % len(order)
            index = (order[start:] + order[:start])[: settings.batch]
            loss = _kl(student, train_ex, index, pad, dev)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            losses.append(round(float(loss.detach()), 5))
            step_seconds.append(time.perf_counter() - t)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    student.eval()
    say("measuring the student after training: held-out gap and neutral perplexity")
    after = {"train_kl": _mean_kl(student, train_ex, pad, dev, settings.batch),
             "heldout_kl": _mean_kl(student, held_ex, pad, dev, settings.batch),
             "neutral_perplexity": perplexity(student, tokenizer, neutral_text(), dev)}
    gap_closed = 1 - after["heldout_kl"] / before["heldout_kl"] if before["heldout_kl"] > 1e-6 else 0.0
    ppl_change = after["neutral_perplexity"] / before["neutral_perplexity"] - 1
    reasons = []
    if gap_closed < settings.min_gap_closed:
        reasons.append(f"closes {gap_closed:.0%} of the held-out gap (needs {settings.min_gap_closed:.0%})")
    if ppl_change > settings.max_perplexity_increase:
        reasons.append(f"raises neutral perplexity by {ppl_change:.1%} (allowed {settings.max_perplexity_increase:.0%})")
    adapter_id = uuid.uuid4().hex[:12]
    student.save_pretrained(adapters.adapter_dir(store.home, adapter_id))
    previous = adapters.in_use(store.home, scope)
    meta = {
        "id": adapter_id, "created": now_iso(), "scope": scope, "base": base, "base_folder": folder,
        "device": dev, "dtype": str(dtype).replace("torch.", ""), "target_modules": targets,
        "lessons": [{"id": x.id, "version": x.version, "title": x.title} for x in lessons],
        "prompts": {"train": len(train), "heldout": len(held)}, "diversity": stats,
        "settings": asdict(settings), "before": before, "after": after,
        "gap_closed": round(gap_closed, 4), "neutral_perplexity_change": round(ppl_change, 4),
        "losses": losses, "seconds_per_step": round(sum(step_seconds) / max(len(step_seconds), 1), 3),
        "seconds": round(time.time() - started, 1), "peak_memory_mb": round(_peak_memory_mb(dev)),
        "promoted": not reasons, "reason": "; ".join(reasons) or "cleared the gate",
        "previous": previous,
    }
    adapters.save_meta(store.home, adapter_id, meta)
    if reasons:
        adapters.drop_weights(store.home, adapter_id)  # a rejected adapter keeps only its record: why, and its figures
    else:
        adapters.use(store.home, adapter_id)
    meta["in_use"] = adapters.in_use(store.home, scope)
    return meta


def settings_from_config(settings: Settings) -> DistillSettings:
    """``[distill]`` as set (its defaults are ``DistillSettings``'); ``base`` is the caller's."""
    known = DistillSettings.__dataclass_fields__
    return DistillSettings(**{k: v for k, v in settings.distill.items() if k in known})
