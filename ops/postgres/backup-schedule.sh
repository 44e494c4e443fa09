#!/bin/bash
# The postgres-backup service: creates the stanza once, then backs up every night at BACKUP_TIME
# (Africa/Algiers): a full backup on Sunday, a differential on the other days (pgBackRest makes it a
# full when there is none yet). Expiry (repo1-retention-*) runs after each backup.
set -euo pipefail
stanza="${PGBACKREST_STANZA:-mj-chauffage}"
backup_time="${BACKUP_TIME:-01:30}"
export TZ="${TZ:-Africa/Algiers}"

log() { echo "[backup $(date -Iseconds)] $*"; }

until pg_isready -q -h /var/run/postgresql; do sleep 2; done
# Idempotent: succeeds when the stanza already exists with this database.
pgbackrest --stanza="$stanza" stanza-create
# Proves that WAL archiving (archive_command) reaches the repository; fails loudly otherwise.
pgbackrest --stanza="$stanza" check
# A new installation gets its first full backup now rather than at night.
health=0
backup-health.sh || health=$?
if [ "$health" -eq 1 ]; then
  log "no backup yet: a full backup now"
  pgbackrest --stanza="$stanza" --type=full backup
fi
log "archiving works; next backup at $backup_time ($TZ)"

while true; do
  next=$(date -d "today $backup_time" +%s)
  if [ "$next" -le "$(date +%s)" ]; then next=$(date -d "tomorrow $backup_time" +%s); fi
  sleep $((next - $(date +%s)))
  if [ "$(date +%u)" = 7 ]; then type=full; else type=diff; fi
  log "starting a $type backup"
  if pgbackrest --stanza="$stanza" --type="$type" backup; then
    log "$type backup done"
  else
    # The container keeps running (the next night retries); its health check (backup-health.sh)
    # turns unhealthy once the newest backup is more than 26 hours old.
    log "$type backup FAILED"
  fi
done
