#!/usr/bin/env bash
# The report's browser tests (it/src/test/java/dev/platformscan/it/browser) drive the system's Chromium through
# /usr/bin/chromedriver. When the two are missing this installs them from Debian's packages (chromium,
# chromium-driver), as root or with password-less sudo, so that `./mvnw verify` works on a fresh machine that has
# only a JDK and the package registries. When it cannot, it says what to run and leaves the rest to the tests,
# which fail with the same advice.
set -u
bin="${BROWSER_BIN_DIR:-/usr/bin}"   # where the browser tests look (ReportBrowser); overridable to try this script
if [ -x "$bin/chromedriver" ] && [ -x "$bin/chromium" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[ensure-browser] Chromium and chromedriver are missing and this is not a Debian system: install them at /usr/bin to run the report's browser tests"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "[ensure-browser] Chromium and chromedriver are missing and installing needs root: run 'sudo apt-get install -y chromium chromium-driver'"
    exit 0
  fi
fi
echo "[ensure-browser] installing chromium and chromium-driver from Debian's packages (the report's browser tests need them)"
if ! { $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; }; then
  echo "[ensure-browser] the installation failed (output above); the browser tests will fail until chromium and chromium-driver are installed"
fi
exit 0
