package fr.academie.portail.provisioning.boundary;

/** CDI event fired when a provisioning run ends, whatever its outcome. */
public record ProvisioningFinished(long jobInstanceId, long executionId, String status) {
}
