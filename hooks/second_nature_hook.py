"""The hook command ``install`` writes: ``<python> -I -S <this file> hook <harness>``.

Python compiles the script it runs from its source on every run (2.6 ms of a 10 ms hook call when this file
held the launcher) and keeps compiled code only for what is imported, so this file only imports
``hook_process`` from beside it and runs it. Whatever happens it exits 0.
"""

import os
import sys

if __name__ == "__main__":
    try:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        try:
            import hook_process
        finally:
            del sys.path[0]  # our module names must not shadow anything
    except BaseException:  # noqa: BLE001 - a broken install must not block the agent
        sys.stdin.buffer.read()
        os._exit(0)
    hook_process.run()
