"""The command line's exit codes, the same for every subcommand (see docs/cli.md)."""

EXIT_OK = 0
"""All went well."""
EXIT_FINDINGS = 1
"""Findings or bad input: a floor missed, invalid seeds, an unreadable page or rule file."""
EXIT_USAGE = 2
"""The command line itself is wrong."""
EXIT_INTERRUPTED = 130
"""Interrupted (Ctrl-C); a batch run can go on with --resume."""
