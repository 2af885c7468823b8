{{/*
common-lib.tplvalue: renders a value that may itself contain template text, so users can write
"{{ .Release.Name }}-db" in values.yaml. Strings go through tpl as they are; maps and lists are
turned into YAML first. Call with (dict "value" .Values.x "ctx" $).
*/}}
{{- define "common-lib.tplvalue" -}}
{{- if kindIs "string" .value -}}
{{- tpl .value .ctx -}}
{{- else -}}
{{- tpl (toYaml .value) .ctx -}}
{{- end -}}
{{- end -}}

{{/*
common-lib.checksum: a sha256 of another template of the same chart, for a pod annotation that
rolls the pods when that ConfigMap or Secret changes. Call with (dict "ctx" $ "file" "configmap.yaml").
*/}}
{{- define "common-lib.checksum" -}}
{{- include (print .ctx.Template.BasePath "/" .file) .ctx | sha256sum -}}
{{- end -}}

{{/*
common-lib.env: a container env list from a map of name -> value (value rendered with tpl) or
name -> {secretKeyRef/configMapKeyRef/fieldRef...} (also rendered with tpl, so a Secret name may
name the release). Keys come out sorted, so the output is stable.
Call with (dict "env" .Values.env "ctx" $).
*/}}
{{- define "common-lib.env" -}}
{{- range $name, $value := .env }}
- name: {{ $name }}
{{- if kindIs "map" $value }}
  valueFrom:
    {{- include "common-lib.tplvalue" (dict "value" $value "ctx" $.ctx) | nindent 4 }}
{{- else }}
  value: {{ include "common-lib.tplvalue" (dict "value" (toString $value) "ctx" $.ctx) | quote }}
{{- end }}
{{- end }}
{{- end -}}
