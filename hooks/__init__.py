"""Day: capture. The event schema, the session log, redaction and one adapter per harness.

Everything a hook process imports from here is standard library only.
"""
