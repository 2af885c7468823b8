/**
 * The chart model and loader (Helm's {@code pkg/chart/v2} and {@code pkg/chart/v2/loader}).
 *
 * <ul>
 *   <li>{@link dev.capstan.chart.Chart} and friends are immutable records; a chart has no parent
 *       link, so its place in the tree is the walker's context.</li>
 *   <li>{@link dev.capstan.chart.ChartLoader} loads a directory (honouring {@code .helmignore} via
 *       {@link dev.capstan.chart.HelmIgnore}, following symbolic links that stay inside the chart),
 *       a {@code .tgz} file, a stream or in-memory files, with Helm's archive checks and
 *       {@link dev.capstan.chart.ArchiveLimits}.</li>
 *   <li>Every failure is a {@link dev.capstan.chart.ChartLoadException} whose message is the text
 *       Helm prints after {@code Error: }.</li>
 * </ul>
 */
package dev.capstan.chart;
