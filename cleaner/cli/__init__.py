"""The ``clean-article`` command line: a thin layer over the library."""
