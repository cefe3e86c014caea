"""The deployment recipes in deploy/: the compose file and the Kubernetes CronJob name real commands and
the settings fleets need, and the agent service runs: its sessions reach a real Postgres sink."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
import urllib.error
import urllib.request

import psycopg
import pytest
import yaml
from click.testing import CliRunner

from secondnature.cli import cli

from conftest import ROOT, free_port


def second_nature_commands(text: str) -> list[list[str]]:
    """Each `second-nature ...` invocation in a shell command line."""
    out = []
    for part in text.replace("&&", ";").split(";"):
        words = shlex.split(part)
        if words and words[0] == "second-nature":
            out.append(words[1:])
    return out


def test_the_recipes_name_real_commands_and_the_fleet_settings():
    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    services = compose["services"]
    assert {"postgres", "chroma", "migrate", "agent-1", "agent-2", "sleep"} <= set(services)
    for name in ("migrate", "agent-1", "agent-2", "sleep"):
        env = services[name]["environment"]
        assert env["SECOND_NATURE_EVENTS_URL"].startswith("postgresql://") and env["SECOND_NATURE_CHROMA_URL"]
    cron = yaml.safe_load((ROOT / "deploy" / "k8s" / "sleep-cronjob.yaml").read_text())
    assert cron["kind"] == "CronJob" and cron["spec"]["schedule"] == "15 3 * * *"
    container = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert container["imagePullPolicy"] == "IfNotPresent" and ":latest" not in container["image"]
    for name in ("agent-1", "agent-2"):  # a replica's unshipped events live on a volume, not in the container
        assert services[name]["volumes"][0].endswith(":" + services[name]["environment"]["SECOND_NATURE_HOME"])
    lines = [" ".join(services["migrate"]["command"]), services["sleep"]["command"][-1], container["command"][-1]]
    used = [args for line in lines for args in second_nature_commands(line)]
    assert ["db", "upgrade"] in used and any(args[0] == "sleep" for args in used)
    for args in used:
        assert CliRunner().invoke(cli, [*[a for a in args if not a.startswith("-")], "--help"]).exit_code == 0, args


def test_the_agent_service_captures_into_the_fleets_sink(events_db, chroma_server, tmp_path):
    port = free_port()
    env = {**os.environ, "PORT": str(port), "SECOND_NATURE_HOME": str(tmp_path / "replica"),
           "SECOND_NATURE_CHROMA_URL": chroma_server, "AGENT_NAME": "support-bot"}
    env.pop("AGENT_MODEL", None)
    service = subprocess.Popen([sys.executable, str(ROOT / "deploy" / "agent.py")], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/chat", method="POST", data=json.dumps(
                    {"thread_id": "t-1", "user_id": "u7", "message": "where is my order?"}).encode())
                reply = json.loads(urllib.request.urlopen(request, timeout=30).read())
                break
            except OSError:
                assert time.monotonic() < deadline and service.poll() is None, service.stderr.read().decode()[-2000:]
                time.sleep(0.3)
        assert "scripted reply" in reply["reply"]
        while True:
            with psycopg.connect(events_db, autocommit=True) as conn:
                found = conn.execute("SELECT DISTINCT scope FROM sn_events WHERE session_id = 't-1'").fetchall()
            if found:
                break
            assert time.monotonic() < deadline, "the replica's session never reached the sink"
            time.sleep(0.3)
        assert found == [("agent:support-bot/user:u7",)]
        for bad in (b"not json", b"[1, 2]", b'{"message": 7}'):  # the caller's mistake: 400 and why, no traceback
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/chat", method="POST", data=bad))
            assert refused.value.code == 400 and "bad request" in json.loads(refused.value.read())["error"]
        threads = {json.loads(urllib.request.urlopen(urllib.request.Request(
            f"http://127.0.0.1:{port}/chat", method="POST", data=b'{"message": "hi"}'), timeout=30).read())["thread_id"]
            for _ in range(2)}
        assert len(threads) == 2  # no thread id: a conversation each, never one shared session
    finally:
        service.terminate()
        service.wait(timeout=30)
