"""The stdlib kernel every room stands on: paths and private files, the event schema, scopes, JSON,
redaction, the session log and the digest's format. Standard library only (a test holds the fence)."""
