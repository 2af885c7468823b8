package dev.capstan.sprig;

import dev.capstan.gotemplate.FuncMap;

/**
 * Registers the text-oriented sprig families (strings, regex, url, semver, dates, reflection,
 * defaults). The data families (lists, dicts, numbers, encodings, crypto) register elsewhere; the
 * full sprig map is the union, with Helm's overrides applied afterwards.
 */
public final class SprigTextFuncs {
    private SprigTextFuncs() {
    }

    public static void register(FuncMap m) {
        StringFuncs.register(m);
        DefaultFuncs.register(m);
        ReflectFuncs.register(m);
        RegexFuncs.register(m);
        UrlFuncs.register(m);
        SemverFuncs.register(m);
        DateFuncs.register(m);
    }
}
