{{- define "lib-only.name" -}}lib{{- end -}}
