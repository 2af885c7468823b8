#!/bin/sh
# Removes scratch files older than RETENTION_MINUTES from the shared scratch directory.
set -eu
dir="${SCRATCH_DIR:-/scratch}"
find "$dir" -type f -mmin "+${RETENTION_MINUTES:-60}" -print -delete
