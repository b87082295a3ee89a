"""Helper package holding import cycles between its submodules."""
