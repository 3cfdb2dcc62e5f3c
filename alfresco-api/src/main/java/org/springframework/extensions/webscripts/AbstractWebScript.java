package org.springframework.extensions.webscripts;

public abstract class AbstractWebScript implements WebScript {
}
