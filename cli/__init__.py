"""The Typer command line: thin commands over the library."""
