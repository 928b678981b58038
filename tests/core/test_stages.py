"""Stages: worker threads yield the CPU to the model's threads and leave the caller's priority alone."""

import os
import sys
import threading

import pytest
from rasterdl.core.engine.stages import STAGE_NICENESS, Stages

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread niceness is Linux-only")


def test_stage_threads_run_at_a_lower_priority_than_the_caller():
    caller = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = []
    stages = Stages()
    with stages.guard("test"):
        stages.start("probe", lambda: seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        stages.join(lambda: None)
    assert seen == [min(caller + STAGE_NICENESS, 19)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == caller
