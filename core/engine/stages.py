"""Worker threads joined by bounded queues, shared by the streaming engines.

A stage is a function run in its own thread that gets items from one queue
and puts results on the next; :data:`END` closes a queue. The first failure
in any stage stops every stage and is raised again in the calling thread.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import RasterDLError

#: How often blocked stages look for a failure elsewhere, in seconds.
POLL_SECONDS = 0.05

#: Niceness added to stage threads, so that the model's threads get the cores first.
STAGE_NICENESS = 10


def lower_thread_priority() -> None:
    """Make the calling thread yield the CPU to the model's threads (Linux only).

    On Linux a thread's niceness is its own, so raising it leaves the rest of
    the process alone. Elsewhere this does nothing (there it would slow the whole
    process); where the system refuses, the thread keeps its priority.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        current = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), current + STAGE_NICENESS)
    except OSError:
        pass


class StoppedError(Exception):
    """Raised in a stage when another stage failed or the run was cancelled."""


END = object()


class Stages:
    """Threads joined by bounded queues; the first failure stops them all."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def fail(self, exc: BaseException) -> None:
        with self._lock:
            if self.error is None:
                self.error = exc
        self.stop.set()

    def put(self, channel: queue.Queue, item: Any, idle: Callable[[], None] | None = None) -> None:
        """Put ``item`` once there is room; ``idle`` is called while waiting (it may raise)."""
        while not self.stop.is_set():
            try:
                channel.put(item, timeout=POLL_SECONDS)
                return
            except queue.Full:
                if idle is not None:
                    idle()
        raise StoppedError

    def get(self, channel: queue.Queue, idle: Callable[[], None] | None = None) -> Any:
        """The next item; ``idle`` is called while waiting (it may raise)."""
        while not self.stop.is_set():
            try:
                return channel.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if idle is not None:
                    idle()
        raise StoppedError

    def start(self, name: str, target: Callable[..., None], *args: Any) -> threading.Thread:
        def body() -> None:
            lower_thread_priority()
            try:
                target(*args)
            except StoppedError:
                pass
            except BaseException as exc:
                self.fail(exc)

        thread = threading.Thread(target=body, name=f"rasterdl-{name}", daemon=True)
        self.threads.append(thread)
        thread.start()
        return thread

    def join(self, idle: Callable[[], None]) -> None:
        """Wait for every thread to finish; ``idle`` is called while waiting (it may raise)."""
        for thread in self.threads:
            while thread.is_alive():
                thread.join(POLL_SECONDS)
                if self.stop.is_set():
                    raise StoppedError
                idle()

    @contextmanager
    def guard(self, what: str) -> Iterator[None]:
        """Wrap the calling thread's part of a run: threads always end, and a stage's own failure
        is raised (not the StoppedError the others see); ``what`` names the run in the rare case
        that the stages stop without one."""
        try:
            yield
        except StoppedError:
            self.raise_error()
            raise RasterDLError("The {what} stopped unexpectedly.", what=what) from None
        finally:
            self.shutdown()
        self.raise_error()

    def raise_error(self) -> None:
        if self.error is not None:
            raise self.error

    def shutdown(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join()
