package org.springframework.extensions.webscripts;

public class Cache {
}
