{{/*
Labels, following https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/

common-lib.selectorLabels: the labels a selector matches. They never change after the first
install, because a Deployment's or StatefulSet's selector is immutable.
*/}}
{{- define "common-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "common-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/*
common-lib.labels: selector labels plus descriptive ones, then .Values.global.commonLabels and
.Values.commonLabels (the chart's own win over the global ones; neither may replace a standard label).
*/}}
{{- define "common-lib.labels" -}}
helm.sh/chart: {{ include "common-lib.chart" . }}
{{ include "common-lib.selectorLabels" . }}
{{- with .Chart.AppVersion }}
app.kubernetes.io/version: {{ . | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- $global := .Values.global | default dict }}
{{- with $global.partOf }}
app.kubernetes.io/part-of: {{ . }}
{{- end }}
{{- $extra := merge (dict) (.Values.commonLabels | default dict) ($global.commonLabels | default dict) }}
{{- range $key, $value := omit $extra "app.kubernetes.io/name" "app.kubernetes.io/instance" "app.kubernetes.io/managed-by" "helm.sh/chart" }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{/*
common-lib.componentLabels / common-lib.componentSelectorLabels: the same, plus
app.kubernetes.io/component. Call with (dict "ctx" $ "component" "server").
*/}}
{{- define "common-lib.componentLabels" -}}
{{ include "common-lib.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "common-lib.componentSelectorLabels" -}}
{{ include "common-lib.selectorLabels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
common-lib.annotations: an annotations block from several maps, later maps losing to earlier
ones. Call with (list map1 map2 ...); prints nothing when all are empty.
*/}}
{{- define "common-lib.annotations" -}}
{{- $all := dict -}}
{{- range . -}}
{{- $all = merge $all (. | default dict) -}}
{{- end -}}
{{- with $all -}}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end -}}
{{- end -}}
