"""The self-promotion meter reading the professional account's posts from the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.errors import NotLinked
from dualdesk.core.ports import XClient
from dualdesk.infra.sqlite_store import SQLiteStore
from dualdesk.services.profiles import ProfileChange, ProfileService
from dualdesk.services.promotion_meter import PromotionMeterService
from tests.unit.infra.conftest import ClientFactory


@pytest.fixture
def profiles(tmp_path: Path) -> Iterator[ProfileService]:
    store = SQLiteStore(tmp_path / "data")
    service = ProfileService(store)
    service.update(Role.PROFESSIONAL, ProfileChange(markers=["riverapractice.org"]))
    yield service
    store.close()


def test_a_feed_of_plugs_warns_gently(
    profiles: ProfileService, make_client: ClientFactory
) -> None:
    client = make_client("professional")
    for n in range(11):
        client.post(f"New on the blog: https://riverapractice.org/blog/{n}")

    def clients(role: Role) -> XClient | None:
        return client

    reading = PromotionMeterService(profiles, clients).reading()

    assert (reading.plugs, reading.total) == (11, 13)  # and the two seeded posts
    assert reading.warning is not None and "11 of your last 13 posts" in reading.warning


def test_the_meter_needs_a_linked_account(profiles: ProfileService) -> None:
    with pytest.raises(NotLinked, match="professional account is not linked"):
        PromotionMeterService(profiles, lambda role: None).reading()
