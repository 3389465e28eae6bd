"""Storage: every inbound item is stored (encrypted) before anything else happens. SQL lives only here."""
