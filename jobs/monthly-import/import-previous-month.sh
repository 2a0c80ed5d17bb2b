#!/bin/sh
# Imports the previous month's court deliveries: what cron and the systemd timer run at 02:00 on
# the 3rd (README.md, "Scheduling"). POSIX sh and GNU date.
#
# The exit status is import's, passed on unchanged: 0 every delivery published (or unchanged),
# 3 some delivery refused and the others published, 1 failure, 2 usage error. 0 and 3 both mean
# the run did its job (the systemd service counts 3 as success); a refusal is for the statistician
# to take up with the court, not for the operator.
#
# Settings, from the environment: COURTSTATS_HOME (working directory, where the embedded warehouse,
# the archive and the log live), COURTSTATS_JAR, COURTSTATS_INBOX, COURTSTATS_ZONE (whose calendar
# says which month is the previous one), JAVA and JAVA_OPTS. The locale is always C.UTF-8 (below).
set -u

COURTSTATS_HOME=${COURTSTATS_HOME:-/srv/courtstats}
COURTSTATS_JAR=${COURTSTATS_JAR:-/opt/courtstats/courtstats.jar}
COURTSTATS_INBOX=${COURTSTATS_INBOX:-$COURTSTATS_HOME/inbox}
COURTSTATS_ZONE=${COURTSTATS_ZONE:-Asia/Shanghai}
JAVA=${JAVA:-java}

# A UTF-8 locale, whatever cron or systemd gave (often none, or C): Java reads file names in the
# locale's encoding, fixed when it starts, and without UTF-8 cannot name the courts' Chinese files.
# LC_ALL as well as LANG, since an LC_ALL=C inherited would override LANG. -Dfile.encoding=UTF-8
# below keeps the report in UTF-8 even where the C.UTF-8 locale is missing.
LANG=C.UTF-8
LC_ALL=C.UTF-8
export LANG LC_ALL

log() {
    printf '%s import-previous-month: %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" "$*"
}

# Counted back from the 1st of this month: "-1 month" from the 31st would land in this month
# again when the previous one is shorter.
this_month=$(TZ=$COURTSTATS_ZONE date +%Y-%m-01) || exit 1
period=$(TZ=$COURTSTATS_ZONE date -d "$this_month -1 month" +%Y-%m) || exit 1

cd "$COURTSTATS_HOME" || { log "cannot enter $COURTSTATS_HOME"; exit 1; }

log "importing $period from $COURTSTATS_INBOX"
# JAVA_OPTS unquoted on purpose: it holds several options (-Xmx2g -Dcourtstats.…).
# shellcheck disable=SC2086
"$JAVA" -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} -jar "$COURTSTATS_JAR" import --period "$period" --inbox "$COURTSTATS_INBOX"
status=$?
case $status in
    0) log "$period: exit status 0: every delivery published or unchanged" ;;
    3) log "$period: exit status 3: some delivery refused, the others published (not a failure: see the report above)" ;;
    *) log "$period: exit status $status: the import FAILED and what was published before is unchanged; fix the cause and run this again" \
           "(details in $COURTSTATS_HOME/courtstats-data/logs/courtstats.log)" ;;
esac
exit $status
