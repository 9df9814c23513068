"""Letters (文书) as printed documents: spec, GB/T 9704-2012 layout, fonts, PDF, numbers, checks.

Kept import-light on purpose: ``app.letters.spec`` and ``app.letters.numbering`` do not pull in reportlab,
so the CLI and the services can use them without paying for the PDF machinery until a letter is actually
rendered.
"""
