package dev.capstan.engine;

import dev.capstan.gotemplate.FuncMap;
import dev.capstan.sprig.SprigDataFuncs;
import dev.capstan.sprig.SprigTextFuncs;
import dev.capstan.yaml.DecodingFunctions;
import dev.capstan.yaml.YamlJsonFunctions;

/**
 * Helm's function map before the render-bound functions ({@code include}, {@code tpl},
 * {@code required}, {@code fail}, {@code lookup}) are added: Sprig's text functions without
 * {@code env} and {@code expandenv}, then Helm's YAML/JSON/TOML functions, which override Sprig's
 * where names clash.
 */
public final class HelmFunctions {
    private HelmFunctions() {
    }

    /** A fresh map; {@code enableDns} decides whether {@code getHostByName} resolves. */
    public static FuncMap base(boolean enableDns) {
        FuncMap m = sprig(enableDns);
        m.remove("env");
        m.remove("expandenv");
        YamlJsonFunctions.register(m);
        DecodingFunctions.register(m);
        return m;
    }

    private static final class Shared {
        static final FuncMap NO_DNS = base(false);
        static final FuncMap DNS = base(true);
    }

    /**
     * One map per process for each {@code enableDns}, built on first use: the functions are
     * stateless, and building the ~220 of them for every render was a quarter of the engine's
     * own (non-template) work. Callers must not modify it; {@link FuncMap#copy} first.
     */
    static FuncMap shared(boolean enableDns) {
        return enableDns ? Shared.DNS : Shared.NO_DNS;
    }

    /** The functions {@code --name-template} sees: plain Sprig, as Helm's TemplateName uses. */
    public static FuncMap sprigOnly() {
        return sprig(true);
    }

    private static FuncMap sprig(boolean enableDns) {
        FuncMap m = new FuncMap();
        SprigTextFuncs.register(m);
        SprigDataFuncs.register(m, enableDns);
        return m;
    }
}
