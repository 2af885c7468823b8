package dev.capstan.engine;

import dev.capstan.gotemplate.Func;
import dev.capstan.gotemplate.FuncMap;
import dev.capstan.gotemplate.GoObject;
import dev.capstan.gotemplate.ParamType;
import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The opt-in second engine: in a chart annotated {@code capstan.dev/freemarker: "true"}, templates
 * whose name ends in {@code .ftl} are rendered by FreeMarker
 * with the same render object as Go templates ({@code Values}, {@code Chart}, {@code Release},
 * {@code Capabilities}, {@code Files}, {@code Template}, {@code Subcharts}) plus {@code fn}, every
 * Helm/Sprig function by name ({@code ${fn.toYaml(Values.resources)}}). Files whose name starts
 * with {@code _} are not rendered but can be {@code <#include>}d or {@code <#import>}ed by their
 * full path. Charts are untrusted: {@code ?new}, {@code ?api} and Java object access are off.
 */
final class FreemarkerRenderer {
    static final String SUFFIX = ".ftl";

    private FreemarkerRenderer() {
    }

    /** The Chart.yaml annotation that turns FreeMarker on for a chart's {@code .ftl} templates. */
    static final String ANNOTATION = "capstan.dev/freemarker";

    static boolean handles(String templateName) {
        return templateName.endsWith(SUFFIX);
    }

    /**
     * Whether the chart opted in with {@code annotations: {capstan.dev/freemarker: "true"}}. Without
     * it a {@code .ftl} file is an ordinary Go template, exactly as Helm treats it.
     */
    static boolean enabledBy(Map<String, Object> chartMetadata) {
        return chartMetadata.get("Annotations") instanceof Map<?, ?> a && "true".equals(a.get(ANNOTATION));
    }

    /** Renders every non-partial {@code .ftl} template of {@code tpls} into {@code out}. */
    static void renderAll(Map<String, Renderable> tpls, FuncMap funcs, Map<String, String> out) {
        StringTemplateLoader loader = new StringTemplateLoader();
        for (Map.Entry<String, Renderable> e : tpls.entrySet()) {
            loader.putTemplate(e.getKey(), e.getValue().text());
        }
        Configuration cfg = configuration(loader);
        ObjectWrapper wrapper = new Wrapper(funcs);
        for (String name : TemplateOrder.sort(tpls.keySet())) {
            if (ManifestSorter.baseName(name).startsWith("_")) continue;
            Renderable r = tpls.get(name);
            Map<String, Object> template = new java.util.LinkedHashMap<>();
            template.put("Name", name);
            template.put("BasePath", r.basePath());
            r.vals().put("Template", template);
            try {
                Template t = cfg.getTemplate(name);
                StringWriter w = new StringWriter();
                Map<String, Object> root = new java.util.LinkedHashMap<>(r.vals());
                root.put("fn", new FunctionsModel(funcs, wrapper));
                t.process(root, w, wrapper);
                out.put(name, w.toString());
            } catch (TemplateException e) {
                throw new RenderException("freemarker error at (" + name + ":" + e.getLineNumber() + ":"
                        + e.getColumnNumber() + "): " + firstLine(e.getMessageWithoutStackTop()));
            } catch (freemarker.core.ParseException e) {
                throw new RenderException("parse error at (" + name + ":" + e.getLineNumber() + "): " + firstLine(e.getEditorMessage()));
            } catch (IOException e) {
                throw new RenderException("freemarker error in (" + name + "): " + e.getMessage());
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static Configuration configuration(StringTemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }

    /** Wraps the value model; Go objects expose their fields and methods, nothing else. */
    private static final class Wrapper extends DefaultObjectWrapper {
        Wrapper(FuncMap funcs) {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof GoObject g) return new GoObjectModel(g, this);
            if (obj instanceof byte[] b) return new SimpleScalar(new String(b, java.nio.charset.StandardCharsets.UTF_8));
            if (obj == null || obj instanceof String || obj instanceof Number || obj instanceof Boolean
                    || obj instanceof Map || obj instanceof List || obj instanceof TemplateModel) {
                return super.wrap(obj);
            }
            return new SimpleScalar(String.valueOf(obj));
        }
    }

    private static final class GoObjectModel implements TemplateHashModel, TemplateSequenceModel {
        private final GoObject obj;
        private final ObjectWrapper wrapper;

        GoObjectModel(GoObject obj, ObjectWrapper wrapper) {
            this.obj = obj;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Object f = obj.field(key);
            if (f != GoObject.NO_FIELD) return wrapper.wrap(f);
            Func m = obj.method(key);
            if (m != null) return new FuncModel(m, wrapper);
            Object u = obj.underlying();
            if (u instanceof Map<?, ?> map) return wrapper.wrap(map.get(key));
            return null;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            Object u = obj.underlying();
            return u instanceof List<?> l && index >= 0 && index < l.size() ? wrapper.wrap(l.get(index)) : null;
        }

        @Override
        public int size() {
            Object u = obj.underlying();
            return u instanceof List<?> l ? l.size() : 0;
        }

        @Override
        public String toString() {
            return obj.goString();
        }
    }

    /** {@code fn.NAME(args)}: a Helm function called from FreeMarker. */
    private static final class FunctionsModel implements TemplateHashModel {
        private final FuncMap funcs;
        private final ObjectWrapper wrapper;

        FunctionsModel(FuncMap funcs, ObjectWrapper wrapper) {
            this.funcs = funcs;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) {
            Func f = funcs.get(key);
            return f == null ? null : new FuncModel(f, wrapper);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    private static final class FuncModel implements TemplateMethodModelEx {
        private final Func f;
        private final ObjectWrapper wrapper;

        FuncModel(Func f, ObjectWrapper wrapper) {
            this.f = f;
            this.wrapper = wrapper;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            int fixed = f.params().size();
            if (arguments.size() < fixed || (!f.isVariadic() && arguments.size() != fixed)) {
                throw new TemplateModelException("wrong number of args for " + f.name() + ": want " + fixed + " got " + arguments.size());
            }
            Object[] args = new Object[arguments.size()];
            for (int i = 0; i < args.length; i++) {
                Object v = arguments.get(i) instanceof GoObjectModel g ? g.obj : DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
                ParamType t = i < fixed ? f.params().get(i) : f.variadic();
                args[i] = convert(v, t);
            }
            try {
                return wrapper.wrap(f.impl().call(args));
            } catch (RuntimeException e) {
                throw new TemplateModelException("error calling " + f.name() + ": " + e.getMessage());
            }
        }

        /** FreeMarker numbers arrive as BigDecimal or Integer; give functions the Java types they declare. */
        private static Object convert(Object v, ParamType t) {
            if (v instanceof Number n && !(v instanceof Double || v instanceof Long || v instanceof Integer)) {
                v = n.doubleValue() == Math.rint(n.doubleValue()) && t.kind() != ParamType.Kind.FLOAT64 ? (Object) n.longValue() : n.doubleValue();
            }
            return switch (t.kind()) {
                case INT -> v instanceof Number n ? (Object) n.intValue() : v;
                case INT64 -> v instanceof Number n ? (Object) n.longValue() : v;
                case FLOAT64 -> v instanceof Number n ? (Object) n.doubleValue() : v;
                case STRING -> v == null ? null : v instanceof String ? v : String.valueOf(v);
                case LIST, STRING_LIST -> v instanceof List<?> l ? new ArrayList<Object>(l) : v;
                default -> v;
            };
        }
    }
}
