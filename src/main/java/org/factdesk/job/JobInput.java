package org.factdesk.job;

/**
 * One item to do: a file (name, type, bytes), an address ({@code url}, no bytes), a document already in the project
 * ({@code documentId}), a task described by {@code parameters} (JSON the owning module reads back: an export's
 * request, a restore's options) with or without bytes, or something already refused when the job was made
 * ({@code rejected} says why: an archive entry that is unsafe to unpack).
 */
public record JobInput(String name, String contentType, String url, byte[] bytes, Long documentId, String rejected,
                       String parameters) {

    public JobInput(String name, String contentType, String url, byte[] bytes, Long documentId, String rejected) {
        this(name, contentType, url, bytes, documentId, rejected, null);
    }

    public static JobInput file(String name, String contentType, byte[] bytes) {
        return new JobInput(name, contentType, null, bytes, null, null);
    }

    public static JobInput address(String url) {
        return new JobInput(url, null, url, null, null, null);
    }

    public static JobInput document(String title, long documentId) {
        return new JobInput(title, null, null, null, documentId, null);
    }

    public static JobInput refused(String name, String reason) {
        return new JobInput(name, null, null, null, null, reason);
    }

    /** A task: what to do in {@code parameters}, and the file it works on, if any, in {@code bytes}. */
    public static JobInput task(String name, String parameters, String contentType, byte[] bytes) {
        return new JobInput(name, contentType, null, bytes, null, null, parameters);
    }
}
