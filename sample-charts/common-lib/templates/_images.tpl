{{/*
common-lib.image: "registry/repository:tag" or "registry/repository@digest".
Call with (dict "image" .Values.image "ctx" $). The registry falls back to
.Values.global.imageRegistry, the tag to the chart's appVersion.
*/}}
{{- define "common-lib.image" -}}
{{- $image := .image -}}
{{- $global := .ctx.Values.global | default dict -}}
{{- $registry := $image.registry | default $global.imageRegistry -}}
{{- $repository := required "image.repository is required" $image.repository -}}
{{- $ref := ternary $repository (printf "%s/%s" $registry $repository) (empty $registry) -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $ref $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (toString ($image.tag | default .ctx.Chart.AppVersion)) -}}
{{- end -}}
{{- end -}}

{{/*
common-lib.imagePullSecrets: the union of .Values.global.imagePullSecrets and
.Values.imagePullSecrets (names), as a pod spec field; nothing when both are empty.
*/}}
{{- define "common-lib.imagePullSecrets" -}}
{{- $global := .Values.global | default dict -}}
{{- $names := concat ($global.imagePullSecrets | default list) (.Values.imagePullSecrets | default list) | uniq -}}
{{- if $names }}
imagePullSecrets:
{{- range $names }}
  - name: {{ . }}
{{- end }}
{{- end -}}
{{- end -}}
