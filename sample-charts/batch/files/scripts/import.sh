#!/bin/sh
# One work item of the import Job. In Indexed mode Kubernetes numbers the pods through
# JOB_COMPLETION_INDEX, so each pod knows which slice of the input is its own.
set -eu
item="${JOB_COMPLETION_INDEX:-any}"
echo "importing batch item ${item} (pod ${HOSTNAME})"
sleep "${WORK_SECONDS:-5}"
echo "item ${item} done"
