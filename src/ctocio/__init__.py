"""ctocio: a bilingual command-line reference for technology-leadership roles."""

__version__ = "0.1.0"
