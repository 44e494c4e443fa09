#!/bin/sh
# Runs a command with the pgBackRest repository key in its environment, read from the Compose secret
# file (pgBackRest reads PGBACKREST_REPO1_CIPHER_PASS; PostgreSQL passes it on to archive_command).
set -eu
secret_file="${PGBACKREST_CIPHER_PASS_FILE:-/run/secrets/pgbackrest_cipher_pass}"
if [ ! -s "$secret_file" ]; then
  echo "pgBackRest: the repository key file $secret_file is missing or empty (openssl rand -base64 48)" >&2
  exit 1
fi
PGBACKREST_REPO1_CIPHER_PASS="$(cat "$secret_file")"
export PGBACKREST_REPO1_CIPHER_PASS
exec "$@"
