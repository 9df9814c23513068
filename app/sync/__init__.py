"""Client side of sync. The protocol and engine arrive with the sync issue; the outbox is written now."""
