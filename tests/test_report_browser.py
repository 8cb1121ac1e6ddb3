"""The HTML report opens in headless Chromium with every chart and the speaker table visible."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

from tests.conftest import SEED

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _chromium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           "--virtual-time-budget=5000", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")
def test_report_renders_in_chromium(pipeline, tmp_path):
    from matplotlib.image import imread

    from quotes import analyze
    from quotes.charts import STANCE_COLORS
    from quotes.report import write_report
    page = write_report(analyze(SEED, pipeline=pipeline, progress=False), tmp_path / "report", title="Seed")
    dom = _chromium("--dump-dom", page.as_uri()).stdout
    assert dom.count('<img alt="') == 5 and dom.count("<figure") == 5
    assert 'id="speakers"' in dom and dom.count("<tr>") >= 6  # header + 5 speakers
    shot = tmp_path / "shot.png"
    _chromium(f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri())
    pixels = (imread(shot)[..., :3] * 255).round().astype(int)
    assert pixels.shape[0] >= 2000
    colours = {tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in STANCE_COLORS.values()}
    found = {c for c in colours if (np.abs(pixels - np.array(c)).sum(axis=-1) <= 6).sum() > 200}
    assert len(found) >= 2, "the stance colours of the charts should be visible in the screenshot"
