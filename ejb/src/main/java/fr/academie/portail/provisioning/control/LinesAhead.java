package fr.academie.portail.provisioning.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The extract's lines prepared ahead of the run that decides them, handed out in file order. One
 * thread reads the file ({@link #read}) and gives each block of lines to another thread to
 * prepare; the run takes the prepared lines one by one ({@link #next}) and waits only when it has
 * caught up. Reading, preparing and deciding thus keep every core busy at once, where preparing a
 * chunk used to wait for its reading and its writing. A bounded number of blocks wait, so a
 * national extract never sits whole in memory.
 */
public final class LinesAhead {

    private final LinePreparation preparation;
    private final Executor preparers;
    private final int blockSize;
    /** Blocks being prepared or ready, in file order, then an {@link End}. */
    private final BlockingQueue<Object> blocks;
    private Iterator<PreparedLine> current = Collections.emptyIterator();
    private boolean finished;
    /** Set when {@link #read} returns, whatever the way: the run never waits for a reading that is over. */
    private volatile boolean readingOver;

    /** Put after the last block, with what stopped the reading if anything did. */
    private record End(Throwable failure) {
    }

    public LinesAhead(LinePreparation preparation, Executor preparers, int blockSize, int blocksAhead) {
        this.preparation = preparation;
        this.preparers = preparers;
        this.blockSize = blockSize;
        this.blocks = new ArrayBlockingQueue<>(blocksAhead);
    }

    /**
     * Opens the lines and reads them to their end on the calling thread, after passing over the
     * first {@code skip}, waiting whenever the blocks ahead are as many as allowed. Whatever stops
     * it (an interruption, an {@link Error}, even in opening the file) reaches {@link #next} instead
     * of leaving the run waiting.
     */
    public void read(Supplier<ExtractLines> opening, long skip) {
        Throwable failure = null;
        boolean interrupted = false;
        try (ExtractLines lines = opening.get()) {
            lines.skip(skip);
            List<ExtractRow> block = new ArrayList<>(blockSize);
            for (ExtractRow row = lines.next(); row != null; row = lines.next()) {
                block.add(row);
                if (block.size() == blockSize) {
                    hand(block);
                    block = new ArrayList<>(blockSize);
                }
            }
            if (!block.isEmpty()) {
                hand(block);
            }
        } catch (InterruptedException e) {
            interrupted = true;
            failure = new CancellationException("La lecture de l'extraction a été interrompue.");
        } catch (Throwable e) {
            failure = e;
        }
        try {
            End end = new End(failure);
            if (interrupted || Thread.currentThread().isInterrupted()) {
                // no waiting once interrupted: if the queue is full, the run finds the reading over
                blocks.offer(end);
                Thread.currentThread().interrupt();
            } else {
                blocks.put(end);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readingOver = true;
        }
    }

    private void hand(List<ExtractRow> block) throws InterruptedException {
        blocks.put(CompletableFuture.supplyAsync(() -> {
            List<PreparedLine> prepared = new ArrayList<>(block.size());
            for (ExtractRow row : block) {
                prepared.add(preparation.prepare(row));
            }
            return prepared;
        }, preparers));
    }

    /** The next line in file order, prepared; null after the last one. */
    public PreparedLine next() throws InterruptedException {
        while (!current.hasNext()) {
            if (finished) {
                return null;
            }
            Object block = blocks.poll(1, TimeUnit.SECONDS);
            if (block == null) {
                if (readingOver && blocks.isEmpty()) {
                    throw new IllegalStateException("La lecture de l'extraction s'est arrêtée avant sa fin.");
                }
                continue;
            }
            if (block instanceof End end) {
                finished = true;
                if (end.failure() != null) {
                    throw rethrown(end.failure());
                }
                return null;
            }
            current = prepared(block).iterator();
        }
        return current.next();
    }

    @SuppressWarnings("unchecked")
    private static List<PreparedLine> prepared(Object block) throws InterruptedException {
        try {
            return ((Future<List<PreparedLine>>) block).get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** As an unchecked exception, so that the run fails (and can be restarted) rather than its thread dying. */
    private static RuntimeException rethrown(Throwable failure) {
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }
}
