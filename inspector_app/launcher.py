"""The entry point of the `inspector` command. Started without arguments, as the desktop entry starts
it, on a machine that can show a window, it opens the window at once: the command line's parser
(click and what it imports, ~20 ms) is not loaded for it. Anything else goes to `inspector_app.cli`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from inspector_app.environment import DATA_DIR_ENV, LANG_ENV, has_display
from inspector_app.i18n import LANGUAGES


def main(argv: list[str] | None = None) -> int:
    """The window at once on the data directory and in the language the environment names (as the
    command's options would default), else the command line; returns the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    lang = os.environ.get(LANG_ENV) or "zh"
    if args or lang not in LANGUAGES or not has_display():
        from inspector_app.cli import main as command_line

        return command_line(args)
    from inspector_app.i18n import set_language
    from inspector_app.paths import default_data_dir
    from inspector_app.ui.app import run

    set_language(lang)
    return run(Path(os.environ.get(DATA_DIR_ENV) or default_data_dir()))
