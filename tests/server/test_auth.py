"""Accounts and tokens: login, rate limiting, refresh rotation, replay, revocation (SYNC §3.7)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from advisor_app.server.auth.tokens import token_hash
from advisor_app.server.models import AccessToken, AuditEntry, RefreshToken, User
from advisor_app.sync.protocol import Problem, TokenResponse
from tests.helpers.server_data import password_grant
from tests.server.conftest import PASSWORD, Api, make_api


def _refresh(api: Api, token: str, device_id: uuid.UUID) -> tuple[int, dict[str, object]]:
    response = api.client.post(
        "/v1/auth/token",
        json={"grant_type": "refresh_token", "refresh_token": token, "device_id": str(device_id)},
    )
    return response.status_code, response.json()


def test_login_returns_short_opaque_tokens_and_stores_only_hashes(api: Api) -> None:
    """A password login answers the advisor and opaque ~43-char tokens kept only as hashes."""
    user_id = api.user("ewa", team="Nowy Sącz")
    body = TokenResponse.model_validate(api.login("ewa"))
    assert body.advisor.id == user_id and body.advisor.roles == ["advisor"]
    assert len(body.advisor.team_ids) == 1
    assert len(body.refresh_token) == 43 and len(body.access_token) == 43
    assert body.expires_in == 900
    with api.db.read() as session:
        assert session.get(RefreshToken, token_hash(body.refresh_token)) is not None
        assert session.get(AccessToken, token_hash(body.access_token)) is not None
        stored = session.scalars(select(RefreshToken.token_hash)).all()
        assert body.refresh_token not in stored
        user = session.get(User, user_id)
        assert user is not None and user.password_hash.startswith("$argon2id$")
        actions = session.scalars(select(AuditEntry.action)).all()
        assert "login" in actions


def test_wrong_password_is_invalid_grant(api: Api) -> None:
    """A wrong password and an unknown user both answer 401 invalid-grant."""
    api.user("ewa")
    for name in ("ewa", "nobody"):
        response = api.client.post(
            "/v1/auth/token", json=password_grant(name, "wrong", uuid.uuid4())
        )
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert Problem.from_uri(response.json()["type"]) is Problem.INVALID_GRANT


def test_login_rate_limit_per_username_and_ip(api: Api) -> None:
    """After five failures the sixth attempt, even with the right password, gets 429."""
    api.user("ewa")
    for _ in range(5):
        response = api.client.post(
            "/v1/auth/token", json=password_grant("ewa", "wrong", uuid.uuid4())
        )
        assert response.status_code == 401
    response = api.client.post("/v1/auth/token", json=password_grant("ewa", PASSWORD, uuid.uuid4()))
    assert response.status_code == 429
    assert Problem.from_uri(response.json()["type"]) is Problem.RATE_LIMITED
    assert 1 <= int(response.headers["Retry-After"]) <= 301


def test_refresh_rotates_and_a_replayed_token_revokes_the_device(api: Api) -> None:
    """Refreshing spends the token; presenting the spent one signs the whole device out."""
    api.user("ewa")
    device = uuid.uuid4()
    first = api.login("ewa", device)
    status, second = _refresh(api, str(first["refresh_token"]), device)
    assert status == 200 and second["refresh_token"] != first["refresh_token"]
    me = api.client.get("/v1/catalogue", headers=api.auth(str(second["access_token"])))
    assert me.status_code == 200
    status, replay = _refresh(api, str(first["refresh_token"]), device)
    assert status == 401 and Problem.from_uri(str(replay["type"])) is Problem.INVALID_GRANT
    # The family is dead: the newest refresh token and the access token stop working too.
    status, _ = _refresh(api, str(second["refresh_token"]), device)
    assert status == 401
    me = api.client.get("/v1/catalogue", headers=api.auth(str(second["access_token"])))
    assert me.status_code == 401


def test_refresh_token_is_bound_to_its_device(api: Api) -> None:
    """A refresh token presented with another device ID is refused."""
    api.user("ewa")
    device = uuid.uuid4()
    first = api.login("ewa", device)
    status, _ = _refresh(api, str(first["refresh_token"]), uuid.uuid4())
    assert status == 401


def test_revoke_signs_the_device_out(api: Api) -> None:
    """POST /v1/auth/revoke ends the refresh family and the access tokens of the device."""
    api.user("ewa")
    device = uuid.uuid4()
    tokens = api.login("ewa", device)
    response = api.client.post("/v1/auth/revoke", json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 204
    status, _ = _refresh(api, str(tokens["refresh_token"]), device)
    assert status == 401
    response = api.client.get("/v1/catalogue", headers=api.auth(str(tokens["access_token"])))
    assert response.status_code == 401


def test_admin_revokes_a_device_for_every_account(api: Api) -> None:
    """DELETE /v1/devices/{id} (admin) signs every account on that laptop out; others get 403."""
    admin = api.token("root", "admin")
    api.user("ewa")
    api.user("jan")
    device = uuid.uuid4()
    ewa, jan = api.login("ewa", device), api.login("jan", device)
    other = api.login("ewa", uuid.uuid4())
    response = api.client.delete(
        f"/v1/devices/{device}", headers=api.auth(str(ewa["access_token"]))
    )
    assert response.status_code == 403
    response = api.client.delete(f"/v1/devices/{device}", headers=api.auth(admin))
    assert response.status_code == 204
    for tokens in (ewa, jan):
        assert _refresh(api, str(tokens["refresh_token"]), device)[0] == 401
    assert (
        api.client.get("/v1/catalogue", headers=api.auth(str(other["access_token"]))).status_code
        == 200
    )


def test_missing_or_bad_bearer_token_is_401(api: Api) -> None:
    """Endpoints behind auth answer 401 unauthorized with a Bearer challenge."""
    response = api.client.get("/v1/catalogue")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    response = api.client.get("/v1/catalogue", headers={"Authorization": "Bearer nonsense"})
    assert response.status_code == 401
    assert Problem.from_uri(response.json()["type"]) is Problem.UNAUTHORIZED


def test_access_token_expires(database_url: str) -> None:
    """With ACCESS_TTL=1 an access token stops working after a second; refresh still works."""
    import time

    for api in make_api(database_url, access_ttl=1):
        api.user("ewa")
        device = uuid.uuid4()
        tokens = api.login("ewa", device)
        time.sleep(1.2)
        response = api.client.get("/v1/catalogue", headers=api.auth(str(tokens["access_token"])))
        assert response.status_code == 401
        status, fresh = _refresh(api, str(tokens["refresh_token"]), device)
        assert status == 200
        response = api.client.get("/v1/catalogue", headers=api.auth(str(fresh["access_token"])))
        assert response.status_code == 200
