"""The `batch` subcommand (registered on the app in cli.py)."""
