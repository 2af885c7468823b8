<#import "_macros.ftl" as m>
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${Release.Name}-web
  labels:
<@m.labels/>
spec:
  replicas: ${Values.replicas}
  template:
    spec:
      containers:
        - name: web
          image: "${Values.image.repository}:${Values.image.tag}"
          env:
<#list Values.env?keys?sort as k>
            - name: ${k}
              value: ${fn.quote(Values.env[k])}
</#list>
<#if Capabilities.APIVersions.Has("policy/v1")>
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${Release.Name}-web
spec:
  minAvailable: 1
</#if>
