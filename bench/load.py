"""A small HTTP load generator for the benches (not a test): threads, one
keep-alive ``http.client`` connection each, only to 127.0.0.1.

Each simulated student logs in through the real form (CSRF token parsed from
the page), then runs one scenario:

- ``next``: GET /study/<set> again and again (the next card);
- ``submit``: GET the card in flashcard mode, then POST its rating with the
  form's CSRF and card tokens (only the POST is timed);
- ``hello``: GET / on any server (no log-in), for the baseline.

Every run is bounded: ``--requests`` per client and ``--seconds`` in all.
"""
from __future__ import annotations

import argparse
import http.client
import re
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

CSRF_RE = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
CARD_TOKEN_RE = re.compile(r'name="token"[^>]*value="([^"]+)"')
ALLOWED_HOSTS = {"127.0.0.1", "localhost", "::1"}


class LoadError(RuntimeError):
    pass


class Browser:
    """One simulated student: a keep-alive connection and a cookie jar."""

    def __init__(self, base: str, timeout: float = 30.0) -> None:
        parts = urlsplit(base)
        if parts.hostname not in ALLOWED_HOSTS:
            raise SystemExit(f"refusing to load {parts.hostname}: benches only target this machine")
        self.host, self.port, self.timeout = parts.hostname, parts.port or 80, timeout
        self.cookies: dict[str, str] = {}
        self.connection: http.client.HTTPConnection | None = None
        self.resent = 0  # requests sent again after the server dropped the connection

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        body = urlencode(form) if form is not None else None
        headers = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # The server closed a kept-alive connection (a worker restarted):
                # reconnect once; a second failure is an error.
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
                self.resent += 1
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
            self.connection = None
        return response.status, text

    def login(self, username: str, password: str) -> None:
        status, page = self.request("GET", "/login")
        token = CSRF_RE.search(page)
        if status != 200 or token is None:
            raise LoadError(f"login page: {status}")
        status, _ = self.request("POST", "/login", {"username": username, "password": password,
                                                    "csrf_token": token.group(1), "next": "/"})
        if status != 302:
            raise LoadError(f"log-in of {username}: {status}")

    def card_form(self, slug: str) -> tuple[str, str] | None:
        """The CSRF and card tokens of the rating form of the next flashcard."""
        status, page = self.request("GET", f"/study/{slug}?mode=flashcards")
        csrf, card = CSRF_RE.search(page), CARD_TOKEN_RE.search(page)
        if status != 200 or csrf is None or card is None:
            return None
        return csrf.group(1), card.group(1)


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    statuses: dict[int, int] = field(default_factory=dict)
    elapsed: float = 0.0
    sent: int = 0  # requests answered, the uncounted warm-up ones too (for CPU per request)
    lock = threading.Lock()

    def add(self, seconds: float, status: int, ok: bool) -> None:
        with self.lock:
            self.sent += 1
            self.latencies.append(seconds)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if not ok:
                self.errors[str(status)] = self.errors.get(str(status), 0) + 1

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] = self.errors.get(what, 0) + 1

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def summary(self, label: str) -> str:
        done = len(self.latencies)
        if not done:
            return f"{label}: no request completed; errors {self.errors}"
        ordered = sorted(self.latencies)
        p = lambda q: ordered[min(done - 1, int(q * done))] * 1000
        return (f"{label}: {done} requests in {self.elapsed:.1f} s = {done / self.elapsed:.0f} req/s; "
                f"p50 {p(0.50):.1f} ms, p90 {p(0.90):.1f} ms, p99 {p(0.99):.1f} ms, "
                f"max {ordered[-1] * 1000:.0f} ms; errors {self.error_count} {self.errors or ''}")

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def p(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def logged_in(base: str, usernames: list[str], password: str, threads: int = 8) -> list[Browser]:
    """Log every student in (in parallel, a few at a time)."""
    browsers: list[Browser | None] = [None] * len(usernames)
    failures: list[str] = []

    def work(indexes: range) -> None:
        for i in indexes:
            browser = Browser(base)
            try:
                browser.login(usernames[i], password)
                browsers[i] = browser
            except (LoadError, OSError, http.client.HTTPException) as exc:
                failures.append(f"{usernames[i]}: {exc}")

    pool = [threading.Thread(target=work, args=(range(t, len(usernames), threads),)) for t in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    if failures:
        raise LoadError(f"{len(failures)} log-ins failed, e.g. {failures[:3]}")
    return [b for b in browsers if b is not None]


def run(scenario: str, browsers: list[Browser], slug: str, requests: int, seconds: float,
        warmup: int = 2) -> Result:
    """Each browser runs ``requests`` of the scenario in its own thread, all
    stopping at ``seconds``; the first ``warmup`` of each are not counted."""
    result = Result()
    deadline = time.monotonic() + seconds
    start_gate = threading.Barrier(len(browsers) + 1)

    def client(browser: Browser) -> None:
        start_gate.wait()
        for n in range(requests + warmup):
            if time.monotonic() > deadline:
                return
            try:
                if scenario == "submit":
                    form = browser.card_form(slug)
                    if form is None:
                        result.error("no card to answer")
                        continue
                    began = time.perf_counter()
                    status, _ = browser.request("POST", f"/study/{slug}/review",
                                                {"csrf_token": form[0], "token": form[1], "rating": "3"})
                    ok = status == 302
                else:
                    path = "/" if scenario == "hello" else f"/study/{slug}"
                    began = time.perf_counter()
                    status, _ = browser.request("GET", path)
                    ok = status == 200
                if n >= warmup:
                    result.add(time.perf_counter() - began, status, ok)
                else:
                    with result.lock:
                        result.sent += 1
            except (OSError, http.client.HTTPException) as exc:
                result.error(type(exc).__name__)

    pool = [threading.Thread(target=client, args=(b,)) for b in browsers]
    for thread in pool:
        thread.start()
    start_gate.wait()
    began = time.perf_counter()
    for thread in pool:
        thread.join()
    result.elapsed = time.perf_counter() - began
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="Drive a local Factdeck server.")
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--scenario", choices=("next", "submit", "hello"), default="next")
    parser.add_argument("--set", default="bench-500")
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--requests", type=int, default=100, help="per client")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--first-user", type=int, default=0)
    parser.add_argument("--password", default="bench-password-1")
    args = parser.parse_args()
    names = [f"bench{u:04d}" for u in range(args.first_user, args.first_user + args.clients)]
    browsers = [Browser(args.base) for _ in names] if args.scenario == "hello" \
        else logged_in(args.base, names, args.password)
    result = run(args.scenario, browsers, args.set, args.requests, args.seconds)
    print(result.summary(f"{args.scenario} ×{args.clients}"))


if __name__ == "__main__":
    main()
