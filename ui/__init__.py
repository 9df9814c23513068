"""The PySide6 desktop shell. Talks to the core only through :mod:`app.services`."""
