"""A minimal client of the operator console's JSON API (cookie session and
CSRF header), used by the demo's scripted operator and by the tests.
Standard library only."""

import http.cookiejar
import json
import urllib.error
import urllib.request


class ConsoleError(Exception):
    def __init__(self, status, body):
        super().__init__(f"{status}: {body.get('message', body)}")
        self.status = status
        self.body = body


class Console:
    def __init__(self, base_url):
        self.base = base_url.rstrip("/") + "/console/api"
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.csrf = None

    def _call(self, method, path, body=None, csrf=True):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if csrf and self.csrf:
            request.add_header("X-CSRF-Token", self.csrf)
        try:
            with self.opener.open(request, timeout=40) as response:
                raw = response.read()
                return json.loads(raw) if raw else {}
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = {"message": raw.decode(errors="replace")}
            raise ConsoleError(e.code, parsed) from None

    def login(self, username, password):
        me = self._call("POST", "/login", {"username": username, "password": password}, csrf=False)
        self.csrf = me["csrf"]
        return me

    def queue(self, since=0, wait=0):
        return self._call("GET", f"/queue?since={since}&wait={wait}")

    def wait_queue(self, predicate, timeout=15.0):
        """Long-polls the queue until predicate(items) is true."""
        import time

        deadline = time.monotonic() + timeout
        version = 0
        while True:
            answer = self.queue(since=version, wait=5)
            if predicate(answer["items"]):
                return answer["items"]
            if time.monotonic() > deadline:
                raise TimeoutError("the console queue never matched")
            version = answer["version"]

    def case(self, case_id):
        return self._call("GET", f"/cases/{case_id}")

    def act(self, case_id, action, body=None):
        return self._call("POST", f"/cases/{case_id}/{action}", body)

    def stats(self):
        return self._call("GET", "/stats")

    def pre_complaints(self):
        return self._call("GET", "/pre-complaints")["items"]
