#!/usr/bin/env python3
"""Renders an HTML report in headless Chromium (Debian package `chromium`) and checks what a
reader would see: the page is not blank, every chart's SVG is laid out with a real size, and no
text of a chart overflows its chart's box. Optionally saves a screenshot.

usage: check-html.py REPORT.html [--screenshot OUT.png] [--min-charts N]

The report itself has no script; the check runs on a copy with one appended, which measures the
laid-out boxes and writes its findings into the page, read back with --dump-dom.
Exit status 0 when every check passes, 1 otherwise (the problems are printed)."""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

MEASURE = """<script>
window.addEventListener('load', () => {
  const problems = [];
  const charts = [...document.querySelectorAll('svg')];
  charts.forEach((svg, i) => {
    const name = svg.getAttribute('aria-label') || (svg.querySelector('title') || {}).textContent || `chart ${i + 1}`;
    const box = svg.getBoundingClientRect();
    if (box.width < 50 || box.height < 50) problems.push(`${name}: laid out ${box.width}×${box.height}`);
    svg.querySelectorAll('text').forEach(text => {
      const r = text.getBoundingClientRect();
      if (r.width === 0 || !text.textContent.trim()) return;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        problems.push(`${name}: text "${text.textContent}" overflows the chart`);
    });
  });
  const out = document.createElement('pre');
  out.id = 'ruralstat-check';
  out.textContent = JSON.stringify({charts: charts.length, problems, text: document.body.innerText.length});
  document.body.appendChild(out);
});
</script>"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("check-html: chromium is not installed (scripts/install-deps.sh --test installs it)")


def run(browser, *arguments):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=10000"]
    return subprocess.run([browser, *flags, *arguments], check=True, capture_output=True, text=True, timeout=120)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--screenshot")
    parser.add_argument("--min-charts", type=int, default=1)
    args = parser.parse_args()
    browser = chromium()
    source = Path(args.report).read_text(encoding="utf-8")
    problems = []
    declared = len(re.findall(r"<svg\b", source))
    with tempfile.TemporaryDirectory() as scratch:
        measured = Path(scratch) / "measured.html"
        measured.write_text(source.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
        dom = run(browser, "--dump-dom", measured.as_uri()).stdout
        found = re.search(r'<pre id="ruralstat-check">(.*?)</pre>', dom, re.S)
        if not found:
            sys.exit("check-html: the page did not finish loading in Chromium")
        result = json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
        problems += result["problems"]
        if result["charts"] != declared:
            problems.append(f"{declared} charts in the file, {result['charts']} laid out")
        if result["charts"] < args.min_charts:
            problems.append(f"{result['charts']} charts, expected at least {args.min_charts}")
        if result["text"] < 200:
            problems.append(f"the page shows only {result['text']} characters of text")
        shot = Path(args.screenshot) if args.screenshot else Path(scratch) / "page.png"
        run(browser, f"--screenshot={shot.resolve()}", "--window-size=1280,2000", Path(args.report).resolve().as_uri())
        image = Image.open(shot).convert("L")
        histogram = image.histogram()
        background = max(histogram)
        if background > 0.995 * sum(histogram):
            problems.append("the screenshot is blank")
    for problem in problems:
        print(f"check-html: {args.report}: {problem}", file=sys.stderr)
    print(f"check-html: {args.report}: {result['charts']} charts, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
