package org.bilex.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The options of one {@link ExtractJob} run, shipped to the executors with each task.
 *
 * @param inputs     PDFs or folders: local paths or any URI Hadoop's FileSystem reads
 * @param output     the output folder (URI): {@code json/}, {@code tables/}, {@code run-report.json}
 * @param models     the models folder as the executors see it (a local path; on a cluster the folder an
 *                   archive shipped with {@code --archives models.zip#models} unpacks to)
 * @param partitions tasks to split the PDFs into; 0: four per core of the cluster
 * @param timeout    per file; zero for none
 * @param force      extract every PDF, even those the manifest table says are unchanged
 */
public record JobOptions(List<String> inputs, String output, String models, int partitions, Duration timeout,
                         boolean force, int maxPages, boolean noOcr) implements Serializable {

    public JobOptions {
        inputs = List.copyOf(inputs);
    }
}
