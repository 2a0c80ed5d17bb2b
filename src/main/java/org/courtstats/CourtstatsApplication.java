package org.courtstats;

import org.courtstats.cli.CourtstatsCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * courtstats: loads the monthly case exports of a city's courts into a PostgreSQL warehouse and
 * publishes ranked indicators. The command line is parsed first (so that --help and usage errors
 * never start a database); commands that need the warehouse start the Spring context themselves.
 */
@SpringBootApplication
public class CourtstatsApplication {

    public static void main(String[] args) {
        System.exit(CourtstatsCommand.runInItsOwnJvm(args));
    }
}
