package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.protocol.PropertyValue;
import org.alfresco.model.ContentModel;
import com.parashift.alfstream.alfresco.model.SyncContentModel;
import org.alfresco.service.cmr.dictionary.ClassDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Converts property values between Alfresco and the wire: the wire carries each value as a string in its data
 * type's canonical form (ISO-8601 instants for dates). System properties ({@code sys:}) and content properties
 * ({@code d:content}, which travels as content) are never synced.
 */
public class PropertyCodec {

    private final DictionaryService dictionaryService;
    private final NamespaceService namespaceService;

    public PropertyCodec(DictionaryService dictionaryService, NamespaceService namespaceService) {
        this.dictionaryService = dictionaryService;
        this.namespaceService = namespaceService;
    }

    public String prefixed(QName name) {
        return name.toPrefixString(namespaceService);
    }

    /** The aspect that defines a property, when an aspect does: a node holding the property needs that aspect. */
    public Optional<QName> definingAspect(QName property) {
        PropertyDefinition definition = dictionaryService.getProperty(property);
        ClassDefinition container = definition == null ? null : definition.getContainerClass();
        return container != null && container.isAspect() ? Optional.of(container.getName()) : Optional.empty();
    }

    public QName qname(String prefixed) {
        return QName.createQName(prefixed, namespaceService);
    }

    /** The properties that travel, by prefixed name in name order. */
    public Map<String, PropertyValue> export(Map<QName, Serializable> properties) {
        Map<String, PropertyValue> exported = new TreeMap<>();
        properties.forEach((name, value) -> {
            if (value != null && isSynced(name)) {
                QName type = dataType(name, value);
                if (!DataTypeDefinition.CONTENT.equals(type)) {
                    exported.put(prefixed(name), encode(type, value));
                }
            }
        });
        return exported;
    }

    /**
     * Whether a property can travel at all: not a system property (but the hidden aspect's), not the content itself, not what each side
     * keeps for itself (the sync bookkeeping, check-out locks: {@link SyncContentModel#isLocalOnly}).
     */
    public boolean isSynced(QName name) {
        return !SyncContentModel.isSystemOnly(name)
                && !ContentModel.PROP_CONTENT.equals(name) && !SyncContentModel.isLocalOnly(name)
                && (dictionaryService.getProperty(name) == null
                        || !DataTypeDefinition.CONTENT.equals(dictionaryService.getProperty(name).getDataType().getName()));
    }

    private PropertyValue encode(QName type, Serializable value) {
        String typeName = prefixed(type);
        if (value instanceof Collection<?> values) {
            List<String> texts = new ArrayList<>(values.size());
            values.forEach(v -> texts.add(format(v)));
            return PropertyValue.ofAll(typeName, texts);
        }
        return PropertyValue.of(typeName, format(value));
    }

    private String format(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof QName name) {
            return prefixed(name);
        }
        return value == null ? null : value.toString();
    }

    private QName dataType(QName name, Serializable value) {
        PropertyDefinition definition = dictionaryService.getProperty(name);
        if (definition != null) {
            return definition.getDataType().getName();
        }
        Object sample = value instanceof Collection<?> c && !c.isEmpty() ? c.iterator().next() : value;
        if (sample instanceof Date) {
            return DataTypeDefinition.DATETIME;
        } else if (sample instanceof Long) {
            return DataTypeDefinition.LONG;
        } else if (sample instanceof Integer) {
            return DataTypeDefinition.INT;
        } else if (sample instanceof Double) {
            return DataTypeDefinition.DOUBLE;
        } else if (sample instanceof Float) {
            return DataTypeDefinition.FLOAT;
        } else if (sample instanceof Boolean) {
            return DataTypeDefinition.BOOLEAN;
        } else if (sample instanceof NodeRef) {
            return DataTypeDefinition.NODE_REF;
        } else if (sample instanceof QName) {
            return DataTypeDefinition.QNAME;
        } else if (sample instanceof Locale) {
            return DataTypeDefinition.LOCALE;
        }
        return DataTypeDefinition.TEXT;
    }

    /** The wire value as Alfresco stores it; a value that does not parse as its type fails naming both. */
    public Serializable decode(String name, PropertyValue value) {
        if (value.values() != null) {
            ArrayList<Serializable> values = new ArrayList<>(value.values().size());
            value.values().forEach(v -> values.add(parse(name, value.type(), v)));
            return values;
        }
        return parse(name, value.type(), value.value());
    }

    private Serializable parse(String name, String type, String text) {
        if (text == null) {
            return null;
        }
        String local = type == null ? "text" : type.substring(type.indexOf(':') + 1);
        try {
            return switch (local) {
                case "int" -> Integer.valueOf(text);
                case "long" -> Long.valueOf(text);
                case "float" -> Float.valueOf(text);
                case "double" -> Double.valueOf(text);
                case "boolean" -> Boolean.valueOf(text);
                case "date", "datetime" -> Date.from(parseInstant(text));
                case "qname" -> qname(text);
                case "noderef", "category" -> new NodeRef(text);
                case "locale" -> Locale.forLanguageTag(text.replace('_', '-'));
                default -> text;
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("property " + name + ": '" + text + "' is not a valid " + type, e);
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }
}
