package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import com.parashift.alfstream.protocol.PropertyValue;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PropertyCodecTest {

    static final QName TITLE = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "title");
    static final QName TAGS = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "taggable");

    private final DictionaryService dictionary = mock(DictionaryService.class);
    private final PropertyCodec codec = new PropertyCodec(dictionary, Fixtures.namespaces());

    private void define(QName property, QName type) {
        PropertyDefinition definition = mock(PropertyDefinition.class);
        DataTypeDefinition dataType = mock(DataTypeDefinition.class);
        when(dataType.getName()).thenReturn(type);
        when(definition.getDataType()).thenReturn(dataType);
        when(dictionary.getProperty(property)).thenReturn(definition);
    }

    @Test
    void exportsTypedValuesAndLeavesOutSystemAndContent() {
        define(ContentModel.PROP_MODIFIED, DataTypeDefinition.DATETIME);
        define(ContentModel.PROP_CONTENT, DataTypeDefinition.CONTENT);
        define(TAGS, DataTypeDefinition.CATEGORY);
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_MODIFIED, new Date(1_700_000_000_123L));
        properties.put(ContentModel.PROP_NODE_UUID, "uuid");
        properties.put(ContentModel.PROP_CONTENT, new ContentData("store://x", "text/plain", 3, "UTF-8"));
        properties.put(TITLE, "Hello");
        properties.put(TAGS, new ArrayList<>(List.of(new NodeRef("workspace://SpacesStore/t1"))));
        properties.put(QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "empty"), null);

        Map<String, PropertyValue> exported = codec.export(properties);

        assertEquals(Map.of(
                "cm:modified", PropertyValue.of("d:datetime", "2023-11-14T22:13:20.123Z"),
                "cm:title", PropertyValue.of("d:text", "Hello"),
                "cm:taggable", PropertyValue.ofAll("d:category", List.of("workspace://SpacesStore/t1"))), exported);
        assertEquals(List.of("cm:modified", "cm:taggable", "cm:title"), List.copyOf(exported.keySet()));
    }

    @Test
    void decodesEveryTypeBackToWhatAlfrescoStores() {
        assertEquals(new Date(1_700_000_000_123L), codec.decode("cm:modified",
                PropertyValue.of("d:datetime", "2023-11-14T22:13:20.123Z")));
        assertEquals(new Date(1_700_000_000_000L), codec.decode("cm:x",
                PropertyValue.of("d:date", "2023-11-14T23:13:20+01:00")));
        assertEquals(42, codec.decode("cm:x", PropertyValue.of("d:int", "42")));
        assertEquals(42L, codec.decode("cm:x", PropertyValue.of("d:long", "42")));
        assertEquals(true, codec.decode("cm:x", PropertyValue.of("d:boolean", "true")));
        assertEquals(ContentModel.TYPE_FOLDER, codec.decode("cm:x", PropertyValue.of("d:qname", "cm:folder")));
        assertEquals(new NodeRef("workspace://SpacesStore/a"),
                codec.decode("cm:x", PropertyValue.of("d:noderef", "workspace://SpacesStore/a")));
        assertEquals(new ArrayList<>(List.of("a", "b")), codec.decode("cm:x", PropertyValue.ofAll("d:text", List.of("a", "b"))));
    }

    @Test
    void aValueThatIsNotItsTypeFailsNamingThePropertyAndTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codec.decode("cm:count", PropertyValue.of("d:int", "many")));
        assertTrue(e.getMessage().contains("cm:count") && e.getMessage().contains("many"), e.getMessage());
    }

    @Test
    void systemAndContentPropertiesNeverTravel() {
        define(ContentModel.PROP_CONTENT, DataTypeDefinition.CONTENT);
        assertFalse(codec.isSynced(ContentModel.PROP_NODE_UUID));
        assertFalse(codec.isSynced(ContentModel.PROP_CONTENT));
        assertTrue(codec.isSynced(TITLE));
    }
}
