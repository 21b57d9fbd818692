"""Pure domain: accounts, drafts, posts, guards and timing. No I/O."""
