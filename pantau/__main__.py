"""``python -m pantau`` runs the command-line tool."""

from pantau.cli import main

main()
