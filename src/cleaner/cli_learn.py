"""The `learn` subcommand (registered on the app in cli.py)."""
