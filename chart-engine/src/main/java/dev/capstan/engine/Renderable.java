package dev.capstan.engine;

import java.util.Map;

/**
 * One template to parse and (unless it is a partial) execute.
 *
 * @param vals       the render object of its chart, shared with the chart's other templates
 * @param basePath   {@code <chart full path>/templates}
 * @param freemarker rendered by FreeMarker (a {@code .ftl} file in a chart that opted in)
 */
record Renderable(String text, Map<String, Object> vals, String basePath, boolean freemarker) {
}
