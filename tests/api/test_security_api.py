"""Errors are JSON, writes need the token, bodies are bounded, analyze works on real text."""

from __future__ import annotations



def assert_json_error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "detail"} and body["error"]
    assert "Traceback" not in response.text
    return body


def test_not_found_errors(client) -> None:
    assert "no article" in assert_json_error(client.get("/api/articles/does-not-exist"), 404)["error"]
    assert_json_error(client.get("/api/nothing-here"), 404)
    assert_json_error(client.delete("/api/events"), 405)


def test_validation_errors_name_the_parameter(client) -> None:
    for params, field in (({"quad": 7}, "quad"), ({"limit": 0}, "limit"), ({"sort": "text; DROP TABLE events"}, "sort"),
                          ({"date_from": "26/11/2015"}, "date_from"), ({"actor": "RUS' OR 1=1 --"}, "actor")):
        body = assert_json_error(client.get("/api/events", params=params), 422)
        assert any(p["loc"][-1] == field for p in body["detail"]), body


def test_no_path_traversal(client) -> None:
    assert_json_error(client.get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 404)
    response = client.get("/static/..%2F..%2Fapi%2Fapp.py")
    assert response.status_code == 404 and "create_app" not in response.text


def test_writes_refused_without_configured_token(client, write_token: str) -> None:
    body = {"articles": [{"text": "Le président russe a rencontré son homologue français."}]}
    assert_json_error(client.post("/api/ingest", json=body), 403)
    assert_json_error(client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {write_token}"}), 403)
    assert_json_error(client.post("/api/analyze", json={"text": "Bonjour.", "store": True}), 403)
    assert client.get("/api/articles").json()["total"] == 5


def test_body_limit(client) -> None:
    big = '{"text": "' + "a" * (2 * 1024 * 1024 + 10) + '"}'
    body = assert_json_error(client.post("/api/analyze", content=big, headers={"content-type": "application/json"}), 413)
    assert body["detail"]["limit_bytes"] == 2 * 1024 * 1024

    def chunks():  # no Content-Length: the limit must hold while streaming too
        yield b'{"text": "'
        for _ in range(40):
            yield b"a" * 65536
        yield b'"}'

    assert_json_error(client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"}), 413)


def test_analyze_returns_the_annotation(client, sample_text: str) -> None:
    text = sample_text
    response = client.post("/api/analyze", json={"text": text, "published": "2015-11-26", "language": "fr"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] is False
    assert "Vladimir Poutine" in {q["speaker_text"] for q in body["quotes"]}
    assert any(e["source"] == "RUSGOV" and e["target"] == "FRAGOV" for e in body["events"])
    assert all(e["date"] for e in body["events"])
    assert_json_error(client.post("/api/analyze", json={"text": ""}), 422)
    assert_json_error(client.post("/api/analyze", json={"text": "x", "published": "yesterday"}), 422)
    assert_json_error(client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"}), 422)


def test_token_protected_writes(writable_client, write_token: str, sample_text: str) -> None:
    c = writable_client
    text = sample_text
    payload = {"articles": [{"text": text, "id": "sample", "published": "2015-11-26", "language": "fr"},
                            {"text": "   ", "id": "blank"}]}
    assert_json_error(c.post("/api/ingest", json=payload), 403)
    assert_json_error(c.post("/api/ingest", json=payload, headers={"Authorization": "Bearer wrong"}), 403)
    assert c.get("/api/articles").json()["total"] == 0

    auth = {"Authorization": f"Bearer {write_token}"}
    body = c.post("/api/ingest", json=payload, headers=auth).json()
    assert (body["stored"], body["failed"]) == (1, 1)
    assert c.get("/api/articles/sample").json()["quotes"]
    again = c.post("/api/ingest", json=payload, headers=auth).json()
    assert again["duplicates"] == 1 and again["stored"] == 0

    other = "Le ministre allemand a critiqué le gouvernement turc à Berlin."
    assert_json_error(c.post("/api/analyze", json={"text": other, "store": True}), 403)
    stored = c.post("/api/analyze", json={"text": other, "store": True, "published": "2016-01-05"}, headers=auth)
    assert stored.status_code == 200 and stored.json()["stored"] is True
    assert c.get("/api/articles").json()["total"] == 2
