"""Where ctocio keeps the user's files: the XDG base directories, each with a ``ctocio`` folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def _folder(environ: Mapping[str, str], variable: str, default: str) -> Path | None:
    """``$variable/ctocio``, by default ``~/default/ctocio``; None without a home to put it in."""
    base = environ.get(variable, "")
    # The XDG specification says to ignore a relative path here.
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / default
    # An empty or relative HOME would put the folder wherever the command happens to run.
    return root / "ctocio" if root.is_absolute() else None


def config_dir(environ: Mapping[str, str]) -> Path | None:
    """The user's knowledge-base files: ``$XDG_CONFIG_HOME/ctocio``, by default ``~/.config/ctocio``."""
    return _folder(environ, "XDG_CONFIG_HOME", ".config")


def cache_dir(environ: Mapping[str, str]) -> Path | None:
    """The compiled cache: ``$XDG_CACHE_HOME/ctocio``, by default ``~/.cache/ctocio``."""
    return _folder(environ, "XDG_CACHE_HOME", ".cache")
