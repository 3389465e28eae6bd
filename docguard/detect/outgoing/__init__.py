"""Outgoing detectors: one module per finding in TAXONOMY.md ("Outgoing drafts")."""
