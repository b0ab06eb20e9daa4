package fr.academie.portail.transfers.boundary;

import java.util.List;

/** What an upload of posts did: lines taken, and each refused line with its French reason. */
public record PostImportReport(int accepted, List<Rejected> rejected) {

    public record Rejected(long line, String content, String reason) {
    }
}
