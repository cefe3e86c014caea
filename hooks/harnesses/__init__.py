"""One module per harness (its event names, payloads, transcripts and settings file), what they share in
``base``, and the ``registry``. Standard library only: the hook process imports one of them per tool call."""
