{{/*
Pod-level defaults the sample charts share.

common-lib.podSecurityContext / common-lib.containerSecurityContext: .Values.podSecurityContext
and .Values.securityContext printed as they are. The defaults (non-root, read-only root
filesystem, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp) live in
each chart's values.yaml, where a user can see and change them.
*/}}
{{- define "common-lib.podSecurityContext" -}}
{{- with .Values.podSecurityContext }}
securityContext:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "common-lib.containerSecurityContext" -}}
{{- with .Values.securityContext }}
securityContext:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/*
common-lib.scheduling: nodeSelector, affinity, tolerations, topologySpreadConstraints,
priorityClassName and schedulerName, each printed only when set. Pass the map that holds them
(usually .Values).
*/}}
{{- define "common-lib.scheduling" -}}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .topologySpreadConstraints }}
topologySpreadConstraints:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- with .schedulerName }}
schedulerName: {{ . }}
{{- end }}
{{- end -}}

{{/*
common-lib.resources: the container's resources. Requests are required: a pod without them is
scheduled blind and is the first to be evicted.
*/}}
{{- define "common-lib.resources" -}}
{{- $resources := .Values.resources | default dict -}}
{{- $_ := required (printf "%s: resources.requests must be set" .Chart.Name) $resources.requests -}}
resources:
  {{- toYaml $resources | nindent 2 }}
{{- end -}}
