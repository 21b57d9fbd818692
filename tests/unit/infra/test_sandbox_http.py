"""The sandbox on the wire: signatures, X's shapes and headers, control endpoints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from requests_oauthlib import OAuth1

from dualdesk.core.credentials import OAuth1Credentials
from dualdesk.core.errors import Transient
from dualdesk.infra.sandbox.demo import DEMO_CREDENTIALS
from dualdesk.infra.sandbox.server import SandboxServer
from dualdesk.infra.x_tweepy import TweepyXClient
from tests.conftest import cli_env

PRO = DEMO_CREDENTIALS["professional"]


def signer() -> OAuth1:
    return OAuth1(PRO.consumer_key, PRO.consumer_secret, PRO.access_token, PRO.access_token_secret)


def signed_for(url: str, method: str = "GET", **kwargs: object) -> requests.PreparedRequest:
    return requests.Request(method, url, auth=signer(), **kwargs).prepare()  # type: ignore[arg-type]


def send(prepared: requests.PreparedRequest) -> requests.Response:
    with requests.Session() as session:
        return session.send(prepared, timeout=5)


def test_a_correctly_signed_request_gets_xs_shape_and_rate_headers(
    sandbox: SandboxServer,
) -> None:
    answer = send(signed_for(f"{sandbox.url}/2/users/me?user.fields=protected"))
    assert answer.status_code == 200
    assert answer.json()["data"]["username"] == "DrRiverCounsel"
    assert answer.json()["data"]["protected"] is False
    assert answer.headers["x-rate-limit-limit"] == "75"
    assert answer.headers["x-rate-limit-remaining"] == "74"
    assert int(answer.headers["x-rate-limit-reset"]) > 0


def test_a_request_signed_for_another_host_is_refused(sandbox: SandboxServer) -> None:
    prepared = signed_for("https://api.twitter.com/2/users/me")
    prepared.url = f"{sandbox.url}/2/users/me"  # rewritten after signing
    answer = send(prepared)
    assert answer.status_code == 401
    assert answer.json() == {
        "title": "Unauthorized",
        "detail": "Unauthorized",
        "type": "about:blank",
        "status": 401,
    }


def test_a_query_changed_after_signing_is_refused(sandbox: SandboxServer) -> None:
    prepared = signed_for(f"{sandbox.url}/2/users/me?user.fields=protected")
    prepared.url = f"{sandbox.url}/2/users/me?user.fields=created_at"
    assert send(prepared).status_code == 401


def test_a_replayed_request_is_refused(sandbox: SandboxServer) -> None:
    prepared = signed_for(f"{sandbox.url}/2/users/me")
    assert send(prepared).status_code == 200
    assert send(prepared).status_code == 401


def test_create_answers_201_with_the_new_post(sandbox: SandboxServer) -> None:
    answer = send(signed_for(f"{sandbox.url}/2/tweets", "POST", json={"text": "Hello"}))
    assert answer.status_code == 201
    data = answer.json()["data"]
    assert data["text"] == "Hello"
    assert data["edit_history_tweet_ids"] == [data["id"]]
    assert answer.headers["x-rate-limit-limit"] == "100"


def test_max_results_out_of_range_is_an_invalid_request(sandbox: SandboxServer) -> None:
    me = send(signed_for(f"{sandbox.url}/2/users/me")).json()["data"]["id"]
    answer = send(signed_for(f"{sandbox.url}/2/users/{me}/tweets?max_results=101"))
    assert answer.status_code == 400
    assert answer.json()["type"] == "https://api.twitter.com/2/problems/invalid-request"
    assert "not between 5 and 100" in answer.json()["errors"][0]["message"]


def test_control_endpoints_arm_faults_and_make_mentions(sandbox: SandboxServer) -> None:
    admin = f"{sandbox.url}/__sandbox__"
    armed = requests.post(f"{admin}/faults", json={"kind": "5xx", "count": 2}, timeout=5)
    assert armed.status_code == 201
    assert armed.json()["pending"] == 2
    assert requests.post(f"{admin}/faults", json={"kind": "boom"}, timeout=5).status_code == 400
    assert requests.delete(f"{admin}/faults", timeout=5).json() == {"pending": 0}
    made = requests.post(
        f"{admin}/mention", json={"from": "sam_reads", "to": "DrRiverCounsel"}, timeout=5
    )
    assert made.status_code == 201
    assert "@DrRiverCounsel" in made.json()["data"]["text"]
    state = requests.get(f"{admin}/state", timeout=5).json()
    assert made.json()["data"]["id"] in {p["id"] for p in state["posts"]}
    assert "secret" not in json.dumps(state["users"])


def test_a_registered_account_can_sign_in_with_its_own_credentials(
    sandbox: SandboxServer,
) -> None:
    creds = {
        "consumer_key": "ck-clinic-app",
        "consumer_secret": "cs-clinic-app",
        "access_token": "2000-clinic-token",
        "access_token_secret": "ts-clinic-token",
    }
    made = requests.post(
        f"{sandbox.url}/__sandbox__/users",
        json={"handle": "river_practice", "name": "River Practice", "credentials": creds},
        timeout=5,
    )
    assert made.status_code == 201
    client = TweepyXClient(OAuth1Credentials(**creds), sandbox.url)
    assert client.whoami().handle == "river_practice"
    client.close()


def test_the_module_runs_as_a_service_with_control_over_http(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dualdesk.infra.sandbox", "--state", str(tmp_path / "sb")],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(tmp_path),
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        client = TweepyXClient(PRO, url)
        requests.post(
            f"{url}/__sandbox__/faults",
            json={"kind": "drop", "path_prefix": "/2/users/me"},
            timeout=5,
        )
        with pytest.raises(Transient):
            client.whoami()
        assert client.whoami().handle == "DrRiverCounsel"
        client.close()
    finally:
        proc.terminate()
        code = proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert code == 0
    assert (tmp_path / "sb" / "sandbox-state.json").exists()


def test_a_protected_accounts_posts_are_hidden_from_non_followers(
    sandbox: SandboxServer,
) -> None:
    personal = sandbox.state.user_by_handle("alex_weekends")
    assert personal is not None
    answer = send(signed_for(f"{sandbox.url}/2/users/{personal.id}/tweets"))
    assert answer.status_code == 200
    assert "data" not in answer.json()
    assert "not authorized" in answer.json()["errors"][0]["detail"]
    jo = sandbox.state.user_by_handle("jo_outdoors")  # a follower of the personal account
    assert jo is not None
    as_jo = OAuth1(jo.consumer_key, jo.consumer_secret, jo.access_token, jo.access_token_secret)
    url = f"{sandbox.url}/2/users/{personal.id}/tweets"
    seen = send(requests.Request("GET", url, auth=as_jo).prepare()).json()
    assert [p["text"] for p in seen["data"]] == [
        "Finally finished the long trail loop. Legs: gone."
    ]
    sam = sandbox.state.user_by_handle("sam_reads")  # followed by, not following, personal
    assert sam is not None
    as_sam = OAuth1(
        sam.consumer_key, sam.consumer_secret, sam.access_token, sam.access_token_secret
    )
    unseen = send(requests.Request("GET", url, auth=as_sam).prepare()).json()
    assert "data" not in unseen


def test_a_revoked_demo_account_can_be_reinstated(sandbox: SandboxServer) -> None:
    pro = sandbox.state.user_by_handle("DrRiverCounsel")
    assert pro is not None
    sandbox.state.revoke(pro.id)
    assert send(signed_for(f"{sandbox.url}/2/users/me")).status_code == 401
    answer = requests.post(
        f"{sandbox.url}/__sandbox__/reinstate", json={"handle": "DrRiverCounsel"}, timeout=5
    )
    assert answer.status_code == 200
    assert send(signed_for(f"{sandbox.url}/2/users/me")).status_code == 200
