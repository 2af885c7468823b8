#!/usr/bin/env bash
# Regenerates sample-charts/golden/<chart>/<valueset>.yaml with the REFERENCE helm, after checking
# that every chart passes `helm lint --strict` with its defaults and with each value set.
#
#   sample-charts/regen-golden.sh            # uses $HELM_BIN, else ~/.cache/reference-helm/helm
#
# Each chart is rendered as release "<chart>-demo" in namespace "demo", once per file in
# <chart>/ci/. The tests (cli SampleChartsGoldenTest, orchestrator SampleChartsManifestTest)
# read the same convention, so change it in all three places or not at all.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
helm="${HELM_BIN:-$HOME/.cache/reference-helm/helm}"
[ -x "$helm" ] || { echo "no helm binary at $helm (set HELM_BIN)" >&2; exit 1; }

# Subcharts are reached through symlinks in charts/; helm logs each one at INFO level on stderr.
quiet() { grep -v 'found symbolic link in path' >&2 || true; }

failed=0
for chart_dir in "$here"/*/; do
  chart="$(basename "$chart_dir")"
  [ -f "$chart_dir/Chart.yaml" ] || continue

  if ! "$helm" lint --strict "$chart_dir" > /tmp/regen-lint.$$ 2> >(quiet); then
    cat /tmp/regen-lint.$$; failed=1
  fi
  [ -d "$chart_dir/ci" ] || continue        # a library chart renders nothing

  rm -rf "$here/golden/$chart"
  mkdir -p "$here/golden/$chart"
  for values in "$chart_dir"/ci/*.yaml; do
    set_name="$(basename "$values" .yaml)"
    if ! "$helm" lint --strict "$chart_dir" -f "$values" > /tmp/regen-lint.$$ 2> >(quiet); then
      echo "lint failed: $chart with ci/$set_name.yaml"; cat /tmp/regen-lint.$$; failed=1
    fi
    "$helm" template "$chart-demo" "$chart_dir" -f "$values" --namespace demo \
      > "$here/golden/$chart/$set_name.yaml" 2> >(quiet)
    echo "golden/$chart/$set_name.yaml"
  done
done
rm -f /tmp/regen-lint.$$
exit "$failed"
