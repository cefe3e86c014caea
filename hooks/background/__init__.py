"""Capture off the hook path: the in-process writer a LangGraph agent hands its events to, the fleet's
PostgreSQL sink (psycopg) and the transcript watcher (watchdog). Outside the stdlib fence: no hook
process imports these."""
