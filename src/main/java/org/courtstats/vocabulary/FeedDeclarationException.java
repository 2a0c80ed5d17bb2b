package org.courtstats.vocabulary;

/** A feed declaration that cannot be used; the message, in Chinese, names the file, the key and the value. */
public class FeedDeclarationException extends RuntimeException {

    public FeedDeclarationException(String message) {
        super(message);
    }
}
