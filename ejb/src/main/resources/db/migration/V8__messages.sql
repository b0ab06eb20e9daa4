-- Messages: the information addressed to staff by the académie, a campaign, their establishment,
-- their corps or discipline. One row per message, one per recipient (read, archived); the
-- recipients are resolved when the message is sent, so a later change of post does not change
-- who received it.
CREATE SEQUENCE message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE message (
    id           BIGINT        NOT NULL,
    sent_at      DATETIME(6)   NOT NULL,
    author_login VARCHAR(40)   NOT NULL,
    sender       VARCHAR(100)  NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    body         VARCHAR(8000) NOT NULL,
    target_kind  VARCHAR(20)   NOT NULL,
    target_value VARCHAR(4000),
    recipients   INT           NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT pk_message PRIMARY KEY (id)
);

CREATE TABLE message_delivery (
    message_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    read_at     DATETIME(6),
    archived_at DATETIME(6),
    CONSTRAINT pk_message_delivery PRIMARY KEY (message_id, account_id),
    CONSTRAINT fk_message_delivery_message FOREIGN KEY (message_id) REFERENCES message (id),
    CONSTRAINT fk_message_delivery_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_message_delivery_account ON message_delivery (account_id, archived_at, read_at);

INSERT INTO portal_tile (id, position, title, description, icon, target, roles, functions, disciplines, display, version) VALUES
(18, 15, 'Messages', 'Les informations qui vous sont adressées par l''académie, votre établissement, votre corps ou votre discipline.', 'pi pi-inbox', '/messages/boite', 'AGENT', NULL, NULL, 'SHOWN', 0),
(19, 145, 'Écrire un message', 'Informer tous les personnels, un corps, une discipline, un établissement ou des personnes nommées.', 'pi pi-send', '/messages/ecrire', 'GESTIONNAIRE_RH|DSI', NULL, NULL, 'SHOWN', 0);
