"""``python -m ctocio``."""

from ctocio.cli import run

run()
