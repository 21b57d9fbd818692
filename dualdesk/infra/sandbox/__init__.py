"""The built-in sandbox X service: a loopback HTTP server speaking X API v2.

Modules: `records` (account and post), `state` (users, posts, follows; JSON
on disk), `demo` (the demo accounts), `oauth_check` (OAuth 1.0a signature
verification), `rate_limits`, `faults` (injected failures), `wire` (X's
JSON shapes and problem bodies), `api_routes` and `admin_routes` (the
endpoints), `server` (`SandboxServer`).
"""
