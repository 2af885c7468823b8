{{/*
batch.podSpec: the pod template shared by the Job and the CronJobs.
Call with (dict "ctx" $ "component" "import" "command" (list ...) "env" (dict ...)).
*/}}
{{- define "batch.podSpec" -}}
{{- $ctx := .ctx -}}
metadata:
  labels:
    {{- include "common-lib.componentSelectorLabels" (dict "ctx" $ctx "component" .component) | nindent 4 }}
    {{- with $ctx.Values.podLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  annotations:
    checksum/scripts: {{ include "common-lib.checksum" (dict "ctx" $ctx "file" "configmap.yaml") }}
    {{- with $ctx.Values.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  {{- /* A failed pod is replaced by the Job controller, not restarted in place. */}}
  restartPolicy: Never
  automountServiceAccountToken: false
  {{- with include "common-lib.imagePullSecrets" $ctx | trim }}{{ . | nindent 2 }}{{ end }}
  {{- with include "common-lib.podSecurityContext" $ctx | trim }}{{ . | nindent 2 }}{{ end }}
  {{- with include "common-lib.scheduling" $ctx.Values | trim }}{{ . | nindent 2 }}{{ end }}
  containers:
    - name: {{ .component }}
      image: {{ include "common-lib.image" (dict "image" $ctx.Values.image "ctx" $ctx) | quote }}
      imagePullPolicy: {{ $ctx.Values.image.pullPolicy }}
      command:
        {{- toYaml .command | nindent 8 }}
      {{- with .env }}
      env:
        {{- include "common-lib.env" (dict "env" . "ctx" $ctx) | trim | nindent 8 }}
      {{- end }}
      {{- with include "common-lib.containerSecurityContext" $ctx | trim }}{{ . | nindent 6 }}{{ end }}
      {{- include "common-lib.resources" $ctx | nindent 6 }}
      volumeMounts:
        - name: scripts
          mountPath: /scripts
          readOnly: true
        - name: scratch
          mountPath: /scratch
  volumes:
    - name: scripts
      configMap:
        name: {{ include "common-lib.fullname" $ctx }}
        defaultMode: 0555
    - name: scratch
      emptyDir:
        sizeLimit: {{ $ctx.Values.scratchSizeLimit }}
{{- end -}}
