#!/usr/bin/env bash
# The PostgreSQL server binaries the store tests start a throwaway server with (tests/store/postgres.py):
# installs Debian's `postgresql` when initdb is missing and this runs as root; otherwise says how.
# Nothing is started or configured here: each test run makes its own data directory and server.
set -euo pipefail
have_initdb() { command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
if have_initdb; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    echo "setup-postgres: initdb not found; installing Debian's postgresql"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql \
        || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql; }
else
    echo "setup-postgres: the PostgreSQL tests will skip: install the server binaries (sudo apt-get install postgresql)" >&2
fi
