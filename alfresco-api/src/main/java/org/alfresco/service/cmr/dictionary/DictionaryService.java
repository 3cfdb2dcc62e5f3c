package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code DictionaryService} that the AMP uses. */
public interface DictionaryService {

    DataTypeDefinition getDataType(QName name);

    PropertyDefinition getProperty(QName propertyName);

    boolean isSubClass(QName className, QName ofClassName);
}
