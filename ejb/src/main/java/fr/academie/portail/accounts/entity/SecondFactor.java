package fr.academie.portail.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;

/** The TOTP second factor of a privileged account (V19): its encrypted secret, replay and recovery state. */
@Entity
@Table(name = "second_factor")
public class SecondFactor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    /** AES-GCM of the secret, Base64 ({@code SecondFactorSecrets}). */
    @Column(nullable = false, length = 200)
    private String secret;

    @JdbcTypeCode(Types.TIMESTAMP) // a plain TIMESTAMP (DATETIME on MariaDB), in UTC
    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    @Column(name = "recovery_hashes", nullable = false, length = 1000)
    private String recoveryHashes = "";

    protected SecondFactor() {
    }

    public SecondFactor(Long accountId, String encryptedSecret) {
        this.accountId = accountId;
        this.secret = encryptedSecret;
    }

    public boolean isEnrolled() {
        return enrolledAt != null;
    }

    public void enrolled(Instant when, long step) {
        enrolledAt = when;
        lastStep = step;
    }

    public void accepted(long step) {
        lastStep = step;
    }

    public void recoveryCodes(List<String> hashes) {
        recoveryHashes = String.join(" ", hashes);
    }

    /** Uses up a recovery code; answers whether it was one of the unused ones. */
    public boolean useRecoveryCode(String hash) {
        List<String> left = new ArrayList<>(remainingRecoveryHashes());
        boolean found = left.remove(hash);
        if (found) {
            recoveryHashes = String.join(" ", left);
        }
        return found;
    }

    public List<String> remainingRecoveryHashes() {
        return recoveryHashes.isBlank() ? List.of() : Arrays.asList(recoveryHashes.split(" "));
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public long getLastStep() {
        return lastStep;
    }
}
