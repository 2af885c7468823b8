{{/*
webapp's own helpers; the shared ones (names, labels, images) come from common-lib.
*/}}

{{/* webapp.secretName: the Secret mounted at /etc/webapp/secrets, or "" when there is none. */}}
{{- define "webapp.secretName" -}}
{{- if .Values.secret.existingSecret -}}
{{- .Values.secret.existingSecret -}}
{{- else if .Values.secret.data -}}
{{- include "common-lib.fullname" . -}}
{{- end -}}
{{- end -}}

{{/* webapp.headless: "true" when the Service is headless. */}}
{{- define "webapp.headless" -}}
{{- eq .Values.service.type "Headless" -}}
{{- end -}}
