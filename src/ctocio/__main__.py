"""``python -m ctocio``."""

from ctocio.entry import run

run()
