package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.alfresco.Fixtures;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.dictionary.AspectDefinition;
import org.alfresco.service.cmr.dictionary.AssociationDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.cmr.dictionary.TypeDefinition;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AlfrescoDictionaryTest {

    private static final QName TITLED = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "titled");
    private static final QName REFERENCES = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "references");
    private static final QName CONTAINS = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "contains");

    private final DictionaryService service = mock(DictionaryService.class);
    private final AlfrescoDictionary dictionary = new AlfrescoDictionary(service, Fixtures.namespaces());

    @Test
    void answersFromTheDictionaryService() {
        when(service.getType(ContentModel.TYPE_FOLDER)).thenReturn(mock(TypeDefinition.class));
        when(service.getAspect(TITLED)).thenReturn(mock(AspectDefinition.class));
        PropertyDefinition modified = mock(PropertyDefinition.class);
        DataTypeDefinition datetime = mock(DataTypeDefinition.class);
        when(datetime.getName()).thenReturn(DataTypeDefinition.DATETIME);
        when(modified.getDataType()).thenReturn(datetime);
        when(service.getProperty(ContentModel.PROP_MODIFIED)).thenReturn(modified);
        AssociationDefinition peer = mock(AssociationDefinition.class);
        when(service.getAssociation(REFERENCES)).thenReturn(peer);
        AssociationDefinition child = mock(AssociationDefinition.class);
        when(child.isChild()).thenReturn(true);
        when(service.getAssociation(CONTAINS)).thenReturn(child);

        assertTrue(dictionary.isType("cm:folder"));
        assertFalse(dictionary.isType("cm:titled"), "an aspect is no type");
        assertTrue(dictionary.isAspect("cm:titled"));
        assertEquals(Optional.of("d:datetime"), dictionary.propertyType("cm:modified"));
        assertEquals(Optional.empty(), dictionary.propertyType("cm:nothing"));
        assertTrue(dictionary.isAssociation("cm:references"));
        assertFalse(dictionary.isAssociation("cm:contains"), "a child association is no peer association");
    }

    @Test
    void aPrefixNoModelHereDeclaresIsNoSuchName() {
        assertFalse(dictionary.isType("xx:evil"));
        assertFalse(dictionary.isAspect("xx:evil"));
        assertEquals(Optional.empty(), dictionary.propertyType("xx:evil"));
        assertFalse(dictionary.isType("noprefix"));
    }
}
