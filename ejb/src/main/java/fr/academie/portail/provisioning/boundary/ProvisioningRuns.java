package fr.academie.portail.provisioning.boundary;

import fr.academie.portail.accounts.entity.Role;
import fr.academie.portail.provisioning.entity.ProvisioningReject;
import fr.academie.portail.provisioning.entity.ProvisioningRun;
import fr.academie.portail.provisioning.entity.RunOptions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The reports of provisioning runs: opened when a run starts, closed when it ends (by the job,
 * which runs under no user), read by the DSI.
 */
@Stateless
@PermitAll
public class ProvisioningRuns {

    @PersistenceContext
    EntityManager em;

    public void started(long jobInstanceId, long executionId, String sourceName, RunOptions options) {
        ProvisioningRun run = em.find(ProvisioningRun.class, jobInstanceId);
        if (run == null) {
            em.persist(new ProvisioningRun(jobInstanceId, executionId, sourceName, options, Instant.now(Clock.systemUTC())));
        } else {
            run.restarted(executionId);
        }
    }

    public void counted(long jobInstanceId, int dataLines) {
        find(jobInstanceId).ifPresent(run -> run.counted(dataLines));
    }

    public void ended(long jobInstanceId, String status) {
        ProvisioningRun run = em.find(ProvisioningRun.class, jobInstanceId);
        if (run != null) {
            run.end(status, Instant.now(Clock.systemUTC()));
        }
    }

    public Optional<ProvisioningRun> find(long jobInstanceId) {
        return Optional.ofNullable(em.find(ProvisioningRun.class, jobInstanceId));
    }

    @RolesAllowed(Role.Names.DSI)
    public List<RunReport> latest(int max) {
        return em.createNamedQuery(ProvisioningRun.LATEST, ProvisioningRun.class).setMaxResults(max)
                .getResultStream().map(RunReport::of).toList();
    }

    @RolesAllowed(Role.Names.DSI)
    public Optional<RunReport> report(long jobInstanceId) {
        return find(jobInstanceId).map(RunReport::of);
    }

    @RolesAllowed(Role.Names.DSI)
    public List<ProvisioningReject> rejects(long jobInstanceId) {
        return em.createNamedQuery(ProvisioningReject.OF_RUN, ProvisioningReject.class)
                .setParameter("run", jobInstanceId)
                .getResultList();
    }
}
