{{/*
Names. Kubernetes object names are DNS labels, so every name is cut to 63 characters and may not
end in a dash.
*/}}

{{/* common-lib.name: the chart name, or .Values.nameOverride. */}}
{{- define "common-lib.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
common-lib.fullname: the name of the release's main objects. .Values.fullnameOverride wins;
otherwise "<release>-<chart>", shortened to "<release>" when the release name already contains
the chart name (so `helm install webapp ./webapp` gives "webapp", not "webapp-webapp").
*/}}
{{- define "common-lib.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "common-lib.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
common-lib.componentName: the name of a secondary object, "<fullname>-<component>".
Call with (dict "ctx" $ "component" "metrics").
*/}}
{{- define "common-lib.componentName" -}}
{{- $base := include "common-lib.fullname" .ctx | trunc (int (sub 62 (len .component))) | trimSuffix "-" -}}
{{- printf "%s-%s" $base .component -}}
{{- end -}}

{{/* common-lib.chart: "<name>-<version>" for the helm.sh/chart label ('+' is not allowed in labels). */}}
{{- define "common-lib.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
common-lib.serviceAccountName: the ServiceAccount the pods run as. Reads .Values.serviceAccount
{create, name}: a created account defaults to the fullname, an existing one to "default".
*/}}
{{- define "common-lib.serviceAccountName" -}}
{{- with .Values.serviceAccount -}}
{{- if .create -}}
{{- default (include "common-lib.fullname" $) .name -}}
{{- else -}}
{{- default "default" .name -}}
{{- end -}}
{{- else -}}
default
{{- end -}}
{{- end -}}
