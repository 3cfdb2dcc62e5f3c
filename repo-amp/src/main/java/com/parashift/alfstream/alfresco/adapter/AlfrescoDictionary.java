package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.repo.port.DictionaryPort;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.dictionary.PropertyDefinition;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import java.util.Optional;

/** The dictionary port over Alfresco's {@code DictionaryService}: the content models deployed here. */
public class AlfrescoDictionary implements DictionaryPort {

    private final DictionaryService dictionaryService;
    private final NamespaceService namespaceService;

    public AlfrescoDictionary(DictionaryService dictionaryService, NamespaceService namespaceService) {
        this.dictionaryService = dictionaryService;
        this.namespaceService = namespaceService;
    }

    @Override
    public boolean isType(String type) {
        return qname(type).map(dictionaryService::getType).isPresent();
    }

    @Override
    public boolean isAspect(String aspect) {
        return qname(aspect).map(dictionaryService::getAspect).isPresent();
    }

    @Override
    public Optional<String> propertyType(String property) {
        return qname(property).map(dictionaryService::getProperty)
                .map(PropertyDefinition::getDataType)
                .map(type -> type.getName().toPrefixString(namespaceService));
    }

    @Override
    public boolean isAssociation(String association) {
        return qname(association).map(dictionaryService::getAssociation).filter(a -> !a.isChild()).isPresent();
    }

    /** The QName of a prefixed name; empty when the prefix is not one of a model deployed here. */
    private Optional<QName> qname(String prefixed) {
        int colon = prefixed.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String prefix = prefixed.substring(0, colon);
        if (!namespaceService.getPrefixes().contains(prefix)) {
            return Optional.empty();
        }
        return Optional.of(QName.createQName(prefix, prefixed.substring(colon + 1), namespaceService));
    }
}
