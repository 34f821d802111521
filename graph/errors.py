"""The one exception type the command line turns into a one-line message and an exit code."""

from __future__ import annotations

__all__ = ["NewsgraphError", "UsageError"]


class NewsgraphError(Exception):
    """A problem the user can fix (bad input, bad query, missing file). Its message is one line."""

    exit_code = 2


class UsageError(NewsgraphError):
    """The command was called wrongly (unknown named query, conflicting options)."""

    exit_code = 2
