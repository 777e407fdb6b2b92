"""Property-based checks over the OpenAPI spec (schemathesis): no operation answers 500.

Bounded to stay quick: a few examples per operation, no shrinking deadline.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(demo_store):
    from pantau.api import create_app
    from pantau_handmade import HandmadeStories

    path, ids = demo_store
    app = create_app(str(path), stories_provider=HandmadeStories(ids), token="")
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, response.status_code, response.text[:500])
    case.validate_response(response, checks=[not_a_server_error])
