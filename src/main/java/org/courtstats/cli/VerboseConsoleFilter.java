package org.courtstats.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the operators' English log lines off the user's terminal unless the command was given
 * {@code --verbose}: the terminal shows Chinese progress, results and errors, and the log file has
 * every line either way.
 */
public final class VerboseConsoleFilter extends Filter<ILoggingEvent> {

    /** Set by {@code --verbose} before anything is logged that the user should see. */
    static final String PROPERTY = "courtstats.verbose";

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return Boolean.getBoolean(PROPERTY) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
