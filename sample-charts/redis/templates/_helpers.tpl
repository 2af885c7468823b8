{{/* redis.headlessName: the headless Service that gives each pod a stable DNS name. */}}
{{- define "redis.headlessName" -}}
{{- include "common-lib.componentName" (dict "ctx" . "component" "headless") -}}
{{- end -}}

{{/* redis.secretName / redis.secretKey: where the password lives. */}}
{{- define "redis.secretName" -}}
{{- .Values.auth.existingSecret | default (include "common-lib.fullname" .) -}}
{{- end -}}

{{- define "redis.secretKey" -}}
{{- ternary .Values.auth.existingSecretPasswordKey "redis-password" (not (empty .Values.auth.existingSecret)) -}}
{{- end -}}

{{/*
redis.pingCommand: a probe command that succeeds only on PONG (redis-cli exits 0 even when the
server answers with an error). redis-cli reads the password from REDISCLI_AUTH.
*/}}
{{- define "redis.pingCommand" -}}
- sh
- -c
- test "$(redis-cli -h 127.0.0.1 -p {{ .Values.service.port }} ping)" = PONG
{{- end -}}
