#!/bin/bash
# Is the newest backup recent? Exit 0 when it finished less than BACKUP_MAX_AGE_HOURS (default 26)
# ago and the stanza is sound, 1 when there is no backup yet, 2 otherwise (repository unreadable,
# stanza in error, backup too old). The postgres-backup service's health check, and its first start
# (no backup yet: take a full one now). The restore drill runs it too.
set -uo pipefail
stanza="${PGBACKREST_STANZA:-mj-chauffage}"
if ! info=$(pgbackrest --stanza="$stanza" --log-level-console=error --output=json info); then
  echo "pgBackRest repository unreadable"
  exit 2
fi
printf '%s' "$info" | MAX_HOURS="${BACKUP_MAX_AGE_HOURS:-26}" perl -MJSON::PP -e '
  my $stanza = decode_json(join "", <STDIN>)->[0];
  my @backups = @{ $stanza->{backup} || [] };
  if (!@backups) { print "no backup yet ($stanza->{status}{message})\n"; exit 1 }
  my $newest = $backups[-1];
  my $hours = (time - $newest->{timestamp}{stop}) / 3600;
  printf "newest backup %s (%s) %.1f h old; stanza: %s\n", $newest->{label}, $newest->{type}, $hours, $stanza->{status}{message};
  exit($stanza->{status}{code} == 0 && $hours < $ENV{MAX_HOURS} ? 0 : 2);
'
