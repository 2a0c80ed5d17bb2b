package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadCursorTest {

    /** Rows 1 … count, then the end or, after {@code failAfter} rows, an unreadable file. */
    static final class CountingCursor implements RowCursor {
        final int count;
        final int failAfter;
        final AtomicInteger read = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();

        CountingCursor(int count, int failAfter) {
            this.count = count;
            this.failAfter = failAfter;
        }

        @Override
        public SourceRow next() {
            int number = read.incrementAndGet();
            if (number > failAfter) {
                throw new UnreadableFileException("第 " + number + " 行之后文件损坏");
            }
            return number > count ? null : new SourceRow("Sheet1", number, List.of(Cell.text(String.valueOf(number))));
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void givesEveryRowInOrderAcrossBlocksThenTheEnd() {
        CountingCursor source = new CountingCursor(10_000, Integer.MAX_VALUE);
        List<Integer> numbers = new ArrayList<>();
        try (ReadAheadCursor cursor = new ReadAheadCursor(source, "test-read")) {
            SourceRow row;
            while ((row = cursor.next()) != null) {
                numbers.add(row.rowNumber());
            }
            assertThat(cursor.next()).as("still the end").isNull();
        }
        assertThat(numbers).hasSize(10_000).isSorted().startsWith(1).endsWith(10_000);
        assertThat(source.closed).isTrue();
    }

    @Test
    void aFileThatBreaksOffGivesItsRowsThenTheFailureWhereItHappened() {
        CountingCursor source = new CountingCursor(10_000, 700);
        try (ReadAheadCursor cursor = new ReadAheadCursor(source, "test-read")) {
            for (int i = 1; i <= 700; i++) {
                assertThat(cursor.next().rowNumber()).isEqualTo(i);
            }
            assertThatThrownBy(cursor::next).isInstanceOf(UnreadableFileException.class).hasMessageContaining("第 701 行");
            assertThat(cursor.next()).isNull();
        }
    }

    @Test
    void closingPartWayStopsTheReadingAndClosesTheFile() {
        CountingCursor source = new CountingCursor(Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
        ReadAheadCursor cursor = new ReadAheadCursor(source, "test-read");
        assertThat(cursor.next().rowNumber()).isEqualTo(1);

        cursor.close();

        assertThat(source.closed).isTrue();
        int readWhenClosed = source.read.get();
        assertThat(readWhenClosed).as("read ahead a few blocks at most").isLessThan(20 * 256);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("test-read"));
    }
}
