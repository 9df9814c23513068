"""Item models over the core's reads. Big lists are lazy: ordered keys first, rows page by page."""
