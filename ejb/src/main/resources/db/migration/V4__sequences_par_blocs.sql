-- The import creates hundreds of thousands of rows a night: identifiers are handed out in blocks
-- of 1000 (one sequence call per 1000 rows, not per 50). Hibernate's allocationSize says the same,
-- and its pooled-lo optimizer starts each block at the value the sequence gives, so the larger
-- blocks begin above every identifier given before.
ALTER SEQUENCE agent_seq INCREMENT BY 1000;
ALTER SEQUENCE account_seq INCREMENT BY 1000;
ALTER SEQUENCE provisioning_line_seq INCREMENT BY 1000;
ALTER SEQUENCE provisioning_reject_seq INCREMENT BY 1000;
ALTER SEQUENCE audit_event_seq INCREMENT BY 1000;
