{{/* platform-base.prefix: "<fullname>-<team>", the stem of every object name. */}}
{{- define "platform-base.prefix" -}}
{{- printf "%s-%s" (include "common-lib.fullname" .) .Values.team.name | trunc 50 | trimSuffix "-" -}}
{{- end -}}

{{/* platform-base.priorityClassName: cluster-scoped, so the namespace is part of the name. */}}
{{- define "platform-base.priorityClassName" -}}
{{- printf "%s-%s-critical" .Release.Namespace .Values.team.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
