package fr.academie.portail.provisioning.control;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One line's values by column, read-only, in the header's order: the line keeps only its values,
 * the names and their positions are the header's, shared by every line. A national extract has a
 * million lines; a map of their own made a good part of what the import allocated.
 */
final class ColumnValues extends AbstractMap<String, String> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The header's names and their positions, shared by the lines of one file. */
    static final class Columns implements Serializable {

        private static final long serialVersionUID = 1L;

        private final List<String> names;
        private final transient Map<String, Integer> positions = new HashMap<>();
        /**
         * The same positions by the names' canonical instances: the import asks for columns by their
         * constant names, found here without comparing their characters (16 times a line, a million lines).
         */
        private final transient Map<String, Integer> byConstant = new IdentityHashMap<>();

        Columns(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) {
                // the first of two equal names, as a line read by name would see (such a header is refused anyway)
                positions.putIfAbsent(names.get(i), i);
                byConstant.putIfAbsent(names.get(i).intern(), i);
            }
        }

        Integer position(Object column) {
            Integer position = byConstant.get(column);
            return position != null ? position : positions.get(column);
        }

        /** Read back, the names are new strings: the positions are made again from them, canonical ones included. */
        private Object readResolve() {
            return new Columns(names);
        }
    }

    private final Columns columns;
    /** As many values as the line has, up to the header's width. */
    private final String[] values;

    ColumnValues(Columns columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public String get(Object column) {
        Integer position = columns.position(column);
        return position == null || position >= values.length ? null : values[position];
    }

    @Override
    public boolean containsKey(Object column) {
        Integer position = columns.position(column);
        return position != null && position < values.length;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(columns.names.get(i), values[i]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns.names.get(i), values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
