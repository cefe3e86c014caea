"""Why the events sink is a plain table and not langgraph's PostgresStore: the same 20,000 event lines
written both ways to one real PostgreSQL, interleaved rounds, events/s.

- INSERT ... ON CONFLICT DO NOTHING in batches of 2,000 (what `hooks/background/sink.py` does: insert once, a
  growing id to resume from);
- PostgresStore.batch of PutOps of 2,000, and PostgresStore.put one at a time (an upsert by namespace
  and key: a replay rewrites the row, and nothing orders the rows for a reader to resume from).

Needs `pip install langgraph-checkpoint-postgres==3.2.0` (not a dependency of second-nature).
Usage: python bench/sink_choice.py
"""

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import psycopg  # noqa: E402
from langgraph.store.base import PutOp  # noqa: E402
from langgraph.store.postgres import PostgresStore  # noqa: E402

from conftest import Postgres  # noqa: E402

pg = Postgres()
try:
    url = pg.url()
    N = 20000
    lines = [json.dumps({"v": 1, "session_id": f"s{i % 50}", "scope": "agent:x", "kind": "tool_result",
                         "data": {"call_id": str(i), "output": "ok " * 40}}) for i in range(N)]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE ev (id bigserial primary key, source text, session_id text, line_offset bigint, line text, UNIQUE (source, session_id, line_offset))")
    res = {"insert": [], "store.batch": [], "store.put": []}
    with PostgresStore.from_conn_string(url) as store:
        store.setup()
        for r in range(3):
            with psycopg.connect(url, autocommit=True) as conn:
                t = time.perf_counter()
                for i in range(0, N, 2000):
                    with conn.transaction(), conn.cursor() as cur:
                        cur.executemany("INSERT INTO ev (source, session_id, line_offset, line) VALUES (%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                                        [(f"r{r}", f"s{j % 50}", j, lines[j]) for j in range(i, min(i + 2000, N))])
                res["insert"].append(N / (time.perf_counter() - t))
            t = time.perf_counter()
            for i in range(0, N, 2000):
                store.batch([PutOp(("events", f"r{r}", f"s{j % 50}"), str(j), json.loads(lines[j]), index=False) for j in range(i, min(i + 2000, N))])
            res["store.batch"].append(N / (time.perf_counter() - t))
            t = time.perf_counter()
            for j in range(2000):
                store.put(("events1", f"r{r}", f"s{j % 50}"), str(j), json.loads(lines[j]), index=False)
            res["store.put"].append(2000 / (time.perf_counter() - t))
    for k, v in res.items():
        print(f"{k:12s} median {statistics.median(v):8,.0f} events/s  ({', '.join(f'{x:,.0f}' for x in v)})")
finally:
    pg.close()
