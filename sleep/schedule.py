"""Scheduling the night job: a crontab line, a systemd user timer or a launchd agent (macOS),
idempotent and reversible; ``installed`` says which are in place, for ``doctor``."""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess

from secondnature.hooks.core.errors import SecondNatureError

MARKER = "# second-nature sleep"
UNIT = "second-nature-sleep"
LAUNCHD_LABEL = "dev.second-nature.sleep"


class ScheduleError(SecondNatureError, RuntimeError):
    pass


def sleep_command(executable: str, log_file: str) -> str:
    return f"{shlex.quote(executable)} sleep >> {shlex.quote(log_file)} 2>&1"


def cron_line(executable: str, log_file: str, at: str, environment: dict[str, str] | None = None) -> str:
    hour, minute = _time(at)
    env = "".join(f"{k}={shlex.quote(v)} " for k, v in sorted((environment or {}).items()))
    return f"{minute} {hour} * * * {env}{sleep_command(executable, log_file)} {MARKER}"


def _time(at: str) -> tuple[int, int]:
    try:
        hour, minute = (int(x) for x in at.split(":"))
        if 0 <= hour < 24 and 0 <= minute < 60:
            return hour, minute
    except ValueError:
        pass
    raise ScheduleError(f"--at takes HH:MM (24-hour), not {at!r}")


def _crontab() -> str:
    exe = os.environ.get("SECOND_NATURE_CRONTAB") or shutil.which("crontab")
    if not exe:
        raise ScheduleError("crontab is not installed; use `second-nature install systemd`, or install cron")
    return exe


def read_crontab() -> str:
    """The user's crontab; "no crontab for <user>" is an empty one, but any other failure is an error:
    treating it as empty would replace every line the user has when ours is written."""
    proc = subprocess.run([_crontab(), "-l"], capture_output=True, text=True)
    if proc.returncode == 0:
        return proc.stdout
    if "no crontab" in (proc.stderr + proc.stdout).lower():
        return ""
    raise ScheduleError(f"cannot read your crontab ({(proc.stderr or proc.stdout).strip()[:200] or 'crontab -l failed'}); "
                       "nothing was changed")


def cron_with(current: str, line: str | None) -> str:
    """``current`` without our line, plus ``line`` when installing; every other line kept as it was."""
    kept = [x for x in current.splitlines() if not x.rstrip().endswith(MARKER)]
    if line:
        kept.append(line)
    return "\n".join(kept) + "\n" if kept else ""


def write_crontab(text: str) -> None:
    proc = subprocess.run([_crontab(), "-"], input=text, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ScheduleError(f"crontab refused the new table: {proc.stderr.strip()}")


def systemd_dir() -> str:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "systemd", "user")


def systemd_units(executable: str, at: str, environment: dict[str, str]) -> dict[str, str]:
    hour, minute = _time(at)
    env = "".join(f"Environment={k}={shlex.quote(v)}\n" for k, v in sorted(environment.items()))
    return {
        f"{UNIT}.service": f"[Unit]\nDescription=second-nature: learn lessons from the day's agent sessions\n\n"
                           f"[Service]\nType=oneshot\n{env}ExecStart={shlex.quote(executable)} sleep\nNice=10\n",
        f"{UNIT}.timer": f"[Unit]\nDescription=Run second-nature sleep every night\n\n"
                         f"[Timer]\nOnCalendar=*-*-* {hour:02d}:{minute:02d}:00\nPersistent=true\n"
                         f"RandomizedDelaySec=300\n\n[Install]\nWantedBy=timers.target\n",
    }


def systemctl(*args: str) -> str | None:
    """Run ``systemctl --user``; None when systemd is not available here."""
    exe = shutil.which("systemctl")
    if not exe:
        return None
    proc = subprocess.run([exe, "--user", *args], capture_output=True, text=True)
    return proc.stdout if proc.returncode == 0 else None


def launchd_path() -> str:
    return os.path.join(os.path.expanduser("~"), "Library", "LaunchAgents", f"{LAUNCHD_LABEL}.plist")


def launchd_plist(executable: str, at: str, environment: dict[str, str], log_file: str) -> bytes:
    """A launchd user agent running ``sleep`` daily at ``at`` (a missed run happens at the next wake)."""
    hour, minute = _time(at)
    job = {"Label": LAUNCHD_LABEL, "ProgramArguments": [executable, "sleep"],
           "StartCalendarInterval": {"Hour": hour, "Minute": minute}, "StandardOutPath": log_file,
           "StandardErrorPath": log_file, "ProcessType": "Background", "LowPriorityIO": True}
    if environment:
        job["EnvironmentVariables"] = dict(sorted(environment.items()))
    return plistlib.dumps(job)


def launchctl(*args: str) -> bool:
    """Run ``launchctl``; False where there is none (not macOS) or it refused."""
    exe = shutil.which("launchctl")
    return bool(exe) and subprocess.run([exe, *args], capture_output=True).returncode == 0


def installed() -> list[str]:
    """The nightly schedules in place: "cron", "systemd", "launchd" (none: an empty list)."""
    found = []
    try:
        if any(line.rstrip().endswith(MARKER) for line in read_crontab().splitlines()):
            found.append("cron")
    except ScheduleError:
        pass  # no crontab here, or it cannot be read: not ours to judge
    if os.path.exists(os.path.join(systemd_dir(), f"{UNIT}.timer")):
        found.append("systemd")
    if os.path.exists(launchd_path()):
        found.append("launchd")
    return found
