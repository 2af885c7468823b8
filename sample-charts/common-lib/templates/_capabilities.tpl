{{/*
API versions chosen from the cluster version, so one chart serves old and new clusters.
`helm template` uses its built-in default version unless --kube-version is given.
*/}}

{{- define "common-lib.hpa.apiVersion" -}}
{{- if semverCompare ">=1.23-0" .Capabilities.KubeVersion.Version -}}
autoscaling/v2
{{- else -}}
autoscaling/v2beta2
{{- end -}}
{{- end -}}

{{- define "common-lib.pdb.apiVersion" -}}
{{- if .Capabilities.APIVersions.Has "policy/v1" -}}
policy/v1
{{- else -}}
policy/v1beta1
{{- end -}}
{{- end -}}

{{- define "common-lib.cronjob.apiVersion" -}}
{{- if semverCompare ">=1.21-0" .Capabilities.KubeVersion.Version -}}
batch/v1
{{- else -}}
batch/v1beta1
{{- end -}}
{{- end -}}

{{/* common-lib.supportsCronJobTimeZone: "true" when CronJob.spec.timeZone is GA (Kubernetes 1.27). */}}
{{- define "common-lib.supportsCronJobTimeZone" -}}
{{- semverCompare ">=1.27-0" .Capabilities.KubeVersion.Version -}}
{{- end -}}
