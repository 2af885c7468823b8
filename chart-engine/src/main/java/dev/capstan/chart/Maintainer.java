package dev.capstan.chart;

/** A {@code maintainers} entry of Chart.yaml; absent fields are empty strings, as in Go. */
public record Maintainer(String name, String email, String url) {
    public Maintainer {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        url = url == null ? "" : url;
    }
}
