"""The one family of errors a user can cause; the CLI prints them as one line and exits 1."""

from __future__ import annotations


class EntenteError(Exception):
    """A problem with the user's input, files or database, explained in one line."""

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None) -> None:
        self.message = message
        self.path = path
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        prefix = ""
        if self.path:
            prefix = f"{self.path}: "
        if self.where:
            prefix += f"{self.where}: "
        return prefix + self.message

    def in_file(self, path: str) -> EntenteError:
        """The same error, naming the file it came from (when it does not already)."""
        if self.path is None:
            self.path = path
            self.args = (str(self),)
        return self


class InputError(EntenteError):
    """A file, fact or option is not what was expected."""


class DatabaseError(EntenteError):
    """The database cannot be reached, is not set up, or refused a change."""


class ReadOnlyError(EntenteError):
    """A query tried to change the database through a read-only command."""


def one_line(message: str) -> str:
    """A message kept on one line: control characters (a newline in a file name) escaped."""
    if message.isprintable():
        return message
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
