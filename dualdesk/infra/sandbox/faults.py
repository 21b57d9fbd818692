"""Failures to inject into the sandbox, for tests and demos.

A test pushes a `Fault` with where it applies (path prefix, method) and how
many requests it hits; the server takes the first matching fault for each
request. Kinds:

- ``5xx``: answer 503 Service Unavailable; nothing happens.
- ``timeout``: wait `delay` seconds (longer than the client's read timeout)
  and then carry out the request anyway, as X may do after a client gave up.
- ``429``: answer Too Many Requests with a reset time; nothing happens.
- ``revoked``: revoke the caller's token (401 from now on, persisted).
- ``drop``: close the connection without answering; nothing happens.
- ``drop_after``: carry out the request, then close without answering (the
  "possibly sent" case).
- ``plan``: answer 403 client-not-enrolled, as when the plan lacks the endpoint.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

KINDS = frozenset({"5xx", "timeout", "429", "revoked", "drop", "drop_after", "plan"})


@dataclass(frozen=True)
class Fault:
    """One kind of failure; `delay` is the wait of a ``timeout`` in seconds."""

    kind: str
    delay: float = 1.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}; use one of {sorted(KINDS)}")


@dataclass
class _Armed:
    fault: Fault
    path_prefix: str
    method: str | None
    remaining: int


class FaultPlan:
    """The faults waiting to hit requests; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []

    def push(
        self,
        fault: Fault,
        path_prefix: str = "/2/",
        count: int = 1,
        method: str | None = None,
    ) -> None:
        """Arm `fault` for the next `count` requests whose path starts with `path_prefix`.

        Args:
            fault: what goes wrong.
            path_prefix: e.g. "/2/tweets" (posting and deleting) or "/2/users/me".
            count: how many matching requests it hits.
            method: only requests with this HTTP method (e.g. "POST"), or any.
        """
        with self._lock:
            self._armed.append(_Armed(fault, path_prefix, method and method.upper(), count))

    def push_json(self, spec: dict[str, Any]) -> Fault:
        """Arm a fault described as JSON (the admin endpoint's body).

        Raises:
            ValueError: the description is not a valid fault.
        """
        fault = Fault(str(spec.get("kind", "")), float(spec.get("delay", 1.0)))
        self.push(
            fault,
            str(spec.get("path_prefix", "/2/")),
            int(spec.get("count", 1)),
            spec.get("method"),
        )
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """Return the fault for this request, if one is armed, and count it used."""
        with self._lock:
            for armed in self._armed:
                if path.startswith(armed.path_prefix) and armed.method in (None, method):
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._armed.remove(armed)
                    return armed.fault
        return None

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._armed.clear()

    @property
    def pending(self) -> int:
        """How many requests the armed faults will still hit."""
        with self._lock:
            return sum(a.remaining for a in self._armed)
