#!/bin/sh
# Starts redis-server for pod "$HOSTNAME" of the StatefulSet. Pod 0 is the primary; every
# other pod replicates from it through the headless Service's stable DNS name.
set -eu
ordinal="${HOSTNAME##*-}"
conf=/tmp/redis-runtime.conf
: > "$conf"
if [ -n "${REDIS_PASSWORD:-}" ]; then
  # Written to a file rather than passed as arguments, so the password stays out of `ps`.
  printf 'requirepass "%s"\nmasterauth "%s"\n' "$REDIS_PASSWORD" "$REDIS_PASSWORD" >> "$conf"
fi
if [ "$ordinal" != "0" ]; then
  printf 'replicaof %s %s\n' "{{ include "common-lib.fullname" . }}-0.{{ include "redis.headlessName" . }}.{{ .Release.Namespace }}.svc.{{ .Values.clusterDomain }}" "{{ .Values.service.port }}" >> "$conf"
fi
exec redis-server /etc/redis/redis.conf --include "$conf"
