package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Stand-in: the part of Alfresco's {@code DictionaryService} that the AMP uses. */
public interface DictionaryService {

    DataTypeDefinition getDataType(QName name);

    /** @return the type definition, or {@code null} if there is no such type */
    TypeDefinition getType(QName name);

    /** @return the aspect definition, or {@code null} if there is no such aspect */
    AspectDefinition getAspect(QName name);

    /** @return the association definition, or {@code null} if there is no such association */
    AssociationDefinition getAssociation(QName associationName);

    PropertyDefinition getProperty(QName propertyName);

    boolean isSubClass(QName className, QName ofClassName);
}
