"""``python -m graph`` is the ``newsgraph`` command."""

from .cli import main

main()
