"""Balance revisions: idempotent uploads, receipts and attachments (SYNC.md §3.4–§3.6)."""
