package dev.capstan.gotemplate;

import java.util.ArrayList;
import java.util.Collection;

/**
 * A Go slice whose element type is not {@code interface {}}: {@code []string} from
 * {@code splitList}/{@code keys}, {@code []int} from {@code until}, {@code [][]interface {}} from
 * {@code chunk}. It reads like any List; only {@code typeOf}, argument checks (a {@code []string} is
 * not a {@code []interface {}}) and JSON (a nil slice encodes as {@code null}) see the difference.
 * A plain List still means {@code []interface {}}.
 */
public final class GoList extends ArrayList<Object> {
    private final String elemType;
    private final boolean nil;

    public GoList(String elemType, Collection<?> items) {
        this(elemType, items, false);
    }

    private GoList(String elemType, Collection<?> items, boolean nil) {
        super(items);
        this.elemType = elemType;
        this.nil = nil;
    }

    /** A nil slice of that element type: empty, but {@code toJson} prints {@code null}. */
    public static GoList nil(String elemType) {
        return new GoList(elemType, java.util.List.of(), true);
    }

    /** The element type as Go spells it, e.g. {@code string}. */
    public String elemType() {
        return elemType;
    }

    /** The slice type as Go spells it, e.g. {@code []string}. */
    public String goType() {
        return "[]" + elemType;
    }

    /** Whether this is Go's nil slice (only meaningful while empty). */
    public boolean isNil() {
        return nil && isEmpty();
    }
}
