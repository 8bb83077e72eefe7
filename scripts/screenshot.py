"""Screenshots of a report file or a running page in headless Chromium (Debian's /usr/bin/chromium).

    python scripts/screenshot.py report.html docs/report.png [--width 1100] [--full]
    python scripts/screenshot.py http://127.0.0.1:8765/ docs/page.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full", action="store_true", help="the whole page, not one screen")
    parser.add_argument("--wait", default="", help="a selector to wait for")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    url = args.target if "://" in args.target else Path(args.target).resolve().as_uri()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(url)
        if args.wait:
            page.wait_for_selector(args.wait, timeout=20_000)
        page.wait_for_timeout(800)
        page.screenshot(path=args.out, full_page=args.full)
        browser.close()


if __name__ == "__main__":
    main()
