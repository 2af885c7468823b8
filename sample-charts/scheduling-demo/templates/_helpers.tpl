{{/*
scheduling-demo.selectorFor: the matchLabels (as a map) that select the pods of one workload.
Call with (dict "ctx" $ "workload" "spread"); the result is YAML, read back with fromYaml.
*/}}
{{- define "scheduling-demo.selectorFor" -}}
{{- include "common-lib.componentSelectorLabels" (dict "ctx" .ctx "component" .workload) -}}
{{- end -}}

{{/*
scheduling-demo.affinity: the workload's own affinity plus the pod (anti-)affinity terms that
colocateWith / onePerNode / avoid describe. Call with (dict "ctx" $ "name" $name "workload" $w).
*/}}
{{- define "scheduling-demo.affinity" -}}
{{- $ctx := .ctx -}}
{{- $w := .workload -}}
{{- $affinity := deepCopy ($w.affinity | default dict) -}}
{{- with $w.colocateWith -}}
{{- $terms := list -}}
{{- range . -}}
{{- if not (hasKey $ctx.Values.workloads .) -}}
{{- fail (printf "workloads.%s.colocateWith: no workload named %q" $.name .) -}}
{{- end -}}
{{- $selector := fromYaml (include "scheduling-demo.selectorFor" (dict "ctx" $ctx "workload" .)) -}}
{{- $terms = append $terms (dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" $selector)) -}}
{{- end -}}
{{- $_ := set $affinity "podAffinity" (dict "requiredDuringSchedulingIgnoredDuringExecution" $terms) -}}
{{- end -}}
{{- if or $w.onePerNode $w.avoid -}}
{{- $anti := dict -}}
{{- if $w.onePerNode -}}
{{- $self := fromYaml (include "scheduling-demo.selectorFor" (dict "ctx" $ctx "workload" .name)) -}}
{{- $_ := set $anti "requiredDuringSchedulingIgnoredDuringExecution" (list (dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" $self))) -}}
{{- end -}}
{{- with $w.avoid -}}
{{- $preferred := list -}}
{{- range . -}}
{{- $selector := fromYaml (include "scheduling-demo.selectorFor" (dict "ctx" $ctx "workload" .)) -}}
{{- $preferred = append $preferred (dict "weight" 100 "podAffinityTerm" (dict "topologyKey" "kubernetes.io/hostname" "labelSelector" (dict "matchLabels" $selector))) -}}
{{- end -}}
{{- $_ := set $anti "preferredDuringSchedulingIgnoredDuringExecution" $preferred -}}
{{- end -}}
{{- $_ := set $affinity "podAntiAffinity" $anti -}}
{{- end -}}
{{- with $affinity -}}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end -}}
{{- end -}}
