package dev.capstan.values;

import java.util.List;

/**
 * The user's values flags ({@code pkg/cli/values.Options}). Whatever order they were given in
 * on the command line, they are applied in Helm's fixed order: {@code -f} files, then
 * {@code --set-json}, {@code --set}, {@code --set-string}, {@code --set-file},
 * {@code --set-literal}; see {@link UserValues#merge}.
 */
public record ValuesOptions(
        List<String> valueFiles,
        List<String> values,
        List<String> stringValues,
        List<String> fileValues,
        List<String> jsonValues,
        List<String> literalValues) {

    public static final ValuesOptions NONE = new ValuesOptions(null, null, null, null, null, null);

    public ValuesOptions {
        valueFiles = valueFiles == null ? List.of() : List.copyOf(valueFiles);
        values = values == null ? List.of() : List.copyOf(values);
        stringValues = stringValues == null ? List.of() : List.copyOf(stringValues);
        fileValues = fileValues == null ? List.of() : List.copyOf(fileValues);
        jsonValues = jsonValues == null ? List.of() : List.copyOf(jsonValues);
        literalValues = literalValues == null ? List.of() : List.copyOf(literalValues);
    }
}
