"""`python -m docguard` runs the command line."""

from docguard.cli.main import main

main()
