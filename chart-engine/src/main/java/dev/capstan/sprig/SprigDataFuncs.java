package dev.capstan.sprig;

import dev.capstan.gotemplate.FuncMap;

/**
 * Registers the data-oriented sprig families: numbers and conversions, lists, dicts, crypto,
 * base64/base32, paths and getHostByName. With {@link SprigTextFuncs} this is the whole Sprig
 * map Helm uses; Helm's own overrides are applied afterwards.
 */
public final class SprigDataFuncs {
    private SprigDataFuncs() {
    }

    /** @param enableDns Helm's {@code --enable-dns}: without it getHostByName returns "". */
    public static void register(FuncMap m, boolean enableDns) {
        NumericFunctions.register(m);
        ListFunctions.register(m);
        DictFunctions.register(m);
        CryptoFunctions.register(m);
        Base64Functions.register(m);
        PathFunctions.register(m);
        NetworkFunctions.register(m, enableDns);
    }
}
