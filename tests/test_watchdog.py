"""The systemd notifications reach a real unix datagram socket, and nothing happens without one."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from kiosk.services.watchdog import SystemdNotifier


@pytest.fixture
def manager(tmp_path: Path):
    """A unix datagram socket standing where systemd's notify socket would be."""
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    yield path, sock
    sock.close()


def test_ready_and_watchdog_reach_the_service_manager(manager):
    path, sock = manager
    notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": str(path)})
    assert notifier.enabled
    assert notifier.notify_ready()
    assert sock.recv(4096).decode().splitlines() == ["READY=1", "STATUS=Home on screen"]
    assert notifier.feed()
    assert sock.recv(4096) == b"WATCHDOG=1"
    assert notifier.notify_stopping()
    assert sock.recv(4096) == b"STOPPING=1"
    notifier.close()


def test_an_abstract_socket_address(tmp_path):
    name = f"kiosk-test-{uuid.uuid4().hex}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(5)
    try:
        notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": "@" + name})
        assert notifier.feed()
        assert sock.recv(4096) == b"WATCHDOG=1"
    finally:
        sock.close()


def test_without_a_service_manager_nothing_is_sent():
    notifier = SystemdNotifier.from_environment({})
    assert not notifier.enabled
    assert notifier.notify_ready() is False
    assert notifier.feed() is False
    assert notifier.feed_interval_s is None


def test_a_vanished_socket_is_reported_not_raised(tmp_path, caplog):
    notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": str(tmp_path / "gone")})
    assert notifier.feed() is False
    assert notifier.feed() is False
    assert len([r for r in caplog.records if "cannot notify" in r.getMessage()]) == 1


def test_feed_interval_is_half_the_watchdog_period_for_this_process_only():
    mine = {"NOTIFY_SOCKET": "/x", "WATCHDOG_USEC": "10000000", "WATCHDOG_PID": str(os.getpid())}
    assert SystemdNotifier.from_environment(mine).feed_interval_s == 5.0
    assert SystemdNotifier.from_environment({**mine, "WATCHDOG_PID": ""}).feed_interval_s == 5.0
    other = {**mine, "WATCHDOG_PID": str(os.getpid() + 1)}
    assert SystemdNotifier.from_environment(other).feed_interval_s is None
