/**
 * Values: reading, the {@code --set} family, merging and validation (Helm's
 * {@code pkg/strvals}, {@code pkg/cli/values}, {@code pkg/chart/common/util} and
 * {@code pkg/chart/v2/util/dependencies.go}).
 *
 * <p>The engine's entry points, in order:
 * <ol>
 *   <li>{@link dev.capstan.values.UserValues#merge} with a {@link dev.capstan.values.ValuesOptions}
 *       and a {@link dev.capstan.values.ValueSource} (files, stdin) builds the user values;</li>
 *   <li>{@link dev.capstan.values.ChartValues#missingDependencies} (the CLI's dependency check);</li>
 *   <li>{@link dev.capstan.values.ChartValues#prepare} runs {@code ProcessDependencies},
 *       {@code CoalesceValues} and the values.schema.json validation and returns the processed
 *       chart (aliases applied, disabled subcharts removed) with the final values;</li>
 *   <li>{@link dev.capstan.values.ChartValues#checkKubeVersion} before rendering.</li>
 * </ol>
 * Values use the value model of {@code dev.capstan.gotemplate} (numbers from YAML/JSON are
 * {@code Double}, {@code --set} integers {@code Long}). Failures are
 * {@link dev.capstan.values.ValuesException}s with Helm's text; warnings are passed to a callback
 * as the lines Helm 4 prints on stderr ({@code level=WARN msg="..." key=value}).
 */
package dev.capstan.values;
