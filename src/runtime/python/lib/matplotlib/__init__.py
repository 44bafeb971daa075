"""Parallel Lab's matplotlib: a small stand-in, since matplotlib cannot be installed in this page.

Only ``matplotlib.pyplot``'s calls that the lab uses are here (see pyplot.py): a figure is
plain data drawn by the page's plot facility (Chart.js), in the Charts panel and as a PNG file.
"""

__version__ = "3.8.0"


def use(backend, force=True):
    """Backends are the page's: accepted and ignored."""
