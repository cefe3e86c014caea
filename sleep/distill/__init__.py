"""Distillation: a scope's lessons into a LoRA adapter of a small local model (extra ``distill``).

``train`` runs one distillation and its gate; ``data`` makes the prompts and guards against a
repetitive training set; ``base_model`` finds and loads the base model; ``lessons.adapters`` keeps the
trained LoRA adapters and which one each scope uses; ``local_model`` serves base + adapter as a
LangChain chat model.
"""
