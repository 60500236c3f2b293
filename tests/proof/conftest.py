"""The proof tests: real processes, real servers, hypothesis with a CI-sized profile.

The hypothesis profile keeps example counts modest so the whole package stays well under
three minutes on two cores; `HYPOTHESIS_PROFILE=thorough` runs many more when wanted.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps caches in .hypothesis/ of the working folder: keep the checkout clean (and
# pytest quiet about a folder it is told not to collect).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "leanboard-hypothesis")

settings.register_profile(
    "proof",
    max_examples=40,
    database=None,  # no .hypothesis folder in the checkout; CI starts fresh anyway
    deadline=None,  # a loaded CI machine makes single examples slow at random
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("proof"), max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "proof"))
