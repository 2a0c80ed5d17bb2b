package org.courtstats.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What a class logs at INFO and above, as "LEVEL message" lines, whatever level the tests' Spring
 * contexts set (they quiet org.courtstats to WARN). Close it to restore the logger.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    public LogCapture(Class<?> loggingClass) {
        logger = (Logger) LoggerFactory.getLogger(loggingClass);
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        events.start();
        logger.addAppender(events);
    }

    public List<String> messages() {
        return events.list.stream().map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(events);
        logger.setLevel(levelBefore);
    }
}
