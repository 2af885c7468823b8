package dev.capstan.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers the template function {@code lookup apiVersion kind namespace name}: the object as a
 * map, or (with an empty name) a list object; an empty map when nothing is found. Rendering
 * without a cluster uses {@link #NONE}, which always answers an empty map, as Helm does for
 * {@code template} and {@code lint}.
 */
@FunctionalInterface
public interface ClusterLookup {
    ClusterLookup NONE = (apiVersion, kind, namespace, name) -> new LinkedHashMap<>();

    /**
     * @throws dev.capstan.gotemplate.FunctionException when the cluster answers with an error
     *                                                  other than not-found
     */
    Map<String, Object> lookup(String apiVersion, String kind, String namespace, String name);
}
