"""`python -m leanboard`: the same as the `leanboard` command (and PyInstaller's entry point)."""

from leanboard.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
