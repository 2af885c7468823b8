#!/usr/bin/env bash
# The oracle for the FreeMarker chart: its Go-template twin rendered by the reference helm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"${1:-$HOME/.cache/reference-helm/helm}" template demo "$here/charts/go-twin" > "$here/go-twin.expected.yaml"
