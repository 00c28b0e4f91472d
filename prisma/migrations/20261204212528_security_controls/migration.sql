-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'AUDITOR';

-- AlterTable (throttle rows are short-lived: the old per-e-mail rows are dropped, not converted)
DELETE FROM "login_throttle";
ALTER TABLE "login_throttle" DROP CONSTRAINT "login_throttle_pkey",
DROP COLUMN "email",
DROP COLUMN "last_failure",
ADD COLUMN     "expires_at" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "key" TEXT NOT NULL,
ADD COLUMN     "not_before" TIMESTAMP(3),
ADD COLUMN     "pending" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "window_start" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key");

-- CreateTable
CREATE TABLE "password_history" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "security_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "actor_id" TEXT,
    "subject_user_id" TEXT,
    "email" TEXT,
    "client_address" TEXT,
    "detail" JSONB,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "password_history_user_id_created_at_idx" ON "password_history"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "security_event_at_idx" ON "security_event"("at");

-- CreateIndex
CREATE INDEX "security_event_subject_user_id_at_idx" ON "security_event"("subject_user_id", "at");

-- CreateIndex
CREATE INDEX "security_event_actor_id_at_idx" ON "security_event"("actor_id", "at");

-- CreateIndex
CREATE INDEX "login_throttle_expires_at_idx" ON "login_throttle"("expires_at");

-- AddForeignKey
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The security log is append-only like the audit log (see the first migration): the same trigger
-- function refuses UPDATE, DELETE and TRUNCATE, whoever the database user is.
CREATE TRIGGER "security_event_append_only" BEFORE UPDATE OR DELETE ON "security_event"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
CREATE TRIGGER "security_event_no_truncate" BEFORE TRUNCATE ON "security_event"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
