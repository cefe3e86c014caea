"""The memory: lessons, their store, retrieval and the compiled digests."""
