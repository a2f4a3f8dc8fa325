"""On SQLite, writing requests wait for each other on a file lock beside the
database (app/write_queue.py), held from BEGIN IMMEDIATE until the
transaction ends, however it ends."""
from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from app.extensions import db
from app.models import User
from app.write_queue import WriteQueue, WriteQueueTimeout
from tests.conftest import NOW, make_app


def _queue_file(app: Flask) -> str:
    with app.app_context():
        return f"{db.engine.url.database}.write-queue"


def _is_held_by_someone(path: str) -> bool:
    """Whether another descriptor holds the lock (tried without waiting)."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False
    finally:
        os.close(descriptor)


@pytest.fixture
def sqlite_app(tmp_path: Path) -> Iterator[Flask]:
    app = make_app(tmp_path)
    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite only: PostgreSQL queues writers itself")
    seen: dict[str, bool] = {}

    def add_user(name: str, fail: bool = False) -> str:
        path = _queue_file(app)
        seen["before"] = _is_held_by_someone(path)
        db.session.add(User(username=name, password_hash="x", created_at=NOW))
        db.session.flush()
        seen["during"] = _is_held_by_someone(path)
        if fail:
            raise RuntimeError("the page failed after writing")
        db.session.commit()
        seen["after commit"] = _is_held_by_someone(path)
        return "added"

    app.add_url_rule("/probe/add/<name>", "add", add_user, methods=["POST"])
    app.add_url_rule("/probe/fail/<name>", "fail", lambda name: add_user(name, fail=True), methods=["POST"])
    app.extensions["seen"] = seen
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_a_writing_request_holds_the_queue_from_begin_to_commit(sqlite_app: Flask) -> None:
    assert sqlite_app.test_client().post("/probe/add/alice").status_code == 200
    assert sqlite_app.extensions["seen"] == {"before": False, "during": True, "after commit": False}
    assert not _is_held_by_someone(_queue_file(sqlite_app))


def test_a_request_that_fails_after_writing_lets_go_and_stores_nothing(sqlite_app: Flask) -> None:
    sqlite_app.config["PROPAGATE_EXCEPTIONS"] = False
    assert sqlite_app.test_client().post("/probe/fail/bob").status_code == 500
    assert sqlite_app.extensions["seen"]["during"] is True
    assert not _is_held_by_someone(_queue_file(sqlite_app))
    with sqlite_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_gets_do_not_queue(sqlite_app: Flask) -> None:
    queue_file = _queue_file(sqlite_app)
    sqlite_app.add_url_rule("/probe/held", "held", lambda: str(_is_held_by_someone(queue_file)))
    client = sqlite_app.test_client()
    with sqlite_app.app_context():
        db.session.scalar(select(User.id))  # outside requests: no queue either
        assert not WriteQueue(queue_file).held
    assert client.get("/probe/held").get_data(as_text=True) == "False"


def test_threads_writing_at_once_all_write_in_turn(sqlite_app: Flask) -> None:
    """Eight threads post at once, five times each: every write is stored,
    none fails with "database is locked"."""
    failures: list[str] = []
    start = threading.Barrier(8)

    def writer(number: int) -> None:
        client = sqlite_app.test_client()
        start.wait()
        for attempt in range(5):
            response = client.post(f"/probe/add/user-{number}-{attempt}")
            if response.status_code != 200:
                failures.append(f"{number}/{attempt}: {response.status_code}")

    # Daemons, waited for with a limit: a queue never let go fails the test, not the run.
    threads = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads), "writers still waiting after a minute"
    assert failures == []
    with sqlite_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 40


def test_the_queue_is_held_once_per_thread(tmp_path: Path) -> None:
    queue = WriteQueue(str(tmp_path / "db.write-queue"))
    assert queue.acquire() is True
    assert queue.acquire() is False  # a second taker in the same thread does not wait for itself
    assert queue.held and _is_held_by_someone(queue.path)
    other_thread_has_it = threading.Event()

    def other() -> None:
        queue.acquire()  # waits until this thread lets go
        other_thread_has_it.set()
        queue.release()

    thread = threading.Thread(target=other, daemon=True)
    thread.start()
    assert not other_thread_has_it.wait(0.2)
    queue.release()
    assert not queue.held
    thread.join(5)
    assert other_thread_has_it.is_set() and not _is_held_by_someone(queue.path)


def test_a_connection_invalidated_while_writing_lets_go(sqlite_app: Flask) -> None:
    def invalidate_mid_write() -> str:
        db.session.add(User(username="carol", password_hash="x", created_at=NOW))
        db.session.flush()
        db.session.connection().invalidate()
        return str(_is_held_by_someone(_queue_file(sqlite_app)))

    sqlite_app.add_url_rule("/probe/invalidate", "invalidate", invalidate_mid_write, methods=["POST"])
    assert sqlite_app.test_client().post("/probe/invalidate").get_data(as_text=True) == "False"
    assert sqlite_app.test_client().post("/probe/add/dave").status_code == 200


def test_a_thread_waits_at_most_the_timeout_then_gets_the_lock_once_it_is_free(tmp_path: Path) -> None:
    path = str(tmp_path / "db.write-queue")
    holder, waiter = WriteQueue(path), WriteQueue(path, timeout=0.2)
    holder.acquire()
    started = time.monotonic()
    result: list[BaseException | bool] = []
    thread = threading.Thread(target=lambda: _try(waiter, result), daemon=True)
    thread.start()
    thread.join(5)
    assert isinstance(result[0], WriteQueueTimeout) and 0.2 <= time.monotonic() - started < 2
    holder.release()
    thread = threading.Thread(target=lambda: _try(waiter, result), daemon=True)
    thread.start()
    thread.join(5)
    assert result[1] is True


def _try(queue: WriteQueue, result: list[BaseException | bool]) -> None:
    try:
        result.append(queue.acquire())
        queue.release()
    except WriteQueueTimeout as exc:
        result.append(exc)


def test_a_writer_that_waits_too_long_gets_the_busy_page_and_writes_once_the_queue_is_free(
    tmp_path: Path,
) -> None:
    """Another thread holds the queue: a POST waits WRITE_QUEUE_TIMEOUT_SECONDS,
    then answers 503 with the site's error page; nothing is written."""
    app = make_app(tmp_path, WRITE_QUEUE_TIMEOUT_SECONDS=0.3)
    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite only: PostgreSQL queues writers itself")

    def add_user() -> str:
        db.session.add(User(username="erin", password_hash="x", created_at=NOW))
        db.session.commit()
        return "added"

    app.add_url_rule("/probe/add", "add", add_user, methods=["POST"])
    held, let_go = threading.Event(), threading.Event()

    def hold() -> None:
        queue = WriteQueue(_queue_file(app))
        queue.acquire()
        held.set()
        let_go.wait(10)
        queue.release()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(5)
    started = time.monotonic()
    response = app.test_client().post("/probe/add")
    waited = time.monotonic() - started
    page = response.get_data(as_text=True)
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert "The site is busy saving other work: try again in a moment." in page
    assert "Back to the start page" in page and "<nav" in page  # the site's styled error page
    assert 0.3 <= waited < 3
    let_go.set()
    thread.join(5)
    assert app.test_client().post("/probe/add").status_code == 200
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 1
        db.session.remove()
        db.engine.dispose()
