package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.platform.boundary.ApiError;
import fr.academie.portail.platform.boundary.ApiText;
import fr.academie.portail.provisioning.control.RejectsCsv;
import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /api/v1/provisioning/runs}: scripts of the DSI send an extract and follow the run.
 * HTTP Basic with a DSI account.
 */
@jakarta.ws.rs.Path("provisioning/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.DSI)
public class ProvisioningRunsResource {

    private static final int LATEST = 50;
    private static final int REPORT_WAIT_ATTEMPTS = 100;
    private static final long REPORT_WAIT_MILLIS = 50;

    @Inject
    ProvisioningLauncher launcher;

    @Inject
    ProvisioningRuns runs;

    @Inject
    ExtractStore store;

    @Inject
    @ConfigProperty(name = "portail.provisioning.max-disabled-share", defaultValue = "0.02")
    double maxDisabledShare;

    @Context
    UriInfo uri;

    /** Starts a run on the extract sent as the body: {@code 202} and the run's address. */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response start(InputStream extract, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                          @QueryParam("full") @DefaultValue("true") boolean full,
                          @QueryParam("name") @DefaultValue("extrait-rh.csv") String name) {
        Path file = store.keep(extract, name);
        long run = launcher.start(file, ExtractStore.safe(name), new RunOptions(dryRun, full, maxDisabledShare));
        return Response.accepted(reportOnceOpened(run))
                .location(uri.getBaseUriBuilder().path("provisioning/runs/{id}").build(run))
                .build();
    }

    /**
     * The job opens its report as it starts, on its own thread: the answer waits for it (a few
     * milliseconds), so that the address it gives can be read at once.
     */
    private RunReport reportOnceOpened(long run) {
        for (int attempt = 0; attempt < REPORT_WAIT_ATTEMPTS; attempt++) {
            var report = runs.report(run);
            if (report.isPresent()) {
                return report.get();
            }
            try {
                Thread.sleep(REPORT_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return null;
    }

    @GET
    public List<RunReport> latest() {
        return runs.latest(LATEST);
    }

    @GET
    @jakarta.ws.rs.Path("{id}")
    public RunReport run(@PathParam("id") long id) {
        return runs.report(id).orElseThrow(() -> new NotFoundException("Import inconnu : " + id));
    }

    /** The rejected lines, as a CSV file to open in a spreadsheet. */
    @GET
    @jakarta.ws.rs.Path("{id}/rejects")
    @Produces("text/csv;charset=UTF-8")
    public Response rejects(@PathParam("id") long id) {
        run(id);
        List<ProvisioningReject> rejects = runs.rejects(id);
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // spreadsheets then read the file as UTF-8
            RejectsCsv lines = new RejectsCsv(writer);
            for (ProvisioningReject reject : rejects) {
                lines.line(reject.getLineNumber(), reject.getMaskedNumen(), reject.getReason());
            }
            lines.flush();
        };
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"rejets-import-" + id + ".csv\"")
                .build();
    }

    /** Resumes a failed or stopped run after its last committed chunk. */
    @POST
    @jakarta.ws.rs.Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        run(id);
        try {
            launcher.restart(id);
        } catch (RunNotRestartableException notRestartable) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ApiError(409, ApiText.text("imports.reprise.impossible", String.valueOf(id)))).build();
        }
        return Response.accepted(run(id)).location(uri.getBaseUriBuilder().path("provisioning/runs/{id}").build(id)).build();
    }
}
