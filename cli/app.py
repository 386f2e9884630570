"""Placeholder entry point (replaced by the real Typer app)."""


def main() -> None:
    """Run the command line."""
