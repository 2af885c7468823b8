package dev.capstan.sprig;

import dev.capstan.gotemplate.GoFmt;
import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.GoTypes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.capstan.gotemplate.ParamType.MAP;
import static dev.capstan.gotemplate.ParamType.STRING;

/**
 * Sprig's url.go: {@code urlParse} and {@code urlJoin} with the parsing and escaping rules of
 * Go's net/url (Parse, URL.String, Userinfo.String).
 */
public final class UrlFuncs {
    private UrlFuncs() {
    }

    public static void register(FuncMap m) {
        m.put(Func.of("urlParse", a -> urlParse((String) a[0]), STRING));
        m.put(Func.of("urlJoin", a -> urlJoin(cast(a[0])), MAP));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private enum Mode { PATH, HOST, USER_PASSWORD, FRAGMENT }

    /** The parts of a net/url URL that sprig reads or writes. */
    static final class GoUrl {
        String scheme = "";
        String opaque = "";
        String username;
        String password;
        boolean passwordSet;
        boolean hasUser;
        String host = "";
        String path = "";
        String rawQuery = "";
        String fragment = "";
        boolean forceQuery;
        boolean omitHost;

        String userString() {
            String s = escape(username, Mode.USER_PASSWORD);
            if (passwordSet) s += ":" + escape(password, Mode.USER_PASSWORD);
            return s;
        }

        /** URL.Hostname: the host without a valid ":port" and without IPv6 brackets. */
        String hostname() {
            String h = host;
            int colon = h.lastIndexOf(':');
            if (colon >= 0 && validOptionalPort(h.substring(colon))) h = h.substring(0, colon);
            if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
            return h;
        }

        /** URL.String. */
        @Override
        public String toString() {
            StringBuilder buf = new StringBuilder();
            if (!scheme.isEmpty()) buf.append(scheme).append(':');
            if (!opaque.isEmpty()) {
                buf.append(opaque);
            } else {
                if (!scheme.isEmpty() || !host.isEmpty() || hasUser) {
                    if (!(omitHost && host.isEmpty() && !hasUser)) {
                        if (!host.isEmpty() || !path.isEmpty() || hasUser) buf.append("//");
                        if (hasUser) buf.append(userString()).append('@');
                        if (!host.isEmpty()) buf.append(escape(host, Mode.HOST));
                    }
                }
                String p = path.equals("*") ? "*" : escape(path, Mode.PATH);
                if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) buf.append('/');
                if (buf.length() == 0) {
                    int slash = p.indexOf('/');
                    String segment = slash < 0 ? p : p.substring(0, slash);
                    if (segment.contains(":")) buf.append("./");
                }
                buf.append(p);
            }
            if (forceQuery || !rawQuery.isEmpty()) buf.append('?').append(rawQuery);
            if (!fragment.isEmpty()) buf.append('#').append(escape(fragment, Mode.FRAGMENT));
            return buf.toString();
        }
    }

    static final class UrlException extends RuntimeException {
        UrlException(String message) {
            super(message, null, false, false);
        }
    }

    /** net/url.Parse; errors read {@code parse "URL": reason}. */
    static GoUrl parse(String raw) {
        int hash = raw.indexOf('#');
        String u = hash < 0 ? raw : raw.substring(0, hash);
        String frag = hash < 0 ? "" : raw.substring(hash + 1);
        GoUrl url;
        try {
            url = parseNoFragment(u);
        } catch (UrlException e) {
            throw new UrlException("parse " + GoFmt.quote(u) + ": " + e.getMessage());
        }
        if (frag.isEmpty()) return url;
        try {
            url.fragment = unescape(frag, Mode.FRAGMENT);
        } catch (UrlException e) {
            throw new UrlException("parse " + GoFmt.quote(raw) + ": " + e.getMessage());
        }
        return url;
    }

    private static GoUrl parseNoFragment(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) throw new UrlException("net/url: invalid control character in URL");
        }
        GoUrl url = new GoUrl();
        if (raw.equals("*")) {
            url.path = "*";
            return url;
        }
        String rest = raw;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') continue;
            if ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) break;
                continue;
            }
            if (c == ':') {
                if (i == 0) throw new UrlException("missing protocol scheme");
                url.scheme = raw.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                rest = raw.substring(i + 1);
            }
            break;
        }
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            url.forceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                url.rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!url.scheme.isEmpty()) {
                url.opaque = rest;
                return url;
            }
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            if (segment.contains(":")) throw new UrlException("first path segment in URL cannot contain colon");
        }
        if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            parseAuthority(url, authority);
        } else if (!url.scheme.isEmpty() && rest.startsWith("/")) {
            url.omitHost = true;
        }
        url.path = unescape(rest, Mode.PATH);
        return url;
    }

    private static void parseAuthority(GoUrl url, String authority) {
        int at = authority.lastIndexOf('@');
        url.host = parseHost(at < 0 ? authority : authority.substring(at + 1));
        if (at < 0) return;
        String userinfo = authority.substring(0, at);
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            boolean ok = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
                    || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0;
            if (!ok) throw new UrlException("net/url: invalid userinfo");
        }
        url.hasUser = true;
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            url.username = unescape(userinfo, Mode.USER_PASSWORD);
        } else {
            url.username = unescape(userinfo.substring(0, colon), Mode.USER_PASSWORD);
            url.password = unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD);
            url.passwordSet = true;
        }
    }

    private static String parseHost(String host) {
        if (host.startsWith("[")) {
            int i = host.lastIndexOf(']');
            if (i < 0) throw new UrlException("missing ']' in host");
            String colonPort = host.substring(i + 1);
            if (!validOptionalPort(colonPort)) throw new UrlException("invalid port " + GoFmt.quote(colonPort) + " after host");
        } else {
            int i = host.lastIndexOf(':');
            if (i >= 0) {
                String colonPort = host.substring(i);
                if (!validOptionalPort(colonPort)) throw new UrlException("invalid port " + GoFmt.quote(colonPort) + " after host");
            }
        }
        return unescape(host, Mode.HOST);
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) return true;
        if (port.charAt(0) != ':') return false;
        for (int i = 1; i < port.length(); i++) if (port.charAt(i) < '0' || port.charAt(i) > '9') return false;
        return true;
    }

    private static boolean isHex(char c) {
        return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F';
    }

    private static String unescape(String s, Mode mode) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c == '%') {
                if (i + 2 >= b.length || !isHex((char) b[i + 1]) || !isHex((char) b[i + 2])) {
                    String bad = new String(b, i, Math.min(3, b.length - i), StandardCharsets.UTF_8);
                    throw new UrlException("invalid URL escape " + GoFmt.quote(bad));
                }
                int v = Integer.parseInt(new String(b, i + 1, 2, StandardCharsets.US_ASCII), 16);
                if (mode == Mode.HOST && v < 0x80 && v != '%' && Character.digit((char) b[i + 1], 16) < 8
                        && !new String(b, i, 3, StandardCharsets.US_ASCII).equals("%25")) {
                    throw new UrlException("invalid URL escape " + GoFmt.quote(new String(b, i, 3, StandardCharsets.US_ASCII)));
                }
                out.write(v);
                i += 3;
            } else {
                if (mode == Mode.HOST && c < 0x80 && shouldEscape(c, mode)) {
                    throw new UrlException("invalid character " + GoFmt.quote(String.valueOf((char) c)) + " in host name");
                }
                out.write(c);
                i++;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean shouldEscape(int c, Mode mode) {
        if ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') return false;
        if (mode == Mode.HOST && "!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) return false;
        if ("-_.~".indexOf(c) >= 0) return false;
        if ("$&+,/:;=?@".indexOf(c) >= 0) {
            return switch (mode) {
                case PATH -> c == '?';
                case USER_PASSWORD -> c == '@' || c == '/' || c == '?' || c == ':';
                case FRAGMENT -> false;
                case HOST -> true;
            };
        }
        if (mode == Mode.FRAGMENT && "!()*".indexOf(c) >= 0) return false;
        return true;
    }

    private static String escape(String s, Mode mode) {
        StringBuilder sb = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (shouldEscape(c, mode)) sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            else sb.append((char) c);
        }
        return sb.toString();
    }

    static Map<String, Object> urlParse(String v) {
        GoUrl u;
        try {
            u = parse(v);
        } catch (UrlException e) {
            throw new IllegalArgumentException("unable to parse url: " + e.getMessage());
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("scheme", u.scheme);
        d.put("host", u.host);
        d.put("hostname", u.hostname());
        d.put("path", u.path);
        d.put("query", u.rawQuery);
        d.put("opaque", u.opaque);
        d.put("fragment", u.fragment);
        d.put("userinfo", u.hasUser ? u.userString() : "");
        return d;
    }

    private static String get(Map<String, Object> d, String key) {
        if (!d.containsKey(key)) return "";
        Object v = d.get(key);
        if (v == null) throw new IllegalArgumentException("runtime error: invalid memory address or nil pointer dereference");
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("unable to parse " + key + " key, must be of type string, but "
                    + GoTypes.kindName(v) + " found");
        }
        return s;
    }

    static String urlJoin(Map<String, Object> d) {
        GoUrl u = new GoUrl();
        u.scheme = get(d, "scheme");
        u.host = get(d, "host");
        u.path = get(d, "path");
        u.rawQuery = get(d, "query");
        u.opaque = get(d, "opaque");
        u.fragment = get(d, "fragment");
        String userinfo = get(d, "userinfo");
        if (!userinfo.isEmpty()) {
            GoUrl tmp;
            try {
                tmp = parse("proto://" + userinfo + "@host");
            } catch (UrlException e) {
                throw new IllegalArgumentException("unable to parse userinfo in dict: " + e.getMessage());
            }
            u.hasUser = tmp.hasUser;
            u.username = tmp.username;
            u.password = tmp.password;
            u.passwordSet = tmp.passwordSet;
        }
        return u.toString();
    }
}
