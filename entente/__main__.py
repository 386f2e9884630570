"""Run the entente command line as ``python -m entente``."""

from entente.cli.app import main

main()
