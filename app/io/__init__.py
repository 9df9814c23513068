"""Files in and out: spreadsheets (.xlsx) and text tables (.csv) that officers exchange.

:mod:`app.io.tables` reads rows of any table and :mod:`app.io.table_writer` writes them, knowing nothing
about what the columns mean; :mod:`app.io.importing` holds what every import shares (row accounting,
chunks with progress and cancel, the rejects file). :mod:`app.io.enterprises` maps the enterprise
registry's columns onto them, :mod:`app.io.ledger` the problem ledger's (with its styled workbook in
:mod:`app.io.ledger_sheet`).
"""
