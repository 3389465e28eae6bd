"""The incident log: typed events in an append-only hash chain, its verification, and evidence packs."""
