#!/usr/bin/env bash
# The PostgreSQL JDBC driver `eventwire spark ingest --jdbc` writes with (tests/scale/test_jdbc.py):
# Debian's libpostgresql-jdbc-java (/usr/share/java/postgresql.jar), installed when missing and this
# runs as root; otherwise says how.  Nothing is downloaded at run time.
set -euo pipefail
if [ -f /usr/share/java/postgresql.jar ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    echo "setup-jdbc: installing Debian's libpostgresql-jdbc-java"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libpostgresql-jdbc-java \
        || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libpostgresql-jdbc-java; }
else
    echo "setup-jdbc: the JDBC tests will skip: sudo apt-get install libpostgresql-jdbc-java" >&2
fi
