package org.courtstats.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * {@code %masked(…)} in logback-spring.xml: what it wraps (the message and the stack trace), with the
 * passwords of URLs hidden ({@link Secrets#mask}). Spring's and the driver's exceptions quote the
 * datasource URL as configured.
 */
public class MaskedSecretsConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return Secrets.mask(in);
    }
}
