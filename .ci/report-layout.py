#!/usr/bin/env python3
"""Opens report pages in headless Chromium and measures what a reader would see.

Usage: .ci/report-layout.py [--screens DIR] [--widths 1280,800] FILE.html ...

For every page and window width it checks:
  - the document is not wider than the window (on screen at each width, and with print media at the
    width of an A4 portrait page inside its margins, so no printed table is cut);
  - no word of four or more letters is broken across two lines;
  - no text is clipped by its box (overflow hidden or an ellipsis);
  - every chart label lies inside its SVG's viewport;
  - no machine timestamp (2026-11-02T00:00:00…) is shown;
  - a Russian page has no Latin words and an English page no Cyrillic ones outside people's own
    text (`bdi`), ids and hashes (`.id`, `.hash`, `code`, `translate="no"`) and a short allow-list.
It saves a full-page screenshot of each (PNG) into the screens folder, prints one line per page and
width, and exits with 1 when any check fails, listing what failed and where.
"""
import argparse
import json
import os
import pathlib
import sys

os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

MEASURE = r"""
const problems = [];
const doc = document.documentElement;
const width = window.innerWidth;
if (doc.scrollWidth > width + 1) {
  problems.push(`the page is ${doc.scrollWidth} px wide in a ${width} px window`);
}
function describe(node) {
  const el = node.nodeType === 1 ? node : node.parentElement;
  const parts = [];
  for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
    parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''));
  }
  return parts.join(' > ');
}
// Words broken across lines.
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const broken = [];
const word = /[\p{L}\p{N}][\p{L}\p{N}\u00AD\u0301]*/gu;
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const style = node.parentElement && getComputedStyle(node.parentElement);
  if (!style || style.display === 'none' || style.visibility === 'hidden') continue;
  if (node.parentElement.closest('svg, script, style, title')) continue;
  const text = node.textContent;
  for (const match of text.matchAll(word)) {
    const letters = match[0].replace(/[^\p{L}]/gu, '');
    if (letters.length < 4) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
    if (rects.length < 2) continue;
    const tops = new Set(rects.map(r => Math.round(r.top / 4)));
    if (tops.size > 1) broken.push(`«${match[0]}» in ${describe(node)}`);
  }
}
if (broken.length) {
  problems.push(`${broken.length} word(s) broken across lines, e.g. ` + broken.slice(0, 5).join('; '));
}
// Text clipped by its box.
const clipped = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg')) continue;
  const style = getComputedStyle(el);
  const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
  if (!hides || !el.textContent.trim()) continue;
  if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
    clipped.push(describe(el));
  }
}
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg') || !el.firstChild) continue;
  if (/…$/.test(el.textContent.trim()) && el.title) clipped.push(`${describe(el)} ends in an ellipsis`);
}
if (clipped.length) problems.push(`${clipped.length} clipped text box(es), e.g. ` + clipped.slice(0, 5).join('; '));
// Chart labels inside the SVG viewport.
const outside = [];
for (const svg of document.querySelectorAll('svg')) {
  const box = svg.getBoundingClientRect();
  for (const text of svg.querySelectorAll('text')) {
    if (!text.textContent.trim()) continue;
    const r = text.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
      outside.push(`«${text.textContent.trim()}»`);
    }
    if (/…$/.test(text.textContent.trim())) outside.push(`«${text.textContent.trim()}» cut with an ellipsis`);
  }
}
if (outside.length) problems.push(`${outside.length} chart label(s) outside the chart, e.g. ` + outside.slice(0, 5).join('; '));
// Words of the other language, outside people's own text (bdi), ids, hashes and code.
const allowed = new Set(ALLOWED);
const foreign = [];
const pattern = doc.lang === 'en' ? /\p{Script=Cyrillic}{2,}/gu : /\p{Script=Latin}{3,}/gu;
const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = texts.nextNode(); node; node = texts.nextNode()) {
  const parent = node.parentElement;
  if (!parent || parent.closest('bdi, code, script, style, .id, .hash, [translate="no"]')) continue;
  // Quoted speech («…») is in the language it was spoken in.
  const unquoted = node.textContent.replace(/«[^»]*»/g, ' ');
  for (const match of unquoted.matchAll(pattern)) {
    if (!allowed.has(match[0])) foreign.push(`«${match[0]}» in ${describe(node)}`);
  }
}
if (foreign.length) {
  problems.push(`${foreign.length} word(s) of the other language, e.g. ` + foreign.slice(0, 40).join('; '));
}
// Machine timestamps.
const stamp = document.body.innerText.match(/\d{4}-\d\d-\d\dT\d\d:\d\d[:\d.]*Z?/);
if (stamp) problems.push(`a machine timestamp is shown: ${stamp[0]}`);
return {problems, height: Math.max(doc.scrollHeight, document.body.scrollHeight), lang: doc.lang};
"""


# Latin words a Russian page may carry: names of methods, products and units that have no
# Russian form in use (checked case-sensitively).
ALLOWED_LATIN = ["DISC", "Otbor", "ICC", "HR", "STAR", "CSV", "PDF", "JSON", "SHA", "CRM", "NPS", "SLA", "KPI",
                 "PASS", "Koo", "Li", "Krippendorff", "Cronbach", "CUSUM", "cos", "Trello", "Excel", "Zoom",
                 "II", "III", "IV",
                 # quoted English of the English-skills exercise in the shipped content
                 "guardianship", "nomination", "form"]


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    chromium = "/usr/bin/chromium"
    if os.path.exists(chromium):
        options.binary_location = chromium
    driver = "/usr/bin/chromedriver"
    service = Service(driver) if os.path.exists(driver) else Service()
    return webdriver.Chrome(options=options, service=service)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="+", type=pathlib.Path)
    parser.add_argument("--screens", type=pathlib.Path, default=pathlib.Path(".build/report-screens"))
    parser.add_argument("--widths", default="1280,800",
                        help="window widths to measure on screen (default: 1280,800)")
    parser.add_argument("--print-width", type=int, default=700,
                        help="width of an A4 portrait page inside its margins, measured with print media "
                             "(default: 700 px, 185 mm; 0 to skip)")
    arguments = parser.parse_args()
    widths = [int(w) for w in arguments.widths.split(",")]
    arguments.screens.mkdir(parents=True, exist_ok=True)
    driver = browser()
    failures = 0
    try:
        for page in arguments.pages:
            if not page.is_file():
                print(f"report-layout: {page} does not exist", file=sys.stderr)
                failures += 1
                continue
            passes = [(width, "screen") for width in widths]
            if arguments.print_width:
                passes.append((arguments.print_width, "print"))
            for width, media in passes:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})
                driver.set_window_size(width, 900)
                # The inner width is what CSS sees; make it exactly `width`.
                inner = driver.execute_script("return window.innerWidth")
                if inner != width:
                    driver.set_window_size(width + (width - inner), 900)
                driver.get(page.resolve().as_uri())
                result = driver.execute_script(MEASURE.replace("ALLOWED", json.dumps(ALLOWED_LATIN)))
                name = f"{page.parent.name}-{page.stem}-{width}{'-print' if media == 'print' else ''}.png"
                driver.set_window_size(driver.get_window_size()["width"], min(result["height"] + 200, 16000))
                driver.save_screenshot(str(arguments.screens / name))
                status = "ok" if not result["problems"] else "FAILED"
                print(f"report-layout: {page} at {width} px, {media} ({result['lang']}): {status}")
                for problem in result["problems"]:
                    print(f"    {problem}")
                failures += bool(result["problems"])
    finally:
        driver.quit()
    print(f"report-layout: screenshots in {arguments.screens}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
