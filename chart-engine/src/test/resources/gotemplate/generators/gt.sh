#!/bin/bash
d=$(mktemp -d /tmp/gtc.XXXX); mkdir -p $d/templates
printf 'apiVersion: v2\nname: c\nversion: 0.1.0\n' > $d/Chart.yaml
printf '%s' "$1" > $d/templates/a.yaml
~/.cache/reference-helm/helm template x $d --debug 2>&1 | sed '1,/^# Source: c\/templates\/a.yaml$/d' | grep -v '^Error: YAML parse error on c/templates/a.yaml'
rm -rf $d
